"""The figures panel: counts and sums of the selection (hand-computed here to
the cent), by area and by year; its charts as a screen reader and a sighted
visitor meet them; amounts as visitors read them; and the demo's totals."""

import datetime
import unittest
from decimal import Decimal
from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.utils import translation
from wagtail.models import PageViewRestriction

from demo.factories.core import StrategicAreaFactory
from projects import charts
from projects.figures import figures_for
from projects.models import ProjectIndexPage, ProjectPage
from projects.money import compact, euros, percent
from tests.conftest import build_site_tree
from tests.core.helpers import soup_of
from tests.projects.support import build_project_tree, make_project

INDEX = "/en/projects/"
D = Decimal


def key_figures(soup):
    """{label: (shown, full amount in the abbr's title or None)}."""
    shown = {}
    for item in soup.select(".key-figures__item"):
        dd = item.select_one("dd")
        abbr = dd.select_one("abbr")
        shown[item.select_one("dt").get_text(strip=True)] = (
            dd.get_text(strip=True),
            abbr["title"] if abbr else None,
        )
    return shown


def as_tuple(group):
    return (group.label, group.count, group.total, group.private, group.public)


# Hand computation of every figure below, from the amounts of setUpTestData
# (public: "T − P" is the total minus the private funding, none entered):
#
#          year  areas                  total         private       public
#  Alpha   2021  medtech               1,250,000.00    400,000.00    850,000.00 T−P
#  Beta    2021  implants + medtech    2,000,000.50    500,000.25  1,200,000.00
#  Gamma   2021  medtech + biopharma     800,000.00    200,000.00    600,000.00 T−P
#  Zeta    2021  biopharma               500,000.00    500,000.00          0.00 T−P
#  Delta   2022  biopharma             3,333,333.33  1,111,111.11  2,222,222.22 T−P
#  Epsilon 2020  (none)                  100,000.00          0.00     50,000.00
#
# Medtech = Alpha + Beta (once, though filed under medtech and its domain)
# + Gamma; Biopharma = Gamma + Zeta + Delta.
OVERALL = ("", 6, D("7983333.83"), D("2711111.36"), D("4922222.22"))
BIOPHARMA = ("Biopharma", 3, D("4633333.33"), D("1811111.11"), D("2822222.22"))
MEDTECH = ("Medtech", 3, D("4050000.50"), D("1100000.25"), D("2650000.00"))
YEARS = [
    ("2020", 1, D("100000.00"), D("0.00"), D("50000.00")),
    ("2021", 4, D("4550000.50"), D("1600000.25"), D("2650000.00")),
    ("2022", 1, D("3333333.33"), D("1111111.11"), D("2222222.22")),
]
# ?area=medtech&year=2021: Alpha, Beta and Gamma.
MEDTECH_2021 = ("", 3, D("4050000.50"), D("1100000.25"), D("2650000.00"))


class FiguresTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_project_tree(build_site_tree())
        index = tree["projects_index"]
        medtech, biopharma = tree["medtech"], tree["biopharma"]
        # A third area without projects: no group, no bar, no row.
        cls.ehealth = StrategicAreaFactory(
            locale=tree["en"], name="E-health", slug="e-health", sort_order=2
        )

        def project(title, date, areas, total, private, public=None, **fields):
            return make_project(
                index,
                title=title,
                label_date=date,
                strategic_areas=areas,
                total_budget=D(total),
                private_funding=D(private),
                public_funding=None if public is None else D(public),
                **fields,
            )

        day = datetime.date
        cls.alpha = project("Alpha", day(2021, 2, 1), [medtech], "1250000", "400000")
        cls.beta = project(
            "Beta",
            day(2021, 6, 15),
            [tree["implants"], medtech],
            "2000000.50",
            "500000.25",
            public="1200000.00",
        )
        cls.gamma = project(
            "Gamma", day(2021, 9, 9), [medtech, biopharma], "800000", "200000"
        )
        cls.zeta = project("Zeta", day(2021, 12, 1), [biopharma], "500000", "500000")
        cls.delta = project(
            "Delta", day(2022, 3, 3), [biopharma], "3333333.33", "1111111.11"
        )
        cls.epsilon = project(
            "Epsilon", day(2020, 1, 1), [], "100000", "0", public="50000"
        )
        # Never counted: a draft and a private project, in medtech in 2021.
        project(
            "Draft",
            day(2021, 5, 5),
            [medtech],
            "9000000",
            "9000000",
            draft=True,
        )
        private = project("Private", day(2021, 5, 5), [medtech], "7000000", "1000000")
        PageViewRestriction.objects.create(
            page=private, restriction_type="password", password="secret"
        )

    def figures(self, query=""):
        """The figures of the index as it is asked for with `query`."""
        response = self.client.get(f"{INDEX}?{query}")
        self.assertEqual(response.status_code, 200)
        return response.context["figures"], soup_of(response)


