"""Full-text search over claims, and "similar wording already reviewed" (pg_trgm) with the
verdict, note and sources a reviewer can reuse ("use this verdict")."""

import json
from dataclasses import dataclass, field

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramSimilarity,
)
from django.db import connection, transaction
from django.db.models import F, Value
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from claimreview.models import GIVEN_VERDICTS, Claim, Review, ReviewKind, Source, Verdict

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
    # Earlier versions' claims too (marked on the page): their reviews stay findable.
    matches = Claim.all_versions.filter(is_boilerplate=False, search_vector=search)
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
    claims = Claim.all_versions.select_related("article").only(
        "id", "position", "text", "verdict", "speaker", "reviewed_at", "retired_in_version",
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
    found = list(
        Claim.objects.filter(text__trigram_similar=claim.text)
        .exclude(article_id=claim.article_id)
        .exclude(verdict=Verdict.UNREVIEWED)
        .select_related("article", "reviewed_by")
        .only(
            "id",
            "text",
            "verdict",
            "note",
            "attributed_to",
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
    uses = _earlier_verdicts(found)
    for similar in found:
        similar.use = uses.get(similar.pk)
    return found


@dataclass
class EarlierVerdict:
    """A reviewed claim's verdict, note, "said by" and sources, as the verdict form takes them:
    "use this verdict" copies them into the form, for the reviewer to check and save."""

    claim: Claim
    sources: list[Source]

    @property
    def form_initial(self) -> dict:
        return {
            "verdict": self.claim.verdict,
            "note": self.claim.note,
            "attributed_to": self.claim.attributed_to,
        }

    @property
    def sources_initial(self) -> list[dict]:
        return [
            {"url": s.url, "citation": s.citation, "title": s.title, "quote": s.quote}
            for s in self.sources
        ]

    def as_json(self) -> str:
        """For the page's script (a data attribute, escaped by the template)."""
        return json.dumps({**self.form_initial, "sources": self.sources_initial})


def _earlier_verdicts(claims: list[Claim]) -> dict[int, EarlierVerdict]:
    """Each claim's current verdict with the sources of the history entry that gave it (the
    latest one that is not a skip): two queries for any number of claims."""
    given = [c for c in claims if c.verdict in GIVEN_VERDICTS]
    if not given:
        return {}
    latest = dict(
        Review.objects.filter(claim_id__in=[c.pk for c in given])
        .exclude(kind=ReviewKind.SKIP)
        .order_by("claim_id", "-id")
        .distinct("claim_id")
        .values_list("claim_id", "id")
    )
    sources: dict[int, list[Source]] = {}
    for source in Source.objects.filter(review_id__in=latest.values()).order_by("id"):
        sources.setdefault(source.review_id, []).append(source)
    return {
        c.pk: EarlierVerdict(claim=c, sources=sources.get(latest.get(c.pk), [])[:10]) for c in given
    }


def earlier_verdict(claim_id: int) -> EarlierVerdict | None:
    """One claim's verdict to reuse, or None if it has none (unreviewed, "no check needed")."""
    claim = (
        Claim.objects.filter(pk=claim_id, verdict__in=GIVEN_VERDICTS)
        .only("id", "verdict", "note", "attributed_to")
        .first()
    )
    if claim is None:
        return None
    return _earlier_verdicts([claim]).get(claim.pk)
