"""What a page shows of the pages that link to it, without knowing their apps.

A section that links to member, event or project pages declares, in its own
`sections.py`, a `LinkedSection` for each block it adds to them, and
registers the class in its `wagtail_hooks.py` under the hook of the page
kind it adds to ("member_page_sections", "event_page_sections",
"project_page_sections"), as Wagtail's own `SummaryItem` subclasses are
registered for the admin's dashboard. The core collects them by hook name
and imports no section.
"""

from django.utils.functional import cached_property
from wagtail import hooks

from .page_cache import per_generation


def section_index(model, locale_id, request=None):
    """The first index page of `model` in a language, kept per generation."""
    return per_generation(
        request,
        f"section-index:{model._meta.label}:{locale_id}",
        lambda: model.objects.filter(locale_id=locale_id).order_by("path").first(),
    )


class LinkedSection:
    """One block of pages linking to `page`, shown on `page` as a card grid.

    The contract a section implements:

    - `order`: pages show their blocks smallest first. A page lists what
      changes fastest first, so the freshest block leads: a story is news for
      days, an event for weeks, a project runs for years.
    - `key`: the block's id on the page, after the page's own prefix.
    - `title`: the block's heading.
    - `card_template` and `card_name`: the card that renders one item, and the
      name under which that card expects its item ("story", "event", ...), so
      cards need no wrapper template to rename it.
    - `get_queryset()`: the linking pages, in the order shown and ready for
      cards; the block shows the first `limit`.
    - `index_model`, `see_all_suffix(index)`, `see_all_label`: the "see all"
      link, to the section's index in the page's language with
      `see_all_suffix(index)` (a subpage, a filter) after the index's URL; no
      link without an index. The label formats `%(name)s` with the page's
      title.
    - `is_shown()`: whether the block appears; by default when it has items.

    `template_name` renders the block (`section` in its context); one template
    serves every section.
    """

    template_name = "components/linked_section.html"
    order = 100
    key = ""
    title = ""
    card_template = ""
    card_name = "item"
    limit = 3
    index_model = None
    see_all_label = ""

    def __init__(self, page, request):
        self.page = page
        self.request = request

    def get_queryset(self):
        raise NotImplementedError

    def linking(self, queryset, **links):
        """The live, public pages of `queryset` in the page's language with `links`."""
        return queryset.live().public().filter(locale_id=self.page.locale_id, **links)

    @cached_property
    def items(self):
        return list(self.get_queryset()[: self.limit])

    def is_shown(self):
        return bool(self.items)

    def see_all_suffix(self, index):
        return ""

    @cached_property
    def see_all_url(self):
        if self.index_model is None:
            return None
        index = section_index(self.index_model, self.page.locale_id, self.request)
        return f"{index.url}{self.see_all_suffix(index)}" if index else None

    def get_see_all_label(self):
        return self.see_all_label % {"name": self.page.title}


def collect_linked_sections(page, request, hook_name):
    """The blocks registered under `hook_name` that show on `page`, in order."""
    sections = [section(page, request) for section in hooks.get_hooks(hook_name)]
    return sorted(
        (section for section in sections if section.is_shown()),
        key=lambda section: section.order,
    )
