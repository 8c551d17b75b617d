"""An event's metadata: schema.org Event JSON-LD, Open Graph and canonical links,
on the event page, the index and the past archive."""

import datetime
import json
import zoneinfo

from bs4 import BeautifulSoup
from django.test import TestCase
from django.utils import timezone

from cluster_portal.core.models import ContactSettings
from demo.factories.core import OrganisationFactory
from demo.factories.events import RegistrationFactory
from events import timing
from events.models import EventIndexPage, EventPage
from tests.conftest import build_site_tree
from tests.core.helpers import canonical, json_ld, make_image, meta, publish, translate
from tests.events.support import build_event_tree, make_event
from tests.members.support import build_member_tree, make_member

# Far enough ahead that every event here is still to come.
YEAR = timezone.localdate().year + 2
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
SITE = "http://testserver"
MISSION_URL = f"{SITE}/en/events/mission/"
SCHEMA = "https://schema.org/"
SHARE_IMAGE = r"^http://testserver/media/images/.+\.fill-1200x630\.\w+$"


class EventMetadataTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_event_tree(build_site_tree()))
        contact = ContactSettings.for_site(tree["home"].get_site())
        contact.organisation_name = "Health Cluster"
        contact.save()
        cls.medco = make_member(tree["directory"], title="MedCo", slug="medco")
        cls.awex = OrganisationFactory(name="AWEX", website="https://awex.example")
        cls.alley = OrganisationFactory(name="Medical Alley", website="")
        cls.image = make_image("Skyline", width=1600, height=900)
        cls.mission = make_event(
            tree["events_index"],
            title="Mission to Minneapolis",
            slug="mission",
            intro="Ten members meet the Medical Alley.",
            kind=EventPage.Kind.TRADE_MISSION,
            time_zone="America/Chicago",
            start=datetime.datetime(YEAR, 5, 12, 9, tzinfo=CHICAGO),
            end=datetime.datetime(YEAR, 5, 14, 17, 30, tzinfo=CHICAGO),
            venue="Convention Center",
            street_address="1301 2nd Ave S",
            postcode="55403",
            city="Minneapolis",
            country="US",
            lead_image=cls.image,
            lead_image_alt="The skyline",
            organised_by_cluster=False,
            participants=[
                {"member": cls.medco, "role": "organiser"},
                {"organisation": cls.awex, "role": "organiser"},
                {"organisation": cls.alley, "role": "partner"},
            ],
            sessions=[
                {
                    "title": "Welcome",
                    "start_time": datetime.time(9),
                    "speakers": "Jane Doe (Trasis), John Roe",
                },
                {
                    "title": "Reimbursement in the US",
                    "start_time": datetime.time(10),
                    "speakers": "John Roe, Ann Smith",
                },
                {"title": "Lunch", "start_time": datetime.time(12)},
            ],
            registration_mode=EventPage.RegistrationMode.PORTAL,
            capacity=2,
            waiting_list=False,
            registration_deadline=datetime.datetime(YEAR, 5, 1, 17, tzinfo=CHICAGO),
        )
        for name, email in [
            ("Registrant Zebulon", "zebulon@registrant.example"),
            ("Registrant Quentin", "quentin@registrant.example"),
        ]:
            RegistrationFactory(
                event=cls.mission,
                name=name,
                email=email,
                organisation_name="Registrant Holdings",
            )

    def fetch(self, url="/en/events/mission/"):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser")

    def event_json(self, url="/en/events/mission/"):
        return json_ld(self.fetch(url), "Event")

    def make(self, slug, **fields):
        """An event in Brussels at the start of the year, unless told otherwise."""
        fields.setdefault("start", datetime.datetime(YEAR, 1, 27, 9, tzinfo=BRUSSELS))
        fields.setdefault("end", fields["start"] + datetime.timedelta(hours=8))
        return make_event(self.tree["events_index"], title=slug, slug=slug, **fields)


