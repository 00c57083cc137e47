"""Every value a page takes from a query string or a form goes through one of these forms.

Numbers are parsed strictly (`StrictIntegerField`): ASCII digits only, within the range the
column can hold, so "²", "٣", "1_0", " 1" and twenty-digit ids are refused as bad input (a 400,
or a dropped optional filter) instead of reaching int() or PostgreSQL.
"""

import re
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from claimreview.dashboard import DASHBOARD_SORTS
from claimreview.desk import (
    MAX_ARTICLE_BYTES,
    PRIORITY_RANGE,
    UPLOAD_EXTENSIONS,
    URL_SCHEMES,
    ArticleMetadata,
)
from claimreview.desk.verdicts import MAX_REVERT_REASON
from claimreview.models import (
    GIVEN_VERDICTS,
    NEEDS_EVIDENCE,
    NO_CHECK_KEY,
    STILL_HOLDS_KEY,
    VERDICT_KEYS,
    ArticleStatus,
    QueueScope,
    Verdict,
)

# The largest value of a PostgreSQL bigint (every id) and of an integer (versions).
MAX_BIGINT = 2**63 - 1
MAX_INTEGER = 2**31 - 1
_ASCII_INTEGER = re.compile(r"-?[0-9]{1,19}")


class StrictIntegerField(forms.IntegerField):
    """An integer written in ASCII digits (an optional leading minus), nothing else.

    Django's IntegerField calls int(), which also takes "٣" (Arabic-Indic three), "1_0",
    surrounding spaces and a trailing ".0"; and str.isdigit() is true for "²", which int()
    refuses. Here anything but plain digits is invalid, and min_value/max_value bound the range.
    """

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not isinstance(value, str):
            value = str(value)
        if not _ASCII_INTEGER.fullmatch(value):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return int(value)


