"""The projects index: who is listed and in what order, pages, the filters
(area with its domains, status, label year, partner), the choices they offer,
and bad input, which is ignored and never a 500."""

import datetime
from decimal import Decimal
from unittest import mock
from urllib.parse import parse_qs, urlsplit

from django.test import TestCase
from wagtail.models import PageViewRestriction

from demo.factories.core import OrganisationFactory
from tests.conftest import build_site_tree
from tests.core.helpers import soup_of, titles
from tests.members.support import build_member_tree, make_member
from tests.projects.support import build_project_tree, make_project

INDEX = "/en/projects/"
FRENCH_INDEX = "/fr/projets/"
# Newest label first.
ALL = ["Heart monitor", "Pacemaker", "Diagnostic kit", "Cell therapy", "Old project"]
HUGE = "99999999999999999999"


def results_count(soup):
    return soup.select_one(".results-count").get_text(strip=True)


def options(soup, name):
    """(value, text) of every option of a filter, in order."""
    return [
        (option["value"], option.get_text(strip=True))
        for option in soup.select(f"form.filters select[name={name}] option")
    ]


def make_private(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type="password", password="secret"
    )
    return page


class IndexTestCase(TestCase):
    """Five live English projects; a draft and a private project whose year,
    partners and money must not show; a live project's unpublished partner;
    and a French project."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_project_tree(build_site_tree()))
        index, directory = tree["projects_index"], tree["directory"]
        medtech, biopharma = tree["medtech"], tree["biopharma"]
        implants = tree["implants"]
        cls.medco = make_member(directory, title="MedCo", slug="medco")
        cls.bionova = make_member(directory, title="BioNova", slug="bionova")
        cls.hidden = make_member(directory, title="Hidden Co", draft=True)
        cls.draft_only = make_member(directory, title="Draft-only Co")
        cls.private_only = make_member(directory, title="Private-only Co")
        cls.university = OrganisationFactory(name="University of Liège")
        cls.draft_org = OrganisationFactory(name="Draft Partner Org")
        cls.private_org = OrganisationFactory(name="Private Partner Org")

        def role(role, **target):
            return {"role": role, **target}

        # Created out of order, so the list must sort them.
        make_project(
            index,
            title="Cell therapy",
            label_date=datetime.date(2021, 3, 15),
            status="labelled",
            strategic_areas=[biopharma],
            partners=[role("coordinator", member=cls.bionova)],
        )
        make_project(
            index,
            title="Heart monitor",
            label_date=datetime.date(2023, 5, 10),
            status="running",
            strategic_areas=[medtech],
            partners=[
                role("coordinator", member=cls.medco),
                role("academic", organisation=cls.university),
                role("industrial", member=cls.hidden),
            ],
        )
        make_project(
            index,
            title="Old project",
            label_date=datetime.date(2020, 2, 1),
            status="stopped",
        )
        # Filed under a priority domain of medtech only.
        make_project(
            index,
            title="Pacemaker",
            label_date=datetime.date(2022, 9, 1),
            status="completed",
            strategic_areas=[implants],
            partners=[role("industrial", member=cls.medco)],
        )
        make_project(
            index,
            title="Diagnostic kit",
            label_date=datetime.date(2021, 11, 20),
            status="running",
            strategic_areas=[medtech, biopharma],
        )
        # Never listed, offered or counted.
        money = {
            "total_budget": Decimal("9000000.00"),
            "private_funding": Decimal("8000000.00"),
        }
        make_project(
            index,
            title="Secret draft",
            draft=True,
            label_date=datetime.date(2019, 6, 1),
            status="completed",
            strategic_areas=[biopharma],
            partners=[
                role("coordinator", member=cls.draft_only),
                role("academic", organisation=cls.draft_org),
            ],
            **money,
        )
        make_private(
            make_project(
                index,
                title="Members-only project",
                label_date=datetime.date(2018, 4, 1),
                status="completed",
                strategic_areas=[medtech],
                partners=[
                    role("coordinator", member=cls.private_only),
                    role("academic", organisation=cls.private_org),
                ],
                **money,
            )
        )
        make_project(
            tree["projects_index_fr"],
            title="Projet français",
            slug="projet-francais",
            label_date=datetime.date(2022, 1, 10),
        )

    def fetch(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url[:80])
        return response

    def soup(self, url):
        return soup_of(self.fetch(url))


class ListingTests(IndexTestCase):
    def test_live_public_projects_newest_label_first(self):
        soup = self.soup(INDEX)
        self.assertEqual(titles(soup), ALL)
        self.assertEqual(results_count(soup), "5 projects")

    def test_a_card_shows_status_year_coordinator_areas_and_money(self):
        soup = self.soup(INDEX)
        (card,) = [
            card
            for card in soup.select("article.project-card")
            if card.select_one(".card__title").get_text(strip=True) == "Heart monitor"
        ]
        self.assertEqual(
            card.select_one(".card__title a")["href"], "/en/projects/heart-monitor/"
        )
        self.assertIn("Running", card.select_one(".card__eyebrow").get_text())
        meta = " ".join(card.select_one(".card__meta").get_text().split())
        self.assertEqual(meta, "Labelled in 2023 · coordinated by MedCo")
        self.assertEqual(
            [chip.get_text(strip=True) for chip in card.select(".chip")], ["Medtech"]
        )
        money = " ".join(card.select_one(".project-card__money").get_text().split())
        self.assertEqual(money, "€1M budget · 30% private")

    def test_drafts_and_private_projects_are_not_listed(self):
        response = self.fetch(INDEX)
        for text in (
            "Secret draft",
            "Members-only project",
            "Draft-only Co",
            "Draft Partner Org",
            "Private-only Co",
            "Private Partner Org",
        ):
            with self.subTest(text):
                self.assertNotContains(response, text)

    def test_drafts_and_private_projects_are_not_counted_in_the_figures(self):
        response = self.fetch(INDEX)
        overall = response.context["figures"].overall
        # Five live projects of the factory's €1M, €300k of it private.
        self.assertEqual(overall.count, 5)
        self.assertEqual(overall.total, Decimal("5000000.00"))
        self.assertEqual(overall.private, Decimal("1500000.00"))
        self.assertEqual(overall.public, Decimal("3500000.00"))
        soup = soup_of(response)
        shown = {
            item.select_one("dt").get_text(strip=True): item.select_one("dd")
            for item in soup.select(".key-figures__item")
        }
        self.assertEqual(shown["projects"].get_text(strip=True), "5")
        self.assertEqual(shown["total budget"].get_text(strip=True), "€5M")
        self.assertEqual(shown["total budget"].abbr["title"], "€5,000,000")
        self.assertEqual(shown["private funding"].get_text(strip=True), "€1.5M")
        self.assertEqual(shown["private share"].get_text(strip=True), "30%")
        # No year of the draft (2019) or of the private project (2018).
        years = [group.label for group in response.context["figures"].by_year]
        self.assertEqual(years, ["2020", "2021", "2022", "2023"])

    def test_the_french_index_lists_the_french_projects(self):
        self.assertNotIn("Projet français", titles(self.soup(INDEX)))
        soup = self.soup(FRENCH_INDEX)
        self.assertEqual(soup.html["lang"], "fr")
        self.assertEqual(titles(soup), ["Projet français"])
        self.assertEqual(
            soup.select_one(".card__title a")["href"], "/fr/projets/projet-francais/"
        )
        self.fetch("/fr/projets/projet-francais/")

    def test_an_empty_selection_says_so_and_offers_every_project(self):
        soup = self.soup(f"{INDEX}?area=biopharma&year=2020")
        self.assertEqual(titles(soup), [])
        self.assertEqual(results_count(soup), "0 projects")
        empty = soup.select_one(".empty-state")
        self.assertIn("No project matches these filters.", empty.get_text())
        self.assertEqual(empty.select_one("a")["href"], INDEX)


class PaginationTests(IndexTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # Ten more, all older than the others, all in medtech: 15 projects.
        for n in range(10):
            make_project(
                cls.tree["projects_index"],
                title=f"Bulk {n:02}",
                label_date=datetime.date(2019, 12, 20 - n),
                strategic_areas=[cls.tree["medtech"]],
            )
        cls.everything = ALL + [f"Bulk {n:02}" for n in range(10)]

    def test_twelve_a_page(self):
        first = self.soup(INDEX)
        self.assertEqual(titles(first), self.everything[:12])
        self.assertEqual(results_count(first), "15 projects")
        self.assertEqual(titles(self.soup(f"{INDEX}?page=2")), self.everything[12:])

    def test_a_bad_page_number_shows_a_real_page(self):
        for query, expected in [
            ("page=999", self.everything[12:]),
            (f"page={HUGE}", self.everything[12:]),
            ("page=0", self.everything[12:]),
            ("page=-1", self.everything[12:]),
            ("page=abc", self.everything[:12]),
            ("page=", self.everything[:12]),
            ("page=1.5", self.everything[:12]),
            ("page=%F0%9F%92%A5", self.everything[:12]),
            # Too long to be read as a number (Python's limit): the first page.
            ("page=" + "9" * 10_000, self.everything[:12]),
        ]:
            with self.subTest(query[:30]):
                self.assertEqual(titles(self.soup(f"{INDEX}?{query}")), expected)

    def test_the_next_page_keeps_the_filters(self):
        soup = self.soup(f"{INDEX}?area=medtech")
        medtech = ["Heart monitor", "Pacemaker", "Diagnostic kit"]
        medtech += [f"Bulk {n:02}" for n in range(10)]
        self.assertEqual(titles(soup), medtech[:12])
        self.assertEqual(results_count(soup), "13 projects")
        next_link = soup.select_one("nav.pagination a[rel=next]")
        self.assertEqual(
            parse_qs(urlsplit(next_link["href"]).query),
            {"area": ["medtech"], "page": ["2"]},
        )
        self.assertEqual(titles(self.soup(INDEX + next_link["href"])), medtech[12:])

    def test_only_the_first_unfiltered_page_is_indexed(self):
        noindex = 'meta[name=robots][content="noindex, follow"]'
        self.assertIsNone(self.soup(INDEX).select_one(noindex))
        self.assertIsNotNone(self.soup(f"{INDEX}?page=2").select_one(noindex))
        self.assertIsNotNone(self.soup(f"{INDEX}?status=running").select_one(noindex))


class FilterTests(IndexTestCase):
    def filters(self):
        medco, bionova = f"member-{self.medco.pk}", f"member-{self.bionova.pk}"
        university = f"organisation-{self.university.pk}"
        return [
            # An area includes the projects filed under its priority domains.
            ("area=medtech", ["Heart monitor", "Pacemaker", "Diagnostic kit"]),
            ("area=implanted-devices", ["Pacemaker"]),
            ("area=biopharma", ["Diagnostic kit", "Cell therapy"]),
            ("status=running", ["Heart monitor", "Diagnostic kit"]),
            ("status=completed", ["Pacemaker"]),
            ("status=labelled", ["Cell therapy"]),
            ("status=stopped", ["Old project"]),
            ("year=2021", ["Diagnostic kit", "Cell therapy"]),
            ("year=2023", ["Heart monitor"]),
            ("year=2020", ["Old project"]),
            (f"partner={medco}", ["Heart monitor", "Pacemaker"]),
            (f"partner={bionova}", ["Cell therapy"]),
            (f"partner={university}", ["Heart monitor"]),
            ("area=medtech&year=2021", ["Diagnostic kit"]),
            ("area=medtech&status=running", ["Heart monitor", "Diagnostic kit"]),
            (f"area=medtech&partner={medco}&status=completed", ["Pacemaker"]),
            (f"area=biopharma&partner={medco}", []),
            # Empty values are no filter.
            ("area=&status=&year=&partner=", ALL),
        ]

    def test_each_filter_and_their_combinations(self):
        for query, expected in self.filters():
            with self.subTest(query):
                soup = self.soup(f"{INDEX}?{query}")
                self.assertEqual(titles(soup), expected)
                count = len(expected)
                self.assertEqual(
                    results_count(soup), f"{count} project{'' if count == 1 else 's'}"
                )

    def test_a_project_in_an_area_and_its_domain_is_listed_once(self):
        make_project(
            self.tree["projects_index"],
            title="Smart implant",
            label_date=datetime.date(2023, 1, 1),
            strategic_areas=[self.tree["medtech"], self.tree["implants"]],
        )
        soup = self.soup(f"{INDEX}?area=medtech")
        self.assertEqual(
            titles(soup),
            ["Heart monitor", "Smart implant", "Pacemaker", "Diagnostic kit"],
        )
        self.assertEqual(results_count(soup), "4 projects")

    def test_the_filter_form_keeps_the_chosen_values(self):
        soup = self.soup(f"{INDEX}?area=medtech&status=running&year=2023")
        for name, value in [("area", "medtech"), ("status", "running")]:
            selected = soup.select_one(f"select[name={name}] option[selected]")
            self.assertEqual(selected["value"], value)
        self.assertEqual(
            soup.select_one("select[name=year] option[selected]")["value"], "2023"
        )
        self.assertIn("filters on", soup.select_one(".filter-panel__summary").text)
        clear = [a for a in soup.select(".filters a") if "Clear" in a.get_text()]
        self.assertEqual([a["href"] for a in clear], [INDEX])

    def test_the_area_and_status_choices(self):
        soup = self.soup(INDEX)
        self.assertEqual(
            [value for value, _ in options(soup, "area")],
            ["", "biopharma", "medtech", "implanted-devices"],
        )
        self.assertEqual(
            options(soup, "status"),
            [
                ("", "All"),
                ("labelled", "Labelled"),
                ("running", "Running"),
                ("completed", "Completed"),
                ("stopped", "Stopped"),
            ],
        )

    def test_only_years_of_published_projects_are_offered(self):
        # 2019 is only a draft's and 2018 only a private project's year.
        self.assertEqual(
            [value for value, _ in options(self.soup(INDEX), "year")],
            ["", "2023", "2022", "2021", "2020"],
        )

    def test_only_partners_of_published_projects_are_offered(self):
        soup = self.soup(INDEX)
        groups = {
            group["label"]: [
                (option["value"], option.get_text(strip=True))
                for option in group.select("option")
            ]
            for group in soup.select("select[name=partner] optgroup")
        }
        self.assertEqual(
            groups,
            {
                "Members": [
                    (f"member-{self.bionova.pk}", "BioNova"),
                    (f"member-{self.medco.pk}", "MedCo"),
                ],
                "Other organisations": [
                    (f"organisation-{self.university.pk}", "University of Liège")
                ],
            },
        )

    def test_the_menu_offers_the_busiest_partners_and_any_partner_filters(self):
        bionova = f"member-{self.bionova.pk}"
        with mock.patch("projects.filters.MOST_PARTNERS", 1):
            menu = [value for value, _ in options(self.soup(INDEX), "partner")]
            # MedCo is in two projects, BioNova in one.
            self.assertEqual(
                menu,
                ["", f"member-{self.medco.pk}", f"organisation-{self.university.pk}"],
            )
            soup = self.soup(f"{INDEX}?partner={bionova}")
        self.assertEqual(titles(soup), ["Cell therapy"])
        selected = soup.select_one("select[name=partner] option[selected]")
        self.assertEqual(
            (selected["value"], selected.get_text(strip=True)), (bionova, "BioNova")
        )

    def test_an_unpublished_member_partner_is_never_named(self):
        # It is a partner of the live "Heart monitor": neither a choice, nor
        # on the card, nor reachable through the filter.
        for url in (
            INDEX,
            f"{INDEX}?partner=member-{self.hidden.pk}",
            f"{INDEX}?year=2023",
        ):
            with self.subTest(url):
                self.assertNotContains(self.fetch(url), "Hidden Co")
        soup = self.soup(f"{INDEX}?partner=member-{self.hidden.pk}")
        self.assertEqual(titles(soup), ALL)

    def test_a_partner_of_a_draft_or_private_project_is_not_a_filter(self):
        for partner in (
            f"member-{self.draft_only.pk}",
            f"organisation-{self.draft_org.pk}",
            f"member-{self.private_only.pk}",
            f"organisation-{self.private_org.pk}",
        ):
            with self.subTest(partner):
                response = self.fetch(f"{INDEX}?partner={partner}")
                self.assertEqual(titles(soup_of(response)), ALL)
                self.assertFalse(response.context["filter_form"].is_filtered())

    # Bad input: a value that means nothing is ignored, never a 500.

    def junk(self):
        return [
            "area=unknown",
            "area=" + "m" * 10_000,
            "area=m%C3%A9dtech",
            "area=MEDTECH",
            "area=%00",
            "area=%F0%9F%92%A5",
            "area[]=medtech",
            "area=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "status=unknown",
            "status=RUNNING",
            "status=" + "s" * 10_000,
            "status=%E2%91%A0",
            "status=%00",
            "year=abc",
            "year=-1",
            "year=0",
            "year=2021.0",
            "year=%202021",
            "year=2019",  # only a draft's
            "year=2018",  # only a private project's
            f"year={HUGE}",
            "year=" + "9" * 10_000,
            "year=%D9%A2%D9%A0%D9%A2%D9%A1",  # 2021 in Arabic-Indic digits
            "year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%91",  # full-width 2021
            "year=%00",
            "year=2021&year=nonsense",
            "partner=member-abc",
            "partner=foo-1",
            f"partner=foo-{self.medco.pk}",
            "partner=member-",
            "partner=-1",
            "partner=member--1",
            "partner=member-0",
            f"partner=member-{HUGE}",
            f"partner=organisation-{HUGE}",
            "partner=organisation-" + "9" * 10_000,
            "partner=" + "p" * 10_000,
            "partner=member-%E2%91%A0",
            f"partner=member-{self.medco.pk}.0",
            f"partner=organisation-{self.medco.pk}x",
            f"partner=Member-{self.medco.pk}",
            "partner=%00",
            "partner=%F0%9F%92%A5",
        ]

    def test_a_junk_value_is_ignored_and_shows_every_project(self):
        for query in self.junk():
            with self.subTest(query[:50]):
                response = self.client.get(f"{INDEX}?{query}")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(titles(soup_of(response)), ALL)
                self.assertEqual(response.context["figures"].overall.count, 5)
                self.assertNotIn(b"<script>alert", response.content)

    def test_a_junk_value_leaves_the_other_filters_working(self):
        for query in (
            f"area=medtech&year={HUGE}",
            "area=medtech&partner=foo-1",
            "area=medtech&status=%00",
            "area=medtech&page=abc",
        ):
            with self.subTest(query):
                self.assertEqual(
                    titles(self.soup(f"{INDEX}?{query}")),
                    ["Heart monitor", "Pacemaker", "Diagnostic kit"],
                )

    def test_the_french_index_ignores_an_english_area(self):
        # English areas are not the French index's: no filter, every project.
        soup = self.soup(f"{FRENCH_INDEX}?area=medtech")
        self.assertEqual(titles(soup), ["Projet français"])


class EmptyIndexTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_project_tree(build_site_tree())

    def test_an_index_without_projects_says_so(self):
        for url in (INDEX, FRENCH_INDEX, f"{INDEX}?area=medtech&partner=foo-1"):
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                soup = soup_of(response)
                self.assertEqual(titles(soup), [])
                self.assertIsNotNone(soup.select_one(".empty-state"))
                self.assertIsNone(soup.select_one(".project-figures svg"))
                self.assertEqual(response.context["figures"].overall.count, 0)
        self.assertContains(
            self.client.get(INDEX), "No project is published yet.", html=False
        )
