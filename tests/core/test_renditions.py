"""Templates name image sizes from one table, and draw Wagtail's own HTML."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template, TemplateSyntaxError
from wagtail.images.models import Filter

from cluster_portal.core.renditions import SIZES

from .helpers import make_image

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def render(source, **context):
    return Template(source).render(Context(context))


@pytest.mark.django_db
def test_a_named_size_renders_what_wagtails_tag_renders_for_its_spec():
    image = make_image(width=1600, height=900)
    named = render(
        '{% load rendition_tags %}{% sized_image img "card" alt="" loading="lazy" %}',
        img=image,
    )
    literal = render(
        "{% load wagtailimages_tags %}"
        '{% image img fill-640x360 alt="" loading="lazy" %}',
        img=image,
    )
    assert named == literal
    assert 'width="640"' in named


@pytest.mark.django_db
def test_a_named_srcset_renders_every_width_of_its_spec():
    image = make_image(width=2000, height=1200)
    html = render(
        '{% load rendition_tags %}{% sized_srcset_image img "lead" sizes="100vw" %}',
        img=image,
    )
    assert all(f"{width}w" in html for width in (640, 960, 1440))


def test_an_unknown_size_is_a_template_error_naming_it():
    with pytest.raises(TemplateSyntaxError, match="poster"):
        Template('{% load rendition_tags %}{% sized_image img "poster" %}')


def test_every_size_in_the_table_is_a_valid_filter_spec():
    for spec in SIZES.values():
        for single in Filter.expand_spec(spec):
            assert Filter(spec=single).operations, spec


def test_no_template_writes_a_size_literally():
    literal = re.compile(r"{% (image|srcset_image|picture) ")
    offenders = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.html")
        if literal.search(path.read_text())
    ]
    assert offenders == []


@pytest.mark.django_db
def test_a_listings_renditions_come_from_wagtails_cache_without_a_query():
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.images import get_image_model

    from cluster_portal.core.images import attach_renditions

    images = [make_image(width=1600, height=900) for _ in range(3)]
    for image in images[:2]:
        image.get_rendition("fill-640x360")
    cache.clear()

    def fresh():
        return list(get_image_model().objects.filter(pk__in=[i.pk for i in images]))

    with CaptureQueriesContext(connection) as cold:
        loaded = fresh()
        attach_renditions(loaded, "fill-640x360")
    # The images, then the renditions the cache did not hold.
    assert len(cold) == 2
    loaded = fresh()
    with CaptureQueriesContext(connection) as warm:
        attach_renditions(loaded, "fill-640x360")
        urls = [image.get_rendition("fill-640x360").url for image in loaded[:2]]
    assert len(warm) == 0
    assert all(url.endswith(".png") or url.endswith(".jpg") for url in urls)
    # The size never made is made when drawn, and then found in the cache.
    drawn = loaded[2].get_rendition("fill-640x360")
    again = fresh()
    with CaptureQueriesContext(connection) as later:
        attach_renditions(again, "fill-640x360")
        assert again[2].get_rendition("fill-640x360").url == drawn.url
    assert len(later) == 0


@pytest.mark.django_db
def test_an_edited_focal_point_is_not_served_an_old_rendition():
    from cluster_portal.core.images import attach_renditions

    image = make_image(width=1600, height=900)
    old = image.get_rendition("fill-640x360")
    attach_renditions([image], "fill-640x360")
    image.focal_point_x, image.focal_point_y = 100, 100
    image.focal_point_width = image.focal_point_height = 50
    image.save()
    attach_renditions([image], "fill-640x360")
    assert image.get_rendition("fill-640x360").url != old.url


@pytest.mark.django_db
def test_a_named_picture_offers_avif_and_webp_before_its_fallback():
    image = make_image(width=1600, height=900)
    html = render(
        '{% load rendition_tags %}{% sized_picture img "card" alt="" loading="lazy" %}',
        img=image,
    )
    assert html.startswith("<picture>")
    assert html.index('type="image/avif"') < html.index('type="image/webp"')
    img = re.search(r"<img [^>]*>", html).group(0)
    assert 'width="640"' in img and 'height="360"' in img
    assert re.search(r'src="[^"]+\.jpg"', img)
    assert 'loading="lazy"' in img


@pytest.mark.django_db
def test_a_logo_picture_falls_back_to_png_and_keeps_its_proportions():
    logo = make_image(width=240, height=120)
    html = render(
        '{% load rendition_tags %}{% sized_picture img "member_logo" alt="" %}',
        img=logo,
    )
    img = re.search(r"<img [^>]*>", html).group(0)
    assert re.search(r'src="[^"]+\.png"', img)
    # Fitted within 320×160, never stretched or cropped.
    assert 'width="240"' in img and 'height="120"' in img


def test_every_picture_spec_names_the_renditions_a_listing_attaches():
    from cluster_portal.core.renditions import picture

    specs = Filter.expand_spec(picture("card"))
    assert specs == [
        "fill-640x360|format-avif",
        "fill-640x360|format-webp",
        "fill-640x360|format-jpeg",
    ]


@pytest.mark.django_db
def test_only_the_first_card_of_a_listing_above_the_fold_loads_eagerly(rf):
    from django.template.loader import render_to_string

    from cluster_portal.core.models import StandardPage

    items = [
        StandardPage(title=f"Page {n}", slug=f"page-{n}", image=make_image())
        for n in range(3)
    ]
    context = {
        "items": items,
        "card": "components/page_card.html",
        "card_name": "item",
        "heading": "Pages",
        "heading_id": "pages",
        "request": rf.get("/"),
    }
    eager = render_to_string(
        "components/card_grid.html", {**context, "eager_first": True}
    )
    images = re.findall(r"<img [^>]*>", eager)
    assert len(images) == 3
    assert 'fetchpriority="high"' in images[0] and "loading=" not in images[0]
    assert all('loading="lazy"' in img for img in images[1:])
    lazy = render_to_string("components/card_grid.html", context)
    assert all('loading="lazy"' in img for img in re.findall(r"<img [^>]*>", lazy))
