"""The site, route and settings a page needs, from the cache per generation.

The page cache is off here: these caches serve a miss, and must be exact on
their own.
"""

import hashlib

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cluster_portal.core.models import ContactSettings
from tests.core.helpers import publish
from tests.news.support import build_news_tree, make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(site_tree):
    tree = build_news_tree(site_tree)
    tree["story"] = make_story(tree["news_index"], title="Tracers", slug="tracers")
    return tree


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, len(captured)


def test_a_warm_request_skips_routing_and_the_settings(client, news):
    url = news["story"].url
    client.get(url)  # renditions and the like
    cache.clear()
    cold, cold_count = queries(client, url)
    warm, warm_count = queries(client, url)
    assert warm.content == cold.content
    # The site, four routing steps, two settings and the footer text.
    assert cold_count - warm_count >= 6


def test_an_unpublished_page_is_not_found_at_once(client, news):
    story = news["story"]
    client.get(story.url)
    story.unpublish()
    assert client.get("/en/news/tracers/").status_code == 404


def test_a_renamed_page_moves_to_its_new_address(client, news):
    story = news["story"]
    assert client.get("/en/news/tracers/").status_code == 200
    story.slug = "radiotracers"
    publish(story)
    assert client.get("/en/news/radiotracers/").status_code == 200
    old = client.get("/en/news/tracers/")
    assert old.status_code in (301, 404)


def test_a_routable_sub_address_is_routed_each_time(client, news):
    for _ in range(2):
        assert client.get("/en/news/feed/rss/").status_code == 200
    digest = hashlib.sha256(b"news/feed/rss/").hexdigest()
    assert not [key for key in cache._cache if digest in key]


def test_a_sub_address_is_routed_from_its_cached_page(client, news):
    client.get("/en/news/feed/rss/")  # renditions and the like
    cache.clear()
    _, cold = queries(client, "/en/news/feed/rss/")
    # Routed segment by segment, and the index's own address kept...
    index = hashlib.sha256(b"news/").hexdigest()
    assert [key for key in cache._cache if index in key]
    # ...so that the next request is routed from the index.
    _, warm = queries(client, "/en/news/feed/rss/")
    assert warm < cold


def test_a_page_found_below_a_cached_page_is_kept_for_next_time(client, news):
    client.get("/en/news/")
    assert client.get("/en/news/tracers/").status_code == 200
    digest = hashlib.sha256(b"news/tracers/").hexdigest()
    assert [key for key in cache._cache if digest in key]


def test_a_wrong_sub_address_below_a_cached_page_is_not_found(client, news):
    client.get("/en/news/")
    client.get("/en/news/tracers/")
    for url in ["/en/news/tracers/nope/", "/en/news/feed/nope/", "/en/news/a/b/c/"]:
        assert client.get(url).status_code == 404


def test_a_changed_setting_shows_at_once(client, news):
    url = news["story"].url
    client.get(url)
    contact = ContactSettings.for_site(news["home"].get_site())
    contact.organisation_name = "The Walloon health cluster"
    contact.save()
    assert "The Walloon health cluster" in client.get(url).content.decode()


def test_an_address_that_finds_nothing_is_not_kept(client, news):
    client.get("/en/news/nothing/")  # the chrome of the 404 page
    before = len(cache._cache)
    for n in range(5):
        assert client.get(f"/en/news/nothing-{n}/").status_code == 404
    assert len(cache._cache) == before


@pytest.mark.parametrize("page_cache", [False, True])
def test_restricting_a_visited_section_applies_at_once(
    client, news, settings, page_cache
):
    from wagtail.models import PageViewRestriction

    settings.PORTAL_PAGE_CACHE = page_cache
    story, index = news["story"], news["news_index"]
    assert client.get(story.url).status_code == 200
    assert "Tracers" in client.get(index.url).content.decode()
    PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(story.url)
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]
    # Listings leave private pages out, from the same cached restrictions.
    assert "Tracers" not in client.get(index.url).content.decode()


def test_an_alias_of_a_restricted_page_is_restricted_too(client, news):
    from wagtail.models import PageViewRestriction

    story = news["story"]
    PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.LOGIN
    )
    alias = story.create_alias(parent=news["home"], update_slug="tracers-again")
    client.get("/en/")  # a cached generation with the alias in it
    assert client.get(alias.url).status_code == 302


def test_a_listing_filter_offers_a_new_year_at_once(client, news):
    import datetime

    index_url = news["news_index"].url
    assert 'value="2019"' not in client.get(index_url).content.decode()
    make_story(
        news["news_index"], title="Old news", slug="old", date=datetime.date(2019, 5, 2)
    )
    assert 'value="2019"' in client.get(index_url).content.decode()


def test_a_warm_listing_reads_its_filter_choices_from_the_cache(client, news):
    index_url = news["news_index"].url
    client.get(index_url)
    cache.clear()
    _, cold = queries(client, index_url)
    _, warm = queries(client, index_url)
    # Besides the site, route, settings and footer: areas, years and series.
    assert cold - warm >= 9


def test_a_request_reads_the_content_generation_once(client, news, monkeypatch):
    from cluster_portal.core import page_cache

    client.get(news["news_index"].url)
    reads = []
    real = page_cache.generation
    monkeypatch.setattr(page_cache, "generation", lambda: reads.append(1) or real())
    client.get(news["news_index"].url)  # routes, settings, restrictions, facets
    assert len(reads) == 1
