"""Settings per environment: production from the environment only, dev by default.

The production and development settings are imported in subprocesses, as
`manage.py` and gunicorn would, so this test process keeps its own settings.
"""

import ast
import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

BASE_DIR = settings.BASE_DIR


@pytest.fixture
def production_env(tmp_path):
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PORTAL_VAR_DIR": str(tmp_path / "var"),
        "DJANGO_SETTINGS_MODULE": "cluster_portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(45)[:60],
        "ALLOWED_HOSTS": "portal.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
        "WAGTAILADMIN_BASE_URL": "https://portal.example.org",
        "EMAIL_HOST": "smtp.example.org",
        "DEFAULT_FROM_EMAIL": "web@example.org",
    }


def run(args, env):
    return subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def settings_in_subprocess(env, *names):
    """The named settings as the given environment would load them."""
    script = (
        "import django; django.setup(); from django.conf import settings; "
        f"print(repr({{name: getattr(settings, name) for name in {names!r}}}))"
    )
    result = run(["-c", script], env)
    assert result.returncode == 0, result.stderr
    return ast.literal_eval(result.stdout.strip().splitlines()[-1])


def test_production_passes_the_deployment_checks(production_env):
    assert len(production_env["SECRET_KEY"]) == 60
    result = run(["manage.py", "check", "--deploy"], production_env)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues (0 silenced)." in output
    assert "WARNINGS" not in output


def test_production_refuses_to_start_without_a_secret_key(production_env):
    del production_env["SECRET_KEY"]
    result = run(["manage.py", "check"], production_env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "The environment variable SECRET_KEY is required" in result.stderr


def test_production_caches_and_keeps_sessions_in_redis(production_env):
    production_env["REDIS_URL"] = "redis://127.0.0.1:6379/0"
    found = settings_in_subprocess(
        production_env, "CACHES", "SESSION_ENGINE", "DEBUG", "ALLOWED_HOSTS"
    )
    cache = found["CACHES"]["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://127.0.0.1:6379/0"
    assert found["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    assert found["DEBUG"] is False
    assert found["ALLOWED_HOSTS"] == ["portal.example.org"]


def test_development_is_the_default_with_debug_and_sqlite(production_env, tmp_path):
    env = {
        name: value
        for name, value in production_env.items()
        if name in {"PATH", "HOME", "LANG", "PYTHONDONTWRITEBYTECODE", "PORTAL_VAR_DIR"}
    }
    command = (
        "from django.conf import settings as s; "
        'print(s.SETTINGS_MODULE, s.DEBUG, s.DATABASES["default"]["ENGINE"], '
        's.DATABASES["default"]["NAME"], s.CACHES["default"]["BACKEND"])'
    )
    result = run(["manage.py", "shell", "-c", command], env)
    assert result.returncode == 0, result.stderr
    module, debug, engine, name, cache = result.stdout.splitlines()[-1].split()
    assert module == "cluster_portal.settings.dev"
    assert debug == "True"
    assert engine == "django.db.backends.sqlite3"
    assert name == str(tmp_path / "var" / "db.sqlite3")
    assert cache == "django.core.cache.backends.locmem.LocMemCache"
    # The development secret key is made on first run and kept out of git.
    assert (tmp_path / "var" / "dev_secret_key").read_text().strip()


def test_test_settings_are_fast(db):
    assert settings.PASSWORD_HASHERS == [
        "django.contrib.auth.hashers.MD5PasswordHasher"
    ]
    assert (
        settings.CACHES["default"]["BACKEND"]
        == "django.core.cache.backends.locmem.LocMemCache"
    )
    user = get_user_model().objects.create_user("editor", password="a long password")
    assert user.password.startswith("md5$")


def test_production_neither_installs_nor_names_the_demo_app(production_env):
    script = (
        "import sys, django; django.setup(); from django.conf import settings; "
        "names = [n for n in dir(settings) if n.isupper()]; "
        "print(repr([n for n in names if 'demo' in repr(getattr(settings, n))])); "
        "print(repr(sorted(m for m in sys.modules if m.split('.')[0] == 'demo')))"
    )
    result = run(["-c", script], production_env)
    assert result.returncode == 0, result.stderr
    naming, imported = map(ast.literal_eval, result.stdout.strip().splitlines()[-2:])
    assert naming == []
    assert imported == []


def test_production_commands_do_not_include_the_demo_loader(production_env):
    result = run(["manage.py", "help", "--commands"], production_env)
    assert result.returncode == 0, result.stderr
    commands = set(result.stdout.split())
    assert "check_pages" in commands
    assert not commands & {
        "load_demo_content",
        "generate_bulk_content",
        "ensure_dev_admin",
        "ensure_dev_member_editors",
    }


def test_runtime_dependencies_leave_the_test_factories_out():
    runtime = (BASE_DIR / "requirements" / "base.lock").read_text().lower()
    pinned = {line.split("==")[0] for line in runtime.splitlines() if "==" in line}
    assert not pinned & {"factory-boy", "wagtail-factories", "faker", "pyyaml"}
    development = (BASE_DIR / "requirements" / "dev.lock").read_text().lower()
    assert "factory-boy==" in development
    assert "wagtail-factories==" in development
