"""A new version of an article: its text replaced, every review that still stands kept.

`plan` says what an update would do (read-only: the preview shows it); `update_article` does
it as one desk change under the lock protocol (the article row, then its claims in position
order), through `changes.commit_many` (versions, leases, history, counters) and
`counters.settle` (status, sign-off withdrawal):

- a claim whose text is still in the new body word for word keeps everything (verdict, note,
  sources, reviewer, history, the editor's corrections); only its offsets, position and
  paragraph follow the new body;
- a changed sentence (near-identical, `align.SIMILAR`) keeps its row and history, takes the new
  text and fresh hints, and goes back to the queue; its verdict is kept as the previous one, "on
  version N", for a one-key "still holds" (`verdicts.still_holds`);
- a new sentence is a new claim in the queue;
- a removed sentence is never deleted: the claim is retired (`retired_in_version`) with its
  verdict and history, and version N's snapshot still shows it in place.

Offsets are exact against the new body (`body[start:end] == text` for every current claim).
"""

import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claimreview import text as engine
from claimreview.desk import align, changes, counters, locks
from claimreview.desk.errors import DeskError
from claimreview.desk.ingest import PreparedArticle, hint_fields
from claimreview.models import (
    Article,
    ArticleEvent,
    ArticleVersion,
    Claim,
    Review,
    ReviewKind,
    User,
    Verdict,
)

log = logging.getLogger("claimreview.desk")

SAME, CHANGED, ADDED, REMOVED = align.SAME, align.CHANGED, align.ADDED, align.REMOVED
KINDS = (SAME, CHANGED, ADDED, REMOVED)

# What an update writes on a claim it rewrites (changed or retired); kept claims get _MOVED only.
_MOVED = ["position", "paragraph", "start", "end"]
_REWRITTEN = [
    *_MOVED, "text", "is_boilerplate", "boilerplate_reason", "speaker", "cue", "attributions",
    "checkworthy_score", "checkworthy_reasons", "verdict", "note", "attributed_to", "reviewed_by",
    "reviewed_at", "retired_in_version", "previous_verdict", "previous_verdict_version",
    "previous_review",
]  # fmt: skip


@dataclass
class Line(align.KindOfLine):
    """One claim of the update, in the new reading order (a removed one where it stood)."""

    kind: str
    claim: Claim | None  # the current claim it carries (None for an added sentence)
    span: align.Span | None  # where it is in the new body (None for a removed one)
    text: str  # the new text (the old one for a removed claim)
    score: float = 0.0
    moved: bool = False
    is_boilerplate: bool = False  # after the update

    @property
    def old_text(self) -> str:
        return self.claim.text if self.claim is not None else ""


@dataclass
class Plan:
    based_on: int  # the article version the plan was made against
    prepared: PreparedArticle
    lines: list[Line]
    counts: dict[str, int] = field(default_factory=dict)
    # Claims the update puts in the queue (changed or added, not boilerplate): they decide
    # whether a reviewed or signed-off article goes back to "in review".
    queued_work: int = 0

    @property
    def unchanged(self) -> bool:
        return self.counts[SAME] == len(self.lines)


def plan(*, article: Article, claims: list[Claim], prepared: PreparedArticle) -> Plan:
    """What updating `article` (whose current claims, in position order, are `claims`) to the
    prepared text does, claim by claim. Changes nothing."""
    body = prepared.body
    sentences = prepared.sentences
    spans = align.carry([c.text for c in claims], body, [(s.start, s.end) for s in sentences])
    new_texts = [body[s.start : s.end] for s in spans]
    exact = {span.old: n for n, span in enumerate(spans) if span.old is not None}
    pairs = align.in_reading_order(align.match([c.text for c in claims], new_texts, exact=exact))
    lines = []
    for pair in pairs:
        claim = claims[pair.old] if pair.old is not None else None
        if pair.kind == REMOVED:
            lines.append(
                Line(REMOVED, claim, None, claim.text, is_boilerplate=claim.is_boilerplate)
            )
            continue
        span = spans[pair.new]
        if pair.kind == SAME:
            flag = claim.is_boilerplate
        else:
            flag = sentences[span.sentence].is_boilerplate
        lines.append(
            Line(pair.kind, claim, span, new_texts[pair.new], pair.score, pair.moved, flag)
        )
    counts = {kind: sum(1 for line in lines if line.kind == kind) for kind in KINDS}
    queued_work = sum(
        1 for line in lines if line.kind in (CHANGED, ADDED) and not line.is_boilerplate
    )
    return Plan(article.version, prepared, lines, counts, queued_work)


