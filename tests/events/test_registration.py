"""Registering for an event on the portal: places, waiting list, mails, cancelling.

Through the public pages with the test client, as a visitor does, and through
events.registration_service where the rule lives. The mails leave on commit
(transaction.on_commit), so every request that sends one runs inside
captureOnCommitCallbacks(execute=True): without it no mail would ever leave
and a test that a mail is *not* sent could not fail.
"""

import datetime
import re
from unittest import mock
from urllib.parse import parse_qs, urlsplit

from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from demo.factories.events import RegistrationFactory
from events import registration_service as service
from events.models import EventPage, Registration
from events.models.registrations import token_digest
from events.views import RESULT_SALT
from members.models import MemberPage
from tests.conftest import build_site_tree
from tests.core.helpers import publish, translate
from tests.events.support import build_event_tree, make_event
from tests.members.support import build_member_tree, make_member

CONFIRMED = Registration.Status.CONFIRMED
WAITING = Registration.Status.WAITING
CANCELLED = Registration.Status.CANCELLED
CANCEL_LINK = re.compile(r"^http://testserver(/\S+/cancel/[-\w]+/)$", re.MULTILINE)
CLOSED = "Registration for this event is closed."
FULL = "This event is full."


def form(name="Ada Lovelace", email="ada@example.org", organisation="Trasis", **more):
    return {"name": name, "email": email, "organisation": organisation, **more}


def cancel_path(message):
    """The path of the one cancellation link in a mail."""
    (path,) = CANCEL_LINK.findall(message.body)
    return path


class RegistrationTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_member_tree(build_event_tree(build_site_tree()))
        cls.index = tree["events_index"]
        cls.acme = make_member(tree["directory"], title="Acme Medical", slug="acme")
        cls.acme_fr = translate(
            cls.acme, tree["fr"], title="Acme Médical", slug="acme-fr"
        )
        cls.summit = make_event(
            cls.index,
            title="Summit",
            slug="summit",
            registration_mode="portal",
            capacity=2,
        )
        cls.summit_fr = translate(cls.summit, tree["fr"], title="Sommet", slug="sommet")
        cls.workshop = make_event(
            cls.index,
            title="Workshop",
            slug="workshop",
            registration_mode="portal",
            capacity=1,
            waiting_list=False,
        )
        cls.other = make_event(
            cls.index,
            title="Other",
            slug="other",
            registration_mode="portal",
            capacity=9,
        )

    def register(self, event, **fields):
        """POST the form as a visitor, running what waits for the commit."""
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(event.url + "register/", form(**fields))

    def follow(self, response):
        self.assertEqual(response.status_code, 302, response.content[:2000])
        return self.client.get(response["Location"])

    def statuses(self, event):
        """Who is registered for the event (all its languages), by address."""
        return dict(
            Registration.objects.filter(event_key=event.translation_key)
            .order_by("created_at", "pk")
            .values_list("email", "status")
        )

    def get_registration(self, email):
        return Registration.objects.get(email=email)

    def mails_to(self, email):
        return [message for message in mail.outbox if message.to == [email]]

    def cancel(self, path, method="post"):
        with self.captureOnCommitCallbacks(execute=True):
            return getattr(self.client, method)(path)


