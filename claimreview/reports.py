"""Read-side queries: aggregates and look-ups that change nothing."""

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramSimilarity,
)
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import Aggregate, Count, DurationField, F, QuerySet, Sum, Value
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from claimreview.models import (
    Article,
    ArticleEvent,
    Claim,
    Review,
    ReviewKind,
    Source,
    User,
    Verdict,
)

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
# What the report and its exports show of a claim (not the lease, the JSON hints, the version).
_REPORT_CLAIM_FIELDS = (
    "id", "article_id", "position", "paragraph", "start", "end", "text", "is_boilerplate",
    "speaker", "cue", "checkworthy_score", "verdict", "note", "attributed_to", "reviewed_at",
    "reviewed_by_id",
)  # fmt: skip
# Shown next to the colour everywhere, so the report never relies on colour alone.
_VERDICT_SYMBOLS = {"disputed": "✗", "verified": "✓", "attributed": "❝"}
CSV_COLUMNS = [
    "article_id", "article_title", "position", "paragraph", "start", "end", "claim",
    "boilerplate", "verdict", "attributed_to", "note", "reviewer", "reviewed_at",
    "sources", "speaker_hint", "checkworthy", "changed_since_signoff",
]  # fmt: skip


@dataclass
class ReportClaim:
    claim: Claim
    sources: list  # of the current verdict
    changed_since_signoff: bool
    # Worked out once here: a 2,000-claim report would otherwise spend most of its time in
    # template lookups and the date filter.
    new_paragraph: bool = False
    css_verdict: str = ""
    symbol: str = ""
    reviewer_name: str = ""
    reviewed_line: str = ""


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
    """Everything the report shows, in a fixed number of queries whatever the claim count.

    The history is read as plain tuples, not model instances: a 2,000-claim report has
    thousands of history rows, and only a few of their columns are shown.
    """
    claims = list(
        Claim.objects.filter(article=article).only(*_REPORT_CLAIM_FIELDS).order_by("position")
    )
    history = (
        Review.objects.filter(claim__article=article)
        .exclude(kind=ReviewKind.SKIP)
        .order_by("claim_id", "-id")
        .values_list("id", "claim_id", "kind", "reviewer_id", "created_at")
    )
    latest: dict[int, tuple[int, object]] = {}  # claim id -> (review id, time) of its last change
    verdict_givers: set[int] = set()
    first_at = last_at = None
    for review_id, claim_id, kind, reviewer_id, created_at in history:
        latest.setdefault(claim_id, (review_id, created_at))
        if kind == ReviewKind.VERDICT:
            verdict_givers.add(reviewer_id)
            first_at = created_at if first_at is None else min(first_at, created_at)
            last_at = created_at if last_at is None else max(last_at, created_at)
    # One User per person, not one per claim (select_related would build 2,000 of them).
    people = {
        user.pk: user
        for user in User.objects.filter(
            pk__in=verdict_givers | {c.reviewed_by_id for c in claims if c.reviewed_by_id}
        ).only("id", "username", "first_name", "last_name")
    }
    reviewers = sorted(str(people[pk]) for pk in verdict_givers if pk in people)
    # Sources of each claim's current verdict only (earlier verdicts keep theirs in the history).
    current_reviews = {
        review_id
        for claim in claims
        if claim.verdict != Verdict.UNREVIEWED and claim.pk in latest
        for review_id in (latest[claim.pk][0],)
    }
    sources: dict[int, list[Source]] = {}
    for source in Source.objects.filter(review__claim__article=article).order_by("id"):
        if source.review_id in current_reviews:
            sources.setdefault(source.review_id, []).append(source)
    # "Changed since sign-off": after the current sign-off, or the last one if it was withdrawn.
    signed_at = article.signed_off_at or (
        ArticleEvent.objects.filter(article=article, kind=ArticleEvent.Kind.SIGNED_OFF)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    rows = []
    for index, claim in enumerate(claims):
        review_id, changed_at = latest.get(claim.pk, (None, None))
        reviewer = people.get(claim.reviewed_by_id)
        reviewer_name = str(reviewer) if reviewer is not None else ""
        reviewed_line = ""
        if reviewer_name and claim.reviewed_at is not None:
            when = timezone.localtime(claim.reviewed_at)
            reviewed_line = f"{reviewer_name} · {when.day} {when:%b %Y, %H:%M}"
        rows.append(
            ReportClaim(
                claim=claim,
                sources=sources.get(review_id, []) if review_id in current_reviews else [],
                changed_since_signoff=bool(signed_at and changed_at and changed_at > signed_at),
                new_paragraph=index > 0 and claims[index - 1].paragraph != claim.paragraph,
                css_verdict="boilerplate" if claim.is_boilerplate else claim.verdict,
                symbol=_VERDICT_SYMBOLS.get(claim.verdict, ""),
                reviewer_name=reviewer_name,
                reviewed_line=reviewed_line,
            )
        )
    counts = {
        "disputed": article.disputed_count,
        "verified": article.verified_count,
        "attributed": article.attributed_count,
        "unreviewed": article.unreviewed_count,
        "boilerplate": article.boilerplate_count,
    }
    return Report(article, rows, counts, reviewers, first_at, last_at)


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
                    c.attributed_to, c.note, row.reviewer_name,
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
                "reviewer": r.reviewer_name or None,
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


# --- the dashboard ------------------------------------------------------------------------------

# Every sort has its own index ending in id (see Article.Meta.indexes): the order is total, so
# pages never repeat or drop a row, and a page reads only its own rows.
DASHBOARD_SORTS = {
    "newest": ("Newest first", ("-created_at", "-id")),
    "oldest": ("Oldest first", ("created_at", "id")),
    "activity": ("Latest activity", ("-last_activity_at", "-id")),
    "disputed": ("Most disputed", ("-disputed_count", "-id")),
    "unreviewed": ("Most left to review", ("-unreviewed_count", "-id")),
}
DASHBOARD_PAGE_SIZE = 25
# The columns the dashboard shows: never the body, which can be a megabyte per row.
_DASHBOARD_FIELDS = (
    "id", "title", "publication", "status", "priority", "claim_count", "boilerplate_count",
    "unreviewed_count", "attributed_count", "disputed_count", "verified_count", "created_at",
    "last_activity_at",
)  # fmt: skip


def dashboard_articles(
    *, query: str = "", status: str = "", has_disputed: bool = False, sort: str = "newest"
) -> QuerySet[Article]:
    """The dashboard's rows: filtered and ordered entirely by indexes, counts from counters."""
    query = query.replace("\x00", "").strip()  # PostgreSQL refuses NUL in a parameter
    articles = Article.objects.only(*_DASHBOARD_FIELDS)
    if status:
        articles = articles.filter(status=status)
    if has_disputed:
        articles = articles.filter(disputed_count__gt=0)
    if query:
        # ILIKE '%query%' is served by the title's trigram index.
        articles = articles.filter(title__icontains=query)
    return articles.order_by(*DASHBOARD_SORTS.get(sort, DASHBOARD_SORTS["newest"])[1])


class TwoEndedPaginator(Paginator):
    """Pages past the middle are read from the other end of the index.

    OFFSET walks every row before the page: the last of 4,000 pages costs 100,000 index
    entries. Reading it in reverse order from the end costs 25, so no page costs more than the
    middle one.
    """

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if bottom <= self.count // 2 or not self.object_list.ordered:
            return super().page(number)
        rows = list(self.object_list.reverse()[self.count - top : self.count - bottom])
        return self._get_page(rows[::-1], number, self)


def dashboard_page(articles: QuerySet[Article], page_number) -> object:
    return TwoEndedPaginator(articles, DASHBOARD_PAGE_SIZE).get_page(page_number)


# --- full-text search over claims --------------------------------------------------------------

SEARCH_PAGE_SIZE = 20
# Counting every hit of a common word over millions of claims costs more than it tells; past
# this many the page says "more than".
SEARCH_COUNT_LIMIT = 1000
# ts_headline marks hits with these private-use characters; the text is escaped first and only
# then are they turned into <mark>, so a claim's own HTML can never reach the page.
_MARK_START, _MARK_STOP = "\ue000", "\ue001"


@dataclass
class SearchHit:
    claim: Claim
    rank: float
    highlighted: SafeString


@dataclass
class SearchResults:
    query: str
    verdict: str
    hits: list[SearchHit] = field(default_factory=list)
    count: int = 0  # capped at SEARCH_COUNT_LIMIT + 1
    page: int = 1
    has_next: bool = False

    @property
    def count_limit(self) -> int:
        return SEARCH_COUNT_LIMIT

    @property
    def count_is_capped(self) -> bool:
        """Past SEARCH_COUNT_LIMIT hits the order is newest first instead of best match."""
        return self.count > SEARCH_COUNT_LIMIT

    @property
    def first_index(self) -> int:
        return (self.page - 1) * SEARCH_PAGE_SIZE + 1


def _highlight(headline: str, text: str) -> SafeString:
    if _MARK_START in text or _MARK_STOP in text:
        return escape(text)  # the claim itself holds our markers: show it plain
    marked = escape(headline).replace(_MARK_START, "<mark>").replace(_MARK_STOP, "</mark>")
    return mark_safe(marked)  # noqa: S308 - escaped above; only our own <mark> tags are added


def search_claims(*, query: str, verdict: str = "", page: int = 1) -> SearchResults:
    """Claims matching `query` (web-search syntax, stemmed English), best match first.

    Three queries whatever the data size: a capped count, one page of ids (by rank, or newest
    first when there are too many hits to rank), and the page's highlighted claims.
    """
    query = query.replace("\x00", "").strip()[:200]
    results = SearchResults(query=query, verdict=verdict, page=max(page, 1))
    if not query:
        return results
    search = SearchQuery(query, search_type="websearch", config="english")
    matches = Claim.objects.filter(is_boilerplate=False, search_vector=search)
    if verdict:
        matches = matches.filter(verdict=verdict)
    # No ORDER BY in the count: Claim's default ordering would sort every hit before the LIMIT.
    results.count = matches.order_by().values("id")[: SEARCH_COUNT_LIMIT + 1].count()
    if not results.count:
        return results
    offset = (results.page - 1) * SEARCH_PAGE_SIZE
    if results.count_is_capped:
        # Ranking means scoring every hit: a common word over millions of claims takes a
        # second, and its scores barely differ. Newest first reads just one page through the
        # primary key instead; the page says so and suggests more words.
        ranked = list(
            matches.order_by("-id").values_list("id", Value(0.0))[
                offset : offset + SEARCH_PAGE_SIZE + 1
            ]
        )
    else:
        ranked = list(
            matches.annotate(rank=SearchRank(F("search_vector"), search))
            .order_by("-rank", "-id")
            .values_list("id", "rank")[offset : offset + SEARCH_PAGE_SIZE + 1]
        )
    results.has_next = len(ranked) > SEARCH_PAGE_SIZE
    ranked = ranked[:SEARCH_PAGE_SIZE]
    claims = Claim.objects.select_related("article").only(
        "id", "position", "text", "verdict", "speaker", "reviewed_at",
        "article__id", "article__title", "article__publication", "article__status",
    )  # fmt: skip
    claims = claims.annotate(
        headline=SearchHeadline(
            "text",
            search,
            config="english",
            start_sel=_MARK_START,
            stop_sel=_MARK_STOP,
            highlight_all=True,
        )
    ).in_bulk([claim_id for claim_id, _ in ranked])
    results.hits = [
        SearchHit(
            claims[claim_id], rank, _highlight(claims[claim_id].headline, claims[claim_id].text)
        )
        for claim_id, rank in ranked
        if claim_id in claims
    ]
    return results


# --- desk statistics ----------------------------------------------------------------------------

BACKLOG_ROWS = 15
STATS_DAYS = 14
# The median of everything ever signed off sorts the whole history on every visit, and says
# little about the desk today; a quarter is long enough to be steady.
SIGNOFF_WINDOW_DAYS = 90


class Median(Aggregate):
    """PostgreSQL's percentile_cont(0.5): the median of an interval or a number."""

    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = DurationField()


@dataclass
class ReviewerRow:
    reviewer: str
    per_day: list[int]

    @property
    def total(self) -> int:
        return sum(self.per_day)


@dataclass
class DeskStats:
    backlog: list[Article]
    backlog_articles: int
    backlog_claims: int
    days: list[date]
    reviewers: list[ReviewerRow]
    day_totals: list[int]
    median_to_signoff: timedelta | None  # over SIGNOFF_WINDOW_DAYS
    signed_off: int
    median_to_signoff_recent: timedelta | None  # over STATS_DAYS
    signed_off_recent: int
    signoff_window_days: int = SIGNOFF_WINDOW_DAYS

    @property
    def total_verdicts(self) -> int:
        return sum(self.day_totals)

    @property
    def verdicts_today(self) -> int:
        return self.day_totals[-1]


def desk_stats(*, today: date | None = None) -> DeskStats:
    """Backlog, verdicts per reviewer per day, and ingest-to-sign-off time, in six queries."""
    today = today or timezone.localdate()
    backlog_rows = Article.objects.filter(unreviewed_count__gt=0)
    backlog_total = backlog_rows.aggregate(articles=Count("id"), claims=Sum("unreviewed_count"))
    backlog = list(
        backlog_rows.only(*_DASHBOARD_FIELDS).order_by("-priority", "created_at", "id")[
            :BACKLOG_ROWS
        ]
    )

    days = [today - timedelta(days=n) for n in range(STATS_DAYS - 1, -1, -1)]
    since = timezone.make_aware(datetime.combine(days[0], time.min))
    per_day = (
        Review.objects.filter(kind=ReviewKind.VERDICT, created_at__gte=since)
        .annotate(day=TruncDate("created_at"))
        .values("reviewer_id", "day")
        .annotate(verdicts=Count("id"))
    )
    grid: dict[int, dict[date, int]] = {}
    for row in per_day:
        grid.setdefault(row["reviewer_id"], {})[row["day"]] = row["verdicts"]
    names = {user.pk: str(user) for user in User.objects.filter(pk__in=grid).only(
        "id", "username", "first_name", "last_name"
    )}  # fmt: skip
    reviewers = sorted(
        (
            ReviewerRow(names.get(pk, "?"), [counts.get(d, 0) for d in days])
            for pk, counts in grid.items()
        ),
        key=lambda row: (-row.total, row.reviewer),
    )
    day_totals = [sum(row.per_day[i] for row in reviewers) for i in range(len(days))]

    signed = Article.objects.filter(signed_off_at__isnull=False)
    duration = F("signed_off_at") - F("created_at")
    overall = signed.filter(
        signed_off_at__gte=since - timedelta(days=SIGNOFF_WINDOW_DAYS - STATS_DAYS)
    ).aggregate(median=Median(duration), count=Count("id"))
    recent = signed.filter(signed_off_at__gte=since).aggregate(
        median=Median(duration), count=Count("id")
    )
    return DeskStats(
        backlog=backlog,
        backlog_articles=backlog_total["articles"],
        backlog_claims=backlog_total["claims"] or 0,
        days=days,
        reviewers=reviewers,
        day_totals=day_totals,
        median_to_signoff=overall["median"],
        signed_off=overall["count"],
        median_to_signoff_recent=recent["median"],
        signed_off_recent=recent["count"],
    )
