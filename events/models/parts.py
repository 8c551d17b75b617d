"""The parts of an event page: who takes part, the programme, the figures."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext, pgettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import Orderable

from members.links import (
    MemberOrOrganisationLink,
    member_and_organisation_fields,
    one_of_member_or_organisation,
)


class EventParticipant(MemberOrOrganisationLink, Orderable):
    """A member or partner organisation, with its part in the event.

    Deleting the member page or the organisation deletes only this link; the
    event stays. An unpublished member is left out of the public page.
    """

    class Role(models.TextChoices):
        ORGANISER = "organiser", _("Organiser")
        PARTNER = "partner", _("Partner")
        EXHIBITOR = "exhibitor", _("Exhibitor")
        DELEGATION = "delegation", _("In the delegation")
        PARTICIPANT = "participant", _("Taking part")

    page = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="participants"
    )
    role = models.CharField(
        max_length=12, choices=Role.choices, help_text=_("Their part in the event.")
    )
    member, organisation = member_and_organisation_fields(
        "event_participations", _("A partner that is not a member.")
    )

    class Meta(Orderable.Meta):
        constraints = [
            one_of_member_or_organisation("event_participant_member_or_organisation")
        ]

    @staticmethod
    def heading(role, count):
        """The heading over `count` participants with `role`: "Partners"."""
        headings = {
            "organiser": lambda: npgettext("heading", "Organiser", "Organisers", count),
            "partner": lambda: npgettext("heading", "Partner", "Partners", count),
            "exhibitor": lambda: npgettext("heading", "Exhibitor", "Exhibitors", count),
            "delegation": lambda: pgettext("heading", "In the delegation"),
            "participant": lambda: pgettext("heading", "Also taking part"),
        }
        return headings[role]()

    @classmethod
    def visible_for(cls, page):
        return cls.visible(page.participants)


class EventSession(Orderable):
    """A session of the programme, in the event's own time zone."""

    page = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="sessions"
    )
    day = models.DateField(
        null=True,
        blank=True,
        help_text=_("For an event of several days; leave empty for a one-day event."),
    )
    start_time = models.TimeField(help_text=_("As the venue's clocks show it."))
    end_time = models.TimeField(
        null=True, blank=True, help_text=_("As the venue's clocks show it.")
    )
    title = models.CharField(max_length=200, help_text=_("The session's title."))
    speakers = models.CharField(
        max_length=400,
        blank=True,
        help_text=_("Names, separated by commas: “Jane Doe (Trasis), John Roe”."),
    )
    room = models.CharField(
        max_length=120, blank=True, help_text=_("Room or stage, if any.")
    )
    description = models.TextField(
        max_length=600, blank=True, help_text=_("A few lines about the session.")
    )

    panels = [
        FieldRowPanel(
            [FieldPanel("day"), FieldPanel("start_time"), FieldPanel("end_time")]
        ),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("speakers"), FieldPanel("room")]),
        FieldPanel("description"),
    ]
    api_fields = [
        APIField("day"),
        APIField("start_time"),
        APIField("end_time"),
        APIField("title"),
        APIField("speakers"),
        APIField("room"),
        APIField("description"),
    ]

    def clean(self):
        super().clean()
        if self.end_time and self.start_time and self.end_time < self.start_time:
            raise ValidationError(
                {"end_time": _("The end cannot come before the start.")}
            )

    def __str__(self):
        return self.title

    def speaker_names(self):
        """The speakers' names, without what follows in brackets."""
        # Brackets first: "Ann Smith (UCLouvain, Brussels)" is one speaker.
        without_affiliations = re.sub(r"\([^)]*\)?", "", self.speakers)
        return [
            name.strip() for name in without_affiliations.split(",") if name.strip()
        ]


class EventFigure(Orderable):
    """A key figure of the event, once it is over: “400+ attendees”."""

    page = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="figures"
    )
    value = models.PositiveIntegerField(help_text=_("The number, e.g. 400."))
    at_least = models.BooleanField(
        _("more than"),
        default=False,
        help_text=_("Shown as “400+”: the count was higher than the number."),
    )
    label = models.CharField(
        max_length=80, help_text=_("What was counted, e.g. attendees.")
    )

    panels = [
        FieldRowPanel([FieldPanel("value"), FieldPanel("at_least")]),
        FieldPanel("label"),
    ]
    api_fields = [APIField("value"), APIField("at_least"), APIField("label")]

    def __str__(self):
        return f"{self.value}{'+' if self.at_least else ''} {self.label}"
