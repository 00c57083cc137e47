"""Split a cleaned body into sentences with exact character offsets.

Structure first, then sentences: the body is cut into blocks (paragraphs and structural lines such
as a headline, byline, caption or "Read more:" line), so nothing is ever glued across them. Inside a
block, each run of terminal punctuation is a candidate boundary, decided by the word before it and
the word after it. Everything is a single left-to-right pass over compiled regexes: linear in the
input, no backtracking blow-ups, no per-character Python loop except over candidates.

Every non-space character of the body ends up in exactly one sentence, and
`body[s.start:s.end] == s.text` for every sentence.
"""

import re
from typing import NamedTuple

from claimreview.text.patterns import (
    AUXILIARY,
    CHAT_OPENINGS,
    CHAT_STAMP,
    CITATION,
    CITATION_OPENINGS,
    DATELINE_PLACE,
    FINITE_VERB,
    LABELS_IN_CAPITALS,
    MANNER_VERBS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    PLACED_TAIL_OPENERS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)


class Span(NamedTuple):
    # A tuple rather than a frozen dataclass: one is made per sentence, and a frozen
    # dataclass's __init__ sets each field through object.__setattr__ (about three times slower).
    start: int
    end: int
    paragraph: int  # 1-based block number


# --- word lists ---------------------------------------------------------------------------------
# Before a name: never the end of a sentence ("Sen. Warren", "Lt. Gov. Hochul", "St. Louis";
# a Malaysian place's word: "Sg. Perkai", "Jln. Ampang", "Kpg. Baru", "Tmn. Melati", "Bkt.
# Mertajam"; and an Indonesian given name's: "Ach. Mudzakkir", "Moh. Hatta"; a Welsh
# minister's "y Parch. A Name"; a block's word before its letter: "Blk. C"; a court's docket
# before its kind: "Crim. Case Nos. SB-21-CRM-0412"; a Dutch firm's brothers: "Gebr. Koppelaar";
# a Romanian boulevard's word and an Indonesian road's: "bd. Revoluției", "Jl. Pasirkaliki"
# (and a Romanian street's "str.", in _decide: "Mihai Viteazu Str. Police …" ends one); an
# Argentine case file's: "Expte. N° 3317"; a Mongolian father's initial of two letters: "Ts.
# Oyunchimeg", "Kh. Bat"; a Croatian saint's: "Sv. Frane"; a Malaysian "Mohd. Rizal"; a
# Zimbabwean councillor's "Clr. A Name"; not "Civ.", which ends "Western Civ."; nor "Ag.", a
# Greek saint's but in capitals a Swiss or German firm's "AG." that ends one).
TITLES = frozenset(
    """mr mrs ms mx dr prof sen sens rep reps gov govs lt gen col maj capt cpt cmdr adm sgt cpl
    pvt mt ft st ste rev hon pres supt insp det atty msgr fr sr sra srta mme mlle messrs
    gens brig amb ald treas sec'y ir engr eng barr ma alh arch arc dcn pst coun cllr sh shri smt
    kum dott avv sig brgy sec usec dip lic dra profa arq tmt comr ven adv pharm rtd retd ing
    mtra mtro av avda supv dy addl jt drs owek sg jln kpg tmn hj hjh ach moh muh mhd cr ch pol
    hab inż ul parch blk bkt cyng crim comm gebr bd jl expte ts kh zh sv mohd clr""".split()
)
# A place's word before "Sta."/"Sto." (Santa, Santo) and its name.
_PLACE_WORDS_BEFORE_A_SAINT = frozenset("barangay brgy poblacion town city village parish".split())
# Before a number: "No. 10", "p. 55", "Vol. 3", "Art. 5", "N°. 1026", "ext. 14", "Rs. 400",
# "Nu. 1,800" and "Tk. 650" (ngultrum and taka), "Cap. 74:02" (a chapter of the laws), "Cra.
# 14" (a Colombian street), "Av. 18 de Julio" (a Uruguayan avenue), "kl. 07.12" (a Norwegian
# clock), "Cat. 4" (a cyclone's; not "the dog and the cat. 14 others"), "pg. 37" (not "rated
# PG. 13"); and "App." and "Pos." capitalised, in _decide; a software's "ver. 3.1".
BEFORE_NUMBER = frozenset(
    """no nos nr n° p pp vol vols art arts sec ch fig figs para paras op ed ep eps c s ss cl ext rs
    rp sch reg ksh kshs shs ref ste bldg n r rr cra kl blk cat pg nu tk cap ver av""".split()
)
# Stand between two things and never end a sentence: "Mahlangu vs. The State", "cf. Table 2".
# (and German copy's "bzw.", "or, respectively": "Lines 5 bzw. 6 run every 20 bzw. 30 minutes")
BETWEEN = frozenset(["vs", "cf", "e.g", "i.e", "viz", "bzw"])
# Could end a sentence or not; split only before a clear sentence opener (see _ambiguous_split).
AMBIGUOUS = frozenset(
    """inc corp co cos ltd llc plc pty pte sdn bhd bros assn dept univ govt jr sr esq etc al ave
    blvd rd hwy jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs
    fri sat sun approx est min max avg mph kg km cm mm ft oz lb lbs gal pct yr yrs mo mos
    wk hr hrs ca a.m p.m am pm sta sto dir cir mfg intl natl incl ors anr cyf""".split()
)
# A company's suffix that goes on with the next one ("Acme Intl. Inc."), and the months a
# circuit's citation goes on with ("(8th Cir. Aug. 11, 2026)").
_COMPANY_SUFFIXES = frozenset("inc ltd corp co llc plc group holdings bank".split())
# A company's legal form after a short capitalised abbreviation ends the company's name, with its
# stop or a comma after it: "… Media Nig. Ltd. All rights reserved.", "Lagos Media Nig. Ltd.
# said …" (not "… Ravi Das. PLC shares fell", nor the magazine and its list: "… Dana Kim. Inc.
# magazine named it", "Inc. 5000").
_LEGAL_FORM = re.compile(
    r"(?:Ltd|LTD|Inc|INC|Plc|PLC|LLC|Bhd|BHD)(?:\.|(?=,))(?!\s+(?:magazine\b|\d))"
)
# A phone's label before a phone's number, seven characters or more: "Ph. 306-555-0119", "tel.
# 5550119" (not "The protest turned into a mob. 30 people were arrested").
_PHONE_LABELS = frozenset(["ph", "tel", "mob"])
_PHONE_NUMBER = re.compile(r"\+?\(?\d[\d() -]{5,}\d")
_MONTH_ABBREVIATIONS = frozenset(m.lower() for m in [*MONTH_ABBREVIATIONS, "May"])
# Abbreviations that often end a sentence: before a capitalised word they end it, unless the
# word is one that continues after that kind of abbreviation ("9 a.m. ET", "U.S. Senate").
_TIME_WORDS = frozenset(
    """et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst cet cest utc ist aest aedt acst acdt
    awst nzst nzdt sast jst pht hkt pkt wib myt akst akdt ndt nst adt ast hst cot pet brt clt
    wat eastern pacific central mountain local monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november
    december""".split()
)
# "at 8 a.m. UK time", "at 4 p.m. Amsterdam time": the clock's place goes on with it (not
# "Last time, …", "Extra time was needed", which open sentences).
_PLACES_TIME = re.compile(
    # (a zone's initials, "UK time on Monday"; or a city's name with the clause ending after it,
    # "Amsterdam time, the statement said" — not "Journey time to the mainland is 38 minutes",
    # "Tokyo time is 14 hours ahead")
    r"[A-Z]{2,4}\s+time\b"
    r"|(?!(?:Last|Every|This|Each|Next|Extra|Half|Full|First|Second|Third|Any|Some|That|What"
    r"|One|The|By|From|In|At|On|No|All|Our|Their|His|Her|Its|My|Your|It|Injury|Stoppage|Summer"
    r"|Standard|Winter|Daylight|Question|Closing|Opening)\b)[A-Z][a-z]+\s+time"
    rf"(?=\s*[.,;)]|\s*$|\s+on\s+(?:{'|'.join(WEEKDAYS)}|weekdays)s?\b)"
)
# "at 10 a.m. Sept. 3": the clock's date goes on with it; a date that opens a sentence has its
# verb after it ("… at 11 p.m. Jan. 14 was set as the deadline"), and "Jan" alone is a name.
_CLOCKS_DATE = re.compile(
    rf"(?:{'|'.join(MONTH_ABBREVIATIONS)})\.\s+\d{{1,2}}\b"
    r"(?!,\s+\d{4},\s+(?:is|was|will|would|has|had)\b)(?:,\s+\d{4}\b)?"
    # (the date ends the clause or a preposition follows: "at 10 a.m. Sept. 3 in the chamber",
    # "from 6 p.m. Jan. 20 until 9 a.m."; a verb after it opens a sentence: "Dec. 26 falls on a
    # Friday", "Sept. 3, 2026, is the first night")
    r"(?=\s*[.;)]|\s*$|,(?!\s+(?:is|was|will|would|has|had)\b)|\s+(?:at|in|on|and|or|to|until"
    r"|from|for|with|when|while|after|before|by|through|till|ET|CT|PT|MT|local)\b)"
)
_COUNTRY_WORDS = frozenset(
    """senate house congress president vice attorney attorneys army navy air marine marines
    supreme district court courts department embassy treasury postal coast open capitol
    census circuit customs border federal forest geological secret space state trade chamber
    olympic soccer bank steel government ambassador secretary senator representative rep sen
    gov military forces defense energy justice labor health agriculture commerce education
    transportation veterans homeland interior citizenship immigration food drug
    environmental securities national central intelligence agency bureau marshals park fish
    patent copyright small special envoy consulate mission economy dollar dollars treasuries
    stocks markets route routes highway interstate""".split()
)
_CLOCK = frozenset(["a.m", "p.m", "am", "pm"])
_THE_TIME_BEFORE = re.compile(r"\b[Tt]he\s+\d{1,2}(?:[.:]\d{2})?\s*$")
_STATES = frozenset(
    """ala ariz ark calif colo conn del d.c fla ga ill ind kan ky la md mass mich minn miss
    mo mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn vt va wash w.va wis
    wyo tex nebr oreg alta b.c man n.b n.l n.s ont p.e.i que sask""".split()
)
ENDING = {
    **dict.fromkeys(_CLOCK, _TIME_WORDS),
    **dict.fromkeys(
        # (and the Welsh "Cyf." for Ltd: "© Clebran Media Cyf. Registered in Wales …")
        ["inc", "ltd", "corp", "llc", "plc", "bhd", "etc", "jr", "b.v", "n.v", "cyf"],
        frozenset(),
    ),
    **dict.fromkeys(["intl", "natl", "mfg"], _COMPANY_SUFFIXES),
    "cir": _MONTH_ABBREVIATIONS,
    # "Pty. Ltd.", "Sdn. Bhd.", "Co. KG": a company's suffix goes on with the next one.
    **dict.fromkeys(["pty", "pte", "sdn"], frozenset(["ltd", "limited", "bhd"])),
    # "Rt. Hon. A Name" (not "first aired on RT. The broadcaster …").
    "rt": frozenset(["hon", "rev", "revd", "worshipful"]),
    **dict.fromkeys(["u.s", "u.k", "u.n", "e.u"], _COUNTRY_WORDS),
    # US states and Canadian provinces as news copy abbreviates them; mid-sentence a comma
    # follows them ("Dunmere, Wis., and"), so a capital after the stop starts a sentence.
    **dict.fromkeys(_STATES, frozenset()),
}
# Words that open a sentence after an ambiguous abbreviation ("... & Co. It closed ...").
OPENERS = frozenset(
    """a an the it its he she they we i you his her their our my your this that these those
    there here but and or so yet if as at in on by for from to of after before while when
    where why how what who which whom whose however meanwhile still also then now later
    earlier since though although because nor not no yes many most some several all both
    each every one two three officials police mr mrs ms dr prof sen rep gov gen president
    minister critics others analysts experts is are was were do does did has have had can
    could will would should may might must nobody none nothing everyone everybody someone
    somebody few another neither either such only even just instead despite during under
    with without until unless once among within over residents workers""".split()
)

