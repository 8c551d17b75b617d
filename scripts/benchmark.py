#!/usr/bin/env python
"""Load the demo site under gunicorn and production settings with wrk; print figures.

Run with `make benchmark`. Everything listens on 127.0.0.1 and stops by itself.
Prints, per URL: the bytes, SQL queries and in-process median and p95 times
on a page-cache miss and on a hit; then requests per second and p99 over
HTTP from a server with the page cache and from one without; then the
uncached server's resident memory after 1,000 and after 10,000 requests.
It writes the same figures to docs/performance.md.
Two sites are measured in-process: the demo content alone, and the demo plus
`generate_bulk_content` at full scale (20,000 stories, 2,500 members, 2,000
events and 1,000 projects by default, each in English and French), with each
page's full-scale median as a multiple of its demo one. HTTP load, memory and
the signed-in admin screens (as a member editor and as communications staff)
are measured at full scale. Both databases are built once and kept in
var/bench/, reused while the demo app, the migrations and the counts are
unchanged. The cache is this machine's Redis when it answers. Timings on
shared machines are noisy: compare runs on the same machine.
"""

import argparse
import hashlib
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
from concurrent.futures import ThreadPoolExecutor
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
    "/sitemap.xml",
    "/sitemap-pages.xml",
    "/api/v2/pages/?type=news.NewsPage&fields=date",
    "/healthz/",
]
# One address of each page type, loaded over HTTP (every one is profiled).
LOADED = {
    "/en/",
    "/en/about/governance/",
    "/en/news/",
    "/en/news/?area=medtech",
    "/en/news/medtech-ecosystem-initiatives/",
    "/en/news/feed/rss/",
    "/en/members/",
    "/en/members/trasis/",
    "/en/events/",
    "/en/events/biowin-day-demo-edition/",
    "/en/events/feed/ics/",
    "/en/projects/",
    "/en/projects/qc1-radiopharmaceutical-quality-control/",
    "/en/search/?q=cluster",
    "/sitemap-pages.xml",
    "/api/v2/pages/?type=news.NewsPage&fields=date",
}
BENCH_DATA = ROOT / "var" / "bench"


def run(cmd, env):
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603


def data_key(counts):
    """What the benchmark's databases are built from: the demo app (content,
    generator), every migration, and the counts."""
    digest = hashlib.sha256(repr(sorted(counts.items())).encode())
    sources = sorted((ROOT / "demo").rglob("*")) + sorted(
        ROOT.glob("*/migrations/*.py")
    )
    sources += sorted(ROOT.glob("cluster_portal/*/migrations/*.py"))
    for path in sources:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build_demo(env, folder):
    """The demo site in folder/demo.sqlite3 and folder/media; returns the
    environment that built it."""
    folder.mkdir(parents=True, exist_ok=True)
    demo_env = {
        **env,
        # The demo app is installed by the development settings only: it builds
        # the site in the same database the production settings then serve.
        "DJANGO_SETTINGS_MODULE": "cluster_portal.settings.dev",
        "PORTAL_VAR_DIR": str(folder / "var"),
        "DATABASE_URL": f"sqlite:///{folder / 'demo.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
    }
    print(f"Building the demo site in {folder} …", flush=True)
    run([sys.executable, "manage.py", "migrate", "--noinput"], demo_env)
    run([sys.executable, "manage.py", "load_demo_content"], demo_env)
    return demo_env


def build_data(env, counts):
    """The demo and full-scale databases and their media, built once per key.

    Returns the folder, and what generation cost when it was built.
    """
    folder = BENCH_DATA / data_key(counts)
    done = folder / "generation.json"
    if done.exists():
        print(f"Reusing the sites in {folder} …", flush=True)
        return folder, json.loads(done.read_text())
    shutil.rmtree(BENCH_DATA, ignore_errors=True)  # older keys: stale
    folder.mkdir(parents=True)
    demo_env = build_demo(env, folder)
    python = sys.executable
    shutil.copy(folder / "demo.sqlite3", folder / "full.sqlite3")
    arguments = [f"--{kind}={count}" for kind, count in counts.items()]
    print(f"Generating {' '.join(arguments)} …", flush=True)
    start = time.perf_counter()
    run(
        [python, "manage.py", "generate_bulk_content", *arguments],
        {**demo_env, "DATABASE_URL": f"sqlite:///{folder / 'full.sqlite3'}"},
    )
    seconds = time.perf_counter() - start
    pages = 2 * sum(counts.values())  # each in English and French
    generation = {
        "seconds": seconds,
        "pages": pages,
        "ms_a_page": seconds * 1000 / pages,
    }
    done.write_text(json.dumps(generation))
    return folder, generation


