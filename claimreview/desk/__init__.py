"""The desk core: every change to articles and claims goes through these functions.

Views, admin actions, management commands, the data generator (and later the API and background
tasks) call what this package exports; nothing else writes an article's state, counters or
status, or a claim's verdict, lease, version or position. Inside:

- `locks`: the lock protocol, written once (the article row first, then claims in position order);
- `counters`: the one owner of the article's counters and the status rule;
- `changes`: the step every claim change ends with (version, lease, history, counters);
- `ingest`: article text in, article and claim rows out (`webpage`: a saved page's article and
  metadata; `metadata`: the title, byline and date found when nobody typed them);
- `queue`: handing out claims under leases, skips, expired leases;
- `verdicts` (verdicts, "no check needed" and its undo, reverts, "still holds"), `corrections`,
  `articles` (sign-off, priority, queue scope, title and metadata): the changes people make;
- `versions` (with `align`, plain Python): a new version of an article, every review that still
  stands carried over;
- `reanalyze`: new hints after a text-engine upgrade, verdicts untouched;
- `import_article` (in `ingest`): an imported article made once per import key.
"""

from claimreview.desk.articles import (
    PRIORITY_RANGE,
    URL_SCHEMES,
    DetailsConflict,
    details_fingerprint,
    edit_metadata,
    metadata_of,
    set_priority,
    set_queue_scope,
    sign_off,
)
from claimreview.desk.changes import SourceData
from claimreview.desk.corrections import (
    merge_with_next,
    merge_with_previous,
    set_boilerplate,
    split_claim,
)
from claimreview.desk.errors import ClaimGone, ClaimRetired, DeskError, IngestError
from claimreview.desk.ingest import (
    MAX_ARTICLE_BYTES,
    UPLOAD_EXTENSIONS,
    PreparedArticle,
    create_article,
    decode_upload,
    find_duplicates,
    import_article,
    prepare,
)
from claimreview.desk.metadata import ArticleMetadata
from claimreview.desk.queue import extend_lease, next_claim_for, release_expired, skip
from claimreview.desk.reanalyze import reanalyze_article
from claimreview.desk.verdicts import (
    SaveResult,
    mark_no_check,
    revert,
    still_holds,
    submit_verdict,
    undo_no_check,
    validate_verdict,
)
from claimreview.desk.versions import Plan, UpdateResult, update_article
from claimreview.desk.versions import preview as preview_update

__all__ = [
    "MAX_ARTICLE_BYTES",
    "PRIORITY_RANGE",
    "UPLOAD_EXTENSIONS",
    "URL_SCHEMES",
    "ArticleMetadata",
    "ClaimGone",
    "ClaimRetired",
    "DeskError",
    "DetailsConflict",
    "IngestError",
    "Plan",
    "PreparedArticle",
    "SaveResult",
    "SourceData",
    "UpdateResult",
    "create_article",
    "decode_upload",
    "details_fingerprint",
    "edit_metadata",
    "extend_lease",
    "find_duplicates",
    "import_article",
    "mark_no_check",
    "merge_with_next",
    "merge_with_previous",
    "metadata_of",
    "next_claim_for",
    "prepare",
    "preview_update",
    "reanalyze_article",
    "release_expired",
    "revert",
    "set_boilerplate",
    "set_priority",
    "set_queue_scope",
    "sign_off",
    "skip",
    "split_claim",
    "still_holds",
    "submit_verdict",
    "undo_no_check",
    "update_article",
    "validate_verdict",
]
