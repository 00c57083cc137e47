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
- a connect timeout, a read timeout, and a deadline for the whole page however slowly it
  trickles in (settings.FETCH_CONNECT_TIMEOUT, FETCH_TIMEOUT);
- only text/html and application/xhtml+xml, uncompressed (we ask for identity), and at most
  settings.FETCH_MAX_BYTES: reading stops there and the page is refused.

Errors are `FetchError` (an IngestError: a message for the person who sent the URL);
`retryable` says whether trying again later may help (a timeout, a 5xx, a refused connection).
"""

import ipaddress
import re
import socket
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


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
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


def fetch_page(url: str) -> FetchedPage:
    """The page at `url` as text, under the rules above."""
    deadline = time.monotonic() + settings.FETCH_TIMEOUT
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        response = _get(current, deadline)
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("Location", "")
                if not location:
                    raise FetchError(f"The page redirected without saying where ({current}).")
                current = urljoin(current, location)
                continue
            return FetchedPage(url=url, final_url=current, html=_read(response, deadline))
        finally:
            response.close()
    raise FetchError(f"The page redirected more than {MAX_REDIRECTS} times.")


def _get(url: str, deadline: float):
    scheme, host, port = _check_url(url)
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    host_header = host if parts.port is None else f"{host}:{parts.port}"
    if ":" in host and not host.startswith("["):
        host_header = f"[{host}]" if parts.port is None else f"[{host}]:{parts.port}"
    last_error = None
    for address in _addresses(host, port):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
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
        except urllib3.exceptions.ReadTimeoutError:
            raise FetchError(
                f"The page at {host[:200]} did not answer in time.", retryable=True
            ) from None
        except urllib3.exceptions.HTTPError as error:
            last_error = error
    if last_error is None:
        raise FetchError(f"The page at {host[:200]} did not answer in time.", retryable=True)
    raise FetchError(
        f"The page at {host[:200]} could not be reached ({type(last_error).__name__}).",
        retryable=True,
    )


def _read(response, deadline: float) -> str:
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
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError("The page took too long to arrive.", retryable=True)
        try:
            chunk = response.read1(_CHUNK)
        except urllib3.exceptions.ReadTimeoutError:
            raise FetchError("The page took too long to arrive.", retryable=True) from None
        except urllib3.exceptions.HTTPError as error:
            raise FetchError(
                f"The page broke off while arriving ({type(error).__name__}).", retryable=True
            ) from None
        if not chunk:
            break
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    data = b"".join(chunks)
    return _decode(data, _charset(content_type, data))
