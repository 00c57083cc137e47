"""Article-level decisions: sign-off and queue priority."""

import logging

from django.db import transaction
from django.utils import timezone

from claimreview.desk import counters, locks
from claimreview.desk.errors import DeskError
from claimreview.models import Article, ArticleEvent, ArticleStatus, User

log = logging.getLogger("claimreview.desk")

PRIORITY_RANGE = (-100, 100)


def sign_off(*, article_id: int, editor: User, now=None) -> Article:
    """Approve the article's report; only a reviewed article can be signed off."""
    now = now or timezone.now()
    with transaction.atomic():
        article = locks.article(article_id)
        if article.status == ArticleStatus.SIGNED_OFF:
            return article
        if article.status != ArticleStatus.REVIEWED:
            raise DeskError(
                f"{article.unreviewed_count} claim(s) still need a verdict before sign-off."
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
