"""Template tags for the site chrome: menus, languages, metadata."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Site

from cluster_portal.core import seo
from cluster_portal.core.models import FooterText
from cluster_portal.core.navigation import menus_for_request
from cluster_portal.core.page_cache import per_generation

register = template.Library()


@register.simple_tag(takes_context=True)
def site_menus(context):
    request = context.get("request")
    if request is None:
        return {"main": [], "footer": [], "social": []}
    menus = menus_for_request(request)
    page = context.get("page")
    for item in menus["main"]:
        item.is_current = page is not None and item.id == page.id
        item.in_section = page is not None and page.url_path.startswith(item.url_path)
    return menus


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The page's alternates, or for a view that is not a page, its translated URLs."""
    if "alternates" in context:
        return context["alternates"]
    request = context.get("request")
    if request is None:
        return []
    current = get_language()
    return [
        seo.Alternate(
            language_code=code,
            language_name=name,
            url=translate_url(request.get_full_path(), code),
            full_url=request.build_absolute_uri(
                translate_url(request.get_full_path(), code)
            ),
            page=None,
            is_current=code == current,
        )
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """(language, URL) pairs of real translations, plus x-default."""
    alternates = language_alternates(context)
    on_page = context.get("page") is not None
    links = [
        (alt.language_code, alt.full_url)
        for alt in alternates
        if alt.page is not None or not on_page
    ]
    default = dict(links).get(settings.LANGUAGE_CODE)
    if default and len(links) > 1:
        links.append(("x-default", default))
    return links


@register.simple_tag(takes_context=True)
def structured_data(context):
    """Every JSON-LD object of the page, each in its own script element."""
    request = context.get("request")
    page = context.get("page")
    objects = []
    if page is not None and hasattr(page, "get_structured_data"):
        objects.extend(page.get_structured_data(request))
    crumbs = context.get("breadcrumbs")
    if crumbs:
        objects.append(seo.breadcrumb_list(crumbs, request))
    return mark_safe(  # noqa: S308 - to_json_ld escapes <, > and &
        "".join(
            f'<script type="application/ld+json">{seo.to_json_ld(obj)}</script>'
            for obj in objects
        )
    )


@register.simple_tag(takes_context=True)
def footer_text(context):
    request = context.get("request")
    locale = seo.active_locale(request)

    def build():
        text = FooterText.objects.filter(locale=locale).only("body").first()
        return text.body if text else ""

    return per_generation(request, f"footer-text:{locale.pk}", build)


@register.simple_tag(takes_context=True)
def site_name(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    request = context.get("request")
    return request.build_absolute_uri(path) if request else path


@register.simple_tag
def elided_page_range(page_obj):
    return page_obj.paginator.get_elided_page_range(
        page_obj.number, on_each_side=1, on_ends=1
    )


@register.simple_tag
def form_widget(field):
    """A field's widget, tied to its help text and errors (WCAG 1.3.1, 3.3.1)."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_help")
    attrs = {}
    if field.errors:
        described_by.append(f"{field.auto_id}_errors")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)
