"""The four section indexes are one class, SectionIndexPage: the same rules
hold for each, checked here once per index (news, events, members, projects)."""

from django.apps import apps
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data

from cluster_portal.core.models import HomePage, SectionIndexPage
from demo.factories.events import EventIndexPageFactory
from demo.factories.members import MemberDirectoryPageFactory
from demo.factories.news import NewsIndexPageFactory
from demo.factories.projects import ProjectIndexPageFactory
from events.models import EventPage
from members.models import MemberPage
from news.models import NewsPage
from projects.models import ProjectPage
from tests.conftest import build_site_tree
from tests.core.helpers import add_url, publish


class SectionIndexRules:
    """The rules every section index keeps; a subclass names its section.

    Not a TestCase itself, so that it is not run once without a section.
    """

    factory = None
    child = None
    english = None  # (title, slug) in the English home
    french = None  # (title, slug) in the French home
    extra_form_data = {}
    route_paths = ()  # its own views besides the listing

    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.home = tree["home"]
        cls.home_fr = tree["home_fr"]
        cls.model = cls.factory._meta.model

    def form_data(self, title, slug, **fields):
        return nested_form_data(
            {"title": title, "slug": slug, **self.extra_form_data, **fields}
        )

    def test_lives_under_a_home_page_and_holds_its_section_pages_only(self):
        self.assertAllowedParentPageTypes(self.model, {HomePage})
        self.assertAllowedSubpageTypes(self.model, {self.child})
        self.assertCanCreateAt(HomePage, self.model)
        self.assertCanNotCreateAt(Page, self.model)
        self.assertCanNotCreateAt(self.model, self.model)
        self.assertCanNotCreateAt(self.child, self.model)

    def test_can_be_created_in_the_admin(self):
        title, slug = self.english
        self.login()
        self.assertCanCreate(
            self.home, self.model, self.form_data(title, slug, intro="A sentence.")
        )
        index = self.model.objects.get()
        self.assertTrue(index.live)
        self.assertEqual(index.url, f"/en/{slug}/")
        self.assertEqual(index.intro, "A sentence.")

    def test_one_per_home_page_but_each_language_has_its_own(self):
        publish(self.factory(parent=self.home, locale=self.home.locale))
        self.assertFalse(self.model.can_create_at(self.home))
        self.assertTrue(self.model.can_create_at(self.home_fr))

        self.login()
        response = self.client.post(
            add_url(self.model, self.home),
            {"title": "Second", "slug": "second", "action-publish": "publish"},
            follow=True,
        )
        self.assertContains(response, "you do not have permission")
        self.assertEqual(self.model.objects.count(), 1)
        self.assertFalse(Page.objects.filter(slug="second").exists())

        title, slug = self.french
        self.assertCanCreate(self.home_fr, self.model, self.form_data(title, slug))
        self.assertEqual(
            self.model.objects.get(locale=self.home_fr.locale).url, f"/fr/{slug}/"
        )

    def test_renders_with_its_own_views(self):
        index = publish(self.factory(parent=self.home, locale=self.home.locale))
        self.assertPageIsRenderable(index)
        for route_path in self.route_paths:
            with self.subTest(route_path):
                self.assertPageIsRenderable(index, route_path=route_path)


class NewsIndexPageTests(SectionIndexRules, WagtailPageTestCase):
    factory = NewsIndexPageFactory
    child = NewsPage
    english = ("News", "news")
    french = ("Actualités", "actualites")
    extra_form_data = {"featured_story": ""}
    route_paths = ("feed/rss/", "feed/atom/")


class EventIndexPageTests(SectionIndexRules, WagtailPageTestCase):
    factory = EventIndexPageFactory
    child = EventPage
    english = ("Events", "events")
    french = ("Événements", "evenements")
    route_paths = ("past/", "feed/ics/")


class MemberDirectoryPageTests(SectionIndexRules, WagtailPageTestCase):
    factory = MemberDirectoryPageFactory
    child = MemberPage
    english = ("Members", "members")
    french = ("Membres", "membres")
    route_paths = ("export/csv/", "export/json/")


class ProjectIndexPageTests(SectionIndexRules, WagtailPageTestCase):
    factory = ProjectIndexPageFactory
    child = ProjectPage
    english = ("Projects", "projects")
    french = ("Projets", "projets")
    route_paths = ("export/csv/", "export/json/")


def test_every_section_index_keeps_these_rules():
    """A new section's index gets its own class above."""
    covered = {test.factory._meta.model for test in SectionIndexRules.__subclasses__()}
    indexes = {
        model for model in apps.get_models() if issubclass(model, SectionIndexPage)
    }
    assert covered == indexes
