"""Triage in the desk core: "no check needed", the queue scope, check-worthy claims first.

Every change is followed by counters.drift: the article's counters always equal the claims
counted the desk's way (the bucket of each claim depends on its article's queue scope).
"""

import io
import uuid

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from claimreview import desk
from claimreview.desk import DeskError, counters, queue
from claimreview.models import (
    GIVEN_VERDICTS,
    ArticleEvent,
    ArticleStatus,
    Claim,
    QueueScope,
    Review,
    ReviewKind,
    Verdict,
)
from claimreview.text.checkworthy import THRESHOLD
from tests.factories import add_article, make_user
from tests.test_review_desk import assert_counters_match, verdict

LOW, HIGH = THRESHOLD - 1, THRESHOLD  # just below and just at the check-worthy threshold

# Six plain sentences; each test gives them the scores it needs (the text engine's own scores
# are not what these tests are about, and they change as the engine improves).
SIX = "\n\n".join(
    f"Sentence {word} of the council's story is here." for word in
    ("one", "two", "three", "four", "five", "six")
)  # fmt: skip


def scored(editor, scores: list[int], *, title="Scored", scope=None):
    """An article whose claims have these check-worthy scores (set while it queues all its
    claims, where the score moves no counter), then the given queue scope."""
    article = add_article(created_by=editor, title=title, text=SIX)
    claims = list(article.claims.order_by("position"))
    assert len(claims) == len(scores) == 6
    for claim, score in zip(claims, scores, strict=True):
        Claim.objects.filter(pk=claim.pk).update(checkworthy_score=score)
    if scope is not None:
        desk.set_queue_scope(article_id=article.pk, editor=editor, scope=scope)
    article.refresh_from_db()
    assert counters.drift(article.pk) == {}
    return article


def no_check(claim, user, **extra):
    claim.refresh_from_db()
    kwargs = {"expected_version": claim.version, "request_id": uuid.uuid4(), **extra}
    return desk.mark_no_check(claim_id=claim.pk, reviewer=user, **kwargs)


def first_queued(article):
    return article.claims.filter(is_boilerplate=False).order_by("position").first()


# --- "no check needed" -----------------------------------------------------------------------


def test_no_check_closes_the_claim_is_recorded_and_counted(article, reviewer):
    claim = first_queued(article)
    before = article.unreviewed_count
    result = no_check(claim, reviewer)
    assert not result.conflict and result.review.kind == ReviewKind.NO_CHECK
    claim.refresh_from_db()
    assert claim.verdict == Verdict.NO_CHECK
    assert (claim.reviewed_by, claim.lease_holder) == (reviewer, None)
    assert claim.reviews.get().verdict_before == Verdict.UNREVIEWED
    article.refresh_from_db()
    assert (article.no_check_count, article.unreviewed_count) == (1, before - 1)
    assert article.status == ArticleStatus.IN_REVIEW
    assert counters.drift(article.pk) == {}
    # Closed: the queue never hands it out again.
    served = set()
    while (next_claim := desk.next_claim_for(reviewer=reviewer)) is not None:
        served.add(next_claim.pk)
        verdict(next_claim, reviewer)
    assert claim.pk not in served


def test_no_check_is_not_a_verdict(article, reviewer):
    claim = first_queued(article)
    assert Verdict.NO_CHECK not in GIVEN_VERDICTS
    with pytest.raises(DeskError, match="Choose a verdict"):
        verdict(claim, reviewer, Verdict.NO_CHECK)
    assert not Review.objects.exists()


def test_a_stale_no_check_is_a_conflict_not_an_overwrite(article, reviewer):
    other = make_user("other", "reviewer")
    claim = first_queued(article)
    seen = claim.version
    verdict(claim, other, "disputed")
    result = desk.mark_no_check(
        claim_id=claim.pk, reviewer=reviewer, expected_version=seen, request_id=uuid.uuid4()
    )
    assert result.conflict and result.other_review.reviewer == other
    claim.refresh_from_db()
    assert claim.verdict == "disputed"
    assert counters.drift(article.pk) == {}
    # ... and the other way round: a verdict over a newer "no check needed".
    seen = claim.version
    no_check(claim, other)
    stale = desk.submit_verdict(
        claim_id=claim.pk, reviewer=reviewer, verdict="attributed", attributed_to="The council",
        expected_version=seen, request_id=uuid.uuid4(),
    )  # fmt: skip
    assert stale.conflict and stale.other_review.kind == ReviewKind.NO_CHECK
    claim.refresh_from_db()
    assert claim.verdict == Verdict.NO_CHECK
    assert_counters_match(article)


