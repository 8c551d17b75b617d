"""The projects pages and open data run as many SQL queries with 500 projects as
with 20.

Each URL is fetched once to create its image renditions and fill Wagtail's
caches, then the cache is emptied and the URL fetched again inside
CaptureQueriesContext, as tests.core.helpers.count_queries does: the count is
the worst a visitor meets once the site has been visited, and must depend
neither on how many projects there are nor on how many cards, partners or
outcomes a page shows.

The numbers in the comments are those measured on SQLite and PostgreSQL
alike; only their equality is asserted.
"""

import contextlib
import csv
import dataclasses
import datetime
import difflib
import io
import json
import re
from decimal import Decimal

from django.core.cache import cache
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.signal_handlers import disable_reference_index_auto_update

from demo.factories.core import OrganisationFactory, StrategicAreaFactory
from demo.factories.news import NewsIndexPageFactory
from projects.models import ProjectOutcome, ProjectPage, ProjectPartner
from projects.sections import ProjectsOfMember
from tests.conftest import build_site_tree
from tests.core.helpers import QUERY_BUDGET, analyze_bulk_data, make_image, publish
from tests.members.support import build_member_tree, make_member
from tests.news.support import make_story
from tests.projects.support import build_project_tree, make_project

SMALL, LARGE = 20, 500
STATUSES = [status for status, _ in ProjectPage.Status.choices]
ROLES = [role for role, _ in ProjectPartner.Role.choices]
# Every role but the coordinator's, which most projects' first partner has.
OTHER_ROLES = [role for role in ROLES if role != ProjectPartner.Role.COORDINATOR]
KINDS = [kind for kind, _ in ProjectOutcome.Kind.choices]
YEARS = [2019, 2020, 2021, 2022, 2023]
SEARCH_BACKEND = {"BACKEND": "wagtail.search.backends.database"}
INDEX_URL = "/en/projects/"
PROJECT_URL = "/en/projects/measured-project/"
CARD = b'class="card project-card"'
# The listings whose page holds more projects at the larger size.
GROWING = ["filtered index", "member's projects", "organisation's projects"]


@contextlib.contextmanager
def quickly():
    """No URL measured reads the search or the reference index: left out,
    the 500 projects build about twice as fast."""
    with (
        disable_reference_index_auto_update(),
        override_settings(
            WAGTAILSEARCH_BACKENDS={"default": {**SEARCH_BACKEND, "AUTO_UPDATE": False}}
        ),
    ):
        yield


@dataclasses.dataclass
class Measured:
    """One measured fetch: its query count, the SQL run and the response body."""

    count: int
    sql: list
    content: bytes
    warm: int  # the queries of the next fetch, the cache filled again

    @property
    def cards(self):
        return self.content.count(CARD)

    @property
    def text(self):
        return self.content.decode("utf-8-sig")


def measure(client, url):
    """Fetch `url` once, empty the cache, then fetch it again and count."""
    assert client.get(url).status_code == 200, url
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        content = response.getvalue()  # a streamed export queries as it is read
    assert response.status_code == 200, url
    with CaptureQueriesContext(connection) as warm:
        assert client.get(url).getvalue(), url
    return Measured(
        count=len(queries),
        sql=[query["sql"] for query in queries.captured_queries],
        content=content,
        warm=len(warm),
    )


def sql_diff(few, many):
    """The queries that differ between two fetches (numbers blurred), so a
    failure names the query that repeats."""

    def shape(queries):
        return [re.sub(r"\d+", "N", sql)[:300] for sql in queries]

    return "\n" + "\n".join(
        difflib.unified_diff(shape(few), shape(many), "few", "many", lineterm="")
    )


def build_tree():
    """Projects indexes with their areas, a member directory and a news index."""
    tree = build_project_tree(build_member_tree(build_site_tree()))
    tree["news"] = publish(NewsIndexPageFactory(parent=tree["home"], locale=tree["en"]))
    tree["ehealth"] = StrategicAreaFactory(
        locale=tree["en"], name="E-health", slug="e-health", sort_order=2
    )
    return tree


def logo(name):
    return make_image(f"{name} logo", width=40, height=20)


