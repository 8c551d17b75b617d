"""The projects as open data: CSV and JSON of the index's filtered selection,
amounts to the cent, partners named with their role, formulas neutralised,
and nothing a visitor of the index could not see."""

import csv
import datetime
import io
import json
from decimal import Decimal

from bs4 import BeautifulSoup
from django.test import TestCase
from wagtail.models import PageViewRestriction

from demo.factories.core import OrganisationFactory
from projects.exports import FIELDS
from tests.conftest import build_site_tree
from tests.members.support import build_member_tree, make_member
from tests.projects.support import build_project_tree, make_project

INDEX = "/en/projects/"
CSV_URL = "/en/projects/export/csv/"
JSON_URL = "/en/projects/export/json/"
TRICKY_SUMMARY = 'Makes "smart" monitors; sensors,\nand, on Fridays, "waffles"'
# Each starts with a character that makes a spreadsheet run the cell.
FORMULAS = {
    "title": '=HYPERLINK("http://evil.example","Click")',
    "acronym": "-2+3",
    "summary": "+1+cmd|' /C calc'!A0",
    "public_funding_source": "\t=1+1",
}
FORMULA_ORGANISATION = "@SUM(1)"
# Newest label first.
ALL = ["Heart monitor", FORMULAS["title"], "Cluster project"]
HUGE = "99999999999999999999"


def today():
    return datetime.date.today().isoformat()


