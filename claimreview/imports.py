"""Imports: articles sent in bulk (a ZIP of files, JSON Lines), from a URL, or by the API.

An import is a batch of items. `start_import` stores the batch, its items and one background
task per item in one transaction (a task row is a row like the others: all or nothing). The
worker's task calls `ingest_item`, which, in one transaction:

- takes the item's row lock with SKIP LOCKED: an item another worker is on is left alone, so
  no item is ingested twice at once;
- does nothing if the item is no longer waiting (a task enqueued twice, a re-run);
- fetches the page for a URL item (`fetch`), then `desk.prepare` and `desk.import_article`,
  whose unique `import_key` makes the article once, whoever gets there first;
- marks the item done (with its article) or failed (with the message the desk or the fetch
  gave): a failed item stores nothing.

A fetch that may work later (a timeout, a 5xx) is tried again after a pause, up to
MAX_ATTEMPTS; so is an unexpected error (`record_crash`, from the task). An item left waiting
by a worker that died is queued again by `requeue_stale`, which the workers run on a schedule.

`ArticleSource` is what one article of an import is: the API's "create an article" takes the
same fields, and a JSON Lines file has one per line.
"""

import hashlib
import io
import json
import logging
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import PurePosixPath
from typing import Annotated

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone
from pydantic import (
    AfterValidator,
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    StrictStr,
    ValidationError,
    model_validator,
)

from claimreview import desk, fetch
from claimreview.desk.metadata import (
    BYLINE_CHARS,
    PUBLICATION_CHARS,
    TITLE_CHARS,
    URL_CHARS,
    ArticleMetadata,
)
from claimreview.models import Article, ImportBatch, ImportItem, ImportStatus, User

log = logging.getLogger("claimreview.imports")

MAX_ITEMS = 1000  # articles in one import
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # a ZIP or JSON Lines file
MAX_ATTEMPTS = 3
RETRY_PAUSE = timedelta(seconds=10)  # then 30 s, 90 s
STALE_AFTER = timedelta(minutes=10)  # an item waiting this long after its task was due
UPLOAD_TYPES = (".zip", ".jsonl", ".ndjson")


