"""Fetching an article's page from its URL, for imports: the only place the server goes out.

A URL someone sends us must not turn the server into a way into the newsroom's own network
(server-side request forgery). So, for every hop (the URL, then each redirect, at most five):

- http or https only, no user:password@, a host name or address;
- the host is resolved once, and every address it resolves to must be public: loopback,
  private, link-local (cloud metadata at 169.254.169.254), multicast, reserved and
  IPv4-mapped forms of them are refused, unless the host is listed in
  settings.FETCH_ALLOWED_PRIVATE_HOSTS (an intranet CMS; the tests' loopback server);
- the connection goes to the address that was checked (the Host header and TLS name stay the
  host's), so a DNS answer that changes between check and connect cannot slip past;
- a connect timeout, a read timeout, and ONE deadline for the whole fetch (connecting, the
  TLS handshake, headers, chunk framing, body, redirects) however slowly it trickles in: a
  watchdog shuts the connection down when it passes (settings.FETCH_CONNECT_TIMEOUT,
  FETCH_TIMEOUT);
- only text/html and application/xhtml+xml, uncompressed (we ask for identity), and at most
  settings.FETCH_MAX_BYTES: reading stops there and the page is refused.

Errors are `FetchError` (an IngestError: a message for the person who sent the URL);
`retryable` says whether trying again later may help (a timeout, a 5xx, a refused connection).
"""

import contextlib
import http.client
import ipaddress
import re
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3
from django.conf import settings

from claimreview.desk.errors import IngestError

MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "claimreview/1 (article import; +https://github.com/)"
_CHUNK = 64 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]{1,40})""", re.I)


class FetchError(IngestError):
    def __init__(self, message: str, *, retryable: bool = False):
        super().__init__(message)
        self.retryable = retryable


@dataclass(frozen=True)
class FetchedPage:
    url: str  # as asked for
    final_url: str  # after redirects
    html: str


# IPv6 ranges that reach IPv4 or local networks although `is_global` may call them global:
# NAT64 (a translator reaches any IPv4 address, private ones too), IPv4-compatible ::a.b.c.d
# (deprecated), site-local fec0::/10 (deprecated, still routed inside some networks).
_NOT_PUBLIC_V6 = [
    ipaddress.ip_network("64:ff9b::/96"),
    ipaddress.ip_network("64:ff9b:1::/48"),
    ipaddress.ip_network("::/96"),
    ipaddress.ip_network("fec0::/10"),
]


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.version == 6 and any(ip in network for network in _NOT_PUBLIC_V6):
        return False
    return ip.is_global and not ip.is_multicast


def _check_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of a URL we may fetch from, or FetchError."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchError(f"“{url[:200]}” is not a URL.") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("Only http:// and https:// addresses of web pages can be imported.")
    if parts.username or parts.password:
        raise FetchError("A URL with a user name or password in it is not imported.")
    return parts.scheme, parts.hostname, port or (443 if parts.scheme == "https" else 80)


def _addresses(host: str, port: int) -> list[str]:
    """The addresses to connect to: all of them public, or the host allowed to be private."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise FetchError(f"The host “{host[:200]}” was not found.", retryable=True) from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if host.lower() in {h.lower() for h in settings.FETCH_ALLOWED_PRIVATE_HOSTS}:
        return addresses
    if not addresses or not all(_public(a) for a in addresses):
        raise FetchError(
            f"“{host[:200]}” is an address inside a private network (or this server); "
            "only pages on the public web are imported."
        )
    return addresses


def _charset(content_type: str, head: bytes) -> str:
    match = re.search(r"charset=[\"']?([A-Za-z0-9_.:-]{1,40})", content_type, re.I)
    if match:
        return match.group(1)
    found = _META_CHARSET.search(head[:4096])
    return found.group(1).decode("ascii") if found else "utf-8"


