"""The review desk: queue hand-out, verdicts, conflicts, history, corrections, status."""

import random
import threading
import uuid
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from claimreview import desk
from claimreview.desk import DeskError, SourceData, counters
from claimreview.desk.queue import LEASE
from claimreview.models import Article, ArticleEvent, Claim, Review
from claimreview.text.checkworthy import THRESHOLD
from tests.factories import add_article, make_user

SOURCE = [SourceData(url="https://example.org/minutes", title="Council minutes")]


def verdict(claim, user, value="verified", **extra):
    claim.refresh_from_db()
    defaults = {"note": "Minutes confirm it.", "sources": SOURCE}
    if value == "attributed":
        defaults["attributed_to"] = "The council"  # required for this verdict only
    defaults.update(extra)
    return desk.submit_verdict(
        claim_id=claim.pk, reviewer=user, verdict=value, expected_version=claim.version,
        request_id=uuid.uuid4(), **defaults,
    )  # fmt: skip


def assert_counters_match(article: Article) -> None:
    article.refresh_from_db()
    in_queue = Q(is_boilerplate=False, verdict="unreviewed")
    if article.queue_scope == "checkworthy":
        in_queue &= Q(checkworthy_score__gte=THRESHOLD)
    counts = Claim.objects.filter(article=article).aggregate(
        total=Count("id"),
        boilerplate=Count("id", filter=Q(is_boilerplate=True)),
        unreviewed=Count("id", filter=in_queue),
        attributed=Count("id", filter=Q(verdict="attributed")),
        disputed=Count("id", filter=Q(verdict="disputed")),
        verified=Count("id", filter=Q(verdict="verified")),
    )
    assert (
        article.claim_count, article.boilerplate_count, article.unreviewed_count,
        article.attributed_count, article.disputed_count, article.verified_count,
    ) == tuple(counts.values())  # fmt: skip
    assert counters.drift(article.pk) == {}  # every bucket, "no check needed" and scope too
    positions = list(article.claims.order_by("position").values_list("position", flat=True))
    assert positions == list(range(1, len(positions) + 1))
    for claim in article.claims.all():
        assert article.body[claim.start : claim.end] == claim.text


# --- queue ----------------------------------------------------------------------------------


def test_queue_hands_out_in_order_and_never_boilerplate(editor, reviewer):
    older = add_article(created_by=editor, title="Older")
    add_article(created_by=editor, title="Newer", text="The bridge reopened. Traffic returned.")
    served = []
    while (claim := desk.next_claim_for(reviewer=reviewer)) is not None:
        served.append((claim.article.title, claim.position, claim.is_boilerplate))
        verdict(claim, reviewer)
    # Within an article: the check-worthy claims first, then the others, each in reading order.
    queued = older.claims.filter(is_boilerplate=False)
    expected = sorted(queued, key=lambda c: (c.checkworthy_score < THRESHOLD, c.position))
    assert [s for s in served if s[0] == "Older"] == [
        ("Older", c.position, False) for c in expected
    ]
    assert served[-2:] == [("Newer", 1, False), ("Newer", 2, False)]


def test_priority_moves_an_article_to_the_front(editor, reviewer):
    add_article(created_by=editor, title="Older")
    urgent = add_article(
        created_by=editor, title="Urgent", text="Polls close at 10 p.m. Count starts."
    )
    desk.set_priority(article_id=urgent.pk, editor=editor, priority=5)
    assert desk.next_claim_for(reviewer=reviewer).article_id == urgent.pk
    assert ArticleEvent.objects.filter(article=urgent, kind="priority").count() == 1


def test_the_queue_reads_past_the_first_batch_of_articles(editor, reviewer):
    """Articles come 20 at a time; when none of the first 45 has a claim for this reviewer
    (all skipped lately), the hand-out goes on to the 46th."""
    for n in range(45):
        claim = add_article(created_by=editor, title=f"Skipped {n}", text="It rained.").claims.get()
        desk.skip(claim_id=claim.pk, reviewer=reviewer)
    last = add_article(created_by=editor, title="Last", text="The sun came out.")
    assert desk.next_claim_for(reviewer=reviewer).article_id == last.pk
    assert desk.next_claim_for(reviewer=make_user("fresh", "reviewer")).article.title == "Skipped 0"


