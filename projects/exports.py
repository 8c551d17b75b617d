"""The projects as open data: CSV and JSON of the filtered selection."""

import csv
import datetime

from django.db.models import Prefetch
from django.http import HttpResponse, JsonResponse

from cluster_portal.core.spreadsheets import neutralise

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


def partner_entry(link):
    return {"name": link.name, "role": link.role}


def rows(projects, request, index):
    """One dict of public fields per project, at a few queries for any number.

    Amounts are decimal strings in euros, as stored: no float rounding.
    """
    from cluster_portal.core.models import StrategicArea

    from .models import ProjectPartner
    from .models.pages import cluster_name

    base_url = index.get_full_url(request)
    cluster = cluster_name(request)
    projects = (
        projects.newest_first()
        .only(*PROJECT_FIELDS)
        .prefetch_related(
            Prefetch(
                "strategic_areas",
                queryset=StrategicArea.objects.order_by("sort_order", "name"),
            ),
            Prefetch(
                "partners",
                queryset=ProjectPartner.objects.select_related(
                    "member", "organisation"
                ),
            ),
        )
    )
    for project in projects:
        partners = [
            link
            for link in project.partners.all()
            if link.organisation_id or link.member.live
        ]
        coordinators = [
            link.name for link in partners if link.role == link.Role.COORDINATOR
        ]
        if project.coordinated_by_cluster:
            coordinators.insert(0, cluster)
        yield {
            "title": project.title,
            "acronym": project.acronym,
            "url": f"{base_url}{project.slug}/",
            "status": project.status,
            "label_date": project.label_date.isoformat(),
            "start_date": project.start_date.isoformat() if project.start_date else "",
            "end_date": project.end_date.isoformat() if project.end_date else "",
            "strategic_areas": [area.name for area in project.strategic_areas.all()],
            "coordinator": "; ".join(coordinators),
            "partners": [partner_entry(link) for link in partners],
            "total_budget_eur": str(project.total_budget),
            "private_funding_eur": str(project.private_funding),
            "public_funding_eur": str(project.public_amount),
            "public_funding_source": project.public_funding_source,
            "summary": project.summary,
        }


def cell(value):
    if isinstance(value, list):
        value = "; ".join(
            f"{item['name']} ({item['role']})" if isinstance(item, dict) else item
            for item in value
        )
    return neutralise(value)


def filename(extension):
    return f"projects-{datetime.date.today().isoformat()}.{extension}"


def csv_response(projects, request, index):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename("csv")}"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow(FIELDS)
    for row in rows(projects, request, index):
        writer.writerow(cell(row[field]) for field in FIELDS)
    return response


def json_response(projects, request, index):
    from .figures import figures_for

    data = list(rows(projects, request, index))
    overall = figures_for(projects, []).overall
    response = JsonResponse(
        {
            "count": len(data),
            "totals": {
                "total_budget_eur": str(overall.total),
                "private_funding_eur": str(overall.private),
                "public_funding_eur": str(overall.public),
            },
            "fields": FIELDS,
            "projects": data,
        },
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
    response["Content-Disposition"] = f'inline; filename="{filename("json")}"'
    return response
