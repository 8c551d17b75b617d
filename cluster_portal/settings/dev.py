"""Development: SQLite in var/, DEBUG on, mail to the console."""

import os
import secrets

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, VAR_DIR
from .env import as_bool

DEBUG = as_bool("DEBUG", default=True)
# The demo site, its generators and the development accounts: never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]


def _local_secret_key():
    """A random key kept in var/ so sessions survive restarts; never committed."""
    key_file = VAR_DIR / "dev_secret_key"
    if not key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or _local_secret_key()
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
