"""factory_boy factories for news pages and series."""

import datetime
import json

import factory
import wagtail_factories

from demo.factories.core import default_locale, index_page_factory, related, slug_of
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


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Story {n}")
    slug = slug_of("title")
    date = factory.Sequence(lambda n: datetime.date(2023, 1, 1) + datetime.timedelta(n))
    intro = factory.Faker("sentence", nb_words=16)
    body = factory.LazyFunction(
        lambda: json.dumps(
            [{"type": "paragraph", "value": "<p>The cluster's members met.</p>"}]
        )
    )

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True  # the hooks save when they change anything

    class Params:
        draft = factory.Trait(live=False)

    strategic_areas = related("strategic_areas")
    tags = related("tags", add=True)
