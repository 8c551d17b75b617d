"""An event's times, as the venue's clocks and the cluster's show them."""

from django.utils import timezone
from django.utils.functional import cached_property

from .. import timing


class EventTimes:
    """Read from the page's `start`, `end`, `time_zone` and deadlines."""

    @cached_property
    def zone(self):
        return timing.zone(self.time_zone)

    @property
    def local_start(self):
        return self.start.astimezone(self.zone)

    @property
    def local_end(self):
        return self.end.astimezone(self.zone)

    @property
    def home_start(self):
        return self.start.astimezone(timing.home_zone())

    @property
    def home_end(self):
        return self.end.astimezone(timing.home_zone())

    @property
    def away_from_home(self):
        """Whether the venue's clocks differ from the cluster's at the start."""
        return self.local_start.utcoffset() != self.home_start.utcoffset() or (
            self.local_end.utcoffset() != self.home_end.utcoffset()
        )

    def wall_clock(self, moment):
        """Naive, as the venue's clocks show `moment`: ready for a template,
        which would otherwise convert an aware time to the visitor's zone."""
        return timing.wall_clock(moment, self.zone)

    @property
    def wall_start(self):
        return self.wall_clock(self.start)

    @property
    def previous_start_local(self):
        return self.wall_clock(self.previous_start)

    @property
    def deadline_local(self):
        return self.wall_clock(self.registration_deadline_or_start())

    @property
    def first_day(self):
        return self.local_start.date()

    @property
    def last_day(self):
        return self.local_end.date()

    def is_over(self, now=None):
        return self.end < (now or timezone.now())

    @property
    def card_state(self):
        """What a kept card shows of the time: an event's card drops its
        "Add to calendar" link once the event is over."""
        return "over" if self.is_over() else "coming"
