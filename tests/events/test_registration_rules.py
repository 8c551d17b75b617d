"""Rules found in review: the default language's page sets the places, no
place is given once registration has closed, and a mail server that fails
never loses a registration or turns into an error page."""

import datetime
import smtplib
from unittest import mock

from django.core import mail
from django.utils import timezone

from events.models import Registration
from tests.events.test_registration import RegistrationTestCase, cancel_path

CONFIRMED, WAITING = "confirmed", "waiting"


class SourceTranslationTests(RegistrationTestCase):
    def test_the_english_page_sets_the_places_for_every_language(self):
        for email in ("a@example.org", "b@example.org", "c@example.org"):
            self.follow(self.register(self.summit_fr, email=email))
        self.assertEqual(list(self.statuses(self.summit).values()).count(WAITING), 1)
        # Raised on the English page only: the waiting French registrant gets it.
        summit = self.summit.specific_class.objects.get(pk=self.summit.pk)
        summit.capacity = 3
        with self.captureOnCommitCallbacks(execute=True):
            summit.save_revision().publish()
        self.assertEqual(
            list(self.statuses(self.summit).values()), [CONFIRMED, CONFIRMED, CONFIRMED]
        )


class DeadlineTests(RegistrationTestCase):
    def test_no_place_is_given_away_once_the_event_has_started(self):
        for email in ("a@example.org", "b@example.org", "c@example.org"):
            self.follow(self.register(self.summit, email=email))
        # An hour in: the event is not over, but too late to come.
        later = self.summit.start + datetime.timedelta(hours=1)
        with mock.patch("django.utils.timezone.now", return_value=later):
            self.cancel(cancel_path(self.mails_to("a@example.org")[0]))
        self.assertEqual(self.get_registration("c@example.org").status, WAITING)


class MailFailureTests(RegistrationTestCase):
    def test_a_registration_is_kept_and_shown_when_mail_fails(self):
        failing = mock.patch(
            "events.registration_service.send_mail",
            side_effect=smtplib.SMTPException("down"),
        )
        with failing:
            done = self.follow(self.register(self.summit, email="a@example.org"))
        self.assertContains(done, "You are registered")
        self.assertEqual(self.get_registration("a@example.org").status, CONFIRMED)

    def test_a_failed_reminder_keeps_the_link_already_sent(self):
        self.follow(self.register(self.summit, email="a@example.org"))
        link = cancel_path(mail.outbox[0])
        with mock.patch(
            "events.registration_service.send_mail", side_effect=OSError("refused")
        ):
            again = self.follow(self.register(self.summit, email="a@example.org"))
        self.assertEqual(again.status_code, 200)
        self.assertEqual(self.cancel(link, "get").status_code, 200)

    def test_reminders_are_sent_at_most_once_in_ten_minutes(self):
        self.follow(self.register(self.summit, email="a@example.org"))
        for _ in range(3):
            self.follow(self.register(self.summit, email="a@example.org"))
        self.assertEqual(len(self.mails_to("a@example.org")), 2)
        registration = Registration.objects.get(email="a@example.org")
        Registration.objects.filter(pk=registration.pk).update(
            reminded_at=timezone.now() - datetime.timedelta(minutes=11)
        )
        self.follow(self.register(self.summit, email="a@example.org"))
        self.assertEqual(len(self.mails_to("a@example.org")), 3)
