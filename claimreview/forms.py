from django import forms

from claimreview.dashboard import DASHBOARD_SORTS
from claimreview.desk import MAX_ARTICLE_BYTES, UPLOAD_EXTENSIONS
from claimreview.models import ArticleStatus, Verdict


class ArticleForm(forms.Form):
    title = forms.CharField(max_length=300)
    publication = forms.CharField(max_length=200, required=False)
    url = forms.URLField(max_length=2000, required=False, assume_scheme="https", label="URL")
    byline = forms.CharField(max_length=300, required=False)
    published_on = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"}), label="Published"
    )
    body = forms.CharField(
        required=False,
        strip=False,
        # The browser stops at the limit too; the server checks again (ingest.prepare).
        widget=forms.Textarea(attrs={"rows": 14, "maxlength": MAX_ARTICLE_BYTES}),
        help_text="Paste the article's text. Up to 1 MB; HTML is reduced to its text.",
    )
    upload = forms.FileField(
        required=False,
        label="…or upload a file",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(sorted(UPLOAD_EXTENSIONS))}),
        help_text="A .txt, .md or .html file in UTF-8.",
    )
    allow_duplicate = forms.BooleanField(
        required=False, label="Add it anyway (the same text is already here)"
    )

    def clean(self):
        cleaned = super().clean()
        has_body = bool((cleaned.get("body") or "").strip())
        if not has_body and not cleaned.get("upload") and "body" not in self.errors:
            raise forms.ValidationError("Paste the article's text or upload a file.")
        if has_body and cleaned.get("upload"):
            raise forms.ValidationError("Paste the text or upload a file, not both.")
        return cleaned


class VerdictForm(forms.Form):
    verdict = forms.ChoiceField(
        choices=[
            ("attributed", "Attributed"),
            ("disputed", "Disputed"),
            ("verified", "Verified"),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": "What do the sources show?"}),
    )
    attributed_to = forms.CharField(
        required=False, max_length=300, label="Said by", help_text="Who made this claim?"
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    request_id = forms.UUIDField(widget=forms.HiddenInput)


class SourceForm(forms.Form):
    url = forms.URLField(required=False, max_length=2000, label="URL", assume_scheme="https")
    citation = forms.CharField(required=False, max_length=500)
    title = forms.CharField(required=False, max_length=300)
    quote = forms.CharField(required=False, max_length=5000, label="Quoted passage")


SourceFormSet = forms.formset_factory(SourceForm, extra=2, max_num=10, absolute_max=10)


class DashboardForm(forms.Form):
    """The article list's filters; an invalid one falls back to "no filter", the rest stay."""

    q = forms.CharField(required=False, max_length=200, strip=True, label="Search titles")
    status = forms.ChoiceField(required=False, choices=[("", "Any status"), *ArticleStatus.choices])
    has_disputed = forms.BooleanField(required=False, label="Has disputed claims")
    sort = forms.ChoiceField(
        required=False,
        choices=[(key, label) for key, (label, _) in DASHBOARD_SORTS.items()],
        label="Sort",
    )

    def filters(self) -> dict:
        self.is_valid()  # cleaned_data then holds every field that was valid
        data = self.cleaned_data
        return {
            "query": data.get("q", ""),
            "status": data.get("status", ""),
            "has_disputed": data.get("has_disputed", False),
            "sort": data.get("sort") or "newest",
        }


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, strip=True, label="Search claims")
    verdict = forms.ChoiceField(
        required=False, choices=[("", "Any verdict"), *Verdict.choices], label="Verdict"
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=1000)
