"""The projects section in a real browser: no axe violation, charts that a
screen reader can name and read as tables, filters that work with the
keyboard and without JavaScript, and open data that matches the list.

The demo's ten projects (demo/data/projects/): medtech projects labelled
in 2020 are QC1 and the Group B Streptococcus test; no e-health project was
labelled in 2020.
"""

import csv
import io
import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from projects.exports import FIELDS
from tests.e2e.support import DESKTOP, PHONE, screenshot_name
from tests.e2e.test_accessibility import FOCUS_STATE, violation_report

INDEX = "/en/projects/"
FILTERED = f"{INDEX}?area=medtech&year=2020"
NO_RESULT = f"{INDEX}?area=e-health&year=2020"
BIOMAN = f"{INDEX}bioman-industry-of-the-future/"
QC1 = f"{INDEX}qc1-radiopharmaceutical-quality-control/"
FR_INDEX = "/fr/projets/"
FR_PROJECT = f"{FR_INDEX}bioman-industrie-du-futur/"
PAGES = [INDEX, FILTERED, NO_RESULT, BIOMAN, QC1, FR_INDEX, FR_PROJECT]
# The pages with the figures panel's charts.
WITH_CHARTS = [INDEX, FILTERED, FR_INDEX]

QC1_TITLE = "QC1: one instrument for the quality control of radiopharmaceuticals"
GBS_TITLE = "A rapid test for Group B Streptococcus at delivery"
FILTERS = ["Strategic area", "Status", "Labelled in", "Partner"]
TABLE_SUMMARY = "The figures as a table"

# Between the two: one chart per row, as on a phone.
TABLET = {"width": 768, "height": 1024}
WIDTHS = {"argnames": "viewport", "argvalues": [PHONE, DESKTOP], "ids": ["390", "1280"]}
NO_JAVASCRIPT = {
    "argnames": "browser_context_options",
    "argvalues": [
        {"viewport": PHONE, "java_script_enabled": False},
        {"viewport": DESKTOP, "java_script_enabled": False},
    ],
    "ids": ["390-no-js", "1280-no-js"],
}

axe = Axe()


def assert_no_axe_violations(page):
    violations = axe.run(page).response["violations"]
    assert not violations, violation_report(violations)


def shoot(page, name):
    """With E2E_SCREENSHOTS=<dir>, the page as it is now: <name>_<width>.png.

    `visit` already saves each page it opens; this is for a page changed
    since, such as with its data tables open.
    """
    folder = os.environ.get("E2E_SCREENSHOTS")
    if not folder:
        return
    target = Path(folder) / f"{screenshot_name(name)}_{page.viewport_size['width']}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=target, full_page=True)


def card_links(page):
    return page.locator(".project-card .card__title a")


def card_titles(page):
    return card_links(page).all_inner_texts()


def key_figures(page):
    """The figures panel's figures: {"projects": "10", "total budget": …}."""
    return page.locator(".key-figures__item").evaluate_all(
        """items => Object.fromEntries(items.map(item => [
          item.querySelector("dt").textContent.trim(),
          item.querySelector("dd").textContent.trim()]))"""
    )


def open_tables(page):
    """Open every chart's data table with a click on its summary."""
    details = page.locator("figure.chart details.chart__data")
    assert details.count() > 0, "no chart on this page"
    for found in details.all():
        found.locator("summary").click()
        expect(found).to_have_attribute("open", "")
        expect(found.get_by_role("table")).to_be_visible()


# What the focused element is, to name the tab stops.
FOCUSED = """() => {
  const el = document.activeElement;
  const text = (value) => (value || "").replace(/\\s+/g, " ").trim();
  return {
    tag: el.tagName.toLowerCase(),
    name: text(el.labels?.[0]?.textContent) || text(el.innerText)
      || text(el.getAttribute("aria-label")),
    href: el.getAttribute("href"),
  };
}"""


