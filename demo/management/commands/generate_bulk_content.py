"""Add linked synthetic content in both languages, for the benchmark at scale."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cluster_portal.core.page_cache import one_change
from demo import bulk
from demo.synthetic import Generator

MOST = 100_000


class Command(BaseCommand):
    help = (
        "Add generated members, events, projects and news stories, each in English "
        "and French, linked to each other and to the demo content. The same seed "
        "adds the same content; a second run adds more, numbered on."
    )

    def add_arguments(self, parser):
        for kind in ("members", "events", "projects", "news"):
            parser.add_argument(
                f"--{kind}",
                type=int,
                default=0,
                metavar="N",
                help=f"How many {'stories' if kind == 'news' else kind} to add.",
            )
        parser.add_argument(
            "--seed", type=int, default=1, help="Same seed, same pages."
        )
        parser.add_argument(
            "--editors", action="store_true", help="Give each member an invited editor."
        )

    def handle(self, *args, members, events, projects, news, seed, editors, **options):
        counts = {
            "members": members,
            "events": events,
            "projects": projects,
            "news": news,
        }
        if any(not 0 <= count <= MOST for count in counts.values()):
            raise CommandError(f"Each count must be between 0 and {MOST}.")
        if not any(counts.values()):
            raise CommandError(
                "Say how many to add: --members, --events, --projects or --news."
            )
        # One transaction, and one content change: one bump of the page cache.
        with one_change(), transaction.atomic():
            Generator(seed).generate(**counts, editors=editors)
        bulk.analyse()
        added = ", ".join(f"{count} {kind}" for kind, count in counts.items() if count)
        self.stdout.write(self.style.SUCCESS(f"Added {added}, in English and French."))
