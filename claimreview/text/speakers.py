"""Who a reviewer would name as the speaker: the source span turned into a name they can trust.

The attribution rules find a source span ("Athletic manager Sofia Brandt", "she", "Mr Lang",
"the campaign group Clean Rivers Now"); this module names it the way the article names the
person or body the first time:
- a person by their name alone, without the titles and role words before it ("Sofia Brandt");
- a later surname ("Brandt said", "Mr Lang said") by the full name given earlier;
- a pronoun by the person or organisation already seen as a speaker or named as a person, never
  by a place, a bill or a noun from inside a quotation; when nobody fits, no name at all (a
  wrong speaker is worse than none);
- a body with a proper name by that name ("Clean Rivers Now"), a group without one as written
  ("Analysts at Brook Street Capital", "the company").
"""

import functools
import re

from claimreview.text.patterns import (
    DATELINE_PLACE,
    LABELS_IN_CAPITALS,
    MONTHS,
    UPPER,
    WEEKDAYS,
)
from claimreview.text.segment import POLICE_RANK

# Words that stand before a name as a title or a role, capitalised or not ("Sen.", "Mayor",
# "Assistant U.S. Attorney", "chief executive"): never part of the name itself.
_TITLE_WORDS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady baroness ag rev reverend father
    parch parchg parchedig punong kapitan
    sister sen senator rep representative gov governor lt gen col capt cmdr cdr sgt det insp supt
    supv aling mang tā kaumātua togbui torgbui togbe mama mamaga efo ven cde comrade
    alkalo oldma akbp kompol kombes brigjen irjen iptu ipda aiptu
    abbot priest monk nun cardinal phra khru ajahn bhante pundit pandit obaapanyin
    cllr clr clr. councillor councilor alderman ald alderwoman gp mayor president vice chair
    chairman chairwoman
    chairperson chief secretary minister judge justice magistrate coroner inspector sergeant
    detective constable commissioner superintendent referee coach manager captain assistant
    deputy acting interim former ex associate senior junior general attorney district state
    federal county city u.s us uk eu un prime premier leader majority minority speaker whip
    ambassador envoy spokesman spokeswoman spokesperson director executive officer head
    founder president-elect dean principal headteacher headmaster headmistress rector bishop
    archbishop monsignor pope imam rabbi pastor king queen prince princess sheikh emir sultan
    hojatoleslam ayatollah
    chancellor treasurer auditor comptroller sheriff marshal warden governor-general lieutenant
    colonel major admiral commander corporal private trooper dr. prof. sen. rep. gov. lt. gen. col.
    capt. sgt. det. insp. supt. rev. st. asst asst. comm comm. foreign home interior defence
    defense finance health
    education transport transportation justice trade energy environment economy housing culture
    labour labor agriculture police fire party union club team company board council committee
    opposition shadow cabinet presidential regional national local international striker goalkeeper
    undersecretary under-secretary hrh
    defender midfielder forward winger batsman bowler pitcher quarterback driver rider
    player veteran rookie defendant plaintiff claimant witness victim suspect resident
    teacher nurse doctor farmer owner student parent pupil patient worker passenger driver regular
    lawyer barrister solicitor economist analyst researcher scientist author artist singer agent
    actor actress chef pilot officer trooper firefighter campaigner activist volunteer
    member comrade librarian historian archivist curator engineer architect journalist
    photographer reporter editor writer novelist poet broadcaster ecologist biologist
    epidemiologist physician surgeon pharmacist paramedic midwife dentist veterinarian
    consultant adviser advisor aide strategist pollster lobbyist trustee lecturer tutor coordinator
    organiser organizer supervisor contractor developer landlord tenant shopkeeper trader
    merchant banker investor accountant mechanic electrician plumber builder miner fisherman
    sailor soldier cadet guard ranger caretaker baker butcher grocer vendor operator
    scientist astronomer physicist chemist geologist climatologist meteorologist hydrologist
    statistician sociologist psychologist psychiatrist therapist counsellor counselor
    headmaster elder administrator clerk assessor registrar ombudsman controller planner
    surveyor senate house assembly ir ir. barr barr. engr engr. er er. atty atty. alh alh. arc arc.
    hon hon. amb amb. chief prosecutor counsel advocate juror lawmaker legislator
    councilman councilwoman assemblyman assemblywoman assemblymember alderwoman selectman
    councilmember councilperson congressman congresswoman congressmember alderperson
    selectwoman delegate vice-marshal air-marshal commodore brigadier eng eng. h.e. h.e
    pc pcso dc ds di dci dsi dsupt oc
    provost vice-chancellor recorder chairwoman widow widower mp mep msp mla mpp coun coun. td
    alhaji alhagie alhaja seyfo dzongdag datuk dato datin seri panglima ceo cfo coo
    madam mdm candidate nominee regulator supporter
    investigator educator commentator negotiator moderator irrigator facilitator narrator
    translator illustrator mediator litigator cultivator spectator canon prebendary archdeacon
    cto cio founder co-founder cofounder holder master partner director-general md
    vice-president forecaster gaffer pensioner grandmother grandfather grandad granddad grandma
    grandpa mum mom dad auctioneer mountaineer pioneer expert shri smt smt. shrimati thiru tmt
    regent mpa mna encik cik perit usec usec. sr sr. sec sec.
    cs honourable honorable homeland security affairs
    cpl cpl. spc spc. pfc pfc. pte pte. l/cpl lcpl const const. cr cr. corporator tempore
    sp asp dsp acp dcp igp aig
    dip dip. lic lic. dra dra. profa profa. arq arq. sra sra. srta srta. mec ing ing. mtra
    mtra. mtro mtro. talatala
    voters rancher retiree commuter homeowner motorist garda maître maitre lifeguard fr fr.
    voter neighbour neighbor shopper customer nana
    oba deacon deaconess maame ssp dig collector comr comr. ven ven. venerable
    adv adv. pharm pharm. rtd rtd. retd retd. (rtd.) (retd.) maj maj.
    mahant swami sadhvi maulana mzee inkosi kuia malam mallam waziri brig brig.
    sub-inspector sub-lieutenant co-chair co-chairman co-chairwoman vice-chair vice-chairman
    vice-chairwoman vice-chairperson
    pak bapak ibu yb afioga susuga faifeau honour owek owek. drs drs. ato w/ro woizero weyzero
    w/t weizerit
    kagawad avv avv. khun mme mlle dott dott. dott.ssa dr.ssa hajj mgr mgr. msgr msgr.
    aunty auntie uncle matua hagg ratu ntate whaea asec asec.
    bu hj hj. hjh hjh. ka dona muhtar av av. m.r m.r. puan
    hajiya hajia hajjat
    newsagent publican hairdresser florist optician cleaner carer labourer laborer cashier
    waiter waitress bartender receptionist janitor beekeeper herder herdsman vintner winemaker
    fishmonger greengrocer stallholder hawker seller seamstress welder decorator roofer postman
    postwoman
    housewife homemaker
    postmaster postmistress ratepayer taxpayer parishioner trucker haulier boatman ferryman crofter
    smallholder dairyman childminder vicar
    curate chaplain grower businessman businesswoman entrepreneur grazier pastoralist orchardist
    stockman colleague coworker co-worker classmate teammate flatmate housemate schoolmate
    otunba technician machinist cyng cyng. cathaoirleach
    okyeame vice-rector pro-rector pro-vice-chancellor broker schoolteacher biostatistician
    comedian musician rapper drummer guitarist choreographer filmmaker playwright sculptor
    publisher prefect sub-prefect subprefect fisherwoman cyclist ps
    """.split()
)
# A party's word before a politician's name ("Republican A Name", "Independent B Name"): no
# part of the name, but no role either ("The Independent reported" names a newspaper).
PARTY_WORDS = frozenset("republican democrat democratic conservative liberal independent".split())
# The words that open a place's name, never a person's: "Port Moresby", "Fort Erie". (Not
# "San", "Santo", "Santa", "Lake": given names too.)
# (and the Malay words that open places: "Bukit Mengkudu", "Sungai Perkai", "Kampung Baru")
_PLACE_OPENINGS = frozenset(
    "port fort mount new lake river loch lough cape bukit sungai kampung kg sg taman jalan pulau"
    " kuala tanjung".split()
)
# Words whose ending makes them an agent's noun, never a name before a surname ("Organisers",
# "Pharmacist", "Shopkeeper"): the role words no list holds in full. (Not the Nordic surnames
# in -quist and -qvist, "Sundquist Marine"; nor -eer, the end of first names: "Sameer".)
_AGENTIVE = re.compile(
    r"[a-z]{3,}(?:(?<!qu)(?<!qv)ist|iser|izer|grapher|keeper|maker|worker|owner|seller"
    r"|goer|master|grower)s?"
)


# Roles that are also surnames: a role only before a name ("Reeve A Name", a rural
# municipality's head; "Bailie A Name", a Scottish council's magistrate; "Skipper A Name", a
# boat's or a side's; "Diver A Name", "Fisher A Name", "Tailor A Name", trades), a surname last
# ("A Name Reeve", "Jo Skipper", "Anna Fisher", "Rahul Tailor").
_ROLES_THAT_ARE_SURNAMES = frozenset(["reeve", "bailie", "skipper", "diver", "fisher", "tailor"])


def _descriptor(bare: str) -> bool:
    """A role word before a name: a title word, its plural ("Campaigners") or an agent's noun."""
    return (
        bare in _TITLE_WORDS
        or bare in _ROLES_THAT_ARE_SURNAMES
        # (not a two-letter style's: "Bus" is no plural of "Bu")
        or (
            bare.endswith("s")
            and len(bare) > 3
            and (bare[:-1] in _TITLE_WORDS or bare[:-1] in _ROLES_THAT_ARE_SURNAMES)
        )
        or bool(_AGENTIVE.fullmatch(bare))
        or ("-" in bare and bool(_COMPOUND_ROLE.fullmatch(bare)))
        # (two roles in one: "Owner-chef", "Player-coach", "Chef-patron")
        or ("-" in bare and all(part in _TITLE_WORDS for part in bare.split("-")))
    )


# Roles written as one hyphenated word: "Secretary-General", "Editor-in-Chief", and the
# tabloids' "Mum-of-two", "Grandad-of-five".
_COMPOUND_ROLE = re.compile(
    r"[a-z]+-(?:general|in-chief|at-large|elect|born)|co-[a-z]{3,}"
    r"|(?:mum|mom|mother|dad|father|grand[a-z]*|gran|nan|nana)-of-[a-z]+"
    # (a pupil by school year: "Sixth-grader", "Fourth-former", "Ninth-graders")
    r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,2}(?:st|nd|rd|th))-(?:grader|former|year)s?"
)
ROLE_WORDS = _TITLE_WORDS
# Words that make a capitalised run the name of a body, not of a person.
ORG_WORDS = frozenset(
    """rail union ltd inc corp co plc llc gmbh sdn bhd pty limited council agency university
    ministry party company group
    code act ordinance decree statute constitution
    association department office court bank news network government house street road city
    county state states kingdom nations service services committee commission police hospital
    school college institute foundation times post airport station army navy guard republic
    board authority fund league club federation trust capital light power water energy
    partners holdings industries systems health centre center society council institute
    coalition alliance campaign network press media herald gazette courier tribune journal
    review museum library church parliament assembly senate congress administration bureau
    office agency district force brigade organisation organization now foods motors airlines
    airways labs laboratories research analytics insurers insurance fc united city
    athletic companies groups firms partners banks unions agencies councils chamber chambers
    confederation guild syndicate cooperative co-op consortium forum panel tribunal inquiry
    academy observatory archive registry directorate secretariat inspectorate constabulary
    regiment corps embassy consulate delegation caucus chapter branch division mining
    minerals resources petroleum oil gas pharma pharmaceuticals technologies solutions
    consulting construction developments properties estates hotels brewing brewery farms
    dairy textiles metals chemicals aerospace logistics shipping freight telecom
    communications software ventures enterprises trading exports rovers rangers wanderers
    albion air metro transit trams tramways buses ferries railway railways mobility tools feeds
    utilities broadband telecoms shire operation stores supermarkets coaches homes dairies
    bakeries breweries distilleries creameries fisheries quarries networks electric
    electricity""".split()
)
# What a source can be instead of a person or a body: "Records show", "a report by the auditor".
DOCUMENT_WORDS = frozenset(
    """records figures data documents statistics stats filings minutes emails papers analysis
    survey surveys study studies report reports poll polls accounts results review audit
    research census count counts estimates logs inquiry investigation register map maps
    tracker dashboard database inventory list agenda notice memo paper budget filing assessment
    contract invoices""".split()
)
# Kinds of street ("Road" and "Street" are among the ORG_WORDS); some are surnames too
# ("Ellen Close", "Dario Plaza"): see attribution's _person_near.
STREET_WORDS = frozenset(
    """avenue row crescent terrace boulevard drive close gardens parade mews quay wharf
    esplanade promenade embankment plaza square""".split()
)
# Family relations, by the pronoun they take: "his wife, A Name", "her son said".
RELATIONS_SHE = frozenset(
    "wife daughter sister mother widow granddaughter niece aunt grandmother".split()
)
RELATIONS_HE = frozenset(
    "husband son brother father widower grandson nephew uncle grandfather".split()
)
RELATIONS = RELATIONS_SHE | RELATIONS_HE
# A source span ending in one of these is one person without a name ("a Brightcrest
# spokeswoman", "her son"): what a later "she" or "he" can mean.
_ONE_PERSON_ROLES = RELATIONS | frozenset(
    "spokeswoman spokesman spokesperson chairwoman chairman".split()
)


