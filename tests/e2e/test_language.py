"""The language switcher leads to the same page in the other language."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.support import DESKTOP, PHONE


def switch_language(page, name):
    toggle = page.get_by_role("button", name="Menu")
    if toggle.is_visible():  # narrow screens fold the switcher into the menu
        toggle.click()
    switcher = page.get_by_role("navigation", name=re.compile("^(Language|Langue)$"))
    switcher.get_by_role("link", name=name).click()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_switch_from_english_to_french_and_back(page, visit):
    visit("/en/about/")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    switch_language(page, "Français")
    expect(page).to_have_url(re.compile(r"/fr/a-propos/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page).to_have_title("À propos du pôle · BioWin")
    expect(page.get_by_role("heading", level=1)).to_have_text("À propos du pôle")

    switch_language(page, "English")
    expect(page).to_have_url(re.compile(r"/en/about/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_title("About the cluster · BioWin")
