"""Per-site settings editors change in Settings: menus, social links, contact."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Site

from ..page_cache import per_generation
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


class CachedSiteSetting(BaseSiteSetting):
    """A site setting read from the cache, kept per content generation.

    Every page reads the settings; saving one bumps the generation, so the
    cached copy is never stale. The admin edits through for_site(), uncached.
    """

    class Meta:
        abstract = True

    @classmethod
    def for_request(cls, request):
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            name = f"setting:{cls._meta.label}:{site.pk if site else 0}"
            setattr(
                request,
                attr_name,
                per_generation(
                    request,
                    name,
                    lambda: super(CachedSiteSetting, cls).for_request(request),
                ),
            )
        return getattr(request, attr_name)


@register_setting(icon="list-ul")
class NavigationSettings(CachedSiteSetting):
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
class ContactSettings(PostalAddress, CachedSiteSetting):
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
