"""The directory and a member page run as many SQL queries with 500 members as with 20.

Each page is rendered once to create its image renditions, then the cache is
emptied and the page rendered again: the count measured is the worst a visitor
meets once the site has been visited, and must not depend on how many members
there are.
"""

import datetime

from django.test import TestCase, override_settings
from wagtail.signal_handlers import disable_reference_index_auto_update

from demo.factories.core import StrategicAreaFactory
from demo.factories.members import SectorFactory
from members.models import MemberPage
from tests.conftest import build_site_tree
from tests.core.helpers import (
    QUERY_BUDGET,
    analyze_bulk_data,
    count_queries,
    make_image,
)
from tests.members.support import build_member_tree, make_member
from tests.news.support import build_news_tree, make_story

TECHNOLOGIES = ["imaging", "ai", "wearables", "diagnostics", "cell therapy"]
CITIES = ["Liège", "Namur", "Mons", "Gosselies", "Charleroi"]
SIZES = [size for size, _ in MemberPage.SizeBand.choices]
SMALL, LARGE = 20, 500
SEARCH_BACKEND = {"BACKEND": "wagtail.search.backends.database"}
URLS = {
    "directory": "/en/members/",
    "filtered directory": "/en/members/?sector=medtech&city=Li%C3%A8ge",
    "list view": "/en/members/?view=list&technology=ai",
    "text search": "/en/members/?q=company&size=small",
    # The first member, which three stories mention, and the second, one.
    "member page": "/en/members/company-0000/",
    "member page, one story": "/en/members/company-0001/",
}


class QueryCountTests(TestCase):
    """Measured once for both sizes; each test compares one page."""

    @classmethod
    def add_members(cls, start, count):
        # Neither page renders from the search or reference index: left out,
        # the 500 members build twice as fast.
        with (
            disable_reference_index_auto_update(),
            override_settings(
                WAGTAILSEARCH_BACKENDS={
                    "default": {**SEARCH_BACKEND, "AUTO_UPDATE": False}
                }
            ),
        ):
            for n in range(start, start + count):
                cls.add_member(n)

    @classmethod
    def add_member(cls, n):
        # Each member: one or two sectors, an area, two technologies, a logo,
        # a product (with an image on the measured page), a label, a contact.
        sectors = [cls.sectors[n % len(cls.sectors)]]
        if n % 2:
            sectors.append(cls.sectors[(n + 1) % len(cls.sectors)])
        product = {"name": f"Product {n}", "url": "https://example.org/"}
        if n < 2:
            product["image"] = make_image("Product", width=40, height=30)
        make_member(
            cls.tree["directory"],
            title=f"Company {n:04}",
            slug=f"company-{n:04}",
            logo=make_image(f"Logo {n}", width=40, height=20),
            sectors=sectors,
            strategic_areas=[cls.areas[n % len(cls.areas)]],
            technologies=[
                TECHNOLOGIES[n % len(TECHNOLOGIES)],
                TECHNOLOGIES[(n + 1) % len(TECHNOLOGIES)],
            ],
            size_band=SIZES[n % len(SIZES)],
            city=CITIES[n % len(CITIES)],
            products=[product],
            labels=[{"name": "Factory of the Future", "year": 2021}],
            contacts=[{"name": f"Contact {n}", "email": "a@example.org"}],
        )

    @classmethod
    def measure(cls):
        return {
            name: count_queries(cls.client_class(), url) for name, url in URLS.items()
        }

    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_news_tree(build_site_tree()))
        cls.sectors = [
            tree["sector_medtech"],
            tree["sector_biotech"],
            tree["sector_ehealth"],
            SectorFactory(locale=tree["en"], name="Services", slug="services"),
        ]
        cls.areas = [
            tree["medtech"],
            tree["biopharma"],
            tree["implants"],
            StrategicAreaFactory(locale=tree["en"], name="E-health", slug="e-health"),
        ]
        cls.add_members(0, SMALL)
        first, second = MemberPage.objects.filter(
            slug__in=["company-0000", "company-0001"]
        ).order_by("slug")
        for n in range(3):
            make_story(
                tree["news_index"],
                title=f"Story {n}",
                date=datetime.date(2023, 1, 1) + datetime.timedelta(days=n),
                lead_image=make_image(f"Lead {n}", width=64, height=36),
                strategic_areas=[tree["medtech"]],
                tags=["funding"],
                related=[first, second] if n == 0 else [first],
            )
        analyze_bulk_data()
        cls.small = cls.measure()
        cls.add_members(SMALL, LARGE - SMALL)
        analyze_bulk_data()
        cls.large = cls.measure()

    def test_every_page_keeps_to_the_query_budget_when_warm(self):
        for size in ("small", "large"):
            for name, counted in getattr(self, size).items():
                with self.subTest(size=size, page=name):
                    self.assertLessEqual(counted.warm, QUERY_BUDGET)

    def test_the_directory_query_count_does_not_grow(self):
        # Site, locale and routing (the page, its aliases, view restrictions),
        # language alternates, breadcrumbs and the site root paths; one grouped
        # query per facet (sector, area, technology, size, city); the
        # paginator's count; one page of members with their logos (joined),
        # logo renditions and sectors (two prefetches); navigation and contact
        # settings and the footer text.
        self.assertEqual(self.small["directory"], self.large["directory"])

    def test_a_filtered_directory_query_count_does_not_grow(self):
        # As above: filters are conditions and subqueries of the same queries.
        self.assertEqual(
            self.small["filtered directory"], self.large["filtered directory"]
        )
        self.assertEqual(self.small["text search"], self.large["text search"])

    def test_the_list_view_query_count_does_not_grow(self):
        # As the directory (the list shows no logo, but the prefetches run).
        self.assertEqual(self.small["list view"], self.large["list view"])

    def test_the_member_page_query_count_does_not_grow(self):
        # Site, locale, routing and chrome as on the directory, and the parent
        # directory; sectors, areas, technologies, products (with their
        # images), labels and contacts, one query each; "In the news": view
        # restrictions, the three stories, their image renditions, areas and
        # tags, and the news index for "see all"; the logo and one rendition
        # each for the page, the JSON-LD and Open Graph; the product image's
        # rendition.
        self.assertEqual(self.small["member page"], self.large["member page"])

    def test_news_cards_on_a_member_page_cost_no_query_each(self):
        # The member pages differ only by how many stories mention them.
        self.assertEqual(
            self.large["member page"], self.large["member page, one story"]
        )

    def test_the_pages_measured_show_what_they_should(self):
        client = self.client_class()
        self.assertContains(client.get(URLS["directory"]), "500 members")
        for name in ("filtered directory", "list view", "text search"):
            with self.subTest(name):
                response = client.get(URLS[name])
                self.assertContains(response, "/en/members/company-")
                self.assertNotContains(response, "empty-state")
        self.assertContains(client.get(URLS["member page"]), "Story 2")
