"""The events index: upcoming events, the past archive and calendar feeds."""

import dataclasses

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cluster_portal.core.models import SectionIndexPage, StrategicArea
from cluster_portal.core.pagination import paginate
from cluster_portal.core.seo import collection_page
from members.models import MemberPage

from .. import seo
from ..calendars import feed_response
from ..filters import EventFilterForm
from .pages import EventPage


class EventIndexPage(RoutablePageMixin, SectionIndexPage):
    """The events of one language: upcoming first, a past archive, calendars."""

    subpage_types = ["events.EventPage"]
    page_description = _("The events section of one language: lists every event.")

    class Meta:
        verbose_name = _("events index")

    def events(self):
        return EventPage.objects.child_of(self).live().public()

    def listing(self, request, *, archive):
        form = EventFilterForm(
            request.GET,
            areas=StrategicArea.objects.filter(locale_id=self.locale_id),
            events=self.events(),
            members=MemberPage.objects.live().public(),
            archive=archive,
            facets_key=f"events:{self.pk}",
        )
        events = self.events().past() if archive else self.events().upcoming()
        page = paginate(request, form.filter(events).for_listing())
        return form, page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        archive = kwargs.get("archive", False)
        form, page = self.listing(request, archive=archive)
        context.update(
            archive=archive,
            filter_form=form,
            events=page,
            robots=self.listing_robots(form, page),
            calendars=seo.calendar_links(self, form.selected_area()),
        )
        if archive:
            # The archive in each language is that language's archive.
            past = self.reverse_subpage("past")
            context["alternates"] = [
                dataclasses.replace(
                    alternate,
                    url=alternate.url + past,
                    full_url=alternate.full_url + past,
                )
                if alternate.page is not None
                else alternate
                for alternate in context["alternates"]
            ]
            context["share_title"] = context["extra_crumb"] = _("Past events")
        return context

    @path("")
    def index_view(self, request):
        return self.render(request)

    @path("past/", name="past")
    def past_view(self, request):
        url = self.get_full_url(request) + self.reverse_subpage("past")
        return self.render(
            request,
            template="events/event_archive_page.html",
            context_overrides={"canonical_url": url},
            archive=True,
        )

    # Wagtail routes only slug segments ending in "/": no ".ics" suffix.
    @path("feed/ics/", name="ics")
    def calendar_feed(self, request):
        return feed_response(self, request)

    @path("feed/<slug:area>/ics/", name="area_ics")
    def area_calendar_feed(self, request, area):
        return feed_response(self, request, area_slug=area)

    def get_structured_data(self, request):
        data = collection_page(self, request)
        match = getattr(request, "routable_resolver_match", None)
        if match is not None and match.url_name == "past":
            data["name"] = str(_("Past events"))
            data["url"] += self.reverse_subpage("past")
        return [data]
