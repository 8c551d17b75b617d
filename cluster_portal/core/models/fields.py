"""Field declarations the portal's models share."""

from django.db import models


def image_field(help_text):
    """An optional image: deleting the image empties the field only."""
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def unique_slug_per_locale(name):
    """A slug that filter addresses use: one meaning per language."""
    return models.UniqueConstraint(fields=["locale", "slug"], name=name)
