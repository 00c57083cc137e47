"""An article's title and metadata, found in its page or its text when nobody typed them.

The title is the page's title (HTML) or else the first line of the body that the text engine did
not mark as boilerplate. The byline and the publication date come from the page's metadata or
else from the lines the engine marked "byline" and "date line" ("By A Name, Role | 3 May 2026",
"Published 14 April 2026, 06:00 BST"). Whatever the editor typed wins (`ArticleMetadata.or_found`).
"""

import re
from dataclasses import dataclass, fields
from datetime import date

TITLE_CHARS = 300  # Article.title's max_length
BYLINE_CHARS = 300
PUBLICATION_CHARS = 200
URL_CHARS = 2000


@dataclass(frozen=True)
class ArticleMetadata:
    title: str = ""
    byline: str = ""
    published_on: date | None = None
    publication: str = ""
    url: str = ""

    def or_found(self, found: "ArticleMetadata") -> "ArticleMetadata":
        """These values, each empty one filled from `found` (a typed value always wins)."""
        return ArticleMetadata(
            **{f.name: getattr(self, f.name) or getattr(found, f.name) for f in fields(self)}
        )


def cut(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters, cut at a word boundary with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:-–—") + "…"


def title_from_text(body: str, sentences) -> str:
    """The first line of content: from the first sentence that is not boilerplate to the end
    of its line; that sentence alone when the line is longer than a title can be."""
    for sentence in sentences:
        if sentence.is_boilerplate:
            continue
        end = body.find("\n", sentence.start)
        line = body[sentence.start : len(body) if end == -1 else end].strip()
        if len(line) > TITLE_CHARS:
            line = sentence.text
        return cut(line, TITLE_CHARS)
    return ""


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATES = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
]
_UPDATED = re.compile(r"\b(?:updated|modified|edited)\b[^|·•]*$", re.IGNORECASE)


def _dates_in(text: str):
    """Each (position, date) written in `text` as 2026-05-03, 3 May 2026 or May 3, 2026."""
    for pattern in _DATES:
        for m in pattern.finditer(text):
            month = m.group("month")
            month = int(month) if month.isdigit() else _MONTHS[month.lower()]
            try:
                yield m.start(), date(int(m.group("year")), month, int(m.group("day")))
            except ValueError:
                continue  # 31 February, or a number that only looked like a day


def parse_date(text: str) -> date | None:
    """The publication date written in a date line or byline: the first date that is not
    introduced as an update ("Published 3 May 2026 · Updated 4 May 2026" is 3 May), else the
    first date."""
    found = sorted(_dates_in(text))
    for position, day in found:
        if not _UPDATED.search(text[:position]):
            return day
    return found[0][1] if found else None


_BYLINE_OPENER = re.compile(
    r"^(?:by|words by|written by|story by|text by|reporting by)\s+", re.IGNORECASE
)
_BYLINE_PARTS = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
_DATE_INTRO = re.compile(
    r"(?:[\s,;]+|\b(?:published|updated|posted|on|last modified)\b)+$", re.IGNORECASE
)


def parse_byline(text: str) -> tuple[str, date | None]:
    """("A Name, Role", its date) from "By A Name, Role | 3 May 2026"; ("", None) when the line
    does not open with "By" (a live blog's "— A Name" signs one entry, not the article)."""
    line = " ".join(text.split())
    opener = _BYLINE_OPENER.match(line)
    if not opener:
        return "", None
    name, *rest = _BYLINE_PARTS.split(line[opener.end() :])
    # "By A Name, Role, 3 May 2026": the date and what follows it are not the name.
    first_date = min(_dates_in(name), default=None)
    if first_date is not None:
        rest.insert(0, name[first_date[0] :])
        name = _DATE_INTRO.sub("", name[: first_date[0]])
    day = parse_date(" | ".join(rest)) if rest else None
    return cut(name.strip(" .,;"), BYLINE_CHARS), day


def found_in_text(body: str, sentences) -> ArticleMetadata:
    """Title, byline and date from the body and the engine's boilerplate reasons."""
    byline, published_on = "", None
    for sentence in sentences:
        if sentence.boilerplate_reason == "byline" and not byline:
            byline, day = parse_byline(sentence.text)
            published_on = published_on or day
        elif sentence.boilerplate_reason == "date line" and published_on is None:
            published_on = parse_date(sentence.text)
        if byline and published_on:
            break
    return ArticleMetadata(
        title=title_from_text(body, sentences), byline=byline, published_on=published_on
    )
