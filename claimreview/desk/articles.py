"""Article-level decisions: sign-off, queue priority, queue scope, and the article's details
(title and metadata)."""

import hashlib
import logging
from datetime import date
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone

from claimreview.desk import counters, locks
from claimreview.desk.errors import DeskError
from claimreview.desk.metadata import (
    BYLINE_CHARS,
    PUBLICATION_CHARS,
    TITLE_CHARS,
    URL_CHARS,
    ArticleMetadata,
    cut,
)
from claimreview.models import Article, ArticleEvent, ArticleStatus, QueueScope, User

log = logging.getLogger("claimreview.desk")

PRIORITY_RANGE = (-100, 100)


def sign_off(*, article_id: int, editor: User, now=None) -> Article:
    """Approve the article's report; only a reviewed article (every queued claim has a verdict
    or "no check needed") can be signed off."""
    now = now or timezone.now()
    with transaction.atomic():
        article = locks.article(article_id)
        if article.status == ArticleStatus.SIGNED_OFF:
            return article
        if article.status != ArticleStatus.REVIEWED:
            raise DeskError(
                f"{article.unreviewed_count} claim(s) still need a verdict or “no check needed” "
                "before sign-off."
            )
        article.status = ArticleStatus.SIGNED_OFF
        article.signed_off_by = editor
        article.signed_off_at = now
        article.signoff_withdrawn_at = None
        article.signoff_withdrawn_reason = ""
        article.last_activity_at = now
        article.save(update_fields=counters.STATE_FIELDS)
        ArticleEvent.objects.create(
            article=article, actor=editor, kind=ArticleEvent.Kind.SIGNED_OFF
        )
    log.info("signed off: article %s by %s", article.pk, editor)
    return article


def set_priority(*, article_id: int, editor: User, priority: int) -> Article:
    """Raise or lower the article in the queue (clamped to PRIORITY_RANGE); recorded."""
    low, high = PRIORITY_RANGE
    priority = max(low, min(high, priority))
    with transaction.atomic():
        article = locks.article(article_id)
        if article.priority != priority:
            ArticleEvent.objects.create(
                article=article,
                actor=editor,
                kind=ArticleEvent.Kind.PRIORITY,
                detail=f"Priority {article.priority} → {priority}",
            )
            article.priority = priority
            article.save(update_fields=["priority"])
    return article


def set_queue_scope(
    *, article_id: int, editor: User, scope: str, now=None
) -> tuple[Article, list[str]]:
    """Queue all the article's claims, or only its check-worthy ones; recorded.

    The claims without a verdict below the check-worthy threshold move between the "unreviewed"
    and "not queued" counters under the article lock (every claim change takes it first, so
    none changes meanwhile). Queueing claims again takes a sign-off away, like any change that
    adds work; leaving claims out of the queue keeps it. Returns the article and notices."""
    if scope not in QueueScope.values:
        raise DeskError("Choose which claims to queue: all claims, or check-worthy only.")
    now = now or timezone.now()
    with transaction.atomic():
        article = locks.article(article_id)
        if article.queue_scope == scope:
            return article, []
        was = article.queue_scope
        came_in = counters.rescope(article, scope=scope)
        moved = (
            f"{came_in} claim(s) back in the queue" if came_in > 0
            else f"{-came_in} claim(s) out of the queue" if came_in < 0
            else "no claim moved"
        )  # fmt: skip
        ArticleEvent.objects.create(
            article=article,
            actor=editor,
            kind=ArticleEvent.Kind.QUEUE_SCOPE,
            detail=f"{QueueScope(was).label} → {QueueScope(scope).label}: {moved}",
        )
        notices = counters.settle(
            article, actor=editor, what="Queueing more claims", now=now,
            withdraws_signoff=came_in > 0,
        )  # fmt: skip
    log.info("queue scope: article %s %s → %s by %s (%s)", article.pk, was, scope, editor, moved)
    return article, notices


# The details an editor edits, in the order the history names them, with their labels and
# longest values (the columns' max_length).
DETAILS = {
    "title": ("Title", TITLE_CHARS),
    "publication": ("Publication", PUBLICATION_CHARS),
    "byline": ("Byline", BYLINE_CHARS),
    "url": ("URL", URL_CHARS),
    "published_on": ("Published", None),
}
URL_SCHEMES = ("http", "https")
_EVENT_DETAIL_CHARS = ArticleEvent._meta.get_field("detail").max_length


