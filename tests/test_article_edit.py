"""Editing an article's title and metadata without Django admin (issue 16): the desk function,
the editor-only page, the history entry, and hostile input (a clear message, nothing stored,
never a 500)."""

import datetime
import re
from urllib.parse import quote, urlencode

import pytest
from django.urls import reverse

from claimreview import desk
from claimreview.models import Article, ArticleEvent
from tests.factories import make_user

DETAILS = ("title", "publication", "byline", "url", "published_on")


def details_of(article: Article) -> tuple:
    article = Article.objects.get(pk=article.pk)
    return tuple(getattr(article, name) for name in DETAILS)


def edits(article) -> list[ArticleEvent]:
    return list(ArticleEvent.objects.filter(article=article, kind=ArticleEvent.Kind.DETAILS))


def page_fields(client, article) -> dict:
    """The edit form's fields as the page shows them (the `seen` fingerprint included)."""
    html = client.get(reverse("article-edit", args=[article.pk])).content.decode()
    fields = {}
    for name in (*DETAILS, "seen"):
        found = re.search(rf'name="{name}"[^>]*?value="([^"]*)"', html)
        fields[name] = found.group(1) if found else ""
    return fields


# --- the desk ----------------------------------------------------------------------------------


def test_edit_changes_only_what_changed_and_records_old_and_new(article, editor):
    article, changed = desk.edit_metadata(
        article_id=article.pk, by=editor, title="Council approves ferry route",
        publication="The Lowmoor Ledger", byline="", url="https://example.org/ferry",
        published_on=datetime.date(2026, 5, 3),
    )  # fmt: skip
    assert changed == ["Title", "Publication", "URL", "Published"]
    stored = Article.objects.get(pk=article.pk)
    assert stored.title == "Council approves ferry route"
    assert stored.url == "https://example.org/ferry"
    assert stored.published_on == datetime.date(2026, 5, 3)
    [event] = edits(article)
    assert event.actor == editor
    assert event.detail.startswith(
        "Title: “Harbour council backs new ferry route” → “Council approves ferry route”; "
        "Publication: (none) → “The Lowmoor Ledger”"
    )
    assert "Published: (none) → “2026-05-03”" in event.detail
    assert "Byline" not in event.detail


def test_a_save_with_nothing_changed_writes_nothing(article, editor):
    before = details_of(article), ArticleEvent.objects.count()
    _, changed = desk.edit_metadata(
        article_id=article.pk,
        by=editor,
        title=f"  {article.title} ",
        publication="",
    )
    assert changed == []
    assert (details_of(article), ArticleEvent.objects.count()) == before


def test_the_history_entry_fits_its_column_however_long_the_values(article, editor):
    desk.edit_metadata(
        article_id=article.pk, by=editor, title="T" * 300, publication="P" * 200,
        byline="B " * 150, url="https://example.org/" + "u" * 1900,
    )  # fmt: skip
    [event] = edits(article)
    assert len(event.detail) <= 500
    for label in ("Title", "Publication", "Byline", "URL"):
        assert f"{label}: " in event.detail


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"title": "x" * 301}, "at most 300"),
        ({"byline": "x" * 301}, "at most 300"),
        ({"title": "A\x00B"}, "NUL"),
        ({"url": "javascript:alert(1)"}, "http:// or https://"),
        ({"url": "ftp://example.org/a"}, "http:// or https://"),
    ],
)
def test_the_desk_refuses_bad_details_and_changes_nothing(article, editor, values, message):
    before = details_of(article), ArticleEvent.objects.count()
    kwargs = {"title": "A fine title", **values}
    with pytest.raises(desk.DeskError, match=message):
        desk.edit_metadata(article_id=article.pk, by=editor, **kwargs)
    assert (details_of(article), ArticleEvent.objects.count()) == before


def test_an_edit_over_one_made_meanwhile_is_a_conflict(article, editor):
    seen = desk.details_fingerprint(desk.metadata_of(article))
    desk.edit_metadata(article_id=article.pk, by=editor, title="First edit", seen=seen)
    with pytest.raises(desk.DetailsConflict):
        desk.edit_metadata(article_id=article.pk, by=editor, title="Second edit", seen=seen)
    assert Article.objects.get(pk=article.pk).title == "First edit"
    assert len(edits(article)) == 1


