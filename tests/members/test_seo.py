"""A member's metadata: Organization JSON-LD, Open Graph, and news "about" it."""

import datetime
import json

from bs4 import BeautifulSoup
from django.test import TestCase

from cluster_portal.core.models import ContactSettings
from members.models import MemberPage
from tests.conftest import build_site_tree
from tests.core.helpers import json_ld, make_image, meta, publish
from tests.members.support import build_member_tree, make_member
from tests.news.support import build_news_tree, make_story

MEMBER_URL = "http://testserver/en/members/medco/"


class MemberMetadataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_news_tree(build_site_tree()))
        cls.contact = ContactSettings.for_site(tree["home"].get_site())
        cls.contact.organisation_name = "Health Cluster"
        cls.contact.save()
        cls.logo = make_image("MedCo logo", width=800, height=400)
        cls.member = make_member(
            tree["directory"],
            title="MedCo",
            slug="medco",
            summary="Pacemakers small enough to inject.",
            logo=cls.logo,
            website="https://medco.example",
            street_address="Rue de l'Innovation 1",
            postcode="4000",
            city="Liège",
            country="BE",
            founded_year=2012,
            technologies=["implants"],
            social_links=json.dumps(
                [
                    {
                        "type": "link",
                        "value": {
                            "platform": "linkedin",
                            "url": "https://www.linkedin.com/company/medco",
                        },
                    },
                    {
                        "type": "link",
                        "value": {"platform": "x", "url": "https://x.com/medco"},
                    },
                ]
            ),
        )

    def fetch(self, url="/en/members/medco/"):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser")

    def test_organization_json_ld(self):
        organisation = json_ld(self.fetch(), "Organization")
        self.assertEqual(organisation["@context"], "https://schema.org")
        self.assertEqual(organisation["name"], "MedCo")
        self.assertEqual(
            organisation["description"], "Pacemakers small enough to inject."
        )
        self.assertEqual(organisation["url"], "https://medco.example")
        self.assertEqual(organisation["mainEntityOfPage"], MEMBER_URL)
        self.assertEqual(
            organisation["logo"],
            "http://testserver" + self.logo.get_rendition("max-512x512").url,
        )
        self.assertEqual(
            organisation["address"],
            {
                "@type": "PostalAddress",
                "streetAddress": "Rue de l'Innovation 1",
                "postalCode": "4000",
                "addressLocality": "Liège",
                "addressCountry": "BE",
            },
        )
        self.assertEqual(
            organisation["sameAs"],
            ["https://www.linkedin.com/company/medco", "https://x.com/medco"],
        )
        self.assertEqual(organisation["foundingDate"], "2012")
        self.assertEqual(organisation["knowsAbout"], ["implants"])
        self.assertEqual(
            organisation["memberOf"],
            {
                "@type": "Organization",
                "name": "Health Cluster",
                "url": "http://testserver/",
            },
        )

    def test_member_of_falls_back_to_the_site_name(self):
        self.contact.organisation_name = ""
        self.contact.save()
        organisation = json_ld(self.fetch(), "Organization")
        self.assertEqual(organisation["memberOf"]["name"], "Test cluster")

    def test_a_sparse_profile_leaves_out_what_it_lacks(self):
        make_member(
            self.tree["directory"],
            title="Bare",
            slug="bare",
            city="",
            postcode="",
            website="",
        )
        organisation = json_ld(self.fetch("/en/members/bare/"), "Organization")
        # Without a website, the member page is the organisation's address.
        self.assertEqual(organisation["url"], "http://testserver/en/members/bare/")
        for key in ("logo", "address", "sameAs", "foundingDate"):
            self.assertNotIn(key, organisation)
        self.assertEqual(organisation["memberOf"]["name"], "Health Cluster")

    def test_hostile_text_cannot_close_the_script(self):
        make_member(
            self.tree["directory"],
            title="</script><script>alert(1)</script>",
            slug="hostile",
        )
        response = self.client.get("/en/members/hostile/")
        self.assertNotIn(b"<script>alert(1)", response.content)
        soup = BeautifulSoup(response.content, "html.parser")
        self.assertEqual(
            json_ld(soup, "Organization")["name"],
            "</script><script>alert(1)</script>",
        )

    def test_open_graph_shows_the_logo(self):
        soup = self.fetch()
        self.assertEqual(meta(soup, "og:title"), "MedCo")
        self.assertEqual(meta(soup, "og:url"), MEMBER_URL)
        self.assertEqual(
            meta(soup, "og:description"), "Pacemakers small enough to inject."
        )
        self.assertEqual(
            meta(soup, "description"), "Pacemakers small enough to inject."
        )
        self.assertEqual(
            meta(soup, "og:image"),
            "http://testserver" + self.logo.get_rendition("fill-1200x630").url,
        )
        self.assertEqual(soup.select_one("link[rel=canonical]")["href"], MEMBER_URL)

    def test_the_social_image_wins_over_the_logo(self):
        member = MemberPage.objects.get(pk=self.member.pk)
        member.social_image = make_image("Team photo", width=1200, height=630)
        publish(member)
        self.assertIn(
            member.social_image.get_rendition("fill-1200x630").url,
            meta(self.fetch(), "og:image"),
        )

    def test_breadcrumbs_json_ld(self):
        crumbs = json_ld(self.fetch(), "BreadcrumbList")
        self.assertEqual(
            [(item["name"], item["item"]) for item in crumbs["itemListElement"]],
            [
                ("Home", "http://testserver/en/"),
                ("Members", "http://testserver/en/members/"),
                ("MedCo", MEMBER_URL),
            ],
        )

    def test_the_directory_is_a_collection_page(self):
        soup = self.fetch("/en/members/")
        collection = json_ld(soup, "CollectionPage")
        self.assertEqual(collection["url"], "http://testserver/en/members/")
        self.assertEqual(collection["name"], "Members")
        self.assertEqual(collection["inLanguage"], "en")
        self.assertEqual(
            meta(soup, "description"),
            "The companies, labs and hospitals of the cluster.",
        )

    def test_a_story_linking_the_member_is_about_it(self):
        make_story(
            self.tree["news_index"],
            title="MedCo raises funds",
            slug="medco-raises-funds",
            date=datetime.date(2023, 6, 5),
            related=[self.member],
        )
        article = json_ld(self.fetch("/en/news/medco-raises-funds/"), "NewsArticle")
        self.assertEqual(
            article["about"],
            [{"@type": "Organization", "name": "MedCo", "url": MEMBER_URL}],
        )
        # Unpublished, the member is no longer what the story is about.
        MemberPage.objects.get(pk=self.member.pk).unpublish()
        article = json_ld(self.fetch("/en/news/medco-raises-funds/"), "NewsArticle")
        self.assertNotIn("about", article)
