"""`manage.py reanalyze`: new hints for every claim after a text-engine upgrade (verdicts,
splits and sign-offs untouched), as background tasks (`--now`: here, without a worker)."""

from django.core.management.base import BaseCommand

from claimreview import desk, tasks
from claimreview.models import Article


class Command(BaseCommand):
    help = "Re-analyse every article's claims with the current text engine (hints only)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--now", action="store_true", help="Run here instead of queueing.")

    def handle(self, *args, now: bool = False, **options) -> None:
        if now:
            changed = 0
            ids = Article.objects.order_by("id").values_list("id", flat=True)
            for article_id in ids.iterator():
                changed += desk.reanalyze_article(article_id=article_id)
            self.stdout.write(f"Re-analysed {len(ids)} articles: {changed} claims' hints changed.")
            return
        count = tasks.enqueue_reanalysis()
        self.stdout.write(
            f"Queued {count} articles for re-analysis; `manage.py db_worker` runs them."
        )
