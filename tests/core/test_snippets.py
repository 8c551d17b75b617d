"""Taxonomy and partner snippets: translations, slugs and who sees them in the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from cluster_portal.core.models import StrategicArea
from demo.factories.core import (
    FooterTextFactory,
    OrganisationFactory,
    StrategicAreaFactory,
)

SNIPPETS = [
    (StrategicAreaFactory, "strategicarea", "name"),
    (OrganisationFactory, "organisation", "name"),
    (FooterTextFactory, "footertext", "body"),
]


@pytest.mark.parametrize(("factory", "model_name", "field"), SNIPPETS)
def test_snippet_translates_to_french(site_tree, factory, model_name, field):
    original = factory(locale=site_tree["en"])

    french = original.copy_for_translation(site_tree["fr"])
    setattr(french, field, "Texte en français")
    french.save()

    assert original.get_translation(site_tree["fr"]) == french
    assert french.get_translation(site_tree["en"]) == original
    assert getattr(original.get_translation(site_tree["fr"]), field) == (
        "Texte en français"
    )
    model = type(original)
    assert model.objects.filter(translation_key=original.translation_key).count() == 2


def test_a_snippet_has_one_translation_per_language(site_tree):
    area = StrategicAreaFactory(locale=site_tree["en"])
    area.copy_for_translation(site_tree["fr"]).save()
    with pytest.raises(IntegrityError), transaction.atomic():
        area.copy_for_translation(site_tree["fr"]).save()


def test_strategic_area_slug_is_unique_per_language(site_tree):
    StrategicAreaFactory(locale=site_tree["en"], slug="medtech")
    with pytest.raises(IntegrityError), transaction.atomic():
        StrategicAreaFactory(locale=site_tree["en"], slug="medtech", name="Other")


def test_strategic_area_slug_may_repeat_across_languages(site_tree):
    medtech = StrategicAreaFactory(locale=site_tree["en"], slug="medtech")
    french = medtech.copy_for_translation(site_tree["fr"])
    french.name = "Technologies médicales"
    french.save()
    other = StrategicAreaFactory(locale=site_tree["fr"], slug="e-health")
    assert french.slug == "medtech"
    assert StrategicArea.objects.filter(slug="medtech").count() == 2
    assert other.locale == site_tree["fr"]


def test_organisation_country_is_stored_in_capitals(site_tree):
    partner = OrganisationFactory.build(locale=site_tree["en"], country="fr")
    partner.full_clean()
    assert partner.country == "FR"


# The admin --------------------------------------------------------------


def listing_url(model_name):
    return f"/admin/snippets/core/{model_name}/"


@pytest.fixture
def snippets(site_tree):
    return {
        "strategicarea": StrategicAreaFactory(name="Biopharma and advanced therapies"),
        "organisation": OrganisationFactory(name="Medicen Paris Region"),
        "footertext": FooterTextFactory(body="The health cluster of Wallonia."),
    }


@pytest.mark.parametrize(
    ("model_name", "shown"),
    [
        ("strategicarea", "Biopharma and advanced therapies"),
        ("organisation", "Medicen Paris Region"),
        ("footertext", "The health cluster of Wallonia."),
    ],
)
def test_superuser_sees_the_snippet_listing(snippets, admin_client, model_name, shown):
    response = admin_client.get(listing_url(model_name))
    assert response.status_code == 200
    assert shown in response.content.decode()


@pytest.mark.parametrize("model_name", ["strategicarea", "organisation", "footertext"])
def test_anonymous_visitor_is_sent_to_the_login(snippets, client, model_name):
    url = listing_url(model_name)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next={url}"


@pytest.mark.parametrize("model_name", ["strategicarea", "organisation", "footertext"])
def test_non_staff_user_is_refused(snippets, client, model_name):
    member = get_user_model().objects.create_user("member", password="x" * 12)
    client.force_login(member)
    url = listing_url(model_name)
    response = client.get(url, follow=True)
    # Wagtail sends a signed-in user without admin access back to its login.
    assert response.redirect_chain[0] == (f"/admin/login/?next={url}", 302)
    assert str(snippets[model_name]) not in response.content.decode()
