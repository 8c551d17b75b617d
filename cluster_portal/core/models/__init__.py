from .base import BasePage, SectionIndexPage, SectionPage
from .mixins import LeadImageMixin, PostalAddress, StrategicAreasMixin
from .pages import HomePage, StandardPage
from .site_settings import ContactSettings, NavigationSettings
from .snippets import FooterText, Organisation, StrategicArea, Taxonomy

__all__ = [
    "BasePage",
    "ContactSettings",
    "FooterText",
    "HomePage",
    "LeadImageMixin",
    "NavigationSettings",
    "Organisation",
    "PostalAddress",
    "SectionIndexPage",
    "SectionPage",
    "StandardPage",
    "StrategicArea",
    "StrategicAreasMixin",
    "Taxonomy",
]
