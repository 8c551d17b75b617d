"""iCalendar files, parsed back with icalendar: one event's and the feeds."""

import datetime
import zoneinfo

from bs4 import BeautifulSoup
from django.test import TestCase
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from events.models import EventPage
from tests.conftest import build_site_tree
from tests.core.helpers import publish
from tests.events.support import build_event_tree, make_event

UTC = datetime.UTC
BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
FEED = "/en/events/feed/ics/"


def local(day, hour, tz=BRUSSELS, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=tz)


def vevents(cal):
    return list(cal.walk("VEVENT"))


def by_summary(cal):
    return {str(item["SUMMARY"]): item for item in vevents(cal)}


class CalendarTestCase(TestCase):
    """Upcoming events of every kind and status, a past one, a draft, a private
    one and a French one."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_event_tree(build_site_tree())
        index = tree["events_index"]
        today = timezone.localdate()
        day = datetime.timedelta(days=1)
        soon = today + 20 * day
        cls.networking = make_event(
            index,
            title="Networking day",
            venue="Palais des Congrès",
            street_address="Esplanade de l'Europe 2",
            postcode="4020",
            city="Liège",
            country="BE",
            start=local(soon, 9),
            end=local(soon, 18),
            strategic_areas=[tree["medtech"]],
        )
        cls.mission = make_event(
            index,
            title="Chicago mission",
            kind="mission",
            time_zone="America/Chicago",
            city="Chicago",
            country="US",
            start=local(soon + 10 * day, 9, CHICAGO),
            end=local(soon + 12 * day, 17, CHICAGO),
            strategic_areas=[tree["implants"]],
        )
        # As the admin form stores a whole-day event: local midnight to 23:59:59.
        cls.fair = make_event(
            index,
            title="Trade fair",
            all_day=True,
            start=local(soon + 30 * day, 0),
            end=local(soon + 32 * day, 23, minute=59).replace(second=59),
            strategic_areas=[tree["biopharma"]],
        )
        cls.webinar = make_event(
            index,
            title="Webinar",
            online=True,
            start=local(soon + 5 * day, 14),
            end=local(soon + 5 * day, 15),
        )
        cls.cancelled = make_event(
            index,
            title="Cancelled workshop",
            status="cancelled",
            start=local(soon + 6 * day, 9),
            end=local(soon + 6 * day, 12),
        )
        cls.postponed = make_event(
            index,
            title="Postponed summit",
            status="postponed",
            start=local(soon + 7 * day, 9),
            end=local(soon + 7 * day, 12),
        )
        cls.rescheduled = make_event(
            index,
            title="Rescheduled conference",
            status="rescheduled",
            previous_start=local(soon, 9),
            start=local(soon + 8 * day, 9),
            end=local(soon + 8 * day, 12),
        )
        cls.past = make_event(
            index,
            title="Past conference",
            start=local(today - 30 * day, 9),
            end=local(today - 30 * day, 17),
            strategic_areas=[tree["medtech"]],
        )
        make_event(
            index,
            title="Draft event",
            draft=True,
            start=local(soon, 9),
            end=local(soon, 17),
        )
        private = make_event(
            index, title="Members only", start=local(soon, 9), end=local(soon, 17)
        )
        PageViewRestriction.objects.create(
            page=private, restriction_type="password", password="secret"
        )
        cls.french = make_event(
            tree["events_index_fr"],
            title="Journée réseau",
            slug="journee-reseau",
            start=local(soon, 9),
            end=local(soon, 17),
        )
        cls.upcoming = {
            "Networking day",
            "Chicago mission",
            "Trade fair",
            "Webinar",
            "Cancelled workshop",
            "Postponed summit",
            "Rescheduled conference",
        }

    def fetch(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        self.assertEqual(response["Content-Type"], "text/calendar; charset=utf-8")
        return Calendar.from_ical(response.content)

    def event_calendar(self, event):
        cal = self.fetch(event.url + "ics/")
        (item,) = vevents(cal)
        return cal, item


class EventCalendarTests(CalendarTestCase):
    def test_a_calendar_of_one_event(self):
        cal, item = self.event_calendar(self.networking)
        self.assertEqual(str(cal["VERSION"]), "2.0")
        self.assertTrue(str(cal["PRODID"]).strip())
        self.assertEqual(
            str(item["UID"]), f"{self.networking.translation_key}-en@testserver"
        )
        self.assertEqual(str(item["SUMMARY"]), "Networking day")
        self.assertEqual(
            str(item["URL"]), "http://testserver/en/events/networking-day/"
        )
        self.assertEqual(
            str(item["LOCATION"]),
            "Palais des Congrès, Esplanade de l'Europe 2, 4020 Liège, BE",
        )
        self.assertIn(self.networking.intro, str(item["DESCRIPTION"]))
        self.assertEqual(str(item["STATUS"]), "CONFIRMED")
        self.assertEqual(item.decoded("SEQUENCE"), 0)
        self.assertEqual([str(c) for c in item["CATEGORIES"].cats], ["Medtech"])

    def test_dtstamp_is_the_moment_of_the_download_in_utc(self):
        before = timezone.now().replace(microsecond=0)
        _cal, item = self.event_calendar(self.networking)
        stamp = item.decoded("DTSTAMP")
        self.assertEqual(stamp.utcoffset(), datetime.timedelta(0))
        self.assertGreaterEqual(stamp, before)
        self.assertLessEqual(stamp, timezone.now())

    def assertZoned(self, cal, item, event, zone_name):
        """DTSTART and DTEND in the venue's zone, with its VTIMEZONE."""
        for name, moment in [("DTSTART", event.start), ("DTEND", event.end)]:
            with self.subTest(name):
                self.assertEqual(item[name].params["TZID"], zone_name)
                value = item.decoded(name)
                self.assertEqual(value, moment)
                self.assertEqual(
                    value.replace(tzinfo=None),
                    moment.astimezone(zoneinfo.ZoneInfo(zone_name)).replace(
                        tzinfo=None
                    ),
                )
        (vtimezone,) = [
            tz for tz in cal.walk("VTIMEZONE") if str(tz["TZID"]) == zone_name
        ]
        # The VTIMEZONE itself, not the name, must give the right offsets.
        described = vtimezone.to_tz(lookup_tzid=False)
        for moment in (event.start, event.end):
            wall = moment.astimezone(zoneinfo.ZoneInfo(zone_name)).replace(tzinfo=None)
            self.assertEqual(wall.replace(tzinfo=described), moment)

    def test_times_are_in_the_venue_zone_with_its_definition(self):
        cal, item = self.event_calendar(self.networking)
        self.assertZoned(cal, item, self.networking, "Europe/Brussels")
        cal, item = self.event_calendar(self.mission)
        self.assertZoned(cal, item, self.mission, "America/Chicago")
        self.assertEqual(str(item["LOCATION"]), "Chicago, US")

    def test_a_whole_day_event_is_dates_ending_the_day_after(self):
        first = self.fair.start.astimezone(BRUSSELS).date()
        cal, item = self.event_calendar(self.fair)
        self.assertEqual(item.decoded("DTSTART"), first)
        self.assertEqual(item.decoded("DTEND"), first + datetime.timedelta(days=3))
        self.assertEqual(item["DTSTART"].params.get("VALUE"), "DATE")
        self.assertNotIn("TZID", item["DTSTART"].params)
        self.assertEqual(cal.walk("VTIMEZONE"), [])

    def test_an_online_event_is_located_at_its_address(self):
        _cal, item = self.event_calendar(self.webinar)
        self.assertEqual(str(item["LOCATION"]), "https://meet.example.org/cluster")

    def test_the_status_says_whether_it_takes_place(self):
        for event, status in [
            (self.networking, "CONFIRMED"),
            (self.rescheduled, "CONFIRMED"),
            (self.postponed, "TENTATIVE"),
            (self.cancelled, "CANCELLED"),
        ]:
            with self.subTest(event.title):
                _cal, item = self.event_calendar(event)
                self.assertEqual(str(item["STATUS"]), status)
        _cal, item = self.event_calendar(self.cancelled)
        self.assertTrue(str(item["DESCRIPTION"]).startswith("CANCELLED"))

    def test_a_past_event_still_has_its_calendar(self):
        _cal, item = self.event_calendar(self.past)
        self.assertEqual(str(item["SUMMARY"]), "Past conference")

    def test_the_event_page_announces_its_calendar(self):
        response = self.client.get(self.networking.url)
        soup = BeautifulSoup(response.content, "html.parser")
        self.assertEqual(
            [
                link["href"]
                for link in soup.select(
                    'head link[rel=alternate][type="text/calendar"]'
                )
            ],
            [self.networking.url + "ics/"],
        )

    def test_after_the_change_to_summer_time(self):
        event = make_event(
            self.tree["events_index"],
            title="Spring day",
            start=datetime.datetime(2024, 3, 31, 10, tzinfo=BRUSSELS),
            end=datetime.datetime(2024, 3, 31, 17, tzinfo=BRUSSELS),
        )
        cal, item = self.event_calendar(event)
        self.assertEqual(item["DTSTART"].to_ical(), b"20240331T100000")
        self.assertEqual(
            item.decoded("DTSTART").astimezone(UTC),
            datetime.datetime(2024, 3, 31, 8, tzinfo=UTC),
        )
        self.assertZoned(cal, item, event, "Europe/Brussels")


