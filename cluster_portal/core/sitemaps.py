"""A sitemap of every live public page of the site, in every language."""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from cluster_portal.core.queries import pages


class AllLocalesSitemap(Sitemap):
    """Wagtail's sitemap covers one root; this one covers the root's translations.

    Each URL lists its translations as hreflang alternates, computed from the
    items themselves rather than with a query per page.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)
        in_any_tree = Q(pk__in=[])
        for home in roots.only("path", "depth"):
            in_any_tree |= Q(path__startswith=home.path, depth__gte=home.depth)
        return (
            pages()
            .filter(in_any_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        languages = dict(Locale.objects.values_list("id", "language_code"))
        pages = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        for item in pages:
            translations[item.translation_key].append(item)
        urls, last_mods = [], set()
        for item in pages:
            siblings = translations[item.translation_key]
            alternates = [
                {
                    "lang_code": languages[other.locale_id],
                    "location": other.get_full_url(self.request),
                }
                for other in siblings
            ]
            for url_info in item.get_sitemap_urls(self.request):
                if len(siblings) > 1:
                    url_info["alternates"] = alternates
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
