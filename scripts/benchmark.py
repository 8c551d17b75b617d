#!/usr/bin/env python
"""Load the demo site under gunicorn and production settings with wrk; print figures.

Run with `make benchmark`. Everything listens on 127.0.0.1 and stops by itself.
Prints, per URL: SQL queries per request (measured in-process), requests per
second, latency percentiles and the gunicorn workers' resident memory.
Timings on shared machines are noisy: compare runs on the same machine.
"""

import argparse
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


def query_counts(env):
    """SQL queries per request for each path, measured with Django's test client."""
    code = (
        "import django, sys\n"
        "django.setup()\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "client = Client(HTTP_HOST='127.0.0.1')\n"
        "for path in sys.argv[1:]:\n"
        "    client.get(path)\n"
        "    with CaptureQueriesContext(connection) as ctx:\n"
        "        status = client.get(path).status_code\n"
        "    print(path, status, len(ctx.captured_queries))\n"
    )
    output = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code, *PATHS],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {
        line.split()[0]: (line.split()[1], line.split()[2])
        for line in output.splitlines()
    }


def wrk(url, seconds, connections):
    output = subprocess.run(  # noqa: S603
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
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
    run([python, "manage.py", "load_demo_content"], env)
    run([python, "manage.py", "collectstatic", "--noinput"], env)
    counts = query_counts(env)

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
        for path in PATHS:  # warm caches and renditions
            urllib.request.urlopen(base + path, timeout=10).read()  # noqa: S310
        idle_rss, workers = rss_kib(server.pid)
        print(
            f"\ngunicorn: {workers} workers, production settings, SQLite, "
            f"wrk {args.connections} connections × {args.seconds}s per URL\n"
        )
        print(
            f"{'URL':32} {'status':>6} {'SQL':>4} {'req/s':>8} "
            f"{'p50':>9} {'p90':>9} {'p99':>9} {'non-2xx':>8}"
        )
        for path in PATHS:
            rps, latency, errors = wrk(base + path, args.seconds, args.connections)
            status, queries = counts.get(path, ("?", "?"))
            print(
                f"{path:32} {status:>6} {queries:>4} {rps:>8.1f} "
                f"{latency.get('50', '-'):>9} {latency.get('90', '-'):>9} "
                f"{latency.get('99', '-'):>9} {errors:>8}"
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
