"""Query helpers the sections' page types share."""

from django.db.models import Exists, OuterRef, Q
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.query import PageQuerySet

from .images import RenditionsQuerySet
from .page_cache import per_generation


def restricted_paths():
    """The tree paths of the sections behind a view restriction.

    Wagtail's public() reads every restriction each time it is called, which
    a story did three times; restrictions are content, so they are read once
    a generation (as a tuple: an empty one is still a value to keep).
    """
    return per_generation(
        None,
        "restricted-paths",
        lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def alias_paths():
    """The tree paths of alias pages, whose restrictions are their source's."""
    return per_generation(
        None,
        "alias-paths",
        lambda: tuple(
            Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
        ),
    )


def is_public(page):
    """Whether a loaded page is live and outside every restricted section:
    what `pages().live().public()` selects, without a query."""
    return page.live and not any(
        page.path.startswith(path) for path in restricted_paths()
    )


def in_language_trees(request, site):
    """A filter for the pages under the site's root page or a translation of
    it: the site in every language. The roots are read once a generation."""
    roots = per_generation(
        request,
        f"language-roots:{site.pk}",
        lambda: tuple(
            Page.objects.filter(
                translation_key=site.root_page.translation_key
            ).values_list("path", flat=True)
        ),
    )
    in_site = Q(pk__in=[])
    for path in roots:
        in_site |= Q(path__startswith=path)
    return in_site


def locales():
    """Every locale by primary key, kept per generation: there are two or three."""
    return per_generation(
        None, "locales", lambda: {locale.pk: locale for locale in Locale.objects.all()}
    )


class PortalPageQuerySet(RenditionsQuerySet, PageQuerySet):
    _portal_locales = False

    def with_locales(self):
        """Give each fetched page its locale (its URL needs it) from `locales()`.

        Not a join: with the locale table joined, SQLite starts from the locale
        and walks every page of the language, sorting them all, instead of
        walking a listing's order index and stopping at the last card.
        """
        clone = self._chain()
        clone._portal_locales = True
        return clone

    def _clone(self):
        clone = super()._clone()
        clone._portal_locales = self._portal_locales
        return clone

    def _fetch_all(self):
        fresh = self._result_cache is None
        super()._fetch_all()
        if fresh and self._portal_locales:
            known = locales()
            for row in self._result_cache:
                if isinstance(row, Page) and row.locale_id in known:
                    row.locale = known[row.locale_id]

    def private_q(self):
        q = Q()
        for path in restricted_paths():
            q |= Q(path__startswith=path)
        # Matches no page when no section is private, as Wagtail's does.
        return q if q else Q(pk__in=[])


def specific_for_cards(generic_pages):
    """The specific pages of `generic_pages`, in their order, images selected.

    What Wagtail's specific() does, one query per page type, with each
    type's listing images joined in: cards of mixed pages need no more.
    """
    by_model = {}
    for page in generic_pages:
        by_model.setdefault(page.specific_class, []).append(page.pk)
    specific = {}
    for model, ids in by_model.items():
        if model is None:  # a page type whose app is gone
            continue
        images = getattr(model, "listing_image_fields", ())
        for page in model.objects.filter(pk__in=ids).select_related(*images):
            specific[page.pk] = page
    return [specific[page.pk] for page in generic_pages if page.pk in specific]


def pages(model=Page):
    """Every page (of `model`), with the cached private_q():
    `pages().live().public()`."""
    return PortalPageQuerySet(model)


class AreaPageQuerySet(PortalPageQuerySet):
    """Pages with a `strategic_areas` relation.

    A filter on areas is an EXISTS on the link table, not a join: a join
    gives a story once per matching area and needs DISTINCT, which makes the
    database sort every matching page (20,000 stories, bodies included)
    before it can take the newest few, and SQLite drives a `pk IN (…)` from
    the link table, with the same sort. With EXISTS, a listing ordered on
    its own table's index walks it and stops at the page's last card.
    """

    def filed_under(self, links):
        """Filed under an area the link-table condition `links` matches."""
        field = self.model._meta.get_field("strategic_areas")
        through = field.remote_field.through.objects.filter(
            links, **{field.m2m_field_name(): OuterRef("pk")}
        )
        return self.filter(Exists(through))

    def in_area(self, area):
        """Filed under the area or one of its priority domains."""
        return self.filed_under(Q(strategicarea=area) | Q(strategicarea__parent=area))

    def in_any_area(self, areas):
        """Filed under one of `areas` (primary keys)."""
        return self.filed_under(Q(strategicarea__in=areas))


def area_query(area):
    """Filed under the area or one of its priority domains.

    `area` may be an `OuterRef`, to count an area's pages in a subquery.
    """
    return Q(strategic_areas=area) | Q(strategic_areas__parent=area)