def production_env(base, workdir):
    """The production settings, served over plain HTTP at `base` from `workdir`."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cluster_portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": base,
        "EMAIL_HOST": "localhost",
        "DEFAULT_FROM_EMAIL": "bench@localhost",
        "SECURE_SSL_REDIRECT": "false",
        "MEDIA_ROOT": str(workdir / "media"),
        "PORTAL_STATIC_ROOT": str(workdir / "static"),
    }


def site_env(env, folder, workdir, name):
    """The production environment on a copy of one of the built sites."""
    shutil.copy(folder / f"{name}.sqlite3", workdir / f"{name}.sqlite3")
    if not (workdir / "media").exists():
        shutil.copytree(folder / "media", workdir / "media")
    return {**env, "DATABASE_URL": f"sqlite:///{workdir / f'{name}.sqlite3'}"}


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


PROFILE = """
import json, statistics, sys, time
import django
django.setup()
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

sessions, requests = json.loads(sys.argv[1]), json.loads(sys.argv[2])
repeat = int(sys.argv[3])


def fetch(client, path):
    # The response and its body: a streamed export is read to its end.
    response = client.get(path)
    return response, (response.getvalue() if response.streaming else response.content)


def measure(client, path):
    with CaptureQueriesContext(connection) as ctx:
        response, body = fetch(client, path)
    # Now: each later request empties the connection's query log.
    queries = len(ctx.captured_queries)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fetch(client, path)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return (response, body), queries, statistics.median(times), p95


for who, path in requests:
    client = Client(HTTP_HOST="127.0.0.1")
    if who:
        client.cookies["sessionid"] = sessions[who]
    client.get(path)  # renditions, a warm process
    settings.PORTAL_PAGE_CACHE = False
    (response, body), miss_q, miss_med, miss_p95 = measure(client, path)
    settings.PORTAL_PAGE_CACHE = True
    client.get(path)
    _, hit_q, hit_med, hit_p95 = measure(client, path)
    print(json.dumps([who, path, response.status_code, len(body),
                      miss_q, miss_med, miss_p95, hit_q, hit_med, hit_p95]))
"""


def profile(env, requests, repeat):
    """Per (who, path): status, bytes, then queries, median and p95 ms on a
    miss (page cache off) and on a hit, measured in-process."""
    sessions, paths = requests
    output = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            PROFILE,
            json.dumps(sessions),
            json.dumps(paths),
            str(repeat),
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = {}
    for line in output.splitlines():
        if line.startswith("["):
            who, path, *rest = json.loads(line)
            figures[(who, path)] = rest
    return figures


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


def start_server(env, port, workers):
    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cluster_portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    wait_for(f"http://127.0.0.1:{port}/healthz/")
    return server


def get(url, session=None):
    request = urllib.request.Request(url)  # noqa: S310 - 127.0.0.1 only
    if session:
        request.add_header("Cookie", f"sessionid={session}")
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.read()


def hammer(base, paths, count):
    """`count` requests over `paths`, four at a time."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda n: get(base + paths[n % len(paths)]), range(count)))


def redis_url(database=14):
    """A Redis database on this machine, emptied, or None without Redis.

    Each site gets its own: the content generation and what is kept under it
    are the site's, and the full-scale site starts as a copy of the demo.
    """
    url = f"redis://127.0.0.1:6379/{database}"
    try:
        import redis

        redis.Redis.from_url(url).flushdb()
    except Exception:  # noqa: BLE001 - no Redis: each worker caches alone
        return None
    return url


def machine():
    cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    return (
        f"{os.cpu_count()} cores ({cpu.group(1) if cpu else 'unknown CPU'}), "
        f"Python {sys.version.split()[0]}, {time.strftime('%Y-%m-%d')}"
    )


