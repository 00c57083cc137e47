import pytest

from claimreview.text import segment, split_text
from tests.text.labelled_new8 import CASES as NEW8_CASES
from tests.text.labelled_new9 import CASES as NEW9_CASES
from tests.text.labelled_new10 import CASES as NEW10_CASES
from tests.text.labelled_new12 import CASES as NEW12_CASES
from tests.text.labelled_new14 import CASES as NEW14_CASES
from tests.text.labelled_new15 import CASES as NEW15_CASES
from tests.text.labelled_new16 import CASES as NEW16_CASES
from tests.text.labelled_new17 import CASES as NEW17_CASES
from tests.text.labelled_new18 import CASES as NEW18_CASES
from tests.text.labelled_new19 import CASES as NEW19_CASES
from tests.text.labelled_new20 import CASES as NEW20_CASES
from tests.text.labelled_new21 import CASES as NEW21_CASES
from tests.text.labelled_new22 import CASES as NEW22_CASES
from tests.text.labelled_new23 import CASES as NEW23_CASES
from tests.text.labelled_new24 import CASES as NEW24_CASES
from tests.text.labelled_new25 import CASES as NEW25_CASES
from tests.text.labelled_new26 import CASES as NEW26_CASES
from tests.text.labelled_new27 import CASES as NEW27_CASES
from tests.text.labelled_new28 import CASES as NEW28_CASES
from tests.text.labelled_new29 import CASES as NEW29_CASES
from tests.text.labelled_new30 import CASES as NEW30_CASES
from tests.text.labelled_new31 import CASES as NEW31_CASES
from tests.text.segmentation_cases import CASES
from tests.text.segmentation_new import CASES as NEW_CASES
from tests.text.segmentation_new2 import CASES as NEW2_CASES
from tests.text.segmentation_new3 import CASES as NEW3_CASES
from tests.text.segmentation_new4 import CASES as NEW4_CASES

