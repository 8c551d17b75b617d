"""The event page's admin form, and the public registration form."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from cluster_portal.core.forms import LocalisedTaxonomyPageForm

from . import registration_service, timing

# Member names suggested on the registration form; beyond, typing still
# finds a member, but the page stays light on a phone.
MAX_SUGGESTIONS = 400
# Entered and shown as the venue's clocks read them, stored in UTC.
WALL_CLOCK_FIELDS = ("start", "end", "registration_deadline", "previous_start")


class WallClockDateTimeField(forms.DateTimeField):
    """A date and time as typed, without a zone: the form gives it the event's.

    Django's own field reads a typed time in the editor's zone, which would
    put a session in Minneapolis at Brussels time.
    """

    def to_python(self, value):
        with timezone.override(datetime.UTC):
            result = super().to_python(value)
        return result.replace(tzinfo=None) if result else result


class EventPageForm(LocalisedTaxonomyPageForm):
    """Times in the event's own zone; all-day events span whole local days."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = timing.zone(self.instance.time_zone)
        for name in WALL_CLOCK_FIELDS:
            field = self.fields.get(name)
            if field is None:
                continue
            wall_field = WallClockDateTimeField(
                required=field.required,
                label=field.label,
                help_text=field.help_text,
                widget=field.widget,
            )
            self.fields[name] = wall_field
            value = getattr(self.instance, name, None)
            if value is not None:
                self.initial[name] = timing.wall_clock(value, zone)

    def clean(self):
        cleaned = super().clean()
        zone = timing.zone(cleaned.get("time_zone") or self.instance.time_zone)
        all_day = cleaned.get("all_day")
        for name in WALL_CLOCK_FIELDS:
            value = cleaned.get(name)
            if value is None or name not in self.fields:
                continue
            if all_day and name == "start":
                cleaned[name] = timing.day_start(value.date(), zone)
            elif all_day and name == "end":
                cleaned[name] = timing.day_end(value.date(), zone)
            else:
                try:
                    cleaned[name] = timing.localise(value, zone)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return cleaned


class RegistrationForm(forms.Form):
    """Name, email, organisation (a member's name is recognised) and B2B."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We send your confirmation and a link to cancel here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Your organisation"),
        max_length=200,
        help_text=_("Start typing: member companies are suggested."),
        widget=forms.TextInput(
            attrs={"autocomplete": "organization", "list": "member-names"}
        ),
    )
    wants_b2b_meetings = forms.BooleanField(
        label=_("I would like to book B2B meetings"),
        required=False,
        help_text=_("We will send you access to the meeting platform."),
    )

    def __init__(self, *args, event, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        # Active member pages of the event's language, A to Z: a queryset,
        # read once for the suggestions and queried by name on submit.
        self.members = members
        if not event.offers_b2b_meetings:
            del self.fields["wants_b2b_meetings"]

    def member_names(self):
        """Suggestions for the organisation field, a bounded number of them."""
        return list(self.members.values_list("title", flat=True)[:MAX_SUGGESTIONS])

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_organisation(self):
        return " ".join(self.cleaned_data["organisation"].split())

    def member(self):
        """The member company named in the form, if it is one."""
        typed = self.cleaned_data["organisation"]
        found = self.members.filter(title__iexact=typed).first()
        if found is None:
            # SQLite compares only ASCII letters without case ("MÉDICAL" is
            # not "médical"): compare the names here, on a submit only.
            wanted = typed.casefold()
            pk = next(
                (
                    pk
                    for pk, title in self.members.values_list("pk", "title")
                    if title.casefold() == wanted
                ),
                None,
            )
            found = self.members.filter(pk=pk).first() if pk else None
        return found


class RegistrationAdminForm(WagtailAdminModelForm):
    """Staff corrections: never two active registrations for one address,
    never more confirmed places than the event has."""

    def clean(self):
        Registration = self._meta.model
        cleaned = super().clean()
        status, email = cleaned.get("status"), cleaned.get("email")
        registration = self.instance
        if status not in Registration.ACTIVE or not email:
            return cleaned
        others = Registration.objects.filter(
            event_key=registration.event_key, status__in=Registration.ACTIVE
        ).exclude(pk=registration.pk)
        if others.filter(email__iexact=email).exists():
            self.add_error(
                "email", _("This address already has a place or a waiting-list entry.")
            )
        if (
            status == Registration.Status.CONFIRMED
            and registration.status != Registration.Status.CONFIRMED
        ):
            capacity = registration_service.event_capacity(
                registration_service.translations_of(registration.event_key)
            )
            confirmed = others.filter(status=Registration.Status.CONFIRMED).count()
            if capacity is not None and confirmed >= capacity:
                self.add_error(
                    "status",
                    _(
                        "The event is full: raise its capacity, or put this "
                        "registration on the waiting list."
                    ),
                )
        return cleaned
