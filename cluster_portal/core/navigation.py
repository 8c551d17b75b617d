"""Menus from the navigation settings, shown in the visitor's language."""

from django.db.models import Q
from wagtail.models import Page, Site

from cluster_portal.core.models import NavigationSettings
from cluster_portal.core.page_cache import per_generation
from cluster_portal.core.seo import active_locale


def _chosen_page_ids(stream):
    return [block["value"] for block in stream.raw_data if block["type"] == "page"]


def localized_menu(stream, locale):
    """The chosen pages, each replaced by its live translation in `locale`.

    One query fetches the chosen pages (live or not) and the live translations
    together; a page with no live translation in that language is left out.
    """
    ids = [pk for pk in _chosen_page_ids(stream) if pk]
    if not ids:
        return []
    chosen_keys = Page.objects.filter(id__in=ids).values("translation_key")
    pages = Page.objects.filter(
        Q(id__in=ids)
        | Q(translation_key__in=chosen_keys, locale_id=locale.id, live=True)
    ).only("id", "title", "url_path", "translation_key", "locale_id", "live", "depth")
    key_of, translated = {}, {}
    for page in pages:
        if page.id in ids:
            key_of[page.id] = page.translation_key
        if page.locale_id == locale.id and page.live:
            translated[page.translation_key] = page
    return [translated[key_of[pk]] for pk in ids if key_of.get(pk) in translated]


def menus_for_request(request):
    """Main and footer menus for the site and language of this request.

    Kept in the cache per site, language and content generation: any change
    to a page or to the settings makes a new generation, so they are never
    stale, and a warm process builds them with no query.
    """
    site = Site.find_for_request(request)
    locale = active_locale(request)

    def build():
        navigation = NavigationSettings.for_request(request)
        return {
            "main": localized_menu(navigation.main_menu, locale),
            "footer": localized_menu(navigation.footer_menu, locale),
            "social": [
                {"url": link.value["url"], "platform": link.value["platform"]}
                for link in navigation.social_links
            ],
        }

    name = f"menus:{site.pk if site else 0}:{locale.pk}"
    return per_generation(request, name, build)
