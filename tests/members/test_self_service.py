"""Member self-service: editors, invitations, review workflow, dashboards, audit."""

import json
import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    PageLogEntry,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, streamfield

from demo.factories.members import MemberDirectoryPageFactory
from members import access, review
from members.models import MemberAccess, MemberPage
from tests.conftest import build_site_tree
from tests.core.helpers import edit_url, publish, translate
from tests.members.support import build_member_tree, make_member, profile_form
from tests.news.support import build_news_tree

User = get_user_model()


def make_staff(username="comms", email="comms@cluster.example"):
    user = User.objects.create_user(username, email, "pw", first_name="Camille")
    user.groups.add(Group.objects.get(name=review.STAFF_GROUP))
    return user


def assert_refused(test, response):
    """Wagtail's admin answers a refusal with a redirect to the dashboard."""
    test.assertRedirects(
        response, reverse("wagtailadmin_home"), fetch_redirect_response=False
    )


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


class SelfServiceTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_member_tree(build_news_tree(build_site_tree()))
        cls.tree = tree
        cls.member = publish(
            make_member(
                tree["directory"], title="MedCo", slug="medco", summary="Pacemakers."
            )
        )
        cls.member_fr = translate(cls.member, tree["fr"], summary="Stimulateurs.")
        cls.other = publish(make_member(tree["directory"], title="Other", slug="other"))
        review.ensure_review()


class EditorAccessTests(SelfServiceTestCase):
    def test_inviting_a_new_editor_creates_the_account_and_its_access(self):
        user = access.add_editor(self.member, "Anna@MedCo.example", name="Anna Lee")

        self.assertEqual(
            (user.email, user.first_name, user.last_name),
            ("Anna@medco.example", "Anna", "Lee"),
        )
        self.assertFalse(user.has_usable_password())
        grant = MemberAccess.objects.get(translation_key=self.member.translation_key)
        self.assertIn(grant.group, user.groups.all())
        # "change" on the page in both languages, nothing else on pages.
        self.assertEqual(
            set(
                GroupPagePermission.objects.filter(group=grant.group).values_list(
                    "page_id", "permission__codename"
                )
            ),
            {(self.member.pk, "change_page"), (self.member_fr.pk, "change_page")},
        )
        self.assertEqual(grant.collection.get_parent().name, access.UPLOADS_COLLECTION)
        self.assertEqual(
            set(
                GroupCollectionPermission.objects.filter(group=grant.group).values_list(
                    "collection_id", "permission__codename"
                )
            ),
            {
                (grant.collection.pk, codename)
                for codename in (
                    "add_image",
                    "choose_image",
                    "add_document",
                    "choose_document",
                )
            },
        )

    def test_the_invitation_link_sets_a_password_once(self):
        user = access.add_editor(self.member, "anna@medco.example")
        [message] = mail.outbox
        self.assertEqual(message.to, ["anna@medco.example"])
        self.assertIn("MedCo", message.subject)
        self.assertIn("anna@medco.example", message.body)  # the username
        link = link_in(message)

        form_page = self.client.get(link, follow=True)
        self.assertContains(form_page, 'name="new_password1"')
        done = self.client.post(
            form_page.redirect_chain[-1][0],
            {
                "new_password1": "a-long-pass-phrase",
                "new_password2": "a-long-pass-phrase",
            },
        )
        self.assertEqual(done.status_code, 302)
        user.refresh_from_db()
        self.assertTrue(user.check_password("a-long-pass-phrase"))

        self.client.logout()
        again = self.client.get(link, follow=True)
        self.assertNotContains(again, 'name="new_password1"')
        self.assertContains(again, "invalid")

    def test_an_existing_account_is_told_to_sign_in_without_a_password_link(self):
        User.objects.create_user("anna", "anna@medco.example", "her-password")
        user = access.add_editor(self.member, "ANNA@medco.example")
        self.assertEqual(user.username, "anna")
        self.assertTrue(user.check_password("her-password"))
        [message] = mail.outbox
        self.assertIn("/admin/login/", message.body)
        self.assertNotIn("password_reset", message.body)

    def test_inviting_twice_keeps_one_account_and_one_group(self):
        access.add_editor(self.member, "anna@medco.example")
        access.add_editor(self.member_fr, "anna@medco.example")
        self.assertEqual(
            User.objects.filter(email__iexact="anna@medco.example").count(), 1
        )
        self.assertEqual(MemberAccess.objects.count(), 1)
        self.assertEqual(
            list(access.editors_of(self.member_fr)),
            list(access.editors_of(self.member)),
        )

    def test_a_translation_made_later_is_editable_by_the_same_editors(self):
        access.add_editor(self.other, "olga@other.example")
        other_fr = translate(self.other, self.tree["fr"], summary="Autre.")
        grant = access.access_for(self.other, create=False)
        self.assertTrue(
            GroupPagePermission.objects.filter(
                group=grant.group, page=other_fr
            ).exists()
        )

    def test_removing_an_editor_revokes_access_on_the_next_request(self):
        user = access.add_editor(self.member, "anna@medco.example")
        self.client.force_login(user)
        self.assertEqual(self.client.get(edit_url(self.member)).status_code, 200)

        self.assertTrue(access.remove_editor(self.member, user))
        response = self.client.get(edit_url(self.member))
        self.assertNotEqual(response.status_code, 200)
        self.assertFalse(access.remove_editor(self.member, user))  # already gone

    def test_adding_and_removing_is_in_the_page_history(self):
        staff = make_staff()
        user = access.add_editor(self.member, "anna@medco.example", added_by=staff)
        access.remove_editor(self.member, user, removed_by=staff)
        entries = PageLogEntry.objects.filter(page=self.member).order_by(
            "timestamp", "pk"
        )
        self.assertEqual(
            [
                (entry.action, entry.user_id, entry.data["email"])
                for entry in entries
                if entry.action.startswith("members.")
            ],
            [
                (access.EDITOR_ADDED, staff.pk, "anna@medco.example"),
                (access.EDITOR_REMOVED, staff.pk, "anna@medco.example"),
            ],
        )
        self.client.force_login(staff)
        history = self.client.get(
            reverse("wagtailadmin_pages:history", args=[self.member.pk])
        )
        self.assertContains(history, "Added anna@medco.example as an editor")
        self.assertContains(history, "Removed anna@medco.example as an editor")


