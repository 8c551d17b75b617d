"""RSS 2.0 and Atom feeds of a news index, for all stories or one strategic area."""

import mimetypes

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from cluster_portal.core import renditions
from cluster_portal.core.images import file_sizes
from cluster_portal.core.models import StrategicArea

FEED_LENGTH = 30


def enclosure_rendition(story):
    """The sharing size of the story's image, from the prefetched renditions
    (Wagtail's get_rendition writes each back to the cache)."""
    return story.get_listing_image().get_renditions(renditions.SHARE)[renditions.SHARE]


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index, area_slug=None):
        super().__init__()
        self.index = index
        self.area_slug = area_slug

    def get_object(self, request, *args, **kwargs):
        self.request = request
        if self.area_slug is None:
            return None
        area = StrategicArea.objects.filter(
            locale_id=self.index.locale_id, slug=self.area_slug
        ).first()
        if area is None:
            raise Http404("No such strategic area")
        return area

    def title(self, area):
        site = self.index.get_site()
        name = site.site_name if site else ""
        if area is None:
            return f"{name} · {self.index.title}"
        return f"{name} · {self.index.title} · {area.name}"

    def link(self, area):
        return self.index.get_full_url(self.request)

    def description(self, area):
        return self.index.intro or _("News from the cluster")

    def feed_url(self, area):
        return self.request.build_absolute_uri()

    def items(self, area):
        stories = self.index.stories()
        if area is not None:
            # As the index's ?area= does: the area and its priority domains.
            stories = stories.in_area(area)
        stories = list(
            stories.select_related("social_image")
            .prefetch_related("authors", "tags", "strategic_areas")
            # The enclosures' size, besides the cards' the index attaches.
            .with_renditions("social_image", renditions.SHARE)
            .with_renditions("lead_image", renditions.SHARE)[:FEED_LENGTH]
        )
        self.enclosures = {
            story.pk: enclosure_rendition(story)
            for story in stories
            if story.get_listing_image() is not None
        }
        self.sizes = file_sizes(
            rendition.file for rendition in self.enclosures.values()
        )
        return stories

    def item_title(self, story):
        return story.title

    def item_description(self, story):
        return story.intro

    def item_link(self, story):
        return story.get_full_url(self.request)

    def item_guid(self, story):
        return story.get_full_url(self.request)

    def item_pubdate(self, story):
        return timezone.make_aware(
            timezone.datetime.combine(story.date, timezone.datetime.min.time())
        )

    def item_updateddate(self, story):
        return story.last_published_at or self.item_pubdate(story)

    def item_author_name(self, story):
        names = [author.name for author in story.authors.all()]
        return ", ".join(names) or None

    def item_categories(self, story):
        return [area.name for area in story.strategic_areas.all()] + [
            tag.name for tag in story.tags.all()
        ]

    def item_enclosures(self, story):
        rendition = self.enclosures.get(story.pk)
        if rendition is None:
            return []
        name = rendition.file.name
        mime_type = mimetypes.guess_type(name)[0] or "image/jpeg"
        return [
            Enclosure(
                self.request.build_absolute_uri(rendition.url),
                str(self.sizes[name]),
                mime_type,
            )
        ]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, area):
        return self.description(area)
