"""Whole web pages (main-content extraction) and the title and metadata found in a page or text.

tests/fixtures/saved_page.html is an invented news page as a browser saves it: a cookie banner,
header navigation, breadcrumbs, the article (headline, standfirst, byline with a date, a photo
caption, paragraphs, a subheading, an inline script), a newsletter box, share links, related and
most-read lists, a footer, and scripts and styles in the head and at the end.
"""

import socket
from datetime import date
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claimreview.desk import ingest, webpage
from claimreview.desk.errors import IngestError
from claimreview.desk.metadata import cut, parse_byline, parse_date
from claimreview.models import Article, Claim
from tests.factories import SAMPLE_ARTICLE

PAGE = (Path(__file__).parent / "fixtures" / "saved_page.html").read_text(encoding="utf-8")
TITLE = "Eastbrook tram extension approved after late-night vote"
ARTICLE_SENTENCES = [
    "Eastbrook city council voted 31 to 19 shortly before midnight on Thursday to extend the "
    "tram line by 4.2 miles to Saltmarsh, ending a dispute that has run for six years.",
    "A public consultation last year found that 64% of residents in Saltmarsh supported the plan.",
]
# Text of the page that is not the article: none of it may reach the body, let alone a claim.
NOT_ARTICLE = [
    "Skip to main content",
    "We use cookies",
    "Accept all",
    "Manage preferences",
    "Sport",  # header navigation
    "Weather",
    "Sign in",
    "Subscribe",
    "Local",  # breadcrumbs
    "Photograph: Lena Brandt",  # the caption's credit
    "morning briefing",  # newsletter box
    "Share on Facebook",
    "Related stories",
    "Bus fares to rise",
    "maternity wing",
    "Most read",
    "Eastbrook Rovers",
    "About us",
    "Privacy policy",
    "All rights reserved",
    "FOOTER-MARKER",
]
SCRIPT_AND_STYLE = [
    "SCRIPT-MARKER",
    "INLINE-SCRIPT-MARKER",
    "TAIL-SCRIPT-MARKER",
    "STYLE-MARKER",
    "dataLayer",
    "document.write",
    "font-family",
    "@context",
]

PASTED_TEXT = """Skip to main content
Home | News | Sport | Business | Opinion

Ferry fares to rise by 6% from July

By Ada Quinn, Transport Reporter | 14 April 2026

Fares on the Lowmoor ferry will rise by 6% from 1 July, the operator said on Monday.

The operator said fuel costs had risen by 18% in a year.

Subscribe now
"""


def post(client, data, **headers):
    return client.post(reverse("article-new"), data, headers=headers or None)


def upload(name="tram.html", data=None):
    data = PAGE.encode() if data is None else data
    return SimpleUploadedFile(name, data, content_type="text/html")


# --- the page's article, without its furniture ----------------------------------------------


def test_the_page_is_reduced_to_its_article_and_metadata():
    prepared = ingest.prepare(title="", text=PAGE, kind="html")
    assert prepared.main_content_only
    assert prepared.raw_text == PAGE  # the article keeps what was uploaded
    blocks = prepared.body.split("\n\n")
    assert blocks[0] == TITLE
    for sentence in ARTICLE_SENTENCES:
        assert sentence in blocks  # one paragraph, one block
    assert "Four new stops" in blocks  # a subheading is its own block
    for text in NOT_ARTICLE + SCRIPT_AND_STYLE:
        assert text not in prepared.body, text
    metadata = prepared.metadata
    assert metadata.title == TITLE
    assert metadata.byline == "Marta Okafor"
    assert metadata.published_on == date(2026, 5, 3)
    assert metadata.publication == "The Eastbrook Courier"
    assert metadata.url == "https://courier.example.org/news/2026/may/03/tram-extension-approved"


