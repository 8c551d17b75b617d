"""The member directory in a real browser: no axe violation, facets that work."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.support import DESKTOP, PHONE, load_lazy_images
from tests.e2e.test_accessibility import FOCUS_STATE, violation_report

DIRECTORY = "/en/members/"
MEMBER = "/en/members/trasis/"
PAGES = [DIRECTORY, f"{DIRECTORY}?sector=medtech&view=list", MEMBER]

axe = Axe()


def facet_option(page, facet, label):
    """The link of one option of a facet, e.g. ("Sector", "Medtech")."""
    section = page.locator("section.facet").filter(
        has=page.get_by_role("heading", name=facet, exact=True)
    )
    return section.locator(".facet__option").filter(
        has=page.locator(".facet__label", has_text=re.compile(f"^{label}"))
    )


def open_facets(page):
    """Unfold the filter panel if the phone layout folded it."""
    panel = page.locator("details.facets")
    if panel.get_attribute("open") is None:
        page.locator(".facets__summary").click()
    expect(panel).to_have_attribute("open", "")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page, visit, path):
    visit(path)
    violations = axe.run(page).response["violations"]
    assert not violations, violation_report(violations)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
@pytest.mark.parametrize("path", [DIRECTORY, MEMBER])
def test_renders_with_its_images_and_no_console_error(
    page, visit, console_errors, path
):
    visit(path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
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


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_the_directory_lists_the_demo_members(page, visit):
    visit(DIRECTORY)
    expect(page.get_by_role("heading", level=1)).to_have_text("Members")
    names = page.locator(".member-card .card__title a").all_inner_texts()
    assert "Trasis" in names
    assert names == sorted(names, key=str.lower), "alphabetical"
    expect(page.locator(".results-count")).to_have_text(f"{len(names)} members")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_clicking_a_facet_option_filters_and_shows_its_count(page, visit):
    visit(DIRECTORY)
    open_facets(page)
    medtech = facet_option(page, "Sector", "Medtech")
    count = int(medtech.locator(".facet__count").inner_text().split()[0])
    assert count >= 2, "the demo has at least two medtech members"

    medtech.click()

    expect(page).to_have_url(re.compile(r"/en/members/\?(.*&)?sector=medtech"))
    expect(page.locator(".results-count")).to_have_text(f"{count} members")
    expect(page.locator(".member-card")).to_have_count(count)
    open_facets(page)
    selected = facet_option(page, "Sector", "Medtech")
    expect(selected).to_have_attribute("aria-current", "true")
    expect(page.locator(".active-filters .chip")).to_contain_text("Medtech")

    # Choosing it again clears it.
    selected.click()
    expect(page).to_have_url(re.compile(r"/en/members/\?$"))
    expect(page.locator(".facet__option[aria-current]")).to_have_count(0)


@pytest.mark.parametrize("viewport", [PHONE], ids=["390"])
def test_switching_to_the_list_keeps_the_filter(page, visit):
    visit(f"{DIRECTORY}?sector=medtech")
    page.locator(".view-switch").get_by_role("link", name="list").click()
    expect(page).to_have_url(re.compile(r"sector=medtech"))
    expect(page).to_have_url(re.compile(r"view=list"))
    assert page.locator(".member-row").count() >= 2
    expect(page.locator(".member-card")).to_have_count(0)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_the_facet_links_are_reachable_by_tab(page, visit):
    visit(DIRECTORY)
    page.locator("#member-q").focus()
    reached = None
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "(() => { const el = document.activeElement;"
            " return {tag: el.tagName, cls: el.className,"
            " text: el.innerText, open: !!el.closest('details')?.open}; })()"
        )
        if focused["cls"] == "facets__summary" and not focused["open"]:
            page.keyboard.press("Enter")  # a folded panel opens from the keyboard
        if focused["cls"] == "facet__option":
            reached = focused
            break
    assert reached, "no facet option in the first 40 tab stops"
    state = page.evaluate(FOCUS_STATE)
    assert state["indicator"] and state["shown"], state

    # Enter follows it, like a click.
    label = reached["text"].split("\n")[0].strip()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/members/\?.+=.+"))
    expect(page.locator(".active-filters .chip").first).to_contain_text(label)


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
def test_a_member_page_links_back_to_the_filtered_directory(page, visit):
    visit(MEMBER)
    expect(page.get_by_role("heading", level=1)).to_have_text("Trasis")
    page.locator(".member__header .tag-list a").first.click()
    expect(page).to_have_url(re.compile(r"/en/members/\?sector=[\w-]+$"))
    names = page.locator(".member-card .card__title a").all_inner_texts()
    assert "Trasis" in names