# Cases only scored, not asserted, each in conflict with other cases or rules:
# - "The recording stops mid-sentence . . . The rest …" wants a boundary after the spaced
#   ellipsis; pySBD's golden rule 50 ("the thing is . . . I didn't mean it") wants none.
# - "lack vitamin D. Doctors …" wants one after a letter that follows a lower-case word;
#   "written by G. H. Pellingham", "minister K. Raghunandan" want none.
# - "three demands: 1. Publish …" wants a list's items cut after a colon; a list is only
#   recognised where its block opens with the first marker.
_IN_CONFLICT = {"n14-spaced-ellipsis-end", "s3-vitamin-d-end", "s3-numbered-inline"}
# A company's officer after its suffix ("… Kestrel Ridge Corp. Chief Executive A Name
# announced") reads like a new sentence opening with a title ("… Brightwater Ltd. Chief
# executive Dana Moss said"): an outside review found five of the second kind, so it is scored,
# not asserted.
_IN_CONFLICT |= {"s4-corp-before-title-us"}
# - "Back louder than ever, C. 🎤 #teamcalista" wants the hashtag kept with its post; the
#   post pages of new20 want a post's hashtags after its last stop as an item of their own.
# - "What happens next Families will receive …" wants a subheading cut from the paragraph it
#   was pasted onto without a stop; nothing but the words tells where (not solved, scored).
_IN_CONFLICT |= {"n25-initial-emoji-hashtag", "n23-glued-subhead"}
# - "… Media Pte. Ltd. Co. Regn. No. 202601847K." wants "Ltd." to go on before "Co."; every
#   other set ends a sentence at "Ltd." before a capital (not solved, scored).
_IN_CONFLICT |= {"n29-regn-no"}
# - "… campaigners say… more", "… why he was… See more" want a phone's toggle kept with the line
#   it cut short; new122's four cases and two held-out sets' (heldout32, heldout48) want it a
#   sentence of its own, as round forty-eight built (scored, not asserted).
_IN_CONFLICT |= {"n19-ellipsis-more", "n21-see-more-truncation"}
TUNING_CASES = [
    case
    for case in [
        *NEW_CASES,
        *NEW2_CASES,
        *NEW8_CASES,
        *NEW9_CASES,
        *NEW10_CASES,
        *NEW12_CASES,
        *NEW15_CASES,
        *NEW16_CASES,
        *NEW17_CASES,
        *NEW18_CASES,
        *NEW19_CASES,
        *NEW20_CASES,
        *NEW21_CASES,
        *NEW22_CASES,
        *NEW23_CASES,
        *NEW24_CASES,
        *NEW25_CASES,
        *NEW26_CASES,
        *NEW27_CASES,
        *NEW28_CASES,
        *NEW29_CASES,
        *NEW30_CASES,
        *NEW31_CASES,
        *NEW14_CASES,
        *NEW3_CASES,
        *NEW4_CASES,
    ]
    if case[0] not in _IN_CONFLICT
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_news_segmentation(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


# The cases written for issue 13 (abbreviations that end a sentence, designations, datelines,
# questions in quotes); their held-out part is only scored, never asserted while tuning.
@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in TUNING_CASES], ids=[c[0] for c in TUNING_CASES]
)
def test_news_segmentation_new_cases(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ban is in force in Washington, D.C. Lawmakers want it extended.",
         ["The ban is in force in Washington, D.C.", "Lawmakers want it extended."]),
        ("She moved to Dover, Del. in 2019.", ["She moved to Dover, Del. in 2019."]),
        ("The dam supplies 1.4 million people.[4] It was built in 1961.[5][6]",
         ["The dam supplies 1.4 million people.[4]", "It was built in 1961.[5][6]"]),
        ("Penrow Labs Inc. (NYSE: PNRW), a maker of sensors, reported a loss.",
         ["Penrow Labs Inc. (NYSE: PNRW), a maker of sensors, reported a loss."]),
        ("Why did the ferries stop? (Harbour Gazette)",
         ["Why did the ferries stop? (Harbour Gazette)"]),
        ("Did it work? (It did.) Nobody asked again.",
         ["Did it work?", "(It did.)", "Nobody asked again."]),
        ("^ a b Venn, R. (2021). Rivers of the north. p. 12. Retrieved 3 May 2026.",
         ["^ a b Venn, R. (2021). Rivers of the north. p. 12. Retrieved 3 May 2026."]),
        ("The minister, Barr. Ada Obi, spoke first.", ["The minister, Barr. Ada Obi, spoke first."]),
        # A designation's words before "No." only where its code ends the line.
        ("The fine was imposed on Dorran & Co. Regn. No. 4471 is printed on its invoices.",
         ["The fine was imposed on Dorran & Co.", "Regn. No. 4471 is printed on its invoices."]),
        ("Boats on the beach at dawn (Image: Ada Obi/Harbour Post)",
         ["Boats on the beach at dawn", "(Image: Ada Obi/Harbour Post)"]),
        ("Prices rose 4% (source: the statistics office)",
         ["Prices rose 4% (source: the statistics office)"]),
        # (round twenty-three) an ad slot's label a paste ran into the next paragraph
        ("ADVERTISEMENT He said 41 mills were idle.", ["ADVERTISEMENT", "He said 41 mills were idle."]),
        ("ADVERTISEMENT “We are not profiteers,” he said.",
         ["ADVERTISEMENT", "“We are not profiteers,” he said."]),
        ("ADVERTISEMENT STANDARDS BOARD FINES BREWER", ["ADVERTISEMENT STANDARDS BOARD FINES BREWER"]),
        ("ADVERTISEMENT KELLWORTH, March 3 (Wirefeed) - The bank held its rate at 6.5%.",
         ["ADVERTISEMENT", "KELLWORTH, March 3 (Wirefeed) - The bank held its rate at 6.5%."]),
        # Titles before names (Tamil, Indonesian police, Buddhist clergy), Santo before a place
        # after a place's word, and a strip's line that ends in "in" is no wrapped sentence.
        ("Engineer Tmt. G. Anbarasi said the tank was full.",
         ["Engineer Tmt. G. Anbarasi said the tank was full."]),
        ("Spokesman Sr. Comr. Arief Kusuma said police had questioned the captain.",
         ["Spokesman Sr. Comr. Arief Kusuma said police had questioned the captain."]),
        ("The incumbent, Ven. Kotagama Thero, said the name had been dragged through the mud.",
         ["The incumbent, Ven. Kotagama Thero, said the name had been dragged through the mud."]),
        ("The bus fell into a ravine in Barangay Sto. Niño Ilaya early Sunday.",
         ["The bus fell into a ravine in Barangay Sto. Niño Ilaya early Sunday."]),
        ("E-Paper   Subscribe   Sign in\nUSD 281.40   GBP 362.15",
         ["E-Paper   Subscribe   Sign in", "USD 281.40   GBP 362.15"]),
        # An address on a line of its own after a full stop opens a sentence in small letters.
        ("Julian Pokorny is the courts reporter.\njpokorny@stellburne.example",
         ["Julian Pokorny is the courts reporter.", "jpokorny@stellburne.example"]),
        ("Email him at jp@stellburne.example. he said", ["Email him at jp@stellburne.example. he said"]),
    ],
)  # fmt: skip
def test_round_three_shapes(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


def test_there_are_at_least_120_cases():
    assert len(CASES) >= 120
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_spans_are_exact_offsets(text, expected):
    for span in segment(text):
        piece = text[span.start : span.end]
        assert piece == piece.strip()
        assert piece


def test_paragraph_numbers_count_blocks():
    text = "Headline here\n\nFirst para. Still first.\n\nSecond para.\nRead more: elsewhere"
    assert [s.paragraph for s in segment(text)] == [1, 2, 2, 3, 4]


def test_a_named_attribution_after_a_quoted_question_and_a_tag_before_a_score_line():
    assert split_text("“Is that fair?” Councillor Ann Lee asked. Nobody answered.") == [
        "“Is that fair?” Councillor Ann Lee asked.",
        "Nobody answered.",
    ]
    # A capital that opens no attribution starts a sentence.
    assert split_text("“Is that fair?” The room fell silent.") == [
        "“Is that fair?”",
        "The room fell silent.",
    ]
    assert split_text("“Why?” He said nothing more.") == ["“Why?”", "He said nothing more."]
    assert split_text("90+4' GOAL! Rovers 2-2 Athletic (Ollie Strand, 90+4')") == [
        "90+4' GOAL! Rovers 2-2 Athletic (Ollie Strand, 90+4')"
    ]
    # A sentence after the tag is a sentence of its own.
    assert split_text("WIN! Call 0800 555 947 for a chance to win a voucher.") == [
        "WIN!",
        "Call 0800 555 947 for a chance to win a voucher.",
    ]
    assert split_text("Quote Ref. No. CR-2026-0412 or call ext. 14. Lines close at noon.") == [
        "Quote Ref. No. CR-2026-0412 or call ext. 14.",
        "Lines close at noon.",
    ]


def test_a_quoted_question_before_a_new_sentence_of_reporting_and_a_small_no():
    assert split_text("“What happened?” Police said the driver had lost control.") == [
        "“What happened?”",
        "Police said the driver had lost control.",
    ]
    assert split_text("Voters said no. M25 widening will now be shelved.") == [
        "Voters said no.",
        "M25 widening will now be shelved.",
    ]
    assert split_text("Registered charity no. SC007814") == ["Registered charity no. SC007814"]


@pytest.mark.parametrize(
    "line",
    [
        "Journal reference: Quarrie T, Odumosu L, Brandt K. Hedge width and dormouse nests."
        " Mammal Ecol Lett. 2026;7(1):12-19.",
        "3. Okonjo-Ferris B, et al. Night buses and shift workers: a survey. Transp Rev."
        " 2025;31(2):88-97.",
        "[2] Varga I, Lund P. School meals and attendance. Educ Health. 2026. DOI: 10.1234/eh.7",
        "Pellow, R., Ashdown, K. J. & Mbatha, S. (2026) Salt marsh carbon at three sites."
        " Coastal Letters 9: 41–52.",
        "Ines Quarrie, Tomas Odumosu, et al. Hedge width and dormice. Mammal Reports, 2026; 7"
        " (2): 114 DOI: 10.5577/mr.2026.0219",
        "University of Kelby. (2026, May 6). Hot nights cut sleep. Findings Wire. Retrieved May"
        " 7, 2026 from www.findings.example/r/1.htm",
        "University of Kelby. “Hot nights cut sleep.” Findings Wire, 6 May 2026."
        " <www.findings.example/r/1.htm>.",
    ],
)
def test_a_reference_to_a_paper_is_one_item(line):
    assert split_text(line) == [line]


def test_a_time_zone_after_pm_and_rt_before_hon_end_no_sentence():
    assert split_text(
        "The warning was issued at 3:40 p.m. AEDT. Residents were told to leave."
    ) == [
        "The warning was issued at 3:40 p.m. AEDT.",
        "Residents were told to leave.",
    ]
    assert split_text("Rt. Hon. Modupe Alagbe presided. The vote was 19 to 3.") == [
        "Rt. Hon. Modupe Alagbe presided.",
        "The vote was 19 to 3.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (places with their state codes, and a person's initial, are no authors)
        (
            "Seattle WA, Portland OR. The tour ends in 2026.",
            ["Seattle WA, Portland OR.", "The tour ends in 2026."],
        ),
        ("Smith J. Brown said the plan failed. It was 2025.", None),
        (
            "1. Prices rose 4% in 2026; wages fell. 2. Rents rose.",
            ["1. Prices rose 4% in 2026; wages fell.", "2. Rents rose."],
        ),
    ],
)
def test_lines_that_only_look_like_references_still_split(text, expected):
    got = split_text(text)
    assert len(got) > 1 and (expected is None or got == expected)


