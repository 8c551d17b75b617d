"""Wagtail's page serving, with the site and the route found once per generation.

Wagtail finds the site with a query and the page with one query per URL
segment, then the specific page with another: five queries for a story,
before anything is rendered. Both answers depend only on the content, so
they are kept in the cache under the content generation (see page_cache),
and a warm request loads only the page itself.

What is cached for a path is the page's model and id. Only the address of a
page itself is kept: not one that found no page, nor a routable page's
sub-address (an index's feeds, a cancellation link with its token), whose
variety is the visitor's to invent; those are routed by Wagtail as before.
"""

import hashlib

from django.apps import apps
from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .page_cache import peek_generation, per_generation


def _site_for(request):
    host = request._get_raw_host()
    name = f"site:{host}:{request.get_port()}"
    # Wagtail's own lookup, which falls back to the default site.
    request._wagtail_site = per_generation(
        request, name, lambda: Site._find_for_request(request)
    )
    return request._wagtail_site


def prime_site(request):
    """Find the request's site from the cache, for Wagtail's lookups after."""
    if not hasattr(request, "_wagtail_site"):
        _site_for(request)


def _route_entry(request, path):
    result = Page.route_for_request(request, path)
    if result is None:
        return None
    page = result[0]
    site = Site.find_for_request(request)
    # A translation of the site's root page stands at the same depth.
    own = page.depth - site.root_page.depth
    segments = _segments(path)
    entry = (page._meta.label, page.pk)
    if own != len(segments):
        # A routable page's sub-address: not kept, but the page's own
        # address is, so that the next one is routed from the page.
        own_path = _path(segments[:own])
        per_generation(request, _route_name(site, own_path), lambda: entry)
        return None
    return entry


def _segments(path):
    return [segment for segment in path.split("/") if segment]


def _path(segments):
    """The path Wagtail's serve view is given for these segments."""
    return "".join(f"{segment}/" for segment in segments)


def _route_name(site, path):
    digest = hashlib.sha256(path.encode()).hexdigest()
    return f"route:{site.pk}:{get_language()}:{digest}"


def _cached_route(request, site, path):
    """The longest kept page address `path` is or extends, and what follows,
    in one read of the cache.

    A routable page's sub-address (a registration form, a feed) is routed
    from its page, found in the cache, instead of segment by segment.
    """
    segments = _segments(path)
    names = [
        _route_name(site, _path(segments[:cut])) for cut in range(len(segments) + 1)
    ]
    held = peek_generation(request, names)
    for cut in reversed(range(len(segments) + 1)):
        entry = held.get(names[cut])
        if entry is not None:
            return entry, segments[cut:]
    return None, []


def _load(entry):
    label, pk = entry
    model = apps.get_model(label)
    pages = model.objects.filter(pk=pk)
    if hasattr(model, "served_related"):
        pages = pages.select_related(*model.served_related())
    return pages.first()


def prime_route(request, path):
    """Fill in what Wagtail's serve view looks up, from the cache when it can."""
    site = _site_for(request)
    if site is None:
        return
    name = _route_name(site, path)
    entry, rest = _cached_route(request, site, path)
    if entry is None:
        entry = per_generation(request, name, lambda: _route_entry(request, path))
    if entry is None or hasattr(request, "_wagtail_route_for_request"):
        return  # not kept, or just routed by Wagtail itself
    page = _load(entry)
    if page is None:  # deleted since: Wagtail routes it afresh
        return
    try:
        route = page.route(request, rest)
    except Http404:  # no longer live, or no such address below it
        route = None
    request._wagtail_route_for_request = route
    if rest and route is not None and route[0].pk != page.pk:
        # The address of a page below the one found: kept for next time.
        found = route[0]
        if found.depth - page.depth == len(rest):
            per_generation(request, name, lambda: (found._meta.label, found.pk))


def serve(request, path):
    prime_route(request, path)
    return wagtail_views.serve(request, path)
