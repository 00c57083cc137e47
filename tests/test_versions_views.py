"""Article versions through the pages: update with a preview, the version history and diffs,
earlier versions' claims, "still holds" on the desk, stale saves, hostile input."""

import re
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claimreview import desk
from claimreview.models import (
    STILL_HOLDS_KEY,
    Article,
    ArticleStatus,
    ArticleVersion,
    Claim,
    ReviewKind,
    Verdict,
)
from tests.factories import add_article
from tests.test_versions import SOURCE, V1, claim_with, give


@pytest.fixture
def story(editor):
    return add_article(created_by=editor, title="Harbour council backs new ferry route", text=V1)


V2 = V1.replace("£2.5m", "£2.8m").replace(
    "Island schools have lost a third of their pupils since 2010, census figures show.\n",
    "Boats will sail twice a day from May, weather permitting.\n",
)


def test_update_preview_shows_what_changes_and_saves_nothing(client, editor, reviewer, story):
    give(claim_with(story, "£2.5m"), reviewer)
    client.force_login(editor)
    page = client.get(reverse("article-update", args=[story.pk]))
    assert page.status_code == 200 and b"Update the article" in page.content
    data = {"body": V2, "based_on": "1", "preview": "1"}
    preview = client.post(reverse("article-update", args=[story.pk]), data)
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "<del>£2.5m</del><ins>£2.8m</ins>" in html
    assert re.search(r"<strong>1</strong> changed", html) and re.search(
        r"<strong>1</strong> added", html
    )
    assert "Boats will sail" in html and "Island schools" in html
    assert "back to the queue" in html
    assert not ArticleVersion.objects.exists()
    partial = client.post(
        reverse("article-update", args=[story.pk]), data, headers={"HX-Request": "true"}
    )
    assert b"<html" not in partial.content and b"What changes in version 2" in partial.content


def test_saving_an_update_redirects_with_a_summary_and_shows_the_versions(client, editor, story):
    client.force_login(editor)
    response = client.post(
        reverse("article-update", args=[story.pk]), {"body": V2, "based_on": "1"}, follow=True
    )
    html = response.content.decode()
    assert "Saved version 2: 1 changed, 1 added, 1 removed" in html
    assert "Version 2</a>, updated" in html and "2 versions" in html
    story.refresh_from_db()
    assert story.version == 2 and "£2.8m" in story.body
    diff = client.get(reverse("article-versions", args=[story.pk]) + "?a=1&b=2").content.decode()
    assert "<del>£2.5m</del><ins>£2.8m</ins>" in diff
    assert "<del>Island schools" in diff and "<ins>Boats will sail" in diff
    assert "sentences unchanged" in diff
    old = client.get(reverse("article-version", args=[story.pk, 1])).content.decode()
    assert "Island schools have lost" in old and "version 1 of 2" in old
    assert client.get(reverse("article-version", args=[story.pk, 3])).status_code == 404


def test_a_removed_claim_stays_viewable_with_its_verdict(client, editor, reviewer, story):
    schools = claim_with(story, "Island schools")
    give(schools, reviewer, "disputed", note="A quarter, not a third.")
    client.force_login(editor)
    client.post(reverse("article-update", args=[story.pk]), {"body": V2, "based_on": "1"})
    page = client.get(reverse("claim-detail", args=[schools.pk])).content.decode()
    assert "Removed in version 2" in page and "A quarter, not a third." in page
    assert 'id="verdict-form"' not in page


def test_a_stale_save_on_a_changed_sentence_gets_the_conflict_view_with_the_verdict_kept(
    client, editor, reviewer, story
):
    claim = claim_with(story, "£2.5m")
    client.force_login(reviewer)
    desk_page = client.get(reverse("queue") + f"?article={story.pk}")
    assert desk_page.status_code == 200
    desk.update_article(
        article_id=story.pk, prepared=desk.prepare(title=story.title, text=V2), by=editor
    )
    response = client.post(
        reverse("claim-review", args=[claim.pk]),
        {
            "verdict": "verified", "note": "Budget page 4.", "version": claim.version,
            "request_id": str(uuid.uuid4()), "mode": "detail", "sources-TOTAL_FORMS": "1",
            "sources-INITIAL_FORMS": "0", "sources-0-url": SOURCE.url,
        },
    )  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 409
    assert "This sentence changed in version 2 while you were on it" in html
    assert "<del>£2.5m</del><ins>£2.8m</ins>" in html
    assert "Budget page 4." in html and "Save mine on the new text" in html
    assert Claim.objects.get(pk=claim.pk).verdict == Verdict.UNREVIEWED


