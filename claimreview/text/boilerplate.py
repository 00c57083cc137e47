"""Boilerplate: the page furniture that comes along when an article is copied from the web.

Marked, never deleted: a boilerplate sentence stays in the body, greyed on screen and kept out of
the queue, and an editor can restore it. Precision matters more than recall (hiding a real claim is
the worse error).

Stages, after jusText and trafilatura, which judge a block by its shape and its neighbours
rather than by remembered sentences:

1. Each sentence is judged on its own by its shape (`classify`): a line of short segments
   between separators ("Home | World"), a byline ("By A Name, Role"), a line of nothing but dates
   and times ("Published 3 May 2026, 10:02 BST"), a credit ("Photo: ...", "AGENCY/A Name",
   "(Reporting by ...)"), a funding note, a call to action addressed to the reader (subscribe,
   sign in, follow, share, email us), a cookie or consent notice (by the density of its
   vocabulary), a price line, a copyright line. A sentence that reads like reporting (a said-verb
   and a clause) is never furniture, except a copyright or credit line.
2. Blocks take in their neighbours (`mark`): the headlines listed under a "Related" or "Read more"
   label; short labels ("Live", "Key points", "Comments") that stand on their own line next to
   furniture; and the unpunctuated lines (related headlines, section names) before the first or
   after the last sentence of reporting, when furniture is there too. A line of reporting — a
   whole sentence ending in a full stop — always stops the spread.
3. A last pass by shape alone (`ShapedPage`, weights in `shape_weights.py`): what the rules
   left is scored on a few dozen features of its form and its place — length, a verb, closing
   punctuation, capitals, separators, figures, a link, words addressed to the reader, the density
   of the rules' own furniture words, an imperative opening, whether it stands in the first
   tenth or the last sixth of the page and whether its neighbours are furniture. The weights are
   a logistic regression fitted on the labelled tuning sets (`python -m tests.text.train_shape`),
   never on the held-out ones. It grows the rules' blocks (a line within two of their
   furniture, at odds of 0.8) and finds blocks they missed only from lines with a sign of
   furniture of their own (at 0.95); it never judges a sentence of prose, a sentence in a
   paragraph of the story, a heading over the story, a speaker's turn, a row of figures, the
   title line or anything in a short paste (`ShapedPage.bar`).
4. A last pass by wording (`_mark_by_wording`, weights in `furniture_weights.py`): the lines
   still kept on a page, weighed by their words and word pairs beside the shape pass's features,
   where a site words its furniture its own way and in prose ("Members read every local story
   in full …"); an L1-penalised logistic regression fitted with the check-worthy pass's by
   `python -m tests.text.train_wording`, hiding a line only at odds of 0.9, never the title
   line, a fact box's line, a sentence in a paragraph of the story or a correction.
"""

import math
import re
from collections import Counter
from itertools import pairwise, takewhile

from claimreview.text.furniture_weights import BIAS as WORDING_BIAS
from claimreview.text.furniture_weights import WEIGHTS as WORDING_WEIGHTS
from claimreview.text.patterns import (
    ATTRIBUTABLE_TO,
    AUXILIARY,
    CHAT_OPENINGS,
    CHAT_SENDER,
    CHAT_STAMP,
    CHAT_TIME,
    CITATION,
    CITATION_OPENINGS,
    CONDITION,
    COUNT_ROW,
    FINITE_VERB,
    IMPERATIVE,
    LIST_MARKS,
    LIST_NUMBER,
    MEDIA_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    QUOTATION_MARK,
    UPPER,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    folded,
    wording,
)
from claimreview.text.shape_weights import BIAS, WEIGHTS
from claimreview.text.speakers import (
    NAME_PARTICLES,
    ORG_WORDS,
    ROLE_WORDS,
    person_name,
    timed_speakers,
)

_MAX_CHARS = 400  # a cookie notice runs long; anything longer is prose, never furniture
_MAX_WORDS = 16  # the anchored call-to-action and label rules only apply to short lines
_MONTHS = " ".join(month.lower() for month in [*MONTHS, *MONTH_ABBREVIATIONS])
_MONTH_NAMES = "|".join(sorted(_MONTHS.split(), key=len, reverse=True))
# The months in Spanish, French, Portuguese, Italian and German, as dates on pasted pages give
# them ("14 de junio de 2024", "le 3 mars 2025").
_MONTHS_ABROAD = (
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre"
    " diciembre janvier février fevrier mars avril mai juin juillet août aout septembre octobre"
    " novembre décembre decembre janeiro fevereiro março maio junho julho setembro outubro"
    " dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre januar"
    " februar märz juni juli oktober dezember"
)
_MONTH_NAMES_ABROAD = "|".join(_MONTHS_ABROAD.split())
_DAYS = " ".join(day.lower() for day in [*WEEKDAYS, *WEEKDAY_ABBREVIATIONS])
_DAY_NAMES = "|".join(_DAYS.split())

# --- stage 1: one sentence, by its shape ----------------------------------------------------

# "Read also" in the languages of pages pasted from abroad, a link's label standing alone.
# The words of a link to the story before or after this one ("« Previous: …", "Next article:").
_TURN_WORDS = "previous|prev|next|older|newer"
_READ_ALSO_ABROAD = (
    "baca juga|lee también|leia também|lesen sie auch|lire aussi|leggi anche|lees ook"
    "|czytaj (?:też|także|również)|läs också|les også|læs også"
)

# A name as a credit gives it: capitalised words with the particles names hold.
_CREDITED = r"(?-i:[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|van|von|de|der|da|del|la|le|al|bin)){0,4})"
# A person's name in a credit: two to four capitalised words, none a headline's small word.
_CREDITED_PERSON = (
    r"(?-i:[A-Z][\w'’.-]*(?: (?!(?:After|Amid|And|As|At|For|From|In|Into|Of|On|Over|The|To"
    r"|With)\b)[A-Z][\w'’.-]*){1,3})"
)
# Days and months, the words an embargo line's date may hold ("Embargoed until 00:01, Tuesday").
_WHEN_NAMES = "|".join([*WEEKDAYS, *MONTHS])
_ANCHORED_RULES: list[tuple[str, str]] = [
    (
        "subscription prompt",
        r"already a (?:subscriber|member)\b.*|(?:already one|member already|subscriber already)\?"
        # (a newsletter's to the one it was passed to: "If someone forwarded you this, you can
        # get your own copy, free.")
        r"|if (?:someone|a friend|a colleague) (?:forwarded|sent|shared) (?:you )?this\b.*"
        r"|not (?:yet )?(?:a|an) (?:member|subscriber|insider)\?"
        # (the scheme by its own name: "Already an Insider?", "Already a Plus reader?")
        r"|already (?:a|an) (?-i:[A-Z])[\w'’+-]*(?: (?-i:[A-Z])[\w'’+-]*)?"
        r"(?: (?:member|subscriber|reader))?\?"
        # (the end of what a paywall lets through: "This is where the free preview ends.")
        r"|this is where (?:the|your) (?:free )?(?:preview|sample|excerpt|extract) ends[.!]?"
        # ("Stay up to date with the Korowai Times newsletter.")
        r"|stay (?:up to date|up-to-date|informed|in the know) with (?:the |our )?[^.!?]{0,40}"
        r"\b(?:newsletters?|podcast|briefing)\.?"
        r"|subscribe\b.*|unlock (?:this|the|full|every)\b.*"
        r"|get full access\b.*|offer ends\b.*|cancel or pause any ?time\.?"
        # (the ask before the rest: "Before you keep reading: our coverage is paid for …")
        r"|before you (?:keep|continue|go on) reading\b.*"
        # (a newsletter platform's ask: "To receive new posts and support my work, consider
        # becoming a free or paid subscriber.")
        r"|to (?:receive|get) new posts and support (?:my|our) work\b.*"
        r"|upgrade to (?:paid|premium|pro|a paid (?:subscription|plan))\b.*"
        # (a newsletter's ask to pass it on: "Forwarded this by a friend?", "If this was useful,
        # pass it on to a neighbour …", "Every share helps.")
        r"|(?:was this |were you )?forwarded (?:this|to you)\b[^.!]{0,40}\?"
        r"|if (?:this|you found this|you liked this|you enjoyed this)(?: was| is)?"
        r" (?:useful|helpful|interesting|worth reading)\b[^,]{0,20}, (?:pass|forward|share)"
        r" (?:it|this)(?: on)?\b(?![^.!?]*,\s*(?:\w+\s+){0,4}(?:said|says|advised|added|told))"
        r"[^.!?]*[.!]?"
        r"|every (?:share|subscription|forward) helps\.?"
        # ("If you've been reading for free, consider upgrading to a paid subscription …")
        # ("If you've opened this every week in November, consider becoming a member for $6 a
        # month.")
        r"|(?:if you(?:['’]ve| have) (?:been (?:reading|enjoying)|opened|read|enjoyed)\b"
        r"[^,]{0,50}, )?consider (?:upgrading to|becoming|taking out) an? (?:(?:paid|premium"
        r"|paying) (?:subscription|subscriber|member|membership|plan)\b.*"
        # (without "paid", the ask and its price alone: not "Consider becoming a member of the
        # credit union, the regulator advised savers.")
        r"|(?:member|supporter|patron|subscriber)(?: for (?:just |only )?[£$€]\s?\d[\d.,]*"
        r"(?: a| per) (?:month|week|year))?[.!]?)"
        r"|want (?:more )?(?:news|stories|updates|alerts) like this\b.*"
        r"|(?:only )?[£$€]\d+(?:\.\d+)? for (?:\d+|one|two|three|six|12) (?:months?|weeks?)\b.*"
        # ("Just R1 for the first month.", "Only ₹49 for your first month")
        r"|(?:just |only )?(?:[£$€₹₦]|R|Rs\.? ?|RM ?|KSh ?|S\$|A\$)\d+(?:\.\d+)? for"
        r" (?:the |your )?first (?:month|week|year|\d+ (?:months|weeks))\.?"
        r"|(?:start|get|try) (?:your )?"
        r"(?:free )?trial.*|become a (?:member|subscriber).*|join (?:now|today|us)\b.*"
        r"|(?:you have|you've) (?:reached|read|used) .*\b(?:free )?(?:articles?|stories|limit)\b.*"
        r"|you have (?:\w+ (?:of \w+ )?)?(?:free |gift )?(?:articles?|stories|reads?)"
        r" (?:left|remaining)\b.*"
        # (a meter's count however it is worded: "This is your 3rd of 5 free articles this
        # month.")
        r"|[^.!?]{0,30}\b\w+ of your \w+ free (?:articles?|stories|reads)\b[^.!?]{0,30}[.!]?"
        r"|[^.!?]{0,30}\byour \w+ of \w+ free (?:articles?|stories|reads)\b[^.!?]{0,30}[.!]?"
        # (the wall's word to a subscriber: "This is a Premium story.", "You're reading this as
        # a subscriber.", "You are reading it because you are a subscriber; thank you.")
        r"|this is an? (?:premium|subscriber|subscribers['’]?|members['’]?|member|plus|insider)"
        r"(?:-only| only| exclusive)? (?:story|article|read)\.?"
        r"|this is an? (?:subscriber|subscribers['’]?|members['’]?|member)-only feature\.?"
        r"|you(?:['’]re| are) reading (?:this|it)(?: story| article)?(?: for free)? (?:as an?"
        r"|because you(?:['’]re| are) an?) (?:subscriber|member|supporter)\b[^.!?]{0,40}[.!]?"
        r"|this (?:article|story) is free (?:for|to) (?:registered|signed-in) (?:readers|users)\b.*"
        r"|get the print (?:edition|magazine|paper)\b.*|.*\brequires? a subscription\b.*"
        r"|this (?:article|story|content) is (?:for|available to|only available to|exclusive to)"
        r" (?:subscribers|members).*"
        r"|this (?:article|story|content) is (?:for|only for|(?:only )?available (?:in full )?"
        r"(?:only )?to|exclusive to)"
        r" (?:our |paying |premium |digital |(?-i:[A-Z])[\w'’+]* ){1,3}(?:subscribers|members)\.?"
        r"|get (?:the|our) (?:paper|newspaper) delivered\b.*"
        r"|to (?:continue|keep) reading.*|unlimited (?:digital )?access\b.*"
        r"|(?:you can )?cancel (?:at )?any ?time\.?"
        r"|(?:commenting|comments?) (?:is|are) (?:a privilege|reserved|moderated|for subscribers"
        r"|open to subscribers)\b.*"
        r"|(?:please )?(?:keep|be|stay) (?:it )?(?:civil|respectful|kind|on topic)\b.*"
        r"|best value|most popular|support (?:\w+ ){0,2}journalism.*"
        r"|(?:read|get) \d+ free articles.*|(?:half|50%) (?:the|off the) price\.?"
        r"|join (?:from|for) (?:just |only )?[£$€]\s?\d[\d.,]*\b.*"
        r"|pay (?:based on use|as you go)\.?|(?:standard|premium) digital\.?",
    ),
    (
        "sign-in prompt",
        r"(?:sign in|log ?in|sign up|register|create (?:an|a free) account)"
        r"(?: or (?:log ?in|sign in|sign up|register|subscribe))?"
        r"(?: (?:to|for|now|here|with).*)?[.!]?|already have an account\??"
        r"|(?:don't|do not) have an account\??.*|enter your e-?mail(?: address)?\.?|e-?mail address"
        r"|thank you for (?:signing up|subscribing)\b.*|you['’]re all set\b.*"
        # (a newsletter's and a long read's last line: "Thank you for staying to the end.")
        r"|thank you for (?:staying|reading)(?: (?:to|till|until) the end| this far| all the"
        r" way(?: through)?)?[.!]?"
        # (and its ask: "Liked this story?", "Enjoyed this newsletter?")
        r"|(?:liked|enjoyed|like|love) this (?:story|article|post|newsletter|piece|edition)\?"
        r"|forgot(?:ten)? (?:your )?(?:password|username)\??"
        r"|something went wrong(?:[,.]? please try again(?: later)?)?[.!]?"
        # (a sign-up form's other states: "Sorry, there seem to be some issues.", "Please try
        # again later.", "Submitting...")
        r"|sorry,? there (?:seems? to be|was|has been) (?:some |an? )?(?:issues?|problems?"
        r"|errors?)[.!]?|please try again(?: later)?[.!]?"
        r"|submitting\s*(?:…|\.\.\.)?",
    ),
    (
        "price line",
        r"(?:(?:annual|monthly|weekly|yearly|digital|print)\s+)?"
        r"(?:[£$€¥]\s?\d[\d,.]*\s*)+(?:(?:/|per|a)\s*(?:month|week|year|day|mo|yr)\b.*)?"
        r"|(?:annual|monthly|weekly|yearly)\s+(?:[£$€¥]\s?\d[\d,.]*\s*)+.*"
        # (a shopping box's price at its shop, no more: "£189.99 at Hexmarket")
        r"|(?:from )?[£$€¥₹]\s?\d[\d,.]* at (?-i:[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})",
    ),
    (
        "cookie or legal notice",
        r"we use (?:some |a few |only )?(?:essential |necessary |strictly necessary |analytics )?"
        r"cookies\b.*|we(?:['’]d| would) (?:also )?like to (?:use|set) (?:\w+ )?cookies\b.*"
        # (an embed's consent note: "This content is provided by YouTube, which may be using
        # cookies and other technologies.")
        r"|this (?:content|embed|video|post|player) is (?:provided|hosted|served) by"
        r" (?:youtube|x|twitter|facebook|instagram|tiktok|vimeo|spotify|soundcloud|datawrapper"
        r"|flourish)(?:, which (?:may|might|uses?|sets?)\b[^!?]{0,100})?[.!]?"
        r"|we (?:value|respect|care about) your privacy\b.*|your privacy matters\b.*"
        r"|(?:accept|reject|allow|decline|refuse|agree to|manage|customi[sz]e|confirm)"
        r"(?: all| my)?(?: cookies| options| choices| preferences| settings| and close)?"
        r"|(?:manage|cookie|privacy|consent) (?:preferences|settings|options|choices)\.?"
        r"|your privacy,? your choices?\.?|do not sell(?: or share)? my personal \w+\.?"
        # (a print view's terms: "This printout is for your personal, non-commercial use.")
        r"|this (?:printout|print(?:ed)? copy|copy) is for your (?:own )?personal,? non-?commercial"
        r" use\b.*"
        # (a notice over an embedded post or video, asking leave to load it: "Recommended
        # editorial content", "At this point you will find external content from X …", "You
        # can display it with one click …", "Personal data may be transmitted to third-party
        # platforms …", "Show external content")
        r"|(?:recommended|suggested) editorial content|(?:always )?(?:show|load|display|allow"
        r"|activate) (?:all )?external content|.{0,40}\byou will find external content\b.*"
        # ("Embedded post", "At this point the article contains a post from an external
        # platform.", "We only load it if you agree, …")
        r"|embedded (?:post|content|video|tweet|map|media|social media post)"
        r"|at this point,? (?:the|this) article contains (?:an? )?(?:\w+ )?(?:post|video|content"
        r"|tweet|map|graphic|media) from (?:an? )?(?:external|third-party|social media)\b.*"
        r"|we (?:only )?load (?:it|this|the (?:post|content|video)) (?:only )?if you"
        r" (?:agree|consent)\b.*"
        r"|i agree to (?:external|third-party) content being (?:shown|displayed|loaded)\b.*"
        r"|you can (?:display|show|load) (?:it|this|them|the content) with (?:one|a single)"
        r" click\b.*|personal data may be (?:transmitted|transferred|sent|passed on) to"
        r" third[- ]part(?:y|ies)\b.*",
    ),
    (
        "related links",
        r"more in this section|more (?:from|on|in) (?:this|the) (?:topic|section|story|series)"
        # (a topic's label over its links, in capitals: "MORE ON THE ELECTION")
        r"|(?-i:MORE (?:ON|ABOUT) (?:THE |THIS )?[A-Z'’ -]{3,30})"
        r"|related(?: (?:articles|stories|content|topics|coverage|reading|reads|links|news|posts"
        r"|videos))?|related (?:tags|topics)\s*:.*"
        r"|related (?:video|audio|podcast|gallery)\s*:.*"
        # (a live page's list of earlier items: "2h ago - State of emergency declared …")
        r"|\d{1,2} ?(?:h|hr|hrs|m|min|mins|hours?|minutes?) ago\s*[-–—·|]\s.*"
        # (a results or data widget's provider: "Results powered by Chronoroue")
        r"|(?:results|live scores|scores|data|stats|statistics|timing|match cent(?:re|er))"
        r" (?:are )?powered by .{1,40}"
        # A way back to a page's parts (behind an arrow, to anywhere: `_WAY_BACK`; "Back to
        # school" is a headline)
        r"|(?:back|return) to (?:the )?(?:home ?page|home|list|results|search results|section)"
        # (a widget's list after its label: "Trending: Water Crisis   Metro Phase 2")
        r"|trending(?: now| topics| stories)?: .*"
        r"|read more(?::.*)?|read next(?::.*)?|also read|read also|must read|don't miss"
        # (a link to the story before or after this one: "« Previous: A headline", "Next
        # article: A headline"; a bare "Next:" may open a story's own what-happens-next line,
        # so only behind an arrow, or before one: `_TURN_LINK`)
        rf"|[«‹←]\s*(?:{_TURN_WORDS})\b.*"
        rf"|(?:{_TURN_WORDS}) (?:article|story|post|item)\s*[:›»→].*"
        # (and "read also" in the languages of pages pasted from abroad, with its link's
        # headline after a colon: "Lee también: Viña del Mar aprueba …")
        rf"|(?:{_READ_ALSO_ABROAD})(?::.*)?"
        r"|most (?:read|viewed|shared"
        r"|popular)(?: (?:today|now|right now|this (?:hour|week|month|year)"
        r"|in the (?:last|past) (?:hour|day|24 hours|week)))?"
        r"|recommended(?: for you| reading)?|see also:.*|also read:.*|also of interest"
        # The ad slot's label, whatever its slot says after a separator ("Advertisement ·
        # Keep scrolling for the rest of the story"); after a colon or a dash, only the slot's
        # words ("Advertisement: the council's poster campaign was banned …" is news).
        r"|advertisement(?:\s*[·•|]\s*[^.!?]{0,60}| ?[-–—:] ?(?:scroll|continue|story)\b.*"
        r"| \d{1,2})?"  # (a numbered slot: "Advertisement 3")
        r"|(?:at a glance|key facts|key figures|fast facts|quick facts|match facts|fact ?box"
        r"|quick summary"
        r"|jargon buster|glossary|timeline|disclaimers?"
        r"|in brief|in numbers|by the numbers|chapters|poll|public notices|obituaries|classifieds"
        r"|death notices)"
        r"|(?:summary|show notes):?"  # (a box's or a podcast page's label, alone on its line)
        # (a series' label with the part: "Series: Locked In, Left Behind — Part 2 of 4")
        r"|series\s*:[^.!?]{1,80}\bpart \d{1,2} of \d{1,2}"
        r"|(?:up next|recently played|on air(?: now)?|next episode|previous episode|explainer"
        r"|corrections (?:&|and) clarifications|how we use ai|nostalgia)\b[^:]{0,20}: .*"
        # (a player's next clip with its running time: "Autoplay next: A headline (1:48)")
        # (a clip's minutes, one figure: "(13:20)" is a live page's clock)
        r"|(?:autoplay next|next up|playing next|watch next)\s*: .{1,120}(?:\(\d:[0-5]\d\)"
        r"|\s{2,}\d:[0-5]\d|[·|]\s*\d:[0-5]\d)"
        # (a station's schedule, a station by its name's end, "… TV", "… FM", "… 11", and times
        # by the clock after it: "Tonight on SHTV 11: Prime Time News at 7 p.m. · …", "Next on
        # Thamalakane FM: Lunchtime Requests, 12:00–14:00"; not "Today on Wall Street: the Dow
        # fell 1.25% …")
        r"|(?:tonight|today|next|coming up|up next|later|this (?:morning|afternoon|evening"
        r"|weekend)) on (?-i:[A-Z][\w'’&-]*(?: [\w'’&-]+){0,3}? (?:TV|FM|AM|Radio|Channel|\d{1,3}))"
        r": [^!?]*?\b\d{1,2}(?::\d\d|\.\d\d\s?(?:a\.m\.|p\.m\.|am|pm)"
        r"|\s?(?:a\.m\.|p\.m\.|am|pm)\b).*"
        # (a feed's note on why it shows the story: "Why you're seeing this: you follow …")
        r"|why (?:you['’]re|you are|am i) seeing this(?::.*|\??)"
        # In capitals only: a widget's or a classified column's label ("TRAFFIC: 4 incidents",
        # "FOR SALE: Hay"); "Traffic: the M4 is closed …" in a live blog is news.
        r"|(?-i:TRAFFIC|POLLEN|CLOSINGS|FOR SALE|WANTED|TO LET)\b[^:]{0,20}: .*"
        # (and a TV station's count of closures in any case: "Closings & Delays: 14")
        r"|closings (?:&|and) delays\s*(?::\s*\d{1,4}|\(\d{1,4}\))?"
        # A link's label in capitals before a headline: "READ: Classes suspended …", "WATCH |".
        # (and a longer label in capitals: "YOU MAY LIKE TO READ |", "ALSO ON THE BILBY:")
        r"|(?-i:READ|WATCH|LISTEN|SEE|RELATED"
        r"|(?:[A-Z][A-Z'’]* ){0,4}ALSO (?:ON|READ|SEE|WATCH|LISTEN)\b(?: [A-Z][A-Z'’]*){0,4}"
        r"|(?:[A-Z][A-Z'’]* ){1,5}(?:READ|WATCH|LISTEN))\s*[:|] .*"
        # (a headline after the label, never a sentence: "ALSO ON THE AGENDA: a plan to … 20%.")
        r"(?<![.!?”\"])"
        r"|read the (?:full )?transcript\b.*|read aloud|report an? (?:error|issue|problem|typo)"
        r"|ask (?:a question|our (?:reporters?|experts?|team)\b.*)|sign me up!?|count me in!?"
        r"|keep up with (?:the )?(?:news|latest)\b.*|why (?:you can )?trust us\b.*"
        r"|(?:story|article) continues (?:after|below) (?:the )?video"
        r"|(?:share (?:on|via) \w+\s*){2,}|[-–—]\s*advertisement\s*[-–—]"
        r"|continue reading(?: below| here)?\W*"
        # (the paywall's offer: "Continue reading with Arthvani Premium, from ₹99 a month.")
        r"|continue reading (?:with|for) [^.]{1,60}(?:\d|free|subscri|premium|plus)[^.]{0,40}\.?"
        # a player's length: "Duration: 2:31", "VIDEO  1:52", "Video runtime 2:05", "6 minutes"
        r"|(?:(?:video|audio)(?: runtime| length| duration)?|duration|runtime):?\s+\d{1,2}:\d{2}"
        r"(?::\d{2})?|duration:? \d{1,3} (?:min(?:ute)?s?|seconds|secs?)"
        r"|(?:[▶►]\s*)?(?:tap|click)(?: here)? to (?:unmute|play|listen|watch)\b.*"
        # (a strip's link: "Tap for the map.", "Tap for details", "Click for updates")
        r"|(?:tap|click)(?: here)? for (?:the )?(?:details|map|updates|sound|latest)\.?"
        r"|(?:show|hide|view|open) (?:the )?(?:full )?transcript"
        r"|(?:also read|read more|read also|see also|related)\s*[»→▸›>] .*"
        r"|(?:related(?: stor(?:y|ies)| articles?| coverage| reading| links?)?|watch live"
        r"|weather alert|more coverage|more on this(?: story)?|in pictures"
        r"|in depth|go deeper|background|change edition|edition|also read|read also|read more"
        r"|to read also"
        r"|also on \w+"
        r"|also see|see also|don't miss|must read|read next|more from \w+(?: \w+)?|recommended"
        # (and "SEE MORE: A headline", "MORE: A headline", a link's label in capitals)
        r"|deals?(?: of the (?:day|week))?|read|(?-i:SEE MORE|MORE))\s*[:|] .*"
        r"|breaking news\s*\|\s.*"  # (a banner's headline: "BREAKING NEWS | Highway reopened")
        # (a link to an older story or a page of them, its headline unpunctuated: "From the
        # archive: A headline", "Full coverage: Jeepney fares", "Photo gallery: A match (24
        # photos)"; not "From the archive: In 1974, the river peaked at 6.7 metres.")
        r"|(?:from the archives?|full coverage|photo gallery|interactive (?:map|graphic|chart))"
        r"\s*[:|] .*[^.!]"
        r"|(?:tags|topics|keywords|filed under|categories|category)"
        r"(?:\s*/\s*(?:tags|topics|keywords))?"
        r"\s*:.*|filed under|tagged(?: with)?"
        r"|(?:story|article) continues"
        r"(?: (?:below|after)(?: (?:this |the )?(?:advertisement|ad|message))?)?"
        r"|ad|advert|pub|paid content|partner content|promoted(?: content| stories)?|ad feedback"
        # The advertisement label in the languages of pages pasted from abroad.
        r"|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|advertentie|annons|reklame"
        r"|reklama|reklaam|mainos|reclame|hirdetés|oglas|reklāma"
        # (and its "story continues after it": "Continua depois da publicidade", "Continúa
        # después de la publicidad", "La suite après la publicité")
        r"|contin[uú]a (?:depois|ap[oó]s|despu[eé]s|tras) (?:da|de la|a|la) publicidad[e]?"
        r"|la suite apr[eè]s (?:la |cette )?publicit[eé]"
        r"|(?:related|more|latest|top) (?:news|headlines|videos|podcasts|jobs|from [\w ]{1,30})"
        r"|(?:more|latest|top) \w+ (?:news|headlines|stories)"  # ("More local news")
        # (an offer's word before a webinar: "Free webinar Nov. 5: Managing mycotoxin risk …";
        # not "Upcoming poll: Labour leads …", "Free offer: the council will pay …")
        r"|(?:free|upcoming|on-demand) webinar\b[^:|]{0,30}[:|] .*"
        r"|(?:audio|video|gallery|podcast|webinar|events?|contest|competition|quiz|poll|fantasy"
        r"|vote now|listen live|offer|you are here|also this week|also inside|inside|in this issue"
        r"|coming up|on air|now playing)\b[^:|]{0,30}[:|] .*"
        # (a newsletter's contents by its name: "In today's Mudlark: the ferry fight, a 214-lot
        # question mark and why your recycling might be rejected.")
        # (not a round-up's news: "In today's Budget: a 2p cut in fuel duty, …")
        r"|in today['’]s (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,2}: [^:]*,[^:]*"
        r"\b(?:why|how|your|you)\b[^:]*"
        r"|(?:listen|watch) live\b.*|now playing\b.*|view (?:the )?(?:gallery|photos|slideshow)\b.*"
        # (an embedded post's link: "View the original post on X")
        r"|view (?:the |this )?(?:original |full )?post (?:on|in) (?:x|twitter|instagram|facebook"
        r"|tiktok|threads|bluesky|linkedin|youtube)\.?"
        # (and a gallery's counter: "Image 2 of 3", "Photo 4/12")
        r"|(?:page )?\d{1,3} of \d{1,3}|in (?:partnership|association) with .{1,60}"
        r"|(?:image|photo|photograph|picture|slide)s? \d{1,3} ?(?:of|/) ?\d{1,3}"
        # A print page's jump lines: "Full story, Page 7", "From page 1", "Full forecast, Page 55".
        r"|(?:full (?:story|forecast|report|results|list)|more),? (?:on )?page \d{1,3}"
        r"|from page \d{1,3}|(?:please )?turn to page \d{1,3}\.?"
        # (a front page's teaser, a short headline with no figure and its page: "Teachers call
        # off strike after talks — Page 3"; see _TO_A_PAGE; not a fact check's citation,
        # "Spending rises to 15% of the budget — page 14")
        r"|[^.!?|\d]{8,80}? [—–] (?:see )?page \d{1,3}"
        # (a text edition's page marker: "-- Page 1 of 2 -- [Next page >>]")
        r"|-{1,3} ?page \d{1,3}(?: of \d{1,3})? ?-{1,3}"
        r"(?: ?\[?(?:next|previous|prev) page ?[>»]*\]?)?"
        r"|printed from (?:the )?(?-i:[A-Z])[^,.;!?]{1,60}"  # a print view's foot
        # (or its head, the site by its address and when: "Printed from example.sl on
        # 19/02/2026 at 11:42")
        r"|printed from [\w-]+(?:\.[\w-]+)+ on [\w/.,: -]{4,40}"
        # (or only when: "Printed on 24/11/2028 at 09:14", "This page was printed on …")
        r"|(?:this (?:page|article|story) was )?printed on (?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
        rf"|\d{{1,2}} (?:{_MONTH_NAMES})\.? \d{{4}}|(?:{_MONTH_NAMES})\.? \d{{1,2}},? \d{{4}})"
        r"(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?\.?"
        r"|was this (?:article|page|story|information) (?:helpful|useful)\??"
        r"|how to identify\b.*|powered by .{1,60}|toggle .{1,30}|dark mode|light mode"
        r"|got it|ok(?:ay)?|i agree|not now(?:\s+allow)?|allow|no,? thanks|dismiss|close"
        r"|(?:your )?e-?mail(?: address)?|from the .{1,30} issue\b.*|enjoyed this (?:article|story"
        r"|piece|newsletter)\??|stay (?:updated|tuned|informed|connected)\b.*"
        r"|more (?:by|from) (?:this|the) (?:author|writer|reporter|columnist)"
        r"|(?:partner|sponsored|paid|promoted) content: .*|advertorial\b.*|location\s*:.*"
        r"|(?:partner|sponsored|paid|promoted) content (?:from|by) .{1,40}"
        # (an ad's label before its copy, "Sponsored: …", "AD: A shop – keys cut …"; in
        # capitals only, the two letters: "Ad: …" may be an abbreviation's line; "Promoted:
        # Hartmoor, Brent Vale" is a league's)
        r"|sponsored: .*|(?-i:AD): .*"
        # (an event's ad in a strip, under its label in capitals: "EVENT · HortiMeet Venlo ·
        # 16–18 September 2026 · Early-bird tickets 20% off · Book your place")
        r"|(?-i:EVENT|EVENTS|WEBINAR|CONFERENCE|PROMOTION)\s*[·|]\s.*"
        # (a link to more on the site, by its name, with its headline: "More on Umoya: Bhisho
        # hospital fire inquiry to report in April")
        r"|more (?:on|from) (?-i:[A-Z])[\w'’&-]*(?: (?-i:[A-Z])[\w'’&-]*){0,3}:\s+(?-i:[A-Z])"
        r"[^.!?]{5,100}"
        # (a strip of what is read most, under its label: "🔥 HOT RIGHT NOW: Portmore party shut
        # down · Taxi man's lotto win · Rain again Tuesday?")
        r"|(?:[^\w\s]{1,2}\s*)?(?:hot right now|hot now|trending(?: now)?|popular now|what's hot"
        r"|what’s hot|most read)\s*:\s[^·|]{3,80}[·|].*"
        # (a club's next fixture in a strip: "Next at home: Anchors v Bidnija Hawks · Sat 14
        # March · 15:00 · …")
        r"|next (?:at home|home (?:game|match|fixture)|fixture|match)\s*:\s[^·|]{3,60}[·|].*"
        # An app's prompt for notifications, asked ("Turn on Dasol News notifications?"; a
        # browser's is among the rules that match anywhere)
        r"|(?:turn on|allow|enable) .{0,40}notifications\?|(?:allow|enable) notifications\?"
        r"|contents|sources?:?|references|notes|footnotes|further reading"
        r"|external links|bibliography|(?:\d+(?:\.\d+)* (?-i:[A-Z])[^\d]{1,40}){3,}"
        r"|here['’]s what you need to know\b.*"
        # (an explainer's turn to its list: "Here is what we know so far.")
        r"|here(?:['’]s| is) what (?:we|you) (?:know|need to know|learned|found)"
        r"(?: (?:so far|now))?[.:]"
        r"|(?:skip|scroll (?:down )?to continue with) (?:the )?(?:advertisement|ad|content)"
        r"|editors?['’]? (?:picks|choice)|up next|watch next|more stories|around the web"
        r"|sponsored (?:links|stories)|paid post|newest first|oldest first|filter:?.*"
        r"|(?:load|show|see|view) (?:\d+ )?(?:more|new|earlier|later|older|newer|previous)"
        r" (?:updates|posts|stories|comments|entries)"
        r"|(?:read|view|see) (?:all )?\d[\d,.]*k? (?:replies|comments|responses)"
        r"|pinned(?: post)?|summary|key updates|latest updates|most popular"
        r"|(?:join|start) the (?:conversation|discussion|debate)\b.*"
        r"|want to (?:join|start) the (?:conversation|discussion|debate)\?"
        r"|be the first to comment\.?"
        r"|(?:view|add|leave|post|write) (?:a |your )?(?:comments?|reply)\b.*"
        r"|(?:log|sign) in to (?:comment|reply|join).*|reply|like|report(?: comment| abuse)?"
        # (and why it says so: "This news story is more than three weeks old, so some
        # details may have changed.")
        r"|this (?:news )?(?:article|story|content) is more than .{1,20} old(?:,? so (?:some )?"
        r"(?:details|information|facts) (?:may|might) (?:have changed|be out of date|no longer"
        r" be (?:accurate|correct|current)))?\.?"
        r"|(?:open|continue|read) (?:this |it )?in (?:the )?app(?: for (?:the|a) (?:full|better"
        r"|best) (?:experience|view))?|get the app"
        r"|(?:report an error|suggest a correction|submit a correction|send us a correction)\.?"
        r"|text size\b.*|font size\b.*|print this page"
        r"|listen(?: to this (?:article|story)\b.*)?(?: \W? ?\d+ min)?"
        r"|audio (?:is|was) (?:ai-)?generated\b.*"
        # (the player's note: "AI-generated audio.", "Some names may not be pronounced
        # correctly.")
        r"|ai-generated (?:audio|voice|narration)\.?"
        # (the page's own parts made with it: "These key points were drafted with the help of AI
        # and checked by the reporter."; not "The song was written with the help of AI.")
        r"|(?:these|this|the) (?:key points|summary|summaries|bullet points|highlights|audio"
        r"|translation|transcript)(?: of this (?:article|story|report))? (?:was|were|is|are"
        r"|has been|have been) (?:drafted|written|generated|produced|created|prepared"
        r"|translated) (?:with the help of|with help from|with|using|by) (?:an? )?(?:ai"
        r"|artificial intelligence)(?:[.!]?|,? and (?:was |were )?(?:checked|reviewed|edited"
        r"|verified)\b[^!?\d]{0,60})"
        r"|some (?:names|words|place names) may (?:not be pronounced correctly|be mispronounced)\.?"
        # ("This audio is read by a computer voice and may mispronounce some names.")
        # (the whole note, not news of a fake: "This audio was read by a computer voice
        # pretending to be the mayor.")
        r"|(?:this )?audio (?:is|was) (?:read|narrated|voiced) by (?:an? )?(?:computer|automated"
        r"|synthetic|artificial|ai|machine|digital)(?:-generated)? voice(?: and (?:may|might)"
        r" (?:mispronounce|contain errors)\b[^.]{0,50})?\.?"
        r"|episode \d+|(?:play|pause|mute|unmute)"
        r"|video duration .*|listen on .*|subscribe on .*|watch on .*"
        r"|(?:please )?(?:turn on|enable|switch on) javascript\b.*"
        r"|(?:show|hide) (?:key events|all posts|replies)(?: only)?"
        r"|comments (?:are|have been) (?:closed|open|disabled|turned off)\b.*"
        r"|sponsored(?: content)?(?: below| above)?|(?:watch|listen): .*"
        r"|(?:skip|jump|go) to (?:the )?(?:main )?(?:content|navigation|story|article|menu"
        r"|search|footer)"
        r"|top stories|latest(?: news| stories)?|trending(?: now)?|more (?:stories|news|videos"
        r"|interviews|articles|from \w+.*)|you (?:may|might) also (?:like|be interested in).*"
        r"|(?:show|load|view|see) (?:more|all)(?: comments| stories)?|comments?(?: \(\d+\))?"
        r"|more|expand|collapse|(?:show|read) less"  # (a phone's toggles after a cut-off line)
        r"|(?:tap|click|press) (?:here )?to (?:read|see|show|view|load|expand) (?:more|all)\b.*"
        r"|\d+ comments?|back to top|table of contents|key (?:points|events?|moments)"
        # (a page's other controls: "Return to the top ↑", "Swipe for more photos", a live
        # page's "Live updates are paused." and its "Resume"; a box's label, "Quote of the day",
        # "What readers are saying", "Mehr zum Thema")
        r"|return to (?:the )?top\W*|swipe (?:for|to see) more (?:photos|pictures|images)"
        # ("Swipe up to keep reading", "Tap to view gallery (4 photos)")
        r"|swipe (?:up |left |right )?to (?:keep|continue) reading"
        r"|(?:tap|click|press) (?:here )?to (?:view|see|open) (?:the )?(?:gallery|photos|pictures"
        r"|slideshow)(?: \(\d{1,3} (?:photos|pictures|images)\))?"
        r"|live updates (?:are|have been) paused\.?|resume|quote of the day"
        r"|what (?:readers|you) are saying|mehr zum thema"
        r"|live(?: updates| coverage| blog| results)?|refresh(?: (?:the|this) page)?"
        r" for (?:the latest(?: (?:updates|results|news))?|updates|results|news)\.?"
        r"|our standards:.*"
        r"|purchase licensing rights"
        r"|explore more(?: on these topics)?|reuse this content|topics|tags"
        r"|add to (?:playlist|queue|watchlist|my list|favou?rites)"
        r"|(?:market )?(?:data|prices|quotes|odds|stats) (?:is |are )?(?:provided|supplied|powered)"
        r" by .*"
        r"|(?:stock )?quotes? (?:are )?delayed\b.*"
        r"|loading(?: (?:video|comments|content|player|more|the latest))?\s*(?:…|\.\.\.)?",
    ),
    (
        "share or follow line",
        # (a strip's icons read as letters: "Share: f X in ✉")
        r"share:?(?: (?:[a-z]{1,2}|[^\w\s]{1,2})){2,6}"
        r"|(?:share(?: or comment on)?(?: this (?:article|story|page|post|fact check|video|report"
        r"|\w+):?)?"
        r"(?: on \w+| via \w+)?|tweet|e-?mail"
        r"|copy (?:the )?link|print(?: this (?:article|page))?|save(?: for later)?"
        r"|follow us(?: on .*)?|gift (?:this (?:[\w-]+ )?)?(?:article|story)\b.*"
        # (in the languages of English editions abroad: "Síguenos en el canal de WhatsApp de …")
        r"|(?:síguenos|siga-nos|sigue-nos|suivez-nous|folgen sie uns|seguici|volg ons)"
        r" (?:en|no|na|sur|auf|su|op|on|in)\b.*"
        # (a newsletter's own button, its name in capitals: "Share The Riverward Dispatch";
        # and a post's counters before it: "12   4   Share")
        r"|share (?-i:The [A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3}"
        r"(?: and (?:earn|get|win) (?:rewards|prizes|perks)\.?)?"
        # (a newsletter's referral programme: "Refer three friends and we'll send you a cap
        # …", "You've referred 0 friends so far.")
        r"|refer (?:a friend|(?:\d+|one|two|three|four|five|six|ten) friends) (?:and|to)\b"
        r"[^.!?]{0,120}[.!]?"
        r"|you['’]ve referred \d+ (?:friends?|readers|people)\b[^.!?]{0,30}[.!]?"
        r"|(?:\d[\d,.]*k?\s+){1,3}share"
        r"|follow (?:@\w+|(?:\w+ ){1,4}on (?:our |the |its )?(?:twitter|x|facebook|instagram"
        r"|linkedin|threads|whatsapp|telegram|tiktok|youtube|bluesky)\b).*"
        r"|(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|bluesky|x)(?:[ ,|/]+\w+)*"
        r"|(?:sign up|subscribe|register) (?:for|to) .*\b(?:newsletter|alerts|briefing|digest"
        r"|updates|podcast)\b.*|newsletter sign-?up.*|(?:get|receive) (?:the |our )?.*"
        r"\b(?:sent|delivered) (?:straight |directly )?to your (?:phone|inbox|email|device).*"
        r"|follow (?:our|the|all (?:our|the)) .*\b(?:coverage|updates|app|channel|feed)\b.*"
        r"|download (?:our|the) .*\bapp\b.*|listen to (?:this|the) (?:article|story).*"
        r"|(?:get|download|receive) .{0,60}\b(?:alerts?|notifications|app)\b.*"
        r"\b(?:on|to) your (?:phone|device|inbox)\b.*"
        r"|(?:get|receive) .{0,60}\b(?:alerts?|notifications)\b.{0,40}\bon the .{0,40}\bapp\b.*"
        # (the prompt's own words, however the site goes on: "Get alerts for breaking news in
        # the Waikato.")
        r"|(?:get|receive) (?:push |breaking[- ]news |news )?(?:alerts|notifications) (?:for|about"
        r"|from|on) (?:breaking|our) [^.!?]{0,50}[.!?]?"
        r"|listen (?:to|on) .{0,80}\b(?:podcasts?|episodes?|full (?:conversation|interview"
        r"|episode))\b.*"
        r"|follow (?:him|her|them|me|us) on .*|(?:find|follow) (?:him|her|them|me|us) at @.*"
        r"|our (?:free )?(?:\w+ ){0,3}(?:newsletter|briefing|bulletin)\b.*"
        r"|(?:buy|book|get) (?:your )?(?:match |season )?tickets\b.*"
        # An embedded post's own frame: "View this post on Instagram", "A post shared by …".
        r"|view this (?:post|photo|video|reel|tweet) on (?:instagram|x|twitter|facebook|tiktok"
        r"|threads|youtube)|a (?:post|photo|video) shared by [^.!?]{1,60}\(@[\w.]+\)"
        r"|view (?:full )?profile"
        r"|add a comment\W*|view (?:all )?[\d,.]+k? comments"
        r"|shop (?:the|our|now)\b.*)[.!]?",
    ),
    (
        "call for tips or letters",
        r"(?:do you have|have you got|got) (?:a |an |any )?(?:story|tip|news tip|information"
        r"|opinion|view|question)\b.*"
        r"|if you would like to (?:submit|send|write|contribute|share)\b.*"
        r"|(?:e-?mail|call|contact|text|message|write to|reach|send) .{0,60}?"
        r"(?:\S+@\S+\.\w+|\d{3,5}[\s.-]\d{3,4}[\s.-]?\d{3,4}).*"
        r"|(?:e-?mail|call|contact|text|message) (?:us|the newsroom)\b.*"
        # (a station's text line: "Text your views to Moyvale Today on 51966.", "Texts cost
        # 30c.")
        # (a short code, not a year: not "Text in the draft bill pushes the deadline back to
        # 2030."; the price in pence or cents or at the network's rate: not "Texts cost the
        # trust £240,000 in 2025.")
        r"|text (?:your (?:views|thoughts|comments|news|photos|stories|questions)|us|in your)\b"
        r".{0,60}? (?:on|to) (?!(?:19|20)\d\d\b)\d{4,6}\.?"
        r"|texts (?:cost|are charged at|charged at) (?:\d+(?:p|c| ?cents?| ?pence)\b"
        r"|(?:your |the )?standard (?:network )?rates?)[^.!?]{0,30}\.?"
        r"|drop (?:us|me|the newsroom) a (?:line|note)\b.*"
        # (a call-out's own words: "We want to hear from you.", "We'd love to hear from you.")
        r"|we(?:['’]d| would)? (?:want|like|love) to hear from you[.!]?"
        # (a newsletter writer's: "As always, hit reply if I got something wrong.", "If there's
        # something you want asked, hit reply.")
        r"|(?:as always, |if [^,]{1,50}, )?(?:just )?hit reply\b[^.!?]{0,60}"
        r"(?:[.!?;][^.!?]{0,40})?[.!]?"
        # (the reader's turn under the story: "Let us know in the comments below.")
        r"|let us know (?:in the comments|below|what you think)\b.*"
        # A police appeal to readers ("Anyone with information is asked to call …"), not
        # what someone in the story said of it.
        r"|anyone with (?:any )?information (?:is|are) (?:being )?(?:asked|urged|encouraged"
        r"|requested) to (?:call|contact|ring|report)\b(?![^.]*\b(?:said|says|added)\b).*"
        r"|(?:do you )?have (?:a|any) (?:[\w-]+ )?(?:tip|story|news tip)s?\?"
        r"|(?:spotted|spot|seen|see|found|noticed?) an? (?:error|mistake|typo)"
        r"(?: or (?:something|anything) (?:missing|wrong)| in (?:this|our) (?:story|article))?\?"
        r"|we pay for (?:your )?(?:stories|news|tips|photos|videos)\b.*"
        r"|want to (?:write|work|report|volunteer) for\b.*|we['’]re hiring\b.*"
        r"|apply (?:here|now)\.?"
        r"|letters? (?:to the editor )?(?:must|should|can|may|are|will) be\b.*"
        r"|we do not publish (?:anonymous )?letters\b.*"
        r"|reach (?:our|the) (?:reporters|newsroom|editors)\b.*"
        r"|reach (?:him|her|them|me) (?:at|on|by)\b.*"  # (the reporter's bio: "Reach him at …")
        r"|(?:complaints|concerns|comments) about (?:our|this) .{1,40} (?:may|can|should) be\b.*"
        r"|how we reported (?:this|the) story\b.*"
        # A method box's heading: "How we did this", "How we reviewed this article:", "How our
        # ratings work", "How we handle corrections" (not a story's subhead: "How we did it",
        # "How we measure up", "How we check our hospitals")
        r"|how (?:we|our (?:\w+ )?(?:ratings?|reviews?|scores?|scoring|tests?|testing|rankings?"
        r"|methodology|process|verdicts?)) (?:\w+ )?(?:did|do|reported|report|reviewed|review"
        r"|tested|test|measured|measure|approach|handle|checked|check|rated|rate|fact-check(?:ed)?"
        r"|chose|choose|verified|verify|calculated|analy[sz]ed|sourced|compiled|selected|select"
        r"|scored|score|counted|corrected|correct|works?)"
        # (and the box's text after its heading: "How we did this: The Report downloaded …")
        r"(?: this(?: (?:story|article|analysis|investigation|review|list|ranking))?)?(?::.*)?"
        r"(?: (?:this|these|the (?:story|article|page|review|reviews|ratings?|figures|data"
        r"|analysis|investigation|research|claims?|products?)|our (?:ratings?|reviews?|tests?"
        r"|journalism|reporting|data|figures|scores|products)|corrections|complaints"
        r"|(?:\w+ )?claims)(?: \w+)?)?:?"
        r"|(?:media|press|investor|news|editorial)?\s*(?:contacts?|enquiries|inquiries)\s*:.*"
        r"|for more information,? (?:visit|see|contact|go to|call|email)\b.*",
    ),
    (
        "editorial note",
        # (a release's sender under its label: "From: Department for Transport and A Name MP")
        r"from:\s+(?-i:[A-Z])[^.!?:]{1,100}"
        r"|(?:\d+|one|two|three|four|five) ?(?:-| )?min(?:ute)?s? (?:to )?(?:read|listen|watch)"
        # (the page's own player: "Hear this story read aloud  6:12", "Listen to the narrated
        # version (31 min)")
        r"|(?:listen to|hear|play) (?:this|the) (?:story|article|piece|column|report|interview"
        r"|(?:narrated|audio) version)(?: read aloud)?"
        r"(?:\s*\(?\d{1,3}(?::\d\d)?(?: ?min(?:ute)?s?)?\)?)?"
        # (a page's reading time with its label: "Quick read: 3 min · 640 words"; not
        # "Estimated 40 minutes", a wait)
        r"|(?:quick read|reading time|read time|listening time):? (?:\d+|one|two|three|four"
        r"|five) ?min(?:ute)?s?(?:\s*[·|•]\s*[\d,]+ words)?"
        r"|this (?:is a (?:rush )?transcript|copy may not be in its final form|transcript may not"
        r" be)\b.*|#{3}|-30-|(?:— ?)?ends?(?: ?—)?|for immediate (?:release|publication"
        r"|distribution)\.?"
        # (with the release's date after it: "For immediate release – 13 May 2026")
        r"(?:\s*[-–—:|,]\s*(?:[a-z]+,? )?\d{1,2}(?:st|nd|rd|th)?\.? [a-z]{3,9}\.?,? \d{4}"
        r"|\s*[-–—:|,]\s*[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})?"
        # (and its reference: "Ref: HAF/PR/07/2026", "Our ref. MOH/PR/2026/114")
        r"|ref(?:erence)?(?:\.|\s*no\.)?\s*:?\s*[a-z]{2,}(?:/[a-z0-9-]+)*/[a-z-]*\d[a-z0-9-]*"
        r"|end \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?"  # a briefing's "END 11:38 A.M."
        r"|this page was last (?:edited|modified|updated)\b.*"
        # (a widget's or an advice page's stamp: "Last Map Update: Fri, Feb. 13, 2026 at 5:48:12
        # am EST", "Advice last changed: 12 March 2026")
        r"|last (?:\w+ )?update[ds]?\s*:\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?"
        r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\w ,.:/-]{0,40}"
        r"|(?:advice|page|information|content) last (?:changed|updated|reviewed)\s*:?"
        r"[^.!?]{0,20}\d{4}\.?"
        r"|actual results (?:may|could) differ\b.*"
        # (a chart's or a box's source line, abbreviations and all: "Source: PWHA Tropical
        # Cyclone Bulletin No. 9, 11 a.m.", "Source: A Name G.M., et al. …"; not a line that
        # reports words: "Source: the minister told us the plan had failed.")
        r"|sources?\s*:\s*\w(?![^!?]*\b(?:said|says|told|tells)\b)[^!?]{0,160}"
        r"|registered (?:office|in|number|no\.?|address|company|charity)\b.*"
        # (the episode's own credit names its people: "This episode was produced by A Name
        # and edited by B Name.", not "… produced by a company owned by …")
        r"|(?:this|today['’]s) (?:episode|show|podcast|programme|program) (?:was|is) "
        r"(?:(?:produced|mixed|engineered|hosted|presented|edited)(?:,? and |, )?)+ by "
        r"(?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?:(?:,| and| &) (?:(?:produced|mixed"
        r"|engineered|hosted|presented|edited) by )?(?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}))*"
        r"\.?"
        r"|(?:(?:produced|sound design|mixed|engineered|hosted|presented|narrated|music|artwork"
        r"|research|edited)(?:,? and |, )?)+ by (?![^!?]*, (?:the|a|an|it|this|they|he|she|we)\b)"
        r"[^!?]{1,60}"
        # (and the page's own words for its review: "This article was medically reviewed
        # by …"; not "This story was edited by Ashvale Council, emails show.")
        r"|this (?:article|story|page|piece|guide|content) (?:was|has been) (?:(?:medically"
        r"|clinically|legally|expert) )?(?:reviewed|fact[- ]checked) by "
        + _CREDITED
        + r"(?:, (?!(?:the|a|an|who|which|and|but|it|this|they|he|she|we|said)\b)"
        r"(?![^,.!?]*\b(?:show|shows|showed|said|says|found|reveal|reveals)\b)[^,.!?]{1,40})"
        r"{0,2}\.?"
        r"|(?:(?:produced|mixed|engineered|hosted|presented|narrated|reported|written|edited"
        r"|directed|filmed|photographed|illustrated|(?:(?:medically|clinically|legally|expert)"
        r" )?reviewed|fact[- ]checked|verified)(?:,? and |, )?)+ by "
        + _CREDITED
        + r"(?:,? (?:and|&) "
        + _CREDITED
        + r")?"
        # (then post-nominals and a role: "…, MD, endocrinologist"; never a clause, ", who …")
        r"(?:, (?!(?:the|a|an|who|which|and|but|it|this|they|he|she|we|said)\b)[^,.!?]{1,40})"
        r"{0,2}\.?"
        # (a credit, "Presenter: A Name"; a transcript's turn under a role in capitals names
        # people only when it is a credit: "PRODUCER: A NAME", not "PRESENTER: The ban starts
        # on Friday.")
        r"|(?-i:(?:(?:[Ee]xecutive|[Ss]enior|[Ss]eries) )?(?:[Ee]ditor|[Pp]roducer|[Hh]ost"
        r"|[Pp]resenter)s?): (?!(?:you|i|we|it|that|this|there|so|sorry|good|thank|thanks"
        r"|well|yes|no|ok|and|but|what|why|how|the|a|an|one|people)\b)[^!?]{1,60}"
        r"|(?-i:(?:(?:EXECUTIVE|SENIOR|SERIES) )?(?:EDITOR|PRODUCER|HOST|PRESENTER)S?: "
        r"[A-Z][\w'’.-]*(?:(?:,? and |,? & |, | )[A-Z][\w'’.-]*){0,8})\.?"
        r"|this (?:episode|newsletter|podcast|story|series|programme|program|show) is (?:supported"
        r"|sponsored|brought to you|presented|made possible) by\b.*"
        r"|use (?:the )?(?:promo |discount )?code \S+\b.*|enjoying (?:the|this) (?:show|podcast"
        r"|newsletter|article|briefing|digest|letter|email|bulletin|round-?up)\??"
        # (or the letter by its name, a question: "Enjoying The Catch-up?")
        r"|enjoying (?:the |our )?(?-i:[A-Z])[\w'’&-]*(?: [\w'’&-]+){0,3}\?"
        r"|rate (?:and|&) review\b.*"
        r"|an? (?:podcast|newsletter|series|production|programme) (?:from|by) .{1,60}"
        r"|ts (?:&|and) cs apply\.?|\*?(?:terms|t&cs?) (?:and conditions )?apply\.?"
        r"|\*?conditions apply\.?"
        r"|(?:should|if) you (?:wish|want|would like) to (?:complain|make a complaint)\b.*"
        r"|no part of this (?:publication|website|site|article|newspaper) may be\b.*"
        r"|(?:website|site) (?:designed|built|developed|hosted)(?: and (?:designed|built"
        r"|developed|hosted))? by\b.*|our (?:journalism|reporting|work) (?:relies|depends)"
        r" on\b.*|(?:our )?(?:journalism|reporting|work) like this (?:relies|depends) on"
        r" (?:readers|you|members|donors|supporters)\b.*"
        r"|we accept no (?:liability|responsibility)\b.*"
        r"|(?:publishing|broadcasting|company) licen[cs]e\b.*|where this (?:page|site|article)"
        r" contains\b.*|we use your (?:sign-up|email|e-mail|data|details|information) to\b.*"
        r"|free (?:\w+ ){0,2}newsletter\b.*|posted by [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}"
        r"(?: at \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?"  # ("Posted by A Name at 10:35")
        # A content warning over the story: "This article contains descriptions of violence.",
        # "Aboriginal and Torres Strait Islander readers are advised that …"
        r"|(?:(?:editor['’]s note|(?:content |trigger )?warning):\s*)?this (?:article|story|report"
        r"|piece|video|episode|podcast)"
        r" (?:contains|includes) (?:descriptions?|images?|details|references|language|content"
        r"|graphic|discussion|names)\b.*"
        r"|(?:aboriginal and torres strait islander|first nations|indigenous) (?:readers|viewers"
        r"|audiences|people) (?:are|should be) (?:advised|warned)\b.*"
        r"|you are using an? (?:outdated|unsupported|old|older) browser\b.*"
        r"|(?:please )?(?:upgrade|update) your browser\b.*|this (?:site|website|page) is best"
        r" viewed\b.*|tax receipts? (?:are|will be) issued\b.*"
        r"|(?:fact-?checked|reviewed|edited|produced|verified|illustrated|designed) by [^.!?]{1,60}"
        r"|(?:serving|covering) .{1,60} since (?:1[6-9]|20)\d\d"
        r"|(?:gamble|bet|play) (?:responsibly|aware)\.?|(?:18|19|21)\+(?: only)?\.?"
        # A bookmaker's promotion and its warnings: "18+ | Play safe.", "New customers: bet
        # £10, get £30 in free bets.", "Set a deposit limit before you play.", "Odds from
        # Oddsmere, correct at 21:30."
        r"|18\+\s*[|·]\s*(?:play safe|bet safe|gamble (?:responsibly|aware)|begambleaware(?:\.org)?"
        r"|t&cs apply|when the fun stops)\b.{0,30}|(?:play|bet|gamble) safe(?:ly)?\.?"
        r"|new customers(?: only)?:? (?:bet|stake|deposit) £?\d+,? get £?\d+ in free bets\.?"
        r"|set a deposit limit(?: before you (?:play|bet|start))?\.?"
        r"|(?:worried about your gambling|gambling problem|problem with gambling)\??"
        r"|odds\b[^.]{0,60}\b(?:subject to change|may change|can change)\.?"
        # (and its time alone: "Odds correct at time of publication.")
        r"|odds (?:are )?(?:correct|accurate) (?:at|as of) (?:the )?time of (?:publication"
        r"|publishing|writing)\.?"
        # (or a box's prices and their time: "Prices correct at 17:50 and may change.")
        r"|(?:odds|prices) (?:are )?(?:correct|accurate) (?:at|as of) \d{1,2}[:.]\d{2}"
        r"(?:\s?[ap]\.?m\.?)?(?: and (?:may|might|can|are subject to) change)?\.?"
        r"|if gambling is (?:affecting|harming|a problem)\b[^.]{0,60}\b(?:call|contact|visit"
        r"|helpline|help is available|support is available)\b.*"
        # (and its other warnings: "Gambling can cost you more than money.", "You must be 18 or
        # older to bet.", "Over-18s only; if betting has stopped being fun, talk to …", "If
        # it's stopped being fun, talk to someone at the … Gambling Support Service")
        r"|gambling can cost (?:you )?more than money[.!]?"
        r"|(?:you must be )?(?:18|19|21) or (?:older|over) to (?:bet|gamble|play)[.!]?"
        r"|(?:over-(?:18|19|21)s only[;,.]? )?if (?:it['’]s|betting|gambling)(?: has)? stopped"
        r" being fun\b.*"
        r"|odds (?:from|courtesy of|supplied by) (?-i:[A-Z])[\w'’&.-]*"
        r"(?: (?-i:[A-Z])[\w'’&.-]*){0,3},? (?:correct|accurate) (?:at|as of) [^,.]{1,30}\.?"
        r"|for (?:free,? )?(?:confidential )?(?:support|help),? (?:call|text|visit)\b.*"
        r"|this (?:story|article|piece) (?:(?:first |originally )?(?:appears|appeared|ran)"
        r"|was (?:first |originally )?published) (?:in|on (?:page|p\.) \w+ of)\b.*"
        # ("Appeared in the March 4, 2026, print edition as '…'.")
        r"|(?:appeared|published|printed|ran) (?:in|on) (?:the )?[^.!?]{0,40}\bprint edition\b.*"
        # ("Published in The Daily Lantern, March 12th, 2026": a paper's print line, its name
        # and its date, nothing else)
        # ("Originally published at example.gy on March 4, 2027.": the site by its address)
        r"|(?:originally |first )?published (?:at|on) [\w-]+(?:\.[\w-]+)+"
        r"(?: on [\w/.,: -]{4,30})?\.?"
        rf"|(?:first )?(?:published|printed) in (?:the )?(?-i:[A-Z][\w'’&-]*)"
        rf"(?: (?-i:[A-Z][\w'’&-]*)){{0,4}},? (?:on )?(?:\w+,? )?(?:(?:{_MONTH_NAMES})\.? \d{{1,2}}"
        rf"(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH_NAMES})\.?),? \d{{4}}\.?"
        r"|winner:? .{1,80}\b(?:of the year|awards?|prize|honours|honors)\b.*"
        r"|\([a-z]{1,4}(?:/[a-z]{1,4})+\)"
        r"|(?:good (?:morning|afternoon|evening)|(?:morning|evening) all|hello|hi|hey)"
        r"(?:,? (?:all|everyone|there|\w+))?"
        # (and a newsletter's welcome to its issue or its day: "Morning all, and welcome to this
        # week's Letter.", "Good morning, and happy Thursday.")
        r"(?:,? and (?:welcome (?:back )?to (?:this|today['’]s|this week['’]s|our|the"
        r"|issue \d{1,4} of) [^.!?]{1,50}|happy [\w ]{1,20})"
        # (or the day, or thanks: "Good morning, it's Tuesday.", "Hi friends — thanks for
        # reading.")
        r"|,? it['’]s (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"|\s*[—–-]\s*thanks for (?:reading|being here|subscribing))?[,!.]?"
        r"|see you (?:tomorrow|next \w+|soon|then|on \w+)[,.!]?|thanks for reading\b.*"
        # A letter's salutation and sign-off on lines of their own: "Dear Parents and Carers,",
        # "With best wishes,", "Kind regards,", "Yours sincerely,".
        r"|dear (?-i:[A-Z])[\w'’.-]*(?: (?:[\w'’.&-]+)){0,5},"
        r"|(?:with )?(?:(?:very )?best|kind|warm|warmest|many) (?:wishes|regards|thanks),?"
        r"|(?:yours )?(?:sincerely|faithfully|truly),?|(?:regards|cheers|thanks|best),"
        r"|that['’]s (?:all|it) (?:for|from (?:us|me)(?: for)?) (?:today|tonight|now"
        r"|this (?:week|morning|afternoon|evening))[.!]?"
        r"|thanks for (?:following|joining us|watching|listening)(?: along| today| tonight"
        r"| this (?:morning|afternoon|evening))?(?:,? and see you [^.,;]{1,40})?[.!]?"
        r"|forwarded this (?:e-?mail|newsletter)\??"
        r"|this is the web version of (?:our|the|this|today['’]s) [\w' ’-]{0,30}(?:newsletter"
        r"|e-?mail|edition|briefing|bulletin)\b.*"
        # (or of the letter by its name: "This is the web version of The Morning Note.")
        r"|this is the (?:web|browser|online) version of (?-i:[A-Z])[\w'’&-]*(?: [\w'’&-]+){0,4}\.?"
        r"|until (?:tomorrow|next time)[,.!]?"
        # (and who would like it, or what else the reader might do: "Forward this to a friend
        # who'd like it.", "Forward it to a friend, or hit reply and tell us what you think.")
        r"|forward (?:it|this(?: email| newsletter| issue)?) to a (?:friend|colleague)"
        r"(?: who[^.!?:]{0,40}|,? (?:or|and) (?:hit |just )?reply\b[^.!?:]{0,60})?[.!]?"
        r"|(?:just )?reply to this email\b.*"
        r"|you (?:are|were) receiving this (?:email|newsletter)\b.*"
        r"|know someone who['’]d (?:like|enjoy) this\??|(?:presented|brought to you) by .*"
        # (and its pitch after a dash, no clause in it: "Sponsored by Kwezi Bank — open an
        # account in 10 minutes"; not "Sponsored by Exxon — the study found …")
        r"|(?:sponsored|promoted) by (?-i:[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|and|the|&))*)"
        r"(?: [–—|] (?![^.!?]*\b(?:is|are|was|were|has|have|had|found|finds|said|says|shows?"
        r"|showed|delivered)\b)[^.!?]{1,80})?\.?"
        r"|type your e-?mail(?: address)?(?: here)?…?|view (?:this email )?in (?:your )?browser"
        # (and the prompt after "Not displaying properly?": "Open the web version.")
        r"|(?:open|view|read) (?:it in |this in )?(?:the|our) (?:web|online|browser) version\.?"
        # (an aggregator's link to the source: "Open in The Suva Tide")
        r"|open (?:it |this (?:story|article) )?in "
        r"(?-i:(?:The )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})(?: app)?"
        r"|unsubscribe\b.*"
        # A sign-up box's small print: "You can opt out with one click at the bottom of any
        # email.", "Your email will stay private.", "Starred boxes are required."
        r"|you can (?:opt out|unsubscribe|change your (?:mind|preferences))"
        r"(?: (?:at any time|any ?time|whenever you (?:like|want|wish)|with (?:one|a single) click"
        r"|at the (?:bottom|foot) of (?:any|every|each|our) e-?mails?|from (?:any|every|each)"
        r" e-?mail|in (?:your|the) settings))*\.?"
        r"|(?:your )?(?:e-?mail(?: address)?|details|data) (?:will|is) (?:stay |be |kept |remain )?"
        r"(?:kept )?(?:private|safe|secure|confidential)\.?"
        r"|(?:starred|required|mandatory) (?:boxes|fields) (?:are|is) (?:required|mandatory)\.?"
        r"|discussion about this (?:post|article|story|episode)"
        r"|(?:after|before|skip past) newsletter promotion"
        # A press release's safe-harbour note: "These statements are based on current
        # expectations and are subject to risks and uncertainties …"
        r"|(?:these|such|the|our) (?:forward-looking )?statements\b[^.]{0,80}\b(?:subject to"
        r"|involve)\b[^.]{0,30}\brisks? and uncertaint\w+.*"
        r"|update (?:your )?(?:email )?preferences|continued (?:on|from) (?:page|p\.) ?[a-z]?\d+\.?"
        r"|\d+ (?:thoughts|comments|responses|replies) (?:on|to) .*"
        r"|(?:\d{1,2}[smhdw]\s+)?(?:like|reply|share|report)(?:\s+(?:like|reply|share|report))+"
        r"(?:\s+\d[\d,.]*k?)?"
        r"|(?:posted|published|written) (?:on )?.{0,40}\d{4},? by \S+"
        r"|\[\d{1,2}:\d{2}(?::\d{2})?\]|\[\d+\] .*|\^ .*"
        r"|continue reading(?: in (?:the )?app)?"
        r"|this report by [^.!?]{1,40} was (?:originally |first )published (?:on )?"
        r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})\.?"
        r"|this (?:article|story|piece|post) (?:was|is|has been) (?:originally |first )?"
        r"(?:published|republished|posted|produced|written)\b.*"
        r"|read the original (?:article|story|piece)\.?"
        r"|reading time:? \d+ min(?:ute)?s?(?: read)?\.?"
        r"|disclaimer:.*"
        r"|(?:your )?capital (?:is )?at risk(?: if [^.]{1,60})?\.?"
        r"|all times (?:are|shown are) (?:local(?: time)?|gmt|bst|utc|et|pt|ct|cet|cest|aest|ist"
        r"|uk time)\.?"
        r"|this summary is (?:provided (?:to help|for (?:information|convenience))|not (?:a"
        r" substitute|legal advice|binding)|intended to help)\b.*"
        r"|we are not responsible for the content of\b.*"
        r"|republish (?:our|this) (?:articles?|stories|story)\b.*"
        r"|\*?(?:market )?(?:data|prices|quotes) (?:is|are) (?:delayed|provided by"
        r"|a real-time snapshot)\b.*"
        # A wire story's note of what its new version adds: "(Adds governor's comments, …)".
        r"|\((?:adds|updates|recasts|rewrites|changes|corrects|removes|inserts)\b"
        r"(?![^()]*\b(?:mean|means|meant|will|would|is|are|was|were|has|have|had)\b)[^()]*\)"
        r"|the (?:views|opinions) (?:expressed|in this (?:column|article|piece|post|blog))\b.*"
        # (an Indian daily's short form: "Views are personal.", "Views expressed are personal.")
        r"|(?:the )?(?:views|opinions) (?:expressed )?(?:are|is) (?:personal|the (?:author|writer"
        r"|contributor|columnist)(?:['’]s|s['’]) own)(?: and (?:do )?not (?:necessarily )?"
        r"(?:those|the views|reflect (?:those|the views)) of (?:the )?[\w'’&. -]{1,60})?"
        r"\.?"
        r"|the (?:exchange|interview|conversation|transcript) (?:below|above)\b.*"
        # (an interview's note on its cut: "Edited excerpts:", "Excerpts, edited for length:")
        r"|(?:edited )?(?:excerpts|extracts)(?:,? (?:edited|condensed) for (?:length|clarity"
        r"|brevity)(?: and (?:length|clarity|brevity))?)?\s*:?"
        # (a wire story's note to editors on its new version: "Eds: UPDATES with …")
        r"|eds?\.?:\s+(?-i:[A-Z]{3,})\b.*"
        # (a partner's story run unedited: "This story comes from our partners at A Name and
        # has not been edited by B.")
        r"|this (?:story|article|report|content) (?:comes|came|is) from (?:our|a)"
        r" (?:news |content )?partners?\b.*"
        # (a disclosure in brackets too: "(Full disclosure: the editor lives on Main Street.)")
        r"|\(?(?:full )?(?:funding|competing interests?|conflicts? of interests?"
        r"|declarations? of interests?"
        r"|disclosures?|disclaimers?|journal reference|reference|data availability"
        r"|acknowledge?ments)\s*:.*",
    ),
    (
        "credit",
        # (a bilingual page's label first in its own language, a name after it: "Llun/Picture:
        # Echo"; not "Ukraine/map: Russian forces advance …")
        rf"\w+ ?/ ?(?:photo|picture|image|pic|foto)s?\s*:\s*{_CREDITED}(?:\s*/\s*{_CREDITED})?\.?"
        # (a paper's picture and its photographer after a slash: "Lucayan Courier
        # photo/Kendra Moxey-Pratt", as Caribbean papers credit one; see the gate's "photo/")
        r"|(?-i:[A-Z][\w'’&.-]*)(?: (?-i:[A-Z][\w'’&.-]*)){0,3} (?:file )?photo ?/ ?"
        r"(?-i:[A-Z][\w'’.-]*)(?: (?-i:[A-Z][\w'’.-]*)){0,3}"
        r"|(?:staff |file )?\(?(?:photo(?:graph)?s?|photography|image|picture|pictures"
        r"|illustration"
        r"|graphic|fotos?"
        r"|rendering|map|chart|infographic|animation|cartoon|artwork|drawing|footage"
        r"|video|credit|main"
        r" image|top image|photo illustration)(?: credit| supplied)?s?\s*(?::|by\b).*"
        r"|(?:image|photo|picture|video) source\s*[,:].*"
        # (the picture given by its subject: "Image supplied", "Photos supplied")
        r"|(?:image|photo|picture|photograph)s? supplied\.?"
        # (a picture's label in short, after its caption: "PIC: A NAME"; not "Pics by readers
        # show …")
        r"|pi(?:cs?|x)\s*:.*"
        # (the writer's credit under its label, a name and no more: "Words: A Name"; and a
        # blog's "Posted on 3 February 2024 by A Name")
        # (or with the pictures: "Words and pictures: A Name", "Text and photos: A Name")
        r"|(?:words|(?:words|text|story) (?:and|&) (?:pictures|photos|photographs|images))"
        r"\s*:\s*(?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})"
        r"|posted on [\w ,./-]{4,30}? by (?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\.?"
        # (a picture by a person named in full, nothing after: not "Pics by readers show …")
        r"|pics? by (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})\.?"
        # (a picture taken from a screen, its source named and no more: "(Screengrab from A
        # Name's Facebook video)", "Screenshot via X"; not "Screenshot from CCTV footage shows
        # the suspect …", which is the story's)
        r"|(?P<grab>\()?(?:screengrab|screen grab|screenshot|screen shot) (?:from|via|courtesy of)"
        r" (?![^!?()]*\b(?:shows?|showing|shown|is|are|was|were|has|have|had|says?|said|claim\w*"
        r"|seen|sent|wrote|reads?|reading)\b)(?(grab)[^!?()]|[^.!?()]){1,80}(?(grab)\))\.?"
        # ("Pic courtesy of Bomba", "Photo courtesy of the family")
        r"|(?:(?:file|stock|archive) )?(?:pic|pix|photo(?:graph)?|picture|image)s? (?:by )?"
        r"courtesy(?: of)? "
        r"(?![^.!?]*\b(?:shows?|showing|shown|is|are|was|were|has|have|had)\b)[^.!?]{1,60}\.?"
        # (a reader's picture, its sender named: "Picture sent in by A Name, Kilmahog"; not
        # "Photo supplied by police", nor "… by A Name shows the flood")
        r"|(?:readers?['’]?s? )?(?:pic|photo(?:graph)?|picture|image)s?"
        r" (?:(?:sent in|sent|submitted|supplied|contributed|provided|taken) )?by"
        r" (?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
        r"(?:, (?-i:[A-Z])[\w'’ .-]{1,40})?\.?"
        # (the credit in a sentence, with the page or the paper it was made for: "The
        # photographs in this article were taken by A Name.", "The photograph was taken by A
        # Name for the Herald."; not "The video was recorded by a neighbour on Tuesday.")
        r"|(?:the )?(?:photo(?:graph)?|picture|image|illustration)s? (?:in|on|with|for) this"
        r" (?:article|story|report|piece|page) (?:was|were) (?:taken|shot|made|drawn|supplied)"
        r" by [^.!?;]{1,60}\.?"
        # (for the paper, by its name: "for the Herald", not "for the Army", "for TikTok")
        r"|(?:the )?(?:photo(?:graph)?|picture|image|illustration)s? (?:was|were) (?:taken|shot"
        r"|made|drawn|supplied) by [^.!?;]{1,60}? for (?:the )?(?:(?-i:[A-Z])[\w'’&-]* ){0,3}"
        rf"(?:{'|'.join(MEDIA_WORDS)})\.?"
        r"|(?:materials|stats|statistics|content) (?:are |is )?(?:provided|supplied) by"
        r" (?-i:[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|and|the|&))*)\.?"
        r"|(?:license|licence|buy|purchase|order)(?: a print of)? this (?:photo|image|picture"
        r"|photograph)\b.*"
        r"|[a-z]+ (?:image|photo|picture|photograph)\s*:\s*(?-i:[A-Z]).*"  # "Custody image: X"
        r"|credit\s*(?:\.{2,}|…|-|–).*"
        # (a credit has no verb: "(There is no water.)" is a sentence, a quotation's English)
        r"|\((?![^)]*\b(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did)\b)"
        r"(?:supplied|handout|file|pool|courtesy)?:?\s*[A-Z][\w&.'’ -]{0,40}\)"
        # (an agency's or a paper's picture and its photographer: "(SH photo/Majed Tariq)",
        # "(AFP photo/A Name)")
        r"|\((?-i:[A-Z])[\w&.'’-]*(?: [\w&.'’-]+){0,2} (?:photo|pic|picture|file photo)s?"
        r"\s*/\s*(?-i:[A-Z])[\w&.'’ -]{1,40}\)"
        r"|(?:file|stock|archive) (?:photo(?:graph)?|picture|image|pic)s?\.?|supplied\.?|handout\.?"
        # (and a reader's or a source's picture, the word alone: "Contributed", "Photo
        # contributed", "Submitted")
        r"|(?:(?:photo|picture|image) )?(?:contributed|submitted)\.?"
        # (a stand-in picture's label: "Representational image.", "Image for representation")
        r"|(?:representational|representative) (?:image|photo|picture)\.?"
        r"|(?:image|photo|picture) (?:used )?for representation(?:al purposes)?(?: only)?\.?"
        r"|(?:translated|translation|interpreted)(?: from (?:the )?\w+(?: into \w+)?)? by\b.*"
        # (a transcript's maker and its audio's: "Transcript by the Willamette Courant; audio
        # courtesy of ODOT.")
        r"|transcript (?:by|courtesy of|provided by) (?:the )?(?-i:[A-Z])[\w'’&.-]*"
        r"(?: (?:(?-i:[A-Z])[\w'’&.-]*|of|the|and|&)){0,5}"
        r"(?:; (?:audio|video|photos?) (?:by|courtesy of|from) (?:the )?(?-i:[A-Z])[\w'’&.-]*"
        r"(?: (?:(?-i:[A-Z])[\w'’&.-]*|of|the|and|&)){0,5})?\.?"
        r"|[—–-]?\s*\(?(?:with )?(?:reporting|additional reporting|writing|editing|edited"
        r"|compiled|written)"
        r" by\b.*\)?\.?"
        # Who else made it: "Checked by A Name and B Name", "Shot and subbed by A Name" (the
        # verbs of making and checking a story, and people's names: "Fined by Regulator After
        # Leak", "Opened by Prince Edward", "Backed by Carrow Council" are news).
        r"|(?:(?:(?:fact-)?checked|verified|researched|subbed|sub-edited|copy-edited|proofread"
        r"|designed|drawn|shot|recorded|animated|curated|compiled|coded|graphics|read|translated"
        r"|produced|edited|filmed|photographed|illustrated|reported|written|(?:live )?updates)"
        r"(?:,? and |, )?)+ by "
        + _CREDITED_PERSON
        + r"(?:,? (?:and|&) "
        + _CREDITED_PERSON
        # (and where from: "Reported by A Name in Athens.")
        + r")?(?: in (?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,2})?\.?"
        # (a translation's note: "Quotes in this article were translated from Spanish.", "The
        # interview was conducted in Icelandic and translated by our staff.", "Remarks in
        # Filipino have been translated into English, and some exchanges have been shortened.";
        # not an interpreter's work in a court story)
        r"|(?:(?:some|all)(?: of the)? )?(?:the )?(?:quotes|quotations|interviews?|comments"
        r"|remarks|exchanges?|answers)"
        r"(?: in (?:this (?:article|story|report|piece)|(?-i:[A-Z])[a-z]+))?"
        r" (?:were|was|have been|has been)"
        r" (?:conducted in (?-i:[A-Z])[a-z]+ and (?:have been |has been )?)?translated"
        r"(?: from (?:the )?\w+)?(?: (?:into|to) \w+)?"
        # (by the site's own people: not "by a police officer", "by his cousin", "by Sergeant A
        # Name", "by the State Department")
        r"(?: by (?:the |our )?(?:newsroom|desk|editors?|staff|news desk|english desk"
        r"|translators?|reporters?|(?:english|foreign|news) (?:desk|service|team)))?"
        r"(?:,? and (?:some (?:exchanges|answers|quotes|remarks) )?(?:(?:may )?(?:have been|has"
        r" been|were|was) )?(?:\w+ly )?(?:edited|shortened|condensed)(?: for (?:length|clarity"
        r"|brevity))?)?\.?",
    ),
    (
        "copyright line",
        # (or the holder before the year, the line ending there: "Copyright The Ledger Ltd
        # 2026."; not "Copyright Office figures for 2024 show …")
        r"(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})).*"
        r"|copyright\s+(?:the\s+)?[A-Z][\w'’&.,-]*(?:\s+[A-Z][\w'’&.,-]*){0,5}\s+(?:19|20)\d\d\.?"
        # (the sign after its subject, the line ending at the year or the holder: "All content ©
        # 2027.", "All material © The Ledger 2026"; and the reproduction notice in short)
        r"|all (?:content|contents|material|materials|rights)\s*©\s*[^.!?,]{0,60}\.?"
        r"|permission (?:is )?required for (?:reproduction|republication|reuse)\.?",
    ),
]
# A club's match-day sponsors: "Today's match sponsor: A Firm Ltd.", "Match ball sponsored by
# The Anchor Inn, Ferry Street." (whole lines: not hints, for "match" is a word of every report)
_ANCHORED_RULES.append(
    (
        "editorial note",
        r"(?![^.!?]*\b(?:who|which|that|after|but|when|as)\b)(?:today['’]s )?match(?: ball| day)?"
        r" sponsors?(?: (?:is|was)|:) (?-i:[A-Z])[^.!?,]{0,60}\.?"
        r"|match ball (?:kindly )?sponsored by (?-i:[A-Z])[^!?]{0,60}\.?",
    )
)
# A sum of money in any currency, and what a gift of it does (see "donation ask").
_A_SUM = r"(?:[£$€₹₦₱]\s?|(?-i:KSh|Tk|Rs\.?|GH₵|J\$|US\$|N\$|R|K|P) ?)\d[\d,.]*[km]?"
_A_GIFT_DOES = r"(?:pays for|pays|keeps|buys|funds|covers|feeds)"
_ANCHORED_RULES += [
    # A death notice's own wording: "In lieu of flowers, the family asks …", "Interment will
    # follow at …" (not "A memorial service will be held …", which news reports too).
    (
        "funeral notice",
        r"(?![^.]*\b(?:which|who|where)\b)(?:in lieu of flowers\b.*|(?:memorial )?(?:donations"
        r"|contributions) in (?:his|her|their) (?:memory|name) (?:may|can) be (?:made|sent) to\b.*"
        r"|memorial contributions (?:may|can) be (?:made|sent) to\b.*|the family (?:asks"
        r"|requests|has asked) that (?:donations|gifts)\b.*|(?:a reception|interment|burial)"
        r" will follow\b[^,;]*|visitation will be (?:held )?(?:from|at)\b.*"
        # A paid notice's own formulae: "Online condolences may be left at gutwein.example",
        # "Arrangements are under the direction of A Name Funeral Home", "Published by The
        # Register from Mar. 9 to Mar. 11, 2026.", "Sign the Guest Book" (not "Mass of
        # Christian Burial will be celebrated Friday for the three men": news reports it).
        r"|(?:online )?condolences (?:may|can) be (?:left|shared|offered|sent) (?:online )?"
        r"(?:at|to|via|on) \S+\.[a-z]{2,}\S*"
        r"|arrangements (?:are|were|have been) (?:under the direction of|in the care of"
        r"|(?:being )?handled by|by|entrusted to) [^.]{1,60}\b(?:funeral (?:home|homes|services"
        r"|directors|chapel)|mortuary|crematorium|memorial chapel)\b[^.]*"
        r"|published (?:by|in) [^.,]{1,60} (?:from|on) [a-z]{3,9}\.? \d{1,2}(?:,? \d{4})?"
        r"(?: (?:to|-|–) [a-z]{3,9}\.? \d{1,2}(?:,? \d{4})?)?"
        r"|sign (?:the|our) guest ?book|\d{1,4} (?:guestbook )?entries)[.!]?",
    ),
    # A fact check's claim box: "Said by: A Name", "Date of claim: 24 February", "Our verdict:
    # Mostly False", "Our ruling" (a court's "Verdict: Guilty" is news; a verdict's sentence of
    # reasons is the check's claim).
    (
        "fact-check label",
        r"(?:said|claimed|made|posted|shared|stated) by: .{1,80}|date of (?:the )?claim: .{1,40}"
        r"|our (?:verdict|rating|ruling)(?:: ?[\w ,'’-]{1,30})?"
        # (and a rating in a fact check's own words: "Verdict: Needs context", "Rating: False")
        r"|(?:verdict|rating|ruling): ?(?:(?:mostly|half|partly|largely) )?(?:true|false"
        r"|accurate|inaccurate|misleading|(?:needs|missing|lacks) context|unsupported|unproven"
        r"|correct|incorrect|exaggerated|pants on fire|fake|satire|mixed|altered|wrong"
        r"|out of context|no evidence|cherry-picked|distorted|fabricated)[.!]?",
    ),
    # A live cricket page's over stamp on its own line: "16.3 ov", "15 overs".
    ("date line", r"\d{1,2}(?:\.[1-6])? ?(?:ov|overs?)"),
    # A charity's or a newsroom's donation box: "Give £30", "£30 could give a family clean
    # water for a month", "£1.24m raised of our £2m target", "Choose your amount" (what money
    # could do, said by someone in the story, is theirs: "…, the charity said" stays).
    (
        "donation ask",
        r"(?:give|donate|gift) (?:[£$€]\s?\d[\d,.]*[km]?|an? (?:one-off|monthly|regular) (?:gift"
        r"|donation))(?: (?:a|per|each) (?:month|week|year)| monthly| today| now| once)?[.!]?"
        # (the ask alone on its line, without a stop or a clause: "£50m will fund 400 homes by
        # 2028." is a fact, "£30 could buy …, the charity claims" a claim)
        r"|[£$€]\s?\d[\d,.]*(?: (?:a|per) (?:month|week|year)| monthly)? (?:could|can)"
        r" (?:give|pay|buy|provide|keep|help|fund|feed|cover|train|supply|send)\b[^.,;!?]*"
        r"|(?:[£$€]\s?\d[\d,.]*[km]? )?raised (?:of|towards?) (?:our|the|a|an) (?:\w+ )?"
        r"[£$€]\s?\d[\d,.]*[km]?(?: \w+)? (?:target|goal)[.!]?"
        r"|(?:choose|select|enter|pick) (?:your |an |the )?(?:gift |donation )?amount[.:]?"
        r"|(?:make|send|complete) (?:a |my |your )?(?:donation|gift)[.!]?"
        r"|other ways to (?:give|donate|support us|help)[.:]?"
        # (the box's own words: "Please give what you can.", "How your donation helps")
        r"|please (?:give|donate)(?: what(?:ever)? you can| today| now)?[.!]?"
        r"|how your (?:gift|donation|money|support) (?:helps|is spent|is used|makes a difference)"
        r"[.:]?"
        # (a UK charity's tax reclaim on the gift: "Gift Aid it: add 25% to your gift at no
        # extra cost to you.")
        r"|gift aid (?:it|your (?:gift|donation))\b[^.!?,]{0,80}[.!]?"
        # The newsroom's ask in its own words: "If you value our reporting, …", "Your gift
        # powers independent local journalism."
        # (an ask: "If you value the work carers do, you have to pay for it." is a union's)
        r"|if you (?:value|enjoy(?:ed)?|appreciate|rely on) (?:our|this) (?:reporting"
        r"|journalism|work|coverage|newsletter|podcast)\b.*\b(?:consider|please|donat\w*"
        r"|contribut\w*|support|subscrib\w*|become|join|give)\b.*"
        # "If the story so far has been useful, a gift of any size sends a reporter to the next
        # one.", "If you'd like to help keep it that way, you can put something toward our
        # health desk." (not "If you'd like to help, call the food bank": no "us", no "our")
        r"|(?:if [^.!?]{0,60}, )?an? (?:gift|donation|contribution) of any (?:size|amount)"
        r"(?![^.!?]*\b(?:said|says|wrote|told|posted)\b)[^.!?]*\b(?:us|our|we|reporters?"
        r"|journalism|newsroom)\b.*"
        r"|if you(?:['’]d| would) like to (?:help|support)\b"
        r"(?![^.!?]*\b(?:said|says|wrote|told|posted)\b)[^.!?]{0,80}\b(?:our (?:reporting"
        r"|journalism|newsroom|work|coverage|[\w-]+ desk|site|paper|station|newsletter|podcast)"
        r"|us (?:keep|continue|do|report|stay))\b.*"
        r"|your (?:gift|donation|support|contribution) (?:powers|funds|makes possible|keeps"
        r"|sustains|supports) (?:our |independent |local |public |quality |this )*(?:journalism"
        r"|reporting|newsroom|coverage)\b[^,;]*"
        # What the reader's gift does, in any currency: "Your gift of Tk 1,500 pays for a
        # family's tin roof …" (a sum alone is a price as often: "R20 buys one loaf", "Rs 500 a
        # month pays for the tuition of one child at the academy")
        rf"|your (?:gift|donation) of {_A_SUM} {_A_GIFT_DOES}\b[^!?;]{{3,120}}[.!]?",
    ),
]
_ANCHORED_RULES.append(
    (
        # A newsletter's contents, its label and what follows: "In today's issue: the rental
        # cap vote, a ferry fare change and your letters."
        "related links",
        r"in (?:today['’]s|this (?:week['’]s|morning['’]s|evening['’]s)|this|tonight['’]s)"
        # (not a quoted text or a finding after the colon: "In this email: “…,” the chief
        # executive wrote", "In this edition: the budget is £4m short, the auditor found.")
        r" (?:issue|edition|newsletter|briefing|digest|roundup|round-up)\s*:"
        r"(?![^“\"]*[“\"])(?!.*\b(?:said|says|wrote|writes|found|finds|told|reported)\b).*"
        # (or under "This week:", its items apart by dots and no stop: "This week: a satellite
        # reaches orbit · a new eel survey · your letters")
        r"|(?:this week|today|this issue|inside)\s*:\s*[^·•|.!?]{1,80}"
        r"(?:\s[·•|]\s[^·•|.!?]{1,80}){2,}",
    )
)
# A club's widget under its label in capitals: "LAST RESULT: Carrow Vale 1-3 Thorncastle Town
# (FT)", "NEXT MATCH: Thorncastle Town v Elmsford, Sat 3pm".
_ANCHORED_RULES.append(
    (
        "ticker or widget",
        r"(?-i:(?:LAST|LATEST|PREVIOUS) RESULT)\s*:\s*(?=[^.!?]*\d\s*[-–]\s*\d)[^.!?]{1,80}"
        r"|(?-i:NEXT (?:MATCH|FIXTURE|GAME|HOME GAME|RACE))\s*:\s*(?=[^.!?]*(?:\bv(?:s\.?)?\b|\d))"
        r"[^.!?]{1,80}",
    )
)
_ANCHORED_RULES.append(
    (
        "editorial note",
        # "This article was translated …", "This story appears in the May issue": the page
        # about itself (a correction, which states a fact, stays a claim).
        r"(?:editor['’]?s['’]? note:\s*)?"
        r"this (?:article|story|piece|transcript|episode|newsletter|interview|feature)"
        r" (?:(?:was|has been|is) (?:(?:automatically |machine[- ])?translated"
        r"|produced (?:with|using"
        r"|by (?:automated|software|ai|machine))|generated|machine-generated|edited for (?:length"
        r"|clarity))|(?:first |originally )?(?:appears|appeared) in (?:the|our)"
        r" (?:print|\w+ \d{1,2},? \d{4},?|\w+)"
        r"(?: \w+)? (?:issue|edition)"
        # (not an update that states the fact: "… to reflect that the mine has closed")
        r"|has been updated\b(?![^.]{0,40}\b(?:that|correct|corrects|show|shows|say|says)\b)"
        r"|was updated\b[^.]{0,40}\bto (?:add|include|reflect)\b(?! that))\b.*"
        # (or is one: "This is a translation of an article first published in Spanish in …")
        r"|this is an? (?:automated |machine |machine-generated )?translation of (?:an?|the)"
        r" (?:article|story|report|piece|interview) (?:first |originally )?(?:published|written"
        r"|broadcast|that (?:first |originally )?appeared)\b[^.!?]{0,80}\.?",
    )
)
# A correction note that only says what the page got wrong, the fact itself standing right in
# the story: "Correction: An earlier version of this story said the building had seven
# storeys.", "This article was amended on 10 March 2027.", "This article was updated … to
# correct the commercial tariff, which we first gave as USh 589.3.", "Editor's note: Corrects
# name of sub-county in paragraph 5." (a note that gives the right fact is a claim: "…; it rose
# 7.2%", "… to show that the mine employs 2,300 people, not 3,200", "This story originally
# said 41,000 people had the app; the council's figure is 14,000.")
_CORRECTION_LABEL = r"(?:(?:correction|clarification|editor['’]?s['’]? note|update)s?:\s*)?"
_THE_PAGES_VERSION = (
    r"(?:an? (?:earlier|previous|prior) version of this"
    r" (?:story|article|post|summary|piece|item|page|newsletter|headline)"
    r"(?:, [^,]{1,60},)?|this (?:story|article|post) (?:originally|first|initially))"
)
_ANCHORED_RULES.append(
    (
        "correction note",
        rf"{_CORRECTION_LABEL}(?:{_THE_PAGES_VERSION} (?:said|stated|gave|misstated|described"
        r"|reported|misspelled|misspelt|misidentified|misnamed|incorrectly|wrongly|listed"
        r"|referred|named|put|omitted)\b"
        rf"|this (?:story|article|post|piece) (?:was|has been) (?:amended|updated"
        # (not one that adds or shows a fact: "… updated on Friday to add that the company has
        # paid $3 million", "… updated to say police have arrested a second suspect", "…
        # corrected: the mine employs 2,300 people", "… to correct the tariff to USh 598.3")
        r"|corrected|changed)\b(?![^;]*(?:\bthat\b|:\s|\bto (?:say|show|reflect|make clear"
        r"|clarify|state|give|include|add|note)\b|\bto (?:\S+ )?\S*\d))"
        r"|(?:corrects|clarifies|amends|fixes) (?:the |a |an )?[\w'’ -]{1,60}\b(?:in|of) (?:the"
        r" )?(?:paragraph|para|headline|caption|photo caption|(?:first|second|third|fourth|fifth"
        r"|sixth|\d+(?:st|nd|rd|th)) paragraph)\b)"
        # (what the note got wrong, and no right fact after it: no "; it is …", no ", not …",
        # no "rather than $20 million", "when it was 42", "who is a Republican")
        r"(?![^;]*(?:;|\bnot\b|\bin fact\b|\bactually\b|\binstead\b|\bis correct\b"
        r"|\bthe correct\b|\bshould have\b|\brather than\b|\bwhen (?:it|they|he|she) (?:is|was"
        r"|are|were)\b|, (?:who|which) (?:is|was|are|were)\b|\bright\b))[^;]*",
    )
)
# An editorial's standing note on whose view it is: "This editorial represents the view of the
# Castlecrean Leader." (the whole line; not "This editorial is the view of the board, which
# met on Monday …")
_ANCHORED_RULES.append(
    (
        "editorial note",
        r"this (?:editorial|leader|column) (?:represents|reflects|expresses|is) the (?:views?"
        r"|opinion|position) of (?:the )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,4}"
        r"(?: (?:newspaper|editorial board|board))?\.?",
    )
)
# A court's press summary and a release's standing notes: "It does not form part of the
# reasons for the decision.", "The full judgment is the only authoritative document.",
# "Embargoed until 00:01, Tuesday 10 March 2026", "*Name has been changed.", and a line that is
# nothing but a transcript's or a broadcast's direction ("[TRAVEL JINGLE]", "[Traffic passing]").
_ANCHORED_RULES.append(
    (
        "editorial note",
        r"(?:this summary|it) does not form part of the (?:reasons|court's reasons|judgment)\b.*"
        r"|the full judgment is the only authoritative (?:document|version)\.?"
        r"|judgments are published in the form in which they were handed down\.?"
        r"|paragraph numbers in (?:square )?brackets refer to the (?:full )?judgment\.?"
        r"|embargoed (?:until|till|to):? (?:[\d:.,/ ]|am\b|pm\b|hrs\b|gmt\b|bst\b|utc\b|cet\b"
        rf"|et\b|local time\b|on\b|the\b|(?:{_WHEN_NAMES})\b|\d+(?:st|nd|rd|th)\b)+"
        r"|\*names? (?:has|have) been changed\b.{0,60}"
        r"|\*?not (?:his|her|their|my) real names?\.?"  # (its asterisk a bullet's, stripped)
        r"|(?:some names in this (?:story|article|piece) |names? )(?:has|have) been"
        r" changed(?: to protect [^.]{1,40}| at (?:their|his|her) request)?\.?"
        r"|\[(?-i:[A-Za-z])[a-zA-Z' -]{1,40}\]",
    )
)
# What the page says of its own making, standing and reach: "This interview has been shortened
# and lightly edited.", "This content is reproduced under the Open Chamber Licence.", "This
# article's audio is read by a synthetic voice.", "This is an uncorrected transcript of
# evidence." — a demonstrative and a word for the page, then a verb of its making or standing
# (never "This report found …", "This story is a familiar one", which speak of the world).
_THE_PAGE = r"(?:article|story|piece|transcript|interview|page|live page|live blog|content)"
# An exchange's words as a note on their editing names them, and how they were edited ("edited
# for length", "translated from Nepali", "lightly condensed").
_EXCHANGE = (
    r"(?:(?:(?:this|the|his|her|their|these|some of (?:the|(?:\w+day|\w+)['’]s)|all) )?"
    r"(?:following )?(?:interview|conversation|exchanges?|answers|questions(?: from reporters)?"
    r"|responses|remarks|transcript|q&a|excerpt|extract)"
    rf"|this (?:{_THE_PAGE}|video))"
)
_EDITED = (
    r"(?:\w+ly )?(?:edited|condensed|shortened|translated)(?: for (?:length|clarity|brevity"
    r"|space|readability)(?: and (?:length|clarity|brevity))?| from (?-i:[A-Z])\w+)*"
)
_ANCHORED_RULES.append(
    (
        "editorial note",
        # (each form whole, to the line's end: a fact check's "This content came from a
        # satirical website", "This interview was recorded in 2019 when …" are its findings)
        # (an exchange's words or the page, however it names them: "This interview has been
        # edited and condensed.", "His answers have been edited for length.", "Questions from
        # reporters have been shortened.", "The transcript below was lightly edited.", "This
        # Q&A was produced with a transcription tool and edited for clarity.", "Some of
        # Tuesday's exchanges, edited for length and clarity:" over them; not "The interview was
        # edited by police …, the court heard", which is news)
        rf"{_EXCHANGE}(?: below| above)? (?:(?:has|have) been|was|were|is|are) "
        r"(?:(?:produced|made|generated|prepared|provided|created) (?:by|with|using) [^.]{1,60}?"
        r" and (?:has been |was )?)?"
        rf"{_EDITED}(?:(?:,| and) {_EDITED})*(?: where (?:marked|noted|necessary))?\.?"
        rf"|{_EXCHANGE}, {_EDITED}(?:(?:,| and) {_EDITED})*:"
        # (an aggregator's note on its summaries: "Summaries are written by software and may
        # contain errors.")
        r"|(?:the |these |this )?summar(?:y|ies) (?:is|are|was|were) (?:written|generated|produced"
        r"|created) (?:by|with|using) (?:software|an? algorithm|automated tools?|a computer"
        r" program|machine learning)(?: and [^.!?]{0,60})?\.?"
        # (or the lead-in to it: "Here is part of Wednesday's news conference at City Hall,
        # edited for length and clarity.")
        r"|here (?:is|are) (?:part|parts|some|an? (?:excerpt|extract)|excerpts|extracts) (?:of"
        rf"|from) [^.!?]{{1,80}}, {_EDITED}(?:(?:,| and) {_EDITED})*[.:]?"
        r"|this is an? (?:(?:translated|shortened|edited|abridged|condensed)(?: and |, )?)+"
        r" version of an? (?:story|article|report|interview) (?:first )?(?:published|that"
        r" (?:first )?(?:appeared|ran)) (?:on|in|by) [^,]{1,60}\.?"
        r"|this (?:content|material|article|story) (?:is|has been) reproduced (?:under|with)"
        r" [^,.]{1,60}\.?"
        r"|this (?:content|material|article|story) (?:may|must|should|cannot|can['’]t)(?: not)? be"
        r" (?:republished|reproduced|copied|redistributed)(?: without [^,.]{1,40})?\.?"
        r"|this (?:live page|live blog|story|article|transcript|interview) was (?:written|reported"
        r"|compiled|edited|produced|transcribed) by (?-i:[A-Z])[^,.]{1,80}\.?"
        # (a series' title may ask, and its note say what the series does: "This article is
        # part of The Ledger's series “Who Pays for News?”, which runs every Thursday …")
        r"|this (?:story|article|interview|series) is part of"
        r" (?:[^.!?“”]|“[^”]{1,60}”){0,80}?\b(?:series|project|partnership|collaboration)\b"
        r"(?:[^.!?“”]|“[^”]{1,60}”){0,120}\.?"
        # (a story the site will add to: "This is a developing story and will be updated.")
        r"|this is an? (?:developing|breaking|fast-moving) (?:news )?(?:story|situation)"
        r"(?:(?:,| and) (?:it )?(?:will|may) be updated(?: as [^.!?]{1,60})?)?\."
        r"|this (?:page|website|site) is (?:maintained|run|updated) by the [^,.]{1,40}\.?"
        r"|this (?:website|site|page) is (?:only )?intended for (?:healthcare |health |medical )?"
        r"(?:professionals|practitioners)\b[^,.]{0,40}\.?"
        r"|this (?:article|story|interview) (?:first )?appears? in (?:the |our )?(?:issue \d+|print"
        r"|[\w ]{1,20} (?:issue|edition))\b[^,.]{0,40}\.?"
        rf"|this {_THE_PAGE}['’]s audio is (?:read|voiced|narrated) by\b[^,]*"
        # ("The audio version of this article is generated by text-to-speech, a technology
        # based on artificial intelligence.")
        rf"|the audio (?:version )?of this {_THE_PAGE} (?:is|was) (?:generated|produced|created"
        r"|read|voiced|narrated) (?:by|with|using)\b.*"
        r"|this is (?:an?|the) (?:(?:edited|uncorrected|unedited|unrevised|lightly|abridged|rush"
        r"|automated|verbatim|raw|draft|provisional) )+(?:transcript|record)\b[^,]*"
        r"|this is the (?:latest|current|previous) release\.?",
    )
)
_ANCHORED_RULES.append(
    (
        "editorial note",
        # The page's disclaimers and notes on itself: "This page is for information only and
        # is not investment advice.", "Market data delayed by at least 15 minutes.", "Prices
        # checked 11 June 2026", "Voiced by artificial intelligence.", and a transcript's stage
        # directions ("[Question inaudible]", "[Laughter]").
        # ("Here is an edited excerpt of the press conference.", "Below is a transcript of
        # Tuesday's briefing …, lightly edited for length.")
        # (no clause of news in it: not "Below are excerpts from the ruling, which found …")
        r"(?:here|below) (?:is|are) (?:an? |the )?(?:edited |lightly edited |abridged |condensed )?"
        r"(?:excerpts?|transcript|extracts?) (?:of|from)\b"
        r"(?![^.!?]*\b(?:which|in which|where|who|whom|that|showing|shows)\b)[^.!?]{0,160}[.:]?|"
        # ("The following is an extract from the Hansard record of …", "The following exchange
        # is taken from the committee's proof Hansard.", "The following items are compiled from
        # the police department's daily log …"; not "The following year, …", news)
        # (from a record of some kind: not "The following items were taken from the
        # vehicle: …", nor "The following were drawn from the ballot …")
        r"the following (?:(?:exchange|excerpts?|extracts?|items|entries|observations) )?"
        # (an extract from a chamber's or a meeting's record, not from a report the story
        # quotes: "The following is an extract from the HSE's report:" names its source)
        r"(?:is|are|was|were|has been|have been) (?:(?:an? |the )?(?:(?:edited|lightly edited"
        r"|abridged|condensed|unofficial|partial) (?:excerpts?|transcript|extracts?|record)"
        r"|transcript) (?:of|from)\b|(?:an? |the )?(?:excerpts?|extracts?) (?:of|from)\b"
        r"(?=[^.!?:]{0,60}\b(?:records?|hansard|transcripts?|minutes|proceedings)\b)"
        r"|(?:taken|compiled|drawn|excerpted)"
        r" from\b(?=[^.!?:]{0,60}\b(?:records?|logs?|hansard|transcripts?|minutes|proceedings"
        r"|filings?|archives?|diary|notes|reports|bulletins?|registers?)\b))"
        r"(?![^.!?]*\b(?:which|in which|where|who|whom|that|showing|shows)\b)"
        r"[^.!?]{0,160}[.:]?|"
        r"(?:this|the|our) (?:above )?(?:article|page|site|website|content|information|story"
        r"|newsletter|material|guide|column|blog)\b[^.!?]{0,40}? (?:is|are) (?:provided )?for"
        r" (?:general )?(?:information(?:al)?(?: purposes)?|reference) only\b.*"
        r"|(?:this|the|our|nothing|no) (?:above )?(?:article|page|site|website|content"
        r"|information|story|material|guide)\b[^.!?]{0,60}? (?:(?:is|are|constitutes?) not"
        r"|does not constitute) (?:intended (?:as|to be) )?"
        r"(?:a substitute for )?(?:professional |personal )?(?:medical|legal|financial|investment"
        r"|tax) advice\b.*"
        r"|nothing (?:on|in) this (?:article|page|site|website|story|newsletter) (?:is|constitutes)"
        r" (?:medical|legal|financial|investment|tax) advice\.?"
        # (a machine's work, said of the page's own parts)
        r"|(?:the |these |this )?(?:summar(?:y|ies)|transcripts?|translations?|captions?)"
        r" (?:is|are|was|were) (?:generated|produced|created|translated) (?:automatically"
        r"|by (?:ai|an ai tool|artificial intelligence|machine))(?: and (?:may|might|can|could)"
        r" contain (?:errors|mistakes)| and (?:checked|reviewed|edited) by (?:our |an? )?"
        r"(?:editors?|journalists?|staff))?\.?"
        r"|(?:market |share |stock )?(?:data|prices|quotes)(?: (?:is|are))? delayed(?: by)?"
        r"(?: at least| up to)? \d{1,2} min(?:ute)?s\b.*"
        # (and a data widget's stamp: "Data as of 03 Feb 2026, 3:30 PM IST")
        r"|(?:prices?|(?:market )?data|stats) (?:(?:were |are )?(?:correct|checked|accurate)"
        r"(?: as of| at| on)?|as of|as at)"
        r" (?:the time of (?:writing|publication)|\d{1,2} (?:"
        + _MONTH_NAMES
        + r")\.?|(?:"
        + _MONTH_NAMES
        + r")\.? \d{1,2})(?:,? \d{4})?(?:,? (?:at )?[\d:.]+(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?)?"
        r"(?:[;,] (?:they|prices|these) (?:may|might|can|could) (?:have )?changed?(?: since)?)?\.?"
        r"|(?:this (?:article|story|audio) is )?(?:voiced|narrated|read(?: aloud)?) by (?:an? )?"
        r"(?:ai|artificial intelligence|automated|synthetic|computer-generated)\b.*"
        r"|\[[^\]]{0,20}\b(?:inaudible|laughter|laughs|applause|crosstalk|cross-talk|pause"
        r"|unintelligible|indiscernible|end of (?:transcript|recording))\b[^\]]{0,20}\]",
    )
)
_ANCHORED_RULES.append(
    (
        "editorial note",
        # A wire's and a newsroom's notes on the story itself, a page's own feedback widget and
        # its file links: "With files from A Name in Regina", "The Ledger filed this story on
        # June 7.", "Distributed on behalf of …", "Was this page useful?  Yes  No", "Full
        # transcript (PDF)", "[ AD ]".
        r"(?:[—–-]+ ?)?with (?:files|reporting|additional reporting) from (?-i:[A-Z])[^.,;!?]{1,60}"
        # (or a colleague's report, a name and its place: "(With a report from A Name)", not
        # "With a report from Parliament expected next week")
        r"|\(?with (?:a |additional )?reports? from (?-i:[A-Z][\w'’.-]*)"
        r"(?: (?:(?-i:[A-Z])[\w'’.-]*|in|and|of|de|del|dela|van|von|bin|binti)){0,6}\)?"
        r"|distributed (?:on behalf of|by)(?: (?-i:[A-Z])[^,.;!?]{0,60})?\.?"
        r"|(?:the )?(?-i:[A-Z])[\w&'’. -]{1,60}? filed this (?:story|article)"
        r"(?: (?:on|at) [^,;!?]{1,30}(?:, \d{4})?)?\.?"
        r"|was this (?:page|article|information|answer|story) (?:useful|helpful)\??"
        r"(?:\s+(?:yes|no|👍|👎)\b.{0,20})?"
        r"|(?:full |read the |download the )?(?:transcript|report|document|statement|notice"
        r"|judgment|ruling|decision|filing|study)s? ?\((?:pdf|docx?|mp3|xlsx?|csv)\)"
        r"|\[\s*(?:ad|advert|advertisement|sponsored)\s*\]"
        r"|(?:jump|skip) to(?::| (?:a |the )?[\w'’ ]{1,30})",
    )
)
# A public service's page furniture and an email's: "Emergency?  Call 999", "In an emergency,
# always call 999.", "Not an emergency? Call 101", "Cookies on this government website",
# "Having trouble reading this email?", "Print subscriber?", "Are you a healthcare
# professional?"
_EMERGENCY_QUESTION = r"(?:not an? )?emergency\?"
_EMERGENCY_NUMBER = r"(?:\d{3}|triple zero(?: \(000\))?)"
_ANCHORED_RULES.append(
    (
        "contact line",
        rf"(?:(?:{_EMERGENCY_QUESTION} )?call {_EMERGENCY_NUMBER}|in an? (?:life-threatening )?"
        rf"emergency,? (?:always |please )?call \d{{3}}(?: or \d{{3}})?)"
        rf"(?:\s*(?:call|dial) {_EMERGENCY_NUMBER})?\.?"
        r"|(?:for anything else,? )?(?:call \d{3} or report (?:it )?online"
        r"|report (?:it )?online or call \d{3})\.?",
    )
)
# A telephone number alone, or after its label ("+1 (412) 555-0187", "Box office: 020 7946
# 0321", "412-555-0187"): seven digits or more, opening as a number to ring does (a "+", an
# area code in brackets or after a 0, three groups), which a score's, a year's or a count's
# figures do not ("3-1 2-2", "2026 2027", "1204330").
_PHONE = (
    r"(?=(?:[^\d\n]*\d){7})(?!\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)"  # (not a date: "05.05.2026")
    r"(?:(?:\+\d{1,4}[ .-]?|\(\d{2,5}\)[ .-]?|0\d{1,4}[ .-])(?:\(?\d{2,5}\)?[ .-]?){1,4}(?<=\d{3})"
    r"|\d{3}[-.]\d{3}[-.]\d{4})"
)
_ANCHORED_RULES.append(
    (
        "contact line",
        rf"(?:[a-z][\w' ]{{1,30}}:\s*)?{_PHONE}"
        # (a newsroom's own line, with its stop: "Newsroom: +233 30 290 4471.")
        rf"|(?:newsroom|news ?desk|switchboard|tel|telephone|phone)\s*:\s*{_PHONE}\."
        # (a release's conference call: "Dial-in: +1 441 555 0190 (international) or …", its
        # numbers and codes only)
        r"|(?:dial-?in|dial in|call-?in)(?: numbers?| details)?\s*:\s*"
        r"(?![^.!?]*\b(?:had|has|have|was|were|is|are|said|says|found|been)\b)"
        rf".{{0,30}}?{_PHONE}[^.!?]{{0,80}}\.?"
        r"|(?:e-?mail|email us|contact|tips|newsroom)\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"
        # (a contact box's heading alone: "Media enquiries", "Press contacts"; with its colon,
        # an older rule's)
        r"|(?:media|press) (?:enquiries|inquiries|queries|contacts?)(?: only)?"
        # A reporter's address under the story: "A Name can be reached at name@example.com or
        # 319-555-0142" (an address or a number in it: not "The mayor can be reached at home")
        # (a person's name in capitals: "The helpline can be reached on 0800 …" is news)
        r"|(?:(?-i:[A-Z][\w'’.-]*)(?: (?-i:[A-Z][\w'’.-]*)){1,3}|(?-i:She|He|They))"
        r" (?:can|may) be (?:reached|contacted|emailed)"
        rf" (?:at|on|by|via) (?=[^.!?]{{0,40}}?(?:\S+@\S+\.[a-z]|{_PHONE})).*",
    )
)
_ANCHORED_RULES.append(
    (
        "subscription prompt",
        r"cookies on (?:this|our) (?:[\w-]+ ){0,2}(?:website|site)"
        # (or without "having", or "this" alone: "Trouble reading this?")
        r"|(?:having )?trouble (?:reading|viewing|seeing|displaying) this"
        r"(?: (?:e-?mail|newsletter|message))?\?"
        r"|(?:is )?(?:this )?(?:e-?mail |newsletter |message )?not displaying (?:correctly"
        r"|properly)\??"
        r"|(?:can['’]t|cannot) see this e-?mail(?: (?:properly|correctly))?\??"
        r"(?: view it (?:in|on) (?:your|a|the) (?:web )?browser\.?)?"
        r"|(?:print|existing|newspaper) subscriber\?(?: activate your digital access\.?)?"
        r"|are you an? (?:health ?care|medical) professional\?",
    )
)
# A player's label in capitals after its sign or before a dash, and what it plays: "▶ WATCH
# Inside the birthing unit …", "🎙 LISTEN — …"; a station widget's count: "TRAFFIC  3 incidents
# · …" (not "VIDEO Footage obtained by the Herald shows …", a story's line, nor a warning's
# level in capitals, "WATCH AND ACT · Koorindah Ridge").
_ANCHORED_RULES.append(
    (
        "ticker or widget",
        r"[▶►▷🎙🎧📺🔊📻🎥]\ufe0f?\s*(?-i:WATCH|LISTEN|VIDEO|AUDIO|PODCAST)\s+(?:[—–|]\s+)?"
        r"(?=(?-i:[A-Z0-9“\"](?![A-Z])))\S.{0,120}"
        r"|(?-i:WATCH|LISTEN|VIDEO|AUDIO|PODCAST)\s+[—–|]\s+\S.{0,120}"
        r"|(?-i:TRAFFIC)\s+\d{1,3} (?:incidents?|closures?|delays?|crashes)\b.{0,120}",
    )
)
# A syndicated story's notes and a page's own prompts: "Syndicated from Meridant.", "It may not
# be republished without written permission.", "Forward this post"; and its own tools, "Skip
# to “About this site”", "Search the RCMP website".
_ANCHORED_RULES.append(
    (
        "editorial note",
        r"syndicated (?:from|by|with permission of) (?-i:[A-Z])[\w'’&.-]*(?: [\w'’&.-]+){0,4}\.?"
        r"|it (?:may|must) not be (?:republished|reproduced|redistributed|rebroadcast|reprinted)"
        r"\b[^.!?]{0,60}\.?"
        r"|forward this (?:post|story|article|newsletter|email)\.?",
    )
)
_ANCHORED_RULES.append(
    (
        "navigation or share strip",
        r"(?:skip|jump) to [“\"‘][^”\"’]{1,40}[”\"’]"
        # (the site's own search: not "Search the crash site", a rescue's)
        r"|search (?:the |our )?(?:[\w'’&-]+ ){0,3}(?:website|archives?)"
        r"|search (?:the |our |this )?site",
    )
)
# A site's imprint, one post and its holder a line: "Editor-in-chief: A Name", "Managing
# editor: A Name", "Publisher: A Media Ltd" (a name and nothing more after the colon).
_ANCHORED_RULES.append(
    (
        "about the publisher",
        r"(?:(?:managing|executive|deputy|chief|news|digital|group|acting|associate|responsible)"
        r" )?(?:editor(?:[- ]in[- ]chief)?|publisher|editorial director|publishing director"
        r"|news director)\s*:\s*(?-i:[A-Z])[\w'’.&-]*"
        r"(?: (?:(?-i:[A-Z])[\w'’.&-]*|of|and|&|de|van|von|bin)){0,5}\.?",
    )
)
# A page's own tools at its head: a language picker, a search box's prompt, a trial's offer
# ("Select Language ▼", "Search stories, topics and sources", "Try Workfield Plus free for 1
# month"; not "Search for missing climber called off").
_ANCHORED_RULES.append(
    (
        "navigation or share strip",
        r"select (?:your |a )?language ?[▼▾⌄]?"
        # (a search box's prompt: the box alone, a list of what to search, a site, one kind of
        # thing, or what to search for: "Search", "Search stories, topics and sources", "Search
        # this site", "Search jobs", "Search for a town, city or postcode", "Search for…"; not
        # a headline, "Search giant blocks news", "Search for missing climber called off")
        r"|search(?: (?:(?:[\w-]+, ){1,4}(?:[\w-]+ )?(?:and|or) [\w-]+|(?:the|this|our) site"
        r"|stories|articles|topics|jobs|listings|recipes|archives?)(?: …|\.\.\.)?"
        r"| for ?(?:.{0,40}(?:…|\.\.\.)|(?:articles|stories|news|topics|jobs|anything|keywords?"
        r"|an? (?:word|term|topic|town|city|place|location|postcode|zip code|address))\b.{0,30}))?"
        # (a product's paid tier: "Try Workfield Plus free for 1 month"; not a tram's free
        # fortnight, "Try Harbourline free for two weeks")
        r"|try (?-i:[A-Z])[\w'’& -]{0,30}?\b(?:plus|premium|pro|digital|unlimited|gold"
        r"|membership|\+)(?: [\w'’&-]+){0,2} free for (?:\d+|one|two|three|four) (?:days?|weeks?"
        r"|months?)"
        # (and its push prompt: "Turn on breaking news alerts?"; not a guide's step, "Turn on
        # notifications")
        r"|turn on (?:(?:breaking |push )?news (?:alerts|notifications)\??|(?:breaking |push )?"
        r"(?:alerts|notifications)\?)",
    )
)
# Lines outside reviewers found on pasted pages, each in its own shape: a print line ("A version
# of this article appears in print on …"), an agency's share ("With inputs from PTI"), a read
# counter, a post's tags and section ("Tagged: …", "Posted in News"), a credit after a colon or
# in brackets ("Courtesy: Ministry of Information"), a share button's label.
_ANCHORED_RULES += [
    (
        "editorial note",
        r"(?:a )?version of this (?:article|story) (?:appears|appeared) in print\b.*"
        r"|originally published (?:in|by) (?-i:[A-Z])[^.!?]{1,60}\.?"
        # (a wire report's note on its own first version: "This Dominion Newswire report was
        # first filed Nov. 18, 2026.")
        r"|this (?:(?-i:[A-Z])[\w'’&.-]* ){1,3}(?:report|story|article|dispatch) was"
        r" (?:first|originally)"
        r" (?:filed|published|posted|sent)(?: (?:on|at|in))? [^!?]{1,40}"
        r"|\(?(?:[—–-]+ ?)?with (?:inputs|reports|agency inputs|agency reports|wire reports)"
        r" from (?-i:[A-Z])[^.,;!?()]{1,60}\)?\.?"
        r"|this (?:article|story|post) has been (?:read|viewed) [\d,]+ times\.?",
    ),
    ("related links", r"tagged\s*:.*|published in\s*:.*|posted in (?-i:[A-Z])[^.!?]{0,60}"),
    # A match page's section label alone: "Line-ups", "Kick-off", "Pre-match" (not "Team news",
    # a story's subhead; nor a label over facts a short line gives, which a label carries into
    # furniture as a list's headline: "Verdict" over "Guilty of murder", "Half-time" over the
    # score, "Scorers", "Match facts").
    ("section label", r"(?:line-?ups|kick-?off|pre-?match|teams):?"),
    (
        "credit",
        r"(?:(?:photo|pic|image|picture)s? )?courtesy\s*:\s*(?-i:[A-Z])[^.!?]{0,60}\.?"
        r"|\((?:(?:file|stock|archive) )?(?:photo|pic|image|picture)s? courtesy of [^()]{1,100}\)"
        # (a file picture's and a viewer's in brackets: "(File photo: PNS)", "(Photo courtesy: 9
        # Send It viewer A Name)", "[Photo: A Name, Jua Daily]")
        r"|\((?:(?:file|stock|archive) )?(?:photo|pic|image|picture|video)s?(?: courtesy)?\s*:"
        r"\s*(?-i:[A-Z0-9])[^()\[\]]{0,60}\)"
        r"|\[(?:(?:file|stock|archive) )?(?:photo|pic|image|picture|video)s?(?: courtesy)?\s*:"
        r"\s*(?-i:[A-Z0-9])[^()\[\]]{0,60}\]",
    ),
    ("share or follow line", r"click to share on \w+(?: \(opens in new window\))?"),
]
# A station's licence in its footer: "KQDT is licensed to Norholt Broadcasting Co.", and a
# syndicated feed's: "Meridant content is licensed to Tickerfield." (a call sign in capitals, or
# a feed's content; not "BASF is licensed to sell the seed in Kenya")
_ANCHORED_RULES.append(
    (
        "copyright line",
        # (to a firm, the line whole: not "KRVW is licensed to Pellham, about 40 miles east",
        # "WKPL is licensed to Dunmore University.", a sale's facts)
        r"(?-i:[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|LP))?|[A-Z][A-Z0-9]{2,6}-(?:TV|FM|AM|DT))"
        r" is licensed to (?-i:[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,5}),? (?-i:Co|Inc|LLC"
        r"|L\.L\.C|Ltd|Limited|Corp|Corporation|Company|Licensee|Broadcasting|Media"
        r"|Communications|Group|Holdings)\.?"
        # (a feed's, to a name and no more: not "Disney content is licensed to Hotstar in India
        # until 2027.")
        r"|(?-i:[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}) content is licensed to"
        r" (?-i:[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,2})\.?",
    )
)
# A player's or a frame's stand-in text where the browser lacks it ("Your browser does not
# support the audio element.").
_ANCHORED_RULES.append(
    (
        "ticker or widget",
        r"your browser does(?: not|n['’]t) support (?:the |this |an? )?(?:audio|video|html5?"
        r"|iframes?|embedded|media|player|(?:<\w+>))\b[^.!?,]{0,60}[.!]?",
    )
)
# A rights line for a subscriber's copy ("This article is for the personal use of subscribers."),
# a promise of the print copy ("Never miss a feature: four print issues a year, …"), a text line's
# charge ("Text the studio on 53964 — texts cost 30c plus your standard network rate."), a
# body's registration in its footer ("Registered under the Co-operative Societies Act (Cap.
# 490).") and a wire feed's note continued ("It is published as received from a syndicated
# wire feed.)").
_ANCHORED_RULES += [
    (
        "cookie or legal notice",
        r"this (?:article|story|content|newsletter|e-?paper|edition|copy) is (?:only )?(?:for"
        r"|intended for) (?:the )?(?:personal|private|individual)(?:,? non-commercial)? use of"
        r" (?:our |the )?(?:subscribers?|members?|readers?)(?: only)?\b[^.!?,]{0,60}\.?",
    ),
    (
        "subscription prompt",
        r"never miss an? (?:feature|column|issue|edition|story|post|episode|update)s?\s*[:—–-]"
        r"\s*[^.!?]{0,100}\b(?:issues?|editions?|subscri\w*|delivered|inbox|print|free|a year"
        r"|a month|a week)\b[^.!?]{0,60}[.!]?",
    ),
    (
        "contact line",
        r"(?:text|call|sms|whatsapp) (?:the )?(?:studio|newsroom|show|desk|us)\b[^.!?]{0,60}"
        r"[—–,;-] (?:texts?|calls?|messages?) (?:cost|are charged at)\b[^.!?]{0,60}\b"
        r"(?:network|operator|mobile) (?:rates?|charges?|extras)\b[^.!?]{0,30}\.?"
        r"|texts? (?:cost|are charged at)\b[^.!?]{0,60}\byour (?:standard )?(?:network|operator"
        r"|mobile) (?:rates?|charges?|extras)\b[^.!?]{0,30}\.?",
    ),
    (
        "about the publisher",
        # (a paper's registration at its post office: "Registered at the GPO as a newspaper.")
        r"registered (?:at|with) the (?:g\.?p\.?o\.?|general post office)(?: as a newspaper)?\.?"
        r"|registered as a newspaper (?:at|with) the (?:g\.?p\.?o\.?|general post office)\.?"
        r"|registered under the (?-i:[A-Z])[\w'’ -]{0,60}\bact\b(?:,? \d{4})?(?: \((?:cap"
        r"|chapter|no)\.? ?[\w./-]{1,12}\))?(?:[,;] (?:reg(?:istration)?\.? no\.?|number)"
        r" [\w/-]{2,20})?\.?",
    ),
    (
        # (and how a subscriber may share it: "To share it, use the gift button; copying,
        # forwarding or reselling the text is not allowed.")
        "cookie or legal notice",
        r"(?:to share (?:it|this (?:article|story)),? [^.!?;]{1,60}; )?(?:copying|forwarding"
        r"|reselling|sharing|reproducing|redistributing)(?:,? (?:or |and )?(?:copying|forwarding"
        r"|reselling|sharing|reproducing|redistributing|printing)){1,4} (?:of )?(?:the|this|our)"
        r" (?:text|article|story|content|newsletter)s? (?:is|are) (?:strictly )?(?:not allowed"
        r"|prohibited|not permitted|forbidden)\.?",
    ),
    # A sponsor's or a listing's strip, a label in capitals and its offer or its button between
    # bars: "OFFICIAL KITCHEN PARTNER | Save 15% at A Firm with code OCHIL15", "PROPERTY OF THE
    # WEEK | Frigiliana: three-bed villa, €489,000 | View listing" (not a table's row of data:
    # "WINNER | A Name | 4,512 votes").
    (
        "related links",
        r"(?-i:(?=[A-Z'’& -]*\b(?:PARTNER|SPONSOR(?:ED)?|OFFER|DEALS?|PROMOTION|ADVERTISEMENT"
        r"|PROPERTY|LISTINGS?|SHOP|STORE|OF THE (?:DAY|WEEK|MONTH))\b)"
        r"[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+){1,5})\s*\|\s*[^|]{3,120}?(?:\|\s*(?:view"
        r"|see|read|watch|shop|book|buy|get|listen|claim|order|browse|learn|discover|explore"
        r"|join|subscribe|download)\b[^|.!?]{0,30}|\bwith (?:the )?(?:promo |discount |voucher )?"
        r"code (?-i:[A-Z0-9]{4,}))\s*[.!]?",
    ),
    (
        "editorial note",
        r"it is (?:published|reproduced) as received from (?:a |an |the )?(?:syndicated |wire"
        r" |agency |news )*(?:wire|agency|news|syndicated) (?:feed|service)\.?\)?",
    ),
]
# A note's label over the page's word on its own practice: "Editor's note: Fares in this
# article are …", "Reporting note: This report is based on …", "How we used AI: A
# transcription tool produced …", "Comments policy: The Windwardly welcomes …", "Sub judice
# notice: Comments are closed …" (its own reason, which carries nothing on into the paragraph:
# the next sentence may be a correction's fact or the story's).
_ANCHORED_RULES.append(
    (
        "note on the page",
        # (a note's own label says nothing of what follows: only its word on the page's ways,
        # no figure, "Editor's note: Fares in this article are … unless stated otherwise.",
        # "Comments policy: The Courier welcomes comments …"; not "Editor's note: The council's
        # budget papers put the cost at £41,500.", "Editor's note: The ombudsman found that our
        # reporting was accurate.", "Moderation policy: Meta will no longer remove posts …",
        # which report)
        r"(?:(?:editor['’]?s['’]?|reporting|sourcing|production|transparency|ethics) note"
        r"|(?:comments?|commenting|moderation|corrections|ethics) policy"
        r"|(?:sub judice|contempt of court) notice)"
        r":\s+(?=(?-i:[A-Z“\"]))(?=[^:\d]*\b(?:this (?:article|story|report|piece|page|site"
        r"|transcript)|comments? (?:are|is|will|must|that)|welcomes? comments|our (?:editorial )?"
        r"(?:policy|policies|practice|standards|guidelines)|editorial (?:policy|guidelines"
        r"|standards)|unless (?:stated|otherwise)|based on (?:proceedings|court|official|public)"
        r"|proceedings in open court|not to (?:publish|name|identify|show))\b)"
        r"(?![^:\d]*\b(?:found|finds|shows?|showed|admit\w*|den(?:y|ies|ied)|refus\w*|claim\w*"
        r"|resign\w*|appeared|confirm\w*|revealed|signed|agreed|voted|went to press|reflect"
        r"|correct\w*|updat\w*|amend\w*"
        r"|since (?:publication|then))\b)[^:\d]*"
        r"|how we (?:used|use) (?:ai|artificial intelligence)"
        r"(?: in this (?:story|article|report))?:\s+(?-i:[A-Z“\"])[^:\d]*",
    )
)
# A reader poll's note on itself: "This poll is not scientific.", "Our online polls are not
# scientific and reflect only the views of readers who chose to vote."
_ANCHORED_RULES.append(
    (
        "editorial note",
        r"(?:this|our|the) (?:reader |online |website |web )?polls? (?:is|are) (?:not scientific"
        r"|unscientific|not a scientific (?:poll|survey|sample))\b[^.!?]{0,100}\.?",
    )
)
# A newsletter's own pitch: its name, what it sends and when, the line whole ("The Lab Letter:
# the week's most important research, explained, every Thursday.", "Sulyap Morning Brief: the
# day's top stories, before your first coffee.", "Sea & Shore, the Ledger's coastal newsletter,
# lands every Friday morning."); a name of a newsletter's kind, or what it sends is the day's or
# the week's ("Schedule: bins collected every Friday." is a fact box's).
_NEWSLETTER_NAME = (
    r"(?-i:(?:The )?[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|the|and|&|from|in|for)){0,5})"
)
_SENT_WHEN = (
    r"(?:free )?(?:every (?:week)?day|every (?:morning|evening|week|weekend|(?:mon|tues|wednes"
    r"|thurs|fri|satur|sun)day)(?: (?:morning|evening|afternoon)s?)?|(?:on )?weekday mornings"
    r"|before (?:your|the) first (?:coffee|cup|cuppa|tea)"
    r"|before \d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?: (?-i:[A-Z]{2,4}))?)"
    # (and from when: "every weekday from 5 a.m.")
    r"(?: (?:from|at) \d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.))?"
)
_ANCHORED_RULES.append(
    (
        "subscription prompt",
        # (a name of a newsletter's kind, or what it sends the news of a day or a week: not
        # "Ferry Timetable: the day's first sailing leaves … every weekday")
        rf"(?=[^:]*\b(?:brief|briefing|daily|weekly|letter|newsletter|wrap|digest|notes|dispatch"
        rf"|bulletin|round-?up|pulse)\b|[^:]*: [^.!?]*\bthe (?:day|week|weekend|month)['’]s\b)"
        # (and what it sends is news of some kind: not "Weekly Walks: the group meets at the
        # lido car park, every Tuesday.", a listing)
        rf"(?=[^:]*: [^.!?]*\b(?:news|stories|headlines|reads|research|prices|deals|markets"
        rf"|results|politics|business|analysis|highlights|explained|discovery|newsletter"
        rf"|the best of|the (?:week|day) (?:on|in))\b)"
        rf"{_NEWSLETTER_NAME}: "
        rf"(?![^.!?]*\b(?:will|would|is|are|was|were|has|have|had)\b)"
        rf"[^.!?]{{3,120}}?,? {_SENT_WHEN}\.?"
        # (lands or arrives: a story's newsletter "comes out every month")
        rf"|{_NEWSLETTER_NAME}, (?:the|our) [^,.!?]{{0,50}}\bnewsletter, (?:lands|arrives)"
        rf" (?:in your inbox )?(?:every|each|on) [^.!?]{{1,30}}\.?",
    )
)
# Labels a page puts on its furniture, each with its separator or its stock words: an ad's
# label ("Sponsored · A firm: …", "SPONSORED | How …"), a paywall's end ("You've reached the end
# of this preview."), a club's ask ("Not a member yet?"), a list's label ("Related pages: …"), a
# wire's advisory ("(ATTN: ADDS comments …)"), a translation note ("Quotes translated from German
# by …"), a page's update stamp ("Last update: about 2 hours ago"), a contest ("WIN: …").
_ANCHORED_RULES += [
    (
        "subscription prompt",
        r"(?:sponsored|promoted|partner content|paid (?:post|partnership)|advertorial)"
        r"\s*[·•|–—]\s*.+"
        r"|you['’]ve reached the end of (?:this|the|your) (?:free )?(?:preview|sample)\b.*"
        r"|not an? (?:member|subscriber) yet\??",
    ),
    (
        "related links",
        r"related (?:pages?|links?|articles?|stories|story|topics?|coverage|reading)\s*:.*",
    ),
    (
        "editorial note",
        r"\((?-i:ATTN|ATTENTION)\s*:[^()]*\)|(?-i:ATTN|ATTENTION)\s*:.*"
        r"|quotes? (?:in this (?:article|story|report) )?(?:(?:were|was|have been|has been) )?"
        r"translated from (?-i:[A-Z])[a-z]+(?: (?:into|to) (?-i:[A-Z])[a-z]+)?"
        r"(?: by (?-i:[A-Z])[^.!?]{0,40})?\.?",
    ),
    (
        "ticker or widget",
        r"last (?:update|updated)\s*:?\s*(?:about |around |approx\.? )?(?:\d{1,3}|an?|one)"
        r" (?:minutes?|mins?|hours?|hrs?|days?) ago",
    ),
    ("call to action", r"(?-i:WIN)\s*[:!]\s+.+"),
    # (a broadcaster's notes: "Programming note: …", "This video is not available outside
    # Ireland.")
    ("editorial note", r"programm(?:e|ing) note\s*:.*"),
    (
        "ticker or widget",
        r"(?:this|the) (?:video|clip|audio|stream|content|programme|program|player)"
        r" (?:is|isn['’]t|is not) (?:currently )?(?:not )?(?:available|playable)"
        r" (?:outside|in|from) (?:your (?:region|country|location|area)"
        r"|(?-i:[A-Z])[\w'’ -]{1,30})\.?",
    ),
]
# A donation's button or ask with its sum straight after the verb: "Donate from GH₵20.", "Chip
# in $5 a month", "Give £30", "Give $5 a month to keep it that way." (not "Kano gives traders 60
# days", news of a giving).
_ANCHORED_RULES.append(
    (
        "donation ask",
        r"(?:please |or )?(?:chip in|donate|give|contribute|pledge)(?: (?:from|just|only"
        r"|as little as))? (?:[£$€₹₦]|GH₵|R|Rs\.? ?|KSh ?|S\$|A\$|NZ\$|US\$)\s?\d[\d.,]*"
        r"(?:\s+(?:a|per|each|every|/)\s?(?:month|week|year|mo|yr)|\s+today|\s+now)?"
        r"(?:\s+(?:and|to) [^.!?]{1,60})?[.!?]?(?:\s*[›→»>])?"
        # (or without a sum, what it pays for: "Keep the Hide going: chip in for server costs
        # →", "Chip in towards our printing bill")
        r"|(?:(?:help (?:us )?)?keep [\w'’ ]{1,30} (?:going|running|free|alive)\s*[:—–,-]?\s*)?"
        r"(?:chip in|donate|contribute) (?:for|towards|to help with) [^.!?,]{1,40}[.!]?"
        r"(?:\s*[›→»>])?",
    )
)
_ANCHORED_RULES.append(
    (
        # An event's offer and a classifieds desk's: "Early-bird tickets at £295 end on 30
        # October.", "Place an ad online from $14." (not "Early bird prices were scrapped …",
        # "Early-bird tickets rose 40 per cent")
        "call to action",
        r"early[- ]bird (?:tickets|places|rates?|prices?|registration)(?: (?:at|from|of)"
        r" [£$€]\s?\d[\d,.]*)? (?:end|ends|close|closes|run out|are available|on sale)\b"
        r"[^.!?,]{0,40}[.!]?"
        # (an event's invitation to its audience by kind, with its place and day or its kind of
        # session, and its small print: "Join editors, founders and advertisers at the
        # Convention Hall on April 22.", "Entry is free, but seats are limited to 120; register
        # at …", "Free entry."; not "Join parents, teachers and pupils in mourning …", nor
        # "Entry is free, but places are limited to 40, and 900 have applied.")
        r"|join (?:[a-z][\w'’-]*, ){1,5}(?:[a-z][\w'’-]* )?(?:and|&) [a-z][\w'’-]* (?:at|in|for|on)"
        rf" [^.!?]{{0,100}}?\b(?:on (?:{_DAY_NAMES}|\d{{1,2}} [A-Z][a-z]+"
        r"|[A-Z][a-z]+ \d{1,2})|discussion|sessions?|webinar|panel|conference|workshop|forum"
        r"|summit|talk)\b[^.!?]{0,60}[.!]?"
        r"|(?:registration|entry|admission|attendance) is free,? but (?:places|seats|spaces) are"
        r" limited(?: to [\d,]+)?(?:; (?:register|book|sign up|rsvp)\b(?:[^.!?]|\.(?=\w)){1,60})?"
        r"[.!]?|free (?:entry|admission)[.!]?"
        r"|place (?:an? |your )?(?:ad|advert|classified|listing)(?: online)?(?: (?:from|for)"
        r" [£$€]\s?\d[\d,.]*| today| now| here)[.!]?",
    )
)
_ANCHORED_RULES.append(
    (
        # A newsletter's sponsor read's label: "A word from our partner"
        "editorial note",
        r"(?:a (?:word|message) )?from (?:our|this week['’]s|today['’]s) (?:partners?|sponsors?)"
        r"(?::\s*[^.!?]{1,60})?:?",
    )
)
# A site's own lines a phone or a print page shows, worded each site's way (round fifty-one's
# sets): its advertising desk ("ADVERTISE WITH THE LANTERN — reach 9,000 readers every week."),
# its link to the full site ("Go to the full site ›"), a weather desk's count of alerts ("⚠ 2
# WEATHER ALERTS IN EFFECT"), an appeal's gift ("Make a tax-deductible gift today and it will be
# matched, up to $25,000."), a podcast's music credit ("Music in this episode: “Red Gum
# Morning” by A Name, licensed through …").
_ANCHORED_RULES.append(
    (
        "editorial note",
        r"advertise (?:with|in) (?:us|the (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,3})"
        r"(?:\s*[-–—:|]\s*[^.!?]{1,80})?[.!]?"
        r"|(?:go|switch|return) to (?:the )?(?:full|main|desktop|classic) (?:site|website|version)"
        r"\s*[›»→>]?"
        r"|(?:[⚠❗🚨]\ufe0f?\s*)?(?-i:\d{1,2} (?:[A-Z]+ ){0,2}ALERTS? (?:IN EFFECT|ACTIVE|ISSUED))"
        r"|(?:make|give) (?:a |your )?tax-deductible (?:gift|donation|contribution)(?: today| now)?"
        r"(?: and (?:it|yours) will be (?:matched|doubled)[^.!?,;]{0,40}"
        r"(?:, up to [$£€]?\d[\d,.]*)?)?[.!]?"
        r"|music(?: in this (?:episode|podcast|programme|program|video|show))?\s*:\s*"
        r"[“\"‘][^”\"’]{1,60}[”\"’] by [^.!?]{1,80}\.?"
        r"|music (?:by|courtesy of) (?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,4}\.?",
    )
)
# A link to more of a section: "More opinion", "More sport". (Not a sponsor under its label,
# "Sponsor: Rep. A Name" is a bill's; nor "Match sponsor was X, a firm fined £2m".)
_ANCHORED_RULES.append(
    (
        "editorial note",
        r"more (?:opinion|sport|sports|business|politics|world news|local news|culture|video"
        r"|videos|podcasts|news)",
    )
)
# A page's own notes in prose, each worded its site's way (round fifty-one's tail lines): its
# licence ("Unauthorized reproduction and redistribution prohibited."), who speaks for whom
# ("Views of the brokerages quoted here are their own."), the live page's writers ("Live
# coverage by A Name and B Name."), a warning ("Live text may contain language some readers find
# offensive."), a charity's number ("Charities number CC58214."), its comments ("We welcome
# comments that add to the conversation."), its appeal ("Our journalists work hard to bring you
# local news …") and a critic's ("Our reviewer paid for her meal, …"). Each opens with a word
# the anchored rules look for, so none adds a word to the shape pass's furniture words.
_ANCHORED_RULES.append(
    (
        "editorial note",
        r"(?:unauthori[sz]ed )?(?:reproduction|redistribution|republication|copying)"
        r"(?:,? (?:and|or|&) (?:reproduction|redistribution|republication|copying"
        r"|distribution))*(?: without (?:a |the )?(?:licen[cs]e|permission|consent))?"
        r" (?:is |are )?(?:strictly )?(?:prohibited|forbidden|not permitted)\.?"
        r"|(?:the )?(?:views|opinions) of (?:the )?[\w' ]{1,40} (?:quoted|cited|featured)"
        r" (?:here|in this (?:article|story|report)) (?:are|is) (?:their|his|her|its) own\.?"
        r"|live (?:coverage|updates|blogging) by (?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])"
        r"[\w'’.-]*){1,3}(?:(?:,| and) (?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){1,3})*\.?"
        r"|(?:live text|live blog|live page|this (?:live )?(?:page|video|footage))"
        r" (?:may|might|will) contain (?:language|scenes|images|content|details|material)\b"
        r"[^.!?]{0,40}\b(?:offensive|distressing|upsetting|disturbing)\b[^.!?,]{0,20}\.?"
        r"|(?:registered )?charit(?:y|ies) (?:number|no\.?|reg(?:istration)? (?:number|no\.?))"
        r"\s*:?\s*[A-Z]{0,3}\d{4,9}\.?"
        r"|we welcome (?:comments|contributions to (?:the|this) (?:debate|discussion)|debate"
        r"|discussion)\b[^.!?,]{0,80}\.?"
        r"|our (?:journalists|reporters|team) work(?:s)? hard to (?:bring|keep) you\b"
        r"[^.!?]{0,80}\.?"
        r"|our (?:critics?|reviewers?) (?:pays?|paid) for (?:their|his|her) (?:own )?meals?\b"
        r"[^!?]{0,100}",
    )
)
# A page's asks in a line: its alerts, asked ("Turn on alerts from KQDW 5?"; not a headline's
# "Turn on notifications"), a trial's small print ("No credit card is needed for the trial.",
# "Signing up takes 30 seconds.").
_ANCHORED_RULES.append(
    (
        "call to action",
        r"turn on (?:push |breaking news |news )?(?:notifications|alerts)(?: (?:from|for) "
        r"[^.!?]{1,40})?\?"
        r"|no (?:credit|debit|bank) card (?:is )?(?:needed|required)\b[^.!?]{0,40}[.!]?"
        # (the time it takes, or free and nothing more: not "Signing up is free for residents
        # over 65.", a scheme's fact)
        r"|signing up (?:takes (?:just |only |less than |under )?(?:\d+|a|one|two|a few)"
        r" (?:seconds?|minutes?)|is (?:free|quick|easy)(?: and (?:free|quick|easy))?)[.!]?",
    )
)
# An app's stores, and an appeal's gift in the reader's hands: "Available on iOS and Android.",
# "Your gift today can reach a family within days.", "Your donation will be matched by …".
_ANCHORED_RULES.append(
    (
        "call to action",
        r"(?:(?-i:[A-Z])[\w'’&-]* (?:is )?)?(?:now )?available (?:now )?(?:on|for|in) (?:the )?"
        r"(?:ios|iphone|android|app store|google play)(?: (?:and|&|or) (?:ios|iphone|android"
        r"|app store|google play|the web))?\.?"
        # (a gift or a donation given today, or matched: not "Your contribution makes up 6% of
        # your salary", "Your gift will be taxed at 40% …", "Your donation can be claimed …")
        r"|your (?:gift|donation)s? (?:today|now) (?:can|will|could|helps?|goes|keeps|pays)\b"
        r"(?![^.!?]*\b(?:said|says|claims?|estimates?|warns?|rules?)\b)[^!?,;]*"
        r"|your (?:gift|donation)s? (?:will|can) be (?:matched|doubled)\b[^!?,;]*",
    )
)
# A paper's paid public notices, opened in capitals by their legal formulae: "NOTICE OF PUBLIC
# HEARING – …", "NOTICE TO BIDDERS – …", "IN THE MATTER OF THE ESTATE OF A NAME, Deceased."; and
# a body's own notices under their label in capitals and its colon ("NOTICE: Annual General
# Meeting, Saturday 26 June …", "TENDER: Supply and delivery of 400 milk cans …", "VACANCY: …").
_ANCHORED_RULES.append(
    (
        "public notice",
        r"(?-i:(?:PUBLIC |LEGAL )?NOTICE (?:OF|TO) [A-Z]|IN THE MATTER OF (?:THE )?[A-Z]"
        r"|INVITATION (?:TO|FOR) (?:BIDS?|TENDERS?)\b|REQUEST FOR (?:PROPOSALS|QUOTATIONS)\b"
        # (its body a notice's, no figure first and no clause: not "VACANCIES: 841,000, down
        # 26,000", "AGM: Members voted 412 to 96 …", "NOTICE: This branch will close …")
        r"|(?:(?:PUBLIC|LEGAL|GENERAL|MEMBERS['’]?) )?(?:NOTICE|TENDERS?|VACANC(?:Y|IES)|AGM)\s*:"
        r"\s+(?![^.!?]*\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must"
        r"|said|says)\b)(?![^.!?]*\b[a-z]{3,}ed\b)[A-Z]).*"
        # (a family's notice under its label, a death's words in it: "FUNERAL NOTICE: The A
        # family announces the passing of …", not "FUNERAL NOTICE: Police seek witnesses …";
        # and the legal formula, under any label or none: "PUBLIC NOTICE: Notice is hereby
        # given that the council will …")
        r"|(?-i:(?:FUNERAL|DEATH|MEMORIAL|BEREAVEMENT) NOTICES?)\s*:\s+(?=[^.!?]*\b(?:passing"
        r"|passed|died|death|funeral|service|memorial|aged|late|rest|interment|burial)\b)\S.*"
        r"|(?:(?-i:[A-Z][A-Z ]{2,30})\s*:\s*)?notice is hereby given\b.*",
    )
)
# A page's notes on the view the reader has of it, worded by each site its own way (round
# forty-one's sets): a print or text-only view's ("You are viewing a text-only version of this
# article.", "Photographs, videos and interactive graphics are not shown.", "[Image not shown in
# text-only view: …]"), an app's share ("Shared with you from the Straitsline app"), an audio
# version's ("Prefer to listen?", "This story is narrated by A Name (41 min).", "Audio is
# available to members."), a wire's desk lines ("SLUG: CHILE-COPPER/STRIKE (UPDATE 2)",
# "EDITORS: Adds company statement …", "Filed by A Name in Santiago …; desk editor B Name."),
# a licence's ("Resale, third-party archiving and use to train AI systems are not permitted."),
# a blog's asks ("Never miss a post.", "Pop your email in and we'll send …", "If you found this
# useful, chip in $5."), a form's ("We won't publish your email address.", "Fields marked * are
# required."), a price box's ("Prices quoted are indicative and were correct at the time of
# going to press."), a clock ("Philippine Standard Time: Monday, …, 10:14:32 AM") and a
# weather banner over the page ("WINTER WEATHER ADVISORY for Hall and Adams counties until 6
# a.m. Thursday.": a weather kind in capitals, its end, its places in small letters; a story
# says it in small letters, a headline in capitals has no places in small letters).
_ANCHORED_RULES += [
    (
        "editorial note",
        r"you(?:['’]re| are) (?:viewing|reading|on|looking at) (?:a|an|the) [\w ,'’-]{0,40}?"
        r"\bversion of (?:this|the) (?:article|page|story|site)\.?"
        # (or of nothing named: "You are viewing the text-only version.")
        r"|you(?:['’]re| are) (?:now )?(?:viewing|reading|on|looking at) (?:a|an|the)"
        r" (?:text-only|text|lite|light|low-bandwidth|print|printer-friendly|mobile|desktop|amp"
        r"|accessible|archived|cached) (?:version|edition|view|site|page)\.?"
        r"|(?:readers['’]? )?(?:photographs|photos|images|pictures|videos?|graphics|charts|maps"
        # (one way only to read each joint: a list of "…, and comments" is not tried
        # exponentially many ways)
        r"|comments|polls|adverts|ads)(?:(?:,? and|,(?! and)) (?:(?!and )[\w-]+ ){0,2}?"
        r"(?:photographs|photos"
        r"|images|pictures"
        r"|videos?|graphics|charts|maps|comments|polls))* (?:are|is) not (?:shown|displayed"
        r"|included)(?: (?:in|on) (?:this|the) [\w -]{0,30}(?:version|view|edition|page))?\.?"
        r"|\[(?:image|photo|picture|video|graphic|chart|map)s? not (?:shown|displayed|available)"
        r"\b[^\]]*\]"
        r"|(?:[\U0001F300-\U0001FAFF]\s*)?(?:prefer|want|rather) to listen\?"
        r"|this (?:story|article|piece|report|feature|essay) (?:is|was) (?:narrated|read aloud"
        r"|voiced) by (?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3}"
        r"(?: \(\d{1,3} ?min(?:ute)?s?\))?\.?"
        r"|(?:the )?(?:audio|narration|listening)(?: version)? (?:is |are )?(?:only )?available"
        r" (?:only )?(?:to|for) (?:members|subscribers|premium \w+)(?: only)?\.?"
        r"|(?-i:SLUG)\s*:\s*\S.*"
        r"|editors?\s*:\s*(?:adds|updates|recasts|corrects|rewrites|changes|inserts|removes"
        r"|fixes|refiles|repeats)\b.*"
        r"|filed by (?-i:[A-Z])[^;]{2,100};\s*(?:desk |copy )?(?:editor|editing|edited by)\b.*"
        r"|(?:all )?(?:prices?|figures|rates|details|information)(?: quoted| given| shown"
        r"| listed)? (?:(?:are|is) indicative and )?(?:(?:are|were|is|was) )?(?:correct|accurate)"
        r" at (?:the )?time of (?:going to press|publication|publishing|writing|printing)\.?"
        r"|(?:unless (?:stated|noted|indicated) otherwise,? )?(?:all )?(?:content|material)"
        r" (?:published )?on this (?:site|website) is\b.*",
    ),
    (
        "cookie or legal notice",
        # (the ban and its line's end, a page's: not "Resale is not permitted under the
        # scheme", "Reproduction is prohibited under Section 48")
        r"(?:unauthori[sz]ed )?(?:resale|redistribution|republication|reproduction"
        r"|rebroadcast|archiving|re-?use)"
        r"(?: (?:of|or) (?:this|our|these|the site['’]s) [\w -]{1,30}?)?"
        r"(?:(?:,| and|, and| or) [\w -]{1,40}?)* (?:is|are) (?:strictly )?(?:not permitted"
        r"|prohibited|forbidden"
        r"|not allowed)(?: without (?:the )?(?:prior )?(?:written )?(?:permission|consent)"
        r"[\w ]{0,30})?\.?",
    ),
    (
        "share or follow line",
        r"shared (?:with you )?(?:from|via) (?:the )?[\w'’ &.-]{1,30} app\.?"
        # (the app's name and what it is: "Shared from GoalKini – Malaysia's football app")
        r"|shared (?:with you )?(?:from|via) (?-i:[A-Z])[\w'’&.-]*(?: [\w'’&.-]+){0,2} [–—-]"
        r" [\w'’ &.-]{1,40} app\.?",
    ),
    (
        "subscription prompt",
        r"you(?:['’]ve| have) (?:reached|read|used) (?:the end of )?(?:all )?(?:of )?(?:your )?"
        r"(?:\w+ )?(?:free )?(?:[\w-]+ )?(?:reads|pieces|features)\b.*"
        r"|not (?:registered|signed up|logged in) yet\??"
        r"|create a free (?:[\w'’-]+ ){0,2}(?:account|id|login|profile)\b.*"
        r"|never miss an? (?:post|story|issue|update|episode|edition|newsletter)\.?"
        r"|(?:pop|drop|put|enter|leave|add) your e-?mail(?: address)? (?:in|below|here)\b.*"
        r"|if you (?:found|find|enjoyed|liked|like|value|valued) this(?: \w+)?(?: useful"
        r"| helpful| interesting)?, (?:chip in|donate|give|support|consider|buy|subscribe|tip)"
        r"\b.*",
    ),
    (
        "sign-in prompt",
        r"we (?:won['’]t|will not|do not|don['’]t|never) (?:publish|share|display|show) your"
        r" e-?mail(?: address)?\b.*"
        r"|(?:all )?fields marked (?:with an? )?(?:\*|asterisk)(?: \(\*\))? are (?:required"
        r"|mandatory)\.?",
    ),
    (
        "call for tips or letters",
        r"(?:got |have you got |have )?(?:something|anything|a story|news|a tip) to (?:tell|share"
        r" with|show) us\??",
    ),
    (
        "ticker or widget",
        r"(?:(?:(?-i:[A-Z])[\w'’-]+ ){1,3}(?:standard|local|daylight) time|time in (?-i:[A-Z])"
        r"[\w'’ -]{1,30})\s*:\s*.{0,40}?"
        r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?",
    ),
    (
        "ticker or widget",
        r"(?-i:(?:[A-Z]{2,} )*(?:WINTER|WEATHER|ICE|STORM|SNOW|FLOOD|HEAT|WIND|FROST|FREEZE"
        r"|TORNADO|THUNDERSTORM|BLIZZARD|FIRE|FOG|HURRICANE|TROPICAL|TSUNAMI|GALE|RAIN|SMOKE"
        r"|QUALITY|FLAG|CHILL) (?:WARNING|ADVISORY|WATCH|ALERT|EMERGENCY|STATEMENT))"
        # (its end, and its places in small letters: not a headline in capitals, "WINTER
        # STORM WARNING ISSUED FOR DENVER UNTIL FRIDAY")
        r"(?=[^.]*\b(?:until|through|till)\b)(?=.*(?-i:[a-z]))"
        r" (?:is )?(?:in effect |issued )?(?:for|until|from|through)\b.*",
    ),
]
# A site naming itself first, then what it says of its pages (tried only where the words are:
# `_SITE_SAYS`): "Straitsline works best in the app.", "ZedPulse does not necessarily share the
# views of its content partners.", "The Mutha Mail — printer-friendly version"; and a land
# acknowledgement, a site's or a university's ("We acknowledge the A people, the Traditional
# Owners of the land …", "A University is located in B, the ancestral and unceded territory of
# the C.").
_CAMPUS_OR_OWNER = (
    r"(?:the |its )?(?:[A-Z][\w'’.-]*\s+){0,3}(?:university|college|school|students['’]? union"
    r"|student union|SRC|SU|guild|owners?|publishers?|parent company|proprietors?)"
)
_SITE_NAMED = r"(?:the )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,4}"
_ANCHORED_RULES += [
    # A site's note on its own independence of its campus or its owner: "The Thorn is
    # editorially independent of the university and of the SRC." (not "The BBC is editorially
    # independent of the government but …", "RTÉ is … of the State.")
    (
        "editorial note",
        rf"{_SITE_NAMED} (?:is|are) editorially independent of {_CAMPUS_OR_OWNER}"
        rf"(?:,? and (?:of )?{_CAMPUS_OR_OWNER})?\.?",
    ),
    # What the paywall keeps back, and the free way past it: "Highlights, player ratings and
    # our transfer tracker are for Insiders.", "Register free to read 10 stories a month, or
    # subscribe for ¥1,980 a month."
    (
        "subscription prompt",
        r"(?=.*\b(?:stories|articles|archive|analysis|highlights|ratings|tracker|guide|table)\b)"
        r"[^.!?]{3,120} (?:is|are) (?:only )?for (?:paying )?(?:insiders|supporters|subscribers"
        r"|premium (?:members|subscribers))\.?"
        r"|register (?:free |for free |now )?to (?:read|keep reading|continue reading)\b.*",
    ),
    # An opinion page's disclaimer in short: "Opinions are those of the writers."
    (
        "editorial note",
        r"(?:the )?(?:views|opinions) (?:here )?are (?:those of the|the) (?:writers?|authors?"
        r"|contributors?)['’]?(?: own| alone)?\.?",
    ),
    # A finance page's disclaimers: "Beurskop does not give financial advice.", "Nothing in this
    # article is a recommendation to buy or sell any security."
    (
        "editorial note",
        rf"(?:we|{_SITE_NAMED}) (?:does|do) not (?:give|provide|offer) (?:financial|investment)"
        r" advice\.?"
        # ("Resale Radar is not financial or property advice.")
        rf"|(?:this (?:newsletter|post|article|page|site)|{_SITE_NAMED}) is not (?:intended as )?"
        r"(?:financial|investment|legal|tax|property|medical)(?: or (?:financial|investment|legal"
        r"|tax|property|medical))? advice\.?"
        r"|nothing (?:in|on) this (?:article|story|page|newsletter|post|site|website)"
        r" (?:is|constitutes|should be (?:taken|read) as) (?:a |an )?(?:recommendation"
        r"|financial advice|investment advice|advice|an offer)\b[^,]*",
    ),
]
_ANCHORED_RULES += [
    (
        "editorial note",
        rf"{_SITE_NAMED} (?:works|looks|reads) (?:best|better) (?:in|on) (?:the|our) app\.?"
        rf"|{_SITE_NAMED} does not necessarily (?:share|reflect|represent|endorse) the"
        r" (?:views|opinions) (?:of|expressed by) (?:its|our) [\w -]{1,40}\.?"
        rf"|{_SITE_NAMED} [—–|-] (?:printer[- ]friendly|text[- ]only|printable|print|lite)"
        r" (?:version|view|edition)"
        # (the owners "of the land", as an acknowledgement names them: not "A firm acknowledges
        # the traditional owners were not consulted")
        r"|(?:we|(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,5}) (?:respectfully )?"
        r"acknowledges? (?:the )?[^.]{1,120}\btraditional (?:owners|custodians) of (?:the |this )?"
        r"(?:lands?|country|waters)\b.*"
        r"|we (?:respectfully )?acknowledge (?:the )?[^.]{1,80}\bon whose (?:lands?|country) we\b.*"
        # (a campus's or a newsroom's own line on its land, the line ending there: not
        # "Vancouver is located on …", "The new school is located on …", nor "…, the
        # chancellor noted")
        r"|(?:our (?:[\w'’&.-]+ ){0,2}?(?:newsroom|office|offices|studios?|campus|campuses)"
        r"|we|(?:the )?(?:[\w'’&.-]+ ){0,4}?(?:university|college)(?: of [\w'’ -]{1,40}?)?)"
        r" (?:is|are) (?:located|situated|based) (?:in|on) [^.;]{0,80}?\b(?:ancestral|unceded)\b"
        r"[^.;]{0,40}?\b(?:territory|territories|lands?)(?: of (?:the )?[\w'’ -]{1,40})?\.?"
        r"|want to (?:republish|reuse|syndicate) [^?]{1,40}\?"
        r"|[-—–\s]*(?:story|article|post|text|report|piece|feature) continues (?:below|after"
        r"|under)\b[^.!?]{0,40}?[-—–\s]*",
    ),
]
_ANCHORED_RULES += [
    # A newsletter's or a station's word on its own money, the whole line: "This newsletter is
    # free and reader-supported.", "If you value it, consider a paid subscription.", "Supported
    # by listeners and local businesses.", a Canadian outlet's "We acknowledge the financial
    # support of the Government of Canada."
    (
        "call for support",
        r"this (?:newsletter|podcast|site|blog|publication|website|station|show|paper) is"
        r" (?:[\w,]+ ){0,3}(?:and )?(?:reader|listener|viewer|member)-(?:supported|funded)[.!]?"
        r"|if you (?:value|enjoy|like|read) (?:it|this|them|what we do|what you read here),"
        r" (?:please )?(?:consider|become|join|think about)\b[^.!?]{0,60}"
        r"\b(?:subscri\w*|member\w*|donat\w*|support\w*|contribut\w*)[.!]?"
        r"|(?:supported|funded|powered|made possible) by (?:our )?(?:readers|listeners|viewers"
        r"|members)(?: (?:and|&) (?:[\w-]+ ){0,3}(?:businesses|sponsors|advertisers|partners"
        r"|donors|supporters|foundations))?[.!]?"
        r"|we (?:gratefully )?acknowledge the (?:financial )?support of (?:the )?(?-i:[A-Z])"
        r"[^.!?]{0,80}[.!]?",
    ),
    # A comment box's own note: "Your comment will appear after it is approved."; a blog's
    # like button: "Like this:", "Like this:  ★ Like  Loading..."
    (
        "comment rules",
        r"your comment will (?:appear|be (?:published|visible|shown|posted))(?: here)? (?:once"
        r"|after|when) (?:it is|it's|it has been|a moderator has) (?:approved|moderated"
        r"|reviewed|checked)(?: it)?[.!]?",
    ),
    ("navigation or share strip", r"like this:(?:\s+★?\s*like)?(?:\s+loading\.{0,3})?"),
    # (and a thread's rules under their label, whatever they say: "Comment policy: Be kind and
    # stay on topic.", "Comment rules: keep it civil.")
    (
        "comment rules",
        # (about comments, the reader or the site, or an order: not a story's line with that
        # label, "Comment policy: The minister's remarks were taken down.")
        r"comment(?:ing)? (?:policy|rules|guidelines): (?=(?:be|keep|stay|please|don['’]t|do not"
        r"|no|all comments|comments) |[^\n]*\b(?-i:you|your|we|our|us)\b|[^\n]*\bwelcomes?\b"
        r"|[^\n]*\b(?:publish\w*|delet\w+|remov\w+|moderat\w+|review\w*|approv\w+) (?:\w+ )?"
        r"comments\b)[^\n]{1,200}",
    ),
]
# What the tool a page was pasted from adds around it, worded each tool's way: a feed reader's
# footer and buttons ("The post A headline appeared first on The Herald.", "Mark all as read"),
# an archive's banner ("7 captures · 3 Jun 2026 – 30 Jan 2027", "This is an archived copy of a
# web page …"), a mail client's forward ("---------- Forwarded message ---------"), a
# translator's ("This page has been translated automatically.", "Original language: Portuguese"),
# a search engine's ("About 1,240 results (0.38 seconds)", "People also ask") and a site's lite
# version's note on itself.
_ANCHORED_RULES.append(
    (
        "editorial note",
        # (a headline after "The post", capitalised or quoted: not "The post by the MP appeared
        # first on Facebook")
        r"the post (?-i:[A-Z0-9‘“'\"])[^\n]{0,200}? (?:appeared first|first appeared) on"
        r" [^.!?]{2,80}\.?"
        r"|mark (?:all )?(?:as )?read\b[^.!?]{0,40}"
        r"|feed (?:last )?(?:updated|refreshed) \d{1,3} ?(?:s|secs?|seconds?|m|mins?|minutes?|h"
        r"|hrs?|hours?) ago"
        r"|\d[\d,]* captures?\s*[·|,:–-]?\s*\d{1,2} \w{3,9},? \d{4}\s*[–-]\s*\d{1,2} \w{3,9},?"
        r" \d{4}"
        r"|[◄◀←<«‹]?\s*previous capture\s+next capture\s*[►▶→>»›]?"
        r"|this is an? (?:archived|cached|saved) (?:copy|version|snapshot) of (?:a|this|the)"
        r" (?:web ?page|page|site|article|story)\b[^!?]*"
        r"|-{2,}\s*(?:forwarded|original) message\s*-{2,}|begin forwarded message:?"
        r"|sent from (?:my )?(?:iphone|ipad|android(?: phone)?|galaxy|samsung|pixel|phone"
        r"|mobile(?: phone| device)?|blackberry|outlook(?: for \w+)?|mail for windows)\b"
        r"[^.!?]{0,30}"
        # (and its own lines over a newsletter: "Images in this message are hidden.", "Show
        # images · Always show images from …")
        r"|(?:images|pictures) in this (?:message|e-?mail) (?:are|have been) (?:hidden|blocked"
        r"|not (?:shown|displayed))\.?|(?:images|pictures) are hidden\.?"
        r"|(?:show|display) (?:images|pictures)\b[^!?]{0,80}"
        # (a webmail's tabs: "This message was moved to Promotions." / "Move to Primary")
        r"|this (?:message|e-?mail|conversation) (?:was|has been) moved to (?:the )?(?:promotions"
        r"|updates|social|forums|spam|junk|other|primary)(?: tab| folder)?\.?"
        r"|move to (?:primary|inbox|focused)"
        # (and a news app's share line, with its plug after it: "Shared from the Blue Sky Post
        # app – download it free on iOS and Android.", "Sent from the Troodos Tribune app")
        r"|(?:shared|sent) (?:from|via|using|with) (?:the |our )?"
        r"(?:(?-i:[A-Z])[\w'’&.-]*\s+){1,4}app\b"
        r"(?:\s*[–—-]\s*(?:download|get|install) (?:it|the app|our app)\b[^!?]{0,50})?\.?"
        # (a cache's: "Snapshot as of 18 Feb 2026 04:12:55 GMT.", "The current page may have
        # changed since.")
        r"|(?:cached )?snapshot (?:taken )?(?:as of|on|at|from) [^!?]{0,20}\b(?:19|20)\d\d\b"
        r"[^!?]{0,20}"
        r"|the (?:live|current|original) (?:page|version) (?:may|might|could) have changed"
        r" (?:since|in the meantime)\b[^!?]*"
        r"|this is (?:google|bing|yandex)['’]s cache of \S+[^!?]*"
        r"|it is a snapshot of (?:the|this) page as it appeared on [^!?]*"
        r"|full version\s+text-only version\s+view source"
        # (a site's editor showing a draft: "This is a preview.", "Status: Draft · Last saved
        # …", "Slug: a-b-c", "SEO title: …", "Meta description: …", "[NOTE TO SUBS: …]")
        r"|this is a preview(?: of (?:this|the|your) (?:post|article|story|page))?\.?"
        r"|status: (?:draft|scheduled|pending(?: review)?|unpublished)(?:\s*[·|•]\s*[^!?]*)?"
        r"|(?:slug|permalink|url slug): [\w/-]+"
        r"|(?:seo title|seo description|meta (?:title|description)|focus keyphrase"
        r"|focus keyword): [^\n]*"
        r"|\[(?:note to (?:subs|editors?|desk)|(?-i:ADD|TK)):[^\]]{0,200}\]"
        r"|\[note (?:of|from) the (?:editorial team|editors?|translators?)\b[^\]]{0,200}\]"
        r"|related posts will (?:appear|show|be shown) here\b[^!?]*"
        r"|(?:automatically|machine)[- ]translated(?: from [\w ]{2,30})?\.?"
        r"|this (?:page|article|story|site|text) (?:has been|was|is)"
        r" (?:automatically |machine[- ])?translated(?: automatically)?(?: from [\w ]{2,30})?"
        r"(?: by (?:machine|a machine|(?-i:[A-Z])[\w ]{1,30}))?\.?"
        r"|some (?:content|text|parts|words|terms) (?:may|might) not be translated (?:accurately"
        r"|correctly|properly)\.?"
        r"|original language\s*:\s*[\w -]{2,30}"
        r"|about [\d,.]+ results?(?: \([\d.,]+ seconds?\))?"
        r"|people also (?:ask|search for)|related searches"
        r"|this (?:text[- ]only|lite|light|low[- ]bandwidth|plain[- ]text|accessible) version of"
        r" (?:the|this|our) (?:site|website|page) is (?:provided|intended|designed|made|offered)"
        r"\b[^!?]*",
    )
)
# A station's promo of its own programme: "Watch Shorewave 10 News at Six live in the app,
# weeknights at 6 p.m.", "Listen to Morning Call on our website" (the programme's name between
# the verb and where it plays).
_ANCHORED_RULES.append(
    (
        "call to action",
        # (the programme's name in capitals, nothing else between: not "Watch Commander A Name
        # was on the site", "Watch Hill Road residents on the website forum …")
        r"(?:watch|listen to|stream) (?-i:[A-Z0-9][\w'’&-]*)(?: (?-i:[A-Z0-9][\w'’&-]*)|"
        r" (?:at|of|the|and|&)){0,7} (?:live |free )?(?:in|on) (?:the|our)"
        r" (?:(?-i:[A-Z0-9])[\w'’&-]* ){0,3}(?:app|website|player)\b(?:,? [^!?]{1,60})?\.?"
        r"|(?:watch|listen to) (?-i:[A-Z0-9][\w'’&-]*)(?: (?-i:[A-Z0-9][\w'’&-]*)|"
        r" (?:at|of|the|and|&)){0,7} on (?-i:[A-Z][\w'’&-]*) (?:sounds|podcasts|iplayer|player)\.?"
        # (or when it airs and on which station: "Catch STV News at 7 weeknights on Channel 9
        # and on the STV+ app.", "Hear more on Mainstreet Fundy, weekdays from 4 p.m. on FPB
        # 90.5 FM", "Catch the full report on Nyansa Evening News at 7 p.m. on Nyansa TV")
        r"|(?:catch|hear more on|tune in to|watch|listen to)(?: the full (?:report|interview"
        r"|story|programme|program) on)? (?-i:[A-Z0-9][\w'’&+-]*)(?: (?-i:[A-Z0-9][\w'’&+-]*)"
        r"| (?:at|of|the|and|&)){0,7},? (?:at \d|weekdays|weeknights|daily|every|from \d)"
        r"[^!?]{0,60}?\bon (?:[\w'’&+-]+ ){0,3}(?:\d{2,3}(?:\.\d)? ?(?:fm|am|mhz)|tv|channel \d+"
        r"|(?:the )?[\w+-]* ?app)\b[^.!?]{0,80}\.?",
    )
)
# A newsletter's issue and its sponsor in other words: "This week's Letter comes to you thanks
# to A Firm on Main Street." (anchored: a hint of "comes" would make it a furniture word)
_ANCHORED_RULES.append(
    (
        "editorial note",
        r"(?:today['’]s|this week['’]s|this) (?:(?-i:[A-Z])[\w'’&-]*(?: (?-i:[A-Z])[\w'’&-]*){0,2}"
        r"|newsletter|letter|briefing|edition|issue|digest|bulletin|episode)"
        r" comes to you (?:thanks to|courtesy of) (?-i:[A-Z])[^!?]{0,80}"
        # (or is made possible by it, an issue's name after "today's" or "this week's", or the
        # issue's kind: not "This Bill is sponsored by Senator A Name"; no aside after the
        # sponsor: "Today's Festival is sponsored by X, which paid for the stage")
        r"|(?:(?:today['’]s|this week['’]s) (?-i:[A-Z])[\w'’&-]*(?: (?-i:[A-Z])[\w'’&-]*){0,2}"
        r"|(?:today['’]s|this week['’]s|this) (?:newsletter|letter|briefing|edition|issue|digest"
        r"|bulletin|episode)) is (?:made possible|brought to you|sponsored) by (?-i:[A-Z])"
        r"[^!?,]{0,80}",
    )
)
# A government release's issuers at its head, each a line: "The Hon. A Name MP", "The Honourable
# A Name MP, Premier", then the office alone, "Minister for Roads and Road Safety" (a line with
# nothing but the office: a story names the office in a sentence).
_ANCHORED_RULES.append(
    (
        "byline",
        r"the hon(?:ourable|\.)? (?:dr\.? )?(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){1,4}"
        r"(?: (?-i:MP|MLA|MLC|MHA|MHR|MSP|MS|TD|AM|KC|SC))?(?:, (?:deputy |assistant )?(?:premier"
        r"|treasurer|attorney-general|minister (?:for|of) [^.!?]{2,80}))?"
        r"|(?:assistant |deputy |shadow )?minister (?:for|of) (?:the )?(?-i:[A-Z])[\w'’-]*"
        r"(?:,? (?:and |& |for |of |the )?(?-i:[A-Z])[\w'’-]*){0,7}",
    )
)
# A search engine's tabs pasted on one line: "All News Images Videos Maps More Tools".
_ANCHORED_RULES.append(
    (
        "navigation or share strip",
        r"all(?:\s+(?:news|images|videos|short videos|maps|shopping|books|flights|finance|web"
        r"|forums|more|tools)){3,}",
    )
)
# A release's label over a minister's quotes ("Quotes attributable to Minister for Roads A
# Name:"): the quotes under it carry their speaker; the label is the release's form.
_ANCHORED_RULES.append(
    ("editorial note", rf"{ATTRIBUTABLE_TO} [^.!?]{{3,120}}:"),
)
# A paywall's gift count and a pitch of the site's own ("You have 4 gifts left this month.",
# "Stay ahead of the news."); a voucher in a newsletter ("Show this email at the till.").
_ANCHORED_RULES.append(
    (
        "subscription prompt",
        r"you(?: have|['’]ve got) \d{1,3} (?:free )?(?:gifts?|gift (?:articles?|links?|stories))"
        r"(?: left"
        r"| remaining| to (?:give|share|send))?(?: (?:this|each|per|a) month)?\.?"
        r"|stay (?:ahead of|on top of|up to date with|informed (?:on|about|with)) the"
        r" (?:news|headlines|latest|stories that matter)(?: with (?:our|the) [^.!?]{1,40})?[.!]?"
        r"|show this (?:email|e-mail|newsletter|voucher|coupon|code) (?:at|to|in)\b[^!?]{0,60}",
    )
)
# A release the outlet was paid to run, and its word that it did not check it: "This is a paid
# press release.", "Its content has not been verified by A Site, which is not responsible for its
# accuracy." (the story's own "The figures have not been verified by …" names what, not "its")
_ANCHORED_RULES.append(
    (
        "editorial note",
        r"this is an? (?:paid|sponsored|promoted|commercial) (?:press release|release|post|article"
        r"|feature|announcement)\.?"
        # (the site by its name alone, then nothing or its word that it answers for nothing; not
        # "Its content was not checked by Ofcom before broadcast, the report found.")
        r"|(?:its|this) (?:content|text) has not been (?:verified|checked|edited|reviewed) by"
        r" (?:the )?(?-i:[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,5})(?:, which (?:is not"
        r" responsible|takes no responsibility) for (?:its|the) (?:accuracy|content)s?)?\.?",
    )
)
# A language a page is given in ("Simplified Chinese", "te reo Māori").
_A_LANGUAGE = (
    r"(?:simplified |traditional |te reo )?(?:english|french|spanish|portuguese|german|italian"
    r"|dutch|arabic|chinese|mandarin|cantonese|japanese|korean|vietnamese|thai|khmer|lao|burmese"
    r"|tagalog|filipino|malay|indonesian|hindi|urdu|bengali|bangla|punjabi|gujarati|tamil|telugu"
    r"|sinhala|nepali|dari|pashto|farsi|persian|turkish|kurdish|somali|amharic|tigrinya|swahili"
    r"|kiswahili|hausa|yoruba|igbo|zulu|xhosa|afrikaans|sesotho|setswana|welsh|irish|gaelic"
    r"|māori|maori|samoan|tongan|fijian|russian|ukrainian|polish|greek|hebrew|swedish|norwegian"
    r"|danish|finnish|romanian|catalan|maltese|marathi|kinyarwanda|isizulu|bahasa(?: \w+)?"
    r"|braille|easy read|large print)"
)
# A page's link to itself in another language: "This article is also available in French.",
# "Lire en français.", "Ce texte est aussi offert en français.", "Vous lisez la version anglaise
# de cet article."
_ANCHORED_RULES.append(
    (
        "navigation or share strip",
        rf"this (?:article|story|page|report|text|fact sheet|piece|release) is (?:also )?available"
        rf" in {_A_LANGUAGE}(?:,? (?:and |or )?{_A_LANGUAGE}){{0,11}}(?: only)?\.?"
        r"|(?:ce|cette) (?:texte|article|page|nouvelle|reportage) est (?:aussi |également )?"
        r"(?:offerte?|disponible) en (?:français|anglais)\.?"
        r"|lire (?:cet article |la version (?:française|anglaise) )?en (?:français|anglais)\.?"
        r"|vous lisez la version (?:anglaise|française) de cet (?:article|texte)\.?",
    )
)
_ANY_ANCHORED = re.compile(
    "|".join(f"(?P<rule{n}>(?:{pattern}))" for n, (_, pattern) in enumerate(_ANCHORED_RULES)),
    re.IGNORECASE,
)
_REASON_OF_GROUP = {f"rule{n}": reason for n, (reason, _) in enumerate(_ANCHORED_RULES)}

# Words of the press that are also everyday nouns: "Royal Mail staff", "Morning Star staff".
_NOUNS_OF_THE_PRESS = frozenset(
    """mail post star sun standard record review station network channel voice today express
    mirror globe champion pioneer leader register banner monitor advocate paper am fm tv daily
    weekly""".split()
)

# An outlet's staff as the byline, alone on its line: "Gulf Trade Journal staff" (a name ending
# in a word of the press; not "Hospital staff", "Royal Mail staff").
_STAFF_BYLINE = re.compile(
    r"(?:[A-Z][\w'’&.-]* ){1,4}(?:"
    + "|".join(w.capitalize() for w in sorted(MEDIA_WORDS - _NOUNS_OF_THE_PRESS))
    + r") staff\.?"
)


# Rules that can match anywhere in a line, each tried (with `search`) only when its hint is in
# the lower-cased line: a pattern opening with ".*" tried on every sentence cost more than all
# the anchored rules together.
# Words that carry a line on past a publisher's note about itself into news ("ColdLine is
# published by Torrence Media, which cut 40 jobs", "… is a trading name of X, which was fined").
_GOES_ON_WORDS = "which|who|whose|after|when|because|was|were|had|heard"
# A body by its name alone and who pays for it, the whole line: "Latitude North is funded by
# Norway's universities and research institutes." (its readers are the rule on money in the
# site's own voice: "Docket North is funded by its readers."). The site's only where its
# masthead or its copyright gives that name (see _funders_in_the_story): "Gavi is funded by
# governments and private donors." at a story's foot is the story's.
_FUNDED_BY_NAME = (
    r"^(?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,4} is (?:[\w'’-]+ ){0,4}?"
    r"(?:(?:part|partly|jointly|fully) |co-)?(?:funded|supported) by"
    r" (?!(?:its |our |their )?(?:readers|listeners|viewers|members|subscribers)\b)"
    r"[^.!?\d]{1,80}[.!]?$"
)
_ANYWHERE_RULES: list[tuple[str, tuple[str, ...], re.Pattern]] = [
    (reason, hints, re.compile(pattern, re.IGNORECASE))
    for reason, hints, pattern in [
        (
            "cookie or legal notice",
            ("policy", "notice", "terms"),
            r"\b(?:cookie policy|privacy policy|privacy notice|terms (?:and|&) conditions"
            r"|terms of (?:use|service))\b",
        ),
        ("copyright line", ("rights reserved",), r"\ball rights reserved\.?$"),
        (
            # A shared link's line: "Read this on Eko Chronicle: https://…"
            "share or follow line",
            ("http",),
            r"^(?:read|see|view|watch|listen to) (?:this|it|the (?:full )?(?:story|article))"
            r" (?:on|at|in) [^:]{1,40}:\s*https?://\S+$",
        ),
        # A syndicator's credit, whole: "Provided by The Kololo Chronicle"
        ("credit", ("provided by",), r"^provided by (?-i:[A-Z])[\w'’&. -]{1,50}$"),
        (
            # A search engine's stored copy: "This is a stored copy of https://…", "It shows the
            # page as it appeared on 4 Oct 2026 07:52:10 GMT."
            "editorial note",
            ("stored copy", "cached copy", "saved copy", "archived copy", "as it appeared"),
            # (the address or the time, and nothing after: "This is a cached copy of the
            # ministry page, which claimed …" is a fact check's)
            r"^this is (?:a|the) (?:stored|cached|saved|archived) (?:copy|version|snapshot)"
            r" of https?://\S+$|^it (?:shows|is a snapshot of) the page as it appeared on"
            r" [^,;]{1,40}\b\d{1,2}:\d{2}(?::\d{2})?(?: ?(?:GMT|UTC|[AP]M))?\.?$",
        ),
        (
            # A channel of the site's own and what it sends: "Morning Call on Telegram: the
            # market before 8.30am, every trading day"
            "share or follow line",
            ("telegram", "whatsapp", "instagram", "tiktok", "youtube", "spotify", "podcasts"),
            # (how often it comes, as a channel's promo says: not "A Name on Telegram: the
            # enemy launched 40 drones overnight", a post)
            r"^(?-i:[A-Z])[\w'’&. ]{2,30} on (?:Telegram|WhatsApp|Instagram|TikTok|YouTube"
            r"|Spotify|Apple Podcasts):\s+(?-i:[a-z])(?:[^.!?]|\.(?=\d)){5,80}"
            r"(?:,\s+every [\w ]{2,20}|\b(?:daily|weekly|every (?:day|morning|evening|weekday"
            r"|trading day)))$",
        ),
        (
            # A members' door under its label: "Members' area: sign in with your payroll number"
            "subscription prompt",
            ("sign in", "log in", "sign-in", "login"),
            # (a members' or an account's label, then how: not "Update: Log in problems hit
            # 2 million customers", a headline)
            r"^(?:(?:members|subscribers|readers)['’]?|member|subscriber|my account|account"
            r"|premium)(?: area| zone| lounge| corner| login)?\s*:\s*(?:sign|log)[ -]?in"
            r"(?: (?:with|to|here|using|now)\b[^.!?:]{0,60})?\.?$",
        ),
        (
            # A chat's notice of its encryption: "Messages and calls are end-to-end encrypted.",
            # "No one outside of this chat, not even WhatsApp, can read or listen to them."
            "editorial note",
            ("end-to-end", "chat,"),
            r"^(?:messages and calls are end-to-end encrypted\.?|no one outside of this chat,"
            r" not even [\w ]{2,20}, can read or listen to them\.?)$",
        ),
        (
            # An outlet's picture credit, its name before "pic by": "Lembah Post pic by A Name"
            "credit",
            ("pic", "pics"),
            r"^(?-i:[A-Z][\w'’&.-]*)(?: (?-i:[A-Z][\w'’&.-]*)){0,3} (?-i:pics? by)"
            r" (?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){1,4}\.?$",
        ),
        (
            # A print edition's promo: "Today's Coralstone is on the E-Paper — every page,
            # exactly as it was printed."
            "subscription prompt",
            ("e-paper", "epaper", "e-edition"),
            r"^(?:today['’]s|this (?:week|morning)['’]s) (?-i:[A-Z])[^.!?]{0,40} (?:is|are)"
            r" (?:on|in) (?:the|our) (?:e-?paper|e-?edition)\b(?: [—–-] [^.!?]{1,60})?[.!]?$",
        ),
        (
            # Alerts to a phone by a short code: "Sargassum alerts by text: send CORAL to 4100."
            "share or follow line",
            ("text", "sms", "whatsapp"),
            r"^[^.!?]{0,40}\balerts? by (?:text|sms|whatsapp)\s*[:,-]\s*(?:send|text)"
            r" (?-i:[A-Z0-9]+) to \d{3,6}\.?$",
        ),
        (
            # A newsletter's tiers: "Free subscribers get every post; paid subscribers keep the
            # lights on."
            "subscription prompt",
            ("subscribers",),
            r"^(?:free|paid|paying) subscribers (?:get|receive|keep|can|support|make)\b"
            r"[^.!?]{0,80}[.!]?$",
        ),
        (
            # A finance page's disclaimer on its own maker: "Quorvest Finance is not a
            # broker-dealer and does not give investment advice."
            "editorial note",
            ("investment",),
            r"^(?-i:[A-Z])[^.!?]{0,60}\bdoes not (?:give|provide|offer) (?:personal |individual )?"
            r"investment advice\.?$",
        ),
        (
            # A picture's credit to a giver, the whole line: "Courtesy of A Name", "Courtesy of
            # Trescombe Logistics" (no verb after it)
            "credit",
            ("courtesy",),
            r"^courtesy(?: of)? (?-i:[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|the|and|&)){0,6})\.?$",
        ),
        (
            # (the site's notice on its own content: "All content is protected by copyright.")
            "copyright line",
            ("copyright",),
            r"^(?:all )?(?:the )?(?:content|contents|material|materials)(?: on this (?:site"
            r"|website))? (?:is|are) (?:protected by|subject to) copyright(?: laws?)?\.?$",
        ),
        (
            # A sign-up box's word that leaving is easy, wherever the line puts it: "It takes
            # ten seconds, and you can unsubscribe at any time." (not "Customers could not
            # unsubscribe from the service", news of a firm)
            "subscription prompt",
            ("unsubscribe",),
            r"^it takes [^,.;]{1,30}(?:,? and|;) you can (?:always )?unsubscribe(?: (?:at any time"
            r"|any ?time|whenever you (?:like|want|wish)|with (?:one|a single) click))[.!]?$",
        ),
        (
            "call to action",
            ("notifications",),
            # A browser's prompt for a site's notifications: "The Herald would like to send you
            # notifications for breaking news.", "example.com wants to show notifications"
            r"\b(?:wants? to|would like to) (?:send you|show)(?: push)? notifications\b",
        ),
        (
            # A paywall's word on gifts, whole in its line: "Subscribers may send up to 10 gift
            # articles a month.", "You're reading this free because a member sent you a gift
            # link." (not "The paper gave readers 10,000 gift subscriptions", news of a gift)
            "subscription prompt",
            ("gift article", "gift link", "gift stor", "gift"),
            r"^(?:(?:our )?(?:subscribers|members)|you) (?:can|may) (?:also )?(?:send|share|give)"
            r" (?:up to )?\d+ gift (?:articles|stories|links)\b[^.!?]*[.!]?$"
            # ("Subscribers can gift five articles a month to friends and family.")
            r"|^(?:(?:our )?(?:subscribers|members)|you) (?:can|may) (?:also )?gift (?:up to )?"
            r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|unlimited) (?:free )?"
            r"(?:articles|stories)\b[^.!?]*[.!]?$"
            r"|^you['’]re reading this (?:for )?free because (?:a|an|one of our)"
            r" (?:member|subscriber|friend|reader) sent you a gift (?:link|article)[.!]?$",
        ),
        (
            # A release's legend on where it may go, in capitals, the whole line: "NOT FOR
            # DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES"
            # (not "Not for release until 2040. That is the stamp on …", a story's words)
            "editorial note",
            ("not for distribution", "not for dissemination", "not for publication"),
            r"^(?-i:NOT FOR (?:DISTRIBUTION|DISSEMINATION|PUBLICATION) (?:TO|IN|BEFORE|UNTIL)"
            r" [A-Z0-9][A-Z0-9 .,/:'’&-]{0,120})$",
        ),
        ("related links", ("[edit]",), r"^.{1,60}\[edit\]$"),
        (
            "related links",
            ("independent", "nonprofit", "non-profit", "nonpartisan", "non-partisan"),
            r"^.{1,60} is an? (?:independent|nonprofit|non-profit|nonpartisan|non-partisan)\b"
            r".{0,80}\b(?:newsroom|news organi[sz]ation|project|publication|broadcaster|newspaper"
            r"|news (?:site|service|website|agency)|media (?:company|outlet))\b",
        ),
        (
            # "Small Change is made possible by listeners.", "Independent, nonpartisan and funded
            # by readers", "Independent journalism is not cheap." (not "The station is funded by
            # listeners.", "is paid for by viewers through a £159 licence fee": news of a
            # station's money; the ask's own wording ends the line)
            "donation ask",
            ("readers", "listeners", "viewers", "subscribers", "journalism"),
            r"^(?![“\"‘'])[^.!?\d]{0,50}\bmade possible by (?:our |its )?(?:readers|listeners"
            r"|viewers|subscribers|people like you)[.!]?$"
            r"|^(?:independent|nonpartisan|non-partisan|nonprofit|non-profit|reader|listener)"
            r"[\w ,-]{0,40} (?:and|&) (?:funded|supported|powered) by (?:readers|listeners"
            r"|viewers)[.!]?$|\bsupported by (?:readers|listeners|viewers) like you[.!]?$"
            r"|^(?:independent|quality|good|local|student|public|community|[\w-]+ly)"
            r" (?:\w+ )?journalism (?:is not|isn['’]t)"
            r" (?:cheap|free)[.!]?$",
        ),
        (
            # The site on its own money, in its own voice, whole in a short line: "Local
            # reporting like this is paid for by subscribers.", "Reader donations keep it
            # free." (not "The station, funded by listeners, cut 12 jobs"; "BCPR is
            # listener-supported." names a body, which may be the story's: the next rule)
            "about the publisher",
            ("like this", "paid for by", "keep it"),
            r"^(?:local |independent |our )?(?:reporting|journalism) like this is (?:paid for"
            r"|funded|made possible|supported) by (?:our )?(?:readers|subscribers|listeners"
            r"|viewers|members|donors)[.!]?$"
            r"|^[^.!?,\d]{1,40} journalism, paid for by (?:readers|subscribers|listeners"
            r"|members)[.!]?$"
            r"|^(?:reader|listener|viewer) (?:donations|support|contributions) keeps? it"
            r" (?:free|going|independent)[.!]?$",
        ),
        (
            # "BCPR is listener-supported.", "Undercurrent is independent and listener-funded.":
            # a body on its own money in the trade's compound, whole in a short line; the
            # site's, unless the story names that body (see _funders_in_the_story).
            "site's own funding",
            (
                *(
                    f"{who}-{how}"
                    for who in ("reader", "listener", "viewer", "member", "audience")
                    for how in ("supported", "funded", "powered")
                ),
                "not-for-profit",
            ),
            r"^[^.!?,\d]{1,40} is (?:an? )?(?:independent(?:,| and| &)? )?(?:(?:reader|listener"
            r"|viewer|member|audience)-(?:supported|funded|powered)|not-for-profit|non-?profit)"
            r"(?: (?:publication|site|station|newsletter|newsroom|podcast|magazine|newspaper"
            r"|paper|news site|outlet))?"
            # (and what it covers: "… a reader-supported newsletter about Bellingham city hall.")
            r"(?: (?:about|covering|on) [^.!?,]{1,60})?[.!]?$",
        ),
        (
            # The same, by who pays: "Latitude North is funded by Norway's universities and
            # research institutes.", "LDR is local body journalism co-funded by RNZ and NZ On
            # Air." (by its name alone: not a strand or a section of it, "The Markets section is
            # supported by …", a sponsor's line of its own below, nor "A Name's newsroom …")
            "site's own funding",
            ("funded by", "co-funded", "supported by"),
            _FUNDED_BY_NAME,
        ),
        ("editorial note", ("creative commons",), r"\bcreative commons\b"),
        (
            # An e-paper's jump with the story's head after it: "From p. 6: Boarding stipend"
            # (a head, no figure: "From page 3: Revenue fell by 12% in 2024" quotes a page)
            "editorial note",
            ("p.", "page"),
            r"^(?:continued )?from (?:page|p\.) ?[a-z]?\d{1,3}:\s?(?![^.!?]*\d)"
            r"(?:[^\s.!?]+ ?){1,8}$",
        ),
        (
            # a data provider's delay under its own name: "Tallygate data is delayed by at
            # least 15 minutes."
            "editorial note",
            ("delayed",),
            r"^(?-i:[A-Z])[\w'’&.-]*(?: [\w'’&.-]+)? (?:data|prices|quotes) (?:is|are) delayed"
            r" by (?:at least |up to )?\d{1,2} min(?:ute)?s\.?$",
        ),
        (
            "editorial note",
            ("forward-looking",),
            r"\bforward-looking (?:statements?|information)\b",
        ),
        # A company's release as a portal carries it: its call's webcast ("The webcast can be
        # accessed at …"), its non-GAAP notes ("Non-GAAP Financial Measures", "This press
        # release includes adjusted EBITDA, a non-GAAP financial measure.", "A reconciliation to
        # the most directly comparable GAAP measure is provided …"), and the portal's disclaimer
        # ("The content above is a press release provided by …", "X did not write or edit it
        # and makes no representation about its accuracy.")
        (
            "editorial note",
            (
                # (words rare outside such notes: a hint's words are also the shape pass's
                # "furniture words", so never "or", "write", "provided")
                "webcast",
                "gaap",
                "non-gaap",
                "press release",
                "representation",
                "representations",
            ),
            # (not the call itself, "X will host a conference call and webcast at 4:30 p.m.": a
            # story reports it too)
            r"^(?:the |a )?(?:live |audio )?(?:webcast|replay)(?: and (?:the )?replay)?"
            r" (?:can|will|may) be (?:accessed|found|heard|available)(?: (?:at|on|via|through|from"
            r"|in|for) [^,;!?]{1,100})?\.?$"
            r"|^(?:use of |about )?non-gaap (?:financial )?(?:measures?|information)\.?$"
            r"|^this (?:press )?release (?:includes|contains|refers to|uses|presents)\b[^.!?]{0,80}"
            r"\bnon-gaap (?:financial )?(?:measures?|information|metrics?)\b[^.!?]{0,40}\.?$"
            r"|^(?:a )?reconciliations? (?:of|to|between)\b[^.!?]{0,80}\bgaap\b[^.!?]{0,40}"
            r"\b(?:is|are) (?:provided|included|presented|set out|available)\b[^.!?]{0,60}\.?$"
            r"|^the (?:content|text|article|story|material) (?:above|below) (?:is|was) (?:a |an )?"
            r"(?:press release|news release|announcement)(?: (?:provided|distributed|supplied)"
            r" by\b[^.!?]{0,60})?\.?$"
            r"|^(?-i:[A-Z])[\w&.'’-]*(?: (?-i:[A-Z])[\w&.'’-]*){0,3} (?:did not|does not|didn['’]t)"
            r" (?:write|create|produce)(?: or (?:edit|verify|review))? (?:it|this|the (?:release"
            r"|content))(?: and makes? no representations?\b[^.!?,]{0,80})?\.?$"
            r"|^(?:we|(?:the )?(?:publisher|site|website|portal)|(?-i:[A-Z])[\w&.'’-]*)"
            r" makes? no representations?(?: or warrant(?:y|ies))? (?:about|as to|regarding"
            r"|concerning) (?:its|the|their) (?:accuracy|completeness)(?: or [\w ]{1,20})?\.?$"
            # (a release's letterhead: "Adukrom Pharma Limited – Press Release – 8 April 2027")
            r"|^[^.!?]{2,60}\s[–—|-]\s(?:press|media|news) release\s[–—|-]\s[\w ,]{4,30}$",
        ),
        # A machine transcript's or translation's caveat: "This is an edited excerpt from an
        # automatically generated transcript, and it may contain errors."
        (
            "editorial note",
            ("transcript",),
            # (a machine's, said of the page: not "The court heard the transcript may contain …")
            r"^(?:this|the|these) [^.!?]{0,60}\b(?:automatic(?:ally)?|machine|ai|computer)"
            r"[^.!?]{0,40}\b(?:transcripts?|captions|subtitles|translations?)\b[^.!?]{0,40}\b(?:may|might|can"
            r"|could) contain (?:some )?(?:errors|mistakes|inaccuracies)\.?$",
        ),
        (
            # An affiliate's note: "We may earn a commission if you book through them."
            "editorial note",
            ("commission",),
            r"^(?:if you [^.!?]{1,60}, )?we (?:may|might|can) (?:earn|receive|get) (?:a )?"
            r"(?:small )?(?:commission|fee|share of (?:the )?(?:sale|revenue))\b[^.!?]{0,100}"
            r"[.!]?$",
        ),
        (
            # A press trip's note: "A Name travelled as a guest of the Tourist Association."
            "editorial note",
            ("guest", "courtesy", "support"),
            # (the writer, or a name whose hosts are a trade's: not "A Name travelled as a
            # guest of the Saudi government", news of a politician)
            r"^(?:(?:the|this|our) (?:writer|author|reporter|correspondent|journalist)"
            r"|(?!(?:councillor|cllr|senator|sen|rep|prime|president|minister|mayor|governor"
            r"|deputy|premier|chief|secretary|dr|judge|mp|mr|mrs|ms|lord|lady|sir|dame)\b)"
            r"(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){1,3}(?=[^.!?]*\b(?:touris[mt]"
            r"|travel|hotels?|resorts?|airlines?|airways|cruises?|visit)\b)"
            # (hosted by a trade, not a government: "… as a guest of the Saudi tourism ministry")
            r"(?![^.!?]*\b(?:ministry|government|department|embassy|state|president|king|council"
            r"|parliament)\b))"
            r" (?:travel(?:l)?ed|flew|stayed|was)"
            r" (?:to [^.!?]{1,40} )?(?:as (?:a |the )?guests? of|courtesy of|with (?:support|help)"
            r" from) (?:the )?(?-i:[A-Z])[^.!?]{0,80}\.?$",
        ),
        (
            # Advice's disclaimer: "Talk to a qualified adviser before making decisions about
            # your pension.", "Consult a registered adviser before investing."
            "editorial note",
            ("adviser", "advisor", "advisers", "advisors"),
            r"^(?:please |you should |always )?(?:(?:talk|speak) to|consult|seek (?:independent"
            r" |professional )?advice from) (?:a |an |your )?(?:(?:qualified|registered"
            r"|independent|financial|licensed|professional|tax|regulated) )*advis[eo]rs?\b"
            r"[^.!?,]{0,80}\.?$",
        ),
        ("editorial note", ("undertake", "undertakes"), r"\bundertakes? no (?:obligation|duty)\b"),
        (
            "editorial note",
            ("permission", "consent"),
            r"^reproduction\b[^.!?]{0,120}\bwithout (?:the )?(?:express |prior )*(?:written )?"
            r"(?:permission|consent)\b[^.!?,]{0,60}\b(?:is|are) (?:strictly )?(?:prohibited"
            r"|forbidden|not permitted)\.?$",
        ),
        (
            "editorial note",
            ("reproduced", "published", "broadcast", "redistributed"),
            r"\bmay not be (?:reproduced|published|broadcast|redistributed)\b",
        ),
        ("subscription prompt", ("subscription",), r"\brequires? a (?:paid )?subscription\b"),
        ("editorial note", ("registration",), r"\bregistration (?:number|no\.?)\b"),
        # (its short form ending the line: "Registered trade union federation, Reg. No. B-2218.",
        # "A Trust is registered with the NGO Board, Reg. No. OP.218/051/6621.")
        ("about the publisher", ("reg",), r"\breg\.? no\.?\s*:?\s*[a-z0-9][\w./-]{1,30}\.?$"),
        (
            # A company's registration line, whole: "A Name Ltd, registered in Scotland No.
            # SC498812." (and its office after it; not "…, registered in Wales with number
            # 07766554, made a loss of £2m", news of the company)
            "about the publisher",
            ("registered",),
            r"^(?-i:[A-Z])[^.!?]{0,60}\b(?:ltd|limited|plc|llp|llc|inc)\.?,? (?:is )?"
            r"(?:a company )?registered in (?:england|scotland|wales|northern ireland|ireland)"
            r"(?: (?:and|&) wales)?\b[^.!?]{0,40}\b(?:no\.?|number)\s*:?\s*(?:[a-z]{1,2})?\d{5,}\b"
            r"\.?(?:\s*(?:registered office|vat)\b[^!?]{0,100})?$",
        ),
        (
            # The rights line in the languages of pages pasted from abroad, whole (not "The
            # publisher added “tous droits réservés” to the translation", news of it).
            "copyright line",
            ("reservados", "réservés", "vorbehalten", "riservati", "reproducción"),
            r"^(?:(?:©|\(c\)|copyright)[^.!?]{0,60}[.,]?\s*)?(?:(?:todos (?:los|os) )?(?:derechos"
            r"|direitos) reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti"
            r" riservati|(?:queda )?prohibida su reproducción(?: total o parcial)?"
            r"(?: sin (?:la )?autorización(?: previa)?(?: (?:y )?por escrito| escrita)?"
            r"(?: del? [\w ]{1,30})?)?)"
            r"(?:[.,]?\s*(?:©|\(c\))[^.!?]{0,60})?\.?$",
        ),
        (
            # "No reproduction or republication without written permission (of A Site)."
            "copyright line",
            ("permission",),
            r"^no (?:reproduction|republication|redistribution)(?:(?:,| or| and) (?:reproduction"
            r"|republication|redistribution|copying))* without (?:the )?(?:prior )?(?:written )?"
            r"(?:permission|consent)(?: (?:of|from) [^.!?,]{1,60})?\.?$",
        ),
        (
            # A syndicated story's note on its own editing: "(This story has not been edited
            # by A Site staff and is published from a syndicated news agency feed.)", "(A Site
            # has not edited this wire report beyond its headline.)" (not "Hundreds of wire
            # stories were published without edits …", news of the trade)
            "editorial note",
            ("edited", "edits", "unedited"),
            r"^\(?(?=[^.!?]*\b(?:(?:has|have|was|were) not (?:been )?edited|without (?:any )?edits"
            r"|unedited)\b)(?=[^.!?]*\b(?:feed|wire|syndicated|news agency)\b)"
            r"(?:this (?:story|article|report|copy|item)\b|[^.!?]{0,60}\bthis (?:wire |agency )?"
            r"(?:story|article|report|copy|item)\b"
            r"|[^.!?]{0,80}\bby (?:the )?(?-i:[A-Z])[^.!?]{0,40} staff\b)[^.!?]{0,160}[.!]?\)?$"
            # (the feed named in the next sentence: "(Except for the headline and the summary,
            # this story has not been edited by A Site staff." / "It is published as …")
            r"|^\((?:except for [^,()]{1,60}, )?this (?:story|article|report|copy|item) has not"
            r" been edited by (?:the )?(?-i:[A-Z])[^.!?()]{0,40} staff\.$",
        ),
        (
            # The note of a story first published in another language, in that language.
            "editorial note",
            ("originalmente",),
            r"^[^.!?]{0,60}\b(?:publicad[ao] originalmente|originalmente publicad[ao]) (?:en|em)"
            r" \w+[^.!?]{0,80}[.!]?$",
        ),
        (
            # An Australian site's acknowledgement of country in its footer, whole: "A Site
            # acknowledges the Traditional Owners of Country throughout Australia …", "We pay
            # our respects to Elders past and present." (not "The ruling acknowledges the
            # traditional owners' right to fish", news of a ruling)
            "editorial note",
            ("traditional", "respects", "respect"),
            r"^(?:we|(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,4})"
            r" (?:acknowledges?|recognises|recognizes) (?:the )?traditional (?:owners|custodians)"
            r" (?:of|on)\b[^!?]{0,200}$"
            r"|^(?:we|(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,4}) pays? (?:our |its )?"
            r"respects? to (?:their |the )?elders,? past(?:,| and) present\b[^!?]{0,80}$",
        ),
        (
            # "A Site subscribes to the Press Code", "… and the Press Ombud's complaints
            # process": the site's own standards, whole in a line (not "…, its chief executive
            # insisted", news of it)
            "editorial note",
            ("press code", "editorial code", "ombud"),
            r"^(?:the )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,4} (?:subscribes|adheres"
            r"|is committed) to the [\w'’ ]{0,40}(?:press|editorial) code\b"
            r"(?![^.!?]*\b(?:but|yet|although|though|except)\b)[^.!?,]{0,120}[.!]?$",
        ),
        (
            "about the publisher",
            ("official",),
            r"^(?:[^.!?]{1,40} [—–|-] )?(?:the |an? )?official"
            r" (?:website|web site|site|app|account) of (?:the )?(?-i:[A-Z][\w'’&.-]*)"
            r"(?: (?:(?-i:[A-Z][\w'’&.-]*)|of|and|for|the|&))*$",
        ),
        (
            "editorial note",
            ("responsible",),
            r"^responsible for (?:the )?content\b|^(?:disclaimer: )?(?:we|(?:the )?(?-i:[A-Z])"
            r"[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3}) (?:is|are) not responsible for (?:the"
            r" (?:content|contents|accuracy) of (?:(?:external|other|third-party|linked)"
            r" (?:internet )?(?:sites|websites|web sites|pages|links)|wire (?:stories|copy)|(?:news"
            r" |press )?releases posted)|what (?:appears|is published|is posted) (?:on|in) other"
            r" (?:web)?sites)[^,;]*$",
        ),  # (the site itself, the whole sentence: not "…, the judge ruled", "Parents are …")
        (
            "editorial note",
            ("responsibility",),
            # (the same, said as taking none: "Sgothan takes no responsibility for what other
            # websites publish.")
            r"^(?:we|(?:the )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3})"
            r" (?:takes?|accepts?|bears?) no responsibility for (?:the (?:content|contents"
            r"|accuracy) of (?:external|other|third-party|linked) (?:internet )?(?:sites|websites"
            r"|web sites|pages|links)|what (?:other|external|third-party|linked) (?:web)?sites"
            r" (?:publish|post|say))\.?$",
        ),
        # A police or council appeal's reference: "call 101 quoting crime reference 44/18223/25".
        (
            "advice to readers",
            ("quoting",),
            r"\b(?:call|ring|phone|contact|report|email|e-mail|made|lodged|submitted)\b[^.!?]{0,60}"
            r"\bquoting (?:the )?(?:crime |incident |case |log )?(?:reference|ref\.?|incident|log"
            r"|crime)(?: (?:number|no\.?))?:? [\w/.-]*\d",
        ),
        (
            # The page telling its reader how to reach someone by a number: "For emergency help
            # in floods, call the SES on 132 500.", "Riders can look up the schedules online or
            # call 311.", "SMS CYCLONE to 2969 for free alerts": the verb an instruction or an
            # offer to the reader (opening the line or the clause, after "can", "should", "or"
            # and the like), a number to ring right after it and its service. Not a report, a
            # quotation, a noun ("call centre", "contact sports", "the text of the bill runs to
            # 300 pages"), a timeline's "01:40 – Staff … call 999", advice on the story's event
            # ("Call 911 immediately if you see a man matching the description") nor a
            # complaint ("Call 101 and you get a recording."): two outside reviews.
            "advice to readers",
            ("call", "calling", "text", "sms", "dial", "contact", "phone", "ring"),
            r"^(?!.*[“”\"])(?!\s*(?:[•*-]\s*)?\d{1,2}[:.]?\d\d)"
            r"(?!.*\b(?:and|but) (?:you|they|we|nobody|no one)\b)"
            r"(?!.*\bif you (?:see|spot|notice|witness|find|hear|smell)\b)"
            # (nor what someone or something is told to do: "a sign tells people to call 911")
            r"(?!.*\b(?:tells?|told|telling) (?:[\w'’-]+ ){1,3}to (?:call|text|dial|phone|ring"
            r"|contact)\b)"
            r"(?:|.*(?:[,;:] |\b(?:or|and|can|could|should|may|must|please|to|then) ))"
            r"(?:call(?:ing)?|text|sms|dial|phone|ring|contact)"
            r"(?: (?:the |our |your |a |an )?(?-i:[A-Z])[\w'’&.-]*(?: [\w'’&.-]+){0,6}?)?"
            r"(?: (?:free |directly |toll-free )?(?:on|at|to|line))?"
            r" (?:\+?\(?\d{2,5}\)?[ -]?\d{3}[ -]?\d{3,4}|\d{3}-\d{4}|\d{3}|\d(?: \d){2}"
            r"|(?!(?:19|20)\d\d\b)\d{4,6})\b(?![,.]\d)(?! (?:[a-z]+s|of|hours?)\b)",
        ),
        # A newspaper's imprint: "Printed and published by Sentinel Newspapers Ltd, 12 Corn St."
        (
            "about the publisher",
            ("printed",),
            r"^(?:printed and published|published and printed|printed) by (?-i:[A-Z])[^,;.]*"
            r"(?:(?:,|\.,) (?-i:[A-Z0-9])[^,;]*)*\.?$",
        ),
        # How to report a mistake, in the site's voice: "If you spot an error in our reporting,
        # tell us at …", "To complain about something we have published, email …".
        (
            "call for tips or letters",
            ("error", "errors", "mistake", "mistakes", "complain", "correction", "inaccuracy"),
            r"^(?:if you (?:spot|see|find|notice|think there is) an? (?:error|mistake|inaccuracy)"
            r" (?:in|on) (?:our|this) (?:reporting|coverage|story|article|journalism|page|site)"
            r"|to (?:complain about|report an? (?:error|mistake|inaccuracy) in|request a"
            r" correction to|ask for a correction to) (?:something we|our|this (?:story|article"
            r"|page)))\b",
        ),
        # The site's corrections policy in its own voice, whole in its line: "The Porteño
        # Standard corrects factual errors as soon as they are brought to our attention.", "We
        # correct errors of fact as soon as we become aware of them." (not "The council corrected
        # the error in March", news of someone's)
        (
            "note on the page",
            ("corrects", "correct"),
            # (the policy's label, "we", or "our attention": never a body's own practice, "NHS
            # England corrects errors as soon as they are brought to its attention")
            r"^(?:(?:our )?corrections? policy:\s+(?:we|(?:the )?(?-i:[A-Z])[\w'’&.-]*"
            r"(?: (?-i:[A-Z])[\w'’&.-]*){0,3})|we) corrects? (?:all )?(?:factual errors|errors(?:"
            r" of fact)?|mistakes|inaccuracies)(?: promptly| quickly)?(?: as soon as (?:they are"
            r" brought to our attention|we become aware of them|possible))?[.!]?$"
            r"|^(?:the )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3} corrects? (?:all )?"
            r"(?:factual errors|errors(?: of fact)?|mistakes|inaccuracies) as soon as they are"
            r" brought to our attention[.!]?$",
        ),
        # An affiliate disclosure in the site's voice: "We may earn a commission when you buy
        # through the links in this article", "If you buy through a link on this page, we may be
        # paid a small fee".
        (
            "editorial note",
            ("commission", "fee"),
            r"^(?!.*[“”\"])(?:(?:we (?:may |might |could |can |will |sometimes |often )?"
            r"|(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,2} (?:may|might|could|can) )"
            r"(?:earn|receive|get|be paid|make) (?:an? )?(?:small )?(?:affiliate )?(?:commissions?"
            r"|fees?|payment|share)\b[^.!?]{0,80}\b(?:links?|buy|purchase)"
            # (or when you buy, a site's name of up to three words: "If you buy through the links
            # in this box, The Lanternby may earn a commission.")
            r"|(?:if|when) you (?:buy|purchase|shop|click|sign up)\b[^.!?]{0,80}"
            r"\blinks?\b[^.!?]{0,40}, (?:we|(?:the )?(?-i:[A-Z])[\w'’&.-]*"
            r"(?: (?-i:[A-Z])[\w'’&.-]*){0,2}) (?:may|might|could|can|will)? ?(?:earn|receive|get"
            r"|be paid)\b"
            # (and through "them", the links of a list, a commission its only object: "If you buy
            # through them, Deuce Daily may earn a commission.")
            r"|if you (?:buy|shop) through them, (?:we|(?:the )?(?-i:[A-Z])[\w'’&.-]*"
            r"(?: (?-i:[A-Z])[\w'’&.-]*){0,2}) (?:may|might|could|can) (?:earn|receive|get|be paid)"
            r" (?:an? )?(?:small )?(?:affiliate )?commission\.?$)",
        ),
        (
            "editorial note",
            ("republish", "republishing", "free", "html below"),
            r"\b(?:free to republish|interest in republishing|republish (?:it|this|our)"
            r"|republishing (?:guidelines|this story))\b"
            # (a republishing box's terms: "Newsrooms can run this story for free, …", "Copy
            # the HTML below to paste the story …")
            r"|\b(?:run|reprint|use) (?:this|our) (?:story|stories|article|articles) for free\b"
            r"|\bcopy the html below\b",
        ),
        (
            "about the publisher",
            ("501(c)(3)",),
            r"^[^.!?]{1,60} is an? (?:registered |independent )?501\(c\)\(3\)(?: (?:nonprofit"
            r"|non-profit|charity|charitable organi[sz]ation|organi[sz]ation|news organi[sz]ation"
            r"|newsroom))?\.?$",
        ),
        (
            "about the publisher",
            ("follows", "follow", "subscribes", "adheres", "regulated", "member", "abides"),
            # The publisher's standards: "This site follows the Editors' Code of Practice.",
            # "We follow the Regional Publishers' Code", "The Klaxon is regulated by the Press
            # Complaints Authority", "… is a member of the Association of Local Titles", "The
            # Evening Beacon abides by the Editors' Code of Practice and is regulated by IPSO."
            r"^(?:this (?:site|website|publication|newspaper|title|newsroom)|we) (?:follows?"
            r"|subscribes? to|adheres? to|abides? by|(?:is|are) regulated by)\b[^.!?,]{0,60}"
            r"\b(?:code|codes|standards|guidelines|principles|ethics|regulator|ipso|impress"
            r"|council|authority|commission)\b[^.!?,]{0,30}\.?$"
            # (a title by its name, the press's own code or regulator named: not "The Health
            # Authority follows the national guidelines on …")
            r"|^(?:the )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3} (?:follows?"
            r"|subscribes? to|adheres? to|abides? by|(?:is|are) regulated by)\b[^.!?,]{0,40}"
            r"\b(?:editors['’]? code|code of (?:practice|ethics|conduct) (?:of|for) the"
            r" (?:[\w-]+ )?press|press (?:council|ombudsman|code)|ipso|impress)\b"
            # (and nothing after it but the code's name or its regulator: not "… but refused
            # to publish a correction", news about the paper)
            r"(?: of (?:practice|ethics|conduct)(?: of the (?:[\w-]+ )?press)?)?"
            r"(?: and (?:is|are) regulated by (?:the )?[\w'’ ]{2,40}?)?\.?$",
        ),
        (
            # A web archive's banner over its copy of the page: "This page was captured on 22
            # Oct 2026 08:14:07 UTC.", "Some images and ads may be missing from this capture."
            "editorial note",
            ("captured", "capture", "archived", "snapshot", "page below"),
            r"^(?:this (?:page|copy|snapshot)|the (?:page|copy|snapshot) (?:below|above)|page"
            r"|copy|snapshot) (?:was )?(?:captured|archived|saved) (?:on|at) [\w/.,: -]{4,40}\.?$"
            # (and how often: "Captured 9 times between 11 Nov 2029 and 3 Dec 2029 · ◀ previous
            # capture · next capture ▶")
            r"|^captured \d[\d,]* times? between [\w ,]{4,30} and [\w ,]{4,30}"
            r"(?:\s*·\s*[◄◀←<«‹]?\s*(?:previous|next) capture\s*[►▶→>»›]?){0,2}\.?$"
            r"|^this is an archived (?:copy|version|page|snapshot)(?: of (?:this|the)"
            r" (?:[\w'’ -]{1,30} )?(?:page|article|story|site|website))?\.?$"
            r"|^(?:some )?(?:images|pictures|photos|ads|links|styles)(?:,? (?:and|or) [\w ]{2,20})?"
            r" (?:may|might) (?:be missing|not (?:load|appear|display|work)) (?:from|in) this"
            r" (?:capture|archive|snapshot|copy)\.?$",
        ),
        (
            "editorial note",
            ("good", "audio", "issue", "preferred", "morning", "afternoon", "evening"),
            # A live page's greeting, a transcript's caution, a magazine's issue, a search
            # engine's prompt.
            r"^good (?:morning|afternoon|evening|night) (?:from|and welcome)\b[^.!?,]{0,60}[.!]?$"
            # (a newsletter's, without its "good": "Morning from Walvis Bay.")
            r"|^(?:morning|afternoon|evening) from (?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})[.!]?$"
            # (after a greeting in the reader's own language: "Bula vinaka and good morning.")
            r"|^(?-i:[A-Z])[\w'’-]*(?: [\w'’-]+)? and good (?:morning|afternoon|evening)[.!]?$"
            r"|\bcheck (?:the )?(?:audio|video|recording) before quoting\b"
            r"|^from (?:the|our) [^.!?]{0,30}\b(?:issue|edition)$"
            r"|\bas a preferred source\b",
        ),
        (
            "call for support",
            ("support",),
            r"^support (?:our |independent |local |nonpartisan |non-partisan |nonprofit "
            r"|non-profit |public-interest |[a-z]+ ){0,3}(?:journalism|reporting|news|newsroom)"
            # (with its button after a colon: "Support local news: Become a member")
            r"(?:\s*[:|—–-]\s*[^.!?]{1,40})?\.?$",
        ),
        (
            "call for support",
            ("like you", "chip"),
            # "Reporting like this is free because readers like you chip in.", "Will you chip
            # in $15 a month to keep them that way?"
            r"\b(?:readers|listeners|viewers|members|supporters|donors) like you\b[^,;]{0,30}$"
            # ("Readers like you help keep The Currach's journalism free to read for everyone.")
            r"|^(?:readers|listeners|viewers|members|supporters|donors) like you (?:help|keep"
            r"|make)\b[^.]{0,80}\b(?:journalism|reporting|news|free)\b.*"
            r"|\b(?:will|could|can|would) you chip in\b",
        ),
        (
            # A site's asks and disclaimers, whole lines (outside reviews found them on pasted
            # pages): "Please keep comments respectful and on topic.", "Join ST's Telegram
            # channel …", "The Post is not responsible for the content of external sites."
            "comment rules",
            ("comments", "comment"),
            r"^please (?:keep|be|make) (?:your )?comments? (?:respectful|civil|on[- ]topic|polite"
            r"|relevant|clean|kind)\b[^.!?]*[.!]?$"
            # (when the thread closes: "Comments on this article close at 10pm.")
            r"|^comments? (?:on|for|under) (?:this|the) (?:article|story|post|page)"
            r" (?:will )?close[sd]? (?:at|on|after|in)\b[^.!?]{1,30}[.!]?$",
        ),
        (
            "call to action",
            ("telegram", "whatsapp", "viber"),
            r"^join (?:our|the|(?-i:[A-Z])[\w&.'’]*) (?:[\w'’]+ ){0,2}(?:telegram|whatsapp|viber)"
            r" (?:channel|group|community)\b[^,]*$",
        ),
        (
            "editorial note",
            ("responsible",),
            r"^(?-i:[A-Z])[^.!?,]{1,40} (?:is|are) not responsible for (?:the )?(?:opinions|views"
            r"|comments|statements|contents? of (?:external|third[- ]party|linked|other)"
            r" (?:sites|websites|links))\b[^.!?]*\.?$"
            # (and what it answers for: "FKR is responsible for the editorial content on this
            # site.")
            r"|^(?-i:[A-Z])[^.!?,]{1,40} (?:is|are) responsible for (?:the |all )?(?:editorial )?"
            r"content (?:on|of) (?:this|the|its|our) (?:site|website|page|service)s?\.?$",
        ),
        (
            "call to action",
            ("website", "site", "app"),
            # The publisher pointing to itself: "Photographs of the items can be viewed on our
            # website." (a council's or a firm's site is "its website"; and "our website" in
            # quotation marks is the speaker's: "“Every case is on the panel on our website.”")
            r"^[^“”\"]*\b(?:on|at|via|from|through) our (?:website|web site|site|app|homepage)\b"
            r"[^“”\"]*$"
            # (or its app by its name, the line ending in its button: "Track 4,800 listed
            # companies on the NiveshPulse app — download now.")
            r"|^[^“”\"]{0,120}\bapp\s+[—–-]\s+(?:download|get|install)(?: it)?(?: now| today"
            r"| for free| free)?[.!]?$",
        ),
        (
            "editorial note",
            ("accuracy", "mistakes", "errors"),
            r"^our (?:journalists|reporters|editors|newsroom) (?:strive|aim|work|try)\b"
            r"[^.!?]{0,40}\b(?:accuracy|accurate|mistakes|errors)\b.*",
        ),
        (
            "call for support",
            ("like you",),
            r"^[^.!?]{1,50} (?:relies|depends|counts) on (?:listeners|readers|viewers|supporters"
            r"|members|donors|people) like you\.?$",
        ),
        (
            "comment rules",
            ("comment", "comments", "posts"),
            r"^(?:(?:all |reader |readers' |user )?comments?|(?:abusive|offensive)(?: or \w+)?"
            r" (?:comments?|posts|replies))"
            r"(?: (?:posted|left|made) (?:on|to|here|below)[^.!?]{0,30}| on (?:this|our) \w+)?"
            r" (?:will be (?:deleted|removed|moderated)"
            r"|may be (?:removed|deleted|moderated|edited|published)"
            r"|are (?:subject to|moderated|closed|the views|pre-moderated|switched off|turned off"
            r"|disabled|not (?:open|enabled|available)"
            # (the whole line: "Comments are read before publication, but the council …" is
            # a planning story's)
            r"|(?:checked|reviewed|read|approved) before (?:they (?:appear|go live|are published)"
            r"|publication|being published)(?=\.?$))"
            r"|do not (?:represent|reflect))\b[^0-9]*$",
        ),
        (
            "comment rules",
            ("comment", "comments"),
            # A site's comment policy: "Comment policy: …", "Comments containing hate speech
            # will be removed.", "Abusive, racist or defamatory comments will be removed.",
            # "The Herald reserves the right to remove comments without notice." (the whole
            # line: "The council reviewed 340 comments before the vote" is a story's).
            # (its label as sites word it: "Comment rules: no insults, …")
            r"^comment (?:policy|rules|guidelines):(?=.*\b(?:comments?|readers?|we|our|us|posts?"
            r"|civil|insults?|abus\w*|links?|slurs?|off-topic)\b).*",
        ),
        (
            "comment rules",
            ("comment", "comments"),
            r"^(?:you (?:must|need to) be (?:a registered user|a subscriber|a member|logged in"
            r"|signed in)|(?:log|sign) in|register|subscribe) to (?:comment|post a comment"
            r"|leave a comment|join the (?:conversation|discussion))\.?$",
        ),
        (
            "about the publisher",
            ("trading", "guarantee", "registered"),
            # A page's legal line, the whole line ("…, which was fined £2m" is news).
            rf"^(?!.*\b(?:{_GOES_ON_WORDS})\b)[^.!?]{{1,80}}"
            r"\b(?:is (?:the|a) trading name of|is a (?:private )?company limited by guarantee"
            r"|registered (?:in england(?: and wales)?(?: with| under)? (?:company )?"
            # ("… a registered charity in England and Wales (No. 1184226)", "…, number 114021")
            # (and its country's word and number: "… is a registered Scottish charity,
            # SC047712.")
            r"(?:no\b|number)|(?:(?-i:[A-Z])[a-z]+ )?charity(?: in [^.!?(]{1,40})?,?"
            r" (?:no\b|number\b|\(|(?-i:SC|CHY|NIC|CC|RCN)?\d{5,8}\.?$)"
            # (the number ends the line: not "…, number SC041122, has closed its shelter", "…
            # (No. 1180001), cut 40 jobs"; only "and in Scotland (SC051902)" may follow)
            r"(?!.*\b(?!(?:and|in|or|number|no)\b)(?-i:[a-z]{2,})\b)))",
        ),
        (
            "cookie or legal notice",
            ("cookie", "cookies"),
            # A cookie notice's heading: "A quick word about cookies 🍪", "Cookies on the
            # Sentinel", "Your cookie choices" (short, no full stop).
            r"^(?:an? (?:quick )?(?:word|note) about cookies|how we use cookies"
            r"|cookies on (?:this|our) (?:site|website)|cookies on the (?-i:[A-Z])[\w'’]*"
            # ("Cookies on the Glanyrafon Council website": the site named before its word,
            # with its joiners, "Perth & Kinross Council")
            r"(?: (?:(?-i:[A-Z])[\w'’&-]*|&|and|of)){0,5}(?: (?:website|site|app))?"
            r"|your cookie (?:choices|settings|preferences))(?: \W)?$",
        ),
        (
            "feedback prompt",
            ("useful", "helpful"),
            r"^(?:is|was|did you find) (?:this|the) (?:page|article|story|information|answer)"
            r"(?: (?:useful|helpful))?(?: to you)?\??$",
        ),
        (
            "editorial note",
            ("policy", "policies", "procedure", "process", "guidelines", "rules", "standards",
             "code"),
            r"\bour (?:complaints?|corrections?|editorial|comments?|community|privacy|cookie)"
            r" (?:policy|policies|procedure|process|guidelines|rules|standards|code)\b",
        ),
        (
            "editorial note",
            ("no.", "number"),
            r"\b(?:company|registration|reg\.|vat|charity|certificate|licen[cs]e|abn|acn|gst"
            r"|registered|cin|firm)\s+(?:no\.?|number|#)\s*:?\s*[A-Z]{0,3}\d{4,}[^a-z]*$",
        ),
        ("editorial note", ("necessarily",), r"\bdo(?:es)? not necessarily (?:reflect|represent)"),
        ("editorial note", ("edited",), r"\bmay not have (?:been )?edited\b"),
        (
            "sign-in prompt",
            ("account",),
            r"\b(?:sign in|log in|register) or (?:create|register|sign up)\b"
            r"|\bcreate (?:an|a free|your) account\b",
        ),
        (
            "editorial note",
            ("ai",),
            r"\b(?:generated|written|drafted|created|produced|narrated|summari[sz]ed) (?:by|with"
            r"|using) (?:an? )?(?:ai|artificial intelligence)\b",
        ),
        (
            # A newsletter's own line: its name in capitals, then what it sends and when
            # ("Morning Markets: the numbers that move SA money, at 6:30am on weekdays"; not "The
            # new policy is simple: teachers will email parents at 8am every weekday")
            "subscription prompt",
            ("weekdays",),
            r"^(?=.*\b(?:news|newsletter|brief|briefing|digest|edition|round-?up|stories)\b)"
            r"(?-i:[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|the|and|&|from|in|for)){0,5}): "
            r"[^.!?]*\b(?:at|by) \d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.) (?:on )?weekdays"
            r"[^.!?]*\.?$",
        ),
        ("share or follow line", ("inbox",), r"\b(?:in|to) your inbox\b"),
        (
            # A site's claim on its content, the whole line: "All rights to the news,
            # photographs and images published on this site belong to A Firm.", "They may not
            # be quoted without citing and linking to the source." (not a court's order: "They
            # must not be republished until the trial ends")
            "copyright line",
            ("belong", "without"),
            r"^all rights to (?:the |our )?[^.!?]{1,80} belong to [^!?]{1,60}$"
            r"|^they (?:may|must) not be (?:republished|reproduced|redistributed|quoted|copied)"
            r" without (?:citing|crediting|permission|written permission|prior|attribution)"
            r"[^.!?]{0,60}\.?$",
        ),
        (
            # Notes on the copy itself, the whole line: a story put together from the wires
            # ("BURSA - Compiled from news agency reports"); a wire writethru's ("UPDATES with
            # coast guard figures, … in paragraphs 3-11", "CORRECTS spelling of name in
            # paragraph 4"); a transcript's ("The following transcript was produced from the
            # city's livestream and has been lightly edited for clarity.", "Speakers are
            # identified in full …", "Speakers: Mayor A Name; Fire Chief B Name; …")
            "editorial note",
            ("compiled", "updates", "recasts", "refiles", "corrects", "transcript", "identified",
             "speakers", "participants", "guests"),
            r"^(?:(?-i:[A-Z]{3,})(?: (?-i:[A-Z]{3,}))*\s+[-–—]\s+)?compiled from (?:news |wire )?"
            r"(?:agency|agencies|wire|news|staff) reports\.?$"
            r"|^(?-i:(?:UPDATES|RECASTS) with\b)[^!?]*$"
            r"|^(?-i:(?:ADDS|REFILES|CORRECTS|REPEATS)\b)[^.!?]{0,60}\b(?:paragraphs?|paras?"
            r"|grafs?|headline|byline|dateline|typo|spelling)\b[^.!?]*$"
            r"|^(?:the following |this )?transcript (?:was|has been|is) (?:\w+ )?(?:produced"
            r"|edited|generated|prepared|transcribed|compiled) (?:from|by|for) [^,;!?]{1,120}\.?$"
            r"|^speakers are identified\b[^,;!?]{0,80}\.?$"
            r"|^(?:speakers|participants|panell?ists|guests)\s*:\s*[^.!?;]{3,80}"
            r"(?:;[^.!?;]{3,80}){1,8}\.?$",
        ),
        (
            # An agency's line about itself: "Kestran is the news agency of the Orvanet Group,
            # with 2,100 journalists in 160 locations." (not "Nashir is the media arm of …", a
            # story's explanation)
            "about the publisher",
            ("journalists", "reporters", "correspondents", "bureaus"),
            r"^[^.!?]{1,50} is the (?:news|wire|press) (?:agency|service) of [^.!?]{1,60}, with"
            r" [\d,]+ (?:journalists|reporters|correspondents|staff)\b[^.!?]{0,60}\.?$",
        ),
        (
            # ("The Nephin Gazette is on WhatsApp.", "We're now on Telegram!": the whole line,
            # the site's own channel, by a media word in its name; not "More than 80 percent of
            # adults are on WhatsApp.")
            "share or follow line",
            ("whatsapp", "telegram"),
            rf"^(?:we(?:['’]re| are)|(?:the )?(?:[\w'’&.-]+ ){{0,3}}(?:{'|'.join(MEDIA_WORDS)}) is)"
            r" (?:now )?on (?:whatsapp|telegram)\b[^.!?]{0,40}[.!]?$",
        ),
        (
            # ("This story is based on a news release from the Tavastia Institute …", "It has
            # been edited for length and house style.")
            "editorial note",
            ("release", "edited"),
            r"^this (?:story|article|post) (?:is|was) based on (?:an? )?(?:news |press |media )?"
            r"release (?:from|by|issued by) [^.!?]{1,80}\.?$"
            r"|^(?:it|this (?:story|article|interview|transcript)) (?:has been|was) (?:lightly )?"
            r"edited for (?:length|clarity|style|house style)\b[^.!?]{0,40}\.?$",
        ),
        ("editorial note", ("affiliate",), r"\baffiliate (?:commission|links?|partner)"),
        (
            "editorial note",
            ("editorial", "journalism", "coverage"),
            r"\bno (?:role|say|influence|control) (?:in|over|on) (?:our|the) (?:editorial"
            r"|journalism|coverage|reporting|newsroom)",
        ),
        ("editorial note", ("doi",), r"\bdoi:? ?10\.\d{4,}/\S+"),
        (
            "about the publisher",
            ("since",),
            r"\b(?:newspaper|magazine|paper|journal|radio|station|voice|news)\b.{0,60}"
            r"\bsince (?:1[6-9]|20)\d\d$"
            # (or the paper by its name alone: "The Knockfeena Chronicle has covered the county
            # since 1889.")
            r"|^(?-i:(?:The )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}) has (?:covered|served"
            r"|reported on|been (?:covering|serving|reporting on)) [\w ,'’-]{1,40} since"
            r" (?:1[6-9]|20)\d\d\.?$",
        ),
        (
            "share or follow line",
            ("offers", "promotions"),
            r"\b(?:news|offers|updates) (?:and|&) (?:offers|updates|promotions)\b",
        ),
        (
            "related links",
            ("pictures", "photos", "images"),
            r" [–—-] \d+ (?:pictures|photos|images)$",
        ),
        # A business page's word to investors: "Investors should consult a certified expert
        # before making any investment decision.", "We advise investors to check with …"
        (
            "editorial note",
            ("investment",),
            r"^(?:we (?:advise|urge|recommend)(?: that)? )?(?:investors|readers) (?:should|must"
            r"|are advised to|to) (?:consult|seek|check with|speak to|take)\b[^.]{0,80}"
            r"\binvestment\b[^.]{0,40}\.?$",
        ),
        # A site's channel, announced: "Kilele Online is now on Telegram." (a name, no more)
        (
            "share or follow line",
            ("telegram", "whatsapp", "instagram", "tiktok", "youtube", "threads", "bluesky"),
            r"^(?-i:[A-Z])[\w'’.&-]*(?: (?-i:[A-Z])[\w'’.&-]*){0,3} (?:is|are) now on (?:telegram"
            r"|whatsapp|instagram|tiktok|youtube|threads|bluesky)\.?$",
        ),
        # An outlet's picture credit: "Sentinel photo by A Name", "Herald staff photo by A Name",
        # "CAUSEWAY DAILY PHOTO: A NAME"
        (
            "credit",
            ("photo", "photograph", "picture", "image", "photos", "pictures"),
            r"^(?-i:[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}) (?:staff )?(?:photo|photograph"
            r"|picture|image)s?(?: by|:) (?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\.?$",
        ),
        # A byline without "By": the writer's beat and outlet on the byline's second line
        # ("Environment correspondent, BRTV News Worcester", "Health editor, The Gazette"), two
        # writers, the first with a role ("A Name, Scotland correspondent, and B Name"), and an
        # outlet's reporter ("6 News reporter A Name", "Post correspondent A Name")
        (
            "byline",
            ("correspondent", "reporter", "editor", "writer"),
            r"^(?:[\w-]+ ){0,2}(?:correspondent|reporter|editor|writer), (?-i:[A-Z])[\w'’.&-]*"
            r"(?: (?-i:[A-Z0-9])[\w'’.&-]*){0,4}$"
            r"|^(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){1,3}), (?:[\w-]+ ){0,2}(?:correspondent"
            r"|reporter|editor|writer),? and (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){1,3})$"
            r"|^(?-i:[A-Z0-9][\w'’.&-]*(?: [A-Z0-9][\w'’.&-]*){0,3}) (?:reporter|correspondent)"
            r" (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){1,3})$",
        ),
        # A weather widget's day: "High 89°, tonight 74°.", "Low 39°."
        (
            "ticker or widget",
            ("high", "low"),
            r"^(?:high|low) -?\d{1,3}°[cf]?(?:,? (?:low|tonight|overnight) -?\d{1,3}°[cf]?)?\.?$",
        ),
        # A site's word on who pays for it: "Docket North is funded by its readers."
        (
            "call for support",
            ("readers", "members", "listeners", "viewers", "subscribers"),
            r"^(?-i:[A-Z])[\w'’.&-]*(?: (?-i:[A-Z])[\w'’.&-]*){0,3} is (?:funded|supported|paid"
            r" for|made possible) (?:entirely |wholly |mostly )?by (?:its|our) (?:readers|members"
            r"|listeners|viewers|subscribers)\.?$",
        ),
        # A wire service's credit alone on its line ("Coastal Herald News Service")
        (
            "credit",
            ("service",),
            r"^(?-i:[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}) (?-i:News Service)$",
        ),
        # A wire story's credit at its foot: "A Name in Nashville contributed to this report.",
        # "Meridiana writer A Name contributed from Madrid."
        (
            "credit",
            ("contributed",),
            r"\bcontributed (?:reporting )?(?:(?:to|for) this (?:report|story|article)"
            r"|from (?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3})\.?$",
        ),
        # A court list's or a police release's standing note: "All persons charged are
        # presumed innocent unless proven guilty." (not what a lawyer said of a client)
        (
            "editorial note",
            ("presumed",),
            r"^(?:all |any |every )?(?:persons?|people|those|anyone|everyone|suspects?|defendants"
            r"|individuals)(?: (?:who (?:are|were|have been) )?(?:charged|arrested|accused|named))?"
            r"(?: with an offen[cs]e)?(?: (?:is|are) (?:considered |)|,? )presumed innocent"
            r"(?: (?:unless|until)(?: and until)? (?:they are )?(?:proven|proved|found) guilty"
            r"(?: in (?:a )?court(?: of law)?)?)?\.?$",
        ),
        # A portal's note on a wire story: "This report has been published from a wire agency
        # feed without changes to the text. Only the headline has been edited by … staff."
        (
            "editorial note",
            ("feed", "edited"),
            r"^this (?:report|story|article|copy) (?:has been|is|was) (?:published|auto-generated"
            r"|generated|taken) from (?:a |an |the )?(?:syndicated |wire |agency |news )*"
            r"(?:wire|agency|news|syndicated) feed(?: without (?:any )?(?:changes|modifications"
            r"|editing|edits)(?: to the text)?)?\.?$|^only the headline(?: and [\w ]{1,20})?"
            r" (?:has|have) been (?:edited|changed|reworked)(?: by [\w .'’-]{1,40})?\.?$",
        ),
        # A video player's own words: "Autoplay is on."
        (
            "ticker or widget",
            ("autoplay",),
            r"^autoplay(?: is|:)? (?:on|off)\.?$|^autoplay (?:next video )?in \d{1,2} seconds\.?$",
        ),
        # A station's or a paper's sponsor of a strand of its coverage: "Weather coverage on 8
        # News is sponsored by …", "Local news on Tide FM is brought to you by …", "The
        # Clarion's local footy coverage is proudly supported by …" (not "The festival is
        # sponsored by Pellmoor Bank.")
        (
            "editorial note",
            (
                "sponsored by",
                "brought to you",
                "supported by",
                "presented by",
                "powered by",
            ),
            r"^(?:(?:the|our) )?(?:[\w'’&-]+ ){0,4}(?:coverage|news|bulletins?|updates|forecasts?"
            r"|reports|traffic|weather|sport|sports|results)(?: (?:on|from) (?-i:[A-Z0-9])"
            r"[\w'’&.-]*(?: [\w'’&.-]+){0,3})? (?:is|are) (?:proudly )?(?:(?:sponsored|brought to"
            r" you|presented|supported|powered) by|brought to you in (?:association|partnership)"
            r" with) (?-i:[A-Z])[^.!?]{0,60}\.?$"
            # (the page's own strand, its sponsor named with its article: "This election
            # coverage is supported by the Ogbomoso Civic Media Fund.")
            r"|^(?:this|our) (?:[\w'’&-]+ ){0,3}(?:coverage|reporting|journalism|series)"
            r" (?:is|was) (?:proudly )?(?:sponsored|supported|brought to you) by the"
            r" (?-i:[A-Z])[^.!?]{0,60}\.?$"
            # (a section of a trade site by its name: "The Markets section is supported by Van
            # Ooijen Screens, Maasdijk")
            # (a name only after it, perhaps its town: "The Climate section is sponsored by
            # Shell, which the paper did not disclose" is news)
            r"|^(?:the|this|our) (?-i:[A-Z])[\w'’&-]*(?: [\w'’&-]+){0,2} (?:section|page) is"
            r" (?:proudly )?(?:sponsored|supported|brought to you|presented) by (?-i:[A-Z])"
            r"[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,4}(?:, (?-i:[A-Z])[\w'’ -]{1,30})?\.?$"
            # (a newsletter's issue, named as today's or this one: "Today's issue is brought to
            # you by Cropsmith."; not "The issue is supported by Democrats …", nor "This week's
            # episode is presented by A Name, who …")
            r"|^(?:today['’]s|this week['’]s|this) (?:issue|edition|newsletter|episode) (?:is|was)"
            r" (?:proudly )?(?:sponsored|brought to you|presented|supported|powered) by"
            r" (?-i:[A-Z])[^.!?,]{0,40}\.?$"
            # (or by the newsletter's name, brought to you by its sponsor, what the sponsor is
            # after a comma: "This week's Dispatch is brought to you by A Firm, on Cooperage
            # Street since 1961.")
            r"|^(?:today['’]s|this week['’]s) (?-i:[A-Z])[\w'’&-]*(?: (?-i:[A-Z])[\w'’&-]*){0,2}"
            r" is (?:proudly )?brought to you by (?-i:[A-Z])[^!?]{0,80}\.?$",
        ),
        (
            # A strand's funder in the page's words, the whole line: "Council coverage in the
            # Clarion is funded in part by the Lanwarne Civic Trust." — the site's own, as the
            # older line "BCPR is listener-supported." is, unless the story names that outlet
            # (see _funders_in_the_story)
            "site's own funding",
            ("coverage", "journalism"),
            r"^(?:(?:the|our) )?(?:[\w'’&-]+ ){0,3}(?:coverage|reporting|journalism) (?:in|on|at)"
            r" (?:the )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3} (?:is|are) (?:funded"
            r"|supported)(?: in part)? by (?:the )?(?-i:[A-Z])[^.!?,]{0,60}\.?$",
        ),
        # A timetable's or an offer's caveat: "Schedules are subject to change."
        (
            "editorial note",
            ("subject to change",),
            r"^(?:all )?(?:schedules?|times|timetables?|prices|fares|details|dates|programmes?"
            r"|line-?ups?|routes?|offers?) (?:are|is) (?:all )?subject to change\b[^.!?]{0,40}"
            r"[.!]?$",
        ),
        # An opinion page's disclaimer: "A Name writes in a personal capacity.", "Views
        # expressed by correspondents are not necessarily those of the Post."
        (
            "editorial note",
            ("capacity", "expressed"),
            r"^(?-i:(?:[A-Z][\w.'’-]*\s+){1,4})(?:writes|is writing) in a personal capacity\.?$"
            r"|^(?:the )?(?:views|opinions)(?: and [\w ]{1,30})? expressed(?: (?:in|by|on|here"
            r"|above|below)\b[^.,]{0,80})? (?:are|do not|does not|don['’]t)\b[^,]{0,120}"
            r"\b(?:own|those of|necessarily)\b[^,]*$",
        ),
        (
            # A quote widget's button: "A Firm Ltd.  ₹1,259.35  ▲ 72.20 (6.08%)  BSE  ·  Add to
            # watchlist"
            "ticker or widget",
            ("watchlist",),
            r"(?:[·|]\s*|[\d%)]\s)add to (?:my |your )?watchlist$",
        ),
        (
            # A feed reader's feed and its count ("Corrib Herald – Galway News   12 unread"); an
            # archive's banner, its name and when it took the copy ("PageVault — archived 22
            # Aug 2026 04:17:09 UTC")
            "navigation or share strip",
            ("unread", "archived"),
            r"^[^.!?]{2,80}?(?-i:[A-Z][\w'’&-]*)\s\d{1,5} unread$"
            r"|^(?:[^.!?]{1,40}\s[—–|·-]\s)?archived(?: on)? \d{1,2} \w{3,9},? \d{4},?"
            r" \d{1,2}:\d{2}(?::\d{2})?(?: ?(?:UTC|GMT))?$",
        ),
        (
            "credit",
            ("images", "photos", "pictures", "photography", "photo", "wire", "agency", "stock",
             "archive", "pic", "pix"),
            r"^(?:[A-Z][\w&.'’-]*\s+){0,4}(?:via\s+)?(?:[A-Z][\w&.'’-]*\s+)?(?-i:Images|Photos"
            r"|Pictures|Photography|Photo Agency|Photo|Wire|Press Agency|Stock|Archive"
            r"|Picture Agency)$"
            # (an agency's or a paper's name and "pic" in small letters: "Bernama pic", "AFP
            # photo", as Malaysian and Indian copy credits a picture; or a paper's own old one,
            # "Sentinel file photo")
            r"|^(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*))?\s+(?-i:(?:file )?"
            r"(?:pic|pix|pics|photo))$",
        ),
    ]
]  # fmt: skip
_EVERYDAY_HINT_WORDS = frozenset(
    """all may not be to [edit] as in next read copy provided sign log saved appeared funded
    co-funded http stored cached""".split()
)
# Any of the hints above, in one search (most sentences hold none).
# The words of those hints as they stand among a line's space-separated tokens (with the
# punctuation that can cling to them): one set test per line, cheaper than any regex over it.
_HINT_TOKENS = frozenset(
    f"{before}{word}{after}"
    # (not the last rule's, picture credits: they end with their hint, lowered.endswith(…))
    for _reason, hints, _pattern in _ANYWHERE_RULES[:-1]
    for hint in hints
    for word in hint.split()
    # (nor the everyday words of a hint: a line's furniture words are its rare ones)
    if word not in _EVERYDAY_HINT_WORDS
    for before in ("", "(", "“", '"', "‘", "'")
    for after in ("", ".", ",", ":", ";", ")", "?", "!", "”", '"', "’", "'", "'s", "’s")
)
_CREDIT_ENDINGS = _ANYWHERE_RULES[-1][1]
# Each hint -> the rules whose hints it contains (a found "photos" holds the hint "photo"), and
# one pattern that finds, at every position of the line, the longest hint starting there:
# together exactly the rules that have a hint somewhere in the line.
_ALL_HINTS = {hint for _reason, hints, _pattern in _ANYWHERE_RULES for hint in hints}
_RULES_OF_HINT: dict[str, list[int]] = {
    found: [
        n
        for n, (_reason, hints, _pattern) in enumerate(_ANYWHERE_RULES)
        if any(hint in found for hint in hints)
    ]
    for found in _ALL_HINTS
}
_ANY_HINT = re.compile(
    "(?=(" + "|".join(re.escape(h) for h in sorted(_ALL_HINTS, key=len, reverse=True)) + "))"
)

# A tag in capitals closing a line, one of the kinds of a link's page (not a story's own
# "[UPDATED]", "[EXCLUSIVE]", "[BREAKING]", nor a transcript's "[BOOING]", "[UNCLEAR]", "[SIC]";
# a radio script's jingles are cues).
_TAGGED_LINK = re.compile(
    r"(?<!\S)\[(?:PICTURES|PICS|PHOTOS|GALLERY|VIDEOS?|WATCH|LATEST|INSIGHT|REVEALED|REVEAL"
    r"|POLL|VOTE|MAPPED|LISTEN|PODCAST|QUIZ|LIVE|[A-Z]+ JINGLE)\]$"
)
# Quotation marks, a speaker's label or a verb of saying beyond `_REPORTING`'s: a transcript's
# or a story's line, not a link.
_QUOTED_OR_SAID = re.compile(
    r"[“”\"]|^[A-Z][A-Z .'’-]{1,30}:|\b(?:asked|admitted|added|claimed|insisted|argued"
    r"|conceded|denied|explained|noted|stated|suggested)\b"
)
# Rules whose lines may run past _MAX_WORDS (a consent notice, a call for letters).
_LONG_REASONS = {
    "note on the page",
    "public notice",
    "cookie or legal notice",
    "call for tips or letters",
    "subscription prompt",
    "editorial note",
    "related links",
    "comment rules",
    "call for support",
    "donation ask",
    "funeral notice",
    "advice to readers",
}

# A link's label before its headline, whose verbs are the headline's, not the page's reporting.
# A link to the story after or before this one, before its arrow: "Next: A headline »".
_TURN_LINK = re.compile(rf"(?i:{_TURN_WORDS})\s*:\s*\S.*")
# The labels of a link that may stand before a long headline too (not a bare "Read:" or
# "Next:", which may open a line of the story), the headline unpunctuated (`_LONG_LINK`).
_LONG_LINK_LABELS = r"also read|read also|read more|see also|related|must read|read next"
_LINK_SEPARATOR = r"\s*[:|»→›▸▶►]\s"  # (after a link's label: "RELATED: ", "Read more » ")
_LINK_LABEL = re.compile(
    rf"(?i:{_LONG_LINK_LABELS}|read|more from [^:|]{{1,30}}"
    r"|don't miss|(?-i:ALSO ON [A-Z][A-Z'’&. -]{0,40})"
    # (a link to the story before or after this one: "« Previous: A headline")
    rf"|(?:[«‹←]\s*)?(?:{_TURN_WORDS})(?: (?:article|story|post|item))?)" + _LINK_SEPARATOR
)
_LONG_LINK = re.compile(rf"(?i:{_LONG_LINK_LABELS}){_LINK_SEPARATOR}")
_REPORTING_VERBS = ("said", "says", "told", "announced", "reported", "confirmed", "warned")
_REPORTING = re.compile(rf"\b(?:{'|'.join(_REPORTING_VERBS)}|according to)\b", re.IGNORECASE)
# The same as words, for a test on a line's word set (the shape pass weighs every line).
_REPORTING_WORDS = frozenset((*_REPORTING_VERBS, "according"))
# A sentence's subject and a finite verb: what furniture lacks. Used to keep a byline- or
# label-shaped rule from taking a real sentence ("By Tuesday the river had risen.").
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|says)\b",
    re.IGNORECASE,
)

# A byline: "By A Name", "By A Name and B Name, Role | Date", or a live-blog entry's sign-off
# "— A Name". Names are capitalised words (with initials, particles and hyphens).
# (with up to two particles of a name in small letters between its words: "A Name dela
# Cruz", "A Name dos Santos", "A Name de la Garza")
_PARTICLE = "|".join(
    sorted((p for p in NAME_PARTICLES if p.isalpha() and p.islower() and p != "st"), key=len)[::-1]
)
_NAME = (
    rf"[{UPPER}][\w'’.-]*(?:\s+(?:(?:{_PARTICLE})\s+){{0,2}}[{UPPER}][\w'’.-]*)"
    r"{0,3}"
)
# "By staff writer A Name", "By our correspondent A Name": a role between "By" and the name.
_BYLINE_ROLE = (
    # (and any beat before the role: "By regional reporter A Name", "By court reporter …")
    r"(?:(?:our |staff |special |senior |chief |political |foreign |sports? |business )*"
    r"(?:[a-z]+ )?(?:writer|reporter|correspondent|editor|staff writer) )?"
)
_BYLINE = re.compile(
    rf"(?:[Bb]y:?|[Ww]ords(?: and (?:photo(?:graph)?s|pictures|images))? by|[Ww]ritten by"
    rf"|(?:[Ss]tory|[Aa]rticle|[Rr]eport) by:?"
    rf"|[Tt]ext(?: and (?:photo(?:graph)?s|pictures|images))? by|[Ii]nterview(?:ed)? by"
    rf"|[Aa]nalysis by|[Aa]uthors?:|[Rr]eporters?:|[Pp]osted by|[Pp]ar|[Pp]or|[Vv]on)\s+"
    rf"{_BYLINE_ROLE}{_NAME}"
    r"(?:\s*['’]\d{2})?"
    rf"(?:\s*\([a-z]{{1,4}}\))?(?:\s*(?:,|and|&)\s*{_NAME}(?:\s*\([a-z]{{1,4}}\))?)*"
    # (then an outlet, a place or a date: "| Radio Kent | Jan. 14, 2026, 4:12 p.m.", whose
    # stops are a month's, a clock's and a web address's: "By: A Name   Sat, 14 Mar 2026
    # Source: example.com"; a station's after a slash, "By A Name / WBVN 9")
    r"(?:\s*(?:,|\||·|-|–|—|/|\bin\b|\bat\b|\bfor\b)\s*"
    rf"(?:(?:{'|'.join(MONTH_ABBREVIATIONS)})\.|[ap]\.m\.|\.(?=[a-z]{{2,}}\b)|[^.!?]){{0,80}})?"
    rf"|[—–-]\s*{_NAME}(?:,\s*[^!?]{{0,40}}|\s+in\s+{_NAME})?"
    # A correspondent's byline with the place filed from: "From A Name, Townsville".
    rf"|[Ff]rom {_NAME}(?:,| in) {_NAME}"
    # A desk's, no name: "By Ledger reporters in Nairobi, Kisumu and Mombasa", "By our
    # correspondents", "By Herald staff", "By a staff reporter in Kisumu".
    r"|[Bb]y:?\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December|Then"
    r"|Now|Noon|Dawn|Midnight)\b)(?:[Oo]ur |[Aa] |[Aa]n |[Tt]he )?(?:[A-Z][\w'’&.-]* ){0,3}"
    r"(?:[Ss]taff(?: (?:[Rr]eporters?|[Ww]riters?|[Cc]orrespondents?))?|[Rr]eporters"
    r"|[Cc]orrespondents|[Ww]riters|[Nn]ews ?[Dd]esk|[Tt]eam|[Cc]orrespondent|[Rr]eporter)"
    r"(?: and (?:agencies|wires|wire services))?(?:\s+(?:in|at|from)\s+[A-Z][^.!?]{0,80})?",
)
# A credit in the wire style: "AGENCY/A Name", "AGENCY/A Name/File Photo".
_NAME_IN_PLACE = re.compile(
    r"(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+ in [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}"
)
# (words in small letters after a slash, not a credit's joiners: "Reuters / A Name and B Name",
# "AFP / A Name via Getty Images", "A Name for The Herald")
_WORDS_AFTER_A_SLASH = re.compile(r"/[^/]*\s(?!(?:and|via|for|with)\b)[a-z]{3,}")
_SLASH_CREDIT = re.compile(
    rf"[{UPPER}][\w&.'’-]*(?:\s+[{UPPER}][\w&.'’-]*)*(?:\s*/\s*[{UPPER}][\w&.'’ -]*)+"
    r"(?:/[a-z]{1,4})?"
)

# A line of nothing but dates and times: "12 March 2026", "Updated 11:58 a.m. ET",
# "Published 14 April 2026, 06:00 BST · Updated 14 April 2026, 11:32 BST".
_DATE_WORDS = set(
    (
        f"{_MONTHS} {_DAYS} published updated posted last modified first on at am pm a.m. p.m. "
        "et est edt pt pst pdt ct cst cdt mt gmt bst cet cest utc ist aest aedt sast eat wat jst "
        "hkt sgt today yesterday noon midnight local time by ago just now min mins minute minutes"
        " aired broadcast eastern pacific central mountain standard daylight summer week of issue"
        " edition no vol volume and myt wib pht nzdt nzst acst awst cat gst pkt brt"
        " hour hours hr hrs day days read released mdt mst cdt akst akdt hst wet west eet eest"
        " date dated release next publication article filed issued reviewed revised created"
        " checked update added"
        # (the zones in short beyond the four of the States: "10:15 a.m. ADT"; spelt out, see
        # _ZONE_SPELT_OUT)
        " ast adt nst ndt fjt kst ict wita msk trt bdt npt mvt chst acdt"
        # (and a broadcaster's country after its time: "Saturday 8 February 2025 17:12, UK")
        " uk"
        # (and the months of the languages pasted pages most often date in: "14 de junio de
        # 2024", "le 3 mars 2025", "27 de março")
        f" {_MONTHS_ABROAD} de del le"
    ).split()
)
_DATE_TOKEN = re.compile(r"[\w.:]+")
_DATE_NUMBER = re.compile(
    r"\d{1,4}(?:st|nd|rd|th|h|m|d|min|mins|hr|hrs)?|\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?"
    r"|\d{4}-\d{2}-\d{2}"
    # (and a date in the dotted style of Germany, Norway, Poland: "19.08.2025", "04.02.25")
    r"|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})"
)

# A grant's sum: "$1.2 million", "a Sh94 million grant", "RM180,000", "₹1.8 crore".
_GRANTS_SUM = re.compile(
    r"[$£€¥¢₦₹₱]\s?\d|\b(?:Rs|KSh|Sh|RM|USD|EUR|GBP|GH¢)\.?\s?\d"
    r"|\d(?:[\d,.]*\d)?\s?(?:million|billion|crore|lakh)\b"
)
# The page's own work named first: its grant, sum and all, is the page's note ("This reporting
# was supported by a $25,000 grant from …").
_PAGES_OWN_WORK = re.compile(
    r"(?:this|our) (?:report|reporting|story|article|feature|piece|series|coverage|journalism"
    r"|newsletter|podcast|project)\b",
    re.IGNORECASE,
)
# A funding or support note: "The study was funded by ...", "A Name's post is funded by ...".
_FUNDING = re.compile(
    # (not "The project is funded by the Asian Development Bank", a development's news, nor a
    # note that goes on to news: "… and will employ 300 people")
    r"(?!(?:the\s+)?project\b)(?![^.]*\band (?:will|would|is|was|are|were|has|had|have)\b)"
    # (and the outlet's own strand named: "Our Health Check series is supported by …")
    r"(?:(?:the|this|his|her|their)\s+|our\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}"
    r"|[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*['’]s\s+)?"
    r"(?:study|research|trial|project|post|role|position|article|story|report|reporting|coverage"
    r"|series|work|journalism|survey|investigation|newsletter|podcast"
    # (a feature or a piece only as the page's own: "This feature was supported by …"; not "The
    # feature film was part funded by …", nor a documentary, which a story reviews)
    r"|(?<=\bthis\s)(?:feature|piece)|(?<=\bour\s)(?:feature|piece))\b"
    # (a relative clause is no note: "The project, which is funded by the World Bank, will
    # cost $40 million" is news)
    r"(?:(?!,\s*(?:which|that|who)\b)[^.]){0,60}?\b"
    r"(?:is|was|were|are|has been|have been)\s+(?:(?:part|partly|jointly|fully)\s+)?"
    r"(?:funded|supported|paid for|made possible|sponsored|underwritten)\b"
    # (an outlet's strand of its own reporting, named between, paid for by a funder's kind, the
    # whole line: "The Signal's local democracy reporting is funded through a public-interest
    # journalism partnership."; not "The city's road project is funded by …", "The state's
    # Medicaid coverage is jointly funded by …", "… is funded by the Foreign Office, a senior
    # MP said")
    r"|(?-i:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*)['’]s\s+(?:[\w-]+\s+){1,3}(?:reporting"
    r"|journalism|coverage)\s+(?:is|are)\s+(?:(?:part|partly|jointly|fully)\s+)?(?:funded"
    r"|supported|paid for|made possible)(?:\s+in\s+part)?\s+(?:by|through)\s+[^,;.]{0,80}?"
    r"\b(?:foundation|trust|fund|partnership|scheme|grant|programme|program|initiative"
    r"|readers|members|listeners|donors|supporters)\b[^,;.]{0,40}\.?$"
    r"|the (?:funders?|sponsors?) (?:had|have|played) no (?:role|part|say)\b"
    # (the fund's own hands-off line, its say in the page's content: "The fund had no say in its
    # content.")
    r"|the (?:fund|funding body|grant-?maker|donors?) (?:had|has|have|played) no (?:role|part|say"
    r"|input|influence) (?:in|over|on) (?:its|our|this) (?:content|coverage|editorial"
    r"|reporting|journalism|story|article|feature)\.?$"
    r"|support for (?:(?:this|our|the) (?:podcast|programme|program|show|series|newsletter"
    r"|episode|reporting|journalism|coverage|site|station)|(?-i:[A-Z][\w'’-]*)"
    r"(?: (?-i:[A-Z][\w'’-]*)){0,4}) (?:comes|is provided) (?:from|by) (?:(?:the )?(?-i:[A-Z])"
    r"[^.]{0,60}\b(?:foundation|trust|fund|endowment)|(?:our )?(?:listeners|members|readers"
    r"|supporters)(?: like you)?)\b",
    re.IGNORECASE,
)
# The author's note at the foot of an opinion piece: "A Name is a writer and youth worker".
_JOURNALIST = (
    r"(?:writer|columnist|journalist|author|contributor|blogger|editor|commentator|correspondent"
    r"|reporter|producer|photographer|photojournalist|presenter|anchor|meteorologist|critic"
    r"|reporting fellow|staff writer|videographer)s?"
)
# The last word of a "Name, Role" byline (its plural "s" taken off).
_JOURNALIST_WORDS = frozenset(
    """writer columnist journalist author contributor blogger editor commentator correspondent
    reporter producer photographer photojournalist presenter anchor meteorologist critic fellow
    videographer""".split()
)
_AUTHOR_NOTE = re.compile(
    # (never a story about a journalist: "… and was detained for six days", "… who fled")
    # (but a writer "who covers housing" or "who lives in Orkney" is the note's, the line ending
    # there: not "who lives in hiding after receiving death threats")
    r"(?!.*\b(?:and (?:was|is|has|had|will|says|said)|who(?! (?:covers|writes about|reports on)"
    r" [^.,;]{1,60}\.?$| lives in (?-i:[A-Z])[\w'’ -]{1,30}\.?$)|former|detained|arrested|killed"
    r"|died|fled)\b)"
    rf"(?:{_NAME} is (?:an?|the) (?:[\w'’-]+ ){{0,4}}{_JOURNALIST}\b[^.!?]*\.?"
    rf"|{_NAME} is our (?:[\w'’-]+ ){{0,3}}{_JOURNALIST}\.?"
    rf"|{_NAME} is (?:[\w'’-]+ ){{0,3}}{_JOURNALIST} (?:of|at|for) (?:the |The )?"
    r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,4}\.?"
    rf"|{_NAME} (?:covers|writes about|reports on) [^.!?]*\.?)"
)


def _a_persons_note(line: str) -> bool:
    """Is the note a writer's ("A Name is the Post's transport correspondent", "Lachie covers
    local sport"), not a fact about a place ranked among others ("Ghana is the world's second-
    largest cocoa producer after Côte d'Ivoire.", an outside review)?"""
    return _RANKED_AMONG.search(line) is None


# A place or a body ranked among others: "is the world's second-largest …", "is the country's
# biggest …", "is the largest …".
_RANKED_AMONG = re.compile(
    r"\bis (?:an?|the|one of the) (?:[a-z][\w-]*['’]s )?(?:[\w-]+-)?(?:largest|biggest|leading"
    r"|top|main|smallest|oldest|only)\b"
)


# A byline without "By": "A Name, Transport Correspondent", "A Name, KQZN 11 Multimedia
# Journalist" — a name, a comma and a newsroom role, nothing else.
_POSTED_OPENERS = frozenset(["posted", "published", "written", "updated", "released"])
_POSTED_BY = re.compile(
    # (its date after "on", or straight after the name where the page's cells were apart:
    # "Posted by News Desk   27 January 2026 at 8:42 am")
    r"(?:posted|published|written|updated) by (?:.{1,60}? on .{0,30}\d{4}.{0,25}"
    # (or a desk's or a person's name straight before the date, and its time: "Posted by News
    # Desk   27 January 2026 at 8:42 am"; not "Updated by the ministry 12 March 2026: 41 deaths")
    r"|(?-i:[A-Z][\w'’.-]*)(?: (?-i:[A-Z][\w'’.-]*)){0,3} "
    rf"(?:\d{{1,2}} )?(?:{_MONTH_NAMES})\.?(?: \d{{1,2}})?,? \d{{4}}"
    r"(?:,? (?:at )?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?)",
    re.IGNORECASE,
)
_NAME_AND_ROLE = re.compile(
    rf"{_NAME}(?:\s+['’]\d\d)?\s*,?\s*(?:[\w&'’.-]+\s+){{0,5}}{_JOURNALIST}", re.IGNORECASE
)

# A call to action: an imperative verb opening the line, then an object or an adverb ("Get
# breaking news alerts on your phone", "Shop the new away kit", "Watch the full interview
# here") — with a word that speaks to the reader or names the site (checked apart).
_CALL_VERBS = frozenset(
    """subscribe sign log register download install follow share get try join read watch listen
    click tap visit support donate contact email e-mail send tell discover explore learn find see
    shop buy book enter continue upgrade unlock start claim save enjoy browse check view sign-up
    order pre-order stream give submit kindly become take have help keep link""".split()
)
# A verb of a call that is also a story's instruction for the world ("Tap your card at the
# front door …", as a fare system's explainer says): a call of the site's only with the site's
# things in it ("Tap here to listen", "Tap the bell for alerts").
_WORLDLY_CALL_VERBS = frozenset(["tap"])
# The site's own things a call names (shared by the two patterns below).
_SITES_OWN = (
    r"app|apps|newsletters?|podcasts?|site|website|page|articles?|story|stories|updates|alerts?"
    r"|notifications|account|subscription|here|below"
)
_SITE_THINGS = re.compile(
    rf"\b(?:{_SITES_OWN}|screen|button|link|icon|video|play|listen|read|subscribe|follow)\b",
    re.IGNORECASE,
)
_CALL_TO_ACTION = re.compile(
    r"(?:kindly |please )?[\w-]+ (?:(?:the|our|your|us|me|this|these|now|today|up|in|more|to|on"
    r"|out|here|a|an|free|share|\$|£|€"
    r"|all|every|breaking|exclusive|unlimited|full|latest|live|back)\b|\d)",
    re.IGNORECASE,
)
# A button's words alone: "Learn more", "Find out more →" (under an ad or a sponsor's box).
_MORE_BUTTON = re.compile(r"(?:learn|find out|discover|explore) more\s*[→›»>]?", re.IGNORECASE)
_READER_OR_SITE = re.compile(
    rf"\b(?:you|your|our|us|{_SITES_OWN}|offer|free|today|now"
    r"|online|tickets?|videos?|live|stream|episodes?|kit|store|shop|inbox|access|author|tips?"
    r"|survey|poll|quiz|more from|a (?:month|week|year))\b",
    re.IGNORECASE,
)
# A call to follow a site by its name where its posts are: "Follow The Daily Lantern on Google
# News and never miss an update", "Join Harbour Post on WhatsApp" (a platform named after "on").
_PLATFORM = (
    r"(?:google(?: news)?|whatsapp|telegram|facebook|instagram|x|twitter|youtube|tiktok"
    r"|linkedin|threads|bluesky|snapchat|spotify|apple podcasts)\b"
)
_FOLLOW_ON_PLATFORM = re.compile(
    # (after what for: "For more news, follow X on Facebook and YouTube.")
    r"(?:for (?:more|the latest|all the latest|breaking) (?:news|updates|stories)\b,? )?"
    r"(?:follow|join|find|add|subscribe to) (?-i:[A-Z][\w'’&.-]*)(?: (?-i:[A-Z][\w'’&.-]*)){0,4}"
    rf" (?:on|via) {_PLATFORM}(?:(?:,| and| &) {_PLATFORM})*"
    # (then nothing, or the call's own end: "… and never miss an update"; not "…, where she
    # has 41,000 followers", "… and you will see 41 appeals")
    r"(?: (?:and|to|for) (?:never|don['’]t|stay|get|keep|be|the latest)[^,.!?\d]{0,40})?[.!]?",
    re.IGNORECASE,
)
# A picture credit "A Name for The Outlet".
_NAME_FOR_OUTLET = re.compile(rf"{_NAME} for (?:[Tt]he )?{_NAME}")

# Cookie and consent notices: the density of their vocabulary, addressed to the reader.
_CONSENT_WORDS = re.compile(
    r"\b(?:cookies?|consent|partners|personali[sz]e[ds]?|personali[sz]ation|advertis\w*|ads"
    r"|privacy|preferences|your device|tracking|legitimate interests?|your choices"
    r"|opt[ -]out|third[- ]part(?:y|ies)|store and(?:/or)? access|geolocation|your permission"
    r"|device scanning|identifiers|allow all|reject all|accept all"
    r"|manage (?:your )?(?:cookie )?(?:settings|choices))\b",
    re.IGNORECASE,
)
# The reader or the site addressed (and "us", which in capitals is a country: see
# _SPEAKS_TO_THE_READER).
_ADDRESSING = "you|your|we|our"
_ADDRESSED = re.compile(rf"\b(?:{_ADDRESSING}|us)\b", re.IGNORECASE)

_SEPARATORS = re.compile(r"\s*(?:\||·|•|●|/{2}|»|›|▸|▶|>|⟩|〉|→|::)\s*|\s+/\s+")
# A unit's abbreviation that ends a strip's last cell, its stop no sentence's: "Reading time: 3
# min."
_UNIT_AT_THE_END = re.compile(r"\b\d+\s?(?:min|mins|hr|hrs|sec|secs)\.$")
_TERMINAL = ".!?…"
_OTHER_SEPARATOR = re.compile(r"[|·•»›▸▶>⟩〉→]|::")
_SPACE = re.compile(r"\s+")


def _words(text: str) -> int:
    return text.count(" ") + 1


_BULLETS = frozenset("•·▪‣◦*▶►▸")
_ITEM_MARKS = frozenset("•▪‣◦●")  # a list's items (not a player's ▶ or a strip's ·)
# The words an item of advice opens with, as a reader is told to act: "• Charge your phone",
# "• Never drive through flood water", "• Don't leave children in parked cars".
_ADVICE_OPENINGS = frozenset(
    """check keep take avoid never don't do stay charge prepare follow have drink cover tie
    bring call boil store move turn use make wear clear pack secure unplug listen report
    register apply contact visit find ask book switch fill close open tell wash eat limit""".split()
)


def _advice_or_fact_item(text: str) -> bool:
    """A bulleted item of advice or of a fact box: "• Stay away from sea fronts", "• Beef:
    +8.2pc" (not a related headline, "• Ashgrove bin strike: talks to resume on Friday")."""
    stripped = text.lstrip()
    if stripped[:1] not in _ITEM_MARKS:
        return False
    item = stripped[1:].strip()
    opening = item.split(None, 1)[0].lower().replace("’", "'") if item else ""
    labelled = re.match(r"[^:]{1,30}: [^!?]*\d", item) is not None
    return opening in _ADVICE_OPENINGS or " your " in f" {item.lower()} " or labelled


# A social post's stamp ends with its audience's sign: "14 May at 18:20 · 🌍", "2h · 👥".
_SOCIAL_AUDIENCE = re.compile(r"·\s*[🌍🌎🌏👥🔒]\s*$")


def _capital_words_only(line: str) -> bool:
    """A name on its line: two to five words, each capitalised, no stop ("Lubombo Times")."""
    words = line.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and _unpunctuated(line)


_BRACKETED_MENU = re.compile(r"(?:\[[^\[\]\d]{1,24}\] ?){3,12}")


def _under_an_explainers_heading(sentences: list[str], i: int) -> bool:
    """A bulleted item under a heading that says how or what, the bullets between: "HOW THE
    FINES WORK" over "• €85 for each offence, 7am–7pm" (not a list of links: "What to read
    next", "More on this story")."""
    j = i
    while j >= 0 and sentences[j].lstrip()[:1] in _ITEM_MARKS and i - j < _BOX_ITEMS:
        j -= 1
    return j < i and j >= 0 and _EXPLAINERS_HEAD.fullmatch(sentences[j].strip()) is not None


_BOX_ITEMS = 12
_EXPLAINERS_HEAD = re.compile(
    r"(?i:how|what)(?! (?:to|else|we|you) (?:read|watch|listen|missed|recommend))"
    r"(?![^:]*\b(?:next|more|else|trending|popular|read|reading|watch|listen|talking|saying"
    r"|people)\b)[^.!?:]{3,40}:?"
)
_TRAILING_ARROWS = frozenset("»→›>")
_LEADING_ARROWS = frozenset("«←‹<")
_WAY_BACK = re.compile(r"(?:back|return) to [^.!?]{1,40}", re.IGNORECASE)
# A pictograph or a dingbat before the words (not a letter, digit, quote, bracket or sign).
# What a label is framed with on both sides: "· · · advert · · ·", "— ADVERTISEMENT —".
_DECORATION_CHARS = "·•*—–=~_ "
_DECORATION = frozenset(_DECORATION_CHARS.strip())
# A government's masthead in capitals: its own name and no more ("GOVERNMENT OF THE REPUBLIC
# OF TRINIDAD AND TOBAGO"); not a headline that goes on, "GOVERNMENT OF ZIMBABWE BANS MAIZE
# IMPORTS", "REPUBLIC OF IRELAND FANS ARRESTED IN PRAGUE". (A department's name in capitals is
# a section label: see the anchored rules.)
_STATE_MASTHEAD = re.compile(
    r"(?:THE )?GOVERNMENT OF (?:THE )?(?:(?:REPUBLIC|KINGDOM|COMMONWEALTH|STATE) OF )?"
    r"[A-Z'’.-]+(?: (?:AND|&) [A-Z'’.-]+)?(?: [A-Z'’.-]+)?"
)
# A noticeboard's small ad, its kind in capitals: "LOST: grey tabby …", "FOR SALE: pram …".
# (the item in small letters: "FOUND: Nearly half of UK adults …" is a tabloid's story)
_CLASSIFIED = re.compile(r"\s*(?:LOST|FOUND|WANTED|FOR SALE|TO LET|FREE TO A GOOD HOME): [a-z]")
# The signs a page puts on its own buttons and boxes: listen, watch, alerts, app, channel,
# paywall, tickets, reactions, save, search, menu, print, a link's pointer, a trust badge.
# (the player's and the box office's signs open their lines whatever follows: "🎟 Season cards
# are still available from the ticket office at Gate 3.")
_ONLY_A_BUTTONS_SIGN = re.compile(r"\s*[🎧🔊🔈🎟🎫📲]")


def _a_buttons_line(text: str) -> bool:
    """A line under a page's sign: short and without a sentence's stop ("🔒 Why defect
    disputes can drag on for years", "✔ Based on a peer-reviewed study"), or any line of
    under 30 words after a player's or a box office's sign; never one that reports speech."""
    if _REPORTING.search(text):
        return False
    # (a quotation closing a title is no stop: "🎙 Voices – Episode 41: ‘No sick pay’")
    stripped = text.rstrip().rstrip("”\"’'")
    if _ONLY_A_BUTTONS_SIGN.match(text):
        return len(text.split()) <= 30
    return len(text.split()) <= 14 and stripped[-1:] not in ".!?…"


# A link or a banner behind a label in capitals and an arrow: "ALSO ON LETSOMO ▸ A headline",
# "MORE FROM THE COURIER ▸ …", "BREAKING NEWS ▸ Road closed ▸ Council asks motorists …" (a bare
# "BREAKING ▸ Two dead after …" may be a live page's entry)
# (a link's or a banner's words, never a sentence that reports: "UPDATE ▸ The death toll has
# risen to 14, the health ministry said.", "CLAIM ▸ The governor said …" are the story's)
_ARROW = r"\s*[▸▶►]\s+"
_ARROW_SIGN = re.compile("[▸▶►]")
_ARROW_STRIP = re.compile(
    r"(?:[A-Z'’]+ ){0,3}(?:ALSO|MORE|RELATED|READ|WATCH|LISTEN|SEE|TRENDING|LATEST|TOP)"
    rf"(?: [A-Z'’&-]+){{0,4}}{_ARROW}[^▸▶►]{{1,160}}"
    rf"|BREAKING NEWS{_ARROW}[^▸▶►]{{1,160}}(?:{_ARROW}[^▸▶►]{{1,160}})*"
)
_ARROW_SAYS = re.compile(r"\b(?:said|says|told|according to)\b|[.!?]$", re.IGNORECASE)
# A sign-up's object that is the site's own: "our free Friday email", "our newsletter".
_OWN_NEWSLETTER = re.compile(
    r"^sign up (?:to|for) [^.]{0,60}\b(?:our|the site['’]s) (?:[\w-]+ ){0,3}(?:newsletter|e-?mail"
    r"|briefing|digest|bulletin)\b"
)
# A link as a screen reader names it, its note on where it opens pasted with it: "Purchase
# Licensing Rights, opens new tab", "Read the report (opens in a new window)".
_OPENS_NEW_TAB = re.compile(
    r"[^.!?]{1,80}?(?:,\s*|\s*\()opens? (?:in )?(?:a )?new (?:tab|window)\)?", re.IGNORECASE
)
# (not a post's megaphone: "📢 EDUCATION | Govt pays E87 million …" is its headline; a
# channel's prompt under it has its own words, "📢 Join the … WhatsApp channel")
_UI_SIGN = re.compile(r"\s*(?:[🎧🎙🔊🔈📻📺🎥📷📲📱🔔📧📩🔒🔓🎟🎫💬👍👎♡♥💛🔖🔍☰🔗🖨👉➜✔✓★☆]|❤)")
_LEADING_SYMBOL = re.compile(r"[\u2190-\u2BFF\U0001F000-\U0001FAFF\u2700-\u27BF]")
_SPACED = re.compile(r"\s{2,}|\t")
_HASHTAGS = re.compile(r"#\w+(?:\s+#\w+)*")
_INITIALS_AND_PLACE = re.compile(
    r"(?:[A-Z]\.){1,3}(?: (?:and|&) (?:[A-Z]\.){1,3})?, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
)
_REACTIONS = re.compile(rf"(?:{_LEADING_SYMBOL.pattern}\ufe0f?\s*)+\d[\d,.]*[KkMm]?")
# A ticker's arrows between its label and its items: "TRAFFIC ▸ I-380 SB: 8 min delay ▸ …".
_TICKER_ARROWS = re.compile(r"\s*[▸►]\s*")
_SUMMARYS_LABEL = re.compile(
    r"key (?:points|facts|dates)|what we know|at a glance|the facts|in numbers|timeline"
    r"|fact[- ]?check|breaking|update|summary|highlights|in brief|in short|explained|claim"
    r"|verdict|budget",
    re.IGNORECASE,
)
# Section names of news sites: a line of nothing else is a navigation menu.
_SECTION_WORDS = frozenset(
    """home news local world national international politics business economy money markets
    finance tech technology science health sport sports football weather opinion comment
    culture arts entertainment life lifestyle travel food video videos audio podcasts
    obituaries e-edition metro region regions shopping earth education environment climate
    climate crime courts puzzles games crosswords newsletters photos gallery live more menu
    canada us uk europe asia africa australia contests real estate personal autos cars
    property jobs classifieds events books music film tv style fashion
    community notices deaths racing rugby cricket netball golf tennis league hockey basketball
    baseball motorsport athletics letters features analysis magazine radio farming agriculture
    contact advertise subscribe celebrity showbiz gardening motoring columnists editorials
    investigations""".split()
)
_WIDGET = re.compile(
    r"[A-Z][A-Z0-9&.' -]{1,30}\s+[\d,]+(?:\.\d+)?\s+[+\-−]?\d+(?:\.\d+)?%?"
    r"|(?:FT|HT|AET|LIVE|FULL TIME|HALF TIME|FINAL)\s+.*\d+\s*[–-]\s*\d+.*"
    r"|[+\-−]?\d{1,3}\s?°\s?[CF]?(?:\s+[A-Za-z][\w ,.'’]{0,40})?"
)
# A place's weather: "Halliwick Cove 4°C Light rain", "Wexlow 41° Cloudy" (a widget alone; a
# run of them is a forecast in the story: see mark).
_PLACE_WEATHER = re.compile(
    r"(?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\s+[+\-−]?\d{1,3}\s?°\s?[CF]?"
    # (and what it feels like, as the widgets give it: "Knoxville   88°   Feels like 96°")
    r"(?:\s+(?i:feels like)\s+[+\-−]?\d{1,3}\s?°\s?[CF]?)?"
    r"\s+(?i:(?:partly |mostly |light |heavy |scattered )?(?:sunny|cloudy|clear|rain|showers"
    r"|drizzle|fog|mist|snow|sleet|windy|storms?|thunderstorms?|overcast|fine|haze|hail|sun))"
)
# A weather service's alert in a page's banner: the alert's name, straight to the hour it ends
# ("Heat Advisory until 8 p.m. EDT", "FLOOD WATCH in effect until 8 PM for …"; not a
# headline's "Flood warning issued until Friday" or "Heat warning until Friday as …").
_ALERT_STRIP = re.compile(
    r"(?-i:[A-Z][\w-]*)(?: [\w-]+){0,2} (?i:advisory|warning|watch|alert|statement)"
    r"(?: (?i:in effect|in force|remains))? (?i:until) \d.{0,80}"
)
# The line a browser prints at the top of a page: the date and time in figures, then the page's
# title after a gap.
# (the title after a gap, or after one space with its site's name after a bar: "3/12/26, 9:14 AM
# A headline | The Chronicle"; not a chat's "… | forwarded many times")
_PRINT_HEADER = re.compile(
    r"\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s{2,}\S"
    r"|\s(?![-–—])[^|\n]{5,160}\s\|\s(?:The )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,5}\s*$)"
)
_DOMAIN_ONLY = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?")
_MONTH_IN_CAPS = re.compile(
    r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b\.? \d"
)
# A masthead: the title in capitals, a dash, a slogan ("WKVR 6 — Oxbury Valley's News Leader").
# A scoring summary's line: a team's code, the play, the kick in brackets, the clock.
_SCORING_LINE = re.compile(r"[A-Z]{1,4} — [^()]+\([^()]+\),? \d{1,2}:\d{2}")
_MASTHEAD = re.compile(r"(?-i:[A-Z0-9][A-Z0-9&'’. ]{1,40}) — [^.!?]{3,90}")
_DATE_STAMP = re.compile(
    r"\b(?:posted|published|updated|last updated|added)\s*:?\s*(?:on\s+|at\s+)?"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?,?\s+)?(?:[A-Za-z]{3,9},?\s+)?"
    r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})",
    re.IGNORECASE,
)
_PHONE_LINE = re.compile(
    r"(?:ph|tel|phone|call|mob|mobile)\.?:? ?\+?\(?\d[\d ()-]{6,}", re.IGNORECASE
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}\b")  # a UK-style postcode
# A file's kind and size after its link: "(PDF, 214 KB)", "Download (MP3, 2.9 MB)", "Download
# PDF (312 KB)" (not a product's "(16GB)").
_FILE_KINDS = r"(?:pdf|docx?|xlsx?|csv|pptx?|zip|mp3|m4a|epub)"
_FILE_LINK = re.compile(
    rf"\({_FILE_KINDS},? (?:[\d.,]+ ?[kmg]b|\d+ pages?)\)"
    # (the kind before the size only as a link's label, ending its short line: not "The
    # review is available as a PDF (12 MB).")
    # (a file's own name too, "Annual accounts 2025.pdf (880 KB)"; no verb of a sentence's,
    # nor its "as a" or "in a": "The review is available as a PDF (12 MB).", "Reporters
    # obtained a spreadsheet, consultants_2025.xlsx (44 KB).")
    rf"|^(?![^()]*\b(?:is|are|was|were|has|have|had|will|came|comes|shows?|runs?|saw|sent|got"
    rf"|put|made|took|gave|found|kept|left|[a-z]+ed)\b)(?![^()]* (?:as|in) an? )"
    rf"(?:\S+\s+){{0,8}}(?:\S*\.)?{_FILE_KINDS},? \([\d.,]+ ?[kmg]b\)\.?$",
    re.IGNORECASE,
)
_JUMP_LINE = re.compile(r"[A-Z][A-Z'’ -]{2,30}, from [A-Z]?\d{1,3}")
_EMAIL_ONLY = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A label, a colon and an address, nothing else: "Tips and feedback: desk@example.fi".
# (the label a site's: "Email:", "Contact the desk:", "Media enquiries:"; not a story's, "His
# email:", "Scam email:", "Sender:")
_LABELLED_EMAIL = re.compile(
    r"(?i:e-?mail|contact|tips?|feedback|(?:media |press |for )?(?:enquiries|inquiries)|letters"
    r"|newsdesk|story ideas|corrections|have your say|get in touch|write to|tell us|send|questions)"
    rf"\b[^.!?:@]{{0,50}}:\s*{_EMAIL_ONLY.pattern}\.?"
)


# Shapes of page furniture that no sentence has (each tried only where its sign is present):
# an embedded post's author line "A Name (@handle)", a count strip "1.8K Reposts  5.2K Likes",
# a player's "Reading time: 4 minutes", a form's
# "Name *" and "Required fields are marked *".
_HANDLE_LINE = re.compile(r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} )?\(?@\w{2,30}\)?")
# "View on X", "Watch on YouTube", "Open in app", "Listen on Podbean": an embed's button.
_ON_PLATFORM = re.compile(
    r"(?:view|watch|open|see|listen|follow us|find us|read|play|subscribe)(?: this| it| more)?"
    r" (?:on|in) (?:the )?(?-i:[A-Z][\w.+-]*)(?: app)?|open in (?:the )?app",
    re.IGNORECASE,
)
# (and what the app is opened for, or how it reads: "Open in the app for breaking news alerts ›",
# "Read faster in the Morning Star app")
_OPEN_IN_THE_APP = re.compile(
    r"(?:open in (?:the |our )?(?:[\w.+-]+ ){0,3}app(?: for [^.!?]{1,40}?)?"
    r"|read (?:faster|better|more|it|this) in (?:the |our )?(?:[\w.+-]+ ){0,3}app)\s*[›»→>]?",
    re.IGNORECASE,
)
_COUNT_WORDS = (
    r"likes?|reposts?|retweets?|shares?|comments?|views?|repl(?:y|ies)|subscribers?|followers?"
    r"|reactions?|restacks?|bookmarks?|plays|listens|downloads|members|readers|votes"
)
_COUNTS = re.compile(
    rf"(?:(?:over|more than|join)\s+)?(?:[\d.,]+\s?[KkMm]?\s+(?:{_COUNT_WORDS})\b[\s·∙•|]*)+",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"(?:estimated |approx(?:imate|\.)? )?(?:reading|read|listening|listen|watch|watching|"
    r"running|video|audio) ?(?:time|duration|length)\s*:?\s*(?:approx\.?|about|~)?\s*[\d:.′″' ]+"
    r"(?:min(?:ute)?s?|secs?|seconds|mins?)?"
    # (a player's own label, the time in words: "Duration: 1 minute 24 seconds")
    r"|duration\s*:\s*\d{1,3} (?:hours?|minutes?|mins?)(?: \d{1,2} (?:seconds?|secs?))?"
    r"|duration\s*:\s*\d{1,3} (?:seconds?|secs?)",
    re.IGNORECASE,
)
# A market ticker's quote: an exchange symbol (a stop, an equals sign or a caret in it) and its
# move ("PCLL.SN   -4.81%", "HG=F   +1.91%", "^GSPC  +0.4%"); not "GDP +3.2%". A portal's row
# puts the company's name, the price and the change in points between them ("TNV.WA   Tarnovia
# Bus SA   38.12   -4.90 (-11.39%)").
_TICKER_QUOTE = re.compile(
    r"(?:[A-Z0-9]{1,8}[.=][A-Z0-9]{1,4}|\^[A-Z0-9]{2,8})"
    r"(?:\s+[A-Z][\w&'’.-]*){0,5}(?:\s+\d[\d.,]*)?(?:\s+[+\-−–]\d[\d.,]*)?"
    r"\s+\(?[+\-−–]\d[\d.,]*\s?%\)?"
    # (or any name with all three, the price, the change and the change in per cent: "COPPER
    # 9,742.50   +115.50 (+1.20%)", "Copper Jul 26   4.8715   +0.0915 (+1.91%)")
    r"|[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,4}\s+\d[\d.,]*\s+[+\-−–]\d[\d.,]*"
    r"\s+\(?[+\-−–]\d[\d.,]*\s?%\)?"
)
# A wire story's exchange rate under its figures: "($1 = 3.6520 zlotys)", "(£1 = $1.2634)",
# "(1 euro = $1.0812)", "(1 US dollar = 3.6725 UAE dirhams)".
_RATE_NOTE = re.compile(
    r"\((?:(?:US|A|C|NZ|S|HK)?[$€£¥₹]\s?1"
    r"|1 (?:(?:US|U\.S\.) )?(?:euro|dollar|pound|yen|yuan|rupee))\s*=\s*"
    # (a currency in letters before its figure: "($1 = Dh3.6725)", "($1 = KSh 129.40)")
    r"(?:[A-Z]{0,3}[$€£¥₹]\s?|[A-Z][A-Za-z]{0,3}\.?\s?)?\d[\d.,]*(?:\s+[A-Za-z]+){0,3}\s*\)"
)
_LABEL_COUNT = re.compile(
    r"(?:[A-Z][\w'’-]* (?:&|and) )?(?i:comments?|replies|closings|delays|closures|notifications"
    r"|messages|basket|cart|alerts|inbox|updates|reactions|photos|videos) \(\d{1,5}\)"
)
_TAX_ID = re.compile(r"(?:EIN|ABN|ACN|VAT|GST|CIN|UEN|KRA PIN)[\s:#]*[A-Z]{0,3}[\d -]{6,16}\.?")
_ARTICLES = frozenset(["a", "an", "the"])
_CONTENTS_ITEM = re.compile(r"(\d{1,2})\.\s+([A-Z][^.!?:]{0,60})")
_CHAPTER_START = re.compile(r"[\[(]?0?0:00\b")
_CHAPTER = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+[A-Z“\"‘'].{0,80}")
_AGE = r"\d{1,2} ?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?) ago"
# ("4h ago  Turnout 38.4%", or after the headline and a dot: "Road closed at X · 2 hours ago")
_AGED_HEADLINE = re.compile(rf"{_AGE}\s+[A-Z“\"‘'].{{0,80}}|[A-Z“\"‘'].{{0,80}}?\s[·•|–—-]\s{_AGE}")
_AGE_AFTER = re.compile(rf".*\s[·•|–—-]\s{_AGE}")
_FORM_FIELD = re.compile(
    r"(?:your |first |last |full )?(?:name|e-?mail(?: address)?|comment|message|website|phone"
    r"|password|username|postcode|zip(?: code)?)\s?\*|required fields are marked\s*\*?\.?"
    r"|your email(?: address)? will not be (?:published|shared|displayed)\.?"
    r"|(?:type|enter) your (?:e-?mail|email address|name)(?: address)?\s*(?:\.{3}|…)?",
    re.IGNORECASE,
)


_FEEDBACK = re.compile(
    r"did you find what you (?:needed|were looking for)\??",
    re.IGNORECASE,
)
# A proper name to the end of the line: "Dunmoor City Council", "the Ministry of Water".
_PROPER_NAME = r"[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|and|for|the|&))*"
# "An official website of the City Council", "A Ruritania Government Agency Website".
_SITE_OF = re.compile(
    r"(?:An? |The )?(?:[Oo]fficial )?(?:[A-Z][\w'’&-]* ){1,5}"
    r"(?:[Ww]ebsite|[Ww]eb [Ss]ite|[Ss]ite|[Aa]pp)"
    r"|(?:An? |The )?[Oo]fficial (?:website|web site|site|app) of (?:the )?" + _PROPER_NAME,
)
# A postal address: "Wharfside House, 22 Capstan Street, London.", "Firm GmbH, Marktgasse 14,
# 35512 Town." — a street's name and number among commas, no verb.
_STREET = (
    r"(?i:road|rd|street|st|avenue|ave|lane|ln|drive|dr|way|boulevard|blvd|square|sq|place|pl"
    r"|wharf|quay|crescent|close|court|terrace|parade|row|highway|hwy|parkway|pkwy)"
)
# The town, county and postcode after the street: capitalised words and codes only.
_PLACES = r"(?:, (?:[A-Z0-9][\w'’.-]*)(?: [A-Z0-9][\w'’.-]*){0,3}){1,3}\.?"
_ADDRESS = re.compile(
    # (a floor or a unit first too: "4th Floor, Silverleaf House, 19 Nyathela Road, Durban";
    # not a court list's age, "A Name, 41, 12 Cedar Road, Grimsby.")
    r"(?:(?:\d{1,3}(?:st|nd|rd|th)? (?:[Ff]loor|[Ll]evel)"
    r"|(?:Floor|Level|Suite|Unit|Flat) \d{1,4}\w?), )?"
    r"(?:[A-Z][^,]{0,59}, ){0,2}(?:\d+[a-z]?,? )?(?:[A-Z][\w'’.-]* ){1,4}"
    + _STREET
    + r"\.?(?: \d+[a-z]?)?"
    + _PLACES
    + r"|(?:[A-Z][^,]{0,59}, ){0,2}[A-Z][\w'’-]*(?:gasse|stra(?:ß|ss)e|platz|weg|laan|straat"
    r"|gatan|vej) \d+[a-z]?" + _PLACES,
)


# A picture's credit opens like a sentence about the picture: "Footage by …", "Artwork by …".
_PICTURE_BY = re.compile(
    r"(?:staff |file )?(?:photo(?:graph)?s?|photography|pictures?|pics?|images?|fotos?|footage"
    r"|video|chart|map|graphic|illustration|artwork|drawing|cartoon|painting)s?"
    r" (?:(?:supplied|submitted|sent in|provided) )?by ",
    re.IGNORECASE,
)


def _ends_in_a_name(stripped: str) -> bool:
    """A credit ends with who made the picture ("… by Ines Varga.", "Photo: A Name/Agency"); a
    sentence about a picture ends with what it shows ("… striking the man.")."""
    if AUXILIARY.search(stripped):
        return False  # "Photographs by A Name are on show until June."
    last = stripped.rstrip(".)]”’\"' ").rsplit(None, 1)[-1:]
    return bool(last) and (last[0][:1].isupper() or "/" in last[0])


# A few words of a call and an email address after them, the whole line: "Get in touch:
# newsdesk@courier.example", "Story ideas? tips@courier.example" (no verb of a sentence: "The
# note came from a@b.example" is the story's).
_WROTE = re.compile(r"\b(?:said|says|wrote|writes|told|tweeted|posted)\b", re.IGNORECASE)
_CALL_WITH_ADDRESS = re.compile(
    r"(?:get in touch|contact(?: us)?|e-?mail us|write to us|tips?|news tips?|story ideas?"
    r"|(?:got|have) a (?:story|tip)|feedback|letters|corrections|(?:press|media) (?:enquiries"
    r"|inquiries)|enquiries|inquiries|questions|send us [\w ]{1,20})[:?!]\s+"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?",
    re.IGNORECASE,
)


def _furniture_shape(stripped: str, words: int) -> str:
    """The shapes above, or ""."""
    addressed = "," in stripped and words <= 16 and _ADDRESS.fullmatch(stripped)
    if addressed and not _CLAUSE_VERB.search(stripped):
        return "contact line"
    if words > 8:
        return ""
    if stripped[-1:] == "?" and _FEEDBACK.fullmatch(stripped):
        return "feedback prompt"
    lowered = stripped.lower()
    sited = ("site" in lowered or " app" in lowered) and stripped[-1:] not in _TERMINAL
    if sited and _SITE_OF.fullmatch(stripped) and not _CLAUSE_VERB.search(stripped):
        return "about the publisher"
    if words <= 5 and _ON_PLATFORM.fullmatch(stripped):
        return "share or follow line"
    if (
        words <= 12
        and lowered.startswith(("open ", "read "))
        and _OPEN_IN_THE_APP.fullmatch(stripped)
    ):
        return "share or follow line"
    if "@" in stripped and words <= 6 and _HANDLE_LINE.fullmatch(stripped):
        return "post author line"
    if "@" in stripped and _CALL_WITH_ADDRESS.fullmatch(stripped) and not _WROTE.search(stripped):
        return "contact line"  # "Get in touch: newsdesk@…", "Story ideas? tips@…"
    first = stripped[:1]
    if words <= 8 and (first.isdigit() or first in "oOjJ") and _COUNTS.fullmatch(stripped):
        return "ticker or widget"
    if words <= 8 and _DURATION.fullmatch(stripped):
        return "editorial note"
    if _TICKER_QUOTE.fullmatch(stripped):
        return "ticker or widget"  # "PCLL.SN   -4.81%", "HG=F   +1.91%"
    if first == "(" and words <= 8 and _RATE_NOTE.fullmatch(stripped):
        return "editorial note"  # "($1 = 3.6520 zlotys)"
    if stripped[-1:] == ")" and words <= 5 and _LABEL_COUNT.fullmatch(stripped):
        return "ticker or widget"  # "Closings & Delays (27)", "Comments (12)"
    if words <= 3 and first.isupper() and _TAX_ID.fullmatch(stripped):
        return "editorial note"  # "EIN 84-3390127.", "ABN 51 824 753 556"
    formish = words <= 7 and ("*" in stripped or "your" in lowered)
    if formish and _FORM_FIELD.fullmatch(stripped):
        return "sign-in prompt"
    return ""


# A fact panel's heading after its subject (the phrase alone is a rule of its own).
# The writer named after an "About the author:" label, and what they are: "About the author: A
# Name is the Post's news editor." (not "About the author: the book's writer died in 2001").
_WRITER_AFTER_THE_LABEL = re.compile(
    rf"\s+(?:[{UPPER}][\w'’.-]*\s+){{1,3}}[{UPPER}][\w'’.-]*\s+(?:is|was|has|writes|covers"
    r"|reports|edits)\b"
)
_PANEL_HEADING = re.compile(
    r"(?:\w[\w'’&.-]*\s){1,6}(?:at a glance|in numbers|by the numbers|key facts|fact ?file)"
    # (a live page's or a digest's recap: "The week so far", "The story so far")
    r"|the (?:story|week|day|season|year|match|race|count|campaign|game) so far"
    # (a box's heading in capitals or capitalised words: "THE CASE IN FIGURES", "Arequipa in
    # figures", "SCORES IN BRIEF"; not a sentence pasted without its stop, "The judge ruled in
    # brief")
    r"|(?-i:(?:[A-Z][\w'’&.-]*\s){1,5}(?:in figures|in brief|IN FIGURES|IN BRIEF))"
    # a box's heading on its own: "Key takeaways", "Key findings", "Match stats"
    r"|key (?:takeaways|points|facts|findings|moments|events|dates|numbers)|match stats"
    # (an explainer's subheads: "What we know so far", "What we don't know yet")
    r"|what (?:we|you) (?:know|don['’]t know|do not know|need to know|found|learned)"
    r"(?: (?:so far|yet|now))?",
    re.IGNORECASE,
)


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


# The buttons of a consent or choice box.
_CHOICE_WORDS = re.compile(
    r"\b(?:accept|allow|reject|decline|customi[sz]e|manage|settings|preferences|necessary"
    r"|essential|agree|ok|got it|no thanks|not now|continue|cancel|close|dismiss)\b",
    re.IGNORECASE,
)
# What a button of a page says: "Yes", "No", "Share", "Save", "Print", "Sign in", "Join X",
# "Share on Facebook", "Email a friend".
_MASTHEAD_BUTTONS = r"print edition|digital edition|e-?paper|write for us"
_BUTTON = re.compile(
    r"(?:yes|no|share(?: (?:on|to|via) (?-i:[A-Z])[\w'’]*)?|save|bookmark|print"
    r"|email(?: (?:a friend|this(?: article| story| page)?|us))?|sign (?:in|up|out)|log (?:in|out)"
    r"|subscribe"
    r"|join(?: (?-i:[A-Z])[\w'’]+){0,2}|register|follow|listen|comments?|menu|search|continue"
    r"|cancel|back|next|previous|close|more|newsletters?|(?:my )?account|e-?edition"
    r"|create (?:an |your )?account"
    r"|contact(?: us)?|donate|copy link|gift (?:this )?(?:article|story)"
    # (a masthead's own, beside a button of the kinds above: "Log in   Register   Print
    # edition"; alone they are a table's header, "Print edition   Digital edition")
    rf"|{_MASTHEAD_BUTTONS})",
    re.IGNORECASE,
)
# The buttons that end a row of a shop's offer ("View deal", "Buy now"); not the words a table's
# last cell may hold ("Close", "Continue", "Contact"), nor a link's "Read more" after a
# digest's headline or a charity's claim.
_MASTHEAD_BUTTON = re.compile(_MASTHEAD_BUTTONS, re.IGNORECASE)
_PAGE_BUTTON = re.compile(
    r"share|save|bookmark|print|sign (?:in|up)|log (?:in|out)|subscribe|search|menu|follow"
    r"|listen|donate|register|comments?|copy link",
    re.IGNORECASE,
)
# The answer that turns a prompt down: "Maybe later", "No thanks", "Stay on the website", "I
# already subscribe".
_DECLINE_BUTTON = re.compile(
    r"maybe later|not now|no,? thanks?(?:,? [\w'’ ]{1,30})?|stay (?:on|in) (?:the )?(?:website|site"
    r"|browser)|continue (?:in|on|with) (?:the )?(?:browser|website|site)"
    r"|i(?:['’]m| am)? already (?:a )?(?:subscribe[rd]?|member|have an account)",
    re.IGNORECASE,
)
# (and the prompt's call beside it: "Open the app", "Yes, turn on", "Start my subscription")
_PROMPT_CALL = re.compile(
    r"(?:yes,? )?(?:open|get|start|turn on|allow|download|install|subscribe|sign|log|continue"
    r"|read|enable|switch|go to|try|join|register|keep|notify)\b",
    re.IGNORECASE,
)
# (after a greeting too: "Kia ora, Sign in", "Hello, Log in")
_ACCOUNT_BUTTON = re.compile(
    r"(?:[\w'’ ]{1,20}, )?(?:sign|log) (?:in|out)|(?:my )?account|register", re.IGNORECASE
)
_SHOP_BUTTON = re.compile(
    r"(?:view|get) (?:the )?deal|(?:buy|shop|order) now",
    re.IGNORECASE,
)
# The answers among a consent notice's buttons, which say yes or no to it: "Fine by me",
# "Allow", "Refuse", "Agree and close", "Got it".
_CONSENT_ANSWER = (
    r"(?:i )?(?:accept|agree)(?: all| and (?:continue|close))?|allow(?: all| cookies)?"
    r"|(?:refuse|reject|decline)(?: all)?|got it|ok(?:ay)?|fine by me|(?:only|just) (?:the )?"
    r"(?:necessary|essential)(?: ones)?|(?:necessary|essential) only|yes,? (?:i'?m|that'?s) fine"
)
# A consent box's buttons, each alone: "Accept all", "Manage preferences", "Learn more".
_CONSENT_BUTTON = re.compile(
    r"(?:accept|reject|decline|allow|deny|refuse)(?: all)?(?: cookies)?"
    r"|(?:manage|set|change) (?:my |your )?(?:cookie |privacy )?(?:preferences|options"
    r"|settings|cookies|choices)|(?:cookie |privacy )?settings"
    r"|(?:more )?options|preferences|learn more|(?:strictly )?(?:necessary|essential)"
    r"|close and accept|accept and close"
    r"(?: cookies)? only|customi[sz]e|got it|i (?:accept|agree)|ok|more information"
    # (and a notice's own wording of them: "Fine by me", "Agree and close", "SEE PURPOSES")
    r"|see purposes|no,? thanks|continue|manage|" + _CONSENT_ANSWER,
    re.IGNORECASE,
)
# A choice alone, which a ballot's or a poll's table holds too ("Accept   Reject").
_BARE_CHOICE = re.compile(r"(?:i )?(?:accept|reject|decline|allow|deny|refuse|agree)", re.I)
_TASK = re.compile(
    r"(?:report|pay|apply|find|book|register|request|check|view|contact|sign|log|subscribe"
    r"|renew|order|download|search|get|make|tell|join|donate)\b",
    re.IGNORECASE,
)


_LEADING_SYMBOLS = re.compile(
    r"^\s*(?:[\u2190-\u2BFF\U0001F000-\U0001FAFF\u2700-\u27BF]\ufe0f?\s*)+"
)


# A language picker's item: a language's code or its own name ("EN", "FR", "BM", "Français",
# "中文", "عربي"), or the login beside it.
_LANGUAGE_CODE = re.compile(r"[A-Z]{2}")
_LANGUAGE_NAMES = frozenset(
    """english français francais deutsch español espanol português portugues italiano
    nederlands bahasa melayu svenska norsk dansk suomi polski türkçe kiswahili afrikaans
    isizulu""".split()
)


_LOGINS = frozenset(["login", "logout", "signin", "sign-in", "log-in"])
_MENU_ICONS = frozenset("☰≡🔍🔎⌕")
# A paper's own word, ending its name (of the press's words, the ones no headline ends in).
_MASTHEAD_WORDS = frozenset(
    """herald gazette clarion chronicle tribune courier journal sentinel examiner ledger
    observer dispatch inquirer enquirer telegraph argus bulletin courant gleaner""".split()
)
# (a search box's buttons: its clear sign and its search sign)
_CLEAR_SIGNS = frozenset("✕✖×")
_SEARCH_SIGNS = frozenset("🔍🔎⌕")


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _in_own_script(cell: str) -> bool:
    """Letters, none of them Latin: a language's name in its own script ("中文", "عربي")."""
    return not _LATIN_LETTER.search(cell) and any(c.isalpha() for c in cell)


def _a_language(cell: str) -> bool:
    return (
        bool(_LANGUAGE_CODE.fullmatch(cell))
        or cell.lower() in _LANGUAGE_NAMES
        or (" " not in cell and not any("0" <= c <= "9" for c in cell) and _in_own_script(cell))
    )


# The cells of a share strip pasted as its icons: a network's letter or a sign.
_SHARE_ICON_CELLS = frozenset("f fb x 𝕏 in li wa p g+ ✉ ✉️ ✆ 🔗 📧 🖨 ⎙ 📋 ⤴ ↗ 🖂 ⋯ …".split())
# A player's buttons: its speed ("1x", "1.5×") and its skips ("−15s", "+30s").
_PLAYER_CONTROL = re.compile(r"\d(?:\.\d{1,2})?[x×]|[+−-]\d{1,2} ?s(?:ec)?")


# (a place's initials closing a strip in capitals: "LOCAL  ›  SOUTHEAST N.B."; not a headline's
# "Tariffs hit the U.S.", its last cell in small letters)
_ENDS_IN_INITIALS = re.compile(r"(?:^|[|›»/·•>])[^a-z|›»/·•>]*\b(?:[A-Z]\.){2,4}$")


def _is_spaced_strip(text: str) -> bool:
    """Items apart by runs of spaces on one line: a menu pasted from a page."""
    line = text.strip()
    if line.endswith("…") and len(_SPACED.split(line)) >= 4:
        line = line[:-1]  # a menu the phone's width cut short: "NEWS  SPORT  MONEY  IRISH N…"
    if "\n" in line or line[-1:] in _TERMINAL:
        return False
    raw = [p for p in _SPACED.split(line) if p.strip()]
    if len(raw) >= 3 and all(p.strip().lower() in _SHARE_ICON_CELLS for p in raw):
        # A share strip pasted as its icons' letters and signs: "f   𝕏   in   🔗", "f   X   ✆"
        # (one of them a network's letter)
        return any(p.strip().lower() in ("f", "in", "𝕏", "fb", "li") for p in raw)
    if len(raw) >= 2 and all(_PLAYER_CONTROL.fullmatch(p.strip()) for p in raw):
        # A player's speed and skip buttons: "1x    −15s    +30s" (one of them a skip)
        return any(p.strip()[:1] in "+−-" for p in raw)
    # (an icon beside an item is no item: "👍 Yes   👎 No", "Search   Sign in   🌙")
    parts = [p for p in (_LEADING_SYMBOLS.sub("", p) for p in raw) if p.strip()]
    if len(parts) == 1 and len(raw) >= 3 and parts[0].strip() == "Aa":
        return True  # a phone's reading buttons: "Aa    🔖    ⤴" (text size, save, share)
    signs = set(line)
    if len(parts) == 1 and len(raw) >= 3 and signs & _CLEAR_SIGNS and signs & _SEARCH_SIGNS:
        return True  # a search box, its query between its icons: "four-day week   ✕   🔍"
    opens_a_menu = raw[0].strip() in ("☰", "≡")
    if (
        opens_a_menu
        and len(parts) == 2
        and (_ACCOUNT_BUTTON.fullmatch(parts[1].strip()) or parts[1].strip().lower() == "subscribe")
    ):
        # A masthead between its menu's icon and its account's button: "≡   ESSEQUIBO LEDGER
        # Subscribe", "☰   The Lighthouse   Sign in" (in capitals or in title case, no figure)
        name = parts[0].strip()
        titled = all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in name.split())
        return _words(name) <= 4 and titled and not any(c.isdigit() for c in name)
    if (
        len(parts) == 1
        and (len(raw) >= 3 or (opens_a_menu and len(raw) == 2))
        and _words(parts[0]) <= 4
        and _MENU_ICONS & set(line)
    ):
        # A masthead between its menu and search icons: "☰   STRATHKERRAN HERALD   🔍" (not an
        # alert between its sirens, "🚨   TSUNAMI WARNING ISSUED   🚨", nor a score); between
        # its menu's icon and another, in any case, "≡   The Lighthouse   🔔"; after its menu's
        # icon alone, a paper's name in capitals, "≡   KAMPALA CLARION" (not a headline,
        # "≡   Athlete Sets New Record", "≡   PARLIAMENT SITS TODAY")
        name = parts[0].strip()
        if any(c.isdigit() for c in name):
            return False
        if len(raw) == 2:
            return name.upper() == name and name.split()[-1].lower() in _MASTHEAD_WORDS
        titled = all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in name.split())
        return name.upper() == name or (opens_a_menu and titled)
    cells = [p.strip() for p in parts]
    if (
        len(cells) >= 3
        and cells[0].lower() == "home"
        and cells[1][:1].isupper()
        and _words(cells[-1]) >= 2
        and all(
            _words(c) <= 5
            and not _CLAUSE_VERB.search(c)
            and not FINITE_VERB.search(c)
            # (a figure in its last place only: "Home   News   Local elections 2026"; not a
            # results row, "Home   Kelby Town 2   Arnsford Rovers 1")
            and not (c is not cells[-1] and any(ch.isdigit() for ch in c))
            for c in cells[1:]
        )
    ):
        # A trail from the home page: "Home   Environment   Flooding and coastal change" (its
        # last place named in words, not a table's header, "Home   Team   Away")
        return True
    languages = [c for c in cells if _a_language(c)]
    logins = [c for c in cells if _ACCOUNT_BUTTON.fullmatch(c) or c.lower() in _LOGINS]
    if len(cells) >= 2 and languages and len(languages) + len(logins) == len(cells):
        # A language picker, with its login: "NL   FR   EN", "BM   中文   Login", "عربي   Sign in"
        # (not two countries' codes alone: "US   UK")
        own_script = any(_in_own_script(c) for c in languages)
        return len(languages) >= 3 or ((bool(logins) or own_script) and len(logins) <= 1)
    if len(parts) >= 3 and _ACCOUNT_BUTTON.fullmatch(parts[-1].strip()):
        # A masthead's strip that ends in its account button, whatever its other items hold:
        # "Thursday, March 12, 2026   Today's Paper   Subscribe: $1 a week   Log in".
        return True
    figures = sum(any(c.isdigit() for c in p) for p in parts)
    if figures > 1:
        return False  # a row of a table of figures: data, not a menu
    labels = all(
        _words(c) <= 4 and (c[:1].isupper() or not c[:1].isalpha()) and not _CLAUSE_VERB.search(c)
        for c in cells
    )
    titled = all(
        w[:1].isupper() or not w[:1].isalpha() or w in ("of", "the", "&")
        for c in cells
        for w in c.split()
    )
    if labels and titled and len(parts) >= 4 and sum(len(c) <= 3 for c in cells) * 2 < len(cells):
        # Short labels in title case and no clause: a menu however its items are worded ("News
        # Weather   Traffic   8 On Your Side   Contests"); not a table's header of short
        # columns ("Team   P   W   D   L   Pts"), nor a story's list ("Close Ashgrove Library
        # Merge two fire stations").
        return True
    buttons = [c for c in cells if _BUTTON.fullmatch(c) and c.lower() not in ("yes", "no")]
    # (one of them the page's own: a table's header "Service   Contact   Email" has none)
    own = any(_PAGE_BUTTON.fullmatch(c) for c in buttons)
    if labels and len(parts) == 3 and not figures and len(buttons) >= 2 and own:
        # Three, two of them a page's buttons: "Share   Tweet   Email", "Canada edition
        # Sign In   Subscribe" (not a table's header, "Team   Won   Lost", nor a row of
        # results, "A Name   Greens   11,842", nor a poll's answers, "Yes   No   Not sure", nor
        # a title spaced out, "No   More   Heroes").
        return True
    if (
        len(parts) in (2, 3)
        and all(_BUTTON.fullmatch(p.strip()) for p in parts)
        and not all(_MASTHEAD_BUTTON.fullmatch(p.strip()) for p in parts)
    ):
        # "Yes   No", "Sign in   Subscribe", "Share   Save   Print": every item a button
        # (not a slogan: "No cuts   No closures", "More homes   More jobs").
        return True
    if 2 <= len(parts) <= 4 and _SHOP_BUTTON.fullmatch(parts[-1].strip()):
        # A row that ends in a shop's button after its price: an offer ("Voltwise   £1,049
        # View deal"); not a table's row, whose last cell is a figure or a word ("Polls close
        # 22:00", "Moor End   Close"), nor a headline beside a button.
        return not any(c.isdigit() for c in parts[0]) and _PRICE.search(line) is not None
    if len(parts) == 2 and any(_DECLINE_BUTTON.fullmatch(p.strip()) for p in parts):
        # A prompt's two answers, one of them the way out: "Open the app   Stay on the website",
        # "Yes, turn on   Maybe later", "Start my subscription   I already subscribe".
        # (the other a call, never a name: "Mere Tawhiri   Not now" is a vox pop's row)
        calls = [p for p in parts if not _DECLINE_BUTTON.fullmatch(p.strip())]
        short = all(_words(p.strip()) <= 6 and not any(c.isdigit() for c in p) for p in parts)
        return short and all(_PROMPT_CALL.match(p.strip()) for p in calls)
    if len(parts) == 2:
        # "Accept all   Manage preferences": a consent box's two buttons, each one of its
        # words alone, one of them a cookie box's own (not "Sandy Bay   OK", "Agree   Disagree",
        # a ballot's "Accept   Reject").
        buttons = all(_CONSENT_BUTTON.fullmatch(p.strip()) for p in parts)
        return buttons and not all(_BARE_CHOICE.fullmatch(p.strip()) for p in parts)
    if len(parts) == 3:
        # "Allow all   Customise   Necessary only", "I accept   I do not accept   Show
        # purposes": three short buttons of a consent box (a table's header, "Team   Won
        # Lost", has no lower-case word).
        buttons = all(_words(p.strip()) <= 4 and not AUXILIARY.search(p) for p in parts)
        return buttons and _CHOICE_WORDS.search(line) is not None
    # "Report a missed bin   Pay your council tax   Apply for a parking permit": a task strip
    # (items over three words only when they are tasks: a list of cuts in a story is not).
    if len(parts) < 4:
        return False
    longest = max(_words(p.strip()) for p in parts)
    if any(_CLAUSE_VERB.search(p) and not p.strip().istitle() for p in parts):
        # A long menu of short items, two or more of them single words, is a site's own however
        # its items are worded: "Who we are   Our work   Reports   News   Get involved   Contact"
        # (not a story's list of four: "Books are free   Rooms are warm   Doors are open").
        singles = sum(_words(p.strip()) == 1 for p in parts)
        return len(parts) >= 5 and singles >= 2 and longest <= 3
    # ("Home   Alerts   Shelters   Recovery   Sign up for alerts"; not "Mundhwa and Keshav Nagar"
    # in a list of places)
    return longest <= 5 and all(_words(p.strip()) <= 3 or _a_task(p.strip()) for p in parts)


def _a_task(item: str) -> bool:
    """A menu's item that tells the reader to do something: "Pay your council tax", "Send as
    a gift"."""
    return bool(_TASK.match(item)) or item.split(None, 1)[0].lower() in _CALL_VERBS


def _is_section_list(stripped: str) -> bool:
    if stripped[-1] in _TERMINAL:
        return False
    words = [w.strip("▾▼|,").lower() for w in stripped.split()]
    words = [w for w in words if w]
    known = sum(w in _SECTION_WORDS for w in words)
    return known >= 4 and known >= 0.6 * len(words)


# A cell of a match's or a count's facts, its label and value: "Att: 2,314", "Referee: A Name
# (Kano)", "Valid votes: 14,694", "Turnout: 38.8%".
_MATCH_OR_POLL_FACT = re.compile(
    r"(?:att|attendance|crowd|ref|referee|umpires?|venue|ground|kick-off|toss|valid votes"
    r"|rejected(?: ballots)?|spoilt(?: ballots)?|total(?: votes)? cast|registered voters"
    r"|electorate|turnout|majority): \S.{0,40}",
    re.IGNORECASE,
)


_CANDIDATES_VOTES = re.compile(r"[A-ZÀ-Þ][\w'’. -]{0,40} \([A-Z][\w.&-]{0,9}\):? \d[\d,.]*%?")
_A_FIGURE_TO_A_FIGURE = re.compile(r"\d[\d,.]*%?\s*→\s*\S{0,3}\d")


def _is_strip(stripped: str) -> bool:
    """Short segments between separators: a navigation, section or share strip."""
    if "→" in stripped and _A_FIGURE_TO_A_FIGURE.search(stripped):
        return False  # a change, one figure to the next: "Housing allowance: K1,500 → K3,000"
    parts = [p for p in _SEPARATORS.split(stripped) if p]
    if len(parts) < 2 or (
        stripped[-1] in _TERMINAL
        and not _UNIT_AT_THE_END.search(stripped)
        and not _ENDS_IN_INITIALS.search(stripped)
    ):
        return False
    if _WARNING_LEVEL.fullmatch(parts[0].strip()):
        return False  # a warning box's line: "RED WIND · Dunlorne coast · until 15:00 Saturday"
    # "Rents up 40% / wages flat": figures apart by slashes are a headline's, not a menu's (the
    # other separators keep a strip's counts: "Closings (14) | Jobs").
    slashed_figures = " / " in stripped and any(c.isdigit() for c in stripped)
    if slashed_figures and not _OTHER_SEPARATOR.search(stripped):
        return False
    cells = [p.strip() for p in parts]
    if all(_MATCH_OR_POLL_FACT.fullmatch(c) for c in cells):
        return False  # a match's or a count's facts: "Att: 2,314  ·  Ref: A Name", "Turnout: 38.8%"
    if all(_CANDIDATES_VOTES.fullmatch(c) for c in cells):
        return False  # a count's results, each name with its party: "A Name (Ind) 9,871 · …"
    undated = _DATED.isdisjoint(stripped.lower().replace(",", " ").replace(".", " ").split())
    if (
        all(_LABELLED_FIGURE_CELL.fullmatch(c) for c in cells)
        and any(_FIGURE_CELL.fullmatch(c) for c in cells)
        and not any(c[:1] in "+-−" for c in cells)
        and undated
    ):
        # "Possession  58%  |  42%", "Shots on target  7  |  3": a row of a match's or a
        # table's figures, each cell ending in its figure (a page list ends with "Next", a
        # market ticker has its changes, "FTSE 100 | 8,231.4 | +0.3%", and a date line its
        # date words, "Updated 14 June 2026 | 10.45", "Issue 214 | Vol. 12").
        return False
    if (
        undated
        and "|" in stripped
        and not any(ch.isdigit() for ch in cells[0])
        and all(_FIGURE_CELL.fullmatch(c) or _CLOCK_TIMES.fullmatch(c) for c in cells[1:-1])
        and (
            _FIGURE_CELL.fullmatch(cells[-1])
            or _CLOCK_TIMES.fullmatch(cells[-1])
            # (a results table's row, the count's outcome last: "A Name | 2,418 | ELECTED")
            or (len(cells) > 2 and _OUTCOME_CELL.fullmatch(cells[-1]))
        )
        and (len(cells) == 2 or not any(c[:1] in "+-−" for c in cells))
        and not all(_YEAR_CELL.fullmatch(c) for c in cells[1:])  # (a header: "Offense | 2025")
    ):
        # A table's row, its label then its figures: "Tomatoes  |  +9.8%", "Class A  |  ₱501  |
        # ₱539", a timetable's "Matiroa Bay  |  6.20am, 11.30am, 3.40pm" (not a ticker's
        # name, price and change, "FTSE 100 | 8,231.4 | +0.3%", nor a date line)
        return False
    # Two parts may be a headline with a kicker ("Budget 2026 | What changes"): short ones only.
    # Three or more are a strip even with longer items ("Subscribe from Sh10 a day").
    longest = 4 if len(parts) == 2 else 6
    # (a stamp's date and time is one item however many words it takes, among three items or
    # with its zone: "Dominion Newswire · Wed, November 18, 2026 at 7:42 a.m. EST · 2 min read",
    # "Nashik | November 4, 2026 11:52 IST"; not a comment's header, "A Name · April 3, 2026
    # at 2:07 pm", a byline)
    # (the other cells a source's or a place's name, or stamps: not a headline before its
    # stamp, "Rates rise to 5% · Wed, November 18, 2026 at 7:42 a.m. EST · 2 min read")
    # (or a newsletter's masthead, its name, what it is and the date: "ORBIT & BENCH · The
    # weekly science letter from the Meridian · Friday, November 26, 2027")
    # (a stamp and its writers: "Last updated 15:24 · A Name and B Name")
    if len(cells) == 2 and _is_dates_only(cells[0].lower()) and _names_alone(cells[1]):
        return True
    if any(_words(c) > longest for c in cells) and not (
        (len(parts) > 2 or _ZONE_AT_THE_END.search(stripped))
        and all(
            _is_dates_only(c.lower()) or _NAME_CELL.fullmatch(c) or _a_letters(c) for c in cells
        )
        and all(_is_dates_only(c.lower()) or _a_letters(c) for c in cells if _words(c) > longest)
        and any(_is_dates_only(c.lower()) for c in cells)
    ):
        return False
    return not any(_CLAUSE_VERB.search(p) for p in parts)


# A count's outcome in a results table's last cell.
_OUTCOME_CELL = re.compile(
    r"(?i:elected|re-elected|winner|won|wins|leading|defeated|lost|retained|gain|hold|✓|✔)"
)
# A cell that is a name: capitalised words and the small words of names ("Dominion Newswire").
_NAME_CELL = re.compile(r"[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|the|and|&)){0,4}")


# What a newsletter says it is, under its name: "The weekly science letter from the Meridian".
_LETTERS_OWN_WORDS = re.compile(
    r"(?:the|your|a|our) (?:[\w'’-]+ ){0,3}(?:newsletter|letter|briefing|digest|bulletin|dispatch"
    r"|round-?up)\b",
    re.IGNORECASE,
)


def _a_letters(cell: str) -> bool:
    return _LETTERS_OWN_WORDS.match(cell) is not None and _is_tagline(cell)


_ZONE_AT_THE_END = re.compile(r"\d[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?[A-Z]{2,4}$")


def _is_dates_only(lowered: str) -> bool:
    if "%" in lowered:
        return False  # a share, not a stamp: "No: 31%" is a poll's answer
    if _YEARS_RANK.fullmatch(lowered):
        return False  # a table's row, a year and its rank: "2025: No. 117"
    if _LIFE_DATES.fullmatch(lowered):
        return False  # "March 2, 1934 – January 19, 2026": a life or a tenure, not a stamp
    if lowered.endswith(" ago"):
        lowered = lowered.replace(" about ", " ")  # "Updated about 4 hours ago"
    if "standard time" in lowered or "daylight time" in lowered:
        # "07:00 AM Atlantic Standard Time" (not "Hawaii 27, Alaska 24": a score)
        lowered = _ZONE_SPELT_OUT.sub(" time", lowered)
    tokens = _DATE_TOKEN.findall(lowered)
    if not tokens or len(tokens) > 20:
        return False
    dated = False
    numbers = bare = 0
    month = False
    for token in tokens:
        token = token.strip(".:") if token not in ("a.m.", "p.m.") else token
        if _DATE_NUMBER.fullmatch(token):
            dated = True
            numbers += 1
            bare += len(token) <= 2 and token.isdigit()
        elif token in _DATE_WORDS:
            dated = dated or token in _MONTH_OR_DAY
            month = month or token in _MONTH_WORDS
        elif token:
            return False
    # Bare small numbers joined by "and", with no month, year or hour: a schedule's row, not a
    # stamp ("Monday: 6 and 9", the plates kept off the road that day).
    joined = "and" in tokens
    return dated and not (joined and bare >= 2 and bare == numbers and not month)


_MONTH_OR_DAY = set(f"{_MONTHS} {_DAYS}".split())
_YEARS_RANK = re.compile(r"(?:19|20)\d\d\s*:\s*(?:no\.?|#)\s*\d{1,4}")
_ZONE_SPELT_OUT = re.compile(
    r"\s(?:atlantic|alaska|hawaii(?:-aleutian)?|newfoundland) (?:standard|daylight) time\b"
)
# What makes a line of dates a page's stamp: a year, a clock time or a stamp's word.
_STAMPED = re.compile(
    r"\b(?:19|20)\d\d\b|\d[:.]\d\d\b|\b(?:updated|published|posted|checked|modified|revised"
    r"|released|filed|reviewed)\b"
)
# Two full dates, years apart, joined by a dash.
_LIFE_DATES = re.compile(
    r"(?:[a-z]+\.? \d{1,2},? (\d{4})|\d{1,2} [a-z]+\.? (\d{4})) ?[–—-] ?"
    r"(?:[a-z]+\.? \d{1,2},? (?!\1|\2)\d{4}|\d{1,2} [a-z]+\.? (?!\1|\2)\d{4})"
)
# A warning level opening a warning box's line (a banner in a sentence stays the site's).
_WARNING_LEVEL = re.compile(
    r"(?:(?:RED|AMBER|YELLOW|ORANGE) (?:WARNING|WIND|RAIN|SNOW|ICE|HEAT|STORM|THUNDERSTORMS?|FOG)"
    r"|EMERGENCY WARNING|WATCH AND ACT|(?:FLOOD|STORM|FIRE|HEAT|TORNADO|BUSHFIRE|CYCLONE)"
    r" (?:WATCH|WARNING)|ADVICE|EVACUATE NOW)(?: WARNING)?"
)
# A dateline's place before its date, set off by a comma, a colon or a dash ("Izmir, 5 November
# 2024", "LAHORE: November 21, 2026", "Cairo — Thursday 24 September 2026").
_PLACE_IN_CAPITALS = re.compile(r"[A-Z][A-Z .'’-]{2,30}?(?:, |: | [—–-] )")
# (a colon after a place in capitals only: "Judgment: 4 March 2026" is a label and its date)
# (and its region after it, then a comma, a dash, a bar or a bullet before the date: "Bandung,
# West Java   ●   Tue, November 9, 2027 - 17:12")
_PLACE_FIRST = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})"
    r"(?:(?P<region>, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})?(?P<bar>\s+[|·●•]\s+)|, | [—–-] )"
)
# A whole day's date: its day and month either way round, or in figures with the year ("5
# November", "May 14", "17.08.2026").
_A_DAY_OF_A_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\.? (?:de )?(?i:{_MONTH_NAMES}|{_MONTH_NAMES_ABROAD})\b"
    rf"|\b(?i:{_MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b"
)


def _is_consent_notice(text: str) -> bool:
    hits = len(_CONSENT_WORDS.findall(text))
    if hits >= 2 and _ADDRESSED.search(text):
        return True
    # A consent word or more, in a site's voice: "This site uses cookies.", "By continuing to
    # browse you agree to our use of cookies.", "This site uses cookies to personalise content
    # and ads."
    return hits >= 1 and _SITES_VOICE.search(text) is not None


# A notice's or a paywall's buttons: the verbs that press them and a capitalised label in
# quotation marks ("Clicking “I agree” …", "Tap “Fine by me” …").
_PRESS_VERBS = "click|clicking|tap|tapping|choose|select|press|pressing"
_QUOTED_LABEL = r"[“\"](?-i:[A-Z])[^“”\"]{0,23}[”\"]"
_SITES_VOICE = re.compile(
    r"\b(?:this (?:site|website)|our (?:site|website)|continu\w* to (?:browse|use)"
    r"|use of cookies|you (?:agree|accept|consent)|uses? cookies (?:and|to|so|on)\b[^.]*\byou"
    # (the site telling what it does with them: "We use a handful of cookies to …", "This blog
    # uses a couple of cookies for …", "Cookies help us count readers"; not "Google uses
    # cookies to personalise adverts for two billion users", nor "Cookies help us bake …")
    r"|(?:we|this (?:site|website|blog|page|app|newsletter)|our (?:site|website|blog|app))"
    r" (?:only )?uses? (?:[\w-]+ ){0,3}cookies|\bkeep cookies to a minimum"
    r"|cookies (?:help|let|allow) us (?:to )?(?:count|understand|improve|remember|measure|see"
    r"|know|personali[sz]e)"
    r"|(?:manage|change) (?:your )?(?:cookie )?(?:settings|preferences|choices))\b"
    # (or which of two quoted buttons does what, no figure: "Clicking “I agree” accepts all
    # cookies; “Decline” keeps only …"; not "Clicking “Accept all” accepted 212 cookies")
    rf"|^(?:{_PRESS_VERBS})\s+{_QUOTED_LABEL}(?=[^0-9]*{_QUOTED_LABEL}[^0-9]*$)"
    # (or the site by its name, and no more: "Beurskop uses cookies.")
    r"|^(?!(?:it|he|she|everyone|everybody|nobody|somebody|someone|each|every)\b)"
    r"(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3} uses cookies\.?$",
    re.IGNORECASE,
)


# A page's weather widget: a temperature and nothing but a place's name, the weather's words and
# the widget's own ("Ossingbrook, IA   29°   Snow showers   Hi 33° Lo 21°", "Port of Spain 31°C
# Partly cloudy"); never a verb ("Nagpur sizzles at 46.8°C, hottest April day in 16 years").
_WEATHER_WORDS = frozenset(
    """clear cloudy partly mostly sunny sun intervals overcast rain rainy showers shower drizzle
    light heavy freezing snow sleet hail fog foggy mist misty haze hazy smoke smoky wind windy
    gusts gusty humid humidity thunderstorms thunderstorm storms storm ice crystals feels like hi
    lo high low tonight today tomorrow forecast 7-day 10-day change location weather warm cold
    dry fair breezy calm mph km/h kmh uv""".split()
)
# (and plain words only in a strip of cells apart by spaces, "Kellerby  34°  Sunny, hot and
# windy": a forecast's line in a weather story says them too, "Saturday: Sunny and hot, 34°")
_WEATHER_WORDS_IN_CELLS = _WEATHER_WORDS | frozenset(
    "hot cool chilly mild and with clouds sunshine scattered isolated thunder".split()
)
# (and a widget's sign for the weather: "Mabaleng 27°C ☀")
_WEATHER_SIGNS = frozenset("☀☁⛅🌤🌥🌦🌧⛈🌨❄🌫💨")
_TEMPERATURE = re.compile(r"[−-]?\d{1,3}(?:\.\d)?°[CF]?")
_WEATHER_FIGURE = re.compile(r"[−-]?\d{1,3}(?:\.\d)?(?:%|mph|km/h|kmh)?")
_WEATHER_WIDGET_WORDS = 16


def _day_reading(cell: str) -> bool:
    """A weather strip's item: a time of the day ("Sunrise 6:38am") or a reading ("UV 9",
    "Humidity 78%", "31°")."""
    return "°" in cell or bool(_CLOCK_TIMES.search(cell)) or _is_weather_widget(cell)


def _is_weather_widget(text: str) -> bool:
    words = re.findall(r"[\w°./−-]+", text)
    if not 2 <= len(words) <= _WEATHER_WIDGET_WORDS or FINITE_VERB.search(text):
        return False
    if not any(_TEMPERATURE.fullmatch(w) for w in words):
        return False
    # (a word or a sign of the weather itself, not a place and a reading alone, which a story's
    # list of the day's highs holds too: "Kano 44.5°C"; and no headline in title case, whose
    # verb is capitalised: "Delhi Sizzles At 47.4°C, Hottest Day Of The Year")
    vocabulary = _WEATHER_WORDS_IN_CELLS if "  " in text else _WEATHER_WORDS
    if not any(w.lower() in vocabulary for w in words) and _WEATHER_SIGNS.isdisjoint(text):
        return False
    return all(
        _TEMPERATURE.fullmatch(w)
        or w.lower() in vocabulary
        or w[:1].isupper()
        or _WEATHER_FIGURE.fullmatch(w)
        for w in words
    )


# A station's weather bar, with a warning sign or not: "⚠ WEATHER ALERT:", "WEATHER AWARE:" (an
# "AMBER ALERT: Police are searching …" or a "FLOOD ALERT: …" opens a story's lead).
_ALERT_BAR = re.compile(
    r"(?:⚠\ufe0f?\s*)?(?-i:WEATHER (?:ALERT|AWARE))\s*:\s+\S"
    # (or a short line in small letters under the warning sign, four words at least and no full
    # stop: "⚠ Extreme cold warning in effect for …", "⚠ 1 active alert: Boil water advisory –
    # …"; a heading in capitals is a story's, "⚠️ FLOOD WARNING", and so is a sentence, "⚠ The
    # bridge will close at 10 p.m., the transport department said.")
    r"|⚠\ufe0f?\s*(?=[^\n]*[a-z])(?:\S+\s+){3,18}[^\s.!?]+\s*$"
)
# A station's own name for its forecast, over a forecast with no verb: "FIRST ALERT WEATHER:
# Heat advisory for … until 8 p.m.", "First Alert Forecast: Storms possible tonight" (not "FIRST
# ALERT WEATHER: A tornado touched down …", nor its traffic or its investigations).
_FORECAST_BAR = re.compile(
    r"(?-i:FIRST ALERT (?:WEATHER|FORECAST)|First Alert (?:Weather|Forecast)):"
)
# The five daily prayers by name, each with its time ("Fajr 5:24", "Maghrib 5.31").
_PRAYER_SLOTS = re.compile(
    r"\b(?:fajr|subuh|sehri|zuhr|dhuhr|zohr|zohor|asr|asar|maghrib|isha|isya|jumu?['’]?ah)"
    r"\s+\d{1,2}[:.]\d{2}",
    re.IGNORECASE,
)


# A radio station's name and its frequencies: "Coolvarra FM 97.4 & 103.1", "KQZN 1040 AM".
_STATION = re.compile(
    r"(?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) (?:(?-i:FM|AM) \d{2,4}(?:\.\d)?"
    r"|\d{2,4}(?:\.\d)? ?(?-i:FM|AM))(?:\s*(?:&|and|/|,)\s*\d{2,4}(?:\.\d)?(?: (?-i:FM|AM))?)*"
    # (and the station's name after a dash: "CLR 96.4FM - Corrib Lakes Radio")
    r"(?: [-–—|] (?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4}))?"
)


_LONGEST_WIDGET = 2_000  # characters


# A publisher's registration on a line of its own: a registry's initials or a registered
# body's number, and the number ("ABN 61 204 778 395.", "KvK 74120583.", "Registered society
# No. 8812.", "VAT No. GB 123 4567 89", "CIN: U22121MH1999PLC123456").
_REGISTRATION = re.compile(
    r"(?:ABN|ACN|ARBN|KvK|CIN|GSTIN|NZBN|UEN|CVR|SIRET|SIREN|EIN|VAT(?: (?:No\.?|number))?"
    # (Poland's court register and tax number, Czechia's, a French trade register's)
    r"|KRS|NIP|REGON|IČO|IČ|DIČ|RCS|Org\.? ?(?:no|nr)\."
    r"|(?:Company|Charity|Registration|Reg\.|Registered (?:society|company|charity))"
    r" (?:No\.?|number))"
    r":? ?[A-Z]{0,3}[ -]?\d[\d A-Z-]{3,24}\.?"
)
# (and two or three on one line: "KRS 0000713355 · NIP 5272891034")
_REGISTRATION_CELL = re.compile(r"\s+[·|•]\s+")


_DATE_THEN_PLACE = re.compile(
    r"(.{4,40}?)\s+[—–]\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
    r"(?:,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?"
)
_GLUED_STAMP = re.compile(
    r"(?<=[0-9a-z])(?=(?:Updated|Published|Posted|Modified|Last updated)\b)|(?<=\bago)(?=\d)"
)


_GLUED_LINK_LABEL = re.compile(
    r"(?:Related(?: (?:stories|articles|news|content))?|Read more|READ MORE|Read also|Also read"
    r"|See also|More)(?=(?-i:[A-Z][a-z]))",
    re.IGNORECASE,
)


# A note's label: a correction's with its date, or an editor's ("Correction, May 22:", "Editor's
# note:").
_NOTES_LABEL = re.compile(
    rf"(?P<dated>corrections?,? (?:(?i:{_MONTH_NAMES})\.? \d{{1,2}}|\d{{1,2}} (?i:{_MONTH_NAMES}))"
    r"\.?(?:,? \d{4})?:\s+)|editor['’]s note:\s+",
    re.IGNORECASE,
)
# What the outlet says of itself, its story or its people: "this story", "we", "the writer".
_OUTLET_ITSELF = re.compile(
    r"\b(?:this (?:story|article|page|report|piece|poll|transcript|edition|post|blog|summary)"
    r"|we|our|(?-i:us)|the (?:writer|author|reporter)|(?:its|our|the) editor|editors?|newsroom"
    r"|board of directors|is owned by|(?:re)?ported on)\b",
    re.IGNORECASE,
)
# A body's act, a price or a fact stated in an editor's note: news the note adds ("After this
# edition went to press, the Port Authority said …", "… revised the waiting time …", "…
# supplied to us … £1.2m", "This story has been updated to reflect that the mine has closed.").
_NEWS_IN_A_NOTE = re.compile(
    r"went to press|\b(?:revised|signed|approved|announced|confirmed|agreed|voted|found"
    r"|admitted|ruled|upheld|dismissed|acknowledged|conceded)\b"
    r"|[$£€¥₹]\s?\d|\d\s?%"
    r"|\bto (?:reflect|say|show|state|note|clarify|add|report|make clear|include)\b",
    re.IGNORECASE,
)


def _an_editors_note_on_the_outlet(note: str) -> bool:
    """An editor's note about the outlet, its story or its people ("The writer of this article
    sits on the SRC's media committee", "A member of the paper's board of directors owns a flat
    next to the site", "We are updating this story as …"), not news the note adds ("The Water
    Authority said on Friday that …")."""
    # (the outlet's own reporting is no one's saying: "LexSur reported on the case when …",
    # "the decisions reported here")
    outside = _OWN_REPORTING.sub(" ", note)
    # (in its first clause: "Fighting resumed overnight; we will update this story." is news)
    return (
        _OUTLET_ITSELF.search(note.split(";", 1)[0]) is not None
        and not _REPORTING.search(outside)
        and not _NEWS_IN_A_NOTE.search(note)
    )


_OWN_REPORTING = re.compile(r"\breport(?:ed|ing)? (?:on|here)\b", re.IGNORECASE)


# Where a paste glued two pieces of a page: a small letter, then a capital and a small letter or
# a figure ("LawalMarch", "read12").
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]|\d)")
_GLUED_DATE = re.compile(rf"(?<=[a-z])(?=(?i:{_MONTH_NAMES})\.? \d|\d)")
_GLUED_LINE = 120  # characters: a byline or a strip, never a paragraph
# (and a figure glued to a capital: "11:05Updated")
_GLUE_OR_STAMP = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]|\d)|(?<=\d)(?=[A-Z][a-z])")
_A_YEAR_OR_HOUR = re.compile(r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2}[:.]\d{2})(?!\d)")
# A link to a site's own page for members, gifts, newsletters or its app, ending its line.
_OWN_PAGE_LINK = re.compile(
    r"(?<![@\w.-])(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/(?:donate|join|support|subscribe"
    r"|membership|members|contribute|give|giving|newsletters?|signup|sign-up|app)(?:[/?#]\S*)?"
    r"[\s.,;:!?)]*$",
    re.IGNORECASE,
)
# A button in square brackets, spaces inside, closing its line: "[ Vote ]", "[ I sign up ]".
_FORM_BUTTON_AT_THE_END = re.compile(
    r"\[ (?!(?:inaudible|crosstalk|laughter|laughs|applause|cheers|sic|pause|unintelligible"
    r"|translated|translation|in \w+|yes|no|music|silence|noise|break)\b)"
    r"(?-i:[A-Z])[^\[\]\d]{0,24} \]\s*$",
    re.IGNORECASE,
)
# A form's field or its choices before its button: "○ Yes", "[ your@email ]", "☐ I agree".
_FORM_FIELD_SIGN = re.compile(r"[○◯●☐☑□\[]")
# A speaker's call reported: "urging residents to donate at …", "asked readers to give at …".
_URGING = re.compile(r"\b(?:urg|ask|call)(?:ed|ing|s)\b")
# An arrow after a space at a line's end: a link's.
# (not "»", a quotation's close in German and French copy; not after a figure, a score's or a
# rate's "128 → 131 →")
_LINK_ARROW_AT_THE_END = re.compile(r"(?<![\d%])\s[›→]\s*$")
# The site speaking of itself ("we", "us", "our") or a call opening the line ("Join them …",
# "Download it at …"); not "you" alone, which a story's advice says too ("If you need help,
# apply at gov.uk/support").
_CALL_TO_THE_READER = re.compile(
    r"\b(?:we|us|our)\b|^(?:join|subscribe|donate|give|become|sign up|download (?:it|our|the app)"
    r"|install (?:it|our|the app))\b",
    re.IGNORECASE,
)
# A label's colon with no space before the capital it heads: "READ ALSO:Tanker …".
_GLUED_COLON = re.compile(r"[^\W\d][\w '’-]{1,28}:(?=[A-Z][a-z])")
_CHAT_MEMBER = rf"(?:You|{CHAT_SENDER})"
# A chat export's own notes on the group, after a date and a time: "13/05/2026, 18:41 - A Name
# created group “…”", "… - A Name added B Name", "… - Messages and calls are end-to-end
# encrypted. …".
_CHAT_SYSTEM = re.compile(
    CHAT_TIME + rf" (?:{_CHAT_MEMBER} (?:created group [“\"].*|(?:added|removed) {_CHAT_MEMBER}"
    r"|left|joined using this group['’]s invite link|changed (?:the subject|this group['’]s icon"
    r"|the group description)\b.*)|Messages and calls are end-to-end encrypted\b.*)"
)
# What a chat export leaves of a message it does not carry.
_CHAT_PLACEHOLDER = re.compile(
    r"\u200e?<?(?:(?:this message was deleted|you deleted this message)\.?|(?:image|video|audio"
    r"|sticker|gif|document|media) omitted|attached: [^<>\n]{1,80})>?",
    re.IGNORECASE,
)
# A release's reference alone, or with the page's number: "HAF/PR/07/2026", "MOH/PR/114 – 2".
_RELEASE_CODE = re.compile(r"[A-Z]{2,}(?:/[A-Z0-9-]+){2,}(?:\s*[-–—|]\s*(?:Page\s*)?\d{1,2})?")


def classify(text: str) -> str:
    """The reason `text` (one sentence or line) is boilerplate by its own shape, or ""."""
    reason = _classify(text)
    labelled = None if reason else _NOTES_LABEL.match(text)
    if labelled and labelled.group("dated"):
        # A correction under its dated label: "Correction, March 4, 2027: An earlier version
        # of this story gave the wrong year …" is the note the label heads
        rest = _classify(text[labelled.end() :])
        reason = rest if rest == "correction note" else ""
    elif labelled and _an_editors_note_on_the_outlet(text[labelled.end() :]):
        reason = "editorial note"
    if not reason and len(text) <= _LONGEST_WIDGET and _GLUED_STAMP.search(text):
        # A stamp the paste glued to its neighbour ("18:42, 3 Mar 2026Updated 09:15, 4 Mar
        # 2026", "Posted 5h ago5 hours ago"): judged as the page showed it, apart.
        reason = _classify(_GLUED_STAMP.sub(" ", text))
    if not reason and len(text) <= _GLUED_LINE and _GLUE.search(text):
        # Furniture the paste glued together, a word's last letter on the next one's first
        # ("A NameMarch 6, 2026", "4 min read12 Comments"): a date or a count glued on is
        # judged set apart with the rest (a name and its date are a byline); other pieces
        # each furniture of their own ("Share on FacebookShare on X"; "WhatsApp" or "iPhone"
        # apart is no furniture either way)
        if _GLUED_DATE.search(text):
            reason = classify(_GLUED_DATE.sub(" ", text))
        if not reason:
            # A writer's name glued to a role and a stamp: "A NameSports editorMar 8, 2027 ·
            # 21:47", "A Name2027-04-14 11:05Updated 12:40" (a byline, however its pieces read)
            # (the glue after a whole name, before a role, a day or a figure: not inside a
            # name, "Angus MacLeod elected mayor … in 2026", "Mary McAleese visited …")
            name, *rest = _GLUE_OR_STAMP.split(text)
            name, glued_on = name.strip(), (rest[0].split() or [""])[0] if rest else ""
            rest = " ".join(rest)
            if (
                len(name.split()) >= 2
                and person_name(name) == name
                and (
                    glued_on[:1].isdigit()
                    or glued_on.lower().rstrip(".,") in _DATE_WORDS
                    or not _JOURNALIST_WORDS.isdisjoint(rest.lower().split()[:4])
                )
                and _A_YEAR_OR_HOUR.search(rest)
                and not _CLAUSE_VERB.search(rest)
            ):
                reason = "byline"
        pieces = _GLUE.split(text)
        if not reason and len(pieces) <= 4 and all(_classify(piece) for piece in pieces):
            reason = _classify(pieces[0])
    glued = not reason and text[:1] in "RMAS" and _GLUED_LINK_LABEL.match(text)
    if glued:
        # A link's label the paste glued to its headline: "RelatedCouncil approves road budget",
        # "Read moreFerry fares to rise" (judged with the label set apart)
        label = glued.group(0)
        reason = _classify(f"{label}: {text[len(label) :]}")
    if (
        not reason
        and text.lstrip()[:1] in ("—", "–")
        and _classify(text.lstrip()[1:].lstrip()) in ("credit", "editorial note")
    ):
        # "— Photo by the writer", "— Bernama pic", "— Reported by A Name.", "—Photo: A Name"
        return "credit"
    if not reason and _STATE_MASTHEAD.fullmatch(text.strip()):
        return "masthead"  # "GOVERNMENT OF THE REPUBLIC OF TRINIDAD AND TOBAGO" over its page
    if (
        not reason
        and len(text) <= _GLUED_LINE + 80
        and "/" in text
        and _OWN_PAGE_LINK.search(text)
        and _CALL_TO_THE_READER.search(text)
        and not _SAYING.search(text)  # (a quotation's or a speaker's "we": the story's)
        and not _URGING.search(text)  # ("the mayor said, urging residents to donate at …")
    ):
        # A line in the site's voice that ends on a link to its membership, gift, newsletter
        # or app page: "buy us a coffee: tomebambapost.com/donate", "Download it at …/app" (not
        # a story's link: "Eligible households can apply at gov.uk/support", "Scammers set up
        # a fake page at …/donate")
        return "call to action"
    if (
        not reason
        and len(text) <= _GLUED_LINE + 80
        and _LINK_ARROW_AT_THE_END.search(text)
        and not _SAYING.search(text)
        # (a plain arrow after a short phrase may be a chart's or a list's: "Prices rise →")
        and (text.rstrip()[-1] == "›" or _words(text) >= 5)
    ):
        # A link's arrow closing its line: "LIVE: Budget debate — follow our updates ›",
        # "Full 10-day forecast ›", "Scores, fixtures and tables: every result in one place →"
        # (all such lines in the tuning sets are furniture)
        return "related links"
    button = _FORM_BUTTON_AT_THE_END.search(text) if not reason and len(text) <= 120 else None
    if button and (
        len(text[: button.start()].split()) <= 5 or _FORM_FIELD_SIGN.search(text, 0, button.start())
    ):
        # A form's field or choices and its button, as a paste leaves them: "Your email address
        # [ I sign up ]", "○ Yes   ○ No   [ Vote ]" (not a transcript's "[ inaudible ]" after a
        # sentence, nor an editor's "[ sic ]")
        return "call to action"
    if not reason and _CLASSIFIED.match(text):
        return "advertisement"  # a noticeboard's "LOST: grey tabby …", "FOR SALE: …"
    if not reason and _UI_SIGN.match(text) and _a_buttons_line(text):
        # A line a page's own sign opens: a player's "🎧", a box office's "🎟", a paywall's
        # "🔒" over a headline, a rating's "★★★★½ 4.6", a reaction's "👍 Useful 412" (a live
        # blog's "📢 The Chancellor has confirmed …" or "✔ TRUE: …" is a sentence of the story;
        # an emoji a post uses, "🔥", "⚽", "🚨 BREAKING", is no page's button)
        return "call to action"
    if (
        not reason
        and _ARROW_SIGN.search(text)
        and _ARROW_STRIP.fullmatch(text.strip())
        and not _ARROW_SAYS.search(text.strip())
    ):
        return "related links"
    if not reason and "new " in text and _OPENS_NEW_TAB.fullmatch(text.strip()):
        return "navigation or share strip"
    if not reason and " " in text and _STATION.fullmatch(text.strip()):
        return "masthead"  # "Coolvarra FM 97.4 & 103.1"
    if (
        not reason
        and len(text) <= 120
        and all(_REGISTRATION.fullmatch(cell) for cell in _REGISTRATION_CELL.split(text.strip()))
    ):
        return "about the publisher"  # "ABN 61 204 778 395.", "KvK 74120583."
    if not reason and text[:1] in CHAT_OPENINGS and CHAT_STAMP.fullmatch(text.strip()):
        return "byline"  # a chat export's header over a message: "[13/05/26, 6:47 am] A Name:"
    if not reason and len(text) <= 60 and _STANDINGS_HEADER.fullmatch(text.strip()):
        return "table header"
    if not reason and text[:1] in CHAT_OPENINGS and _CHAT_SYSTEM.fullmatch(text.strip()):
        return "editorial note"  # a chat export's note on its group
    if not reason and len(text) <= 100 and _CHAT_PLACEHOLDER.fullmatch(text.strip()):
        return "editorial note"  # what a chat export leaves of a message: "image omitted"
    if not reason and len(text) <= 40 and _RELEASE_CODE.fullmatch(text.strip()):
        return "editorial note"  # a release's reference atop each page: "HAF/PR/07/2026 – 2"
    glued_colon = not reason and len(text) <= _GLUED_LINE and _GLUED_COLON.match(text)
    if glued_colon:
        # A label's colon the paste glued to what it heads: "READ ALSO:Tanker drivers …"
        # (judged with its space back)
        reason = _classify(f"{glued_colon.group(0)} {text[glued_colon.end() :]}")
    if (
        not reason
        and len(text) <= 80
        and text[:1].isupper()
        and (
            text.rstrip()[-1:].isalnum()
            or text.rstrip()[-1:] == ")"
            or text.rstrip().endswith(("a.m.", "p.m."))
        )
    ):
        spaced = " ".join(text.split())
        cells = spaced.split(" | ")
        if len(cells) == 3 and _PLACE_OR_DESK_CELL.fullmatch(cells[1]):
            # (with the place or the desk between: "A Name | Beirut | Mar. 2, 2028, 3:15 p.m.")
            spaced = f"{cells[0]} | {cells[2]}"
        named = _NAME_THEN_DATE.fullmatch(spaced)
        if named is None:
            named = _NAME_THEN_STAMP.fullmatch(spaced)
            plain = named and not any(
                w.lower() in ROLE_WORDS or (w.endswith("s") and not w.endswith("ss"))
                for w in named.group(1).split()
            )
            named = named if plain else None
        name = named.group(1) if named else ""
        calendar = not _CALENDAR_WORDS.isdisjoint(name.lower().split())  # "Budget Day March 3"
        if named and not calendar and len(person_name(name).split()) >= 2:
            # A name and a date, no more: a comment's or a post's header ("Wendell Fairstead
            # Jan 29", "A Name   29 January 2026, 8:14 pm"), never a sentence
            return "byline"
    unpunctuated = text.rstrip()[-1:] not in _TERMINAL
    # (a widget is a line, not a megabyte: the slots are looked for only in a short one)
    widget_sized = len(text) <= _LONGEST_WIDGET
    if not reason and (
        _ALERT_BAR.match(text)
        or (_FORECAST_BAR.match(text) and not FINITE_VERB.search(text, text.find(":")))
    ):
        # A station's alert bar over the page: "⚠ WEATHER ALERT: Frost Advisory for …",
        # "WEATHER AWARE: Storms could move in Thursday evening."
        return "ticker or widget"
    if not reason and unpunctuated and "°" in text and _is_weather_widget(text):
        return "ticker or widget"  # "Melbourne   31.8°   Feels like 30°   ☀   |   Change location"
    if not reason and unpunctuated and "°" in text and "|" in text and widget_sized:
        # The weather first, then the day's other short items apart by bars, half of them its
        # times or readings: "Nassau 88°F Partly cloudy | Sunrise 6:38am | Sunset 7:56pm |
        # Tropics: no systems expected …"
        cells = [c.strip() for c in text.split("|")]
        if (
            len(cells) >= 3
            and _is_weather_widget(cells[0])
            and all(0 < _words(c) <= 10 and not _CLAUSE_VERB.search(c) for c in cells[1:])
            # (the day's times or readings among them, not a ticker of news: "Evacuation centres
            # open in Ba | Call 911 in an emergency")
            and 2 * sum(_day_reading(c) for c in cells[1:]) >= len(cells) - 1
        ):
            return "ticker or widget"
    if not reason and unpunctuated and widget_sized and len(_PRAYER_SLOTS.findall(text)) >= 3:
        return "ticker or widget"  # "Dhaka: Fajr 5:24   Zuhr 12:09   Asr 3:11 …": prayer times
    if not reason and "  " in text and unpunctuated:
        # A line of cells apart by spaces, each of them furniture on its own ("Phone: +880 2
        # 5510 0413   Email: news@example.com", "বাংলা   ePaper   Archive"): the page's strip.
        cells = [c for c in _SPACED.split(text.strip()) if c.strip()]
        # (single words are the spaced-strip rules' to judge: "Accept   Reject" is a ballot's)
        worded = any(" " in c.strip() for c in cells)
        if 2 <= len(cells) <= 8 and worded and all(_classify(c) for c in cells):
            return "navigation or share strip"
    if reason or " / " not in text:
        return reason
    # A bilingual site's line, its two languages apart by a slash: "Léim go dtí an príomhábhar
    # / Skip to main content" is what either half is.
    halves = text.strip().split(" / ")
    if len(halves) != 2 or text.rstrip()[-1:] in _TERMINAL:
        return ""
    if _LABEL_IN_ITS_OWN_LANGUAGE.fullmatch(halves[0]):
        # (or a label in its own language before the English one and what it heads:
        # "Darllenwch hefyd / Read more: A headline"; not "Prices rose sharply / Read more on
        # page 4.", a sentence)
        return _classify(halves[1])
    first, second = halves
    if abs(_words(first) - _words(second)) > 3 or _words(first) + _words(second) > 16:
        return ""
    return _classify(second) or _classify(first)


# A short label in small letters after its first word, no figures: "Darllenwch hefyd".
_LABEL_IN_ITS_OWN_LANGUAGE = re.compile(r"[^\W\d_][\w'’-]*(?: (?-i:[^\W\d_A-Z])[\w'’-]*){1,2}")


# A chair's turn that only keeps order: "Order.", a greeting or thanks, a call ("I call the
# Minister.", "Councilman Wrath."), a last question, "Let the witness answer." (not "Chair: Your
# figures are wrong.": a chair's claim is a claim).
_CHAIR_PROCEDURE = re.compile(
    r"(?:Q\d{1,3} )?(?:(?:Mr|Madam|Mister) (?:Deputy )?Speaker|(?:The )?(?:Chair|Chairman"
    r"|Chairwoman|Chairperson|Presiding Officer|Deputy Speaker)): ("
    r"(?:order[.!,]? ?){1,2}|thank you(?:,? (?:all|everyone|both|very much|(?-i:[A-Z][\w.'’-]*"
    r"(?: [A-Z][\w.'’-]*){0,2})))?[.!]|good (?:morning|afternoon|evening)(?:,? (?:everyone|all"
    r"|members))?(?:,? (?:and )?welcome(?: (?:back|to [^.!?\d,]{1,40}))?)?[.!]"
    r"|(?:i )?call (?:on )?(?:the )?(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})[.!]"
    r"|a (?:final|last|quick|short)"
    r" question(?: from me)?[.!]|(?:let|allow) the (?:witness|member|minister) (?:answer|finish"
    r"|speak)[.!]|(?:the )?(?:hon\.? |right hon\.? )?(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
    r"[.!])",
    re.IGNORECASE,
)


_LETTERS_PAGE = re.compile(r"\b(?:letters?(?: to the editor)?|dear (?:sir|editor)|sir,)", re.I)


def _signed(text: str) -> bool:
    """A name and a town, and nothing else: "A Name, Dunmerrow"."""
    stripped = text.strip()
    if "," not in stripped or not _NAME_AND_PLACE.fullmatch(stripped):
        return False
    name = stripped.split(",", 1)[0]
    return person_name(name) == name


_NAME_AND_PLACE = re.compile(
    r"[A-Z][\w'’-]+(?: [A-Z]\.)? [A-Z][\w'’-]+, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
)


# One quote of a market strip: a name, then its price or its change ("Brent $71.40",
# "TECH100 fut −0.2%", "Wheat (Jul) 548¾ ▲4½", "10-yr 4.21%").
_QUOTE_ITEM = re.compile(
    # (an index's name may hold a number: "FTSE 100 8,412.6 +0.4%")
    r"[A-Za-z0-9][\w/&.'’()-]*(?: [A-Za-z0-9(][\w/&.'’()-]*){0,3} [+−-]?[$£€¥₹]?[\d.,¾½¼]*\d"
    r"[¾½¼]?%?"
    r"(?: ?[▲▼+−-] ?[\d.,¾½¼]*\d[¾½¼]?%?)?"
)
_QUOTE_MOVE = re.compile(r"[▲▼]|(?<![\w])[+−]\d")
_A_LETTER = re.compile(r"[A-Za-z]")
_CURRENCIES = "$£€¥₹"
_PRICE_SIGN = re.compile(f"[{_CURRENCIES}▲▼]")

# A market's arrows beside figures: a ticker. Two of them, or one after a symbol and its price
# ("GNST  $41.18  ▼ 6.2%", "LSX All Share 16,842.31 ▲ 0.62%").
_A_MOVE = r"[▲▼▬]\s?[+\-−]?[\d.,]*\d"  # an arrow and its change: "▼ 6.2", "▲0.12"
_MOVE_ARROW = re.compile(rf"{_A_MOVE}|\d%?\s?[▲▼▬]")
_PRICE_FIGURE = re.compile(rf"\d\.\d{{2}}\b|[{_CURRENCIES}]\s?\d")
# A symbol or an index's name, its first word and then each further word.
_TICKER_SYMBOL = r"[A-Z][\w&./-]{1,19}"
_TICKER_WORD = r"(?: (?:[A-Z\d][\w&.-]*))"
_SYMBOL_AND_PRICE = re.compile(
    rf"{_TICKER_SYMBOL}{_TICKER_WORD}{{0,2}}\s+[{_CURRENCIES}]?\d[\d,.]*\s"
)
# (an index's name of up to five words, "JSE Junior Market Index  4,102.55  ▼ 0.23%", or a
# rate's two currencies, "US$1 = J$157.84  ▼ 0.12%": the line ending in the move, as a
# headline's price and rise do not, "Fuel Prices Hit Record $4.85 ▲ 12 cents in a week")
_LONG_SYMBOL_AND_PRICE = re.compile(
    rf"(?:{_TICKER_SYMBOL}{_TICKER_WORD}{{0,4}}"
    rf"|(?:[A-Z]{{0,3}}[{_CURRENCIES}]|[A-Z]{{3}} ?)1 = [A-Z]{{0,3}}[{_CURRENCIES}]?)"
    rf"\s*\d[\d,.]*\s+{_A_MOVE}%?"
)
# (or a label and its price: "Dollar: R$ 5.02 ▼ 0.3%", "Arabica (spot, Sul de Minas): R$
# 1,182.00/bag ▲ 1.4%", or the symbol and code between: "Stock: SPP (5324) RM6.84 ▲0.12")
_LABEL_AND_PRICE = re.compile(
    rf"[A-Z][^:.!?]{{1,40}}:\s+(?:[A-Z][\w&.-]{{0,9}}\s+(?:\(\w{{1,8}}\)\s+)?)?"
    rf"(?:[A-Z]{{0,3}}[{_CURRENCIES}]|Rs\.?|R|RM|Rp|Sh|₦)?\s?\d[\d,.]*\d"
)


# A site's widget under its label: prayer times, exchange and fuel rates, a lottery's draw, the
# tides ("Exchange rate (selling): US$1 = J$158.42  ·  £1 = J$207.10", "4D Results (Sun,
# 19/7):  1st 4821   2nd 0736"); never a story's own box ("New prices: …", "Results: …").
_PRAYER = r"(?:prayer|namaz|salat|waktu solat|sehri|iftar)"
_LABELLED_WIDGET = re.compile(
    rf"(?i:{_PRAYER}(?: tim(?:es?|ings?))?|exchange rates?"
    r"|forex|currency rates|[A-Z]{1,3}\$ rates|(?:fuel|petrol|pump|gas|diesel) prices"
    r"(?: (?:today|this week|now))?|gold (?:rates?"
    r"|prices?)|lotto(?: results)?|lottery(?: results)?|4d results|jackpot|tides?|tide times"
    r"|sunrise|air quality|pollen|weather(?: today| now)?"
    # (a currency's rates by its name: "Dirham: ₹23.41 · PKR 76.92 · £0.21")
    r"|dirhams?|riyals?|rials?|dinars?|dollars?|euros?|pounds?|rupees?|ringgits?|pesos?|rand"
    r"|shillings?|naira|cedis?|taka|baht|yen|yuan)(?: \([^)]{1,40}\))?:\s"
)
# A weather widget's line needs one reading only: "Weather: 29°C, hazy, light winds".
_WEATHER_READING = re.compile(r"\s*weather\b[^:]{0,10}:\s[^!?]{0,20}?\d\s?°", re.IGNORECASE)
_WEATHER_READING_CHARS = 80
_PRAYER_TIMES = re.compile(_PRAYER, re.IGNORECASE)
_WIDGET_ITEM = re.compile(r"\s*[|·•]\s*|\s{2,}")


def _widget_items(text: str) -> bool:
    """Two items or more after the label, apart by wide spaces or bars, each with a figure but
    for a link at most ("Full results »")."""
    items = [i for i in _WIDGET_ITEM.split(text.split(":", 1)[1].strip()) if i.strip()]
    figures = sum(any(c.isdigit() for c in i) for i in items)
    return figures >= 2 and figures >= len(items) - 1


def _is_market_strip(text: str) -> bool:
    """Three quotes or more in a row, spaced apart, each a name and a figure, two at least a
    move ("Corn (Jul) 431½ ▼1¼", "TECH100 fut −0.2%"): a market strip, not a table's row (its
    first cell is a figure or a name alone: "2021   +9%   +6%", "Rovers   12   8") nor a
    result's line ("Turnout 41%   Majority 2,140   Swing 4.5%")."""
    items = [item for item in re.split(r"\s{2,}|\s+[|·•]\s+", text.strip()) if item]
    if len(items) < 3 or len(items) > 12:
        return False
    named = (item.rsplit(" ", 1)[0] for item in items)
    if not all(map(_QUOTE_ITEM.fullmatch, items)) or not all(map(_A_LETTER.search, named)):
        return False
    # (and a market's sign, a currency or an arrow: "Lab 21,430 +6.2%   Con 14,210 −8.1%" is a
    # result's line)
    priced = any(_PRICE_SIGN.search(item) for item in items)
    # (or index levels to the hundredth: "DOW 44,212.80 +0.4%   S&P 500 6,031.55 +0.2%"; a
    # result's counts are whole)
    priced = priced or sum(1 for item in items if _INDEX_LEVEL.search(item)) >= 2
    return priced and sum(1 for item in items if _QUOTE_MOVE.search(item)) >= 2


_INDEX_LEVEL = re.compile(r"\d,\d{3}(?:,\d{3})*\.\d{2}\b")


# A page's pager: "‹ Previous   1   2   3   Next ›", "« Older posts | 1 | 2 | Newer »".
_PAGER_WORDS = frozenset("previous prev next older newer first last page posts stories".split())
_PAGER_TOKEN = re.compile(r"[«»‹›←→<>|·…◀▶/]+|\d{1,3}|[A-Za-z]+")
_PAGER_OPENINGS = frozenset("«‹←<◀0123456789PpOoNnFfLl")


def _is_pager(stripped: str) -> bool:
    """Page numbers and the words that turn pages, and nothing else: at least two numbers,
    or one number between a "previous" and a "next"."""
    tokens = _PAGER_TOKEN.findall(stripped)
    if len("".join(tokens)) < len(stripped.replace(" ", "")):
        return False  # something else on the line ("Next 3 days: rain")
    words = [t.lower() for t in tokens if t.isalpha()]
    numbers = sum(t.isdigit() for t in tokens)
    if not words or any(w not in _PAGER_WORDS for w in words):
        return False
    turns = {"previous", "prev", "older", "first"} & set(words) and (
        {"next", "newer", "last"} & set(words)
    )
    return numbers >= 2 or (numbers == 1 and bool(turns))


# A club's or a section's sponsor on its line: "Principal partner: A Name Motors".
# (a partner's, not a sponsor's: "Kit sponsor: A Name, since 2011" may be a story's news)
# (and a sponsor of the match ball or of an award: "Matchball sponsor: A Firm", "Player of the
# Match, sponsored by A Firm: A Name")
_SPONSOR_LINE = re.compile(
    r"(?:(?:(?i:principal|official|premier|founding|proud|headline|main)\s+){1,2}(?i:partner)s?"
    r"|(?i:match ?ball|match-ball) (?i:sponsor)s?"
    r"|[A-Z][\w'’ -]{2,40}, (?i:sponsored|supported|presented) by [A-Z][\w&'’.-]*"
    r"(?: (?:[A-Z][\w&'’.-]*|and|&|of|the)){0,4})"
    r":\s*(?-i:[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|and|&|of|the)){0,5})"
)
# A site's slogan under its name: what it is and whose ("Your town, your news", "Independent
# health news", "The voice of the hill farms", "Trinidad and Tobago's newspaper of record").
_TAGLINE = re.compile(
    r"\b(?:your|our)\s+(?:[\w'’-]+\s+){0,2}(?:news|newspaper|paper|source|voice|station"
    r"|journalism)\b"
    r"|\b(?:independent|nonprofit|non-profit|nonpartisan|non-partisan|trusted|award-winning"
    r"|reader-funded|listener-supported|community-owned)\b.{0,40}"
    r"\b(?:news|newspaper|journalism|reporting|voice|source)\b"
    r"|\bnewspaper of record\b|^the voice of\b|\bnews (?:and|&) (?:views|analysis|law reports)\b"
    r"|^(?:the )?(?:global |latest )?source for\b"
    # (what a paper serves and how often: "Serving north Clare every Thursday", "Serving
    # Chênevert Parish since 1911")
    r"|^serving (?:[\w'’.-]+ ){1,5}(?:every|each|since)\b",
    re.IGNORECASE,
)
# The year a title was founded, the one figure a slogan holds: "… since 1911", "Est. 1884".
_FOUNDED = re.compile(r"\b(?:since|est\.?|established|founded(?: in)?) (?:1[6-9]|20)\d\d\b", re.I)


def _is_tagline(stripped: str) -> bool:
    """A slogan, not a headline or a call: no verb, no figure, no quotation, no question."""
    return (
        stripped[-1:] not in "?!:"
        and not (stripped.endswith(".") and stripped.count(".") == 1 and " " in stripped[-20:])
        and not any(c.isdigit() for c in _FOUNDED.sub("", stripped))
        and not _QUOTES_IN_LINE.search(stripped)
        and not FINITE_VERB.search(stripped)
    )


_QUOTES_IN_LINE = re.compile(r"[“”\"‘]")
_SLOGAN_LINES = 6  # a slogan sits under the site's name, among the page's first lines
# (a bare "Comment" is a menu's section, the British sites' opinion pages; a strip's is
# "Comments", "Comment (12)" or comes with "Share")
_SHARE_WORDS = re.compile(
    r"\b(?:share|facebook|twitter|whatsapp|linkedin|email|e-mail|print|copy link|comments"
    r"|comment(?=\s*[(\d]))\b"
    r"|(?<![\w.])X(?![\w.])",
    re.IGNORECASE,
)
_MENU_REASONS = frozenset(
    ["navigation or share strip", "masthead", "section label", "ticker or widget", "related links"]
)
_BARE_EMERGENCY = re.compile(_EMERGENCY_QUESTION, re.IGNORECASE)


# A scores strip's item: a result's status, two sides and their scores ("FT  Ashby 2-0
# Lowcross", "FINAL  Kittering Falls 28, Brixley Ridge 27").
_RESULT_STATUSES = ("FT", "HT", "AET", "FINAL", "Final", "F/OT")  # (a cheap test first)
# (its competition and its teams in capitalised words only: not a story's line, "The Cranes
# led at the break   HT   Uganda 1-0 Kenya before a late collapse")
_CAPITALISED_WORDS = r"[A-Z0-9][\w.&'’-]*(?: (?:[A-Z0-9&][\w.&'’-]*|of|de|la)){0,5}"
_LIVE_SCORE = re.compile(
    rf"{_CAPITALISED_WORDS} {{2,}}(?:FT|HT|AET|\d{{1,3}}(?:\+\d{{1,2}})?['’]) {{2,}}"
    rf"{_CAPITALISED_WORDS} ?\d{{1,2}} ?[-–] ?\d{{1,2}} {_CAPITALISED_WORDS}"
)
_RESULT_ITEM = re.compile(
    rf"\b(?:{'|'.join(_RESULT_STATUSES)})\s+[A-Z][^|·\d]{{1,40}}?\d{{1,3}}\s*[-–,]\s*"
    r"(?:[A-Z][^|·\d]{1,40}?\s)?\d{1,3}\b"
)
# (a programme: "9 News at 6", "KXRB 12 News at Noon"; not a live headline, "LIVE NOW: Premier
# addresses parliament")
_LIVE_NOW = re.compile(
    r"(?:[▶►•]\s*)?(?:LIVE NOW|ON AIR NOW|ON AIR|WATCH LIVE)\s*:\s*"
    r"[^.!?]{0,40}\b(?:News|Bulletin|Breakfast|Tonight|Today) at \S+(?: [ap]\.?m\.?)?"
    # (a programme's name alone after its label: "LIVE: 6 News Today", "ON AIR: Morning Bulletin")
    r"|(?:[▶►•]\s*)?(?:LIVE|LIVE NOW|ON AIR|WATCH LIVE)\s*:\s*(?:[A-Z0-9][\w'’&-]*\s+){0,3}"
    r"(?:News|Bulletin|Breakfast|Tonight|Today|Live|Newshour|Newsroom)(?:\s+(?:Today|Tonight))?"
)


_ENDS_IN_A_CALL = re.compile(
    # (after a separator or a button's wide spaces: "Rs. 18,999 at ShopKart  Buy now"; a run
    # of spaces tried from its first only, or a line of them takes time as its square)
    r"(?:\s[-–—|›»]\s*|(?<!\s)\s{2,})(?:subscribe(?: now)?|sign up|join(?: now)?"
    r"|start (?:your )?(?:free )?trial|get (?:the )?offer|buy now)\s*[›»→]?\s*$",
    re.IGNORECASE,
)
_PLAY_SIGNS = frozenset("▶►▷⏵")
# A link's call before its arrow, a few words: "Find out how", "Read the full report".
_ARROWS_CALL = re.compile(
    r"(?:find out|learn|read|see|discover|explore|watch|listen|shop|view|get|try)\b"
    r"(?: [\w'’-]+){0,5}",
    re.IGNORECASE,
)
_PLAYER = re.compile(
    r"\s*(?:(?i:watch|listen|play|hear|video|audio|live|podcast|episode)\b|\(?\d{1,2}:\d{2}\)?\s*$"
    # (a video's link, its headline and its length: "▶ Drivers face long detour (1:54)";
    # minutes in one figure: "(13:20)" after a live page's item is its clock time)
    r"|[^.!?]{1,90}\(\d:\d{2}\)\s*$)"
)
# A picker's sign at the end of its item: "Sort by: Newest ▾", "Kellworth ▾   Change region"
# (not an arrow in a sentence: "Pound ▾ against dollar").
_PICKER = re.compile(r"▾(?:\s{2,}|\s*[|·]|\s*$)")


# A trail of crumbs from the home page: its sections, then the page's own title, one
# separator throughout ("Home / Companies / …", "Home » Startups » …", "Inicio > Economía > …").
# (each crumb opens and ends with a letter, never a space: a space either side of a separator
# is the separator's alone, or a trail that fails at its end is tried every way it splits)
_CRUMB = r"[^/»›>|\s](?:[^/»›>|\n]*[^/»›>|\s])?"
_CRUMB_TRAIL = re.compile(
    r"(?:Home|HOME|Start|Inicio|Accueil|Startseite)(?:\s*([/»›>|])\s*"
    r"[^/»›>|\s](?:[^/»›>|\n]{0,38}[^/»›>|\s])?\s*\1\s*"
    rf"{_CRUMB}(?:\s*\1\s*{_CRUMB})*"
    # (or apart by wide spaces, each a capitalised name of a section: "Home  Cities  Bengaluru";
    # not a fixture table's head, "Home   Team   Away", "Home  Draw  Away")
    r"|(?!.*\b(?:Away|Draw)\b)(?: {2,}[A-Z][\w'’&-]*(?: [A-Z&][\w'’&-]*){0,2}){2,})"
)


def _is_ticker(stripped: str) -> bool:
    arrows = len(_MOVE_ARROW.findall(stripped))
    if stripped[-1:] in ".!?" or len(stripped.split()) > 40:
        return False
    if not _PRICE_FIGURE.search(stripped):
        return False  # a poll's rows move too ("Labour 29% ▼2"); a market quotes prices
    return arrows >= 2 or (
        arrows == 1
        and (
            _SYMBOL_AND_PRICE.match(stripped)
            or _LABEL_AND_PRICE.match(stripped)
            or _LONG_SYMBOL_AND_PRICE.fullmatch(stripped)
        )
        is not None
    )


_ORNAMENTS = frozenset("✦✧✶✷✸✹✺✻✼✽✾❋❖◆◇●○■□▪▫♦❦❧☙⁂*~•·—–_=$&★☆")


def _classify(text: str) -> str:
    if len(text) > _MAX_CHARS:
        return ""
    if len(text) <= 12 and text.strip() and _ORNAMENTS.issuperset(text.replace(" ", "")):
        # An ornament between a page's parts: "✦", "⁂", "***", "$$" (a release's "###" ends
        # it: see the editorial notes; an emoji posted, "🔥🔥🔥", is the story's)
        return "separator"
    if len(text) <= 80 and text.lstrip()[:1] in _PAGER_OPENINGS and _is_pager(text.strip()):
        return "navigation or share strip"
    if text[:1].isdigit() and _PRINT_HEADER.match(text):
        return "date line"  # a browser's printed page: "11/30/2026, 7:52 AM   Headline | Site"
    if "   " in text and len(text) <= 100 and _is_folio(text.strip()):
        return "page folio"
    if ("▲" in text or "▼" in text or "▬" in text) and _is_ticker(text.strip()):
        return "ticker or widget"  # "DJIA 41,882.14 ▲0.31%   S&P 500 5,911.02 ▲0.18%"
    if "▸" in text or "►" in text:
        # A widget's label and two or more items after arrows: "CLOSINGS & DELAYS (23) ▸ A
        # School: 2 hours late ▸ …", "Vessel movements ▸ At berth: MV Star ▸ Due 14:30: …" (a
        # bullet opening a story's line has no label before it; a label has no clause)
        cells = [c for c in _TICKER_ARROWS.split(text.strip()) if c]
        label = cells[0].split("(")[0].strip() if len(cells) >= 3 else ""
        # (not a summary's or a timeline's: "KEY POINTS ► The PM has resigned ► …", "Timeline ▸
        # On 3 May the council voted …"; nor a label with its colon, "Topics: Courts ▸ …")
        if (
            label
            and _words(label) <= 4
            and label[-1:] != "."
            and ":" not in label
            and not _SUMMARYS_LABEL.match(label)
            and not any(_CLAUSE_VERB.search(c) for c in cells)
        ):
            return "ticker or widget"
    results = any(status in text for status in _RESULT_STATUSES)
    if results and len(_RESULT_ITEM.findall(text)) >= 2 and text.rstrip()[-1:] not in ".!?":
        return "ticker or widget"  # "FT  Ashby 2-0 Lowcross  ·  FT  Morwick 1-1 Fairlop"
    minute = "'" in text or "’" in text
    if (results or minute) and "  " in text and _LIVE_SCORE.fullmatch(text.strip()):
        # A live-score widget's line, its competition, its status or minute and its score, set
        # apart by wide spaces: "UPL   FT   Kawempe Rovers 2–1 Entebbe Marine", "FUFA Women
        # Super League   67'   Lugazi Queens 1–3 Masaka Lionesses"
        return "ticker or widget"
    if _LIVE_NOW.fullmatch(text.strip()) and len(text.split()) <= 12:
        return "ticker or widget"  # a player's banner: "▶ LIVE NOW: 9 News at 6"
    offer_or_strip = _PRICE.search(text) or len(_OTHER_SEPARATOR.findall(text)) >= 2
    if _ENDS_IN_A_CALL.search(text) and text.count(" ") < 24 and offer_or_strip:
        # an offer or a strip that ends in its button: "Get 12 weeks for $12 - Subscribe"
        return "subscription prompt"
    spaced = "  " in text or "\n" in text or "\t" in text
    if text.lstrip()[:1] in "HhSsIiAa" and _CRUMB_TRAIL.fullmatch(text.strip()):
        # crumbs from the home page to the story, its headline last: "Home / Companies /
        # Steelmaker posts 38% jump in profit", "Home » Startups » Munich startup claims …"
        return "navigation or share strip"
    if spaced and _is_spaced_strip(text):
        return "navigation or share strip"  # "Home   News   Sport   Weather   Culture"
    if spaced and _is_market_strip(text):
        return "ticker or widget"  # "US500 fut +0.1%   Brent $71.40   Gold $2,914"
    spaces = len(text.split()) - 1 if spaced else text.count(" ")
    if spaces > _MAX_WORDS and not _may_be_long_furniture(text):
        return ""  # most sentences: prose, with none of the signs a long furniture line has
    stripped = " ".join(text.split()) if spaced else text.strip()
    if stripped.endswith(("staff", "staff.")) and _STAFF_BYLINE.fullmatch(stripped):
        return "byline"  # an outlet's staff alone on the line: "Gulf Trade Journal staff"
    if _REACTIONS.fullmatch(stripped):
        return "ticker or widget"  # "👍😮❤️ 1.4K": a post's reactions and their count
    unpunctuated = stripped[-1:] not in _TERMINAL
    player = stripped[:1] in _PLAY_SIGNS and unpunctuated and _PLAYER.match(stripped, 1)
    if player and stripped.count(" ") < 12:
        # a player's control: "▶ Watch MNN Live", "▷ Listen · 11 min", "▶ 2:14" (not "► Council
        # approves bond", "▶ Play areas will reopen at 9am.": bullets)
        return "ticker or widget"
    symbol = stripped[:1] and _LEADING_SYMBOL.match(stripped)
    if (
        symbol
        and stripped[-1:] == "?"
        and _SYMBOLS_QUESTION.fullmatch(stripped[1:].lstrip("\ufe0f "))
    ):
        return "call to action"  # a strip's question to the reader: "⚡ Is your power out?"
    picker = "▾" in text and not any(c.isdigit() for c in text) and _PICKER.search(text)
    if picker and stripped.count(" ") < 10 and unpunctuated:
        return "navigation or share strip"  # a picker: "Kellworth ▾   Change region"
    if stripped[:1] in _LEADING_ARROWS and _WAY_BACK.fullmatch(stripped[1:].lstrip()):
        return "navigation or share strip"  # "‹ Back to Local", "← Back to your briefing"
    if stripped[:1] in _BULLETS or symbol or stripped[:2] == "| ":
        # "• Unlimited access to the app": a list item; "🔊 Read aloud", "✔ Why you can trust
        # us": a symbol before the words; "| Photo Credit: A Name": a caption's separator that
        # the paste put on the credit's line.
        stripped = stripped[1:].strip()
    if stripped[-1:] in _TRAILING_ARROWS or (stripped and _LEADING_SYMBOL.match(stripped[-1])):
        if _TURN_LINK.fullmatch(stripped[:-1].rstrip()) and stripped[-1] in _TRAILING_ARROWS:
            return "related links"  # "Next: A headline »": the story after this one
        if stripped[-1] in _TRAILING_ARROWS and _ARROWS_CALL.fullmatch(stripped[:-1].rstrip()):
            return "call to action"  # a link's call and its arrow: "Find out how →"
        stripped = stripped[:-1].rstrip()  # "Log in »", "RECOMMENDED FOR YOU ✨"
    if stripped[:1] in _DECORATION and stripped[-1:] in _DECORATION:
        decorated = stripped
        stripped = stripped.strip(_DECORATION_CHARS)  # "· · · advert · · ·", "*** Ends ***"
        if not stripped and len(decorated) >= 3:
            return "separator"  # "___", "* * *": a rule between a story's parts, no words
    if not stripped:
        return ""
    if stripped[1:2] == "." and _INITIALS_AND_PLACE.fullmatch(stripped):
        return "letter signature"  # "R.T., Wintercombe", "P. and D.K., Ashby Kellaway"
    chair = _CHAIR_PROCEDURE.fullmatch(stripped) if ": " in stripped[:40] else None
    if chair:
        return "chair's procedure"  # "Mr Speaker: Order.", "Q9 Chair: A final question from me."
    if stripped[:1] == "#" and _HASHTAGS.fullmatch(stripped):
        return "tags"  # "#TullesonCounty #KeepingYouSafe" under a pasted post
    if stripped[:1] in CITATION_OPENINGS and CITATION.match(stripped):
        return "journal reference"  # "Solvik M, Ferreday J. Traffic noise …. 2026;9(2):e3."
    lowered = stripped.lower()
    words = stripped.count(" ") + 1
    if words <= 16:
        shape = _furniture_shape(stripped, words)
        if shape:
            return shape
    # Cheap tests first (this runs for every sentence): each rule is tried only where the
    # words or signs it needs are present (substring tests and set look-ups, in C).
    consentish = (
        "cookie" in lowered
        or "consent" in lowered
        or "partners" in lowered
        or "personali" in lowered
        or "privacy" in lowered
        or "your choices" in lowered
        or "external content" in lowered  # (a notice over an embedded post: see the rule)
        or "your permission" in lowered
        or "manage your" in lowered
    )
    if consentish and _is_consent_notice(stripped) and not _REPORTING.search(stripped):
        return "cookie or legal notice"
    if words > 60:
        return ""
    fundish = (
        "fund" in lowered
        or "sponsor" in lowered
        or "supported" in lowered  # ("… is supported in part by a grant from …")
        or "support for" in lowered
    )
    if (
        fundish
        and words <= 30
        and _FUNDING.match(stripped)
        and (_PAGES_OWN_WORK.match(stripped) or not _GRANTS_SUM.search(stripped))
    ):
        # (a grant's sum is the story's fact: "The study was funded by a S$2.4 million grant
        # from …", not the page's note on who paid for it)
        return "funding note"
    if words > 40:
        return ""
    space = lowered.find(" ")
    opening = (lowered if space == -1 else lowered[:space]).rstrip(":,;.!?…").lstrip("(")
    anchored = (
        opening in _OPENING_WORDS
        or opening.startswith("copyright")  # (its sign straight after: "Copyright© 2026, …")
        or ": " in lowered[:32]  # a label and its colon: "Related: …", "Weather alert: …"
        or (opening == "the" and lowered.startswith(_THE_OPENINGS))
        or opening[:1] in _OPENING_SIGNS
        or stripped[:6].isupper()  # (a banner in capitals: "WINTER WEATHER ADVISORY for …")
        or _LEADING_SYMBOL.match(stripped) is not None  # ("🎧 Prefer to listen?")
        or stripped[:1] in "([#^"
        or lowered.startswith(_PHRASE_OPENINGS)
        or consentish
        or (" by " in lowered and opening.endswith(("ed", "en", "shot", "read")))  # a credit
        or " filed this " in lowered
        or _SITE_SAYS.search(lowered) is not None
        or " be reached " in lowered  # a reporter's address: "A Name can be reached at …"
        or " be contacted " in lowered
        or " newsletter, " in lowered  # ("Sea & Shore, the Ledger's coastal newsletter, lands …")
        or " is licensed to " in lowered  # ("KQDT is licensed to Norholt Broadcasting Co.")
        or _TO_A_PAGE.search(lowered) is not None  # ("A teaser's headline — Page 3")
        or "photo/" in lowered  # ("A Paper photo/A Name")
        or "photo /" in lowered
        or lowered.startswith("move to ")  # (a webmail's tab: "Move to Primary")
        or lowered.startswith("-")  # ("-- Page 2 of 2 --")
    )
    m = _ANY_ANCHORED.fullmatch(stripped) if anchored else None
    reason = _REASON_OF_GROUP[m.lastgroup] if m is not None else ""
    if not reason and (
        lowered.endswith(_CREDIT_ENDINGS)
        or not _HINT_TOKENS.isdisjoint(lowered.split())
        or "[edit]" in lowered
    ):
        # The rules whose hints are in the line, found in one pass, tried in their order.
        rules = {n for hint in _ANY_HINT.findall(lowered) for n in _RULES_OF_HINT[hint]}
        for n in sorted(rules):
            rule_reason, _hints, pattern = _ANYWHERE_RULES[n]
            if pattern.search(stripped):
                reason = rule_reason
                break
    if reason:
        # ("Reported by A Name." is a credit, not a sentence of reporting.)
        reporting = _REPORTING.search(stripped) and not lowered.startswith(
            ("reported by", "reported and ", "said by:")
        )
        pictured = reason in ("credit", "editorial note") and _PICTURE_BY.match(stripped)
        if pictured and words > 5 and not _ends_in_a_name(stripped):
            reason = ""  # "Footage by a passer-by shows the officer striking the man."
        # (a correction's "said" is the page's own earlier version's: "An earlier version of
        # this story said …")
        if reason in ("copyright line", "credit", "correction note") or (
            words <= _MAX_WORDS and not reporting
        ):
            return reason
        if reason == "related links" and _LINK_LABEL.match(stripped):
            return reason  # "RELATED: Banks told to check documents": a link's headline
        if reason in _LONG_REASONS and not reporting:
            return reason
        if (
            reason == "sign-in prompt"
            and not reporting
            and _OWN_NEWSLETTER.search(lowered)
            and " urged " not in lowered
        ):
            return reason  # "Sign up to Town Hall Weekly, our free Friday email on …"
    if (
        (opening in _CALL_VERBS or opening == "for")
        and words <= _MAX_WORDS
        and stripped[:1].isupper()
        and (
            (
                opening in _CALL_VERBS
                and _CALL_TO_ACTION.match(stripped)
                and _READER_OR_SITE.search(stripped)
                # (a verb of the world with the reader's own things is a story's instruction:
                # "Tap your card at the front door when you board.")
                and not (opening in _WORLDLY_CALL_VERBS and not _SITE_THINGS.search(stripped))
            )
            or _FOLLOW_ON_PLATFORM.fullmatch(stripped)
            or _MORE_BUTTON.fullmatch(stripped)
        )
        and not _REPORTING.search(stripped)
    ):
        return "call to action"
    # "The Valley Post is a member of …" (a medium's name), "ColdLine is published by
    # Torrence Trade Media Ltd" (a publisher's); the whole line, not "…, which cut 40 jobs".
    site_verb = (" is " in stripped or "es to " in stripped) and words <= 30
    site_verb = site_verb and _SITE_VERB.search(lowered)
    about_itself = site_verb and not _GOES_ON.search(stripped) and not _REPORTING.search(stripped)
    if about_itself and (
        _ABOUT_THE_SITE.fullmatch(stripped) or _ABOUT_A_PUBLISHER.fullmatch(stripped)
    ):
        return "about the publisher"
    postal = words <= 16 and "," in stripped
    if postal and _POSTCODE.search(stripped) and not _CLAUSE_VERB.search(stripped):
        return "contact line"  # "Klaxon Media Group Ltd, 1 Tiller Wharf, Portmarch PM1 9KX."
    if "(" in stripped and _FILE_LINK.search(stripped):
        return "document link"  # "Annex A: the new water price (PDF, 214 KB)"
    tagged = stripped.endswith("]") and _TAGGED_LINK.search(stripped)
    quoted = _QUOTED_OR_SAID.search(stripped) or _REPORTING.search(stripped)
    if tagged and words <= _MAX_WORDS and not quoted:
        # A tabloid's link to another story, its kind tagged in capitals: "Pier shut after
        # storm rips off 30ft of railings [PICTURES]", "… away [INSIGHT]", "[NEWS JINGLE]" (not
        # a transcript's "… she said [LAUGHTER]", "MAYOR: We will. [APPLAUSE]")
        return "related links"
    if opening in _POSTED_OPENERS and _POSTED_BY.fullmatch(stripped):
        return "byline"  # "Posted by A Name on June 11, 2026 at 6:42 am"
    dashes = stripped.count(" — ")
    if (
        dashes >= 2
        and _is_strip(stripped.replace(" — ", " | "))
        and (dashes >= 3 or stripped.split(" — ", 1)[0].lower() in _SECTION_WORDS)
    ):
        return "navigation or share strip"  # "REVIEWS — BUYING GUIDES — DEALS — NEWS"
    if (
        words <= 16
        and " — " in stripped
        and _MASTHEAD.fullmatch(stripped)
        # (not a scoring summary's line: "BR — A Name 3 run (B Name kick), 6:48", a team's
        # code, a bracket and the clock; "KQN — News at 6:00", "RNZ — Radio Aroha (Te Reo)"
        # are mastheads)
        and not _SCORING_LINE.fullmatch(stripped)
    ):
        return "masthead"  # "THE TIDEWATER STANDARD — Independent news for the coast"
    if words <= 12 and _SPONSOR_LINE.fullmatch(stripped):
        return "funding note"  # "Principal partner: Kestwell Motors"
    if ("/month" in lowered or "/year" in lowered or "/mo " in lowered) and words <= 20:
        return "price line"  # a membership tier: "Neighbour — $15/month · Plus events"
    stamped = (
        "posted" in lowered
        or "updated" in lowered
        or "published" in lowered
        or "released" in lowered
        or lowered.startswith("added")
    )
    if stamped and words <= 25 and stripped[-1] not in _TERMINAL and _DATE_STAMP.search(stripped):
        return "date line"  # "A Name · News · Posted: Jul 29, 2026 7:14 AM PT | Updated …"
    if words <= 6 and _PHONE_LINE.fullmatch(stripped):
        return "contact line"  # "Ph 0491 570 213"
    last = stripped[-1]
    if lowered.endswith(("a.m.", "p.m.")) and (words <= 3 or "|" in stripped or "·" in stripped):
        # "11:52 p.m.": a time on its line, the stop is the abbreviation's; so is a byline's
        # or a strip's, set apart by its bars ("By A Name | Jan. 14, 2026, 4:12 p.m."; not
        # "By Friday, turnout reached 61% at 5 p.m.")
        last = "m"
    if last == "." and words <= 14 and _is_dates_only(lowered) and _STAMPED.search(lowered):
        # a stamp closed with a stop: "Last checked 14:30.", "… 11:52 p.m." (not an answer:
        # "On Monday.", "Thursday 7 May.")
        return "date line"
    if _BRACKETED_MENU.fullmatch(stripped):
        return "navigation or share strip"  # a text-only page's links: "[Home] [Local] [Sport]"
    # Before the length test: a strip's separators count as words. (A place's initials end
    # it with no stop: "LOCAL  ›  SOUTHEAST N.B.")
    if (
        (last not in _TERMINAL or _ENDS_IN_INITIALS.search(stripped))
        and _SEPARATOR_HINT.search(stripped)
        and _is_strip(stripped)
    ):
        return "navigation or share strip"
    if (" · " in stripped or " | " in stripped) and _POST_BOX_OR_SITE.search(stripped):
        # A letterhead's address, its phone and its post box or site: "Plot 14, Suame, Kumasi
        # · P.O. Box KS 7781 · Tel: +233 32 204 1188 · www.example.com.gh", "Private Bag 326,
        # Lilongwe 3 | Tel: (265) 1 775 409"
        cells = [c.strip() for c in _DOT_OR_BAR.split(stripped)]
        if (
            len(cells) >= 2
            and any(_PHONE_LINE.fullmatch(c) for c in cells)
            and any(_POST_BOX_OR_SITE.match(c) for c in cells)
        ):
            return "contact line"
    if words > _MAX_WORDS or last in _SENTENCE_END:
        # A strip, a date line, a byline or a slash credit (nearly) never ends like a sentence.
        return _ends_like_a_sentence(stripped, opening, words) if words <= 20 else ""
    if words >= 4 and _is_section_list(stripped):
        return "navigation or share strip"  # "News Politics Business Sport Opinion Video"
    if words <= 8 and last not in _TERMINAL and _PANEL_HEADING.fullmatch(stripped):
        return "section label"  # "Bluetongue at a glance", "The budget in numbers"
    if words <= 12 and last == ")" and _a_tables_title(stripped):
        return "section label"  # a table's title and its unit: "Q2 trade (US$ million)"
    if words <= 12 and _WIDGET.fullmatch(stripped):
        return "ticker or widget"  # "OIL 78.31 -1.2%", "FT Rovers 2 – 1 City", "-8°C Sleet"
    if words <= 8 and "°" in stripped and _PLACE_WEATHER.fullmatch(stripped):
        return "place's weather"
    if words <= 16 and last not in _TERMINAL and _ALERT_STRIP.fullmatch(stripped):
        return "ticker or widget"  # "Heat Advisory until 8 p.m. EDT · 2 alerts ›"
    if words == 1 and "@" in stripped and _EMAIL_ONLY.fullmatch(stripped):
        return "contact line"
    if (
        words <= 9
        and "@" in stripped
        and _LABELLED_EMAIL.fullmatch(stripped)
        # (not a quotation's, its label a clause: "He wrote: ask@me.example")
        and not FINITE_VERB.search(stripped.split(":", 1)[0])
    ):
        return "contact line"  # "Tips and feedback: desk@example.fi", "Media enquiries: …"
    if words == 1 and "." in stripped and _DOMAIN_ONLY.fullmatch(stripped):
        return "contact line"  # "valleypost.example.com" on a line of its own
    if _mostly_capitals(stripped) and words <= 14 and _MONTH_IN_CAPS.search(stripped):
        return "page header"  # "A6 THE VALLEY POST SUNDAY, NOVEMBER 8, 2026"
    if ", from " in stripped and _JUMP_LINE.fullmatch(stripped):
        return "page header"  # "BUDGET, from A1": a print story's jump line
    dated = opening[:1].isdigit() or opening in _DATE_WORDS
    if dated and last not in ".!?" and _is_dates_only(lowered):
        return "date line"
    placed = _DATE_THEN_PLACE.fullmatch(stripped) if dated and last not in ".!?" else None
    if placed and _is_dates_only(placed.group(1).lower()):
        return "date line"  # a release's dateline on its line: "February 20, 2025 — Regina, Sask."
    place = _PLACE_IN_CAPITALS.match(stripped)
    first_place = None if place else _PLACE_FIRST.match(stripped)
    region = first_place.group("region") if first_place else None
    if (
        first_place
        and first_place.group("bar")
        and (
            (not region and first_place.group("name").split()[-1].lower() not in ORG_WORDS)
            or opening in _BYLINE_OPENERS
            or (region and region.split()[-1].lower().rstrip("s") in _JOURNALIST_WORDS)
        )
    ):
        # (a bar or a bullet after a place with its region, or a desk's or an outlet's name:
        # "Mindanao Bureau | 06:40 AM October 14, 2026", "Club Media | Saturday 14 March";
        # "A Name · March 3" and "By A Name, Transport Reporter | 14 April 2026" are bylines,
        # "Totality Begins | April 8" an event's time)
        first_place = None
    if first_place and _A_DAY_OF_A_MONTH.search(stripped):
        # (a place in small letters needs a day of a month after it, and is no section's name:
        # "World News Briefs, Nov. 18" is a title)
        place_words = first_place.group(0).lower().strip(", ").split()
        place = first_place if _SECTION_WORDS.isdisjoint(place_words) else None
    rest = lowered[place.end() :] if place else ""
    if place and last not in ".!?" and any(c.isdigit() for c in rest) and _is_dates_only(rest):
        # "AMBALNAGAR, September 24, 2026 00:15 IST", "Izmir, 5 November 2024"
        return "date line"
    bylined = opening in _BYLINE_OPENERS or opening[:1] in ("—", "–", "-")
    if bylined and not _CLAUSE_VERB.search(stripped) and _BYLINE.fullmatch(stripped):
        return "byline"
    if (
        words <= 10
        and stripped[:1].isupper()
        and lowered.rsplit(None, 1)[-1].rstrip("s") in _JOURNALIST_WORDS
        and _name_and_role(stripped)
    ):
        return "byline"
    if " for " in stripped and words <= 8 and _NAME_FOR_OUTLET.fullmatch(stripped):
        return "credit"
    slashed = "/" in stripped and last not in _TERMINAL
    # (in brackets too, under a picture: "(Renata Wojdyla/Stoopside)")
    inner = stripped[1:-1] if stripped[:1] == "(" and last == ")" else stripped
    if slashed and not _CLAUSE_VERB.search(inner) and _SLASH_CREDIT.fullmatch(inner):
        return "credit"
    if " · " in stripped or " | " in stripped:
        # Items each of which is furniture on its own line: "22 min read · Listen to the
        # narrated version (31 min)".
        cells = [c.strip() for c in _DOT_OR_BAR.split(stripped)]
        if 2 <= len(cells) <= 4 and all(c and _classify(c) for c in cells):
            return "navigation or share strip"
    return ""


_DOT_OR_BAR = re.compile(r" [·|] ")  # (a line's cells: "22 min read · Listen …")
# (an address from its first letter only: tried at each letter of a long word, quadratic)
_POST_BOX_OR_SITE = re.compile(
    r"p\.? ?o\.? box\b|private bag \d|www\.|https?://|(?<![\w.+-])[\w.+-]+@[\w-]+\.",
    re.IGNORECASE,
)


_SUFFIX_AT_THE_END = re.compile(r"(?<![\w.])(?:Jr|Sr|[A-Z])\.$")
_SHORT_LAST_CELL = re.compile(r"\| [A-Z][a-z]{0,3}\.$")
# A league table's header: "P W D L Pts", "Pos Team Pld W D L GD Pts".
_STANDINGS_HEADER = re.compile(
    r"(?:(?:Pos|Team|Club|P|Pld|W|D|L|F|A|GF|GA|GD|Pts|Diff|\+/-|Won|Drawn|Lost|Points|Played)"
    r"(?:\s+|$)){4,}"
)


def _ends_like_a_sentence(stripped: str, opening: str, words: int) -> str:
    """The shapes of furniture that may end with a full stop: a wire credit with the desk's
    initials ("AGENCY PHOTO/A Name/rwa."), "Posted by A Name on June 11, 2026 at 6:42 am"."""
    if (
        opening in _BYLINE_OPENERS
        and _SUFFIX_AT_THE_END.search(stripped)
        and not _CLAUSE_VERB.search(stripped)
        and _BYLINE.fullmatch(stripped)
    ):
        return "byline"  # a name whose suffix or initial ends it: "By A. Name Jr."
    if stripped.count(" | ") >= 2 and _SHORT_LAST_CELL.search(stripped):
        # a barred header whose last cell is abbreviated: "Candidate | Votes | Pct."
        return _classify(stripped[:-1])
    slashed = "/" in stripped and stripped.endswith(".")
    # (names after the slash, not words in small letters: "Fine Gael / Labour coalition talks
    # ended on Monday." is news)
    prose = _WORDS_AFTER_A_SLASH.search(stripped)
    credit = slashed and not prose and _SLASH_CREDIT.fullmatch(stripped[:-1])
    return "credit" if credit and not _CLAUSE_VERB.search(stripped) else ""


def _name_and_role(stripped: str) -> bool:
    # The name part must start with capitals (the pattern ignores case for the role words).
    m = _NAME_AND_ROLE.fullmatch(stripped)
    if m is None or _CLAUSE_VERB.search(stripped):
        return False
    if "," in stripped:
        name = stripped.split(",")[0].split(" '")[0].split(" ’")[0]
    else:
        # "A Name Transport correspondent": the capitalised words before the role.
        name = " ".join(w for w in stripped.split()[:3] if w[:1].isupper())
        if len(name.split()) < 2 or stripped[-1:] in _TERMINAL:
            return False
        name = " ".join(name.split()[:2])
    return name.istitle()


_CITED_ISSUE = re.compile(r"\b(?:19|20)\d\d;\s?\d|\bdoi\b", re.IGNORECASE)


def _may_be_long_furniture(text: str) -> bool:
    """Could this sentence of more than _MAX_WORDS words be furniture? A consent notice, a
    funding note, a paywall blurb, a call for letters, a credit or a copyright line each carries
    one of these (substring tests in C: this runs for most sentences of every article)."""
    if text[:1] in "(©^[" or "@" in text or "|" in text or "·" in text or "•" in text:
        return True  # (a strip's separators count as words: "… · Planning · Newyddion / News")
    if text.startswith(
        ("NOTICE ", "NOTICE:", "PUBLIC NOTICE", "LEGAL NOTICE", "IN THE MATTER OF", "TENDER:")
    ):
        return True  # a public notice, which runs long
    if text.startswith(("In today's ", "In today’s ")):
        return True  # a newsletter's contents: "In today's Mudlark: the ferry fight, …"
    if text[:1] in CITATION_OPENINGS and CITATION.match(text):
        return True  # a reference to a paper
    if ";" in text and "reporting by" in text[:16].lower():
        return True  # a wire story's credits: "Reporting by A in X; additional reporting by …"
    if "reference:" in text[:24].lower() and ("et al" in text or _CITED_ISSUE.search(text)):
        return True  # a paper's reference under its label: "… et al. … 2027;9(2):114–131."
    if text[-1:] not in '.!?”"' and _LONG_LINK.match(text):
        return True  # a link's label before a long headline: "Also read: A headline – here is …"
    lowered = text.lower()
    return (
        lowered.startswith("this ")
        or "contributed" in lowered  # (a wire story's credits: "A Name in …, and B Name …")
        or "comment" in lowered
        or "cookie" in lowered
        or "consent" in lowered
        or "partners" in lowered
        or "personali" in lowered
        or "privacy" in lowered
        or "fund" in lowered
        or "sponsor" in lowered
        or "supported" in lowered
        or "subscri" in lowered
        or "letter" in lowered
        or "rights reserved" in lowered
        or "forward-looking" in lowered
        or "gaap" in lowered
        or "webcast" in lowered
        or "representation" in lowered
        or "advised that this" in lowered  # a content warning to First Nations readers
        or "uncertaint" in lowered
        or "creative commons" in lowered
        or "obligation" in lowered
        or "receiving this" in lowered
        or "last edited" in lowered
        or "appeared first on" in lowered  # a feed's footer round a headline of any length
        or "first appeared on" in lowered
        or "transcript" in lowered
        or "expressed" in lowered
        or "personal capacity" in lowered
        or "presumed innocent" in lowered
        or " feed " in lowered
        or "final form" in lowered
        or "published on" in lowered
        or "reproduc" in lowered
        or " is an independent" in lowered
        # (a site on itself: "The X Voice is published by students of …", "… is a publication
        # of …", "The Monitor subscribes to the Code of …")
        or " is published by" in lowered
        or " is a publication of" in lowered
        or "scribes to the" in lowered
        or "adheres to the" in lowered
        or " is a non" in lowered
        or "complain" in lowered
        or "commission" in lowered
        or " fee" in lowered
        or "responsible for" in lowered
        or "quoting" in lowered
        or "in lieu of" in lowered
        or lowered.startswith("visitation ")
        or "donations" in lowered
        or "contributions" in lowered
        or "liability" in lowered
        or "no part of" in lowered
        or "posted:" in lowered
        or (lowered.startswith("sign up") and " our " in lowered)  # (a newsletter's pitch)
        # (a note's label: "Editor's note: …", "Comments policy: …", "Sub judice notice: …")
        or " note:" in lowered[:24]
        or " policy:" in lowered[:24]
        or " notice:" in lowered[:30]
        or "updated:" in lowered
        or "traditional " in lowered  # (an acknowledgement of country)
        or "code of" in lowered  # (a site's press code: "the Press Code of Ethics and …")
        or lowered.startswith("how we ")  # (a method box: "How we did this: We read …")
        or lowered.startswith(("before you ", "disclaimer"))
        # (a site's own disclosure, of its owners or its money: not "Disclosure: under Clare's
        # Law, police must answer within 35 days")
        or (lowered.startswith("disclosure") and _OWN_INTERESTS.search(lowered) is not None)
        or " of any size" in lowered  # (the newsroom's ask: "…, a gift of any size sends …")
        or "stopped being fun" in lowered  # (a bookmaker's warning)
        or lowered.startswith(("if you'd like to help", "if you’d like to help"))
    )


# What a site discloses of itself: its owners, its money, its ties.
_OWN_INTERESTS = re.compile(
    r"\b(?:we|our|us|owned|owner|owns|parent company|advertis\w*|funds?|funded|donat\w*|paid"
    r"|stake|commission|sponsor\w*)\b"
)


# The first word of every anchored rule (and the signs some open with); the rules that look
# anywhere in the line are found through _HINT_TOKENS instead.
_OPENING_WORDS = frozenset(
    """it its calls sms copying forwarding reselling sorry submitting ref
    screengrab (screengrab screenshot (screenshot screen (screen
    supported funded autoplay playing over-18s summaries summary transcript transcripts
    ai-generated these we'd we’d translation captions already hear subscribe start
    interviews interview remarks exchanges
    slug shared resale redistribution republication reproduction rebroadcast archiving prefer not
    never pop put leave something anything fields unless images videos graphics charts maps
    slide slides ce cette vous
    polls adverts ads narration listening you’re all figures rates details information opinions
    views want time got unauthorised unauthorized any contributed submitted
    edited excerpts extracts
    get try become join you you've this to unlimited cancel best catch tune sent
    most tagged pic pics set worried odds if embargoed paragraph judgments name names some
    support read half 50% pay standard premium sign log login register create annual monthly
    weekly yearly digital print we accept reject allow decline refuse agree manage customise
    customize confirm cookie privacy consent more related recommended see also advertisement
    expand collapse line-ups lineups kick-off kickoff pre-match prematch teams
    sponsored skip watch listen top latest trending show load view comments comment back table
    key what live refresh our purchase explore reuse topics tags market data stock quotes share
    tweet email e-mail copy save follow gift facebook twitter whatsapp linkedin pinterest
    reddit bluesky x newsletter receive download do have got if call contact text message write
    reach send photo photograph photographs photos image picture pictures illustration graphic
    reported anzeige werbung publicidad publicidade publicité pubblicità advertentie annons
    continua continúa today's today’s
    reklame reklama reklaam mainos reclame hirdetés oglas reklāma count conditions swipe resume mehr
    foto fotos síguenos siga-nos sigue-nos suivez-nous folgen seguici volg
    consider forwarded hit every as texts liked enjoyed love here always embedded at below
    refer you’ve early early-bird place word message registration entry admission attendance
    places seats spaces permission
    license licence purchase order medically clinically legally fact voiced narrated prices price
    nothing with distributed jump full was disclaimer disclaimers match fast file stock archive
    supplied handout loading appeared printed
    video credit main (reporting (additional (writing (editing reporting additional writing
    editing edited compiled written © copyright (c) one two three four five please turn enable
    switch hide buy book shop find funding competing conflict conflicts declaration
    declarations disclosure disclosures journal reference acknowledgements acknowledgments
    don't article story ad advert paid partner promoted filed categories edition change must
    reading disclaimer republish prices commenting keep be stay *data scroll editor's editors'
    editors up around newest oldest filter pinned summary popular reply like report open enter
    thank you're unlock offer only episode play pause mute unmute audio font rendering map
    chart infographic animation cartoon artwork drawing footage media press investor news
    editorial contacts enquiries inquiries ### -30- end good hello hi hey thanks that's until
    know presented brought unsubscribe update continued posted published [ ^ translated
    translation interpreted staff file source search forward just type actual continue here's
    contents about sources should website site where free duration - publishing broadcasting
    give donate chip contribute pledge advertise go illustrations make available find learn
    discover explore no signing reproduction redistribution republication charity charities
    company references notes footnotes further external bibliography gallery podcast webinar
    event events contest competition quiz poll fantasy vote inside coming now was how
    registered winner letters letter want apply complaints concerns spotted gamble 18+ serving
    bet gambling terms pub 19+ 21+
    covering week we're powered toggle dark light ok okay dismiss close your advertorial
    location fact-checked factchecked reviewed produced verified illustrated designed enjoyed
    fact factbox quick jargon glossary timeline chapters public obituaries classifieds death
    recently next previous traffic pollen closings explainer wanted corrections nostalgia ask
    why ts t&cs t&c *t&c *t&cs *terms use enjoying rate executive senior series sound mixed
    engineered hosted
    narrated music research upgrade tax ph tel phone mob with — – reported edited directed filmed
    photographed illustrated jump go photography visitation burial donations materials stats
    statistics interment memorial contributions page printed dear kind warm warmest yours
    sincerely faithfully truly regards cheers tap click press forgot forgotten donate choose
    select pick give discussion drop starred required mandatory forwarded updates emergency
    having trouble
    add online condolences arrangements sign return let representational representative
    results scores stats statistics timing breaking
    baca lee leia lesen lire leggi lees czytaj läs les læs readers' readers’""".split()
)
# Openings of rules whose first word is too common to try the rules on every sentence that
# starts with it ("In 2019 …", "A man …"): the whole opening phrase is checked instead.
_PHRASE_OPENINGS = (
    "syndicated ",
    # (a correction's note on the page's earlier version)
    "an earlier version",
    "a previous version",
    "a prior version",
    # (the tools a page was pasted from: a feed reader's buttons, a mail client's forward, a
    # search engine's questions, a release's label over its quotes)
    "mark all",
    "feed updated",
    "feed last",
    "feed refreshed",
    "--",
    "begin forwarded",
    "sent from ",
    "snapshot ",
    "cached snapshot",
    "people also",
    "quotes attributable",
    "quote attributable",
    "from our ",
    "from this week",
    "from today",
    # (a newsletter's sponsor read's label: "A word from our partner")
    "a word from",
    "morning all",
    "reader photo",
    "reader's photo",
    "reader’s photo",
    "reader pic",
    "mark as",
    "machine",
    "automatically",
    "email not",
    "e-mail not",
    "is this email",
    "is this e-mail",
    "can't see",
    "can’t see",
    "stream ",
    "minister for",
    "minister of",
    "assistant minister",
    "deputy minister",
    "shadow minister",
    "la suite après",
    "evening all",
    "a message from",
    "it may not be",
    "it must not be",
    # (the openings of the reader's error prompt: "Found an error?", "Noticed a typo?")
    "found a",
    "spotted a",
    "spot a",
    "see a",
    "seen a",
    "notice a",
    "noticed a",
    "programming note",
    "programme note",
    "quotes translated",
    "quote translated",
    "quotes in this",
    "quotes were translated",
    "quotes have been translated",
    "last update",
    "not a member",
    "not a subscriber",
    "win:",
    "win!",
    "paid partnership",
    "a version of this ",
    "this article contains",
    "this story contains",
    "this article includes",
    "this report contains",
    "this video contains",
    "aboriginal and torres",
    "promoted by",
    "posted by",
    "version of this ",
    "originally published ",
    "with inputs ",
    "with reports ",
    "with agency ",
    "with wire ",
    "this article has been ",
    "this story has been ",
    "this post has been ",
    "not his real name",
    "not her real name",
    "not their real name",
    "before you keep reading",
    "before you continue reading",
    "before you go on reading",
    # (a note on an exchange's editing: "His answers have been edited for length.")
    "his answers ",
    "her answers ",
    "their answers ",
    "his remarks ",
    "her remarks ",
    "their remarks ",
    "these remarks ",
    "his responses ",
    "her responses ",
    "their responses ",
    "answers have ",
    "questions from reporters ",
    "questions have ",
    "some of ",
    "the following ",
    "the answers ",
    "the questions ",
    "the remarks ",
    "the responses ",
    "tagged",
    "published in",
    "posted in ",
    "courtesy",
    "photo courtesy",
    "photos courtesy",
    "pic courtesy",
    "image courtesy",
    "picture courtesy",
    "click to share",
    # (a public notice's formula, in capitals: the rule itself asks for them)
    "notice of ",
    "notice to ",
    "public notice ",
    "legal notice ",
    "in the matter of ",
    "invitation to ",
    "invitation for ",
    "request for ",
    # (a search box's prompt, not "Search for missing climber called off")
    "search stories",
    "search articles",
    "search news",
    "search jobs",
    "search topics",
    "search listings",
    "search homes",
    "search recipes",
    "search the site",
    "search this site",
    "search our site",
    "search archive",
    "in an emergency",
    "for anything else, call",
    "report online or",
    "report it online or",
    "in a life-threatening",
    "not an emergency",
    "are you a",
    "it does not form",
    "a post shared",
    "a photo shared",
    "a video shared",
    "a podcast",
    "a newsletter",
    "a series",
    "a production",
    "a programme",
    "an ",
    "in brief",
    "in numbers",
    "in pictures",
    "in depth",
    "in partnership",
    "in association",
    "in this issue",
    "in today",
    "by the numbers",
    "on air",
    "for more",
    "for free",
    "for sale",
    "for immediate",
    "for confidential",
    "for support",
    "for help",
    "no part",
    "no thanks",
    "no, thanks",
    "at a glance",
    "i agree",
    "not now",
    "a reception",
    "in lieu",
    "from page",
    "after newsletter",
    "before newsletter",
    "many thanks",
    "make a donation",
    "make a gift",
    "make my ",
    "make your ",
    "make donation",
    "make gift",
    "other ways to",
    "all times",
    "these statements",
    "these forward",
    "such statements",
    "such forward",
    "something went wrong",
    "capital at risk",
    "capital is at risk",
    "anyone with",
    "views are",
    "views expressed",
)

# "The views expressed …", "The exchange below …": the few anchored rules that open with "the".
_THE_OPENINGS = (
    "the post ",  # (a feed's footer: "The post A headline appeared first on The Herald.")
    "the live page",  # (a cache's: "The live page may have changed since.")
    "the current page",
    "the current version",
    "the original page",
    "the original version",
    "the live version",
    "the hon",  # (a release's issuer: "The Hon. A Name MP")
    "the audio ",
    "the full judgment",
    "the views",
    "the opinions",
    "the exchange",
    "the interview",
    "the excerpt",
    "the extract",
    "the q&a",
    "the conv",
    "the tr",
    "the family asks",
    "the family requests",
    "the family has asked",
    # (a credit in a sentence: "The photographs in this article were taken by A Name.")
    "the photo",
    "the picture",
    "the image",
    "the illustration",
    "the summary",
    "the above ",  # (a disclaimer: "The above content is for reference only …")
)
_SEPARATOR_HINT = re.compile(r"[|·•»›/▸▶>⟩〉→:]")  # a character class: skipped to in C


def _is_folio(line: str) -> bool:
    """A print page's running head, its fields set apart by runs of spaces: the page's number,
    the paper's name in capitals, ending in a word of the press, and the date, in any order ("4
    THE VALLEY CHRONICLE   Thursday, April 15, 2027", "ERONGO HERALD   Thursday 12 March 2026
    5"; not a table's row, "412   NEW CASES   Monday, April 6, 2026"), with the section's name
    too ("4   NATIONAL NEWS   THE ERONGO EXAMINER   Thursday 18 February 2027"); or the
    section's name and the page alone ("NATIONAL NEWS   3")."""
    fields = re.split(r"\s{2,}", line)
    if not 2 <= len(fields) <= 4:
        return False
    pages = [f for f in fields if f.isdigit() and len(f) <= 3]
    if len(pages) != 1:
        return False
    if len(fields) == 2:
        # (a section's name and the page alone: "NATIONAL NEWS   3", "SPORT   31"; not a
        # table's row in capitals, "NEW CASES   412", "NATIONAL   49", "HEALTH   100")
        return any(_FOLIO_SECTION.fullmatch(f) for f in fields)
    names = [
        f
        for f in fields
        if f.isupper() and _words(f) <= 6 and f.rsplit(None, 1)[-1].lower() in MEDIA_WORDS
    ]
    dates = [
        f
        for f in fields
        if not f.isdigit() and any(c.isdigit() for c in f) and _is_dates_only(f.lower())
    ]
    if len(fields) == 4:
        # (and the section's name beside the paper's: "4   NATIONAL NEWS   THE ERONGO EXAMINER
        # Thursday 18 February 2027")
        names_or_sections = [f for f in fields if f.isupper() and not _A_DIGIT.search(f)]
        sectioned = any(_FOLIO_SECTION.fullmatch(f) for f in names_or_sections)
        return len(dates) == 1 and len(names_or_sections) == 2 and bool(names) and sectioned
    return len(names) == 1 and len(dates) == 1


# A print section's name in a running head: "NATIONAL NEWS", "SPORT", "BUSINESS".
_FOLIO_SECTION = re.compile(
    r"(?:[A-Z]+ )?(?:NEWS|SPORTS?|BUSINESS|OPINION|FEATURES|LETTERS|EDITORIAL)"
)


_BYLINE_OPENERS = frozenset(
    "by words written story article report text from interview interviewed analysis author authors"
    " reporter reporters posted par por von".split()
)
_SENTENCE_END = frozenset('.!?”"')
# Signs an anchored rule can open with: a price, a digit ("12 comments"), ©.
_SITE_SAYS = re.compile(
    r" (?:works|looks|reads) (?:best|better) (?:in|on) |does not necessarily (?:share|reflect"
    r"|represent|endorse)|(?:printer[- ]friendly|text[- ]only|printable|print|lite) (?:version"
    r"|view|edition)$|acknowledges? |unceded|ancestral| continues (?:below|after|under)"
    r"| not (?:give|provide|offer) (?:financial|investment) advice\.?$"
    r"| is not (?:intended as )?(?:financial|investment|legal|tax|property|medical)"
    r"(?: or [a-z]+)? advice\.?$"
    r"| editorially independent\b| for (?:paying )?(?:insiders|supporters|subscribers"
    r"|premium (?:members|subscribers))\.?$"
    r"|^nothing (?:in|on) this "
)
_TO_A_PAGE = re.compile(r" [—–] (?:see )?page \d{1,3}$")
_OPENING_SIGNS = frozenset("£$€¥©+0123456789«‹←")


# --- stage 2: blocks take in their neighbours ------------------------------------------------

# A podcast's or a story's list of what it cites: "Sources mentioned in this episode".
_MENTIONED = (
    r"(?:(?:sources|links|books|reports|resources|documents) )?mentioned in this"
    r" (?:episode|story|article|podcast|show|interview)"
)
# An editor's choice of other stories: "Editor's picks", "Editors' choice".
_PICKS = r"editors?['’]?s? (?:picks?|choice)"
# Labels that introduce a list of headlines or topics (not "Skip to content", not "Live").
# A list's label of what to read after ("What to read next", "Read these next"): a label of
# links over its headlines, whatever rule looks at it.
_READ_NEXT = r"what to read next|read (?:this|these) next|(?:your|our) next reads?"
_LIST_HEAD = re.compile(
    r"(?:more in this section|more (?:from|on|in) .*|related(?: \w+)?|read more|read next"
    rf"|{_READ_NEXT}"
    rf"|also read|read also|must read|don't miss|{_READ_ALSO_ABROAD}"
    rf"|{_PICKS}"
    r"|most (?:read|viewed|shared|popular|watched)(?: (?:today|now|right now"
    r"|this (?:hour|day|week|month|year)|in the (?:last|past) (?:hour|day|24 hours|week)))?"
    r"|recommended(?: \w+)?|top stories|latest(?: \w+)?"
    r"|trending(?: now| (?:on|in) .{1,30})?|more \w+|more \w+ (?:news|stories|headlines|coverage)"
    r"|you (?:may|might) also .*|explore more.*|topics|tags|sources?"
    r"|references|notes|footnotes|further reading|external links|see also|bibliography"
    rf"|{_MENTIONED})"
    r"(?:\[edit\])?[.:]?",
    re.IGNORECASE,
)
# What a body's standing description says of it after its name: "(Bursa: RIMCOLD) is a
# leading provider …", "was established in 2009", ", founded in 1996,".
_DESCRIBES = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|is|are|was|were|has been|have been|provides|operates"
    r"|runs|offers|develops|makes|designs|serves|helps|specialises|specializes)\b"
)
# What a citation never has: a verb of a clause, a verb of saying, a quotation.
# (in small letters: a cited title is capitalised, "Why Councils Are Cutting Budgets", and
# may be quoted)
_A_CLAUSE_OR_WORDS = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|said|says|say|told|show|shows"
    r"|showed|found|expects?|rose|fell|rises|falls)\b"
)
# A label that names nothing but links to other stories: "Editor's picks", "Most read today",
# "Trending on KQDW 5", "Top stories".
_LINKS_ONLY_HEAD = re.compile(
    rf"(?:{_PICKS}|most (?:read|viewed|shared|popular)\b.{{0,30}}"
    # (trending on the site, not on a platform: "Trending on TikTok" heads a story's list)
    r"|trending(?: now| today| (?:on|in) (?!(?:tiktok|x|twitter|instagram|youtube|facebook"
    r"|threads|reddit|google)\b).{1,30})?|top stories|more (?:news|stories|headlines)"
    r"|read (?:more|next)|related(?: stories| articles| news| coverage| content)?"
    rf"|{_READ_NEXT}"
    rf"|{_MENTIONED})[.:]?",
    re.IGNORECASE,
)
# A headline's verb in the present ("Council approves …", "School board votes …"), as a
# word in small letters ending in s (a plural too, which a list of products seldom has); one of
# the two headlines has a verb ("Crews pull driver from …" has none this can read).
_PRESENT_VERB = re.compile(r"\b[a-z]{2,}s\b")
# The labels of what readers read most, whose ranked headlines run long.
_POPULAR_HEAD = re.compile(r"most (?:read|viewed|shared|popular|watched)|trending", re.IGNORECASE)
# (a rank's stop or bracket, or its zero: "1. ", "2) ", "01 "; not "10 Downing Street …")
_RANK = re.compile(r"(?:\d{1,2}[.)]|0\d)\s")
_CITATIONS_HEAD = re.compile(
    rf"(?:sources?|references|footnotes|bibliography|further reading|{_MENTIONED})[.:]?",
    re.IGNORECASE,
)
_FORM_AT_THE_END = re.compile(r" (?:Inc|Ltd|Corp|Co|Bhd|Pty|Pte|S\.A|N\.V|P\.L\.C)\.$")
# "About the Kessling Department of Environmental Quality": group 1, the name's first word.
_ABOUT_THE_AUTHOR = re.compile(
    r"about (?:the|this|our) (?:author|writer|columnist|reporter|contributor)s?", re.IGNORECASE
)
_ABOUT_HEADING = re.compile(r"About (?:the |The )?([A-Z][\w'’&.-]*)(?: [\w'’&.-]+){0,8}")
_CONTENTS_HEAD = re.compile(
    r"(?:table of )?contents|on this page|in this (?:article|release|page|story)|jump to",
    re.IGNORECASE,
)
_LABELLED_FIGURE = re.compile(r"[^:]{2,60}: [-+−]?[$£€₹]?\d[\d,.]*%?(?: [\w%]+){0,3}")
# A list's marker before its item: a bullet, or a rank ("1. ", "2) ").
_LIST_MARKER = re.compile(rf"[•·▪‣◦*–-]\s+|{LIST_NUMBER.pattern}")
# An item ending in its figure after a dash or a colon: "1. St. Hildegard's Girls (Nyeri) –
# 10.214", "Butter: +23.1pc".
_ITEM_AND_FIGURE = re.compile(
    # (and a score out of its scale: "Rating: 4/5")
    r"[^:]{2,80}:\s[-+−]?[$£€₹]?\d[\d,.]*(?:%|pc|p|m|bn|k|/\d{1,3})?(?: [\w%]+){0,3}"
    # (after a dash, the figure and its unit only: not "Premier League – 20 predictions")
    r"|[^:]{3,80}\s[–—-]\s[-+−]?[$£€₹]?\d[\d,.]*(?:%|pc|p|m|bn|k)?"
    r"(?: (?:points?|pts|goals?|runs?|votes?|seats?|per cent|percent))?"
    rf"|{COUNT_ROW.pattern}"
)


def _a_timeline_entry(text: str) -> bool:
    """Does the line open with a date of its own and a colon ("1939: Born in Pyay", "June
    2024: …"), a timeline's entry?"""
    entry = _TIMELINE_ENTRY.match(text)
    return entry is not None and any(c.isdigit() for c in entry.group(0))


def _a_listed_figure(text: str) -> bool:
    """Is the line a figure with its label, bulleted or ranked or bare ("• Butter: +23.1pc",
    "Deaths: 6", "1. A School (Nyeri) – 10.214"): a list of the story's own data, never a
    related headline's?"""
    item = text[_LIST_MARKER.match(text).end() :] if _LIST_MARKER.match(text) else text
    return _ITEM_AND_FIGURE.fullmatch(item) is not None


# A timeline's entry, its date then what happened: "1939: Born in Pyay", "June 2024: A Name
# charged", "Friday 13 March: Family prayers at the home" (a related headline opens with none).
_TIMELINE_ENTRY = re.compile(
    rf"(?i:(?:(?:{_DAY_NAMES})\.?,? )?(?:\d{{1,2}} (?:{_MONTH_NAMES})\.?|(?:{_MONTH_NAMES})\.?"
    rf"(?: \d{{1,2}})?)?,? ?(?:(?:19|20)\d\d)?): (?-i:[A-Z])"
)
_LABEL_WORDS = 3  # a label standing alone: "Live", "Key points", "Premier Division table"
_HEADLINE_WORDS = 16  # a related headline standing alone in a list
_NOTES_MARK = re.compile(
    r"[-—–\s]*(?:notes? (?:to|for) editors?|editors'?’?s? notes?)[-—–\s:.]*", re.I
)
_NOTES_HEAD = re.compile(
    r"(?:notes? (?:to|for) editors?|editors'?’?s? notes?|about [A-Z]|media (?:enquiries|inquiries"
    r"|contacts?)|press (?:office|contacts?)|for (?:more|further) information|contacts?:|1\. )",
    re.IGNORECASE,
)
_RELEASE_END = re.compile(
    r"[-—–\s]*(?:#{3}|-30-|ends?|notes? (?:to|for) editors?|editors'?’?s? notes?)[-—–\s:.]*",
    re.IGNORECASE,
)


# Section names that stand above a headline as a kicker.
_KICKER = re.compile(
    r"(?:opinion|analysis|comment|editorial|interview|live|news|world|business|sports?|health"
    r"|science|politics|culture|environment|technology|tech|explainer|review|exclusive"
    r"|breaking(?: news)?|podcast|video|letters|obituary|obituaries|features?|travel|money"
    r"|markets|local|national|international|weather|education|lifestyle|football|cricket"
    r"|rugby|tennis|golf|motor ?sport|climate|crime|courts|justice|transport|housing|economy)",
    re.IGNORECASE,
)


def _table_cells(text: str) -> list[str]:
    if text.count("|") < 2:
        return []
    cells = [cell.strip() for cell in text.split("|")]
    return cells[1 if not cells[0] else 0 : -1 if not cells[-1] else None]  # "| a | b |"


# A cell that is a figure: "246.3", "214%", "-35", "£1.2m", "1st", "Rs 4,500 crore", "N14.2bn",
# "31*", "9°C"; a year ("2025", "2025-26") is a header's label; "–", "n/a" are no figure either way.
# (a dollar with its country's letters, "F$48.2m", "NZ$1.4bn", and a comparison's "vs. F$31.7m")
# (and a currency's letters, "RM2.00", "Rp 15,000", "USh 4,500", "UGX 80,000"; and a range of
# two, "99 cents to $2.37", "RM1.20 – RM1.50")
_ONE_FIGURE = (
    r"(?:[-+−]?(?:[A-Z]{0,3}[$£€¥₦₹₱₵]|GH[¢₵] ?|Rs\.? ?|RM ?|Rp ?|[KTU]?Sh ?|(?-i:[A-Z]{3}) |N|R)?"
    r"\d[\d.,]*(?:/\d[\d.,]*)?\*?\s?(?:%|°[CF]?|[a-zA-Z]{1,5})?"
    # (a race's time, "7:41.2", "2:05:44", with its record's mark, "2:17.40 CR": a clock's
    # "09:00" or "06:05:33" is no figure)
    r"|(?:\d{1,2}:\d{2}[.,]\d{1,3}|\d:\d{2}:\d{2}(?:[.,]\d{1,3})?)(?: [a-zA-Z]{1,3})?)"
)
_FIGURE_CELL = re.compile(
    rf"(?:vs?\.? )?{_ONE_FIGURE}(?: (?:to|–|-) {_ONE_FIGURE})?",
    re.IGNORECASE,
)
# A timetable's cell: "6.20am, 11.30am, 3.40pm", "07:15  09:40".
_CLOCK_TIMES = re.compile(
    r"\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)?(?:,?\s+\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)?)*", re.I
)
# A cell of a row of figures, perhaps after its label: "Possession 58%", "42%", "Corners 9".
# Words of a date line or an issue line, not of a row of figures.
_DATED = frozenset(
    f"{_MONTHS} {_DAYS} updated published posted issue vol volume edition page pages".split()
)
_LABELLED_FIGURE_CELL = re.compile(rf"(?:[^\d|]*\s)?(?:{_FIGURE_CELL.pattern})", re.IGNORECASE)
# (and a header's year with its word: "2025 rank", "2024 total")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d(?: ?[-–/] ?\d{2,4})?(?: [A-Za-z]{2,12})?")
_EMPTY_CELL = frozenset(["", "-", "–", "—", "n/a", "na", "…"])
_COMPARED = re.compile(r"^vs?\.? ", re.IGNORECASE)


def _figure_share(cells: list[str], *, years: bool) -> float:
    """The share of a row's cells (empty ones aside) that are figures."""
    counted = [cell for cell in cells if cell.lower() not in _EMPTY_CELL]
    if not counted:
        return 0.0
    # (a header's year may be a comparison's: "Offence | 2027 | vs. 2026")
    figures = sum(
        _FIGURE_CELL.fullmatch(cell) is not None
        and (years or not _YEAR_CELL.fullmatch(_COMPARED.sub("", cell, count=1)))
        for cell in counted
    )
    return figures / len(counted)


def _spaced_cells(text: str) -> list[str]:
    return [cell for cell in _SPACED.split(text.strip()) if cell]


def _mark_spaced_table_headers(sentences: list[str], reasons: list[str], alone: list[bool]) -> None:
    """A table pasted with runs of spaces between its columns: its header ("Party   Seats
    Change", no figure, short capitalised cells) is furniture, like a barred table's; its rows
    below it, with as many cells and figures in them, are data."""
    for i in range(len(sentences) - 1):
        if reasons[i] or not alone[i] or len(sentences[i]) > 200 or "  " not in sentences[i]:
            continue
        cells = _spaced_cells(sentences[i])
        if not 3 <= len(cells) <= 10 or any(c.isdigit() for c in sentences[i]):
            continue
        if not all(_words(cell) <= 3 and cell[:1].isupper() for cell in cells):
            continue
        row = _spaced_cells(sentences[i + 1]) if alone[i + 1] else []
        if len(row) == len(cells) and _figure_share(row, years=True) > 0:
            reasons[i] = "table header"


def _mark_table_titles(sentences: list[str], reasons: list[str], alone: list[bool]) -> None:
    """A table's title on the line over its header ("Selected offences, Winnipeg, 2024 vs. 2025"
    over "Offence | 2024 | 2025 | Change" and two rows of figures), or over three short lines of
    a label and its figure ("Storage on May 12 (in TMC)" over "Khadakwasla: 0.61", …): furniture,
    like the header. Never a question's, a lead-in's or a sentence's line ("So what does a tanker
    cost?", "Its members are:"), and over a list only without a verb ("The gap widened in 2025"
    over such lines is the story's)."""
    n = len(sentences)
    # (the page's first line kept is its headline, no table's title; found once, not for each
    # line, which on a page of many short lines read the page again each time)
    headline = next((j for j in range(n) if not reasons[j]), n)
    for i in range(headline + 1, n - 3):
        line = sentences[i].strip()
        if reasons[i] or not alone[i] or len(line) > 100 or not 2 <= _words(line) <= 14:
            continue
        if line[-1:] in '.!?:;…,”"’' or line[:1] in _LED_ITEM_MARKS:
            continue
        if "  " in line or _mostly_figures(line):
            continue  # a row itself: "A Name   Party   409   15.7"
        # (a title's words, not a clause's: "Homicides fall by a third in Winnipeg", "Tomato
        # prices double in a week" are headlines; a title has its parts set off, "Rainfall, 24
        # hours to 6am Friday", "Storage on May 12 (in TMC)", or is short, "The numbers")
        titled = _words(line) <= 3 or _TITLES_PARTS.search(line) is not None
        if not titled or FINITE_VERB.search(_TITLES_IDIOMS.sub("", line)):
            continue
        header = _table_cells(sentences[i + 1]) or _two_cells(sentences[i + 1])
        rows = [_table_cells(sentences[k]) or _two_cells(sentences[k]) for k in (i + 2, i + 3)]
        barred = (
            len(header) >= 2
            and bool(reasons[i + 1])
            and all(
                len(row) == len(header) and not reasons[k] and any(c.isdigit() for c in row[-1])
                for k, row in zip((i + 2, i + 3), rows, strict=True)
            )
        )
        listed = (
            ":" not in line  # (a row itself: "Majority: 495", "Elected: A Name")
            and all(
                alone[k]
                and _words(sentences[k]) <= 8
                and _FIGURE_AFTER_LABEL.fullmatch(sentences[k].strip())
                for k in (i + 1, i + 2, i + 3)
            )
        )
        if barred or listed:
            reasons[i] = "table title"


# A title's parts set off: by a comma, a bracket, a colon, a comparison's "vs." or a table's
# "by", "per" and "at a glance".
_TITLES_PARTS = re.compile(
    r"[,(:]| vs\.? | per |\bat a glance\b"
    # (a table's breakdown, not an amount: "Closures by region", not "fall by a third")
    r"| by (?:region|area|ward|party|age|month|year|quarter|county|district|state|province"
    r"|country|sector|type|category|gender|sex|school|hospital|constituency|division|council"
    r"|zone|grade|item|route|line|station|team|club|stage)s?\b",
    re.IGNORECASE,
)
# A title's words that read as verbs: "week ended March 5", "Selected offences".
_TITLES_IDIOMS = re.compile(
    r"\b(?:(?:week|month|quarter|year|period)s? end(?:ed|ing)|selected|estimated|projected"
    r"|adjusted|combined|reported|recorded)\b",
    re.IGNORECASE,
)
# A list's line, a label and its figure: "Khadakwasla: 0.61", "1,000 gallons: Rs 2,310".
_FIGURE_AFTER_LABEL = re.compile(r"[^:|]{1,40}:\s*\S{0,4}\s?\d[\d.,]*\s?\S{0,12}")


def _two_cells(text: str) -> list[str]:
    """A two-column row's cells ("2020 | 97", "Year | Deaths"), or none."""
    if text.count("|") != 1:
        return []
    cells = [cell.strip() for cell in text.split("|")]
    return cells if all(cells) and all(_words(cell) <= 6 for cell in cells) else []


def _days_cell(cell: str) -> bool:
    """A table's cell of days, as a schedule gives them: "Bole | Monday, Wednesday, Friday"
    under "Sub-city | Days with water"."""
    return "," in cell and not any(c.isdigit() for c in cell) and _is_dates_only(cell.lower())


def _keep_two_column_rows(sentences: list[str], reasons: list[str]) -> None:
    """A table of two columns pasted with its bar: a header without figures ("Year | Deaths"),
    then two rows or more with a figure after the bar ("2020 | 97") or days ("Bole | Monday,
    Wednesday, Friday"), are data, not date lines or a strip's links ("Home | World" has no
    figures under it)."""
    n = len(sentences)
    i = 0
    while i < n - 2:
        header = _two_cells(sentences[i])
        if not header or any(c.isdigit() for c in sentences[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            row = _two_cells(sentences[j])
            if not row or not (_FIGURE_CELL.fullmatch(row[1]) or _days_cell(row[1])):
                break
            j += 1
        if j - i >= 3:
            for k in range(i + 1, j):
                reasons[k] = ""
        i = max(j, i + 1)


# A fact box's cell, a label and its figure: "Rooms: 212", "Containers: 612,400 TEU (+4.1%)".
_FACT_CELL = re.compile(r"[A-Za-z][^|:\d]{0,40}(?:\d{4})?: ([^|:]*\d[^|:]*)")
# Labels of a stamp's, a contact's, a poll's, a match's or a market's cells, never a fact box's.
_NO_FACT_LABELS = frozenset(
    """updated published posted tel phone fax mobile email hours yes no last next usd eur gbp
    gold oil brent dow ftse nasdaq s&p nikkei hang sensex nifty asx kospi jse sti klci comments
    shares likes views high low reading words temperature pressure humidity wind""".split()
)
# A figure worth matching: three digits or more, or with its decimals, not a year ("212",
# "3,140", "6.2"; a widget's "21" comments or degrees match a story's by chance).
_A_STORYS_FIGURE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d(?![\d,.]))\d(?:\d[\d,.]*\d|[.,]\d+)")


def _keep_fact_strips(sentences: list[str], reasons: list[str]) -> None:
    """A fact box's line of labelled figures between bars ("Height: 14 floors | Rooms: 212 |
    Objections: 3,140") is the story's, not a strip of links, when the story itself gives one
    of its figures: a ticker's or a stamp's figures are not the story's."""
    strips = [
        i
        for i, text in enumerate(sentences)
        if reasons[i] == "navigation or share strip" and " | " in text and ": " in text
    ]
    if not strips:
        return
    # (the story's figures read once: a page of strips is not read again for each)
    told_figures = {
        f.rstrip(".,")
        for k, text in enumerate(sentences)
        if not reasons[k]
        for f in _A_STORYS_FIGURE.findall(text)
    }
    for i in strips:
        cells = [cell.strip() for cell in sentences[i].split(" | ")]
        values = [_FACT_CELL.fullmatch(cell) for cell in cells]
        if len(cells) < 2 or not all(values):
            continue
        if any(
            cell.split(None, 1)[0].lower().rstrip(":") in _NO_FACT_LABELS
            or any(arrow in cell for arrow in "▲▼↑↓")
            for cell in cells
        ):
            continue
        figures = {f.rstrip(".,") for v in values for f in _A_STORYS_FIGURE.findall(v.group(1))}
        if figures & told_figures:
            reasons[i] = ""


def _keep_table_rows(sentences: list[str], reasons: list[str]) -> None:
    """Rows of a table pasted with its bars ("Eastern Lowlands | 246.3 | 214% | 1st") are data,
    not a strip of links: a header without figures ("Region | 2025 | Change"), then two rows or
    more with as many cells, each with a figure ("Abbey | Labour | 412"). (The header stays
    furniture; a widget's rows without a header — a ticker, a forecast — stay furniture too.)"""
    cells = [_table_cells(text) for text in sentences]
    _keep_two_column_rows(sentences, reasons)
    # (a header over a first column of labels may leave its corner empty: "| Now | From March
    # 1" over "Journey time | 38 min | 41 min")
    cornered = [
        len(row) + (text.lstrip()[:1] == "|" and text.rstrip()[-1:] != "|")
        for row, text in zip(cells, sentences, strict=True)
    ]
    i = 0
    while i < len(sentences):
        j = i
        # (the rows' width: the header's, or the header's with its empty corner; "| Ward |
        # Party | Votes" over "| Abbey | Labour | 412" has none)
        width = len(cells[i + 1]) if i + 1 < len(sentences) else 0
        # (or its rank column's, run into the first cell: "Pos | Team | P | Pts" over "1. Jinja
        # Harbour | 25 | 50")
        ranked_into = (
            width == len(cells[i]) - 1
            and _RANK_HEADER_CELL.fullmatch(cells[i][0]) is not None
            and _RANKED_LABEL_CELL.match(cells[i + 1][0]) is not None
        )
        width = width if width in (len(cells[i]), cornered[i]) or ranked_into else -1
        while j + 1 < len(sentences) and cells[i] and len(cells[j + 1]) == width:
            j += 1
        # (one row is a table too when nothing barred comes after it and it ends in a figure of
        # its own: "Candidate | Party | Votes" over the one winner's "A Name | Labour | 1,412";
        # not a strip's "Live | Page 2 | Login")
        alone = (
            j - i == 1
            and (j + 1 == len(sentences) or not cells[j + 1])
            and _FIGURE_CELL.fullmatch(cells[j][-1]) is not None
        )
        # (under a header of years, a row's cells may be words: "Area | 2022 | 2026" over
        # "Leadership and management | Unsatisfactory | Good")
        years = sum(_YEAR_CELL.fullmatch(c) is not None for c in cells[i]) >= 2
        if (j - i >= 2 or alone) and _figure_share(cells[i], years=False) == 0:
            for k in range(i + 1, j + 1):
                # (a row's figure may have its word: "every 20 min", "approx. 38 min")
                if reasons[k] and (
                    (years and not _PAGES_HEADING.search(sentences[k]))
                    or any(_LABELLED_FIGURE_CELL.fullmatch(c) for c in cells[k])
                    or any(_days_cell(c) for c in cells[k][1:])
                ):
                    reasons[k] = ""
        i = j + 1
    # Rows with no header over them, each opened by a rank or an hour and with a figure after
    # it: a results table ("1 | A Name | Club | 21.47"), an hourly forecast ("09:00 | Heavy rain
    # | 9°C"), two rows or more of one width (a strip of links has neither)
    ranked = [
        len(row) >= 3
        and _RANK_OR_HOUR_CELL.fullmatch(row[0]) is not None
        and any(_LABELLED_FIGURE_CELL.fullmatch(c) for c in row[1:])
        for row in cells
    ]
    for k in range(len(sentences)):
        if not (reasons[k] and ranked[k]):
            continue
        width = len(cells[k])
        beside = [
            m
            for m in (k - 1, k + 1)
            if 0 <= m < len(sentences) and ranked[m] and len(cells[m]) == width
        ]
        if beside:
            reasons[k] = ""


# A table's rank column's header, and a first cell that opens with its rank.
_RANK_HEADER_CELL = re.compile(r"(?:pos(?:ition)?|rank|no)\.?|#", re.IGNORECASE)
_RANKED_LABEL_CELL = re.compile(r"=?\d{1,2}(?:st|nd|rd|th|\.)? +\S")
# A row's first cell that ranks it or gives its hour: "1", "2nd", "=4", "DQ", "09:00".
_RANK_OR_HOUR_CELL = re.compile(r"=?\d{1,2}(?:st|nd|rd|th|\.)?|DQ|DNF|DNS|\d{1,2}[:.]\d{2}")


def _mostly_figures(text: str) -> bool:
    """A row of a table ("3 Penhallow Town 15 9 3 3 +11 30") or a dated timeline entry ("2 Oct
    — Drivers vote 88% for a strike on a 71% turnout"): data, not a related headline."""
    if _DATED_ENTRY.match(text):
        return True
    return sum(any(c.isdigit() for c in token) for token in text.split()) >= 3


# A name of capitalised words and the small words between them ("Code of Ethics and Conduct for
# South African Print and Online Media", "Tern Media Ltd", "the Press Council's").
_NAMED = (
    r"(?-i:[A-Z][\w'’&.-]*(?: (?:(?:of|for|and|on|in|the|&) )*[A-Z][\w'’&.-]*)*"
    r"|(?:of|for|and|on|in) (?:the )?[A-Z][\w'’&.-]*(?: (?:(?:of|for|and|on|in|the|&) )*[A-Z]"
    r"[\w'’&.-]*)*)"
)
# (a publisher or a code of the press: "Tern Media Ltd", "the Press Council's principles"; not
# "the National Resistance Movement", "the Principles of Islam")
_PRESS_BODY = (
    r"[^.!?]*\b(?:press|media|publishing|publications|publishers|newspapers|editors|journalis\w*"
    r"|broadcast\w*|communications|group|holdings|ltd|limited|inc|llc|plc|bhd|pty)\b"
)
# A line in the site's own voice about the site: "The Valley Post is a member of the Press
# Standards Council", "CJQV 940 AM is owned and operated by …" — its subject names a medium
# (patterns.MEDIA_WORDS).
# The subject is the site's own name (capitalised words ending in a medium's word: "The Valley
# Post", "CJQV 940 AM", "Vessford Magazine") or "this site": never "the station" or "the
# network" of a news story, whose ownership is a claim.
_ABOUT_THE_SITE = re.compile(
    r"(?:(?:this|our) (?:site|website|app|newspaper|station|magazine|newsroom|publication)"
    r"|(?-i:(?:The )?(?:[A-Z0-9][\w'’&.-]* ){0,5}(?:"
    + "|".join(sorted({w.capitalize() for w in MEDIA_WORDS} | {w.upper() for w in MEDIA_WORDS}))
    + r")))\b[^.!?]{0,20} (?:is (?:a member of|regulated by|operated by|published by"
    r"|owned (?:and operated )?by|part of|a (?:division|unit|subsidiary|service) of"
    r"|funded (?:in part )?by|published every"
    r"|an? (?:member|listener|reader|viewer)[- ](?:supported|funded|powered))\b.*"
    # (or its publisher or the press code it keeps, named and nothing more: "The Harbour
    # Examiner is a publication of Tern Media Ltd.", "The Monitor subscribes to the Code of
    # Ethics and Conduct for … Media"; not "… is a publication of the ruling party and is
    # funded by …", "… subscribes to the Editors' Code yet published …")
    r"|is a publication of (?=" + _PRESS_BODY + r")(?:the )?" + _NAMED + r"\.?"
    r"|(?:subscribes|adheres) to (?=" + _PRESS_BODY + r")(?:the )?(?:" + _NAMED + r" )?"
    r"(?i:code|charter|standards|principles)(?: " + _NAMED + r")?\.?)",
    re.IGNORECASE,
)
# Any title, with a press, media or publishing body as the object: "ColdLine is published by
# Torrence Trade Media Ltd", "The Klaxon is regulated by the Press Complaints Authority".
_ABOUT_A_PUBLISHER = re.compile(
    r"(?-i:[A-Z])[^.!?]{0,60} is (?:a member of|regulated by|operated by|published by"
    r"|owned (?:and operated )?by|part of)\b[^.!?]{0,60}\b(?:press|publishers|editors|media"
    r"|publishing|newspapers|broadcasting|titles)\b[^.!?]{0,80}\.?",
    re.IGNORECASE,
)
# A medium's title on its own: capitalised words ending in a medium's word, "The Tanager Creek
# Pioneer", "Flanders & Brussels Today", "THE COTTONWOOD STATEHOUSE REPORT".
_SITE_NAME = re.compile(
    r"(?:(?:The|THE) (?:[A-Z][\w'’.-]* ){0,3}|(?:[A-Z][\w'’.-]* ){1,2}& (?:[A-Z][\w'’.-]* )?)(?:"
    + "|".join(sorted({w.capitalize() for w in MEDIA_WORDS} | {w.upper() for w in MEDIA_WORDS}))
    + r")"
)
_MASTHEAD_LINES = 3  # a site's name tops its page: the first lines, before any headline
_GOES_ON = re.compile(rf"\b(?:{_GOES_ON_WORDS})\b")
# The verbs _ABOUT_THE_SITE needs, searched first (a literal " is " the engine skips to).
_SITE_VERB = re.compile(
    r" is (?:a member of|regulated by|operated by|published|owned|part of|a (?:division|unit"
    r"|subsidiary|service) of|funded|an? (?:member|listener|reader|viewer)[- ]|a publication of)"
    r"| (?:subscribes|adheres) to "
)
_DATED_ENTRY = re.compile(r"\s*(?:\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2}),? [—–-] ")

# The site's own name as its furniture spells it (see `_site_names`): a copyright line's holder
# ("© 2026 Gallowmere Now LLC"), a name set above the first reporting ("WIRECREST"), a newsroom
# address's domain ("tips@gallowmerenow.example"; not a link, which may be another site's:
# "Follow us: chirpnet.com/…").
_COPYRIGHT_HOLDER = re.compile(
    r"(?:©|\([cC]\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*)?([^\d.,|·(]{2,60})"
)
_LEGAL_SUFFIX = re.compile(
    r"\s+(?:llc|ltd|limited|inc|plc|corp|co|group|media|gmbh|pty|publishing|holdings)\.?$",
    re.IGNORECASE,
)
# (a newsroom's own address: "tips@…", "news@…", not a press office's, "press@ofwat.example")
_MAIL_DOMAIN = re.compile(
    r"\b(?:tips|news|newsdesk|newsroom|editor|editors|letters|desk|feedback|corrections"
    r"|reader|readers)@([a-z0-9-]{3,40})\."
)
_SITE_NAME_WORDS = 3  # a name above the headline: "KQNB 90.3", "The Harwich Ledger"
_TOPIC_REASONS = frozenset(["", "related links", "tags", "section label"])
# The site's name, then what it is or where it stands, never what it did: "Wirecrest is part
# of Gallimore Digital", "Soundcheck Daily is supported by its readers", "Mzansi Wire subscribes
# to the Press Code" (not "KQNB has lost three grants", "The Gazette has passed its findings to
# the regulator", a story's own news about the outlet).
_SITE_SUBJECT = re.compile(
    r"(?:The )?([A-Z0-9][\w'’&.-]*(?: [A-Z0-9&][\w'’&.-]*){0,4}) (?:"
    r"is (?:an? |the )?(?:member|part|service|division|unit|subsidiary|publication|product"
    r"|project|brand|trading name|signatory|verified signatory) of"
    r"|is (?:\w+ly )?(?:published|owned|operated|run|funded|supported|produced|regulated"
    r"|brought to you) by\b|is (?:an? )?(?:reader|listener|viewer|member)[- ](?:supported"
    r"|funded|powered)"
    r"|is (?:an? |the )?(?:registered charity|independent|not-for-profit|nonprofit|non-profit)"
    # (what kind of medium it is: "Pānui Aotearoa is a public media organisation.", "The
    # Current is a 501(c)(3) nonprofit newsroom.")
    r"|is (?:an? |the )?(?:[\w()'’-]+ ){0,3}(?:newsroom|news organi[sz]ation"
    r"|media organi[sz]ation|news (?:site|service|agency|website|outlet)|broadcaster)"
    r"|subscribes to|abides by|adheres to|accepts no responsibility"
    # (a press code it keeps: "NKRT follows the Norwegian press code of ethics.")
    r"|follows the [^.!?]{0,40}\bcode\b"
    r"|does not (?:endorse|recommend|accept|verify)|(?:may|might) earn"
    r"|is not (?:affiliated|associated|connected) with)\b"
)
_TAX_STATUS = re.compile(r"\b501\(c\)\(\d\)")
# A writer's note naming the site: "A Name covers city government for KQNB", "A Name has tested
# headphones for Wirecrest since 2019", "A Name is a senior researcher at Candour".
_WRITER_NOTE = re.compile(
    rf"{_NAME} (?:covers|has covered|writes (?:about|on|for|(?:an? )?(?:\w+ )?(?:column|blog"
    r"|newsletter))|has written (?:about|for)"
    r"|reports on|has reported on|tests|has tested|reviews|has reviewed|edits|presents"
    # ("is a senior writer", "is Fieldnote's health reporter")
    # (the outlet named, its group: "is the Millstone Post's transport reporter")
    r"|is (?:an? |(?P<outlet>(?:the )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}['’]s )|the )"
    r"(?:[\w'’-]+ ){0,4}"
    r"(?P<role>reporter|writer|editor"
    r"|correspondent|researcher|critic|columnist|producer|journalist|photographer|presenter"
    r"|reviewer|analyst))\b"
)
_NAME_AT_START = re.compile(_NAME)
_A_DATE = (
    rf"(?:(?:{_DAY_NAMES}),?\s+)?"
    rf"(?:(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+(?:{_MONTH_NAMES})\.?)"
    r"(?:,?\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?"
)
# (a separator between them too: "Kelsey M. · April 3, 2026 at 2:07 pm")
_NAME_THEN_DATE = re.compile(rf"((?-i:{_NAME}))\s*(?:[·•|]\s*)?\s{_A_DATE}", re.IGNORECASE)
_PLACE_OR_DESK_CELL = re.compile(r"(?:[A-Z][\w'’&.-]*)(?: (?:[A-Z][\w'’&.-]*|of|the|and|&)){0,3}")
# The same with a date in figures, a time after a separator or a time zone ("A Name · Tuesday,
# Sep 28, 2027 - 16:42 (GMT+7)", "A Name | 16.07.2027 | 09:55", "… 03:18 PM Cairo time"), as an
# event's listing gives its time too ("Totality Begins | April 8, 2027 - 2:14 PM Eastern time"):
# only with a separator after the name (not a schedule's "A Name March 3 - 10:00 CET"), and for
# a name no word of which looks like a plural, a verb's or a role's.
_NAME_THEN_STAMP = re.compile(
    rf"((?-i:{_NAME}))\s+[·•|]\s+(?:(?:{_DAY_NAMES}),?\s+)?"
    rf"(?:(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+(?:{_MONTH_NAMES})\.?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"(?:,?\s+\d{4})?(?:(?:,?\s+(?:at\s+)?|\s+[-–—·•|]\s+)\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\((?-i:GMT|UTC)[+-−]?\d{0,2}(?::?\d{2})?\)|\s+(?-i:[A-Z]{2,5}|[A-Z][a-z]+ time))?)?",
    re.IGNORECASE,
)
_CALENDAR_WORDS = frozenset(
    f"day days week night eve weekend holiday deadline {_DAYS} {_MONTHS}".split()
)
_FOR_THE_SITE = re.compile(
    r"\b(?:for|at) (?:the )?([A-Z0-9][\w'’&.-]*(?: [A-Z0-9&][\w'’&.-]*){0,4})"
)
# (a writer's note says what they do: not "A Name worked at the Ledger for 22 years before she
# was laid off", the story of a reporter)
# (but not the site's own second word on itself: "… is run by fans and is not affiliated with
# the club")
_AND_GOES_ON = re.compile(
    r"\band (?:was|were|is(?! not (?:affiliated|associated|connected) with)|has|had|will|would"
    r"|won|lost|raised|now)\b"
)
_STORY_GOES_ON = re.compile(r"\b(?:until|while|since|despite|following|amid|unless)\b")
_NOT_A_NOTE = re.compile(r"\b(?:former|formerly|laid off|fired|sacked|dismissed|sued|resigned)\b")


def _name_key(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


# The furniture where a site gives its own name: its copyright, its address, its press office,
# its "See more from …" (not a line "about the publisher" as the line alone reads it: "The
# Guardian is owned by the Scott Trust" may be news of another medium).
_OWN_NAME_REASONS = frozenset(["copyright line", "contact line", "call to action"])
# (and a release's notes that open with it, "A Name press office", not notes that repeat the
# headline: "1. The funding boost for rural bus routes is part of …")
_OWN_NAME_OPENING_REASONS = frozenset(["press release notes"])
_SITE_LINE_WORDS = 8


def _name_over_its_menu(sentences: list[str], reasons: list[str], i: int) -> bool:
    """A page's first line (`i`), a short name without a verb, right over the site's menu (or a
    line under it), with the headline still to come: "The Ouvrey Valley Record" over "Home
    News Weather Sports …", "Orchard & Packhouse NZ" over "News  Pipfruit  Kiwifruit …"."""
    line = sentences[i].strip()
    if _words(line) > _SITE_NAME_OVER_MENU_WORDS or not line[:1].isupper():
        return False
    if line[-1:] in _TERMINAL or FINITE_VERB.search(line) or person_name(line) == line:
        return False
    n = len(sentences)
    menu = None
    for j in range(i + 1, min(n, i + _NAME_TO_MENU_LINES + 1)):
        if reasons[j] == "navigation or share strip" and not _SHARE_WORDS.search(sentences[j]):
            menu = j
            break
        # (between them a strap, then only the site's own short lines: "Watch Live", "78°",
        # "Weather Alert: …"; a line of the story ends the search)
        own = reasons[j] or _words(sentences[j]) <= 4 or _BANNER_LABEL.match(sentences[j].strip())
        if j - i > 2 and not own:
            break
    # (and the headline under the menu, a longer line of its own)
    return menu is not None and any(
        not reasons[k]
        and sentences[k].strip()[-1:] not in _TERMINAL
        and _words(sentences[k]) >= _HEADLINE_UNDER_MENU_WORDS
        for k in range(menu + 1, min(n, menu + _MENU_TO_HEADLINE + 1))
    )


_SITE_NAME_OVER_MENU_WORDS = 5
_NAME_TO_MENU_LINES = 5
_HEADLINE_UNDER_MENU_WORDS = 4
# (a release's labels and date may stand between: "Newsroom » Media Releases", "MEDIA RELEASE",
# "FOR IMMEDIATE RELEASE", "Tuesday 10th March, 2026")
_MENU_TO_HEADLINE = 7


def _named_by_its_own_furniture(sentences: list[str], reasons: list[str], i: int) -> bool:
    """A short name without a verb ("Ministry of Transport and Infrastructure", "Orran Islands
    Electoral Commission") that the page's own furniture gives again, lower down ("© Orran
    Islands Electoral Commission 2026"): the site's name over its page."""
    line = sentences[i].strip()
    if _words(line) > _SITE_LINE_WORDS or FINITE_VERB.search(line) or not line[:1].isupper():
        return False
    if person_name(line) == line:
        return False  # a profile's name over its page, though its copyright is hers
    key = _name_key(line.removeprefix("The "))
    return len(key) >= 6 and any(
        (reasons[j] in _OWN_NAME_REASONS and key in _name_key(sentences[j]))
        or (
            reasons[j] in _OWN_NAME_OPENING_REASONS
            and _name_key(sentences[j].strip().removeprefix("The ")).startswith(key)
        )
        for j in range(i + 1, len(sentences))
    )


def _site_names(sentences: list[str], reasons: list[str], first: int) -> set[str]:
    """The keys (`_name_key`) of the names the page's own furniture gives the site."""
    names = set()
    for i, text in enumerate(sentences):
        if not reasons[i]:
            continue
        stripped = text.strip()
        # (a copyright line's holder, not a picture's: "Photo: © Harlow Rovers")
        if reasons[i] == "copyright line":
            for m in _COPYRIGHT_HOLDER.finditer(stripped):
                holder, shorter = m.group(1).strip(), ""
                while shorter != holder:
                    shorter, holder = holder, _LEGAL_SUFFIX.sub("", holder)
                names.add(_name_key(holder.removeprefix("The ")))
        # (a short line above the headline, when the page's furniture names it again: the
        # site's "WIRECREST" over "★★★★½  Wirecrest score: 9/10", not a topic tag, "Chelsea")
        # (a site's name set as one: in capitals, "WIRECREST", or a medium's title, "The
        # Harwich Ledger"; not a topic's label, "Chelsea", "BBC")
        head = i < min(first, _MASTHEAD_LINES) and _words(stripped) <= _SITE_NAME_WORDS
        styled = reasons[i] == "masthead" or _SITE_NAME.fullmatch(stripped)
        styled = styled or (stripped.isupper() and sum(c.isalpha() for c in stripped) >= 4)
        if head and styled:
            key = _name_key(stripped.removeprefix("The ").removeprefix("THE "))
            # (named again by the site's own lines, not by a tag list: "Tags: Ofcom, …")
            again = any(
                reasons[j] not in _TOPIC_REASONS and j != i and key in _name_key(sentences[j])
                for j in range(len(sentences))
            )
            if key and again:
                names.add(key)
        if "@" in stripped:
            names.update(
                m.group(1).replace("-", "") for m in _MAIL_DOMAIN.finditer(stripped.lower())
            )
    names.discard("")
    return names


# A comment policy's lines beside the page's furniture: "Comments containing hate speech will
# be removed.", "The Herald reserves the right to remove comments without notice." (not news
# about moderation: "Under the code, comments deemed abusive may be deleted …")
_COMMENT_POLICY = re.compile(
    r"(?:[\w, -]{0,50} )?(?:comments?|posts)(?: (?:that|which) are| containing)?[^.!?0-9'’]{0,70}"
    r" (?:will|may) (?:be (?:removed|deleted|rejected|edited)|not be (?:published|posted"
    r"|approved|accepted))(?: without (?:notice|warning))?\.?"
    # (and comments off for a while: "Dear visitor, the comments section is undergoing an
    # overhaul and will return soon.")
    r"|(?:dear (?:visitor|reader|readers|user)s?, )?(?:the |our )?comments? section (?:is|are)"
    r" (?:undergoing|being|temporarily|currently)\b[^.!?0-9]{0,80}\.?"
    # ("Comments are reviewed by an editor before they are posted.")
    r"|(?:all )?comments? (?:are|is) (?:\w+ly )?(?:reviewed|moderated|read|checked|approved)"
    r"(?: by [^.!?0-9]{1,40}?)? before (?:they (?:are|appear)|being|publication|posting)"
    r"[^.!?0-9]{0,30}\.?"
    r"|[^.!?0-9]{1,60} reserves the right (?:not )?to (?:remove|edit|reject|delete|refuse"
    r"|publish|moderate)\b[^.!?0-9]{0,40}\bcomments?\b[^.!?0-9,]{0,60}\.?"
    # ("We moderate every comment before it appears.", "Repeat offenders will be blocked.")
    r"|we (?:moderate|review|read|check) (?:every|all|each) (?:comment|post|reply)s?\b"
    r"[^.!?0-9]{0,40}\.?|repeat offenders will be (?:blocked|banned)\.?",
    re.IGNORECASE,
)
# The rules as they stand, under the thread's heading only (a story about a platform says
# them too): "Our comment section is for debate about the story, not about each other.",
# "Posts that are abusive or off-topic are removed, and repeat offenders are blocked."
_COMMENT_RULES_UNDER_THE_HEADING = re.compile(
    r"(?:the |our )?comments? section (?:is|are) for\b[^.!?0-9]{0,80}\.?"
    r"|(?:comments?|posts)(?: (?:that|which) are| containing)?[^.!?0-9'’]{0,70} are (?:removed"
    r"|deleted|rejected)(?:,? and repeat offenders (?:are|will be) (?:blocked|banned))?\.?",
    re.IGNORECASE,
)
_COMMENTS_HEADING = re.compile(r"(?:reader )?comments?(?: \(\d{1,5}\))?:?", re.IGNORECASE)
_NOT_A_POLICY = re.compile(
    r"\b(?:under|code|law|court|judge|old|new|policy|moderators|automatically|request|board)\b",
    re.IGNORECASE,
)


def _mark_comment_policy(sentences: list[str], reasons: list[str]) -> None:
    n = len(sentences)
    for i in range(n):
        text = sentences[i].strip()
        worded = "omment" in text or " posts " in text or "offenders" in text
        if reasons[i] or not worded:
            continue
        if _COMMENT_RULES_UNDER_THE_HEADING.fullmatch(text) and i > 0:
            heading = _COMMENTS_HEADING.fullmatch(sentences[i - 1].strip())
            if heading or reasons[i - 1] == "comment rules":
                reasons[i] = "comment rules"
            continue
        if not _COMMENT_POLICY.fullmatch(text):
            continue
        if _NOT_A_POLICY.search(text) or _REPORTING.search(text):
            continue
        if (i > 0 and reasons[i - 1]) or (i + 1 < n and reasons[i + 1]):
            reasons[i] = "comment rules"


_NAMES_JOINED = re.compile(r",\s+|\s+(?:and|&)\s+")


def _names_alone(line: str) -> bool:
    """Two to four people's names and nothing else: "A Name and A Name", "A Name, A Name & A
    Name" (each two words or more, as a byline gives them)."""
    parts = _NAMES_JOINED.split(line)
    return 2 <= len(parts) <= 4 and all(
        len(part.split()) >= 2 and person_name(part) == part for part in parts
    )


def _mark_about_the_site(
    words: "_PageWords", reasons: list[str], first: int, paragraphs: list[int]
) -> None:
    """Lines of the page's second half, next to furniture, that speak of the site by
    the name its own furniture gives it: "Wirecrest is part of Gallimore Digital." is the
    publisher's; "A Name covers city government for KQNB." the writer's note."""
    sentences = words.sentences
    n = len(sentences)
    names = None
    for i in range(n):
        if reasons[i] or _words(sentences[i]) > 30:
            continue
        text = sentences[i].strip()
        if _the_writers_own_note(words, reasons, i, text):
            reasons[i] = "author note"
            # (and what the note goes on to say of her: "She joined the paper in 2019 …")
            j = i + 1 if not _A_RELATIVE.search(text) else n
            while (
                j < n
                and paragraphs[j] == paragraphs[i]
                and _GOES_ON_OF_HER.match(sentences[j])
                and not _SAID_OF_HER.search(sentences[j])
            ):
                reasons[j] = "author note"
                j += 1
            continue
        if i < n // 2:
            continue  # (the site speaks of itself at the foot of the page)
        if not ((i > 0 and reasons[i - 1]) or (i + 1 < n and reasons[i + 1])):
            continue
        if names is None:
            names = _site_names(sentences, reasons, first)
        if _REPORTING.search(text) or _GOES_ON.search(text) or _AND_GOES_ON.search(text):
            continue  # (", which was fined £3m", "… and will step down in June": news)
        m = _SITE_SUBJECT.match(text)
        # (nor "… is owned by the Marsh family trust until the sale closes", nor a figure: "…
        # has a circulation of 6,200", "a campaign that raised £120,000")
        # (a station's frequency is its name: "Surfside 101.7 is part of …")
        # (a charity's tax status is no figure: "a 501(c)(3) nonprofit")
        rest = _TAX_STATUS.sub("", text[m.end(1) if m else 0 :])
        news = _STORY_GOES_ON.search(text) or any(c.isdigit() for c in rest)
        m = m if m and not news else None
        if m and _name_key(m.group(1).removeprefix("The ")) in names:
            reasons[i] = "about the publisher"
            continue
        note = _WRITER_NOTE.match(text)
        person = person_name(_NAME_AT_START.match(text).group(0)) if note else ""
        if note and len(person.split()) < 2:
            note = None  # "Staff at Harwich Ledger …": no person
        if note and not _NOT_A_NOTE.search(text):
            sites = [_name_key(m.group(1)) for m in _FOR_THE_SITE.finditer(text, note.end())]
            # (an outlet's newsroom role: "is the Post's transport reporter", not "is Moody's
            # senior analyst", a source's)
            outlet = note.group("outlet") and note.group("role") in _JOURNALIST_WORDS
            # The site by the name its furniture gives it (or the end of it: "the
            # Sentinel-Gazette" of "The Quellridge Sentinel-Gazette"); or the page's own
            # writer, whom its furniture names ("By A Name") and the story never does (a story
            # about a reporter names her in it; "A Name is a senior analyst at Moody's" is a
            # source's note); or a writer of an outlet ("A Name is the Post's transport
            # reporter") whom no line of the story names.
            surname = person.split()[-1]
            if (
                any(name.endswith(site) for site in sites if len(site) >= 6 for name in names)
                or _the_pages_writer(words, reasons, i, surname)
                or (outlet and not _named_in_the_story(words, reasons, i, surname))
            ):
                reasons[i] = "author note"


# The site's word that a funder has no say, the whole line: "The Bulletin keeps full editorial
# control." (furniture only beside its funding note: "Kestrel Media retains editorial control."
# after a story of a sale is news)
_EDITORIAL_CONTROL = re.compile(
    r"(?:the |our )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3} (?:keeps|retains|has"
    r"|maintains) (?:full |complete |sole |total )?editorial (?:control|independence)(?: (?:over"
    r"|of) (?:its|our|all|the) (?:coverage|journalism|content|reporting|work))?\.?",
    re.IGNORECASE,
)
# Its word that the funder keeps its hands off the stories, the whole line: "The trust does
# not see our stories before they are published and has no say in what we cover.", "The
# foundation has no role in choosing topics …" (furniture, as above, only beside the note).
_FUNDER_HANDS_OFF = re.compile(
    r"(?:the |our |this )?(?:[\w'’-]+ ){0,3}(?:trust|foundation|fund|funders?|sponsors?|grant"
    r"|partners?|donors?|charity|company|bank|council|institute)\b[^.!?]{0,30}? (?:does not"
    r"|doesn't|did not|has no|had no|have no|do not|don't|plays? no|never)\b[^.!?]{0,120}"
    r"\b(?:stories|story|coverage|reporting|journalism|articles?|editorial|topics|content"
    r"|what we (?:cover|publish|report|write))\b[^.!?]{0,80}\.?"
    # (or the newsroom's word that it is its own: "Our journalists work independently of them.")
    r"|(?:our|the|its) (?:journalists|reporters|newsroom|editors|editorial team) (?:work|works"
    r"|remain|remains|are|is) (?:editorially )?independent(?:ly)? (?:of|from) (?:them|it"
    r"|(?:our|its|their) (?:funders|sponsors|donors|partners))\.?",
    re.IGNORECASE,
)
_FUNDING_REASONS = frozenset(["site's own funding", "funding note"])
_FUNDED_BY_NAME_LINE = re.compile(_FUNDED_BY_NAME, re.IGNORECASE)
_OURS = re.compile(
    r"\b(?:our|we|us)\b|^this (?:story|article|report|series|coverage|project|reporting) (?:is"
    r"|was) (?:funded|supported|made possible)\b",
    re.IGNORECASE,
)


# The page's own name as the one reporting, not the one reported on: "told Gearwick", "sent
# KenteFact a report", "Gearwick asked", "seen by the Ledger".
_AS_THE_REPORTER = (
    r"(?:told|to|sent|asked|by|contacted|with|for)\s+(?:the\s+)?{name}\b"
    r"|{name}\s+(?:asked|contacted|understands|has learned|has seen|requested|obtained)\b"
    # (or greeting its own readers: "Hello again, Radar readers.")
    r"|(?:hello|hi|dear|welcome)(?: again| back)?,?\s+{name}\s+(?:readers|subscribers)\b"
)


def _only_as_the_reporter(words: "_PageWords", reasons: list[str], i: int, body: list[str]) -> bool:
    """Does the story name the page's own body only as the one asking, told or sent things
    ("A spokesperson told Gearwick …"), never as the news ("The Ledger will lose its grant")?"""
    name = re.escape(body[-1])
    reporter = re.compile(_AS_THE_REPORTER.format(name=name), re.IGNORECASE)
    sentences = words.sentences
    lines = [j for j in words.naming(i, body[-1], re.IGNORECASE) if not reasons[j]]
    return all(
        len(re.findall(rf"\b{name}\b", sentences[j], re.IGNORECASE))
        == len(reporter.findall(sentences[j]))
        for j in lines
    )


def _the_pages_own_name(sentences: list[str], reasons: list[str], name: str, line: int) -> bool:
    """Is `name` the page's own: its masthead among its first three lines, or in its copyright
    line (a topic's label over the page, "Guardian" over a story about the Guardian, is not)?"""
    lowered = name.lower()
    return any(
        k != line
        # (in capitals too: "LATITUDE NORTH" over the page)
        and lowered in sentences[k].lower()
        and ((k < 3 and reasons[k] == "masthead") or reasons[k] == "copyright line")
        for k in range(len(sentences))
    )


_FUNDERS_LOOKED_UP = 20


def _funders_in_the_story(words: "_PageWords", reasons: list[str]) -> None:
    """A body's line about its own money is the site's only at the page's foot, among its
    furniture, and when the story never names that body: "KWNR is listener-supported." in a
    story about stations losing grants is news, as is "The Guardian is reader-funded." under a
    story about the Guardian (two outside reviews). The line that the funder has no say, beside
    a funding note kept, is the note's."""
    sentences = words.sentences
    n = len(reasons)

    def funded_beside(j: int) -> bool:
        return any(0 <= k < n and reasons[k] in _FUNDING_REASONS for k in (j - 1, j + 1))

    # (marked first, so that the note's own words are no story naming the site; unmarked
    # again below if no note beside them is the site's)
    # (the hands-off line in the site's own voice, or beside its own note: "The trust does not
    # see our stories …" by "Our reporting … is supported by …"; not a story's word of another
    # outlet's funder, "… has no say in what the newsroom covers")
    def ours(j: int) -> bool:
        return any(
            0 <= k < n and (k == j or reasons[k] in _FUNDING_REASONS) and _OURS.search(sentences[k])
            for k in (j - 1, j, j + 1)
        )

    control = [
        j
        for j in range(n)
        if not reasons[j]
        and funded_beside(j)
        and (
            ("editorial" in sentences[j] and _EDITORIAL_CONTROL.fullmatch(sentences[j].strip()))
            or (
                _FUNDER_HANDS_OFF.fullmatch(sentences[j].strip())
                and ours(j)
                and not _REPORTS_WORDS.search(sentences[j])
            )
        )
    ]
    for j in control:
        reasons[j] = "editorial note"
    bodies: dict[str, tuple[bool, bool, bool]] = {}  # body -> (own, named, only as reporter)
    for i, reason in enumerate(reasons):
        if reason != "site's own funding":
            continue
        body = sentences[i].strip().removeprefix("The ").split(" is ", 1)[0].split()
        beside = [reasons[j] for j in (i - 1, i + 1) if 0 <= j < n]
        at_the_foot = i >= n // 2 and any(beside)
        # (or beside the ask it makes, wherever a newsletter post puts the pair: "X is a
        # reader-supported publication. To receive new posts …, consider becoming …")
        asking = "subscription prompt" in beside
        # (or the page's own name, wherever it says so: the masthead over the page, or the
        # holder of its copyright, "Gearwick" over "Gearwick is reader-supported." and "©
        # 2026 Gearwick Media Ltd." under it, when its story names it only as the one asking
        # or told: a story about the outlet's own money is news)
        if not body:
            reasons[i] = ""
            continue
        # (each a read of the whole page: once a body, and for a bounded number of bodies, a
        # hostile page naming a new one on every line kept as the story's)
        key = " ".join(body)
        if key not in bodies:
            if len(bodies) < _FUNDERS_LOOKED_UP:
                own = _the_pages_own_name(sentences, reasons, key, i)
                # (by its whole name: "Latitude North" is not named by "north of Andenes")
                named = any(not reasons[j] for j in words.naming(i, key, re.IGNORECASE))
                reporter = own and named and _only_as_the_reporter(words, reasons, i, body)
                bodies[key] = (own, named, reporter)
            else:
                bodies[key] = (False, True, False)
        own, named, reporter = bodies[key]
        by_name = _FUNDED_BY_NAME_LINE.search(sentences[i].strip()) is not None
        if not (at_the_foot or asking or own) or (named and not reporter) or (by_name and not own):
            reasons[i] = ""
    for j in control:
        if not funded_beside(j):
            reasons[j] = ""


_RANKED = re.compile(r"(\d{1,2})\s+(?=[A-Z‘“'\"])")
_DIGIT_GROUP = re.compile(r"\d+")


def _ranked_headlines(sentences: list[str], reasons: list[str]) -> None:
    """A most-read list's numbered headlines right under its heading ("Most viewed this
    hour", "01 Cherry blossoms forecast to open early", "02 Rail fares to rise in April"): the
    run of consecutive numbers only, so the story's own headline after it stays; not a story's
    numbered demands or steps (no list heading above them), nor a table's ranked rows, which
    hold more figures ("1 Hollins Vale 15 11 2 2 +19 35"): outside reviews."""

    def rank(i: int) -> int | None:
        stripped = sentences[i].strip()
        m = _RANKED.match(stripped)
        if reasons[i] or m is None or stripped[-1:] in ".!?" or _words(stripped) < 4:
            return None
        return int(m.group(1)) if len(_DIGIT_GROUP.findall(stripped[m.end() :])) <= 1 else None

    ranks = [rank(i) for i in range(len(sentences))]
    for i in range(1, len(sentences)):
        if reasons[i - 1] != "related links" or ranks[i] is None:
            continue
        j = i
        while j + 1 < len(sentences) and ranks[j + 1] == ranks[j] + 1:
            j += 1
        if j > i:
            for k in range(i, j + 1):
                reasons[k] = "related links"


# What a note says of its writer, the name opening it: "A Name is a former lifeguard and chairs
# the Friends of …", "A Name has reported from courts across Yorkshire since 2015" (never what
# the writer said: a story quoting her names her in a line of its own).
_WRITER_OPENS = re.compile(
    rf"({_NAME}) (?:is (?:an?|the|our|(?-i:[A-Z])[\w'’&. -]{{0,40}}['’]s)"
    # (or a role without its article: "is senior editor at …", "is a junior studying …")
    r"|is (?:[\w-]+ ){0,2}(?:editor|reporter|writer|correspondent|columnist|producer|journalist"
    r"|photographer|presenter|critic|student|teacher|lecturer|professor|researcher|fellow)"
    # (and where they were before: "joined the Gazette in 2019", "was a reporter at the Ledger",
    # "spent a decade at the BBC")
    r"|joined (?:the )?(?-i:[A-Z])\w*|was (?:an?|the) (?:[\w-]+ ){0,2}(?:editor|reporter|writer"
    r"|correspondent|columnist|producer|journalist|photographer|presenter)"
    r"|spent (?:a|two|three|four|five|six|\w+) (?:decades?|years) (?:at|with|as)"
    r"|has (?:covered|reported"
    r"|written|worked|lived|taught|spent|been|edited)|covers|writes|reports|lives|chairs"
    r"|teaches|works|worked|leads|runs|founded|co-founded|studied|holds|grew up)\b"
)


_GOES_ON_OF_HER = re.compile(
    r"(?:She|He|They) (?:is|was|has|had|joined|lives|grew|spent|began|started|worked|previously"
    r"|covered|reported|studied|holds)\b"
    # (or her work: "Her reporting on the pilchard collapse won …", "His latest book is …")
    r"|(?:Her|His|Their) (?:[\w-]+ )?(?:reporting|work|writing|book|books|stories|columns?"
    r"|photographs|podcast)\b"
)
_BYLINE_HEAD_LINES = 15  # the lines of a page's head, where its byline stands
# A byline's openings: "By A Name", "Words by A Name · Photographs by B Name", "Text: A Name".
_BYLINE_OPENINGS = (
    "By ",
    "BY ",
    "by ",
    "By: ",
    "BY: ",
    "Words by ",
    "Text by ",
    "Words: ",
    "Text: ",
    "Written by ",
)
_SAID_OF_HER = re.compile(r"\b(?:said|says|told|tells|according to|added|confirmed)\b")
# A note naming a relative speaks of someone else too: "She" after it may be the mother.
_A_RELATIVE = re.compile(
    r"\b(?:mother|father|son|daughter|wife|husband|grandson|granddaughter|grandmother"
    r"|grandfather|brother|sister|children|niece|nephew|aunt|uncle|parents)\b",
    re.IGNORECASE,
)


def _the_writers_own_note(words: "_PageWords", reasons: list[str], i: int, text: str) -> bool:
    """Does the line open with the page's writer's full name, given by its byline, when no line
    of the story names them? Then it is the writer's note, wherever it stands: an opinion
    piece's sits under the byline, a report's at the foot (the site's name over its headline is
    no byline: "Mbio Sports is a product of …" is the publisher's, a rule of its own)."""
    sentences = words.sentences
    m = _WRITER_OPENS.match(text)
    person = person_name(m.group(1)) if m else ""
    if len(person.split()) < 2 or _SAID_OF_HER.search(text):
        return False  # (nor what was said of the writer: "… was detained, his editor said")
    # (its byline: "By A Name  |  Senior reporter" reads as a strip to the rules, and that is
    # furniture too; or the name alone on a line under the headline, or with its role, "A Name,
    # Dairy Editor", where a masthead never is; never a picture's credit, "Photo: A Name")
    # (the note under its byline, never over it: "A Name reports from the bridge." over the
    # video and "By: A Name" is the video's caption)
    # (a byline with its role glued on names the writer without a word's edge: "A NameCity Hall
    # Reporter")
    glued = {
        j
        for j in range(min(i, _BYLINE_HEAD_LINES))
        if sentences[j].startswith(person) and sentences[j][len(person) : len(person) + 1].isupper()
    }
    # (a line before it that is no furniture: the headline over the name alone)
    story_from = next((k for k, reason in enumerate(reasons) if not reason), len(reasons))

    def byline(j: int) -> bool:
        return bool(
            (reasons[j] and j < i and sentences[j].startswith(_BYLINE_OPENINGS))
            or (
                (
                    sentences[j].strip() == person
                    or (sentences[j].startswith(person + ",") and _words(sentences[j]) <= 6)
                    or (j in glued and _words(sentences[j]) <= 6)
                )
                and story_from < j
                # (marked already, or the name alone near the head over a line of furniture,
                # its date: "A Name" / "Published: 25 November 2026", which the later passes
                # mark as a byline; not "Ruth Adeyemi" over "Ruth Adeyemi runs a bakery …", a
                # profile's)
                and (
                    reasons[j]
                    or (
                        j < i
                        and j <= _BYLINE_HEAD_LINES
                        and j + 1 < len(reasons)
                        and reasons[j + 1]
                    )
                )
            )
        )

    # Every line of the story naming her is one of her bylines (so none past the head, where a
    # byline that is no furniture yet may stand), and she has one.
    named = words.naming(i, person.split()[-1])
    if any(not reasons[j] and (j > _BYLINE_HEAD_LINES or not byline(j)) for j in named):
        return False
    return any(byline(j) for j in sorted(set(words.naming(i, person)) | glued))


_A_WORD = re.compile(r"[\w-]+")


class _PageWords:
    """The page's lines by the words they hold, read once: the checks above ask which lines name
    a person or a body for each line that might be a note, and reading every line again for
    each of them grew as the square of a page of such lines."""

    def __init__(self, sentences: list[str]) -> None:
        self.sentences = sentences
        self._lines: dict[str, list[int]] | None = None
        self._found: dict[tuple[str, int], list[int]] = {}

    def _index(self) -> dict[str, list[int]]:
        if self._lines is None:
            self._lines = {}
            for j, text in enumerate(self.sentences):
                for token in {folded(t) for t in _A_WORD.findall(text)}:
                    self._lines.setdefault(token, []).append(j)
        return self._lines

    def naming(self, i: int, word: str, flags=0) -> list[int]:
        """The lines other than `i` that hold `word` as a whole word."""
        key = (word, flags)
        if key not in self._found:
            found = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", flags)
            # (the lines holding each of its words, case aside, then the pattern's own reading
            # of those: the index only narrows)
            tokens = [folded(t) for t in _A_WORD.findall(word)]
            index = self._index()
            candidates = (
                min((index.get(t, []) for t in tokens), key=len)
                if tokens
                else range(len(self.sentences))
            )
            self._found[key] = [j for j in candidates if found.search(self.sentences[j])]
        return [j for j in self._found[key] if j != i]


def _named_in_the_story(words: "_PageWords", reasons: list[str], i: int, name: str) -> bool:
    """Does a line other than `i`, not furniture, name `name` (or its last word)?"""
    word = name.removeprefix("The ").split()[-1] if name.split() else name
    return any(not reasons[j] for j in words.naming(i, word, re.IGNORECASE))


def _the_pages_writer(words: "_PageWords", reasons: list[str], i: int, surname: str) -> bool:
    """Does the page's byline name `surname`, and no line of the story (a link's headline
    naming a source is no byline: "Related: A Name on why office loans are next")?"""
    named = words.naming(i, surname)
    sentences = words.sentences
    # (a byline, or the writer's name alone on a line of furniture: "Dale Yelland")
    bylines = [
        j for j in named if reasons[j] == "byline" or (reasons[j] and _words(sentences[j]) <= 4)
    ]
    return bool(bylines) and all(reasons[j] for j in named)


# A fact box's line, a short label and its value ("Funder: Oatridge Trust", "Lead: Dr A Name"),
# under the box's heading ("Project at a glance", "CHOLERA IN KIPSONI: KEY FACTS").
_LABEL_AND_VALUE = re.compile(r"([A-Z][\w'’-]*(?: [\w'’()-]+){0,3}): \S.{0,100}")
_FACT_BOX_HEAD = re.compile(
    r"\b(?:at a glance|key facts|fast facts|fact ?file|key numbers|in numbers|by the numbers"
    r"|facts and figures|scorecard|box score|match facts|match details"
    r"|(?:the|full list of|award|prize) winners)\b",
    re.IGNORECASE,
)


# Labels of the page's own lines, never a box's facts: "Share: Facebook", "Email: …".
_A_DIGIT = re.compile(r"\d")
# What a match is won by ("won by 58 runs"); a race's result adds seconds and lengths.
_MARGIN_UNITS = "runs?|wickets?|points?|goals?|strokes?"
_WON_BY = re.compile(rf"\bwon by \d+ (?:{_MARGIN_UNITS})\b")
_HEADING_CHARS = 80  # a box's heading is a short line
_YEAR_AT_END = re.compile(r"\b(?:19|20)\d\d$")
_FURNITURE_LABELS = frozenset(
    [
        *"""share follow email e-mail phone tel telephone newsletter newsletters podcast source
    sources related tags topics contact web website subscribe listen watch download photo
    photos credit image images video read more report opinion review interview exclusive
    recommended analysis explainer gallery pictures live sponsored advertisement comment
    feature features lottery lotto scam latest trending promoted sponsored""".split(),
        *["most read", "around the web", "from our partners", "more from", "you may like"],
    ]
)


def fact_box_lines(sentences: list[str], reasons: list[str], lines: range) -> set[int]:
    """The lines of `lines` that are a fact box's "Label: value" lines, under the box's heading
    and the box's other lines (a scorecard's innings lines, which the rules leave); never a
    furniture word's line ("Tags:", "Share:"), which ends the box."""
    boxed: set[int] = set()
    under_heading = False
    for i in lines:
        line = sentences[i].strip()
        if under_heading:
            m = _LABEL_AND_VALUE.fullmatch(line) or _CONTENTS_ITEM.fullmatch(line)
            label = m.group(1).lower() if m and m.re is _LABEL_AND_VALUE else ""
            # (a link's kicker is no fact's label: "Share:", "Review: …", "Bafta 2026: …")
            furniture = label in _HINT_TOKENS or label in _FURNITURE_LABELS
            if m and not furniture and not _YEAR_AT_END.search(label):
                boxed.add(i)
                continue
            # (a line of figures the rules left goes on with the box: "Velmora 412
            # (Wettasinghe 88 …) and 245-6 dec", "Cases recorded since March 26: 214"; not
            # "More cricket")
            data = _mostly_figures(line) or _LABELLED_FIGURE.fullmatch(line) or _WON_BY.search(line)
            if not m and not reasons[i] and data:
                boxed.add(i)
                continue
        short = len(line) <= _HEADING_CHARS
        under_heading = short and _words(line) <= 8 and bool(_FACT_BOX_HEAD.search(line))
        under_heading = under_heading or (short and bool(_TRACKS_HEAD.fullmatch(line)))
    return boxed


def _key(text: str) -> str:
    return _SPACE.sub(" ", text).strip(" .!?").casefold()


def _unpunctuated(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and text[-1] not in _TERMINAL + "”\"’'):;,"


def _is_reporting(text: str) -> bool:
    """A whole sentence of reporting: ends like a sentence and has a clause in it."""
    stripped = text.rstrip(" ”\"’')")
    return bool(stripped) and stripped[-1] in ".!?" and _words(text) >= 5


def _alone_among_furniture(
    reasons: list[str], alone: list[bool], paragraphs: list[int] | None
) -> list[bool]:
    """Alone on its line, or beside a strip's furniture only in its paragraph: a paste glues a
    button, a widget or a prompt to the strip it sat in ("Member already? Sign in"); not beside a
    credit, an ad's label or a date ("Stop the mine. Photograph: A Name/Agency", "Ask any
    farmer in Kilcoy. Advertisement": a slogan, a sentence of the story)."""
    if paragraphs is None:
        return alone
    others: dict[int, int] = {}  # (a paragraph's lines that are no strip's furniture)
    for p, reason in zip(paragraphs, reasons, strict=True):
        others[p] = others.get(p, 0) + (reason not in _STRIP_FURNITURE)
    return [
        line_alone or (not reason and others[p] == 1)
        for line_alone, reason, p in zip(alone, reasons, paragraphs, strict=True)
    ]


# The furniture a page's strips and buttons are made of (see `_alone_among_furniture`).
_STRIP_FURNITURE = frozenset(
    [
        "navigation or share strip",
        "sign-in prompt",
        "subscription prompt",
        "call to action",
        "share or follow line",
        "ticker or widget",
        "cookie or legal notice",
        "call for tips or letters",
        "masthead",
        "strap above the menu",
    ]
)


def _mark_above_the_menu(
    sentences: list[str], reasons: list[str], alone: list[bool], first: int
) -> None:
    """A line kept above the page's menu, its section label or its crumbs, with another line
    kept under them before the story (the headline): the site's strap, slogan, alert or offer
    ("Leeds news, owned by the people who read it", "BREAKING: …", "NEW AWAY KIT — OUT NOW").
    A page's headline comes under its menu, not over it, once the site's name or its first
    strips are above it; the share strip a headline has under it is no menu ("Share  Facebook
    X"). (An earlier pass that hid whatever the rules left above a headline was withdrawn: it
    hid headlines under every kind of strip; this one needs a menu of sections between.)"""
    kept = [i for i in range(min(first, len(sentences))) if not reasons[i]]
    for k, above in enumerate(kept[:-1]):
        if above >= _BYLINE_HEAD_LINES:
            break
        below = kept[k + 1]
        menu = _a_menu_among(sentences, reasons, range(above + 1, below))
        # (the section's label over the headline, under the menu; or two: "Fact Check" over
        # a verdict's "FALSE")
        step = k + 1
        while step - k <= 2 and step + 1 < len(kept):
            label = sentences[below].strip()
            if not (alone[below] and _words(label) <= 3 and _unpunctuated(label)):
                break
            step += 1
            below = kept[step]
        headline = _headline_under_the_menu(sentences[below], alone[below])
        # (the page's one menu: a list of contents under the headline is no menu over it)
        if not (menu and headline) or _a_menu_among(sentences, reasons, range(above)):
            continue
        # The lines kept above the menu: the site's name, its strap. (Under the site's own
        # lines, or more than one: a page may open with its headline, the menu under it.)
        lines = [i for i in kept if i <= above and alone[i]]
        lines = [i for i in lines if _words(sentences[i]) <= _HEADLINE_WORDS * 2]
        under = any(reasons[j] not in _NOT_A_NEIGHBOUR for j in range(above))
        if lines and (under or len(lines) >= 2):
            for i in lines:
                reasons[i] = "strap above the menu"


def _a_tables_title(line: str) -> bool:
    """A table's title with its unit, no claim of its own: not a chart's title that states one
    ("Council tax has risen faster than wages since 2015 (%)") nor a list's item or a row
    ("• Diesel: up ₱1.45 (per liter)")."""
    if line[:1] in _LED_ITEM_MARKS or _LABEL_AND_FIGURE.match(line):
        return False
    if _A_CHANGE_OUTSIDE.search(line.rsplit("(", 1)[0]):
        return False  # a row's change: "Kerosene up 8 cents (per litre)"
    return _TABLES_UNIT.fullmatch(line) is not None and not FINITE_VERB.search(line)


_A_CHANGE_OUTSIDE = re.compile(
    r"\b(?:up|down|rose|fell|rises|falls)\s+\S*\d|[$£€₹₱¢]\s?\d|\d\s?(?:%|cents?\b|p\b)",
    re.IGNORECASE,
)
_LABEL_AND_FIGURE = re.compile(r"[^:]{1,40}:\s*(?:up |down )?[^\w\s]?\s?\d")


# A strip's question to the reader after its symbol ("⚡ Is your power out?", "📷 Got a photo of
# the storm?"); a story's question has no symbol before it.
_SYMBOLS_QUESTION = re.compile(
    r"(?:is|are|do|does|did|have|has|got|need|want|can|could|were|was|seen|spotted)\b[^.!?]{0,50}?"
    r"\b(?:you|your)\b[^.!?]{0,40}\?|(?:got|have|seen|spotted) an? [^.!?]{1,40}\?",
    re.IGNORECASE,
)


# A table's title with its unit in brackets, no stop: "Q2 2027 trade at a glance (US$ million)",
# "PUMP PRICE CHANGES EFFECTIVE SEPT. 21 (per liter)", "Results by ward (%)".
_TABLES_UNIT = re.compile(
    r"[^.!?()]{3,80}(?:\.[^.!?()]{1,40})?\((?:in )?(?:(?:US|NZ|A|C|S|HK)?[$€£¥₹₱]\s?(?:m|bn|k"
    r"|million|billion|thousand|'000)?|(?:per|a|each) (?:litre|liter|kg|kilo|tonne|ton|gallon"
    r"|barrel|head|unit|capita)|%|per ?cent|percent|(?:million|billion|thousand|'000)s?"
    r"(?: of \w+)?"
    # (a currency by its letters with its scale, a time's or a measure's unit: "(₹ crore)", "(Sh
    # billion)", "(hours)", "(mm)")
    r"|(?:[₹$€£]|Sh|KSh|Rs\.?|RM|Tk|N|R|P)\s?(?:million|billion|crore|lakh|bn|m|cr)"
    r"|hours|hrs|minutes|mins|days|weeks|mm|cm|km|kg|tonnes|°C|MW|GWh)\)"
)


# A banner's label: "BREAKING: …", "Service alert: …", "JUST IN: …", "Travel alert: …".
_BANNER_LABEL = re.compile(
    r"(?:[^\w\s]\s*)?(?:(?i:BREAKING|JUST IN|DEVELOPING|ALERT|LATEST|LIVE(?: UPDATES| NOW)?"
    r"|(?:Breaking|Latest)(?: news)?|(?:Service|Travel|Weather|Traffic|Road|Transit|Water|Power"
    r"|Storm|Flood|Fire|Heat)"
    r" (?:alert|update|notice|advisory)):\s"
    # (a notice in capitals: "NOTICE: City Hall will close at noon on Friday …")
    r"|(?:PUBLIC )?NOTICE:\s|ANNOUNCEMENT:\s"
    # (a label in capitals set off by spaces or a bar: "BREAKING   Federal jury …", "LIVE | …")
    r"|(?:BREAKING|JUST IN|DEVELOPING|LIVE(?: UPDATES| NOW)?)(?:\s{2,}|\s+[|•–—-]\s+)(?=\S))"
)


_LIVE_LABEL = re.compile(r"(?:[^\w\s]\s*)?LIVE(?: UPDATES| NOW)?$")


def _mark_banner_under_the_menu(
    sentences: list[str], reasons: list[str], alone: list[bool], first: int
) -> None:
    """A banner between the site's menu and its crumbs or section label, with the headline
    still under them: "BREAKING: Parliament approves …" under "Home  News  Politics …" and over
    "News › Regions › Central". (Under a menu and over a byline, a "BREAKING: …" line is the
    story's own headline.)"""
    n = len(sentences)
    # (a banner may be a sentence, the page's first: "Service alert: Green bin collection is
    # running one day late this week.")
    for i in range(1, min(first + 1, _BYLINE_HEAD_LINES * 2, n - 2)):
        if reasons[i] or not alone[i]:
            continue
        banner = _BANNER_LABEL.match(sentences[i].strip())
        if not banner:
            continue
        # (or a live page's label in capitals, under the story's byline or date and over more
        # of the page's furniture, the headline above: a link to another page, "LIVE   Snow and
        # ice warning …: school closures" between "6:48 pm" and "Advertisement"; not "BREAKING:
        # A Name has resigned …, her office said." nor "JUST IN: 12,000 homes without power,
        # Western Power says", the story's lead)
        if (
            reasons[i - 1] in ("byline", "date line")
            and reasons[i + 1]
            and _unpunctuated(sentences[i])  # (a lead sentence under its label is the story's)
            and _LIVE_LABEL.match(banner.group(0).strip(" :|•–—-")) is not None
            and any(not reasons[j] for j in range(i - 1))
        ):
            reasons[i] = "ticker or widget"
            continue
        # (under the menu, or under crumbs under it: "England | Regions | Brackenholme")
        # (or under the weather widget beside it: "58° Clear")
        menu = reasons[i - 1] in (
            "navigation or share strip",
            "ticker or widget",
        ) and _a_menu_among(sentences, reasons, range(max(0, i - 3), i))
        # (or under nothing but the page's furniture, a phone's folded menu and its prompts,
        # and over the crumbs: "☰ THE ENQUIRER 🔍", "Subscribe | Open in app", "STORM ALERT:
        # …", "News › Weather"; a headline with its label under a masthead and a date has its
        # standfirst under it, no crumbs)
        folded = i >= 2 and all(reasons[j] for j in range(i))
        folded = folded and i + 1 < n and reasons[i + 1] == "navigation or share strip"
        if not (menu or folded):
            continue
        # (the headline under it, right under it or under crumbs or up to two section labels
        # not yet taken: "Latest: …" over "Oyo Assembly passes N712bn budget …", "BREAKING:
        # …" over "NSW News" and "EXCLUSIVE")
        later, labels = i + 1, 0
        while later < n - 1 and labels <= 2 and later - i <= _BANNER_TO_HEADLINE:
            # (or the page's other furniture, a release's label and date: "MEDIA RELEASE",
            # "FOR IMMEDIATE RELEASE", "Tuesday 10th March, 2026")
            crumbs = bool(reasons[later])
            label = not reasons[later] and alone[later] and _words(sentences[later]) <= 3
            if not (crumbs or (label and _unpunctuated(sentences[later]) and labels < 2)):
                break
            later, labels = later + 1, labels + (not crumbs)
        if not reasons[later] and _headline_under_the_menu(sentences[later], alone[later]):
            reasons[i] = "ticker or widget"


_BANNER_TO_HEADLINE = 6


def _headline_under_the_menu(line: str, alone: bool) -> bool:
    line = line.strip()
    headline = alone and _unpunctuated(line) and _words(line) >= _MENU_CELLS + 1
    return headline and line[:1].isalnum() and not _DATE_FIRST.match(line)


def _a_menu_among(sentences: list[str], reasons: list[str], lines: range) -> bool:
    """Is the page's menu among these lines: a menu strip of sections on one line, or a menu
    pasted a section to a line?"""
    return any(
        reasons[j] == "navigation or share strip" and _a_menu(sentences[j]) for j in lines
    ) or _run_of_menu_lines(sentences, reasons, lines)


def _run_of_menu_lines(sentences: list[str], reasons: list[str], lines: range) -> bool:
    """A menu pasted a section to a line (see `_mark_menu_down_the_page`) among these lines."""
    run = 0
    for j in lines:
        item = reasons[j] == "navigation or share strip" and _words(sentences[j]) <= 3
        run = run + 1 if item else 0
        if run >= _MENU_CELLS:
            return True
    return False


_HEAD_LINES = 12  # the page's head: its name, strap, menus and headline come first
_MENU_CELLS = 4  # a menu's sections: "News  Analysis  Data  Events", "Home | World | Sport | …"
_CELL = re.compile(r"\s{2,}|\s*[|·•›»]\s*")
_DATE_FIRST = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d)", re.IGNORECASE)


def _mark_menu_down_the_page(
    sentences: list[str], reasons: list[str], alone: list[bool], first: int
) -> None:
    """A menu pasted a section to a line at the head of the page: four or more lines in a row,
    each alone, of one to three capitalised words without figures or punctuation ("Home",
    "Politics", "Living in Germany", "Jobs"), above the story's first sentence."""
    run: list[int] = []
    for i in range(min(first, _HEAD_LINES * 2, len(sentences)) + 1):
        line = sentences[i].strip() if i < min(first, len(sentences)) else ""
        item = (
            line
            and alone[i]
            and _words(line) <= 3
            and line[:1].isupper()
            and _unpunctuated(line)
            and not any(c.isdigit() for c in line)
        )
        if item:
            run.append(i)
            continue
        if len(run) >= _MENU_CELLS:
            for j in run:
                reasons[j] = reasons[j] or "navigation or share strip"
        run = []


def _a_menu(line: str) -> bool:
    """A site's menu of sections: four cells or more, no figures, no byline, no share buttons
    (not "By A Name · 12 March 2026 · 4 min read", "Share  Facebook  X  Email")."""
    line = line.strip()
    cells = [cell for cell in _CELL.split(line) if cell]
    # (or its sections a word each with no separators: "News Weather Traffic Sports Community")
    return (len(cells) >= _MENU_CELLS or (len(cells) == 1 and _is_section_list(line))) and (
        not any(c.isdigit() for c in line)
        and not line.lower().startswith("by ")
        and not _SHARE_WORDS.search(line)
    )


def mark(
    sentences: list[str],
    *,
    paragraphs: list[int] | None = None,
    title: str = "",
    fitted: tuple[str, ...] = ("shape", "wording"),
) -> list[str]:
    """A boilerplate reason (or "") for each sentence of an article, in order.

    `paragraphs`: each sentence's block number (from the segmenter); a sentence alone in its
    block stands on its own line, which is where furniture lives. Without it every sentence
    counts as its own line. `fitted`: the fitted passes to run after the rules, in order (the
    trainers fit each on what the rules and the passes before it leave).
    """
    n = len(sentences)
    reasons = [classify(text) for text in sentences]
    _keep_table_rows(sentences, reasons)
    _keep_fact_strips(sentences, reasons)
    # One place's weather is the page's widget; two or more in a row are the story's forecast
    # ("Orrel 1°C Snow", "Kestwick -2°C Snow": an outside review).
    weather = [reason == "place's weather" for reason in reasons]
    for i in [i for i, line in enumerate(weather) if line]:
        in_a_run = (i > 0 and weather[i - 1]) or (i + 1 < n and weather[i + 1])
        reasons[i] = "" if in_a_run else "ticker or widget"
    if any(":" in text for text in sentences):
        # A podcast transcript's "A Name  00:41" over each turn (attribution gives the turn
        # its speaker): furniture.
        for i in timed_speakers(sentences):
            reasons[i] = reasons[i] or "transcript label"
    if paragraphs is None:
        alone = [True] * n
    else:
        counts: dict[int, int] = {}
        for p in paragraphs:
            counts[p] = counts.get(p, 0) + 1
        alone = [counts[p] == 1 for p in paragraphs]

    def loose(i: int, most_words: int) -> bool:
        """Alone on its line, without closing punctuation, and at most `most_words` long."""
        text = sentences[i]
        return alone[i] and _unpunctuated(text) and _words(text.strip()) <= most_words

    def listed(i: int, popular: bool = False) -> bool:
        """A headline in a list of them: loose, or a question ("Why are prices rising
        again?"); a ranked one under a "Most read" label may run longer ("1. Driver, 23, jailed
        for 14 months after …")."""
        longer = popular and _RANK.match(sentences[i].strip()) is not None
        if loose(i, _HEADLINE_WORDS + 4 * longer):
            return True
        text = sentences[i].strip()
        return alone[i] and text.endswith("?") and _words(text) <= _HEADLINE_WORDS

    def cited(i: int) -> bool:
        """A citation on its own line: a source's parts set off by commas, a year or a page,
        and no clause ("Council tax will rise by 4.99%, officials said." is the story's)."""
        text = sentences[i]
        return (
            alone[i]
            and "," in text
            and _words(text) <= 40
            and any(c.isdigit() for c in text)
            and _A_CLAUSE_OR_WORDS.search(text) is None
        )

    # Headlines listed under a "Related" / "Read more" / "Most read" label.
    scanned_to, scanned_as = -1, (False, False)  # the last list's end, and how it was read
    for i in [i for i in range(n) if len(sentences[i]) <= 60]:
        if not _LIST_HEAD.fullmatch(sentences[i].strip()):
            continue
        if not reasons[i]:
            # (a label no rule marked, "Editor's picks": a label only of links by its words,
            # over two headlines, one of them with a verb; "Latest figures", "More funding" or
            # "Most watched" over a story's list is a subhead)
            if not (
                alone[i]
                and i + 2 < n
                and _LINKS_ONLY_HEAD.fullmatch(sentences[i].strip())
                and all(
                    listed(j)
                    and ": " not in sentences[j]
                    and not sentences[j].lstrip().startswith("#")
                    and not _PRICE.search(sentences[j])
                    for j in (i + 1, i + 2)
                )
                and any(
                    FINITE_VERB.search(sentences[j]) or _PRESENT_VERB.search(sentences[j])
                    for j in (i + 1, i + 2)
                )
            ):
                continue
            reasons[i] = "related links"
        popular = _POPULAR_HEAD.match(sentences[i].strip()) is not None
        if i + 2 < n and all(_words(sentences[j]) <= 3 for j in (i + 1, i + 2)):
            # ("Top Stories", "Latest" opening a menu pasted a section to a line: no list of
            # headlines under it, and the page's headline under the menu is none of them)
            continue
        # (under "Sources", "References": citations, stops and all: "Schools Census Unit,
        # Annual Census 2025/26, Table 14, pg. 37.", "Ibid., 2019/20 edition, Table 12.")
        citing = _CITATIONS_HEAD.fullmatch(sentences[i].strip()) is not None
        # (a list ranked "01", "02": its items are the ranked lines)
        ranked = i + 1 < n and _RANK.match(sentences[i + 1].strip()) is not None
        if i + 1 < scanned_to and (citing, ranked) == scanned_as:
            # (a label inside the list just read, read alike: its lines are marked already;
            # read again, a page of labels and headlines took time as its square)
            continue
        j = i + 1
        while j < n and (reasons[j] or listed(j, popular) or (citing and cited(j))):
            label = sentences[j].strip()
            if j > i + 1 and label.isupper() and _words(label) <= 2 and loose(j, 2):
                # ("TRENDING", its tags, then "NATION" over the page's headline: a section's
                # label ends the list, and what follows it is the story's)
                reasons[j] = reasons[j] or "section label"
                break
            if j > i + 1 and not reasons[j] and ranked and not _RANK.match(label):
                break  # ("01 …", "02 …", then the page's own headline, unranked)
            if not reasons[j] and j + 1 < n and reasons[j + 1] == "byline":
                break  # (the page's headline, its byline under it: a list's links have none)
            reasons[j] = reasons[j] or "related links"
            j += 1
        scanned_to, scanned_as = j, (citing, ranked)

    # A press release's end mark ("ENDS", "###", "Notes to editors"): what follows is its notes,
    # contacts and boilerplate, whatever they state.
    reporting_at = [i for i in range(n) if not reasons[i] and _is_reporting(sentences[i])]
    for i in range(reporting_at[0] + 1 if reporting_at else n, n):
        # (the mark closes a story: some reporting comes before it)
        if not (alone[i] and len(sentences[i]) <= 30):
            continue
        mark_text = sentences[i].strip()
        if not _RELEASE_END.fullmatch(mark_text):
            continue
        # "ENDS" or "###" ends a release when notes or contacts follow it, or no more reporting;
        # a section break inside a story ("###", then more reporting) does not.
        notes = _NOTES_MARK.fullmatch(mark_text)
        if notes:
            # "Notes to editors" as an item of the page's contents list: loose lines above it
            # back to the list's furniture ("Contents", "Schemes funded", "How schemes were
            # chosen"); not right after "ENDS", nor after the release's last paragraph.
            j = i - 1
            while j >= 0 and not reasons[j] and loose(j, _LABEL_WORDS + 5):
                j -= 1
            if j < i - 1 and j >= 0 and _CONTENTS_HEAD.fullmatch(sentences[j].strip()):
                continue
        following = sentences[i + 1].strip() if i + 1 < n else ""
        closing = reporting_at[-1] < i
        if not (notes or closing or _NOTES_HEAD.match(following)):
            continue
        for j in range(i, n):
            reasons[j] = reasons[j] or "press release notes"
        break

    # A podcast's or video's chapter list: three or more lines "03:12  How it began" in a row,
    # the first at 00:00; or, at times of day, a live page's list of its key events
    # ("07:58  Minister calls strike", "09:31  Only 11 of 96 trams running"), each the headline
    # of an entry whose stamp comes back on the page (a timeline in a story, "21:04 First 999
    # call", or a day's schedule has no entries of those times). Two such lines under a heading
    # the rules took are enough when both stamps come back. Headlines under stamps that age
    # ("4h ago  Turnout 38.4%") are links in a list, never a story's timeline: two in a row
    # under such a heading, or three, are that list.
    run: list[int] = []
    stamps: Counter | None = None  # the stamps opening lines, counted when first needed
    for i in [*range(n), n]:
        chapter = i < n and alone[i] and _words(sentences[i].strip()) <= 12
        titled = chapter and sentences[i].rstrip()[-1:] not in ".!?:"
        line = sentences[i].strip() if titled and not reasons[i] else ""
        if line and (_CHAPTER.fullmatch(line) or _AGED_HEADLINE.fullmatch(line)):
            run.append(i)
            continue
        if len(run) >= 2:
            aged = all(_AGED_HEADLINE.fullmatch(sentences[j].strip()) for j in run)
            chapters = len(run) >= 3 and _CHAPTER_START.match(sentences[run[0]].strip())
            if not (aged or chapters) and stamps is None:
                stamps = _leading_stamps(sentences)
            # (a run of two sits under the list's heading, "Key events", "Turning points"; a
            # day's schedule, "07:00  Polls open", does not)
            listed = len(run) >= 3 or bool(run[0] > 0 and reasons[run[0] - 1])
            # (a headline with its age after it is a link wherever two stand together)
            listed = listed or all(_AGE_AFTER.fullmatch(sentences[j].strip()) for j in run)
            if listed and (aged or chapters or _stamps_come_back(sentences, run, stamps)):
                for j in run:
                    reasons[j] = "chapter list" if chapters else "key events"
        run = []

    _mark_contents(sentences, reasons, alone)
    _mark_polls_and_quizzes(sentences, reasons, alone)

    # The head and the tail of the article: the lines before its first and after its last
    # sentence of reporting. Where furniture is, unpunctuated lines there are furniture too,
    # except the article's headline (the first longer line of the head).
    def reporting(i: int) -> bool:
        return not reasons[i] and _is_reporting(sentences[i])

    first = next((i for i in range(n) if reporting(i)), n)
    last = next((i for i in range(n - 1, -1, -1) if reporting(i)), -1)
    if first > 0 and loose(0, 2) and _KICKER.fullmatch(sentences[0].strip()):
        reasons[0] = "section label"  # "Opinion", "Live", "Health" above the headline
    # The site's own name above the headline ("The Brindlecombe Express", "Saltinghope &
    # District Gazette"): a title of a medium, with a longer line (the headline) still to come.
    heads = [i for i in range(first) if not reasons[i] and loose(i, _HEADLINE_WORDS)]
    # (a menu down the page counts among the lines above the headline here, as it did)
    _mark_menu_down_the_page(sentences, reasons, alone, first)
    for i in heads[:-1]:
        line = sentences[i].strip()
        if i < _MASTHEAD_LINES and (
            _SITE_NAME.fullmatch(line) or _named_by_its_own_furniture(sentences, reasons, i)
        ):
            reasons[i] = "masthead"
    if n and not reasons[0] and _name_over_its_menu(sentences, reasons, 0):
        reasons[0] = "masthead"
    # A shared post's page over its stamp: "Lubombo Times" over "14 May at 18:20 · 🌍".
    if (
        n > 1
        and not reasons[0]
        and reasons[1] == "date line"
        and _SOCIAL_AUDIENCE.search(sentences[1])
        and _capital_words_only(sentences[0])
    ):
        reasons[0] = "masthead"
    for i in heads:
        line = sentences[i].strip()
        if (
            0 < i < _SLOGAN_LINES
            and (reasons[i - 1] or i == 1)  # (under furniture, or under the page's first line)
            and i + 1 < n
            and reasons[i + 1] in _MENU_REASONS
            # (a menu, not the share strip a headline has under it: "Share  Facebook  X")
            and not _SHARE_WORDS.search(sentences[i + 1])
            and _words(line) <= 10
            and _TAGLINE.search(line)
            and _is_tagline(line)
        ):
            # "Your town, your news" between the site's name and its menu: a slogan (not a
            # headline, which opens the page or has its standfirst, byline or story under it:
            # "Independent journalism under threat")
            reasons[i] = "masthead"
    # (in the page's head a line whose paragraph's other lines are furniture stands on its own
    # too: "ALERT: Boil water advisory in effect …" beside "Tap for the map.")
    head_alone = _alone_among_furniture(reasons, alone, paragraphs)
    _mark_above_the_menu(sentences, reasons, head_alone, first)
    _mark_banner_under_the_menu(sentences, reasons, head_alone, first)
    for i in range(min(first, _SLOGAN_LINES, n - 1)):
        if not reasons[i] and reasons[i + 1] and _BARE_EMERGENCY.fullmatch(sentences[i].strip()):
            reasons[i] = "contact line"  # a service's "Emergency?" over "Call 999"
    named_headline = -1  # an obituary's or a profile's headline: the name its story opens with
    short_headline = -1  # a headline of a few words, which furniture beside it leaves one
    if any(reason not in _NOT_A_NEIGHBOUR for reason in reasons[:first]):
        headline_seen = False
        candidates = [i for i in range(first) if not reasons[i] and loose(i, _HEADLINE_WORDS * 4)]
        # A kicker sits over a headline: with none between it and the story's first sentence,
        # the last short line is the headline when it reads like one ("Rents keep climbing"
        # under a menu; not "Business", "In pictures", "Cost of living").
        # (a row of buttons the rules have not yet taken is no line of the story's head)
        lines = [i for i in candidates if not _button_row(sentences[i])]
        if (
            lines
            and lines[-1] - 1 not in lines  # (not the last of a stack of labels)
            and first < n
            and _is_prose(sentences[first])
            and _words(sentences[first]) > 12
            and not classify(sentences[first])
            and _short_headline(sentences[lines[-1]])
        ):
            short_headline = lines[-1]
        for i in candidates:
            line = sentences[i].strip()
            named = first < n and _words(line) >= 2 and sentences[first].startswith(line)
            named = named and person_name(line) == line  # (not the site's: "Dunmoor Council")
            if named and not headline_seen:
                headline_seen, named_headline = True, i
            elif _words(line) <= _LABEL_WORDS and (headline_seen or i != short_headline):
                reasons[i] = "section label"
                short_headline = -1 if i == short_headline else short_headline
            elif not headline_seen and i in lines:
                headline_seen = True  # the article's own headline (not a row of buttons)
    # A correspondent's byline with the place filed from, a few lines under the headline:
    # "Marta Velloso in Porto Antigo" (the headline, a longer line, comes first).
    for i in range(1, min(first, n)):
        if reasons[i] or not loose(i, 8):
            continue
        m = _NAME_IN_PLACE.fullmatch(sentences[i].strip())
        if m is None or _CLAUSE_VERB.search(sentences[i]):
            continue
        above = range(max(0, i - 3), i)
        if any(
            not reasons[j] and loose(j, _HEADLINE_WORDS * 2) and _words(sentences[j]) >= 5
            for j in above
        ):
            reasons[i] = "byline"
    # The author's note closing an opinion piece is its last sentence of "reporting".
    # "About Quillmore Instruments" in the second half, then the paragraph that describes it
    # ("Quillmore Instruments Inc. designs …"): a press release's or publisher's standing
    # description; "About the author", then the writer's note.
    described = 0  # the "About" blocks found so far
    for i in range(max(1, n // 2), n - 1):
        heading = sentences[i].strip()
        # (the heading's stop may be its company's form: "About Brockhaven Grid Storage Inc.")
        formed = alone[i] and _FORM_AT_THE_END.search(heading) and _words(heading) <= 10
        colon = heading.find(":", 0, 30)
        if (
            not reasons[i]
            and colon > 0
            and _ABOUT_THE_AUTHOR.fullmatch(heading[:colon])
            and _WRITER_AFTER_THE_LABEL.match(heading, colon + 1)
        ):
            # "About the author: A Name is the Post's news editor. He has lived …": the
            # heading glued to its note, and the rest of the note's paragraph
            j = i
            while (
                j < n
                and not reasons[j]
                and (j == i or (paragraphs is not None and paragraphs[j] == paragraphs[j - 1]))
            ):
                reasons[j] = "author note"
                j += 1
            continue
        if reasons[i] or not (loose(i, 10) or formed):
            continue
        if _ABOUT_THE_AUTHOR.fullmatch(heading):
            reason = "author note"  # "About the author", then the writer's note
        else:
            m = _ABOUT_HEADING.fullmatch(heading)
            if m is None or not sentences[i + 1].lstrip().startswith(m.group(1)):
                continue
            # (a second company's, after the first, only where the paragraph describes the
            # body by its whole name: "About Dingin Sdn. Bhd." then "Dingin Sdn. Bhd. was
            # established in 2009 …"; a voter guide's "About the Greens" over "Greens have
            # pledged …" is the guide's story)
            name = heading[6:].removeprefix("the ").removeprefix("The ")
            if described and not _DESCRIBES.match(sentences[i + 1].lstrip(), len(name)):
                continue
            if described and not sentences[i + 1].lstrip().startswith(name):
                continue
            reason = "about the publisher"
            described += 1
        reasons[i] = reason
        j = i + 1
        while j < n and not reasons[j] and not loose(j, _HEADLINE_WORDS):
            reasons[j] = reason
            j += 1
            one_paragraph = paragraphs is not None and j < n and paragraphs[j - 1] == paragraphs[j]
            if reason == "author note" and not one_paragraph:
                break  # the writer's note is the paragraph under the heading
        # (and on: a deal's release describes both companies, "About A" then "About B")
    last = next((i for i in range(n - 1, -1, -1) if reporting(i)), -1)

    # (the page's lines by their words, read once for both: they ask which lines name a
    # person or a body)
    words = _PageWords(sentences)
    _mark_about_the_site(words, reasons, first, paragraphs or list(range(n)))
    _funders_in_the_story(words, reasons)
    _ranked_headlines(sentences, reasons)
    _mark_comment_policy(sentences, reasons)
    last = next((i for i in range(n - 1, -1, -1) if reporting(i)), -1)
    # A site's widget of rates, times or draws above or below the story (in the story, "Fuel
    # prices: petrol N1,030 a litre in Lagos | …" is its own data); prayer times anywhere.
    for i in range(n):
        text = sentences[i]
        if reasons[i] or ":" not in text[:60] or not _LABELLED_WIDGET.match(text.lstrip()):
            continue
        # (and beside other furniture there: a story may open with its own line of prices)
        beside = (i > 0 and reasons[i - 1]) or (i + 1 < n and reasons[i + 1])
        outside_the_story = (i < first or i > last) and beside
        # (a weather widget's one reading, a short line with no verb: not "Weather: 47°C in
        # Banda on Friday, the highest temperature recorded this year")
        read = (
            len(text) <= _WEATHER_READING_CHARS
            and _WEATHER_READING.match(text) is not None
            and not FINITE_VERB.search(text)
        )
        if (outside_the_story or _PRAYER_TIMES.match(text.lstrip())) and (
            _widget_items(text) or read
        ):
            reasons[i] = "ticker or widget"
    # The author's note closing a piece is its last paragraph of "reporting": "A Name is the
    # Post's transport correspondent. She joined in 2019 from …" — the whole paragraph.
    while last >= 0 and n - last <= 12:
        opening = last
        if paragraphs is not None:
            while opening > 0 and paragraphs[opening - 1] == paragraphs[last]:
                opening -= 1
        opening_line = sentences[opening].strip()
        if not _AUTHOR_NOTE.fullmatch(opening_line) or not _a_persons_note(opening_line):
            # "He joined the Review in 2021." in a paragraph of its own after the note.
            before = opening - 1
            if not (
                before >= 0
                and reasons[before] == "author note"
                and sentences[opening].lstrip().startswith(("He ", "She ", "They "))
                and not _A_RELATIVE.search(sentences[before])
            ):
                break
        for i in range(opening, last + 1):
            reasons[i] = reasons[i] or "author note"
        last = next((i for i in range(opening - 1, -1, -1) if reporting(i)), -1)
    if last >= 0 and any(reasons[last + 1 :]):
        boxed = fact_box_lines(sentences, reasons, range(last + 1, n))
        for i in range(last + 1, n):
            text = sentences[i]
            # (never a row of data: "Possession  43%  |  57%", "Orrin Petroleum  +3.2%"; nor a
            # fact box's labelled figure: "Deaths: 6", "Cases recorded since March 26: 214")
            # (nor a bulleted list of advice or facts the story ends on, or its heading: "What
            # to do", "• Charge phones and power banks", "• Fleet: approx. 6,800 tractors"; a
            # bulleted list of headlines, "• Man jailed for arson attack", is still links)
            bulleted = (
                _advice_or_fact_item(text)
                or (i + 1 < n and _advice_or_fact_item(sentences[i + 1]))
                or _under_an_explainers_heading(sentences, i)
            )
            if (
                not reasons[i]
                and loose(i, _HEADLINE_WORDS)
                and not _is_data_row(text)
                and not _a_listed_figure(text.strip())
                # (nor a timeline's entry among others: "1939: Born in Pyay", "1964: …")
                and not (
                    _a_timeline_entry(text.strip())
                    and any(
                        0 <= k < n and _a_timeline_entry(sentences[k].strip())
                        for k in (i - 1, i + 1)
                    )
                )
                and i not in boxed
                and not bulleted
            ):
                reasons[i] = "related links"

    # A short label on its own line next to furniture is furniture (a paywall or cookie block
    # is one block): "Key points" after "Refresh for updates", "Manage options" after a notice.
    labels = [i for i in range(n) if len(sentences[i]) <= 40 and not reasons[i]]
    # ("Starts: Saturday 08:00" under a "Key facts" heading is a fact, labelled and valued.)
    labels = [i for i in labels if loose(i, _LABEL_WORDS) and ": " not in sentences[i]]
    # (and a figure is a finding's, not a label's: "Rents up 12%" under "Key findings")
    labels = [i for i in labels if not any(c.isdigit() for c in sentences[i])]
    labels = [i for i in labels if i not in (named_headline, short_headline)]
    # (nor an item of the story's own list under its lead-in: "• avoiding idling" beside a credit)
    led = _lines_led_in(
        sentences, reasons, paragraphs if paragraphs is not None else list(range(n))
    )
    labels = [i for i in labels if i not in led]
    changed = True
    while changed:
        changed = False
        for i in labels:
            if reasons[i]:
                continue
            # (an ornament is no furniture a label belongs to: a review's title above its
            # "★★★★★" is the review's subhead)
            before = i > 0 and reasons[i - 1] not in _NOT_A_NEIGHBOUR and alone[i - 1]
            after = i + 1 < n and reasons[i + 1] not in _NOT_A_NEIGHBOUR and alone[i + 1]
            # A label that opens reporting is a subhead ("COURT" above a court report), not
            # furniture: it sits after a promotion only by the page's order.
            opens_reporting = i + 1 < n and not reasons[i + 1] and _is_reporting(sentences[i + 1])
            if after or (before and not opens_reporting):
                reasons[i] = "section label"
                changed = True

    _mark_pull_quotes(sentences, reasons, paragraphs)
    # An embedded post's account name on the line above its handle: "Ostrevan Metro" over
    # "@OstrevanMetro".
    for i in range(n - 1):
        if reasons[i + 1] != "post author line" or reasons[i]:
            continue
        if loose(i, 6) and _spelt_by_handle(sentences[i], sentences[i + 1]):
            reasons[i] = "post author line"
    _mark_entry_bylines(sentences, reasons, alone)
    for i in range(n):
        # A writer's name and how long ago on a line of their own, a phone's byline: "Ma.
        # Cristina Dela Cruz - 5h ago", "Ama Boateng – 2 hours ago".
        # (or two or three writers' names alone over the date line, a byline without its "By":
        # "Kristina Vella Bonnici and Matthew Pisani Grech" / "Sunday, 6 June 2027, 21:48")
        line = sentences[i].strip()
        if (
            not reasons[i]
            and alone[i]
            and (
                (len(line) <= 70 and _NAME_THEN_HOW_LONG_AGO.fullmatch(line))
                or (
                    i + 1 < n
                    and reasons[i + 1] == "date line"
                    and len(line) <= 90
                    and (" and " in line or " & " in line)
                    and _names_alone(line)
                )
            )
        ):
            reasons[i] = "byline"
    _mark_label_lines(sentences, reasons, alone, first)
    # (from here on a line stands alone beside a strip's furniture in its paragraph too, but
    # for the advice and labels above and below: an order or a label beside a button is as
    # often a slogan, "Share. Let them eat cake.")
    strip_alone = _alone_among_furniture(reasons, alone, paragraphs)
    _mark_spaced_table_headers(sentences, reasons, strip_alone)
    _mark_table_titles(sentences, reasons, alone)
    _mark_comment_thread(sentences, reasons, strip_alone)
    _mark_email_header(sentences, reasons, alone)
    for i in range(n):
        if reasons[i] or len(sentences[i]) > _ADVICE_CHARS:
            continue
        if (alone[i] and _advice_to_readers(sentences[i])) or _is_an_appeal(sentences[i]):
            reasons[i] = "advice to readers"
    # A letter's signature, a name and a town on the line under the letter ("A Name,
    # Dunmerrow"); not a list of names and places (victims named by the police, a shortlist).
    letters_page = None
    for i in range(1, n):
        if reasons[i] or not alone[i] or not _signed(sentences[i]):
            continue
        listed = _signed(sentences[i - 1]) or (i + 1 < n and _signed(sentences[i + 1]))
        before = sentences[i - 1].strip().rstrip("”\"’')")
        if listed or before[-1:] not in ".!?" or _words(before) < 4:
            continue
        if letters_page is None:  # (on a letters page only: not a race's or a prize's winners)
            letters_page = any(_LETTERS_PAGE.search(text) for text in sentences)
        if letters_page:
            reasons[i] = "letter signature"
    _mark_over_consent_buttons(sentences, reasons, paragraphs)
    _grow_reader_blocks(sentences, reasons, strip_alone, paragraphs)
    # (a question may share its paragraph with the call: "Are you a trader affected by the new
    # tolls? We want to hear from you. Send a WhatsApp message to …")
    _mark_prompts_over_their_call(
        sentences, reasons, _alone_among_furniture(reasons, alone, paragraphs)
    )
    _mark_repeated_headline(sentences, reasons, title)
    _keep_own_results(sentences, reasons)
    _keep_storys_data_runs(sentences, reasons, alone)
    if fitted:
        # (one page for both passes: each line's shape is worked out once, and the wording
        # pass sees the shape pass's reasons in the same list)
        page = ShapedPage(sentences, reasons, paragraphs)
        if "shape" in fitted:
            _mark_by_shape(page)
        if "wording" in fitted:
            _mark_by_wording(page)
    _keep_match_facts(sentences, reasons)
    if paragraphs is not None:
        _mark_inline_comments(sentences, reasons, alone, paragraphs)
        _mark_notes_going_on(sentences, reasons, paragraphs)
        _mark_appeals_in_prose(sentences, reasons, paragraphs)
        _mark_method_boxes(sentences, reasons, alone)
        _mark_citation_blocks(sentences, reasons)
        _mark_listings(sentences, reasons, paragraphs, alone)
        _mark_more_lists(sentences, reasons, alone)
        _mark_jump_heads(sentences, reasons, alone)
    _mark_gift_lists(sentences, reasons)
    # (last: the head's furniture and the notes must be known, whichever rule or pass found it:
    # "It carries the same stories as the standard site." going on from a site's note)
    _mark_masthead_and_tagline(sentences, reasons, first)
    _mark_page_title(sentences, reasons, first)
    _mark_above_the_headline(sentences, reasons, strip_alone, paragraphs)
    return reasons


# Furniture whose sentences are the site's prose, which a note's next sentence carries on (not
# a label or a strip, which a paste may glue to the story's first sentence: "ADVERTISEMENT He
# said …"; not a fitted guess at a line's shape, nor a chair's or a transcript's turn).
_NOTES_IN_PROSE = frozenset(
    [
        "editorial note",
        "author note",
        "copyright line",
        "call to action",
        "subscription prompt",
        "sign-in prompt",
        "cookie or legal notice",
        "call for support",
        "donation ask",
        "advice to readers",
        "about the publisher",
        "call for tips or letters",
        "site's own funding",
        "furniture by its wording",
        "ticker or widget",
    ]
)
# A live page's welcome or greeting opens the story's own paragraph: "Good morning and welcome
# to our live coverage of the bushfire. The town is about 190 kilometres south-east of Perth.",
# "Good morning from Topeka. The Senate gaveled in at 9 a.m."
_WELCOME = re.compile(r"(?:good (?:morning|afternoon|evening)|hello)\b|welcome\b", re.IGNORECASE)


# A note that leads into what follows it: "Here is part of his answer, edited for length."
_LEADS_IN = re.compile(r"(?:here (?:is|are)|below (?:is|are)|the following)\b", re.IGNORECASE)
# A sentence that reports someone's words or claims.
# (a verb of saying in the past, or one closing a clause after its subject: "…, the outlet
# claims, …", "…, economists say."; not "no say over what we cover", "no claims you cannot
# stand over", "…, and we say at the foot of the article …")
_REPORTS_WORDS = re.compile(
    r"\b(?:said|told|claimed|according to|admitted|argued|insisted|complained)\b"
    r"|, (?:the |a |an )?[\w'’ -]{1,40} (?:says?|claims?|insists?|argues?|complains?)"
    r"(?=\s*(?:[,.;!?]|$))",
    re.IGNORECASE,
)


def _mark_notes_going_on(sentences: list[str], reasons: list[str], paragraphs: list[int]) -> None:
    """A note's next sentence in its paragraph is the note's too: "When you buy through links
    on our site, we may earn a commission. Here's how it works.", "This transcript was made
    automatically. It may contain errors.", "Comments must be in English. They cannot be
    abusive." A paragraph is one block of the page, and a site's note does not run on into the
    story within one."""
    found = reasons[:]  # (one sentence after each note: a note read wrongly spreads no further)
    for i in range(1, len(sentences)):
        if reasons[i] or paragraphs[i] != paragraphs[i - 1]:
            continue
        note = sentences[i - 1].strip()
        if found[i - 1] not in _NOTES_IN_PROSE or note[-1:] not in ".!?" or _words(note) < 3:
            continue
        if _WELCOME.match(note) or _LEADS_IN.match(note) or _REPORTS_WORDS.search(sentences[i]):
            continue  # (a lead-in's excerpt, and someone's words, are the story's)
        reasons[i] = reasons[i - 1]


# A site's appeal for money, its notes that lead into it: "Keeping a reporter in the council
# chamber for a seven-hour sitting is work that readers fund. We don't run a paywall, so …"
_APPEALS = frozenset(
    ["call for support", "donation ask", "site's own funding", "subscription prompt"]
)
# What the newsroom reports in its own voice, or tells readers they can do: news, not a pitch.
_OUR_NEWS = re.compile(
    r"\b(?:found|finds?|learn(?:ed|t)|understands?|understood|reveal\w*|saw|seen|witness\w*"
    r"|confirm\w*|reported|asked|contacted|investigat\w*|analysis|obtained|shows?|showed"
    r"|can|could|must|required|will be|under the)\b",
    re.IGNORECASE,
)
# The site's pitches that carry their paragraph too: a sign-up's, an app's or a podcast's
# ("Listen to The Ledger Line, our weekly business podcast." over "New episodes every Friday,
# wherever you get your podcasts.")
_PITCHES = _APPEALS | {"sign-in prompt", "call to action", "share or follow line"}
# The words the site speaks of itself and its readers in (not a story's: "The clinic's staff
# said the fund would run out in March.")
_NEWSROOM_VOICE = re.compile(
    r"\b(?:we|our|us|you|your|readers?|reporters?|newsroom|journalism|paywall|members|donors"
    r"|gift|contributions?)\b",
    re.IGNORECASE,
)
# A line that reports someone's words: a quotation mark or a verb of saying (fewer verbs than
# `_REPORTING`'s: a listing's "venue to be confirmed", a method's "as reported to us" say none).
_SAYING = re.compile(r"[“”\"]|\b(?:said|says|told|tells|according to)\b", re.IGNORECASE)
_APPEAL_WORDS = 40
# The price of supporting the site and the tax on a gift, the whole line: "Membership starts
# at $8 a month.", "Contributions start at R50.", "Season membership from ₦15,000.", "Donations
# over $2 are tax deductible." Furniture only with the site's appeal in their paragraph or
# beside them: a streaming service's "Plans start at $7.99 a month." is news.
_SUPPORT_PRICE = re.compile(
    r"(?:(?:season|annual|monthly|yearly|digital|print|premium|student|family) )?"
    r"(?:membership|contributions|plans|donations|subscriptions)(?: (?:start|starts|begin"
    r"|begins))? (?:at|from|for as little as) [^\s\d]{0,4}\d[\d,.]*(?:k|m)?"
    r"(?: (?:a|per|for the first|each) [\w ]{1,24})?[.!]?"
    r"|(?:all )?(?:donations|gifts|contributions)(?: (?:over|above|of) \S+(?: or more)?)?"
    r" (?:to (?:us|the [\w ]{1,30}) )?are (?:fully )?tax[- ]deductible"
    r"(?: to the (?:full )?extent (?:allowed|permitted|provided) by law)?[.!]?",
    re.IGNORECASE,
)
_PRICE_CHARS = 120
_PRICE_WORDS = frozenset("membership contributions plans donations subscriptions gifts".split())
# (beside which a price line is the appeal's: the appeal's own reasons, the wording pass's, or
# the page's foot)
_PRICE_ANCHORS = _APPEALS | {
    "furniture by its wording",
    "call to action",
    "copyright line",
    "about the publisher",
}
# Or a sentence of its paragraph asks in the site's voice: "Keeping a reporter in the chamber
# is work that readers fund.", "We don't run a paywall, so a monthly contribution …"
_ASKS = re.compile(
    r"\b(?:paywall|readers? (?:fund|support|pay for)|contributions?|donat\w*|chip in|support us"
    r"|members? (?:chip in|fund|pay for))\b",
    re.IGNORECASE,
)


# What a sum given does, the sum first: "£15 buys a week of therapeutic food …", "£30 could
# provide a family with clean water for a month.", "Tk 600 a month pays one girl's stipend …"
_GIFT_LINE = re.compile(
    rf"{_A_SUM}(?: (?:a|per|each) (?:month|week|year)| monthly)?"
    rf" (?:(?:could|can|will) (?:give|pay|buy|provide|keep|help|fund|feed|cover|train|supply"
    rf"|send)|{_A_GIFT_DOES}|provides|gives)\b[^;!?]{{3,120}}[.!]?",
    re.IGNORECASE,
)
# The neighbours that make such lines an appeal's: its ask, its heading, or a button or an
# order that asks for a gift ("Donate now", "Give the gift of water"; not "Subscribe to the
# Nation", "Join our WhatsApp channel", beside a story's prices).
_GIFT_ASKS = frozenset(["donation ask", "call for support"])
_GIFT_BUTTONS = frozenset(["call to action", "advice to readers"])
_ASKS_FOR_A_GIFT = re.compile(r"\b(?:give|gift|donat\w*|chip in|sponsor)\b", re.IGNORECASE)
# (a news site's own ask, beside a story's prices: "Donate today to support our reporting.")
_FOR_THE_NEWSROOM = re.compile(
    r"\b(?:reporting|journalism|newsroom|our work|independent|news)\b", re.IGNORECASE
)


def _saying(text: str) -> bool:
    """Someone's words: a quotation or a verb of saying ("…, economists say")."""
    return bool(_SAYING.search(text) or _REPORTS_WORDS.search(text))


def _mark_gift_lists(sentences: list[str], reasons: list[str]) -> None:
    """A run of what-a-gift-buys lines beside the appeal's ask, button or heading ("How your
    donation helps", "£15 buys …", "£50 pays for …", "Donate now"). A line like that alone in
    a story is a price or a claim ("R20 buys a loaf of bread.", "$20 can buy a week of
    groceries in Caracas."): only the appeal beside it makes it one."""
    n = len(sentences)
    i = 0
    while i < n:
        if reasons[i] or not _GIFT_LINE.fullmatch(sentences[i].strip()) or _saying(sentences[i]):
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and not reasons[j + 1]
            and _GIFT_LINE.fullmatch(sentences[j + 1].strip())
            and not _saying(sentences[j + 1])
        ):
            j += 1
        if any(
            0 <= k < n
            and (
                reasons[k] in _GIFT_ASKS
                or (
                    reasons[k] in _GIFT_BUTTONS
                    and _ASKS_FOR_A_GIFT.search(sentences[k])
                    and not _FOR_THE_NEWSROOM.search(sentences[k])
                )
            )
            for k in (i - 1, j + 1)
        ):
            for k in range(i, j + 1):
                reasons[k] = "donation ask"
        i = j + 1


def _mark_appeals_in_prose(sentences: list[str], reasons: list[str], paragraphs: list[int]) -> None:
    """Every sentence of a paragraph that holds the site's appeal for money is the appeal's,
    where each speaks in the site's voice to its readers and none reports anyone's words: "A
    word from the newsroom: nobody paid us to sit through the meeting except you. About 2,300
    of you give something each year. Give to the Report." (A paragraph is one block of the
    page; a story's paragraph quoting a charity's appeal has its speaker.) A pitch for a
    sign-up, an app or a podcast (`_PITCHES`) carries its paragraph the same way, but not a
    line with a figure or with the newsroom's own news (`_OUR_NEWS`)."""
    n = len(sentences)
    start = 0
    while start < n:
        end = start
        while end < n and paragraphs[end] == paragraphs[start]:
            end += 1
        block = range(start, end)
        # (a price line first, by its length and a word of it: this runs for every paragraph)
        prices = [
            j
            for j in block
            if not reasons[j]
            and len(sentences[j]) <= _PRICE_CHARS
            and not _PRICE_WORDS.isdisjoint(sentences[j].lower().split())
            and _SUPPORT_PRICE.fullmatch(sentences[j].strip())
        ]
        beside = [j for j in (start - 1, end) if 0 <= j < n]
        anchored = bool(prices) and (
            any(reasons[j] in _PRICE_ANCHORS for j in (*block, *beside))
            or any(
                _ASKS.search(sentences[j])
                and _NEWSROOM_VOICE.search(sentences[j])
                and not _SAYING.search(sentences[j])
                for j in block
                if j not in prices
            )
        )
        for j in prices if anchored else ():
            reasons[j] = "call for support"
        appeal = reason = ""
        if end - start >= 2:
            appeal = next((reasons[j] for j in block if reasons[j] in _APPEALS), "")
            reason = appeal or next((reasons[j] for j in block if reasons[j] in _PITCHES), "")
        if reason:
            rest = [j for j in block if not reasons[j]]
            if all(
                _words(sentences[j]) <= _APPEAL_WORDS
                and _NEWSROOM_VOICE.search(sentences[j])
                and not _SAYING.search(sentences[j])
                # (under a pitch that asks for no money, the newsroom's own news and a line
                # with a figure stay: "Our reporters found …", "We have learned …", "You can
                # check your name at the polling station.")
                and (
                    appeal
                    or not (
                        _OUR_NEWS.search(sentences[j]) or any(c.isdigit() for c in sentences[j])
                    )
                )
                for j in rest
            ):
                for j in rest:
                    reasons[j] = reason
        start = end


# A box on how the story was made, by its heading alone on its line: "How we reported this
# story", "How we did this", "Methodology", "About the data" (not a recipe's "Method").
_METHOD_HEAD = re.compile(
    r"(?:how we (?:reported|did|made|report|verified|checked|counted|analy[sz]ed|calculated"
    r"|tested|ranked|found)\b[\w ]{0,30}|(?:our )?methodology|about (?:this|the|our)"
    r" (?:data|survey|analysis|poll|figures|investigation))[.:]?",
    re.IGNORECASE,
)
# What its lines say: how the work was done ("We collected …", "Results were weighted by age
# …", "Totals may not add to 100 because of rounding.", "River flow figures come from …"), not
# what it found ("The data show …", "Our analysis found …", "Some 58% of respondents …").
_METHOD_WORDS = re.compile(
    r"\b(?:collected|analy[sz]ed|obtained|interviewed|visited|requested"
    r"|asked|checked|surveyed|weighted|margin of error|rounding|(?:was|were) (?:conducted"
    r"|carried out|drawn)|comes? from|draws? on|based on|available on request|methodology"
    r"|we name|we do not|we report|survey|census|medians?|averages)\b",
    re.IGNORECASE,
)
_FINDINGS = re.compile(
    r"%|\b(?:shows?|showed|found|finds|suggests?|suggested|reveals?|revealed|highest|lowest"
    r"|most|least)\b",
    re.IGNORECASE,
)
_METHOD_LINES = 8


# A science page's box of how to cite the paper or the page, by its heading: "Journal
# Reference:", "Cite This Page:", "How to cite this article".
_CITE_HEAD = re.compile(
    r"(?:journal )?references?|cite this (?:page|article|story)|how to cite(?: this"
    r" (?:page|article|story))?|citation",
    re.IGNORECASE,
)
# What shows a citation among the lines under it: a DOI, "et al.", a year and a volume, a
# page's date at the end ("Science Daily Wire, 14 May 2024.").
_CITED = re.compile(
    r"\bdoi\b|\bet al\b|\b(?:19|20)\d\d;\s?\d"
    r"|, \d{1,2} (?:" + "|".join(MONTHS) + r") (?:19|20)\d\d\.$",
    re.IGNORECASE,
)
_CITE_LINES = 8
_CITE_STYLES = re.compile(r"(?:(?:MLA|APA|Chicago|Harvard|Vancouver)\s*){1,5}")


def _mark_citation_blocks(sentences: list[str], reasons: list[str]) -> None:
    """The lines under a citation box's heading, up to the next furniture, when one of them
    shows a citation and none reports anyone's words: "Journal Reference:" over "A Name, B
    Name. A 30,000-year rainfall record … . Quaternary Climate Letters, 2024; 18 (3): 211",
    "Cite This Page:" and "MLA APA Chicago" over "University of Karabanda. “Ancient lake
    sediments …” Science Daily Wire, 14 May 2024." (the paper's title, split into a sentence
    of its own, is the box's too)."""
    n = len(sentences)
    unquoted = str.maketrans("", "", _DOUBLE_QUOTES)
    for i in range(n - 1):
        if not _CITE_HEAD.fullmatch(sentences[i].strip().rstrip(":").strip()):
            continue
        j = i + 1
        while j < n and j - i <= 2 and (reasons[j] or _CITE_STYLES.fullmatch(sentences[j].strip())):
            j += 1  # ("MLA APA Chicago" under the heading)
        if j >= n or reasons[j]:
            continue
        block = []
        for k in range(j, min(n, j + _CITE_LINES)):
            if reasons[k]:
                break
            block.append(k)
        texts = [sentences[k].strip() for k in block]
        # (the citation's last line may be marked already: "…, 2024; 18 (3): 211 DOI: …")
        after = block[-1] + 1
        shown = texts + ([sentences[after]] if after < n and reasons[after] else [])
        # (a title in quotation marks is the citation's, no one's words)
        if any(_CITED.search(t) for t in shown) and not any(
            _SAYING.search(t.translate(unquoted)) for t in texts
        ):
            for k in range(i, block[-1] + 1):
                reasons[k] = reasons[k] or "journal reference"


def _mark_method_boxes(sentences: list[str], reasons: list[str], alone: list[bool]) -> None:
    """The lines under a method box's heading, while each tells of the newsroom's work or the
    method and none reports anyone's words: "How we did this" over "We collected 212,000
    listings …" and "Pay figures are medians from the national earnings survey." """
    n = len(sentences)
    for i in range(n - 1):
        if not alone[i] or not _METHOD_HEAD.fullmatch(sentences[i].strip()):
            continue
        lines = []
        for j in range(i + 1, min(n, i + 1 + _METHOD_LINES)):
            text = sentences[j]
            told = _SAYING.search(text) or _FINDINGS.search(text)
            if reasons[j] or not _METHOD_WORDS.search(text) or told:
                break
            lines.append(j)
        if lines:  # (not a story's subhead: "How we did it" over "Captain A Name said …")
            for j in [i, *lines]:
                reasons[j] = reasons[j] or "editorial note"


# A box of dates to come, by its heading alone on its line: "What's on", "Events diary",
# "Dates for your diary", "Community calendar", "Fixtures", "This week's fogging schedule",
# "Drought support: where to go this week".
# (Not "Events" or "Upcoming events" alone, a subhead over a programme that is the news.)
_LISTINGS_HEAD = re.compile(
    r"(?:what['’]s on|what['’]s happening\b[^.!?]{0,40}|(?:community )?events?"
    r"(?: this week| listings?| diary| calendar)|listings|(?:community )?calendar"
    r"|dates for your diary|(?:upcoming )?fixtures|this week['’]s [\w ]{1,30}schedule"
    r"|(?:[\w ]{1,30}: )?where to go(?: this week)?|community notices)[.:]?",
    re.IGNORECASE,
)
# (capitalised, as a listing writes them: "sat out training", "declined 12" are no dates)
_MONTH = "(?:{})\\.?".format(
    "|".join(sorted({*MONTHS, *MONTH_ABBREVIATIONS}, key=len, reverse=True))
)
_DAY = "(?:{})s?\\.?".format(
    "|".join(sorted({*WEEKDAYS, *(d.capitalize() for d in _DAYS.split())}, key=len, reverse=True))
)
# An item's day or date, where an item names it: first ("Mon 8 March, 7pm – …", "Nov. 7 –
# Fall supper, …", "Tuesday: Chaguanas, …") or after its event and a comma ("Community health
# forum, Thursday 11 March, 6pm, …").
_A_DAY = re.compile(
    rf"(?:^|, )(?:{_DAY},?(?: \d{{1,2}}(?:st|nd|rd|th)?(?: {_MONTH})?| {_MONTH} \d{{1,2}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:[–-]\d{{1,2}})? {_MONTH}|{_MONTH} \d{{1,2}}(?:[–-]\d{{1,2}})?)"
    r"(?=[\s,:·|–—-])"
)
_LISTING_ITEMS = 10
_LISTING_NOTE_WORDS = 20


def _a_sentence_of_the_story(text: str, after: int) -> bool:
    """A sentence that opens with its date: a clause after the date and a stop at its end."""
    stripped = text.strip()
    return (
        stripped[-1:] == "."
        and _words(stripped) >= _LISTING_SENTENCE_WORDS
        and AUXILIARY.search(stripped, after) is not None
    )


_LISTING_SENTENCE_WORDS = 8


def _mark_listings(
    sentences: list[str], reasons: list[str], paragraphs: list[int], alone: list[bool]
) -> None:
    """The dates under a listings box's heading: each a line of its own that names a day or a
    date ("Mon 8 March, 7pm – Ongaonga Hall: drop-in …", "Nov. 7 – Fall supper, St. Wenceslaus
    hall, 5 p.m."), with a short note in an item's own paragraph ("Entry is free."), where
    none reports anyone's words; at least two such dates."""
    n = len(sentences)
    for i in range(n - 2):
        if not alone[i] or not _LISTINGS_HEAD.fullmatch(sentences[i].strip()):
            continue
        items: list[int] = []
        dated = 0
        for j in range(i + 1, min(n, i + 1 + 2 * _LISTING_ITEMS)):
            text = sentences[j]
            # (an item's own small print may be marked already: "Free entry.")
            marked = reasons[j] and reasons[j] not in (
                "navigation or share strip",
                "call to action",
            )
            if marked or _SAYING.search(text):
                break
            item = _A_DAY.search(text.strip())
            if item and FINITE_VERB.search(text.strip()[: item.start()]):
                item = None  # "Campaigners will deliver a petition on Thursday." is the story's
            elif item and _a_sentence_of_the_story(text, item.end()):
                item = None  # "Sunday 14 July was the hottest day of last year's festival, …"
            if paragraphs[j] != paragraphs[j - 1] and item:
                items.append(j)
                dated += 1
            elif paragraphs[j] == paragraphs[j - 1] and j - 1 in items:
                if _words(text) > _LISTING_NOTE_WORDS:
                    break
                items.append(j)
            else:
                break
        if dated >= 2:
            reasons[i] = reasons[i] or "events listing"
            for j in items:
                reasons[j] = reasons[j] or "events listing"


# A list of links by its label alone on its line: "More rugby", "MORE ON BIN STRIKES", "More
# on this", "More reviews".
# (not a subhead: "More than 200 homes flooded", "More to come", "More details soon", "More
# cuts on the way", "More results": a label names where the links go, or their kind)
_MORE_LABEL = re.compile(
    r"more (?:on|from|in|about) (?:this|the )?[\w'’&-]*(?: [\w'’&-]+){0,2}"
    r"|more(?: [\w'’&-]+){0,2} (?:news|stories|sport|sports|rugby|cricket|football|soccer|hockey"
    r"|netball|basketball|coverage|reviews|episodes|explainers|interviews|reports"
    r"|investigations|fact-checks|fact checks|videos|podcasts|opinion|features|headlines|reads)"
    # (and the same list in other words: "Earlier coverage", "What Milwaukee is reading", "Also
    # on the Wire today")
    r"|(?:earlier|previous|past|recent|related) coverage"
    r"|what (?:[\w'’-]+ ){1,3}(?:is|are) (?:reading|watching)"
    # (a site's name after "Also on", capitalised: not a subhead's "Also on the ballot")
    r"|(?:also|elsewhere) (?:on|in|at) (?:the )?(?-i:[A-Z][a-z][\w'’&-]*)(?: [\w'’&-]+){0,3}"
    r"|also (?:in|on) (?:this|today['’]s) (?:issue|edition|newsletter|briefing|digest)",
    re.IGNORECASE,
)
_MORE_LABEL_WORDS = 6
# A most-read list's rank on a line of its own above its headline: "1", "02", "3."
_BARE_RANK = re.compile(r"\d{1,2}\.?")


# A print edition's jump, the page the story came from: "FROM PAGE 3", "Continued from page 4".
_JUMPED_FROM = re.compile(r"(?:continued )?from (?:page|p\.) ?[a-z]?\d{1,3}", re.IGNORECASE)
_JUMP_HEAD_WORDS = 6
# (over the jump line, between it and the page's running head, a little longer: "Power bills:
# PUCSL cuts deeper than CEB wanted")
_JUMP_HEAD_ABOVE_WORDS = 9
# The head and the jump on one line: "WAITING LIST   From page 3".
_HEAD_AND_JUMP_CHARS = 100  # (a short line: a long run of spaces is not read back and forth)
_HEAD_AND_JUMP = re.compile(
    r"[^.!?\d]{2,60}?\s{2,}(?:continued )?from (?:page|p\.) ?[a-z]?\d{1,3}", re.IGNORECASE
)


def _mark_jump_heads(sentences: list[str], reasons: list[str], alone: list[bool]) -> None:
    """The short head a print page gives the rest of a story under its jump line ("FROM PAGE
    3" over "Pensioner killed in home invasion", "From page 4" over "Lichen fields"), or over
    it under the page's running head ("… | PAGE 4 | NEWS" / "Power bills: PUCSL cuts deeper
    than CEB wanted" / "From page 1"), or beside it on its line: a label of the page's, not the
    story's (a few words on their own line, no stop, no figure)."""

    def a_head(k: int, most: int) -> bool:
        line = sentences[k].strip()
        return (
            not reasons[k]
            and alone[k]
            and _words(line) <= most
            and _unpunctuated(line)
            and not any(c.isdigit() for c in line)
        )

    for i in range(len(sentences)):
        line = sentences[i].strip()
        if (
            not reasons[i]
            and alone[i]
            and len(line) <= _HEAD_AND_JUMP_CHARS
            and _HEAD_AND_JUMP.fullmatch(line)
        ):
            reasons[i] = "editorial note"
            continue
        if not (reasons[i] and _JUMPED_FROM.fullmatch(sentences[i].strip())):
            continue
        if i + 2 < len(sentences) and a_head(i + 1, _JUMP_HEAD_WORDS):
            reasons[i + 1] = "editorial note"
        elif i >= 2 and reasons[i - 2] and a_head(i - 1, _JUMP_HEAD_ABOVE_WORDS):
            reasons[i - 1] = "editorial note"


def _mark_more_lists(sentences: list[str], reasons: list[str], alone: list[bool]) -> None:
    """A "More …" label and the headlines under it, each a line of its own shaped as a
    headline, two or more of them (a story's subhead, "More cuts to come", has its paragraphs
    under it, which end as sentences do)."""
    n = len(sentences)
    # The run of headlines (and ranks) after a line, read once: labels inside a run already read
    # share its end (a page of nothing but labels that read as headlines is read once, not once
    # a label). `headlines_before[k]`: the headlines of the run before line k.
    run_end, headlines_before = -1, {}
    for i in range(n - 2):
        line = sentences[i].strip()
        if not alone[i] or _words(line) > _MORE_LABEL_WORDS or not _MORE_LABEL.fullmatch(line):
            continue
        if i + 1 >= run_end:
            j, headlines_before = i + 1, {i + 1: 0}
            while j < n and alone[j]:
                # (a rank may stand on a line of its own above each headline: "1", "Brewers add
                # a left-hander …", "2", …)
                if _shaped_as_a_headline(sentences[j]):
                    headlines_before[j + 1] = headlines_before[j] + 1
                elif _BARE_RANK.fullmatch(sentences[j].strip()):
                    headlines_before[j + 1] = headlines_before[j]
                else:
                    break
                j += 1
            run_end = j
        headlines = headlines_before[run_end] - headlines_before[i + 1]
        if headlines >= 2:
            for k in range(i, run_end):
                reasons[k] = reasons[k] or "related links"


# What lies between a page's masthead and its headline: the site's menus and labels. What
# follows a headline is the article's own: its byline, date, credits, share strip.
_ABOVE_A_HEADLINE = frozenset(
    [
        "navigation or share strip",
        "masthead",
        "section label",
        "ticker or widget",
        "subscription prompt",
        "sign-in prompt",
        "strap above the menu",
        "call to action",
        "about the publisher",
        "call for tips or letters",
        "furniture by its shape",
        "furniture by its wording",
        # (a cookie banner: "This site uses essential cookies only."; not a link's or a note's
        # line, which sit between a headline and its standfirst too: "Advertisement", "Listen
        # to this article", "This article is more than 2 years old")
        "cookie or legal notice",
    ]
)
_SEPARATED = re.compile(r"\s{3}|[·|•▲▼°→]")
_HAS_A_DATE = re.compile(
    rf"\b(?:{_MONTH_NAMES})\.? \d|\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH_NAMES})\b", re.IGNORECASE
)


def _shaped_as_a_headline(line: str) -> bool:
    """A story's headline by its shape: five to 22 words in prose (at least three in small
    letters), no full stop or colon at its end, no cells, arrows or degrees, no date."""
    line = line.strip()
    words = line.split()
    if not 5 <= len(words) <= 22 or line.endswith((".", ":")):
        return False
    if not (line[:1].isupper() or line[:1].isdigit() or line[:1] in "‘“'\""):
        return False
    if _SEPARATED.search(line):
        return False
    small = sum(word[:1].islower() for word in words)
    # (a date in a headline's prose, after its first words: "Clinic to close overnight from
    # May 3"; not a date line's, "Tuesday, May 3, 2026 at 4 p.m. in the town hall")
    dated = _HAS_A_DATE.search(line)
    if dated and (small < 4 or dated.start() < len(line) // 3):
        return False
    return small >= 3


# A masthead and its tagline on one line: "Moorgeest Dispatch — News in English from …".
_NAME_AND_TAGLINE = re.compile(
    r"((?:The )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})\s*(?:[—–|:]|\s-)\s+\S.{0,80}"
)


def _mark_masthead_and_tagline(sentences: list[str], reasons: list[str], first: int) -> None:
    """The page's first line kept, when it opens with the name the site's own furniture gives
    it (its copyright, its masthead) and a tagline after a dash, a bar or a colon: the
    site's, however much it reads like a headline."""
    kept = next((i for i, reason in enumerate(reasons) if not reason), None)
    if kept is None or kept >= _MASTHEAD_LINES:
        return
    m = _NAME_AND_TAGLINE.fullmatch(sentences[kept].strip())
    if m is None:
        return
    key = _name_key(m.group(1).removeprefix("The "))
    if len(key) >= 4 and key in _site_names(sentences, reasons, first):
        reasons[kept] = "masthead"


# A browser's page title: the headline, then the site's name after a dash or a bar.
_HEADLINE_AND_SITE = re.compile(
    r"(.{12,200}?)\s(?:[-–—|])\s((?:The )?[A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,3})"
)


def _mark_page_title(sentences: list[str], reasons: list[str], first: int) -> None:
    """The page's first line kept, when it is its title as a browser or a share gives it (the
    headline, a dash and the name the site's own furniture gives it: "Seven killed as bus,
    tanker collide - Kente Courier") and the page's own headline below opens as it does."""
    kept = next((i for i, reason in enumerate(reasons) if not reason), None)
    if kept is None or kept >= _MASTHEAD_LINES:
        return
    m = _HEADLINE_AND_SITE.fullmatch(sentences[kept].strip())
    if m is None:
        return
    key = _name_key(m.group(2).removeprefix("The "))
    if len(key) < 4 or key not in _site_names(sentences, reasons, first):
        return
    headline = _name_key(m.group(1))
    again = any(
        _name_key(sentences[j]).startswith(headline[:40])
        for j in range(kept + 1, min(len(sentences), kept + _MASTHEAD_LINES + 10))
    )
    if again:
        reasons[kept] = "page header"


def _mark_above_the_headline(
    sentences: list[str], reasons: list[str], alone: list[bool], paragraphs=None
) -> None:
    """The first line kept, when only the site's menus and labels stand between it and a line
    shaped as a headline, is the site's too: a tagline, a promotion, a ticker the rules did not
    know ("Cold Chain Review | The business of …", "NEXT HOME GAME …", "Your community.")
    above the menu and the story's headline. Not when a byline, a date or a share strip lies
    between: those follow a headline, so the first line is the headline and the second its
    standfirst. A slogan of fragments is one line, however it was split ("Your town. Your
    news.", "Nonprofit. Nonpartisan. Free to read.")."""
    kept = [i for i, reason in enumerate(reasons) if not reason]
    slogan: list[int] = []
    if len(kept) >= 2 and not alone[kept[0]] and paragraphs is not None:
        pieces = [i for i in range(len(sentences)) if paragraphs[i] == paragraphs[kept[0]]]
        # (under the site's own line, as a slogan sits: "Your town. Your news." under the
        # masthead; not a column's headline of fragments opening the paste, "Boom. Bust.
        # Repeat.")
        under_furniture = pieces[0] > 0 and bool(reasons[pieces[0] - 1])
        if (
            under_furniture
            and len(pieces) <= _SLOGAN_FRAGMENTS
            and all(_a_fragment(sentences[i]) for i in pieces)
        ):
            slogan = pieces
            kept = [kept[0], *(i for i in kept if i > pieces[-1])]
    if len(kept) < 2 or not (alone[kept[0]] or slogan):
        return
    first, second = kept[0], kept[1]
    between = range((slogan[-1] if slogan else first) + 1, second)
    if not between or not _shaped_as_a_headline(sentences[second]):
        return
    if _shaped_as_a_headline(sentences[first]) and not (
        _HOW_OFTEN.search(sentences[first]) and _is_tagline(sentences[first].strip())
    ):
        # (a headline with a crumb, a menu or a paywall under it, then its standfirst; not a
        # newsletter's line of what it sends and how often, "HDB prices, data and the odd
        # grumble, every other Thursday", which has no verb)
        return
    # (a link's or a note's line between only under a line that is no headline in title case:
    # those sit between a headline and its standfirst too, "Hamilton Wins Monaco Grand Prix In
    # Style" over "Advertisement" over its standfirst)
    above = _ABOVE_A_HEADLINE
    if not _in_title_case(sentences[first]):
        above = above | _ABOVE_A_HEADLINE_TOO
    for j in between:
        if reasons[j] not in above or _SHARE_WORDS.search(sentences[j]):
            return
    for i in slogan:
        reasons[i] = reasons[i] or "furniture above the headline"
    reasons[first] = "furniture above the headline"


# How often a newsletter or a paper comes out, ending its slogan: ", every other Thursday".
_HOW_OFTEN = re.compile(
    rf",\s+(?:every|each)\s+(?:other\s+)?(?:day|week|weekday|morning|evening|fortnight|month"
    rf"|{'|'.join(WEEKDAYS)})s?$",
    re.IGNORECASE,
)
# (a language switch, a release's or a wire's label: "Cymraeg | English", "PRESS RELEASE")
_ABOVE_A_HEADLINE_TOO = frozenset(["related links", "editorial note"])


def _in_title_case(line: str) -> bool:
    """A headline written in title case: four words or more, most capitalised, not all in
    capitals, no cells ("Court Jails Ex-Official For 10 Years"; not "MINISTRY OF WATER")."""
    words = line.split()
    if len(words) < 4 or line.isupper() or _SEPARATED.search(line) or " — " in line:
        return False
    return sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= 0.6 * len(words)


_SLOGAN_FRAGMENTS = 4
_FRAGMENT_WORDS = 3


def _a_fragment(text: str) -> bool:
    """A slogan's piece: a few words and a stop, no verb, no figure ("Your town.", "Free to
    read.")."""
    stripped = text.strip()
    return (
        stripped.endswith(".")
        and _words(stripped) <= _FRAGMENT_WORDS
        and not any(c.isdigit() for c in stripped)
        and not FINITE_VERB.search(stripped)
    )


# The fitted last pass: hide a line when the odds that it is furniture reach this probability,
# near furniture the rules found (within _SHAPE_REACH lines), or _LONE_THRESHOLD away from it.
# Chosen on the tuning sets' leave-one-set-out figures (`python -m tests.text.train_shape
# --check`: precision over all the sets, each scored by weights that never saw it, 0.99 or
# better) and on an outside review's clean articles, where lower bars hid real lines.
_SHAPE_THRESHOLD = 0.8
_LONE_THRESHOLD = 0.95
_SHAPE_REACH = 2
_SHAPE_MIN_LINES = 15  # a page, not a paste of a few paragraphs (see `shape_candidates`)
_FURNITURE_SIGNS = frozenset(
    ["furniture words", "addressed to the reader", "a link or handle", "separators"]
)


def shape_takes(logit: float, bar: float) -> bool:
    """Do the fitted odds (`logit`) reach the bar (a probability) set for this line?"""
    return logit >= math.log(bar / (1 - bar))


_WORD = re.compile(r"[\w'’-]+")
_MONTH_WORDS = frozenset(_MONTHS.split())
# A price: a currency's sign or code before a figure, pence or cents after it, or the money
# in words ("$4", "Rs. 264", "85p", "12 dollars"). (The shape pass's feature, a shop's row and
# a reader block's offer all use it.)
_PRICE = re.compile(
    r"[$£€¥¢₦₹]\s?\d|\b(?:Rs|KSh|USD|EUR|GBP)\.? ?\d|\d\s?[¢p](?!\w)"
    # (from a run's first digit only: from each digit of a long run the run was read again)
    r"|(?<!\d)\d+(?:[.,]\d+)? ?(?:dollars|euros|pounds|cents)\b"
)
_LINK = re.compile(r"https?://|www\.|@\w|\w\.(?:com|org|net|gov|edu|co\.\w\w|example)\b")
_LINK_MARKS = ("://", "www.", "@", ".com", ".org", ".net", ".gov", ".edu", ".co.", ".example")
_FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for from with as and or but if that which who whom whose this
    these those it its is are was were be been being has have had do does did not no will would
    can could should may might must than then there their they he she him her his i me my""".split()
)
_YOU_WORDS = frozenset(["you", "your", "yours"])
_WE_WORDS = frozenset(["we", "our", "us"])
# Length bands in words: (name, fewest, most).
_LENGTHS = (
    ("1 word", 1, 1), ("2-3 words", 2, 3), ("4-6 words", 4, 6), ("7-12 words", 7, 12),
    ("13-20 words", 13, 20), ("21-35 words", 21, 35), ("36+ words", 36, 10**9),
)  # fmt: skip


def _line_shape(text: str) -> dict[str, float]:
    """The features of one line on its own (see `ShapedPage.features`). Plain string tests where a
    pattern would scan every line: the pass weighs most lines of every article."""
    words = _WORD.findall(text)
    n = len(words)
    stripped = text.strip()
    features: dict[str, float] = {}
    for name, fewest, most in _LENGTHS:
        if fewest <= n <= most:
            features[name] = 1.0
    if not n:
        return features
    lowered = {w.lower() for w in words}
    ending = stripped.rstrip("”\"’')")
    if ending[-1:] in _TERMINAL:
        features["closing punctuation"] = 1.0
    if stripped.endswith(":"):
        features["ends with a colon"] = 1.0
    if FINITE_VERB.search(text):
        features["a verb"] = 1.0
    capitals = sum(w[:1].isupper() for w in words)
    features["share of capitalised words"] = capitals / n
    # jusText's measure: running prose is a third or more function words, furniture far less.
    function_words = sum(w.lower() in _FUNCTION_WORDS for w in words)
    if function_words:
        features["share of function words"] = function_words / n
    if capitals == n:
        features["no lower-case word"] = 1.0
    if all(w.isupper() or w.isdigit() for w in words):
        features["all capitals"] = 1.0
    separators = len(_OTHER_SEPARATOR.findall(text))
    if separators:
        features["separators"] = min(separators, 3) / 3
    digits = sum(c.isdigit() for c in text)
    if digits:
        features["share of figures"] = digits / len(text)
        if _PRICE.search(text):
            features["a price"] = 1.0
        if _CLOCK.search(text):
            features["a clock time"] = 1.0
    if not lowered.isdisjoint(_MONTH_WORDS):
        features["a month"] = 1.0
    if any(mark in text for mark in _LINK_MARKS) and _LINK.search(text):
        features["a link or handle"] = 1.0
    if not lowered.isdisjoint(_YOU_WORDS):
        features["addressed to the reader"] = 1.0
    if not lowered.isdisjoint(_WE_WORDS):
        features["we or our"] = 1.0
    if QUOTATION_MARK.search(text):
        features["a quotation mark"] = 1.0
    if not lowered.isdisjoint(_REPORTING_WORDS):
        features["a reporting verb"] = 1.0
    tokens = stripped.lower().split()
    # (a call verb counts only where it opens the line, below: "Greens take Docklands" is news)
    furniture = sum(token in _HINT_TOKENS for token in tokens)
    if furniture:
        features["furniture words"] = 1.0
        features["share of furniture words"] = furniture / len(tokens)
    if _opens_with_an_order(words):
        features["imperative opening"] = 1.0
    if not stripped[:1].isalnum() and stripped[:1] not in "“\"‘'([":
        features["symbol first"] = 1.0
    if stripped[-1:] in _TRAILING_ARROWS or stripped.endswith("↗"):
        features["an arrow last"] = 1.0  # a link's or a button's: "Pitch in for $6 a month ›"
    if _is_prose(text):
        features["a sentence of prose"] = 1.0
    return features


def _is_prose(text: str) -> bool:
    """A sentence of prose: closing punctuation after running words ("He was 74." too), in
    nobody's voice but the story's: not to the reader, not the site's "we", no order. (Plain
    string tests: the shape pass asks it of every line before anything else.)"""
    stripped = text.strip()
    if stripped.rstrip("”\"’')")[-1:] not in _TERMINAL:
        return False
    words = _WORD.findall(stripped)
    if len(words) < 2 or not any(w[:1].islower() for w in words):
        return False
    lowered = {w.lower() for w in words}
    if not lowered.isdisjoint(_YOU_WORDS) or not lowered.isdisjoint(_WE_WORDS):
        return False
    return not _opens_with_an_order(words)


def _opens_with_an_order(words: list[str]) -> bool:
    """A capitalised call verb or "Please"/"Kindly" first: "Sign the Guest Book"."""
    opening = words[0].lower()
    return (opening in _CALL_VERBS or opening in ("please", "kindly")) and words[0][:1].isupper()


_PARAGRAPH_REACH = 5  # the lines of a paragraph of furniture the wording pass looks across


class ShapedPage:
    """A page as the fitted pass sees it: the lines, what the rules made of them, and each
    line's own shape (worked out once: a line is also its neighbours' neighbour)."""

    def __init__(
        self, sentences: list[str], reasons: list[str], paragraphs: list[int] | None
    ) -> None:
        self.sentences, self.reasons = sentences, reasons
        self.paragraphs = paragraphs if paragraphs is not None else list(range(len(sentences)))
        counts = Counter(self.paragraphs)
        self.alone = [counts[p] == 1 for p in self.paragraphs]
        self._shapes: dict[int, dict[str, float]] = {}
        self._led_in: set[int] | None = None

    def shape(self, i: int) -> dict[str, float]:
        if i not in self._shapes:
            self._shapes[i] = _line_shape(self.sentences[i])
        return self._shapes[i]

    def bar(self, index: int) -> float | None:
        """The odds the pass needs to hide this line, or None where it may not judge it.

        Never a sentence of prose in the story's voice ("Two people died.", "He was 74." at the
        end of a story, whatever furniture follows); never a sentence in a paragraph of the
        story ("It is dead. … We cannot afford it."); never an unpunctuated line over a
        sentence of the story without a sign of furniture of its own (`_FURNITURE_SIGNS`): a
        subheading ("What's next"), a live blog's entry heading ("Turnout").

        Next to furniture the rules found (within `_SHAPE_REACH` lines) the pass grows their
        blocks at odds of `_SHAPE_THRESHOLD`; away from it, only a line with a sign of
        furniture of its own, at surer odds (`_LONE_THRESHOLD`): a block the rules missed
        ("Give £30", "Send my gift")."""
        if _is_prose(self.sentences[index]):
            return None
        n, reasons, shape = len(self.sentences), self.reasons, self.shape(index)
        if self.in_storys_paragraph(index) or self.led_in(index):
            return None
        signs = bool(_FURNITURE_SIGNS & shape.keys())
        if index + 1 < n and not reasons[index + 1] and "closing punctuation" not in shape:
            following = self.shape(index + 1)
            if "a sentence of prose" in following and "a verb" in following and not signs:
                return None  # a heading over the story's next sentence
        low, high = max(0, index - _SHAPE_REACH), min(n, index + _SHAPE_REACH + 1)
        if any(reasons[j] not in _NOT_A_NEIGHBOUR for j in range(low, high) if j != index):
            return _SHAPE_THRESHOLD
        # Away from the rules' furniture the line itself must show a sign of it: a furniture
        # word, words to the reader, a link or separators ("Symptoms" over a list shows none).
        return _LONE_THRESHOLD if signs else None

    def in_storys_paragraph(self, index: int) -> bool:
        """Is the line in a paragraph of the story: beside a kept sentence of prose with a verb
        in the same paragraph ("It is dead. The costs tripled. Pick your seat")?"""
        paragraph, n = self.paragraphs[index], len(self.sentences)
        for j in (index - 1, index + 1):
            mate = 0 <= j < n and self.paragraphs[j] == paragraph and not self.reasons[j]
            if mate and "a sentence of prose" in self.shape(j) and "a verb" in self.shape(j):
                return True
        return False

    def led_in(self, index: int) -> bool:
        """Is the line an item of the story's own list or a quotation its sentence leads in to
        (`_lines_led_in`)? Worked out once, on the rules' reasons."""
        if self._led_in is None:
            self._led_in = _lines_led_in(self.sentences, self.reasons, self.paragraphs)
        return index in self._led_in

    def in_the_tail(self, index: int) -> bool:
        """Is the line the last one left on the page, with furniture before it and after it?
        The story has ended there, and a line among the page's closing furniture is likelier
        its own (jusText's context, weighed by the wording pass's fit). The scan stops at the
        next line left: over a page's lines it walks each gap once."""
        reasons = self.reasons
        if not 0 < index < len(reasons) - 1 or reasons[index - 1] in _NOT_A_NEIGHBOUR:
            return False
        return all(reasons[j] for j in range(index + 1, len(reasons)))

    def furniture_in_paragraph(self, index: int) -> bool:
        """Has another line of the line's paragraph, a few lines either side, been found
        furniture? (A cookie notice or a members' appeal is one paragraph of several sentences,
        and the rules know its first.) Only its near lines: a paragraph may be a megabyte."""
        paragraph, reasons = self.paragraphs[index], self.reasons
        low, high = (
            max(0, index - _PARAGRAPH_REACH),
            min(len(reasons), index + _PARAGRAPH_REACH + 1),
        )
        return any(
            j != index and self.paragraphs[j] == paragraph and reasons[j] not in _NOT_A_NEIGHBOUR
            for j in range(low, high)
        )

    def features(self, index: int) -> dict[str, float]:
        """The features the fitted pass weighs for one line: its own shape, its place on the
        page and its neighbours' (whether the rules took them, their shape). Only the non-zero
        ones."""
        n, reasons = len(self.sentences), self.reasons
        features = dict(self.shape(index))
        position = index / (n - 1) if n > 1 else 0.0
        if position < 0.1:
            features["in the first tenth"] = 1.0
        if position > 0.85:
            features["in the last sixth"] = 1.0
        if self.alone[index]:
            features["alone on its line"] = 1.0
        # (the text's edge is no furniture, nor an ornament between a story's parts)
        before = index > 0 and reasons[index - 1] not in _NOT_A_NEIGHBOUR
        after = index + 1 < n and reasons[index + 1] not in _NOT_A_NEIGHBOUR
        if before:
            features["furniture before"] = 1.0
        if after:
            features["furniture after"] = 1.0
        if before and after:
            features["furniture on both sides"] = 1.0
        for side, j in (("before", index - 1), ("after", index + 1)):
            if 0 <= j < n:
                neighbour = self.shape(j)
                for name in ("a verb", "closing punctuation", "furniture words"):
                    if name in neighbour:
                        features[f"{name} {side}"] = 1.0
        return features


_LED_ITEM_MARKS = '•·▪◦‣●*-–—“"‘'  # a lead-in's items: bullets, dashes, quotations
_QUOTATION_MARKS = '“"‘'
_MOST_LED_IN = 12


def _lines_led_in(sentences: list[str], reasons: list[str], paragraphs: list[int]) -> set[int]:
    """The lines a kept sentence of the story leads in to with its colon: the quotation or the
    bulleted items right under it and the rest of their paragraphs ("Someone has painted a
    message on its door in blue letters:" over "“TAKE WHAT YOU NEED. / LEAVE WHAT YOU CAN.”";
    "The titles going digital-only include:" over "• Narromine Plainsman"). A list of the
    story's is the story's, however short its lines."""
    led: set[int] = set()
    n = len(sentences)
    for i, line in enumerate(sentences):
        stripped = line.strip()
        if reasons[i] or not stripped.endswith(":") or not stripped[:1].isupper():
            continue
        words = stripped.rstrip(":").split()
        if len(words) < 4 or not any(w[:1].islower() for w in words):
            continue
        lowered = {w.lower().strip("'’") for w in words}
        if not (FINITE_VERB.search(stripped) or not lowered.isdisjoint(_LISTING_VERBS)):
            continue
        if not lowered.isdisjoint(_SITES_OWN_WORDS):
            continue  # the site's own list: "Other stories you may have missed include:"
        j = i + 1
        kind = ""  # the run's own marks: quotations' or items' ("- more -" ends a quotation)
        while j < n and j - i <= _MOST_LED_IN:
            same_paragraph = paragraphs[j] == paragraphs[j - 1] and (j - 1 in led or j == i + 1)
            mark = sentences[j].lstrip()[:1]
            marks = _QUOTATION_MARKS if mark in _QUOTATION_MARKS else _LED_ITEM_MARKS
            if not same_paragraph and (mark not in _LED_ITEM_MARKS or kind not in ("", marks)):
                break
            if not same_paragraph:
                kind = marks
            if reasons[j]:
                break  # (a line the rules found ends the story's list: "- Related: …")
            led.add(j)
            j += 1
    return led


def _taken_by_shape(features: dict[str, float], bar: float) -> bool:
    logit = BIAS + sum(WEIGHTS.get(name, 0.0) * value for name, value in features.items())
    return shape_takes(logit, bar)


_SEPARATOR_TOKENS = frozenset("|·•-–—/")


def shape_may_take(text: str) -> bool:
    """What a shape never hides: a speaker's turn ("HAVERILL: Welcome back.", "A: No."), a row
    of figures ("South and east | 67 | 15 | -52", "Corners  9  |  4", "Weight   174g") and a
    result ("FT  Castlemere 27 – 20 Roswithick", "HT 13 – 10"): short and furniture-shaped, but
    what the rules leave of them is the record."""
    turn = _TURN_PREFIX.match(text)
    if turn and turn.end() < len(text.rstrip()):
        return False
    return not _is_data_row(text) and not _score(text.strip())


# A match's result on a line of its own: "FT  Castlemere 27 – 20 Roswithick", "GANNETBY TOWN
# 3-1 HOBWICK ALBION", "Velmora won by 58 runs", and the half-time score under it.
_TEAM = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
_SCORE_LINE = re.compile(
    rf"(?:(?:FT|Full[- ]time|Final|Result)\b:?\s+)?(?P<home>{_TEAM})\s+\d{{1,3}}\s*[–-]\s*\d{{1,3}}"
    rf"\s+(?P<away>{_TEAM})|(?P<winner>{_TEAM}) (?:won|win|beat \S+(?: \S+)?) by \d+"
    rf" (?:{_MARGIN_UNITS}|seconds?|lengths?)"
)
_HALF_TIME = re.compile(r"(?:HT|Half[- ]time):?\s+\d{1,3}\s*[–-]\s*\d{1,3}")
_SCORES_HEAD = re.compile(
    r"(?:live |latest |other |more |today's |weekend |final |full-time |half-time )?(?:scores"
    r"|results|scoreboard)(?: \W.*| from .*)?",
    re.IGNORECASE,
)
_SCORE_IN_LINE = re.compile(r"\d{1,3}\s*[–-]\s*\d{1,3}")
_TICKER_LINE = re.compile(r"^\s*(?:LIVE|FT|HT|Q[1-4]|\d{1,2}['’])\s")


def _score(line: str) -> re.Match | None:
    if len(line) > 80 or not _A_DIGIT.search(line):
        return None
    return _SCORE_LINE.fullmatch(line) or _HALF_TIME.fullmatch(line)


# A match report's facts under it, a label and its value, perhaps two or three joined by a dot
# ("Referee: A Name", "Att: 2,314  ·  Ref: A Name", "Premiership  ·  Drumlarig Park  ·  Att:
# 8,412", "Man of the match: A Name", "HT 1 – 1"): the record of the match, not furniture.
_MATCH_FACT = re.compile(
    r"(?:referee|ref|att|attendance|crowd|umpires?|(?:man|player|woman) of the (?:match|series)"
    r"|half[- ]time|ht|venue|scorers?|try[- ]?scorers|kick[- ]off)\.?\s*:\s*\S"
    r"|(?:ht|half[- ]time|att|crowd|kick[- ]off)\s+\d",
    re.IGNORECASE,
)
_FACT_PARTS = re.compile(r"\s+[·•|]\s+")


def _match_fact(text: str) -> bool:
    parts = _FACT_PARTS.split(text.strip())
    if len(text) > 140 or not any(_MATCH_FACT.match(part) for part in parts):
        return False
    # (the other parts a competition's or a ground's name: "Premiership", "Drumlarig Park")
    return all(
        _MATCH_FACT.match(part)
        or (_words(part) <= 5 and ":" not in part and not any(c.isdigit() for c in part))
        for part in parts
    )


def _keep_match_facts(sentences: list[str], reasons: list[str]) -> None:
    """A match's facts under its report are the story's (several outside reviews and sets:
    "Referee: A Name", "Crowd: 4,118"), where some reporting comes shortly before them (not a
    readers' vote's label: "Player of the Match: you voted")."""
    for i, reason in enumerate(reasons):
        if not reason or reason == "poll or quiz" or not _match_fact(sentences[i]):
            continue
        if any(not reasons[j] and _is_reporting(sentences[j]) for j in range(max(0, i - 12), i)):
            reasons[i] = ""


# The reasons a line of data gets for its shape alone: a strip's separators, an address, a
# list's short lines.
_SHAPES_OF_DATA = frozenset(["navigation or share strip", "contact line", "related links"])
# A page's own words, which no line of the story's data has.
_PAGES_WORD_LIST = (
    r"read|watch|listen|share|subscribe|follow|sign|log ?in|more|related|video|photos?"
    r"|gallery|podcast|newsletter|advert\w*|sponsored|app|download|menu|home|search|tags?"
)
_PAGES_WORDS = re.compile(rf"\b(?:{_PAGES_WORD_LIST})\b", re.IGNORECASE)
# And the words of a page's headings over its own lists: "Sources:", "Filed under:".
_PAGES_HEADING = re.compile(
    rf"\b(?:{_PAGES_WORD_LIST}|sources?|references?|notes?|links?|contents|credits|ratings?"
    r"|contacts?|episodes?|filed|posted|privacy|terms|cookies?|archive)\b",
    re.IGNORECASE,
)


def _keep_storys_data_runs(sentences: list[str], reasons: list[str], alone: list[bool]) -> None:
    """Lines of data the story lists between its own sentences, each a line of its own with a
    figure: "• Seaforth Primary School, 3 Seaforth Road, Seaforth" under "These shelters were
    open at 7 a.m.:", "March 4 → journeys on March 14" under "Sale dates for outbound
    journeys:", with the story going on under them. (A menu or a list of links mid-story has a
    page's words or headlines with verbs; a run at the head or the foot is the page's.)"""
    n = len(sentences)
    i = 0
    while i < n:
        if reasons[i] not in _SHAPES_OF_DATA or not alone[i]:
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and reasons[j + 1] in _SHAPES_OF_DATA
            and alone[j + 1]
            and j + 1 - i < _MOST_LED_IN
        ):
            j += 1
        run = range(i, j + 1)
        i = j + 1
        lead = sentences[run[0] - 1].strip() if run[0] > 0 else ""
        # (under the story's lead-in with its colon, not a page's heading: "Sources:", "Tags:")
        led = lead.endswith(":") and not _PAGES_HEADING.search(lead)
        goes_on = j + 1 < n and not reasons[j + 1] and _is_reporting(sentences[j + 1])
        if not (led and goes_on):
            continue
        figured = sum(any(c.isdigit() for c in sentences[k]) for k in run)
        if len(run) < 2 or 2 * figured < len(run):
            continue
        if any(FINITE_VERB.search(sentences[k]) or _PAGES_WORDS.search(sentences[k]) for k in run):
            continue
        for k in run:
            reasons[k] = ""
        if lead.endswith(":") and reasons[run[0] - 1] == "section label":
            reasons[run[0] - 1] = ""  # (and its lead-in: "Sale dates for outbound journeys:")


def _keep_own_results(sentences: list[str], reasons: list[str]) -> None:
    """The match's own result is the record, not a strip of scores: a result line whose team
    the page's reporting names ("Castlemere held on …"), and the half-time line under it; a
    ticker of games keeps its reason, the page's own among them ("FT  Kestrels 24 – 18 Rays"
    over "LIVE  Heelers 12 – 6 Magpies  2nd half")."""
    scores = {i: m for i, text in enumerate(sentences) if (m := _score(text.strip()))}
    if not any(reasons[i] for i in scores):
        return
    reporting = " ".join(t for t, reason in zip(sentences, reasons, strict=True) if not reason)
    words = set(_WORD.findall(reporting.casefold()))

    def own(m: re.Match) -> bool:
        teams = (
            [m.group(g) or "" for g in ("home", "away", "winner")] if m.re is _SCORE_LINE else []
        )
        return any(w.casefold() in words for team in teams for w in team.split() if len(w) >= 4)

    kept = -2
    for i, m in scores.items():
        if not reasons[i] or (m.re is _SCORE_LINE and not m.group("home")):
            continue  # (a "… won by 3 runs" line is a headline as often as a result)
        # (under a heading of scores, "LIVE SCORES", "Other scores": a ticker of the day's)
        above = [j for j in range(max(0, i - 4), i) if j not in scores]
        if any(_SCORES_HEAD.fullmatch(sentences[j].strip()) for j in above):
            continue

        # (three lines of scores in a row are a ticker, whoever played)
        def scoreline(j: int) -> bool:
            in_ticker = _TICKER_LINE.search(sentences[j]) and _SCORE_IN_LINE.search(sentences[j])
            return (j in scores and scores[j].re is _SCORE_LINE) or bool(in_ticker)

        run = 1 + sum(1 for _ in takewhile(scoreline, range(i - 1, max(-1, i - 3), -1)))
        run += sum(1 for _ in takewhile(scoreline, range(i + 1, min(len(sentences), i + 3))))
        if run >= 3:
            continue
        # (a line of scores beside it that is no result of this page's: a ticker)
        ticker = any(
            not own(scores[j]) and scores[j].re is _SCORE_LINE
            if j in scores
            else bool(_TICKER_LINE.search(sentences[j]) and _SCORE_IN_LINE.search(sentences[j]))
            for j in (i - 1, i + 1)
            if 0 <= j < len(sentences)
        )
        if not ticker and (own(m) or (m.re is _HALF_TIME and kept == i - 1)):
            reasons[i] = ""
            kept = i


# (a count's label before its count is a widget's, not a table's: "Shares | 2.3k")
_COUNT_LABEL = re.compile(_COUNT_WORDS, re.IGNORECASE)


def _is_data_row(text: str) -> bool:
    """A row of a table: its cells between bars with a figure ("South and east | 67 | 15"),
    a label and its value apart by wide spaces ("Weight   174g", "Orrin Petroleum  +3.2%"), or
    figures without bars ("Corners  9  |  4", "3 Penhallow Town 15 9 3 3 +11 30")."""
    cells = _table_cells(text) or _two_cells(text)
    if cells and _figure_share(cells, years=True) > 0 and not _COUNT_LABEL.fullmatch(cells[0]):
        return True
    if cells and any(_days_cell(cell) for cell in cells[1:]):
        return True  # (a schedule's: "Bole | Monday, Wednesday, Friday")
    spaced = _spaced_cells(text)
    if len(spaced) >= 2 and any(c.isdigit() for c in spaced[-1]):
        return True
    return _mostly_figures(text) or _is_figures_row(text) or _FIXTURE.fullmatch(text.strip())


# A fixture list's row: its date, then the two sides ("Apr 11: Inverbrae vs. Carsebank Utd",
# "Sat 18 April – Dunmore v Kilbride", "July 11: Samoa vs Tonga, Apia Park, 3pm"), or the sides,
# then the day and the hour ("Kireka United vs. Busoga Stars — Saturday, 4pm").
_FIXTURES_SIDES = (
    r"[A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,4} (?:vs?\.?) [A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,4}"
)
_FIXTURE = re.compile(
    rf"(?:(?i:{_DAY_NAMES})\.?,? )?(?:(?i:{_MONTH_NAMES})\.? \d{{1,2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?i:{_MONTH_NAMES})\.?)\s*[:–—-]\s*{_FIXTURES_SIDES}"
    # (and where and when: "July 11: Samoa vs Tonga, Apia Park, 3pm")
    r"(?:, [^,:;.!?]{1,30}){0,2}"
    rf"|{_FIXTURES_SIDES} [–—-] (?i:{_DAY_NAMES})\.?"
    r"(?:,? \d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?)?"
)


def _is_figures_row(text: str) -> bool:
    """A row of a table's figures without its bars: "Corners  9  |  4", "54%  Possession  46%"."""
    tokens = [token for token in text.split() if token not in _SEPARATOR_TOKENS]
    figures = sum(any(c.isdigit() for c in token) for token in tokens)
    return figures >= 2 and figures >= 0.4 * len(tokens)


def shape_candidates(reasons: list[str]) -> range:
    """The lines the fitted pass may weigh. Not on a short paste: its features of place (how far
    down, what is around) describe a page, and a few lines are no page. Never the first line the
    rules left: it becomes the article's title, and a headline is short, capitalised and
    unpunctuated like furniture."""
    if len(reasons) < _SHAPE_MIN_LINES:
        return range(0)
    first = next((i for i, reason in enumerate(reasons) if not reason), len(reasons))
    return range(first + 1, len(reasons))


# Reasons that make no line furniture beside them: none, or an ornament ("✦", "★★★★★" between
# a review's title and its text).
_NOT_A_NEIGHBOUR = frozenset(["", "separator"])


def _mark_by_shape(page: "ShapedPage") -> None:
    """The fitted pass over what the rules left (see the module's docstring)."""
    sentences, reasons = page.sentences, page.reasons
    # (a fact box's lines are its facts, however furniture-shaped: "Best director: A Name")
    boxed = fact_box_lines(sentences, reasons, range(len(sentences)))
    taken = [
        i
        for i in shape_candidates(reasons)
        if not reasons[i]
        and i not in boxed
        and shape_may_take(sentences[i])
        and (bar := page.bar(i)) is not None
        and _taken_by_shape(page.features(i), bar)
    ]
    for i in taken:  # (judged on the rules' reasons, not on each other's)
        reasons[i] = "furniture by its shape"


# The wording pass, last: what the rules and the shape pass left, weighed by the line's words and
# word pairs (`patterns.wording`) beside the shape pass's features of the line and its place. A
# page's furniture is worded in a site's own way ("Members read every local story in full …",
# "Live coverage by A and B.", "Got photos or video?"), in prose, where the shape pass may not
# judge; words many sites share give it away. Fitted by `python -m
# tests.text.train_wording` (an L1-penalised logistic regression over words that many tuning sets
# use, `MIN_SETS`); it hides a line only at odds of 0.9 and judges the same lines the shape pass
# may weigh (a page, never its first kept line) except a fact box's and a sentence in a
# paragraph of the story. (Each tuning set left out in turn, round twenty-five: at 0.95 it hid
# 143 furniture lines and 7 others; at 0.9, 241 and 17, the others mostly labels, data and
# advice; at 0.85, 318 and 37.)
_WORDING_THRESHOLD = 0.9
WORDING = (WORDING_BIAS, WORDING_WEIGHTS)


def wording_candidates(page: "ShapedPage") -> list[int]:
    """The lines the wording pass judges: a page's lines after its first kept one, but a fact
    box's, a sentence in a paragraph of the story and a correction (the paper's own record:
    "CORRECTION: A previous version of this story misspelled …", an outside review)."""
    sentences, reasons = page.sentences, page.reasons
    boxed = fact_box_lines(sentences, reasons, range(len(sentences)))
    return [
        i
        for i in shape_candidates(reasons)
        if not reasons[i]
        and i not in boxed
        and (not page.in_storys_paragraph(i) or page.furniture_in_paragraph(i))
        and not page.led_in(i)
        and not _CORRECTION.match(sentences[i].lstrip())
        and not _ITS_SUBJECT_SAYS.match(sentences[i].lstrip())
    ]


_CORRECTION = re.compile(r"(?:correction|clarification)s?\b", re.IGNORECASE)
# A sentence whose subject, named or referred to, says or advises: the story's report of
# someone, however many addresses it gives ("Brissett-Ogilvie said groups can write to …", "It
# advised the public to check levels at … and to call …"), not the page's own words.
_ITS_SUBJECT_SAYS = re.compile(
    r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}|It|He|She|They|The [a-z]+(?: [a-z]+){0,2})"
    r" (?:also |further |earlier )?(?:said|says|told|advised|urged|warned|added|stressed)\b"
)


def wording_features(page: "ShapedPage", index: int) -> dict[str, float]:
    """The wording pass's features of a line: the shape pass's, and its words."""
    features = {f"shape:{name}": value for name, value in page.features(index).items()}
    features.update(dict.fromkeys((f"word:{w}" for w in wording(page.sentences[index])), 1.0))
    if page.furniture_in_paragraph(index):
        features["shape:furniture in its paragraph"] = 1.0
    if page.in_the_tail(index):
        features["shape:in the page's tail"] = 1.0
    return features


def wording_takes(features: dict[str, float], weights=None) -> bool:
    """Do the wording pass's odds for a line with these features reach its bar? (`weights`:
    (bias, table), the committed `WORDING` unless given: the trainer's check passes its own.)"""
    bias, table = WORDING if weights is None else weights
    logit = bias + sum(table.get(name, 0.0) * value for name, value in features.items())
    return shape_takes(logit, _WORDING_THRESHOLD)


def _mark_by_wording(page: "ShapedPage") -> None:
    taken = [i for i in wording_candidates(page) if wording_takes(wording_features(page, i))]
    for i in taken:  # (judged on what came before, not on each other)
        page.reasons[i] = "furniture by its wording"


_DOUBLE_QUOTES = '“”"'
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|^[^:]{1,40}:\s")  # (and a turn's prefix)
_TURN_PREFIX = re.compile(r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}|Q|A): ")
_QUOTED_SPAN = re.compile(r'[“"]([^“”"]+)[”"]')


def _pure_quotation(text: str) -> bool:
    """Nothing but one quotation in double marks: no words of the story's own around it."""
    inside = text[1:-1]
    return text[:1] in '“"' and text[-1:] in '”"' and not any(c in inside for c in _DOUBLE_QUOTES)


_NOT_A_LETTER = re.compile(r"[^\w]+")
_PULL_QUOTE_WORDS = 4  # a pull quote repeats a whole sentence of the story, not a word or two


def _spelt_by_handle(name: str, handle_line: str) -> bool:
    """Is `name` the account a bare handle line spells ("Ostrevan Metro" over
    "@OstrevanMetro", "Tram and Metro Workers' Union" over "@TMWU_Ostrevan")? A headline
    above a handle ("Police confirm two arrests" over "Kelby Police (@KelbyPolice)") is not."""
    handle = handle_line.strip().lstrip("(").rstrip(")")
    if not handle.startswith("@") or not name.strip()[:1].isupper():
        return False
    handle = handle[1:].lower()
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper()]
    initials = "".join(w[0] for w in words).lower()
    return bool(words) and (
        words[0].lower() in handle or (len(initials) >= 2 and initials in handle)
    )


def _mark_pull_quotes(
    sentences: list[str], reasons: list[str], paragraphs: list[int] | None
) -> None:
    """A pull quote: a paragraph that is nothing but a quotation, every sentence of which the
    story has already given inside quotation marks in a paragraph with more in it ("“There is
    no painless version of this budget,” she said.") or in an interview's answer ("Lund: There
    is no painless version …"): the page's display copy of a quote, not
    a claim twice in the queue. (A quotation that comes first, a headline's or a lead's, is the
    story's claim, however often the story repeats its words.)"""
    if paragraphs is None or not any(text.lstrip()[:1] in '“"' for text in sentences):
        return
    members: dict[int, list[int]] = {}
    for i, p in enumerate(paragraphs):
        members.setdefault(p, []).append(i)

    def key(text: str) -> str:
        return " " + _NOT_A_LETTER.sub(" ", text.lower()).strip() + " "

    # The candidates first (most pages have none): quotation-only paragraphs of whole sentences.
    candidates: dict[int, list[str]] = {}
    pure: set[int] = set()
    for p, group in members.items():
        if sentences[group[0]].lstrip()[:1] not in '“"':
            continue
        if _pure_quotation(" ".join(sentences[i].strip() for i in group)):
            pure.add(p)
            keys = [key(sentences[i]) for i in group]
            whole = all(len(k.split()) >= _PULL_QUOTE_WORDS for k in keys)
            if whole and not any(reasons[i] for i in group):
                candidates[p] = keys
    if not candidates:
        return
    said: set[str] = set()  # the sentences the paragraphs so far quoted, as keys
    last = max(candidates)
    for p, group in sorted(members.items()):
        if p > last:
            break
        if p in candidates:
            if all(k in said for k in candidates[p]):
                for i in group:
                    reasons[i] = "pull quote"
            continue
        if p in pure:
            continue  # (a quotation on its own gives no speaker's words to copy)
        text = " ".join(sentences[i] for i in group)
        if '"' in text or "“" in text or ":" in text:
            # (an interview's answer is the interviewee's words without quotation marks)
            spoken = [text] if _TURN_PREFIX.match(text) else _QUOTED_SPAN.findall(text)
            said.update(key(part) for q in spoken for part in _SENTENCE_BREAK.split(q))


# Readers' comments under a story: a heading ("7 thoughts on “…”", "Comments (3)", "Leave a
# reply"), then comments, each with its "Reply" button ("Reply", "Like   Reply").
_COMMENT_HEADING = re.compile(
    r"\d+ (?:comments?|thoughts? on\b.*|responses? to\b.*|replies)"
    r"|(?:reader )?comments(?: \(\d+\))?|responses \(\d+\)"
    r"|(?:view|show|leave|add|post) (?:a |all )?comments?"
    r"(?: \(\d+\))?|leave a reply|(?:join|start) the (?:conversation|discussion)"
    r"|discussion \(\d+\)"
    # (with its button beside it: "9 comments · Add a comment")
    r"|\d+ comments?\s+[·|]\s+(?:add|post|leave|write) a comment",
    re.IGNORECASE,
)
# (or after its icon, "💬 38 Comments", the heading only where no other is: a count with its
# icon under the byline is the button to the thread, "💬 14 comments")
_ICON_COMMENT_HEADING = re.compile(rf"[^\w\s]{{1,2}}\s*(?:{_COMMENT_HEADING.pattern})", re.I)
# (a button beside "Reply", with its count or not: "Like", "Like 41", "Like (18)", "👍 63"; a
# bare count is none, "1.2K   Reply" is an embedded post's, and a count belongs to its button
# one way only, or a long row took time doubling with each button)
_BESIDE_REPLY = r"(?:like|report|share|👍|👏|❤️?|♥)(?:\s*\(?\d[\d,.]*k?\)?)?"
_REPLY_BUTTONS = re.compile(
    # (after the comment's time stamp: "June 1, 2026 at 10:12 pm  ·  Reply")
    rf"(?:[^·|]{{1,40}}[·|]\s*)?(?:{_BESIDE_REPLY}\s+)*reply(?:\s+{_BESIDE_REPLY})*"
    # (and its counts after it: "Reply · 57 likes")
    r"(?:\s*[·|]\s*[^·|]{1,30})*",
    re.IGNORECASE,
)
# A comment's author line with nothing after it: "Tochukwu_UmuFC  says:", "Ann Lee says:".
_COMMENT_AUTHOR = re.compile(r"[\w.'’-]+(?: [\w.'’-]+){0,2}\s+(?:says|wrote):")
_AUTHOR_TO_REPLY = 4  # an author line's comment is short: its Reply mark follows within lines
# A comment's count under it: "Recommend 31", "Likes (4)", "12 likes".
_COMMENT_COUNT = re.compile(
    r"(?:recommend|like|upvote)s?\s*\(?\d{1,6}\)?|\d{1,6}\s+(?:likes?|recommends?|upvotes?)",
    re.IGNORECASE,
)
# A commenter's name over the comment's time stamp: "Kashif R.", "Suresh K", "Ann_Lee99", or
# a handle in small letters ("kofi_bright_gh", "@kakwandi"), or a name from a town ("Greg from
# Curlewis").
_COMMENTER = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?: from [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?"
    r"|@[\w.]{2,30}|[a-z][a-z0-9.]*_[\w.]{1,30}"
)
_COMMENTER_THEN_STAMP = re.compile(rf"({_COMMENTER.pattern})\s+[·|•—–]\s+(.{{2,40}})")
# How long ago, as a phone's thread shortens it: "2h", "45m", "3 d", "1w".
_SHORT_AGO = re.compile(r"\d{1,2} ?(?:m|min|h|hr|d|w)", re.IGNORECASE)
_NAME_THEN_HOW_LONG_AGO = re.compile(
    rf"(?:Ma\. )?(?:{_COMMENTER.pattern}) [-–—] (?i:{_SHORT_AGO.pattern}(?: ago)?|\d{{1,2}}"
    r" (?:minutes?|mins|hours?|hrs|days?|weeks?) ago)"
)


def _commenter_and_stamp(line: str) -> bool:
    """A commenter's name and how long ago the comment was posted on one line: "Dwaylon M. ·
    2 hours ago" (not a byline, "By A Name · 4 hours ago", nor a live entry's "A Name · 10:42"
    or an embedded post's "A Name · 2 March")."""
    if len(line) > 60:
        return False
    m = _COMMENTER_THEN_STAMP.fullmatch(line)
    return (
        m is not None
        and not line.startswith("By ")
        and (
            (m.group(2).lower().endswith(" ago") and _is_dates_only(m.group(2).lower()))
            or _SHORT_AGO.fullmatch(m.group(2)) is not None
        )
    )


# A name on a line of its own: two or three capitalised words ("Yusra Hashmi").
_NAME_LINE = re.compile(
    r"[A-Z][\w'’-]+(?: (?:van|von|de|da|bin|al|ní|ó|Ó))?(?: [A-Z][\w'’-]+){1,2}"
)


_STAMP = re.compile(r"[\[(]?(\d{1,2}:\d{2})")


def _leading_stamps(sentences: list[str]) -> Counter:
    return Counter(m.group(1) for m in map(_STAMP.match, map(str.strip, sentences)) if m)


def _stamps_come_back(sentences: list[str], run: list[int], stamps: Counter) -> bool:
    """Do at least two of the run's stamps open other lines of the page (its entries)?"""
    opening = (_STAMP.match(sentences[i].strip()) for i in run)
    in_run = Counter(match.group(1) for match in opening if match)
    return sum(1 for stamp, k in in_run.items() if stamps[stamp] > k) >= 2


_TRACKS_HEAD = re.compile(
    r"(?:the )?(?:track ?list(?:ing)?|tracks|set ?list|running order|side [ab12])\b", re.I
)


# A poll's count of its votes by its label: "Total votes: 5,212", "Responses cast: 88".
_VOTE_TOTAL = r"(?:total )?(?:votes?|responses?)(?: cast)?:\s?[\d,]+\.?"

# A poll's answer with its share of the vote, on a line of its own: "The Bees' Stand   38%",
# "Yes, every week   64%"; or, set as a survey's results are too, "Not sure — 15%", "Yes:
# 68.4%", "A Name (Rovers) 47%" (a reader poll's only with a sign of the widget: see below).
_SHARE = r"\d{1,3}(?:[.,]\d)?\s?%"  # an answer's share of the vote: "38%", "68.4 %"
_POLL_OPTION = re.compile(rf"\S[^\n]{{0,60}}?(?:\s{{2,}}|\t){_SHARE}")
_POLL_OPTION_SET = re.compile(rf"\S[^\n]{{0,60}}?(?:\s{{2,}}|\t|\s[—–-]\s|:\s?|(?<=\))\s){_SHARE}")
# (or after one space, as a phone's paste leaves it, "Yes, it's overdue 27%": only under the
# widget's own label, "POLL"; a count's "Yes 58%" under "How the county voted" is news)
_POLL_OPTION_LOOSE = re.compile(rf"\S[^\n]{{0,60}}?\s{_SHARE}")
_POLL_WORD = re.compile(r"(?i:(?:reader |readers'? |our |quick |today's )?poll)\W{0,3}")
# The widget's label opening its question's line: "📊 POLL · Should …?", "TODAY'S POLL: …?".
_POLL_LABEL_OPENING = re.compile(
    r"\W{0,4}(?:reader |readers'? |our |quick |today['’]s |daily )?poll\s?[·:|–—-]", re.IGNORECASE
)
# The widget's label over its question: "READER POLL", "POLL RESULTS", "Quick vote" (not a
# survey's "Survey results", whose answers are news).
_POLL_LABEL = re.compile(r"[^.!?]{0,30}\b(?:poll|vote|voted|voting)\b[^.!?]{0,20}", re.IGNORECASE)
# What a story says of a survey before its question: "according to a survey", "the pollster
# asked 1,200 voters" (its answers are the survey's findings).
_SURVEY_BEFORE = re.compile(
    r"\b(?:survey|surveyed|pollsters?|respondents|poll (?:found|finds|shows|showed)|according to"
    r"|asked \d|commissioned)\b",
    re.IGNORECASE,
)
# A poll's answers on one line: "Yes: 38% | No: 51% | Don't know: 11%".
_POLL_STRIP_CELL = re.compile(rf"[^|·\n]{{1,40}}?(?:\s|:\s?|\s[—–-]\s){_SHARE}")
_POLL_STRIP_CHARS = 300
# A reader poll's label standing where its question would: "Player of the Match: you voted",
# "FAN POLL" (not a survey's fact box, "Poll at a glance": its figures are the story's).
_POLL_HEAD = re.compile(
    r"[^.!?]*\b(?:(?:you|readers|fans) voted|(?:reader|readers'?|fan|fans'?|online|web|website)"
    r" (?:poll|vote)|vote (?:now|here))\b[^.!?]*",
    re.IGNORECASE,
)
_POLL_HEAD_WORDS = 8
# What a poll says of itself under its answers: its tally ("2,418 votes.", "Total votes:
# 5,212", "1,137 readers responded online.", "Voting closed at midnight, and 1,906 readers took
# part.") and its caveat ("Results reflect only the readers who chose to answer …").
_POLL_AFTER = re.compile(
    rf"{_VOTE_TOTAL}"
    r"|[\d,]+ (?:votes?|responses?|readers?|people|voters|fans)\b[^.!?]{0,60}\.?"
    r"|(?:voting|the poll|this poll|the vote) (?:closed|closes|ended|ends)\b[^!?]{0,80}?\.?"
    r"|(?:the |this |these |our )?(?:poll|results?)\b[^.!?]{0,120}\b(?:scientific|readers who"
    r"|those who|who chose|took part|self-selected|not representative)\b[^!?]{0,120}?\.?"
    r"|(?:this|it) is not a scientific (?:poll|survey)\.?",
    re.IGNORECASE,
)
_POLL_AFTER_LINES = 2
# A quiz's question counter: "Question 1 of 5: Which capital …?"
_QUIZ_QUESTION = re.compile(r"Question \d{1,2} of \d{1,2}\b.*\?", re.IGNORECASE)
_WIDGET_LABEL_WORDS = 4  # "FAN POLL", "POLL / ENCUESTA", "QUIZ", "Reader poll"
_WIDGET_QUESTION_WORDS = 20


def _mark_polls_and_quizzes(sentences: list[str], reasons: list[str], alone: list[bool]) -> None:
    """A reader poll: its question, then two or more answers each with its share of the vote
    ("What should we call the new stand?" over "The Bees' Stand   38%", "The 1994 Stand
    27%"), and the widget's label above ("FAN POLL"); a quiz's "Question 1 of 5: …?", its
    title's question and label. (Never a table of results: those have a heading, no question.)"""
    n = len(sentences)
    i = 0
    while i < n:
        start = i
        spaced = True  # (every answer set off by spaces, as only a widget sets them)
        loose = False
        while i < n and alone[i]:
            line = sentences[i].strip()
            if not _POLL_OPTION_SET.fullmatch(line):
                # (one space only in a run of such answers: after answers set apart, a line
                # ending in a share is the story's, "Meter revenue fell 12%")
                if (i > start and not loose) or not _POLL_OPTION_LOOSE.fullmatch(line):
                    break
                loose = True
            spaced = spaced and bool(_POLL_OPTION.fullmatch(line))
            i += 1
        options = i - start
        question = start - 1
        if loose and not (
            (
                question >= 1
                and alone[question - 1]
                and _POLL_WORD.fullmatch(sentences[question - 1].strip())
            )
            # (or the label opening the question's own line: "READER POLL: Where …?")
            or (question >= 0 and _POLL_LABEL_OPENING.match(sentences[question]))
        ):
            # (a set answer may follow a line the run took in; a run longer than a poll's is
            # none, and is not read again from each of its lines)
            i = start + 1 if options <= _POLL_ANSWERS else i
            continue
        quiz = options == 0 and alone[i] and bool(_QUIZ_QUESTION.fullmatch(sentences[i].strip()))
        if quiz:
            reasons[i] = "poll or quiz"
            question, i = i - 1, i + 1
        elif options < 2 and not _is_poll_strip(sentences[start], alone[start]):
            i = start + 1  # (a lone answer's line: the next line may open a run)
            continue
        elif options < 2:
            options, i = 1, start + 1
        asked = (
            question >= 0
            and alone[question]
            and sentences[question].strip().endswith("?")
            and _words(sentences[question]) <= _WIDGET_QUESTION_WORDS
        )
        headed = (
            not asked
            and question >= 0
            and alone[question]
            and _words(sentences[question]) <= _POLL_HEAD_WORDS
            and bool(_POLL_HEAD.fullmatch(sentences[question].strip()))
        )
        if not asked and not quiz and not headed:
            continue
        after = start + options
        tallied = []
        while (
            after < min(n, start + options + _POLL_AFTER_LINES)
            and _POLL_AFTER.fullmatch(sentences[after].strip())
            and not _SAYING.search(sentences[after])
        ):
            tallied.append(after)
            after += 1
        if asked and not quiz and (options < 2 or not spaced):
            # Answers set as a survey's results may be one: a reader poll's only under the
            # widget's label or over its tally, and never after a story's word of a survey.
            label = question - 1
            labelled = label >= 0 and bool(_POLL_LABEL.fullmatch(sentences[label].strip()))
            # (or the label opening the question's own line: "📊 POLL · Should … ?")
            labelled = labelled or bool(_POLL_LABEL_OPENING.match(sentences[question]))
            surveyed = any(
                _SURVEY_BEFORE.search(sentences[k]) for k in range(max(0, question - 3), question)
            )
            if not labelled and (surveyed or not tallied):
                continue
        for j in range(start, start + options):
            reasons[j] = "poll or quiz"
        if headed:
            reasons[question] = "poll or quiz"
        for j in tallied:
            reasons[j] = "poll or quiz"
        if asked:
            reasons[question] = "poll or quiz"
            label = question - 1
            short = label >= 0 and alone[label] and _words(sentences[label]) <= _WIDGET_LABEL_WORDS
            if short and sentences[label].strip()[-1:] not in _TERMINAL:
                reasons[label] = reasons[label] or "poll or quiz"
    _mark_polls_before_the_vote(sentences, reasons, alone)
    _mark_polls_under_their_label(sentences, reasons, alone)


# A widget's count of its votes: "12,406 votes so far.", "Total votes: 5,212".
_WIDGET_TALLY = re.compile(
    rf"{_VOTE_TOTAL}"
    r"|[\d,]+ (?:votes?|responses?)(?: (?:so far|cast|counted|in total))?\.?",
    re.IGNORECASE,
)
# A poll widget's own label: "READER POLL", "Poll", "Quick poll", "Poll of the day".
_POLL_WIDGET_LABEL = re.compile(
    r"(?:(?:reader|readers['’]?|fan|fans['’]?|online|web|quick|daily|today['’]s|our)\s+)?poll"
    r"(?: of the (?:day|week))?",
    re.IGNORECASE,
)


def _mark_polls_under_their_label(
    sentences: list[str], reasons: list[str], alone: list[bool]
) -> None:
    """A poll widget by its label, whatever its answers look like: the label, the question
    right under it, its answers' row (which other rules read as a strip or buttons), and its
    tally after ("READER POLL" / "Who do you think will win …?" / "A   B   Too close to call" /
    "12,406 votes so far."). Not a story's "Poll" subhead over its question and findings: no
    answers' row under the question there."""
    n = len(sentences)
    for i in range(n - 2):
        if not (alone[i] and alone[i + 1] and _POLL_WIDGET_LABEL.fullmatch(sentences[i].strip())):
            continue
        question = sentences[i + 1].strip()
        if not question.endswith("?") or _words(question) > _WIDGET_QUESTION_WORDS:
            continue
        if not (reasons[i + 2] and alone[i + 2]):
            continue
        reasons[i] = reasons[i] or "poll or quiz"
        reasons[i + 1] = reasons[i + 1] or "poll or quiz"
        for j in range(i + 2, min(n, i + 2 + _POLL_ANSWERS + _POLL_AFTER_LINES)):
            if reasons[j]:
                continue  # (its answers, which other rules read as a strip or buttons)
            if not _WIDGET_TALLY.fullmatch(sentences[j].strip()):
                break
            reasons[j] = "poll or quiz"


def _is_poll_strip(text: str, alone: bool) -> bool:
    """Two to six answers with their shares on one line of its own."""
    if not alone or len(text) > _POLL_STRIP_CHARS or text.count("%") < 2:
        return False
    cells = re.split(r"\s*[|·]\s*", text.strip())
    if len(cells) >= 2:
        # (its tally after a dash: "Yes 17% · No 76% · Can't say 7% — 2,418 votes")
        answer = re.fullmatch(r"(.+?)\s+[—–]\s+(.+)", cells[-1])
        if answer and _WIDGET_TALLY.fullmatch(answer.group(2)):
            cells[-1] = answer.group(1)
    if len(cells) >= 3 and _WIDGET_TALLY.fullmatch(cells[-1]):
        cells = cells[:-1]  # (its tally at the end: "Yes 41% · No 59% · 3,812 votes")
    return 2 <= len(cells) <= 6 and all(_POLL_STRIP_CELL.fullmatch(c) for c in cells)


# A poll's button under its answers: "Vote", "Vote   |   View results", "Submit".
_VOTE_BUTTON = re.compile(
    r"(?:vote(?: now)?|submit(?: (?:my|your) (?:vote|answer))?|cast (?:my|your) vote)"
    r"(?:\s*[|·/]?\s*(?:view|see|show) (?:the )?results)?",
    re.IGNORECASE,
)
_POLL_ANSWER_WORDS = 10
_POLL_ANSWERS = 6


def _mark_polls_before_the_vote(
    sentences: list[str], reasons: list[str], alone: list[bool]
) -> None:
    """A reader poll before its results: its question, two to six short answers each a line of
    its own ("Yes, I'll take my chances", "No, not until the tests are clean"), and its button
    under them ("Vote   |   View results"): all the widget's. (Not the line above: a label
    there is furniture already, and anything else may be the story's.)"""
    for i, text in enumerate(sentences):
        if not alone[i] or not _VOTE_BUTTON.fullmatch(text.strip()):
            continue
        j = i - 1
        while (
            j >= 0
            and i - j <= _POLL_ANSWERS
            and alone[j]
            and _words(sentences[j]) <= _POLL_ANSWER_WORDS
            and sentences[j].strip()[-1:] not in _TERMINAL + ":"
        ):
            j -= 1
        question = j
        if i - question - 1 < 2 or question < 0 or not alone[question]:
            continue
        if not sentences[question].strip().endswith("?") or (
            _words(sentences[question]) > _WIDGET_QUESTION_WORDS
        ):
            continue
        for k in range(question, i + 1):
            reasons[k] = reasons[k] or "poll or quiz"


def _mark_contents(sentences: list[str], reasons: list[str], alone: list[bool]) -> None:
    """A page's numbered contents: three or more lines "1. Main points", "2. Employment" in
    order, each a short title of nouns (no stop, no verb of a sentence, no article, no figure:
    "1. Publish the contracts", "2. Freeze fees until 2027" are a story's list)."""
    run: list[int] = []
    expected = 0
    tracks = False
    for i in [*range(len(sentences)), len(sentences)]:
        item = _CONTENTS_ITEM.fullmatch(sentences[i].strip()) if i < len(sentences) else None
        if item and not run and i > 0 and sentences[i - 1].rstrip().endswith(":"):
            item = None  # "The union has three demands:" then its list: the story's
        if item and not run and i > 0 and _TRACKS_HEAD.match(sentences[i - 1].strip()):
            tracks = True  # "Tracklist" then "1. Salt Road": the record's songs, not the page's
        tracks = tracks and item is not None
        item = None if tracks else item
        title = item.group(2) if item else ""
        is_item = (
            item is not None
            and alone[i]
            and _words(title) <= 5
            and not _CLAUSE_VERB.search(title)
            and _ARTICLES.isdisjoint(title.lower().split())
            and not any(c.isdigit() for c in title)
        )
        number = int(item.group(1)) if item else 0
        if is_item and run and number == expected:
            run.append(i)
            expected += 1
            continue
        if len(run) >= 3:
            for j in run:
                reasons[j] = reasons[j] or "contents list"
        run, expected = ([i], number + 1) if is_item else ([], 0)


# An entry's clock stamp and its writer's name under the stamp's "Key event" label and the
# entry's headline: a few lines apart.
_STAMP_TO_ENTRY_BYLINE = 3
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\b|\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)


def _mark_entry_bylines(sentences: list[str], reasons: list[str], alone: list[bool]) -> None:
    """A live page's entries each carry their stamp and their writer's name on lines of their
    own ("10:02" / "Yusra Hashmi"): a name line that comes back, alone, at least twice, and
    once right after a stamp, or twice a few lines under a clock's ("6.20pm" / "Key event" / a
    headline / "A Name"), is a byline wherever it stands (a subhead is not repeated; a recap's
    player under a day's date is no entry's writer)."""
    n = len(sentences)
    lines: dict[str, list[int]] = {}
    for i in range(n):
        text = sentences[i].strip()
        if alone[i] and len(text) <= 40 and _NAME_LINE.fullmatch(text):
            lines.setdefault(text, []).append(i)

    def under_a_clock(i: int) -> bool:
        return any(
            reasons[j] == "date line" and len(sentences[j]) <= 40 and _CLOCK.search(sentences[j])
            for j in range(max(0, i - _STAMP_TO_ENTRY_BYLINE), i)
        )

    for found in lines.values():
        if len(found) < 2:
            continue
        stamped = any(i > 0 and reasons[i - 1] == "date line" for i in found)
        if stamped or sum(1 for i in found if under_a_clock(i)) >= 2:
            for i in found:
                reasons[i] = reasons[i] or "byline"


# An email's header lines pasted with it: "From: A School <office@…>", "To: Parents",
# "Subject: Newsletter 14 – …", "Date: 12 March 2026".
# (a header's value opens with a capital, a figure or an address: "To: the point, the board
# rejected …" is a sentence)
_HEADER_LINE = re.compile(
    r"(from|to|subject|date|sent|cc|bcc|reply-to)\s*:\s*(?:(?-i:[A-Z0-9<\"“'])|[\w.+-]+@).*",
    re.IGNORECASE,
)
_HEADER_REACH = 12  # lines from the top of the paste: a header opens what was forwarded


def _mark_email_header(sentences: list[str], reasons: list[str], alone: list[bool]) -> None:
    """Two or more header lines together at the top: a "From:" with an address, or a
    "Subject:" with a "Date:" or "Sent:"."""
    found = []
    addressed = False
    for i in range(min(len(sentences), _HEADER_REACH)):
        m = _HEADER_LINE.fullmatch(sentences[i].strip()) if alone[i] else None
        if m:
            found.append((i, m.group(1).lower()))
            addressed = addressed or (m.group(1).lower() == "from" and "@" in sentences[i])
    keys = {key for _i, key in found}
    if len(keys) >= 2 and (addressed or ("subject" in keys and keys & {"date", "sent"})):
        for i, _key in found:
            reasons[i] = reasons[i] or "email header"
    for i, key in found:
        value = sentences[i].split(":", 1)[1].strip()
        address = _AN_ADDRESS.fullmatch(value) if key in ("from", "to", "reply-to") else None
        if address and "." in address.group(1)[1:-1]:
            # (a sender or a reader with an address is the header on its own: "From: Pacific
            # Morning Brief <hello@…>", "To: you@example.com")
            reasons[i] = reasons[i] or "email header"
    for i in range(min(len(sentences), _SUBJECT_REACH + 1)):
        # (a webmail's subject over its folder's label: "Morning Note: RBA cuts to 3.35% — what
        # it means for your mortgage" over "Inbox ×")
        if alone[i] and _INBOX_LABEL.fullmatch(sentences[i].strip()):
            for k in range(i + 1):
                reasons[k] = reasons[k] or "email header"
            break
    for i in range(min(len(sentences), _HEADER_REACH)):
        # (a mail client's sender without its label: "Cedi & Cocoa <briefing@…>"; not one a
        # story quotes, "The email comes from this address:" over it)
        line = sentences[i].strip()
        quoted = i > 0 and sentences[i - 1].rstrip()[-1:] == ":"
        if alone[i] and not reasons[i] and not quoted and line[-1:] == ">" and "<" in line:
            address = _AN_ADDRESS.fullmatch(line)
            if address and "." in address.group(1)[1:-1]:
                reasons[i] = "email header"
                # (and the subject a webmail shows over its sender: "The Abra Brief: Peak
                # parking rates arrive April 1 · Green Line runs later")
                subject = sentences[i - 1].strip() if 0 < i <= _SUBJECT_LINE + 1 else ""
                if (
                    subject
                    and alone[i - 1]
                    and _words(subject) <= _SUBJECT_WORDS
                    and _unpunctuated(subject)
                    and not _REPORTING.search(subject)
                ):
                    reasons[i - 1] = reasons[i - 1] or "email header"


# A webmail folder's label under the message's subject, with its close button: "Inbox ×".
_INBOX_LABEL = re.compile(r"inbox(?:\s*[×x✕])?", re.IGNORECASE)
_SUBJECT_REACH = 2  # (the subject is the first line, or under a webmail's own line)
_SUBJECT_WORDS = 30
_SUBJECT_LINE = 4  # (a webmail's subject is among its first lines, under its folder and tabs)


# A header's address, with the name before it in brackets or alone. (Its parts are bounded and
# its domain's dot looked for apart: an open pattern read a long run of dots back and forth.)
_AN_ADDRESS = re.compile(r"(?:[^<>@]{0,80}<)?[^<>\s@]{1,64}@([^<>\s@]{1,253}?)>?")


# More lines of text than this between a comments heading and the first comment: the
# heading is a button over the story, not the thread's.
_STORY_UNDER_A_BUTTON = 8
# Fewer of the story's lines than this above a comments heading: the heading is a button under
# the headline, not the thread's at the page's foot.
_STORY_ABOVE_A_THREAD = 4


def _heading_under_the_story(
    sentences: list[str], reasons: list[str], alone: list[bool], heading: re.Pattern
) -> int | None:
    """The first line below the page's first third that is a thread's `heading` on its own (120
    characters at most), with story lines above it, or None."""
    n = len(sentences)
    return next(
        (
            i
            for i in range(n // 3 + 1, n)
            if alone[i]
            and len(sentences[i]) <= 120
            and heading.fullmatch(sentences[i].strip()) is not None
            and sum(1 for j in range(i) if not reasons[j]) >= _STORY_ABOVE_A_THREAD
        ),
        None,
    )


def _mark_comment_thread(sentences: list[str], reasons: list[str], alone: list[bool]) -> None:
    """A thread of readers' comments is furniture whatever the comments say, from its heading
    to the last comment's "Reply" button (each comment comes before its own). Only a heading
    with a thread under it counts: a "Comments (12)" button above the story, a live blog's
    "Share" buttons and "2h ago" stamps, or vox pops' "A Name says:" have no "Reply" below."""
    n = len(sentences)

    def line_is(i: int, pattern: re.Pattern, longest: int | None = None) -> bool:
        """Is line i on its own, at most `longest` characters, and all `pattern`?"""
        short = longest is None or len(sentences[i]) <= longest
        return alone[i] and short and pattern.fullmatch(sentences[i].strip()) is not None

    def author_line(i: int) -> bool:
        """An author line ("A_Handle says:") with a Reply mark a few lines below it, never one
        with a role ("Inspector Ruth Kane says:" is a quote's)."""
        return (
            line_is(i, _COMMENT_AUTHOR, 60)
            and not any(w.lower() in ROLE_WORDS for w in sentences[i].split())
            and any(
                line_is(j, _REPLY_BUTTONS, 80)
                for j in range(i + 1, min(n, i + 1 + _AUTHOR_TO_REPLY))
            )
        )

    heading = next((i for i in range(n) if line_is(i, _COMMENT_HEADING, 120)), None)
    if heading is None:
        # (an icon's heading only under the story, below the page's first third: "💬 14
        # comments" under a byline is the button to the thread, never its heading)
        heading = _heading_under_the_story(sentences, reasons, alone, _ICON_COMMENT_HEADING)
    if heading is None:  # no heading: the thread opens at its first author line
        heading = next((i for i in range(n) if author_line(i)), None)
    if heading is None:
        return
    # A comment's marks: its Reply button or its count of likes after it ("Recommend 31"), or
    # its author's name over its time stamp before it ("Kashif R." / "Mar 12, 2026 10:51am").
    after = [
        i
        for i in range(heading + 1, n)
        if line_is(i, _REPLY_BUTTONS, 80) or line_is(i, _COMMENT_COUNT, 40)
    ]
    # (a commenter's name is no button or link of the page's own: a "Share" button or an
    # "ADVERTISEMENT" slot over a live blog's stamp is none)
    before = [
        i
        for i in range(heading + 2, n)
        if reasons[i] == "date line"
        and alone[i]
        and reasons[i - 1] != "share or follow line"
        and line_is(i - 1, _COMMENTER, 40)
    ]
    # (or both on one line, the name then how long ago: "Dwaylon M. · 2 hours ago", over a
    # reader's few words, none of the story's reporting)
    stamped = [
        i
        for i in range(heading + 1, n)
        if reasons[i] and alone[i] and _commenter_and_stamp(sentences[i].strip())
    ]
    under = [
        j
        for k, i in enumerate(stamped)
        for j in range(i + 1, min(n, i + 1 + _AUTHOR_TO_REPLY, *stamped[k + 1 : k + 2]))
        if not reasons[j]
    ]
    # (under a heading below the page's first third, the first of them right under it or under
    # the thread's own furniture, its rules: "12 comments" at its foot; a "Comments (342)"
    # button over a live page is at its head)
    # (and under the story: lines of it above the heading, not a headline and a menu; a
    # "12 comments" button under the headline over a byline's "A Name · 45m" is none)
    foot = (
        heading > n // 3
        and sum(1 for j in range(heading) if not reasons[j]) >= _STORY_ABOVE_A_THREAD
        and bool(stamped)
        and stamped[0] <= heading + _AUTHOR_TO_REPLY + 3
        and all(reasons[j] for j in range(heading + 1, stamped[0]))
    )
    if foot and not any(
        _REPORTING.search(sentences[j]) or _words(sentences[j]) > 40 for j in under
    ):
        before = sorted([*before, *stamped])
    buttons = [i for i in after if line_is(i, _REPLY_BUTTONS, 80)]
    # (not a byline, a name's label or a stamp: a live page's entry opens so)
    own_furniture = any(
        reasons[i] and reasons[i] not in ("date line", "section label", "byline")
        for i in range(heading + 1, min(n, heading + 3))
    )
    # (one comment whole: its writer and stamp right under the heading, its Reply button under
    # its few words)
    whole = bool(buttons and before) and before[0] <= heading + 3 < buttons[0]
    whole = whole and buttons[0] - before[0] <= _AUTHOR_TO_REPLY + 1
    # (a reader's few words, none of them reporting, under a reader's name, not a byline: a
    # "Comments (5)" button over "By A Name", a date and the story's lead is none)
    whole = (
        whole
        and reasons[before[0] - 1] != "byline"
        and not sentences[before[0] - 1].lstrip().startswith("By ")
        and not any(
            _REPORTING.search(sentences[j]) or _words(sentences[j]) > 40
            for j in range(before[0] + 1, buttons[0])
        )
    )
    # (or two readers' names and stamps at the page's foot, their few words under each: no
    # more lines between two stamps than a comment has)
    several = (
        foot
        and len(before) >= 2
        and set(stamped) <= set(before)
        and all(
            sum(1 for j in range(a + 1, b) if not reasons[j]) <= _AUTHOR_TO_REPLY
            for a, b in pairwise(stamped)
        )
    )
    if len(buttons) < 2 and not own_furniture and not whole and not several:
        # (stamps, counts or one comment make a thread only under a heading with the thread's
        # own furniture below it, its rules or its sort button: a "Comments (3)" button over a
        # byline, a live page's entries or a consultee's response is none)
        return
    marks = sorted(after + before)
    if not marks:
        return
    if len(marks) < 2:
        # One comment: a thread only where nothing but furniture stands between the heading
        # and the comment ("2 Comments", "Sort by Top", "Add a comment…", then its author).
        first = next((i for i in range(heading + 1, n) if not reasons[i]), n)
        opening = marks[0] - 1 if marks[0] in before else marks[0] - _AUTHOR_TO_REPLY
        if first < opening:
            return
    first_mark = marks[0] - 1 if marks[0] in before else marks[0]
    unmarked = sum(1 for i in range(heading + 1, first_mark) if not reasons[i])
    if unmarked > _STORY_UNDER_A_BUTTON:
        # A "Comments (214)" button over the story, the thread far below it: the thread
        # opens at its first comment, never at the button (a whole article was hidden).
        heading = max(heading + 1, first_mark - _AUTHOR_TO_REPLY)
        while heading < first_mark and not reasons[heading - 1]:
            heading += 1
    last = marks[-1]
    if last in before:
        # (the last comment is under its stamp: its lines up to the page's next furniture)
        end = last + 1
        while end < n and end - last <= _AUTHOR_TO_REPLY and not reasons[end]:
            end += 1
        last = end - 1
    for i in range(heading, last + 1):
        reasons[i] = reasons[i] or "reader comment"


# A reader's comment on one line with its writer's handle or name before a colon: a handle
# ("Ravi_K_Pune:", "SunilK_DXB:", "@kochikaran:"), a name and an initial ("Nour K.:"), or two or
# three names ("Marc Abou Jaoude:"; see `_a_readers_name`). One word alone is as often a
# dateline ("Dubai: Emirates said …") or a turn ("Mbadi: Yes.").
# A reader's handle's shapes, inline or alone: "@kochikaran", "Ravi_K_Pune", a name and an
# initial, "Nour K." (each use adds its own: handles with figures, "kestas77").
_HANDLE_SHAPES = (
    r"@[\w.]{2,30}|[A-Za-z][A-Za-z0-9.]*_[\w.]*|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2} [A-Z]\."
)
_INLINE_COMMENTER = re.compile(
    rf"(?:(?P<handle>{_HANDLE_SHAPES}|[A-Za-z]+\d+\w*)"
    r"|(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})"
    r")\s?:\s+\S"
)
_COMMENT_WORDS = 80
# A reader's handle alone on its line: "vytas_k", "Radu_TM", "JosephF", "kestas77", "Dace K." (a
# handle with figures has a small letter: "Q3 2027" or "G20" under a count is the story's)
_HANDLE_ALONE = re.compile(
    rf"{_HANDLE_SHAPES}|(?=[A-Za-z]*[a-z])[A-Za-z]+\d+\w*|[A-Z][a-z]+[A-Z]{{1,2}}"
)


def _commenter_alone(line: str) -> bool:
    """A reader's handle on its line, or with its stamp after it ("Guntis_Jlg 12.11.2027
    19:02", "Dace K. 12.11.2027 20:15")."""
    m = _HANDLE_ALONE.match(line)
    if m is None:
        return False
    rest = line[m.end() :].strip(" ·|-–—,")
    return not rest or (
        m.end() < len(line) and line[m.end()] == " " and _is_dates_only(rest.lower())
    )


def _a_readers_name(name: str, story_words: set[str]) -> bool:
    """Two or three names before a comment's colon are a reader's, not a role's, a label's, a
    place's or a person of the story above ("Councillor A Name:", "Abu Dhabi: …", "Mbadi: …")."""
    return not any(
        w.lower() in ROLE_WORDS or w.lower() in _OPENING_WORDS or w in story_words
        for w in name.split()
    )


def _mark_inline_comments(
    sentences: list[str], reasons: list[str], alone: list[bool], paragraphs: list[int]
) -> None:
    """Readers' comments each written on one line after its writer's name, under the thread's
    heading at the story's foot ("Comments (37)" / "Ravi_K_Pune: Rs 15 for two stops is daylight
    robbery. Fix the breakdowns first."): each comment's paragraph is furniture whatever it
    says. Only with the first comment right under the heading (past its own furniture), and
    the heading under the story: a "Comments (12)" button over the story is no thread."""
    n = len(sentences)
    heading = _heading_under_the_story(sentences, reasons, alone, _COMMENT_HEADING)
    if heading is None:
        heading = _heading_under_the_story(sentences, reasons, alone, _ICON_COMMENT_HEADING)
    if heading is None:
        return
    # (the story's words, read once)
    story = {w for j in range(heading) if not reasons[j] for w in _WORD.findall(sentences[j])}
    i, found = heading + 1, False
    while i < n:
        end = i
        while end + 1 < n and paragraphs[end + 1] == paragraphs[i]:
            end += 1
        lines = range(i, end + 1)
        # (or its writer's handle on a line of its own, perhaps with its stamp, and the comment
        # in the paragraph under it: "vytas_k" / "They built a new warehouse … Anyone could see
        # this coming.")
        comment_end = end + 1
        while comment_end + 1 < n and paragraphs[comment_end + 1] == paragraphs[end + 1]:
            comment_end += 1
        under = range(end + 1, comment_end + 1)
        if (
            end == i
            and comment_end < n
            and _commenter_alone(sentences[i].strip())
            and sum(_words(sentences[j]) for j in under) <= _COMMENT_WORDS
            and not any(_REPORTING.search(sentences[j]) or reasons[j] for j in under)
        ):
            found = True
            for j in range(i, comment_end + 1):
                reasons[j] = reasons[j] or "reader comment"
            i = comment_end + 1
            continue
        m = _INLINE_COMMENTER.match(sentences[i].strip())
        commented = (
            m is not None
            and sum(_words(sentences[j]) for j in lines) <= _COMMENT_WORDS
            and (
                m.group("handle") is not None
                or (
                    _a_readers_name(m.group("name"), story)
                    and not any(_REPORTING.search(sentences[j]) for j in lines)
                )
            )
        )
        if commented:
            found = True
            for j in lines:
                reasons[j] = reasons[j] or "reader comment"
        elif not all(reasons[j] for j in lines) or (not found and i - heading > 3):
            # (the story again, or no comment close under the heading: no thread)
            break
        i = end + 1
    if found:
        reasons[heading] = reasons[heading] or "reader comment"  # (and its heading)


_CAPITAL_LABEL_WORDS = 6
_LABEL_CHARS = 80
_INSTITUTIONS = frozenset(
    """ministry department office agency authority commission council service bureau news
    press media times post herald gazette tribune journal courier radio television police
    constabulary university institute""".split()
)
_INSTITUTION_OF = re.compile(rf"\b(?:{'|'.join(sorted(_INSTITUTIONS))}) of\b")

_ADVICE_WORDS = 30
_ADVICE_CHARS = 300


_NUMBER_TO_RING = re.compile(
    r"\b(?:call|text|dial|ring|phone|on|at|quoting)\s+\+?\d[\d -]{1,16}\d\b", re.IGNORECASE
)
_WHAT_FOLLOWS = re.compile(
    r"\band (?:the|you|your|nobody|no one|it|they|he|she|we|there|nothing)\b", re.IGNORECASE
)
_DO_NOT = re.compile(r"(?:do not|don['’]t)\s", re.IGNORECASE)
_SOURCE_AT_THE_END = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}(?:said|told|[a-z]+s|[a-z]+ed)[.!]?\s*$")
# (an order's question, "Check whether they have had two doses"; not a clause that tells of a
# place or a thing: "Visit the ward at night, when only two nurses are on duty")
_GOVERNED_CLAUSE = re.compile(r"\b(?:whether|if)\b")


# An appeal to the reader for help or information, in the passive or with a modal: "Anyone with
# information is asked to call 101.", "Anyone who needs help to leave can call the recovery line
# on 1800 555 362." — never with a source ("…, police said"), which makes it the police's; and
# not "Anyone with information should call police.", which the first labelled set keeps as the
# story's line.
_APPEAL = re.compile(
    r"(?:(?:Anyone|Witnesses|Members of the public)\b[^.!?]{0,160}?\b(?<!who )"
    r"(?:(?:is|are) (?:being )?(?:asked|urged|encouraged|invited|requested|advised) to|can|may)"
    r" (?:call|contact|ring|phone|email|e-mail|text|get in touch|report|come forward|submit"
    r"|send|leave)"
    # "We would also like to hear from anyone with doorbell footage …", "Detectives want to
    # speak to anyone who …": the force's own voice
    r"|(?:We|Police|Officers|Detectives|Investigators)(?: would(?: also| particularly)? like"
    r"| want| are keen) (?:to hear from|to speak (?:to|with)) anyone)"
    r"\b[^!?]*"
)
# A time or a date in an appeal is when to have been there, no figure of news.
_WHEN_SEEN = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}(?:st|nd|rd|th)?\s+(?="
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\b)",
    re.IGNORECASE,
)


# What turns an appeal into news: what happened ("… after a cyclist died"), what the line or
# the service did (", which took 48,000 calls"), a figure ("but only 12% of reports …").
_APPEAL_GOES_ON = re.compile(
    r"\b(?:after|which|but|yet|who|whose|following|because|when|while|although|where|as|since"
    r"|though)\b|,\s+an?\s|\s[—–]\s"
    r"|,?\s+and\s+(?!\d|(?:leave|quote|ask|give|say)\b)"
)
_MODAL_APPEAL = re.compile(
    r"\b(?:can|may) (?:call|contact|ring|phone|email|e-mail|text|get in"
    r" touch|report|come forward|submit|send|leave)\b"
)
_ANYONE_WHO = re.compile(r"\banyone who\b", re.IGNORECASE)
_REFERENCE = re.compile(
    r"\b(?:quoting|quote|ref(?:erence)?\.?|log|crime number|incident)\s*(?:number\s*)?"
    r"[\w/-]*\d[\w/-]*|[+(]?\d[\d ().-]{6,}\d",
    re.IGNORECASE,
)


def _is_an_appeal(text: str) -> bool:
    stripped = text.strip()
    if stripped[:1] not in "AWMPOD" or not _APPEAL.fullmatch(stripped):
        return False
    if _REPORTING.search(stripped) or QUOTATION_MARK.search(stripped):
        return False
    # (the appeal's own "anyone who saw …" is not the story going on)
    if _APPEAL_GOES_ON.search(_ANYONE_WHO.sub("anyone", stripped), 8):
        return False
    # (a number to ring or to quote is no figure, nor a time or a day; any other is)
    rest = _NUMBER_TO_RING.sub("", _REFERENCE.sub("", _WHEN_SEEN.sub("", stripped)))
    if any(c.isdigit() for c in rest):
        return False
    # "Anyone can report a pothole through the app" is news of a service; "Anyone who needs
    # help can call the recovery line on 1800 555 362" an appeal: a modal one gives the number.
    modal = _MODAL_APPEAL.search(stripped)
    return not modal or rest != _WHEN_SEEN.sub("", stripped) or "@" in stripped


def _advice_to_readers(text: str) -> bool:
    """Advice to the reader on a line of its own ("Ask your energy supplier about its password
    scheme", "Don't open the door to cold callers"), with nothing reported in it."""
    if len(text) > _ADVICE_CHARS:
        return False
    stripped = text.strip().lstrip(LIST_MARKS)
    if _words(stripped) > _ADVICE_WORDS or not stripped[:1].isupper():
        return False  # (a line in small letters goes on from the line before)
    if not IMPERATIVE.match(stripped):
        return False
    # Reporting is left alone: a figure, a finite verb, a quotation or a source ("Follow the
    # money and the picture is clear", "Stop the cuts, say 3,000 marchers"). A number to ring
    # is no figure ("Call 999.", "Report an outage at 1-800-555-0196"); one in the condition
    # is ("If it does not pay within 14 days, …"). The verbs of the condition ("If you were
    # at …, call …"), of the order's own "Do not", and of a clause the order governs ("Check
    # whether they have had two doses") report nothing.
    if any(c.isdigit() for c in _NUMBER_TO_RING.sub("", stripped)) or ":" in stripped:
        return False  # ("Remember the name: Lind scored four on his debut.")
    if _WHAT_FOLLOWS.search(stripped):
        return False  # "Call 101 and you get a recording": what happens, not what to do
    condition = CONDITION.match(stripped)
    order = stripped[condition.end() :] if condition else stripped
    do_not = _DO_NOT.match(order)
    verb = _CLAUSE_VERB.search(order, do_not.end() if do_not else 0)
    if verb and not _GOVERNED_CLAUSE.search(order, 0, verb.start()):
        return False
    quoted_or_sourced = QUOTATION_MARK.search(stripped) or _REPORTING.search(stripped)
    # (and an order someone gives, reported: "Do not expect the council to act, the report
    # warns.")
    sourced_at_end = _SOURCE_AT_THE_END.search(stripped)
    return not (quoted_or_sourced or sourced_at_end or " say" in stripped)


# (a few words before the bracket: a wire's headline in capitals runs longer, "KENYA INFLATION
# RISES TO 7 PCT IN MAY (STATS OFFICE)")
_BRACKETED_CAPITAL_TITLE = re.compile(
    r"(?=(?:[^a-z(]*[A-Z]){3})(?=(?:[^\s(]+\s+){1,6}\()[^a-z():.!?]{3,70}\([^()]{1,50}\)"
)


def _capital_label(text: str) -> bool:
    """A short line in capitals without a figure or a sentence's end: "LOCAL", "WHAT WE'RE
    READING", "MINISTRY OF WATER" — a section's, a newsletter's or a sender's label."""
    stripped = text.strip()
    if not stripped or stripped[-1] in _TERMINAL or len(stripped) > _LABEL_CHARS:
        return False  # (a label is short: a megabyte of quotation marks is no label)
    if _words(stripped) > _CAPITAL_LABEL_WORDS or any(c.isdigit() for c in stripped):
        return False
    letters = [c for c in stripped if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _colon_label(text: str) -> bool:
    """A short label ending in a colon: "Share this:", "In this article:", "Tags:". Not a line
    that says something or introduces someone's words: no figure or number word, no finite
    verb or participle ("Two men have been charged:", "Varga replied:"), no name after its
    first word ("Mayor Ines Varga:")."""
    stripped = text.strip()
    if not stripped.endswith(":") or len(stripped) > _LABEL_CHARS:
        return False
    if _words(stripped) > _COLON_LABEL_WORDS:
        return False
    if len(stripped) < 5 or any(c.isdigit() for c in stripped):
        return False  # ("Q:", "A:": a transcript's turn)
    words = stripped.rstrip(":").split()
    if len(words) < 2:
        return False  # "Varga:" on its line is a speaker's turn ("Tags:" is a rule of its own)
    if any(w[:1].isupper() for w in words[1:]) or any(w.lower() in NUMBER_WORDS for w in words):
        return False
    if any(w.lower().endswith("ed") for w in words) or _CLAUSE_VERB.search(stripped):
        return False
    lowered = {w.lower().strip("'’") for w in words}
    if not lowered.isdisjoint(_LISTING_VERBS) and lowered.isdisjoint(_SITES_OWN_WORDS):
        return False  # a lead-in to the story's own list: "The titles going digital-only include:"
    if words[0] in _STORYS_OWN_OPENINGS and lowered.isdisjoint(_SITES_OWN_WORDS):
        return False  # and the story's list by its noun: "The closures:", "Under the ordinance:"
    return not _REPORTING.search(stripped) and not _SAYS.search(stripped)


_LISTING_VERBS = frozenset("include includes including contain contains follow follows".split())
_STORYS_OWN_OPENINGS = frozenset("The These Its Their Under".split())
# Words of a lead-in to the site's own list ("Ways to follow us:", "Our free newsletters
# include:", "This offer includes:").
_SITES_OWN_WORDS = frozenset(
    """us our your you offer offers membership subscription subscriptions trial newsletter
    newsletters app stories headlines news top today more""".split()
)


_COLON_LABEL_WORDS = 5
_SAYS = re.compile(r"\b(?:says|say|writes|wrote|adds|added|asks|asked|explains|explained)\b")


def _mark_label_lines(
    sentences: list[str], reasons: list[str], alone: list[bool], first: int
) -> None:
    """Labels on lines of their own are furniture: short ones ending in a colon, and ones in
    capitals, except a subhead (the line right above a sentence of reporting: "COURT", then
    the court report) and what may be a headline in capitals."""
    n = len(sentences)
    for i in range(n):
        if reasons[i] or not alone[i]:
            continue
        quotation_next = i + 1 < n and sentences[i + 1].lstrip()[:1] in '“"‘'
        if _colon_label(sentences[i]) and not quotation_next:
            reasons[i] = "section label"  # (before a quotation, a line introduces it)
            continue
        if i > first and _BRACKETED_CAPITAL_TITLE.fullmatch(sentences[i].strip()):
            # A table's or a box's title in capitals, its unit, day or period in brackets, in
            # the story: "DAM LEVELS (Wednesday)", "KEY FIGURES (six months to Aug 31)" (not a
            # notice's heading, its act and its subject: "ROAD TRAFFIC ACT 1985: CLOSURE OF …")
            reasons[i] = "section label"
            continue
        if not _capital_label(sentences[i]):
            continue
        if i + 1 < n and not reasons[i + 1] and _is_reporting(sentences[i + 1]):
            continue
        words = [w.strip(".,'’&").lower() for w in sentences[i].split()]
        # An institution's name ("MINISTRY OF WATER", "KESSLING DEPARTMENT OF HEALTH",
        # "CROSSWIND NEWS") is a sender's or a masthead's label anywhere. Other words in
        # capitals may be a headline ("KELLIN MILL TO CLOSE", "ROVERS WIN THE CUP", "STRIKE
        # CALLED OFF"): only a short one without a participle, below the head, is a section's
        # label ("LOCAL", "MOST SHARED").
        lowered = " ".join(words)
        named = words[-1] in _INSTITUTIONS or _INSTITUTION_OF.search(lowered) is not None
        if not named and (i < first or len(words) > 3 or any(w.endswith("ed") for w in words)):
            continue
        reasons[i] = "section label"


# Furniture that talks to the reader: a paywall, a cookie notice, a sign-up box. Its block is
# one block whatever each line says ("Member already?", "The rest are optional, and you can
# switch them off below.", "Keep reading for 99¢ a week.").
_READER_BLOCK_REASONS = frozenset(
    ["subscription prompt", "sign-in prompt", "cookie or legal notice", "price line"]
)
# What a line of such a block has: the reader addressed about the site (both), or the words of
# a publisher's offer that news about other things rarely has ("ad-free", "subscription").
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you’re|yours|you've|you’ve|you'll)\b", re.I)
_SITE_WORDS = re.compile(
    r"\b(?:subscri\w*|members?|membership|account|log ?in|sign (?:in|up)|registered|newsletters?"
    r"|app|site|website|browser|cookies?|ad-free|adverts?|paywall|stories|articles|journalism"
    r"|reading"
    r"|access|e-?edition|premium|trial|settings|preferences|optional|switch (?:them|it) off"
    r"|accept|reject|consent"
    # (and what a notice promises about the reader's data: "We don't sell your information.")
    r"|(?:sell|share) your (?:information|data|details))\b",
    re.IGNORECASE,
)
_OFFER_WORDS = re.compile(
    r"\b(?:subscription|subscriber|subscribers|subscribe|membership|paywall|ad-free|adverts"
    r"|e-?edition|premium access|digital access|(?:this|the full) (?:article|story) is (?:only )?"
    r"(?:for|available to|reserved for))\b",
    re.IGNORECASE,
)
# Verbs a paywall's buttons open with ("Start my subscription", "Keep reading for 99¢").
_BLOCK_CALLS = frozenset(
    """subscribe sign log register start keep get join try continue unlock upgrade become
    link""".split()
)
_BLOCK_LINE_WORDS = 20
# A button's label in quotation marks, capitalised: "“Accept”", "“Only necessary”".
_BUTTON_LABEL = re.compile(_QUOTED_LABEL)
_PRESSING = re.compile(rf"(?:{_PRESS_VERBS}|hit)\b", re.IGNORECASE)
# A button that answers the block's question: "OK, switch them on", "Yes, I'm in", "No thanks".
_ANSWER_BUTTON = re.compile(r"(?:ok|okay|yes|no)(?:,|\s+thanks\b)", re.IGNORECASE)


def _grow_reader_blocks(
    sentences: list[str], reasons: list[str], alone: list[bool], paragraphs: list[int] | None
) -> None:
    """A paywall or cookie block takes in its neighbours that speak to the reader too, in both
    directions, line by line (and sentence by sentence in its own paragraph: "Already
    registered? Log in"), until one that does not (a paragraph of several sentences, reporting,
    a quotation, a figure outside a price, a line without the voice)."""
    n = len(sentences)
    seeds = [i for i in range(n) if reasons[i] in _READER_BLOCK_REASONS]
    for seed in seeds:
        for step in (-1, 1):
            j = seed + step
            while 0 <= j < n and not reasons[j]:
                same_paragraph = paragraphs is not None and paragraphs[j] == paragraphs[j - step]
                if not (alone[j] or same_paragraph):
                    break
                # A line of the block, or the rest of the line before it, wrapped ("… and to" /
                # "measure how our site is used.").
                wrapped = step == 1 and _wraps_on(sentences[j - 1], sentences[j])
                # (In the seed's own paragraph a sentence may be longer: "We'd also like to set
                # optional cookies that …, but only if you say yes.")
                most = _BLOCK_LINE_WORDS * 2 if same_paragraph else _BLOCK_LINE_WORDS
                if not (wrapped or _reader_line(sentences[j], most) or _button_row(sentences[j])):
                    break
                reasons[j] = reasons[seed]
                j += step


_CONSENT_ANSWER_CELL = re.compile(_CONSENT_ANSWER, re.IGNORECASE)
_BUTTON_CELLS = re.compile(r"\s{2,}|\s*[|·•]\s*")
_CONSENT_NOTICE_LINES = 5
# (its "us" in small letters: "The US will …" is a country)
_SPEAKS_TO_THE_READER = re.compile(rf"\b(?i:{_ADDRESSING})\b|\bus\b")


def _mark_over_consent_buttons(
    sentences: list[str], reasons: list[str], paragraphs: list[int] | None
) -> None:
    """A consent notice ends on its buttons ("Fine by me   Manage"); the lines over them, up to
    five, are the notice however each is worded ("Cookies keep The Westerly running. Some are
    essential; others help us show relevant ads …", "Our site keeps small files on your
    computer.") while each speaks of consent or to the reader, or wraps the line before, and no
    paragraph is cut. One button alone ("Got it") needs a consent word over it."""
    para = paragraphs or list(range(len(sentences)))
    for i, text in enumerate(sentences):
        if len(text) > 60 or any(c.isdigit() for c in text):
            continue
        if i + 1 < len(para) and para[i + 1] == para[i]:
            continue  # (the buttons end their line: "Tap Got it to allow cookies … Got it")
        cells = [c for c in _BUTTON_CELLS.split(text.strip()) if c]
        if not 1 <= len(cells) <= 4 or not all(_CONSENT_BUTTON.fullmatch(c) for c in cells):
            continue
        if not any(_CONSENT_ANSWER_CELL.fullmatch(c) for c in cells):
            continue
        notice, j = [], i - 1
        while j >= max(0, i - _CONSENT_NOTICE_LINES) and not reasons[j]:
            line = sentences[j]
            wrapped = _wraps_on(line, sentences[j + 1], anywhere=True) or (
                j and _wraps_on(sentences[j - 1], line, anywhere=True)
            )
            # (the reader or the site addressed in the notice's own paragraph, the one over the
            # buttons or theirs; further up only a consent word: "The US will impose …" and
            # "If you need a repeat prescription …" end the story above a notice)
            own = para[j] in (para[i], para[i - 1])
            addressed = own and _SPEAKS_TO_THE_READER.search(line) is not None
            if (
                _words(line) > 30
                or _REPORTING.search(line)
                or any(q in line for q in '“”"')
                or not (_CONSENT_WORDS.search(line) or addressed or wrapped)
            ):
                break
            notice.append(j)
            j -= 1
        # (a paragraph the walk cut is the story's, and so are its lines taken)
        while notice and notice[-1] > 0 and para[notice[-1] - 1] == para[notice[-1]]:
            cut = para[notice[-1]]
            notice = [k for k in notice if para[k] != cut]
        if not notice or (
            len(cells) == 1 and not any(_CONSENT_WORDS.search(sentences[k]) for k in notice)
        ):
            continue
        for k in [*notice, i]:
            reasons[k] = reasons[k] or "cookie or legal notice"


# The calls a reader's prompt is put over: "Email newsdesk@… or call …", "Tell us at …".
_CALLS_TO_THE_READER = frozenset(["call for tips or letters", "call to action", "contact line"])
# A question put to the reader, not to a source: "Have you been affected by the flooding?", "Do
# you recognise this man?", "Got something we should look into?", "Spotted a claim that doesn't
# look right?" (elliptical, its "you" dropped)
_READERS_QUESTION = re.compile(
    r"(?:(?:are|do|did|have|were|would|can|could|will) you\b|(?:got|know|seen|spotted|saw"
    r"|witnessed|missed|noticed|heard|been|want|need|live|work)\b)[^“”\"?]{0,150}\?",
    re.IGNORECASE,
)


def _mark_prompts_over_their_call(
    sentences: list[str], reasons: list[str], alone: list[bool]
) -> None:
    """Questions to the reader, each on its own line, up to three right over the call they lead
    to, are the call's ("Were you on the train?" over "Email newsdesk@…"); over the story's next
    line, an interviewer's question ("Do you expect more layoffs?") stays the story's."""
    calls = [i for i in range(1, len(sentences)) if reasons[i] in _CALLS_TO_THE_READER]
    for i in calls:
        # (and the questions over it, up to three: "Were you on one of the delayed trains?" /
        # "Did you have to walk along the track?" / "Email …")
        j = i - 1
        while (
            j >= max(0, i - 3) and not reasons[j] and alone[j] and _readers_question(sentences[j])
        ):
            reasons[j] = reasons[i]
            j -= 1


def _readers_question(text: str) -> bool:
    line = text.strip()
    # (a question with a figure is a claim put as one: "Did you know the council spent £4.2m on
    # consultants?")
    return (
        _words(line) <= 25
        and _READERS_QUESTION.fullmatch(line) is not None
        and not any(c.isdigit() for c in line)
    )


_SECTION_NOUNS = frozenset(
    "news politics sports business arts affairs letters obituaries events pictures".split()
)
_LEADING_PREPOSITIONS = frozenset("in on at of for from with by about inside behind".split())


def _short_headline(line: str) -> bool:
    """Does a line of a few words read like a headline, not a section's label: a verb after
    its first word ("Port backlog grows", "Rents keep climbing", "Heat record broken"), no
    opening preposition, no "of" ("Cost of living"), not a person's name?"""
    words = _WORD.findall(line)
    lowered = [w.lower() for w in words]
    if len(words) < 2 or lowered[0] in _LEADING_PREPOSITIONS or "of" in lowered:
        return False
    if person_name(line.strip()) == line.strip():
        return False  # "Helen Voss": the author's name
    return any(
        w.endswith(("s", "ed", "en", "ing"))
        and not w.endswith(("ss", "'s", "’s", "ous", "is", "us"))
        and w not in _SECTION_NOUNS
        for w in lowered[1:]
    )


def _button_row(text: str) -> bool:
    """Two to four short items apart by runs of spaces, no figure, no stop: beside a notice,
    its buttons ("Accept   Manage", "Agree and continue   Manage choices")."""
    line = text.strip()
    if line[-1:] in _TERMINAL or any(c.isdigit() for c in line):
        return False
    parts = _spaced_cells(line)
    return 2 <= len(parts) <= 4 and all(_words(p) <= 3 for p in parts)


def _wraps_on(line: str, next_line: str, *, anywhere: bool = False) -> bool:
    """Does `next_line` go on with `line`, cut by a paste's line break: `line` ends on a word
    no line ends on ("… and to") or a comma, or is a consent notice's, which a paste cuts
    anywhere ("… use cookies to make"; `anywhere`: the lines over a notice's buttons, "… and to
    count" / "how many people read what."), and `next_line` is short, opens with a word in
    small letters and has no figure ("iPhone sales fell 12%" after a notice is news)?"""
    stripped = line.rstrip()
    if not stripped or stripped[-1] in _TERMINAL or _words(next_line) > _WRAPPED_WORDS:
        return False
    cut = (
        stripped.endswith(",")
        or stripped.rsplit(None, 1)[-1].lower() in _WRAP_ENDINGS
        or (stripped[-1] != ":" and (anywhere or _CONSENT_WORDS.search(stripped) is not None))
    )
    first = next_line.split(None, 1)[0] if next_line.strip() else ""
    small = first.isalpha() and first.islower()
    return cut and small and not any(c.isdigit() for c in next_line)


_WRAPPED_WORDS = 12
# Words a line cannot end on unless the paste cut it ("… and to", "… at any").
_WRAP_ENDINGS = frozenset(
    """a an the of to in on at by for from with and or but that which who whose as into onto
    about your our their its this any every some""".split()
)


def _reader_line(text: str, most_words: int = _BLOCK_LINE_WORDS) -> bool:
    labels = _BUTTON_LABEL.findall(text)
    if (
        len(labels) >= 2
        and _PRESSING.match(text.lstrip())
        and all(_words(label) <= 4 for label in labels)
        and not any(c.isdigit() for c in text)
    ):
        # told which of two buttons to press, their labels quoted: "Tap “Fine by me” to carry
        # on, or “Options” to switch some off.", "Choose “Allow all” or “Only necessary”." (one
        # button is an explainer's step: "Tap “Done” to save the change.")
        return _words(text) <= most_words and not _REPORTING.search(text)
    if _words(text) > most_words or "“" in text or "”" in text or '"' in text:
        return False
    if _REPORTING.search(text):
        return False
    stripped = text.strip()
    first_words = stripped.split(None, 2)
    # Told what to do: "Start my subscription", "Keep reading for 99¢" — not a name that opens
    # with such a verb ("Keep Dunmoor Tidy volunteers …") or a sentence ("Start times have …").
    called = (
        stripped[:1].isupper()
        and first_words[0].lower() in _BLOCK_CALLS
        and (len(first_words) == 1 or not first_words[1][:1].isupper())
        and not _CLAUSE_VERB.search(stripped)
    )
    if any(c.isdigit() for c in text) and not (called and _PRICE.search(text)):
        return False  # a figure is the story's ("you will get £230 a week"), not an offer's
    if called:
        return True
    if _words(stripped) <= 6 and stripped[-1] not in ".!?" and _ANSWER_BUTTON.match(stripped):
        return True  # "OK, switch them on", "No thanks, maybe later"
    if stripped.endswith("?") and _words(stripped) <= 4 and _SITE_WORDS.search(stripped):
        return True  # "Already a member?", "Got an account?"
    addressed = _SECOND_PERSON.search(text) is not None
    if _OFFER_WORDS.search(text) and (addressed or _words(stripped) <= 6):
        return True  # "Your subscription keeps reporters in the valley", "Ad-free reading"
    if addressed and _words(stripped) <= 6 and "privacy" in stripped.lower():
        return True  # a notice's heading: "The Chronicle and your privacy"
    return addressed and _SITE_WORDS.search(text) is not None


# A print view's header, the page's title as the browser gives it: a headline above, again,
# with the site's name after a bar ("Tokyo heatstroke transports hit 4,118 in July | The Asagiri
# Shimbun"); the name in title case, a few words with no figure.
_SITE_AFTER_A_BAR = re.compile(
    r"(.{12,300}?)\s+\|\s+((?:[A-Z][\w'’&.-]*|of|the|and|&)"
    r"(?: (?:[A-Z][\w'’&.-]*|of|the|and|&)){0,5})"
)


def _mark_print_headers(sentences: list[str], reasons: list[str]) -> None:
    earlier: set[str] = set()
    for i, text in enumerate(sentences):
        if " | " in text and not reasons[i]:
            header = _SITE_AFTER_A_BAR.fullmatch(text.strip())
            if (
                header
                and _key(header.group(1)) in earlier
                and not any(c.isdigit() for c in header.group(2))
            ):
                reasons[i] = "repeated headline"
                continue
        if len(text) <= 300 and _unpunctuated(text):
            earlier.add(_key(text))


def _mark_repeated_headline(sentences: list[str], reasons: list[str], title: str) -> None:
    """A later copy of the headline (the title, or the first line when it reads as one)."""
    _mark_print_headers(sentences, reasons)
    headlines = {_key(title)} if title.strip() else set()
    if sentences and len(sentences[0]) <= 300 and sentences[0].strip()[-1:] not in ".!?":
        headlines.add(_key(sentences[0]))
    headlines.discard("")
    if not headlines:
        return
    longest = max(map(len, headlines)) + 8
    # A headline's key starts with the text's first character after spaces and ".!?".
    first_letters = {key[0] for key in headlines}
    seen_headline = False
    for i, text in enumerate(sentences):
        if reasons[i] or len(text) > longest:
            continue
        if text.lstrip(" \n.!?")[:1].casefold() not in first_letters or _key(text) not in headlines:
            continue
        if seen_headline:
            reasons[i] = "repeated headline"
        seen_headline = True
