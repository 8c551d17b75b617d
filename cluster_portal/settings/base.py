"""Settings shared by every environment; the others import and adjust these."""

import os
from pathlib import Path

import dj_database_url

from .env import as_bool, as_int

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
# Local state of a development checkout (SQLite file, media, secret key).
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "cluster_portal.core",
    "cluster_portal.search",
    "news",
    "events",
    "members",
    "projects",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Wagtail needs it on PostgreSQL from Django 6; harmless on SQLite.
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Answers 304 to a matching If-None-Match, cached pages included.
    "django.middleware.http.ConditionalGetMiddleware",
    # Before the session: a hit touches neither the session nor the database.
    "cluster_portal.core.page_cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cluster_portal.core.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "members.middleware.MemberEditorScopeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cluster_portal.urls"
WSGI_APPLICATION = "cluster_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}", conn_max_age=0
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A write transaction takes the lock when it begins and others wait for
    # it: two registrations at once queue instead of failing "database is
    # locked" half-way (PostgreSQL uses row locks instead).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Languages. English is the default; adding Dutch is one line in LANGUAGES
# (Locales are created for every language after migrate).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("PORTAL_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        # Room for the pages and Wagtail's renditions: past the default 300
        # entries it drops a third of them, the content generation included.
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Health cluster portal")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cluster_portal.core.uploads.DocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No avatars fetched from gravatar.com: it would receive a hash of every
# admin user's email address, and the admin would depend on a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Staff set email addresses; users may not change their own. Invitations
# find existing accounts by address, so a member editor who could set theirs
# to another company's would be made that company's editor too.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

# Portal
# Whole public pages from the shared cache (cluster_portal/core/page_cache.py);
# PORTAL_PAGE_CACHE=1 or 0 turns it on or off under any settings.
PORTAL_PAGE_CACHE = as_bool("PORTAL_PAGE_CACHE", default=False)
# The longest a page is kept: time alone can change one (an event ends).
PORTAL_PAGE_CACHE_TIMEOUT = as_int("PORTAL_PAGE_CACHE_TIMEOUT", 300)
PORTAL_PAGE_CACHE_SKIP_PREFIXES = ("/admin/", "/django-admin/", "/documents/")
# HTTP caching of anonymous pages. Browsers revalidate every time (max-age 0)
# with the ETag, which a cached page answers with a 304 and no query: a
# visitor who has just registered must not be shown the places left before.
# A CDN keeps pages s-maxage (purged on publish, see core/frontend_cache.py).
PORTAL_HTTP_MAX_AGE = as_int("PORTAL_HTTP_MAX_AGE", 0)
PORTAL_HTTP_SHARED_MAX_AGE = as_int("PORTAL_HTTP_SHARED_MAX_AGE", 300)
# A page's translations have their own slugs: Wagtail must not purge the
# other languages' prefixes with the same path.
WAGTAILFRONTENDCACHE_LANGUAGES = []

PORTAL_PAGE_SIZE = 12  # items per listing page; never taken from the URL
PORTAL_SEARCH_MAX_QUERY_LENGTH = 200
# Index pages allowed under the home page besides standard pages, one per
# section ("news.NewsIndexPage" …); the core names no section itself.
PORTAL_SECTION_INDEX_PAGES = [
    "news.NewsIndexPage",
    "events.EventIndexPage",
    "members.MemberDirectoryPage",
    "projects.ProjectIndexPage",
]

# The page types a news story may link to as "in this story" (members, events,
# projects); empty means any page.
NEWS_RELATED_PAGE_TYPES = [
    "members.MemberPage",
    "events.EventPage",
    "projects.ProjectPage",
]