def test_the_same_no_check_twice_is_recorded_once(article, reviewer):
    claim = first_queued(article)
    kwargs = {"claim_id": claim.pk, "reviewer": reviewer, "expected_version": claim.version,
              "request_id": uuid.uuid4()}  # fmt: skip
    first = desk.mark_no_check(**kwargs)
    again = desk.mark_no_check(**kwargs)
    assert not first.duplicate and again.duplicate
    assert again.review.pk == first.review.pk
    assert Review.objects.filter(claim=claim, kind=ReviewKind.NO_CHECK).count() == 1
    article.refresh_from_db()
    assert article.no_check_count == 1
    assert counters.drift(article.pk) == {}


def test_no_check_refuses_boilerplate_and_a_claim_merged_away(article, reviewer, editor):
    footer = article.claims.filter(is_boilerplate=True).first()
    with pytest.raises(DeskError, match="boilerplate"):
        no_check(footer, reviewer)
    first, second = list(article.claims.filter(is_boilerplate=False).order_by("position"))[:2]
    desk.merge_with_next(claim_id=first.pk, editor=editor)
    with pytest.raises(desk.ClaimGone, match="“No check needed” was not saved"):
        desk.mark_no_check(
            claim_id=second.pk, reviewer=reviewer, expected_version=second.version,
            request_id=uuid.uuid4(),
        )  # fmt: skip
    assert not Review.objects.filter(kind=ReviewKind.NO_CHECK).exists()
    assert_counters_match(article)


def test_an_editor_undoes_no_check_and_the_claim_is_queued_again(article, reviewer, editor):
    claim = first_queued(article)
    no_check(claim, reviewer)
    result = desk.undo_no_check(claim_id=claim.pk, editor=editor)
    assert result.review.kind == ReviewKind.UNDO_NO_CHECK
    claim.refresh_from_db()
    assert (claim.verdict, claim.reviewed_by, claim.reviewed_at) == ("unreviewed", None, None)
    kinds = list(claim.reviews.order_by("id").values_list("kind", "verdict_before", "verdict"))
    assert kinds == [
        (ReviewKind.NO_CHECK, Verdict.UNREVIEWED, Verdict.NO_CHECK),
        (ReviewKind.UNDO_NO_CHECK, Verdict.NO_CHECK, Verdict.UNREVIEWED),
    ]
    article.refresh_from_db()
    assert article.no_check_count == 0
    assert_counters_match(article)
    assert desk.next_claim_for(reviewer=make_user("fresh", "reviewer"), article=article)
    # Only a claim marked "no check needed" can be undone: nothing changes otherwise.
    with pytest.raises(DeskError, match="not marked"):
        desk.undo_no_check(claim_id=claim.pk, editor=editor)
    assert claim.reviews.count() == 2


def test_a_revert_to_no_check_restores_it(article, reviewer, editor):
    claim = first_queued(article)
    closed = no_check(claim, reviewer).review
    verdict(claim, reviewer, "verified")
    desk.revert(
        claim_id=claim.pk, editor=editor, to_review_id=closed.pk, reason="Closed by mistake"
    )
    claim.refresh_from_db()
    assert claim.verdict == Verdict.NO_CHECK
    assert_counters_match(article)


# --- status and sign-off -------------------------------------------------------------------


