#!/usr/bin/env python
"""Lighthouse on a phone over the demo site, as production would serve it.

Run with `make lighthouse`. It builds the demo site in a temporary folder,
serves it with gunicorn under the production settings, and puts in front a
small server that does what the deployment's reverse proxy does: it serves
/media/ from the disk with a long cache lifetime, compresses text, and passes
everything else to gunicorn. Lighthouse (npm, pinned; Chromium from
CHROME_PATH) then audits each page with its mobile preset: emulated phone,
simulated slow 4G and a 4x slower CPU. Everything listens on 127.0.0.1 and
stops by itself. It prints each page's scores and metrics, writes them to
docs/lighthouse.md, and exits 1 when a page scores under 95 for performance
or fails the image-aspect-ratio audit.
"""

import argparse
import gzip
import http.client
import json
import mimetypes
import os
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from benchmark import (
    ROOT,
    build_demo,
    get,
    machine,
    production_env,
    redis_url,
    run,
    site_env,
    start_server,
)

LIGHTHOUSE_VERSION = "12.2.3"  # 13 needs Node 22; this machine has Node 20
LIGHTHOUSE = ROOT / "var" / "lighthouse"
PAGES = {
    "home": "/en/",
    "news index": "/en/news/",
    "story": "/en/news/medtech-ecosystem-initiatives/",
    "events index": "/en/events/",
    "event": "/en/events/biowin-day-demo-edition/",
    "directory": "/en/members/",
    "member": "/en/members/trasis/",
    "projects index": "/en/projects/",
    "project": "/en/projects/qc1-radiopharmaceutical-quality-control/",
}
LEAST_PERFORMANCE = 95
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
    "speed-index": "SI",
}
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run --disable-quic"
)
COMPRESSED = ("text/", "application/json", "application/javascript", "image/svg")
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length"}


