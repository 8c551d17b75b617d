"""Whole public pages from the shared cache, kept exact by a content generation.

Why it is correct: every key holds the current *content generation*, one
number kept in the same cache (Redis in production, so every app server sees
the same one). Any write to a model a public page can show (a page, snippet,
setting, image, document, tag, registration…) bumps it, through Django's
model signals, which fire on every app server's writes alike. After a bump no
request can read an entry stored under an older number, so the next request
on any server renders afresh. There is nothing to list, find or delete: old
entries simply expire.

The bump happens when the change is made and again when its transaction
commits: a page rendered in between from the old rows is stored under the
number of the first bump, which the second makes obsolete.

What writes do not bump is listed in NOT_SHOWN: sessions, logs, revisions,
renditions and the like, which no public page reads, some of them written
while a page renders. A write made with `QuerySet.update()` sends no signal,
so code that changes shown rows that way calls `content_changed()` itself
(see events.registration_service).

Time passes without a write: an event stops being upcoming when it ends. An
entry therefore lives at most PORTAL_PAGE_CACHE_TIMEOUT seconds.

Never stored: anything but an anonymous GET or HEAD answered 200; a request
carrying a session cookie (signed-in users, previews, messages); the admin;
an answer that sets a cookie or uses a CSRF token (a page with a form); one
marked private, no-cache or no-store (registration and every view that holds
personal data is `never_cache`); a streamed answer (the CSV exports).
"""

import contextvars
import hashlib
import logging
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control, set_response_etag
from django.utils.translation import get_language_from_request
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import BaseLogEntry
from wagtail.signals import post_page_move

logger = logging.getLogger(__name__)

GENERATION_KEY = "portal:content-generation"

# Models no public page shows. Some are written while a page renders (a new
# rendition or embed), so bumping on them would empty the cache on each miss.
NOT_SHOWN = {
    "admin.LogEntry",
    "auth.Group",
    "auth.Permission",
    "auth.User",
    "contenttypes.ContentType",
    "sessions.Session",
    "wagtailadmin.EditingSession",
    "wagtailcore.Comment",
    "wagtailcore.CommentReply",
    "wagtailcore.GroupApprovalTask",
    "wagtailcore.GroupPagePermission",
    "wagtailcore.PageSubscription",
    "wagtailcore.Revision",
    "wagtailcore.TaskState",
    "wagtailcore.UploadedFile",
    "wagtailcore.WorkflowState",
    "wagtailembeds.Embed",
    "wagtailimages.Rendition",
    "wagtailsearch.IndexEntry",
    "wagtailusers.UserProfile",
}

UNCACHEABLE = {"private", "no-cache", "no-store", "max-age=0"}


def enabled():
    return settings.PORTAL_PAGE_CACHE


def generation():
    """The current content generation, started if the cache has none.

    It starts from the clock, not from 1: if the key is evicted or Redis is
    emptied, a restarted count must not meet entries stored under the old one.
    """
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, time.time_ns() // 1000, timeout=None)
        current = cache.get(GENERATION_KEY)
    return current


def _bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet: starting one is a bump too
        generation()
    except Exception:
        # A cache that cannot be written cannot serve stale entries either
        # (its reads fail too), so the change itself must not fail.
        logger.exception("Could not bump the content generation")


_batched = contextvars.ContextVar("page_cache_batched", default=False)
# The generation of the request being served, for what has no request at hand
# (querysets, filter forms): read once a request, not once a call. The
# middleware forgets it when the request ends, and a change made here too.
_served_generation = contextvars.ContextVar("served_generation", default=None)


def content_changed():
    """Make every cached page stale on every app server, now and at commit."""
    _served_generation.set(None)
    if _batched.get():
        return
    _bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump)


@contextmanager
def one_change():
    """The writes inside count as one change, made as the block ends.

    For bulk loads: thousands of pages would otherwise bump thousands of times.
    """
    token = _batched.set(True)
    try:
        yield
    finally:
        _batched.reset(token)
        content_changed()


def shown_on_pages(model):
    return model._meta.label not in NOT_SHOWN and not issubclass(model, BaseLogEntry)


def _on_write(sender, created=False, **kwargs):
    if not shown_on_pages(sender):
        return
    if created and issubclass(sender, (BaseSiteSetting, BaseGenericSetting)):
        # Wagtail creates a settings row with its defaults when a page first
        # reads it: what the page shows is the same before and after.
        return
    content_changed()


def _on_move(sender, **kwargs):
    # A move rewrites the descendants' paths with update(): no post_save.
    content_changed()


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_write, dispatch_uid=f"page-cache-{signal!r}")
    post_page_move.connect(_on_move, dispatch_uid="page-cache-move")


