"""The contract for what a page shows of the pages linking to it."""

import ast
import pathlib
from types import SimpleNamespace

from django.conf import settings
from django.test import SimpleTestCase
from wagtail import hooks

from cluster_portal.core.sections import LinkedSection, collect_linked_sections
from events.sections import EventsOfMember
from news.sections import StoriesMentioning
from projects.sections import ProjectsOfMember

SECTIONS = ("news", "events", "members", "projects")
HOOK = "test_page_sections"
PAGE = SimpleNamespace(pk=7, locale_id=1, title="MedCo")


def fixed(order, items):
    """A block of `items`, shown `order`-th, that needs no database."""

    class Fixed(LinkedSection):
        def get_queryset(self):
            return items

    Fixed.order = order
    return Fixed


class CollectTests(SimpleTestCase):
    def collect(self, *blocks):
        with hooks.register_temporarily([(HOOK, block) for block in blocks]):
            return collect_linked_sections(PAGE, None, HOOK)

    def test_blocks_come_smallest_order_first_whatever_their_registration(self):
        late, early = fixed(300, ["late"]), fixed(100, ["early"])
        self.assertEqual(
            [section.items for section in self.collect(late, early)],
            [["early"], ["late"]],
        )

    def test_a_block_without_items_is_left_out(self):
        sections = self.collect(fixed(100, []), fixed(200, ["shown"]))
        self.assertEqual([section.items for section in sections], [["shown"]])

    def test_a_block_shows_its_first_items_up_to_its_limit(self):
        (section,) = self.collect(fixed(100, list(range(5))))
        self.assertEqual(section.items, list(range(LinkedSection.limit)))

    def test_each_block_is_built_for_the_page_and_the_request(self):
        request = object()
        with hooks.register_temporarily(HOOK, fixed(100, ["item"])):
            (section,) = collect_linked_sections(PAGE, request, HOOK)
        self.assertIs(section.page, PAGE)
        self.assertIs(section.request, request)

    def test_without_an_index_model_there_is_no_see_all_link(self):
        (section,) = self.collect(fixed(100, ["item"]))
        self.assertIsNone(section.see_all_url)

    def test_the_see_all_label_names_the_page(self):
        block = type("Named", (fixed(100, ["item"]),), {"see_all_label": "Of %(name)s"})
        self.assertEqual(block(PAGE, None).get_see_all_label(), "Of MedCo")


class RegisteredBlocksTests(SimpleTestCase):
    def test_a_member_page_shows_news_then_events_then_projects(self):
        blocks = sorted(hooks.get_hooks("member_page_sections"), key=lambda b: b.order)
        self.assertEqual(blocks, [StoriesMentioning, EventsOfMember, ProjectsOfMember])

    def test_event_and_project_pages_show_the_news_mentioning_them(self):
        for hook in ("event_page_sections", "project_page_sections"):
            with self.subTest(hook):
                self.assertEqual(hooks.get_hooks(hook), [StoriesMentioning])

    def test_every_block_names_its_card_and_the_variable_the_card_reads(self):
        for block in (StoriesMentioning, EventsOfMember, ProjectsOfMember):
            with self.subTest(block.__name__):
                self.assertTrue(block.card_template)
                self.assertNotEqual(block.card_name, LinkedSection.card_name)


class CoreImportsNoSectionTests(SimpleTestCase):
    def test_no_module_of_the_core_imports_a_section(self):
        core = pathlib.Path(settings.BASE_DIR) / "cluster_portal" / "core"
        offenders = []
        for path in core.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and not node.level:
                    names = [node.module or ""]
                else:
                    continue
                offenders += [
                    f"{path.relative_to(core)}: {name}"
                    for name in names
                    if name.split(".")[0] in SECTIONS
                ]
        self.assertEqual(offenders, [])
