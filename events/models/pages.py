"""The event page: what, when, where, who and how to register."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cluster_portal.core import renditions
from cluster_portal.core.blocks import BaseStreamBlock
from cluster_portal.core.models import (
    LeadImageMixin,
    PostalAddress,
    SectionPage,
    StrategicAreasMixin,
)
from cluster_portal.core.seo import cluster_name

from .. import seo, timing, views
from ..calendars import event_response
from ..forms import EventPageForm
from .parts import EventParticipant
from .querysets import EventPageManager
from .registration_rules import RegistrationRules
from .times import EventTimes

# Routes of the index: an event with one of these slugs could not be reached.
RESERVED_SLUGS = {"feed", "past"}


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class EventPage(
    RoutablePageMixin,
    StrategicAreasMixin,
    LeadImageMixin,
    RegistrationRules,
    EventTimes,
    PostalAddress,
    SectionPage,
):
    """An event: when and where, who organises and takes part, how to register."""

    class Kind(models.TextChoices):
        NETWORKING_DAY = "networking", _("Networking day")
        TRADE_MISSION = "mission", _("Trade mission")
        CONFERENCE = "conference", _("Conference")
        WORKSHOP = "workshop", _("Workshop")
        WEBINAR = "webinar", _("Webinar")
        INVESTOR_SUMMIT = "investors", _("Investor summit")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        POSTPONED = "postponed", _("Postponed")
        RESCHEDULED = "rescheduled", _("Rescheduled")
        CANCELLED = "cancelled", _("Cancelled")

    class AttendanceMode(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("In person and online")

    kind = models.CharField(
        max_length=12, choices=Kind.choices, help_text=_("What sort of event it is.")
    )
    edition = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=_("For a recurring event, its edition number: 8 for the 8th."),
    )
    intro = models.TextField(
        max_length=400, help_text=_("One or two sentences shown on cards and feeds.")
    )
    body = StreamField(BaseStreamBlock(), blank=True, help_text=_("The event in full."))

    # When. Stored in UTC; entered and shown in `time_zone` (see forms.py).
    start = models.DateTimeField(
        help_text=_("When it starts, as the clocks show it where it takes place.")
    )
    end = models.DateTimeField(
        help_text=_("When it ends, as the clocks show it where it takes place.")
    )
    time_zone = models.CharField(
        max_length=64,
        default="Europe/Brussels",
        choices=timing.time_zone_choices,
        help_text=_("The time zone of the venue, e.g. America/Chicago."),
    )
    all_day = models.BooleanField(
        default=False,
        help_text=_("Whole days: the times are ignored, only the dates count."),
    )
    status = models.CharField(
        max_length=12,
        choices=Status.choices,
        default=Status.SCHEDULED,
        help_text=_("Keep a cancelled or postponed event published, and say so."),
    )
    previous_start = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("For a rescheduled event: when it was first planned to start."),
    )

    # Where.
    attendance_mode = models.CharField(
        max_length=10,
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
        help_text=_("Whether people come to a venue, join online, or either."),
    )
    venue = models.CharField(
        max_length=200, blank=True, help_text=_("The building or site's name.")
    )
    online_url = models.URLField(
        _("online URL"),
        blank=True,
        help_text=_("Where to join online; leave empty if only registrants get it."),
    )

    organised_by_cluster = models.BooleanField(
        default=True,
        help_text=_(
            "The cluster organises or co-organises it; add other organisers "
            "under People."
        ),
    )
    strategic_areas = StrategicAreasMixin.strategic_areas_field(
        "event_pages", _("The areas and domains the event is about.")
    )
    tags = ClusterTaggableManager(
        through=EventPageTag, blank=True, help_text=_("Free keywords.")
    )

    # Bumped whenever a change matters to a calendar that holds the event.
    ical_sequence = models.PositiveIntegerField(default=0, editable=False)

    objects = EventPageManager()

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("city"),
        index.SearchField("venue"),
        index.AutocompleteField("intro"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("edition")]),
        FieldPanel("intro"),
        LeadImageMixin.lead_image_panel,
        FieldPanel("body"),
    ]
    when_where_panels = [
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("previous_start")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("venue"),
                *PostalAddress.address_panels,
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
    ]
    people_panels = [
        FieldPanel("organised_by_cluster"),
        InlinePanel(
            "participants",
            heading=_("Organisers, partners and participants"),
            label=_("Organisation"),
        ),
        InlinePanel("sessions", heading=_("Programme"), label=_("Session")),
        InlinePanel(
            "figures",
            heading=_("Key figures"),
            label=_("Figure"),
            help_text=_("After the event: attendees, stands, B2B meetings…"),
        ),
    ]
    taxonomy_panels = [
        StrategicAreasMixin.strategic_areas_panel,
        FieldPanel("tags"),
    ]
    edit_handler = SectionPage.editor_tabs(
        (_("Content"), content_panels),
        (_("When and where"), when_where_panels),
        (_("People and programme"), people_panels),
        (_("Registration"), RegistrationRules.registration_panels),
        (_("Topics"), taxonomy_panels),
    )

    # What visitors see; registrations (personal data) are never listed.
    api_fields = [
        APIField("kind"),
        APIField("edition"),
        APIField("intro"),
        *LeadImageMixin.lead_image_api_fields(renditions.SHARE),
        APIField("body"),
        APIField("start"),
        APIField("end"),
        APIField("time_zone"),
        APIField("all_day"),
        APIField("status"),
        APIField("previous_start"),
        APIField("attendance_mode"),
        APIField("venue"),
        *PostalAddress.address_api_fields,
        APIField("online_url"),
        APIField("organised_by_cluster"),
        StrategicAreasMixin.strategic_areas_api_field,
        APIField("tags"),
        # Named "registration" in the API, as it was before the field was renamed.
        APIField(
            "registration",
            serializer=serializers.CharField(source="registration_mode"),
        ),
        APIField("registration_url"),
        APIField("capacity"),
        APIField("registration_deadline"),
        APIField("participants"),
        APIField("sessions"),
        APIField("figures"),
    ]
    base_form_class = EventPageForm
    description_field = "intro"
    card_label = _("Event")
    schema_type = "Event"
    parent_page_types = ["events.EventIndexPage"]
    page_description = _("An event: a networking day, mission, conference…")

    # The fields a calendar that holds the event must learn about.
    CALENDAR_FIELDS = (
        "title",
        "intro",
        "start",
        "end",
        "time_zone",
        "all_day",
        "status",
        "attendance_mode",
        "venue",
        *PostalAddress.ADDRESS_FIELDS,
        "online_url",
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # Listings walk this index in time order and stop at the last card.
        indexes = [
            models.Index(fields=["start", "page_ptr"], name="events_event_start")
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is used by the events index.")
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end cannot come before the start.")
        if self.attendance_mode != self.AttendanceMode.ONLINE and not self.city:
            errors["city"] = _("Give the city of an event people come to.")
        if (
            self.registration_mode == self.RegistrationMode.EXTERNAL
            and not self.registration_url
        ):
            errors["registration_url"] = _("Give the address where people register.")
        if (
            self.registration_deadline
            and self.end
            and self.registration_deadline > self.end
        ):
            errors["registration_deadline"] = _(
                "The deadline cannot come after the end."
            )
        if self.previous_start and self.status != self.Status.RESCHEDULED:
            errors["previous_start"] = _("Only a rescheduled event has a former date.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Whole seconds: a revision keeps milliseconds only, and a time that
        # changed on its way through one would count as a calendar change.
        for name in ("start", "end", "registration_deadline", "previous_start"):
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, value.replace(microsecond=0))
        self.ical_sequence = self.next_ical_sequence(kwargs.get("update_fields"))
        return super().save(*args, **kwargs)

    def next_ical_sequence(self, update_fields):
        """The stored sequence, plus one if a calendar-visible field changed.

        Read from the database rather than from this object: a page published
        from a revision carries the sequence of the day the draft was saved.
        """
        if self.pk is None:
            return self.ical_sequence
        if update_fields is not None and not set(update_fields) & set(
            self.CALENDAR_FIELDS
        ):
            return self.ical_sequence
        stored = (
            EventPage.objects.filter(pk=self.pk)
            .values("ical_sequence", *self.CALENDAR_FIELDS)
            .first()
        )
        if stored is None:
            return self.ical_sequence
        changed = any(
            stored[name] != getattr(self, name) for name in self.CALENDAR_FIELDS
        )
        return stored["ical_sequence"] + changed

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def has_venue(self):
        return self.attendance_mode != self.AttendanceMode.ONLINE

    @property
    def is_online(self):
        return self.attendance_mode != self.AttendanceMode.IN_PERSON

    def calendar_url(self):
        return self.url + self.reverse_subpage("ics")

    # Each is read by the template and by the JSON-LD; fetched once per request.
    @cached_property
    def tag_list(self):
        return list(self.tags.order_by("name"))

    @cached_property
    def participant_list(self):
        """Live members and organisations, in the editor's order."""
        return EventParticipant.visible_for(self)

    @cached_property
    def session_list(self):
        return list(self.sessions.all())

    @cached_property
    def figure_list(self):
        return list(self.figures.all())

    def participants_by_role(self):
        return EventParticipant.by_role(self.participant_list)

    def organisers(self):
        return [
            participant
            for participant in self.participant_list
            if participant.role == EventParticipant.Role.ORGANISER
        ]

    def organiser_entries(self, request):
        """(name, url) of every organiser, the cluster first when it is one."""
        cluster = [(cluster_name(request), None)] if self.organised_by_cluster else []
        return cluster + [link.entry() for link in self.organisers()]

    def programme_days(self):
        """The sessions grouped by day, in order: [(date or None, sessions)]."""
        days = []
        for session in self.session_list:
            if days and days[-1][0] == session.day:
                days[-1][1].append(session)
            else:
                days.append((session.day, [session]))
        return days

    def speakers(self):
        """Everyone named as a speaker in the programme, once each, in order."""
        names = []
        for session in self.session_list:
            for name in session.speaker_names():
                if name not in names:
                    names.append(name)
        return names

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            areas=self.area_list,
            tags=self.tag_list,
            participants=self.participants_by_role(),
            programme=self.programme_days(),
            figures=self.figure_list,
            registration_open=self.registration_is_open(),
            sections=self.related_sections(request),
            organisers=self.organiser_entries(request),
            places=(
                self.places
                if self.registration_mode == self.RegistrationMode.PORTAL
                else None
            ),
        )
        return context

    def related_sections(self, request):
        """What other sections say of this event: "In the news"."""
        return self.linked_sections("event_page_sections", request)

    @path("")
    def page_view(self, request):
        return self.render(request)

    @path("ics/", name="ics")
    def calendar_view(self, request):
        return event_response(self, request)

    @path("register/", name="register")
    def register_view(self, request):
        return views.register(request, self)

    # The result's signed token goes in the query string: Wagtail serves only
    # paths of letters, digits, "-" and "_", and signatures hold ":".
    @path("register/done/", name="registered")
    def registered_view(self, request):
        return views.registered(request, self, request.GET.get("r", ""))

    @path("cancel/<slug:token>/", name="cancel")
    def cancel_view(self, request, token):
        return views.cancel(request, self, token)

    def get_structured_data(self, request):
        return [seo.event(self, request)]
