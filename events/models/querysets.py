"""Which events a listing shows, and what their cards need fetched."""

from django.db import models
from django.utils import timezone
from wagtail.models import PageManager

from cluster_portal.core import renditions
from cluster_portal.core.queries import AreaPageQuerySet


def listing_now():
    """Now, to the minute: the time the listings compare with.

    A listing's count and facets are kept per content generation under their
    SQL, which names this time; to the second, no request would reuse them.
    An event that ended in the current minute stays upcoming until the next.
    """
    return timezone.now().replace(second=0, microsecond=0)


def upcoming(now=None):
    """Events not yet over: one that has started but not ended is upcoming.

    A condition rather than a queryset method, for the admin's filter too.
    """
    return models.Q(end__gte=now or listing_now())


class EventPageQuerySet(AreaPageQuerySet):
    def upcoming(self, now=None):
        """Not yet over, soonest first."""
        return self.filter(upcoming(now)).order_by("start", "pk")

    def past(self, now=None):
        """Over, newest first."""
        return self.exclude(upcoming(now)).order_by("-start", "-pk")

    def for_listing(self):
        """What a card needs, fetched up front: image and renditions."""
        return (
            self.select_related("lead_image")
            .with_locales()
            .with_renditions("lead_image", renditions.picture("card"))
        )


EventPageManager = PageManager.from_queryset(EventPageQuerySet)