def preview(*, article: Article, prepared: PreparedArticle) -> Plan:
    """The plan against the article's claims as they are now (no locks: the save plans again)."""
    claims = list(Claim.objects.filter(article=article).order_by("position"))
    return plan(article=article, claims=claims, prepared=prepared)


@dataclass
class UpdateResult:
    article: Article
    plan: Plan
    version: int
    notices: list[str] = field(default_factory=list)


def update_article(
    *,
    article_id: int,
    prepared: PreparedArticle,
    by: User,
    based_on: int | None = None,
    title: str = "",
    now=None,
) -> UpdateResult:
    """Make `prepared` the article's next version, carrying every review that still stands.

    `based_on`: the version the editor saw the preview of; if someone saved a newer one
    meanwhile, nothing is saved (DeskError) and the editor looks at the changes again."""
    now = now or timezone.now()
    with transaction.atomic():
        article = locks.article(article_id, with_texts=True)
        if based_on is not None and article.version != based_on:
            raise DeskError(
                f"Version {article.version} of this article was saved while you were looking at "
                "the changes. Nothing was saved: check the changes again."
            )
        if prepared.body == article.body:
            raise DeskError(
                f"The text is the same as version {article.version}: there is nothing to update."
            )
        claims = locks.claims(article)
        made = plan(article=article, claims=claims, prepared=prepared)
        number = article.version + 1
        snapshot = [
            [c.pk, c.position, c.paragraph, c.start, c.end, c.verdict, c.is_boilerplate]
            for c in claims
        ]
        made.queued_work = _apply(made, article, number=number, by=by)
        new_title = title.strip()[:300] or article.title
        _keep_versions(
            article, made, number=number, snapshot=snapshot, by=by, now=now, title=new_title
        )
        article.raw_text = prepared.raw_text
        article.body = prepared.body
        article.body_sha256 = prepared.body_sha256
        article.version = number
        article.title = new_title
        article.save(update_fields=["raw_text", "body", "body_sha256", "version", "title"])
        counts = made.counts
        summary = (
            f"{counts[CHANGED]} changed, {counts[ADDED]} added, {counts[REMOVED]} removed, "
            f"{counts[SAME]} kept"
        )
        ArticleEvent.objects.create(
            article=article, actor=by, kind=ArticleEvent.Kind.UPDATED,
            detail=f"Version {number}: {summary}",
        )  # fmt: skip
        was_status = article.status
        notices = counters.settle(
            article, actor=by, now=now, withdraws_signoff=made.queued_work > 0,
            what=f"Version {number} ({made.queued_work} claim(s) to check again)",
        )  # fmt: skip
        if made.queued_work and article.status != was_status and not notices:
            notices.append(
                f"{made.queued_work} changed or new claim(s) are in the queue: the article is "
                f"{article.get_status_display().lower()} again."
            )
    log.info("article %s: version %s by %s (%s)", article.pk, number, by, summary)
    return UpdateResult(article=article, plan=made, version=number, notices=notices)


