"""Languages: the redirect from /, French pages and UI, the switcher, adding Dutch."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils.translation import trans_real
from wagtail.models import Locale

from cluster_portal.core.locales import ensure_locales
from demo.factories.core import StandardPageFactory
from tests.core.helpers import publish, translate

FRENCH_CATALOGUE = Path(settings.BASE_DIR) / "locale/fr/LC_MESSAGES/django.mo"


@pytest.fixture(scope="session")
def french_catalogue():
    """The compiled French catalogue; built by `compile_catalogues` when missing."""
    if not FRENCH_CATALOGUE.exists():
        call_command("compile_catalogues")
        # Catalogues are loaded once per process: forget any French loaded
        # before the .mo file existed.
        trans_real._translations = {}
        trans_real._default = None
    assert FRENCH_CATALOGUE.exists()
    return FRENCH_CATALOGUE


@pytest.fixture
def about(site_tree):
    page = publish(
        StandardPageFactory(
            parent=site_tree["home"], title="About", slug="about", show_in_menus=True
        )
    )
    page_fr = translate(page, site_tree["fr"], title="À propos", slug="a-propos")
    return {"en": page, "fr": page_fr}


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def switcher_links(soup):
    return {
        link["hreflang"]: link["href"]
        for link in soup.select(".language-switcher a[hreflang]")
    }


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr", "/fr/"),
        ("fr-BE,fr;q=0.9,en;q=0.5", "/fr/"),
        ("en", "/en/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("de", "/en/"),
        (None, "/en/"),
    ],
)
def test_root_redirects_by_browser_language(
    site_tree, client, accept_language, expected
):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert client.get(response["Location"]).status_code == 200


def test_french_home_is_the_french_translation(site_tree, client):
    soup = soup_of(client.get("/fr/"))
    assert soup.html["lang"] == "fr"
    assert soup.title.get_text().startswith("Health innovation, together")
    assert soup.select_one(".brand")["href"] == "/fr/"
    assert soup.select_one("form.header-search")["action"] == "/fr/search/"


def test_french_pages_show_french_interface_strings(
    site_tree, client, french_catalogue
):
    """Relies on `manage.py compile_catalogues` (run by the fixture if needed)."""
    soup = soup_of(client.get("/fr/"))
    assert soup.select_one("a.skip-link").get_text() == "Aller au contenu principal"
    assert soup.select_one('label[for="header-search-q"]').get_text() == (
        "Rechercher sur le site"
    )
    assert soup.select_one("nav.main-nav")["aria-label"] == "Principal"
    assert soup.select_one("nav.language-switcher")["aria-label"] == "Langue"

    english = soup_of(client.get("/en/"))
    assert english.select_one("a.skip-link").get_text() == "Skip to main content"


def test_switcher_leads_to_the_translation_of_the_current_page(about, client):
    soup = soup_of(client.get("/en/about/"))
    assert switcher_links(soup) == {"en": "/en/about/", "fr": "/fr/a-propos/"}
    current = soup.select_one('.language-switcher a[aria-current="true"]')
    assert current["hreflang"] == "en"

    soup = soup_of(client.get("/fr/a-propos/"))
    assert switcher_links(soup) == {"en": "/en/about/", "fr": "/fr/a-propos/"}
    current = soup.select_one('.language-switcher a[aria-current="true"]')
    assert current["hreflang"] == "fr"
    assert client.get(switcher_links(soup)["en"]).status_code == 200


def test_switcher_falls_back_to_the_home_page_of_the_other_language(site_tree, client):
    publish(StandardPageFactory(parent=site_tree["home"], title="News", slug="news"))
    soup = soup_of(client.get("/en/news/"))
    assert switcher_links(soup) == {"en": "/en/news/", "fr": "/fr/"}


def test_switcher_on_search_keeps_the_query(site_tree, client):
    soup = soup_of(client.get("/en/search/?q=medtech"))
    assert switcher_links(soup) == {
        "en": "/en/search/?q=medtech",
        "fr": "/fr/search/?q=medtech",
    }


def test_english_page_is_not_served_under_the_french_prefix(about, client):
    assert client.get("/fr/about/").status_code == 404
    assert client.get("/en/a-propos/").status_code == 404


DUTCH = [("en", "English"), ("fr", "Français"), ("nl", "Nederlands")]


@override_settings(WAGTAIL_CONTENT_LANGUAGES=DUTCH, LANGUAGES=DUTCH)
def test_dutch_is_added_by_settings_alone(site_tree, client):
    assert not Locale.objects.filter(language_code="nl").exists()

    ensure_locales()

    dutch = Locale.objects.get(language_code="nl")
    home_nl = translate(
        site_tree["home"],
        dutch,
        title="Home",
        slug="home-nl",
        hero_heading="Samen innoveren in de gezondheidszorg",
    )
    soup = soup_of(client.get("/nl/"))
    assert soup.html["lang"] == "nl"
    assert soup.select_one("h1").get_text() == "Samen innoveren in de gezondheidszorg"
    assert switcher_links(soup) == {"en": "/en/", "fr": "/fr/", "nl": "/nl/"}
    assert home_nl.get_url() == "/nl/"


@override_settings(WAGTAIL_CONTENT_LANGUAGES=DUTCH, LANGUAGES=DUTCH)
def test_ensure_locales_is_idempotent(db):
    ensure_locales()
    ensure_locales()
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == [
        "en",
        "fr",
        "nl",
    ]


def test_an_unprefixed_page_address_redirects_to_its_language(about, client):
    response = client.get("/about/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert response["Location"] == "/fr/about/"


def test_a_404_from_an_admin_view_is_not_turned_into_a_redirect(
    site_tree, admin_client
):
    # The view answered 404 for a page that does not exist; redirecting to
    # /en/admin/… would only answer 404 again (and turn a POST into a GET).
    for method in (admin_client.get, admin_client.post):
        response = method("/admin/pages/987654/edit/")
        assert response.status_code == 404