def test_reading_a_page_fetches_nothing(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("a page was read over the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    for html in (PAGE, PAGE.replace("<article", "<div").replace("</article>", "</div>")):
        assert ingest.prepare(title="", text=html, kind="html").metadata.title == TITLE


def test_pasted_page_html_is_read_as_a_page():
    prepared = ingest.prepare(title="", text=PAGE, kind="text")
    assert prepared.main_content_only
    assert prepared.body == ingest.prepare(title="", text=PAGE, kind="html").body


def test_a_quote_spread_over_paragraphs_keeps_its_speaker():
    prepared = ingest.prepare(title="", text=PAGE, kind="html")
    follow_up = next(s for s in prepared.sentences if s.text.startswith('"Saltmarsh has waited'))
    assert follow_up.speaker == "Priya Lindqvist"


def test_an_html_fragment_keeps_all_its_text():
    """A few paragraphs with no page around them have no furniture to leave out."""
    prepared = ingest.prepare(
        title="", text="<h1>Storm</h1><p>Rain fell on Monday.</p>", kind="html"
    )
    assert prepared.body == "Storm\n\nRain fell on Monday."
    assert not prepared.main_content_only
    assert prepared.metadata.title == "Storm"  # the first line of the text


def test_line_breaks_tables_and_lists_keep_their_structure():
    page = f"""<!DOCTYPE html><html><head><title>Budget vote</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Budget vote</h1>
    <p>{"The council agreed its budget on Tuesday after a long debate. " * 4}</p>
    <p>Ward results:<br>North: 12 votes<br>South: 9 votes</p>
    <table><tr><th>Party</th><th>Seats</th></tr><tr><td>Greens</td><td>14</td></tr></table>
    <ul><li>Roads get £3m more than last year.</li><li>Libraries keep their hours.</li></ul>
    </article><footer>© 2026 The Courier</footer></body></html>"""
    body = ingest.prepare(title="", text=page, kind="html").body
    blocks = body.split("\n\n")
    assert "Ward results:\nNorth: 12 votes\nSouth: 9 votes" in blocks
    assert "Party; Seats" in blocks and "Greens; 14" in blocks
    assert "Roads get £3m more than last year." in blocks
    assert "Libraries keep their hours." in blocks
    assert "Home" not in body and "© 2026" not in body


def test_a_short_page_keeps_its_paragraphs_apart():
    """trafilatura's fallback for a short page joins its paragraphs with newlines."""
    html = (
        "<html><head><script>alert(1)</script></head><body><h1>Big news</h1>"
        "<p>The council met on Friday.</p><p>It agreed a budget.</p></body></html>"
    )
    prepared = ingest.prepare(title="", text=html, kind="html")
    assert prepared.body == "Big news\n\nThe council met on Friday.\n\nIt agreed a budget."


def test_a_page_without_main_content_falls_back_to_all_its_text():
    html = "<html><head><title>A note</title></head><body><div>Back soon.</div></body></html>"
    prepared = ingest.prepare(title="", text=html, kind="html")
    assert "Back soon." in prepared.body
    assert prepared.metadata.title == "A note"


def test_a_copyright_year_is_not_a_publication_date():
    html = PAGE.replace('content="2026-05-03T09:14:00+01:00"', 'content=""')
    html = html.replace('"datePublished": "2026-05-03T09:14:00+01:00",', "")
    html = html.replace('<time datetime="2026-05-03T09:14:00+01:00">3 May 2026</time>', "")
    prepared = ingest.prepare(title="", text=html, kind="html")
    assert prepared.metadata.published_on is None  # not 1 January 2026 from "© 2026"


# --- hostile pages ---------------------------------------------------------------------------

HOSTILE_PAGES = [
    ("<!DOCTYPE html><html><head><title>Only a head</title></head></html>", "no article text"),
    ("<html><body><script>alert(1)</script><style>p{}</style></body></html>", "no article text"),
    ("<html><body>" + "<div>" * 5000 + "</body></html>", "no article text"),
    ("<html><body>" + "<div>x</div>" * 83_000 + "</body></html>", "HTML elements"),
    ("<html><body><p>a\x00b</p></body></html>", "NUL bytes"),
    ("<html><body>" + "<p>x</p>" * 130_000 + "</body></html>", "limit is 1 MB"),
]


@pytest.mark.parametrize(
    ("html", "message"),
    HOSTILE_PAGES,
    ids=["no-body", "only-scripts", "only-empty-divs", "1mb-of-divs", "nul", "over-1mb"],
)
def test_hostile_pages_are_refused_with_a_message(html, message):
    with pytest.raises(IngestError, match=message):
        ingest.prepare(title="", text=html, kind="html")


def test_deeply_nested_text_is_still_read():
    html = "<html><body>" + "<div>" * 10_000 + "<p>Deep text that says something.</p></body></html>"
    prepared = ingest.prepare(title="", text=html, kind="html")
    assert "Deep text that says something." in prepared.body


def test_a_block_of_thousands_of_links_is_left_out_before_extraction():
    """A link list or tag cloud (links side by side with no break) is never the article, and
    costs the extractor time by the square of its length: it is removed first."""
    cloud = "<div class='tags'>" + '<a href="/t">TAG-MARKER</a> ' * 5000 + "</div>"
    html = PAGE.replace("<footer", cloud + "<footer")
    prepared = ingest.prepare(title="", text=html, kind="html")
    assert prepared.main_content_only
    assert ARTICLE_SENTENCES[0] in prepared.body
    assert "TAG-MARKER" not in prepared.body


def test_a_long_paragraph_with_line_breaks_and_links_is_kept():
    """Old pages put a whole article in one element: many links, but broken by <br>."""
    paragraph = 'The council <a href="/c">met</a> on Friday and <b>agreed</b> a budget.<br><br>'
    html = f"<html><body><div>{paragraph * 400}</div></body></html>"
    prepared = ingest.prepare(title="", text=html, kind="html")
    assert prepared.claim_count == 400


def test_scripts_in_a_page_never_reach_the_body():
    html = PAGE.replace(
        "<p>A public consultation",
        "<p><script>alert('x')</script><noscript>NOSCRIPT-MARKER</noscript>"
        "<iframe srcdoc='IFRAME-MARKER'></iframe>A public consultation",
    )
    body = ingest.prepare(title="", text=html, kind="html").body
    assert "alert" not in body and "NOSCRIPT-MARKER" not in body and "IFRAME" not in body
    assert ARTICLE_SENTENCES[1] in body


def test_an_extractor_failure_falls_back_to_all_the_text(monkeypatch):
    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(webpage.trafilatura, "bare_extraction", broken)
    monkeypatch.setattr(webpage.trafilatura, "extract_metadata", broken)
    prepared = ingest.prepare(title="", text=PAGE, kind="html")
    assert ARTICLE_SENTENCES[0] in prepared.body
    assert "SCRIPT-MARKER" not in prepared.body  # the engine's html_to_text drops scripts too
    assert not prepared.main_content_only


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "compressed"),
        (b"\x7fELF\x02\x01\x01", "a program"),
        ("<html><body><p>café</p></body></html>".encode("latin-1"), "not UTF-8"),
        (b"<html><body><p>a\x00b</p></body></html>", "NUL bytes"),
    ],
    ids=["png", "gzip", "elf", "latin-1", "nul"],
)
def test_binary_or_undecodable_html_uploads_are_refused(data, message):
    with pytest.raises(IngestError, match=message):
        ingest.decode_upload(data, "page.html")


