"""Every write path of the desk raced against the others, with real threads on PostgreSQL.

An editor splits, merges, marks and restores boilerplate and reverts claims of one article
while reviewers pull the queue, post verdicts and skip on the same article, through the desk
core and through the web views; and an editor switches the queue scope and undoes "no check
needed" while reviewers close claims with verdicts and "no check needed". Afterwards: no deadlock, no error other than the desk's own
refusals, no 500, every acknowledged verdict in the history, counters equal to the claims.
"""

import contextlib
import random
import threading
import time
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from claimreview import desk
from claimreview.desk import counters
from claimreview.models import (
    Article,
    ArticleEvent,
    Claim,
    QueueScope,
    Review,
    ReviewKind,
    Verdict,
)
from claimreview.text.checkworthy import THRESHOLD
from tests.factories import add_article, make_user
from tests.test_review_desk import assert_counters_match

SOURCES = [desk.SourceData(url="https://example.org/record", title="Public record")]
VERDICTS = ["attributed", "disputed", "verified"]


def _article_text(sentences: int) -> str:
    lines = [
        f"Officials said route {n} carried {100 + n} passengers a day in {1990 + n}, "
        f"and the depot at site {n} would close."
        for n in range(sentences)
    ]
    return "Harbour routes under review\n\n" + "\n\n".join(
        " ".join(lines[i : i + 3]) for i in range(0, sentences, 3)
    )


def _client_for(user) -> Client:
    """A logged-in test client whose server errors come back as 500 answers, to be counted."""
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


class Crowd:
    """Threads that run for `seconds`, and on (up to `longest`) until `enough()` says enough
    work was done on a slow or busy machine; every unexpected error is kept with its thread."""

    def __init__(self, seconds: float, *, enough=None, longest: float = 60):
        started = time.monotonic()
        self.deadline = started + seconds
        self.last_deadline = started + longest
        self.enough = enough or (lambda: True)
        self.errors: list[str] = []
        self.threads: list[threading.Thread] = []
        self.lock = threading.Lock()

    def running(self) -> bool:
        if self.errors:
            return False
        now = time.monotonic()
        return now < self.deadline or (now < self.last_deadline and not self.enough())

    def add(self, name: str, loop) -> None:
        def run():
            try:
                while self.running():
                    loop()
            except Exception as error:  # the test fails on it below, with the thread's name
                with self.lock:
                    self.errors.append(f"{name}: {type(error).__name__}: {error}")
            finally:
                connection.close()

        self.threads.append(threading.Thread(target=run, name=name))

    def run(self) -> None:
        for thread in self.threads:
            thread.start()
        for thread in self.threads:
            thread.join(timeout=120)
        assert not any(t.is_alive() for t in self.threads), "a thread hung (lock wait?)"
        assert not self.errors, self.errors


