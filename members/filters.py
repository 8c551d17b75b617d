"""Directory filters and facet counts, all computed in SQL."""

import hashlib

from django import forms
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from cluster_portal.core.filters import IndexFilterForm
from cluster_portal.core.queries import area_query

MAX_QUERY_LENGTH = 100
MAX_TECHNOLOGY_FACETS = 20


class DistinctCount(Subquery):
    """How many distinct rows a subquery returns, as a number."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _distinct)"
    output_field = IntegerField()


class MemberFilterForm(IndexFilterForm):
    """Text, sector, area, technology, size band and city; one value each.

    A value that is not valid is ignored, so an old link still shows members.
    As in every section, an area includes its priority domains.
    """

    q = forms.CharField(label=_("Name or activity"), required=False, max_length=200)
    sector = forms.SlugField(required=False, allow_unicode=True, max_length=120)
    technology = forms.SlugField(required=False, allow_unicode=True, max_length=100)
    size = forms.SlugField(required=False, max_length=10)
    city = forms.CharField(required=False, max_length=100)
    view = forms.ChoiceField(
        required=False, choices=[("cards", _("Cards")), ("list", _("List"))]
    )

    FACETS = ("sector", "area", "technology", "size", "city")

    def __init__(self, data, *, locale, sectors, areas, facets_key=None):
        """`sectors` and `areas`: the taxonomies of the directory's language."""
        super().__init__(data, areas=areas, facets_key=facets_key)
        self.locale = locale
        self.sectors = sectors

    def value(self, name):
        value = super().value(name) or ""
        return value.strip() if isinstance(value, str) else value

    def display(self):
        """How to show the results: "cards" or the compact "list"."""
        return self.value("view") or "cards"

    def is_filtered(self):
        return any(self.value(name) for name in ("q", *self.FACETS))

    def _text_query(self):
        text = " ".join(self.value("q").split())[:MAX_QUERY_LENGTH]
        if not text:
            return Q()
        return Q(title__icontains=text) | Q(summary__icontains=text)

    def _facet_query(self, name, value):
        if name == "area":
            return area_query(self.selected_area())
        return {
            "sector": Q(sectors__slug=value, sectors__locale=self.locale),
            "technology": Q(tagged_items__tag__slug=value),
            "size": Q(size_band=value),
            "city": Q(city__iexact=value),
        }[name]

    def filter(self, members, *, leave_out=None):
        """The members matching every filter but `leave_out` (for its counts)."""
        members = members.filter(self._text_query())
        filtered = False
        for name in self.FACETS:
            value = self.value(name)
            if value and name != leave_out:
                members = members.filter(self._facet_query(name, value))
                filtered = True
        # A many-to-many filter may repeat a member; ids keep the queryset plain.
        if filtered:
            members = members.model.objects.filter(
                pk__in=members.values("pk")
            ).order_by(*members.query.order_by)
        return members

    def facets(self, members):
        """Each facet's options with how many members each would show.

        A facet's counts apply every other filter, so they tell what choosing
        that option would give; one grouped query per facet. The counts only
        change with the content: they are kept per content generation under
        the filters chosen (the directory's own, at 2,500 members, cost more
        than the rest of the page).
        """
        labels = {
            "sector": _("Sector"),
            "area": _("Strategic area"),
            "technology": _("Technology"),
            "size": _("Size"),
            "city": _("City"),
        }
        chosen = [(name, self.value(name)) for name in ("q", *self.FACETS)]
        digest = hashlib.blake2s(repr(chosen).encode(), digest_size=12).hexdigest()
        counts = self.facet(f"counts:{digest}", lambda: self._facet_counts(members))
        return [self._facet(name, labels[name], options) for name, options in counts]

    def _facet_counts(self, members):
        """[(facet name, [(value, label, count)])], for `facets`."""

        def scope_for(name):
            ids = self.filter(members, leave_out=name).values("pk")
            return members.model.objects.filter(pk__in=ids)

        facets = []  # built in facet order

        scope = scope_for("sector")
        sector_counts = (
            self.sectors.annotate(
                count=Count("members", filter=Q(members__in=scope), distinct=True)
            )
            .filter(count__gt=0)
            .order_by("sort_order", "name")
        )
        facets.append(
            (
                "sector",
                [(s.slug, s.name, s.count) for s in sector_counts],
            )
        )

        scope = scope_for("area")
        # What the area filter would show: its members and its domains'.
        in_area = (
            scope.filter(area_query(OuterRef("pk"))).order_by().values("pk").distinct()
        )
        area_counts = (
            self._areas.annotate(count=DistinctCount(in_area))
            .filter(count__gt=0)
            .order_by("kind", "sort_order", "name")
        )
        facets.append(
            (
                "area",
                [(a.slug, a.name, a.count) for a in area_counts],
            )
        )

        scope = scope_for("technology")
        technology_counts = (
            scope.filter(tagged_items__isnull=False)
            .values("tagged_items__tag__slug", "tagged_items__tag__name")
            .annotate(count=Count("pk", distinct=True))
            .order_by("-count", "tagged_items__tag__name")[:MAX_TECHNOLOGY_FACETS]
        )
        facets.append(
            (
                "technology",
                [
                    (
                        row["tagged_items__tag__slug"],
                        row["tagged_items__tag__name"],
                        row["count"],
                    )
                    for row in technology_counts
                ],
            )
        )

        scope = scope_for("size")
        size_labels = dict(members.model.SizeBand.choices)
        size_counts = {
            row["size_band"]: row["count"]
            for row in scope.exclude(size_band="")
            .values("size_band")
            .annotate(count=Count("pk"))
            .order_by()
        }
        facets.append(
            (
                "size",
                [
                    (band, label, size_counts[band])
                    for band, label in size_labels.items()
                    if band in size_counts
                ],
            )
        )

        scope = scope_for("city")
        city_counts = (
            scope.exclude(city="")
            .values("city")
            .annotate(count=Count("pk"))
            .order_by("city")
        )
        facets.append(
            (
                "city",
                [(row["city"], row["city"], row["count"]) for row in city_counts],
            )
        )
        return facets

    def _link(self, name, value):
        """This page's address with one facet set (or cleared), back on page 1."""
        params = self.data.copy() if self.is_bound else QueryDict(mutable=True)
        params.pop("page", None)
        params.pop(name, None)
        if value:
            params[name] = value
        return f"?{params.urlencode()}" if params else "?"

    def _facet(self, name, label, options):
        selected = self.value(name)
        facet_options = []
        for value, option_label, count in options:
            is_selected = str(value).lower() == str(selected).lower()
            facet_options.append(
                {
                    "value": value,
                    "label": option_label,
                    "count": count,
                    "selected": is_selected,
                    # Choosing the selected option again clears it.
                    "url": self._link(name, "" if is_selected else value),
                }
            )
        return {
            "name": name,
            "label": label,
            "selected": selected,
            "clear_url": self._link(name, ""),
            "options": facet_options,
        }

    def view_links(self):
        return {view: self._link("view", view) for view in ("cards", "list")}
