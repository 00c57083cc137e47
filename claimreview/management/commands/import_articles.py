"""`manage.py import_articles PATH --user USERNAME`: the bulk import of the Import page from
the shell (a .zip of .txt/.md/.html files, or a .jsonl file), ingested by the workers, or here
with --wait. Sending the same file again adds nothing twice."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claimreview import desk, imports, tasks
from claimreview.models import ImportStatus, User


class Command(BaseCommand):
    help = "Import a ZIP of .txt/.md/.html files or a JSON Lines file of articles."

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--user", required=True, help="The editor the articles are by.")
        parser.add_argument("--name", default="", help="The import's name (default: the file's).")
        parser.add_argument(
            "--wait", action="store_true", help="Ingest here and now instead of by the workers."
        )

    def handle(self, *args, path: Path, user: str, name: str, wait: bool, **options) -> None:
        editor = User.objects.filter(username=user, is_active=True).first()
        if editor is None or not editor.has_perm("claimreview.add_article"):
            raise CommandError(f"{user!r} is not an active editor.")
        try:
            entries = imports.read_upload(path.read_bytes(), path.name)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from None
        except desk.IngestError as error:
            raise CommandError(str(error)) from None
        batch = imports.start_import(name=name or path.name, created_by=editor, entries=entries)
        self.stdout.write(f"Import {batch.pk}: {len(entries)} articles queued.")
        if wait:
            tasks.run_pending()
        progress = imports.progress(batch)
        self.stdout.write(
            f"{progress.done} done, {progress.failed} failed, {progress.waiting} waiting "
            f"(/imports/{batch.pk}/)."
        )
        for item in progress.failures:
            self.stdout.write(f"  failed: {item.label}: {item.message}")
        if wait and progress.waiting:
            waiting = batch.items.filter(status=ImportStatus.WAITING).count()
            self.stdout.write(f"{waiting} will be tried again later by a worker.")
