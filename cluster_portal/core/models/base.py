"""The abstract page every public page type extends."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from cluster_portal.core import seo
from cluster_portal.core.queries import alias_paths, restricted_paths
from cluster_portal.core.sections import collect_linked_sections

from .fields import image_field


class BasePage(Page):
    """A page with the metadata, sharing image and alternates every page needs."""

    social_image = image_field(
        _("Shown when the page is shared; the page's own image otherwise.")
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    class Meta:
        abstract = True

    # Image fields a card may show, first set wins; page types add their own.
    listing_image_fields = ("social_image",)
    # The label above the page's title on a card; None for no label.
    card_label = None
    # Foreign keys the page's own template reads, besides its images: loaded
    # with the page when it is served (core.routing).
    served_with = ()

    @classmethod
    def served_related(cls):
        """What to select_related when this page is served: no query each."""
        return ("locale", *cls.listing_image_fields, *cls.served_with)

    def get_listing_image(self):
        """The image for cards and sharing."""
        for name in self.listing_image_fields:
            image = getattr(self, name)
            if image is not None:
                return image
        return None

    # The field whose text describes the page when the editor wrote no
    # search description; page types name their own.
    description_field = None

    def get_meta_description(self):
        fallback = (
            getattr(self, self.description_field) if self.description_field else ""
        )
        return self.search_description or fallback

    def get_structured_data(self, request):
        """schema.org objects for this page; subclasses add their own type."""
        return []

    def linked_sections(self, hook_name, request):
        """The blocks other sections add to this page (see core.sections)."""
        return collect_linked_sections(self, request, hook_name)

    def get_view_restrictions(self):
        """Wagtail's, with no query where no restriction or alias is above.

        Wagtail looks them up (two queries) each time a page is served; the
        restricted sections and the aliases are read once a generation.
        """
        above = (*restricted_paths(), *alias_paths())
        if self.alias_of_id or any(self.path.startswith(path) for path in above):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["alternates"], context["breadcrumbs"] = seo.page_family(self, request)
        return context


class SectionIndexPage(BasePage):
    """The index of one section in one language, under the home page: news,
    events, members, projects. Each adds its children and its listing."""

    intro = models.TextField(
        max_length=500, blank=True, help_text=_("A sentence under the title.")
    )

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    api_fields = [APIField("intro")]
    description_field = "intro"
    parent_page_types = ["core.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    @staticmethod
    def listing_robots(form, page):
        """The robots rule of one listing: a filtered selection or a page after
        the first stays out of search results, its links still followed."""
        return "noindex, follow" if form.is_filtered() or page.number > 1 else None


class SectionPage(BasePage):
    """A page of one section (a story, an event, a member, a project): a leaf
    under its section's index, which its template links back to as `index`."""

    subpage_types = []

    class Meta:
        abstract = True

    @classmethod
    def editor_tabs(cls, *tabs, settings=True):
        """The editor's tabs: each of `tabs` a (heading, panels) pair, then
        Promote and, unless `settings` is false, Wagtail's Settings."""
        tabs = [*tabs, (_("Promote"), cls.promote_panels)]
        if settings:
            tabs.append((_("Settings"), Page.settings_panels))
        return TabbedInterface(
            [ObjectList(panels, heading=heading) for heading, panels in tabs]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The parent is the last ancestor in the breadcrumbs, when it is live.
        crumbs = context["breadcrumbs"]
        parent = crumbs[-2] if len(crumbs) > 1 else None
        if parent is None or parent.depth != self.depth - 1:
            parent = self.get_parent()
        context["index"] = parent
        return context
