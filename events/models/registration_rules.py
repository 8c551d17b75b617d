"""How visitors register for an event: where, how many places, until when."""

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel

from .. import registration_service


class RegistrationRules(models.Model):
    """The event page's registration settings, and whether it takes one now.

    The registrants' records are `Registration`s (registrations.py); the
    service that registers and cancels is events/registration_service.py.
    """

    class RegistrationMode(models.TextChoices):
        NONE = "none", _("No registration")
        EXTERNAL = "external", _("On another website")
        PORTAL = "portal", _("On this website")

    # How to register.
    registration_mode = models.CharField(
        _("registration"),
        max_length=10,
        choices=RegistrationMode.choices,
        default=RegistrationMode.NONE,
        help_text=_("Where visitors register, if they must."),
    )
    registration_url = models.URLField(
        _("registration URL"),
        blank=True,
        help_text=_("The registration page on another website."),
    )
    capacity = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=_("Places available; leave empty for no limit."),
    )
    waiting_list = models.BooleanField(
        default=True,
        help_text=_("When full, take further registrations on a waiting list."),
    )
    registration_deadline = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("The last moment to register; by default, the start."),
    )
    offers_b2b_meetings = models.BooleanField(
        _("offers B2B meetings"),
        default=False,
        help_text=_("Ask registrants whether they want B2B meetings."),
    )

    registration_panels = [
        HelpPanel(
            template="events/admin/registrations_summary.html",
            heading=_("Registrations so far"),
        ),
        FieldPanel("registration_mode"),
        FieldPanel("registration_url"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("waiting_list")]),
        FieldPanel("registration_deadline"),
        FieldPanel("offers_b2b_meetings"),
    ]

    class Meta:
        abstract = True

    def registration_form_url(self):
        return self.url + self.reverse_subpage("register")

    # Registration.
    def registration_deadline_or_start(self):
        return self.registration_deadline or self.start

    def registration_is_open(self, now=None):
        now = now or timezone.now()
        return (
            self.registration_mode == self.RegistrationMode.PORTAL
            and self.live
            and self.status in (self.Status.SCHEDULED, self.Status.RESCHEDULED)
            and now <= self.registration_deadline_or_start()
        )

    @cached_property
    def places(self):
        """Places left and the waiting list's length, across the translations."""
        return registration_service.places(self)