class EventJsonLdTests(EventMetadataTestCase):
    def test_the_event_json_ld(self):
        event = self.event_json()
        self.assertEqual(event["@context"], "https://schema.org")
        self.assertEqual(event["@type"], "Event")
        self.assertEqual(event["name"], "Mission to Minneapolis")
        self.assertEqual(event["description"], "Ten members meet the Medical Alley.")
        self.assertEqual(event["url"], MISSION_URL)
        self.assertEqual(event["inLanguage"], "en")
        self.assertEqual(event["eventStatus"], f"{SCHEMA}EventScheduled")
        self.assertEqual(
            event["eventAttendanceMode"], f"{SCHEMA}OfflineEventAttendanceMode"
        )
        self.assertNotIn("previousStartDate", event)
        self.assertRegex(event["image"], SHARE_IMAGE)
        self.assertEqual(
            event["image"], SITE + self.image.get_rendition("fill-1200x630").url
        )

    def test_the_translation_describes_itself(self):
        translate(
            EventPage.objects.get(pk=self.mission.pk),
            self.tree["fr"],
            title="Mission à Minneapolis",
            slug="mission-fr",
        )
        event = self.event_json("/fr/evenements/mission-fr/")
        self.assertEqual(event["name"], "Mission à Minneapolis")
        self.assertEqual(event["inLanguage"], "fr")
        self.assertEqual(event["url"], f"{SITE}/fr/evenements/mission-fr/")
        self.assertEqual(
            event["offers"]["url"], f"{SITE}/fr/evenements/mission-fr/register/"
        )
        self.assertEqual(event["startDate"], f"{YEAR}-05-12T09:00:00-05:00")

    def test_times_are_the_venues_with_its_utc_offset(self):
        # Chicago is on daylight-saving time in May; the moment is the same
        # whatever zone the visitor or the server is in.
        event = self.event_json()
        self.assertEqual(event["startDate"], f"{YEAR}-05-12T09:00:00-05:00")
        self.assertEqual(event["endDate"], f"{YEAR}-05-14T17:30:00-05:00")
        self.assertEqual(
            datetime.datetime.fromisoformat(event["startDate"]), self.mission.start
        )

    def test_brussels_has_its_winter_and_summer_offsets(self):
        self.make("winter")
        self.make(
            "summer", start=datetime.datetime(YEAR, 7, 2, 14, 30, tzinfo=BRUSSELS)
        )
        winter = self.event_json("/en/events/winter/")
        self.assertEqual(winter["startDate"], f"{YEAR}-01-27T09:00:00+01:00")
        self.assertEqual(winter["endDate"], f"{YEAR}-01-27T17:00:00+01:00")
        summer = self.event_json("/en/events/summer/")
        self.assertEqual(summer["startDate"], f"{YEAR}-07-02T14:30:00+02:00")

    def test_an_all_day_event_has_dates_of_the_venue(self):
        # Stored in UTC, the last second of 14 May in Chicago is already
        # 15 May: the dates must be read at the venue.
        self.make(
            "all-day",
            time_zone="America/Chicago",
            all_day=True,
            start=timing.day_start(datetime.date(YEAR, 5, 12), CHICAGO),
            end=timing.day_end(datetime.date(YEAR, 5, 14), CHICAGO),
            city="Minneapolis",
        )
        event = self.event_json("/en/events/all-day/")
        self.assertEqual(event["startDate"], f"{YEAR}-05-12")
        self.assertEqual(event["endDate"], f"{YEAR}-05-14")

    def test_each_status_has_its_schema_org_url(self):
        expected = {
            "scheduled": "EventScheduled",
            "postponed": "EventPostponed",
            "rescheduled": "EventRescheduled",
            "cancelled": "EventCancelled",
        }
        for status, name in expected.items():
            with self.subTest(status):
                self.make(f"status-{status}", status=status)
                event = self.event_json(f"/en/events/status-{status}/")
                self.assertEqual(event["eventStatus"], SCHEMA + name)
                self.assertNotIn("previousStartDate", event)

    def test_a_rescheduled_event_gives_its_former_date(self):
        self.make(
            "moved",
            status=EventPage.Status.RESCHEDULED,
            previous_start=datetime.datetime(YEAR, 1, 20, 10, tzinfo=BRUSSELS),
        )
        event = self.event_json("/en/events/moved/")
        self.assertEqual(event["eventStatus"], f"{SCHEMA}EventRescheduled")
        self.assertEqual(event["previousStartDate"], f"{YEAR}-01-20T10:00:00+01:00")
        self.assertEqual(event["startDate"], f"{YEAR}-01-27T09:00:00+01:00")

    def test_in_person_the_location_is_a_place_with_its_address(self):
        event = self.event_json()
        self.assertEqual(
            event["location"],
            {
                "@type": "Place",
                "name": "Convention Center",
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": "1301 2nd Ave S",
                    "postalCode": "55403",
                    "addressLocality": "Minneapolis",
                    "addressCountry": "US",
                },
            },
        )

    def test_a_sparse_address_leaves_out_what_it_lacks(self):
        # As a member's address does: an empty street or postcode is noise
        # that validators report, not an address.
        self.make("sparse", venue="", street_address="", postcode="", city="Namur")
        self.assertEqual(
            self.event_json("/en/events/sparse/")["location"],
            {
                "@type": "Place",
                "name": "Namur",
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": "Namur",
                    "addressCountry": "BE",
                },
            },
        )

    def test_online_the_location_is_virtual(self):
        self.make(
            "webinar",
            attendance_mode=EventPage.AttendanceMode.ONLINE,
            city="",
            country="",
            online_url="https://meet.example.org/webinar",
        )
        event = self.event_json("/en/events/webinar/")
        self.assertEqual(
            event["eventAttendanceMode"], f"{SCHEMA}OnlineEventAttendanceMode"
        )
        self.assertEqual(
            event["location"],
            {"@type": "VirtualLocation", "url": "https://meet.example.org/webinar"},
        )

    def test_online_without_a_public_link_the_page_stands_for_it(self):
        # Only registrants get the link: the event page is where to go.
        self.make(
            "private-webinar",
            attendance_mode=EventPage.AttendanceMode.ONLINE,
            city="",
            country="",
        )
        event = self.event_json("/en/events/private-webinar/")
        self.assertEqual(
            event["location"],
            {"@type": "VirtualLocation", "url": f"{SITE}/en/events/private-webinar/"},
        )

    def test_a_hybrid_event_has_both_locations(self):
        self.make(
            "hybrid",
            attendance_mode=EventPage.AttendanceMode.HYBRID,
            venue="",
            city="Namur",
            country="BE",
            online_url="https://meet.example.org/hybrid",
        )
        event = self.event_json("/en/events/hybrid/")
        self.assertEqual(
            event["eventAttendanceMode"], f"{SCHEMA}MixedEventAttendanceMode"
        )
        place, virtual = event["location"]
        self.assertEqual(place["@type"], "Place")
        # Without a venue's name, the city names the place.
        self.assertEqual(place["name"], "Namur")
        self.assertEqual(place["address"]["addressLocality"], "Namur")
        self.assertEqual(place["address"]["addressCountry"], "BE")
        self.assertEqual(
            virtual,
            {"@type": "VirtualLocation", "url": "https://meet.example.org/hybrid"},
        )


