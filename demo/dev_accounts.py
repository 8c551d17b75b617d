"""Passwords of the development accounts `make run` prints (never in production)."""

import secrets

from django.conf import settings
from django.core.management.base import CommandError


def dev_password(command, filename):
    """The password kept in var/<filename>, made on first use.

    Refuses without DEBUG, so the production settings never create an account
    with a password printed on a terminal.
    """
    if not settings.DEBUG:
        raise CommandError(f"{command} only runs with DEBUG on.")
    password_file = settings.VAR_DIR / filename
    if not password_file.exists():
        password_file.parent.mkdir(parents=True, exist_ok=True)
        password_file.write_text(secrets.token_urlsafe(12))
    return password_file.read_text().strip()
