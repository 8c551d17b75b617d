"""Events: the index with its archive and calendars, event pages, registrations."""

from .index import EventIndexPage
from .pages import EventPage, EventPageTag
from .parts import EventFigure, EventParticipant, EventSession
from .querysets import upcoming
from .registrations import Registration, token_digest

__all__ = [
    "EventFigure",
    "EventIndexPage",
    "EventPage",
    "EventPageTag",
    "EventParticipant",
    "EventSession",
    "Registration",
    "token_digest",
    "upcoming",
]
