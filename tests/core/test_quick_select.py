"""QuickSelect: the filters' select for choices that grow with the content."""

import re

import pytest
from bs4 import BeautifulSoup
from django import forms

from cluster_portal.core.filters import QuickSelect


@pytest.mark.parametrize("value", ["", "member-2", "organisation-<3>"])
def test_the_quick_select_draws_what_djangos_select_draws(value):
    choices = [
        ("", "All"),
        ("Members", [("member-1", "Acme & Co"), ("member-2", 'Say "hi"')]),
        ("Others", [("organisation-<3>", "<b>Lab</b>")]),
    ]
    attrs = {"id": "id_partner", "aria-describedby": "hint", "required": False}
    quick = QuickSelect(choices=choices).render("partner", value, attrs)
    django = forms.Select(choices=choices).render("partner", value, attrs)

    def squeezed(html):
        return BeautifulSoup(html, "html.parser").decode(formatter="html5")

    assert squeezed(quick) == squeezed(re.sub(r">\s+<", "><", django))
    assert "<b>" not in quick
