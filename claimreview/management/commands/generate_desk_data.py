"""Fill the database with a large, consistent desk: for benchmarks and EXPLAIN, never for demos.

    manage.py generate_desk_data --articles 100000 --claims-per-article 40

makes 100,000 articles with 4 million claims (plus one 2,000-claim article for the report
benchmark), reviews with sources for the reviewed claims ("no check needed" for most of the
sentences with nothing to check), one article in five queueing its check-worthy claims only,
sign-offs, and reviewer accounts without a usable password. Rows go in with COPY, a batch of
articles per transaction, so a stopped run leaves complete articles behind; every row satisfies
the same constraints as rows the app writes (counters add up, a verdict has a reviewer, a source
has a URL or a citation).

The sentences are made up from word lists with a long tail of invented place names, so search
has common and rare words to find.
"""

import hashlib
import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from claimreview.desk import counters
from claimreview.models import (
    NEEDS_EVIDENCE,
    Article,
    Claim,
    QueueScope,
    Review,
    ReviewKind,
    Source,
    User,
    Verdict,
)
from claimreview.text.checkworthy import THRESHOLD

PEOPLE = [
    "Mayor Lena Ortiz", "Finance Minister Tomas Reyes", "Dr. Amara Okafor", "Governor Pia Lund",
    "Sen. Marcus Hale", "Chief Constable Ruth Byrne", "Professor Ilse Brandt", "Rep. Dana Whit",
    "Health Secretary Omar Farouk", "Judge Nina Castell", "Commissioner Yusuf Adeyemi",
]  # fmt: skip
GROUPS = [
    "officials", "the ministry", "the city council", "union leaders", "hospital managers",
    "the regulator", "police", "local residents", "economists", "the transport authority",
    "opposition lawmakers", "the company", "school governors", "farmers' groups",
]  # fmt: skip
NOUNS = [
    "budget", "hospital", "bridge", "school", "tax", "rent", "railway", "pension", "wage",
    "harbour", "clinic", "contract", "election", "tariff", "reservoir", "prison", "airport",
    "vaccine", "factory", "grant", "loan", "subsidy", "curfew", "ferry", "tunnel", "levy",
    "inquiry", "stadium", "library", "dam", "pipeline", "warehouse", "permit", "audit",
]  # fmt: skip
VERBS = [
    ("build", "built"), ("close", "closed"), ("fund", "funded"), ("cut", "cut"),
    ("expand", "expanded"), ("review", "reviewed"), ("repair", "repaired"), ("sell", "sold"),
    ("freeze", "frozen"), ("double", "doubled"), ("inspect", "inspected"), ("delay", "delayed"),
]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
SYLLABLES = ["var", "nor", "hel", "kast", "mor", "ben", "tal", "rin", "dal", "sko", "ven",
             "lun", "brek", "ost", "ham", "gra", "fel", "wick", "tor", "ash"]  # fmt: skip
TEMPLATES = [
    "{person} said the {place} council would {verb} {n} new {noun}s by {year}.",
    "The cost of the {noun} in {place} rose by {pct} percent in {month}, according to {group}.",
    "{Group} told reporters that {noun}s in {place} had been {verbed} since {year}.",
    "Critics say the plan to {verb} the {noun} in {place} will cost ${money} million.",
    "It was not clear whether the {place} {noun} would be ready before {month}.",
    "\u201cWe will {verb} every {noun} in {place},\u201d {person} said.",
    "{Group} said {n} people had signed a petition against the {noun} in {place}.",
    "The {noun} was {verbed} in {year} after an audit found {n} faults, {group} said.",
    "{person} declined to comment on the {noun}.",
    "Spending on the {noun} fell from ${money} million to ${money2} million last year.",
]
BOILERPLATE = [
    "Subscribe to keep reading.",
    "Sign up for our morning newsletter.",
    "\u00a9 2026 The Example Ledger. All rights reserved.",
]
HEADLINE_ENDINGS = ["plan questioned", "row deepens", "figures disputed", "to go ahead",
                    "under review", "costs rise", "vote delayed", "opens at last"]  # fmt: skip
