"""The events pages run as many SQL queries with 500 events as with 20.

Each page is rendered once to create its image renditions, then the cache is
emptied and the page rendered again: the count measured is the worst a visitor
meets once the site has been visited, and must depend neither on how many
events there are nor on how many participants, sessions or events a page shows.
"""

import contextlib
import datetime

from django.test import TestCase, override_settings
from django.utils.text import slugify
from wagtail.signal_handlers import disable_reference_index_auto_update

from demo.factories.core import OrganisationFactory, StrategicAreaFactory
from demo.factories.events import RegistrationFactory, in_days
from demo.factories.news import NewsIndexPageFactory
from events.calendars import FEED_LENGTH
from events.models import EventPage, EventParticipant
from members.models import MemberPage
from tests.conftest import build_site_tree
from tests.core.helpers import (
    QUERY_BUDGET,
    analyze_bulk_data,
    count_queries,
    make_image,
    publish,
)
from tests.events.support import build_event_tree, make_event
from tests.members.support import build_member_tree, make_member
from tests.news.support import make_story

SMALL, LARGE = 20, 500
KINDS = [kind for kind, _ in EventPage.Kind.choices]
MODES = [mode for mode, _ in EventPage.AttendanceMode.choices]
ROLES = [role for role, _ in EventParticipant.Role.choices]
SEARCH_BACKEND = {"BACKEND": "wagtail.search.backends.database"}
EVENT_URL = "/en/events/mission-minneapolis/"
CARD = b'class="card event-card'
# The listings whose page holds more events at the larger size.
LISTINGS = ["filtered index", "index, page 2", "one member's events", "archive by year"]


@contextlib.contextmanager
def quickly():
    """No page measured reads the search or the reference index: left out,
    the 500 events build twice as fast."""
    with (
        disable_reference_index_auto_update(),
        override_settings(
            WAGTAILSEARCH_BACKENDS={"default": {**SEARCH_BACKEND, "AUTO_UPDATE": False}}
        ),
    ):
        yield


def build_tree():
    """The events index with its areas, a news index and a member directory."""
    tree = build_member_tree(build_event_tree(build_site_tree()))
    tree["news"] = publish(NewsIndexPageFactory(parent=tree["home"], locale=tree["en"]))
    tree["ehealth"] = StrategicAreaFactory(
        locale=tree["en"], name="E-health", slug="e-health", sort_order=2
    )
    return tree


def logo(name):
    return make_image(f"{name} logo", width=40, height=20)


def members(tree, names):
    return [
        make_member(tree["directory"], title=name, slug=slugify(name), logo=logo(name))
        for name in names
    ]


def organisations(names):
    return [
        OrganisationFactory(name=name, website="https://example.org/", logo=logo(name))
        for name in names
    ]


def participants(companies, partners):
    """Members, then organisations, each in turn organiser, partner, exhibitor…"""
    links = [{"member": member} for member in companies]
    links += [{"organisation": organisation} for organisation in partners]
    for n, link in enumerate(links):
        link["role"] = ROLES[n % len(ROLES)]
    return links


def sessions(count, days=1):
    """`count` sessions over `days` days, each with three speakers."""
    first = in_days(400).date()
    return [
        {
            "day": first + datetime.timedelta(days=n % days) if days > 1 else None,
            "start_time": datetime.time(9 + n % 8),
            "end_time": datetime.time(9 + n % 8, 45),
            "title": f"Session {n}",
            "speakers": f"Speaker {n} (Company {n}), Jane Doe (Trasis), John Roe",
            "room": "Room A",
        }
        for n in range(count)
    ]


def figures(count):
    return [
        {"value": 100 * (n + 1), "at_least": n % 2 == 0, "label": f"figure {n}"}
        for n in range(count)
    ]