# --- what one article of an import is -------------------------------------------------------------
def clean_text(value: str) -> str:
    """Text PostgreSQL can store: no NUL bytes, no lone surrogates (JSON's \\ud800)."""
    if "\x00" in value:
        raise ValueError("contains a NUL byte, which is not text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("contains broken characters (lone surrogates)") from None
    return value


def Text(max_length: int):
    return Annotated[StrictStr, Field(max_length=max_length), AfterValidator(clean_text)]


def _http_url(value: str) -> str:
    value = value.strip()
    if value and not value.lower().startswith(("http://", "https://")):
        raise ValueError("must be an http:// or https:// address")
    return value


# The body's own limit is the desk's (1 MB of UTF-8, checked with its message); this only stops
# a body that could not be an article long before the text engine sees it.
BODY_CHARS = 2 * desk.MAX_ARTICLE_BYTES


class ArticleSource(BaseModel):
    """One article: its text (`body`) or a page to fetch (`url`), and what the sender knows of
    it. Empty fields are found in the page or the text, as on the "add an article" page."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    title: Text(TITLE_CHARS) = ""
    body: Text(BODY_CHARS) | None = None
    url: Annotated[Text(URL_CHARS), AfterValidator(_http_url)] = ""
    publication: Text(PUBLICATION_CHARS) = ""
    byline: Text(BYLINE_CHARS) = ""
    published_on: date | None = Field(
        default=None, validation_alias=AliasChoices("published_on", "date")
    )

    @model_validator(mode="after")
    def _text_or_url(self):
        if self.body is not None and not self.body.strip():
            self.body = None  # whitespace only is no text: a URL beside it is fetched
        if self.body is None and not self.url:
            raise ValueError("give the article's text (body) or a URL to import it from")
        return self

    def typed(self) -> ArticleMetadata:
        return ArticleMetadata(
            title=self.title.strip(),
            byline=self.byline.strip(),
            published_on=self.published_on,
            publication=self.publication.strip(),
            url=self.url.strip(),
        )

    def as_item_source(self, kind: str = "text") -> dict:
        return {
            "title": self.title,
            "text": self.body or "",
            "kind": kind,
            "url": self.url,
            "publication": self.publication,
            "byline": self.byline,
            "published_on": self.published_on.isoformat() if self.published_on else None,
        }


def is_url_item(source: dict) -> bool:
    """An item whose page is fetched: a URL and no text (whitespace is no text)."""
    return bool(source.get("url")) and not (source.get("text") or "").strip()


def item_key(source: dict) -> str:
    """The import key of an item: a URL item is its URL; a text is its title and text. The same
    file or line sent again has the same key, so it is never imported twice."""
    if is_url_item(source):
        material = f"url\0{source['url']}"
    else:
        material = (
            f"text\0{source.get('kind', 'text')}\0{source.get('title', '')}\0{source['text']}"
        )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def api_key(*, user_id: int, key: str) -> str:
    """The import key of an API request sent with an Idempotency-Key (per user: two people's
    keys never collide)."""
    return hashlib.sha256(f"api\0{user_id}\0{key}".encode()).hexdigest()


def describe(error: ValidationError) -> str:
    """A pydantic error in one line: `body: contains a NUL byte, which is not text`."""
    parts = []
    for problem in error.errors()[:3]:
        where = ".".join(str(p) for p in problem.get("loc", ()))
        message = problem.get("msg", "is not valid").removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


# --- reading an upload --------------------------------------------------------------------------
@dataclass
class Entry:
    """One item of an upload: its source, or why it cannot be imported."""

    label: str
    source: dict | None = None
    error: str = ""


def read_upload(data: bytes, filename: str) -> list[Entry]:
    """The items of a ZIP of .txt/.md/.html files or a JSON Lines file. A file that cannot be
    read at all raises IngestError; a bad file or line inside it is a failed entry."""
    suffix = PurePosixPath(filename or "").suffix.lower()
    if len(data) > MAX_UPLOAD_BYTES:
        raise desk.IngestError(
            f"The upload is {len(data) / 1_000_000:.0f} MB; the limit is "
            f"{MAX_UPLOAD_BYTES // 1_000_000} MB. Split it into several imports."
        )
    if suffix == ".zip":
        entries = _read_zip(data)
    elif suffix in (".jsonl", ".ndjson"):
        entries = _read_json_lines(data)
    else:
        raise desk.IngestError(
            f"“{filename[:200]}” is neither a ZIP (.zip) nor a JSON Lines file (.jsonl)."
        )
    if not entries:
        raise desk.IngestError("The upload holds no articles.")
    if len(entries) > MAX_ITEMS:
        raise desk.IngestError(
            f"The upload holds {len(entries):,} articles; one import takes up to {MAX_ITEMS:,}."
        )
    return entries


def _skipped_member(name: str) -> bool:
    path = PurePosixPath(name)
    return name.endswith("/") or path.name.startswith(".") or "__MACOSX" in path.parts


class _TooBig(Exception):
    pass


def _read_zip(data: bytes) -> list[Entry]:
    limit = settings.IMPORT_MAX_TOTAL_BYTES
    unpacked = 0  # bytes read out of the archive, whatever its headers claim
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not _skipped_member(m.filename)]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise desk.IngestError("The file is not a ZIP archive that can be read.") from None
    if len(members) > MAX_ITEMS:
        raise desk.IngestError(
            f"The ZIP holds {len(members):,} files; one import takes up to {MAX_ITEMS:,}."
        )
    entries = []
    for member in members:
        label = member.filename[:300]
        name = PurePosixPath(member.filename).name
        try:
            if member.file_size > desk.MAX_ARTICLE_BYTES:
                raise desk.IngestError(
                    f"“{name}” is {member.file_size / 1_000_000:.1f} MB; the limit is 1 MB of text."
                )
            # Never more than the limit, whatever the header claims (a ZIP bomb lies).
            with archive.open(member) as handle:
                content = handle.read(desk.MAX_ARTICLE_BYTES + 1)
            unpacked += len(content)
            if unpacked > limit:
                raise _TooBig(
                    f"The ZIP unpacks to more than {limit / 1_000_000:.0f} MB of files; one "
                    "import takes up to that. Split it into several imports."
                )
            text, kind = desk.decode_upload(content, name)
        except _TooBig as error:
            raise desk.IngestError(str(error)) from None
        except desk.IngestError as error:
            entries.append(Entry(label=label, error=str(error)))
        except (
            RuntimeError, zipfile.BadZipFile, NotImplementedError, OSError, EOFError, zlib.error,
        ):  # fmt: skip
            entries.append(Entry(label=label, error=f"“{name}” could not be unpacked."))
        else:
            source = {"title": "", "text": text, "kind": kind, "url": "", "publication": "",
                      "byline": "", "published_on": None}  # fmt: skip
            entries.append(Entry(label=label, source=source))
    return entries


def _read_json_lines(data: bytes) -> list[Entry]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise desk.IngestError(
            f"The JSON Lines file is not UTF-8 (unreadable bytes at position {error.start})."
        ) from None
    entries = []
    # Lines end at "\n" (and "\r\n") only: JSON strings may hold U+2028, U+2029 or U+0085,
    # which str.splitlines() would also split at.
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        label = f"line {number}"
        try:
            value = json.loads(line)
        except ValueError:
            entries.append(Entry(label=label, error=f"Line {number} is not valid JSON."))
            continue
        except RecursionError:
            entries.append(Entry(label=label, error=f"Line {number} is nested too deeply to read."))
            continue
        if not isinstance(value, dict):
            entries.append(Entry(label=label, error=f"Line {number} is not a JSON object."))
            continue
        try:
            source = ArticleSource.model_validate(value)
        except ValidationError as error:
            entries.append(Entry(label=label, error=f"Line {number}: {describe(error)}"))
            continue
        entries.append(Entry(label=(source.title or source.url or label)[:300],
                             source=source.as_item_source()))  # fmt: skip
    return entries


# --- running an import --------------------------------------------------------------------------
def _enqueue(item_id: int, *, run_after=None) -> None:
    from claimreview import tasks

    task = tasks.ingest_import_item
    if run_after is not None:
        task = task.using(run_after=run_after)
    task.enqueue(item_id)


def start_import(
    *,
    name: str,
    created_by: User,
    entries: list[Entry],
    idempotency_key: str | None = None,
    now=None,
) -> ImportBatch:
    """Store the batch and its items, and queue a task for each readable one, all or nothing.
    With `idempotency_key` (api_key) taken already, IntegrityError and nothing stored."""
    now = now or timezone.now()
    with transaction.atomic():
        batch = ImportBatch.objects.create(
            name=name[:300] or "Import", created_by=created_by, idempotency_key=idempotency_key
        )
        items = ImportItem.objects.bulk_create(
            [
                ImportItem(
                    batch=batch,
                    position=n,
                    label=entry.label[:300],
                    key=item_key(entry.source) if entry.source else "",
                    source=entry.source or {},
                    status=ImportStatus.WAITING if entry.source else ImportStatus.FAILED,
                    message=entry.error[:1000],
                    queued_at=now if entry.source else None,
                    finished_at=None if entry.source else now,
                )
                for n, entry in enumerate(entries, start=1)
            ]
        )
        for item in items:
            if item.status == ImportStatus.WAITING:
                _enqueue(item.pk)
    log.info("import %s: %s items by %s", batch.pk, len(items), created_by)
    return batch


def import_url(
    *, source: ArticleSource, created_by: User, idempotency_key: str | None = None
) -> ImportBatch:
    """One URL to fetch and ingest in the background. With an `idempotency_key` (api_key)
    used before, the import it started, not a new one."""
    if idempotency_key is not None:
        earlier = ImportBatch.objects.filter(idempotency_key=idempotency_key).first()
        if earlier is not None:
            return earlier
    try:
        return start_import(
            name=f"URL: {source.url}"[:300], created_by=created_by,
            entries=[Entry(label=source.url[:300], source=source.as_item_source("html"))],
            idempotency_key=idempotency_key,
        )  # fmt: skip
    except IntegrityError:
        # The same key at the same moment from another request: its import is the answer.
        earlier = ImportBatch.objects.filter(idempotency_key=idempotency_key).first()
        if idempotency_key is None or earlier is None:
            raise
        return earlier


BUSY, RETRYING = "busy", "retrying"


def _backoff(attempts: int) -> timedelta:
    return RETRY_PAUSE * (3 ** max(0, attempts - 1))


def ingest_item(*, item_id: int, now=None) -> str:
    """Ingest one waiting item (see the module's docstring). Returns what became of it: done,
    failed, retrying, or busy (another worker has it)."""
    now = now or timezone.now()
    with transaction.atomic():
        item = (
            ImportItem.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("batch__created_by")
            .filter(pk=item_id)
            .first()
        )
        if item is None:
            return BUSY
        if item.status != ImportStatus.WAITING:
            return item.status
        item.attempts += 1
        try:
            article, created = _ingest(item)
        except desk.IngestError as error:
            if getattr(error, "retryable", False) and item.attempts < MAX_ATTEMPTS:
                item.queued_at = now + _backoff(item.attempts)
                item.message = (
                    f"{error} Trying again (attempt {item.attempts + 1} of {MAX_ATTEMPTS})."
                )[:1000]
                item.save(update_fields=["attempts", "queued_at", "message"])
                _enqueue(item.pk, run_after=item.queued_at)
                return RETRYING
            _finish(item, ImportStatus.FAILED, str(error), now=now)
            return ImportStatus.FAILED
        item.article = article
        message = "" if created else f"Already imported (article {article.pk}); not added again."
        _finish(item, ImportStatus.DONE, message, now=now)
    return ImportStatus.DONE


def _finish(item: ImportItem, status: str, message: str, *, now) -> None:
    item.status = status
    item.message = message[:1000]
    item.finished_at = now
    item.save(update_fields=["status", "message", "finished_at", "attempts", "article"])


def _ingest(item: ImportItem) -> tuple[Article, bool]:
    source = item.source
    earlier = Article.objects.filter(import_key=item.key).only("id", "title").first()
    if earlier is not None:  # imported before: no need to fetch or analyse again
        return earlier, False
    published = source.get("published_on")
    typed = ArticleMetadata(
        title=source.get("title", "").strip(),
        byline=source.get("byline", "").strip(),
        published_on=date.fromisoformat(published) if published else None,
        publication=source.get("publication", "").strip(),
        url=source.get("url", "").strip(),
    )
    if is_url_item(source):
        text, kind = fetch.fetch_page(source["url"]).html, "html"
    else:
        text, kind = source["text"], source.get("kind", "text")
    prepared = desk.prepare(title=typed.title, text=text, kind=kind)
    used = typed.or_found(prepared.metadata)
    if not used.title:
        raise desk.IngestError("No title was found in the text, and none was given.")
    return desk.import_article(
        key=item.key, prepared=prepared, title=used.title, created_by=item.batch.created_by,
        publication=used.publication, url=used.url, byline=used.byline,
        published_on=used.published_on,
    )  # fmt: skip


def record_crash(*, item_id: int, error: BaseException, now=None) -> None:
    """An unexpected error ingesting the item (its transaction rolled back, nothing stored):
    count the attempt, and try again later or give up with a message."""
    now = now or timezone.now()
    with transaction.atomic():
        item = ImportItem.objects.select_for_update(skip_locked=True).filter(pk=item_id).first()
        if item is None or item.status != ImportStatus.WAITING:
            return
        item.attempts += 1
        what = f"An unexpected error stopped this article ({type(error).__name__})"
        if item.attempts >= MAX_ATTEMPTS:
            _finish(item, ImportStatus.FAILED, f"{what}; gave up after {item.attempts} attempts.",
                    now=now)  # fmt: skip
            return
        item.queued_at = now + _backoff(item.attempts)
        item.message = f"{what}; trying again (attempt {item.attempts + 1} of {MAX_ATTEMPTS})."
        item.save(update_fields=["attempts", "queued_at", "message"])
        _enqueue(item.pk, run_after=item.queued_at)


def requeue_stale(*, now=None) -> int:
    """Queue again every item still waiting long after its task was due (its worker died with
    it); `ingest_item` makes a second task for the same item harmless."""
    now = now or timezone.now()
    with transaction.atomic():
        stale = list(
            ImportItem.objects.select_for_update(skip_locked=True)
            .filter(status=ImportStatus.WAITING, queued_at__lt=now - STALE_AFTER)
            .values_list("pk", flat=True)[:500]
        )
        ImportItem.objects.filter(pk__in=stale).update(queued_at=now)
        for item_id in stale:
            _enqueue(item_id)
    return len(stale)


# --- reading progress ---------------------------------------------------------------------------
@dataclass
class Progress:
    batch: ImportBatch
    total: int
    done: int
    failed: int
    waiting: int
    failures: list[ImportItem]
    added: list[ImportItem]

    @property
    def finished(self) -> bool:
        return self.waiting == 0

    def percent(self, count: int) -> float:
        return round(100 * count / self.total, 2) if self.total else 0.0

    @property
    def done_percent(self) -> float:
        return self.percent(self.done)

    @property
    def failed_percent(self) -> float:
        return self.percent(self.failed)


def progress(batch: ImportBatch, *, listed: int = 200) -> Progress:
    """The batch's counts (one query), its failures and the articles it added (first `listed`)."""
    counts = ImportItem.objects.filter(batch=batch).aggregate(
        total=Count("id"),
        done=Count("id", filter=Q(status=ImportStatus.DONE)),
        failed=Count("id", filter=Q(status=ImportStatus.FAILED)),
        waiting=Count("id", filter=Q(status=ImportStatus.WAITING)),
    )
    items = ImportItem.objects.filter(batch=batch).defer("source").order_by("position")
    failures = list(items.filter(status=ImportStatus.FAILED)[:listed])
    added = list(
        items.filter(status=ImportStatus.DONE)
        .select_related("article")
        .defer("source", "article__raw_text", "article__body")[:listed]
    )
    return Progress(batch=batch, failures=failures, added=added, **counts)
