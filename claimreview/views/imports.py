"""Bulk import: an editor uploads a ZIP of .txt/.md/.html files or a JSON Lines file; each
article is ingested by a background worker while the page shows the progress (htmx polls the
progress partial every second until nothing is waiting, then stops)."""

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import HttpResponseStopPolling

from claimreview import desk, imports
from claimreview.models import ImportBatch
from claimreview.views.common import editor_required, reviewer_required, wants_partial


class ImportForm(forms.Form):
    upload = forms.FileField(
        label="ZIP or JSON Lines file",
        help_text="A .zip of .txt, .md and .html files (one article each), or a .jsonl file "
        "with one article a line: title, body or url, publication, byline, date. Up to "
        f"{imports.MAX_ITEMS:,} articles, {imports.MAX_UPLOAD_BYTES // 1_000_000} MB.",
    )
    name = forms.CharField(label="Name (optional)", max_length=300, required=False, strip=True)

    def clean_name(self):
        name = self.cleaned_data["name"]
        if "\x00" in name:
            raise forms.ValidationError("The name contains a NUL byte.")
        return name


@editor_required("claimreview.add_article")
@require_http_methods(["GET", "POST"])
def import_new(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["upload"]
        try:
            if upload.size > imports.MAX_UPLOAD_BYTES:
                raise desk.IngestError(
                    f"The file is {upload.size / 1_000_000:.0f} MB; the limit is "
                    f"{imports.MAX_UPLOAD_BYTES // 1_000_000} MB."
                )
            entries = imports.read_upload(upload.read(), upload.name or "")
        except desk.IngestError as error:
            form.add_error("upload", str(error))
        else:
            batch = imports.start_import(
                name=form.cleaned_data["name"] or upload.name or "Import",
                created_by=request.user,
                entries=entries,
            )
            return redirect("import-detail", import_id=batch.pk)
    recent = ImportBatch.objects.select_related("created_by").order_by("-created_at")[:10]
    status = 400 if form.errors else 200
    return render(
        request,
        "imports/new.html",
        {"form": form, "recent": recent, "nav": "import"},
        status=status,
    )


@reviewer_required
@require_GET
def import_detail(request: HttpRequest, import_id: int) -> HttpResponse:
    batch = get_object_or_404(ImportBatch.objects.select_related("created_by"), pk=import_id)
    context = {"batch": batch, "progress": imports.progress(batch)}
    if wants_partial(request):
        response = render(request, "imports/detail.html#progress", context)
        if context["progress"].finished:
            # 286: htmx stops polling (and still swaps this last answer in).
            stop = HttpResponseStopPolling(response.content)
            stop["Content-Type"] = response["Content-Type"]
            return stop
        return response
    return render(request, "imports/detail.html", context)
