"""The JSON API: every endpoint with every kind of caller, hostile input, the OpenAPI document,
verdicts (idempotent, conflicting), cursors, and tokens (hashed, revoked, rate-limited)."""

import io
import json
import re
from datetime import timedelta

import jsonschema
import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from openapi_spec_validator import validate as validate_openapi

from claimreview import exports, report
from claimreview.api import tokens
from claimreview.models import ApiToken, Article, ImportBatch, ImportItem, Review, Verdict
from tests.factories import SAMPLE_ARTICLE, add_article, make_user

API = "/api/v1"
SOURCES = [{"url": "https://example.org/record", "title": "Public record"}]


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


class Api:
    """A caller with a token: .get/.post of JSON, answers parsed."""

    def __init__(self, token: str | None = None, client: Client | None = None):
        self.client = client or Client(raise_request_exception=False)
        self.headers = bearer(token) if token else {}

    def get(self, path, **params):
        return self.client.get(API + path, params, headers=self.headers)

    def post(self, path, payload=None, *, raw=None, headers=None, content_type="application/json"):
        data = raw if raw is not None else json.dumps(payload if payload is not None else {})
        return self.client.post(
            API + path, data, content_type=content_type, headers={**self.headers, **(headers or {})}
        )


@pytest.fixture
def reviewer_api(reviewer):
    return Api(tokens.create_token(user=reviewer, name="tests")[1])


@pytest.fixture
def editor_api(editor):
    return Api(tokens.create_token(user=editor, name="tests")[1])


@pytest.fixture
def norole_api(db):
    user = make_user("nora-norole")
    return Api(tokens.create_token(user=user, name="tests")[1])


def first_claim(article):
    return article.claims.filter(is_boilerplate=False).order_by("position").first()


# --- tokens -------------------------------------------------------------------------------------
def test_token_is_stored_hashed_and_printed_once(reviewer, capsys):
    call_command("create_api_token", reviewer.username, "--name", "CMS")
    token = capsys.readouterr().out.strip()
    assert token.startswith("cr_") and len(token) > 40
    row = ApiToken.objects.get(user=reviewer)
    assert row.key_hash == tokens.hash_token(token) and token not in row.key_hash
    assert row.name == "CMS" and token.startswith(row.prefix)
    assert Api(token).get("/articles").status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer cr_not-a-real-token"},
        {"Authorization": "Bearer "},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer " + "x" * 5000},
        {"Authorization": "Bearer cr_\u00e9\u00e9"},
    ],
)
def test_no_or_bad_token_is_401_json(db, headers):
    response = Client().get(API + "/articles", headers=headers)
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["detail"]


def test_revoked_token_and_inactive_user_are_refused(reviewer):
    row, token = tokens.create_token(user=reviewer, name="t")
    api = Api(token)
    assert api.get("/articles").status_code == 200
    tokens.revoke(token_ids=[row.pk])
    assert api.get("/articles").status_code == 401
    _, other = tokens.create_token(user=reviewer, name="t2")
    reviewer.is_active = False
    reviewer.save()
    assert Api(other).get("/articles").status_code == 401


def test_token_of_account_without_role_is_403(norole_api):
    response = norole_api.get("/articles")
    assert response.status_code == 403
    assert "has no role yet" in response.json()["detail"]


def test_rate_limit_per_token_is_429_with_retry_after(reviewer, settings):
    settings.API_RATE_LIMIT = 3
    api = Api(tokens.create_token(user=reviewer, name="t")[1])
    assert [api.get("/articles").status_code for _ in range(3)] == [200, 200, 200]
    refused = api.get("/articles")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    # Another token of the same person has its own count.
    assert Api(tokens.create_token(user=reviewer, name="t2")[1]).get("/articles").status_code == 200
    # The next minute starts again.
    row = ApiToken.objects.get(name="t")
    ApiToken.objects.filter(pk=row.pk).update(window_start=row.window_start - timedelta(minutes=1))
    assert api.get("/articles").status_code == 200


