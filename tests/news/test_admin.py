"""The admin News listing, the series snippet, and scheduled publishing."""

import datetime
import json
from io import StringIO
from unittest import mock

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from demo.factories.news import NewsSeriesFactory
from news.models import NewsPage
from tests.conftest import build_site_tree
from tests.core.helpers import publish
from tests.news.support import build_news_tree, make_story


class AdminTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news = news = build_news_tree(build_site_tree())
        cls.series = NewsSeriesFactory(title="Going global", slug="going-global")
        NewsSeriesFactory(
            title="Vers le monde", slug="vers-le-monde", locale=news["fr"]
        )
        make_story(
            news["news_index"],
            title="Trade mission",
            intro="Ten members flew to Boston.",
            body=json.dumps(
                [{"type": "paragraph", "value": "<p>They met investors.</p>"}]
            ),
            strategic_areas=[news["medtech"]],
            tags=["usa"],
            series=cls.series,
            series_part=1,
        )
        make_story(
            news["news_index"],
            title="Pacemaker start-up",
            strategic_areas=[news["implants"]],
            tags=["usa", "funding"],
        )
        make_story(
            news["news_index"],
            title="Networking day",
            strategic_areas=[news["biopharma"]],
            tags=["networking"],
            draft=True,
        )
        make_story(
            news["news_index_fr"],
            title="Journée réseau",
            strategic_areas=[news["medtech_fr"]],
        )
        User = get_user_model()
        cls.superuser = User.objects.create_superuser("editor", "e@example.org", "pw")
        cls.visitor = User.objects.create_user("visitor", "v@example.org", "pw")


class NewsListingTests(AdminTestCase):
    url = reverse("news_stories:index")

    def listed(self, **params):
        self.client.force_login(self.superuser)
        response = self.client.get(self.url, params)
        self.assertEqual(response.status_code, 200)
        soup = BeautifulSoup(response.content, "html.parser")
        return sorted(
            span.get_text(strip=True)
            for span in soup.select("td.title [id^=page_][id$=_title]")
        )

    def test_lists_every_story_of_every_language(self):
        self.assertEqual(
            self.listed(),
            ["Journée réseau", "Networking day", "Pacemaker start-up", "Trade mission"],
        )

    def test_is_in_the_admin_menu(self):
        self.client.force_login(self.superuser)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, self.url)

    def test_filters_by_strategic_area(self):
        self.assertEqual(
            self.listed(strategic_areas=self.news["medtech"].pk), ["Trade mission"]
        )
        self.assertEqual(
            self.listed(
                strategic_areas=[self.news["medtech"].pk, self.news["implants"].pk]
            ),
            ["Pacemaker start-up", "Trade mission"],
        )

    def test_filters_by_tag(self):
        usa = Tag.objects.get(slug="usa")
        self.assertEqual(
            self.listed(tags=usa.pk), ["Pacemaker start-up", "Trade mission"]
        )
        funding = Tag.objects.get(slug="funding")
        self.assertEqual(self.listed(tags=funding.pk), ["Pacemaker start-up"])

    def test_filters_by_status(self):
        self.assertEqual(self.listed(live="false"), ["Networking day"])
        self.assertEqual(
            self.listed(live="true"),
            ["Journée réseau", "Pacemaker start-up", "Trade mission"],
        )

    def test_filters_by_series(self):
        self.assertEqual(self.listed(series=self.series.pk), ["Trade mission"])

    def test_searches_title_intro_and_body(self):
        self.assertEqual(self.listed(q="Pacemaker"), ["Pacemaker start-up"])
        self.assertEqual(self.listed(q="Boston"), ["Trade mission"])
        self.assertEqual(self.listed(q="investors"), ["Trade mission"])

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


class SeriesSnippetTests(AdminTestCase):
    url = reverse("wagtailsnippets_news_newsseries:list")

    def listed(self, **params):
        self.client.force_login(self.superuser)
        response = self.client.get(self.url, params)
        self.assertEqual(response.status_code, 200)
        soup = BeautifulSoup(response.content, "html.parser")
        return sorted(
            span.get_text(strip=True)
            for span in soup.select("td.title [id^=snippet_][id$=_title]")
        )

    def test_lists_the_series_of_each_language(self):
        self.assertEqual(self.listed(), ["Going global", "Vers le monde"])
        self.assertEqual(self.listed(locale="fr"), ["Vers le monde"])

    def test_a_series_can_be_added(self):
        self.client.force_login(self.superuser)
        response = self.client.post(
            reverse("wagtailsnippets_news_newsseries:add"),
            {"title": "Women in medtech", "slug": "women-in-medtech", "locale": "en"},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            NewsSeriesFactory._meta.model.objects.get(slug="women-in-medtech").title,
            "Women in medtech",
        )

    def test_is_refused_to_visitors(self):
        self.client.force_login(self.visitor)
        self.assertEqual(self.client.get(self.url).status_code, 302)


class ScheduledPublishingTests(AdminTestCase):
    def test_a_story_scheduled_in_the_admin_goes_live_when_its_time_comes(self):
        go_live_at = timezone.localtime() + datetime.timedelta(hours=1)
        self.client.force_login(self.superuser)
        response = self.client.post(
            reverse(
                "wagtailadmin_pages:add",
                args=["news", "newspage", self.news["news_index"].pk],
            ),
            nested_form_data(
                {
                    "title": "Investor summit",
                    "slug": "investor-summit",
                    "date": "2023-10-10",
                    "intro": "Start-ups meet investors.",
                    "body": streamfield([("paragraph", rich_text("<p>Pitch.</p>"))]),
                    "authors": inline_formset([]),
                    "related_pages": inline_formset([]),
                    "go_live_at": go_live_at.strftime("%Y-%m-%d %H:%M"),
                    "action-publish": "publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 302)
        story = NewsPage.objects.get(slug="investor-summit")
        self.assertFalse(story.live)
        self.assertTrue(story.approved_schedule)
        self.client.logout()
        self.assertEqual(self.client.get("/en/news/investor-summit/").status_code, 404)

        call_command("publish_scheduled", stdout=StringIO())
        story.refresh_from_db()
        self.assertFalse(story.live, "not before its time")

        later = timezone.now() + datetime.timedelta(hours=1, minutes=30)
        with mock.patch("django.utils.timezone.now", return_value=later):
            call_command("publish_scheduled", stdout=StringIO())

        story.refresh_from_db()
        self.assertTrue(story.live)
        self.assertEqual(self.client.get("/en/news/investor-summit/").status_code, 200)
        self.assertContains(self.client.get("/en/news/"), "Investor summit")

    def test_a_story_past_its_expiry_is_unpublished(self):
        story = NewsPage.objects.get(title="Trade mission")
        story.expire_at = timezone.now() - datetime.timedelta(minutes=1)
        publish(story)
        call_command("publish_scheduled", stdout=StringIO())
        story.refresh_from_db()
        self.assertFalse(story.live)
        self.assertTrue(story.expired)
        self.assertEqual(self.client.get("/en/news/trade-mission/").status_code, 404)
