"""Viewports and page helpers shared by the browser tests."""

import re

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def load_lazy_images(page):
    """Bring every image into view, so lazy ones load, and wait for them all."""
    for image in page.locator("img").all():
        image.scroll_into_view_if_needed()
    page.wait_for_function("Array.from(document.images).every(img => img.complete)")
    page.evaluate("window.scrollTo(0, 0)")


def screenshot_name(path):
    """'/en/search/?q=cluster' → 'en-search-q-cluster'."""
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "root"
