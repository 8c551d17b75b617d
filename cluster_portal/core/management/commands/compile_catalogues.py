"""Compile the gettext catalogues with Babel: no GNU gettext tools needed."""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Compile every locale/<lang>/LC_MESSAGES/*.po to .mo. Unlike "
        "compilemessages it runs where GNU gettext is not installed."
    )

    def handle(self, *args, **options):
        compiled = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                language = po_path.parent.parent.name
                with po_path.open("rb") as po_file:
                    try:
                        catalog = read_po(po_file, locale=language)
                    except Exception as error:  # noqa: BLE001 - report any parse error
                        raise CommandError(f"{po_path}: {error}") from error
                with po_path.with_suffix(".mo").open("wb") as mo_file:
                    write_mo(mo_file, catalog)
                compiled += 1
        self.stdout.write(f"Compiled {compiled} catalogue(s).")