def _editor_loop(editor, article_id: int, rng: random.Random, done: list):
    def loop():
        claims = list(
            Claim.objects.filter(article_id=article_id).values_list("id", "text", "is_boilerplate")
        )
        claim_id, text, is_boilerplate = rng.choice(claims)
        action = rng.choice(["split", "merge", "merge", "boilerplate", "revert"])
        try:
            if action == "split" and " " in text.strip():
                at = text.index(" ", len(text) // 3) if " " in text[len(text) // 3 :] else 0
                desk.split_claim(claim_id=claim_id, editor=editor, at=at)
            elif action == "merge":
                desk.merge_with_next(claim_id=claim_id, editor=editor)
            elif action == "boilerplate":
                desk.set_boilerplate(
                    claim_id=claim_id, editor=editor, is_boilerplate=not is_boilerplate
                )
            elif action == "revert":
                target = (
                    Review.objects.filter(claim_id=claim_id, kind=ReviewKind.VERDICT)
                    .values_list("id", flat=True)
                    .first()
                )
                if target:
                    desk.revert(
                        claim_id=claim_id, editor=editor, to_review_id=target, reason="Race"
                    )
            done.append(action)
        except desk.DeskError:
            pass  # the desk refused (last claim, boilerplate mix, claim merged away): fine

    return loop


def _reviewer_loop(reviewer, article: Article, rng: random.Random, acknowledged: list):
    def loop():
        claim = desk.next_claim_for(reviewer=reviewer, article=article)
        if claim is None:
            time.sleep(0.01)
            return
        if rng.random() < 0.15:
            with contextlib.suppress(desk.ClaimGone):  # merged away while held: refused
                desk.skip(claim_id=claim.pk, reviewer=reviewer)
            return
        verdict = rng.choice(VERDICTS)
        try:
            result = desk.submit_verdict(
                claim_id=claim.pk, reviewer=reviewer, verdict=verdict, note="Checked.",
                attributed_to="Officials", sources=SOURCES, expected_version=claim.version,
                request_id=uuid.uuid4(),
            )  # fmt: skip
        except desk.ClaimGone:
            return  # merged away while held: refused with a message, nothing saved
        except desk.DeskError as error:
            assert "boilerplate" in str(error), error  # marked meanwhile: refused
            return
        if not result.conflict:
            acknowledged.append(result.review.pk)

    return loop


@pytest.mark.django_db(transaction=True)
def test_editor_corrects_the_split_while_32_reviewers_work_the_same_article():
    editor = make_user("editor", "editor")
    article = add_article(created_by=editor, title="Routes", text=_article_text(90))
    reviewers = [make_user(f"reviewer{n}", "reviewer") for n in range(32)]
    acknowledged, corrections = [], []
    crowd = Crowd(seconds=6, enough=lambda: len(acknowledged) > 20 and len(corrections) > 10)
    crowd.add("editor", _editor_loop(editor, article.pk, random.Random(1), corrections))
    for n, reviewer in enumerate(reviewers):
        crowd.add(
            reviewer.username, _reviewer_loop(reviewer, article, random.Random(n), acknowledged)
        )
    crowd.run()

    # Work happened on both sides.
    assert len(acknowledged) > 20 and len(corrections) > 10, (len(acknowledged), corrections)
    # No lost verdict: every acknowledged save is in the history, and a claim whose last
    # change was a verdict carries that verdict.
    assert Review.objects.filter(pk__in=acknowledged, kind=ReviewKind.VERDICT).count() == len(
        acknowledged
    )
    for claim in Claim.objects.filter(article=article):
        last = claim.reviews.exclude(kind=ReviewKind.SKIP).order_by("-id").first()
        if last is not None and last.kind == ReviewKind.VERDICT:
            assert claim.verdict == last.verdict, claim.pk
            assert claim.reviewed_by_id == last.reviewer_id
    assert counters.drift(article.pk) == {}
    assert_counters_match(article)


@pytest.mark.django_db(transaction=True)
def test_the_same_race_through_the_web_never_answers_500():
    editor = make_user("editor", "editor")
    article = add_article(created_by=editor, title="Routes", text=_article_text(60))
    reviewers = [make_user(f"reviewer{n}", "reviewer") for n in range(8)]
    statuses: list[int] = []
    crowd = Crowd(seconds=5)

    def reviewer_loop(user, rng):
        client = _client_for(user)

        def loop():
            claim = desk.next_claim_for(reviewer=user, article=article)
            if claim is None:
                time.sleep(0.01)
                return
            response = client.post(
                reverse("claim-review", args=[claim.pk]),
                {
                    "verdict": rng.choice(VERDICTS), "note": "Checked.",
                    "attributed_to": "Officials", "version": claim.version,
                    "request_id": str(uuid.uuid4()), "sources-TOTAL_FORMS": "1",
                    "sources-INITIAL_FORMS": "0", "sources-0-url": "https://example.org/r",
                },
            )  # fmt: skip
            statuses.append(response.status_code)

        return loop

    def editor_loop(rng):
        client = _client_for(editor)

        def loop():
            claim_id = rng.choice(
                list(Claim.objects.filter(article=article).values_list("id", flat=True))
            )
            name = rng.choice(["claim-merge", "claim-split", "claim-boilerplate"])
            data = {"at": "12"} if name == "claim-split" else {"is_boilerplate": "1"}
            response = client.post(reverse(name, args=[claim_id]), data)
            statuses.append(response.status_code)

        return loop

    crowd.add("editor", editor_loop(random.Random(7)))
    for n, user in enumerate(reviewers):
        crowd.add(user.username, reviewer_loop(user, random.Random(100 + n)))
    crowd.run()

    assert statuses and all(status < 500 for status in statuses), sorted(set(statuses))
    assert counters.drift(article.pk) == {}
    assert_counters_match(article)


# --- triage: "no check needed" and the queue scope, raced against verdicts -------------------

QUIET = ["north", "south", "old", "new", "long", "stone", "fish", "ferry", "east", "west"]


def _triage_text(sentences: int) -> str:
    """Every other sentence check-worthy (numbers, a named source), the others scene-setting."""
    lines = [
        f"Officials said route {n} carried {100 + n} passengers a day in {1990 + n}."
        if n % 2
        else f"It felt like a quiet morning on the {QUIET[n % len(QUIET)]} quay."
        for n in range(sentences)
    ]
    return "Harbour routes under review\n\n" + "\n\n".join(
        " ".join(lines[i : i + 3]) for i in range(0, sentences, 3)
    )


def _triage_editor_loop(editor, article_id: int, rng: random.Random, done: list):
    def loop():
        action = rng.choice(["scope", "scope", "undo", "boilerplate", "merge"])
        try:
            if action == "scope":
                scope = rng.choice(QueueScope.values)
                desk.set_queue_scope(article_id=article_id, editor=editor, scope=scope)
            elif action == "undo":
                closed = list(
                    Claim.objects.filter(
                        article_id=article_id, verdict=Verdict.NO_CHECK
                    ).values_list("id", flat=True)[:5]
                )
                if closed:
                    desk.undo_no_check(claim_id=rng.choice(closed), editor=editor)
            else:
                claims = list(
                    Claim.objects.filter(article_id=article_id).values_list("id", "is_boilerplate")
                )
                claim_id, is_boilerplate = rng.choice(claims)
                if action == "merge":
                    desk.merge_with_next(claim_id=claim_id, editor=editor)
                else:
                    desk.set_boilerplate(
                        claim_id=claim_id, editor=editor, is_boilerplate=not is_boilerplate
                    )
            done.append(action)
        except desk.DeskError:
            pass  # refused (not marked any more, merged away, boilerplate mix): fine
        time.sleep(0.005)  # an editor's pace, so the reviewers get the article lock too

    return loop


def _triaging_reviewer_loop(reviewer, article, rng: random.Random, acknowledged: list):
    def loop():
        claim = desk.next_claim_for(reviewer=reviewer, article=article)
        if claim is None:
            time.sleep(0.01)
            return
        try:
            if rng.random() < 0.4:
                result = desk.mark_no_check(
                    claim_id=claim.pk, reviewer=reviewer, expected_version=claim.version,
                    request_id=uuid.uuid4(),
                )  # fmt: skip
            else:
                result = desk.submit_verdict(
                    claim_id=claim.pk, reviewer=reviewer, verdict=rng.choice(VERDICTS),
                    note="Checked.", attributed_to="Officials", sources=SOURCES,
                    expected_version=claim.version, request_id=uuid.uuid4(),
                )  # fmt: skip
        except desk.ClaimGone:
            return
        except desk.DeskError as error:
            assert "boilerplate" in str(error), error
            return
        if not result.conflict:
            acknowledged.append(result.review.pk)

    return loop


@pytest.mark.django_db(transaction=True)
def test_no_check_and_scope_switches_race_verdicts_without_deadlock_or_drift():
    editor = make_user("editor", "editor")
    article = add_article(created_by=editor, title="Routes", text=_triage_text(90))
    assert article.claims.filter(checkworthy_score__lt=THRESHOLD, is_boilerplate=False).exists()
    reviewers = [make_user(f"reviewer{n}", "reviewer") for n in range(16)]
    acknowledged, edits = [], []
    crowd = Crowd(seconds=6, enough=lambda: len(acknowledged) > 20 and edits.count("scope") > 3)
    crowd.add("editor", _triage_editor_loop(editor, article.pk, random.Random(3), edits))
    for n, reviewer in enumerate(reviewers):
        crowd.add(
            reviewer.username,
            _triaging_reviewer_loop(reviewer, article, random.Random(50 + n), acknowledged),
        )
    crowd.run()

    assert len(acknowledged) > 20 and edits.count("scope") > 3, (len(acknowledged), edits)
    kinds = set(Review.objects.filter(pk__in=acknowledged).values_list("kind", flat=True))
    assert kinds == {ReviewKind.VERDICT, ReviewKind.NO_CHECK}
    assert Review.objects.filter(pk__in=acknowledged).count() == len(acknowledged)
    for claim in Claim.objects.filter(article=article):
        last = claim.reviews.exclude(kind=ReviewKind.SKIP).order_by("-id").first()
        if last is not None and last.kind in (ReviewKind.VERDICT, ReviewKind.NO_CHECK):
            assert claim.verdict == last.verdict, claim.pk
    assert counters.drift(article.pk) == {}
    article.refresh_from_db()
    assert article.status == counters.status_for(article)
    assert ArticleEvent.objects.filter(article=article, kind=ArticleEvent.Kind.QUEUE_SCOPE).count()
    assert_counters_match(article)


@pytest.mark.django_db(transaction=True)
def test_no_check_and_scope_switches_through_the_web_never_answer_500():
    editor = make_user("editor", "editor")
    article = add_article(created_by=editor, title="Routes", text=_triage_text(60))
    reviewers = [make_user(f"reviewer{n}", "reviewer") for n in range(8)]
    statuses: list[int] = []
    crowd = Crowd(seconds=5)

    def reviewer_loop(user, rng):
        client = _client_for(user)

        def loop():
            claim = desk.next_claim_for(reviewer=user, article=article)
            if claim is None:
                time.sleep(0.01)
                return
            common = {"version": claim.version, "request_id": str(uuid.uuid4()),
                      "mode": "queue", "article": article.pk}  # fmt: skip
            if rng.random() < 0.5:
                response = client.post(reverse("claim-no-check", args=[claim.pk]), common)
            else:
                response = client.post(
                    reverse("claim-review", args=[claim.pk]),
                    {
                        **common, "verdict": "attributed", "attributed_to": "Officials",
                        "sources-TOTAL_FORMS": "0", "sources-INITIAL_FORMS": "0",
                    },
                )  # fmt: skip
            statuses.append(response.status_code)

        return loop

    def editor_loop(rng):
        client = _client_for(editor)

        def loop():
            if rng.random() < 0.6:
                url = reverse("article-queue-scope", args=[article.pk])
                response = client.post(url, {"scope": rng.choice(QueueScope.values)})
            else:
                closed = Claim.objects.filter(article=article, verdict=Verdict.NO_CHECK).first()
                if closed is None:
                    return
                response = client.post(reverse("claim-undo-no-check", args=[closed.pk]))
            statuses.append(response.status_code)
            time.sleep(0.005)

        return loop

    crowd.add("editor", editor_loop(random.Random(11)))
    for n, user in enumerate(reviewers):
        crowd.add(user.username, reviewer_loop(user, random.Random(200 + n)))
    crowd.run()

    assert statuses and all(status < 500 for status in statuses), sorted(set(statuses))
    assert counters.drift(article.pk) == {}
    assert_counters_match(article)
