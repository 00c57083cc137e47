"""Every rule the data must keep is a named database constraint: break each one."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from claimreview.models import Article, Claim, Review, Source
from tests.factories import add_article


def violates(constraint: str, action) -> None:
    with pytest.raises(IntegrityError) as caught, transaction.atomic():
        action()
    assert constraint in str(caught.value)


@pytest.fixture
def claim(article):
    return article.claims.filter(is_boilerplate=False).first()


def test_claim_positions_are_unique_per_article(claim):
    # The constraint is deferred (merges renumber inside a transaction); check it now.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS claim_unique_position IMMEDIATE")
    violates(
        "claim_unique_position",
        lambda: Claim.objects.create(
            article=claim.article, position=claim.position, paragraph=1, start=0, end=1, text="H"
        ),
    )


def test_claim_start_before_end(claim):
    violates(
        "claim_start_before_end",
        lambda: Claim.objects.filter(pk=claim.pk).update(end=claim.start),
    )


def test_claim_verdict_values_are_checked(claim, editor):
    violates(
        "claim_verdict_valid",
        lambda: Claim.objects.filter(pk=claim.pk).update(
            verdict="ok", reviewed_by=editor, reviewed_at=timezone.now()
        ),
    )


def test_claim_verdict_needs_a_reviewer(claim):
    violates(
        "claim_verdict_has_reviewer",
        lambda: Claim.objects.filter(pk=claim.pk).update(verdict="verified"),
    )


def test_boilerplate_cannot_carry_a_verdict(article, editor):
    boilerplate = article.claims.filter(is_boilerplate=True).first()
    violates(
        "claim_boilerplate_not_reviewed",
        lambda: Claim.objects.filter(pk=boilerplate.pk).update(
            verdict="verified", reviewed_by=editor, reviewed_at=timezone.now()
        ),
    )


def test_lease_needs_holder_and_expiry(claim, editor):
    violates(
        "claim_lease_complete",
        lambda: Claim.objects.filter(pk=claim.pk).update(lease_holder=editor),
    )


def test_article_status_values_are_checked(article):
    violates(
        "article_status_valid",
        lambda: Article.objects.filter(pk=article.pk).update(status="published"),
    )


def test_article_counts_must_add_up(article):
    violates(
        "article_counts_add_up",
        lambda: Article.objects.filter(pk=article.pk).update(claim_count=article.claim_count + 1),
    )


def test_signed_off_article_has_a_time(article):
    violates(
        "article_signed_off_has_time",
        lambda: Article.objects.filter(pk=article.pk).update(status="signed_off"),
    )


def test_article_title_not_empty(article):
    violates(
        "article_title_not_empty", lambda: Article.objects.filter(pk=article.pk).update(title="")
    )


def test_source_needs_url_or_citation(claim, editor):
    review = Review.objects.create(
        claim=claim, reviewer=editor, verdict_before="unreviewed", verdict="unreviewed"
    )
    violates("source_has_url_or_citation", lambda: Source.objects.create(review=review, title="x"))
    Source.objects.create(review=review, citation="Council minutes, 3 March")


def test_review_kind_values_are_checked(claim, editor):
    violates(
        "review_kind_valid",
        lambda: Review.objects.create(
            claim=claim,
            reviewer=editor,
            kind="vote",
            verdict_before="unreviewed",
            verdict="unreviewed",
        ),
    )


def test_review_request_id_is_unique(claim, editor):
    import uuid

    key = uuid.uuid4()
    Review.objects.create(
        claim=claim, reviewer=editor, verdict_before="unreviewed", verdict="unreviewed",
        request_id=key,
    )  # fmt: skip
    violates(
        "request_id",
        lambda: Review.objects.create(
            claim=claim,
            reviewer=editor,
            verdict_before="unreviewed",
            verdict="unreviewed",
            request_id=key,
        ),
    )


def test_roles_exist_with_their_permissions(reviewer, editor, admin_user):
    assert reviewer.has_perm("claimreview.review_claims")
    assert not reviewer.has_perm("claimreview.add_article")
    assert editor.has_perm("claimreview.add_article")
    assert editor.has_perm("claimreview.correct_claims")
    assert not editor.has_perm("claimreview.change_user")
    assert admin_user.has_perm("claimreview.change_user")


def test_two_articles_can_share_positions(editor):
    first = add_article(created_by=editor)
    second = add_article(created_by=editor, title="Another")
    assert set(first.claims.values_list("position", flat=True)) == set(
        second.claims.values_list("position", flat=True)
    )
