"""What a member editor may do in the admin: pages, images, documents, collections.

Every cell asks the real admin URL, so a button hidden in a template while its
URL stays open still fails. Wagtail answers a refused admin request with a
redirect to the dashboard and an error message (wagtail.admin.auth's
permission_denied), not with a 403; only AJAX requests get a 403.
"""

from io import BytesIO
from itertools import count
from urllib.parse import urlencode

import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    Page,
    PageViewRestriction,
    Revision,
    WorkflowState,
)
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset

from demo.factories.core import HomePageFactory
from demo.factories.members import MemberDirectoryPageFactory
from members.access import access_for, add_editor, remove_editor
from members.models import MemberPage
from members.review import STAFF_GROUP, WORKFLOW_NAME, review_workflow
from tests.conftest import build_site_tree
from tests.core.helpers import publish, translate
from tests.members.support import build_member_tree, make_member, profile_form
from tests.news.support import build_news_tree, make_story

DENIED_MESSAGE = "Sorry, you do not have permission to access this area."
ALLOWED, DENIED = "allowed", "denied"
COLOURS = count()
Image = get_image_model()
Document = get_document_model()


def url(name, *args, **query):
    path = reverse(name, args=args)
    return f"{path}?{urlencode(query)}" if query else path


def tree_state():
    """Everything a refused action could change about the pages, in one value."""
    return (
        list(
            Page.objects.order_by("pk").values_list(
                "pk", "path", "live", "locked", "live_revision", "title", "slug"
            )
        ),
        PageViewRestriction.objects.count(),
        WorkflowState.objects.count(),
    )


class MemberEditorTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_member_tree(build_news_tree(build_site_tree()))
        cls.root = tree["root"]
        cls.home = tree["home"]
        cls.home_fr = tree["home_fr"]
        cls.directory = tree["directory"]
        cls.directory_fr = tree["directory_fr"]
        cls.index = tree["news_index"]
        # A second English site: the only place a member page can be moved
        # to, since Wagtail keeps pages within their language.
        cls.home2 = HomePageFactory(
            parent=cls.root, locale=tree["en"], title="Home 2", slug="home-2"
        )
        cls.directory2 = publish(
            MemberDirectoryPageFactory(
                parent=cls.home2, locale=tree["en"], title="Members 2", slug="m2"
            )
        )
        cls.story = publish(
            make_story(tree["news_index"], title="Cluster news", slug="cluster-news")
        )
        cls.member_a = publish(
            make_member(
                cls.directory,
                title="Acme Medical",
                slug="acme-medical",
                summary="Pacemakers.",
                membership_status=MemberPage.Status.ACTIVE,
                member_since=2015,
                labels=[{"name": "Factory of the Future", "year": 2021}],
            )
        )
        cls.member_b = publish(
            make_member(
                cls.directory, title="Beta Pharma", slug="beta-pharma", summary="Drugs."
            )
        )
        # B's editors are preparing news no one else may see yet.
        draft = cls.member_b.get_latest_revision_as_object()
        draft.summary = "Secret merger with Gamma."
        draft.save_revision()
        cls.editor = add_editor(cls.member_a, "editor@a.example", name="Ada Lovelace")
        # Translated after the editor was added: the translation must join
        # their access on its own.
        cls.member_a_fr = translate(
            cls.member_a,
            tree["fr"],
            title="Acme Médical",
            slug="acme-medical-fr",
            summary="Stimulateurs.",
        )
        cls.editor_b = add_editor(cls.member_b, "editor@b.example")
        cls.staff = get_user_model().objects.create_user(
            "staff", "staff@example.org", "pw"
        )
        cls.staff.groups.add(Group.objects.get(name=STAFF_GROUP))

    def setUp(self):
        self.client.force_login(self.editor)

    def refresh(self, page):
        return MemberPage.objects.get(pk=page.pk)

    def messages(self, response):
        """The messages a response left for the next page, then forgets them.

        Unread, they would pile up in the cookie across the matrix's requests.
        """
        messages = [
            str(message).strip() for message in get_messages(response.wsgi_request)
        ]
        self.client.cookies.pop("messages", None)
        return messages

    def assertDenied(self, response):
        self.assertRedirects(
            response, reverse("wagtailadmin_home"), fetch_redirect_response=False
        )
        # The last: a redirect the test did not follow may have left one.
        self.assertEqual(self.messages(response)[-1:], [DENIED_MESSAGE])


