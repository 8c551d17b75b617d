"""The directory as open data: CSV and JSON, filtered, escaped, public fields only."""

import csv
import datetime
import io
import json
from unittest import mock

from bs4 import BeautifulSoup
from django.test import TestCase
from wagtail.models import PageViewRestriction

from members.exports import FIELDS
from tests.conftest import build_site_tree
from tests.members.support import build_member_tree, make_member
from tests.news.support import build_news_tree

CSV_URL = "/en/members/export/csv/"
JSON_URL = "/en/members/export/json/"
TRICKY_SUMMARY = 'Makes "smart" pacemakers, sensors\nand, on Fridays, "waffles"'
# Each starts with a character that makes a spreadsheet run the cell.
FORMULAS = {
    "name": '=HYPERLINK("http://evil.example","Click")',
    "summary": "+1+cmd|' /C calc'!A0",
    "city": "-2+3",
    "street_address": "@SUM(A1:A9)",
    "postcode": "\t=1+1",
    "website": "",
}


def today():
    return datetime.date.today().isoformat()


class ExportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_news_tree(build_site_tree()))
        directory = tree["directory"]
        cls.medco = make_member(
            directory,
            title="MedCo",
            slug="medco",
            summary=TRICKY_SUMMARY,
            sectors=[tree["sector_medtech"], tree["sector_ehealth"]],
            strategic_areas=[tree["medtech"]],
            technologies=["implants", "wireless charging"],
            website="https://medco.example",
            street_address="Rue de l'Innovation 1",
            postcode="4000",
            city="Liège",
            founded_year=2012,
            member_since=2015,
            contacts=[
                {
                    "name": "Jane",
                    "email": "jane@medco.example",
                    "email_is_public": True,
                },
                {"name": "John", "email": "john.secret@medco.example"},
            ],
        )
        make_member(
            directory,
            title="BioNova",
            slug="bionova",
            summary="Cell therapies.",
            sectors=[tree["sector_biotech"]],
            city="Gosselies",
            member_since=2018,
        )
        make_member(
            directory,
            title=FORMULAS["name"],
            slug="formulas",
            summary=FORMULAS["summary"],
            city=FORMULAS["city"],
            street_address=FORMULAS["street_address"],
            postcode=FORMULAS["postcode"],
            sectors=[tree["sector_biotech"]],
        )
        make_member(
            directory,
            title="Carriage Co",
            slug="carriage",
            summary="\rStarts with a carriage return.",
        )
        # Never exported.
        make_member(directory, title="Lapsed Co", lapsed=True)
        make_member(directory, title="Draft Co", draft=True)
        private = make_member(directory, title="Private Co")
        PageViewRestriction.objects.create(
            page=private, restriction_type="password", password="secret"
        )
        make_member(
            tree["directory_fr"],
            title="Société Française",
            sectors=[tree["sector_medtech_fr"]],
        )

    def csv_rows(self, url=CSV_URL):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        text = response.getvalue().decode("utf-8")
        self.assertTrue(text.startswith("\ufeff"), "a BOM so spreadsheets read UTF-8")
        rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
        self.assertEqual(rows[0], FIELDS)
        return [dict(zip(FIELDS, row, strict=True)) for row in rows[1:]]

    def json_data(self, url=JSON_URL):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return json.loads(response.content)

    def names(self, rows):
        return [row["name"] for row in rows]

    # Headers and URLs

    def test_csv_headers(self):
        response = self.client.get(CSV_URL)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertEqual(
            response["Content-Disposition"],
            f'attachment; filename="members-{today()}.csv"',
        )

    def test_json_headers(self):
        response = self.client.get(JSON_URL)
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertEqual(
            response["Content-Disposition"],
            f'inline; filename="members-{today()}.json"',
        )

    def test_the_directory_links_both_with_its_current_filters(self):
        def links(url):
            response = self.client.get(url)
            soup = BeautifulSoup(response.content, "html.parser")
            return [a["href"] for a in soup.select(".open-data a")]

        self.assertEqual(links("/en/members/"), [CSV_URL, JSON_URL])
        self.assertEqual(
            links("/en/members/?sector=medtech&view=list"),
            [
                f"{CSV_URL}?sector=medtech&view=list",
                f"{JSON_URL}?sector=medtech&view=list",
            ],
        )

    # Content

    def test_csv_lists_the_public_members_alphabetically(self):
        self.assertEqual(
            self.names(self.csv_rows()),
            ["'" + FORMULAS["name"], "BioNova", "Carriage Co", "MedCo"],
        )

    def test_json_lists_the_same_members(self):
        data = self.json_data()
        self.assertEqual(data["fields"], FIELDS)
        self.assertEqual(data["count"], 4)
        self.assertEqual(
            self.names(data["members"]),
            [FORMULAS["name"], "BioNova", "Carriage Co", "MedCo"],
        )

    def test_a_row_carries_the_public_fields(self):
        (medco,) = [row for row in self.csv_rows() if row["name"] == "MedCo"]
        self.assertEqual(
            medco,
            {
                "name": "MedCo",
                "url": "http://testserver/en/members/medco/",
                "summary": TRICKY_SUMMARY,
                "sectors": "Medtech; E-health",
                "strategic_areas": "Medtech",
                "technologies": "implants; wireless charging",
                "website": "https://medco.example",
                "street_address": "Rue de l'Innovation 1",
                "postcode": "4000",
                "city": "Liège",
                "country": "BE",
                "size_band": "small",
                "founded_year": "2012",
                "member_since": "2015",
            },
        )
        (medco,) = [m for m in self.json_data()["members"] if m["name"] == "MedCo"]
        self.assertEqual(set(medco), set(FIELDS))
        self.assertEqual(medco["sectors"], ["Medtech", "E-health"])
        self.assertEqual(medco["technologies"], ["implants", "wireless charging"])
        self.assertEqual((medco["founded_year"], medco["member_since"]), (2012, 2015))
        self.assertEqual(medco["summary"], TRICKY_SUMMARY)

    def test_commas_quotes_and_newlines_round_trip(self):
        rows = self.csv_rows()
        self.assertEqual(len(rows), 4, "the newline did not split a row")
        (medco,) = [row for row in rows if row["name"] == "MedCo"]
        self.assertEqual(medco["summary"], TRICKY_SUMMARY)

    def test_formulas_are_neutralised_in_csv(self):
        (row,) = [row for row in self.csv_rows() if row["url"].endswith("/formulas/")]
        for field in ("name", "summary", "city", "street_address", "postcode"):
            with self.subTest(field):
                self.assertEqual(row[field], "'" + FORMULAS[field])
        (carriage,) = [r for r in self.csv_rows() if r["name"] == "Carriage Co"]
        self.assertEqual(carriage["summary"], "'\rStarts with a carriage return.")
        # Only a leading trigger counts: inner ones and plain text stay as is.
        (medco,) = [row for row in self.csv_rows() if row["name"] == "MedCo"]
        self.assertEqual(medco["website"], "https://medco.example")
        for row in self.csv_rows():
            for value in row.values():
                self.assertFalse(value.startswith(("=", "+", "-", "@", "\t", "\r")))

    def test_formulas_are_left_as_they_are_in_json(self):
        (member,) = [
            m for m in self.json_data()["members"] if m["url"].endswith("/formulas/")
        ]
        for field in ("name", "summary", "city", "street_address", "postcode"):
            with self.subTest(field):
                self.assertEqual(member[field], FORMULAS[field])

    def test_the_filtered_selection_is_exported(self):
        self.assertEqual(
            self.names(self.csv_rows(f"{CSV_URL}?sector=medtech")), ["MedCo"]
        )
        self.assertEqual(
            self.names(self.json_data(f"{JSON_URL}?sector=biotech")["members"]),
            [FORMULAS["name"], "BioNova"],
        )
        self.assertEqual(
            self.names(self.csv_rows(f"{CSV_URL}?q=cell&sector=biotech")), ["BioNova"]
        )
        self.assertEqual(self.json_data(f"{JSON_URL}?city=Atlantis")["members"], [])
        self.assertEqual(self.csv_rows(f"{CSV_URL}?city=Atlantis"), [])

    def test_the_export_is_not_paginated(self):
        for n in range(30):
            make_member(self.tree["directory"], title=f"Zed {n:02}")
        self.assertEqual(len(self.csv_rows()), 34)
        self.assertEqual(self.json_data()["count"], 34)
        self.assertEqual(len(self.csv_rows(f"{CSV_URL}?page=2")), 34)

    def test_the_csv_is_streamed_chunk_by_chunk_in_the_listing_order(self):
        for n in range(5):
            make_member(self.tree["directory"], title=f"Zed {n:02}")
        whole = self.csv_rows()
        with mock.patch("members.exports.CHUNK", 2):
            self.assertTrue(self.client.get(CSV_URL).streaming)
            self.assertEqual(self.csv_rows(), whole)
        self.assertEqual(
            [row["name"] for row in whole][-5:], [f"Zed {n:02}" for n in range(5)]
        )

    def test_hidden_members_and_private_emails_never_appear(self):
        for url in (CSV_URL, JSON_URL, f"{CSV_URL}?sector=medtech", f"{JSON_URL}?q=co"):
            with self.subTest(url):
                response = self.client.get(url)
                for text in ("Lapsed Co", "Draft Co", "Private Co", "Société",
                             "john.secret@medco.example"):  # fmt: skip
                    self.assertNotContains(response, text)

    def test_each_language_exports_its_own_members(self):
        rows = self.csv_rows("/fr/membres/export/csv/")
        self.assertEqual(self.names(rows), ["Société Française"])
        self.assertEqual(rows[0]["sectors"], "Technologies médicales")
        self.assertEqual(
            rows[0]["url"], "http://testserver/fr/membres/societe-francaise/"
        )

    def test_junk_filters_never_fail(self):
        for query in [
            "sector=unknown",
            "area=" + "a" * 5000,
            "technology=%3Cscript%3E",
            "city=Li%00ge",
            "q=" + "q" * 5000,
            "size=huge",
            "page=abc",
        ]:
            for url in (CSV_URL, JSON_URL):
                with self.subTest(url + query[:30]):
                    self.assertEqual(self.client.get(f"{url}?{query}").status_code, 200)
