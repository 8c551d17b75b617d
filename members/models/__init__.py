"""The member directory, member pages, and who may edit each member's page."""

from .access import MemberAccess
from .directory import DIRECTORY_PAGE_SIZE, MemberDirectoryPage
from .pages import (
    MANAGE_MEMBERSHIP,
    MemberContact,
    MemberLabel,
    MemberPage,
    MemberPageForm,
    MemberPageQuerySet,
    MemberPageTechnology,
    MemberProduct,
    Sector,
)

__all__ = [
    "DIRECTORY_PAGE_SIZE",
    "MANAGE_MEMBERSHIP",
    "MemberAccess",
    "MemberContact",
    "MemberDirectoryPage",
    "MemberLabel",
    "MemberPage",
    "MemberPageForm",
    "MemberPageQuerySet",
    "MemberPageTechnology",
    "MemberProduct",
    "Sector",
]