class OrganizerAndPerformerTests(EventMetadataTestCase):
    def test_the_organisers_are_the_organiser_participants(self):
        # Members link to their page on the portal, organisations to their
        # own website; a partner is not an organiser.
        event = self.event_json()
        self.assertEqual(
            event["organizer"],
            [
                {
                    "@type": "Organization",
                    "name": "MedCo",
                    "url": f"{SITE}/en/members/medco/",
                },
                {
                    "@type": "Organization",
                    "name": "AWEX",
                    "url": "https://awex.example",
                },
            ],
        )

    def test_the_cluster_comes_first_when_it_co_organises(self):
        mission = EventPage.objects.get(pk=self.mission.pk)
        mission.organised_by_cluster = True
        publish(mission)
        organisers = self.event_json()["organizer"]
        self.assertEqual(
            organisers[0],
            {"@type": "Organization", "name": "Health Cluster", "url": f"{SITE}/"},
        )
        self.assertEqual([org["name"] for org in organisers[1:]], ["MedCo", "AWEX"])

    def test_without_organisers_the_cluster_organises(self):
        for slug, by_cluster in (("by-cluster", True), ("unsaid", False)):
            with self.subTest(slug):
                self.make(slug, organised_by_cluster=by_cluster)
                event = self.event_json(f"/en/events/{slug}/")
                self.assertEqual(
                    event["organizer"],
                    {
                        "@type": "Organization",
                        "name": "Health Cluster",
                        "url": f"{SITE}/",
                    },
                )

    def test_an_unpublished_member_organises_nothing(self):
        gone = make_member(
            self.tree["directory"], title="Gone Ltd", slug="gone", draft=True
        )
        self.make(
            "gone-organiser",
            organised_by_cluster=False,
            participants=[
                {"member": gone, "role": "organiser"},
                {"organisation": self.awex, "role": "organiser"},
            ],
        )
        event = self.event_json("/en/events/gone-organiser/")
        self.assertEqual(
            event["organizer"],
            {"@type": "Organization", "name": "AWEX", "url": "https://awex.example"},
        )
        self.assertNotIn("Gone Ltd", json.dumps(event))

    def test_partners_are_contributors(self):
        self.assertEqual(
            self.event_json()["contributor"],
            [{"@type": "Organization", "name": "Medical Alley"}],
        )

    def test_each_speaker_is_a_performer_once(self):
        # "Jane Doe (Trasis), John Roe" and "John Roe, Ann Smith": names
        # without their affiliation, in order of appearance, once each.
        self.assertEqual(
            self.event_json()["performer"],
            [
                {"@type": "Person", "name": "Jane Doe"},
                {"@type": "Person", "name": "John Roe"},
                {"@type": "Person", "name": "Ann Smith"},
            ],
        )

    def test_a_comma_in_an_affiliation_does_not_make_a_speaker(self):
        # An affiliation with its city, as editors write them: the text in
        # brackets belongs to the speaker before it.
        self.make(
            "panel",
            sessions=[
                {
                    "title": "Panel",
                    "start_time": datetime.time(14),
                    "speakers": "Ann Smith (UCLouvain, Brussels), John Roe",
                }
            ],
        )
        performers = self.event_json("/en/events/panel/")["performer"]
        self.assertEqual(
            [person["name"] for person in performers], ["Ann Smith", "John Roe"]
        )

    def test_without_speakers_there_is_no_performer(self):
        self.make(
            "no-speakers",
            sessions=[{"title": "Networking", "start_time": datetime.time(18)}],
        )
        self.assertNotIn("performer", self.event_json("/en/events/no-speakers/"))


