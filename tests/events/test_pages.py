"""EventIndexPage and EventPage: where they go, the admin form, validation."""

import datetime
import zoneinfo

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import SimpleTestCase, TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cluster_portal.core.models import HomePage
from demo.factories.core import OrganisationFactory
from events.models import EventIndexPage, EventPage, EventParticipant
from tests.conftest import build_site_tree
from tests.core.helpers import add_url, edit_url, publish
from tests.events.support import build_event_tree, make_event
from tests.members.support import build_member_tree, make_member

UTC = datetime.UTC
BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")


def utc(*args):
    return datetime.datetime(*args, tzinfo=UTC)


class EventPageTestCase(WagtailPageTestCase):
    """An events index with its areas, a member, a partner organisation."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_event_tree(build_site_tree()))
        cls.index = tree["events_index"]
        cls.member = make_member(tree["directory"], title="MedCo", slug="medco")
        cls.partner = OrganisationFactory(
            name="AWEX", website="https://www.awex.be", locale=tree["en"]
        )
        cls.editor = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "password"
        )

    def setUp(self):
        self.client.force_login(self.editor)

    def form_data(self, **changes):
        """The event page's admin form, as an editor posts it; no inlines."""
        data = {
            "title": "Medtech mission to Minneapolis",
            "slug": "mission-minneapolis",
            "kind": "mission",
            "edition": "",
            "intro": "Ten members meet the medtech cluster of Minnesota.",
            "lead_image": "",
            "lead_image_alt": "",
            "body": streamfield([("paragraph", rich_text("<p>The programme.</p>"))]),
            "time_zone": "America/Chicago",
            "start": "2023-05-08 09:00",
            "end": "2023-05-11 17:00",
            "status": "scheduled",
            "previous_start": "",
            "attendance_mode": "in_person",
            "venue": "Medical Alley",
            "street_address": "",
            "postcode": "",
            "city": "Minneapolis",
            "country": "US",
            "online_url": "",
            "organised_by_cluster": "on",
            "registration_mode": "none",
            "registration_url": "",
            "capacity": "",
            "waiting_list": "on",
            "registration_deadline": "",
            "participants": inline_formset([]),
            "sessions": inline_formset([]),
            "figures": inline_formset([]),
            "tags": "",
            "seo_title": "",
            "search_description": "",
            "social_image": "",
        }
        data.update(changes)
        # A list would be flattened to strategic_areas-0 by nested_form_data.
        areas = data.pop("strategic_areas", [])
        return nested_form_data(data) | {"strategic_areas": areas}

    def post_new(self, **changes):
        return self.client.post(
            add_url(EventPage, self.index),
            self.form_data(**changes, **{"action-publish": "publish"}),
        )

    def post_edit(self, page, **changes):
        return self.client.post(
            edit_url(page), self.form_data(**changes, **{"action-publish": "publish"})
        )


