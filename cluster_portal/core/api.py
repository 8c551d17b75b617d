"""The read-only API at /api/v2/: Wagtail's pages, images and documents.

Pages: only live, public pages, each type with its own `api_fields`.
Images and documents: only files outside the collections a section marks as
private through the `api_hidden_collections` hook (a member's uploads, which
staff have not reviewed). Nothing else is exposed: no user, no form entry, no
registration.
"""

from django.core.exceptions import ValidationError
from wagtail import hooks
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


def hidden_collections():
    """Ids of the collections whose files the API leaves out."""
    hidden = set()
    for hook in hooks.get_hooks("api_hidden_collections"):
        hidden.update(hook())
    return hidden


class BadFiltersRefused:
    """A filter value the field cannot read (?start=abc, ?date=2023-13-45) is
    a 400, not a 500: Wagtail's field filters let the error through."""

    def filter_queryset(self, queryset):
        try:
            return super().filter_queryset(queryset)
        except (ValidationError, ValueError, OverflowError) as error:
            raise BadRequestError(f"bad filter value: {error}") from None


class PublicPagesAPIViewSet(BadFiltersRefused, PagesAPIViewSet):
    pass


class PublicImagesAPIViewSet(BadFiltersRefused, ImagesAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().exclude(collection_id__in=hidden_collections())


class PublicDocumentsAPIViewSet(BadFiltersRefused, DocumentsAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().exclude(collection_id__in=hidden_collections())


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PublicPagesAPIViewSet)
router.register_endpoint("images", PublicImagesAPIViewSet)
router.register_endpoint("documents", PublicDocumentsAPIViewSet)
