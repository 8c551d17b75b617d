"""Translating a page in the admin moves its links to their translations."""

from django.test import TestCase

from demo.factories.core import OrganisationFactory
from events.models import EventPage
from news.models import NewsPage
from tests.conftest import build_site_tree
from tests.core.helpers import translate
from tests.events.support import build_event_tree, make_event
from tests.members.support import build_member_tree, make_member
from tests.news.support import build_news_tree, make_story


class TranslationLinksTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_member_tree(build_news_tree(build_site_tree()))
        cls.news_index = tree["news_index"]
        tree = build_event_tree(tree)
        cls.tree = tree
        fr = tree["fr"]
        cls.member = make_member(tree["directory"], title="MedCo", slug="medco")
        cls.member_fr = translate(cls.member, fr, slug="medco-fr")
        cls.loner = make_member(tree["directory"], title="Loner", slug="loner")
        cls.awex = OrganisationFactory(name="AWEX", locale=tree["en"])
        cls.awex_fr = cls.awex.copy_for_translation(fr)
        cls.awex_fr.save()
        cls.biopharma = tree["biopharma"]  # has no French translation
        cls.event = make_event(
            tree["events_index"],
            title="Mission",
            strategic_areas=[tree["medtech"], cls.biopharma],
            participants=[
                {"role": "organiser", "organisation": cls.awex},
                {"role": "delegation", "member": cls.member},
                {"role": "delegation", "member": cls.loner},
            ],
        )
        cls.story = make_story(
            cls.news_index, title="Story", related=[cls.event, cls.member]
        )

    def draft_of(self, page):
        page = type(page).objects.get(pk=page.pk)
        return page.get_latest_revision_as_object()

    def test_a_french_event_links_to_french_members_partners_and_areas(self):
        french = self.draft_of(
            EventPage.objects.get(
                pk=self.event.copy_for_translation(self.tree["fr"]).pk
            )
        )
        links = list(french.participants.all())
        self.assertEqual(links[0].organisation, self.awex_fr)
        self.assertEqual(links[1].member.pk, self.member_fr.pk)
        # A member without a French page stays linked as it is.
        self.assertEqual(links[2].member.pk, self.loner.pk)
        # An area without a French translation is dropped.
        self.assertEqual(list(french.strategic_areas.all()), [self.tree["medtech_fr"]])

    def test_a_french_story_links_to_the_french_pages(self):
        event_fr = self.event.copy_for_translation(self.tree["fr"])
        french = self.draft_of(
            NewsPage.objects.get(pk=self.story.copy_for_translation(self.tree["fr"]).pk)
        )
        self.assertEqual(
            [link.page_id for link in french.related_pages.all()],
            [event_fr.pk, self.member_fr.pk],
        )

    def test_the_source_page_is_left_alone(self):
        self.event.copy_for_translation(self.tree["fr"])
        event = self.draft_of(self.event)
        self.assertEqual(
            [link.organisation_id for link in event.participants.all()][:1],
            [self.awex.pk],
        )
        self.assertIn(self.biopharma, event.strategic_areas.all())
