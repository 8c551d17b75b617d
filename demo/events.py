"""Builds the events section of the demo site: 2023's events and a demo edition."""

import datetime
import json

from django.utils import timezone
from taggit.models import Tag

from demo.images import draw_scene, save_image
from demo.members import partner_links, partners_by_key
from events import timing
from events.models import (
    EventFigure,
    EventPage,
    EventPageTag,
    EventParticipant,
    EventSession,
)

from . import core, texts
from .factories.events import EventIndexPageFactory, EventPageFactory

content = texts.section("events")


def tagged_items(names):
    """Tag links for a page not saved yet (a translation is built in memory)."""
    return [EventPageTag(tag=Tag.objects.get_or_create(name=name)[0]) for name in names]


def figures(specs, language):
    """(value, at least, English label, French label) rows as figures."""
    french = language == "fr"
    return core.in_order(
        EventFigure,
        [
            {"value": value, "at_least": at_least, "label": fr if french else en}
            for value, at_least, en, fr in specs
        ],
    )


def sessions(specs, language):
    """(start, end, English title, French title, room, French room) rows."""
    french = language == "fr"
    return core.in_order(
        EventSession,
        [
            {
                "start_time": start,
                "end_time": end,
                "title": title_fr if french else title,
                "room": room_fr if french else room,
            }
            for start, end, title, title_fr, room, room_fr in specs
        ],
    )


def lead_image(spec):
    return save_image(
        f"Demo event: {spec['en']['title']}",
        draw_scene(1440, 810, spec["palette"], seed=spec["key"]),
        content.LEAD_IMAGE_ALT["en"],
    )


def build_event(spec, index, areas, partners, fr, **fields):
    """The English event of `spec` under `index` and its French translation.

    `fields` are the dated and located fields: start, end, time_zone, …
    """
    texts, french = spec["en"], spec["fr"]
    chosen = [areas[slug] for slug in spec["areas"] if slug in areas]
    body = list(texts["body"])
    body_fr = list(french["body"])
    if spec.get("illustrative"):
        body.append(content.ILLUSTRATIVE["en"])
        body_fr.append(content.ILLUSTRATIVE["fr"])

    def english(index):
        event = EventPageFactory.build(
            locale=index.locale,
            **core.pick(texts, "title", "slug", "intro"),
            kind=spec["kind"],
            edition=spec.get("edition"),
            lead_image=lead_image(spec),
            lead_image_alt=content.LEAD_IMAGE_ALT["en"],
            body=json.dumps(body),
            **fields,
        )
        event.strategic_areas = core.in_english(chosen)
        event.participants = partner_links(
            EventParticipant, spec["participants"], partners, "en"
        )
        event.figures = figures(spec.get("figures", []), "en")
        event.sessions = sessions(spec.get("sessions", []), "en")
        event.tags.add(*texts["tags"])
        return event

    def translation():
        return {
            **core.pick(french, "title", "slug", "intro"),
            "lead_image_alt": content.LEAD_IMAGE_ALT["fr"],
            "body": json.dumps(body_fr),
            "strategic_areas": core.in_french(chosen),
            "tagged_items": tagged_items(french["tags"]),
            "participants": partner_links(
                EventParticipant, spec["participants"], partners, "fr"
            ),
            "figures": figures(spec.get("figures", []), "fr"),
            "sessions": sessions(spec.get("sessions", []), "fr"),
        }

    return core.bilingual_page(
        EventPage, index, texts["slug"], fr, english, translation
    )


def past_fields(spec):
    zone = timing.zone(spec["time_zone"])
    if spec["all_day"]:
        start = timing.day_start(spec["start"].date(), zone)
        end = timing.day_end(spec["end"].date(), zone)
    else:
        start = timing.localise(spec["start"], zone)
        end = timing.localise(spec["end"], zone)
    return {
        "start": start,
        "end": end,
        "time_zone": spec["time_zone"],
        "all_day": spec["all_day"],
        "city": spec["city"],
        "country": spec["country"],
    }


def upcoming_fields(spec):
    """A date `weeks_ahead` from today, on the spec's weekday, with registration."""
    zone = timing.zone(spec["time_zone"])
    day = timezone.localdate() + datetime.timedelta(weeks=spec["weeks_ahead"])
    day += datetime.timedelta(days=(spec["weekday"] - day.weekday()) % 7)
    start = timing.localise(datetime.datetime.combine(day, spec["start_time"]), zone)
    return {
        "start": start,
        "end": timing.localise(datetime.datetime.combine(day, spec["end_time"]), zone),
        "time_zone": spec["time_zone"],
        "venue": spec["venue"],
        "city": spec["city"],
        "country": spec["country"],
        "registration_mode": EventPage.RegistrationMode.PORTAL,
        "capacity": spec["capacity"],
        "waiting_list": True,
        "registration_deadline": start - datetime.timedelta(days=3),
        "offers_b2b_meetings": True,
    }


def load_events():
    start = core.start_section(EventIndexPageFactory, content.INDEX)
    index, areas, fr = start.indexes["en"], start.areas, start.fr
    partners = partners_by_key(start.home, start.en, fr)
    events = {
        spec["key"]: build_event(spec, index, areas, partners, fr, **past_fields(spec))
        for spec in content.EVENTS
    }
    upcoming = content.UPCOMING
    events[upcoming["key"]] = build_event(
        upcoming, index, areas, partners, fr, **upcoming_fields(upcoming)
    )
    core.add_section_to_main_menu(index)
    return {"indexes": start.indexes, "events": events}
