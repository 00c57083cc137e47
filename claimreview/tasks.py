"""Background work on Django's tasks framework (`django.tasks`), run by `manage.py db_worker`.

The tasks are thin: each calls one function of the desk or of `imports`, which own the rules.
Tasks are rows in PostgreSQL (django-tasks-db): any number of workers on any number of machines
take them with SELECT ... FOR UPDATE SKIP LOCKED, so a task row runs once. The work itself is
safe to run twice as well (an import item is locked and checked, an article re-analysed under
its lock), so a task enqueued twice, or again after a crash, changes nothing the second time.

Schedules replace cron: `run_due_schedules` is called by every worker every few seconds (see
management/commands/db_worker.py); one UPDATE of the job's row decides which worker enqueues it
for this period, so M workers run each scheduled job once per period.
"""

import logging
from datetime import timedelta

from django.db import connection, transaction
from django.tasks import task
from django.utils import timezone

from claimreview import desk, imports

log = logging.getLogger("claimreview.tasks")


@task()
def ingest_import_item(item_id: int) -> str:
    """One article of an import (imports.ingest_item). An unexpected error is recorded on the
    item (tried again later, or failed with a message) and raised, so the task is reported
    failed too."""
    try:
        return imports.ingest_item(item_id=item_id)
    except Exception as error:
        log.exception("import item %s failed", item_id)
        imports.record_crash(item_id=item_id, error=error)
        raise


@task()
def reanalyze_articles(article_ids: list[int]) -> int:
    """New hints for these articles' claims after an engine upgrade (verdicts untouched)."""
    changed = 0
    for article_id in article_ids:
        try:
            changed += desk.reanalyze_article(article_id=article_id)
        except desk.DeskError:
            continue
    return changed


@task()
def release_expired_leases() -> int:
    return desk.release_expired()


@task()
def requeue_stale_imports() -> int:
    return imports.requeue_stale()


# name: (every, task)
SCHEDULE = {
    "release-expired-leases": (timedelta(minutes=1), release_expired_leases),
    "requeue-stale-imports": (timedelta(minutes=5), requeue_stale_imports),
}

_SEED = """
INSERT INTO claimreview_scheduledjob (name, next_run_at) VALUES (%s, %s) ON CONFLICT DO NOTHING
"""
_TAKE = """
UPDATE claimreview_scheduledjob SET next_run_at = %(next)s
WHERE name = %(name)s AND next_run_at <= %(now)s
RETURNING name
"""


def run_due_schedules(*, now=None) -> list[str]:
    """Enqueue each scheduled job whose time has come, once across every worker; returns the
    names this call enqueued."""
    now = now or timezone.now()
    enqueued = []
    for name, (every, job) in SCHEDULE.items():
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(_SEED, [name, now])
            cursor.execute(_TAKE, {"name": name, "now": now, "next": now + every})
            if cursor.fetchone() is not None:
                job.enqueue()
                enqueued.append(name)
    return enqueued


def enqueue_reanalysis(*, chunk: int = 50) -> int:
    """Queue every article for re-analysis, `chunk` articles a task; returns the article count."""
    from claimreview.models import Article

    ids = list(Article.objects.order_by("id").values_list("id", flat=True))
    with transaction.atomic():
        for start in range(0, len(ids), chunk):
            reanalyze_articles.enqueue(ids[start : start + chunk])
    return len(ids)


def run_pending(*, limit: int = 10_000) -> int:
    """Run the tasks that are due, here and now, through the worker's own code (claim the row,
    run, record the result): for tests and `import_articles --wait`. Returns how many ran."""
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    worker = Worker(
        queue_names=["*"], interval=0, batch=True, backend_name="default", startup_delay=False,
        max_tasks=None, worker_id="in-process", excluded_queue_names=[],
    )  # fmt: skip
    ran = 0
    while ran < limit:
        with transaction.atomic():
            result = DBTaskResult.objects.ready().filter(backend_name="default").get_locked()
            if result is None:
                break
            result.claim(worker.worker_id)
        worker.run_task(result)
        ran += 1
    return ran
