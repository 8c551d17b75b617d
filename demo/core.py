"""Builds the core of the demo site: home, standard pages, taxonomy, partners.

Everything is looked up before it is created, so running it twice gives the
same site; what an editor changed since is left alone.
"""

import dataclasses
import json
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from cluster_portal.core.locales import ensure_locales
from cluster_portal.core.models import (
    ContactSettings,
    FooterText,
    HomePage,
    NavigationSettings,
    Organisation,
    StandardPage,
    StrategicArea,
)
from demo.factories.core import (
    FooterTextFactory,
    HomePageFactory,
    OrganisationFactory,
    StandardPageFactory,
    StrategicAreaFactory,
)

from . import texts
from .blocks import key_figures
from .images import draw_scene, draw_wordmark, save_image

content = texts.section("core")


def locales():
    ensure_locales()
    return {code: Locale.objects.get(language_code=code) for code in ("en", "fr")}


def publish(page):
    """Publish through a revision, as an editor would, so history and dates exist."""
    page.save_revision().publish()


def translate_page(page, locale, **fields):
    """The page's translation in `locale`, created and published if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    publish(translation)
    translation.refresh_from_db()
    return translation


def bilingual_page(model, parent, slug, fr, english, french):
    """The page of `model` at `slug` under `parent`, and its French translation.

    Each is made only when missing, so a second load changes nothing:
    `english(parent)` returns the unsaved English page, `french()` the fields
    its translation replaces (the copy starts with the English page's
    relations, each replaced by its French counterpart).
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        # Fetched afresh: pages were added under it since it was loaded, so
        # the held instance carries a stale child count.
        parent = type(parent).objects.get(pk=parent.pk)
        page = english(parent)
        parent.add_child(instance=page)
        publish(page)
    if page.get_translation_or_none(fr) is None:
        translate_page(page, fr, **french())
    return page


def in_order(model, rows, start=0):
    """Unsaved `model` instances (a page's inline rows) from field dicts,
    numbered explicitly from `start`: PostgreSQL sorts empty orders last."""
    return [
        model(sort_order=order, **fields)
        for order, fields in enumerate(rows, start=start)
    ]


def pick(texts, *names):
    """The fields `names` from one language's texts (their keys are field names)."""
    return {name: texts[name] for name in names}


def in_english(pairs):
    """The English side of (English, French) pairs such as areas_by_slug's."""
    return [english for english, _french in pairs]


def in_french(pairs):
    """The French side of (English, French) pairs, where there is one."""
    return [french for _english, french in pairs if french is not None]


def translate_snippet(obj, locale, **fields):
    existing = obj.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translation = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def remove_wagtail_welcome_page(root):
    """Wagtail's migrations leave a bare 'Welcome' page; the demo replaces it."""
    for page in root.get_children().filter(
        content_type__model="page", content_type__app_label="wagtailcore"
    ):
        if not page.get_children().exists():
            page.delete()