def test_an_edit_keeps_the_text_counters_and_status(article, editor):
    before = Article.objects.get(pk=article.pk)
    desk.edit_metadata(article_id=article.pk, by=editor, title="New title")
    after = Article.objects.get(pk=article.pk)
    for name in ("body", "raw_text", "version", "status", "claim_count", "unreviewed_count"):
        assert getattr(after, name) == getattr(before, name)


# --- the page ----------------------------------------------------------------------------------


def test_an_editor_edits_the_details_and_the_article_page_shows_them(client, editor, article):
    client.force_login(editor)
    detail = client.get(reverse("article-detail", args=[article.pk])).content.decode()
    assert reverse("article-edit", args=[article.pk]) in detail
    assert "Edit details" in detail
    fields = page_fields(client, article)
    assert fields["title"] == article.title
    fields.update(title="Ferry route approved", byline="Ines Reporter", url="example.org/x")
    response = client.post(reverse("article-edit", args=[article.pk]), fields)
    assert response.status_code == 302
    assert response["Location"] == reverse("article-detail", args=[article.pk])
    stored = Article.objects.get(pk=article.pk)
    assert (stored.title, stored.byline, stored.url) == (
        "Ferry route approved", "Ines Reporter", "https://example.org/x",
    )  # fmt: skip
    page = client.get(response["Location"]).content.decode()
    assert "Saved: Title, Byline, URL changed." in page
    assert "<h1>Ferry route approved</h1>" in page
    assert "Details edited" in page
    assert "“Harbour council backs new ferry route” → “Ferry route approved”" in page
    report = client.get(reverse("article-report", args=[article.pk])).content.decode()
    assert "Ferry route approved" in report


def test_a_save_with_nothing_changed_says_so(client, editor, article):
    client.force_login(editor)
    before = ArticleEvent.objects.count()
    response = client.post(
        reverse("article-edit", args=[article.pk]), page_fields(client, article), follow=True
    )
    assert "Nothing changed" in response.content.decode()
    assert ArticleEvent.objects.count() == before


def test_a_stale_form_is_a_conflict_page_with_the_current_values(client, editor, article):
    client.force_login(editor)
    fields = page_fields(client, article)
    desk.edit_metadata(article_id=article.pk, by=editor, title="Changed meanwhile")
    response = client.post(reverse("article-edit", args=[article.pk]), {**fields, "title": "Mine"})
    assert response.status_code == 409
    html = response.content.decode()
    assert "Another editor changed these details" in html
    assert 'value="Changed meanwhile"' in html
    assert Article.objects.get(pk=article.pk).title == "Changed meanwhile"


def test_script_is_stored_as_text_and_escaped_everywhere(client, editor, article):
    client.force_login(editor)
    script = "<script>alert(1)</script>"
    fields = {**page_fields(client, article), "title": script, "byline": script}
    assert client.post(reverse("article-edit", args=[article.pk]), fields).status_code == 302
    assert Article.objects.get(pk=article.pk).title == script
    for name in ("article-detail", "article-edit", "article-report"):
        html = client.get(reverse(name, args=[article.pk])).content.decode()
        assert script not in html, name
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, name
    assert script not in client.get(reverse("article-list")).content.decode()


# --- roles -------------------------------------------------------------------------------------


def test_anonymous_is_sent_to_log_in(client, article):
    for method in (client.get, client.post):
        response = method(reverse("article-edit", args=[article.pk]))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", [None, "reviewer"])
def test_no_role_and_reviewers_get_403_and_no_link(client, article, role):
    user = make_user("someone", *([role] if role else []))
    client.force_login(user)
    before = details_of(article)
    url = reverse("article-edit", args=[article.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"title": "Taken over"}).status_code == 403
    assert details_of(article) == before
    if role:
        detail = client.get(reverse("article-detail", args=[article.pk])).content.decode()
        assert url not in detail
        assert "Edit details" not in detail