_AFTER_A_ROLE = frozenset("for in at of with from to".split())
# What follows the role of an unnamed source: "A person familiar with the talks", "A source
# close to the buyers", "Two officials who asked not to be named".
_AFTER_A_SOURCE = _AFTER_A_ROLE | frozenset("familiar close briefed who".split())
# The roles of one unnamed person (or of a few: "two officials") that a later "the <role>"
# names again.
_UNNAMED_ROLES = frozenset(
    "spokeswoman spokesman spokesperson official person source officials sources people".split()
)
_FEW = frozenset("two three four several".split())
# Role words that qualify a role ("shadow", "regional") or name a field ("agriculture"): no
# person's head word.
_QUALIFYING_ROLE_WORDS = frozenset(
    """labour labor agriculture fire opposition shadow cabinet presidential regional national
    local international homeland security affairs team""".split()
)
# The roles only a person holds, the head of "A nurse at …" (not a body's words: "police",
# "board", "union"; not a plural: "voters").
_PERSONS_ROLES = frozenset(
    word
    for word in ROLE_WORDS
    if word.isalpha()
    and word not in ORG_WORDS
    and word not in _QUALIFYING_ROLE_WORDS
    and not (word.endswith("s") and word[:-1] in ROLE_WORDS)
) | frozenset(["official", "source", "person"])


def pronoun_of_role(role: str) -> str:
    """ "she" for "wife", "spokeswoman", "grandmother"; "he" for "son", "chairman"; "" for
    "spokesperson" and any other word."""
    if role.endswith("person"):
        return ""
    if role in RELATIONS_SHE or role.endswith(("woman", "mother", "wife", "daughter", "sister")):
        return "she"
    if role in RELATIONS_HE or role.endswith(("man", "father", "husband", "son", "brother")):
        return "he"
    return ""


# Honours after a name in capitals: "CBE", "FRSE", "FRCP".
_FIRST_NAME_TITLES = frozenset("dean major earl duke king marshal".split())
_HONOURS = re.compile(r"[A-Z]{2,5},?")
# (and a Portuguese name's generation after the surname: "A Name dos Santos Filho", "… Júnior",
# "… Neto"; a British "Snr" and "Jnr")
SUFFIXES = frozenset("jr jr. sr sr. snr snr. jnr jnr. ii iii iv filho júnior sobrinho neto".split())
# A company's legal form, last in its name, as written: "Kanaalkade Vastgoed BV", "Gulfward
# Methanol LLC". In capitals it is no letters after a person's name ("A Name KC"): the name is a
# body's. (Case matters: "As", "Sa" and "Ab" are words and names.)
COMPANY_FORMS = frozenset(
    """LLC LLP L.L.C. AG BV B.V. NV N.V. AB ASA SA S.A. SpA S.p.A. KG Oy Oyj AS A/S ApS PLC
    JSC PJSC Tbk SARL SAS GmbH Ltda Ltda. SRL Srl S.r.l. S.L. SL""".split()
)
# The legal forms a text's "the company" may be named by, as written at a name's end ("Corlandt
# Medical Inc.", "Tarnovia Bus SpA", "Kerio Creameries Plc"): one list, for the speaker book and
# for the text's search. Not the forms that are also words or offices in capitals ("AG", "AS",
# "SA": "Texas AG A Name", "BUS STRIKE ENDS AS DRIVERS …").
FIRM_FORMS = (
    "Ltd", "Limited", "Inc", "Corp", "Co", "plc", "Plc", "PLC", "LLC", "LLP", "GmbH", "Bhd",
    "Pty", "SAOG", "Tbk", "SpA", "S.p.A.", "S.A.", "N.V.", "B.V.", "Oyj", "PJSC", "JSC",
)  # fmt: skip
# (a body that spoke may end in any company form: "Tarnovia Bus SA" said something)
FIRM_FORM_WORDS = frozenset(form.lower().rstrip(".") for form in (*FIRM_FORMS, *COMPANY_FORMS))
FIRM_FORM_PATTERN = "|".join(
    re.escape(form.rstrip(".")) for form in sorted(FIRM_FORMS, key=len, reverse=True)
)
# (and a Theravada monk's "Thera"/"Thero" after his name: "Ven. A B Thera"; degrees are
# `DEGREE`, below)
# (and a Senior Advocate of Nigeria's "SAN")
# (and South Asia's civil services: "Dr. A Name, IAS, said")
_POSTNOMINALS = frozenset(
    "kc qc sc san mp msp mla mpp obe cbe mbe mbbs frcp thera thero ias ips ifs pas pcs".split()
)


def letters_after_a_name(text: str) -> bool:
    """Honours or a degree set off after a name: "KC", "SAN", "M.D." ("A Name, KC, said")."""
    # (dotted too: "S.C.", "Q.C.")
    letters = text.strip(",.").replace(".", "").lower()
    return letters in _POSTNOMINALS or DEGREE.fullmatch(text) is not None


# A judge's letters after the surname: Lord or Lady Justice, the Lords Justices.
_BENCH_LETTERS = frozenset("l.j. lj l.jj. ljj".split())
_PARTICLES = frozenset(
    """de da dos das do van von der den del della di du la le al el ben bin binti binte bint bte
    ibn ter ten st st. ap ní nic ó uí mac arap ole te a/l a/p s/o d/o dela delos 't ’t wa""".split()
)
# The words before a father's or a family's name: what comes before them is the given name
# (and the Kikuyu "wa", son or daughter of: "Ngunjiri wa Kabuthi" is "Ngunjiri" later).
_LINEAGE_WORDS = frozenset("bin binti binte bint bte ibn a/l a/p s/o d/o wa".split())
# A Malay father's name, its "bin" left out, often opens with these: "Azrul Hisham Mohd Khairi",
# "Zulkarnain Hafizuddin Mat Jusoh" (the given names before it are how later copy names him).
_FATHERS_NAME_OPENERS = frozenset(["Mohd", "Mohd.", "Md", "Md.", "Mat", "Muhd", "Muhd."])
NAME_PARTICLES = _PARTICLES  # (the attribution rules find names in the text with them)
# Lineage words no surname opens with (unlike "bin Salman", "van der Berg", "de Villiers").
_NEVER_OPENING = frozenset("wa a/l a/p s/o d/o".split())
# Words that make a group of many, never one body "it" can name: "both sides", "all parties".
_MANY = frozenset("both all many some most several".split())


def one_body(group: str) -> bool:
    """Can "it" name this group: one body ("Ostrevan Metro", "Barclays", "the NHS", "the
    council"), not several ("both sides", "all parties", "officials")?"""
    words = group.split()
    if not words or words[0].lower() in _MANY:
        return False
    if words[0].lower() in _POSSESSIVES and not _TEXTS.isdisjoint(map(_bare, words)):
        return False  # (nor a text of someone's: "its website", "their filing"; "Her office" is)
    if words[0].lower() == "one" and words[1:2] == ["of"]:
        return False  # "One of the people": a person of several
    head = 1 if words[0].lower() == "the" and len(words) > 1 else 0
    if (
        len(words) > head + 2
        and words[head + 1] in ("at", "from", "in", "with")
        and words[head].lower().endswith("s")
    ):
        return False  # "Analysts at Devkar Securities", "Researchers from …": people, several
    named = any(w[:1].isupper() for w in words if w.lower() not in ("the", "a", "an"))
    return named or not words[-1].lower().endswith("s")


_POSSESSIVES = frozenset("its their his her".split())
# What someone published: "its website", "their filing".
_TEXTS = DOCUMENT_WORDS | frozenset("website site page post statement feed".split())
_ORG_JOINERS = frozenset("of and & for the on".split())
_TOKEN = re.compile(r"[^\s,;:()“”\"]+")
_PREPOSITIONS = frozenset("at of from for with in on by to".split())
_PLACE_BEFORE = frozenset("near outside around in at".split())
PRONOUNS_OF_PEOPLE = frozenset(["he", "she", "him", "her"])
PRONOUNS_OF_GROUPS = frozenset(["they", "we"])
# "according to her": she; "she's said": she.
SUBJECT_FORM = {
    "him": "he",
    "her": "she",
    "them": "they",
    **{f"{p}{mark}s": p for p in ("he", "she", "it") for mark in "'’"},
}
_SHE = frozenset(
    "mrs ms miss smt smt. shrimati begum hajah hajjah ibu bu dona hjh mme w/ro woizero w/t"
    " weizerit weyzero madam mdm".split()
)
_HE = frozenset("mr shri encik haji hajji bapak pak ato".split())
# Styles said before a given name, not a surname: "Pak Haryo", "Bu Winarti" (Haryo Wicaksono,
# Winarti Handayani), "Khun Somchai", Amharic's "Ato Dawit" (Dawit Abebe Mengistu: an
# Ethiopian's second name is the father's), and its "W/ro" and "W/t" (a married and an
# unmarried woman).
_BEFORE_A_GIVEN_NAME = frozenset(
    "pak bapak bu ibu khun ka encik cik ato w/ro woizero weyzero w/t weizerit".split()
)
# (and the styles that go before one name as often as before two: "Pak Darsono", "Ka Lito",
# "Khun Somchai", "Hj. Ratna")
_HONORIFIC = (
    frozenset("mr mrs ms miss mx dr dr. prof prof. sir dame ka khun hj".split()) | _SHE | _HE
)
# Styles that open a full name, with the fewest words of the name after them.
# (not Fiji's chiefly "Adi", a given name in Israel and India too: "Adi Bar Shalom", "Adi
# Rustom Godrej"; nor Indonesia's priestly "Romo", whose short form, "Romo Yohanes", would no
# longer find the full name)
_LEADING_STYLES = {"Mian": 2, "Ch.": 3}
# Styles written after "the": "the Hon. A Name", "the Rev. A Name", "the Rt Hon. A Name".
STYLED_AFTER_THE = frozenset(
    "hon rev revd reverend ven venerable right rt very most honourable honorable".split()
)
HONORIFICS = _HONORIFIC | STYLED_AFTER_THE  # (the attribution rules read names in the text)
# The styles themselves, without the words that only qualify one ("The Right Stuff" is no style).
_STYLES_OF_ADDRESS = STYLED_AFTER_THE - frozenset("right rt very most".split())


def _bare(token: str) -> str:
    return token.lower().rstrip(".,'’").replace("’s", "").replace("'s", "")


_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")
# A father's initial joined to the name, as Mongolian copy writes one: "D.Ganbold".
_GLUED_INITIAL = re.compile(r"[A-Z]\.([A-Z][a-z]{2,})")


# The marks a name's first word may open with before its capital: the Polynesian ʻokina and
# its apostrophe-like twin, and the clicks of Khoekhoe and Nama ("ʻOfa", "!Gâseb", "ǂKhomani").
NAMES_OPENING_MARKS = "ʻʼ!ǃǀǁǂ"


def _capitalised(token: str) -> bool:
    # (after a glottal stop or a click the name opens with: "ʻAkauʻola-Vea", "!Gâseb-Mutota")
    return token.lstrip(NAMES_OPENING_MARKS)[:1].isupper()