def root_page(en):
    """The tree's root; a database flushed after migrate (as tests do) has none."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=en))
    return root


HOME_TEXT_FIELDS = (
    "title",
    "seo_title",
    "slug",
    "hero_heading",
    "hero_text",
    "hero_cta_label",
    "search_description",
)


def build_home(root, en, fr):
    home = HomePage.objects.filter(locale=en).first()
    texts = content.HOME
    if home is None:
        remove_wagtail_welcome_page(root)
        hero = save_image(
            "Demo: cells under the microscope",
            draw_scene(1920, 900, "teal", seed=1),
            "Abstract teal circles suggesting cells under a microscope",
        )
        home = HomePageFactory(
            parent=root,
            locale=en,
            **pick(texts["en"], *HOME_TEXT_FIELDS),
            hero_image=hero,
            body=json.dumps([figures_block("en")]),
        )
        publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True)
    # Full URLs (canonical, sitemap, feeds) come from the Site record, so it
    # takes the address the portal is served at.
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    port = address.port or (443 if address.scheme == "https" else 80)
    wanted = (home.id, content.SITE_NAME, address.hostname, port)
    if (site.root_page_id, site.site_name, site.hostname, site.port) != wanted:
        site.root_page = home
        site.site_name = content.SITE_NAME
        site.hostname = address.hostname
        site.port = port
        site.save()
    french = translate_page(
        home,
        fr,
        **pick(texts["fr"], *HOME_TEXT_FIELDS),
        body=json.dumps([figures_block("fr")]),
    )
    return {"en": home, "fr": french}


def figures_block(lang):
    texts = content.HOME[lang]
    return key_figures(
        texts["figures_heading"], texts["figures"], texts["figures_source"]
    )


def build_areas(en, fr):
    areas = {}
    for order, spec in enumerate(content.AREAS):
        name, description = spec["en"]
        area = StrategicArea.objects.filter(locale=en, slug=spec["slug"]).first()
        if area is None:
            area = StrategicAreaFactory(
                locale=en,
                slug=spec["slug"],
                name=name,
                description=description,
                sort_order=order,
            )
        fr_name, fr_description = spec["fr"]
        translate_snippet(area, fr, name=fr_name, description=fr_description)
        areas[spec["slug"]] = area
    for order, spec in enumerate(content.DOMAINS, start=10):
        parent = areas[spec["parent"]]
        domain = StrategicArea.objects.filter(locale=en, slug=spec["slug"]).first()
        if domain is None:
            domain = StrategicAreaFactory(
                locale=en,
                slug=spec["slug"],
                name=spec["en"],
                kind=StrategicArea.Kind.DOMAIN,
                parent=parent,
                description="",
                sort_order=order,
            )
        translate_snippet(
            domain,
            fr,
            name=spec["fr"],
            parent=parent.get_translation_or_none(fr),
        )
        areas[spec["slug"]] = domain
    return areas


def build_organisations(en, fr):
    organisations = {}
    for spec in content.ORGANISATIONS:
        organisation = Organisation.objects.filter(locale=en, name=spec["name"]).first()
        if organisation is None:
            logo = save_image(
                f"Demo logo: {spec['acronym'] or spec['name']}",
                draw_wordmark(spec["acronym"] or spec["name"][:14], spec["palette"]),
                f"{spec['name']} logo",
            )
            organisation = OrganisationFactory(
                locale=en,
                **pick(spec, "name", "acronym", "kind", "country", "city"),
                logo=logo,
                description=spec["en"],
            )
        translate_snippet(organisation, fr, description=spec["fr"])
        organisations[spec["key"]] = organisation
    return organisations


def build_standard_pages(homes, en, fr):
    pages = {}
    for spec in content.STANDARD_PAGES:
        parent = homes["en"] if spec["parent"] is None else pages[spec["parent"]]
        texts = spec["en"]
        page = StandardPage.objects.child_of(parent).filter(slug=texts["slug"]).first()
        if page is None:
            image = save_image(
                f"Demo: {texts['title']}",
                draw_scene(1440, 720, spec["palette"], seed=spec["key"]),
                f"Abstract illustration for {texts['title']}",
            )
            page = StandardPageFactory(
                parent=parent,
                locale=en,
                title=texts["title"],
                slug=texts["slug"],
                intro=texts["intro"],
                image=image,
                show_in_menus=True,
                search_description=texts["intro"],
                body=json.dumps(texts["body"]),
            )
            publish(page)
        french = spec["fr"]
        translate_page(
            page,
            fr,
            title=french["title"],
            slug=french["slug"],
            intro=french["intro"],
            search_description=french["intro"],
            body=json.dumps(french["body"]),
        )
        pages[spec["key"]] = page
    return pages


def build_settings(site, homes, pages):
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    if not navigation.main_menu.raw_data:
        navigation.main_menu = [("page", pages[key]) for key in content.MAIN_MENU]
        navigation.footer_menu = [("page", pages[key]) for key in content.FOOTER_MENU]
        navigation.save()
    contact = ContactSettings.for_site(site)
    if not contact.organisation_name:
        contact.organisation_name = content.SITE_NAME
        contact.legal_name = "BioWin – the health cluster of Wallonia"
        contact.country = "BE"
        contact.save()
    for home in homes.values():
        # Fetched afresh: an instance held since before its children were added
        # carries a stale child count that saving would write back.
        home = HomePage.objects.get(pk=home.pk)
        if home.hero_cta_page_id is None:
            home.hero_cta_page = pages["about"]
            publish(home)


def build_footer_text(en, fr):
    footer = FooterText.objects.filter(locale=en).first()
    if footer is None:
        footer = FooterTextFactory(locale=en, body=content.HOME["en"]["footer"])
    translate_snippet(footer, fr, body=content.HOME["fr"]["footer"])


def load_core():
    found = locales()
    en, fr = found["en"], found["fr"]
    root = root_page(en)
    build_areas(en, fr)
    build_organisations(en, fr)
    homes = build_home(root, en, fr)
    pages = build_standard_pages(homes, en, fr)
    build_footer_text(en, fr)
    build_settings(Site.objects.get(is_default_site=True), homes, pages)
    return {"homes": homes, "pages": pages}


# Shared by the sections' demo loaders.


@dataclasses.dataclass
class SectionStart:
    """What a section's loader starts from (see start_section)."""

    en: Locale
    fr: Locale
    home: HomePage
    indexes: dict
    areas: dict


