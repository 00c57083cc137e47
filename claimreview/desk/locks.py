"""The lock protocol of the desk, written once: the article row first, then its claims in
position order.

Every transaction that changes more than one row of an article takes the article's row lock
before any claim's, so two such transactions queue on the article and can never hold each
other's claims (a verdict that locked its claim first and an editor's renumbering that locked
the article first deadlocked before this rule). Statements that lock a single claim row and
nothing else (the queue's lease, the heartbeat, releasing expired leases with SKIP LOCKED) hold
no second lock to wait for, so they cannot close a cycle and need no article lock.
"""

from django.db.models import Subquery

from claimreview.desk.counters import STATE_FIELDS
from claimreview.models import Article, Claim


def article(article_id: int) -> Article:
    """Lock the article row (its state columns only; the texts stay unread)."""
    return (
        Article.objects.select_for_update().only("id", "priority", *STATE_FIELDS).get(pk=article_id)
    )


def article_with_body(article_id: int) -> Article:
    """Lock the article row with its body, for changes that cut claims out of the text."""
    return (
        Article.objects.select_for_update()
        .only("id", "priority", "body", *STATE_FIELDS)
        .get(pk=article_id)
    )


def claim(claim_id: int, *, with_body: bool = False) -> tuple[Claim, Article]:
    """Lock a claim's article, then the claim. Raises Claim.DoesNotExist if the claim is gone
    (an editor merged it away while the caller was waiting)."""
    article_of_claim = Subquery(Claim.objects.filter(pk=claim_id).values("article_id")[:1])
    fields = ["id", "priority", *STATE_FIELDS, *(["body"] if with_body else [])]
    locked_article = (
        Article.objects.select_for_update().only(*fields).filter(pk=article_of_claim).first()
    )
    if locked_article is None:
        raise Claim.DoesNotExist(f"No claim {claim_id}.")
    locked_claim = Claim.objects.select_for_update().get(pk=claim_id, article=locked_article)
    locked_claim.article = locked_article
    return locked_claim, locked_article


def claims_from(locked_article: Article, *, position: int) -> list[int]:
    """Lock the article's claims from `position` on, in position order (before renumbering
    them); the article must be locked already. Returns their ids."""
    return list(
        Claim.objects.select_for_update()
        .filter(article=locked_article, position__gte=position)
        .order_by("position")
        .values_list("id", flat=True)
    )
