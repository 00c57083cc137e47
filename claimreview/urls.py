from django.contrib import admin
from django.urls import path

from claimreview import health, views

urlpatterns = [
    path("", views.article_list, name="article-list"),
    path("login/", views.login_view, name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("articles/new/", views.article_new, name="article-new"),
    path("articles/<int:article_id>/", views.article_detail, name="article-detail"),
    path("articles/<int:article_id>/report/", views.article_report, name="article-report"),
    path("articles/<int:article_id>/sign-off/", views.article_signoff, name="article-signoff"),
    path("articles/<int:article_id>/priority/", views.article_priority, name="article-priority"),
    path("search/", views.claim_search, name="claim-search"),
    path("desk/", views.desk_stats, name="desk-stats"),
    path("queue/", views.queue, name="queue"),
    path("claims/<int:claim_id>/", views.claim_detail, name="claim-detail"),
    path("claims/<int:claim_id>/review/", views.claim_review, name="claim-review"),
    path("claims/<int:claim_id>/skip/", views.claim_skip, name="claim-skip"),
    path("claims/<int:claim_id>/similar/", views.claim_similar, name="claim-similar"),
    path("claims/<int:claim_id>/heartbeat/", views.claim_heartbeat, name="claim-heartbeat"),
    path("claims/<int:claim_id>/revert/", views.claim_revert, name="claim-revert"),
    path("claims/<int:claim_id>/merge/", views.claim_merge, name="claim-merge"),
    path("claims/<int:claim_id>/split/", views.claim_split, name="claim-split"),
    path("claims/<int:claim_id>/boilerplate/", views.claim_boilerplate, name="claim-boilerplate"),
    path("healthz", health.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

handler403 = "claimreview.views.permission_denied"
