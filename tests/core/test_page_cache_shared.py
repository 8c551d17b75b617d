"""Two processes, one Redis: a change written through one is seen by the other.

The second process is gunicorn on the same PostgreSQL test database, so the
test's writes must be committed: a transactional test.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings

from tests.conftest import build_site_tree
from tests.core.helpers import publish
from tests.news.support import build_news_tree, make_story

REDIS_URL = os.environ.get("PORTAL_REDIS_URL", "redis://127.0.0.1:6379/15")

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_answers():
    host, port = "127.0.0.1", 6379
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def shared_cache():
    if not redis_answers():
        if os.environ.get("CI"):
            pytest.fail("needs Redis on 127.0.0.1:6379 (CI is set)")
        pytest.skip("needs Redis on 127.0.0.1:6379")
    prefix = f"tests-{uuid.uuid4().hex[:12]}"
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    with override_settings(CACHES=caches, PORTAL_PAGE_CACHE=True):
        yield prefix


@pytest.fixture
def other_process(shared_cache):
    database = connection.settings_dict
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cluster_portal.settings.test",
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST']}:"
            f"{database['PORT']}/{database['NAME']}"
        ),
        "PORTAL_TEST_REDIS_URL": REDIS_URL,
        "PORTAL_TEST_CACHE_PREFIX": shared_cache,
        "PORTAL_PAGE_CACHE": "1",
    }
    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cluster_portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--log-level",
            "warning",
        ],
        cwd=settings.BASE_DIR,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{base}/healthz/", timeout=2)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("the second process did not start")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def fetch(base, path):
    # The site's host, so both processes build the same cache key.
    request = urllib.request.Request(  # noqa: S310 - http://127.0.0.1 only
        base + path, headers={"Host": "testserver"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.headers.get("X-Page-Cache"), response.read().decode()


def test_a_change_in_one_process_is_seen_by_the_other(other_process, client):
    tree = build_news_tree(build_site_tree())
    story = make_story(tree["news_index"], title="Radiotracers", slug="tracers")
    path = story.url

    assert fetch(other_process, path)[0] == "miss"
    state, html = fetch(other_process, path)
    assert state == "hit"
    assert "Radiotracers" in html
    # What the other process stored, this one serves.
    assert client.get(path)["X-Page-Cache"] == "hit"

    story.title = "Radiotracers from Liège"
    publish(story)  # written here: this process bumps the shared generation

    state, html = fetch(other_process, path)
    assert state == "miss"
    assert "Radiotracers from Liège" in html
    assert fetch(other_process, path)[0] == "hit"