def test_session_works_and_csrf_is_enforced_for_sessions(editor, article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.get(API + "/articles").status_code == 200
    url = f"{API}/articles/{article.pk}/sign-off"
    refused = client.post(url, "{}", content_type="application/json")
    assert refused.status_code == 403 and "CSRF" in refused.json()["detail"]
    client.get("/")  # sets the csrftoken cookie
    csrf = client.cookies["csrftoken"].value
    answered = client.post(
        url, "{}", content_type="application/json", headers={"X-CSRFToken": csrf}
    )
    assert answered.status_code == 409  # past CSRF: the desk says it is not reviewed yet


def test_a_token_ignores_the_session_cookie(editor, reviewer, article):
    """A request with a token acts as the token's user, whoever is logged in."""
    client = Client()
    client.force_login(editor)
    api = Api(tokens.create_token(user=reviewer, name="t")[1], client=client)
    assert api.post(f"/articles/{article.pk}/sign-off").status_code == 403


# --- roles on every endpoint ------------------------------------------------------------------
def _endpoints(article, claim, batch):
    return [
        ("get", "/articles", None, "reviewer"),
        ("get", f"/articles/{article.pk}", None, "reviewer"),
        ("get", f"/articles/{article.pk}/report", None, "reviewer"),
        ("get", "/claims?q=ferry", None, "reviewer"),
        ("get", f"/claims/{claim.pk}", None, "reviewer"),
        ("get", f"/imports/{batch.pk}", None, "reviewer"),
        ("post", "/queue/next", {}, "reviewer"),
        ("post", f"/claims/{claim.pk}/no-check", {"expected_version": 99}, "reviewer"),
        ("post", f"/claims/{claim.pk}/verdict",
         {"verdict": "attributed", "attributed_to": "X", "expected_version": 99}, "reviewer"),
        ("post", "/articles", {"body": "Short text. Another line.", "title": "T"}, "editor"),
        ("post", "/imports", {"articles": [{"url": "https://example.org/a"}]}, "editor"),
        ("post", f"/articles/{article.pk}/versions", {"body": "New text.", "based_on": 1}, "editor"),
        ("post", f"/articles/{article.pk}/sign-off", {}, "editor"),
    ]  # fmt: skip


def test_every_endpoint_by_role(reviewer_api, editor_api, norole_api, article):
    claim = first_claim(article)
    batch = ImportBatch.objects.create(name="x", created_by=article.created_by)
    anonymous = Api()
    revoked_row, revoked_token = tokens.create_token(user=article.created_by, name="r")
    tokens.revoke(token_ids=[revoked_row.pk])
    revoked = Api(revoked_token)
    for method, path, payload, needs in _endpoints(article, claim, batch):

        def call(api, m=method, p=path, d=payload):
            return api.post(p, d) if m == "post" else api.get(p)

        assert call(anonymous).status_code == 401, path
        assert call(revoked).status_code == 401, path
        assert call(norole_api).status_code == 403, path
        as_reviewer = call(reviewer_api).status_code
        as_editor = call(editor_api).status_code
        if needs == "editor":
            assert as_reviewer == 403, (path, as_reviewer)
            assert as_editor not in (401, 403, 500), (path, as_editor)
        else:
            assert as_reviewer not in (401, 403, 500), (path, as_reviewer)
            assert as_editor not in (401, 403, 500), (path, as_editor)


# --- the OpenAPI document and the docs --------------------------------------------------------
def test_openapi_document_is_valid_and_complete(reviewer_api):
    response = reviewer_api.get("/openapi.json")
    assert response.status_code == 200
    document = response.json()
    validate_openapi(document)
    paths = document["paths"]
    for path in ["/api/v1/articles", "/api/v1/articles/{article_id}/report",
                 "/api/v1/claims/{claim_id}/verdict", "/api/v1/queue/next", "/api/v1/imports"]:  # fmt: skip
        assert path in paths
    schemes = document["components"]["securitySchemes"]
    assert {"type": "http", "scheme": "bearer"}.items() <= schemes["BearerToken"].items()
    # The report's response schema is the JSON export's own.
    report_schema = paths["/api/v1/articles/{article_id}/report"]["get"]["responses"]["200"]
    schema = report_schema["content"]["application/json"]["schema"]
    assert schema["properties"]["schema"] == exports.REPORT_JSON_SCHEMA["properties"]["schema"]


def test_docs_for_logged_in_users_only(client, reviewer):
    anonymous = client.get(API + "/docs")
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert client.get(API + "/openapi.json").status_code == 401
    client.force_login(reviewer)
    page = client.get(API + "/docs")
    assert page.status_code == 200
    html = page.content.decode()
    assert "swagger-ui-bundle.js" in html
    # Every script and stylesheet is served from here, none from a CDN. (Not "cdn" anywhere
    # in the page: a random CSRF token once held those three letters.)
    sources = re.findall(r"""<(?:script|link)\b[^>]*?\b(?:src|href)=["']([^"']+)""", html)
    assert sources and all(source.startswith("/static/") for source in sources), sources
    assert "script-src 'self'" in page["Content-Security-Policy"]


# --- articles ---------------------------------------------------------------------------------
def test_create_article_from_text(editor_api):
    response = editor_api.post("/articles", {"body": SAMPLE_ARTICLE, "publication": "Ledger"})
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["title"] == "Harbour council backs new ferry route"  # found in the text
    assert body["publication"] == "Ledger" and body["counts"]["claims"] > 3
    article = Article.objects.get(pk=body["id"])
    assert article.import_key is None
    # The same text again: a conflict naming the article, unless asked for.
    again = editor_api.post("/articles", {"body": SAMPLE_ARTICLE})
    assert again.status_code == 409 and again.json()["duplicates"] == [article.pk]
    forced = editor_api.post("/articles", {"body": SAMPLE_ARTICLE, "allow_duplicate": True})
    assert forced.status_code == 201


def test_create_article_idempotency_key(editor_api):
    headers = {"Idempotency-Key": "cms-story-4711"}
    first = editor_api.post("/articles", {"body": SAMPLE_ARTICLE}, headers=headers)
    second = editor_api.post("/articles", {"body": SAMPLE_ARTICLE}, headers=headers)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]
    assert Article.objects.count() == 1
    bad = editor_api.post("/articles", {"body": "x y."}, headers={"Idempotency-Key": "é"})
    assert bad.status_code == 400


