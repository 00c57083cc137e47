"""Turn pasted or uploaded text into the cleaned body that claims point into.

Nothing a claim refers to is lost: characters are only unified (NFC, one kind of space, one kind of
line ending), invisible ones dropped, entities decoded and blank runs collapsed. The body is what
the reviewer reads, and every claim offset is an offset into it.

A line of columns keeps its runs of spaces: a pasted menu ("Home   News   Sport") or a table's
row ("Party   Seats   Change") is told from prose by them. Elsewhere a run is a slip of the
keyboard ("said  the plan.  It was") and becomes one space. A tab, a column's edge, is a run.
"""

import html
import re
import unicodedata
from html.parser import HTMLParser

# Zero-width and formatting characters that paste in from web pages and word processors.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
# Every Unicode space but the newline family becomes a plain space (a tab two: see above).
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]")
# (from a run's first space only: tried at each space of a long run with no tab, quadratic)
_TABS = re.compile(r"(?<! ) *\t[\t ]*")
_SPACE_RUNS = re.compile(r" {2,}")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_BLANK_RUNS = re.compile(r"\n{3,}")
# Only complete entities (with the semicolon): "AT&T" and "R&D" stay as they are.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def normalize(text: str) -> str:
    """Return the cleaned body for `text` (idempotent: normalize(normalize(t)) == normalize(t))."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_INVISIBLE)
    text = _CONTROL.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _TABS.sub("  ", text)
    text = "\n".join(_one_line(line.strip()) for line in text.split("\n"))
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def _one_line(line: str) -> str:
    """A line's runs of spaces: kept between columns, else each one space ("said  the plan.
    It was"). Columns are three cells or more, or two short ones, none ending like a sentence
    or a clause; longer cells (up to six words) only when none but the first opens in a small
    letter (prose goes on so: "Kellin mill  to close  after 90 years")."""
    cells = _SPACE_RUNS.split(line)
    if len(cells) == 1:
        return line
    short = all(len(cell.split()) <= 2 for cell in cells)
    if (len(cells) >= 3 or short) and not any(cell[-1:] in _CELL_ENDS for cell in cells):
        if short:
            return line  # a menu, buttons, a row of figures
        words = max(len(cell.split()) for cell in cells)
        if words <= 6 and not any(cell[:1].islower() for cell in cells[1:]):
            return line
    return " ".join(cells)


_CELL_ENDS = frozenset('.!?,;…”’"')


_BLOCK_TAGS = frozenset(
    """address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5
    h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul title""".split()
)
_SKIPPED_TAGS = frozenset("script style noscript template svg head iframe object canvas".split())


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag):
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            # Inside a block, source line breaks are layout, not structure.
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    """Reduce an HTML page to its readable text, one paragraph per block element.

    Scripts, styles and other non-text elements are dropped; everything else is kept as text.
    """
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    return normalize("".join(extractor.parts))


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return (
        "<html" in head
        or "<!doctype html" in head
        or bool(re.search(r"<(p|div|article|body|h1|br)\b", head))
    )