def test_a_save_on_a_removed_sentence_says_so_and_keeps_the_verdict(
    client, editor, reviewer, story
):
    schools = claim_with(story, "Island schools")
    desk.update_article(
        article_id=story.pk, prepared=desk.prepare(title=story.title, text=V2), by=editor
    )
    client.force_login(reviewer)
    response = client.post(
        reverse("claim-review", args=[schools.pk]),
        {
            "verdict": "disputed", "note": "A quarter.", "version": schools.version,
            "request_id": str(uuid.uuid4()), "mode": "queue", "article": story.pk,
            "sources-TOTAL_FORMS": "1", "sources-INITIAL_FORMS": "0",
            "sources-0-url": SOURCE.url,
        },
    )  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 409
    assert "removed from the article in version 2" in html
    assert "Your verdict, to re-apply where it belongs: Disputed." in html and "A quarter." in html


def test_still_holds_on_the_desk_is_one_key(client, editor, reviewer, story):
    for claim in Claim.objects.filter(article=story, is_boilerplate=False):
        give(claim, reviewer)
    desk.update_article(
        article_id=story.pk,
        prepared=desk.prepare(title=story.title, text=V1.replace("£2.5m", "£2.8m")),
        by=editor,
    )
    client.force_login(reviewer)
    html = client.get(reverse("queue") + f"?article={story.pk}").content.decode()
    assert "The sentence changed in version 2" in html
    assert re.search(rf'form="still-holds-form"[^>]*data-key="{STILL_HOLDS_KEY}"', html)
    claim = claim_with(story, "£2.8m")
    response = client.post(
        reverse("claim-still-holds", args=[claim.pk]),
        {"version": claim.version, "request_id": str(uuid.uuid4()), "mode": "queue",
         "article": story.pk},
        headers={"HX-Request": "true"},
    )  # fmt: skip
    assert response.status_code == 200
    assert "still holds: verified, carried to the new text" in response.content.decode()
    claim.refresh_from_db()
    assert claim.verdict == Verdict.VERIFIED
    assert claim.reviews.order_by("-id").first().kind == ReviewKind.STILL_HOLDS
    story.refresh_from_db()
    assert story.status == ArticleStatus.REVIEWED