def test_create_article_from_url_is_queued(editor_api):
    response = editor_api.post("/articles", {"url": "https://example.org/story", "title": "S"})
    assert response.status_code == 202
    body = response.json()
    assert response["Location"] == f"/api/v1/imports/{body['id']}"
    assert body["waiting"] == 1 and body["items"][0]["status"] == "waiting"
    assert ImportItem.objects.get().source["url"] == "https://example.org/story"
    assert Article.objects.count() == 0  # the worker fetches it


HOSTILE_BODIES = [
    ("", 422),
    ("{", 400),
    ("[]", 422),
    ("null", 422),
    ('"text"', 422),
    ("\xff\xfe\x00binary", 400),
    (json.dumps({"body": "A claim.\x00 More."}), 422),
    (json.dumps({"body": "A claim. \ud800 More."}), 422),
    (json.dumps({"title": "T\x00", "body": "A claim."}), 422),
    (json.dumps({"title": 5, "body": "A claim."}), 422),
    (json.dumps({"body": ["A claim."]}), 422),
    (json.dumps({"body": "A claim.", "allow_duplicate": "yes"}), 422),
    (json.dumps({"body": "A claim.", "extra": 1}), 422),
    (json.dumps({"body": "   "}), 422),
    (json.dumps({"url": "javascript:alert(1)"}), 422),
    (json.dumps({"body": "A claim.", "date": "yesterday"}), 422),
    (json.dumps({"title": "t" * 301, "body": "A claim."}), 422),
    (json.dumps({"body": "word " * 250_000}), 400),  # 1.25 MB: the desk's own limit
]