_RANKS = frozenset(
    """president minister secretary director commissioner chief head chair chairman chairwoman
    chairperson officer dean provost leader manager superintendent undersecretary editor
    controller inspector registrar member assemblyman assemblywoman assemblymember councillor
    councilor councilman councilwoman councilmember senator mp mla mpp msp td rector
    coroner""".split()
)
# (ranks over a place with "of", over a field with "for": "Deputy Mayor for Housing and
# Utilities A Name", never "Mayor of London A Name")
_RANKS_FOR_A_FIELD = frozenset(["mayor", "governor"])
_JOINERS_BEFORE_A_BODY = frozenset("of and & for at from with in to on the".split())
# (a body after a word or two of description: "of the ruling Civic Concord Party")
_PERSON_OF_BODY = re.compile(
    # (an ordinal before the body's name: "Judge A Name of the 519th District Court")
    # (any capital opens the body's name: "of the Ħal Qormiena Residents' Forum")
    r"(.+?)\s+(?:of|at|from)\s+(?:the\s+)?(?:[a-z]+\s+|\d+(?:st|nd|rd|th)\s+){0,2}"
    rf"[{UPPER}][\w'’.-]*"
    r"(?:\s+\S+){0,6}$"
)
_PERSON_OF_A_BODY = re.compile(r"(.+?)\s+(?:of|at|from)\s+the\s+(?:[\w'’-]+\s+){0,3}([a-z]+)$")
# Where or how words were said, after a speaker's name: " at a rally", " in a statement", " on
# national television".
_WHERE_SAID = re.compile(
    r" (?:at|in|on|during) (?:a|an|the|his|her|their|national|X\b|(?:Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|[Tt]his week|[Ll]ast week)['’]s\b)"
)
# A party and state after a politician's name: "R-Ariz.", "D-Calif."
_PARTY = re.compile(r"^[RDIL]-[A-Z][\w.]*,?$")
# What follows a name after a comma without being one: honours, a party, an age, "Jr.".
# (and a degree or a profession's letters, dotted or not: "A Name, Ph.D.", "A Name, M.D.", "A
# Name, PhD", "A Name, P.Geo.")
# (and Indonesia's degrees after a name, in small letters after the first: "A Name, S.Sos.,
# M.Si.", "S.Pd.")
_DEGREE = (
    # (a profession's letters too: "P.Eng.", "P.Geo.", "P.Ag.", "P.Biol.")
    # (no space in those: "A Name, P. Smith" names two people)
    r"(?:Ph\.?\s?D|M\.\s?D|D\.?\s?Phil|Ed\.\s?D|J\.\s?D|P\.(?:\s?(?:Eng|Geo)|[A-Z][a-z]{1,4})|Esq"
    r"|[SM]\.[A-Z][a-z]{1,3})\.?"
)
# (each honour a whole run of capitals: a run split every way it can be was read in exponential
# time when the letters after it failed, "A,XXXX…Xa")
_AFTER_A_NAME = re.compile(
    rf"(?:[A-Z]{{2,}}(?![A-Z])\.?\s*)+|{_DEGREE}|\(?[RDIL]-[A-Z][\w. ]*\)?|\d{{1,3}}|[JS]r\.?"
)
DEGREE = re.compile(_DEGREE)
# "A spokesperson for …", the words that open a span spoken for someone else.
_SPEAKING_FOR = re.compile(r"an? (?:[\w'’-]+ )?spokes(?:man|woman|person) for ")
# The ranks and styles before a spokesperson's own name after the body they speak for: "for the
# Ghana Police Service ASP A Name", "for the Nigerian Army Brigadier General A Name".
_SPOKESPERSONS_OWN = _HONORIFIC | frozenset(
    """asp sp dsp acp dcp ssp insp inspector sgt sergeant cpl corporal constable pc det detective
    supt superintendent cmdr commander capt captain lt lieutenant col colonel maj major gen
    general brig brigadier admiral commodore""".split()
)


def _for_a_holder(span: str) -> bool:
    """Does a spokesperson's span end in the name of the one they speak for, a holder of an
    office ("A spokeswoman for federal Agriculture Minister A Name", "for coach A Name") or a
    body ("A spokesperson for HSE South West")? Not the spokesperson's own name after a body,
    with a rank or a style between ("A spokesperson for the Ghana Police Service ASP A Name",
    "A spokesman for the ministry Mr A Name")."""
    name = person_name(span)
    words = span[: len(span) - len(name)].split() if name and span.endswith(name) else []
    styled = 0
    while styled < len(words) and _bare(words[len(words) - 1 - styled]) in _SPOKESPERSONS_OWN:
        styled += 1
    rest = words[: len(words) - styled]
    # (a body's word before the rank: not "for", nor another title, "for Chief Constable A Name")
    body_before = bool(rest) and _bare(rest[-1]) not in _TITLE_WORDS | {"for", "the"}
    return not (styled and body_before)


# A nickname in quotation marks inside a name: 'Reynaldo “Dodong” Villacrusis'.
_NICKNAME = re.compile(r"\s[“\"‘'][^“”\"‘’']{1,20}[”\"’']\s")


_JOINED_PARTICLE = re.compile(r"(?:al|el|ul|ad|as|ash|ar|at|az|bin|ibn|abu|bint)-[A-Z][\w'’-]+")
JOINED_PARTICLE = _JOINED_PARTICLE  # (the attribution rules read names in the text with it)


def _name_before(tokens: list[str], i: int) -> bool:
    before = tokens[i - 1]
    if _capitalised(before):
        return True
    return _bare(before) in _PARTICLES and i > 1 and _capitalised(tokens[i - 2])


_DETERMINERS = frozenset("his her their its our my your this that these those".split())
# Words that open a clause, capitalised at a sentence's start, never a name's first word ("When
# Cressbank announced …"); not the adverbs that are also names ("Even Haugland", "Rory Still").
CLAUSE_OPENERS = frozenset(
    "when if after because although though while whilst since before until unless whereas"
    " but and yet"
    # (and a preposition opening a sentence before a place: "In Abodwesoso, …")
    " in at on from with by for into upon".split()
)
_INITIAL = re.compile(r"[A-Z]\.")
_OWNERS = ("’s", "'s", "s'", "s’")
# Words that open a sentence before the name they introduce: "Born A Name", "Née A Name".
_BEFORE_A_NAME = frozenset("born née nee named christened dubbed".split())
# Styles that are surnames too, ending a name: "Nighat Parveen Sheikh", "Martin Luther King".
_SURNAME_STYLES = frozenset("sheikh king bishop dean major marshal deacon neighbour voter".split())
# Title words that name a department or a level, not a person's role ("Home Circuit Court").
# The words that open or close a seat's name of two words ("North Antrim", "Barron River").
_SEAT_OPENERS = frozenset("north south east west upper lower lake mount port new fort cape".split())
_SEAT_ENDS = frozenset(
    """river valley hills heights creek bay coast downs park range point beach head central
    north south east west""".split()
)
_PORTFOLIO_WORDS = frozenset(
    """foreign home interior defence defense finance health education transport transportation
    justice trade
    energy environment economy housing culture labour labor agriculture police fire party union
    club team company board council committee opposition shadow cabinet presidential regional
    national local international district state federal county city senate house assembly
    homeland security affairs treasury tourism fisheries mines works infrastructure commerce
    industry planning""".split()
)
# The words a portfolio ends in, before its holder's name (see person_name).
_PORTFOLIO_HEADS = _PORTFOLIO_WORDS | frozenset(
    """development infrastructure planning works tourism sport sports communications resources
    welfare employment industry commerce fisheries forestry mines water lands youth
    meteorology supply""".split()
)
# Bodies' words that are common surnames too (see person_name).
_SURNAMES_THAT_NAME_BODIES = frozenset("church banks house street court power hall".split())
# A judge's style before a surname alone: "Mr Justice Carrivick", "Judge Wyberg".
_BENCH = frozenset(["justice", "judge"])
_SRI_STYLES = frozenset("dato datuk datin tan toh puan".split())
# Malay styles of address, said before the given names ("Yang Berhormat Dato Paduka Haji …").
_MALAY_STYLES = _SRI_STYLES | frozenset("yang berhormat seri sri setia paduka haji hajah".split())
# Abbreviated given names that are also a role's letters: "Md. Shafiqul Islam" (not "MD").
# (with or without its stop, in its own case: "Md Rafiqul Bari"; "MD" is a managing director)
# (and Indonesia's: "Ach." Achmad, "Moh." and "Muh." Mohammad, "Mhd.")
_NAME_ABBREVIATIONS = frozenset(["Md.", "Mohd.", "Muhd.", "Md", "Ach.", "Moh.", "Muh.", "Mhd."])
# Honorifics that open a name but are also names, or a name's end, elsewhere: "Begum A Name"
# and "Rokeya Begum", "Chaudhry A Name" and "Nadia Chaudhry", "Haji A Name" and "Aden Haji
# Ali", the Portuguese "Dona A Name" and "Dona Reyes", the German "Herr A Name" and "Anton
# Herr", the Zulu "Gogo A Name" and "Musa Gogo", the Setswana "Rra" (or "Rre"), "Mma" and
# "Kgosi", Bhutan's "Dasho" and "Lyonpo", the French lawyer's "Me" (Maître), West Africa's "Pa"
# (a Gambian given name's first part too: "Pa Modou"), Cameroon's "Mami",
# Ethiopia's priestly "Kes" and Brunei's "Dayang"; Buganda's "Owek." (a minister of the
# kingdom) and the styles of a twin's parents, "Ssalongo" and "Nnalongo"; Swahili's "Mheshimiwa"
# (an MP), "Maalim" (a teacher) and "Bi"; Oshiwambo's "Meme" and "Tate" (mother, father) and the
# Herero chief's "Ombara"; the Somali "Ugaas", "Nabadoon" (a peace elder) and "Xildhibaan" (an
# MP); Sudan's "Omda" (a village head), "Ustaz" and the pilgrim's "Hajja"; Iran's pilgrim's "Haj"
# and "Seyed" (a descendant of the Prophet; not the Arabic given name "Sayed"): dropped only from
# the front of a name of three words or more. (Not a Knesset member's "MK" nor a kiai's "KH": an
# Indian's initials as often, "MK Arun Kumar".) (Not "Adi", "Puan", "Sri" or "Sardar": given
# names in Israel, India, Indonesia and Pakistan as often as styles elsewhere, "Sardar Ali Takkar".
# "Ratu", a Fijian chief's style and an Indonesian given name, is among the role words: Fijian
# copy drops it, and the sets hold more of it.)
_OPENING_STYLES = frozenset(
    """begum chaudhry chaudhri haji hajji hajah hajjah hj hj. hjh hjh. dona doña herr frau
    gogo igwe rra rre mma kgosi dasho lyonpo me hajiya hajia hajjat alhaja pa mami kes qes
    dayang owek ssalongo nnalongo mheshimiwa maalim bi meme tate ombara ugaas nabadoon
    xildhibaan omda ustaz ustadh hajja haj seyed seyyed""".split()
)
# The opening styles that say whether their holder is a "she" or a "he" ("Mma Sebego" and "Rra
# Sebego" are a wife and a husband).
_OPENING_SHE = (_SHE & _OPENING_STYLES) | frozenset(
    """hjh. dona doña frau gogo mma hajiya hajia hajjat alhaja mami dayang nnalongo bi meme
    hajja""".split()
)
_OPENING_HE = (_HE & _OPENING_STYLES) | frozenset("herr rra rre pa ssalongo tate haj".split())
# Where a body is based, before its capitalised name: "The Cairo-based ", "Perth-based " (not a
# name's own first word: "The Evidence-based Policy Institute", "Faith-based …").
_BASED_IN = re.compile(
    r"(?:[Tt]he )?(?!(?:Evidence|Faith|Plant|Community|Home|Web|Cloud|Science|Research|Values?"
    r"|Risk|Rules|Merit|Needs|Cash|Fee|Market|Results|Performance|Skills|Land|Sea|Space|Family"
    r"|School|Church|Nature|Arts?|Project|Problem|Inquiry|Game|Task|Team|Member|Care|Data"
    r"|Knowledge|Women|Youth|Volunteer)-)[A-Z][\w'’.-]*-based (?=[A-Z])"
)
# Styles said after a given name, by sex: the Turkish "Bey", "Hanım" and "Efendi", the Persian
# "Khanum", the Kazakh "apa" (an elder woman): "Hüsnü Bey" is the one person the text named in
# full with the given name "Hüsnü" ("Hüsnü Karadağlı"). (Not "Agha" or "Aga", surnames as often:
# "Salman Agha".)
_TRAILING_SHE = frozenset("hanım hanim hanum khanum khanom khanim apa".split())
_TRAILING_HE = frozenset("bey efendi".split())


# The words before a legislature's name that make it a member's seat, not a body speaking.
_MEMBER_OF = re.compile(r"(?:.* )?[Mm]ember of(?: the)?(?: [A-Z][a-z]+){0,2}")


def _a_ranks_portfolio(tokens: list[str], i: int) -> bool:
    """Is tokens[i] the portfolio of a rank a few words before it ("Minister of Health",
    "Secretary of State", "Director of Public Health"), not a body's name ("Department of
    Health", "United Bus Operators")?"""
    bare = _bare(tokens[i])
    if i >= 3 and _a_portfolio_before(tokens, i + 1, joined=True):
        return True  # ("Minister for Roads and Road Safety A Name": fields joined)
    # (a one-word portfolio right after its rank: "Secretary of Mobility A Name", "Minister
    # for Energy A Name")
    if (
        i >= 2
        and tokens[i - 1].lower() in ("of", "for")
        and _bare(tokens[i - 2]).split("-")[0] in _RANKS
    ):
        return True
    # (or a plural body's word that ends a portfolio: "Minister of Natural Resources A Name",
    # "Secretary for Home Affairs A Name"; a body's own name ends in the singular, "Museum")
    if bare not in _TITLE_WORDS and not (bare.endswith("s") and bare in ORG_WORDS):
        return False
    before = tokens[max(0, i - 3) : i]
    # ("Inspector-General of Police A Name", "Director-General of Customs A Name")
    return any(_bare(t).split("-")[0] in _RANKS for t in before) and all(
        t.lower() in _JOINERS_BEFORE_A_BODY or _capitalised(t) for t in before
    )


# The last words of a portfolio's field ("Road Safety", "Winter Operations", "Consumer Affairs").
_FIELD_ENDS = frozenset(
    """safety operations affairs services development management relief welfare security
    planning infrastructure protection resources care change relations expenditure people
    learning skills employment reform communities families youth economy industry innovation
    regions transport energy tourism heritage arts""".split()
)