class OfferTests(EventMetadataTestCase):
    def test_portal_registration_offers_the_register_page(self):
        # Two places, both taken and no waiting list: sold out, until the
        # deadline at the venue.
        self.assertEqual(
            self.event_json()["offers"],
            {
                "@type": "Offer",
                "url": f"{MISSION_URL}register/",
                "availability": f"{SCHEMA}SoldOut",
                "validThrough": f"{YEAR}-05-01T17:00:00-05:00",
            },
        )

    def test_a_full_event_with_a_waiting_list_is_not_sold_out(self):
        mission = EventPage.objects.get(pk=self.mission.pk)
        mission.waiting_list = True
        publish(mission)
        self.assertEqual(
            self.event_json()["offers"]["availability"], f"{SCHEMA}InStock"
        )

    def test_an_event_with_places_left_is_in_stock(self):
        mission = EventPage.objects.get(pk=self.mission.pk)
        mission.capacity = 3
        publish(mission)
        self.assertEqual(
            self.event_json()["offers"]["availability"], f"{SCHEMA}InStock"
        )

    def test_external_registration_offers_its_address_until_the_start(self):
        self.make(
            "elsewhere",
            registration_mode=EventPage.RegistrationMode.EXTERNAL,
            registration_url="https://tickets.example.org/biowin-day",
        )
        self.assertEqual(
            self.event_json("/en/events/elsewhere/")["offers"],
            {
                "@type": "Offer",
                "url": "https://tickets.example.org/biowin-day",
                "availability": f"{SCHEMA}InStock",
                "validThrough": f"{YEAR}-01-27T09:00:00+01:00",
            },
        )

    def test_without_registration_there_is_no_offer(self):
        self.make("open-door")
        self.assertNotIn("offers", self.event_json("/en/events/open-door/"))

    def test_no_registrant_appears_in_the_json_ld(self):
        for url in ("/en/events/mission/", "/en/events/mission/register/"):
            with self.subTest(url):
                scripts = " ".join(
                    script.string
                    for script in self.fetch(url).select(
                        'script[type="application/ld+json"]'
                    )
                )
                self.assertIn("Mission to Minneapolis", scripts)
                for private in (
                    "Zebulon",
                    "Quentin",
                    "registrant.example",
                    "Registrant Holdings",
                ):
                    self.assertNotIn(private, scripts)