def _apply(made: Plan, article: Article, *, number: int, by: User) -> int:
    """Write the plan; returns how many claims it put in the queue."""
    sentences = made.prepared.sentences
    body = made.prepared.body
    rewritten = [line.claim.pk for line in made.lines if line.kind == CHANGED]
    # Boilerplate an editor marked or restored stays the editor's decision on changed text.
    by_editor = set(
        Review.objects.filter(claim_id__in=rewritten, kind=ReviewKind.BOILERPLATE).values_list(
            "claim_id", flat=True
        )
    )
    # The entry that gave each changed claim its current verdict: "still holds" restores it.
    decided = {
        claim_id: review_id
        for claim_id, review_id in Review.objects.filter(claim_id__in=rewritten)
        .filter(~Q(kind=ReviewKind.SKIP))
        .order_by("claim_id", "-id")
        .distinct("claim_id")
        .values_list("claim_id", "id")
    }
    moved: list[Claim] = []
    touched: list[changes.Change] = []
    position = 0
    for line in made.lines:
        if line.kind == REMOVED:
            claim = line.claim
            was = changes.before(claim, article)
            claim.retired_in_version = number
            touched.append(
                changes.Change(claim, was, ReviewKind.REMOVED, f"Removed in version {number}")
            )
            continue
        position += 1
        span = line.span
        sentence = sentences[span.sentence]
        if line.kind == SAME:
            claim = line.claim
            place = (position, sentence.paragraph, span.start, span.end)
            if (claim.position, claim.paragraph, claim.start, claim.end) != place:
                claim.position, claim.paragraph, claim.start, claim.end = place
                moved.append(claim)
            continue
        text = body[span.start : span.end]
        hints = hint_fields(sentence if span.whole else engine.analyze_sentence(text))
        if line.kind == ADDED:
            claim = Claim(
                article=article, position=position, paragraph=sentence.paragraph,
                start=span.start, end=span.end, text=text,
                is_boilerplate=sentence.is_boilerplate,
                boilerplate_reason=sentence.boilerplate_reason if sentence.is_boilerplate else "",
                first_version=number, **hints,
            )  # fmt: skip
            note = f"Added in version {number}"
            touched.append(changes.Change(claim, None, ReviewKind.ADDED, note))
            continue
        claim = line.claim
        was = changes.before(claim, article)
        old_text = claim.text
        claim.position, claim.paragraph = position, sentence.paragraph
        claim.start, claim.end, claim.text = span.start, span.end, text
        for name, value in hints.items():
            setattr(claim, name, value)
        if claim.pk not in by_editor:
            claim.is_boilerplate = sentence.is_boilerplate
            claim.boilerplate_reason = sentence.boilerplate_reason if claim.is_boilerplate else ""
        if claim.verdict != Verdict.UNREVIEWED and claim.pk in decided:
            claim.previous_verdict = claim.verdict
            claim.previous_verdict_version = number - 1
            claim.previous_review_id = decided[claim.pk]
        claim.verdict = Verdict.UNREVIEWED
        claim.note, claim.attributed_to = "", ""
        claim.reviewed_by, claim.reviewed_at = None, None
        touched.append(
            changes.Change(
                claim, was, ReviewKind.TEXT_CHANGED, f"Changed in version {number}",
                text_before=old_text,
            )
        )  # fmt: skip
    if moved:
        Claim.all_versions.bulk_update(moved, _MOVED, batch_size=1000)
    # Changed and retired rows are written with every column an update may touch.
    changes.commit_many(touched, article, actor=by, fields=_REWRITTEN, article_version=number)
    unreviewed = counters.BUCKET_FIELDS[Verdict.UNREVIEWED]
    return sum(
        1
        for change in touched
        if change.claim.retired_in_version is None
        and counters.bucket_of(change.claim, scope=article.queue_scope) == unreviewed
    )


def _keep_versions(
    article, made: Plan, *, number: int, snapshot: list, by: User, now, title: str
) -> None:
    """The replaced version keeps its claims as they were (a never-updated article gets its
    version 1 row first, from the article row); the new version gets its row."""
    old = article.version
    kept = ArticleVersion.objects.filter(article=article, number=old).update(claims=snapshot)
    if not kept:
        ArticleVersion.objects.create(
            article=article, number=old, title=article.title, raw_text=article.raw_text,
            body=article.body, body_sha256=article.body_sha256,
            created_by_id=article.created_by_id, created_at=article.created_at,
            changes={}, claims=snapshot,
        )  # fmt: skip
    ArticleVersion.objects.create(
        article=article, number=number, title=title, raw_text=made.prepared.raw_text,
        body=made.prepared.body, body_sha256=made.prepared.body_sha256, created_by=by,
        created_at=now, changes=made.counts, claims=[],
    )  # fmt: skip
