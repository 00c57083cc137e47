"""Article versions through the desk core: every carried field, corrections that survive,
status and counters after updates, random sequences, and a constant number of queries."""

import random
import time
import uuid

import pytest

from claimreview import desk
from claimreview.desk import counters
from claimreview.models import (
    ArticleEvent,
    ArticleStatus,
    ArticleVersion,
    Claim,
    Review,
    ReviewKind,
    Verdict,
)
from tests.factories import add_article
from tests.test_review_desk import assert_counters_match

SOURCE = desk.SourceData(url="https://example.org/budget", title="Council budget 2026")

V1 = """Harbour council backs new ferry route

The Lowmoor harbour council voted 12 to 3 on Monday to open a ferry route to the islands, its chair said.

"This is the first new route in 40 years," Chair Ines Patel told reporters. "It will not be the last."

The route will cost £2.5m a year to run, according to the council's budget. Critics say the figure is too low.

Island schools have lost a third of their pupils since 2010, census figures show.

Subscribe now

© 2026 The Lowmoor Ledger
"""


def claim_with(article, text_part: str) -> Claim:
    return Claim.objects.get(article=article, text__contains=text_part)


def give(claim, reviewer, verdict="verified", note="Matches the budget.", said_by=""):
    claim = Claim.objects.get(pk=claim.pk)
    result = desk.submit_verdict(
        claim_id=claim.pk, reviewer=reviewer, verdict=verdict, note=note, attributed_to=said_by,
        sources=[SOURCE], expected_version=claim.version, request_id=uuid.uuid4(),
    )  # fmt: skip
    assert not result.conflict
    return result


def update(article, text, editor, **kwargs):
    prepared = desk.prepare(title=article.title, text=text)
    return desk.update_article(article_id=article.pk, prepared=prepared, by=editor, **kwargs)


def assert_exact(article) -> None:
    """Offsets exact against the current body, positions 1..n, counters equal to the claims."""
    article.refresh_from_db()
    claims = list(Claim.objects.filter(article=article).order_by("position"))
    assert [c.position for c in claims] == list(range(1, len(claims) + 1))
    for claim in claims:
        assert article.body[claim.start : claim.end] == claim.text, claim.position
    assert counters.drift(article.pk) == {}
    assert article.status == counters.status_for(article) or (
        article.status == ArticleStatus.SIGNED_OFF
    )
    assert_counters_match(article)


@pytest.fixture
def story(editor):
    return add_article(created_by=editor, title="Harbour council backs new ferry route", text=V1)


def test_an_identical_sentence_keeps_verdict_note_sources_reviewer_and_history(
    story, editor, reviewer
):
    claim = claim_with(story, "first new route")
    saved = give(claim, reviewer, "attributed", note="Said at the meeting.", said_by="Ines Patel")
    before = Claim.objects.get(pk=claim.pk)
    result = update(story, V1.replace("12 to 3", "12 to 4"), editor)
    after = Claim.objects.get(pk=claim.pk)
    assert result.version == 2 and result.plan.counts["changed"] == 1
    for name in ("verdict", "note", "attributed_to", "reviewed_by_id", "reviewed_at", "version",
                 "text", "is_boilerplate", "speaker", "checkworthy_score", "first_version"):  # fmt: skip
        assert getattr(after, name) == getattr(before, name), name
    assert list(after.reviews.values_list("id", flat=True)) == [saved.review.pk]
    assert [s.url for s in saved.review.sources.all()] == [SOURCE.url]
    assert after.previous_verdict == "" and after.retired_in_version is None
    assert_exact(story)


