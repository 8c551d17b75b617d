"""What search engines and link previews read: titles, alternates, JSON-LD."""

import json
import re

import pytest
from bs4 import BeautifulSoup

from cluster_portal.core.models import ContactSettings, HomePage, NavigationSettings
from demo.factories.core import StandardPageFactory
from tests.core.helpers import make_image, publish, translate

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


@pytest.fixture
def pages(site_tree):
    """Home (en, fr) → About (en, fr) → Team (en only)."""
    about = publish(
        StandardPageFactory(
            parent=site_tree["home"],
            title="About the cluster",
            slug="about",
            intro="Who we are.",
        )
    )
    about_fr = translate(
        about,
        site_tree["fr"],
        title="À propos",
        slug="a-propos",
        intro="Qui sommes-nous.",
    )
    team = publish(
        StandardPageFactory(
            parent=about, title="Team", slug="team", intro="The people behind it."
        )
    )
    return {**site_tree, "about": about, "about_fr": about_fr, "team": team}


def get_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def json_ld(response):
    return [json.loads(block) for block in LD_JSON.findall(response.content.decode())]


def hreflangs(soup):
    return {
        link["hreflang"]: link["href"]
        for link in soup.select('head link[rel="alternate"][hreflang]')
    }


PUBLIC_PAGES = [
    ("/en/", "en", "Health innovation, together"),
    ("/fr/", "fr", "Health innovation, together"),
    ("/en/about/", "en", "About the cluster"),
    ("/fr/a-propos/", "fr", "À propos"),
    ("/en/about/team/", "en", "Team"),
]


@pytest.mark.parametrize(("url", "language", "heading"), PUBLIC_PAGES)
def test_every_public_page_has_its_metadata(pages, client, url, language, heading):
    soup = get_soup(client, url)

    assert soup.html["lang"] == language
    assert soup.title.get_text().startswith(heading)
    assert soup.title.get_text().endswith("· Test cluster")
    assert soup.select_one('meta[name="description"]')["content"]
    assert soup.select_one('link[rel="canonical"]')["href"] == f"http://testserver{url}"
    assert soup.select_one('meta[property="og:title"]')["content"]
    assert (
        soup.select_one('meta[property="og:url"]')["content"]
        == f"http://testserver{url}"
    )
    assert soup.select_one('meta[property="og:locale"]')["content"] == language


def test_meta_description_comes_from_the_intro_or_the_search_description(pages, client):
    soup = get_soup(client, "/en/about/")
    assert soup.select_one('meta[name="description"]')["content"] == "Who we are."

    about = pages["about"]
    about.search_description = "The cluster in one sentence."
    publish(about)
    soup = get_soup(client, "/en/about/")
    assert soup.select_one('meta[name="description"]')["content"] == (
        "The cluster in one sentence."
    )
    assert soup.select_one('meta[property="og:description"]')["content"] == (
        "The cluster in one sentence."
    )


def test_og_title_prefers_the_seo_title(pages, client):
    about = pages["about"]
    about.seo_title = "About BioWin, the health cluster"
    publish(about)
    soup = get_soup(client, "/en/about/")
    assert soup.select_one('meta[property="og:title"]')["content"] == (
        "About BioWin, the health cluster"
    )
    assert soup.title.get_text().startswith("About BioWin, the health cluster")


def test_og_image_only_when_the_page_has_an_image(pages, client):
    soup = get_soup(client, "/en/about/")
    assert soup.select_one('meta[property="og:image"]') is None
    assert soup.select_one('meta[name="twitter:card"]')["content"] == "summary"

    about = pages["about"]
    about.image = make_image("Lab", width=2400, height=1260)
    publish(about)
    soup = get_soup(client, "/en/about/")
    og_image = soup.select_one('meta[property="og:image"]')["content"]
    assert re.fullmatch(
        r"http://testserver/media/images/.+\.fill-1200x630\.\w+", og_image
    )
    assert soup.select_one('meta[property="og:image:width"]')["content"] == "1200"
    assert soup.select_one('meta[property="og:image:height"]')["content"] == "630"
    assert soup.select_one('meta[name="twitter:card"]')["content"] == (
        "summary_large_image"
    )


def test_social_image_wins_over_the_page_image(pages, client):
    about = pages["about"]
    about.image = make_image("Page image")
    about.social_image = make_image("Sharing image", width=1200, height=630)
    publish(about)
    soup = get_soup(client, "/en/about/")
    og_image = soup.select_one('meta[property="og:image"]')["content"]
    expected = about.social_image.get_rendition("fill-1200x630").url
    assert og_image == f"http://testserver{expected}"


@pytest.mark.parametrize("url", ["/en/about/", "/fr/a-propos/"])
def test_hreflang_lists_both_translations_and_x_default(pages, client, url):
    soup = get_soup(client, url)
    assert hreflangs(soup) == {
        "en": "http://testserver/en/about/",
        "fr": "http://testserver/fr/a-propos/",
        "x-default": "http://testserver/en/about/",
    }


