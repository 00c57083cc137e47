from django.contrib import admin
from django.urls import path

from claimreview import health
from claimreview.views import accounts, articles, dashboard, desk, reports, search, stats

urlpatterns = [
    path("", dashboard.article_list, name="article-list"),
    path("login/", accounts.login_view, name="login"),
    path("logout/", accounts.logout_view, name="logout"),
    path("articles/new/", articles.article_new, name="article-new"),
    path("articles/<int:article_id>/", articles.article_detail, name="article-detail"),
    path("articles/<int:article_id>/report/", reports.article_report, name="article-report"),
    path("articles/<int:article_id>/sign-off/", articles.article_signoff, name="article-signoff"),
    path("articles/<int:article_id>/priority/", articles.article_priority, name="article-priority"),
    path("search/", search.claim_search, name="claim-search"),
    path("desk/", stats.desk_stats, name="desk-stats"),
    path("queue/", desk.queue, name="queue"),
    path("claims/<int:claim_id>/", desk.claim_detail, name="claim-detail"),
    path("claims/<int:claim_id>/review/", desk.claim_review, name="claim-review"),
    path("claims/<int:claim_id>/skip/", desk.claim_skip, name="claim-skip"),
    path("claims/<int:claim_id>/similar/", desk.claim_similar, name="claim-similar"),
    path("claims/<int:claim_id>/heartbeat/", desk.claim_heartbeat, name="claim-heartbeat"),
    path("claims/<int:claim_id>/revert/", desk.claim_revert, name="claim-revert"),
    path("claims/<int:claim_id>/merge/", desk.claim_merge, name="claim-merge"),
    path("claims/<int:claim_id>/split/", desk.claim_split, name="claim-split"),
    path("claims/<int:claim_id>/boilerplate/", desk.claim_boilerplate, name="claim-boilerplate"),
    path("healthz", health.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

handler403 = "claimreview.views.accounts.permission_denied"
