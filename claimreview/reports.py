"""Read-side queries: aggregates and look-ups that change nothing."""

import csv
import io
from dataclasses import dataclass

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection, transaction

from claimreview.models import Article, ArticleEvent, Claim, Review, ReviewKind, Verdict

SIMILAR_LIMIT = 3


def similar_reviewed_claims(claim: Claim) -> list[Claim]:
    """Already-reviewed claims in other articles with similar wording (pg_trgm, indexed).

    The `%` operator (trigram_similar) lets PostgreSQL use the GIN trigram index; the
    similarity value then orders the few candidates it finds.
    """
    if len(claim.text) < 20:
        return []
    with transaction.atomic(), connection.cursor() as cursor:
        # Only close matches: fewer candidates for the index scan to re-check.
        cursor.execute("SET LOCAL pg_trgm.similarity_threshold = 0.5")
        return _similar(claim)


def _similar(claim: Claim) -> list[Claim]:
    return list(
        Claim.objects.filter(text__trigram_similar=claim.text)
        .exclude(article_id=claim.article_id)
        .exclude(verdict=Verdict.UNREVIEWED)
        .select_related("article", "reviewed_by")
        .only(
            "id",
            "text",
            "verdict",
            "note",
            "position",
            "reviewed_at",
            "article__id",
            "article__title",
            "reviewed_by__username",
            "reviewed_by__first_name",
            "reviewed_by__last_name",
        )
        .annotate(similarity=TrigramSimilarity("text", claim.text))
        .order_by("-similarity")[:SIMILAR_LIMIT]
    )


# --- the per-article verification report ------------------------------------------------------

REPORT_ORDER = ["disputed", "verified", "attributed", "unreviewed"]
CSV_COLUMNS = [
    "article_id", "article_title", "position", "paragraph", "start", "end", "claim",
    "boilerplate", "verdict", "attributed_to", "note", "reviewer", "reviewed_at",
    "sources", "speaker_hint", "checkworthy", "changed_since_signoff",
]  # fmt: skip


@dataclass
class ReportClaim:
    claim: Claim
    review: Review | None  # the history entry that gave the current verdict
    sources: list
    changed_since_signoff: bool


@dataclass
class Report:
    article: Article
    claims: list[ReportClaim]
    counts: dict[str, int]
    reviewers: list[str]
    first_review_at: object
    last_review_at: object

    @property
    def queued(self) -> int:
        return self.article.queued_count

    @property
    def reviewed_share(self) -> int:
        return self.article.progress_percent

    def by_verdict(self, verdict: str) -> list[ReportClaim]:
        return [c for c in self.claims if c.claim.verdict == verdict and not c.claim.is_boilerplate]

    def sections(self) -> list[tuple[str, str, list[ReportClaim]]]:
        labels = dict(Verdict.choices)
        return [(v, labels[v], self.by_verdict(v)) for v in REPORT_ORDER]


