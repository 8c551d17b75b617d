"""Registering, cancelling and the waiting list, safe under concurrency.

Every change to an event's registrations first locks the event's page rows
(all its translations, in one order), so on PostgreSQL two requests never
count the same free place: 200 simultaneous registrations for 100 places
confirm exactly 100. SQLite, the development database, writes one transaction
at a time instead.
"""

import datetime
import logging
import secrets
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cluster_portal.core.page_cache import content_changed

# The module, not its names: the page model's module imports this one.
from . import models

REMINDER_INTERVAL = datetime.timedelta(minutes=10)
# What a mail server that is down or refuses raises.
MAIL_ERRORS = (OSError, smtplib.SMTPException)
logger = logging.getLogger(__name__)


# What the places and the waiting list depend on, per translation.
SETTINGS_FIELDS = (
    "pk",
    "capacity",
    "waiting_list",
    "registration_deadline",
    "start",
    "status",
    "end",
    "locale__language_code",
)


class RegistrationError(Exception):
    """Registration refused; the message is for the visitor."""


class RegistrationClosed(RegistrationError):
    pass


class EventFull(RegistrationError):
    pass


class AlreadyRegistered(RegistrationError):
    def __init__(self, registration):
        super().__init__(_("This address is already registered for this event."))
        self.registration = registration


@dataclass(frozen=True)
class Places:
    capacity: int | None
    confirmed: int
    waiting: int

    @property
    def left(self):
        if self.capacity is None:
            return None
        return max(0, self.capacity - self.confirmed)

    @property
    def full(self):
        return self.capacity is not None and self.confirmed >= self.capacity


def source(translations):
    """The translation whose registration settings count for the event: the
    one in the site's default language, else the first created. Staff set
    capacity, waiting list and deadline there; the others follow it."""
    for page in translations:
        if page["locale__language_code"] == settings.LANGUAGE_CODE:
            return page
    return translations[0]


def event_capacity(translations):
    """The event's number of places; None: no limit."""
    return source(translations)["capacity"] if translations else None


def counts(event_key):
    rows = (
        models.Registration.objects.filter(
            event_key=event_key, status__in=models.Registration.ACTIVE
        )
        .values("status")
        .annotate(total=Count("pk"))
        .order_by()
    )
    by_status = {row["status"]: row["total"] for row in rows}
    return by_status.get("confirmed", 0), by_status.get("waiting", 0)


def translations_of(event_key):
    return list(
        models.EventPage.objects.filter(translation_key=event_key)
        .order_by("pk")
        .values(*SETTINGS_FIELDS)
    )


def places(event):
    confirmed, waiting = counts(event.translation_key)
    capacity = event_capacity(translations_of(event.translation_key))
    return Places(capacity=capacity, confirmed=confirmed, waiting=waiting)


def lock_event(event_key):
    """Lock every translation of the event until the transaction ends."""
    return list(
        models.EventPage.objects.select_for_update(of=("self",))
        .filter(translation_key=event_key)
        .order_by("pk")
        .values(*SETTINGS_FIELDS)
    )


def gives_places(translations):
    """Whether a freed place still goes to the waiting list: not once the
    event is cancelled or postponed, nor after its registration deadline,
    when nobody could plan to come any more."""
    if not translations:
        return False
    now = timezone.now()
    deadline = (
        source(translations)["registration_deadline"] or source(translations)["start"]
    )
    return now <= deadline and all(
        page["status"]
        in (models.EventPage.Status.SCHEDULED, models.EventPage.Status.RESCHEDULED)
        for page in translations
    )


def new_token():
    return secrets.token_urlsafe(32)


def register(event, *, name, email, organisation_name, member=None, b2b=False):
    """Register one person; returns (registration, cancellation token).

    Raises RegistrationClosed, EventFull (no place and no waiting list) or
    AlreadyRegistered (an active registration with this address exists).
    """
    if not event.registration_is_open():
        raise RegistrationClosed(_("Registration for this event is closed."))
    token = new_token()
    with transaction.atomic():
        translations = lock_event(event.translation_key)
        first = source(translations)
        if timezone.now() > (first["registration_deadline"] or first["start"]):
            raise RegistrationClosed(_("Registration for this event is closed."))
        existing = models.Registration.objects.filter(
            event_key=event.translation_key,
            email__iexact=email,
            status__in=models.Registration.ACTIVE,
        ).first()
        if existing is not None:
            raise AlreadyRegistered(existing)
        confirmed, _waiting = counts(event.translation_key)
        capacity = event_capacity(translations)
        if capacity is None or confirmed < capacity:
            status = models.Registration.Status.CONFIRMED
        elif source(translations)["waiting_list"]:
            status = models.Registration.Status.WAITING
        else:
            raise EventFull(_("This event is full."))
        try:
            with transaction.atomic():
                registration = models.Registration.objects.create(
                    event=event,
                    event_key=event.translation_key,
                    name=name,
                    email=email,
                    organisation_name=organisation_name,
                    member=member,
                    wants_b2b_meetings=b2b,
                    status=status,
                    language=event.locale.language_code,
                    cancel_token_digest=models.token_digest(token),
                )
        except IntegrityError:
            # Only a database without row locks (SQLite) gets here, when two
            # requests with one address raced past the check above.
            existing = models.Registration.objects.filter(
                event_key=event.translation_key,
                email__iexact=email,
                status__in=models.Registration.ACTIVE,
            ).first()
            raise AlreadyRegistered(existing) from None
        transaction.on_commit(
            lambda: send_confirmation(registration, token), robust=True
        )
    return registration, token


