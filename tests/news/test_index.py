"""The news index: order, featured story, filters, pagination and junk input."""

import datetime
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup
from django.test import TestCase, override_settings

from demo.factories.news import NewsSeriesFactory
from news.models import NewsIndexPage
from tests.conftest import build_site_tree
from tests.core.helpers import publish
from tests.news.support import build_news_tree, make_story


def day(month, number, year=2023):
    return datetime.date(year, month, number)


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def featured(soup):
    link = soup.select_one("section.featured .card__title a")
    return link.get_text() if link else None


def listed(soup):
    """Titles of the stories in the list under the featured one, in order."""
    return [
        link.get_text()
        for link in soup.select("[aria-labelledby=stories-title] .card__title a")
    ]


def shown(soup):
    """Every story on the page, the featured one first."""
    return ([featured(soup)] if featured(soup) else []) + listed(soup)


NEWEST_FIRST = [
    "Networking day",
    "Trade mission",
    "Pacemaker start-up",
    "Ecosystem part 1",
    "Annual meeting",
]


class IndexTests(TestCase):
    """Five English stories across two years, a French one and a draft."""

    @classmethod
    def setUpTestData(cls):
        cls.news = news = build_news_tree(build_site_tree())
        index, medtech = news["news_index"], news["medtech"]
        series = NewsSeriesFactory(title="Medtech ecosystem", slug="medtech-ecosystem")
        # Created out of date order, so the list must sort them.
        cls.stories = {
            story.title: story
            for story in [
                make_story(
                    index,
                    title="Trade mission",
                    date=day(6, 5),
                    strategic_areas=[medtech],
                    tags=["usa", "trade-mission"],
                ),
                make_story(
                    index,
                    title="Networking day",
                    date=day(11, 20),
                    strategic_areas=[news["biopharma"]],
                    tags=["networking"],
                ),
                make_story(
                    index,
                    title="Pacemaker start-up",
                    date=day(3, 1),
                    strategic_areas=[news["implants"]],
                    tags=["usa"],
                    series=series,
                    series_part=2,
                ),
                make_story(
                    index,
                    title="Ecosystem part 1",
                    date=day(9, 14, 2022),
                    strategic_areas=[medtech],
                    series=series,
                    series_part=1,
                ),
                make_story(
                    index,
                    title="Annual meeting",
                    date=day(4, 2, 2022),
                    tags=["networking"],
                ),
            ]
        }
        make_story(
            news["news_index_fr"],
            title="Journée réseau",
            date=day(12, 1),
            strategic_areas=[news["medtech_fr"]],
            tags=["usa"],
        )
        make_story(index, title="Unpublished", date=day(12, 31), draft=True)

    def fetch(self, url):
        return fetch(self.client, url)

    def test_lists_live_stories_newest_first_with_the_newest_featured(self):
        soup = self.fetch("/en/news/")
        self.assertEqual(featured(soup), "Networking day")
        self.assertEqual(listed(soup), NEWEST_FIRST[1:])
        self.assertEqual(soup.select_one(".results-count").get_text(), "5 stories")

    def test_the_chosen_featured_story_comes_on_top_and_only_once(self):
        index = NewsIndexPage.objects.get(pk=self.news["news_index"].pk)
        index.featured_story = self.stories["Pacemaker start-up"]
        publish(index)

        soup = self.fetch("/en/news/")

        self.assertEqual(featured(soup), "Pacemaker start-up")
        self.assertEqual(
            listed(soup),
            ["Networking day", "Trade mission", "Ecosystem part 1", "Annual meeting"],
        )

    def test_a_chosen_featured_story_no_longer_live_gives_way_to_the_newest(self):
        chosen = self.stories["Pacemaker start-up"]
        index = NewsIndexPage.objects.get(pk=self.news["news_index"].pk)
        index.featured_story = chosen
        publish(index)
        chosen.unpublish()

        soup = self.fetch("/en/news/")

        self.assertEqual(featured(soup), "Networking day")
        self.assertNotIn("Pacemaker start-up", shown(soup))

    def test_only_stories_of_the_index_language_are_listed(self):
        self.assertNotIn("Journée réseau", shown(self.fetch("/en/news/")))
        self.assertEqual(shown(self.fetch("/fr/actualites/")), ["Journée réseau"])

    def test_drafts_are_not_listed(self):
        self.assertNotIn("Unpublished", shown(self.fetch("/en/news/")))

    # Filters

    FILTERS = [
        # An area includes the stories filed under its priority domains.
        ("area=medtech", ["Trade mission", "Pacemaker start-up", "Ecosystem part 1"]),
        ("area=implanted-devices", ["Pacemaker start-up"]),
        ("area=biopharma", ["Networking day"]),
        ("tag=usa", ["Trade mission", "Pacemaker start-up"]),
        ("tag=networking", ["Networking day", "Annual meeting"]),
        ("year=2022", ["Ecosystem part 1", "Annual meeting"]),
        ("series=medtech-ecosystem", ["Pacemaker start-up", "Ecosystem part 1"]),
        ("area=medtech&tag=usa", ["Trade mission", "Pacemaker start-up"]),
        ("area=medtech&year=2022", ["Ecosystem part 1"]),
        ("tag=usa&year=2023&series=medtech-ecosystem", ["Pacemaker start-up"]),
        ("tag=networking&year=2022", ["Annual meeting"]),
    ]

    def test_filters_through_the_query_string(self):
        for query, expected in self.FILTERS:
            with self.subTest(query):
                soup = self.fetch(f"/en/news/?{query}")
                # A filtered list has no featured story: every match is listed.
                self.assertIsNone(featured(soup))
                self.assertEqual(listed(soup), expected)
                count = len(expected)
                self.assertEqual(
                    soup.select_one(".results-count").get_text(),
                    f"{count} {'story' if count == 1 else 'stories'}",
                )

    def test_the_filter_form_keeps_its_values(self):
        soup = self.fetch(
            "/en/news/?area=medtech&year=2022&series=medtech-ecosystem&tag=usa"
        )
        form = soup.select_one("form.filters")
        self.assertEqual((form["method"], form["action"]), ("get", "/en/news/"))
        selected = {
            select["name"]: select.select_one("option[selected]")["value"]
            for select in form.select("select")
        }
        self.assertEqual(
            selected,
            {"area": "medtech", "year": "2022", "series": "medtech-ecosystem"},
        )
        self.assertEqual(form.select_one("input[name=tag]")["value"], "usa")

    def test_the_filter_form_offers_the_index_language_only(self):
        soup = self.fetch("/fr/actualites/")

        def options(name):
            return [o["value"] for o in soup.select(f"select[name={name}] option")]

        self.assertEqual(options("area"), ["", "medtech"])
        self.assertEqual(options("year"), ["", "2023"])
        self.assertEqual(options("series"), [""])

    def test_no_match_shows_a_clear_empty_state(self):
        soup = self.fetch("/en/news/?tag=nothing-like-this")
        self.assertIsNone(featured(soup))
        self.assertEqual(listed(soup), [])
        empty = soup.select_one(".empty-state")
        self.assertIn("No story matches these filters.", empty.get_text())
        self.assertEqual(empty.select_one("a")["href"], "/en/news/")
        self.assertEqual(soup.select_one(".results-count").get_text(), "0 stories")

    def test_repeated_parameters_use_the_last_value(self):
        soup = self.fetch("/en/news/?area=medtech&area=biopharma")
        self.assertEqual(listed(soup), ["Networking day"])
        soup = self.fetch("/en/news/?tag=networking&tag=usa&year=abc&year=2023")
        self.assertEqual(listed(soup), ["Trade mission", "Pacemaker start-up"])


class EmptyIndexTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_news_tree(build_site_tree())

    def test_an_index_without_stories_says_so(self):
        soup = fetch(self.client, "/en/news/")
        self.assertEqual(shown(soup), [])
        self.assertIsNotNone(soup.select_one(".empty-state"))


def page_links(soup):
    return [
        parse_qs(urlsplit(a["href"]).query) for a in soup.select("nav.pagination a")
    ]


@override_settings(PORTAL_PAGE_SIZE=3)
class PaginationTests(TestCase):
    """Eight stories, three a page: Story 00 (the newest) to Story 07."""

    @classmethod
    def setUpTestData(cls):
        news = build_news_tree(build_site_tree())
        for n in range(8):
            make_story(
                news["news_index"],
                title=f"Story {n:02}",
                date=day(1, 1) + datetime.timedelta(days=30 - n),
                strategic_areas=[news["medtech"] if n % 2 else news["biopharma"]],
            )

    def fetch(self, url):
        return fetch(self.client, url)

    def test_pages_follow_the_page_size_setting_and_list_each_story_once(self):
        first = self.fetch("/en/news/")
        second = self.fetch("/en/news/?page=2")
        third = self.fetch("/en/news/?page=3")

        self.assertEqual(featured(first), "Story 00")
        self.assertEqual(listed(first), ["Story 01", "Story 02", "Story 03"])
        # The featured story belongs to page one: later pages neither repeat
        # it nor shift, so no story is shown twice and none is skipped.
        self.assertIsNone(featured(second))
        self.assertEqual(listed(second), ["Story 04", "Story 05", "Story 06"])
        self.assertIsNone(featured(third))
        self.assertEqual(listed(third), ["Story 07"])
        for number, soup in enumerate([first, second, third], start=1):
            self.assertIn(
                f"Page {number} of 3",
                soup.select_one(".pagination__status").get_text(),
            )
            self.assertEqual(soup.select_one(".results-count").get_text(), "8 stories")

    def test_pagination_links_keep_the_filters(self):
        soup = self.fetch("/en/news/?area=medtech&year=2023")
        self.assertEqual(listed(soup), ["Story 01", "Story 03", "Story 05"])
        links = page_links(soup)
        self.assertTrue(links, "a second page of medtech stories is linked")
        for query in links:
            self.assertEqual(query["area"], ["medtech"])
            self.assertEqual(query["year"], ["2023"])
        next_link = soup.select_one("nav.pagination a[rel=next]")
        self.assertEqual(
            parse_qs(urlsplit(next_link["href"]).query),
            {"area": ["medtech"], "year": ["2023"], "page": ["2"]},
        )
        self.assertEqual(
            listed(self.fetch("/en/news/" + next_link["href"])), ["Story 07"]
        )

    # Bad input: a value that means nothing is ignored, never a 500.

    IGNORED = [
        "area=unknown",
        "area=" + "m" * 5000,
        "area=%00",
        "year=abc",
        "year=1900",
        "year=99999999999999999999",
        "tag=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "tag=us%00a",
        "tag=" + "t" * 5000,
        "series=nope",
        "series=%F0%9F%92%A5",
        "page=abc",
        "page=",
        "mentions=abc",
        "mentions=-1",
        "mentions=0",
        "mentions=99999999999999999999",
    ]

    def test_a_junk_value_is_ignored_and_shows_the_news(self):
        for query in self.IGNORED:
            with self.subTest(query[:40]):
                response = self.client.get(f"/en/news/?{query}")
                self.assertEqual(response.status_code, 200)
                soup = BeautifulSoup(response.content, "html.parser")
                self.assertEqual(featured(soup), "Story 00")
                self.assertEqual(listed(soup), ["Story 01", "Story 02", "Story 03"])
                self.assertNotIn(b"<script>alert", response.content)

    def test_a_well_formed_tag_nobody_uses_shows_the_empty_state(self):
        for query in ["tag=nothing", "tag=caf%C3%A9", "tag=" + "t" * 100]:
            with self.subTest(query[:40]):
                soup = self.fetch(f"/en/news/?{query}")
                self.assertEqual(shown(soup), [])
                self.assertIsNotNone(soup.select_one(".empty-state"))

    def test_a_mentions_filter_on_a_page_nothing_links_shows_the_empty_state(self):
        soup = self.fetch("/en/news/?mentions=2147483647")
        self.assertEqual(shown(soup), [])
        self.assertIsNotNone(soup.select_one(".empty-state"))

    def test_a_page_number_out_of_range_shows_a_real_page(self):
        # Paginator.get_page(): a number past either end gives the last page,
        # one that is not a whole number the first.
        for query, expected in [
            ("page=99999", ["Story 07"]),
            ("page=0", ["Story 07"]),
            ("page=-1", ["Story 07"]),
            ("page=1.5", ["Story 01", "Story 02", "Story 03"]),
        ]:
            with self.subTest(query):
                self.assertEqual(listed(self.fetch(f"/en/news/?{query}")), expected)

    def test_a_filtered_or_later_page_is_not_indexed_by_search_engines(self):
        robots = 'meta[name=robots][content="noindex, follow"]'
        self.assertIsNone(self.fetch("/en/news/").select_one(robots))
        self.assertIsNotNone(self.fetch("/en/news/?page=2").select_one(robots))
        self.assertIsNotNone(self.fetch("/en/news/?area=medtech").select_one(robots))
