"""A CDN purged on publish, and the page cache's switch under each settings."""

import pytest
from django.test import override_settings
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from tests.core.helpers import publish
from tests.core.test_settings import production_env, settings_in_subprocess  # noqa: F401
from tests.news.support import build_news_tree, make_story

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def recording_cdn():
    PURGED.clear()
    backends = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        yield PURGED


@pytest.mark.django_db
def test_publishing_purges_the_page_its_index_and_the_home_page(
    site_tree, recording_cdn
):
    tree = build_news_tree(site_tree)
    story = make_story(tree["news_index"], title="Tracers", slug="tracers", draft=True)
    recording_cdn.clear()
    publish(story)
    assert set(recording_cdn) == {
        "http://testserver/en/news/tracers/",
        "http://testserver/en/news/",
        "http://testserver/en/",
    }


@pytest.mark.django_db
def test_without_a_cdn_nothing_is_purged(site_tree):
    tree = build_news_tree(site_tree)
    PURGED.clear()
    make_story(tree["news_index"], title="Tracers", slug="tracers")
    assert PURGED == []


@pytest.mark.parametrize(
    ("value", "expected"), [(None, True), ("0", False), ("1", True)]
)
def test_production_has_the_page_cache_on_unless_told(production_env, value, expected):  # noqa: F811
    if value is not None:
        production_env["PORTAL_PAGE_CACHE"] = value
    found = settings_in_subprocess(production_env, "PORTAL_PAGE_CACHE")
    assert found["PORTAL_PAGE_CACHE"] is expected


def test_development_turns_the_page_cache_on_when_told(production_env, tmp_path):  # noqa: F811
    production_env["DJANGO_SETTINGS_MODULE"] = "cluster_portal.settings.dev"
    assert settings_in_subprocess(production_env, "PORTAL_PAGE_CACHE") == {
        "PORTAL_PAGE_CACHE": False
    }
    production_env["PORTAL_PAGE_CACHE"] = "1"
    assert settings_in_subprocess(production_env, "PORTAL_PAGE_CACHE") == {
        "PORTAL_PAGE_CACHE": True
    }


def test_production_purges_a_cdn_named_in_the_environment(production_env):  # noqa: F811
    production_env["FRONTEND_CACHE_PURGE_URL"] = "http://varnish.internal:6081"
    found = settings_in_subprocess(production_env, "WAGTAILFRONTENDCACHE")
    assert found["WAGTAILFRONTENDCACHE"] == {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://varnish.internal:6081",
        }
    }
