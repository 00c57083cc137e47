import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claimreview.models import Article
from tests.factories import PASSWORD, SAMPLE_ARTICLE, add_article, make_user

ROLES = ["anonymous", "norole", "reviewer", "editor", "admin"]


@pytest.fixture
def users(reviewer, editor, admin_user):
    # A logged-in account with no role, as every account just made in admin is.
    norole = make_user("nora-norole", first_name="Nora", last_name="Norole")
    return {
        "anonymous": None,
        "norole": norole,
        "reviewer": reviewer,
        "editor": editor,
        "admin": admin_user,
    }


def client_for(client, user):
    if user is not None:
        client.force_login(user)
    return client


# (url name, kwargs needed, {role: expected status})
PAGES = [
    ("article-list", False, {"anonymous": 302, "norole": 403, "reviewer": 200, "editor": 200, "admin": 200}),
    ("article-new", False, {"anonymous": 302, "norole": 403, "reviewer": 403, "editor": 200, "admin": 200}),
    ("article-detail", True, {"anonymous": 302, "norole": 403, "reviewer": 200, "editor": 200, "admin": 200}),
    ("article-report", True, {"anonymous": 302, "norole": 403, "reviewer": 200, "editor": 200, "admin": 200}),
    ("claim-search", False, {"anonymous": 302, "norole": 403, "reviewer": 200, "editor": 200, "admin": 200}),
    ("desk-stats", False, {"anonymous": 302, "norole": 403, "reviewer": 403, "editor": 200, "admin": 200}),
    ("admin:index", False, {"anonymous": 302, "norole": 302, "reviewer": 302, "editor": 302, "admin": 200}),
    ("login", False, {"anonymous": 200, "norole": 302, "reviewer": 302, "editor": 302, "admin": 302}),
]  # fmt: skip


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "needs_article", "expected"), PAGES)
def test_permission_matrix(client, users, article, role, name, needs_article, expected):
    url = reverse(name, kwargs={"article_id": article.pk} if needs_article else None)
    response = client_for(client, users[role]).get(url)
    assert response.status_code == expected[role], (name, role)
    if response.status_code == 302 and role == "anonymous":
        assert response["Location"].startswith(("/login/", "/admin/login/"))
    if response.status_code == 403 and role == "norole":
        html = response.content.decode()
        assert "has no role yet" in html and "Nora Norole" in html
        assert 'href="/search/"' not in html and 'href="/queue/"' not in html  # no dead links


def test_forbidden_page_is_clear(client, reviewer):
    client.force_login(reviewer)
    response = client.get(reverse("article-new"))
    assert response.status_code == 403
    assert b"for editors" in response.content
    assert b"Rita Reviewer" in response.content


