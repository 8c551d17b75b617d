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


# Every image drawn in its own proportions (Lighthouse's image-aspect-ratio):
# the box the browser lays out, against the picture it loaded. A hero that
# covers its banner (object-fit: cover) is cropped on purpose, not stretched.
DRAWN_OUT = """
Array.from(document.images)
  .filter(img => img.naturalWidth && img.clientWidth && img.clientHeight)
  .filter(img => getComputedStyle(img).objectFit !== "cover")
  .map(img => [img.currentSrc, img.clientWidth / img.clientHeight,
               img.naturalWidth / img.naturalHeight])
  .filter(([, shown, actual]) => Math.abs(shown - actual) / actual > 0.05)
  .map(([src, shown, actual]) => `${src}: ${shown.toFixed(2)}, is ${actual.toFixed(2)}`)
"""
WITH_IMAGES = [
    "/en/",
    "/en/members/",
    "/en/members/trasis/",
    "/en/events/biowin-day-demo-edition/",
    "/en/projects/qc1-radiopharmaceutical-quality-control/",
]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
@pytest.mark.parametrize("path", WITH_IMAGES)
def test_no_image_is_drawn_out_of_its_proportions(page, visit, path):
    visit(path)
    load_lazy_images(page)
    assert page.evaluate(DRAWN_OUT) == []