PUBLICATIONS = ["The Example Ledger", "Northern Courier", "Daily Sample", ""]
REASONS = ["numbers", "dates", "comparison", "named event"]


def _place_names(rng: random.Random, count: int) -> list[str]:
    names = set()
    while len(names) < count:
        parts = rng.randint(2, 3)
        names.add("".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize())
    return sorted(names)


@dataclass
class Batch:
    articles: list[tuple] = field(default_factory=list)
    claims: list[tuple] = field(default_factory=list)
    reviews: list[tuple] = field(default_factory=list)
    sources: list[tuple] = field(default_factory=list)


class Generator:
    def __init__(self, *, seed: int, reviewers: list[int], editor: int, now: datetime):
        self.rng = random.Random(seed)  # noqa: S311 - reproducible made-up data, not secrets
        self.places = _place_names(self.rng, 3000)
        self.reviewers = reviewers
        self.editor = editor
        self.now = now

    def sentence(self) -> tuple[str, str, int]:
        """(text, speaker hint, check-worthiness) of one made-up news sentence."""
        rng = self.rng
        # A few places are in the news all the time; most are rare (a long tail for search).
        place = self.places[min(int(rng.paretovariate(1.2)) - 1, len(self.places) - 1)]
        verb, verbed = rng.choice(VERBS)
        person, group = rng.choice(PEOPLE), rng.choice(GROUPS)
        template = rng.choice(TEMPLATES)
        text = template.format(
            person=person, group=group, Group=group[:1].upper() + group[1:], place=place,
            noun=rng.choice(NOUNS), verb=verb, verbed=verbed, n=rng.randint(2, 900),
            year=rng.randint(2015, 2030), pct=rng.randint(2, 60), month=rng.choice(MONTHS),
            money=rng.randint(2, 900), money2=rng.randint(2, 900),
        )  # fmt: skip
        speaker = person if "{person}" in template else group if "roup}" in template else ""
        plain = "declined" in template or "not clear" in template
        score = 20 if plain else rng.randint(THRESHOLD, 95)
        return text, speaker, score

    def article(self, batch: Batch, *, article_id: int, claim_id: int, review_id: int,
                claims: int, state: str | None = None) -> tuple[int, int]:  # fmt: skip
        """Append one article with its claims and reviews; returns the next free ids."""
        rng = self.rng
        created = self.now - timedelta(seconds=rng.randint(600, 365 * 86400))
        age_days = (self.now - created).days
        if state is None:
            weights = [5, 15, 20, 60] if age_days > 14 else [30, 45, 15, 10]
            state = rng.choices(["new", "in_review", "reviewed", "signed_off"], weights=weights)[0]
        share = {"new": 0.0, "in_review": rng.uniform(0.1, 0.9)}.get(state, 1.0)
        dispute_rate = rng.uniform(0.05, 0.3) if rng.random() < 0.35 else 0.0
        # One article in five queues its check-worthy claims only.
        scope = QueueScope.CHECKWORTHY if rng.random() < 0.2 else QueueScope.ALL

        parts, offset, paragraph = [], 0, 1
        buckets = []
        last_activity = created
        for position in range(1, claims + 1):
            is_boilerplate = position == claims and rng.random() < 0.3
            if is_boilerplate:
                text, speaker, score = rng.choice(BOILERPLATE), "", 0
            else:
                text, speaker, score = self.sentence()
            if position > 1:
                # A new paragraph every few sentences; the offsets account for the separator.
                separator = "\n\n" if rng.random() < 0.3 else " "
                paragraph += separator == "\n\n"
                parts.append(separator)
                offset += len(separator)
            start, end = offset, offset + len(text)
            parts.append(text)
            offset = end

            verdict, reviewer, reviewed_at, note, attributed_to = "unreviewed", None, None, "", ""
            # Claims the queue does not hand out stay without a verdict.
            in_queue = counters.queued(scope=scope, checkworthy_score=score)
            if not is_boilerplate and in_queue and (share >= 1.0 or rng.random() < share):
                roll = rng.random()
                verdict = (
                    # Most sentences with nothing checkable in them are closed as such.
                    Verdict.NO_CHECK if score < THRESHOLD and rng.random() < 0.7
                    else Verdict.DISPUTED if roll < dispute_rate
                    else Verdict.VERIFIED if roll < dispute_rate + 0.35
                    else Verdict.ATTRIBUTED
                )  # fmt: skip
                kind = ReviewKind.NO_CHECK if verdict == Verdict.NO_CHECK else ReviewKind.VERDICT
                reviewer = rng.choice(self.reviewers)
                reviewed_at = min(created + timedelta(minutes=rng.randint(5, 5 * 1440)), self.now)
                last_activity = max(last_activity, reviewed_at)
                note = f"Checked against the {verdict} record." if verdict in NEEDS_EVIDENCE else ""
                attributed_to = (speaker or "the newspaper") if verdict == "attributed" else ""
                batch.reviews.append((
                    review_id, claim_id, reviewer, kind, "unreviewed", verdict, note,
                    attributed_to, reviewed_at,
                ))  # fmt: skip
                if verdict in NEEDS_EVIDENCE:
                    batch.sources.append((
                        review_id, f"https://records.example.org/{claim_id}", "",
                        "Public record", "",
                    ))  # fmt: skip
                review_id += 1
            buckets.append(
                counters.bucket(
                    is_boilerplate=is_boilerplate, verdict=verdict, checkworthy_score=score,
                    scope=scope,
                )
            )  # fmt: skip
            reasons = rng.sample(REASONS, k=2) if score >= THRESHOLD else []
            batch.claims.append((
                claim_id, article_id, position, paragraph, start, end, text, is_boilerplate,
                "subscription prompt" if is_boilerplate else "", speaker,
                "said" if speaker else "", "[]", score, _json_list(reasons), verdict, note,
                attributed_to, reviewer, reviewed_at, 1,
            ))  # fmt: skip
            claim_id += 1

        body = "".join(parts)
        # The desk's own counters and status rule; only a reviewed article can be signed off.
        counts = counters.initial_counts(buckets)
        status = counters.status_for(Article(queue_scope=scope, **counts))
        if status == "reviewed" and state == "signed_off":
            status = "signed_off"
        signed_at = None
        if status == "signed_off":
            signed_at = min(last_activity + timedelta(minutes=rng.randint(10, 3 * 1440)), self.now)
            last_activity = signed_at
        title = f"{rng.choice(self.places)} {rng.choice(NOUNS)} {rng.choice(HEADLINE_ENDINGS)}"
        batch.articles.append((
            article_id, title, rng.choice(PUBLICATIONS), "", "", "", body, body,
            hashlib.sha256(body.encode()).hexdigest(), status,
            rng.choice([0] * 30 + [1, 5]), scope, *(counts[column] for column in _COUNT_COLUMNS),
            self.editor,
            created, last_activity, self.editor if signed_at else None, signed_at,
        ))  # fmt: skip
        return claim_id, review_id


