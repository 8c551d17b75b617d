"""Builders shared by the events tests: an index per language, areas, events."""

from demo.factories.core import StrategicAreaFactory
from demo.factories.events import EventIndexPageFactory, EventPageFactory
from events.models import EventIndexPage, EventPage
from tests.core.helpers import publish, translate


def build_event_tree(tree):
    """English and French events indexes, with an area and a priority domain."""
    home, en, fr = tree["home"], tree["en"], tree["fr"]
    index = publish(EventIndexPageFactory(parent=home, locale=en))
    index_fr = translate(
        index, fr, title="Événements", slug="evenements", intro="Les événements."
    )
    # Shares the news tree's areas when it was built first.
    medtech = tree.get("medtech") or StrategicAreaFactory(
        locale=en, name="Medtech", slug="medtech", sort_order=1
    )
    biopharma = tree.get("biopharma") or StrategicAreaFactory(
        locale=en, name="Biopharma", slug="biopharma", sort_order=0
    )
    implants = tree.get("implants") or StrategicAreaFactory(
        locale=en,
        name="Implanted devices",
        slug="implanted-devices",
        parent=medtech,
        domain=True,
    )
    return {
        **tree,
        "events_index": EventIndexPage.objects.get(pk=index.pk),
        "events_index_fr": EventIndexPage.objects.get(pk=index_fr.pk),
        "medtech": medtech,
        "biopharma": biopharma,
        "implants": implants,
    }


def make_event(
    index, *, strategic_areas=(), participants=(), sessions=(), figures=(), **fields
):
    """A live event under `index` (a draft with draft=True), saved once.

    `participants`, `sessions` and `figures` are unsaved EventParticipant,
    EventSession and EventFigure instances (or dicts of their fields).
    """
    from events.models import EventFigure, EventParticipant, EventSession

    event = EventPageFactory.build(locale=index.locale, **fields)
    event.strategic_areas = list(strategic_areas)
    # sort_order set as the admin's inline panels do: NULLs sort first on
    # SQLite and last on PostgreSQL.
    event.participants = ordered(EventParticipant, participants)
    event.sessions = ordered(EventSession, sessions)
    event.figures = ordered(EventFigure, figures)
    index = EventIndexPage.objects.get(pk=index.pk)
    index.add_child(instance=event)
    return EventPage.objects.get(pk=event.pk)


def ordered(model, items):
    parts = [item if isinstance(item, model) else model(**item) for item in items]
    for position, part in enumerate(parts):
        part.sort_order = position
    return parts