# Ranks that are nouns too (see _decide), and what stands before the noun.
_RANKS_THAT_ARE_NOUNS = frozenset("pte spc pfc l/cpl lcpl const".split())
_BEFORE_A_RANK_NOUN = frozenset(
    "a an the to from as was were is became become remains his her their".split()
)
# Capitalised words before a number: a route, a proposition, an amendment.
_NUMBERED_MEASURES = frozenset("rte prop props amdt".split())

# Abbreviated ranks that go before another title only: "Assoc. Prof.", "Asst. Insp.", "Snr.
# Prof." (after a name, "Snr." ends its sentence as "Sr." does: "founded by A Name Snr. Pell's
# grandson …"; "a Lab Asst. Applications close …").
_BEFORE_A_TITLE = frozenset(["assoc", "asst", "snr"])
# The ranks written in full after them.
_RANK_NOUNS = frozenset(
    """commissioner constable coach counsel chief lecturer secretary director superintendent
    inspector professor manager editor engineer officer registrar librarian principal surgeon
    clerk producer curator consultant sergeant attorney solicitor""".split()
)

_NOT_PLAIN = (
    AMBIGUOUS
    | TITLES
    | BEFORE_NUMBER
    | BETWEEN
    | frozenset(ENDING)
    | _RANKS_THAT_ARE_NOUNS
    | _NUMBERED_MEASURES
    | {"def", "mst", "er", "rec"}
    | _BEFORE_A_TITLE
    | {"pt", "app", "pos", "civ", "mag", "str"}
)
# What a civil docket's "Civ." stands before: "Civ. Case No. 8817", "Civ. Proc.", "Civ. App."
_DOCKET_KINDS = frozenset(["Case", "Cases", "Proc", "Code", "App", "No", "Nos"])
# Titles written only so, in their own case, that are something else in capitals or in small
# letters ("Mst. A Name", Mosammat, and "Er. A Name", an engineer; "MST" is a time zone, "ER" a
# ward, "er" a pause).
_TITLES_IN_THEIR_CASE = frozenset(["Mst", "Er"])
# A rank's note in brackets, in small letters: "Lt. Col. (retd.) A Name", "Maj. (rtd.) A Name".
_RETIRED = frozenset(["retd", "rtd"])
_GROUND_WORDS = frozenset("Reserve Ground Grounds Park Centre Center Field Hall Oval".split())
_CLOSERS = "\"'”’»)]}›"
_OPENING = "\"'“‘«([{‹"
# Starts with the punctuation (a fast first-character scan), then looks back at what precedes it.
_MISSING_SPACE = re.compile(r"[.!?](?:(?<=[a-z]{2}[.!?])|(?<=\d[.!?]))(?=[A-Z][a-z])")
# A run of terminal punctuation, optional closing quotes/brackets, then the whitespace after it.
# Closing quotes and brackets, and a wiki's citation markers ("basin.[4] The").
_FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_AFTER_STOP = rf"(?:[\"'”’»)\]}}›]|\[\d{{1,3}}\]|[{_FOOTNOTE_MARKS}]{{1,3}})*"
_CANDIDATE = re.compile(rf"(?:[.!?…](?: ?[.!?…])*){_AFTER_STOP}(?=\s|$)")


# "St." may be a street's, "ft." a unit's, "Sr." a name's suffix, "Sec." a club's secretary and
# "Dr." a drive ("Hallam St. The", "9,800 sq. ft. Rent", "Ottoway Sr. His", "the Hon. Sec.
# Membership", "moved to Sam Nujoma Dr. Its"): these titles are decided in _decide, never skipped
# as titles.
_TITLES_THAT_MAY_END = frozenset(["st", "ft", "sr", "sec", "dr"])


# Titles that are nothing else, written in small letters too ("signed by dr. Ana Ruiz"); the
# others are also words or units ("a high arc.", "50 sen.", "the col."), titles only capitalised.
# (and a debate's "my hon. Friend", "hon. Members", an Italian "dott." or "avv.", a Dutch
# engineer's "ir." or graduate's "drs.")
# (and a Polish doctor's degrees and street: "dr hab. A Name", "dr inż. A Name", "ul. Polna"; a
# Romanian street and boulevard: "str. Mărășești", "bd. Revoluției")
_TITLES_IN_SMALL_LETTERS = frozenset(
    "mr mrs ms mx dr prof messrs mme mlle supt insp msgr hon dott avv sig ir drs hab inż ul str"
    " bd".split()
)


def _written(titles: list[str]) -> list[str]:
    return [
        form
        for title in titles
        for form in (title.capitalize(), title.upper())
        + ((title,) if title in _TITLES_IN_SMALL_LETTERS else ())
    ]


def _titles_before_a_full_stop() -> str:
    """A look-behind for " Mr." and every other title, one per title length (a look-behind
    must have one width), capitalised or in capitals, and in small letters only for titles that
    are nothing else ("dr. Ana Ruiz"; "in a high arc. Keeper Tom Reyes" ends a sentence)."""
    by_length: dict[int, list[str]] = {}
    for title in sorted(TITLES - _TITLES_THAT_MAY_END):
        if title.isalpha():
            by_length.setdefault(len(title), []).append(title)
    return "|".join(
        rf"(?<= (?:{'|'.join(_written(titles))})\.)"
        for _length, titles in sorted(by_length.items())
    )


# The candidates a block without list markers has to think about: _CANDIDATE's matches except the
# two commonest that never end a sentence there, so they are skipped in C: one followed by a
# space and a lower-case letter ("a. b", "Yahoo! in") and a title's full stop before a capital
# ("Mr. Smith"). The run after the first character is atomic so that a skipped match is not
# backed off into a shorter one; the first character stays outside, where the regex engine
# skips ahead to it. The cheap test comes first: a stop before a lower-case word fails at once,
# and the title look-behinds run only before a capital.
# (a lower-case word after a stop goes on the sentence, but for a phone's toggle ending the
# line: "… costs… more")
_NOT_LOWER = r"(?! (?!more\s*(?:\n|$))[a-z])"
# (from the first mark of a run only: tried at each mark of a long run it is quadratic, and a
# later mark of the run ends where the first does)
_CANDIDATE_TO_DECIDE = re.compile(
    rf"(?<![.!?…])[.!?…]{_NOT_LOWER}(?!(?= [A-Z])(?:{_titles_before_a_full_stop()}))"
    rf"(?>(?: ?[.!?…])*{_AFTER_STOP}(?=\s|$)){_NOT_LOWER}"
)
_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"]+", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # (from its start only)
_TRAILING_PUNCT = re.compile(r"[.,;:!?)\]}\"'”’]+$")
_A_DATELINE_WORD = re.compile(DATELINE_PLACE)
_WORD_BEFORE = re.compile(r"[^\s\"'“”‘’«»(\[{]*$")
_WORD_AFTER = re.compile(r"[\"'“”‘’«(\[{]*([^\s\"'“”‘’«»)\]}.,;:!?]*)")
# Inline list markers: "1.)", "1)", "1.", "a.", optionally after a bullet.
_LIST_MARKER = re.compile(r"(?:[•⁃▪◦‣-]\s?)?(\d{1,3}|[a-z])(\.\)|\)|\.)\s")
_BULLET = re.compile(r"(?<=\s)[•⁃▪◦‣](?=\s?\S)")
_BULLETS_ONLY = re.compile(r"[•⁃▪◦‣](?:\s*[•⁃▪◦‣])*")
_SENTENCE_STOP = re.compile(r"[.!?…][\"'”’)]*(?:\s|$)")
# A strip of a page's dates and times: "Published Nov 18, 2026 • Last updated 2 hours ago".
_DATE_MARK = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d"
    r"|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\bago\b|\bmin(?:ute)? read\b"
)
_STRIP_ITEM_WORDS = 6
# A strip's separator between its cells on one line: "19:05 Who loses? · 25:30 What next".
_CELL_BREAK = re.compile(r" [|·] ")


def _dated_strip(line: str) -> bool:
    """Short items between bullets, one with a date, a time or a reading time, none with a
    sentence's stop: a page's strip, one line ("Listen • 11:48"), not a list of headlines."""
    items = line.split("•")
    if len(items) < 2 or not _DATE_MARK.search(line) or _SENTENCE_STOP.search(line):
        return False
    return all(0 < len(item.split()) <= _STRIP_ITEM_WORDS for item in items)


_MENU_ITEM_WORDS = 4


def _menu_strip(line: str) -> bool:
    """A menu on one line, its items between bullets ("Home • News • Sport • Business"): three
    items or more, each a few words, no sentence's stop, and no bullet before the first (a list
    of points opens with one: "• Schools closed • Roads flooded")."""
    if "\n" in line or line[:1] in "•⁃▪◦‣":
        return False
    items = _ANY_BULLET.split(line)
    if len(items) < 3 or _SENTENCE_STOP.search(line):
        return False
    return all(0 < len(item.split()) <= _MENU_ITEM_WORDS for item in items)


_ANY_BULLET = re.compile("[•⁃▪◦‣]")
_GLUE_ENDINGS = frozenset(
    """a an the of to in on at by for from with and or but that which who whose between than as
    into onto over under about after before during against among without within""".split()
)
_TERMINAL = ".!?…:;\"'”’)]"
# A run of lines with no blank line among them, from its first non-space character to the end of
# its last line with text. Starting at \S keeps the search linear on long stretches of spaces.
_TEXT_LINES = re.compile(r"\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
# What sends a block down the careful path: an address, a bullet, a missing space after a stop.
# Each with the literals it needs (a C substring test skips the regex when all are absent); apart,
# not as one alternation, which the regex engine would try at every position.
_SPECIALS = [
    (re.compile("@"), ["@"]),
    (re.compile("www"), ["www"]),
    (re.compile("://"), ["://"]),
    (re.compile("[•⁃▪◦‣]"), list("•⁃▪◦‣")),
    (_MISSING_SPACE, None),
]
_NO_MARKERS: frozenset[int] = frozenset()


def blocks(body: str):
    """Yield (start, end) of each structural block: a paragraph or a line that stands alone.

    A blank line always separates. A single line break separates too, unless the line is a soft
    wrap: it has no closing punctuation and either the next line starts in lower case (and the line
    is more than a couple of words, so "features / contact manager" lists stay apart) or the line
    ends in a word that cannot end a headline ("between", "the", a comma).
    """
    for run in _TEXT_LINES.finditer(body):
        start, end = run.span()
        if body.find("\n", start, end) == -1:
            yield start, end  # the usual paragraph: one line between blank lines
            continue
        block_start = start
        previous_line = None
        position = start
        while position < end:
            line_end = body.find("\n", position, end)
            if line_end == -1:
                line_end = end
            line = body[position:line_end].strip()
            if previous_line is not None and not _soft_wrap(previous_line, line):
                yield block_start, position
                block_start = position
            previous_line = line
            position = line_end + 1
        yield block_start, end


# A browser's printed page head or foot: the address, then the date and time it was printed.
_PRINT_HEADER = re.compile(
    r"\S+\s+\d{1,2}/\d{1,2}/\d{2,4},?(?:\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?"
)


_CELL_GAP = re.compile(r"\S {3,}(?=\S)")


_AFTER_A_QUESTION = re.compile(r"[?!]\s+")


# (and its role in capitals after a comma: "by A Name, Chief Meteorologist")
_SMALL_BYLINE = re.compile(r"by (?:[A-Z][\w.'’-]*\s?){1,4}(?:,\s?(?:[A-Z][\w.'’&-]*\s?){1,4})?")
_TIME_AND_ZONE_AT_END = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s+)?[A-Z]{2,4}$")


