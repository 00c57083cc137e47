import itertools

import pytest
from django.db import IntegrityError

from claimreview.desk import ingest
from claimreview.models import Article, ArticleEvent, Claim
from tests.factories import SAMPLE_ARTICLE, add_article


def test_claims_cover_the_body_with_exact_offsets(editor):
    article = add_article(created_by=editor)
    claims = list(article.claims.order_by("position"))
    assert [c.position for c in claims] == list(range(1, len(claims) + 1))
    for claim in claims:
        assert article.body[claim.start : claim.end] == claim.text
    # Every non-space character of the body is in exactly one claim, in order.
    covered = "".join(c.text for c in claims)
    assert "".join(covered.split()) == "".join(article.body.split())
    assert all(a.end <= b.start for a, b in itertools.pairwise(claims))


def test_counters_and_hints_are_stored(editor):
    article = add_article(created_by=editor)
    boilerplate = set(article.claims.filter(is_boilerplate=True).values_list("text", flat=True))
    assert boilerplate == {"Subscribe now", "© 2026 The Lowmoor Ledger"}
    assert article.claim_count == article.claims.count()
    assert article.boilerplate_count == 2
    assert article.unreviewed_count == article.claim_count - 2
    assert article.status == "new"
    quote = article.claims.get(text__startswith='"This is the first')
    assert quote.speaker == "Ines Patel"  # the name, not the title
    follow_up = article.claims.get(text__startswith='"It will not')
    assert follow_up.speaker == "Ines Patel"
    assert follow_up.attributions[0]["inherited"] is True
    assert ArticleEvent.objects.filter(article=article, kind="created").count() == 1


def test_raw_text_is_kept_verbatim_and_body_is_cleaned(editor):
    raw = "Title line\r\n\r\nThe mayor\u00a0said  the plan costs &pound;5m.\u200b\r\n"
    article = add_article(created_by=editor, text=raw)
    assert article.raw_text == raw
    assert article.body == "Title line\n\nThe mayor said the plan costs £5m."


def test_html_is_reduced_to_text_and_scripts_dropped(editor):
    html = (
        "<html><head><script>alert(1)</script></head><body><h1>Big news</h1>"
        "<p>The council met on Friday.</p><p>It agreed a budget.</p></body></html>"
    )
    prepared = ingest.prepare(title="Big news", text=html, kind="html")
    assert prepared.body == "Big news\n\nThe council met on Friday.\n\nIt agreed a budget."
    assert "alert" not in prepared.body


def test_markdown_is_reduced_to_text():
    text = "# Heading\n\nThe **council** met, [the minutes](https://example.org/m) say."
    prepared = ingest.prepare(title="t", text=text, kind="markdown")
    assert prepared.body == "Heading\n\nThe council met, the minutes say."


def test_a_failed_insert_stores_nothing(editor):
    prepared = ingest.prepare(title="t", text=SAMPLE_ARTICLE)
    broken = prepared.sentences[3]
    broken.end = broken.start  # violates claim_start_before_end, after the article row exists
    with pytest.raises(IntegrityError):
        ingest.create_article(prepared=prepared, title="t", created_by=editor)
    assert Article.objects.count() == 0
    assert Claim.objects.count() == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "has no text"),
        ("   \n\n\t  ", "has no text"),
        ("\u200b\u200b", "has no text"),
        ("Nul\x00byte", "NUL bytes"),
        ("x" * (ingest.MAX_ARTICLE_BYTES + 1), "limit is 1 MB"),
        ("é" * (ingest.MAX_ARTICLE_BYTES // 2 + 1), "limit is 1 MB"),
        ("word " * 1500, "characters long"),
        ("Yes. " * (ingest.MAX_CLAIMS + 1), "limit is 20,000"),
        ("Broken \ud800 surrogate.", "broken characters"),
    ],
    ids=[
        "empty",
        "blank",
        "invisible",
        "nul",
        "huge",
        "huge-multibyte",
        "absurd",
        "many",
        "surrogate",
    ],
)
def test_bad_text_is_refused_with_a_message(text, message):
    with pytest.raises(ingest.IngestError, match=message):
        ingest.prepare(title="t", text=text)


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"%PDF-1.7 binary", "article.txt", "looks like a PDF"),
        (b"\x89PNG\r\n\x1a\n....", "photo.txt", "PNG image"),
        (b"PK\x03\x04zip", "story.md", "Word document"),
        (b"caf\xe9 au lait", "latin1.txt", "not UTF-8"),
        (b"\xff\xfe\x00\xd8", "bad16.txt", "not UTF-8"),
        (b"text with a \x00 nul", "nul.txt", "NUL bytes"),
        (b"fine text", "article.pdf", "not a file type"),
        (b"fine text", "noextension", "not a file type"),
        (b"x" * (ingest.MAX_ARTICLE_BYTES + 1), "big.txt", "limit is 1 MB"),
    ],
)
def test_bad_uploads_are_refused_with_a_message(data, name, message):
    with pytest.raises(ingest.IngestError, match=message):
        ingest.decode_upload(data, name)


def test_uploads_in_utf8_with_bom_and_utf16_are_read():
    assert ingest.decode_upload("\ufeffHello.".encode(), "a.txt") == ("Hello.", "text")
    assert ingest.decode_upload("Hello.".encode("utf-16"), "a.txt") == ("Hello.", "text")
    assert ingest.decode_upload(b"<p>Hi.</p>", "a.HTML") == ("<p>Hi.</p>", "html")


def test_duplicates_are_found_by_body(editor):
    first = add_article(created_by=editor)
    prepared = ingest.prepare(title="Other title", text=SAMPLE_ARTICLE.replace("\n", "\r\n"))
    assert list(ingest.find_duplicates(prepared)) == [first]


def test_markdown_full_of_brackets_is_read_in_linear_time():
    import time

    for text in ("[" * 100_000 + "](" * 10, "![x](" * 50_000):
        started = time.perf_counter()
        with pytest.raises(ingest.IngestError):  # no sentences of prose in it, or too long
            ingest.prepare(title="t", text=text, kind="markdown")
        assert time.perf_counter() - started < 5  # was minutes