class PageMatrixTests(MemberEditorTestCase):
    """Each admin action on each page, for the editor of member A."""

    def pages(self):
        return {
            "own page": self.member_a,
            "own page (fr)": self.member_a_fr,
            "other member": self.member_b,
            "directory": self.directory,
            "news story": self.story,
            "home": self.home,
        }

    def move_destination(self, page):
        """Where "move" tries to put `page`: a parent of its type and language."""
        return {
            self.member_a.pk: self.directory2,
            self.member_a_fr.pk: self.directory_fr,
            self.member_b.pk: self.directory2,
            self.directory.pk: self.home2,
            self.story.pk: self.index,
            self.home.pk: self.root,
        }[page.pk]

    def read(self, action, page):
        """GET the admin screen of `action` on `page`."""
        page = Page.objects.get(pk=page.pk)
        revision = page.latest_revision_id
        earliest = page.revisions.order_by("pk").first().pk
        urls = {
            "edit": url("wagtailadmin_pages:edit", page.pk),
            "view draft": url("wagtailadmin_pages:view_draft", page.pk),
            "history": url("wagtailadmin_pages:history", page.pk),
            "history results": url("wagtailadmin_pages:history_results", page.pk),
            "revision": url("wagtailadmin_pages:revisions_view", page.pk, revision),
            "compare revisions": reverse(
                "wagtailadmin_pages:revisions_compare",
                args=[page.pk, earliest, "latest"],
            ),
            "revert to revision": url(
                "wagtailadmin_pages:revisions_revert", page.pk, earliest
            ),
            "workflow history": url("wagtailadmin_pages:workflow_history", page.pk),
            "usage": url("wagtailadmin_pages:usage", page.pk),
            "unpublish": url("wagtailadmin_pages:unpublish", page.pk),
            "delete": url("wagtailadmin_pages:delete", page.pk),
            "move": url("wagtailadmin_pages:move", page.pk),
            "copy": url("wagtailadmin_pages:copy", page.pk),
            "privacy": url("wagtailadmin_pages:set_privacy", page.pk),
            "add child": url("wagtailadmin_pages:add_subpage", page.pk),
            "add member here": url(
                "wagtailadmin_pages:add", "members", "memberpage", page.pk
            ),
        }
        return self.client.get(urls[action])

    def change(self, action, page):
        """POST `action` on `page` as the admin's own forms do."""
        destination = self.move_destination(page)
        page = Page.objects.get(pk=page.pk)
        posts = {
            "unpublish": (url("wagtailadmin_pages:unpublish", page.pk), {}),
            "delete": (
                url("wagtailadmin_pages:delete", page.pk),
                {"confirm_site_name": "Health cluster portal"},
            ),
            "move": (
                url("wagtailadmin_pages:move_confirm", page.pk, destination.pk),
                {},
            ),
            "copy": (
                url("wagtailadmin_pages:copy", page.pk),
                {
                    "new_title": "Copied",
                    "new_slug": "copied",
                    "new_parent_page": page.get_parent().pk,
                    "publish_copies": "on",
                },
            ),
            "lock": (url("wagtailadmin_pages:lock", page.pk), {}),
            "privacy": (
                url("wagtailadmin_pages:set_privacy", page.pk),
                {"restriction_type": "password", "password": "secret123"},
            ),
            "reorder": (
                url("wagtailadmin_pages:set_page_position", page.pk, position=0),
                {},
            ),
            "bulk publish": (
                url(
                    "wagtail_bulk_action", "wagtailcore", "page", "publish", id=page.pk
                ),
                {},
            ),
            "bulk unpublish": (
                url(
                    "wagtail_bulk_action",
                    "wagtailcore",
                    "page",
                    "unpublish",
                    id=page.pk,
                ),
                {},
            ),
            "bulk delete": (
                url("wagtail_bulk_action", "wagtailcore", "page", "delete", id=page.pk),
                {},
            ),
            "bulk move": (
                url("wagtail_bulk_action", "wagtailcore", "page", "move", id=page.pk),
                {"chooser": destination.pk},
            ),
        }
        path, data = posts[action]
        self.client.cookies.pop("messages", None)
        return self.client.post(path, data)

    def test_reading_the_admin_screens_of_each_page(self):
        read_own = [
            "edit",
            "view draft",
            "history",
            "history results",
            "revision",
            "compare revisions",
            "revert to revision",
            "workflow history",
            "usage",
        ]
        restructure = ["unpublish", "delete", "move", "copy", "privacy", "add child"]
        matrix = [
            (target, action, ALLOWED if own else DENIED)
            for target, own in [
                ("own page", True),
                ("own page (fr)", True),
                ("other member", False),
                ("directory", False),
                ("news story", False),
                ("home", False),
            ]
            for action in read_own
        ] + [
            (target, action, DENIED)
            for target in self.pages()
            for action in restructure
        ]
        matrix += [("directory", "add member here", DENIED)]
        for target, action, expected in matrix:
            with self.subTest(target=target, action=action, expected=expected):
                response = self.read(action, self.pages()[target])
                if expected == ALLOWED:
                    self.assertEqual(response.status_code, 200)
                else:
                    self.assertDenied(response)

    def test_changing_each_page_is_refused_and_changes_nothing(self):
        # A bulk action skips the pages the user may not touch, and says how
        # many it acted on; the other views refuse outright.
        actions = {
            "unpublish": DENIED,
            "delete": DENIED,
            "move": DENIED,
            "copy": DENIED,
            "lock": DENIED,
            "privacy": DENIED,
            "reorder": DENIED,
            "bulk publish": "0 pages have been published",
            "bulk unpublish": "0 pages have been unpublished",
            "bulk delete": "0 pages have been deleted",
            "bulk move": "0 pages have been moved",
        }
        for target, page in self.pages().items():
            for action, expected in actions.items():
                with self.subTest(target=target, action=action, expected=expected):
                    before = tree_state()
                    response = self.change(action, page)
                    if expected == DENIED:
                        self.assertDenied(response)
                    else:
                        self.assertEqual(response.status_code, 302)
                        self.assertEqual(self.messages(response), [expected])
                    self.assertEqual(tree_state(), before)

    def test_the_admin_api_refuses_page_actions(self):
        # The explorer's JSON API runs the same actions as the admin views. A
        # page the user may not explore is not found there at all.
        refusals = {
            "publish": "You do not have permission to publish this page.",
            "unpublish": "You do not have permission to unpublish this page.",
            "delete": "You do not have permission to delete this page.",
            "copy": "You do not have permission to copy this page",
            "move": "You do not have permission to move the page to the target "
            "specified.",
        }
        for target, status in [("own page", 403), ("other member", 404)]:
            page = self.pages()[target]
            for action, refusal in refusals.items():
                with self.subTest(target=target, action=action, expected=status):
                    before = tree_state()
                    response = self.client.post(
                        url("wagtailadmin_api:pages:action", page.pk, action),
                        {"destination_page_id": self.move_destination(page).pk},
                        content_type="application/json",
                    )
                    self.assertEqual(response.status_code, status)
                    if status == 403:
                        self.assertEqual(response.json(), {"detail": refusal})
                    self.assertEqual(tree_state(), before)

    def test_the_drafts_of_another_member_stay_hidden(self):
        for action in ("view draft", "revision", "compare revisions", "edit"):
            with self.subTest(action=action):
                response = self.read(action, self.member_b)
                self.assertNotContains(response, "Secret merger", status_code=302)
                self.assertDenied(response)
        # Staff, who review it, do see that draft on the same screens.
        self.client.force_login(self.staff)
        for action in ("view draft", "revision", "compare revisions", "edit"):
            with self.subTest(action=action, user="staff"):
                self.assertContains(self.read(action, self.member_b), "Secret merger")

    def test_the_editor_previews_their_own_draft(self):
        preview = url("wagtailadmin_pages:preview_on_edit", self.member_a.pk)
        response = self.client.post(
            preview, profile_form(self.member_a, summary="Smaller pacemakers.")
        )
        self.assertEqual(response.status_code, 200)
        self.assertJSONEqual(response.content, {"is_valid": True, "is_available": True})
        response = self.client.get(preview)
        self.assertContains(response, "Smaller pacemakers.")

    def test_the_editor_cannot_preview_another_members_page(self):
        for target in ("other member", "news story", "home"):
            preview = url("wagtailadmin_pages:preview_on_edit", self.pages()[target].pk)
            with self.subTest(target=target):
                self.assertDenied(self.client.post(preview, {"title": "x"}))
                self.assertDenied(self.client.get(preview))

    def test_the_editor_cannot_edit_another_page_by_posting(self):
        for target in ("other member", "directory", "news story", "home"):
            page = self.pages()[target]
            with self.subTest(target=target):
                revisions = Revision.objects.count()
                response = self.client.post(
                    url("wagtailadmin_pages:edit", page.pk),
                    {"title": "Hacked", "slug": page.slug, "action-publish": "1"},
                )
                self.assertDenied(response)
                self.assertEqual(Revision.objects.count(), revisions)
                self.assertNotEqual(Page.objects.get(pk=page.pk).title, "Hacked")

    def test_the_editor_cannot_add_a_member_by_posting(self):
        pages = Page.objects.count()
        response = self.client.post(
            url("wagtailadmin_pages:add", "members", "memberpage", self.directory.pk),
            profile_form(
                MemberPage(title="Fake Co", slug="fake-co", summary="x"),
                **{"action-publish": "1"},
            ),
        )
        self.assertDenied(response)
        self.assertEqual(Page.objects.count(), pages)

    def test_revisions_index_leads_to_the_history(self):
        # Wagtail's old revisions URL redirects to the history, which checks.
        response = self.client.get(
            url("wagtailadmin_pages:revisions_index", self.member_b.pk), follow=True
        )
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertContains(response, DENIED_MESSAGE)
        self.assertNotContains(response, "Secret merger")


