"""The projects index filters: a form bound to the query string, applied in SQL."""

from django import forms
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

MEMBER_PREFIX = "member-"
ORGANISATION_PREFIX = "organisation-"


class ProjectFilterForm(forms.Form):
    """Strategic area, status, label year and partner.

    A value that is not valid is ignored, so an old or mistyped link shows
    the projects rather than an error.
    """

    area = forms.ChoiceField(label=_("Strategic area"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    year = forms.TypedChoiceField(
        label=_("Labelled in"), required=False, coerce=int, empty_value=None
    )
    partner = forms.ChoiceField(label=_("Partner"), required=False)

    def __init__(self, data, *, index):
        super().__init__(data)
        from cluster_portal.core.models import Organisation, StrategicArea
        from members.models import MemberPage

        from .models import ProjectPage

        any_choice = [("", _("All"))]
        areas = list(
            StrategicArea.objects.filter(locale_id=index.locale_id).order_by(
                "kind", "sort_order", "name"
            )
        )
        self.areas = {area.slug: area for area in areas}
        # The figures panel breaks the selection down by these.
        self.top_areas = [area for area in areas if area.kind == area.Kind.AREA]
        self.fields["area"].choices = any_choice + [
            (area.slug, area.name) for area in areas
        ]
        self.fields["status"].choices = any_choice + list(ProjectPage.Status.choices)
        projects = index.projects()
        years = (
            projects.annotate(year=ExtractYear("label_date"))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        self.fields["year"].choices = any_choice + [(y, y) for y in years]
        # Partners of published projects only, so no draft leaks a name.
        ids = projects.values("pk")
        members = (
            MemberPage.objects.live()
            .public()
            .filter(project_partnerships__page__in=ids)
            .order_by("title")
            .values_list("pk", "title")
            .distinct()
        )
        organisations = (
            Organisation.objects.filter(project_partnerships__page__in=ids)
            .order_by("name")
            .values_list("pk", "name")
            .distinct()
        )
        self.partner_names = {f"{MEMBER_PREFIX}{pk}": name for pk, name in members} | {
            f"{ORGANISATION_PREFIX}{pk}": name for pk, name in organisations
        }
        groups = [
            (_("Members"), MEMBER_PREFIX),
            (_("Other organisations"), ORGANISATION_PREFIX),
        ]
        self.fields["partner"].choices = any_choice + [
            (label, options)
            for label, prefix in groups
            if (
                options := [
                    (key, name)
                    for key, name in self.partner_names.items()
                    if key.startswith(prefix)
                ]
            )
        ]

    def value(self, name):
        """The cleaned value of one filter, or None when absent or invalid."""
        if not self.is_bound:
            return None
        self.is_valid()
        return self.cleaned_data.get(name) or None

    def selected_area(self):
        slug = self.value("area")
        return self.areas.get(slug) if slug else None

    def selected_partner_name(self):
        key = self.value("partner")
        return self.partner_names.get(key) if key else None

    def is_filtered(self):
        return any(self.value(name) for name in self.fields)

    def filter(self, projects):
        if status := self.value("status"):
            projects = projects.filter(status=status)
        if year := self.value("year"):
            projects = projects.filter(label_date__year=year)
        area = self.selected_area()
        if area is not None:
            projects = projects.in_area(area)
        if partner := self.value("partner"):
            kind, _prefix, pk = partner.rpartition("-")
            projects = projects.filter(**{f"partners__{kind}_id": int(pk)}).distinct()
        return projects
