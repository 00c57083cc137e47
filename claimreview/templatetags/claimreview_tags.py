from dataclasses import dataclass
from datetime import timedelta

from django import template
from django.utils import timezone
from django.utils.timesince import timesince

from claimreview.desk import counters
from claimreview.models import ArticleStatus, QueueScope, ReviewKind, Verdict
from claimreview.report import GROUP_LABELS, REPORT_ORDER, VERDICT_SYMBOLS
from claimreview.text.checkworthy import THRESHOLD as CHECKWORTHY_THRESHOLD

register = template.Library()


@register.filter
def duration_short(value: timedelta | None) -> str:
    """A duration as an editor says it: "45 min", "5 h 20 min", "3 d 4 h"."""
    if value is None:
        return ""
    minutes = max(int(value.total_seconds() // 60), 0)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min"


@register.filter
def ago(value) -> str:
    """ "just now", "5 minutes ago", "3 weeks ago": one unit is enough on a busy table."""
    if value is None:
        return ""
    if timezone.now() - value < timedelta(minutes=1):
        return "just now"
    return f"{timesince(value, depth=1)} ago"


# --- one definition of each rule, handed to templates ----------------------------------------


@register.filter
def checkworthy(claim) -> bool:
    """The text engine's threshold, the same on every page (the desk, the article, the preview)."""
    return claim.checkworthy_score >= CHECKWORTHY_THRESHOLD


@register.simple_tag
def checkworthy_threshold() -> int:
    return CHECKWORTHY_THRESHOLD


@register.filter
def group_in(claim, article) -> str:
    """The claim's group in this article, by the desk's own counting rule (counters.bucket_name):
    boilerplate, not_queued, unreviewed, no_check or its verdict. For CSS classes (v-<group>)."""
    return counters.bucket_name(
        is_boilerplate=claim.is_boilerplate,
        verdict=claim.verdict,
        checkworthy_score=claim.checkworthy_score,
        scope=article.queue_scope,
    )


@register.filter
def group_label(group: str) -> str:
    """ "Not queued", "No check needed", "Verified"...: a group's name for people."""
    return GROUP_LABELS.get(group, group)


@register.filter
def not_queued_in(claim, article) -> bool:
    """Left out of the queue by the article's scope (check-worthy only): not needed for sign-off."""
    return group_in(claim, article) == counters.NOT_QUEUED


@register.simple_tag(takes_context=True)
def load_choices(context) -> str:
    """Puts the models' choice classes in the context, so a template compares with
    `Verdict.UNREVIEWED` or `ArticleStatus.SIGNED_OFF` instead of typing the value out."""
    context["Verdict"] = Verdict
    context["ArticleStatus"] = ArticleStatus
    context["ReviewKind"] = ReviewKind
    context["QueueScope"] = QueueScope
    return ""


@dataclass(frozen=True)
class VerdictRow:
    value: str
    label: str
    symbol: str  # shown next to the colour, so colour is never the only signal
    count: int | None = None


@register.simple_tag
def verdict_legend() -> list[VerdictRow]:
    """Every verdict (unreviewed too) in the report's order, with its label and symbol."""
    return [VerdictRow(v.value, v.label, VERDICT_SYMBOLS.get(v, "")) for v in REPORT_ORDER]


@register.simple_tag
def verdict_counts(article) -> list[VerdictRow]:
    """The legend with the article's counter for each verdict (`<verdict>_count`)."""
    return [
        VerdictRow(v.value, v.label, VERDICT_SYMBOLS.get(v, ""), getattr(article, f"{v}_count"))
        for v in REPORT_ORDER
    ]


@register.filter
def word_diff(old: str, new: str):
    """A changed sentence with the words it lost and gained marked (<del>, <ins>), escaped."""
    from claimreview.versions import word_diff as diff

    return diff(old or "", new or "")


@register.filter
def verdict_name(value: str) -> str:
    """A claim state's label from its stored value (a version's snapshot keeps values)."""
    return Verdict(value).label if value in Verdict.values else ""


@register.filter
def is_reviewed(value: str) -> bool:
    """A stored claim state that is a decision (a verdict or "no check needed")."""
    return value in Verdict.values and value != Verdict.UNREVIEWED
