"""Events: the index with its archive and calendars, event pages, registrations."""

from .pages import EventIndexPage, EventPage, EventPageTag, upcoming
from .parts import EventFigure, EventParticipant, EventSession
from .registrations import Registration

__all__ = [
    "EventFigure",
    "EventIndexPage",
    "EventPage",
    "EventPageTag",
    "EventParticipant",
    "EventSession",
    "Registration",
    "upcoming",
]
