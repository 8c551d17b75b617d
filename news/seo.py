"""Feeds announced in <head>, and schema.org objects for news pages."""

from django.utils.translation import gettext as _

from cluster_portal.core import renditions
from cluster_portal.core.seo import absolute, cluster_organisation


def feed_links(index, area=None):
    """(MIME type, title, URL) of the feeds a news page announces."""
    if index is None:
        return []
    base = index.url
    links = [
        ("application/rss+xml", _("News (RSS)"), f"{base}feed/rss/"),
        ("application/atom+xml", _("News (Atom)"), f"{base}feed/atom/"),
    ]
    if area is not None:
        links += [
            (
                "application/rss+xml",
                _("News about %(area)s (RSS)") % {"area": area.name},
                f"{base}{area.slug}/feed/rss/",
            ),
            (
                "application/atom+xml",
                _("News about %(area)s (Atom)") % {"area": area.name},
                f"{base}{area.slug}/feed/atom/",
            ),
        ]
    return links


def publisher(request):
    organisation = cluster_organisation(request)
    data = {"@type": "Organization", "name": organisation["name"]}
    if "logo" in organisation:
        data["logo"] = {"@type": "ImageObject", "url": organisation["logo"]}
    data["url"] = organisation["url"]
    return data


def news_article(story, request):
    modified = story.last_published_at or story.latest_revision_created_at
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title[:110],
        "description": story.intro,
        "datePublished": story.date.isoformat(),
        "dateModified": (modified or story.date).isoformat(),
        "mainEntityOfPage": story.get_full_url(request),
        "url": story.get_full_url(request),
        "inLanguage": story.locale.language_code,
        "publisher": publisher(request),
        "author": [
            {"@type": "Person", "name": author.name} for author in story.author_list
        ]
        or [publisher(request)],
        "keywords": [tag.name for tag in story.tag_list],
        "articleSection": [area.name for area in story.area_list],
    }
    image = story.get_listing_image()
    if image is not None:
        rendition = image.get_rendition(renditions.SHARE)
        data["image"] = [absolute(request, rendition.url)]
    about = [
        {"@type": "Organization", "name": page.title, "url": page.get_full_url(request)}
        for page in story.related_list
        if getattr(page, "schema_type", None) == "Organization"
    ]
    if about:
        data["about"] = about
    if story.series_id:
        data["isPartOf"] = {"@type": "CreativeWorkSeries", "name": story.series.title}
        data["position"] = story.series_part
    return data