def test_a_returning_reviewer_gets_their_leased_claim_again(article, reviewer):
    first = desk.next_claim_for(reviewer=reviewer)
    again = desk.next_claim_for(reviewer=reviewer)
    assert first.pk == again.pk


def test_leased_claims_go_to_someone_else_only_after_the_lease_expires(article, reviewer):
    other = make_user("other", "reviewer")
    first = desk.next_claim_for(reviewer=reviewer)
    assert desk.next_claim_for(reviewer=other).pk != first.pk
    later = timezone.now() + LEASE + timedelta(seconds=1)
    third = make_user("third", "reviewer")
    assert desk.next_claim_for(reviewer=third, now=later).pk == first.pk


def test_expired_leases_are_released_by_the_command(article, reviewer):
    claim = desk.next_claim_for(reviewer=reviewer)
    Claim.objects.filter(pk=claim.pk).update(lease_expires_at=timezone.now() - timedelta(minutes=1))
    call_command("release_leases")
    claim.refresh_from_db()
    assert claim.lease_holder is None


def test_heartbeat_extends_only_my_lease(article, reviewer):
    claim = desk.next_claim_for(reviewer=reviewer)
    other = make_user("other", "reviewer")
    assert not desk.extend_lease(claim_id=claim.pk, reviewer=other)
    later = timezone.now() + timedelta(minutes=9)
    assert desk.extend_lease(claim_id=claim.pk, reviewer=reviewer, now=later)
    claim.refresh_from_db()
    assert claim.lease_expires_at > later + timedelta(minutes=9)


def test_skip_returns_the_claim_but_not_to_me_soon(article, reviewer):
    skipped = desk.next_claim_for(reviewer=reviewer)
    desk.skip(claim_id=skipped.pk, reviewer=reviewer)
    assert desk.next_claim_for(reviewer=reviewer).pk != skipped.pk
    other = make_user("other", "reviewer")
    assert desk.next_claim_for(reviewer=other).pk == skipped.pk
    assert Review.objects.filter(claim=skipped, kind="skip").count() == 1


def test_queue_limited_to_one_article(editor, reviewer):
    add_article(created_by=editor, title="Older")
    wanted = add_article(created_by=editor, title="Wanted", text="Rain fell. Rivers rose.")
    assert desk.next_claim_for(reviewer=reviewer, article=wanted).article_id == wanted.pk


# --- verdicts, conflicts, status ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "extra", "message"),
    [
        ("verified", {"sources": []}, "needs at least one source"),
        ("disputed", {"note": " "}, "needs a note"),
        ("attributed", {"attributed_to": ""}, "Name the source"),
        ("maybe", {}, "Choose a verdict"),
    ],
)
def test_verdict_rules(article, reviewer, value, extra, message):
    claim = article.claims.filter(is_boilerplate=False).first()
    with pytest.raises(DeskError, match=message):
        verdict(claim, reviewer, value, **extra)
    assert Review.objects.count() == 0


def test_status_moves_new_in_review_reviewed_signed_off_and_back(article, reviewer, editor):
    claims = list(article.claims.filter(is_boilerplate=False))
    assert article.status == "new"
    with pytest.raises(DeskError, match="still need a verdict"):
        desk.sign_off(article_id=article.pk, editor=editor)
    for n, claim in enumerate(claims):
        verdict(claim, reviewer, ["verified", "disputed", "attributed"][n % 3])
        article.refresh_from_db()
        assert article.status == ("reviewed" if n == len(claims) - 1 else "in_review")
        assert_counters_match(article)
    desk.sign_off(article_id=article.pk, editor=editor)
    article.refresh_from_db()
    assert article.status == "signed_off"
    assert article.signed_off_by == editor
    result = verdict(claims[0], reviewer, "disputed")
    assert result.notices and "took the sign-off away" in result.notices[0]
    article.refresh_from_db()
    assert article.status == "reviewed"
    assert article.signed_off_at is None
    assert "after sign-off" in article.signoff_withdrawn_reason


def test_resubmitting_the_same_form_creates_one_review(article, reviewer):
    claim = article.claims.filter(is_boilerplate=False).first()
    key = uuid.uuid4()
    kwargs = dict(
        claim_id=claim.pk, reviewer=reviewer, verdict="verified", note="ok", sources=SOURCE,
        expected_version=claim.version, request_id=key,
    )  # fmt: skip
    first = desk.submit_verdict(**kwargs)
    second = desk.submit_verdict(**kwargs)
    assert not first.duplicate and second.duplicate
    assert second.review.pk == first.review.pk
    assert Review.objects.filter(claim=claim, kind="verdict").count() == 1
    assert_counters_match(article)