class OwnPageTests(MemberEditorTestCase):
    """Editing their own page: drafts and review, never a publication."""

    def post_edit(self, page, **fields):
        return self.client.post(
            url("wagtailadmin_pages:edit", page.pk), profile_form(page, **fields)
        )

    def test_the_edit_form_opens_in_both_languages(self):
        for page in (self.member_a, self.member_a_fr):
            with self.subTest(page=page.title):
                response = self.client.get(url("wagtailadmin_pages:edit", page.pk))
                self.assertContains(response, page.summary)

    def test_saving_keeps_a_draft_and_leaves_the_live_page_alone(self):
        response = self.post_edit(self.member_a, summary="Smaller pacemakers.")
        self.assertRedirects(
            response,
            url("wagtailadmin_pages:edit", self.member_a.pk),
            fetch_redirect_response=False,
        )
        member = self.refresh(self.member_a)
        self.assertEqual(member.summary, "Pacemakers.")
        self.assertTrue(member.has_unpublished_changes)
        latest = member.get_latest_revision()
        self.assertEqual(latest.user, self.editor)
        self.assertEqual(latest.as_object().summary, "Smaller pacemakers.")
        self.assertNotEqual(member.live_revision_id, latest.pk)

    def test_the_publish_button_only_saves_a_draft(self):
        live_revision = self.member_a.live_revision_id
        # The edit form, and the form that reverts to an earlier revision.
        forms = {
            "edit": url("wagtailadmin_pages:edit", self.member_a.pk),
            "revert": url(
                "wagtailadmin_pages:revisions_revert", self.member_a.pk, live_revision
            ),
        }
        for name, path in forms.items():
            with self.subTest(name):
                summary = f"Published through {name}?"
                response = self.client.post(
                    path,
                    profile_form(
                        self.member_a, summary=summary, **{"action-publish": "1"}
                    ),
                )
                self.assertEqual(response.status_code, 302)
                member = self.refresh(self.member_a)
                self.assertEqual(member.live_revision_id, live_revision)
                self.assertEqual(
                    member.get_latest_revision_as_object().summary, summary
                )
                self.client.logout()
                self.assertContains(self.client.get(member.url), "Pacemakers.")
                self.assertNotContains(self.client.get(member.url), summary)
                self.client.force_login(self.editor)

    def test_submitting_starts_the_member_profile_review(self):
        for page in (self.member_a, self.member_a_fr):
            with self.subTest(page=page.title):
                response = self.post_edit(
                    page, summary="Reviewed soon.", **{"action-submit": "1"}
                )
                self.assertEqual(response.status_code, 302)
                member = self.refresh(page)
                state = member.current_workflow_state
                self.assertIsNotNone(state)
                self.assertEqual(state.workflow.name, WORKFLOW_NAME)
                self.assertEqual(state.requested_by, self.editor)
                self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)
                self.assertEqual(member.summary, page.summary)

    def test_the_editor_cannot_approve_their_own_submission(self):
        self.post_edit(self.member_a, summary="Approved?", **{"action-submit": "1"})
        member = self.refresh(self.member_a)
        task_state = member.current_workflow_state.current_task_state
        approve = url(
            "wagtailadmin_pages:workflow_action", member.pk, "approve", task_state.pk
        )
        self.assertDenied(self.client.post(approve, {"comment": ""}))
        # Nor through the edit form's workflow action.
        self.post_edit(
            member,
            summary="Approved?",
            **{"action-workflow-action": "1", "workflow-action-name": "approve"},
        )
        member = self.refresh(self.member_a)
        self.assertEqual(member.summary, "Pacemakers.")
        self.assertEqual(
            member.current_workflow_state.status, WorkflowState.STATUS_IN_PROGRESS
        )

        # Staff approve, and the page goes live: the review is the way out.
        self.client.force_login(self.staff)
        response = self.client.post(approve, {"comment": ""})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.refresh(self.member_a).summary, "Approved?")

    def test_staff_only_fields_posted_with_a_submission_are_ignored(self):
        response = self.post_edit(
            self.member_a,
            summary="Submitted.",
            membership_status="lapsed",
            member_since="1999",
            labels=inline_formset([{"name": "Fake award", "year": "2024"}]),
            **{"action-submit": "1"},
        )
        self.assertEqual(response.status_code, 302)
        submitted = self.refresh(self.member_a).get_latest_revision_as_object()
        self.assertEqual(submitted.summary, "Submitted.")
        self.assertEqual(
            (submitted.membership_status, submitted.member_since),
            (MemberPage.Status.ACTIVE, 2015),
        )
        self.assertEqual(
            [label.name for label in submitted.labels.all()],
            ["Factory of the Future"],
        )

    def test_a_draft_member_page_still_cannot_be_deleted_moved_or_copied(self):
        # Wagtail lets "change" delete and move a page that is not live; the
        # member tester must not.
        draft = make_member(
            self.directory,
            title="Acme Labs",
            slug="acme-labs",
            summary="New.",
            draft=True,
        )
        add_editor(draft, self.editor.email)
        self.assertEqual(
            self.client.get(url("wagtailadmin_pages:edit", draft.pk)).status_code, 200
        )
        before = tree_state()
        for name, method, path, data in [
            ("delete form", "get", url("wagtailadmin_pages:delete", draft.pk), {}),
            (
                "delete",
                "post",
                url("wagtailadmin_pages:delete", draft.pk),
                {"confirm_site_name": "Health cluster portal"},
            ),
            ("move form", "get", url("wagtailadmin_pages:move", draft.pk), {}),
            (
                "move",
                "post",
                url("wagtailadmin_pages:move_confirm", draft.pk, self.directory2.pk),
                {},
            ),
            ("copy form", "get", url("wagtailadmin_pages:copy", draft.pk), {}),
            (
                "copy",
                "post",
                url("wagtailadmin_pages:copy", draft.pk),
                {
                    "new_title": "Acme Labs 2",
                    "new_slug": "acme-labs-2",
                    "new_parent_page": self.directory.pk,
                },
            ),
        ]:
            with self.subTest(name):
                self.assertDenied(getattr(self.client, method)(path, data))
        self.assertEqual(tree_state(), before)

    def test_the_editors_screen_is_for_staff(self):
        editors = url("member_editors", self.member_a.pk)
        self.assertDenied(self.client.get(editors))
        self.assertDenied(
            self.client.post(editors, {"action": "invite", "email": "friend@a.example"})
        )
        self.assertDenied(
            self.client.post(editors, {"action": "remove", "user": self.editor.pk})
        )
        self.assertFalse(
            get_user_model().objects.filter(email="friend@a.example").exists()
        )
        self.assertTrue(self.editor.groups.exists())

    def test_removing_the_editor_revokes_access_at_once(self):
        edit = url("wagtailadmin_pages:edit", self.member_a.pk)
        self.assertEqual(self.client.get(edit).status_code, 200)
        remove_editor(self.member_a, self.editor)
        # The same session, no new login: with no group left they have no
        # admin access at all, and are sent to the login. (This editor never
        # chose a password: removal also voids their invitation link, which
        # ends the session outright.)
        login = f"{reverse('wagtailadmin_login')}?{urlencode({'next': edit})}"
        for name, response in [
            ("edit form", self.client.get(edit)),
            ("save", self.post_edit(self.member_a, summary="Too late.")),
        ]:
            with self.subTest(name):
                self.assertRedirects(response, login, fetch_redirect_response=False)
        self.assertEqual(
            self.refresh(self.member_a).get_latest_revision_as_object().summary,
            "Pacemakers.",
        )

    def test_a_page_locked_by_staff_stays_locked(self):
        self.client.force_login(self.staff)
        self.client.post(url("wagtailadmin_pages:lock", self.member_a.pk))
        self.assertTrue(self.refresh(self.member_a).locked)
        self.client.force_login(self.editor)
        self.assertDenied(
            self.client.post(url("wagtailadmin_pages:unlock", self.member_a.pk))
        )
        response = self.post_edit(self.member_a, summary="Despite the lock.")
        self.assertEqual(response.status_code, 200)
        member = self.refresh(self.member_a)
        self.assertTrue(member.locked)
        self.assertEqual(member.get_latest_revision_as_object().summary, "Pacemakers.")