def _soft_wrap(line: str, next_line: str) -> bool:
    """Is the break between these two non-empty lines a wrap inside one paragraph?"""
    if line[-1] in _TERMINAL:
        return False
    if next_line[:4] in ("http", "www.") and _PRINT_HEADER.fullmatch(next_line):
        return False  # a printed page's running head cuts into the sentence; it is not in it
    if len(_CELL_GAP.findall(line)) >= 2:
        # a strip's cells apart by spaces ("E-Paper   Subscribe   Sign in"): a line of its own
        # (one wide gap is a justified or PDF line's, which wraps)
        return False
    if next_line[:3] in ("By ", "BY ") and len(next_line.split()) <= 6:
        return False  # a byline on its own line under a headline ("…, six months on")
    if _SMALL_BYLINE.fullmatch(next_line):
        return False  # (in small letters, a name alone or its role after it: "by A Name")
    last_word = line.rsplit(None, 1)[-1]
    if last_word.isupper() and len(last_word) == 1:
        return False  # a letter that ends a name, not an article: "… raises $12m in Series A"
    if _TIME_AND_ZONE_AT_END.search(line):
        return False  # a clock's zone, not a word that goes on: "4:12 PM AT", "9:30 a.m. ET"
    if line[-1] in ",-–" or last_word.lower() in _GLUE_ENDINGS:
        # (not a two-word label, "Log in", "Sign in", over a line that does not go on in
        # small letters: "Become a member", "© 2026 A Name"; nor one after a prompt's question
        # on its line: "Already a subscriber? Sign in")
        label = _AFTER_A_QUESTION.split(line)[-1]
        return not (label.count(" ") <= 1 and not next_line[0].islower())
    return next_line[0].islower() and len(line.split()) >= 4


def segment(body: str) -> list[Span]:
    """Sentences of `body` as spans; see the module docstring for the guarantees."""
    spans: list[Span] = []
    # The rare things that need the careful path (addresses, bullets, a missing space after a
    # full stop) are found in one pass over the whole body, not block by block.
    specials = sorted(
        m.start()
        for pattern, literals in _SPECIALS
        if literals is None or any(literal in body for literal in literals)
        for m in pattern.finditer(body)
    )
    next_special = 0
    for paragraph, (start, end) in enumerate(blocks(body), start=1):
        while next_special < len(specials) and specials[next_special] < start:
            next_special += 1
        careful = next_special < len(specials) and specials[next_special] < end
        if (body[start] in CITATION_OPENINGS and CITATION.match(body, start, end)) or (
            body[start] in _ONE_ITEM_OPENINGS and _one_item(body, start, end)
        ):
            # A reference line is one item, whatever stops its authors' initials and its
            # journal's abbreviations make: "Solvik M, Ferreday J. Traffic noise …. 2026;9:e3."
            text_end = end
            while body[text_end - 1].isspace():
                text_end -= 1
            spans.append(Span(start, text_end, paragraph))
            continue
        if (body[start].islower() or body[start] == ">") and _in_small_letters(body, start, end):
            # An automatic transcript or caption in small letters: its sentences open with a
            # small letter, read as if capitalised (a copy of the same length: exact offsets).
            shadow = _capitalise_openings(body[start:end])
            pieces = _block_sentences(shadow, 0, end - start, careful=careful)
            spans.extend([Span(s + start, e + start, paragraph) for s, e in pieces])
            continue
        # A list marker opens with a digit, a lower-case letter or a bullet, never a capital.
        if careful or (not body[start].isupper() and _LIST_MARKER.match(body, start, end)):
            pieces = _block_sentences(body, start, end, careful=True)
        else:
            text_start, text_end = start, end
            while body[text_start].isspace():
                text_start += 1
            while body[text_end - 1].isspace():
                text_end -= 1
            first = _CANDIDATE_TO_DECIDE.search(body, text_start, text_end + 1)
            if first is None or first.end() >= text_end or body.startswith("^ ", text_start):
                # Most blocks: a headline, a byline, a one-sentence paragraph; and a wiki's
                # reference line ("^ a b Name (2020). Title. p. 31."), one item.
                spans.append(Span(text_start, text_end, paragraph))
                continue
            pieces = _block_sentences(body, start, end, careful=False)
        spans.extend([Span(s, e, paragraph) for s, e in pieces])
    if ":" in body and ")" in body:
        spans = _split_closing_credits(body, spans)
    if "ADVERTISEMENT" in body or "Advertisement" in body:
        spans = _split_glued_ad_labels(body, spans)
    if ":" in body and "/" in body:
        spans = _split_chat_stamps(body, spans)
    return spans


def _split_chat_stamps(body: str, spans: list[Span]) -> list[Span]:
    """A chat export's header ("[13/05/26, 6:47 am] A Name:") is a sentence of its own before
    the message it heads (it is furniture; the message may be a claim), and a header on a line
    of its own inside a sentence starts a new one (a message without a stop, pasted with single
    line breaks: "Where did you see that\n[13/05/26, 6:50 am] B Name: …")."""
    result = []
    for span in spans:
        starts = [span.start] if body[span.start] in CHAT_OPENINGS else []
        line = body.find("\n", span.start, span.end)
        while line != -1:
            if body[line + 1 : line + 2] in CHAT_OPENINGS:
                starts.append(line + 1)
            line = body.find("\n", line + 1, span.end)
        cuts = []  # (header's start, header's end) of each header found
        for at in starts:
            m = CHAT_STAMP.match(body, at, span.end)
            if m is not None:
                cuts.append((at, m.end()))
        if not cuts:
            result.append(span)
            continue
        pieces = []
        begin = span.start
        for at, header_end in cuts:
            pieces.append((begin, at))
            pieces.append((at, header_end))
            begin = header_end
        pieces.append((begin, span.end))
        for a, b in pieces:
            while a < b and body[a].isspace():
                a += 1
            while b > a and body[b - 1].isspace():
                b -= 1
            if a < b:
                result.append(Span(a, b, span.paragraph))
    return result


# An ad slot's label that a paste ran into the next paragraph: "ADVERTISEMENT He said 41 mills
# …" (in capitals only, before a capitalised word in small letters: never "Advertising
# Standards Authority", whose words are part of a name).
# (or before a dateline in capitals: "ADVERTISEMENT KELLWORTH, March 3 (Wirefeed) -")
# (or with no space at all, which only a paste makes: "AdvertisementKUALA LUMPUR: …")
_GLUED_AD_LABEL = re.compile(
    r"ADVERTISEMENT\s+(?=[“\"‘']?[A-Z][a-z]|[A-Z]{2,}[A-Z'’. -]*,)"
    r"|(?:ADVERTISEMENT|Advertisement)(?=[“\"‘']?[A-Z])"
)


def _split_glued_ad_labels(body: str, spans: list[Span]) -> list[Span]:
    result = []
    for span in spans:
        m = _GLUED_AD_LABEL.match(body, span.start, span.end)
        if m is None:
            result.append(span)
            continue
        label_end = m.end()
        while body[label_end - 1].isspace():
            label_end -= 1
        result.append(Span(span.start, label_end, span.paragraph))
        result.append(Span(m.end(), span.end, span.paragraph))
    return result


# A numbered web reference is one item whatever stops its names hold ("2. Headache
# Foundation. Migraine in numbers. Accessed April 2, 2026."), like a journal's.
_ONE_ITEM_OPENINGS = frozenset("0123456789")
_ONE_ITEM = re.compile(
    r"\d{1,3}\. [^\n]{0,300}\b(?:Accessed|Retrieved)(?::| on)? (?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul"
    r"|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)[^\n]{0,30}"
)


_CAPITAL = re.compile(r"[A-Z]")
# A stop, then a sentence in small letters (a transcript's speaker mark ">>" before it).
_SMALL_OPENING = re.compile(r"(^(?:>>\s*)?|[.!?][\"'”’)]*\s+(?:>>\s*)?)([a-z])")
_WORDS_A_STOP = 3
_SMALL_STOP = re.compile(r"[.!?][\"'”’)]*\s+(?:>>\s*)?[a-z]")


def _in_small_letters(body: str, start: int, end: int) -> bool:
    """A block with no capital at all and a stop before a small letter: "good evening. this is
    the bridge on county road 14.", as speech-to-text writes it."""
    if _SMALL_STOP.search(body, start, end) is None or _CAPITAL.search(body, start, end):
        return False
    # (sentences of words, not "a. a. a." or initials: a few words for each stop)
    stops = sum(1 for _ in _SMALL_STOP.finditer(body, start, end))
    return body.count(" ", start, end) >= _WORDS_A_STOP * stops


def _capitalise_openings(text: str) -> str:
    """The small letter opening each sentence as a capital, not after an abbreviation ("9 a.m.
    on monday", "e.g. apples"), which a capital would cut."""

    def opening(m: re.Match) -> str:
        before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start()).group(0).lower()
        if m.start() and (before in _NOT_PLAIN or "." in before):
            return m.group(0)
        return m.group(1) + m.group(2).upper()

    return _SMALL_OPENING.sub(opening, text)


def _one_item(body: str, start: int, end: int) -> bool:
    """Is the block body[start:end] one line that is one item (see _ONE_ITEM)?"""
    text = body[start:end].rstrip()
    return "\n" not in text and _ONE_ITEM.fullmatch(text) is not None


# A picture credit in brackets that closes a caption: "Canoes on the beach (Image: A Name)".
_CLOSING_CREDIT = re.compile(
    r"\s+(\((?:image|photo|photograph|picture|pictures|photos|credit)s?\s*:[^()]{1,80}\))\s*$",
    re.IGNORECASE,
)


def _split_closing_credits(body: str, spans: list[Span]) -> list[Span]:
    """The credit in brackets that closes a caption is a sentence of its own (it is furniture,
    the caption may be a claim)."""
    result = []
    for span in spans:
        m = (
            _CLOSING_CREDIT.search(body, span.start, span.end)
            if body[span.end - 1] == ")"
            else None
        )
        if m is None or m.start() <= span.start:
            result.append(span)
            continue
        result.append(Span(span.start, m.start(), span.paragraph))
        result.append(Span(m.start(1), span.end, span.paragraph))
    return result


def split_text(text: str) -> list[str]:
    """The sentences of `text` as strings (the golden-rules scorer's interface)."""
    return [text[s.start : s.end] for s in segment(text)]


def _masked_ranges(block: str) -> list[tuple[int, int]]:
    ranges = []
    for pattern in (_URL, _EMAIL):
        for m in pattern.finditer(block):
            trailing = _TRAILING_PUNCT.search(m.group(0))
            end = m.end() - (len(trailing.group(0)) if trailing else 0)
            ranges.append((m.start(), end))
    ranges.sort()
    return ranges


def _inside(ranges: list[tuple[int, int]], index: int) -> bool:
    return any(a <= index < b for a, b in ranges)


def _words_before(block: str, lower: int, index: int, enough: int = 4) -> int:
    """How many words (up to `enough`) lie between `lower` and `index`; a bounded look back."""
    window = block[max(lower, index - 24 * enough) : index]
    return min(enough, len(window.split()))