def test_a_name_with_an_accented_capital_after_a_quoted_question():
    assert split_text("“Is that too much to ask?” Úna said. She left.") == [
        "“Is that too much to ask?” Úna said.",
        "She left.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (what the third review found the round's first tries at titles and time zones lost)
        (
            "The claim first aired on RT. The broadcaster is banned in the EU.",
            ["The claim first aired on RT.", "The broadcaster is banned in the EU."],
        ),
        (
            "The train terminates at Union Sta. Passengers must change for the airport.",
            ["The train terminates at Union Sta.", "Passengers must change for the airport."],
        ),
        (
            "The call came in at 11 p.m. Sgt. Maria Lopez said the suspect had fled on foot.",
            ["The call came in at 11 p.m.", "Sgt. Maria Lopez said the suspect had fled on foot."],
        ),
        (
            "Doors open at the hall at 6 p.m. Eat before you come, organisers said.",
            ["Doors open at the hall at 6 p.m.", "Eat before you come, organisers said."],
        ),
        (
            "Storm kills 3 in Kelby • Minister resigns over cuts • Rail strike called off",
            ["Storm kills 3 in Kelby", "• Minister resigns over cuts", "• Rail strike called off"],
        ),
        (
            "Published 2 hours ago • Police say two men were arrested after a stabbing in Kelby",
            [
                "Published 2 hours ago",
                "• Police say two men were arrested after a stabbing in Kelby",
            ],
        ),
        (
            "Hannah Obi et al. reported in the Kelby Medical Journal (DOI: 10.5555/kmj.2026.114)"
            " that the drug cut deaths by a third. The trial enrolled 4,000 patients.",
            [
                "Hannah Obi et al. reported in the Kelby Medical Journal (DOI: 10.5555/kmj.2026.114)"
                " that the drug cut deaths by a third.",
                "The trial enrolled 4,000 patients.",
            ],
        ),
        (
            "Meet Sarah Quinn. “I never planned to run for mayor,” Quinn told the Courier in an"
            " interview you can watch at www.courier.example/quinn. She won by 412 votes.",
            [
                "Meet Sarah Quinn.",
                "“I never planned to run for mayor,” Quinn told the Courier in an interview you"
                " can watch at www.courier.example/quinn.",
                "She won by 412 votes.",
            ],
        ),
    ],
)
def test_titles_time_zones_strips_and_references_found_too_wide_stay_apart(text, expected):
    assert split_text(text) == expected


def test_a_strip_of_furniture_with_bullets_inside_it_is_one_line_but_a_bulleted_list_is_not():
    strip = "Published Nov 18, 2026 • Last updated 2 hours ago • 4 minute read"
    assert split_text(strip) == [strip]
    assert split_text("Listen • 11:48") == ["Listen • 11:48"]
    assert split_text("Key points • Fares rise by 5% from May. • Two routes are cut.") == [
        "Key points",
        "• Fares rise by 5% from May.",
        "• Two routes are cut.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "No." as the answer, before a word (a number's designation has digits or a numeral).
        ("MAYOR: No. I'm not going to guess.", ["MAYOR: No.", "I'm not going to guess."]),
        ("Did he agree? No. He walked out.", ["Did he agree?", "No.", "He walked out."]),
        ("Vol. I of the series is out.", ["Vol. I of the series is out."]),
        ("The plot, No. A-114, was sold.", ["The plot, No. A-114, was sold."]),
        # The pronoun "I" after a lower-case word ends the sentence; an initial does not.
        (
            "My father went there and so did I. Shame on them.",
            ["My father went there and so did I.", "Shame on them."],
        ),
        ("Photo by I. Marsh.", ["Photo by I. Marsh."]),
        ("Gloria I. Vance spoke.", ["Gloria I. Vance spoke."]),
        # "& Co." is a company's suffix; "Co. Kerry" a county; "& Co. KG" one company.
        (
            "The deal went to Harkwell & Co. Work starts soon.",
            ["The deal went to Harkwell & Co.", "Work starts soon."],
        ),
        ("She farms in Co. Kerry now.", ["She farms in Co. Kerry now."]),
        ("Vossberg GmbH & Co. KG bought it.", ["Vossberg GmbH & Co. KG bought it."]),
        # More time zones after "a.m."/"p.m.".
        (
            "The ferry left at 7:05 a.m. PHT on Sunday.",
            ["The ferry left at 7:05 a.m. PHT on Sunday."],
        ),
    ],
)
def test_answers_pronouns_and_company_suffixes(text, expected):
    assert split_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Assoc. Prof. Ana Lund led it. It took a year.",
            ["Assoc. Prof. Ana Lund led it.", "It took a year."],
        ),
        (
            "The levy rises 2.4 p.c. Owners pay more.",
            ["The levy rises 2.4 p.c.", "Owners pay more."],
        ),
        (
            "Write to 4 Mill St., Ste. 300, Ashby. We reply.",
            ["Write to 4 Mill St., Ste. 300, Ashby.", "We reply."],
        ),
        ("Quote ref. TR/2026/041 in your reply.", ["Quote ref. TR/2026/041 in your reply."]),
        (
            "“Forward!” — the chant went up. Then quiet.",
            ["“Forward!” — the chant went up.", "Then quiet."],
        ),
        ("Kick-off is at 4 p.m. WAT today.", ["Kick-off is at 4 p.m. WAT today."]),
    ],
)
def test_titles_units_designations_and_a_dash_after_a_quoted_exclamation(text, expected):
    assert split_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was designed by architect I. M. Pei in 1978.",
            ["It was designed by architect I. M. Pei in 1978."],
        ),
        (
            "She is older than I. Then again, who cares.",
            ["She is older than I.", "Then again, who cares."],
        ),
        (
            "It went to Harcourt & Co. Solicitors, who act for them.",
            ["It went to Harcourt & Co. Solicitors, who act for them."],
        ),
        (
            "Work was done by Barrow & Co. Ltd and two firms.",
            ["Work was done by Barrow & Co. Ltd and two firms."],
        ),
    ],
)
def test_initials_and_firms_names_an_outside_review_found_cut(text, expected):
    assert split_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The choice was apt. 200 people came.", ["The choice was apt.", "200 people came."]),
        (
            "It opened at 7 p.m. ICT firm Brightwave paid for it.",
            ["It opened at 7 p.m.", "ICT firm Brightwave paid for it."],
        ),
    ],
)
def test_a_word_that_is_also_an_abbreviation_or_a_zone_ends_or_opens_a_sentence(text, expected):
    assert split_text(text) == expected


