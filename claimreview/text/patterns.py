"""Regex building blocks shared by the hint engines."""

import itertools
import re
import unicodedata


def folded(text: str) -> str:
    """Text without its case or its marks ("İstanbul", "istanbul" and "Peña", "pena" alike;
    "electricite" of "Électricité")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# A quotation's marks: double ones, an opening single one, or a straight one opening a word
# ('read every line'), not the apostrophe in "it's".
QUOTATION_MARK = re.compile(r"[“”\"‘]|(?<!\w)'")
# The auxiliaries that make a clause finite ("the timing was cynical", "bookings had dropped"):
# what a sentence has and a label, a button or an attribution's own tail does not.
AUXILIARIES = "is are was were has have had will would can could did does".split()
AUXILIARY = re.compile(rf"\b(?:{'|'.join(AUXILIARIES)})\b")
# A finite verb: what a reported clause has ("said the depot would close", "said bookings
# had dropped", "rents rose 40%") and an object does not ("said a prayer", "said Mass").
FINITE_VERB = re.compile(
    rf"\b(?:{'|'.join(AUXILIARIES)}|do|should|must|may"
    r"|might|[a-z]{3,}ed|met|made|paid|took|gave|lost|won|sold|left|came|went|found|kept|held"
    r"|built|spent|rose|fell|grew|cut|put|set|hit|ran|began|saw|brought|bought|sent|led|fled"
    r"|shut|struck|drove|broke|chose|stole|wrote|knew|told|said|got|became|meant|owed|shot"
    r"|beat|threw|flew|fought|caught|taught|sought|wore|tore|swore|froze|rode|slid)\b"
)

# The words that open where, when or to whom a quoted question was put, after its asker:
# "“Why?” A Name asked at a press screening in Andheri on Wednesday.", "… asked in question
# period." (the segmenter keeps such a tail in the quotation's sentence, and the attribution
# rules give the quotation to its asker, when no finite verb in the tail reports something new)
PLACED_TAIL_OPENERS = "at|in|on|during|outside|after|before|to|about|near"

# How a quotation was said, with no object ("“Who else?” she shrugs.", "“Not again,” sighed
# Sim."): verbs that close a quotation as its attribution. Past and present forms: features
# tell a scene in the present ("laughs Sim").
MANNER_VERBS = frozenset(
    """fumed fumes sobbed sobs raged rages quipped quips joked jokes laughed laughs sighed sighs
    shouted shouts yelled yells screamed screams exclaimed exclaims whispered whispers muttered
    mutters snapped snaps boasted boasts pleaded pleads retorted retorts smiled smiles grinned
    grins shrugged shrugs chuckled chuckles beamed beams scoffed scoffs chanted chants""".split()
)
# The verbs of colour a tabloid or a feature uses for speech ("he fumed: “…”"): cues only beside
# a quotation, since each has a plain sense too ("waves blasted the sea wall", "police called
# the station").
COLOUR_VERBS = MANNER_VERBS | frozenset(
    """blasted blasts slammed slams urged urges demanded demands remarked remarks commented
    comments recounted recounts continued continues called calls lamented laments rued
    rues""".split()
)

# The days and months as news copy names them in full.
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = """January February March April May June July August September October November
    December""".split()
MONTH_ABBREVIATIONS = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
WEEKDAY_ABBREVIATIONS = "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split()
# What a list item or a bullet opens with: "• ", "- ", "— "; or its number, "1. ", "2) ".
LIST_MARKS = "•·*▪‣◦-–— "
LIST_NUMBER = re.compile(r"\d{1,2}[.)]\s+")

# Numbers in words: what counts things ("three reports", "hundreds of").
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozen hundreds".split()
)

# A sentence told in the imperative: its verb opens it and an object, a pronoun or a particle
# follows ("Ask your supplier …", "Call 101 quoting …", "Fill in the form …", "Don't open the
# door …"), perhaps after a clause of condition or purpose ("If you are out of contract, ring
# your provider"). "Call for an inquiry", "Close to 3,000 marched", "Drink driving arrests
# rose" open with nouns; "Call the Midwife actor …" names a title.
_IMPERATIVE_VERBS = """apply ask avoid book boil bring call check click close contact dial
    donate download drink email fill find follow give go keep let lock look make order phone
    protect read register remember replace report ring seek send sign stay stop store switch
    take tell text try turn unplug use visit wash wear write""".split()
_IMPERATIVE_OBJECTS = """the a an your you yourself it them this that these those any anyone
    someone somebody anybody everyone us our in before online now""".split()
# A dateline's place in capitals, a line's first word before its full stop, then the lead
# ("KAMPALA. The riders' association has told …"); and the words in capitals that head a line so
# as a label or a verdict of their own, never a place ("NOTE.", "FALSE.").
DATELINE_PLACE = r"[A-Z][A-Z'’-]{2,19}"
LABELS_IN_CAPITALS = frozenset(
    """NOTE UPDATE UPDATED ENDS END ADVERTISEMENT BREAKING CORRECTION CLARIFICATION WATCH LISTEN
    READ MORE PHOTO VIDEO EDITOR EDITORIAL OPINION ANALYSIS COMMENT LIVE NEW YES STOP WAIT WOW
    HELP THANKS CLAIM FALSE TRUE MISLEADING VERDICT RATING FACT EXCLUSIVE UNPROVEN MISSING
    CONTEXT SATIRE FAKE""".split()
)
# A count's row, a name and what it stands for in brackets (a party, a side), then the figure:
# "A Name (Labour) 1,204", "Yes (Leave) 51.9%" — a results table's data, not a headline nor a
# claim of its own (never a year or a long acronym in the brackets: "Deaths (VAERS) 37,231",
# "Released (2023) 2,400,000" are a claim's graphic).
COUNT_ROW = re.compile(r"[^:()]{3,60}\((?!\d{4}\))(?![A-Z]{5,}\))[^()]{1,40}\)\s[-+−]?\d[\d,.]*%?")
# A release's label over a minister's quotes: "Quotes attributable to Minister for Roads A
# Name:" (furniture to boilerplate; to attribution, the person its quotes are of).
ATTRIBUTABLE_TO = r"(?:quotes?|comments?) attributable to"
# The clause of condition or purpose an order may open with: "If you are out of contract, ".
CONDITION = re.compile(r"(?:If|When|To|Before|Unless|Once)\b[^,.;:!?]{1,100},\s+")
IMPERATIVE = re.compile(
    rf"(?:{CONDITION.pattern})?"
    rf"(?:(?i:{'|'.join(_IMPERATIVE_VERBS)})\s+(?:(?:{'|'.join(_IMPERATIVE_OBJECTS)})\b"
    r"(?!\s+[A-Z])|\d)|(?i:don['’]t|do not)\s+[a-z]+\b)"
)


def word_alternation(words) -> str:
    """A regex alternation of `words` (literal strings) factored into a trie.

    Python's regex engine tries the branches of a flat alternation one after another at every
    position: with 150 verbs of saying that is most of the cost of a search. Factored by common
    prefix ("s(?:a(?:id|ys?)|tate[ds]?)"), each position costs a character test or two.
    Longer continuations are tried first, so "because of" wins over "because".
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict) -> str:
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if "" not in node:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if len(branches) == 1 and len(branches[0]) == 1:
        return branches[0] + "?"
    return "(?:" + "|".join(branches) + ")?"


