"""Builds the news section of the demo site: the index, a series, 2023's stories."""

import json

from taggit.models import Tag
from wagtail.models import Page

from demo.images import draw_scene, save_image
from members.models import MemberPage
from news.models import (
    NewsIndexPage,
    NewsPage,
    NewsPageAuthor,
    NewsPageRelatedPage,
    NewsPageTag,
    NewsSeries,
)

from . import core, texts
from .factories.news import NewsIndexPageFactory, NewsPageFactory, NewsSeriesFactory

content = texts.section("news")


def build_series(en, fr):
    texts = content.SERIES
    series = NewsSeries.objects.filter(locale=en, slug=texts["en"]["slug"]).first()
    if series is None:
        series = NewsSeriesFactory(locale=en, **texts["en"])
    french = core.translate_snippet(series, fr, **texts["fr"])
    return {"en": series, "fr": french}


def linkable_pages(home):
    """The pages stories link to (standard pages, events…), by slug.

    By slug rather than by model: news names no section it links to, and the
    sections' loaders run before this one.
    """
    slugs = {slug for spec in content.STORIES for slug in spec["related"]}
    pages = {}
    for page in (
        Page.objects.descendant_of(home)
        .filter(slug__in=slugs)
        .order_by("depth", "path")
    ):
        pages.setdefault(page.slug, page)
    return pages


def tagged_items(names):
    """Tag links for a page not saved yet (a translation is built in memory)."""
    return [NewsPageTag(tag=Tag.objects.get_or_create(name=name)[0]) for name in names]


def related_pages(pages, start=0):
    return core.in_order(
        NewsPageRelatedPage, [{"page": page} for page in pages], start=start
    )


def build_story(spec, indexes, series, areas, pages, fr):
    texts, french = spec["en"], spec["fr"]
    chosen = [areas[slug] for slug in spec["areas"] if slug in areas]
    linked = [pages[slug] for slug in spec["related"] if slug in pages]
    in_series = spec.get("series_part") is not None
    alt_en, alt_fr = content.LEAD_IMAGE_ALT[spec["palette"]]

    def english(index):
        image = save_image(
            f"Demo news: {texts['title']}",
            draw_scene(1440, 810, spec["palette"], seed=spec["key"]),
            alt_en,
        )
        story = NewsPageFactory.build(
            locale=index.locale,
            **core.pick(texts, "title", "slug", "intro"),
            date=spec["date"],
            lead_image=image,
            lead_image_alt=alt_en,
            body=json.dumps(texts["body"]),
            series=series["en"] if in_series else None,
            series_part=spec.get("series_part"),
            authors=[NewsPageAuthor(sort_order=0, **content.AUTHOR["en"])],
            related_pages=related_pages(linked),
        )
        story.strategic_areas = core.in_english(chosen)
        story.tags.add(*texts["tags"])
        return story

    def translation():
        french_links = (page.get_translation_or_none(fr) for page in linked)
        extra = {"series": series["fr"]} if in_series else {}
        return {
            **core.pick(french, "title", "slug", "intro"),
            "lead_image_alt": alt_fr,
            "body": json.dumps(french["body"]),
            "strategic_areas": core.in_french(chosen),
            "tagged_items": tagged_items(french["tags"]),
            "authors": [NewsPageAuthor(sort_order=0, **content.AUTHOR["fr"])],
            "related_pages": related_pages(page for page in french_links if page),
            **extra,
        }

    return core.bilingual_page(
        NewsPage, indexes["en"], texts["slug"], fr, english, translation
    )


def feature(indexes, story, fr):
    """Feature the story on each index, unless an editor chose or drafted there."""
    for index, featured in (
        (indexes["en"], story),
        (indexes["fr"], story.get_translation_or_none(fr)),
    ):
        # Fetched afresh: stories were added under the index since it was
        # loaded, so the held instance carries a stale child count.
        index = NewsIndexPage.objects.get(pk=index.pk)
        if featured is None or index.featured_story_id or index.has_unpublished_changes:
            continue
        index.featured_story = featured
        core.publish(index)


def link_story(story, pages):
    """Link `pages` to the story where missing; core.publish only if one was added."""
    # Fetched afresh, so the links and the draft state are the database's.
    story = NewsPage.objects.get(pk=story.pk)
    if story.has_unpublished_changes or not story.live:
        return  # an editor's draft or withdrawal: publishing would undo it
    links = list(story.related_pages.all())
    linked = {link.page_id for link in links}
    missing = [page for page in pages if page.pk not in linked]
    if not missing:
        return
    # After the existing links, whatever their numbers.
    orders = [link.sort_order for link in links if link.sort_order is not None]
    start = max([len(links), *(order + 1 for order in orders)])
    story.related_pages = [*links, *related_pages(missing, start=start)]
    core.publish(story)


def link_pages(home, stories, pages, fr):
    """Link each story to the members and pages it mentions, in both languages.

    Also on a second run: an event or member created after the story was is
    linked then.
    """
    slugs = {slug for spec in content.STORIES for slug in spec.get("members", [])}
    members = {
        member.slug: member
        for member in MemberPage.objects.descendant_of(home).filter(slug__in=slugs)
    }
    for spec in content.STORIES:
        chosen = [members[slug] for slug in spec.get("members", []) if slug in members]
        chosen += [pages[slug] for slug in spec["related"] if slug in pages]
        if not chosen:
            continue
        story = stories[spec["key"]]
        link_story(story, chosen)
        french = story.get_translation_or_none(fr)
        if french is not None:
            french_pages = (page.get_translation_or_none(fr) for page in chosen)
            link_story(french, [page for page in french_pages if page])


def load_news():
    start = core.start_section(NewsIndexPageFactory, content.INDEX)
    indexes, fr = start.indexes, start.fr
    series = build_series(start.en, fr)
    pages = linkable_pages(start.home)
    stories = {
        spec["key"]: build_story(spec, indexes, series, start.areas, pages, fr)
        for spec in content.STORIES
    }
    feature(indexes, stories[content.FEATURED], fr)
    core.add_section_to_main_menu(indexes["en"])
    link_pages(start.home, stories, pages, fr)
    return {"indexes": indexes, "series": series, "stories": stories}
