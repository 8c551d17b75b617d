"""Serializer fields the page types' `api_fields` share.

Kept apart from the API's views: models import these, and the views need the
models loaded first.
"""

from rest_framework.fields import Field

from cluster_portal.core.queries import is_public


class TaxonomyField(Field):
    """Strategic areas, sectors…: a list of {"name", "slug"}, not bare ids."""

    def to_representation(self, manager):
        return [{"name": item.name, "slug": item.slug} for item in manager.all()]


class OrganisationField(Field):
    """An Organisation snippet by its public facts."""

    def to_representation(self, organisation):
        return {
            "name": organisation.name,
            "acronym": organisation.acronym,
            "kind": organisation.kind,
            "city": organisation.city,
            "country": organisation.country,
            "website": organisation.website,
        }


class PublicPageField(Field):
    """A linked page by id, title and address, or null when it is not live
    and public: an unpublished member's name must not show through a link."""

    def to_representation(self, page):
        if not is_public(page):
            return None
        return {
            "id": page.pk,
            "title": page.title,
            "html_url": page.get_full_url(self.context.get("request")),
        }
