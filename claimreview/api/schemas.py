"""What the API takes and gives, as pydantic models: the OpenAPI document is made from these.

Inputs refuse unknown fields and wrong types (a number is not a string, "true" is not a
boolean), NUL bytes and broken characters (`imports.Text`), with a 422 naming the field.
The report's schema is the exporter's own (`exports.REPORT_JSON_SCHEMA`): one schema for the
JSON export and the API.
"""

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, WithJsonSchema

from claimreview.exports import REPORT_JSON_SCHEMA
from claimreview.imports import BODY_CHARS, ArticleSource, Text
from claimreview.models import GIVEN_VERDICTS, ArticleStatus, ImportStatus, Verdict


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# --- articles -----------------------------------------------------------------------------------
class ArticleIn(ArticleSource):
    """A new article: `body` (its text: plain, Markdown-ish or a page's HTML) or `url` (a page
    the server fetches in the background: the answer is 202 with the import to follow).
    Empty title, byline, date and publication are found in the text or page."""

    allow_duplicate: StrictBool = Field(
        default=False, description="Add it even if the same text is here already."
    )


class ArticleUpdateIn(Strict):
    """A new version of the article's text; `based_on` is the version you last read (a newer
    one saved meanwhile is a 409)."""

    body: Text(BODY_CHARS)
    based_on: StrictInt = Field(ge=1, le=2**31 - 1)
    title: Text(300) = ""


class Counts(Out):
    claims: int
    boilerplate: int
    not_queued: int
    unreviewed: int
    no_check: int
    attributed: int
    disputed: int
    verified: int


class ArticleOut(Out):
    id: int
    title: str
    publication: str
    url: str
    byline: str
    published_on: date | None
    status: ArticleStatus
    version: int
    priority: int
    queue_scope: str
    counts: Counts
    created_at: datetime
    last_activity_at: datetime
    signed_off_at: datetime | None

    @classmethod
    def of(cls, article) -> "ArticleOut":
        return cls(
            id=article.pk, title=article.title, publication=article.publication,
            url=article.url, byline=article.byline, published_on=article.published_on,
            status=article.status, version=article.version, priority=article.priority,
            queue_scope=article.queue_scope, created_at=article.created_at,
            last_activity_at=article.last_activity_at, signed_off_at=article.signed_off_at,
            counts=Counts(
                claims=article.claim_count, boilerplate=article.boilerplate_count,
                not_queued=article.not_queued_count, unreviewed=article.unreviewed_count,
                no_check=article.no_check_count, attributed=article.attributed_count,
                disputed=article.disputed_count, verified=article.verified_count,
            ),
        )  # fmt: skip


class ArticlePage(BaseModel):
    items: list[ArticleOut]
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page; null: last.")


class Hints(Out):
    """The text engine's hints: computed, never a verdict."""

    speaker: str
    cue: str
    attributions: list[dict[str, Any]]
    checkworthy: int
    checkworthy_reasons: list[Any]
    boilerplate_reason: str


class ClaimOut(Out):
    id: int
    article_id: int
    position: int
    paragraph: int
    start: int
    end: int
    text: str
    boilerplate: bool
    verdict: Verdict
    note: str
    attributed_to: str
    reviewed_at: datetime | None
    version: int = Field(description="Send as expected_version with a verdict.")
    first_version: int
    previous_verdict: str
    hints: Hints

    @classmethod
    def of(cls, claim) -> "ClaimOut":
        return cls(
            id=claim.pk, article_id=claim.article_id, position=claim.position,
            paragraph=claim.paragraph, start=claim.start, end=claim.end, text=claim.text,
            boilerplate=claim.is_boilerplate, verdict=claim.verdict, note=claim.note,
            attributed_to=claim.attributed_to, reviewed_at=claim.reviewed_at,
            version=claim.version, first_version=claim.first_version,
            previous_verdict=claim.previous_verdict,
            hints=Hints(
                speaker=claim.speaker, cue=claim.cue, attributions=claim.attributions,
                checkworthy=claim.checkworthy_score,
                checkworthy_reasons=claim.checkworthy_reasons,
                boilerplate_reason=claim.boilerplate_reason,
            ),
        )  # fmt: skip


class ArticleDetail(ArticleOut):
    claims: list[ClaimOut]


# The JSON export's own schema (exports.REPORT_JSON_SCHEMA), as the report's response schema.
_REPORT_SCHEMA = {k: v for k, v in REPORT_JSON_SCHEMA.items() if k != "$schema"}
Report = Annotated[dict[str, Any], WithJsonSchema(_REPORT_SCHEMA)]


# --- claims and verdicts ------------------------------------------------------------------------
class SourceIn(Strict):
    url: Text(2000) = ""
    citation: Text(500) = ""
    title: Text(300) = ""
    quote: Text(5000) = ""


class VerdictIn(Strict):
    verdict: Literal[tuple(v.value for v in GIVEN_VERDICTS)]  # type: ignore[valid-type]
    note: Text(20_000) = ""
    attributed_to: Text(300) = ""
    sources: list[SourceIn] = Field(default_factory=list, max_length=10)
    expected_version: StrictInt = Field(
        ge=1,
        le=2**31 - 1,
        description="The claim's `version` you read: a newer one means someone else decided first.",
    )


class NoCheckIn(Strict):
    expected_version: StrictInt = Field(ge=1, le=2**31 - 1)


class HistoryEntry(Out):
    id: int
    kind: str
    verdict_before: str
    verdict: str
    note: str
    attributed_to: str
    reviewer: str
    created_at: datetime


class ClaimDetail(ClaimOut):
    history: list[HistoryEntry]


class Decision(BaseModel):
    """A verdict or "no check needed" saved (201), or saved before with this Idempotency-Key
    (200, `duplicate`)."""

    claim: ClaimOut
    review_id: int
    duplicate: bool
    notices: list[str]


class Side(BaseModel):
    verdict: str
    note: str
    attributed_to: str
    reviewer: str | None = None
    at: datetime | None = None
    claim_version: int | None = None


class Conflict(BaseModel):
    detail: str
    yours: Side
    theirs: Side


class LeasedClaim(ClaimOut):
    lease_expires_at: datetime | None


class SearchHitOut(BaseModel):
    claim_id: int
    article_id: int
    article_title: str
    position: int
    text: str
    verdict: str
    current: bool = Field(description="False: a claim of an earlier version of its article.")
    rank: float


class SearchPage(BaseModel):
    items: list[SearchHitOut]
    total: int = Field(description="Capped: more than 1,000 hits count as 1,001.")
    next_cursor: str | None


# --- imports ------------------------------------------------------------------------------------
class ImportItemOut(Out):
    position: int
    label: str
    status: ImportStatus
    message: str
    article_id: int | None
    attempts: int


class ImportOut(BaseModel):
    id: int
    name: str
    total: int
    done: int
    failed: int
    waiting: int
    items: list[ImportItemOut]


class Problem(BaseModel):
    detail: str | list[Any]


class SignOffOut(ArticleOut):
    pass


class UpdateOut(BaseModel):
    article: ArticleOut
    version: int
    counts: dict[str, int]
    notices: list[str]
