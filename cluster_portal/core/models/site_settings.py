"""Per-site settings editors change in Settings: menus, social links, contact."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from .fields import image_field
from .mixins import PostalAddress

SOCIAL_PLATFORMS = [
    ("linkedin", "LinkedIn"),
    ("bluesky", "Bluesky"),
    ("mastodon", "Mastodon"),
    ("x", "X"),
    ("youtube", "YouTube"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
]


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS)
    url = blocks.URLBlock(help_text=_("The full address of the cluster's profile."))

    class Meta:
        icon = "link-external"


def _page_links(help_text):
    return StreamField(
        [("page", blocks.PageChooserBlock(help_text=_("Shown with its title.")))],
        blank=True,
        help_text=help_text,
    )


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    """The main menu, the footer links and the social profiles."""

    main_menu = _page_links(
        _("Pages in the header menu, in order. Each language shows its translation.")
    )
    footer_menu = _page_links(_("Pages linked in the footer, in order."))
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        help_text=_("The cluster's social media profiles."),
    )

    panels = [
        FieldPanel("main_menu"),
        FieldPanel("footer_menu"),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = _("navigation")


@register_setting(icon="mail")
class ContactSettings(PostalAddress, BaseSiteSetting):
    """The cluster's legal name and contact details, shown in the footer."""

    organisation_name = models.CharField(
        max_length=120, blank=True, help_text=_("The cluster's name, e.g. BioWin.")
    )
    legal_name = models.CharField(
        max_length=200, blank=True, help_text=_("The registered name, if different.")
    )
    email = models.EmailField(blank=True, help_text=_("The public contact address."))
    phone = models.CharField(
        max_length=40, blank=True, help_text=_("International format, e.g. +32 …")
    )
    logo = image_field(
        _("The cluster's logo, used in structured data for search engines.")
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("legal_name"),
        *PostalAddress.address_panels,
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("logo"),
    ]

    class Meta:
        verbose_name = _("contact details")
