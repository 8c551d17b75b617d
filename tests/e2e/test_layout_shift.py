"""No index moves under the reader's thumb as it loads: CLS below 0.05.

Only a browser lays the page out and loads its pictures and fonts; the
layout-shift entries it reports are what Lighthouse sums as CLS. Each image
carries its width and height, so the space is kept before it arrives.
"""

import pytest

from tests.e2e.support import DESKTOP, PHONE, load_lazy_images

# Measured at 390 px, 2026-12-07: events 0.175, past 0.226, members 0.292,
# projects 0.226. Known and not yet fixed (issue 14): strict, so the fix
# must remove the mark.
SHIFTING_ON_PHONES = {
    "/en/events/",
    "/en/events/past/",
    "/en/members/",
    "/en/projects/",
}
INDEXES = ["/en/", "/en/news/", *sorted(SHIFTING_ON_PHONES)]
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
def test_an_index_does_not_shift_as_it_loads(page, visit, path, viewport, request):
    if viewport == PHONE and path in SHIFTING_ON_PHONES:
        request.applymarker(pytest.mark.xfail(strict=True, reason="issue 14"))
    page.add_init_script(OBSERVE)
    visit(path)
    page.wait_for_load_state("load")
    load_lazy_images(page)  # the cards further down load too
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(200)  # entries are reported after the frame
    shift = page.evaluate("window.__layoutShift")
    assert shift < MOST, f"{path}: cumulative layout shift {shift:.3f}"
