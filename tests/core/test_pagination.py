"""The one pagination helper and its template."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cluster_portal.core.page_cache import content_changed
from cluster_portal.core.pagination import paginate

ITEMS = list(range(1, 61))  # five pages of twelve


def page_for(query, items=ITEMS, per_page=None):
    return paginate(RequestFactory().get("/en/search/", query), items, per_page)


@pytest.mark.parametrize(
    ("page", "number"),
    [
        ("1", 1),
        ("3", 3),
        ("5", 5),
        (None, 1),
        ("", 1),
        ("abc", 1),
        ("1.5", 1),
        ("\x00", 1),
        ("0", 5),
        ("-1", 5),
        ("99999", 5),
        ("9" * 400, 5),
        ("9" * 5000, 1),  # longer than int() accepts: not a number at all
    ],
)
def test_any_page_number_gives_a_real_page(page, number):
    query = {} if page is None else {"page": page}
    result = page_for(query)
    assert result.number == number
    assert len(result.object_list) == 12


def test_page_size_comes_from_the_settings(settings):
    settings.PORTAL_PAGE_SIZE = 7
    assert len(page_for({}).object_list) == 7


def test_page_size_is_not_taken_from_the_url():
    for name in ("per_page", "page_size", "limit"):
        assert len(page_for({name: "1000"}).object_list) == 12


@pytest.mark.parametrize(("per_page", "size"), [(10_000, 100), (100, 100), (-5, 1)])
def test_page_size_is_bounded(per_page, size):
    result = page_for({}, items=list(range(500)), per_page=per_page)
    assert len(result.object_list) == size


def test_empty_list_gives_one_empty_page():
    result = page_for({"page": "4"}, items=[])
    assert result.number == 1
    assert list(result.object_list) == []


def render_pagination(query, items=ITEMS):
    request = RequestFactory().get("/en/search/", query)
    html = render_to_string(
        "components/pagination.html",
        {"page_obj": paginate(request, items)},
        request=request,
    )
    return BeautifulSoup(html, "html.parser")


def test_links_keep_the_other_query_parameters():
    soup = render_pagination({"q": "x", "area": "medtech", "page": "2"})
    hrefs = [link["href"] for link in soup.select("nav.pagination a")]
    assert hrefs
    for href in hrefs:
        assert "q=x" in href
        assert "area=medtech" in href
    assert soup.select_one('a[rel="prev"]')["href"] == "?q=x&area=medtech&page=1"
    assert soup.select_one('a[rel="next"]')["href"] == "?q=x&area=medtech&page=3"


def test_current_page_is_marked():
    soup = render_pagination({"q": "x", "page": "2"})
    current = soup.select('a[aria-current="page"]')
    assert len(current) == 1
    assert current[0]["href"] == "?q=x&page=2"
    assert "Page 2 of 5" in soup.select_one(".pagination__status").get_text()


def test_first_and_last_pages_have_no_link_beyond():
    assert render_pagination({"page": "1"}).select_one('a[rel="prev"]') is None
    assert render_pagination({"page": "5"}).select_one('a[rel="next"]') is None


def test_long_lists_elide_the_middle_pages():
    soup = render_pagination({"page": "10"}, items=list(range(12 * 20)))
    numbers = [
        a.get_text().replace("Page", "").strip()
        for a in soup.select("nav.pagination li a:not([rel])")
    ]
    assert numbers == ["1", "9", "10", "11", "20"]
    assert len(soup.select(".pagination__gap")) == 2


def test_a_single_page_shows_no_pagination():
    assert render_pagination({"q": "x"}, items=[1, 2, 3]).select_one("nav") is None


def test_query_values_are_escaped_in_links():
    soup = render_pagination({"q": '"><script>', "page": "2"})
    assert soup.select_one("script") is None
    assert soup.select_one('a[rel="next"]')["href"] == ("?q=%22%3E%3Cscript%3E&page=3")


def count_queries_of(queryset):
    with CaptureQueriesContext(connection) as ctx:
        result = paginate(RequestFactory().get("/en/news/"), queryset, per_page=2)
        list(result.object_list)
    return result, [q["sql"] for q in ctx.captured_queries if "COUNT(" in q["sql"]]


def test_a_querysets_count_is_kept_until_the_content_changes(site_tree):
    pages = Page.objects.live().order_by("path")
    first, counted = count_queries_of(pages)
    assert len(counted) == 1
    again, counted = count_queries_of(pages)
    assert counted == []
    assert again.paginator.count == first.paginator.count == pages.count()
    # Another filter has its own count.
    _, counted = count_queries_of(pages.filter(depth=2))
    assert len(counted) == 1
    content_changed()
    fresh, counted = count_queries_of(pages)
    assert len(counted) == 1
    assert fresh.paginator.count == pages.count()


def test_an_empty_queryset_counts_nothing(site_tree):
    result, counted = count_queries_of(Page.objects.none())
    assert counted == []
    assert result.paginator.count == 0