def _a_portfolio_before(tokens: list[str], i: int, *, joined: bool = False) -> bool:
    """Do the words before tokens[i] open a rank's portfolio ("Minister for Roads", "Secretary
    of State for Health"), capitalised words and joiners back to the rank's "for" or "of"?
    `joined`: two fields joined by "and" or "&" among them ("Minister for Roads and Road
    Safety")."""
    for j in range(i - 1, max(0, i - 8), -1):
        rank = _bare(tokens[j - 1]).split("-")[-1]
        if (tokens[j].lower() in ("for", "of") and rank in _RANKS) or (
            tokens[j].lower() == "for" and rank in _RANKS_FOR_A_FIELD
        ):
            return not joined or any(t in ("and", "&") for t in tokens[j:i])
        if not (_capitalised(tokens[j]) or tokens[j].lower() in _JOINERS_BEFORE_A_BODY):
            return False
    return False


_HOLDERS = _RANKS | frozenset("convener convenor coordinator founder principal rector".split())


def _ranks_body_before(tokens: list[str], i: int) -> bool:
    """Is tokens[i], a body's word, the end of the body a rank before it holds ("Convener of
    Camas Dubh Community Council A Name", "Head of Kelby Museum A Name"), so that the name after
    it is the holder's? (Not "United Bus Operators A Name": no rank; nor a body's name that runs
    on past its word, "Head of Kelby Museum of Art A Name", whose last word is not a body's.)"""
    for j in range(i - 1, max(-1, i - 9), -1):
        if _bare(tokens[j]).split("-")[0] in _HOLDERS and tokens[j + 1].lower() in ("of", "at"):
            between = tokens[j + 2 : i]
            return all(t.lower() in _JOINERS_BEFORE_A_BODY or _capitalised(t) for t in between)
        if not (_capitalised(tokens[j]) or tokens[j].lower() in _JOINERS_BEFORE_A_BODY):
            return False
    return False


# Offices held over a place, as translated copy writes them before the holder: "the deputy
# mayor of Rotterdam A Name" (not "the lawyer of A Name", whose name may have two given names).
_OFFICES_OF_A_PLACE = frozenset(
    "mayor governor commissioner prefect premier sheriff administrator magistrate".split()
)


_MAGISTER = re.compile(r"(?<![\w.])Mag\. (?=[A-Z])")
# (not the Hebrew "Bar", "Ben" or "Bat" of an Israeli Adi's surname: "Adi Bar Shalom")
_ADI_BEFORE_TWO_NAMES = re.compile(r"\bAdi (?!(?:Bar|Ben|Bat) )(?=[A-Z][\w'’-]* [A-Z])")


def _without_adi(span: str) -> str:
    """The span without the Fijian chiefly style "Adi" before a woman's two names ("Transport
    Minister Adi Losalini Ravuvu-Tamani"): first in the name, after a role or no capitalised
    word (not a given name inside one, "Kofi Adi Boateng Mensah"; not an Israeli Adi's Hebrew
    "Bar", "Ben" or "Bat"; not one surname's, "Adi Godrej")."""
    for m in reversed(list(_ADI_BEFORE_TWO_NAMES.finditer(span))):
        before = span[: m.start()].split()
        word = before[-1] if before else ""
        if not word[:1].isupper() or _bare(word) in _TITLE_WORDS:
            span = span[: m.start()] + span[m.end() :]
    return span


