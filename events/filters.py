"""The events index filters: a form bound to the query string, applied in SQL."""

import datetime

from django import forms
from django.db.models.functions import ExtractYear, TruncMonth
from django.utils import formats
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from cluster_portal.core.filters import ANY, IndexFilterForm, distinct_values

from . import timing

MONTH_FORMAT = "%Y-%m"


class EventFilterForm(IndexFilterForm):
    """Kind, strategic area, month (upcoming) or year (archive), attendance.

    A value that is not valid is ignored, so an old or mistyped link shows
    the events rather than an error.
    """

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    month = forms.ChoiceField(label=_("Month"), required=False)
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None
    )
    mode = forms.ChoiceField(label=_("Attendance"), required=False)
    # The events one member takes part in (its page's "see all" link).
    member = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1)

    # The kind first, then the base form's area.
    field_order = ["kind", "area", "month", "year", "mode", "member"]
    lookups = {"kind": "kind", "mode": "attendance_mode"}

    def __init__(self, data, *, areas, events, members, archive, facets_key=None):
        """`events`: the index's live, public events; `members`: the member
        pages a ?member= may name."""
        super().__init__(data, areas=areas, facets_key=facets_key)
        self.events = events
        self.members = members
        self.archive = archive
        self.fields["kind"].choices = [ANY, *events.model.Kind.choices]
        self.fields["mode"].choices = [ANY, *events.model.AttendanceMode.choices]
        if archive:
            del self.fields["month"]
            self.fields["year"].choices = lambda: self.year_choices
        else:
            del self.fields["year"]
            self.fields["month"].choices = lambda: self.month_choices

    @cached_property
    def year_choices(self):
        years = self.facet(
            "years",
            lambda: list(
                distinct_values(
                    self.events.past(),
                    ExtractYear("start", tzinfo=timing.home_zone()),
                    latest_first=True,
                )
            ),
        )
        return [ANY] + [(y, y) for y in years]

    @cached_property
    def month_choices(self):
        # Kept at most PORTAL_PAGE_CACHE_TIMEOUT: a month ends by time alone.
        months = self.facet(
            "months",
            lambda: list(
                distinct_values(
                    self.events.upcoming(),
                    TruncMonth("start", tzinfo=timing.home_zone()),
                )
            ),
        )
        return [ANY] + [
            (
                month.strftime(MONTH_FORMAT),
                formats.date_format(month, "YEAR_MONTH_FORMAT"),
            )
            for month in months
        ]

    def selected_member(self):
        member_id = self.value("member")
        if not member_id:
            return None
        return self.members.filter(pk=member_id).only("title").first()

    def filter(self, events):
        events = super().filter(events)
        if month := self.value("month"):
            # The events taking place during that month, at the cluster's time.
            first = datetime.datetime.strptime(month, MONTH_FORMAT)
            following = (first + datetime.timedelta(days=32)).replace(day=1)
            zone = timing.home_zone()
            events = events.filter(
                start__lt=following.replace(tzinfo=zone),
                end__gte=first.replace(tzinfo=zone),
            )
        if year := self.value("year"):
            zone = timing.home_zone()
            events = events.filter(
                start__gte=datetime.datetime(year, 1, 1, tzinfo=zone),
                start__lt=datetime.datetime(year + 1, 1, 1, tzinfo=zone),
            )
        if member := self.value("member"):
            events = events.filter(participants__member_id=member).distinct()
        return events
