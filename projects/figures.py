"""The figures panel: counts and sums of a selection of projects, in SQL.

Every figure comes from the projects' own amounts at request time; none is
typed by an editor.
"""

import dataclasses
from decimal import Decimal

from django.core.exceptions import EmptyResultSet
from django.db.models import Count, F, Q, Sum, Value
from django.db.models.functions import Coalesce, ExtractYear

from cluster_portal.core.page_cache import per_generation
from cluster_portal.core.pagination import query_digest

ZERO = Decimal("0.00")


@dataclasses.dataclass(frozen=True)
class Sums:
    """The projects of one group (all, one area, one year) and their money."""

    label: str
    key: str
    count: int
    total: Decimal
    private: Decimal
    public: Decimal

    @property
    def private_share(self):
        """Private funding as a fraction of the total; None without a total."""
        return self.private / self.total if self.total else None

    @property
    def other(self):
        """What neither private nor public funding covers (entered figures)."""
        return self.total - self.private - self.public


@dataclasses.dataclass(frozen=True)
class Figures:
    overall: Sums
    by_area: list
    by_year: list
    # How many projects are in at least one of the areas broken down.
    in_areas: int = 0

    @property
    def areas_overlap(self):
        """Whether some project counts in more than one area."""
        return sum(group.count for group in self.by_area) > self.in_areas


def public_amount():
    """The public funding entered, or the total minus the private funding."""
    return Coalesce("public_funding", F("total_budget") - F("private_funding"))


def sums(prefix="", condition=None):
    """Count and sums of projects, optionally of those matching `condition`."""
    return {
        f"{prefix}count": Count("pk", filter=condition),
        f"{prefix}total": Coalesce(Sum("total_budget", filter=condition), Value(ZERO)),
        f"{prefix}private": Coalesce(
            Sum("private_funding", filter=condition), Value(ZERO)
        ),
        f"{prefix}public": Coalesce(
            Sum(public_amount(), filter=condition), Value(ZERO)
        ),
    }


def read(row, label, key, prefix=""):
    return Sums(
        label=label,
        key=key,
        count=row[f"{prefix}count"],
        total=Decimal(row[f"{prefix}total"]).quantize(ZERO),
        private=Decimal(row[f"{prefix}private"]).quantize(ZERO),
        public=Decimal(row[f"{prefix}public"]).quantize(ZERO),
    )


def figures_for(selection, areas):
    """The figures of `selection` by `figures_of`, kept per content generation:
    they change only with the content, and summing a thousand projects' budgets
    three ways was a fifth of the index's time. The key names the selection's
    SQL and the areas."""
    areas = list(areas)
    try:
        digest = query_digest(selection)
    except EmptyResultSet:  # .none(): nothing to keep
        return figures_of(selection, areas)
    ids = ",".join(str(area.pk) for area in areas)
    return per_generation(
        None, f"project-figures:{digest}:{ids}", lambda: figures_of(selection, areas)
    )


def figures_of(selection, areas):
    """The figures of `selection` (a project queryset), overall, per area of
    `areas` (top-level strategic areas) and per year of labelling.

    Two queries whatever the number of projects: one for the whole and the
    areas, one for the years. A project counts in an area when it is filed
    under the area or one of its priority domains, and once only; a project
    in two areas counts in both.
    """
    # Through the ids: the selection may join areas or partners (and be
    # DISTINCT), which would count a project once per joined row.
    projects = selection.model.objects.filter(pk__in=selection.values("pk"))
    through = selection.model.strategic_areas.through
    expressions = sums()
    ids = [area.pk for area in areas]
    in_any_area = through.objects.filter(
        Q(strategicarea_id__in=ids) | Q(strategicarea__parent_id__in=ids)
    ).values("projectpage_id")
    expressions["in_areas"] = Count("pk", filter=Q(pk__in=in_any_area))
    for area in areas:
        in_area = through.objects.filter(
            Q(strategicarea_id=area.pk) | Q(strategicarea__parent_id=area.pk)
        ).values("projectpage_id")
        expressions |= sums(f"area{area.pk}_", Q(pk__in=in_area))
    row = projects.aggregate(**expressions)
    years = (
        projects.annotate(year=ExtractYear("label_date"))
        .order_by("year")
        .values("year")
        .annotate(**sums())
    )
    return Figures(
        overall=read(row, "", ""),
        by_area=[
            read(row, area.name, area.slug, f"area{area.pk}_")
            for area in areas
            if row[f"area{area.pk}_count"]
        ],
        by_year=[read(year, str(year["year"]), str(year["year"])) for year in years],
        in_areas=row["in_areas"],
    )
