"""docker-compose.yml and the Dockerfile run what the production settings need."""

import ast
import re
import shlex

import pytest
import yaml
from django.conf import settings

BASE_DIR = settings.BASE_DIR
PRODUCTION = "cluster_portal.settings.production"


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((BASE_DIR / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def services(compose):
    return compose["services"]


def environment(service):
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return env


def command_text(value):
    return value if isinstance(value, str) else shlex.join(value)


def required_by_production():
    """Every variable production.py reads with required("NAME")."""
    tree = ast.parse((BASE_DIR / "cluster_portal/settings/production.py").read_text())
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "required"
        and isinstance(node.args[0], ast.Constant)
    }


def test_runs_web_postgres_and_redis(services):
    assert {"web", "db", "redis"} <= set(services)


def test_database_is_postgresql_15_or_later(services):
    image = services["db"]["image"]
    match = re.fullmatch(r"postgres:(\d+)(?:[.\-].*)?", image)
    assert match, image
    assert int(match.group(1)) >= 15


def test_web_runs_gunicorn_with_production_settings(services):
    web = services["web"]
    assert environment(web)["DJANGO_SETTINGS_MODULE"] == PRODUCTION
    command = command_text(web["command"])
    assert "gunicorn cluster_portal.wsgi:application" in command
    assert "migrate" in command


def test_web_healthcheck_probes_healthz(services):
    test = command_text(services["web"]["healthcheck"]["test"])
    assert "/healthz/" in test


def test_web_waits_for_healthy_db_and_redis(services):
    depends_on = services["web"]["depends_on"]
    for name in ("db", "redis"):
        assert depends_on[name]["condition"] == "service_healthy"


@pytest.mark.parametrize("name", ["db", "redis"])
def test_backing_services_have_healthchecks(services, name):
    assert services[name]["healthcheck"]["test"]


def test_media_lives_on_a_named_volume(compose, services):
    web = services["web"]
    media_root = environment(web)["MEDIA_ROOT"]
    mounts = {}
    for volume in web["volumes"]:
        source, target = volume.split(":")[:2]
        mounts[target] = source
    assert media_root in mounts
    assert mounts[media_root] in compose["volumes"]


def test_production_needs_what_the_settings_require():
    assert {
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "DATABASE_URL",
        "WAGTAILADMIN_BASE_URL",
        "EMAIL_HOST",
        "DEFAULT_FROM_EMAIL",
    } <= required_by_production()


def test_every_production_service_sets_every_required_variable(services):
    production_services = {
        name: service
        for name, service in services.items()
        if environment(service).get("DJANGO_SETTINGS_MODULE") == PRODUCTION
    }
    assert "web" in production_services
    for name, service in production_services.items():
        env = environment(service)
        for variable in required_by_production():
            assert str(env.get(variable, "")).strip(), f"{name} lacks {variable}"


def test_web_uses_the_compose_database_and_redis(services):
    env = environment(services["web"])
    assert "@db:5432/" in env["DATABASE_URL"]
    assert env["DATABASE_URL"].startswith("postgres://")
    assert env["REDIS_URL"].startswith("redis://redis:6379")


@pytest.fixture(scope="module")
def dockerfile():
    return (BASE_DIR / "Dockerfile").read_text()


def instructions(dockerfile):
    """(INSTRUCTION, arguments) pairs, with continuation lines joined."""
    joined = re.sub(r"\\\n", " ", dockerfile)
    pairs = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            pairs.append((keyword.upper(), rest))
    return pairs


def test_dockerfile_collects_static_files_and_compiles_catalogues(dockerfile):
    runs = " ".join(
        rest for keyword, rest in instructions(dockerfile) if keyword == "RUN"
    )
    assert "manage.py collectstatic --noinput" in runs
    # The .mo files are not in git, so the image builds them.
    assert "manage.py compile_catalogues" in runs


def test_dockerfile_serves_with_gunicorn_in_production(dockerfile):
    pairs = instructions(dockerfile)
    cmd = [rest for keyword, rest in pairs if keyword == "CMD"]
    assert len(cmd) == 1
    assert "gunicorn cluster_portal.wsgi:application" in cmd[0]
    env = " ".join(rest for keyword, rest in pairs if keyword == "ENV")
    assert f"DJANGO_SETTINGS_MODULE={PRODUCTION}" in env
    assert any(keyword == "USER" and rest != "root" for keyword, rest in pairs)