def test_reviewed_when_every_queued_claim_has_a_verdict_or_no_check(article, reviewer, editor):
    claims = list(article.claims.filter(is_boilerplate=False).order_by("position"))
    for n, claim in enumerate(claims):
        if n % 2:
            no_check(claim, reviewer)
        else:
            verdict(claim, reviewer, "verified")
        article.refresh_from_db()
        assert article.status == ("reviewed" if n == len(claims) - 1 else "in_review")
        assert counters.status_for(article) == article.status
        assert counters.drift(article.pk) == {}
    assert article.reviewed_count == article.queued_count == len(claims)
    assert article.progress_percent == 100
    desk.sign_off(article_id=article.pk, editor=editor)
    # Undoing "no check needed" adds work: the sign-off is withdrawn, and says why.
    result = desk.undo_no_check(claim_id=claims[1].pk, editor=editor)
    assert "took the sign-off away" in result.notices[0]
    article.refresh_from_db()
    assert article.status == ArticleStatus.IN_REVIEW
    assert "Undoing “no check needed”" in article.signoff_withdrawn_reason


def test_an_article_of_only_no_checks_is_in_review_then_reviewed(editor, reviewer):
    article = scored(editor, [LOW] * 6)
    claims = list(article.claims.order_by("position"))
    no_check(claims[0], reviewer)
    article.refresh_from_db()
    assert article.status == ArticleStatus.IN_REVIEW
    for claim in claims[1:]:
        no_check(claim, reviewer)
    article.refresh_from_db()
    assert article.status == ArticleStatus.REVIEWED


def test_sign_off_waits_for_queued_claims_only(editor, reviewer):
    article = scored(editor, [HIGH, LOW, HIGH, LOW, LOW, HIGH], scope=QueueScope.CHECKWORTHY)
    assert (article.unreviewed_count, article.not_queued_count, article.queued_count) == (3, 3, 3)
    worthy = list(article.claims.filter(checkworthy_score__gte=THRESHOLD).order_by("position"))
    verdict(worthy[0], reviewer, "verified")
    no_check(worthy[1], reviewer)  # the score was wrong: nothing to check after all
    with pytest.raises(DeskError, match=r"1 claim.*verdict or “no check needed”"):
        desk.sign_off(article_id=article.pk, editor=editor)
    verdict(worthy[2], reviewer, "disputed")
    article.refresh_from_db()
    assert article.status == ArticleStatus.REVIEWED
    desk.sign_off(article_id=article.pk, editor=editor)
    article.refresh_from_db()
    assert article.status == ArticleStatus.SIGNED_OFF
    assert article.not_queued_count == 3  # never needed for sign-off
    assert counters.drift(article.pk) == {}


def test_a_claim_left_out_of_the_queue_can_still_be_judged(editor, reviewer):
    """From its own page: its verdict counts, and undoing it leaves it out of the queue again."""
    article = scored(editor, [HIGH, LOW, HIGH, LOW, LOW, HIGH], scope=QueueScope.CHECKWORTHY)
    low = article.claims.filter(checkworthy_score=LOW).first()
    verdict(low, reviewer, "verified")
    article.refresh_from_db()
    assert (article.not_queued_count, article.verified_count, article.queued_count) == (2, 1, 4)
    no_check(low, reviewer)
    desk.undo_no_check(claim_id=low.pk, editor=make_user("eve", "editor"))
    article.refresh_from_db()
    assert (article.not_queued_count, article.unreviewed_count) == (3, 3)
    assert counters.drift(article.pk) == {}


# --- the queue scope -----------------------------------------------------------------------


def test_switching_the_scope_moves_claims_between_buckets_both_ways(editor, reviewer):
    article = scored(editor, [HIGH, LOW, HIGH, LOW, LOW, HIGH])
    lows = list(article.claims.filter(checkworthy_score=LOW).order_by("position"))
    verdict(lows[0], reviewer, "verified")  # closed claims stay where they are
    no_check(lows[1], reviewer)
    article.refresh_from_db()
    assert (article.unreviewed_count, article.not_queued_count) == (4, 0)

    article, notices = desk.set_queue_scope(
        article_id=article.pk, editor=editor, scope=QueueScope.CHECKWORTHY
    )
    assert notices == []
    article.refresh_from_db()
    assert article.queue_scope == QueueScope.CHECKWORTHY
    assert (article.unreviewed_count, article.not_queued_count) == (3, 1)
    assert (article.verified_count, article.no_check_count) == (1, 1)
    assert counters.drift(article.pk) == {}
    assert_counters_match(article)

    desk.set_queue_scope(article_id=article.pk, editor=editor, scope=QueueScope.ALL)
    article.refresh_from_db()
    assert (article.unreviewed_count, article.not_queued_count) == (4, 0)
    assert counters.drift(article.pk) == {}
    events = list(
        ArticleEvent.objects.filter(article=article, kind=ArticleEvent.Kind.QUEUE_SCOPE)
        .order_by("id")
        .values_list("actor", "detail")
    )
    assert events == [
        (editor.pk, "All claims → Check-worthy only: 1 claim(s) out of the queue"),
        (editor.pk, "Check-worthy only → All claims: 1 claim(s) back in the queue"),
    ]
    # The same scope again changes and records nothing.
    desk.set_queue_scope(article_id=article.pk, editor=editor, scope=QueueScope.ALL)
    assert ArticleEvent.objects.filter(kind=ArticleEvent.Kind.QUEUE_SCOPE).count() == 2