def lower_keeping_offsets(text: str) -> str:
    """`text` in lower case, each character to one: offsets into it are offsets into `text`."""
    lowered = text.lower()
    if len(lowered) != len(text):
        # A letter whose lower case is longer ("İ" -> "i̇") would shift every offset after it.
        lowered = "".join([char.lower()[0] for char in text])
    return lowered


def whole_words(alternation: str) -> str:
    """`alternation` matched only as whole lower-case words: no letter next to it, nor a letter
    joined on by a hyphen or apostrophe ("war" is not in "war-torn", "said" not in "well-said")."""
    return rf"(?<![a-z])(?<![a-z][-'’])(?:{alternation})(?![a-z])(?![-'’][a-z])"


# A reference to a paper, as a science story's foot gives it: a label or a list number, then the
# authors in the Vancouver style ("Solvik M, Ferreday J, Huata P." or "Lind Y, et al.") with the
# journal's year, volume and pages after them ("2026;9(2):e33", "DOI: 10.…"), or in the APA
# style ("Haldorsen-Achebe, I., Mbeki-Rowntree, P. & Ober, S. (2026) Title") with the year in
# brackets and a title after it. Lists of places, clubs and honours ("Boise ID, Reno NV.",
# "Leeds FC, Hull FC.") and a citation in a sentence ("Pellow, R. & Ober, S. (2026) found …")
# have neither.
_VANCOUVER = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [A-Z]{1,3}(?=[,.])"
_APA = r"[A-Z][\w'’-]+, [A-Z]\.(?: ?[A-Z]\.)*"
_FULL_NAME = r"[A-Z][\w'’-]+ [A-Z][\w'’-]+"
_BODY_AUTHOR = r"[A-Z][\w'’-]+(?: (?:of|and|for|the|[A-Z][\w'’-]+)){1,5}"
CITATION = re.compile(
    r"(?:(?:[Jj]ournal )?(?:[Rr]eference|[Cc]itation|[Pp]aper|[Ss]tudy|[Ss]ource)s?: |\d{1,3}\. "
    r"|[Cc]ite (?:as|this (?:report|paper|article|study|page)):? "
    rf"|\[\d{{1,3}}\] )?(?:(?:{_VANCOUVER}(?:, {_VANCOUVER})*, et al\.|{_VANCOUVER}"
    rf"(?:, {_VANCOUVER})+\.)(?=[^\n]*(?:\b(?:19|20)\d\d ?; ?\d+(?:\(\d+\))?:"
    r"|\b[Dd][Oo][Ii]:? ?10\.\d))"
    rf"|{_APA}(?:, {_APA})*,? (?:&|and) {_APA} \((?:19|20)\d\d[a-z]?\)\.? +[A-Z]"
    # Two full names or more, "et al.", a title and a DOI: "Cosima Oudekerk, Kwabena Whitford,
    # et al. Night-time heat …. DOI: 10.…" (not "Anna Berg et al. found …").
    rf"|{_FULL_NAME}(?:, {_FULL_NAME})+,? et al\. [A-Z](?=[^\n]*\b[Dd][Oo][Ii]:? ?10\.\d)"
    # Authors with initials, "et al." or "&" before the last, a title, the journal's volume and
    # pages and the year in brackets: "Varnbrook, I., Donnelly, K. et al. Artificial light …
    # Urbanlight Ecology 14, 211–224 (2026)."
    rf"|{_APA}(?:, {_APA})*(?:,? et al\.|,? (?:&|and) {_APA}) [A-Z]"
    r"(?=[^\n]*\b\d+, (?:e\d+|\d+[–-]\d+) \((?:19|20)\d\d\))"
    # A body as author, "cite this page" style, with its date and where it was found:
    # "University of Kelby. (2026, May 6). Title. … Retrieved …" or "University of Kelby.
    # “Title.” Findings Wire, 6 May 2026. <www.…>" (the site's name right after the title).
    rf"|{_BODY_AUTHOR}\. (?:\((?:19|20)\d\d, [A-Z][a-z]+\.? \d{{1,2}}\)\. [A-Z]"
    r"|“[^”\n]{5,200}[.,]” (?:[A-Z][\w'’-]* ){0,3}[A-Z][\w'’-]*[.,] )"
    r"(?=[^\n]*(?:www\.|https?://|\baccessed\b|\bRetrieved\b)))"
)
CITATION_OPENINGS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789[")


# A "sentence" longer than this is not prose (a page of text without a full stop, a pasted
# table): it gets no attribution, its quotation marks are not followed and the fitted passes do
# not weigh its words. Without the bound, "he said he said ..." over a megabyte costs seconds.
LONGEST_SENTENCE = 10_000

# The fitted passes' words of a line (check-worthiness's and boilerplate's): lower-cased tokens,
# every digit as 0 (a figure's shape, not its value), a few marks that carry meaning, then the
# pairs of neighbouring tokens.
_DIGITS = str.maketrans("123456789", "000000000")
_TOKEN = re.compile(r"[a-z0-9'’]+|[%$£€?!“”\"]")
# Words that carry a text's style, not its sense. Check-worthiness never weighs them: fitted,
# they were the tuning sets' habits ("in their" +0.8, "said he" -0.7, "whose" -0.8 had turned
# an obituary's "… died on Sunday at her home" down and a scene up, in an outside review).
# Boilerplate's pass weighs them: a page's furniture speaks to "you" about "our" site.
_STYLE_WORDS = frozenset(
    """a an the of to in on at by for from with as and or but that this these those it its is
    are was were be been being he she they we i you his her their our your him them us me my
    who whom whose which what there here then so also just""".split()
)


def _tokens(text: str) -> list[str]:
    if len(text) > LONGEST_SENTENCE:
        return []  # (no prose: the passes weigh the rules' findings alone)
    return _TOKEN.findall(text.lower().translate(_DIGITS))


def _and_pairs(tokens: list[str]) -> list[str]:
    return [*tokens, *map(" ".join, itertools.pairwise(tokens))]


def wording(text: str) -> list[str]:
    """The words and word pairs of `text` as boilerplate's fitted pass weighs them."""
    return _and_pairs(_tokens(text))


# Numbers in words: the rules' findings weigh them ("number", and "number word" for talk in
# quotes); fitted as words they were figures of speech ("eight-year-olds", "this third set").
_NUMBERS_IN_WORDS = NUMBER_WORDS | frozenset(
    """eighteen thirteen fourteen fifteen sixteen seventeen nineteen twenty thirty forty fifty
    sixty seventy eighty ninety hundred thousand thousands million millions billion billions
    first second third fourth fifth sixth seventh eighth ninth tenth half quarter""".split()
)
_NOT_CONTENT = _STYLE_WORDS | _NUMBERS_IN_WORDS


def content_wording(text: str) -> list[str]:
    """The words and word pairs of `text` without its style words (`_STYLE_WORDS`) and its
    numbers in words, as check-worthiness's fitted pass weighs them."""
    return _and_pairs([t for t in _tokens(text) if t not in _NOT_CONTENT])


# The letters a name is written in, capitals and small letters beyond ASCII too ("Ícaro",
# "Ingibjörg", "Órlaith", "Đỗ Thị Hạnh", "Łukasz"), for character classes: "[{UPPER}]".
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(
    c for c in map(chr, [*range(0x100, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper()
)
LOWER = "a-zß-öø-ÿ\u0100-\u024f\u1e00-\u1eff"

# The words a news outlet's name ends in ("The Valley Post", "CJQV 940 AM"): the site's own
# voice to the furniture rules, an outlet asking to the attribution rules.
MEDIA_WORDS = frozenset(
    """times post news magazine press radio media record herald ledger bulletin dispatch
    express mail mirror telegraph guardian examiner sentinel inquirer enquirer advertiser messenger
    echo argus clarion globe citizen chronicle gazette courant journal beacon pioneer tribune
    courier paper newspaper network publication broadcasting channel voice review observer
    standard daily weekly am fm tv station newsroom today champion star sun leader register
    advocate monitor mercury independent crier telegram banner recorder spectator""".split()
)


# A chat export's header before each message, its date, time and sender: "[13/05/26, 6:47 am]
# A Name:" (a phone's; iOS opens it with a left-to-right mark), "13/05/2026, 18:47 - A Name:"
# (another's). The sender is a name, a few capitalised words, or a number ("+64 21 555 0134"),
# never a clause ("14/05/2026, 09:30 - Health minister A Name said:" is a live page's entry).
# The message after it is a sentence of its own; the header is the chat's furniture.
CHAT_TIME = (
    r"\u200e?(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?(?i:[ap]\.?m\.?))?\]"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?:\s?(?i:[ap]\.?m\.?))? [-–])"
)
# (the sender: a name of a few capitalised words, or a number)
CHAT_SENDER = (
    rf"(?:\+[\d ]{{7,18}}\d|~?\s?[{UPPER}][\w'’.-]*"
    rf"(?: (?:[{UPPER}][\w'’.-]*|de|da|van|von|bin|binti|al)){{0,3}})"
)
CHAT_STAMP = re.compile(CHAT_TIME + " " + CHAT_SENDER + ":")
# The characters a chat header can open with (a bracket, a date's figure, iOS's mark): the
# pattern is tried only after one of them.
CHAT_OPENINGS = frozenset("[0123456789\u200e")
