"""Menus in the visitor's language, and pages whose query count does not grow."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cluster_portal.core.models import NavigationSettings
from demo.factories.core import (
    OrganisationFactory,
    StandardPageFactory,
    StrategicAreaFactory,
)
from tests.core.helpers import (
    QUERY_BUDGET,
    count_queries,
    make_image,
    publish,
    translate,
)


def set_menus(site_tree, main, footer=()):
    navigation = NavigationSettings.for_site(site_tree["home"].get_site())
    navigation.main_menu = [("page", page) for page in main]
    navigation.footer_menu = [("page", page) for page in footer]
    navigation.save()


def main_menu(client, url):
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (link.get_text(), link["href"], link.get("aria-current"))
        for link in soup.select("nav.main-nav a")
    ]


def footer_menu(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [(a.get_text(), a["href"]) for a in soup.select(".site-footer__nav a")]


@pytest.fixture
def sections(site_tree):
    """About, Members, Events under home; About and Events also in French."""
    home, fr = site_tree["home"], site_tree["fr"]
    about = publish(StandardPageFactory(parent=home, title="About", slug="about"))
    members = publish(StandardPageFactory(parent=home, title="Members", slug="members"))
    events = publish(StandardPageFactory(parent=home, title="Events", slug="events"))
    return {
        **site_tree,
        "about": about,
        "members": members,
        "events": events,
        "about_fr": translate(about, fr, title="À propos", slug="a-propos"),
        "events_fr": translate(events, fr, title="Événements", slug="evenements"),
    }


def test_main_menu_keeps_the_chosen_order(sections, client):
    set_menus(sections, [sections["events"], sections["about"], sections["members"]])
    assert main_menu(client, "/en/") == [
        ("Events", "/en/events/", None),
        ("About", "/en/about/", None),
        ("Members", "/en/members/", None),
    ]


def test_main_menu_shows_translations_and_skips_the_untranslated(sections, client):
    set_menus(sections, [sections["events"], sections["about"], sections["members"]])
    assert main_menu(client, "/fr/") == [
        ("Événements", "/fr/evenements/", None),
        ("À propos", "/fr/a-propos/", None),
    ]


def test_main_menu_skips_a_translation_still_in_draft(sections, client):
    members_fr = sections["members"].copy_for_translation(sections["fr"])
    assert not members_fr.live
    set_menus(sections, [sections["members"], sections["about"]])
    assert main_menu(client, "/fr/") == [("À propos", "/fr/a-propos/", None)]


def test_menu_built_from_french_pages_shows_english_in_english(sections, client):
    set_menus(sections, [sections["events_fr"], sections["about_fr"]])
    assert [title for title, _, _ in main_menu(client, "/en/")] == ["Events", "About"]


def test_main_menu_marks_the_current_page(sections, client):
    set_menus(sections, [sections["about"], sections["events"]])
    assert main_menu(client, "/en/about/") == [
        ("About", "/en/about/", "page"),
        ("Events", "/en/events/", None),
    ]
    assert main_menu(client, "/fr/evenements/") == [
        ("À propos", "/fr/a-propos/", None),
        ("Événements", "/fr/evenements/", "page"),
    ]


def test_main_menu_marks_the_section_of_a_subpage(sections, client):
    publish(StandardPageFactory(parent=sections["about"], title="Team", slug="team"))
    set_menus(sections, [sections["about"], sections["events"]])
    soup = BeautifulSoup(client.get("/en/about/team/").content, "html.parser")
    about_link, events_link = soup.select("nav.main-nav a")
    assert about_link.get("data-section") == "current"
    assert about_link.get("aria-current") is None
    assert events_link.get("data-section") is None


def test_unpublished_page_leaves_the_menu(sections, client):
    set_menus(sections, [sections["about"], sections["events"]])
    sections["events"].unpublish()
    assert main_menu(client, "/en/") == [("About", "/en/about/", None)]
    # Its French translation is still live, so French visitors keep the link.
    assert [title for title, _, _ in main_menu(client, "/fr/")] == [
        "À propos",
        "Événements",
    ]


def test_deleted_page_leaves_the_menu(sections, client):
    set_menus(sections, [sections["members"], sections["about"]])
    sections["members"].delete()
    assert main_menu(client, "/en/") == [("About", "/en/about/", None)]


def test_menus_are_built_once_per_content_generation(sections, client):
    set_menus(sections, [sections["about"]])
    cold = count_queries(client, "/en/about/").cold  # the cache emptied first
    with CaptureQueriesContext(connection) as warm:
        client.get("/en/about/")
    assert len(warm) < cold
    sections["about"].title = "About us"
    publish(sections["about"])
    assert main_menu(client, "/en/about/") == [("About us", "/en/about/", "page")]


def test_footer_menu_is_translated_too(sections, client):
    set_menus(
        sections,
        main=[],
        footer=[sections["about"], sections["members"], sections["events"]],
    )
    assert footer_menu(client, "/en/") == [
        ("About", "/en/about/"),
        ("Members", "/en/members/"),
        ("Events", "/en/events/"),
    ]
    assert footer_menu(client, "/fr/") == [
        ("À propos", "/fr/a-propos/"),
        ("Événements", "/fr/evenements/"),
    ]


# Query counts -------------------------------------------------------------
#
# Each page is rendered once to create its image renditions, then the cache
# is emptied and the page rendered again: the count measured is the worst a
# visitor meets once the site has been visited, and must not depend on how
# many items the page lists.


def add_home_content(site_tree, start, count):
    """`count` more menu pages (with images), strategic areas and partners."""
    pages = []
    for n in range(start, start + count):
        page = StandardPageFactory(
            parent=site_tree["home"],
            title=f"Section {n}",
            slug=f"section-{n}",
            show_in_menus=True,
            image=make_image(f"Section image {n}"),
        )
        pages.append(publish(page))
        StrategicAreaFactory(locale=site_tree["en"])
        OrganisationFactory(
            locale=site_tree["en"],
            logo=make_image(f"Logo {n}"),
            website="https://partner.example.org/",
        )
    return pages


def test_home_page_query_count_does_not_grow(site_tree, client):
    pages = add_home_content(site_tree, 0, 3)
    set_menus(site_tree, main=pages, footer=pages)
    # Site and locale lookups, routing (page, aliases, view restrictions), the
    # site root paths, language alternates, contact and navigation settings,
    # one query per menu, strategic areas, the "explore" cards and their
    # renditions, partners and their logo renditions, the footer text.
    small = count_queries(client, "/en/")

    pages += add_home_content(site_tree, 3, 27)
    set_menus(site_tree, main=pages, footer=pages)
    large = count_queries(client, "/en/")

    assert small == large
    assert large.warm <= QUERY_BUDGET


def add_section_pages(section, start, count):
    return [
        publish(
            StandardPageFactory(
                parent=section,
                title=f"Working group {n}",
                slug=f"group-{n}",
                show_in_menus=True,
                image=make_image(f"Group image {n}"),
            )
        )
        for n in range(start, start + count)
    ]


def test_standard_page_query_count_does_not_grow(site_tree, client):
    section = publish(
        StandardPageFactory(parent=site_tree["home"], title="Groups", slug="groups")
    )
    pages = add_section_pages(section, 0, 3)
    set_menus(site_tree, main=pages, footer=pages)
    # Site and locale lookups, routing (page, aliases, view restrictions), the
    # site root paths, language alternates, breadcrumbs, the section's pages
    # for the side navigation, the lead image rendition, settings, one query
    # per menu, the footer text.
    small = count_queries(client, "/en/groups/group-0/")

    pages += add_section_pages(section, 3, 27)
    set_menus(site_tree, main=pages, footer=pages)
    large = count_queries(client, "/en/groups/group-0/")

    assert small == large
    assert large.warm <= QUERY_BUDGET


def add_search_hits(site_tree, start, count):
    return [
        publish(
            StandardPageFactory(
                parent=site_tree["home"],
                title=f"Biotech story {n}",
                slug=f"story-{n}",
                intro="Biotech companies of the region.",
                show_in_menus=True,
            )
        )
        for n in range(start, start + count)
    ]


def test_search_results_query_count_does_not_grow(site_tree, client):
    pages = add_search_hits(site_tree, 0, 3)
    set_menus(site_tree, main=pages)
    # Site and locale lookups, the site root paths, settings, one query per
    # menu, the search with its count, the specific pages of one page of
    # results, the footer text.
    small = count_queries(client, "/en/search/?q=biotech")

    pages += add_search_hits(site_tree, 3, 27)
    set_menus(site_tree, main=pages)
    large = count_queries(client, "/en/search/?q=biotech")

    assert small == large
    assert large.warm <= QUERY_BUDGET


def test_footer_shows_the_social_profiles_from_the_cached_menus(sections, client):
    navigation = NavigationSettings.for_site(sections["home"].get_site())
    navigation.social_links = [
        ("link", {"platform": "linkedin", "url": "https://www.linkedin.com/x"})
    ]
    navigation.save()
    for _ in range(2):  # built, then from the cache
        soup = BeautifulSoup(client.get("/en/").content, "html.parser")
        links = [(a.get_text(), a["href"]) for a in soup.select(".social-links a")]
        assert links == [("Linkedin", "https://www.linkedin.com/x")]
