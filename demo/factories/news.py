"""factory_boy factories for news pages and series."""

import datetime
import json

import factory

from demo.factories.core import (
    SectionPageFactory,
    default_locale,
    index_page_factory,
    related,
    slug_of,
)
from news.models import NewsIndexPage, NewsPage, NewsSeries

NewsIndexPageFactory = index_page_factory(
    NewsIndexPage, "News", "Stories from the cluster and its members."
)


class NewsSeriesFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Series {n}")
    slug = slug_of("title")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = NewsSeries


class NewsPageFactory(SectionPageFactory):
    title = factory.Sequence(lambda n: f"Story {n}")
    date = factory.Sequence(lambda n: datetime.date(2023, 1, 1) + datetime.timedelta(n))
    intro = factory.Faker("sentence", nb_words=16)
    body = factory.LazyFunction(
        lambda: json.dumps(
            [{"type": "paragraph", "value": "<p>The cluster's members met.</p>"}]
        )
    )

    class Meta:
        model = NewsPage

    tags = related("tags", add=True)
