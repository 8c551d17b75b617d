"""schema.org Event, and the calendar links announced in an index's head."""

from django.utils.translation import gettext as _

from cluster_portal.core import renditions
from cluster_portal.core.seo import absolute, cluster_reference

EVENT_STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "postponed": "https://schema.org/EventPostponed",
    "rescheduled": "https://schema.org/EventRescheduled",
    "cancelled": "https://schema.org/EventCancelled",
}
ATTENDANCE_MODE = {
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def calendar_links(index, area=None):
    """(title, url) of the index's calendar feeds: all, then the area's."""
    links = [
        (_("Calendar of upcoming events"), index.url + index.reverse_subpage("ics"))
    ]
    if area is not None:
        links.append(
            (
                _("Calendar: %(area)s") % {"area": area.name},
                index.url + index.reverse_subpage("area_ics", args=[area.slug]),
            )
        )
    return links


def date_time(event, moment):
    """ISO 8601 with the venue's UTC offset; a date alone for all-day events."""
    local = moment.astimezone(event.zone)
    return local.date().isoformat() if event.all_day else local.isoformat()


def place(event):
    name = event.venue or event.city
    return {"@type": "Place", "name": name, "address": event.schema_address()}


def offers(event, request):
    if event.registration_mode == event.RegistrationMode.EXTERNAL:
        url = event.registration_url
    elif event.registration_mode == event.RegistrationMode.PORTAL:
        url = absolute(request, event.registration_form_url())
    else:
        return None
    places = (
        event.places
        if event.registration_mode == event.RegistrationMode.PORTAL
        else None
    )
    sold_out = places is not None and places.full and not event.waiting_list
    data = {
        "@type": "Offer",
        "url": url,
        "availability": "https://schema.org/SoldOut"
        if sold_out
        else "https://schema.org/InStock",
        "validThrough": date_time(event, event.registration_deadline_or_start()),
    }
    return data


def event(page, request):
    url = page.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.intro,
        "url": url,
        "startDate": date_time(page, page.start),
        "endDate": date_time(page, page.end),
        "eventStatus": EVENT_STATUS[page.status],
        "eventAttendanceMode": ATTENDANCE_MODE[page.attendance_mode],
        "inLanguage": page.locale.language_code,
    }
    if page.previous_start:
        data["previousStartDate"] = date_time(page, page.previous_start)
    locations = []
    if page.has_venue:
        locations.append(place(page))
    if page.is_online:
        locations.append({"@type": "VirtualLocation", "url": page.online_url or url})
    data["location"] = locations[0] if len(locations) == 1 else locations
    organisers = [link.schema_organisation(request) for link in page.organisers()]
    if page.organised_by_cluster or not organisers:
        organisers.insert(0, cluster_reference(request))
    data["organizer"] = organisers if len(organisers) > 1 else organisers[0]
    speakers = page.speakers()
    if speakers:
        data["performer"] = [{"@type": "Person", "name": name} for name in speakers]
    if offer := offers(page, request):
        data["offers"] = offer
    image = page.get_listing_image()
    if image is not None:
        data["image"] = absolute(request, image.get_rendition(renditions.SHARE).url)
    partners = [
        link.schema_organisation(request)
        for link in page.participant_list
        if link.role == link.Role.PARTNER
    ]
    if partners:
        data["contributor"] = partners
    return data