class AddMemberEditorCommandTests(SelfServiceTestCase):
    def test_adds_an_editor_by_page_slug(self):
        out = StringIO()
        call_command(
            "add_member_editor",
            "medco",
            "bob@medco.example",
            "--name",
            "Bob Ray",
            stdout=out,
        )
        self.assertIn("bob@medco.example can now edit MedCo", out.getvalue())
        self.assertEqual(
            [user.email for user in access.editors_of(self.member)],
            ["bob@medco.example"],
        )
        self.assertEqual(len(mail.outbox), 1)

    def test_refuses_an_unknown_slug_or_a_bad_address(self):
        with self.assertRaisesMessage(CommandError, "No member page has the slug"):
            call_command("add_member_editor", "nobody", "bob@medco.example")
        with self.assertRaisesMessage(CommandError, "Not an email address"):
            call_command("add_member_editor", "medco", "not-an-address")
        self.assertFalse(User.objects.filter(email="bob@medco.example").exists())
        self.assertEqual(mail.outbox, [])


class EditorsScreenTests(SelfServiceTestCase):
    def setUp(self):
        self.staff = make_staff()
        self.url = reverse("member_editors", args=[self.member.pk])

    def test_staff_invite_list_resend_and_remove(self):
        self.client.force_login(self.staff)
        response = self.client.post(
            self.url,
            {"action": "invite", "email": "anna@medco.example", "name": "Anna Lee"},
        )
        self.assertRedirects(response, self.url)
        user = User.objects.get(email="anna@medco.example")
        listing = self.client.get(self.url)
        self.assertContains(listing, "anna@medco.example")
        self.assertContains(listing, "Anna Lee")

        self.client.post(self.url, {"action": "resend", "user": user.pk})
        self.assertEqual(len(mail.outbox), 2)

        self.client.post(self.url, {"action": "remove", "user": user.pk})
        self.assertEqual(list(access.editors_of(self.member)), [])
        self.assertNotContains(self.client.get(self.url), f'value="{user.pk}"')

    def test_a_bad_address_is_a_400_with_the_form_error(self):
        self.client.force_login(self.staff)
        response = self.client.post(self.url, {"action": "invite", "email": "nope"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Enter a valid email address", status_code=400)
        self.assertEqual(mail.outbox, [])

    def test_junk_posts_are_refused_without_changes(self):
        self.client.force_login(self.staff)
        stranger = User.objects.create_user("stranger", "s@example.org", "pw")
        self.assertEqual(
            self.client.post(
                self.url, {"action": "remove", "user": stranger.pk}
            ).status_code,
            404,
        )
        self.assertEqual(
            self.client.post(self.url, {"action": "remove", "user": "x"}).status_code,
            404,
        )
        self.assertEqual(
            self.client.post(self.url, {"action": "explode"}).status_code, 400
        )
        not_a_member = reverse("member_editors", args=[self.tree["home"].pk])
        self.assertEqual(self.client.get(not_a_member).status_code, 404)

    def test_users_without_the_membership_permission_are_refused(self):
        editor = access.add_editor(self.member, "anna@medco.example")
        self.client.force_login(editor)
        assert_refused(self, self.client.get(self.url))
        response = self.client.post(
            self.url, {"action": "invite", "email": "x@medco.example"}
        )
        assert_refused(self, response)
        self.assertFalse(User.objects.filter(email="x@medco.example").exists())

    def test_the_member_page_links_to_it_for_staff_only(self):
        self.client.force_login(self.staff)
        self.assertContains(self.client.get(edit_url(self.member)), self.url)
        editor = access.add_editor(self.member, "anna@medco.example")
        self.client.force_login(editor)
        self.assertNotContains(self.client.get(edit_url(self.member)), self.url)


class ReviewWorkflowTests(SelfServiceTestCase):
    def setUp(self):
        self.staff = make_staff()
        self.editor = access.add_editor(
            self.member, "anna@medco.example", name="Anna Lee"
        )
        mail.outbox.clear()

    def submit(self, summary="Smaller pacemakers."):
        self.client.force_login(self.editor)
        response = self.client.post(
            edit_url(self.member),
            profile_form(self.member, summary=summary, **{"action-submit": "submit"}),
        )
        self.assertEqual(response.status_code, 302)
        return WorkflowState.objects.get(
            object_id=str(self.member.pk), status=WorkflowState.STATUS_IN_PROGRESS
        )

    def workflow_action(self, state, action, comment=""):
        self.client.force_login(self.staff)
        url = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[self.member.pk, action, state.current_task_state.pk],
        )
        return self.client.post(url, {"comment": comment})

    def test_every_member_directory_has_the_review_workflow(self):
        self.assertEqual(self.member.get_workflow().name, review.WORKFLOW_NAME)
        self.assertEqual(self.member_fr.get_workflow().name, review.WORKFLOW_NAME)
        directory = MemberDirectoryPageFactory(
            parent=self.tree["home"], slug="members-2"
        )
        self.assertEqual(directory.get_workflow().name, review.WORKFLOW_NAME)

    def test_a_workflow_left_without_its_task_is_mended(self):
        # Without a task, a submission would finish the workflow at once.
        workflow = review.review_workflow()
        workflow.workflow_tasks.all().delete()
        self.assertEqual(review.review_workflow(), workflow)
        self.assertEqual([task.name for task in workflow.tasks], [review.TASK_NAME])

    def test_a_submission_reaches_staff_and_not_the_public(self):
        state = self.submit()
        self.assertEqual(state.workflow.name, review.WORKFLOW_NAME)
        self.assertEqual(state.requested_by, self.editor)
        live = MemberPage.objects.get(pk=self.member.pk)
        self.assertEqual(live.summary, "Pacemakers.")
        self.assertNotContains(self.client.get(live.url), "Smaller pacemakers.")
        # The reviewers are told.
        self.assertIn(
            "comms@cluster.example", [address for m in mail.outbox for address in m.to]
        )

    def test_a_member_editor_cannot_publish_by_posting_publish(self):
        self.client.force_login(self.editor)
        self.client.post(
            edit_url(self.member),
            profile_form(
                self.member, summary="Sneaky.", **{"action-publish": "publish"}
            ),
        )
        live = MemberPage.objects.get(pk=self.member.pk)
        self.assertEqual(live.summary, "Pacemakers.")
        self.assertFalse(live.live_revision.content["summary"] == "Sneaky.")

    def test_approval_publishes_the_submitted_revision(self):
        state = self.submit()
        mail.outbox.clear()
        response = self.workflow_action(state, "approve")
        # The member hears of it.
        self.assertIn("anna@medco.example", [a for m in mail.outbox for a in m.to])
        self.assertEqual(response.status_code, 302)
        live = MemberPage.objects.get(pk=self.member.pk)
        self.assertEqual(live.summary, "Smaller pacemakers.")
        self.client.logout()
        self.assertContains(self.client.get(live.url), "Smaller pacemakers.")

    def test_requested_changes_reach_the_member_with_the_comment(self):
        state = self.submit()
        self.workflow_action(state, "reject", comment="Please name the product.")
        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_NEEDS_CHANGES)
        self.assertEqual(
            MemberPage.objects.get(pk=self.member.pk).summary, "Pacemakers."
        )
        self.assertIn(
            "anna@medco.example", [address for m in mail.outbox for address in m.to]
        )

        self.client.force_login(self.editor)
        dashboard = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(dashboard, "Changes requested")
        self.assertContains(dashboard, "Please name the product.")

    def test_the_history_names_who_edited_submitted_and_approved(self):
        state = self.submit()
        self.workflow_action(state, "approve")
        actions = list(
            PageLogEntry.objects.filter(page=self.member)
            .order_by("timestamp", "pk")
            .values_list("action", "user__first_name")
        )
        for expected in [
            ("wagtail.edit", "Anna"),
            ("wagtail.workflow.start", "Anna"),
            ("wagtail.workflow.approve", "Camille"),
            ("wagtail.publish", "Camille"),
        ]:
            self.assertIn(expected, actions)
        self.client.force_login(self.staff)
        history = self.client.get(
            reverse("wagtailadmin_pages:history", args=[self.member.pk])
        )
        self.assertContains(history, "Anna Lee")
        self.assertContains(history, "Camille")

    def test_a_rejection_is_in_the_history_too(self):
        state = self.submit()
        self.workflow_action(state, "reject", comment="Too long.")
        self.assertTrue(
            PageLogEntry.objects.filter(
                page=self.member, action="wagtail.workflow.reject", user=self.staff
            ).exists()
        )


