"""The member directory: the members of one language, with facets and open data."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cluster_portal.core.models import SectionIndexPage, StrategicArea
from cluster_portal.core.pagination import paginate
from cluster_portal.core.seo import collection_page

from .. import exports
from ..filters import MemberFilterForm
from .pages import MemberPage, Sector

DIRECTORY_PAGE_SIZE = 24


class MemberDirectoryPage(RoutablePageMixin, SectionIndexPage):
    """The directory of member companies of one language, with facets."""

    subpage_types = ["members.MemberPage"]
    page_description = _("The member directory of one language.")

    class Meta:
        verbose_name = _("member directory")

    def members(self):
        return MemberPage.objects.child_of(self).in_directory()

    def filter_form(self, request):
        return MemberFilterForm(
            request.GET,
            locale=self.locale,
            sectors=Sector.objects.filter(locale_id=self.locale_id),
            areas=StrategicArea.objects.filter(locale_id=self.locale_id),
            facets_key=f"members:{self.pk}",
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.filter_form(request)
        members = self.members()
        page = paginate(
            request, form.filter(members).for_listing(), DIRECTORY_PAGE_SIZE
        )
        context.update(
            filter_form=form,
            facets=form.facets(members),
            members=page,
            view=form.display(),
            robots=self.listing_robots(form, page),
        )
        return context

    @path("")
    def index_view(self, request):
        return self.render(request)

    # Wagtail routes only slug segments ending in "/": no ".csv" suffix.
    @path("export/csv/", name="csv")
    def csv_export(self, request):
        form = self.filter_form(request)
        return exports.csv_response(form.filter(self.members()), request, self)

    @path("export/json/", name="json")
    def json_export(self, request):
        form = self.filter_form(request)
        return exports.json_response(form.filter(self.members()), request, self)

    def get_structured_data(self, request):
        return [collection_page(self, request)]
