"""Admin listings of a section's pages: what every section's viewset shares."""

from wagtail.admin.viewsets.pages import PageListingViewSet


class SectionListingViewSet(PageListingViewSet):
    """A section's pages in the admin menu; a section adds its own columns."""

    add_to_admin_menu = True
    section_columns = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Wagtail's own columns (title, parent, status…) first, as in its listings.
        cls.columns = [*PageListingViewSet.columns, *cls.section_columns]