def test_narrowing_the_scope_can_finish_the_review_and_widening_it_withdraws_sign_off(
    editor, reviewer
):
    article = scored(editor, [HIGH, LOW, HIGH, LOW, LOW, HIGH])
    for claim in article.claims.filter(checkworthy_score=HIGH):
        verdict(claim, reviewer, "verified")
    article.refresh_from_db()
    assert article.status == ArticleStatus.IN_REVIEW
    desk.set_queue_scope(article_id=article.pk, editor=editor, scope=QueueScope.CHECKWORTHY)
    article.refresh_from_db()
    assert article.status == ArticleStatus.REVIEWED
    desk.sign_off(article_id=article.pk, editor=editor)
    # Narrowing a signed-off article adds no work: the sign-off stays.
    desk.set_queue_scope(article_id=article.pk, editor=editor, scope=QueueScope.CHECKWORTHY)
    # Widening it queues three claims again: the sign-off goes, recorded.
    _, notices = desk.set_queue_scope(article_id=article.pk, editor=editor, scope=QueueScope.ALL)
    assert "took the sign-off away" in notices[0]
    article.refresh_from_db()
    assert article.status == ArticleStatus.IN_REVIEW and article.signed_off_at is None
    assert "Queueing more claims" in article.signoff_withdrawn_reason
    assert ArticleEvent.objects.filter(
        article=article, kind=ArticleEvent.Kind.SIGNOFF_WITHDRAWN
    ).exists()
    assert counters.drift(article.pk) == {}


def test_narrowing_a_signed_off_article_keeps_the_sign_off(editor, reviewer):
    article = scored(editor, [HIGH, LOW, HIGH, LOW, LOW, HIGH])
    for claim in article.claims.all():
        verdict(claim, reviewer, "verified")
    desk.sign_off(article_id=article.pk, editor=editor)
    _, notices = desk.set_queue_scope(
        article_id=article.pk, editor=editor, scope=QueueScope.CHECKWORTHY
    )
    article.refresh_from_db()
    assert notices == [] and article.status == ArticleStatus.SIGNED_OFF


def test_an_unknown_scope_is_refused(article, editor):
    with pytest.raises(DeskError, match="Choose which claims to queue"):
        desk.set_queue_scope(article_id=article.pk, editor=editor, scope="some")
    assert not ArticleEvent.objects.filter(kind=ArticleEvent.Kind.QUEUE_SCOPE).exists()


def test_corrections_keep_the_counters_right_under_check_worthy_only(editor, reviewer):
    """A merge or a split recomputes the hints, so a claim may cross the threshold."""
    article = add_article(created_by=editor)
    desk.set_queue_scope(article_id=article.pk, editor=editor, scope=QueueScope.CHECKWORTHY)
    claims = list(article.claims.filter(is_boilerplate=False).order_by("position"))
    no_check(claims[1], reviewer)
    desk.merge_with_next(claim_id=claims[0].pk, editor=editor)
    assert_counters_match(article)
    merged = Claim.objects.get(pk=claims[0].pk)
    desk.split_claim(claim_id=merged.pk, editor=editor, at=len(claims[0].text))
    assert_counters_match(article)
    for claim in article.claims.filter(is_boilerplate=False):
        desk.set_boilerplate(claim_id=claim.pk, editor=editor, is_boilerplate=True)
        assert_counters_match(article)


