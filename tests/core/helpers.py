"""Helpers every test suite shares: publishing, translating, media, pages' HTML."""

import json
import typing

import wagtail_factories
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Collection


def publish(page):
    """Publish through a revision, as an editor does; returns the fresh page."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, locale, **fields):
    """Copy `page` into `locale`, set `fields`, publish, return the translation."""
    translation = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    return publish(translation)


def root_collection():
    # A database flushed by a transactional test has no root collection.
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def make_image(title="An image", width=100, height=100, **kwargs):
    return wagtail_factories.ImageFactory(
        title=title,
        collection=root_collection(),
        file__width=width,
        file__height=height,
        **kwargs,
    )


def make_document(title="Annual report", **kwargs):
    return wagtail_factories.DocumentFactory(
        title=title, collection=root_collection(), **kwargs
    )


# The most SQL queries any public page may run once the process is warm
# (issue: performance, point 3), with the page cache off as it is in tests.
QUERY_BUDGET = 12


class QueryCount(typing.NamedTuple):
    """The SQL queries of one URL: `cold`, the cache just emptied (menus,
    settings, routes and renditions all looked up again), and `warm`, the
    next request, when only the page's own content is read."""

    cold: int
    warm: int


def count_queries(client, url):
    """The queries of a render after emptying the cache, then of the next.

    The first render creates the image renditions; the cold count is then the
    worst a visitor meets once the site has been visited, the warm one what
    every other visitor costs.
    """
    assert client.get(url).status_code == 200
    cache.clear()
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            if response.streaming:  # a streamed export queries as it is read
                response.getvalue()
        assert response.status_code == 200
        counts.append(len(queries))
    return QueryCount(*counts)


def analyze_bulk_data():
    """Refresh PostgreSQL's statistics after a bulk set-up, as autovacuum would.

    Test data is built inside a transaction on tables analysed empty when the
    test database was created; planned with those statistics, a subquery over
    hundreds of pages runs as nested loops for seconds each time. Call it
    after filling the tables and before measuring. ANALYZE may run inside a
    transaction and sees its uncommitted rows; on SQLite it is not needed.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def add_url(model, parent):
    """The admin's address for adding a `model` page under `parent`."""
    return reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(soup):
    """The titles of the cards on a page, in order."""
    return [link.get_text(strip=True) for link in soup.select(".card__title a")]


def scripts(soup):
    """Every JSON-LD object of the page, each parsed with json.loads."""
    return [
        json.loads(script.string)
        for script in soup.select('script[type="application/ld+json"]')
    ]


def json_ld(soup, type_):
    """The page's one JSON-LD object of schema.org type `type_`."""
    objects = scripts(soup)
    matching = [data for data in objects if data["@type"] == type_]
    assert len(matching) == 1, objects
    return matching[0]


def meta(soup, key):
    """The content of a meta tag named `key` (Open Graph's property or name)."""
    tag = soup.select_one(f'meta[property="{key}"]') or soup.select_one(
        f'meta[name="{key}"]'
    )
    return tag["content"] if tag else None


def canonical(soup):
    return soup.select_one("link[rel=canonical]")["href"]
