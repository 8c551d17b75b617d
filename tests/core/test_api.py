"""The read-only API at /api/v2/: every page type by ?type=, its own fields,
and nothing private: no draft, no private email, no registration, no file a
member uploaded."""

import json

from django.test import TestCase

from demo.factories.events import RegistrationFactory
from members import access
from tests.conftest import build_site_tree
from tests.core.helpers import make_document, make_image
from tests.events.support import build_event_tree, make_event
from tests.members.support import build_member_tree, make_member
from tests.news.support import build_news_tree, make_story

API = "/api/v2/"


class APITests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_member_tree(build_news_tree(build_site_tree()))
        news_index = tree["news_index"]
        tree = build_event_tree(tree)
        cls.tree = tree
        cls.member = make_member(
            tree["directory"],
            title="MedCo",
            slug="medco",
            strategic_areas=[tree["medtech"]],
            contacts=[
                {
                    "name": "Pat Public",
                    "email": "pat@medco.example",
                    "email_is_public": True,
                },
                {"name": "Sam Secret", "email": "sam@medco.example"},
            ],
        )
        cls.draft_member = make_member(tree["directory"], title="Hidden", draft=True)
        cls.event = make_event(
            tree["events_index"],
            title="Summit",
            registration_mode="portal",
            capacity=10,
            participants=[{"role": "exhibitor", "member": cls.member}],
            sessions=[{"title": "Opening", "start_time": "09:00"}],
            figures=[{"value": 400, "label": "attendees", "at_least": True}],
        )
        RegistrationFactory(
            event=cls.event, name="Rita Registrant", email="rita@private.example"
        )
        cls.story = make_story(news_index, title="A story", related=[cls.event])
        # One file of the cluster's, one a member uploaded (in its collection).
        cls.public_image = make_image("Cluster photo")
        member_access = access.access_for(cls.member)
        cls.member_image = make_image("Member upload")
        cls.member_document = make_document("Member brochure")
        for upload in (cls.member_image, cls.member_document):
            upload.collection = member_access.collection
            upload.save()

    def get(self, path, status=200):
        response = self.client.get(API + path)
        self.assertEqual(response.status_code, status, response.content[:300])
        return json.loads(response.content)

    def test_every_page_type_is_listed_by_type_with_its_own_fields(self):
        expectations = {
            "core.HomePage": "hero_heading",
            "news.NewsIndexPage": "intro",
            "news.NewsPage": "related_pages",
            "members.MemberDirectoryPage": "intro",
            "members.MemberPage": "contacts",
            "events.EventIndexPage": "intro",
            "events.EventPage": "sessions",
        }
        for page_type, field in expectations.items():
            with self.subTest(page_type):
                data = self.get(f"pages/?type={page_type}&fields=*")
                self.assertGreaterEqual(data["meta"]["total_count"], 1)
                for item in data["items"]:
                    self.assertEqual(item["meta"]["type"], page_type)
                    self.assertIn(field, item)

    def test_an_event_carries_its_times_places_people_and_programme(self):
        data = self.get(f"pages/{self.event.pk}/")
        self.assertEqual(data["title"], "Summit")
        self.assertEqual(data["time_zone"], "Europe/Brussels")
        self.assertEqual(data["registration"], "portal")
        self.assertEqual(data["participants"][0]["role"], "exhibitor")
        self.assertEqual(data["participants"][0]["member"]["id"], self.member.pk)
        self.assertEqual(data["sessions"][0]["title"], "Opening")
        self.assertEqual(data["figures"][0]["value"], 400)

    def test_the_news_links_to_the_event(self):
        data = self.get(f"pages/{self.story.pk}/")
        self.assertEqual(
            [link["page"]["id"] for link in data["related_pages"]], [self.event.pk]
        )

    def test_nothing_private_is_exposed(self):
        everything = json.dumps(
            [
                self.get("pages/?fields=*&limit=20"),
                self.get(f"pages/{self.event.pk}/"),
                self.get(f"pages/{self.member.pk}/"),
                self.get("images/?limit=20"),
                self.get("documents/?limit=20"),
            ]
        )
        for secret in (
            "Rita Registrant",
            "rita@private.example",
            "sam@medco.example",
            "Hidden",
            "Member upload",
            "Member brochure",
        ):
            self.assertNotIn(secret, everything)
        self.assertIn("pat@medco.example", everything)
        self.assertIn("Cluster photo", everything)

    def test_drafts_and_hidden_files_are_not_found_by_id(self):
        self.get(f"pages/{self.draft_member.pk}/", status=404)
        self.get(f"images/{self.member_image.pk}/", status=404)
        self.get(f"documents/{self.member_document.pk}/", status=404)
        self.get(f"images/{self.public_image.pk}/")

    def test_bad_parameters_are_refused_with_a_4xx(self):
        for query in (
            "pages/?type=events.Registration",
            "pages/?type=junk",
            "pages/?limit=100000",
            "pages/?offset=-1",
            "pages/?fields=password",
            "pages/?order=registrations",
            "pages/?locale=xx",
            "pages/abc/",
        ):
            with self.subTest(query):
                # An address no API view matches is redirected to /en/ first.
                status = self.client.get(API + query, follow=True).status_code
                self.assertGreaterEqual(status, 400)
                self.assertLess(status, 500)

    def test_french_pages_by_locale(self):
        data = self.get("pages/?type=events.EventIndexPage&locale=fr")
        self.assertEqual(
            [item["id"] for item in data["items"]], [self.tree["events_index_fr"].pk]
        )

    def test_a_link_to_an_unpublished_page_shows_nothing_of_it(self):
        self.member.unpublish()
        event = self.get(f"pages/{self.event.pk}/")
        self.assertIsNone(event["participants"][0]["member"])
        self.assertNotIn("MedCo", json.dumps(event))
        self.event.unpublish()
        story = self.get(f"pages/{self.story.pk}/")
        self.assertEqual([link["page"] for link in story["related_pages"]], [None])

    def test_files_of_a_member_whose_access_ended_stay_out(self):
        self.member.delete()  # its editors' group and access go with it
        listing = json.dumps(self.get("documents/?limit=20"))
        self.assertNotIn("Member brochure", listing)
        self.get(f"images/{self.member_image.pk}/", status=404)

    def test_unreadable_filter_values_are_a_400(self):
        for query in (
            "pages/?type=events.EventPage&start=abc",
            "pages/?type=events.EventPage&end=2023-13-45",
            "pages/?type=news.NewsPage&date=x",
            "pages/?type=events.EventPage&capacity=many",
        ):
            with self.subTest(query):
                self.assertEqual(self.client.get(API + query).status_code, 400)
