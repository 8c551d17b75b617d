"""The figures panel's bar charts, drawn on the server as SVG.

Each chart is a list of horizontal bars, one per group (area or year), its
length the group's total budget, split into private and public funding. The
template (projects/chart.html) draws it with a title and a description for
screen readers, and the same numbers as a table beside it.
"""

import dataclasses

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .figures import Sums
from .money import compact, euros, percent

WIDTH = 320
ROW_HEIGHT = 48
LABEL_BASELINE = 16
BAR_OFFSET = 24
BAR_HEIGHT = 16
LEGEND_HEIGHT = 30
# A white gap between segments, so they stay apart without relying on colour.
GAP = 2


@dataclasses.dataclass(frozen=True)
class Segment:
    kind: str  # private, public or other: the CSS class and legend entry
    x: float
    width: float


@dataclasses.dataclass(frozen=True)
class Bar:
    group: object  # figures.Sums
    y: float
    segments: list
    value_label: str

    @property
    def label_y(self):
        return self.y + LABEL_BASELINE

    @property
    def bar_y(self):
        return self.y + BAR_OFFSET


@dataclasses.dataclass(frozen=True)
class BarChart:
    key: str
    kind: str  # what a bar stands for: "strategic area", "year of labelling"
    title: str
    description: str
    bars: list
    has_other: bool

    @property
    def width(self):
        return WIDTH

    @property
    def height(self):
        return LEGEND_HEIGHT + ROW_HEIGHT * len(self.bars)

    @property
    def bar_height(self):
        return BAR_HEIGHT


def segments(group, scale, gap=GAP):
    parts = [
        ("private", group.private),
        ("public", group.public),
        ("other", group.other),
    ]
    x = 0.0
    drawn = []
    for kind, amount in parts:
        width = float(amount) * scale
        if width <= 0:
            continue
        if drawn:
            x += gap
            width = max(width - gap, 0.5)
        drawn.append(Segment(kind, round(x, 2), round(width, 2)))
        x += width
    return drawn


def describe(groups, kind):
    """One sentence per group, for the chart's <desc>."""
    parts = [
        _(
            "%(label)s: %(count)s, %(total)s in total, of which %(private)s "
            "private (%(share)s) and %(public)s public."
        )
        % {
            "label": group.label,
            "count": ngettext("%d project", "%d projects", group.count) % group.count,
            "total": euros(group.total),
            "private": euros(group.private),
            "share": percent(group.private_share) or "–",
            "public": euros(group.public),
        }
        for group in groups
    ]
    return " ".join(
        [_("Total budget of the selected projects by %(kind)s.") % {"kind": kind}]
        + parts
    )


def bar_chart(groups, *, key, kind):
    """A chart of `groups` (figures.Sums), one bar each, scaled to the largest."""
    largest = max((group.total for group in groups), default=0)
    scale = WIDTH / float(largest) if largest else 0
    bars = [
        Bar(
            group=group,
            y=LEGEND_HEIGHT + ROW_HEIGHT * position,
            segments=segments(group, scale),
            value_label=compact(group.total),
        )
        for position, group in enumerate(groups)
    ]
    return BarChart(
        key=key,
        kind=kind,
        title=_("Total budget by %(kind)s") % {"kind": kind},
        description=describe(groups, kind),
        bars=bars,
        has_other=any(group.other > 0 for group in groups),
    )


def funding_bar(page):
    """The segments of one project's funding, on a scale of 0 to 100."""
    if not page.total_budget:
        return []
    group = Sums(
        label=page.title,
        key=page.slug,
        count=1,
        total=page.total_budget,
        private=page.private_funding,
        public=page.public_amount,
    )
    return segments(group, 100 / float(page.total_budget), gap=0.5)