class DashboardTests(SelfServiceTestCase):
    def setUp(self):
        self.staff = make_staff()
        self.editor = access.add_editor(self.member, "anna@medco.example")

    def sidebar_menu_names(self, response):
        props = json.loads(
            re.search(
                r'<script id="wagtail-sidebar-props" type="application/json">'
                r"(.*?)</script>",
                response.content.decode(),
                re.S,
            ).group(1)
        )
        return re.findall(r'"name": "([\w-]+)"', json.dumps(props))

    def test_a_member_editor_sees_their_page_in_each_language_and_little_else(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "Your company page")
        self.assertContains(response, edit_url(self.member))
        self.assertContains(response, edit_url(self.member_fr))
        self.assertNotContains(response, edit_url(self.other))
        self.assertContains(response, 'data-member-status="live"', count=2)
        # No site-wide counts, no staff panels, no staff menus.
        self.assertNotContains(response, "Members awaiting review")
        names = self.sidebar_menu_names(response)
        for hidden in (
            "explorer",
            "images",
            "documents",
            "reports",
            "settings",
            "members",
            "news",
        ):
            self.assertNotIn(hidden, names)

    def test_statuses_follow_the_page(self):
        self.client.force_login(self.editor)
        self.client.post(
            edit_url(self.member), profile_form(self.member, summary="Draft.")
        )
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, 'data-member-status="unsubmitted"')
        self.client.post(
            edit_url(self.member),
            profile_form(self.member, summary="Draft.", **{"action-submit": "submit"}),
        )
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, 'data-member-status="review"')
        self.assertContains(response, "In review")

    def test_staff_see_members_awaiting_review_with_a_diff_link(self):
        self.client.force_login(self.editor)
        self.client.post(
            edit_url(self.member),
            profile_form(self.member, summary="New.", **{"action-submit": "submit"}),
        )
        state = WorkflowState.objects.get(object_id=str(self.member.pk))
        self.client.force_login(self.staff)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "Members awaiting review")
        compare = reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[self.member.pk, "live", state.current_task_state.revision_id],
        )
        self.assertContains(response, compare)
        diff = self.client.get(compare)
        self.assertContains(diff, "Pacemakers.")
        self.assertContains(diff, "New.")
        # The staff menu is intact.
        self.assertIn("members", self.sidebar_menu_names(response))

    def test_the_panel_is_absent_without_submissions(self):
        self.client.force_login(self.staff)
        self.assertNotContains(
            self.client.get(reverse("wagtailadmin_home")), "Members awaiting review"
        )


class DevelopmentAccountsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_member_tree(build_news_tree(build_site_tree()))
        cls.trasis = publish(
            make_member(tree["directory"], title="Trasis", slug="trasis")
        )

    def test_refused_without_debug(self):
        with self.assertRaisesMessage(CommandError, "only runs with DEBUG on"):
            call_command("ensure_dev_member_editors")
        self.assertFalse(User.objects.filter(email__endswith="@demo.invalid").exists())

    def test_with_debug_each_demo_member_gets_an_editor_with_the_printed_password(self):
        import tempfile
        from pathlib import Path

        with (
            tempfile.TemporaryDirectory() as folder,
            override_settings(DEBUG=True, VAR_DIR=Path(folder)),
        ):
            out = StringIO()
            call_command("ensure_dev_member_editors", stdout=out)
            password = (Path(folder) / "dev_member_password").read_text().strip()
        self.assertIn(password, out.getvalue())
        user = User.objects.get(email="trasis@demo.invalid")
        self.assertTrue(user.check_password(password))
        self.assertEqual(
            [page.pk for page in access.member_pages_for(user)], [self.trasis.pk]
        )


class FileScopeTests(SelfServiceTestCase):
    """A crafted POST cannot put another member's (or the staff's) file on a page."""

    def setUp(self):
        import wagtail_factories

        self.editor = access.add_editor(self.member, "anna@medco.example")
        other_editor_collection = access.access_for(self.other).collection
        own_collection = access.access_for(self.member).collection
        self.own_image = wagtail_factories.ImageFactory(collection=own_collection)
        self.foreign_image = wagtail_factories.ImageFactory(
            collection=other_editor_collection, title="Other's unpublished upload"
        )
        self.client.force_login(self.editor)

    def save(self, **fields):
        return self.client.post(
            edit_url(self.member), profile_form(self.member, **fields)
        )

    def test_an_image_from_the_own_collection_is_accepted(self):
        self.assertEqual(self.save(logo=self.own_image.pk).status_code, 302)
        draft = MemberPage.objects.get(
            pk=self.member.pk
        ).get_latest_revision_as_object()
        self.assertEqual(draft.logo_id, self.own_image.pk)

    def test_another_members_image_is_refused_as_logo_product_or_body_image(self):
        for fields in (
            {"logo": self.foreign_image.pk},
            {
                "products": inline_formset(
                    [
                        {
                            "name": "Pump",
                            "summary": "",
                            "url": "",
                            "image": self.foreign_image.pk,
                        }
                    ]
                )
            },
            {
                "body": streamfield(
                    [("image", {"image": self.foreign_image.pk, "caption": ""})]
                )
            },
        ):
            with self.subTest(fields=list(fields)):
                response = self.save(**fields)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "you cannot choose")
        draft = MemberPage.objects.get(
            pk=self.member.pk
        ).get_latest_revision_as_object()
        self.assertNotEqual(draft.logo_id, self.foreign_image.pk)

    def test_a_file_already_on_the_page_may_stay(self):
        # Staff put a logo from the main collection on the page; the member
        # keeps it while editing the rest.
        import wagtail_factories

        staff_logo = wagtail_factories.ImageFactory()
        page = MemberPage.objects.get(pk=self.member.pk)
        page.logo = staff_logo
        publish(page)
        self.assertEqual(
            self.save(logo=staff_logo.pk, summary="Still ours.").status_code, 302
        )


