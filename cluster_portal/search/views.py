"""Site search over the live pages of the visitor's language."""

from django.conf import settings
from django.template.response import TemplateResponse
from wagtail.models import Page

from cluster_portal.core import routing
from cluster_portal.core.pagination import paginate
from cluster_portal.core.queries import pages
from cluster_portal.core.seo import active_locale


def clean_query(raw):
    """The query as typed, without control characters (a NUL breaks the database)."""
    printable = "".join(char if char.isprintable() else " " for char in raw)
    return " ".join(printable.split())[: settings.PORTAL_SEARCH_MAX_QUERY_LENGTH]


def search_terms(query):
    """The words to look for, without double quotes.

    The query is searched as plain words, not as a phrase syntax, and SQLite's
    full-text search fails on an unbalanced double quote.
    """
    return " ".join(query.replace('"', " ").split())


def search(request):
    query = clean_query(request.GET.get("q", ""))
    terms = search_terms(query)
    results = Page.objects.none()
    routing.prime_site(request)  # the site of the results' addresses, cached
    if terms:
        results = (
            pages()
            .live()
            .public()
            .filter(locale=active_locale(request))
            .specific()
            .search(terms)
        )
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results": paginate(request, results)},
    )