# Round fourteen's splits, from its tuning sets and three outside reviews (the reviews' cases
# are the ones where a first rule cut or glued a sentence).
ROUND_FOURTEEN_CASES = [
    # a headline's question and its kicker are one sentence; a prompt and its button, two
    ("kicker-what", "Related\n\nIs a weekend lie-in good for you? What sleep scientists say",
     ["Related", "Is a weekend lie-in good for you? What sleep scientists say"]),
    ("kicker-this", "Can a village buy its pub? This one just did",
     ["Can a village buy its pub? This one just did"]),
    # (but "Here's how …" after a question is a sentence of its own: round twenty-eight)
    ("kicker-heres", "Should you top up your pension? Here's how to decide",
     ["Should you top up your pension?", "Here's how to decide"]),
    ("prompt-button", "Already a member? Log in", ["Already a member?", "Log in"]),
    ("prompt-contact", "Got a story? Email news@valley.example",
     ["Got a story?", "Email news@valley.example"]),
    ("question-answer", "Why? The council ran out of money in 2024.",
     ["Why?", "The council ran out of money in 2024."]),
    ("quoted-question", "He asked: “Is it over?” The answer came fast.",
     ["He asked: “Is it over?”", "The answer came fast."]),
    ("question-claim", "Where is the money? The council says it has been spent",
     ["Where is the money?", "The council says it has been spent"]),
    # Santa and a station; a copyright sign after a stop; a numbered web reference
    ("santa", "Landslides hit the towns of Sta. Felomina and Sto. Niño, officials said.",
     ["Landslides hit the towns of Sta. Felomina and Sto. Niño, officials said."]),
    ("santa-after-verb", "The mayor visited Sta. Cruz on Monday.",
     ["The mayor visited Sta. Cruz on Monday."]),
    ("station", "The bus stops at Penn Sta. It leaves at 9.",
     ["The bus stops at Penn Sta.", "It leaves at 9."]),
    ("copyright-after-stop",
     "The Sentinel is a division of Pellucid Media Inc. © 2026 All rights reserved",
     ["The Sentinel is a division of Pellucid Media Inc.", "© 2026 All rights reserved"]),
    ("web-reference",
     "2. Headache Foundation. Migraine in numbers, 2025 edition. Accessed April 2, 2026.",
     ["2. Headache Foundation. Migraine in numbers, 2025 edition. Accessed April 2, 2026."]),
    ("numbered-item", "3. The archive was closed. It reopened in May.",
     ["3. The archive was closed.", "It reopened in May."]),
    ("retrieved-no-date", "2. Three staff were disciplined. Retrieved logs showed no theft.",
     ["2. Three staff were disciplined.", "Retrieved logs showed no theft."]),
    # a transcript in small letters splits at its stops, not after an abbreviation
    ("small-letters", ">> good evening. this is the bridge on county road 14. inspectors found cracks.",
     [">> good evening.", "this is the bridge on county road 14.", "inspectors found cracks."]),
    ("small-letters-abbreviations", "the shop opens at 9 a.m. on monday. mr. smith said so.",
     ["the shop opens at 9 a.m. on monday.", "mr. smith said so."]),
    # (a capital anywhere: a writer's text, whose small letters after a stop continue it; and
    # "a. b. c." is no transcript, a few words for each stop are)
    ("capital-somewhere", "It rained. and then it stopped.", ["It rained. and then it stopped."]),
    ("letters-only", "a. b. c. d.", ["a. b. c. d."]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in ROUND_FOURTEEN_CASES],
    ids=[c[0] for c in ROUND_FOURTEEN_CASES],
)
def test_round_fourteens_splits(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


# Round sixteen: a footnote mark after a stop, the last of a series of letters, a street's
# abbreviation before a dash, a "Cite as:" reference; and what must stay as it was.
ROUND_SIXTEEN_CASES = [
    ("footnote-mark", "Fees rose 8%, the board said.² Its chair called it fair.",
     ["Fees rose 8%, the board said.²", "Its chair called it fair."]),
    ("series-of-letters", "Evacuation is in effect for Zones A and B. Tap for details.",
     ["Evacuation is in effect for Zones A and B.", "Tap for details."]),
    ("series-of-three", "The plan covers Classes A, B and C. Each has 30 pupils.",
     ["The plan covers Classes A, B and C.", "Each has 30 pupils."]),
    ("firm-initials", "The houses were built by P and R. Hendry Ltd in 1962.",
     ["The houses were built by P and R. Hendry Ltd in 1962."]),
    ("initials-kept", "The report was written by A. and B. Marrow in 2020.",
     ["The report was written by A. and B. Marrow in 2020."]),
    ("initial-kept", "It was signed by Jon F. Kelder on Monday.",
     ["It was signed by Jon F. Kelder on Monday."]),
    ("street-dash", "Pell Clinic, 210 Dunlavy St. — March 24, 9 a.m. to 1 p.m.",
     ["Pell Clinic, 210 Dunlavy St. — March 24, 9 a.m. to 1 p.m."]),
    ("cite-as", "Cite as: Orrin, I. and Vell, P. (2026) The Gap. London: Kell Institute.\nFunded by the Trust.",
     ["Cite as: Orrin, I. and Vell, P. (2026) The Gap. London: Kell Institute.",
      "Funded by the Trust."]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in ROUND_SIXTEEN_CASES],
    ids=[c[0] for c in ROUND_SIXTEEN_CASES],
)
def test_round_sixteens_splits(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We didn't. That's the series.", ["We didn't.", "That's the series."]),
        ("It isn't. That's the point.", ["It isn't.", "That's the point."]),
        ("Ask for Mary O’T. Brennan.", ["Ask for Mary O’T. Brennan."]),
        ("(UNO) Md. Shafiqul Islam said so.", ["(UNO) Md. Shafiqul Islam said so."]),
        (
            "The firm is based in Bethesda, Md. The company employs 40 people.",
            ["The firm is based in Bethesda, Md.", "The company employs 40 people."],
        ),
        ("“No,” Sec. Dacanay-Villarba said.", ["“No,” Sec. Dacanay-Villarba said."]),
        (
            "Audience award: Harbour Lights Out, dir. Owain Tregidgo",
            ["Audience award: Harbour Lights Out, dir. Owain Tregidgo"],
        ),
        (
            "It had contributed to the fall (paras. 44-46).",
            ["It had contributed to the fall (paras. 44-46)."],
        ),
        ("Signed ..............  Lord Mayor", ["Signed ..............  Lord Mayor"]),
        ("Well.... That was that.", ["Well....", "That was that."]),
        (
            "Heronsbay Logistics Pte. Ltd., which handled freight.",
            ["Heronsbay Logistics Pte. Ltd., which handled freight."],
        ),
    ],
)
def test_round_seventeens_splits(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (an outside review: a quotation's short opening words stay with the rest, and an
        # abbreviation with an apostrophe is no contraction)
        (
            "'He wasn't. He was at home with us,' said his mother, Carol Pierce.",
            ["'He wasn't. He was at home with us,' said his mother, Carol Pierce."],
        ),
        (
            "The contract went to the Gov't. Accountability Office for review.",
            ["The contract went to the Gov't. Accountability Office for review."],
        ),
        ("Sup't. James Ferro said so.", ["Sup't. James Ferro said so."]),
        (
            "Tanjong Marine Pte. The firm said talks had failed.",
            ["Tanjong Marine Pte.", "The firm said talks had failed."],
        ),
        (
            "The Interior Sec. The department said crossings fell.",
            ["The Interior Sec.", "The department said crossings fell."],
        ),
    ],
)
def test_round_seventeens_splits_after_its_reviews(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a private's rank before the name; a company's "Pte." after its name ends a sentence
        (
            "The inquest into the death of Pte. Kieran Abley opened. He said Pte. Abley died.",
            ["The inquest into the death of Pte. Kieran Abley opened.", "He said Pte. Abley died."],
        ),
        (
            "The yard belongs to Tanjong Marine Pte. The firm has 40 staff.",
            ["The yard belongs to Tanjong Marine Pte.", "The firm has 40 staff."],
        ),
        # a result's "def." stands between two players
        (
            "Semifinal: Zaldo def. Greta Thorne 6-1, 6-2.",
            ["Semifinal: Zaldo def. Greta Thorne 6-1, 6-2."],
        ),
        # a clock's place and date go on with it; a clear opener still starts a sentence
        ("She spoke at 8 a.m. UK time on Monday.", ["She spoke at 8 a.m. UK time on Monday."]),
        (
            "A status conference is set for 10 a.m. Sept. 3.",
            ["A status conference is set for 10 a.m. Sept. 3."],
        ),
        (
            "The vote was at 9 a.m. Crews left at noon.",
            ["The vote was at 9 a.m.", "Crews left at noon."],
        ),
        # a court's citation and a rule's number
        (
            "In Abbot v. Lane Co., 88 F.4th 902 (8th Cir. 2023), and (8th Cir. Aug. 11, 2026), it held so.",
            [
                "In Abbot v. Lane Co., 88 F.4th 902 (8th Cir. 2023), and (8th Cir. Aug. 11, 2026), it held so."
            ],
        ),
        (
            "Permission may be sought under CPR r. 52.21 this week.",
            ["Permission may be sought under CPR r. 52.21 this week."],
        ),
    ],
)
def test_ranks_results_clocks_and_citations_keep_their_stops(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


# From the outside review of this round's abbreviations: sentences that must stay apart.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polls closed at 10 p.m. Last time, the count took two days.",
            ["Polls closed at 10 p.m.", "Last time, the count took two days."],
        ),
        (
            "Kick-off was at 7:45 p.m. Extra time was needed after a 1-1 draw.",
            ["Kick-off was at 7:45 p.m.", "Extra time was needed after a 1-1 draw."],
        ),
        (
            "The council met at 10 a.m. Jan Kowal, the chairman, said the vote would be close.",
            [
                "The council met at 10 a.m.",
                "Jan Kowal, the chairman, said the vote would be close.",
            ],
        ),
        (
            "The talks ended at 11 p.m. Jan. 14 was set as the new deadline, negotiators said.",
            [
                "The talks ended at 11 p.m.",
                "Jan. 14 was set as the new deadline, negotiators said.",
            ],
        ),
        (
            "The contract went to Brightwater Intl. Shares rose 4% on the news.",
            ["The contract went to Brightwater Intl.", "Shares rose 4% on the news."],
        ),
        (
            "He was promoted to L/Cpl. In 2023 he served in Estonia.",
            ["He was promoted to L/Cpl.", "In 2023 he served in Estonia."],
        ),
        (
            "Her grandfather was a Pfc. Decades later she joined the same regiment.",
            ["Her grandfather was a Pfc.", "Decades later she joined the same regiment."],
        ),
        (
            "The report cites Article 14 of the Indian Const. Lawyers for the state disagreed.",
            [
                "The report cites Article 14 of the Indian Const.",
                "Lawyers for the state disagreed.",
            ],
        ),
        (
            "The payments were made to iFlex Pte. Regulators fined the firm S$2m in May.",
            ["The payments were made to iFlex Pte.", "Regulators fined the firm S$2m in May."],
        ),
        (
            "She told RTE. COVID-19 cases have since doubled.",
            ["She told RTE.", "COVID-19 cases have since doubled."],
        ),
        (
            "We had no props. I had to improvise, the director said.",
            ["We had no props.", "I had to improvise, the director said."],
        ),
        (
            "The bill was topped by Mos Def. The rapper played for ninety minutes.",
            ["The bill was topped by Mos Def.", "The rapper played for ninety minutes."],
        ),
    ],
)
def test_abbreviations_that_end_a_sentence_still_end_it(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry leaves at 5:40 a.m. Journey time to the mainland is 38 minutes.",
            ["The ferry leaves at 5:40 a.m.", "Journey time to the mainland is 38 minutes."],
        ),
        (
            "The vote is at 5 p.m. Tokyo time is 14 hours ahead, officials said.",
            ["The vote is at 5 p.m.", "Tokyo time is 14 hours ahead, officials said."],
        ),
        (
            "Stores reopen at 8 a.m. Dec. 26 falls on a Friday this year.",
            ["Stores reopen at 8 a.m.", "Dec. 26 falls on a Friday this year."],
        ),
        (
            "Doors open at 7 p.m. Sept. 3, 2026, is the first night of the run.",
            ["Doors open at 7 p.m.", "Sept. 3, 2026, is the first night of the run."],
        ),
        (
            "The deal closed at 4 p.m. Amsterdam time, the firm said.",
            ["The deal closed at 4 p.m. Amsterdam time, the firm said."],
        ),
        (
            "A warning is in force from 6 p.m. Jan. 20 until 9 a.m. Jan. 21.",
            ["A warning is in force from 6 p.m. Jan. 20 until 9 a.m. Jan. 21."],
        ),
    ],
)
def test_a_clocks_place_and_date_go_on_but_a_sentence_opening_with_them_does_not(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


def test_a_citys_time_goes_on_before_its_weekdays():
    text = "It closes at 4:30 p.m. Amsterdam time on Fridays."
    assert split_text(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles of Spanish and Portuguese copy before a name
        (
            "Dip. Marisol Quarrie said the bill had passed. Lic. Efrén Oddleigh welcomed it.",
            ["Dip. Marisol Quarrie said the bill had passed.", "Lic. Efrén Oddleigh welcomed it."],
        ),
        (
            "The director, Profa. Dra. Maria Quarrie, said it was saved.",
            ["The director, Profa. Dra. Maria Quarrie, said it was saved."],
        ),
        # a street and its number
        (
            "The council meets at 6 p.m. in the district office, Bahnhofstr. 4. The vote follows.",
            [
                "The council meets at 6 p.m. in the district office, Bahnhofstr. 4.",
                "The vote follows.",
            ],
        ),
        # a dateline's region, however abbreviated
        (
            "Orrelzaka, Nagano Pref. — The court on Thursday ordered the city to pay damages.",
            ["Orrelzaka, Nagano Pref. — The court on Thursday ordered the city to pay damages."],
        ),
        # (not a letter's sign-off or a reply before a dash: an outside review's layouts)
        ("Yours, Anna. — Anna Quarrie, Orrel", ["Yours, Anna.", "— Anna Quarrie, Orrel"]),
        (
            "Thanks, Mark. — Next question: will the bridge open on time?",
            ["Thanks, Mark.", "— Next question: will the bridge open on time?"],
        ),
        (
            "Ward 12, Ekurhuleni: ANC. — Turnout was 38 percent.",
            ["Ward 12, Ekurhuleni: ANC.", "— Turnout was 38 percent."],
        ),
        # a section's number opening its line; not a numeral ending a sentence
        ("II. Full houses, empty accounts", ["II. Full houses, empty accounts"]),
        (
            "The museum survived World War II. Then came the fire.",
            ["The museum survived World War II.", "Then came the fire."],
        ),
    ],
)
def test_round_twenty_ones_titles_streets_datelines_and_sections(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The money pays for 46 homes, incl. 19 on the cliff edge. Work starts in May.",
            ["The money pays for 46 homes, incl. 19 on the cliff edge.", "Work starts in May."],
        ),
        (
            "Premiums for small cars (Cat. A) fell 3.2%, while larger cars (Cat. B) rose.",
            ["Premiums for small cars (Cat. A) fell 3.2%, while larger cars (Cat. B) rose."],
        ),
        (
            "The centre opens Mon.–Fri. 10 a.m.–9 p.m. Entry is free.",
            ["The centre opens Mon.–Fri. 10 a.m.–9 p.m.", "Entry is free."],
        ),
        (
            "The paper appeared in Gut Microbe Rep. 2026;8(3):211-224. It was peer reviewed.",
            ["The paper appeared in Gut Microbe Rep. 2026;8(3):211-224.", "It was peer reviewed."],
        ),
    ],
)
def test_incl_a_brackets_designation_a_days_range_and_a_journals_volume(text, expected):
    assert split_text(text) == expected


