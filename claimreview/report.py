"""The per-article verification report: every claim with its verdict, evidence and history.

Read side only: it changes nothing. The exports (CSV, JSON, ClaimReview) are in `exports`.
"""

from dataclasses import dataclass, field

from django.utils import timezone

from claimreview import versions
from claimreview.desk import counters
from claimreview.models import (
    VERDICT_ORDER,
    Article,
    ArticleEvent,
    Claim,
    QueueScope,
    Review,
    ReviewKind,
    Source,
    User,
    Verdict,
)

# The report's groups of claims, in order: the verdicts, "no check needed" (closed without a
# verdict), unreviewed, then (under "check-worthy only") the claims the queue left out. They are
# the desk's counter buckets (counters.bucket_name), boilerplate aside.
REPORT_ORDER = list(VERDICT_ORDER)
GROUP_LABELS = {
    **dict(Verdict.choices),
    counters.NOT_QUEUED: "Not queued",
    counters.BOILERPLATE: "Boilerplate",
}
GROUP_NOTES = {
    Verdict.NO_CHECK: "Closed without a verdict: nothing checkable in them (an opinion, "
    "scene-setting, a question). Not verdicts, and never exported as ClaimReview.",
    counters.NOT_QUEUED: "Below the check-worthy threshold: this article's queue holds "
    "check-worthy claims only, so sign-off did not wait for them.",
}
# Kinds of history entry that count someone as a reviewer of the article.
_REVIEWING_KINDS = (ReviewKind.VERDICT, ReviewKind.NO_CHECK, ReviewKind.STILL_HOLDS)
# What the report and its exports show of a claim (not the lease, the JSON hints, the version).
_REPORT_CLAIM_FIELDS = (
    "id", "article_id", "position", "paragraph", "start", "end", "text", "is_boilerplate",
    "speaker", "cue", "checkworthy_score", "verdict", "note", "attributed_to", "reviewed_at",
    "reviewed_by_id", "first_version", "previous_verdict", "previous_verdict_version",
)  # fmt: skip
# Shown next to the colour everywhere, so the report never relies on colour alone.
VERDICT_SYMBOLS = {
    Verdict.DISPUTED: "✗",
    Verdict.VERIFIED: "✓",
    Verdict.ATTRIBUTED: "❝",
    Verdict.NO_CHECK: "○",
}


@dataclass
class ReportClaim:
    claim: Claim
    sources: list  # of the current verdict
    changed_since_signoff: bool
    # Its sentence changed in a later version than its verdict: the verdict is "previous"
    # (claim.previous_verdict, on claim.previous_verdict_version) until it is checked again.
    changed_since_verdict: bool = False
    # The report group (counters.bucket_name): boilerplate, not_queued, unreviewed, no_check or
    # the verdict; also the CSS class (v-<group>).
    group: str = ""
    # Worked out once here: a 2,000-claim report would otherwise spend most of its time in
    # template lookups and the date filter.
    new_paragraph: bool = False
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
    # The version the report shows, when it was made, and the version the (last) sign-off was on.
    version: int = 1
    version_at: object = None
    signed_off_version: int | None = None
    versions: list = field(default_factory=list)
    # Signed off again on a later version: the version of the sign-off before, and what the
    # versions since it changed ({"changed", "added", "removed"}).
    earlier_signoff_version: int | None = None
    changes_since_earlier_signoff: dict = field(default_factory=dict)

    @property
    def changed_since_verdict(self) -> list[ReportClaim]:
        return [c for c in self.claims if c.changed_since_verdict]

    @property
    def changed_since_signoff(self) -> list[ReportClaim]:
        return [c for c in self.claims if c.changed_since_signoff]

    @property
    def queued(self) -> int:
        return self.article.queued_count

    @property
    def reviewed_share(self) -> int:
        return self.article.progress_percent

    def by_group(self, group: str) -> list[ReportClaim]:
        return [c for c in self.claims if c.group == group]

    def by_verdict(self, verdict: str) -> list[ReportClaim]:
        """The claims in a state (a verdict, no_check, unreviewed), boilerplate and claims left
        out of the queue aside."""
        return self.by_group(verdict)

    def sections(self) -> list[tuple[str, str, str, list[ReportClaim]]]:
        """(group, label, note, claims) in report order; "not queued" only where it applies."""
        groups = list(REPORT_ORDER)
        left_out = self.by_group(counters.NOT_QUEUED)
        if left_out or self.article.queue_scope == QueueScope.CHECKWORTHY:
            groups.append(counters.NOT_QUEUED)
        return [
            (group, GROUP_LABELS[group], GROUP_NOTES.get(group, ""), self.by_group(group))
            for group in groups
        ]


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
        if kind in _REVIEWING_KINDS:
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
                changed_since_verdict=bool(claim.previous_verdict),
                group=counters.bucket_name(
                    is_boilerplate=claim.is_boilerplate,
                    verdict=claim.verdict,
                    checkworthy_score=claim.checkworthy_score,
                    scope=article.queue_scope,
                ),
                new_paragraph=index > 0 and claims[index - 1].paragraph != claim.paragraph,
                symbol=VERDICT_SYMBOLS.get(claim.verdict, ""),
                reviewer_name=reviewer_name,
                reviewed_line=reviewed_line,
            )
        )
    counts = {
        "disputed": article.disputed_count,
        "verified": article.verified_count,
        "attributed": article.attributed_count,
        "no_check": article.no_check_count,
        "unreviewed": article.unreviewed_count,
        "not_queued": article.not_queued_count,
        "boilerplate": article.boilerplate_count,
    }
    history = versions.history(article)

    def version_at(when) -> int:
        return next((v.number for v in history if v.created_at <= when), 1)

    signed_version = version_at(signed_at) if signed_at is not None else None
    report = Report(
        article, rows, counts, reviewers, first_at, last_at, version=history[0].number,
        version_at=history[0].created_at, signed_off_version=signed_version, versions=history,
    )  # fmt: skip
    if signed_version is not None and len(history) > 1:
        times = ArticleEvent.objects.filter(
            article=article, kind=ArticleEvent.Kind.SIGNED_OFF, created_at__lt=signed_at
        ).values_list("created_at", flat=True)
        earlier = max(times, default=None)
        if earlier is not None and version_at(earlier) < signed_version:
            report.earlier_signoff_version = version_at(earlier)
            since = [v for v in history if v.number > report.earlier_signoff_version]
            report.changes_since_earlier_signoff = {
                kind: sum(v.changes.get(kind, 0) for v in since)
                for kind in ("changed", "added", "removed")
            }
    return report