def _decode(data: bytes, charset: str) -> str:
    try:
        text = data.decode(charset, errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    return text.replace("\x00", "")


class _Watchdog:
    """One deadline for the whole fetch. Socket timeouts bound each wait, not the sum of them:
    a server sending a header, a chunk-size line or the TLS handshake one byte at a time would
    hold the worker as long as it liked. At the deadline the watchdog shuts down every
    connection the fetch opened (through a duplicate of its socket, which survives the TLS
    wrapping), so whatever is waiting on it returns at once; `fired` then says why."""

    def __init__(self, deadline: float):
        self.deadline = deadline
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        twin = sock.dup()  # the same connection: shutting one down shuts down both
        with self._lock:
            self._sockets.append(twin)
            if self.fired:
                self._shut(twin)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for twin in self._sockets:
                self._shut(twin)

    @staticmethod
    def _shut(twin: socket.socket) -> None:
        with contextlib.suppress(OSError):  # already closed: nothing left to stop
            twin.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            for twin in self._sockets:
                twin.close()
            self._sockets.clear()

    def timed_out(self) -> bool:
        return self.fired or time.monotonic() >= self.deadline


def _watched(base: type, watchdog: _Watchdog) -> type:
    class Watched(base):
        def _new_conn(self):
            sock = super()._new_conn()
            watchdog.watch(sock)
            return sock

    return Watched


def fetch_page(url: str) -> FetchedPage:
    """The page at `url` as text, under the rules above."""
    watchdog = _Watchdog(time.monotonic() + settings.FETCH_TIMEOUT)
    try:
        return _fetch(url, watchdog)
    finally:
        watchdog.close()


def _fetch(url: str, watchdog: _Watchdog) -> FetchedPage:
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        response = _get(current, watchdog)
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("Location", "")
                if not location:
                    raise FetchError(f"The page redirected without saying where ({current}).")
                current = urljoin(current, location)
                continue
            return FetchedPage(url=url, final_url=current, html=_read(response, watchdog))
        finally:
            response.close()
    raise FetchError(f"The page redirected more than {MAX_REDIRECTS} times.")


def _unsendable(url: str) -> FetchError:
    return FetchError(f"The URL “{url[:200]}” cannot be sent as it is (broken characters).")


def _get(url: str, watchdog: _Watchdog):
    deadline = watchdog.deadline
    scheme, host, port = _check_url(url)
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        path.encode("utf-8")
    except UnicodeError:
        raise _unsendable(url) from None
    host_header = host if parts.port is None else f"{host}:{parts.port}"
    if ":" in host and not host.startswith("["):
        host_header = f"[{host}]" if parts.port is None else f"[{host}]:{parts.port}"
    last_error = None
    too_slow = FetchError(
        f"The page at {host[:200]} did not answer in time (the fetch timed out).", retryable=True
    )
    for address in _addresses(host, port):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or watchdog.fired:
            raise too_slow
        timeout = urllib3.Timeout(
            connect=min(settings.FETCH_CONNECT_TIMEOUT, remaining), read=remaining
        )
        if scheme == "https":
            pool = urllib3.HTTPSConnectionPool(
                address, port, timeout=timeout, retries=False, maxsize=1,
                server_hostname=host, assert_hostname=host, cert_reqs="CERT_REQUIRED",
                ca_certs=certifi.where(),
            )  # fmt: skip
        else:
            pool = urllib3.HTTPConnectionPool(
                address, port, timeout=timeout, retries=False, maxsize=1
            )
        pool.ConnectionCls = _watched(pool.ConnectionCls, watchdog)
        try:
            return pool.urlopen(
                "GET",
                path,
                headers={
                    "Host": host_header,
                    "User-Agent": USER_AGENT,
                    "Accept": "text/html,application/xhtml+xml;q=0.9",
                    "Accept-Encoding": "identity",
                },
                redirect=False,
                retries=False,
                preload_content=False,
                decode_content=False,
                assert_same_host=False,
            )
        except (http.client.InvalidURL, UnicodeError):
            raise _unsendable(url) from None
        except urllib3.exceptions.ReadTimeoutError:
            raise too_slow from None
        except urllib3.exceptions.HTTPError as error:
            if watchdog.timed_out():
                raise too_slow from None
            cause = error.__context__
            if isinstance(cause, (http.client.InvalidURL, UnicodeError)) or any(
                isinstance(arg, (http.client.InvalidURL, UnicodeError)) for arg in error.args
            ):
                raise _unsendable(url) from None
            last_error = error
    if last_error is None:
        raise too_slow
    raise FetchError(
        f"The page at {host[:200]} could not be reached ({type(last_error).__name__}).",
        retryable=True,
    )


def _read(response, watchdog: _Watchdog) -> str:
    status = response.status
    if status >= 500 or status == 429:
        raise FetchError(f"The site answered {status}; trying again later.", retryable=True)
    if status != 200:
        raise FetchError(f"The site answered {status}, not the page.")
    content_type = response.headers.get("Content-Type", "")
    media = content_type.split(";", 1)[0].strip().lower()
    if media not in HTML_TYPES:
        raise FetchError(
            f"The URL is not a web page (it is {media or 'of no stated type'}); only HTML pages "
            "are imported."
        )
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):
        raise FetchError(f"The site sent the page compressed ({encoding}) although asked not to.")
    limit = settings.FETCH_MAX_BYTES
    too_big = FetchError(
        f"The page is larger than {limit / 1_000_000:.0f} MB: reading stopped there. Save the "
        "article's page (or its text) and upload it instead."
    )
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    too_slow = FetchError("The page took too long to arrive (the fetch timed out).", retryable=True)
    chunks, size = [], 0
    while True:
        if watchdog.timed_out():
            raise too_slow
        try:
            chunk = response.read1(_CHUNK)
        except urllib3.exceptions.ReadTimeoutError:
            raise too_slow from None
        except (urllib3.exceptions.HTTPError, OSError, http.client.HTTPException) as error:
            if watchdog.timed_out():
                raise too_slow from None
            raise FetchError(
                f"The page broke off while arriving ({type(error).__name__}).", retryable=True
            ) from None
        if not chunk:
            if watchdog.timed_out():  # the watchdog cut the connection: not the page's end
                raise too_slow
            break
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    data = b"".join(chunks)
    return _decode(data, _charset(content_type, data))
