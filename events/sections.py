"""What the events add to the pages of the members taking part in them."""

from django.utils.translation import gettext_lazy as _

from cluster_portal.core.sections import LinkedSection

from .models import EventIndexPage, EventPage


class EventsOfMember(LinkedSection):
    """The events a member organised, exhibited at or travelled to."""

    # After the news: an event is news for weeks, a project runs for years.
    order = 200
    key = "events"
    title = _("Events")
    card_template = "events/event_card.html"
    card_name = "event"
    index_model = EventIndexPage
    see_all_label = _("All the events of %(name)s")

    def get_queryset(self):
        return (
            self.linking(EventPage.objects, participants__member_id=self.page.pk)
            .distinct()
            .order_by("-start", "-pk")
            .for_listing()
        )

    def see_all_suffix(self, index):
        # A member whose shown events are all over has its list in the archive.
        archive = all(event.is_over() for event in self.items)
        path = index.reverse_subpage("past") if archive else ""
        return f"{path}?member={self.page.pk}"