def test_a_spanish_avenue_and_a_cause_lists_another_do_not_end_a_sentence():
    # (round twenty-four: "Av. Los Tamarugos" on a Chilean paper's footer, "& Anr. (W.P. No.
    # 5123 of 2025)" in an Indian High Court's case title)
    assert split_text("Editorial Norte SpA · Av. Los Tamarugos 1480, Antofagasta, Chile") == [
        "Editorial Norte SpA · Av. Los Tamarugos 1480, Antofagasta, Chile"
    ]
    text = "A Kumar & Ors. v. Sunrise Dairy Ltd. & Anr. (W.P. No. 5123 of 2025) was filed in May."
    assert split_text(text) == [text]
    # ("& Ors." may still end one before a sentence's opener)
    assert split_text("The writ was filed by Kumar & Ors. The court heard it on Monday.") == [
        "The writ was filed by Kumar & Ors.",
        "The court heard it on Monday.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round twenty-six) an Indian officer's "Dy." before the rank, a Texas dateline,
        # a Dutch company's "B.V." closing its copyright line before the reserved rights, and
        # a button after a prompt's question over the copyright line
        (
            "It was declared by the returning officer, Smt. Kavita Ranade, Dy. Collector "
            "(Elections). Counting took six hours.",
            [
                "It was declared by the returning officer, Smt. Kavita Ranade, Dy. Collector "
                "(Elections).",
                "Counting took six hours.",
            ],
        ),
        (
            "MARBLE FORK, Tex. — A former treasurer was sentenced on Tuesday.",
            ["MARBLE FORK, Tex. — A former treasurer was sentenced on Tuesday."],
        ),
        (
            "© 2026 Dijkhaven Media B.V. Alle rechten voorbehouden.",
            ["© 2026 Dijkhaven Media B.V.", "Alle rechten voorbehouden."],
        ),
        (
            "Already a paid subscriber? Sign in\n© 2026 A Name\nPrivacy ∙ Terms",
            ["Already a paid subscriber?", "Sign in", "© 2026 A Name", "Privacy ∙ Terms"],
        ),
    ],
)
def test_a_deputys_title_a_texas_dateline_a_dutch_company_and_a_button_after_a_prompt(
    text, expected
):
    assert split_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name of capitals goes on after "the U.S." ...
        (
            "The heaters can catch fire, the U.S. Consumer Product Safety Commission said.",
            ["The heaters can catch fire, the U.S. Consumer Product Safety Commission said."],
        ),
        # ... a sentence or a name starts after it
        (
            "He moved to the U.S. Later he became a citizen.",
            ["He moved to the U.S.", "Later he became a citizen."],
        ),
        (
            "She moved to the U.S. John Smith, her husband, followed.",
            ["She moved to the U.S.", "John Smith, her husband, followed."],
        ),
        # a partnership limited by shares after "& Co." is the same company
        (
            "Its parent, SV Hollerbrück 04 GmbH & Co. KGaA, said it had agreed to pay.",
            ["Its parent, SV Hollerbrück 04 GmbH & Co. KGaA, said it had agreed to pay."],
        ),
    ],
)
def test_a_body_after_the_us_and_a_kgaa_after_co(text, expected):
    assert split_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's line ends at a capital letter or before a byline in small letters ...
        (
            "Startup raises 12m in Series A\nCheryl Anand-Tan\nThe startup said it had raised 12m.",
            [
                "Startup raises 12m in Series A",
                "Cheryl Anand-Tan",
                "The startup said it had raised 12m.",
            ],
        ),
        (
            "Parents protest closure of Birchfield Elementary\nby Jaylen Pruett\nParents gathered.",
            [
                "Parents protest closure of Birchfield Elementary",
                "by Jaylen Pruett",
                "Parents gathered.",
            ],
        ),
        # ... a sentence wrapped before "by" or after "a" goes on
        (
            "The bill was introduced last year and backed\nby Senator Jane Smith and two others.",
            ["The bill was introduced last year and backed\nby Senator Jane Smith and two others."],
        ),
        ("He was given a\nwarning by the referee.", ["He was given a\nwarning by the referee."]),
    ],
)
def test_a_headlines_line_ends_at_a_capital_letter_or_a_small_byline(text, expected):
    assert split_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Malaysia's "Sdn. Bhd." is a company's suffix, as "Pty. Ltd." is: its registration
        # number goes on, a sentence opener after it starts the next sentence
        (
            "Copyright © 2026 Utara Media Sdn. Bhd. (198501004412).",
            ["Copyright © 2026 Utara Media Sdn. Bhd. (198501004412)."],
        ),
        (
            "The mill is owned by Seruling Sdn. Bhd. The firm said it would appeal.",
            ["The mill is owned by Seruling Sdn. Bhd.", "The firm said it would appeal."],
        ),
        ("It bought Kedah Bhd. in 2020.", ["It bought Kedah Bhd. in 2020."]),
    ],
)
def test_a_malaysian_companys_suffix(text, expected):
    assert split_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mexican titles before a name go on with it ("Ing.", "Mtra.", "Mtro.") ...
        (
            "AMAS director Ing. Raúl Zepeda Montoya said the utility was pumping less.",
            ["AMAS director Ing. Raúl Zepeda Montoya said the utility was pumping less."],
        ),
        (
            "Councilor Mtra. Itzel Barajas said 38% was lost.",
            ["Councilor Mtra. Itzel Barajas said 38% was lost."],
        ),
        # ... so does a dateline's state after a city in capitals, before its dash (not a
        # letter's sign-off, "Yours, Anna. — …")
        (
            "GUADALAJARA, Jal. – The agency will extend the cuts.",
            ["GUADALAJARA, Jal. – The agency will extend the cuts."],
        ),
        # a reference to a paper is one sentence, its title's full stop and all
        (
            "Source: Skjelbred G.M., Bergkvist A., et al. Rotating shifts and rhythm. "
            "J Card Rhythm Res. 2026;11(2):e004417.",
            [
                "Source: Skjelbred G.M., Bergkvist A., et al. Rotating shifts and rhythm. "
                "J Card Rhythm Res. 2026;11(2):e004417."
            ],
        ),
        (
            "Smith et al. found a link. The study ran in 2025.",
            ["Smith et al. found a link.", "The study ran in 2025."],
        ),
    ],
)
def test_mexican_titles_a_states_dateline_and_a_papers_reference(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a street's "St.", a capitalised word with small words after it opens a sentence
        (
            "Water was cut near its corner with Bosbok St. Traffic on Mohlware Road was diverted.",
            [
                "Water was cut near its corner with Bosbok St.",
                "Traffic on Mohlware Road was diverted.",
            ],
        ),
        (
            "The meeting is at its offices on Carrickslea St. Tea and sandwiches will be served.",
            [
                "The meeting is at its offices on Carrickslea St.",
                "Tea and sandwiches will be served.",
            ],
        ),
        # a saint's name goes on ("St. Mary Magdalene", "St. Patrick Street")
        (
            "The service was held at St. Mary Magdalene church.",
            ["The service was held at St. Mary Magdalene church."],
        ),
        (
            "The parade went past the old church on High St. Patrick Street was closed.",
            ["The parade went past the old church on High St. Patrick Street was closed."],
        ),
    ],
)
def test_a_streets_st_before_a_sentence(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


def test_mohammad_after_a_role_and_a_comma_goes_on_with_the_name():
    text = "The local member of parliament, Md. Mosharraf Hossain Dulal, wrote that he had asked."
    assert split_text(text) == [text]
    # (Maryland after its city still ends a sentence before an opener)
    assert len(split_text("It is based in Bethesda, Md. The company said it would appeal.")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Dutch engineer's "ir." and graduate's "drs.", written small; a Ugandan "Owek."
        (
            "Hydraulic engineer ir. Maarten Wiel said a dike would cost more. It was approved.",
            [
                "Hydraulic engineer ir. Maarten Wiel said a dike would cost more.",
                "It was approved.",
            ],
        ),
        ("The minister, drs. Cornelia Baan, wrote to the House.", None),
        ("The head of the clan, Owek. Yowana Ssempijja, says the land is theirs.", None),
        # (an emergency room's "ER." still ends a sentence)
        (
            "The clinic treated 40 patients in the ER. Doctors were tired.",
            ["The clinic treated 40 patients in the ER.", "Doctors were tired."],
        ),
    ],
)
def test_titles_in_small_letters_and_abroad_do_not_end_a_sentence(text, expected):
    assert [s.strip() for s in split_text(text)] == (expected or [text])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock's zone at a line's end is no word that goes on ("AT" is Atlantic Time, new70)
        (
            "Posted: Feb 13, 2026 4:12 PM AT | Updated: 6:05 PM AT\nShare   Facebook   X   Email",
            ["Posted: Feb 13, 2026 4:12 PM AT | Updated: 6:05 PM AT", "Share   Facebook   X   Email"],
        ),
        ("Published 9:30 a.m. ET\nThe ferry is late.", ["Published 9:30 a.m. ET", "The ferry is late."]),
        # (a preposition at a line's end still wraps)
        ("The ferry leaves at\nnine in the morning.", ["The ferry leaves at\nnine in the morning."]),
    ],
)  # fmt: skip
def test_a_time_zone_ends_its_line(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan was approved on 26 Mar. Members then voted to adjourn.",
            ["The plan was approved on 26 Mar.", "Members then voted to adjourn."],
        ),
        (
            "The fine was paid on 23 Feb. Haldenbrück Schienen says it will appeal.",
            ["The fine was paid on 23 Feb.", "Haldenbrück Schienen says it will appeal."],
        ),
        (
            "The report is due on Mar. 26 and will be public.",
            ["The report is due on Mar. 26 and will be public."],
        ),
        ("Ch. Sarfraz Ahmad told reporters the kilns were shut.", None),
        ("Pol. Gen. Somkiat Rattanaburi said 87 people had been arrested.", None),
        ("Prof. dr hab. Marek Ossowiecki said the rate doubled.", None),
        ("According to dr inż. Anna Kowal, the bridge is safe.", None),
        ("The office is at ul. Polna 12 in Lublin.", None),
        ("The motion was moved by Cr. Jane Hollis and passed.", None),
    ],
)
def test_a_date_written_day_first_ends_a_sentence_and_titles_abroad_do_not(text, expected):
    assert [s.strip() for s in split_text(text)] == (expected or [text])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street's kind after "Jr." never opens a sentence (review r38c)
        (
            "Route 22 serves Dr. Martin Luther King Jr. Blvd. and the college. It runs late.",
            [
                "Route 22 serves Dr. Martin Luther King Jr. Blvd. and the college.",
                "It runs late.",
            ],
        ),
        # a strip's separator after a short abbreviation goes on with the strip (new86)
        ("Brandwell, Man.  ·  Sunday, Aug. 16, 2026  ·  14°C", None),
        ("Oakvale Media Lda.  ·  NIPC 514 227 301  ·  news@oakvale.example", None),
        # (a caption still ends before its credit)
        (
            "The district court in Mysore. | Photo Credit: R. Venkatappa",
            ["The district court in Mysore.", "| Photo Credit: R. Venkatappa"],
        ),
        (
            "Firefighters douse a blaze at a timber depot in Pune. | Photo Credit: Special Arrangement",
            [
                "Firefighters douse a blaze at a timber depot in Pune.",
                "| Photo Credit: Special Arrangement",
            ],
        ),
        # after a quotation's comma, "Md." opens its speaker's name
        (
            "“The water is still rising,” Md. Haldar said. “It rose a metre.”",
            ["“The water is still rising,” Md. Haldar said.", "“It rose a metre.”"],
        ),
        # "Mst." (Mosammat) and "Er." (an engineer) in their own case only
        ("Mst. Rokshana Pervin, head teacher, said the school was shut.", None),
        ("Er. Sabina Thapa-Gurung, chief of the road office, said so.", None),
        (
            "The clinic treated 40 patients in the ER. Doctors were tired.",
            ["The clinic treated 40 patients in the ER.", "Doctors were tired."],
        ),
        (
            "The show starts at 7 p.m. MST. Tickets are free.",
            ["The show starts at 7 p.m. MST.", "Tickets are free."],
        ),
    ],
)
def test_streets_strips_and_titles_in_their_own_case(text, expected):
    assert [s.strip() for s in split_text(text)] == (expected or [text])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court rule's number goes on with it (review r39c)
        ("The court relied on Juv.R. 3, which limits when a child may waive that right.", None),
        ("Under S.Ct.Prac.R. 18.02, such a motion must be filed within 10 days.", None),
        # a bracket that closes inside its sentence after a street's abbreviation
        ("Buses will skip the stop at Marrowdene Ln. (Stop No. 4475).", None),
        # (one with its own stop is a sentence of its own)
        (
            "The meeting starts at 9 a.m. (The venue changed.) It ends at noon.",
            ["The meeting starts at 9 a.m. (The venue changed.)", "It ends at noon."],
        ),
        # a short street's kind ends a sentence before a capital and small words
        (
            "Use the stop at N. 9th St. & Pellowbrae Blvd. Look for the yellow sign.",
            ["Use the stop at N. 9th St. & Pellowbrae Blvd.", "Look for the yellow sign."],
        ),
        # a unit after "every" and a figure ends its sentence
        (
            "Trips run every 20 min. instead of every 30 min. Midday trips stay at every 40"
            " minutes.",
            [
                "Trips run every 20 min. instead of every 30 min.",
                "Midday trips stay at every 40 minutes.",
            ],
        ),
        # (a street with a capitalised name after it goes on: "Ave. Maria" is no sentence)
        ("Shares rose at Acme Inc. (Nasdaq: ACME) on Monday.", None),
    ],
)
def test_rules_numbers_brackets_streets_and_units_round_thirty_nine(text, expected):
    assert [s.strip() for s in split_text(text)] == (expected or [text])


