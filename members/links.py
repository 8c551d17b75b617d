"""A link from another section's page to a member page or a partner
organisation: an event's participants, a project's partners.

The linking model declares its own `member` and `organisation` foreign keys
(each with its own related name) and adds `one_of_member_or_organisation`
to its constraints; this mixin gives it the rest.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from cluster_portal.core.images import prefetch_renditions

LOGO_RENDITION = "max-240x120"


def one_of_member_or_organisation(name):
    """A check that the link names exactly one of a member or an organisation."""
    return models.CheckConstraint(
        condition=(
            models.Q(member__isnull=False, organisation__isnull=True)
            | models.Q(member__isnull=True, organisation__isnull=False)
        ),
        name=name,
        violation_error_message=_(
            "Choose either a member or an organisation, not both."
        ),
    )


class MemberOrOrganisationLink:
    """Name, logo and schema.org object of whichever the link points at."""

    def __str__(self):
        return self.name

    @property
    def name(self):
        if self.member_id:
            return self.member.title
        return str(self.organisation)

    @property
    def logo(self):
        return self.member.logo if self.member_id else self.organisation.logo

    def schema_organisation(self, request):
        """schema.org Organization: the member's page, or the partner's website."""
        if self.member_id:
            return {
                "@type": "Organization",
                "name": self.member.title,
                "url": self.member.get_full_url(request),
            }
        data = {"@type": "Organization", "name": self.organisation.name}
        if self.organisation.website:
            data["url"] = self.organisation.website
        return data

    @staticmethod
    def visible(links):
        """The links of a page's relation a visitor may see, in the editor's
        order, with logos and their renditions fetched up front: every
        organisation, and members whose page is live."""
        links = links.select_related(
            "member", "member__logo", "organisation", "organisation__logo"
        ).prefetch_related(
            prefetch_renditions("member__logo", LOGO_RENDITION),
            prefetch_renditions("organisation__logo", LOGO_RENDITION),
        )
        return [
            link
            for link in links
            if link.organisation_id or (link.member_id and link.member.live)
        ]