class FiguresTests(FiguresTestCase):
    def test_every_published_project_overall_by_area_and_by_year(self):
        figures, _ = self.figures()
        self.assertEqual(as_tuple(figures.overall), OVERALL)
        self.assertEqual([as_tuple(g) for g in figures.by_area], [BIOPHARMA, MEDTECH])
        self.assertEqual([as_tuple(g) for g in figures.by_year], YEARS)
        # Exact to the cent: Decimals, two places, never floats.
        for group in [figures.overall, *figures.by_area, *figures.by_year]:
            for amount in (group.total, group.private, group.public):
                self.assertIsInstance(amount, Decimal)
                self.assertEqual(amount.as_tuple().exponent, -2)

    def test_a_filtered_selection(self):
        figures, soup = self.figures("area=medtech&year=2021")
        self.assertEqual(as_tuple(figures.overall), MEDTECH_2021)
        self.assertEqual(
            figures.overall.private_share, D("1100000.25") / D("4050000.50")
        )
        # Gamma is in biopharma too, so the areas add up to more than the whole.
        self.assertEqual(
            [as_tuple(g) for g in figures.by_area],
            [
                ("Biopharma", 1, D("800000.00"), D("200000.00"), D("600000.00")),
                MEDTECH,
            ],
        )
        self.assertEqual(
            [as_tuple(g) for g in figures.by_year], [("2021", *MEDTECH_2021[1:])]
        )
        self.assertEqual(
            key_figures(soup),
            {
                "projects": ("3", None),
                "total budget": ("€4.1M", "€4,050,000.50"),
                "private funding": ("€1.1M", "€1,100,000.25"),
                "private share": ("27%", None),
            },
        )
        self.assertEqual(
            soup.select_one("#figures-title").get_text(strip=True),
            "These projects in figures",
        )
        source = soup.select_one(".key-figures__source").get_text(" ", strip=True)
        # The rounded figures in full, for those who cannot hover the <abbr>.
        self.assertIn(
            "In full: €4,050,000.50 in total, of which €1,100,000.25 private and "
            "€2,650,000 public.",
            source,
        )

    def test_the_unfiltered_panel(self):
        _, soup = self.figures()
        self.assertEqual(
            soup.select_one("#figures-title").get_text(strip=True),
            "All projects in figures",
        )
        self.assertEqual(
            key_figures(soup),
            {
                "projects": ("6", None),
                "total budget": ("€8M", "€7,983,333.83"),
                "private funding": ("€2.7M", "€2,711,111.36"),
                "private share": ("34%", None),
            },
        )

    def test_public_is_the_entered_amount_or_total_minus_private(self):
        for project, public, other in [
            (self.alpha, "850000.00", "0.00"),  # none entered: 1,250,000 − 400,000
            (self.beta, "1200000.00", "300000.25"),  # entered
            (self.zeta, "0.00", "0.00"),  # all private
        ]:
            with self.subTest(project.title):
                one = figures_for(ProjectPage.objects.filter(pk=project.pk), [])
                self.assertEqual(one.overall.public, D(public))
                self.assertEqual(one.overall.other, D(other))
                self.assertEqual(project.public_amount, D(public))
        # Through the index: Alpha and Beta are medtech's in the first half.
        figures, soup = self.figures("area=medtech&year=2021&partner=")
        self.assertEqual(figures.overall.public, D("2650000.00"))

    def test_a_project_in_two_areas_counts_in_both_but_once_overall(self):
        figures, soup = self.figures("partner=&year=2021&area=biopharma")
        # Gamma and Zeta; Gamma counts in medtech too.
        self.assertEqual(figures.overall.count, 2)
        self.assertEqual(
            [as_tuple(g) for g in figures.by_area],
            [
                ("Biopharma", 2, D("1300000.00"), D("700000.00"), D("600000.00")),
                ("Medtech", 1, D("800000.00"), D("200000.00"), D("600000.00")),
            ],
        )
        self.assertTrue(figures.areas_overlap)
        note = soup.select_one(".chart-note")
        self.assertIsNotNone(note)
        self.assertIn("counts in each of them", note.get_text())

    def test_no_overlap_note_when_each_project_has_one_area(self):
        figures, soup = self.figures("year=2022")
        self.assertFalse(figures.areas_overlap)
        self.assertIsNone(soup.select_one(".chart-note"))

    def test_a_project_under_an_area_and_its_domain_counts_once_there(self):
        figures, _ = self.figures("area=implanted-devices")
        self.assertEqual(
            [as_tuple(g) for g in figures.by_area],
            [("Medtech", 1, D("2000000.50"), D("500000.25"), D("1200000.00"))],
        )
        self.assertFalse(figures.areas_overlap)
        # Directly: Beta alone, filed under medtech and implanted devices.
        one = figures_for(
            ProjectPage.objects.filter(pk=self.beta.pk),
            [self.tree["medtech"], self.tree["biopharma"]],
        )
        self.assertEqual([(g.key, g.count) for g in one.by_area], [("medtech", 1)])

    def test_a_joined_selection_is_not_counted_twice(self):
        # ?area= joins the areas (and is DISTINCT): still each project once.
        figures, _ = self.figures("area=medtech")
        self.assertEqual(figures.overall.count, 3)
        self.assertEqual(figures.overall.total, MEDTECH[2])

    def test_the_by_year_breakdown(self):
        figures, soup = self.figures("area=biopharma")
        self.assertEqual(
            [as_tuple(g) for g in figures.by_year],
            [
                ("2021", 2, D("1300000.00"), D("700000.00"), D("600000.00")),
                ("2022", 1, D("3333333.33"), D("1111111.11"), D("2222222.22")),
            ],
        )
        rows = soup.select("#chart-year-table-caption ~ tbody tr")
        self.assertEqual(
            [row.select_one("th").get_text(strip=True) for row in rows],
            ["2021", "2022"],
        )

    def test_an_empty_selection_gives_zeros_and_no_chart(self):
        figures, soup = self.figures("area=e-health")
        zero = ("", 0, D("0.00"), D("0.00"), D("0.00"))
        self.assertEqual(as_tuple(figures.overall), zero)
        self.assertIsNone(figures.overall.private_share)
        self.assertEqual((figures.by_area, figures.by_year), ([], []))
        self.assertFalse(figures.areas_overlap)
        self.assertEqual(
            key_figures(soup),
            {
                "projects": ("0", None),
                "total budget": ("€0", "€0"),
                "private funding": ("€0", "€0"),
                "private share": ("–", None),
            },
        )
        panel = soup.select_one(".project-figures")
        self.assertIsNone(panel.select_one("svg"))
        self.assertIsNone(panel.select_one("table"))
        self.assertNotIn("In full:", panel.get_text())

    def test_drafts_and_private_projects_add_nothing(self):
        index = self.tree["projects_index"]
        form = index.filter_form({})
        direct = figures_for(index.projects(), form.top_areas)
        self.assertEqual(as_tuple(direct.overall), OVERALL)
        everything = figures_for(ProjectPage.objects.child_of(index), [])
        self.assertEqual(everything.overall.count, 8, "the draft and private exist")

    def test_the_overlap_note_shows_even_when_a_project_has_no_area(self):
        # Gamma counts in both areas, so the area bars add up to
        # €8,683,333.83 against €7,983,333.83 overall; Epsilon, in no area,
        # must not hide the note that explains the difference.
        figures, soup = self.figures()
        by_area = sum(group.total for group in figures.by_area)
        self.assertEqual(by_area, D("8683333.83"))
        self.assertGreater(by_area, figures.overall.total)
        self.assertTrue(figures.areas_overlap)
        self.assertIsNotNone(soup.select_one(".chart-note"))


