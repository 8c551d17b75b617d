"""How an event's dates and times read: in the venue's zone, with the
cluster's own time alongside when the two differ."""

from django import template
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext_lazy as _

from events import timing

register = template.Library()

# 24-hour clock everywhere: the audience is international.
CLOCK = "H:i"


def naive(moment, zone):
    # Naive on purpose: Django's template engine would otherwise convert an
    # aware value to the visitor's current zone before formatting it.
    return moment.astimezone(zone).replace(tzinfo=None)


@register.inclusion_tag("events/when.html")
def event_when(event, compact=False):
    home = timing.home_zone()
    local_start = event.start.astimezone(event.zone)
    local_end = event.end.astimezone(event.zone)
    return {
        "event": event,
        "compact": compact,
        "all_day": event.all_day,
        "same_day": local_start.date() == local_end.date(),
        "start": naive(event.start, event.zone),
        "end": naive(event.end, event.zone),
        "start_iso": local_start.isoformat(),
        "end_iso": local_end.isoformat(),
        "zone_name": local_start.tzname(),
        # A range across a clock change ends in another abbreviation (CEST, CET).
        "start_zone_name": (
            local_start.tzname() if local_start.tzname() != local_end.tzname() else ""
        ),
        "end_zone_name": local_end.tzname(),
        "away": not event.all_day and event.away_from_home,
        "home_times": home_times(event, home),
        "home_place": home_place(home),
    }


# The cluster's own zone, as visitors name its city; others by their key.
HOME_PLACES = {"Europe/Brussels": _("Brussels")}


def home_place(home):
    return HOME_PLACES.get(home.key) or home.key.split("/")[-1].replace("_", " ")


def home_times(event, home):
    """“15:00–00:00 CEST”, or with dates when the range spans days there."""
    start, end = naive(event.start, home), naive(event.end, home)
    start_zone = event.start.astimezone(home).tzname()
    end_zone = event.end.astimezone(home).tzname()
    # The start's abbreviation only when the clocks change in between.
    start_label = f" {start_zone}" if start_zone != end_zone else ""
    if start.date() == end.date():
        return (
            f"{time_format(start, CLOCK)}{start_label}–"
            f"{time_format(end, CLOCK)} {end_zone}"
        )
    return (
        f"{date_format(start)}, {time_format(start, CLOCK)}{start_label} – "
        f"{date_format(end)}, {time_format(end, CLOCK)} {end_zone}"
    )


@register.filter
def figure(value):
    """“400+” for a figure counted as more than its number."""
    return f"{value.value}+" if value.at_least else str(value.value)
