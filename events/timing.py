"""An event's times: stored in UTC, entered and shown in the event's own zone.

Editors type wall-clock times as the venue's clocks show them; visitors read
them the same way, with the cluster's own time alongside when the zones differ
(a mission to Minneapolis is in America/Chicago, its members plan from
Brussels).
"""

import datetime
import zoneinfo
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


@cache
def time_zone_choices():
    names = sorted(
        name
        for name in zoneinfo.available_timezones()
        # Legacy aliases ("US/Central", "EST5EDT") only lengthen the list.
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/"))
    )
    return [(name, name.replace("_", " ")) for name in names]


def zone(name):
    """The ZoneInfo of `name`, or the site's own zone when it is unknown."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def home_zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def localise(wall_time, tz):
    """The aware moment at which clocks in `tz` show the naive `wall_time`.

    Refuses a wall time the clocks skip when they go forward. A time they show
    twice when they go back is taken at its first occurrence.
    """
    aware = wall_time.replace(tzinfo=tz, fold=0)
    round_trip = aware.astimezone(datetime.UTC).astimezone(tz).replace(tzinfo=None)
    if round_trip != wall_time:
        raise ValidationError(
            _("%(time)s does not exist in %(zone)s: the clocks go forward then."),
            params={"time": wall_time.strftime("%Y-%m-%d %H:%M"), "zone": tz.key},
            code="nonexistent_time",
        )
    return aware


def wall_clock(moment, tz):
    """The naive local time `moment` shows in `tz`, for an editor to change."""
    return moment.astimezone(tz).replace(tzinfo=None) if moment else None


# A few zones change their clocks at midnight: zoneinfo then reads a skipped
# time as the moment just after the change, which is what a day's start means.
def day_start(day, tz):
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=tz)


def day_end(day, tz):
    """The last second of `day` in `tz`: an all-day event ends there."""
    return datetime.datetime.combine(day, datetime.time(23, 59, 59), tzinfo=tz)
