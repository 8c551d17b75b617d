"""Member editors: the people of a member company who keep its page current.

Why a Django group per member, holding Wagtail's own page and collection
permissions, rather than a member-editor relation checked in a custom
permission policy: every admin view Wagtail has (explorer, edit, revisions,
history, preview, workflow actions, choosers, image and document views, bulk
actions) already asks Wagtail's permission policies, and those read the
user's group permissions. A group per member therefore plugs into all of
them at once; a custom policy would have to be right in each. Each check
loads only the permissions of the user's own groups, so its cost does not
grow with the number of members (asserted at 50 and 2,500 members in
tests/members/test_self_service_queries.py).

The group holds "change" on the member's page in every language, so an
editor can edit and submit for review but never publish. Where Wagtail's
"change" allows more than a member may do (deleting or copying a page that
is not live), `MemberPagePermissionTester` narrows it. Images and documents
are "add" and "choose" on the member's own collection; the site's upload
policy (cluster_portal/core/uploads.py) lets no one change a file through
ownership, so a live logo cannot be swapped without a reviewed revision.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.log_actions import log
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

# The module, not its names: the page model's admin panels import this one.
from . import models

UPLOADS_COLLECTION = "Member uploads"
# (app label, codename) of what a member's group may do in its own collection.
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
EDITOR_ADDED = "members.editor_added"
EDITOR_REMOVED = "members.editor_removed"


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def uploads_root():
    root = Collection.get_first_root_node()
    parent = root.get_children().filter(name=UPLOADS_COLLECTION).first()
    return parent or root.add_child(name=UPLOADS_COLLECTION)


def group_name(page):
    # Group names are unique and at most 150 characters; the key tells apart
    # two members with the same name.
    return f"Member editors: {page.title[:100]} [{page.translation_key.hex[:8]}]"


def access_for(page, create=True):
    """The member's access (group and collection), created on first need."""
    access = (
        models.MemberAccess.objects.select_related("group", "collection")
        .filter(translation_key=page.translation_key)
        .first()
    )
    if access is None and create:
        with transaction.atomic():
            # get_or_create: two staff inviting a member's first editor at once.
            group, _created = Group.objects.get_or_create(name=group_name(page))
            group.permissions.add(permission("wagtailadmin", "access_admin"))
            access, _created = models.MemberAccess.objects.get_or_create(
                translation_key=page.translation_key, defaults={"group": group}
            )
            grant_translations(access)
    if access is not None and create and access.collection is None:
        with transaction.atomic():
            access.collection = uploads_root().add_child(name=page.title[:255])
            access.save(update_fields=["collection"])
            GroupCollectionPermission.objects.bulk_create(
                GroupCollectionPermission(
                    group=access.group,
                    collection=access.collection,
                    permission=permission(app_label, codename),
                )
                for app_label, codename in COLLECTION_PERMISSIONS
            )
    return access


def grant_translations(access):
    """Give the group "change" on the member's page in every language it has."""
    change = permission("wagtailcore", "change_page")
    granted = GroupPagePermission.objects.filter(group=access.group).values("page")
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=access.group, page=page, permission=change)
        for page in models.MemberPage.objects.filter(
            translation_key=access.translation_key
        ).exclude(pk__in=granted)
    )


def editors_of(page):
    return (
        get_user_model()
        .objects.filter(groups__member_access__translation_key=page.translation_key)
        .order_by("email")
    )


def find_or_create_user(email, name=""):
    """The account with this email address, or a new one without a password."""
    User = get_user_model()  # noqa: N806 - a model class
    email = User.objects.normalize_email(email).strip()
    # The username too: a new account's username is its address, and the
    # address may have been changed since by staff.
    user = (
        User.objects.filter(Q(email__iexact=email) | Q(username__iexact=email))
        .order_by("pk")
        .first()
    )
    if user is not None:
        return user, False
    first_name, _, last_name = name.strip().partition(" ")
    user = User(
        username=email.lower()[:150],
        email=email,
        first_name=first_name[:150],
        last_name=last_name[:150],
    )
    user.set_unusable_password()
    user.save()
    return user, True


def _about(user):
    """What the page history keeps of an editor added or removed."""
    return {"email": user.email}


def add_editor(page, email, *, name="", added_by=None):
    """Make the owner of `email` an editor of the member, and tell them.

    Returns the user. A new account gets an invitation with a one-time link to
    choose a password; an existing one is told it can now edit the page.
    """
    with transaction.atomic():
        access = access_for(page)
        user, _created = find_or_create_user(email, name)
        user.groups.add(access.group)
        log(instance=page, action=EDITOR_ADDED, user=added_by, data=_about(user))
    send_invitation(user, page)
    return user


def remove_editor(page, user, *, removed_by=None):
    """Revoke at once: permissions are read from the groups on every request."""
    access = access_for(page, create=False)
    if access is None or not user.groups.filter(pk=access.group_id).exists():
        return False
    user.groups.remove(access.group)
    if not user.has_usable_password():
        # A new hash: the invitation link no longer matches.
        user.set_unusable_password()
        user.save(update_fields=["password"])
    log(instance=page, action=EDITOR_REMOVED, user=removed_by, data=_about(user))
    return True


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def set_password_url(user):
    """A one-time link: the token no longer matches once the password is set."""
    return admin_url(
        reverse(
            "wagtailadmin_password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    )


def send_invitation(user, page):
    context = {
        "user": user,
        "page": page,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "needs_password": not user.has_usable_password(),
        "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
        "login_url": admin_url(reverse("wagtailadmin_login")),
    }
    if context["needs_password"]:
        context["set_password_url"] = set_password_url(user)
    subject = render_to_string("members/email/invitation_subject.txt", context)
    send_mail(
        " ".join(subject.split()),
        render_to_string("members/email/invitation.txt", context),
        None,
        [user.email],
    )


def member_pages_for(user):
    """The member pages, in every language, that `user` edits as a member editor."""
    keys = models.MemberAccess.objects.for_user(user).values("translation_key")
    return models.MemberPage.objects.filter(translation_key__in=keys)


def is_member_editor_only(user):
    """True for a member editor with no other role: the simplified admin is theirs.

    Cached on the user object, which lives for one request.
    """
    if not user.is_authenticated or user.is_superuser:
        return False
    if not hasattr(user, "_member_editor_only"):
        counts = user.groups.aggregate(
            groups=Count("pk"),
            member=Count("pk", filter=Q(member_access__isnull=False)),
        )
        user._member_editor_only = (
            counts["member"] > 0
            and counts["groups"] == counts["member"]
            and not user.user_permissions.exists()
        )
    return user._member_editor_only


def on_member_page_saved(sender, instance, created, raw=False, **kwargs):
    """A new translation of a member page joins its editors' permissions."""
    if created and not raw:
        access = access_for(instance, create=False)
        if access is not None:
            grant_translations(access)


def on_member_page_deleted(sender, instance, **kwargs):
    """The member's last page is gone: its editors lose their access.

    Deleting the group removes its permissions and the MemberAccess row; the
    collection and its files stay for staff to keep or delete.
    """
    if models.MemberPage.objects.filter(
        translation_key=instance.translation_key
    ).exists():
        return
    Group.objects.filter(
        member_access__translation_key=instance.translation_key
    ).delete()