# --- title and metadata from the text --------------------------------------------------------


def test_title_byline_and_date_come_from_the_text():
    prepared = ingest.prepare(title="", text=PASTED_TEXT)
    reasons = {s.text: s.boilerplate_reason for s in prepared.sentences}
    assert reasons["Home | News | Sport | Business | Opinion"]  # the nav line is boilerplate
    assert reasons["By Ada Quinn, Transport Reporter | 14 April 2026"] == "byline"
    metadata = prepared.metadata
    assert metadata.title == "Ferry fares to rise by 6% from July"  # not the nav line
    assert metadata.byline == "Ada Quinn, Transport Reporter"
    assert metadata.published_on == date(2026, 4, 14)
    assert metadata.publication == "" and metadata.url == ""


def test_a_date_line_fills_the_date():
    text = "Council agrees budget\n\nPublished 3 May 2026, 10:02 BST\n\nThe council met on Friday."
    assert ingest.prepare(title="", text=text).metadata.published_on == date(2026, 5, 3)


def test_a_long_first_line_gives_its_first_sentence_or_a_cut_title():
    first = "The harbour council voted on Monday to open a ferry route to the islands."
    text = first + " " + "It was a long meeting with many speakers and votes. " * 20
    assert ingest.prepare(title="", text=text).metadata.title == first
    text = "The council " + "met and talked and voted " * 30 + "on Monday."
    title = ingest.prepare(title="", text=text).metadata.title
    assert len(title) <= 300 and title.endswith("…") and title[-2] != " "
    assert text.startswith(title[:-1])