@functools.lru_cache(maxsize=4096)  # an article names the same few people again and again
def person_name(span: str) -> str:
    """The person's name at the end of `span` without titles or role words before it, or ""
    if the span does not end in what reads as a person's name (one or more capitalised words,
    none of them a body's word)."""
    if "“" in span or '"' in span or "‘" in span:
        span = _NICKNAME.sub(" ", span)
    if "Punong Barangay " in span:
        # the Philippine village chief's title, two words: "Punong Barangay A Name"
        span = span.replace("Punong Barangay ", "Punong ")
    if "Adi " in span:
        span = _without_adi(span)
    if "Mag. " in span:
        # an Austrian master's degree before the name, written with its stop ("Mag. A Name";
        # "Mag" alone opens Irish surnames, "Seán Mag Uidhir")
        span = _MAGISTER.sub("", span)
    closing = span.rfind(")")
    if closing != -1 and _TOKEN.search(span, closing):
        # A bracket before the name closes its role's: "Deputy Commissioner of Police (Cyber) A
        # Name" is no "Cyber A Name".
        span = span[closing + 1 :]
    if "," in span:
        # A name does not run over a comma ("One, A Name", "Its sponsor, state Sen. A Name"):
        # the last part that is more than letters after a name or a party ("A Name, CBE").
        parts = [p for p in span.split(",") if p.strip()]
        while len(parts) > 1 and (
            _AFTER_A_NAME.fullmatch(parts[-1].strip()) or letters_after_a_name(parts[-1].strip())
        ):
            parts.pop()
        span = parts[-1] if parts else span
    tokens = _TOKEN.findall(span)
    for n, token in enumerate(tokens):
        if _PARTY.match(token):
            tokens = tokens[:n]  # "Sen. Marjorie Tallis, R-Ariz.": the name ends before it
            break
    if not tokens:
        return ""
    if any(t.lower().endswith(_PLACED_BY) for t in tokens):
        return ""  # "London-listed Valdora", "Lagos-based Vantrex": a body where it is
    while len(tokens) > 2 and (
        tokens[-1].strip(",.").lower() in _POSTNOMINALS
        or DEGREE.fullmatch(tokens[-1].strip(","))  # "A Name PhD", "A Name, J.D."
        or (
            _HONOURS.fullmatch(tokens[-1])
            and _bare(tokens[-1]) not in SUFFIXES
            and tokens[-1].rstrip(",") not in COMPANY_FORMS
        )
    ):
        tokens = tokens[:-1]  # "Barnaby Crook KC", "A Name CBE FRSE": letters after the name
    if len(tokens) >= 2 and tokens[-1].rstrip(",") in COMPANY_FORMS:
        return ""  # "Gulfward Methanol LLC": a company, not a person
    if len(tokens) >= 2 and tokens[-1].lower() in _BENCH_LETTERS and _capitalised(tokens[-2]):
        tokens = tokens[:-1]  # "Dunstanville L.J.": a judge by the surname and the bench
    owned = any(t.endswith(_OWNERS) for t in tokens[1:-1])  # "The Alliance's A Name"
    if (
        len(tokens) >= 2
        and tokens[0] == "The"
        and not owned
        and all(_capitalised(t) for t in tokens[1:])
        # ("The Hon. A Name", "The Right Honourable A Name": a style, not a body's name)
        and _STYLES_OF_ADDRESS.isdisjoint(map(_bare, tokens[1:3]))
    ):
        return ""  # "The Falcons", "The Samaritans": a body or a team, never a person
    if len(tokens) >= 2 and tokens[0] == "An":
        tokens = tokens[1:]  # "An Ardmore spokesperson": an article, never an initial
    styled = [
        k
        for k, token in enumerate(tokens)
        if token in _LEADING_STYLES
        and len(tokens) - k > _LEADING_STYLES[token]
        and all(_capitalised(t) for t in tokens[k + 1 :])
    ]
    if styled:
        # Styles before a full name, and what stands before them: "Mian Tariq Bangashwal",
        # "DPO Mian Adeel Rauf", "Ch. Tariq Mehmood Bhuttagran" (not "Mian Wei", "Zia Mian",
        # nor "Ch. Venkata Rao", an initial)
        tokens = tokens[styled[-1] + 1 :]
    if (
        len(tokens) >= 3
        and _bare(tokens[-1]) in _SURNAMES_THAT_NAME_BODIES
        and _capitalised(tokens[-1])
        and _capitalised(tokens[-2])
        and _bare(tokens[-2]) not in _TITLE_WORDS | ORG_WORDS | _HONORIFIC
        and (
            _bare(tokens[-3]) in _HONORIFIC
            or (_descriptor(_bare(tokens[-3])) and _bare(tokens[-3]) not in _PORTFOLIO_WORDS)
        )
    ):
        # "Manager Pete Church", "Mr. Tony Banks", "Chief executive Lauren House": a surname
        # that is also a body's word, after a given name with a role or title before it
        return f"{tokens[-2]} {tokens[-1]}".rstrip(",")
    name: list[str] = []
    i = len(tokens) - 1
    if _bare(tokens[i]) in SUFFIXES and i > 0:
        name.insert(0, tokens[i])
        i -= 1
    while i >= 0:
        token = tokens[i]
        bare = _bare(token)
        if token.endswith(_OWNERS):
            break  # "Estraport's chief", "The Rovers' A Name": an owner, not part of the name
        a_name_word = (
            _capitalised(token)
            # ("Dato' Sri A Name", "Tan Sri A Name": Sri is the style's, after its first word)
            and not (bare == "sri" and i > 0 and _bare(tokens[i - 1]) in _SRI_STYLES)
            # ("Md." is Mohammad in a Bangladeshi name; "MD", a managing director, is a role)
            and (bare not in _TITLE_WORDS or token in _NAME_ABBREVIATIONS)
            and not (
                (token[1:2].isupper() or "/" in token[:3])
                and POLICE_RANK.fullmatch(token.rstrip("."))
            )
            and not (bare in PARTY_WORDS and name)
            and bare not in ORG_WORDS
            and bare not in _DETERMINERS  # "His Stallions counterpart": no first name
            and not (i == 0 and bare in CLAUSE_OPENERS)  # "When Cressbank announced …"
            # (the other role words never as the surname itself: "Ann King-General")
            and not (name and _descriptor(bare) and token not in _NAME_ABBREVIATIONS)
            # (nor an acronym's role before a name in small letters, "Water CECM A Name"; but
            # initials are a name's, "AB de Villiers", "Y S Jagan Mohan Reddy")
            and not (
                len(name) >= 2
                and len(bare) >= 3
                and token.isupper()
                # (a name's two initials run together, "W.P. A Name"; not an office's letters
                # with their stops, "P.S. A Name", "C.E.O. A Name")
                and not (
                    _INITIALS.fullmatch(token)
                    and len(bare) == 3
                    and not _descriptor(bare.replace(".", ""))
                )
                and not any(t.isupper() for t in name)
                # (a surname in capitals first, or after its honorific or a title: "Mdm TAN Siew
                # Ling", "Datuk TAN Boon Kiat"; the role has its portfolio before it: "Water
                # CECM A Name")
                and i > 0
                and (
                    # ("Nairobi County Health CECM A Name": a portfolio that opens the role, not
                    # one a title holds, "Minister for Health ONG Ye Kung", nor a party, "Workers'
                    # Party LOW Thia Khiang")
                    (
                        _bare(tokens[i - 1]) in _PORTFOLIO_WORDS - {"party"}
                        and (i == 1 or tokens[i - 2].lower() not in _JOINERS_BEFORE_A_BODY)
                    )
                    or _bare(tokens[i - 1]) not in _HONORIFIC | _TITLE_WORDS
                )
            )
        )
        # A surname its particle joins in small letters: "Reem Khalfan al-Shahrazi".
        a_name_word = a_name_word or bool(_JOINED_PARTICLE.fullmatch(token))
        # A particle between name words, or two ("Pieter van der Berg", "Mo de la Cruz").
        a_particle = bare in _PARTICLES and name and i > 0 and _name_before(tokens, i)
        # (and the Gaelic article after "Mac" or "Nic": "A Name Mac an Tàilleir")
        a_particle = a_particle or (
            bare == "an" and bool(name) and i > 0 and _bare(tokens[i - 1]) in ("mac", "nic")
        )
        # "Coach Dean Smith": a title word that is also a first name, right before the surname.
        a_first_name = (
            len(name) == 1 and bare in _FIRST_NAME_TITLES and _capitalised(token) and i > 0
        )
        # "Nighat Parveen Sheikh": a style that is also a surname, last, after two names (not
        # "Crown Prince", a role)
        a_surname = (
            not name
            and bare in _SURNAME_STYLES
            and i > 1
            and all(
                _capitalised(t) and _bare(t) not in _TITLE_WORDS | ORG_WORDS
                for t in tokens[i - 2 : i]
            )
        )
        # ... or after one given name with a title or a role before it ("Mr. Brian King",
        # "Professor Helen Dean", "resident Tom Bishop"; not "Catholic Bishop", "Sgt. Major"),
        # or right after an honorific ("Mr. King")
        a_surname = a_surname or (
            not name
            and bare in _SURNAME_STYLES
            and (
                (
                    i > 1
                    and _capitalised(tokens[i - 1])
                    and _bare(tokens[i - 1]) not in _TITLE_WORDS | ORG_WORDS | _HONORIFIC
                    and (
                        _bare(tokens[i - 2]) in _HONORIFIC
                        or _bare(tokens[i - 2]) in _TITLE_WORDS
                        or _descriptor(_bare(tokens[i - 2]))
                    )
                )
                or (i == 1 and _bare(tokens[0]) in _HONORIFIC)
            )
        )
        if a_name_word or a_particle or a_first_name or a_surname:
            name.insert(0, token)
        else:
            break
        i -= 1
        if (
            len([t for t in name if _bare(t) not in _PARTICLES]) >= 5
            or token in _NAME_ABBREVIATIONS
        ):
            break  # ("Officer-in-Charge Md. A Name": "Md." opens the name)
    while len(name) > 1 and _bare(name[0]) in _NEVER_OPENING:
        name.pop(0)  # "Mzee wa Kijiji A Name": "wa" joins a father's name, never opens one
    # "Minister for Health and Ageing A Name": the portfolio runs on past its "and", its field
    # capitalised like the name (a field of one word: a name may have three, "Minister for
    # Power and Energy Sumith Ranjan Galappaththi")
    joined_chain = len(name) > 2 and i >= 2 and _a_portfolio_before(tokens, i + 1, joined=True)
    joined_portfolio = joined_chain and tokens[i] in ("and", "&")
    if joined_portfolio:
        name = name[1:]
    while joined_chain and len(name) > 2 and _bare(name[0]) in _FIELD_ENDS:
        name = name[1:]  # ("… for Roads and Road Safety A Name": a field of two words)
    if (
        i == 0
        and len(name) == 1
        and _capitalised(tokens[0])
        and _bare(tokens[0]) in _PORTFOLIO_WORDS - _BENCH
    ):
        return ""  # "Environment Canterbury", "Police Scotland": a body named for its field
    if i >= 0 and tokens[i] in _PLACE_BEFORE:
        return ""  # "Residents near Mt. Elgon": a place where people are, not a person
    titled = i >= 0 and _bare(tokens[i]) in _TITLE_WORDS  # (a title right before the name)
    opening = next(
        (
            k
            for k in range(1, len(name))
            if _INITIALS.fullmatch(name[k])
            # (or spaced after a portfolio's plural: "… of Examinations H. M. A Name"; not a
            # given name's, "George H. W. Bush")
            or (
                k + 1 < len(name)
                and _INITIAL.fullmatch(name[k])
                and _INITIAL.fullmatch(name[k + 1])
                and _bare(name[k - 1]).endswith("s")
            )
        ),
        None,
    )
    if (
        opening is not None
        and not _INITIALS.fullmatch(name[0])
        and i >= 0
        and tokens[i].lower() in _JOINERS_BEFORE_A_BODY
    ):
        # "Commissioner General of Examinations S.M. Pathiranage": initials run together open
        # a name (South Asian style), so capitalised words between a portfolio's "of" and them
        # are the office's (a given name may stand before them: "Minister Vasudevan P.K. Nair")
        name, i = name[opening:], i + opening
    if name and name[0] in _NAME_ABBREVIATIONS:
        return " ".join(name)  # "… Police Station Md. A Name": the name its "Md." opens
    if (
        len(name) >= 3
        and i >= 0
        and (_capitalised(tokens[i]) or tokens[i].lower() in ("for", "of"))
    ):
        # "Minister of State for National Development A Name", "Minister of Economic
        # Development A Name": the portfolio's last word and the words before it, not given
        # names
        last_head = max(
            (k for k in range(len(name) - 2) if _bare(name[k]) in _PORTFOLIO_HEADS), default=-1
        )
        if last_head >= 0:
            name, i = name[last_head + 1 :], i + last_head + 1
    popped = 0
    while len(name) > 2 and _bare(name[0]) in _BEFORE_A_NAME | _OPENING_STYLES:
        if popped and len(name) == 3:
            break  # "Maalim Haji Ussi Makame": a style, then a given name that is one too
        name.pop(0)  # "Born Henrietta Louise Pardoe in 1934, she …": the name after the word
        popped += 1
    core = [t for t in name if _bare(t) not in SUFFIXES]
    if not core or any(_bare(t) in ORG_WORDS for t in core):
        return ""
    if len(core) >= 2 and _bare(core[0]) in _PLACE_OPENINGS:
        return ""  # "Port Moresby", "New Delhi", "Fort Erie": a place, not a person
    owner = tokens[i].endswith(_OWNERS) if i >= 0 else False
    if (
        i >= 0
        and not owner
        and _capitalised(tokens[i])
        and _bare(tokens[i]) in ORG_WORDS
        and not _a_ranks_portfolio(tokens, i)
        and not (len(name) >= 2 and _ranks_body_before(tokens, i))
        # ("Member of Parliament A Name", "Member of the Legislative Assembly A Name": a seat)
        and not _MEMBER_OF.fullmatch(" ".join(tokens[max(0, i - 4) : i]))
    ):
        return ""  # "United Bus Operators": the capitals run on into a body's word
    if (
        i >= 1
        and tokens[i] == "of"
        and len(core) >= 3
        and name[0] == core[0]
        and tokens[i - 1].islower()
        and _bare(tokens[i - 1]) in _OFFICES_OF_A_PLACE
        and _capitalised(core[1])
        and _bare(core[1]) not in _PARTICLES
    ):
        # Translated copy's office, its place, then the person: "the deputy mayor of Rotterdam
        # A Name", "the deputy commissioner of Lahore A Name" (a place of one word: none tells
        # "New York A Name" from "York A Name")
        return " ".join(name[1:])
    seat = i  # (the word before the name's first)
    while i > 0 and (
        (_capitalised(tokens[i]) and _bare(tokens[i]) in _TITLE_WORDS)
        # (and past two roles joined, "Co-founder and CEO A Name": one person's, not a body's
        # name ending in "and"; but "Fire and Emergency New Zealand" names a body by its fields,
        # "Ann Baker and Dana Reyes" two people, "Judge and Jury Productions" a firm: a role
        # after the "and", and none but roles before it)
        or (
            tokens[i] in ("and", "&")
            and i < seat
            and _bare(tokens[i + 1]) in _TITLE_WORDS
            and _capitalised(tokens[i - 1])
            and _descriptor(_bare(tokens[i - 1]))
            and _bare(tokens[i - 1]) not in _PORTFOLIO_WORDS
            and not (
                i > 1 and _capitalised(tokens[i - 2]) and not _descriptor(_bare(tokens[i - 2]))
            )
        )
    ):
        i -= 1  # "the office of Senate Majority Leader A Name": look past the titles
    # "Director of housing A Name", "Vice President for Finance A Name": a rank's portfolio,
    # not "a spokesperson for", "the office of" (someone acting for a body or a person).
    # ("Chairman-elect", "Vice-Rector for Student Affairs A Name": a rank either side of its
    # hyphen)
    rank = _bare(tokens[i - 1]).split("-") if i > 0 else [""]
    title_phrase = i > 0 and (rank[0] in _RANKS or rank[-1] in _RANKS)
    if not title_phrase and 0 < i < len(tokens) - 1 and _bare(tokens[i + 1]) in _TITLE_WORDS:
        # "Leader of the Opposition A Name", "Minister of State for Transport A Name": a rank
        # a few words back, its portfolio a title word ("Head of Kelby Museum of Art A Name"
        # names no portfolio: the body's name runs into the person's).
        before = tokens[max(0, i - 4) : i]
        title_phrase = any(_bare(t) in _RANKS for t in before) and all(
            t.lower() in _JOINERS_BEFORE_A_BODY or _capitalised(t) for t in before
        )
    if title_phrase and [t.lower() for t in tokens[max(0, i - 3) : i - 1]] == ["office", "of"]:
        return ""  # "The office of Member for Barwonga A Name": the office, not the member
    if title_phrase and len(name) >= 3 and tokens[seat].lower() == "for":
        name = name[1:]  # "Member for Wandoberra A Name": the seat, then the person
        # (a seat of two words: "Member for Barron River A Name", "MP for North Antrim A Name")
        # (or of three, its openers one after another: "coroner for North West Wales A Name")
        dropped = _bare(tokens[seat + 1]) if seat + 1 < len(tokens) else ""
        while len(name) >= 3 and (dropped in _SEAT_OPENERS or _bare(name[0]) in _SEAT_ENDS):
            dropped, name = _bare(name[0]), name[1:]
    if title_phrase and len(name) == 2 and seat == i and tokens[seat].lower() in ("of", "at"):
        # "The chairman of Rosslyn Farm", "The superintendent of Kalugala Estate": the body the
        # rank belongs to, named straight after it, no person ("Secretary of State A Name" has
        # its portfolio between)
        return ""
    # ("the Hon. A Name", "the Rev. A Name": the article before a title, not a body's joiner)
    titled = 0 <= i < len(tokens) - 1 and tokens[i].lower() == "the"
    titled = titled and _bare(tokens[i + 1]) in STYLED_AFTER_THE
    # ("Roads and Transport Minister A Name", "Lands and Housing County Executive Committee
    # Member A Name": a portfolio of two fields joined before a title, all in capitals; not "Ann
    # Baker and Dana Reyes", nor "Fire and Emergency New Zealand", no title after the "and")
    portfolio = (
        0 < i <= 3
        and tokens[i] in ("and", "&")
        and all(
            _capitalised(t) and "," not in t and _bare(t) not in _TITLE_WORDS | _HONORIFIC
            for t in tokens[:i]
        )
        and any(_bare(t) in _TITLE_WORDS for t in tokens[i + 1 : seat + 1])
    )
    if (
        i >= 0
        and tokens[i].lower() in _JOINERS_BEFORE_A_BODY
        and not title_phrase
        and not titled
        and not portfolio
        and not joined_portfolio
    ):
        # "… for Water and Rural Affairs", "a spokesperson for Kestrel Buses": the end of a
        # body's name, or the object of a preposition, not a person speaking.
        return ""
    capitals = [t for t in core if t.isupper() and len(t) > 3 and not _INITIALS.fullmatch(t)]
    # (a family name in capitals beside a given name in small letters, as Japanese, French and
    # Malaysian copy writes it: "TOKUNAGA Mayumi", "Jean-Luc DURAND"; first and alone before one
    # word, after a title or ending in a vowel as Japanese names do: "ARAKAWA Shingo", not
    # "UNICEF Malaysia", a body's branch, an outside review found)
    family_in_capitals = (
        len(capitals) == 1
        and len(core) >= 2
        and capitals[0].isalpha()
        and all(t == capitals[0] or (t[:1].isupper() and not t.isupper()) for t in core)
        and (
            titled
            or capitals[0] != core[0]
            or len(core) >= 3
            or (len(capitals[0]) >= 5 and capitals[0][-1] in "AEIOU")
        )
    )
    if capitals and not family_in_capitals:
        return ""  # "NASA", "UNICEF": an acronym names a body (not initials: "J.R.R. Name")
    return " ".join(name).rstrip(",")


# A place's hyphenated word before a body's name: "Lagos-based", "Nairobi-headquartered".
_PLACED_BY = ("-based", "-headquartered", "-listed", "-registered")


@functools.lru_cache(maxsize=4096)
def organisation(span: str) -> str:
    """A body's proper name at the end of `span`, without a lower-case descriptor before it
    ("the campaign group Clean Rivers Now" -> "Clean Rivers Now"); the span as written when the
    descriptor holds a preposition ("Analysts at Brook Street Capital") or there is no name."""
    placed = _FIRM_OF_A_PLACE.fullmatch(span)
    if placed:
        span = placed.group(1)  # "Nordhaven Water Systems Ltd. of Saskatoon": the firm
    tokens = span.split()
    if not tokens:
        return span
    # The capitalised run at the end, with the joiners a body's name can hold.
    start = len(tokens)
    while start > 0:
        token = tokens[start - 1]
        if start == 1 and token.lower().endswith(_PLACED_BY):
            break  # "Lagos-based Vantrex Systems": where the body is, no word of its name
        if (
            _capitalised(token)
            or _JOINED_PARTICLE.fullmatch(token)  # ("Sawahil al-Bahr Marine Products")
            or (token.lower() in _ORG_JOINERS and start > 1 and start < len(tokens))
            or (token.lower() in _FORMS_IN_BRACKETS and start < len(tokens))
            # (a country's in brackets inside the name: "Solevu Energy (Fiji) Ltd")
            or (
                token[:1] == "("
                and token[-1:] == ")"
                and token[1:2].isupper()
                and 1 < start < len(tokens)
                and _capitalised(tokens[start])
            )
        ):
            start -= 1
        else:
            break
    while start < len(tokens) and tokens[start].lower() in _ORG_JOINERS:
        start += 1
    if start < len(tokens) - 1 and _trade_word(_bare(tokens[start])):
        rest = tokens[start + 1 :]
        # "Operator SerayaRail", "Drugmaker Velliant Pharma": the trade, then a firm's own name
        # (not "Airline Pilots Association", "Utility Regulator", "Peacemaker Trust")
        coined = not rest[0].isupper() and any(c.isupper() for c in rest[0][1:])
        # (a maker's trade, or any trade before a name of two words and its form: "Refiner
        # Lumbung Kirana Sdn. Bhd."; "Insurer Direct Ltd", "Utility Point Ltd" are names in full)
        made = len(rest) >= (2 if _bare(tokens[start]) in _MAKERS else 3)
        named = made and _bare(rest[-1]) in ORG_WORDS and not _common(_bare(rest[0]))
        if coined or named:
            start += 1
    if start == 0 or start >= len(tokens):
        return span
    if all(t.strip(".,") in _DATE_NAMES or t.strip(".,").isdigit() for t in tokens[start:]):
        return span  # "budget projections presented Tuesday": a date, no body's name
    before = [t.lower() for t in tokens[:start]]
    if any(word in _PREPOSITIONS or word in _PLACE_BEFORE for word in before) or before[
        -1
    ].endswith(("’s", "'s")):
        return span
    if before[-1] in _LEVELS:
        return span  # "the state Department of Health": which one, part of the name as written
    if all(word.islower() for word in before):
        return " ".join(tokens[start:])
    return span