class ExplorerUserFilterTests(SelfServiceTestCase):
    def test_a_member_editor_is_not_offered_other_members_people(self):
        editor = access.add_editor(self.member, "anna@medco.example", name="Anna Lee")
        other = access.add_editor(self.other, "olga@other.example", name="Olga Other")
        for user, page in ((editor, self.member), (other, self.other)):
            self.client.force_login(user)
            self.client.post(edit_url(page), profile_form(page, summary="Edited."))
            page.refresh_from_db()
        staff = make_staff()
        self.client.force_login(editor)
        url = reverse("wagtailadmin_explore", args=[self.tree["directory"].pk])
        response = self.client.get(url, {"edited_by": editor.pk})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Anna Lee")
        self.assertNotContains(response, "Olga Other")
        self.client.force_login(staff)
        response = self.client.get(url, {"edited_by": editor.pk})
        self.assertContains(response, "Olga Other")


class PageChooserTests(SelfServiceTestCase):
    def test_a_member_editor_cannot_find_a_page_never_published(self):
        make_member(
            self.tree["directory"], title="Secret Newcomer", slug="secret", live=False
        )
        editor = access.add_editor(self.member, "anna@medco.example")
        staff = make_staff()
        browse = reverse(
            "wagtailadmin_choose_page_child", args=[self.tree["directory"].pk]
        )
        search = reverse("wagtailadmin_choose_page_search")
        for user, visible in ((editor, False), (staff, True)):
            self.client.force_login(user)
            for url, params in ((browse, {}), (search, {"q": "Secret"})):
                with self.subTest(user=user.email, url=url):
                    response = self.client.get(url, params)
                    self.assertEqual(response.status_code, 200)
                    self.assertEqual(
                        "Secret Newcomer" in response.content.decode(), visible
                    )
                    # Live pages stay linkable for both.
                    if not params:
                        self.assertIn("Other", response.content.decode())


