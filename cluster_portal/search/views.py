"""Site search over the live pages of the visitor's language."""

from django.conf import settings
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from cluster_portal.core.pagination import paginate
from cluster_portal.core.queries import pages


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
    if terms:
        results = (
            pages()
            .live()
            .public()
            .filter(locale=Locale.get_active())
            .specific()
            .search(terms)
        )
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results": paginate(request, results)},
    )