class FeedTests(CalendarTestCase):
    def test_the_feed_holds_the_live_public_upcoming_events(self):
        cal = self.fetch(FEED)
        self.assertEqual(str(cal["VERSION"]), "2.0")
        self.assertTrue(str(cal["PRODID"]).strip())
        summaries = [str(item["SUMMARY"]) for item in vevents(cal)]
        # Neither the past event, the draft, the private one nor the French one.
        self.assertEqual(sorted(summaries), sorted(self.upcoming))
        self.assertEqual(
            {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")},
            {"Europe/Brussels", "America/Chicago"},
        )

    def test_a_running_event_is_in_the_feed_until_it_ends(self):
        now = timezone.now().replace(microsecond=0)
        make_event(
            self.tree["events_index"],
            title="Running now",
            start=now - datetime.timedelta(days=1),
            end=now + datetime.timedelta(days=1),
        )
        make_event(
            self.tree["events_index"],
            title="Just ended",
            start=now - datetime.timedelta(hours=2),
            end=now - datetime.timedelta(minutes=1),
        )
        summaries = set(by_summary(self.fetch(FEED)))
        self.assertIn("Running now", summaries)
        self.assertNotIn("Just ended", summaries)

    def test_an_event_reads_the_same_in_the_feed_as_in_its_own_file(self):
        feed = by_summary(self.fetch(FEED))
        for event in (self.networking, self.mission, self.fair, self.cancelled):
            with self.subTest(event.title):
                _cal, own = self.event_calendar(event)
                in_feed = feed[event.title]
                for name in (
                    "UID",
                    "DTSTART",
                    "DTEND",
                    "SEQUENCE",
                    "STATUS",
                    "URL",
                    "LOCATION",
                ):
                    self.assertEqual(
                        (in_feed[name].to_ical(), dict(in_feed[name].params)),
                        (own[name].to_ical(), dict(own[name].params)),
                        name,
                    )

    def test_a_feed_per_strategic_area(self):
        # Medtech includes its priority domain, implanted devices.
        medtech = by_summary(self.fetch("/en/events/feed/medtech/ics/"))
        self.assertEqual(set(medtech), {"Networking day", "Chicago mission"})
        implants = by_summary(self.fetch("/en/events/feed/implanted-devices/ics/"))
        self.assertEqual(set(implants), {"Chicago mission"})
        biopharma = self.fetch("/en/events/feed/biopharma/ics/")
        self.assertEqual(set(by_summary(biopharma)), {"Trade fair"})
        self.assertIn("Biopharma", str(biopharma["X-WR-CALNAME"]))

    def test_an_unknown_area_is_not_found(self):
        for url in [
            "/en/events/feed/unknown/ics/",
            "/en/events/feed/" + "m" * 500 + "/ics/",
            # English areas are no French feed.
            "/fr/evenements/feed/medtech/ics/",
        ]:
            with self.subTest(url[:40]):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_each_language_has_its_own_feed(self):
        feed = self.fetch("/fr/evenements/feed/ics/")
        (item,) = vevents(feed)
        self.assertEqual(str(item["SUMMARY"]), "Journée réseau")
        self.assertEqual(
            str(item["URL"]), "http://testserver/fr/evenements/journee-reseau/"
        )


class ChangeTests(CalendarTestCase):
    """Calendars that hold an event recognise it (UID) and its latest copy
    (SEQUENCE) after an editor changes it."""

    def edit(self, event, **fields):
        page = EventPage.objects.get(pk=event.pk)
        for name, value in fields.items():
            setattr(page, name, value)
        return publish(page)

    def sequences(self, event):
        _cal, item = self.event_calendar(EventPage.objects.get(pk=event.pk))
        in_feed = by_summary(self.fetch(FEED))[item["SUMMARY"]]
        return item.decoded("SEQUENCE"), in_feed.decoded("SEQUENCE")

    def test_the_uid_survives_a_new_title_and_address(self):
        _cal, before = self.event_calendar(self.networking)
        page = self.edit(
            self.networking, title="BioWin Day", slug="biowin-day", city="Namur"
        )
        _cal, after = self.event_calendar(page)
        self.assertEqual(str(after["UID"]), str(before["UID"]))
        self.assertEqual(str(after["URL"]), "http://testserver/en/events/biowin-day/")
        feed = by_summary(self.fetch(FEED))
        self.assertEqual(str(feed["BioWin Day"]["UID"]), str(before["UID"]))

    def test_the_sequence_grows_with_each_published_change(self):
        self.assertEqual(self.sequences(self.webinar), (0, 0))
        new_start = self.webinar.start + datetime.timedelta(hours=1)
        self.edit(
            self.webinar, start=new_start, end=new_start + datetime.timedelta(hours=1)
        )
        self.assertEqual(self.sequences(self.webinar), (1, 1))
        self.edit(self.webinar, status="cancelled")
        self.assertEqual(self.sequences(self.webinar), (2, 2))
        _cal, item = self.event_calendar(self.webinar)
        self.assertEqual(str(item["STATUS"]), "CANCELLED")
        self.assertEqual(item.decoded("DTSTART"), new_start)

    def test_a_change_calendars_do_not_show_leaves_the_sequence(self):
        page = EventPage.objects.get(pk=self.webinar.pk)
        page.tags.add("online")
        page.body = [("paragraph", "<p>Bring your questions.</p>")]
        publish(page)
        self.assertEqual(self.sequences(self.webinar), (0, 0))

    def test_a_published_event_says_when_it_last_changed(self):
        page = self.edit(self.webinar, city="")
        _cal, item = self.event_calendar(page)
        self.assertEqual(
            item.decoded("LAST-MODIFIED").replace(microsecond=0),
            page.last_published_at.replace(microsecond=0),
        )
