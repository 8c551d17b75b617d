"""The directory: order, who is listed, facets and their counts, views, junk input."""

from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from members.models import DIRECTORY_PAGE_SIZE, MemberPage
from tests.conftest import build_site_tree
from tests.members.support import build_member_tree, make_member
from tests.news.support import build_news_tree

URL = "/en/members/"
ALL = [
    "Acme Imaging",
    "BioNova",
    "CardioSense",
    "DiagLab",
    "eCare Platform",
    "Neuroscope",
    "Zeta Services",
]


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url[:80]
    return BeautifulSoup(response.content, "html.parser")


def listed(soup):
    """Names of the members shown, cards or list, in order."""
    return [
        link.get_text(strip=True)
        for link in soup.select(".member-card .card__title a, .member-row__name")
    ]


def facets(soup):
    """{facet: {option label: count}} as the visitor reads them."""
    return {
        section["aria-labelledby"].removeprefix("facet-"): {
            option.select_one(".facet__label").find(string=True).strip(): int(
                option.select_one(".facet__count").find(string=True)
            )
            for option in section.select(".facet__option")
        }
        for section in soup.select("section.facet")
    }


def option(soup, facet, label):
    for link in soup.select(f"section[aria-labelledby=facet-{facet}] .facet__option"):
        if link.select_one(".facet__label").find(string=True).strip() == label:
            return link
    raise AssertionError(f"no option {label!r} in the {facet} facet")


def results_count(soup):
    return soup.select_one(".results-count").get_text(strip=True)


