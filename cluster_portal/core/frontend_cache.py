"""A CDN in front of the portal, purged where Wagtail's frontend cache is set.

Wagtail purges a page's own addresses when it is published or unpublished;
the index that lists it and the home page change too, so they are purged
with it. What else a change touches (a renamed snippet, a setting) is not
listed anywhere: a CDN keeps such pages at most PORTAL_HTTP_SHARED_MAX_AGE.
"""

from wagtail.contrib.frontend_cache.utils import get_backends, purge_pages_from_cache
from wagtail.signals import page_published, page_unpublished


def purge_listings(sender, instance, **kwargs):
    if not get_backends():
        return
    # Depth 1 is the tree's root, which no site serves.
    purge_pages_from_cache(instance.get_ancestors().filter(depth__gt=1))


def connect_signals():
    for signal in (page_published, page_unpublished):
        signal.connect(purge_listings, dispatch_uid=f"purge-listings-{signal!r}")
