"""A story's metadata: NewsArticle JSON-LD, Open Graph, canonical and hreflang."""

import datetime
import json
from unittest import mock

from bs4 import BeautifulSoup
from django.test import TestCase

from cluster_portal.core.models import ContactSettings, StandardPage
from demo.factories.core import StandardPageFactory
from demo.factories.news import NewsSeriesFactory
from news.models import NewsPage
from tests.conftest import build_site_tree
from tests.core.helpers import make_image, publish, translate
from tests.news.support import build_news_tree, make_story

STORY_URL = "http://testserver/en/news/trade-mission/"


class StoryMetadataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news = news = build_news_tree(build_site_tree())
        contact = ContactSettings.for_site(news["home"].get_site())
        contact.organisation_name = "Health Cluster"
        contact.logo = make_image("Cluster logo", width=600, height=200)
        contact.save()
        cls.member = publish(
            StandardPageFactory(parent=news["home"], title="MedCo", slug="medco")
        )
        cls.about = publish(
            StandardPageFactory(parent=news["home"], title="About", slug="about")
        )
        cls.series = NewsSeriesFactory(title="Going global", slug="going-global")
        cls.story = publish(
            make_story(
                news["news_index"],
                title="Trade mission to Boston",
                slug="trade-mission",
                date=datetime.date(2023, 6, 5),
                intro="Ten members met investors in Boston.",
                lead_image=make_image("Boston", width=1600, height=900),
                lead_image_alt="Delegates in front of a lab",
                strategic_areas=[news["medtech"]],
                tags=["usa"],
                authors=["Ann Writer", "Bob Editor"],
                related=[cls.member],
                series=cls.series,
                series_part=1,
            )
        )

    def fetch(self, url="/en/news/trade-mission/"):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser")

    def json_ld(self, soup, type_):
        objects = [
            json.loads(script.string)
            for script in soup.select('script[type="application/ld+json"]')
        ]
        matching = [data for data in objects if data["@type"] == type_]
        self.assertEqual(len(matching), 1, objects)
        return matching[0]

    def meta(self, soup, key):
        tag = soup.select_one(f'meta[property="{key}"]') or soup.select_one(
            f'meta[name="{key}"]'
        )
        return tag["content"] if tag else None

    def test_news_article_json_ld(self):
        article = self.json_ld(self.fetch(), "NewsArticle")
        story = NewsPage.objects.get(pk=self.story.pk)

        self.assertEqual(article["@context"], "https://schema.org")
        self.assertEqual(article["headline"], "Trade mission to Boston")
        self.assertEqual(article["description"], "Ten members met investors in Boston.")
        self.assertEqual(article["datePublished"], "2023-06-05")
        self.assertEqual(
            datetime.datetime.fromisoformat(article["dateModified"]),
            story.last_published_at,
        )
        self.assertEqual(
            article["author"],
            [
                {"@type": "Person", "name": "Ann Writer"},
                {"@type": "Person", "name": "Bob Editor"},
            ],
        )
        (image,) = article["image"]
        self.assertRegex(
            image, r"^http://testserver/media/images/.+\.fill-1200x630\.\w+$"
        )
        self.assertEqual(article["mainEntityOfPage"], STORY_URL)
        self.assertEqual(article["inLanguage"], "en")
        self.assertEqual(article["keywords"], ["usa"])
        self.assertEqual(article["articleSection"], ["Medtech"])
        self.assertEqual(
            article["isPartOf"], {"@type": "CreativeWorkSeries", "name": "Going global"}
        )
        self.assertEqual(article["position"], 1)

    def test_publisher_has_the_cluster_name_and_logo(self):
        publisher = self.json_ld(self.fetch(), "NewsArticle")["publisher"]
        self.assertEqual(publisher["@type"], "Organization")
        self.assertEqual(publisher["name"], "Health Cluster")
        self.assertEqual(publisher["logo"]["@type"], "ImageObject")
        self.assertRegex(
            publisher["logo"]["url"], r"^http://testserver/media/images/.+max-512x512"
        )

    def test_without_authors_the_cluster_is_the_author(self):
        make_story(self.news["news_index"], title="Plain", slug="plain")
        article = self.json_ld(self.fetch("/en/news/plain/"), "NewsArticle")
        self.assertEqual(article["author"][0]["name"], "Health Cluster")
        self.assertNotIn("image", article)
        self.assertNotIn("about", article)
        self.assertNotIn("isPartOf", article)

    def test_about_lists_the_linked_organisations(self):
        # Member pages arrive with their issue; a page type that says it is
        # an Organization stands in for them.
        story = NewsPage.objects.get(pk=self.story.pk)
        story.related_pages.create(page=self.about, sort_order=1)
        story.save()
        with mock.patch.object(
            StandardPage, "schema_type", "Organization", create=True
        ):
            article = self.json_ld(self.fetch(), "NewsArticle")
        self.assertEqual(
            article["about"],
            [
                {
                    "@type": "Organization",
                    "name": "MedCo",
                    "url": "http://testserver/en/medco/",
                },
                {
                    "@type": "Organization",
                    "name": "About",
                    "url": "http://testserver/en/about/",
                },
            ],
        )
        # Unpublished, a member is no longer what the story is about.
        self.member.unpublish()
        with mock.patch.object(
            StandardPage, "schema_type", "Organization", create=True
        ):
            article = self.json_ld(self.fetch(), "NewsArticle")
        self.assertEqual([org["name"] for org in article["about"]], ["About"])

    def test_pages_that_are_not_organisations_are_not_about(self):
        article = self.json_ld(self.fetch(), "NewsArticle")
        self.assertNotIn("about", article)

    def test_breadcrumbs_json_ld(self):
        crumbs = self.json_ld(self.fetch(), "BreadcrumbList")
        self.assertEqual(
            [(item["name"], item["item"]) for item in crumbs["itemListElement"]],
            [
                ("Home", "http://testserver/en/"),
                ("News", "http://testserver/en/news/"),
                ("Trade mission to Boston", STORY_URL),
            ],
        )

    def test_title_description_and_canonical(self):
        soup = self.fetch()
        self.assertEqual(
            soup.select_one("title").get_text(),
            "Trade mission to Boston · Test cluster",
        )
        self.assertEqual(
            self.meta(soup, "description"), "Ten members met investors in Boston."
        )
        self.assertEqual(soup.select_one("link[rel=canonical]")["href"], STORY_URL)

    def test_open_graph_and_twitter_card(self):
        soup = self.fetch()
        self.assertEqual(self.meta(soup, "og:title"), "Trade mission to Boston")
        self.assertEqual(self.meta(soup, "og:url"), STORY_URL)
        self.assertEqual(self.meta(soup, "og:type"), "article")
        self.assertEqual(self.meta(soup, "article:published_time"), "2023-06-05")
        self.assertRegex(
            self.meta(soup, "og:image"),
            r"^http://testserver/media/images/.+\.fill-1200x630\.\w+$",
        )
        self.assertEqual(self.meta(soup, "og:image:width"), "1200")
        self.assertEqual(self.meta(soup, "twitter:card"), "summary_large_image")

    def test_the_social_image_wins_over_the_lead_image(self):
        story = NewsPage.objects.get(pk=self.story.pk)
        story.social_image = make_image("Share card", width=1200, height=630)
        publish(story)
        soup = self.fetch()
        og_image = self.meta(soup, "og:image")
        (ld_image,) = self.json_ld(soup, "NewsArticle")["image"]
        self.assertEqual(og_image, ld_image)
        self.assertIn(story.social_image.get_rendition("fill-1200x630").url, og_image)

    def test_hreflang_links_the_translation(self):
        story = NewsPage.objects.get(pk=self.story.pk)
        translate(story, self.news["fr"], title="Mission à Boston", slug="mission")
        soup = self.fetch()
        hreflangs = {
            link["hreflang"]: link["href"]
            for link in soup.select("link[rel=alternate][hreflang]")
        }
        self.assertEqual(
            hreflangs,
            {
                "en": STORY_URL,
                "fr": "http://testserver/fr/actualites/mission/",
                "x-default": STORY_URL,
            },
        )

    def test_the_index_is_a_collection_page(self):
        soup = self.fetch("/en/news/")
        collection = self.json_ld(soup, "CollectionPage")
        self.assertEqual(collection["url"], "http://testserver/en/news/")
        self.assertEqual(collection["name"], "News")
        self.assertEqual(
            soup.select_one("link[rel=canonical]")["href"], "http://testserver/en/news/"
        )
        self.assertEqual(
            self.meta(soup, "description"), "Stories from the cluster and its members."
        )
