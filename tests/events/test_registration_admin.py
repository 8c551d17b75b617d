"""Registrations in the admin: who sees them, the CSV, and what staff may change.

Registrations are personal data: superusers and the communications staff
read them, nobody else. Wagtail answers a refused admin request with a
redirect to the dashboard and an error message, not with a 403 (see
tests/members/test_self_service_permissions.py); an anonymous visitor is
sent to the login page.
"""

import csv
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.db.models import Count, Q
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from demo.factories.events import RegistrationFactory
from events.models import Registration
from members.access import add_editor
from members.review import STAFF_GROUP
from tests.conftest import build_site_tree
from tests.core.helpers import translate
from tests.events.support import build_event_tree, make_event
from tests.members.support import build_member_tree, make_member

DENIED_MESSAGE = "Sorry, you do not have permission to access this area."
INDEX = reverse("registrations:index")
CSV_HEADINGS = [
    "Event",
    "Name",
    "Email",
    "Organisation",
    "Member",
    "Status",
    "Wants B2B meetings",
    "Language",
    "Registered at",
]
# Each starts with a character that makes a spreadsheet run the cell.
FORMULA_NAMES = ['=HYPERLINK("http://evil.example","Click")', "+1", "-2", "@x"]


def url(name, *args):
    return reverse(f"registrations:{name}", args=args)


class RegistrationAdminTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_member_tree(build_event_tree(build_site_tree()))
        cls.acme = make_member(tree["directory"], title="Acme Medical", slug="acme")
        cls.summit = make_event(
            tree["events_index"],
            title="Summit",
            slug="summit",
            registration_mode="portal",
            capacity=2,
        )
        cls.summit_fr = translate(cls.summit, tree["fr"], title="Sommet", slug="sommet")
        cls.other = make_event(
            tree["events_index"],
            title="Other",
            slug="other",
            registration_mode="portal",
        )
        cls.ada = RegistrationFactory(
            event=cls.summit, name="Ada Lovelace", email="ada@example.org",
            member=cls.acme, organisation_name="Acme Medical",
        )  # fmt: skip
        cls.bea = RegistrationFactory(
            event=cls.summit_fr, name="Béatrice Dupont", email="bea@example.org",
            language="fr",
        )  # fmt: skip
        cls.cyd = RegistrationFactory(
            event=cls.other, name="Cyd Charisse", email="cyd@example.org"
        )
        User = get_user_model()  # noqa: N806 - a model class
        cls.superuser = User.objects.create_superuser("root", "root@example.org", "pw")
        cls.staff = User.objects.create_user("staff", "staff@example.org", "pw")
        cls.staff.groups.add(Group.objects.get(name=STAFF_GROUP))
        cls.member_editor = add_editor(cls.acme, "editor@acme.example", name="Ed")
        cls.admin_only = User.objects.create_user("plain", "plain@example.org", "pw")
        cls.admin_only.user_permissions.add(
            Permission.objects.get(
                content_type__app_label="wagtailadmin", codename="access_admin"
            )
        )

    def messages(self, response):
        messages = [str(m).strip() for m in get_messages(response.wsgi_request)]
        self.client.cookies.pop("messages", None)
        return messages

    def assertDenied(self, response):
        self.assertRedirects(
            response, reverse("wagtailadmin_home"), fetch_redirect_response=False
        )
        self.assertEqual(self.messages(response)[-1:], [DENIED_MESSAGE])

    def csv_rows(self, query=""):
        response = self.client.get(f"{INDEX}?export=csv{query}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/csv")
        self.assertIn('filename="registrations.csv"', response["Content-Disposition"])
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        self.assertEqual(rows[0], CSV_HEADINGS)
        return [dict(zip(CSV_HEADINGS, row, strict=True)) for row in rows[1:]]

    def state(self):
        return list(Registration.objects.order_by("pk").values())


