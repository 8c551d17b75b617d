"""Tests: fast hasher, local memory cache, SQLite unless DATABASE_URL says otherwise."""

import os
import tempfile

from .base import *  # noqa: F403
from .base import DATABASES, INSTALLED_APPS

DEBUG = False
# The tests build pages with the demo app's factories and load its site.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
SECRET_KEY = "tests-only-not-a-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="cluster-portal-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["NAME"] = ":memory:"
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}

# The page cache's two-process test serves a second process from Redis.
if os.environ.get("PORTAL_TEST_REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["PORTAL_TEST_REDIS_URL"],
            "KEY_PREFIX": os.environ.get("PORTAL_TEST_CACHE_PREFIX", "tests"),
        }
    }
