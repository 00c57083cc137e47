"""Updates raced against reviewers at work, with real threads on PostgreSQL.

An editor saves new versions of an article (figures changed, sentences added and removed)
while reviewers pull the queue and post verdicts on the same article, through the desk core and
through the pages. Afterwards: no deadlock, no 500, every acknowledged verdict in the history,
and none attached to text the reviewer did not see.
"""

import random
import time
import uuid

import pytest
from django.urls import reverse

from claimreview import desk
from claimreview.desk import counters
from claimreview.models import Article, Claim, Review, ReviewKind
from tests.factories import add_article, make_user
from tests.test_desk_races import SOURCES, VERDICTS, Crowd, _client_for
from tests.test_review_desk import assert_counters_match


def _sentences(rng: random.Random, count: int) -> list[str]:
    return [
        f"Officials said route {n} carried {100 + n} passengers a day in {1990 + n % 30}."
        for n in range(count)
    ]


def _text(lines: list[str]) -> str:
    return "Harbour routes under review\n\n" + "\n\n".join(
        " ".join(lines[i : i + 3]) for i in range(0, len(lines), 3)
    )


def _editor_loop(editor, article_id: int, rng: random.Random, lines: list[str], saved: list):
    def loop():
        for _ in range(rng.randint(1, 5)):
            n = rng.randrange(len(lines))
            edit = rng.choice(["figure", "figure", "add", "drop"])
            if edit == "figure":
                lines[n] = lines[n].replace(" carried ", f" carried {rng.randint(1, 9)}", 1)
            elif edit == "add":
                lines.insert(n, f"A ferry left pier {rng.randint(1, 999)} at {n} o'clock.")
            elif len(lines) > 20:
                lines.pop(n)
        prepared = desk.prepare(title="Routes", text=_text(lines))
        try:
            result = desk.update_article(article_id=article_id, prepared=prepared, by=editor)
        except desk.DeskError:
            return  # the same text again: refused, nothing saved
        saved.append(result.version)
        time.sleep(0.02)  # an editor's pace: reviewers get the article lock in between

    return loop


def _reviewer_loop(reviewer, article, rng: random.Random, acknowledged: list, refused: list):
    def loop():
        claim = desk.next_claim_for(reviewer=reviewer, article=article)
        if claim is None:
            time.sleep(0.01)
            return
        time.sleep(rng.random() * 0.01)  # reading the claim: an update may land meanwhile
        try:
            result = desk.submit_verdict(
                claim_id=claim.pk, reviewer=reviewer, verdict=rng.choice(VERDICTS),
                note="Checked.", attributed_to="Officials", sources=SOURCES,
                expected_version=claim.version, request_id=uuid.uuid4(),
            )  # fmt: skip
        except desk.ClaimRetired:
            refused.append("removed")  # the sentence left the article: told, nothing saved
            return
        if result.conflict:
            refused.append("conflict")
            assert result.other_review is not None
            return
        acknowledged.append((result.review.pk, claim.text))

    return loop


def _text_at(review: Review) -> str:
    """The claim's text when `review` was saved: the text before the next text change, or
    the claim's text now."""
    later = (
        Review.objects.filter(
            claim_id=review.claim_id, id__gt=review.pk, kind=ReviewKind.TEXT_CHANGED
        )
        .order_by("id")
        .first()
    )
    if later is not None:
        return later.text_before
    return Claim.all_versions.get(pk=review.claim_id).text


@pytest.mark.django_db(transaction=True)
def test_updates_while_16_reviewers_post_verdicts_on_the_same_article():
    editor = make_user("editor", "editor")
    rng = random.Random(4)
    lines = _sentences(rng, 60)
    article = add_article(created_by=editor, title="Routes", text=_text(lines))
    reviewers = [make_user(f"reviewer{n}", "reviewer") for n in range(16)]
    acknowledged, refused, saved = [], [], []
    crowd = Crowd(seconds=6, enough=lambda: len(acknowledged) > 30 and len(saved) > 8)
    crowd.add("editor", _editor_loop(editor, article.pk, random.Random(1), lines, saved))
    for n, reviewer in enumerate(reviewers):
        crowd.add(
            reviewer.username,
            _reviewer_loop(reviewer, article, random.Random(n), acknowledged, refused),
        )
    crowd.run()

    assert len(acknowledged) > 30 and len(saved) > 8, (len(acknowledged), saved)
    reviews = Review.objects.in_bulk([pk for pk, _ in acknowledged])
    assert len(reviews) == len(acknowledged)  # no acknowledged verdict lost
    for pk, seen in acknowledged:
        assert _text_at(reviews[pk]) == seen, pk  # never attached to other text
    # A claim whose last change was a verdict carries it, retired or not.
    for claim in Claim.all_versions.filter(article=article):
        last = claim.reviews.exclude(kind=ReviewKind.SKIP).order_by("-id").first()
        if last is not None and last.kind == ReviewKind.VERDICT:
            assert claim.verdict == last.verdict, claim.pk
    assert counters.drift(article.pk) == {}
    assert_counters_match(article)
    article.refresh_from_db()
    for claim in Claim.objects.filter(article=article):
        assert article.body[claim.start : claim.end] == claim.text


@pytest.mark.django_db(transaction=True)
def test_updates_through_the_pages_while_reviewers_post_never_answer_500():
    editor = make_user("editor", "editor")
    rng = random.Random(9)
    lines = _sentences(rng, 45)
    article = add_article(created_by=editor, title="Routes", text=_text(lines))
    reviewers = [make_user(f"reviewer{n}", "reviewer") for n in range(8)]
    statuses: list[int] = []
    crowd = Crowd(seconds=5)

    def editor_loop(rng):
        client = _client_for(editor)

        def loop():
            n = rng.randrange(len(lines))
            lines[n] = lines[n].replace(" carried ", f" carried {rng.randint(1, 9)}", 1)
            version = Article.objects.get(pk=article.pk).version
            response = client.post(
                reverse("article-update", args=[article.pk]),
                {"body": _text(lines), "based_on": str(version)},
            )
            statuses.append(response.status_code)
            time.sleep(0.02)

        return loop

    def reviewer_loop(user, rng):
        client = _client_for(user)

        def loop():
            page = client.get(reverse("queue") + f"?article={article.pk}")
            statuses.append(page.status_code)
            claim = Claim.all_versions.filter(lease_holder=user).first()
            if claim is None:
                time.sleep(0.01)
                return
            response = client.post(
                reverse("claim-review", args=[claim.pk]),
                {
                    "verdict": "verified", "note": "Checked.", "version": claim.version,
                    "request_id": str(uuid.uuid4()), "mode": "queue", "article": article.pk,
                    "sources-TOTAL_FORMS": "1", "sources-INITIAL_FORMS": "0",
                    "sources-0-url": "https://example.org/r",
                },
                headers={"HX-Request": "true"},
            )  # fmt: skip
            statuses.append(response.status_code)

        return loop

    crowd.add("editor", editor_loop(random.Random(7)))
    for n, user in enumerate(reviewers):
        crowd.add(user.username, reviewer_loop(user, random.Random(300 + n)))
    crowd.run()

    assert statuses and all(status < 500 for status in statuses), sorted(set(statuses))
    assert 302 in statuses  # the editor's updates were saved while reviewers worked
    assert counters.drift(article.pk) == {}
    assert_counters_match(article)
