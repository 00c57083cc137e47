from django.contrib import admin
from django.urls import path, register_converter

from claimreview import health
from claimreview.api import urls as api_urls
from claimreview.forms import MAX_BIGINT
from claimreview.views import (
    accounts,
    articles,
    dashboard,
    desk,
    imports,
    reports,
    search,
    stats,
)


class IdConverter:
    """A row id in a path: ASCII digits within PostgreSQL's bigint. Anything else, such as
    /claims/99999999999999999999/, matches no URL (a 404) instead of reaching the database."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 1 <= number <= MAX_BIGINT:
            raise ValueError(value)  # Django then tries the next pattern: none matches, 404
        return number

    def to_url(self, value) -> str:
        return str(int(value))


register_converter(IdConverter, "id")

urlpatterns = [
    path("", dashboard.article_list, name="article-list"),
    path("login/", accounts.login_view, name="login"),
    path("logout/", accounts.logout_view, name="logout"),
    path("articles/new/", articles.article_new, name="article-new"),
    path("articles/<id:article_id>/", articles.article_detail, name="article-detail"),
    path("articles/<id:article_id>/update/", articles.article_update, name="article-update"),
    path("articles/<id:article_id>/edit/", articles.article_edit, name="article-edit"),
    path("articles/<id:article_id>/versions/", articles.article_versions, name="article-versions"),
    path(
        "articles/<id:article_id>/versions/<id:number>/",
        articles.article_version,
        name="article-version",
    ),
    path("articles/<id:article_id>/report/", reports.article_report, name="article-report"),
    path("articles/<id:article_id>/sign-off/", articles.article_signoff, name="article-signoff"),
    path("articles/<id:article_id>/priority/", articles.article_priority, name="article-priority"),
    path(
        "articles/<id:article_id>/queue-scope/",
        articles.article_queue_scope,
        name="article-queue-scope",
    ),
    path("search/", search.claim_search, name="claim-search"),
    path("desk/", stats.desk_stats, name="desk-stats"),
    path("queue/", desk.queue, name="queue"),
    path("claims/<id:claim_id>/", desk.claim_detail, name="claim-detail"),
    path("claims/<id:claim_id>/review/", desk.claim_review, name="claim-review"),
    path("claims/<id:claim_id>/skip/", desk.claim_skip, name="claim-skip"),
    path("claims/<id:claim_id>/no-check/", desk.claim_no_check, name="claim-no-check"),
    path("claims/<id:claim_id>/still-holds/", desk.claim_still_holds, name="claim-still-holds"),
    path("claims/<id:claim_id>/similar/", desk.claim_similar, name="claim-similar"),
    path("claims/<id:claim_id>/heartbeat/", desk.claim_heartbeat, name="claim-heartbeat"),
    path("claims/<id:claim_id>/revert/", desk.claim_revert, name="claim-revert"),
    path("claims/<id:claim_id>/merge/", desk.claim_merge, name="claim-merge"),
    path("claims/<id:claim_id>/split/", desk.claim_split, name="claim-split"),
    path("claims/<id:claim_id>/boilerplate/", desk.claim_boilerplate, name="claim-boilerplate"),
    path(
        "claims/<id:claim_id>/no-check/undo/",
        desk.claim_undo_no_check,
        name="claim-undo-no-check",
    ),
    path("imports/new/", imports.import_new, name="import-new"),
    path("imports/<id:import_id>/", imports.import_detail, name="import-detail"),
    path("api/v1/", api_urls()),
    path("healthz", health.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

handler403 = "claimreview.views.accounts.permission_denied"
