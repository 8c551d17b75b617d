"""The admin Members listing and the sector snippet."""

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from members.models import MemberPage, Sector
from tests.conftest import build_site_tree
from tests.members.support import build_member_tree, make_member
from tests.news.support import build_news_tree


class AdminTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_news_tree(build_site_tree()))
        directory = tree["directory"]
        make_member(
            directory,
            title="MedCo",
            sectors=[tree["sector_medtech"]],
            city="Liège",
            member_since=2015,
        )
        make_member(
            directory,
            title="BioNova",
            sectors=[tree["sector_biotech"], tree["sector_medtech"]],
            city="Gosselies",
            membership_status=MemberPage.Status.PENDING,
        )
        make_member(
            directory,
            title="Lapsed Co",
            sectors=[tree["sector_biotech"]],
            lapsed=True,
        )
        make_member(directory, title="Draft Co", draft=True)
        make_member(
            tree["directory_fr"],
            title="Société Française",
            sectors=[tree["sector_medtech_fr"]],
        )
        User = get_user_model()
        cls.superuser = User.objects.create_superuser("staff", "s@example.org", "pw")
        cls.visitor = User.objects.create_user("visitor", "v@example.org", "pw")

    def titles(self, response, kind="page"):
        soup = BeautifulSoup(response.content, "html.parser")
        return sorted(
            span.get_text(strip=True)
            for span in soup.select(f"td.title [id^={kind}_][id$=_title]")
        )


class MemberListingTests(AdminTestCase):
    url = reverse("member_pages:index")

    def listed(self, **params):
        self.client.force_login(self.superuser)
        response = self.client.get(self.url, params)
        self.assertEqual(response.status_code, 200)
        return self.titles(response)

    def test_lists_every_member_of_every_language_whatever_its_status(self):
        self.assertEqual(
            self.listed(),
            ["BioNova", "Draft Co", "Lapsed Co", "MedCo", "Société Française"],
        )

    def test_shows_city_membership_and_member_since(self):
        self.client.force_login(self.superuser)
        response = self.client.get(self.url)
        soup = BeautifulSoup(response.content, "html.parser")
        headings = [th.get_text(" ", strip=True) for th in soup.select("thead th")]
        for heading in ("City", "Member since", "Membership"):
            self.assertTrue(
                any(heading in text for text in headings), (heading, headings)
            )
        row = next(tr for tr in soup.select("tbody tr") if "MedCo" in tr.get_text())
        self.assertIn("Liège", row.get_text())
        self.assertIn("2015", row.get_text())

    def test_is_in_the_admin_menu(self):
        self.client.force_login(self.superuser)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), self.url)

    def test_filters_by_membership_status(self):
        self.assertEqual(self.listed(membership_status="lapsed"), ["Lapsed Co"])
        self.assertEqual(self.listed(membership_status="pending"), ["BioNova"])
        self.assertEqual(
            self.listed(membership_status="active"),
            ["Draft Co", "MedCo", "Société Française"],
        )

    def test_filters_by_sector(self):
        medtech, biotech = self.tree["sector_medtech"], self.tree["sector_biotech"]
        self.assertEqual(self.listed(sectors=medtech.pk), ["BioNova", "MedCo"])
        # Several sectors: members in any of them, each once.
        self.assertEqual(
            self.listed(sectors=[medtech.pk, biotech.pk]),
            ["BioNova", "Lapsed Co", "MedCo"],
        )
        self.assertEqual(
            self.listed(sectors=biotech.pk, membership_status="active"), []
        )

    def test_searches_by_name(self):
        self.assertEqual(self.listed(q="MedCo"), ["MedCo"])

    def test_a_junk_filter_value_is_no_error(self):
        self.client.force_login(self.superuser)
        for params in ({"membership_status": "nonsense"}, {"sectors": "abc"}):
            with self.subTest(params):
                response = self.client.get(self.url, params)
                self.assertEqual(response.status_code, 200)

    def test_a_visitor_without_admin_access_is_sent_to_the_login(self):
        self.client.force_login(self.visitor)
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(reverse("wagtailadmin_login")))

    def test_an_anonymous_visitor_is_sent_to_the_login(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            response["Location"], f"{reverse('wagtailadmin_login')}?next={self.url}"
        )


class SectorSnippetTests(AdminTestCase):
    url = reverse("wagtailsnippets_members_sector:list")

    def listed(self, **params):
        self.client.force_login(self.superuser)
        response = self.client.get(self.url, params)
        self.assertEqual(response.status_code, 200)
        return self.titles(response, kind="snippet")

    def test_lists_the_sectors_of_each_language(self):
        self.assertEqual(
            self.listed(),
            ["Biotech and pharma", "E-health", "Medtech", "Technologies médicales"],
        )
        self.assertEqual(self.listed(locale="fr"), ["Technologies médicales"])

    def test_searches_by_name(self):
        self.assertEqual(self.listed(q="Bio"), ["Biotech and pharma"])

    def test_a_sector_can_be_added(self):
        self.client.force_login(self.superuser)
        response = self.client.post(
            reverse("wagtailsnippets_members_sector:add"),
            {"name": "Services", "slug": "services", "sort_order": "4", "locale": "en"},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Sector.objects.get(slug="services").name, "Services")

    def test_is_refused_to_visitors(self):
        self.client.force_login(self.visitor)
        self.assertEqual(self.client.get(self.url).status_code, 302)
        self.client.logout()
        self.assertEqual(self.client.get(self.url).status_code, 302)
