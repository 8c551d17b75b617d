"""The shared page cache: 0 queries on a hit, exact invalidation, HTTP caching."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cluster_portal.core import page_cache
from cluster_portal.core.models import ContactSettings
from demo.factories.core import StandardPageFactory
from news.models import NewsPage
from tests.core.helpers import make_image, publish, translate
from tests.news.support import build_news_tree, make_story

pytestmark = pytest.mark.django_db

cache_on = override_settings(PORTAL_PAGE_CACHE=True)


@pytest.fixture
def news(site_tree):
    tree = build_news_tree(site_tree)
    tree["story"] = make_story(
        tree["news_index"],
        title="Radiotracers made in Liège",
        slug="radiotracers",
        strategic_areas=[tree["medtech"]],
    )
    return tree


def get(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code in (200, 301, 304, 404), (url, response.status_code)
    return response


def text(response):
    return response.content.decode()


def warm(client, url):
    """Request twice; the second must come from the cache."""
    get(client, url)
    response = get(client, url)
    assert response["X-Page-Cache"] == "hit", url
    return response


@cache_on
def test_a_hit_runs_no_query_and_returns_the_same_page(client, news):
    url = news["story"].url
    first = get(client, url)
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = get(client, url)
    assert len(queries) == 0, [query["sql"] for query in queries]
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


@cache_on
def test_every_section_index_and_feed_is_served_from_the_cache(client, news):
    for url in ["/en/", "/fr/", news["news_index"].url, "/sitemap.xml", "/en/news/"]:
        warm(client, url)


@cache_on
def test_publishing_a_story_shows_it_on_the_index(client, news):
    index_url = news["news_index"].url
    warm(client, index_url)
    make_story(news["news_index"], title="A new tracer plant", slug="plant")
    assert "A new tracer plant" in text(get(client, index_url))


@cache_on
def test_republishing_a_change_shows_it(client, news):
    story = news["story"]
    warm(client, story.url)
    story.title = "Radiotracers made in Seraing"
    publish(story)
    assert "Radiotracers made in Seraing" in text(get(client, story.url))


@cache_on
def test_saving_a_draft_leaves_the_live_page_as_it_was(client, news):
    story = news["story"]
    warm(client, story.url)
    story.title = "A draft title"
    story.save_revision()
    response = get(client, story.url)
    assert "A draft title" not in text(response)
    assert "Radiotracers made in Liège" in text(response)


@cache_on
def test_unpublishing_takes_a_story_off_the_index_and_its_page(client, news):
    story, index_url = news["story"], news["news_index"].url
    warm(client, index_url)
    warm(client, story.url)
    story.unpublish()
    assert "Radiotracers made in Liège" not in text(get(client, index_url))
    assert get(client, story.url).status_code == 404


@cache_on
def test_deleting_a_story_takes_it_off_the_index(client, news):
    story, index_url = news["story"], news["news_index"].url
    warm(client, index_url)
    Page.objects.get(pk=story.pk).delete()
    assert "Radiotracers made in Liège" not in text(get(client, index_url))


@cache_on
def test_moving_a_page_changes_its_address_at_once(client, news):
    home = news["home"]
    about = publish(StandardPageFactory(parent=home, title="About", slug="about"))
    team = publish(StandardPageFactory(parent=about, title="Team", slug="team"))
    warm(client, "/en/about/team/")
    Page.objects.get(pk=team.pk).move(home, pos="last-child")
    # Wagtail leaves a redirect from the old address to the new one.
    moved = get(client, "/en/about/team/")
    assert (moved.status_code, moved["Location"]) == (301, "/en/team/")
    assert get(client, "/en/team/").status_code == 200


@cache_on
def test_translating_a_story_lists_it_on_the_french_index(client, news):
    french_index = news["news_index_fr"].url
    warm(client, french_index)
    translate(news["story"], news["fr"], title="Des radiotraceurs liégeois")
    assert "Des radiotraceurs liégeois" in text(get(client, french_index))


@cache_on
def test_renaming_a_snippet_shows_the_new_name(client, news):
    story = news["story"]
    warm(client, story.url)
    news["medtech"].name = "Medical technology"
    news["medtech"].save()
    assert "Medical technology" in text(get(client, story.url))


@cache_on
def test_changing_a_setting_changes_every_page(client, news):
    urls = ["/en/", news["story"].url]
    for url in urls:
        warm(client, url)
    contact = ContactSettings.for_site(news["home"].get_site())
    contact.organisation_name = "BioWin, the Walloon health cluster"
    contact.save()
    for url in urls:
        assert "BioWin, the Walloon health cluster" in text(get(client, url)), url


@cache_on
def test_changing_an_image_changes_the_pages_showing_it(client, news):
    story = news["story"]
    story.lead_image = make_image(title="Hot cell")
    publish(story)
    warm(client, story.url)
    image = story.lead_image
    image.description = "A shielded hot cell in the Liège plant"
    image.save()
    assert "A shielded hot cell in the Liège plant" in text(get(client, story.url))


@pytest.fixture
def open_event(site_tree):
    from tests.events.support import build_event_tree, make_event

    tree = build_event_tree(site_tree)
    return make_event(
        tree["events_index"],
        title="Networking day",
        registration_mode="portal",
        capacity=10,
    )


@cache_on
def test_registering_and_cancelling_change_the_places_left(client, open_event):
    from events import registration_service as service

    warm(client, open_event.url)
    registration, _token = service.register(
        open_event,
        name="Ada Lovelace",
        email="ada@example.org",
        organisation_name="Analytical Engines",
        member=None,
        b2b=False,
    )
    assert "9 places left" in text(get(client, open_event.url))
    warm(client, open_event.url)
    # Cancelling writes with update(): the service bumps the generation itself.
    service.cancel(registration)
    assert "10 places left" in text(get(client, open_event.url))


@cache_on
def test_a_rendition_made_while_rendering_keeps_the_cache(client, news):
    story = news["story"]
    story.lead_image = make_image(title="Hot cell")
    publish(story)
    before = page_cache.generation()
    get(client, story.url)  # creates the renditions
    assert page_cache.generation() == before
    assert get(client, story.url)["X-Page-Cache"] == "hit"


@cache_on
def test_one_change_bumps_once_at_the_end(news):
    before = page_cache.generation()
    with page_cache.one_change():
        make_story(news["news_index"], title="Bulk one", slug="bulk-one")
        make_story(news["news_index"], title="Bulk two", slug="bulk-two")
        assert page_cache.generation() == before
    assert page_cache.generation() == before + 1


@cache_on
def test_signed_in_users_are_never_served_from_or_stored_in_the_cache(
    client, news, django_user_model
):
    url = news["story"].url
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "x")
    client.force_login(user)
    for _ in range(2):
        response = get(client, url)
        assert "X-Page-Cache" not in response
        assert "public" not in response.get("Cache-Control", "")
    client.logout()
    client.cookies.clear()
    assert get(client, url)["X-Page-Cache"] == "miss"


@cache_on
def test_a_page_with_a_csrf_form_is_never_stored(client, open_event):
    for _ in range(2):
        response = get(client, open_event.url + "register/")
        assert "X-Page-Cache" not in response
        assert "csrftoken" in response.cookies


@cache_on
def test_never_cache_views_are_never_stored(client, news):
    for _ in range(2):
        response = client.get("/healthz/")
        assert "X-Page-Cache" not in response
        assert "no-store" in response["Cache-Control"]


@cache_on
def test_a_query_string_is_its_own_entry(client, news):
    index_url = news["news_index"].url
    warm(client, index_url)
    response = get(client, f"{index_url}?area=biopharma")
    assert response["X-Page-Cache"] == "miss"
    assert "Radiotracers made in Liège" not in text(response)


@override_settings(PORTAL_PAGE_CACHE=False)
def test_turned_off_it_stores_nothing_but_still_marks_pages_public(client, news):
    for _ in range(2):
        response = get(client, news["story"].url)
        assert "X-Page-Cache" not in response
    assert "public" in response["Cache-Control"]


@pytest.mark.parametrize("enabled", [True, False])
def test_anonymous_pages_are_cacheable_over_http_and_answer_304(
    client, news, enabled, settings
):
    settings.PORTAL_PAGE_CACHE = enabled
    url = news["story"].url
    response = get(client, url)
    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert f"max-age={settings.PORTAL_HTTP_MAX_AGE}" in cache_control
    assert f"s-maxage={settings.PORTAL_HTTP_SHARED_MAX_AGE}" in cache_control
    assert not response.cookies
    etag = response["ETag"]
    for _ in range(2):  # a miss, then (cache on) a hit
        again = get(client, url, if_none_match=etag)
        assert again.status_code == 304
        assert not again.content
    assert get(client, url, if_none_match='"other"').status_code == 200


@cache_on
def test_a_changed_page_gets_a_new_etag(client, news):
    story = news["story"]
    etag = get(client, story.url)["ETag"]
    story.title = "Radiotracers, made in Liège"
    publish(story)
    response = get(client, story.url, if_none_match=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


@cache_on
def test_a_cache_that_fails_serves_the_page_uncached(client, news, monkeypatch):
    class Down:
        def __getattr__(self, name):
            raise ConnectionError("cache down")

    # The page cache's own calls only: Wagtail's are the operations issue's.
    monkeypatch.setattr(page_cache, "cache", Down())
    response = get(client, news["story"].url)
    assert response.status_code == 200
    assert "Radiotracers made in Liège" in text(response)


def test_the_models_pages_show_bump_and_the_others_do_not():
    from django.contrib.sessions.models import Session
    from wagtail.images.models import Rendition
    from wagtail.models import PageLogEntry, Revision

    from members.models import MemberPage

    for model in (NewsPage, MemberPage, ContactSettings, Page):
        assert page_cache.shown_on_pages(model), model
    for model in (Session, Rendition, PageLogEntry, Revision):
        assert not page_cache.shown_on_pages(model), model
