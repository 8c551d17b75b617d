"""The projects index filters: a form bound to the query string, applied in SQL."""

from django import forms
from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from cluster_portal.core.filters import ANY, IndexFilterForm, QuickSelect

MEMBER_PREFIX = "member-"
MOST_PARTNERS = 100  # of each kind in the menu; any partner's value filters
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
    partner = forms.ChoiceField(label=_("Partner"), required=False, widget=QuickSelect)

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
        """The partners offered, and the one asked for if it is not offered:
        a member page links to its projects with its own partner value."""
        choices = self.facet("partners", self.build_partner_choices)
        asked = self.data.get("partner", "") if self.is_bound else ""
        offered = {value for _label, options in choices[1:] for value, _ in options}
        if not asked or asked in offered:
            return choices
        kind, _prefix, pk = asked.rpartition("-")
        source, label = self.partner_sources().get(kind, (None, None))
        if source is None or not (pk.isascii() and pk.isdigit() and len(pk) < 18):
            return choices
        name = source.filter(pk=int(pk)).values_list(label, flat=True).first()
        return choices if name is None else [*choices, (None, [(asked, name)])]

    def partner_sources(self):
        """Per partner kind, its partners of published projects (so that no
        draft leaks a name) and the field that names them."""
        ids = self.projects.values("pk")
        return {
            "member": (
                self.members.filter(project_partnerships__page__in=ids),
                "title",
            ),
            "organisation": (
                self.organisations.filter(project_partnerships__page__in=ids),
                "name",
            ),
        }

    def build_partner_choices(self):
        """The MOST_PARTNERS partners of each kind in the most projects, by name.

        Every partner would be thousands of options at scale: a page of
        markup on a phone, and no list anyone reads.
        """
        groups = []
        sources = self.partner_sources()
        for kind, label, prefix in (
            ("member", _("Members"), MEMBER_PREFIX),
            ("organisation", _("Other organisations"), ORGANISATION_PREFIX),
        ):
            partners, name = sources[kind]
            most = (
                partners.annotate(
                    count=Count("project_partnerships__page", distinct=True)
                )
                .order_by("-count", name)
                .values("pk")[:MOST_PARTNERS]
            )
            options = (
                partners.model.objects.filter(pk__in=most)
                .order_by(name)
                .values_list("pk", name)
            )
            groups.append((label, [(f"{prefix}{pk}", text) for pk, text in options]))
        return [ANY] + [(label, options) for label, options in groups if options]

    def filter(self, projects):
        projects = super().filter(projects)
        if partner := self.value("partner"):
            kind, _prefix, pk = partner.rpartition("-")
            projects = projects.filter(**{f"partners__{kind}_id": int(pk)}).distinct()
        return projects