def test_a_stale_save_is_a_conflict_not_an_overwrite(article, reviewer):
    other = make_user("other", "reviewer")
    claim = article.claims.filter(is_boilerplate=False).first()
    seen_version = claim.version
    verdict(claim, other, "disputed")
    result = desk.submit_verdict(
        claim_id=claim.pk, reviewer=reviewer, verdict="verified", note="fine", sources=SOURCE,
        expected_version=seen_version, request_id=uuid.uuid4(),
    )  # fmt: skip
    assert result.conflict
    assert result.other_review.reviewer == other
    claim.refresh_from_db()
    assert claim.verdict == "disputed"
    # Choosing "save mine" re-sends with the version the conflict page showed.
    result = verdict(claim, reviewer, "verified")
    assert not result.conflict
    claim.refresh_from_db()
    assert claim.verdict == "verified"


def test_revert_restores_an_earlier_verdict_and_is_recorded(article, reviewer, editor):
    claim = article.claims.filter(is_boilerplate=False).first()
    first = verdict(claim, reviewer, "verified").review
    verdict(claim, reviewer, "disputed")
    desk.revert(
        claim_id=claim.pk, editor=editor, to_review_id=first.pk, reason="The minutes were right"
    )
    claim.refresh_from_db()
    assert claim.verdict == "verified"
    kinds = list(claim.reviews.order_by("id").values_list("kind", "verdict"))
    assert kinds == [("verdict", "verified"), ("verdict", "disputed"), ("revert", "verified")]
    assert claim.reviews.get(kind="revert").sources.count() == 1
    assert_counters_match(article)


def test_merge_and_split_keep_offsets_positions_and_history(article, reviewer, editor):
    claims = list(article.claims.filter(is_boilerplate=False).order_by("position"))
    untouched = claims[-1]
    verdict(untouched, reviewer, "verified")
    verdict(claims[1], reviewer, "disputed")
    merged = desk.merge_with_next(claim_id=claims[1].pk, editor=editor).claim
    assert merged.text == article.body[claims[1].start : claims[2].end]
    assert merged.verdict == "unreviewed"
    assert not Claim.objects.filter(pk=claims[2].pk).exists()
    assert merged.reviews.filter(kind="verdict").count() == 1  # its earlier review stays
    assert_counters_match(article)
    untouched.refresh_from_db()
    assert untouched.verdict == "verified"
    assert untouched.reviews.count() == 1

    at = len(claims[1].text)
    desk.split_claim(claim_id=merged.pk, editor=editor, at=at)
    head = Claim.objects.get(pk=merged.pk)
    tail = Claim.objects.get(article=article, position=head.position + 1)
    assert (head.text, tail.text) == (claims[1].text, claims[2].text)
    assert tail.speaker == "Ines Patel"  # hints recomputed on the new text
    assert_counters_match(article)
    events = ArticleEvent.objects.filter(article=article, kind="correction").count()
    assert events == 2
    with pytest.raises(DeskError):
        desk.split_claim(claim_id=head.pk, editor=editor, at=0)
    last = article.claims.order_by("-position").first()
    with pytest.raises(DeskError, match="last claim"):
        desk.merge_with_next(claim_id=last.pk, editor=editor)


def test_restoring_boilerplate_queues_it(article, reviewer, editor):
    footer = article.claims.filter(is_boilerplate=True).first()
    desk.set_boilerplate(claim_id=footer.pk, editor=editor, is_boilerplate=False)
    assert_counters_match(article)
    served = set()
    while (claim := desk.next_claim_for(reviewer=reviewer)) is not None:
        served.add(claim.pk)
        verdict(claim, reviewer, "attributed")
    assert footer.pk in served