class MembersListingReviewFilterTests(SelfServiceTestCase):
    def test_staff_filter_the_members_listing_by_review_status(self):
        editor = access.add_editor(self.member, "anna@medco.example")
        self.client.force_login(editor)
        self.client.post(
            edit_url(self.member),
            profile_form(self.member, summary="New.", **{"action-submit": "submit"}),
        )
        self.client.force_login(make_staff())
        listing = reverse("member_pages:index")
        in_review = self.client.get(listing, {"review": "in_progress"})
        self.assertContains(in_review, edit_url(self.member))
        self.assertNotContains(in_review, edit_url(self.other))
        changes = self.client.get(listing, {"review": "needs_changes"})
        self.assertNotContains(changes, edit_url(self.member))
        everyone = self.client.get(listing)
        self.assertContains(everyone, edit_url(self.other))
        self.assertEqual(self.client.get(listing, {"review": "junk"}).status_code, 200)


class FrenchAdminTests(SelfServiceTestCase):
    def test_a_member_editor_working_in_french_reads_the_dashboard_in_french(self):
        from wagtail.users.models import UserProfile

        editor = access.add_editor(self.member, "anna@medco.example")
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = "fr"
        profile.save()
        self.client.force_login(editor)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "La page de votre entreprise")
        self.assertContains(response, "soumettez-la à relecture")


