"""Language alternates, breadcrumbs and schema.org objects for public pages."""

import json
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

# The models module, not its names: the page models import this one.
from . import models, renditions
from .page_cache import per_generation


@dataclass(frozen=True)
class Alternate:
    language_code: str
    language_name: str
    url: str
    full_url: str
    page: Page | None  # None when the page has no translation in that language
    is_current: bool


def active_locale(request):
    """The Locale of the current language, looked up once per request."""
    if request is None:
        return Locale.get_active()
    if not hasattr(request, "_portal_locale"):
        # Locales are content too: kept per generation, so no query when warm.
        request._portal_locale = per_generation(
            request, f"locale:{get_language()}", Locale.get_active
        )
    return request._portal_locale


def content_languages():
    return settings.WAGTAIL_CONTENT_LANGUAGES


def page_family(page, request):
    """The page's alternates and breadcrumbs, from one query.

    The query reads the live translations of the page and of the site's home
    page (the alternates) and the page's live ancestors below the root (the
    breadcrumbs).
    """
    site = Site.find_for_request(request) if request else None
    root = site.root_page if site else None
    keys = {page.translation_key}
    if root is not None:
        keys.add(root.translation_key)
    ancestor_paths = [
        page.path[: depth * Page.steplen] for depth in range(2, page.depth)
    ]
    candidates = (
        Page.objects.live()
        .filter(Q(translation_key__in=keys) | Q(path__in=ancestor_paths))
        .select_related("locale")
        .only(
            "id",
            "path",
            "depth",
            "url_path",
            "translation_key",
            "locale__language_code",
            "title",
        )
        .order_by("path")
    )
    ancestors = []
    own, homes = {}, {}
    for candidate in candidates:
        if candidate.path in ancestor_paths:
            ancestors.append(candidate)
        if candidate.translation_key not in keys:
            continue
        code = candidate.locale.language_code
        target = own if candidate.translation_key == page.translation_key else homes
        target[code] = candidate
    crumbs = [*ancestors, page] if page.depth > 2 else []
    return _alternates(page, own, homes, request), crumbs


def _alternates(page, own, homes, request):
    """One entry per language: the page's translation, else that language's home."""
    alternates = []
    for code, name in content_languages():
        target = own.get(code) or homes.get(code)
        if target is None:
            continue
        alternates.append(
            Alternate(
                language_code=code,
                language_name=name,
                url=target.get_url(request),
                full_url=target.get_full_url(request),
                page=own.get(code),
                is_current=code in own and own[code].id == page.id,
            )
        )
    return alternates


def absolute(request, path):
    return request.build_absolute_uri(path) if request else path


def breadcrumb_list(crumbs, request):
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": _("Home") if crumb.depth == 2 else crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(crumbs, start=1)
        ],
    }


def cluster_name(request):
    """The cluster's name: its contact settings' organisation name, or the site's."""
    name = models.ContactSettings.for_request(request).organisation_name
    return name or Site.find_for_request(request).site_name


def cluster_reference(request):
    """The cluster as a short schema.org Organization, named inside another
    object (an event's organiser, a project's coordinator or sponsor)."""
    return {
        "@type": "Organization",
        "name": cluster_name(request),
        "url": absolute(request, "/"),
    }


def cluster_organisation(request):
    """The cluster itself as a schema.org Organization, from its contact settings."""
    contact = models.ContactSettings.for_request(request)
    navigation = models.NavigationSettings.for_request(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": cluster_name(request),
        "url": absolute(request, "/"),
    }
    if contact.legal_name:
        data["legalName"] = contact.legal_name
    if contact.logo_id:
        data["logo"] = absolute(
            request, contact.logo.get_rendition(renditions.SCHEMA_LOGO).url
        )
    if contact.email:
        data["email"] = contact.email
    if contact.phone:
        data["telephone"] = contact.phone
    if contact.city:
        data["address"] = contact.schema_address()
    same_as = [link.value["url"] for link in navigation.social_links]
    if same_as:
        data["sameAs"] = same_as
    return data


def collection_page(page, request):
    """A listing page (news index, member directory) as a schema.org CollectionPage."""
    return {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
    }


def website(home, request):
    """WebSite with a SearchAction pointing at the site search of that language."""
    search_url = absolute(request, reverse("search"))
    site = Site.find_for_request(request)
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": (site and site.site_name) or settings.WAGTAIL_SITE_NAME,
        "url": home.get_full_url(request),
        "inLanguage": home.locale.language_code,
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{search_url}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def to_json_ld(data):
    """Serialise for a <script> element: no way to close the element early."""
    return (
        json.dumps(data, ensure_ascii=False, default=str)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
