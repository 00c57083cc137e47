from django.core.management.base import BaseCommand

from claimreview.desk import release_expired


class Command(BaseCommand):
    help = "Return claims whose review lease has expired to the queue (run from cron)."

    def handle(self, *args, **options):
        released = release_expired()
        self.stdout.write(f"Released {released} expired lease(s).")