def _block_sentences(
    body: str, block_start: int, block_end: int, *, careful: bool
) -> list[tuple[int, int]]:
    """(start, end) in the body of each sentence of the block `body[block_start:block_end]`.

    Each run of terminal punctuation is a candidate boundary. A `careful` block (one holding an
    address, a bullet, a missing space after a stop, or opening like a list) also has its
    addresses masked, its list items and bullets cut and its missing spaces split.
    """
    text_end = block_end
    while text_end > block_start and body[text_end - 1].isspace():
        text_end -= 1
    if (
        text_end - block_start <= _REFERENCE_CHARS
        and "et al" in body[block_start:text_end]
        and _REFERENCE.fullmatch(body, block_start, text_end)
    ):
        # "Source: A B., C D., et al. The paper's title. J Card Res. 2026;11(2):e004417.": a
        # reference to a paper is one sentence, its title's full stop and all
        first = (
            block_start + len(body[block_start:text_end]) - len(body[block_start:text_end].lstrip())
        )
        return [(first, text_end)]
    cuts: list[int] = []
    list_markers: frozenset[int] | set[int] = _NO_MARKERS
    marker_dots: set[int] = set()
    masked: list[tuple[int, int]] = []
    if careful:
        block = body[block_start:block_end]
        if "@" in block or "www" in block or "://" in block:
            masked = [(a + block_start, b + block_start) for a, b in _masked_ranges(block)]
        list_cuts, dots = _list_cuts(block)
        cuts = [cut + block_start for cut in list_cuts]
        list_markers = set(cuts)
        marker_dots = {dot + block_start for dot in dots}
        for m in _MISSING_SPACE.finditer(block):
            if not (masked and _inside(masked, m.start() + block_start)):
                cuts.append(m.end() + block_start)
        # Bullets inside a line part its items ("• Schools closed • Roads flooded"), unless it is
        # a strip of a page's dates and times, short items with no sentence's stop
        # ("Published Nov 18, 2026 • Last updated 2 hours ago • 4 minute read").
        # (A line of bullets alone, "• • •", is one separator.)
        stripped_block = block.strip()
        if (
            not _dated_strip(stripped_block)
            and not _menu_strip(stripped_block)
            and not _BULLETS_ONLY.fullmatch(stripped_block)
        ):
            for m in _BULLET.finditer(block):
                cuts.append(m.start() + block_start)

    last_cut = block_start
    # A lower-case list marker ("b. second") may follow a full stop: then every candidate counts.
    candidates = _CANDIDATE if list_markers else _CANDIDATE_TO_DECIDE
    for m in candidates.finditer(body, block_start, text_end + 1):
        end = m.end()
        if end >= text_end:
            break
        # Fast path for the most common non-boundary: "a. b", "Yahoo! in": a lower-case word
        # right after one space never starts a sentence (unless it is a list marker; and an
        # ellipsis is left to _decide, which knows a phone's "… more" toggle).
        if body[end] == " " and end + 1 not in list_markers:
            following = body[end + 1]
            if following.islower() and body[end - 1] != "…":
                continue
            run = m.group(0)
            # A single full stop, or outside the careful path one with closing quotes or
            # brackets after it ('Paris.” The'): decided by the word before the stop.
            if following.isupper() and (
                run == "." or (not careful and run[0] == "." and not run[1:].strip(_CLOSERS))
            ):
                space = body.rfind(" ", max(block_start, m.start() - 24), m.start())
                word = body[space + 1 : m.start()]
                if space != -1 and word.isalpha():
                    lowered = word.lower()
                    # The most common boundary: "rained. It", "in Paris. The", a word that is
                    # not an abbreviation before a full stop and a capital after one space:
                    # what _decide says, sooner. (A careful block's list marker dots and
                    # masked addresses are checked below, so there only lower-case words.)
                    if (
                        len(word) > 1
                        and lowered not in _NOT_PLAIN
                        and (not careful or word.islower())
                        and not (len(word) <= 4 and _DESIGNATION_AFTER.match(body, end + 1))
                        and not (len(word) <= 4 and _LEGAL_FORM.match(body, end + 1))
                        and not (word[1:2].isupper() and POLICE_RANK.fullmatch(word))  # "PCol."
                    ):
                        cuts.append(end)
                        last_cut = end
                        continue
                    if (
                        lowered in TITLES
                        and lowered not in _TITLES_THAT_MAY_END
                        and (word[:1].isupper() or word in _TITLES_IN_SMALL_LETTERS)
                    ):
                        continue  # "Mr. Smith", "Sen. Warren": what _decide says, sooner
        if m.start() in marker_dots or (masked and _inside(masked, m.start())):
            continue
        decision = _decide(body, m, block_start, text_end, last_cut, list_markers)
        if decision is not None:
            cuts.append(decision)
            last_cut = decision

    if careful:
        cuts = sorted(set(cuts))
    pieces = []
    start = block_start
    for cut in [*cuts, block_end]:
        piece = body[start:cut]
        stripped = piece.strip()
        if stripped:
            first = start + len(piece) - len(piece.lstrip())
            pieces.append((first, first + len(stripped)))
        start = cut
    return pieces


# A day and a month with their stops, the line's first words ("31.5. Written notices").
_DAY_AND_MONTH = re.compile(r"\s*(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])")