class ExplorerAndSearchTests(MemberEditorTestCase):
    def test_the_explorer_lists_only_their_own_member(self):
        explore = url("wagtailadmin_explore", self.directory.pk)
        response = self.client.get(explore)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Acme Medical")
        self.assertNotContains(response, "Beta Pharma")
        self.client.force_login(self.staff)
        self.assertContains(self.client.get(explore), "Beta Pharma")

    def test_the_page_search_finds_only_their_own_member(self):
        for query in ("Beta", "Pharma", "Drugs"):
            with self.subTest(query=query):
                response = self.client.get(url("wagtailadmin_pages:search", q=query))
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "Beta Pharma")
        self.assertContains(
            self.client.get(url("wagtailadmin_pages:search", q="Acme")),
            "Acme Medical",
        )
        self.client.force_login(self.staff)
        self.assertContains(
            self.client.get(url("wagtailadmin_pages:search", q="Pharma")),
            "Beta Pharma",
        )

    def test_listings_and_reports_leave_out_other_members(self):
        # B in review, so that the workflow reports have a row for it.
        review_workflow().start(self.member_b, self.editor_b)
        screens = [
            ("members listing", url("member_pages:index"), True),
            ("members listing search", url("member_pages:index", q="Pharma"), False),
        ]
        # The reports are staff's alone (members/middleware.py): their filters
        # name everyone who submitted anything, anywhere.
        reports = ["aging_pages", "workflow", "workflow_tasks", "site_history"]
        for name in reports:
            with self.subTest(f"{name} report"):
                self.assertDenied(self.client.get(url(f"wagtailadmin_reports:{name}")))
        for name, path, lists_own in screens:
            with self.subTest(name):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "Beta Pharma")
                if lists_own:
                    self.assertContains(response, "Acme Medical")
        # The same screens show B to staff: the editor's are filtered.
        self.client.force_login(self.staff)
        screens += [
            (f"{name} report", url(f"wagtailadmin_reports:{name}"), False)
            for name in ("aging_pages", "workflow", "workflow_tasks")
        ]
        for name, path, _lists_own in screens:
            with self.subTest(name, user="staff"):
                self.assertContains(self.client.get(path), "Beta Pharma")

    def test_the_rest_of_the_admin_is_refused(self):
        for name in [
            "wagtailusers_users:index",
            "wagtailusers_groups:index",
            "wagtailsites:index",
            "wagtaillocales:index",
            "wagtailredirects:index",
            "wagtailadmin_workflows:index",
            "wagtailadmin_workflows:task_index",
            "wagtailadmin_reports:locked_pages",
            "wagtailsnippets_members_sector:list",
            "wagtailsnippets_core_strategicarea:list",
        ]:
            with self.subTest(name):
                self.assertDenied(self.client.get(url(name)))