class ChartTests(FiguresTestCase):
    def charts(self, query=""):
        response = self.client.get(f"{INDEX}?{query}")
        self.assertEqual(response.status_code, 200)
        soup = soup_of(response)
        return soup, soup.select(".project-figures figure.chart")

    def test_a_chart_per_breakdown_labelled_by_its_title_and_description(self):
        soup, figures = self.charts()
        self.assertEqual(len(figures), 2)
        svgs = soup.select(".project-figures svg[role=img]")
        self.assertEqual(len(svgs), 2)
        for svg, key, title in [
            (svgs[0], "area", "Total budget by strategic area"),
            (svgs[1], "year", "Total budget by year of labelling"),
        ]:
            with self.subTest(key):
                # The title names the chart; the description is read with it,
                # by aria-labelledby or aria-describedby.
                labelled = svg["aria-labelledby"].split()
                referenced = labelled + svg.get("aria-describedby", "").split()
                title_id = svg.select_one("title")["id"]
                desc_id = svg.select_one("desc")["id"]
                self.assertEqual(labelled[0], title_id)
                self.assertEqual(
                    sorted(referenced), sorted([title_id, desc_id]), referenced
                )
                # Each id is unique on the page and names the svg's own child.
                self.assertEqual(title_id, f"chart-{key}-title")
                self.assertEqual(desc_id, f"chart-{key}-desc")
                for element_id in referenced:
                    self.assertEqual(len(soup.select(f"#{element_id}")), 1)
                self.assertEqual(svg.select_one("title").get_text(), title)
                self.assertEqual(svg["focusable"], "false")

    def test_the_description_names_every_group_with_its_amounts(self):
        soup, _ = self.charts()
        desc = soup.select_one("#chart-area-desc").get_text()
        self.assertEqual(
            desc,
            "Total budget of the selected projects by strategic area. "
            "Biopharma: 3 projects, €4,633,333.33 in total, of which "
            "€1,811,111.11 private (39%) and €2,822,222.22 public. "
            "Medtech: 3 projects, €4,050,000.50 in total, of which "
            "€1,100,000.25 private (27%) and €2,650,000 public.",
        )
        self.assertNotIn("E-health", desc)
        desc = soup.select_one("#chart-year-desc").get_text()
        for sentence in (
            "2020: 1 project, €100,000 in total, of which €0 private (0%) and "
            "€50,000 public.",
            "2021: 4 projects, €4,550,000.50 in total, of which €1,600,000.25 "
            "private (35%) and €2,650,000 public.",
            "2022: 1 project, €3,333,333.33 in total, of which €1,111,111.11 "
            "private (33%) and €2,222,222.22 public.",
        ):
            self.assertIn(sentence, desc)

    def table(self, soup, key):
        table = soup.select_one(f"#chart-{key}-table-caption").find_parent("table")
        headers = [th.get_text(strip=True) for th in table.select("thead th")]
        scopes = {th.get("scope") for th in table.select("thead th")}
        rows = [
            [cell.get_text(strip=True) for cell in row.select("th, td")]
            for row in table.select("tbody tr")
        ]
        row_scopes = [row.select_one("th")["scope"] for row in table.select("tbody tr")]
        return table, headers, scopes, rows, row_scopes

    def test_the_same_numbers_as_a_table(self):
        soup, _ = self.charts()
        columns = [
            "Projects",
            "Total budget",
            "Private funding",
            "Private share",
            "Public funding",
        ]
        for key, first, expected in [
            (
                "area",
                "Strategic area",
                [
                    ["Biopharma", "3", "€4,633,333.33", "€1,811,111.11", "39%",
                     "€2,822,222.22"],
                    ["Medtech", "3", "€4,050,000.50", "€1,100,000.25", "27%",
                     "€2,650,000"],
                ],
            ),
            (
                "year",
                "Year of labelling",
                [
                    ["2020", "1", "€100,000", "€0", "0%", "€50,000"],
                    ["2021", "4", "€4,550,000.50", "€1,600,000.25", "35%",
                     "€2,650,000"],
                    ["2022", "1", "€3,333,333.33", "€1,111,111.11", "33%",
                     "€2,222,222.22"],
                ],
            ),
        ]:  # fmt: skip
            with self.subTest(key):
                table, headers, scopes, rows, row_scopes = self.table(soup, key)
                title = soup.select_one(f"#chart-{key}-title").get_text()
                self.assertEqual(table.caption.get_text(strip=True), title)
                self.assertEqual(headers, [first, *columns])
                self.assertEqual(scopes, {"col"})
                self.assertEqual(rows, expected)
                self.assertEqual(set(row_scopes), {"row"})
                # The scrolling region is named by the caption.
                region = table.find_parent(attrs={"role": "region"})
                self.assertEqual(
                    region["aria-labelledby"], f"chart-{key}-table-caption"
                )

    def bars(self, soup, key):
        """{label: (value label, [(kind, x, width)])} of one chart's rows."""
        svg = soup.select_one(f"#chart-{key}-title").find_parent("svg")
        return {
            row.select_one(".chart__label").get_text(): (
                row.select_one(".chart__value").get_text(),
                [
                    (
                        rect["class"][0].removeprefix("chart__bar--"),
                        float(rect["x"]),
                        float(rect["width"]),
                    )
                    for rect in row.select("rect")
                ],
            )
            for row in svg.select("g.chart__row")
        }

    def test_bars_are_proportional_the_largest_full_width(self):
        soup, _ = self.charts()
        for key, groups in [
            ("area", [BIOPHARMA, MEDTECH]),
            ("year", YEARS),
        ]:
            bars = self.bars(soup, key)
            self.assertEqual(list(bars), [group[0] for group in groups])
            largest = max(group[2] for group in groups)
            scale = charts.WIDTH / float(largest)
            for label, _count, total, private, public in groups:
                with self.subTest(f"{key} {label}"):
                    _, segments = bars[label]
                    # Private, public, then what neither covers, each in
                    # proportion, a gap of 2 between them; none of nothing.
                    expected, x = [], 0.0
                    for kind, amount in [
                        ("private", private),
                        ("public", public),
                        ("other", total - private - public),
                    ]:
                        width = float(amount) * scale
                        if not amount:
                            continue
                        if expected:
                            x, width = x + charts.GAP, width - charts.GAP
                        expected.append((kind, x, width))
                        x += width
                    self.assertEqual(
                        [kind for kind, _, _ in segments],
                        [kind for kind, _, _ in expected],
                    )
                    for (_, x, width), (_, want_x, want_width) in zip(
                        segments, expected, strict=True
                    ):
                        self.assertAlmostEqual(x, want_x, delta=0.01)
                        self.assertAlmostEqual(width, want_width, delta=0.01)
                    # The bar ends in proportion to the group's total; the
                    # largest fills the chart's width.
                    _, x, width = segments[-1]
                    self.assertAlmostEqual(
                        x + width, float(total / largest) * charts.WIDTH, delta=0.02
                    )
                    if total == largest:
                        self.assertAlmostEqual(x + width, 320, delta=0.01)
        # By hand, at 320 / 4,633,333.33 per euro. Biopharma, the largest:
        # 1,811,111.11 private → 125.08; 2,822,222.22 public → 194.92, less
        # the gap. Medtech: 75.97, then 183.02 and, as Beta leaves
        # €300,000.25 to other funding, 20.72: it ends at 279.71.
        area = self.bars(soup, "area")
        self.assertEqual(
            area["Biopharma"][1],
            [("private", 0.0, 125.08), ("public", 127.08, 192.92)],
        )
        self.assertEqual(
            area["Medtech"][1],
            [
                ("private", 0.0, 75.97),
                ("public", 77.97, 181.02),
                ("other", 260.99, 18.72),
            ],
        )
        # 2020 (Epsilon) has no private funding: its bar starts with public,
        # and leaves €50,000 to other funding.
        self.assertEqual(
            [kind for kind, _, _ in self.bars(soup, "year")["2020"][1]],
            ["public", "other"],
        )

    def test_each_bar_is_labelled_with_its_rounded_total(self):
        soup, _ = self.charts()
        self.assertEqual(
            {label: value for label, (value, _) in self.bars(soup, "area").items()},
            {"Biopharma": "€4.6M", "Medtech": "€4.1M"},
        )
        self.assertEqual(
            {label: value for label, (value, _) in self.bars(soup, "year").items()},
            {"2020": "€100k", "2021": "€4.6M", "2022": "€3.3M"},
        )

    def test_the_legend_shows_other_only_when_some_bar_has_it(self):
        soup, _ = self.charts()
        legend = soup.select_one("#chart-area-title").find_parent("svg")
        self.assertEqual(
            [text.get_text() for text in legend.select(".chart__legend text")],
            ["Private", "Public", "Other"],
        )
        soup, _ = self.charts("year=2022")
        legend = soup.select_one("#chart-year-title").find_parent("svg")
        self.assertEqual(
            [text.get_text() for text in legend.select(".chart__legend text")],
            ["Private", "Public"],
        )

    def test_the_svg_is_sized_for_its_bars(self):
        soup, _ = self.charts()
        svg = soup.select_one("#chart-year-title").find_parent("svg")
        height = charts.LEGEND_HEIGHT + charts.ROW_HEIGHT * 3
        self.assertEqual(svg["viewbox"], f"0 0 320 {height}")
        self.assertEqual((svg["width"], svg["height"]), ("320", str(height)))

    def test_a_chart_of_nothing_has_no_bars(self):
        chart = charts.bar_chart([], key="area", kind="strategic area")
        self.assertEqual(chart.bars, [])
        self.assertFalse(chart.has_other)
        self.assertEqual(
            chart.description,
            "Total budget of the selected projects by strategic area.",
        )


