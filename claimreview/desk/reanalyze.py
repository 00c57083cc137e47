"""Re-analysing articles after a text-engine upgrade: new hints, nothing else.

The engine runs again over each article's current body; every current claim whose sentence it
still finds at the same offsets takes the new hints (speaker, cue, attributions, check-worthy
score and reasons). Verdicts, notes, history, splits, boilerplate marks and claim versions are
never touched, so no reviewer's open form turns into a conflict. A claim whose offsets the new
engine would split differently keeps its hints (its split is a fact of the desk, not a hint).

Under "check-worthy only" a new score can move a claim without a verdict into or out of the
queue: its counter moves with it under the article lock, and the status follows. An engine
upgrade never takes an editor's sign-off away.
"""

from django.db import transaction
from django.utils import timezone

from claimreview import text as engine
from claimreview.desk import counters, locks
from claimreview.desk.ingest import hint_fields
from claimreview.models import Claim

HINT_FIELDS = ["speaker", "cue", "attributions", "checkworthy_score", "checkworthy_reasons"]


def reanalyze_article(*, article_id: int, now=None) -> int:
    """New hints for the article's current claims; returns how many claims' hints changed."""
    now = now or timezone.now()
    with transaction.atomic():
        article = locks.article(article_id, with_texts=True)
        claims = locks.claims(article)
        found = {(s.start, s.end): s for s in engine.analyze(article.body, title=article.title)}
        changed, moved = [], False
        for claim in claims:
            sentence = found.get((claim.start, claim.end))
            if sentence is None:
                continue
            hints = hint_fields(sentence)
            if all(getattr(claim, name) == value for name, value in hints.items()):
                continue
            before = counters.bucket_of(claim, scope=article.queue_scope)
            for name, value in hints.items():
                setattr(claim, name, value)
            after = counters.bucket_of(claim, scope=article.queue_scope)
            if before != after:
                counters.move(article, before=before, after=after)
                moved = True
            changed.append(claim)
        Claim.objects.bulk_update(changed, HINT_FIELDS, batch_size=500)
        if moved:
            counters.settle(
                article, actor=None, what="Re-analysis", now=now, withdraws_signoff=False
            )
    return len(changed)
