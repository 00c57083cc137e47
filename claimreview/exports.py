"""The verification report as files: CSV, JSON (with its JSON Schema), schema.org ClaimReview.

Every export publishes the reviewer's `attributed_to` as the source a claim was checked
against; the text engine's speaker is only ever a labelled hint (`speaker_hint`, `hints`).

"No check needed" is not a verdict: a claim closed that way has no verdict in any export (an
empty cell, null) and is in its own `group` (`no_check`), like the report page; ClaimReview
never lists it. `group` is the report's group of each claim: a verdict, `no_check`,
`unreviewed`, `not_queued` (left out by "check-worthy only") or `boilerplate`.
"""

import csv
import io

from claimreview.desk import counters
from claimreview.models import GIVEN_VERDICTS, ArticleStatus, Claim, Verdict
from claimreview.report import Report

CSV_COLUMNS = [
    "article_id", "article_title", "position", "paragraph", "start", "end", "claim",
    "boilerplate", "verdict", "group", "attributed_to", "note", "reviewer", "reviewed_at",
    "sources", "speaker_hint", "checkworthy", "changed_since_signoff", "article_version",
    "first_version", "changed_since_verdict", "previous_verdict", "previous_verdict_version",
]  # fmt: skip
# Every value of `group` (counters.bucket_name), and what `verdict` may say.
GROUPS = list(counters.BUCKET_FIELDS)
EXPORTED_VERDICTS = [*GIVEN_VERDICTS, Verdict.UNREVIEWED]


def _verdict(claim: Claim) -> str | None:
    """The claim's verdict as exports give it: none for "no check needed" (not a verdict)."""
    return claim.verdict if claim.verdict in EXPORTED_VERDICTS else None


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
                    c.end, c.text, "yes" if c.is_boilerplate else "no", _verdict(c), row.group,
                    c.attributed_to, c.note, row.reviewer_name,
                    c.reviewed_at.isoformat() if c.reviewed_at else "",
                    " | ".join(s.url or s.citation for s in row.sources), c.speaker,
                    c.checkworthy_score, "yes" if row.changed_since_signoff else "no",
                    report.version, c.first_version,
                    "yes" if row.changed_since_verdict else "no", c.previous_verdict,
                    c.previous_verdict_version or "",
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
            "version": report.version, "version_created_at": _iso(report.version_at),
            "signed_off_version": report.signed_off_version,
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
                "boilerplate": r.claim.is_boilerplate, "verdict": _verdict(r.claim),
                "group": r.group, "attributed_to": r.claim.attributed_to or None,
                "note": r.claim.note or None, "reviewer": r.reviewer_name or None,
                "reviewed_at": _iso(r.claim.reviewed_at),
                "changed_since_signoff": r.changed_since_signoff,
                "first_version": r.claim.first_version,
                "changed_since_verdict": r.changed_since_verdict,
                "previous_verdict": r.claim.previous_verdict or None,
                "previous_verdict_version": r.claim.previous_verdict_version,
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
            "required": ["id", "title", "status", "url", "version"],
            "properties": {
                "id": {"type": "integer"},
                "version": {"type": "integer", "minimum": 1},
                "version_created_at": _NULLABLE_STRING,
                "signed_off_version": {"type": ["integer", "null"]},
                "title": {"type": "string"},
                "status": {"enum": ArticleStatus.values},
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
                "no_check",
                "unreviewed",
                "not_queued",
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
                "required": [
                    "position",
                    "start",
                    "end",
                    "text",
                    "verdict",
                    "group",
                    "sources",
                    "first_version",
                    "changed_since_verdict",
                ],
                "properties": {
                    "first_version": {"type": "integer", "minimum": 1},
                    "changed_since_verdict": {"type": "boolean"},
                    # The verdict before the sentence changed, and the version it was on.
                    "previous_verdict": {"enum": [*Verdict.values, None]},
                    "previous_verdict_version": {"type": ["integer", "null"]},
                    "position": {"type": "integer", "minimum": 1},
                    "start": {"type": "integer", "minimum": 0},
                    "end": {"type": "integer", "minimum": 1},
                    # null: closed as "no check needed", which is not a verdict (see group).
                    "verdict": {"enum": [*EXPORTED_VERDICTS, None]},
                    "group": {"enum": GROUPS},
                    # The source the reviewer named; the engine's guess is hints.speaker.
                    "attributed_to": _NULLABLE_STRING,
                    "hints": {
                        "type": "object",
                        "properties": {"speaker": _NULLABLE_STRING, "cue": _NULLABLE_STRING},
                    },
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
_RATING = {Verdict.DISPUTED: 1, Verdict.VERIFIED: 5}


def report_claimreview(report: Report, *, report_url: str, publisher: str) -> list[dict]:
    """schema.org ClaimReview JSON-LD for each verified or disputed claim (never a claim with
    no verdict, "no check needed" included)."""
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
        # Who made the claim is what the reviewer checked and named (attributed_to), never the
        # text engine's guess (speaker): with no name from the reviewer, no author.
        if claim.attributed_to:
            item_reviewed["author"] = {"@type": "Thing", "name": claim.attributed_to}
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
