"""Query helpers the sections' page types share."""

from django.db.models import Q
from wagtail.query import PageQuerySet


class AreaPageQuerySet(PageQuerySet):
    """Pages with a `strategic_areas` relation."""

    def in_area(self, area):
        """Filed under the area or one of its priority domains."""
        return self.filter(
            Q(strategic_areas=area) | Q(strategic_areas__parent=area)
        ).distinct()
