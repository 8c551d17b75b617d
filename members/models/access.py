"""The editor group and upload collection of one member company."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from cluster_portal.core.models.fields import optional_link


class MemberAccessQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(group__user=user)


class MemberAccess(models.Model):
    """Who may edit one member's page, in every language, and where their files go.

    Keyed by the page's translation key, so the English page and its French
    translation are one member with one set of editors. `members/access.py`
    explains why access is a Django group holding Wagtail's own permissions.
    """

    translation_key = models.UUIDField(
        unique=True, editable=False, help_text=_("The member page in every language.")
    )
    group = models.OneToOneField(
        "auth.Group",
        on_delete=models.CASCADE,
        related_name="member_access",
        help_text=_("Its users are the member's editors."),
    )
    collection = optional_link(
        "wagtailcore.Collection",
        _("The editors upload images and documents here, and only here."),
        related_name="member_access",
        field=models.OneToOneField,
    )

    objects = MemberAccessQuerySet.as_manager()

    class Meta:
        verbose_name = _("member access")
        verbose_name_plural = _("member access")

    def __str__(self):
        return self.group.name
