"""HomePage and StandardPage: where they go, the admin form, what visitors see."""

import json
from unittest import mock

from django.apps import apps
from django.conf import settings
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.finders.base import EmbedFinder
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cluster_portal.core.blocks import BaseStreamBlock
from cluster_portal.core.models import HomePage, StandardPage
from demo.factories.core import StandardPageFactory
from tests.conftest import build_site_tree
from tests.core.helpers import make_document, make_image, publish, translate

VIDEO_URL = "https://www.youtube.com/watch?v=portal-demo"


class FakeFinder(EmbedFinder):
    """Answers for the one test video, so rendering an embed needs no network."""

    def accept(self, url):
        return url == VIDEO_URL

    def find_embed(self, url, max_width=None, max_height=None):
        return {
            "title": "Networking day highlights",
            "author_name": "The cluster",
            "provider_name": "YouTube",
            "type": "video",
            "thumbnail_url": "",
            "width": 640,
            "height": 360,
            "html": '<iframe src="https://www.youtube.com/embed/portal-demo" '
            'title="Networking day highlights"></iframe>',
        }


def fake_finders():
    return mock.patch("wagtail.embeds.embeds.get_finders", return_value=[FakeFinder()])


class PageTreeTestCase(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.root = tree["root"]
        cls.home = tree["home"]
        cls.home_fr = tree["home_fr"]
        cls.fr = tree["fr"]


class HomePageTests(PageTreeTestCase):
    def test_lives_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_children_are_standard_pages_and_section_indexes(self):
        sections = {
            apps.get_model(label) for label in settings.PORTAL_SECTION_INDEX_PAGES
        }
        self.assertAllowedSubpageTypes(HomePage, {StandardPage, *sections})
        self.assertIn(StandardPage, HomePage.creatable_subpage_models())

    def test_a_second_home_page_cannot_be_added_under_the_root(self):
        self.assertFalse(HomePage.can_create_at(self.root))
        self.login()
        add_url = reverse(
            "wagtailadmin_pages:add", args=["core", "homepage", self.root.pk]
        )
        response = self.client.get(add_url, follow=True)
        self.assertEqual(response.redirect_chain, [("/admin/", 302)])
        self.assertContains(response, "you do not have permission")
        response = self.client.post(add_url, {"title": "Home 2", "slug": "home-2"})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(HomePage.objects.count(), 2)

    def test_the_french_home_is_made_as_a_translation(self):
        self.home_fr.delete()
        french = translate(
            HomePage.objects.get(pk=self.home.pk),
            self.fr,
            title="Accueil",
            slug="accueil",
            hero_heading="L’innovation en santé, ensemble",
        )
        self.assertEqual(french.locale, self.fr)
        self.assertEqual(french.get_parent().pk, self.root.pk)
        self.assertEqual(french.translation_key, self.home.translation_key)
        response = self.client.get("/fr/")
        self.assertContains(response, "L’innovation en santé, ensemble")

    def test_can_be_created_in_the_admin_when_the_site_has_none(self):
        HomePage.objects.filter(pk=self.home_fr.pk).delete()
        HomePage.objects.filter(pk=self.home.pk).delete()
        self.login()
        self.assertCanCreate(
            Page.objects.get(pk=self.root.pk),
            HomePage,
            nested_form_data(
                {
                    "title": "Home",
                    "slug": "home",
                    "hero_heading": "Health innovation, together",
                    "hero_text": "Companies, labs and hospitals.",
                    "hero_cta_label": "",
                    "body": streamfield(
                        [("paragraph", rich_text("<p>Welcome to the cluster.</p>"))]
                    ),
                }
            ),
        )
        home = HomePage.objects.get()
        self.assertTrue(home.live)
        self.assertEqual(home.hero_heading, "Health innovation, together")

    def test_renders(self):
        self.assertPageIsRenderable(self.home)
        self.assertPageIsRenderable(self.home_fr)

    def test_shows_the_hero(self):
        about = publish(
            StandardPageFactory(parent=self.home, title="About", slug="about")
        )
        home = HomePage.objects.get(pk=self.home.pk)
        home.hero_image = make_image("Cells")
        home.hero_cta_page = about
        home.hero_cta_label = "Discover the cluster"
        publish(home)

        soup = self.get_soup(self.client.get("/en/").content)

        hero = soup.select_one("section.hero")
        self.assertEqual(
            hero.select_one("h1").get_text(), "Health innovation, together"
        )
        self.assertIn(
            "Companies, labs and hospitals building tomorrow's medicine.",
            hero.get_text(),
        )
        button = hero.select_one("a.button")
        self.assertEqual(button.get_text(strip=True), "Discover the cluster")
        self.assertEqual(button["href"], "/en/about/")
        self.assertIsNotNone(hero.select_one(".hero__media img"))

    def test_hero_button_leads_to_the_translation_of_its_page(self):
        about = publish(
            StandardPageFactory(parent=self.home, title="About", slug="about")
        )
        translate(about, self.fr, title="À propos", slug="a-propos")
        for home in (self.home, self.home_fr):
            home = HomePage.objects.get(pk=home.pk)
            home.hero_cta_page = about
            home.hero_cta_label = "Go"
            publish(home)

        soup = self.get_soup(self.client.get("/fr/").content)

        self.assertEqual(soup.select_one(".hero a.button")["href"], "/fr/a-propos/")


class StandardPageTests(PageTreeTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.about = publish(
            StandardPageFactory(
                parent=cls.home,
                title="About the cluster",
                slug="about",
                intro="Who we are and what we do.",
            )
        )

    def test_lives_under_the_home_page_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_children_are_standard_pages(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_can_be_created_in_the_admin(self):
        self.login()
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Governance",
                    "intro": "How the cluster is run.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "The board", "level": "h2"}),
                            ("paragraph", rich_text("<p>Twelve members.</p>")),
                            (
                                "key_figures",
                                {
                                    "heading": "In figures",
                                    "figures": streamfield(
                                        [("item", {"value": "12", "label": "seats"})]
                                    ),
                                    "source": "",
                                },
                            ),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(slug="governance")
        self.assertTrue(page.live)
        self.assertEqual(
            [block.block_type for block in page.body],
            ["heading", "paragraph", "key_figures"],
        )
        self.assertEqual(page.body[2].value["figures"][0]["value"], "12")

    def test_can_be_created_under_another_standard_page(self):
        self.login()
        self.assertCanCreate(
            self.about,
            StandardPage,
            nested_form_data({"title": "Our team", "body": streamfield([])}),
        )
        self.assertEqual(
            StandardPage.objects.get(slug="our-team").get_url(), "/en/about/our-team/"
        )

    def test_renders(self):
        self.assertPageIsRenderable(self.about)

    def test_shows_title_and_intro(self):
        soup = self.get_soup(self.client.get("/en/about/").content)
        self.assertEqual(
            soup.select_one("h1.page-header__title").get_text(), "About the cluster"
        )
        self.assertEqual(
            soup.select_one(".page-header__intro").get_text(),
            "Who we are and what we do.",
        )

    def test_a_draft_is_not_served(self):
        StandardPageFactory(parent=self.home, title="Secret", slug="secret", draft=True)
        self.assertEqual(self.client.get("/en/secret/").status_code, 404)


class BodyBlockTests(PageTreeTestCase):
    """Every BaseStreamBlock type renders through its own template."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.photo = make_image("Lab bench")
        cls.report = make_document("Annual report 2024")
        cls.target = publish(
            StandardPageFactory(parent=cls.home, title="Join us", slug="join")
        )

    def render_body(self, *blocks):
        page = publish(
            StandardPageFactory(
                parent=self.home, title="Blocks", slug="blocks", body=json.dumps(blocks)
            )
        )
        with fake_finders():
            response = self.client.get(page.get_url())
        self.assertEqual(response.status_code, 200)
        return self.get_soup(response.content).select_one("main .stream")

    def test_paragraph(self):
        stream = self.render_body(
            {"type": "paragraph", "value": "<p>Members <b>innovate</b> together.</p>"}
        )
        prose = stream.select_one("div.prose")
        self.assertEqual(prose.get_text().strip(), "Members innovate together.")
        self.assertEqual(prose.select_one("b").get_text(), "innovate")

    def test_heading(self):
        stream = self.render_body(
            {"type": "heading", "value": {"text": "Our mission", "level": "h2"}},
            {"type": "heading", "value": {"text": "In Wallonia", "level": "h3"}},
        )
        self.assertEqual(
            stream.select_one("h2.block-heading").get_text(), "Our mission"
        )
        self.assertEqual(
            stream.select_one("h3.block-heading").get_text(), "In Wallonia"
        )

    def test_image(self):
        stream = self.render_body(
            {
                "type": "image",
                "value": {
                    "image": self.photo.pk,
                    "alt_text": "A researcher pipetting samples",
                    "caption": "In the lab",
                    "credit": "Photo: the cluster",
                },
            }
        )
        figure = stream.select_one("figure.figure")
        img = figure.select_one("img")
        self.assertEqual(img["alt"], "A researcher pipetting samples")
        self.assertIn("srcset", img.attrs)
        self.assertIn("In the lab", figure.select_one("figcaption").get_text())
        self.assertEqual(
            figure.select_one(".figure__credit").get_text(), "Photo: the cluster"
        )

    def test_quote(self):
        stream = self.render_body(
            {
                "type": "quote",
                "value": {
                    "quote": "Collaboration turns ideas into products.",
                    "name": "Jane Doe",
                    "role": "CEO",
                    "organisation": "MedCo",
                },
            }
        )
        quote = stream.select_one("figure.quote")
        self.assertEqual(
            quote.select_one("blockquote").get_text(strip=True),
            "Collaboration turns ideas into products.",
        )
        self.assertEqual(quote.select_one(".quote__name").get_text(), "Jane Doe")
        self.assertEqual(quote.select_one(".quote__role").get_text(), "CEO, MedCo")

    def test_key_figures(self):
        stream = self.render_body(
            {
                "type": "key_figures",
                "value": {
                    "heading": "The day in figures",
                    "figures": [
                        {
                            "type": "item",
                            "id": "a",
                            "value": {"value": "400+", "label": "guests"},
                        },
                        {
                            "type": "item",
                            "id": "b",
                            "value": {"value": "45", "label": "stands"},
                        },
                    ],
                    "source": "Organisers' count",
                },
            }
        )
        band = stream.select_one("section.key-figures")
        self.assertEqual(band.select_one("h2").get_text(), "The day in figures")
        pairs = [
            (item.select_one("dd").get_text(), item.select_one("dt").get_text())
            for item in band.select(".key-figures__item")
        ]
        self.assertEqual(pairs, [("400+", "guests"), ("45", "stands")])
        self.assertEqual(
            band.select_one(".key-figures__source").get_text(), "Organisers' count"
        )

    def test_call_to_action(self):
        stream = self.render_body(
            {
                "type": "call_to_action",
                "value": {
                    "title": "Become a member",
                    "text": "Join us.",
                    "button_label": "How to join",
                    "page": self.target.pk,
                    "url": "",
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Read the strategy",
                    "text": "",
                    "button_label": "Open",
                    "page": None,
                    "url": "https://example.org/strategy",
                },
            },
        )
        to_page, to_url = stream.select("aside.cta")
        self.assertEqual(to_page.select_one("h2").get_text(), "Become a member")
        self.assertEqual(to_page.select_one("a")["href"], "/en/join/")
        self.assertEqual(to_page.select_one("a").get_text(), "How to join")
        self.assertEqual(to_url.select_one("a")["href"], "https://example.org/strategy")
        self.assertIsNone(to_url.select_one(".cta__text"))

    def test_call_to_action_on_a_translation_leads_to_the_translated_page(self):
        translate(self.target, self.fr, title="Rejoignez-nous", slug="rejoindre")
        cta = {
            "type": "call_to_action",
            "value": {
                "title": "Devenir membre",
                "text": "",
                "button_label": "Adhérer",
                "page": self.target.pk,
                "url": "",
            },
        }
        page = publish(
            StandardPageFactory(
                parent=self.home,
                title="Members",
                slug="members",
                body=json.dumps([cta]),
            )
        )
        translate(page, self.fr, title="Membres", slug="membres")

        response = self.client.get("/fr/membres/")

        link = self.get_soup(response.content).select_one("aside.cta a")
        self.assertEqual(link["href"], "/fr/rejoindre/")

    def test_call_to_action_needs_a_page_or_a_url_not_both(self):
        block = BaseStreamBlock.base_blocks["call_to_action"]
        base = {"title": "Join", "text": "", "button_label": "Go"}
        both = block.to_python({**base, "page": self.target.pk, "url": "https://a.org"})
        neither = block.to_python({**base, "page": None, "url": ""})
        for value in (both, neither):
            with self.assertRaises(StructBlockValidationError) as caught:
                block.clean(value)
            self.assertIn("page", caught.exception.block_errors)
        for good in (
            {**base, "page": self.target.pk, "url": ""},
            {**base, "page": None, "url": "https://a.org"},
        ):
            block.clean(block.to_python(good))

    def test_document(self):
        stream = self.render_body(
            {"type": "document", "value": {"document": self.report.pk, "label": ""}},
            {
                "type": "document",
                "value": {"document": self.report.pk, "label": "The report (TXT)"},
            },
        )
        untitled, labelled = stream.select("p.document-link a")
        self.assertEqual(untitled["href"], self.report.url)
        self.assertIn("download", untitled.attrs)
        self.assertIn("Annual report 2024", untitled.get_text())
        self.assertIn("The report (TXT)", labelled.get_text())
        self.assertNotIn("Annual report 2024", labelled.get_text())

    def test_embed(self):
        stream = self.render_body(
            {
                "type": "embed",
                "value": {"embed": VIDEO_URL, "caption": "Highlights of the day"},
            }
        )
        figure = stream.select_one("figure.embed")
        self.assertEqual(
            figure.select_one("iframe")["src"],
            "https://www.youtube.com/embed/portal-demo",
        )
        self.assertEqual(
            figure.select_one("figcaption").get_text(), "Highlights of the day"
        )
