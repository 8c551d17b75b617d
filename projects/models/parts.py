"""The parts of a project page: its partners and its outcomes."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import Orderable

from members.links import (
    MemberOrOrganisationLink,
    member_and_organisation_fields,
    one_of_member_or_organisation,
)


class ProjectPartner(MemberOrOrganisationLink, Orderable):
    """A member or partner organisation, with its role in the project.

    Deleting the member page or the organisation deletes only this link; the
    project stays. An unpublished member is left out of the public page.
    """

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("Coordinator")
        INDUSTRIAL = "industrial", _("Industrial partner")
        ACADEMIC = "academic", _("Academic partner")
        HOSPITAL = "hospital", _("Hospital")
        SUBCONTRACTOR = "subcontractor", _("Subcontractor")

    page = ParentalKey(
        "projects.ProjectPage", on_delete=models.CASCADE, related_name="partners"
    )
    role = models.CharField(
        max_length=14, choices=Role.choices, help_text=_("Its role in the project.")
    )
    member, organisation = member_and_organisation_fields(
        "project_partnerships",
        _("A university, hospital or company that is not a member."),
    )

    class Meta(Orderable.Meta):
        constraints = [
            one_of_member_or_organisation("project_partner_member_or_organisation")
        ]

    @staticmethod
    def heading(role, count):
        """The heading over `count` partners with `role`: "Academic partners"."""
        headings = {
            "coordinator": lambda: npgettext(
                "heading", "Coordinator", "Coordinators", count
            ),
            "industrial": lambda: npgettext(
                "heading", "Industrial partner", "Industrial partners", count
            ),
            "academic": lambda: npgettext(
                "heading", "Academic partner", "Academic partners", count
            ),
            "hospital": lambda: npgettext("heading", "Hospital", "Hospitals", count),
            "subcontractor": lambda: npgettext(
                "heading", "Subcontractor", "Subcontractors", count
            ),
        }
        return headings[role]()


class ProjectOutcome(Orderable):
    """Something the project produced: a product on the market, a patent…"""

    class Kind(models.TextChoices):
        PRODUCT = "product", _("Product or service on the market")
        PROTOTYPE = "prototype", _("Prototype")
        CLINICAL = "clinical", _("Clinical study")
        PATENT = "patent", _("Patent")
        PUBLICATION = "publication", _("Publication")
        AWARD = "award", _("Award or title")
        COMPANY = "company", _("New company")
        JOBS = "jobs", _("Jobs")
        OTHER = "other", _("Other")

    page = ParentalKey(
        "projects.ProjectPage", on_delete=models.CASCADE, related_name="outcomes"
    )
    kind = models.CharField(
        max_length=12, choices=Kind.choices, help_text=_("What sort of outcome.")
    )
    title = models.CharField(
        max_length=200, help_text=_("In a few words, e.g. “QC1 reaches the market”.")
    )
    description = models.TextField(
        max_length=600, blank=True, help_text=_("A few lines about it.")
    )
    year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
        help_text=_("The year it came, if known."),
    )
    url = models.URLField(
        _("URL"), blank=True, help_text=_("Where to read more, if anywhere.")
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("year")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("url"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("title"),
        APIField("description"),
        APIField("year"),
        APIField("url"),
    ]

    def __str__(self):
        return self.title