class DetailsConflict(DeskError):
    """Another editor changed the details after this editor's form was shown."""

    def __init__(self):
        super().__init__(
            "Another editor changed these details while you had them open, so nothing was "
            "saved. The form now shows their values: make your change again."
        )


def metadata_of(article: Article) -> ArticleMetadata:
    return ArticleMetadata(**{name: getattr(article, name) for name in DETAILS})


def details_fingerprint(metadata: ArticleMetadata) -> str:
    """A short digest of the details as an editor saw them (carried by the edit form), so a
    save over details changed meanwhile is refused instead of silently undoing that change."""
    text = "\x1f".join(
        "" if getattr(metadata, name) is None else str(getattr(metadata, name)) for name in DETAILS
    )
    return hashlib.sha256(text.encode()).hexdigest()


def _check_details(metadata: ArticleMetadata) -> None:
    """What the desk refuses whoever calls it (the form says the same, field by field)."""
    if not metadata.title.strip():
        raise DeskError("An article needs a title.")
    for name, (label, limit) in DETAILS.items():
        value = getattr(metadata, name)
        if isinstance(value, str):
            if limit is not None and len(value) > limit:
                raise DeskError(f"{label} is at most {limit} characters.")
            if "\x00" in value:
                raise DeskError(f"{label} cannot contain NUL characters.")
        elif value is not None and not isinstance(value, date):
            raise DeskError(f"{label} must be a date.")
    if metadata.url and urlsplit(metadata.url).scheme.lower() not in URL_SCHEMES:
        raise DeskError("The URL must start with http:// or https://.")


def _shown(value) -> str:
    if value is None or value == "":
        return "(none)"
    return value.isoformat() if isinstance(value, date) else str(value)


def _describe(changes: list[tuple[str, object, object]]) -> str:
    """ "Title: “old” → “new”; Byline: (none) → “A Name”", each value cut so that the whole
    fits the event's detail column."""
    room = _EVENT_DETAIL_CHARS // len(changes)
    parts = []
    for name, old, new in changes:
        label = DETAILS[name][0]
        each = max(12, (room - len(label) - 12) // 2)

        def quoted(value, each=each) -> str:
            shown = _shown(value)
            return shown if shown == "(none)" else f"“{cut(shown, each)}”"

        parts.append(f"{label}: {quoted(old)} → {quoted(new)}")
    return cut("; ".join(parts), _EVENT_DETAIL_CHARS)


def edit_metadata(
    *, article_id: int, by: User, title: str, publication: str = "", byline: str = "",
    url: str = "", published_on: date | None = None, seen: str | None = None,
) -> tuple[Article, list[str]]:  # fmt: skip
    """Change the article's title and metadata (not its text: that is a new version); recorded
    as one event saying what changed, old → new. Returns the article and the labels of what
    changed: none when every value is the one already saved (then nothing is written).

    `seen`: the details_fingerprint of the values the editor's form showed; if another edit
    was saved since, DetailsConflict and nothing changes. The verdicts and the report's claims
    do not depend on these details, so an edit keeps a sign-off."""
    wanted = ArticleMetadata(
        title=title.strip(), publication=publication.strip(), byline=byline.strip(),
        url=url.strip(), published_on=published_on,
    )  # fmt: skip
    _check_details(wanted)
    with transaction.atomic():
        article = locks.article(article_id, with_metadata=True)
        current = metadata_of(article)
        if seen is not None and seen != details_fingerprint(current):
            raise DetailsConflict()
        changes = [
            (name, getattr(current, name), getattr(wanted, name))
            for name in DETAILS
            if getattr(current, name) != getattr(wanted, name)
        ]
        if not changes:
            return article, []
        for name, _, new in changes:
            setattr(article, name, new)
        article.save(update_fields=[name for name, _, _ in changes])
        ArticleEvent.objects.create(
            article=article, actor=by, kind=ArticleEvent.Kind.DETAILS, detail=_describe(changes)
        )
    labels = [DETAILS[name][0] for name, _, _ in changes]
    log.info("details edited: article %s by %s (%s)", article.pk, by, ", ".join(labels))
    return article, labels
