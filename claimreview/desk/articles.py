"""Article-level decisions: sign-off, queue priority and queue scope."""

import logging

from django.db import transaction
from django.utils import timezone

from claimreview.desk import counters, locks
from claimreview.desk.errors import DeskError
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
