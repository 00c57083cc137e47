"""One definition of each rule in the web layer: verdicts, their keys, "no check needed", the
queue scopes, the check-worthy threshold.

The pages and the script read them from claimreview.models and the text engine; nothing in the
templates or static/js types them out again.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from claimreview.forms import NoCheckForm, VerdictForm
from claimreview.models import (
    GIVEN_VERDICTS,
    NEEDS_EVIDENCE,
    NO_CHECK_KEY,
    VERDICT_KEYS,
    Claim,
    QueueScope,
    Verdict,
)
from claimreview.text.checkworthy import THRESHOLD
from tests.test_desk_views import claim_id_of

ROOT = Path(settings.BASE_DIR)
VALUES = "|".join(v.value for v in Verdict)


def test_the_verdict_form_offers_the_models_verdicts():
    assert [value for value, _ in VerdictForm.base_fields["verdict"].choices] == list(
        GIVEN_VERDICTS
    )
    assert {o.value: o.key for o in VerdictForm.options} == VERDICT_KEYS
    assert [o.value for o in VerdictForm.needs_evidence] == [
        v for v in GIVEN_VERDICTS if v in NEEDS_EVIDENCE
    ]


def test_the_script_has_no_verdict_list_of_its_own():
    script = (ROOT / "static" / "js" / "app.js").read_text()
    assert not re.search(rf"\b({VALUES})\b", script)
    assert "data-key" in script or "dataset.key" in script


@pytest.mark.parametrize("path", sorted((ROOT / "templates").rglob("*.html")), ids=str)
def test_templates_do_not_type_verdicts_or_statuses(path):
    if {"registration", "admin"} & set(path.parts):
        return
    text = path.read_text()
    # A verdict, status or history kind compared with a typed value, or a verdict in quotes.
    typed = re.findall(r"(?:status|verdict|kind)\s*[!=]=\s*[\"']\w+[\"']", text)
    typed += re.findall(rf"[\"'](?:{VALUES})[\"']", text)
    assert not typed, f"{path}: {typed}"
    assert not re.search(r"checkworthy_score\s*>=", text), path


def test_desk_radios_carry_their_keys(client, reviewer, article):
    client.force_login(reviewer)
    html = client.get(reverse("queue")).content.decode()
    for verdict, key in VERDICT_KEYS.items():
        assert re.search(rf'value="{verdict}"[^>]*data-key="{key}"', html), verdict
        assert f"<kbd>{key}</kbd> {Verdict(verdict).label.lower()}" in html


@pytest.mark.parametrize(("score", "shown"), [(THRESHOLD - 1, False), (THRESHOLD, True)])
def test_one_check_worthy_threshold_on_the_desk_and_the_article(
    client, reviewer, article, score, shown
):
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    claim = Claim.objects.get(pk=claim_id_of(page))
    Claim.objects.filter(article=article).update(checkworthy_score=0)
    Claim.objects.filter(pk=claim.pk).update(checkworthy_score=score)
    desk_html = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    assert ("● Check-worthy" in desk_html) is shown
    detail = client.get(reverse("article-detail", args=[article.pk])).content.decode()
    own = re.search(rf'id="claim-{claim.position}".*?</a>', detail, re.S).group(0)
    assert ('class="cw-dot"' in own) is shown


def test_no_check_needed_has_one_key_and_one_label(client, reviewer, article):
    """ "No check needed" is not a verdict (not in the verdict form), and its key and label come
    from models.py to the page (data-key) and from there to the script."""
    assert Verdict.NO_CHECK not in GIVEN_VERDICTS
    assert Verdict.NO_CHECK not in [
        value for value, _ in VerdictForm.base_fields["verdict"].choices
    ]
    assert (NoCheckForm.key, NoCheckForm.label) == (NO_CHECK_KEY, Verdict.NO_CHECK.label)
    assert NO_CHECK_KEY not in VERDICT_KEYS.values()
    client.force_login(reviewer)
    html = client.get(reverse("queue")).content.decode()
    assert re.search(rf'form="no-check-form"[^>]*data-key="{NO_CHECK_KEY}"', html)
    script = (ROOT / "static" / "js" / "app.js").read_text()
    assert not re.search(rf"""["']{NO_CHECK_KEY}["']""", script)  # read from data-key only


SCOPES = "|".join(QueueScope.values)


@pytest.mark.parametrize("path", sorted((ROOT / "templates").rglob("*.html")), ids=str)
def test_templates_do_not_type_queue_scopes(path):
    if {"registration", "admin"} & set(path.parts):
        return
    typed = re.findall(rf"[\"'](?:{SCOPES})[\"']", path.read_text())
    assert not typed, f"{path}: {typed}"
