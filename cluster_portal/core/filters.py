"""The base of the sections' listing filters: a form bound to the query string."""

from django import forms
from django.utils.translation import gettext_lazy as _

# The first choice of every filter: no filtering on it.
ANY = ("", _("All"))


class IndexFilterForm(forms.Form):
    """Filters read from the query string, with a strategic-area choice.

    A value that is not valid is ignored, so an old or mistyped link shows
    the listing rather than an error. Subclasses add their own fields, and
    `filter()` to apply them in SQL.
    """

    area = forms.ChoiceField(label=_("Strategic area"), required=False)

    def __init__(self, data, *, locale_id):
        super().__init__(data)
        from .models import StrategicArea

        areas = list(
            StrategicArea.objects.filter(locale_id=locale_id).order_by(
                "kind", "sort_order", "name"
            )
        )
        # The areas and their priority domains, by slug.
        self.areas = {area.slug: area for area in areas}
        self.fields["area"].choices = [ANY] + [(area.slug, area.name) for area in areas]

    def value(self, name):
        """The cleaned value of one filter, or None when absent or invalid."""
        if not self.is_bound or name not in self.fields:
            return None
        self.is_valid()
        return self.cleaned_data.get(name) or None

    def selected_area(self):
        slug = self.value("area")
        return self.areas.get(slug) if slug else None

    def is_filtered(self):
        return any(self.value(name) for name in self.fields)
