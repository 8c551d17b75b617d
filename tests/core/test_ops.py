"""Operational endpoints and error pages: health, robots, sitemap, 404 and 500."""

import json
from pathlib import Path
from unittest import mock
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import OperationalError
from django.test import Client, RequestFactory
from django.views.defaults import server_error
from wagtail.models import Page, PageViewRestriction, Site

from cluster_portal.core import views
from cluster_portal.core.models import StandardPage
from cluster_portal.core.sitemaps import AllLocalesSitemap, addresses
from demo.factories.core import StandardPageFactory
from tests.core.helpers import publish, translate

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


# /healthz/ ----------------------------------------------------------------


def test_healthz_answers_when_the_database_does(db, client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"status": "ok", "database": "up"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_database_is_down(db, client):
    with mock.patch.object(views, "connection") as connection:
        connection.cursor.side_effect = OperationalError("connection refused")
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert json.loads(response.content) == {
        "status": "unavailable",
        "database": "down",
    }


def test_healthz_is_503_when_the_query_fails(db, client):
    with mock.patch.object(views, "connection") as connection:
        cursor = connection.cursor.return_value.__enter__.return_value
        cursor.execute.side_effect = OperationalError("server closed the connection")
        response = client.get("/healthz/")
    assert response.status_code == 503


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_healthz_only_answers_get(db, client, method):
    response = getattr(client, method)("/healthz/")
    assert response.status_code == 405
    assert "GET" in response["Allow"]


# /robots.txt --------------------------------------------------------------


def test_robots_txt(db, client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_robots_txt_names_the_sitemap_on_the_requested_host(db, client):
    response = client.get("/robots.txt", HTTP_HOST="portal.example.org")
    assert "Sitemap: http://portal.example.org/sitemap.xml" in (
        response.content.decode().splitlines()
    )


# /sitemap.xml -------------------------------------------------------------


@pytest.fixture
def sitemap_tree(site_tree):
    home, fr = site_tree["home"], site_tree["fr"]
    about = publish(StandardPageFactory(parent=home, title="About", slug="about"))
    translate(about, fr, title="À propos", slug="a-propos")
    publish(StandardPageFactory(parent=home, title="Governance", slug="governance"))
    StandardPageFactory(parent=home, title="Draft", slug="draft", draft=True)
    members_only = publish(
        StandardPageFactory(parent=home, title="Members only", slug="members-only")
    )
    publish(StandardPageFactory(parent=members_only, title="Minutes", slug="minutes"))
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    return site_tree


def sitemap_pages(client):
    """The addresses of the sitemap pages `/sitemap.xml` lists, in order."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    index = ElementTree.fromstring(response.content)  # noqa: S314 - our own output
    assert index.tag == f"{SITEMAP}sitemapindex"
    return [loc.text for loc in index.iter(f"{SITEMAP}loc")]


def read_sitemap(client):
    """Every entry of every sitemap page: {URL: {language: alternate URL}}."""
    entries = {}
    for address in sitemap_pages(client):
        response = client.get(address)
        assert response.status_code == 200
        urlset = ElementTree.fromstring(response.content)  # noqa: S314
        for url in urlset.iter(f"{SITEMAP}url"):
            alternates = {
                link.get("hreflang"): link.get("href")
                for link in url.iter(f"{XHTML}link")
                if link.get("rel") == "alternate"
            }
            entries[url.findtext(f"{SITEMAP}loc")] = alternates
    return entries


def test_sitemap_is_an_index_of_pages_of_a_bounded_size(
    sitemap_tree, client, monkeypatch
):
    monkeypatch.setattr(AllLocalesSitemap, "limit", 2)
    assert sitemap_pages(client) == [
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-pages.xml?p=2",
        "http://testserver/sitemap-pages.xml?p=3",
    ]
    # Translations on other sitemap pages are still linked.
    entries = read_sitemap(client)
    assert len(entries) == 5
    assert entries["http://testserver/fr/a-propos/"] == {
        "en": "http://testserver/en/about/",
        "fr": "http://testserver/fr/a-propos/",
    }


@pytest.mark.parametrize("query", ["?p=4", "?p=0", "?p=abc"])
def test_a_sitemap_page_out_of_range_is_not_found(sitemap_tree, client, query):
    assert client.get(f"/sitemap-pages.xml{query}").status_code == 404
    assert client.get("/sitemap-nope.xml").status_code == 404


def test_sitemap_lists_the_live_public_pages_of_both_languages(sitemap_tree, client):
    assert sorted(read_sitemap(client)) == [
        "http://testserver/en/",
        "http://testserver/en/about/",
        "http://testserver/en/governance/",
        "http://testserver/fr/",
        "http://testserver/fr/a-propos/",
    ]


def test_sitemap_links_translations_with_hreflang(sitemap_tree, client):
    entries = read_sitemap(client)
    about = {
        "en": "http://testserver/en/about/",
        "fr": "http://testserver/fr/a-propos/",
    }
    assert entries["http://testserver/en/about/"] == about
    assert entries["http://testserver/fr/a-propos/"] == about
    assert entries["http://testserver/fr/"] == {
        "en": "http://testserver/en/",
        "fr": "http://testserver/fr/",
    }
    # No translation, so nothing to point at.
    assert entries["http://testserver/en/governance/"] == {}


def test_sitemap_addresses_are_wagtails_own(sitemap_tree, client):
    home = sitemap_tree["home"]
    publish(StandardPageFactory(parent=home, title="Ça va", slug="ça-va"))
    site = Site.objects.get(is_default_site=True)
    pages = list(Page.objects.live().exclude(depth=1))
    assert addresses(pages, site) == {page.pk: page.get_full_url() for page in pages}
    assert "http://testserver/en/%C3%A7a-va/" in read_sitemap(client)


def test_sitemap_leaves_out_a_draft_translation(sitemap_tree, client):
    governance = StandardPage.objects.get(slug="governance")
    governance.copy_for_translation(sitemap_tree["fr"])
    entries = read_sitemap(client)
    assert entries["http://testserver/en/governance/"] == {}
    assert not any("/fr/governance/" in url for url in entries)


# Error pages --------------------------------------------------------------


def test_unknown_page_gets_the_sites_404(site_tree, client):
    assert settings.DEBUG is False
    response = client.get("/en/nope/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.title.get_text().startswith("Page not found")
    search = soup.select_one("main form.search-form")
    assert search["action"] == "/en/search/"
    assert search.select_one('input[name="q"]') is not None
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"
    assert soup.select_one("main a.button")["href"] == "/en/"


def test_french_404_searches_in_french(site_tree, client):
    response = client.get("/fr/introuvable/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "fr"
    assert soup.select_one("main form.search-form")["action"] == "/fr/search/"


def test_unknown_path_outside_the_languages_is_404(site_tree, client):
    response = client.get("/wp-login.php", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert "search-form" in response.content.decode()


TEMPLATE_500 = Path(settings.BASE_DIR) / "templates" / "500.html"


def test_500_page_is_static_html():
    html = TEMPLATE_500.read_text()
    # It must render when the database or the template machinery is broken.
    assert "{%" not in html
    assert "{{" not in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.title.get_text()
    assert soup.select_one('a[href="/"]') is not None
    assert soup.select_one('[lang="fr"]') is not None


def test_server_error_view_serves_the_500_page():
    response = server_error(RequestFactory().get("/en/"))
    assert response.status_code == 500
    assert response.content.decode() == TEMPLATE_500.read_text()


def test_a_crashing_page_answers_with_the_500_page(site_tree):
    client = Client(raise_request_exception=False)
    with mock.patch(
        "cluster_portal.search.views.paginate", side_effect=RuntimeError("boom")
    ):
        response = client.get("/en/search/", {"q": "anything"})
    assert response.status_code == 500
    assert response.content.decode() == TEMPLATE_500.read_text()
