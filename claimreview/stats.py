"""Desk statistics: the backlog in queue order, verdicts per reviewer per day, time to sign-off."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Aggregate, Count, DurationField, F, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from claimreview.dashboard import DASHBOARD_FIELDS
from claimreview.models import QUEUE_ORDER, Article, Review, ReviewKind, User

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
    backlog = list(backlog_rows.only(*DASHBOARD_FIELDS).order_by(*QUEUE_ORDER)[:BACKLOG_ROWS])

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