class PlacesTests(RegistrationTestCase):
    def test_places_are_confirmed_while_they_last_then_the_waiting_list(self):
        for name in ("ada", "bob", "cyd"):
            response = self.register(self.summit, email=f"{name}@example.org")
            done = self.follow(response)
        self.assertEqual(
            self.statuses(self.summit),
            {"ada@example.org": CONFIRMED, "bob@example.org": CONFIRMED,
             "cyd@example.org": WAITING},
        )  # fmt: skip
        self.assertContains(done, "You are on the waiting list")
        self.assertEqual(
            [message.subject for message in mail.outbox],
            ["You are registered: Summit", "You are registered: Summit",
             "On the waiting list: Summit"],
        )  # fmt: skip
        # The form now says the event is full and offers the waiting list.
        page = self.client.get(self.summit.url + "register/")
        self.assertContains(page, "The event is full. Register to join the waiting")
        self.assertContains(page, "Join the waiting list</button>")
        self.assertContains(self.client.get(self.summit.url), "Full: waiting list open")

    def test_the_done_page_of_a_confirmed_place(self):
        done = self.follow(self.register(self.summit))
        self.assertContains(done, "You are registered")
        self.assertContains(done, "Your place at Summit is confirmed.")
        self.assertContains(self.client.get(self.summit.url), "1 place left")

    def test_a_full_event_without_waiting_list_refuses_with_409(self):
        self.follow(self.register(self.workshop, email="ada@example.org"))
        mail.outbox.clear()
        response = self.register(self.workshop, email="bob@example.org")
        self.assertEqual(response.status_code, 409)
        self.assertContains(response, FULL, status_code=409)
        self.assertEqual(self.statuses(self.workshop), {"ada@example.org": CONFIRMED})
        self.assertEqual(mail.outbox, [])
        page = self.client.get(self.workshop.url + "register/")
        self.assertContains(page, "The event is full.")
        self.assertNotContains(page, '<form class="form"')

    def test_the_english_and_french_pages_share_the_places(self):
        self.follow(self.register(self.summit, email="ada@example.org"))
        done = self.follow(self.register(self.summit_fr, email="bob@example.org"))
        self.assertEqual(done.status_code, 200)
        self.assertEqual(self.get_registration("bob@example.org").language, "fr")
        self.follow(self.register(self.summit_fr, email="cyd@example.org"))
        self.follow(self.register(self.summit, email="dan@example.org"))
        self.assertEqual(
            self.statuses(self.summit),
            {"ada@example.org": CONFIRMED, "bob@example.org": CONFIRMED,
             "cyd@example.org": WAITING, "dan@example.org": WAITING},
        )  # fmt: skip
        for event in (self.summit, self.summit_fr):
            places = service.places(event)
            self.assertEqual((places.confirmed, places.waiting, places.left), (2, 2, 0))
        # One address, one registration: the French page knows the English one.
        again = self.follow(self.register(self.summit_fr, email="ADA@example.org"))
        self.assertEqual(again.status_code, 200)
        self.assertEqual(Registration.objects.count(), 4)

    def test_the_service_confirms_then_queues_then_refuses(self):
        def register(event, email):
            registration, token = service.register(
                event, name="N", email=email, organisation_name="Org"
            )
            self.assertEqual(service.find(token), registration)
            return registration.status

        self.assertEqual(register(self.summit, "a@example.org"), CONFIRMED)
        self.assertEqual(register(self.summit_fr, "b@example.org"), CONFIRMED)
        self.assertEqual(register(self.summit, "c@example.org"), WAITING)
        self.assertEqual(register(self.workshop, "a@example.org"), CONFIRMED)
        with self.assertRaises(service.EventFull):
            register(self.workshop, "b@example.org")
        with self.assertRaises(service.AlreadyRegistered) as refused:
            register(self.summit_fr, "A@EXAMPLE.ORG")
        self.assertEqual(refused.exception.registration.email, "a@example.org")

    def test_an_event_without_a_limit_confirms_everyone(self):
        event = make_event(self.index, title="Open day", registration_mode="portal")
        for n in range(5):
            self.follow(self.register(event, email=f"p{n}@example.org"))
        self.assertEqual(set(self.statuses(event).values()), {CONFIRMED})
        self.assertIsNone(service.places(event).left)
        self.assertNotContains(self.client.get(event.url), "place left")