def _decide(
    block: str, m: re.Match, lower: int, upper: int, last_cut: int, list_markers
) -> int | None:
    """Return where to cut after the terminator match `m`, or None for no boundary.

    The block is `block[lower:upper]` (a slice of its own, or a stretch of the whole body)."""
    run = m.group(0)
    after = m.end()
    next_start = after
    while next_start < upper and block[next_start].isspace():
        next_start += 1
    if next_start in list_markers:
        return next_start
    follow = _WORD_AFTER.match(block, next_start, upper)
    next_word = follow.group(1) if follow else ""
    next_char = block[next_start] if next_start < upper else ""
    first_letter = next_word[:1]

    if (
        run == "?"
        and last_cut == lower
        and _question_and_kicker(block, lower, m.start(), next_start, upper)
    ):
        return None
    if (
        run == "."
        and _DAY_AND_MONTH.fullmatch(block, lower, m.start())
        and block[next_start:upper].rstrip()[-1:] not in (".", "!", "?", "”", '"')
    ):
        # "10.5. Board approves rise": a date as Nordic copy writes it, opening a line of a
        # timeline's (not a figure's lede, a sentence after it: "7.8. That was the magnitude …")
        return None
    if next_char in ("|", "·") and block[next_start + 1 : next_start + 2] == " ":
        # "Dauphin, Man.  ·  Sunday, Aug. 16", "Portimar Lda.  ·  NIPC 514": after an
        # abbreviation, a state's, a street's kind or a firm's form abroad, a strip's separator
        # goes on with the strip's cells (a caption's "… in Pune. | Photo Credit: A Name" ends
        # before its credit)
        before = block[lower : m.start()].rsplit(None, 1)[-1:]
        bare = before[0].lower() if before else ""
        # (and a table's column heading: "Pos. | Swimmer | Club | Time", "Model No. | Wattage")
        if (
            bare in AMBIGUOUS
            or (bare in BEFORE_NUMBER and before[0][:1].isupper())
            or bare in _STATES
            or bare in _FIRMS_ABROAD
            or bare in _STREETS
            or before == ["Pos"]
            # (and a club's "Utd.": "3. Entebbe Utd. | 25 | 44", a league table's row)
            or before == ["Utd"]
        ):
            return None
    if (
        run[-1] in _CLOSERS
        and next_char in "—–"
        and _QUOTES_CREDIT.fullmatch(block, next_start, upper)
    ):
        # "“Short time hurts, but it is better than the street.” — A Name, AAWU": a quotation
        # and who said it, alone on their line (a pull quote, a quote of the day)
        return None
    if next_char and _SYMBOL.match(next_char):
        # "What a night for Rovers! 🎉 The squad …": an emoji after the stop is the sentence's.
        end = _SYMBOLS.match(block, next_start, upper).end()
        if end >= upper or block[end].isspace():
            return end
    punct = run.rstrip(_CLOSERS + _FOOTNOTE_MARKS)
    if "?" in punct or "!" in punct:
        # "Yahoo! in the", '"Why?" she asked': a lower-case word continues the sentence; so
        # does a short bracket that ends the block, the source of a linked headline
        # ("Why are the swifts late? (Valley Courant)").
        if next_char == "(" and _TRAILING_SOURCE.fullmatch(block, next_start, upper):
            return None
        if first_letter.islower():
            return None
        if next_char in "|·" and block[next_start + 1 : next_start + 2] == " ":
            # a strip's next cell, a few words: "19:05 Who loses? · 25:30 What next" (not a
            # sentence after a question, "Why now? | Inflation hit 11% in October": a strip
            # has two separators or more)
            # (within a few cells either side: a megabyte of one line is read once)
            reach = min(upper, next_start + 160)
            line_end = block.find("\n", next_start, reach)
            line_end = reach if line_end == -1 else line_end
            floor = max(lower, m.start() - 160)
            line_start = max(floor, block.rfind("\n", floor, m.start()) + 1)
            cell = _CELL_BREAK.split(block[next_start + 2 : line_end], maxsplit=1)[0]
            separators = len(_CELL_BREAK.findall(block, line_start, line_end))
            if separators >= 2 and len(cell.split()) <= _STRIP_ITEM_WORDS:
                return None
        if run[-1] in _CLOSERS and next_char in "—–":
            return None  # "“Forward!” — the chant went up …": the quotation's sentence goes on
        # "“Is that fair?” Councillor Ann Smith asked.": a quotation's attribution, opening
        # with the speaker's capitalised name.
        named = run[-1] in _CLOSERS and next_word.lower() not in _NOT_A_NAME
        attribution = _NAMED_ATTRIBUTION.match(block, next_start, upper) if named else None
        # (an auxiliary after its verb makes a clause reported, "Critics said the timing was
        # cynical", not the attribution's own tail, "told the crowd", "said on Monday")
        if attribution and not AUXILIARY.search(block, attribution.end(1), attribution.end()):
            return None
        placed = _PLACED_ATTRIBUTION.match(block, next_start, upper) if named else None
        verb = placed and FINITE_VERB.search(placed.group(2))
        if verb and _A_THING_THEN.search(placed.group(2), 0, verb.start()):
            verb = None  # ("… said in a video posted by the club.": the video's participle)
        if placed and not verb:
            return None  # "… asked at a press screening in Andheri on Wednesday."
        if (
            "!" in punct
            and block[upper - 1] not in ".!?"
            and _TAG.fullmatch(block, last_cut, m.start())
        ):
            # "GOAL! Rovers 2-1 City", "57' TRY! Otters 24-17 Harriers": a tag glued to a line
            # that is no sentence (a sentence after it is one: "RED CARD! Grell is sent off.")
            return None
        return after

    dots = punct.count(".") + 3 * punct.count("…")
    word = _WORD_BEFORE.search(block[max(lower, m.start() - 60) : m.start()]).group(0)
    head, _, tail = word.rpartition("-")
    if tail.istitle() and head and (len(head) <= 2 or head.endswith(".")):
        # "Rep. A Name, R-St. Joseph, said", "Lt.-Col. A Name": a party's letter or a rank
        # joined to an abbreviation; the word the stop follows is the part after the hyphen
        # (not "the Next-Gen. Kessler said …": a word of its own)
        word = tail
    head, _, tail = word.rpartition("/")
    if len(head) >= 3 and head.isalpha() and tail in ("Mt", "Mts"):
        # a mountain's second name after a slash: "Aoraki/Mt. Cook" (not a rank's: "L/Cpl.")
        word = tail
    previous_char = block[m.start() - 1] if m.start() > lower else " "
    if dots >= 2:
        if dots >= 4 and block[m.end() : m.end() + 2] == "  ":
            return None  # a form's leader: "Signed ..............  Lord Mayor"
        if dots == 3:
            # An ellipsis inside a sentence ("... well, what I mean...", "says . . . Ministers"),
            # unless it trails a word and a clear opener follows: "3,000 homes... Then the rain".
            # One set off by a space ends a sentence before an opener too: "I've stopped seeing
            # friends ... I feel forgotten" (not "says ... Ministers", words left out of a
            # quotation; nor dots spaced apart, "the thing is . . . I didn't mean it", a speaker
            # trailing off mid-sentence, as the golden rules have it).
            if " " not in punct and first_letter.isupper() and next_word.lower() in OPENERS:
                return after
            if _TOGGLE.fullmatch(block, next_start, upper) and (
                first_letter.isupper() or m.start() - last_cut >= _CUT_OFF_LINE
            ):
                # "… the river rose by… Show more": a phone's toggle after a cut-off caption
                # or standfirst, the line's last words, is no part of its sentence (a short
                # line's "more" may be its punchline: "Less is… more")
                return after
            return None
        if not (first_letter.isupper() or next_char in _OPENING):
            return None
        if " " in punct and word and not previous_char.isspace():
            # "compounds. . . . The": the word's own full stop ends the sentence and the
            # three spaced dots that follow open the next one.
            return m.start() + 1
        return after

    # A single full stop.
    if (
        _A_DATELINE_WORD.fullmatch(word)
        and next_char.isupper()
        and last_cut == lower
        and word not in LABELS_IN_CAPITALS
    ):
        # "KAMPALA. The riders' association has told …": a dateline, one place in capitals at
        # the line's head, opens the lead (a line's first word alone; not a label or a verdict,
        # "NOTE.", "FALSE."; nor before a quotation, whose attribution may name the speaker)
        line_start = block.rfind("\n", lower, m.start()) + 1 or lower
        if line_start == m.start() - len(word):
            return None
    if word.isdigit() and len(word) <= 2 and first_letter.isupper():
        # A list's numbers inside its sentence, the first after a colon, the next after a
        # semicolon: "Men: 1. A Name (UGA) 59:48; 2. …" (not a rating, "A Name: 8. Commanding
        # all season")
        mark = block[max(lower, m.start() - len(word) - 2) : m.start() - len(word)].strip()
        if (mark == ":" and word == "1") or mark == ";":
            return None
    if (
        word.isdigit()
        and len(word) <= 2
        and _DAY.fullmatch(word)
        and (
            next_word.lower() in _GERMAN_MONTHS
            or (
                next_word.lower() in _MONTHS_AFTER_A_DAY
                and _previous_word(block, lower, m.start() - len(word)).lower().rstrip(",")
                in _BEFORE_A_DAY
                and (next_word.lower() != "may" or _A_YEAR_AFTER.match(block, follow.end(), upper))
            )
        )
    ):
        # "Talks resume on 9. April in Kiel", "filed on 3. Mai 2026": a day written with its
        # ordinal's stop, as German and Nordic copy writes it, before its month: a German
        # month's name, or one English shares after a word that takes a date ("on", "from",
        # "seit"); not "… aged 19 and 24. June is the busiest month", "… reached 25. March
        # 2020 marked …"
        return None
    if word[:1].isupper() and len(word) <= 4 and _LEGAL_FORM.match(block, next_start, upper):
        return None  # a company's legal form closes its name: "… Media Nig. Ltd.", "Bros. Inc."
    if word in _CONTRACTION_ENDS and first_letter.isupper():
        # "We didn't. That's the series.": a contraction's last letter, no initial (not an
        # abbreviation's, "Gov't.", "Dep't.": only "n't" ends so; nor a quotation's opening
        # words, "'He wasn't. He was at home,' said his mother": one sentence)
        apostrophe = m.start() - len(word) - 1
        contracted = apostrophe > lower and block[apostrophe] in "'’"
        contracted = contracted and block[apostrophe - 1].isalpha()
        contracted = contracted and (word != "t" or block[apostrophe - 1] == "n")
        opening = block[last_cut : m.start()].lstrip()[:1] in _OPENING
        if contracted and not (opening and _words_before(block, last_cut, m.end()) < 4):
            return after
    if next_char == "(" and _ITEM.match(block, next_start, upper):
        before = word.lstrip("".join(_OPENING)).lower()
        if before not in _NOT_PLAIN and not _is_abbreviation(before):
            return after  # "… was rushed. (ii) Two bidders …": the next item of a list
    if next_char == "©":
        return after  # "… Media Inc. © 2026 All rights reserved": the copyright line is its own
    if _CLOSED_BRACKET.match(block, next_start, upper) and _open_bracket(
        block, last_cut, m.start()
    ):
        return None  # a bracket's short designation: "small cars (Cat. A) fell", "(Vol. 2)"
    if not first_letter:
        return after if next_char and next_char not in "-–—,;:" else None
    if first_letter.islower():
        if "\n" in block[m.end() : next_start] and _EMAIL.match(block, next_start):
            return after  # an address on a line of its own: "… courts reporter.\nname@example.com"
        return None
    bare = word.lstrip("".join(_OPENING)).lower()
    bare = bare.rsplit("-", 1)[-1] if "-" in bare and "." in bare else bare
    if bare in _RETIRED and run.endswith(")") and next_word.lower() not in OPENERS:
        return None  # "Lt. Col. (retd.) A Name said": the rank's note, before the name
    if bare == "rec" and word[:1] == "R":
        # "Crossgully Rec. Reserve": a recreation ground's word before the rest of its name
        # (but "at the Rec. Finn Russell kicked …", "lost at the Rec. Park Road was closed":
        # the ground's name, at a sentence's end)
        the = _previous_word(block, lower, m.start() - len(word)).lower() == "the"
        return None if next_word in _GROUND_WORDS and not the else after
    if "." in bare and "–" in bare and first_letter.isdigit():
        bare = bare.rsplit("–", 1)[-1]  # "Mon.–Fri. 10 a.m.": a range of days, then its hours
    if bare in BETWEEN:
        return None
    if (
        bare == "str"
        and first_letter.isupper()
        and not _previous_word(block, lower, m.start() - len(word))[:1].isupper()
    ):
        # a Romanian street's word before its name: "at Str. Mihai Bravu nr. 14", "on str.
        # Mărășești" (after the name, a street's kind ends the sentence: "along Mihai Viteazu
        # Str. Police followed …")
        return None
    if (
        word == "Mag"
        and first_letter.isupper()
        and (next_word.lower() not in OPENERS or next_word.lower() in TITLES)
    ):
        # an Austrian master's degree before a name: "Mag. Dr. A Name", "Mag. A Name" (a
        # magazine's "Mag." ends a sentence before an opener: "… for Vanity Fair Mag. The piece")
        return None
    if first_letter.isdigit():
        if (bare in ("cat", "cap") and word == bare) or (bare == "pg" and word == "PG"):
            return after  # "the dog and the cat. 14 others …", "rated PG. 13-year-olds …"
        if word in ("App", "Pos", "Pt"):
            # "in App. 2 of the audit", "35 Cal. App. 5th 112", "in Pos. 3", "under Pt. 4 of the
            # Act" (a law's part)
            return None
        if bare in BEFORE_NUMBER or bare in AMBIGUOUS:
            return None
        if bare in _PHONE_LABELS and _PHONE_NUMBER.match(block, next_start, upper):
            return None  # a phone's label and its number
        if bare == "st" and _previous_word(block, lower, m.start() - len(word))[:1].isupper():
            return None  # a team's "State" before its score: "Halftime: Marlow St. 38-29"
        if _JOURNAL_VOLUME.match(block, next_start, upper):
            return None  # a reference's journal and its volume: "Gut Microbe Rep. 2026;8(3)"
        if bare.endswith("str") and word[:1].isupper():
            return None  # a street and its number: "Bahnhofstr. 4", "Hauptstr. 12"
        if bare in _NUMBERED_MEASURES and word[:1].isupper() and not word.isupper():
            return None  # "Rte. 9", "Prop. 50", "Amdt. 3" (not "told RTE. 2026 …", "props.")
        if word[:1].isupper() and _is_abbreviation(bare):
            return None  # a designation: "S.B. 114", "H.R. 2201", "S. 1184"
        if word[:1].isupper() and _RULE_CITATION.fullmatch(word):
            return None  # a court rule and its number: "Juv.R. 3", "S.Ct.Prac.R. 18.02"
        return after
    if (
        bare in ("reg", "ref")
        and word.lstrip("(") in ("Reg", "Ref")
        and _REG_NUMBER.match(block, next_start)
    ):
        # "Reg. No. OP.218/051", "Ref. No. MTCW/PR/2026/41": a registration's or a letter's
        # number (not "I asked Reg. No one")
        return None
    if len(bare) >= 2 and bare in BEFORE_NUMBER:
        # "The case, No. CR-2026-0412, …", "charity no. SC007814": a reference; but "Voters
        # said no. M25 widening …": after a small "no." only a long code is one.
        # (its last word and mark only: a bounded look back, so "No. " a million times stays
        # linear)
        before = block[max(lower, m.start() - len(word) - 60) : m.start() - len(word)].rstrip()
        before = before if before or m.start() - len(word) - 60 <= lower else " "
        # (a code with stops, "Reg. No. OP.218/051", inside a sentence only: "Is it more
        # dangerous? No. B.1.1.529 spread faster" is an answer)
        last_word = (before.rsplit(None, 1) or [""])[-1].strip(".([").lower()
        # (not a line's opening: "No. A.12/2026: Change of use …" on a planning list; nor
        # after a label's colon, "Permit: No. E.55/2026")
        answering = bool(before) and (
            before[-1] in '?!"”’' or (before[-1] == "." and last_word not in BEFORE_NUMBER)
        )
        coded = (
            (_CODE.fullmatch(next_word) and (word[:1].isupper() or len(next_word) >= 5))
            or (
                word[:1].isupper()
                and not answering
                and (
                    _DOTTED_CODE.match(block, next_start)
                    # (a code's letters apart from its number: "Reg. No. PV 00219841")
                    or _LETTERS_THEN_NUMBER.match(block, next_start)
                    # (and after a thing's "No." a flight's or a route's short one: "Flight No. WY
                    # 417"; not an answer's, "the chief said No. ATR 72 aircraft remain grounded")
                    or (
                        bare == "no"
                        and _CODES_LETTERS.match(block, next_start)
                        and _previous_word(block, lower, m.start() - len(word))[:1].isupper()
                    )
                )
            )
        )
        # (after a small "no." the "I" is the pronoun: "Not at the markets, no. I stood …",
        # "Oh no. I left my phone"; but not after a thing's label, "ward no. I of the city",
        # nor before what a numeral takes, "no. I of"; after "No." a verb must show it, "No.
        # I of the series")
        after_i = _WORD_AFTER_I.match(block, next_start)
        numeral = last_word in _NUMBERED_THINGS or (
            after_i is not None and after_i.group(1).lower() in _AFTER_A_NUMERAL
        )
        pronoun = (
            bare == "no"
            and next_word == "I"
            and ((word[:1] == "n" and not numeral) or _PRONOUN_I.match(block, next_start + 1))
        )
        if coded or (_ROMAN.fullmatch(next_word) and not pronoun):
            return None  # (and "Art. IV of the compact", "Vol. II")
        if bare == "no" and (pronoun or _PLAIN_WORD.fullmatch(next_word)):
            return after  # the answer: "MINISTER: No. I'm not going to …" (a number has digits)
    if bare == "sr" and next_word.lower() in OPENERS:
        # "founded by Reginald Ottoway Sr. His grandson …": after a name, a suffix ending the
        # sentence (before one, "Sr. Garcia", a title).
        previous = _previous_word(block, lower, m.start() - len(word))
        if previous[:1].isupper() and _words_before(block, last_cut, m.end()) >= 4:
            return after
    if first_letter in "—–":
        # A dateline: "REDVALE, Calif. — A judge ...": the dash goes on with the sentence; so
        # does a street's: "Tamsford Clinic, 210 Dunlavy St. — March 24, 9 a.m.".
        abbreviated = _is_abbreviation(bare) or bare in ENDING or bare in _TITLES_THAT_MAY_END
        # (any short capitalised word closing a place and its region, the line's first words:
        # "Kashiwazaka, Nagano Pref. —", "Tarrow, Northern Prov. —")
        # (after a capitalised word, not a comma: "Yours, Anna. — Anna Kowalczyk" signs off)
        opening = block[last_cut : m.start()]
        words_before = opening[: len(opening) - len(word)].split()
        dateline = word[:1].isupper() and len(bare) <= 5 and "," in opening
        dateline = dateline and len(opening.split()) <= 5 and "\n" not in opening.strip()
        dateline = dateline and bool(words_before) and words_before[-1][:1].isupper()
        # (not "Ekurhuleni: ANC. —", nor a letter's "Yours, Anna. —"; but a city in capitals
        # and its state: "GUADALAJARA, Jal. –")
        last = words_before[-1] if words_before else ""
        city = len(words_before) <= 3 and last.endswith(",") and last[:-1].isupper()
        dateline = dateline and (last.isalpha() or city)
        return None if abbreviated or dateline else after
    if len(bare) <= 4 and word[:1].isupper() and _DESIGNATION_AFTER.match(block, next_start):
        return None  # "Reg. No. 4471", "Flight Ref. No. 12": one designation
    if bare in ("sta", "sto") and word[:1].isupper() and first_letter.isupper():
        # "the towns of Sta. Felomina and Sto. Niño": Santa and Santo before a name, after a
        # small word; "at Penn Sta. It leaves …": a station, its name capitalised, ends it.
        before = _previous_word(block, lower, m.start() - len(word))
        # (after a comma, a place's name: "Bagongtanaw, Sta. Rufina")
        listed = block[max(lower, m.start() - len(word) - 4) : m.start() - len(word)]
        listed = listed.rstrip().endswith(",")
        # (nor after a place's own word: "Barangay Sto. Niño", "Poblacion Sta. Cruz")
        placed = before.lower().rstrip(".") in _PLACE_WORDS_BEFORE_A_SAINT
        # (but not before a name with a stop or a comma after it: "on Old Sta. Mesa." is Santa
        # Mesa, "Fr. A Name Sta. Ana, parish priest" a surname)
        named = block[follow.end() : follow.end() + 1] in (".", ",") if follow else False
        # (an article is no station's name: "A Sto. Niño image")
        station = before[:1].isupper() and before not in ("A", "An", "The") and not named
        return after if station and not listed and not placed else None
    if bare == "st" and (
        (next_word.lower() in OPENERS and next_word != "A") or next_word.lower() in TITLES
    ):
        # "Hallam St. The service …", "Quarry St. St. Idwal's church …": a street ends the
        # sentence before an opener or a title; "St. Brendan's" is a saint.
        before = block[max(lower, m.start() - 40) : m.start() - len(word)].rstrip()
        if before[-1:].isalpha() and before.rsplit(None, 1)[-1][:1].isupper():
            return after
    if (
        bare == "dr"
        and next_word in _AFTER_A_DRIVE
        and _a_place_on(block, lower, m, word)
        and _words_before(block, last_cut, m.end()) >= 4
    ):
        # "The clinic moved to Sam Nujoma Dr. Its old building …": a drive after its name and a
        # preposition ends the sentence before a pronoun or an article that is no one's name
        # ("to Dr. A Name" has no name before it; "Dr. May Lim", "Dr. So Yeon Park" and "Dr. He
        # Wei" are doctors)
        return after
    if (
        (bare == "st" or (bare in _STREETS_SHORT and _a_place_on(block, lower, m, word)))
        and _STREET_THEN_SENTENCE.match(block, next_start, upper)
        and _previous_word(block, lower, m.start() - len(word))[:1].isupper()
        # (a street's kind right after its name: ", St. Andrew and St. Thomas" lists saints'
        # parishes)
        and block[max(lower, m.start() - len(word) - 40) : m.start() - len(word)].rstrip()[-1:]
        not in (",", ";")
        and _words_before(block, last_cut, m.end()) >= 4
    ):
        # "… near its corner with Bosbok St. Traffic on Mohlware Road was diverted …", "… at
        # Pellowbrae Blvd. Look for the sign": after a street's name, a capitalised word with
        # small words after it opens a sentence (a saint's name is a name: "St. Mary's", "St.
        # John Ambulance", "St. Brendan Street"; a shorter street's kind only where the street
        # is a place, after "at", "on", "&" …: "the Ocean Blvd. Starbucks was robbed" names a
        # shop)
        return after
    if (
        (bare in AMBIGUOUS or bare == "st")
        and "." not in bare
        and _REPORTED_OPENING.match(block, next_start, upper)
        and _words_before(block, last_cut, m.end()) >= 4
        # (a street's "St." after its capitalised name; "as St. John said" is a saint, "Mr.
        # St. Rosanville said" a surname)
        and (bare != "st" or _a_streets_name(_previous_word(block, lower, m.start() - len(word))))
    ):
        # "Winds could reach 110 mph. Forecasters said …", "The march ended on Main St.
        # Organisers said …": a speaker and a verb of saying open the next sentence
        return after
    if (
        bare in _UNITS
        and first_letter.isupper()
        and _after_a_figure(block, lower, m, word)
        # (a clock's "hrs." goes on before its day, month or zone: "at 18:00 hrs. Friday", "by
        # 20:00 hrs. GMT")
        and not (bare in ("hr", "hrs") and _WHEN_AFTER_HOURS.fullmatch(next_word))
    ):
        # "covers 9,800 sq. ft. Rent is …", "at 4.5% p.a. Repayments …": a unit after a
        # figure ends the sentence before a capital, as "Ltd." does ("Ft. Worth" has none).
        return after if _words_before(block, last_cut, m.end()) >= 4 else None
    if (
        bare in _BEFORE_A_TITLE
        and word[:1].isupper()
        and (next_word.lower().rstrip(".") in TITLES or next_word.lower() in _RANK_NOUNS)
    ):
        # "Assoc. Prof. Ingrid Sølvberg", "Asst. Insp. A Name", "Asst. Commissioner of Police
        # A Name", "Snr. Lecturer A Name"
        return None
    if word == "App" and _A_PARTS_LETTER.match(block, next_start, upper):
        return None  # "(see App. C of the report)", "App. B shows …": an appendix's letter
    if word == "Civ" and next_word in _DOCKET_KINDS:
        return None  # "docketed as Civ. Case No. 8817" (not "a degree in Western Civ. Then …")
    if bare == "pt" and first_letter.isupper() and next_word.lower() not in OPENERS:
        # "A Name of Pt. Fortin", "The Pt. Lisas Industrial Estate": a point's name after it
        # (after a capitalised word a place ends, "near Sandy Pt. Nobody was hurt"; and "PT."
        # is Pacific time, "at 10 a.m. PT. Analysts …", except opening the sentence, an
        # Indonesian firm's "PT. Pertamina said …")
        before = _previous_word(block, lower, m.start() - len(word))
        opening = not block[last_cut : m.start() - len(word)].strip()
        if (word == "Pt" and (not before[:1].isupper() or before in ("The", "the"))) or (
            word == "PT" and opening
        ):
            return None
    if word == "inc" and next_word.isupper() and len(next_word) <= 4:
        return None  # "about £310,000 inc. VAT": "including", in small letters
    if bare == "sec" and word == "Sec":
        # "Sec. A Name", a secretary; "the Hon. Sec.", "a new Sec.": the noun ends a sentence
        previous = _previous_word(block, lower, m.start() - len(word)).lower().rstrip(".")
        noun = previous in _BEFORE_A_NOUN or next_word.lower() in OPENERS  # ("Interior Sec. The")
        if noun and first_letter.isupper():
            return after
    if first_letter.isupper() and next_word.lower() not in OPENERS and POLICE_RANK.fullmatch(word):
        # a rank in the police's style before a name: "PCol. A Name" (the Philippines' "P"
        # and the rank), "D/Supt. A Name", "P/Insp. A Name"
        return None
    if word in _TITLES_IN_THEIR_CASE and first_letter.isupper():
        return None
    glued_title = "." in bare and len(bare.rsplit(".", 1)[0]) > 2  # "Tuesday.Mr. Smith"
    titled = bare in TITLES or (glued_title and bare.rsplit(".", 1)[-1] in TITLES)
    if titled and _capitalised_title(word):
        return None
    if bare in ENDING and next_char == "(":
        return None  # "Quillmore Instruments Inc. (NASDAQ: QLMR), a maker of …"
    if (bare in _STREETS or bare in AMBIGUOUS) and _BRACKET_WITHIN.match(block, next_start, upper):
        return None  # "… at Marrowdene Ln. (Stop No. 4475).": an aside inside the sentence
    if bare in _RANKS_THAT_ARE_NOUNS and first_letter.isupper():
        # A rank before a name goes on ("the death of Pte. Kieran Fearnley", "He said Spc.
        # Lee …"); the rank as a noun ends a sentence ("promoted to L/Cpl. In 2023 …", "was a
        # Pfc. Decades later …"); so does a company's "Pte." ("Tanjong Marine Pte. The firm
        # …", "iFlex Pte. Regulators …", though "Pte. Ltd." is one suffix) and a constitution's
        # "Const." ("the Indian Const. Lawyers …").
        if bare == "pte" and next_word.lower().rstrip(".,") in ("ltd", "limited"):
            return None
        previous = _previous_word(block, lower, m.start() - len(word))
        company = bare == "pte" and previous != previous.lower()
        charter = bare == "const" and previous[:1].isupper() and not previous.isupper()
        if charter and previous.lower().rstrip(".") in TITLES:
            # a chain of ranks before a name of two capitalised words goes on ("Det. Sen. Const.
            # Brialwen Talbragar-Wyndrel"); as a rank held, it ends ("rose to Det. Const. Four
            # years later …")
            charter = not _TWO_CAPITALS.match(block, next_start, upper)
        noun = previous.lower() in _BEFORE_A_RANK_NOUN or next_word.lower() in OPENERS
        return after if (company or charter or noun or word.islower()) else None
    if word == "def" and first_letter.isupper():
        return None  # a result's "def.": "Zaldivar def. Greta Thursfield 6-1, 6-2"
    if bare == "md" and word == "Md" and first_letter.isupper():
        # "(UNO) Md. Shafiqul Islam": Mohammad before a name; Maryland comes after a place
        # ("Bethesda, Md. The company …", "Silver Spring Md. It had …": an opener follows)
        before = block[max(lower, m.start() - len(word) - 3) : m.start() - len(word)]
        # (a name runs on in capitals, "Md. Shafiqul Islam"; a sentence does not, "Annapolis
        # Md. Organizers said …"; after a comma, Maryland follows its city, "Bethesda, Md.",
        # where a name follows a role: "The local member of parliament, Md. A Name,")
        after_a_place = (
            before.rstrip().endswith(",")
            and _previous_word(block, lower, m.start() - len(word)).rstrip(",")[:1].isupper()
        )
        # (after a quotation, the speaker: "… the same bend,” Md. Akanda said.")
        quoted = before.rstrip().endswith((",”", ",’", ',"', ",'"))
        if quoted or (not after_a_place and _TWO_CAPITALS.match(block, next_start)):
            return None
    if first_letter.isupper() and _PLURAL_INITIALS.fullmatch(word):
        # "… their share certificates and N.R.C.s. Transport will leave …": initials made
        # plural are a noun, never a name's or a body's first word, so a capital after them
        # opens a sentence
        return after if _words_before(block, last_cut, m.end()) >= 4 else None
    if (
        bare in _DOTTED_FIRM_FORMS
        and first_letter.isupper()
        and _previous_word(block, lower, m.start() - len(word))[:1].isupper()
        # (its officer's role after it goes on: "Brembo S.p.A. CEO A Name said")
        and next_word.lower().rstrip(".,") not in _FIRMS_OFFICERS
    ):
        # "… laid by Al Rayyan Gulf Contracting W.L.L. Work began …", "… built by Fincantieri
        # S.p.A. Italy's yards …": a firm's legal form abroad, after its capitalised name, ends
        # the sentence before a capital ("by S.A. Water" is South Australia's)
        return after if _words_before(block, last_cut, m.end()) >= 4 else None
    if (
        bare in _ERAS
        and next_char.isupper()
        and _previous_word(block, lower, m.start() - len(word)).rstrip(",").isdigit()
    ):
        # "… ends on Yekatit 10, 2020 E.C. Trucks will …", "built in 300 B.C. Its walls …": a
        # year's era ends the sentence before a capital (not an opening phrase's: "In 2020
        # E.C. Ethiopia …")
        return after if _words_before(block, last_cut, m.end()) >= 4 else None
    if bare in ENDING and first_letter.isupper():
        # "closed at 9 a.m. Crews ...", "Penfold Engineering Ltd. Work ...": a capital starts
        # a sentence, unless it is a word that continues after this kind of abbreviation.
        # A stretch of under four words is an opening phrase, not a sentence ("At 5 a.m. Mr.").
        if next_word.lower().rstrip(".") in ENDING[bare]:
            return None
        if (
            block.startswith(".", next_start + len(next_word))
            and next_word.lower() in _STREETS_SHORT
        ):
            return None  # "Martin Luther King Jr. Blvd.": a street's kind never opens a sentence
        the = _previous_word(block, lower, m.start() - len(word)) in ("the", "The")
        if bare in _STATES and the:
            return None  # "filed with the N.C. Department of Commerce": the state's body
        if (
            bare in _COUNTRIES
            and not the
            and _previous_word(block, lower, m.start() - len(word)) not in _BEFORE_INITIALS_AS_NOUN
            and next_word.lower() not in OPENERS
            and _TWO_CAPITALS.match(block, next_start, upper)
        ):
            # "while U.S. West Texas Intermediate crude gained": the country before a name, as
            # an adjective (a sentence ends on it as a noun: "moved to the U.S. Later he …",
            # "sanctions by the EU and U.S. Moscow called them …")
            return None
        if (
            bare in _COUNTRIES
            and the
            and next_word.lower() not in OPENERS
            and _THREE_CAPITALS.match(block, next_start, upper)
        ):
            # "the U.S. Consumer Product Safety Commission said": a body's name of capitals
            # goes on (not "moved to the U.S. Later he …", "to the U.S. John Smith said")
            return None
        if bare in _CLOCK and (
            _PLACES_TIME.match(block, next_start, upper)
            or _CLOCKS_DATE.match(block, next_start, upper)
            # (a time that names a service, after "the": "the 7.05 a.m. Kelanivitiya–Fort
            # train", "the 6 p.m. News")
            or _THE_TIME_BEFORE.search(
                block, max(lower, m.start() - len(word) - 16), m.start() - len(word)
            )
        ):
            return None
        return after if _words_before(block, last_cut, m.end()) >= 4 else None
    # "… went to Harkwell & Co. Work starts in June.": after "&", the company's suffix ends the
    # sentence before a capital, as "Ltd." does ("Co. Kerry" alone is a county, "& Co. KG" one
    # company).
    if bare == "co" and first_letter.isupper() and _after_an_ampersand(block, lower, m, word):
        company = next_word.isupper() or next_word.lower().rstrip(".,") in _COMPANY_WORDS
        if not company:
            return after if _words_before(block, last_cut, m.end()) >= 4 else None
    if bare == "i" and first_letter.isupper():
        # "… and so did I. Shame on them", "… older than I. Then": the pronoun after an
        # auxiliary or "than" ends the sentence; anywhere else "I." may be an initial
        # ("architect I. M. Pei", "by I. Marsh").
        previous = _previous_word(block, lower, m.start() - len(word))
        if previous in _BEFORE_THE_PRONOUN:
            return after
    # (searched from a bounded reach back: from the last cut, a run of initials was quadratic)
    if (
        len(word) == 1
        and word.isupper()
        and _LETTERS_BEFORE.search(block, max(lower, m.start() - _LETTERS_REACH), m.start() - 1)
    ):
        # "in effect for Zones A and B. Tap for details.": the last of a series of letters,
        # not an initial, ends the sentence before a capital.
        return after if _words_before(block, last_cut, m.end()) >= 4 else None
    if bare in AMBIGUOUS and first_letter.isupper() and _CREDIT.fullmatch(block, next_start, upper):
        # "… on Creamwell Rd. Darnell Voskuijpers / Courier-Ledger": a caption's credit after it
        return after
    if bare in _MONTH_ABBREVIATIONS and first_letter.isupper():
        # "… was approved on 26 Mar. Members then …": a date written day first ends with its
        # month, so a capital after it opens a sentence (a month first goes on to its day,
        # "Mar. 26", and a year after it is no capital).
        previous = _previous_word(block, lower, m.start() - len(word))
        # (or a month as a time, after its preposition and without its day: "up from 4.4% in
        # Jan. Bread and cereals …")
        as_a_time = previous.lower() in _BEFORE_A_MONTH
        if (_DAY.fullmatch(previous) or as_a_time) and _words_before(block, last_cut, m.end()) >= 4:
            return after
    if _is_abbreviation(bare):
        # (an initial before another initial is a name's: "Mr O. A. Adeyemi", where "A" is
        # no article)
        initials = len(word) == 1 and _INITIAL_AFTER.match(block, next_start, upper)
        if next_word.lower() in OPENERS and _words_before(block, last_cut, m.end()) >= 4:
            return None if initials else after
        return None
    if _ROMAN.fullmatch(word) and not block[last_cut : m.start() - len(word)].strip():
        return None  # a section's number opening its line: "II. Full houses, empty accounts"
    return after


