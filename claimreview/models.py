"""Articles, their claims, and the append-only review history.

Rules the data must keep live in the database as named constraints; the functions that change
rows live in ingest.py, queue.py and review.py, never in save() or signals.
"""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import ExpressionWrapper, F, Q
from django.db.models.functions import Upper

from claimreview.text.checkworthy import THRESHOLD as CHECKWORTHY_THRESHOLD


class User(AbstractUser):
    """Our own user model from the first migration, so fields can be added later without pain."""

    class Meta:
        db_table = "claimreview_user"

    @property
    def is_editor(self) -> bool:
        return self.has_perm("claimreview.correct_claims")

    @property
    def is_reviewer(self) -> bool:
        return self.has_perm("claimreview.review_claims")

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class ArticleStatus(models.TextChoices):
    NEW = "new", "New"
    IN_REVIEW = "in_review", "In review"
    REVIEWED = "reviewed", "Reviewed"
    SIGNED_OFF = "signed_off", "Signed off"


class Verdict(models.TextChoices):
    """A claim's review state: one of the verdicts (GIVEN_VERDICTS), none yet (UNREVIEWED), or
    the triage outcome "no check needed" (NO_CHECK), which closes a claim without a verdict."""

    UNREVIEWED = "unreviewed", "Unreviewed"
    ATTRIBUTED = "attributed", "Attributed"
    DISPUTED = "disputed", "Disputed"
    VERIFIED = "verified", "Verified"
    NO_CHECK = "no_check", "No check needed"


# The verdict list, written once: what a reviewer can give (in the desk's order), which of them
# need evidence (a source and a note), and the desk's one-key shortcut for each. Forms,
# templates (through data attributes), the script and SQL parameters all read these.
GIVEN_VERDICTS = (Verdict.ATTRIBUTED, Verdict.DISPUTED, Verdict.VERIFIED)
NEEDS_EVIDENCE = (Verdict.VERIFIED, Verdict.DISPUTED)
VERDICT_KEYS = {Verdict.ATTRIBUTED: "a", Verdict.DISPUTED: "d", Verdict.VERIFIED: "v"}
# "No check needed" is a triage outcome, not a verdict: the verdict form never offers it, exports
# never publish it as a verdict, and its one-key shortcut sits next to the verdicts' on the desk.
NO_CHECK_KEY = "n"
# "Still holds": a claim whose sentence changed in a new version keeps its earlier verdict.
STILL_HOLDS_KEY = "h"
# The claims the desk is done with: a verdict, or "no check needed".
CLOSED_STATES = (*GIVEN_VERDICTS, Verdict.NO_CHECK)
# The order claim states are shown in: reports, legends and the progress bar (disputed first).
VERDICT_ORDER = (
    Verdict.DISPUTED,
    Verdict.VERIFIED,
    Verdict.ATTRIBUTED,
    Verdict.NO_CHECK,
    Verdict.UNREVIEWED,
)


class QueueScope(models.TextChoices):
    """Which of an article's claims the queue hands out and sign-off waits for (the rule itself
    is `desk.counters.queued`)."""

    ALL = "all", "All claims"
    CHECKWORTHY = "checkworthy", "Check-worthy only"


# New articles queue every claim (check-worthy ones first): the check-worthy score is a hint,
# and a scope that drops the claims below it would hide real claims from review without anyone
# having decided so. An editor narrows an article to its check-worthy claims on its page.
NEW_ARTICLE_QUEUE_SCOPE = QueueScope.ALL

# The queue's order of articles: highest priority first, then the oldest. Its index, the
# hand-out and the desk statistics' backlog all use this one list.
QUEUE_ORDER = ["-priority", "created_at", "id"]


def _choices_check(field: str, choices: type[models.TextChoices], name: str):
    return models.CheckConstraint(condition=Q(**{f"{field}__in": choices.values}), name=name)


