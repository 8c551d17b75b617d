from .base import BasePage, SectionIndexPage
from .pages import HomePage, StandardPage
from .site_settings import ContactSettings, NavigationSettings
from .snippets import FooterText, Organisation, StrategicArea

__all__ = [
    "BasePage",
    "ContactSettings",
    "FooterText",
    "HomePage",
    "NavigationSettings",
    "Organisation",
    "SectionIndexPage",
    "StandardPage",
    "StrategicArea",
]