@pytest.mark.parametrize(("raw", "status"), HOSTILE_BODIES)
def test_hostile_article_input_is_a_json_error_and_stores_nothing(editor_api, raw, status):
    response = editor_api.post("/articles", raw=raw.encode("utf-8", "surrogatepass") if
                               isinstance(raw, str) and "\ud800" in raw else raw)  # fmt: skip
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    assert isinstance(response.json()["detail"], str) and response.json()["detail"]
    assert Article.objects.count() == 0 and ImportItem.objects.count() == 0


def test_request_over_3_mb_is_413(editor_api):
    response = editor_api.post("/articles", raw=json.dumps({"body": "a " * 2_000_000}))
    assert response.status_code == 413
    assert "3 MB" in response.json()["detail"]


def test_article_list_cursor_and_filters(editor, reviewer_api):
    made = [add_article(created_by=editor, title=f"Story {n}", text=SAMPLE_ARTICLE + f"\n{n}")
            for n in range(5)]  # fmt: skip
    seen, cursor = [], ""
    for _ in range(10):
        page = reviewer_api.get("/articles", limit=2, **({"cursor": cursor} if cursor else {}))
        assert page.status_code == 200
        seen += [a["id"] for a in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if not cursor:
            break
    assert seen == [a.pk for a in reversed(made)]
    since = (timezone.now() - timedelta(hours=1)).isoformat()
    changed, cursor = [], ""
    for _ in range(10):
        params = {"updated_since": since, "limit": 3, **({"cursor": cursor} if cursor else {})}
        page = reviewer_api.get("/articles", **params).json()
        changed += [a["id"] for a in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert sorted(changed) == sorted(a.pk for a in made) and len(changed) == 5
    assert (
        reviewer_api.get("/articles", updated_since=timezone.now().isoformat()).json()["items"]
        == []
    )
    assert reviewer_api.get("/articles", status="signed_off").json()["items"] == []
    assert reviewer_api.get("/articles", has_disputed="true").json()["items"] == []
    for bad in [{"cursor": "nonsense"}, {"cursor": "W10"}, {"limit": 0}, {"limit": "x"},
                {"status": "nope"}, {"updated_since": "not a date"}]:  # fmt: skip
        response = reviewer_api.get("/articles", **bad)
        assert response.status_code in (400, 422), bad
        assert response.json()["detail"]


def test_article_detail_and_report(reviewer_api, article, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        detail = reviewer_api.get(f"/articles/{article.pk}")
    assert detail.status_code == 200
    claims = detail.json()["claims"]
    assert len(claims) == article.claim_count
    assert {"speaker", "cue", "checkworthy", "attributions"} <= set(claims[0]["hints"])
    body = reviewer_api.get(f"/articles/{article.pk}/report").json()
    jsonschema.validate(body, exports.REPORT_JSON_SCHEMA)
    assert body == json.loads(json.dumps(exports.report_json(report.build_report(article))))
    for missing in ["/articles/999999999", "/articles/999999999/report", "/claims/999999999"]:
        response = reviewer_api.get(missing)
        assert response.status_code == 404 and response.json()["detail"]
    for bad in ["/articles/0", "/articles/abc", "/articles/99999999999999999999"]:
        assert reviewer_api.get(bad).status_code in (404, 422)


def test_new_version_through_the_api(editor_api, article):
    text = SAMPLE_ARTICLE.replace("12 to 3", "11 to 4")
    response = editor_api.post(f"/articles/{article.pk}/versions", {"body": text, "based_on": 1})
    assert response.status_code == 201, response.content
    assert response.json()["version"] == 2 and response.json()["counts"]["changed"] == 1
    stale = editor_api.post(f"/articles/{article.pk}/versions", {"body": text + "x", "based_on": 1})
    assert stale.status_code == 409


# --- claims and verdicts ----------------------------------------------------------------------
def test_verdict_idempotent_and_conflicting(reviewer_api, editor_api, article):
    claim = first_claim(article)
    verdict = {"verdict": "verified", "note": "The minutes say so.", "sources": SOURCES,
               "expected_version": claim.version}  # fmt: skip
    key = {"Idempotency-Key": "verdict-1"}
    first = reviewer_api.post(f"/claims/{claim.pk}/verdict", verdict, headers=key)
    assert first.status_code == 201, first.content
    again = reviewer_api.post(f"/claims/{claim.pk}/verdict", verdict, headers=key)
    assert again.status_code == 200 and again.json()["duplicate"]
    assert again.json()["review_id"] == first.json()["review_id"]
    assert Review.objects.filter(claim=claim, kind="verdict").count() == 1
    # Someone else, over the version they read (the old one): a conflict with both sides.
    other = {**verdict, "verdict": "disputed", "note": "Contested."}
    conflict = editor_api.post(f"/claims/{claim.pk}/verdict", other)
    assert conflict.status_code == 409
    sides = conflict.json()
    assert sides["yours"]["verdict"] == "disputed" and sides["theirs"]["verdict"] == "verified"
    assert sides["theirs"]["reviewer"] == "Rita Reviewer"
    assert sides["theirs"]["claim_version"] == first.json()["claim"]["version"]
    claim.refresh_from_db()
    assert claim.verdict == Verdict.VERIFIED


def test_verdict_rules_are_the_desks(reviewer_api, article):
    claim = first_claim(article)
    path = f"/claims/{claim.pk}/verdict"
    no_source = reviewer_api.post(path, {"verdict": "verified", "expected_version": claim.version})
    assert no_source.status_code == 400 and "source" in no_source.json()["detail"]
    for bad in [{"verdict": "no_check", "expected_version": 1},
                {"verdict": "verified", "expected_version": "1"},
                {"verdict": "attributed", "attributed_to": "X", "expected_version": 0},
                {"verdict": "attributed", "attributed_to": "X", "expected_version": 1, "x": 1},
                {"verdict": "verified", "note": "n", "expected_version": 1,
                 "sources": [{"url": "https://a.b", "evil": True}]}]:  # fmt: skip
        assert reviewer_api.post(path, bad).status_code == 422, bad
    assert reviewer_api.post("/claims/999999999/verdict",
                             {"verdict": "attributed", "attributed_to": "X",
                              "expected_version": 1}).status_code == 404  # fmt: skip
    assert Review.objects.count() == 0


def test_no_check_queue_search_and_sign_off(reviewer_api, editor_api, article):
    leased = reviewer_api.post("/queue/next")
    assert leased.status_code == 200 and leased.json()["lease_expires_at"]
    assert reviewer_api.post("/queue/next").json()["id"] == leased.json()["id"]  # still mine
    found = reviewer_api.get("/claims", q="ferry").json()
    assert found["total"] >= 1 and found["items"][0]["article_id"] == article.pk
    assert reviewer_api.get("/claims", q="").status_code == 422
    assert editor_api.post(f"/articles/{article.pk}/sign-off").status_code == 409
    for _ in range(100):
        claim = reviewer_api.post("/queue/next")
        if claim.status_code == 204:
            break
        body = claim.json()
        answer = reviewer_api.post(f"/claims/{body['id']}/no-check",
                                   {"expected_version": body["version"]})  # fmt: skip
        assert answer.status_code == 201, answer.content
    signed = editor_api.post(f"/articles/{article.pk}/sign-off")
    assert signed.status_code == 200 and signed.json()["status"] == "signed_off"
    history = reviewer_api.get(f"/claims/{first_claim(article).pk}").json()["history"]
    assert history and history[-1]["kind"] == "no_check"


def test_bulk_import_through_the_api(editor_api):
    payload = {"name": "Morning", "articles": [
        {"title": "One", "body": "The council voted 12 to 3 on Monday."},
        {"url": "https://example.org/two"},
    ]}  # fmt: skip
    response = editor_api.post("/imports", payload)
    assert response.status_code == 202
    assert response.json()["total"] == 2 and response.json()["waiting"] == 2
    bad = editor_api.post("/imports", {"articles": []})
    assert bad.status_code == 422
    too_many = editor_api.post("/imports", {"articles": [{"body": "x."}] * 1001})
    assert too_many.status_code == 422


def test_create_token_command_refuses_unknown_user(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("create_api_token", "nobody", stdout=io.StringIO())


def test_tokens_made_and_revoked_in_admin(client, admin_user, reviewer):
    client.force_login(admin_user)
    response = client.post(
        "/admin/claimreview/apitoken/add/", {"user": reviewer.pk, "name": "CMS"}, follow=True
    )
    assert response.status_code == 200
    shown = [str(m) for m in response.context["messages"]]
    token = next(m.rsplit(" ", 1)[1] for m in shown if "shown only this once" in m)
    row = ApiToken.objects.get(name="CMS")
    assert row.user == reviewer and row.created_by == admin_user
    assert row.key_hash == tokens.hash_token(token)
    api = Api(token)
    assert api.get("/articles").status_code == 200
    listing = client.get("/admin/claimreview/apitoken/")
    assert row.prefix.encode() in listing.content and token.encode() not in listing.content
    client.post(
        "/admin/claimreview/apitoken/",
        {"action": "revoke_tokens", "_selected_action": [row.pk]},
    )
    row.refresh_from_db()
    assert row.revoked_at is not None
    assert api.get("/articles").status_code == 401
    # An admin who is not a superuser cannot make a token that acts as a staff account.
    refused = client.post("/admin/claimreview/apitoken/add/", {"user": admin_user.pk, "name": "x"})
    assert refused.status_code == 403
    assert not ApiToken.objects.filter(name="x").exists()


# --- regressions: cursors and Idempotency-Keys --------------------------------------------------
@pytest.mark.parametrize(
    "values",
    [
        ["u", "2026-01-01T00:00:00+00:00", "x"],
        ["u", "2026-01-01T00:00:00+00:00", None],
        ["u", "2026-01-01T00:00:00+00:00", 10**30],
        ["u", "2026-01-01T00:00:00+00:00", True],
        ["u", "2026-01-01T00:00:00+00:00", 1.5],
        ["u", 5, 1],
        ["u", "2026-01-01T00:00:00", 1],  # no time zone
        ["u", "9999-12-31T23:59:59-23:59", 1],  # past year 9999 in UTC
    ],
)
def test_tampered_updated_since_cursor_is_a_400(reviewer_api, values):
    from claimreview.api import cursor

    since = (timezone.now() - timedelta(hours=1)).isoformat()
    response = reviewer_api.get("/articles", updated_since=since, cursor=cursor.encode(values))
    assert response.status_code == 400, response.content[:300]
    assert "cursor" in response.json()["detail"]


@pytest.mark.parametrize("values", [["n", 10**30], ["n", True], ["n", -1], ["n", 0]])
def test_tampered_newest_first_cursor_is_a_400(reviewer_api, values):
    from claimreview.api import cursor

    response = reviewer_api.get("/articles", cursor=cursor.encode(values))
    assert response.status_code == 400, response.content[:300]
    assert "cursor" in response.json()["detail"]


def test_an_idempotency_key_is_scoped_to_its_claim_and_action(reviewer_api, article):
    first, second = article.claims.filter(is_boilerplate=False).order_by("position")[:2]
    key = {"Idempotency-Key": "same-key"}
    verdict = {"verdict": "verified", "note": "The minutes say so.", "sources": SOURCES}
    one = reviewer_api.post(f"/claims/{first.pk}/verdict",
                            {**verdict, "expected_version": first.version}, headers=key)  # fmt: skip
    assert one.status_code == 201, one.content
    # The same key on another claim is another request: that claim gets its own decision.
    two = reviewer_api.post(f"/claims/{second.pk}/verdict",
                            {**verdict, "expected_version": second.version}, headers=key)  # fmt: skip
    assert two.status_code == 201, two.content
    assert two.json()["claim"]["id"] == second.pk and not two.json()["duplicate"]
    assert two.json()["review_id"] != one.json()["review_id"]
    second.refresh_from_db()
    assert second.verdict == Verdict.VERIFIED
    # ... and on another action of the same claim (no-check over the new version) too.
    closed = reviewer_api.post(f"/claims/{first.pk}/no-check",
                               {"expected_version": one.json()["claim"]["version"]}, headers=key)  # fmt: skip
    assert closed.status_code == 201 and not closed.json()["duplicate"], closed.content
    # The same key on the same claim and action is still a replay.
    again = reviewer_api.post(f"/claims/{second.pk}/verdict",
                              {**verdict, "expected_version": second.version - 1}, headers=key)  # fmt: skip
    assert again.status_code == 200 and again.json()["review_id"] == two.json()["review_id"]


def test_a_request_id_used_on_another_claim_is_refused_by_the_desk(reviewer, article):
    import uuid

    from claimreview import desk

    first, second = article.claims.filter(is_boilerplate=False).order_by("position")[:2]
    request_id = uuid.uuid4()
    desk.mark_no_check(claim_id=first.pk, reviewer=reviewer, expected_version=first.version,
                       request_id=request_id)  # fmt: skip
    with pytest.raises(desk.DeskError, match="another claim"):
        desk.mark_no_check(claim_id=second.pk, reviewer=reviewer,
                           expected_version=second.version, request_id=request_id)  # fmt: skip
    second.refresh_from_db()
    assert second.verdict != Verdict.NO_CHECK


def test_an_idempotency_key_does_not_skip_the_duplicate_check(editor_api):
    first = editor_api.post("/articles", {"body": SAMPLE_ARTICLE})
    assert first.status_code == 201
    keyed = editor_api.post("/articles", {"body": SAMPLE_ARTICLE},
                            headers={"Idempotency-Key": "k-1"})  # fmt: skip
    assert keyed.status_code == 409 and keyed.json()["duplicates"] == [first.json()["id"]]
    assert Article.objects.count() == 1
    forced = editor_api.post("/articles", {"body": SAMPLE_ARTICLE, "allow_duplicate": True},
                             headers={"Idempotency-Key": "k-2"})  # fmt: skip
    assert forced.status_code == 201
    replay = editor_api.post("/articles", {"body": SAMPLE_ARTICLE, "allow_duplicate": True},
                             headers={"Idempotency-Key": "k-2"})  # fmt: skip
    assert replay.status_code == 200 and replay.json()["id"] == forced.json()["id"]
    assert Article.objects.count() == 2


def test_url_article_honours_the_idempotency_key(editor_api):
    headers = {"Idempotency-Key": "url-1"}
    payload = {"url": "https://example.org/story"}
    first = editor_api.post("/articles", payload, headers=headers)
    again = editor_api.post("/articles", payload, headers=headers)
    assert (first.status_code, again.status_code) == (202, 202)
    assert again.json()["id"] == first.json()["id"]
    assert again["Location"] == f"/api/v1/imports/{first.json()['id']}"
    assert ImportBatch.objects.count() == 1 and ImportItem.objects.count() == 1
    other = editor_api.post("/articles", payload, headers={"Idempotency-Key": "url-2"})
    assert other.status_code == 202 and other.json()["id"] != first.json()["id"]


def test_blank_body_with_a_url_is_fetched(editor_api):
    response = editor_api.post("/articles", {"url": "https://example.org/story", "body": "  \n "})
    assert response.status_code == 202, response.content
    item = ImportItem.objects.get()
    assert item.source["text"] == "" and item.source["kind"] == "html"
    bulk = editor_api.post(
        "/imports", {"articles": [{"url": "https://example.org/b", "body": " "}]}
    )
    assert bulk.status_code == 202
    assert ImportItem.objects.get(batch_id=bulk.json()["id"]).source["kind"] == "html"
