"""The index and a story page run as many SQL queries with 200 stories as with 20.

Each page is rendered once to create its image renditions, then the cache is
emptied and the page rendered again: the count measured is the worst a visitor
meets once the site has been visited, and must not depend on how many stories
there are.
"""

import datetime

from django.test import TestCase

from demo.factories.core import StandardPageFactory, StrategicAreaFactory
from tests.conftest import build_site_tree
from tests.core.helpers import (
    QUERY_BUDGET,
    analyze_bulk_data,
    count_queries,
    make_image,
    publish,
)
from tests.news.support import build_news_tree, make_story

TAGS = ["usa", "networking", "funding", "artificial intelligence"]
SMALL, LARGE = 20, 200
URLS = {
    "index": "/en/news/",
    "filtered index": "/en/news/?area=medtech&year=2023",
    "tag-filtered index, page 2": "/en/news/?tag=usa&page=2",
    "story": "/en/news/story-000/",
}


class QueryCountTests(TestCase):
    """Measured once for both sizes; each test compares one page."""

    @classmethod
    def add_stories(cls, start, count):
        # Each story: two areas (one a medtech domain for some), two tags, a
        # lead image, an author and a related page.
        for n in range(start, start + count):
            make_story(
                cls.news["news_index"],
                title=f"Story {n:03}",
                slug=f"story-{n:03}",
                date=datetime.date(2023, 12, 31) - datetime.timedelta(days=n),
                lead_image=make_image(f"Lead {n}"),
                lead_image_alt="A photograph",
                strategic_areas=[
                    cls.areas[n % len(cls.areas)],
                    cls.areas[(n + 1) % len(cls.areas)],
                ],
                tags=[TAGS[n % len(TAGS)], TAGS[(n + 1) % len(TAGS)]],
                authors=[f"Author {n}"],
                related=[cls.members[n % len(cls.members)]],
            )

    @classmethod
    def measure(cls):
        return {
            name: count_queries(cls.client_class(), url) for name, url in URLS.items()
        }

    @classmethod
    def setUpTestData(cls):
        cls.news = news = build_news_tree(build_site_tree())
        cls.areas = [
            news["medtech"],
            news["implants"],
            news["biopharma"],
            StrategicAreaFactory(locale=news["en"], name="E-health", slug="e-health"),
        ]
        cls.members = [
            publish(
                StandardPageFactory(
                    parent=news["home"],
                    title=f"Member {n}",
                    slug=f"member-{n}",
                    image=make_image(f"Logo {n}"),
                )
            )
            for n in range(3)
        ]
        cls.add_stories(0, SMALL)
        analyze_bulk_data()
        cls.small = cls.measure()
        cls.add_stories(SMALL, LARGE - SMALL)
        analyze_bulk_data()
        cls.large = cls.measure()

    def test_every_page_keeps_to_the_query_budget_when_warm(self):
        for size in ("small", "large"):
            for name, counted in getattr(self, size).items():
                with self.subTest(size=size, page=name):
                    self.assertLessEqual(counted.warm, QUERY_BUDGET)

    def test_the_index_query_count_does_not_grow(self):
        # Site and locale lookups, routing (page, aliases, view restrictions),
        # the site root paths, language alternates, breadcrumbs, settings and
        # menus; the filter form's areas, years and series; the featured
        # story with its areas, tags and card rendition; the count and one
        # page of stories with the same three prefetches; the footer text.
        self.assertEqual(self.small["index"], self.large["index"])

    def test_a_filtered_index_query_count_does_not_grow(self):
        # As above, without the featured story.
        self.assertEqual(self.small["filtered index"], self.large["filtered index"])
        self.assertEqual(
            self.small["tag-filtered index, page 2"],
            self.large["tag-filtered index, page 2"],
        )

    def test_the_story_page_query_count_does_not_grow(self):
        # Site, locale, routing and chrome as on the index; the parent index,
        # areas, tags, authors, related pages (live, then specific) with their
        # images, the series, the lead image renditions, three "more news"
        # cards with their areas, tags and renditions, the JSON-LD (publisher
        # settings, the share rendition).
        self.assertEqual(self.small["story"], self.large["story"])


class RelatedCardQueryTests(TestCase):
    """A story's "in this story" cards cost the same with one link as with six."""

    @classmethod
    def setUpTestData(cls):
        news = build_news_tree(build_site_tree())
        linked = [
            publish(
                StandardPageFactory(
                    parent=news["home"],
                    title=f"Partner page {n}",
                    slug=f"partner-{n}",
                    image=make_image(f"Partner image {n}"),
                )
            )
            for n in range(6)
        ]
        for slug, related in (("one-link", linked[:1]), ("six-links", linked)):
            make_story(
                news["news_index"],
                title=slug,
                slug=slug,
                date=datetime.date(2023, 6, 1),
                related=related,
            )

    def test_related_cards_do_not_add_queries_per_card(self):
        # Each card's page comes from one query per page type, and all their
        # images with the card renditions from two more, however many links.
        one = count_queries(self.client, "/en/news/one-link/")
        six = count_queries(self.client, "/en/news/six-links/")
        self.assertEqual(one, six)
