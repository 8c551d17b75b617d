"""Add thousands of generated member companies, for benchmarks at scale."""

from django.core.management.base import CommandError
from django.db import connection, transaction
from wagtail.models import Locale

from demo import bulk
from demo.generators import GenerateCommand
from members.models import MemberDirectoryPage, MemberPage

NAME = "Zeta Health"  # sorts after the demo members, as bulk collections must
CITIES = ["Liège", "Namur", "Charleroi", "Mons", "Louvain-la-Neuve", "Gosselies"]


class Command(GenerateCommand):
    default_count = 2500
    most = 100_000
    plural = "members"
    help = (
        "Add --count generated members (English and French pages, each with its "
        "editor group and upload collection) to the member directory."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--editors", action="store_true", help="Give each an invited editor."
        )

    def handle(self, *args, count, seed, editors, **options):
        self.check_count(count)
        directory = (
            MemberDirectoryPage.objects.filter(locale__language_code="en")
            .order_by("path")
            .first()
        )
        french = Locale.objects.filter(language_code="fr").first()
        directory_fr = (
            directory.get_translation_or_none(french) if directory and french else None
        )
        if directory_fr is None:
            raise CommandError(
                "No member directory in English and French: run load_demo_content."
            )
        rng = self.random(seed)
        last = (
            MemberPage.objects.child_of(directory)
            .filter(title__regex=rf"^{NAME} [0-9]+$")
            .order_by("-title")
            .first()
        )
        start = int(last.title.rsplit(" ", 1)[1]) + 1 if last else 1
        with transaction.atomic():
            english, french = bulk.add_members(
                directory, directory_fr, range(start, start + count), name=NAME
            )
            for en, fr in zip(english, french, strict=True):
                en.city = fr.city = rng.choice(CITIES)
                en.size_band = fr.size_band = rng.choice(MemberPage.SizeBand.values)
            MemberPage.objects.bulk_update(english + french, ["city", "size_band"])
            groups = bulk.grant_access(english + french)
            if editors:
                bulk.add_editors(groups)
        if connection.vendor == "postgresql":
            # Fresh statistics, as autovacuum would gather after a bulk load:
            # planned for near-empty tables, the admin's permission queries
            # scan every page.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {count} members ({NAME} {start:04}–{start + count - 1:04})."
            )
        )
