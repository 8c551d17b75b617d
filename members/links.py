"""A link from another section's page to a member page or a partner
organisation: an event's participants, a project's partners.

The linking model declares its `member` and `organisation` foreign keys
with `member_and_organisation_fields` (each model has its own related name,
which an abstract model could not give it) and adds
`one_of_member_or_organisation` to its constraints; the mixin gives it the
rest.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.api import APIField

from cluster_portal.core import renditions
from cluster_portal.core.api_fields import OrganisationField, PublicPageField
from cluster_portal.core.images import attach_renditions, images_at
from cluster_portal.core.models.fields import optional_link

from .models import MemberPage


def member_and_organisation_fields(related_name, organisation_help_text):
    """The link's two foreign keys, of which it names exactly one; deleting
    what it names deletes the link only."""
    member = optional_link(
        "members.MemberPage",
        _("A member company; or choose an organisation below."),
        related_name=related_name,
        on_delete=models.CASCADE,
    )
    organisation = optional_link(
        "core.Organisation",
        organisation_help_text,
        related_name=related_name,
        on_delete=models.CASCADE,
    )
    return member, organisation


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


def shown():
    """The links a visitor may see: every organisation, and members whose page
    is live and public (not draft, not behind a password or a login).

    A filter for the linking model's queryset; it reads the view restrictions
    once (Wagtail's `public()`), so it costs one query however many links.
    """
    public_members = MemberPage.objects.live().public().values("pk")
    return models.Q(organisation__isnull=False) | models.Q(member__in=public_members)


class MemberOrOrganisationLink:
    """Name, logo and schema.org object of whichever the link points at, and
    the admin panels and API fields every such link has besides its role."""

    panels = [
        FieldPanel("role"),
        PageChooserPanel("member", "members.MemberPage"),
        FieldPanel("organisation"),
    ]
    api_fields = [
        APIField("role"),
        APIField("member", serializer=PublicPageField()),
        APIField("organisation", serializer=OrganisationField()),
    ]

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

    @classmethod
    def by_role(cls, links):
        """[(role, heading, links)], in the order of the roles, for the page."""
        groups = {}
        for link in links:
            groups.setdefault(link.role, []).append(link)
        return [
            (role, cls.heading(role, len(groups[role])), groups[role])
            for role in cls.Role.values
            if role in groups
        ]

    def entry(self):
        """(name, url): the member's page, or the organisation's website."""
        if self.member_id:
            return (self.name, self.member.url)
        return (self.name, self.organisation.website or None)

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
        """The links of a page's relation a visitor may see (see `shown`), in
        the editor's order, with logos and their renditions fetched up front."""
        visible = list(
            links.filter(shown()).select_related(
                "member", "member__logo", "organisation", "organisation__logo"
            )
        )
        logos = images_at(visible, "member__logo") + images_at(
            visible, "organisation__logo"
        )
        attach_renditions(logos, renditions.picture("partner_logo"))
        return visible
