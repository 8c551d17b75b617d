"""Builds the member directory of the demo site: sectors and the seeds' members."""

import json

from taggit.models import Tag

from cluster_portal.core.models import Organisation
from demo.images import draw_wordmark, save_image
from members.models import (
    MemberLabel,
    MemberPage,
    MemberPageTechnology,
    MemberProduct,
    Sector,
)

from . import core, texts
from .factories.members import (
    MemberDirectoryPageFactory,
    MemberPageFactory,
    SectorFactory,
)

content = texts.section("members")


def build_sectors(en, fr):
    """slug -> (English sector, its French translation)."""
    sectors = {}
    for order, (slug, name, french_name) in enumerate(content.SECTORS):
        sector = Sector.objects.filter(locale=en, slug=slug).first()
        if sector is None:
            sector = SectorFactory(locale=en, slug=slug, name=name, sort_order=order)
        sectors[slug] = (sector, core.translate_snippet(sector, fr, name=french_name))
    return sectors


def products(specs):
    return core.in_order(MemberProduct, specs)


def labels(specs, lang):
    return core.in_order(
        MemberLabel, [{"year": spec["year"], **spec[lang]} for spec in specs]
    )


def technologies(names):
    """Tag links for a page not saved yet (a translation is built in memory)."""
    return [
        MemberPageTechnology(tag=Tag.objects.get_or_create(name=name)[0])
        for name in names
    ]


def build_member(spec, directory, sectors, areas, fr):
    texts, french = spec["en"], spec["fr"]
    chosen_sectors = [sectors[slug] for slug in spec["sectors"]]
    chosen_areas = [areas[slug] for slug in spec["areas"] if slug in areas]

    def english(directory):
        logo = save_image(
            f"Demo logo: {spec['title']}",
            draw_wordmark(spec.get("wordmark", spec["title"]), spec["palette"]),
            f"{spec['title']} logo",
        )
        # The seeds give no address, head count, founding year or website:
        # those stay empty rather than take the factory's default values.
        member = MemberPageFactory.build(
            locale=directory.locale,
            **core.pick(spec, "title", "slug", "member_since"),
            logo=logo,
            summary=texts["summary"],
            body=json.dumps(texts["body"]),
            membership_status=MemberPage.Status.ACTIVE,
            size_band="",
            founded_year=None,
            street_address="",
            postcode="",
            city="",
            country="BE",
            products=products(texts["products"]),
            labels=labels(spec["labels"], "en"),
        )
        member.sectors = core.in_english(chosen_sectors)
        member.strategic_areas = core.in_english(chosen_areas)
        member.technologies.add(*texts["technologies"])
        return member

    def translation():
        return {
            "summary": french["summary"],
            "body": json.dumps(french["body"]),
            "sectors": core.in_french(chosen_sectors),
            "strategic_areas": core.in_french(chosen_areas),
            "tagged_items": technologies(french["technologies"]),
            "products": products(french["products"]),
            "labels": labels(spec["labels"], "fr"),
        }

    return core.bilingual_page(
        MemberPage, directory, spec["slug"], fr, english, translation
    )


def load_members():
    start = core.start_section(MemberDirectoryPageFactory, content.DIRECTORY)
    directory = start.indexes["en"]
    sectors = build_sectors(start.en, start.fr)
    members = {
        spec["slug"]: build_member(spec, directory, sectors, start.areas, start.fr)
        for spec in content.MEMBERS
    }
    core.add_section_to_main_menu(directory)
    return {"directories": start.indexes, "sectors": sectors, "members": members}


def partners_by_key(home, en, fr):
    """(kind, key) -> (English object, French object or None): the members
    and partner organisations other sections' demos link to."""
    found = {}
    names = {spec["key"]: spec["name"] for spec in texts.section("core").ORGANISATIONS}
    for organisation in Organisation.objects.filter(locale=en, name__in=names.values()):
        key = next(key for key, name in names.items() if name == organisation.name)
        found[("organisation", key)] = (
            organisation,
            organisation.get_translation_or_none(fr),
        )
    for member in MemberPage.objects.descendant_of(home).filter(locale=en):
        found[("member", member.slug)] = (member, member.get_translation_or_none(fr))
    return found


def partner_links(model, specs, found, language):
    """Unsaved `model` links (an event's participants, a project's partners)
    for `specs` of (role, kind, key) in `language`, from `partners_by_key`'s
    map; a partner without a page or translation in that language is left out."""
    links = []
    for role, kind, key in specs:
        english, french = found.get((kind, key), (None, None))
        target = english if language == "en" else french
        if target is not None:
            links.append(model(role=role, sort_order=len(links), **{kind: target}))
    return links
