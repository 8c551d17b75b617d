"""The events index and its archive: upcoming or past, filters, bad input,
calendars, times across zones and DST, and the events on other pages."""

import datetime
import zoneinfo
from urllib.parse import parse_qs, urlsplit

from django.test import TestCase
from django.utils import timezone
from wagtail.models import PageViewRestriction

from demo.factories.news import NewsIndexPageFactory
from events.models import EventPage
from tests.conftest import build_site_tree
from tests.core.helpers import publish, soup_of, titles, translate
from tests.events.support import build_event_tree, make_event
from tests.members.support import build_member_tree, make_member
from tests.news.support import make_story

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
INDEX = "/en/events/"
ARCHIVE = "/en/events/past/"


def month_start(offset):
    """Midnight on the first of the month `offset` months from now, Brussels."""
    today = timezone.localdate()
    years, month = divmod(today.month - 1 + offset, 12)
    return datetime.datetime(today.year + years, month + 1, 1, tzinfo=BRUSSELS)


def month_key(offset):
    return month_start(offset).strftime("%Y-%m")


def at(day, hour, tz=BRUSSELS):
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=tz)


def make_private(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type="password", password="secret"
    )


UPCOMING = [
    "Running now",
    "Webinar",
    "Implant workshop",
    "Cross-month mission",
    "Investor summit",
    "Chicago mission",
]
PAST = ["Just ended", "New Year's Day", "Networking day 2023", "Conference 2022"]


