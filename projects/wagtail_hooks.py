"""Admin: a Projects listing; the member page's "Projects" section."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet

from cluster_portal.core.admin_filters import any_of, strategic_area_filter
from cluster_portal.core.admin_viewsets import SectionListingViewSet

from .models import ProjectPage
from .sections import ProjectsOfMember


def label_years(request=None):
    return [(year, year) for year in ProjectPage.objects.label_years()]


class ProjectPageFilterSet(PageListingViewSet.filterset_class):
    status = any_of(_("Project status"), ProjectPage.Status.choices)
    strategic_areas = strategic_area_filter()
    label_year = django_filters.ChoiceFilter(
        label=_("Labelled in"),
        choices=label_years,
        field_name="label_date",
        lookup_expr="year",
        empty_label=_("Any"),
    )

    class Meta:
        model = ProjectPage
        fields = ["status", "strategic_areas", "label_year"]


class ProjectPageListingViewSet(SectionListingViewSet):
    model = ProjectPage
    icon = "tasks"
    menu_label = _("Projects")
    menu_order = 170
    filterset_class = ProjectPageFilterSet
    section_columns = [
        Column("acronym", label=_("Acronym"), sort_key="acronym"),
        # A plain date: a DateColumn would say "6 years ago".
        Column("label_date", label=_("Labelled"), sort_key="label_date"),
        # Not "status": that name is Wagtail's own Live/Draft column.
        Column(
            "project_status",
            label=_("Project status"),
            accessor="get_status_display",
            sort_key="status",
        ),
    ]


@hooks.register("register_admin_viewset")
def register_project_listing():
    return ProjectPageListingViewSet("projects_listing")


hooks.register("member_page_sections", ProjectsOfMember)
