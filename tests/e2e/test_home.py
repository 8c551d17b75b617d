"""The home page in a real browser: it renders whole, and the menu works at
every width, with and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.support import DESKTOP, PHONE, load_lazy_images

HERO_HEADING = "Health innovation, built together in Wallonia"
HOME_TITLE = "BioWin, the health cluster of Wallonia"  # the home page's SEO title


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_home_page_renders_completely(page, visit, console_errors):
    visit("/en/")

    expect(page).to_have_title(HOME_TITLE)
    expect(page.get_by_role("heading", level=1)).to_have_text(HERO_HEADING)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    load_lazy_images(page)
    images = page.evaluate(
        "Array.from(document.images, img => [img.currentSrc, img.naturalWidth])"
    )
    assert len(images) >= 3, images  # hero, cards, partner logos
    assert [src for src, width in images if width == 0] == []
    assert console_errors == []


def menu_parts(page):
    toggle = page.get_by_role("button", name="Menu")
    nav = page.get_by_role("navigation", name="Main")
    return toggle, nav


@pytest.mark.parametrize("viewport", [PHONE], ids=["390"])
def test_phone_menu_opens_and_closes(page, visit):
    visit("/en/")
    toggle, nav = menu_parts(page)

    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(nav).to_be_hidden()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(nav).to_be_visible()
    expect(nav.get_by_role("link", name="About the cluster")).to_be_visible()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(nav).to_be_hidden()

    toggle.click()
    expect(nav).to_be_visible()
    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(nav).to_be_hidden()
    expect(toggle).to_be_focused()


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
def test_desktop_nav_is_open_without_a_toggle(page, visit):
    visit("/en/")
    toggle, nav = menu_parts(page)

    expect(toggle).to_be_hidden()
    expect(nav).to_be_visible()
    nav.get_by_role("link", name="Strategic areas").click()
    expect(page).to_have_url(re.compile(r"/en/strategic-areas/$"))


@pytest.mark.parametrize(
    "browser_context_options",
    [{"viewport": PHONE, "java_script_enabled": False}],
    ids=["390-no-js"],
)
def test_phone_nav_works_without_javascript(page, visit):
    visit("/en/")
    toggle, nav = menu_parts(page)

    expect(toggle).to_be_hidden()
    expect(nav).to_be_visible()
    link = nav.get_by_role("link", name="About the cluster")
    expect(link).to_be_visible()
    link.click()
    expect(page).to_have_url(re.compile(r"/en/about/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("About the cluster")
