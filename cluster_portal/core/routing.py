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

from .page_cache import per_generation


def _site_for(request):
    host = request._get_raw_host()
    name = f"site:{host}:{request.get_port()}"
    # Wagtail's own lookup, which falls back to the default site.
    request._wagtail_site = per_generation(
        request, name, lambda: Site._find_for_request(request)
    )
    return request._wagtail_site


def _route_entry(request, path):
    result = Page.route_for_request(request, path)
    if result is None:
        return None
    page = result[0]
    # A translation of the site's root page stands at the same depth.
    root_depth = Site.find_for_request(request).root_page.depth
    segments = [segment for segment in path.split("/") if segment]
    if page.depth - root_depth != len(segments):
        return None  # a routable page's sub-address
    return (page._meta.label, page.pk)


def prime_route(request, path):
    """Fill in what Wagtail's serve view looks up, from the cache when it can."""
    site = _site_for(request)
    if site is None:
        return
    digest = hashlib.sha256(path.encode()).hexdigest()
    name = f"route:{site.pk}:{get_language()}:{digest}"
    entry = per_generation(request, name, lambda: _route_entry(request, path))
    if entry is None or hasattr(request, "_wagtail_route_for_request"):
        return  # not kept, or just routed by Wagtail itself
    label, pk = entry
    page = apps.get_model(label).objects.filter(pk=pk).first()
    if page is None:  # deleted since: Wagtail routes it afresh
        return
    try:
        request._wagtail_route_for_request = page.route(request, [])
    except Http404:  # no longer live
        request._wagtail_route_for_request = None


def serve(request, path):
    prime_route(request, path)
    return wagtail_views.serve(request, path)
