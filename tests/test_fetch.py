"""Importing from a URL against a local test server: the page is fetched, extracted and
ingested; private addresses, redirects into them, slow servers, huge pages and non-HTML are
refused with a message and store nothing."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimreview import fetch, imports
from claimreview.models import Article, ImportItem, ImportStatus
from claimreview.tasks import run_pending

PAGE = """<!doctype html><html><head><title>Tidal barrier opens | The Ledger</title>
<meta property="og:site_name" content="The Ledger">
<meta name="author" content="Ann Writer">
<meta property="article:published_time" content="2026-05-03T09:00:00Z">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Tidal barrier opens</h1>
<p>The new tidal barrier on the Lowmoor estuary opened on Monday, the council said.</p>
<p>It cost £120m and will protect 4,000 homes from flooding, according to the Environment Agency.</p>
<p>"This is the biggest flood defence in the region for 40 years," said council leader Ines Patel.</p>
</article><footer>© 2026 The Ledger. Cookie settings.</footer></body></html>"""


class Handler(BaseHTTPRequestHandler):
    sent: dict = {}

    def log_message(self, *args):
        pass

    def _send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        if body is not None:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self):
        port = self.server.server_address[1]
        path = self.path
        if path == "/article":
            self._send(200, PAGE.encode())
        elif path == "/to-article":
            self._send(302, b"", headers=[("Location", "/article")])
        elif path == "/to-localhost":
            self._send(302, b"", headers=[("Location", f"http://localhost:{port}/article")])
        elif path == "/to-metadata":
            self._send(302, b"", headers=[("Location", "http://169.254.169.254/latest/meta-data")])
        elif path == "/loop":
            self._send(302, b"", headers=[("Location", "/loop")])
        elif path == "/slow":
            time.sleep(3)
            self._send(200, PAGE.encode())
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(60):
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
            sent = 0
            try:
                while sent < 50_000_000:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except OSError:
                pass
            Handler.sent["huge"] = sent
        elif path == "/declared-huge":
            self._send(200, None, headers=[("Content-Length", "999999999")])
        elif path == "/pdf":
            self._send(200, b"%PDF-1.7 ...", content_type="application/pdf")
        elif path == "/missing":
            self._send(404, b"not here")
        elif path == "/broken":
            self._send(503, b"try later")
        else:
            self._send(404)


@pytest.fixture
def server(settings):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    settings.FETCH_ALLOWED_PRIVATE_HOSTS = ["127.0.0.1"]
    settings.FETCH_TIMEOUT = 1.5
    settings.FETCH_CONNECT_TIMEOUT = 1.0
    settings.FETCH_MAX_BYTES = 200_000
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetches_a_page_and_follows_a_redirect(server):
    page = fetch.fetch_page(f"{server}/to-article")
    assert page.final_url == f"{server}/article"
    assert "Tidal barrier opens" in page.html


@pytest.mark.parametrize(
    ("path", "message", "retryable"),
    [
        ("/to-localhost", "private network", False),
        ("/to-metadata", "private network", False),
        ("/loop", "redirected more than", False),
        ("/slow", "did not answer in time", True),
        ("/trickle", "took too long", True),
        ("/huge", "larger than", False),
        ("/declared-huge", "larger than", False),
        ("/pdf", "not a web page", False),
        ("/missing", "answered 404", False),
        ("/broken", "answered 503", True),
    ],
)
def test_refused_pages(server, path, message, retryable):
    started = time.monotonic()
    with pytest.raises(fetch.FetchError) as refused:
        fetch.fetch_page(server + path)
    assert message in str(refused.value)
    assert refused.value.retryable is retryable
    assert time.monotonic() - started < 5  # the deadline holds, whatever the server does


def test_huge_page_is_cut_off_not_downloaded(server):
    with pytest.raises(fetch.FetchError):
        fetch.fetch_page(f"{server}/huge")
    for _ in range(50):
        if "huge" in Handler.sent:
            break
        time.sleep(0.05)
    assert Handler.sent.get("huge", 0) < 5_000_000  # the connection was dropped early


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x",  # loopback, not on the allowed list
        "http://10.1.2.3/x",
        "http://192.168.0.1/x",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/x",
        "http://[::ffff:127.0.0.1]/x",
        "http://0.0.0.0/x",
        "http://localhost/x",
        "ftp://example.org/x",
        "file:///etc/passwd",
        "http://user:pw@example.org/x",
        "http://exa mple.org/x",
        "http:///x",
    ],
)
def test_private_and_odd_urls_are_refused_before_connecting(settings, url):
    settings.FETCH_ALLOWED_PRIVATE_HOSTS = []
    with pytest.raises(fetch.FetchError):
        fetch.fetch_page(url)


def _import(url, user):
    source = imports.ArticleSource(url=url)
    batch = imports.import_url(source=source, created_by=user)
    run_pending()
    return ImportItem.objects.get(batch=batch)


def test_url_import_end_to_end(server, editor):
    item = _import(f"{server}/article", editor)
    assert item.status == ImportStatus.DONE, item.message
    article = item.article
    assert article.url == f"{server}/article"
    assert article.title.startswith("Tidal barrier opens")
    assert article.byline == "Ann Writer" and article.publication == "The Ledger"
    assert article.claim_count >= 3
    # The same URL again: the article it made, not a second one.
    again = _import(f"{server}/article", editor)
    assert again.status == ImportStatus.DONE and again.article_id == article.pk
    assert "Already imported" in again.message
    assert Article.objects.count() == 1


def test_refused_url_import_stores_nothing(server, editor):
    for path in ["/to-localhost", "/pdf", "/huge", "/missing"]:
        item = _import(server + path, editor)
        assert item.status == ImportStatus.FAILED and item.message
    assert Article.objects.count() == 0


# --- regressions: one deadline for the whole fetch, unsendable URLs, odd IPv6 ------------------
class Trickler(BaseHTTPRequestHandler):
    """A server that keeps a fetch waiting one byte every 0.5 s: in a header, or in the
    size line of a chunk."""

    def log_message(self, *args):
        pass

    def _trickle(self, data: bytes):
        for byte in data:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(0.5)

    def do_GET(self):
        try:
            if self.path == "/header":
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: ")
                self._trickle(b"a" * 60)
            elif self.path == "/chunk":
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                 b"Transfer-Encoding: chunked\r\n\r\n4\r\n<p>x\r\n")  # fmt: skip
                self.wfile.flush()
                self._trickle(b"0" * 60)
        except OSError:
            pass


@pytest.fixture
def trickler(settings):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Trickler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    settings.FETCH_ALLOWED_PRIVATE_HOSTS = ["127.0.0.1"]
    settings.FETCH_TIMEOUT = 1.0
    settings.FETCH_CONNECT_TIMEOUT = 1.0
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path", ["/header", "/chunk"])
def test_one_deadline_covers_headers_and_chunk_framing(trickler, path):
    started = time.monotonic()
    with pytest.raises(fetch.FetchError) as refused:
        fetch.fetch_page(trickler + path)
    assert "timed out" in str(refused.value) and refused.value.retryable
    assert time.monotonic() - started < 2.0  # FETCH_TIMEOUT (1 s) and a little slack


@pytest.mark.parametrize("path", ["/\ud800", "/a?b=\udcff"])
def test_unsendable_url_is_a_fetch_error(server, path):
    started = time.monotonic()
    with pytest.raises(fetch.FetchError) as refused:
        fetch.fetch_page(server + path)
    assert "cannot be sent" in str(refused.value) and not refused.value.retryable
    assert time.monotonic() - started < 1


@pytest.mark.parametrize("path", ["/a\x7fb", "/caf\u00e9 x", "/a\r\nX-Evil: 1"])
def test_odd_characters_in_a_url_are_sent_encoded(server, path):
    with pytest.raises(fetch.FetchError) as refused:
        fetch.fetch_page(server + path)
    assert "answered 404" in str(refused.value)  # sent (percent-encoded), not a header


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("64:ff9b::7f00:1", False),  # NAT64 of 127.0.0.1
        ("64:ff9b::808:808", False),  # NAT64 of 8.8.8.8: still a translator's address
        ("::7f00:1", False),  # IPv4-compatible ::127.0.0.1
        ("::808:808", False),  # IPv4-compatible ::8.8.8.8
        ("fec0::1", False),  # site-local
        ("feff::1", False),
        ("::ffff:10.0.0.1", False),
        ("2606:4700::1111", True),
        ("8.8.8.8", True),
    ],
)
def test_odd_ipv6_forms_are_not_public(address, public):
    assert fetch._public(address) is public