def members(tree, names):
    return [
        make_member(
            tree["directory"],
            title=name,
            slug=name.lower().replace(" ", "-"),
            logo=logo(name),
        )
        for name in names
    ]


def organisations(names):
    return [
        OrganisationFactory(
            name=name, website=f"https://org{n}.example.org/", logo=logo(name)
        )
        for n, name in enumerate(names)
    ]


def outcomes(count, first_year=2022):
    return [
        {
            "kind": KINDS[n % len(KINDS)],
            "title": f"Outcome {n}",
            "description": "What came of it.",
            "year": first_year + n,
            "url": "https://example.org/outcome/",
        }
        for n in range(count)
    ]


class QueryCountTests(TestCase):
    """Measured once for both sizes; each test compares one URL or a few."""

    @classmethod
    def partners_of(cls, n):
        """Two to four partners, members and organisations alternating; the
        first coordinates unless the cluster does (one project in seven)."""
        links = []
        for k in range(2 + n % 3):
            position = n + k
            if position % 2 == 0:
                link = {"member": cls.companies[position // 2 % len(cls.companies)]}
            else:
                link = {"organisation": cls.partners[position // 2 % len(cls.partners)]}
            if k == 0 and n % 7:
                link["role"] = ProjectPartner.Role.COORDINATOR
            else:
                link["role"] = OTHER_ROLES[position % len(OTHER_ROLES)]
            links.append(link)
        return links

    @classmethod
    def add_projects(cls, start, count):
        # Project n: a status and a year of labelling in turn; one area, or
        # two for every other project (the medtech domain among them); the
        # partners above; no, one or two outcomes; the public funding entered
        # for one in three, the total minus the private for the others.
        with quickly():
            for n in range(start, start + count):
                areas = [cls.areas[n % len(cls.areas)]]
                if n % 2:
                    areas.append(cls.areas[(n + 1) % len(cls.areas)])
                total = Decimal(100_000 * (1 + n % 9))
                make_project(
                    cls.tree["projects_index"],
                    title=f"Project {n:03}",
                    slug=f"project-{n:03}",
                    acronym=f"P{n:03}",
                    label_date=datetime.date(
                        YEARS[n % len(YEARS)], 1 + n % 12, 1 + n % 28
                    ),
                    status=STATUSES[n % len(STATUSES)],
                    coordinated_by_cluster=n % 7 == 0,
                    total_budget=total,
                    private_funding=total * Decimal("0.3"),
                    public_funding=total * Decimal("0.5") if n % 3 == 0 else None,
                    strategic_areas=areas,
                    partners=cls.partners_of(n),
                    outcomes=outcomes(n % 3),
                )

    @classmethod
    def add_measured_project(cls):
        """A project with everything its page shows: five partners (three
        members, two organisations, all with logos), three outcomes, two
        areas and a story that mentions it. Labelled before every other
        project, it stays on the index's last page and out of the filtered
        index."""
        tree = cls.tree
        cls.measured = make_project(
            tree["projects_index"],
            title="Measured project",
            slug="measured-project",
            acronym="MEAS",
            label_date=datetime.date(2015, 3, 1),
            start_date=datetime.date(2015, 6, 1),
            end_date=datetime.date(2018, 5, 31),
            status=ProjectPage.Status.COMPLETED,
            coordinated_by_cluster=True,
            strategic_areas=[tree["implants"], tree["biopharma"]],
            partners=[
                {"member": cls.solo, "role": "coordinator"},
                {"member": cls.companies[0], "role": "industrial"},
                {"organisation": cls.partners[0], "role": "academic"},
                {"organisation": cls.partners[1], "role": "hospital"},
                {"member": cls.companies[1], "role": "subcontractor"},
            ],
            outcomes=outcomes(3, first_year=2017),
        )
        make_story(
            tree["news"],
            title="The measured project reaches the market",
            date=datetime.date(2024, 1, 10),
            lead_image=make_image("Story", width=64, height=36),
            strategic_areas=[tree["medtech"]],
            tags=["projects"],
            related=[cls.measured],
        )

    @classmethod
    def filters(cls):
        """Project 001's area, status and year: one project matches among
        the first 20, a dozen and more among 500."""
        return f"area=medtech&status={cls.status}&year={cls.year}"

    @classmethod
    def urls(cls):
        busy, organisation = cls.companies[0], cls.partners[0]
        return {
            "index": INDEX_URL,
            "filtered index": f"{INDEX_URL}?{cls.filters()}",
            # The member page's "see all" link, and an organisation's.
            "member's projects": f"{INDEX_URL}?partner=member-{busy.pk}",
            "organisation's projects": (
                f"{INDEX_URL}?partner=organisation-{organisation.pk}"
            ),
            "index, page 2": f"{INDEX_URL}?page=2",
            "csv export": f"{INDEX_URL}export/csv/",
            "json export": f"{INDEX_URL}export/json/",
            "filtered csv export": f"{INDEX_URL}export/csv/?{cls.filters()}",
            "project page": PROJECT_URL,
            # A member in many projects, and one in the measured project only.
            "member page": busy.url,
            "member page, one project": cls.solo.url,
        }

    @classmethod
    def measure(cls):
        client = cls.client_class()
        return {name: measure(client, url) for name, url in cls.urls().items()}

    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_tree()
        cls.areas = [
            tree["medtech"],
            tree["implants"],
            tree["biopharma"],
            tree["ehealth"],
        ]
        cls.companies = members(tree, [f"Company {n}" for n in range(10)])
        cls.partners = organisations([f"Organisation {n}" for n in range(5)])
        (cls.solo,) = members(tree, ["Solo"])
        cls.add_measured_project()
        cls.add_projects(1, SMALL - 1)
        first = ProjectPage.objects.get(slug="project-001")
        cls.status, cls.year = first.status, first.label_date.year
        analyze_bulk_data()
        cls.small = cls.measure()
        cls.add_projects(SMALL, LARGE - SMALL)
        analyze_bulk_data()
        cls.large = cls.measure()

    def assertSameCount(self, *names):
        for name in names:
            with self.subTest(name):
                small, large = self.small[name], self.large[name]
                self.assertEqual(
                    small.count, large.count, sql_diff(small.sql, large.sql)
                )

    def test_every_page_keeps_to_the_query_budget_when_warm(self):
        for size in ("small", "large"):
            for name, measured in getattr(self, size).items():
                with self.subTest(size=size, page=name):
                    self.assertLessEqual(measured.warm, QUERY_BUDGET)

    def test_the_index_query_count_does_not_grow(self):
        # 29 queries at both sizes. Site, locale and routing (home, index, its
        # specific page, aliases, view restrictions): 7; language alternates,
        # site root paths (the sites, their home pages' translations),
        # breadcrumbs: 4; the filter form: areas, view restrictions and label
        # years, view restrictions and member partners, organisation partners:
        # 6; the listing's view restrictions and the figures panel with its two
        # charts (one query for the whole and the areas, one for the years): 3;
        # the paginator's count, one page of projects, their areas, their
        # coordinators (members and organisations joined): 4; the index's locale
        # for the JSON-LD, contact and navigation settings, the active locale,
        # the footer text: 5.
        self.assertSameCount("index", "index, page 2")

    def test_a_filtered_index_query_count_does_not_grow(self):
        # 29 at both sizes, as the index: area (with its domains), status and
        # year are conditions of the same queries.
        self.assertSameCount("filtered index")

    def test_the_index_by_partner_query_count_does_not_grow(self):
        # 29 at both sizes, as the index: the partner is a join (and
        # DISTINCT) of the same queries; the figures read the selection
        # through its ids.
        self.assertSameCount("member's projects", "organisation's projects")

    def test_the_exports_query_count_does_not_grow(self):
        # CSV, filtered or not, 20 at both sizes: site, locale and routing: 7;
        # the filter form, as on the index: 6; the selection's view
        # restrictions: 1; site root paths (the sites, their home pages'
        # translations) for the index's full URL, contact settings (the
        # cluster's name): 3; every project, their areas, their partners
        # (members and organisations joined): 3. JSON, 22 at both sizes: the
        # same, and the totals, 2 (the whole, and the years figures_for also
        # computes).
        self.assertSameCount("csv export", "filtered csv export", "json export")

    def test_the_project_page_query_count_does_not_grow(self):
        # 29 at both sizes. Site, locale and routing (home, index, project and
        # their specific pages, aliases, view restrictions): 9; language
        # alternates, site root paths (the sites, their home pages'
        # translations), breadcrumbs: 4; areas, partners (members, organisations
        # and logos joined), the members' and the organisations' logo
        # renditions, contact settings (the cluster coordinates), outcomes: 6;
        # "In the news": view restrictions, the news index, the story (image
        # joined), its renditions, areas and tags: 6; navigation settings, the
        # page's locale for the JSON-LD, the active locale, the footer text: 4.
        self.assertSameCount("project page")

    def test_the_member_page_projects_section_does_not_grow(self):
        # 38 at both sizes. The member's own page as in
        # tests/members/test_queries.py (routing 9, chrome 4, sectors, areas,
        # technologies, products, labels, contacts 6, logo and its three
        # renditions 4, settings, locale and footer 4); "In the news" and
        # "Events", 3 each (view restrictions, items, index); then
        # "Projects", 5: view restrictions, the projects index for "see all",
        # up to three projects, their areas, their coordinators.
        self.assertSameCount("member page", "member page, one project")

    def test_project_cards_on_a_member_page_cost_no_query_each(self):
        # 38 with three cards as with one.
        few, many = self.large["member page, one project"], self.large["member page"]
        self.assertEqual(few.count, many.count, sql_diff(few.sql, many.sql))

    def test_the_listings_measured_show_projects(self):
        # A count taken on an empty page proves nothing, and one taken on
        # pages showing as many cards at both sizes would miss a query per
        # card.
        for size in ("small", "large"):
            measured = getattr(self, size)
            with self.subTest(size):
                self.assertEqual(measured["index"].cards, 12)
                self.assertEqual(measured["member page"].cards, ProjectsOfMember.limit)
                self.assertEqual(measured["member page, one project"].cards, 1)
        self.assertEqual(self.small["index, page 2"].cards, 8)
        self.assertEqual(self.large["index, page 2"].cards, 12)
        for name in GROWING:
            with self.subTest(name):
                self.assertGreater(self.small[name].cards, 0)
                self.assertGreater(self.large[name].cards, self.small[name].cards)

    def test_the_index_measured_shows_its_figures_and_charts(self):
        for size, count in (("small", SMALL), ("large", LARGE)):
            with self.subTest(size):
                text = getattr(self, size)["index"].text
                self.assertIn("All projects in figures", text)
                self.assertIn(f"<dt>projects</dt><dd>{count}</dd>", text)
                self.assertIn(f"{count} projects</p>", text)
                # One chart by area, one by year, each with its table.
                self.assertEqual(text.count('<figure class="chart"'), 2)
                self.assertIn("Total budget by strategic area", text)
                self.assertIn("Total budget by year of labelling", text)
                self.assertIn('<th scope="row">E-health</th>', text)
                self.assertIn('<th scope="row">2015</th>', text)

    def test_a_filtered_index_measured_shows_its_selection(self):
        selection = (
            ProjectPage.objects.live()
            .in_area(self.tree["medtech"])
            .filter(status=self.status, label_date__year=self.year)
        )
        text = self.large["filtered index"].text
        self.assertIn("These projects in figures", text)
        self.assertIn(f"{selection.count()} projects</p>", text)
        busy = self.large["member's projects"].text
        count = ProjectPage.objects.filter(partners__member=self.companies[0]).count()
        self.assertIn(f"{count} projects</p>", busy)

    def test_the_exports_measured_hold_every_project(self):
        for size, count in (("small", SMALL), ("large", LARGE)):
            measured = getattr(self, size)
            with self.subTest(size):
                rows = list(csv.DictReader(io.StringIO(measured["csv export"].text)))
                self.assertEqual(len(rows), count)
                self.assertIn("Measured project", {row["title"] for row in rows})
                data = json.loads(measured["json export"].content)
                self.assertEqual(data["count"], count)
                self.assertEqual(len(data["projects"]), count)
                partners = {
                    partner["name"]
                    for project in data["projects"]
                    for partner in project["partners"]
                }
                self.assertIn("Organisation 4", partners)
                self.assertIn("Company 9", partners)
        filtered = csv.DictReader(io.StringIO(self.large["filtered csv export"].text))
        self.assertGreater(len(list(filtered)), self.small["filtered index"].cards)

    def test_the_pages_measured_show_what_they_should(self):
        page = self.large["project page"].text
        for text in (
            "Company 0",
            "Company 1",
            "Solo",
            "Organisation 0",
            "Organisation 1",
            "Outcome 2",
            "The measured project reaches the market",
        ):
            with self.subTest(text):
                self.assertIn(text, page)
        self.assertEqual(page.count('class="partner"'), 5)
        self.assertEqual(page.count('class="outcome"'), 3)
        member_page = self.large["member page"].text
        self.assertIn("All the projects of Company 0", member_page)
        self.assertIn(self.urls()["member's projects"], member_page)


class PartnerQueryTests(TestCase):
    """A project page costs the same with one partner as with ten, and with no
    outcome as with five.

    Pages are compared with the same kinds of partner: a page without any
    organisation skips the organisation logos' renditions query, one without
    any member the members'.
    """

    @classmethod
    def setUpTestData(cls):
        tree = build_tree()
        companies = members(tree, [f"Company {n}" for n in range(10)])
        partners = organisations([f"Organisation {n}" for n in range(10)])
        pages = {
            "one-member": (companies[:1], [], 0),
            "ten-members": (companies, [], 0),
            "one-organisation": ([], partners[:1], 0),
            "ten-organisations": ([], partners, 0),
            "one-of-each": (companies[:1], partners[:1], 0),
            "ten-of-both": (companies[:5], partners[:5], 0),
            "ten-of-both-five-outcomes": (companies[:5], partners[:5], 5),
        }
        for slug, (companies_, partners_, count) in pages.items():
            links = [{"member": member} for member in companies_]
            links += [{"organisation": partner} for partner in partners_]
            for n, link in enumerate(links):
                link["role"] = ROLES[n % len(ROLES)]
            make_project(
                tree["projects_index"],
                title=slug,
                slug=slug,
                strategic_areas=[tree["medtech"]],
                partners=links,
                outcomes=outcomes(count),
            )
        client = cls.client_class()
        cls.measured = {slug: measure(client, f"{INDEX_URL}{slug}/") for slug in pages}

    def assertSameCount(self, few, many):
        few, many = self.measured[few], self.measured[many]
        self.assertEqual(few.count, many.count, sql_diff(few.sql, many.sql))

    def test_partners_cost_no_query_each(self):
        # 25 with members only or organisations only, 26 with both (the
        # logo renditions are one query per kind): the project page's queries
        # less the story's three ("In the news" runs its view restrictions,
        # its empty list and the news index).
        for few, many in [
            ("one-member", "ten-members"),
            ("one-organisation", "ten-organisations"),
            ("one-of-each", "ten-of-both"),
        ]:
            with self.subTest(many):
                self.assertSameCount(few, many)

    def test_outcomes_cost_no_query_each(self):
        # 26 with none as with five: one query for the outcomes.
        self.assertSameCount("ten-of-both", "ten-of-both-five-outcomes")
        self.assertSameCount("one-of-each", "ten-of-both-five-outcomes")

    def test_the_pages_measured_show_everyone(self):
        few = self.measured["one-of-each"].text
        many = self.measured["ten-of-both-five-outcomes"].text
        self.assertEqual(few.count('class="partner"'), 2)
        self.assertEqual(many.count('class="partner"'), 10)
        self.assertNotIn('class="outcome"', few)
        self.assertEqual(many.count('class="outcome"'), 5)
        for name in ("Company 4", "Organisation 4", "Outcome 4"):
            with self.subTest(name):
                self.assertIn(name, many)
        self.assertEqual(self.measured["ten-members"].text.count('class="partner"'), 10)
        self.assertEqual(
            self.measured["ten-organisations"].text.count('class="partner"'), 10
        )
