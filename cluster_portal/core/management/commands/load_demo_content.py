"""Build the demo site from the seed facts; safe to run again."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = (
        "Create the demo site (home, standard pages, taxonomy, partners and each "
        "section's content). Idempotent: a second run changes nothing."
    )

    def handle(self, *args, **options):
        # Each section adds its own loader to PORTAL_DEMO_LOADERS, in order.
        for dotted_path in settings.PORTAL_DEMO_LOADERS:
            loader = import_string(dotted_path)
            with transaction.atomic():
                loader()
            self.stdout.write(f"Loaded {dotted_path.rsplit('.', 1)[-1]}")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
