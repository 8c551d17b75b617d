"""The one pagination helper every listing uses."""

from django.conf import settings
from django.core.paginator import Paginator


def paginate(request, object_list, per_page=None):
    """The page of results named by ?page=, bounded and forgiving of junk.

    `per_page` comes from code or settings, never from the query string;
    Paginator.get_page() turns a bad or out-of-range number into a real page.
    """
    per_page = max(1, min(per_page or settings.PORTAL_PAGE_SIZE, 100))
    paginator = Paginator(object_list, per_page)
    return paginator.get_page(request.GET.get("page"))
