"""Query helpers the sections' page types share."""

from django.db.models import Q
from wagtail.query import PageQuerySet


class AreaPageQuerySet(PageQuerySet):
    """Pages with a `strategic_areas` relation."""

    def in_area(self, area):
        """Filed under the area or one of its priority domains."""
        return self.filter(area_query(area)).distinct()


def area_query(area):
    """Filed under the area or one of its priority domains.

    `area` may be an `OuterRef`, to count an area's pages in a subquery.
    """
    return Q(strategic_areas=area) | Q(strategic_areas__parent=area)