def public_request(request):
    """Whether the answer may be shared: an anonymous GET/HEAD off the admin."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(settings.PORTAL_PAGE_CACHE_SKIP_PREFIXES)
    )


def shareable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # the page carries a form with a token
    directives = cc_delim_re.split(response.get("Cache-Control", "").lower())
    return not UNCACHEABLE.intersection(d.strip() for d in directives)


def cache_key(request):
    # The language too: outside a language prefix (the sitemap, the API),
    # Django picks it from the Accept-Language header.
    address = request.build_absolute_uri()
    language = get_language_from_request(request, check_path=True)
    digest = hashlib.sha256(f"{language}|{address}".encode()).hexdigest()
    current = request_generation(request)
    return None if current is None else f"portal:page:{current}:{digest}"


def request_generation(request):
    """The generation this request renders under, read once per request.

    Whatever else is cached from the content (menus, settings) is keyed with
    it too, so a page never mixes data from two generations.
    """
    if not hasattr(request, "content_generation"):
        request.content_generation = _generation_or_none()
        _served_generation.set(request.content_generation)
    return request.content_generation


def _generation_or_none():
    try:
        return generation()
    except Exception:
        logger.exception("Content generation unavailable; nothing is cached")
        return None


def per_generation(request, name, build):
    """`build()`, kept in the cache for the request's content generation.

    A None from `build()` is not kept. Without a request (None), the
    generation is the one of the request being served, or read for the call.

    `name` must say everything the value depends on besides the content
    (the site, the language). A cache that fails only means building it.
    """
    if request is not None:
        current = request_generation(request)
    else:
        current = _served_generation.get() or _generation_or_none()
    if current is None:
        return build()
    key = f"portal:{name}:{current}"
    try:
        value = cache.get(key)
    except Exception:
        logger.exception("Cache unavailable for %s", name)
        return build()
    if value is None:
        value = build()
        if value is None:
            return None  # nothing to keep: built again next time
        try:
            cache.set(key, value, settings.PORTAL_PAGE_CACHE_TIMEOUT)
        except Exception:
            logger.exception("%s not stored in the cache", name)
    return value


def peek_generation(request, names):
    """{name: value} of the `names` kept for the request's generation, in one
    read of the cache; nothing is built."""
    current = request_generation(request)
    if current is None or not names:
        return {}
    keys = {f"portal:{name}:{current}": name for name in names}
    try:
        held = cache.get_many(list(keys))
    except Exception:
        logger.exception("Cache unavailable for %s", names[0])
        return {}
    return {keys[key]: value for key, value in held.items()}


def keep_generation(request, values):
    """Keep {name: value} for the request's generation, in one write; what
    `peek_generation` reads back. A cache that fails keeps nothing."""
    current = request_generation(request)
    if current is None or not values:
        return
    try:
        cache.set_many(
            {f"portal:{name}:{current}": value for name, value in values.items()},
            settings.PORTAL_PAGE_CACHE_TIMEOUT,
        )
    except Exception:
        logger.exception("%s not stored in the cache", next(iter(values)))


def frozen(response):
    return (response.status_code, list(response.items()), response.content)


def thawed(entry):
    status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def mark_public(response):
    """Let browsers and a CDN keep it; an ETag makes revalidation cheap."""
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PORTAL_HTTP_MAX_AGE,
        s_maxage=settings.PORTAL_HTTP_SHARED_MAX_AGE,
    )
    if not response.has_header("ETag"):
        set_response_etag(response)


class PublicPageCacheMiddleware:
    """Serve shareable pages from the cache; mark them cacheable over HTTP.

    Placed before the session middleware, so a hit reads two cache keys (the
    generation and the page) and touches neither the session nor the database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _served_generation.set(None)
        try:
            return self.respond(request)
        finally:
            _served_generation.reset(token)

    def respond(self, request):
        if not public_request(request):
            return self.get_response(request)
        key = None
        if enabled():
            try:
                key = cache_key(request)
                entry = None if key is None else cache.get(key)
            except Exception:
                logger.exception("Page cache unavailable; serving uncached")
                key = entry = None
            if entry is not None:
                response = thawed(entry)
                response["X-Page-Cache"] = "hit"
                return response
        response = self.get_response(request)
        if not shareable(request, response):
            return response
        mark_public(response)
        if key is not None:
            try:
                cache.set(key, frozen(response), settings.PORTAL_PAGE_CACHE_TIMEOUT)
            except Exception:
                logger.exception("Page not stored in the page cache")
            response["X-Page-Cache"] = "miss"
        return response