class ClosedTests(RegistrationTestCase):
    def assertClosed(self, event, message=CLOSED):
        page = self.client.get(event.url + "register/")
        self.assertContains(page, message)
        self.assertNotContains(page, 'type="submit">Register')
        response = self.register(event)
        self.assertContains(response, CLOSED, status_code=409)
        self.assertEqual(self.statuses(event), {})
        self.assertEqual(mail.outbox, [])

    def test_registration_closes_at_the_deadline(self):
        event = make_event(
            self.index,
            title="Late",
            registration_mode="portal",
            capacity=10,
            registration_deadline=timezone.now() - datetime.timedelta(minutes=1),
        )
        self.assertClosed(event)
        self.assertNotContains(self.client.get(event.url), 'href="/en/events/late/reg')

    def test_registration_is_open_until_the_deadline(self):
        deadline = timezone.now() + datetime.timedelta(hours=1)
        event = make_event(
            self.index,
            title="Soon",
            registration_mode="portal",
            registration_deadline=deadline,
        )
        self.follow(self.register(event))
        self.assertEqual(self.statuses(event), {"ada@example.org": CONFIRMED})
        with self.assertRaises(service.RegistrationClosed):
            with mock.patch(
                "django.utils.timezone.now",
                return_value=deadline + datetime.timedelta(seconds=1),
            ):
                service.register(
                    event, name="B", email="b@example.org", organisation_name="O"
                )

    def test_a_cancelled_event_takes_no_registration(self):
        event = make_event(
            self.index,
            title="Called off",
            registration_mode="portal",
            status=EventPage.Status.CANCELLED,
        )
        self.assertClosed(event, "This event is cancelled: registration is closed.")

    def test_a_postponed_event_takes_no_registration(self):
        event = make_event(
            self.index,
            title="Later",
            registration_mode="portal",
            status=EventPage.Status.POSTPONED,
        )
        self.assertClosed(event)

    def test_events_registering_elsewhere_or_not_at_all_have_no_form(self):
        for mode, url in (("none", ""), ("external", "https://ex.org/r")):
            with self.subTest(mode):
                event = make_event(
                    self.index,
                    title=f"No form {mode}",
                    registration_mode=mode,
                    registration_url=url,
                    capacity=10,
                )
                self.assertEqual(
                    self.client.get(event.url + "register/").status_code, 404
                )
                self.assertEqual(self.register(event).status_code, 404)
                self.assertEqual(self.statuses(event), {})
                self.assertEqual(mail.outbox, [])


class FormTests(RegistrationTestCase):
    def test_an_invalid_form_is_refused_with_400_and_nothing_is_saved(self):
        for fields in [
            {"name": ""},
            {"email": "not-an-address"},
            {"email": ""},
            {"organisation": "   "},
            {"name": "x" * 151},
        ]:
            with self.subTest(fields):
                response = self.register(self.summit, **fields)
                self.assertContains(
                    response, "Please correct the fields marked below.", status_code=400
                )
        self.assertEqual(Registration.objects.count(), 0)
        self.assertEqual(mail.outbox, [])

    def test_typing_a_members_name_links_the_member(self):
        self.follow(
            self.register(
                self.summit, email="a@example.org", organisation=" acme  MEDICAL"
            )
        )
        self.follow(
            self.register(self.summit, email="b@example.org", organisation="Acme")
        )
        self.assertEqual(self.get_registration("a@example.org").member, self.acme)
        self.assertEqual(
            self.get_registration("a@example.org").organisation_name, "acme MEDICAL"
        )
        self.assertIsNone(self.get_registration("b@example.org").member)
        # The French page knows the French page of the member.
        self.follow(
            self.register(
                self.summit_fr, email="c@example.org", organisation="ACME médical"
            )
        )
        self.assertEqual(self.get_registration("c@example.org").member, self.acme_fr)

    def test_member_names_are_suggested_in_the_events_language(self):
        page = self.client.get(self.summit.url + "register/")
        self.assertContains(page, '<option value="Acme Medical">', html=False)
        self.assertNotContains(page, "Acme Médical")
        page = self.client.get(self.summit_fr.url + "register/")
        self.assertContains(page, '<option value="Acme Médical">', html=False)

    def test_a_lapsed_or_pending_member_is_not_taken_for_a_member(self):
        # The directory lists active members only (MemberPage.objects
        # .in_directory()); the form must not call the others member companies.
        directory = self.acme.get_parent()
        make_member(directory, title="Gone Pharma", lapsed=True)
        make_member(
            directory, title="Hopeful Labs", membership_status=MemberPage.Status.PENDING
        )
        with self.subTest("suggested"):
            page = self.client.get(self.summit.url + "register/")
            self.assertEqual(page.context["form"].member_names(), ["Acme Medical"])
        for title in ("Gone Pharma", "Hopeful Labs"):
            with self.subTest(title):
                email = f"{title.split()[0].lower()}@example.org"
                self.follow(self.register(self.summit, email=email, organisation=title))
                self.assertIsNone(self.get_registration(email).member)

    def test_the_b2b_question_is_asked_only_when_the_event_offers_meetings(self):
        self.assertNotContains(
            self.client.get(self.summit.url + "register/"), "wants_b2b_meetings"
        )
        event = make_event(
            self.index, title="Matchmaking", registration_mode="portal",
            offers_b2b_meetings=True,
        )  # fmt: skip
        self.assertContains(self.client.get(event.url + "register/"), "wants_b2b")
        self.follow(self.register(event, wants_b2b_meetings="on"))
        self.assertTrue(self.get_registration("ada@example.org").wants_b2b_meetings)