@pytest.mark.parametrize(
    "text",
    [
        # a street's short kind before a shop's or a church's name goes on (the second read)
        "Police said the Ocean Blvd. Starbucks was robbed twice in March.",
        "Workers at the Bay Rd. Walmart voted to join the union on Friday.",
        "Members of the Grand Ave. Baptist congregation voted to sell the building.",
    ],
)
def test_a_streets_short_kind_before_a_shops_name_goes_on(text):
    assert [s.strip() for s in split_text(text)] == [text]


def test_a_chain_of_ranks_before_a_name_goes_on():
    text = "They played an interview with Det. Sen. Const. Brialwen Talbragar-Wyndrel. It ran."
    assert [s.strip() for s in split_text(text)] == [
        "They played an interview with Det. Sen. Const. Brialwen Talbragar-Wyndrel.",
        "It ran.",
    ]
    # (a rank held ends its sentence)
    text = "He rose to Det. Const. Four years later he was charged with fraud."
    assert [s.strip() for s in split_text(text)] == [
        "He rose to Det. Const.",
        "Four years later he was charged with fraud.",
    ]


def test_a_streets_short_kind_in_an_address_ends_its_sentence():
    text = (
        "The board meets at the district office, 600 Vennering Ave. Public comment is limited"
        " to two minutes."
    )
    assert [s.strip() for s in split_text(text)] == [
        "The board meets at the district office, 600 Vennering Ave.",
        "Public comment is limited to two minutes.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phone's abbreviation before its number
        (
            "FOR SALE: grain auger, $6,500 OBO. Ph. 306-555-0119 after 6 p.m.",
            ["FOR SALE: grain auger, $6,500 OBO.", "Ph. 306-555-0119 after 6 p.m."],
        ),
        ("Bookings: Tel. 01632 555 210 or online.", ["Bookings: Tel. 01632 555 210 or online."]),
        # a company's legal form after a short abbreviation of its name
        (
            "Reproduced with permission of Oduaba Times Media Nig. Ltd. All rights reserved.",
            [
                "Reproduced with permission of Oduaba Times Media Nig. Ltd.",
                "All rights reserved.",
            ],
        ),
        # (not after a word of the story: the magazine opens the next sentence)
        (
            "He moved to Paris. Inc. magazine named him founder of the year.",
            ["He moved to Paris.", "Inc. magazine named him founder of the year."],
        ),
        # a quoted question, then its speaker after a team's name and a role in small letters
        (
            "“Did you see that kid?” Raiders coach Holbrecht Bramweck-Tuel said of his"
            " quarterback. He scored twice.",
            [
                "“Did you see that kid?” Raiders coach Holbrecht Bramweck-Tuel said of his"
                " quarterback.",
                "He scored twice.",
            ],
        ),
        # (a new sentence reporting something after the question)
        (
            "“Why?” Police officers said the car had been stolen from a lot in May.",
            ["“Why?”", "Police officers said the car had been stolen from a lot in May."],
        ),
    ],
)
def test_phones_legal_forms_and_roles_before_a_quotations_speaker(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the second read of the round's rules: sentences near them split as before)
        (
            "The protest turned into a mob. 30 people were arrested.",
            ["The protest turned into a mob.", "30 people were arrested."],
        ),
        ("“It was a mob. I was terrified,” she said.", ["“It was a mob.", "I was terrified,” she said."]),
        (
            "It was founded in 2015 by Dana Kim. Inc. magazine named it a firm to watch.",
            ["It was founded in 2015 by Dana Kim.", "Inc. magazine named it a firm to watch."],
        ),
        ("The chair is Ravi Das. PLC shares fell 3%.", ["The chair is Ravi Das.", "PLC shares fell 3%."]),
        (
            "“Why?” Some residents of Oak Park said the same.",
            ["“Why?”", "Some residents of Oak Park said the same."],
        ),
        (
            "“What now?” Later that day Dana Reyes said goodbye.",
            ["“What now?”", "Later that day Dana Reyes said goodbye."],
        ),
    ],
)  # fmt: skip
def test_sentences_near_phones_legal_forms_and_quoted_questions_split_as_before(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the second second read: a quoted question's speaker after other roles, a company
        # that speaks after its legal form, phones in small letters and seven figures)
        (
            "“Why should we pay twice?” Harbour resident Tom Kay asked. He left.",
            ["“Why should we pay twice?” Harbour resident Tom Kay asked.", "He left."],
        ),
        (
            "“Is it over?” Fans at Dunmore Park said yes.",
            ["“Is it over?”", "Fans at Dunmore Park said yes."],
        ),
        (
            "Lagos Media Nig. Ltd. said it would appeal the ruling.",
            ["Lagos Media Nig. Ltd. said it would appeal the ruling."],
        ),
        (
            "For details, ph. 306-555-0119 or visit the office.",
            ["For details, ph. 306-555-0119 or visit the office."],
        ),
        (
            "Call the hotline on Ph. 5550119 after 6pm.",
            ["Call the hotline on Ph. 5550119 after 6pm."],
        ),
        (
            "It became a mob. 2023 was the last time.",
            ["It became a mob.", "2023 was the last time."],
        ),
    ],
)
def test_the_second_second_reads_splits(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tournament director Lt. Col. (retd.) Sohail Khan said the winners got Rs5 million.",
            ["Tournament director Lt. Col. (retd.) Sohail Khan said the winners got Rs5 million."],
        ),
        (
            "The team was led by Col. Ade Ola (retd.). He said no.",
            ["The team was led by Col. Ade Ola (retd.).", "He said no."],
        ),
        (
            "Our minister, y Parch. Elin Rhys, tells us the cupboard handed out 1,276 parcels.",
            ["Our minister, y Parch. Elin Rhys, tells us the cupboard handed out 1,276 parcels."],
        ),
        (
            "Next week it's away at Crossgully Rec. Reserve, first bounce 2.10pm.",
            ["Next week it's away at Crossgully Rec. Reserve, first bounce 2.10pm."],
        ),
        (
            "Students queue at Blk. C on Wednesday. The fee for Blk. 12 rose.",
            ["Students queue at Blk. C on Wednesday.", "The fee for Blk. 12 rose."],
        ),
    ],
)
def test_a_ranks_note_a_ministers_title_a_grounds_and_a_blocks_word_end_nothing(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "THWAITESLEY: Not at the markets, no. I stood there for a whole Saturday.",
            ["THWAITESLEY: Not at the markets, no.", "I stood there for a whole Saturday."],
        ),
        (
            "The trust is registered with the NGO Board, Reg. No. OP.218/051/09-412/6621.",
            ["The trust is registered with the NGO Board, Reg. No. OP.218/051/09-412/6621."],
        ),
        (
            "Charity Reg. No. 1187. Our office is open.",
            ["Charity Reg. No. 1187.", "Our office is open."],
        ),
        (
            "Cyng. Gwrtheyrn ap Heilyn-Maddock said the hall was free.",
            ["Cyng. Gwrtheyrn ap Heilyn-Maddock said the hall was free."],
        ),
        (
            "© Clebran Media Cyf. Registered in Wales No. 04417732.",
            ["© Clebran Media Cyf.", "Registered in Wales No. 04417732."],
        ),
        (
            "Voters said no. M25 widening was shelved.",
            ["Voters said no.", "M25 widening was shelved."],
        ),
        ("They say no. I say yes.", ["They say no.", "I say yes."]),
        ("Oh no. I left my phone.", ["Oh no.", "I left my phone."]),
        ("Reg. No.: 04417221", ["Reg. No.: 04417221"]),
        (
            "Its trailer (Reg. No. B.4471) was missing.",
            ["Its trailer (Reg. No. B.4471) was missing."],
        ),
        (
            "The plan cites Permit: No. E.55/2026 as consent.",
            ["The plan cites Permit: No. E.55/2026 as consent."],
        ),
        ("No. A.12/2026: Change of use of a shop.", ["No. A.12/2026: Change of use of a shop."]),
        (
            "Supply to ward no. I of the city will be cut.",
            ["Supply to ward no. I of the city will be cut."],
        ),
        ("I asked Reg. No one else would have.", ["I asked Reg.", "No one else would have."]),
        (
            "Is it more dangerous? No. B.1.1.529 spread faster.",
            ["Is it more dangerous?", "No.", "B.1.1.529 spread faster."],
        ),
    ],
)
def test_a_small_no_before_i_a_dotted_registration_and_welsh_words_split_right(text, expected):
    assert [s.strip() for s in split_text(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The case, docketed as Crim. Case Nos. SB-21-CRM-0412 to 0414, was filed in 2021."
            " The court said so.",
            [
                "The case, docketed as Crim. Case Nos. SB-21-CRM-0412 to 0414, was filed in 2021.",
                "The court said so.",
            ],
        ),
        (
            "She took a degree in Western Civ. Then she joined the Peace Corps.",
            ["She took a degree in Western Civ.", "Then she joined the Peace Corps."],
        ),
        (
            "The petition, docketed as Civ. Case No. 8817, was filed in 2019. It failed.",
            ["The petition, docketed as Civ. Case No. 8817, was filed in 2019.", "It failed."],
        ),
    ],
)
def test_a_dockets_kind_ends_nothing(text, expected):
    assert [s.strip() for s in split_text(text)] == expected