def front(port, upstream_port, media_root):
    """The reverse proxy's part: /media/ from disk, text compressed, the rest
    from gunicorn. Returns the server; it runs in a daemon thread."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            path = self.path.split("?", 1)[0]
            if path.startswith("/media/"):
                self.media(path.removeprefix("/media/"))
            else:
                self.proxy()

        def media(self, name):
            file = (media_root / name).resolve()
            if not file.is_file() or media_root.resolve() not in file.parents:
                self.answer(404, {"Content-Type": "text/plain"}, b"Not found")
                return
            kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            headers = {
                "Content-Type": kind,
                "Cache-Control": "public, max-age=31536000",
            }
            self.answer(200, headers, file.read_bytes())

        def proxy(self):
            upstream = http.client.HTTPConnection("127.0.0.1", upstream_port, 30)
            headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
            headers["Host"] = f"127.0.0.1:{port}"
            upstream.request("GET", self.path, headers=headers)
            response = upstream.getresponse()
            body = response.read()
            upstream.close()
            out = {
                k: v for k, v in response.getheaders() if k.lower() not in HOP_BY_HOP
            }
            kind = response.getheader("Content-Type", "")
            if (
                "gzip" in self.headers.get("Accept-Encoding", "")
                and not response.getheader("Content-Encoding")
                and kind.startswith(COMPRESSED)
                and body
            ):
                body = gzip.compress(body, compresslevel=6)
                out["Content-Encoding"] = "gzip"
                out["Vary"] = ", ".join(
                    filter(None, [response.getheader("Vary"), "Accept-Encoding"])
                )
            self.answer(response.status, out, body)

        def answer(self, status, headers, body):
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def lighthouse_bin():
    binary = LIGHTHOUSE / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        print(f"Installing lighthouse {LIGHTHOUSE_VERSION} in {LIGHTHOUSE} …")
        LIGHTHOUSE.mkdir(parents=True, exist_ok=True)
        subprocess.run(  # noqa: S603
            [
                "npm",
                "install",
                "--save-exact",
                "--no-audit",
                "--no-fund",  # noqa: S607
                "--prefix",
                str(LIGHTHOUSE),
                f"lighthouse@{LIGHTHOUSE_VERSION}",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return binary


def audit(binary, url, report, chrome, tries=3):
    """One Lighthouse run on a phone; the parsed JSON report.

    Chromium now and then loses a trace (NO_NAVSTART, a Lighthouse runtime
    error that says to run it again): such a run is retried."""
    for attempt in range(1, tries + 1):
        report.unlink(missing_ok=True)
        done = subprocess.run(  # noqa: S603
            [
                str(binary),
                url,
                "--output=json",
                f"--output-path={report}",
                f"--only-categories={','.join(CATEGORIES)}",
                f"--chrome-flags={CHROME_FLAGS}",
                "--quiet",
            ],
            check=attempt == tries,
            env={**os.environ, "CHROME_PATH": chrome},
            timeout=180,
        )
        if done.returncode == 0:
            result = json.loads(report.read_text())
            if not result.get("runtimeError"):
                return result
    raise SystemExit(f"Lighthouse failed {tries} times on {url}")


def summary(result):
    """Scores (0-100), metrics, and the failed audits that weigh on a score."""
    audits = result["audits"]
    scores = {
        name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES
    }
    metrics = {short: audits[key]["displayValue"] for key, short in METRICS.items()}
    failed = sorted(
        {
            ref["id"]
            for category in result["categories"].values()
            for ref in category["auditRefs"]
            if ref["weight"] and audits[ref["id"]].get("score") not in (None, 1)
        }
    )
    aspect = audits.get("image-aspect-ratio", {})
    drawn_out = [
        f"{item['url']} shown {item['displayedAspectRatio']}, "
        f"is {item['actualAspectRatio']}"
        for item in (aspect.get("details") or {}).get("items", [])
    ]
    return scores, metrics, failed, drawn_out


def write_report(path, rows, where):
    lines = [
        "# Lighthouse on a phone",
        "",
        "Written by `make lighthouse` (scripts/lighthouse.py): Lighthouse "
        f"{LIGHTHOUSE_VERSION}, mobile preset (emulated phone, simulated slow 4G, "
        "4x CPU slowdown), on the demo site served by gunicorn under the "
        "production settings behind a proxy that serves the media and "
        f"compresses text. {where}.",
        "",
        "| Page | Performance | Accessibility | Best practices | SEO | "
        + " | ".join(METRICS.values())
        + " | Image aspect ratio | Audits that cost points |",
        "|" + "---|" * (7 + len(METRICS)),
    ]
    for name, path_, (scores, metrics, failed, aspect) in rows:
        lines.append(
            f"| {name} (`{path_}`) | "
            + " | ".join(str(scores[c]) for c in CATEGORIES)
            + " | "
            + " | ".join(metrics.values())
            + f" | {'FAIL' if aspect else 'pass'} | "
            + (", ".join(failed) or "none")
            + " |"
        )
    path.write_text("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8775)
    parser.add_argument(
        "--chrome", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    )
    parser.add_argument("--report", default=str(ROOT / "docs" / "lighthouse.md"))
    parser.add_argument("pages", nargs="*", help="names from PAGES; all by default")
    args = parser.parse_args()
    binary = lighthouse_bin()
    pages = {name: PAGES[name] for name in args.pages or PAGES}

    workdir = Path(tempfile.mkdtemp(prefix="portal-lighthouse-"))
    base = f"http://127.0.0.1:{args.port}"
    env = production_env(base, workdir)
    shared = redis_url(12)
    if shared:
        env["REDIS_URL"] = shared
    build_demo(env, workdir / "built")
    env = site_env(env, workdir / "built", workdir, "demo")
    run([sys.executable, "manage.py", "collectstatic", "--noinput"], env)
    server = start_server(env, args.port + 1, 2)
    proxy = front(args.port, args.port + 1, workdir / "media")
    rows = []
    failures = []
    try:
        for path in pages.values():  # renditions made, pages cached: a warm site
            get(base + path)
        for name, path in pages.items():
            started = time.monotonic()
            result = summary(
                audit(binary, base + path, workdir / "report.json", args.chrome)
            )
            scores, metrics, failed, aspect = result
            rows.append((name, path, result))
            print(
                f"{name:15} perf {scores['performance']:3} a11y "
                f"{scores['accessibility']:3} bp {scores['best-practices']:3} seo "
                f"{scores['seo']:3}  "
                + " ".join(f"{k} {v}" for k, v in metrics.items())
                + f"  ({time.monotonic() - started:.0f}s)"
                + (f"\n{'':15} costs: {', '.join(failed)}" if failed else ""),
                flush=True,
            )
            if scores["performance"] < LEAST_PERFORMANCE:
                failures.append(f"{name}: performance {scores['performance']}")
            for image in aspect:
                failures.append(f"{name}: out of its aspect ratio: {image}")
    finally:
        proxy.shutdown()
        server.terminate()
        server.wait(timeout=30)
    write_report(Path(args.report), rows, machine())
    print(f"\nWrote {args.report}")
    if failures:
        raise SystemExit("Under the bar:\n" + "\n".join(failures))


if __name__ == "__main__":
    main()