def tab_until(page, done, limit=80):
    """Press Tab until `done(stop)`; every stop, with how focus shows on it."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        assert state is not None, f"focus left the page after {stops}"
        stop = page.evaluate(FOCUSED) | state
        stops.append(stop)
        if done(stop):
            return stops
    pytest.fail(f"not reached in {limit} tab stops: {[s['name'] for s in stops]}")


def unmarked(stops):
    return [stop for stop in stops if not (stop["indicator"] and stop["shown"])]


# 1. axe


@pytest.mark.parametrize(**WIDTHS)
@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page, visit, path):
    visit(path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_no_axe_violations(page)


@pytest.mark.parametrize(**WIDTHS)
@pytest.mark.parametrize("path", WITH_CHARTS)
def test_no_axe_violations_with_the_data_tables_open(page, visit, path):
    visit(path)
    open_tables(page)
    shoot(page, f"{path}-tables-open")
    assert_no_axe_violations(page)


# 2. The charts


@pytest.mark.parametrize(**WIDTHS)
@pytest.mark.parametrize("path", WITH_CHARTS)
def test_each_chart_is_named_by_its_title_and_has_a_row_per_bar(page, visit, path):
    visit(path)
    charts = page.locator("figure.chart")
    expect(charts).to_have_count(2)
    for chart in charts.all():
        svg = chart.locator("svg[role='img']")
        expect(svg).to_have_count(1)
        title = svg.locator("title")
        title_text = title.text_content().strip()
        assert title_text, "a chart without a <title>"
        # The first id svg's aria-labelledby names is its own <title>…
        first_id = svg.get_attribute("aria-labelledby").split()[0]
        assert title.get_attribute("id") == first_id
        # …so the name a screen reader reads out starts with the title.
        expect(svg).to_have_accessible_name(re.compile(rf"^{re.escape(title_text)}\b"))
        expect(page.get_by_role("img", name=title_text)).to_have_count(1)

        bars = svg.locator("g.chart__row")
        labels = bars.locator(".chart__label").all_text_contents()
        assert labels, f"{title_text}: no bar"
        # A bar's label and its amount side by side, never on top of each other.
        for bar in bars.all():
            label = bar.locator(".chart__label").bounding_box()
            value = bar.locator(".chart__value").bounding_box()
            assert label["x"] + label["width"] <= value["x"], (
                f"{title_text}: {bar.text_content().split()} overlap"
            )

        details = chart.locator("details.chart__data")
        summary = details.locator("summary")
        if path.startswith("/en/"):
            expect(summary).to_have_text(TABLE_SUMMARY)
        table = details.get_by_role("table")
        expect(table).to_be_hidden()
        summary.click()
        expect(table).to_be_visible()
        expect(table.locator("caption")).to_have_text(title_text)
        rows = table.locator("tbody tr")
        expect(rows).to_have_count(len(labels))
        assert rows.locator("th").all_text_contents() == labels


# How far each chart's box sticks out of the chart grid, and the page out of
# the window, in pixels (0 when they fit).
CHART_OVERFLOW = """() => {
  const grid = document.querySelector(".chart-grid").getBoundingClientRect();
  const charts = Array.from(document.querySelectorAll("figure.chart"),
    chart => Math.max(0, Math.round(chart.getBoundingClientRect().right - grid.right)));
  return {
    page: document.documentElement.scrollWidth - window.innerWidth,
    charts: charts,
  };
}"""


@pytest.mark.parametrize(
    "viewport", [PHONE, TABLET, DESKTOP], ids=["390", "768", "1280"]
)
@pytest.mark.parametrize("path", WITH_CHARTS)
def test_an_open_data_table_scrolls_in_its_box_not_the_page(page, visit, path):
    # A table wider than a phone must scroll inside its .table-scroll box; it
    # must not widen its chart's box past the grid, nor the page.
    visit(path)
    open_tables(page)
    overflow = page.evaluate(CHART_OVERFLOW)
    assert overflow == {"page": 0, "charts": [0, 0]}, (
        f"with the tables open, the page scrolls sideways by {overflow['page']}px"
        f" and the charts stick out of their grid by {overflow['charts']}px"
    )


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
def test_the_filtered_charts_have_a_bar_for_what_is_left(page, visit):
    visit(FILTERED)
    area, year = page.locator("figure.chart").all()
    expect(area.locator("g.chart__row .chart__label")).to_have_text(["Medtech"])
    expect(year.locator("g.chart__row .chart__label")).to_have_text(["2020"])


# 3. The figures


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
def test_the_figures_panel_reads_the_published_totals(page, visit):
    visit(INDEX)
    panel = page.locator("section.project-figures")
    heading = panel.get_by_role("heading", level=2)
    expect(heading).to_have_text("All projects in figures")
    figures = key_figures(page)
    assert figures["projects"] == "10", figures
    assert figures["total budget"] == "€37M", figures
    assert figures["private funding"] == "€11M", figures
    # The rounded figures give the full amount on hover.
    expect(panel.locator("abbr", has_text="€37M")).to_have_attribute(
        "title", "€37,000,000"
    )
    expect(panel.locator("abbr", has_text="€11M")).to_have_attribute(
        "title", "€11,000,000"
    )
    expect(page.locator(".results-count")).to_have_text("10 projects")
    expect(card_links(page)).to_have_count(10)


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
def test_the_french_index_reads_in_french(page, visit):
    visit(FR_INDEX)
    panel = page.locator("section.project-figures")
    expect(panel.get_by_role("heading", level=2)).to_have_text(
        "Tous les projets en chiffres"
    )
    figures = key_figures(page)
    # French amounts: the unit after the number, with a no-break space.
    assert figures["budget total"] == "37\xa0M€", figures
    assert figures["part privée"] == "30\xa0%", figures
    expect(page.get_by_role("button", name="Afficher les projets")).to_be_visible()
    expect(page.locator(".results-count")).to_have_text("10 projets")


# 4. Keyboard


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
def test_tab_reaches_filters_tables_and_cards_with_visible_focus(page, visit):
    visit(INDEX)
    cards = card_links(page).evaluate_all("links => links.map(a => a.href)")
    stops = tab_until(page, lambda stop: stop["href"] == urlsplit(cards[-1]).path)
    names = [stop["name"] for stop in stops]

    # The filters, the button, both tables' summaries, the open data and
    # every card, in that order.
    expected = [
        *FILTERS,
        "Show projects",
        TABLE_SUMMARY,
        TABLE_SUMMARY,
        "CSV (these projects)",
        "JSON (these projects)",
    ]
    position = 0
    for name in expected:
        assert name in names[position:], f"{name!r} not reached after: {names}"
        position = names.index(name, position) + 1
    card_paths = [urlsplit(url).path for url in cards]
    reached = [stop["href"] for stop in stops[position:] if stop["href"] in card_paths]
    assert reached == card_paths
    assert [stop["tag"] for stop in stops if stop["name"] in FILTERS] == ["select"] * 4
    assert unmarked(stops) == []


@pytest.mark.parametrize(**WIDTHS)
def test_enter_opens_the_data_tables(page, visit):
    visit(INDEX)
    tables = page.locator("details.chart__data")
    expect(tables).to_have_count(2)
    for number, details in enumerate(tables.all(), start=1):
        stops = tab_until(page, lambda stop: stop["name"] == TABLE_SUMMARY)
        assert unmarked(stops[-1:]) == [], stops[-1]
        expect(details.locator("summary")).to_be_focused()
        expect(details).not_to_have_attribute("open", "")
        page.keyboard.press("Enter")
        expect(details).to_have_attribute("open", "")
        expect(details.get_by_role("table")).to_be_visible()
        # The table's scrolling box is the next stop, and shows it.
        page.keyboard.press("Tab")
        expect(details.get_by_role("region")).to_be_focused()
        state = page.evaluate(FOCUS_STATE)
        assert state["indicator"] and state["shown"], (number, state)


@pytest.mark.parametrize("viewport", [PHONE], ids=["390"])
def test_the_filter_panel_is_folded_on_a_phone_and_opens_with_enter(page, visit):
    visit(INDEX)
    panel = page.locator("details.filter-panel")
    area = page.get_by_label("Strategic area", exact=True)
    expect(panel).not_to_have_attribute("open", "")
    expect(area).to_be_hidden()

    stops = tab_until(
        page,
        lambda stop: stop["tag"] == "summary" and stop["name"] == "Filter the projects",
    )
    assert unmarked(stops) == []
    page.keyboard.press("Enter")
    expect(panel).to_have_attribute("open", "")
    expect(area).to_be_visible()
    expect(page.get_by_role("button", name="Show projects")).to_be_visible()
    # On into the filters, then the button.
    rest = tab_until(page, lambda stop: stop["name"] == "Show projects", limit=6)
    assert [stop["name"] for stop in rest] == [*FILTERS, "Show projects"]
    assert unmarked(rest) == []


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
def test_the_filter_panel_is_open_on_a_desktop(page, visit):
    visit(INDEX)
    expect(page.locator("details.filter-panel")).to_have_attribute("open", "")
    expect(page.get_by_label("Strategic area", exact=True)).to_be_visible()


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
def test_filtering_with_the_keyboard_alone(page, visit):
    visit(INDEX)
    tab_until(page, lambda stop: stop["name"] == "Strategic area")
    page.keyboard.press("m")  # the first option starting with M: Medtech
    expect(page.get_by_label("Strategic area", exact=True)).to_have_value("medtech")
    tab_until(page, lambda stop: stop["name"] == "Show projects", limit=4)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/projects/\?(.*&)?area=medtech(&|$)"))
    expect(page.locator(".results-count")).to_have_text("5 projects")


# 5. Without JavaScript


@pytest.mark.parametrize(**NO_JAVASCRIPT)
def test_the_filters_work_without_javascript(page, visit):
    visit(INDEX)
    # Folded in the markup, the panel is shown unfolded without JavaScript.
    expect(page.get_by_label("Strategic area", exact=True)).to_be_visible()
    assert len(card_titles(page)) == 10
    assert key_figures(page)["projects"] == "10"

    page.get_by_label("Strategic area", exact=True).select_option("medtech")
    page.get_by_label("Labelled in", exact=True).select_option("2020")
    page.get_by_role("button", name="Show projects").click()

    expect(page).to_have_url(re.compile(r"/en/projects/\?"))
    query = parse_qs(urlsplit(page.url).query)
    assert query["area"] == ["medtech"] and query["year"] == ["2020"], query
    # The list…
    expect(page.locator(".results-count")).to_have_text("2 projects")
    assert sorted(card_titles(page)) == sorted([QC1_TITLE, GBS_TITLE])
    # …and the figures are those of the selection.
    expect(page.locator("#figures-title")).to_have_text("These projects in figures")
    figures = key_figures(page)
    assert figures["projects"] == "2", figures
    assert figures["total budget"] == "€6M", figures
    area_chart = page.locator("figure.chart").first
    expect(area_chart.locator("g.chart__row .chart__label")).to_have_text(["Medtech"])
    # The panel is still shown, with the choices kept and a way back.
    expect(page.get_by_label("Strategic area", exact=True)).to_be_visible()
    expect(page.get_by_label("Strategic area", exact=True)).to_have_value("medtech")
    expect(page.get_by_label("Labelled in", exact=True)).to_have_value("2020")
    expect(page.get_by_role("link", name="Clear filters")).to_be_visible()


@pytest.mark.parametrize(**NO_JAVASCRIPT)
def test_a_filter_with_no_result_says_so_without_javascript(page, visit):
    visit(NO_RESULT)
    expect(page.locator(".results-count")).to_have_text("0 projects")
    expect(page.locator(".empty-state")).to_contain_text(
        "No project matches these filters."
    )
    expect(page.locator("figure.chart")).to_have_count(0)
    page.get_by_role("link", name="See every project").click()
    expect(page).to_have_url(re.compile(r"/en/projects/$"))
    assert len(card_titles(page)) == 10


# 6. Open data


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
@pytest.mark.parametrize("path", [INDEX, FILTERED, NO_RESULT])
def test_the_csv_link_downloads_the_projects_shown(page, visit, demo_site, path):
    visit(path)
    shown = card_titles(page)
    link = page.get_by_role("link", name="CSV (these projects)")

    response = page.request.get(demo_site.url + link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/csv"), response.headers

    with page.expect_download() as started:
        link.click()
    download = started.value
    assert download.suggested_filename.endswith(".csv"), download.suggested_filename
    # UTF-8 with a byte-order mark, for spreadsheet programs.
    text = Path(download.path()).read_bytes().decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text)))
    assert header == FIELDS
    assert sorted(row[0] for row in rows) == sorted(shown)


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
@pytest.mark.parametrize("path", [INDEX, FILTERED, NO_RESULT])
def test_the_json_link_returns_the_projects_shown(page, visit, demo_site, path):
    visit(path)
    shown = card_titles(page)
    href = page.get_by_role("link", name="JSON (these projects)").get_attribute("href")

    response = page.request.get(demo_site.url + href)
    assert response.status == 200
    assert response.headers["content-type"].startswith("application/json")
    data = response.json()
    assert data["count"] == len(shown)
    assert sorted(project["title"] for project in data["projects"]) == sorted(shown)


# 7. Rendering


@pytest.mark.parametrize(**WIDTHS)
@pytest.mark.parametrize("path", [INDEX, BIOMAN, QC1, FR_INDEX, FR_PROJECT])
def test_renders_without_console_error_or_sideways_scroll(
    page, visit, console_errors, path
):
    visit(path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert console_errors == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        "horizontal scroll"
    )
