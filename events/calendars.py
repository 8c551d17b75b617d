"""iCalendar (.ics) for one event and feeds of upcoming events, via `icalendar`."""

import datetime

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from icalendar import Calendar, Event

from cluster_portal.core.models import StrategicArea

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


def vevent(event, request, now, host):
    url = event.get_full_url(request)
    item = Event()
    item.add("uid", uid(event, host))
    item.add("dtstamp", now)
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


def calendar(events, request, name, host):
    cal = Calendar()
    cal.add("prodid", "-//Cluster portal//Events//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    now = timezone.now()
    years = []
    for event in events:
        cal.add_component(vevent(event, request, now, host))
        years += [event.start.year, event.end.year]
    if years:
        # Transitions a year either side of the events, not fifty years'.
        cal.add_missing_timezones(
            first_date=datetime.date(min(years) - 1, 1, 1),
            last_date=datetime.date(max(years) + 2, 1, 1),
        )
    return cal


def ics_response(cal, filename):
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


def event_response(event, request):
    site = event.get_site()
    cal = calendar([event], request, f"{site.site_name} · {event.title}", site.hostname)
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
    events = events.select_related("locale").prefetch_related("strategic_areas")[
        :FEED_LENGTH
    ]
    cal = calendar(events, request, name, site.hostname)
    return ics_response(cal, slugify(name) or "events")