def test_a_changed_sentence_keeps_its_history_goes_back_to_the_queue_and_still_holds(
    story, editor, reviewer
):
    claim = claim_with(story, "£2.5m")
    for other in Claim.objects.filter(article=story, is_boilerplate=False).exclude(pk=claim.pk):
        give(other, reviewer)
    first = give(claim, reviewer)
    update(story, V1.replace("£2.5m", "£2.8m"), editor)
    changed = Claim.objects.get(pk=claim.pk)
    assert "£2.8m" in changed.text and changed.verdict == Verdict.UNREVIEWED
    assert (changed.previous_verdict, changed.previous_verdict_version) == (Verdict.VERIFIED, 1)
    assert changed.previous_review_id == first.review.pk
    assert changed.note == "" and changed.reviewed_by is None and changed.lease_holder is None
    entry = changed.reviews.order_by("-id").first()
    assert (entry.kind, entry.article_version, entry.verdict_before) == (
        ReviewKind.TEXT_CHANGED, 2, Verdict.VERIFIED,
    )  # fmt: skip
    assert "£2.5m" in entry.text_before
    # Back in the queue: the reviewer gets it, and one "still holds" carries the verdict.
    leased = desk.next_claim_for(reviewer=reviewer, article=story)
    assert leased.pk == claim.pk
    held = desk.still_holds(
        claim_id=claim.pk, reviewer=reviewer, expected_version=leased.version,
        request_id=uuid.uuid4(),
    )  # fmt: skip
    now = Claim.objects.get(pk=claim.pk)
    assert (now.verdict, now.note, now.reviewed_by_id) == (
        Verdict.VERIFIED, "Matches the budget.", reviewer.pk,
    )  # fmt: skip
    assert now.previous_verdict == "" and now.previous_review_id is None
    assert held.review.kind == ReviewKind.STILL_HOLDS
    assert [s.url for s in held.review.sources.all()] == [SOURCE.url]
    assert list(now.reviews.values_list("kind", flat=True)) == [
        ReviewKind.VERDICT, ReviewKind.TEXT_CHANGED, ReviewKind.STILL_HOLDS,
    ]  # fmt: skip
    assert_exact(story)


def test_still_holds_needs_an_earlier_verdict(story, reviewer):
    claim = claim_with(story, "£2.5m")
    with pytest.raises(desk.DeskError, match="no verdict from an earlier version"):
        desk.still_holds(claim_id=claim.pk, reviewer=reviewer, expected_version=claim.version)


def test_a_new_sentence_is_queued_and_a_removed_one_is_kept_with_its_reviews(
    story, editor, reviewer
):
    schools = claim_with(story, "Island schools")
    give(schools, reviewer, "disputed", note="Census says a quarter.")
    text = V1.replace(
        "Island schools have lost a third of their pupils since 2010, census figures show.\n",
        "Boats will sail twice a day from May, weather permitting.\n",
    )
    result = update(story, text, editor)
    assert (result.plan.counts["added"], result.plan.counts["removed"]) == (1, 1)
    removed = Claim.all_versions.get(pk=schools.pk)
    assert removed.retired_in_version == 2 and removed.verdict == Verdict.DISPUTED
    assert not Claim.objects.filter(pk=schools.pk).exists()
    assert removed.reviews.filter(kind=ReviewKind.VERDICT).exists()
    assert removed.reviews.order_by("-id").first().kind == ReviewKind.REMOVED
    added = claim_with(story, "Boats will sail")
    assert (added.first_version, added.verdict) == (2, Verdict.UNREVIEWED)
    assert added.reviews.get().kind == ReviewKind.ADDED
    # Version 1 keeps its text and its claims as they were, the removed one with its verdict.
    first = ArticleVersion.objects.get(article=story, number=1)
    assert (first.raw_text, first.created_by_id) == (V1, story.created_by_id)
    snapshot = {row[0]: row for row in first.claims}
    assert snapshot[schools.pk][5] == Verdict.DISPUTED
    start, end = snapshot[schools.pk][3:5]
    assert first.body[start:end] == removed.text
    second = ArticleVersion.objects.get(article=story, number=2)
    assert (second.created_by_id, second.changes["added"], second.body) == (
        editor.pk, 1, result.article.body,
    )  # fmt: skip
    # A reviewer who had the removed claim open is told, never a 500 or a silent save.
    with pytest.raises(desk.ClaimRetired, match="removed from the article in version 2"):
        desk.submit_verdict(
            claim_id=removed.pk, reviewer=reviewer, verdict="verified", note="n",
            sources=[SOURCE], expected_version=schools.version,
        )  # fmt: skip
    assert_exact(story)


def test_editor_corrections_on_unchanged_text_survive_an_update(story, editor, reviewer):
    quote = claim_with(story, "first new route")
    desk.merge_with_next(claim_id=quote.pk, editor=editor)  # the quote's two sentences as one
    vote = claim_with(story, "12 to 3")
    desk.split_claim(claim_id=vote.pk, editor=editor, at=vote.text.index(" to open") + 1)
    subscribe = claim_with(story, "Subscribe now")
    desk.set_boilerplate(claim_id=subscribe.pk, editor=editor, is_boilerplate=False)
    give(claim_with(story, "It will not be the last"), reviewer, "attributed", said_by="Patel")
    texts = sorted(Claim.objects.filter(article=story).values_list("text", flat=True))

    update(story, V1.replace("Critics say", "Several critics say"), editor)

    after = sorted(Claim.objects.filter(article=story).values_list("text", flat=True))
    assert after == sorted(t.replace("Critics say", "Several critics say") for t in texts)
    merged = claim_with(story, "It will not be the last")
    assert merged.verdict == Verdict.ATTRIBUTED
    assert Claim.objects.get(pk=subscribe.pk).is_boilerplate is False
    assert_exact(story)


