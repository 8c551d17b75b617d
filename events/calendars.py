"""iCalendar (.ics) for one event and feeds of upcoming events, via `icalendar`.

Each event's VEVENT is kept per content generation, as its card is, and a
feed is its calendar's header, the time zones its events use and the kept
VEVENTs: serialising a hundred events was most of a feed's time. Only
DTSTAMP, the moment of the download, is written into each every time.
"""

import datetime

from django.http import Http404, HttpResponse
from django.utils import timezone, translation
from django.utils.text import slugify
from icalendar import Calendar, Event, Timezone, vDatetime

from cluster_portal.core.models import StrategicArea
from cluster_portal.core.page_cache import keep_generation, peek_generation

FEED_LENGTH = 100
STATUS = {
    "scheduled": "CONFIRMED",
    "rescheduled": "CONFIRMED",
    "postponed": "TENTATIVE",
    "cancelled": "CANCELLED",
}


def uid(event, host):
    """Stable for the life of the event: its translation key does not change
    when it is renamed or moved, so calendars update it in place. One per
    language, as each translation counts its own SEQUENCE."""
    return f"{event.translation_key}-{event.locale.language_code}@{host}"


def location(event):
    parts = [
        event.venue,
        event.street_address,
        " ".join(part for part in (event.postcode, event.city) if part),
        event.country,
    ]
    if event.has_venue:
        text = ", ".join(part for part in parts if part)
        if event.is_online and event.online_url:
            text = f"{text} · {event.online_url}" if text else event.online_url
        return text
    return event.online_url


def description(event, url):
    lines = [event.intro]
    if event.is_cancelled:
        lines.insert(0, event.get_status_display().upper())
    lines.append(url)
    return "\n\n".join(line for line in lines if line)


def vevent(event, request, host):
    """The event's VEVENT, without its DTSTAMP."""
    url = event.get_full_url(request)
    item = Event()
    item.add("uid", uid(event, host))
    item.add("sequence", event.ical_sequence)
    item.add("summary", event.title)
    item.add("description", description(event, url))
    item.add("url", url)
    item.add("status", STATUS[event.status])
    if event.last_published_at:
        item.add("last-modified", event.last_published_at)
    if event.all_day:
        # DTEND of a whole-day event is the day after its last.
        item.add("dtstart", event.first_day)
        item.add("dtend", event.last_day + datetime.timedelta(days=1))
    else:
        item.add("dtstart", event.local_start)
        item.add("dtend", event.local_end)
    if where := location(event):
        item.add("location", where)
    categories = [area.name for area in event.strategic_areas.all()]
    if categories:
        item.add("categories", categories)
    return item


def kept_vevent(event, request, host):
    """(the VEVENT's bytes, the time zones it names), to keep."""
    item = vevent(event, request, host)
    alone = Calendar()
    alone.add_component(item)
    return item.to_ical(), tuple(sorted(alone.get_missing_tzids()))


def vevents(dates, fetch, request, host):
    """[(VEVENT bytes, time zones)] of the events in `dates`, read from the
    cache at once; `fetch(ids)` gives the events not kept, to serialise."""
    language = translation.get_language()
    names = {
        pk: f"vevent:{pk}:{host}:{request.get_host()}:{language}" for pk, _, _ in dates
    }
    held = peek_generation(request, list(names.values()))
    missing = [pk for pk, name in names.items() if name not in held]
    made = (
        {names[event.pk]: kept_vevent(event, request, host) for event in fetch(missing)}
        if missing
        else {}
    )
    keep_generation(request, made)
    return [
        held.get(names[pk]) or made[names[pk]]
        for pk, _, _ in dates
        if names[pk] in held or names[pk] in made
    ]


def calendar(dates, fetch, request, name, host):
    """The calendar, as bytes, of the events in `dates` ([(id, start, end)]),
    in that order; `fetch(ids)` gives those events whose VEVENT is not kept."""
    cal = Calendar()
    cal.add("prodid", "-//Cluster portal//Events//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    items = vevents(dates, fetch, request, host)
    if dates:
        years = [when.year for _, start, end in dates for when in (start, end)]
        for tzid in sorted({tzid for _, tzids in items for tzid in tzids}):
            try:
                # Transitions a year either side of the events, not fifty years'.
                zone = Timezone.from_tzid(
                    tzid,
                    first_date=datetime.date(min(years) - 1, 1, 1),
                    last_date=datetime.date(max(years) + 2, 1, 1),
                )
            except ValueError:  # a zone icalendar does not know: as it skips it
                continue
            cal.add_component(zone)
    stamp = b"DTSTAMP:" + vDatetime(timezone.now()).to_ical() + b"\r\n"
    begin = b"BEGIN:VEVENT\r\n"
    end = b"END:VCALENDAR\r\n"
    head = cal.to_ical()
    return b"".join(
        [
            head[: -len(end)],
            *(block.replace(begin, begin + stamp, 1) for block, _ in items),
            end,
        ]
    )


def ics_response(cal, filename):
    response = HttpResponse(cal, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


def event_response(event, request):
    site = event.get_site()
    cal = calendar(
        [(event.pk, event.start, event.end)],
        lambda ids: [event],
        request,
        f"{site.site_name} · {event.title}",
        site.hostname,
    )
    return ics_response(cal, slugify(event.slug) or "event")


def feed_response(index, request, area_slug=None):
    """Upcoming events of the index, all or in one strategic area."""
    site = index.get_site()
    events = index.events().upcoming()
    name = f"{site.site_name} · {index.title}"
    if area_slug is not None:
        area = StrategicArea.objects.filter(
            locale_id=index.locale_id, slug=area_slug
        ).first()
        if area is None:
            raise Http404("No such strategic area")
        events = events.in_area(area)
        name = f"{name} · {area.name}"
    dates = list(events.values_list("pk", "start", "end")[:FEED_LENGTH])

    def fetch(ids):
        return (
            events.filter(pk__in=ids)
            .select_related("locale")
            .prefetch_related("strategic_areas")
        )

    cal = calendar(dates, fetch, request, name, site.hostname)
    return ics_response(cal, slugify(name) or "events")
