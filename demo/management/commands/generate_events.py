"""Add hundreds of generated events, for benchmarks and load tests at scale."""

import datetime

from django.db import transaction
from django.utils import timezone

from demo.factories.events import EventPageFactory
from demo.generators import GenerateCommand, english_index, pools
from events.models import EventIndexPage, EventPage, EventParticipant, EventSession

NAME = "Generated event"
CITIES = [("Liège", "BE"), ("Namur", "BE"), ("Lyon", "FR"), ("Boston", "US")]
ZONES = {"BE": "Europe/Brussels", "FR": "Europe/Paris", "US": "America/New_York"}


class Command(GenerateCommand):
    plural = "events"
    help = (
        "Add --count generated English events to the events index, half of them "
        "past, each with areas, participants and a short programme."
    )

    def handle(self, *args, count, seed, **options):
        self.check_count(count)
        index = english_index(EventIndexPage, "events")
        rng = self.random(seed)
        areas, members, organisations = pools(index.locale_id)
        first = (
            EventPage.objects.child_of(index).filter(title__startswith=NAME).count() + 1
        )
        today = timezone.now().replace(minute=0, second=0, microsecond=0)
        with transaction.atomic():
            for number in range(first, first + count):
                city, country = rng.choice(CITIES)
                start = today + datetime.timedelta(days=rng.randint(-900, 400))
                event = EventPageFactory.build(
                    locale=index.locale,
                    title=f"{NAME} {number:05}",
                    slug=f"generated-event-{number:05}",
                    kind=rng.choice(EventPage.Kind.values),
                    start=start,
                    end=start + datetime.timedelta(hours=rng.choice([2, 8, 56])),
                    time_zone=ZONES[country],
                    city=city,
                    country=country,
                    registration_mode=rng.choice(EventPage.RegistrationMode.values),
                    registration_url="https://example.org/register",
                    capacity=rng.choice([None, 50, 200]),
                )
                event.strategic_areas = rng.sample(areas, k=min(2, len(areas)))
                event.participants = [
                    EventParticipant(
                        sort_order=order,
                        role=rng.choice(EventParticipant.Role.values),
                        member=rng.choice(members),
                    )
                    for order in range(min(3, len(members)))
                ] + [
                    EventParticipant(
                        sort_order=3,
                        role=EventParticipant.Role.PARTNER,
                        organisation=rng.choice(organisations),
                    )
                    for _ in range(1 if organisations else 0)
                ]
                event.sessions = [
                    EventSession(
                        sort_order=order,
                        start_time=datetime.time(9 + order),
                        title=f"Session {order + 1}",
                        speakers="Jane Doe, John Roe",
                    )
                    for order in range(4)
                ]
                index = EventIndexPage.objects.get(pk=index.pk)
                index.add_child(instance=event)
        self.stdout.write(self.style.SUCCESS(f"Added {count} events."))