class DirectoryTests(TestCase):
    """Seven listed English members, four that must not show, one French."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_news_tree(build_site_tree()))
        directory = tree["directory"]
        biotech, medtech, ehealth = (
            tree["sector_biotech"],
            tree["sector_medtech"],
            tree["sector_ehealth"],
        )
        area_medtech, biopharma, implants = (
            tree["medtech"],
            tree["biopharma"],
            tree["implants"],
        )
        small, micro, medium = (
            MemberPage.SizeBand.SMALL,
            MemberPage.SizeBand.MICRO,
            MemberPage.SizeBand.MEDIUM,
        )
        # Created out of order, so the directory must sort them.
        members = [
            ("Neuroscope", "Brain imaging for neurology trials.", [medtech, biotech],
             [biopharma, area_medtech], ["imaging", "neurology"], micro, "Gosselies"),
            ("Zeta Services", "Regulatory consulting.", [], [], [], "", ""),
            ("Acme Imaging", "Quality-control instruments for radiopharmacies.",
             [medtech], [area_medtech, implants], ["imaging", "ai"], small, "Liège"),
            ("eCare Platform", "A platform connecting patients and nurses.",
             [ehealth], [], ["ai", "cloud"], small, "Mons"),
            ("BioNova", "Cell therapies for rare diseases.", [biotech], [biopharma],
             ["cell therapy"], medium, "Gosselies"),
            ("DiagLab", "Rapid tests for hospitals.", [medtech], [area_medtech],
             ["in vitro diagnostics", "ai"], small, "Namur"),
            ("CardioSense", "Wearable heart monitors.", [medtech, ehealth],
             [area_medtech], ["ai", "wearables"], micro, "Liège"),
        ]  # fmt: skip
        for title, summary, sectors, areas, technologies, size, city in members:
            make_member(
                directory,
                title=title,
                summary=summary,
                sectors=sectors,
                strategic_areas=areas,
                technologies=technologies,
                size_band=size,
                city=city,
            )
        # Never listed: a lapsed member, a draft, a private page, a French one.
        hidden = {"sectors": [medtech], "technologies": ["ai"], "city": "Liège"}
        make_member(directory, title="Lapsed Co", lapsed=True, **hidden)
        make_member(directory, title="Draft Co", draft=True, **hidden)
        private = make_member(directory, title="Private Co", **hidden)
        PageViewRestriction.objects.create(
            page=private, restriction_type="password", password="secret"
        )
        make_member(
            tree["directory_fr"],
            title="Société Française",
            sectors=[tree["sector_medtech_fr"]],
            technologies=["ai"],
            city="Liège",
        )

    def fetch(self, url):
        return fetch(self.client, url)

    def test_lists_live_public_current_members_alphabetically(self):
        soup = self.fetch(URL)
        self.assertEqual(listed(soup), ALL)
        self.assertEqual(results_count(soup), "7 members")

    def test_pending_applications_are_not_listed(self):
        make_member(
            self.tree["directory"],
            title="Pending Co",
            membership_status=MemberPage.Status.PENDING,
        )
        self.assertNotIn("Pending Co", listed(self.fetch(URL)))
        self.assertEqual(results_count(self.fetch(URL)), "7 members")

    def test_the_french_directory_lists_the_french_members_only(self):
        soup = self.fetch("/fr/membres/")
        self.assertEqual(listed(soup), ["Société Française"])
        self.assertEqual(
            facets(soup)["sector"], {"Technologies médicales": 1}, "French sectors"
        )

    def test_cards_link_to_the_member_pages(self):
        soup = self.fetch(URL)
        link = soup.select_one(".member-card .card__title a")
        self.assertEqual(link["href"], "/en/members/acme-imaging/")
        self.assertIn("Liège", soup.select_one(".member-card .card__meta").get_text())
        self.assertIn("Medtech", soup.select_one(".member-card .card__meta").get_text())

    # Facets

    FILTERS = [
        ("sector=medtech", ["Acme Imaging", "CardioSense", "DiagLab", "Neuroscope"]),
        ("sector=biotech", ["BioNova", "Neuroscope"]),
        ("sector=e-health", ["CardioSense", "eCare Platform"]),
        ("area=medtech", ["Acme Imaging", "CardioSense", "DiagLab", "Neuroscope"]),
        ("area=biopharma", ["BioNova", "Neuroscope"]),
        # A priority domain alone; its area includes it.
        ("area=implanted-devices", ["Acme Imaging"]),
        ("technology=ai", ["Acme Imaging", "CardioSense", "DiagLab", "eCare Platform"]),
        ("technology=in-vitro-diagnostics", ["DiagLab"]),
        ("size=micro", ["CardioSense", "Neuroscope"]),
        ("size=medium", ["BioNova"]),
        ("city=Liège", ["Acme Imaging", "CardioSense"]),
        ("city=li%C3%A8ge", ["Acme Imaging", "CardioSense"]),
        ("city=Gosselies", ["BioNova", "Neuroscope"]),
        # Combinations
        ("sector=medtech&city=Liège", ["Acme Imaging", "CardioSense"]),
        ("sector=medtech&technology=imaging", ["Acme Imaging", "Neuroscope"]),
        ("sector=biotech&area=biopharma&size=micro", ["Neuroscope"]),
        ("technology=ai&size=small", ["Acme Imaging", "DiagLab", "eCare Platform"]),
        ("technology=ai&size=small&city=Mons&sector=e-health", ["eCare Platform"]),
        ("sector=biotech&city=Liège", []),
    ]

    def test_each_facet_filters_and_they_combine(self):
        for query, expected in self.FILTERS:
            with self.subTest(query):
                soup = self.fetch(f"{URL}?{query}")
                self.assertEqual(listed(soup), expected)
                count = len(expected)
                self.assertEqual(
                    results_count(soup), f"{count} member{'' if count == 1 else 's'}"
                )

    TEXT = [
        ("q=radiopharm", ["Acme Imaging"]),  # summary
        ("q=NOVA", ["BioNova"]),  # name, whatever the case
        ("q=rapid+TESTS", ["DiagLab"]),
        ("q=++heart++monitors++", ["CardioSense"]),  # spaces tidied
        ("q=imaging", ["Acme Imaging", "Neuroscope"]),  # name or summary
        ("q=imaging&sector=biotech", ["Neuroscope"]),
        ("q=Lapsed", []),
        ("q=Soci%C3%A9t%C3%A9", []),
    ]

    def test_an_area_includes_the_members_of_its_priority_domains(self):
        make_member(
            self.tree["directory"],
            title="Implantica",
            strategic_areas=[self.tree["implants"]],
        )
        soup = self.fetch(f"{URL}?area=medtech")
        self.assertEqual(
            listed(soup),
            ["Acme Imaging", "CardioSense", "DiagLab", "Implantica", "Neuroscope"],
        )
        # The counts say what each choice would show; a member in the area
        # and in one of its domains counts once.
        self.assertEqual(
            facets(self.fetch(URL))["area"],
            {"Biopharma": 2, "Medtech": 5, "Implanted devices": 2},
        )
        self.assertEqual(
            listed(self.fetch(f"{URL}?area=implanted-devices")),
            ["Acme Imaging", "Implantica"],
        )

    def test_text_filter_on_name_and_summary(self):
        for query, expected in self.TEXT:
            with self.subTest(query):
                self.assertEqual(listed(self.fetch(f"{URL}?{query}")), expected)

    def test_facet_counts_without_filters(self):
        self.assertEqual(
            facets(self.fetch(URL)),
            {
                "sector": {"Biotech and pharma": 2, "Medtech": 4, "E-health": 2},
                "area": {"Biopharma": 2, "Medtech": 4, "Implanted devices": 1},
                # Most used first, then by name.
                "technology": {
                    "ai": 4,
                    "imaging": 2,
                    "cell therapy": 1,
                    "cloud": 1,
                    "in vitro diagnostics": 1,
                    "neurology": 1,
                    "wearables": 1,
                },
                "size": {
                    "1–9 employees": 2,
                    "10–49 employees": 3,
                    "50–249 employees": 1,
                },
                "city": {"Gosselies": 2, "Liège": 2, "Mons": 1, "Namur": 1},
            },
        )

    def test_facet_counts_are_kept_until_a_member_changes(self):
        url = f"{URL}?sector=medtech"
        first = facets(self.fetch(url))
        with CaptureQueriesContext(connection) as ctx:
            self.assertEqual(facets(self.fetch(url)), first)
        self.assertFalse([q for q in ctx.captured_queries if "COUNT(" in q["sql"]])
        make_member(
            self.tree["directory"],
            title="Zed Medical",
            slug="zed-medical",
            sectors=[self.tree["sector_medtech"]],
            city="Namur",
        )
        again = facets(self.fetch(url))
        self.assertEqual(again["city"]["Namur"], first["city"].get("Namur", 0) + 1)

    def test_facet_counts_for_a_filtered_selection_match_a_hand_count(self):
        # Medtech: Acme Imaging (Liège; imaging, ai; small), CardioSense
        # (Liège; ai, wearables; micro), DiagLab (Namur; ivd, ai; small),
        # Neuroscope (Gosselies; imaging, neurology; micro).
        counts = facets(self.fetch(f"{URL}?sector=medtech"))
        self.assertEqual(counts["city"], {"Gosselies": 1, "Liège": 2, "Namur": 1})
        self.assertEqual(
            counts["technology"],
            {
                "ai": 3,
                "imaging": 2,
                "in vitro diagnostics": 1,
                "neurology": 1,
                "wearables": 1,
            },
        )
        self.assertEqual(counts["size"], {"1–9 employees": 2, "10–49 employees": 2})
        self.assertEqual(
            counts["area"], {"Biopharma": 1, "Medtech": 4, "Implanted devices": 1}
        )
        # A facet's own counts ignore its own selection: they say what
        # choosing another sector instead would show.
        self.assertEqual(
            counts["sector"], {"Biotech and pharma": 2, "Medtech": 4, "E-health": 2}
        )

    def test_facet_counts_for_two_filters_match_a_hand_count(self):
        # Medtech in Liège: Acme Imaging and CardioSense.
        counts = facets(self.fetch(f"{URL}?sector=medtech&city=Liège"))
        self.assertEqual(counts["technology"], {"ai": 2, "imaging": 1, "wearables": 1})
        # Liège without the sector filter: the same two, one also e-health.
        self.assertEqual(counts["sector"], {"Medtech": 2, "E-health": 1})
        # Medtech without the city filter.
        self.assertEqual(counts["city"], {"Gosselies": 1, "Liège": 2, "Namur": 1})
        # Each count is what its link then lists.
        soup = self.fetch(f"{URL}?sector=medtech&city=Liège")
        link = option(soup, "technology", "imaging")
        self.assertEqual(listed(self.fetch(URL + link["href"])), ["Acme Imaging"])

    def test_every_option_link_lists_as_many_members_as_its_count(self):
        soup = self.fetch(f"{URL}?size=small")
        for section in soup.select("section.facet"):
            # The selected option's link clears it instead.
            for link in section.select(".facet__option:not([aria-current])"):
                with self.subTest(link["href"]):
                    count = int(link.select_one(".facet__count").find(string=True))
                    target = self.fetch(URL + link["href"])
                    self.assertEqual(len(listed(target)), count)

    def test_the_text_filter_narrows_the_counts_too(self):
        counts = facets(self.fetch(f"{URL}?q=imaging"))
        self.assertEqual(counts["sector"], {"Biotech and pharma": 1, "Medtech": 2})

    def test_the_selected_option_is_marked_and_its_link_clears_it(self):
        soup = self.fetch(f"{URL}?sector=medtech&view=list")
        selected = soup.select(".facet__option[aria-current=true]")
        self.assertEqual([link.select_one(".facet__label").find(string=True).strip()
                          for link in selected], ["Medtech"])  # fmt: skip
        self.assertIn("selected", selected[0].get_text())
        self.assertEqual(
            parse_qs(urlsplit(selected[0]["href"]).query), {"view": ["list"]}
        )
        # Not selected: adds itself to the other filters, back on page one.
        other = option(soup, "city", "Liège")
        self.assertNotIn("aria-current", other.attrs)
        self.assertEqual(
            parse_qs(urlsplit(other["href"]).query),
            {"sector": ["medtech"], "view": ["list"], "city": ["Liège"]},
        )
        # Another sector replaces the selected one.
        self.assertEqual(
            parse_qs(urlsplit(option(soup, "sector", "E-health")["href"]).query),
            {"view": ["list"], "sector": ["e-health"]},
        )
        cleared = self.fetch(URL + selected[0]["href"])
        self.assertEqual(listed(cleared), ALL)
        self.assertEqual(cleared.select(".facet__option[aria-current]"), [])

    def test_active_filters_can_be_removed_one_by_one_or_all_at_once(self):
        soup = self.fetch(f"{URL}?sector=medtech&city=Liège")
        chips = soup.select(".active-filters .chip")
        self.assertEqual(
            [chip.find(string=True).strip() for chip in chips], ["Medtech", "Liège"]
        )
        self.assertEqual(
            parse_qs(urlsplit(chips[0]["href"]).query), {"city": ["Liège"]}
        )
        clear_all = soup.select(".active-filters a")[-1]
        self.assertEqual(clear_all["href"], URL)
        self.assertIsNone(self.fetch(URL).select_one(".active-filters"))

    def test_a_filtered_directory_is_not_indexed_by_search_engines(self):
        robots = 'meta[name=robots][content="noindex, follow"]'
        self.assertIsNone(self.fetch(URL).select_one(robots))
        self.assertIsNotNone(self.fetch(f"{URL}?sector=medtech").select_one(robots))
        self.assertIsNotNone(self.fetch(f"{URL}?q=nova").select_one(robots))

    def test_the_search_form_keeps_the_text_and_the_facets(self):
        soup = self.fetch(f"{URL}?q=imaging&sector=medtech&view=list")
        form = soup.select_one("form.directory__search")
        self.assertEqual((form["method"], form["action"]), ("get", URL))
        self.assertEqual(form.select_one("input[name=q]")["value"], "imaging")
        hidden = {
            field["name"]: field["value"] for field in form.select("input[type=hidden]")
        }
        self.assertEqual(hidden, {"sector": "medtech", "view": "list"})

    # Views

    def test_cards_by_default_and_a_compact_list_on_request(self):
        cards = self.fetch(URL)
        self.assertEqual(len(cards.select(".member-card")), 7)
        self.assertIsNone(cards.select_one(".member-list"))

        rows = self.fetch(f"{URL}?view=list&sector=biotech")
        self.assertEqual(rows.select(".member-card"), [])
        self.assertEqual(listed(rows), ["BioNova", "Neuroscope"])
        row = rows.select_one(".member-row")
        self.assertEqual(
            row.select_one(".member-row__name")["href"], "/en/members/bionova/"
        )
        self.assertIn("Cell therapies", row.get_text())
        self.assertIn("Gosselies", row.get_text())

    def test_the_view_switch_keeps_the_filters(self):
        soup = self.fetch(f"{URL}?sector=medtech")
        switch = {
            link.get_text(strip=True): link for link in soup.select(".view-switch a")
        }
        self.assertEqual(switch["cards"]["aria-current"], "true")
        self.assertNotIn("aria-current", switch["list"].attrs)
        self.assertEqual(
            parse_qs(urlsplit(switch["list"]["href"]).query),
            {"sector": ["medtech"], "view": ["list"]},
        )
        rows = self.fetch(URL + switch["list"]["href"])
        self.assertEqual(len(rows.select(".member-row")), 4)

    def test_no_match_shows_a_clear_empty_state(self):
        soup = self.fetch(f"{URL}?q=nothing+like+this")
        self.assertEqual(listed(soup), [])
        empty = soup.select_one(".empty-state")
        self.assertIn("No member matches these filters.", empty.get_text())
        self.assertEqual(empty.select_one("a")["href"], URL)
        self.assertEqual(results_count(soup), "0 members")

    # Bad input: never a 500.

    IGNORED = [
        "area=" + "m" * 5000,
        # Not one of the language's areas: ignored, as in every section.
        "area=unknown",
        "technology=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "sector=%00",
        "sector=%F0%9F%92%A5",
        "city=Li%00ge",
        "city=" + "c" * 1000,
        "q=" + "q" * 5000,
        "q=%00",
        "view=bogus",
        "size=" + "s" * 50,
        "page=abc",
        "page=0",
        "page=-1",
        "page=99999",
        "page=",
        "foo=bar",
    ]

    def test_a_junk_value_is_ignored_and_shows_every_member(self):
        for query in self.IGNORED:
            with self.subTest(query[:40]):
                response = self.client.get(f"{URL}?{query}")
                self.assertEqual(response.status_code, 200)
                soup = BeautifulSoup(response.content, "html.parser")
                self.assertEqual(listed(soup), ALL)
                self.assertIsNotNone(soup.select_one(".member-card"), "cards")
                self.assertNotIn(b"<script>alert", response.content)

    def test_a_well_formed_value_nobody_uses_shows_the_empty_state(self):
        for query in ["sector=unknown", "size=huge", "technology=nothing",
                      "city=Atlantis"]:  # fmt: skip
            with self.subTest(query):
                soup = self.fetch(f"{URL}?{query}")
                self.assertEqual(listed(soup), [])
                self.assertIsNotNone(soup.select_one(".empty-state"))

    def test_repeated_parameters_use_the_last_value(self):
        soup = self.fetch(f"{URL}?sector=medtech&sector=biotech")
        self.assertEqual(listed(soup), ["BioNova", "Neuroscope"])
        soup = self.fetch(f"{URL}?city=Namur&city=Mons&view=list&view=cards")
        self.assertEqual(listed(soup), ["eCare Platform"])
        self.assertIsNotNone(soup.select_one(".member-card"))

    def test_hostile_text_is_escaped(self):
        response = self.client.get(f"{URL}?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E")
        self.assertEqual(response.status_code, 200)
        self.assertNotIn(b"<script>alert", response.content)


class EmptyDirectoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_member_tree(build_news_tree(build_site_tree()))

    def test_a_directory_without_members_says_so(self):
        soup = fetch(self.client, URL)
        self.assertEqual(listed(soup), [])
        self.assertIsNotNone(soup.select_one(".empty-state"))
        self.assertEqual(facets(soup), {})


def page_links(soup):
    return [
        parse_qs(urlsplit(a["href"]).query) for a in soup.select("nav.pagination a")
    ]


class PaginationTests(TestCase):
    """27 members, 24 a page: 25 in medtech, 2 in biotech."""

    @classmethod
    def setUpTestData(cls):
        tree = build_member_tree(build_news_tree(build_site_tree()))
        for n in range(1, 28):
            make_member(
                tree["directory"],
                title=f"Company {n:02}",
                sectors=[tree["sector_biotech" if n > 25 else "sector_medtech"]],
            )

    def fetch(self, url):
        return fetch(self.client, url)

    def names(self, numbers):
        return [f"Company {n:02}" for n in numbers]

    def test_pages_of_24_each_member_once(self):
        self.assertEqual(DIRECTORY_PAGE_SIZE, 24)
        first, second = self.fetch(URL), self.fetch(f"{URL}?page=2")
        self.assertEqual(listed(first), self.names(range(1, 25)))
        self.assertEqual(listed(second), self.names(range(25, 28)))
        for number, soup in enumerate([first, second], start=1):
            self.assertIn(
                f"Page {number} of 2",
                soup.select_one(".pagination__status").get_text(),
            )
            self.assertEqual(results_count(soup), "27 members")

    def test_pagination_links_keep_the_filters(self):
        soup = self.fetch(f"{URL}?sector=medtech&view=list")
        self.assertEqual(results_count(soup), "25 members")
        links = page_links(soup)
        self.assertTrue(links, "a second page of medtech members is linked")
        for query in links:
            self.assertEqual(query["sector"], ["medtech"])
            self.assertEqual(query["view"], ["list"])
        next_link = soup.select_one("nav.pagination a[rel=next]")
        self.assertEqual(
            parse_qs(urlsplit(next_link["href"]).query),
            {"sector": ["medtech"], "view": ["list"], "page": ["2"]},
        )
        self.assertEqual(listed(self.fetch(URL + next_link["href"])), ["Company 25"])

    def test_choosing_a_facet_goes_back_to_page_one(self):
        soup = self.fetch(f"{URL}?page=2")
        link = option(soup, "sector", "Medtech")
        self.assertNotIn("page", parse_qs(urlsplit(link["href"]).query))

    def test_a_page_number_out_of_range_shows_a_real_page(self):
        # Paginator.get_page(): past either end, the last page; not a whole
        # number, the first.
        for query, expected in [
            ("page=99999", range(25, 28)),
            ("page=0", range(25, 28)),
            ("page=-1", range(25, 28)),
            ("page=abc", range(1, 25)),
            ("page=1.5", range(1, 25)),
            ("page=99999&sector=medtech", range(25, 26)),
        ]:
            with self.subTest(query):
                self.assertEqual(
                    listed(self.fetch(f"{URL}?{query}")), self.names(expected)
                )

    def test_a_later_page_is_not_indexed_by_search_engines(self):
        robots = 'meta[name=robots][content="noindex, follow"]'
        self.assertIsNotNone(self.fetch(f"{URL}?page=2").select_one(robots))