class IdField(StrictIntegerField):
    """A row id: a positive bigint."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_BIGINT)
        kwargs.setdefault("widget", forms.HiddenInput)
        super().__init__(**kwargs)


def parse_id(value) -> int | None:
    """A strictly parsed id (see StrictIntegerField), or None if it is not one."""
    field = IdField(required=False)
    try:
        return field.clean(value)
    except ValidationError:
        return None


def _one_text(form: forms.Form, cleaned: dict) -> dict:
    """An article's text comes pasted or uploaded: one of them, not both. A file uploaded
    before a preview comes back with the next post as its text (`kept_text`): browsers never
    refill a file field, so the editor does not have to choose the file again to save it."""
    has_body = bool((cleaned.get("body") or "").strip())
    has_kept = bool((cleaned.get("kept_text") or "").strip())
    if (
        not has_body and not cleaned.get("upload") and not has_kept
        and "body" not in form.errors
    ):  # fmt: skip
        raise forms.ValidationError("Paste the article's text or upload a file.")
    if has_body and cleaned.get("upload"):
        raise forms.ValidationError("Paste the text or upload a file, not both.")
    return cleaned


class KeptUploadFields(forms.Form):
    """The text of a file uploaded before a preview, carried in the page (hidden) so that
    "Save" after "Preview" saves it. It is checked like any text (desk.prepare) when used."""

    kept_text = forms.CharField(required=False, strip=False, widget=forms.HiddenInput)
    kept_kind = forms.ChoiceField(
        required=False, widget=forms.HiddenInput,
        choices=[("", "")] + [(k, k) for k in sorted(set(UPLOAD_EXTENSIONS.values()))],
    )  # fmt: skip
    kept_name = forms.CharField(required=False, max_length=255, widget=forms.HiddenInput)

    def kept(self) -> tuple[str, str, str] | None:
        """(text, kind, file name) of the kept upload, if there is one to use."""
        data = self.cleaned_data
        if not (data.get("kept_text") or "").strip():
            return None
        return data["kept_text"], data.get("kept_kind") or "text", data.get("kept_name") or ""


class ArticleForm(KeptUploadFields):
    # Optional: the page's title, or else the first line of the text that is not boilerplate.
    title = forms.CharField(
        max_length=300,
        required=False,
        help_text="Leave it empty to use the page's title or the text's first line.",
    )
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
        help_text="Paste the article's text, or a web page's HTML (its article is found: menus, "
        "footer and related links are left out). Up to 1 MB.",
    )
    upload = forms.FileField(
        required=False,
        label="…or upload a file",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(sorted(UPLOAD_EXTENSIONS))}),
        help_text="A .txt or .md file, or a web page saved as .html, in UTF-8.",
    )
    allow_duplicate = forms.BooleanField(
        required=False, label="Add it anyway (the same text is already here)"
    )

    def clean(self):
        return _one_text(self, super().clean())

    def typed_metadata(self) -> ArticleMetadata:
        """The title and metadata the editor typed (empty where they left a field empty)."""
        data = self.cleaned_data
        return ArticleMetadata(
            title=data["title"].strip(),
            byline=data["byline"].strip(),
            published_on=data["published_on"],
            publication=data["publication"].strip(),
            url=data["url"].strip(),
        )


class ArticleUpdateForm(KeptUploadFields):
    """A new version of an article: the same text input and checks as ArticleForm, the version
    the editor is looking at (a newer one saved meanwhile means looking again), and an optional
    new title."""

    body = ArticleForm.base_fields["body"]
    upload = ArticleForm.base_fields["upload"]
    title = forms.CharField(
        max_length=300, required=False, label="New title",
        help_text="Leave it empty to keep the title.",
    )  # fmt: skip
    based_on = StrictIntegerField(
        widget=forms.HiddenInput, min_value=1, max_value=MAX_INTEGER, required=False
    )

    def clean(self):
        return _one_text(self, super().clean())


def _no_broken_text(value: str) -> None:
    """A body that was not valid UTF-8 reaches the form with U+FFFD where its bytes were."""
    if "\ufffd" in value:
        raise ValidationError(
            "This contains characters that are not valid text (the form was not sent as "
            "UTF-8). Type it again.",
            code="invalid_text",
        )


def _text(label: str, limit: int, **kwargs) -> forms.CharField:
    return forms.CharField(
        label=label, max_length=limit, validators=[_no_broken_text],
        error_messages={
            "max_length": f"{label} is at most {limit} characters.",
            "null_characters_not_allowed": f"{label} cannot contain NUL characters.",
        },
        **kwargs,
    )  # fmt: skip


class ArticleDetailsForm(forms.Form):
    """An article's title and metadata, edited by an editor (desk.edit_metadata); the text
    itself changes only through a new version."""

    title = _text("Title", 300)
    publication = _text("Publication", 200, required=False)
    byline = _text("Byline", 300, required=False)
    url = forms.URLField(
        label="URL", max_length=2000, required=False, assume_scheme="https",
        validators=[_no_broken_text],
        help_text="The original article's address: http:// or https:// only.",
        error_messages={
            "invalid": "Enter a web address starting with http:// or https://.",
            "max_length": "URL is at most 2000 characters.",
            "null_characters_not_allowed": "URL cannot contain NUL characters.",
        },
    )  # fmt: skip
    published_on = forms.DateField(
        label="Published", required=False, widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter the publication date as a date (YYYY-MM-DD)."},
    )  # fmt: skip
    # The details as the editor saw them (desk.details_fingerprint): a save over an edit made
    # meanwhile is refused, not a silent undo of it.
    seen = forms.RegexField(
        regex=r"^[0-9a-f]{64}$", required=False, widget=forms.HiddenInput,
        error_messages={"invalid": "Open the edit page again: the form was incomplete."},
    )  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].error_messages["required"] = "An article needs a title."
        # Only web addresses: no javascript:, data:, ftp: or file: links on the article page.
        self.fields["url"].validators = [
            v for v in self.fields["url"].validators if not isinstance(v, URLValidator)
        ] + [URLValidator(schemes=list(URL_SCHEMES))]

    def metadata(self) -> ArticleMetadata:
        data = self.cleaned_data
        return ArticleMetadata(
            title=data["title"], publication=data["publication"], byline=data["byline"],
            url=data["url"], published_on=data["published_on"],
        )  # fmt: skip


@dataclass(frozen=True)
class VerdictOption:
    """One verdict as the desk offers it: the radio, its shortcut key, where typing starts."""

    value: str
    label: str
    key: str
    needs_evidence: bool
    focus: str  # the id of the field a reviewer fills next


# From the one verdict list in models: the radios, their keys (data-key for the script) and
# which need evidence, in the desk's order.
VERDICT_OPTIONS = tuple(
    VerdictOption(
        value=verdict.value,
        label=verdict.label,
        key=VERDICT_KEYS[verdict],
        needs_evidence=verdict in NEEDS_EVIDENCE,
        # Attributed needs the source's name, the others a note.
        focus="id_attributed_to" if verdict == Verdict.ATTRIBUTED else "id_note",
    )
    for verdict in GIVEN_VERDICTS
)


class VerdictForm(forms.Form):
    verdict = forms.ChoiceField(
        choices=[(option.value, option.label) for option in VERDICT_OPTIONS],
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
    version = StrictIntegerField(widget=forms.HiddenInput, min_value=1, max_value=MAX_INTEGER)
    request_id = forms.UUIDField(widget=forms.HiddenInput)
    # The queue's article filter, carried so the next claim comes from the same article.
    article = IdField(required=False)

    options = VERDICT_OPTIONS
    needs_evidence = tuple(option for option in VERDICT_OPTIONS if option.needs_evidence)


class StillHoldsForm(forms.Form):
    """ "Still holds" (key h): the verdict from before a text change carried to the new text, over
    the claim version the reviewer saw, once per request id."""

    version = StrictIntegerField(widget=forms.HiddenInput, min_value=1, max_value=MAX_INTEGER)
    request_id = forms.UUIDField(widget=forms.HiddenInput)
    article = IdField(required=False)

    key = STILL_HOLDS_KEY
    label = "Still holds"


class VersionsForm(forms.Form):
    """Which two versions of an article to compare (`?from=1&to=2`)."""

    a = StrictIntegerField(required=False, min_value=1, max_value=MAX_INTEGER, label="From")
    b = StrictIntegerField(required=False, min_value=1, max_value=MAX_INTEGER, label="To")


class NoCheckForm(forms.Form):
    """ "No check needed" (a triage outcome, not a verdict): the claim version the reviewer saw
    and a one-time request id of its own, like the verdict form; its key comes from models."""

    version = StrictIntegerField(widget=forms.HiddenInput, min_value=1, max_value=MAX_INTEGER)
    request_id = forms.UUIDField(widget=forms.HiddenInput)
    # The queue's article filter, carried so the next claim comes from the same article.
    article = IdField(required=False)

    key = NO_CHECK_KEY
    label = Verdict.NO_CHECK.label


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

    page = StrictIntegerField(required=False, min_value=1, max_value=MAX_BIGINT)

    def filters(self) -> dict:
        self.is_valid()  # cleaned_data then holds every field that was valid
        data = self.cleaned_data
        return {
            "query": data.get("q", ""),
            "status": data.get("status", ""),
            "has_disputed": data.get("has_disputed", False),
            "sort": data.get("sort") or "newest",
        }

    def page_number(self) -> int:
        """The page asked for; a bad one is page 1, one past the end the last page."""
        self.is_valid()
        return self.cleaned_data.get("page") or 1


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, strip=True, label="Search claims")
    verdict = forms.ChoiceField(
        required=False, choices=[("", "Any verdict"), *Verdict.choices], label="Verdict"
    )
    page = StrictIntegerField(required=False, min_value=1, max_value=1000)


class QueueForm(forms.Form):
    """The queue's optional article filter (`?article=`)."""

    article = IdField(required=False)


