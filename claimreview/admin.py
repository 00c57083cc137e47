"""Django admin: users and roles, articles with their claims, claims, reviews.

Every list joins what it shows (list_select_related) and every foreign key is a raw id or an
autocomplete, so pages stay fast with millions of claims.
"""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from claimreview.models import Article, ArticleEvent, Claim, Review, Source, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = [
        "username",
        "email",
        "first_name",
        "last_name",
        "roles",
        "is_staff",
        "is_active",
    ]
    list_filter = ["groups", "is_staff", "is_active"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description="Roles")
    def roles(self, user):
        return ", ".join(group.name for group in user.groups.all()) or "—"


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["position", "paragraph", "start", "end", "text", "is_boilerplate", "verdict"]
    readonly_fields = ["position", "paragraph", "start", "end", "text", "verdict"]
    extra = 0
    can_delete = False
    show_change_link = True
    max_num = 0  # claims come from ingest; the split is corrected on the article page

    def get_queryset(self, request):
        return super().get_queryset(request).order_by("position")


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "publication", "status", "priority", "claim_count",
                    "unreviewed_count", "disputed_count", "created_by", "created_at"]  # fmt: skip
    list_filter = ["status", "created_at"]
    list_select_related = ["created_by"]
    search_fields = ["title", "publication", "url"]
    raw_id_fields = ["created_by", "signed_off_by"]
    readonly_fields = ["raw_text", "body", "body_sha256", "claim_count", "boilerplate_count",
                       "unreviewed_count", "attributed_count", "disputed_count", "verified_count",
                       "status", "signed_off_by", "signed_off_at", "created_at",
                       "last_activity_at"]  # fmt: skip
    inlines = [ClaimInline]
    show_full_result_count = False
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        return super().get_queryset(request).defer("raw_text", "body")


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "position", "verdict", "is_boilerplate", "speaker",
                    "checkworthy_score", "reviewed_by", "reviewed_at"]  # fmt: skip
    list_filter = ["verdict", "is_boilerplate"]
    list_select_related = ["article", "reviewed_by"]
    search_fields = ["text", "speaker"]
    raw_id_fields = ["article", "reviewed_by", "lease_holder"]
    readonly_fields = ["article", "position", "paragraph", "start", "end", "text", "verdict",
                       "note", "reviewed_by", "reviewed_at", "version", "attributions",
                       "lease_holder", "lease_expires_at"]  # fmt: skip
    show_full_result_count = False

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__raw_text", "article__body")

    def get_search_results(self, request, queryset, search_term):
        # "article:123" narrows the list to one article without a join on its title.
        if search_term.startswith("article:") and search_term[8:].isdigit():
            return queryset.filter(article_id=int(search_term[8:])), False
        return super().get_search_results(request, queryset, search_term)


class SourceInline(admin.TabularInline):
    model = Source
    extra = 0


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["claim", "kind", "verdict_before", "verdict", "reviewer", "created_at"]
    list_filter = ["kind", "verdict"]
    list_select_related = ["claim", "reviewer"]
    raw_id_fields = ["claim", "reviewer"]
    inlines = [SourceInline]
    show_full_result_count = False

    def has_change_permission(self, request, obj=None):
        return False  # history is append-only

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ArticleEvent)
class ArticleEventAdmin(admin.ModelAdmin):
    list_display = ["article", "kind", "actor", "detail", "created_at"]
    list_filter = ["kind"]
    list_select_related = ["article", "actor"]
    raw_id_fields = ["article", "actor"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