class QueryCountTests(TestCase):
    """Measured once for both sizes; each test compares one page."""

    @classmethod
    def add_events(cls, start, count):
        # Each event: a kind and an attendance mode in turn, one in four over,
        # one of four lead images and two strategic areas (a medtech domain
        # for some); one in five has the exhibitor. The events fall on ten
        # days either side of today, so the larger size puts more events on
        # each filtered page (and on page 2), where a query per card would
        # show.
        with quickly():
            for n in range(start, start + count):
                past = n % 4 == 3
                make_event(
                    cls.tree["events_index"],
                    title=f"Event {n:03}",
                    slug=f"event-{n:03}",
                    kind=KINDS[n % len(KINDS)],
                    attendance_mode=MODES[n % len(MODES)],
                    online_url="https://meet.example.org/cluster",
                    start=in_days(-2 - n % 10 if past else 2 + n % 10),
                    lead_image=cls.images[n % len(cls.images)],
                    lead_image_alt="A photograph",
                    strategic_areas=[
                        cls.areas[n % len(cls.areas)],
                        cls.areas[(n + 1) % len(cls.areas)],
                    ],
                    participants=(
                        [{"member": cls.company, "role": "exhibitor"}]
                        if n % 5 == 0
                        else []
                    ),
                )

    @classmethod
    def add_measured_event(cls):
        """A mission with everything an event page shows, far enough ahead to
        stay off the first two pages of the index."""
        tree = cls.tree
        companies = members(tree, ["MedCo", "Trasis", "Nanocore"])
        partners = organisations(["AWEX", "Medical Alley"])
        event = make_event(
            tree["events_index"],
            title="Mission to Minneapolis",
            slug="mission-minneapolis",
            kind=EventPage.Kind.TRADE_MISSION,
            time_zone="America/Chicago",
            start=in_days(400, hour=15),
            end=in_days(402, hour=23),
            venue="Convention Center",
            street_address="1301 2nd Ave S",
            postcode="55403",
            city="Minneapolis",
            country="US",
            lead_image=make_image("Minneapolis", width=160, height=90),
            lead_image_alt="The skyline",
            participants=participants(companies, partners),
            sessions=sessions(6, days=2),
            figures=figures(4),
            strategic_areas=[tree["medtech"], tree["biopharma"]],
            registration_mode=EventPage.RegistrationMode.PORTAL,
            capacity=40,
            offers_b2b_meetings=True,
        )
        for n in range(3):
            RegistrationFactory(event=event, name=f"Person {n}")
        make_story(
            tree["news"],
            title="Ten members fly to Minneapolis",
            date=datetime.date(2024, 1, 10),
            lead_image=make_image("Delegation", width=64, height=36),
            strategic_areas=[tree["medtech"]],
            tags=["usa"],
            related=[event],
        )

    @classmethod
    def urls(cls):
        return {
            "index": "/en/events/",
            # event-001's kind and month, and the area of its domain: at least
            # one event matches at either size.
            "filtered index": (
                f"/en/events/?kind={KINDS[1]}&area=medtech&month={cls.month}"
            ),
            "index, page 2": "/en/events/?page=2",
            # The member page's "see all" link.
            "one member's events": f"/en/events/?member={cls.company.pk}",
            "archive": "/en/events/past/",
            "archive by year": f"/en/events/past/?year={cls.year}",
            "event page": EVENT_URL,
            "registration form": f"{EVENT_URL}register/",
            "event calendar": f"{EVENT_URL}ics/",
            "calendar feed": "/en/events/feed/ics/",
            "area calendar feed": "/en/events/feed/medtech/ics/",
        }

    @classmethod
    def measure(cls):
        return {
            name: count_queries(cls.client_class(), url)
            for name, url in cls.urls().items()
        }

    @classmethod
    def cards(cls):
        """How many event cards each listing shows."""
        client = cls.client_class()
        return {
            name: client.get(cls.urls()[name]).content.count(CARD) for name in LISTINGS
        }

    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_tree()
        cls.areas = [
            tree["medtech"],
            tree["implants"],
            tree["biopharma"],
            tree["ehealth"],
        ]
        cls.images = [make_image(f"Lead {n}", width=64, height=36) for n in range(4)]
        (cls.company,) = members(tree, ["Exhibitor"])
        cls.add_measured_event()
        cls.add_events(1, SMALL - 1)
        first = EventPage.objects.get(slug="event-001")
        cls.month = first.home_start.strftime("%Y-%m")
        cls.year = EventPage.objects.get(slug="event-003").home_start.year
        analyze_bulk_data()
        cls.small, cls.small_cards = cls.measure(), cls.cards()
        cls.add_events(SMALL, LARGE - SMALL)
        analyze_bulk_data()
        cls.large, cls.large_cards = cls.measure(), cls.cards()

    def assertSameCount(self, *names):
        for name in names:
            with self.subTest(name):
                self.assertEqual(self.small[name], self.large[name])

    def test_every_page_keeps_to_the_query_budget_when_warm(self):
        for size in ("small", "large"):
            for name, counted in getattr(self, size).items():
                with self.subTest(size=size, page=name):
                    self.assertLessEqual(counted.warm, QUERY_BUDGET)

    def test_the_index_query_count_does_not_grow(self):
        # Site and locale lookups, routing (the page, its aliases, view
        # restrictions), language alternates, breadcrumbs and the site root
        # paths; the filter form's areas and months; the view restrictions of
        # the listing, its count and one page of events (image joined), their
        # card renditions and strategic areas; the JSON-LD's locale;
        # navigation and contact settings and the footer text.
        self.assertSameCount("index", "index, page 2")

    def test_a_filtered_index_query_count_does_not_grow(self):
        # As above: kind, area (with its domains), month and member are
        # conditions of the same queries; the member filter adds the member's
        # name above the results.
        self.assertSameCount("filtered index", "one member's events")

    def test_the_archive_query_count_does_not_grow(self):
        # As the index, with the years in place of the months.
        self.assertSameCount("archive", "archive by year")

    def test_the_event_page_query_count_does_not_grow(self):
        # Site, locale, routing and chrome as on the index, and the parent
        # index; areas, tags, sessions and figures, one query each; the
        # participants with their members, organisations and logos (joined)
        # and the logo renditions (one query for the members', one for the
        # organisations'); the registrations counted by status and the
        # capacity of each translation; "In the news": view restrictions, the
        # story, its card renditions, areas and tags, and the news index; the
        # lead image and its renditions; the share image for the JSON-LD and
        # Open Graph.
        self.assertSameCount("event page")

    def test_the_registration_form_query_count_does_not_grow(self):
        # The event page's queries, and the live member names the
        # organisation field suggests.
        self.assertSameCount("registration form")

    def test_the_calendars_query_count_does_not_grow(self):
        # Routing, the site, then for the feeds the view restrictions and at
        # most FEED_LENGTH upcoming events with their strategic areas
        # (prefetched); the area feed looks up its area first.
        self.assertSameCount("event calendar", "calendar feed", "area calendar feed")

    def test_the_pages_measured_show_what_they_should(self):
        # A count taken on an empty or broken page would prove nothing, and
        # one taken on pages showing as many cards at both sizes would miss a
        # query per card.
        for name in LISTINGS:
            with self.subTest(name):
                self.assertGreater(self.small_cards[name], 0)
                self.assertGreater(self.large_cards[name], self.small_cards[name])
        client = self.client_class()
        upcoming = EventPage.objects.live().upcoming()
        self.assertContains(
            client.get("/en/events/"), f"{upcoming.count()} upcoming events"
        )
        member_events = client.get(self.urls()["one member's events"])
        self.assertContains(member_events, "Taking part:")
        self.assertContains(
            member_events,
            f"{upcoming.filter(participants__member=self.company).count()} upcoming",
        )
        page = client.get(EVENT_URL)
        for text in ("Medical Alley", "Session 5", "figure 3", "Ten members fly"):
            self.assertContains(page, text)
        self.assertContains(page, "37 places left")
        self.assertContains(client.get(self.urls()["registration form"]), "Nanocore")
        feed = client.get("/en/events/feed/ics/").content.decode()
        self.assertEqual(feed.count("BEGIN:VEVENT"), FEED_LENGTH)


