"""Admin: a News listing staff can filter, and the series snippet."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cluster_portal.core.admin_filters import one_of, strategic_area_filter
from cluster_portal.core.admin_viewsets import SectionListingViewSet

from .models import NewsPage, NewsSeries
from .sections import StoriesMentioning


class NewsPageFilterSet(PageListingViewSet.filterset_class):
    strategic_areas = strategic_area_filter()
    tags = django_filters.ModelMultipleChoiceFilter(
        label=_("Tag"),
        field_name="tags",
        queryset=lambda request: (
            Tag.objects.filter(news_newspagetag_items__isnull=False)
            .distinct()
            .order_by("name")
        ),
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )
    live = one_of(
        _("Status"),
        [("true", _("Live")), ("false", _("Draft"))],
        method="filter_live",
    )

    class Meta:
        model = NewsPage
        fields = ["strategic_areas", "tags", "live", "series"]

    def filter_live(self, queryset, name, value):
        return queryset.filter(live=value == "true")


class NewsPageListingViewSet(SectionListingViewSet):
    model = NewsPage
    icon = "doc-full-inverse"
    menu_label = _("News")
    menu_order = 150
    filterset_class = NewsPageFilterSet
    section_columns = [
        DateColumn("date", label=_("Story date"), sort_key="date"),
        Column("series", label=_("Series")),
    ]


class NewsSeriesViewSet(SnippetViewSet):
    model = NewsSeries
    icon = "list-ol"
    menu_label = _("News series")
    list_display = ["title", "slug", "locale"]
    # No list_filter "locale": Wagtail adds its own locale filter (?locale=fr)
    # to a translatable model's listing, and a second one by id breaks it.
    search_fields = ["title", "description"]


@hooks.register("register_admin_viewset")
def register_news_listing():
    return NewsPageListingViewSet("news_stories")


register_snippet(NewsSeriesViewSet)


hooks.register("member_page_sections", StoriesMentioning)
hooks.register("event_page_sections", StoriesMentioning)
hooks.register("project_page_sections", StoriesMentioning)