def test_all_boilerplate_text_has_no_title():
    assert ingest.prepare(title="", text="Subscribe now").metadata.title == ""


@pytest.mark.parametrize(
    ("line", "byline", "day"),
    [
        ("By A Name, Role | 3 May 2026", "A Name, Role", date(2026, 5, 3)),
        ("By A Name and B Name", "A Name and B Name", None),
        ("By A Name, Role, 3 September 2026", "A Name, Role", date(2026, 9, 3)),
        ("By A Name · Updated May 4, 2026 10:02 a.m. ET", "A Name", date(2026, 5, 4)),
        ("BY A NAME - Wire Agency", "A NAME", None),
        ("— A Name", "", None),  # a live blog entry's sign-off, not the article's byline
    ],
)
def test_bylines_are_parsed(line, byline, day):
    assert parse_byline(line) == (byline, day)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        (
            "Published 14 April 2026, 06:00 BST · Updated 15 April 2026, 11:32 BST",
            date(2026, 4, 14),
        ),
        ("Updated 15 April 2026", date(2026, 4, 15)),
        ("2026-05-03", date(2026, 5, 3)),
        ("Thursday 7th of May 2026", date(2026, 5, 7)),
        ("Sept. 9, 2025", date(2025, 9, 9)),
        ("31 February 2026", None),
        ("Updated 10:02 a.m. ET", None),
    ],
)
def test_dates_are_parsed(line, day):
    assert parse_date(line) == day


def test_cut_keeps_whole_words():
    assert cut("one two three", 300) == "one two three"
    assert cut("alpha beta gamma delta", 12) == "alpha beta…"


# --- the add page ------------------------------------------------------------------------------


def assert_only_the_article_became_claims(article):
    texts = list(article.claims.values_list("text", flat=True))
    assert ARTICLE_SENTENCES[0] in texts
    for text in texts:
        for furniture in NOT_ARTICLE + SCRIPT_AND_STYLE:
            assert furniture not in text, (furniture, text)


def test_uploading_a_saved_page_without_a_title_saves_its_article(client, editor):
    client.force_login(editor)
    response = post(client, {"title": "", "upload": upload()})
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.title == TITLE
    assert article.byline == "Marta Okafor"
    assert article.published_on == date(2026, 5, 3)
    assert article.publication == "The Eastbrook Courier"
    assert article.url.startswith("https://courier.example.org/news/")
    assert article.raw_text == PAGE
    assert_only_the_article_became_claims(article)
    page = client.get(response["Location"]).content.decode()
    assert f"Added “{TITLE}”" in page
    assert "SCRIPT-MARKER" not in page


def test_pasting_a_page_without_a_title_saves_its_article(client, editor):
    client.force_login(editor)
    response = post(client, {"title": "", "body": PAGE})
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.title == TITLE
    assert article.byline == "Marta Okafor"
    assert article.raw_text == PAGE
    assert_only_the_article_became_claims(article)