# A firm's legal form abroad, which ends a strip's cell ("Portimar Lda.  ·  NIPC …").
_FIRMS_ABROAD = frozenset("lda ltda sa srl spa gmbh ag nv bv ehf as ab oy kft sro".split())
# A street's kind, shortened: it ends a name and never opens a sentence ("St." may: "St. Louis").
_STREETS_SHORT = frozenset("blvd ave rd hwy pkwy expy fwy".split())
# The words that open a sentence after a drive's "Dr." (never a given name or a surname).
_AFTER_A_DRIVE = frozenset("It Its The They Their This These Those There We".split())
# (and any street's, before a strip's separator: "38 Kemp Pl. | March 26")
_STREETS = _STREETS_SHORT | frozenset("st pl ct ln sq cres tce dr".split())
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
# The months after a day and its stop ("9. April", "3. Mai", "FROM 12. DECEMBER"): German
# names, and names English shares or writes after a word that takes a date.
_GERMAN_MONTHS = frozenset("januar jänner februar märz mai juni juli oktober dezember".split())
_MONTHS_AFTER_A_DAY = frozenset(month.lower() for month in MONTHS)
_BEFORE_A_DAY = frozenset(
    [day.lower() for day in [*WEEKDAYS, *WEEKDAY_ABBREVIATIONS]]
    + """on from until till since am vom bis zum seit ab montag dienstag mittwoch donnerstag
    freitag samstag sonntag""".split()
)
_A_YEAR_AFTER = re.compile(r"\s+\d{4}\b")
# A firm's legal form abroad written with stops: "S.A.", "S.R.L.", "W.L.L." (Gulf), "S.A.L."
# (Lebanon), "S.p.A.", "S.A.S.", "S.L.", "S.A.C." (Peru).
# A year's era: "300 B.C.", "2020 E.C." (the Ethiopian calendar's), "632 A.H.".
_ERAS = frozenset("b.c a.d e.c b.c.e c.e a.h".split())
_DOTTED_FIRM_FORMS = frozenset("s.a s.a.s s.l s.r.l s.p.a s.a.l w.l.l s.a.c".split())
_FIRMS_OFFICERS = frozenset(
    """chairman chairwoman chair chief ceo cfo coo president director managing general head
    spokesman spokeswoman spokesperson founder owner manager executive""".split()
)
# A quotation's credit after its dash, to the end of the line: "— A Name, AAWU".
_QUOTES_CREDIT = re.compile(
    r"[—–] ?[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,4}(?:, [^.!?\n]{1,60})?\s*"
)
_BEFORE_A_MONTH = frozenset("in since until till by before after during through".split())
# The words before a street's name where the street is a place, not a shop's or a church's
# ("at Pellowbrae Blvd.", "N. 9th St. & Pellowbrae Blvd."; not "the Ocean Blvd. Starbucks").
_PLACE_PREPOSITIONS = frozenset(
    "at on along near to from onto off via past down up across into by & and or".split()
)


