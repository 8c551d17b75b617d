"""A sitemap of every live public page of the site, in every language.

`/sitemap.xml` is an index of numbered sitemap pages of `LIMIT` URLs each, so
that no answer grows with the site: each page costs the same few queries
whether the site holds a hundred pages or thirty thousand.
"""

from collections import defaultdict

from django.db.models import Max
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Site

from cluster_portal.core import routing
from cluster_portal.core.page_cache import per_generation
from cluster_portal.core.pagination import GenerationPaginator, query_digest
from cluster_portal.core.queries import in_language_trees, pages

# What a sitemap entry reads of a page: its address, date and translations.
FIELDS = (
    "id",
    "path",
    "depth",
    "url_path",
    "translation_key",
    "locale_id",
    "last_published_at",
    "latest_revision_created_at",
)


class AllLocalesSitemap(Sitemap):
    """Wagtail's sitemap covers one root; this one covers the root's translations.

    Each URL lists its translations as hreflang alternates, read for the
    page of the sitemap in one query. Every page type's sitemap entry is
    Wagtail's own (its URL and last publication), so the pages are read as
    plain pages, in one query, not type by type.
    """

    limit = 1000

    def items(self):
        if not hasattr(self, "_live_pages"):
            routing.prime_site(self.request)  # the site from the cache
            site = self.get_wagtail_site()
            self._live_pages = (
                pages()
                .filter(in_language_trees(self.request, site))
                .live()
                .public()
                .order_by("path")
                .only(*FIELDS)
            )
        return self._live_pages

    @property
    def paginator(self):
        # The index counts the pages once per content generation.
        return GenerationPaginator(self._items(), self.limit)

    def get_latest_lastmod(self):
        # Django's default reads every item to find the newest; the newest
        # changes only with the content, so it is kept per generation.
        def latest():
            dates = self.items().aggregate(
                published=Max("last_published_at"),
                revised=Max("latest_revision_created_at"),
            )
            return dates["published"] or dates["revised"]

        return per_generation(
            None, f"sitemap-lastmod:{query_digest(self.items())}", latest
        )

    def _urls(self, page, protocol, domain):
        languages = per_generation(
            self.request,
            "locale-codes",
            lambda: dict(Locale.objects.values_list("id", "language_code")),
        )
        entries = list(self.paginator.page(page).object_list)
        keys = {item.translation_key for item in entries}
        translations = defaultdict(list)
        for other in self.items().filter(translation_key__in=keys):
            translations[other.translation_key].append(other)
        located = addresses(
            [*entries, *(other for group in translations.values() for other in group)],
            self.get_wagtail_site(),
        )
        urls, last_mods = [], set()
        for item in entries:
            if item.pk not in located:
                continue
            siblings = translations[item.translation_key]
            # What Wagtail's Page.get_sitemap_urls gives, from the address above.
            url_info = {
                "location": located[item.pk],
                "lastmod": item.last_published_at or item.latest_revision_created_at,
            }
            if len(siblings) > 1:
                url_info["alternates"] = [
                    {
                        "lang_code": languages[other.locale_id],
                        "location": located[other.pk],
                    }
                    for other in siblings
                    if other.pk in located
                ]
            urls.append(url_info)
            last_mods.add(url_info["lastmod"])
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def addresses(pages, site):
    """{page id: full URL} of pages of `site`, as Page.get_full_url gives them.

    Wagtail finds the site root and switches the language for each page; at
    a thousand pages and their translations that was most of a sitemap
    page's time. Here each language is switched to once, and each page's
    address is its site root's URL and the reversed path below the root.
    """
    roots = [root for root in Site.get_site_root_paths() if root.site_id == site.pk]
    by_root = defaultdict(list)
    for page in pages:
        root = next(
            (root for root in roots if page.url_path.startswith(root.root_path)), None
        )
        if root is not None:
            by_root[root].append(page)
    found = {}
    for root, members in by_root.items():
        with translation.override(root.language_code):
            for page in members:
                try:
                    path = reverse(
                        "wagtail_serve", args=(page.url_path[len(root.root_path) :],)
                    )
                except NoReverseMatch:
                    continue
                found[page.pk] = root.root_url + path
    return found
