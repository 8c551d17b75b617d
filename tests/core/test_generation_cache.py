"""What a miss reads from the cache, kept per content generation: cards,
counts, figures, the sitemap index, feed enclosure sizes; and that each is
fresh after a change. The page cache is off throughout: these serve misses."""

import datetime
import re
from decimal import Decimal
from unittest import mock

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cluster_portal.core import renditions
from cluster_portal.core.templatetags import card_tags
from events.models.querysets import listing_now
from news.models import NewsPage
from tests.core.helpers import make_image, publish
from tests.events.support import build_event_tree, make_event
from tests.news.support import build_news_tree, make_story
from tests.projects.support import build_project_tree, make_project

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


@pytest.fixture
def page_cache_off():
    with override_settings(PORTAL_PAGE_CACHE=False):
        yield


@pytest.fixture
def news(site_tree):
    tree = build_news_tree(site_tree)
    for number in range(3):
        make_story(tree["news_index"], title=f"Story {number}", slug=f"story-{number}")
    return tree


def sql_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, (url, response.status_code)
    return response, [query["sql"] for query in queries]


def rendered_cards(client, url):
    """How many cards `url` renders rather than reads from the cache."""
    with mock.patch.object(
        card_tags, "render_card", wraps=card_tags.render_card
    ) as render:
        response = client.get(url)
    assert response.status_code == 200
    return render.call_count, response.content.decode()


def test_a_listing_reads_its_cards_from_the_cache(client, news):
    url = news["news_index"].url
    first, _ = rendered_cards(client, url)
    assert first == 2  # the newest story is featured above the grid
    again, html = rendered_cards(client, url)
    assert again == 0
    assert all(f"Story {number}" in html for number in range(3))


def test_a_changed_story_gets_a_new_card(client, news):
    url = news["news_index"].url
    rendered_cards(client, url)
    story = NewsPage.objects.get(slug="story-1")
    story.title = "Story one, renamed"
    publish(story)
    count, html = rendered_cards(client, url)
    assert count == 2  # a new generation: every card is rendered afresh
    assert "Story one, renamed" in html
    assert ">Story 1<" not in html


