"""Field declarations the portal's models share."""

from django.db import models


def optional_link(
    to,
    help_text,
    related_name="+",
    on_delete=models.SET_NULL,
    field=models.ForeignKey,
    **options,
):
    """An optional link to another object: by default, deleting what it
    points at empties the field only."""
    return field(
        to,
        null=True,
        blank=True,
        on_delete=on_delete,
        related_name=related_name,
        help_text=help_text,
        **options,
    )


def image_field(help_text):
    """An optional image: deleting the image empties the field only."""
    return optional_link("wagtailimages.Image", help_text)


def unique_slug_per_locale(name):
    """A slug that filter addresses use: one meaning per language."""
    return models.UniqueConstraint(fields=["locale", "slug"], name=name)
