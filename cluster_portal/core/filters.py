"""The base of the sections' listing filters: a form bound to the query string."""

from django import forms
from django.forms.utils import flatatt
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from .page_cache import per_generation

# The first choice of every filter: no filtering on it.
ANY = ("", _("All"))


def distinct_values(queryset, expression, *, latest_first=False):
    """The values `expression` takes over `queryset`, each once, in order:
    the years or months a listing can be narrowed to."""
    return (
        queryset.annotate(value=expression)
        .order_by("-value" if latest_first else "value")
        .values_list("value", flat=True)
        .distinct()
    )


class QuickSelect(forms.Select):
    """A select drawn in Python, for choices that grow with the content.

    Django draws each option from its own template: the projects' partner
    filter offers every partner (2,500 at full scale), and its templates were
    most of the index's time. The markup is the same as Django's.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        groups = []
        for label, options, _index in widget["optgroups"]:
            drawn = format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                ((o["value"], flatatt(o["attrs"]), o["label"]) for o in options),
            )
            groups.append(
                format_html('<optgroup label="{}">{}</optgroup>', label, drawn)
                if label
                else drawn
            )
        return format_html(
            '<select name="{}"{}>{}</select>',
            widget["name"],
            flatatt(widget["attrs"]),
            mark_safe("".join(groups)),  # noqa: S308 - each part escaped above
        )


class IndexFilterForm(forms.Form):
    """Filters read from the query string, with a strategic-area choice.

    A value that is not valid is ignored, so an old or mistyped link shows
    the listing rather than an error. Subclasses add their own fields, and
    `filter()` to apply them in SQL.

    Nothing is queried when the form is made: choices are callables, read
    (once) when the form is validated or drawn, so a page that only needs
    the form's data pays for nothing else. With a `facets_key` naming the
    listing, the choices are kept per content generation (see `facet`).
    """

    area = forms.ChoiceField(label=_("Strategic area"), required=False)

    def __init__(self, data, *, areas, facets_key=None):
        """`areas`: the strategic areas of the listing's language;
        `facets_key`: what the choices depend on besides the content."""
        super().__init__(data)
        self._areas = areas
        self.facets_key = facets_key
        self.fields["area"].choices = lambda: (
            [ANY] + [(area.slug, area.name) for area in self.areas.values()]
        )

    def facet(self, name, build):
        """`build()`, the values a filter offers, kept per content generation
        when the form has a `facets_key`: they change only with the content."""
        if self.facets_key is None:
            return build()
        return per_generation(None, f"facets:{self.facets_key}:{name}", build)

    @cached_property
    def areas(self):
        """The areas and their priority domains, by slug."""
        ordered = self._areas.order_by("kind", "sort_order", "name")
        return self.facet("areas", lambda: {area.slug: area for area in ordered})

    def value(self, name):
        """The cleaned value of one filter, or None when absent or invalid."""
        if not self.is_bound or name not in self.fields:
            return None
        self.is_valid()
        return self.cleaned_data.get(name) or None

    def selected_area(self):
        slug = self.value("area")
        return self.areas.get(slug) if slug else None

    # The filters that each select on one lookup: query-string name -> lookup.
    lookups = {}

    def filter(self, pages):
        """`pages` in the selected area (its priority domains included) and
        matching each filter of `lookups`; a subclass adds its others."""
        area = self.selected_area()
        if area is not None:
            pages = pages.in_area(area)
        for name, lookup in self.lookups.items():
            if value := self.value(name):
                pages = pages.filter(**{lookup: value})
        return pages

    def is_filtered(self):
        return any(self.value(name) for name in self.fields)