def test_typed_values_win_over_found_ones(client, editor):
    client.force_login(editor)
    data = {
        "title": "Tram line to Saltmarsh",
        "byline": "M. Okafor",
        "published_on": "2026-05-04",
        "publication": "Courier",
        "url": "https://example.org/tram",
        "upload": upload(),
    }
    assert post(client, data).status_code == 302
    article = Article.objects.get()
    assert (article.title, article.byline, article.published_on) == (
        "Tram line to Saltmarsh",
        "M. Okafor",
        date(2026, 5, 4),
    )
    assert (article.publication, article.url) == ("Courier", "https://example.org/tram")


def test_the_preview_shows_what_will_be_saved(client, editor):
    client.force_login(editor)
    response = post(client, {"title": "", "upload": upload()}, **{"HX-Request": "true"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="preview"')
    assert 'id="page-extracted"' in html
    assert f"<td>{TITLE} <span" in html
    assert "<td>Marta Okafor <span" in html
    assert "<td>3 May 2026 <span" in html
    assert "<td>The Eastbrook Courier <span" in html
    assert html.count(">found</span>") == 5
    for text in NOT_ARTICLE + SCRIPT_AND_STYLE:
        assert text not in html, text
    # A typed title is shown as typed.
    response = post(client, {"title": "Mine", "upload": upload()}, **{"HX-Request": "true"})
    assert '<td>Mine <span class="hint hint-low">typed</span>' in response.content.decode()
    assert Article.objects.count() == 0


def test_pasted_text_without_a_title_takes_its_first_content_line(client, editor):
    client.force_login(editor)
    preview = post(client, {"title": "", "body": PASTED_TEXT, "preview": "1"})
    assert preview.status_code == 200
    assert "<td>Ferry fares to rise by 6% from July <span" in preview.content.decode()
    assert post(client, {"title": "", "body": PASTED_TEXT}).status_code == 302
    article = Article.objects.get()
    assert article.title == "Ferry fares to rise by 6% from July"
    assert article.byline == "Ada Quinn, Transport Reporter"
    assert article.published_on == date(2026, 4, 14)


def test_text_with_no_content_line_needs_a_typed_title(client, editor):
    client.force_login(editor)
    response = post(client, {"title": "", "body": "Home | News | Sport\n\nSubscribe now"})
    assert response.status_code == 400
    assert "No title was found in the text. Type one." in response.content.decode()
    assert "None found." in response.content.decode()  # the preview says so too
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("html", "message"), HOSTILE_PAGES[:4], ids=["no-body", "only-scripts", "empty-divs", "1mb"]
)
def test_hostile_page_uploads_get_a_message_and_store_nothing(client, editor, html, message):
    client.force_login(editor)
    for data in ({"upload": upload(data=html.encode())}, {"body": html}):
        response = post(client, {"title": "", **data})
        assert response.status_code == 400
        assert message in response.content.decode()
    assert Article.objects.count() == 0 and Claim.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"<html><body><p>caf\xe9</p></body></html>", "not UTF-8"),
        (b"<html><body><p>a\x00b</p></body></html>", "NUL bytes"),
        (b"\x1f\x8b\x08\x00", "compressed (gzip) file"),
    ],
)
def test_bad_html_files_get_a_message_and_store_nothing(client, editor, data, message):
    client.force_login(editor)
    response = post(client, {"title": "", "upload": upload(name="page.html", data=data)})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Article.objects.count() == 0


def test_a_page_costs_the_same_queries_as_pasted_text(client, editor):
    client.force_login(editor)
    counts = {}
    for name, data in (
        ("text", {"title": "", "body": SAMPLE_ARTICLE}),
        ("page", {"title": "", "upload": upload()}),
    ):
        for step, extra in (("preview", {"preview": "1"}), ("save", {})):
            if name == "page":
                data = {**data, "upload": upload()}  # a file can be read once
            with CaptureQueriesContext(connection) as queries:
                response = post(client, {**data, **extra})
            assert response.status_code == (200 if step == "preview" else 302)
            counts[name, step] = len(queries)
    assert counts["page", "preview"] == counts["text", "preview"]
    assert counts["page", "save"] == counts["text", "save"]
