"""Issue 16's desk changes over HTTP and in the desk core: merging with the previous claim,
splitting at a clicked space (with its preview), a revert that says why, "use this verdict"
(an earlier claim's verdict, note and sources in the form), and hostile values for each."""

import uuid

import pytest
from django.urls import reverse

from claimreview import desk
from claimreview.desk import DeskError
from claimreview.models import Claim, ReviewKind, Verdict
from claimreview.views.desk import split_points
from tests.factories import add_article
from tests.test_hostile_params import VALUES, post_raw
from tests.test_review_desk import assert_counters_match

pytestmark = pytest.mark.django_db


def give(claim, reviewer, verdict, **fields):
    claim.refresh_from_db()
    return desk.submit_verdict(
        claim_id=claim.pk, reviewer=reviewer, verdict=verdict, expected_version=claim.version,
        request_id=uuid.uuid4(), **fields,
    )  # fmt: skip


def test_merge_with_previous_joins_the_claim_before(article, editor):
    second, third = article.claims.get(position=2), article.claims.get(position=3)
    merged = desk.merge_with_previous(claim_id=third.pk, editor=editor).claim
    assert merged.pk == second.pk
    assert merged.text == article.body[second.start : third.end]
    assert not Claim.objects.filter(pk=third.pk).exists()
    assert_counters_match(article)
    with pytest.raises(DeskError, match="first claim"):
        desk.merge_with_previous(claim_id=article.claims.get(position=1).pk, editor=editor)


def test_merge_previous_over_http(client, editor, article):
    client.force_login(editor)
    third = article.claims.get(position=3)
    url = reverse("claim-merge", args=[third.pk])
    response = client.post(url, {"direction": "previous"}, follow=True)
    assert "Merged claims 2 and 3" in response.content.decode()
    response = client.post(url.replace(str(third.pk), str(article.claims.get(position=1).pk)),
                           {"direction": "previous"}, follow=True)  # fmt: skip
    assert "nothing before it" in response.content.decode()


@pytest.mark.parametrize("raw", VALUES)
def test_merge_direction_hostile(client, editor, article, raw):
    client.force_login(editor)
    claim = article.claims.get(position=2)
    before = list(article.claims.values_list("id", "start", "end"))
    response = post_raw(client, reverse("claim-merge", args=[claim.pk]), {}, "direction", raw)
    assert response.status_code == 400
    assert list(article.claims.values_list("id", "start", "end")) == before


def test_split_points_cut_where_the_desk_cuts():
    text = "The council  voted 12 to 3, its chair said."
    points = split_points(text)
    assert "".join(word + space for word, _, space in points) == text
    for word, at, _ in points[:-1]:
        assert text[:at].endswith(word)
    assert points[-1][1] is None
    assert split_points("One") == [("One", None, "")]


def test_split_preview_and_split_at_a_clicked_space(client, editor, article):
    client.force_login(editor)
    claim = article.claims.get(position=2)
    at = claim.text.index(" on Monday")
    page = client.get(reverse("claim-detail", args=[claim.pk]), {"split": at}).content.decode()
    assert f'href="?split={at}#split-tools"' in page
    assert f'id="split-head">{claim.text[:at]}</span>' in page
    assert f'id="split-tail">{claim.text[at:].lstrip()}</span>' in page
    assert 'id="split-preview" hidden' not in page
    response = client.post(reverse("claim-split", args=[claim.pk]), {"at": at}, follow=True)
    assert "Split claim 2 in two" in response.content.decode()
    claim.refresh_from_db()
    assert claim.text == claim.text[:at]
    assert article.claims.get(position=3).text.startswith("on Monday")


def test_split_preview_outside_the_claim_says_so(client, editor, article):
    client.force_login(editor)
    claim = article.claims.get(position=2)
    page = client.get(reverse("claim-detail", args=[claim.pk]), {"split": 10**6})
    assert page.status_code == 200
    assert "words on both sides" in page.content.decode()


