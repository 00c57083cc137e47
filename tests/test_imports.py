"""Bulk import (ZIP and JSON Lines, page and command), background tasks (retry, no double run,
stale items), the cron-free schedules, and re-analysis after an engine upgrade."""

import io
import json
import threading
import zipfile
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import OperationalError, connection, transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from claimreview import desk, imports, tasks
from claimreview.desk import counters
from claimreview.models import (
    Article,
    Claim,
    ImportItem,
    ImportStatus,
    QueueScope,
    ScheduledJob,
    Verdict,
)
from claimreview.tasks import run_pending
from claimreview.text.checkworthy import THRESHOLD
from tests.factories import SAMPLE_ARTICLE, add_article

STORY = (
    "Ferry fares to rise\n\nThe ferry operator said on Monday that fares would rise by 8% in {n}."
)
PAGE = ("<!doctype html><html><head><title>Bridge reopens</title></head><body><article>"
        "<h1>Bridge reopens</h1><p>The bridge reopened on Tuesday after a £3m repair, the "
        "council said.</p><p>Traffic fell by a third while it was shut.</p></article></body>"
        "</html>")  # fmt: skip


def make_zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


GOOD_AND_BAD = {
    "one.txt": STORY.format(n=2026).encode(),
    "two.md": b"# Rail strike called off\n\nThe union said on **Friday** that 4,000 staff would return.",
    "pages/three.html": PAGE.encode(),
    "report.pdf": b"%PDF-1.7 binary",
    "fake.txt": b"\x89PNG\r\n\x1a\nimage",
    "latin1.txt": "Caf\xe9 owners say rents rose 20%.".encode("latin-1"),
    "empty.txt": b"   \n",
    "notes.docx": b"PK\x03\x04word",
    "nul.txt": b"A claim\x00 with a NUL.",
    "__MACOSX/._one.txt": b"resource fork",
    ".DS_Store": b"junk",
}


def test_zip_with_good_and_bad_files(editor):
    entries = imports.read_upload(make_zip(GOOD_AND_BAD), "day.zip")
    assert len(entries) == 9  # the resource fork and .DS_Store are not articles
    batch = imports.start_import(name="Day", created_by=editor, entries=entries)
    progress = imports.progress(batch)
    assert (progress.waiting, progress.failed) == (4, 5)  # unreadable files fail at once
    run_pending()
    progress = imports.progress(batch)
    assert (progress.done, progress.failed, progress.waiting) == (3, 6, 0)
    failures = {item.label: item.message for item in progress.failures}
    assert "not a file type" in failures["report.pdf"] and "PNG" in failures["fake.txt"]
    assert "UTF-8" in failures["latin1.txt"] and "not a file type" in failures["notes.docx"]
    assert "NUL" in failures["nul.txt"] and "no text" in failures["empty.txt"]
    titles = set(Article.objects.values_list("title", flat=True))
    assert titles == {"Ferry fares to rise", "Rail strike called off", "Bridge reopens"}
    for article in Article.objects.all():
        assert not counters.drift(article.pk)
    # The same ZIP again adds nothing: each good file finds the article it made.
    again = imports.start_import(name="Day again", created_by=editor,
                                 entries=imports.read_upload(make_zip(GOOD_AND_BAD), "day.zip"))  # fmt: skip
    run_pending()
    progress = imports.progress(again)
    assert progress.done == 3 and Article.objects.count() == 3
    assert all("Already imported" in item.message for item in progress.added)


def test_json_lines(editor):
    lines = [
        json.dumps({"title": "Budget row", "body": "The mayor said the budget rose 5% in 2025.",
                    "publication": "Ledger", "byline": "A. Writer", "date": "2026-05-01"}),
        "",
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"title": "No text"}),
        json.dumps({"body": "Text.", "surprise": True}),
        json.dumps({"body": "Bad\u0000text."}),
        json.dumps({"body": 12}),
        json.dumps({"url": "ftp://example.org/x"}),
    ]  # fmt: skip
    entries = imports.read_upload("\n".join(lines).encode(), "day.jsonl")
    assert len(entries) == 8
    batch = imports.start_import(name="Lines", created_by=editor, entries=entries)
    run_pending()
    progress = imports.progress(batch)
    assert (progress.done, progress.failed) == (1, 7)
    article = Article.objects.get()
    assert (article.publication, article.byline, str(article.published_on)) == (
        "Ledger", "A. Writer", "2026-05-01",
    )  # fmt: skip
    messages = " ".join(item.message for item in progress.failures)
    for expected in ["line 3 is not valid JSON", "not a JSON object", "(body) or a URL",
                     "surprise", "NUL", "http"]:  # fmt: skip
        assert expected.lower() in messages.lower(), expected


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"PK\x03\x04broken", "x.zip", "not a ZIP"),
        (b"hello", "x.csv", "neither a ZIP"),
        (b"\n\n", "x.jsonl", "no articles"),
        (b"\xff\xfe\xfa", "x.jsonl", "not UTF-8"),
        (make_zip({}), "x.zip", "no articles"),
    ],
)
def test_unreadable_uploads_are_refused_whole(data, name, message):
    with pytest.raises(desk.IngestError) as refused:
        imports.read_upload(data, name)
    assert message in str(refused.value)


