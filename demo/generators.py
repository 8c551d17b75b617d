"""What the `generate_*` commands share: their arguments and their pools."""

import random

from django.core.management.base import BaseCommand, CommandError

from cluster_portal.core.models import Organisation, StrategicArea
from cluster_portal.core.page_cache import one_change
from members.models import MemberPage


class GenerateCommand(BaseCommand):
    """`--count` (bounded) and `--seed`: the same seed adds the same content."""

    default_count = 500
    most = 20_000
    plural = "pages"

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=self.default_count)
        parser.add_argument(
            "--seed", type=int, default=1, help=f"Same seed, same {self.plural}."
        )

    def execute(self, *args, **options):
        # The whole run is one content change: one bump of the page cache.
        with one_change():
            return super().execute(*args, **options)

    def check_count(self, count):
        if not 1 <= count <= self.most:
            raise CommandError(f"--count must be between 1 and {self.most}.")

    def random(self, seed):
        return random.Random(seed)  # noqa: S311 - sample data, not secrets


def english_index(model, section):
    """The first English index of a section, or a clear error."""
    index = model.objects.filter(locale__language_code="en").order_by("path").first()
    if index is None:
        raise CommandError(f"No English {section} index: run load_demo_content.")
    return index


def pools(locale_id):
    """The areas, members and organisations generated content links to."""
    return (
        list(StrategicArea.objects.filter(locale_id=locale_id)),
        list(MemberPage.objects.live().filter(locale_id=locale_id)[:200]),
        list(Organisation.objects.filter(locale_id=locale_id)),
    )