# The counter columns, in the order of the COPY of articles below.
_COUNT_COLUMNS = ["claim_count", *counters.BUCKET_FIELDS.values()]


def _json_list(items: list[str]) -> str:
    return "[" + ",".join(f'"{item}"' for item in items) + "]"


ARTICLE_COLUMNS = (
    "id, title, publication, url, byline, signoff_withdrawn_reason, raw_text, body, body_sha256, "
    f"status, priority, queue_scope, {', '.join(_COUNT_COLUMNS)}, "
    "created_by_id, created_at, last_activity_at, signed_off_by_id, signed_off_at"
)
CLAIM_COLUMNS = (
    'id, article_id, position, paragraph, start, "end", text, is_boilerplate, '
    "boilerplate_reason, speaker, cue, attributions, checkworthy_score, checkworthy_reasons, "
    "verdict, note, attributed_to, reviewed_by_id, reviewed_at, version"
)
REVIEW_COLUMNS = (
    "id, claim_id, reviewer_id, kind, verdict_before, verdict, note, attributed_to, created_at"
)
SOURCE_COLUMNS = "review_id, url, citation, title, quote"


def _copy(cursor, model, columns: str, rows: list[tuple]) -> None:
    with cursor.copy(f"COPY {model._meta.db_table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _next_id(cursor, model) -> int:
    # Table names come from our models, never from input.
    cursor.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {model._meta.db_table}")  # noqa: S608
    return cursor.fetchone()[0]


class Command(BaseCommand):
    help = "Generate a large desk (default 100,000 articles, 4 million claims) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000)
        parser.add_argument("--claims-per-article", type=int, default=40)
        parser.add_argument(
            "--big-article-claims", type=int, default=2000,
            help="one extra, fully reviewed article of this many claims (0: none)",
        )  # fmt: skip
        parser.add_argument("--reviewers", type=int, default=20)
        parser.add_argument("--batch", type=int, default=1000, help="articles per transaction")
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, **options):
        if options["articles"] < 0 or options["claims_per_article"] < 1:
            raise CommandError("--articles must be >= 0 and --claims-per-article >= 1")
        started = time.perf_counter()
        editor, reviewers = self._users(options["reviewers"])
        generator = Generator(
            seed=options["seed"], reviewers=reviewers, editor=editor, now=timezone.now()
        )
        work = [options["claims_per_article"]] * options["articles"]
        if options["big_article_claims"]:
            work.append(options["big_article_claims"])
        done = 0
        while done < len(work):
            chunk = work[done : done + options["batch"]]
            big = done + len(chunk) == len(work) and options["big_article_claims"]
            self._write_batch(generator, chunk, big_last=bool(big))
            done += len(chunk)
            self.stdout.write(f"\r{done:,} / {len(work):,} articles", ending="")
            self.stdout.flush()
        self.stdout.write("")
        with connection.cursor() as cursor:
            for model in (Article, Claim, Review, Source):
                table = model._meta.db_table
                reset = f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT coalesce(max(id), 1) FROM {table}))"  # noqa: E501, S608
                cursor.execute(reset)
                # Fresh statistics and visibility map: plans and index-only scans as in production.
                # (VACUUM cannot run inside a transaction, as in the tests; ANALYZE can.)
                vacuum = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
                cursor.execute(f"{vacuum} {table}")
        claims = Claim.objects.count()
        self.stdout.write(
            f"{Article.objects.count():,} articles, {claims:,} claims in the database "
            f"({time.perf_counter() - started:.0f} s)."
        )

    def _users(self, count: int) -> tuple[int, list[int]]:
        with transaction.atomic():
            editor, _ = User.objects.get_or_create(
                username="generated-editor",
                defaults={"first_name": "Generated", "last_name": "Editor"},
            )
            editor.set_unusable_password()
            editor.save(update_fields=["password"])
            editor.groups.set(Group.objects.filter(name="editor"))
            reviewers = []
            for n in range(1, count + 1):
                user, created = User.objects.get_or_create(
                    username=f"generated-reviewer-{n}",
                    defaults={"first_name": "Reviewer", "last_name": str(n)},
                )
                if created:
                    user.set_unusable_password()
                    user.save(update_fields=["password"])
                    user.groups.set(Group.objects.filter(name="reviewer"))
                reviewers.append(user.pk)
        return editor.pk, reviewers or [editor.pk]

    def _write_batch(self, generator: Generator, sizes: list[int], *, big_last: bool) -> None:
        with transaction.atomic(), connection.cursor() as cursor:
            # Ids are taken under a lock so two generators (or the app) cannot collide.
            for model in (Article, Claim, Review):
                cursor.execute(f"LOCK TABLE {model._meta.db_table} IN SHARE ROW EXCLUSIVE MODE")
            article_id = _next_id(cursor, Article)
            claim_id = _next_id(cursor, Claim)
            review_id = _next_id(cursor, Review)
            batch = Batch()
            for index, size in enumerate(sizes):
                state = "signed_off" if big_last and index == len(sizes) - 1 else None
                claim_id, review_id = generator.article(
                    batch, article_id=article_id + index, claim_id=claim_id,
                    review_id=review_id, claims=size, state=state,
                )  # fmt: skip
            _copy(cursor, Article, ARTICLE_COLUMNS, batch.articles)
            _copy(cursor, Claim, CLAIM_COLUMNS, batch.claims)
            _copy(cursor, Review, REVIEW_COLUMNS, batch.reviews)
            _copy(cursor, Source, SOURCE_COLUMNS, batch.sources)
