"""The shape of the listings' SQL, which decides how they scale.

At 20,000 stories a join on the areas with DISTINCT, an order on a column of
another table, or a joined locale each made the database sort every
matching story before taking the page's few (150 ms instead of 1 ms). What
each listing shows is tested in its section; this checks the shape.
"""

import pytest

from events.models import EventPage
from news.models import NewsPage
from projects.models import ProjectPage
from tests.news.support import build_news_tree

LISTINGS = {
    NewsPage: lambda pages: pages.newest_first(),
    EventPage: lambda pages: pages.upcoming(),
    ProjectPage: lambda pages: pages.newest_first(),
}


@pytest.fixture
def areas(site_tree):
    tree = build_news_tree(site_tree)
    return [tree["medtech"].pk, tree["biopharma"].pk]


@pytest.mark.parametrize("model", LISTINGS)
def test_an_area_filter_is_an_exists_without_distinct(model, areas):
    listing = LISTINGS[model](model.objects.live().in_any_area(areas)).for_listing()
    sql = str(listing[:3].query).upper()
    assert "EXISTS" in sql
    assert "DISTINCT" not in sql
    assert '"WAGTAILCORE_LOCALE"' not in sql  # locales come from the cache


@pytest.mark.parametrize("model", [NewsPage, EventPage])
def test_the_listing_order_is_on_the_sections_own_table(model):
    order = LISTINGS[model](model.objects.all()).query.order_by
    fields = [name.lstrip("-") for name in order]
    local = {field.name for field in model._meta.local_fields} | {"pk"}
    assert set(fields) <= local
    index_fields = {tuple(index.fields) for index in model._meta.indexes}
    assert any(fields[0] == fields_[0].lstrip("-") for fields_ in index_fields)
