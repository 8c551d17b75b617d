from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "cluster_portal.core"
    label = "core"
    verbose_name = "Portal core"

    def ready(self):
        from .locales import ensure_locales

        post_migrate.connect(ensure_locales, sender=self)
