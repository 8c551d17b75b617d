"""manage.py generate_bulk_content: linked content in both languages, at scale."""

from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Collection, Page
from wagtail.search.models import IndexEntry

from cluster_portal.core import page_cache
from events.models import EventPage
from members import access
from members.models import MemberAccess, MemberPage
from news.models import NewsPage
from projects.models import ProjectPage
from tests.conftest import build_site_tree
from tests.events.support import build_event_tree
from tests.members.support import build_member_tree
from tests.news.support import build_news_tree
from tests.projects.support import build_project_tree

MODELS = {
    "members": MemberPage,
    "events": EventPage,
    "projects": ProjectPage,
    "news": NewsPage,
}
SMALL = ["--members", "3", "--events", "2", "--projects", "2", "--news", "4"]


def generate(*args):
    call_command("generate_bulk_content", *args, stdout=StringIO())


def generated(model, locale):
    return model.objects.filter(locale=locale, slug__regex=r"-[0-9]{5}$").order_by(
        "path"
    )


def build_tree():
    tree = build_member_tree(build_news_tree(build_site_tree()))
    return build_project_tree(build_event_tree(tree))


class GenerateBulkContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_tree()
        cls.en, cls.fr = cls.tree["en"], cls.tree["fr"]

    def test_adds_every_kind_in_both_languages(self):
        generate(*SMALL, "--editors")
        for kind, model in MODELS.items():
            with self.subTest(kind):
                english = list(generated(model, self.en))
                french = list(generated(model, self.fr))
                self.assertEqual(len(english), int(SMALL[SMALL.index(f"--{kind}") + 1]))
                self.assertEqual(
                    [page.translation_key for page in english],
                    [page.translation_key for page in french],
                )
                self.assertTrue(all(page.live for page in english + french))
                self.assertIn(
                    "Generated" if kind != "members" else "Zeta", english[0].title
                )
        self.assertEqual(MemberAccess.objects.count(), 3)
        member = generated(MemberPage, self.en).first()
        self.assertEqual(access.editors_of(member).count(), 1)

    def test_french_pages_link_the_french_translations(self):
        generate(*SMALL)
        story = generated(NewsPage, self.fr).first()
        mentioned = Page.objects.filter(news_mentions__story=story)
        self.assertTrue(mentioned.exists())
        self.assertEqual({page.locale_id for page in mentioned}, {self.fr.pk})
        self.assertEqual(
            {type(page) for page in mentioned.specific()},
            {MemberPage, EventPage, ProjectPage},
        )
        self.assertTrue(story.authors.exists())
        self.assertEqual(
            sorted(story.tags.values_list("name", flat=True)),
            ["benchmark", "generated"],
        )
        for model in MODELS.values():
            for page in generated(model, self.fr):
                # The test tree translates one area (medtech): the others drop.
                self.assertTrue(
                    all(
                        area.locale_id == self.fr.pk
                        for area in page.strategic_areas.all()
                    )
                )
        event = generated(EventPage, self.fr).first()
        members = [row.member for row in event.participants.all() if row.member]
        self.assertTrue(members)
        self.assertEqual({member.locale_id for member in members}, {self.fr.pk})
        self.assertEqual(event.sessions.count(), 3)
        project = generated(ProjectPage, self.en).first()
        coordinator = project.partners.get(role="coordinator")
        self.assertEqual(coordinator.member.locale_id, self.en.pk)

    def test_the_tree_stays_valid_and_every_page_renders(self):
        generate(*SMALL)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        self.assertEqual(Collection.find_problems(), ([], [], [], [], []))
        for model in MODELS.values():
            for locale in (self.en, self.fr):
                for page in generated(model, locale):
                    with self.subTest(page=page.url):
                        self.assertEqual(self.client.get(page.url).status_code, 200)
        # Pages added the usual way afterwards go where treebeard expects.
        index = self.tree["news_index"]
        story = index.add_child(
            instance=NewsPage(title="After", slug="after", date="2026-01-01", intro="…")
        )
        self.assertEqual(index.get_children().last().pk, story.pk)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))

    def test_the_search_index_holds_every_generated_page(self):
        generate(*SMALL)
        for model in MODELS.values():
            pages = generated(model, self.en) | generated(model, self.fr)
            indexed = IndexEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(model),
                object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)],
            )
            self.assertEqual(indexed.count(), pages.count())
        found = NewsPage.objects.live().search("Generated story 00003")
        self.assertIn("Generated story 00003", [page.title for page in found])

    def test_a_second_run_numbers_on_and_the_seed_repeats(self):
        generate("--events", "2", "--seed", "7")
        generate("--events", "2", "--seed", "7")
        titles = list(generated(EventPage, self.en).values_list("title", flat=True))
        self.assertEqual(titles, [f"Generated event {n:05}" for n in range(1, 5)])
        first, again = (
            generated(EventPage, self.en)[:2],
            generated(EventPage, self.en)[2:],
        )
        fingerprint = [
            [
                (
                    page.kind,
                    page.city,
                    list(page.participants.values_list("member", flat=True)),
                )
                for page in pages
            ]
            for pages in (first, again)
        ]
        self.assertEqual(fingerprint[0], fingerprint[1])

    def test_the_whole_run_is_one_content_change(self):
        before = page_cache.generation()
        generate(*SMALL)
        self.assertEqual(page_cache.generation(), before + 1)

    def test_refuses_counts_out_of_bounds_and_adds_nothing(self):
        for args in (["--news", "-1"], ["--members", "100001"], []):
            with self.subTest(args=args), self.assertRaises(CommandError):
                generate(*args)
        self.assertFalse(generated(NewsPage, self.en).exists())
        self.assertFalse(generated(MemberPage, self.en).exists())


def test_without_a_section_it_says_what_to_run(db):
    build_member_tree(build_news_tree(build_site_tree()))
    with pytest.raises(CommandError, match="run load_demo_content"):
        generate("--members", "1", "--events", "1")
    assert not MemberPage.objects.filter(slug__startswith="zeta-health").exists()