class IndexTestCase(TestCase):
    """Six upcoming and four past English events, a draft, private events and
    a French event; MedCo takes part in three live events and the draft."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_event_tree(build_site_tree()))
        index = tree["events_index"]
        medtech, biopharma = tree["medtech"], tree["biopharma"]
        implants = tree["implants"]
        cls.medco = make_member(tree["directory"], title="MedCo", slug="medco")
        cls.bionova = make_member(tree["directory"], title="BioNova", slug="bionova")
        cls.quiet = make_member(tree["directory"], title="Quiet Co", slug="quiet-co")
        now = timezone.now().replace(microsecond=0)
        cls.now = now
        day = datetime.timedelta(days=1)
        with_medco = [{"role": "organiser", "member": cls.medco}]
        m2, m3, m4 = month_start(2), month_start(3), month_start(4)
        # Created out of date order, so the lists must sort them.
        events = [
            make_event(
                index,
                title="Investor summit",
                kind="investors",
                start=m3.replace(day=15, hour=9),
                end=m3.replace(day=15, hour=17),
                strategic_areas=[biopharma],
                participants=[{"role": "partner", "member": cls.bionova}],
            ),
            make_event(
                index,
                title="Running now",
                start=now - day,
                end=now + day,
                strategic_areas=[medtech],
                participants=with_medco,
            ),
            make_event(
                index,
                title="Chicago mission",
                kind="mission",
                time_zone="America/Chicago",
                city="Chicago",
                country="US",
                start=datetime.datetime(m4.year, m4.month, 12, 9, tzinfo=CHICAGO),
                end=datetime.datetime(m4.year, m4.month, 14, 17, tzinfo=CHICAGO),
            ),
            make_event(
                index,
                title="Webinar",
                kind="webinar",
                online=True,
                start=now + 2 * day,
                end=now + 2 * day + datetime.timedelta(hours=2),
                strategic_areas=[biopharma],
            ),
            make_event(
                index,
                title="Cross-month mission",
                kind="mission",
                # From the last day of one month to the 2nd of the next.
                start=at(m3.date() - day, 9),
                end=at(m3.date() + day, 17),
                # Two areas that both match ?area=medtech: listed once.
                strategic_areas=[medtech, implants],
                participants=with_medco,
            ),
            make_event(
                index,
                title="Implant workshop",
                kind="workshop",
                attendance_mode="hybrid",
                online_url="https://meet.example.org/implants",
                start=m2.replace(day=10, hour=9),
                end=m2.replace(day=10, hour=17),
                strategic_areas=[implants],
            ),
            make_event(
                index,
                title="Conference 2022",
                start=at(datetime.date(2022, 5, 10), 9),
                end=at(datetime.date(2022, 5, 10), 17),
            ),
            make_event(
                index,
                title="Just ended",
                kind="workshop",
                start=now - datetime.timedelta(hours=3),
                end=now - datetime.timedelta(minutes=1),
            ),
            make_event(
                index,
                title="Networking day 2023",
                kind="networking",
                start=at(datetime.date(2023, 10, 19), 9),
                end=at(datetime.date(2023, 10, 19), 18),
                strategic_areas=[medtech],
                participants=with_medco,
            ),
            # 2023 in UTC, but 2024 in Brussels where it takes place.
            make_event(
                index,
                title="New Year's Day",
                start=datetime.datetime(2024, 1, 1, 0, 30, tzinfo=BRUSSELS),
                end=datetime.datetime(2024, 1, 1, 2, tzinfo=BRUSSELS),
                strategic_areas=[biopharma],
            ),
        ]
        cls.events = {event.title: event for event in events}
        make_event(
            index,
            title="Draft event",
            draft=True,
            start=now + 3 * day,
            end=now + 3 * day,
            participants=with_medco,
        )
        make_private(
            make_event(
                index,
                title="Members-only event",
                start=now + 4 * day,
                end=now + 4 * day,
                participants=with_medco,
            )
        )
        make_private(
            make_event(
                index,
                title="Members-only 2019",
                start=at(datetime.date(2019, 3, 5), 9),
                end=at(datetime.date(2019, 3, 5), 17),
            )
        )
        cls.french = make_event(
            tree["events_index_fr"],
            title="Journée réseau",
            slug="journee-reseau",
            start=now + 5 * day,
            end=now + 5 * day + datetime.timedelta(hours=8),
        )

    def fetch(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url[:80])
        return soup_of(response)


class UpcomingAndPastTests(IndexTestCase):
    def test_upcoming_events_soonest_first_a_running_one_included(self):
        soup = self.fetch(INDEX)
        self.assertEqual(titles(soup), UPCOMING)
        self.assertEqual(
            soup.select_one(".results-count").get_text(strip=True),
            "6 upcoming events",
        )

    def test_past_events_newest_first_under_year_headings(self):
        soup = self.fetch(ARCHIVE)
        self.assertEqual(titles(soup), PAST)
        just_ended = self.events["Just ended"].start.astimezone(BRUSSELS).year
        self.assertEqual(
            [
                (
                    section.select_one(".event-year__title").get_text(strip=True),
                    titles(section),
                )
                for section in soup.select(".event-year")
            ],
            [
                (str(just_ended), ["Just ended"]),
                # Filed under the year it takes place in Brussels, not UTC's.
                ("2024", ["New Year's Day"]),
                ("2023", ["Networking day 2023"]),
                ("2022", ["Conference 2022"]),
            ],
        )

    def test_the_boundary_is_the_end_to_the_second(self):
        running = self.events["Running now"]
        live = EventPage.objects.live()
        self.assertIn(running, live.upcoming(now=running.end))
        self.assertNotIn(running, live.past(now=running.end))
        after = running.end + datetime.timedelta(seconds=1)
        self.assertNotIn(running, live.upcoming(now=after))
        self.assertIn(running, live.past(now=after))

    def test_drafts_and_private_events_are_not_listed(self):
        for url in (INDEX, ARCHIVE):
            with self.subTest(url):
                shown = titles(self.fetch(url))
                self.assertNotIn("Draft event", shown)
                self.assertNotIn("Members-only event", shown)
                self.assertNotIn("Members-only 2019", shown)

    def test_each_language_lists_its_own_events(self):
        self.assertNotIn("Journée réseau", titles(self.fetch(INDEX)))
        soup = self.fetch("/fr/evenements/")
        self.assertEqual(titles(soup), ["Journée réseau"])
        self.assertEqual(soup.html["lang"], "fr")
        self.assertEqual(
            soup.select_one(".card__title a")["href"],
            "/fr/evenements/journee-reseau/",
        )
        self.assertEqual(titles(self.fetch("/fr/evenements/past/")), [])
        self.fetch("/fr/evenements/journee-reseau/")

    def test_an_empty_archive_page_says_so(self):
        soup = self.fetch(ARCHIVE + "?kind=webinar")
        self.assertEqual(titles(soup), [])
        self.assertIsNotNone(soup.select_one(".empty-state"))


class FilterTests(IndexTestCase):
    def upcoming_filters(self):
        medco, bionova = self.medco.pk, self.bionova.pk
        return [
            ("kind=workshop", ["Implant workshop"]),
            ("kind=mission", ["Cross-month mission", "Chicago mission"]),
            # An area includes the events filed under its priority domains.
            (
                "area=medtech",
                ["Running now", "Implant workshop", "Cross-month mission"],
            ),
            ("area=implanted-devices", ["Implant workshop", "Cross-month mission"]),
            ("area=biopharma", ["Webinar", "Investor summit"]),
            ("mode=online", ["Webinar"]),
            ("mode=hybrid", ["Implant workshop"]),
            (
                "mode=in_person",
                [
                    "Running now",
                    "Cross-month mission",
                    "Investor summit",
                    "Chicago mission",
                ],
            ),
            # The events taking place during the month, not only starting.
            (f"month={month_key(2)}", ["Implant workshop", "Cross-month mission"]),
            (f"month={month_key(3)}", ["Cross-month mission", "Investor summit"]),
            (f"month={month_key(4)}", ["Chicago mission"]),
            (f"member={medco}", ["Running now", "Cross-month mission"]),
            (f"member={bionova}", ["Investor summit"]),
            ("area=medtech&mode=in_person", ["Running now", "Cross-month mission"]),
            (f"kind=mission&month={month_key(3)}", ["Cross-month mission"]),
            (f"area=biopharma&member={medco}", []),
        ]

    def archive_filters(self):
        return [
            ("year=2024", ["New Year's Day"]),
            ("year=2023", ["Networking day 2023"]),
            ("year=2022", ["Conference 2022"]),
            ("kind=networking", ["Networking day 2023"]),
            ("area=medtech", ["Networking day 2023"]),
            ("area=biopharma&year=2024", ["New Year's Day"]),
            (f"member={self.medco.pk}", ["Networking day 2023"]),
        ]

    def test_filters_of_the_upcoming_events(self):
        for query, expected in self.upcoming_filters():
            with self.subTest(query):
                soup = self.fetch(f"{INDEX}?{query}")
                self.assertEqual(titles(soup), expected)
                count = len(expected)
                self.assertEqual(
                    soup.select_one(".results-count").get_text(strip=True),
                    f"{count} upcoming event{'' if count == 1 else 's'}",
                )

    def test_filters_of_the_archive(self):
        for query, expected in self.archive_filters():
            with self.subTest(query):
                self.assertEqual(titles(self.fetch(f"{ARCHIVE}?{query}")), expected)

    def options(self, soup, name):
        return [o["value"] for o in soup.select(f"select[name={name}] option")]

    def test_the_form_offers_the_months_and_years_that_have_events(self):
        months = self.options(self.fetch(INDEX), "month")
        self.assertEqual(months, sorted(months))
        self.assertTrue(
            {month_key(2), month_key(3), month_key(4)} <= set(months), months
        )
        self.assertEqual(
            self.options(self.fetch(INDEX), "area"),
            ["", "biopharma", "medtech", "implanted-devices"],
        )
        years = self.options(self.fetch(ARCHIVE), "year")
        self.assertEqual(years[0], "")
        self.assertEqual(years[2:5], ["2024", "2023", "2022"])

    def test_the_archive_offers_no_year_that_only_a_private_event_has(self):
        # Choosing 2019 would show "0 past events": the form must not offer it.
        years = self.options(self.fetch(ARCHIVE), "year")
        just_ended = self.events["Just ended"].start.astimezone(BRUSSELS).year
        self.assertEqual(years, ["", str(just_ended), "2024", "2023", "2022"])

    def test_the_member_filter_names_the_member_and_can_be_removed(self):
        soup = self.fetch(f"{INDEX}?member={self.medco.pk}&kind=mission")
        self.assertEqual(titles(soup), ["Cross-month mission"])
        active = soup.select_one(".active-filter")
        self.assertIn("MedCo", active.get_text())
        remove = parse_qs(urlsplit(active.select_one("a")["href"]).query)
        self.assertEqual(remove, {"kind": ["mission"]})
        # Kept when the form is submitted again.
        hidden = soup.select_one("form.filters input[type=hidden][name=member]")
        self.assertEqual(hidden["value"], str(self.medco.pk))

    def test_the_member_filter_does_not_reveal_an_unpublished_member(self):
        draft = make_member(self.tree["directory"], title="Secret Co", draft=True)
        response = self.client.get(f"{INDEX}?member={draft.pk}")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "Secret Co")

    # Bad input: a value that means nothing is ignored, never a 500.

    JUNK = [
        "kind=unknown",
        "kind=" + "k" * 10_000,
        "kind=%00",
        "kind=%F0%9F%92%A5",
        "kind=webinar&kind=nonsense",
        "kind[]=webinar",
        "area=unknown",
        "area=m%C3%A9dtech",
        "area=" + "m" * 10_000,
        "area=%00",
        "mode=everywhere",
        "mode=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "month=abc",
        "month=2024-13",
        "month=0000-00",
        "month=99999-01",
        "month=" + "2" * 10_000,
        "year=2023",  # no year filter on upcoming events
        "member=abc",
        "member=-1",
        "member=0",
        "member=1.5",
        "member=99999999999999999999",
        "member=" + "9" * 10_000,
        "member=%E2%91%A0",
        "page=abc",
        "page=",
        "page=1e309",
        "page=" + "1" * 10_000,
        "page=%F0%9F%92%A5",
    ]
    ARCHIVE_JUNK = [
        "year=abc",
        "year=1900",
        "year=99999999999999999999",
        "year=" + "9" * 10_000,
        "year=%00",
        "year=2023&year=nonsense",
        f"month={month_key(-1)}",  # no month filter on the archive
        "kind=" + "k" * 10_000,
        "member=abc",
        "page=-1.5",
        "page=" + "9" * 10_000,
    ]

    def assertIgnored(self, url, expected):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(titles(soup_of(response)), expected)
        self.assertNotIn(b"<script>alert", response.content)

    def test_a_junk_value_is_ignored_and_shows_the_events(self):
        for query in self.JUNK:
            with self.subTest(query[:40]):
                self.assertIgnored(f"{INDEX}?{query}", UPCOMING)

    def test_a_junk_value_in_the_archive_is_ignored(self):
        for query in self.ARCHIVE_JUNK:
            with self.subTest(query[:40]):
                self.assertIgnored(f"{ARCHIVE}?{query}", PAST)

    def test_a_page_number_out_of_range_shows_a_real_page(self):
        with self.settings(PORTAL_PAGE_SIZE=4):
            for query, expected in [
                ("page=2", UPCOMING[4:]),
                ("page=99999999999999999999", UPCOMING[4:]),
                ("page=0", UPCOMING[4:]),
                ("page=abc", UPCOMING[:4]),
            ]:
                with self.subTest(query):
                    self.assertEqual(titles(self.fetch(f"{INDEX}?{query}")), expected)

    def test_pagination_links_keep_the_filters(self):
        with self.settings(PORTAL_PAGE_SIZE=2):
            soup = self.fetch(f"{INDEX}?area=medtech&mode=")
            self.assertEqual(titles(soup), ["Running now", "Implant workshop"])
            next_link = soup.select_one("nav.pagination a[rel=next]")
            self.assertEqual(
                parse_qs(urlsplit(next_link["href"]).query),
                {"area": ["medtech"], "page": ["2"]},
            )
            second = self.fetch(INDEX + next_link["href"])
            self.assertEqual(titles(second), ["Cross-month mission"])

            soup = self.fetch(f"{ARCHIVE}?kind=&page=2")
            self.assertEqual(titles(soup), PAST[2:])
            previous = soup.select_one("nav.pagination a[rel=prev]")
            self.assertEqual(titles(self.fetch(ARCHIVE + previous["href"])), PAST[:2])


class CalendarLinkTests(IndexTestCase):
    def calendars(self, url):
        soup = self.fetch(url)
        return {
            link["href"]
            for link in soup.select('head link[rel=alternate][type="text/calendar"]')
        }

    def test_the_index_announces_its_calendar(self):
        self.assertEqual(self.calendars(INDEX), {"/en/events/feed/ics/"})
        self.assertEqual(self.calendars(ARCHIVE), {"/en/events/feed/ics/"})
        self.assertEqual(
            self.calendars("/fr/evenements/"), {"/fr/evenements/feed/ics/"}
        )

    def test_filtered_by_area_it_announces_the_area_calendar_too(self):
        announced = self.calendars(f"{INDEX}?area=medtech")
        self.assertEqual(
            announced, {"/en/events/feed/ics/", "/en/events/feed/medtech/ics/"}
        )
        for href in announced:
            with self.subTest(href):
                response = self.client.get(href)
                self.assertEqual(response.status_code, 200)
                self.assertTrue(response["Content-Type"].startswith("text/calendar"))
        self.assertEqual(
            self.calendars(f"{INDEX}?area=unknown"), {"/en/events/feed/ics/"}
        )

    def test_every_upcoming_card_adds_its_event_to_a_calendar(self):
        soup = self.fetch(INDEX)
        cards = soup.select("article.event-card")
        self.assertEqual(len(cards), len(UPCOMING))
        for card in cards:
            title = card.select_one(".card__title a").get_text(strip=True)
            with self.subTest(title):
                (link,) = [
                    a
                    for a in card.select("a")
                    if a.get_text(strip=True).startswith("Add to calendar")
                ]
                self.assertEqual(link["href"], self.events[title].url + "ics/")
                self.assertEqual(self.client.get(link["href"]).status_code, 200)

    def test_a_past_card_has_no_calendar_link(self):
        soup = self.fetch(ARCHIVE)
        self.assertNotIn("Add to calendar", soup.select_one("main").get_text())


class OtherPagesTests(IndexTestCase):
    def section(self, soup, title):
        for heading in soup.select("section h2"):
            if heading.get_text(strip=True) == title:
                return heading.find_parent("section")
        return None

    def test_a_member_page_lists_the_events_it_takes_part_in(self):
        soup = self.fetch(self.medco.url)
        events = self.section(soup, "Events")
        self.assertIsNotNone(events)
        # Newest first; neither the draft nor the private event.
        self.assertEqual(
            titles(events),
            ["Cross-month mission", "Running now", "Networking day 2023"],
        )
        see_all = events.select_one("a.button")["href"]
        self.assertEqual(see_all, f"/en/events/?member={self.medco.pk}")
        self.assertEqual(
            titles(self.fetch(see_all)), ["Running now", "Cross-month mission"]
        )

    def test_a_member_with_only_past_events_links_to_the_archive(self):
        alumni = make_member(self.tree["directory"], title="Alumni Co")
        make_event(
            self.tree["events_index"],
            title="Conference 2021",
            start=datetime.datetime(2021, 6, 1, 9, tzinfo=BRUSSELS),
            end=datetime.datetime(2021, 6, 1, 17, tzinfo=BRUSSELS),
            participants=[{"role": "exhibitor", "member": alumni}],
        )
        events = self.section(self.fetch(alumni.url), "Events")
        self.assertEqual(titles(events), ["Conference 2021"])
        see_all = events.select_one("a.button")["href"]
        self.assertEqual(see_all, f"/en/events/past/?member={alumni.pk}")
        self.assertEqual(titles(self.fetch(see_all)), ["Conference 2021"])

    def test_a_member_without_events_has_no_events_section(self):
        self.assertIsNone(self.section(self.fetch(self.quiet.url), "Events"))

    def test_a_story_that_mentions_an_event_is_in_the_news_on_its_page(self):
        news = publish(NewsIndexPageFactory(parent=self.tree["home"]))
        event = self.events["Networking day 2023"]
        make_story(news, title="400 people at BioWin Day", related=[event])
        make_story(news, title="Unpublished story", related=[event], draft=True)
        make_story(news, title="About something else")

        soup = self.fetch(event.url)

        in_the_news = self.section(soup, "In the news")
        self.assertIsNotNone(in_the_news)
        self.assertEqual(titles(in_the_news), ["400 people at BioWin Day"])
        self.assertIsNone(
            self.section(self.fetch(self.events["Webinar"].url), "In the news")
        )


class TimeZoneDisplayTests(TestCase):
    """Across the end of summer time (27 October 2024 in Europe, 3 November in
    the United States): the venue's clocks, and Brussels' alongside."""

    @classmethod
    def setUpTestData(cls):
        tree = build_event_tree(build_site_tree())
        cls.brussels = make_event(
            tree["events_index"],
            title="Brussels days",
            start=datetime.datetime(2024, 10, 26, 9, tzinfo=BRUSSELS),
            end=datetime.datetime(2024, 10, 28, 17, tzinfo=BRUSSELS),
        )
        cls.chicago = make_event(
            tree["events_index"],
            title="Chicago days",
            time_zone="America/Chicago",
            city="Chicago",
            country="US",
            start=datetime.datetime(2024, 10, 26, 9, tzinfo=CHICAGO),
            end=datetime.datetime(2024, 10, 28, 17, tzinfo=CHICAGO),
        )

    def when(self, event):
        response = self.client.get(event.url)
        self.assertEqual(response.status_code, 200)
        return soup_of(response).select_one(".event__essentials time").parent

    def text(self, element):
        return " ".join(element.get_text(" ").split()) if element else ""

    def test_a_brussels_event_reads_in_brussels_time(self):
        when = self.when(self.brussels)
        self.assertEqual(
            [time["datetime"] for time in when.select("time")],
            ["2024-10-26T09:00:00+02:00", "2024-10-28T17:00:00+01:00"],
        )
        text = self.text(when)
        self.assertRegex(text, r"26, 2024, 09:00 .*28, 2024, 17:00")
        self.assertNotIn("in Brussels", text)

    def test_the_end_after_the_change_is_labelled_winter_time(self):
        # 17:00 on 28 October is CET (UTC+1): "17:00 CEST" would be an hour off.
        text = self.text(self.when(self.brussels))
        self.assertIn("17:00 CET", text)
        self.assertNotIn("17:00 CEST", text)

    def test_a_chicago_event_reads_in_chicago_time_with_brussels_alongside(self):
        when = self.when(self.chicago)
        self.assertEqual(
            [time["datetime"] for time in when.select("time")],
            ["2024-10-26T09:00:00-05:00", "2024-10-28T17:00:00-05:00"],
        )
        text = self.text(when)
        self.assertRegex(text, r"26, 2024, 09:00 .*28, 2024, 17:00 CDT")
        home = self.text(when.select_one(".event-when__home"))
        # 14:00 UTC is 16:00 in summer-time Brussels; 22:00 UTC, after the
        # change, is 23:00.
        self.assertRegex(home, r"26, 2024, 16:00 .*28, 2024, 23:00")
        self.assertIn("in Brussels", home)

    def test_brussels_time_after_the_change_is_labelled_winter_time(self):
        home = self.text(self.when(self.chicago).select_one(".event-when__home"))
        self.assertIn("23:00 CET", home)
        self.assertNotIn("23:00 CEST", home)

    def test_a_card_shows_the_venue_time(self):
        response = self.client.get(ARCHIVE)
        cards = {
            card.select_one(".card__title a").get_text(strip=True): card
            for card in soup_of(response).select("article.event-card")
        }
        chicago = cards["Chicago days"].select_one(".event-card__when")
        self.assertEqual(
            [time["datetime"] for time in chicago.select("time")],
            ["2024-10-26T09:00:00-05:00", "2024-10-28T17:00:00-05:00"],
        )
        self.assertIn("CDT", chicago.get_text())


class EmptyIndexTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_event_tree(build_site_tree())

    def test_an_index_without_events_says_so(self):
        for url in (INDEX, ARCHIVE, "/fr/evenements/"):
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                soup = soup_of(response)
                self.assertEqual(titles(soup), [])
                self.assertIsNotNone(soup.select_one(".empty-state"))

    def test_a_translated_event_is_listed_in_french(self):
        event = make_event(
            self.tree["events_index"],
            title="Networking day",
            start=timezone.now() + datetime.timedelta(days=3),
            end=timezone.now() + datetime.timedelta(days=3, hours=8),
        )
        translate(event, self.tree["fr"], title="Journée réseau", slug="journee-reseau")
        soup = soup_of(self.client.get("/fr/evenements/"))
        self.assertEqual(titles(soup), ["Journée réseau"])
        self.assertEqual(titles(soup_of(self.client.get(INDEX))), ["Networking day"])