def test_zip_bomb_member_is_refused_by_its_size(editor):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.txt", b"a" * 5_000_000)
    (entry,) = imports.read_upload(buffer.getvalue(), "bomb.zip")
    assert "limit is 1 MB" in entry.error


# --- the page and the command ---------------------------------------------------------------
def test_import_page_and_progress(client, editor, reviewer):
    client.force_login(editor)
    assert client.get("/imports/new/").status_code == 200
    upload = SimpleUploadedFile("day.zip", make_zip(GOOD_AND_BAD), "application/zip")
    response = client.post("/imports/new/", {"upload": upload, "name": "Morning"})
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert page.status_code == 200 and b'hx-trigger="every 1s"' in page.content
    assert b"4</strong> waiting" in page.content
    partial = client.get(response["Location"], headers={"HX-Request": "true"})
    assert partial.status_code == 200 and b"<html" not in partial.content
    run_pending()
    done = client.get(response["Location"], headers={"HX-Request": "true"})
    assert done.status_code == 286  # htmx stops polling
    assert b"3</strong> done" in done.content and b"Ferry fares to rise" in done.content
    assert b"every 1s" not in done.content
    bad = client.post("/imports/new/", {"upload": SimpleUploadedFile("x.csv", b"a,b")})
    assert bad.status_code == 400 and b"neither a ZIP" in bad.content
    client.force_login(reviewer)
    assert client.get("/imports/new/").status_code == 403
    assert client.get(response["Location"]).status_code == 200


def test_import_articles_command(editor, tmp_path):
    path = tmp_path / "day.zip"
    path.write_bytes(make_zip({"a.txt": STORY.format(n=1).encode(), "b.pdf": b"%PDF"}))
    out = io.StringIO()
    call_command("import_articles", str(path), "--user", editor.username, "--wait", stdout=out)
    assert "1 done, 1 failed, 0 waiting" in out.getvalue()
    call_command("import_articles", str(path), "--user", editor.username, "--wait", stdout=out)
    assert Article.objects.count() == 1


# --- tasks: retry, reporting, no double run ----------------------------------------------------
def _make_ready():
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def test_a_task_failing_midway_stores_nothing_and_retries(editor, monkeypatch):
    batch = imports.start_import(
        name="x", created_by=editor,
        entries=[imports.Entry(label="a", source=imports.ArticleSource(body=STORY.format(n=1),
                                                                      ).as_item_source())],
    )  # fmt: skip
    real = desk.import_article
    calls = []

    def flaky(**kwargs):
        calls.append(1)
        if len(calls) == 1:
            real(**kwargs)  # the article is written ...
            raise OperationalError("the database went away")  # ... and the transaction dies
        return real(**kwargs)

    monkeypatch.setattr(desk, "import_article", flaky)
    run_pending()
    item = ImportItem.objects.get(batch=batch)
    assert item.status == ImportStatus.WAITING and item.attempts == 1
    assert "OperationalError" in item.message and "trying again" in item.message
    assert Article.objects.count() == 0 and Claim.objects.count() == 0  # nothing half-stored
    failed = DBTaskResult.objects.filter(status="FAILED").get()
    assert "OperationalError" in failed.exception_class_path  # the failure is reported too
    assert run_pending() == 0  # the retry waits for its time
    _make_ready()
    run_pending()
    item.refresh_from_db()
    assert item.status == ImportStatus.DONE and Article.objects.count() == 1


def test_gives_up_after_max_attempts(editor, monkeypatch):
    from claimreview import fetch

    def down(url):
        raise fetch.FetchError("The page at example.org did not answer in time.", retryable=True)

    monkeypatch.setattr(fetch, "fetch_page", down)
    batch = imports.import_url(source=imports.ArticleSource(url="https://example.org/a"),
                               created_by=editor)  # fmt: skip
    for _ in range(imports.MAX_ATTEMPTS):
        _make_ready()
        run_pending()
    item = ImportItem.objects.get(batch=batch)
    assert item.status == ImportStatus.FAILED and item.attempts == imports.MAX_ATTEMPTS
    assert "did not answer" in item.message