def test_login_and_logout_through_the_forms(client, reviewer):
    response = client.post(reverse("login"), {"username": reviewer.username, "password": "bad"})
    assert response.status_code == 200
    assert b"Please enter a correct username and password" in response.content
    response = client.post(
        reverse("login"), {"username": reviewer.username, "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("article-list")
    assert client.get(reverse("logout")).status_code == 405  # logout is a POST
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert client.get(reverse("article-list")).status_code == 302


def test_editor_adds_an_article_by_pasting(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("article-new"),
        {"title": "Harbour council backs new ferry route", "body": SAMPLE_ARTICLE,
         "publication": "The Lowmoor Ledger", "url": "https://example.org/ferry"},
    )  # fmt: skip
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("article-detail", args=[article.pk])
    assert article.created_by == editor
    assert article.claim_count == article.claims.count() > 5
    page = client.get(response["Location"])
    assert b"Added \xe2\x80\x9cHarbour council" in page.content
    assert page.content.count(b'class="claim v-') == article.claim_count


def test_editor_uploads_a_file(client, editor):
    client.force_login(editor)
    upload = SimpleUploadedFile("story.html", b"<h1>Storm</h1><p>Rain fell on Monday.</p>")
    response = client.post(reverse("article-new"), {"title": "Storm", "upload": upload})
    assert response.status_code == 302
    assert Article.objects.get().body == "Storm\n\nRain fell on Monday."


def test_preview_shows_the_split_and_saves_nothing(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("article-new"),
        {"title": "", "body": SAMPLE_ARTICLE},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="preview"')  # the partial, not the page
    assert "Split into" in html
    assert "<li" in html
    assert Article.objects.count() == 0
    # Without JavaScript the preview button posts the whole form.
    response = client.post(
        reverse("article-new"), {"title": "T", "body": SAMPLE_ARTICLE, "preview": "1"}
    )
    assert b"Split into" in response.content
    assert b"<html" in response.content
    assert Article.objects.count() == 0


def test_duplicates_are_flagged_and_need_confirmation(client, editor, article):
    client.force_login(editor)
    data = {"title": "Same again", "body": SAMPLE_ARTICLE}
    preview = client.post(reverse("article-new"), data, headers={"HX-Request": "true"})
    assert b"Already here" in preview.content
    refused = client.post(reverse("article-new"), data)
    assert refused.status_code == 400
    assert b"already here" in refused.content
    assert Article.objects.count() == 1
    accepted = client.post(reverse("article-new"), {**data, "allow_duplicate": "on"})
    assert accepted.status_code == 302
    assert Article.objects.count() == 2


BAD_POSTS = [
    ({"title": "T", "body": ""}, "Paste the article"),
    ({"title": "T", "body": "   \n  "}, "Paste the article"),
    ({"title": "", "body": "Subscribe now"}, "No title was found"),  # all boilerplate
    ({"title": "T", "body": "Nul \x00 byte."}, "Null characters are not allowed"),
    ({"title": "T", "body": "x" * 1_000_001}, "limit is 1 MB"),
    ({"title": "T", "body": "word " * 1500}, "characters long"),
    ({"title": "T", "body": "Fine.", "url": "not a url at all"}, "Enter a valid URL"),
    ({"title": "T", "body": "Fine.", "published_on": "yesterday"}, "Enter a valid date"),
    ({"title": "T" * 301, "body": "Fine."}, "at most 300 characters"),
]


@pytest.mark.parametrize(("data", "message"), BAD_POSTS)
def test_bad_input_gets_a_message_and_stores_nothing(client, editor, data, message):
    client.force_login(editor)
    response = client.post(reverse("article-new"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Article.objects.count() == 0


BAD_UPLOADS = [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "image.txt", "PNG image"),
    (b"\xde\xad\xbe\xef\xff", "garbage.txt", "not UTF-8"),
    (b"MZ\x90\x00", "virus.exe", "not a file type"),
    (b"\x00\x01\x02\x03", "binary.md", "NUL bytes"),
    (b"", "empty.txt", "The submitted file is empty"),
    (b"\n \n\xe2\x80\x8b", "blank.txt", "has no text"),
]


@pytest.mark.parametrize(("data", "name", "message"), BAD_UPLOADS)
def test_bad_uploads_get_a_message_and_store_nothing(client, editor, data, name, message):
    client.force_login(editor)
    upload = SimpleUploadedFile(name, data)
    response = client.post(reverse("article-new"), {"title": "T", "upload": upload})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Article.objects.count() == 0


def test_paste_and_upload_together_is_refused(client, editor):
    client.force_login(editor)
    upload = SimpleUploadedFile("a.txt", b"Hello.")
    response = client.post(reverse("article-new"), {"title": "T", "body": "Hi.", "upload": upload})
    assert b"not both" in response.content
    assert Article.objects.count() == 0


def test_request_over_the_upload_limit_is_a_400_not_a_500(client, editor):
    client.force_login(editor)
    response = client.post(reverse("article-new"), {"title": "T", "body": "x" * 4_000_000})
    assert response.status_code == 400
    assert Article.objects.count() == 0


def test_scripts_in_article_text_are_stored_as_text_and_escaped(client, editor):
    client.force_login(editor)
    hostile = 'The <script>alert("x")</script> tag and <img src=x onerror=alert(1)> stay text.'
    client.post(reverse("article-new"), {"title": "<b>bold</b> title", "body": hostile})
    article = Article.objects.get()
    assert "<script>" in article.body
    page = client.get(reverse("article-detail", args=[article.pk])).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<img src=x" not in page
    assert "&lt;b&gt;bold&lt;/b&gt; title" in page
    listing = client.get(reverse("article-list")).content.decode()
    assert "&lt;b&gt;bold&lt;/b&gt; title" in listing


def test_pages_send_a_strict_content_security_policy(client, reviewer, article):
    client.force_login(reviewer)
    response = client.get(reverse("article-detail", args=[article.pk]))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    html = response.content.decode()
    assert "<script>" not in html  # every script tag has a src and a nonce
    assert html.count("<script ") == html.count('nonce="')


def test_unknown_article_is_a_404_page(client, reviewer):
    client.force_login(reviewer)
    response = client.get(reverse("article-detail", args=[999999]))
    assert response.status_code == 404
    assert b"Nothing here" in response.content


def test_article_list_filters_and_searches(client, reviewer, editor):
    add_article(created_by=editor, title="Ferry route approved")
    add_article(created_by=editor, title="Budget row at city hall", text="The budget grew.")
    client.force_login(reviewer)
    html = client.get(reverse("article-list"), {"q": "ferry"}).content.decode()
    assert "Ferry route approved" in html
    assert "Budget row" not in html
    html = client.get(reverse("article-list"), {"status": "signed_off"}).content.decode()
    assert "No articles match" in html


def long_article(sentences: int) -> str:
    return "\n\n".join(
        f"Officials said on Monday that {n} new buses would run by {2000 + n % 30}."
        for n in range(sentences)
    )


def test_detail_page_queries_do_not_grow_with_claims(
    client, reviewer, editor, django_assert_max_num_queries
):
    small = add_article(created_by=editor, title="Small", text=long_article(5))
    large = add_article(created_by=editor, title="Large", text=long_article(400))
    client.force_login(reviewer)
    client.get(reverse("article-detail", args=[small.pk]))  # warm the session
    # Seven: the article's history list (its latest events, with their actors) is one query.
    with django_assert_max_num_queries(7) as small_queries:
        client.get(reverse("article-detail", args=[small.pk]))
    with django_assert_max_num_queries(7) as large_queries:
        response = client.get(reverse("article-detail", args=[large.pk]))
    assert response.content.count(b'class="claim v-') == 400
    assert len(small_queries.captured_queries) == len(large_queries.captured_queries)


def test_list_page_queries_do_not_grow_with_articles(
    client, reviewer, editor, django_assert_max_num_queries
):
    add_article(created_by=editor, title="One", text=long_article(3))
    client.force_login(reviewer)
    client.get(reverse("article-list"))
    with django_assert_max_num_queries(6) as few:
        client.get(reverse("article-list"))
    for n in range(20):
        add_article(created_by=editor, title=f"Article {n}", text=long_article(3) + f" {n}.")
    with django_assert_max_num_queries(6) as many:
        response = client.get(reverse("article-list"))
    assert response.content.count(b'class="article-title"') == 21
    assert len(few.captured_queries) == len(many.captured_queries)


def test_admin_pages_work_for_admins(client, admin_user, article):
    client.force_login(admin_user)
    claim = article.claims.first()
    for url in [
        reverse("admin:claimreview_user_changelist"),
        reverse("admin:auth_group_changelist"),
        reverse("admin:claimreview_article_changelist"),
        reverse("admin:claimreview_article_change", args=[article.pk]),
        reverse("admin:claimreview_claim_changelist") + "?verdict__exact=unreviewed&q=ferry",
        reverse("admin:claimreview_claim_change", args=[claim.pk]),
        reverse("admin:claimreview_review_changelist"),
    ]:
        assert client.get(url).status_code == 200, url


def test_admin_claim_list_queries_are_bounded(
    client, admin_user, editor, django_assert_max_num_queries
):
    for n in range(3):
        add_article(created_by=editor, title=f"A{n}", text=long_article(40) + f" {n}.")
    client.force_login(admin_user)
    client.get(reverse("admin:claimreview_claim_changelist"))
    with django_assert_max_num_queries(12):
        response = client.get(reverse("admin:claimreview_claim_changelist"))
    assert response.status_code == 200
