"""Member self-service admin screens run as many SQL queries with 2,500 members as 50.

Every member has its access, as members/access.py grants it (a group with
"change" on the page in both languages and add/choose in its own upload
collection), and an editor; four pages are in review. Each screen is
requested once (renditions, caches), the cache emptied, then requested again
and its queries counted: for a member editor, whose permissions come from
their one member group, and for communications staff, who are not
superusers, so Wagtail reads their permissions as well.

All members but the one measured are written in bulk (tests/members/
bulk.py): through `Page.add_child`, translation and `access_for`, 2,500 would
take 10 minutes on SQLite and 25 on PostgreSQL.
"""

import collections
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.db.models import F
from django.db.models.functions import Length
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from demo import bulk
from members import access, review
from members.models import MemberAccess, MemberPage
from tests.conftest import build_site_tree
from tests.core.helpers import analyze_bulk_data, make_image, publish, translate
from tests.members.support import build_member_tree, make_member
from tests.news.support import build_news_tree

# FEW is below the listings' page size (50), so that rows costing a query
# each would show; SMALL and LARGE fill the first page alike.
FEW, SMALL, LARGE = 10, 50, 2500


def normalised(sql):
    """SQL with its numbers and quoted values blanked, to compare two captures."""
    return re.sub(r"'[^']*'|\b\d+\b", "?", sql)


def query_diff(fewer, more):
    """The statements run more (or less) often with more members."""
    counts = collections.Counter(map(normalised, more))
    counts.subtract(map(normalised, fewer))
    return "Queries that differ:\n" + "\n\n".join(
        f"{n:+d} × {sql}" for sql, n in counts.items() if n
    )


class Measure:
    """The queries of one screen as a user sees it once the admin was visited."""

    def __init__(self, client, url, follow=False):
        response = client.get(url, follow=follow)
        assert response.status_code == 200, (url, response.status_code)
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, follow=follow)
        assert response.status_code == 200, (url, response.status_code)
        # Text only: setUpTestData's attributes are deep-copied for each test.
        self.queries = [query["sql"] for query in queries.captured_queries]
        self.content = response.content.decode()

    def __len__(self):
        return len(self.queries)


class SelfServiceQueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_news_tree(build_site_tree()))
        review.ensure_review()
        cls.directory, cls.directory_fr = tree["directory"], tree["directory_fr"]
        # The member measured, built and given its editor by the app's own
        # code, with what the edit form shows: a logo, relations, inlines.
        cls.member = publish(
            make_member(
                cls.directory,
                # Named to sort before the bulk members, whose collections
                # follow its own in name order (see bulk.add_collections).
                title="Acme Medtech",
                slug="acme-medtech",
                logo=make_image("Acme logo", width=40, height=20),
                sectors=[tree["sector_medtech"]],
                strategic_areas=[tree["medtech"]],
                technologies=["imaging"],
                products=[{"name": "Pacemaker", "url": "https://example.org/"}],
                labels=[{"name": "Factory of the Future", "year": 2021}],
                contacts=[{"name": "Anna", "email": "anna@acme.example"}],
            )
        )
        cls.member_fr = translate(cls.member, tree["fr"], slug="acme-medtech")
        cls.editor = access.add_editor(cls.member, "anna@acme.example", name="Anna")
        cls.staff = get_user_model().objects.create_user(
            "comms", "comms@cluster.example"
        )
        cls.staff.groups.add(Group.objects.get(name=review.STAFF_GROUP))

        english, french = cls.add_members(1, FEW)
        cls.submit_for_review([cls.member, english[0], english[1], french[2]])
        cls.few = cls.measure()
        cls.add_members(FEW, SMALL)
        cls.small = cls.measure()
        cls.add_members(SMALL, LARGE)
        cls.large = cls.measure()

    @classmethod
    def add_members(cls, start, stop):
        english, french = bulk.add_members(
            cls.directory, cls.directory_fr, range(start, stop)
        )
        bulk.add_editors(bulk.grant_access(english + french))
        # Planned for the empty tables, the explorer's permission subquery
        # runs as a nested loop over every page: seconds a request.
        analyze_bulk_data()
        return english, french

    @classmethod
    def submit_for_review(cls, pages):
        """Each page's editor saves a draft and submits it, as the edit view does."""
        workflow = review.review_workflow()
        for page in pages:
            editor = access.editors_of(page).get()
            page.save_revision(user=editor)
            workflow.start(page, editor)

    @classmethod
    def measure(cls):
        edit = reverse("wagtailadmin_pages:edit", args=[cls.member.pk])
        explore = reverse("wagtailadmin_explore", args=[cls.directory.pk])
        screens = {
            ("editor", "dashboard"): reverse("wagtailadmin_home"),
            ("editor", "explorer"): explore,
            # Redirects to the editor's explorable root, if it is not the root.
            ("editor", "explorer root"): reverse("wagtailadmin_explore_root"),
            ("editor", "edit"): edit,
            ("staff", "dashboard"): reverse("wagtailadmin_home"),
            ("staff", "explorer"): explore,
            ("staff", "edit"): edit,
            ("staff", "members"): reverse("member_pages:index"),
            ("staff", "editors"): reverse("member_editors", args=[cls.member.pk]),
        }
        clients = {}
        for role, user in (("editor", cls.editor), ("staff", cls.staff)):
            clients[role] = cls.client_class()
            clients[role].force_login(user)
        return {
            (role, screen): Measure(clients[role], url, follow=True)
            for (role, screen), url in screens.items()
        }

    def assertSameCount(self, role, screen, fewer=None, more=None):  # noqa: N802
        fewer = (fewer or self.small)[role, screen]
        more = (more or self.large)[role, screen]
        self.assertEqual(len(fewer), len(more), query_diff(fewer.queries, more.queries))

    # Every admin request starts alike: the session and user, Django's
    # permissions of the user (two queries), the Wagtail profile, Wagtail's
    # page, collection and site permissions of the user (one query each, read
    # once a request), and for the menu whether the user is a member editor
    # only (their groups, their own permissions). Counts below are
    # PostgreSQL's; SQLite's are within one.

    def test_the_member_editor_dashboard_query_count_does_not_grow(self):
        # About 16: the common queries; the root page and the site root paths
        # and translations (for "View live"); the locales; "Your company
        # page": the member's pages with their locale, then their workflow
        # states (prefetched).
        self.assertSameCount("editor", "dashboard")

    def test_the_member_editor_explorer_query_count_does_not_grow(self):
        # About 43 for the directory: the common queries; the directory
        # (twice, once with its workflow state), its specific page, scheduled
        # revision, locale and translations; the explorable pages (the
        # editor's two pages and their ancestors, one subquery); the count and
        # the one row the editor may see, with its specific page, content
        # type, site, workflow state, locale and parent, one query each; the
        # filter choices (owners, editors, sites, page types); the row's
        # review task and whether the editor is among its reviewers.
        self.assertSameCount("editor", "explorer")
        # About 34: as above, for the root (the common ancestor of the
        # editor's English and French pages), which lists both home pages.
        self.assertSameCount("editor", "explorer root")

    def test_the_member_editor_edit_view_query_count_does_not_grow(self):
        # About 96: the common queries; the page, its latest and live
        # revisions and its workflow state, which Wagtail's edit view, action
        # menu and side panels each read again (about 20 queries); the form's
        # logo, sectors, areas, technologies and inline rows; the sector and
        # area choices in the page's locale; comments, subscription and the
        # editing session (a delete and an insert); usage; the logo rendition.
        self.assertSameCount("editor", "edit")

    def test_the_staff_dashboard_query_count_does_not_grow(self):
        # About 37: the common queries; the site summary (pages, images and
        # documents counted); "Members awaiting review": the count, the first
        # states with requester and task state, their pages (three queries);
        # Wagtail's "Awaiting your review": states, tasks, reviewer groups,
        # revisions and pages, then one query per row for its task statuses
        # (four rows at each size); locked pages; recent edits.
        self.assertSameCount("staff", "dashboard")

    def test_the_staff_explorer_query_count_does_not_grow(self):
        # About 45: as the member editor's explorer, with 50 rows batched into
        # the same queries, and the review task of each row in review (three
        # at each size, one query each in Wagtail's status column).
        self.assertSameCount("staff", "explorer")

    def test_the_staff_edit_view_query_count_does_not_grow(self):
        # About 101: the member editor's edit view, with the staff-only fields
        # and labels editable, the editors panel (one query) and the
        # reviewer's workflow actions (the task and its groups).
        self.assertSameCount("staff", "edit")

    def test_the_members_listing_query_count_does_not_grow(self):
        # About 36: the common queries; the count and one page of member pages
        # of both languages, their specific pages, content types, sites,
        # workflow states, locales and parents (batched); the filter choices
        # (sectors, owners, editors, sites, page types); the review task of
        # each row in review.
        self.assertSameCount("staff", "members")

    def test_the_editors_screen_query_count_does_not_grow(self):
        # About 14: the common queries; the member page; its access with group
        # and collection (joined); the editors.
        self.assertSameCount("staff", "editors")

    def test_listing_rows_cost_no_query_each(self):
        # With 10 members the listings show 10 (explorer) and 20 (both
        # languages) rows, with 50 a full page of 50.
        for screen in ("explorer", "members"):
            with self.subTest(screen):
                self.assertSameCount("staff", screen, fewer=self.few, more=self.small)

    def test_the_screens_measured_show_what_they_should(self):
        large = self.large
        self.assertIn("Your company page", large["editor", "dashboard"].content)
        self.assertIn("Acme Medtech", large["editor", "dashboard"].content)
        self.assertNotIn(
            "Members awaiting review", large["editor", "dashboard"].content
        )
        awaiting = large["staff", "dashboard"].content
        self.assertIn("Members awaiting review", awaiting)
        for title in ("Acme Medtech", "Company 0001", "Company 0002", "Company 0003"):
            self.assertIn(title, awaiting)
        # The member editor sees their own page only; staff, a page of 50.
        self.assertIn("Acme Medtech", large["editor", "explorer"].content)
        self.assertNotIn("Company 0", large["editor", "explorer"].content)
        self.assertIn("1-50 of 2,500 pages", large["staff", "explorer"].content)
        self.assertIn("1-50 of 5,000 members", large["staff", "members"].content)
        for role in ("editor", "staff"):
            self.assertIn('name="summary"', large[role, "edit"].content)
        self.assertIn("anna@acme.example", large["staff", "editors"].content)

    def test_bulk_access_is_what_access_for_grants(self):
        bulk_member = MemberPage.objects.get(
            locale=self.tree["en"], slug="company-0001"
        )

        def granted(page):
            member = MemberAccess.objects.get(translation_key=page.translation_key)
            return {
                "admin": sorted(
                    member.group.permissions.values_list("codename", flat=True)
                ),
                "pages": sorted(
                    GroupPagePermission.objects.filter(group=member.group).values_list(
                        "page__locale__language_code", "permission__codename"
                    )
                ),
                "files": sorted(
                    GroupCollectionPermission.objects.filter(
                        group=member.group, collection=member.collection
                    ).values_list("permission__codename", flat=True)
                ),
                "uploads": member.collection.get_parent().name,
                "collection is the member's": member.collection.name == page.title,
            }

        self.assertEqual(granted(bulk_member), granted(self.member))

    def test_pages_and_collections_added_later_follow_the_bulk_ones(self):
        # Treebeard reads the parent's child count and last child (the
        # collection's, by name) to place a new node: the bulk paths and
        # counts must be what it would have written itself.
        page = make_member(self.directory, title="Latecomer", slug="latecomer")
        access.access_for(page)
        collection = MemberAccess.objects.get(
            translation_key=page.translation_key
        ).collection
        for node, parent in [
            (page, Page.objects.get(pk=self.directory.pk)),
            (collection, Collection.objects.get(name=access.UPLOADS_COLLECTION)),
        ]:
            with self.subTest(type(node).__name__):
                self.assertEqual(parent.numchild, LARGE + 1)
                self.assertEqual(parent.get_children().count(), LARGE + 1)
                self.assertEqual(parent.get_last_child().pk, node.pk)
                self.assertEqual(
                    node.path, parent.path + node._int2str(LARGE + 1).zfill(4)
                )
        self.assertFalse(
            Page.objects.annotate(length=Length("path"))
            .exclude(length=F("depth") * Page.steplen)
            .exists()
        )