# A firm by its form, then its town: "Nordhaven Water Systems Ltd. of Saskatoon".
# (a form that ends a name, not "Corp."/"Co.", whose "of" goes on: "Food Corp. of India",
# "Electricity Co. of Ghana")
_FIRM_OF_A_PLACE = re.compile(
    r"(.+ (?:Ltd|Limited|Inc|Plc|PLC|plc|LLC|LLP|GmbH|Bhd|Pty Ltd|Pte Ltd|S\.A\.|AG)\.?)"
    r" of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
)


# A company's form in brackets inside its name: "Sizakala Water Logistics (Pty) Ltd.".
_FORMS = ("Pty", "Pvt", "Private", "Proprietary")
_FORMS_IN_BRACKETS = frozenset(f"({form.lower()})" for form in _FORMS)
FORM_IN_BRACKETS = re.compile(rf"\(({'|'.join(_FORMS)})\)(?= (?:Ltd|Limited)\b)")
# Days and months: capitalised, never a name (see `organisation`).
_DATE_NAMES = frozenset([*WEEKDAYS, *MONTHS])
# The level of government a body belongs to, written before its name.
_LEVELS = frozenset("state federal county city provincial national regional municipal".split())
# What a wire story calls a firm before its name ("Miner Rio Tinto", "Lender Brook Bank").
_TRADES = frozenset(
    """operator lender insurer retailer miner carrier airline brewer grocer supermarket
    automaker carmaker drugmaker chipmaker planemaker shipbuilder developer utility regulator
    broadcaster publisher distributor wholesaler exporter importer manufacturer refiner""".split()
)


_MAKERS = frozenset("drugmaker carmaker automaker chipmaker planemaker toymaker".split())


def _trade_word(bare: str) -> bool:
    return bare in _TRADES or bare.endswith("maker")


# Bodies a story describes before naming them: "the operator, Oileán Ferries, said".
_BODY_DESCRIPTIONS = frozenset(
    """company firm group club union council agency charity board trust authority
    association federation league ministry department""".split()
)


def describes_a_body(phrase: str) -> bool:
    """Is `phrase` a determiner and common nouns ending in a body's or a trade's word ("the
    company", "the ferry operator", "its parent firm"), no name in it?"""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in ("the", "its", "their") or len(words) > 4:
        return False
    if not all(word.islower() for word in words[1:]):
        return False
    last = _bare(words[-1])
    return last in _BODY_DESCRIPTIONS or _trade_word(last)


def _common(bare: str) -> bool:
    """A common noun's look: a body's or a trade's word, or a plural ("Pilots")."""
    return bare in ORG_WORDS or _trade_word(bare) or bare.endswith("s")


def honorific_of(span: str) -> str:
    """ "mr", "mrs", "ms", "dr" … when the span opens with one, else ""."""
    first = _bare(span.split()[0]) if span.split() else ""
    return first if first in _HONORIFIC else ""


def one_person(speaker: str) -> bool:
    """Does the span name one person without a name ("a Brightcrest spokeswoman", "A
    spokesperson for the City of Columbus")?"""
    return bool(_one_persons_role(speaker))


def _one_persons_role(speaker: str) -> str:
    """The role word of one unnamed person: last ("a Brightcrest spokeswoman") or the head of
    the phrase, before what the person speaks for ("A spokeswoman for Marlwick District
    Council"); "" for anything else."""
    tokens = speaker.split()
    if tokens and _bare(tokens[-1]) in _ONE_PERSON_ROLES:
        return _bare(tokens[-1])
    if not tokens or _bare(tokens[0]) not in ("a", "an"):
        return ""
    # (or any one person's role heading the phrase: "A nurse at Rwamiko", "A senior official at
    # the authority", "A mine official", "A nurse who has worked there for 14 years"; not a
    # body's word, "A council", "A company spokeswoman" aside)
    return _heading_role(tokens, _ONE_PERSON_ROLES, _AFTER_A_ROLE, 4, last=False) or (
        _heading_role(tokens, _PERSONS_ROLES, _AFTER_A_SOURCE, 5, last=True)
    )


def _heading_role(tokens: list[str], roles, after, reach: int, *, last: bool) -> str:
    """The role word heading a span of an unnamed source, among its first `reach` words after
    the article, before a word of `after` ("A spokeswoman for …", "A person familiar with …")
    or, when `last`, closing the span ("An official"); "" when there is none."""
    for n, token in enumerate(tokens[1:reach], 1):
        role = _bare(token)
        if role not in roles:
            continue
        if n + 1 < len(tokens) and tokens[n + 1].lower() in after:
            return role
        if last and n + 1 == len(tokens):
            return role
    return ""


# The verbs of people asked by someone: "economists polled by Copperline", "several farmers
# interviewed by AniNews" (the attribution rules find such sources with them too).
ASKED_VERBS = frozenset(
    "polled surveyed questioned consulted canvassed interviewed contacted".split()
)
_ASKED_BY = re.compile(rf"\b(?:{'|'.join(sorted(ASKED_VERBS))}) by\b")


_DOCUMENTS_MAKER = re.compile(r" (?:by|from|under|through) ")


# A given name as the text writes it: a capital, then small letters ("Joseph", "Ġużeppi",
# "Jean-Luc"; not "MCA", "I'm" or an initial).
_A_GIVEN_NAME = re.compile(r"[^\W\d_](?:[^\W\d_A-Z]|-(?=[^\W\d_]))+")
_NO_GIVEN_NAMES = ROLE_WORDS | _HONORIFIC | ORG_WORDS  # (roles, styles and bodies' words)