def test_an_item_enqueued_twice_is_ingested_once(editor):
    batch = imports.start_import(
        name="x", created_by=editor,
        entries=[imports.Entry(label="a", source=imports.ArticleSource(
            body=STORY.format(n=1)).as_item_source())],
    )  # fmt: skip
    item = ImportItem.objects.get(batch=batch)
    tasks.ingest_import_item.enqueue(item.pk)
    assert run_pending() == 2
    assert Article.objects.count() == 1
    results = set(DBTaskResult.objects.values_list("return_value", flat=True))
    assert results == {"done"}


@pytest.mark.django_db(transaction=True)
def test_an_item_a_worker_holds_is_left_alone(editor):
    """While one worker has the item (its row lock), another's task does nothing."""
    batch = imports.start_import(
        name="x", created_by=editor,
        entries=[imports.Entry(label="a", source=imports.ArticleSource(
            body=STORY.format(n=1)).as_item_source())],
    )  # fmt: skip
    item = ImportItem.objects.get(batch=batch)
    holding, release = threading.Event(), threading.Event()

    def other_worker():
        with transaction.atomic():
            ImportItem.objects.select_for_update().get(pk=item.pk)
            holding.set()
            release.wait(10)
        connection.close()

    thread = threading.Thread(target=other_worker)
    thread.start()
    holding.wait(10)
    try:
        assert imports.ingest_item(item_id=item.pk) == imports.BUSY
        assert Article.objects.count() == 0
    finally:
        release.set()
        thread.join()
    assert imports.ingest_item(item_id=item.pk) == ImportStatus.DONE
    assert imports.ingest_item(item_id=item.pk) == ImportStatus.DONE  # and never again
    assert Article.objects.count() == 1


def test_stale_items_are_queued_again(editor):
    batch = imports.start_import(
        name="x", created_by=editor,
        entries=[imports.Entry(label="a", source=imports.ArticleSource(
            body=STORY.format(n=1)).as_item_source())],
    )  # fmt: skip
    DBTaskResult.objects.all().delete()  # its worker died with the task
    ImportItem.objects.filter(batch=batch).update(
        queued_at=timezone.now() - imports.STALE_AFTER - timedelta(seconds=1)
    )
    assert imports.requeue_stale() == 1
    assert imports.requeue_stale() == 0
    run_pending()
    assert ImportItem.objects.get(batch=batch).status == ImportStatus.DONE


# --- schedules -------------------------------------------------------------------------------
def test_schedules_run_once_per_period(db):
    now = timezone.now()
    assert set(tasks.run_due_schedules(now=now)) == set(tasks.SCHEDULE)
    assert tasks.run_due_schedules(now=now + timedelta(seconds=30)) == []
    assert tasks.run_due_schedules(now=now + timedelta(seconds=61)) == ["release-expired-leases"]
    assert ScheduledJob.objects.count() == len(tasks.SCHEDULE)
    assert run_pending() == 3


@pytest.mark.django_db(transaction=True)
def test_two_workers_enqueue_a_scheduled_job_once():
    now = timezone.now()
    enqueued, barrier = [], threading.Barrier(4)

    def worker():
        barrier.wait()
        enqueued.extend(tasks.run_due_schedules(now=now))
        connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(enqueued) == sorted(tasks.SCHEDULE)
    assert DBTaskResult.objects.count() == len(tasks.SCHEDULE)


def test_release_expired_leases_on_schedule(reviewer, article):
    claim = desk.next_claim_for(reviewer=reviewer)
    Claim.objects.filter(pk=claim.pk).update(lease_expires_at=timezone.now() - timedelta(1))
    tasks.release_expired_leases.enqueue()
    run_pending()
    assert Claim.objects.get(pk=claim.pk).lease_holder_id is None


# --- re-analysis -----------------------------------------------------------------------------
def test_reanalyze_changes_hints_only(reviewer, editor):
    article = add_article(created_by=editor)
    claims = list(article.claims.filter(is_boilerplate=False).order_by("position"))
    first = claims[0]
    desk.submit_verdict(claim_id=first.pk, reviewer=reviewer, verdict="attributed",
                        attributed_to="The chair", expected_version=first.version)  # fmt: skip
    before = {c.pk: (c.speaker, c.cue, c.checkworthy_score) for c in article.claims.all()}
    Claim.objects.filter(article=article).update(speaker="stale", cue="stale")
    first.refresh_from_db()
    version, verdict = first.version, first.verdict
    call_command("reanalyze", stdout=io.StringIO())  # queued ...
    run_pending()  # ... and run by the worker
    after = {c.pk: (c.speaker, c.cue, c.checkworthy_score) for c in article.claims.all()}
    assert after == before
    first.refresh_from_db()
    assert (first.version, first.verdict) == (version, verdict) == (version, Verdict.ATTRIBUTED)
    assert not counters.drift(article.pk)


