"""Card images for listings: prefetched renditions, and images for mixed pages."""

from django.db.models import Prefetch
from wagtail.images import get_image_model


def prefetch_renditions(image_field, *filter_specs):
    """The renditions a listing shows of `image_field`, so no card costs a query.

    The image itself comes with select_related; this is what
    Image.objects.prefetch_renditions() does, one relation away. List every
    size the listing renders: Wagtail takes the prefetched renditions as the
    complete set, and re-encodes a missing size on every request.
    """
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        f"{image_field}__renditions",
        queryset=rendition_model.objects.filter(filter_spec__in=filter_specs),
        to_attr="prefetched_renditions",
    )


def attach_listing_images(pages, *filter_specs):
    """Load every listing image of `pages` with its renditions in two queries.

    Pages of any type declare their image fields in `listing_image_fields`;
    each fetched image is put in the page's field cache, so
    get_listing_image() and `{% image %}` run no further query.
    """
    wanted = {}
    for page in pages:
        for name in getattr(page, "listing_image_fields", ()):
            image_id = getattr(page, f"{name}_id", None)
            if image_id is not None:
                wanted.setdefault(image_id, []).append((page, name))
    if not wanted:
        return pages
    images = get_image_model().objects.filter(pk__in=wanted)
    if filter_specs:
        images = images.prefetch_renditions(*filter_specs)
    for image in images:
        for page, name in wanted[image.pk]:
            setattr(page, name, image)
    return pages
