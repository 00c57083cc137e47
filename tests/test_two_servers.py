"""More than one machine, on this one: two production web servers (gunicorn) and two workers
(`manage.py db_worker`), separate processes against one PostgreSQL, driven over real HTTP.

An importer sends 200 articles through the API (in batches, alternating servers, one batch
sent twice) while 16 reviewers work the queue through both servers, half with tokens and half
with a browser session (logged in on one server, used on both, CSRF included). Afterwards:
every article ingested once, no claim handed out twice, every acknowledged verdict in the
history, no server error, counters right, and both servers and both workers did work.
"""

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
from collections import Counter, defaultdict

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django_tasks_db.models import DBTaskResult

from claimreview.api import tokens
from claimreview.api.claims import request_id_for
from claimreview.desk import counters
from claimreview.models import Article, ImportItem, ImportStatus, Review, ReviewKind, User
from tests.benchmarks import ROOT
from tests.factories import PASSWORD, make_user

ARTICLES, BATCH, REVIEWERS = 200, 20, 16
DEADLINE = 45  # seconds at most for the whole run
REVIEWING = 15  # reviewers stop after this long once the imports are done (or the queue is)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _database_url() -> str:
    s = connection.settings_dict
    auth = urllib.parse.quote(s["USER"] or "")
    if s.get("PASSWORD"):
        auth += ":" + urllib.parse.quote(s["PASSWORD"])
    host = s["HOST"] or "127.0.0.1"
    if host.startswith("/"):
        # The embedded PostgreSQL (README's test command without DATABASE_URL) listens on a
        # socket folder only: libpq reads it percent-encoded in the host part.
        host = urllib.parse.quote(host, safe="")
    return f"postgres://{auth}@{host}:{s['PORT'] or 5432}/{s['NAME']}"


class Http:
    """A client of both servers (a connection per request); cookies shared across servers, as
    one browser's behind a load balancer."""

    def __init__(self, ports, headers=None):
        self.ports = ports
        self.cookies: dict[str, str] = {}
        self.headers = headers or {}
        self.served = Counter()

    def request(self, port, method, path, body=None, headers=None, form=False):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        all_headers = dict(self.headers)
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            if form:
                body = urllib.parse.urlencode(body)
                all_headers["Content-Type"] = "application/x-www-form-urlencoded"
            else:
                body = json.dumps(body)
                all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        try:
            conn.request(method, path, body=body, headers=all_headers)
            response = conn.getresponse()
            data = response.read()
        finally:
            conn.close()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        self.served[port] += 1
        return response.status, data


def _story(n: int) -> dict:
    return {
        "title": f"Harbour story {n}",
        "body": (
            f"Harbour story {n}\n\nThe council said on Monday that {n * 10 + 7} new homes would "
            f"be built by {2030 + n % 5}. Officials said the harbour wall cost £{n + 2}m."
        ),
    }