class EventPageMetadataTests(EventMetadataTestCase):
    def test_breadcrumbs_json_ld(self):
        crumbs = json_ld(self.fetch(), "BreadcrumbList")
        self.assertEqual(
            [(item["name"], item["item"]) for item in crumbs["itemListElement"]],
            [
                ("Home", f"{SITE}/en/"),
                ("Events", f"{SITE}/en/events/"),
                ("Mission to Minneapolis", MISSION_URL),
            ],
        )

    def test_open_graph_and_canonical(self):
        soup = self.fetch()
        self.assertEqual(canonical(soup), MISSION_URL)
        self.assertEqual(meta(soup, "og:title"), "Mission to Minneapolis")
        self.assertEqual(meta(soup, "og:url"), MISSION_URL)
        # Open Graph has no event type.
        self.assertEqual(meta(soup, "og:type"), "website")
        self.assertEqual(
            meta(soup, "og:description"), "Ten members meet the Medical Alley."
        )
        self.assertEqual(meta(soup, "og:image"), json_ld(soup, "Event")["image"])
        self.assertRegex(meta(soup, "og:image"), SHARE_IMAGE)
        self.assertEqual(meta(soup, "twitter:card"), "summary_large_image")

    def test_without_an_image_nothing_claims_one(self):
        self.make("plain")
        soup = self.fetch("/en/events/plain/")
        self.assertIsNone(meta(soup, "og:image"))
        self.assertEqual(meta(soup, "twitter:card"), "summary")
        self.assertNotIn("image", json_ld(soup, "Event"))

    def test_the_social_image_wins_over_the_lead_image(self):
        mission = EventPage.objects.get(pk=self.mission.pk)
        mission.social_image = make_image("Share card", width=1200, height=630)
        publish(mission)
        soup = self.fetch()
        expected = SITE + mission.social_image.get_rendition("fill-1200x630").url
        self.assertEqual(meta(soup, "og:image"), expected)
        self.assertEqual(json_ld(soup, "Event")["image"], expected)

    def test_the_register_page_points_to_the_event(self):
        soup = self.fetch("/en/events/mission/register/")
        self.assertEqual(canonical(soup), MISSION_URL)
        self.assertEqual(meta(soup, "robots"), "noindex, follow")


