"""Read-side queries: aggregates and look-ups that change nothing."""

from django.contrib.postgres.search import TrigramSimilarity

from claimreview.models import Claim, Verdict

SIMILAR_LIMIT = 3


def similar_reviewed_claims(claim: Claim) -> list[Claim]:
    """Already-reviewed claims in other articles with similar wording (pg_trgm, indexed).

    The `%` operator (trigram_similar) lets PostgreSQL use the GIN trigram index; the
    similarity value then orders the few candidates it finds.
    """
    if len(claim.text) < 20:
        return []
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