def test_hreflang_names_only_real_translations(pages, client):
    soup = get_soup(client, "/en/about/team/")
    # Team has no French translation: no fr alternate, and x-default would
    # only repeat the one language.
    assert hreflangs(soup) == {"en": "http://testserver/en/about/team/"}
    switcher = {
        link["hreflang"]: link["href"]
        for link in soup.select(".language-switcher a[hreflang]")
    }
    assert switcher == {"en": "/en/about/team/", "fr": "/fr/"}


def test_hreflang_ignores_a_draft_translation(pages, client):
    team_fr = pages["team"].copy_for_translation(pages["fr"], copy_parents=False)
    assert not team_fr.live
    soup = get_soup(client, "/en/about/team/")
    assert "fr" not in hreflangs(soup)


def test_home_page_describes_the_website_and_the_organisation(pages, client):
    objects = {item["@type"]: item for item in json_ld(client.get("/en/"))}
    assert set(objects) == {"WebSite", "Organization"}

    website = objects["WebSite"]
    assert website["url"] == "http://testserver/en/"
    assert website["inLanguage"] == "en"
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == (
        "http://testserver/en/search/?q={search_term_string}"
    )
    assert action["query-input"] == "required name=search_term_string"

    assert objects["Organization"]["name"] == "Test cluster"
    assert objects["Organization"]["url"] == "http://testserver/"


def test_french_home_searches_in_french(pages, client):
    objects = {item["@type"]: item for item in json_ld(client.get("/fr/"))}
    assert objects["WebSite"]["potentialAction"]["target"]["urlTemplate"] == (
        "http://testserver/fr/search/?q={search_term_string}"
    )


def test_organisation_uses_the_contact_settings(pages, client):
    site = pages["home"].get_site()
    contact = ContactSettings.for_site(site)
    contact.organisation_name = "BioWin"
    contact.legal_name = "BioWin ASBL"
    contact.email = "info@example.org"
    contact.city = "Gosselies"
    contact.postcode = "6041"
    contact.country = "BE"
    contact.logo = make_image("Logo", width=600, height=300)
    contact.save()
    navigation = NavigationSettings.for_site(site)
    navigation.social_links = [
        ("link", {"platform": "linkedin", "url": "https://www.linkedin.com/x"})
    ]
    navigation.save()

    objects = {item["@type"]: item for item in json_ld(client.get("/en/"))}
    organisation = objects["Organization"]
    assert organisation["name"] == "BioWin"
    assert organisation["legalName"] == "BioWin ASBL"
    assert organisation["email"] == "info@example.org"
    assert organisation["address"]["addressLocality"] == "Gosselies"
    assert organisation["address"]["postalCode"] == "6041"
    assert organisation["sameAs"] == ["https://www.linkedin.com/x"]
    assert organisation["logo"].startswith("http://testserver/media/images/")


def test_standard_page_has_a_breadcrumb_list(pages, client):
    objects = json_ld(client.get("/en/about/team/"))
    assert [item["@type"] for item in objects] == ["BreadcrumbList"]
    elements = objects[0]["itemListElement"]
    assert [element["position"] for element in elements] == [1, 2, 3]
    assert [element["name"] for element in elements] == [
        "Home",
        "About the cluster",
        "Team",
    ]
    assert [element["item"] for element in elements] == [
        "http://testserver/en/",
        "http://testserver/en/about/",
        "http://testserver/en/about/team/",
    ]


def test_visible_breadcrumbs_match_the_structured_ones(pages, client):
    soup = get_soup(client, "/en/about/team/")
    links = soup.select("nav.breadcrumbs a")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("Home", "/en/"),
        ("About the cluster", "/en/about/"),
        ("Team", "/en/about/team/"),
    ]
    assert links[-1]["aria-current"] == "page"


def test_json_ld_cannot_close_its_script_element(pages, client):
    hostile = 'Tricky </script><b>bold</b> & "quoted"'
    publish(StandardPageFactory(parent=pages["home"], title=hostile, slug="tricky"))
    response = client.get("/en/tricky/")
    html = response.content.decode()

    assert "</script><b>" not in html
    assert "<b>bold</b>" not in html
    blocks = LD_JSON.findall(html)
    assert blocks
    crumbs = json.loads(blocks[-1])
    assert crumbs["itemListElement"][-1]["name"] == hostile


def test_home_page_title_uses_the_hero_heading(pages, client):
    home = HomePage.objects.get(pk=pages["home"].pk)
    home.hero_heading = "Innovating in health"
    publish(home)
    soup = get_soup(client, "/en/")
    assert soup.title.get_text() == "Innovating in health · Test cluster"