class WhoSeesRegistrationsTests(RegistrationAdminTestCase):
    def read_urls(self):
        pk = self.ada.pk
        return {
            "listing": INDEX,
            "results": url("index_results"),
            "csv": f"{INDEX}?export=csv",
            "xlsx": f"{INDEX}?export=xlsx",
            "edit": url("edit", pk),
            "inspect": url("inspect", pk),
            "history": url("history", pk),
        }

    def test_superusers_and_communications_staff_read_and_export(self):
        for user in (self.superuser, self.staff):
            self.client.force_login(user)
            for name, path in self.read_urls().items():
                with self.subTest(name, user=user.username):
                    response = self.client.get(path)
                    self.assertEqual(response.status_code, 200)
            listing = self.client.get(INDEX)
            for name in ("Ada Lovelace", "Béatrice Dupont", "Cyd Charisse"):
                self.assertContains(listing, name)
            emails = {row["Email"] for row in self.csv_rows()}
            self.assertEqual(
                emails, {"ada@example.org", "bea@example.org", "cyd@example.org"}
            )

    def test_the_menu_shows_registrations_to_staff_only(self):
        for user, shown in [
            (self.superuser, True),
            (self.staff, True),
            (self.member_editor, False),
            (self.admin_only, False),
        ]:
            with self.subTest(user.username):
                self.client.force_login(user)
                dashboard = self.client.get(reverse("wagtailadmin_home"))
                self.assertEqual(dashboard.status_code, 200)
                self.assertEqual(INDEX in dashboard.content.decode(), shown)

    def test_member_editors_and_plain_admin_users_are_refused(self):
        for user in (self.member_editor, self.admin_only):
            self.client.force_login(user)
            for name, path in self.read_urls().items():
                with self.subTest(name, user=user.username):
                    response = self.client.get(path)
                    self.assertNotContains(response, "ada@example.org", status_code=302)
                    self.assertDenied(response)
            with self.subTest("delete form", user=user.username):
                self.assertDenied(self.client.get(url("delete", self.ada.pk)))

    def test_refused_users_change_nothing_by_posting(self):
        before = self.state()
        for user in (self.member_editor, self.admin_only):
            self.client.force_login(user)
            with self.subTest("edit", user=user.username):
                with self.captureOnCommitCallbacks(execute=True):
                    response = self.client.post(
                        url("edit", self.ada.pk),
                        {"name": "Hacked", "email": "evil@example.org",
                         "organisation_name": "X", "status": "cancelled"},
                    )  # fmt: skip
                self.assertDenied(response)
            with self.subTest("delete", user=user.username):
                with self.captureOnCommitCallbacks(execute=True):
                    self.assertDenied(self.client.post(url("delete", self.ada.pk)))
        self.assertEqual(self.state(), before)

    def test_anonymous_visitors_are_sent_to_log_in(self):
        before = self.state()
        paths = [*self.read_urls().values(), url("delete", self.ada.pk), url("add")]
        for path in paths:
            with self.subTest(path):
                for method in ("get", "post"):
                    response = getattr(self.client, method)(path)
                    self.assertEqual(response.status_code, 302)
                    self.assertTrue(
                        response["Location"].startswith(reverse("wagtailadmin_login")),
                        response["Location"],
                    )
        self.assertEqual(self.state(), before)

    def test_communications_staff_may_not_delete(self):
        # Deleting leaves no trace of who had a place: superusers only.
        self.client.force_login(self.staff)
        self.assertDenied(self.client.get(url("delete", self.ada.pk)))
        with self.captureOnCommitCallbacks(execute=True):
            self.assertDenied(self.client.post(url("delete", self.ada.pk)))
        self.assertTrue(Registration.objects.filter(pk=self.ada.pk).exists())
        edit = self.client.get(url("edit", self.ada.pk))
        self.assertNotContains(edit, url("delete", self.ada.pk))
        self.client.force_login(self.superuser)
        edit = self.client.get(url("edit", self.ada.pk))
        self.assertContains(edit, url("delete", self.ada.pk))

    def test_a_superuser_may_delete(self):
        self.client.force_login(self.superuser)
        self.assertEqual(self.client.get(url("delete", self.ada.pk)).status_code, 200)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url("delete", self.ada.pk))
        self.assertRedirects(response, INDEX)
        self.assertFalse(Registration.objects.filter(pk=self.ada.pk).exists())

    def test_nobody_adds_a_registration_in_the_admin(self):
        users = [self.superuser, self.staff, self.member_editor, self.admin_only]
        data = {
            "name": "Walk In",
            "email": "walk.in@example.org",
            "organisation_name": "X",
            "status": "confirmed",
        }
        for user in users:
            self.client.force_login(user)
            for path in (url("add"), url("copy", self.ada.pk)):
                with self.subTest(path, user=user.username):
                    self.assertDenied(self.client.get(path))
                    with self.captureOnCommitCallbacks(execute=True):
                        self.assertDenied(self.client.post(path, data))
        self.assertFalse(Registration.objects.filter(name="Walk In").exists())
        self.client.force_login(self.superuser)
        self.assertNotContains(self.client.get(INDEX), url("add"))


