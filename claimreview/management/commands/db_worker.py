"""`manage.py db_worker`: django-tasks-db's worker, plus the schedules (claimreview.tasks).

Run as many as you like, on as many machines: each takes tasks with SKIP LOCKED, and each
checks the schedules every SCHEDULE_TICK seconds in a thread of its own (a scheduled job is
enqueued by one of them per period). Every option of django-tasks-db's worker works.
"""

import logging
import os
import threading

from django.db import connection
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker

log = logging.getLogger("claimreview.tasks")

SCHEDULE_TICK = 5.0


def _schedules_forever(stop: threading.Event) -> None:
    from claimreview.tasks import run_due_schedules

    while not stop.wait(SCHEDULE_TICK):
        try:
            run_due_schedules()
        except Exception:  # the database away for a moment: try at the next tick
            log.warning("schedules not checked", exc_info=True)
        finally:
            connection.close()


class Command(db_worker.Command):
    help = "Run a database background worker (tasks and the schedules that replace cron)"

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--no-schedules", action="store_false", dest="schedules",
            help="Only run tasks; leave the schedules to other workers.",
        )  # fmt: skip

    def handle(self, *args, schedules: bool = True, **options) -> None:
        # With --reload the parent process only watches files; the child does the work.
        reloading = options.get("reload") and not options.get("batch")
        if schedules and (not reloading or os.environ.get(DJANGO_AUTORELOAD_ENV) == "true"):
            stop = threading.Event()
            threading.Thread(
                target=_schedules_forever, args=(stop,), name="schedules", daemon=True
            ).start()
        super().handle(*args, **options)
