from dataclasses import dataclass
from datetime import timedelta

from django import template
from django.utils import timezone
from django.utils.timesince import timesince

from claimreview.models import ArticleStatus, ReviewKind, Verdict
from claimreview.report import REPORT_ORDER, VERDICT_SYMBOLS
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


@register.simple_tag(takes_context=True)
def load_choices(context) -> str:
    """Puts the models' choice classes in the context, so a template compares with
    `Verdict.UNREVIEWED` or `ArticleStatus.SIGNED_OFF` instead of typing the value out."""
    context["Verdict"] = Verdict
    context["ArticleStatus"] = ArticleStatus
    context["ReviewKind"] = ReviewKind
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