def test_adding_an_article_with_a_known_title_offers_an_update(client, editor, story):
    client.force_login(editor)
    response = client.post(
        reverse("article-new"),
        {"title": story.title, "body": V2, "preview": "1"},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert "This looks like a new version of" in html
    assert reverse("article-update", args=[story.pk]) in html
    offer = client.post(reverse("article-update", args=[story.pk]), {"body": V2, "preview": "1"})
    assert b"What changes in version 2" in offer.content


BAD_UPDATES = [
    ({"body": ""}, "Paste the article"),
    ({"body": "   \n "}, "Paste the article"),
    ({"body": "Nul \x00 byte."}, "Null characters are not allowed"),
    ({"body": "x" * 1_000_001}, "limit is 1 MB"),
    ({"body": "word " * 1500}, "characters long"),
    ({"body": V1}, "nothing to update"),
    ({"body": V2, "based_on": "0"}, "greater than or equal to 1"),
    ({"body": V2, "based_on": "²"}, "Enter a whole number"),
    ({"body": V2, "based_on": "99999999999999999999"}, "Enter a whole number"),
    ({"body": V2, "based_on": "2147483648"}, "less than or equal to"),
    ({"body": V2, "title": "T" * 301}, "at most 300 characters"),
]


@pytest.mark.parametrize(("data", "message"), BAD_UPDATES)
def test_bad_update_input_gets_a_message_and_stores_nothing(client, editor, story, data, message):
    client.force_login(editor)
    response = client.post(reverse("article-update", args=[story.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ArticleVersion.objects.exists() and Article.objects.get().version == 1


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image.txt", "PNG image"),
        (b"\xde\xad\xbe\xef\xff", "garbage.txt", "not UTF-8"),
        (b"\x00\x01\x02\x03", "binary.md", "NUL bytes"),
        (b"MZ\x90\x00", "virus.exe", "not a file type"),
    ],
)
def test_bad_update_uploads_store_nothing(client, editor, story, data, name, message):
    client.force_login(editor)
    upload = SimpleUploadedFile(name, data)
    response = client.post(reverse("article-update", args=[story.pk]), {"upload": upload})
    assert response.status_code == 400 and message in response.content.decode()
    assert Article.objects.get().version == 1


def test_a_stale_update_form_saves_nothing(client, editor, story):
    client.force_login(editor)
    client.post(reverse("article-update", args=[story.pk]), {"body": V2, "based_on": "1"})
    again = client.post(
        reverse("article-update", args=[story.pk]),
        {"body": V2.replace("12 to 3", "12 to 4"), "based_on": "1"},
    )
    assert again.status_code == 400 and b"was saved while you were looking" in again.content
    assert Article.objects.get().version == 2


def test_scripts_in_an_update_stay_text(client, editor, story):
    client.force_login(editor)
    hostile = V1 + '\nThe <script>alert("x")</script> tag stays text.\n'
    client.post(reverse("article-update", args=[story.pk]), {"body": hostile, "based_on": "1"})
    for url in (
        reverse("article-detail", args=[story.pk]),
        reverse("article-versions", args=[story.pk]),
        reverse("article-version", args=[story.pk, 2]),
    ):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html, url
        assert "&lt;script&gt;" in html, url


@pytest.mark.parametrize("query", ["?a=0", "?a=x", "?b=99", "?a=1&b=%00", "?a=1&b=" + "9" * 30])
def test_bad_version_numbers_are_a_400(client, reviewer, story, query):
    client.force_login(reviewer)
    response = client.get(reverse("article-versions", args=[story.pk]) + query)
    assert response.status_code == 400


def test_reviewers_cannot_update(client, reviewer, story):
    client.force_login(reviewer)
    assert client.get(reverse("article-update", args=[story.pk])).status_code == 403
    assert client.post(reverse("article-update", args=[story.pk]), {"body": V2}).status_code == 403


def test_pages_take_a_constant_number_of_queries(
    client, editor, reviewer, story, django_assert_max_num_queries
):
    client.force_login(editor)
    client.post(reverse("article-update", args=[story.pk]), {"body": V2, "based_on": "1"})
    for url in (
        reverse("article-versions", args=[story.pk]),
        reverse("article-version", args=[story.pk, 1]),
        reverse("article-detail", args=[story.pk]),
        reverse("article-report", args=[story.pk]),
    ):
        with django_assert_max_num_queries(14):
            assert client.get(url).status_code == 200


def test_the_report_and_its_exports_say_which_version_and_what_changed(
    client, editor, reviewer, story
):
    import csv
    import io
    import json

    import jsonschema

    from claimreview import exports

    for claim in Claim.objects.filter(article=story, is_boilerplate=False):
        give(claim, reviewer)
    desk.sign_off(article_id=story.pk, editor=editor)
    desk.update_article(
        article_id=story.pk,
        prepared=desk.prepare(title=story.title, text=V1.replace("£2.5m", "£2.8m")),
        by=editor,
    )
    client.force_login(reviewer)
    url = reverse("article-report", args=[story.pk])
    html = client.get(url).content.decode()
    assert "Version 2, changed" in html and "the sign-off was on version 1" in html
    assert "1</strong> claim changed after its verdict" in html
    assert "changed since its verdict on version 1" in html
    data = json.loads(client.get(url + "?format=json").content)
    jsonschema.validate(data, exports.REPORT_JSON_SCHEMA)
    assert (data["article"]["version"], data["article"]["signed_off_version"]) == (2, 1)
    changed = [c for c in data["claims"] if c["changed_since_verdict"]]
    assert [(c["previous_verdict"], c["previous_verdict_version"]) for c in changed] == [
        ("verified", 1)
    ]
    assert changed[0]["changed_since_signoff"] is True
    rows = list(csv.DictReader(io.StringIO(client.get(url + "?format=csv").content.decode()[1:])))
    assert {row["article_version"] for row in rows} == {"2"}
    assert [r["previous_verdict_version"] for r in rows if r["changed_since_verdict"] == "yes"] == [
        "1"
    ]
    story.url = "https://example.org/ferry-updated"
    story.save(update_fields=["url"])
    items = json.loads(client.get(url + "?format=claimreview").content)
    assert items and {i["itemReviewed"]["appearance"]["url"] for i in items} == {story.url}
