"""schema.org ResearchProject for a project page, and Dataset for the index."""

from django.utils.translation import gettext as _

from cluster_portal.core import renditions
from cluster_portal.core.seo import absolute, cluster_reference


def amount(value):
    return {"@type": "MonetaryAmount", "currency": "EUR", "value": str(value)}


def grant(name, value, funders):
    data = {"@type": "MonetaryGrant", "name": name, "amount": amount(value)}
    if funders:
        data["funder"] = funders if len(funders) > 1 else funders[0]
    return data


def research_project(page, request):
    """The project with its partners (as OrganizationRole), funding and dates.

    ResearchProject is an Organization: its start and end are foundingDate
    and dissolutionDate, its partners its members; the private and public
    funding are two MonetaryGrants, the public one with its funder.
    """
    cluster = cluster_reference(request)
    data = {
        "@context": "https://schema.org",
        "@type": "ResearchProject",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "award": _("Labelled by %(cluster)s on %(date)s")
        % {"cluster": cluster["name"], "date": page.label_date.isoformat()},
    }
    if page.acronym:
        data["alternateName"] = page.acronym
    if page.start_date:
        data["foundingDate"] = page.start_date.isoformat()
    if page.end_date:
        data["dissolutionDate"] = page.end_date.isoformat()
    if page.area_list:
        data["keywords"] = [area.name for area in page.area_list]
    members = []
    if page.coordinated_by_cluster:
        members.append(
            {
                "@type": "OrganizationRole",
                "roleName": str(page.partners.model.Role.COORDINATOR.label),
                "member": cluster,
            }
        )
    members += [
        {
            "@type": "OrganizationRole",
            "roleName": link.get_role_display(),
            "member": link.schema_organisation(request),
        }
        for link in page.partner_list
    ]
    if members:
        data["member"] = members
    industrial = [
        link.schema_organisation(request)
        for link in page.partner_list
        if link.role in (link.Role.COORDINATOR, link.Role.INDUSTRIAL) and link.member_id
    ]
    public_funders = []
    if page.public_funding_source:
        public_funders.append(
            {"@type": "Organization", "name": page.public_funding_source}
        )
        data["funder"] = public_funders[0]
    data["funding"] = [
        grant(_("Private funding"), page.private_funding, industrial),
        grant(_("Public funding"), page.public_amount, public_funders),
    ]
    data["sponsor"] = cluster
    image = page.get_listing_image()
    if image is not None:
        data["image"] = absolute(request, image.get_rendition(renditions.SHARE).url)
    return data


def dataset(index, request):
    """The projects as a Dataset, with its CSV and JSON downloads."""
    url = index.get_full_url(request)
    cluster = cluster_reference(request)
    return {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": _("Projects labelled by %(cluster)s") % {"cluster": cluster["name"]},
        "description": _(
            "The R&D projects labelled by the cluster: partners, status, dates "
            "and funding in euros."
        ),
        "url": url,
        "inLanguage": index.locale.language_code,
        "creator": cluster,
        "isAccessibleForFree": True,
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": "text/csv",
                "contentUrl": url + index.reverse_subpage("csv"),
            },
            {
                "@type": "DataDownload",
                "encodingFormat": "application/json",
                "contentUrl": url + index.reverse_subpage("json"),
            },
        ],
    }