@pytest.fixture
def processes(transactional_db):
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "SECRET_KEY": "two-servers-test-" + "k" * 40,  # the same on every server, as in production
        "DEBUG": "0",
        "SECURE_COOKIES": "0",
        "WHITENOISE_USE_FINDERS": "1",
        "API_RATE_LIMIT": "100000",
        "DATABASE_POOL_MAX": "6",
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.pop("CLAIMREVIEW_EMBEDDED_DB", None)
    ports = [_free_port(), _free_port()]
    started = []
    for port in ports:
        started.append(subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "claimreview.wsgi", "--bind", f"127.0.0.1:{port}",
             "--workers", "1", "--threads", "8", "--worker-class", "gthread",
             "--log-level", "warning"],
            cwd=ROOT, env=env,
        ))  # fmt: skip
    for n in range(2):
        started.append(subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2",
             "--no-startup-delay", "--worker-id", f"worker-{n}", "-v", "0"],
            cwd=ROOT, env=env,
        ))  # fmt: skip
    try:
        for port in ports:
            for _ in range(300):
                try:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                    conn.request("GET", "/healthz")
                    if conn.getresponse().status == 200:
                        break
                except OSError:
                    pass
                time.sleep(0.1)
            else:
                pytest.fail(f"gunicorn on {port} did not start")
        yield ports
    finally:
        for process in started:
            process.terminate()
        for process in started:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def test_two_servers_two_workers(processes):
    ports = processes
    editor = make_user("ed-editor", "editor")
    editor_token = tokens.create_token(user=editor, name="importer")[1]
    reviewers = [make_user(f"rev-{n}", "reviewer") for n in range(REVIEWERS)]
    # The servers hash passwords as production does (the tests' MD5 is this process's only):
    # PBKDF2, with few rounds here (the login then upgrades the hash, as it would in production).
    hashed = PBKDF2PasswordHasher().encode(PASSWORD, "twoservers", iterations=1000)
    User.objects.filter(pk__in=[r.pk for r in reviewers]).update(password=hashed)
    bearer = {r.pk: tokens.create_token(user=r, name="desk")[1] for r in reviewers[::2]}
    started = time.monotonic()
    lock = threading.Lock()
    errors: list[str] = []
    handed: dict[int, set[int]] = defaultdict(set)  # claim id -> reviewers it was handed to
    acknowledged: list[tuple[int, int, str]] = []  # (reviewer, claim, key) answered 201
    batches: list[int] = []
    importing_done = threading.Event()

    def importer():
        client = Http(ports, {"Authorization": f"Bearer {editor_token}"})
        stories = [_story(n) for n in range(ARTICLES)]
        chunks = [stories[i : i + BATCH] for i in range(0, ARTICLES, BATCH)]
        for n, chunk in enumerate([*chunks, chunks[3]]):  # the fourth batch is sent twice
            status, data = client.request(ports[n % 2], "POST", "/api/v1/imports",
                                          {"name": f"Batch {n}", "articles": chunk})  # fmt: skip
            if status != 202:
                errors.append(f"import {n}: {status} {data[:200]}")
                return
            batches.append(json.loads(data)["id"])
        while time.monotonic() - started < DEADLINE:
            waiting = 0
            for n, batch in enumerate(batches):
                status, data = client.request(ports[n % 2], "GET", f"/api/v1/imports/{batch}")
                waiting += json.loads(data)["waiting"] if status == 200 else 1
            if waiting == 0:
                break
            time.sleep(0.5)
        importing_done.set()

    def reviewer_loop(reviewer):
        client = Http(ports)
        csrf = {}
        if reviewer.pk in bearer:
            client.headers["Authorization"] = f"Bearer {bearer[reviewer.pk]}"
        else:  # a browser: log in on one server, then use both
            status, page = client.request(ports[0], "GET", "/login/")
            token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
            status, _ = client.request(
                ports[0], "POST", "/login/",
                {"username": reviewer.username, "password": PASSWORD,
                 "csrfmiddlewaretoken": token.decode()}, form=True,
            )  # fmt: skip
            if status != 302:
                errors.append(f"login {reviewer}: {status}")
                return
            csrf = {"X-CSRFToken": client.cookies["csrftoken"]}
        turn = reviewer.pk
        while time.monotonic() - started < DEADLINE:
            if importing_done.is_set() and time.monotonic() - started > REVIEWING:
                return
            turn += 1
            status, data = client.request(ports[turn % 2], "POST", "/api/v1/queue/next",
                                          headers=csrf)  # fmt: skip
            if status == 204:
                if importing_done.is_set():
                    return
                time.sleep(0.2)
                continue
            if status != 200:
                errors.append(f"{reviewer} queue: {status} {data[:200]}")
                return
            claim = json.loads(data)
            with lock:
                handed[claim["id"]].add(reviewer.pk)
            key = str(uuid.uuid4())
            verdict = {"verdict": "attributed", "attributed_to": "Officials",
                       "note": "As reported.", "expected_version": claim["version"]}  # fmt: skip
            status, data = client.request(
                ports[(turn + 1) % 2], "POST", f"/api/v1/claims/{claim['id']}/verdict", verdict,
                headers={**csrf, "Idempotency-Key": key},
            )  # fmt: skip
            if status != 201:
                errors.append(f"{reviewer} verdict: {status} {data[:300]}")
                return
            with lock:
                acknowledged.append((reviewer.pk, claim["id"], key))

    threads = [threading.Thread(target=importer)]
    threads += [threading.Thread(target=reviewer_loop, args=(r,)) for r in reviewers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=DEADLINE + 30)
    assert not any(t.is_alive() for t in threads), "a client hung"
    assert not errors, errors[:5]
    assert importing_done.is_set()

    # Every article ingested once; the batch sent twice found the articles it made.
    assert Article.objects.count() == ARTICLES
    assert Article.objects.values("title").distinct().count() == ARTICLES
    items = ImportItem.objects.all()
    assert items.count() == ARTICLES + BATCH
    assert not items.exclude(status=ImportStatus.DONE).exists()
    assert items.filter(message__startswith="Already imported").count() == BATCH
    # No claim handed out twice.
    assert all(len(people) == 1 for people in handed.values())
    # No verdict lost, none made up.
    assert len(acknowledged) > 50
    verdicts = Review.objects.filter(kind=ReviewKind.VERDICT)
    assert verdicts.count() == len(acknowledged)
    for reviewer_id, claim_id, key in acknowledged:
        request_id = request_id_for(
            user_id=reviewer_id, claim_id=claim_id, action="verdict", key=key
        )
        assert verdicts.filter(claim_id=claim_id, reviewer_id=reviewer_id,
                               request_id=request_id).exists()  # fmt: skip
    # Counters right on every article.
    for article_id in Article.objects.values_list("id", flat=True):
        assert counters.drift(article_id) == {}, article_id
    # Both web servers and both workers did work.
    workers = Counter(w for ids in DBTaskResult.objects.values_list("worker_ids", flat=True)
                      for w in ids)  # fmt: skip
    assert {"worker-0", "worker-1"} <= set(workers), workers
    print(f"\n{len(acknowledged)} verdicts, tasks per worker {dict(workers)}, "
          f"{time.monotonic() - started:.1f} s")  # fmt: skip
