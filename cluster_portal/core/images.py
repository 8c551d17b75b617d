"""Card images for lists of pages of mixed types, fetched in one go."""

from wagtail.images import get_image_model


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