def test_counters_match_the_claims_through_every_kind_of_change(editor, reviewer):
    rng = random.Random(7)
    article = add_article(
        created_by=editor,
        text="\n\n".join(
            f"Officials said {n} buses would run by {2000 + n}." if n % 3
            else f"What a lovely morning it was for everyone, number {n}?"  # below the threshold
            for n in range(14)
        ),
    )  # fmt: skip
    for _ in range(90):
        claims = list(article.claims.order_by("position"))
        claim = rng.choice(claims)
        action = rng.choice(["verdict", "verdict", "revert", "merge", "split", "boilerplate",
                             "no_check", "undo_no_check", "scope"])  # fmt: skip
        try:
            if action == "verdict" and not claim.is_boilerplate:
                verdict(claim, reviewer, rng.choice(["verified", "disputed", "attributed"]))
            elif action == "no_check" and not claim.is_boilerplate:
                desk.mark_no_check(
                    claim_id=claim.pk, reviewer=reviewer, expected_version=claim.version,
                    request_id=uuid.uuid4(),
                )  # fmt: skip
            elif action == "undo_no_check":
                desk.undo_no_check(claim_id=claim.pk, editor=editor)
            elif action == "scope":
                scope = rng.choice(["all", "checkworthy"])
                desk.set_queue_scope(article_id=article.pk, editor=editor, scope=scope)
            elif action == "revert" and claim.reviews.exists():
                target = rng.choice(list(claim.reviews.all()))
                desk.revert(claim_id=claim.pk, editor=editor, to_review_id=target.pk, reason="Fuzz")
            elif action == "merge":
                desk.merge_with_next(claim_id=claim.pk, editor=editor)
            elif action == "split" and " " in claim.text:
                desk.split_claim(claim_id=claim.pk, editor=editor, at=claim.text.index(" "))
            elif action == "boilerplate":
                desk.set_boilerplate(
                    claim_id=claim.pk, editor=editor, is_boilerplate=not claim.is_boilerplate
                )
        except DeskError:
            pass
        assert_counters_match(article)
        article.refresh_from_db()
        expected = counters.status_for(article)
        assert article.status == expected


# --- real concurrency against PostgreSQL ----------------------------------------------------


def run_together(functions):
    barrier = threading.Barrier(len(functions))
    results, errors = [None] * len(functions), []

    def run(index, function):
        try:
            barrier.wait(timeout=30)
            results[index] = function()
        except Exception as error:  # reported below, with its thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, f)) for i, f in enumerate(functions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return results


@pytest.mark.django_db(transaction=True)
def test_32_reviewers_pulling_at_once_get_32_different_claims():
    editor = make_user("editor", "editor")
    add_article(
        created_by=editor,
        text="\n\n".join(f"Officials said {n} buses would run by {2000 + n}." for n in range(40)),
    )
    reviewers = [make_user(f"reviewer{n}", "reviewer") for n in range(32)]
    claims = run_together(
        [lambda r=r: desk.next_claim_for(reviewer=r).pk for r in reviewers]
    )  # fmt: skip
    assert len(set(claims)) == 32
    holders = Claim.objects.filter(pk__in=claims).values_list("lease_holder", flat=True)
    assert set(holders) == {r.pk for r in reviewers}


@pytest.mark.django_db(transaction=True)
def test_two_reviewers_saving_the_same_claim_one_wins_one_conflicts():
    editor = make_user("editor", "editor")
    article = add_article(created_by=editor)
    claim = article.claims.filter(is_boilerplate=False).first()
    alice, bob = make_user("alice", "reviewer"), make_user("bob", "reviewer")
    version = claim.version

    def save(user, value):
        return desk.submit_verdict(
            claim_id=claim.pk, reviewer=user, verdict=value, note="n", sources=SOURCE,
            expected_version=version, request_id=uuid.uuid4(),
        )  # fmt: skip

    results = run_together([lambda: save(alice, "verified"), lambda: save(bob, "disputed")])
    assert sorted(r.conflict for r in results) == [False, True]
    assert Review.objects.filter(claim=claim, kind="verdict").count() == 1
    assert_counters_match(article)


@pytest.mark.django_db(transaction=True)
def test_double_submit_from_two_threads_creates_one_review():
    editor = make_user("editor", "editor")
    article = add_article(created_by=editor)
    claim = article.claims.filter(is_boilerplate=False).first()
    alice = make_user("alice", "reviewer")
    key = uuid.uuid4()

    def save():
        return desk.submit_verdict(
            claim_id=claim.pk, reviewer=alice, verdict="verified", note="n", sources=SOURCE,
            expected_version=claim.version, request_id=key,
        )  # fmt: skip

    results = run_together([save, save, save])
    assert len({r.review.pk for r in results if r.review}) == 1
    assert Review.objects.filter(claim=claim, kind="verdict").count() == 1
    assert_counters_match(article)