class MoneyTests(unittest.TestCase):
    def test_english_amounts(self):
        with translation.override("en"):
            for value, full, short in [
                # Half up, not to even: 1.25 million reads 1.3.
                (D("1250000"), "€1,250,000", "€1.3M"),
                (D("3250000.00"), "€3,250,000", "€3.3M"),
                (D("3000000.00"), "€3,000,000", "€3M"),
                (D("1250000.50"), "€1,250,000.50", "€1.3M"),
                (D("850000"), "€850,000", "€850k"),
                (D("1500"), "€1,500", "€2k"),
                (D("999"), "€999", "€999"),
                (D("0.00"), "€0", "€0"),
                (D("37000000.00"), "€37,000,000", "€37M"),
            ]:
                with self.subTest(value):
                    self.assertEqual(euros(value), full)
                    self.assertEqual(compact(value), short)
            self.assertEqual(compact(D("2500")), "€3k")
            self.assertEqual(euros(None), "")
            self.assertEqual(compact(None), "")

    def test_english_shares(self):
        with translation.override("en"):
            self.assertEqual(percent(D("0.3")), "30%")
            self.assertEqual(percent(D("0.295")), "30%")
            self.assertEqual(percent(D("1")), "100%")
            self.assertEqual(percent(0), "0%")
            self.assertEqual(percent(None), "")

    def test_french_amounts(self):
        # A no-break space between thousands, a decimal comma, the sign after.
        with translation.override("fr"):
            for value, full, short in [
                (D("1250000"), "1\xa0250\xa0000\xa0€", "1,3\xa0M€"),
                (D("3250000.00"), "3\xa0250\xa0000\xa0€", "3,3\xa0M€"),
                (D("3000000.00"), "3\xa0000\xa0000\xa0€", "3\xa0M€"),
                (D("1250000.50"), "1\xa0250\xa0000,50\xa0€", "1,3\xa0M€"),
                (D("850000"), "850\xa0000\xa0€", "850\xa0k€"),
                (D("0.00"), "0\xa0€", "0\xa0€"),
            ]:
                with self.subTest(value):
                    self.assertEqual(euros(value), full)
                    self.assertEqual(compact(value), short)
            self.assertEqual(percent(D("0.3")), "30\xa0%")

    def test_just_under_a_million_reads_as_a_million(self):
        # €999,500 rounds to a million: "€1M", never "€1,000k".
        with translation.override("en"):
            self.assertEqual(compact(D("999500")), "€1M")


