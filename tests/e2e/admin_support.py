"""Helpers for browser tests that drive the Wagtail admin as more than one user.

The live server shares the test's database connection only on in-memory
SQLite, where what the browser writes is rolled back with the test. On any
other database the server thread has a connection of its own: it sees only
committed rows, and commits what the browser does. `as_server` and
`put_back_member_page` bridge that difference.
"""

import os
import re
import threading
from pathlib import Path

from django.db import connection, connections
from PIL import Image
from playwright.sync_api import expect

from tests.e2e.support import DESKTOP, PHONE, screenshot_name


def server_shares_connection():
    return connection.vendor == "sqlite" and connection.is_in_memory_db()


def as_server(function, *args, **kwargs):
    """Call `function` so that the live server sees what it writes.

    Sharing the test's connection, the server sees its transaction, which is
    rolled back afterwards. Otherwise the rows must be committed: the call
    runs in a thread of its own, on a connection of its own, in autocommit.
    """
    if server_shares_connection():
        return function(*args, **kwargs)
    outcome = {}

    def run():
        try:
            outcome["value"] = function(*args, **kwargs)
        except Exception as error:  # noqa: BLE001 - raised again in the caller
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def put_back_member_page(page_pk, live_revision_pk, emails):
    """Undo what a journey committed: its workflow, its publication, its users."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Page, Revision, WorkflowState

    page = Page.objects.get(pk=page_pk).specific
    for state in WorkflowState.objects.for_instance(page).active():
        state.cancel()
    page.refresh_from_db()
    if page.live_revision_id != live_revision_pk:
        Revision.objects.get(pk=live_revision_pk).publish()
    get_user_model().objects.filter(email__in=emails).delete()


def log_in(page, base_url, username, password):
    """Sign in on Wagtail's login form and land on the dashboard."""
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{base_url}/admin/")


def choose_action(page, name):
    """Open the edit view's action menu (beside "Save draft") and choose one."""
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=name, exact=True).click()


def edit_field(page, label):
    """A text field of the edit form, by its label (required ones end in *)."""
    return page.get_by_role("textbox", name=label, exact=True)


def make_png(path, colour):
    Image.new("RGB", (240, 120), colour).save(path)
    return path


# The admin scrolls its <main>, not the document: a full-page screenshot needs
# a viewport as tall as the main's content.
CONTENT_HEIGHT = """() => {
  const main = document.querySelector("main");
  const bottom = main ? main.getBoundingClientRect().top + main.scrollHeight : 0;
  return Math.ceil(Math.max(document.documentElement.scrollHeight, bottom));
}"""


def shoot(page, name):
    """With E2E_SCREENSHOTS=<dir>, save the page at desktop and phone widths.

    Each width is loaded afresh: the admin lays out its sidebar and minimap
    for the width it opens at.
    """
    folder = os.environ.get("E2E_SCREENSHOTS")
    if not folder:
        return
    was = page.viewport_size
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        page.reload()
        height = min(page.evaluate(CONTENT_HEIGHT), 10_000)
        page.set_viewport_size({**viewport, "height": max(height, viewport["height"])})
        target = Path(folder) / f"{screenshot_name(name)}_{viewport['width']}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=target, full_page=True)
    page.set_viewport_size(was)
    page.reload()


def set_password_path(body, base_url):
    """The path of the one-time link in an invitation, checked to be absolute."""
    found = re.search(r"^(\S+)(/admin/password_reset/confirm/\S+/)$", body, re.M)
    assert found, body
    assert found[1] == base_url.rstrip("/"), found[0]
    return found[2]