def test_status_follows_the_text(story, editor, reviewer):
    for claim in Claim.objects.filter(article=story, is_boilerplate=False):
        give(claim, reviewer)
    desk.sign_off(article_id=story.pk, editor=editor)
    # Only boilerplate changed: still signed off.
    result = update(story, V1.replace("© 2026", "© 2027"), editor)
    assert result.article.status == ArticleStatus.SIGNED_OFF and result.notices == []
    assert result.plan.queued_work == 0
    # A changed claim: back to in review, and the page says why.
    result = update(story, V1.replace("© 2026", "© 2027").replace("12 to 3", "11 to 4"), editor)
    story.refresh_from_db()
    assert story.status == ArticleStatus.IN_REVIEW and story.signed_off_at is None
    assert "Version 3" in story.signoff_withdrawn_reason
    assert result.notices and "sign-off" in result.notices[0]
    assert ArticleEvent.objects.filter(article=story, kind=ArticleEvent.Kind.UPDATED).count() == 2
    assert_exact(story)


def test_a_reviewed_article_goes_back_to_in_review_when_a_sentence_is_added(
    story, editor, reviewer
):
    for claim in Claim.objects.filter(article=story, is_boilerplate=False):
        give(claim, reviewer)
    story.refresh_from_db()
    assert story.status == ArticleStatus.REVIEWED
    result = update(story, V1 + "\nThe first boat sails on 4 May.\n", editor)
    assert result.article.status == ArticleStatus.IN_REVIEW
    assert "in review again" in result.notices[0]


def test_an_unchanged_text_or_a_stale_preview_saves_nothing(story, editor):
    with pytest.raises(desk.DeskError, match="nothing to update"):
        update(story, V1, editor)
    update(story, V1.replace("12 to 3", "12 to 4"), editor, based_on=1)
    with pytest.raises(desk.DeskError, match="Version 2 of this article was saved"):
        update(story, V1.replace("12 to 3", "12 to 5"), editor, based_on=1)
    assert ArticleVersion.objects.filter(article=story).count() == 2


def test_boilerplate_changed_and_whole_rewrite(story, editor, reviewer):
    give(claim_with(story, "£2.5m"), reviewer)
    rewrite = """Storm closes island airstrip

A storm closed the island airstrip for the third time this winter.

Flights will resume on Thursday if the wind drops below forty knots.
"""
    result = update(story, rewrite, editor)
    assert result.plan.counts["same"] == 0
    assert result.plan.counts["removed"] >= 7 and result.plan.counts["added"] == 3
    assert Claim.all_versions.filter(article=story, retired_in_version=2).count() >= 7
    assert_exact(story)


# --- random sequences: edits, updates, verdicts and corrections ----------------------------

WORDS = "ferry council island route vote budget harbour school storm fare boat quay".split()


def _random_text(rng: random.Random, paragraphs: list[list[str]]) -> str:
    return "Harbour news\n\n" + "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 14))]
    return f"The {' '.join(words)} cost {rng.randint(1, 999)} pounds in {1990 + n}."


