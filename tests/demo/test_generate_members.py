"""manage.py generate_members: members at scale for benchmarks, repeatable."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Collection

from members import access
from members.models import MemberAccess, MemberPage
from tests.conftest import build_site_tree
from tests.members.support import build_member_tree
from tests.news.support import build_news_tree


def generated(directory):
    return list(
        MemberPage.objects.child_of(directory)
        .filter(title__startswith="Zeta Health")
        .order_by("path")
        .values_list("title", "city", "size_band")
    )


class GenerateMembersTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_member_tree(build_news_tree(build_site_tree()))

    def generate(self, *args):
        call_command("generate_members", *args, stdout=StringIO())

    def test_adds_live_members_in_both_languages_with_their_access(self):
        self.generate("--count", "3", "--editors")
        english = generated(self.tree["directory"])
        self.assertEqual(
            [title for title, *_ in english],
            ["Zeta Health 0001", "Zeta Health 0002", "Zeta Health 0003"],
        )
        self.assertEqual(len(generated(self.tree["directory_fr"])), 3)
        page = MemberPage.objects.get(slug="zeta-health-0002", locale=self.tree["en"])
        self.assertEqual(self.client.get(page.url).status_code, 200)
        self.assertEqual(MemberAccess.objects.count(), 3)
        self.assertEqual(access.editors_of(page).count(), 1)

    def test_a_second_run_continues_the_numbering(self):
        self.generate("--count", "2")
        self.generate("--count", "2")
        self.assertEqual(
            [title for title, *_ in generated(self.tree["directory"])][-1],
            "Zeta Health 0004",
        )

    def test_the_same_seed_gives_the_same_members(self):
        self.generate("--count", "6", "--seed", "7")
        first = generated(self.tree["directory"])
        MemberPage.objects.filter(title__startswith="Zeta Health").delete()
        Collection.objects.filter(name__startswith="Zeta Health").delete()
        Group.objects.filter(member_access__isnull=False).delete()
        self.generate("--count", "6", "--seed", "7")
        self.assertEqual(generated(self.tree["directory"]), first)

    def test_refuses_a_silly_count(self):
        for count in ("0", "-5", "1000000"):
            with self.subTest(count=count), self.assertRaises(CommandError):
                self.generate("--count", count)
        self.assertEqual(generated(self.tree["directory"]), [])