class EditorAccessLifecycleTests(SelfServiceTestCase):
    """How an editor's access is set up, kept within its member and ended."""

    def test_migrate_sets_up_the_staff_group_and_the_workflow(self):
        from django.core.management.sql import emit_post_migrate_signal
        from wagtail.models import Workflow, WorkflowPage

        WorkflowPage.objects.filter(workflow__name=review.WORKFLOW_NAME).delete()
        Workflow.objects.filter(name=review.WORKFLOW_NAME).delete()
        Group.objects.filter(name=review.STAFF_GROUP).delete()
        # As `migrate` ends: Django signals each app that has models.
        emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
        self.assertTrue(Group.objects.filter(name=review.STAFF_GROUP).exists())
        self.assertEqual(self.member.get_workflow().name, review.WORKFLOW_NAME)
        self.assertEqual(
            [task.name for task in self.member.get_workflow().tasks], [review.TASK_NAME]
        )

    def test_users_cannot_change_their_own_email_address(self):
        # Invitations find accounts by address: an editor who could set theirs
        # to another company's would become that company's editor.
        editor = access.add_editor(self.member, "anna@medco.example")
        self.client.force_login(editor)
        account = self.client.get(reverse("wagtailadmin_account"))
        self.assertEqual(account.status_code, 200)
        self.assertNotContains(account, 'name="name_email-email"')
        self.client.post(
            reverse("wagtailadmin_account"),
            {"name_email-email": "boss@other.example", "name_email-first_name": "A"},
        )
        editor.refresh_from_db()
        self.assertEqual(editor.email, "anna@medco.example")

    def test_inviting_an_address_that_is_a_username_finds_that_account(self):
        editor = access.add_editor(self.member, "anna@medco.example")
        User.objects.filter(pk=editor.pk).update(email="anna@new.example")
        again = access.add_editor(self.other, "anna@medco.example")  # no 500
        self.assertEqual(again.pk, editor.pk)

    def test_member_editors_are_kept_out_of_the_reports(self):
        editor = access.add_editor(self.member, "anna@medco.example")
        staff = make_staff()
        for name in (
            "page_types_usage",
            "workflow",
            "workflow_tasks",
            "site_history",
            "aging_pages",
            "locked_pages",
        ):
            report = reverse(f"wagtailadmin_reports:{name}")
            with self.subTest(report=name):
                self.client.force_login(editor)
                assert_refused(self, self.client.get(report))
                self.client.force_login(staff)
                self.assertEqual(self.client.get(report).status_code, 200)

    def test_deleting_a_members_pages_ends_its_editors_access(self):
        editor = access.add_editor(self.other, "olga@other.example")
        editor.set_password("pw")
        editor.save()
        self.other.get_translations(inclusive=True).delete()
        self.assertFalse(
            MemberAccess.objects.filter(
                translation_key=self.other.translation_key
            ).exists()
        )
        self.assertEqual(list(editor.groups.all()), [])
        self.client.force_login(editor)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertRedirects(
            response,
            reverse("wagtailadmin_login") + "?next=/admin/",
            fetch_redirect_response=False,
        )

    def test_deleting_one_translation_keeps_the_access(self):
        access.add_editor(self.member, "anna@medco.example")
        MemberPage.objects.get(pk=self.member_fr.pk).delete()
        self.assertTrue(
            MemberAccess.objects.filter(
                translation_key=self.member.translation_key
            ).exists()
        )

    def test_removing_an_editor_cancels_their_unused_invitation_link(self):
        user = access.add_editor(self.member, "anna@medco.example")
        link = link_in(mail.outbox[-1])
        access.remove_editor(self.member, user)
        response = self.client.get(link, follow=True)
        self.assertNotContains(response, 'name="new_password1"')

    def test_a_mail_server_failure_is_reported_not_a_500(self):
        import smtplib
        from unittest import mock

        self.client.force_login(make_staff())
        url = reverse("member_editors", args=[self.member.pk])
        with mock.patch("members.access.send_mail", side_effect=smtplib.SMTPException):
            response = self.client.post(
                url, {"action": "invite", "email": "anna@medco.example"}, follow=True
            )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "the email could not be sent")
        self.assertEqual(
            [u.email for u in access.editors_of(self.member)], ["anna@medco.example"]
        )


class MemberDocumentServingTests(SelfServiceTestCase):
    def test_a_members_upload_is_public_only_once_a_live_page_uses_it(self):
        import wagtail_factories

        editor = access.add_editor(self.member, "anna@medco.example")
        document = wagtail_factories.DocumentFactory(
            collection=access.access_for(self.member).collection, title="Brochure"
        )
        self.client.force_login(editor)
        self.client.post(
            edit_url(self.member),
            profile_form(
                self.member,
                body=streamfield(
                    [("document", {"document": document.pk, "title": ""})]
                ),
                **{"action-submit": "submit"},
            ),
        )
        self.client.logout()
        self.assertEqual(self.client.get(document.url).status_code, 404)
        # Its editors and staff may still open it, to review it.
        self.client.force_login(editor)
        self.assertEqual(self.client.get(document.url).status_code, 200)
        self.client.force_login(make_staff())
        self.assertEqual(self.client.get(document.url).status_code, 200)

        publish(
            MemberPage.objects.get(pk=self.member.pk).get_latest_revision_as_object()
        )
        self.client.logout()
        self.assertEqual(self.client.get(document.url).status_code, 200)

    def test_staff_documents_are_served_as_before(self):
        from tests.core.helpers import make_document

        document = make_document()
        self.assertEqual(self.client.get(document.url).status_code, 200)
