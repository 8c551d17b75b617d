"""The abstract page every public page type extends."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from cluster_portal.core import seo


class BasePage(Page):
    """A page with the metadata, sharing image and alternates every page needs."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; the page's own image otherwise."),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    class Meta:
        abstract = True

    def get_listing_image(self):
        """The image for cards and sharing; page types with their own image override."""
        return self.social_image

    def get_meta_description(self):
        return self.search_description or ""

    def get_structured_data(self, request):
        """schema.org objects for this page; subclasses add their own type."""
        return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["alternates"] = seo.page_alternates(self, request)
        context["breadcrumbs"] = seo.breadcrumbs(self)
        return context