class DemoFiguresTests(TestCase):
    """The seed articles' totals: ten projects of 2020–2023, €37 million, €11
    million of it private, digital projects a quarter of the total."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", stdout=StringIO())

    def figures(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response.context["figures"], soup_of(response)

    def test_the_published_totals_in_both_languages(self):
        for url, language in [("/en/projects/", "en"), ("/fr/projets/", "fr")]:
            with self.subTest(url):
                figures, soup = self.figures(url)
                self.assertEqual(soup.html["lang"], language)
                overall = figures.overall
                self.assertEqual(overall.count, 10)
                self.assertEqual(overall.total, D("37000000.00"))
                self.assertEqual(overall.private, D("11000000.00"))
                self.assertEqual(overall.public, D("26000000.00"))
                self.assertEqual(
                    [g.label for g in figures.by_year], ["2020", "2021", "2022", "2023"]
                )
                self.assertEqual(sum(g.count for g in figures.by_year), 10)
                self.assertEqual(
                    sum(g.total for g in figures.by_year), D("37000000.00")
                )
                self.assertEqual(len(soup.select(".card__title a")), 10)

    def test_the_english_panel_reads_37_million(self):
        _, soup = self.figures("/en/projects/")
        shown = key_figures(soup)
        self.assertEqual(shown["total budget"], ("€37M", "€37,000,000"))
        self.assertEqual(shown["private funding"], ("€11M", "€11,000,000"))
        self.assertEqual(shown["private share"], ("30%", None))

    def test_the_french_panel_and_table_read_french_amounts(self):
        _, soup = self.figures("/fr/projets/")
        totals = [
            (item.dd.get_text(strip=True), item.dd.abbr["title"])
            for item in soup.select(".key-figures__item")
            if item.dd.abbr
        ]
        self.assertEqual(
            totals,
            [
                ("37\xa0M€", "37\xa0000\xa0000\xa0€"),
                ("11\xa0M€", "11\xa0000\xa0000\xa0€"),
            ],
        )
        table = soup.select_one("#chart-year-table-caption").find_parent("table")
        first = table.select_one("tbody tr")
        # QC1 and the GBS test: €3.6M + €2.4M, of which €1.4M + €0.8M private.
        self.assertEqual(
            [cell.get_text(strip=True) for cell in first.select("th, td")],
            [
                "2020",
                "2",
                "6\xa0000\xa0000\xa0€",
                "2\xa0200\xa0000\xa0€",
                "37\xa0%",
                "3\xa0800\xa0000\xa0€",
            ],
        )
        desc = soup.select_one("#chart-year-desc").get_text()
        self.assertIn("6\xa0000\xa0000\xa0€", desc)
        self.assertNotIn("€6", desc)

    def test_digital_projects_are_a_quarter_of_the_total(self):
        for url in ("/en/projects/", "/fr/projets/"):
            with self.subTest(url):
                digital = [
                    self.figures(f"{url}?area={slug}")[0].overall
                    for slug in ("digital-biomanufacturing", "e-health")
                ]
                self.assertEqual([group.count for group in digital], [1, 2])
                total = sum(group.total for group in digital)
                self.assertEqual(total, D("9250000.00"))
                self.assertEqual(total * 4, D("37000000.00"))

    def test_every_area_of_the_demo_is_charted(self):
        figures, soup = self.figures("/en/projects/")
        self.assertEqual(
            [(g.key, g.count) for g in figures.by_area],
            [("biopharma", 3), ("medtech", 5), ("e-health", 2)],
        )
        self.assertEqual(len(soup.select(".project-figures svg[role=img]")), 2)
        index = ProjectIndexPage.objects.get(locale__language_code="en")
        self.assertEqual(index.projects().count(), 10)