def test_an_event_card_drops_add_to_calendar_once_the_event_is_over(site_tree):
    tree = build_event_tree(site_tree)
    now = timezone.now()
    event = make_event(
        tree["events_index"],
        title="Networking day",
        start=now + datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=2),
    )
    template = Template(
        '{% load card_tags %}{% cards "events/event_card.html" "event" items %}'
    )
    request = RequestFactory().get("/")

    def card():
        return template.render(Context({"request": request, "items": [event]}))

    assert "Add to calendar" in card()
    later = now + datetime.timedelta(hours=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert "Add to calendar" not in card()


def test_a_preview_renders_its_cards_afresh(news):
    stories = list(NewsPage.objects.live())
    template = Template(
        '{% load card_tags %}{% cards "news/news_card.html" "story" items %}'
    )
    request = RequestFactory().get("/")
    request.is_preview = True
    with mock.patch.object(
        card_tags, "render_card", wraps=card_tags.render_card
    ) as render:
        for _ in range(2):
            template.render(Context({"request": request, "items": stories}))
    assert render.call_count == 2 * len(stories)


def test_listings_compare_with_now_to_the_minute():
    now = listing_now()
    assert now.second == now.microsecond == 0
    assert timezone.now() - now < datetime.timedelta(minutes=1)


def test_the_events_index_counts_once_a_generation(client, site_tree):
    tree = build_event_tree(site_tree)
    soon = timezone.now() + datetime.timedelta(days=3)
    for number in range(2):
        make_event(
            tree["events_index"],
            title=f"Event {number}",
            slug=f"event-{number}",
            start=soon,
            end=soon + datetime.timedelta(hours=2),
        )
    url = tree["events_index"].url
    _, first = sql_of(client, url)
    assert any("COUNT(" in sql for sql in first)
    _, again = sql_of(client, url)
    assert not any("COUNT(" in sql for sql in again), again


def test_the_sitemap_index_counts_and_dates_once_a_generation(client, news):
    response, first = sql_of(client, "/sitemap.xml")
    assert any("COUNT(" in sql or "MAX(" in sql for sql in first)
    _, again = sql_of(client, "/sitemap.xml")
    assert not any("COUNT(" in sql or "MAX(" in sql for sql in again), again
    before = re.search(rb"<lastmod>(.*?)</lastmod>", response.content).group(1)
    publish(NewsPage.objects.get(slug="story-0"))
    after = client.get("/sitemap.xml")
    assert re.search(rb"<lastmod>(.*?)</lastmod>", after.content).group(1) > before


def test_the_api_lists_one_type_from_its_own_table_and_counts_once(client, news):
    url = "/api/v2/pages/?type=news.NewsPage&fields=date"
    response, first = sql_of(client, url)
    assert response.json()["meta"]["total_count"] == 3
    listing = [sql for sql in first if "news_newspage" in sql and "LIMIT" in sql]
    assert listing
    assert all(" IN (SELECT" not in sql for sql in listing), listing
    _, again = sql_of(client, url)
    assert not any("COUNT(" in sql for sql in again), again
    make_story(news["news_index"], title="Another", slug="another")
    assert client.get(url).json()["meta"]["total_count"] == 4


def test_the_api_listing_of_one_type_still_leaves_out_drafts(client, news):
    make_story(news["news_index"], title="A draft", slug="draft", draft=True)
    titles = {
        item["title"]
        for item in client.get("/api/v2/pages/?type=news.NewsPage").json()["items"]
    }
    assert titles == {"Story 0", "Story 1", "Story 2"}


def test_project_figures_are_summed_once_a_generation(client, site_tree):
    tree = build_project_tree(site_tree)
    make_project(
        tree["projects_index"], title="Tracer", total_budget=Decimal("1000000")
    )
    url = tree["projects_index"].url
    _, first = sql_of(client, url)
    assert any("SUM(" in sql for sql in first)
    _, again = sql_of(client, url)
    assert not any("SUM(" in sql for sql in again), again
    make_project(
        tree["projects_index"], title="Implant", total_budget=Decimal("2000000")
    )
    response = client.get(url)
    assert response.context["figures"].overall.total == Decimal("3000000")


def test_feed_enclosures_give_each_file_size_without_asking_storage_twice(client, news):
    image = make_image(width=1200, height=630)
    story = NewsPage.objects.get(slug="story-0")
    story.lead_image = image
    publish(story)
    url = news["news_index"].url + "feed/rss/"
    first = client.get(url)
    length = int(re.search(rb'<enclosure[^>]*length="(\d+)"', first.content).group(1))
    rendition = image.get_rendition(renditions.SHARE)
    assert length == rendition.file.size > 0
    with mock.patch(
        "django.db.models.fields.files.FieldFile.size",
        new_callable=mock.PropertyMock,
        side_effect=AssertionError("asked the storage"),
    ):
        again = client.get(url)
    assert again.content.count(b"<enclosure") == 1


def test_a_calendar_feed_keeps_each_event_and_stamps_the_download(client, site_tree):
    tree = build_event_tree(site_tree)
    soon = timezone.now() + datetime.timedelta(days=3)
    event = make_event(
        tree["events_index"],
        title="Networking day",
        start=soon,
        end=soon + datetime.timedelta(hours=8),
    )
    url = tree["events_index"].url + "feed/ics/"
    _, first = sql_of(client, url)
    later = timezone.now() + datetime.timedelta(minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        response, again = sql_of(client, url)
    assert len(again) < len(first)
    assert not any("strategicarea" in sql for sql in again), again
    body = response.content.decode()
    assert body.count("BEGIN:VEVENT") == body.count("DTSTAMP:") == 1
    assert f"DTSTAMP:{later:%Y%m%dT%H%M%S}Z" in body
    event.title = "Networking day renamed"
    publish(event)
    assert "SUMMARY:Networking day renamed" in client.get(url).content.decode()
