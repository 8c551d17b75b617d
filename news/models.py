"""News: the index with its filters and feeds, the story page, series and tags."""

import math

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index

from cluster_portal.core import renditions
from cluster_portal.core.api_fields import PublicPageField
from cluster_portal.core.blocks import BaseStreamBlock
from cluster_portal.core.forms import LocalisedTaxonomyPageForm
from cluster_portal.core.images import attach_renditions
from cluster_portal.core.models import (
    LeadImageMixin,
    SectionIndexPage,
    SectionPage,
    StrategicArea,
    StrategicAreasMixin,
)
from cluster_portal.core.models.fields import optional_link, unique_slug_per_locale
from cluster_portal.core.pagination import paginate
from cluster_portal.core.queries import AreaPageQuerySet, specific_for_cards
from cluster_portal.core.queries import pages as all_pages
from cluster_portal.core.seo import collection_page

from . import seo
from .feeds import NewsAtomFeed, NewsRssFeed
from .filters import NewsFilterForm

WORDS_PER_MINUTE = 200
MORE_NEWS_COUNT = 3


class NewsSeries(TranslatableMixin, models.Model):
    """A run of stories published as numbered parts."""

    title = models.CharField(max_length=200, help_text=_("The series' title."))
    slug = models.SlugField(
        max_length=120, help_text=_("Used in filter addresses, e.g. ?series=medtech.")
    )
    description = models.TextField(
        blank=True, max_length=600, help_text=_("What the series is about.")
    )

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news series")
        verbose_name_plural = _("news series")
        constraints = [unique_slug_per_locale("unique_news_series_slug_per_locale")]

    def __str__(self):
        return self.title


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPageQuerySet(AreaPageQuerySet):
    def newest_first(self):
        # On the story table alone, so that the date index gives the order.
        return self.order_by("-date", "-pk")

    def for_listing(self):
        """What a card needs, fetched up front: image, renditions, first area."""
        return (
            self.select_related("lead_image")
            .with_locales()
            # Every size a listing shows: Wagtail takes prefetched renditions as
            # the complete set, and would re-encode a missing one per request.
            .with_renditions(
                "lead_image", renditions.picture("card"), renditions.picture("share")
            )
            .annotate(
                first_area_name=models.Subquery(
                    StrategicArea.objects.filter(news_pages=models.OuterRef("pk"))
                    .order_by("sort_order", "name")
                    .values("name")[:1]
                )
            )
        )


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    """The list of news stories of one language, with filters and feeds."""

    featured_story = optional_link(
        "news.NewsPage",
        _("Shown large on top of the first page; the newest when empty."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        PageChooserPanel("featured_story", "news.NewsPage"),
    ]

    api_fields = [
        APIField("intro"),
        APIField("featured_story", serializer=PublicPageField()),
    ]
    subpage_types = ["news.NewsPage"]
    page_description = _("The news section of one language: lists every story.")

    class Meta:
        verbose_name = _("news index")

    def stories(self):
        return (
            NewsPage.objects.child_of(self).live().public().newest_first().for_listing()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = NewsFilterForm(
            request.GET,
            areas=StrategicArea.objects.filter(locale_id=self.locale_id),
            stories=NewsPage.objects.child_of(self).live(),
            series=NewsSeries.objects.filter(locale_id=self.locale_id),
            facets_key=f"news:{self.pk}",
        )
        stories = form.filter(self.stories())
        featured = None
        if not form.is_filtered():
            # Left out of every page, not only the first, so that the pages do
            # not shift: no story shows twice and none is skipped.
            featured = self.featured(stories)
            if featured is not None:
                stories = stories.exclude(pk=featured.pk)
        page = paginate(request, stories)
        context.update(
            filter_form=form,
            featured=featured if page.number == 1 else None,
            featured_count=1 if featured else 0,
            stories=page,
            robots=self.listing_robots(form, page),
            feeds=seo.feed_links(self, form.selected_area()),
        )
        return context

    def featured(self, stories):
        if self.featured_story_id:
            chosen = stories.filter(pk=self.featured_story_id).first()
            if chosen is not None:
                return chosen
        return stories.first()

    @path("")
    def index_view(self, request):
        return self.render(request)

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return NewsAtomFeed(self)(request)

    @path("<slug:area>/feed/rss/", name="area_rss")
    def area_rss_feed(self, request, area):
        return NewsRssFeed(self, area_slug=area)(request)

    @path("<slug:area>/feed/atom/", name="area_atom")
    def area_atom_feed(self, request, area):
        return NewsAtomFeed(self, area_slug=area)(request)

    def get_structured_data(self, request):
        return [collection_page(self, request)]


class NewsPage(StrategicAreasMixin, LeadImageMixin, SectionPage):
    """A news story: dated, illustrated, linked to the members, events and
    projects it mentions."""

    date = models.DateField(
        _("story date"), help_text=_("The date the story is about or was published.")
    )
    intro = models.TextField(
        max_length=400, help_text=_("One or two sentences shown on cards and feeds.")
    )
    body = StreamField(BaseStreamBlock(), help_text=_("The story."))
    strategic_areas = StrategicAreasMixin.strategic_areas_field(
        "news_pages", _("The areas and domains the story is about.")
    )
    tags = ClusterTaggableManager(
        through=NewsPageTag, blank=True, help_text=_("Free keywords.")
    )
    series = optional_link(
        NewsSeries, _("If the story is one part of a series."), related_name="stories"
    )
    series_part = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("Its part number in the series: 1, 2, …")
    )

    objects = NewsPageManager()

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        # The admin listing searches autocomplete fields only: without these,
        # staff could find a story by its title alone.
        index.AutocompleteField("intro"),
        index.AutocompleteField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
        index.FilterField("series"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        LeadImageMixin.lead_image_panel,
        FieldPanel("body"),
        InlinePanel("authors", heading=_("Authors"), label=_("Author")),
        InlinePanel(
            "related_pages",
            heading=_("Members, events and projects in this story"),
            label=_("Related page"),
        ),
    ]
    taxonomy_panels = [
        StrategicAreasMixin.strategic_areas_panel,
        FieldPanel("tags"),
        FieldRowPanel([FieldPanel("series"), FieldPanel("series_part")]),
    ]
    edit_handler = SectionPage.editor_tabs(
        (_("Content"), content_panels),
        (_("Topics"), taxonomy_panels),
    )

    base_form_class = LocalisedTaxonomyPageForm
    served_with = ("series",)
    description_field = "intro"
    card_label = _("News")
    api_fields = [
        APIField("date"),
        APIField("intro"),
        *LeadImageMixin.lead_image_api_fields(renditions.SHARE),
        APIField("body"),
        StrategicAreasMixin.strategic_areas_api_field,
        APIField("tags"),
        APIField("series_part"),
        APIField("authors"),
        APIField("related_pages"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    page_description = _("A news story.")

    class Meta:
        verbose_name = _("news story")
        verbose_name_plural = _("news stories")
        # Listings walk this index newest first and stop at the last card.
        indexes = [models.Index(fields=["date", "page_ptr"], name="news_story_date")]

    def clean(self):
        super().clean()
        if self.series_id and not self.series_part:
            raise ValidationError({"series_part": _("Give the part number.")})
        if self.series_part and not self.series_id:
            raise ValidationError({"series": _("Choose the series of this part.")})

    @property
    def card_area(self):
        """The name of the story's first area, for its card: from `for_listing`."""
        if "first_area_name" in self.__dict__:
            return self.first_area_name
        return self.area_list[0].name if self.area_list else None

    @cached_property
    def reading_minutes(self):
        text = " ".join(
            [self.intro, *(strip_tags(str(block.render())) for block in self.body)]
        )
        return max(1, math.ceil(len(text.split()) / WORDS_PER_MINUTE))

    def series_parts(self):
        if not self.series_id:
            return []
        return list(
            NewsPage.objects.live()
            .public()
            .filter(series_id=self.series_id)
            .order_by("series_part", "date")
            .only("id", "title", "url_path", "series_part", "depth", "path")
        )

    def more_news(self):
        """Newest stories sharing an area with this one, this one left out."""
        areas = [area.pk for area in self.area_list]
        if not areas:
            return NewsPage.objects.none()
        return (
            NewsPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .in_any_area(areas)
            .exclude(pk=self.pk)
            .newest_first()
            .for_listing()[:MORE_NEWS_COUNT]
        )

    # Each is read by the template and by the JSON-LD; fetched once per request.
    @cached_property
    def tag_list(self):
        return list(self.tags.order_by("name"))

    @cached_property
    def author_list(self):
        return list(self.authors.all())

    @cached_property
    def related_list(self):
        return self.related_cards()

    def related_cards(self):
        """The live pages this story links to, in the editor's order, specific."""
        linked = all_pages().live().public()
        if "related_pages" in getattr(self, "_cluster_related_objects", {}):
            # A preview: the links are the editor's, not yet saved.
            ids = [link.page_id for link in self.related_pages.all()]
            by_id = {page.pk: page for page in linked.filter(pk__in=ids)}
            generic = [by_id[pk] for pk in ids if pk in by_id]
        else:  # the saved links and their pages in one query
            generic = list(
                linked.filter(news_mentions__story=self).order_by(
                    "news_mentions__sort_order"
                )
            )
        cards = specific_for_cards(generic)
        images = [card.get_listing_image() for card in cards]
        attach_renditions(images, renditions.picture("card"))
        return cards

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parts = self.series_parts()
        position = next((i for i, part in enumerate(parts) if part.pk == self.pk), None)
        context.update(
            areas=self.area_list,
            tags=self.tag_list,
            authors=self.author_list,
            related=self.related_list,
            series_parts=parts,
            previous_part=parts[position - 1] if position else None,
            next_part=(
                parts[position + 1]
                if position is not None and position + 1 < len(parts)
                else None
            ),
            more_news=list(self.more_news()),
        )
        context["feeds"] = seo.feed_links(context["index"])
        return context

    def get_structured_data(self, request):
        return [seo.news_article(self, request)]


class NewsPageAuthor(Orderable):
    """Who wrote the story."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(max_length=120, help_text=_("Full name."))
    role = models.CharField(
        max_length=160, blank=True, help_text=_("Job title, e.g. Communications.")
    )

    panels = [FieldPanel("name"), FieldPanel("role")]
    api_fields = [APIField("name"), APIField("role")]

    def __str__(self):
        return self.name


class NewsPageRelatedPage(Orderable):
    """A member, event or project the story mentions.

    Deleting the linked page deletes only this link; the story stays. The
    linked page lists the story under "In the news" through `news_mentions`.
    """

    story = ParentalKey(
        NewsPage, on_delete=models.CASCADE, related_name="related_pages"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="news_mentions",
        help_text=_("A member, event or project page."),
    )

    panels = [PageChooserPanel("page", settings.NEWS_RELATED_PAGE_TYPES or None)]
    api_fields = [APIField("page", serializer=PublicPageField())]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["story", "page"], name="unique_news_related_page"
            )
        ]
