"""The verification report and its exports."""

import csv
import io
import itertools
import json
import re

import jsonschema
import pytest
from django.urls import reverse

from claimreview import desk, exports, report
from tests.factories import add_article
from tests.test_review_desk import verdict
from tests.test_triage import no_check

VERDICTS = ["verified", "disputed", "attributed", "no_check", None]


def long_article(n: int) -> str:
    return "\n\n".join(f"Officials said {k} buses would run by {2000 + k}." for k in range(n))


@pytest.mark.parametrize("mix", list(itertools.product(VERDICTS, repeat=3)))
def test_report_numbers_match_the_claims_for_every_mix(editor, reviewer, mix):
    article = add_article(created_by=editor, text=long_article(3))
    for claim, value in zip(article.claims.order_by("position"), mix, strict=True):
        if value == "no_check":
            no_check(claim, reviewer)
        elif value:
            verdict(claim, reviewer, value)
    article.refresh_from_db()
    built = report.build_report(article)
    for value in ("verified", "disputed", "attributed", "no_check"):
        assert built.counts[value] == mix.count(value) == len(built.by_verdict(value))
    assert built.counts["unreviewed"] == mix.count(None) == len(built.by_verdict("unreviewed"))
    assert built.reviewed_share == round(100 * (3 - mix.count(None)) / 3)
    assert built.reviewers == (["Rita Reviewer"] if mix.count(None) < 3 else [])
    data = exports.report_json(built)
    assert data["summary"]["disputed"] == mix.count("disputed")
    assert data["summary"]["no_check"] == mix.count("no_check")
    jsonschema.validate(data, exports.REPORT_JSON_SCHEMA)
    assert [c["verdict"] for c in data["claims"]] == [
        None if value == "no_check" else value or "unreviewed" for value in mix
    ]


@pytest.fixture
def reviewed_article(editor, reviewer, client):
    article = add_article(created_by=editor)
    claims = list(article.claims.filter(is_boilerplate=False).order_by("position"))
    verdict(claims[1], reviewer, "disputed", note='=HYPERLINK("http://evil") the vote was 11-4')
    verdict(claims[2], reviewer, "attributed", attributed_to="Chair Ines Patel")
    verdict(claims[3], reviewer, "verified")
    article.refresh_from_db()
    client.force_login(reviewer)
    return article


def test_report_page_lists_disputed_first_with_evidence(client, reviewed_article):
    html = client.get(reverse("article-report", args=[reviewed_article.pk])).content.decode()
    assert html.index("✗ Disputed") < html.index("✓ Verified")
    disputed = html.index('class="verdict-chip v-disputed">Disputed</span> 1 claim')
    verified = html.index('class="verdict-chip v-verified">Verified</span> 1 claim')
    attributed = html.index('class="verdict-chip v-attributed">Attributed</span> 1 claim')
    unreviewed = html.index('class="verdict-chip v-unreviewed">Unreviewed</span> 3 claims')
    assert disputed < verified < attributed < unreviewed
    assert "https://example.org/minutes" in html
    assert "Attributed to <strong>Chair Ines Patel</strong>" in html
    assert "Rita Reviewer" in html


def test_changes_after_signoff_are_flagged(client, reviewed_article, reviewer, editor):
    for claim in reviewed_article.claims.filter(is_boilerplate=False, verdict="unreviewed"):
        verdict(claim, reviewer, "verified")
    desk.sign_off(article_id=reviewed_article.pk, editor=editor)
    claim = reviewed_article.claims.get(position=2)
    verdict(claim, reviewer, "verified")
    html = client.get(reverse("article-report", args=[reviewed_article.pk])).content.decode()
    assert html.count("changed since sign-off") == 1
    assert "Sign-off withdrawn" in html


def test_csv_has_a_row_per_claim_and_no_formulas(client, reviewed_article):
    response = client.get(reverse("article-report", args=[reviewed_article.pk]), {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0].keys()) == exports.CSV_COLUMNS
    assert len(rows) == reviewed_article.claim_count
    assert [int(r["position"]) for r in rows] == list(range(1, len(rows) + 1))
    disputed = next(r for r in rows if r["verdict"] == "disputed")
    assert disputed["note"].startswith("'=HYPERLINK")
    for row in rows:
        for value in row.values():
            assert value[:1] not in ("=", "+", "-", "@")


