"""The lock protocol of the desk, written once: the article row first, then its claims in
position order.

Every transaction that changes more than one row of an article takes the article's row lock
before any claim's, so two such transactions queue on the article and can never hold each
other's claims (a verdict that locked its claim first and an editor's renumbering that locked
the article first deadlocked before this rule). Statements that lock a single claim row and
nothing else (the queue's lease, the heartbeat, releasing expired leases with SKIP LOCKED) hold
no second lock to wait for, so they cannot close a cycle and need no article lock.
"""

from claimreview.desk.counters import STATE_FIELDS
from claimreview.desk.errors import ClaimGone, ClaimRetired
from claimreview.models import Article, Claim

# What an update reads of the article besides its state: the current version and its texts.
_TEXT_FIELDS = ["version", "title", "raw_text", "body", "body_sha256", "created_by", "created_at"]
# What an edit of the article's details reads: its title and metadata.
METADATA_FIELDS = ["title", "publication", "byline", "url", "published_on"]


def article(article_id: int, *, with_texts: bool = False, with_metadata: bool = False) -> Article:
    """Lock the article row (its state columns only; the texts and the metadata stay unread
    unless asked)."""
    fields = [
        "id", "priority", *STATE_FIELDS,
        *(_TEXT_FIELDS if with_texts else []),
        *(METADATA_FIELDS if with_metadata else []),
    ]  # fmt: skip
    fields = list(dict.fromkeys(fields))
    return Article.objects.select_for_update().only(*fields).get(pk=article_id)


def _columns(model, names) -> str:
    return ", ".join(f'"{model._meta.get_field(name).column}"' for name in names)


# The two statements of a claim's lock, in SQL: they run on every verdict (the desk's hot path),
# and compiling them through the ORM (a subquery, a join condition, row locks) cost about as much
# as running them. Built from the models' own field names; the ids are query parameters.
_ARTICLE_FIELDS = ["id", "priority", *STATE_FIELDS]
_LOCK_ARTICLE_OF_CLAIM = (
    "SELECT {columns} FROM claimreview_article "
    "WHERE id = (SELECT article_id FROM claimreview_claim WHERE id = %s) FOR UPDATE"
)
_CLAIM_FIELDS = [f.name for f in Claim._meta.concrete_fields if f.name not in ("search_vector",)]
_LOCK_CLAIM = (
    f"SELECT {_columns(Claim, _CLAIM_FIELDS)} FROM claimreview_claim "  # noqa: S608
    "WHERE id = %s AND article_id = %s FOR UPDATE"
)


def claim(claim_id: int, *, with_body: bool = False) -> tuple[Claim, Article]:
    """Lock a claim's article, then the claim. Raises ClaimGone if the claim is gone (an editor
    merged it away while the caller had it open, or waited for the lock), ClaimRetired if its
    sentence left the article in a newer version."""
    fields = [*_ARTICLE_FIELDS, *(["body"] if with_body else [])]
    sql = _LOCK_ARTICLE_OF_CLAIM.format(columns=_columns(Article, fields))
    locked_article = next(iter(Article.objects.raw(sql, [claim_id])), None)
    if locked_article is None:
        raise ClaimGone()
    locked_claim = next(iter(Claim.objects.raw(_LOCK_CLAIM, [claim_id, locked_article.pk])), None)
    if locked_claim is None:
        raise ClaimGone()
    if locked_claim.retired_in_version is not None:
        raise ClaimRetired(locked_claim.retired_in_version)
    locked_claim.article = locked_article
    return locked_claim, locked_article


def claims(locked_article: Article) -> list[Claim]:
    """Lock every current claim of the (already locked) article, in position order: an update
    rewrites any of them."""
    return list(
        Claim.objects.select_for_update().filter(article=locked_article).order_by("position")
    )


def claims_from(locked_article: Article, *, position: int) -> list[int]:
    """Lock the article's claims from `position` on, in position order (before renumbering
    them); the article must be locked already. Returns their ids."""
    return list(
        Claim.objects.select_for_update()
        .filter(article=locked_article, position__gte=position)
        .order_by("position")
        .values_list("id", flat=True)
    )
