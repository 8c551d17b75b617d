"""Shared fixtures: a two-language site tree, and the rules for optional suites.

Suites that need PostgreSQL or a browser skip with a one-line reason on a
developer machine that lacks them; with CI set, a missing one fails the run.
"""

import os
import shutil

import pytest
from django.db import connection
from wagtail.models import Locale, Page, Site

IN_CI = bool(os.environ.get("CI"))
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def _unavailable(reason):
    if IN_CI:
        pytest.fail(f"{reason} (CI is set, so this fails instead of skipping)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _require_services(request):
    if request.node.get_closest_marker("postgres"):
        if connection.vendor != "postgresql":
            _unavailable("needs PostgreSQL: set DATABASE_URL=postgres://…")
    if request.node.get_closest_marker("e2e"):
        if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
            _unavailable(f"needs Chromium at {CHROMIUM}: apt-get install chromium")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Transactional tests last: each empties every table when it ends, and
    the browser tests' demo site, built later in the session on a database
    emptied that way, lacks what the migrations created (a staff review then
    fails to open the comparison). Stable sort: the order is otherwise kept."""

    def transactional(item):
        marker = item.get_closest_marker("django_db")
        return bool(marker and marker.kwargs.get("transaction"))

    items.sort(key=transactional)


def build_site_tree():
    """Root → English home (+ French translation), as the default Site."""
    from cluster_portal.core.locales import ensure_locales
    from demo.factories.core import HomePageFactory

    ensure_locales()
    en = Locale.objects.get(language_code="en")
    fr = Locale.objects.get(language_code="fr")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", slug="root", locale=en)
    # Wagtail's migration leaves a bare welcome page; tests start without it.
    root.get_children().exclude(content_type__app_label="core").delete()
    home = HomePageFactory(parent=Page.objects.get(pk=root.pk), locale=en)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(
        hostname="testserver",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="Test cluster",
    )
    home_fr = home.copy_for_translation(fr)
    home_fr.title = "Accueil"
    home_fr.slug = "accueil"
    home_fr.save_revision().publish()
    return {
        "root": Page.objects.get(pk=root.pk),
        "home": Page.objects.get(pk=home.pk).specific,
        "home_fr": Page.objects.get(pk=home_fr.pk).specific,
        "en": en,
        "fr": fr,
    }


@pytest.fixture
def site_tree(db):
    return build_site_tree()


@pytest.fixture(autouse=True)
def _empty_cache(request):
    """Wagtail keeps site root paths and settings in the (locmem) cache; a
    rolled-back test must not hand the next one a stale copy. The browser
    tests share one demo site across tests and keep theirs."""
    from django.core.cache import cache

    if request.node.get_closest_marker("e2e"):
        yield
        return
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language, whatever the last one left."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


def pytest_report_header(config):
    """Say which database and browser this run uses, so CI logs show it."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    browser = CHROMIUM if os.path.exists(CHROMIUM) else f"none ({CHROMIUM} missing)"
    return [
        f"database: {database['ENGINE'].rsplit('.', 1)[-1]} ({database['NAME']})",
        f"browser: {browser}; CI={'yes' if IN_CI else 'no'}",
    ]