def _a_place_on(block: str, lower: int, m: re.Match, word: str) -> bool:
    """Is the street whose kind ends at `m` a place in its sentence: its name (one or two
    capitalised words, or a number's "9th") after a preposition?"""
    before = block[max(lower, m.start() - len(word) - 60) : m.start() - len(word)].split()
    for name_words in (1, 2):
        if len(before) <= name_words:
            return False
        ahead = before[-name_words - 1]
        # (or an address's number: "the district office, 600 Vennering Ave.")
        if ahead.lower() in _PLACE_PREPOSITIONS or ahead.isdigit():
            return all(w[:1].isupper() or w[:1].isdigit() for w in before[-name_words:])
    return False


# (after a plural that names the series: "Zones A and B", not a firm's "P and R. Hendry Ltd")
_LETTERS_BEFORE = re.compile(r"\b[A-Za-z]{2,}s [A-Z](?:, [A-Z])*,? (?:and|or|&) $")
_LETTERS_REACH = 120  # (the series' words and letters: "Zones A, B, C and D" is 20)
# (not "Here's how to decide": a sentence of its own, what two sets' labellers wrote)
_KICKER_OPENINGS = frozenset("what why how who where when this these".split())
_KICKER_WORDS = 8


_TWO_CAPITALS = re.compile(r"[A-Z][\w'’-]*\s+[A-Z]")
_THREE_CAPITALS = re.compile(r"[A-Z][\w'’-]*\s+[A-Z][\w'’-]*\s+(?:(?:of|and|for|&)\s+)?[A-Z]")
_COUNTRIES = frozenset(["u.s", "u.k", "u.n", "e.u"])
# Words after which a country's initials are a noun: "to Mexico and U.S.", "from U.K."
_BEFORE_INITIALS_AS_NOUN = frozenset("and or to from in into by of with for at than the".split())
_INITIAL_AFTER = re.compile(r"[A-Z]\. ?[A-Z]")
# A rank in a police force's style before a name: the Philippines' "P" and a title ("PCol",
# "PLt", "PBGen"), or a branch's letters and a slash ("D/Supt", "P/Insp"). The speaker rules
# read it as a title too.
_RANK_WORDS = "|".join(
    [
        *(t.capitalize() for t in sorted(TITLES) if t.isalpha()),
        "BGen",
        "MGen",
        "LtGen",
        "SSg",
        "MSg",
    ]
)
POLICE_RANK = re.compile(rf"(?:P|[A-Z]{{1,2}}/)(?:{_RANK_WORDS})")
_REPORTED_OPENING = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)? (?:said|says|say|told|added|warned|reported|noted)\b"
)
_BEFORE_A_NOUN = frozenset("the a an new hon our their its his her club".split())
_CONTRACTION_ENDS = frozenset(["t", "s", "d", "m"])  # "didn't", "it's", "we'd", "I'm"


_JOURNAL_VOLUME = re.compile(r"\d{4}\s*;\s*\d")
_CLOSED_BRACKET = re.compile(r"[A-Z0-9]{1,3}\)")
# A court's rules cited by their dotted short names, the last a rule's letter: "Juv.R.",
# "Crim.R.", "S.Ct.Prac.R.", "Fed.R.Civ.P." (a number after one is the rule's, not a sentence's).
_RULE_CITATION = re.compile(r"[A-Z][a-z]{0,4}(?:\.[A-Z][a-z]{0,4})*\.[A-Z]")
# A bracket that closes inside its sentence, before the sentence's own stop: "at Marrowdene Ln.
# (Stop No. 4475).", "Acme Corp. (NYSE: ACM) said" (not "at 9 a.m. (The venue changed.)").
_BRACKET_WITHIN = re.compile(r"\([^()\n]{1,80}(?<![.!?])\)(?=[\s.,;:])")


# A line that is a reference to a paper: its authors with "et al.", the title, then the
# journal's year, volume and pages ("… J Child Nutr Learn. 2026;9(2):114–127.").
_REFERENCE = re.compile(
    r"[^\n]*\bet al\.[^\n]*(?:19|20)\d\d\s?;\s?\d+(?:\(\d+\))?:\s?[\w–-]+\.?\s*"
)
_REFERENCE_CHARS = 600  # a reference's line, not a paragraph of prose


_STREET_THEN_SENTENCE = re.compile(r"[A-Z][a-z]+(?!['’\w-])\s+(?:[a-z]{2,}\s+){1,2}")


def _open_bracket(block: str, start: int, stop: int) -> bool:
    """Is a bracket open at `stop`, opened since `start`?"""
    opening = block.rfind("(", start, stop)
    return opening != -1 and ")" not in block[opening:stop]


def _question_and_kicker(block: str, lower: int, stop: int, next_start: int, upper: int) -> bool:
    """A headline's question and its unpunctuated answer on one line, one sentence: "Is a
    lie-in good for you? What sleep scientists say", "Can a village buy its pub? This one just
    did". (A page's prompt and its button, "Already a member? Log in", are two; so is any tail
    that closes with a stop.)"""
    if upper - next_start > _KICKER_WORDS * 24 or stop - lower > 400:
        return False  # (a headline's parts are short: a long line is read once, not per "?")
    tail = block[next_start:upper]
    question = block[lower:stop]
    if not tail or tail[-1] in _TERMINAL or "\n" in tail or "\n" in question:
        return False
    words = tail.split()
    if len(words) > _KICKER_WORDS or words[0].lower() not in _KICKER_OPENINGS:
        return False
    return _SENTENCE_STOP.search(tail) is None and question.lstrip()[:1] not in _OPENING


