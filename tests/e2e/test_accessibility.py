"""axe-core finds nothing to fix, and the keyboard reaches everything visibly."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image
from playwright.sync_api import expect

from tests.e2e.support import DESKTOP, PHONE

PAGES = [
    ("/en/", 200),
    ("/fr/", 200),
    ("/en/about/", 200),
    ("/en/about/governance/", 200),
    ("/en/search/?q=cluster", 200),
    ("/en/search/?q=zzzz", 200),
    ("/en/does-not-exist/", 404),
]

axe = Axe()


def violation_report(violations):
    lines = [f"{len(violations)} axe violation(s):"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}"
        )
        for node in violation["nodes"]:
            lines.append(f"    {', '.join(map(str, node['target']))}")
            lines.append(f"      {node['failureSummary']}".replace("\n", " "))
    return "\n".join(lines)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
@pytest.mark.parametrize(("path", "status"), PAGES, ids=[p for p, _ in PAGES])
def test_no_axe_violations(page, visit, path, status):
    visit(path, status=status)
    violations = axe.run(page).response["violations"]
    assert not violations, violation_report(violations)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_skip_link_comes_first_and_moves_focus_to_main(page, visit):
    visit("/en/about/")
    skip_link = page.locator("a.skip-link")
    expect(skip_link).not_to_be_in_viewport()

    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    # The next Tab continues from the content, not from the top of the page.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


# What the focused element looks like: its own outline or box-shadow, or an
# outline an ancestor draws around it with :focus-within (the linked cards).
FOCUS_STATE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const outlined = (node) => {
    const style = getComputedStyle(node);
    return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  };
  const rect = el.getBoundingClientRect();
  let indicator = null;
  if (outlined(el)) indicator = "outline";
  else if (getComputedStyle(el).boxShadow !== "none") indicator = "box-shadow";
  else {
    for (let node = el.parentElement; node && node !== document.body;
         node = node.parentElement) {
      if (outlined(node)) { indicator = "outline on " + node.className; break; }
    }
  }
  return {
    element: el.outerHTML.slice(0, 120),
    indicator: indicator,
    shown: rect.width > 0 && rect.height > 0,
  };
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_every_tab_stop_shows_where_focus_is(page, visit):
    visit("/en/")
    stops = []
    for _ in range(15):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        if state is None:  # past the last focusable element
            break
        stops.append(state)

    assert len(stops) >= 8, stops
    unmarked = [stop for stop in stops if not (stop["indicator"] and stop["shown"])]
    assert not unmarked, unmarked


def relative_luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in rgb[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    lighter, darker = sorted((first, second), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_hero_text_is_readable_over_the_photo(page, visit):
    # axe cannot judge text over an image, so measure it: hide the text, then
    # compare its colour with the lightest pixel left behind where it stood.
    visit("/en/")
    page.wait_for_function("document.querySelector('.hero__media img').complete")
    texts = page.evaluate(
        """() => Array.from(
          document.querySelectorAll('.hero__title, .hero__text'), el => {
            const box = el.getBoundingClientRect();
            const colour = getComputedStyle(el).color.match(/\\d+/g).map(Number);
            return {name: el.className, colour: colour,
                    box: [box.left, box.top, box.right, box.bottom]};
          })"""
    )
    page.add_style_tag(content=".hero__inner { visibility: hidden; }")
    backdrop = Image.open(io.BytesIO(page.screenshot())).convert("RGB")

    for text in texts:
        area = backdrop.crop(tuple(round(edge) for edge in text["box"]))
        shades = [
            relative_luminance(pixel)
            for _count, pixel in area.getcolors(area.width * area.height)
        ]
        lightest, darkest = max(shades), min(shades)
        colour = relative_luminance(text["colour"])
        worst = min(contrast(colour, lightest), contrast(colour, darkest))
        assert worst >= 4.5, f"{text['name']}: contrast down to {worst:.2f}:1"
