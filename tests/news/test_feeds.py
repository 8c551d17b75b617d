"""RSS 2.0 and Atom feeds, parsed back with feedparser, and how pages announce them."""

import datetime
from unittest import mock

import feedparser
from bs4 import BeautifulSoup
from django.core.files.storage import default_storage
from django.test import TestCase
from wagtail.models import PageViewRestriction

from news.feeds import FEED_LENGTH
from tests.conftest import build_site_tree
from tests.core.helpers import make_image
from tests.news.support import build_news_tree, make_story

STORIES = 32  # more than a feed holds


def title(n):
    return f"Story {n:02}"


class FeedTests(TestCase):
    """Story 00 (the newest) to Story 31, a draft, a private story, a French one.

    Areas in turn: medtech, implanted devices (a medtech domain), biopharma.
    """

    @classmethod
    def setUpTestData(cls):
        cls.news = news = build_news_tree(build_site_tree())
        areas = [news["medtech"], news["implants"], news["biopharma"]]
        newest = datetime.date(2023, 12, 1)
        for n in range(STORIES):
            make_story(
                news["news_index"],
                title=title(n),
                slug=f"story-{n:02}",
                date=newest - datetime.timedelta(days=n),
                intro=f"What happened in story {n}.",
                strategic_areas=[areas[n % 3]],
                tags=["usa"] if n == 0 else [],
                authors=["Ann Writer"] if n == 0 else [],
                lead_image=make_image("Lead", width=1600, height=900)
                if n < 2
                else None,
            )
        make_story(news["news_index"], title="Draft", date=newest, draft=True)
        private = make_story(news["news_index"], title="Members only", date=newest)
        PageViewRestriction.objects.create(
            page=private, restriction_type="password", password="secret"
        )
        make_story(
            news["news_index_fr"],
            title="Journée réseau",
            slug="journee-reseau",
            date=newest,
            strategic_areas=[news["medtech_fr"]],
        )

    def parse(self, url, version):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        feed = feedparser.parse(response.content)
        self.assertFalse(feed.bozo, feed.get("bozo_exception"))
        self.assertEqual(feed.version, version)
        return response, feed

    def test_rss_and_atom_hold_the_newest_live_public_stories_in_order(self):
        for url, version, content_type in [
            ("/en/news/feed/rss/", "rss20", "application/rss+xml"),
            ("/en/news/feed/atom/", "atom10", "application/atom+xml"),
        ]:
            with self.subTest(version):
                response, feed = self.parse(url, version)
                self.assertTrue(response["Content-Type"].startswith(content_type))
                titles = [entry.title for entry in feed.entries]
                # Drafts and restricted stories are left out; 30 at most.
                self.assertEqual(len(titles), FEED_LENGTH)
                self.assertEqual(titles, [title(n) for n in range(FEED_LENGTH)])
                self.assertEqual(
                    [entry.link for entry in feed.entries],
                    [
                        f"http://testserver/en/news/story-{n:02}/"
                        for n in range(FEED_LENGTH)
                    ],
                )
                self.assertEqual(feed.feed.link, "http://testserver/en/news/")
                self.assertIn("Test cluster", feed.feed.title)

    def test_an_entry_carries_its_summary_date_author_and_topics(self):
        for url, version, date in [
            ("/en/news/feed/rss/", "rss20", "Fri, 01 Dec 2023 00:00:00 +0100"),
            ("/en/news/feed/atom/", "atom10", "2023-12-01T00:00:00+01:00"),
        ]:
            with self.subTest(version):
                entry = self.parse(url, version)[1].entries[0]
                self.assertEqual(entry.summary, "What happened in story 0.")
                # The story's date, at midnight in the cluster's time zone.
                self.assertEqual(entry.published, date)
                self.assertEqual(entry.author, "Ann Writer")
                self.assertEqual({tag.term for tag in entry.tags}, {"Medtech", "usa"})
                self.assertEqual(entry.id, "http://testserver/en/news/story-00/")

    def test_the_lead_image_is_an_enclosure(self):
        for url, version in [
            ("/en/news/feed/rss/", "rss20"),
            ("/en/news/feed/atom/", "atom10"),
        ]:
            with self.subTest(version):
                entries = self.parse(url, version)[1].entries
                (enclosure,) = entries[0].enclosures
                self.assertRegex(enclosure.type, r"^image/")
                self.assertRegex(enclosure.href, r"^http://testserver/media/.+")
                self.assertGreater(int(enclosure.length), 0)
                path = enclosure.href.removeprefix("http://testserver/media/")
                self.assertEqual(int(enclosure.length), default_storage.size(path))
                self.assertEqual(len(entries[1].enclosures), 1)
                # A story without an image has no enclosure.
                self.assertEqual(entries[2].enclosures, [])

    def test_a_feed_per_strategic_area(self):
        medtech = [n for n in range(STORIES) if n % 3 != 2]  # with its domain
        for url, version in [
            ("/en/news/medtech/feed/rss/", "rss20"),
            ("/en/news/medtech/feed/atom/", "atom10"),
        ]:
            with self.subTest(version):
                feed = self.parse(url, version)[1]
                self.assertEqual(
                    [entry.title for entry in feed.entries],
                    [title(n) for n in medtech],
                )
                self.assertIn("Medtech", feed.feed.title)
        feed = self.parse("/en/news/biopharma/feed/rss/", "rss20")[1]
        self.assertEqual(
            [entry.title for entry in feed.entries],
            [title(n) for n in range(STORIES) if n % 3 == 2],
        )

    def test_an_unknown_area_feed_is_not_found(self):
        for url in [
            "/en/news/unknown/feed/rss/",
            "/en/news/unknown/feed/atom/",
            "/en/news/" + "m" * 500 + "/feed/rss/",
            "/en/news/feed/feed/rss/",
        ]:
            with self.subTest(url[:40]):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_each_language_has_its_own_feed(self):
        feed = self.parse("/fr/actualites/feed/rss/", "rss20")[1]
        self.assertEqual([entry.title for entry in feed.entries], ["Journée réseau"])
        self.assertEqual(
            feed.entries[0].link, "http://testserver/fr/actualites/journee-reseau/"
        )
        feed = self.parse("/fr/actualites/medtech/feed/atom/", "atom10")[1]
        self.assertEqual([entry.title for entry in feed.entries], ["Journée réseau"])
        # An English area is no French feed.
        response = self.client.get("/fr/actualites/biopharma/feed/rss/")
        self.assertEqual(response.status_code, 404)

    # Announced in <head>

    def alternates(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        soup = BeautifulSoup(response.content, "html.parser")
        return {
            (link["type"], link["href"])
            for link in soup.select("head link[rel=alternate][type]")
        }

    def test_the_index_and_a_story_announce_the_feeds(self):
        expected = {
            ("application/rss+xml", "/en/news/feed/rss/"),
            ("application/atom+xml", "/en/news/feed/atom/"),
        }
        self.assertEqual(self.alternates("/en/news/"), expected)
        self.assertEqual(self.alternates("/en/news/story-05/"), expected)
        self.assertEqual(
            self.alternates("/fr/actualites/journee-reseau/"),
            {
                ("application/rss+xml", "/fr/actualites/feed/rss/"),
                ("application/atom+xml", "/fr/actualites/feed/atom/"),
            },
        )

    def test_the_index_filtered_by_area_announces_the_area_feeds(self):
        self.assertEqual(
            self.alternates("/en/news/?area=medtech"),
            {
                ("application/rss+xml", "/en/news/feed/rss/"),
                ("application/atom+xml", "/en/news/feed/atom/"),
                ("application/rss+xml", "/en/news/medtech/feed/rss/"),
                ("application/atom+xml", "/en/news/medtech/feed/atom/"),
            },
        )
        # An unknown area announces no feed that would answer 404.
        self.assertEqual(len(self.alternates("/en/news/?area=unknown")), 2)

    def test_announced_feeds_answer(self):
        for _type, href in self.alternates("/en/news/?area=medtech"):
            with self.subTest(href):
                self.assertEqual(self.client.get(href).status_code, 200)


class ImageEncodingTests(TestCase):
    """Once a rendition exists, no request encodes the image again."""

    @classmethod
    def setUpTestData(cls):
        cls.news = build_news_tree(build_site_tree())
        for n in range(3):
            make_story(
                cls.news["news_index"],
                title=f"Illustrated {n}",
                slug=f"illustrated-{n}",
                date=datetime.date(2023, 5, 1 + n),
                lead_image=make_image(f"Illustration {n}", width=1600, height=900),
                lead_image_alt="A photograph",
            )

    def test_the_feed_and_the_index_reuse_their_renditions(self):
        from wagtail.images.models import Filter

        urls = ("/en/news/feed/rss/", "/en/news/feed/atom/", "/en/news/")
        for url in (*urls, "/en/news/illustrated-0/"):
            with self.subTest(url):
                self.assertEqual(self.client.get(url).status_code, 200)
                with mock.patch.object(Filter, "run", autospec=True) as encode:
                    self.assertEqual(self.client.get(url).status_code, 200)
                # The featured card and the feed enclosures use the large
                # size: it must come from the prefetched renditions too.
                encode.assert_not_called()