class ListingMetadataTests(EventMetadataTestCase):
    INDEX_URL = f"{SITE}/en/events/"
    ARCHIVE_URL = f"{SITE}/en/events/past/"

    def test_the_index_is_a_collection_page(self):
        soup = self.fetch("/en/events/")
        collection = json_ld(soup, "CollectionPage")
        self.assertEqual(collection["name"], "Events")
        self.assertEqual(collection["url"], self.INDEX_URL)
        self.assertEqual(collection["inLanguage"], "en")
        crumbs = json_ld(soup, "BreadcrumbList")["itemListElement"]
        self.assertEqual(
            [crumb["item"] for crumb in crumbs], [f"{SITE}/en/", self.INDEX_URL]
        )

    def test_the_index_open_graph_and_canonical(self):
        soup = self.fetch("/en/events/")
        self.assertEqual(canonical(soup), self.INDEX_URL)
        self.assertEqual(meta(soup, "og:url"), self.INDEX_URL)
        self.assertEqual(meta(soup, "og:title"), "Events")
        self.assertEqual(meta(soup, "og:type"), "website")
        # The index has no image of its own until an editor gives it one.
        self.assertIsNone(meta(soup, "og:image"))
        index = EventIndexPage.objects.get(pk=self.tree["events_index"].pk)
        index.social_image = make_image("Events card", width=1200, height=630)
        publish(index)
        self.assertEqual(
            meta(self.fetch("/en/events/"), "og:image"),
            SITE + index.social_image.get_rendition("fill-1200x630").url,
        )

    def test_a_filtered_index_is_canonically_the_index(self):
        soup = self.fetch("/en/events/?kind=mission&area=medtech")
        self.assertEqual(canonical(soup), self.INDEX_URL)
        self.assertEqual(meta(soup, "og:url"), self.INDEX_URL)
        self.assertEqual(meta(soup, "robots"), "noindex, follow")

    def test_the_archive_open_graph_and_canonical(self):
        soup = self.fetch("/en/events/past/")
        self.assertEqual(canonical(soup), self.ARCHIVE_URL)
        self.assertEqual(meta(soup, "og:url"), self.ARCHIVE_URL)
        self.assertEqual(meta(soup, "og:type"), "website")
        self.assertIsNone(meta(soup, "robots"))
        # A filtered archive is the archive, kept out of the search results.
        soup = self.fetch("/en/events/past/?kind=mission")
        self.assertEqual(canonical(soup), self.ARCHIVE_URL)
        self.assertEqual(meta(soup, "robots"), "noindex, follow")

    def test_the_archive_is_shared_as_the_past_events(self):
        # Its <title> says "Past events"; a shared link should too, rather
        # than pass for the list of upcoming events.
        soup = self.fetch("/en/events/past/")
        self.assertIn("Past events", soup.select_one("title").get_text())
        self.assertIn("Past events", meta(soup, "og:title"))

    def test_the_archive_json_ld_describes_the_archive(self):
        # The CollectionPage's url agrees with the canonical link.
        collection = json_ld(self.fetch("/en/events/past/"), "CollectionPage")
        self.assertEqual(collection["url"], self.ARCHIVE_URL)

    def test_the_archive_language_links_lead_to_the_archives(self):
        # hreflang must name this page in each language: pointing at the
        # upcoming list contradicts the canonical link, and search engines
        # then drop the alternates.
        soup = self.fetch("/en/events/past/")
        hreflangs = {
            link["hreflang"]: link["href"]
            for link in soup.select("link[rel=alternate][hreflang]")
        }
        self.assertEqual(
            hreflangs,
            {
                "en": self.ARCHIVE_URL,
                "fr": f"{SITE}/fr/evenements/past/",
                "x-default": self.ARCHIVE_URL,
            },
        )
