"""A member page: the profile, links to the filtered directory, "In the news"."""

import datetime
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup
from django.test import TestCase

from members.models import MemberPage
from news.models import NewsPage
from tests.conftest import build_site_tree
from tests.core.helpers import make_image, translate
from tests.members.support import build_member_tree, make_member
from tests.news.support import build_news_tree, make_story

URL = "/en/members/medco/"


def fetch(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def texts(elements):
    return [element.get_text(" ", strip=True) for element in elements]


def in_the_news(soup):
    """(title, href) of the story cards under "In the news"."""
    return [
        (link.get_text(strip=True), link["href"])
        for link in soup.select("[aria-labelledby=activity-news] .card__title a")
    ]


class MemberPageTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_news_tree(build_site_tree()))
        cls.logo = make_image("MedCo logo", width=400, height=200)
        cls.member = make_member(
            tree["directory"],
            title="MedCo",
            slug="medco",
            summary="Pacemakers small enough to inject.",
            logo=cls.logo,
            sectors=[tree["sector_medtech"], tree["sector_ehealth"]],
            strategic_areas=[tree["medtech"], tree["implants"]],
            technologies=["implants", "in vitro diagnostics"],
            size_band=MemberPage.SizeBand.SMALL,
            founded_year=2012,
            member_since=2015,
            website="https://medco.example",
            street_address="Rue de l'Innovation 1",
            postcode="4000",
            city="Liège",
            products=[
                {
                    "name": "NanoPace",
                    "summary": "A leadless pacemaker.",
                    "url": "https://medco.example/nanopace",
                },
                {"name": "Remote follow-up", "summary": "A service."},
            ],
            labels=[
                {"name": "Factory of the Future", "year": 2021, "issuer": "Agoria"},
                {"name": "Best start-up", "year": 2019},
            ],
            contacts=[
                {
                    "name": "Jane Doe",
                    "role": "CEO",
                    "email": "jane@medco.example",
                    "email_is_public": True,
                },
                {
                    "name": "John Roe",
                    "role": "CTO",
                    "email": "john.private@medco.example",
                    "email_is_public": False,
                },
            ],
        )

    def fetch(self, url=URL, status=200):
        return fetch(self.client, url, status)


