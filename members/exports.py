"""The directory as open data: CSV and JSON of the public fields only."""

import itertools
from collections import defaultdict

from cluster_portal.core import spreadsheets
from cluster_portal.core.models import PostalAddress

CHUNK = 500  # members read at a time

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
    """One dict of public fields per member, read in chunks of plain values.

    The directory is every member's parent (a member page lives nowhere
    else), so a member's address is the directory's plus its slug, without
    Wagtail's per-page URL routing. Members are read CHUNK at a time, each
    chunk with one query per relation, as values rather than page objects:
    building 2,500 pages with their sectors, areas and tags was 0.7 s, and
    the memory grew with the directory.
    """
    base_url = directory.get_full_url(request)
    model = members.model
    technology_links = model._meta.get_field("tagged_items").related_model.objects
    listed = members.values_list("pk", *MEMBER_FIELDS).iterator(chunk_size=CHUNK)
    while chunk := list(itertools.islice(listed, CHUNK)):
        ids = [row[0] for row in chunk]
        sectors = names_by_member(model.sectors.through, "sector", ids)
        areas = names_by_member(model.strategic_areas.through, "strategicarea", ids)
        technologies = defaultdict(list)
        for member_id, name in technology_links.filter(
            content_object_id__in=ids
        ).values_list("content_object_id", "tag__name"):
            technologies[member_id].append(name)
        for pk, title, slug, summary, *plain in chunk:
            yield {
                "name": title,
                "url": f"{base_url}{slug}/",
                "summary": summary,
                "sectors": sectors[pk],
                "strategic_areas": areas[pk],
                "technologies": sorted(technologies[pk]),
                **dict(zip(PLAIN_FIELDS, plain, strict=True)),
            }


def names_by_member(through, target, ids):
    """{member id: [names]} through a many-to-many link table, in the
    taxonomy's own order (its Meta.ordering)."""
    ordering = through._meta.get_field(target).related_model._meta.ordering
    names = defaultdict(list)
    for member_id, name in (
        through.objects.filter(memberpage_id__in=ids)
        .order_by(*(f"{target}__{field}" for field in ordering))
        .values_list("memberpage_id", f"{target}__name")
    ):
        names[member_id].append(name)
    return names


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
