"""The one pagination helper every listing uses."""

import hashlib

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

from .page_cache import per_generation


def query_digest(queryset):
    """A short name for what `queryset` reads: its database, SQL and parameters.

    Raises EmptyResultSet for a queryset that cannot match anything.
    """
    sql, params = queryset.query.sql_with_params()
    return hashlib.blake2s(
        repr((queryset.db, sql, params)).encode(), digest_size=16
    ).hexdigest()


def generation_count(queryset):
    """`queryset.count()`, counted once per content generation.

    Counting 10,000 stories is most of a listing's time at scale, and the
    count only changes with the content: a change bumps the generation. The
    key is the count's SQL and parameters, so each filter has its own count,
    and a query that depends on the time (upcoming events) names the time.
    """
    try:
        digest = query_digest(queryset)
    except EmptyResultSet:  # .none(): nothing to count
        return 0
    return per_generation(None, f"count:{digest}", queryset.count)


class GenerationPaginator(Paginator):
    """A paginator that counts a queryset once per content generation."""

    @cached_property
    def count(self):
        if not isinstance(self.object_list, QuerySet):
            return super().count
        return generation_count(self.object_list)


def paginate(request, object_list, per_page=None):
    """The page of results named by ?page=, bounded and forgiving of junk.

    `per_page` comes from code or settings, never from the query string;
    Paginator.get_page() turns a bad or out-of-range number into a real page.
    """
    per_page = max(1, min(per_page or settings.PORTAL_PAGE_SIZE, 100))
    paginator = GenerationPaginator(object_list, per_page)
    return paginator.get_page(request.GET.get("page"))
