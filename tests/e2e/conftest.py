"""Browser fixtures: one Chromium per session, a fresh context per test, and the
demo site behind one live server for the whole e2e package.

pytest-django's ``live_server`` fixture pulls in ``transactional_db``, which
empties every table after each test, so the demo (several seconds to build)
would be rebuilt for every test. These tests only read, so the package shares
one demo site: built once, served by a live server thread, and on the way out
the database is put back exactly as it was found.
"""

import os

# Playwright's sync API runs an event loop in the main thread, and Django
# refuses ORM calls from a thread with a running loop unless told otherwise.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

import shutil  # noqa: E402
from io import StringIO  # noqa: E402
from pathlib import Path  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

import pytest  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import translation  # noqa: E402
from pytest_django.live_server_helper import LiveServer  # noqa: E402

from tests.conftest import CHROMIUM  # noqa: E402
from tests.e2e.support import DESKTOP, load_lazy_images, screenshot_name  # noqa: E402

HERE = Path(__file__).resolve().parent
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.e2e)
            # Has pytest-django create the test database. Each test runs in a
            # transaction rolled back afterwards; the demo is committed before.
            item.add_marker(pytest.mark.django_db)


# Without Chromium, the root conftest's `_require_services` skips each test (or
# fails it in CI). It runs per test, after the wider-scoped fixtures below, so
# those must not fail first: the browser is launched lazily from `page`, and
# the demo is not built at all.
def chromium_missing():
    return not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM)


@pytest.fixture(scope="package")
def _browser():
    # Package scope, not session: while Playwright runs, its event loop marks
    # this thread as async, which would break async_to_sync in later tests.
    from playwright.sync_api import sync_playwright

    held = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        # With Playwright's loop running in this thread, asgiref stops treating
        # it as a sync thread and Django would hand out new connections here.
        # Keep the ones in use: they hold the test's transaction, and the live
        # server thread shares them (in-memory SQLite).
        for alias, held_connection in held.items():
            connections[alias] = held_connection
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


def render_every_page():
    """Render each live page once, so its image renditions are made and kept.

    Made during a test, they would be rolled back with it and made again by
    the next one.
    """
    from wagtail.models import Page

    client = Client()
    with translation.override(settings.LANGUAGE_CODE):  # the client activates
        for page in Page.objects.live().filter(depth__gt=1):
            assert client.get(page.url).status_code == 200, page.url


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site behind a live server; `demo_site.url` is its address."""
    if chromium_missing():
        yield None
        return
    from wagtail.models import Site

    # Unblocked for the whole package: the server thread queries between tests.
    with django_db_blocker.unblock():
        found = connection.creation.serialize_db_to_string()
        call_command("load_demo_content", stdout=StringIO())
        render_every_page()
        server = LiveServer("localhost")
        # Full URLs (canonical, hreflang) come from the Site: point it here.
        address = urlsplit(server.url)
        Site.objects.filter(is_default_site=True).update(
            hostname=address.hostname, port=address.port
        )
        cache.clear()
        try:
            yield server
        finally:
            server.stop()
            call_command(
                "flush", interactive=False, verbosity=0, inhibit_post_migrate=True
            )
            connection.creation.deserialize_db_from_string(found)
            reset_sequences()
            cache.clear()


def reset_sequences():
    """Rows put back with their ids leave PostgreSQL's sequences behind: the
    next insert would reuse an id. Move each past the largest id."""
    from django.apps import apps
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.fixture
def viewport():
    """Parametrize it, e.g. `@pytest.mark.parametrize("viewport", [PHONE])`."""
    return DESKTOP


@pytest.fixture
def browser_context_options(viewport):
    """Parametrize it to change more than the viewport (JavaScript, locale…)."""
    return {"viewport": viewport}


@pytest.fixture
def page(_require_services, request, browser_context_options):
    """A page in a browser context of its own."""
    browser = request.getfixturevalue("_browser")
    context = browser.new_context(**browser_context_options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def console_errors(page):
    """Console errors and uncaught exceptions of the page, as they happen."""
    errors = []

    def on_console(message):
        if message.type == "error":
            errors.append(f"{message.text} ({message.location.get('url')})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    return errors


@pytest.fixture
def visit(page, demo_site, browser_context_options):
    """Open a path of the demo site and check the status.

    With E2E_SCREENSHOTS=<dir>, a full-page screenshot of each page visited is
    saved there as <path>_<width>.png (<path>-nojs_<width>.png without
    JavaScript).
    """
    folder = os.environ.get("E2E_SCREENSHOTS")
    suffix = "" if browser_context_options.get("java_script_enabled", True) else "-nojs"

    def open_path(path, status=200):
        response = page.goto(demo_site.url + path)
        assert response.status == status, f"{path}: HTTP {response.status}"
        if folder:
            load_lazy_images(page)
            width = page.viewport_size["width"]
            target = Path(folder) / f"{screenshot_name(path)}{suffix}_{width}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=target, full_page=True)
        return response

    return open_path