def main():  # noqa: PLR0915 - one script, read top to bottom
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--news", type=int, default=20_000)
    parser.add_argument("--members", type=int, default=2_500)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--projects", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=20, help="in-process runs")
    parser.add_argument("--memory-requests", type=int, default=10_000)
    parser.add_argument("--report", default=str(ROOT / "docs" / "performance.md"))
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")

    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    base = f"http://127.0.0.1:{args.port}"
    env = production_env(base, workdir)
    shared = redis_url()
    if shared:
        env["REDIS_URL"] = shared
    python = sys.executable
    counts = {
        "news": args.news,
        "members": args.members,
        "events": args.events,
        "projects": args.projects,
    }
    folder, generation = build_data(env, counts)
    demo = site_env(env, folder, workdir, "demo")
    if shared:
        demo["REDIS_URL"] = redis_url(13)
    env = site_env(env, folder, workdir, "full")
    run([python, "manage.py", "migrate", "--noinput"], env)  # nothing, once built
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
    print("Measuring in-process, on the demo site …", flush=True)
    demo_figures = profile(demo, ({}, [(None, path) for path in PATHS]), args.repeat)
    print("Measuring in-process, at full scale …", flush=True)
    figures = profile(env, (accounts["sessions"], requests), args.repeat)

    uncached_base = f"http://127.0.0.1:{args.port + 1}"
    cached = start_server(env, args.port, args.workers)
    uncached = start_server(
        {**env, "PORTAL_PAGE_CACHE": "0"}, args.port + 1, args.workers
    )
    rows = []
    try:
        for who, path in requests:  # warm caches and renditions
            session = accounts["sessions"][who] if who else None
            get(base + path, session)
            get(uncached_base + path, session)
        print(
            f"\ngunicorn: {args.workers} workers a server, production settings, "
            f"SQLite, {'Redis' if shared else 'local memory'} cache, full scale, "
            f"wrk {args.connections} connections × {args.seconds}s a page\n"
        )
        header = (
            "URL",
            "as",
            "status",
            "bytes",
            "SQL miss",
            "SQL hit",
            "ms miss",
            "ms p95",
            "ms hit",
            "demo SQL",
            "demo ms",
            "× demo",
            "× bytes",
            "req/s uncached",
            "p99",
            "req/s cached",
            "p99",
        )
        print(" | ".join(header))
        for who, path in requests:
            session = accounts["sessions"][who] if who else None
            status, size, miss_q, miss_med, miss_p95, hit_q, hit_med, _ = figures[
                (who, path)
            ]
            demo_row = demo_figures.get((None, path))
            if demo_row:
                demo_q, demo_med = demo_row[2], demo_row[3]
                ratio = f"{miss_med / demo_med:.2f}" if demo_med else "-"
                grown = f"{size / demo_row[1]:.1f}" if demo_row[1] else "-"
            else:
                demo_q = demo_med = ratio = grown = "-"
            slow = fast = None
            slow_latency = fast_latency = {}
            if path in LOADED and not who:
                slow, slow_latency, _ = wrk(
                    uncached_base + path, args.seconds, args.connections
                )
                fast, fast_latency, _ = wrk(base + path, args.seconds, args.connections)
            row = (
                path,
                who or "anon",
                status,
                size,
                miss_q,
                hit_q,
                f"{miss_med:.1f}",
                f"{miss_p95:.1f}",
                f"{hit_med:.2f}",
                demo_q,
                demo_med if demo_med == "-" else f"{demo_med:.1f}",
                ratio,
                grown,
                "-" if slow is None else f"{slow:.0f}",
                slow_latency.get("99", "-"),
                "-" if fast is None else f"{fast:.0f}",
                fast_latency.get("99", "-"),
            )
            rows.append(row)
            print(" | ".join(str(cell) for cell in row), flush=True)

        # The pages a visitor reads: the sitemap and feeds are robots' fare.
        anonymous = sorted(
            path for path in LOADED if "sitemap" not in path and "feed" not in path
        )
        hammer(uncached_base, anonymous, 1_000)
        after_1k, _ = rss_kib(uncached.pid)
        hammer(uncached_base, anonymous, args.memory_requests - 1_000)
        after_10k, workers = rss_kib(uncached.pid)
        growth = (after_10k - after_1k) / after_1k * 100
        memory = (
            f"Resident memory of the uncached server (master + {workers} workers): "
            f"{after_1k / 1024:.0f} MiB after 1,000 requests, "
            f"{after_10k / 1024:.0f} MiB after {args.memory_requests:,} "
            f"({growth:+.1f}%)"
        )
        print("\n" + memory)
    finally:
        for server in (cached, uncached):
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)

    report = Path(args.report)
    report.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Performance",
        "",
        "Written by `make benchmark` (scripts/benchmark.py); figures from one run,",
        "on a shared machine: compare runs made on the same machine only.",
        "",
        f"- Machine: {machine()}.",
        f"- Data: the demo site, and the demo + {args.news:,} generated stories, "
        f"{args.members:,} members, {args.events:,} events and {args.projects:,} "
        "projects, each in English and French (full scale); SQLite; "
        f"{'Redis' if shared else 'local memory'} cache.",
        f"- Generation (`generate_bulk_content`): {generation['pages']:,} pages in "
        f"{generation['seconds']:.0f} s, {generation['ms_a_page']:.2f} ms a page.",
        f"- In-process: Django's test client, {args.repeat} runs a page; a miss "
        "has the page cache off (menus, settings and routes still cached), a "
        "hit is served by the page cache.",
        f"- Over HTTP: gunicorn, {args.workers} workers, production settings; wrk, "
        f"{args.connections} connections for {args.seconds} s a page, against a "
        "server with the page cache and one without (`PORTAL_PAGE_CACHE=0`).",
        "- × demo: the full-scale median miss as a multiple of the demo's; "
        "× bytes: the same for the answer's size. A listing's page, a story or "
        "a member is the same size at both scales. A feed, a sitemap page and an "
        "export are not: they hold every item up to their length (a feed's 30 "
        "stories or 100 events, a sitemap page's 1,000 URLs, every member), "
        "and the demo has fewer, so their time grows with their size.",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
        *("| " + " | ".join(str(cell) for cell in row) + " |" for row in rows),
        "",
        memory + ".",
        "",
    ]
    report.write_text("\n".join(lines))
    print(f"Wrote {report}")


if __name__ == "__main__":
    main()