class DuplicateTests(RegistrationTestCase):
    def test_the_same_address_again_registers_nobody_and_sends_a_new_link(self):
        self.follow(self.register(self.summit, email="ada@example.org"))
        (first,) = mail.outbox
        old_link = cancel_path(first)
        again = self.follow(
            self.register(self.summit, email="ADA@Example.ORG", name="X")
        )
        self.assertContains(again, "You were already registered")
        registration = self.get_registration("ada@example.org")
        self.assertEqual(Registration.objects.count(), 1)
        self.assertEqual(registration.name, "Ada Lovelace")
        # The confirmation goes again to the registered address, with a new link.
        self.assertEqual(len(mail.outbox), 2)
        reminder = mail.outbox[1]
        self.assertEqual(reminder.to, ["ada@example.org"])
        self.assertEqual(reminder.subject, "You are registered: Summit")
        self.assertIn("tried to register this address again", reminder.body)
        new_link = cancel_path(reminder)
        self.assertNotEqual(new_link, old_link)
        # The old link no longer cancels anything.
        self.assertEqual(self.cancel(old_link, "get").status_code, 404)
        self.assertEqual(self.cancel(old_link).status_code, 404)
        self.assertEqual(self.get_registration("ada@example.org").status, CONFIRMED)
        # The new one does.
        self.assertContains(self.cancel(new_link), "Your registration is cancelled")
        self.assertEqual(self.get_registration("ada@example.org").status, CANCELLED)

    def test_a_waiting_registration_is_reminded_that_it_waits(self):
        for email in ("a@example.org", "b@example.org", "c@example.org"):
            self.follow(self.register(self.summit, email=email))
        mail.outbox.clear()
        self.follow(self.register(self.summit, email="c@example.org"))
        (reminder,) = mail.outbox
        self.assertEqual(reminder.subject, "On the waiting list: Summit")
        self.assertEqual(list(self.statuses(self.summit).values()).count(WAITING), 1)

    def test_after_cancelling_the_address_may_register_again(self):
        self.follow(self.register(self.summit, email="ada@example.org"))
        self.cancel(cancel_path(mail.outbox[0]))
        done = self.follow(self.register(self.summit, email="ada@example.org"))
        self.assertContains(done, "You are registered")
        self.assertEqual(
            sorted(Registration.objects.values_list("status", flat=True)),
            [CANCELLED, CONFIRMED],
        )


