"""Query helpers the sections' page types share."""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction
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


class PortalPageQuerySet(RenditionsQuerySet, PageQuerySet):
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


def pages():
    """Every page, with the cached private_q(): `pages().live().public()`."""
    return PortalPageQuerySet(Page)


class AreaPageQuerySet(PortalPageQuerySet):
    """Pages with a `strategic_areas` relation."""

    def in_area(self, area):
        """Filed under the area or one of its priority domains."""
        return self.filter(area_query(area)).distinct()


def area_query(area):
    """Filed under the area or one of its priority domains.

    `area` may be an `OuterRef`, to count an area's pages in a subquery.
    """
    return Q(strategic_areas=area) | Q(strategic_areas__parent=area)