def test_reviewers_get_no_split_tools(client, reviewer, article):
    client.force_login(reviewer)
    claim = article.claims.get(position=2)
    page = client.get(reverse("claim-detail", args=[claim.pk]), {"split": 5}).content.decode()
    assert "split-picker" not in page and "Correct the split" not in page


@pytest.mark.parametrize("name", ["split", "use"])
@pytest.mark.parametrize("raw", VALUES)
def test_claim_page_query_hostile(client, editor, article, name, raw):
    client.force_login(editor)
    claim = article.claims.get(position=2)
    response = client.get(reverse("claim-detail", args=[claim.pk]) + f"?{name}={raw}")
    assert response.status_code in (200, 400)
    if name == "use" and response.status_code == 200:
        assert 'id="used-note"' not in response.content.decode()


def test_revert_needs_a_reason_and_keeps_it(client, editor, reviewer, article):
    claim = article.claims.filter(is_boilerplate=False).first()
    first = give(claim, reviewer, Verdict.VERIFIED, note="Checked.",
                 sources=[desk.SourceData(url="https://example.org/a")]).review  # fmt: skip
    give(claim, reviewer, Verdict.DISPUTED, note="Wrong.",
         sources=[desk.SourceData(url="https://example.org/b")])  # fmt: skip
    client.force_login(editor)
    url = reverse("claim-revert", args=[claim.pk])
    for reason in ("", "   ", "x" * 501, "a\x00b"):
        response = client.post(url, {"review": first.pk, "reason": reason})
        assert response.status_code == 400
    claim.refresh_from_db()
    assert claim.verdict == Verdict.DISPUTED
    with pytest.raises(DeskError, match="Say why"):
        desk.revert(claim_id=claim.pk, editor=editor, to_review_id=first.pk, reason=" \n ")
    response = client.post(url, {"review": first.pk, "reason": "<script>x</script> misread"},
                           follow=True)  # fmt: skip
    page = response.content.decode()
    assert "Reverted to Verified" in page
    assert "&lt;script&gt;x&lt;/script&gt; misread" in page and "<script>x" not in page
    revert = claim.reviews.get(kind=ReviewKind.REVERT)
    assert revert.note.endswith("Reason: <script>x</script> misread")
    assert_counters_match(article)


def test_history_never_says_unreviewed_to_unreviewed(client, editor, article):
    client.force_login(editor)
    claim = article.claims.get(position=2)
    desk.set_boilerplate(claim_id=claim.pk, editor=editor, is_boilerplate=True)
    desk.set_boilerplate(claim_id=claim.pk, editor=editor, is_boilerplate=False)
    page = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    assert "Boilerplate change" in page
    assert "Unreviewed →" not in page


def test_use_this_verdict_fills_the_form(client, editor, reviewer, article):
    other = add_article(created_by=editor, title="The same story elsewhere")
    earlier = other.claims.get(position=2)
    give(earlier, reviewer, Verdict.DISPUTED, note="The minutes say 11 to 4.",
         sources=[desk.SourceData(url="https://example.org/minutes", title="Minutes")])  # fmt: skip
    claim = article.claims.get(position=2)
    client.force_login(reviewer)
    page = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    assert "Use this verdict" in page and f"?use={earlier.pk}" in page
    assert "https://example.org/minutes" in page  # in the button's data, for the script
    page = client.get(
        reverse("claim-detail", args=[claim.pk]), {"use": earlier.pk}
    ).content.decode()
    assert 'id="used-note"' in page
    assert (
        'value="disputed" id="id_verdict_1" data-key="d" data-focus="id_note" required checked'
        in page
    )
    assert "The minutes say 11 to 4.</textarea>" in page
    assert 'value="https://example.org/minutes"' in page
    # Nothing is saved until the reviewer saves.
    claim.refresh_from_db()
    assert claim.verdict == Verdict.UNREVIEWED
    # A claim with no verdict to use puts nothing in the form.
    unreviewed = other.claims.get(position=3)
    page = client.get(reverse("claim-detail", args=[claim.pk]), {"use": unreviewed.pk})
    assert 'id="used-note"' not in page.content.decode()