class ParticipantQueryTests(TestCase):
    """An event page costs the same with one participant and one session as
    with ten participants and twenty sessions over two days.

    Pages are compared with the same kinds of participant: a page without any
    organisation skips the organisation logos' renditions query, one without
    any member the members'.
    """

    @classmethod
    def setUpTestData(cls):
        tree = build_tree()
        companies = members(tree, [f"Company {n}" for n in range(10)])
        partners = organisations([f"Partner {n}" for n in range(10)])
        pages = {
            "one-member": (companies[:1], [], 1),
            "ten-members": (companies, [], 20),
            "one-organisation": ([], partners[:1], 1),
            "ten-organisations": ([], partners, 20),
            "one-of-each": (companies[:1], partners[:1], 1),
            "ten-of-both": (companies[:5], partners[:5], 20),
        }
        for slug, (companies_, partners_, count) in pages.items():
            make_event(
                tree["events_index"],
                title=slug,
                slug=slug,
                participants=participants(companies_, partners_),
                sessions=sessions(count, days=1 if count == 1 else 2),
            )
        cls.counts = {
            slug: count_queries(cls.client_class(), f"/en/events/{slug}/")
            for slug in pages
        }

    def test_participants_and_sessions_cost_no_query_each(self):
        for few, many in [
            ("one-member", "ten-members"),
            ("one-organisation", "ten-organisations"),
            ("one-of-each", "ten-of-both"),
        ]:
            with self.subTest(many):
                self.assertEqual(self.counts[few], self.counts[many])

    def test_the_pages_measured_show_everyone(self):
        response = self.client.get("/en/events/ten-of-both/")
        for name in ("Company 4", "Partner 4", "Session 19", "Speaker 19"):
            self.assertContains(response, name)


class MemberEventsQueryTests(TestCase):
    """A member page's "Events" section costs the same with one event of the
    member as with ten."""

    @classmethod
    def setUpTestData(cls):
        tree = build_tree()
        one, ten = members(tree, ["One", "Ten"])
        image = make_image("Lead", width=64, height=36)
        # Each member's events: some over, some to come, each with its image
        # and areas; the section shows the latest three.
        for n in range(11):
            make_event(
                tree["events_index"],
                title=f"Event {n}",
                slug=f"event-{n}",
                start=in_days(-30 + 7 * n),
                lead_image=image,
                strategic_areas=[tree["medtech"], tree["biopharma"]],
                participants=[{"member": one if n == 0 else ten, "role": "exhibitor"}],
            )
        cls.counts = {
            member.slug: count_queries(cls.client_class(), member.url)
            for member in MemberPage.objects.filter(pk__in=[one.pk, ten.pk])
        }

    def test_event_cards_on_a_member_page_cost_no_query_each(self):
        # The member's own page as in tests/members/test_queries.py; then the
        # section: view restrictions, up to three events (image joined), their
        # card renditions and areas, and the events index for "see all".
        self.assertEqual(self.counts["one"], self.counts["ten"])

    def test_the_pages_measured_show_the_events(self):
        response = self.client.get("/en/members/ten/")
        self.assertContains(response, "Event 10")
        self.assertContains(response, "All the events of Ten")
        self.assertContains(self.client.get("/en/members/one/"), "Event 0")
