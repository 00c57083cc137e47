"""Who said it: the attributions a sentence carries (source span and cue), rule-based.

Rules, in the spirit of GenderGapTracker's quote extractor but tuned to news sentences:
- A cue is a verb of saying ("said", "have said", "told reporters", "declined to comment"),
  "according to", or a trailing ", saying". Cues inside quotation marks belong to the quote, not
  to the sentence ('"If, as John Kerry has said, ..." Lavrov said' is Lavrov's).
- The source is the noun phrase before the cue ("US officials say"), after it when the cue
  follows a quotation or comma ('", said Smith', "according to the ministry"), or the sentence's
  subject for ", saying".
- A sentence wholly inside a quotation that spans several sentences or paragraphs (an opening
  mark left unclosed at the paragraph's end, the next paragraph opening again) inherits the
  speaker named where the quotation closes, or else where it opened.
- Pronoun sources ("he said") are resolved to the last named source before them.
"""

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from claimreview.text import speakers
from claimreview.text.patterns import (
    ATTRIBUTABLE_TO,
    AUXILIARY,
    COLOUR_VERBS,
    DATELINE_PLACE,
    FINITE_VERB,
    LONGEST_SENTENCE,
    LOWER,
    MEDIA_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    PLACED_TAIL_OPENERS,
    UPPER,
    WEEKDAYS,
    folded,
    lower_keeping_offsets,
    whole_words,
    word_alternation,
)
from claimreview.text.segment import TITLES

# The bodies that forecast the weather, the rivers and the sea.
_FORECASTERS = frozenset(
    """department office bureau service agency centre center authority met metservice
    directorate institute meteorology hydrology""".split()
)
# Verbs that report what was said only with a that-clause or a quotation ("The bureau projects
# that …", "The ministry forecast that …", "counsel submitted that …", "The authors caution
# that …", a witness who "agreed that the committee had never asked …"), or, for advice, an
# appeal to people ("advised patients to …"); each has a plain sense too ("projects a film",
# "submitted a bid", "advised the council on the sale", "agreed to sell").
# (and a reminder or advice given to people, then what it said: "reminded motorists that the
# limit is 40 kph")
_ASSURING = frozenset("assured assures reminded reminds advised advises".split())
_AGREEING = frozenset(["agreed", "agrees", "accepted", "accepts"])
_PEOPLE_THEN_THAT = re.compile(r"\s+(?:[\w'’-]+\s+){1,4}?that\b")
_THAT_VERBS = frozenset(
    """projects projected forecast forecasts submitted submits caution cautions recommended
    recommends advised advises reminded reminds assured assures agreed agrees accepted
    accepts appealed appeals""".split()
)
# The verbs of an appeal to people: "urged residents to …", "advised patients to …",
# "reminded residents never to …".
_APPEAL_VERBS = frozenset("urged urges advised advises reminded reminds".split())
# What a that-clause opens with: its subject ("lamented that 41 people", "urged that the match
# …"), never a noun that "that" points at ("continued that week", "called that number").
_THAT_CLAUSE = re.compile(
    r" that (?:(?i:the|a|an|this|these|those|his|her|their|its|our|my|your|he|she|they|it|we"
    r"|i|you|there|no|some|many|most|all|every|each|only|none|nobody|one)\b|[A-Z0-9£$€])"
)
# Whom an appeal went to and what it asked: "urged the public to stay away", "urged residents
# and traders not to panic" (not "urged on by the crowd").
_URGED_TO = re.compile(r"\s+(?:[\w'’-]+\s+){1,7}?(?:not\s+|never\s+)?to\s+[a-z]+")


def _urging(cue_verb: str, outside: str, cue_end: int) -> bool:
    """Is this cue an appeal to people, what was said ("urged residents to check …", "called
    on the government to pay …")?"""
    if cue_verb in ("called", "calls"):
        return _CALLED_ON.match(outside, cue_end) is not None
    if cue_verb in _APPEALING:
        # "appealed to farmers to water crops only at night" (never "appealed the ruling",
        # "appealed to the Supreme Court": a court's appeal, nobody asked to do anything)
        return _APPEALED_TO.match(outside, cue_end) is not None
    return cue_verb in _APPEAL_VERBS and _URGED_TO.match(outside, cue_end) is not None


# "called on the state House of Assembly to …", an appeal, as "urged … to" is (not "called on
# Tuesday", "called on the family at home"; nor "called for an inquiry", a request without
# words: an outside review's).
_CALLED_ON = re.compile(r"\s+on\s+(?:[\w'’-]+\s+){1,6}?(?:not\s+)?to\s+[a-z]+")
_APPEALING = frozenset(["appealed", "appeals"])
_APPEALED_TO = re.compile(
    r"\s+to\s+(?!(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?i:court|tribunal|ombudsman|commission)\b)"
    r"(?:[\w'’-]+\s+){1,7}?(?:not\s+|never\s+)?to\s+"
    # (a verb after it, not a measure: "appealed to older voters to an extent")
    r"(?!(?:a|an|the|such|some|this|that|what|its|their|his|her)\b)[a-z]+"
)


_RELATIVE_THAT = re.compile(
    r" that (?:have|has|had|are|is|were|was|will|would|can|could|may|might|must|should|do"
    r"|does|did|[a-z]+ed)\b"
)
# Verbs that report a question: cues before a reported question ("asked why the line …") or
# closing a quoted one ("“Is that fair?” she asked."), never "asked to leave", "asked about".
_QUOTES = frozenset(["quoted", "quotes"])
# Words before "said" in idioms: "Well said.", "Enough said.", "Easier said than done."
_IDIOMS_OF_SAYING = frozenset("well enough easier nuff".split())
# Nothing said: "nodded and said nothing.", "said little and left" (not "said nothing had
# changed", a clause; nor "said little: “…”", "said nothing, adding only that …": words after
# all).
_NOTHING_SAID = re.compile(r"\s+(?:nothing|little|no\s+more)\s*(?:[.”\"]|and\b|$)")
# "quoted the governor as saying": the one quoted, then the words (the cue's look-ahead too).
_QUOTED_ONE = r"[^.;:“”\"]{1,80}?"
_AS_SAYING = r",?\s+as\s+(?:saying|telling)\b"
_QUOTED_AS_SAYING = re.compile(rf"\s+({_QUOTED_ONE}){_AS_SAYING}")
_QUESTION_VERBS = frozenset("asked asks".split())
# A request of a court after "asked": a sentence, a fine or a term in jail ("asked for at least
# six years' jail", "asked for a sentence of four years"; not "asked for a penalty" in a match,
# "asked for two years to repay the loans", "asked for a meeting").
_ASKED_FOR = re.compile(
    r"\s+for\s+(?:an?\s+(?:[\w-]+\s+){0,2}(?:sentence|jail\s+term|prison\s+term)\b"
    r"|an?\s+fine\s+of\b"
    r"|(?:at\s+least\s+|no\s+more\s+than\s+)?(?:\d+|[a-z]+)\s+(?:years|months)['’]?\s+"
    r"(?:jail|prison|imprisonment|in\s+jail|in\s+prison|behind\s+bars)\b)"
)
_QUESTION_WORDS = frozenset("why whether if how what who when where which".split())
# What a written text "reads" is its words: "“…,” the statement read." and "The notice reads:
# “…”" give the text as the source; never a reader ("She read the report twice").
_READ_VERBS = frozenset("read reads".split())
_SAY_VERBS = (
    "said|says|say|saying|told|tells|tell|telling|added|adds|stated|states|claimed|claims|insisted|"
    # (participles after a comma, as ", saying" is: "defended the plan, arguing that …")
    "arguing|insisting|claiming|adding|noting|stressing|maintaining|"
    "insists|"
    "warned|warns|argued|argues|noted|notes|explained|explains|wrote|writes|announced|announces|"
    "denied|denies|confirmed|confirms|acknowledged|acknowledges|asserted|asserts|alleged|alleges|"
    "maintained|maintains|admitted|admits|replied|replies|responded|declared|declares|stressed|"
    "stresses|emphasised|emphasized|predicted|predicts|estimated|estimates|believes|believe|"
    "reported|reports|recalled|recalls|contended|contends|conceded|concedes|suggested|suggests|"
    "testified|tweeted|posted|cautioned|complained|countered|observed|pointed out|points out|"
    # (the plural's present: "the authors write")
    "write|"
    "point out|vowed|vows|disclosed|discloses|reiterated|reiterates|averred|avers|"
    # (a passive whose subject is the speaker: "A Name was quoted as saying …")
    "was quoted as saying|were quoted as saying|is quoted as saying|"
    "promised|promises|indicated|indicates|described|describes|insist|warn|argue|claim|note|"
    "deny|confirm|admit|allege|maintain|predict|estimate|acknowledge|stress|explain|announce|"
    + "|".join(sorted(COLOUR_VERBS | _THAT_VERBS))
    + "|suggest"
    + "|revealed|reveals|show|shows|showed|finds|found|expects|expect|expected|accused|accuses"
    + "|heard|"
    + "rejected|rejects|disputed|disputes|dispute|blamed|blames|credited|credits|attributed"
    + "|attributes|"
    + "|".join(sorted(_QUESTION_VERBS))
    + "|read|reads|held|put|puts"
    # (a ruling: "The judge ruled that …", "…, the magistrate ruled.", "ruled the point out of
    # order"; never "ruled out", "ruled the town")
    + "|ruled"
    # (a coroner's finding: "recorded a conclusion of accidental death"; never "recorded 40mm
    # of rain")
    + "|recorded"
    # (a document's record in its present: "Minutes of the meeting record that …", "The annual
    # report lists 2,870 traders …": only after a document's word, see `_RECORD_CUES`)
    + "|record|list|lists"
    # (only closing a sentence after its source, or before a quotation: "…, he went on.")
    + "|went on|goes on"
    # (a retort's, closing a quotation: "…,” the spokesman shot back.")
    + "|shot back|fired back|hit back|cut in|answered"
    # (breaking into another's turn: "Cllr A Name interjected that …")
    + "|interjected"
    # (a stance on a decision, and an apology: "Commuters welcomed the decision.", "The hospital
    # apologised for the inconvenience.")
    + "|welcomed|welcomes|apologised|apologized|apologises|apologizes"
)
# Cues only where they close the sentence after its source (or open a quotation after a colon):
# "…, he went on.", '“No,” she shot back.' (never "went on to win", "fired back at troops").
_CLOSING_ONLY = frozenset(
    [
        ("went", "on"),
        ("goes", "on"),
        ("shot", "back"),
        ("fired", "back"),
        ("hit", "back"),
        # ("The minister cut in: “…”", '“No,” the witness answered.'; never "a cut in pay",
        # "answered 61 calls")
        ("cut", "in"),
        ("answered",),
    ]
)
# The retorts among them, closing a sentence after its quotation.
_RETORTS = frozenset("back answered".split())
_SAY_VERB_LIST = _SAY_VERBS.split("|")
# The cues of plain saying among them (see Attribution.reports_a_statement).
_STATEMENT_CUES = frozenset(
    """said says say told tells added adds stated states noted notes wrote writes confirmed
    confirms announced announces reported reports according""".split()
)
# The verbs of a closing attribution that frame the sentence they end ("…, he said.").
_SAYING_AFTER_A_COMMA = frozenset("said says added".split())
_SAY_VERB_SET = frozenset(_SAY_VERB_LIST)
# The verbs' plain forms: opening a sentence, an order ("Note the exits", "Point out the …").
_PAST_FORMS = frozenset("said told wrote found heard".split())
_ORDERS = frozenset(
    verb
    for verb in (w.split()[0] for w in _SAY_VERB_LIST)
    if not verb.endswith(("s", "ed", "ing")) and verb not in _PAST_FORMS
)
# Words that can stand before the verb in a cue: "has also said", "would later tell".
_CUE_OPENERS = frozenset(
    """has have had would will also previously later repeatedly earlier again further
    reportedly publicly privately once since""".split()
)
# Where calls or messages not returned end, when they were the paper's: the sentence's end, "for
# comment", "from the Herald", "on Tuesday" (not "from the family for 40 minutes").
_THE_PAPERS_CALLS = (
    r"(?=\s*(?:[.,;]|$|(?:for|seeking)\s+comment\b|from\s+(?:the\s+)?(?-i:[A-Z])|on\s+\w+day))"
)
_CUE = re.compile(
    rf"\b(?:(?:{word_alternation(_CUE_OPENERS)})\s+){{0,3}}"
    r"(?:(?:told|tells|telling)\s+(?:reporters|journalists|lawmakers|the\s+[A-Za-z]+"
    r"|(?-i:[A-Z][\w.]*))"
    # (a question put to those listening: "“Was that a penalty?” A Name asked reporters")
    r"|(?:asked|asks)\s+(?:reporters|journalists|the\s+(?:crowd|audience|room|meeting|rally"
    r"|committee|court|jury|panel|hearing|chamber|house|inquiry|council))"
    rf"|{word_alternation(_SAY_VERB_LIST)})\b"
    r"|\baccording\s+to\b"
    # (the American "per": "…, per the forecast office in Port Havelock", never "per cent", "per
    # the hour")
    r"|\bper\b(?=\s+the\s+(?!(?:hour|day|week|month|year|person|head|gallon|litre|liter|kilo"
    r"|pound|mile|tonne|ton)\b)[\w'’-])"
    # "A Name was quoted by the daily El Faro as saying …", "… quoted in the press as saying"
    r"|\b(?:was|were|is)\s+quoted\s+(?:by|in)\s+[^.,;:“”\"]{1,60}?\s+as\s+saying\b"
    # ("State media quoted the department as saying …": the one quoted said it)
    rf"|\b(?:quoted|quotes)(?=\s+{_QUOTED_ONE}{_AS_SAYING})"
    r"|\b(?:has|have|had)?\s*declined\s+to\s+(?:comment|be\s+interviewed|discuss\s+\w+"
    r"|answer\s+questions|elaborate|give\s+details|speak\s+to\s+\w+|say|reveal|disclose"
    r"|specify|respond)\b"
    r"|\bwould\s+not\s+be\s+drawn\b"
    # "would not say whether …", "has not said when …": asked, and said nothing on it
    r"|\b(?:(?:would|did|could|has|have|had|will|does|do)\s+not|(?:would|did|could|has|have"
    r"|does|wo|do)n['’]t)\s+(?:yet\s+)?(?:say|said|specify|specified|disclose|disclosed|reveal"
    r"|revealed)(?=\s+(?:how|why|whether|when|what|where|who|whom|which|if)\b)"
    r"|\b(?:could|can)\s*(?:not|n['’]t)\s+(?:immediately\s+)?be\s+reached\b"
    r"(?!\s+(?:on|by|at|within|during|until|in|for(?!\s+(?:comment|an?\s+interview)))\b)"
    # "did not respond to a request for comment": said nothing, like "declined to comment".
    r"|\b(?:did\s+not|didn['’]t|has\s+not|have\s+not|had\s+not)\s+(?:immediately\s+)?"
    # "did not pick up calls (or respond to text messages)": the paper's calls unanswered (not
    # "did not pick up her phone", a missing woman's, nor calls "from her mother")
    r"(?:pick(?:ed)?\s+up\s+calls(?:\s+or\s+(?:respond|reply)\s+to\s+(?:text\s+|phone\s+)?"
    rf"messages)?{_THE_PAPERS_CALLS}"
    # "did not return calls": a call not returned is a request for comment unanswered
    # (not "did not return calls from the family for 40 minutes": an emergency unanswered)
    r"|return(?:ed)?\s+(?:[\w-]+\s+){0,2}?(?:calls?|e-?mails?|messages?|texts?)\b"
    rf"{_THE_PAPERS_CALLS}"
    r"(?:\s+(?:for|seeking)\s+comment\b)?"
    r"|(?:respond(?:ed)?\s+to|repl(?:y|ied)\s+to|return(?:ed)?|answer(?:ed)?)\s+(?:"
    # … to calls seeking comment, to seven requests for comment: asked for comment, in any words
    # (or to "emails and a phone message seeking comment")
    r"(?:[\w'’-]+\s+){0,5}?(?:requests?|emails?|calls?|messages?|inquiries|enquiries|questions"
    r"|quer(?:y|ies))\s+(?:for|seeking)\s+comment\b"
    # (or messages left for them: "did not respond to messages left Monday")
    r"|(?:[\w-]+\s+){0,2}?(?:e-?mails?|calls?|messages?|voicemails?)\s+left\b"
    # (or to messages by phone: "did not respond to phone messages or to a letter", "to phone
    # and email messages Tuesday"; not messages from parents or constituents, the public's)
    r"|(?:phone|text|voice|telephone)(?:\s+(?:and|or)\s+(?:e-?mail|text|phone))?\s+messages?\b"
    r"(?!\s+from\s+(?:(?:his|her|their|its|my|our)\b|(?!(?:the|this|a|an)\b)(?-i:[a-z])))"
    # … to a request, to our questions: the newspaper's (not "to 14 calls from the house")
    # (or the outlet's, by its name, asking for comment: "to The Bowerbird's questions before
    # publication", "to KQNB's request for comment"; not "to Kyiv's calls for a prisoner
    # exchange", "to Sinn Féin's questions in the Dáil")
    r"|(?-i:(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?:[\w-]+\s+)?"
    r"(?:questions|requests?\s+for\s+comment|inquiries|enquiries)"
    r"(?=\s*(?:[.;]|$)|\s+(?:before|by)\s+(?:publication|press time|the deadline)\b"
    r"|\s+(?:sent|e-?mailed)\b|\s+on\s+\w+day\b)"
    # (or what an outlet, "the" a name or a station's call sign, asked about: "to KQDT's
    # questions about what will happen to …", "to the Herald's questions about"; not "to
    # Labour's questions about the contract", nor "to the SNP's questions about …")
    r"|(?-i:[Tt]he\s+(?!(?:Opposition|Government|Committee|Senate|Council|Ministry|Department"
    r"|Commission|House|Assembly|Parliament|Court|Board|Authority|Agency|Union|Party|Minister"
    r"|Mayor|Police)\b)[A-Z][a-z][\w-]*(?:\s+[A-Z][\w-]*)?|[KW][A-Z]{2,3})['’]s\s+"
    r"(?:[\w-]+\s+)?questions\s+(?:about|regarding)\s"
    r"|(?:a|an|the|our|my|that|this|these|those|multiple|several|repeated|written|detailed)"
    r"\s+(?:[\w-]+\s+)?"
    r"(?:requests?|emails?|calls?|messages?|inquiries|enquiries|questions?|quer(?:y|ies))\b"
    # (or calls and a reply: "did not answer calls or reply to written questions")
    r"|calls?\s+or\s+(?:reply|respond)\b"
    r"|(?:[\w-]+\s+){0,2}?requests?\b"
    # … to questions about compensation, to calls and e-mails from The Chronicle
    r"|questions\s+(?:about|on|over|regarding)\b"
    r"|(?:questions|enquiries|inquiries|requests|messages|e-?mails|calls)(?=\s*[.,;]|\s*$)"
    # (queries only at the sentence's end: "did not reply to queries, but an official said …"
    # is the official's)
    r"|quer(?:y|ies)(?=\s*[.;]|\s*$)"
    # (or by a deadline: "did not respond to questions by press time")
    r"|(?:questions|enquiries|inquiries|requests|messages|e-?mails|calls)\s+(?:by|before)\s+"
    r"(?:press time|(?:the )?deadline|publication|the time (?:of|this))\b"
    # … to questions from Polderwire, calls on Sunday: the newspaper's, and when
    r"|questions\s+from\s+(?:the\s+)?(?-i:[A-Z])|calls?\s+on\s+\w+day\b"
    # … to text messages on Wednesday, to questions sent on Monday, phone calls on Tuesday
    r"|(?:[\w-]+\s+)?(?:questions|messages|calls|e-?mails|texts)(?:\s+(?:sent|left))?"
    r"\s+on\s+(?:\w+day\b|(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}\b)"
    r"|(?:calls|questions)\s+(?:and|or)\s+(?:text\s+)?(?:e-?mails|messages|texts)\b"
    # (and the other orders, the newspaper's by their end, their day or the paper's name: not
    # "emails and calls from customers in arrears")
    r"|(?:e-?mails|messages)\s+(?:and|or)\s+(?:text\s+)?(?:e-?mails|messages|texts|calls"
    r"|questions)(?=\s*[.,;]|\s*$|\s+on\s+\w+day\b|\s+(?:seeking|for)\s+comment\b"
    r"|\s+from\s+(?:the\s+)?(?-i:[A-Z]))"
    # (or the outlet's questions by its name and when it sent them: "to questions the Gazette
    # sent on Monday")
    r"|questions\s+(?-i:the\s+(?!(?:Opposition|Government|Committee|Senate|Council|Ministry"
    r"|Department|Commission|House|Assembly|Parliament|Court|Board|Authority|Agency|Union|Party"
    r"|Minister|Mayor|Police)\b)[A-Z][\w-]*)\s+(?:sent|e-?mailed)\b))"
    # (or when asked, or by our deadline: "did not reply when we asked whether …", "did not
    # respond by press time"; a bare "did not reply." may be a side's on the pitch or a
    # survey's, "Munster did not reply.", and "by the deadline" a demand's)
    r"|\b(?:did\s+not|didn['’]t|has\s+not|have\s+not|had\s+not)\s+(?:yet\s+)?"
    r"(?:respond(?:ed)?|repl(?:y|ied))(?=\s+when\s+(?:we\s+|I\s+)?asked\b(?!\s+(?:by|to)\b)"
    r"|\s+by\s+(?:press time|our deadline|publication)\b)"
    r"|\bin\s+a\s+statement\b(?=\s+(?:on\s+\w+\s+)?(?:said|says)\b)",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("he she they it we i you this that who".split())
_NAMEABLE_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])
_DETERMINERS = frozenset(
    """the a an his her their its our two three four several many some other another both senior
    top""".split()
)
# Words that end a source phrase when reading backwards from the cue or forwards after it.
_STOP_WORDS = frozenset(
    """that which when while because but as if after before since although though where and so
    then what whom whose how why also in on at to with by from into about than not no nor or
    is are was were be been being has have had do does did will would can could should may
    might must there here this these those it very said says say told tells cannot can't
    can’t""".split()
)
_OBJECT_PREPOSITIONS = frozenset(["of", "for"])
_COORDINATORS = frozenset(["but", "and", "yet"])
_RELATIVE_PRONOUNS = frozenset(["who", "which"])
# A source has a letter; it does not end in a clause's "that", nor is it a word and an object
# ("Keep me posted"; but "Most of them said", "the US said", "the woman sitting next to me"),
# nor does it open with an order.
_CAN_SPEAK = re.compile(r"[^\W\d_]")
_CANNOT_END_A_SOURCE = re.compile(
    r"(?:^|\s)that$|^\S+\s(?:me|(?-i:us|them))$|^(?:please|kindly)\b", re.IGNORECASE
)
_NOBODYS = re.compile(
    r"(?:(?:do|does|did|wo|ca|is|are|was|were)n['’]t|let['’]s)\b",
    re.IGNORECASE,
)
_CONTRACTED_PRONOUN = re.compile(r"(he|she|they|we|i|it)['’](?:d|ve|ll|s|re|m)", re.IGNORECASE)
# A noun in small letters, then the subject of the clause it heads: "a project it", "the figure
# they" (not "He and she", "you and I", nor a name: "Ms. It").
_PRONOUN_ENDING = re.compile(
    r"^(?:a|an|the|this|that|every|one|some)\s[a-z][\w'’ -]*?\s(it|he|she|they|we)$"
)
_STOPS = ".!?…”\"’'):"  # (and a colon: "A Name said:" announces what follows)
_LABEL_VERBS = frozenset("estimate estimates update updates note".split())
_LATER = frozenset("later earlier afterwards meanwhile".split())
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years moments".split())
_ADVERBS_BEFORE_CUE = frozenset(
    "now also still later again previously earlier then first since".split()
)
# An adverb of manner in small letters ("publicly", "wrongly"), not a noun ending so ("family",
# "assembly", "ally", "supply", "rally").
_LY_ADVERB = re.compile(
    r"(?!(?:family|assembly|ally|supply|rally|monopoly|bully|anomaly)\b)[a-z]{3,}ly"
)
_GROUP_PREPOSITIONS = frozenset(["at", "from", "with", "in", "on", "near"])
# What opens a verb's object in a relative clause: "that runs it", "that owns the site".
_OBJECT_OPENINGS = frozenset("it them him her us the a an its their his".split())
# People by what they are, not what they do: "A woman at the scene said", "Youths in Mombasa
# said", "The family in Mbarara said" (the place is where they are, not who speaks).
_PERSON_NOUNS = frozenset(
    """man woman men women boy girl boys girls youth youths eyewitness eyewitnesses family
    families relative relatives people villagers mourners worshippers onlookers bystander
    bystanders survivors survivor locals""".split()
)
# Plural people before "at"/"from": "analysts at X", "researchers from Y".
_PEOPLE_NOUNS = frozenset(
    """analysts economists researchers scientists experts officials executives strategists
    lawyers doctors engineers staff workers sources investigators economist analyst
    researcher scientist official executive strategist lawyer spokesperson spokesman
    spokeswoman representatives members lawmakers legislators businesses residents traders
    shopkeepers farmers parents teachers nurses patients drivers owners landlords tenants
    campaigners activists protesters voters families people students reporter reporters
    journalist journalists correspondent villagers locals fishermen fishers shoppers neighbours
    neighbors commuters passengers motorists pupils pensioners source insider insiders police
    authorities prosecutors auditors critics employees officers firefighters rescuers
    witnesses survivors diplomats organisers organizers volunteers councillors councilors
    leaders managers aides friends relatives allies colleagues advisers advisors member""".split()
)
# Words of saying that are nouns after an owner: "Editor's note", "the council's claims".
_OWNED_NOUNS = frozenset(
    "note notes claim claims report reports statement estimate estimates".split()
)
_NOUN_MARKERS = frozenset(
    "the a an this these those such news media press his her their its".split()
)
# And the adjectives only a noun follows, in small letters: "after a new estimate put the cost
# at …" (not a name's last word: "Ardmore Fresh says", "Mrs New said").
_ADJECTIVES_BEFORE_A_NOUN = frozenset("new latest revised updated fresh preliminary".split())
_OUTLET_WORDS = frozenset(["news", "media", "press"])
_ONLY_VERBS = frozenset(["said", "says"])
# "What the post says", "That is not what the numbers say", a heading's "How we reported
# this story": the words of saying are the object of "what", nothing is reported; but "What
# the council says is that …" and "That is why the council says it must …" report.
_FREE_RELATIVE = re.compile(r"\b(?:what|(?-i:How|Why))\s+$", re.IGNORECASE)
_PARTICIPLE_CUES = frozenset(
    "arguing insisting claiming adding noting stressing maintaining".split()
)
_SAYING = re.compile(rf",?\s*(?:saying|{'|'.join(sorted(_PARTICIPLE_CUES))})\b")
_DAYS = frozenset(WEEKDAYS)
_DAYS_AND_MONTHS = _DAYS | frozenset(MONTHS)
_WHEN_BEFORE_CUE = re.compile(
    rf"\s(?:(?:on|last|this|earlier|late|early)\s+(?:{'|'.join(WEEKDAYS)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight"
    r"|(?:this|last)\s+(?:week|month|year))\s+$"
)  # (a day with its preposition: "Coach Emeka Friday said" is his surname)
# The participle that dates a document: the time after it stays with it ("A study published on
# Monday found …").
_A_DOCUMENTS_MAKING = (" published", " released", " issued", " presented", " compiled")
_PARTICIPLE_AFTER = re.compile(r",\s+[a-z]+ing\b")
_IS_THAT = re.compile(r"[^,;:.]{0,80}?\b(?:is|was)\s+that\b")
# "tells the same story", "told a different tale": an idiom, not speech.
_A_STORY = re.compile(
    r"(?:tells?|told)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:story|tale)\b", re.IGNORECASE
)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
# The small counts in words that say things were done, not words said: "added two more goals",
# "wrote three novels".
_COUNTED_IN_WORDS = "two|three|four|five|six|seven|eight|nine|ten"
_ADDS_A_THING = re.compile(
    # (an amount in any currency: "adding R$ 1.88 to every bill", "adds Rs 40", "adds KSh 12")
    r"\s+(?:to\b|up\b|[$£€¥₹₱₦₩₪₫]|\d|(?-i:[A-Z]{1,3})\$|(?-i:Rs|RM|KSh)\.?\s?\d"
    r"|(?:a|an|his|her|their|the)\s+(?:second|third|fourth|fifth|sixth"
    r"|late|goal|try|point|penalty|conversion|extras?|drop goal|field goal|free throw)\b|another\b"
    # (an amount put roughly: "adds between 12 and 20 minutes", "adds about £3 a month")
    r"|(?:between|about|around|roughly|nearly|almost|some|over|more than|less than|only"
    r"|just)\s+(?:[$£€¥₹]|\d)"
    # (scores, counted in words or not: "added tries in the last ten minutes", "added two more
    # goals before half-time")
    rf"|(?:(?:{_COUNTED_IN_WORDS}|more|further)\s+)*(?:tries|goals|points"
    r"|runs|wickets|penalties|conversions|baskets|touchdowns)\b"
    # (things counted in words: "The city has added three bus routes")
    rf"|(?:{_COUNTED_IN_WORDS})\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*s\b"
    # (a thing in a word or three ending the line: a headline's "… as Wattlebird Air adds
    # route", "Bakery adds night shift")
    r"|(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?<!ly)\s*$)"
)
_ADDED_CLAUSE = re.compile(rf"\bthat\b|{AUXILIARY.pattern}|\b(?:should|must|may|might)\b")


def _adds_a_thing(text: str, outside: str, cue_end: int) -> bool:
    """ "homes added to the index", "adds to the pressure", "a rise adds £2.05 a month", "added
    a third six minutes from time": an amount, a score or a place, not speech. But "The minister
    added the second phase would cost £40m" and "“…,” she added to loud cheers" report."""
    if not _ADDS_A_THING.match(outside, cue_end) or _QUOTE_MARK.search(text):
        return False
    return not _ADDED_CLAUSE.search(outside, cue_end, cue_end + 120)


_TOLD_TO = re.compile(r"\s+(?:not\s+)?to\b")
_TOLD_OF = re.compile(r"\s+(?:of|about)\b")
# A preposition right before a name: the name is the phrase's object.
_OBJECT_BEFORE = re.compile(
    r"(\S*)\s+(?:to|by|of|in|on|at|for|from|with|against|up|into|over)\s+(?:[\w.'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Verbs whose object "claims"/"reports" is a noun ("rejected claims that", "denied reports").
_VERBS_OF_CLAIMS = frozenset(
    """rejected denied dismissed disputed refuted challenged welcomed confirmed investigated
    ignored repeated echoed questioned contested addressed examined received published leaked
    rejects denies dismisses disputes refutes""".split()
)
# Two places before "states": "Kaduna and Kano states", "Johor and Melaka states".
_PLACES_AND = re.compile(r"\b[A-Z][\w'’-]+ and [A-Z][\w'’-]+\s+$")
_NOUN_OR_VERB = frozenset(
    "claims reports notes states estimates describes promises replies".split()
)
_AFTER_NOUN = frozenset(
    "from of for by to about on in at were are have had will would could can was is".split()
)
_NOT_A_STATEMENT = frozenset("when whether if how why where what".split())
# (and the reporter's meeting them: "he said when met at the relief centre", "when contacted")
_WHEN_DOING = re.compile(
    r"\s+when\s+(?:[a-z]+ing|asked|met|contacted|reached|approached|interviewed|visited)\b"
)
# Verbs of saying that, with an object instead of a clause, report an act, not words.
_ACT_VERBS = frozenset("declared declares announced announces unveiled unveils".split())
_ACT_OBJECTS = frozenset("a an the its their his her plans".split())
_RESPONDED_TO_AN_EVENT = re.compile(
    r" to (?:an?|the|reports? of an?|calls? (?:about|of) an?) (?:[\w-]+ ){0,3}?(?:crash|collision"
    r"|fire|blaze|incident|emergency|scene|disturbance|shooting|stabbing|alarm"
    r"|accident|flood|break-in|robbery)s?\b"
    # (or nothing after it: "Crews from three fire departments responded.")
    r"|(?: (?:quickly|promptly|immediately|within \w+ minutes))?\s*[.!]?\s*$"
)
# (not a denial of a clause: "denied its request for night flights was linked to the strike")
_AUXILIARY_IN_CLAUSE = re.compile(r"\b(?:had|has|was|were|is|are|would|could|will|did)\b")


_CLAUSE_STOP = re.compile(r"[,;.:!?]")


def _clause_end(text: str, start: int) -> int:
    found = _CLAUSE_STOP.search(text, start)
    return found.start() if found else len(text)


# "shows no sign of …": nothing found; "claimed the title", "to claim a payment": a thing won
# or asked for, not words.
_SIGNS_OF = re.compile(r"\s+(?:no |little |few |some |any |clear |early )?signs? of\b")
_CLAIMING = frozenset("claim claims claimed".split())
_AN_OBJECT = re.compile(r"\s+(?:a|an|the|their|his|her|its|our|your|back|\d[\d,.]*)\b")
_TO_CLAIM = re.compile(r"\b(?:to|can|could|may|might|will|must|should)\s+$")
_THING_WON = re.compile(
    r"\s+(?:(?:the|a|an|their|his|her|its|a first|a second|a third)\s+)?(?:[\w-]+\s+)?"
    r"(?:title|titles|victory|win|gold|silver|bronze|medal|trophy|cup|crown|prize|seat|seats"
    r"|place|spot|lead|point|points|wicket|wickets|responsibility|credit|compensation"
    r"|benefits?|damages|refund|lives|life)\b"
)
# Verbs of saying only with what was said as their object: "rejected the criticism",
# "disputed that account", "rejects the characterisation" (not "rejected the plan").
_DISPUTING = frozenset("rejected rejects disputed disputes".split())
_DISPUTED = re.compile(
    r"\s+(?:(?:the|that|this|these|those|such|any|his|her|their|its|all)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:criticisms?|allegations?|accusations?|suggestions?|characteri[sz]ations?|assertions?"
    r"|arguments?|readings?|interpretations?|notions?)"
    # (a claim or a charge as the sentence's last words: "The minister rejected the charge.")
    r"|(?:the|that|this)\s+(?:claim|charge|criticism)s?(?=\s*[.;]|\s*$)"
    # (someone's suggestion: "rejected Mr Feldane's suggestion that …")
    r"|(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}?(?-i:[A-Z])[\w'’-]*['’]s?\s+(?:suggestion|claim"
    r"|argument|account|characteri[sz]ation|allegation|assertion)s?"
    # (an account, a claim or a figure only pointed at: "that account", "the claim that …";
    # not "his asylum claim", "the charges", "the accounts", "the report" — decisions)
    r"|(?:that|this|those|these)\s+(?:account|accounts|claims?|version|description|figures?)"
    r"|the claims? that"
    # (someone's account or figures: "the company's figures"; a claim just made, "disputed
    # that.")
    r"|the\s+[\w-]+['’]s?\s+(?:figures?|account|claims?|version|numbers|estimates?)"
    r"|(?:that|this)(?=\s*[.;]))\b",
    re.IGNORECASE,
)
_THAT_AFTER = re.compile(r"\s+that\b")
# An inquest's finding after "recorded": "a conclusion of accidental death", "a narrative
# conclusion", "an open verdict" (with "a": "the cameras recorded the verdict being read" is a
# recording).
_A_CONCLUSION = re.compile(r"\s+an?\s+(?:[\w'’-]+\s+){0,2}?(?:conclusion|verdict)\b")
# "ruled that" and a clause's subject: an article, a pronoun, a name, a figure.
_RULED_THAT = re.compile(
    r"(?:\s+(?:on|last|this|earlier)\s+[\w]+)?\s+that\s+(?:the|a|an|his|her|its|their|this|these"
    r"|those|there|he|she|it|they|we|no|any|all|(?-i:[A-Z])|\d"
    # (or a role before a name: "ruled that winger A Name's transfer …")
    r"|(?-i:[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?[A-Z]))",
    re.IGNORECASE,
)
# Who rules on a point of order or a game, beside those who hold on the law (see
# `_HOLDS_ON_THE_LAW`), closing a sentence: "…, the Speaker ruled.".
_CHAIRS_A_ROOM = re.compile(
    r"\b(?:committee|speaker|chair|chairman|chairwoman|chairperson|referee|umpire|arbitrator"
    r"|ombudsman|jury|registrar|sheriff)$",
    re.IGNORECASE,
)
# A ruling told as the story's past: "since 2026, when the court ruled that …".
_A_PAST_RULING = re.compile(r"\b(?:when|after|since|until|because|before)\s+$", re.IGNORECASE)
# A chair's ruling on a point: "ruled the point (of order) out of order", "ruled the question
# inadmissible".
_OUT_OF_ORDER = re.compile(
    r"\s+(?:(?:the|his|her|their|that|this)\s+)?(?:[\w'’-]+\s+){0,3}?(?:out\s+of\s+order"
    r"|(?:in)?admissible|unparliamentary)\b"
)
_SAID_AFTER = re.compile(r",\s+[^,]{1,80}\b(?:said|says|told|added)\b")
# A judge's or a body's decision on a request is an act, not words: "denied a defense request",
# "rejected the appeal", "denies bail" (but "denied the allegations" is what was said).
_DECIDING_VERBS = frozenset("denied denies deny rejected rejects reject refused refuses".split())
_DECISION_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?)?(?:request|application"
    r"|motion|appeal|bail|permission|petition|bid|planning|licen[cs]e|entry|access|parole)s?\b",
    re.IGNORECASE,
)
# (the contraction glued to its verb too: "doesn't believe", "hasn't said")
_NEGATED = re.compile(
    r"(?:\b(?:not|never|neither|nobody|no one)|n['’]t)\s+(?:\w+\s+)?$", re.IGNORECASE
)
# Roles that close a headline after a comma on their own: "…, minister confirms".
_HEADLINE_ROLES = frozenset(
    "minister mayor governor premier chancellor president coroner judge chief boss coach".split()
)
# Lower-case words that name a source on their own: "..., police said".
_SOURCE_NOUNS = frozenset(
    """police government ministry army military spokesman spokeswoman spokesperson official
    company council court union management prosecutors investigators witnesses residents
    organisers organizers firm agency hospital school regulator""".split()
)
_PASSIVE_ENDINGS = ("was", "were", "been", "being", "is", "are")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)
# The cues whose verb opens them, its hearers after it ("told the Record", "asked the court").
_TOLD_OR_ASKED = frozenset("told tells telling asked asks".split())
# Cues a document or a count gives, not a person: "court records show", "the survey found".
# (and of them, a document's only, never a finder's: "Residents list their complaints")
_RECORD_CUES = frozenset("record list lists".split())
_DOCUMENT_CUES = frozenset("show shows showed finds found".split()) | _RECORD_CUES
# What such a verb records, right after it: a that-clause, a count, a name, a noun's determiner
# (not "lists in Copenhagen", nor the sentence's end, "the review's priority list.").
_RECORD_OBJECT = re.compile(r"\s+(?:(?i:that|the|a|an|him|her|them|his|its|their)\b|\d|[A-Z])")


# A name, then a word that heads a document but is its verb here: "Namma Metro logs record 9.2
# lakh riders", "Kenya Power files …" (not "The flight logs record that …", "the clinic's
# notes", which have their determiner).
_A_NAME_THEN_ITS_VERB = re.compile(
    r"(?!(?:The|Its|Their|His|Her|Our|These|Those|Police|Court|Hospital)\b)[A-Z][\w-]*"
    r"(?: [A-Z][\w-]*){0,3} (?:logs|records|notes|files|lists)"
)


def _headed_by_a_document(source: str) -> bool:
    """Is a document the head of `source`, its last word or the last before "of" ("Minutes of
    the meeting", "The assembly's 2026 annual report"; not "Hospital waiting list hits", "the
    review's priority", "Study participants", "Audit staff")?"""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", source)]
    if "of" in words:
        words = words[: words.index("of")]  # ("Minutes of the meeting": its head before "of")
    return bool(words) and words[-1] in speakers.DOCUMENT_WORDS


# A document and who made it, before a cue: "A report by", "Figures compiled by", "Research
# commissioned by" (a determiner, up to two words, the document, perhaps a participle).
_DOCUMENT_BY = re.compile(
    rf"(?:\b(?:[Aa]n?|[Tt]he|[Nn]ew|[Ll]atest)\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"\b(?i:{'|'.join(sorted(speakers.DOCUMENT_WORDS))})(?:\s+[a-z]+ed)?\s+by$"
)


# People whose finding is a statement of record: "The researchers found no difference", "the
# judge found that …", "The panel found …" (but "Police found a body": an act).
_FINDERS = frozenset(
    """researchers scientists authors investigators auditors inspectors inspectorate panel
    judge judges jury jurors coroner court tribunal committee ombudsman regulator watchdog auditor
    auditor-general inspector examiner magistrate""".split()
)
# Who "held that …" a point of law: a court, a judge, a bench ("Kittermaster L.J.", "the
# tribunal", "She held that …" after the judge).
_HOLDS_ON_THE_LAW = re.compile(
    r"(?:\b(?:court|tribunal|judge|judges|justice|justices|bench|panel|coroner|magistrates?"
    r"|he|she|it|they)|\bL\.?J\.?|\bJJ?\.)$"
    # (or a judge by title and name: "Justice A Name held that …")
    r"|^(?:(?:Mr|Mrs|Ms|Madam|Lord|Lady)\.? )?(?:Justice|Judge|Magistrate|Coroner) (?-i:[A-Z])",
    re.IGNORECASE,
)
_EXPECTING = frozenset("expects expect expected".split())
# Who "expected" right before it: the pluperfect's "had", or the forecaster ("She expected
# prices to …"); not a figure or a thing expected ("76 cents expected", "update expected").
_EXPECTED_BY_SOMEONE = re.compile(r"(?i:he|she|they|we|i)|[A-Z][\w'’-]*")
# A comparison before "expected": the figure the forecasters had, not their words ("rose 5.4%,
# above the 4.6% economists had expected").
_THAN_BEFORE = re.compile(r"\b(?:than|above|below|beyond|against|vs\.?|versus)\s[^,;]*$")
# A forecast: of a figure ("had expected 2.9%", "expects adjusted EPS of $3.35"), of a change
# ("expect winds to ease", "expects price growth to slow"), or a body's own plan with its
# figure or time ("expects to carry 58,000 passengers", "expects to declare at about 4am").
_EXPECTED_FIGURE = re.compile(r"\s+(?!to\b)(?:[\w'’-]+\s+){0,3}?(?:of\s+)?[$£€₹]?\d")
_EXPECTED_CHANGE = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,5}?to\s+(?:ease|slow|rise|fall|grow|reach|increase|decrease|drop"
    r"|climb|remain|stay|be\s+in\s+line|level|bottom|exceed|top|hit|peak|double|halve|recover"
    r"|improve|worsen|return|continue|close|end|finish)\b"
)
_EXPECTED_PLAN = re.compile(
    rf"\s+to\s+[a-z]+\b[^.;]{{0,60}}?(?:\d|\b(?:noon|midnight|{'|'.join(MONTHS)}|spring|summer"
    rf"|autumn|winter|year|quarter)\b)",
    re.IGNORECASE,
)


def _forecast(outside: str, cue_end: int, previous: str) -> str | None:
    """ "figure", "change" or "plan" when an "expects" is a forecast (see above), else None."""
    if previous in _RELATIVE_PRONOUNS:
        return None  # "…, who expects to be fit for the final, scored twice": an aside
    if _EXPECTED_FIGURE.match(outside, cue_end):
        return "figure"
    if _EXPECTED_CHANGE.match(outside, cue_end):
        return "change"
    return "plan" if _EXPECTED_PLAN.match(outside, cue_end) else None


def _plans_of_people(source: str) -> bool:
    """A person's or people's plans are no forecast: "A Name expects to retire next spring",
    "Pupils expect to get their results on August 14", "The couple expect to marry in 2026"."""
    words = source.lower().split()
    last = words[-1].strip(",.") if words else ""
    return (
        len(speakers.person_name(source).split()) >= 2
        or last in _PRONOUNS
        or last in speakers.SUBJECT_FORM
        or last in _PEOPLE_NOUNS
        or (last.endswith("s") and last[:-1] in speakers.ROLE_WORDS)
        or last in ("couple", "family", "everyone", "everybody", "mum", "dad")
    )


# (the asked or the askers as the subject: "if they could help", "if she would appear again";
# not "whether the road would be closed", a question)
_ASKED_A_FAVOUR = re.compile(
    r"\s+(?:if|whether)\s+(?:i|we|you|he|she|they)\s+(?:can|could|would|will|might|may)\b",
    re.IGNORECASE,
)
_ASKED_SOMEONE = re.compile(
    r"\s+(?:him|her|them|me|us|the\s+[\w-]+(?:\s+[\w-]+)?|(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z])"
    r"[\w.'’-]*){0,3}|on\s+the\s+call|in\s+court)(?:,\s+[^,;:.]{1,80},)?(\s+)"
    r"(?:why|whether|how|what|when|where|who|which|if)\b",
    re.IGNORECASE,
)
# Where and when a named asker put a quoted question, to the sentence's end: "… in a post on
# social media." (see PLACED_TAIL_OPENERS)
_PLACED_TAIL = re.compile(rf"\s+(?:{PLACED_TAIL_OPENERS})\b[^.!?“”\"]{{1,120}}[.!]?[”\"’]?\s*$")
# The one asked a quoted question, closing its sentence, in small letters: "a passing driver",
# "the board" (not where it was asked: "she asked at the briefing" may be a reporter's).
_THE_ONE_ASKED = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|one)(?:\s+(?-i:[a-z][\w'’-]*)){1,4})\s*[.!]?[”\"’]?\s*",
    re.IGNORECASE,
)
_DOCUMENT_WORD = re.compile(rf"\b(?:{'|'.join(sorted(speakers.DOCUMENT_WORDS))})\b", re.IGNORECASE)
# What may follow a document and stand before its verb: who made it, saw it, and when.
_DOCUMENT_PHRASE = re.compile(
    r"(?:\s+(?:for|from|published|released|seen|obtained|compiled|collected|issued|produced"
    r"|by|in|on|of|to|at|the|this|last|its|their|a|an|year|years|month|months|quarter|week"
    r"|weeks|period|ended|ending|[A-Z][\w'’.&-]*|\d[\d,/-]*))+"
)


def _document_with_its_phrase(outside: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The document a span at the end of its phrase belongs to, from the clause's opening:
    "Official figures for the year to March" for "March"; None when there is none."""
    clause = max(outside.rfind(c, 0, span[0]) for c in ',;:“”"') + 1
    # (the last of the document's words that the phrase runs on from: "Stats NZ figures
    # released on Monday", where "Stats" is a document's word too)
    for head in _DOCUMENT_WORD.finditer(outside, clause, span[0]):
        if len(outside[clause : head.start()].split()) > 2:
            return None
        phrase = _DOCUMENT_PHRASE.match(outside, head.end(), span[1])
        if phrase is None or phrase.end() != span[1] or len(phrase.group(0).split()) > 8:
            continue
        opening = outside[clause : head.start()]
        return clause + len(opening) - len(opening.lstrip()), span[1]
    return None


# (not "So": "So Young Kim" is a given name)
_OPENING_COORDINATOR = re.compile(r"(?:But|And|Yet|Or)\s+(?=[A-Za-z])")
# An estimate's words: "put the cost of the scheme at £6.8m", "put the damage at “well over 25
# million euros”".
_ESTIMATES = frozenset(["estimated", "estimates", "estimate"])
# What an estimate puts at a figure, in its own words: "damage to rice and corn at ₱1.2 billion".
_PUT_A_FIGURE_LOOSELY = re.compile(
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?at\s+(?:about\s+|around\s+|nearly\s+|almost\s+"
    r"|more\s+than\s+|over\s+|up\s+to\s+)?[£$€¥₹₱R]?\d"
)
# (and "put" with a figure in any words: "put his speed at 112 km/h", "puts a living wage in
# Saltmere at $23.10 an hour", "put the damage at ₱48 million"; the figure a currency's or a
# measure's, not a clock's: "put the children at 9 on a bus")
_PUT_IT_TO = re.compile(r"\s+it\s+to\s+(?:him|her|them|the\s+\w+)(?:,[^,]{1,60},)?\s+that\b")
_PUT_A_FIGURE = re.compile(
    # (or "it" for the figure: "Organisers put it at 10,000.")
    r"\s+(?:(?:the|its|their|his|her|a|an|total)\s+(?:[\w'’-]+\s+){0,6}?|it\s+)at\s+[“\"‘]?"
    r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|up\s+to|between|well"
    r"\s+over)\s+)*"
    r"(?:(?:[£$€¥₹₱₦R]|Rs\.?\s?|Sh\s?|KSh\s?|N|RM\s?|US\$|NZ\$|A\$|S\$)\d"
    r"|\d[\d.,]*\s*(?:%|per\s?cent|percent|million|billion|bn|trillion|crore|lakh|tonnes"
    r"|[a-z]{1,3}/[a-z]{1,2}\b|km|kg|litres|hours|minutes|days|weeks|points|cents|pence"
    r"|euros?|dollars|pounds|rand|pesos|an?\s|per\s)"
    # (or a count of three figures or more that closes the clause, no clock's or street's:
    # "put the number at 600.", not "at 4512 Oak Street", "at 2300 local time")
    r"|(?:\d{1,3}(?:,\d{3})+|\d{3,})(?=\s*(?:[.,;]|$)))",
    re.IGNORECASE,
)
# A clause's verb after "held that": "the trust was liable", "the ban should be lifted", "the
# 2023 law violated the constitution" (not "held that post for ten years").
_A_CLAUSE_AFTER_THAT = re.compile(
    rf"{_AUXILIARY_IN_CLAUSE.pattern}|\b(?:should|must|may|might|can|shall)\b|{FINITE_VERB.pattern}"
)
_TRAILING_FINDING_END = re.compile(r"\s*(?:[,.;]|$|(?:in|on|at|from|using)\b)")
# A research team as finders, after a comma: "…, the team found", "…, researchers at A
# University have found".
_A_TEAM = re.compile(
    r"\b(?:team|researchers|scientists|authors)(?: (?:at|from|of|with|led by) [^,;]{1,60})?$",
    re.IGNORECASE,
)
# Bodies that find only with "found that …" ("The Authority found that …"; not "Divers from the
# port authority found the car …"), and a judge by name ("Mr Justice A Name found that …").
_FINDERS_THAT = frozenset("authority commission board agency".split())
_JUDICIAL = frozenset("justice judge coroner magistrate".split())
_BEFORE_JUSTICE = frozenset("mr mrs ms madam lord lady chief".split())


# An apology is words, whatever follows it ("apologised for the inconvenience").
_APOLOGIES = frozenset("apologised apologized apologises apologizes".split())
# What a thing is done "according to", with no one who says it: a measure, a need or a plan.
_A_MEASURE_AFTER = re.compile(
    r"\s+(?:their |its |his |her )?(?:value|need|needs|income|size|age|distance|weight|merit"
    r"|plan|schedule|demand|rank|type|use|usage|population|severity|priority|seniority"
    r"|ability|means|category|season|length)(?=\s*(?:[,.;:)]|$|and\b|or\b))"
)
# An accusation and whom it names, then what of: "accused police of moving murders".
_ACCUSED_OF = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,5}?of\s+(?:(?!(?:no|some|any|every)thing\b)[a-z]+ing|[“\"‘])"
)
# What one welcomes as a stance: a decision and its kin ("welcomed the ruling", "welcomes this
# week's announcement"), not guests.
_WELCOMED_A_DECISION = re.compile(
    r"\s+(?:the|this|that|a|an|its|their|his|her|(?-i:[A-Z])[\w'’-]*['’]s?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:decision|ruling|move|vote|plan|plans|announcement|news|report|verdict|judgment"
    r"|judgement|proposal|proposals|change|changes|deal|agreement|funding|investment|step"
    r"|order|findings|bill|budget|law|appointment|offer|review|inquiry|u-turn|reprieve"
    r"|result|results|measures?|reforms?|ban|cut|cuts|rise|increase|scheme|decisions)\b",
    re.IGNORECASE,
)
# What a writer writes that is a work, not words: "writes a weekly column for the Leader".
_WRITES_A_WORK = re.compile(
    r"\s+(?:(?:a|an|the|her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:column|book|novel|blog|newsletter"
    r"|series|history|biography|play|song|songs|books|columns|bill|law|rules|code|script"
    r"|screenplay|music)"
    # (or things counted: "wrote 143 checks to a company he controlled", "wrote three novels")
    rf"|(?:\d[\d,]*|{_COUNTED_IN_WORDS}|dozens of|hundreds of)"
    r"\s+(?:[\w-]+\s+)?(?:checks|cheques|tickets|books|novels|songs|plays|columns|poems"
    r"|prescriptions|invoices|parking tickets))\b",
    re.IGNORECASE,
)
# Capitals in a source: a headline's cue without "that" needs a name before it.
_CAPITALS = re.compile(r"\b[A-Z]")
# The verbs of saying a headline uses without "that" ("A Name warns closure will …"); not
# "recalls", "states", "confirms", "reports", which a headline also uses for acts and nouns.
_HEADLINE_CUES = frozenset(
    "says warns claims insists urges vows admits denies argues blames".split()
)
# Who can have "heard" evidence, on the record: "the court heard that …", "the inquest heard".
_HEARINGS = re.compile(
    r"\b(?:court|inquest|tribunal|hearing|jury|jurors|committee|inquiry|panel|magistrates"
    r"|judge|coroner|MPs|councillors|senators)\b",
    re.IGNORECASE,
)


def _headline_quote(text: str, prefix: str) -> bool:
    """A headline's label and quotation: "A Name: ‘A theatre is a promise’"."""
    rest = text[len(prefix) :].lstrip() if text.startswith(prefix) else ""
    return rest[:1] in "‘“'\"" and _is_headline(text)


_HEADLINE_SAYS = re.compile(r"says?|adds|warns|insists|vows")
# Verbs whose object, not their subject, follows them at the end of a sentence ("They denied
# the charges.", "She rejected the offer."): no source after them.
_NEVER_INVERTED = frozenset(
    """denied denies deny rejected rejects reject disputed disputes dispute refuted refutes
    blamed blames accused accuses dismissed dismisses criticised criticized criticises
    criticizes condemned condemns welcomed welcomes""".split()
)
_ONLY_AS = (
    r"(?:(?:known|identified|named|called|referred to)(?: to \w+)? only as|gave (?:his|her"
    r"|their) (?:first |full )?name(?: only)? as|(?:asked|wanted|wished|agreed) to be"
    r" (?:identified|named|known) only (?:by (?:his|her|their) first name,? )?as)"
    r" ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
_ONLY_AS_BEFORE_A_CUE = re.compile(_ONLY_AS + r"\s*,?\s*$")
_NAMED_BEFORE_A_CUE = re.compile(
    r", (?:an?|the) (?:[a-z][\w-]* ){1,3}(?:named|called)"
    r" ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}),\s*$"
)
_ONLY_AS_AFTER_A_CUE = re.compile(r"[^.!?;:]{0,40}?\bwho " + _ONLY_AS + r"\s*[.,]")


def _name_given_only(outside: str, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """Where a speaker gave only a name, its span: before the cue after a comma, or after it in
    a relative clause."""
    before = _ONLY_AS_BEFORE_A_CUE.search(outside, max(0, cue_start - 160), cue_start)
    if before is None:
        # "The first witness, a security guard named A Name, told the court …"
        before = _NAMED_BEFORE_A_CUE.search(outside, max(0, cue_start - 160), cue_start)
    if before is not None:
        return before.span(1)
    after = _ONLY_AS_AFTER_A_CUE.match(outside, cue_end)
    return after.span(1) if after is not None else None


_BODY_WORD_AFTER = re.compile(r" ([a-z]+)\b")
_A_CLAUSE_IN_A_HEADLINE = re.compile(
    r"\b(?:to|cannot|can't|can’t|won't|won’t|isn't|isn’t|aren't|aren’t|doesn't|doesn’t"
    r"|don't|don’t|didn't|didn’t)\b"
)


# The people a poll asked, before a cue: "Economists polled by", "Analysts surveyed by".
_POLLED_BY = re.compile(
    r"\b(?:(?i:the|several|some|many|most|few|two|three|four|five|six|\d+)\s+)?[A-Za-z]+\s+"
    rf"(?:{'|'.join(sorted(speakers.ASKED_VERBS))})\s+by$"
)


def _is_headline(text: str, most_words: int = 20) -> bool:
    """A headline: short, and no full stop, question or exclamation mark at its end."""
    stripped = text.rstrip(" ”\"’')")
    return bool(stripped) and stripped[-1] not in ".!?:" and len(text.split()) <= most_words


# A standfirst under a headline may run longer, two clauses and a semicolon without a stop
# ("City says two box traps have been set …; hunters' branch says it has 38 rifle holders, the
# youngest 61"): its source is named as a headline's.
_STANDFIRST_WORDS = 30


def _under_a_headline(sentences, index: int, furniture) -> bool:
    """Is the line before this one, furniture aside, a headline (this line its standfirst)?"""
    before = next((i for i in range(index - 1, -1, -1) if i not in furniture), None)
    return before is not None and _is_headline(sentences[before][0])


# What follows a finding, not a find: "found that", "found no", "found the council had acted"
# (not "found the black box 40 miles off the coast").
_FINDING = re.compile(
    r"\s+(?:(?:on|in|at|last|this|earlier)\s+(?:[\w'’-]+\s+){0,3}?)?"  # "found on 2 July that"
    r"(?:that|no|evidence|little|nothing|insufficient|(?:[\w'’-]+\s+){1,4}?(?:had|has|was|were"
    r"|is|are|would|could|did|should|acted|failed|broke|breached|misled|gave|kept|ignored))\b",
    re.IGNORECASE,
)
# "asked if residents could cut their use", "asked whether parents can collect": a request.
_REQUEST = re.compile(r"\s+(?:if|whether)\s+(?:[\w'’-]+\s+){1,4}?(?:can|could)\b", re.IGNORECASE)


def _finds(source: str) -> bool:
    words = source.lower().split()
    return bool(words) and words[-1].strip(",.") in _FINDERS


def _finds_that(source: str) -> bool:
    """A body or a judge by name whose "found that …" is a finding (not what they came upon;
    not "A judge Tuesday", a day)."""
    words = source.lower().split()
    if not words:
        return False
    return words[-1].strip(",.") in _FINDERS_THAT or _a_judge_by_name(source)


def _a_judge_by_name(source: str) -> bool:
    """A judge, a magistrate or a coroner by title and name ("Coroner A Name", "Mr Justice A
    Name"; the title right before the name after an opening phrase too: "In findings released
    on Thursday, Coroner A Name"), whose "found …" is a finding whatever follows it. "Justice"
    only after an honorific: it is a given name too ("Justice Mensah found the tap dry")."""
    words = [w.strip(".,") for w in source.lower().split()]
    name = speakers.person_name(source)
    if not name or name in _WHEN_WORDS:
        return False
    before = words[: -len(name.split())]
    while before and before[-1] in speakers.HONORIFICS and before[-1] not in _BEFORE_JUSTICE:
        before = before[:-1]  # ("Coroner Dr. A Name": the office before the doctor)
    titled = before[-2:]
    if not titled:
        return False
    if titled[-1] == "justice":
        return len(titled) == 2 and titled[0] in _BEFORE_JUSTICE
    return titled[-1] in _JUDICIAL


def _names_a_document(source: str) -> bool:
    words = source.lower().replace("’s", "").replace("'s", "").split()
    # "Figures obtained under freedom of information laws": the head noun comes first.
    return any(word.strip(",.") in speakers.DOCUMENT_WORDS for word in words[:4] + words[-1:])


_QUOTE_MARK = re.compile(r"[“”\"]")
# After "read": the words ("reads: “…”") or the end of the sentence ("…,” the sign read.", "…
# read in part.").
_READ_TAIL = re.compile(r"(?:,?\s+in\s+part)?\s*(?::|[.;,”\"]*\s*$)")
# Written texts whose words a story quotes as a source: "the letter reads", "the statement read
# in part" (not the scene's signs, banners and placards: "a banner read “…”" is what was seen).
_TEXTS = speakers.DOCUMENT_WORDS | frozenset(
    """statement letter bulletin notice post message note memo order email e-mail tweet
    citation entry petition release judgment judgement ruling warning alert advisory
    update""".split()
)


# Things with no voice of their own to refuse with: laws and rules, machines and services.
_THINGS = frozenset(
    """law laws act bill guidance guidelines constitution manual rules rulebook code policy
    treaty contract regulations server servers app website site system software hotline line
    machine device phone network""".split()
)


def _ends_in(source: str, nouns: frozenset[str]) -> bool:
    """Is the source's last word (its head noun) one of these: "the residents' letter"."""
    words = source.lower().replace("’s", "").replace("'s", "").split()
    return bool(words) and words[-1].strip(",.") in nouns


def _names_a_thing(source: str) -> bool:
    return _ends_in(source, _THINGS)


def _names_a_text(source: str) -> bool:
    return _ends_in(source, _TEXTS)


_IN_A_MONTH_AT_THE_END = re.compile(
    r"\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s*[.!]?\s*$"
)
_NOTHING_SAID_VERBS = frozenset(
    "respond responded return returned answer answered reached pick picked".split()
)
# (a reply only when there was none: "did not reply"; "A Name replied that …" says something)
_NO_REPLY = frozenset(["reply", "replied"])
_NEGATION_IN_CUE = re.compile(r"\bnot\b|n['’]t\b")
# The last word of "would not say (whether …)" and its kin (the cue ends at the verb).
_NOT_SAID_ON = frozenset("say said specify specified disclose disclosed reveal revealed".split())
# Cues that report speech whatever follows them; the others ("warned", "insisted", "denied")
# need a reported clause after them, or must close the sentence ("..., the minister warned").
_STRONG_CUES = frozenset(
    "said says say saying told tells to per comment wrote writes added adds declined".split()
)
_COMPLEMENT_START = frozenset(
    """that the a an this these those it he she they we i his her their its there no not
    all some most many""".split()
)
# (Used with match(): anchored where it is asked to start, which a "^" would not be.)
_SENTENCE_TAIL = re.compile(
    # (to whom it was said, when that is the outlet or its reporters: "…, the board confirmed to
    # us Thursday.", "…, the ministry said to the Herald.")
    r"(?:\s+to\s+(?:us|me|reporters|journalists|(?-i:the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})))?"
    # (with "late"/"early" before its day: "…, the club announced late on Saturday evening.")
    r"(?:\s*(?:(?:late|early)\s+on|on|last|this|in|earlier|later|late|early)?\s*"
    r"(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|month|year|night|morning|evening|a statement|an interview|yesterday|"
    r"today))*"
    # (and the day in brackets: "…, the government announced today (11 March 2026).")
    r"(?:\s*\([\w ,.:]{1,30}\))?"
    # (or the event it followed: "…?” A Name asked reporters after the match.")
    r"(?:\s+(?:after|before|during)\s+(?:the|a|his|her|their)\s+(?:[a-z]+\s+)?(?:match|game"
    r"|meeting|hearing|race|session|vote|briefing|rally|ceremony|launch|verdict|defeat|win"
    r"|draw|sitting|debate))?"
    # (or where it was said: "…?” she asked in court.", "…,” he told the inquiry in evidence.")
    # (or the room's kind after a word: "…?” he asked reporters in the assembly lobby.")
    r"(?:\s+(?:in|at|on|from|before)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:court|parliament"
    r"|the\s+house|chamber|senate|hearing|inquiry|inquest|tribunal|meeting|stand|dock"
    r"|witness\s+box|evidence|trial|committee|lobby|corridors?|foyer|press\s+room))?"
    # (and how the room took it, or how it was said: "…,” he replied, to groans.", "…,” she
    # told the Herald, with a laugh.")
    # (or what it drew: "…?” A Name asked, drawing protests from the Opposition benches.")
    r"(?:,?\s*(?:to|with|amid|drawing|prompting|sparking|provoking)\s+(?:a\s+)?(?:[a-z]+\s+)?"
    r"(?:groans?|jeers?|cheers?|applause|laughter|laughs?|boos?|gasps?|smiles?|shrugs?|grins?"
    r"|sighs?|nods?|protests?|heckl(?:es?|ing)|uproar|murmurs?)"
    r"(?:\s+from\s+(?:the\s+)?[\w'’ -]{1,40})?)?"
    # (or in one word: "“Did you hear her?” he asked, grinning.", "…, she said, laughing softly.")
    r"(?:,\s*[a-z]{3,}ing(?:\s+[a-z]+ly)?)?"
    r"\s*[.!?\"”’)]*\s*$",
    re.IGNORECASE,
)


# A pronoun or a short name between a comma and the cue: "…, she noted, …".
_GOING_ON = frozenset("continued continues".split())


def _closing_after_a_comma(outside: str, start: int, cue_end: int) -> bool:
    """Does the cue close the sentence after a comma and its source ("…, she continued.",
    "…, Mr Cheah went on.")?"""
    return (
        _SENTENCE_TAIL.match(outside, cue_end) is not None
        and outside[cue_end:].strip(" .”\"’'") == ""
        and _SOURCE_SET_OFF.search(outside, max(0, start - 40), start) is not None
    )


_SOURCE_SET_OFF = re.compile(
    r",\s+(?:he|she|they|it|we|(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))\s+$",
    re.IGNORECASE,
)
# A body set off by a comma before the cue ("…, the town hall announced"), and when, then a
# comma, after it ("on Thursday,").
# (by its name too: "…, the Energy Tariff Board announced on Wednesday, the first cut …")
_BODY_SET_OFF = re.compile(
    r",\s+the\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*\s+$"
    r"|,\s+the\s+(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’-]*\s+$"
)
# (one run of spaces before each word: a blanked quotation's spaces were tried both ways)
_WHEN_THEN_COMMA = re.compile(
    r"(?:\s+(?:(?:late|early)\s+)?(?:(?:on|last|this|earlier)\s+)?"
    rf"(?:{'|'.join(WEEKDAYS)}|yesterday|today|week|night))?,",
    re.IGNORECASE,
)
# A quotation closed with its stop, then a speaker of a few words, up to the cue.
# (a quotation's closing mark: double, or single in the British style, curly or straight: "…,'
# said A Name")
_QUOTATION_THEN_SOURCE = re.compile(r"[,!?…][”\"’']\s+(?:[\w'’.-]+\s+){1,6}$")
_QUOTATION_CLOSED_BEFORE = re.compile(r"[,!?…][”\"’']\s+$")


# A source closing the sentence: ", the Royal College of Nursing said on Thursday." (not a
# relative clause: ", which she said would reach £112 billion")
_SOURCE_AT_THE_END = re.compile(
    r",\s+(?!(?:which|who|that|as|but|and)\b)[^,]{1,80}\b(?:said|says|told)\b[^,]{0,40}$"
)
# (and crediting a cause, its mirror: "She credited the fall to a patrol schedule", not "credited
# with saving the club")
_BLAMED_PASSIVE = re.compile(r"\s+(?:by|for|over|after|on|in|as|with)\b")
_BLAMED = re.compile(r"(?:blam|credit|attribut)(?:ed|es|s)", re.IGNORECASE)
# Who confirms a count: a body by its word ("The provincial health office", "The club"), a
# person or a body by two capitalised words or its initials ("A Name", "PHO"), just before.
_A_CONFIRMER_BEFORE = re.compile(
    r"(?:\b(?i:office|department|ministry|council|club|police|authority|agency|board|government"
    r"|company|commission|service|hospital|union|court|federation|association|spokes\w+)"
    r"(?:\s+(?:of|for|and|the|(?-i:[A-Z])[\w'’-]*)){0,4}"
    r"|[A-Z][\w'’-]+ [A-Z][\w'’-]+|\b[A-Z]{2,6})(?:\s+\([A-Z]{2,8}\))?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?confirm(?:ed|s)$"
)
# A count after "confirmed": "1,204 dengue cases", "nine deaths", "at least 12 arrests".
_A_COUNT_AFTER = re.compile(
    r"\s+(?:(?:a total of|another|at least|more than|over|a further)\s+)?"
    rf"(?:\d[\d,.]*|{'|'.join(sorted(NUMBER_WORDS - {'one'}))})\s+[a-z]",
    re.IGNORECASE,
)
# What a cause is credited to: "credited the fall in crime to a patrol schedule", "for the rise".
_CREDITED_TO = re.compile(r"\s(?:[\w'’,-]+\s+){1,12}?(?:to|for)\s")
_WARNED = re.compile(r"\b(?:warn|caution)(?:ed|s)?$", re.IGNORECASE)
# An aside between a cue and what it reports: "He conceded, however, that …".
_ASIDE_BEFORE_THAT = re.compile(
    r",\s+(?:however|though|too|also|again|moreover|meanwhile|nonetheless|nevertheless)"
    r",\s+that\b",
    re.IGNORECASE,
)


def _has_complement(outside: str, cue_end: int) -> bool:
    rest = outside[cue_end : cue_end + _LOOK_AHEAD]
    if rest[:1] == "," and _ASIDE_BEFORE_THAT.match(rest):
        return True
    if rest.startswith(" against ") and _WARNED.search(outside, max(0, cue_end - 12), cue_end):
        return True  # "cautioned against reading too much into the results"
    cue_word = outside[max(0, cue_end - 8) : cue_end].rsplit(None, 1)[-1:]
    if cue_word and _BLAMED.fullmatch(cue_word[0]) and _NEXT_WORD.match(rest):
        return True  # "The company blamed flooding at its pit.": what it blames is its claim
    if (
        outside.endswith(("confirmed", "confirms"), 0, cue_end)
        and _A_COUNT_AFTER.match(rest)
        and _A_CONFIRMER_BEFORE.search(outside, max(0, cue_end - 80), cue_end)
    ):
        # "The health office has confirmed 1,204 cases", "… A Name has confirmed 112 schools
        # are closed": a count a body or a person vouches for is its claim (not a test's or a
        # count's: "Blood tests confirmed 14 children …", "The final count confirmed 62 seats")
        return True
    if len(outside) - cue_end <= _LOOK_AHEAD and _SENTENCE_TAIL.match(rest):
        return True
    word = _NEXT_WORD.match(rest)
    stripped = rest.lstrip()
    if stripped[:1] in '"“:':
        return True
    if not word or not stripped[:1].isalpha():
        return False
    first = word.group(1)
    if first.lower() in _COMPLEMENT_START or first[:1].isupper():
        return True
    # "argued at a cabinet meeting that …", "warned councillors in a letter last week that …":
    # an object or a phrase of time and place, then the reported clause; or a clause without
    # its "that": "believes warmer water has pushed …", "estimates rivals will raise …".
    return (
        _THAT_AFTER_A_PHRASE.match(rest) is not None
        or _THAT_AFTER_A_SETTING.match(rest) is not None
        or _clause_without_that(rest)
    )


def _clause_without_that(rest: str) -> bool:
    """A reported clause without its "that": "believes warmer water has pushed …", "estimates
    rivals will raise …" (its subject no verb of saying: "a fiscal note estimates the bill
    would …" is the note's estimate, not a note)."""
    m = _CLAUSE_WITHOUT_THAT.match(rest)
    return m is not None and _SAY_VERB_SET.isdisjoint(m.group(1).lower().split())


# (a subject of one to three small words, then its auxiliary: the reported clause's own verb)
_CLAUSE_WITHOUT_THAT = re.compile(
    r"((?:\s+(?!(?:at|in|on|during|to|before|after|by|for|with|of|from|about|as|when|while"
    r"|if|whether|how|why|what|who)\b)[a-z][\w'’-]*){1,3})"
    r"\s+(?:has|have|had|will|would|can|could|may|might|must|should|is|are|was|were)\b"
)
# The setting of someone's words between the cue and its clause, the clause opening as one
# does ("conceded under questioning that she …", "testified later Tuesday that the …", "told
# the court through an interpreter that he …"; not "admitted under its rules 40 members that
# had been barred", "revealed through sonar a wreck that had lain …": a relative "that").
_THAT_AFTER_A_SETTING = re.compile(
    r"\s+(?:under (?:questioning|oath|cross-examination|examination)"
    r"|later (?:on )?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:the court |the tribunal |the hearing |the jury |reporters )?through (?:an? )?"
    r"(?:interpreter|translator))"
    r"\s+that\s+(?:(?-i:[A-Z])|\d|(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|this"
    r"|these|those|there|no|none|some|all|most)\b)",
    re.IGNORECASE,
)
_THAT_AFTER_A_PHRASE = re.compile(
    r"(?:\s+[\w'’-]+)?\s+(?:at|in|on|during|to|before|after|last|earlier|this)\b"
    r"(?:\s+[\w'’-]+){0,7}?\s+that\b"
)


# How far around a cue its source is looked for. A source is a few words, a relative clause
# ("officials who spoke on condition of anonymity") a few more; the bound keeps a huge sentence
# with a cue every few words linear.
_LOOK_BACK = 300
_LOOK_AHEAD = 200
_INITIALS_AT_END = re.compile(r"\b[A-Z]\.$|\b(?:[A-Za-z]\.){2,}$")
_RELATIVE_CLAUSE = re.compile(r"\s+\b(?:who|which)\b[^,;:()“”\"]*$")
# A relative clause with a subject of its own, set off by a comma: "…, which the authors say"
# ("The man who the police arrested said" is the man's).
_OWN_SUBJECT = re.compile(
    r"\s+(?:who|which)\s+((?:the|its|his|her|their|he|she|it|they|we|i)\b[^,;:()“”\"]*)$"
)
# A thing's clause set off by a comma with a name for its subject, capitalised words only up to
# the cue: "…, which Finance Director A Name said would cover …" (not "The memo which Chief
# Executive A Name sent to staff said": the memo's words).
_NAMED_SUBJECT = re.compile(r"\s+which\s+((?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)\s*$")
_ASIDE = re.compile(
    r"^\s*(?:in|on|at|for|by|with|during|after|before|however|meanwhile|though|also|too|"
    r"earlier|later|separately|again|published|released|obtained|seen|compiled|commissioned|"
    r"issued|leaked|filed|updated"
    # (how the speaker was reached: "A ministry official, reached by phone, said")
    r"|reached|contacted|approached|interviewed|asked|reacting|responding|answering"
    # (and why they are not named: "A ministry official, speaking on condition of anonymity,
    # said")
    r"|speaking)\b",
    re.IGNORECASE,
)
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]{1,60}\)\s*$")
_NAME_PARTICLES = frozenset(
    """of the and & for de van von al bin binti la le der den del della di du da ap ní nic mac ó
    el ter""".split()
)
# Two to four capitalised words. It opens with a character class, which the regex engine skips
# ahead to in C (a leading \b is tried at every position); a match inside a word ("McLean")
# is a rare harmless extra.
# Capitals and small letters beyond ASCII too ("Ingibjörg Haldorsen-Achebe", "Órlaith Deasy").
# (and the capitals of Latin Extended-A and B and of Vietnamese: "Đỗ Thị Hạnh", "Łukasz")
_UPPER = UPPER
_LOWER = LOWER
# (a given name hyphenated in small letters, as Hong Kong and Taiwan write it: "Wai-lun",
# "Mei-ying"; not a word's suffix, "Leeds-based", "Cork-born")
_NAME_WORD = (
    # (with an apostrophe inside: "Kipng'eno", "O'Brien", "D’Souza"; not a possessive's "'s")
    f"[{_UPPER}](?:[{_LOWER}]+(?:['’][{_LOWER}]{{2,}})?|['’][{_UPPER}][{_LOWER}]+)"
    f"(?:-[{_UPPER}][{_LOWER}]+"
    rf"|-(?!(?:based|born|bred|led|owned|run|backed|funded|made|style|era|bound|wide|area|like"
    rf"|type|class|level|raised|listed|registered|headquartered|focused)\b)[{_LOWER}]{{2,}})?"
)
# Words of a name that are not a capital and small letters: particles, and the Irish "Ó".
# A name's particle in small letters ("Pedro da Silva", "Ahmad bin Ali"; not "St.", a saint's)
_SMALL_NAME_WORD = (
    "(?:" + "|".join(sorted(speakers.NAME_PARTICLES - {"st", "st."}, key=len, reverse=True)) + "|Ó)"
)
# A person's name in full, two to five words: "A Name", "Pedro da Silva".
_FULL_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}| {_SMALL_NAME_WORD}){{1,4}}"
# (after a style of address, which takes no place among the name's words: "The Honourable Dr
# A Name")
# (no word of a headline in title case that no name holds: "Tara Quinn On Life After"; "The"
# stays, as the opening of a body's name: "The Lagos Beacon" is no person)
_TITLE_CASE_WORD = (
    r"(?!(?:On|In|After|With|About|For|Of|At|From|Over|Under|Into|As|By|And|Is|Are|Was|Were"
    r"|Says|Has|Have)\b)"
)
_NAME_IN_TEXT = re.compile(
    r"(?:The\s+(?:Right\s+|Rt\.?\s+)?(?:Hon\.?|Honourable|Honorable)\s+)?"
    # (initials before the name, as Indian copy gives them: "A.V. Sreedevi Kuttikrishnan")
    r"(?:(?:[A-Z]\.\s?){1,3}(?=[A-Z][a-z]))?"
    # (with a particle between its words: "Elsie van Wyk", "Pedro da Silva")
    rf"{_TITLE_CASE_WORD}{_NAME_WORD}"
    # (and a middle initial: "Xander J. Nussbaumer-Glebane")
    rf"(?:\s+(?:{_SMALL_NAME_WORD}\s+){{0,2}}(?:[A-Z]\.\s+)?{_TITLE_CASE_WORD}{_NAME_WORD}){{1,8}}\b"
)


_COUNTS_OF_PEOPLE = NUMBER_WORDS | frozenset("several many some both all few most".split())


_TITLE_LOOKUPS = 60  # the names a text's titles are looked up for (see pronoun_in_text)
# The titles that tell a person's "he" or "she": "Ms Penhallowick put it to him …".
_TITLE_PRONOUNS = {"mr": "he", "ms": "she", "mrs": "she", "miss": "she"}
_TITLED_SURNAME = r"\b(Mr|Ms|Mrs|Miss|MR|MS|MRS|MISS)\.? {surname}\b"
# A relative named by title alone is someone else: "His mother, Mrs Reyes, watched …".
_RELATIVE_BEFORE = re.compile(
    r"\b(?:mother|father|mum|dad|wife|widow|widower|husband|son|daughter|sister|brother|aunt"
    r"|uncle|grandmother|grandfather|parents?|partner|fianc[ée]e?|niece|nephew|cousin)"
    r"(?:-in-law)?,?\s*$",
    re.IGNORECASE,
)
_NAMED_BEFORE_SURNAME = r"\b([A-Z][\w'’-]+) {surname}\b"


def _pronoun_of_title(text: str, name: str) -> str:
    """ "she" for a person the text calls "Ms Surname" somewhere, "he" for "Mr Surname"; ""
    when the text gives both, or names another person of that surname ("Ambrose Maddenholt"
    beside "Marjorie Maddenholt": whose "Mrs Maddenholt" is not his)."""
    words = name.split()
    if len(words) < 2:
        return ""
    surname = re.escape(words[-1])
    titles = {
        _TITLE_PRONOUNS[m.group(1).lower()]
        for m in re.finditer(_TITLED_SURNAME.format(surname=surname), text)
        if not _RELATIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    }
    if len(titles) != 1:
        return ""
    firsts = {
        m.group(1)
        for m in re.finditer(_NAMED_BEFORE_SURNAME.format(surname=surname), text)
        if m.group(1).lower().rstrip(".") not in _TITLE_PRONOUNS
    }
    return titles.pop() if firsts <= {words[-2]} else ""


def _full_names(text: str):
    """(match, name) for each person named in full in `text`: two words or more once titles
    and role words are dropped ("Dr Anjali Devarakonda" -> "Anjali Devarakonda"). Not the end
    of a body's name ("the Court of Criminal Appeal", "the Bank of Upper Carse") nor a
    designation before its number ("Ward No. 14")."""
    for m in _NAME_IN_TEXT.finditer(text):
        name = speakers.person_name(m.group(0))
        if not name or len(name.split()) < 2:
            continue
        if name.split()[0].lower() in _COUNTS_OF_PEOPLE:
            continue  # "Three Republicans", "Several Democrats": people counted, no one person
        # (two words, with no title before them in the run: a longer run after "City of"
        # may hold the place and a person, "the City of Sydney A Name")
        whole = m.group(0).startswith(name) and len(name.split()) == 2
        if whole and _BODY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the Court of Criminal Appeal"; not "Bank of England Governor A Name"
        if name.split()[-1] in _NUMBERED and _NUMBER_AFTER.match(text, m.end()):
            continue  # "Ward No. 14"; not "A Name 12 under par"
        role = _ROLE_AND_NAME_AFTER.match(text, m.end())
        if role and role.group(1) in speakers.ROLE_WORDS and whole:
            continue  # "Brindle Creek coach A Name": the team or the place the role is of
        yield m, name


# "Court of ", "Ministry of the ": a body's word and "of" just before a run of capitals.
# (capitalised, as a body's own name writes it: not "the administration of A Name")
def _a_persons_role_after(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a family name first and a given name joined in small letters, then a
    role of one person set off ("Kang Hye-rim, the company's labour relations director,")? (Not
    a first name and a surname: "Thomas Baxter, the club chairman," may share "Thomas" with a
    striker.)"""
    if not _GIVEN_NAME_JOINED.fullmatch(text[start:end].split()[-1]):
        return False
    m = _ROLE_SET_OFF.match(text, end)
    last = m.group(1).split()[-1].lower().rstrip(".") if m else ""
    return last in speakers.ROLE_WORDS and last not in speakers.ORG_WORDS


_GIVEN_NAME_JOINED = re.compile(rf"[{_UPPER}][{_LOWER}]+-[{_LOWER}]+")
_ROLE_SET_OFF = re.compile(r",\s+((?:the|its|his|her|their)\s+[^,.;:“”\"]{1,60}?)(?=,|\s+said\b)")


def _opens_a_headline(text: str, start: int) -> bool:
    """Does `start` open a line with no stop at its end (a headline, whose first word is
    capitalised whatever it is)?"""
    if start and text[start - 1] != "\n":
        return False
    line_end = text.find("\n", start)
    line = text[start : line_end if line_end != -1 else len(text)].rstrip()
    return not line.endswith((".", "!", "?", "”", '"', "’", ":"))


def _company_named(text: str, end: int) -> bool:
    """Does the capitalised run ending at `end` end in a company's form, as the last word's
    rest or the word after it ("… Logistiek B.V.", "… Logistiek BV")?"""
    start = text.rfind(" ", 0, end) + 1
    words = text[start : end + 12].split()[:2]
    return any(w.rstrip(",.;:") in _COMPANY_FORMS_BARE for w in words)


_COMPANY_FORMS_BARE = frozenset(form.rstrip(".") for form in speakers.COMPANY_FORMS)


_BODY_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted((w.capitalize() for w in speakers.ORG_WORDS), key=len, reverse=True))
    + r") of (?:the )?$"
)
_NUMBER_AFTER = re.compile(r"\.? ?\d")
_ROLE_AND_NAME_AFTER = re.compile(rf" ([a-z][\w-]*) [{_UPPER}]")
_NUMBERED = frozenset(["No", "Nos", "Number"])


# (a word may open with a letter beyond Latin-1 too: "Đức said", "Łukasz said")
# (a lineage's "a/l", "s/o" is one word: "A Name a/l B Name")
_TOKEN = re.compile(r"[A-Za-z0-9À-ÿ\u0100-\u024f\u1e00-\u1eff][\w'’.\-&]*(?:/[a-z](?!\w))?")
# Particles joined to a surname by a hyphen, written in small letters inside a sentence:
# "Omar al-Shawabkeh", "Hoda el-Sayed".
_JOINED_PARTICLES = frozenset(["al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "ed", "es"])
# Capitalised words ending where a search window ends: the full name before a surname.
_NAME_ENDING_HERE = re.compile(
    rf"(?:(?:[{_UPPER}][\w'’.-]*|van|von|de|der|den|la|le|du|da|dos|das|do|del|bin|binti|al|ap) )"
    r"{1,5}\S+$"
)  # (one space between the words: "Spec   Lumora" is a table's two cells, not a name)
# One capitalised word after a full name, then a comma, a bracket or a verb: "Ximena Aldabe
# Urquiza said", "…Urquiza, the secretary" (not a headline's "Ines Varga Resigns Over …", a
# credit's "Ines Varga Photo:").
# Or two, or a particle and its surname: "Vincent Chooi Kok Seng,", "José Ramón Ugalde de
# Zárate, who …", "María Ferrándiz de la Roza said".
_SECOND_SURNAME = re.compile(
    rf"((?:[ \t]+{_SMALL_NAME_WORD})*(?:[ \t]+[{_UPPER}][{_LOWER}][\w'’-]*){{1,2}})"
    r"(?=,| \(| (?:said|says|told|tells|who|is|was|has|had|added|adds|wrote|writes|of)\b"
    # (or the sentence's end: "…, said the committee's president, A B C D.")
    r"|\.(?:\s|$))"
)
_NOT_A_SECOND_SURNAME = speakers.ORG_WORDS | frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today tonight yesterday
    jr sr""".split()
)
# Capitalised words right after a surname's first mention ("Koh Mei Xuan", family name first).
_NAME_GOING_ON = re.compile(
    rf"(?:[ \t][{_UPPER}][\w'’-]*){{2,3}}(?![\w'’-])"
)  # two more or three ("Zulkarnain Hafizuddin Mat Jusoh"): "Zippel Mobility" is a firm
# (a space between a name's words, never a menu's run of them: "Sport   Analysis   Podcasts")
# One surname after a first name's first mention, perhaps after a particle, and the name ends
# there: "Anneliese Bezuidenhout,", "Rosli bin Hamdan has"; or up to three, with particles
# between them: "Saif bin Humaid Al Qutaybi,".
_SURNAME_AFTER = re.compile(
    rf"(?:(?:[ \t]+{_SMALL_NAME_WORD})?[ \t]+[{_UPPER}][{_LOWER}][\w'’-]*(?![\w'’-])){{0,2}}"
    rf"(?:[ \t]+{_SMALL_NAME_WORD})?[ \t]+([{_UPPER}][{_LOWER}][\w'’-]*)(?![\w'’-])"
    rf"(?![ \t]+[{_UPPER}])"
)
_AGE_OR_WHO_AFTER = re.compile(r",\s*\d{1,3},|\s+who\b")


def _introduced_as_a_person(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] brought in as a person: after a role or a relation
    ("Farmer A Name", "her husband, A Name"), or with an age, a "who" or what they are after
    it ("A Name, a gravedigger at the site, said")?"""
    before = text[max(0, start - 30) : start].rstrip(" ,").rsplit(None, 1)
    word = before[-1].lower() if before else ""
    if word in speakers.ROLE_WORDS or word in _INTRODUCING_NOUNS:
        return True
    role = _ROLE_AFTER.match(text, end)
    return (
        _AGE_OR_WHO_AFTER.match(text, end) is not None
        or _WHAT_THEY_ARE_AFTER.match(text, end) is not None
        # (or whose they are: "Mma Molefe, his wife, said")
        or _WHOSE_AFTER.match(text, end) is not None
        # (or the office they hold: "A Name, head of the disaster agency, said"; not a trade a
        # firm has too, "Kiambere, operator of the Lumo ferry,")
        or (role is not None and role.group(1) in _A_PERSONS_OFFICE)
    )


_WHAT_THEY_ARE_AFTER = re.compile(r",\s+an?\s+[a-z]")
_SET_OFF_AFTER = re.compile(r",\s+(?:the|who|whose|an?)\s")
_WHOSE_AFTER = re.compile(r",\s+(?:his|her|their)\s+[a-z][\w-]*,")
_ROLE_AFTER = re.compile(r",\s+(?:the\s+)?([a-z][\w-]*)\s+(?:of|at|for)\s")
# The offices only a person holds, set off after one name: "head of", "chairman of".
_A_PERSONS_OFFICE = frozenset(
    """head chief chairman chairwoman chairperson chair director secretary president
    vice-president leader spokesman spokeswoman spokesperson coordinator commissioner officer
    manager principal headteacher governor minister mayor captain coach commander superintendent
    inspector deputy treasurer convener convenor founder editor""".split()
)


# What ends a clause: punctuation, or a hyphen with space around it. Two patterns, not one
# alternation: a regex that opens with a character class skips ahead in C, an alternation is
# tried at every position.
# (a question or exclamation mark before a capital or an article opens a new clause: "Why
# now? the minister said", not "The makers of Wowza! said")
_CLAUSE_CHAR = re.compile(
    r"[,;:()\[\]“”\"—–·•|]|[?!](?=\s+(?:[A-Z]|(?:the|a|an|his|her|their|its)\b))"
)
_SPACED_HYPHEN = re.compile(r"\s-\s")
_QUOTE_OPEN = "“"
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(slots=True)
class Attribution:
    source: str
    cue: str
    source_start: int  # offsets into the sentence text
    source_end: int
    cue_start: int
    cue_end: int
    inherited: bool = False
    resolved: str = ""  # a pronoun's antecedent ("he" -> "Sergei Lavrov")
    in_relative_clause: bool = False  # "who said …": kept only if the sentence has no other cue
    by_document: bool = False  # "records show": kept only if no person is cited beside it
    # "declined to comment", "did not return calls": the source said nothing
    said_nothing: bool = False

    @property
    def speaker(self) -> str:
        return self.resolved or self.source

    @property
    def reports_a_statement(self) -> bool:
        """Plain saying ("said", "told the court", "according to"), in the source's own
        sentence: what follows is their account of what happened or will, not a question, a
        denial, a finding or a silence."""
        if self.said_nothing or self.inherited:
            return False
        return not _STATEMENT_CUES.isdisjoint(self.cue.lower().split())

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "cue": self.cue,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "inherited": self.inherited,
            "resolved": self.resolved,
        }


@dataclass(slots=True)
class _QuoteState:
    """Quotation state of one sentence, computed in order over the article."""

    open_at_start: bool
    open_at_end: bool
    outside: str  # the sentence with quoted text blanked out (same length, same offsets)
    wholly_quoted: bool
    attributions: list[Attribution] = field(default_factory=list)


# A comma or a colon between digits groups them or tells the time ("6,300 members", "04:12");
# it does not set off a clause.
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[,:](?=\d)")


def _ungrouped(text: str) -> str:
    """`text` with the commas and colons between digits read as digits, footnote marks
    ("… the inventory shows.²") and an honorific or a retired officer's mark in brackets ("Dr
    (Mrs) A Name", "Maj. (Rtd) A Name") as spaces (same length, same offsets)."""
    if "," in text or ":" in text:
        text = _BETWEEN_DIGITS.sub("0", text)
    if "(" in text:
        # (a bracket opens a clause of its own: "Dr (Mrs) A Name" would lose its name)
        text = _BRACKETED_HONORIFIC.sub(lambda m: " " * len(m.group(0)), text)
    return _FOOTNOTE_MARK.sub(" ", text) if _FOOTNOTE_MARK.search(text) else text


_FOOTNOTE_MARK = re.compile(r"(?<=[\w.,;:!?”’\"')])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_BRACKETED_HONORIFIC = re.compile(
    r"(?<= )\((?:Mrs|Mr|Ms|Miss|Dr|Prof|Rev|Engr|Hon|[Rr]e?td)\.?\)(?= [A-Z])"
)


def _quote_states(sentences: list[tuple[str, int]], furniture=()) -> list[_QuoteState]:
    """Track quotation marks across sentences and paragraphs (text, paragraph) in order.

    Lines of furniture (`furniture`: indexes) are walked on their own: an "Advertisement" slot
    between two paragraphs of one quotation neither closes it nor opens one; it only lies
    inside it."""
    if not furniture:
        return _walk_quotes(sentences)
    kept = [i for i in range(len(sentences)) if i not in furniture]
    walked = dict(zip(kept, _walk_quotes([sentences[i] for i in kept]), strict=True))
    states, is_open = [], False
    for i, sentence in enumerate(sentences):
        state = walked.get(i)
        if state is None:
            state = _walk_quotes([sentence])[0]
            state.open_at_start = state.open_at_start or is_open
            state.open_at_end = state.open_at_end or is_open
        else:
            is_open = state.open_at_end
        states.append(state)
    return states


def _walk_quotes(sentences: list[tuple[str, int]]) -> list[_QuoteState]:
    states = []
    is_open = False
    previous_paragraph = None
    for text, paragraph in sentences:
        if (
            not is_open
            and '"' not in text
            and "“" not in text
            and "”" not in text
            and len(text) <= LONGEST_SENTENCE
        ):
            # Most sentences: no quotation anywhere near, the outside is the sentence itself.
            # (With no quotation open, the paragraph bookkeeping below has nothing to carry.)
            no_letters = not text[:1].isalpha() and _LETTER.search(text) is None
            states.append(_QuoteState(False, False, _ungrouped(text), no_letters))
            continue
        if paragraph != previous_paragraph:
            # A quotation carries into the next paragraph only if that paragraph opens with a
            # quotation mark (the newspaper convention); otherwise the mark was never closed.
            if is_open and text.lstrip()[:1] not in ('"', _QUOTE_OPEN):
                is_open = False
            continuation = is_open
            previous_paragraph = paragraph
        else:
            continuation = False
        open_at_start = is_open
        if len(text) > LONGEST_SENTENCE:
            # Not prose (see LONGEST_SENTENCE): its marks are not walked one by one.
            states.append(_QuoteState(is_open, is_open, text, False))
            continue
        reopening_at = len(text) - len(text.lstrip()) if continuation else -1
        # Walk the quotation marks only (not every character) and keep the unquoted stretches.
        pieces = []
        stretch_start = 0  # where the current stretch (inside or outside a quotation) began
        for mark in _QUOTE_MARK.finditer(text):
            i = mark.start()
            ch = mark.group(0)
            if i == reopening_at:
                opens = closes = False  # the re-opening mark of a continued quotation
            else:
                opens = ch == _QUOTE_OPEN or (ch == '"' and not is_open)
                closes = not opens
            if not is_open:
                pieces.append(text[stretch_start:i])
            else:
                pieces.append(" " * (i - stretch_start))
            pieces.append(" ")
            stretch_start = i + 1
            if opens:
                is_open = True
            elif closes:
                is_open = False
        tail = text[stretch_start:]
        pieces.append(" " * len(tail) if is_open else tail)
        outside = _ungrouped("".join(pieces))
        has_letters = _LETTER.search(outside) is not None
        states.append(_QuoteState(open_at_start, is_open, outside, not has_letters))
    return states


_A_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_NAMES = "|".join(sorted([*MONTHS, *MONTH_ABBREVIATIONS], key=len, reverse=True))
_DATE_BEFORE_CUE = re.compile(
    rf"\s(?:on|dated)\s+(?:\d{{1,2}}\s+(?:{_MONTH_NAMES})\.?|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}})"
    r"(?:,?\s+(?:19|20)\d\d)?\s*$"
)


def _word_before(text: str, index: int) -> str:
    """The word that ends before `index`, lower-cased ("" at the start); a bounded look back."""
    words = text[max(0, index - 40) : index].rsplit(None, 1)
    return words[-1].lower() if words else ""


# A quoted phrase blanked in a sentence's words, after a word and before a determiner.
_QUOTE_THEN_SOURCE = re.compile(r"(?<=\w) {4,}(?=(?:the|a|an|his|her|its|their) [a-z])")


def _source_before(outside: str, cue_start: int, depth: int = 0) -> tuple[int, int] | None:
    # "A Name, M.Kes. said", "A Name, S.Sos., M.Si. said", "A Name, S.C. said": the degrees or
    # honours after a person's name, no comma after them, are the name's, not a source (not
    # "In its order, SC said", "In Jakarta, MP said": a court's and a member's letters)
    for _ in range(3):
        comma = outside.rfind(", ", max(0, cue_start - 12), cue_start)
        if comma == -1 or not speakers.letters_after_a_name(outside[comma + 2 : cue_start].strip()):
            break
        before = outside[:comma].rstrip(",")
        name = _NAME_ENDING_HERE.search(before, max(0, len(before) - 80))
        # (the name the sentence's subject, not an object in an opening phrase: "Granting bail
        # to A Name, SC said", "In the case of A Name, SC said"; a role's own preposition is no
        # phrase's, "Deputy Minister for Roads A Name, MP said")
        object_of = name is not None and _OBJECT_BEFORE.search(before, 0, name.start())
        if object_of and _bare_word(object_of.group(1)) in speakers.ROLE_WORDS:
            object_of = None
        if not (
            speakers.letters_after_a_name(before.rsplit(None, 1)[-1].strip(","))
            or (name and len(speakers.person_name(name.group(0)).split()) >= 2 and not object_of)
        ):
            break
        cue_start = comma
    if "(P" in outside:
        # "Sizakala Water Logistics (Pty) Ltd. said": the form in brackets is a word of the
        # name, not a clause's edge (same offsets: the span is the whole name)
        outside = speakers.FORM_IN_BRACKETS.sub(lambda m: f" {m.group(1)} ", outside)
    window = max(0, cue_start - _LOOK_BACK)
    # "Officials who spoke on condition of anonymity said": the source comes before "who".
    relative = None
    if (
        outside.find("who", window, cue_start) != -1
        or outside.find("which", window, cue_start) != -1
    ):
        relative = _RELATIVE_CLAUSE.search(outside, window, cue_start)
    if relative and relative.start() > 0 and depth < 2:
        # One clause inside another at most ("officials who met those who ..."): a text of
        # nothing but "who said who said ..." must not recurse once per word.
        set_off = outside[window : relative.start()].rstrip().endswith(",")
        own_subject = _OWN_SUBJECT.match(outside, relative.start()) or (
            _NAMED_SUBJECT.match(outside, relative.start(), cue_start) if set_off else None
        )
        # (a thing's "which" needs no comma: "a protest over rationing which they said had
        # lasted weeks" is theirs, as "The man who the police arrested said" is the man's)
        thing = relative.group(0).lstrip().startswith("which")
        if own_subject and (set_off or thing):
            # "…, which the authors say are likely …": the clause has a subject of its own.
            return own_subject.start(1), len(outside[:cue_start].rstrip())
        before = relative.start()
        head = outside[window:before].rstrip()
        if head.endswith(","):
            # "her son, A Name, who said": the phrase the comma sets off is the source.
            before = window + len(head) - 1
            aged = _AGE_BEFORE.search(outside, max(window, before - 8), before)
            if aged:
                before = aged.start()  # ("A Name, 79, who said": the name, not the age)
            source = _source_before(outside, before, depth + 1)
            described = outside[source[0] : source[1]] if source else ""
            comma = outside.rfind(",", window, source[0]) if source else -1
            # (or a role without its article: "… by A Name, chairman of the organising
            # committee, who said")
            bare_role = (
                described[:1].islower()
                and described.split()[0] in speakers.ROLE_WORDS
                and relative.group(0).lstrip(", ").startswith("who")
            )
            if (
                (described.startswith(("a ", "an ")) or bare_role)
                and comma != -1
                and not outside[comma + 1 : source[0]].strip()
            ):
                # "… disputed by Chief A Name, a director at the ports authority, who told
                # reporters": the person the description is of, named before it
                named = _source_before(outside, comma, depth + 1)
                if named and len(speakers.person_name(outside[named[0] : named[1]]).split()) >= 2:
                    return named
            if source and thing:
                # "The minister rejected the report, which said …": the thing after the
                # clause's verb, not the clause
                verbs = list(FINITE_VERB.finditer(outside, source[0], source[1]))
                if verbs and outside[verbs[-1].end() : source[1]].strip():
                    start = verbs[-1].end() + 1
                    return start, source[1]
            return source
        source = _source_before(outside, before, depth + 1)
        if source and _people_described(outside[source[0] : source[1]], relative.group(0)):
            # "Parents who spoke at the meeting said": which people, as written.
            return source[0], len(outside[:cue_start].rstrip())
        if (
            source
            and _UNNAMED_BECAUSE.search(relative.group(0))
            # (not a reason given at length, "… because he was not authorized to speak to the
            # media": the source is then written without it)
            and not _UNNAMED_AT_LENGTH.search(relative.group(0))
            and outside[source[0] : source[0] + 1].isupper()
            and outside[source[0] : source[1]].split()[0].lower() in _UNNAMED_OPENINGS
        ):
            # "A neighbour who did not want to be named said", "Two officials who asked not to
            # be named said": the unnamed source with the reason it is unnamed, as written
            return source[0], len(outside[:cue_start].rstrip())
        return source
    # "The Drivers' Union (DGU) said": skip a short parenthesis right before the cue; and a
    # time between the source and its cue ("Sahyadri Cables Ltd. on Thursday reported", "The
    # mayor last week said").
    when = _WHEN_BEFORE_CUE.search(outside, max(window, cue_start - 40), cue_start)
    if (
        when
        and when.start() > window
        and outside[: when.start()].strip()
        # (but the time that dates a document stays with it: "A study published on Monday
        # found …", as "A survey published in March estimated …")
        and not outside[: when.start()].endswith(_A_DOCUMENTS_MAKING)
    ):
        cue_start = when.start()
    head_end = cue_start
    near = max(window, cue_start - 80)
    parenthesis = None
    if outside[near:cue_start].rstrip().endswith(")"):
        parenthesis = _TRAILING_PARENTHESIS.search(outside, near, cue_start)
    if parenthesis:
        head_end = parenthesis.start()
    elif outside[near:cue_start].rstrip().endswith(("—", "–")):
        # "Another worker, A Name — no relation — said": an aside between dashes, as one in
        # brackets
        aside = _DASHED_ASIDE.search(outside, near, cue_start)
        if aside:
            head_end = aside.start()
    # "A business story on 4 March said", "A column on March 6, 2026 said": the date of the
    # source, not the source.
    dated = _DATE_BEFORE_CUE.search(outside, max(window, head_end - 40), head_end)
    if dated and outside[window : dated.start()].strip():
        head_end = dated.start()
    clause_start = window
    # (a body's initials in brackets inside the phrase are no clause's edge: "the Department of
    # Agriculture (DA) in Western Visayas said"; same offsets)
    edges = (
        _ACRONYM_IN_BRACKETS.sub(_blank, outside) if "(" in outside[window:head_end] else outside
    )
    for m in _CLAUSE_CHAR.finditer(edges, window, head_end):
        clause_start = m.end()
    if outside.find("-", clause_start, head_end) != -1:
        for m in _SPACED_HYPHEN.finditer(outside, clause_start, head_end):
            clause_start = m.end()
    if outside.find("    ", clause_start, head_end) != -1:
        # "… to restore service “as quickly as possible,” the spokesperson said": a quoted
        # phrase (blanked) closes the clause before a source that opens with its determiner
        for m in _QUOTE_THEN_SOURCE.finditer(outside, clause_start, head_end):
            clause_start = m.end()
    # "the union representing the city's bus drivers and mechanics said": a body and whom it
    # stands for, the "and" inside the people it names
    standing_for = _STANDING_FOR.match(outside, clause_start, head_end)
    if standing_for is not None:
        return standing_for.span(1)
    tokens = list(_TOKEN.finditer(outside, clause_start, head_end))
    if not tokens:
        return None
    picked: list[re.Match] = []
    head_end = None  # where the phrase's head ends before "in <a place>"
    for index in range(len(tokens) - 1, -1, -1):
        tok = tokens[index]
        word = tok.group(0).lower()
        if not picked and word in _ADVERBS_BEFORE_CUE and tok.group(0).islower():
            continue  # "Carver Power & Light now says" (not "Thrumwick First says": a name's)
        if (
            not picked
            and _LY_ADVERB.fullmatch(tok.group(0))
            and index > 0
            and tokens[index - 1].group(0).lower() not in _PRONOUNS
        ):
            continue  # "this story wrongly stated" (not "we wrongly said": the paper's "we")
        if picked and picked[0].group(0).lower() in _NAMEABLE_PRONOUNS:
            break
        if (
            word in ("in", "at", "near")
            and picked
            and head_end is None
            and picked[0].group(0)[:1].isupper()
            and index > 0
            and tokens[index - 1].group(0)[:1].isupper()
            # (people of a body in a place are the source: "Engineers at Kellworth Water near
            # Orrel said")
            and not any(
                w in _PEOPLE_NOUNS or (_people(w) and w.endswith("s"))
                for w in (t.group(0).lower() for t in tokens[:index])
            )
            # (nor people named by a plural that opens the clause: "Growers in Kerendo say")
            and not (index == 1 and _PLURAL_OPENING.fullmatch(tokens[0].group(0)))
        ):
            # "NADMO in Accra said", "A Name in Tamale said", "The US Embassy in Nairobi
            # said": the place ends the phrase; its head, further back, is the source.
            head_end = tokens[index - 1].end()
            if outside[head_end : head_end + 1] == ")":
                head_end += 1  # (with the initials in brackets that close the head's name)
            picked.insert(0, tok)
            continue
        if word in _GROUP_PREPOSITIONS and picked:
            # "Analysts at Brook Street Capital said", "Lawmakers from rural districts said":
            # people of a named body or a place.
            # "Figures from the Office for Local Finance show": a body's document.
            before = outside[max(0, tok.start() - 40) : tok.start()].rstrip().rsplit(None, 1)
            if before and (
                before[-1].lower() in _PEOPLE_NOUNS
                or before[-1].lower() in _PERSON_NOUNS
                or (_people(before[-1].lower()) and before[-1].endswith("s"))
                or _doers(before[-1])
                or (word == "from" and before[-1].lower() in speakers.DOCUMENT_WORDS)
            ):
                picked.insert(0, tok)
                continue
            group = _group_of_people(tokens, index)
            if group is not None:
                # "Staff at the hospital in Ravensby said", "A spokesman for the council in
                # Dunmore said": the people, not the place their phrase ends on.
                return group[0], group[1] or picked[-1].end()
        verb = picked[0].group(0) if picked else ""
        # (or any verb with its object: "the firm that runs it", "the company that built it")
        with_object = (
            len(picked) >= 2
            and picked[1].group(0).lower() in _OBJECT_OPENINGS
            and (verb.endswith("s") or FINITE_VERB.fullmatch(verb) is not None)
        )
        # (a verb's "-s" before its object in small letters, no article: "the department that
        # funds island piers", "the group that runs food banks")
        # (a relative "that", not a pointing one after a preposition: "Officials at that bus
        # company said")
        with_object = with_object or (
            word in _RELATIVES
            and len(picked) >= 2
            and verb.endswith("s")
            and not verb.endswith("ss")
            and picked[1].group(0).islower()
            and _word_before(outside, tok.start()) not in _PLACE_PREPOSITIONS
        )
        if (
            word in _RELATIVES
            and verb.islower()
            and (verb.endswith("ed") or with_object)
            and depth < 2
        ):
            # "The company that employed the workers said": the company, whose clause the
            # verb opens
            return _source_before(outside, tok.start(), depth + 1)
        if word in _PRONOUNS:
            if picked:
                break
            picked.insert(0, tok)
            continue
        if word == "and" and picked and picked[0].group(0)[0].isupper() and tok.start() > 0:
            # "Moscow and Washington say": a coordination of names is one source.
            before = outside[max(0, tok.start() - 64) : tok.start()].rstrip().rsplit(None, 1)
            if before and before[-1][:1].isupper():
                picked.insert(0, tok)
                continue
        if word in ("to", "with", "on") and picked:
            before = outside[max(0, tok.start() - 24) : tok.start()].rstrip().rsplit(None, 1)
            if before and before[-1].lower() in ("close", "familiar", "near", "linked", "briefed"):
                # "A source close to the Treasury", "Two people briefed on the matter"
                picked.insert(0, tok)
                continue
        if word == "by" and picked:
            # "A report by the auditor found", "Figures compiled by the charity X show": the
            # document by the body is the source.
            document = _DOCUMENT_BY.search(outside, max(clause_start, tok.start() - 40), tok.end())
            # ("Economists polled by Copperline had expected 3.2%": the people polled)
            document = document or _POLLED_BY.search(
                outside, max(clause_start, tok.start() - 40), tok.end()
            )
            if document:
                return document.start(), picked[-1].end()
        if (
            word in _WHERE_SOMEONE_IS
            and picked
            and index >= 2
            and (
                (
                    _DOING.fullmatch(tokens[index - 1].group(0))
                    and tokens[index - 2].group(0).lower() not in _STOP_WORDS
                )
                or (
                    _DONE.fullmatch(tokens[index - 1].group(0))
                    and tokens[index - 2].group(0).lower() in speakers.DOCUMENT_WORDS
                )
            )
        ):
            # "A student waiting on the platform said", "Nurses working at the hospital
            # said": the person doing it where, not the place; "Figures tabled in the
            # assembly show", "Documents filed in court show": the document, given where
            picked.insert(0, tok)
            continue
        if word in _STOP_WORDS and not (
            # (a capitalised small word inside a name, after a title or a role: "Datuk Nor
            # Hazlina Abdul Ghani", "director Nor Hazlina")
            tok.group(0)[:1].isupper()
            and picked
            and picked[0].group(0)[:1].isupper()
            and index > 0
            and (
                tokens[index - 1].group(0)[:1].isupper()
                or tokens[index - 1].group(0).lower() in speakers.ROLE_WORDS
            )
        ):
            break
        if word in _OBJECT_PREPOSITIONS and not picked:
            break
        if (
            picked
            and word.endswith("ed")
            and tok.group(0).islower()  # (not a name: "Fred the builder said")
            and picked[0].group(0).lower() in _QUANTIFIERS
            and _people(picked[-1].group(0).lower())
            and (index == 0 or tokens[index - 1].group(0).lower() not in _RELATIVES)
        ):
            # "Your report quoted several traders who say": a verb and its object (but "The
            # company that employed the workers said" is the company's, a clause in the subject)
            break
        picked.insert(0, tok)
        if len(picked) >= 12:
            break
    while picked and picked[0].group(0).lower() in _OBJECT_PREPOSITIONS:
        picked.pop(0)
    if (
        len(picked) > 2
        and picked[0].group(0) in _DAYS_AND_MONTHS
        and picked[1].group(0).isdigit()
        and picked[2].group(0)[:1].islower()
    ):
        del picked[:2]  # "On April 4 the ministry said"
    if (
        len(picked) > 1
        and picked[0].group(0).isdigit()
        and (len(picked[0].group(0)) <= 2 or _A_YEAR.fullmatch(picked[0].group(0)))
        and picked[1].group(0).lower() in _DETERMINERS
    ):
        # "On May 1 the Mayor said", "In May 2025 the County Court found" ("May" stopped the
        # look back as a verb)
        picked.pop(0)
    if (
        len(picked) > 1
        and picked[0].group(0) in _DAYS_AND_MONTHS
        and picked[1].group(0)[:1].islower()
    ):
        # ("On Thursday police said", "In January the Rivers Board wrote": the police, the
        # board; "Friday Foods said" stays)
        picked.pop(0)
    # "Hours later the band posted", "Two days later the mayor said", "Later the club said":
    # the time that opens the sentence is not the source's.
    # ("Later Life Ambitions said", "Meanwhile Gardens Trust said": a name, kept whole.)
    words = [tok.group(0).lower() for tok in picked[:4]]
    after = next((i for i, w in enumerate(words) if w in _LATER), None)
    if (
        after is not None
        and after + 1 < len(picked)
        and all(w in _TIME_UNITS or w in NUMBER_WORDS or w.isdigit() for w in words[:after])
        and (after > 0 or picked[1].group(0)[:1].islower())
    ):
        del picked[: after + 1]
    if not picked:
        return None
    if len(picked) == 2 and picked[0].group(0) == "the" and picked[1].group(0) in _DAYS_AND_MONTHS:
        return None  # "questions about the March note": a month or a day speaks for no one
    # A lone lower-case common word ("officials" is fine, "ago" is not) must look like a source:
    # capitalised, a pronoun, a determiner phrase or a plural noun.
    first = picked[0].group(0)
    if len(picked) == 1 and first.lower() in _OWNERS_ONLY:
        return None  # "our Have Your Say page": an owner's word names no one who says
    lone_common_word = len(picked) == 1 and first.islower() and first not in _PRONOUNS
    if lone_common_word and (
        first in speakers.DOCUMENT_WORDS or first in speakers.ORG_WORDS or first in _HEADLINE_ROLES
    ):
        # "…, study finds", "…, authority says", "…, minister confirms": a document, a body or
        # a role closing its headline after a comma ("whose report found" is the body's).
        lone_common_word = not outside[: picked[0].start()].rstrip().endswith(",")
    if lone_common_word and not first.endswith("s") and first not in _SOURCE_NOUNS:
        return None
    if head_end is not None:
        if picked[0].start() >= head_end:
            return None  # nothing but the place: no source
        return picked[0].start(), head_end
    return picked[0].start(), picked[-1].end()


# An owner's word alone before a cue is no source ("our Have Your Say page"); before "say" it
# makes the word a noun ("have your say", "had their say").
_OWNERS_ONLY = frozenset(["your", "my", "our", "its"])
# (theirs, his and hers too: "had their say"; alone before a cue they name a person)
_OWNER_BEFORE = re.compile(
    rf"\b(?i:{'|'.join(sorted(_OWNERS_ONLY | {'their', 'his', 'her'}))})\s+$"
)
# Where someone who is doing something is, after the verb in -ing: "waiting on the platform".
_WHERE_SOMEONE_IS = frozenset("on at in by outside inside near behind along across before".split())
_DOING = re.compile(r"[a-z]{2,}[^aeiou\W]ing")
_DONE = re.compile(r"[a-z]{2,}(?:ed|en)|laid|shown|seen|given|put|read|sent|kept|held|made")
_STANDING_FOR = re.compile(
    r"\s*((?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?:representing|serving"
    r"|employing|organising|organizing)\s+[^,;:()“”\"]{1,60}?)\s*$"
)
_PLURAL_OPENING = re.compile(r"[A-Z][a-z]+[a-rt-z]s")  # "Growers", "Hawkers"; not "NADMO"


def _one_who_speaks(source: str) -> bool:
    """Is the source a person, people or a body (a name, a pronoun, a role's or a body's word
    last), not a thing or an event ("The defeat", "Saturday's win", "The new law")?"""
    words = source.split()
    if not words:
        return False
    last = words[-1].lower().strip(".,'’")
    if len(words) == 1 and last in _NAMEABLE_PRONOUNS:
        return True
    if len(speakers.person_name(source).split()) >= 2 or (
        source[:1].isupper()
        and not source.lower().startswith(("the ", "a ", "an ", "his ", "her "))
    ):
        return True  # (a name, a person's or a body's: "Ann Lee", "Kestrel Buses")
    return last in speakers.ROLE_WORDS or last in speakers.ORG_WORDS or _people(last)


def _people(word: str) -> bool:
    """People, by a plural noun: "traders", "nurses", "men"."""
    return (
        word in _PEOPLE_NOUNS
        or word.removesuffix("s") in speakers.ROLE_WORDS
        or word in ("men", "women", "children")
    )


# A clause that says why people are not named, not who they are: "Officials who spoke on
# condition of anonymity said" are the officials.
_UNNAMED_BECAUSE = re.compile(
    r"anonymity|not (?:to )?be (?:named|identified)|(?:not|n['’]t) authori[sz]ed|to be named"
    r"|(?:declined|refused|asked not|did not want|didn['’]t want) to (?:give|share|be|have)"
    r" (?:their|his|her)? ?names?|without being named|condition that"
)


_UNNAMED_AT_LENGTH = re.compile(r"\bbecause\b|authori[sz]ed|allowed|permitted", re.IGNORECASE)
# Roles whose plural is a surname too: "Masters said" after "Dan Masters".
_SURNAMES_OF_ROLES = frozenset("masters sellers stewards bishops deacons clerks".split())
# Words that make a description before a name a clause, not a role: "led by retired judge A
# Name", "unlike her brother A Name".
_JOINERS_IN_A_ROLE = frozenset(
    "by of for at in on with from to and unlike like including except besides than as".split()
)
# The words an unnamed source opens with: "A resident", "Two officials", "One of the nurses".
_UNNAMED_OPENINGS = frozenset("a an one two three four five several some another".split())


def _people_described(source: str, clause: str) -> bool:
    """Is `source` people by a plural noun ("Parents", "Two people", "traders"), whom the
    relative `clause` after it ("who spoke at the meeting") tells apart?"""
    words = source.split()
    if not words or not clause.lstrip().startswith("who") or not 2 <= len(clause.split()) <= 12:
        return False
    last = words[-1]
    lower = last.lower()
    plural = _people(lower) and (lower.endswith("s") or lower in ("people", "men", "women"))
    return plural and last[1:].islower() and not _UNNAMED_BECAUSE.search(clause)


def _doers(word: str) -> bool:
    """People by the work they do, a plural in small letters: "growers", "hawkers", "renters"
    (not a document's "papers", "orders", "letters", nor "others")."""
    lower = word.lower()
    return (
        lower.endswith("ers")
        and word[1:].islower()
        and len(lower) > 5
        and lower not in speakers.DOCUMENT_WORDS
        and lower not in _NOT_DOERS
    )


_NOT_DOERS = frozenset("others papers orders letters numbers matters waters powers".split())
_QUANTIFIERS = NUMBER_WORDS | frozenset(
    "the a an his her their its our several many some most all few".split()
)
_RELATIVES = frozenset("that which who".split())
_CLOSE = frozenset("close familiar near linked".split())
# An outlet by the word its name ends in: "Sauti ya Ziwa FM", "Awaz-e-Punjab TV", "the Herald".
_AN_OUTLET = re.compile(
    rf"(?-i:[A-Z])[\w'’-]*\s+(?i:{'|'.join(sorted(MEDIA_WORDS))})$|(?-i:[A-Z]{{2,}}\s+(?:TV|FM))$"
)
# A first name set off as a person of its own: "One pupil, Ahmed, 11,", "Mia, 9, said", ", Tom,
# said" (after a comma or at a sentence's start, then a comma and an age or a verb of saying).
_SET_OFF_FIRST_NAME = re.compile(
    r"(?:^|(?<=, ))([A-Z][\w'’-]+),\s+(?:\d{1,3},|(?:also |then )?(?:said|says|told|added)\b)",
    re.MULTILINE,
)
# A name given as someone's: "His son, also named Tom, said …".
_NAMED_SO = re.compile(r"\b(?:named|called) ([A-Z][\w'’-]*)\b")
# What follows a person's full name where the text brings them in.
_AS_A_PERSON = re.compile(r"[,.;:]|\s+\(|\s+[a-z]|\s*$")
# What a body is called in its own sentence ("Corvantis said it would appeal", "Lumenfield,
# which has run the festival since 2017, said …"): no person.
_A_BODYS_PRONOUN = re.compile(r"\b(?:it|its|which|it['’]s)\b")
_CLOSE_OBJECTS = frozenset("her him them his their".split())  # "close to her (family)"
_TO_SOMEONE = _CLOSE | frozenset("aide aides adviser advisers advisor advisors".split())
_MESSAGES = frozenset("email e-mail message letter memo note notice circular statement".split())
_CHAIN_PREPOSITIONS = _GROUP_PREPOSITIONS | _OBJECT_PREPOSITIONS | {"near", "outside", "inside"}
_LEADING_WORDS = _DETERMINERS | {"your", "my", "some", "local", "many"}


def _group_of_people(tokens: list[re.Match], index: int) -> tuple[int, int | None] | None:
    """Where the people or the body start whose phrase runs on through prepositions to
    `tokens[index]` ("Owners of businesses on Front Street in", "Your critics in", "Police in",
    "The ministry in", "Sources close to the minister in"), with None for the phrase's end; or
    the span of the person named at its head ("Dr A Name of the hospital in"); or None. The
    farthest head within the clause wins."""
    head, named = None, None
    for k in range(index - 1, max(-1, index - 10), -1):
        word = tokens[k].group(0).lower()
        following = tokens[k + 1].group(0).lower()
        # (a stop word ends the chain, but "close to", "aides to" go on)
        to_someone = word == "to" and k > 0 and tokens[k - 1].group(0).lower() in _TO_SOMEONE
        if word in _STOP_WORDS and word not in _CHAIN_PREPOSITIONS and not to_someone:
            break
        chained = following in _CHAIN_PREPOSITIONS or following in _CLOSE
        chained = chained or (following == "to" and word in _TO_SOMEONE)
        if not chained:
            continue
        if (
            word in _PEOPLE_NOUNS
            or word in _PERSON_NOUNS
            or word in speakers.ROLE_WORDS
            or word.removesuffix("s") in speakers.ROLE_WORDS
            or word in speakers.ORG_WORDS
        ):
            head = k
        elif following in ("of", "at", "from") and tokens[k].group(0)[:1].isupper():
            # "Dr A Name of the hospital in Ravensby said": the person the chain names, when
            # nothing before them heads it ("Patients of Dr A Name at the clinic in …")
            first = k
            while first > 0 and tokens[first - 1].group(0)[:1].isupper():
                first -= 1
            text = " ".join(t.group(0) for t in tokens[first : k + 1])
            person = speakers.person_name(text)
            if len(person.split()) >= 2 and text.endswith(person):
                named, head = (tokens[k].end() - len(person), tokens[k].end()), None
    if named is not None and head is None:  # (a head found farther back wins)
        return named
    if head is None:
        return None
    # (with whose it is and its kind before it: "The drivers' union in", "the state nurses'
    # union in")
    for _ in range(3):
        before = tokens[head - 1].group(0) if head > 0 else ""
        lower = before.lower()
        if not before or lower in _LEADING_WORDS or lower in _STOP_WORDS:
            break
        if not (before.endswith(("'", "’", "'s", "’s")) or before.islower()):
            break
        head -= 1
    while head > 0 and tokens[head - 1].group(0).lower() in _LEADING_WORDS:
        head -= 1
    if head > 0 and tokens[head - 1].group(0).lower() == "to":
        # "An email sent to staff at the school in Corby said": the people it went to are
        # not its source; the message is.
        for k in range(head - 2, max(-1, head - 6), -1):
            if tokens[k].group(0).lower() in _MESSAGES:
                while k > 0 and tokens[k - 1].group(0).lower() in _LEADING_WORDS:
                    k -= 1
                return tokens[k].start(), None
        return None
    return tokens[head].start(), None


_OBJECT_PRONOUN = re.compile(r"\s+(him|her|them)(?=\s*[,.;]|\s*$)", re.IGNORECASE)


# A pronoun opening the sentence, the subject of the verbs that follow ("She voted against the
# plan but said …").
_LEADING_PRONOUN = re.compile(r"(?:He|She|It|They)(?=\s+[a-z])")


def _closing_source_after(outside: str, cue_end: int) -> tuple[int, int] | None:
    """A source after the cue only where it closes the sentence: "An earlier version said the
    zone took in 1,510 holdings" and "It denied the claims and said every delivery had been
    signed for" name no one after the cue (a clause follows it, not a source)."""
    span = _source_after(outside, cue_end)
    if span is not None and (
        not _SENTENCE_TAIL.match(outside, span[1]) or FINITE_VERB.search(outside, span[0], span[1])
    ):
        return None
    return span


_DOCUMENTS_OF = speakers.DOCUMENT_WORDS | {"statement", "release", "letter", "bulletin"}


# A body's kind after the second of two trades it joins: "… and power company", "… and gas
# regulator", "… and sewerage authority".
_A_KIND_OF_BODY_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|its|their|his|her|our)\s)(?:[a-z][\w-]*\s+){0,2}(?:company|companies"
    r"|regulator|authority|board|utility|agency"
    r"|ministry|department|commission|union|association|firm|operator|provider|corporation"
    r"|council|service|services)\b"
)
# Small words, a role last, then a capital: the rest of a role before its holder's name.
_ROLE_BEFORE_A_NAME = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,4}}([a-z][\w-]*)\s+[{_UPPER}]")


def _source_after(outside: str, cue_end: int) -> tuple[int, int] | None:
    tail_end = min(len(outside), cue_end + _LOOK_AHEAD)
    m = _CLAUSE_CHAR.search(outside, cue_end, tail_end)
    if m:
        tail_end = m.start()
    if outside.find("-", cue_end, tail_end) != -1:
        m = _SPACED_HYPHEN.search(outside, cue_end, tail_end)
        if m:
            tail_end = m.start()
    picked: list[re.Match] = []
    document_of_a_body = False  # "data from …": the bodies that follow are its
    for tok in _TOKEN.finditer(outside, cue_end, tail_end):
        word = tok.group(0).lower().rstrip(".")
        if word == "by" and picked and picked[-1].group(0).endswith(("ed", "en", "wn")):
            picked.append(tok)  # "figures published by the regulator"
            continue
        if word in ("from", "by") and picked and picked[-1].group(0) in _DOCUMENTS_OF:
            # "according to data from the Planning Board, …", "according to a statement from
            # the diocese": a body's text, named with the body
            picked.append(tok)
            document_of_a_body = True
            continue
        if word in ("and", "&") and document_of_a_body:
            picked.append(tok)  # "data from banks and building societies"
            continue
        if word in ("and", "&") and picked and picked[-1].group(0)[:1].isupper():
            following = outside[tok.end() : tok.end() + 2].lstrip()[:1]
            if following.isupper():
                picked.append(tok)  # "the Federation of Port and Transport Workers"
                continue
        if (
            word in ("and", "&")
            and picked
            and picked[-1].group(0).islower()
            and _A_KIND_OF_BODY_AFTER.match(outside, tok.end(), tail_end)
        ):
            picked.append(tok)  # "the light and power company", "the oil and gas regulator"
            continue
        if word == "and" and picked and picked[-1].group(0).islower():
            # a portfolio of two parts in small letters before the role and the name: "says
            # state local government and housing committee chairman Datuk A Name"
            role = _ROLE_BEFORE_A_NAME.match(outside, tok.end(), tail_end)
            if role and role.group(1) in speakers.ROLE_WORDS:
                picked.append(tok)
                continue
        if word in ("to", "with") and picked and picked[-1].group(0).lower() in _CLOSE:
            picked.append(tok)  # "according to sources close to the club, …"
            continue
        if (
            word in _CLOSE_OBJECTS
            and len(picked) >= 2
            and picked[-2].group(0).lower() in _CLOSE
            and picked[-1].group(0).lower() in ("to", "with")
        ):
            picked.append(tok)  # "friends close to her", "people familiar with her thinking"
            if not _NEXT_WORD.match(outside, tok.end()):
                end = tok.end() - (outside[tok.end() - 1] == ".")
                return picked[0].start(), end  # (the pronoun ends the phrase)
            continue
        after_by = bool(picked) and picked[-1].group(0).lower() == "by"
        if word in _STOP_WORDS and not ((picked == [] or after_by) and word in ("this", "these")):
            break
        if word in _PRONOUNS and picked:
            # "according to records we obtained through a request.": the clause to the
            # sentence's end is the records'
            relative = _REDUCED_RELATIVE.match(outside, tok.start())
            # (only after the claim: "According to witnesses he fired twice" opens with it)
            after_the_claim = outside[:cue_end].rstrip().lower().rsplit(None, 2)[0].endswith(",")
            if relative and picked[-1].group(0)[:1].islower() and after_the_claim:
                end = relative.end()
                return picked[0].start(), end - (outside[end - 1] == ".")
            break
        picked.append(tok)
        if word in _PRONOUNS or len(picked) >= 12:
            break
    while picked and picked[-1].group(0).lower() in _OBJECT_PREPOSITIONS | _DETERMINERS:
        picked.pop()
    if not picked:
        return None
    # (a plain description, no body or place inside it: "the lines company", not "the mayor of
    # the nearby town, Dunmoor", "a spokeswoman for the carrier, Aerovane")
    described = picked[0].group(0).lower() in _DETERMINERS and not any(
        tok.group(0).lower() in _PHRASE_PREPOSITIONS for tok in picked
    )
    named = _name_in_apposition(outside, picked[-1].end(), bodies=described)
    if named is not None:
        return named  # "according to the shop's owner, Nadia Ferris."
    end = picked[-1].end()
    # "according to a 2025 analysis by the Center for Rural Health Access.", "said a trader at
    # a trading house in Pel Haro.": the phrases that end the sentence are the source's (after
    # a person's name they say where the words were said: see speakers.SpeakerBook.name).
    # (a document's or a description's time is part of it, as the sets write it: "a study
    # published on Wednesday", "a report presented to councillors on Monday", "residents
    # queuing at a tanker on Tuesday"; a body's or a person's is when they spoke)
    words = [tok.group(0).lower().rstrip(".,") for tok in picked]
    dated = any(word in speakers.DOCUMENT_WORDS for word in words) or (
        picked[0].group(0)[:1].islower() and speakers.ROLE_WORDS.isdisjoint(words)
    )
    # (a sentence that opens with its source, "According to HSE figures published in June,
    # …": the document's time runs to the comma)
    opening = _OPENING_ACCORDING_TO.fullmatch(outside, 0, cue_end) is not None
    end = _source_tail(outside, end, dated=dated, opening=opening and dated) or end
    if outside[end - 1] == "." and not _INITIALS_AT_END.search(outside, max(0, end - 40), end):
        end -= 1
    return picked[0].start(), end


_AGE = re.compile(r"\s*\d{1,3}\s*")
_PARTY_AND_STATE = re.compile(r"\(?[RDIL]-[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}\)?")
_NAME_BEFORE_BODY = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*)\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,]*$"
)
_PLACE_PREPOSITIONS = frozenset("at in on of from for near outside inside".split())
_RELATIVE_OPENING = re.compile(r"\s*(?:who|which|whose)\b")
# "Opposition islands spokesman A Name called …": descriptors, a role word, then the name.
_ROLE_THEN_NAME = re.compile(
    r"\s*((?:[\w'’.-]+\s+){0,4}?)(?:"
    + word_alternation(w for w in speakers.ROLE_WORDS if w.isalpha())
    # (and the trades no list holds in full: "Retired postman A Name", "ferryman", "linesman")
    + r"|(?-i:[a-z]{2,}(?:man|woman|person))"
    # (and a firm's or a worker's trade by its ending: "Kenyan tea exporter Kiambere Holdings",
    # "British carmaker Dunmore Motors", "dairy farmer A Name")
    # (a firm's trade by its ending, no verb's: "remember A Name")
    + r"|(?-i:[a-z]*(?:maker|builder|exporter|importer|producer|manufacturer|retailer|operator"
    + r"|developer|insurer|lender|carrier|miner|grower|supplier|distributor|refiner|brewer"
    # (a carpenter in small letters: "Carpenter" is a surname as often)
    + r"|carpenter"
    + r"|trader|dealer|shipper|owner)))"
    + r"\s+((?-i:(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*))(?=\s*,|\s+(?-i:[a-z]))",
    re.IGNORECASE,
)
_NOT_A_DESCRIPTOR = frozenset("said says told and or but was is were are has have had".split())


def _role_then_name(outside: str, start: int = 0) -> tuple[int, int] | None:
    m = _ROLE_THEN_NAME.match(outside, start)
    if m is None or not m.group(2)[:1].isupper():
        return None
    words = m.group(1).split()
    for k, word in enumerate(words):
        lower = word.lower()
        if lower == "and" and k and words[k - 1].lower() in speakers.ROLE_WORDS:
            continue  # two roles of one person: "PMPML chairman and managing director A Name"
        if lower in _NOT_A_DESCRIPTOR or (word.islower() and lower.endswith("ed")):
            return None  # "Police arrested shop owner A Name": a verb, not a descriptor
    trade = outside[: m.start(2)].split()[-1:]
    if not speakers.person_name(m.group(2)) and not (
        # (or a body's name after its trade in small letters: "tea exporter Kiambere Holdings")
        trade
        and trade[0].islower()
        and any(
            w.lower().rstrip(".,") in speakers.COMPANY_FORMS | speakers.ORG_WORDS
            for w in m.group(2).split()[1:]
        )
    ):
        return None
    return m.start(2), m.end(2)


# Words that open a phrase continuing a source to the end of its sentence: "an analysis by the
# Center for …", "a trader at a trading house in Pel Haro", "calculations based on customs data".
_OPENING_ACCORDING_TO = re.compile(r"\s*(?i:according to)\s*")
_TAIL_OPENERS = frozenset(
    "by in on at to from of for based published presented compiled released".split()
)
_TAIL_END = re.compile(r"[.!?]?[”\"’']?\s*$|,\s+(?:who|which)\b")
# A clause that qualifies a document without "that": "we obtained through a request", "they
# wore throughout the study", running to the sentence's end (checked apart).
_REDUCED_RELATIVE = re.compile(
    r"(?:we|they|i|he|she) (?:\w+ed|wore|saw|got|took|found|held|kept|made|read|sent|gave"
    r"|brought|bought|built|drew|wrote)\b[^,;:()“”\"—–!?\[]{0,100}?\.?"
    r"(?=[”\"’']?(?:\[\d{1,3}\])?\s*$)",
    re.IGNORECASE,
)


def _source_tail(
    outside: str, end: int, *, dated: bool = False, opening: bool = False
) -> int | None:
    """Where a source phrase ending at `end` really ends, if prepositional phrases run from it
    to the end of the sentence (at most 14 words, no clause punctuation); else None. `dated`:
    a time that ends the phrase is the source's own (a document's date), kept. `opening`: the
    sentence opens with the source ("According to …, …"), which its comma ends."""
    # (14 words fit well within _TAIL_REACH characters: a sentence of hundreds of cues is read
    # a window a cue, not to its end each time)
    reach = min(len(outside), end + _TAIL_REACH)
    clause = _CLAUSE_CHAR.search(outside, end, reach)
    if clause is None and reach < len(outside):
        return None
    stop = clause.start() if clause else len(outside)
    tail = outside[end:stop]
    words = tail.split()
    if not words or len(words) > 14:
        return None
    if words[0].lower() not in _TAIL_OPENERS and not (
        words[0].lower() == "with" and _filed_with(outside[:end])
    ):
        return None
    at_comma = opening and outside[stop : stop + 1] == ","
    if not at_comma and not _TAIL_END.match(outside, end + len(tail.rstrip(" .!?”\"’'"))):
        return None
    kept = tail.rstrip(" .!?”\"’'")
    # (a clause of its own ends the phrases: "shouted a woman in the public gallery as the vote
    # was taken"; not "a report published after the vote")
    clause_opener = _CLAUSE_IN_A_TAIL.search(kept)
    if clause_opener and FINITE_VERB.search(kept, clause_opener.end()):
        kept = kept[: clause_opener.start()]
    when = None if dated else _TRAILING_WHEN.search(kept)
    return end + (when.start() if when else len(kept))


_TAIL_REACH = 600
_CLAUSE_IN_A_TAIL = re.compile(r"\s+(?:as|when|while|after|before|because|until|once)\s+")


def _filed_with(phrase: str) -> bool:
    """Does `phrase` end on a document or its participle, which a "with" phrase goes on ("a
    filing with the securities regulator", "tables published with the Budget Review"; not
    "said the mayor with a smile")?"""
    last = phrase.rstrip().rsplit(None, 1)[-1].lower() if phrase.strip() else ""
    return last in speakers.DOCUMENT_WORDS or (last.endswith("ed") and last.isalpha())


# A time phrase that ends such a tail is when, not who: "… by the Fiscal Office on Tuesday."
_TRAILING_WHEN = re.compile(
    r"\s+(?:(?:on|last|this|early|late|earlier|later)\s+[\w]+|yesterday|today)\.?$", re.IGNORECASE
)
_APPOSED_NAME = re.compile(
    # (after a second description, perhaps: "according to its organiser, the local pastor, A
    # Name.")
    r",\s*(?:(?:the|a|an|his|her|its|their)\s+[a-z][\w'’ -]{0,40},\s*)?"
    r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*?)"
    # (a party and state or an age after it: "…, Sen. A Name, R-Hollisford.")
    # (where the person works or comes from: "…, its lead author, Dr. A Name of Pellham
    # University.")
    r"(\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w'’.-]*){0,5})?"
    r"(?:,\s*(?:\(?[RDIL]-[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}\)?|\d{1,3}))?"
    # (or a relative clause about the person to the sentence's end: "…, said her granddaughter,
    # A Name, 22, who studied on the same course.")
    # (or what they are, to the sentence's end: "…, said the seller, Mr A Name, 46, an engineer
    # who has since moved.")
    r"(?:,\s+(?:who|whose)\b[^“”\"]*?|,\s+an?\s+[a-z][^“”\"]*?)?\.?\s*[.!?]?\s*$"
)


_PHRASE_PREPOSITIONS = _GROUP_PREPOSITIONS | _OBJECT_PREPOSITIONS | {"by"}


def _name_in_apposition(outside: str, end: int, *, bodies: bool) -> tuple[int, int] | None:
    """A name set off by a comma that ends the sentence right after a source phrase: the
    person the phrase describes ("said Morant's envoy, Ilya Brant."), or with `bodies` (a
    phrase that describes: "the lines company") the body it names ("…, Ruakino Power.")."""
    m = _APPOSED_NAME.match(outside, end)
    if m is None:
        return None
    name = m.group(1)
    if " " not in name and not bodies:
        return None  # (one word after "the mayor of the nearby town," is the town: "Dunmoor")
    if speakers.person_name(name) or (bodies and speakers.organisation(name) == name):
        if not _DAYS_AND_MONTHS.isdisjoint(name.split()):
            return None  # "…, the ministry said Tuesday": no name
        # (with where the person is from, which closes the sentence as a source's tail does:
        # see speakers.SpeakerBook.name)
        return m.start(1), m.end(2) if m.group(2) else m.end(1)
    return None


_OPENING_PHRASE = re.compile(
    r"(?:(?:later|earlier|meanwhile|however|separately|instead|still|speaking|asked|responding"
    r"|writing|addressing|reacting|afterwards|yesterday|today|on|in|at|after|before|during"
    r"|last|since|outside)\b[^,.;:“”\"]{0,80},\s+"
    # (and the place's town or region, when a description and a name follow: "In Tudun Wada,
    # Zaria, a trader, A Name, said")
    r"(?-i:(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*,\s+(?=an?\s+[a-z][\w\s'’-]{0,40},\s+[A-Z]))?"
    # (a turn in a debate or a hearing, its comma at once or after small words: "Intervening,
    # the opposition's spokesman, A Name, …", "Replying to the minister, …"; not "Rising Stars
    # Academy, a youth charity, said")
    r"|(?:intervening|interrupting|replying|answering|concluding|continuing|rising|summing\s+up)"
    r"(?:\s+(?-i:[a-z])[^,.;:“”\"]{0,80})?,\s+"
    # (an ordinal of a list of points, alone before its comma: "Second, the Minister …")
    r"|(?:first|second|third|fourth|finally|lastly|secondly|thirdly),\s+)"
    r"(?!\d)",  # (not up to a name's age: "Despite her objections Okafor, 39, said")
    re.IGNORECASE,
)


# A dateline: the place in capitals, its region or date after commas, the agency in brackets,
# then a dash or a colon ("RAVENSWICK, England, Feb 24 (Ostlund) - ", "OTTAWA (CP) — ",
# "MUMBAI, March 3 (PTI): "). A comma or a bracket must follow the place: "NHS — " is a subject.
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+)*"
    r"(?:(?:,(?: [A-Z][\w.'’-]*)+(?: \d{1,2})?)+(?:, \d{4})?(?: \([^()]{1,30}\))?"
    r"|(?: \([^()]{1,30}\)))"
    # (a release wire's, its name between slashes and two hyphens after it or after the date:
    # "KUALA LUMPUR, Malaysia, Jan. 12, 2027 /Pressbeacon/ -- "; not "NHS, BMA -- both …")
    r"(?: /[^/\s][^/]{0,30}/)?"
    r"(?:,?\s*[-–—:]\s+|(?<=[\d/])\s*--\s+)"
)


# What a phrase with "of" after it names as one source: "A group of residents", "The village of
# Gilcrest".
_GROUPS_OF = frozenset(
    """group coalition alliance team family families village town city municipality county
    association federation union committee panel network consortium delegation band crowd
    collective""".split()
)


def _subject(outside: str) -> tuple[int, int] | None:
    """The subject at the start of a sentence: a capitalised run or a determiner phrase."""
    # (after a wire story's dateline: "LONDON, Feb 24 (Ostlund) - Heddleston Homes cut …",
    # "DHAKA - Union leaders …")
    dateline = _DATELINE.match(outside) or _PLACE_AND_DASH.match(outside)
    start = dateline.end() if dateline else 0
    named = _role_then_name(outside, start)
    if named is not None:
        return named
    # "Later, A Name, the captain's sister, said": the subject comes after an opening phrase.
    opening = _OPENING_PHRASE.match(outside, start)
    tokens = list(
        itertools.islice(_TOKEN.finditer(outside, opening.end() if opening else start), 10)
    )
    picked: list[re.Match] = []
    for i, tok in enumerate(tokens):
        word = tok.group(0)
        lower = word.lower()
        if i == 0 and lower in _DETERMINERS:
            picked.append(tok)
            continue
        named_run = len(picked) >= 2 and picked[0].group(0).lower() not in _DETERMINERS
        # (an apposition after the comma, not a list of names: "Mr Kerr, Ms Patel and …")
        if named_run and "," in outside[picked[-1].end() : tok.start()] and word[:1].islower():
            break  # "Fiona Leckie, chief executive of …, welcomed …": the name before the comma
        determined = picked and picked[0].group(0).lower() in _DETERMINERS
        if determined and lower in _RELATIVES and "," in outside[picked[-1].end() : tok.start()]:
            break  # "The governor, who was represented by …, said": the phrase before the comma
        if (
            lower in ("and", "&", "of")
            and picked
            and picked[-1].group(0)[:1].isupper()
            and i + 1 < len(tokens)
            and tokens[i + 1].group(0)[:1].isupper()
        ):
            picked.append(tok)  # "The Carrow and Ullin Business Association said"
            continue
        if (
            lower in speakers.NAME_PARTICLES
            and picked
            and picked[-1].group(0)[:1].isupper()
            and i + 1 < len(tokens)
            and tokens[i + 1].group(0)[:1].isupper()
            and "," not in outside[picked[-1].end() : tokens[i + 1].start()]
        ):
            picked.append(tok)  # "Norazlina binti Che Embong", "Pieter van Rooyen said"
            continue
        if lower == "of" and len(picked) == 1 and picked[0].group(0).lower() in _QUANTITIES:
            picked.append(tok)  # "Hundreds of traders protested …, arguing": the traders
            continue
        if (
            lower == "of"
            and len(picked) == 2
            and picked[0].group(0).lower() in _DETERMINERS
            and picked[1].group(0).lower() in _GROUPS_OF
        ):
            # "A group of residents has asked …, arguing", "The village of Gilcrest has sued
            # …, claiming": the group and whom it is of
            picked.append(tok)
            continue
        if lower in _STOP_WORDS or lower in _OBJECT_PREPOSITIONS:
            break
        if (
            picked
            and lower in speakers.ROLE_WORDS
            and any(t.group(0)[:1].isupper() for t in tokens[i + 1 : i + 4])
        ):
            picked.append(tok)  # "Veldian foreign minister Petra Salo"
            continue
        if word[0].isupper() or (picked and picked[0].group(0).lower() in _DETERMINERS):
            if not word[0].isupper() and FINITE_VERB.fullmatch(lower):
                break  # "The minister left early, saying …": the subject ends at its verb
            picked.append(tok)
            # (three words at most, six with a group's "of": "The family of the dead man")
            longest = 6 if len(picked) > 2 and picked[2].group(0) == "of" else 3
            if not word[0].isupper() and (lower.endswith("ed") or len(picked) > longest):
                picked.pop()
                break
        elif picked and (
            lower in _PEOPLE_NOUNS or (lower.endswith("s") and lower[:-1] in speakers.ROLE_WORDS)
        ):
            picked.append(tok)  # "Planning officers had recommended …, saying": the officers
            break
        else:
            break
    if picked and picked[-1].group(0) == "of":
        del picked[-2:]  # ("A group of about 40 …": cut at its "of", the phrase names no one)
    if not picked or (len(picked) == 1 and picked[0].group(0).lower() in _DETERMINERS):
        return None
    if picked[-1].group(0)[:1].isupper():
        # "SerayaRail group chief executive A Name apologised": a body, its role, the person
        # (not "Police arrested shop owner A Name": a verb, then its object).
        m = _ROLE_AFTER_A_BODY.match(outside, picked[-1].end())
        words = m.group(1).split() if m else []
        described = all(w in speakers.ROLE_WORDS or w in _ROLE_MODIFIERS for w in words)
        if m and described and not speakers.ROLE_WORDS.isdisjoint(words):
            person = speakers.person_name(m.group(2))
            if len(person.split()) >= 2 and m.group(2).endswith(person):
                return m.end(2) - len(person), m.end(2)
    role = picked[-1].group(0)
    if role.islower() and role in speakers.ROLE_WORDS and picked[0].group(0).lower() == "the":
        # "The acting director-general of the national Department of Water, A Name, visited
        # … and said": the role's holder, named between the commas
        m = _OF_A_BODY_THEN_NAME.match(outside, picked[-1].end())
        if m and len(speakers.person_name(m.group(1)).split()) >= 2:
            person = speakers.person_name(m.group(1))
            return m.end(1) - len(person), m.end(1)
    return picked[0].start(), picked[-1].end()


_OF_A_BODY_THEN_NAME = re.compile(
    r"\s+(?:of|for|at)\s+[^,;:.“”\"]{3,80},\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),"
)


_QUANTITIES = frozenset("hundreds thousands dozens scores millions tens".split())
# Words a role may carry besides role words: "SerayaRail group chief executive A Name".
_ROLE_MODIFIERS = frozenset("group its the regional national global joint".split())
_ROLE_AFTER_A_BODY = re.compile(
    r"\s+((?:[a-z][\w-]*\s+){1,4})([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
)


# The words a cue can start with (the word-by-word fallback tries the cue regex at each).
_CUE_START_WORDS = frozenset(
    [*_SAY_VERB_LIST, *_CUE_OPENERS, "according", "declined", "in", "did", "didn't", "didn’t"]
)
_WORD = re.compile(r"[A-Za-z]+")
# The word every cue contains: a verb of saying, "according" or "declined". Found in the
# lower-cased text by one trie-shaped regex (cheap enough to run on every sentence); the full cue
# regex then runs only at that word and at the opening words right before it.
CUE_WORDS = frozenset(
    [
        *(verb.split()[0] for verb in _SAY_VERB_LIST if " quoted " not in verb),
        "quoted",
        *("according", "per", "declined", "respond", "reply", "return", "answer", "reached"),
        "pick",  # ("did not pick up calls")
        # (a plan's own verbs: see _PLAN_SAYS)
        *("aims", "sets", "lists", "targets", "envisages", "calls"),
    ]
)
_CUE_CORE = re.compile(whole_words(word_alternation(CUE_WORDS)))
_WORDS_OPENING_A_CUE = _CUE_OPENERS | {
    "was",
    "were",
    "is",
    "in",
    "a",
    "statement",
    "did",
    "not",
    "didn't",
    "didn’t",
    "wouldn't",
    "wouldn’t",
    "hasn't",
    "hasn’t",
    "haven't",
    "haven’t",
    "won't",
    "won’t",
    "doesn't",
    "doesn’t",
    "do",
    "does",
    "immediately",
    "be",  # "could not (immediately) be reached": nothing said
    "could",
    "can",
    "couldn't",
    "couldn’t",
    "cannot",
}


def _cue_matches(outside: str, cores=None) -> list[re.Match]:
    """Like list(_CUE.finditer(outside)), but the regex only runs where a cue can start.

    `cores`: where the words every cue contains start, if the caller found them already.
    """
    if cores is None:
        # (Lower-cased letter for letter, as the word scan does: "İ" would shift the offsets.)
        cores = [m.start() for m in _CUE_CORE.finditer(lower_keeping_offsets(outside))]
    # Below, only spaces are looked for in `outside` and only single words are lower-cased.
    matches = []
    resume = 0
    for core in cores:
        if core < resume:
            continue
        # "has also said", "would have told", "in a statement said": up to four words before
        # the verb can open the cue; the earliest that does wins, as in a left-to-right scan.
        starts = [core]
        while len(starts) < 5:
            first = starts[0]
            if first < 2 or not outside[first - 1].isspace():
                break
            if outside[first - 1] == " " and not outside[first - 2].isspace():
                # The usual case, one space before: the word before without slicing a window.
                lowest = max(resume, first - 24)
                word_start = outside.rfind(" ", lowest, first - 1) + 1 or lowest
                if outside[word_start : first - 1].lower() not in _WORDS_OPENING_A_CUE:
                    break
                starts.insert(0, word_start)
                continue
            chunk = outside[max(resume, first - 24) : first]
            stripped = chunk.rstrip()
            word = stripped.rsplit(None, 1)[-1].lower() if stripped else ""
            if len(stripped) == len(chunk) or word not in _WORDS_OPENING_A_CUE:
                break
            starts.insert(0, starts[0] - (len(chunk) - len(stripped)) - len(word))
        for start in starts:
            m = None if start < resume else _CUE.match(outside, start)
            if (
                m
                and outside[start : start + 3].lower() == "say"
                and _OWNER_BEFORE.search(outside, max(0, start - 8), start)
            ):
                continue  # "have your say", "Have Your Say page": a say, the noun
            if m:
                resume = m.end()
                matches.append(m)
    return matches


# A title before a name, of any style ("Dr", "Hon.", "Engr.", a Dutch "drs."; not "Nor" of "Nor
# Hafizah"): the abbreviations the segmenter keeps before a name.
_TITLE_BEFORE = rf"(?:(?i:{'|'.join(sorted(TITLES, key=len, reverse=True))})\.?\s+)?"
# A name's particles ("binti", "ter", "van der"), longest first.
_PARTICLE_WORDS = "|".join(re.escape(p) for p in sorted(speakers.NAME_PARTICLES, key=len)[::-1])
# A name closing a phrase, its particles in small letters with it ("Norazlina binti Che Embong").
# (a joined particle is a word of the name, and no name starts inside a word: "Sawahil al-Bahr
# Marine Products, which …", never "Bahr Marine Products")
_NAME_WORD_AT_END = rf"(?:[{_UPPER}][\w'’.-]*|{speakers.JOINED_PARTICLE.pattern})"
_NAME_AT_END = re.compile(
    rf"(?<![\w-])(?:{_NAME_WORD_AT_END}\s+(?:(?:{_PARTICLE_WORDS})\s+)?){{1,4}}"
    rf"{_NAME_WORD_AT_END}(?=\s*$)"
)
# After a role, its body and the person who holds it: "… Member for Transport, Halima Dzame,",
# "the Commissioner for Finance, Dr. Kehinde Ogunlade,".
_BODY_THEN_NAME = re.compile(
    rf"(?:\s+(?:for|of|at)\s+(?:the\s+)?[{_UPPER}][\w'’&.-]*(?:\s+(?:[{_UPPER}][\w'’&.-]*|and|&|of"
    # (a title of any style before the name: "Dr", "Hon.", "Engr.", a Dutch "drs."; and a
    # particle inside it: "Nor Hafizah binti Abdul Rasyidi", "Femke ter Horst")
    rf"|the))*)?,\s+({_TITLE_BEFORE}"
    rf"[{_UPPER}][\w'’.-]*(?:\s+(?:(?:{_PARTICLE_WORDS})\s+)?[{_UPPER}][\w'’.-]*){{1,4}}),"
)


_PLACE_OPENINGS = frozenset(
    "north south east west northern southern eastern western central new upper lower".split()
)
_CAPITAL_NEXT = re.compile(rf"\s+[{_UPPER}]")


def _name_after_role(outside: str, span: tuple[int, int]) -> tuple[int, int]:
    """The person a role source names in apposition ("The County Executive Committee Member
    for Transport, Halima Dzame, defended …"), or the span as found."""
    written = outside[span[0] : span[1]].split()
    words = [w.lower().strip(".,'’") for w in written]
    if not any(w in speakers.ROLE_WORDS and w not in speakers.ORG_WORDS for w in words):
        return span
    if written[-1].islower() and words[-1] not in speakers.ROLE_WORDS:
        return span  # "the coach of the winning side, Kelby Harriers,": the side's name
    m = _BODY_THEN_NAME.match(outside, span[1])
    if m is None or len(speakers.person_name(m.group(1)).split()) < 2:
        return span
    if m.group(1).split()[0].lower() in _PLACE_OPENINGS or _CAPITAL_NEXT.match(outside, m.end()):
        return span  # "…, New Jersey, Steven Pell,": a place, then who knows
    return m.start(1), m.end(1)


# A place a source's phrase ends in: "… in Hatay", "… in Peru's Cordillera Blanca".
_A_PLACE_BEFORE_A_NAME = re.compile(
    r"\b(?:in|near|outside|across|around|below|above)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$"
)
_OPENING_REACH = 40  # where a subject that opens the sentence may start (after a dateline)
# Whom a message or a letter went to, never who wrote it: "The letter sent to parents on
# Friday said …" is the letter's.
_SENT_TO = re.compile(
    r"\b(?:sent|forwarded|addressed|circulated|emailed|mailed|handed|issued|distributed) to\s+$"
)


# A body or an office whose name is a list with commas: "the Ministry of Housing, Communities
# and Local Government", "the Department of Climate Change, Energy, the Environment and Water",
# "the Minister for Agriculture, Food and the Marine" (what comes before the last part).
_NAME_LIST_HEAD = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[a-z]+\s+){0,3}(?:for|of|from|at)\s+)?"
    r"\b(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,2}?(?:Ministry|Department|Minister|Secretary|Office"
    r"|Committee|Commission"
    r"|Bureau|Agency|Directorate|Cabinet Secretary|Secretary of State)\s+(?:of|for)\s+"
    r"(?:(?:the\s+)?[A-Z][\w'’&-]*,?\s+|and\s+)*?(?:the\s+)?$"
)
# The list itself, from the head's portfolio to the span's end: parts apart by commas, the last
# after "and" ("Housing, Communities and Local Government").
_NAME_LIST = re.compile(r"[^,]+(?:,\s+[^,]+)+\band\s+(?:the\s+)?[A-Z][^,]*")


_LISTED_BEFORE = re.compile(
    r"(?<=\b[Tt]he )(?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*,\s+"
    r"(?:(?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*,\s+)*$"
)


def _body_named_with_commas(outside: str, span: tuple[int, int]) -> tuple[int, int]:
    """The whole name of a body or office listed with commas, when the span found is its last
    part ("Communities and Local Government" -> "the Ministry of Housing, Communities and Local
    Government"); the span as found otherwise."""
    start, end = span
    bare = start + 4 if outside.startswith("the ", start) else start
    if not outside[bare : bare + 1].isupper():
        return span
    head = _NAME_LIST_HEAD.search(outside, max(0, start - 120), start)
    if head is None:
        # (or the list opens the name, its kind word last: "the Philippine Atmospheric,
        # Geophysical and Astronomical Services Administration (PAGASA)")
        last = outside[start:end].split()[-1].strip("(),").lower() if end > start else ""
        listed = _LISTED_BEFORE.search(outside, max(0, start - 120), start)
        if listed and " and " in outside[start:end] and last in speakers.ORG_WORDS:
            return listed.start(), end
        return span
    portfolio = re.search(r"\b(?:of|for)\s+", outside[head.start() : start])
    listed = outside[head.start() + portfolio.end() : end] if portfolio else ""
    return (head.start(), end) if _NAME_LIST.fullmatch(listed) else span


_ONE_NAME = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}]?[{_LOWER}]+)?")
_FOR_COMMENT = re.compile(r"(?: \w+){0,3}? for (?:a )?comments?\b")


def _can_be_reached(source: str) -> bool:
    """Can the source answer a call: a person, people, a role, a body or a pronoun?"""
    words = [w.strip(".,'’").lower() for w in source.split()]
    head = (
        words[0] if words and words[0] not in _DETERMINERS else words[1] if len(words) > 1 else ""
    )
    person = len(speakers.person_name(source).split()) >= 2 or speakers.honorific_of(source)
    return (
        bool(person)
        or any(
            w in _PEOPLE_NOUNS or w in speakers.ROLE_WORDS or w in speakers.ORG_WORDS
            for w in (head, words[-1] if words else "")
        )
        or (len(words) == 1 and words[0] in _NAMEABLE_PRONOUNS | {"it"})
    )


# A question about what someone says, a subhead over their answer: "What has the operator
# said?", "What do critics say?", "What are tenants and landlords saying?" — nobody speaks,
# though the answer's "It said …" means the body it names (see `attribute`).
_ASKS_WHAT_IS_SAID = re.compile(
    r"(?:What|How) (?:has|have|do|does|did|are|is|were|was|will) [^?!.]{1,60}"
    r" (?:said|say|saying|says|respond|responded|responding|react|reacted|reacting)\?"
)


def _own_attributions(text: str, outside: str, cores=None) -> list[Attribution]:
    found = []
    cue_list = _cue_matches(outside, cores)
    for m in cue_list:
        cue = m.group(0)
        start = m.start()
        near = outside[max(0, start - 64) : start].rstrip()
        previous_word = near.rsplit(None, 1)[-1:]
        previous = previous_word[0].lower() if previous_word else ""
        adjective = previous in _ADJECTIVES_BEFORE_A_NOUN and previous_word[0].islower()
        if (
            (previous in _NOUN_MARKERS or adjective)
            and m.group(0).lower() not in _QUOTES
            # ("Osabrim News said", "State media said …": a source; "news reports" a noun, and
            # "The mainstream media told lies" none: said and says only)
            and not (
                previous in _OUTLET_WORDS
                and (
                    m.group(0).lower() in _ONLY_VERBS
                    # (and what an outlet, a company, would not say: "Kilindo Press declined to
                    # comment", "Tanga Media did not respond to a request for comment")
                    or m.group(0).lower().startswith("declined")
                    or _NEGATION_IN_CUE.search(m.group(0).lower()) is not None
                )
            )
        ):
            # "the reports of", "such claims": a noun, not a verb of saying (but "State media
            # quoted …": only a verb is followed by "as saying")
            continue
        before_previous = near.rsplit(None, 2)[-2].lower() if len(near.split()) >= 2 else ""
        passive = before_previous in _PASSIVE_ENDINGS  # "who was dismissed claims …": the verb
        if m.group(0).lower() in _NOUN_OR_VERB and previous in _VERBS_OF_CLAIMS and not passive:
            continue  # "The firm rejected claims that …": the object of a verb, a noun
        if previous.endswith(("'s", "’s")) and cue.lower() in _OWNED_NOUNS:
            # "Editor's note:", "the council's claims": a noun after its owner ("Sainsbury's
            # said", "the council's said" are a name and a "has").
            continue
        following = _NEXT_WORD.match(outside, m.end())
        next_word = following.group(1).lower() if following else ""
        cue_lower = cue.lower()
        cue_words = cue_lower.split()
        # The verb of the cue: "told" in "told reporters", "said" in "has also said".
        # "declined to be interviewed", "did not respond to calls seeking comment": said
        # nothing, whatever words follow ("calls" is also a verb of colour).
        said_nothing = (
            "declined" in cue_words
            or not _NOTHING_SAID_VERBS.isdisjoint(cue_words)
            # "would not say whether …" (not "said", "has said")
            or (
                (cue_words[-1] in _NOT_SAID_ON or not _NO_REPLY.isdisjoint(cue_words))
                and _NEGATION_IN_CUE.search(cue_lower) is not None
            )
        )
        if said_nothing:
            cue_verb = "declined"
        elif (verb := next((w for w in cue_words if w not in _CUE_OPENERS), "")) in _TOLD_OR_ASKED:
            cue_verb = verb  # ("has told the Record": a newspaper's name, not the verb)
        else:
            cue_verb = next((w for w in reversed(cue_words) if w in _SAY_VERB_SET), cue_words[-1])
        # (what a forecasting body has forecast: "The department has forecast more heavy rain
        # …", its object the claim; not economists' numbers, nor the noun, "Demand forecasts")
        # (its initials after it: "The Chilean Meteorological Directorate (DMC) has forecast")
        forecaster = previous if previous[:1] != "(" else before_previous
        body_forecast = (
            cue_verb == "forecast"
            and cue_words[-2:-1] in (["has"], ["have"], ["had"])
            and forecaster.rstrip(".,") in _FORECASTERS
        )
        counted = (previous.isdigit() or previous in NUMBER_WORDS) and (
            next_word not in _COMPLEMENT_START
        )
        numbered = previous.isdigit() or previous in NUMBER_WORDS
        # (but a number opening the sentence is its subject: "Two confirmed the deal …")
        opening_number = numbered and len(near.split()) == 1
        if numbered and not opening_number and cue_verb.endswith("ed") and next_word != "that":
            continue  # "one of the two confirmed this week", "14 reported": a participle
        counted = counted or (
            cue_verb in _NOUN_OR_VERB
            and next_word != "that"
            and _COUNTED_BEFORE.search(outside, max(0, start - 40), start) is not None
        )
        if cue_verb in _NOUN_OR_VERB and (next_word in _AFTER_NOUN or counted):
            # "Insurance claims from the floods have reached...", "in 14 states.", "Ogun and 11
            # other southern states" (but "Article 5 states that …", "Anna Pereira, 34, claims
            # she …")
            continue
        if cue_verb == "states" and _PLACES_AND.search(outside, max(0, start - 40), start):
            continue  # "on farms in Kaduna and Kano states": places, not a verb of saying
        if cue_verb in ("added", "adds", "adding") and _adds_a_thing(text, outside, m.end()):
            continue  # (", adding R$ 1.88 to every bill": an amount, as "added £2")
        if cue_verb in ("said", "says") and _SAID_TO_BE.match(outside, m.end()):
            continue  # "A man said to be a contractor", "the chapel, said to date from 1790"
        if cue_verb in _NOUN_OR_VERB and cue[:1].isupper() and start:
            continue  # "Lab Notes: one discovery a week": a capitalised noun inside a name
        if cue[:1].isupper() and start and previous.rstrip(".") in speakers.ROLE_WORDS:
            continue  # "Brig. Gen. Said Abdullahi told …": a given name after a title
        reports_speech = cue_verb in _SAY_VERB_SET
        asked_someone = False
        if cue_verb in _QUESTION_VERBS:
            rest = outside[m.end() : m.end() + _LOOK_AHEAD]
            opening = not text[:start].strip()  # "Asked whether …, she said"
            # After a quoted question: '“Why?” she asked.', '“Why?” asked A Name, a pensioner.'
            after_quotation = not outside[:start].strip() or _SENTENCE_TAIL.match(rest)
            # (or the one asked, to the sentence's end, by a pronoun that goes on with the
            # speaker before, never a name that may answer next: '“You want a coffee?” he asked
            # a passing plow driver.'; not '“Is it safe?” a reporter asked the minister.')
            after_quotation = after_quotation or (
                "?" in text[:start]
                and previous in ("he", "she")
                and _THE_ONE_ASKED.fullmatch(rest) is not None
            )
            # (or where and when a named asker put it, with nothing new reported: '“Why?” A
            # Name asked in a post on social media.'; see PLACED_TAIL_OPENERS)
            after_quotation = after_quotation or (
                "?" in text[:start]
                and near[-1:].isalpha()
                and near.rsplit(None, 1)[-1][:1].isupper()
                and _PLACED_TAIL.match(rest) is not None
                and not FINITE_VERB.search(rest)
            )
            closing = _QUOTE_MARK.search(text) and after_quotation
            reported = next_word in _QUESTION_WORDS and not _REQUEST.match(rest)
            # (or asked someone first: "asked the minister how much …", "asked Sir A Name, the
            # permanent secretary, why …", "asked on the call whether …")
            asked = _ASKED_SOMEONE.match(rest)
            # (a request is no question: "asked the parents if they could help", "asked the
            # minister if she would appear again")
            request = asked is not None and _ASKED_A_FAVOUR.match(rest, asked.start(1))
            asked_someone = not reported and asked is not None and not request
            reported = reported or asked_someone
            if previous in ("when", "if", "after", "before", "once", "being"):
                continue  # "declined to comment when asked whether …": the one asked
            if previous in ("we", "i") and text[:start].lower().split()[-2:-1] in (
                ["when"],
                ["after"],
                ["before"],
                ["once"],
            ):
                continue  # "did not reply when we asked whether …": the writer asked
            # (or a request of a court, what was said: "asked for a sentence of four years";
            # never the writer's)
            requested = previous not in ("i", "we") and _ASKED_FOR.match(rest) is not None
            if opening or not (reported or closing or requested):
                continue  # "asked if residents could cut water use"
        elif (
            reports_speech
            and next_word in _NOT_A_STATEMENT
            and not _WHEN_DOING.match(outside, m.end())
        ):
            # "has said when talks will resume": nothing was said (but "said when sentencing
            # him": the time of what was said)
            continue
        if tuple(cue_words[-2:]) in _CLOSING_ONLY or tuple(cue_words[-1:]) in _CLOSING_ONLY:
            colon = outside[m.end() : m.end() + 1] == ":"
            # (or a retort closing the sentence after its quotation: '“No,” she shot back.')
            retort = (
                cue_words[-1] in _RETORTS
                and _QUOTATION_THEN_SOURCE.search(text, max(0, start - 80), start) is not None
                and _SENTENCE_TAIL.match(outside, m.end()) is not None
                and outside[m.end() :].strip(" .,”\"’'") == ""
            )
            # ("Within four minutes, Dundee answered.", "On lap 41, Norris cut in.": a game's
            # answer, a car's move; these two close only a quotation or open one)
            closing = cue_words[-1] not in ("answered", "in") and _closing_after_a_comma(
                outside, start, m.end()
            )
            if not (colon or retort or closing):
                continue  # "went on to win", "the lights went on": no speech
        media = cue_verb in ("posted", "shared") and _MEDIA_POSTED.match(outside, m.end())
        if media and not _QUOTE_MARK.search(text) and not _WORDS_IN_IT.search(outside, media.end()):
            # "The mayor posted a video on Facebook": a picture shown, no words (but "posted a
            # video saying the levee held", "a video in which he said …": its words)
            continue
        if (
            cue_verb in ("posted", "issued", "sent", "published")
            and _TEXTS_POSTED.search(outside, max(0, start - 40), start)
            and _TIME_THEN_COMMA.match(outside, m.end())
        ):
            continue  # "In a notice posted Wednesday, the authority said": the notice's time
        if cue_verb in ("told", "tells", "tell") and _TOLD_TO.match(outside, m.end()):
            continue  # "Hundreds told (not) to leave their homes": an order, not speech
        if cue_verb == "told" and not text[:start].strip() and _TOLD_OF.match(outside, m.end()):
            continue  # "Told of the ruling, the minister said …": what the speaker heard
        if cue_verb in _AGREEING:
            # "agreed that …", "accepted that …" report only with their clause, quotation marks
            # or none ("accepted the “Player of the Year” award" is an act), and only as the
            # cue of its sentence, not before a source's after a comma ("The Treasury accepted
            # that …, the watchdog found": the watchdog's finding)
            comma = outside.find(",", m.end())
            closing = comma != -1 and any(other.start() > comma for other in cue_list)
            if closing or not _THAT_CLAUSE.match(outside, m.end()):
                continue
        story = cue_verb in ("tells", "told", "tell") and _A_STORY.match(outside, m.start())
        if story and not _SAYING.match(outside, story.end()):
            continue  # "Attendance tells the same story." (not "…, saying the flat was …")
        if (
            (cue_verb in COLOUR_VERBS or cue_verb in _THAT_VERBS)
            and not _QUOTE_MARK.search(text)
            and not (
                _THAT_CLAUSE.match(outside, m.end())
                # (a relative clause is no complement: "capital projects that have been
                # deferred")
                and not _RELATIVE_THAT.match(outside, m.end())
            )
            # (an assurance given to people, then what it said: "assured the protesters that
            # repairs would begin on Monday")
            and not (cue_verb in _ASSURING and _PEOPLE_THEN_THAT.match(outside, m.end()))
            # (an appeal made to people: "urged the public to stay away", what was said)
            and not _urging(cue_verb, outside, m.end())
            # (what a forecasting body has forecast: "The department has forecast more heavy
            # rain …"; not economists' numbers, nor the noun, "Demand forecasts published …")
            and not body_forecast
            # (closing reported speech after a comma and its source: "…, she continued."; not
            # a manner's verb, "Asked what comes next, Mrs A laughed.")
            and not (cue_verb in _GOING_ON and _closing_after_a_comma(outside, start, m.end()))
        ):
            # "The motorist snapped a photograph": no words quoted (but "She lamented that 41
            # people had been kidnapped": what she said, in the writer's words)
            continue
        if cue_verb in _READ_VERBS and not (
            # (the words quoted here, or after the colon that ends the line: "The statement
            # read in part:" over the quoted paragraphs)
            (_QUOTE_MARK.search(text) or text.rstrip().endswith(":"))
            and _READ_TAIL.match(outside, m.end())
        ):
            continue  # "read the figures", "reads well": no written words given
        if cue_verb in _ACT_VERBS and next_word in _ACT_OBJECTS:
            continue  # "declared a state of emergency", "announced the scheme": an act
        event = (
            _RESPONDED_TO_AN_EVENT.match(outside, m.end())
            if cue_words[-1] in ("responded", "responds", "respond")
            else None
        )
        if event and (" to " in event.group(0) or not _QUOTE_MARK.search(text)):
            # "Officers responded to a two-car crash", "Three fire crews responded.": crews
            # sent, nothing said (but "“No,” A Name responded." closes a quotation)
            continue
        if cue_verb in _DISPUTING and (
            not _DISPUTED.match(outside, m.end())
            or _SAID_AFTER.search(outside, m.end())  # "…, a spokesman said": his words
        ):
            continue  # "rejected the plan", "disputed the will": an act; not what was said
        ruling = cue_verb in _DECIDING_VERBS and _DECISION_OBJECT.match(outside, m.end())
        if ruling and not _AUXILIARY_IN_CLAUSE.search(
            outside, ruling.end(), _clause_end(outside, ruling.end())
        ):
            continue  # "denied a defense request to lower bail", "rejected the appeal": a ruling
        won = cue_verb in _CLAIMING and (
            _THING_WON.match(outside, m.end())
            or (_AN_OBJECT.match(outside, m.end()) and _TO_CLAIM.search(outside, 0, m.start()))
        )
        if won and not FINITE_VERB.search(outside, won.end(), _clause_end(outside, won.end())):
            # "Rovers claimed the title on Saturday", "able to claim a first payment": a thing
            # won or asked for (but "claimed the figures were wrong", "claimed a 40% rise in
            # sales" say something)
            continue
        if cue_verb in ("writes", "wrote") and _WRITES_A_WORK.match(outside, m.end()):
            continue  # "writes a weekly column for the Leader": a job, not words
        if cue_verb in ("welcomed", "welcomes") and not _WELCOMED_A_DECISION.match(
            outside, m.end()
        ):
            continue  # "The mayor welcomed visitors to the fair": a host, not a stance
        # The regexes only where their words can be: a substring test is cheaper than a search.
        tail = near[-40:].lower()
        negation_possible = "no" in tail or "n't" in tail or "ne" in tail
        if negation_possible and _NEGATED.search(outside, max(0, start - 40), start):
            continue  # "did not say", "never said": nothing was said
        if previous.endswith(_PASSIVE_ENDINGS) and _PASSIVE.search(
            outside, max(0, start - 16), start
        ):
            continue  # "Residents were told ...": the speaker is not named
        if cue_verb == "expected" and not (
            cue.lower().startswith(("had ", "has ", "have "))
            or previous in _PEOPLE_NOUNS
            or _EXPECTED_BY_SOMEONE.fullmatch(previous_word[0] if previous_word else "")
        ):
            continue  # "76 cents expected", "Next update expected by 8 p.m.": no forecaster
        if cue_verb == "expected" and _THAN_BEFORE.search(outside, max(0, start - 80), start):
            continue  # "… rose 5.4%, above the 5.1% economists had expected": a comparison
        # (a forecast: "expects to carry 58,000", "expect winds to ease", "had expected 2.9%")
        forecast = _forecast(outside, m.end(), previous) if cue_verb in _EXPECTING else None
        strong = (
            cue_verb in _STRONG_CUES
            or body_forecast
            # (right after the quotation and its speaker, what follows is no complement: "“…!”
            # one man shouted at the premier as she toured the centre.")
            or _QUOTATION_THEN_SOURCE.search(text, max(0, start - 80), start) is not None
            # (or right after it, inverted: "“Yes, we made mistakes,” admitted club president
            # A Name.")
            or _QUOTATION_CLOSED_BEFORE.search(text, max(0, start - 8), start) is not None
            or cue_verb in _DOCUMENT_CUES
            or cue_verb in _QUESTION_VERBS
            or cue_verb in _READ_VERBS  # (its tail was checked above: "read in part.")
            or cue_verb in _APOLOGIES  # (an apology is words, whatever follows it)
            # (an accusation and whom it names: "accused police of moving murders")
            or (cue_verb in ("accused", "accuses") and _ACCUSED_OF.match(outside, m.end()))
            or forecast is not None
            # ("Officials estimated damage to crops at ₱1.2 billion": an estimate's figure)
            or (cue_verb in _ESTIMATES and _PUT_A_FIGURE_LOOSELY.match(outside, m.end()))
            # (an appeal and whom it asked: "urged residents to check their alarms")
            or _urging(cue_verb, outside, m.end())
            # (an assurance or a reminder and whom it went to: "reminded motorists that …")
            or (cue_verb in _ASSURING and _PEOPLE_THEN_THAT.match(outside, m.end()) is not None)
            # (set off by commas inside the claim: "… stood at 41.2 per cent, she noted,
            # against a national average of 34.8")
            or (
                outside[m.end() : m.end() + 1] == ","
                and _SOURCE_SET_OFF.search(outside, max(0, start - 40), start) is not None
            )
            # (or a body's closing the sentence with the month it said it in: "…, the company
            # reported in October."; not "rejected his asylum claim in May.")
            or (
                _IN_A_MONTH_AT_THE_END.match(outside, m.end()) is not None
                and _BODY_SET_OFF.search(outside, max(0, start - 40), start) is not None
            )
            # (or a body's, with when after the cue: "… from Monday, the town hall announced
            # on Thursday, after the reservoir fell …")
            or (
                _BODY_SET_OFF.search(outside, max(0, start - 40), start) is not None
                and _WHEN_THEN_COMMA.match(outside, m.end()) is not None
            )
        )
        headline_only = False  # a headline's cue without "that": "Coun. A Name warns closure …"
        if not strong and not _has_complement(outside, m.end()):
            headline_only = cue_verb in _HEADLINE_CUES and _is_headline(text)
            if not headline_only:
                continue  # "conceded shortly after midnight", "described seeing smoke"
        span = None
        quoted_as = _QUOTED_AS_SAYING.match(outside, m.end()) if cue_verb in _QUOTES else None
        if quoted_as is not None:
            span = quoted_as.span(1)  # "X quoted the governor as saying …": the governor
            first = quoted_as.group(1).split(",")[0]
            if first != quoted_as.group(1) and len(speakers.person_name(first).split()) >= 2:
                span = span[0], span[0] + len(first)  # ("quoted A Name, the mayor, as saying")
        elif cue_lower.startswith("according to") or cue_lower == "per":
            if _A_MEASURE_AFTER.match(outside, m.end()):
                continue  # "split according to value", "according to need": a manner, no source
            # "According to her, the debt rose …": the person she is, named from the book.
            pronoun_after = _OBJECT_PRONOUN.match(outside, m.end())
            span = pronoun_after.span(1) if pronoun_after else _source_after(outside, m.end())
        elif cue_verb in _PARTICIPLE_CUES:
            # ("He was arguing with the referee", "Noting the delay, …": no saying)
            if not near.endswith(",") or not _has_complement(outside, m.end()):
                continue
            span = _subject(outside)
        elif cue_lower.endswith("saying") and "quoted" not in cue_lower and near.endswith(","):
            span = _subject(outside)  # (", saying …"; "A Name, the minister, was quoted as
            # saying" has its source before its comma, as "said" has)
        elif cue_lower.startswith("telling"):
            # (", telling supporters that …": the sentence's subject told them; never "Telling
            # the story, he wept", "She was telling the truth")
            if not near.endswith(","):
                continue
            span = _subject(outside)
        else:
            # Where the text before the cue ends: in `near`, unless a long blanked-out quotation
            # lies between.
            if near or start <= 64:
                before_end = max(0, start - 64) + len(near)
            else:
                before_end = len(outside[:start].rstrip())
            when = _WHEN_BEFORE_CUE.search(outside, max(0, start - 40), start)
            set_off = when and outside[: when.start()].endswith(",")
            if set_off:
                # (the part before the comma a person named in full: not a list's last comma,
                # "Residents of Leeds, Bradford and York, on Monday said")
                comma = when.start() - 1
                named = outside[outside.rfind(",", 0, comma) + 1 : comma].strip()
                set_off = len(speakers.person_name(named).split()) >= 2 and " and " not in named
            if set_off:
                # a time between an apposition's comma and the cue: "The chairman, A Name, on
                # Tuesday told the court": the comma's order still holds
                before_end = when.start()
            last = outside[before_end - 1] if before_end else ""
            # Right after a comma, colon or a (blanked-out) quotation the order is inverted:
            # '"...," said Smith', '..., according to'.
            if last == "," and _HEADLINE_SAYS.fullmatch(cue_lower) and _is_headline(text):
                # "Governor A Name visits flood victims, says state will rebuild 400 homes":
                # a headline's second verb shares the first one's subject; what follows the
                # cue is what was said when it has a verb ("…, says minister" names the source)
                rest = outside[m.end() :]
                said_clause = FINITE_VERB.search(rest) or _A_CLAUSE_IN_A_HEADLINE.search(rest)
                # (or a figure's clause without its verb: "Traders lament prices, say sales
                # down 40 per cent")
                said_clause = said_clause or any(c.isdigit() for c in rest)
                span = _source_after(outside, m.end())
                if said_clause:
                    # (after a kicker: "Loan row: A govt hits back at B, says …")
                    kicker = outside.find(": ", 0, 40) + 2 if ": " in outside[:40] else 0
                    span = _subject(outside[kicker:])
                    span = span and (span[0] + kicker, span[1] + kicker)
                    body = span and _BODY_WORD_AFTER.match(outside, span[1])
                    if body and body.group(1).lower() in speakers.ORG_WORDS:
                        span = span[0], body.end()  # "Irawole council hits back …"
            elif last == ",":
                span = _apposition(outside, before_end - 1) or _inverted_or_subject(
                    outside, before_end - 1, m.end()
                )
            elif not last and cue_lower.split()[0] in _ORDERS:
                continue  # "Confirm the booking with the hotel.": an order, nobody's words
            elif not last or last in ",;:":
                span = _source_after(outside, m.end())
            elif previous in _COORDINATORS:
                # "X voted for the bill but said …": the subject of the sentence said it.
                pronoun = _LEADING_PRONOUN.match(outside)
                span = (
                    _subject(outside)
                    or (pronoun and pronoun.span())
                    or _closing_source_after(outside, m.end())
                )
            else:
                span = _source_before(outside, m.start())
                if (
                    span is not None
                    and outside[span[0] : span[0] + 1].islower()
                    and _VERB_PHRASE_GOES_ON.search(outside, max(0, span[0] - 12), span[0])
                    and _A_VERBS_FORM.fullmatch(outside[span[0] : span[1]].split()[0])
                ):
                    # "The RM is seeking $1.4 million, which it says …": the words before the
                    # cue go on from a verb, no one named in them
                    continue
                if span is None and _is_headline(text):
                    span = _headline_role_before(outside, m.start())
                if span is None and cue_verb not in _NEVER_INVERTED and previous != "to":
                    # With no source before the cue, one after it must close the sentence:
                    # "An earlier version said the zone took in 1,510 holdings" names no one.
                    # (and never after a verb whose object follows it: "They all denied the
                    # charges."; nor an infinitive's, "is expected to announce the plan soon";
                    # nor a clause, "A previous version said the fire started on Tuesday.")
                    span = _closing_source_after(outside, m.end())
        if reports_speech:
            # "One victim, who wanted to be known only as Hafizul, said …", "…,” said one, who
            # gave his name only as Njuguna.": the name the speaker gave is the source.
            span = _name_given_only(outside, m.start(), m.end()) or span
        if span is not None and outside[span[0] : span[1]].lower() in _IDIOMS_OF_SAYING:
            continue  # "Well said.", "Enough said.": an idiom, nobody's words
        if cue_verb in _SAYING_AFTER_A_COMMA and _NOTHING_SAID.match(outside, m.end()):
            continue  # "He nodded and said nothing.": silence, no words
        blaming = _BLAMED.fullmatch(cue_verb) is not None
        passive = blaming and _BLAMED_PASSIVE.match(outside, m.end())
        if blaming and cue_verb.startswith(("credit", "attribut")):
            if not _CREDITED_TO.search(outside, m.end()):
                continue  # "The bank credited customers": money, not a cause
            # ("The deaths were attributed to heat": the cause given, by nobody named)
            passive = passive or outside.startswith(" to ", m.end())
        if passive or (blaming and _SOURCE_AT_THE_END.search(outside, m.end())):
            # "Airline blamed by passengers", "Police blamed for slow response": the blamed;
            # "Nurses blamed cuts …, the college said": the college's report
            continue
        if span is None or (blaming and (span[0] >= m.end() or _SAYING.search(outside, m.end()))):
            # (what is blamed comes after the verb, never who blames it; and "A Name blamed
            # the council, saying …" reports what follows "saying")
            continue
        span = _name_after_role(outside, span)
        span = _body_named_with_commas(outside, span)
        sent_to = _SENT_TO.search(outside, max(0, span[0] - 20), span[0])
        if sent_to or (
            outside[span[0] : span[0] + 1].isupper()
            and _A_PLACE_BEFORE_A_NAME.search(outside, max(0, span[0] - 40), span[0])
        ):
            # "A contractor whose block collapsed in Hatay told a court …", "Residents queuing
            # at a tanker in KwaNsimbi said …", "A survey published in March estimated …": the
            # place or the time a phrase ends in is no source; the phrase from the subject that
            # opens the sentence is, as written (so is "The letter sent to parents on Friday
            # said …": whom a letter went to never wrote it)
            subject = _subject(outside)
            if subject is not None and subject[1] <= span[0] and subject[0] <= _OPENING_REACH:
                span = subject[0], span[1]
        if cue_verb in _DOCUMENT_CUES and not _names_a_document(outside[span[0] : span[1]]):
            # "Government figures published in January show …", "Data from the Water Board
            # seen by A Name show …": the document, with what says whose and when it is
            span = _document_with_its_phrase(outside, span) or span
        carried = _DOCUMENT_CARRIED.match(outside)
        if carried and span[0] >= carried.end():
            # "A statement from the board, read out by its secretary, A Name, said …", "The
            # letter, signed by its director, B Name, says …": the document, not who carried it
            span = carried.span(1)
        opener = _OPENING_COORDINATOR.match(outside, span[0], span[1])
        if opener and opener.end() < span[1]:
            span = (opener.end(), span[1])  # "But the council's own survey …": the survey
        if (
            span[0] > 0
            and text[span[0] - 1] in speakers.NAMES_OPENING_MARKS
            and (span[0] == 1 or not text[span[0] - 2].isalnum())
        ):
            # a name opening with its glottal stop or click: "ʻOfa Taumoepeau", "!Gâseb"
            span = span[0] - 1, span[1]
        source = text[span[0] : span[1]]
        if (cue_verb in _ASSURING or cue_verb in _APPEALING) and not _one_who_speaks(source):
            # "The defeat reminded fans that …", "The message appealed to older voters …": a
            # thing that brings something home, nobody speaking
            continue
        if _INSCRIPTION.search(outside, max(0, span[0] - 40), span[1]):
            # "A sign on the new gate said “NO ENTRY”", "A placard held up by a boy … said":
            # the words are written on a thing, not said by the place or the one holding it
            continue
        # (nor "you", the reader or an interviewee asked: "In 2022 you wrote a memo.")
        if source.lower() in {"this", "that", "who", "you"} or source.lower().endswith(" you"):
            continue
        if not _CAN_SPEAK.search(source) or _CANNOT_END_A_SOURCE.search(source):
            # "3 replies", "text that says", "The survey that found …", "Keep me posted",
            # "Please note": a count, a clause's "that", an object or an order is nobody.
            continue
        if source in _DAYS:
            continue  # "A message circulating since Monday claims …": a day is no one (a
            # month may be: "May said")
        ending = _PRONOUN_ENDING.search(source)
        if ending:
            # "a project it says will cost N6.2bn": a noun and the clause it heads, whose
            # subject is the pronoun, resolved as any other
            span = span[0] + ending.start(1), span[1]
            source = ending.group(1)
        contracted = _CONTRACTED_PRONOUN.fullmatch(source)
        if contracted:
            # "She'd told the council", "They've said": the pronoun, resolved as any other
            span = span[0], span[0] + contracted.end(1)
            source = contracted.group(1)
        if _NOBODYS.match(source):
            # "Don't expect that money to earn much", "let's say": an order or a suggestion
            # names no source (but "They've said", "she'd tell" are people to resolve, and "No
            # one at the council would comment" is the council's refusal)
            continue
        if (
            (cue_verb in _NOUN_OR_VERB or cue_verb in _LABEL_VERBS)
            and text.rstrip()[-1:] not in _STOPS
            and not outside[: span[0]].strip(" \"“”'‘’")
            and not (outside[span[1] : m.start()].strip() or outside[m.end() :].strip(" \"“”'‘’"))
        ):
            # a line that is a source and a noun-like cue, and nothing said: "Update estimate",
            # "More market reports" (not "Health Secretary A Name said" over her quotation)
            continue
        if cue_verb in _NOUN_OR_VERB and source.islower():
            # "… or see energy reports.": a noun after a noun; a source of "claims" or
            # "reports" is named, a pronoun or a determiner's phrase ("the union states").
            first_word = source.split()[0]
            if first_word not in _DETERMINERS and first_word not in _PRONOUNS:
                continue
        if _FREE_RELATIVE.search(outside, max(0, span[0] - 8), span[0]) and (
            source.lower() in ("i", "we") or not _IS_THAT.match(outside, m.end())
        ):
            # (and "What I would say is that …": the speaker's view, announced in the quote)
            continue
        if headline_only and len(_CAPITALS.findall(source)) < 2 and not _quoted_role(text, source):
            continue  # "Storm warns of worse to come", "Grandmother claims prize": no one named
        if (
            said_nothing
            and (_names_a_text(source) or _names_a_thing(source))
            and (cue_words[-1] in _NOT_SAID_ON or "query" in cue_lower or "calls" in cue_lower)
        ):
            # "The report did not say how …", "The law does not say whether …", "The server did
            # not respond to a query": a text's or a machine's silence, no one's refusal
            continue
        if cue_verb in _READ_VERBS and not _names_a_text(source):
            continue  # "“Amazing Grace,” she read": a reader, not the words' source
        if _COMPARED_WITH.search(outside, max(0, span[0] - 12), span[0]) and not (
            outside[span[1] : m.start()].strip()
        ):
            # "wider than any published poll suggested": a comparison, not its source (but
            # "thanks to A Name, who said …": the relative clause's speaker)
            continue
        if cue_verb in _EXPECTING and _WHO_HAD.search(outside, max(0, m.start() - 12), m.start()):
            # "…, surprising analysts who had expected a hold": what they had expected is the
            # story's aside, not the sentence's source
            continue
        if asked_someone and source.lower() in ("we", "i"):
            continue  # "We asked the trust how many midwives it employs": the newsroom asking
        if forecast == "plan" and _plans_of_people(source):
            continue  # "A Name expects to retire next spring": a plan, not a forecast
        if cue_verb in ("put", "puts") and not (
            _PUT_A_FIGURE.match(outside, m.end()) or _PUT_IT_TO.match(outside, m.end())
        ):
            # "… put the cost at £6.8m" is an estimate, and counsel "put it to her that …" an
            # assertion; "put it on the website" is neither
            continue
        if cue_verb == "held" and not (
            _THAT_AFTER.match(outside, m.end())
            and _HOLDS_ON_THE_LAW.search(source)
            and _A_CLAUSE_AFTER_THAT.search(outside, m.end(), _clause_end(outside, m.end() + 6))
        ):
            # "The court held that the trust was liable" is a ruling's finding; "held talks",
            # "held that post for ten years", "held that lead until the end" are acts
            continue
        if (
            cue_verb == "ruled"
            and not (
                # (a clause's subject right after "that": "ruled that the evidence was …", not
                # "ruled that region with an iron fist", "ruled in an age that saw …")
                _RULED_THAT.match(outside, m.end())
                or _OUT_OF_ORDER.match(outside, m.end())
                # (closing the sentence, by one who rules on a case or a point: "…, the judge
                # ruled."; not "For 32 years, Labour ruled.")
                or (
                    (_HOLDS_ON_THE_LAW.search(source) or _CHAIRS_A_ROOM.search(source))
                    and (
                        _closing_after_a_comma(outside, start, m.end())
                        or (
                            outside[m.end() :].strip(" .”\"’'") == ""
                            and _BODY_SET_OFF.search(outside, max(0, start - 40), start) is not None
                        )
                    )
                )
            )
        ):
            continue  # a ruling's words; "ruled out", "ruled the town for 33 years" are not
        if cue_verb == "recorded" and not _A_CONCLUSION.match(outside, m.end()):
            continue  # an inquest's conclusion is its finding; "recorded 40mm of rain" is not
        if cue_verb == "ruled" and _A_PAST_RULING.search(outside, max(0, span[0] - 12), span[0]):
            continue  # "…, when the Supreme Court ruled that …": the story's past, no one's words
        if cue_verb == "heard" and not _HEARINGS.search(source):
            continue  # "the court heard that …" is the record; "residents heard a bang" is not
        if "reached" in cue_words and not (
            _can_be_reached(source)
            # ("Deitz could not be reached for comment": a surname, someone asked to comment;
            # "Kabul could not be reached by road" is a place)
            or (_ONE_NAME.fullmatch(source) and _FOR_COMMENT.match(outside, m.end()))
        ):
            continue  # "A lawyer for A Name could not be reached"; not "A deal could not be …"
        # A finding: what follows says what was found, or the cue closes the sentence ("…,
        # the auditors found.").
        if cue_verb in _DISPUTING and _finds(source):
            continue  # "The tribunal rejected that claim": a ruling, not words
        finding = _finds(source) and (
            _FINDING.match(outside, m.end()) is not None
            or _SENTENCE_TAIL.match(outside, m.end()) is not None
            or _PARTICIPLE_AFTER.match(outside, m.end()) is not None  # "…, raising fears"
        )
        finding = finding or (_finds_that(source) and _THAT_AFTER.match(outside, m.end()))
        finding = finding or (
            _a_judge_by_name(source) and _FINDING.match(outside, m.end()) is not None
        )  # ("Coroner A Name found the river was flowing at 212 cumecs")
        # (or the finding before it, the finders after a comma: "…, the team found, compared
        # with …", "…, researchers found in data from 4,000 adults")
        trailing = outside[: span[0]].rstrip().endswith(",") and (
            _TRAILING_FINDING_END.match(outside, m.end()) is not None
        )  # (not after an opening phrase: "Arriving at the ground, the team found the pitch …")
        finding = finding or (trailing and (_finds(source) or _A_TEAM.search(source) is not None))
        if cue_verb in _DOCUMENT_CUES and _SIGNS_OF.match(outside, m.end()):
            continue  # "The waiting list shows no sign of shrinking": no finding reported
        # (or "It" before a that-clause, "It also found that …": the document named before
        # it, which the pronoun is resolved to later, or nobody: see `attribute`)
        finding = finding or (source == "It" and _THAT_AFTER.match(outside, m.end()) is not None)
        if cue_verb in _RECORD_CUES and not (
            outside[m.start() : m.end()].islower()
            and _RECORD_OBJECT.match(outside, m.end())
            and _headed_by_a_document(source)
            and not _A_NAME_THEN_ITS_VERB.fullmatch(source)
        ):
            # "The minutes record that …"; not "Fans list their favourite players", "told the
            # Record that", "waiting list hits record 71,412", "the review's priority list."
            continue
        if cue_verb in _DOCUMENT_CUES and not (_names_a_document(source) or finding):
            continue  # "records show", "the study found"; but "the team found a body"
        attribution = Attribution(source, text[m.start() : m.end()], *span, m.start(), m.end())
        attribution.in_relative_clause = previous in _RELATIVE_PRONOUNS
        attribution.by_document = cue_verb in _DOCUMENT_CUES
        attribution.said_nothing = said_nothing
        found.append(attribution)
    if len(found) > 1 and any(a.said_nothing for a in found):
        # "The operator did not return calls from the family, the inquest heard": the record,
        # not a request for comment; "declined to name the buyer but said …": what was said.
        kept = [a for a in found if not a.said_nothing]
        for a in kept:
            # ("A spokesman for the department declined to comment, saying …": the one who
            # declined, as the sentence names them in full, went on to say it)
            longer = next(
                (
                    d
                    for d in found
                    if d.said_nothing
                    and d.source_start == a.source_start
                    and d.source_end > a.source_end
                ),
                None,
            )
            if longer is not None:
                a.source, a.source_end = longer.source, longer.source_end
        found = kept or found
    closing = [
        a
        for a in found
        if a.by_document
        and outside[: a.source_start].rstrip().endswith(",")
        and _SENTENCE_TAIL.match(outside, a.cue_end) is not None
    ]
    others = [a for a in found if a is not closing[0]] if closing else []
    if (
        len(found) > 1
        and closing
        and all(
            a.cue_end <= closing[0].source_start and a.cue.split()[-1].lower() in _ACTS_REPORTED
            for a in others
        )
    ):
        # "A trust has apologised after …, a leaked internal report shows.": the document that
        # closes the sentence reports all of it, the apology too (not "The mayor said crime
        # fell, figures show" or "A Name insisted the loan was legal, court papers show": the
        # person's words)
        found = closing[:1]
    if (
        len(found) > 1
        and not outside[: found[0].cue_start].strip()
        and found[0].cue.lower().startswith("according")
        and _AN_OUTLET.search(found[0].source)
    ):
        # "According to Radio X, A Name said …": the outlet only reported it; the clause's
        # subject, right after the comma, said it (not "According to witnesses, the officer
        # said …", nor "According to A Name, B Name said …": they relay it)
        subject = [
            a
            for a in found[1:]
            if outside[found[0].source_end : a.source_start].strip() == ","
            and a.cue.lower() in _ONLY_VERBS
        ]
        found = subject[:1] or found
    if len(found) > 1 and any(a.by_document for a in found):
        # "Figures show crime fell, according to the mayor": the person, not the document.
        found = [a for a in found if not a.by_document] or found
    if len(found) > 1 and any(a.in_relative_clause for a in found):
        # "Rep. A Name, who wrote the House bill, said …": the relative clause's verb is not
        # the sentence's cue when the sentence has one of its own.
        found = [a for a in found if not a.in_relative_clause] or found
    if not found:
        plan = _PLAN_SAYS.match(outside)
        if plan is not None:
            found.append(Attribution(plan.group(1), plan.group(2), *plan.span(1), *plan.span(2)))
    return found


# A published plan or forecast is the source of its own figures and targets: "The town's
# long-range financial plan, adopted in 2024, projects increases of …", "The canton's transport
# plan for 2026-2029 aims to …", "The federation's revised forecast puts exports at …" (the
# document as written; its verbs say nothing with any other subject: "The club aims to …").
_PLAN_SAYS = re.compile(
    rf"(?:(?:But|And)\s+)?((?:The|An?|Its|Their|This|[{_UPPER}][\w'’.&-]*(?:\s+(?:[{_UPPER}]"
    rf"[\w'’.&-]*|of|and|&))*['’]s)(?:\s+[\w'’&.-]+){{0,6}}?\s+(?i:plan|strategy|forecast"
    r"|outlook|projections?|inventory|budget|statement|review|framework|roadmap|blueprint)"
    r"(?:\s+for\s+[\w–-]+(?:\s+[\w–-]+){0,3}?)?)"
    r"(?:,\s+[^,;:“”\"]{1,100},)?"
    r"\s+(?:also\s+)?(projects|projected|forecasts|forecast|aims\s+(?:to|for)"
    r"|sets\s+(?:a|an)\s+(?:target|goal|cap|limit|ceiling)|lists|targets|envisages"
    # (an estimate's figure: "puts exports at 17.2 million cartons", not "puts people first")
    r"|puts\s+(?:[\w'’-]+\s+){1,6}?at(?=\s+\D{0,12}\d)"
    r"|calls\s+for|estimates|predicts)\b"
)


def _closing_source(outside: str, after, cue_end: int) -> tuple[int, int] | None:
    """The source after the cue when it closes the sentence, or else the person's name that
    closes it ("…, said fire and rescue operations commander A Name.")."""
    if after is not None and _SENTENCE_TAIL.match(outside, after[1]):
        return after
    m = _NAME_CLOSING.search(outside, cue_end)
    if m and len(speakers.person_name(m.group(1)).split()) >= 2:
        end = m.end(1) - (m.group(1).endswith(".") and not m.group(1).endswith("Jr."))
        return m.start(1), end
    return None


_NAME_CLOSING = re.compile(r"\b([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,4})\s*[.!]?\s*$")
_OWN_PREDICATE = re.compile(r"(?:was|were|is|are|has|had|have|will) \S+ \S+")


def _own_predicate(outside: str, phrase_end: int, comma: int) -> bool:
    """Does a part between the phrase that ends at `phrase_end` and the cue's comma give it a
    predicate of its own ("…, 34, was pronounced dead at the scene, said")?"""
    parts = outside[phrase_end:comma].split(",")[1:]
    return any(_OWN_PREDICATE.match(p.strip()) for p in parts)


def _inverted_or_subject(outside: str, comma: int, cue_end: int) -> tuple[int, int] | None:
    """After "…, said" (`comma` the comma before the cue): the source follows when the sentence
    ends with it ("…, said Smith."), otherwise the sentence's subject set off by commas is the
    source ("Sen. A Name, R-State, a member of the committee, said the bill …"), or else the one
    part between the commas that is a person's name ("The chair of the committee, Rep. A Name
    Jr., R-Utah, said …"; "A Name died on Monday, her son, B Name, said")."""
    found = _inverted_or_subject_read(outside, comma, cue_end)
    # (and where those find nothing, the name just before the cue's comma: "The Chairman, Tomato
    # Sellers Association, Agbaluwa Market, Alhaji A Name, said", "In Brgy. Santo Niño,
    # fisherman A Name, 52, said")
    return found if found is not None else _name_closing_the_subject(outside, comma)


def _inverted_or_subject_read(outside: str, comma: int, cue_end: int) -> tuple[int, int] | None:
    after = _source_after(outside, cue_end)
    subject = _subject(outside)
    named = _named_part(outside, comma)
    words = outside[subject[0] : subject[1]].lower().split() if subject is not None else []
    role = len(words) >= 2 and words[0] in _DETERMINERS and words[-1] in speakers.ROLE_WORDS
    if role and named is None:
        # "The chief executive of Acme, the largest shareholder, said": the role and its body
        # (with a name among the parts, "The chair of the committee, Rep. A Name, …", the name).
        body = _OF_A_BODY.match(outside, subject[1])
        if body is not None:
            subject = subject[0], body.end()
    if subject is not None and not outside[subject[1] : subject[1] + 2].lstrip().startswith(","):
        subject = None
    # "His daughter, A Name, who runs a homestay, said": the name, where the subject is not a
    # name itself ("The FEPC, in a statement signed by … A Name, said" is the FEPC's).
    if named is not None and (subject is None or not _names_someone(outside[slice(*subject)])):
        # (but "The victim, A Name, 34, was pronounced dead at the scene, said police chief B
        # Name": a verb of the name's own follows it, the news is about that person, and the
        # source the cue closes on said it)
        if _own_predicate(outside, named[1], comma):
            return _closing_source(outside, after, cue_end)
        return named
    if subject is not None and named is None:
        # "A Name, 84, from Kelby, waited 31 hours for a bed, his daughter, B Name, said": the
        # subject has a verb of its own before the cue; the name the cue closes on said it.
        parts = outside[subject[1] : comma].split(",")
        own_verb = any(
            p.strip()[:1].islower() and FINITE_VERB.match(p.strip()) for p in parts[1:-1]
        )
        last = parts[-1].strip() if len(parts) >= 3 else ""
        if own_verb and _looks_like_name(last) and len(speakers.person_name(last).split()) >= 2:
            start = comma - len(parts[-1]) + parts[-1].index(last)
            return start, start + len(last)
    if subject is not None:
        if _own_predicate(outside, subject[1], comma):
            # ("The victim, A Name, 34, was pronounced dead …, said B": as above)
            return _closing_source(outside, after, cue_end)
        return subject
    if (
        after is not None
        and _SENTENCE_TAIL.match(outside, after[1])
        and not FINITE_VERB.search(outside, after[0], after[1])
        and (outside[after[0]].isupper() or _A_ROLE.fullmatch(outside, after[0], after[1]))
    ):
        # "…, said A Name on Monday.", "…, said the minister on Saturday": when, after the
        # speaker, ends the sentence
        return after
    if after is not None and outside[after[1] : after[1] + 2].lstrip()[:1].isalpha():
        return None  # "…, said the bill would …": the subject of what was said, not a speaker
    if (
        after is not None
        and outside[after[0]].isdigit()
        and not any(w[:1].isupper() for w in outside[after[0] : after[1]].split())
    ):
        # "A Name, the mayor, said 40 homes flooded.": a count opens what was said, no one
        # named in it (but "…, said 34-year-old site engineer A Name", "…, said 3M")
        return None
    verb = after and FINITE_VERB.search(outside, after[0], after[1])
    if verb and outside[after[0]].islower():
        # "…, said the water reached her house.": a clause, not a speaker (but "said A Name in a
        # statement released with …": a name, then where it was said)
        return None
    if verb and _CAPITALS_ONLY.fullmatch(outside, after[0], verb.start()):
        return None  # "…, said Chelimo ran 210km a week.": a name, then its own verb
    return after


_CAPITALS_ONLY = re.compile(rf"(?:[{_UPPER}][\w'’-]*\s+){{1,3}}")
_A_ROLE = re.compile(
    rf"the (?:[a-z-]+ ){{0,2}}(?:{'|'.join(sorted(w for w in speakers.ROLE_WORDS if w.isalpha()))}"
    rf"|{'|'.join(sorted(_SOURCE_NOUNS))})"
)
_OF_A_BODY = re.compile(
    rf"\s+(?:of|for|at)\s+(?:the\s+)?[{_UPPER}][\w'’&.-]*(?:\s+(?:[{_UPPER}][\w'’&.-]*|and|&|of))*"
    r"(?=,)"
)


def _names_someone(subject: str) -> bool:
    """Does the subject hold a proper name ("Sen. A Name", "The FEPC"), not only common nouns
    ("His daughter", "The opposition leader")?"""
    words = subject.split()
    # (a role in capitals names no one: "The Chairman", "The Cathaoirleach")
    return any(w[:1].isupper() and w.lower() not in speakers.ROLE_WORDS for w in words[1:]) or (
        bool(words) and words[0][:1].isupper() and words[0].lower() not in _DETERMINERS
    )


_BY_AN_AGENT = re.compile(r"\bby (?:his|her|their|its|the|a|an) (?:[a-z-]+ ){0,2}[a-z-]+\s*$")


_PLACE_ENDS_PART = re.compile(
    r"\b(?:at|in|near|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*$"
)


# A verb's helper right before a verb's form in small letters: the phrase is the verb's,
# never a source ("is seeking $1.4 million"; but "has critics who say", "are residents who
# say": the helper is the verb there; and not "to": "A report to council says" is the report's).
_VERB_PHRASE_GOES_ON = re.compile(
    r"\b(?:is|are|was|were|be|been|being|will|would|can|could|should|must|has|have|had)\s+$"
)
_A_VERBS_FORM = re.compile(r"[a-z]+(?:ing|ed|en)")
_A_CLAUSE_IN_PART = re.compile(r"\b(?:who|which|[a-z]{2,}ing)\b")


def _name_closing_the_subject(outside: str, comma: int) -> tuple[int, int] | None:
    """The person named in the last part before the cue's comma (an age after it aside), after
    two parts or more: the whole part a name, after small role words or before where the person
    belongs ("fisherman A Name", "A Name of the Kerio Heights camp in Iten")."""
    window, head, bounds = _parts_before(outside, comma)
    while len(bounds) > 1 and _AGE.fullmatch(head[slice(*bounds[-1])]):
        bounds.pop()  # "A Name, 52, said"
    if len(bounds) < 2:
        return None
    start, end = bounds[-1]
    part = head[start:end]
    if _BY_AN_AGENT.search(head[slice(*bounds[-2])]) or " by " in part:
        return None  # "…, represented by his deputy, A Name, said": the agent is not the source
    text = part.strip()
    belongs = _NAME_BEFORE_BODY.match(text)
    if belongs:
        text = belongs.group(1)  # "A Name of the Kerio Heights training camp in Iten"
    words = text.split()
    lead = 0
    while lead < len(words) and words[lead].islower():
        lead += 1
    if lead and words[lead - 1] not in speakers.ROLE_WORDS:
        return None  # ("after boulders struck two houses in March": no name)
    name = " ".join(words[lead:])
    person = speakers.person_name(name)
    if len(person.split()) < 2 or not name.endswith(person):
        return None
    offset = window + start + part.index(text) + len(text) - len(name)
    return offset, offset + len(name)


def _parts_before(outside: str, comma: int) -> tuple[int, str, list[tuple[int, int]]]:
    """(window, head, parts): the look-back window's start, `outside[window:comma]`, and its
    parts between commas (those in brackets aside) as (start, end) in the head. (Within the
    window: a huge sentence of "a, said b, said …" stays linear.)"""
    window = max(0, comma - _LOOK_BACK)
    head = outside[window:comma]
    commas = _IN_BRACKETS.sub(_blank, head) if "(" in head else head
    cuts = [i for i, c in enumerate(commas) if c == ","]
    return window, head, [*zip([0, *(c + 1 for c in cuts)], [*cuts, len(head)], strict=True)]


def _named_part(outside: str, comma: int) -> tuple[int, int] | None:
    """The only part of `outside[:comma]`, between commas (those in brackets aside), that is a
    person's name and nothing else; parties and ages ("R-Utah", "41") are not parts."""
    window, head, parts = _parts_before(outside, comma)
    names, previous = [], ""
    for start, end in parts:
        part = head[start:end]
        text = part.strip()
        last = (start, end) == parts[-1]
        initials = _TRAILING_PARENTHESIS.search(text) if last and text.endswith(")") else None
        if initials and initials.start() > 0:
            text = text[: initials.start()]  # "…, A Firm Co. (AFC), said": the name before them
        party_or_age = _PARTY_AND_STATE.fullmatch(text) or _AGE.fullmatch(part)
        # (not the name of an agent inside a clause: "The governor, who was represented by his
        # deputy, A Name, said" is the governor's)
        agent = _BY_AN_AGENT.search(previous) is not None
        # (nor a place's region after the place: "addressing farmers at Anna Regina, Essequibo
        # Coast, said")
        region = _PLACE_ENDS_PART.search(previous) is not None and (
            _A_CLAUSE_IN_PART.search(previous) is not None  # (not "The officer in Ikeje, A")
        )
        described, previous = previous.strip(), part
        # (nor an opening phrase: "In Basti Lal Din, a village near the breach, A Name, 52,
        # said")
        opening = text.split(None, 1)[0].lower() in _PLACE_PREPOSITIONS if text else False
        a_name = (
            not party_or_age and not agent and not region and not opening
        ) and _looks_like_name(text)
        person = a_name and len(speakers.person_name(text).split()) >= 2
        # (or a body named after the words that describe it: "…, the operator, Oileán
        # Ferries, said")
        body = (
            a_name
            and speakers.describes_a_body(described)
            and (speakers.organisation(text) == text)
        )
        if person or body:
            offset = window + start + part.index(text)
            names.append((offset, offset + len(text)))
    return names[0] if len(names) == 1 else None


def _looks_like_name(segment: str) -> bool:
    words = segment.split()
    if (
        len(words) > 1
        and words[0] == "the"
        and words[1].lower().rstrip(".") in speakers.STYLED_AFTER_THE
    ):
        words = words[1:]  # "the Hon. A Name", "the Rev. A Name"
    if not words or len(words) > 9 or not words[0][:1].isupper():
        return False
    return all(
        w[:1].isupper()
        # (a firm's suffix in small letters, a branch's number: "Ruckledge plc", "United Bus
        # Operators Local 1187")
        or w.lower().replace(".", "") in _SMALL_SUFFIXES
        or (w.isdigit() and k > 0)
        or w.lower() in _NAME_PARTICLES
        # ("Syed Azman al-Qadrani", "Rodel dela Paz": a particle of the surname)
        or w.lower() in speakers.NAME_PARTICLES
        or speakers.JOINED_PARTICLE.fullmatch(w)
        for k, w in enumerate(words)
    )


_SMALL_SUFFIXES = frozenset("plc ltd inc llc bhd sdn pty bv nv ag sa".split())


# A document and who read it out or signed it, at a sentence's start (see `_own_attributions`).
_DOCUMENT_CARRIED = re.compile(
    r"\s*((?:A|An|The|Its|His|Her|Their)\s+(?:[\w'’-]+\s+){0,2}?(?:statement|letter|affidavit"
    r"|declaration|notice|memo|submission|circular|message|petition)\b[^,.;:“”\"]{0,120}),\s+"
    r"(?:(?:later|then|also)\s+)?(?:read|signed|sworn|issued|written|sent|released|delivered)\b"
)
# Hearsay about a thing, no one's words: "said to be", "said to have been", "said to date from".
_SAID_TO_BE = re.compile(
    r"\s+to\s+(?:be|have|date|contain|number|include|involve|belong|originate|stem|weigh"
    r"|measure|own|hold|come)\b"
)
# A thing that carries written words, which "said" or "read" quote: "A sign on the gate said".
_INSCRIPTION = re.compile(
    r"\b(?i:a|an|the|one|another|this|that)\s+(?:[\w-]+\s+){0,2}?(?:sign|signs|signboard"
    r"|banner|banners|placard|placards|poster|posters|billboard|sticker|stickers|graffiti|plaque"
    r"|[Tt]-shirts?)(?![\w-])(?:\s+(?:on|at|in|outside|above|over|held|hung|carried)\b|\s*$)"
)


_RELATION = re.compile(
    r"(?:his|her|their) (?:"
    + word_alternation(speakers.RELATIONS | {"partner", "lawyer", "spokesman", "spokeswoman"})
    + r"|spokesperson)"
)
_IN_BRACKETS = re.compile(r"\([^()]{0,80}\)")
_DESCRIPTION = re.compile(r"\s+(?:an?|the)\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,5}\s*$")
# A source's place that makes it a comparison's or a cause's object, no subject: "wider than any
# published poll suggested", "delayed due to a land dispute".
# Acts a cue word names, which a document closing the sentence may report: an apology, a welcome.
_ACTS_REPORTED = _APOLOGIES | frozenset(["welcomed", "welcomes"])
_COMPARED_WITH = re.compile(r"\b(?:than|due to|owing to|because of|thanks to)\s+$")
# A count a word or two before a noun-like cue: "11 other southern states", "three new reports".
_COUNTED_BEFORE = re.compile(
    rf"(?<![,\d])\b(?:\d+|{'|'.join(sorted(NUMBER_WORDS))})\s+(?:[a-z]+\s+){{1,2}}$", re.IGNORECASE
)
_WHO_HAD = re.compile(r"\b(?:who|that)\s+(?:(?:had|have|has)\s+)?$")
_AGE_SET_OFF = re.compile(r"(?<=[a-z]), \d{1,3},(?= [a-z])")
_JOINED_AFTER_THE_AGE = re.compile(r"\s*(?:and|along with|together with|plus)\b")
_DASHED_ASIDE = re.compile(r"\s[—–]\s[^—–,;:“”\"]{1,50}\s[—–]\s*$")
# (or a country's inside a firm's name, before its form: "Solevu Energy (Fiji) Ltd said")
_ACRONYM_IN_BRACKETS = re.compile(
    r"(?<=[A-Za-z]) \([A-Z][A-Za-z.&]{1,11}\)"
    r"(?= (?:in|at) [A-Z]| (?:Ltd|Limited|Plc|PLC|Inc|Bhd|Pty|Pte|Co|Corp)\b)"
)


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


# A place in capitals and a dash before a subject ("HAWASSA — "), where a comma follows the
# subject (see `_DATELINE`, which wants a comma or a bracket after the place itself).
# (or a place in capitals and a full stop, the dateline of East Africa's papers: "KAMPALA. The
# riders' association has told …")
_PLACE_AND_DASH = re.compile(
    rf"\s*(?:[A-Z][A-Z'’.-]{{2,}}(?: [A-Z][A-Z'’.-]+)*\s+[-–—]|{DATELINE_PLACE}\.)\s+(?=\S)"
)


# The words set off by commas just before a name: "The operator, " in "The operator, Limpa Sul,".
_DESCRIBED_BEFORE = re.compile(
    r"(?:^|[,;:]\s+)((?:[Tt]he|[Ii]ts|[Tt]heir) [a-z][a-z'’ -]{0,40}),\s+$"
)


def _described_as_a_body(outside: str, start: int) -> bool:
    described = _DESCRIBED_BEFORE.search(outside, max(0, start - 50), start)
    return described is not None and speakers.describes_a_body(described.group(1))


def _apposition(outside: str, comma: int) -> tuple[int, int] | None:
    """'Eastmere Rail's chief executive, Ravi Marsh, said' and 'Ravi Marsh, its chief, said'.

    `comma` is the comma right before the cue; the sentence must have exactly one other before it.
    """
    lead = _OPENING_PHRASE.match(outside)
    if lead and lead.end() < comma:
        # "Meanwhile, the Minister of X, the Hon. A Name, told …": the opening phrase's comma
        # is none of the two (blanked, same offsets).
        outside = " " * lead.end() + outside[lead.end() :]
    dateline = _DATELINE.match(outside)
    if dateline and dateline.end() < comma:
        # (nor is a dateline's: "KUALA LUMPUR, March 2 — …, said A Name")
        outside = " " * dateline.end() + outside[dateline.end() :]
    # Commas inside brackets do not count: "Cllr A Name (Labour, Ward), cabinet member, said";
    # nor an age's ("A Name, whose son B, 22, was among the dead, said").
    commas = _IN_BRACKETS.sub(_blank, outside[:comma]) if "(" in outside[:comma] else outside
    commas = _AGE_SET_OFF.sub(_blank, commas[:comma]) if ", " in commas[:comma] else commas
    previous = commas.rfind(",", 0, comma)
    earlier = commas.rfind(",", 0, previous) if previous != -1 else -1
    if earlier != -1 and commas.rfind(",", 0, earlier) == -1:
        # A source closing the sentence with a description of it: "Flights were cancelled on
        # Sunday, a spokesman for AirNusa, a regional carrier, said."
        middle, described = outside[earlier + 1 : previous], outside[previous + 1 : comma]
        if (
            _DESCRIPTION.match(described)
            and speakers.one_person(middle.strip())
            and FINITE_VERB.search(outside, 0, earlier)
        ):
            start = earlier + 1 + len(middle) - len(middle.lstrip())
            return start, earlier + 1 + len(middle.rstrip())
    if previous == -1 or earlier != -1:
        return None
    # (The first part with its brackets blanked, same offsets: "A Name (Labour)" is a name.)
    first, second = commas[:previous], outside[previous + 1 : comma]
    if not first.strip() or not second.strip():
        return None
    if (
        _ASIDE.match(second)
        or _AGE.fullmatch(second)
        or speakers.letters_after_a_name(second.strip())
    ):
        # "The ministry, in a statement, said": an aside, the source is before it; so is an
        # age ("mum-of-three A Name, 41, said"), a degree or honours ("A Name, M.D., said", "A
        # Name, KC, said"). (Not a clause before it: "A barrier will be built by September,
        # after …, says A Name".)
        if FINITE_VERB.search(first):
            return None
        return _source_before(outside, len(first))
    if _RELATIVE_OPENING.match(second):
        # "Council member A Name, who represents the east side, said": the name the relative
        # clause describes, without the role words before it.
        of_body = _NAME_BEFORE_BODY.search(first)
        if of_body and len(speakers.person_name(of_body.group(1)).split()) >= 2:
            # "Planetary scientist A Name of the Aldermoor Institute, who was not involved …"
            return of_body.start(1), of_body.end(1)
        name = _NAME_AT_END.search(first)
        if name and speakers.person_name(name.group(0)):
            before = first[: name.start()].rsplit(None, 1)[-1:]
            if before and before[0].lower() in _PLACE_PREPOSITIONS | {"and", "&"}:
                # "The cannery at Puerto Calderilla, which employs 340 people, said": the
                # cannery, not a person named Puerto Calderilla; "A senior official of the
                # Ministry of Housing and Urban Affairs, who …": the official.
                start = len(first) - len(first.lstrip())
                return start, len(first.rstrip())
            return name.start(), name.end()
        aged = _AGE_SET_OFF.search(outside, 0, previous + 1)
        if (
            aged
            and _looks_like_name(outside[: aged.start()].strip())
            # (not a group after the age: "A Name, 38, and her neighbours, who …, said")
            and not _JOINED_AFTER_THE_AGE.match(outside, aged.end())
        ):
            # "A Name, 58, chairman of the Traders' Association, which represents 460 shops,
            # said": the clause describes the body; the speaker is the name before the age
            named = outside[: aged.start()]
            return len(named) - len(named.lstrip()), len(named.rstrip())
        opening = first.split()[0].lower() if first.split() else ""
        if _names_someone(first.strip()) or opening in _DETERMINERS:
            # "Anseclaire Mutual Insurance, which covers …, did not return calls", "A senior
            # official at the hospital, who asked not to be named, said": the phrase itself
            # (after a dateline of a place and a dash: "HAWASSA — The Boreda Hills …, which …").
            placed = _PLACE_AND_DASH.match(first)
            start = placed.end() if placed else len(first) - len(first.lstrip())
            return start, len(first.rstrip())
    head = [word.lower().strip(".,'’") for word in second.split()[:3]]
    # "Barr. A Name" is a titled person; "Director of Economic Statistics" is a role.
    # (a title with its portfolio before the name too: "Senior Superintendent of Police A Name")
    titled = speakers.person_name(second.strip())
    titled_person = len(titled.split()) >= 2 and (
        not any(word in ("of", "for", "at") for word in head) or second.strip().endswith(titled)
    )
    role_after = any(word in speakers.ROLE_WORDS for word in head) and not titled_person
    # (or a party and its state: "A Name, Republican of Missouri, said")
    role_after = role_after or (
        head[:1] and head[0] in speakers.PARTY_WORDS and head[1:2] in (["of"], ["from"])
    )
    if role_after and _looks_like_name(first.strip()):
        # "Councillor A Name, Cabinet Member for Environment, said": the capitalised second
        # part is a role; the speaker is the name before it (a body's too: "Kestrel Ports Ltd,
        # Owner of the Harbour, said").
        start = len(first) - len(first.lstrip())
        return start, len(first.rstrip())
    region = _IN_A_PLACE.search(first)
    if region and any(w.lower() in speakers.ORG_WORDS for w in region.group(0).split()):
        region = None  # "The chief executive of Halden Foods, A Surname, said": a body's name
    if region and _looks_like_name(second.strip()) and len(second.split()) <= 3:
        # "A Name of Harwich, Essex, said", "Residents of Bagongtanaw, Sta. Rufina, said": the
        # second part is the place's region; the speaker is the person or the people before.
        # (But "The mayor of Harwich, A Name, said": one person, the second part names them.)
        head = first[: region.start()].strip()
        start = len(first) - len(first.lstrip())
        if _looks_like_name(head) and len(speakers.person_name(head).split()) >= 2:
            return start, start + len(head)
        tokens = list(_TOKEN.finditer(first))
        at = next(i for i, tok in enumerate(tokens) if tok.start() > region.start())
        group = _group_of_people(tokens, at)
        if group is not None and group[1] is not None:
            return group  # "Dr A Name of the hospital in Ravensby, Kent, said": the person
        plural = group is not None and _PLURAL_HEAD.match(first, group[0])
        # (one person's place names the place with "in" or "at": "A teacher at a school in
        # Lindell, Kent"; with "of" or "for", a lone second word is their surname: "The head
        # of Halden, Farquhar, said")
        located = region.group(0).split()[0] not in ("of", "for")
        one_word = not speakers.person_name(second.strip()).count(" ")
        if group is not None and (plural or (located and one_word)):
            return group[0], len(first.rstrip())
    of_body = _NAME_BEFORE_BODY.search(first)
    if of_body and len(speakers.person_name(of_body.group(1)).split()) >= 2:
        # "Police Staff Sergeant A Name of the Malaguimba Police Station, one of the first
        # officers at the scene, said": the person the first part names before their body
        return of_body.start(1), of_body.end(1)
    for segment, offset in ((second, len(first) + 1), (first, 0)):
        text = segment.strip()
        if text.endswith(")"):
            # (a party or a ward in brackets after the name: "The Chairman, Cllr A Name (FF),
            # said" is the councillor)
            text = _PARTY_IN_BRACKETS.sub("", text)
        if _PARTY_AND_STATE.fullmatch(text):
            continue  # "State Sen. A Name, R-Dunmarrow, said": a party, not a second name
        words = text.split()
        office = next((n for n, w in enumerate(words) if w in ("of", "for")), 0)
        if office and all(w.lower().rstrip(".") in speakers.ROLE_WORDS for w in words[:office]):
            continue  # "Member of Parliament for St. Ethelred North West": an office, no name
        if offset and words and words[0].islower():
            # "Its founder, retired teacher A Name, added": the name after what they do
            person = speakers.person_name(text)
            described = text[: len(text) - len(person)].split()
            if (
                len(person.split()) >= 2
                and text.endswith(person)
                and described
                # (a title may stand between them and the name: "retired judge Justice A Name")
                and all(
                    w.islower() or w.lower().rstrip(".") in speakers.ROLE_WORDS for w in described
                )
                and described[-1].lower().rstrip(".") in speakers.ROLE_WORDS
                # (a description, not a clause: "sentencing fraudster A Name", "unlike her
                # brother A Name", "including his mother A Name" are others)
                and not any(w in _JOINERS_IN_A_ROLE for w in described)
                and not described[0].endswith("ing")
            ):
                start = offset + segment.index(text) + len(text) - len(person)
                return start, start + len(person)
        if _looks_like_name(text):
            start = offset + segment.index(text)
            return start, start + len(text)
        if (
            offset
            and text.startswith("the ")
            and _looks_like_name(text[4:])
            and any(w.lower() in speakers.ORG_WORDS for w in words)
            # (its head a body's word: "the Cathaoirleach of Mayo County Council" after a
            # name is her office, of a body)
            and any(w.lower() in speakers.ORG_WORDS for w in text[4:].split(" of ")[0].split())
        ):
            # "The awards' organising body, the Society of Stage Producers, said": the body's
            # name, after the description
            start = offset + segment.index(text)
            return start, start + len(text)
    return None


_PARTY_IN_BRACKETS = re.compile(r"\s*\([^()]{1,30}\)$")
_IN_A_PLACE = re.compile(
    rf"\s(?:of|in|at|from|near)\s+(?:the\s+)?[{_UPPER}][\w'’.-]*(?:\s+[{_UPPER}][\w'’.-]*){{0,3}}\s*$"
)


_PLURAL_HEAD = re.compile(
    r"(?:\w+\s+){0,2}?(?:police|staff|\w+s)\s+(?:of|in|at|from|near|on|for|with)\b"
)


# (the spaces before the day are the word's before it, or the cue's: one way to split them, or
# a long run of spaces is tried each way)
_WHEN_AFTER_CUE = re.compile(
    r"(?:\s+(?:(?:on|late on|early on|last|this|earlier|later)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening)|\s+yesterday|"
    r"\s+in a statement|\s+in an interview)+",
    re.IGNORECASE,
)


def reporting_spans(text: str, attributions: list[Attribution]) -> list[tuple[int, int]]:
    """The parts of `text` that only say who said it: source, cue and when they said it.

    Check-worthiness is judged on the rest ("said on Tuesday" is not a checkable date).
    """
    spans = []
    for a in attributions:
        if a.inherited:
            continue
        spans.append((a.source_start, a.source_end))
        if _BLAMED.fullmatch(a.cue):
            continue  # (blaming is the claim itself: its cause is what can be checked)
        when = _WHEN_AFTER_CUE.match(text, a.cue_end)
        spans.append((a.cue_start, when.end() if when else a.cue_end))
    return spans


# A quotation in single marks, the British style: opened at the start of a sentence or after a
# space, a bracket or a colon ("‘We pay more,’", "'We pay more,'"), closed after its own stop
# or comma, or before one ("… was 'a small part of the problem'."); never an apostrophe
# ("don't", "the farmers' union"). Only a pair is a quotation.
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[:—–-]))[‘'](?=[^\W\d_])")
_SINGLE_CLOSING = re.compile(
    r"(?<=[,.!?…])[’'](?=\s|$|[,.;:)—–-])|(?<=[^\W\d_])[’'](?=[.,;:!?](?:\s|$))"
)
_SINGLE_CLOSING_IN_A_SENTENCE = re.compile(r"(?<=\S)[’'](?![^\W\d_])")
_QUOTED_WORDS_REACH = 300  # a quotation opened inside a sentence closes within these characters
_DOUBLE_MARKS = ('"', "“", "”")


def _single_quotes_as_double(sentences: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A text that quotes in single marks only, read as if in double ones: the same length, so
    every span stays where it was. Marks are paired within a paragraph; a quotation left open at
    a paragraph's end carries on when the next paragraph opens with a mark (the newspaper
    convention). (With any double mark in the text, single marks are nested quotations or
    apostrophes, and are left.)"""
    if any(mark in text for text, _p in sentences for mark in _DOUBLE_MARKS):
        return sentences
    if not any(_SINGLE_OPENING.search(text) for text, _p in sentences):
        return sentences
    marks: dict[tuple[int, int], str] = {}
    n = len(sentences)
    start = 0
    while start < n:
        end = start
        while end < n and sentences[end][1] == sentences[start][1]:
            end += 1
        events = []
        for k in range(start, end):
            text = sentences[k][0]
            if len(text) > LONGEST_SENTENCE:
                continue  # (not prose: no attribution is looked for in it)
            first = len(text) - len(text.lstrip())
            for m in _SINGLE_OPENING.finditer(text):
                if m.start() > first:
                    # A quotation opened inside a sentence closes in it, within a few words:
                    # "… is 'unavoidable' after …" (its closing mark may stand before a space).
                    closing = _SINGLE_CLOSING_IN_A_SENTENCE.search(
                        text, m.end(), m.end() + _QUOTED_WORDS_REACH
                    )
                    if closing:
                        marks[(k, m.start())], marks[(k, closing.start())] = "“", "”"
                    continue
                events.append((k, m.start(), 0))
            events += [(k, m.start(), 1) for m in _SINGLE_CLOSING.finditer(text)]
        opened = None
        for k, at, closing in sorted(events):
            if (k, at) in marks:
                continue
            if not closing:
                opened = opened or (k, at)
            elif opened is not None:
                marks[opened], marks[(k, at)] = "“", "”"
                opened = None
        next_opens = end < n and sentences[end][0].lstrip()[:1] in ("'", "‘")
        if opened is not None and next_opens:
            marks[opened] = "“"  # (carried on into the next paragraph)
        start = end
    if not marks:
        return sentences
    by_sentence: dict[int, list[tuple[int, str]]] = {}
    for (k, at), mark in marks.items():
        by_sentence.setdefault(k, []).append((at, mark))
    out = list(sentences)
    for k, placed in by_sentence.items():
        chars = list(sentences[k][0])
        for at, mark in placed:
            chars[at] = mark
        out[k] = ("".join(chars), sentences[k][1])
    return out


# A low mark that opens (after a space, before a letter), the mark read in its place, the mark
# its closing high one is read as, and what comes first after it: its closing high mark (before
# a space, a stop or the end) or an English opening (a high mark before a letter).
_LOW_QUOTES = [
    (
        re.compile(rf"(?:^|(?<=[\s(\[—–-])){low}(?=\w)"),
        opening,
        closing,
        re.compile(rf"(?P<close>{high})(?!\w)|[“‘](?=\w)"),
    )
    for low, high, opening, closing in (("„", "“", "“", "”"), ("‚", "‘", "‘", "’"))
]


def _low_quotes_as_double(sentences: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Quotations in the German and Central European style („…“, ‚…‘) read as if in English
    marks (“…”, ‘…’): the same length, so every span stays where it was. A low mark opens after
    a space and before a letter; it is read so only when its paragraph closes it — with a high
    mark that stands before a space, a stop or the end, before any English opening (“ before a
    letter) — so an unclosed „ or a ‚ pasted for a comma changes nothing."""
    if not any("„" in text or "‚" in text for text, _p in sentences):
        return sentences
    out = list(sentences)
    start = 0
    while start < len(sentences):
        end = start
        while end < len(sentences) and sentences[end][1] == sentences[start][1]:
            end += 1
        if not any("„" in text or "‚" in text for text, _p in sentences[start:end]):
            start = end
            continue
        # (the paragraph's sentences joined by a space, each character's place kept)
        places = [
            place
            for k in range(start, end)
            for place in [*((k, i) for i in range(len(sentences[k][0]))), None]
        ]
        text = " ".join(sentences[k][0] for k in range(start, end))
        marks: dict[int, str] = {}
        for low_mark, opening, closing, closing_first in _LOW_QUOTES:
            for m in low_mark.finditer(text):
                close = closing_first.search(text, m.end())
                if close and close.group("close"):
                    marks[m.start()], marks[close.start()] = opening, closing
        for at, mark in marks.items():
            k, i = places[at]
            chars = list(out[k][0])
            chars[i] = mark
            out[k] = ("".join(chars), out[k][1])
        start = end
    return out


def attribute(
    sentences: list[tuple[str, int]], *, cue_words=None, furniture=(), links=()
) -> list[list[Attribution]]:
    """Attributions for each (sentence text, paragraph number), in article order.

    `cue_words`, if the caller has found them (analyze's word scan): {sentence index: offsets
    of the CUE_WORDS in it}; sentences not in it hold none. `furniture`: indexes of boilerplate
    sentences, which name no speaker (a related headline's "Mayor says …" must not become the
    person a later "she said" refers to). `links`: those of them that are lists of links
    ("Also Read | …"), whose words name nobody at all.
    """
    sentences = _single_quotes_as_double(_low_quotes_as_double(sentences))
    states = _quote_states(sentences, furniture)
    for index in links:
        # A link names nobody: "Also Read | …" is no person for a later "he said" to mean.
        states[index].outside = " " * len(states[index].outside)
    if cue_words is None:
        # No scan given (one sentence after an editor's merge or split, tests): every sentence
        # looks for its cue words itself.
        cue_words = dict.fromkeys(range(len(states)))
    for index, cores in cue_words.items():
        if len(sentences[index][0]) > LONGEST_SENTENCE or index in furniture:
            continue
        state = states[index]
        state.attributions = _own_attributions(sentences[index][0], state.outside, cores)

    _outer_frame_first(sentences, states)
    _colon_before_quotation(sentences, states, furniture)
    _in_their_words(sentences, states, furniture)
    _embed_intros(sentences, states, furniture)
    _transcript_turns(sentences, states, furniture)
    _timed_labels(sentences, states, furniture)
    _unprefixed_answers(sentences, states, furniture)
    # (before the speakers are named: the person a quotation is named after is the one a
    # later "she testified" means)
    _named_after_the_quotation(sentences, states, furniture)
    _name_speakers(
        states,
        [paragraph for _text, paragraph in sentences],
        frozenset(furniture),
        texts=[text for text, _paragraph in sentences],
    )
    _the_younger_or_the_older(states)
    for state in states:
        asks = state.attributions and state.outside.rstrip().endswith("?")
        if asks and _ASKS_WHAT_IS_SAID.fullmatch(state.outside.strip()):
            state.attributions = []  # (named first, for the answer's "it" and "they")
    _inherit_through_quotations(sentences, states, furniture)
    _translations_in_brackets(sentences, states, furniture)
    _embedded_posts(sentences, states, furniture)
    _posts_under_a_handle(sentences, states, furniture)
    _headline_labels(sentences, states, furniture)
    _headline_roles(sentences, states, furniture)
    return [state.attributions for state in states]


# A modifier that makes a role someone else's: the opposition's, a past or a stand-in holder's.
_NOT_THE_ROLES_HOLDER = (
    "shadow former ex deputy acting assistant vice lieutenant opposition outgoing incoming junior"
    " interim retired"
).split()
_NOT_THE_ROLE = re.compile(rf"\b(?i:{'|'.join(_NOT_THE_ROLES_HOLDER)})[ -](?:\S+ ){{0,2}}$")
# Those, and the words of another time, before a role that the text may have given its holder
# before: "the previous mayor", "the then mayor", "the new mayor", "the town's first mayor".
_NOT_THE_HOLDER_NOW = frozenset(
    [*_NOT_THE_ROLES_HOLDER, *"previous late then new next first associate junior".split()]
)
# A headline's short role and how the story writes it out ("CFO says …", then "Chief financial
# officer A Name said …").
_ROLE_IN_FULL = {
    "ceo": ("chief executive", "chief executive officer"),
    "cfo": ("chief financial officer", "finance chief", "finance director"),
    "coo": ("chief operating officer",),
    "md": ("managing director",),
    "pm": ("prime minister",),
}
_HEADLINE_REACH = 6  # the lines under a headline (or a live blog's entry heading) that tell it
# The story's lines under a headline that may name its role's person: the lead and the few
# paragraphs after it (a page's byline, date and caption lines not counted).
_HEADLINE_ROLE_REACH = 16


_ROLE_AND_PORTFOLIO = re.compile(r"(.+?)\s+(?:of|for)\s+(.+)")


def _role_and_portfolio(phrase: str) -> tuple[str, str]:
    """ "secretary of state" -> ("secretary", "state"); "minister" -> ("minister", "")."""
    with_portfolio = _ROLE_AND_PORTFOLIO.fullmatch(phrase)
    return with_portfolio.groups() if with_portfolio else (phrase, "")


def _is_role(phrase: str) -> bool:
    """Up to three words, each a role word, the last no body's: "minister", "Police chief",
    "Regional health chief"; perhaps with a portfolio of up to three words after "of" or
    "for": "secretary of state", "minister for housing"."""
    role, portfolio = _role_and_portfolio(phrase.lower())
    words = role.split()
    return (
        1 <= len(words) <= 3
        and all(w in speakers.ROLE_WORDS for w in words)
        and words[-1] not in speakers.ORG_WORDS  # ("Council calls …": a body, named as such)
        and len(portfolio.split()) <= 3
    )


def _role_of_headline(source: str) -> str:
    """The role a headline's source is, lower-cased, or "": "minister", "police chief", and the
    role after a team's or a firm's name ("Sharks coach", "Rutherglade CEO": "coach", "ceo")."""
    source = source.lower()
    if _is_role(source):
        return source
    words = source.split()
    return words[-1] if len(words) in (2, 3) and _is_role(words[-1]) else ""


def _quoted_role(text: str, source: str) -> bool:
    """A sentence-case headline's role and its quoted words ("‘A dangerous afternoon’,
    minister says"): the role is someone, named under it (see `_headline_roles`)."""
    return _is_role(source) and any(q in text for q in "‘“'\"")


# A headline's source before a colon: a role or a surname ("Police chief: officer ended …",
# "Ekwunife: ‘This town was taken for granted’"); and a role before the verbs a headline uses
# with a quoted word ("Minister calls strike ‘deeply irresponsible’").
_HEADLINE_LABEL = re.compile(r"([A-Z][\w'’-]+(?: [A-Za-z][\w'’-]+)?): (?=\S)")
_QUOTING_CUES = ("calls", "concedes")
_QUOTING_HEADLINE = re.compile(
    rf"((?:[A-Za-z][a-z]+ )?[A-Za-z][a-z]+) ({'|'.join(_QUOTING_CUES)}) (?=.*[‘“])"
)


# A headline's role alone before its cue, after the start, a comma, a semicolon or a quote:
# "‘A dangerous afternoon’, health minister says" (not `_ROLE_BEFORE`: a role before a name).
_HEADLINE_ROLE_ALONE = re.compile(r"(?:^|[,;’”'\"]\s*)((?:[A-Za-z][a-z]+ )?[A-Za-z][a-z]+)\s+$")


def _headline_role_before(outside: str, cue_start: int) -> tuple[int, int] | None:
    """ "‘A dangerous afternoon’, minister says": the role alone before a headline's cue."""
    m = _HEADLINE_ROLE_ALONE.search(outside, max(0, cue_start - 40), cue_start)
    return m.span(1) if m and _is_role(m.group(1)) else None


def _states_of_its_own(text: str, start: int) -> bool:
    """The words after a headline's label open with a subject of their own, not with a
    participle ("suspended", "jailed"), an article or a figure that describes the label."""
    first = text[start:].split(None, 1)[0].lower() if text[start:].split() else ""
    return (
        bool(first)
        and first[0].isalpha()
        and first not in _DETERMINERS
        and not first.endswith("ed")
    )


def _headline_labels(sentences, states: list[_QuoteState], furniture) -> None:
    """Sources a headline gives without a verb of saying: the role is resolved by
    `_headline_roles` (and dropped if the story names nobody with it); the surname is the
    person the lines under it (or the page before it) name in full."""
    for index, state in enumerate(states):
        text = sentences[index][0]
        if state.attributions or index in furniture or not _is_headline(text):
            continue
        m = _HEADLINE_LABEL.match(text)
        if m is not None:
            cue, cue_start, cue_end = m.group(1) + ":", m.start(1), m.end(1) + 1
        else:
            m = _QUOTING_HEADLINE.match(text)
            if m is None or not _is_role(m.group(1)):
                continue
            cue, cue_start, cue_end = m.group(2), *m.span(2)
        label = m.group(1)
        quoted = text[cue_end:].lstrip()[:1] in "‘“'\""
        # A label before a colon is the headline's speaker when its words are quoted, or a
        # role's when they are a statement of their own ("Police chief: officer ended pursuit
        # …"); not when they tell of the label ("Surgeon: suspended after …", "Okafor: ex-mayor
        # jailed …", "Holloway: the prison that never closed", "Preston: 14 new cases").
        if (
            cue.endswith(":")
            and not quoted
            and not (_is_role(label) and _states_of_its_own(text, cue_end))
        ):
            continue
        if _is_role(label):
            state.attributions = [Attribution(label, cue, *m.span(1), cue_start, cue_end)]
            continue
        if " " in label:
            # "A Name: ‘We farm on top of a living city’" over an interview whose turns are
            # initials: the person, named again on the page.
            # (a person the page then gives turns by initials, "HI:", or has speak: not "Port
            # Lenard: ‘Our town is dying’" over a story about the town)
            initials = "".join(word[0] for word in label.split())
            speaks = re.compile(
                rf"^{initials}:|\b{re.escape(label.split()[-1])}\b,? (?:said|says|told|tells)\b"
            )
            named = quoted and speakers.person_name(label) == label
            later = (sentences[k][0] for k in range(index + 1, len(sentences)))
            if named and any(speaks.search(other) for other in later):
                state.attributions = [Attribution(label, cue, *m.span(1), cue_start, cue_end)]
            continue
        full = re.compile(rf"\b({_NAME_WORD}(?: {_NAME_WORD}){{0,2}} {re.escape(label)})\b")
        nearby = [*states[index + 1 : index + 1 + _HEADLINE_REACH], *states[:index]]
        for other in nearby:
            found = full.search(other.outside)
            if found and speakers.person_name(found.group(1)) == found.group(1):
                state.attributions = [
                    Attribution(label, cue, *m.span(1), cue_start, cue_end, resolved=found.group(1))
                ]
                break


def _headline_roles(sentences, states: list[_QuoteState], furniture) -> None:
    """A headline's source that is only a role ("Governor says no rush to cut rates", "‘A
    dangerous afternoon’, minister says", a team's or a firm's: "Sharks coach says …") is the
    person the story under it names with that role: the first "<role> <Full Name>" or "<role>,
    <Full Name>," in the story's next lines, the page's byline, date and caption lines not
    counted ("Reserve Bank governor Teodor Hallsworthy-Dube told …", "The ward councillor, Cllr
    A Name, said …")."""
    for index, state in enumerate(states):
        # (the first source of a standfirst with two: "Station commander says …; community
        # forum says …")
        if not state.attributions or not (
            _is_headline(sentences[index][0])
            or (
                _is_headline(sentences[index][0], _STANDFIRST_WORDS)
                and _under_a_headline(sentences, index, furniture)
            )
        ):
            continue
        found, others = state.attributions[0], state.attributions[1:]
        role = _role_of_headline(found.speaker)
        story = (i for i in range(index + 1, len(states)) if i not in furniture)
        if not role:
            body = "" if found.resolved else _body_of_its_kind(found.source, states, story)
            body = body or _who_says_it_below(sentences, states, furniture, index, found, False)
            if body:
                state.attributions = [replace(found, resolved=body), *others]
            continue
        story_lines = list(
            itertools.islice(
                (i for i in range(index + 1, len(states)) if i not in furniture),
                _HEADLINE_ROLE_REACH,
            )
        )
        if role in _NOT_THE_ROLES_HOLDER:
            story = iter(())  # ("Opposition calls the rise …": the party, no one person)
        person = _named_with_the_role(role, (states[i] for i in story))
        person = person or _who_says_it_below(sentences, states, furniture, index, found, True)
        if not person and role in _ROLES_OF_A_BODY:
            # ("Operator says …" over "…, Sallthorpe Coaches said": a firm that runs the route)
            person = _who_says_it_below(sentences, states, furniture, index, found, False)
        # (or the role as the story goes on to write it: "Review moved to 9pm, energy regulator
        # says" over "The energy regulator said it had moved …")
        person = person or _the_role_below(states, story_lines, found.source)
        if person:
            state.attributions = [replace(found, resolved=person), *others]
        else:
            labelled = found.cue.endswith(":") or found.cue in _QUOTING_CUES
            if not found.resolved and (
                (found.source.islower() and _is_role(found.source)) or labelled
            ):
                state.attributions = others  # a role the story names nobody with: no one
    _lead_description(sentences, states, furniture)


def _the_role_below(states: list[_QuoteState], lines: list[int], source: str) -> str:
    """The speaker of the story's lines under a headline who is the headline's role with "the"
    before it, as the story writes it ("The energy regulator"); "" if none is."""
    wanted = source.lower().removeprefix("the ")
    for i in lines:
        for a in states[i].attributions:
            if a.speaker.lower() == f"the {wanted}":
                return a.speaker
    return ""


# The words that carry a headline's claim, to find it again in the story: figures, and the
# first letters of longer words (so "closes" finds "closed", "nurses" finds "nurse").
_CLAIM_WORD = re.compile(r"\d[\d,.]*|[^\W\d_]{4,}")
_CLAIM_REACH = 30  # the story's lines under a headline searched for the claim's speaker
# Roles a body plays as often as a person: a headline's "Operator says …" may be a firm's.
_ROLES_OF_A_BODY = frozenset(
    ["operator", "developer", "landlord", "contractor", "insurer", "miner", "regulator"]
)
# Sources that speak as a group, as a headline names them: "Police say …", "Family says …".
_COLLECTIVES = frozenset(["police", "family"])


def _claim_words(text: str) -> set[str]:
    return {
        w if w[0].isdigit() else w[:5]
        for w in (m.group(0).lower().rstrip(".,") for m in _CLAIM_WORD.finditer(text))
        if w not in _STOP_WORDS
    }


def _who_says_it_below(
    sentences, states, furniture, index: int, found: Attribution, person: bool
) -> str:
    """The speaker a headline's source by its kind or role alone stands for ("Developer says
    it is 'disappointed'", "Council leader says …"): who says the same thing in the story
    under it, the first of its lines that shares the most of the headline's words (two at
    least) with a named speaker. A body's kind only when the story also writes it in small
    letters ("the hospital"), so that a name ("Corvexa says …") is left as it is; never a group
    ("Parents say …", "Police say …"), which is its own source, nor a document's finding ("…,
    study finds"). A role's speaker is a person by name; a body's kind is the body by a name no
    person has ("Hospital says …": "Wyndhollow Valley Hospital", not the spokesperson who said
    it)."""
    if found.resolved or found.inherited or found.cue.endswith(":"):
        return ""
    words = found.source.split()
    if not words or not all(w.islower() for w in words[1:]) or not words[0][:1].isupper():
        return ""
    last = words[-1].lower()
    if (
        words[0].lower() in _DETERMINERS
        or (last.endswith("s") and not last.endswith("ss"))
        or last in _COLLECTIVES
        or last in speakers.DOCUMENT_WORDS
        or found.cue.split()[-1].lower() in _DOCUMENT_CUES
    ):
        return ""
    text = sentences[index][0]
    # (the clause of the headline its cue is in: "Union says …; county says …")
    start = text.rfind(";", 0, found.source_start) + 1
    end = text.find(";", found.cue_end)
    claim = _claim_words(text[start : end if end >= 0 else len(text)]) - _claim_words(found.source)
    story = [i for i in range(index + 1, len(states)) if i not in furniture][:_CLAIM_REACH]
    if not person and not any(
        re.search(rf"\b{re.escape(last)}\b", states[i].outside) for i in story
    ):
        return ""  # (a role is no name whatever the story writes; a kind must be written so)
    best, speaker = 1, ""
    # (the speaker's line, or the line that first names them, must give a word of the kind or
    # the role too, or the speaker may be anyone on the story's subject: "Council leader says
    # …" over an opposition councillor who says the opposite, "Opposition says …" over the
    # minister)
    # (its words of three letters or more, or all of them: "MP says …")
    said_as = [w for w in words if len(w) > 2] or words
    kind = re.compile(
        r"\b(?:" + "|".join(re.escape(w.lower()) for w in said_as) + r")\b", re.IGNORECASE
    )

    def of_the_kind(source: str, who: str) -> bool:
        # (beside the name: in the source as written, "Local MP A Name", or around the name
        # where the text first gives it, "A Name, the area's MP,"; not "Asked about the MP's
        # comments, B Name said")
        if kind.search(source):
            return True
        surname = who.split()[-1]
        for j in story:
            at = sentences[j][0].find(surname)
            if at != -1:
                near = sentences[j][0][max(0, at - 60) : at + len(surname) + 60]
                return kind.search(near) is not None
        return False

    for i in story:
        named = [
            (a.speaker, a.source)
            for a in states[i].attributions
            if a.speaker[:1].isupper()
            and a.speaker.split()[0].lower() not in _DETERMINERS
            and (
                len(a.speaker.split()) >= 2 and speakers.person_name(a.speaker) == a.speaker
                if person
                else not speakers.person_name(a.speaker) and not _names_a_document(a.speaker)
            )
        ]
        if not named:
            continue
        shared = len(claim & _claim_words(sentences[i][0]))
        if shared > best and of_the_kind(named[0][1], named[0][0]):
            best, speaker = shared, named[0][0]
    return speaker


# A headline's body by its kind alone, and how the story's full name for it ends:
# "Municipality says …" over "The Thabatsoeu Local Municipality said …".
_BODY_KINDS = {
    "municipality": "municipality",
    "council": "council",
    "trust": "trust",
    "agency": "agency",
    "co-op": "cooperative|co-operative|co-op",
    "authority": "authority",
    "commission": "commission",
    "association": "association",
    "bank": "bank",
    "board": "board",
    "company": "company|corporation",
    "utility": "company|corporation|utility",
    "mart": "mart",
    "union": "union",
    # ("City says …" over "…, the Jeonju city government said", "Chiang Mai Municipality")
    "city": "city government|city council|municipality|metropolitan government",
    "governorate": "governorate",
    "bureau": "bureau",
    "service": "service",
    "hospital": "hospital",
    "committee": "committee",
}
# Kinds whose bare word ("Union says …") names the body only where the story gives it words:
# the Soviet or the European Union named first is no union that spoke.
_KINDS_GIVEN_WORDS = frozenset(
    # (and the kinds as often a place or a bystander as the speaker: "… was treated at Whipps
    # Cross Hospital", "The Federal Bureau of Investigation was not involved")
    ["union", "city", "governorate", "bureau", "service", "hospital", "committee"]
)
# A headline's body by its kind, the story's name for it opening with the kind word: "Ministry
# says …" over "The Ministry of Works and Transport said …".
_BODY_KINDS_FIRST = frozenset(["ministry", "department"])


def _body_of_its_kind(source: str, states: list[_QuoteState], story: Iterable[int]) -> str:
    """The body the first of the story's lines (up to _HEADLINE_ROLE_REACH) names in full
    with the headline's kind word last ("Local Municipality", "Electric Cooperative"); ""
    when the source is no bare kind word or the story names none."""
    words = source.lower().removeprefix("the ").split()
    if len(words) == 1 and words[0] in _BODY_KINDS_FIRST:
        # ("Ministry says …": the Ministry of …, its name in full)
        named = re.compile(
            rf"((?i:{words[0]})\s+(?:of|for)\s+(?:the\s+)?[{_UPPER}][\w'’&.-]*"
            rf"(?:,?\s+(?:and\s+|&\s+|of\s+|the\s+)*[{_UPPER}][\w'’&.-]*){{0,5}})"
        )
        for i in itertools.islice(story, _HEADLINE_ROLE_REACH):
            m = named.search(states[i].outside)
            if m and m.group(1)[:1].isupper():
                return m.group(1)
        return ""
    kind = _BODY_KINDS.get(words[-1]) if 1 <= len(words) <= 2 else None
    if kind is None:
        return ""
    if words[-1] == "company" and source.lower().startswith("the "):
        # ("…, the company said" in a standfirst: the generic noun as written, unless the story
        # names a company by that word; a bare "Company says …" is a headline's shorthand)
        kind = "company|corporation"
    # (from a word's start: tried at each letter of a long capitalised token it is quadratic)
    named = re.compile(
        rf"(?<![\w'’&.-])((?:[{_UPPER}][\w'’&.-]*\s+(?:(?:and|&|of)\s+)?){{1,6}}"
        # (a city's qualifier in small letters before the kind: "The Sintra municipal council";
        # not "the Labour-run local council", "the US central bank", which describe)
        rf"(?:(?:municipal|metropolitan)\s+)?(?i:{kind}))"
        rf"(?![\w-])"
    )
    # ("Town council says …": the Kebun Hijau Town Council, the qualifier before the kind;
    # "Water company says …": the Kamwenyu Water and Sanitation Company, a word of the page in
    # small letters anywhere in the name; "Wealdhaven council" is a name of its own)
    common = len(words) == 2 and any(
        re.search(rf"\b{re.escape(words[0])}\b", state.outside) for state in states
    )
    # (an owner's word is the name's plural: "Tenants’ association" is the Kiburu Estate
    # Tenants Welfare Association)
    owners = words[0].rstrip("'’").removesuffix("'s").removesuffix("’s") if words else ""
    story = list(itertools.islice(story, _HEADLINE_ROLE_REACH))
    if words[-1] == "company" and len(words) == 1 and not source.lower().startswith("the "):
        # "Company says …" over "Tesserine Foods Corp. said …": a firm by its legal form, when
        # it is the one the story gives words to (not "a complaint by Harbour Foods Ltd")
        for i in story:
            for m in _FIRM_BY_ITS_FORM.finditer(states[i].outside):
                firm = _body_without_its_opener(m.group(1), firm=True)
                for a in states[i].attributions:
                    given = a.source.removeprefix("The ")
                    if not firm or len(a.source) <= 3:
                        continue
                    if len(given.split()) >= 2 and firm.endswith(f" {given}"):
                        # (the firm as the story names its speaker, not words before it the run
                        # took in: "Shareholders of Tarrow Mining Ltd …, Tarrow Mining Ltd said")
                        return given
                    if firm in a.source or given in firm:
                        return firm
    for i in story:
        for m in named.finditer(states[i].outside):
            name = m.group(1).lower().split()
            if len(words) == 1 and words[0] in _KINDS_GIVEN_WORDS:
                body = _body_without_its_opener(m.group(1))
                if not any(body and body in a.source for a in states[i].attributions):
                    continue
            owned = words[0] != owners and owners in name
            if len(words) == 2 and not (
                name[-2:-1] == words[:1] or (common and words[0] in name) or owned
            ):
                continue
            return _body_without_its_opener(m.group(1))
    return ""


# (its name may join words: "Guyana Power and Light Inc.", "Bank of Tarrow Ltd")
_FIRM_BY_ITS_FORM = re.compile(
    rf"((?:[{_UPPER}][\w'’&.-]*\s+(?:(?:and|&|of)\s+)?){{1,5}}(?:{speakers.FIRM_FORM_PATTERN})\.?)"
    r"(?![\w-])"
)


def _body_without_its_opener(run: str, *, firm: bool = False) -> str:
    """A capitalised run ending in a body's word without the words that open a sentence or a
    phrase before it ("In Thornbeck Borough Council …", "Under Thornbeck Borough Council plans
    …": the body, not the opener); "" when fewer than two words are left. (`firm`: a name by
    its legal form may open with a preposition: "Beyond Meat Inc.", "Under Armour Inc.")"""
    openers = _NOT_A_FIRST_NAME if firm else _NOT_A_FIRST_NAME | _PREPOSITIONS_OPENING
    words = run.split()
    while words and words[0] in openers | {"The", "A", "An"}:
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else ""


def _named_with_the_role(role: str, later: Iterable[_QuoteState]) -> str:
    """The person the first of the `later` lines (up to _HEADLINE_ROLE_REACH) names with the
    role: "<role> <Full Name>" or "<role>, <Full Name>," ("Reserve Bank governor Teodor
    Hallsworthy-Dube told …", "The ward councillor, Cllr A Name, said …"); "" when it is a
    former or a shadow holder, or nobody."""
    written = "|".join(re.escape(w) for w in (role, *_ROLE_IN_FULL.get(role, ())))
    # (honorifics and a long name after the role: "Works Minister Datuk Seri A B Mohd C";
    # one with a stop, after the role or after an apposition's comma: "Energy Minister Hon. A
    # Name", "The in-charge, Dr. A Name,")
    # (and a portfolio between the role and the comma: "The Commissioner for Commerce and
    # Industry, Mr A Name,")
    named = re.compile(
        rf"\b(?i:{written})(?: (?:[{_UPPER}][{_LOWER}]{{1,3}}\. )?"
        rf"|(?P<portfolio> (?:for|of|with responsibility for) (?:the )?(?:[\w'’&-]+ ){{0,4}}?"
        rf"[\w'’&-]+)?, (?:[{_UPPER}][{_LOWER}]{{1,3}}\. )?)"
        rf"({_NAME_WORD}(?: {_NAME_WORD}"
        rf"| {_SMALL_NAME_WORD}(?=(?: {_SMALL_NAME_WORD})* [{_UPPER}])){{1,6}})\b"
    )
    mentions = re.compile(rf"\b(?i:{written})\b")
    # (a holder named after it, or with a body of their own, is another: "The acting chief
    # executive, Mary Woon,", "the permanent secretary in the Finance Ministry")
    back = re.compile(
        rf"\b[Tt]he (?:[a-z]+ ){{0,2}}(?i:{written})\b(?!\s+(?:of|for|in|at|with)\b)"
        rf"(?!,?\s+[{_UPPER}])"
    )
    # (or the role in apposition after the name: "A Name, a livestock agent with …, said")
    apposed = re.compile(
        rf"({_NAME_WORD}(?: {_NAME_WORD}){{1,6}}), (?:an?|the) (?:[\w-]+ ){{0,3}}?(?i:{written})\b"
    )
    lines = list(itertools.islice(later, _HEADLINE_ROLE_REACH))
    for state in lines:
        m = named.search(state.outside) or apposed.search(state.outside)
        if m and _NOT_THE_ROLE.search(state.outside, max(0, m.start() - 30), m.start()):
            return ""  # "Shadow transport minister A Name", "Former governor B Name": not them
        # (a role with its body, "The vice-chancellor of Eastmoor University, A Name,": one
        # holder among others, when the story gives the role more than once)
        # (the story's "the permanent secretary said" after "The Permanent Secretary for Rural
        # Development, A Name," is the same holder, no other)
        portfolio = m is not None and m.re is named and m.group("portfolio")
        if portfolio and any(
            line is not state
            and len(mentions.findall(line.outside)) > len(back.findall(line.outside))
            for line in lines
        ):
            return ""
        name = m.group(m.lastindex) if m else ""
        person = speakers.person_name(name) if m else ""
        if len(person.split()) >= 2 and name.endswith(person):
            return person
    return ""


# The story's lead describing its speaker, whom the next lines name: "A coroner has warned
# that …" then "Assistant coroner A Name said …"; "A structural engineer told the court …".
_DESCRIBED = re.compile(r"(?:[Aa]n?|[Tt]he)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


def _lead_description(sentences, states: list[_QuoteState], furniture) -> None:
    """The lead (the story's first sentence with a stop) whose source is a description of one
    person by their role ("A coroner", "A structural engineer", "The chief executive") is the
    person the next lines name with that role."""
    lead = next(
        (i for i in range(len(states)) if i not in furniture and not _is_headline(sentences[i][0])),
        None,
    )
    if lead is None or len(states[lead].attributions) != 1:
        return
    found = states[lead].attributions[0]
    described = _DESCRIBED.fullmatch(found.source)
    role = _role_of_headline(described.group(1)) if described and not found.resolved else ""
    if not role or role in _NOT_THE_ROLES_HOLDER:
        return
    later = (states[i] for i in range(lead + 1, len(states)) if i not in furniture)
    person = _named_with_the_role(role, later)
    if person:
        states[lead].attributions = [replace(found, resolved=person)]


# A text named just before a cue of posting, and the time after it up to a comma: "In a notice
# posted Wednesday, …", "a statement issued late on Tuesday, …" (a participle, no speech).
_TEXTS_POSTED = re.compile(
    r"\b(?:notice|statement|letter|post|release|update|memo|message|note|advisory)\s+$"
)
_TIME_THEN_COMMA = re.compile(r"(?:\s+[\w'’.-]+){1,5}?,\s")
# What is posted that says nothing in words: "posted a video", "shared photos of the damage".
_MEDIA_POSTED = re.compile(
    r"\s+(?:(?:a|an|the|this|these|his|her|its|their|two|three|several)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:videos?|photos?|photographs?|pictures?|clips?|footage|images?|selfies?|maps?|links?"
    r"|livestream|reel)\b",
    re.IGNORECASE,
)
_WORDS_IN_IT = re.compile(
    r"\b(?:saying|says|said|in which|telling|urging|warning|announcing|asking|explaining|that"
    r"|of (?:him|her|them) (?:speaking|explaining|saying)"
    r"|with (?:a|an|the|his|her|their|its) (?:[\w-]+ ){0,3}?(?:message|caption|statement|note"
    r"|comment|words|text|post|plea|appeal|warning))\b|:\s*$",
    re.IGNORECASE,
)
# The cues that introduce an embedded post ("Ostrevan Metro has just posted this update:").
_POSTING_CUES = frozenset("posted tweeted wrote shared".split())
_EMBED_SENTENCES = 6  # a post is a few lines; a longer run is the story going on
# A post's time stamp, the line that closes it: "8:30 AM · May 14, 2026", "12:01".
_STAMP = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d\d\b")


def _handle_after(sentences, index: int, furniture) -> int | None:
    """The embed's handle line ("@OstrevanMetro") among the few sentences after `index`."""
    end = min(index + 4, len(sentences))
    return next(
        (k for k in range(index + 1, end) if k in furniture and "@" in sentences[k][0]), None
    )


def _embed_run(sentences, states: list[_QuoteState], index: int, furniture) -> list[int]:
    """The sentences of the post embedded after the intro at `index` ("The union posted this a
    few minutes ago:"), as a page pastes it: the account's handle line, the post, its time
    stamp; or, with no handle line first, the embed's opener ("View this post on Instagram")
    or nothing, the post, and the embed's closing line with the handle ("A post shared by A
    Name (@efua.fly)", "— Cllr A Name (@handle) March 3, 2026"). [] when there is none."""
    n = len(sentences)
    handle = _handle_after(sentences, index, furniture)
    if handle is not None:
        start = handle + 1
    else:
        start = index + 1
        while start < n and start in furniture and start - index <= 2:
            start += 1
    run = []
    k = start
    # (a post is a few lines: the walk stops one past the most it may hold)
    while k < n and k not in furniture and not states[k].attributions:
        run.append(k)
        k += 1
        if len(run) > _EMBED_SENTENCES:
            return []
    if not run or k >= n or k not in furniture:
        return []
    closing = sentences[k][0]
    closed = _STAMP.search(closing) if handle is not None else "@" in closing
    return run if closed else []


def _embed_intros(sentences, states: list[_QuoteState], furniture) -> None:
    """ "Ostrevan Metro has just posted this update:" over an embed: the account is the
    subject, the posting verb the cue (it takes an object here, unlike "said")."""
    for index, state in enumerate(states):
        text = sentences[index][0].rstrip()
        if state.attributions or index in furniture or not text.endswith(":"):
            continue
        if state.outside.rstrip() != text or not _embed_run(sentences, states, index, furniture):
            continue
        subject = _subject(text)
        if subject is None or not _names_someone(text[subject[0] : subject[1]]):
            continue
        verb = next((w for w in text[subject[1] :].split()[:4] if w in _POSTING_CUES), None)
        if verb is None:
            continue
        cue_start = text.index(verb, subject[1])
        state.attributions = [
            Attribution(
                text[subject[0] : subject[1]], verb, *subject, cue_start, cue_start + len(verb)
            )
        ]


def _embedded_posts(sentences, states: list[_QuoteState], furniture) -> None:
    """ "The union posted this a few minutes ago:", then the embed as a page pastes it: the
    account's name and handle ("@TMWU"), the post's text, its time stamp. The text between the
    handle and the stamp is the account's, quoted or not."""
    for i, state in enumerate(states):
        if not state.attributions or not sentences[i][0].rstrip().endswith(":"):
            continue
        origin = state.attributions[-1]
        if origin.cue.split()[-1:] and origin.cue.split()[-1].lower() not in _POSTING_CUES:
            continue
        for j in _embed_run(sentences, states, i, furniture):
            states[j].attributions = [_inherited(origin)]


# A post's handle on a line of its own, perhaps with its date: "@PellmontEMA", "@WyndaraPolice
# · Feb 15".
_HANDLE_LINE = re.compile(r"@[\w.]{2,30}(?:\s*[·•|]\s*[^.!?]{0,30})?")


def _posts_under_a_handle(sentences, states: list[_QuoteState], furniture) -> None:
    """An embedded post as a page pastes it without an introduction: the account's name on a
    line of its own, its handle on the next ("@PellmontEMA"), the post's few lines, then what
    closes it: the counts of likes or "View this post on …", perhaps after its time stamp. The
    post's lines are the account's: a person's name without titles ("A Name MP"), a body's as
    written. A line of its own source inside the post keeps it. Not a byline's or an author's
    box's handle over the story, which no counts close."""
    n = len(states)
    for i in range(1, n - 1):
        text = sentences[i][0].strip()
        if not text.startswith("@") or i not in furniture or not _HANDLE_LINE.fullmatch(text):
            continue
        display = sentences[i - 1][0].strip()
        words = display.split()
        named = i - 1 in furniture or all(w[:1].isupper() or w in ("of", "and", "&") for w in words)
        if not named or len(words) > 6 or display[-1:] in ".!?:" or words[0] in ("By", "BY"):
            continue
        if i >= 2 and _ABOUT_THE_AUTHOR.match(sentences[i - 2][0].strip()):
            continue  # an author's box: the writer's name and handle over their biography
        person = speakers.person_name(display)
        account = person if len(person.split()) >= 2 else display
        run = []
        k = i + 1
        # (a line of the post that a pass took for furniture ends like a sentence: "Shameful.")
        while (
            k < n
            and len(run) <= _EMBED_SENTENCES
            and (k not in furniture or sentences[k][0].rstrip()[-1:] in ".!?")
        ):
            run.append(k)
            k += 1
        if not run or len(run) > _EMBED_SENTENCES or k >= n:
            continue
        closer = _POST_COUNTS.search(sentences[k][0]) or (
            _POST_STAMP.search(sentences[k][0])
            and k + 1 < n
            and _POST_COUNTS.search(sentences[k + 1][0])
        )
        if not closer:
            continue  # no counts after it: a byline's or a live entry's handle over the story
        for j in run:
            if not states[j].attributions:
                states[j].attributions = [
                    Attribution(account, "posted", 0, 0, 0, 0, inherited=True)
                ]


# What closes an embedded post: its counts ("1.8K Reposts   5.2K Likes") or the embed's link
# ("View this post on …"), perhaps after its time ("7:15 PM · Nov 5, 2026"). (A byline's time
# stamp alone closes a live blog's entry too.)
_POST_COUNTS = re.compile(
    r"\d[KkMm]?\s*(?:likes?|reposts?|retweets?|shares?|views?|replies)\b"
    r"|view (?:this )?post on\b",
    re.IGNORECASE,
)
_POST_STAMP = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_ABOUT_THE_AUTHOR = re.compile(r"about the (?:author|writer|reporter)\b", re.IGNORECASE)


_COPULAS = frozenset("was were is are".split())
_OBJECT_IN_SUBJECT = re.compile(r"\b(?:to|for|from|against|about|with|by)\b")


_NOT_BEFORE_A_COLON = frozenset("held".split())
# How someone put it, before a colon: "She put it simply:", "He put it this way:" (but "As she
# put it:" is an aside, and "put" alone is no cue: "He put it on the table:").
_PUT_IT = re.compile(
    r"((?:\w+ )?puts?) it (?:[a-z]+ly|this way|another way|more simply)"
    r"|((?:\w+ )?summ(?:ed|s)) (?:it |things |the mood )?up"  # "She summed it up:"
)
_PARTICLE_AND_NAME = re.compile(rf"(?:\s+(?:{_PARTICLE_WORDS})(?:\s+[{_UPPER}][\w'’-]*)+)+")
_AGE_AFTER_A_NAME = re.compile(r",\s*\d{1,3},")
# When or where the words were said, between their cue and the colon: "put it plainly when the
# Post visited the hill on Monday:", "summed it up after the vote:".
_OCCASION_BEFORE_A_COLON = re.compile(
    r"\s+(?:when|as|after|before|at|on|in|during|outside|from|to)\s.*$"
)


def _a_verb_of_saying(word: str) -> bool:
    return word.isalpha() and word.islower() and (word.endswith("ed") or word in _SAY_VERB_SET)


def _colon_before_quotation(sentences, states: list[_QuoteState], furniture) -> None:
    """ "A Name, D-Ward 4, disagreed: “The numbers don't add up.”": with no cue of its own, a
    sentence whose words outside the quotation are its subject, a few words and a colon before
    the quotation is the subject's."""
    for index, state in enumerate(states):
        if state.attributions or index in furniture or state.wholly_quoted:
            continue
        text = sentences[index][0]
        head = state.outside.rstrip()
        if not head.endswith(":") or len(head) == len(text.rstrip()):
            continue  # no quotation after the colon
        subject = _subject(head)
        if subject is None or not _names_someone(head[subject[0] : subject[1]]):
            continue
        if _OBJECT_IN_SUBJECT.search(head, 0, subject[1]):
            continue  # "The letter to chief executive A Name ended:": A Name did not write it
        end = subject[1]
        # (a name's particle and the rest of it, "Femke ter Horst", and an age after it, "Ann
        # Roe, 78,": the subject's, not the words before the colon)
        rest = _PARTICLE_AND_NAME.match(head, end)
        end = rest.end() if rest else end
        aged = _AGE_AFTER_A_NAME.match(head, end)
        subject = subject[0], end
        between = head[aged.end() if aged else end : -1].split()
        said = _OCCASION_BEFORE_A_COLON.sub("", " ".join(between))
        if said != " ".join(between) and (
            _PUT_IT.fullmatch(said) or (said and _a_verb_of_saying(said.split()[-1]))
        ):
            between = said.split()  # ("disagreed after the vote:": "disagreed")
        put_it = _PUT_IT.fullmatch(" ".join(between))
        if put_it:
            # "She put it simply:": "put"; "He summed it up:": "summed"
            between = between[: len((put_it.group(1) or put_it.group(2)).split())]
        verb = between[-1] if between else ""
        if not verb.isalpha() or not verb.islower() or len(between) > 8:
            continue  # "Update:", "Claim: …" are labels; a long clause is not a cue
        verbal = _a_verb_of_saying(verb) or not _COPULAS.isdisjoint(between)
        if verb in _READ_VERBS and not _names_a_text(head[subject[0] : subject[1]]):
            continue  # "His granddaughter, Chloe, read: “…”": a reader, not the words' source
        if verb in _NOT_BEFORE_A_COLON:
            continue  # "As she put it:", "He held:": no cue of saying before a quotation
        if not verbal:
            continue  # "A Name, pharmacy owner: “…”": a label of who, as a comment's
        cue_start = head.rfind(verb)
        state.attributions = [
            Attribution(
                text[subject[0] : subject[1]], verb, *subject, cue_start, cue_start + len(verb)
            )
        ]


def _outer_frame_first(sentences, states: list[_QuoteState]) -> None:
    """ "Tests at the institute confirmed that …, the health director said.": the attribution
    that closes the sentence after a comma frames all of it; a cue inside what was said
    ("confirmed") is the speaker's account, not the sentence's source."""
    for index, state in enumerate(states):
        if len(state.attributions) < 2:
            continue
        text = sentences[index][0]
        last = state.attributions[-1]
        start, end = min(last.source_start, last.cue_start), max(last.source_end, last.cue_end)
        tail = text[end:].strip(" .!?”\"’')")
        if len(tail) > 40 or FINITE_VERB.search(tail) or not text[:start].rstrip().endswith(","):
            continue
        inner = state.attributions[:-1]
        # (only over an account's verb, not a source's own saying: "A Name said …, according
        # to figures from B" is A Name's; but a closing saying frames a saying too: "One in
        # nine respondents said …, he said." is his account of the survey, though "Acme Ltd.
        # reported …, the company said" names its source first)
        said = any(w.lower() in _STATEMENT_CUES for a in inner for w in a.cue.split())
        # (nor a text closing it: "Harlow Energy said …, a statement said")
        described = last.source.islower() and (
            last.source.startswith("the ") or last.source.rsplit(None, 1)[-1] in _DOCUMENTS_OF
        )
        said = said and (last.cue.split()[0].lower() not in _SAYING_AFTER_A_COMMA or described)
        if not said and all(max(a.source_end, a.cue_end) <= start for a in inner):
            state.attributions = [last, *inner]


# "In his words, “…”", "In her own words: “…”": the quotation is the person's, named by the
# pronoun (as Nigerian and Ghanaian copy introduces a quotation).
# Whose words or view a sentence gives, named before them: "In his words, …", "In A Name's
# words, the tariff was “…”", "Her verdict: “…”", "The minister's case: “…”", "Prof. A Name's
# view is that …". The owner is the source (a pronoun or a surname resolved as any other).
_OWNER = (
    r"(?P<owner>[Hh]is|[Hh]er|[Tt]heir"
    r"|(?:[Tt]he [a-z]+(?: [a-z]+)?|(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)(?=['’]s?\s))"
    r"(?:['’]s?)?"
)
_IN_THEIR_WORDS = re.compile(rf"\s*[Ii]n {_OWNER} (?:own )?(?P<cue>words)\s*[,:]?\s*")
# (or set off by commas inside the sentence: "The county, in his words, was being asked to take
# over “a hole in the ground.”")
_IN_THEIR_WORDS_SET_OFF = re.compile(rf",\s*in {_OWNER} (?:own )?(?P<cue>words),\s*")
_THEIR_VIEW = re.compile(
    rf"\s*{_OWNER} (?:own )?(?P<cue>view|verdict|answer|reply|response|case|message|warning"
    r"|argument|position|conclusion|assessment|explanation|plea|advice)"
    # (and how it was put: "Her message to residents was blunt: “…”", "Her answer to residents'
    # calls for her resignation had been short: “…”"; not "from": "His warning from the
    # cardiologist was blunt: “…”" is the cardiologist's)
    r"(?:\s*:\s*(?=[“\"‘])| (?:is|was) that\b"
    r"|(?: to [\w'’ ]{1,50}?)? (?:is|was|had been|has been) [a-z]+"
    r"\s*:\s*(?=[“\"‘]))"
)
# A person's view, framed by "For": "For A Name, the new fare is “late, but welcome.”", "For
# A Name, chair of …, the answer is simple: pay the volunteers." (only with the view's own
# words, quoted or after a colon: "For A Name, who is due in August, the news means a drive of
# an hour" is the story's account)
_FOR_SOMEONE = re.compile(
    r"\s*For (?:the )?(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’.-]*?),"
    r"(?:[^,]{1,100},)?\s+(?=[a-z“\"‘])"
)
# How a person put it, then their words after a colon: "The mayor was blunt: “…”", "The managing
# director, A Name, was blunt when asked about the chargers in March: “…”", "She put it
# simply: “…”" (the name in the apposition is the person; a role alone is resolved as any other).
_PUT_PLAINLY = re.compile(
    r"\s*(?P<owner>[Tt]he [a-z]+(?: [a-z]+)?|(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)"
    r"(?:, (?P<named>(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*),)?"
    r" (?P<cue>(?:was|were|had been) (?:blunt|clear|frank|direct|emphatic|unequivocal|adamant"
    r"|defiant|candid|scathing|succinct)|put it (?:simply|bluntly|plainly|briefly|this way))"
    r"[^:“\"‘]{0,80}:\s*(?=[“\"‘])"
)
_OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
_WORDS_AFTER_A_COLON = re.compile(r"\w: \S")


def _in_their_words(sentences, states: list[_QuoteState], furniture) -> None:
    for index, state in enumerate(states):
        if state.attributions or index in furniture or state.wholly_quoted:
            continue
        text = sentences[index][0]
        # (matched on the text: an apostrophe's "s" may open a quotation for the quote pass)
        m = (
            _IN_THEIR_WORDS.match(text)
            or _THEIR_VIEW.match(text)
            or _FOR_SOMEONE.match(text)
            or _PUT_PLAINLY.match(text)
        )
        if m is None and ", in " in text:
            m = _IN_THEIR_WORDS_SET_OFF.search(text)
        if m is None or not state.outside[m.start("owner")].strip():
            continue
        if m.re is _FOR_SOMEONE:
            rest = state.outside[m.end() :]
            if not (_QUOTE_MARK.search(text, m.end()) or _WORDS_AFTER_A_COLON.search(rest)):
                continue
            if not speakers.person_name(m.group("owner")):
                continue  # "For Tranmoor, …", "For the council, …": a place's or a body's
        quoted = _QUOTE_MARK.search(text, m.end()) is not None
        if m.re in (_IN_THEIR_WORDS, _IN_THEIR_WORDS_SET_OFF) and not quoted:
            continue  # ("In other words, …"; and the words must be theirs, quoted)
        if m.re is _THEIR_VIEW and m.group(0).rstrip().endswith(":") and not quoted:
            continue
        owner_group = "named" if "named" in m.re.groupindex and m.group("named") else "owner"
        owner = m.group(owner_group)
        source = _OWNER_PRONOUNS.get(owner.lower(), owner)
        if m.re is _PUT_PLAINLY and owner.lower() in ("he", "she", "they"):
            source = owner.lower()  # "She put it simply: “…”": the person she is
        role = owner.split()[-1].lower()
        if (
            source == owner
            and source not in ("he", "she", "they")
            and not (
                speakers.person_name(owner)
                or (role in speakers.ROLE_WORDS and role not in speakers.ORG_WORDS)
            )
        ):
            continue  # "The council's case:", "Monday's verdict:": no person's
        cue = m.span("cue") if "cue" in m.re.groupindex else (m.start(), m.start() + 3)
        state.attributions = [Attribution(source, text[slice(*cue)], *m.span(owner_group), *cue)]


def _inherit_through_quotations(sentences, states: list[_QuoteState], furniture=()) -> None:
    n = len(states)
    # Most sentences hold no quotation: only where one is open at the end does a run start.
    open_at_end = [k for k, state in enumerate(states) if state.open_at_end]
    i = 0
    for start in open_at_end:
        if start < i:
            continue  # inside the run just handled
        i = start
        # A quotation opens (or continues) in sentence i and closes in sentence j.
        j = i + 1
        while j < n and states[j].open_at_start and states[j].open_at_end:
            j += 1
        run = range(i, min(j, n - 1) + 1) if j < n and states[j].open_at_start else range(i, j)
        speaker = None
        last = run[-1]
        if states[last].attributions:
            speaker = states[last].attributions[0]
        elif states[i].attributions:
            speaker = states[i].attributions[0]
        elif i > 0 and states[i - 1].attributions and sentences[i - 1][0].rstrip().endswith(":"):
            # "A Name said:" on a line of its own, the quotation in the paragraphs after it; the
            # last cue is the one the colon closes ("X told reporters that Y had said:").
            speaker = states[i - 1].attributions[-1]
        else:
            speaker = _speaker_before_quotation(sentences, states, run, furniture)
        if speaker is not None:
            for k in run:
                if not states[k].attributions:
                    states[k].attributions = [_inherited(speaker)]
        i = max(j, i + 1)

    # A wholly quoted sentence right after an attributed quotation in the same paragraph
    # ('"They do," Lavrov said. "If, as Kerry has said, ..."') keeps that speaker.
    for k in [k for k, state in enumerate(states) if state.wholly_quoted]:
        if k == 0 or states[k].attributions:
            continue
        previous = states[k - 1]
        previous_quoted = previous.wholly_quoted or previous.outside != sentences[k - 1][0]
        same_paragraph = sentences[k][1] == sentences[k - 1][1]
        attributable = _ATTRIBUTABLE.fullmatch(sentences[k - 1][0].strip())
        person = _attributable_to(attributable.group(1)) if attributable else ""
        if previous.attributions and sentences[k - 1][0].rstrip().endswith(":"):
            # "X told reporters that Y had said:" then the quotation: the cue the colon closes.
            states[k].attributions = [_inherited(previous.attributions[-1])]
        elif person:
            # A release's label over its quotes ("Quotes attributable to Minister for Roads A
            # Name:"): the person it names (the quotes after the first follow it, below)
            states[k].attributions = [Attribution(person, "", 0, 0, 0, 0, inherited=True)]
        elif previous.attributions and (same_paragraph or previous_quoted):
            # The newspaper convention: quote paragraphs that follow a named speaker's quote,
            # with no new speaker, are still that speaker's.
            states[k].attributions = [_inherited(previous.attributions[0])]
        elif same_paragraph and not previous.attributions and not previous_quoted:
            # "Asked about his future, Pike smiled. “I'm happy here.”": a quotation right after
            # a sentence about someone who has spoken, in the same paragraph, is theirs.
            person = _person_opening(previous.outside, states[max(0, k - _LOOK_BACK_SENTENCES) : k])
            if person:
                states[k].attributions = [Attribution(person, "", 0, 0, 0, 0, inherited=True)]


_ATTRIBUTABLE = re.compile(rf"{ATTRIBUTABLE_TO} ([^.!?]{{3,120}}):", re.IGNORECASE)


def _attributable_to(named: str) -> str:
    """The person a release's label names: "Minister for Roads A Name", or "Dr A Name, Chief
    Health Officer" (the office after the name)."""
    return speakers.person_name(named) or speakers.person_name(named.split(",", 1)[0])


def _speaker_before_quotation(sentences, states, run, furniture):
    """Who speaks a quotation that names nobody, over paragraphs of its own: the speaker of the
    story's sentence just before it (furniture passed over). Only a quotation and nothing of
    the story's words around it ('“…,” the letter reads.' is the letter's, whoever spoke
    before), after a sentence with one speaker: a quotation of theirs ('“…,” said A Name.' then
    '“We received 61 clips.' over an "Advertisement" slot), or their words reported, when they
    are a person and the only one that sentence names ("A Name said the insurer had warned
    them." then '“Nobody asked us.'; not "Police said shop owner A Name had told them …", nor
    when the sentence after the quotation names someone: "Those were the words of …")."""
    first = run[0]
    if sentences[first][0].lstrip()[:1] not in ('"', _QUOTE_OPEN):
        return None
    if any(_LETTER.search(states[r].outside) for r in run if r not in furniture):
        return None
    k = first - 1
    while k >= 0 and k in furniture:
        k -= 1
    if k < 0 or len(states[k].attributions) != 1 or sentences[k][1] == sentences[first][1]:
        return None
    speaker = states[k].attributions[0]
    quoted = states[k].wholly_quoted or states[k].outside != sentences[k][0]
    if quoted:
        return speaker
    name = speaker.speaker
    if len(name.split()) < 2 or speakers.person_name(name) != name:
        return None  # "Protesters gathered …, police said." then the chants
    after = run[-1] + 1
    while after < len(states) and after in furniture:
        after += 1
    # (what they wrote themselves is theirs: "She wrote in a blog post that …" then its words)
    wrote = speaker.cue.split()[0].lower() in _WRITING_CUES if speaker.cue else False
    around = ([] if wrote else [sentences[k][0]]) + (
        [sentences[after][0]] if after < len(states) else []
    )
    if any(_WRITTEN_OR_CHANTED.search(text) for text in around) or all(
        sentences[r][0].rstrip(" ”\"’'").endswith("!") for r in run if r not in furniture
    ):
        # "she received a message from her landlord." then the message; "The banner was hung
        # …" after it; a chant
        return None
    nearby = [states[k]] + ([states[after]] if after < len(states) else [])
    for state in nearby:
        if any(
            other != name and _a_person_named(state.outside, m.start(), other)
            for m, other in _full_names(state.outside)
        ):
            return None
    return speaker


_WRITING_CUES = frozenset("wrote writes posted posts tweeted tweets blogged".split())
# Before a capitalised pair that is no person: an outlet told, a place or a time ("told Mtaa
# Daily", "at Mbegu Junction"; and "In March the …", the word opening the pair).
_NOT_A_PERSON_BEFORE = re.compile(r"\b(?:told|tells|to|at|in|on|from|near|by)\s+\Z", re.I)
_PREPOSITION_OPENING = frozenset("in at on from by".split())


def _a_person_named(text: str, start: int, name: str) -> bool:
    if name.split()[0].lower() in _PREPOSITION_OPENING:
        return False
    return not _NOT_A_PERSON_BEFORE.search(text, max(0, start - 8), start)


# What a person reported can have received or seen: its words are its own, not theirs.
_WRITTEN_OR_CHANTED = re.compile(
    r"\b(?:message|letter|e-?mail|text|note|banner|sign|placard|poster|leaflet|chant(?:ed|ing)?"
    r"|post|tweet|notice|card|voicemail|warning)s?\b"
    # (or had it said to them: "a parent had emailed the school", "woke to a firefighter
    # shouting", "his son phoned him")
    # (not "called for", "the decision to be called in": no call made to anyone)
    r"|\b(?:e-?mailed|texted|messaged|phoned|rang|called(?!\s+(?:for|in|on|off|out|up|it)\b)"
    r"|shout(?:ed|ing)|yell(?:ed|ing)"
    r"|scream(?:ed|ing)|heard|wrote)\b",
    re.IGNORECASE,
)


# How far back a surname is looked for among the speakers (a bound: a long text of quotations
# must not be read back to its start for each one).
_LOOK_BACK_SENTENCES = 40


def _person_opening(outside: str, before: list[_QuoteState]) -> str:
    """The person a sentence opens with (after an opening phrase), when that person has spoken
    before (by full name, or by surname); "" for anyone else. A person things were done to
    ("A Name, 44, was jailed …", "The prize went to A Name") is not who speaks next."""
    subject = _subject(outside)
    if subject is None or _DONE_TO.search(outside):
        return ""
    words = speakers.person_name(outside[subject[0] : subject[1]]).split()
    if not words:
        return ""
    for state in reversed(before):
        for a in state.attributions:
            full = a.speaker.split()
            if len(full) >= 2 and (full == words or full[-1] == words[-1] == words[0]):
                return a.speaker
    return ""


# A passive or a thing done to someone: "was jailed", "has been suspended", "went to".
_DONE_TO = re.compile(r"\b(?:was|were|is|are|been|being|went to|goes to)\s+(?:\w+\s+)?\w+ed\b")


# A name in full, with a particle inside it ("Nor Hafizah binti Abdul Rasyidi", "Femke ter
# Horst"), as the sentences that name a quotation after it give it.
_NAME_WITH_PARTICLES = rf"{_NAME_WORD}(?:\s+(?:(?:{_PARTICLE_WORDS})\s+)?{_NAME_WORD}){{1,4}}"
# "That is what A Name, 24, says she was told …", "That is how A Name, a former manager,
# described him.": the quotation before it, named after it.
_NAMED_AFTER = re.compile(
    rf"\s*(?:That|This)\s+(?:is|was)\s+(?:what|how)\s+"
    rf"{_TITLE_BEFORE}({_NAME_WITH_PARTICLES})"
    r"(?:,[^,]{1,80},)?\s+(?:[a-z]+\s+){0,2}?"
    r"(says|said|told|tells|describes|described|recalls|recalled|remembers|remembered|writes"
    r"|wrote|puts\s+it|put\s+it)\b"
)
# (or "So says A Name, 44, who …", "Those were the words of Clonmoylan manager A Name before
# training")
_SO_SAYS = re.compile(
    rf"\s*(?:So|Thus)\s+(says|said)\s+{_TITLE_BEFORE}({_NAME_WITH_PARTICLES})(?=[,.\s])"
)
_WORDS_OF = re.compile(
    r"\s*(?:(?:Those|These|Such|That|This)\s+(?:were|are|was|is)\s+the\s+(words|verdict|view"
    r"|plea|warning|message|answer|reply|complaint|assessment)\s+of"
    # (or "The words are those of A Name, 41, …", "The words came from A Name", "That was A
    # Name, a pensioner, speaking …")
    r"|The\s+(words)\s+(?:(?:are|were)\s+those\s+of|(?:came|come)\s+from)|(That)\s+was)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?({_NAME_WITH_PARTICLES})(?=[,.\s])"
)
# (or "The Rev. A Name said those words at a service on Sunday", "A Name, 61, wrote these
# words in 1998")
_SAID_THOSE_WORDS = re.compile(
    rf"\s*((?:The\s+)?(?:[{_UPPER}][{_LOWER}]{{0,4}}\.?\s+){{0,2}}?{_NAME_WITH_PARTICLES})"
    r"(?:,[^,]{1,80},)?\s+"
    r"(said|spoke|wrote|uttered|delivered|posted)\s+(?:those|these)\s+words\b"
)
# "That was A Name, a pensioner, speaking at her gate": what the person was doing, speaking.
_SPEAKING_AFTER = re.compile(r"[^.;]{0,160}?\b(?:speaking|talking|describing|recalling)\b")
_QUOTATION_BEFORE_A_NAME = 8  # sentences of the quotation a later "That is what A Name said" names


def _naming_after(outside: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(the name's span, the cue's span) of a sentence naming the quotation before it."""
    m = _NAMED_AFTER.match(outside)
    if m is not None:
        return m.span(1), m.span(2)
    m = _SAID_THOSE_WORDS.match(outside)
    if m is not None:
        return m.span(1), m.span(2)
    m = _SO_SAYS.match(outside)
    if m is not None:
        return m.span(2), m.span(1)
    m = _WORDS_OF.match(outside)
    if m is None:
        return None
    cue = next(g for g in (1, 2, 3) if m.group(g))
    if cue == 3 and not _SPEAKING_AFTER.match(outside, m.end(4)):
        return None  # "That was A Name's third win": no quotation named
    return m.span(4), m.span(cue)


def _named_after_the_quotation(sentences, states: list[_QuoteState], furniture) -> None:
    """A quotation whose speaker the story names only after it: "“They told me, ‘Go and buy
    gloves.’ / I was already in labour.” / That is what A Name, 24, says she was told …". The
    naming sentence and the quoted sentences right before it are the person's."""
    for index, state in enumerate(states):
        if index in furniture:
            continue
        found = _naming_after(state.outside)
        if found is None:
            continue
        (name_start, name_end), cue = found
        # (its own cue's source, if any, is what it describes: "That is how A Name describes
        # the past two months")
        if any(not a.inherited and a.source_start < name_start for a in state.attributions):
            continue
        words = state.outside[name_start:name_end]
        person = speakers.person_name(words)
        if len(person.split()) < 2 or not words.endswith(person):
            continue
        start = name_end - len(person)
        named = Attribution(person, state.outside[slice(*cue)], start, name_end, *cue)
        state.attributions = [named]
        for j in range(index - 1, max(-1, index - 1 - _QUOTATION_BEFORE_A_NAME), -1):
            before = states[j]
            quoted = before.wholly_quoted or before.open_at_start or before.open_at_end
            if j in furniture or not quoted or any(not a.inherited for a in before.attributions):
                break
            before.attributions = [_inherited(named)]


def _translations_in_brackets(sentences, states: list[_QuoteState], furniture) -> None:
    """A sentence in brackets right after a quotation and its speaker, in the same paragraph,
    is the quotation put into English: “Amanzi asekho,” she said. (There is no water.) is hers.
    (After a sentence of reporting, a bracketed sentence is the writer's aside.)"""
    for index in range(1, len(states)):
        text, paragraph = sentences[index]
        previous_text, previous_paragraph = sentences[index - 1]
        stripped = text.strip()
        if (
            paragraph != previous_paragraph
            or index in furniture
            or states[index].attributions
            or not (stripped.startswith("(") and stripped.rstrip(".").endswith(")"))
            or "(" in stripped[1:]
            or not _QUOTE_MARK.search(previous_text)
        ):
            continue
        origin = next(
            (a for a in states[index - 1].attributions if not a.said_nothing and a.speaker), None
        )
        if origin is not None:
            states[index].attributions = [_inherited(origin)]


def _inherited(origin: Attribution) -> Attribution:
    return Attribution(
        source=origin.speaker,
        cue=origin.cue,
        source_start=0,
        source_end=0,
        cue_start=0,
        cue_end=0,
        inherited=True,
    )


# The verbs of saying a turn's role never holds (see _transcript_turns).
_ROLES_OWN_WORDS = frozenset("told tells said says asked asks added replied wrote writes".split())
# A speaker's turn in a transcript: "A: …", "Q: …", "NAME: …" at the start of a paragraph, or
# a broadcast transcript's "A NAME, THEIR ROLE (voice-over): …".
_TURN = re.compile(
    # (a broadcast transcript's cue before a played clip: "[CLIP] A NAME, ROLE: …")
    r"(?:\[(?:CLIP|SOUNDBITE|SOT|AUDIO|VIDEO|ARCHIVE|RECORDING)\]\s*)?"
    r"(?:Q\d{1,3} )?"  # (a committee record numbers its questions: "Q4 A Name: …")
    # (capitals beyond ASCII too: "Ó Briain: …", "Öztürk: …"; never a phrase's preposition:
    # "For A Name, the answer is simple: …" is a view framed, no turn)
    r"(?!(?:For|In|To|At|On|By|From|With|As|After|Before|Under|Of|And|But|If|When) )"
    # (a role holds no double dash: "HAMILTON, Bermuda--(A NEWSWIRE)--A Firm Ltd. (NYSE: QSRE)"
    # is a release's dateline)
    rf"([{_UPPER}][\w.'’-]*(?: [{_UPPER}][\w.'’-]*){{0,2}})"
    r"(?:, ([A-Za-z](?:(?!--)[^:\n]){1,80}?))?"
    r"(?: \([^)\n]{1,30}\)){0,2}:\s"  # (a constituency and a party: "A Name (Holm) (Mut):")
)
# A court's or a print Q&A's turn with a stop: "Q. Why did you leave?", "A. Because …" (not a
# name's initials, "A. J. Name"); a turn only where a text has two of each.
_DOTTED_TURN = re.compile(r"([QA])\.()\s+(?![A-Z]\.)(?=\S)")
_INITIALS = re.compile(r"(?:[A-Z]\.?){2,3}")
_BRACKETED = re.compile(r"\([^()]*\)")  # ("A Name (suspended)": a note, not a verb of the turn)
# What a value line gives after its label: a figure first, or no word at all.
_VALUE = re.compile(r"\s*(?:[-+−]?[$£€¥₹]?\d|[^\w]*$)")
# Hansard's "The Minister for X (A Name):": the office, then the member's name in brackets.
_ROLE_THEN_BRACKETED_NAME = re.compile(
    r"(?:The |the )?[A-Z][^():\n]{2,120} \(((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){1,3})\)"
    r"(?: \([^)\n]{1,30}\))?:\s"
)
# The chair of a debate or a meeting, and a conference call's operator: procedure, nobody's
# claims.
_CHAIR_TURNS = re.compile(
    r"(?:mr|madam|mister|deputy|the) speaker|(?:the )?(?:chair|chairman|chairwoman|chairperson"
    r"|presiding officer|deputy speaker|(?:conference )?operator)"
)
_QUESTION_TURNS = frozenset(
    """q question questioner reporter journalist interviewer host moderator audience caller
    newsreader presenter anchor""".split()
)
_ANSWER_TURNS = frozenset("a answer".split())
# A role after the name that makes the speaker the programme's own voice, like an interviewer:
# their turns name no speaker unless they cite one ("In a statement, the governor said …").
_HOST_ROLE = re.compile(
    r"\b(?:anchor|host|presenter|correspondent|reporter|interviewer|moderator|newsreader)\b",
    re.IGNORECASE,
)


_THIRD_PERSON = re.compile(r"\b(?:he|she|his|her|him|hers|they|their)\b", re.IGNORECASE)
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Yy]ou|[Yy]our)\b")
_NARRATOR = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:asked|met|walked|spoke|visited|watched|followed|sat|went|arrived|drove"
    r"|called|interviewed|caught up|reached|joined|left|returned)\b"
)
_OPENING_NAME = re.compile(rf"(?:{_NAME_WORD}\s+){{1,3}}{_NAME_WORD}\b")


def _narration(text: str, speaker: str, *, voiced: bool) -> bool:
    """A paragraph between a transcript's turns that is the writer's, not the last answer going
    on: a question (the interviewer's), the speaker in the third person ("She pauses …", by
    surname), another person named by title at its opening ("Mr Brereton, who gives evidence
    next week, denies …"), or a source of its own after "by" ("disputed by the regulator").
    A paragraph `voiced` in the first or second person is the speaker's, whoever its "he" or
    "she" is ("… officers from our unit arrested a man. He has been charged …")."""
    stripped = text.rstrip(" ”\"’')")
    if stripped.endswith("?") or (not voiced and _THIRD_PERSON.search(text)):
        return True
    surname = speaker.split()[-1] if speaker else ""
    if surname and re.search(rf"\b{re.escape(surname)}\b", text):
        return True
    opening = _OPENING_NAME.match(text)  # another person, by title: "Mr Brereton, who …"
    if opening and opening.group(0).split()[0].lower().rstrip(".") in speakers.ROLE_WORDS:
        return True
    return bool(re.search(r"\bby (?:the|a|an) [a-z]", text))


_LABEL_COLON = re.compile(r"(?<!\d):|:(?!\d)")
_HOST_BEFORE_NAME = re.compile(
    r"\b(?i:host|presenter|interviewer|anchor|moderator)\s+"
    rf"({_NAME_WORD}(?: {_NAME_WORD}){{1,2}})\b"
)


_WORDS_OF_AN_OFFICE = re.compile(r"[a-z]+")


def _office_beside(text: str, m: re.Match, name: str) -> set[str]:
    """The words of the office the text gives a name beside it: before it in its run of
    capitals ("Health Minister A Name") or after it and a comma, to the next comma or the end
    ("A Name MP, Premier"; "B Name MP, Minister for Health and Ambulance Services"); nothing
    when the office is elsewhere in the line ("The Premier was joined by Commissioner A Name")
    or the name may be cut short ("A Wetang'ula")."""
    if text[m.end() : m.end() + 1] in ("'", "’") or any(
        w.lower() in speakers.CLAUSE_OPENERS for w in name.split()
    ):
        return set()
    if _NOT_THE_ROLE.search(text, max(0, m.start() - 30), m.start()):
        return set()  # "former Mayor A Name", "ex-Premier A Name": not the office's holder
    if text[: m.start()].strip():
        # Introduced at the head of its line only ("Health Minister A Name", "The Honourable
        # A Name MP, Premier"), not as an object ("… with President A Name of Ghana", "Subjects:
        # … Victorian Premier A Name's …").
        return set()
    run = m.group(0)
    before = run[: run.rfind(name)] if name in run else ""
    if any(w.lower() not in speakers.ROLE_WORDS | {"the"} for w in before.split()):
        return set()  # "Victorian Premier A Name": another state's premier
    after = text[m.end() :]
    after = after.split(",", 2)[1] if after.lstrip(" MPQCK").startswith(",") else ""
    after = re.split(r"[;(]", after, maxsplit=1)[0]
    if not all(w[:1].isupper() or w in _OFFICE_JOINERS for w in after.split()):
        after = ""  # "A Name, joined by the Health Minister,": the office is another's
    return set(_WORDS_OF_AN_OFFICE.findall(f"{before} {after}".lower())) - {"the"}


_OFFICE_JOINERS = frozenset("for of and & the on in".split())


def _office_holder(prefix: str, offices: list[tuple[str, set[str]]]) -> str:
    """The person a turn's prefix names by their office alone ("PREMIER:", "HEALTH MINISTER:"),
    when the head of the transcript gives that office beside one person's name, and beside no
    one else's (`_office_beside`: "The Honourable A Name MP, Premier"; "B Name MP, Minister for
    Health and Ambulance Services"); "" otherwise."""
    words = set(_WORDS_OF_AN_OFFICE.findall(prefix.lower())) - {"the"}
    if not words or not words <= speakers.ROLE_WORDS:
        return ""
    given = {name: office for name, office in offices if words <= office}
    holders = {
        name
        for name, office in given.items()
        if office & speakers.ROLE_WORDS <= words | _PORTFOLIO_FREE
    }
    # (one holder of the office alone, and nobody else with it in a longer office: beside an
    # "Acting Commissioner", "COMMISSIONER:" may be either)
    return holders.pop() if len(holders) == 1 and len(given) == 1 else ""


# (every role word of the office in the prefix: "MINISTER:" is not the Prime Minister's, nor
# "GOVERNOR:" the Lieutenant Governor's; the honorifics and styles around a name need not be)
_PORTFOLIO_FREE = frozenset("hon honourable honorable mp dr mr mrs ms".split())


# One item of a list of names: a name, perhaps with minutes and a penalty or a captain's mark
# after it ("Oosthuizen 38', 71' pen", "Inchbald (c)"), or minutes alone.
_LISTED_NAME = re.compile(
    rf"(?:[{_UPPER}][\w'’.-]*(?:\s+[{_UPPER}][\w'’.-]*)*)?(?:\s*\d{{1,3}}(?:\+\d)?['’]?"
    r"(?:\s*(?:pen|og|p))?)*(?:\s*\((?:c|gk|capt)\))?\.?"
)

_MINUTE = re.compile(r"\d['’]")


def _a_list_of_names(said: str) -> bool:
    """Words after a prefix that are a list of names, no speech: a line-up ("Sparshott;
    Kershaw, Ormerod, Babatunde (Ossorio 66)") or scorers ("Oosthuizen 38', 71' pen, Ossorio
    84'")."""
    items = [item.strip() for item in re.split(r"[,;()]", said) if item.strip()]
    # (a line-up's semicolons or a scorer's minutes: "Thanks, Marisol." is a turn's words)
    listed = (";" in said and len(items) >= 3) or _MINUTE.search(said) is not None
    return listed and bool(items) and all(_LISTED_NAME.fullmatch(item) for item in items)


# An article's own labels before a colon, which open no one's turn: a fact check's ("CLAIM:",
# "VERDICT:", "RATING:"), an explainer's, an update's.
_ITS_LABELS = frozenset(
    """claim claims verdict rating ruling fact facts context background source sources update
    correction note summary analysis conclusion finding findings""".split()
)


def _transcript_turns(sentences, states: list[_QuoteState], furniture) -> None:
    """A Q&A or a transcript: the answers are the interviewee's, the questions nobody's.

    Only when the article has at least two turns of the same prefix (a lone "Note: …" is no
    transcript). "A:" turns belong to the first person the article names before its first turn;
    "NAME:" turns to that name (the full name when the article gave it before, or when an
    earlier turn gave it: "BRAM ELLINGSWORTH, COUNTY EMERGENCY MANAGER:" then "ELLINGSWORTH:");
    a host's turns (a role such as anchor or correspondent) to nobody, except where the host
    cites a source.
    """
    turns: dict[int, str] = {}  # paragraph -> name in the prefix, for paragraphs opening a turn
    prefixes: dict[int, str] = {}  # paragraph -> the whole prefix, for the cue
    hosts: set[str] = set()  # names (lower case) whose role makes them the programme's voice
    with_role: set[str] = set()  # names given with a role ("A NAME, RESIDENT:"): a turn at once
    full_names: dict[str, str] = {}  # surname (lower case) -> full name, from earlier turns
    values: set[int] = set()  # turns that give a figure, not words ("Majority: 211 votes")
    dotted: list[int] = []  # paragraphs opening with "Q." or "A."
    members: dict[str, str] = {}  # "Ms Wyndcombe" -> "Shelby Wyndcombe" (see _member_named)

    def member_of(titled: str) -> str:
        """`_member_named`, once a prefix, and for a bounded number of prefixes: each reads
        the whole page, and a hostile page has a new surname every turn."""
        if titled not in members:
            known = len(members) < _MEMBER_LOOKUPS
            members[titled] = _member_named(titled, sentences) if known else ""
        return members[titled]

    previous_paragraph = None
    for text, paragraph in sentences:
        if paragraph != previous_paragraph:
            previous_paragraph = paragraph
            m = _TURN.match(text) if ":" in text[:160] else None
            if m is None and text[1:2] == "." and text[:1] in "QA":
                m = _DOTTED_TURN.match(text)
                if m:
                    dotted.append(paragraph)
            if m and m.group(1).lower().removeprefix("the ").removeprefix("our ") in _ITS_LABELS:
                m = None  # "CLAIM: …", "VERDICT: …": a fact check's labels, nobody's turns
            if m and m.group(2) and not _ROLES_OWN_WORDS.isdisjoint(m.group(2).lower().split()):
                # "Sentencing, Judge A Name told B Name: '…'": the sentence's own cue before the
                # quotation, no turn's role
                m = None
            role = None if m or "(" not in text[:160] else _ROLE_THEN_BRACKETED_NAME.match(text)
            if role:  # "The Parliamentary Under-Secretary of State … (Hywel Strattan-Boyce):"
                turns[paragraph] = role.group(1)
                prefixes[paragraph] = text[: role.end()].rstrip()
                with_role.add(role.group(1).lower())
            if m:
                name = m.group(1)
                if (
                    _VALUE.match(text, m.end())
                    or _TURN.match(text, m.end())
                    or _a_list_of_names(text[m.end() :])
                ):
                    # "Turnout: 37.2%", "Varga: 4,000.", "Rovers: Tries: …", and a team's
                    # line-up or scorers: "Rovers: Sparshott; Kershaw, Ormerod (Laity 88)"
                    values.add(paragraph)
                turns[paragraph] = name
                prefixes[paragraph] = text[: m.end()].rstrip()
                if m.group(2):
                    with_role.add(name.lower())
                    if _HOST_ROLE.search(m.group(2)):
                        hosts.add(name.lower())
                elif " " in name and _HOST_ROLE.fullmatch(name.split()[0]):
                    # "MODERATOR A NAME:" then "NAME:": the role before the name
                    with_role.add(name.lower())
                    hosts.add(name.lower())
                elif _titled_full_name(name):
                    with_role.add(name.lower())  # "SGT. A NAME:": a turn, however few
                elif _titled_capitals(name) != name and member_of(_titled_capitals(name)):
                    # "Senator BRENNERBURY:" after "Senator Callan Brennerbury": Hansard's
                    # member by title and surname, a turn however few
                    with_role.add(name.lower())
                elif (
                    name.isupper()
                    and paragraph not in values
                    and _named_in_the_text(name, sentences)
                ):
                    # "ANASTACIO BENAVIDREZ:" after "Fire Chief Anastacio Benavidrez": a person
                    # the page names, a turn however few
                    with_role.add(name.lower())
                words = name.split()
                if len(words) >= 2:
                    full_names.setdefault(words[-1].lower(), name)
    dotted_kinds = Counter(turns[p] for p in dotted)
    if dotted and (dotted_kinds["Q"] < 2 or dotted_kinds["A"] < 2):
        for p in dotted:  # ("A. Name said …": an initial, where no transcript runs)
            del turns[p], prefixes[p]
    if len(turns) < 4:
        return
    counts: dict[str, int] = {}
    for prefix in turns.values():
        key = _turn_key(prefix, full_names)
        counts[key] = counts.get(key, 0) + 1
    # A prefix that never opens words is a label before values ("Turnout:", "Majority:" on a
    # results page), not a speaker.
    speaking = {_turn_key(turns[p], full_names) for p in turns if p not in values}
    # (nor a headline's and a dateline's place, two turns and one a headline: "Hyderabad:
    # Private tanker prices double …" over "HYDERABAD: Prices charged by …")
    # (nor a label that opens only lines of furniture: "Also Read: …", "Topics: …")
    opening_index: dict[int, int] = {}  # paragraph -> its first sentence
    for index, (_text, paragraph) in enumerate(sentences):
        opening_index.setdefault(paragraph, index)
    for key in list(speaking):
        opened = [p for p in turns if _turn_key(turns[p], full_names) == key]
        headline = len(opened) == 2 and any(
            _is_headline(sentences[opening_index[p]][0]) for p in opened
        )
        if headline or all(opening_index[p] in furniture for p in opened):
            speaking.discard(key)
            for p in opened:  # (no turns: their paragraphs keep the sources they give)
                del turns[p], prefixes[p]
    if not turns:
        return
    hosts |= {_turn_key(host, full_names) for host in hosts}
    # The interviewer: the speaker of the first turn when most of their turns end in a question
    # ("HOLLIS GRANT: … What would make the biggest difference?").
    last_text: dict[int, str] = {}
    for text, paragraph in sentences:
        if paragraph in turns:
            last_text[paragraph] = text
    # The prefixes some turn of which is words spoken, not a list of names: a verb after the
    # prefix, or more than one sentence ("Kev: Eleven defeats in a row. Worst run since 1987.").
    verbal: set[str] = set()
    sentences_in: Counter = Counter(paragraph for _text, paragraph in sentences)
    for text, paragraph in sentences:
        if paragraph in turns:
            said = text.removeprefix(prefixes[paragraph])
            if sentences_in[paragraph] > 1 or FINITE_VERB.search(_BRACKETED.sub("", said)):
                verbal.add(_turn_key(turns[paragraph], full_names))
    # (not a headline's "A Name: ‘A theatre is a promise’" above the interview, nor a line of
    # furniture, a credit's "Photo: A Name" or a "Broadcast: …" date above it)
    # (nor a kicker's label that never comes back: "Interview: the forester who …")
    first_turn_of_all = min(
        (
            p
            for p in turns
            if not _headline_quote(last_text[p], prefixes[p])
            and opening_index[p] not in furniture
            and counts[_turn_key(turns[p], full_names)] >= 2
        ),
        default=min(turns),
    )
    first_key = _turn_key(turns[first_turn_of_all], full_names)
    asked = [
        last_text[p].rstrip(" ”\"’'").endswith("?")
        for p, name in turns.items()
        if _turn_key(name, full_names) == first_key
    ]
    # (most: more than half, or half with the first a question; a mayor's "Could we have been
    # faster?" closing one of her two turns makes her no interviewer)
    # (never a member the story has already quoted, on a chamber's or a hearing's record: a
    # committee's "Hon. A-Name: … how many patients …?" is the MCA who moved the motion; a
    # podcast's host quoted before the interview is still its host)
    if (
        len(asked) >= 2
        and (sum(asked) * 2 > len(asked) or (sum(asked) * 2 == len(asked) and asked[0]))
        and not (
            _ON_THE_RECORD.search(
                " ".join(t for t, _p in sentences[: opening_index[first_turn_of_all]])
            )
            and _quoted_before(turns[first_turn_of_all], states[: opening_index[first_turn_of_all]])
        )
    ):
        hosts.add(first_key)

    # (the first turn that speaks: "Follow:  Castbay  ·  RSS" above the introduction is none)
    def speaks(p: int) -> bool:
        key = _turn_key(turns[p], full_names)
        return p not in values and key in speaking and (counts[key] >= 2 or key in with_role)

    first_turn = min((p for p in turns if speaks(p)), default=min(turns))
    # A prefix before the first turn that speaks, given once and naming no one the page names,
    # is a dateline's or a label's: "KUALA LUMPUR: On 19 November, a main burst …" over the
    # interview keeps the sources it gives (as a host's one-off greeting does: "SARAH JONES:
    # … The Bank of England said …").
    for p in [p for p in turns if p < first_turn and not speaks(p)]:
        del turns[p], prefixes[p]
    if not turns:
        return
    # The introduction names the host: "This week, host Maeve Kinsolving talks to …".
    for (_text, paragraph), state in zip(sentences, states, strict=True):
        if paragraph >= first_turn:
            break
        for m in _HOST_BEFORE_NAME.finditer(state.outside):
            hosts.add(_turn_key(m.group(1), full_names))
    book = speakers.SpeakerBook()
    interviewee = ""
    by_initials: dict[str, str] = {}  # "AV" -> "Ana Vance": turns prefixed with initials
    # The people the head of a transcript gives with their office, and the words of the line
    # that does ("The Honourable A Name MP, Premier", "Health Minister B Name").
    offices: list[tuple[str, set[str]]] = []
    for index, ((text, paragraph), state) in enumerate(zip(sentences, states, strict=True)):
        if paragraph >= first_turn:
            break
        if text.startswith("By "):
            continue  # a byline names the writer
        named = ""
        for m, name in _full_names(state.outside):
            book.remember_person(name)
            by_initials.setdefault("".join(w[0] for w in name.split()), name)
            office = _office_beside(state.outside, m, name)
            if office:
                offices.append((name, office))
            # (not the interviewer: "conducted by A Name", "reporter A Name"; nor a place: "a
            # closure in Sellwood Lake")
            asking = _INTERVIEWER_BEFORE.search(state.outside, 0, m.start())
            place = _PLACE_BEFORE.search(state.outside, 0, m.start())
            # (nor a line of furniture: "| Photo Credit: A Name" names no interviewee)
            named = named or ("" if asking or place or index in furniture else name)
        # The interviewee: the person the last sentence before the turns names, unless that
        # sentence is about someone already named ("She spoke to us after Minister B toured
        # …"), or the person an introduction says spoke ("A Name spoke to The Chronicle";
        # "reporter A Name spoke to Minister B Name" is B).
        if named and not _PRONOUN_OPENING.match(state.outside):
            interviewee = named
        introduced = _interviewee_introduced(state.outside, book)
        role = None if introduced else _ROLE_SPOKE_TO.match(state.outside)
        if role and role.group(1).split()[-1] in speakers.ROLE_WORDS:
            # "The mayor spoke to Pōhutu News …": the one person the page gave that office
            # before ("Gisborne District mayor A Name said …")
            titled = re.compile(
                rf"\b(?i:{re.escape(role.group(1))})\s+((?:[{_UPPER}][\w'’.-]*\s+){{0,3}}"
                rf"[{_UPPER}][\w'’.-]*)"
            )
            # (not a deputy's or a former holder's: "Deputy mayor A Name")
            holders = {
                speakers.person_name(found.group(1))
                for before in states[:index]
                for found in titled.finditer(before.outside)
                # ("Vice-mayor A Name" too: the word before the hyphen)
                if not _NOT_IN_OFFICE.search(
                    before.outside[max(0, found.start() - 16) : found.start()].rstrip("-")
                )
            }
            holders = {name for name in holders if len(name.split()) >= 2}
            introduced = holders.pop() if len(holders) == 1 else ""
        interviewee = introduced or interviewee
        # "Q&A with the depot manager": the role as written, named as any role the story
        # gave a person is (see `_name_speakers`)
        heading = _QA_WITH_A_ROLE.fullmatch(state.outside.strip())
        if heading and _is_role(heading.group(1).lower().split()[-1]):
            interviewee = f"the {heading.group(1)}"
    # Anyone the article names in full, for a prefix that gives a title and a surname
    # ("MINISTER TENNYHOLT:" after "The Hon. Rosalind Tennyholt MP", "DR DEVARAKONDA:" after
    # "I'm joined by Dr Anjali Devarakonda").
    everyone = speakers.SpeakerBook()
    named_whole: dict[str, bool] = {}

    def given_names_in_full(person: str) -> str:
        """The one person the article gives these two or more given names in full, unless it
        names someone by them whole (the page read once a name, not once a turn)."""
        full = everyone.by_given_names.get(person.lower()) if " " in person else None
        if not full:
            return ""
        if person not in named_whole:
            if len(named_whole) >= _TITLE_LOOKUPS:
                return ""  # (a hostile page of a new name in every turn: no more reads)
            named_whole[person] = _named_whole(person, sentences)
        return "" if named_whole[person] else full

    for state in states:
        for _m, name in _full_names(state.outside):
            everyone.remember_person(name)
    # A transcript proper: turns are at least half the paragraphs from the first to the last.
    # Only there does an answer run on over paragraphs without a prefix.
    span = {paragraph for _text, paragraph in sentences if first_turn <= paragraph <= max(turns)}
    last_turn = max(turns) if len(turns) * 2 >= len(span) else -1
    current = ""
    host_turn = False
    turn_paragraph = None
    runs_on = True
    # (paragraphs in the first or second person, outside quotation marks: see `_narration`)
    voiced = {
        paragraph
        for (_text, paragraph), state in zip(sentences, states, strict=True)
        if _FIRST_OR_SECOND_PERSON.search(state.outside)
    }
    # (not the writer's own "I" or "we": "I asked her whether …", "We walked through the
    # kitchen …", "Editor's note: We asked …", nor a paragraph with furniture in it, a sponsor's
    # read)
    voiced -= {
        paragraph
        for index, ((text, paragraph), state) in enumerate(zip(sentences, states, strict=True))
        if _NARRATOR.search(state.outside) or index in furniture or _LABEL_COLON.search(text, 0, 60)
    }
    for index, ((text, paragraph), state) in enumerate(zip(sentences, states, strict=True)):
        if paragraph in turns and paragraph != turn_paragraph:
            turn_paragraph = paragraph  # the first sentence of a turn: it opens with the prefix
            # (a headline's "A Name: ‘…’" is no turn the paragraphs after it go on)
            runs_on = not _headline_quote(text, prefixes[paragraph])
            prefix = turns[paragraph]
            key = _turn_key(prefix, full_names)
            lower = key.rstrip(".")
            host_turn = key in hosts or bool(_CHAIR_TURNS.fullmatch(lower))
            few = counts[key] < 2 and key not in with_role
            if few or lower in _QUESTION_TURNS or host_turn or key not in speaking:
                current = ""
            elif lower in _ANSWER_TURNS:
                current = interviewee
            elif _INITIALS.fullmatch(prefix) and prefix.replace(".", "") in by_initials:
                current = by_initials[prefix.replace(".", "")]  # "AV:" after "Ana Vance"
            else:
                words = prefix.split()
                named = full_names.get(words[0].lower(), prefix) if len(words) == 1 else prefix
                if named.isupper():
                    named = named.title()  # "BRAM ELLINGSWORTH" -> "Bram Ellingsworth"
                titled = _titled_capitals(named)  # "Ms WYNDCOMBE" -> "Ms Wyndcombe"
                member = member_of(titled) if titled != named else ""
                person = speakers.person_name(named) or named  # "Minister Tennyholt" -> surname
                # (a surname with its particles: "MAC CONMIDHE-LISNAGRY:", "VAN DER BERG:")
                alone = all(w.lower() in speakers.NAME_PARTICLES for w in person.split()[:-1])
                # (or both surnames of a longer name: "CISNEROS VILLAGÓMEZ:" after "Ing. Arturo
                # Cisneros Villagómez")
                longer = everyone.full_name(person.split()[-1])
                surnames = longer if longer.endswith(" " + person) and " " in person else ""
                current = (
                    # (Hansard's "Ms WYNDCOMBE:": the member the page names with that title, or
                    # the one person of that surname it also calls by it)
                    member
                    or book.full_name(named)
                    or (alone and everyone.full_name(person.split()[-1]))
                    or surnames
                    # ("Sigríður Lára:" after "Sigríður Lára Hjaltadóttir", "Ahmad Zaki:" after
                    # "Ahmad Zaki Ibrahim": the one person the article gives those given names)
                    # (not when the page names someone by those words whole: "Stallholder Tan
                    # Wei, 34," beside "Tan Wei Ming")
                    or given_names_in_full(person)
                    # ("KWABENA:" after "Kwabena Antwi-Dyer spent 19 years …": the one person
                    # the article gives that first name)
                    or (" " not in person and everyone.by_first_name.get(person.lower()))
                    or _office_holder(prefix, offices)
                    or person
                )
                if len(words) == 1 and current == prefix and key not in verbal:
                    # One word the page names nobody by, with never a verb after it ("Out:
                    # A Name (knee)", "Doubtful: none", "Replacements: …"): a list's label.
                    current = ""
            cue = prefixes[paragraph]
            if current and not _opens_with_a_source(text, len(cue), state):
                state.attributions = [Attribution(current, cue, 0, 0, 0, len(cue))]
            elif text.rstrip().endswith("?") or (host_turn and not state.attributions):
                state.attributions = []  # a question names no speaker ("what would you say")
            # else: a question turn that states a source keeps it ("Q: Staff surveys say …")
        elif paragraph == turn_paragraph:
            # The rest of the turn: all of it is the speaker's words (or nobody's, a question,
            # or a host's words, which keep a source they cite).
            if current:
                state.attributions = [Attribution(current, "", 0, 0, 0, 0, inherited=True)]
            elif not host_turn or text.rstrip(" ”\"’')").endswith("?"):
                state.attributions = []  # (a host's question: "Why not, say, a month ago?")
        elif (
            turn_paragraph is not None
            and runs_on
            and paragraph < last_turn
            and len(current.split()) >= 2
        ):
            # A paragraph between two turns, without a prefix: the answer goes on ("… will be
            # fined $250." then "We are also bringing forward …"), unless it names its own source
            # or opens with a label of some kind ("[00:16:02] A NAME: …"), or is a stage
            # direction ("[Question inaudible]") or furniture.
            # (a clock's colon is no label's: "at 7:30 this morning")
            label = bool(_LABEL_COLON.search(text, 0, 60)) or text[:1] in "[(" or index in furniture
            label = label or text.rstrip(" ”\"’')")[-1:] not in ".!?…"  # "Column 418"
            narration = _narration(text, current, voiced=paragraph in voiced)
            if not state.attributions and not label and not narration:
                state.attributions = [Attribution(current, "", 0, 0, 0, 0, inherited=True)]
        else:
            turn_paragraph = None


# A record of a chamber or a hearing, whose questioners are members, not interviewers.
_ON_THE_RECORD = re.compile(
    r"\b(?:Hansard|committee|assembly|hearing|inquiry|sitting|motion|senate|chamber"
    r"|parliament|parliamentary|d[áa]il|seanad|commons|lords|question time|lok sabha"
    r"|rajya sabha|legislature|legislative|congress|council|(?-i:House))\b",
    re.IGNORECASE,
)


def _quoted_before(prefix: str, states: list[_QuoteState]) -> bool:
    """Is the person of a turn's prefix ("Hon. Cheserem", "Ms WYNDCOMBE") a speaker the story
    quoted before its turns, by a full name ending in the prefix's surname?"""
    surname = _titled_capitals(prefix).split()[-1]
    if not surname[:1].isupper() or len(prefix.split()) < 2:
        return False
    return any(
        len(a.speaker.split()) >= 2 and a.speaker.split()[-1] == surname
        for state in states
        for a in state.attributions
    )


def _titled_capitals(prefix: str) -> str:
    """A Hansard turn's title and surname in capitals, in title case: "Ms WYNDCOMBE" -> "Ms
    Wyndcombe", "Senator BRENNERBURY" -> "Senator Brennerbury"; any other prefix as it is."""
    words = prefix.split()
    rest = " ".join(words[1:])
    if (
        len(words) >= 2
        and words[0].lower().rstrip(".") in speakers.ROLE_WORDS
        and not words[0].isupper()
        and rest.isupper()
        and len(rest) >= 3
    ):
        return f"{words[0]} {'-'.join(p.capitalize() for p in rest.title().split('-'))}"
    return prefix


def _opens_with_a_source(text: str, prefix_end: int, state: _QuoteState) -> bool:
    """Does a turn open by giving a source's words ("JANINE OPIE: Campaigners say they will …",
    "MJ: The fertiliser industry says …")? Then they are that source's, not the turn's
    speaker's (but "I said", "Our modelling says", "My husband says" are the speaker's own)."""
    opening = prefix_end + len(text[prefix_end:]) - len(text[prefix_end:].lstrip())
    return any(
        not a.inherited
        and a.source_start == opening
        and a.cue.lower().split()[-1:] in (["say"], ["says"], ["said"])
        and a.source.split()[0].lower() not in _OWNERS
        and a.source.lower() not in _PRONOUNS
        # (not what anyone or a thing says: "People say …", "The evidence says …", "History
        # says …" are the speaker's own argument)
        and _bare_word(a.source.split()[-1]) not in _NOBODY_IN_PARTICULAR
        and _bare_word(a.source.split()[0]) not in _NOBODY_IN_PARTICULAR
        and not _names_a_text(a.source)
        # (and words reported, not waved away: "… says a lot of things", "… said the same
        # thing, and they were wrong", "… say otherwise")
        and _REPORTED_WORDS.match(text, a.cue_end) is not None
        for a in state.attributions
    )


_OWNERS = frozenset("i i'm we our my his her their its your".split())
_NOBODY_IN_PARTICULAR = frozenset(
    """people everyone everybody anyone anybody nobody someone somebody evidence numbers
    figures data history science law bible scripture experience facts record polls""".split()
)
_REPORTED_WORDS = re.compile(
    r"\s+(?:that\s+(?!(?:in|every|each|all|about|again|too|before|last|this|often|always)\b)"
    r"|(?!that\b))(?!(?:nothing|otherwise|so|a\s+lot|all\s+kinds|the\s+same|lots|that|this|it"
    r"|anything|something|things|one\s+thing|no|yes)\b)[\w'’]+\s+[\w'’]+"
)


def _bare_word(word: str) -> str:
    return word.lower().strip(".,;:'’\"")


def _timed_labels(sentences, states: list[_QuoteState], furniture) -> None:
    """A transcript as a podcast's page gives it: a line with a speaker's name and a time
    ("A Name  00:41", see `speakers.timed_speakers`), their words in the paragraphs below it,
    to the next such line. The first name labelled is the host's, whose words name no speaker
    but keep a source they cite (like an interviewer's turns); all of anyone else's words are
    theirs. A line of furniture (other than a label) ends the turn."""
    if not any(":" in text for text, _paragraph in sentences):
        return
    labels = speakers.timed_speakers([text for text, _paragraph in sentences])
    if not labels:
        return
    host = labels[min(labels)]
    current = ""
    for index, state in enumerate(states):
        if index in labels:
            current = labels[index]
        elif index in furniture:
            current = ""
        elif current and current != host:
            # (all of the turn is theirs, as in a "NAME:" transcript: "My grandson says …")
            state.attributions = [Attribution(current, "", 0, 0, 0, 0, inherited=True)]


def _unprefixed_answers(sentences, states: list[_QuoteState], furniture) -> None:
    """A magazine's Q&A: the questions as paragraphs of their own that end in a question mark,
    the answers as plain paragraphs after them, a few of which open with the interviewee's
    name ("Kwakye-Sundberg: Not yet."). Every answer is the interviewee's, prefixed or not.

    Only with two turns or more of one person and nobody else's (two people's turns are a
    debate or a transcript), a word saying it is an interview, and two unprefixed questions or
    more: an explainer that asks a question or two and quotes someone is no interview.
    """
    paragraphs: dict[int, list[int]] = {}
    for index, (_text, paragraph) in enumerate(sentences):
        paragraphs.setdefault(paragraph, []).append(index)
    opened: dict[int, str] = {}  # paragraph -> the name its turn opens with
    questions: set[int] = set()
    for paragraph, members in paragraphs.items():
        if any(i in furniture for i in members):
            continue
        text = sentences[members[0]][0]
        m = _TURN.match(text) if ":" in text[:60] else None
        if m and not m.group(2) and _VALUE.match(text, m.end()) is None:
            opened[paragraph] = m.group(1)
        elif sentences[members[-1]][0].rstrip(" ”\"’'").endswith("?"):
            questions.add(paragraph)
        elif _PUT_TO_THEM.match(text):
            questions.add(paragraph)  # "You raised rates eight times.": put to the interviewee
    names = list(opened.values())
    if len(set(names)) != 1 or len(names) < 2 or len(questions) < 2:
        return
    interviewee = names[0]
    if not any(_INTERVIEW.search(state.outside) for state in states):
        return  # questions and a quoted name in an explainer are no interview
    if interviewee.lower() in _QUESTION_TURNS | _ANSWER_TURNS or interviewee.isupper():
        return  # "Q:"/"A:" and capitals are a transcript's, handled with its turns
    full_name = re.compile(rf"(?<![:\w])[{_UPPER}][\w'’-]+ {re.escape(interviewee)}\b")
    if not any(full_name.search(state.outside) for state in states):
        return  # a label's turns ("Update: …"), not a person the story introduced by name
    named_again = re.compile(rf"\b{re.escape(interviewee)}\b")
    answering = False
    for paragraph, members in sorted(paragraphs.items()):
        if paragraph in questions:
            answering = True
            continue
        if any(i in furniture for i in members):
            answering = False  # the page goes on past the interview
            continue
        name = opened.get(paragraph)
        if name is not None and name != interviewee:
            answering = False  # someone else's turn
            continue
        if not (answering or name == interviewee):
            continue
        if name is None and named_again.search(sentences[members[0]][0]):
            answering = False  # "Osei's book, The Long Ledger, …": about them, not their words
            continue
        subject = _subject(states[members[0]].outside) if name is None else None
        someone = (
            speakers.person_name(states[members[0]].outside[slice(*subject)]) if subject else ""
        )
        # (a time is no one: "Every September we had more children …")
        timed = any(w in _DAYS_AND_MONTHS or w.lower() in _DAYS_AND_MONTHS for w in someone.split())
        if len(someone.split()) >= 2 and interviewee not in someone and not timed:
            answering = False  # "Opposition leader Tom Hart called the plan reckless.": his
            continue
        cue = f"{interviewee}:"
        for i in members:
            if not states[i].attributions:
                states[i].attributions = [Attribution(interviewee, cue, 0, 0, 0, 0)]


# An interviewer's statement for the interviewee to answer: "You raised rates eight times."
_PUT_TO_THEM = re.compile(r"(?:You|Your|Yet you|But you|So you|Let's|Let us)\b")
_INTERVIEW = re.compile(r"\b(?:[Ii]nterview|Q&A|[Ss]poke to|[Tt]alked to|[Ss]at down with)\b")


# Who asks, not answers: "reporter A Name", "conducted by A Name", "By A Name".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|around)\s+$")
_INTERVIEWER_BEFORE = re.compile(
    r"\b(?:reporter|correspondent|editor|interviewer|presenter|host|(?:conducted|interviewed"
    r"|edited|compiled) by|by)\s+(?:[A-Z][\w'’-]*\s+){0,2}$",
    re.IGNORECASE,
)
_PRONOUN_OPENING = re.compile(r"\s*(?:He|She|They|We|I|It)\b")
_SPOKE_TO = re.compile(
    r"\b(?:(?:spoke|talked|speaks|talks|sat down)\s+(?:to|with)"
    # ("Rhineline asked Prof. A Name three questions.")
    r"|asked(?=(?:\s+[A-Z][\w.'’-]*){1,5}\s+(?:[a-z]+\s+)?questions\b)"
    # ("The Times put three questions to Prof A Name after the meeting")
    # (or its readers' questions: "The Clarion put readers' questions to A Name")
    r"|(?:put|puts|sent)\s+(?:[\w'’]+\s+)?questions\s+to)\s+([^.,;:]+)"
)
_OUTLETS_OWN = re.compile(r"^\S+['’]s\s+[A-Z]")  # ("KVRL's A Name", "The Herald's A Name")
_AGE_BEFORE = re.compile(r",\s*\d{1,3}\s*$")
# (its last word before a comma too: "spoke to Mrs A Name Oppong-Mensah, president of …")
_CAPITALISED_RUN = re.compile(r"\s*(?:[A-Z][\w'’.-]*(?:\s+|$|(?=[,;:)])))+")
_ROLE_THEN_APPOSED_NAME = re.compile(
    rf"(?:[\w'’-]+\s+){{1,5}}?[a-z][\w'’-]*,\s*((?:[{_UPPER}][\w'’.-]*\s+){{1,4}}"
    rf"[{_UPPER}][\w'’.-]*)\s*[,.]"
)
_WHO_ASKS = re.compile(r"\b(?:reporter|correspondent|editor|we|I|our|us)\b", re.IGNORECASE)


_ROLE_BEFORE = re.compile(r"\b([a-z]+)\s+$")
# The relatives who share a person's surname, as the sets name them ("his wife, Anneliese").
_FAMILY = "wife|husband|son|daughter|brother|sister|mother|father|widow|widower"
# A person of two names and a relative given by the first name alone: "Dirk Bezuidenhout, who
# with his wife, Anneliese, raises …", "Dirk Bezuidenhout and his wife, Anneliese, said".
_RELATIVE_GIVEN_FIRST = re.compile(
    rf"\b({_NAME_WORD} {_NAME_WORD}),? (?:who (?:\w+ ){{0,2}})?(?:with |and )?"
    rf"(?:[Hh]is|[Hh]er) (?:{_FAMILY}),? (\S+?)(?=,| said\b)"
)
# A generation's suffix after a surname: "Everett L. Pomfrett Jr.", "A Name III".
_SUFFIX_AFTER = re.compile(r",? (Jr\.|Sr\.|Jr|Sr|II|III|IV|Filho|Júnior|Sobrinho)(?![\w'’-])")
# A given name and a nickname in quotation marks just before a surname: 'Isaiah “Ice” '.
_NICKNAMED = re.compile(
    rf"(?<![\w'’-])([{_UPPER}][{_LOWER}][\w'’-]* )[“\"‘][{_UPPER}][^“”\"‘’\n]{{0,18}}[”\"’] $"
)


def _two_generations(text: str, surname: str) -> bool:
    """Does the text give the surname with two suffixes ("Roland Dupree Sr." and "his son,
    Roland Dupree Jr.")? Then the surname alone is either of them: no suffix."""
    suffixes = {
        m.group(1).rstrip(".")
        for m in re.finditer(rf"\b{re.escape(surname)}{_SUFFIX_AFTER.pattern}", text)
    }
    return len(suffixes) > 1


def _titled_full_name(prefix: str) -> bool:
    """A turn's prefix that is a title and a person's full name: "SGT. DWAYNE HOLLENBACH",
    "Chief Dana Morrow" (not "BREAKING NEWS", "Top Stories")."""
    words = prefix.split()
    if len(words) < 3 or words[0].lower().rstrip(".") not in speakers.ROLE_WORDS:
        return False
    named = prefix.title() if prefix.isupper() else prefix
    return len(speakers.person_name(named).split()) >= 2


# A Q&A's heading that names whom it asks by role: "Q&A with the depot manager", "Interview:
# the head teacher".
_QA_WITH_A_ROLE = re.compile(
    r"(?i:Q\s?&\s?A|Q and A|Interview|In conversation)\s*(?:with|:|—|-)\s*(?i:the\s+)?"
    r"([A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
)


# The words an outlet's name ends in, a wire's too ("Missouri Capitol Wire"): patterns'
# media words, which the furniture rules keep without "wire" (a wire maker's name is news).
_OUTLET_ENDINGS = MEDIA_WORDS | {"wire"}


# An introduction to a Q&A whose answerer is named by their office: "The mayor spoke to …".
_ROLE_SPOKE_TO = re.compile(r"The ((?:[a-z-]+ ){0,2}[a-z-]+) (?:spoke|talked) (?:to|with)\b")


def _interviewee_introduced(outside: str, book: speakers.SpeakerBook) -> str:
    """The person an introduction to a Q&A names as answering, or "": the object of "spoke to"
    when a reporter or "we" spoke, else its subject ("A Name spoke to The Chronicle"); a
    surname only when the page gave the full name before ("Name spoke to the Free Press")."""
    m = _SPOKE_TO.search(outside)
    if m is None:
        return ""
    before = outside[: m.start()]

    def in_full(name: str) -> str:
        return name if len(name.split()) >= 2 else book.full_name(name) or ""

    # (the object's capitalised words, without what follows: "A Name after the board vote")
    # (read on past a title's full stop: "Superintendent Dr. A Name about the decision")
    lead = _CAPITALISED_RUN.match(outside, m.start(1))
    run = (lead.group(0) if lead else m.group(1)).strip()
    if run.endswith(".") and len(run.rsplit(None, 1)[-1]) > 4:
        run = run[:-1]  # the sentence's full stop, not an initial's or a suffix's ("Jr.")
    # ("put three questions to Ato Dawit": a style before the given name of one named before)
    answering = book.given_name_in_full(run) or speakers.person_name(run)
    if not answering:
        # (a role, then the name set off by commas: "The Star spoke to Kawasco's managing
        # director, A Name, on Tuesday")
        apposed = _ROLE_THEN_APPOSED_NAME.match(outside, m.start(1))
        answering = speakers.person_name(apposed.group(1)) if apposed else ""
    if _WHO_ASKS.search(before) and in_full(answering):
        return in_full(answering)  # "Nation reporter A Name spoke to Education Minister B Name"
    subject = _subject(before)
    asker = before[subject[0] : subject[1]] if subject else ""
    # (an outlet by its kind, or by the medium its name ends in after two words at least, which
    # no person's name of two words is: "Missouri Capitol Wire"; not "A Champion spoke with")
    named = asker.split()
    outlet = any(w.lower() in speakers.ORG_WORDS for w in named) or (
        len(named) >= 3 and named[-1].lower() in _OUTLET_ENDINGS
    )
    if (outlet or _OUTLETS_OWN.search(asker)) and in_full(answering):
        # "Sandreach Public Media spoke with A Name after the vote", "KVRL's A Name spoke with
        # Superintendent B Name": the outlet, or its journalist, asked
        return in_full(answering)
    name = speakers.person_name(asker) if asker else ""
    if in_full(answering) and not name and asker.startswith("The "):
        return in_full(answering)  # "The Star spoke to …": an outlet by its name asked
    return in_full(name) if name else ""


def _named_in_the_text(prefix: str, sentences) -> bool:
    """Does the page name the person of a turn's prefix in capitals ("ANASTACIO BENAVIDREZ")
    as a person, in full and in title case, outside the turns?"""
    words = prefix.split()
    if len(words) < 2:
        return False
    name = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words)
    if len(speakers.person_name(name).split()) < 2:
        return False
    # (as a person: with a title or a role before, "Fire Chief Anastacio Benavidrez", or a
    # description after, "A Name, president of …"; not a team's or a place's name)
    # (the word before from a word's start: a long token tried at each of its letters is
    # quadratic)
    person = re.compile(
        rf"(?<!\S)(\S{{1,60}})\s+{re.escape(name)}\b|{re.escape(name)},\s+(?:the\s+)?[a-z]"
    )
    for text, _paragraph in sentences:
        if text.startswith(prefix) or name not in text:
            continue
        for m in person.finditer(text):
            before = m.group(1)
            if before is None or before.lower().rstrip(".,;:") in speakers.ROLE_WORDS:
                return True
    return False


_MEMBER_LOOKUPS = 40  # the Hansard prefixes a transcript resolves against the page


def _member_named(titled: str, sentences) -> str:
    """The full name of a Hansard turn's "Title Surname" ("Senator Brennerbury", "Ms
    Wyndcombe"): the person the page names with that title before the full name ("Senator
    Callan Brennerbury"), or else the one person of that surname it names in full, when it also
    calls them by the title and surname outside the turns ("CHAIR: Ms Wyndcombe, how many …");
    "" otherwise."""
    title, surname = titled.split()[0], titled.split()[-1]
    full = re.compile(rf"\b((?:[{_UPPER}][a-z]+ ){{1,2}}){re.escape(surname)}\b")
    names, with_title, called = set(), set(), False
    for text, _paragraph in sentences:
        if text.startswith(titled.split()[0] + " " + surname.upper()):
            text = text.split(":", 1)[-1]  # (the turn's words, not its prefix)
        called = called or re.search(rf"\b{re.escape(title)} {re.escape(surname)}\b", text)
        for m in full.finditer(text):
            given = m.group(1).split()
            before = text[: m.start()].rstrip()
            while given and given[0].lower().rstrip(".") in speakers.ROLE_WORDS:
                before = f"{before} {given.pop(0)}"  # ("Senator Callan Brennerbury")
            if not given:
                continue
            name = " ".join([*given, surname])
            names.add(name)
            if before.endswith(title):
                with_title.add(name)
    if len(with_title) == 1:
        return with_title.pop()
    return names.pop() if len(names) == 1 and called else ""


def _named_whole(name: str, sentences) -> bool:
    """Does the page give `name` as a whole name somewhere, not as the first words of a longer
    one nor as a turn's prefix ("Tan Wei, 34," beside "Tan Wei Ming" and "Tan Wei:")?"""
    whole = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-]|:|\s+[{_UPPER}])")
    return any(whole.search(text) for text, _paragraph in sentences)


def _turn_key(name: str, full_names: dict[str, str]) -> str:
    """One key per speaker: "HAVERILL" and "CORISANDE HAVERILL" are the same person, as are
    "MAC CONMIDHE" and "GRÁINNE MAC CONMIDHE" (a surname with its particles)."""
    words = name.split()
    surname_alone = all(w.lower() in speakers.NAME_PARTICLES for w in words[:-1])
    if surname_alone and words and words[-1].lower() in full_names:
        return full_names[words[-1].lower()].lower()
    if len(words) == 1:
        # "SEONU:" after "SEONU YERIM:": a name's first word (a family name written first, or
        # a given name), when it opens one full name only
        opening = {full for full in full_names.values() if full.split()[0].lower() == name.lower()}
        if len(opening) == 1:
            return opening.pop().lower()
    return name.lower()


# "the younger A-Name", "the older Ó Name": one of two people of a surname, by generation.
_A_GENERATION = re.compile(r"the (younger|older|elder) (?:[A-Z][a-z]{1,3}\.? )?(.+)", re.IGNORECASE)
_CHILDREN = "son|daughter|grandson|granddaughter|nephew|niece|child"
_PARENTS = "father|mother|grandfather|grandmother|uncle|aunt|dad|mum|mom"


def _the_younger_or_the_older(states: list[_QuoteState]) -> None:
    """ "“…,” the younger Ó Duibhginn said": of the two people the story names with that
    surname, the one its ages ("A Name, 67,") or its relations ("Her son, B Name,", "The
    captain's father, C Name,") make younger or older; left as written when it tells neither."""
    text = ""  # the story outside quotations, joined once it is needed
    for state in states:
        for k, found in enumerate(state.attributions):
            m = _A_GENERATION.fullmatch(found.source)
            if m is None:
                continue
            surname = m.group(2)
            text = text or "\n".join(other.outside for other in states)
            named = re.finditer(
                rf"(?<![\w'’.-])((?:[{_UPPER}][\w'’.-]*\s+){{1,3}}){re.escape(surname)}(?![\w'’-])",
                text,
            )
            people = list(
                dict.fromkeys(
                    person
                    for n in named
                    if len((person := speakers.person_name(n.group(0))).split()) >= 2
                )
            )
            if len(people) != 2:
                continue
            rank: dict[str, int] = {}  # the larger, the older
            for person in people:
                # (an age set off by commas or before "of": "A Name, 67,", not "A Name, 1,500m
                # world record holder")
                aged = re.search(
                    rf"{re.escape(person)},\s+(\d{{1,3}})"
                    rf"(?=,\s|\)|\.(?:\s|$)|\s+(?:of|and|from|who)\b)",
                    text,
                )
                if aged:
                    rank[person] = int(aged.group(1))
            if len(rank) < 2:
                rank = {}
                for person in people:
                    # (the relation named before the person, "Her son, B Name": never "son of
                    # B Name", where B is the parent)
                    kin = rf"\b({_CHILDREN}|{_PARENTS}),?\s+(?:(?!of\b)[\w’'.-]+\s+){{0,3}}?"
                    related = re.search(kin + re.escape(person), text, re.IGNORECASE)
                    if related:
                        child = related.group(1).lower() in _CHILDREN.split("|")
                        rank[person] = 0 if child else 2
                if len(rank) == 1:
                    other = next(p for p in people if p not in rank)
                    rank[other] = 1
            if len(rank) < 2 or rank[people[0]] == rank[people[1]]:
                continue
            younger, older = sorted(people, key=rank.__getitem__)
            chosen = younger if m.group(1).lower() == "younger" else older
            state.attributions[k] = replace(found, resolved=chosen)


def _name_speakers(
    states: list[_QuoteState],
    paragraphs: list[int],
    furniture: frozenset = frozenset(),
    *,
    texts: list[str] | None = None,
) -> None:
    """Each attribution's speaker as a reviewer would name it (see `speakers`): people by their
    full name without titles, later surnames and pronouns by the name given before.

    A pronoun takes the nearest person named before it, as a speaker or in the text (outside
    quotations) of the few sentences before; with nobody near, the last speaker named.
    """
    current = 0
    joined = ""  # the sentences outside quotations, joined on the first surname that needs it
    # (and the sentences themselves, the same length: a nickname's quotation marks)
    joined_texts = ""
    starts: list[int] = []

    def join() -> None:
        nonlocal joined, joined_texts
        if not joined:
            position = 0
            for state in states:
                starts.append(position)
                position += len(state.outside) + 1
            joined = "\n".join(state.outside for state in states)
            joined_texts = "\n".join(texts) if texts is not None else ""

    def full_name_in_text(surname: str, other_than=()) -> str:
        """The full name the text gave a surname before the current sentence: the surname's
        first mentions (found by substring search, in C) with capitalised words before them.
        When it gave none before (a headline's "Mayor Okafor says …"), the first full name the
        text gives it after."""
        join()
        lowered = surname.lower()
        if (
            " " not in surname
            and lowered.endswith("s")
            and lowered[:-1] in speakers.ROLE_WORDS
            and lowered not in _SURNAMES_OF_ROLES
            and lowered in small_words()
        ):
            # "Traders said", "Brokers expect": people of a kind (a role's plural), capitalised
            # only because the sentence opens with them, in a text that writes the word in
            # small letters ("one of nine brokers"), not the end of a body's name ("Tembeza Tea
            # Brokers"); a surname is no role's plural ("Waters said" after "Maxine Waters")
            return ""
        found = (
            _full_name(surname, 0, starts[current], other_than)
            or _full_name(surname, starts[current], len(joined), other_than)
            or _relative_by_first_name(surname, other_than)
            or _person_by_first_name(surname, other_than)
        )
        first = surname.split(" ", 1)[0]
        if (
            not found
            and " " in surname
            and first[:1].isupper()
            and first.lower() in speakers.NAME_PARTICLES
        ):
            # "Van der Straelen said", "Del Pino said": the particle capitalised only because
            # it opens the sentence ("Joost van der Straelen")
            return full_name_in_text(first.lower() + surname[len(first) :], other_than)
        joined_particle = first.split("-", 1)[0] if "-" in first else ""
        if not found and joined_particle.istitle() and joined_particle.lower() in _JOINED_PARTICLES:
            # "Al-Shawabkeh said", "El-Sayed said": the joined particle capitalised only because
            # it opens the sentence ("Omar al-Shawabkeh")
            return full_name_in_text(surname[:1].lower() + surname[1:], other_than)
        return found

    def named_last(people) -> str:
        """Of `people` (of one family name, written first), the one the sentences before the
        current one last give words to or open with, "" when none, or when the latest sentence
        to open with that family name opens with someone else ("Prosecutors indicted …" aside:
        "Kim Jae-won, a former executive, was indicted."). A name inside another's words ("She
        said Park Ji-hoon had refused") is not who a bare "Park said" is."""
        family = people[0].split()[0] if people else ""
        other = re.compile(rf"{re.escape(family)} [{_UPPER}][\w'’]*-[\w'’]+")
        for j in range(current - 1, -1, -1):
            for a in states[j].attributions:
                if a.speaker in people:
                    return a.speaker
            opening = states[j].outside.lstrip()
            for person in people:
                if opening.startswith(person):
                    return person
            if other.match(opening):
                return ""  # (someone else of that family name, named since)
        return ""

    relatives_given_first: dict[str, re.Match | None] = {}

    def _relative_by_first_name(first: str, other_than) -> str:
        """ "Anneliese Bezuidenhout" for "Anneliese said" after "Dirk Bezuidenhout, who with
        his wife, Anneliese, raises …" or "Dirk Bezuidenhout and his wife, Anneliese,": a
        spouse, child, parent or sibling given by the first name alone, right after a person of
        two names, takes the family's surname (two outside reviews: a surname taken from
        further away was a place's, a school's or a vineyard's, and longer names do not put the
        family's last)."""
        if " " in first or not first[:1].isupper():
            return ""
        if not relatives_given_first:
            # (found once for the whole text, each first name's first: a pattern a name, read
            # over the whole text, made a text of 1,500 new names take 16 s)
            relatives_given_first[""] = None
            for found in _RELATIVE_GIVEN_FIRST.finditer(joined):
                relatives_given_first.setdefault(found.group(2), found)
        m = relatives_given_first.get(first)
        person = speakers.person_name(m.group(1)) if m else ""
        if len(person.split()) != 2 or person != m.group(1):
            return ""
        before = joined[max(0, m.start(1) - 30) : m.start(1)].split()
        if before and before[-1][:1].isupper():
            return ""  # (the end of a longer name: "Mitchells Plain Primary", "Tan Wei Ming")
        name = f"{first} {person.split()[-1]}"
        return name if name not in other_than else ""

    # The people the text names in full as a person is brought in, by first name: (where,
    # name) in the text's order; and the first names it gives someone "named" or "called" so.
    # Read once, on the first name asked for (a pattern per new name read over the whole text
    # took time as the text's square).
    people_by_first: dict[str, list[tuple[int, str]]] = {}
    named_so: set[str] = set()

    def _read_people_by_first() -> None:
        people_by_first[""] = []
        for n in _NAME_IN_TEXT.finditer(joined):
            # (brought in as a person is: "A Name, 46,", "A Name said", "A Name has worked";
            # not "Varnel Slate 7", a product, nor "Rijnvalk Logistiek B.V.", a firm)
            if "\n" in n.group(0) or not _AS_A_PERSON.match(joined, n.end()):
                continue  # (a name ends with its sentence: "Photo: Böhmetalbahn" / "Trains …")
            parts = speakers.person_name(n.group(0)).split()
            if len(parts) >= 2 and n.group(0).startswith(parts[0]):
                people_by_first.setdefault(parts[0], []).append((n.start(), " ".join(parts)))
        named_so.update(m.group(1) for m in _NAMED_SO.finditer(joined))
        # (and the first names set off as a person of their own: "One pupil, Ahmed, 11,", "Mia,
        # 9, said", ", Tom, said")
        named_so.update(m.group(1) for m in _SET_OFF_FIRST_NAME.finditer(joined))

    def _person_by_first_name(first: str, other_than) -> str:
        """ "Trudy Rempel" for "Trudy said" after "Trudy Rempel has worked at the centre …":
        the one person the text named before in full with that first name ("" for none, or
        for two: "Trudy Rempel" and "Trudy Ames")."""
        if " " in first or not first.istitle() or first.lower() in speakers.ROLE_WORDS:
            return ""
        sentence = states[current].outside
        if _A_BODYS_PRONOUN.search(sentence):
            return ""  # "Kestane says it earned …": a company by its short name, as written
        if not people_by_first:
            _read_people_by_first()
        everyone = {name for _where, name in people_by_first.get(first, ())}
        named = {name for where, name in people_by_first.get(first, ()) if where < starts[current]}
        named.difference_update(other_than)
        # (not when the text names someone else by it, in full or set off on its own: "One
        # pupil, Ahmed, 11, said …", "Mia, 9, said …", "His son, also named Tom, said …"; when
        # unsure, no name in full)
        if len(named) != 1 or len(everyone) > 1 or first in named_so:
            return ""
        return named.pop()

    def _full_name(surname: str, begin: int, limit: int, other_than) -> str:
        found = joined.find(surname, begin, limit)
        # A name that opens a headline may hold its first word ("Late Ngata double hands …"):
        # taken only when the text gives no other full name of that surname.
        headline_name = barrelled_name = ""
        while found != -1:
            end = found + len(surname)
            # (a hyphened given name's first part is no surname: "Kwok said" is not "Edmund Lai
            # Kwok-wah"; a double-barrelled surname's is the person's: "Whately said" is "Anne
            # Whately-Smith")
            joined_on = _JOINED_ON.match(joined, end)
            given_part = joined_on is not None and not joined_on.group(1)[:1].isupper()
            # (only when the text names nobody by the surname alone: "Madlopha said" beside
            # "Sibusiso Madlopha" and "Nomvula Madlopha-Dube" is Sibusiso Madlopha)
            barrelled = joined_on is not None and not given_part
            if barrelled:
                end = joined_on.end()
            if end >= len(joined) or not (joined[end].isalpha() or given_part):
                # ("R (Benedetti-Okwu) v …": a word before a bracket is no first name.)
                bracketed = found > 0 and joined[found - 1] in "(“\"‘'"
                m = None if bracketed else _NAME_ENDING_HERE.search(joined, max(0, found - 80), end)
                name = speakers.person_name(m.group(0)) if m else ""
                if name.split(" ", 1)[0] in _NOT_A_FIRST_NAME | _PREPOSITIONS_OPENING:
                    # "In Strathnaver's words": no first name (and "Meet Read, the new vicar":
                    # the surname alone, no name at all)
                    name = name.split(" ", 1)[1] if " " in name else ""
                role = _ROLE_BEFORE.search(joined, max(0, m.start() - 30), m.start()) if m else None
                if role and role.group(1).lower() in speakers.ROLE_WORDS:
                    # "coach Dean Crothall": after a role, a title word is a first name
                    name = speakers.person_name(f"{role.group(1)} {m.group(0)}") or name
                next_word = _NEXT_WORD.match(joined, end)
                if next_word and next_word.group(1).lower() in speakers.ORG_WORDS:
                    name = ""  # "A Brenmoor Air Halcott H-70": the word names a firm here
                if name.startswith("A ") and _LOWER_WORD_AFTER.match(joined, end):
                    name = ""  # "A Brenmoor spokesperson": an article, not an initial
                titled = m is not None and m.group(0).split()[0].lower() in speakers.ROLE_WORDS
                shared = m and _SHARED_BY_TWO.search(joined, max(0, m.start() - 30), m.start())
                if shared and _NAME_OR_PLACE_BEFORE.search(
                    joined, max(0, shared.start() - 30), shared.start()
                ):
                    # "Pieter Orlebar and Gwendolyn Rossiter", "Lorna Vickerstaff of
                    # Pollardsville and Dale Trumbauer": the word before "and" ends a name or
                    # a place, so each person is named in full
                    shared = None
                if shared and not titled:
                    # "David and Mary Okonkwo": the surname is two people's (not "A Name and
                    # Arq. Silvia Moncada", two people each named in full)
                    name = ""
                # (more words than the surname: "Ní Bhriain-Costello" is two, and no full name)
                longer = len(name.split()) > max(1, len(surname.split()))
                if name and longer:
                    # "Ximena Aldabe Urquiza … Aldabe said": a second surname after the one
                    # used later is the name's too.
                    more = _SECOND_SURNAME.match(joined, end)
                    words = more.group(1).split() if more else []
                    if words and _NOT_A_SECOND_SURNAME.isdisjoint(w.lower() for w in words):
                        name = speakers.person_name(f"{name} {' '.join(words)}") or name
                suffix = _SUFFIX_AFTER.match(joined, end) if name and longer else None
                if suffix and name.endswith(" " + suffix.group(1)):
                    suffix = None  # (read already as the name's second surname)
                if suffix and not _two_generations(joined, surname):
                    name = f"{name} {suffix.group(1)}"  # "… Pomfrett Jr. wrote": "Jr." too
                if not longer and joined_texts:
                    # 'Isaiah “Ice” Kenward … Kenward said': the nickname, a quotation, is
                    # blanked outside quotations, so the given name stands apart
                    nicknamed = _NICKNAMED.search(joined_texts, max(0, found - 40), found)
                    name = speakers.person_name(nicknamed.group(1) + surname) if nicknamed else ""
                    longer = len(name.split()) == 2 and name.endswith(surname)
                if name and longer and name not in other_than and barrelled:
                    barrelled_name = barrelled_name or name
                elif name and longer and name not in other_than:
                    if not _opens_a_headline(joined, m.start() if m else found):
                        return name
                    headline_name = headline_name or name
                going_on = _NAME_GOING_ON.match(joined, end) or _SURNAME_AFTER.match(joined, end)
                if going_on and going_on.re is _SURNAME_AFTER:
                    # "Farmer Anneliese Bezuidenhout … Anneliese said", "Rosli bin Hamdan …
                    # Rosli said": a first name used later, its surname after it (not a firm's
                    # word, a street's or a month's: "Zippel Mobility", "Gareth Street").
                    words = {w.lower() for w in joined[end : going_on.end()].split()}
                    if not words.isdisjoint(_NOT_A_SECOND_SURNAME | speakers.STREET_WORDS):
                        going_on = None
                    elif not (
                        _introduced_as_a_person(joined, found, going_on.end())
                        or _a_persons_role_after(joined, found, going_on.end())
                    ):
                        going_on = None  # "Halvard Tools … Halvard said": a firm, maybe
                if going_on and _company_named(joined, going_on.end()):
                    going_on = None  # "Rijnvalk Logistiek B.V.": a firm's name going on
                if going_on:
                    # "Koh Mei Xuan … Koh said": the name goes on after the word used later.
                    longer = speakers.person_name(joined[found : going_on.end()])
                    named = longer and longer.startswith(surname) and len(longer.split()) >= 2
                    if named and longer not in other_than:
                        return longer
            found = joined.find(surname, end, limit)
        return headline_name or barrelled_name

    mentions: dict[str, tuple[list[int], list[str]]] = {}

    def person_named_before(pattern: str, or_after: bool = False, surname: bool = False) -> str:
        """The latest person the text named by `pattern` (the name its group 1) before the
        current sentence. Each pattern's mentions are found once for the whole text (a text of
        nothing but "the mayor said" must not be searched again for every sentence).
        `surname`: a surname alone names the person too (a judge: "Mr Justice A Name")."""
        if pattern not in mentions:
            join()
            positions, names = [], []
            # (from a word's start: the boundary before the literal the pattern opens with, in
            # the pattern, so a long token is not tried at each of its letters)
            for m in re.finditer(rf"(?<![^\W_])(?:{pattern})", joined):
                if m.start() and joined[m.start() - 1].isalnum():
                    continue
                if _ABSENT_BEFORE.search(joined, max(0, m.start() - 48), m.start()):
                    continue  # not there, or a part played: no holder who speaks
                if _NOT_IN_OFFICE.search(joined, max(0, m.start() - 16), m.start()):
                    # "the former Minister for Housing, A Name", "Deputy Mayor A Name": not "the
                    # minister", not "the mayor"
                    continue
                captured = next((g for g in m.groups() if g), "")
                if captured.endswith(("'s", "’s")):
                    # (the holder named as an owner: "to override Gov. A Name's veto"; not
                    # another place's, "Subjects: Victorian Premier A Name's budget")
                    before = joined[max(0, m.start() - 24) : m.start()].split()
                    if before and before[-1][:1].isupper():
                        continue
                    captured = captured[:-2]
                if _ANOTHER_OFFICE.search(captured):
                    # "Justice Secretary A Name" is no judge; "the Premier, Tourism Minister A
                    # Name, and …" lists another office
                    continue
                name = speakers.person_name(captured)
                if name.split()[:1] and name.split()[0].lower() in _FUNCTION_WORDS:
                    continue  # "Justice For Grenfell": a body's name, not a person's
                if surname and len(name.split()) == 1:
                    # a judge by the surname alone only after the style ("Mr Justice A Name"):
                    # "Justice For Grenfell", "International Justice Mission" are bodies
                    styled = _BENCH_STYLE.search(joined, max(0, m.start() - 12), m.start())
                    if not styled or name in _WHEN_WORDS:
                        continue
                if name and (len(name.split()) >= 2 or surname):
                    positions.append(m.start())
                    names.append(name)
            # ("Mrs Justice A Name" and "Mrs Justice Name", "Judge Gormlaith Ní Chiaragáin" and
            # "Judge Ní Chiaragáin": one judge, named in full)
            names = [next((o for o in names if o.endswith(" " + n)), n) for n in names]
            mentions[pattern] = (positions, names)
        positions, names = mentions[pattern]
        index = bisect.bisect_left(positions, starts[current])
        if index:
            # Two people given the title before ("the Minister of Finance, A; the Minister of
            # Budget, B"): which one "the minister" means is not known.
            return names[index - 1] if len(set(names[:index])) == 1 else ""
        # (Named only after: a headline's "Mayor says …", the story naming the mayor below; when
        # the story gives the title to two people, neither.)
        return names[0] if or_after and len(set(names)) == 1 else ""

    owned_titles: dict[str, bool] = {}  # a title's holder given by its owner anywhere

    def titled_person_in_text(title: str, or_after: bool = False, opening: bool = False) -> str:
        """The person the text named with this title before ("the governor" after "Governor
        Leontine Szczepanik declared …"): the title capitalised before a name, a literal the
        regex engine skips ahead to in C. The title may have its portfolio and a comma before
        the name: "the Minister for Health, Órlaith Deasy-Carrick", "Commissioner for
        Education, Prof. A Name"."""
        capitalised = " ".join(
            # (each part of a joined title: "Vice-Chancellor", "Attorney-General")
            word if word in _FUNCTION_WORDS else "-".join(p.capitalize() for p in word.split("-"))
            for word in title.split()
        )
        # (or in small letters straight before the name: "Club chairman Colin Rudgewick")
        written = f"(?:{re.escape(capitalised)}|{re.escape(title.lower())})"
        # The title as an apposition says it: "The finance minister, A Name,"; initials as
        # written or spelt out ("Gainsborough's MP, A Name,", "The new Labour Cabinet
        # Secretary, A Name,"), so that a holder given so counts too.
        said = [re.escape(title.lower()), re.escape(capitalised)]
        office = _office_spelt_out(title)  # (for initials of `_OFFICES_BY_INITIALS`; else "")
        if title.isupper():
            said.append(re.escape(title))
            if office:
                said.append(office)  # "The Jinja Resident City Commissioner, A Name," (RCC)
            if title in _TWO_LETTER_OFFICES:
                spelt_out = _TWO_LETTER_OFFICES[title]
                said += [rf"(?:[\w'’-]+ ){{0,2}}(?:{spelt_out}|{spelt_out.lower()})"]
        if capitalised in _TITLE_ABBREVIATIONS:
            written = f"(?:{written}|{_TITLE_ABBREVIATIONS[capitalised]})"  # "Gov. A Name"
        if title.isupper():
            # An office's initials: "the DPP" after "Deputy Public Prosecutor A Name", "the UNO"
            # after "Upazila Nirbahi Officer (UNO) A Name": the office spelt out, never the
            # initials before a name ("FBI Director A Name": "the FBI" is the bureau)
            spelt = r"\s+".join(rf"{letter}[a-z]+" for letter in title)
            # (its name after a comma too: "The Municipal Chief Executive (MCE), Hon. A Name,")
            written = rf"{spelt}(?:\s+\({re.escape(title)}\),?)?"
            if len(title) == 2:
                # Two letters spell out too many offices ("MD": managing or medical director):
                # as written before a name ("Transport CS A Name", "DI A Name") or spelt out
                # as one office ("Cabinet Secretary A Name"), or spelt out with the letters in
                # brackets after it, which says which office they stand for here ("Deputy
                # Commissioner (DC) A Name").
                written = (
                    rf"(?:{re.escape(title)}|{_spelt_loosely(title)}\s+\({re.escape(title)}\))"
                )
                if title in _TWO_LETTER_OFFICES:
                    written = rf"(?:{written}|{_TWO_LETTER_OFFICES[title]})"
                elif office:
                    # (an office the letters stand for, spelt out: "Deputy Commissioner A
                    # Name", "District Commissioner Mrs A Name", "Assistant Commissioner (City)
                    # A Name" for "the DC", "the AC"; two holders given so leave the office
                    # unnamed, as any title does)
                    written = rf"(?:{written}|{office}(?:\s+\([{_UPPER}][\w'’ -]{{1,24}}\))?)"
            elif title.lower() in speakers.ROLE_WORDS:
                # (initials that are a role of their own, written before a name: "DCI A Name";
                # not a body's, "FBI Director A Name")
                written = rf"(?:{written}|{re.escape(title)})"
            if office and len(title) > 2:
                # (an office with its small words, spelt out: "Deputy Commissioner of Police
                # (Cyber) A Name" for "the DCP")
                written = rf"(?:{written}|{office}(?:\s+\([{_UPPER}][\w'’ -]{{1,24}}\))?)"
        # (honorifics between the title and the name: "Health Minister Dr the Hon. A Name")
        # (a name stays on its line: "Mr Justice A Name" over "Hearing dates: …" is no
        # "A Name Hearing")
        # (up to seven words: honorifics and a long name, "Datuk Seri A B Mohd C")
        # (and a particle between its words: "Judge Róisín de Búrca", "Marieke van 't Hoff")
        # (a word of a name is bounded: a match may start at each capital of a long token of
        # dots or hyphens, "A.A.A.…", and an open word read the rest of it from each)
        name = (
            rf"((?:(?:[{_UPPER}][\w'’.-]{{0,40}}|the(?= Hon| Rt)"
            rf"|{_SMALL_NAME_WORD}(?=(?:[^\S\n]+{_SMALL_NAME_WORD})*[^\S\n]+[{_UPPER}]))"
            rf"[^\S\n]+){{0,6}}[{_UPPER}][\w'’.-]{{0,40}})"
        )
        person = person_named_before(
            rf"(?:{written}(?:[^\S\n]+{name}"
            # (with a portfolio, the name set off by commas on both sides: "the Minister for
            # Health, A Name, said", not "to the Minister for Health, Labour TD A Name called")
            # (a portfolio of a list: "The Commissioner for Commerce, Industry and
            # Cooperatives, A Name,")
            # (a junior minister's brief: "the Minister of State with responsibility for the
            # islands, A Name,")
            rf"|(?:\s+(?:for|of|with\s+responsibility\s+for)(?:,?\s+[\w'’&-]+){{1,6}}?),\s+{name},)"
            # or in small letters, the name set off by commas: "The finance minister, A Name,"
            # (the title as said, not "the wife of the minister, A Name," or "The previous
            # mayor, A Name,"; an owner's title too: "The club's chairman, A Name,")
            # (or its owner's, and a body's name before it: "its lawyer, A Name,", "The Osun
            # State Governor, Mr A Name,")
            rf"|(?:(?<![Oo]f [Tt]he )(?<=[Tt]he )|(?<=['’]s )|(?<=\b[Ii]ts )|(?<=\b[Hh]is )"
            rf"|(?<=\b[Hh]er )|(?<=\b[Tt]heir ))(?:{_MODIFIER_OF_A_TITLE}\s+){{0,3}}"
            rf"(?:{'|'.join(said)}),\s+{name},)"
            # or in brackets after the name, as minutes list those present: "A Name (Director
            # of Finance)" (not initials: "Detailed Project Report (DPR)" spells them out; not
            # one absent: "Apologies were received from A Name (Chair)")
            + ("" if title.isupper() else rf"|{name}[^\S\n]+\((?:{'|'.join(said)})\)")
            # or the office and its letters after the name: "A Name, officer-in-charge (OC) of
            # Sadar Police Station, said", for a later "the OC"
            # (a lookahead: the office after the name may open the next match, "In A Place,
            # Upazila Nirbahi Officer (UNO) B Name said")
            + (
                rf"|{name}(?=,[^\S\n]+(?:the[^\S\n]+)?{_spelt_loosely(title)}[^\S\n]+"
                rf"\({re.escape(title)}\))"
                if title.isupper()
                else ""
            )
            # or set off after the name with "the": "A Name Jr., the city fire marshal, said"
            # (the one holder; not "A Name, the mayor's wife,")
            + (
                ""
                if title.isupper()
                else rf"|{name},[^\S\n]+the[^\S\n]+(?:{_MODIFIER_OF_A_TITLE}[^\S\n]+){{0,3}}"
                rf"(?:{'|'.join(said)})(?=[,;])"
            )
            # (two letters after the name too: "Rita Ode MP", "Labour's A Name TD"; not the
            # title before the next name: "Education CS A Name")
            + (
                rf"|{name}[^\S\n]+{re.escape(title)}\b(?![^\S\n]+[{_UPPER}])"
                if len(title) == 2 and title.isupper()
                else ""
            ),
            or_after,
            surname=title == "justice",
        )
        if title.isupper():
            return person
        # (the title in a lookahead: the matches must not swallow "the Minister for Health, A
        # Name," after "On Tuesday,")
        after_the_name = rf"{name}(?=,\s+(?:the\s+)?(?:{'|'.join(said)})\b(?:\s+(?:of|at|for)\b|,))"
        if not person:
            # "A Name, executive director of the Retirement System, said" and later "The
            # executive director said": the one holder the text gave the role so, before, when
            # the title opens its sentence (`opening`; not "At the night shelter, the executive
            # director said", another body's), not a headline's, nor where the text gives
            # another body's holder by its owner ("The mine's chief executive declined …")
            if or_after or not opening:
                return ""
            # (read once a title: a page of "…, according to the regulator." asked for each)
            key = "|".join(said)
            if key not in owned_titles:
                found = re.search(rf"['’]s\s+(?:{key})\b", joined, re.IGNORECASE)
                owned_titles[key] = found is not None
            if owned_titles[key]:
                return ""
            return person_named_before(after_the_name)
        # A holder given after the name, of the same body or another ("A Name, vice-chancellor
        # of Northbridge University,", "B Name, chief executive of the Chamber of Commerce,"):
        # with one of them besides the person found, which one is meant is not known.
        person_named_before(after_the_name, True)
        others = set(mentions[after_the_name][1]) - {person}
        return "" if others else person

    def another_holder(person: str, office: str) -> bool:
        """Does the text give the office, spelt out, without this person's name after it ("a
        detective inspector from the serious crime unit, A Name" beside "DI B Name")? Then
        which one the initials mean is not known."""
        join()
        for m in re.finditer(re.escape(office), joined, re.IGNORECASE):
            if (
                not joined[m.end() : m.end() + 80]
                .lstrip(" ,")
                .startswith(tuple(_STYLE_BEFORE_A_NAME))
                and person.split()[0] not in joined[m.end() : m.end() + 40]
            ):
                return True
        return False

    def related_person_in_text(relation: str, or_after: bool = False) -> str:
        """The person the text named with this relation before ("her son said" after "… her
        son, A Name, who …"); or after, for a headline ("…, his daughter says" over "His
        daughter, A Name, said …")."""
        # (after a headline, the story's own "His daughter, A Name": never another's, "Kelly's
        # daughter, A Name", "The mayor's son, A Name")
        owner = (
            r"(?:[Hh]is|[Hh]er|[Tt]heir)" if or_after else r"(?:[Hh]is|[Hh]er|[Tt]heir|\w+['’]s)"
        )
        return person_named_before(
            rf"{owner} {relation},? ({_FULL_NAME})",
            or_after=or_after,
        )

    # (both below answer for the whole text, and are asked again for each sentence that names
    # the person: kept per name, or a page naming one person 4,000 times took 140 s)
    @functools.cache
    def another_by_first_name(first: str, full: str) -> bool:
        """Does the text (outside quotations) name someone other than `full` by `first`: with
        another surname, set off by commas as a person of its own ("One pupil, Ahmed, 11,",
        "Maria, not her real name,"), or as a thing ("Chad said it would …")?"""
        join()
        rest = full.split(None, 1)[1] if " " in full else ""
        for m in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])", joined):
            after = joined[m.end() : m.end() + 40]
            if rest and after.startswith(" " + rest):
                continue  # the person in full
            before = joined[max(0, m.start() - 24) : m.start()]
            introduced = (
                before.endswith((", ", "\n"))
                or m.start() == 0
                or before.rstrip().rsplit(None, 1)[-1:] in ([w] for w in _INTRODUCING_NOUNS)
            )
            apart = after.startswith(",") and introduced
            if apart or _ANOTHER_SURNAME.match(after) or _SAID_IT.match(after):
                return True
        return False

    @functools.cache
    def another_by_short_name(short: str, full: str) -> bool:
        """Does the text name someone other than `full` by the end of that name, `short` ("Ali
        Khan" beside "Muhammad Ali Khan"): a mention not within `full`, with a role word before
        it ("Shopkeeper Ali Khan") or set off as a person of their own after it ("Ali Khan, a
        shopkeeper,", "Ali Khan, 44,")?"""
        join()
        extra = full[: len(full) - len(short)]
        if not extra.endswith(" "):
            return True  # (not the end of that name)
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", joined):
            if joined[max(0, m.start() - len(extra)) : m.start()] == extra:
                continue  # the person in full
            before = joined[max(0, m.start() - 30) : m.start()]
            if before.rstrip(" ").endswith((".", "!", "?", "\n", ":", ";", "”", '"')):
                before = ""  # (the word before is another sentence's)
            word = before.split()[-1].rstrip(",") if before.split() else ""
            lowered = word.lower().rstrip(".")
            # (a title or a style is how the text names the same person again: "Dr Sammut
            # Briffa", "Judge Sammut Briffa"; a lay role or small letters bring in another)
            styled = lowered in speakers.HONORIFICS or lowered in _TITLES_OF_THE_SAME
            if (
                word
                and not styled
                and (
                    lowered in speakers.ROLE_WORDS
                    or lowered in _INTRODUCING_NOUNS
                    or word.islower()
                )
            ):
                return True
            if _SET_OFF_AS_A_PERSON.match(joined, m.end()):
                return True
        return False

    # Each age's mentions in the whole text, read once (a page of "the 54-year-old said" read
    # the text before each cue again). The text just before a cue is read again as its own end
    # (a name at a line's end may run on into the cue's sentence in the whole text: "… to
    # 54-year-old Kiri Waititi" / "Speaking outside court, …").
    aged_found: dict[tuple[str, str], tuple[re.Pattern, list[re.Match], list[int]]] = {}
    aged_names: dict[tuple[int, int], str] = {}  # (each mention's person, read once)

    def mentions_before(age: str, pattern: str) -> list[re.Match]:
        """The mentions a reading of the text before the current sentence finds."""
        if (age, pattern) not in aged_found:
            compiled = re.compile(pattern)
            found = list(compiled.finditer(joined))
            aged_found[age, pattern] = compiled, found, [m.end() for m in found]
        compiled, found, ends = aged_found[age, pattern]
        end = starts[current]
        edge = max(0, end - _AGE_EDGE)
        settled = bisect.bisect_right(ends, edge)  # (in order, none overlapping)
        # (read again from the edge, or from the start of a mention that crosses it)
        crossing = settled < len(found) and found[settled].start() < edge
        again = found[settled].start() if crossing else edge
        return found[:settled] + list(compiled.finditer(joined, again, end))

    def aged_person_in_text(age: str) -> str:
        """The person the text gave this age before: "A Name, 54,", "54-year-old A Name",
        "A Name (54)"; "" unless exactly one."""
        join()
        pattern = (
            rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),\s+{age}\b(?!-)|\b{age}-year-old\s+"
            rf"(?:[a-z]+\s+){{0,2}}({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
            rf"|({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s+\({age}\)"
        )
        names = set()
        for m in mentions_before(age, pattern):
            if m.span() not in aged_names:
                aged_names[m.span()] = speakers.person_name(next(g for g in m.groups() if g))
            names.add(aged_names[m.span()])
        # (one person in full: "Manaia, 23," beside "Kiri Waititi, 19," names nobody in full)
        return names.pop() if len(names) == 1 and len(next(iter(names)).split()) >= 2 else ""

    def aged_person_near(age: str) -> str:
        """The one person the cue's paragraph names before it ("Brodie Kealty has worked at
        the refinery for 19 years. “…,” says the 47-year-old."), or, when it opens with the
        quotation, the paragraph before; "" when the text gave that age to anyone before ("An
        88-year-old woman was rescued", "her brother Manaia, 23,": then it is them) or when
        the paragraph names two people (the coach and his striker)."""
        join()
        if mentions_before(age, _AGE_GIVEN.format(age=age)):
            return ""
        # (sentences run in paragraph order: the window ends where its paragraph does)
        before = range(current - 1, -1, -1)
        paragraph = paragraphs[current]

        def of_paragraph(p: int) -> list[int]:
            within = itertools.takewhile(lambda j: paragraphs[j] == p, before)
            return list(itertools.islice(within, _AGED_REACH))

        window = of_paragraph(paragraph)
        if not window and current and paragraphs[current - 1] == paragraph - 1:
            window = of_paragraph(paragraph - 1)
        named = set()
        for j in window:
            outside = states[j].outside[:2000]
            if _SOMEONE_DESCRIBED.search(outside):
                # "Judge A Name jailed the driver", "Firefighter A Name carried the woman
                # down": someone else, unnamed, who may be the one of that age (an outside
                # review)
                return ""
            # (a name in full, not cut at an apostrophe: "Leota Fa'amausili")
            named |= {
                name
                for m, name in _full_names(outside)
                if not _NAME_GOES_ON_AFTER.match(outside, m.end())
            }
            named |= {
                a.speaker
                for a in states[j].attributions
                if " " in a.speaker and speakers.person_name(a.speaker) == a.speaker
            }
            opening = _CAPITALISED_WORD.match(states[j].outside.lstrip())
            word = opening.group(0) if opening else ""
            if word and word.lower() not in _NOT_A_SURNAME and book.surname_in_full(word):
                named.add(book.surname_in_full(word))
        return named.pop() if len(named) == 1 else ""

    related: dict[str, str] = {}

    def pronoun_in_text(name: str) -> str:
        """ "she" for a person the text introduces as "his wife, A Name", "he" for "her son,
        A Name" (found once for the whole text, when first asked)."""
        if not related:
            join()
            related[""] = ""
            # From each relation word (rare: the regexes run only around it) to the name after
            # it ("his wife, A Name") or before it ("A Name, the bride's mother").
            for rm in _RELATION_WORD.finditer(joined):
                whose = _WHOSE_BEFORE.search(joined, max(0, rm.start() - 40), rm.start())
                if whose is None:
                    continue
                after = _NAME_AFTER.match(joined, rm.end())
                before = _NAME_BEFORE.search(joined, max(0, whose.start() - 80), whose.start())
                for found in (after, before):
                    person = speakers.person_name(found.group(1)) if found else ""
                    if len(person.split()) >= 2:
                        related.setdefault(person, speakers.pronoun_of_role(rm.group(0)))
        if name not in related:
            # (each a read of the whole text: for a bounded number of names, a hostile text
            # naming a new person in every line reads it no more than that)
            titled = len(related) < _TITLE_LOOKUPS
            related[name] = _pronoun_of_title(joined, name) if titled else ""
        return related[name]

    first_bodies: dict[str, tuple[int, str]] = {}

    def body_in_text(noun: str) -> str:
        """ "Quillmouth Police Department" for "department": the body the text named in full
        before the current sentence with that word last, the first such (found once a word:
        the text is searched once, however many sentences ask)."""
        join()
        if noun not in first_bodies:
            # (two places joined in a body's name: "Wexhaven and Ashlingbury Hospitals NHS
            # Foundation Trust", "Dunstowe and Athelbury Police"; within a line: a byline's
            # "| The Plain Register" is no part of the next line's body)
            # (a company by its legal form too: "Corlandt Medical Inc.", "Tarnovia Bus SA")
            ending = rf"{re.escape(noun.capitalize())}\b"
            if noun == "company":
                ending = rf"(?:{ending}|(?:{speakers.FIRM_FORM_PATTERN})(?:\.(?=\s)|\b))"
            # (and what it is of, all its capitalised words or none: "Alaska Department of Fish
            # and Game", "Police Department of the District of Columbia"; not "… of Abraham
            # Lincoln's era", nor a firm's town, "Brellan Transit Inc. of Wauseka")
            word = rf"[{_UPPER}][\w-]*"
            joiner = r"(?:(?:and|&|of|of the) )?"
            of = rf"(?: of(?: the)? {word}(?: {joiner}{word}){{0,4}}(?![\w'’-]| [{_UPPER}]))?"
            of = "" if noun == "company" else of
            pattern = (
                rf"(?<![\w'’&.-])(?:[{_UPPER}][\w'’&.-]* +(?:and +(?=[{_UPPER}]))?){{1,5}}"
                rf"{ending}{of}"
            )  # (from a word's start: see `named` in `_body_of_its_kind`)
            m = re.search(pattern, joined)
            body = _body_without_its_opener(m.group(0)) if m else ""
            first_bodies[noun] = (m.start() if m else len(joined), body)
        where, body = first_bodies[noun]
        return body if where < starts[current] else ""

    bodies_of_initials: dict[str, str] = {}
    nicknamed: dict[str, str] = {}
    nicknames_read: list[bool] = []

    def nicknames() -> dict[str, str]:
        """The names the text says people are known by, each to its person's full name
        ("Pui": "Wanida Phromsuk"), read once; a name given two people is neither's ("")."""
        if not nicknames_read:
            join()
            for m in [
                *_KNOWN_AS.finditer(joined),
                *_GOES_BY.finditer(joined),
                *_KNOWN_IN_A_CLAUSE.finditer(joined),
            ]:
                person = speakers.person_name(m.group(1))
                nick = m.group(2).rstrip(".")  # (the sentence's stop: "… know her as A Name.")
                before = joined[max(0, m.start(1) - 30) : m.start(1)].split()[-2:]
                if "of" in before or any(w.endswith(("'s", "’s")) for w in before):
                    continue  # ("The son of Mayor A Name, known as Nena": his, not hers)
                if len(person.split()) >= 2 and nick not in person:
                    nicknamed[nick] = "" if nicknamed.get(nick, person) != person else person
            nicknames_read.append(True)
        return nicknamed

    bracketed: dict[str, bool] = {}

    def in_brackets(initials: str) -> bool:
        """Does the text give `initials` in brackets, after the name they stand for (before
        or after: a headline's "BWSSB says …" over the story that spells it out)? (Read once
        for each initials, not once a sentence.)"""
        join()
        if initials not in bracketed:
            bracketed[initials] = f"({initials})" in joined
        return bracketed[initials]

    def body_of_initials(initials: str) -> str:
        """ "National Environment Agency" for "NEA": the body the text names in full with those
        initials in brackets after it, or whose capitalised words begin with them ("Office of
        Public Works" for "OPW"), as first written; "" for none, for a person's office
        ("Resident City Commissioner (RCC)") or for a text ("Detailed Project Report (DPR)")."""
        join()
        if initials not in bodies_of_initials:
            found = ""
            bracket = joined.find(f"({initials})")
            if bracket > 0:
                # (within its own sentence: not a headline's or a byline's words above it)
                line_start = joined.rfind("\n", 0, bracket) + 1
                words = _NAME_BEFORE_INITIALS.search(
                    joined, max(line_start, bracket - 160), bracket
                )
                run = words.group(1).split() if words else []
                if words and "and" in run and joined.startswith(", ", words.start(1) - 2):
                    # (a name with a list in it, cut at its comma: "Ministry of Agriculture,
                    # Animal Industry and Fisheries (MAAIF)", "Agency for Water, Energy and …":
                    # a body of or for something before it, not a list of bodies, "the National
                    # Water Commission, Red Cross and …")
                    lo = max(line_start, words.start(1) - 80)
                    head = _NAME_BEFORE_INITIALS.search(joined[lo : words.start(1) - 2] + " ")
                    lead = head.group(1).split() if head else []
                    joint = next((w for w in lead[1:] if w in ("of", "for")), "")
                    if joint and lead[lead.index(joint) - 1].lower() in _BODY_HEADS:
                        run = [*lead[:-1], f"{lead[-1]},", *run]
                if "The" in run:
                    # (from the sentence's "The …", which may follow a line's last words:
                    # "Monday. The National Water Commission", "Nakuru Tribune The Energy …")
                    run = run[len(run) - run[::-1].index("The") :]
                owner = max((k for k, w in enumerate(run) if w.endswith(("'s", "’s"))), default=-1)
                if owner >= 0 and _spells(initials, run[owner + 1 :]):
                    run = run[owner + 1 :]  # (not its owner: "A Name's National … Council")
                # (without the words that open the sentence, "On Monday Philippine National
                # Police (PNP)", nor a name before "and", "A Name and Philippine National
                # Police (PNP)"; a place before it is its name's: "Kogi State Emergency
                # Management Agency (SEMA)")
                run = _body_without_its_opener(" ".join(run)).split()
                while run and (run[0] in _WHEN_WORDS or run[0] in MONTHS):
                    run = run[1:]  # ("On Monday Philippine National Police", "In March …")
                for k in reversed([k for k, w in enumerate(run) if w in ("and", "&")]):
                    rest = run[k + 1 :]
                    if rest and rest[0][:1] == initials[0] and _spells(initials, rest):
                        run = rest
                        break
                if (
                    _spells(initials, run)
                    or _named_in_its_own_language(initials, run)
                    or _spelt_within(initials, run)
                ):
                    found = " ".join(run)
            else:
                for m in _INITIALS_SPELT_OUT.finditer(joined):
                    run = m.group(0).split()
                    run = run[1:] if run[0] == "The" else run  # (a sentence's "The Irish …")
                    if _capitals(run) == initials:
                        found = " ".join(run)
                        break
            # (its head word: the first before "of", the last without)
            head = found.split(" of ")[0].split()[0 if " of " in found else -1] if found else ""
            if found and " of " not in found and " for " in found:
                # ("Central Agency for Public Mobilization and Statistics": the agency's)
                head = found.split(" for ")[0].split()[-1]
            offices = (speakers.ROLE_WORDS - speakers.ORG_WORDS) | speakers.DOCUMENT_WORDS
            # (and an office written with a hyphen: "Inspector-General of Police (IGP)")
            if head.lower() in offices or ("-" in head and head.lower().split("-")[0] in offices):
                # (an office is a person's, whom it names another question: "The Inspector
                # General of Police (IGP), A Name, said"; a text's is the text's: "According to
                # the DPR" is the Detailed Project Report's)
                found = ""
            bodies_of_initials[initials] = found
        return bodies_of_initials[initials]

    # Where each title stands before names, by the words that may open a surname after it
    # (the second to fourth word): read once a title, not once a title and a surname (a page of
    # "Dean A Name" with a new surname each time read the whole text for each).
    titled_at: dict[str, dict[str, list[int]]] = {}

    @functools.cache  # (asked again for each "Dean A Name" of a text: read once a pair)
    def titled_full_name(title: str, surname: str) -> str:
        """ "Marcy Kettleborough" for "Rep. Kettleborough" when the text gave "Rep. Marcy
        Kettleborough" (two Kettleboroughs told apart by their titles)."""
        join()
        if title not in titled_at:
            after: dict[str, list[int]] = {}
            for m in re.finditer(rf"(?<![\w.]){re.escape(title)}\s+", joined):
                words = joined[m.end() : m.end() + 200].split(None, 4)[1:4]
                for word in {_A_WORDS_OPENING.match(w).group(0) for w in words}:
                    after.setdefault(word, []).append(m.start())
            titled_at[title] = after
        opening = _A_WORDS_OPENING.match(surname.split()[0]).group(0) if surname.split() else ""
        pattern = re.compile(
            rf"{re.escape(title)}\s+((?:[{_UPPER}][\w'’.-]*\s+){{1,3}})"
            rf"{re.escape(surname)}(?![\w-])"
        )
        for start in titled_at[title].get(opening, ()):
            m = pattern.match(joined, start)
            name = speakers.person_name(m.group(1) + surname) if m else ""
            if len(name.split()) >= 2:
                return name
        return ""

    found_small: set[str] = set()

    def small_words() -> set[str]:
        """The words the text writes in small letters (found once, when first asked)."""
        if not found_small:
            join()
            found_small.update(_SMALL_WORD.findall(joined))
            found_small.add("")  # (found: asked once even for a text with no such word)
        return found_small

    def given_in_full(name: str) -> bool:
        """Does the text give `name` whole as a person's: after a stop, a small word that is no
        preposition, or a role ("Prime Minister Joseph Azzopardi Frendo"), never as the tail of
        a portfolio or a place ("Commissioner General of Examinations S.M. Pathiranage", "Member
        for Wandoberra Dominic Stramondale")?"""
        join()
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", joined):
            before = joined[max(0, m.start() - 40) : m.start()].rstrip()
            word = before.split()[-1] if before.split() else ""
            if (
                not word
                or word[-1:] in '.,;:!?”"('
                or (word.islower() and word not in _PREPOSITIONS_BEFORE_A_NAME)
            ):
                return True
            if word.lower().strip(".") in speakers.ROLE_WORDS:
                return True
        return False

    book = speakers.SpeakerBook(
        lookup=full_name_in_text,
        named_last=named_last,
        given_in_full=given_in_full,
        titled_full_name=titled_full_name,
        another_by_first_name=another_by_first_name,
        another_by_short_name=another_by_short_name,
        pronoun_in_text=pronoun_in_text,
        person_of_title=titled_person_in_text,
        body_in_text=body_in_text,
        written_small=lambda word: word in small_words(),
    )
    # Two-word names spoken bare, which a longer speaker's name may open (see
    # `_names_in_full_elsewhere`), and those brought in as someone new
    given_names: set[str] = set()
    brought_in: set[str] = set()
    # What each source was named as last: the rest of a turn or a quotation given its speaker
    # before the naming ("the depot manager" over a Q&A's answers) is named as the turn was.
    named_as: dict[str, str] = {}
    for k in [k for k, state in enumerate(states) if state.attributions]:
        current = k
        for attribution in states[k].attributions:
            if attribution.inherited:
                named = named_as.get(attribution.source, "")
                if named and not attribution.resolved:
                    attribution.resolved = named
                continue
            pronoun = attribution.source.lower()
            # "According to her, …" is a person the sentence before names, or one the text
            # already calls "she": its cue names no one, so it reaches less far than "she said"
            # (two outside reviews: the nearest person further back was often wrong, the one
            # just named right).
            object_form = pronoun in ("him", "her")
            pronoun = speakers.SUBJECT_FORM.get(pronoun, pronoun)
            # (a name brought in with a relation, a role or an age is a person of its own:
            # "His son, Abdul Rahman, 24, said", never "Abdul Rahman bin Yusof" named before)
            introduced = _introduced_as_a_person(
                states[k].outside, attribution.source_start, attribution.source_end
            )
            # (a description set off after the name: "A Name, the residents' lawyer, said")
            set_off = _SET_OFF_AFTER.match(states[k].outside, attribution.source_end) is not None
            speaker, kind = book.name(attribution.source, introduced=introduced, set_off=set_off)
            if speaker and nicknames().get(speaker):
                # "said Pui" after "Wanida Phromsuk, …, is known to her customers as Pui": the
                # person the nickname is given to
                speaker, kind = nicknames()[speaker], "person"
            if kind == "person" and _described_as_a_body(
                states[k].outside, attribution.source_start
            ):
                # "The operator, Limpa Sul, said": a firm of two words, not a person ("It said"
                # after it is the firm's)
                speaker, kind = speakers.organisation(attribution.source), "body"
            if kind == "pronoun" and object_form:
                speaker = _person_near(states, k, book, pronoun, look_back=1, furniture=furniture)
                if not speaker:
                    further = _person_near(states, k, book, pronoun, furniture=furniture)
                    known = book.known_pronoun(further) == pronoun
                    speaker = further if known or _only_person_near(states, k, further) else ""
                book.used(pronoun, speaker)
            elif kind == "pronoun" and pronoun == "it":
                # "Southline Rail has closed the line. It said …": the body the sentence before
                # is about, not one that spoke further back (an outside review: a live blog's
                # "It said" went to the page's most quoted body). Only in place of that guess:
                # an "it" with no body behind it still names nobody.
                body = speaker and _body_acting_before(states, k, book, furniture, small_words)
                own = attribution.source == "it" and _body_of_its_own_sentence(
                    states[k].outside, attribution.source_start, book
                )
                if body or own:
                    speaker, kind = body or own, "body"
                if _BODYS_INITIALS.fullmatch(speaker):
                    # "It said" after "The PTC said": the body as the text names it in full, as
                    # a reviewer resolving the pronoun would (the initials as written are a
                    # name: "The PTC said" stays so)
                    speaker = body_of_initials(speaker) or speaker
            elif kind == "pronoun" and pronoun in speakers.PRONOUNS_OF_PEOPLE:
                speaker = (
                    _subject_of_its_own_sentence(
                        states[k].outside, attribution.source_start, book, pronoun
                    )
                    or _answerer(states, k, book, pronoun, furniture)
                    or _person_near(states, k, book, pronoun, furniture=furniture)
                    or speaker
                )
                book.used(pronoun, speaker)
                if speaker:
                    kind = "person"
            elif kind == "body" and _AGED.fullmatch(pronoun):
                # "the 54-year-old says": the one person the text gave that age ("A Name,
                # 54,"); never the person named nearest, who an outside review found was as
                # often the coach, the judge or the rescuer of whoever was that age.
                age = pronoun.split()[1].split("-")[0]
                person = aged_person_in_text(age) or aged_person_near(age)
                if person:
                    speaker, kind = person, "person"
            elif kind == "body" and _RELATION.fullmatch(pronoun):
                # "Her son said": the son the text named before ("her son, A Name, said").
                person = related_person_in_text(
                    pronoun.split()[1], or_after=_is_headline(states[k].outside)
                )
                # (or named right after, set off by commas: "…,” said his son, A Name, a GP.")
                named = _NAME_SET_OFF.match(states[k].outside, attribution.source_end)
                if (
                    named
                    and not person
                    and _DESCRIPTION_TO_THE_END.fullmatch(states[k].outside, named.end())
                ):
                    # (the sentence's last words describe the person, "a GP in Cardiff"; not
                    # "Manchester United, the club he supported, paid tribute")
                    words = speakers.person_name(named.group(1)).split()
                    person = " ".join(words) if len(words) >= 2 else ""
                if person:
                    speaker, kind = person, "person"
            elif kind == "body" and pronoun.startswith(("the ", "your ")):
                # "the governor", "the chief executive": the person given that title before
                # (and an interviewer's "Your chairman says …").
                title = pronoun.split(" ", 1)[1]
                # (the role before its portfolio: "the director of finance", "the secretary
                # of state")
                head, _portfolio = _role_and_portfolio(title)
                last_word = head.split()[-1] if head.split() else ""
                written = attribution.source.split(" ", 1)[1]
                initials = _INITIALS_OF_AN_OFFICE.fullmatch(written) or (
                    # (two letters when they are a role's: "the CS", "the DI"; not a country's
                    # or a union's, "the US", "the EU")
                    written.isupper()
                    and len(written) == 2
                    # (or an office they spell: "the AC", "Assistant Commissioner A Name")
                    and (written.lower() in speakers.ROLE_WORDS or _office_spelt_out(written))
                    and written.lower() not in _BODIES_IN_TWO_LETTERS
                )
                if initials:
                    title = written  # "the DPP", "the UNO": an office by its initials
                if initials or (
                    last_word in speakers.ROLE_WORDS and last_word not in speakers.ORG_WORDS
                ):
                    # (a headline's or a standfirst's "…, the water director says": the story
                    # names him below, as it does a headline's "Mayor says …")
                    person = titled_person_in_text(
                        title,
                        or_after=_is_headline(states[k].outside),
                        opening=not states[k].outside[: attribution.source_start].strip(),
                    )
                    if not person and title in _TITLE_SYNONYMS:
                        person = titled_person_in_text(_TITLE_SYNONYMS[title])
                    modifiers = head.split()[:-1]
                    if not person and modifiers and not initials and not _portfolio:
                        # "The borough mayor said" after "… mayor A Name said": the one holder
                        # of the role the text named (not "the deputy mayor", another office;
                        # nor "the event's medical director", an owner's, whoever holds it)
                        # (nor "The Abuja mayor", a place's: its letters in capitals only, "the
                        # CDA chairman", are the body's)
                        written_words = written.split()[:-1]
                        owned = any(w.endswith(("'s", "’s", "s'", "s’")) for w in modifiers)
                        placed = any(w[:1].isupper() and not w.isupper() for w in written_words)
                        if not (owned or placed or set(modifiers) & _NOT_THE_HOLDER_NOW):
                            person = titled_person_in_text(last_word)
                        elif placed and not owned and not set(modifiers) & _NOT_THE_HOLDER_NOW:
                            # "The Rescue 1122 spokesman said" after "A spokesman for Rescue
                            # 1122, A Name, said": that body's holder of the role, named so
                            body = " ".join(written_words)
                            person = person_named_before(
                                rf"(?i:{re.escape(last_word)})\s+(?:for|of|at)\s+(?:the\s+)?"
                                rf"{re.escape(body)},\s+((?:[{_UPPER}][\w'’.-]*\s+){{1,5}}?"
                                rf"[{_UPPER}][\w'’.-]*),"
                            )
                        if not person and not (owned or set(modifiers) & _NOT_THE_HOLDER_NOW):
                            # "The police spokesman said" beside two spokesmen ("Police Media
                            # Spokesman ASP A Name", "DMC spokesman B Name"): the one whose
                            # title before the name holds the same words
                            # (or with the words as its portfolio: "the health commissioner"
                            # after "The Commissioner for Health, Dr. A Name,")
                            between = r"(?:\s+[\w'’-]+){0,2}?\s+"
                            words = between.join(map(re.escape, [*modifiers, last_word]))
                            portfolio = r"\s+".join(map(re.escape, modifiers))
                            person = person_named_before(
                                rf"(?i:{words}|{re.escape(last_word)}\s+(?:for|of)\s+(?:the\s+)?"
                                rf"{portfolio},?)\s+((?:[{_UPPER}][\w'’.-]*[^\S\n]+){{0,5}}"
                                rf"[{_UPPER}][\w'’.-]*)"
                            )
                    if person and title in _TWO_LETTER_OFFICES:
                        ambiguous = another_holder(person, _TWO_LETTER_OFFICES[title]) or (
                            title in _TWO_LETTER_OTHERS
                            and re.search(_TWO_LETTER_OTHERS[title], joined, re.IGNORECASE)
                        )
                        person = "" if ambiguous else person
                    if person:
                        speaker, kind = person, "person"
            elif (
                kind == "body" and pronoun in _HEADLINE_TITLES and attribution.source[:1].isupper()
            ):
                # A headline's "Mayor says …": the mayor the story names, before or below
                # (a headline's "Judge finds …": "Mrs Justice A Name").
                person = titled_person_in_text(pronoun, or_after=True)
                if not person and pronoun in _TITLE_SYNONYMS:
                    person = titled_person_in_text(_TITLE_SYNONYMS[pronoun], or_after=True)
                if person:
                    speaker, kind = person, "person"
            if kind == "body" and _BODYS_INITIALS.fullmatch(speaker) and in_brackets(speaker):
                # "The BFP said" after "the Bureau of Fire Protection (BFP) said": the body as
                # the text names it in full, as a reviewer names a body; its initials in
                # brackets are the text's shorthand, not part of its name (the labels of the
                # sets written since the hundredth drop them 141 times to 7)
                speaker = body_of_initials(speaker) or speaker
            if speaker and speaker != attribution.source:
                attribution.resolved = speaker
            named_as[attribution.source] = speaker if speaker != attribution.source else ""
            book.remember(speaker, kind)
            if kind == "person" and len(speaker.split()) == 2:
                (brought_in if introduced or set_off else given_names).add(speaker)
            if kind == "person":
                # "A Name, a spokesperson for the coalition, said": another of that role, whom
                # a later "the spokesperson" may mean as well
                book.forget_roles_in(states[k].outside)
    _names_in_full_elsewhere(states, given_names - brought_in)
    for state in states:
        if state.attributions:
            # An "it" or "they" that names nobody names nobody: no speaker rather than a guess;
            # and a finding's "It found that …" is a document's, or nobody's (after "Inspectors
            # visited the school", not the council that spoke before them).
            state.attributions = [
                a
                for a in state.attributions
                if a.inherited
                or (
                    a.speaker.lower() not in _PRONOUNS
                    and a.speaker.lower() not in speakers.SUBJECT_FORM
                    and not (
                        a.by_document and a.source == "It" and not _names_a_document(a.speaker)
                    )
                )
            ]


# A relation beside a name ("his son", "her cousin"): the family words `speakers` keeps.
_A_RELATION_NEAR = re.compile(
    rf"\b(?:{'|'.join(sorted(speakers.RELATIONS | {'cousin'}))})\b", re.IGNORECASE
)


def _names_in_full_elsewhere(states: list[_QuoteState], short_names: set[str]) -> None:
    """Two names as the speaker, brought in bare ("Sigrún Eyja said", "Davíð Már told
    Tidings"), where the only longer speaker they open is named in full elsewhere ("Its
    spokesman, Davíð Már Sturluson, said"): the name in full, as a reviewer reading the whole
    page names them (a live page, newest first, gives the full name lower down; a name given
    in full before, as a speaker the book did not tie it to, is the same). Not two such longer
    names, a relation ("A Name Gómez, his son"), a son's suffix ("A Name Jr.") nor a name set
    off with a description of its own ("A Name, a resident, said")."""
    if not short_names:
        return
    # (each speaker, and whether a relation brings them in: "A Name Gómez, his son, said" is
    # someone else)
    first_at: dict[str, int] = {}
    related: set[str] = set()
    for k, state in enumerate(states):
        for attribution in state.attributions:
            first_at.setdefault(attribution.speaker, k)
            if not attribution.inherited and _A_RELATION_NEAR.search(
                state.outside,
                max(0, attribution.source_start - 30),
                attribution.source_end + 30,
            ):
                related.add(attribution.speaker)
    # (the longer names by their first two words, found once: a page of many speakers is not
    # read again for each)
    opening: dict[str, set[str]] = {}
    for name in first_at:
        words = name.split()
        if len(words) >= 3:
            opening.setdefault(" ".join(words[:2]), set()).add(name)
    full: dict[str, str] = {}
    for short in short_names:
        longer = {name for name in opening.get(short, ()) if speakers.person_name(name) == name}
        # (one, not a son's or a father's, his suffix the only word more, "A Name Jr.", nor one
        # a relation brings in: "his nephew, A Name Rahman")
        if len(longer) == 1:
            name = longer.pop()
            if name not in related and not all(
                word.lower() in speakers.SUFFIXES for word in name[len(short) :].split()
            ):
                full[short] = name
    if full:
        for state in states:
            for attribution in state.attributions:
                if attribution.speaker in full:
                    attribution.resolved = full[attribution.speaker]


# A name set off by commas after a relation: "…, said his son, A Name, a GP in Cardiff."
_NAME_SET_OFF = re.compile(rf", ((?:{_NAME_WORD}\.? )?{_FULL_NAME}),")
_DESCRIPTION_TO_THE_END = re.compile(r"\s*an? [^,;]*?[.!]?[”\"’']*\s*")
# The small words before a portfolio's or a place's last word, never before a person's name:
# "Secretary for Tourism A Name", "the deputy mayor of Rakvere A Name".
_PREPOSITIONS_BEFORE_A_NAME = frozenset("of for at in from to and on".split())
# A word as a surname opens, without a possessive or a stop after it ("Hazelgrove" of
# "Hazelgrove's", "O'Xyz" of "O'Xyz."): apostrophes inside it stay, so O'-names are told apart.
_A_WORDS_OPENING = re.compile(r"[\w'’-]*?(?=(?:['’]s)?(?:[^\w'’-]|$))")
# A person by their age alone: "the 54-year-old".
_AGED = re.compile(r"the \d{1,3}-year-old")
# An age given before: "a 54-year-old", "The 54-year-old striker", "A Name, 54,", "(54)",
# "aged 54" (not an earlier cue's "the 54-year-old said", "says the 54-year-old.").
_AGE_GIVEN = (
    r"\b{age}-year-old\b(?!\s+(?:said|says|told|tells|added|adds|explained|recalled"
    r"|replied|insisted|admitted|warned|laughed)\b|[.,!?;:”])|, {age}[,)]|\({age}\)|\baged {age}\b"
)
_AGED_REACH = 4  # the sentences before the cue, in its paragraph, that may name the person
# How much of the text before a cue is read again as the text's end (a mention is a name of up
# to four words and an age: far shorter).
_AGE_EDGE = 400
# A person the text describes without a name: "the driver", "a boy", "the 82-year-old woman".
_SOMEONE_DESCRIBED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|driver|defendant|victim"
    r"|climber|patient|teenager|teen|child|pensioner|motorist|cyclist|pedestrian|passenger"
    r"|pupil|student|suspect|accused|survivor|rider|swimmer|hiker|tourist|customer|tenant"
    r"|baby|toddler|youngster|mother|father|son|daughter|widow|widower|resident|offender)\b"
)
_NAME_GOES_ON_AFTER = re.compile(r"['’][A-Za-z]")
# An office written by its initials, in capitals: "DPP", "UNO", "CEO" (not "US", "UK").
_INITIALS_OF_AN_OFFICE = re.compile(r"[A-Z]{3,5}")
_BODIES_IN_TWO_LETTERS = frozenset("us uk eu un".split())
_STYLE_BEFORE_A_NAME = ("Dr ", "Dr. ", "Mr ", "Mr. ", "Mrs ", "Ms ", "Hon. ", "the Hon")


def _spelt_loosely(initials: str) -> str:
    """An office its initials spell, as a text may write it: "Deputy Commissioner",
    "officer-in-charge" (a small joining word between, a hyphen for a space)."""
    return r"(?:[\s-]+(?:in|of|the|for|and|on)[\s-]+|[\s-]+)".join(
        rf"[{letter}{letter.lower()}][a-z]+" for letter in initials
    )


# Offices their initials stand for in the copy of the countries that use them, when the text
# spells the office out before its holder's name ("Deputy Commissioner A Name" for "the DC",
# "Assistant Commissioner (City) A Name" for "the AC"). Only these: initials spell many offices
# ("Project Manager" is no "PM", "College Principal" no "CP"). A longer office holding one of
# them is another ("Additional Deputy Commissioner", "Sub-Divisional Magistrate"). (The two
# letters of `_TWO_LETTER_OFFICES`, below, name their office written anywhere, a modifier or two
# before it allowed: "Transport CS", "the county's Cabinet Secretary".)
_OFFICES_BY_INITIALS = {
    "DC": ("Deputy Commissioner", "District Commissioner", "District Collector"),
    "AC": ("Assistant Commissioner",),
    "DM": ("District Magistrate",),
    "MCE": ("Municipal Chief Executive", "Metropolitan Chief Executive"),
    "DCE": ("District Chief Executive",),
    "RCC": ("Resident City Commissioner",),
    "RDC": ("Resident District Commissioner",),
    # (police ranks by their letters, as South Asian and African copy names them: "the DCP
    # said" after "Deputy Commissioner of Police (Cyber) A Name")
    "DCP": ("Deputy Commissioner of Police",),
    "ACP": ("Assistant Commissioner of Police",),
    "SSP": ("Senior Superintendent of Police",),
    "DSP": ("Deputy Superintendent of Police",),
    "IGP": ("Inspector-General of Police", "Inspector General of Police"),
    "SHO": ("Station House Officer",),
}
_LONGER_OFFICE_BEFORE = (
    r"(?<!Additional )(?<!Assistant )(?<!Sub-)(?<!Senior )(?<!Joint )(?<!Divisional )"
    r"(?<!Deputy )(?<!Acting )"
)


def _office_spelt_out(initials: str) -> str:
    """The regex of the offices `initials` stand for, spelt out ("DC": "Deputy Commissioner",
    "District Commissioner", "District Collector"), or "" for initials not among them."""
    offices = _OFFICES_BY_INITIALS.get(initials)
    if not offices:
        return ""
    return _LONGER_OFFICE_BEFORE + f"(?:{'|'.join(re.escape(o) for o in offices)})"


_TWO_LETTER_OFFICES = {
    "CS": "Cabinet Secretary",
    "PS": "Principal Secretary",
    "MD": "Managing Director",
    "DI": "Detective Inspector",
    "DS": "Detective Sergeant",
}
# Other offices the same letters stand for: given in the text, which one is meant is not known.
_TWO_LETTER_OTHERS = {
    "CS": "Chief Secretary",
    "PS": "Permanent Secretary",
    "MD": "Medical Director",
}
# A body by its initials alone ("PTC", "COCOBOD"), the full name the text gives before them
# in brackets (capitalised words and the small words between them), and a run of capitalised
# words that may spell initials out.
# (a capital of any alphabet: "İZSU", "DSİ")
_BODYS_INITIALS = re.compile(rf"[{_UPPER}]{{2,8}}")
# A word's second part after a hyphen: "-wah" of "Kwok-wah", "-Smith" of "Whately-Smith".
_JOINED_ON = re.compile(r"-([^\W\d_][\w'’]*)")
_NAME_BEFORE_INITIALS = re.compile(
    rf"((?:[{_UPPER}][\w'’.-]*|&)(?:\s+(?:(?:of|and|for|on|in|de|du|des|del|la|&)\s+)*"
    rf"[{_UPPER}][\w'’.-]*)*)\s+$"
)
_INITIALS_SPELT_OUT = re.compile(
    # (from a word's start only: tried at each capital of a long word, it is quadratic)
    rf"(?<![\w'’-])[{_UPPER}][\w'’-]*(?:\s+(?:(?:of|and|for|on|the|&)\s+)?[{_UPPER}][\w'’-]*)+"
)


# A person and the name they are known by, in the sentence that names them: "Wanida Phromsuk,
# 46, who … is known to her customers as Pui", "A Name - known to drivers as Biu -", "A Name, a
# simit seller whom commuters know as Cemal Bey", "… known at the stand as Abu Yassin".
# The person a nickname is given to: the name a sentence's subject or set off by a comma, never
# another's relation ("The son of A Name, known as Nena", "the sister of A Name"). (From a
# word's start only: tried at each letter of a long capitalised token, it is quadratic.)
_NICKNAMED_PERSON = (
    # (never a place after its preposition: "… in Wadi Nisnas whom his customers call …")
    rf"(?<!\bof )(?<!\bin )(?<!\bat )(?<!['’]s )(?<![\w'’.-])"
    rf"((?:[{_UPPER}][\w'’.-]*[^\S\n]+(?:(?:de|da|do|dos|das"
    rf"|del|van|von|der|bin|binti)[^\S\n]+)?){{1,5}}[{_UPPER}][\w'’.-]*)"
)
# (then its age and what it is, with no other thing or name in it: "a fish trader", not "a
# rider for the app known as Bolt", "a cousin of A Name, known as Pele")
_NICKNAMED_DESCRIBED = (
    _NICKNAMED_PERSON
    + r"(?:,[^\S\n]+\d{1,3})?"
    + rf"(?:,[^\S\n]+an?[^\S\n]+(?:(?!\bthe\b)[^{_UPPER}.;:,“”\"\n]){{1,60}}?"
    # (a place's name closing it after its preposition: "a barber in Wadi Nisnas whom …")
    + rf"(?:(?:(?<= in )|(?<= at )|(?<= on ))[{_UPPER}][\w'’-]*"
    + rf"(?:[^\S\n]+[{_UPPER}][\w'’-]*)?)?)?"
)
_KNOWN_AS = re.compile(
    _NICKNAMED_DESCRIBED
    # (and the name it is known by, not a stage name "better known as": "A Name, 46, who has
    # sold ice cream … and is known to her customers as Pui", "A Name - known to drivers as Biu
    # -", "A Name, widely known as Gacmadheere", "A Name, a simit seller whom commuters know as
    # Cemal Bey"; not "A Name, a resident, said the militia known as Hamas …")
    + r"(?:(?:,[^\S\n]+|[^\S\n]+[-–—][^\S\n]+|[^\S\n]+(?:is|was)[^\S\n]+|[^\S\n]+)"
    r"(?:(?:widely|locally|popularly|commonly|also)[^\S\n]+)?known"
    r"|,?[^\S\n]+who[^.;:“”\"\n]{1,140}?[^\S\n]and[^\S\n]+(?:is|was)[^\S\n]+known"
    r"|[^\S\n]+whom[^.;:,“”\"\n]{1,40}?[^\S\n]know)"
    r"(?:[^\S\n]+(?:to|at|by|among|in|on)[^\S\n]+[^.;:,“”\"\n]{1,40}?)?[^\S\n]+as[^\S\n]+"
    rf"([{_UPPER}][\w'’.-]*(?:[^\S\n]+[{_UPPER}][\w'’.-]*)?)(?![\w'’-])"
)


# (or the name someone goes by, or others call them: "A Name, 36, a mother of two who goes by
# the nickname Nok", "A Name, 71, a spice seller whom the other shopkeepers call Haj Agha")
# (a bare "goes by" only with the name ending its clause: "who goes by Uber to the hospital" is
# a ride)
_GOES_BY = re.compile(
    _NICKNAMED_DESCRIBED
    + r"(?:,?[^\S\n]+who[^\S\n]+goes[^\S\n]+by[^\S\n]+the[^\S\n]+(?:nickname|name)"
    r"|,?[^\S\n]+who[^\S\n]+goes[^\S\n]+by(?=[^\S\n]+\S+(?:[^\S\n]+[^\s,.;)]+)?[,.;)])"
    r"|[^\S\n]+whom[^.;:,“”\"\n]{1,40}?[^\S\n]call)[^\S\n]+"
    rf"([{_UPPER}][\w'’.-]*(?:[^\S\n]+[{_UPPER}][\w'’.-]*)?)(?![\w'’-])"
)
# (or the sentence's subject, opening it, in a clause of its own after "and", with no one's
# "his" or "her", no relative pronoun and no words reported between: "A Name has run the same
# hammam for 31 years, and her neighbours know her as Hajja Zoubida", "… and his customers call
# him Abu Turki"; not "A Name said her husband …, and his neighbours know him as …")
_KNOWN_IN_A_CLAUSE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] ))"
    + _NICKNAMED_PERSON
    + r"[^\S\n]+(?:(?!\b(?:said|says|told|tells|his|her|their|whose|whom|who)\b|['’]s\b)"
    r"[^.;:“”\"\n]){1,120}?,?[^\S\n]+and[^\S\n]+(?:his|her|their)[^\S\n]+[a-z]+"
    r"[^\S\n]+(?:know|call)[^\S\n]+(?:him|her)(?:[^\S\n]+as)?[^\S\n]+"
    rf"([{_UPPER}][\w'’.-]*(?:[^\S\n]+[{_UPPER}][\w'’.-]*)?)(?![\w'’-])"
)


def _capitals(run: list[str]) -> str:
    """The first letters of a name's capitalised words ("BFP" of "Bureau of Fire Protection")."""
    return "".join(w[0] for w in run if w[:1].isupper())


def _spelt_within(initials: str, run: list[str]) -> bool:
    """Initials in brackets right after a name that takes some of them from inside its words
    or its small ones ("the Central Agency for Public Mobilization and Statistics (CAPMAS)",
    "Électricité du Liban (EDL)"): two words or more, the first opening with the first
    initial, every capital among the initials in order and the initials in order in the name
    (accents aside)."""
    if len(run) < 2:
        return False
    letters, name = folded(initials), folded(" ".join(run))
    return (
        name[:1] == letters[:1]
        and _in_order(folded(_capitals(run)), letters)
        and _in_order(letters, name)
    )


def _named_in_its_own_language(initials: str, run: list[str]) -> bool:
    """A body's English name before initials of its name in its own language ("the Bandung
    Environment Agency (DLH)", "the İzmir Water and Sewerage Administration (İZSU)", "the
    General Directorate of State Hydraulic Works (DSİ)"): two words or more, its head (the
    word before "of", or the last) a body's word (not a person's: "Lagos State Commissioner for
    Health A Name (APC)" is a person and a party), and with "and" in it, opening with the
    initials' letter (not two bodies: "the Environment Agency and Public Works Office (PUPR)",
    "the Red Cross and Civil Defence Service (SPC)")."""
    words = [word.rstrip(",.") for word in run]
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head.lower() not in _BODY_HEADS:
        return False
    return "and" not in words or words[0][:1].casefold() == initials[:1].casefold()


# A body's head word: an organisation's, not a law's, a place's or a trade's ("the Indonesian
# Criminal Code (KUHP)" is a text; "Water", "Power" and "Energy" head no body alone).
_BODY_HEADS = speakers.ORG_WORDS - frozenset(
    """code act ordinance decree statute constitution street road city county state states
    kingdom district republic nations house capital light power water energy now times post
    news""".split()
)


def _spells(initials: str, run: list[str]) -> bool:
    """Do a name's capitalised words spell `initials`, in order, the last word's the last?"""
    return bool(run) and run[-1][:1] == initials[-1] and _in_order(initials, _capitals(run))


def _in_order(letters: str, within: str) -> bool:
    """Are `letters` found in `within` in their order ("PDRRMO" in "IPDRRMO")?"""
    rest = iter(within)
    return all(letter in rest for letter in letters)


# Before a holder's name, words saying they were not there or play a part: "Apologies were
# received from A Name (Chair)", "Cast: A Name (Mayor)".
_ABSENT_BEFORE = re.compile(r"\b(?:apologies|absent|cast)\b[^.;\n]{0,40}$", re.IGNORECASE)
# A title the text gives a person before their name under another word: "the judge" after
# "Justice A Name".
_TITLE_SYNONYMS = {"judge": "justice"}
# An office of its own in what follows a title: not the title's holder.
_ANOTHER_OFFICE = re.compile(
    r"\b(?:Secretary|Minister|Mayor|Vice|Deputy|Treasurer|Department|Ministry|Committee"
    r"|Commissioner|Director|Governor|Senator|Premier|President|Chair(?:man|woman)?)\b"
)
_FUNCTION_WORDS = frozenset("for of and the at in on to with by".split())
_BENCH_STYLE = re.compile(r"\b(?:Mr|Mrs|Ms|Lady|Lord|Dame|Sir)\.?\s+$")
_WHEN_WORDS = frozenset([*WEEKDAYS, "Today", "Yesterday"])
_TITLE_ABBREVIATIONS = {
    "Governor": r"Gov\.",
    "Senator": r"Sen\.",
    "Representative": r"Rep\.",
    "President": r"Pres\.",
    "Professor": r"Prof\.?",
    "Councillor": r"Cllr\.?|Coun\.",
    "Councilor": r"Coun\.",
    "Superintendent": r"Supt\.?",
    "Sergeant": r"Sgt\.?",
    "Detective": r"Det\.",
    "Monsignor": r"Msgr\.?|Mgr\.?",
}
# Titles that stand for one person in a headline ("Mayor says …", "Governor vows …").
_HEADLINE_TITLES = frozenset(
    """mayor governor president premier minister chancellor senator sheriff judge coroner
    coach manager captain chairman chairwoman chair commissioner superintendent principal
    headteacher bishop""".split()
)


# How far back a chain of sentences about "she" or "he" is followed.
_PRONOUN_CHAIN = 12
_SAME_PRONOUN = {p: re.compile(rf"\b{p}\b", re.IGNORECASE) for p in ("he", "she")}


_SMALL_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
_VERB_AFTER_A_SUBJECT = re.compile(r"(?:,[^,;:“”\"]{1,80}(?=,))?,?\s+")


def _body_acting_before(
    states: list[_QuoteState], k: int, book, furniture, small_words: Callable[[], set[str]]
) -> str:
    """The body named as the subject of the sentence before sentence k (past the site's
    furniture between: a live blog's times), when that sentence quotes no one: "Southline Rail
    has closed the line.", "A ferry operator, Kelp Isle Ferries, has cancelled all sailings."
    ("" for a person, a common noun, or a phrase that ends in one: "The Met Office warning")."""
    j = k - 1
    while j >= 0 and j in furniture and k - j <= 3:
        j -= 1
    if j < 0 or j in furniture or states[j].attributions:
        return ""
    _start, body = _body_as_subject(states[j].outside)
    words = body.removeprefix("The ").split()
    if not words:
        return ""
    if len(words) == 1 and (words[0].endswith("s") or words[0].lower() in small_words()):
        # (a common noun opening its sentence, or one the text writes in small letters too:
        # "Shares fell 9%.", "Traffic was …")
        return ""
    if len(speakers.person_name(body).split()) >= 2 or book.surname_in_full(body):
        return ""  # (a person: "Mara Quill", "Quill")
    known = book.last_group
    initials = "".join(w[0] for w in known.split() if w[:1].isupper())
    if known and (body.lower() in known.lower() or f"({body})" in known or body == initials):
        # (the body that spoke before, by a shorter name or its initials: "Fennwright", "ONS"
        # after "the Office for National Statistics")
        return known
    return body


def _body_of_its_own_sentence(outside: str, source_start: int, book) -> str:
    """The firm its own sentence opens with, when an "it" after a comma closes it and no body
    has spoken before that "it" could mean: "Acme Foods will close its plant in May, it said."
    ("" for anything else: "Flight QX401 was diverted …, it said." after "The airline said" is
    the airline's, "King Edmar will visit …, it said." a palace's.)"""
    last = book.last_group.split()
    # (a group before, "Producers say …", is no "it")
    plural = len(last) == 1 and last[0].endswith("s") and not last[0].endswith("ss")
    if last and speakers.one_body(book.last_group) and not plural:
        return ""
    if not outside[:source_start].rstrip().endswith(","):
        return ""
    start, body = _body_as_subject(outside)
    words = body.removeprefix("The ").split()
    # (a firm by its trade's word or its legal form: "Acme Foods", "Kellow Dairies", "Tarnovia
    # Bus SA")
    if start > 0 or len(words) < 2:
        return ""
    return body if _bare_word(words[-1]) in speakers.ORG_WORDS else ""


def _body_as_subject(outside: str) -> tuple[int, str]:
    """(where, the body's name) of a sentence's subject with its verb next, past an apposition
    or a relative clause ("Quorvex, a U.S.-based exchange, suspended …"), its words in
    capitals; (-1, "") for none or a common noun ("The bridge")."""
    span = _subject(outside)
    verb = span and _VERB_AFTER_A_SUBJECT.match(outside, span[1])
    if not verb or not FINITE_VERB.match(outside, verb.end()):
        return -1, ""
    body = speakers.organisation(outside[span[0] : span[1]])
    words = body.removeprefix("The ").split()
    if not words or not all(w[:1].isupper() for w in words):
        return -1, ""
    return span[0], body


def _only_person_near(states: list[_QuoteState], k: int, person: str, look_back=4) -> bool:
    """Is `person` the only person named in full in the few sentences before sentence k?"""
    if not person:
        return False
    for j in range(k - 1, max(-1, k - 1 - look_back), -1):
        named = {name for _m, name in _full_names(states[j].outside[:2000])}
        named |= {a.speaker for a in states[j].attributions if len(a.speaker.split()) >= 2}
        if any(name != person and person not in name and name not in person for name in named):
            return False
    return True


_ONE_NAME_WITH_AGE = re.compile(rf"\s*([{_UPPER}][{_LOWER}]{{2,}}),\s+\d{{1,3}},")


def _person_near(
    states: list[_QuoteState],
    k: int,
    book,
    pronoun: str,
    look_back=4,
    furniture=frozenset(),
    other_than: str = "",
) -> str:
    """The nearest person before sentence k whom the pronoun can name: a speaker, or a name in
    the text outside quotes (never one the article calls by the other pronoun, nor
    `other_than`). Sentences that go on with the same pronoun ("She earned her certificate in
    1969.") carry the person on and do not count against `look_back`, up to a bound."""

    def fits(name: str) -> bool:
        return name != other_than and book.fits(pronoun, name)

    counted = 0
    for j in range(k - 1, max(-1, k - 1 - _PRONOUN_CHAIN), -1):
        if counted == look_back:
            break
        counted += 1
        for attribution in states[j].attributions:
            if attribution.inherited:
                continue
            name, kind = book.name(attribution.speaker)
            if kind == "body" and book.known_person(name):
                kind = "person"  # ("Pete Church", whom the text named with a role first)
            if kind == "person" and fits(name):
                return name
            # (right after, or with only the quotation's own sentences between: "A local
            # business owner … said …" then "“The whole house shook. We …,” he said.")
            right_after = j == k - 1 or (
                states[k].open_at_start and all(states[m].wholly_quoted for m in range(j + 1, k))
            )
            unnamed = right_after and kind == "body" and speakers.one_person(name)
            if unnamed and fits(name):
                return name  # "A company spokeswoman said …", then "She added …"
            if kind == "body" and _someone_unread(name):
                # "His wife, Linda, said …", "Manager Pete Church said …": someone the book
                # cannot name spoke last; the pronoun is more likely theirs than anyone's
                # further back, so nobody (an outside review: it went to the striker)
                return ""
        if any(not a.by_document for a in states[j].attributions):
            continue
        # (a sentence a document reports names its people as any other does: "A Name … was
        # placed first, the department's merit list shows." then "…,” she said.")
        if j in furniture:
            continue  # (a credit's or a byline's name is no one a pronoun means: "Photo: A Name")
        outside = states[j].outside[:2000]
        if pronoun in _SAME_PRONOUN and _SAME_PRONOUN[pronoun].search(outside):
            counted -= 1  # the same person, still: look one sentence further back
            if _SAME_PRONOUN[pronoun].match(outside.lstrip()) and _only_rivals_named(outside):
                # (its subject, with others named only as rivals measured against it: "She
                # finished on 26,874 votes, …, with A Name on 21,102." then "…,” she told the
                # count centre." is hers; "She handed the microphone to A Name" is not)
                continue
        # The sentence's subject before anyone else it names ("Qureshi defended opener A Name."
        # then "…,” he said." is Qureshi's): a surname opening the sentence, which the article
        # gave in full before ("Dewhurst rejected that."; not "The", "In", "But": words that
        # open sentences), or after an opening phrase ("Back on Harbour Row, Mackinlay-Okeyo
        # locks the shop.").
        opening = outside.lstrip()
        # (after an honorific: "Ms Rowlatt disagreed." is Gwen Rowlatt, named before)
        styled = _STYLE_OPENING.match(opening)
        if styled:
            opening = opening[styled.end() :]
        # (a lone word before its verb: "San Teodoro Mayor A Name", "Santa Rufina's mayor" open
        # with a place)
        framed = _FOR_SOMEONE_OPENING.match(outside.lstrip())
        for m in (_LONE_SUBJECT.match(opening), _SUBJECT_AFTER_A_PHRASE.match(opening), framed):
            word = m.group(m.lastindex or 0) if m else ""
            role = (
                m and m is not framed and _ROLE_THEN_A_NAME.match(opening, m.end(m.lastindex or 0))
            )
            if role and all(w in speakers.ROLE_WORDS for w in role.group(1).split()):
                continue  # "Esanor coach A Name was unhappy": the team's coach, not the team
            if word and word.lower() not in _NOT_A_SURNAME:
                name = book.surname_in_full(word) or _first_name_in_full(states, j, word)
                if name and fits(name):
                    return name
        # One who goes by one name, brought in with an age ("Yusnidarwati, 39, who sells fried
        # snacks, …"): a person, the sentence's subject, before anyone it names later.
        alone = _ONE_NAME_WITH_AGE.match(outside)
        one_name = alone.group(1) if alone else ""
        if one_name and one_name.lower() not in _NOT_A_SURNAME and fits(one_name):
            return one_name
        for m, name in _full_names(outside):
            if fits(name):
                if _a_place_or_a_unit(outside, m):
                    continue
                if _A_PLACES_OFFICE.match(outside, m.end()):
                    continue  # "Santa Rufina's mayor": a place, whose office someone holds
                if _A_PLACES_KIND.match(outside, m.end()):
                    continue  # "Kwaggasdrif's Nuwe Hoop section": a part of a town
                if _AN_ARTICLE_BEFORE.search(outside, max(0, m.start() - 5), m.start()):
                    continue  # "At a Protea Crest store …": a shop's, a brand's name
                if name.rsplit(None, 1)[-1].lower() in _KINDS_OF_PLACE:
                    continue  # "in Soweto's Maponya Mall": a place
                owner = _BODY_AFTER.match(outside, m.end())
                if owner and any(w.lower() in speakers.ORG_WORDS for w in owner.group(1).split()):
                    # "the Vehicle Workers' Union", "the Auchterbrae Women's Rural Institute": a
                    # body's name, not a person
                    continue
                return name
        # "The Vice-Chancellor rejected the claim. … she told the Courier": a title that opens
        # the sentence is the person the text named with it.
        role = _ROLE_OPENING.match(outside.lstrip())
        if role and book.person_of_title is not None:
            title = role.group(1).lower()
            head = title.split()[-1].rsplit("-", 1)[-1]  # ("vice-chancellor": a chancellor)
            if head in speakers.ROLE_WORDS and head not in speakers.ORG_WORDS:
                name = book.person_of_title(title)
                if name and fits(name):
                    return name
        if _someone_unread(outside):
            return ""  # ("Manager Pete Church admitted his side had been poor.", as above)
    return ""


def _only_rivals_named(outside: str) -> bool:
    """Does every full name in the sentence stand in a comparison with its subject ("with A
    Name on 21,102", "ahead of A Name", "beating A Name")?"""
    names = list(_full_names(outside))
    return bool(names) and all(
        _A_RIVAL_BEFORE.search(outside, max(0, m.start() - 20), m.start()) for m, _ in names
    )


_A_RIVAL_BEFORE = re.compile(
    r"\b(?:with|ahead of|behind|against|over|beating|beat|defeating|defeated|trailing)\s+$"
)


# The last word of a place's name, never a surname: "Maponya Mall", "Ikeja Airport", "Masaka
# Diocese".
_KINDS_OF_PLACE = frozenset(
    """mall market plaza stadium airport arena junction terminal showground racecourse diocese
    archdiocese cathedral mosque monastery""".split()
)
# An article right before a name: no person's ("a Protea Crest store", "the Riverside Mall").
_AN_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|the|A|An|The)\s+$")
# A question put to someone the sentence names by a pronoun: "Ms Kane asked her whether …",
# "Counsel put it to him that …".
_QUESTION_PUT_TO = re.compile(r"\b(?:asked|put it to|pressed|questioned|challenged) (her|him)\b")


def _answerer(states: list[_QuoteState], k: int, book, pronoun: str, furniture) -> str:
    """Whom "she" or "he" means right after a question put to "her" or "him": the one asked,
    the nearest person before the asker ("Ms Kane asked her whether anyone else had a key." then
    "She said two did." is the witness's answer, not Ms Kane's)."""
    if k == 0 or pronoun not in ("he", "she"):
        return ""
    put = _QUESTION_PUT_TO.search(states[k - 1].outside)
    if put is None or put.group(1) != ("her" if pronoun == "she" else "him"):
        return ""
    asker = _person_near(states, k, book, pronoun, look_back=1, furniture=furniture)
    if not asker:
        return ""
    # (one the text already calls by the pronoun: "the architect" asked is no one the book
    # can name, and the nearest other person may be anyone)
    asked = _person_near(states, k - 1, book, pronoun, furniture=furniture, other_than=asker)
    return asked if book.known_pronoun(asked) == pronoun else ""


def _a_place_or_a_unit(text: str, m: re.Match) -> bool:
    """Is the full name `m` found in `text` where, not who: a street after a preposition of
    place ("on Harbour Row", "down Kelloway Avenue"), or a place or a unit after its word ("Ltd.
    of Gowanbrae Mills", "the 505th Tactical Wing")?"""
    return bool(
        _A_STREET.search(text, max(0, m.start() - 8), m.end())
        or _PLACE_OR_UNIT_BEFORE.search(text, max(0, m.start() - 24), m.start())
    )


# A relative word right before a pronoun's cue: "… a bucket of herring that she said …".
_RELATIVE_WORD_BEFORE_CUE = re.compile(r"\b(?:that|which|what|whom)\s+$")


def _subject_of_its_own_sentence(outside: str, start: int, book, pronoun: str) -> str:
    """The person a sentence names before a pronoun's cue inside its relative clause ("fish
    seller A Name sat beside a bucket of herring that she said she could not sell": hers), or
    "" (a pronoun that opens its clause, "…, she said", looks back as usual)."""
    before = outside[:start]
    if not _RELATIVE_WORD_BEFORE_CUE.search(before) or _PRONOUN_OPENING.match(before):
        return ""  # ("He recalled how A Name visited …, which he said …": his, not A Name's)
    people = [
        name
        for m, name in _full_names(before)
        if not _a_place_or_a_unit(before, m) and speakers.person_name(name) == name
    ]
    # (one person only, the sentence's subject: "Lawyer A Name questioned B Name about the
    # money, which he said …" may be either)
    if len(people) == 1 and book.fits(pronoun, people[0]) and len(before.split()) <= 40:
        first_verb = FINITE_VERB.search(before)
        if first_verb is None or before.find(people[0]) < first_verb.start():
            return people[0]
    return ""


# A person a sentence is framed for: "For Mrs Hollowbrand, the timing could not be worse."
_FOR_SOMEONE_OPENING = re.compile(r"For (?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?([A-Z][\w'’-]+),")
# A title opening a sentence, its verb after it: "The Vice-Chancellor rejected …", "The
# minister has said …".
_ROLE_OPENING = re.compile(r"The ((?:[A-Za-z'’-]+ ){0,2}[A-Za-z'’-]+) (?=[a-z]+ed\b|has\b|had\b)")


def _first_name_in_full(states: list[_QuoteState], k: int, first: str) -> str:
    """The one person of two names or more whose first name is `first`, named in the sentences
    before k ("Moira, now 78, has called the numbers since 1979." after "Moira Balgonie picks
    up the microphone."); "" when none or more than one."""
    found = {
        name
        for state in states[max(0, k - _LOOK_BACK_SENTENCES) : k]
        for _m, name in _full_names(state.outside[:2000])
        if name.split()[0] == first
    }
    return found.pop() if len(found) == 1 else ""


def _someone_unread(text: str) -> bool:
    """Does `text` name a person the book cannot read as one: a first name alone, or a role
    before capitalised words that are no name to it ("Manager Pete Church", "Linda")?"""
    words = text.split()
    if len(words) == 1:
        word = words[0]
        return word[:1].isupper() and word[1:].islower() and word.lower() not in _NOT_A_PERSON
    return any(
        m.group(1).lower() in speakers.ROLE_WORDS
        and m.group(1).lower() not in speakers.ORG_WORDS
        and not speakers.person_name(m.group(2))
        # (the capitals end there: not "Former Scottish Office minister A Name")
        and not (m.group(3) and m.group(3).lower() in speakers.ROLE_WORDS)
        for m in _ROLE_THEN_CAPITALS.finditer(text)
    )


_ROLE_THEN_CAPITALS = re.compile(
    r"\b([A-Za-z-]{3,}) ((?:[A-Z][a-z'’-]+ )[A-Z][a-z'’-]+)\b(?! [A-Z])(?: ([a-z]+))?"
)
_NOT_A_PERSON = speakers.ORG_WORDS | speakers.ROLE_WORDS
_BODY_AFTER = re.compile(r"(?:['’]s?)?\s+([A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})")
# Capitalised words that open a sentence before a surname: "In Strathnaver's words", "For
# Palabay, …", "Follow AniNews": never a first name.
_NOT_A_FIRST_NAME = frozenset(w.capitalize() for w in speakers.CLAUSE_OPENERS) | frozenset(
    "In For At On To From By With As So Of Like Unlike Despite Follow Meet Ask Contact Read Watch"
    " Listen Join".split()
)
# (nor a preposition opening the sentence: "Under GPL rules …" names nobody "GPL"; a firm may
# open with one, "Beyond Meat Inc.", so only a person's first name is read so)
_PREPOSITIONS_OPENING = frozenset(
    "Under Over Into Onto Through Across Against Among Amid Between Within Without Beyond Behind"
    " Below Above During Until Toward Towards Via".split()
)
_NOT_A_SURNAME = (
    _STOP_WORDS | _DETERMINERS | _PRONOUNS | _OBJECT_PREPOSITIONS | _ADVERBS_BEFORE_CUE
) | frozenset("a an one yes no however meanwhile".split())
# Nouns that introduce a person by first name: "her neighbour Kylie, 9,", "pupil Ahmed, 11,".
_INTRODUCING_NOUNS = speakers.RELATIONS | frozenset(
    """neighbour neighbor pupil student trader resident friend colleague patient driver worker
    boy girl""".split()
)
_LOWER_WORD_AFTER = re.compile(rf" [{_LOWER}]")
# (a whole word: "Paula Renfrew-Quijas and Sam Hatterick" names two people in full)
_SHARED_BY_TWO = re.compile(rf"(?<![\w'’.-])[{_UPPER}][{_LOWER}]+ (?:and|&) $")
_NAME_OR_PLACE_BEFORE = re.compile(rf"(?:\b[{_UPPER}][\w'’.-]*|\b(?:of|from|in|at)) $")
# A relation and whose it is: "his wife", "the bride's mother", "Kamau's son".
_RELATION_WORD = re.compile(rf"\b{word_alternation(speakers.RELATIONS)}\b")
_WHOSE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he\s+)?[\w-]+['’]s)\s+$")
# The name after the relation ("his wife, A Name") or before whose it is ("A Name, the
# bride's mother").
_NAME_AFTER = re.compile(rf",?\s+({_NAME_WORD}(?:\s+{_NAME_WORD}|\s+{_SMALL_NAME_WORD}){{1,4}})")
_NAME_BEFORE = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),\s+$")
# A word before a title set off with its holder's name: a body's ("The Osun State Governor, Mr
# A Name,") or a kind of the office in small letters ("The industrial police superintendent,
# A Name,"), never a joining word ("the wife of the minister, A Name,") nor one that makes the
# office another's or another time's ("The previous mayor, A Name,", "the then mayor").
_MODIFIER_OF_A_TITLE = (
    r"(?!(?i:of|the|for|to|and|in|at|with|from|by|on|his|her|their|its|"
    + "|".join(sorted(_NOT_THE_HOLDER_NOW))
    + r")\b)(?:["
    + _UPPER
    + r"][\w'’-]*|[a-z][\w'’-]*)"
)
# Before a title, words that make it another office or none: "the former Minister", "Deputy
# Mayor", "Lt. Gov.", "Shadow Minister", "acting Governor".
_NOT_IN_OFFICE = re.compile(
    r"(?:former|outgoing|ex-|previous|then-|late|deputy|vice|lieutenant|lt\.|shadow|assistant"
    r"|associate|acting|interim|junior|opposition)\s*$",
    re.IGNORECASE,
)
_ANOTHER_SURNAME = re.compile(rf" [{_UPPER}][{_LOWER}]")
# Titles before a name that name the same person again ("Judge Sammut Briffa said").
_TITLES_OF_THE_SAME = frozenset(
    """judge justice mayor minister senator sen councillor cllr coun cr president governor gov
    chief professor rep representative inspector insp sgt sergeant capt captain col colonel gen
    general commissioner superintendent supt""".split()
)
# A name set off as a person of their own: "…, a shopkeeper,", "…, his cousin", "…, 44,".
_SET_OFF_AS_A_PERSON = re.compile(r",\s+(?:an?|his|her|their|the|its|\d{1,3}\b)")
_SAID_IT = re.compile(r"\s+(?:said|says|has said)\s+(?:it|its)\b")
_CAPITALISED_WORD = re.compile(rf"[{_UPPER}][\w'’-]+")
_ROLE_THEN_A_NAME = re.compile(rf" ((?:[{_LOWER}-]+ ){{1,3}})[{_UPPER}]")
_LONE_SUBJECT = re.compile(rf"[{_UPPER}][\w'’-]+(?<!['’]s)(?! [{_UPPER}])")
_STYLE_OPENING = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? (?=[A-Z])")
# (not a passive: "Outside court, Holt was thanked by Dane": Dane is who acts)
_SUBJECT_AFTER_A_PHRASE = re.compile(
    rf"[^,.;:“”\"]{{2,60}}, ([{_UPPER}][\w'’-]+) (?!(?:was|were|is|are|been|being)\b)[{_LOWER}]"
)
# Before a name that is a place or a unit, not a person a pronoun can name: "… Ltd. of
# Gowanbrae Mills", "in Port Sauveterre", "the Air Force's 505th Tactical Wing" (but "a
# statement from A Name", "Supporters of A Name" name people).
_PLACE_OR_UNIT_BEFORE = re.compile(
    # (and a place with its article: "At the Ardcloch Inn, A Name swept …")
    r"(?:\b(?:[Ii]n|[Aa]t|[Nn]ear)(?: the)?|\b(?:Ltd|Inc|Co|Corp|plc|LLC)\.? (?:of|from)"
    r"|\d(?:st|nd|rd|th)"
    # ("Residents of Valle Rufino", "the town of Orrel": a place)
    r"|\b(?:[Rr]esidents|[Pp]eople|[Cc]itizens|[Vv]illagers|town|village|city|district|county"
    r"|province|region|municipality|parish|suburb|island) of"
    # ("The Custos of St Thomas", "the Bishop of Port Lenn", "MP for Orrel West": the place
    # an office is of)
    r"|\b(?:Custos|Mayor|Governor|Bishop|Archbishop|Premier|Sheriff|Provost|Duke|Earl|Emir"
    r"|Sultan|King|Queen|Oba|Ruler) of|\b(?:MP|MLA|MPP|TD|Member|Senator|Representative) for"
    # ("the city's North Zone", "the region's Upper Valley": a part of a place, its owner a
    # common noun)
    r"|\b(?:city|town|country|region|state|province|county|district|island|capital|village"
    r"|municipality|nation)['’]s)\s+$"
)
# The kind of place a name is, after it: "the Nuwe Hoop section", "Kibera settlement".
_A_PLACES_KIND = re.compile(
    r" (?:section|township|suburb|estate|settlement|neighbou?rhood|precinct|district|village"
    r"|extension|informal settlement|area|ward|valley|county)\b"
)
# An office a place has, after its name: "Santa Rufina's mayor", "Orrel's MP".
_A_PLACES_OFFICE = re.compile(
    r"['’]s? (?:mayor|governor|premier|council|police|MP|MLA|sheriff|chief minister"
    r"|city manager|town manager)\b"
)
# A name ending in a kind of street after a preposition of place; a lane, a road or a street
# too after one that places ("On Ploverdale Lane, retiree A Name …", "a verge on Brick Lane"),
# never after "from" ("a letter from Diane Lane" is a person's).
_A_STREET = re.compile(
    r"\b(?:on|in|at|along|off|near|down|up|from|into|onto)\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    rf"(?i:{'|'.join(sorted(speakers.STREET_WORDS))})\b"
    r"|\b(?:[Oo]n|[Ii]n|[Aa]t|[Aa]long|[Oo]ff|[Nn]ear|[Dd]own|[Uu]p)\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?i:lane|road|street)\b"
)
