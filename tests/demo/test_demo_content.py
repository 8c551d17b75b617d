"""`load_demo_content` builds the same two-language site however often it runs."""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.test import Client, TestCase
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Revision, Site
from wagtail.rich_text import features

from cluster_portal.core.models import (
    ContactSettings,
    FooterText,
    HomePage,
    NavigationSettings,
    Organisation,
    StandardPage,
    StrategicArea,
)
from demo.blocks import paragraph

COUNTED = [
    Page,
    HomePage,
    StandardPage,
    StrategicArea,
    Organisation,
    FooterText,
    get_image_model(),
    get_document_model(),
    Collection,
    Site,
    Locale,
    NavigationSettings,
    ContactSettings,
]


DEMO_MENUS = {
    "/en/": [
        ("News", "/en/news/"),
        ("Events", "/en/events/"),
        ("Members", "/en/members/"),
        ("Projects", "/en/projects/"),
        ("About the cluster", "/en/about/"),
        ("Strategic areas", "/en/strategic-areas/"),
    ],
    "/fr/": [
        ("Actualités", "/fr/actualites/"),
        ("Événements", "/fr/evenements/"),
        ("Membres", "/fr/membres/"),
        ("Projets", "/fr/projets/"),
        ("À propos du pôle", "/fr/a-propos/"),
        ("Domaines stratégiques", "/fr/domaines-strategiques/"),
    ],
}


def snapshot():
    """Row counts, revisions per model, and every page's place and state."""
    counts = {model._meta.label: model.objects.count() for model in COUNTED}
    revisions = dict(
        Revision.objects.values_list("content_type__model")
        .annotate(n=Count("id"))
        .values_list("content_type__model", "n")
    )
    pages = sorted(
        Page.objects.values_list(
            "url_path", "locale__language_code", "live", "has_unpublished_changes"
        )
    )
    return {"counts": counts, "revisions": revisions, "pages": pages}


def welcome_pages():
    plain_page = ContentType.objects.get_for_model(Page)
    return Page.objects.filter(depth=2, content_type=plain_page)


class DemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.had_welcome_page = welcome_pages().exists()
        call_command("load_demo_content", stdout=StringIO())
        cls.after_first = snapshot()
        call_command("load_demo_content", stdout=StringIO())
        cls.after_second = snapshot()
        # Rendered once here, so the image renditions made on the way are
        # kept for every test of the class.
        client = Client()
        cls.rendered = {}  # url -> (language, status code, html)
        for page in Page.objects.live().filter(depth__gte=2).select_related("locale"):
            url = page.get_url()
            response = client.get(url)
            cls.rendered[url] = (
                page.locale.language_code,
                response.status_code,
                response.content.decode(),
            )

    def test_a_second_run_changes_nothing(self):
        self.assertEqual(self.after_first, self.after_second)

    def test_it_builds_a_real_site(self):
        counts = self.after_first["counts"]
        self.assertEqual(counts["core.HomePage"], 2)
        self.assertGreaterEqual(counts["core.StandardPage"], 4)
        self.assertGreaterEqual(counts["core.StrategicArea"], 6)
        self.assertGreaterEqual(counts["core.Organisation"], 4)
        self.assertEqual(counts["core.FooterText"], 2)
        self.assertGreater(counts["wagtailimages.Image"], 0)
        self.assertGreater(self.after_first["revisions"]["standardpage"], 0)

    def test_every_page_exists_in_both_languages(self):
        by_language = {"en": set(), "fr": set()}
        for page in Page.objects.filter(depth__gte=2).select_related("locale"):
            by_language[page.locale.language_code].add(page.translation_key)
        self.assertEqual(by_language["en"], by_language["fr"])

    def test_every_live_page_renders_in_both_languages(self):
        for url, (language, status, html) in self.rendered.items():
            self.assertEqual(status, 200, url)
            self.assertIn(f'<html lang="{language}"', html, url)
        languages = {language for language, _, _ in self.rendered.values()}
        self.assertEqual(languages, {"en", "fr"})

    def test_french_home_and_about_have_french_addresses(self):
        home = self.client.get("/fr/")
        self.assertEqual(home.status_code, 200)
        self.assertContains(home, "L’innovation en santé")
        about = self.client.get("/fr/a-propos/")
        self.assertEqual(about.status_code, 200)
        self.assertContains(about, "À propos du pôle")
        self.assertEqual(self.client.get("/en/about/").status_code, 200)

    def test_wagtails_welcome_page_is_gone(self):
        self.assertTrue(self.had_welcome_page)
        self.assertFalse(welcome_pages().exists())
        self.assertEqual(
            Site.objects.get(is_default_site=True).root_page.specific_class, HomePage
        )

    def test_navigation_points_at_about_and_strategic_areas(self):
        site = Site.objects.get(is_default_site=True)
        navigation = NavigationSettings.for_site(site)
        chosen = [block.value.specific.slug for block in navigation.main_menu]
        self.assertEqual(
            chosen,
            ["news", "events", "members", "projects", "about", "strategic-areas"],
        )

        for url, expected in DEMO_MENUS.items():
            soup = BeautifulSoup(self.client.get(url).content, "html.parser")
            links = [(a.get_text(), a["href"]) for a in soup.select("nav.main-nav a")]
            self.assertEqual(links, expected, url)

    def test_home_shows_the_strategic_areas_and_partners(self):
        soup = BeautifulSoup(self.client.get("/fr/").content, "html.parser")
        areas = [h.get_text() for h in soup.select(".area-card__title")]
        self.assertIn("Biopharma et thérapies avancées", areas)
        self.assertGreaterEqual(len(soup.select(".partner")), 4)


def test_ensure_dev_admin_refuses_without_debug(db, settings, tmp_path):
    settings.DEBUG = False
    settings.VAR_DIR = tmp_path
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("ensure_dev_admin")
    assert not get_user_model().objects.filter(username="admin").exists()
    assert not (tmp_path / "dev_admin_password").exists()


def test_ensure_dev_admin_creates_a_working_login(db, settings, tmp_path, client):
    settings.DEBUG = True
    settings.VAR_DIR = tmp_path
    call_command("ensure_dev_admin", stdout=StringIO())
    call_command("ensure_dev_admin", stdout=StringIO())
    password = (tmp_path / "dev_admin_password").read_text().strip()
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert client.login(username="admin", password=password)
    assert client.get("/admin/").status_code == 200


def test_demo_rich_text_survives_the_admin_editor_unchanged():
    # Else the first save in the admin rewrites every paragraph, and the
    # comparison staff review shows text the member never touched as changed.
    html = paragraph("<p>One.</p><ul><li>Two.</li><li>Three.</li></ul><h3>Four</h3>")[
        "value"
    ]
    converter = ContentstateConverter(features.get_default_features())
    assert converter.to_database_format(converter.from_database_format(html)) == html
