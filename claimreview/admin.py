"""Django admin: users and roles, and read-only views of the desk's data.

The admin is no side door around the desk's rules. Articles come in through the article page
(which runs the checks and the text engine), never through an admin add form; a claim's and an
article's state (verdict, boilerplate, counters, status, sign-off, lease, position) is read-only
here and changes only through admin actions that call the desk core, so each change is recorded
in the history and moves the counters. History rows are never edited or deleted. Only
superusers grant superuser or staff rights or the admin role.

Every list joins what it shows (list_select_related) and every foreign key is a raw id, so pages
stay fast with millions of claims.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied

from claimreview import desk
from claimreview.api import tokens as api_tokens
from claimreview.login_throttle import AdminLoginForm
from claimreview.models import ApiToken, Article, ArticleEvent, Claim, Review, Source, User

# Deleting is not how anything leaves the desk (a merge keeps its history; nothing reviewed is
# ever deleted), and the bulk delete would go around each model's own delete rule.
admin.site.disable_action("delete_selected")
# The admin's login counts failures one attempt at a time, like ours (login_throttle).
admin.site.login_form = AdminLoginForm
MAX_CLAIMS_PER_ACTION = 500

# Groups whose members may open the admin: only a superuser hands these out.
PRIVILEGED_GROUPS = {"admin"}


class ReadOnlyHistoryMixin:
    """History is append-only: it is written by the desk, never added, edited or deleted here."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["username", "email", "first_name", "last_name", "roles", "is_staff",
                    "is_active"]  # fmt: skip
    list_filter = ["groups", "is_staff", "is_active"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description="Roles")
    def roles(self, user):
        return ", ".join(group.name for group in user.groups.all()) or "—"

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += ["is_superuser", "is_staff", "user_permissions", "last_login", "date_joined"]
        return fields

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups" and not request.user.is_superuser:
            kwargs["queryset"] = Group.objects.exclude(name__in=PRIVILEGED_GROUPS)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def _privileged(self, user: User) -> bool:
        return (
            user.is_superuser
            or user.is_staff
            or user.groups.filter(name__in=PRIVILEGED_GROUPS).exists()
        )

    def has_change_permission(self, request, obj=None):
        # A staff account (an admin, or a superuser) is changed only by a superuser: otherwise
        # an admin could reset a superuser's password, or drop a peer's role by saving a form
        # whose group list leaves the admin role out.
        if obj is not None and self._privileged(obj) and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and self._privileged(obj) and not request.user.is_superuser:
            return False
        if obj is not None and _has_history(obj):
            # Deleting would blank who created articles and who acted in their history:
            # deactivate the account instead ("Active" off).
            return False
        return super().has_delete_permission(request, obj)


