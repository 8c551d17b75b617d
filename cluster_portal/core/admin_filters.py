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


def one_of(label, choices, **options):
    """A filter on one of `choices`, as radio buttons after "Any"."""
    return django_filters.ChoiceFilter(
        label=label,
        choices=choices,
        empty_label=_("Any"),
        widget=forms.RadioSelect,
        **options,
    )


def any_of(label, choices, **options):
    """A filter on any of the ticked `choices`."""
    return django_filters.MultipleChoiceFilter(
        label=label, choices=choices, widget=forms.CheckboxSelectMultiple, **options
    )
