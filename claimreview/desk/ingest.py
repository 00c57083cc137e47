"""Article text in, article and claim rows out, in one transaction.

Every check runs before any work: size first (so a huge paste costs nothing), then encoding, NUL
bytes and binary content, then the text engine. A failure raises IngestError with a message for
the person who pasted the text, and nothing is stored. A whole web page goes through main-content
extraction first (`webpage`); the title, byline and date nobody typed are found in the page or
the text (`metadata`).
"""

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from django.db import IntegrityError, transaction
from django.utils import timezone

from claimreview import text as engine
from claimreview.desk import counters, webpage
from claimreview.desk.errors import IngestError
from claimreview.desk.metadata import ArticleMetadata, found_in_text
from claimreview.models import Article, ArticleEvent, Claim, User, Verdict

MAX_ARTICLE_BYTES = 1_000_000  # 1 MB of UTF-8 text: about 150,000 words, far beyond any article
MAX_CLAIMS = 20_000
MAX_SENTENCE_CHARS = 5_000  # a "sentence" longer than this is a table, a log or a broken paste
UPLOAD_EXTENSIONS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
                     ".htm": "html"}  # fmt: skip
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a Word document or ZIP archive",
    b"\xd0\xcf\x11\xe0": "an old Word document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"{\\rtf": "an RTF document",
    b"\x7fELF": "a program",
    b"MZ": "a program",
    b"\x1f\x8b": "a compressed (gzip) file",
}


@dataclass
class PreparedArticle:
    raw_text: str
    body: str
    body_sha256: str
    sentences: list[engine.Sentence]
    # What the page's markup or the text says the title, byline, date, publication and URL are.
    metadata: ArticleMetadata = field(default_factory=ArticleMetadata)
    main_content_only: bool = False  # a whole page, reduced to its article by trafilatura

    @property
    def claim_count(self) -> int:
        return len(self.sentences)

    @property
    def boilerplate_count(self) -> int:
        return sum(1 for s in self.sentences if s.is_boilerplate)


def _check_size(byte_count: int) -> None:
    if byte_count > MAX_ARTICLE_BYTES:
        raise IngestError(
            f"The article is {byte_count / 1_000_000:.1f} MB; the limit is 1 MB of text. "
            "Split it into several articles."
        )


def decode_upload(data: bytes, filename: str) -> tuple[str, str]:
    """Return (text, kind) for an uploaded file, kind being "text", "markdown" or "html"."""
    suffix = PurePath(filename or "").suffix.lower()
    kind = UPLOAD_EXTENSIONS.get(suffix)
    if kind is None:
        allowed = ", ".join(sorted(UPLOAD_EXTENSIONS))
        raise IngestError(f"“{filename}” is not a file type we read. Upload one of: {allowed}.")
    _check_size(len(data))
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise IngestError(
                f"“{filename}” looks like {what}, not text. Copy the article's text and paste it."
            )
    has_utf16_bom = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    encoding = "utf-16" if has_utf16_bom else "utf-8-sig"
    try:
        decoded = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise IngestError(
            f"“{filename}” is not UTF-8 text (unreadable bytes at position {error.start}). "
            "Save it as UTF-8 and upload it again."
        ) from None
    if "\x00" in decoded:
        raise IngestError(f"“{filename}” contains NUL bytes: it is a binary file, not text.")
    return decoded, kind


_MARKDOWN_SYNTAX = re.compile(r"^(?:#{1,6}\s+|>\s?)|(?<!\w)(?:\*\*|__)|(?:\*\*|__)(?!\w)", re.M)
# Link text and target exclude their own opening bracket, so a run of "[" or "](" is scanned
# once, not once per bracket (100 KB of "[" took minutes: a quadratic search).
_MARKDOWN_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\s]*\)")


def markdown_to_text(text: str) -> str:
    """Markdown reduced to its words: headings, quotes, emphasis and link targets removed."""
    text = _MARKDOWN_LINK.sub(r"\1", text)
    return _MARKDOWN_SYNTAX.sub("", text)


