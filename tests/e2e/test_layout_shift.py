"""No index moves under the reader's thumb as it loads: CLS below 0.05.

Only a browser lays the page out and loads its pictures and fonts; the
layout-shift entries it reports are what Lighthouse sums as CLS. Each image
carries its width and height, so the space is kept before it arrives, and
the filter panels arrive folded, so a phone never folds them under the reader.
"""

import pytest

from tests.e2e.support import DESKTOP, PHONE, load_lazy_images

INDEXES = [
    "/en/",
    "/en/news/",
    "/en/events/",
    "/en/events/past/",
    "/en/members/",
    "/en/projects/",
]
MOST = 0.05  # "good" in Google's Web Vitals

# Sums the shifts not caused by the reader, from the first paint on.
OBSERVE = """
window.__layoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
@pytest.mark.parametrize("path", INDEXES)
def test_an_index_does_not_shift_as_it_loads(page, visit, path, viewport):
    page.add_init_script(OBSERVE)
    visit(path)
    page.wait_for_load_state("load")
    load_lazy_images(page)  # the cards further down load too
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(200)  # entries are reported after the frame
    shift = page.evaluate("window.__layoutShift")
    assert shift < MOST, f"{path}: cumulative layout shift {shift:.3f}"