class ExportTests(RegistrationAdminTestCase):
    def test_formulas_are_neutralised_and_the_headings_kept(self):
        for n, name in enumerate(FORMULA_NAMES):
            RegistrationFactory(
                event=self.other,
                name=name,
                email=f"f{n}@example.org",
                organisation_name="=1+1" if n == 0 else "Plain Org",
            )
        for user in (self.superuser, self.staff):
            self.client.force_login(user)
            rows = self.csv_rows(f"&event={self.other.pk}")
            by_email = {row["Email"]: row for row in rows}
            for n, name in enumerate(FORMULA_NAMES):
                with self.subTest(name, user=user.username):
                    self.assertEqual(by_email[f"f{n}@example.org"]["Name"], "'" + name)
            self.assertEqual(by_email["f0@example.org"]["Organisation"], "'=1+1")
            self.assertEqual(by_email["f1@example.org"]["Organisation"], "Plain Org")
            # Only a leading trigger counts: other cells stay as they are.
            self.assertEqual(by_email["cyd@example.org"]["Name"], "Cyd Charisse")
            for row in rows:
                for value in row.values():
                    self.assertFalse(value.startswith(("=", "+", "-", "@")), value)

    def test_a_row_carries_the_registration(self):
        self.client.force_login(self.staff)
        rows = self.csv_rows(f"&event={self.summit.pk}")
        (ada,) = [row for row in rows if row["Email"] == "ada@example.org"]
        self.assertEqual(
            {key: value for key, value in ada.items() if key != "Registered at"},
            {
                "Event": "Summit",
                "Name": "Ada Lovelace",
                "Email": "ada@example.org",
                "Organisation": "Acme Medical",
                "Member": "Acme Medical",
                "Status": "confirmed",
                "Wants B2B meetings": "False",
                "Language": "en",
            },
        )
        self.assertTrue(ada["Registered at"].startswith(str(self.ada.created_at.year)))

    def test_the_event_filter_shows_every_language(self):
        self.client.force_login(self.staff)
        for event in (self.summit, self.summit_fr):
            with self.subTest(event.title):
                listing = self.client.get(INDEX, {"event": event.pk})
                self.assertContains(listing, "Ada Lovelace")
                self.assertContains(listing, "Béatrice Dupont")
                self.assertNotContains(listing, "Cyd Charisse")
                emails = [row["Email"] for row in self.csv_rows(f"&event={event.pk}")]
                self.assertEqual(sorted(emails), ["ada@example.org", "bea@example.org"])
        emails = [row["Email"] for row in self.csv_rows(f"&event={self.other.pk}")]
        self.assertEqual(emails, ["cyd@example.org"])

    def test_staff_find_a_registrant_by_name_address_or_organisation(self):
        self.client.force_login(self.staff)
        names = ("Ada Lovelace", "Béatrice Dupont", "Cyd Charisse")
        for query, found in [
            ("lovelace", "Ada Lovelace"),
            ("bea@example", "Béatrice Dupont"),
            ("acme", "Ada Lovelace"),
        ]:
            with self.subTest(query):
                listing = self.client.get(INDEX, {"q": query})
                content = listing.content.decode()
                self.assertEqual([name for name in names if name in content], [found])

    def test_the_event_page_links_to_its_registrations(self):
        self.client.force_login(self.staff)
        edit = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.summit.pk])
        )
        self.assertContains(edit, "2 confirmed / 2")
        self.assertContains(edit, f"{INDEX}?event={self.summit.pk}&amp;export=csv")


class StaffEditTests(RegistrationAdminTestCase):
    """What staff change in the edit form keeps the rules of the public form."""

    def post_edit(self, registration, **changes):
        data = {
            "name": registration.name,
            "email": registration.email,
            "organisation_name": registration.organisation_name,
            "status": registration.status,
            **changes,
        }
        self.client.force_login(self.staff)
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(url("edit", registration.pk), data)

    def confirmed(self):
        return Registration.objects.filter(
            event_key=self.summit.translation_key, status="confirmed"
        ).count()

    def test_staff_cancel_a_place(self):
        response = self.post_edit(self.ada, status="cancelled")
        self.assertRedirects(response, INDEX)
        self.ada.refresh_from_db()
        self.assertEqual(self.ada.status, "cancelled")

    def test_reviving_a_registration_never_overbooks_the_event(self):
        # Summit: 2 places, both taken; Dan cancelled, Eve waits.
        RegistrationFactory(
            event=self.summit, email="eve@example.org", status="waiting"
        )
        dan = RegistrationFactory(
            event=self.summit, email="dan@example.org", status="cancelled"
        )
        eve = Registration.objects.get(email="eve@example.org")
        for registration in (dan, eve):
            with self.subTest(registration.email):
                response = self.post_edit(registration, status="confirmed")
                self.assertIn(response.status_code, (200, 302))
                self.assertLessEqual(self.confirmed(), 2)

    def test_an_address_already_registered_is_a_form_error(self):
        # Only one active registration per address and event (the database
        # says so too): the form says it instead of crashing.
        response = self.post_edit(self.ada, email="BEA@example.org")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors)
        self.ada.refresh_from_db()
        self.assertEqual(self.ada.email, "ada@example.org")

    def test_reviving_a_cancelled_registration_of_a_returning_address(self):
        # Ada cancelled, then registered again: her old registration cannot
        # come back beside the new one.
        self.ada.status = "cancelled"
        self.ada.save()
        RegistrationFactory(event=self.summit_fr, email="Ada@example.org")
        response = self.post_edit(self.ada, status="confirmed")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors)
        counts = Registration.objects.filter(email__iexact="ada@example.org").aggregate(
            active=Count("pk", filter=Q(status__in=Registration.ACTIVE))
        )
        self.assertEqual(counts["active"], 1)


class JunkFilterTests(RegistrationAdminTestCase):
    def test_a_junk_or_huge_event_id_is_not_an_error(self):
        self.client.force_login(self.superuser)
        for value in ("99999999999999999999", "abc", "-1", "1.5"):
            with self.subTest(value):
                response = self.client.get(f"{INDEX}?event={value}")
                self.assertEqual(response.status_code, 200)

    def test_the_inspect_view_shows_no_token_digest(self):
        self.client.force_login(self.superuser)
        response = self.client.get(f"{INDEX}inspect/{self.ada.pk}/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, self.ada.cancel_token_digest)