def test_unknown_article_is_404_for_an_editor(client, editor):
    client.force_login(editor)
    assert client.get(reverse("article-edit", args=[999_999_999])).status_code == 404


# --- hostile input -----------------------------------------------------------------------------

HOSTILE = [
    pytest.param("title", "", "An article needs a title", id="empty title"),
    pytest.param("title", "%20%20", "An article needs a title", id="blank title"),
    pytest.param("title", "x" * 301, "Title is at most 300", id="title too long"),
    pytest.param("title", "x" * 100_000, "Title is at most 300", id="huge title"),
    pytest.param("publication", "p" * 201, "Publication is at most 200", id="huge publication"),
    pytest.param("byline", "b" * 5000, "Byline is at most 300", id="huge byline"),
    pytest.param("url", "https://e.org/" + "u" * 2000, "URL is at most 2000", id="huge url"),
    pytest.param("title", "A%00B", "Title cannot contain NUL", id="NUL in title"),
    pytest.param("byline", "%00", "Byline cannot contain NUL", id="NUL in byline"),
    pytest.param("url", "https://e.org/%2500", "", id="escaped NUL in url is fine"),
    pytest.param("title", "Caf%E9", "not valid text", id="latin-1 title"),
    pytest.param("title", "%ff%fe", "not valid text", id="invalid UTF-8 title"),
    pytest.param("publication", "%c3", "not valid text", id="truncated UTF-8"),
    pytest.param("url", quote("javascript:alert(1)"), "http:// or https://", id="javascript"),
    pytest.param("url", quote("JavaScript:alert(1)//"), "http:// or https://", id="JavaScript"),
    pytest.param("url", quote("data:text/html,<b>x</b>"), "http:// or https://", id="data"),
    pytest.param("url", quote("ftp://example.org/a"), "http:// or https://", id="ftp"),
    pytest.param("url", quote("file:///etc/passwd"), "http:// or https://", id="file"),
    pytest.param("published_on", "2026-02-31", "Enter the publication date", id="bad date"),
    pytest.param("published_on", "%00", "Enter the publication date", id="NUL date"),
    pytest.param("published_on", "99999-01-01", "Enter the publication date", id="far date"),
    pytest.param("seen", "x" * 64, "the form was incomplete", id="bad fingerprint"),
]


@pytest.mark.parametrize(("name", "raw", "message"), HOSTILE)
def test_hostile_values_are_refused_with_a_message(client, editor, article, name, raw, message):
    client.force_login(editor)
    before = details_of(article), ArticleEvent.objects.count()
    fields = {key: value for key, value in page_fields(client, article).items() if key != name}
    body = urlencode(fields) + f"&{name}={raw}"
    response = client.post(
        reverse("article-edit", args=[article.pk]), body,
        content_type="application/x-www-form-urlencoded",
    )  # fmt: skip
    if not message:  # a valid value: saved
        assert response.status_code == 302
        return
    assert response.status_code == 400, response.content[:300]
    assert message in response.content.decode()
    assert (details_of(article), ArticleEvent.objects.count()) == before


def test_broken_whole_bodies_are_refused(client, editor, article):
    client.force_login(editor)
    before = details_of(article), ArticleEvent.objects.count()
    url = reverse("article-edit", args=[article.pk])
    for body in (b"%ff%fe=%ff", b"\xff\xfe\x00=1", b"\x00" * 100, b"a" * 100_000, b""):
        response = client.post(url, body, content_type="application/x-www-form-urlencoded")
        assert response.status_code == 400, (body[:10], response.status_code)
        assert "An article needs a title" in response.content.decode()
    assert (details_of(article), ArticleEvent.objects.count()) == before


@pytest.mark.parametrize(
    "path", ["/articles/%D9%A3/edit/", "/articles/%C2%B2/edit/", "/articles/１/edit/",
             "/articles/0/edit/", "/articles/99999999999999999999/edit/", "/articles/%00/edit/"],
)  # fmt: skip
def test_non_ascii_digits_and_out_of_range_ids_are_404(client, editor, path):
    client.force_login(editor)
    assert client.get(path).status_code == 404
    assert client.post(path, {"title": "x"}).status_code == 404