class StaffTests(MemberEditorTestCase):
    """The member tester narrows member editors only: staff still restructure."""

    def setUp(self):
        self.client.force_login(self.staff)

    def test_staff_publish_a_member_page(self):
        response = self.client.post(
            url("wagtailadmin_pages:edit", self.member_b.pk),
            profile_form(
                self.member_b,
                summary="Published.",
                membership_status="active",
                labels=inline_formset([]),
                **{"action-publish": "1"},
            ),
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.refresh(self.member_b).summary, "Published.")

    def test_staff_unpublish_move_and_delete_a_member_page(self):
        response = self.client.post(
            url("wagtailadmin_pages:unpublish", self.member_b.pk)
        )
        self.assertEqual(response.status_code, 302)
        self.assertFalse(self.refresh(self.member_b).live)

        response = self.client.post(
            url("wagtailadmin_pages:move_confirm", self.member_b.pk, self.directory2.pk)
        )
        self.assertRedirects(
            response,
            url("wagtailadmin_explore", self.directory2.pk),
            fetch_redirect_response=False,
        )
        self.assertEqual(
            self.refresh(self.member_b).get_parent().pk, self.directory2.pk
        )

        response = self.client.post(
            url("wagtailadmin_pages:delete", self.member_b.pk),
            {"confirm_site_name": "Health cluster portal"},
        )
        self.assertEqual(response.status_code, 302)
        self.assertFalse(MemberPage.objects.filter(pk=self.member_b.pk).exists())

    def test_staff_see_the_delete_move_and_copy_forms(self):
        for action in ("delete", "move", "copy", "unpublish"):
            with self.subTest(action=action):
                response = self.client.get(
                    url(f"wagtailadmin_pages:{action}", self.member_a.pk)
                )
                self.assertEqual(response.status_code, 200)


