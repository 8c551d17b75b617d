"""Registrations and cancellations at the same moment, on real parallel connections.

Each thread has its own PostgreSQL connection (Django's connections are per
thread) and commits its own transactions; a barrier lets them all go at once.
Only the row locks of events.registration_service keep the count right: 200 people
for 100 places must give 100 places, never 101.

The threads are fewer than the registrations: PostgreSQL accepts a limited
number of connections (100 by default, shared with whoever else uses the
server), so at most MAX_THREADS work through the registrations between them.
"""

import threading
from collections import Counter

import pytest
from django.core import mail
from django.db import connection, connections

from demo.factories.events import RegistrationFactory
from events import registration_service as service
from events.models import EventPage, Registration
from tests.conftest import build_site_tree
from tests.core.helpers import translate
from tests.events.support import build_event_tree, make_event

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

PLACES = 100
PEOPLE = 200
MAX_THREADS = 40
# Connections left to the rest of the server (other test runs, psql…).
SPARE_CONNECTIONS = 20


@pytest.fixture(autouse=True)
def _mail_in_memory(settings, mailoutbox):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def thread_count(wanted=MAX_THREADS):
    """As many threads as wanted, within what the server has left."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_connections")
        (limit,) = cursor.fetchone()
        cursor.execute("SELECT count(*) FROM pg_stat_activity")
        (used,) = cursor.fetchone()
    available = int(limit) - used - SPARE_CONNECTIONS
    assert available >= 10, f"only {available} PostgreSQL connections free"
    return min(wanted, available)


def run_together(jobs, threads, setup=lambda: None):
    """Run `jobs` (callables taking what `setup` returns) on `threads` threads.

    Each thread connects and calls `setup` first, then waits at the barrier,
    so that connecting does not stagger the start. Returns each job's result
    or the exception it raised, in the order of `jobs`, and the set of
    PostgreSQL backends that did the work.
    """
    barrier = threading.Barrier(threads)
    results = [None] * len(jobs)
    backends = set()

    def work(first):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                backends.add(cursor.fetchone()[0])
            context = setup()
            barrier.wait(timeout=60)
            for index in range(first, len(jobs), threads):
                try:
                    results[index] = jobs[index](context)
                except Exception as error:  # noqa: BLE001 - checked by the caller
                    results[index] = error
        except Exception as error:  # noqa: BLE001 - a thread that never started
            barrier.abort()
            for index in range(first, len(jobs), threads):
                results[index] = error
        finally:
            connections.close_all()

    workers = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert not any(worker.is_alive() for worker in workers), "a thread hangs"
    return results, backends


def outcome(result):
    if isinstance(result, tuple):
        registration, _token = result
        return registration.status
    return type(result).__name__


def unexpected(results):
    expected = (tuple, service.EventFull, service.AlreadyRegistered, bool)
    return [result for result in results if not isinstance(result, expected)]


@pytest.fixture
def tree():
    return build_event_tree(build_site_tree())


def portal_event(tree, **fields):
    """An event in English and French, registration on the portal."""
    event = make_event(
        tree["events_index"],
        title="Summit",
        registration_mode="portal",
        capacity=PLACES,
        **fields,
    )
    event_fr = translate(event, tree["fr"], title="Sommet", slug="sommet")
    return event, event_fr


def register_jobs(pages, people):
    """One job per person, alternately on the English and the French page."""

    def job(n):
        def register(events):
            return service.register(
                events[n % len(events)],
                name=f"Person {n}",
                email=f"person{n}@example.org",
                organisation_name="Org",
            )

        return register

    def setup():
        return [EventPage.objects.get(pk=page.pk) for page in pages]

    return [job(n) for n in range(people)], setup


def statuses(event):
    return Counter(
        Registration.objects.filter(event_key=event.translation_key).values_list(
            "status", flat=True
        )
    )


def order_key(registration):
    return (registration.created_at, registration.pk)


def test_200_people_for_100_places_give_100_places_and_100_waiting(tree):
    event, event_fr = portal_event(tree)
    threads = thread_count()
    jobs, setup = register_jobs([event, event_fr], PEOPLE)

    results, backends = run_together(jobs, threads, setup)

    assert unexpected(results) == []
    assert len(backends) == threads, "every thread had its own connection"
    assert Counter(map(outcome, results)) == {"confirmed": 100, "waiting": 100}
    assert statuses(event) == {"confirmed": 100, "waiting": 100}
    assert service.places(event_fr).left == 0
    # The places went in the order the lock was taken: every confirmed
    # registration was saved before any waiting one.
    saved = Registration.objects.filter(event_key=event.translation_key)
    confirmed = list(saved.filter(status="confirmed"))
    waiting = list(saved.filter(status="waiting"))
    assert max(map(order_key, confirmed)) < min(map(order_key, waiting))
    # Both languages took places: the pages share them.
    assert {r.language for r in confirmed} == {"en", "fr"}
    # Everyone was told, once, what they got.
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        f"person{n}@example.org" for n in range(PEOPLE)
    )


def test_without_a_waiting_list_the_other_100_are_refused(tree):
    event, event_fr = portal_event(tree, waiting_list=False)
    threads = thread_count()
    jobs, setup = register_jobs([event, event_fr], PEOPLE)

    results, _backends = run_together(jobs, threads, setup)

    assert unexpected(results) == []
    assert Counter(map(outcome, results)) == {"confirmed": 100, "EventFull": 100}
    assert statuses(event) == {"confirmed": 100}
    assert len(mail.outbox) == 100


def test_one_address_sent_20_times_at_once_registers_once(tree):
    event, event_fr = portal_event(tree)
    spellings = ["same@example.org", "Same@Example.org", "SAME@EXAMPLE.ORG"]

    def job(n):
        def register(events):
            return service.register(
                events[n % 2],
                name="Same",
                email=spellings[n % len(spellings)],
                organisation_name="Org",
            )

        return register

    def setup():
        return [EventPage.objects.get(pk=page.pk) for page in (event, event_fr)]

    results, backends = run_together([job(n) for n in range(20)], 20, setup)

    assert unexpected(results) == []
    assert len(backends) == 20
    assert Counter(map(outcome, results)) == {"confirmed": 1, "AlreadyRegistered": 19}
    (registration,) = Registration.objects.filter(event_key=event.translation_key)
    assert registration.status == "confirmed"
    assert all(
        result.registration.pk == registration.pk
        for result in results
        if isinstance(result, service.AlreadyRegistered)
    )
    assert len(mail.outbox) == 1


def test_cancellations_at_once_keep_every_place_filled(tree):
    event, event_fr = portal_event(tree)
    people = [
        RegistrationFactory.build(
            event=event if n % 2 else event_fr,
            email=f"person{n}@example.org",
            status="confirmed" if n < PLACES else "waiting",
        )
        for n in range(PEOPLE)
    ]
    # One by one, so that created_at follows n: the queue's order.
    for person in people:
        person.save()
    confirmed = people[:PLACES]
    waiting = people[PLACES:]
    # 30 places given up, and 30 leaving the queue from its head, where the
    # promotions happen; each link is sent twice at the same moment.
    leaving = confirmed[::3][:30] + waiting[:60:2]
    pks = [person.pk for person in leaving for _twice in range(2)]

    def job(pk):
        return lambda context: service.cancel(Registration.objects.get(pk=pk))

    threads = thread_count()
    results, _backends = run_together([job(pk) for pk in pks], threads)

    assert unexpected(results) == []
    by_registration = Counter()
    for pk, result in zip(pks, results, strict=True):
        by_registration[pk] += result
    assert set(by_registration.values()) == {1}, "each cancelled exactly once"
    assert statuses(event) == {"confirmed": 100, "waiting": 40, "cancelled": 60}
    # The queue moved from its head: everyone promoted had waited longer than
    # everyone still waiting.
    now = {
        r.pk: r for r in Registration.objects.filter(event_key=event.translation_key)
    }
    promoted = [now[p.pk] for p in waiting if now[p.pk].status == "confirmed"]
    still_waiting = [now[p.pk] for p in waiting if now[p.pk].status == "waiting"]
    assert max(map(order_key, promoted)) < min(map(order_key, still_waiting))
    # Each promoted person was told once; nobody else was.
    told = Counter(message.to[0] for message in mail.outbox)
    assert set(told.values()) == {1}
    assert {r.email for r in promoted} <= set(told) <= {p.email for p in waiting}