class CancellationTests(RegistrationTestCase):
    def test_the_confirmation_mail_has_a_working_cancellation_link(self):
        self.follow(self.register(self.summit, email="ada@example.org"))
        (message,) = mail.outbox
        self.assertEqual(message.to, ["ada@example.org"])
        # The typed name stays out: the form must not carry a stranger's
        # text to any address.
        self.assertTrue(message.body.startswith("Hello,\n"), message.body)
        self.assertNotIn("Ada Lovelace", message.body)
        self.assertIn("Your place at Summit is confirmed.", message.body)
        self.assertIn("Details: http://testserver/en/events/summit/", message.body)
        link = cancel_path(message)
        # Outside the page tree, so renaming the event keeps it working.
        self.assertTrue(link.startswith("/en/registrations/cancel/"), link)
        # Opening the link (a mail scanner may) only asks.
        for _ in range(2):
            page = self.cancel(link, "get")
            self.assertContains(page, "Cancel your registration?")
            self.assertContains(page, "Your place at Summit will go to someone else.")
        self.assertEqual(self.get_registration("ada@example.org").status, CONFIRMED)
        done = self.cancel(link)
        self.assertContains(done, "Your registration is cancelled")
        self.assertEqual(self.get_registration("ada@example.org").status, CANCELLED)
        self.assertContains(self.client.get(self.summit.url), "2 places left")

    def test_the_french_mail_links_to_the_french_page(self):
        self.follow(self.register(self.summit_fr, email="ada@example.org"))
        (message,) = mail.outbox
        link = cancel_path(message)
        self.assertTrue(link.startswith("/fr/registrations/cancel/"), link)
        page = self.cancel(link, "get")
        self.assertEqual(page.context["page"].pk, self.summit_fr.pk)
        self.assertEqual(self.cancel(link).status_code, 200)
        self.assertEqual(self.get_registration("ada@example.org").status, CANCELLED)

    def test_a_link_used_twice_answers_410_and_changes_nothing(self):
        for email in (
            "a@example.org",
            "b@example.org",
            "c@example.org",
            "d@example.org",
        ):
            self.follow(self.register(self.summit, email=email))
        link = cancel_path(mail.outbox[0])
        self.assertEqual(self.cancel(link).status_code, 200)
        before = list(Registration.objects.order_by("pk").values())
        sent = len(mail.outbox)
        second = self.cancel(link)
        self.assertContains(second, "Already cancelled", status_code=410)
        self.assertContains(
            self.cancel(link, "get"), "Already cancelled", status_code=410
        )
        # The second use gave away no second place.
        self.assertEqual(list(Registration.objects.order_by("pk").values()), before)
        self.assertEqual(len(mail.outbox), sent)
        self.assertEqual(
            list(self.statuses(self.summit).values()),
            [CANCELLED, CONFIRMED, CONFIRMED, WAITING],
        )

    def test_an_unknown_token_or_another_events_token_answers_404(self):
        self.follow(self.register(self.summit, email="ada@example.org"))
        self.follow(self.register(self.other, email="bob@example.org"))
        other_link = cancel_path(mail.outbox[1])
        token = other_link.rstrip("/").rsplit("/", 1)[1]
        for page, path in [
            ("another event's token", self.summit.url + f"cancel/{token}/"),
            ("... on the French page", self.summit_fr.url + f"cancel/{token}/"),
            ("unknown token", self.summit.url + "cancel/" + "x" * 43 + "/"),
            ("overlong token", self.summit.url + "cancel/" + "x" * 500 + "/"),
        ]:
            for method in ("get", "post"):
                with self.subTest(page, method=method):
                    response = self.cancel(path, method)
                    self.assertEqual(response.status_code, 404)
                    # "Link not recognised", in the page's language.
                    self.assertEqual(response.context["state"], "unknown")
        self.assertEqual(
            set(Registration.objects.values_list("status", flat=True)), {CONFIRMED}
        )
        self.assertEqual(self.cancel(other_link).status_code, 200)

    def test_the_link_works_on_the_other_language_of_the_event(self):
        self.follow(self.register(self.summit, email="ada@example.org"))
        token = cancel_path(mail.outbox[0]).rstrip("/").rsplit("/", 1)[1]
        self.assertEqual(
            self.cancel(self.summit_fr.url + f"cancel/{token}/").status_code, 200
        )
        self.assertEqual(self.get_registration("ada@example.org").status, CANCELLED)

    def test_the_link_still_works_after_the_event_is_renamed(self):
        # Editors fix a slug after the mails are out; Wagtail redirects the
        # old address of the page, and the mailed link must still lead to
        # the cancellation.
        self.follow(self.register(self.summit, email="ada@example.org"))
        link = cancel_path(mail.outbox[0])
        page = EventPage.objects.get(pk=self.summit.pk)
        page.slug = "summit-2027"
        with self.captureOnCommitCallbacks(execute=True):
            publish(page)
        self.assertRedirects(
            self.client.get(self.summit.url), "/en/events/summit-2027/", 301
        )
        page = self.client.get(link, follow=True)
        self.assertEqual(page.status_code, 200)
        self.assertEqual(page.context["state"], "confirm")
        self.assertEqual(self.cancel(page.request["PATH_INFO"]).status_code, 200)
        self.assertEqual(self.get_registration("ada@example.org").status, CANCELLED)

    def test_the_stored_digest_cancels_nothing(self):
        self.follow(self.register(self.summit, email="ada@example.org"))
        token = cancel_path(mail.outbox[0]).rstrip("/").rsplit("/", 1)[1]
        registration = self.get_registration("ada@example.org")
        self.assertEqual(registration.cancel_token_digest, token_digest(token))
        self.assertNotIn(token, registration.cancel_token_digest)
        # The digest is 64 hex digits: a valid slug, but not a token.
        response = self.cancel(
            self.summit.url + f"cancel/{registration.cancel_token_digest}/"
        )
        self.assertEqual(response.status_code, 404)


