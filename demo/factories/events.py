"""factory_boy factories for events, their parts and registrations."""

import datetime
import uuid

import factory
from django.utils import timezone

from demo.factories.core import SectionPageFactory, index_page_factory
from events.models import (
    EventIndexPage,
    EventPage,
    Registration,
)
from events.models.registrations import token_digest

EventIndexPageFactory = index_page_factory(
    EventIndexPage,
    "Events",
    "Networking days, missions and conferences of the cluster.",
)


def in_days(days, hour=9):
    """An aware moment `days` from today at `hour`, Brussels time."""
    today = timezone.localdate()
    return timezone.make_aware(
        datetime.datetime.combine(today + datetime.timedelta(days), datetime.time(hour))
    )


class EventPageFactory(SectionPageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    kind = EventPage.Kind.CONFERENCE
    intro = factory.Faker("sentence", nb_words=14)
    start = factory.Sequence(lambda n: in_days(30 + n))
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=8))
    time_zone = "Europe/Brussels"
    city = "Namur"
    country = "BE"

    class Meta:
        model = EventPage

    class Params:
        past = factory.Trait(
            start=factory.Sequence(lambda n: in_days(-30 - n)),
        )
        online = factory.Trait(
            attendance_mode=EventPage.AttendanceMode.ONLINE,
            city="",
            country="",
            online_url="https://meet.example.org/cluster",
        )
        with_registration = factory.Trait(
            registration_mode=EventPage.RegistrationMode.PORTAL, capacity=100
        )


class RegistrationFactory(factory.django.DjangoModelFactory):
    event_key = factory.LazyAttribute(
        lambda registration: registration.event.translation_key
    )
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    organisation_name = "Trasis"
    status = Registration.Status.CONFIRMED
    language = "en"
    cancel_token_digest = factory.LazyFunction(lambda: token_digest(uuid.uuid4().hex))

    class Meta:
        model = Registration