def prepare(*, title: str, text: str, kind: str = "text") -> PreparedArticle:
    """Validate and analyze an article without storing anything (also used for the preview)."""
    if "\x00" in text:
        raise IngestError("The text contains NUL bytes, which are not text. Paste plain text.")
    _check_size(len(text.encode("utf-8", errors="surrogatepass")))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise IngestError("The text contains broken characters (lone surrogates).") from None
    page = None
    if kind == "html" or (kind == "text" and engine.looks_like_html(text)):
        page = webpage.read(text)
        body = page.body
        if not body:
            raise IngestError(
                "The page has no article text, only markup, scripts or styles. Check that it "
                "is the saved article, or paste the article's text."
            )
    elif kind == "markdown":
        body = engine.normalize(markdown_to_text(text))
    else:
        body = engine.normalize(text)
    if not body:
        raise IngestError("The article has no text. Paste the article's body.")
    from_page = page.metadata if page else ArticleMetadata()
    sentences = engine.analyze(body, title=title or from_page.title)
    if len(sentences) > MAX_CLAIMS:
        raise IngestError(
            f"The article has {len(sentences):,} sentences; the limit is {MAX_CLAIMS:,}."
        )
    for n, sentence in enumerate(sentences, start=1):
        if len(sentence.text) > MAX_SENTENCE_CHARS:
            raise IngestError(
                f"Sentence {n} is {len(sentence.text):,} characters long (the limit is "
                f"{MAX_SENTENCE_CHARS:,}). Is this prose? Check the text for a table or a "
                "paste without punctuation."
            )
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return PreparedArticle(
        raw_text=text,
        body=body,
        body_sha256=digest,
        sentences=sentences,
        metadata=from_page.or_found(found_in_text(body, sentences)),
        main_content_only=bool(page and page.main_content),
    )


def find_duplicates(prepared: PreparedArticle):
    return Article.objects.filter(body_sha256=prepared.body_sha256).order_by("created_at")


def hint_fields(sentence: engine.Sentence) -> dict:
    """The Claim fields that hold the engine's attribution and check-worthiness hints."""
    return {
        "speaker": sentence.speaker[:300],
        "cue": sentence.cue[:100],
        "attributions": [a.as_dict() for a in sentence.attributions],
        "checkworthy_score": sentence.checkworthy_score,
        "checkworthy_reasons": sentence.checkworthy_reasons,
    }


def claim_rows(article: Article, sentences: list[engine.Sentence]) -> list[Claim]:
    return [
        Claim(
            article=article,
            position=n,
            paragraph=s.paragraph,
            start=s.start,
            end=s.end,
            text=s.text,
            is_boilerplate=s.is_boilerplate,
            boilerplate_reason=s.boilerplate_reason,
            verdict=Verdict.UNREVIEWED,
            **hint_fields(s),
        )
        for n, s in enumerate(sentences, start=1)
    ]


def create_article(
    *,
    prepared: PreparedArticle,
    title: str,
    created_by: User,
    publication: str = "",
    url: str = "",
    byline: str = "",
    published_on: date | None = None,
    import_key: str | None = None,
) -> Article:
    """Store the article and all its claims, or nothing. `import_key` (imports only) is unique:
    a second article with the same key is refused by the database (see `import_article`)."""
    now = timezone.now()
    counts = counters.new_article_counts(prepared.sentences)  # the queue scope too
    with transaction.atomic():
        article = Article.objects.create(
            title=title.strip(),
            publication=publication.strip(),
            url=url.strip(),
            byline=byline.strip(),
            published_on=published_on,
            raw_text=prepared.raw_text,
            body=prepared.body,
            body_sha256=prepared.body_sha256,
            **counts,
            created_by=created_by,
            last_activity_at=now,
            import_key=import_key,
        )
        Claim.objects.bulk_create(claim_rows(article, prepared.sentences), batch_size=2000)
        ArticleEvent.objects.create(
            article=article,
            actor=created_by,
            kind=ArticleEvent.Kind.CREATED,
            detail=f"{prepared.claim_count} claims, "
            f"{counts['boilerplate_count']} marked as boilerplate",
        )
    return article


def import_article(*, key: str, prepared: PreparedArticle, title: str, created_by: User,
                   **metadata) -> tuple[Article, bool]:  # fmt: skip
    """Create the article for an import key once: (article, True) when this call made it,
    (the article made before, False) when the key was imported already, by an earlier run, a
    retry, or another server or worker at the same moment (the unique key decides)."""
    existing = Article.objects.filter(import_key=key).only("id", "title").first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            article = create_article(
                prepared=prepared, title=title, created_by=created_by, import_key=key,
                **metadata,
            )  # fmt: skip
    except IntegrityError:
        existing = Article.objects.filter(import_key=key).only("id", "title").first()
        if existing is None:
            raise
        return existing, False
    return article, True
