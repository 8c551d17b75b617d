"""Site search over the live pages of the visitor's language."""

from django.conf import settings
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from cluster_portal.core.pagination import paginate


def search(request):
    query = request.GET.get("q", "").strip()[: settings.PORTAL_SEARCH_MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .specific()
            .search(query)
        )
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results": paginate(request, results)},
    )
