from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class EventsConfig(AppConfig):
    name = "events"

    def ready(self):
        from wagtail.signals import page_published

        from . import signals
        from .models import EventPage, Registration

        post_migrate.connect(signals.grant_staff, dispatch_uid="events.grant_staff")
        page_published.connect(signals.on_event_published, sender=EventPage)
        post_save.connect(signals.on_registration_saved, sender=Registration)
        post_delete.connect(signals.on_registration_deleted, sender=Registration)
        post_delete.connect(signals.on_event_deleted, sender=EventPage)
