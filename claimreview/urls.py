from django.contrib import admin
from django.urls import path

from claimreview import views

urlpatterns = [
    path("", views.article_list, name="article-list"),
    path("login/", views.login_view, name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("articles/new/", views.article_new, name="article-new"),
    path("articles/<int:article_id>/", views.article_detail, name="article-detail"),
    path("admin/", admin.site.urls),
]

handler403 = "claimreview.views.permission_denied"
