"""The projects index filters: a form bound to the query string, applied in SQL."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cluster_portal.core.filters import ANY, IndexFilterForm

MEMBER_PREFIX = "member-"
ORGANISATION_PREFIX = "organisation-"


class ProjectFilterForm(IndexFilterForm):
    """Strategic area, status, label year and partner.

    A value that is not valid is ignored, so an old or mistyped link shows
    the projects rather than an error.
    """

    status = forms.ChoiceField(label=_("Status"), required=False)
    year = forms.TypedChoiceField(
        label=_("Labelled in"), required=False, coerce=int, empty_value=None
    )
    partner = forms.ChoiceField(label=_("Partner"), required=False)

    def __init__(self, data, *, index):
        super().__init__(data, locale_id=index.locale_id)
        from cluster_portal.core.models import Organisation
        from members.models import MemberPage

        from .models import ProjectPage

        # The figures panel breaks the selection down by these.
        self.top_areas = [
            area for area in self.areas.values() if area.kind == area.Kind.AREA
        ]
        self.fields["status"].choices = [ANY] + list(ProjectPage.Status.choices)
        # The index's live, public projects, which the filters narrow down.
        self.projects = projects = index.projects()
        self.fields["year"].choices = [ANY] + [
            (year, year) for year in projects.label_years()
        ]
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
        self.fields["partner"].choices = [ANY] + [
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
