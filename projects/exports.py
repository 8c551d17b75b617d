"""The projects as open data: CSV and JSON of the filtered selection."""

from collections import defaultdict
from decimal import Decimal

from cluster_portal.core import spreadsheets
from cluster_portal.core.models import Organisation
from cluster_portal.core.seo import cluster_name
from members.links import shown

CENT = Decimal("0.01")

FIELDS = [
    "title",
    "acronym",
    "url",
    "status",
    "label_date",
    "start_date",
    "end_date",
    "strategic_areas",
    "coordinator",
    "partners",
    "total_budget_eur",
    "private_funding_eur",
    "public_funding_eur",
    "public_funding_source",
    "summary",
]

PROJECT_FIELDS = [
    "title",
    "slug",
    "acronym",
    "status",
    "label_date",
    "start_date",
    "end_date",
    "summary",
    "coordinated_by_cluster",
    "total_budget",
    "private_funding",
    "public_funding",
    "public_funding_source",
]


def rows(projects, request, index):
    """One dict of public fields per project, in three queries for any number.

    Read as plain values rather than page objects: building hundreds of
    pages, partners and member pages is what an export would spend its time
    on. Amounts are decimal strings in euros, as stored: no float rounding.
    """
    project_areas = projects.model.strategic_areas.through.objects
    partner_links = projects.model._meta.get_field("partners").related_model.objects
    base_url = index.get_full_url(request)
    cluster = cluster_name(request)
    ids = projects.values("pk")
    areas = defaultdict(list)
    for page_id, name in (
        project_areas.filter(projectpage__in=ids)
        .order_by("strategicarea__sort_order", "strategicarea__name")
        .values_list("projectpage_id", "strategicarea__name")
    ):
        areas[page_id].append(name)
    partners = defaultdict(list)
    for page_id, role, member, organisation, acronym in (
        partner_links.filter(shown(), page__in=ids)
        .order_by("page_id", "sort_order", "pk")
        .values_list(
            "page_id",
            "role",
            "member__title",
            "organisation__name",
            "organisation__acronym",
        )
    ):
        name = member or Organisation.full_name(organisation, acronym)
        partners[page_id].append({"name": name, "role": role})
    for project in (
        projects.newest_first()
        .with_public_funding()
        .values("pk", *PROJECT_FIELDS, "public_funding_amount")
    ):
        links = partners[project["pk"]]
        coordinators = [link["name"] for link in links if link["role"] == "coordinator"]
        if project["coordinated_by_cluster"]:
            coordinators.insert(0, cluster)
        yield {
            "title": project["title"],
            "acronym": project["acronym"],
            "url": f"{base_url}{project['slug']}/",
            "status": project["status"],
            "label_date": iso(project["label_date"]),
            "start_date": iso(project["start_date"]),
            "end_date": iso(project["end_date"]),
            "strategic_areas": areas[project["pk"]],
            "coordinator": "; ".join(coordinators),
            "partners": links,
            "total_budget_eur": amount(project["total_budget"]),
            "private_funding_eur": amount(project["private_funding"]),
            "public_funding_eur": amount(project["public_funding_amount"]),
            "public_funding_source": project["public_funding_source"],
            "summary": project["summary"],
        }


def iso(day):
    return day.isoformat() if day else ""


def amount(value):
    """A decimal string to the cent, as the field stores it: "1250000.00"."""
    return str(Decimal(value).quantize(CENT))


def cell(value):
    """A list as one cell: "MedCo (coordinator); ULiège (academic)"."""
    if isinstance(value, list):
        return "; ".join(
            f"{item['name']} ({item['role']})" if isinstance(item, dict) else item
            for item in value
        )
    return value


def csv_response(projects, request, index):
    return spreadsheets.rows_csv_response(
        "projects", FIELDS, rows(projects, request, index), cell
    )


def json_response(projects, request, index):
    data = list(rows(projects, request, index))
    # Summed from the rows themselves: exact decimals, no second query.
    amounts = ["total_budget_eur", "private_funding_eur", "public_funding_eur"]
    totals = {
        field: amount(sum((Decimal(row[field]) for row in data), Decimal(0)))
        for field in amounts
    }
    return spreadsheets.json_export_response("projects", FIELDS, data, totals=totals)
