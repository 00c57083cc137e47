"""Article versions, read side: the version history, any version's text with its claims, and a
readable diff of two versions (sentence by sentence, words marked inside changed sentences).

Changes nothing; the desk writes versions (desk/versions.py). Both sides of a diff are cut the
way their claims were (so an editor's merge or split shows as one line), and paired by the same
alignment as an update (`desk.align`).
"""

import difflib
import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from claimreview.desk import align
from claimreview.models import Article, ArticleVersion, Claim, User, Verdict


@dataclass
class VersionInfo:
    number: int
    title: str
    created_by: User | None
    created_at: object
    changes: dict = field(default_factory=dict)
    current: bool = False


def history(article: Article) -> list[VersionInfo]:
    """Every version, newest first (one query; an article never updated is its own version 1)."""
    rows = list(
        ArticleVersion.objects.filter(article=article)
        .select_related("created_by")
        .only("number", "title", "created_at", "changes", "created_by")
        .order_by("-number")
    )
    if not rows:
        return [VersionInfo(1, article.title, article.created_by, article.created_at, {}, True)]
    return [
        VersionInfo(
            row.number,
            row.title,
            row.created_by,
            row.created_at,
            row.changes,
            row.number == article.version,
        )
        for row in rows
    ]


@dataclass
class VersionClaim:
    """A claim as it was in one version: where it was, and its state then."""

    id: int
    position: int
    paragraph: int
    start: int
    end: int
    verdict: str
    is_boilerplate: bool
    text: str = ""


@dataclass
class VersionText:
    number: int
    title: str
    body: str
    claims: list[VersionClaim]
    created_by: User | None = None
    created_at: object = None
    current: bool = False

    def paragraphs(self) -> list[list[VersionClaim]]:
        grouped: list[list[VersionClaim]] = []
        for claim in self.claims:
            if not grouped or grouped[-1][0].paragraph != claim.paragraph:
                grouped.append([])
            grouped[-1].append(claim)
        return grouped


def version_text(article: Article, number: int) -> VersionText | None:
    """Version `number`'s body and claims (the current claims for the current version, the
    snapshot kept when it was replaced for an earlier one); None if there is no such version."""
    if number == article.version:
        claims = [
            VersionClaim(*row)
            for row in Claim.objects.filter(article=article)
            .order_by("position")
            .values_list("id", "position", "paragraph", "start", "end", "verdict", "is_boilerplate")
        ]
        row = (
            ArticleVersion.objects.filter(article=article, number=number)
            .only("created_by", "created_at")
            .select_related("created_by")
            .first()
        )
        made_by, made_at = (
            (row.created_by, row.created_at) if row else (article.created_by, article.created_at)
        )
        version = VersionText(
            number, article.title, article.body, claims, made_by, made_at, current=True
        )
    else:
        row = (
            ArticleVersion.objects.filter(article=article, number=number)
            .select_related("created_by")
            .first()
        )
        if row is None:
            return None
        claims = [VersionClaim(*values) for values in row.claims]
        version = VersionText(number, row.title, row.body, claims, row.created_by, row.created_at)
    for claim in version.claims:
        claim.text = version.body[claim.start : claim.end]
    return version


@dataclass
class DiffLine(align.KindOfLine):
    kind: str  # align.SAME, CHANGED, ADDED or REMOVED
    old: VersionClaim | None
    new: VersionClaim | None
    words: SafeString | str = ""  # a changed sentence with <del>/<ins> marks
    moved: bool = False


@dataclass
class Diff:
    old: VersionText
    new: VersionText
    lines: list[DiffLine]
    counts: dict[str, int]

    def blocks(self) -> list[tuple[bool, list[DiffLine]]]:
        """(folded, lines): runs of unchanged lines folded together, every other line alone."""
        blocks: list[tuple[bool, list[DiffLine]]] = []
        for line in self.lines:
            if line.is_same and not line.moved:
                if blocks and blocks[-1][0]:
                    blocks[-1][1].append(line)
                else:
                    blocks.append((True, [line]))
            else:
                blocks.append((False, [line]))
        return blocks


def compare(old: VersionText, new: VersionText) -> Diff:
    pairs = align.match([c.text for c in old.claims], [c.text for c in new.claims])
    lines = []
    for pair in align.in_reading_order(pairs):
        before = old.claims[pair.old] if pair.old is not None else None
        after = new.claims[pair.new] if pair.new is not None else None
        words = word_diff(before.text, after.text) if pair.kind == align.CHANGED else ""
        lines.append(DiffLine(pair.kind, before, after, words, pair.moved))
    counts = {kind: sum(1 for p in pairs if p.kind == kind) for kind in align_kinds()}
    counts["moved"] = sum(1 for p in pairs if p.moved)
    return Diff(old, new, lines, counts)


def align_kinds() -> tuple[str, ...]:
    return (align.SAME, align.CHANGED, align.ADDED, align.REMOVED)


_TOKENS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> SafeString:
    """The new sentence with the words it lost (<del>) and gained (<ins>) marked, escaped."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(escape("".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(f"<del>{escape(''.join(a[i1:i2]))}</del>")
        if j2 > j1:
            out.append(f"<ins>{escape(''.join(b[j1:j2]))}</ins>")
    return mark_safe("".join(out))  # noqa: S308 - every piece escaped above


def verdict_label(value: str) -> str:
    return Verdict(value).label if value in Verdict.values else value