class PromotionTests(RegistrationTestCase):
    def fill(self, event, *emails):
        for email in emails:
            self.follow(self.register(event, email=email))
        links = {message.to[0]: cancel_path(message) for message in mail.outbox}
        mail.outbox.clear()
        return links

    def assertPromoted(self, email, event_title="Summit"):
        self.assertEqual(self.get_registration(email).status, CONFIRMED)
        (message,) = self.mails_to(email)
        self.assertEqual(message.subject, f"A place is free for you: {event_title}")
        self.assertIn("your registration is now confirmed", message.body)

    def test_cancelling_a_confirmed_place_promotes_the_oldest_waiting(self):
        links = self.fill(
            self.summit, "a@example.org", "b@example.org", "c@example.org",
            "d@example.org",
        )  # fmt: skip
        self.cancel(links["b@example.org"])
        self.assertPromoted("c@example.org")
        self.assertEqual(self.get_registration("d@example.org").status, WAITING)
        self.assertEqual(len(mail.outbox), 1)

    def test_cancelling_a_waiting_registration_promotes_nobody(self):
        links = self.fill(
            self.summit, "a@example.org", "b@example.org", "c@example.org",
            "d@example.org",
        )  # fmt: skip
        self.cancel(links["c@example.org"])
        self.assertEqual(self.get_registration("d@example.org").status, WAITING)
        self.assertEqual(mail.outbox, [])

    def test_a_french_registrant_is_promoted_by_an_english_cancellation(self):
        self.fill(self.summit, "a@example.org")
        links = self.fill(self.summit_fr, "b@example.org", "c@example.org")
        links |= self.fill(self.summit, "d@example.org")
        self.assertEqual(self.get_registration("c@example.org").status, WAITING)
        self.cancel(links["b@example.org"])
        self.assertEqual(self.get_registration("c@example.org").status, CONFIRMED)
        (message,) = self.mails_to("c@example.org")
        self.assertIn("/fr/evenements/sommet/", message.body)
        self.assertEqual(self.get_registration("d@example.org").status, WAITING)

    def test_raising_the_capacity_and_publishing_promotes_the_waiting(self):
        event = make_event(
            self.index, title="Gala", registration_mode="portal", capacity=1
        )
        self.fill(
            event, "a@example.org", "b@example.org", "c@example.org", "d@example.org"
        )
        event.capacity = 3
        with self.captureOnCommitCallbacks(execute=True):
            publish(event)
        self.assertPromoted("b@example.org", "Gala")
        self.assertPromoted("c@example.org", "Gala")
        self.assertEqual(self.get_registration("d@example.org").status, WAITING)
        self.assertEqual(len(mail.outbox), 2)

    def test_raising_the_capacity_of_every_language_promotes(self):
        self.fill(
            self.summit, "a@example.org", "b@example.org", "c@example.org",
            "d@example.org",
        )  # fmt: skip
        for page in (self.summit, self.summit_fr):
            page = EventPage.objects.get(pk=page.pk)
            page.capacity = 3
            with self.captureOnCommitCallbacks(execute=True):
                publish(page)
        self.assertPromoted("c@example.org")
        self.assertEqual(self.get_registration("d@example.org").status, WAITING)

    def test_staff_cancelling_in_the_admin_promotes(self):
        self.fill(
            self.summit, "a@example.org", "b@example.org", "c@example.org",
        )  # fmt: skip
        admin = get_user_model().objects.create_superuser(
            "admin", "admin@example.org", "pw"
        )
        self.client.force_login(admin)
        registration = self.get_registration("a@example.org")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                reverse("registrations:edit", args=[registration.pk]),
                {
                    "name": registration.name,
                    "email": registration.email,
                    "organisation_name": registration.organisation_name,
                    "status": CANCELLED,
                },
            )
        self.assertRedirects(response, reverse("registrations:index"))
        self.assertEqual(self.get_registration("a@example.org").status, CANCELLED)
        self.assertPromoted("c@example.org")

    def test_deleting_a_registration_promotes(self):
        self.fill(
            self.summit, "a@example.org", "b@example.org", "c@example.org",
            "d@example.org",
        )  # fmt: skip
        admin = get_user_model().objects.create_superuser(
            "admin", "admin@example.org", "pw"
        )
        self.client.force_login(admin)
        registration = self.get_registration("a@example.org")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                reverse("registrations:delete", args=[registration.pk])
            )
        self.assertRedirects(response, reverse("registrations:index"))
        self.assertPromoted("c@example.org")
        # And through the ORM, as a data clean-up would.
        with self.captureOnCommitCallbacks(execute=True):
            self.get_registration("b@example.org").delete()
        self.assertPromoted("d@example.org")

    def test_no_place_is_given_away_at_a_cancelled_event(self):
        # Everyone cancels once the event is called off; nobody on the waiting
        # list should then be told "a place has freed up: it is yours".
        event = make_event(
            self.index, title="Called off", registration_mode="portal", capacity=1
        )
        links = self.fill(event, "a@example.org", "b@example.org")
        event.status = EventPage.Status.CANCELLED
        with self.captureOnCommitCallbacks(execute=True):
            publish(event)
        self.cancel(links["a@example.org"])
        self.assertEqual(self.get_registration("b@example.org").status, WAITING)
        self.assertEqual(self.mails_to("b@example.org"), [])

    def test_no_place_is_given_away_once_the_event_is_over(self):
        event = make_event(
            self.index,
            title="Yesterday",
            registration_mode="portal",
            capacity=1,
            past=True,
        )
        RegistrationFactory(
            event=event, email="a@example.org", cancel_token_digest=token_digest("t-a")
        )
        RegistrationFactory(event=event, email="b@example.org", status=WAITING)
        self.cancel(event.url + "cancel/t-a/")
        self.assertEqual(self.get_registration("a@example.org").status, CANCELLED)
        self.assertEqual(self.get_registration("b@example.org").status, WAITING)
        self.assertEqual(self.mails_to("b@example.org"), [])