class RevertForm(forms.Form):
    review = IdField(
        error_messages={
            key: "Choose a history entry to revert to."
            for key in ("required", "invalid", "min_value", "max_value")
        }
    )
    # Why: kept in the history entry the revert makes (desk.revert checks it too).
    reason = forms.CharField(
        max_length=MAX_REVERT_REASON,
        error_messages={
            "required": "Say why you revert: the reason goes into the claim's history.",
            "max_length": f"A reason is at most {MAX_REVERT_REASON} characters.",
            "null_characters_not_allowed": "A reason cannot contain NUL characters.",
        },
    )


class ClaimPageForm(forms.Form):
    """The claim page's query string: a split to preview, an earlier verdict to use."""

    split = StrictIntegerField(
        required=False, min_value=1, max_value=MAX_INTEGER,
        error_messages={
            key: "Choose where to split the claim."
            for key in ("invalid", "min_value", "max_value")
        },
    )  # fmt: skip
    use = IdField(
        required=False,
        error_messages={
            key: "That is not a claim number." for key in ("invalid", "min_value", "max_value")
        },
    )


class MergeForm(forms.Form):
    # Which neighbour the claim is joined with; a plain "merge" is with the next claim.
    direction = forms.ChoiceField(
        choices=[("next", "next"), ("previous", "previous")],
        required=False,
        error_messages={"invalid_choice": "Merge with the next or the previous claim."},
    )


class SplitForm(forms.Form):
    # The character after which the claim is cut; the desk checks it against the claim.
    at = StrictIntegerField(
        min_value=1,
        max_value=MAX_INTEGER,
        error_messages={
            key: "Choose where to split the claim: a number of characters."
            for key in ("required", "invalid", "min_value", "max_value")
        },
    )


class BoilerplateForm(forms.Form):
    is_boilerplate = forms.ChoiceField(choices=[("1", "mark"), ("0", "restore")])

    def mark(self) -> bool:
        return self.cleaned_data["is_boilerplate"] == "1"


class PriorityForm(forms.Form):
    priority = StrictIntegerField(
        min_value=PRIORITY_RANGE[0],
        max_value=PRIORITY_RANGE[1],
        label="Queue priority",
        error_messages={
            "invalid": "Priority must be a whole number.",
            "required": "Priority must be a whole number.",
        },
    )


class QueueScopeForm(forms.Form):
    scope = forms.ChoiceField(
        choices=QueueScope.choices,
        widget=forms.RadioSelect,
        label="Queue",
        error_messages={
            key: "Choose which claims to queue: all claims, or check-worthy only."
            for key in ("required", "invalid_choice")
        },
    )


def first_error(form: forms.Form) -> str:
    """The form's first error message, for a one-line notice."""
    for errors in form.errors.values():
        for error in errors:
            return f"{error}"
    return "That request was not valid."
