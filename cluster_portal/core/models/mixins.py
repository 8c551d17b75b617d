"""What the sections' models share: strategic areas, a lead image, an address."""

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.images.api.fields import ImageRenditionField

from ..api_fields import TaxonomyField
from .fields import image_field


class StrategicAreasMixin:
    """A page filed under strategic areas and priority domains.

    The page declares its field with `strategic_areas_field`: each section's
    pages have their own related name on the area (`news_pages`, …), which an
    abstract field could not give them.
    """

    strategic_areas_panel = FieldPanel(
        "strategic_areas", widget=forms.CheckboxSelectMultiple
    )
    strategic_areas_api_field = APIField("strategic_areas", serializer=TaxonomyField())

    @staticmethod
    def strategic_areas_field(related_name, help_text):
        return ParentalManyToManyField(
            "core.StrategicArea",
            blank=True,
            related_name=related_name,
            help_text=help_text,
        )

    # Read by the template and by the JSON-LD; fetched once per request.
    @cached_property
    def area_list(self):
        return list(self.strategic_areas.all())


class LeadImageMixin(models.Model):
    """A page with an image on top, on its cards and when it is shared."""

    lead_image = image_field(_("Shown on top of the page, on cards and when shared."))
    lead_image_alt = models.CharField(
        _("lead image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image; leave empty only if it is decorative."),
    )

    lead_image_panel = MultiFieldPanel(
        [FieldPanel("lead_image"), FieldPanel("lead_image_alt")],
        heading=_("Lead image"),
    )
    listing_image_fields = ("social_image", "lead_image")

    class Meta:
        abstract = True

    @staticmethod
    def lead_image_api_fields(rendition):
        """The image, as the `rendition` it is shared in, and its text."""
        return [
            APIField("lead_image", serializer=ImageRenditionField(rendition)),
            APIField("lead_image_alt"),
        ]


class PostalAddress(models.Model):
    """A postal address: a member's, an event venue's, the cluster's own.

    A model that needs a field otherwise (indexed, or with a default country)
    declares it again.
    """

    ADDRESS_FIELDS = ("street_address", "postcode", "city", "country")

    street_address = models.CharField(
        max_length=200, blank=True, help_text=_("Street and number.")
    )
    postcode = models.CharField(max_length=20, blank=True, help_text=_("Postcode."))
    city = models.CharField(max_length=100, blank=True, help_text=_("City."))
    country = models.CharField(
        max_length=2, blank=True, help_text=_("Two-letter ISO code, e.g. BE.")
    )

    address_panels = [
        FieldPanel("street_address"),
        FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
        FieldPanel("country"),
    ]
    address_api_fields = [APIField(name) for name in ADDRESS_FIELDS]

    class Meta:
        abstract = True

    def schema_address(self):
        """The address as a schema.org PostalAddress, without its empty parts."""
        parts = {
            "streetAddress": self.street_address,
            "postalCode": self.postcode,
            "addressLocality": self.city,
            "addressCountry": self.country,
        }
        return {"@type": "PostalAddress", **{k: v for k, v in parts.items() if v}}
