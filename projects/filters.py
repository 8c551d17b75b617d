"""The projects index filters: a form bound to the query string, applied in SQL."""

from django import forms
from django.utils.functional import cached_property
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

    lookups = {"status": "status", "year": "label_date__year"}

    def __init__(
        self, data, *, areas, projects, members, organisations, facets_key=None
    ):
        """`projects`: the index's live, public projects, which the filters
        narrow down; `members` and `organisations`: where partners are found."""
        super().__init__(data, areas=areas, facets_key=facets_key)
        self.projects = projects
        self.members = members
        self.organisations = organisations
        self.fields["status"].choices = [ANY, *projects.model.Status.choices]
        self.fields["year"].choices = lambda: self.year_choices
        self.fields["partner"].choices = lambda: self.partner_choices

    @cached_property
    def top_areas(self):
        """The areas the figures panel breaks the selection down by."""
        return [area for area in self.areas.values() if area.kind == area.Kind.AREA]

    @cached_property
    def year_choices(self):
        years = self.facet("years", lambda: list(self.projects.label_years()))
        return [ANY] + [(year, year) for year in years]

    @cached_property
    def partner_choices(self):
        return self.facet("partners", self.build_partner_choices)

    def build_partner_choices(self):
        # Partners of published projects only, so no draft leaks a name.
        ids = self.projects.values("pk")
        members = (
            self.members.filter(project_partnerships__page__in=ids)
            .order_by("title")
            .values_list("pk", "title")
            .distinct()
        )
        organisations = (
            self.organisations.filter(project_partnerships__page__in=ids)
            .order_by("name")
            .values_list("pk", "name")
            .distinct()
        )
        groups = [
            (_("Members"), [(f"{MEMBER_PREFIX}{pk}", name) for pk, name in members]),
            (
                _("Other organisations"),
                [(f"{ORGANISATION_PREFIX}{pk}", name) for pk, name in organisations],
            ),
        ]
        return [ANY] + [(label, options) for label, options in groups if options]

    def filter(self, projects):
        projects = super().filter(projects)
        if partner := self.value("partner"):
            kind, _prefix, pk = partner.rpartition("-")
            projects = projects.filter(**{f"partners__{kind}_id": int(pk)}).distinct()
        return projects
