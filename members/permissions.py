"""What a member editor may do with a member page, beyond Wagtail's defaults."""

from wagtail.models import PagePermissionTester


class MemberPagePermissionTester(PagePermissionTester):
    """Wagtail's tester, with delete, move and copy left to staff who publish.

    With "change" alone Wagtail lets a user delete or move a page that is not
    live, and copy any page they can edit. A member editor holds "change" on
    their own page (members/access.py), and for them it must mean editing only.
    """

    def _may_restructure(self):
        return self.user.is_superuser or "publish" in getattr(self, "permissions", ())

    def can_delete(self, ignore_bulk=False):
        return self._may_restructure() and super().can_delete(ignore_bulk)

    def can_copy(self):
        return self._may_restructure() and super().can_copy()