class EventPageTests(EventPageTestCase):
    def test_lives_under_the_events_index_only_and_has_no_children(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertCanCreateAt(EventIndexPage, EventPage)
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(EventPage, EventPage)

    def test_can_be_created_in_the_admin_with_its_people_programme_and_figures(self):
        self.assertCanCreate(
            self.index,
            EventPage,
            self.form_data(
                participants=inline_formset(
                    [
                        {
                            "role": "organiser",
                            "member": self.member.pk,
                            "organisation": "",
                        },
                        {
                            "role": "partner",
                            "member": "",
                            "organisation": self.partner.pk,
                        },
                    ]
                ),
                sessions=inline_formset(
                    [
                        {
                            "day": "2023-05-08",
                            "start_time": "09:00",
                            "end_time": "10:30",
                            "title": "Welcome at Medical Alley",
                            "speakers": "Jane Doe (AWEX), John Roe",
                            "room": "Hall A",
                            "description": "",
                        }
                    ]
                ),
                figures=inline_formset(
                    [{"value": "10", "at_least": "", "label": "companies"}]
                ),
                tags="usa, trade mission",
                strategic_areas=[self.tree["medtech"].pk],
            ),
        )
        event = EventPage.objects.get(slug="mission-minneapolis")
        self.assertTrue(event.live)
        self.assertEqual(event.get_parent().pk, self.index.pk)
        self.assertEqual(event.time_zone, "America/Chicago")
        self.assertEqual(
            [(link.role, link.name) for link in event.participants.all()],
            [("organiser", "MedCo"), ("partner", "AWEX")],
        )
        (session,) = event.sessions.all()
        self.assertEqual(
            (session.day, session.start_time, session.speaker_names()),
            (datetime.date(2023, 5, 8), datetime.time(9), ["Jane Doe", "John Roe"]),
        )
        self.assertEqual(
            [str(figure) for figure in event.figures.all()], ["10 companies"]
        )
        self.assertEqual(list(event.strategic_areas.all()), [self.tree["medtech"]])
        self.assertEqual(
            sorted(tag.name for tag in event.tags.all()), ["trade mission", "usa"]
        )
        self.assertEqual(event.ical_sequence, 0)

    def test_renders_with_its_calendar_and_registration_form(self):
        event = make_event(
            self.index,
            title="BioWin Day",
            registration_mode="portal",
            capacity=100,
            strategic_areas=[self.tree["medtech"]],
            participants=[
                {"role": "organiser", "member": self.member},
                {"role": "partner", "organisation": self.partner},
            ],
            sessions=[{"title": "Opening", "start_time": datetime.time(9)}],
            figures=[{"value": 400, "label": "attendees", "at_least": True}],
        )
        self.assertPageIsRenderable(event)
        self.assertPageIsRenderable(event, route_path="ics/")
        self.assertPageIsRenderable(event, route_path="register/")


class EventValidationTests(EventPageTestCase):
    """The model's clean(): each rule refuses its case with a message on the
    field concerned, and lets the neighbouring valid case through."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.event = make_event(
            cls.index,
            title="Valid event",
            start=utc(2030, 6, 3, 7),
            end=utc(2030, 6, 3, 15),
        )

    def fresh(self, **fields):
        event = EventPage.objects.get(pk=self.event.pk)
        for name, value in fields.items():
            setattr(event, name, value)
        return event

    def assertRefused(self, field, **fields):
        with self.assertRaises(ValidationError) as caught:
            self.fresh(**fields).full_clean()
        self.assertEqual(list(caught.exception.message_dict), [field])

    def test_a_valid_event_passes(self):
        self.fresh().full_clean()

    def test_the_end_cannot_come_before_the_start(self):
        self.assertRefused("end", end=utc(2030, 6, 3, 6, 59))
        self.fresh(end=utc(2030, 6, 3, 7)).full_clean()  # an instant is fine

    def test_an_event_people_come_to_needs_a_city(self):
        self.assertRefused("city", city="")
        self.assertRefused("city", city="", attendance_mode="hybrid")
        self.fresh(
            city="", attendance_mode="online", online_url="https://meet.example.org"
        ).full_clean()

    def test_registration_elsewhere_needs_its_address(self):
        self.assertRefused("registration_url", registration_mode="external")
        self.fresh(
            registration_mode="external",
            registration_url="https://example.org/register",
        ).full_clean()

    def test_the_registration_deadline_cannot_come_after_the_end(self):
        self.assertRefused(
            "registration_deadline", registration_deadline=utc(2030, 6, 3, 15, 1)
        )
        self.fresh(registration_deadline=utc(2030, 6, 3, 15)).full_clean()

    def test_only_a_rescheduled_event_has_a_former_date(self):
        former = utc(2030, 5, 1, 7)
        for status in ("scheduled", "postponed", "cancelled"):
            with self.subTest(status):
                self.assertRefused(
                    "previous_start", status=status, previous_start=former
                )
        self.fresh(status="rescheduled", previous_start=former).full_clean()

    def test_the_index_routes_are_reserved_slugs(self):
        for slug in ("feed", "past"):
            with self.subTest(slug):
                self.assertRefused("slug", slug=slug)
        self.fresh(slug="feeding-the-future").full_clean()

    def test_a_reserved_slug_is_refused_in_the_admin(self):
        response = self.post_new(slug="past")
        self.assertEqual(response.status_code, 200)
        self.assertIn("slug", response.context["form"].errors)
        self.assertFalse(EventPage.objects.filter(slug="past").exists())

    def test_a_participant_is_either_a_member_or_an_organisation(self):
        for fields in ({}, {"member": self.member, "organisation": self.partner}):
            with self.subTest(fields=sorted(fields)):
                link = EventParticipant(page=self.event, role="partner", **fields)
                with self.assertRaises(ValidationError):
                    link.full_clean()
                # And the database refuses it too, whatever the code path.
                with self.assertRaises(IntegrityError), transaction.atomic():
                    link.save()
        for fields in ({"member": self.member}, {"organisation": self.partner}):
            with self.subTest(fields=sorted(fields)):
                EventParticipant(page=self.event, role="partner", **fields).full_clean()

    def test_a_participant_with_both_is_refused_in_the_admin(self):
        response = self.post_new(
            participants=inline_formset(
                [
                    {
                        "role": "organiser",
                        "member": self.member.pk,
                        "organisation": self.partner.pk,
                    }
                ]
            )
        )
        self.assertEqual(response.status_code, 200)
        (errors,) = response.context["form"].formsets["participants"].errors
        # One message the editor understands, not the database constraint's
        # name as well.
        self.assertEqual(
            errors["__all__"],
            ["Choose either a member or an organisation, not both."],
        )
        self.assertFalse(EventPage.objects.filter(slug="mission-minneapolis").exists())


class AdminTimeZoneTests(EventPageTestCase):
    """Editors type the venue's wall-clock time; it is stored in UTC."""

    def created(self, **changes):
        response = self.post_new(**changes)
        if response.status_code != 302:
            self.fail(response.context["form"].errors.as_text())
        return EventPage.objects.get(slug="mission-minneapolis")

    def test_a_time_typed_for_chicago_is_stored_in_utc(self):
        event = self.created()
        # 09:00 CDT (UTC-5) in May.
        self.assertEqual(event.start, utc(2023, 5, 8, 14))
        self.assertEqual(event.end, utc(2023, 5, 11, 22))

    def test_the_same_wall_time_in_brussels_is_another_moment(self):
        event = self.created(time_zone="Europe/Brussels", city="Brussels")
        self.assertEqual(event.start, utc(2023, 5, 8, 7))  # 09:00 CEST

    def test_the_edit_form_shows_the_venue_time_again(self):
        event = self.created(
            status="rescheduled",
            previous_start="2023-04-17 08:30",
            registration_mode="external",
            registration_url="https://example.org/register",
            registration_deadline="2023-05-01 18:00",
        )
        self.assertEqual(event.previous_start, utc(2023, 4, 17, 13, 30))
        self.assertEqual(event.registration_deadline, utc(2023, 5, 1, 23))

        response = self.client.get(edit_url(event))

        self.assertEqual(response.status_code, 200)
        form = response.context["form"]
        soup = self.get_soup(response.content)
        for name, typed in [
            ("start", "2023-05-08 09:00"),
            ("end", "2023-05-11 17:00"),
            ("previous_start", "2023-04-17 08:30"),
            ("registration_deadline", "2023-05-01 18:00"),
        ]:
            with self.subTest(name):
                wall = datetime.datetime.strptime(typed, "%Y-%m-%d %H:%M")
                self.assertEqual(form.initial[name], wall)
                shown = soup.select_one(f"input[name={name}]")["value"]
                self.assertEqual(shown, typed)

    def test_saving_the_edit_form_unchanged_keeps_the_times(self):
        event = self.created()
        response = self.post_edit(event)
        self.assertEqual(response.status_code, 302)
        event.refresh_from_db()
        self.assertEqual(
            (event.start, event.end), (utc(2023, 5, 8, 14), utc(2023, 5, 11, 22))
        )
        # Nothing a calendar shows changed.
        self.assertEqual(event.ical_sequence, 0)

    def test_a_wall_time_the_clocks_skip_is_refused(self):
        for zone, skipped in [
            ("Europe/Brussels", "2024-03-31 02:30"),
            ("America/Chicago", "2024-03-10 02:30"),
        ]:
            with self.subTest(zone):
                response = self.post_new(
                    time_zone=zone, start=skipped, end="2024-03-31 17:00"
                )
                self.assertEqual(response.status_code, 200)
                self.assertEqual(
                    response.context["form"].errors["start"],
                    [
                        f"{skipped} does not exist in {zone}: "
                        "the clocks go forward then."
                    ],
                )
                self.assertFalse(EventPage.objects.exists())

    def test_a_wall_time_the_clocks_show_twice_is_taken_the_first_time(self):
        event = self.created(
            time_zone="Europe/Brussels",
            start="2024-10-27 02:30",
            end="2024-10-27 05:00",
        )
        self.assertEqual(event.start, utc(2024, 10, 27, 0, 30))  # still CEST
        self.assertEqual(event.end, utc(2024, 10, 27, 4))  # CET by then

    def test_an_all_day_event_spans_whole_local_days(self):
        for zone, tz in [("Europe/Brussels", BRUSSELS), ("America/Chicago", CHICAGO)]:
            with self.subTest(zone):
                EventPage.objects.all().delete()
                event = self.created(
                    time_zone=zone,
                    all_day="on",
                    start="2023-05-08 15:45",
                    end="2023-05-10 08:00",
                )
                self.assertEqual(event.start, datetime.datetime(2023, 5, 8, tzinfo=tz))
                self.assertEqual(
                    event.end, datetime.datetime(2023, 5, 10, 23, 59, 59, tzinfo=tz)
                )
                self.assertEqual(
                    (event.first_day, event.last_day),
                    (datetime.date(2023, 5, 8), datetime.date(2023, 5, 10)),
                )


class CalendarSequenceTests(EventPageTestCase):
    """SEQUENCE tells calendars which copy of an event is newer."""

    def created(self):
        response = self.post_new()
        self.assertEqual(response.status_code, 302)
        return EventPage.objects.get(slug="mission-minneapolis")

    def sequence(self, event):
        return EventPage.objects.get(pk=event.pk).ical_sequence

    def test_a_new_event_starts_at_zero(self):
        self.assertEqual(self.sequence(self.created()), 0)

    def test_a_change_calendars_show_is_counted_once_per_publication(self):
        event = self.created()
        typed = {}
        for number, change in enumerate(
            [
                {"start": "2023-05-08 10:00"},
                {"status": "cancelled"},
                {"city": "Saint Paul"},
                {"title": "Medtech mission to Minnesota"},
            ],
            start=1,
        ):
            typed.update(change)
            with self.subTest(change):
                response = self.post_edit(event, **typed)
                self.assertEqual(response.status_code, 302)
                self.assertEqual(self.sequence(event), number)

    def test_a_change_only_the_page_shows_leaves_it(self):
        event = self.created()
        response = self.post_edit(
            event,
            body=streamfield([("paragraph", rich_text("<p>A new programme.</p>"))]),
            tags="usa",
            edition="3",
        )
        self.assertEqual(response.status_code, 302)
        event.refresh_from_db()
        self.assertEqual(event.edition, 3)
        self.assertEqual(self.sequence(event), 0)

    def test_a_draft_is_counted_when_published_not_when_saved(self):
        event = make_event(
            self.index,
            title="Networking day",
            start=utc(2030, 6, 3, 7),
            end=utc(2030, 6, 3, 15),
        )
        publish(event)
        self.assertEqual(self.sequence(event), 0)

        draft = EventPage.objects.get(pk=event.pk)
        draft.start = utc(2030, 6, 4, 7)
        draft.end = utc(2030, 6, 4, 15)
        revision = draft.save_revision()
        self.assertEqual(self.sequence(event), 0)

        revision.publish()
        self.assertEqual(self.sequence(event), 1)
        # Publishing the same content again is no change.
        publish(EventPage.objects.get(pk=event.pk))
        self.assertEqual(self.sequence(event), 1)


class ParticipantLifecycleTests(EventPageTestCase):
    """A member or partner going away leaves the event, without its link."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.event = publish(
            make_event(
                cls.index,
                title="BioWin Day",
                start=utc(2030, 6, 3, 7),
                end=utc(2030, 6, 3, 15),
                participants=[
                    {"role": "organiser", "member": cls.member},
                    {"role": "partner", "organisation": cls.partner},
                ],
            )
        )

    def names_on_page(self):
        response = self.client.get(self.event.url)
        self.assertEqual(response.status_code, 200)
        soup = self.get_soup(response.content)
        return [tag.get_text(strip=True) for tag in soup.select(".partner__name")]

    def test_both_are_shown_to_begin_with(self):
        self.assertEqual(self.names_on_page(), ["MedCo", "AWEX"])

    def test_deleting_the_member_page_keeps_the_event(self):
        self.member.delete()

        event = EventPage.objects.get(pk=self.event.pk)
        self.assertTrue(event.live)
        self.assertEqual([link.name for link in event.participants.all()], ["AWEX"])
        self.assertEqual(self.names_on_page(), ["AWEX"])
        # A revision saved while the member existed can still be published.
        EventPage.objects.get(pk=self.event.pk).get_latest_revision().publish()
        self.assertEqual(
            [
                link.name
                for link in EventPage.objects.get(pk=self.event.pk).participants.all()
            ],
            ["AWEX"],
        )

    def test_deleting_the_organisation_keeps_the_event(self):
        self.partner.delete()

        event = EventPage.objects.get(pk=self.event.pk)
        self.assertTrue(event.live)
        self.assertEqual([link.name for link in event.participants.all()], ["MedCo"])
        self.assertEqual(self.names_on_page(), ["MedCo"])
        EventPage.objects.get(pk=self.event.pk).get_latest_revision().publish()
        self.assertEqual(
            EventPage.objects.get(pk=self.event.pk).participants.count(), 1
        )

    def test_an_unpublished_member_is_not_shown_until_published_again(self):
        self.member.unpublish()

        response = self.client.get(self.event.url)
        self.assertNotContains(response, "MedCo")  # nor in the JSON-LD
        self.assertEqual(self.names_on_page(), ["AWEX"])
        # The link is kept, for when the member is back.
        self.assertEqual(self.event.participants.count(), 2)

        publish(self.member)
        self.assertEqual(self.names_on_page(), ["MedCo", "AWEX"])


class ParticipantHeadingTests(SimpleTestCase):
    def test_headings_agree_with_the_count_in_both_languages(self):
        heading = EventParticipant.heading
        self.assertEqual(heading("partner", 1), "Partner")
        self.assertEqual(heading("partner", 2), "Partners")
        with translation.override("fr"):
            self.assertEqual(heading("partner", 1), "Partenaire")
            self.assertEqual(heading("exhibitor", 3), "Exposants")
            self.assertEqual(heading("delegation", 2), "Dans la délégation")


class AdminEventsListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_event_tree(build_site_tree())
        cls.coming = make_event(
            cls.tree["events_index"],
            title="Coming",
            strategic_areas=[cls.tree["medtech"]],
        )
        cls.gone = make_event(cls.tree["events_index"], title="Gone", past=True)
        cls.admin = get_user_model().objects.create_superuser("boss", "b@x.org", "pw")

    def titles(self, query):
        self.client.force_login(self.admin)
        response = self.client.get(reverse("events_listing:index") + query)
        self.assertEqual(response.status_code, 200)
        return {page.title for page in response.context["object_list"]}

    def test_staff_filter_events_by_area_and_by_when(self):
        area = self.tree["medtech"].pk
        self.assertEqual(self.titles(f"?strategic_areas={area}"), {"Coming"})
        self.assertEqual(self.titles("?when=upcoming"), {"Coming"})
        self.assertEqual(self.titles("?when=past"), {"Gone"})
        self.assertEqual(
            self.titles("?when=junk&strategic_areas=x"), {"Coming", "Gone"}
        )