# --- the desk core's own rules ---------------------------------------------------------------


def test_a_verdict_on_a_claim_merged_away_is_refused_and_saves_nothing(editor, reviewer):
    article = add_article(created_by=editor)
    claims = list(article.claims.filter(is_boilerplate=False).order_by("position"))
    second = claims[1]
    desk.merge_with_next(claim_id=claims[0].pk, editor=editor)
    with pytest.raises(desk.ClaimGone, match="merged it into another claim"):
        desk.submit_verdict(
            claim_id=second.pk, reviewer=reviewer, verdict="verified", note="Seen.",
            sources=SOURCE, expected_version=second.version, request_id=uuid.uuid4(),
        )  # fmt: skip
    assert not Review.objects.filter(kind="verdict").exists()
    assert_counters_match(article)


def test_counters_drift_names_the_columns_that_disagree(editor):
    article = add_article(created_by=editor)
    assert counters.drift(article.pk) == {}
    # Wrong, but adding up (the database refuses counters that do not).
    Article.objects.filter(pk=article.pk).update(
        unreviewed_count=F("unreviewed_count") + 1, claim_count=F("claim_count") + 1
    )
    drifted = counters.drift(article.pk)
    assert set(drifted) == {"unreviewed_count", "claim_count"}
    stored, counted = drifted["unreviewed_count"]
    assert stored == counted + 1


def test_initial_counts_refuse_an_unknown_bucket():
    assert counters.initial_counts(["unreviewed_count", "boilerplate_count"])["claim_count"] == 2
    with pytest.raises(ValueError, match="not counter columns"):
        counters.initial_counts(["pending_count"])


@pytest.mark.django_db(transaction=True)
def test_releasing_expired_leases_skips_a_claim_someone_holds_instead_of_waiting():
    editor = make_user("editor", "editor")
    article = add_article(created_by=editor)
    reviewer = make_user("rita", "reviewer")
    first = desk.next_claim_for(reviewer=reviewer)
    desk.skip(claim_id=first.pk, reviewer=reviewer)
    held = desk.next_claim_for(reviewer=reviewer)
    other = desk.next_claim_for(reviewer=make_user("omar", "reviewer"))
    later = timezone.now() + LEASE + timedelta(seconds=1)
    locked, release = threading.Event(), threading.Event()

    def hold_the_row():
        with transaction.atomic():
            Claim.objects.select_for_update().get(pk=held.pk)
            locked.set()
            release.wait(timeout=30)
        connection.close()

    thread = threading.Thread(target=hold_the_row)
    thread.start()
    locked.wait(timeout=30)
    try:
        assert desk.release_expired(now=later) == 1  # the other one; the held row is skipped
    finally:
        release.set()
        thread.join()
    assert Claim.objects.get(pk=other.pk).lease_holder is None
    assert Claim.objects.get(pk=held.pk).lease_holder == reviewer
    assert desk.release_expired(now=later) == 1
    assert_counters_match(article)


def test_who_made_the_claim_is_kept_for_any_verdict_when_given(editor, reviewer):
    article = add_article(created_by=editor)
    claim = article.claims.filter(is_boilerplate=False).first()
    verdict(claim, reviewer, value="disputed", attributed_to="Harbour council")
    claim.refresh_from_db()
    assert claim.verdict == "disputed" and claim.attributed_to == "Harbour council"


def test_only_a_claim_in_the_queue_that_nobody_else_holds_can_be_skipped(editor, reviewer):
    article = add_article(created_by=editor)
    other = make_user("omar", "reviewer")
    held = desk.next_claim_for(reviewer=other)
    assert desk.skip(claim_id=held.pk, reviewer=reviewer) is False  # someone else's
    footer = article.claims.filter(is_boilerplate=True).first()
    assert desk.skip(claim_id=footer.pk, reviewer=reviewer) is False  # not in the queue
    assert not Review.objects.filter(kind="skip").exists()
    mine = desk.next_claim_for(reviewer=reviewer)
    assert desk.skip(claim_id=mine.pk, reviewer=reviewer) is True
    assert Review.objects.filter(kind="skip").count() == 1