def test_json_export_validates_and_round_trips(client, reviewed_article):
    response = client.get(reverse("article-report", args=[reviewed_article.pk]), {"format": "json"})
    data = json.loads(response.content)
    jsonschema.validate(data, exports.REPORT_JSON_SCHEMA)
    body = reviewed_article.body
    assert [c["text"] for c in data["claims"]] == [
        body[c["start"] : c["end"]] for c in data["claims"]
    ]
    assert data["summary"]["disputed"] == 1
    assert data["claims"][1]["sources"][0]["url"] == "https://example.org/minutes"


def test_claimreview_export_has_the_required_fields(client, reviewed_article):
    response = client.get(
        reverse("article-report", args=[reviewed_article.pk]), {"format": "claimreview"}
    )
    assert response["Content-Type"] == "application/ld+json"
    items = json.loads(response.content)
    assert len(items) == 2  # verified and disputed only
    for item in items:
        assert item["@context"] == "https://schema.org"
        assert item["@type"] == "ClaimReview"
        for key in (
            "claimReviewed",
            "reviewRating",
            "itemReviewed",
            "author",
            "datePublished",
            "url",
        ):
            assert item[key], key
        assert item["reviewRating"]["alternateName"] in {"Verified", "Disputed"}
        assert item["itemReviewed"]["@type"] == "Claim"
        assert item["itemReviewed"]["appearance"]["url"]
    disputed = next(i for i in items if i["reviewRating"]["alternateName"] == "Disputed")
    assert disputed["reviewRating"]["ratingValue"] == 1
    # The engine guessed a speaker (e.g. "its chair"), but no reviewer named one: no author. A guess
    # is not what was checked.
    claim = reviewed_article.claims.get(verdict="disputed")
    assert claim.speaker and not claim.attributed_to
    assert "author" not in disputed["itemReviewed"]


def test_claimreview_author_is_the_source_the_reviewer_named(reviewed_article):
    built = report.build_report(reviewed_article)
    row = next(r for r in built.claims if r.claim.verdict == "disputed")
    row.claim.attributed_to = "Ines Patel (council chair)"  # as a reviewer would name it
    items = exports.report_claimreview(built, report_url="https://x.test/r", publisher="Desk")
    item = next(i for i in items if i["claimReviewed"] == row.claim.text)
    assert item["itemReviewed"]["author"] == {
        "@type": "Thing",
        "name": "Ines Patel (council chair)",
    }
    others = [i for i in items if i is not item]
    assert all("author" not in i["itemReviewed"] for i in others)  # nobody named: no author


def test_csv_and_json_publish_the_named_source_and_label_the_engines_guess(
    client, reviewed_article
):
    url = reverse("article-report", args=[reviewed_article.pk])
    text = client.get(url, {"format": "csv"}).content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    attributed = next(r for r in rows if r["verdict"] == "attributed")
    assert attributed["attributed_to"] == "Chair Ines Patel"
    disputed = next(r for r in rows if r["verdict"] == "disputed")
    speaker = reviewed_article.claims.get(verdict="disputed").speaker
    assert speaker  # the engine's guess, exported under its hint name only
    assert disputed["attributed_to"] == "" and disputed["speaker_hint"] == speaker
    assert "speaker" not in rows[0]  # the engine's guess only under its hint name
    data = json.loads(client.get(url, {"format": "json"}).content)
    claims = {c["verdict"]: c for c in data["claims"] if c["verdict"] != "unreviewed"}
    assert claims["attributed"]["attributed_to"] == "Chair Ines Patel"
    assert claims["disputed"]["attributed_to"] is None
    assert claims["disputed"]["hints"]["speaker"] == speaker
    assert "speaker" not in claims["disputed"]


def test_unknown_format_is_a_400(client, reviewed_article):
    response = client.get(reverse("article-report", args=[reviewed_article.pk]), {"format": "xls"})
    assert response.status_code == 400


@pytest.mark.parametrize("fmt", ["", "csv", "json", "claimreview"])
def test_report_queries_do_not_grow_with_claims(
    client, editor, reviewer, fmt, django_assert_max_num_queries
):
    client.force_login(reviewer)
    counts = []
    for size in (4, 120):
        article = add_article(created_by=editor, title=f"A{size}", text=long_article(size))
        for claim in article.claims.order_by("position")[: size // 2]:
            verdict(claim, reviewer, "verified")
        with django_assert_max_num_queries(12) as captured:
            response = client.get(
                reverse("article-report", args=[article.pk]), {"format": fmt} if fmt else {}
            )
        assert response.status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]


