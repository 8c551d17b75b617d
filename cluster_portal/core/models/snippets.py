"""Translatable taxonomy and partner snippets shared by every section."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from .fields import image_field, optional_link, unique_slug_per_locale


class Taxonomy(TranslatableMixin, models.Model):
    """A term pages are filed under and listings filtered by, in one language:
    its name, the slug filter addresses use, its place in lists."""

    name = models.CharField(max_length=120, help_text=_("As visitors read it."))
    slug = models.SlugField(
        max_length=120,
        help_text=_("Its name in filter addresses, e.g. medtech."),
    )
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text=_("Lower numbers are listed first.")
    )

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [unique_slug_per_locale("unique_%(class)s_slug_per_locale")]

    def __str__(self):
        return self.name


class StrategicArea(index.Indexed, Taxonomy):
    """A strategic area of the cluster, or a priority domain within one."""

    class Kind(models.TextChoices):
        AREA = "area", _("Strategic area")
        DOMAIN = "domain", _("Priority domain")

    kind = models.CharField(
        max_length=10,
        choices=Kind.choices,
        default=Kind.AREA,
        help_text=_("Areas are the cluster's pillars; domains are narrower."),
    )
    parent = optional_link(
        "self",
        _("For a priority domain: the strategic area it belongs to."),
        related_name="domains",
    )
    description = models.TextField(
        blank=True, max_length=600, help_text=_("One or two sentences.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("parent"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("locale_id"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("strategic area")
        verbose_name_plural = _("strategic areas")


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A partner that is not a member: agency, cluster, university, investor…"""

    class Kind(models.TextChoices):
        PUBLIC_AGENCY = "agency", _("Public agency")
        CLUSTER = "cluster", _("Cluster or association")
        UNIVERSITY = "university", _("University")
        RESEARCH_CENTRE = "research", _("Research centre")
        HOSPITAL = "hospital", _("Hospital")
        INVESTOR = "investor", _("Investor")
        OTHER = "other", _("Other")

    name = models.CharField(max_length=200, help_text=_("The organisation's name."))
    acronym = models.CharField(
        max_length=40, blank=True, help_text=_("Short name, if it goes by one.")
    )
    kind = models.CharField(
        max_length=12, choices=Kind.choices, help_text=_("What sort of partner it is.")
    )
    city = models.CharField(max_length=100, blank=True, help_text=_("Its home city."))
    country = models.CharField(
        max_length=2,
        blank=True,
        help_text=_("Two-letter ISO country code, e.g. BE, FR, US."),
    )
    website = models.URLField(blank=True, help_text=_("Its public website."))
    logo = image_field(_("A logo on a plain background."))
    description = models.TextField(
        blank=True, max_length=800, help_text=_("What it does, in a few sentences.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("kind"),
        FieldPanel("city"),
        FieldPanel("country"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("acronym"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.full_name(self.name, self.acronym)

    @staticmethod
    def full_name(name, acronym):
        """How the portal names an organisation: "University of Liège (ULiège)"."""
        return f"{name} ({acronym})" if acronym else name

    def clean(self):
        super().clean()
        self.country = self.country.upper()


class FooterText(TranslatableMixin, models.Model):
    """The short text about the cluster shown in every page's footer."""

    body = models.TextField(
        max_length=400, help_text=_("One or two sentences about the cluster.")
    )

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return self.body[:60]
