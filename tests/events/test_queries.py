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

from cluster_portal.core.factories import OrganisationFactory, StrategicAreaFactory
from events.factories import RegistrationFactory, in_days
from events.models import EventPage
from news.factories import NewsIndexPageFactory
from tests.conftest import build_site_tree
from tests.core.helpers import count_queries, make_image, publish
from tests.events.support import build_event_tree, make_event
from tests.members.support import build_member_tree, make_member
from tests.news.support import make_story

SMALL, LARGE = 20, 500
KINDS = [kind for kind, _ in EventPage.Kind.choices]
MODES = [mode for mode, _ in EventPage.AttendanceMode.choices]
ROLES = ["organiser", "partner", "exhibitor", "delegation", "participant"]
SEARCH_BACKEND = {"BACKEND": "wagtail.search.backends.database"}
EVENT_URL = "/en/events/mission-minneapolis/"


@contextlib.contextmanager
def quickly():
    """No page measured reads the search or reference index: left out, the
    500 events build twice as fast."""
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
    tree["news"] = publish(
        NewsIndexPageFactory(parent=tree["home"], locale=tree["en"])
    )
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
    return [OrganisationFactory(name=name, logo=logo(name)) for name in names]


def participants(companies, partners):
    """Members then organisations, in turn organiser, partner, exhibitor…"""
    links = [{"member": member} for member in companies]
    links += [{"organisation": organisation} for organisation in partners]
    for n, link in enumerate(links):
        link["role"] = ROLES[n % len(ROLES)]
    return links


def sessions(count, days=1):
    """`count` sessions over `days` days, each with two or three speakers."""
    first = datetime.date.today() + datetime.timedelta(days=400)
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
        # a lead image (of four) and two strategic areas, one a medtech domain
        # for some.
        with quickly():
            for n in range(start, start + count):
                past = n % 4 == 3
                make_event(
                    cls.tree["index"],
                    title=f"Event {n:03}",
                    slug=f"event-{n:03}",
                    kind=KINDS[n % len(KINDS)],
                    attendance_mode=MODES[n % len(MODES)],
                    online_url="https://meet.example.org/cluster",
                    start=in_days(-2 - n if past else 2 + n),
                    lead_image=cls.images[n % len(cls.images)],
                    lead_image_alt="A photograph",
                    strategic_areas=[
                        cls.areas[n % len(cls.areas)],
                        cls.areas[(n + 1) % len(cls.areas)],
                    ],
                )

    @classmethod
    def add_measured_event(cls):
        """A mission with everything an event page shows, far enough ahead
        to stay off the first two pages of the index."""
        tree = cls.tree
        companies = members(tree, ["MedCo", "Trasis", "Nanocore"])
        partners = organisations(["AWEX", "Medical Alley"])
        event = make_event(
            tree["index"],
            title="Mission to Minneapolis",
            slug="mission-minneapolis",
            kind=EventPage.Kind.TRADE_MISSION,
            time_zone="America/Chicago",
            start=in_days(400, hour=15),
            end=in_days(402, hour=23),
            city="Minneapolis",
            country="US",
            venue="Convention Center",
            lead_image=make_image("Minneapolis", width=160, height=90),
            lead_image_alt="The skyline",
            participants=participants(companies, partners),
            sessions=sessions(6, days=2),
            figures=figures(4),
            strategic_areas=[tree["medtech"], tree["biopharma"]],
            registration=EventPage.Registration.PORTAL,
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
    def setUpTestData(cls):
        cls.tree = tree = build_tree()
        cls.areas = [
            tree["medtech"],
            tree["implants"],
            tree["biopharma"],
            tree["ehealth"],
        ]
        cls.images = [make_image(f"Lead {n}", width=64, height=36) for n in range(4)]
        cls.add_measured_event()
        cls.add_events(1, SMALL - 1)
        cls.month = EventPage.objects.get(slug="event-001").home_start.strftime(
            "%Y-%m"
        )
        cls.year = EventPage.objects.get(slug="event-003").home_start.year
        cls.small = cls.measure()
        cls.add_events(SMALL, LARGE - SMALL)
        cls.large = cls.measure()

    def test_dump(self):
        from tests.events._dumpq import dump
        for url in ["/en/members/one/", "/en/members/ten/", "/en/events/one-part/", "/en/events/ten-parts/"]:
            dump(self.client, url)


class ParticipantQueryTests(TestCase):
    """An event page costs the same with 1 participant and session as with 10
    participants and 20 sessions."""

    @classmethod
    def setUpTestData(cls):
        tree = build_tree()
        companies = members(tree, [f"Company {n}" for n in range(5)])
        partners = organisations([f"Partner {n}" for n in range(5)])
        make_event(
            tree["index"],
            title="One part",
            slug="one-part",
            participants=participants(companies[:1], []),
            sessions=sessions(1),
        )
        make_event(
            tree["index"],
            title="Ten parts",
            slug="ten-parts",
            participants=participants(companies, partners),
            sessions=sessions(20, days=2),
        )

    def test_dump(self):
        from tests.events._dumpq import dump
        for url in ["/en/events/one-part/", "/en/events/ten-parts/"]:
            dump(self.client, url)


class MemberEventsQueryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_tree()
        one, ten = members(tree, ["One", "Ten"])
        image = make_image("Lead", width=64, height=36)
        for n in range(11):
            make_event(
                tree["index"],
                title=f"Event {n}",
                slug=f"event-{n}",
                start=in_days(-30 + 7 * n),
                lead_image=image,
                strategic_areas=[tree["medtech"]],
                participants=[{"member": one if n == 0 else ten, "role": "exhibitor"}],
            )
    def test_dump(self):
        from tests.events._dumpq import dump
        for url in ["/en/members/one/", "/en/members/ten/"]:
            dump(self.client, url)