@pytest.mark.parametrize("seed", range(6))
def test_random_sequences_keep_counters_status_and_offsets_right(editor, reviewer, seed):
    rng = random.Random(seed)
    paragraphs = [[_sentence(rng, p * 3 + s) for s in range(3)] for p in range(8)]
    paragraphs.append(["Subscribe now"])
    article = add_article(created_by=editor, title="Harbour news",
                          text=_random_text(rng, paragraphs))  # fmt: skip
    for _step in range(30):
        action = rng.choice(["update", "update", "verdict", "verdict", "no_check", "holds",
                             "merge", "split", "boilerplate", "sign_off", "scope"])  # fmt: skip
        claims = list(Claim.objects.filter(article=article))
        claim = rng.choice(claims)
        try:
            if action == "update":
                for _ in range(rng.randint(1, 4)):
                    p = rng.randrange(len(paragraphs))
                    edit = rng.choice(["word", "add", "drop", "move"])
                    if edit == "word" and paragraphs[p]:
                        s = rng.randrange(len(paragraphs[p]))
                        paragraphs[p][s] = paragraphs[p][s].replace(rng.choice(WORDS), "tide", 1)
                    elif edit == "add":
                        paragraphs[p].insert(0, _sentence(rng, rng.randint(100, 900)))
                    elif edit == "drop" and len(paragraphs[p]) > 1:
                        paragraphs[p].pop(rng.randrange(len(paragraphs[p])))
                    elif edit == "move":
                        paragraphs.insert(rng.randrange(len(paragraphs)), paragraphs.pop(p))
                update(article, _random_text(rng, paragraphs), editor)
            elif action == "verdict":
                give(claim, reviewer, rng.choice(["verified", "disputed"]))
            elif action == "no_check":
                desk.mark_no_check(claim_id=claim.pk, reviewer=reviewer,
                                   expected_version=claim.version)  # fmt: skip
            elif action == "holds":
                held = Claim.objects.filter(article=article).exclude(previous_verdict="").first()
                if held:
                    desk.still_holds(claim_id=held.pk, reviewer=reviewer,
                                     expected_version=held.version)  # fmt: skip
            elif action == "merge":
                desk.merge_with_next(claim_id=claim.pk, editor=editor)
            elif action == "split" and " " in claim.text[3:]:
                desk.split_claim(claim_id=claim.pk, editor=editor,
                                 at=claim.text.index(" ", 3))  # fmt: skip
            elif action == "boilerplate":
                desk.set_boilerplate(claim_id=claim.pk, editor=editor,
                                     is_boilerplate=not claim.is_boilerplate)  # fmt: skip
            elif action == "sign_off":
                desk.sign_off(article_id=article.pk, editor=editor)
            elif action == "scope":
                desk.set_queue_scope(article_id=article.pk, editor=editor,
                                     scope=rng.choice(["all", "checkworthy"]))  # fmt: skip
        except desk.DeskError:
            pass  # a refusal (nothing to update, boilerplate, last claim): nothing changed
        assert_exact(article)
    # Nothing reviewed was ever deleted.
    given = Review.objects.filter(claim__article=article, kind=ReviewKind.VERDICT).count()
    assert (
        given
        == Review.objects.filter(
            claim__in=Claim.all_versions.filter(article=article), kind=ReviewKind.VERDICT
        ).count()
    )


# --- speed: the 4,000-word article with 200 reviewed claims ---------------------------------


def _long_article(sentences: int, *, changed: frozenset = frozenset()) -> str:
    rng = random.Random(1)
    lines = []
    for n in range(sentences):
        words = " ".join(rng.choice(WORDS) for _ in range(12))
        figure = 100 + n + (1 if n in changed else 0)
        lines.append(f"Officials said the {words} at site {n} cost {figure} pounds.")
    return "Harbour routes under review\n\n" + "\n\n".join(
        " ".join(lines[i : i + 4]) for i in range(0, sentences, 4)
    )


def _reviewed_article(editor, reviewer, sentences: int):
    article = add_article(created_by=editor, title="Routes", text=_long_article(sentences))
    reviewer_ids = list(Claim.objects.filter(article=article, is_boilerplate=False))
    for claim in reviewer_ids:
        give(claim, reviewer)
    return article


@pytest.mark.parametrize("sentences", [50, 200])
def test_an_update_takes_a_constant_number_of_queries(
    editor, reviewer, sentences, django_assert_max_num_queries
):
    article = _reviewed_article(editor, reviewer, sentences)
    changed = frozenset(range(0, sentences, 10))
    prepared = desk.prepare(title="Routes", text=_long_article(sentences, changed=changed))
    with django_assert_max_num_queries(18):
        result = desk.update_article(article_id=article.pk, prepared=prepared, by=editor)
    assert result.plan.counts["changed"] == len(changed)
    assert_exact(article)


def test_updating_4000_words_with_200_reviewed_claims_takes_well_under_a_second(editor, reviewer):
    article = _reviewed_article(editor, reviewer, 200)
    assert len(article.body.split()) >= 3000
    text = _long_article(200, changed=frozenset({3, 50, 120, 199}))
    started = time.perf_counter()
    prepared = desk.prepare(title="Routes", text=text)
    result = desk.update_article(article_id=article.pk, prepared=prepared, by=editor)
    elapsed = time.perf_counter() - started
    kept = article.claim_count - 4
    assert result.plan.counts == {"same": kept, "changed": 4, "added": 0, "removed": 0}
    print(f"update of {article.claim_count} claims, {len(text.split())} words: {elapsed:.3f} s")
    assert elapsed < 0.5, f"{elapsed:.3f} s"
