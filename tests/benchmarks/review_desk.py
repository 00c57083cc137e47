"""Review-desk speed against a production server: python -m tests.benchmarks.review_desk

Starts gunicorn on loopback over a separate database (`<name>_bench` on the same PostgreSQL),
fills it with articles and reviewers, then measures the reviewer's hot path: one htmx POST that
saves a verdict (with a source) and returns the next claim. Side by side on the same server, one
client alternates it with the baseline DESIGN.md measures it against: a bare Django endpoint
behind the same middleware that takes a claim with SKIP LOCKED (tests/benchmarks/bench_urls.py).
Prints both medians and their ratio (the budget is 2.8), then req/s, p50 and p99 with 16
concurrent clients, and the number of errors.
"""

import http.client
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

from tests.benchmarks import ROOT, sibling_database_url

PORT = int(os.environ.get("BENCH_PORT", "8765"))
PASSWORD = "bench-password-not-secret"


def prepare(env: dict, clients: int) -> None:
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    script = f"""
from django.contrib.auth.models import Group
from claimreview import desk
from claimreview.models import User
editor = User.objects.create_user("bench-editor", password="{PASSWORD}")
editor.groups.set(Group.objects.filter(name="editor"))
for n in range({clients}):
    user = User.objects.create_user(f"bench-{{n}}", password="{PASSWORD}")
    user.groups.set(Group.objects.filter(name="reviewer"))
for a in range(60):
    text = "\\n\\n".join(
        f"Officials said on Monday that {{a * 100 + n}} new buses would run by {{2000 + n}}."
        for n in range(80)
    )
    desk.create_article(prepared=desk.prepare(title=f"Bench {{a}}", text=text),
                          title=f"Bench {{a}}", created_by=editor)
"""
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, check=True
    )


class Client:
    def __init__(self, username: str):
        self.conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        self.cookies: dict[str, str] = {}
        page = self.request("GET", "/login/")
        self.request(
            "POST",
            "/login/",
            {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": self.csrf(page)},
        )
        self.page = self.request("GET", "/queue/")

    def csrf(self, html: str) -> str:
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    def request(self, method, path, form=None, headers=None):
        body = urllib.parse.urlencode(form) if form else None
        all_headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body:
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        all_headers.update(headers or {})
        self.conn.request(method, path, body=body, headers=all_headers)
        response = self.conn.getresponse()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        text = response.read().decode()
        self.status = response.status
        return text

    def review_next(self) -> float:
        """Save a verdict on the current claim; the answer is the next claim. Returns seconds."""
        claim = re.search(r'action="/claims/(\d+)/review/"', self.page).group(1)
        form = {
            "csrfmiddlewaretoken": self.csrf(self.page),
            "mode": "queue",
            "version": re.search(r'name="version" value="(\d+)"', self.page).group(1),
            "request_id": re.search(r'name="request_id" value="([0-9a-f-]+)"', self.page).group(1),
            "verdict": "verified",
            "note": "Timetable confirms it.",
            "sources-TOTAL_FORMS": "2",
            "sources-INITIAL_FORMS": "0",
            "sources-MIN_NUM_FORMS": "0",
            "sources-MAX_NUM_FORMS": "10",
            "sources-0-url": "https://example.org/timetable",
        }
        headers = {"HX-Request": "true", "X-CSRFToken": form["csrfmiddlewaretoken"]}
        started = time.perf_counter()
        self.page = self.request("POST", f"/claims/{claim}/review/", form, headers)
        elapsed = time.perf_counter() - started
        if self.status != 200 or "Saved claim" not in self.page:
            raise RuntimeError(f"status {self.status}")
        return elapsed

    def bare_take(self) -> float:
        """The baseline: POST to the bare SKIP LOCKED endpoint. Returns seconds."""
        headers = {"X-CSRFToken": self.cookies["csrftoken"]}
        started = time.perf_counter()
        self.request("POST", "/bench/bare-take/", headers=headers)
        elapsed = time.perf_counter() - started
        if self.status != 200:
            raise RuntimeError(f"baseline status {self.status}")
        return elapsed


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    clients = 16
    env = dict(os.environ)
    env.update(
        DATABASE_URL=sibling_database_url("bench", fresh=True),
        SECRET_KEY="bench-only-" + "k" * 40,
        WHITENOISE_USE_FINDERS="1",
        DEBUG="0",
        DJANGO_SETTINGS_MODULE="tests.benchmarks.bench_settings",
        DATABASE_POOL_MAX="8",
    )
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    print("preparing the bench database ...", flush=True)
    prepare(env, clients + 1)
    workers = int(os.environ.get("BENCH_WORKERS", "4"))
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "claimreview.wsgi", "--bind", f"127.0.0.1:{PORT}",
         "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", PORT, timeout=1).request("GET", "/login/")
                break
            except OSError:
                time.sleep(0.1)
        single = Client("bench-0")
        for _ in range(20):
            single.review_next()  # warm up every worker's connection pool
            single.bare_take()
        one, bare = [], []
        for _ in range(200):  # alternating, so both see the same moments of the host
            one.append(single.review_next())
            bare.append(single.bare_take())

        timings, errors = [], []
        lock = threading.Lock()
        per_client = 60
        users = [Client(f"bench-{n + 1}") for n in range(clients)]

        def work(client):
            for _ in range(per_client):
                try:
                    elapsed = client.review_next()
                except Exception as error:  # counted and shown
                    with lock:
                        errors.append(repr(error))
                    return
                with lock:
                    timings.append(elapsed)

        threads = [threading.Thread(target=work, args=(c,)) for c in users]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)

    print()
    print(f"gunicorn, {workers} workers, loopback; one client, alternating requests")
    print(f"{'request':<44}{'p50 ms':>9}{'p99 ms':>9}")
    print(f"{'save verdict + next claim (htmx)':<44}{statistics.median(one) * 1000:>9.1f}"
          f"{percentile(one, 0.99) * 1000:>9.1f}")  # fmt: skip
    print(f"{'bare endpoint taking a claim (SKIP LOCKED)':<44}"
          f"{statistics.median(bare) * 1000:>9.1f}{percentile(bare, 0.99) * 1000:>9.1f}")  # fmt: skip
    print(f"ratio of medians: {statistics.median(one) / statistics.median(bare):.2f} (budget 2.8)")
    print()
    print(f"gunicorn, {workers} workers, loopback; one request = save verdict + next claim")
    print(f"{'clients':>8}{'requests':>10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    print(
        f"{1:>8}{len(one):>10}{len(one) / sum(one):>9.1f}"
        f"{statistics.median(one) * 1000:>9.1f}{percentile(one, 0.99) * 1000:>9.1f}{0:>8}"
    )
    print(
        f"{clients:>8}{len(timings):>10}{len(timings) / wall:>9.1f}"
        f"{statistics.median(timings) * 1000:>9.1f}{percentile(timings, 0.99) * 1000:>9.1f}"
        f"{len(errors):>8}"
    )
    if errors:
        print("errors:", errors[:5])


if __name__ == "__main__":
    main()