def test_report_needs_a_login(client, article):
    response = client.get(reverse("article-report", args=[article.pk]))
    assert response.status_code == 302


# --- "no check needed" and claims left out of the queue: their own groups, never verdicts -----


@pytest.fixture
def triaged_article(editor, reviewer, client):
    """Claims 2 and 3 disputed and verified, claim 4 closed as "no check needed"."""
    article = add_article(created_by=editor)
    claims = list(article.claims.filter(is_boilerplate=False).order_by("position"))
    verdict(claims[1], reviewer, "disputed")
    verdict(claims[2], reviewer, "verified")
    no_check(claims[3], reviewer)
    article.refresh_from_db()
    client.force_login(reviewer)
    return article, claims[3]


def test_report_page_lists_no_check_needed_in_its_own_group(client, triaged_article):
    article, closed = triaged_article
    html = client.get(reverse("article-report", args=[article.pk])).content.decode()
    section = re.search(r'<section class="card verdict-section" id="group-no_check">.*?</section>',
                        html, re.S).group(0)  # fmt: skip
    assert 'class="verdict-chip v-no_check">No check needed</span> 1 claim' in section
    assert closed.text.replace('"', "&quot;") in section and "Rita Reviewer" in section
    assert "Closed without a verdict" in section
    for other in ("disputed", "verified", "attributed", "unreviewed"):
        other_section = re.search(
            rf'id="group-{other}">.*?</section>', html, re.S
        ).group(0)  # fmt: skip
        assert f"#{closed.position}</span>" not in other_section, other
    order = [html.index(f'id="group-{g}"') for g in report.REPORT_ORDER]
    assert order == sorted(order)
    assert 'id="group-not_queued"' not in html  # the article queues all its claims
    assert f'class="claim v-no_check" href="#claim-{closed.position}"' in html


def test_exports_give_no_check_needed_no_verdict_and_its_own_group(client, triaged_article):
    article, closed = triaged_article
    url = reverse("article-report", args=[article.pk])
    rows = list(csv.DictReader(io.StringIO(
        client.get(url, {"format": "csv"}).content.decode("utf-8-sig")
    )))  # fmt: skip
    row = next(r for r in rows if int(r["position"]) == closed.position)
    assert (row["verdict"], row["group"], row["reviewer"]) == ("", "no_check", "Rita Reviewer")
    assert {r["group"] for r in rows} == {
        "disputed", "verified", "no_check", "unreviewed", "boilerplate"
    }  # fmt: skip
    data = json.loads(client.get(url, {"format": "json"}).content)
    jsonschema.validate(data, exports.REPORT_JSON_SCHEMA)
    claim = next(c for c in data["claims"] if c["position"] == closed.position)
    assert (claim["verdict"], claim["group"]) == (None, "no_check")
    assert data["summary"]["no_check"] == 1 and data["summary"]["not_queued"] == 0
    assert data["summary"]["reviewed_percent"] == round(100 * 3 / article.queued_count)
    items = json.loads(client.get(url, {"format": "claimreview"}).content)
    assert {i["reviewRating"]["alternateName"] for i in items} == {"Disputed", "Verified"}
    assert all(i["claimReviewed"] != closed.text for i in items)


def test_claims_left_out_by_check_worthy_only_are_listed_apart(client, editor, triaged_article):
    article, _ = triaged_article
    desk.set_queue_scope(article_id=article.pk, editor=editor, scope="checkworthy")
    article.refresh_from_db()
    assert article.not_queued_count > 0
    built = report.build_report(article)
    left_out = built.by_group("not_queued")
    assert len(left_out) == article.not_queued_count == built.counts["not_queued"]
    assert all(r.claim.verdict == "unreviewed" for r in left_out)
    assert not set(map(id, left_out)) & set(map(id, built.by_verdict("unreviewed")))
    html = client.get(reverse("article-report", args=[article.pk])).content.decode()
    assert 'id="group-not_queued"' in html and "sign-off did not wait for them" in html
    data = exports.report_json(built)
    jsonschema.validate(data, exports.REPORT_JSON_SCHEMA)
    assert sum(c["group"] == "not_queued" for c in data["claims"]) == len(left_out)
    assert all(c["verdict"] == "unreviewed" for c in data["claims"] if c["group"] == "not_queued")