def _has_history(user: User) -> bool:
    return (
        Review.objects.filter(reviewer=user).exists()
        or ArticleEvent.objects.filter(actor=user).exists()
        or Article.objects.filter(created_by=user).exists()
    )


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["position", "paragraph", "text", "is_boilerplate", "verdict"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    max_num = 0  # claims come from ingest; the split is corrected on the article page

    def get_queryset(self, request):
        return super().get_queryset(request).order_by("position")


# The article's state: written by the desk core only.
ARTICLE_STATE_FIELDS = [
    "status", "priority", "claim_count", "boilerplate_count", "unreviewed_count",
    "attributed_count", "disputed_count", "verified_count", "signed_off_by", "signed_off_at",
    "signoff_withdrawn_at", "signoff_withdrawn_reason", "last_activity_at",
]  # fmt: skip


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "publication", "status", "priority", "claim_count",
                    "unreviewed_count", "disputed_count", "created_by", "created_at"]  # fmt: skip
    list_filter = ["status", "created_at"]
    list_select_related = ["created_by"]
    search_fields = ["title", "publication", "url"]
    raw_id_fields = ["created_by"]
    # The metadata stays editable (a typo in a title is no rule); texts and state are not.
    readonly_fields = ["raw_text", "body", "body_sha256", "created_by", "created_at",
                       *ARTICLE_STATE_FIELDS]  # fmt: skip
    inlines = [ClaimInline]
    show_full_result_count = False
    date_hierarchy = "created_at"
    actions = ["sign_off"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("raw_text", "body")

    def has_add_permission(self, request):
        return False  # articles come in through the article page, which checks and splits them

    def has_delete_permission(self, request, obj=None):
        return False  # nothing reviewed is ever deleted, and claims go only with their article

    def has_sign_off_permission(self, request):
        return request.user.has_perm("claimreview.sign_off_article")

    @admin.action(description="Sign off the selected articles", permissions=["sign_off"])
    def sign_off(self, request, queryset):
        done = 0
        for article_id in queryset.values_list("pk", flat=True):
            try:
                desk.sign_off(article_id=article_id, editor=request.user)
                done += 1
            except desk.DeskError as error:
                self.message_user(request, f"Article {article_id}: {error}", messages.ERROR)
        if done:
            self.message_user(request, f"Signed off {done} article(s).", messages.SUCCESS)


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "position", "verdict", "is_boilerplate", "speaker",
                    "checkworthy_score", "reviewed_by", "reviewed_at"]  # fmt: skip
    list_filter = ["verdict", "is_boilerplate"]
    list_select_related = ["article", "reviewed_by"]
    search_fields = ["text", "speaker"]
    show_full_result_count = False
    actions = ["mark_boilerplate", "restore_from_boilerplate"]

    def get_readonly_fields(self, request, obj=None):
        # Every column: the text and offsets come from ingest, the hints from the engine, the
        # state from the desk. Changes go through the actions below.
        return [f.name for f in Claim._meta.fields if f.name != "search_vector"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__raw_text", "article__body")

    def get_search_results(self, request, queryset, search_term):
        # "article:123" narrows the list to one article without a join on its title.
        prefix = "article:"
        if search_term.startswith(prefix) and _ascii_id(search_term[len(prefix) :]):
            return queryset.filter(article_id=int(search_term[len(prefix) :])), False
        return super().get_search_results(request, queryset, search_term)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # a claim leaves only by a merge, which keeps its history

    def has_correct_permission(self, request):
        return request.user.has_perm("claimreview.correct_claims")

    def _set_boilerplate(self, request, queryset, *, mark: bool) -> None:
        if queryset.count() > MAX_CLAIMS_PER_ACTION:
            # One change per claim, each in its own transaction: "select all" over millions
            # of claims would outlive any request. Narrow the list first (e.g. article:123).
            self.message_user(
                request,
                f"Select at most {MAX_CLAIMS_PER_ACTION} claims for one action.",
                messages.ERROR,
            )
            return
        changed = 0
        # In position order per article: the lock protocol's order for claims.
        for claim_id in queryset.order_by("article_id", "position").values_list("pk", flat=True):
            try:
                result = desk.set_boilerplate(
                    claim_id=claim_id, editor=request.user, is_boilerplate=mark
                )
            except desk.DeskError as error:
                self.message_user(request, f"Claim {claim_id}: {error}", messages.ERROR)
                continue
            changed += result.review is not None
            for notice in result.notices:
                self.message_user(request, notice, messages.WARNING)
        what = "Marked" if mark else "Restored"
        self.message_user(request, f"{what} {changed} claim(s); each change is in its history.")

    @admin.action(
        description="Mark the selected claims as boilerplate (clears their verdicts)",
        permissions=["correct"],
    )
    def mark_boilerplate(self, request, queryset):
        self._set_boilerplate(request, queryset, mark=True)

    @admin.action(
        description="Restore the selected claims from boilerplate to the queue",
        permissions=["correct"],
    )
    def restore_from_boilerplate(self, request, queryset):
        self._set_boilerplate(request, queryset, mark=False)


def _ascii_id(value: str) -> bool:
    return value.isascii() and value.isdigit() and len(value) <= 18


class SourceInline(ReadOnlyHistoryMixin, admin.TabularInline):
    model = Source
    extra = 0


@admin.register(Review)
class ReviewAdmin(ReadOnlyHistoryMixin, admin.ModelAdmin):
    list_display = ["claim", "kind", "verdict_before", "verdict", "reviewer", "created_at"]
    list_filter = ["kind", "verdict"]
    list_select_related = ["claim", "reviewer"]
    inlines = [SourceInline]
    show_full_result_count = False


@admin.register(ArticleEvent)
class ArticleEventAdmin(ReadOnlyHistoryMixin, admin.ModelAdmin):
    list_display = ["article", "kind", "actor", "detail", "created_at"]
    list_filter = ["kind"]
    list_select_related = ["article", "actor"]


class ApiTokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["user", "name"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """API tokens: made here (the token is shown once, on the next page), revoked with the
    action, never edited. A token acts as its user: only a superuser makes one for a staff
    account (as only a superuser changes one)."""

    form = ApiTokenForm
    list_display = ["name", "prefix", "user", "created_at", "last_used_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    list_select_related = ["user"]
    raw_id_fields = ["user"]
    actions = ["revoke_tokens"]
    readonly_fields = ["prefix", "created_by", "created_at", "last_used_at", "revoked_at"]

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False

    def has_revoke_permission(self, request):
        return request.user.has_perm("claimreview.change_apitoken")

    def save_model(self, request, obj, form, change):
        if change:
            return
        if (obj.user.is_staff or obj.user.is_superuser) and not request.user.is_superuser:
            raise PermissionDenied("Only a superuser makes a token for a staff account.")
        row, token = api_tokens.create_token(user=obj.user, name=obj.name, created_by=request.user)
        obj.pk = row.pk
        obj.__dict__.update(row.__dict__)
        messages.warning(
            request,
            f"The token for {row.user} (copy it now: it is shown only this once): {token}",
        )

    @admin.action(description="Revoke the selected tokens", permissions=["revoke"])
    def revoke_tokens(self, request, queryset):
        count = api_tokens.revoke(token_ids=list(queryset.values_list("pk", flat=True)))
        self.message_user(request, f"Revoked {count} token(s).", messages.SUCCESS)
