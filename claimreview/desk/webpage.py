"""Whole web pages: the article's main text and its metadata, found by trafilatura.

A saved page (or its source pasted into the form) carries menus, a cookie banner, share buttons,
related links and a footer around the article. trafilatura, the field's standard main-content
extractor, finds the article's body and reads the title, author, date, site name and canonical
URL from the page's markup (meta tags, JSON-LD, <time>). Its paragraphs become blank-line
separated blocks, so the text engine sees the same structure as in pasted text.

trafilatura only parses the markup (lxml): scripts and styles are dropped, never run, and nothing
is fetched. An HTML fragment (a few <p> with no page around them), or a page where trafilatura
finds no main content, falls back to the engine's `html_to_text`, which keeps all the text.
"""

import logging
import re
from dataclasses import dataclass, field
from datetime import date

import trafilatura
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from trafilatura.utils import load_html

from claimreview import text as engine
from claimreview.desk.errors import IngestError
from claimreview.desk.metadata import (
    BYLINE_CHARS,
    PUBLICATION_CHARS,
    TITLE_CHARS,
    URL_CHARS,
    ArticleMetadata,
    cut,
)

logger = logging.getLogger(__name__)

# trafilatura's time grows faster than the page (about 0.2 s for 3,000 elements, up to 3.5 s
# for 20,000 here); a news page has a few thousand. More than this is not an article page.
MAX_PAGE_ELEMENTS = 20_000
# Inline elements (links, spans) in one run of text, with no line break or block between them,
# cost trafilatura time by the square of their number (19,000 links or spans in one paragraph:
# 20 s to a minute). A paragraph has tens; a run longer than this is a link list or a tag cloud,
# never the article: its element is removed first.
MAX_INLINE_RUN = 300
_HTML_BLOCKS = frozenset(
    """address article aside blockquote body dd details div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th
    thead tr ul""".split()
)

_WHOLE_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
# The page's own metadata only (meta tags, JSON-LD, <time>): htmldate's "extensive" search also
# guesses from free text, and takes a footer's "© 2026" for a publication date of 1 January.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Blocks in trafilatura's output (its own tags; its fallbacks may leave HTML ones). An element
# holding blocks is read block by block, except these, which are one block of text each.
_BLOCKS = frozenset(
    """p head list item quote table row code div article section main ul ol li blockquote tr
    h1 h2 h3 h4 h5 h6 pre""".split()
)
_ONE_BLOCK = frozenset({"p", "head", "code", "pre", "cell", "td", "th"})
_URL = URLValidator(schemes=["http", "https"])


@dataclass(frozen=True)
class Page:
    body: str  # normalized text, one block per paragraph
    metadata: ArticleMetadata = field(default_factory=ArticleMetadata)
    main_content: bool = False  # trafilatura found the article (else: all the page's text)


def is_whole_page(markup: str) -> bool:
    """A page (doctype, <html>, <head> or <body>) rather than a fragment of article HTML."""
    return bool(_WHOLE_PAGE.search(markup[:20_000]))


def read(markup: str) -> Page:
    """The article in `markup`: its main content and metadata for a whole page, all its text
    for a fragment or when no main content is found. Raises IngestError for a page too large
    to read."""
    if not is_whole_page(markup):
        return Page(body=engine.html_to_text(markup))
    tree = _parse(markup)
    if tree is not None:
        elements = sum(1 for _ in tree.iter())
        if elements > MAX_PAGE_ELEMENTS:
            raise IngestError(
                f"The page has {elements:,} HTML elements; pages of up to "
                f"{MAX_PAGE_ELEMENTS:,} can be read. Save only the article (your browser's "
                "reader view) or copy the article's text and paste it."
            )
        _drop_crowded_blocks(tree)
    document = _extract(tree) if tree is not None else None
    if document is not None and document.body is not None:
        body = _body_text(document.body)
        if body:
            return Page(body=body, metadata=_metadata(document), main_content=True)
    # No main content found: all the page's text, and whatever metadata the page declares.
    return Page(body=engine.html_to_text(markup), metadata=_metadata(_metadata_only(markup)))


def _parse(markup: str):
    try:
        return load_html(markup)
    except Exception:  # lxml on hostile markup: read the page as text instead
        logger.warning("Page markup could not be parsed", exc_info=True)
        return None


def _drop_crowded_blocks(tree) -> None:
    """Remove every element with a run of more than MAX_INLINE_RUN inline children."""
    crowded = [e for e in tree.iter() if len(e) > MAX_INLINE_RUN and _has_long_inline_run(e)]
    for element in crowded:
        if element.getparent() is not None:
            element.drop_tree()  # with its text; the text after it stays


def _has_long_inline_run(element) -> bool:
    run = 0
    for child in element:
        if child.tag == "br" or child.tag in _HTML_BLOCKS:
            run = 0
        else:
            run += 1
            if run > MAX_INLINE_RUN:
                return True
    return False


def _extract(tree):
    try:
        return trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # a bug in the extractor must not lose the article: fall back
        logger.warning("Main-content extraction failed", exc_info=True)
        return None


def _metadata_only(markup: str):
    try:
        return trafilatura.extract_metadata(markup, date_config=_DATE_PARAMS, extensive=False)
    except Exception:
        logger.warning("Page metadata could not be read", exc_info=True)
        return None


def _blocks(node):
    """The text of each block in trafilatura's output tree, in order.

    A heading, a paragraph, a list item or a paragraph of a quote is one block; a table row is
    one block, its cells joined by semicolons."""
    if node.tag in ("row", "tr"):
        cells = (" ".join("".join(cell.itertext()).split()) for cell in node)
        yield "; ".join(cell for cell in cells if cell)
    elif node.tag not in _ONE_BLOCK and any(child.tag in _BLOCKS for child in node):
        run = [node.text or ""]  # text and inline elements between the blocks
        for child in node:
            if child.tag in _BLOCKS:
                yield "".join(run)
                yield from _blocks(child)
                run = [child.tail or ""]
            else:
                run += [_text(child), child.tail or ""]
        yield "".join(run)
    else:
        yield _text(node)


def _text(node) -> str:
    """The element's text. trafilatura trims the page's own line breaks, so a newline left in
    its output separates paragraphs (its fallback for short pages joins them so), except in code.
    """
    text = "".join(node.itertext())
    return text if node.tag == "code" else text.replace("\n", "\n\n")


def _body_text(body) -> str:
    """trafilatura's output tree as text: blocks separated by a blank line."""
    for lb in body.iter("lb"):
        # A line break (<br>) inside a paragraph stays a line break: U+2028, which normalize
        # turns into a newline after _text has told the paragraphs apart.
        lb.tail = "\u2028" + (lb.tail or "")
    return engine.normalize("\n\n".join(_blocks(body)))


def _metadata(document) -> ArticleMetadata:
    if document is None:
        return ArticleMetadata()
    authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    byline = " and ".join([", ".join(authors[:-1]), authors[-1]] if len(authors) > 1 else authors)
    return ArticleMetadata(
        title=cut(document.title or "", TITLE_CHARS),
        byline=cut(byline, BYLINE_CHARS),
        published_on=_date(document.date),
        publication=cut(document.sitename or "", PUBLICATION_CHARS),
        url=_url(document.url),
    )


def _date(value) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _url(value) -> str:
    if not value or len(value) > URL_CHARS:
        return ""
    try:
        _URL(value)
    except ValidationError:
        return ""
    return value
