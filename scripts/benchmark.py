#!/usr/bin/env python
"""Load the demo site under gunicorn and production settings with wrk; print figures.

Run with `make benchmark`. Everything listens on 127.0.0.1 and stops by itself.
Prints, per URL: SQL queries per request (measured in-process), requests per
second, latency percentiles and the gunicorn workers' resident memory.
The site holds the demo plus --members generated member companies (2,500 by
default), --events generated events (500) and --projects generated projects
(500), and the admin screens of member
self-service are loaded signed in, as a member editor and as communications
staff.
Timings on shared machines are noisy: compare runs on the same machine.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATHS = [
    "/en/",
    "/fr/",
    "/en/about/governance/",
    "/en/news/",
    "/en/news/?area=medtech",
    "/en/news/medtech-ecosystem-initiatives/",
    "/en/news/feed/rss/",
    "/en/members/",
    "/en/members/?sector=medtech&view=list",
    "/en/members/trasis/",
    "/en/members/export/csv/",
    "/en/events/",
    "/en/events/?kind=conference&area=medtech",
    "/en/events/past/",
    "/en/events/biowin-day-demo-edition/",
    "/en/events/biowin-day-demo-edition/register/",
    "/en/events/medtech-mission-minneapolis-2023/",
    "/en/events/feed/ics/",
    "/en/projects/",
    "/en/projects/?area=medtech&status=running",
    "/en/projects/qc1-radiopharmaceutical-quality-control/",
    "/en/projects/bioman-industry-of-the-future/",
    "/en/projects/export/csv/",
    "/en/search/?q=cluster",
    "/healthz/",
]


def run(cmd, env):
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {seconds}s")


def rss_kib(pid):
    """Resident memory of a process and its children (gunicorn master + workers)."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for one in pids:
        status = Path(f"/proc/{one}/status")
        if status.exists():
            match = re.search(r"VmRSS:\s+(\d+)", status.read_text())
            total += int(match.group(1)) if match else 0
    return total, len(pids) - 1


# Signed-in admin screens: (who, path); {trasis} and {directory} are page ids.
ADMIN_PATHS = [
    ("member", "/admin/"),
    ("member", "/admin/pages/{trasis}/edit/"),
    ("member", "/admin/pages/{directory}/"),
    ("staff", "/admin/"),
    ("staff", "/admin/pages/{directory}/"),
    ("staff", "/admin/pages/{trasis}/edit/"),
    ("staff", "/admin/members/{trasis}/editors/"),
]

# Run in the benchmark's environment: two accounts, a session each, page ids.
ACCOUNTS = """
import json, secrets
import django
django.setup()
from django.contrib.auth.models import Group
from django.test import Client
from members import access, review
from members.models import MemberDirectoryPage, MemberPage

trasis = MemberPage.objects.get(slug="trasis", locale__language_code="en")
password = secrets.token_urlsafe(16)
member, _ = access.find_or_create_user("bench-member@example.org", "Bench Member")
member.groups.add(access.access_for(trasis).group)
staff, _ = access.find_or_create_user("bench-staff@example.org", "Bench Staff")
staff.groups.add(Group.objects.get(name=review.STAFF_GROUP))
sessions = {}
for who, user in (("member", member), ("staff", staff)):
    user.set_password(password)
    user.save()
    client = Client(HTTP_HOST="127.0.0.1")
    assert client.login(username=user.username, password=password)
    sessions[who] = client.cookies["sessionid"].value
print(json.dumps({
    "sessions": sessions,
    "trasis": trasis.pk,
    "directory": MemberDirectoryPage.objects.get(locale__language_code="en").pk,
}))
"""


def query_counts(env, requests):
    """SQL queries per request for each (who, path), with Django's test client."""
    code = (
        "import django, json, sys\n"
        "django.setup()\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "sessions = json.loads(sys.argv[1])\n"
        "for who, path in json.loads(sys.argv[2]):\n"
        "    client = Client(HTTP_HOST='127.0.0.1')\n"
        "    if who:\n"
        "        client.cookies['sessionid'] = sessions[who]\n"
        "    client.get(path)\n"
        "    with CaptureQueriesContext(connection) as ctx:\n"
        "        status = client.get(path).status_code\n"
        "    print(who or '-', path, status, len(ctx.captured_queries))\n"
    )
    sessions, paths = requests
    output = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code, json.dumps(sessions), json.dumps(paths)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    counts = {}
    for line in output.splitlines():
        who, path, status, queries = line.split()
        counts[(None if who == "-" else who, path)] = (status, queries)
    return counts


