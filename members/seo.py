"""schema.org objects for the directory and member pages."""

from cluster_portal.core import renditions
from cluster_portal.core.seo import absolute, cluster_organisation


def organization(member, request):
    cluster = cluster_organisation(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": member.title,
        "description": member.summary,
        "url": member.website or member.get_full_url(request),
        "mainEntityOfPage": member.get_full_url(request),
        "memberOf": {
            "@type": "Organization",
            "name": cluster["name"],
            "url": cluster["url"],
        },
    }
    if member.logo_id:
        data["logo"] = absolute(
            request, member.logo.get_rendition(renditions.SCHEMA_LOGO).url
        )
    if member.city or member.street_address:
        data["address"] = member.schema_address()
    if member.founded_year:
        data["foundingDate"] = str(member.founded_year)
    same_as = [link.value["url"] for link in member.social_links]
    if same_as:
        data["sameAs"] = same_as
    if member.technology_list:
        data["knowsAbout"] = [tag.name for tag in member.technology_list]
    return data
