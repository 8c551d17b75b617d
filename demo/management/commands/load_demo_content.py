"""Build the demo site from the seed facts; safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from cluster_portal.core.page_cache import one_change
from demo.core import load_core
from demo.events import load_events
from demo.members import load_members
from demo.news import load_news
from demo.projects import load_projects

# In this order: events and projects link to members, news to all of them.
LOADERS = [load_core, load_members, load_events, load_projects, load_news]


class Command(BaseCommand):
    help = (
        "Create the demo site (home, standard pages, taxonomy, partners and each "
        "section's content). Idempotent: a second run changes nothing."
    )

    def handle(self, *args, **options):
        with one_change():  # one bump of the page cache, not thousands
            for loader in LOADERS:
                with transaction.atomic():
                    loader()
                self.stdout.write(f"Loaded {loader.__name__}")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
