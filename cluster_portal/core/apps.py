from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "cluster_portal.core"
    label = "core"
    verbose_name = "Portal core"

    def ready(self):
        from wagtail.signals import copy_for_translation_done

        from . import frontend_cache
        from .locales import ensure_locales
        from .page_cache import connect_signals
        from .translation import on_copied_for_translation

        post_migrate.connect(ensure_locales, sender=self)
        copy_for_translation_done.connect(on_copied_for_translation)
        connect_signals()
        frontend_cache.connect_signals()
