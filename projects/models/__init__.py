"""Projects: the index with its figures, the project page and its parts."""

from .pages import ProjectIndexPage, ProjectPage, ProjectPageQuerySet
from .parts import ProjectOutcome, ProjectPartner

__all__ = [
    "ProjectIndexPage",
    "ProjectOutcome",
    "ProjectPage",
    "ProjectPageQuerySet",
    "ProjectPartner",
]
