"""Builders shared by the member tests: a directory per language, sectors, members."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from demo.factories.members import (
    MemberDirectoryPageFactory,
    MemberPageFactory,
    SectorFactory,
)
from members.models import (
    MemberContact,
    MemberDirectoryPage,
    MemberLabel,
    MemberPage,
    MemberProduct,
)
from tests.core.helpers import publish, translate


def build_member_tree(tree):
    """English and French directories with sectors in both languages.

    `tree` comes from tests.news.support.build_news_tree, whose strategic
    areas (medtech, biopharma, implanted devices, medtech_fr) members share.
    """
    en, fr = tree["en"], tree["fr"]
    directory = publish(MemberDirectoryPageFactory(parent=tree["home"], locale=en))
    directory_fr = translate(
        directory, fr, title="Membres", slug="membres", intro="Les membres."
    )
    biotech = SectorFactory(
        locale=en, name="Biotech and pharma", slug="biotech", sort_order=0
    )
    medtech = SectorFactory(locale=en, name="Medtech", slug="medtech", sort_order=1)
    ehealth = SectorFactory(locale=en, name="E-health", slug="e-health", sort_order=2)
    medtech_fr = SectorFactory(
        locale=fr,
        name="Technologies médicales",
        slug="medtech",
        sort_order=1,
        translation_key=medtech.translation_key,
    )
    return {
        **tree,
        "directory": MemberDirectoryPage.objects.get(pk=directory.pk),
        "directory_fr": MemberDirectoryPage.objects.get(pk=directory_fr.pk),
        "sector_biotech": biotech,
        "sector_medtech": medtech,
        "sector_ehealth": ehealth,
        "sector_medtech_fr": medtech_fr,
    }


def make_member(
    directory,
    *,
    sectors=(),
    strategic_areas=(),
    technologies=(),
    products=(),
    labels=(),
    contacts=(),
    **fields,
):
    """A live member under `directory` (a draft with draft=True), saved once.

    `products`, `labels` and `contacts` are dicts of field values. As in
    tests.news.support.make_story, the relations are set on the built page
    before it is added, so the 500-member test builds in seconds.
    """
    member = MemberPageFactory.build(locale=directory.locale, **fields)
    member.sectors = list(sectors)
    member.strategic_areas = list(strategic_areas)
    if technologies:
        member.technologies.add(*technologies)
    # sort_order set as the admin's inline panels do: NULLs sort first on
    # SQLite and last on PostgreSQL.
    member.products = [
        MemberProduct(sort_order=n, **values) for n, values in enumerate(products)
    ]
    member.labels = [
        MemberLabel(sort_order=n, **values) for n, values in enumerate(labels)
    ]
    member.contacts = [
        MemberContact(sort_order=n, **values) for n, values in enumerate(contacts)
    ]
    directory.add_child(instance=member)
    return MemberPage.objects.get(pk=member.pk)


def profile_form(page, **changes):
    """A member page's edit form as a member editor posts it: no staff-only fields."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "body": streamfield([]),
            "products": inline_formset([]),
            "contacts": inline_formset([]),
            "social_links": streamfield([]),
            "country": page.country,
            "size_band": page.size_band,
            "founded_year": page.founded_year or "",
            **changes,
        }
    )
