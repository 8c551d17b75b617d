"""The news index filters: a form bound to the query string, applied in SQL."""

from django import forms
from django.db.models.functions import ExtractYear
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cluster_portal.core.filters import ANY, IndexFilterForm, distinct_values

MAX_TAG_LENGTH = 100


class NewsFilterForm(IndexFilterForm):
    """Area, tag, year and series. A value that is not valid is ignored, so an
    old or mistyped link shows the news rather than an error."""

    # taggit keeps accents in slugs (santé-numérique), so the filter must too.
    tag = forms.SlugField(
        label=_("Tag"), required=False, max_length=MAX_TAG_LENGTH, allow_unicode=True
    )
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None
    )
    series = forms.ChoiceField(label=_("Series"), required=False)
    # The stories that link to one page (a member's "see all" link).
    mentions = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1)

    lookups = {
        "tag": "tags__slug",
        "year": "date__year",
        "series": "series__slug",
        "mentions": "related_pages__page_id",
    }

    def __init__(self, data, *, areas, stories, series, facets_key=None):
        """`stories`: the index's live stories; `series`: its language's."""
        super().__init__(data, areas=areas, facets_key=facets_key)
        self.stories = stories
        self.series = series
        self.fields["year"].choices = lambda: self.year_choices
        self.fields["series"].choices = lambda: self.series_choices

    @cached_property
    def year_choices(self):
        years = self.facet(
            "years",
            lambda: list(
                distinct_values(self.stories, ExtractYear("date"), latest_first=True)
            ),
        )
        return [ANY] + [(y, y) for y in years]

    @cached_property
    def series_choices(self):
        series = self.facet(
            "series",
            lambda: list(self.series.order_by("title").values_list("slug", "title")),
        )
        return [ANY] + series

    def mentioned_page(self):
        """The page the stories are filtered on, for the active-filter label."""
        page_id = self.value("mentions")
        return (
            Page.objects.filter(pk=page_id).only("title").first() if page_id else None
        )
