"""Registrations for the events that use the portal's own registration.

Personal data: staff read it in the admin; it is never rendered on a public
page, in a feed or in the API.
"""

import hashlib

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from cluster_portal.core.models.fields import optional_link

from .pages import EventPage


def token_digest(token):
    """What is stored of a cancellation token: a hash, so a leaked database
    cancels nobody's place."""
    return hashlib.sha256(token.encode()).hexdigest()


class Registration(models.Model):
    """One person's registration; confirmed, on the waiting list or cancelled."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    ACTIVE = (Status.CONFIRMED, Status.WAITING)

    # SET_NULL: deleting one translation of an event must not delete the
    # places taken on it; events/signals.py moves them to another one, and
    # deletes them with the event's last translation.
    event = models.ForeignKey(
        "events.EventPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
        help_text=_("The event page, in the language the person registered in."),
    )
    # The event's translation key: the English and French pages of one event
    # share its places, its waiting list and the one-registration-per-address
    # rule.
    event_key = models.UUIDField(db_index=True, editable=False)
    name = models.CharField(_("name"), max_length=150, help_text=_("As typed."))
    email = models.EmailField(
        _("email"), help_text=_("Confirmations and the cancellation link go here.")
    )
    organisation_name = models.CharField(
        _("organisation"), max_length=200, help_text=_("As typed.")
    )
    member = optional_link(
        "members.MemberPage",
        _("Set when the organisation typed is a member company."),
        related_name="event_registrations",
    )
    wants_b2b_meetings = models.BooleanField(
        _("wants B2B meetings"),
        default=False,
        help_text=_("Asked only when the event offers B2B meetings."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        db_index=True,
        help_text=_("Cancelling a confirmed place gives it to the waiting list."),
    )
    language = models.CharField(max_length=10, editable=False)
    cancel_token_digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last change"), auto_now=True)
    reminded_at = models.DateTimeField(null=True, editable=False)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            # Whatever the race, one active registration per address and event.
            models.UniqueConstraint(
                "event_key",
                Lower("email"),
                condition=models.Q(status__in=["confirmed", "waiting"]),
                name="one_active_registration_per_email",
            )
        ]
        indexes = [models.Index(fields=["event_key", "status", "created_at"])]

    def __str__(self):
        page = self.page
        return f"{self.name} · {page.title}" if page else self.name

    @property
    def page(self):
        """The event page: the one registered on, else another translation."""
        if self.event_id:
            return self.event
        return (
            EventPage.objects.filter(translation_key=self.event_key)
            .order_by("pk")
            .first()
        )