def png(name="upload.png"):
    # A new colour each time: Wagtail's chooser asks about a duplicate file.
    buffer = BytesIO()
    PILImage.new("RGB", (20, 10), (next(COLOURS) % 256, 128, 0)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), "image/png")


def pdf(name="upload.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4\n%%EOF\n", "application/pdf")


class MediaTestCase(MemberEditorTestCase):
    """An image and a document in A's collection, in B's and in the root."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.collection_a = access_for(cls.member_a).collection
        cls.collection_b = access_for(cls.member_b).collection
        cls.root_collection = Collection.get_first_root_node()
        cls.collections = {
            "own collection": cls.collection_a,
            "other member": cls.collection_b,
            "root collection": cls.root_collection,
        }
        cls.images = {
            where: wagtail_factories.ImageFactory(
                title=f"Image in {where}", collection=collection
            )
            for where, collection in cls.collections.items()
        }
        cls.documents = {
            where: wagtail_factories.DocumentFactory(
                title=f"Document in {where}", collection=collection
            )
            for where, collection in cls.collections.items()
        }


class FileMatrix:
    """The same cells for images and documents; subclasses say which."""

    model = None
    admin = chooser = prefix = usage = ""

    def files(self):
        raise NotImplementedError

    def make_file(self):
        raise NotImplementedError

    def upload_through_chooser(self, title, collection=None):
        data = {f"{self.prefix}-title": title, f"{self.prefix}-file": self.make_file()}
        if collection is not None:
            data[f"{self.prefix}-collection"] = collection.pk
        response = self.client.post(url(f"{self.chooser}:create"), data)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["step"], "chosen")
        return self.model.objects.get(title=title)

    def test_the_editor_cannot_change_or_delete_any_file(self):
        # Not even one they uploaded: a live logo is swapped by a reviewed
        # revision, never by replacing the file under it.
        own_upload = self.upload_through_chooser("Uploaded by the editor")
        files = {**self.files(), "uploaded by the editor": own_upload}
        for where, file in files.items():
            # Deletions last: were one to succeed, the next cells still run.
            for action, method, name in [
                ("edit form", "get", f"{self.admin}:edit"),
                ("edit", "post", f"{self.admin}:edit"),
                ("multiple upload edit", "post", f"{self.admin}:edit_multiple"),
                ("usage", "get", f"{self.admin}:{self.usage}"),
                ("delete form", "get", f"{self.admin}:delete"),
                ("delete", "post", f"{self.admin}:delete"),
                ("multiple upload delete", "post", f"{self.admin}:delete_multiple"),
            ]:
                with self.subTest(file=where, action=action, expected=DENIED):
                    response = getattr(self.client, method)(
                        url(name, file.pk),
                        {"title": "Renamed", "collection": self.collection_a.pk},
                    )
                    self.assertDenied(response)
                    self.assertTrue(
                        self.model.objects.filter(pk=file.pk, title=file.title).exists()
                    )

    def test_the_index_opens_but_lists_no_file_they_cannot_change(self):
        response = self.client.get(url(f"{self.admin}:index"))
        self.assertEqual(response.status_code, 200)
        for file in self.files().values():
            self.assertNotContains(response, file.title)

    def test_the_chooser_offers_only_their_own_collection(self):
        response = self.client.get(url(f"{self.chooser}:choose"))
        self.assertEqual(response.status_code, 200)
        for where, file in self.files().items():
            expected = ALLOWED if where == "own collection" else DENIED
            with self.subTest(listed=where, expected=expected):
                if expected == ALLOWED:
                    self.assertContains(response, file.title)
                else:
                    self.assertNotContains(response, file.title)
            with self.subTest(chosen=where, expected=expected):
                chosen = self.client.get(url(f"{self.chooser}:chosen", file.pk))
                if expected == ALLOWED:
                    self.assertEqual(chosen.json()["result"]["title"], file.title)
                else:
                    self.assertDenied(chosen)

    def test_uploads_land_in_their_own_collection_whatever_is_posted(self):
        # With one collection to offer, Wagtail drops the collection field:
        # a posted collection id is ignored rather than refused.
        uploads = {
            "chooser": lambda title, collection: self.upload_through_chooser(
                title, collection
            ),
            "add": lambda title, collection: self.client.post(
                url(f"{self.admin}:add"),
                {"title": title, "file": self.make_file(), "collection": collection.pk},
            ),
            "add multiple": lambda title, collection: self.client.post(
                url(f"{self.admin}:add_multiple"),
                {
                    "title": title,
                    "files[]": self.make_file(),
                    "collection": collection.pk,
                },
            ),
        }
        for view, upload in uploads.items():
            for where, collection in self.collections.items():
                title = f"{view} into {where}"
                with self.subTest(view=view, collection=where):
                    upload(title, collection)
                    self.assertEqual(
                        self.model.objects.get(title=title).collection,
                        self.collection_a,
                    )

    def test_the_upload_forms_open(self):
        for name in (f"{self.admin}:add", f"{self.admin}:add_multiple"):
            with self.subTest(name):
                self.assertEqual(self.client.get(url(name)).status_code, 200)


class ImageTests(FileMatrix, MediaTestCase):
    model = Image
    admin, chooser, prefix = "wagtailimages", "wagtailimages_chooser", "image"
    prefix, usage = "image-chooser-upload", "image_usage"

    def files(self):
        return self.images

    def make_file(self):
        return png()


class DocumentTests(FileMatrix, MediaTestCase):
    model = Document
    admin, chooser = "wagtaildocs", "wagtaildocs_chooser"
    prefix, usage = "document-chooser-upload", "document_usage"

    def files(self):
        return self.documents

    def make_file(self):
        return pdf()


class CollectionTests(MediaTestCase):
    def test_the_collections_admin_is_refused(self):
        before = list(Collection.objects.values_list("pk", "path", "name"))
        own, other = self.collection_a.pk, self.collection_b.pk
        # Wagtail looks a collection to delete up among those the user may
        # delete: any other is not found.
        for action, method, path, expected in [
            ("index", "get", url("wagtailadmin_collections:index"), DENIED),
            ("add form", "get", url("wagtailadmin_collections:add"), DENIED),
            ("add", "post", url("wagtailadmin_collections:add"), DENIED),
            ("edit own", "get", url("wagtailadmin_collections:edit", own), DENIED),
            ("rename own", "post", url("wagtailadmin_collections:edit", own), DENIED),
            (
                "privacy of own",
                "post",
                url("wagtailadmin_collections:set_privacy", own),
                DENIED,
            ),
            ("delete own", "post", url("wagtailadmin_collections:delete", own), 404),
            (
                "delete other",
                "post",
                url("wagtailadmin_collections:delete", other),
                404,
            ),
        ]:
            with self.subTest(action=action, expected=expected):
                data = {
                    "name": "Renamed",
                    "parent": self.root_collection.pk,
                    "restriction_type": "login",
                }
                response = getattr(self.client, method)(path, data)
                if expected == DENIED:
                    self.assertDenied(response)
                else:
                    self.assertEqual(response.status_code, expected)
        self.assertEqual(
            list(Collection.objects.values_list("pk", "path", "name")), before
        )
