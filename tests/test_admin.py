"""Django admin is no door around the desk's rules (issue: admin edits bypassed history and
counters, and the admin role could make itself superuser)."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from claimreview import desk
from claimreview.desk import counters
from claimreview.models import Article, ArticleStatus, Claim, Review, ReviewKind, User
from tests.factories import PASSWORD, add_article
from tests.test_review_desk import assert_counters_match


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def root_client(client, db):
    root = User.objects.create_superuser("root", password=PASSWORD)
    client.force_login(root)
    return client


def _user_form(user: User, **changes) -> dict:
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": "on",
        "groups": [g.pk for g in user.groups.all()],
        "date_joined_0": "2026-01-01",
        "date_joined_1": "00:00:00",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_the_admin_role_cannot_make_itself_superuser_or_edit_staff(admin_client, admin_user):
    url = reverse("admin:claimreview_user_change", args=[admin_user.pk])
    response = admin_client.post(url, _user_form(admin_user, is_superuser="on"))
    assert response.status_code == 403  # a staff account is changed only by a superuser
    admin_user.refresh_from_db()
    assert not admin_user.is_superuser


def test_the_admin_role_gives_reviewer_and_editor_roles_but_not_staff_or_admin(
    admin_client, reviewer
):
    url = reverse("admin:claimreview_user_change", args=[reviewer.pk])
    page = admin_client.get(url).content.decode()
    assert 'name="is_superuser"' not in page and 'name="is_staff"' not in page
    editor_group, admin_group = Group.objects.get(name="editor"), Group.objects.get(name="admin")
    response = admin_client.post(
        url,
        _user_form(reviewer, groups=[editor_group.pk, admin_group.pk], is_staff="on",
                   is_superuser="on"),
    )  # fmt: skip
    assert response.status_code == 200  # the form refuses the admin group
    assert "admin" not in {g.name for g in reviewer.groups.all()}
    response = admin_client.post(url, _user_form(reviewer, groups=[editor_group.pk], is_staff="on"))
    assert response.status_code == 302
    reviewer.refresh_from_db()
    assert [g.name for g in reviewer.groups.all()] == ["editor"]
    assert not reviewer.is_staff and not reviewer.is_superuser


def test_a_superuser_grants_staff_and_the_admin_role(root_client, reviewer):
    admin_group = Group.objects.get(name="admin")
    url = reverse("admin:claimreview_user_change", args=[reviewer.pk])
    response = root_client.post(url, _user_form(reviewer, groups=[admin_group.pk], is_staff="on"))
    assert response.status_code == 302
    reviewer.refresh_from_db()
    assert reviewer.is_staff and reviewer.groups.filter(name="admin").exists()


def test_claim_state_is_read_only_in_admin(admin_client, editor):
    article = add_article(created_by=editor)
    claim = article.claims.filter(is_boilerplate=False).first()
    url = reverse("admin:claimreview_claim_change", args=[claim.pk])
    page = admin_client.get(url).content.decode()
    for field in ("is_boilerplate", "verdict", "position", "start", "text", "lease_holder"):
        assert f'name="{field}"' not in page, field
    admin_client.post(url, {"is_boilerplate": "on", "verdict": "verified", "position": "9"})
    claim.refresh_from_db()
    assert not claim.is_boilerplate and claim.verdict == "unreviewed" and claim.position == 1
    assert_counters_match(article)


def test_boilerplate_action_goes_through_the_desk_with_history(admin_client, editor, reviewer):
    article = add_article(created_by=editor)
    claim = article.claims.filter(is_boilerplate=False).first()
    desk.submit_verdict(
        claim_id=claim.pk, reviewer=reviewer, verdict="attributed", attributed_to="Chair",
        expected_version=claim.version,
    )  # fmt: skip
    changelist = reverse("admin:claimreview_claim_changelist")
    response = admin_client.post(
        changelist, {"action": "mark_boilerplate", "_selected_action": [claim.pk]}, follow=True
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.is_boilerplate and claim.verdict == "unreviewed"
    kinds = list(claim.reviews.values_list("kind", flat=True))
    assert kinds == [ReviewKind.VERDICT, ReviewKind.BOILERPLATE]
    assert counters.drift(article.pk) == {}
    admin_client.post(
        changelist, {"action": "restore_from_boilerplate", "_selected_action": [claim.pk]}
    )
    claim.refresh_from_db()
    assert not claim.is_boilerplate
    assert counters.drift(article.pk) == {}
    assert_counters_match(article)


def test_article_state_is_read_only_and_sign_off_is_an_action(admin_client, editor, reviewer):
    article = add_article(created_by=editor, text="The bridge reopened on Monday.")
    url = reverse("admin:claimreview_article_change", args=[article.pk])
    page = admin_client.get(url).content.decode()
    for field in ("status", "unreviewed_count", "claim_count", "priority", "body"):
        assert f'name="{field}"' not in page, field
    changelist = reverse("admin:claimreview_article_changelist")
    response = admin_client.post(
        changelist, {"action": "sign_off", "_selected_action": [article.pk]}, follow=True
    )
    assert "still need a verdict" in response.content.decode()
    claim = article.claims.get()
    desk.submit_verdict(
        claim_id=claim.pk, reviewer=reviewer, verdict="verified", note="Seen.",
        sources=[desk.SourceData(url="https://example.org/")], expected_version=claim.version,
    )  # fmt: skip
    admin_client.post(changelist, {"action": "sign_off", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == ArticleStatus.SIGNED_OFF
    assert article.events.filter(kind="signed_off").exists()


def test_no_adding_articles_or_history_and_no_deleting_reviewed_work(
    admin_client, editor, reviewer
):
    assert admin_client.get(reverse("admin:claimreview_article_add")).status_code == 403
    assert admin_client.get(reverse("admin:claimreview_review_add")).status_code == 403
    assert admin_client.get(reverse("admin:claimreview_claim_add")).status_code == 403
    article = add_article(created_by=editor)
    claim = article.claims.filter(is_boilerplate=False).first()
    delete_claim = reverse("admin:claimreview_claim_delete", args=[claim.pk])
    assert admin_client.post(delete_claim, {"post": "yes"}).status_code == 403
    desk.skip(claim_id=claim.pk, reviewer=reviewer)
    changelist = reverse("admin:claimreview_article_changelist")
    assert "delete_selected" not in admin_client.get(changelist).content.decode()
    delete_article = reverse("admin:claimreview_article_delete", args=[article.pk])
    assert admin_client.post(delete_article, {"post": "yes"}).status_code == 403
    assert Article.objects.filter(pk=article.pk).exists() and Claim.objects.filter(pk=claim.pk)
    review = Review.objects.filter(claim=claim).first()
    change_review = reverse("admin:claimreview_review_change", args=[review.pk])
    assert admin_client.post(change_review, {"kind": "verdict"}).status_code == 403


def test_the_admin_role_cannot_change_the_role_groups(admin_client):
    group = Group.objects.get(name="editor")
    url = reverse("admin:auth_group_change", args=[group.pk])
    response = admin_client.post(url, {"name": "everything", "permissions": []})
    assert response.status_code == 403
    assert Group.objects.filter(name="editor").exists()
    assert admin_client.post(reverse("admin:auth_group_add"), {"name": "x"}).status_code == 403


def test_an_account_with_history_is_deactivated_not_deleted(root_client, editor):
    add_article(created_by=editor)
    response = root_client.post(
        reverse("admin:claimreview_user_delete", args=[editor.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert User.objects.filter(pk=editor.pk).exists()
    assert Article.objects.get().created_by == editor


@pytest.mark.parametrize(
    "path",
    [
        "/admin/claimreview/article/?status__exact=%00",
        "/admin/claimreview/claim/?verdict__exact=%00",
        "/admin/claimreview/review/?kind__exact=%00",
        "/admin/claimreview/claim/?text__regex=%5B%5D",
        "/admin/claimreview/claim/?text__iregex=%2B1",
        "/admin/claimreview/article/?created_at__year=99999999999999999999",
        "/admin/claimreview/article/?created_at__year=%C2%B2",
    ],
)
def test_hostile_admin_filters_are_a_400_not_a_500(admin_client, path):
    response = admin_client.get(path)
    assert response.status_code == 400


def test_an_empty_to_field_is_a_400(admin_client, editor):
    claim = add_article(created_by=editor).claims.first()
    url = reverse("admin:claimreview_claim_change", args=[claim.pk]) + "?_to_field="
    assert admin_client.get(url).status_code == 400


@pytest.mark.parametrize("selected", ["", "%00", "\xff", "²", "1.5", "<script>", "9" * 30])
def test_admin_actions_on_rows_that_are_not_rows_are_a_400(admin_client, editor, selected):
    article = add_article(created_by=editor)
    response = admin_client.post(
        reverse("admin:claimreview_claim_changelist"),
        {"action": "mark_boilerplate", "_selected_action": [selected]},
    )
    assert response.status_code == 400
    assert counters.drift(article.pk) == {}
    assert not Review.objects.exists()


def test_one_admin_action_changes_at_most_500_claims(admin_client, editor, monkeypatch):
    from claimreview import admin as claim_admin

    monkeypatch.setattr(claim_admin, "MAX_CLAIMS_PER_ACTION", 2)
    article = add_article(created_by=editor)
    ids = list(article.claims.filter(is_boilerplate=False).values_list("pk", flat=True))
    response = admin_client.post(
        reverse("admin:claimreview_claim_changelist"),
        {"action": "mark_boilerplate", "_selected_action": ids},
        follow=True,
    )
    assert "Select at most 2 claims" in response.content.decode()
    assert not Review.objects.exists()