def wrk(url, seconds, connections, session=None):
    cookie = ["-H", f"Cookie: sessionid={session}"] if session else []
    output = subprocess.run(  # noqa: S603
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            *cookie,
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"\s+(50|90|99)%\s+([\d.]+\w+)", output))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, latency, int(errors.group(1)) if errors else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--members", type=int, default=2500)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--projects", type=int, default=500)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")

    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    base = f"http://127.0.0.1:{args.port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cluster_portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "WAGTAILADMIN_BASE_URL": base,
        "EMAIL_HOST": "localhost",
        "DEFAULT_FROM_EMAIL": "bench@localhost",
        "SECURE_SSL_REDIRECT": "false",
        "MEDIA_ROOT": str(workdir / "media"),
        "PORTAL_STATIC_ROOT": str(workdir / "static"),
    }
    python = sys.executable
    print(f"Preparing a demo site in {workdir} …", flush=True)
    run([python, "manage.py", "migrate", "--noinput"], env)
    # The demo app is installed by the development settings only: it builds
    # the site in the same database the production settings then serve.
    demo_env = {
        **env,
        "DJANGO_SETTINGS_MODULE": "cluster_portal.settings.dev",
        "PORTAL_VAR_DIR": str(workdir / "var"),
    }
    run([python, "manage.py", "load_demo_content"], demo_env)
    for command, count in (
        ("generate_members", args.members),
        ("generate_events", args.events),
        ("generate_projects", args.projects),
    ):
        run([python, "manage.py", command, "--count", str(count)], demo_env)
    run([python, "manage.py", "collectstatic", "--noinput"], env)
    accounts = json.loads(
        subprocess.run(  # noqa: S603
            [python, "-c", ACCOUNTS],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    requests = [(None, path) for path in PATHS] + [
        (who, path.format(**accounts)) for who, path in ADMIN_PATHS
    ]
    counts = query_counts(env, (accounts["sessions"], requests))

    server = subprocess.Popen(  # noqa: S603
        [
            python,
            "-m",
            "gunicorn",
            "cluster_portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_for(f"{base}/healthz/")
        for who, path in requests:  # warm caches and renditions
            warm = urllib.request.Request(base + path)  # noqa: S310
            if who:
                warm.add_header("Cookie", f"sessionid={accounts['sessions'][who]}")
            urllib.request.urlopen(warm, timeout=30).read()  # noqa: S310
        idle_rss, workers = rss_kib(server.pid)
        print(
            f"\ngunicorn: {workers} workers, production settings, SQLite, demo + "
            f"{args.members} generated members, {args.events} events and "
            f"{args.projects} projects, "
            f"wrk {args.connections} connections × {args.seconds}s per URL\n"
        )
        print(
            f"{'URL':40} {'as':>6} {'status':>6} {'SQL':>4} {'req/s':>8} "
            f"{'p50':>9} {'p90':>9} {'p99':>9} {'non-2xx':>8}"
        )
        for who, path in requests:
            session = accounts["sessions"][who] if who else None
            rps, latency, errors = wrk(
                base + path, args.seconds, args.connections, session
            )
            status, queries = counts.get((who, path), ("?", "?"))
            print(
                f"{path:40} {who or 'anon':>6} {status:>6} {queries:>4} "
                f"{rps:>8.1f} {latency.get('50', '-'):>9} "
                f"{latency.get('90', '-'):>9} {latency.get('99', '-'):>9} "
                f"{errors:>8}"
            )
        loaded_rss, _ = rss_kib(server.pid)
        print(
            f"\nResident memory, master + workers: {idle_rss / 1024:.0f} MiB after "
            f"warm-up, {loaded_rss / 1024:.0f} MiB after the load"
        )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