def _after_an_ampersand(block: str, lower: int, m: re.Match, word: str) -> bool:
    return block[max(lower, m.start() - len(word) - 3) : m.start() - len(word)].strip() == "&"


# What goes on with a firm's name after "& Co.": "& Co. Ltd", "& Co. Solicitors".
_COMPANY_WORDS = frozenset(
    """ltd limited inc incorporated llp llc plc gmbh kg kgaa ag sa bv nv pty solicitors partners
    accountants architects advocates attorneys lawyers engineers surveyors chartered""".split()
)
_PLAIN_WORD = re.compile(r"[A-Za-z][a-z'’]*")
# "I'm", "I've", "I am", "I think": the pronoun, not a Roman one ("No. I of the series").
_PRONOUN_I = re.compile(
    r"['’][a-z]{1,2}\b| (?:am|was|have|had|will|would|can|could|do|did|think|know|want|just"
    r"|never|also|don['’]t)\b"
)
_BEFORE_THE_PRONOUN = frozenset(
    "did do am was were have had can could will would shall should may might must than".split()
)
_ROMAN = re.compile(r"[IVXLC]{1,6}")
# An item's label in brackets: "(ii) ", "(b) ", "(3) ".
_ITEM = re.compile(r"\((?:[ivx]{1,4}|[a-z]|\d{1,2})\) [A-Z]")


def _capitalised_title(word: str) -> bool:
    """Is the title as written capitalised ("Mr", "Arc", "Sen") — its last part, when glued on
    ("Tuesday.Mr")? A word in small letters ("arc", "sh") is no title."""
    last = word.lstrip("".join(_OPENING)).rsplit(".", 1)[-1]
    return last[:1].isupper() or last in _TITLES_IN_SMALL_LETTERS


def _a_streets_name(word: str) -> bool:
    """Can `word`, before "St.", be a street's name (capitalised, and no title: "Mr. St. A")?"""
    return word[:1].isupper() and word.lower().rstrip(".") not in TITLES


def _previous_word(block: str, lower: int, position: int) -> str:
    """The word that ends before `position` (spaces skipped), within block[lower:]."""
    while position > lower and block[position - 1].isspace():
        position -= 1
    return _WORD_BEFORE.search(block, max(lower, position - 40), position).group(0)


# A photograph's credit closing its block: "A Name / The Courier", "SUNSTRAND PHOTO / A NAME".
_CREDIT = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’&-]*){0,4} / [A-Z][\w.'’-]*(?: [A-Z][\w.'’&-]*){0,4}\s*"
)
# A reference made of capitals, figures and hyphens, with a figure in it: "CR-2026-0412".
_CODE = re.compile(r"[A-Z0-9][A-Z0-9/-]*\d[A-Z0-9/-]*")
# Things numbered "no. I" (a Roman one), and the words a numeral has after it: "ward no. I",
# "Gate no. I of the stadium".
_NUMBERED_THINGS = frozenset(
    """ward sector gate phase court block schedule room platoon unit zone division bay berth
    platform pier stand column table figure line route form grade class standard plot lane
    road street house flat hall item case""".split()
)
_AFTER_A_NUMERAL = frozenset("of in on at for and or to from the a an".split())
_WORD_AFTER_I = re.compile(r"I[ \t]+([A-Za-z]+)")
# "Reg." before a registration's number: "Reg. No. 1187", "Reg. No.: SC 044172", "Reg. No.
# OP.218/051".
# (its code may run in letters and strokes first: "Reg. No. CSR/SP/4471")
_REG_NUMBER = re.compile(r"No\.:?\s*(?:(?:[A-Z]{0,4}[./\s-]){0,3}\d|\d)")
_PLURAL_INITIALS = re.compile(r"(?:[A-Z]\.){2,}s")
# (or a court's case by its letters, number and year: "No. HBC 114 of 2023")
_LETTERS_THEN_NUMBER = re.compile(r"[A-Z]{1,4}\s(?:\d{4,}\b|\d{1,6} of (?:19|20)\d\d\b)")
_CODES_LETTERS = re.compile(r"[A-Z]{2,3}\s\d{1,5}\b")
# A phone's toggle after a line it cut short: "… more", "… Show more", "… Expand".
_CUT_OFF_LINE = 60  # (characters: a phone cuts a caption or a standfirst longer than this)
_TOGGLE = re.compile(r"(?i:(?:show|read|see|view) more|more|expand|continue reading)\s*")
# A code with a stop inside it: "OP.218/051/09-412/6621".
_DOTTED_CODE = re.compile(r"[A-Z]{1,4}\.\d[\d/.-]*\d")
# A part's letter and the words after it: "C of the report", "B)", "D, which".
# (not "A" or "I", words of their own: "Download our App. A spokesman said …")
_A_PARTS_LETTER = re.compile(r"[B-HJ-Z](?=\s+[a-z]|[),;.])|[AI](?=\s+(?:of|in|to|for|and)\b|[),;])")
# The speaker's name and a verb of saying after a quoted question or exclamation: "“Why wait?”
# Mayor Ann Lee told the crowd." (a title's full stop allowed: "Det. Insp. A Name asked").
# The attribution closes its sentence within a few words ("… told the crowd."), or goes on
# with "as" ("… shouted as the crowd cheered."): "“What happened?” Police said the
# driver had lost control" is a new sentence reporting something.
_ATTRIBUTION_HEAD = (
    r"(?:(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\.? ){1,5}"
    # (a role in small letters between a team's or a place's name and the speaker's: "Raiders
    # coach A Name said", "Harbour resident A Name asked"; not a phrase of time or place,
    # "Later that day A Name said …", "Fans at Dunmore Park said …")
    r"|[A-ZÀ-ÖØ-Þ][\w'’-]* (?:(?!(?:of|at|in|on|to|from|for|with|by|near|that|this|the|a|an"
    r"|day|days|later|again|earlier|ago|then|and|or)\b)[a-z]+ ){1,2}"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\.? ){1,3})"
    r"(said|says|asked|asks|told|tells|added|replied"
    r"|wrote|writes|cried|recalled|wondered|demanded|insisted|explained|"
    + "|".join(sorted(MANNER_VERBS))
    + r")\b"
)
_NAMED_ATTRIBUTION = re.compile(_ATTRIBUTION_HEAD + r"(?: [\w'’-]+){0,4}?(?:[.!?,;]| as\b)")
# Or the attribution's where, when and to whom over more words, a clause in none of them
# ("“Why would anyone …?” A Name asked at a press screening in Andheri on Wednesday.", "“We did
# it!” A Name told about 60 supporters at the Legion hall …"); a finite verb there reports
# something new ("Police said on Monday the driver lost control").
_PLACED_ATTRIBUTION = re.compile(
    _ATTRIBUTION_HEAD + rf"((?: (?:{PLACED_TAIL_OPENERS})\b)"
    r"(?: [\w'’.:,-]+?){1,14}?)[.!?;]"
)
# Where the words were said, the thing a participle qualifies after it: "in a video posted by
# …", "in a letter sent on Monday".
_A_THING_THEN = re.compile(r"\b(?:in|on|at|from|via|through|with) (?:a|an|the)(?: [\w'’-]+){1,2} $")
_NOT_A_NAME = frozenset(
    "the a an it its he she they we i you this that these those there his her their our".split()
)
# A tag in capitals opening its line, perhaps after a minute or a time: "GOAL", "57' TRY",
# "90+4' RED CARD", "14:02 BREAKING".
_TAG = re.compile(r"\s*(?:\d{1,3}(?:\+\d{1,2})?['’] |\d{1,2}[:.]\d{2} )?[A-Z]{2,}(?: [A-Z]{2,})?")
_EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff"
_SYMBOL = re.compile(f"[{_EMOJI}]")
_SYMBOLS = re.compile(f"(?:[{_EMOJI}\ufe0f\u200d]| (?=[{_EMOJI}]))+")
_TRAILING_SOURCE = re.compile(r"\([^()\n]{1,60}\)\s*")


# What goes on after a clock's "hrs.": a day, a month or a zone in capitals ("Friday", "GMT").
_WHEN_AFTER_HOURS = re.compile(rf"[A-Z]{{2,5}}|{'|'.join([*WEEKDAYS, *MONTHS])}")
# Units written with a full stop after a figure ("9,800 sq. ft.", "4.5% p.a.", "12 km.").
_UNITS = frozenset("ft sq km kg cm mm mi mph oz lb lbs gal yd yds p.a p.c hr hrs min mins".split())
# A figure before the unit, and no article before the figure: "covers 9,800 sq. ft." ends a
# sentence before a capital, "a 500 sq. ft. Manhattan studio" is a measure in a noun phrase.
# (a price's currency after its figure: "offered 1,450 FCFA per kg.")
_FIGURE_BEFORE = re.compile(
    r"(?<![\w.])([\w']+ )?[£$€]?[\d.,:]*\d%?(?: [A-Z]{2,4})?(?: per)?(?: sq\.)? $"
)
# The word before the figure of a measure that closes a sentence: a verb ("covers 9,800 sq.
# ft.", "weighs 60 kg.") or a preposition ("at 4.5% p.a.", "at £12 per sq. ft."); after an
# article or an adjective the measure is inside a noun phrase ("a 500 sq. ft. Manhattan
# studio", "the new 3 km. Nairobi Expressway spur").
_BEFORE_A_CLOSING_MEASURE = frozenset(
    "at of to by than about around nearly almost over under some just only roughly every"
    " for least most".split()
)


def _after_a_figure(block: str, lower: int, m: re.Match, word: str) -> bool:
    before = block[max(lower, m.start() - len(word) - 30) : m.start() - len(word)]
    figure = _FIGURE_BEFORE.search(before)
    if figure is None:
        return False
    previous = (figure.group(1) or "").strip().lower()
    verb = previous.endswith(("s", "ed")) and previous not in ("its", "this", "has", "was")
    return previous in _BEFORE_A_CLOSING_MEASURE or verb


# A numbered designation after a short capitalised word's stop: "Reg. No. 4471", "Ref. No.
# CR-2026-0412".
_DESIGNATION_AFTER = re.compile(
    r"(?:No|Nos|Nr|Vol|Art|Sec|Ch|Fig|Para|Ep|Op|Ed|Pp?)\. ?(?:[A-Z]{1,4}-?)?\d"
    # (after a word or two of its own, a code ending the line: "Co. Regn. No. 198403117K")
    r"|(?:[A-Z][a-z]{1,4}\. ){1,2}(?:No|Nr)\. ?[A-Z0-9/-]*\d[A-Z0-9/-]*[ \t]*(?:\n|$)"
)


def _is_abbreviation(word: str) -> bool:
    if word in AMBIGUOUS:
        return True
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Jonas E. Smith", "you and I."
    # Dotted acronyms: "u.s", "e.u", "u.s.a", "n.y", "a.m", "ph.d".
    return "." in word and all(len(part) <= 2 and part.isalpha() for part in word.split("."))


def _list_cuts(block: str) -> tuple[list[int], set[int]]:
    """Cuts before each inline list item when the block starts with a list marker, and the
    positions of the markers' own full stops (which never end a sentence).

    "1.) The first item 2.) The second item" and "a. first b. second c. third" become one
    sentence per item; a marker only counts when it continues the sequence the block opened.
    """
    first = _LIST_MARKER.match(block)
    if not first:
        return [], set()
    label, style = first.group(1), first.group(2)
    if label.isalpha() and style == "." and not block[first.end() : first.end() + 1].isupper():
        return [], set()
    cuts, marker_dots = [], {first.start(2)}
    expected = _successor(label)
    for m in _LIST_MARKER.finditer(block, first.end()):
        if m.group(1) == expected and m.group(2) == style and block[m.start() - 1].isspace():
            cuts.append(m.start())
            marker_dots.add(m.start(2))
            expected = _successor(expected)
    return cuts, marker_dots


def _successor(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
