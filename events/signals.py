"""Keeping the waiting list moving, and the staff's access to registrations."""

from django.apps import apps
from django.contrib.auth.models import Permission
from django.db import transaction

from members.review import ensure_staff_group

from .models import EventPage, Registration
from .registration_service import fill_places

REGISTRATION_PERMISSIONS = ["view_registration", "change_registration"]


def fill_places_later(event_key):
    transaction.on_commit(lambda: fill_places(event_key))


def on_event_published(sender, instance, **kwargs):
    """More places, or a waiting list switched on: promote who is waiting."""
    if instance.registration_mode == instance.RegistrationMode.PORTAL:
        fill_places_later(instance.translation_key)


def on_registration_saved(sender, instance, created, raw=False, **kwargs):
    # Staff cancelling a place in the admin frees it as the visitor's link does.
    if not created and not raw and instance.status == instance.Status.CANCELLED:
        fill_places_later(instance.event_key)


def on_registration_deleted(sender, instance, **kwargs):
    fill_places_later(instance.event_key)


def on_event_deleted(sender, instance, **kwargs):
    """Give the registrations of a deleted translation to one that remains;
    with the event's last translation, delete them: no personal data is kept
    for an event that no longer exists."""
    orphans = Registration.objects.filter(
        event__isnull=True, event_key=instance.translation_key
    )
    remaining = (
        EventPage.objects.filter(translation_key=instance.translation_key)
        .order_by("pk")
        .first()
    )
    if remaining is not None:
        orphans.update(event=remaining)
    else:
        orphans.delete()


def grant_staff(app_config=None, using="default", **kwargs):
    """post_migrate: communications staff read registrations and cancel them.

    Runs on the last app's signal, like the member review set-up, once every
    permission exists. Deleting is left to superusers: a deleted registration
    leaves no trace of who had a place.
    """
    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if app_config is not None and app_config is not with_models[-1]:
        return
    group = ensure_staff_group(using)
    group.permissions.add(
        *Permission.objects.using(using).filter(
            content_type__app_label="events", codename__in=REGISTRATION_PERMISSIONS
        )
    )
