"""A story page: date, reading time, topics, authors, links, series, more news."""

import datetime
import json
import re

from bs4 import BeautifulSoup
from django.test import TestCase

from demo.factories.core import StandardPageFactory
from demo.factories.news import NewsSeriesFactory
from news.models import NewsPage, NewsPageRelatedPage
from tests.conftest import build_site_tree
from tests.core.helpers import publish
from tests.news.support import build_news_tree, make_story


def words(count):
    return " ".join(["word"] * count)


class StoryPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news = news = build_news_tree(build_site_tree())
        home = news["home"]
        cls.member = publish(
            StandardPageFactory(
                parent=home, title="MedCo", slug="medco", intro="Makes pacemakers."
            )
        )
        cls.project = publish(
            StandardPageFactory(parent=home, title="Project Heart", slug="heart")
        )
        cls.story = publish(
            make_story(
                news["news_index"],
                title="Trade mission to Boston",
                slug="trade-mission",
                date=datetime.date(2023, 6, 5),
                intro="Ten members met investors.",
                body=json.dumps(
                    [{"type": "paragraph", "value": f"<p>{words(596)}</p>"}]
                ),
                strategic_areas=[news["medtech"], news["biopharma"]],
                tags=["usa", "trade mission"],
                authors=[("Ann Writer", "Communications"), "Bob Editor"],
                related=[cls.project, cls.member],
            )
        )

    def fetch(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return BeautifulSoup(response.content, "html.parser")

    def related(self, soup):
        return [
            (link.get_text(), link["href"])
            for link in soup.select("[aria-labelledby=related-title] .card__title a")
        ]

    def test_shows_title_date_and_reading_time(self):
        soup = self.fetch("/en/news/trade-mission/")
        self.assertEqual(
            soup.select_one("h1").get_text(strip=True), "Trade mission to Boston"
        )
        meta = soup.select_one(".story__meta")
        time = meta.select_one("time")
        self.assertEqual(time["datetime"], "2023-06-05")
        self.assertIn("2023", time.get_text())
        # 4 words of intro and 596 of body: 600 words, three minutes.
        self.assertRegex(meta.get_text(" ", strip=True), r"\b3 min read\b")

    def test_a_short_story_reads_in_one_minute(self):
        make_story(self.news["news_index"], title="Brief", slug="brief")
        meta = self.fetch("/en/news/brief/").select_one(".story__meta")
        self.assertRegex(meta.get_text(" ", strip=True), r"\b1 min read\b")

    def test_areas_and_tags_link_to_the_filtered_index(self):
        soup = self.fetch("/en/news/trade-mission/")
        areas = [(a.get_text(), a["href"]) for a in soup.select(".story__areas a")]
        self.assertEqual(
            areas,
            [
                ("Biopharma", "/en/news/?area=biopharma"),
                ("Medtech", "/en/news/?area=medtech"),
            ],
        )
        tags = [(a.get_text(), a["href"]) for a in soup.select(".story__tags a")]
        self.assertEqual(
            tags,
            [
                ("trade mission", "/en/news/?tag=trade-mission"),
                ("usa", "/en/news/?tag=usa"),
            ],
        )
        # And each link lists the story.
        for _name, href in areas + tags:
            listed = self.fetch(href).select(".card__title a")
            self.assertIn(
                "Trade mission to Boston", [a.get_text() for a in listed], href
            )

    def test_a_tag_with_accents_links_to_its_stories(self):
        make_story(
            self.news["news_index"],
            title="Digital health",
            slug="digital-health",
            tags=["santé numérique"],
        )
        soup = self.fetch("/en/news/digital-health/")
        (link,) = soup.select(".story__tags a")
        self.assertEqual(link.get_text(), "santé numérique")
        listed = self.fetch(link["href"]).select(".card__title a")
        self.assertEqual([a.get_text() for a in listed], ["Digital health"])

    def test_shows_the_authors(self):
        make_story(self.news["news_index"], title="Anonymous", slug="anonymous")
        meta = self.fetch("/en/news/trade-mission/").select_one(".story__meta")
        text = meta.get_text(" ", strip=True)
        self.assertRegex(text, r"By Ann Writer \(Communications\), Bob Editor")
        anonymous = self.fetch("/en/news/anonymous/").select_one(".story__meta")
        self.assertNotIn("By", anonymous.get_text())

    def test_related_pages_are_cards_in_the_editors_order(self):
        soup = self.fetch("/en/news/trade-mission/")
        self.assertEqual(
            self.related(soup),
            [("Project Heart", "/en/heart/"), ("MedCo", "/en/medco/")],
        )
        card = soup.select("[aria-labelledby=related-title] .card")[1]
        self.assertEqual(card.select_one(".card__text").get_text(), "Makes pacemakers.")

    def test_an_unpublished_related_page_disappears_and_comes_back(self):
        self.member.unpublish()
        soup = self.fetch("/en/news/trade-mission/")
        self.assertEqual(self.related(soup), [("Project Heart", "/en/heart/")])

        publish(self.member)
        soup = self.fetch("/en/news/trade-mission/")
        self.assertIn(("MedCo", "/en/medco/"), self.related(soup))

    def test_a_deleted_related_page_disappears_and_the_story_survives(self):
        self.member.delete()

        soup = self.fetch("/en/news/trade-mission/")
        self.assertEqual(self.related(soup), [("Project Heart", "/en/heart/")])
        story = NewsPage.objects.get(pk=self.story.pk)
        self.assertTrue(story.live)
        self.assertEqual(
            [link.page_id for link in story.related_pages.all()], [self.project.pk]
        )
        # Its last revision still names the deleted page; publishing it again
        # (as an editor does after a correction) works and drops the link.
        story.get_latest_revision().publish()
        soup = self.fetch("/en/news/trade-mission/")
        self.assertEqual(self.related(soup), [("Project Heart", "/en/heart/")])

    def test_with_every_related_page_gone_the_section_is_not_shown(self):
        self.member.delete()
        self.project.unpublish()
        soup = self.fetch("/en/news/trade-mission/")
        self.assertIsNone(soup.select_one("#related-title"))

    def test_deleting_the_story_leaves_the_linked_pages(self):
        NewsPage.objects.get(pk=self.story.pk).delete()
        self.assertEqual(self.client.get("/en/news/trade-mission/").status_code, 404)
        self.assertFalse(NewsPageRelatedPage.objects.exists())
        self.assertEqual(self.client.get("/en/medco/").status_code, 200)
        self.assertEqual(self.client.get("/en/heart/").status_code, 200)

    def test_a_draft_story_is_not_served(self):
        make_story(self.news["news_index"], title="Secret", slug="secret", draft=True)
        self.assertEqual(self.client.get("/en/news/secret/").status_code, 404)


class SeriesNavigationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        news = build_news_tree(build_site_tree())
        series = NewsSeriesFactory(title="The medtech ecosystem", slug="ecosystem")
        # Created out of order: the part number orders them, not the date.
        for part, date in [(3, (2023, 5, 1)), (1, (2023, 6, 1)), (2, (2023, 2, 1))]:
            make_story(
                news["news_index"],
                title=f"Ecosystem, part {part}",
                slug=f"part-{part}",
                date=datetime.date(*date),
                series=series,
                series_part=part,
            )

    def fetch(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return BeautifulSoup(response.content, "html.parser")

    def navigation(self, url):
        soup = self.fetch(url)
        nav = soup.select_one("nav.series-nav")
        links = {
            link["rel"][0]: (link["href"], link.get_text(" ", strip=True))
            for link in (nav.select("a") if nav else [])
        }
        return soup.select_one(".story__series").get_text(" ", strip=True), links

    def test_a_middle_part_links_both_ways(self):
        status, links = self.navigation("/en/news/part-2/")
        self.assertEqual(status, "The medtech ecosystem · Part 2 of 3")
        self.assertEqual(links["prev"][0], "/en/news/part-1/")
        self.assertIn("Ecosystem, part 1", links["prev"][1])
        self.assertEqual(links["next"][0], "/en/news/part-3/")
        self.assertIn("Ecosystem, part 3", links["next"][1])

    def test_the_first_and_last_parts_link_one_way(self):
        status, links = self.navigation("/en/news/part-1/")
        self.assertEqual(status, "The medtech ecosystem · Part 1 of 3")
        self.assertEqual(set(links), {"next"})
        self.assertEqual(links["next"][0], "/en/news/part-2/")
        status, links = self.navigation("/en/news/part-3/")
        self.assertEqual(status, "The medtech ecosystem · Part 3 of 3")
        self.assertEqual(set(links), {"prev"})

    def test_an_unpublished_part_is_skipped(self):
        NewsPage.objects.get(slug="part-2").unpublish()
        status, links = self.navigation("/en/news/part-1/")
        self.assertEqual(status, "The medtech ecosystem · Part 1 of 2")
        self.assertEqual(links["next"][0], "/en/news/part-3/")

    def test_a_story_outside_any_series_has_no_series_navigation(self):
        make_story(
            NewsPage.objects.get(slug="part-1").get_parent(),
            title="Alone",
            slug="alone",
        )
        soup = self.fetch("/en/news/alone/")
        self.assertIsNone(soup.select_one(".story__series"))
        self.assertIsNone(soup.select_one("nav.series-nav"))


class MoreNewsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news = news = build_news_tree(build_site_tree())
        index, medtech = news["news_index"], news["medtech"]

        def story(slug, day, areas, **fields):
            return make_story(
                fields.pop("index", index),
                title=slug.replace("-", " ").capitalize(),
                slug=slug,
                date=datetime.date(2023, 3, day),
                strategic_areas=areas,
                **fields,
            )

        story("this-one", 10, [medtech, news["biopharma"]])
        story("medtech-old", 1, [medtech])
        story("medtech-mid", 5, [medtech])
        story("biopharma-new", 20, [news["biopharma"]])
        story("medtech-draft", 25, [medtech], draft=True)
        story("e-health", 30, [])
        story("implants", 28, [news["implants"]])
        # Filed by mistake under the English area: still not English news.
        story("francais", 29, [medtech], index=news["news_index_fr"])

    def more_news(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        soup = BeautifulSoup(response.content, "html.parser")
        return [
            a["href"]
            for a in soup.select("[aria-labelledby=more-title] .card__title a")
        ]

    def test_shows_the_newest_stories_sharing_an_area_but_not_itself(self):
        self.assertEqual(
            self.more_news("/en/news/this-one/"),
            [
                "/en/news/biopharma-new/",
                "/en/news/medtech-mid/",
                "/en/news/medtech-old/",
            ],
        )

    def test_other_languages_and_drafts_are_left_out(self):
        more = self.more_news("/en/news/medtech-old/")
        self.assertEqual(more, ["/en/news/this-one/", "/en/news/medtech-mid/"])
        self.assertFalse(any(re.search("francais|draft", href) for href in more))

    def test_a_story_without_areas_shows_no_more_news(self):
        self.assertEqual(self.more_news("/en/news/e-health/"), [])
