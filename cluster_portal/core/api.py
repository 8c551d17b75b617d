"""The read-only API at /api/v2/: Wagtail's pages, images and documents.

Pages: only live, public pages, each type with its own `api_fields`.
Images and documents: only files outside the collections a section marks as
private through the `api_hidden_collections` hook (a member's uploads, which
staff have not reviewed). Nothing else is exposed: no user, no form entry, no
registration.
"""

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, prefetch_related_objects
from modelcluster.models import get_all_child_relations
from wagtail import hooks
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from . import routing
from .pagination import generation_count
from .queries import in_language_trees, pages


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


class GenerationPagination(WagtailPagination):
    """Wagtail's offset and limit, with the total counted once per content
    generation: at 20,000 stories the count was most of a listing's time."""

    def paginate_queryset(self, queryset, request, view=None):
        counted = queryset.all()
        counted.count = lambda: generation_count(queryset)
        return super().paginate_queryset(counted, request, view)


class PublicPagesAPIViewSet(BadFiltersRefused, PagesAPIViewSet):
    pagination_class = GenerationPagination

    def get_base_queryset(self):
        """Wagtail's live, public pages of the site, from what is kept per
        generation: the restricted sections and the site's language trees.

        Wagtail's own reads every view restriction and the site's translations
        each time it is called, three times a listing. The API is anonymous:
        every restricted section is left out, as `public()` does.
        """
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = self._public_pages()
        return self._base_queryset

    def _public_pages(self, model=Page):
        request = self.request
        routing.prime_site(request)
        try:
            site = SiteFilterValidator(
                site=request.GET.get("site"), request=request
            ).site_obj
        except ValueError as error:
            raise BadRequestError(str(error)) from error
        if site is None:
            return Page.objects.none()
        return pages(model).live().public().filter(in_language_trees(request, site))

    def get_queryset(self):
        queryset = super().get_queryset()
        if queryset.model is not Page:
            # Wagtail reads one type as `pk IN (every public page)`: at 50,000
            # pages the database listed them all and sorted the type's pages
            # by path. The same conditions on the type's own table are indexed.
            queryset = self._public_pages(queryset.model)
        # Each item's meta names its locale.
        return queryset.select_related("locale")

    def get_object(self):
        """The page, with the pages its child rows link to fetched with them:
        a story's related pages, a project's partners, in a query each."""
        page = super().get_object()
        lookups = []
        for relation in get_all_child_relations(type(page)):
            model = relation.related_model
            links = [
                field.name
                for field in model._meta.get_fields()
                if field.many_to_one
                and field is not relation.field
                and issubclass(field.related_model, Page)
            ]
            if links:
                lookups.append(
                    Prefetch(
                        relation.get_accessor_name(),
                        queryset=model.objects.select_related(*links),
                    )
                )
        prefetch_related_objects([page], *lookups)
        return page


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