def remind(registration):
    """Mail an active registration its status again, with a new cancel link.

    The visitor who typed an address already registered learns nothing more
    than that it is; the details go to the address's owner, at most once in
    REMINDER_INTERVAL, so the form cannot be used to flood an inbox.
    """
    now = timezone.now()
    if registration.reminded_at and registration.reminded_at > now - REMINDER_INTERVAL:
        return
    token = new_token()
    try:
        send_confirmation(registration, token, reminder=True)
    except MAIL_ERRORS:
        logger.exception("Reminder to registration %s not sent", registration.pk)
        return  # the link already mailed keeps working
    # The new link replaces the old one only once it has been sent.
    models.Registration.objects.filter(pk=registration.pk).update(
        cancel_token_digest=models.token_digest(token), reminded_at=now
    )


def find(token):
    """The registration a cancellation token belongs to, or None."""
    if not token or len(token) > 100:
        return None
    return (
        models.Registration.objects.select_related("event")
        .filter(cancel_token_digest=models.token_digest(token))
        .first()
    )


def cancel(registration):
    """Cancel an active registration; a freed place goes to the waiting list.

    Returns False when it was already cancelled: the link is used up.
    """
    with transaction.atomic():
        lock_event(registration.event_key)
        current = models.Registration.objects.select_for_update().get(
            pk=registration.pk
        )
        if current.status == models.Registration.Status.CANCELLED:
            return False
        # update(), not save(): the post_save handler would fill the place
        # again after the commit; here it is filled in the same transaction.
        models.Registration.objects.filter(pk=current.pk).update(
            status=models.Registration.Status.CANCELLED, updated_at=timezone.now()
        )
        content_changed()  # the event page shows the places left
        fill_places(registration.event_key)
    registration.status = models.Registration.Status.CANCELLED
    return True


def fill_places(event_key):
    """Confirm waiting registrations, oldest first, while places are free.

    Called when a place frees up or the capacity grows. Returns those promoted.
    """
    with transaction.atomic():
        translations = lock_event(event_key)
        if not gives_places(translations):
            return []
        capacity = event_capacity(translations)
        confirmed, waiting = counts(event_key)
        if not waiting or (capacity is not None and confirmed >= capacity):
            return []
        free = None if capacity is None else capacity - confirmed
        queue = models.Registration.objects.filter(
            event_key=event_key, status=models.Registration.Status.WAITING
        ).order_by("created_at", "pk")
        promoted = list(queue if free is None else queue[:free])
        promoted_ids = [registration.pk for registration in promoted]
        models.Registration.objects.filter(pk__in=promoted_ids).update(
            status=models.Registration.Status.CONFIRMED, updated_at=timezone.now()
        )
        content_changed()
        for registration in promoted:
            registration.status = models.Registration.Status.CONFIRMED
            transaction.on_commit(
                lambda registration=registration: send_promotion(registration),
                robust=True,
            )
    return promoted


def cancel_url(event, token, language):
    """Outside the page tree, so a mailed link survives renaming the event."""
    with translation.override(language):
        path = reverse("registration_cancel", args=[token])
    return event.get_site().root_url + path


def email_context(registration, token=None):
    event = registration.page
    context = {"registration": registration, "event": event, "site_name": site_name()}
    context["event_url"] = event.get_full_url()
    if token:
        context["cancel_url"] = cancel_url(event, token, registration.language)
    return context


def site_name():
    return getattr(settings, "WAGTAIL_SITE_NAME", "")


def send_confirmation(registration, token, reminder=False):
    with translation.override(registration.language):
        context = email_context(registration, token)
        context["reminder"] = reminder
        subject = (
            _("You are registered: %(event)s")
            if registration.status == models.Registration.Status.CONFIRMED
            else _("On the waiting list: %(event)s")
        ) % {"event": context["event"].title}
        body = render_to_string("events/email/confirmation.txt", context)
    send_mail(subject, body, None, [registration.email])


def send_promotion(registration):
    # The cancellation link sent with the waiting-list message still works.
    with translation.override(registration.language):
        context = email_context(registration)
        subject = _("A place is free for you: %(event)s") % {
            "event": context["event"].title
        }
        body = render_to_string("events/email/promoted.txt", context)
    send_mail(subject, body, None, [registration.email])
