"""The home page and the free-form standard page."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page
from wagtail.search import index

from cluster_portal.core import renditions, seo
from cluster_portal.core.blocks import BaseStreamBlock
from cluster_portal.core.images import attach_renditions, images_at
from cluster_portal.core.queries import PortalPageQuerySet, pages

from .base import BasePage
from .fields import image_field, optional_link
from .snippets import Organisation, StrategicArea


class HomePage(BasePage):
    """The front page of one language of the site."""

    hero_heading = models.CharField(
        max_length=120, help_text=_("The large heading at the top of the home page.")
    )
    hero_text = models.TextField(
        max_length=400, help_text=_("One or two sentences under the heading.")
    )
    hero_image = image_field(_("A wide photograph behind the heading."))
    hero_cta_page = optional_link(
        "wagtailcore.Page",
        _("Where the main button leads."),
        verbose_name=_("hero button page"),
    )
    hero_cta_label = models.CharField(
        max_length=60,
        blank=True,
        verbose_name=_("hero button label"),
        help_text=_("Text of the main button; no button when empty."),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        help_text=_("Sections shown below the strategic areas."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_page"),
                FieldPanel("hero_cta_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]

    listing_image_fields = ("social_image", "hero_image")
    description_field = "hero_text"

    api_fields = [
        APIField("hero_heading"),
        APIField("hero_text"),
        APIField("hero_image", serializer=ImageRenditionField(renditions.SHARE)),
        APIField("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    # The core names no section: the settings list each section's index page.
    subpage_types = ["core.StandardPage", *settings.PORTAL_SECTION_INDEX_PAGES]
    page_description = _("The front page of one language of the site.")

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def can_create_at(cls, parent):
        # One home page per language: the first is created here, the others
        # as its translations, which do not go through this check.
        return super().can_create_at(parent) and not cls.objects.exists()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        locale = self.locale
        context["strategic_areas"] = StrategicArea.objects.filter(
            locale=locale, parent__isnull=True
        ).select_related("locale")
        context["explore_pages"] = (
            PortalPageQuerySet(StandardPage)
            .child_of(self)
            .live()
            .public()
            .in_menu()
            .select_related("image", "social_image")
            .with_renditions("image", renditions.picture("card"))
            .with_renditions("social_image", renditions.picture("card"))
            .order_by("path")
        )
        partners = list(
            Organisation.objects.filter(locale=locale)
            .select_related("logo")
            .order_by("name")
        )
        attach_renditions(
            images_at(partners, "logo"), renditions.picture("home_partner_logo")
        )
        context["partners"] = partners
        return context

    def get_structured_data(self, request):
        return [seo.website(self, request), seo.cluster_organisation(request)]


class StandardPage(BasePage):
    """A free-form page: about, governance, working groups, contact."""

    intro = models.TextField(
        max_length=500, blank=True, help_text=_("A short summary under the title.")
    )
    image = image_field(_("A wide image at the top of the page."))
    body = StreamField(
        BaseStreamBlock(), blank=True, help_text=_("The page's content.")
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]

    listing_image_fields = ("social_image", "image")
    description_field = "intro"

    api_fields = [
        APIField("intro"),
        APIField("image", serializer=ImageRenditionField(renditions.SHARE)),
        APIField("body"),
    ]
    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]
    page_description = _("About, governance, working groups, contact and the like.")

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The section this page belongs to: its top-level ancestor under home,
        # taken from the breadcrumbs already fetched.
        section = next(
            (crumb for crumb in context["breadcrumbs"] if crumb.depth == 3), self
        )
        context["section"] = section
        context["section_pages"] = (
            pages().child_of(section).live().public().in_menu().order_by("path")
        )
        return context