class SpeakerBook:
    """The people and bodies an article has named so far, in order."""

    def __init__(
        self,
        lookup=None,
        another_by_first_name=None,
        another_by_short_name=None,
        pronoun_in_text=None,
        titled_full_name=None,
        person_of_title=None,
        body_in_text=None,
        written_small=None,
        given_in_full=None,
        named_last=None,
    ) -> None:
        self.by_surname: dict[str, str] = {}
        # The names before a father's name or a family's particle, as later copy uses them:
        # "Mohd Nazrulhisham" for "Mohd Nazrulhisham bin Razali", "Syed Azman" for "Syed
        # Azman al-Qadrani". None where two people share them.
        self.by_given_names: dict[str, str | None] = {}
        # First names of the people named as speakers: "Marloes said" after "Marloes van
        # Houtem said". None where two speakers share one.
        self.by_first_name: dict[str, str | None] = {}
        # Every person named so far by each word of their name before the last (see
        # `_given_name_of`).
        self.people_by_given_word: dict[str, set[str]] = {}
        self.last_person = ""
        self.last_group = ""
        # The latest body to speak that is no text: whom "It said" means after a text named in
        # passing ("… said in a statement posted on Facebook that …"), its issuer.
        self.last_body = ""
        # The unnamed people who spoke, as first given, by their role word (the latest): "A
        # spokesperson for the governor" is who "the spokesperson" is later.
        self.unnamed_by_role: dict[str, str] = {}
        # The bodies named as speakers, by their first and by their last word (the latest).
        self.body_by_first_word: dict[str, str] = {}
        self.body_by_last_word: dict[str, str] = {}
        # The latest firm named as a speaker by its legal form ("Tarnovia Bus SA", "Corlandt
        # Medical Inc."): whom "It said" means after "The company said".
        self.firm = ""
        # "he"/"she" as the article has used them of each person so far: a "he" is not given
        # to a person the article calls "she".
        self.pronoun_of: dict[str, str] = {}
        # `lookup(surname, other_than)`: the full name the text gave before, when no speaker had
        # it (other than a name already taken by someone else).
        self.lookup = lookup
        # `another_by_first_name(first, full)`: does the text name someone else by that first
        # name ("One pupil, Ahmed, 11,", "Sarah Bailey", "Chad said it …")?
        self.another_by_first_name = another_by_first_name
        # `another_by_short_name(short, full)`: does the text name someone else by the end of a
        # longer name ("Shopkeeper Ali Khan" beside "Muhammad Ali Khan")?
        self.another_by_short_name = another_by_short_name
        # The speakers of each surname, one entry a person ("Gwilym Tasker", "Maureen Tasker").
        self.people_of_surname: dict[str, list[str]] = {}
        # `pronoun_in_text(name)`: "she" for "his wife, Maureen Tasker", "he" for "her son, …".
        self.pronoun_in_text = pronoun_in_text
        # `titled_full_name(title, surname)`: "Marcy Kettleborough" for "Rep.", "Kettleborough".
        self.titled_full_name = titled_full_name
        # `person_of_title(title)`: "Alison Fernacre" for "the vice-chancellor" when the text
        # named her with that title before.
        self.person_of_title = person_of_title
        # `body_in_text(noun)`: "Quillmouth Police Department" for "the department" when the
        # text named the body in full before (not as a speaker).
        self.body_in_text = body_in_text
        # `written_small(word)`: does the text write the word in small letters ("a retired army
        # major", "dean of the law school")?
        self.written_small = written_small
        # `given_in_full(name)`: does the text give this name whole as a person's, after a
        # role, a small word or a stop ("Prime Minister Joseph Azzopardi Frendo won"), not as
        # the tail of a portfolio or a place ("… of Examinations S.M. Pathiranage")?
        self.given_in_full = given_in_full
        # `named_last(people)`: which of them the sentences before this one last gave words to
        # or opened with ("" when none, or when someone else of that family name did since).
        self.named_last = named_last

    def person_for(self, pronoun: str) -> str:
        person = self.last_person
        other = self._pronoun(person) if person else ""
        return "" if other and other != pronoun else person

    def used(self, pronoun: str, person: str) -> None:
        if person and pronoun in ("he", "she"):
            self.pronoun_of.setdefault(person, pronoun)

    def fits(self, pronoun: str, person: str) -> bool:
        other = self._pronoun(person)
        return not other or other == pronoun or pronoun not in ("he", "she")

    def remember_person(self, name: str) -> None:
        words = [w for w in name.split() if _bare(w) not in SUFFIXES]
        if len(words) >= 2 and not self.by_surname.get(words[-1].lower()):
            self.by_surname[words[-1].lower()] = name
        glued = _GLUED_INITIAL.fullmatch(name)
        if glued and not self.by_surname.get(glued.group(1).lower()):
            self.by_surname[glued.group(1).lower()] = name  # "Ganbold said": D.Ganbold
        lineage = next(
            (
                k
                for k in range(2, len(words))
                if _bare(words[k]) in _LINEAGE_WORDS
                or words[k].startswith("al-")
                or (words[k] in _FATHERS_NAME_OPENERS and k < len(words) - 1)
            ),
            None,
        )
        if lineage is None and len(words) in (3, 4) and _PARTICLES.isdisjoint(map(_bare, words)):
            # (a Malay name without its "bin": "Ahmad Zaki said" after "Ahmad Zaki Ibrahim",
            # "Mohd Hazmirul said" after "Mohd Hazmirul Syafuan Jemain"; "Mary Ann said" after
            # "Mary Ann Okafor")
            lineage = 2
        if lineage is not None:
            given = " ".join(words[:lineage]).lower()
            known = self.by_given_names.get(given, name)
            self.by_given_names[given] = name if known == name else None
        for k in range(2, len(words)):
            # ("Ahmad Faizal Rahman" after "Ahmad Faizal bin Osman": "Ahmad Faizal" is either)
            given = " ".join(words[:k]).lower()
            if self.by_given_names.get(given) not in (None, name):
                self.by_given_names[given] = None
        if len(words) >= 2:
            first = words[0].lower()
            known = self.by_first_name.get(first, name)
            self.by_first_name[first] = name if known == name else None
            people = self.people_of_surname.setdefault(words[-1].lower(), [])
            if all(other.split()[0].lower() != first for other in people):
                people.append(name)  # ("Dr Jane Hale" and "Jane Hale" are one person)
                for word in words[:-1]:  # (for `_given_name_of`: "Cemal" of "Ahmet Cemal …")
                    self.people_by_given_word.setdefault(word.lower(), set()).add(name)
        self.last_person = name

    def known_person(self, name: str) -> bool:
        """Has the text named `name` as a person before (by its surname)?"""
        words = name.split()
        return len(words) >= 2 and self.by_surname.get(words[-1].lower()) == name

    def known_pronoun(self, person: str) -> str:
        """ "he" or "she" as the text has used it of `person` (or their relation says), or ""."""
        return self._pronoun(person) if person else ""

    def _pronoun(self, person: str) -> str:
        known = self.pronoun_of.get(person, "")
        if not known and self.pronoun_in_text is not None:
            known = self.pronoun_in_text(person)
        return known

    def full_name(self, surname: str) -> str:
        return self.by_surname.get(surname.lower().rstrip(".,")) or ""

    def given_name_in_full(self, styled: str) -> str:
        """The full name of the one person a style said before a given name calls so ("Ato
        Dawit" after "Dawit Abebe Mengistu", "Khun Somchai"), or ""."""
        words = styled.split()
        if len(words) != 2 or _bare(words[0]) not in _BEFORE_A_GIVEN_NAME:
            return ""
        return self.by_first_name.get(words[1].lower().rstrip(".,;")) or ""

    def _styled_in_full(self, style: str, word: str) -> str:
        """The one person the text named in full with this opening `style` before the name
        ("Nnalongo Teopista Nakalembe", "Bi Mwanaisha Khamis Juma") whose surname or given name
        `word` is, of the sex the style says; "" when none, or more than one, fits. (Never one
        named without the style: "Tate Smith" after "Coach Mike Smith" is someone else, "Bi
        Qiang" after "Premier Li Qiang" too.)"""
        if self.titled_full_name is None:
            return ""
        key = word.lower().rstrip(".,;")
        found = [*self.people_of_surname.get(key, [])]
        if not found:
            full = self.surname_in_full(word)
            found = [full] if full else []
        if self.by_first_name.get(key):
            found.append(self.by_first_name[key])
        pronoun = (
            "she" if _bare(style) in _OPENING_SHE else "he" if _bare(style) in _OPENING_HE else ""
        )
        if pronoun:
            found = [p for p in found if self._pronoun(p) in ("", pronoun)]
        # (one person of that name and sex, or none: "Haji Farah" after "Haji Abdullahi Farah"
        # and "Haji Mohamed Farah" is either)
        found = [p for p in dict.fromkeys(found) if len(p.split()) >= 2]
        # (the style as the text writes it before the name: "KGOSI MOKGWARE:" after "Kgosi
        # Boitumelo Otsile Mokgware")
        written = style.capitalize() if style.isupper() else style
        if len(found) != 1 or self.titled_full_name(written, found[0].split()[-1]) != found[0]:
            return ""
        if pronoun:
            self.pronoun_of.setdefault(found[0], pronoun)
        return found[0]

    def _given_name_of(self, given: str, pronoun: str) -> str:
        """The one person named so far who has `given` among their given names and is no other
        `pronoun` than this ("Ahmet Cemal Ulusoy" for "Cemal"), or ""."""
        found = {
            person
            for person in self.people_by_given_word.get(given.lower(), ())
            if self._pronoun(person) in ("", pronoun)
        }
        return found.pop() if len(found) == 1 else ""

    def surname_in_full(self, word: str) -> str:
        """The full name of a surname a speaker or the text before gave ("" if none)."""
        key = word.lower()
        if key not in self.by_surname and self.lookup is not None:
            self.by_surname[key] = self.lookup(word, ())
        full = self.by_surname.get(key) or ""
        words = [w for w in full.split() if _bare(w) not in SUFFIXES]  # ("A Name Jr.")
        return full if len(words) >= 2 and words[-1] == word else ""

    def name(
        self, source: str, *, introduced: bool = False, set_off: bool = False
    ) -> tuple[str, str]:
        """(speaker, kind) for a source span. kind: "person" (a name of two words or more, or
        a surname the article gave in full before), "body" (any other name or group), or
        "pronoun" (a pronoun, named from the book; "" when nobody fits). `introduced`: the
        text brings the name in as a person of its own (after a relation or a role, with an
        age after it)."""
        stripped = source.strip()
        if ": " in stripped:
            stripped = stripped.rsplit(": ", 1)[1]  # "Claim: A Name": a label before the name
        if "--" in stripped:
            # "TORONTO, Feb. 10, 2027 /PRNewswire/ -- Maple Holdings Inc.": a release's dateline
            # and wire before its issuer (not "A Name--the only witness": a dash typed so)
            wire = _RELEASE_WIRE.match(stripped)
            stripped = stripped[wire.end() :] if wire else stripped
        based = _BASED_IN.match(stripped)
        if based:
            # "The Cairo-based Masar Centre for Transport Studies": where a body is based is a
            # descriptor before its name, as "the campaign group" is
            stripped = stripped[based.end() :]
        styled = stripped.split()
        if (
            len(styled) == 2
            and styled[1].lower() in _TRAILING_SHE | _TRAILING_HE
            # ("Sarah Bey, the residents' lawyer, said": someone brought in anew)
            and not (introduced or set_off)
        ):
            # "Hüsnü Bey", "Gulnara apa" (in small letters, as Kazakh copy writes it): see
            # `_given_name_of`
            sex = "she" if styled[1].lower() in _TRAILING_SHE else "he"
            full = styled[0][:1].isupper() and self._given_name_of(styled[0], sex)
            if full:
                return full, "person"
        placed = _PLACE_AND_STOP.match(stripped) or _PARAGRAPH_NUMBER.match(stripped)
        # (a title in capitals is the name's: "SEN. A NAME said")
        titled = placed and _bare(placed.group(0).rstrip(". ")) in _TITLE_WORDS
        if placed and not titled:
            # "KAMPALA. The riders' association": a dateline; "4. Minister A Name": a
            # release's numbered paragraph
            stripped = stripped[placed.end() :]
        if stripped.startswith("Q. ") and len(stripped) > 3:
            stripped = stripped[3:]  # "Q. Some analysts say …": a question's turn, then its source
        lower = stripped.lower()
        lower = SUBJECT_FORM.get(lower, lower)
        if lower in PRONOUNS_OF_PEOPLE:
            return self.person_for(lower), "pronoun"
        if lower == "it" and not one_body(self.last_group):
            return "", "pronoun"  # "It said …" after "both sides said": not them
        if lower == "it" and _A_TEXT.search(self.last_group) and self.last_body:
            return self.last_body, "pronoun"  # "… in a statement posted …" then "It said …"
        if lower in PRONOUNS_OF_GROUPS or lower == "it":
            return self.last_group, "pronoun"
        if lower.startswith("the ") and lower[4:] in self.unnamed_by_role:
            return self.unnamed_by_role[lower[4:]], "body"  # "the spokesperson", as first given
        opening = lower.removeprefix("a ").removeprefix("an ").removeprefix("the ").split()
        if opening and opening[0] in DOCUMENT_WORDS and _DOCUMENTS_MAKER.search(lower):
            # "Research by the consumer group X", "Records obtained by The Plumbline", "figures
            # released under the Freedom of Information Act": the document as written, not the
            # body that made it nor the law it was released under.
            return stripped, "body"
        if _ASKED_BY.search(lower):
            # "several farmers interviewed by AniNews", "Economists polled by Copperline": the
            # people asked, as written, not the outlet that asked them
            return stripped, "body"
        if (
            lower.startswith(("a ", "an "))
            and _SPEAKING_FOR.match(lower)
            and _for_a_holder(stripped)
        ):
            # "A spokeswoman for federal Agriculture Minister A Name", "A spokesperson for HSE
            # South West": the one speaking for them, as written, not the minister
            return stripped, "body"
        body = organisation(stripped)
        descriptor = stripped[: len(stripped) - len(body)].split() if body != stripped else []
        kind_word = _bare(descriptor[-1]) if descriptor else ""
        if kind_word in ORG_WORDS and kind_word not in _TITLE_WORDS:
            # "The patients' group Health Voice Crannoch": a group's name, whatever its words.
            return body, "body"
        where = _WHERE_SAID.search(stripped)
        if where and len(person_name(stripped[: where.start()]).split()) >= 2:
            # "Councillor A Name at a community meeting in Pimville on Tuesday night", "A Name
            # in a statement released with …": the person, not where the words were said
            stripped = stripped[: where.start()]
        person = person_name(stripped)
        given = stripped.split()
        if (
            len(given) == 2
            and given[1] == person
            and _bare(given[0]) in _FIRST_NAME_TITLES
            and given[0][:1].isupper()
        ):
            # "Dean Hazelgrove said" after "Ray Hazelgrove": his brother by his given name,
            # not a dean (unless the text named a dean of that surname in full)
            known = self.surname_in_full(person)
            dean = self.titled_full_name and self.titled_full_name(given[0], person)
            # (nor when the text gives someone the office in small letters: "Tom Reti, a
            # retired army major", then "Major Reti said")
            office = self.written_small is not None and self.written_small(given[0].lower())
            if known and known.split()[0] != given[0] and not dean and not office:
                return stripped, "person"
        if " of " in stripped or " at " in stripped or " from " in stripped:
            # "Prof A Name of Caddon University", "A Name at the Brill Institute": the person,
            # named before the body they belong to.
            m = _PERSON_OF_BODY.match(stripped)
            if m is None:
                # (a body in small letters: "Lt. A Name of the parish fire district")
                m = _PERSON_OF_A_BODY.match(stripped)
                m = m if m and m.group(2) in ORG_WORDS else None
            if m and len(person_name(m.group(1)).split()) >= 2 and m.group(1)[:1].isupper():
                person = person_name(m.group(1))
        if person and _GLUED_INITIAL.fullmatch(person):
            # "D.Ganbold", "Colonel S.Tumurbaatar": Mongolian copy's father's initial joined to
            # the name, a person named in full (see remember_person)
            return person, "person"
        if person:
            core = [w for w in person.split() if _bare(w) not in SUFFIXES]
            # ("Ó Maolmhuaidh", "van Houtem": a surname with its particle is still a surname.)
            if len([w for w in core if _bare(w) not in _PARTICLES]) >= 2:
                if core[0] in _NAME_ABBREVIATIONS and len(core) == 2:
                    # "Md. Rahman" after "Md. Mostafizur Rahman": the name in full
                    full = self.surname_in_full(core[1])
                    if full.startswith(core[0] + " "):
                        return full, "person"
                if core[0] in _LEADING_STYLES and len(core) == 2:
                    # "Mian Bangashwal" after "Mian Tariq Bangashwal": the style and the
                    # surname of a person the text named in full with that style (not another
                    # of the surname, "Junaid Bangashwal"; the style alone before one name stays
                    # a name: "Mian Wei")
                    full = self.titled_full_name and self.titled_full_name(core[0], core[1])
                    if full:
                        return full, "person"
                if _bare(core[0]) in _OPENING_STYLES and len(core) == 2 and not introduced:
                    # "Rra Sebego", "KGOSI MOKGWARE:", "Bi Mwanaisha" after the text named them
                    # in full with the style: a style before a surname or a given name, not a
                    # name of two words (but "Mma Molefe, his wife," after "Kabelo Molefe" is
                    # brought in as someone else)
                    full = self._styled_in_full(core[0], core[1])
                    if full:
                        return full, "person"
                if _INITIAL.fullmatch(core[0]) and len(core) == 2:
                    # "Mr N. Culverhouse" after "Norman Culverhouse": the name in full, when
                    # its first name starts with the initial.
                    full = self.surname_in_full(core[1])
                    if full and full.split()[0][:1] == core[0][0]:
                        return full, "person"
                # ("Mohd Nazrulhisham" after "Mohd Nazrulhisham bin Razali": the name in full;
                # but one brought in with a role, "fisherman Abdul Rahman, 57", after "Minister
                # Abdul Rahman Yusof", is someone else, and so is that name from then on)
                honorific = honorific_of(stripped)
                if honorific in _HE or honorific in _SHE:
                    # ("Mr. Yaw Boateng" is a "he": "She said" after him is not him)
                    self.pronoun_of.setdefault(person, "he" if honorific in _HE else "she")
                key = core[-1].lower()
                longer = self.by_surname.get(key, "")
                if (
                    key not in self.by_surname
                    and self.lookup is not None
                    and self.given_in_full is not None
                ):
                    # (or one the text named in full without quoting, by one or two given
                    # names before them: "Prime Minister Joseph Azzopardi Frendo won …", then
                    # "Azzopardi Frendo told supporters …"; asked, not kept: the book keeps
                    # speakers)
                    found = self.lookup(core[-1], ())
                    given = found.split()[: -len(core)] if found.endswith(" ".join(core)) else []
                    if (
                        # (one or two given names: "María Teresa Ruiz Salcedo")
                        1 <= len(given) <= 2
                        and all(
                            (_A_GIVEN_NAME.fullmatch(word) and _bare(word) not in _NO_GIVEN_NAMES)
                            # (or a father's initial before it, as Tamil names are written: "R.
                            # Harini Sowmya", then "Harini Sowmya asked")
                            or _INITIAL.fullmatch(word)
                            for word in given
                        )
                        and person_name(found) == found
                        and self.given_in_full(found)
                    ):
                        longer = found
                longer_core = [w for w in longer.split() if _bare(w) not in SUFFIXES]
                extra = longer_core[: -len(core)]
                if (
                    not introduced
                    and extra
                    and longer_core[-len(core) :] == core
                    and (
                        all(_INITIAL.fullmatch(w) or _INITIALS.fullmatch(w) for w in extra)
                        or any(_bare(w) in _PARTICLES for w in core)
                        # (or two surnames, "Sammut Briffa said" after "Aaron Sammut Briffa",
                        # where the text names nobody else by them)
                        or (
                            self.another_by_short_name is not None
                            and not self.another_by_short_name(" ".join(core), longer)
                        )
                    )
                ):
                    # "Carvajal de la Torre said", "Mr. Thangavel Murugan said" after "Ezequiel
                    # Carvajal de la Torre", "V. Thangavel Murugan": a surname with its
                    # particles, or a name the text gave after initials, is that person (but
                    # "Ali Khan" after "Muhammad Ali Khan" may be someone else: an outside
                    # review found a shopkeeper of that name beside the minister)
                    return longer, "person"
                # (an honorific before the name is no role: "Ms Nurul Asyikin" is still her, and
                # so is "Yang Berhormat Dato Amirul Hakim" the minister named in full before)
                titled = stripped.removesuffix(person).split()
                styled = all(_bare(w) in _HONORIFIC | _MALAY_STYLES for w in titled)
                if (titled and not styled) or introduced:
                    if person.lower() in self.by_given_names:
                        self.by_given_names[person.lower()] = None
                    return person, "person"
                return self.by_given_names.get(person.lower()) or person, "person"
            surname = " ".join(core).lower()
            # ("Van der Merwe-Sithole said" after "A Name van der Merwe-Sithole said": the
            # surname without its particles, as the book keeps it.)
            full = self.by_surname.get(surname) or self.by_surname.get(core[-1].lower())
            if full is None and self.lookup is not None:
                # Asked once per surname: an unknown one ("Pixelwise") is remembered as such.
                full = self.by_surname[surname] = self.lookup(" ".join(core), ())
            honorific = honorific_of(stripped)
            by_first = self.by_first_name.get(surname)
            check = self.another_by_first_name
            if by_first and check is not None and check(" ".join(core), by_first):
                by_first = None  # "One pupil, Ahmed, 11,": someone else of that first name
            # (a family name first, before a given name in two joined parts, "Hsieh Pao-Hsiang",
            # "Kim Ji-won": "Ms Hsieh" is her by the first word)
            family_first = bool(by_first) and _FAMILY_NAME_FIRST.fullmatch(by_first) is not None
            if by_first is None and surname in self.by_first_name and self.named_last is not None:
                # ("Kim said" after "Kim Sung-ho" and "Kim Min-ji" spoke: of the speakers whose
                # family name comes first, the one the sentences before last gave words to or
                # opened with; see `named_last`)
                rivals = [
                    p
                    for p in self.people_by_given_word.get(surname, ())
                    if p.split()[0].lower() == surname and _FAMILY_NAME_FIRST.fullmatch(p)
                ]
                by_first = self.named_last(rivals) if len(rivals) >= 2 else None
                sex = "he" if honorific in _HE else "she" if honorific in _SHE else ""
                if by_first and sex and not self.fits(sex, by_first):
                    by_first = ""  # ("Mr. Kim said" when the one named last is a "she")
                family_first = bool(by_first)
                full = by_first if by_first is not None else full
            if by_first and (not honorific or honorific in _BEFORE_A_GIVEN_NAME or family_first):
                # "Marloes said" after "Marloes van Houtem said"; but with a surname too that
                # the text gives someone ("Striker Kieran Thomas" and "Thomas Baxter"), who is
                # meant is not known: the word as written.
                full = by_first if not full or full == by_first else ""
            pronoun = "he" if honorific in _HE else "she" if honorific in _SHE else ""
            people = self.people_of_surname.get(core[-1].lower(), [])
            if len(people) >= 2 and full in people:
                # Two speakers of one surname ("Gwilym Tasker", "his wife, Maureen Tasker"):
                # "Mrs Tasker" is the one the text calls "she"; a bare "Tasker" is either.
                told_apart = [p for p in people if pronoun and self._pronoun(p) == pronoun]
                if pronoun and len(told_apart) != 1:
                    # ("Mrs Kinyanjui" after "her son, Samuel Kinyanjui": the one who is no "he")
                    told_apart = [p for p in people if self._pronoun(p) in ("", pronoun)]
                full = told_apart[0] if len(told_apart) == 1 else ""
                title = stripped.split()[0]
                titled = _bare(title) in _TITLE_WORDS and self.titled_full_name is not None
                if not full and not pronoun and titled:
                    # "Rep. Kettleborough", "Sen. Kettleborough": as the text gave them.
                    full = self.titled_full_name(title, core[-1])
            if full and pronoun and not self.fits(pronoun, full) and self.lookup is not None:
                # "Mrs Tasker" after "Mr Tasker" was Gwilym Tasker: the other Tasker the text
                # names ("his wife, Maureen Tasker"), or no full name.
                other = self.lookup(" ".join(core), (full,))
                if other and self.fits(pronoun, other):
                    full = other
                # (With nobody else of that surname, the honorific is right and the pronoun
                # inferred before was not.)
            if full:
                if pronoun:
                    self.pronoun_of[full] = pronoun
                return full, "person"
            if len(core) >= 2:
                return person, "person"  # "van Houtem", "Ó Maolmhuaidh": a surname as written
            tokens = stripped.split()
            if introduced and len(tokens) == 1 and not full:
                # "Suwarno, 54, who leads the fishermen's group, said": one who goes by one
                # name, brought in with an age or a "who" (a "he" after him is his)
                return person, "person"
            if len(tokens) >= 2 and _bare(tokens[-2]) in _HONORIFIC | _BENCH:
                if pronoun:
                    self.pronoun_of.setdefault(person, pronoun)  # ("Mr. Kiprop" is a "he")
                return person, "person"  # "Mr Lang", "Mr Justice Carrivick", first named so
            if (
                len(tokens) >= 2
                and tokens[-2].islower()
                and _bare(tokens[-2]) in ROLE_WORDS
                and _bare(tokens[-2]) not in ORG_WORDS
                and not stripped.isupper()
            ):
                # "Village head Sutrisno": one who goes by one name, brought in with a role
                # (a "he" after him is his)
                return person, "person"
        elif _capitalised(stripped) and _bare(stripped) in _SURNAME_STYLES:
            # "Bishop said" after "The Rev. Anne Bishop said": a style the text gave someone
            # as a surname is that person
            full = self.surname_in_full(stripped)
            if full:
                return full, "person"
        return organisation(stripped), "body"

    def forget_roles_in(self, text: str) -> None:
        """Forget the unnamed speakers of the roles `text` gives a named person (not the one
        `text` brings in itself: "A spokesperson for the bureau said the mayor had been briefed
        before she posted")."""
        if self.unnamed_by_role:
            lowered = text.lower()
            for role, speaker in list(self.unnamed_by_role.items()):
                if role in lowered and speaker.lower() not in lowered:
                    del self.unnamed_by_role[role]

    def remember(self, speaker: str, kind: str) -> None:
        if kind == "person":
            self.remember_person(speaker)
        elif kind == "body" and speaker:
            words = speaker.split()
            # ("A spokesperson for the department", "A senior official in the Finance
            # Department": the role word within the first words, the head of the phrase; not
            # "An official report by the auditor")
            role = _heading_role(words, _UNNAMED_ROLES, _AFTER_A_SOURCE, 6, last=True)
            # (one: "A spokesperson for …", "A person familiar with …"; or a few: "Two
            # senior officials who …", later "the officials")
            one = words[0].lower() in ("a", "an") and not role.endswith(("s", "people"))
            few = words[0].lower() in _FEW and role.endswith(("s", "people"))
            if role and (one or few):
                self.unnamed_by_role[role] = speaker
            elif role:
                # "The operator's spokesperson", "One official": another of that role, who
                # "the spokesperson" may be as well; nobody to name.
                self.unnamed_by_role.pop(role, None)
            if one_person(speaker):
                # "A company spokeswoman said …", then "She added …": the one person who spoke,
                # named as the article names her (only right after: see _person_near).
                pronoun = pronoun_of_role(_one_persons_role(speaker))
                if pronoun:
                    self.pronoun_of.setdefault(speaker, pronoun)
            else:
                # "It said …" after "Kestrelgate said …": the body as first named in full
                # ("Kestrelgate Power Distribution Plc"), as a later "The commission" is the
                # commission named before.
                if _bare(speaker.split()[-1]) in FIRM_FORM_WORDS:
                    self.firm = speaker
                self.last_group = self._in_full(speaker) or speaker
                if not _A_TEXT.search(speaker):
                    self.last_body = self.last_group
                words = _without_level(speaker.lower().removeprefix("the ")).split()
                if words:
                    self.body_by_first_word[words[0]] = speaker
                    self.body_by_last_word[words[-1]] = speaker

    def _in_full(self, short: str) -> str:
        words = short.lower().removeprefix("the ")
        if not words:
            return ""
        for body in (
            self.body_by_first_word.get(words.split()[0]),
            self.body_by_last_word.get(words.split()[-1]),
        ):
            # ("The department" is the state Department of Transportation named before)
            full = _without_level(body.lower().removeprefix("the ")) if body else ""
            if full.endswith(f" for {words}"):
                continue  # ("Brushwick did not respond" after "A spokeswoman for Brushwick")
            if full != words and (full.startswith(words + " ") or full.endswith(" " + words)):
                # (the body, not its document: "figures from the Quillmouth Police Department")
                document = _DOCUMENT_OF_A_BODY.match(body)
                return body[document.end() :] if document else body
        if words in ("company", "firm") and (self.firm or self.body_in_text is not None):
            # ("It said …" after "The company said …": the firm named by its legal form, as a
            # speaker or in the text before, "Tarnovia Bus SA")
            return self.firm or self.body_in_text("company")
        if " " not in words and words in ORG_WORDS and self.body_in_text is not None:
            return self.body_in_text(words)  # ("It said …" after "The department said …")
        return ""