class ProfileTests(MemberPageTestCase):
    def test_shows_name_summary_and_logo(self):
        soup = self.fetch()
        self.assertEqual(soup.select_one("h1").get_text(strip=True), "MedCo")
        self.assertEqual(
            soup.select_one(".member__summary").get_text(),
            "Pacemakers small enough to inject.",
        )
        logo = soup.select_one(".member__logo img")
        self.assertEqual(
            logo["src"], self.logo.get_rendition("max-320x160|format-png").url
        )

    def test_without_a_logo_there_is_no_empty_frame(self):
        make_member(self.tree["directory"], title="NoLogo", slug="nologo")
        self.assertIsNone(self.fetch("/en/members/nologo/").select_one(".member__logo"))

    def test_lists_products_with_their_links(self):
        soup = self.fetch()
        products = soup.select(".product")
        self.assertEqual(
            texts(product.select_one(".product__name") for product in products),
            ["NanoPace", "Remote follow-up"],
        )
        link = products[0].select_one(".product__name a")
        self.assertEqual(link["href"], "https://medco.example/nanopace")
        self.assertIsNone(products[1].select_one("a"), "no link without a URL")
        self.assertIn("A leadless pacemaker.", products[0].get_text())

    def test_lists_labels_and_awards(self):
        self.assertEqual(
            texts(self.fetch().select(".label-list li")),
            ["Factory of the Future · 2021 · Agoria", "Best start-up · 2019"],
        )

    def test_contacts_show_an_email_only_when_it_is_public(self):
        response = self.client.get(URL)
        soup = BeautifulSoup(response.content, "html.parser")
        contacts = soup.select(".contact-list li")
        self.assertEqual(
            [contact.find("strong").get_text() for contact in contacts],
            ["Jane Doe", "John Roe"],
        )
        self.assertEqual(
            contacts[0].select_one("a")["href"], "mailto:jane@medco.example"
        )
        self.assertIsNone(contacts[1].select_one("a"))
        self.assertIn("CTO", contacts[1].get_text())
        self.assertNotContains(response, "john.private@medco.example")

    def test_shows_the_facts(self):
        facts = {
            item.dt.get_text(strip=True): item.dd.get_text(" ", strip=True)
            for item in self.fetch().select(".facts > div")
        }
        self.assertEqual(facts["Location"], "Liège , BE")
        self.assertEqual(facts["Founded"], "2012")
        self.assertEqual(facts["Member since"], "2015")
        self.assertEqual(facts["Size"], "10–49 employees")

    def test_sectors_areas_technologies_city_and_size_link_to_the_directory(self):
        soup = self.fetch()

        def queries(selector):
            links = soup.select(selector)
            for link in links:
                self.assertEqual(urlsplit(link["href"]).path, "/en/members/")
            return {
                link.get_text(strip=True): parse_qs(urlsplit(link["href"]).query)
                for link in links
            }

        self.assertEqual(
            queries(".member__header .tag-list a"),
            {"Medtech": {"sector": ["medtech"]}, "E-health": {"sector": ["e-health"]}},
        )
        self.assertEqual(
            queries(".facts a"),
            {
                "Liège": {"city": ["Liège"]},
                "10–49 employees": {"size": ["small"]},
                "Medtech": {"area": ["medtech"]},
                "Implanted devices": {"area": ["implanted-devices"]},
                "implants": {"technology": ["implants"]},
                "in vitro diagnostics": {"technology": ["in-vitro-diagnostics"]},
            },
        )
        # Following each lists this member.
        for link in soup.select(".member__header .tag-list a, .facts a"):
            with self.subTest(link["href"]):
                names = texts(self.fetch(link["href"]).select(".card__title a"))
                self.assertIn("MedCo", names)

    def test_address_website_and_social_links(self):
        member = MemberPage.objects.get(pk=self.member.pk)
        member.social_links = [
            ("link", {"platform": "linkedin", "url": "https://linkedin.com/c/medco"})
        ]
        member.save()
        soup = self.fetch()
        address = soup.select_one(".member__address")
        self.assertIn("Rue de l'Innovation 1", address.get_text())
        self.assertIn("4000 Liège", address.get_text())
        self.assertEqual(address.select_one("a")["href"], "https://medco.example")
        self.assertEqual(
            [(a.get_text(), a["href"]) for a in soup.select(".social-links--light a")],
            [("Linkedin", "https://linkedin.com/c/medco")],
        )

    def test_draft_lapsed_and_french_members(self):
        make_member(self.tree["directory"], title="Draft", slug="draft", draft=True)
        self.fetch("/en/members/draft/", status=404)
        # A lapsed member keeps its page, out of the directory.
        make_member(self.tree["directory"], title="Gone", slug="gone", lapsed=True)
        self.assertEqual(self.fetch("/en/members/gone/").h1.get_text(), "Gone")
        translate(
            self.member,
            self.tree["fr"],
            title="MedCo",
            slug="medco",
            summary="Des pacemakers injectables.",
        )
        soup = self.fetch("/fr/membres/medco/")
        self.assertEqual(
            soup.select_one(".member__summary").get_text(),
            "Des pacemakers injectables.",
        )
        # Its links go to the French directory.
        self.assertTrue(
            all(
                link["href"].startswith("/fr/membres/?")
                for link in soup.select(".facts a")
            )
        )