class ExportTests(TestCase):
    """Three live English projects, a draft, a private project, a live
    project's unpublished partner and a French project."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_project_tree(build_site_tree()))
        index, directory = tree["projects_index"], tree["directory"]
        cls.medco = make_member(directory, title="MedCo", slug="medco")
        cls.hidden = make_member(directory, title="Hidden Co", draft=True)
        cls.draft_only = make_member(directory, title="Draft-only Co")
        cls.university = OrganisationFactory(
            name="University of Liège", acronym="ULiège"
        )
        cls.formula_org = OrganisationFactory(name=FORMULA_ORGANISATION)
        cls.heart = make_project(
            index,
            title="Heart monitor",
            acronym="HM",
            label_date=datetime.date(2023, 5, 10),
            status="running",
            start_date=datetime.date(2023, 9, 1),
            end_date=datetime.date(2026, 8, 31),
            summary=TRICKY_SUMMARY,
            strategic_areas=[tree["implants"], tree["medtech"]],
            total_budget=Decimal("1250000.50"),
            private_funding=Decimal("400000.25"),
            public_funding=None,
            public_funding_source="Walloon Region",
            partners=[
                {"role": "coordinator", "member": cls.medco},
                {"role": "industrial", "member": cls.hidden},
                {"role": "academic", "organisation": cls.university},
            ],
        )
        make_project(
            index,
            title=FORMULAS["title"],
            slug="formulas",
            acronym=FORMULAS["acronym"],
            summary=FORMULAS["summary"],
            public_funding_source=FORMULAS["public_funding_source"],
            label_date=datetime.date(2022, 2, 2),
            status="labelled",
            strategic_areas=[tree["biopharma"]],
            total_budget=Decimal("2000000.00"),
            private_funding=Decimal("500000.00"),
            partners=[
                {"role": "industrial", "organisation": cls.formula_org},
                {"role": "hospital", "organisation": cls.university},
            ],
        )
        make_project(
            index,
            title="Cluster project",
            acronym="",
            label_date=datetime.date(2021, 3, 3),
            status="completed",
            start_date=None,
            end_date=None,
            coordinated_by_cluster=True,
            total_budget=Decimal("1000000.00"),
            private_funding=Decimal("300000.00"),
            public_funding=Decimal("500000.00"),
            partners=[{"role": "coordinator", "member": cls.medco}],
        )
        # Never exported.
        make_project(
            index,
            title="Secret draft",
            draft=True,
            label_date=datetime.date(2022, 6, 6),
            strategic_areas=[tree["medtech"]],
            total_budget=Decimal("9000000.00"),
            private_funding=Decimal("9000000.00"),
            partners=[{"role": "coordinator", "member": cls.draft_only}],
        )
        private = make_project(
            index,
            title="Members-only project",
            label_date=datetime.date(2022, 7, 7),
            total_budget=Decimal("7000000.00"),
            private_funding=Decimal("1000000.00"),
        )
        PageViewRestriction.objects.create(
            page=private, restriction_type="password", password="secret"
        )
        make_project(
            tree["projects_index_fr"],
            title="Projet français",
            slug="projet-francais",
            label_date=datetime.date(2022, 1, 10),
            total_budget=Decimal("100000.00"),
            private_funding=Decimal("25000.00"),
        )

    def csv_rows(self, url=CSV_URL):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url[:80])
        text = response.getvalue().decode("utf-8")
        self.assertTrue(text.startswith("\ufeff"), "a BOM so spreadsheets read UTF-8")
        rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
        self.assertEqual(rows[0], FIELDS)
        return [dict(zip(FIELDS, row, strict=True)) for row in rows[1:]]

    def json_data(self, url=JSON_URL):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url[:80])
        return json.loads(response.content)

    def titles(self, rows):
        return [row["title"] for row in rows]

    def csv_titles(self, url=CSV_URL):
        """Titles as a spreadsheet shows them, the neutralising quote removed."""
        return [title.removeprefix("'") for title in self.titles(self.csv_rows(url))]

    # Headers and links

    def test_csv_headers(self):
        response = self.client.get(CSV_URL)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertEqual(
            response["Content-Disposition"],
            f'attachment; filename="projects-{today()}.csv"',
        )

    def test_json_headers(self):
        response = self.client.get(JSON_URL)
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertEqual(
            response["Content-Disposition"],
            f'inline; filename="projects-{today()}.json"',
        )

    def test_the_index_links_both_with_its_current_filters(self):
        def links(url):
            response = self.client.get(url)
            soup = BeautifulSoup(response.content, "html.parser")
            return [a["href"] for a in soup.select(".open-data a")]

        self.assertEqual(links(INDEX), [CSV_URL, JSON_URL])
        self.assertEqual(
            links(f"{INDEX}?area=medtech&year=2023"),
            [f"{CSV_URL}?area=medtech&year=2023", f"{JSON_URL}?area=medtech&year=2023"],
        )
        self.assertEqual(
            self.csv_titles(f"{CSV_URL}?area=medtech&year=2023"), ["Heart monitor"]
        )

    # Content

    def test_csv_lists_the_published_projects_newest_first(self):
        self.assertEqual(self.csv_titles(), ALL)

    def test_a_row_carries_the_public_fields_and_amounts_as_decimals(self):
        rows = {row["title"]: row for row in self.csv_rows()}
        self.assertEqual(
            rows["Heart monitor"],
            {
                "title": "Heart monitor",
                "acronym": "HM",
                "url": "http://testserver/en/projects/heart-monitor/",
                "status": "running",
                "label_date": "2023-05-10",
                "start_date": "2023-09-01",
                "end_date": "2026-08-31",
                # In the areas' sort order, once each.
                "strategic_areas": "Implanted devices; Medtech",
                "coordinator": "MedCo",
                # The unpublished member is left out; an organisation reads
                # as it does on the page, with its acronym.
                "partners": "MedCo (coordinator); University of Liège (ULiège) "
                "(academic)",
                "total_budget_eur": "1250000.50",
                "private_funding_eur": "400000.25",
                # None entered: the total minus the private funding.
                "public_funding_eur": "850000.25",
                "public_funding_source": "Walloon Region",
                "summary": TRICKY_SUMMARY,
            },
        )
        cluster = rows["Cluster project"]
        self.assertEqual(cluster["coordinator"], "Test cluster; MedCo")
        self.assertEqual((cluster["start_date"], cluster["end_date"]), ("", ""))
        self.assertEqual(cluster["acronym"], "")
        self.assertEqual(cluster["strategic_areas"], "")
        # Entered: not the total minus the private funding (700000.00).
        self.assertEqual(cluster["public_funding_eur"], "500000.00")
        self.assertEqual(cluster["total_budget_eur"], "1000000.00")

    def test_commas_quotes_and_newlines_round_trip(self):
        rows = self.csv_rows()
        self.assertEqual(len(rows), 3, "the newline did not split a row")
        self.assertEqual(rows[0]["summary"], TRICKY_SUMMARY)

    def test_formulas_are_neutralised_in_csv(self):
        (row,) = [row for row in self.csv_rows() if row["url"].endswith("/formulas/")]
        for field, value in FORMULAS.items():
            with self.subTest(field):
                self.assertEqual(row[field], "'" + value)
        # A partner organisation named like a formula, first in the cell.
        self.assertEqual(
            row["partners"],
            f"'{FORMULA_ORGANISATION} (industrial); University of Liège (ULiège) "
            "(hospital)",
        )
        # Nothing in any cell of the export starts a formula.
        for row in self.csv_rows():
            for field, value in row.items():
                with self.subTest(f"{row['title'][:12]} {field}"):
                    self.assertFalse(value.startswith(("=", "+", "-", "@", "\t")))

    def test_formulas_are_left_as_they_are_in_json(self):
        (project,) = [
            p for p in self.json_data()["projects"] if p["url"].endswith("/formulas/")
        ]
        for field, value in FORMULAS.items():
            with self.subTest(field):
                self.assertEqual(project[field], value)
        self.assertEqual(
            project["partners"][0], {"name": FORMULA_ORGANISATION, "role": "industrial"}
        )

    def test_json_lists_the_same_projects_with_lists_for_lists(self):
        data = self.json_data()
        self.assertEqual(data["fields"], FIELDS)
        self.assertEqual(data["count"], 3)
        self.assertEqual(self.titles(data["projects"]), ALL)
        heart = data["projects"][0]
        self.assertEqual(set(heart), set(FIELDS))
        self.assertEqual(heart["strategic_areas"], ["Implanted devices", "Medtech"])
        self.assertEqual(
            heart["partners"],
            [
                {"name": "MedCo", "role": "coordinator"},
                {"name": "University of Liège (ULiège)", "role": "academic"},
            ],
        )
        self.assertEqual(
            (
                heart["total_budget_eur"],
                heart["private_funding_eur"],
                heart["public_funding_eur"],
            ),
            ("1250000.50", "400000.25", "850000.25"),
        )
        self.assertEqual(heart["summary"], TRICKY_SUMMARY)

    def test_json_totals_are_the_index_figures(self):
        for query, expected in [
            ("", ("4250000.50", "1200000.25", "2850000.25")),
            ("area=medtech", ("1250000.50", "400000.25", "850000.25")),
            (f"partner=member-{self.medco.pk}", ("2250000.50", "700000.25",
                                                 "1350000.25")),
            ("area=medtech&status=completed", ("0.00", "0.00", "0.00")),
        ]:  # fmt: skip
            with self.subTest(query):
                data = self.json_data(f"{JSON_URL}?{query}")
                totals = data["totals"]
                self.assertEqual(
                    (
                        totals["total_budget_eur"],
                        totals["private_funding_eur"],
                        totals["public_funding_eur"],
                    ),
                    expected,
                )
                figures = self.client.get(f"{INDEX}?{query}").context["figures"]
                overall = figures.overall
                self.assertEqual(
                    expected,
                    (str(overall.total), str(overall.private), str(overall.public)),
                )
                self.assertEqual(data["count"], overall.count)
                # And the rows add up to the totals, to the cent.
                self.assertEqual(
                    sum(Decimal(p["total_budget_eur"]) for p in data["projects"]),
                    Decimal(expected[0]),
                )

    def test_the_filtered_selection_is_exported(self):
        medco = f"member-{self.medco.pk}"
        university = f"organisation-{self.university.pk}"
        for query, expected in [
            ("area=medtech", ["Heart monitor"]),
            ("area=implanted-devices", ["Heart monitor"]),
            ("area=biopharma", [FORMULAS["title"]]),
            ("status=completed", ["Cluster project"]),
            ("year=2022", [FORMULAS["title"]]),
            (f"partner={medco}", ["Heart monitor", "Cluster project"]),
            (f"partner={university}", ["Heart monitor", FORMULAS["title"]]),
            (f"partner=organisation-{self.formula_org.pk}", [FORMULAS["title"]]),
            (f"partner={medco}&status=running", ["Heart monitor"]),
            ("area=medtech&year=2022", []),
        ]:
            with self.subTest(query):
                self.assertEqual(self.csv_titles(f"{CSV_URL}?{query}"), expected)
                self.assertEqual(
                    self.titles(self.json_data(f"{JSON_URL}?{query}")["projects"]),
                    expected,
                )

    def test_the_export_is_not_paginated(self):
        for n in range(12):
            make_project(
                self.tree["projects_index"],
                title=f"Bulk {n:02}",
                label_date=datetime.date(2019, 1, 1 + n),
            )
        self.assertEqual(len(self.csv_rows()), 15)
        self.assertEqual(len(self.csv_rows(f"{CSV_URL}?page=2")), 15)
        self.assertEqual(self.json_data()["count"], 15)

    def test_drafts_private_projects_and_unpublished_members_never_appear(self):
        for url in (
            CSV_URL,
            JSON_URL,
            f"{CSV_URL}?area=medtech",
            f"{JSON_URL}?year=2022",
            f"{CSV_URL}?partner=member-{self.hidden.pk}",
            f"{JSON_URL}?partner=member-{self.draft_only.pk}",
        ):
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                for text in (
                    "Secret draft",
                    "Members-only project",
                    "Hidden Co",
                    "Draft-only Co",
                    "Projet français",
                    "9000000",
                    "7000000",
                ):
                    self.assertNotContains(response, text)

    def test_a_partner_that_is_not_offered_is_no_filter(self):
        # The unpublished member's and the draft's partner: every project.
        for partner in (f"member-{self.hidden.pk}", f"member-{self.draft_only.pk}"):
            with self.subTest(partner):
                self.assertEqual(self.csv_titles(f"{CSV_URL}?partner={partner}"), ALL)

    def test_each_language_exports_its_own_projects(self):
        rows = self.csv_rows("/fr/projets/export/csv/")
        self.assertEqual(self.titles(rows), ["Projet français"])
        self.assertEqual(
            rows[0]["url"], "http://testserver/fr/projets/projet-francais/"
        )
        data = self.json_data("/fr/projets/export/json/")
        self.assertEqual(data["count"], 1)
        self.assertEqual(data["totals"]["total_budget_eur"], "100000.00")

    def test_junk_filters_never_fail_and_export_everything(self):
        for query in [
            "area=unknown",
            "area=" + "a" * 10_000,
            "area=m%C3%A9dtech",
            "status=%3Cscript%3E",
            "status=" + "s" * 10_000,
            "year=abc",
            "year=-1",
            f"year={HUGE}",
            "year=%D9%A2%D9%A0%D9%A2%D9%A1",
            "partner=member-abc",
            "partner=foo-1",
            f"partner=member-{HUGE}",
            "partner=organisation-" + "9" * 10_000,
            "partner=%F0%9F%92%A5",
            "partner=%00",
            "page=abc",
        ]:
            with self.subTest(query[:40]):
                self.assertEqual(self.csv_titles(f"{CSV_URL}?{query}"), ALL)
                data = self.json_data(f"{JSON_URL}?{query}")
                self.assertEqual(data["count"], 3)
                self.assertEqual(data["totals"]["total_budget_eur"], "4250000.50")
