"""The article list (home page): filters, sorts and pages served by indexes and counters."""

from django.core.paginator import Paginator
from django.db.models import QuerySet

from claimreview.models import Article

# Every sort has its own index ending in id (see Article.Meta.indexes): the order is total, so
# pages never repeat or drop a row, and a page reads only its own rows.
DASHBOARD_SORTS = {
    "newest": ("Newest first", ("-created_at", "-id")),
    "oldest": ("Oldest first", ("created_at", "id")),
    "activity": ("Latest activity", ("-last_activity_at", "-id")),
    "disputed": ("Most disputed", ("-disputed_count", "-id")),
    "unreviewed": ("Most left to review", ("-unreviewed_count", "-id")),
}
DASHBOARD_PAGE_SIZE = 25
# The columns the dashboard shows: never the body, which can be a megabyte per row.
DASHBOARD_FIELDS = (
    "id", "title", "publication", "status", "priority", "claim_count", "boilerplate_count",
    "not_queued_count", "unreviewed_count", "no_check_count", "attributed_count",
    "disputed_count", "verified_count", "created_at", "last_activity_at",
)  # fmt: skip


def dashboard_articles(
    *, query: str = "", status: str = "", has_disputed: bool = False, sort: str = "newest"
) -> QuerySet[Article]:
    """The dashboard's rows: filtered and ordered entirely by indexes, counts from counters."""
    query = query.replace("\x00", "").strip()  # PostgreSQL refuses NUL in a parameter
    articles = Article.objects.only(*DASHBOARD_FIELDS)
    if status:
        articles = articles.filter(status=status)
    if has_disputed:
        articles = articles.filter(disputed_count__gt=0)
    if query:
        # ILIKE '%query%' is served by the title's trigram index.
        articles = articles.filter(title__icontains=query)
    return articles.order_by(*DASHBOARD_SORTS.get(sort, DASHBOARD_SORTS["newest"])[1])


class TwoEndedPaginator(Paginator):
    """Pages past the middle are read from the other end of the index.

    OFFSET walks every row before the page: the last of 4,000 pages costs 100,000 index
    entries. Reading it in reverse order from the end costs 25, so no page costs more than the
    middle one.
    """

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if bottom <= self.count // 2 or not self.object_list.ordered:
            return super().page(number)
        rows = list(self.object_list.reverse()[self.count - top : self.count - bottom])
        return self._get_page(rows[::-1], number, self)


def dashboard_page(articles: QuerySet[Article], page_number) -> object:
    return TwoEndedPaginator(articles, DASHBOARD_PAGE_SIZE).get_page(page_number)