class Article(models.Model):
    title = models.CharField(max_length=300)
    publication = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    published_on = models.DateField(null=True, blank=True)
    # Exactly what was pasted or uploaded (after decoding), kept for audit and re-processing.
    raw_text = models.TextField()
    # The cleaned text every claim offset points into. Never edited after ingest.
    body = models.TextField()
    # Duplicate detection: the same body pasted twice is flagged before saving.
    body_sha256 = models.CharField(max_length=64, db_index=True)
    # Set by imports (API, URL, bulk): the one key of what was sent in (an Idempotency-Key, a
    # URL, a file's contents). Unique, so a retried or re-run import finds the article it made
    # instead of making a second one, whichever server or worker gets there first.
    # NULL for every other article (NULLs never collide in a unique index; "" would).
    import_key = models.CharField(  # noqa: DJ001
        max_length=64, null=True, blank=True, editable=False
    )
    # The current version's number: raw_text and body above are always that version's text
    # (desk.update_article replaces them and keeps every version in ArticleVersion).
    version = models.PositiveIntegerField(default=1, db_default=1, editable=False)

    status = models.CharField(
        max_length=20, choices=ArticleStatus.choices, default=ArticleStatus.NEW
    )
    # Higher first in the queue; editors raise it for urgent pieces.
    priority = models.SmallIntegerField(default=0)
    # All claims, or only the check-worthy ones (desk.set_queue_scope changes it, never a form:
    # the counters move with it). The database default is for rows that predate the field.
    queue_scope = models.CharField(
        max_length=20,
        choices=QueueScope.choices,
        default=NEW_ARTICLE_QUEUE_SCOPE,
        db_default=QueueScope.ALL,
        editable=False,
    )

    # Per-bucket counters (desk/counters.py), kept in the same transaction as every claim change
    # so the dashboard never counts claims. Every claim is in exactly one bucket: boilerplate,
    # not queued (below the check-worthy threshold, under "check-worthy only"), unreviewed (in
    # the queue), no check needed, or its verdict.
    claim_count = models.PositiveIntegerField(default=0)
    boilerplate_count = models.PositiveIntegerField(default=0)
    not_queued_count = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    unreviewed_count = models.PositiveIntegerField(default=0)
    no_check_count = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    attributed_count = models.PositiveIntegerField(default=0)
    disputed_count = models.PositiveIntegerField(default=0)
    verified_count = models.PositiveIntegerField(default=0)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_activity_at = models.DateTimeField(auto_now_add=True)

    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    signed_off_at = models.DateTimeField(null=True, blank=True)
    # When a change after sign-off takes the sign-off away, the page says so until the next one.
    signoff_withdrawn_at = models.DateTimeField(null=True, blank=True)
    signoff_withdrawn_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at"]
        permissions = [
            ("sign_off_article", "Can sign off an article's report"),
            # Also which claims the queue hands out (QueueScope): both decide the queue.
            ("prioritize_article", "Can change an article's queue priority"),
        ]
        # One index per dashboard filter and sort (each ends in id, the tie-breaker), so a page
        # of 25 reads 25 index entries however many articles there are.
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="article_created_idx"),
            models.Index(fields=["status", "-created_at", "-id"], name="article_status_idx"),
            models.Index(fields=["-last_activity_at", "-id"], name="article_activity_idx"),
            models.Index(fields=["-disputed_count", "-id"], name="article_most_disputed_idx"),
            models.Index(fields=["-unreviewed_count", "-id"], name="article_most_unreviewed_idx"),
            models.Index(
                fields=["-created_at", "-id"],
                condition=Q(disputed_count__gt=0),
                name="article_has_disputed_idx",
            ),
            # Title search is `icontains`, which Django writes as UPPER(title) LIKE UPPER(...).
            GinIndex(OpClass(Upper("title"), name="gin_trgm_ops"), name="article_title_trgm_idx"),
            # The queue and the backlog: only articles with work left, in queue order.
            models.Index(
                fields=QUEUE_ORDER,
                condition=Q(unreviewed_count__gt=0),
                name="article_queue_order_idx",
            ),
            # Median time to sign-off: read from the index alone.
            models.Index(
                fields=["signed_off_at"],
                include=["created_at"],
                condition=Q(signed_off_at__isnull=False),
                name="article_signed_off_idx",
            ),
        ]
        constraints = [
            _choices_check("status", ArticleStatus, "article_status_valid"),
            _choices_check("queue_scope", QueueScope, "article_queue_scope_valid"),
            models.CheckConstraint(condition=~Q(title=""), name="article_title_not_empty"),
            models.CheckConstraint(
                condition=Q(
                    claim_count=F("boilerplate_count")
                    + F("not_queued_count")
                    + F("unreviewed_count")
                    + F("no_check_count")
                    + F("attributed_count")
                    + F("disputed_count")
                    + F("verified_count")
                ),
                name="article_counts_add_up",
            ),
            # Only "check-worthy only" leaves claims out of the queue.
            models.CheckConstraint(
                condition=Q(queue_scope=QueueScope.CHECKWORTHY) | Q(not_queued_count=0),
                name="article_not_queued_needs_scope",
            ),
            models.CheckConstraint(
                condition=Q(status=ArticleStatus.SIGNED_OFF, signed_off_at__isnull=False)
                | (~Q(status=ArticleStatus.SIGNED_OFF) & Q(signed_off_at__isnull=True)),
                name="article_signed_off_has_time",
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="article_version_positive"),
            models.UniqueConstraint(fields=["import_key"], name="article_import_key_unique"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def queued_count(self) -> int:
        """Claims the review covers: neither boilerplate nor left out by the queue scope (a
        claim with a verdict or "no check needed" counts wherever its score is)."""
        return self.claim_count - self.boilerplate_count - self.not_queued_count

    @property
    def reviewed_count(self) -> int:
        """Claims the desk is done with: a verdict, or "no check needed"."""
        return sum(getattr(self, f"{state}_count") for state in CLOSED_STATES)

    @property
    def progress_percent(self) -> int:
        queued = self.queued_count
        return round(100 * self.reviewed_count / queued) if queued else 100

    def verdict_shares(self) -> list[tuple[str, str, int, float, float]]:
        """(verdict, label, count, offset %, width %) of queued claims, for the progress bar."""
        queued = self.queued_count or 1
        shares, offset = [], 0.0
        for verdict in VERDICT_ORDER:
            value, label = verdict.value, verdict.label
            count = getattr(self, f"{value}_count")
            width = 100 * count / queued
            shares.append((value, label, count, round(offset, 3), round(width, 3)))
            offset += width
        return shares


class AllClaimsManager(models.Manager):
    """Every claim, those of earlier versions (retired) too: for history and version pages."""

    def get_queryset(self):
        # The search vector is only read by the search query itself; every other page would
        # fetch a few hundred bytes per claim for nothing.
        return super().get_queryset().defer("search_vector")


class ClaimManager(AllClaimsManager):
    """The claims of the articles as they are now (`Claim.objects`, and `article.claims`): a
    claim whose sentence left the article in a later version is retired, kept with its
    history (`Claim.all_versions`) but never queued, counted, searched or reported as current.
    Django reaches related rows (review.claim) through the base manager, which keeps them all."""

    def get_queryset(self):
        return super().get_queryset().filter(retired_in_version__isnull=True)

    def with_article(self):
        """Claims with their article in the same query, but not its texts (a body can be a
        megabyte, and no page that shows a claim needs it)."""
        return self.select_related("article").defer("article__raw_text", "article__body")


class Claim(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    position = models.PositiveIntegerField()  # 1-based, contiguous within the article
    paragraph = models.PositiveIntegerField()  # 1-based
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()  # always article.body[start:end]

    # Hints from the text engine: computed, never a verdict.
    is_boilerplate = models.BooleanField(default=False)
    boilerplate_reason = models.CharField(max_length=100, blank=True)
    speaker = models.CharField(max_length=300, blank=True)
    cue = models.CharField(max_length=100, blank=True)
    attributions = models.JSONField(default=list, blank=True)
    checkworthy_score = models.PositiveSmallIntegerField(default=0)  # 0..100
    checkworthy_reasons = models.JSONField(default=list, blank=True)
    # Full-text search over all claims: stemmed English, stored so ranking a thousand hits
    # reads the vectors instead of re-parsing each claim's text.
    search_vector = models.GeneratedField(
        expression=SearchVector("text", config="english"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    # Current state; the history is in Review.
    verdict = models.CharField(max_length=20, choices=Verdict.choices, default=Verdict.UNREVIEWED)
    note = models.TextField(blank=True)
    attributed_to = models.CharField(max_length=300, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    # Bumped by every change; a save that names an older version is a conflict, never an overwrite.
    version = models.PositiveIntegerField(default=1)

    lease_holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lease_expires_at = models.DateTimeField(null=True, blank=True)

    # Versions (desk/versions.py): the article version the claim first appeared in, and the one
    # its sentence left the article in (None: in the current version). A changed sentence keeps
    # its row and history; its verdict before the change stays here until it is re-checked
    # ("still holds" restores it from previous_review) or given a new one.
    first_version = models.PositiveIntegerField(default=1, db_default=1, editable=False)
    retired_in_version = models.PositiveIntegerField(null=True, blank=True, editable=False)
    previous_verdict = models.CharField(
        max_length=20, choices=Verdict.choices, blank=True, default="", db_default=""
    )
    previous_verdict_version = models.PositiveIntegerField(null=True, blank=True)
    previous_review = models.ForeignKey(
        "Review", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    objects = ClaimManager()
    all_versions = AllClaimsManager()

    class Meta:
        ordering = ["article_id", "position"]
        permissions = [
            ("review_claims", "Can give verdicts on claims"),
            ("correct_claims", "Can merge, split, restore and revert claims"),
        ]
        indexes = [
            # The queue's scan: unreviewed, not boilerplate, per article the check-worthy claims
            # first, then reading order (desk/queue.py repeats the condition and the order, and
            # under "check-worthy only" reads just the first part).
            models.Index(
                F("article"),
                ExpressionWrapper(
                    Q(checkworthy_score__gte=CHECKWORTHY_THRESHOLD),
                    output_field=models.BooleanField(),
                ).desc(),
                F("position"),
                condition=Q(
                    verdict="unreviewed", is_boilerplate=False, retired_in_version__isnull=True
                ),
                name="claim_queue_worthy_first_idx",
            ),
            models.Index(
                fields=["lease_holder"],
                condition=Q(lease_holder__isnull=False),
                name="claim_lease_holder_idx",
            ),
            models.Index(fields=["verdict"], name="claim_verdict_idx"),
            # "Similar wording already reviewed": trigram matches across articles.
            GinIndex(fields=["text"], opclasses=["gin_trgm_ops"], name="claim_text_trgm_idx"),
            # Search leaves boilerplate out, so its index does too. Claims of earlier versions
            # are searched too (Claim.all_versions): their reviews are work worth finding.
            GinIndex(
                fields=["search_vector"],
                condition=Q(is_boilerplate=False),
                name="claim_search_idx",
            ),
        ]
        constraints = [
            # Deferrable so a merge, split or update can renumber positions inside one
            # transaction. The current claims (retired_in_version NULL, and NULLs count as
            # equal here) number 1..n; the claims retired by one version keep the positions
            # they had in the version before it.
            models.UniqueConstraint(
                fields=["article", "retired_in_version", "position"],
                name="claim_unique_position",
                deferrable=models.Deferrable.DEFERRED,
                nulls_distinct=False,
            ),
            models.CheckConstraint(
                condition=Q(retired_in_version__isnull=True)
                | Q(retired_in_version__gt=F("first_version")),
                name="claim_retired_after_first_version",
            ),
            models.CheckConstraint(
                condition=Q(
                    previous_verdict="",
                    previous_verdict_version__isnull=True,
                    previous_review__isnull=True,
                )
                | Q(
                    previous_verdict__in=Verdict.values,
                    previous_verdict_version__isnull=False,
                    previous_review__isnull=False,
                ),
                name="claim_previous_verdict_complete",
            ),
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claim_start_before_end"),
            models.CheckConstraint(condition=Q(position__gte=1), name="claim_position_positive"),
            _choices_check("verdict", Verdict, "claim_verdict_valid"),
            models.CheckConstraint(
                condition=Q(verdict=Verdict.UNREVIEWED)
                | Q(reviewed_by__isnull=False, reviewed_at__isnull=False),
                name="claim_verdict_has_reviewer",
            ),
            models.CheckConstraint(
                condition=Q(verdict=Verdict.UNREVIEWED) | Q(is_boilerplate=False),
                name="claim_boilerplate_not_reviewed",
            ),
            models.CheckConstraint(
                condition=Q(lease_holder__isnull=True, lease_expires_at__isnull=True)
                | Q(lease_holder__isnull=False, lease_expires_at__isnull=False),
                name="claim_lease_complete",
            ),
            models.CheckConstraint(
                condition=Q(checkworthy_score__lte=100), name="claim_checkworthy_in_range"
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.position} {self.text[:60]}"


class ReviewKind(models.TextChoices):
    VERDICT = "verdict", "Verdict"
    REVERT = "revert", "Revert"
    SKIP = "skip", "Skip"
    CORRECTION = "correction", "Correction"
    BOILERPLATE = "boilerplate", "Boilerplate change"
    NO_CHECK = "no_check", "No check needed"
    UNDO_NO_CHECK = "undo_no_check", "Check needed after all"
    # A new article version (desk/versions.py) and the re-check it asks for.
    TEXT_CHANGED = "text_changed", "Text changed in a new version"
    ADDED = "added", "Added in a new version"
    REMOVED = "removed", "Removed in a new version"
    STILL_HOLDS = "still_holds", "Still holds"


class Review(models.Model):
    """One entry of a claim's history. Rows are only ever inserted."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews"
    )
    kind = models.CharField(max_length=20, choices=ReviewKind.choices, default=ReviewKind.VERDICT)
    verdict_before = models.CharField(max_length=20, choices=Verdict.choices)
    verdict = models.CharField(max_length=20, choices=Verdict.choices)
    note = models.TextField(blank=True)
    attributed_to = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The form's one-time key: a double click or a resubmit finds the review it already made.
    request_id = models.UUIDField(null=True, blank=True, unique=True)
    # Entries of a new version (TEXT_CHANGED, ADDED, REMOVED): the version's number, and for a
    # text change the claim's text before it.
    article_version = models.PositiveIntegerField(null=True, blank=True)
    text_before = models.TextField(blank=True, default="", db_default="")

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["claim", "created_at"], name="review_claim_history_idx"),
            models.Index(fields=["reviewer", "kind", "created_at"], name="review_by_reviewer_idx"),
            # Desk statistics: the last days' verdicts of everyone, from the index alone.
            models.Index(
                fields=["kind", "created_at"], include=["reviewer"], name="review_recent_idx"
            ),
        ]
        constraints = [
            _choices_check("kind", ReviewKind, "review_kind_valid"),
            _choices_check("verdict", Verdict, "review_verdict_valid"),
            _choices_check("verdict_before", Verdict, "review_verdict_before_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.verdict_before} → {self.verdict}"


class Source(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(max_length=2000, blank=True)
    citation = models.CharField(max_length=500, blank=True)
    title = models.CharField(max_length=300, blank=True)
    quote = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(url="") | ~Q(citation=""), name="source_has_url_or_citation"
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url or self.citation


class ArticleEventKind(models.TextChoices):
    CREATED = "created", "Created"
    SIGNED_OFF = "signed_off", "Signed off"
    SIGNOFF_WITHDRAWN = "signoff_withdrawn", "Sign-off withdrawn"
    PRIORITY = "priority", "Priority changed"
    CORRECTION = "correction", "Split corrected"
    QUEUE_SCOPE = "queue_scope", "Queue scope changed"
    UPDATED = "updated", "New version"
    DETAILS = "details", "Details edited"


class ArticleEvent(models.Model):
    """Article-level history: sign-off, its withdrawal, priority and queue scope changes, split
    corrections, new versions, edits of the title and metadata."""

    Kind = ArticleEventKind

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=30, choices=Kind.choices)
    detail = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["article", "created_at"], name="event_article_idx")]
        constraints = [_choices_check("kind", ArticleEventKind, "event_kind_valid")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.created_at:%Y-%m-%d %H:%M})"


class ArticleVersion(models.Model):
    """One version of an article's text, with who made it and when (desk/versions.py).

    An article that was never updated has no rows here: its row is its version 1. The first
    update writes version 1 from the article row, then each update writes its own version. When
    a version is replaced, `claims` keeps its claims as they were then (id, position, paragraph,
    start, end, verdict, boilerplate): offsets into this version's body, so any earlier version
    can be shown with its claims and their verdicts."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=300)
    raw_text = models.TextField()
    body = models.TextField()
    body_sha256 = models.CharField(max_length=64)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField()
    # What the update that made this version did: {"same", "changed", "added", "removed"}.
    changes = models.JSONField(default=dict, blank=True)
    claims = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["article_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "number"], name="article_version_unique_number"
            ),
            models.CheckConstraint(
                condition=Q(number__gte=1), name="article_version_number_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article_id} v{self.number}"


class ApiToken(models.Model):
    """A person's key to the JSON API: it acts as its user, with that user's role as it is at
    each request. Only the SHA-256 of the secret is stored (claimreview/api/tokens.py)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, help_text="What the token is for, e.g. “CMS import”.")
    # The token's first characters, shown in admin to tell tokens apart (not enough to use one).
    prefix = models.CharField(max_length=16, editable=False)
    key_hash = models.CharField(max_length=64, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
        editable=False,
    )  # fmt: skip
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The rate limit's current window (its start, a whole minute) and the requests in it: one
    # UPDATE per request, in PostgreSQL, so every server counts against the same numbers.
    window_start = models.DateTimeField(null=True, blank=True, editable=False)
    window_count = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "API token"
        constraints = [
            models.UniqueConstraint(fields=["key_hash"], name="api_token_key_hash_unique"),
            models.CheckConstraint(condition=~Q(name=""), name="api_token_name_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…, {self.user})"


class ImportStatus(models.TextChoices):
    WAITING = "waiting", "Waiting"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class ImportBatch(models.Model):
    """One import: a bulk upload (ZIP or JSON Lines), `manage.py import_articles`, or a single
    URL sent through the API or the page. Its items are ingested by background tasks."""

    name = models.CharField(max_length=300)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # A URL sent to the API with an Idempotency-Key: imports.api_key of it, so the same key
    # again returns this import instead of starting another.
    idempotency_key = models.CharField(max_length=64, null=True, blank=True, unique=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.name


class ImportItem(models.Model):
    """One article of an import: what was sent (a text or a URL, and the typed metadata), and
    what became of it. `key` is the Article.import_key the article gets."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    label = models.CharField(max_length=300)  # the file name, or "line 12", or the URL
    key = models.CharField(max_length=64)
    # {"title", "text", "kind", "url", "publication", "byline", "published_on"}
    source = models.JSONField(default=dict)
    status = models.CharField(
        max_length=20, choices=ImportStatus.choices, default=ImportStatus.WAITING
    )
    message = models.CharField(max_length=1000, blank=True)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    queued_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["batch_id", "position"]
        indexes = [
            models.Index(
                fields=["queued_at"],
                condition=Q(status="waiting"),
                name="import_item_waiting_idx",
            ),
        ]
        constraints = [
            _choices_check("status", ImportStatus, "import_item_status_valid"),
            models.UniqueConstraint(
                fields=["batch", "position"], name="import_item_unique_position"
            ),
            models.CheckConstraint(
                condition=~Q(status="done") | Q(article__isnull=False),
                name="import_item_done_has_article",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label} ({self.status})"


class ScheduledJob(models.Model):
    """A job the workers run on a schedule instead of cron: whichever worker moves
    `next_run_at` on first (one UPDATE) enqueues it, so M workers run it once per period
    (claimreview/tasks.py)."""

    name = models.CharField(max_length=100, primary_key=True)
    next_run_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.name