def build_report(article: Article) -> Report:
    """Everything the report shows, in a fixed number of queries whatever the claim count."""
    claims = list(
        Claim.objects.filter(article=article).select_related("reviewed_by").order_by("position")
    )
    verdict_reviews = (
        Review.objects.filter(claim__article=article)
        .exclude(kind=ReviewKind.SKIP)
        .select_related("reviewer")
        .prefetch_related("sources")
        .order_by("claim_id", "-id")
    )
    latest: dict[int, Review] = {}
    reviewers: dict[str, None] = {}
    first_at = last_at = None
    for entry in verdict_reviews:
        latest.setdefault(entry.claim_id, entry)
        if entry.kind == ReviewKind.VERDICT:
            reviewers[str(entry.reviewer)] = None
            first_at = entry.created_at if first_at is None else min(first_at, entry.created_at)
            last_at = entry.created_at if last_at is None else max(last_at, entry.created_at)
    # "Changed since sign-off": after the current sign-off, or the last one if it was withdrawn.
    signed_at = article.signed_off_at or (
        ArticleEvent.objects.filter(article=article, kind=ArticleEvent.Kind.SIGNED_OFF)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    rows = []
    for claim in claims:
        entry = latest.get(claim.pk)
        has_verdict = entry is not None and claim.verdict != Verdict.UNREVIEWED
        rows.append(
            ReportClaim(
                claim=claim,
                review=entry if has_verdict else None,
                sources=list(entry.sources.all()) if has_verdict else [],
                changed_since_signoff=bool(
                    signed_at and entry is not None and entry.created_at > signed_at
                ),
            )
        )
    counts = {
        "disputed": article.disputed_count,
        "verified": article.verified_count,
        "attributed": article.attributed_count,
        "unreviewed": article.unreviewed_count,
        "boilerplate": article.boilerplate_count,
    }
    return Report(article, rows, counts, sorted(reviewers), first_at, last_at)


def _safe_cell(value) -> str:
    """Spreadsheet formula injection: a cell starting with = + - @ is shown as text."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def report_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in report.claims:
        c = row.claim
        writer.writerow(
            [
                _safe_cell(v)
                for v in (
                    report.article.pk, report.article.title, c.position, c.paragraph, c.start,
                    c.end, c.text, "yes" if c.is_boilerplate else "no", c.verdict,
                    c.attributed_to, c.note, c.reviewed_by or "",
                    c.reviewed_at.isoformat() if c.reviewed_at else "",
                    " | ".join(s.url or s.citation for s in row.sources), c.speaker,
                    c.checkworthy_score, "yes" if row.changed_since_signoff else "no",
                )
            ]
        )  # fmt: skip
    # A byte-order mark so spreadsheet programs read the UTF-8 correctly.
    return "\ufeff" + buffer.getvalue()


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def report_json(report: Report) -> dict:
    """The report as data; the schema is REPORT_JSON_SCHEMA (and in the README)."""
    a = report.article
    return {
        "schema": "claimreview.report/1",
        "article": {
            "id": a.pk, "title": a.title, "publication": a.publication, "url": a.url,
            "byline": a.byline, "published_on": _iso(a.published_on), "status": a.status,
            "signed_off_by": str(a.signed_off_by) if a.signed_off_by else None,
            "signed_off_at": _iso(a.signed_off_at),
        },
        "summary": {
            **report.counts, "claims": a.claim_count, "queued": a.queued_count,
            "reviewed_percent": report.reviewed_share, "reviewers": report.reviewers,
            "first_review_at": _iso(report.first_review_at),
            "last_review_at": _iso(report.last_review_at),
        },
        "claims": [
            {
                "position": r.claim.position, "paragraph": r.claim.paragraph,
                "start": r.claim.start, "end": r.claim.end, "text": r.claim.text,
                "boilerplate": r.claim.is_boilerplate, "verdict": r.claim.verdict,
                "attributed_to": r.claim.attributed_to or None, "note": r.claim.note or None,
                "reviewer": str(r.claim.reviewed_by) if r.claim.reviewed_by else None,
                "reviewed_at": _iso(r.claim.reviewed_at),
                "changed_since_signoff": r.changed_since_signoff,
                "sources": [
                    {"url": s.url or None, "citation": s.citation or None,
                     "title": s.title or None, "quote": s.quote or None}
                    for s in r.sources
                ],
                "hints": {"speaker": r.claim.speaker or None, "cue": r.claim.cue or None,
                          "checkworthy": r.claim.checkworthy_score},
            }
            for r in report.claims
        ],
    }  # fmt: skip


_NULLABLE_STRING = {"type": ["string", "null"]}
REPORT_JSON_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["schema", "article", "summary", "claims"],
    "properties": {
        "schema": {"const": "claimreview.report/1"},
        "article": {
            "type": "object",
            "required": ["id", "title", "status", "url"],
            "properties": {
                "id": {"type": "integer"},
                "title": {"type": "string"},
                "status": {"enum": ["new", "in_review", "reviewed", "signed_off"]},
                "url": {"type": "string"},
                "signed_off_at": _NULLABLE_STRING,
            },
        },
        "summary": {
            "type": "object",
            "required": [
                "disputed",
                "verified",
                "attributed",
                "unreviewed",
                "boilerplate",
                "claims",
                "queued",
                "reviewed_percent",
                "reviewers",
            ],
            "properties": {"reviewers": {"type": "array", "items": {"type": "string"}}},
        },
        "claims": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["position", "start", "end", "text", "verdict", "sources"],
                "properties": {
                    "position": {"type": "integer", "minimum": 1},
                    "start": {"type": "integer", "minimum": 0},
                    "end": {"type": "integer", "minimum": 1},
                    "verdict": {"enum": ["unreviewed", "attributed", "disputed", "verified"]},
                    "sources": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"url": _NULLABLE_STRING, "citation": _NULLABLE_STRING},
                        },
                    },
                },
            },
        },
    },
}

# Our verdicts on schema.org's 1–5 rating scale (ClaimReview convention: 1 false, 5 true).
_RATING = {"disputed": 1, "verified": 5}


def report_claimreview(report: Report, *, report_url: str, publisher: str) -> list[dict]:
    """schema.org ClaimReview JSON-LD for each verified or disputed claim."""
    a = report.article
    items = []
    for row in report.claims:
        claim = row.claim
        if claim.verdict not in _RATING or claim.is_boilerplate:
            continue
        item_reviewed = {
            "@type": "Claim",
            "appearance": {"@type": "CreativeWork", "url": a.url or report_url,
                           "headline": a.title},
        }  # fmt: skip
        if claim.speaker:
            item_reviewed["author"] = {"@type": "Thing", "name": claim.speaker}
        items.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": f"{report_url}#claim-{claim.position}",
                "claimReviewed": claim.text,
                "itemReviewed": item_reviewed,
                "author": {"@type": "Organization", "name": publisher},
                "datePublished": (claim.reviewed_at or a.created_at).date().isoformat(),
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": _RATING[claim.verdict],
                    "bestRating": 5,
                    "worstRating": 1,
                    "alternateName": claim.get_verdict_display(),
                },
            }
        )
    return items
