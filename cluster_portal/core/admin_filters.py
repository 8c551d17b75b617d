"""Filters the sections' admin listings share."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from cluster_portal.core.models import StrategicArea


def strategic_area_filter():
    """Pages filed under any of the ticked strategic areas, in any language."""
    return django_filters.ModelMultipleChoiceFilter(
        label=_("Strategic area"),
        queryset=StrategicArea.objects.select_related("locale").order_by(
            "locale", "sort_order", "name"
        ),
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )
