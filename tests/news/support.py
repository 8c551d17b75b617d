"""Builders shared by the news tests: an index per language, areas, stories."""

from demo.factories.core import StrategicAreaFactory
from demo.factories.news import NewsIndexPageFactory, NewsPageFactory
from news.models import (
    NewsIndexPage,
    NewsPage,
    NewsPageAuthor,
    NewsPageRelatedPage,
)
from tests.core.helpers import publish, translate


def build_news_tree(tree):
    """English and French news indexes, with areas, a domain and tags in both."""
    home, en, fr = tree["home"], tree["en"], tree["fr"]
    index = publish(NewsIndexPageFactory(parent=home, locale=en))
    index_fr = translate(
        index, fr, title="Actualités", slug="actualites", intro="Les nouvelles."
    )
    medtech = StrategicAreaFactory(
        locale=en, name="Medtech", slug="medtech", sort_order=1
    )
    biopharma = StrategicAreaFactory(
        locale=en, name="Biopharma", slug="biopharma", sort_order=0
    )
    implants = StrategicAreaFactory(
        locale=en,
        name="Implanted devices",
        slug="implanted-devices",
        parent=medtech,
        domain=True,
    )
    medtech_fr = StrategicAreaFactory(
        locale=fr,
        name="Technologies médicales",
        slug="medtech",
        translation_key=medtech.translation_key,
    )
    return {
        **tree,
        "news_index": NewsIndexPage.objects.get(pk=index.pk),
        "news_index_fr": NewsIndexPage.objects.get(pk=index_fr.pk),
        "medtech": medtech,
        "biopharma": biopharma,
        "implants": implants,
        "medtech_fr": medtech_fr,
    }


def make_story(index, *, strategic_areas=(), tags=(), authors=(), related=(), **fields):
    """A live story under `index` (a draft with draft=True), saved once.

    `authors` are names or (name, role) pairs, `related` pages. The relations
    are set on the built page before it is added: three times faster than the
    factory's post-generation saves, which matters for the 200-story test.
    """
    story = NewsPageFactory.build(locale=index.locale, **fields)
    story.strategic_areas = list(strategic_areas)
    if tags:
        story.tags.add(*tags)
    # sort_order set as the admin's inline panels do: NULLs sort first on
    # SQLite and last on PostgreSQL.
    story.authors = [
        NewsPageAuthor(name=author, sort_order=position)
        if isinstance(author, str)
        else NewsPageAuthor(name=author[0], role=author[1], sort_order=position)
        for position, author in enumerate(authors)
    ]
    story.related_pages = [
        NewsPageRelatedPage(page=page, sort_order=position)
        for position, page in enumerate(related)
    ]
    index.add_child(instance=story)
    return NewsPage.objects.get(pk=story.pk)