class TranslationTests(RegistrationTestCase):
    def test_deleting_a_translation_keeps_the_places_taken_on_it(self):
        # The French page goes (a translation redone, say); the event and the
        # places of the people who registered in French remain.
        self.follow(self.register(self.summit_fr, email="bea@example.org"))
        self.follow(self.register(self.summit, email="ada@example.org"))
        self.follow(self.register(self.summit, email="cyd@example.org"))
        with self.captureOnCommitCallbacks(execute=True):
            EventPage.objects.get(pk=self.summit_fr.pk).delete()
        self.assertEqual(
            self.statuses(self.summit),
            {"bea@example.org": CONFIRMED, "ada@example.org": CONFIRMED,
             "cyd@example.org": WAITING},
        )  # fmt: skip


class DonePageTests(RegistrationTestCase):
    def done_url(self, event, token):
        return event.url + "register/done/?r=" + token

    def token(self):
        response = self.register(self.summit)
        self.assertEqual(response.status_code, 302)
        (token,) = parse_qs(urlsplit(response["Location"]).query)["r"]
        return token

    def test_the_done_page_needs_its_signed_token(self):
        token = self.token()
        self.assertEqual(
            self.client.get(self.done_url(self.summit, token)).status_code, 200
        )
        # The other language of the same event shows it too.
        self.assertEqual(
            self.client.get(self.done_url(self.summit_fr, token)).status_code, 200
        )
        tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
        registration = self.get_registration("ada@example.org")
        forged = signing.dumps([registration.pk, False], salt="another.salt")
        for bad in ["", "garbage", tampered, forged, "x" * 300]:
            with self.subTest(bad[:20]):
                response = self.client.get(self.done_url(self.summit, bad))
                self.assertEqual(response.status_code, 404)
        self.assertEqual(
            self.client.get(self.summit.url + "register/done/").status_code, 404
        )
        # Another event's page does not show this registration.
        self.assertEqual(
            self.client.get(self.done_url(self.other, token)).status_code, 404
        )

    def test_an_expired_done_page_token_answers_404(self):
        self.register(self.summit)
        registration = self.get_registration("ada@example.org")
        two_days_ago = int(timezone.now().timestamp()) - 2 * 24 * 3600
        with mock.patch.object(
            signing.TimestampSigner,
            "timestamp",
            return_value=signing.b62_encode(two_days_ago),
        ):
            old = signing.dumps(
                [registration.pk, False], salt=RESULT_SALT, compress=True
            )
        self.assertEqual(
            self.client.get(self.done_url(self.summit, old)).status_code, 404
        )
        # The same token made now is good: only its age refused it.
        fresh = signing.dumps([registration.pk, False], salt=RESULT_SALT, compress=True)
        self.assertEqual(
            self.client.get(self.done_url(self.summit, fresh)).status_code, 200
        )