class InTheNewsTests(MemberPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        news = cls.tree
        cls.other = make_member(news["directory"], title="OtherCo", slug="otherco")

        def story(title, month, index=news["news_index"], related=(cls.member,), **kw):
            return make_story(
                index,
                title=title,
                slug=title.lower().replace(" ", "-"),
                date=datetime.date(2023, month, 1),
                related=related,
                **kw,
            )

        # Created out of date order.
        cls.stories = {
            s.title: s
            for s in [
                story("Trade mission", 6),
                story("Networking day", 11),
                story("Funding round", 3),
                story("Award", 9, lead_image=make_image("Award")),
                story("Unrelated", 12, related=(cls.other,)),
                story("Draft story", 12, draft=True),
                story("Both members", 1, related=(cls.other, cls.member)),
            ]
        }
        # A French story linking the English page: not the same language.
        story("Journée réseau", 12, index=news["news_index_fr"])

    NEWEST_THREE = ["Networking day", "Award", "Trade mission"]
    ALL_FIVE = [*NEWEST_THREE, "Funding round", "Both members"]

    def test_lists_the_three_newest_live_stories_of_its_language(self):
        soup = self.fetch()
        section = soup.select_one("[aria-labelledby=activity-news]")
        self.assertEqual(section.h2.get_text(strip=True), "In the news")
        self.assertEqual(
            in_the_news(soup),
            [(title, f"/en/news/{title.lower().replace(' ', '-')}/")
             for title in self.NEWEST_THREE],
        )  # fmt: skip

    def test_see_all_lists_exactly_the_stories_that_link_to_the_member(self):
        link = self.fetch().select_one("[aria-labelledby=activity-news] a.button")
        self.assertEqual(link["href"], f"/en/news/?mentions={self.member.pk}")
        self.assertIn("MedCo", link.get_text())
        stories = self.fetch(link["href"])
        self.assertEqual(
            texts(stories.select("[aria-labelledby=stories-title] .card__title a")),
            self.ALL_FIVE,
        )
        self.assertIn("MedCo", stories.select_one(".active-filter").get_text())

    def test_a_member_no_story_mentions_has_no_news_section(self):
        make_member(self.tree["directory"], title="Quiet", slug="quiet")
        soup = self.fetch("/en/members/quiet/")
        self.assertIsNone(soup.select_one("[aria-labelledby=activity-news]"))

    def test_an_unpublished_story_leaves_the_member_page(self):
        self.stories["Networking day"].unpublish()
        self.assertEqual(
            [title for title, _ in in_the_news(self.fetch())],
            ["Award", "Trade mission", "Funding round"],
        )

    def test_a_deleted_story_leaves_the_member_page(self):
        self.stories["Award"].delete()
        self.assertEqual(
            [title for title, _ in in_the_news(self.fetch())],
            ["Networking day", "Trade mission", "Funding round"],
        )
        self.assertTrue(MemberPage.objects.filter(pk=self.member.pk).exists())

    def test_deleting_the_member_keeps_the_story_without_the_link(self):
        story_url = "/en/news/both-members/"
        related = "[aria-labelledby=related-title] .card__title a"
        self.assertEqual(
            texts(self.fetch(story_url).select(related)), ["OtherCo", "MedCo"]
        )
        MemberPage.objects.get(pk=self.member.pk).delete()

        soup = self.fetch(story_url)
        self.assertEqual(texts(soup.select(related)), ["OtherCo"])
        self.assertTrue(NewsPage.objects.filter(title="Trade mission").exists())
        self.assertEqual(
            self.fetch("/en/news/trade-mission/").h1.get_text(), "Trade mission"
        )
        self.assertEqual(
            self.stories["Trade mission"].related_pages.count(), 0, "link removed"
        )

    def test_unpublishing_the_member_hides_its_link_on_the_story(self):
        related = "[aria-labelledby=related-title] .card__title a"
        MemberPage.objects.get(pk=self.member.pk).unpublish()
        self.assertEqual(
            texts(self.fetch("/en/news/both-members/").select(related)), ["OtherCo"]
        )