def test_reanalyze_moves_counters_under_checkworthy_only(editor):
    article = add_article(created_by=editor, text=SAMPLE_ARTICLE)
    desk.set_queue_scope(article_id=article.pk, editor=editor, scope=QueueScope.CHECKWORTHY)
    worthy = article.claims.filter(is_boilerplate=False, checkworthy_score__gte=THRESHOLD).first()
    # An older engine scored it below the threshold: out of the queue, counted so.
    Claim.objects.filter(pk=worthy.pk).update(checkworthy_score=0)
    Article.objects.filter(pk=article.pk).update(
        unreviewed_count=article.__class__.objects.get(pk=article.pk).unreviewed_count - 1,
        not_queued_count=article.__class__.objects.get(pk=article.pk).not_queued_count + 1,
    )
    assert not counters.drift(article.pk)
    assert desk.reanalyze_article(article_id=article.pk) == 1
    assert Claim.objects.get(pk=worthy.pk).checkworthy_score >= THRESHOLD
    assert not counters.drift(article.pk)


# --- regressions: hostile uploads ------------------------------------------------------------------
def _corrupt_deflate_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("story.txt", STORY.format(n=2026).encode() * 20)
    data = bytearray(buffer.getvalue())
    start = 30 + len("story.txt")  # the member's data, after its local header
    data[start : start + 8] = b"\xff" * 8  # a deflate stream zlib cannot read
    return bytes(data)


def test_corrupt_deflate_stream_is_a_failed_entry_not_a_500(client, editor):
    (entry,) = imports.read_upload(_corrupt_deflate_zip(), "bad.zip")
    assert entry.source is None and "could not be unpacked" in entry.error
    client.force_login(editor)
    upload = SimpleUploadedFile("bad.zip", _corrupt_deflate_zip(), "application/zip")
    response = client.post("/imports/new/", {"upload": upload})
    assert response.status_code in (302, 400)
    assert Article.objects.count() == 0


def test_deeply_nested_json_line_is_a_failed_line():
    lines = [json.dumps({"body": "The council voted 12 to 3."}), "[" * 100_000, '{"a":' * 50_000]
    entries = imports.read_upload("\n".join(lines).encode(), "deep.jsonl")
    assert entries[0].source is not None
    assert [e.error for e in entries[1:]] == [
        "Line 2 is nested too deeply to read.",
        "Line 3 is nested too deeply to read.",
    ]


def test_json_lines_split_on_newlines_only():
    text = "The council said:\u2028rents rose\u2029by 5%\x85 in 2025."
    lines = [json.dumps({"title": "T", "body": text}, ensure_ascii=False),
             json.dumps({"title": "U", "body": "A claim."})]  # fmt: skip
    entries = imports.read_upload("\r\n".join(lines).encode(), "odd.jsonl")
    assert [e.error for e in entries] == ["", ""]
    assert entries[0].source["text"] == text and entries[1].source["title"] == "U"


def test_blank_body_beside_a_url_is_fetched():
    lines = [json.dumps({"url": "https://example.org/a", "body": "  \t\n "})]
    (entry,) = imports.read_upload("\n".join(lines).encode(), "blank.jsonl")
    assert entry.source["text"] == "" and entry.source["kind"] == "text"
    assert imports.is_url_item(entry.source)
    assert imports.is_url_item({"url": "https://example.org/a", "text": "   "})
    assert imports.item_key({"url": "https://example.org/a", "text": " "}) == imports.item_key(
        {"url": "https://example.org/a", "text": ""}
    )


def test_zip_total_unpacked_size_is_capped(settings):
    settings.IMPORT_MAX_TOTAL_BYTES = 2_000_000
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for n in range(5):
            archive.writestr(f"s{n}.txt", b"Rents rose. " * 80_000)  # 960 KB each, tiny packed
    assert len(buffer.getvalue()) < 100_000
    with pytest.raises(desk.IngestError) as refused:
        imports.read_upload(buffer.getvalue(), "many.zip")
    assert "2 MB" in str(refused.value) and "unpacks" in str(refused.value)
    settings.IMPORT_MAX_TOTAL_BYTES = 10_000_000
    assert len(imports.read_upload(buffer.getvalue(), "many.zip")) == 5