# A dateline of a place in capitals and a full stop before the subject: "KAMPALA. The …".
# (not a label's, "NOTE. The …"; nor a title's in capitals, "SEN. A NAME": see `name`)
_PLACE_AND_STOP = re.compile(
    rf"(?!(?:{'|'.join(sorted(LABELS_IN_CAPITALS))})\.){DATELINE_PLACE}\. (?=[A-Z])"
)
# A release's numbered paragraph before its subject: "4. Minister A Name said: …".
_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}\. (?=[A-Z])")
# A release's dateline and its wire before the issuer: "TORONTO, Feb. 10, 2027 /PRNewswire/ --",
# "HAMILTON, Bermuda--(A NEWSWIRE)--".
_RELEASE_WIRE = re.compile(r"[^-]{0,60}?(?:/[^/]{2,30}/\s*--|--\s*\([^)]{2,40}\)\s*--)\s*")
_FAMILY_NAME_FIRST = re.compile(r"[A-Z][a-z]{1,7} [A-Z][a-z]+-[A-Za-z][a-z]+")
_DOCUMENT_OF_A_BODY = re.compile(
    rf"(?i:(?:the |a |an )?(?:[\w'’-]+ )?(?:{'|'.join(sorted(DOCUMENT_WORDS))}) (?:from|by|of) )"
)


# A text named in passing, which speaks for its issuer: "a statement", "the post" ("The report
# said … It found …" is the report's: a text named so is a source of its own).
_A_TEXT = re.compile(r"^(?:[Aa]n? (?:\w+ )?(?:statement|post)|[Tt]he post)$")


def _without_level(name: str) -> str:
    """A body's name (lower case) without the level of government before it."""
    first, _, rest = name.partition(" ")
    return rest if first in _LEVELS and rest else name


# A podcast page's transcript line: the speaker's name and the time of the turn below it
# ("A Name  00:41", "Dr A Name (12:03)").
_TIMED_SPEAKER = re.compile(
    r"((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){1,3})\s+[(\[]?(\d{1,2}(?::\d{2}){1,2})[)\]]?"
)


def timed_speakers(lines: list[str]) -> dict[int, str]:
    """The lines of a podcast page's transcript that give the next turn's speaker and its time
    ("A Name  00:41"), as {index: the person's name}. None ({}) unless they are a recording's
    turns: three lines at least, the first person named (the host) twice, and times that run
    on from 0:00, or from later under a page's word that it is a transcript (a live page's
    "Kelby North  01:40" or "A Name  00:04" after midnight is a clock's, not a recording's; a
    race's "A Name  1:10:42" a split)."""
    found: dict[int, str] = {}
    times: list[int] = []
    for index, line in enumerate(lines):
        if len(line) > 60 or ":" not in line:
            continue
        m = _TIMED_SPEAKER.fullmatch(line.strip())
        person = person_name(m.group(1)) if m else ""
        if person and len(person.split()) >= 2 and m.group(1).endswith(person):
            found[index] = person
            clock = [int(part) for part in m.group(2).split(":")]
            times.append(sum(part * 60**k for k, part in enumerate(reversed(clock))))
    names = list(found.values())
    if len(names) < 3 or names.count(names[0]) < 2 or times != sorted(times):
        return {}
    first = min(found)
    if times[0] and not any("transcript" in line.lower() for line in lines[:first]):
        return {}  # a clock's "A Name  00:04" on a live page: a recording starts at 0:00
    return found
