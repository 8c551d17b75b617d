"""Card images for listings: their renditions from Wagtail's rendition cache.

Wagtail keeps every rendition it finds or makes in its rendition cache
(the `renditions` cache when there is one, else the default), under a key
made of the image's id and file hash, the focal point and the filter spec,
so an edited or replaced image is looked up afresh. A single `{% image %}`
tag reads that cache with a round trip of its own; a listing's images are
given theirs here instead, all at once: one read of the cache, and one query
for the renditions it did not hold, which then go into the cache.
"""

from django.db import models
from wagtail.images import get_image_model
from wagtail.images.models import Filter

# A size a listing asks for but has never drawn (the large card's, for the
# stories that are not featured) is remembered as absent, under a key of its
# own that Wagtail never reads, so that it costs no query each request. When
# Wagtail makes the rendition it caches it under the rendition's key, which
# is read first.
ABSENT = ":absent"
ABSENT_TIMEOUT = 3600


def attach_renditions(images, *filter_specs):
    """Give each image its renditions for `filter_specs`, in two round trips.

    The renditions become the image's prefetched ones, which Wagtail takes as
    the complete set: list every size the template renders ("fill-{a,b}"
    expands). A size never made before is made when first drawn, as usual.
    Once the cache holds them, this costs one read of the cache and no query.
    """
    images = list({image.pk: image for image in images if image is not None}.values())
    if not images or not filter_specs:
        return
    rendition_model = get_image_model().get_rendition_model()
    filters = [
        Filter(spec=spec)
        for pattern in filter_specs
        for spec in Filter.expand_spec(pattern)
    ]
    wanted = {}
    for image in images:
        for filter in filters:
            focal = filter.get_cache_key(image)
            key = rendition_model.construct_cache_key(image, focal, filter.spec)
            wanted[key] = (image, filter.spec, focal)
    found = {image.pk: [] for image in images}
    cache = rendition_model.cache_backend
    held = cache.get_many([*wanted, *(key + ABSENT for key in wanted)])
    for key in list(wanted):
        if key in held:
            image = wanted.pop(key)[0]
            held[key].image = image
            found[image.pk].append(held[key])
        elif key + ABSENT in held:
            del wanted[key]  # not made yet: Wagtail makes it when it is drawn
    if wanted:
        missing = {
            (image.pk, spec, focal): key for key, (image, spec, focal) in wanted.items()
        }
        by_pk = {image.pk: image for image, _, _ in wanted.values()}
        fetched = {}
        for rendition in rendition_model.objects.filter(
            image_id__in=by_pk, filter_spec__in={spec for _, spec, _ in missing}
        ):
            key = missing.get(
                (rendition.image_id, rendition.filter_spec, rendition.focal_point_key)
            )
            if key is not None:
                fetched[key] = rendition
        # Cached before they point to their image, as Wagtail caches them.
        cache.set_many(fetched)
        cache.set_many(
            {key + ABSENT: True for key in wanted if key not in fetched},
            timeout=ABSENT_TIMEOUT,
        )
        for rendition in fetched.values():
            rendition.image = by_pk[rendition.image_id]
            found[rendition.image_id].append(rendition)
    for image in images:
        # Wagtail's own attribute for renditions prefetched to a list; sizes
        # attached before (another `with_renditions`) are kept.
        earlier = getattr(image, "prefetched_renditions", None) or []
        image.prefetched_renditions = [*earlier, *found[image.pk]]
        for rendition in found[image.pk]:
            rendition._from_cache = True  # Wagtail writes it back otherwise


def images_at(objects, path):
    """The images at `path` ("logo", "member__logo") of `objects`, where set."""
    images = []
    for obj in objects:
        for name in path.split("__"):
            if obj is None or getattr(obj, f"{name}_id", True) is None:
                obj = None  # an empty foreign key: no query to find nothing
                break
            obj = getattr(obj, name)
        if obj is not None:
            images.append(obj)
    return images


class RenditionsQuerySet(models.QuerySet):
    """A queryset that gives the images its rows show their renditions.

    `with_renditions("lead_image", CARD)` after select_related("lead_image"):
    when the rows are fetched (a page of a paginated listing, a slice), their
    images get the renditions through `attach_renditions`.
    """

    _portal_renditions = ()

    def with_renditions(self, path, *filter_specs):
        clone = self._chain()
        clone._portal_renditions = (*self._portal_renditions, (path, filter_specs))
        return clone

    def _clone(self):
        clone = super()._clone()
        clone._portal_renditions = self._portal_renditions
        return clone

    def _fetch_all(self):
        fresh = self._result_cache is None
        super()._fetch_all()
        if fresh and self._portal_renditions:
            rows = [row for row in self._result_cache if isinstance(row, models.Model)]
            for path, filter_specs in self._portal_renditions:
                attach_renditions(images_at(rows, path), *filter_specs)


def file_sizes(files):
    """{name: bytes} of stored rendition files, in one read of the cache.

    A feed's enclosures give each image's length; asking the storage is a
    request per file on object storage. A rendition's file never changes
    under its name (a new one gets a new name), so its size is kept as long
    as the renditions are. A file the storage cannot find counts 0 bytes.
    """
    cache = get_image_model().get_rendition_model().cache_backend
    keys = {f"file-size:{file.name}": file for file in files}
    held = cache.get_many(list(keys))
    found = {}
    for key, file in keys.items():
        if key in held:
            continue
        try:
            found[key] = file.size
        except OSError:
            found[key] = 0
    cache.set_many(found)
    return {keys[key].name: size for key, size in {**held, **found}.items()}
