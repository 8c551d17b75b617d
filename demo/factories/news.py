"""factory_boy factories for news pages and series."""

import datetime
import json

import factory
import wagtail_factories
from django.utils.text import slugify

from demo.factories.core import default_locale
from news.models import NewsIndexPage, NewsPage, NewsSeries


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    intro = "Stories from the cluster and its members."

    class Meta:
        model = NewsIndexPage


class NewsSeriesFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Series {n}")
    slug = factory.LazyAttribute(lambda series: slugify(series.title))
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = NewsSeries


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Story {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
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

    @factory.post_generation
    def strategic_areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.strategic_areas.set(extracted)
            self.save()

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            self.save()