class PrivacyTests(RegistrationTestCase):
    NAME = "Zebulon Quixotic"
    EMAIL = "zeb.quixotic@example.org"

    def test_registrants_never_appear_on_public_pages(self):
        self.follow(self.register(self.summit, name=self.NAME, email=self.EMAIL))
        self.follow(
            self.register(
                self.summit_fr, name="Ysolde Quixotic", email="ys@example.org"
            )
        )
        pages = [
            self.summit.url,
            self.summit_fr.url,
            self.summit.url + "ics/",
            self.summit_fr.url + "ics/",
            self.summit.url + "register/",
            self.index.url,
            self.index.url + "past/",
            self.index.url + "feed/ics/",
            self.summit_fr.get_parent().url,
            "/sitemap.xml",
        ]
        for url in pages:
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                for text in ("Zebulon", "Ysolde", "Quixotic", "zeb.quixotic", "ys@"):
                    self.assertNotContains(response, text)
        # The search page repeats the query, so it is the results that count.
        for language in ("en", "fr"):
            for query in ("Zebulon", "Quixotic", self.EMAIL, "Ysolde"):
                with self.subTest(language=language, query=query):
                    response = self.client.get(f"/{language}/search/", {"q": query})
                    self.assertEqual(response.context["results"].paginator.count, 0)
        # The search itself works: it finds the event by its title.
        found = self.client.get("/en/search/", {"q": "Summit"}).context["results"]
        self.assertIn(self.summit.pk, [page.pk for page in found])


class SuggestionTests(RegistrationTestCase):
    def test_suggestions_are_bounded_and_a_member_beyond_them_is_still_found(self):
        # Acme Medical is the only member; with room for none, it is not
        # suggested, yet typing its name still links it.
        with mock.patch("events.forms.MAX_SUGGESTIONS", 0):
            page = self.client.get(self.summit.url + "register/")
            self.assertNotContains(page, '<option value="Acme Medical">')
            self.follow(
                self.register(
                    self.summit, email="a@example.org", organisation="ACME medical"
                )
            )
        self.assertEqual(self.get_registration("a@example.org").member, self.acme)
        page = self.client.get(self.summit.url + "register/")
        self.assertContains(page, '<option value="Acme Medical">')
