"""The directory as open data: CSV and JSON of the public fields only."""

from cluster_portal.core import spreadsheets
from cluster_portal.core.models import PostalAddress

# The member page's own fields the export shows as they are.
PLAIN_FIELDS = [
    "website",
    *PostalAddress.ADDRESS_FIELDS,
    "size_band",
    "founded_year",
    "member_since",
]

FIELDS = [
    "name",
    "url",
    "summary",
    "sectors",
    "strategic_areas",
    "technologies",
    *PLAIN_FIELDS,
]

# What the export reads of a member page (with the fields its ordering needs).
MEMBER_FIELDS = ["title", "slug", "summary", *PLAIN_FIELDS]


def rows(members, request, directory):
    """One dict of public fields per member, at a few queries for any number.

    The directory is every member's parent (a member page lives nowhere
    else), so a member's address is the directory's plus its slug, without
    Wagtail's per-page URL routing; technologies are read through their tag
    links, as taggit's manager would build a queryset per member.
    """
    base_url = directory.get_full_url(request)
    # Sectors and areas in their taxonomies' own order (Meta.ordering).
    members = members.only(*MEMBER_FIELDS).prefetch_related(
        "sectors", "strategic_areas", "tagged_items__tag"
    )
    for member in members:
        yield {
            "name": member.title,
            "url": f"{base_url}{member.slug}/",
            "summary": member.summary,
            "sectors": [sector.name for sector in member.sectors.all()],
            "strategic_areas": [area.name for area in member.strategic_areas.all()],
            # Sorted here: the prefetched tags come in no set order.
            "technologies": sorted(item.tag.name for item in member.tagged_items.all()),
            **{name: getattr(member, name) for name in PLAIN_FIELDS},
        }


def cell(value):
    """A list as one cell: "Medtech; E-health"."""
    return "; ".join(value) if isinstance(value, list) else value


def csv_response(members, request, directory):
    return spreadsheets.rows_csv_response(
        "members", FIELDS, rows(members, request, directory), cell
    )


def json_response(members, request, directory):
    data = list(rows(members, request, directory))
    return spreadsheets.json_export_response("members", FIELDS, data)