def start_section(index_factory, index_texts):
    """The two locales, the English home, the section's index in both
    languages (made by `index_factory` from `index_texts` if missing) and the
    strategic areas by slug."""
    found = locales()
    en, fr = found["en"], found["fr"]
    home = HomePage.objects.get(locale=en)
    return SectionStart(
        en=en,
        fr=fr,
        home=home,
        indexes=build_section_index(index_factory, home, fr, index_texts),
        areas=areas_by_slug(en, fr),
    )


def build_section_index(factory, home, fr, texts):
    """A section's index page under the English home, and its French translation.

    `texts` maps "en" and "fr" to the title, slug and intro.
    """
    index = factory._meta.model.objects.child_of(home).first()
    if index is None:
        index = factory(parent=home, locale=home.locale, **texts["en"])
        publish(index)
    return {"en": index, "fr": translate_page(index, fr, **texts["fr"])}


def areas_by_slug(en, fr):
    """slug -> (English strategic area, its French translation or None)."""
    english = {area.slug: area for area in StrategicArea.objects.filter(locale=en)}
    french = {
        area.translation_key: area
        for area in StrategicArea.objects.filter(
            locale=fr, translation_key__in=[a.translation_key for a in english.values()]
        )
    }
    return {
        slug: (area, french.get(area.translation_key)) for slug, area in english.items()
    }


def add_section_to_main_menu(index):
    """Put a section index in the main menu once, in the settings' section order.

    It goes after the sections listed before it in PORTAL_SECTION_INDEX_PAGES
    (first when there is none), whatever order the loaders run in; the other
    entries stay as they are.
    """
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    chosen = [block["value"] for block in navigation.main_menu.raw_data]
    in_menu = {
        page.pk: page
        for page in Page.objects.filter(pk__in=chosen).select_related("content_type")
    }
    if any(page.translation_key == index.translation_key for page in in_menu.values()):
        return
    rank = {
        label.lower(): position
        for position, label in enumerate(settings.PORTAL_SECTION_INDEX_PAGES)
    }
    own_rank = rank[index._meta.label_lower]
    position = 0
    for place, pk in enumerate(chosen):
        page = in_menu.get(pk)
        if page is None:
            continue
        other = rank.get(f"{page.content_type.app_label}.{page.content_type.model}")
        if other is not None and other < own_rank:
            position = place + 1
    navigation.main_menu.insert(position, ("page", index))
    navigation.save()