# --- the queue: check-worthy first ---------------------------------------------------------


def served(reviewer, article) -> list[int]:
    """The scores of the claims the queue hands out, in order (each closed as it comes)."""
    scores = []
    while (claim := desk.next_claim_for(reviewer=reviewer, article=article)) is not None:
        scores.append((claim.checkworthy_score, claim.position))
        no_check(claim, reviewer)
    return scores


def test_the_queue_hands_out_check_worthy_claims_first(editor, reviewer):
    article = scored(editor, [LOW, HIGH, LOW, 90, LOW, HIGH])
    assert served(reviewer, article) == [
        (HIGH, 2), (90, 4), (HIGH, 6), (LOW, 1), (LOW, 3), (LOW, 5),
    ]  # fmt: skip


def test_check_worthy_only_hands_out_nothing_below_the_threshold(editor, reviewer):
    article = scored(editor, [LOW, HIGH, LOW, 90, LOW, HIGH], scope=QueueScope.CHECKWORTHY)
    assert served(reviewer, article) == [(HIGH, 2), (90, 4), (HIGH, 6)]
    article.refresh_from_db()
    assert article.status == ArticleStatus.REVIEWED
    # Back to "all claims": the three others come, in reading order.
    desk.set_queue_scope(article_id=article.pk, editor=editor, scope=QueueScope.ALL)
    assert served(reviewer, article) == [(LOW, 1), (LOW, 3), (LOW, 5)]
    assert counters.drift(article.pk) == {}


def test_the_queue_moves_on_when_an_article_has_only_claims_left_out(editor, reviewer):
    """An article whose claims left are below the threshold is not in the queue at all."""
    narrow = scored(editor, [LOW] * 6, title="Narrow", scope=QueueScope.CHECKWORTHY)
    wide = scored(editor, [LOW] * 6, title="Wide")
    desk.set_priority(article_id=narrow.pk, editor=editor, priority=5)
    assert desk.next_claim_for(reviewer=reviewer).article_id == wide.pk


@pytest.mark.parametrize("scope", QueueScope.values)
def test_the_sql_hand_out_and_counters_queued_agree(editor, reviewer, scope):
    scores = [0, LOW, HIGH, HIGH + 1, 100, LOW - 1]
    article = scored(editor, scores, scope=scope)
    expected = {s for s in scores if counters.queued(scope=scope, checkworthy_score=s)}
    assert {score for score, _ in served(reviewer, article)} == expected


# --- the hand-out's plan -------------------------------------------------------------------


def explain(sql: str, params: dict) -> str:
    """EXPLAIN as PostgreSQL would plan it on a big table (see tests/test_dashboard.plan)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        text = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_seqscan")
        cursor.execute("RESET enable_sort")
    return text


@pytest.mark.parametrize("whole_article", [True, False])
def test_the_hand_out_reads_the_check_worthy_first_index_in_order(editor, reviewer, whole_article):
    call_command("generate_desk_data", articles=30, claims_per_article=12, big_article_claims=0,
                 reviewers=2, batch=10, stdout=io.StringIO())  # fmt: skip
    article = Claim.objects.values_list("article_id", flat=True).first()
    now = timezone.now()
    params = {
        **queue._CONSTANTS, "reviewer": reviewer.pk, "article": article,
        "whole_article": whole_article, "now": now, "until": now, "skipped_since": now,
    }  # fmt: skip
    plan = explain(queue._LEASE_FIRST_FREE_CLAIM, params)
    assert "claim_queue_worthy_first_idx" in plan, plan
    assert "Sort" not in plan, plan  # the index gives the order: LIMIT 1 reads one entry
    if not whole_article:
        # Only the index's check-worthy part is read, not filtered row by row.
        cond = next(line for line in plan.splitlines() if "Index Cond" in line)
        assert f"checkworthy_score >= {THRESHOLD}" in cond, plan
    articles = explain(
        queue._ARTICLES_IN_QUEUE_ORDER, {**params, "article": None, "limit": 20, "offset": 0}
    )
    assert "article_queue_order_idx" in articles and "Sort" not in articles, articles
