"""The news section in a real browser: no axe violation, filters that work."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.support import DESKTOP, PHONE, load_lazy_images
from tests.e2e.test_accessibility import violation_report

STORY = "/en/news/medtech-ecosystem-initiatives/"
PAGES = ["/en/news/", "/en/news/?area=medtech", STORY, "/fr/actualites/"]

axe = Axe()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page, visit, path):
    visit(path)
    violations = axe.run(page).response["violations"]
    assert not violations, violation_report(violations)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_index_renders_with_its_images_and_no_console_error(
    page, visit, console_errors
):
    visit("/en/news/")
    expect(page.get_by_role("heading", level=1)).to_have_text("News")
    cards = page.locator(".card")
    assert cards.count() >= 10, "the year review's stories"
    load_lazy_images(page)
    broken = page.evaluate(
        "Array.from(document.images).filter(i => i.naturalWidth === 0)"
        ".map(i => i.currentSrc)"
    )
    assert broken == []
    assert console_errors == []
    # Nothing sticks out sideways on a phone.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        "horizontal scroll"
    )


@pytest.mark.parametrize("viewport", [PHONE], ids=["390"])
def test_filtering_by_area_with_the_form(page, visit):
    visit("/en/news/")
    page.get_by_label("Strategic area").select_option("medtech")
    page.get_by_role("button", name="Show stories").click()
    expect(page).to_have_url(re.compile(r"/en/news/\?(.*&)?area=medtech"))
    expect(page.get_by_label("Strategic area")).to_have_value("medtech")
    expect(page.get_by_role("link", name="Clear filters")).to_be_visible()
    titles = page.locator(".card__title a").all_inner_texts()
    assert titles, "medtech stories are listed"
    assert any("Medtech in Belgium" in title for title in titles)


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
def test_story_page_links_back_to_the_filtered_index(page, visit, console_errors):
    visit(STORY)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Medtech in Belgium")
    expect(page.locator(".story__meta time")).to_have_attribute(
        "datetime", re.compile(r"^2023-\d\d-\d\d$")
    )
    page.locator(".story__areas a").first.click()
    expect(page).to_have_url(re.compile(r"/en/news/\?area=[\w-]+$"))
    assert page.locator(".card__title a").count() >= 1
    assert console_errors == []
