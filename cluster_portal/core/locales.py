"""Keep Wagtail's Locale rows in step with the languages in the settings."""

from django.conf import settings
from wagtail.models import Locale


def ensure_locales(using="default", **kwargs):
    """Create a Locale for every content language, so adding one is a setting."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)
