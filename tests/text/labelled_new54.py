"""Fifty-fourth set of new hand-labelled pages for the hint engines (tuning set, round twenty-five): twelve pages from eleven countries dense with hard speakers.

Written from scratch for issue 13 in round twenty-five, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py` file was read, `hint_scores.py` was not read, and no test, scorer or engine was
run; only an import of this file and `build` on every page, a small script of my own that checks the
texts, flags and split cases against the pages, whole-word greps of the invented names over `tests/`
that listed file names only, and `ruff format` / `ruff check` were run). The format and the
conventions were read from the module docstrings of `labelled_new.py`, `labelled_new2.py` and
`labelled_new49.py` to `labelled_new52.py`, the first two pages and the first split cases of
`labelled_new52.py`, and `build` in `labelled_articles.py`. Every person, small place, street, river,
organisation, outlet, company, church, ruling house, school and number is invented (the United States,
Kansas and Wichita; England; Malaysia, Pahang, Kuantan and Kuala Lumpur; Jamaica and the parish of St
Thomas; the Netherlands, Utrecht and Amsterdam; Kenya, the Rift Valley and Nakuru; Nigeria, Ondo State,
Akure and Lagos; the Philippines, Western Visayas and Iloilo City; Australia and Canberra; New Zealand
and the Bay of Plenty; and Singapore appear only as settings; real public bodies and schemes such as
"the Office for Students", "the Public Works Department (JKR)", the state "Fire and Rescue Department"
and "Bomba", "the Malaysian Meteorological Department", "the Jamaica Defence Force (JDF) Coast Guard",
"the National Fisheries Authority", "the Ministry of Housing and Spatial Planning", "Utrecht
University", "the Environment and Land Court", "the Chiefs Law", "the Bureau of Fire Protection
(BFP)", "the Department of Social Welfare and Development", "the Department of Defence", "RAAF", the
Senate and its estimates hearings, "the Environment Court", "the High Court", "the Bay of Plenty
Regional Council", "Local Democracy Reporting", Parliament, "the Singapore Civil Defence Force
(SCDF)", "the Land Transport Authority", "the Fire Safety Act", "the National University of
Singapore", "the Kansas Department of Health and Environment" and "the Kansas Hospital Association"
appear only as settings, with invented figures; Facebook, X, Viber, Telegram and WhatsApp only as
channels). No surname, town, street, outlet, company or product of any file under `tests/` is reused:
every capitalised word of the pages, each part of a hyphenated name included, was grepped as a whole
word over the whole `tests/` tree, and every hit that was an invented name was changed (first names,
titles, real settings, Malay, Dutch and Hiligaynon common words and words such as "Ledger",
"Lantern", "Meridian", "Reef", "Crescent" and "Guild" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it after selecting all, with furniture
shorter than usual at the head and the tail (masthead, menu, section label or crumb, headline,
standfirst, byline, date line, a share strip or caption where the site has one; a contact, related,
app or membership line and the footer), so most of each page is story, and every story is dense with
quoted and cited sources. The twelve pages, from eleven countries: (1) a US metro daily on a
manslaughter verdict over a deck collapse (a prosecutor and a defence lawyer alternating "he said",
"disputed that" switching the pronoun, a quote broken by "told reporters", a mother and a sister
sharing a surname, a quote over two paragraphs, a judge's written ruling and "The ruling noted", an
inspector named only after his words with "So testified", "declined to comment", "the spokesperson");
(2) an English city paper on a university closing its languages school (the Vice-Chancellor and the
union branch president, two women alternating, "Professor Dame" and "Dr" dropped, "wrote" in an
email to staff, "The Vice-Chancellor rejected the claim" switching "she", a quote over two
paragraphs, a consultants' review then "It recommended", a student's question before "he asked", an
MP's "He said:", "did not respond"); (3) a Malaysian daily on a landslide cutting off a highland
village ("Datuk", "Datuk Seri Dr", "Tan Sri" dropped, the given name "Zulkarnain" and "Nor Hazlina"
as later references, "Yeoh" as a Chinese family name first, a state exco and a company chairman
alternating, Malay quotes with translations, "wrote on Facebook", "according to the department",
"said in a statement"); (4) a Jamaican daily on three fishermen missing at sea (an opening saying
nobody is named for, "Lieutenant Commander" and "Reverend" dropped, a Coast Guard officer and a
co-op president alternating, a father and son sharing a surname and "the elder", a patois quote over
three paragraphs, "The JDF declined to say", "According to"); (5) a Dutch English-language site on an
office block turned into student flats (particles "van den" and "de" kept, "Van den Heuvelink" and "De
Wendrik" at the head of a sentence, the lower-case Dutch "mr." and "Prof. dr." dropped, an alderman and
a residents' chair alternating, a daughter sharing her father's surname and named after her words with
"That is how ... describes", a planning bureau's report then "It estimated", a ministry's letter to
parliament, "did not respond to questions", a translation note); (6) a Kenyan daily on a court ruling
in a church land dispute ("Lady Justice", "Archbishop", "The Rt Rev" and "Mzee" dropped, "arap" kept,
"the judgment reads", two bishops alternating with "denied", "has always denied", a church statement
then "It said", "declined to comment", "According to court records"); (7) a Nigerian national daily on
kingmakers rejecting a state's choice of a new Oba ("High Chief", "Chief (Mrs.)", "Mrs.", "Mr.",
"Prince", "Oba" and "SP" dropped with the chieftaincy titles after the names, two princes alternating,
"Kabiyesi" inside quotes, a ruling house speaking through its secretary, the kingmakers "saying", a
Q&A whose first question cites the government); (8) a Philippine regional site on a fire at a public
market ("FSSupt.", "PCol.", "Rep.", "Atty." and "Aling" dropped, "Ma." kept, a mayor and a
congresswoman alternating, a posted report then "The report listed", an anonymous investigator, a
Hiligaynon quote, "did not answer calls"); (9) an Australian regional paper on a Senate estimates
hearing on PFAS in farm bores ("Air Vice-Marshal", "Independent senator" and "Dr" dropped, "asked" and
"replied", an "according to" inside a senator's words, "said in an answer taken on notice" then "it
said", "The air vice-marshal said", a minister's office not responding); (10) a New Zealand regional
paper on the Environment Court extending a wastewater consent ("Judge", "Tā", "Kaumātua", "Mayor",
"Former MP Dame" dropped, "the decision said", a chair and a council manager alternating with
"disputed that", a kaumātua's two quote paragraphs named afterwards with "told the court", te reo with
translations, a regional council that "would not comment"); (11) a Singapore daily on Parliament and
mobility-device fires (a senior minister of state and an MP who share the family name Kwah, told apart
by full names and roles, "Mr", "Madam", "Dr", "Nominated MP" and "Associate Professor" dropped, a
question carried by its asker, "said in a written reply", "according to SCDF investigations" inside a
minister's words, an SCDF post then "It urged"); and (12) a US public radio site on a rural hospital
ending childbirth services (a chief executive and a doctor alternating "she said", a mother's quote
carried by context though another woman spoke last, "said in an email", "According to", and a Q&A
whose question cites the doctor). `STYLES` names the site, the story and the stresses of each page,
in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new52.py` hold too (mastheads, menus, crumbs, section labels,
bylines and role lines, date lines, share strips, listen lines, related and read-next lines, app,
membership and WhatsApp lines, contact lines, acknowledgement and scheme lines and footers "B" line by
line; captions by content and credits "B"; standfirsts labelled like headlines, split at a full stop,
never at a semicolon, a "says" in them carrying the source as the body names it; titles, ranks,
honorifics and roles dropped from speakers, "Jr." and initials kept; a pronoun, a later surname or a
role resolved to the full name as first given; organisations, documents and data kept as written,
"according to X" -> X, "It" for an organisation resolved to its name as first given and "It" for a
document to the document as written; a quote over several sentences or paragraphs carrying its
speaker and cue; "did not respond" and "declined to comment" labelled like speech with flags "";
"he"/"she" going to the last-named person of that gender who was the subject of a reporting verb;
plans, decisions, orders, figures and results of record "W", pledges, hopes, forecasts, advice,
opinions, feelings and scene "").

Conventions this set had to settle, in the same spirit:

* Two speakers of one gender. "He"/"she" goes to the last person of that gender who was the subject
  of a reporting verb, and a sentence that makes the other person that subject switches it: after the
  defence lawyer's "He said ..." lines, "Ellingdrum-Mosse disputed that." (cue "disputed", "") gives
  the next "he said" to the prosecutor; "The Vice-Chancellor rejected the claim." gives "she told the
  Courier" to the Vice-Chancellor though the union president spoke last; "The archbishop denied that."
  (cue "denied", "W": a specific denial) gives "He said he had attended a meeting ..." to the
  archbishop; "Rongokura-Waakahu disputed that." does the same for the trust chair. Where the content
  settles it, context wins over the last speaker: "“My last labor was four hours. What if this one's
  faster?” she asked." belongs to the expectant mother introduced in the sentence before (without a
  reporting verb), not to the doctor who spoke last; "“He has my number,” he said." after "Asked about
  that, Adetomiwa-Falore laughed." belongs to Adetomiwa-Falore (the laugh names him as the one
  answering; "He" inside the quote is his rival and names no speaker), and the laugh itself carries no
  speaker, "".
* Speakers named after the quote. "So testified that inspector, Ferris Quarnbeck-Abakwa, on the
  second day of the trial, his voice breaking." gives the three-sentence quote paragraph before it his
  name and the cue "testified" (the report facts "W", "I don't know what else I could have done" "");
  "That is how Femke de Wendrik, 22, ..., describes her search for a room in Utrecht." gives the quote
  before it her name and the cue "describes"; "Pakaiwai-Horomanga told the court that on its first day,
  and the judge quoted him in full in the decision." gives both quote paragraphs before it "told the
  court". In each case the naming sentence carries the speaker too and is "", as in
  `labelled_new51.py`.
* Quotes over several paragraphs with the cue only in the first carry that cue in every sentence: the
  father's three patois paragraphs ("said"), the Vice-Chancellor's two paragraphs ("said"), the
  mother's second paragraph "“Today 12 people said somebody could have known.”" ("said"), the kaumātua's
  two ("told the court").
* A quote nobody is named for. The opening line "“The sea doesn't give back what it takes.”", a saying
  the next sentence says nobody remembers the author of, keeps speaker "" and cue "" and is "": a
  reviewer would not invent a source for it, nor give it to the village.
* Courts, rulings and documents. "Lady Justice Miriam Olweny-Waweru found that ..." carries the judge
  with "found", "W", and "The judge said" resolves to her; "She ordered the ... registrar to cancel the
  2019 transfer within 30 days." and "The court imposed tighter limits ..." are orders of record
  without a speaker, "W"; "the judgment reads" keeps "the judgment" with "reads" and "the decision
  said" keeps "the decision", their reasoning ""; "In a written ruling ..., Solvaag-Mbekwa wrote that
  the state had offered “ample evidence” ..." carries the judge with "wrote", "W"; "The ruling noted"
  keeps "The ruling"; "In a decision released on Thursday, Judge X said" carries the judge with "said".
  A judge's act of setting a sentencing date is "W" without a speaker.
* "according to" inside someone's reported speech ("Ferrabane-Quistwell said at least 23 households
  drank bore water, according to a survey by the Carrowdene Water Action Group."; "Mr Kwah Kok Hwee
  said about half of the batteries ... had been bought from online platforms, according to SCDF
  investigations.") carries the person with "said": the outer reporting verb names who vouches for the
  claim, and the survey or investigation is his source, not the page's.
* Questions and asking. "He was replying to Mr Kwah Jun Kiat (Bukit Serunai GRC), who asked whether
  the current rules went far enough." carries the asker with "asked", "" (its content is his question);
  "Independent senator X, who farms near the base, asked why." carries him with "asked", and his quoted
  question splits at "Eight months." (carrying "asked", "W" for the gap of record) before the question
  ending in "he asked" (""); "Hallorann-Vesk replied that ..." has the cue "replied".
* Shared names. The two Kwahs are told apart by full name and role: "Mr Kwah said" before the MP is
  named goes to the only Kwah named so far, "The MP, who is no relation to the senior minister of
  state," to Kwah Jun Kiat, "Mr Kwah Kok Hwee said" and "The senior minister of state said" to Kwah Kok
  Hwee; "the elder Thwaycross-Munroe" to Clinton Thwaycross-Munroe (the son Andre is missing and
  mentioned only); Denise and Lauren Odegren-Fallon by their full names and "she" after Lauren's line;
  Pieter and Femke de Wendrik by first name and "Pieter's daughter".
* Names and titles. Malaysian style: "Datuk Seri Dr Zulkarnain Hafizuddin Mat Jusoh" is the speaker
  without titles and the later "Zulkarnain said" (a given name, as Malaysian papers write it) resolves
  to it, likewise "Nor Hazlina" to "Nor Hazlina Abdul Ghani"; "Tan Sri Yeoh Kah Seng" and the later
  "Yeoh" (family name first) to "Yeoh Kah Seng". Dutch particles stay with the name ("Joost van den
  Heuvelink", "Pieter de Wendrik"), and "Van den Heuvelink told" and "De Wendrik said" at the head of a
  sentence resolve to the name as first given; the Dutch lower-case lawyer's title "mr." and "Prof. dr."
  are dropped. "Ma." is part of a Filipino given name and stays; "FSSupt.", "PCol.", "Rep.", "Mayor",
  "Atty." and "Aling" are dropped. "Lady Justice", "Archbishop", "The Rt Rev", "Bishop" and "Mzee" are
  dropped, "arap" kept. "High Chief", "Chief (Mrs.)", "Mrs.", "Mr.", "Prince", "Oba" and "SP" are
  dropped, and so are chieftaincy titles in apposition after the name ("the Odofin of Ikorelu", "the
  Iyalode of Ikorelu"); "Kabiyesi" inside a quote names nobody. "Tā", "Kaumātua", "Judge", "Mayor",
  "Former MP" and "Dame" are dropped; "Air Vice-Marshal", "Lieutenant Commander", "Independent
  senator", "Assistant Prosecutor", "Common Pleas Judge", "Professor Dame", "Dr", "Dr.", "Reverend",
  "Madam", "Associate Professor", "Nominated MP" and "Senior Minister of State for Home Affairs" are
  dropped; "The air vice-marshal said" and "The Vice-Chancellor rejected" resolve to the person.
* Organisations and offices. "The Department of Defence has confirmed" has the cue "has confirmed";
  "it said" after "the department said in an answer taken on notice" resolves to "The Department of
  Defence" as first given, and "It urged" after "The SCDF said" to "the Singapore Civil Defence Force
  (SCDF)"; "the LTA", "The SCDF", "the department" and "The JDF" are kept as written; "The JDF declined
  to say whether ..." has the cue "declined to say", "The market's administrator did not answer calls"
  the cue "did not answer calls", and "did not respond to questions" is a cue as written, all "".
  "In a statement signed by its secretary, Mr. X, the Adetomiwa ruling house described ..." carries
  the ruling house, not its secretary (the body speaks), with "described"; "The kingmakers of Ikorelu
  have rejected ..., saying ..." carries them with "saying", "W"; "The council says it held three
  information evenings ..." carries "The council" with "says", "W".
* An act with a document. "She posted on Facebook a copy of a BFP inspection report dated Oct. 2,
  2024." is an act without a speaker, "W", and "The report listed 17 violations ..." keeps "The report"
  with "listed", "W"; her quoted "The warnings were there." after it carries her with "wrote".
* Standfirsts. "His lawyer says he will appeal; a victim's mother calls the verdict overdue" is ONE
  sentence at the semicolon and carries the first source, the lawyer, "W" (a stated decision, like
  "would not appeal"); "Mayor, congresswoman trade blame over market's fire safety" names two sources
  and carries none, ""; "Iwi trust ‘deeply disappointed’ and weighing High Court appeal" carries the
  trust with an EMPTY cue (no verb of saying), ""; "Senators told families were not warned for eight
  months" is a passive with no speaker, "W"; "Coast Guard vows to keep looking; ..." carries the Coast
  Guard as the body names it ("the Jamaica Defence Force (JDF) Coast Guard") with "vows", "".
* Q&A sections. Questions that cite a source keep it: "Q: The government says your meeting was
  irregular." carries "The government" with "says", "W", and "Q: Dr. Solhaugen-Batts says the doctors
  were never asked." carries the doctor with "says", "" (her own "We were never asked." is ""); the
  follow-ups ("Was it?", "What do you say to that?") carry no speaker; answers carry the interviewee
  with "A:", a date or count in them "W"; the paper's "X spoke to Dawnpost at his residence ..." is "W"
  without a speaker and the edited-for-length line "B".
* Speech and its flags. A private person's feelings and own circumstances are "" ("“My kids drank
  from that bore every day,”", "she now keeps a fire extinguisher by her door", "“It's been 20
  months."); a relative's or survivor's account of a public event is "W" where it states a checkable
  fact ("only he had been wearing one", "the village had been cut off twice before, in 2014 and
  2021"); a count said as a fragment ("“Eleven hours.", "“Eight months.") is "W", the complaint around
  it ""; a stated step or decision ("said his client would appeal", "said it would file an objection
  ... within the six-week deadline", "would file a resolution") is "W", a conditional one ("If that
  fails, he said, the association will go to court.") and a forecast ("The bypass should be ready in
  about two weeks, he said.") ""; "said ... was considering an appeal" is "" (no decision taken).

Splits. "p.m." ends a sentence before a capital ("shortly after 3 p.m." before "Pettibrook-Arnsby,
54,", "at 10.52 p.m." before "He said"), and so do "Aug. 23, 2024." before "Nine", "Oct. 2, 2024."
before "The report", "May 4." at the end of a line, "₱48 million." and "£23.4m deficit." (a standfirst
split before "Union says"), "Ltd." before "All rights reserved." and "Pte. Ltd." before "Co. Regn. No.
201533917N.", itself ONE sentence before "All rights reserved."; "7:48 p.m. EDT", "3:20 a.m. and", "7:05
a.m., FSSupt.", "FSSupt.", "PCol.", "Atty.", "Rep.", "Ma. Corazon", "Mr. Kolawole", "Mrs. Temilade",
"Chief (Mrs.)", "mr. Thijs", "Prof. dr.", "Dr.", "Feb. 11 and", "E. coli" (twice), "RM3.2mil,",
"4.40am", "9am", "2.3 kilometres", "0.08" and "1.12" never do. A question closing a quote before a
lower-case attribution ("he asked", "she asked") does not end the sentence; one before a capital
inside the quote ("in a street of family houses?" before "Nobody asked us.”") and "Got a story?" and
"Got a news tip?" before "Email ..." do; "A: No." is a sentence of its own, and so is "“A fence." inside
a quote.

`CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US metro daily, a jury convicts a contractor of manslaughter in a deck collapse (masthead, sign-in strip, crumb, headline, one-sentence standfirst with a semicolon and a lawyer's says, byline, p.m. EDT updated line, share strip, 3 p.m. ending a sentence, Common Pleas Judge with a date of record, Assistant Prosecutor with a partial quote, a quote broken by told reporters, a defence lawyer and a prosecutor alternating he said with disputed, Aug. ending a sentence, a mother and a sister sharing a surname, a quote running into a second paragraph, a judge's written ruling and the ruling noted, an inspector named after his words with so testified, LLC and declined to comment, a city spokesperson then the spokesperson, contact and related lines, footer)",
    "English city paper, a university to close its languages school (masthead in capitals, menu with pipes, crumb, headline, standfirst split at a full stop with blames and says, byline with role, 24-hour date line, share strip, Professor Dame and Dr dropped, wrote in an email, two women alternating with the Vice-Chancellor rejected, a quote over two paragraphs, a consultants' review found then It recommended, added, a student's taught-out claim and a question before he asked, a university spokesperson, an MP's He said:, did not respond, consultation date, got-a-story line, more-from list, Ltd. and Registered in England No. footer)",
    "Malaysian daily, a landslide cuts off a highland village (masthead in capitals, menu, section label, headline, says-exco standfirst, joint byline in capitals, MYT date line, caption and handout credit, KUANTAN: dateline, 4.40am and 9am, the department said in a statement, Datuk and Datuk Seri Dr dropped, told reporters, later references by given name, RM3.2mil, Sdn Bhd and Bhd, Tan Sri and a family name first, a state exco and a company chairman alternating, added, a forecast he said, Malay quotes with translations, an association spokesperson, a warning and according to the department, wrote on Facebook then he wrote, urged, related line, company-number footer)",
    "Jamaican daily, three fishermen missing at sea (masthead in capitals, menu, section label, headline, vows standfirst with a semicolon, byline with slash, date line, an opening saying nobody is named for, scene, Lieutenant Commander dropped and told the Lantern, a Coast Guard officer and a co-op president alternating, 7 p.m. mid-sentence and 10.52 p.m. ending one, a count as a fragment, a father and son sharing a surname and the elder, a patois quote over three paragraphs, a survivor's fact, Reverend dropped, said in a statement, According to, declined to say, service line, related list, two-sentence footer)",
    "Dutch English-language news site, an office block to become student flats (masthead, menu, section label, headline, reading-time and date line, a council vote, told the council, van den and de kept at the head of a sentence, two men alternating, the lower-case lawyer's mr. dropped and a conditional, a question before a capital, the council says, a daughter named after her words with describes, she said inside a sentence, a planning bureau's report found then It estimated, Prof. dr. dropped, a ministry's letter to parliament, did not respond to questions, translation note, membership and read-more lines, footer)",
    "Kenyan daily, a court hands church land to a breakaway faction (masthead in capitals, menu, crumb, headline, says-archbishop standfirst, byline in capitals, EAT date line, Lady Justice found, the judge said, an order of record, the judgment reads, Archbishop dropped and told the Sentinel, two bishops alternating with called, denied and has always denied, The Rt Rev and declined to comment, a church statement then It said, Mzee with arap kept, According to court records, police said, related line, WhatsApp line, two-sentence footer)",
    "Nigerian national daily, kingmakers reject a state's choice of a new Oba (masthead in capitals, menu with Yoruba, section label, headline, says-commissioner standfirst, From-byline with a city, date line, the kingmakers saying, Oba and High Chief dropped with titles in apposition, told Dawnpost, Mrs. dropped, two princes alternating, a laugh with no speaker and he said resolved by context, a ruling house described through its secretary with Mr., Kabiyesi inside quotes, Chief (Mrs.) dropped, SP dropped and urged, Q&A subhead, intro and edited line, questions citing the government, A: No., WhatsApp, trending and footer lines)",
    "Philippine regional site, a fire razes a public market (masthead in capitals, menu, crumb, headline with a semicolon, trade-blame standfirst with no single speaker, byline, date line, caption and bracketed photo credit, dateline with according to the BFP, 3:20 a.m. and 7:05 a.m., FSSupt. dropped, ₱48 million., an anonymous investigator, PCol. dropped, Ma. kept with Mayor dropped, a mayor and a congresswoman alternating, Rep. dropped, a posted report then The report listed, Oct. ending a sentence, she wrote, accused, Aling and a Hiligaynon quote, Atty. dropped, said in a statement, did not answer calls, related list, follow line, two-sentence footer)",
    "Australian regional paper, a Senate estimates hearing on PFAS in farm bores (masthead, subscribe strip, menu, headline, passive standfirst, byline, updated-first-published line, has confirmed, Air Vice-Marshal dropped and told a Senate estimates hearing, Independent senator and asked, a count as a fragment and a question before he asked, replied, told the committee, according to inside a senator's words, The air vice-marshal said, Dr dropped and told senators, May 4. ending a sentence, said in an answer taken on notice then it said with decimals, a group convener's feelings and a fact, a state department's spokesperson, a minister's office not responding, tip line, more-from list, acknowledgement, Pty Ltd footer)",
    "New Zealand regional paper, the Environment Court extends a wastewater consent (masthead in capitals, menu with te reo, LDR label, headline, standfirst with a quoted phrase and no verb, byline with role, date line, Judge dropped and the decision said, an order of record with E. coli, a trust said, Tā dropped and told Local Democracy Reporting, a chair and a council manager alternating with disputed, E. coli again, Kaumātua dropped, two quote paragraphs named afterwards with told the court, Mayor dropped with a cost, Former MP Dame dropped and wrote on Facebook, te reo with a translation, an appeal period, a regional council that would not comment, scheme, briefing and footer lines)",
    "Singapore daily, Parliament on mobility-device fires (masthead in capitals, menu, crumb, Parliament: headline with a semicolon, byline and role lines, updated line, told Parliament, two men named Kwah told apart by full names and roles, Mr dropped, a question carried by its asker with a GRC in brackets, The MP and no relation, according to inside a minister's words, Nominated MP Dr dropped, The senior minister of state said, said in a written reply, Associate Professor dropped, advised, Madam dropped, said in a Facebook post then It urged, Telegram line, read-next list, Pte. Ltd. and Co. Regn. No. footer)",
    "US public radio site, a rural hospital ends childbirth services (station name, listen-live strip, section label, headline, byline, published line with CDT, listen line, told the board, a chief executive and a doctor alternating she said, a partial quote with looked at every option, according to the Kansas Hospital Association, said in an email with did not say, a mother's quote resolved by context, Commissioner dropped, Q&A intro and edited line, questions with Dr. and says, A: lines with Feb. mid-sentence, member-station, donate and footer lines)",
]

ARTICLES = [
    [  # 1. US metro daily, a deck-collapse manslaughter verdict: two men alternating, a ruling, a witness named after his words, a shared surname
        [("The Quillhaven Ledger", "", "", "B")],
        [("Subscribe  ·  Sign in  ·  Today's e-Edition", "", "", "B")],
        [("Local › Courts & Crime", "", "", "B")],
        [("Jury convicts Tamsbury contractor of manslaughter in deck collapse that killed two students", "", "", "W")],
        [("His lawyer says he will appeal; a victim's mother calls the verdict overdue", "Leland Oyewunmi-Hatch", "says", "W")],
        [("By Corinne Velasko-Brandsaeter | Staff writer", "", "", "B")],
        [("Updated 7:48 p.m. EDT Friday, May 15, 2026", "", "", "B")],
        [("Facebook    X    Email    Gift this article", "", "", "B")],
        [("A Mardrith County jury on Friday found contractor Dwayne Pettibrook-Arnsby guilty of two counts of involuntary manslaughter in the collapse of a second-floor deck at a Tamsbury rental house that killed two college students in August 2024.", "", "", "W")],
        [("Jurors deliberated for about nine hours over two days before returning the verdict shortly after 3 p.m.", "", "", "W"),
         ("Pettibrook-Arnsby, 54, showed no reaction as it was read.", "", "", "")],
        [("Common Pleas Judge Harriet Solvaag-Mbekwa set sentencing for July 9 and allowed him to remain free on bond.", "", "", "W"),
         ("Each count carries up to five years in prison.", "", "", "W")],
        [("Assistant Prosecutor Grant Ellingdrum-Mosse, who led the case for the county prosecutor's office, said the verdict showed that “cutting corners has a cost.”", "Grant Ellingdrum-Mosse", "said", "")],
        [("“He was told the ledger board was rotten.", "Grant Ellingdrum-Mosse", "told reporters", "W"),
         ("He was told twice, in writing,” Ellingdrum-Mosse told reporters on the courthouse steps.", "Grant Ellingdrum-Mosse", "told reporters", "W"),
         ("“He bolted the new deck to it anyway.”", "Grant Ellingdrum-Mosse", "told reporters", "W")],
        [("The defense attorney, Leland Oyewunmi-Hatch, said his client would appeal.", "Leland Oyewunmi-Hatch", "said", "W"),
         ("He said the jury should never have heard about a 2019 code citation that had nothing to do with the house on Tinsmere Lane.", "Leland Oyewunmi-Hatch", "said", "")],
        [("“That citation was for a fence,” he said.", "Leland Oyewunmi-Hatch", "said", "W"),
         ("“A fence.", "Leland Oyewunmi-Hatch", "said", ""),
         ("Not a deck.”", "Leland Oyewunmi-Hatch", "said", "")],
        [("He said Pettibrook-Arnsby had relied on a city inspection of the deck in 2021.", "Leland Oyewunmi-Hatch", "said", "W")],
        [("Ellingdrum-Mosse disputed that.", "Grant Ellingdrum-Mosse", "disputed", ""),
         ("The city inspected the footings, not the ledger board, he said, and the permit for the deck was never closed.", "Grant Ellingdrum-Mosse", "said", "W")],
        [("Kaitlyn Odegren-Fallon, 20, and Marcus Tillcombe-Reynaga, 21, both juniors at Brennoway State University, died when the deck gave way during a party on Aug. 23, 2024.", "", "", "W"),
         ("Nine other people were hurt, two of them seriously.", "", "", "W")],
        [("“It's been 20 months.", "Denise Odegren-Fallon", "said", ""),
         ("Twenty months of hearing that it was an accident, that nobody could have known,” said Denise Odegren-Fallon, Kaitlyn's mother.", "Denise Odegren-Fallon", "said", "")],
        [("“Today 12 people said somebody could have known.”", "Denise Odegren-Fallon", "said", "")],
        [("Kaitlyn's older sister, Lauren Odegren-Fallon, said the family had asked prosecutors to seek the maximum sentence.", "Lauren Odegren-Fallon", "said", "W"),
         ("“She'd want us to be here,” she said.", "Lauren Odegren-Fallon", "said", "")],
        [("In a written ruling last month denying a defense motion to dismiss, Solvaag-Mbekwa wrote that the state had offered “ample evidence” that Pettibrook-Arnsby knew of the rot.", "Harriet Solvaag-Mbekwa", "wrote", "W")],
        [("The ruling noted that a home inspector had flagged the ledger board in reports dated March 2 and April 11, 2022.", "The ruling", "noted", "W")],
        [("“I put it in bold.", "Ferris Quarnbeck-Abakwa", "testified", "W"),
         ("I put a photo of it in.", "Ferris Quarnbeck-Abakwa", "testified", "W"),
         ("I don't know what else I could have done.”", "Ferris Quarnbeck-Abakwa", "testified", "")],
        [("So testified that inspector, Ferris Quarnbeck-Abakwa, on the second day of the trial, his voice breaking.", "Ferris Quarnbeck-Abakwa", "testified", "")],
        [("The house's owner, Tamsbury Student Lets LLC, settled a civil suit with both families last year for an undisclosed sum.", "", "", "W"),
         ("Its managing member, Priya Castelvern-Ifeobu, declined to comment on Friday.", "Priya Castelvern-Ifeobu", "declined to comment", "")],
        [("A city spokesperson said Tamsbury had since hired two more building inspectors and now requires a separate inspection of any deck attached above the first floor.", "A city spokesperson", "said", "W")],
        [("“We can't bring them back,” the spokesperson said.", "A city spokesperson", "said", ""),
         ("“We can make sure it doesn't happen again.”", "A city spokesperson", "said", "")],
        [("Pettibrook-Arnsby left the courthouse with his wife and did not speak to reporters.", "", "", "")],
        [("Corinne Velasko-Brandsaeter covers courts and public safety for the Ledger.", "", "", "B"),
         ("Reach her at 555-0143.", "", "", "B")],
        [("More in Courts & Crime", "", "", "B")],
        [("Tamsbury council weighs rental inspection fee", "", "", "B")],
        [("© 2026 The Quillhaven Ledger  ·  Terms  ·  Privacy", "", "", "B")],
    ],
    [  # 2. English city paper, a university to close its languages school: two women alternating, a quote over two paragraphs, a consultants' review then It, Professor Dame and Dr dropped
        [("WEXHALLOW COURIER", "", "", "B")],
        [("News  |  Sport  |  What's On  |  Business  |  Education  |  Announcements", "", "", "B")],
        [("News > Education", "", "", "B")],
        [("University of Wexhallow to shut languages school with 68 jobs at risk", "", "", "W")],
        [("Vice-Chancellor blames a £23.4m deficit.", "Alison Fernacre-Obura", "blames", "W"),
         ("Union says research income is being ignored", "Morwenna Tresillian-Okanbiyi", "says", "")],
        [("By Gideon Harrowlyn-Lundt, Education Reporter", "", "", "B")],
        [("16:20, 12 MAY 2026", "", "", "B")],
        [("Share on Facebook  |  Share on X  |  Email  |  Comments (87)", "", "", "B")],
        [("The University of Wexhallow plans to close its School of Modern Languages and Cultures at the end of the 2026-27 academic year, putting 68 jobs at risk, staff were told on Tuesday.", "", "", "W")],
        [("In an email to all staff, the Vice-Chancellor, Professor Dame Alison Fernacre-Obura, wrote that the university faced a deficit of £23.4m this year and “cannot go on subsidising courses that students are no longer choosing”.", "Alison Fernacre-Obura", "wrote", "W")],
        [("Applications to the school's single-honours degrees have fallen from 412 in 2019 to 139 this year, she wrote.", "Alison Fernacre-Obura", "wrote", "W")],
        [("Dr Morwenna Tresillian-Okanbiyi, president of the university's branch of the Academic Staff Guild, said the figures told only half the story.", "Morwenna Tresillian-Okanbiyi", "said", "")],
        [("“Applications are down across the sector.", "Morwenna Tresillian-Okanbiyi", "said", "W"),
         ("That's not a reason to shut a school that brings in £6m a year in research grants,” she said.", "Morwenna Tresillian-Okanbiyi", "said", "W")],
        [("She said the branch would ballot its members on strike action in June.", "Morwenna Tresillian-Okanbiyi", "said", "W")],
        [("The Vice-Chancellor rejected the claim.", "Alison Fernacre-Obura", "rejected", ""),
         ("Research grants, she told the Courier on Wednesday, covered “well under half” of what the school cost to run.", "Alison Fernacre-Obura", "told the Courier", "W")],
        [("“I came into this job as a linguist,” she said.", "Alison Fernacre-Obura", "said", "W"),
         ("“I did my PhD on Occitan poetry.", "Alison Fernacre-Obura", "said", "W"),
         ("Nobody has to explain to me what we lose.", "Alison Fernacre-Obura", "said", "")],
        [("“But I have a duty to the 19,000 students we have now, and to the 2,900 people who work here.", "Alison Fernacre-Obura", "said", "W"),
         ("Every year we spend money we don't have, we put those jobs at risk too.”", "Alison Fernacre-Obura", "said", "")],
        [("The plan follows a review of the university's finances by the consultancy Ostrand Lane Partners, which was presented to its governing council in March.", "", "", "W")],
        [("The review, seen by the Courier, found that 11 of the university's 34 schools ran at a loss last year.", "The review", "found", "W"),
         ("It recommended closing or merging four of them.", "The review", "recommended", "W")],
        [("Dr Tresillian-Okanbiyi said the branch had asked to see the full review and been refused.", "Morwenna Tresillian-Okanbiyi", "said", "W"),
         ("“They're asking us to trust a document they won't show us,” she added.", "Morwenna Tresillian-Okanbiyi", "added", "")],
        [("Ewan Rudgely-Marshfield, a second-year student of French and Arabic, said his course would be “taught out”, meaning he could finish his degree but no new students would be admitted.", "Ewan Rudgely-Marshfield", "said", "W")],
        [("“Half my lecturers will be gone by my final year.", "Ewan Rudgely-Marshfield", "asked", ""),
         ("How is that the same degree?” he asked.", "Ewan Rudgely-Marshfield", "asked", "")],
        [("A university spokesperson said every current student would be able to complete their degree at Wexhallow.", "A university spokesperson", "said", "W")],
        [("The MP for Wexhallow North, Tobias Garnell-Whitgarth, who studied German at the university in the 1990s, said he had written to the Vice-Chancellor asking her to pause the plan.", "Tobias Garnell-Whitgarth", "said", "W")],
        [("He said: “A city of Wexhallow's size without a languages department is a city that has stopped looking outward.”", "Tobias Garnell-Whitgarth", "said:", "")],
        [("The Office for Students did not respond to a request for comment.", "The Office for Students", "did not respond to a request for comment", "")],
        [("A staff consultation on the proposal runs until June 19.", "", "", "W")],
        [("Got a story?", "", "", "B"),
         ("Email newsdesk@wexhallowcourier.co.uk", "", "", "B")],
        [("MORE FROM THE COURIER", "", "", "B")],
        [("Wexhallow students' union elects first part-time president", "", "", "B")],
        [("Wexhallow Courier is published by Strandley Regional Media Ltd.", "", "", "B"),
         ("Registered in England No. 04418270.", "", "", "B")],
    ],
    [  # 3. Malaysian daily, a landslide cuts off a highland village: Datuk Seri Dr, Datuk, Tan Sri dropped, later references by given name, Chinese family name first, Malay quotes with translations, two men alternating
        [("THE LEMBAYUNG MERIDIAN", "", "", "B")],
        [("Nation  |  Metro  |  Business  |  Sport  |  Lifestyle  |  Opinion  |  Videos", "", "", "B")],
        [("Nation", "", "", "B")],
        [("Landslide cuts off highland village, 1,300 residents stranded", "", "", "W")],
        [("Contractor was due to strengthen slope in March, says state exco", "Zulkarnain Hafizuddin Mat Jusoh", "says", "W")],
        [("By NUR ADLINA KAMARUZZAMAN and CHEW WAI LENG", "", "", "B")],
        [("Thursday, 07 May 2026  |  8:12 AM MYT", "", "", "B")],
        [("Firemen clearing debris on Jalan Lembah Kerisik yesterday.", "", "", ""),
         ("— Bomba handout", "", "", "B")],
        [("KUANTAN: A landslide on Jalan Lembah Kerisik early yesterday has cut off the only road to Kampung Sungai Lereh and three resorts in the Pahang highlands, leaving about 1,300 residents and 420 tourists stranded.", "", "", "W")],
        [("No one was hurt when an estimated 8,000 cubic metres of earth slid across a 60m stretch of the road at about 4.40am, the state Fire and Rescue Department said in a statement.", "the state Fire and Rescue Department", "said in a statement", "W")],
        [("State Fire and Rescue Department director Datuk Nor Hazlina Abdul Ghani said a team of 24 firemen had reached the village on foot by 9am to check on residents.", "Nor Hazlina Abdul Ghani", "said", "W")],
        [("“Everyone is accounted for.", "Nor Hazlina Abdul Ghani", "told reporters", "W"),
         ("There is enough food and water for three days, and we are sending more by four-wheel drive through the estate road,” she told reporters at the site.", "Nor Hazlina Abdul Ghani", "told reporters", "W")],
        [("State Works, Transport and Infrastructure Committee chairman Datuk Seri Dr Zulkarnain Hafizuddin Mat Jusoh said the Public Works Department (JKR) would build a temporary bypass through a neighbouring tea estate.", "Zulkarnain Hafizuddin Mat Jusoh", "said", "W")],
        [("He said the slope had been listed as high-risk in a 2023 JKR survey of 142 slopes in the district, and that RM3.2mil had been approved to strengthen it.", "Zulkarnain Hafizuddin Mat Jusoh", "said", "W")],
        [("“The contract was awarded last year.", "Zulkarnain Hafizuddin Mat Jusoh", "said", "W"),
         ("Work was supposed to start in March, but the contractor asked for more time because of the monsoon,” Zulkarnain said.", "Zulkarnain Hafizuddin Mat Jusoh", "said", "W")],
        [("The contractor, Kerisik Cemerlang Engineering Sdn Bhd, is a subsidiary of Ashcorran Tenggara Holdings Bhd, whose chairman is Tan Sri Yeoh Kah Seng.", "", "", "W")],
        [("Yeoh, speaking to reporters at a separate event in Kuala Lumpur, said the company had never been told the slope was urgent.", "Yeoh Kah Seng", "said", "W")],
        [("“If the state says it was high-risk, show me the letter.", "Yeoh Kah Seng", "said", ""),
         ("We received the site handover in February, not before,” he said.", "Yeoh Kah Seng", "said", "W")],
        [("Asked about Yeoh's remarks, Zulkarnain said the handover date was “a matter of record” and that the state would publish its correspondence with the contractor.", "Zulkarnain Hafizuddin Mat Jusoh", "said", "W")],
        [("He added that the contract carried a penalty of RM4,500 for each day of delay.", "Zulkarnain Hafizuddin Mat Jusoh", "added", "W")],
        [("The bypass should be ready in about two weeks, he said.", "Zulkarnain Hafizuddin Mat Jusoh", "said", "")],
        [("“Kami tak boleh keluar langsung (We can't get out at all),” said Rohani Ishkandar, 58, who sells vegetables from a stall by the road.", "Rohani Ishkandar", "said", "")],
        [("She said the village had been cut off twice before, in 2014 and 2021, each time for about a week.", "Rohani Ishkandar", "said", "W")],
        [("Nor Hazlina said firemen would stay in the village until the bypass opened.", "Nor Hazlina Abdul Ghani", "said", "W")],
        [("A spokesperson for the Lereh Highlands Resort Operators Association said 312 bookings had been cancelled since the road closed.", "A spokesperson for the Lereh Highlands Resort Operators Association", "said", "W")],
        [("The Malaysian Meteorological Department has issued a continuous rain warning for the district until Friday.", "", "", "W"),
         ("More heavy rain is expected over the next three days, according to the department.", "the department", "according to", "")],
        [("Lereh assemblyman Muhammad Hafiz Ramlan wrote on Facebook that he had asked the state government to set aside RM500,000 for villagers who have lost income.", "Muhammad Hafiz Ramlan", "wrote on Facebook", "W")],
        [("“Jangan biar mereka tunggu (Don't make them wait),” he wrote.", "Muhammad Hafiz Ramlan", "wrote", "")],
        [("Nor Hazlina urged the public to stay away from the area.", "Nor Hazlina Abdul Ghani", "urged", "")],
        [("Related News", "", "", "B")],
        [("Nation: Slope repair contracts under review in three states", "", "", "B")],
        [("Copyright © 1996-2026 Lembayung Meridian Publications Sdn Bhd (198601004417)", "", "", "B")],
    ],
    [  # 4. Jamaican daily, three fishermen missing at sea: an opening quote nobody said, Lieutenant Commander and Reverend dropped, two men alternating, a father and son sharing a surname, a quote over three paragraphs
        [("THE NORTHCOAST LANTERN", "", "", "B")],
        [("Home | News | Parish News | Sport | Entertainment | Letters | Obituaries", "", "", "B")],
        [("Parish News", "", "", "B")],
        [("Search for three fishermen missing off St Thomas enters fourth day", "", "", "W")],
        [("Coast Guard vows to keep looking; fishermen say the search began too late", "the Jamaica Defence Force (JDF) Coast Guard", "vows", "")],
        [("Tanisha Brydell-Moorhaye/Staff Reporter", "", "", "B")],
        [("Wednesday | April 29, 2026 | 12:14 AM", "", "", "B")],
        [("“The sea doesn't give back what it takes.”", "", "", "")],
        [("On the beach at Conch Reef, in St Thomas, the saying is repeated so often that nobody remembers who said it first.", "", "", ""),
         ("Since Saturday it has hung over the fishing village like the rain clouds that have sat on the hills all week.", "", "", "")],
        [("Three of its men — Andre Thwaycross-Munroe, 34, Dwight Keslowe, 41, and Errol Brimmett-Gallowhill, 29 — have been missing since their 28-foot canoe overturned about 11 nautical miles off the parish's south coast on Saturday afternoon.", "", "", "W")],
        [("A fourth man, Rushane Dacosta-Pringle, 23, was pulled from the water by another boat on Sunday morning after clinging to a fuel drum for almost 18 hours.", "", "", "W")],
        [("Lieutenant Commander Nigel Oxenbury-Thame, operations officer of the Jamaica Defence Force (JDF) Coast Guard, told the Lantern yesterday that two vessels and a JDF helicopter had searched about 1,400 square nautical miles since Sunday.", "Nigel Oxenbury-Thame", "told the Lantern", "W")],
        [("“We are not scaling down.", "Nigel Oxenbury-Thame", "said", ""),
         ("As long as there is a reasonable chance of survival, we keep going,” he said.", "Nigel Oxenbury-Thame", "said", "")],
        [("But Cecil Wraybrook-Haye, president of the Conch Reef Fishermen's Co-operative, who has fished these waters for 40 years, said the search should have started sooner.", "Cecil Wraybrook-Haye", "said", "")],
        [("He said the co-op called the Coast Guard at about 7 p.m. on Saturday, when the men did not return, and that no vessel left port until 6 the next morning.", "Cecil Wraybrook-Haye", "said", "W")],
        [("“Eleven hours.", "Cecil Wraybrook-Haye", "said", "W"),
         ("Eleven hours we were out there in our own boats with torches,” he said.", "Cecil Wraybrook-Haye", "said", "")],
        [("Oxenbury-Thame said the first call the Coast Guard logged was at 10.52 p.m.", "Nigel Oxenbury-Thame", "said", "W"),
         ("He said a vessel left within the hour but turned back in swells of up to six metres, and went out again at first light.", "Nigel Oxenbury-Thame", "said", "W")],
        [("Clinton Thwaycross-Munroe, Andre's father, sat on an upturned crate outside the co-op's shed, holding his son's cap.", "", "", "")],
        [("“Andre was born for the sea.", "Clinton Thwaycross-Munroe", "said", ""),
         ("From he was eight years old he was in the boat with me,” the elder Thwaycross-Munroe said.", "Clinton Thwaycross-Munroe", "said", "")],
        [("“Him know that water better than anybody.", "Clinton Thwaycross-Munroe", "said", ""),
         ("If anybody can hold on, is him.", "Clinton Thwaycross-Munroe", "said", "")],
        [("“Me not giving up.", "Clinton Thwaycross-Munroe", "said", ""),
         ("Me going back out tomorrow with the others.”", "Clinton Thwaycross-Munroe", "said", "")],
        [("Dacosta-Pringle, speaking from his bed at the parish hospital, said a wave “bigger than a house” hit the canoe shortly after its engine cut out.", "Rushane Dacosta-Pringle", "said", "")],
        [("He said all four men had life jackets on board but only he had been wearing one.", "Rushane Dacosta-Pringle", "said", "W")],
        [("Reverend Marcia Eberle-Tullymore of the Conch Reef Gospel Assembly led a vigil on the beach on Monday night, attended by about 200 people.", "", "", ""),
         ("“We are praying for a miracle, and we are praying for the families,” she said.", "Marcia Eberle-Tullymore", "said", "")],
        [("The fisheries ministry said in a statement that each family would receive $150,000 in emergency assistance.", "The fisheries ministry", "said in a statement", "W")],
        [("According to the National Fisheries Authority, 14 fishermen have been lost at sea off Jamaica since 2022.", "the National Fisheries Authority", "according to", "W")],
        [("The JDF declined to say whether the search would continue beyond Friday.", "The JDF", "declined to say", "")],
        [("Anyone with information is asked to call the Coast Guard operations room at 876-555-0178.", "", "", "B")],
        [("RELATED STORIES", "", "", "B")],
        [("Fishermen demand radios for every canoe", "", "", "B")],
        [("© 2026 Lantern Publishing Company Limited.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 5. Dutch English-language news site, an office block to become student housing: van/de particles kept, wethouder, prof. dr. and mr. dropped, a father and daughter sharing a surname, a daughter named after her words, a ministry's letter to parliament
        [("Polderwire — Dutch news in English", "", "", "B")],
        [("Politics   Housing   Economy   Society   Weather   Podcast", "", "", "B")],
        [("Housing", "", "", "B")],
        [("Utrecht presses ahead with 480 student flats in empty office block despite residents' objections", "", "", "W")],
        [("Reading time: 4 min  ·  10 May 2026", "", "", "B")],
        [("Utrecht city council will turn a vacant office block in the Zuilenveld district into 480 student flats, despite objections from nearby residents who say the neighbourhood is already too crowded.", "", "", "W")],
        [("The council voted 27-18 on Thursday night to approve the plan, which the housing alderman, Joost van den Heuvelink, had put forward in January.", "", "", "W")],
        [("The eleven-storey building on the Kanaalkade has stood empty since an insurer moved out in 2021.", "", "", "W")],
        [("“We have 480 rooms' worth of concrete standing empty, and students sleeping on sofas,” Van den Heuvelink told the council before the vote.", "Joost van den Heuvelink", "told the council", "W"),
         ("“I don't see how we can say no to this.”", "Joost van den Heuvelink", "told the council", "")],
        [("Pieter de Wendrik, who chairs the Zuilenveld residents' association and has lived on the street behind the block for 31 years, said the council had ignored its own rules on parking and green space.", "Pieter de Wendrik", "said", "")],
        [("He said the plan included 40 bicycle spaces for every 100 rooms, half the number the city's own 2024 guidelines require.", "Pieter de Wendrik", "said", "W")],
        [("Van den Heuvelink said the guidelines allowed exceptions near a railway station, and that the block was a six-minute walk from one.", "Joost van den Heuvelink", "said", "W"),
         ("He said a further 300 bicycle spaces would be built in a former car park across the road.", "Joost van den Heuvelink", "said", "W")],
        [("The residents' association has hired a lawyer, mr. Thijs Brakkenburg, who said it would file an objection with the municipality within the six-week deadline.", "Thijs Brakkenburg", "said", "W"),
         ("If that fails, he said, the association will go to court.", "Thijs Brakkenburg", "said", "")],
        [("De Wendrik said he was not against students.", "Pieter de Wendrik", "said", ""),
         ("“My own daughter is one,” he said.", "Pieter de Wendrik", "said", "W"),
         ("“But 480 of them in one building, in a street of family houses?", "Pieter de Wendrik", "said", ""),
         ("Nobody asked us.”", "Pieter de Wendrik", "said", "")],
        [("The council says it held three information evenings last year, attended by about 150 people in all.", "The council", "says", "W")],
        [("“I have moved six times in two years.", "Femke de Wendrik", "describes", "W"),
         ("Once I slept in a tent at a campsite for the first three weeks of term because there was nothing else.”", "Femke de Wendrik", "describes", "")],
        [("That is how Femke de Wendrik, 22, a psychology student and Pieter's daughter, describes her search for a room in Utrecht.", "Femke de Wendrik", "describes", "")],
        [("She backs the plan, she said, “even if my father doesn't.”", "Femke de Wendrik", "said", "")],
        [("A report by the Rijnstad Planning Bureau, published in March, found that Utrecht was short of about 9,600 student rooms, more than any other Dutch city except Amsterdam.", "A report by the Rijnstad Planning Bureau", "found", "W"),
         ("It estimated that converting empty offices could provide a third of them by 2030.", "A report by the Rijnstad Planning Bureau", "estimated", "W")],
        [("Prof. dr. Marleen Zuidhoek-Ambani, who studies housing markets at Utrecht University, said conversions were “the quickest win there is” but warned that they rarely came with the shops and services new residents needed.", "Marleen Zuidhoek-Ambani", "said", "")],
        [("“A building is not a neighbourhood,” she said.", "Marleen Zuidhoek-Ambani", "said", "")],
        [("In a letter to parliament last month, the Ministry of Housing and Spatial Planning said the national shortage of student rooms stood at 26,500 and that it would give cities €45 million this year for conversions.", "the Ministry of Housing and Spatial Planning", "said in a letter to parliament", "W")],
        [("The building's owner, Kanaalkade Vastgoed BV, did not respond to questions from Polderwire.", "Kanaalkade Vastgoed BV", "did not respond to questions", "")],
        [("The first students are due to move in by September 2027.", "", "", "W")],
        [("Quotes from Dutch-language sources have been translated by Polderwire.", "", "", "B")],
        [("Support independent Dutch news in English — become a member from €4 a month.", "", "", "B")],
        [("Read more: Amsterdam caps rents for new student rooms", "", "", "B")],
        [("© Polderwire 2026  ·  About  ·  Advertise  ·  Privacy", "", "", "B")],
    ],
    [  # 6. Kenyan daily, a court ruling in a church land dispute: Archbishop, Rt Rev, Lady Justice, Mzee dropped, two bishops alternating, the court and the ruling as sources, a church statement then It, declined to comment
        [("RIFT VALLEY SENTINEL", "", "", "B")],
        [("News | Counties | Business | Sports | Opinion | Sentinel Digital | ePaper", "", "", "B")],
        [("Counties › Nakuru", "", "", "B")],
        [("Court hands disputed 40-acre church land in Nakuru to breakaway faction", "", "", "W")],
        [("Archbishop says the church will appeal the ruling", "Elijah Kimaru-Ondikoi", "says", "W")],
        [("By WANJIRU MUTHEE-KARANJA", "", "", "B")],
        [("Published: Tuesday, May 19, 2026 8:30 PM EAT", "", "", "B")],
        [("The Environment and Land Court in Nakuru has ruled that a 40-acre parcel on which the Ngatamu Gospel Fellowship Church built its headquarters belongs to a breakaway faction led by Bishop Samuel Kipsamoei-Kogo, ending a dispute that has split the church for seven years.", "", "", "W")],
        [("In a 38-page judgment delivered on Tuesday, Lady Justice Miriam Olweny-Waweru found that the land had been registered in 1998 to the Ngatamu Gospel Fellowship Trust, whose trustees now sit with the breakaway group.", "Miriam Olweny-Waweru", "found", "W")],
        [("The judge said the church's national council had “no legal capacity” to transfer the land in 2019 because it was not the registered owner.", "Miriam Olweny-Waweru", "said", "W")],
        [("She ordered the Nakuru county land registrar to cancel the 2019 transfer within 30 days.", "", "", "W")],
        [("“A church is free to govern its faith as it wishes,” the judgment reads.", "the judgment", "reads", ""),
         ("“It is not free to govern land it does not own.”", "the judgment", "reads", "")],
        [("The church's presiding head, Archbishop Elijah Kimaru-Ondikoi, told the Sentinel on Wednesday that the church would appeal.", "Elijah Kimaru-Ondikoi", "told the Sentinel", "W")],
        [("“The trust was created to serve the church, not to walk away with it,” he said.", "Elijah Kimaru-Ondikoi", "said", "")],
        [("He said the church had spent more than Sh60 million on the buildings on the land, including a 2,000-seat sanctuary and a primary school.", "Elijah Kimaru-Ondikoi", "said", "W")],
        [("Kipsamoei-Kogo, speaking outside the court, called the ruling “a victory for the truth.”", "Samuel Kipsamoei-Kogo", "called", "")],
        [("He said his faction would not evict the school.", "Samuel Kipsamoei-Kogo", "said", "W"),
         ("“The children will stay.", "Samuel Kipsamoei-Kogo", "said", ""),
         ("Nobody is chasing children,” he said.", "Samuel Kipsamoei-Kogo", "said", "")],
        [("He said the archbishop had been invited to talks three times since 2022 and had not come.", "Samuel Kipsamoei-Kogo", "said", "W")],
        [("The archbishop denied that.", "Elijah Kimaru-Ondikoi", "denied", "W"),
         ("He said he had attended a meeting at a Nakuru hotel in November 2023, at which the two sides agreed to share the sanctuary, an agreement he said the faction broke within a month.", "Elijah Kimaru-Ondikoi", "said", "W")],
        [("The split began in 2019, when the national council removed Kipsamoei-Kogo as bishop of the Rift diocese over what it called “financial irregularities.”", "", "", "W")],
        [("He has always denied any wrongdoing, and no charges were brought.", "Samuel Kipsamoei-Kogo", "has always denied", "W")],
        [("The Rt Rev Grace Chepkurgat-Sambu, who was appointed bishop of the diocese in his place, declined to comment on the ruling.", "Grace Chepkurgat-Sambu", "declined to comment", "")],
        [("In a statement, the Ngatamu Gospel Fellowship Church said its members should stay calm and continue to worship “in peace and unity.”", "the Ngatamu Gospel Fellowship Church", "said in a statement", ""),
         ("It said services at the headquarters would go ahead on Sunday.", "the Ngatamu Gospel Fellowship Church", "said", "W")],
        [("Mzee Joseph arap Koskei-Kirui, 81, who says he gave part of the land to the church in 1996, sat through the ruling in the public gallery.", "", "", ""),
         ("“I gave it to God, not to bishops,” he said afterwards.", "Joseph arap Koskei-Kirui", "said", "")],
        [("According to court records, the church has filed 11 cases over the land in various courts since 2019.", "court records", "according to", "W")],
        [("Police said officers would be deployed at the church on Sunday.", "Police", "said", "W")],
        [("RELATED: Church factions clash in Nakuru over Easter service", "", "", "B")],
        [("Have a story?", "", "", "B"),
         ("WhatsApp the Sentinel newsdesk on 0700 555 019.", "", "", "B")],
        [("© 2026 Sentinel Media Group Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Nigerian national daily, kingmakers reject the state's choice of a new Oba: High Chief, Chief (Mrs.), Prince, Oba, Mrs., SP dropped, two princes alternating, Kabiyesi inside a quote, a ruling house's statement, a Q&A section
        [("DAWNPOST NIGERIA", "", "", "B")],
        [("Home  News  Politics  Business  Sports  Columns  Ọ̀rọ̀ Yorùbá  Videos", "", "", "B")],
        [("News", "", "", "B")],
        [("Ikorelu kingmakers reject state's choice of new Olukore", "", "", "W")],
        [("Government acted within the law, says commissioner", "Temilade Osunkunle-Bamgbala", "says", "")],
        [("From Kayode Ibiwunmi-Martins, Akure", "", "", "B")],
        [("May 14, 2026 | 6:05 am", "", "", "B")],
        [("The kingmakers of Ikorelu, in Ondo State, have rejected the state government's approval of Prince Babatunde Okeowo-Agboluaje as the next Olukore of Ikorelu, saying he was not among the candidates they presented.", "The kingmakers of Ikorelu", "saying", "W")],
        [("The stool has been vacant since the death of Oba Adewale Fagbenro-Osolo, the Olukore, in June 2025 after a 33-year reign.", "", "", "W")],
        [("The head of the kingmakers, High Chief Adebisi Olorunnisola-Igbekoyi, the Odofin of Ikorelu, told Dawnpost on Tuesday that the six kingmakers had met on March 3 and voted 5-1 for Prince Olamide Adetomiwa-Falore of the Adetomiwa ruling house.", "Adebisi Olorunnisola-Igbekoyi", "told Dawnpost", "W")],
        [("“We did our duty according to the chieftaincy declaration.", "Adebisi Olorunnisola-Igbekoyi", "said", "W"),
         ("The letter is in the government's hands,” he said.", "Adebisi Olorunnisola-Igbekoyi", "said", "W")],
        [("But the Commissioner for Local Government and Chieftaincy Affairs, Mrs. Temilade Osunkunle-Bamgbala, said the kingmakers' meeting had been “irregular” because two of them had not been properly installed.", "Temilade Osunkunle-Bamgbala", "said", "W")],
        [("She said the government had acted on the advice of a panel it set up in April, which interviewed seven princes from the town's two ruling houses.", "Temilade Osunkunle-Bamgbala", "said", "W")],
        [("“The governor approved the candidate the panel found most qualified.", "Temilade Osunkunle-Bamgbala", "said", "W"),
         ("That is within his powers under the Chiefs Law,” she said.", "Temilade Osunkunle-Bamgbala", "said", "")],
        [("Adetomiwa-Falore, a retired customs officer, said he would challenge the approval in court.", "Olamide Adetomiwa-Falore", "said", "W"),
         ("“The kingmakers chose me.", "Olamide Adetomiwa-Falore", "said", ""),
         ("Ask them,” he said.", "Olamide Adetomiwa-Falore", "said", "")],
        [("Okeowo-Agboluaje, a Lagos-based lawyer and businessman, said the panel's process had been open and that he was “the only candidate to submit a full development plan for the town.”", "Babatunde Okeowo-Agboluaje", "said", "W")],
        [("He said he would reach out to his rival “as a brother.”", "Babatunde Okeowo-Agboluaje", "said", "")],
        [("Asked about that, Adetomiwa-Falore laughed.", "", "", ""),
         ("“He has my number,” he said.", "Olamide Adetomiwa-Falore", "said", "")],
        [("In a statement signed by its secretary, Mr. Kolawole Adegbite-Oyinkansola, the Adetomiwa ruling house described the approval as “a slap on the face of tradition.”", "the Adetomiwa ruling house", "described", "")],
        [("“Kabiyesi ruled this town for 33 years without a single crisis.", "Morenike Afolaranmi-Ekunsanmi", "said", "W"),
         ("He would not recognise what is happening now,” said Chief (Mrs.) Morenike Afolaranmi-Ekunsanmi, the Iyalode of Ikorelu.", "Morenike Afolaranmi-Ekunsanmi", "said", "")],
        [("The state police command said it had deployed officers to the palace.", "The state police command", "said", "W"),
         ("Its spokesperson, SP Funmilayo Odunbaku-Alaran, urged residents to remain calm.", "Funmilayo Odunbaku-Alaran", "urged", "")],
        [("Q&A: ‘We will not crown a man we did not choose’", "", "", "")],
        [("High Chief Olorunnisola-Igbekoyi spoke to Dawnpost at his residence in Ikorelu.", "", "", "W"),
         ("The interview has been edited for length.", "", "", "B")],
        [("Q: The government says your meeting was irregular.", "The government", "says", "W"),
         ("Was it?", "", "", "")],
        [("A: No.", "Adebisi Olorunnisola-Igbekoyi", "A:", "W"),
         ("All six kingmakers were installed between 2009 and 2017, and the government's own gazette lists them.", "Adebisi Olorunnisola-Igbekoyi", "A:", "W")],
        [("Q: Will you crown Prince Okeowo-Agboluaje if the government insists?", "", "", "")],
        [("A: We will not crown a man we did not choose.", "Adebisi Olorunnisola-Igbekoyi", "A:", ""),
         ("Kabiyesi would never have allowed it.", "Adebisi Olorunnisola-Igbekoyi", "A:", "")],
        [("Q: What happens now?", "", "", "")],
        [("A: We have written to the governor asking for a meeting.", "Adebisi Olorunnisola-Igbekoyi", "A:", "W"),
         ("Our lawyers are studying the matter.", "Adebisi Olorunnisola-Igbekoyi", "A:", "")],
        [("Join Dawnpost on WhatsApp for breaking news", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Akure traders protest new market levy", "", "", "B")],
        [("Copyright © 2026 Dawnpost Media Limited", "", "", "B")],
    ],
    [  # 8. Philippine regional site, a fire razes a public market: FSSupt., PCol., Rep., Atty. and Aling dropped, Ma. kept, a mayor and a congresswoman alternating, a report then The report, an anonymous investigator, Hiligaynon with a translation
        [("KAPULUAN CHRONICLE", "", "", "B")],
        [("Home  |  Regions  |  Nation  |  Business  |  Sports  |  Opinion  |  Kapuluan TV", "", "", "B")],
        [("Regions / Western Visayas", "", "", "B")],
        [("Fire razes 320 stalls at Iloilo City public market; arson not ruled out", "", "", "W")],
        [("Mayor, congresswoman trade blame over market's fire safety", "", "", "")],
        [("By Jessamine Ortegal-Lacsinto", "", "", "B")],
        [("May 11, 2026, 9:40 PM", "", "", "B")],
        [("Burned-out stalls at the Sampaguita Public Market on Sunday.", "", "", ""),
         ("(Photo courtesy of BFP Region 6)", "", "", "B")],
        [("ILOILO CITY — A fire that broke out before dawn on Sunday destroyed about 320 stalls at the Sampaguita Public Market, leaving some 600 vendors without a livelihood, according to the Bureau of Fire Protection (BFP).", "the Bureau of Fire Protection (BFP)", "according to", "W")],
        [("The fire started at about 3:20 a.m. and was declared under control at 7:05 a.m., FSSupt. Ramil Dagumboy-Alcantaran, the BFP's regional director, said.", "Ramil Dagumboy-Alcantaran", "said", "W"),
         ("He put the damage at ₱48 million.", "Ramil Dagumboy-Alcantaran", "put", "W")],
        [("Investigators had not ruled out arson, he said, because witnesses saw two fires start at almost the same time at opposite ends of the building.", "Ramil Dagumboy-Alcantaran", "said", "W")],
        [("A BFP investigator, who was not authorized to speak to the media, said the two points of origin were “about 40 meters apart.”", "A BFP investigator", "said", "W")],
        [("PCol. Jerome Paglinawan-Yusingco, the city police director, said a special team had been formed and that CCTV footage from nearby shops was being reviewed.", "Jerome Paglinawan-Yusingco", "said", "W")],
        [("Mayor Ma. Corazon Villareal-Tanchingco, who visited the site on Sunday morning, said the city would give each affected vendor ₱10,000 in cash aid and set up a temporary market on the plaza within a week.", "Ma. Corazon Villareal-Tanchingco", "said", "W")],
        [("“Our vendors lost everything overnight.", "Ma. Corazon Villareal-Tanchingco", "said", ""),
         ("We will not leave them,” she said.", "Ma. Corazon Villareal-Tanchingco", "said", "")],
        [("But Rep. Leonora Abaya-Sinamban, who represents the city in Congress, said the city had been warned about the market's wiring in 2024.", "Leonora Abaya-Sinamban", "said", "W")],
        [("She posted on Facebook a copy of a BFP inspection report dated Oct. 2, 2024.", "", "", "W"),
         ("The report listed 17 violations, among them overloaded circuits and blocked fire exits.", "The report", "listed", "W")],
        [("“The warnings were there.", "Leonora Abaya-Sinamban", "wrote", ""),
         ("Nobody acted,” she wrote.", "Leonora Abaya-Sinamban", "wrote", "")],
        [("Villareal-Tanchingco said the city had fixed 12 of the 17 violations by early 2025 and that the rest of the work was part of a ₱95-million renovation due to start in July.", "Ma. Corazon Villareal-Tanchingco", "said", "W"),
         ("She accused the congresswoman of “playing politics with the ashes.”", "Ma. Corazon Villareal-Tanchingco", "accused", "")],
        [("The two have been rivals since Abaya-Sinamban ran against her for mayor in 2022.", "", "", "W")],
        [("Abaya-Sinamban said she would file a resolution calling for a House inquiry into fire safety in public markets.", "Leonora Abaya-Sinamban", "said", "W")],
        [("“Wala na gid kami (We have nothing left),” said Aling Rosario Tabuena-Ongpauco, 63, president of the market's vendors' association, who has sold dried fish there for 40 years.", "Rosario Tabuena-Ongpauco", "said", "")],
        [("She said most vendors had no insurance and owed money to lenders who charge up to 20 percent a month.", "Rosario Tabuena-Ongpauco", "said", "W")],
        [("Atty. Ronaldo Bacani-Limjoco, who represents the association, said it would ask the city to waive stall rentals for six months.", "Ronaldo Bacani-Limjoco", "said", "W")],
        [("The Department of Social Welfare and Development said in a statement that it had released food packs to 540 families.", "The Department of Social Welfare and Development", "said in a statement", "W")],
        [("The market's administrator did not answer calls on Sunday.", "The market's administrator", "did not answer calls", "")],
        [("RELATED STORIES", "", "", "B")],
        [("Iloilo vendors seek moratorium on stall fees", "", "", "B")],
        [("Follow Kapuluan Chronicle on Facebook and Viber for updates.", "", "", "B")],
        [("© 2026 Kapuluan Chronicle.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Australian regional paper, a Senate estimates hearing on PFAS in farm bores: Air Vice-Marshal, Senator and Dr dropped, two men alternating with asked and replied, an according to inside a senator's words, an answer taken on notice, the air vice-marshal as a role
        [("The Carrowdene Advocate", "", "", "B")],
        [("Subscribe  Today's Paper  Log in", "", "", "B")],
        [("News  Sport  Farming  Community  Obituaries  Classifieds", "", "", "B")],
        [("Defence admits PFAS found in Carrowdene bores at 14 times screening level", "", "", "W")],
        [("Senators told families were not warned for eight months", "", "", "W")],
        [("Ashleigh Donnerby-Reevesby", "", "", "B")],
        [("Updated May 28 2026 - 5:12pm, first published 11:40am", "", "", "B")],
        [("The Department of Defence has confirmed that groundwater bores near RAAF Base Carrowdene contained PFAS chemicals at up to 14 times its screening level for drinking water, eight months before residents were told.", "The Department of Defence", "has confirmed", "W")],
        [("Air Vice-Marshal Desmond Hallorann-Vesk, who heads Defence's estate and infrastructure group, told a Senate estimates hearing in Canberra on Wednesday that tests in September 2025 had found the chemicals in four of 11 bores on farms east of the base.", "Desmond Hallorann-Vesk", "told a Senate estimates hearing", "W")],
        [("Residents were not notified until May this year.", "", "", "W")],
        [("Independent senator Callum Ferrabane-Quistwell, who farms near the base, asked why.", "Callum Ferrabane-Quistwell", "asked", "")],
        [("“Eight months.", "Callum Ferrabane-Quistwell", "asked", "W"),
         ("You had the results in September and these families were drinking that water until May?” he asked.", "Callum Ferrabane-Quistwell", "asked", "")],
        [("Hallorann-Vesk replied that the results had to be checked by a second laboratory before they could be released, which took until January.", "Desmond Hallorann-Vesk", "replied", "W"),
         ("He said a further delay came while Defence and the state health department agreed on what advice to give.", "Desmond Hallorann-Vesk", "said", "W")],
        [("“That is not good enough, and I accept that,” he told the committee.", "Desmond Hallorann-Vesk", "told the committee", "")],
        [("Ferrabane-Quistwell said at least 23 households drank bore water, according to a survey by the Carrowdene Water Action Group.", "Callum Ferrabane-Quistwell", "said", "W"),
         ("He asked whether Defence would pay to connect them to town water.", "Callum Ferrabane-Quistwell", "asked", "")],
        [("The air vice-marshal said a decision would be made “within weeks.”", "Desmond Hallorann-Vesk", "said", "")],
        [("Dr Philippa Ormesby-Saycliffe, a deputy secretary of the department, told senators Defence had spent $212 million on PFAS investigations and clean-up at 28 bases since 2016.", "Philippa Ormesby-Saycliffe", "told senators", "W"),
         ("She said bottled water had been delivered to 19 homes near Carrowdene since May 4.", "Philippa Ormesby-Saycliffe", "said", "W")],
        [("In an answer taken on notice and tabled on Thursday, the department said the highest reading, from a bore 2.3 kilometres east of the runway, was 1.12 micrograms per litre.", "the department", "said in an answer taken on notice", "W"),
         ("Its screening level for drinking water is 0.08 micrograms per litre, it said.", "The Department of Defence", "said", "W")],
        [("Leanne Mulcaster-Brogan, who convenes the action group and watched the hearing online, said the admission came “eight months too late.”", "Leanne Mulcaster-Brogan", "said", "")],
        [("“My kids drank from that bore every day,” she said.", "Leanne Mulcaster-Brogan", "said", "")],
        [("She said the group had asked for blood tests for every resident in the area, as had been offered in other towns near bases.", "Leanne Mulcaster-Brogan", "said", "W")],
        [("A spokesperson for the state health department said it had not been given the full test results until April.", "A spokesperson for the state health department", "said", "W")],
        [("The office of the Assistant Minister for Defence did not respond to questions on Thursday.", "The office of the Assistant Minister for Defence", "did not respond to questions", "")],
        [("Got a news tip?", "", "", "B"),
         ("Email news@carrowdeneadvocate.com.au", "", "", "B")],
        [("More from The Advocate", "", "", "B")],
        [("Carrowdene show returns after two-year break", "", "", "B")],
        [("We acknowledge the Traditional Custodians of the lands on which we report.", "", "", "B")],
        [("© 2026 Carrowdene Advocate Pty Ltd", "", "", "B")],
    ],
    [  # 10. New Zealand regional paper, the Environment Court extends a wastewater consent: Tā, Kaumātua, Dame, Judge and Mayor dropped, a decision as source, a kaumātua named after his words, two men alternating with disputed, te reo with translations, E. coli
        [("KAIWHENUA TIMES", "", "", "B")],
        [("News   Sport   Rural   Te Ao Māori   Opinion   Notices", "", "", "B")],
        [("Local Democracy Reporting", "", "", "B")],
        [("Environment Court gives Motuhika 15 more years to discharge wastewater into Waitapu River", "", "", "W")],
        [("Iwi trust ‘deeply disappointed’ and weighing High Court appeal", "The Waitapu Iwi Trust", "", "")],
        [("Kahurangi Tamaroa-Brookes, Local Democracy Reporter", "", "", "B")],
        [("Fri, 22 May 2026, 3:15pm", "", "", "B")],
        [("The Environment Court has granted Motuhika District Council a 15-year consent to keep discharging treated wastewater into the Waitapu River, overturning a 2025 decision by independent hearing commissioners who gave it five.", "", "", "W")],
        [("In a decision released on Thursday, Judge Alasdair Penhaligan-Ruatara said a five-year term would not give the council time to fund and build a land-based system, which it estimates will cost $86 million.", "Alasdair Penhaligan-Ruatara", "said", "W")],
        [("“A short consent that cannot be met is no protection for the river,” the decision said.", "the decision", "said", "")],
        [("The court imposed tighter limits on nitrogen and E. coli from 2028 and ordered the council to report on its progress every two years.", "", "", "W")],
        [("The Waitapu Iwi Trust, which opposed the appeal, said it was “deeply disappointed.”", "The Waitapu Iwi Trust", "said", "")],
        [("Its chair, Tā Hemi Rongokura-Waakahu, told Local Democracy Reporting the trust was considering an appeal to the High Court on points of law.", "Hemi Rongokura-Waakahu", "told Local Democracy Reporting", "")],
        [("“For 42 years our people have been told to wait.", "Hemi Rongokura-Waakahu", "said", "W"),
         ("Fifteen more years is another generation,” he said.", "Hemi Rongokura-Waakahu", "said", "")],
        [("The council's three waters manager, Rohan Achtervoort-Nui, said the plant had met its current consent limits in 22 of the past 24 months.", "Rohan Achtervoort-Nui", "said", "W"),
         ("He said the council would start buying land for the new system next year.", "Rohan Achtervoort-Nui", "said", "W")],
        [("Rongokura-Waakahu disputed that.", "Hemi Rongokura-Waakahu", "disputed", ""),
         ("The limits themselves were too loose, he said, and the council's own monitoring showed E. coli readings downstream of the plant had doubled since 2015.", "Hemi Rongokura-Waakahu", "said", "W")],
        [("Kaumātua Matiu Pakaiwai-Horomanga, 84, opened the hearing in March with a karakia.", "", "", "")],
        [("“When I was a boy we swam there every summer.", "Matiu Pakaiwai-Horomanga", "told the court", ""),
         ("My mother washed our clothes in that river.", "Matiu Pakaiwai-Horomanga", "told the court", "")],
        [("“Now I tell my mokopuna not to put their feet in it.”", "Matiu Pakaiwai-Horomanga", "told the court", "")],
        [("Pakaiwai-Horomanga told the court that on its first day, and the judge quoted him in full in the decision.", "Matiu Pakaiwai-Horomanga", "told the court", "")],
        [("Mayor Diane Strathallan-Pikeworth said ratepayers could not afford a faster timetable.", "Diane Strathallan-Pikeworth", "said", ""),
         ("She said the new system would add about $640 a year to the average household's rates.", "Diane Strathallan-Pikeworth", "said", "W")],
        [("Former MP Dame Pania Ratahi-Kempthorne, who grew up in Motuhika, wrote on Facebook that the decision was “a licence to keep polluting.”", "Pania Ratahi-Kempthorne", "wrote on Facebook", "")],
        [("“Kua roa rawa te tatari (We have waited too long),” she wrote.", "Pania Ratahi-Kempthorne", "wrote", "")],
        [("Parties have 15 working days to lodge an appeal.", "", "", "W")],
        [("The Bay of Plenty Regional Council, which monitors the consent, said it would not comment until the appeal period had closed.", "The Bay of Plenty Regional Council", "said", "")],
        [("This story was produced under the Local Democracy Reporting scheme.", "", "", "B")],
        [("Sign up for the Kaiwhenua Times morning briefing", "", "", "B")],
        [("© Kaiwhenua Times 2026  |  Contact  |  Privacy", "", "", "B")],
    ],
    [  # 11. Singapore daily, Parliament on mobility-device fires: two men named Kwah told apart by full names and roles, Mr, Madam, Dr, Associate Professor and Nominated MP dropped, an according to inside a minister's words, a question carried by the asker, an SCDF post then It
        [("THE LIONPORT DAILY", "", "", "B")],
        [("Singapore  Asia  World  Opinion  Life  Business  Tech  Sport  Multimedia", "", "", "B")],
        [("Singapore › Politics", "", "", "B")],
        [("Parliament: Mobility device fires hit five-year high; SCDF to get powers to seize uncertified batteries", "", "", "W")],
        [("Nadia Sohwen-Ramaswaran", "", "", "B")],
        [("Senior Political Correspondent", "", "", "B")],
        [("Updated May 8, 2026, 10:47 PM", "", "", "B")],
        [("SINGAPORE – Fires involving personal mobility devices and power-assisted bicycles rose to 97 in 2025, the highest in five years, Senior Minister of State for Home Affairs Kwah Kok Hwee told Parliament on May 8.", "Kwah Kok Hwee", "told Parliament", "W")],
        [("Of these, 71 broke out in Housing Board flats, and three people died, he said.", "Kwah Kok Hwee", "said", "W")],
        [("Mr Kwah said the Singapore Civil Defence Force (SCDF) would be given powers to seize batteries that do not carry a recognised safety mark, under amendments to the Fire Safety Act to be tabled later this year.", "Kwah Kok Hwee", "said", "W")],
        [("He was replying to Mr Kwah Jun Kiat (Bukit Serunai GRC), who asked whether the current rules went far enough.", "Kwah Jun Kiat", "asked", "")],
        [("The MP, who is no relation to the senior minister of state, said residents in his ward had reported three fires in the same block in Serunai Crescent since 2024.", "Kwah Jun Kiat", "said", "W")],
        [("“Each time, the family says the same thing: we bought it online, it was cheap, we didn't know,” he said.", "Kwah Jun Kiat", "said", "")],
        [("Mr Kwah Kok Hwee said about half of the batteries in last year's fires had been bought from online platforms, according to SCDF investigations.", "Kwah Kok Hwee", "said", "W"),
         ("He said SCDF officers had removed 1,140 non-compliant devices from homes during checks in 2025.", "Kwah Kok Hwee", "said", "W")],
        [("Nominated MP Dr Priya Venkatasubban-Leowong asked if the Government would consider a trade-in scheme for older batteries.", "Priya Venkatasubban-Leowong", "asked", ""),
         ("The senior minister of state said the Land Transport Authority was studying one.", "Kwah Kok Hwee", "said", "W")],
        [("In a written reply to a separate question, the LTA said it had received 412 reports of illegally modified power-assisted bicycles last year, up from 286 in 2024.", "the LTA", "said in a written reply", "W")],
        [("Associate Professor Farhan Rashid Kamaludin, who studies battery safety at the National University of Singapore, said most such fires start while batteries are charging, often overnight.", "Farhan Rashid Kamaludin", "said", "W")],
        [("“A damaged cell can go into thermal runaway in seconds.", "Farhan Rashid Kamaludin", "said", "W"),
         ("By the time the smoke alarm goes off, the corridor may already be blocked,” he said.", "Farhan Rashid Kamaludin", "said", "")],
        [("He advised owners not to charge devices near the front door.", "Farhan Rashid Kamaludin", "advised", "")],
        [("Madam Thng Bee Choo, 67, whose neighbour's flat in Serunai Crescent was gutted in March, said she now keeps a fire extinguisher by her door.", "Thng Bee Choo", "said", "")],
        [("“I sleep better,” she said.", "Thng Bee Choo", "said", "")],
        [("The SCDF said in a Facebook post on May 9 that it had attended two more such fires since Parliament sat.", "The SCDF", "said in a Facebook post", "W"),
         ("It urged the public to buy only devices that carry a recognised safety mark.", "the Singapore Civil Defence Force (SCDF)", "urged", "")],
        [("Join The Lionport Daily's Telegram channel for the latest news.", "", "", "B")],
        [("Read next", "", "", "B")],
        [("Parliament: Fines for e-scooters on footpaths to double", "", "", "B")],
        [("Lionport Press Holdings Pte. Ltd.", "", "", "B"),
         ("Co. Regn. No. 201533917N.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. US public radio site, a rural hospital ends childbirth services: a chief executive and a doctor alternating, a mother's she resolved by context, a state agency's email, an according to, a Q&A whose questions cite a doctor
        [("Sandreach Public Media", "", "", "B")],
        [("Listen Live  |  Donate  |  Newsletters  |  Schedule", "", "", "B")],
        [("News · Health", "", "", "B")],
        [("Grellmont hospital will stop delivering babies July 1, leaving a 90-mile gap in southwest Kansas", "", "", "W")],
        [("By Marcus Yellowhorse-Birk", "", "", "B")],
        [("Published May 13, 2026 at 6:00 AM CDT", "", "", "B")],
        [("Listen • 4:12", "", "", "B")],
        [("Grellmont Regional Hospital will stop delivering babies on July 1, its board decided Monday night, leaving expectant mothers in four southwest Kansas counties a drive of up to 90 miles to the nearest labor and delivery unit.", "", "", "W")],
        [("The hospital delivered 118 babies last year, down from 201 in 2019, chief executive Renee Castelbrand-Lonsett told the board.", "Renee Castelbrand-Lonsett", "told the board", "W")],
        [("She said the unit lost about $1.9 million last year and that the hospital had been unable to fill two of its four obstetric nursing positions for more than a year.", "Renee Castelbrand-Lonsett", "said", "W")],
        [("Dr. Annika Solhaugen-Batts, one of two family physicians who deliver babies at the hospital, said she learned of the decision from a staff email on Tuesday morning.", "Annika Solhaugen-Batts", "said", "W")],
        [("“We were never asked.", "Annika Solhaugen-Batts", "said", ""),
         ("Not once,” she said.", "Annika Solhaugen-Batts", "said", "")],
        [("Castelbrand-Lonsett said the medical staff had been told in February that the unit was under review.", "Renee Castelbrand-Lonsett", "said", "W"),
         ("She said the board “looked at every option,” including sharing nurses with a hospital in Wichita.", "Renee Castelbrand-Lonsett", "said", "W")],
        [("Solhaugen-Batts said a review was not the same as a decision.", "Annika Solhaugen-Batts", "said", "")],
        [("Kansas has lost 14 hospital labor and delivery units since 2015, according to the Kansas Hospital Association.", "the Kansas Hospital Association", "according to", "W")],
        [("The Kansas Department of Health and Environment said in an email that it was “working with the hospital on a transition plan,” but did not say what the plan would include.", "The Kansas Department of Health and Environment", "said in an email", "")],
        [("Brianna Ostrom-Kule, 27, who is due in September, lives in Valmorrow, 64 miles from the nearest hospital that will still deliver babies after July 1.", "", "", "")],
        [("“My last labor was four hours.", "Brianna Ostrom-Kule", "asked", ""),
         ("What if this one's faster?” she asked.", "Brianna Ostrom-Kule", "asked", "")],
        [("Ashvane County Commissioner Dale Ruttiger said the county would ask the state for money to station a second ambulance in Valmorrow.", "Dale Ruttiger", "said", "W")],
        [("Sandreach Public Media spoke with Castelbrand-Lonsett after the board vote.", "", "", "W"),
         ("This interview has been edited for length and clarity.", "", "", "B")],
        [("Q: Why close now?", "", "", "")],
        [("A: We can't staff it safely.", "Renee Castelbrand-Lonsett", "A:", ""),
         ("We have two obstetric nurses where we need four.", "Renee Castelbrand-Lonsett", "A:", "W")],
        [("Q: Dr. Solhaugen-Batts says the doctors were never asked.", "Annika Solhaugen-Batts", "says", ""),
         ("What do you say to that?", "", "", "")],
        [("A: I understand why she feels that way.", "Renee Castelbrand-Lonsett", "A:", ""),
         ("But we met with the medical staff on Feb. 11 and told them the unit was under review.", "Renee Castelbrand-Lonsett", "A:", "W")],
        [("Q: Could the unit reopen?", "", "", "")],
        [("A: If the finances change, yes.", "Renee Castelbrand-Lonsett", "A:", ""),
         ("I'm not going to promise it.", "Renee Castelbrand-Lonsett", "A:", "")],
        [("Sandreach Public Media is a member station of the Kansas Prairie Radio Network.", "", "", "B")],
        [("Support local journalism — give today.", "", "", "B")],
        [("© 2026 Sandreach Public Media", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n54-head-pm-edt-standfirst-semicolon", "Jury convicts Tamsbury contractor of manslaughter in deck collapse that killed two students\nHis lawyer says he will appeal; a victim's mother calls the verdict overdue\nBy Corinne Velasko-Brandsaeter | Staff writer\nUpdated 7:48 p.m. EDT Friday, May 15, 2026\nFacebook    X    Email    Gift this article\nA Mardrith County jury on Friday found contractor Dwayne Pettibrook-Arnsby guilty of two counts of involuntary manslaughter in the collapse of a second-floor deck at a Tamsbury rental house that killed two college students in August 2024.",
     ["Jury convicts Tamsbury contractor of manslaughter in deck collapse that killed two students", "His lawyer says he will appeal; a victim's mother calls the verdict overdue", "By Corinne Velasko-Brandsaeter | Staff writer", "Updated 7:48 p.m. EDT Friday, May 15, 2026", "Facebook    X    Email    Gift this article", "A Mardrith County jury on Friday found contractor Dwayne Pettibrook-Arnsby guilty of two counts of involuntary manslaughter in the collapse of a second-floor deck at a Tamsbury rental house that killed two college students in August 2024."]),
    ("n54-pm-ends-before-name-judge", "Jurors deliberated for about nine hours over two days before returning the verdict shortly after 3 p.m. Pettibrook-Arnsby, 54, showed no reaction as it was read.\nCommon Pleas Judge Harriet Solvaag-Mbekwa set sentencing for July 9 and allowed him to remain free on bond. Each count carries up to five years in prison.\nAssistant Prosecutor Grant Ellingdrum-Mosse, who led the case for the county prosecutor's office, said the verdict showed that “cutting corners has a cost.”",
     ["Jurors deliberated for about nine hours over two days before returning the verdict shortly after 3 p.m.", "Pettibrook-Arnsby, 54, showed no reaction as it was read.", "Common Pleas Judge Harriet Solvaag-Mbekwa set sentencing for July 9 and allowed him to remain free on bond.", "Each count carries up to five years in prison.", "Assistant Prosecutor Grant Ellingdrum-Mosse, who led the case for the county prosecutor's office, said the verdict showed that “cutting corners has a cost.”"]),
    ("n54-quote-broken-told-reporters-fence", "“He was told the ledger board was rotten. He was told twice, in writing,” Ellingdrum-Mosse told reporters on the courthouse steps. “He bolted the new deck to it anyway.”\nThe defense attorney, Leland Oyewunmi-Hatch, said his client would appeal. He said the jury should never have heard about a 2019 code citation that had nothing to do with the house on Tinsmere Lane.\n“That citation was for a fence,” he said. “A fence. Not a deck.”\nHe said Pettibrook-Arnsby had relied on a city inspection of the deck in 2021.\nEllingdrum-Mosse disputed that. The city inspected the footings, not the ledger board, he said, and the permit for the deck was never closed.",
     ["“He was told the ledger board was rotten.", "He was told twice, in writing,” Ellingdrum-Mosse told reporters on the courthouse steps.", "“He bolted the new deck to it anyway.”", "The defense attorney, Leland Oyewunmi-Hatch, said his client would appeal.", "He said the jury should never have heard about a 2019 code citation that had nothing to do with the house on Tinsmere Lane.", "“That citation was for a fence,” he said.", "“A fence.", "Not a deck.”", "He said Pettibrook-Arnsby had relied on a city inspection of the deck in 2021.", "Ellingdrum-Mosse disputed that.", "The city inspected the footings, not the ledger board, he said, and the permit for the deck was never closed."]),
    ("n54-aug-ends-shared-surname", "Kaitlyn Odegren-Fallon, 20, and Marcus Tillcombe-Reynaga, 21, both juniors at Brennoway State University, died when the deck gave way during a party on Aug. 23, 2024. Nine other people were hurt, two of them seriously.\n“It's been 20 months. Twenty months of hearing that it was an accident, that nobody could have known,” said Denise Odegren-Fallon, Kaitlyn's mother.\n“Today 12 people said somebody could have known.”\nKaitlyn's older sister, Lauren Odegren-Fallon, said the family had asked prosecutors to seek the maximum sentence. “She'd want us to be here,” she said.",
     ["Kaitlyn Odegren-Fallon, 20, and Marcus Tillcombe-Reynaga, 21, both juniors at Brennoway State University, died when the deck gave way during a party on Aug. 23, 2024.", "Nine other people were hurt, two of them seriously.", "“It's been 20 months.", "Twenty months of hearing that it was an accident, that nobody could have known,” said Denise Odegren-Fallon, Kaitlyn's mother.", "“Today 12 people said somebody could have known.”", "Kaitlyn's older sister, Lauren Odegren-Fallon, said the family had asked prosecutors to seek the maximum sentence.", "“She'd want us to be here,” she said."]),
    ("n54-quote-then-testified-llc", "The ruling noted that a home inspector had flagged the ledger board in reports dated March 2 and April 11, 2022.\n“I put it in bold. I put a photo of it in. I don't know what else I could have done.”\nSo testified that inspector, Ferris Quarnbeck-Abakwa, on the second day of the trial, his voice breaking.\nThe house's owner, Tamsbury Student Lets LLC, settled a civil suit with both families last year for an undisclosed sum. Its managing member, Priya Castelvern-Ifeobu, declined to comment on Friday.",
     ["The ruling noted that a home inspector had flagged the ledger board in reports dated March 2 and April 11, 2022.", "“I put it in bold.", "I put a photo of it in.", "I don't know what else I could have done.”", "So testified that inspector, Ferris Quarnbeck-Abakwa, on the second day of the trial, his voice breaking.", "The house's owner, Tamsbury Student Lets LLC, settled a civil suit with both families last year for an undisclosed sum.", "Its managing member, Priya Castelvern-Ifeobu, declined to comment on Friday."]),
    ("n54-standfirst-split-m-deficit", "University of Wexhallow to shut languages school with 68 jobs at risk\nVice-Chancellor blames a £23.4m deficit. Union says research income is being ignored\nBy Gideon Harrowlyn-Lundt, Education Reporter\n16:20, 12 MAY 2026\nShare on Facebook  |  Share on X  |  Email  |  Comments (87)\nThe University of Wexhallow plans to close its School of Modern Languages and Cultures at the end of the 2026-27 academic year, putting 68 jobs at risk, staff were told on Tuesday.",
     ["University of Wexhallow to shut languages school with 68 jobs at risk", "Vice-Chancellor blames a £23.4m deficit.", "Union says research income is being ignored", "By Gideon Harrowlyn-Lundt, Education Reporter", "16:20, 12 MAY 2026", "Share on Facebook  |  Share on X  |  Email  |  Comments (87)", "The University of Wexhallow plans to close its School of Modern Languages and Cultures at the end of the 2026-27 academic year, putting 68 jobs at risk, staff were told on Tuesday."]),
    ("n54-two-women-phd-duty", "Dr Morwenna Tresillian-Okanbiyi, president of the university's branch of the Academic Staff Guild, said the figures told only half the story.\n“Applications are down across the sector. That's not a reason to shut a school that brings in £6m a year in research grants,” she said.\nShe said the branch would ballot its members on strike action in June.\nThe Vice-Chancellor rejected the claim. Research grants, she told the Courier on Wednesday, covered “well under half” of what the school cost to run.\n“I came into this job as a linguist,” she said. “I did my PhD on Occitan poetry. Nobody has to explain to me what we lose.\n“But I have a duty to the 19,000 students we have now, and to the 2,900 people who work here. Every year we spend money we don't have, we put those jobs at risk too.”",
     ["Dr Morwenna Tresillian-Okanbiyi, president of the university's branch of the Academic Staff Guild, said the figures told only half the story.", "“Applications are down across the sector.", "That's not a reason to shut a school that brings in £6m a year in research grants,” she said.", "She said the branch would ballot its members on strike action in June.", "The Vice-Chancellor rejected the claim.", "Research grants, she told the Courier on Wednesday, covered “well under half” of what the school cost to run.", "“I came into this job as a linguist,” she said.", "“I did my PhD on Occitan poetry.", "Nobody has to explain to me what we lose.", "“But I have a duty to the 19,000 students we have now, and to the 2,900 people who work here.", "Every year we spend money we don't have, we put those jobs at risk too.”"]),
    ("n54-review-it-question-he-asked", "The plan follows a review of the university's finances by the consultancy Ostrand Lane Partners, which was presented to its governing council in March.\nThe review, seen by the Courier, found that 11 of the university's 34 schools ran at a loss last year. It recommended closing or merging four of them.\nDr Tresillian-Okanbiyi said the branch had asked to see the full review and been refused. “They're asking us to trust a document they won't show us,” she added.\nEwan Rudgely-Marshfield, a second-year student of French and Arabic, said his course would be “taught out”, meaning he could finish his degree but no new students would be admitted.\n“Half my lecturers will be gone by my final year. How is that the same degree?” he asked.",
     ["The plan follows a review of the university's finances by the consultancy Ostrand Lane Partners, which was presented to its governing council in March.", "The review, seen by the Courier, found that 11 of the university's 34 schools ran at a loss last year.", "It recommended closing or merging four of them.", "Dr Tresillian-Okanbiyi said the branch had asked to see the full review and been refused.", "“They're asking us to trust a document they won't show us,” she added.", "Ewan Rudgely-Marshfield, a second-year student of French and Arabic, said his course would be “taught out”, meaning he could finish his degree but no new students would be admitted.", "“Half my lecturers will be gone by my final year.", "How is that the same degree?” he asked."]),
    ("n54-got-a-story-registered-no", "He said: “A city of Wexhallow's size without a languages department is a city that has stopped looking outward.”\nThe Office for Students did not respond to a request for comment.\nA staff consultation on the proposal runs until June 19.\nGot a story? Email newsdesk@wexhallowcourier.co.uk\nMORE FROM THE COURIER\nWexhallow students' union elects first part-time president\nWexhallow Courier is published by Strandley Regional Media Ltd. Registered in England No. 04418270.",
     ["He said: “A city of Wexhallow's size without a languages department is a city that has stopped looking outward.”", "The Office for Students did not respond to a request for comment.", "A staff consultation on the proposal runs until June 19.", "Got a story?", "Email newsdesk@wexhallowcourier.co.uk", "MORE FROM THE COURIER", "Wexhallow students' union elects first part-time president", "Wexhallow Courier is published by Strandley Regional Media Ltd.", "Registered in England No. 04418270."]),
    ("n54-caption-handout-am-times", "Firemen clearing debris on Jalan Lembah Kerisik yesterday. — Bomba handout\nKUANTAN: A landslide on Jalan Lembah Kerisik early yesterday has cut off the only road to Kampung Sungai Lereh and three resorts in the Pahang highlands, leaving about 1,300 residents and 420 tourists stranded.\nNo one was hurt when an estimated 8,000 cubic metres of earth slid across a 60m stretch of the road at about 4.40am, the state Fire and Rescue Department said in a statement.\nState Fire and Rescue Department director Datuk Nor Hazlina Abdul Ghani said a team of 24 firemen had reached the village on foot by 9am to check on residents.\n“Everyone is accounted for. There is enough food and water for three days, and we are sending more by four-wheel drive through the estate road,” she told reporters at the site.",
     ["Firemen clearing debris on Jalan Lembah Kerisik yesterday.", "— Bomba handout", "KUANTAN: A landslide on Jalan Lembah Kerisik early yesterday has cut off the only road to Kampung Sungai Lereh and three resorts in the Pahang highlands, leaving about 1,300 residents and 420 tourists stranded.", "No one was hurt when an estimated 8,000 cubic metres of earth slid across a 60m stretch of the road at about 4.40am, the state Fire and Rescue Department said in a statement.", "State Fire and Rescue Department director Datuk Nor Hazlina Abdul Ghani said a team of 24 firemen had reached the village on foot by 9am to check on residents.", "“Everyone is accounted for.", "There is enough food and water for three days, and we are sending more by four-wheel drive through the estate road,” she told reporters at the site."]),
    ("n54-rm-mil-sdn-bhd-tan-sri", "He said the slope had been listed as high-risk in a 2023 JKR survey of 142 slopes in the district, and that RM3.2mil had been approved to strengthen it.\n“The contract was awarded last year. Work was supposed to start in March, but the contractor asked for more time because of the monsoon,” Zulkarnain said.\nThe contractor, Kerisik Cemerlang Engineering Sdn Bhd, is a subsidiary of Ashcorran Tenggara Holdings Bhd, whose chairman is Tan Sri Yeoh Kah Seng.\nYeoh, speaking to reporters at a separate event in Kuala Lumpur, said the company had never been told the slope was urgent.\n“If the state says it was high-risk, show me the letter. We received the site handover in February, not before,” he said.",
     ["He said the slope had been listed as high-risk in a 2023 JKR survey of 142 slopes in the district, and that RM3.2mil had been approved to strengthen it.", "“The contract was awarded last year.", "Work was supposed to start in March, but the contractor asked for more time because of the monsoon,” Zulkarnain said.", "The contractor, Kerisik Cemerlang Engineering Sdn Bhd, is a subsidiary of Ashcorran Tenggara Holdings Bhd, whose chairman is Tan Sri Yeoh Kah Seng.", "Yeoh, speaking to reporters at a separate event in Kuala Lumpur, said the company had never been told the slope was urgent.", "“If the state says it was high-risk, show me the letter.", "We received the site handover in February, not before,” he said."]),
    ("n54-malay-translation-she-said", "He added that the contract carried a penalty of RM4,500 for each day of delay.\nThe bypass should be ready in about two weeks, he said.\n“Kami tak boleh keluar langsung (We can't get out at all),” said Rohani Ishkandar, 58, who sells vegetables from a stall by the road.\nShe said the village had been cut off twice before, in 2014 and 2021, each time for about a week.\nNor Hazlina said firemen would stay in the village until the bypass opened.",
     ["He added that the contract carried a penalty of RM4,500 for each day of delay.", "The bypass should be ready in about two weeks, he said.", "“Kami tak boleh keluar langsung (We can't get out at all),” said Rohani Ishkandar, 58, who sells vegetables from a stall by the road.", "She said the village had been cut off twice before, in 2014 and 2021, each time for about a week.", "Nor Hazlina said firemen would stay in the village until the bypass opened."]),
    ("n54-opening-quote-no-speaker", "Tanisha Brydell-Moorhaye/Staff Reporter\nWednesday | April 29, 2026 | 12:14 AM\n“The sea doesn't give back what it takes.”\nOn the beach at Conch Reef, in St Thomas, the saying is repeated so often that nobody remembers who said it first. Since Saturday it has hung over the fishing village like the rain clouds that have sat on the hills all week.\nThree of its men — Andre Thwaycross-Munroe, 34, Dwight Keslowe, 41, and Errol Brimmett-Gallowhill, 29 — have been missing since their 28-foot canoe overturned about 11 nautical miles off the parish's south coast on Saturday afternoon.\nA fourth man, Rushane Dacosta-Pringle, 23, was pulled from the water by another boat on Sunday morning after clinging to a fuel drum for almost 18 hours.",
     ["Tanisha Brydell-Moorhaye/Staff Reporter", "Wednesday | April 29, 2026 | 12:14 AM", "“The sea doesn't give back what it takes.”", "On the beach at Conch Reef, in St Thomas, the saying is repeated so often that nobody remembers who said it first.", "Since Saturday it has hung over the fishing village like the rain clouds that have sat on the hills all week.", "Three of its men — Andre Thwaycross-Munroe, 34, Dwight Keslowe, 41, and Errol Brimmett-Gallowhill, 29 — have been missing since their 28-foot canoe overturned about 11 nautical miles off the parish's south coast on Saturday afternoon.", "A fourth man, Rushane Dacosta-Pringle, 23, was pulled from the water by another boat on Sunday morning after clinging to a fuel drum for almost 18 hours."]),
    ("n54-pm-ends-before-he-said", "He said the co-op called the Coast Guard at about 7 p.m. on Saturday, when the men did not return, and that no vessel left port until 6 the next morning.\n“Eleven hours. Eleven hours we were out there in our own boats with torches,” he said.\nOxenbury-Thame said the first call the Coast Guard logged was at 10.52 p.m. He said a vessel left within the hour but turned back in swells of up to six metres, and went out again at first light.\nClinton Thwaycross-Munroe, Andre's father, sat on an upturned crate outside the co-op's shed, holding his son's cap.",
     ["He said the co-op called the Coast Guard at about 7 p.m. on Saturday, when the men did not return, and that no vessel left port until 6 the next morning.", "“Eleven hours.", "Eleven hours we were out there in our own boats with torches,” he said.", "Oxenbury-Thame said the first call the Coast Guard logged was at 10.52 p.m.", "He said a vessel left within the hour but turned back in swells of up to six metres, and went out again at first light.", "Clinton Thwaycross-Munroe, Andre's father, sat on an upturned crate outside the co-op's shed, holding his son's cap."]),
    ("n54-quote-over-three-paragraphs", "Clinton Thwaycross-Munroe, Andre's father, sat on an upturned crate outside the co-op's shed, holding his son's cap.\n“Andre was born for the sea. From he was eight years old he was in the boat with me,” the elder Thwaycross-Munroe said.\n“Him know that water better than anybody. If anybody can hold on, is him.\n“Me not giving up. Me going back out tomorrow with the others.”\nDacosta-Pringle, speaking from his bed at the parish hospital, said a wave “bigger than a house” hit the canoe shortly after its engine cut out.\nHe said all four men had life jackets on board but only he had been wearing one.",
     ["Clinton Thwaycross-Munroe, Andre's father, sat on an upturned crate outside the co-op's shed, holding his son's cap.", "“Andre was born for the sea.", "From he was eight years old he was in the boat with me,” the elder Thwaycross-Munroe said.", "“Him know that water better than anybody.", "If anybody can hold on, is him.", "“Me not giving up.", "Me going back out tomorrow with the others.”", "Dacosta-Pringle, speaking from his bed at the parish hospital, said a wave “bigger than a house” hit the canoe shortly after its engine cut out.", "He said all four men had life jackets on board but only he had been wearing one."]),
    ("n54-lowercase-mr-question-nobody", "Van den Heuvelink said the guidelines allowed exceptions near a railway station, and that the block was a six-minute walk from one. He said a further 300 bicycle spaces would be built in a former car park across the road.\nThe residents' association has hired a lawyer, mr. Thijs Brakkenburg, who said it would file an objection with the municipality within the six-week deadline. If that fails, he said, the association will go to court.\nDe Wendrik said he was not against students. “My own daughter is one,” he said. “But 480 of them in one building, in a street of family houses? Nobody asked us.”",
     ["Van den Heuvelink said the guidelines allowed exceptions near a railway station, and that the block was a six-minute walk from one.", "He said a further 300 bicycle spaces would be built in a former car park across the road.", "The residents' association has hired a lawyer, mr. Thijs Brakkenburg, who said it would file an objection with the municipality within the six-week deadline.", "If that fails, he said, the association will go to court.", "De Wendrik said he was not against students.", "“My own daughter is one,” he said.", "“But 480 of them in one building, in a street of family houses?", "Nobody asked us.”"]),
    ("n54-named-after-prof-dr", "The council says it held three information evenings last year, attended by about 150 people in all.\n“I have moved six times in two years. Once I slept in a tent at a campsite for the first three weeks of term because there was nothing else.”\nThat is how Femke de Wendrik, 22, a psychology student and Pieter's daughter, describes her search for a room in Utrecht.\nShe backs the plan, she said, “even if my father doesn't.”\nA report by the Rijnstad Planning Bureau, published in March, found that Utrecht was short of about 9,600 student rooms, more than any other Dutch city except Amsterdam. It estimated that converting empty offices could provide a third of them by 2030.\nProf. dr. Marleen Zuidhoek-Ambani, who studies housing markets at Utrecht University, said conversions were “the quickest win there is” but warned that they rarely came with the shops and services new residents needed.",
     ["The council says it held three information evenings last year, attended by about 150 people in all.", "“I have moved six times in two years.", "Once I slept in a tent at a campsite for the first three weeks of term because there was nothing else.”", "That is how Femke de Wendrik, 22, a psychology student and Pieter's daughter, describes her search for a room in Utrecht.", "She backs the plan, she said, “even if my father doesn't.”", "A report by the Rijnstad Planning Bureau, published in March, found that Utrecht was short of about 9,600 student rooms, more than any other Dutch city except Amsterdam.", "It estimated that converting empty offices could provide a third of them by 2030.", "Prof. dr. Marleen Zuidhoek-Ambani, who studies housing markets at Utrecht University, said conversions were “the quickest win there is” but warned that they rarely came with the shops and services new residents needed."]),
    ("n54-pm-eat-judgment-reads", "Published: Tuesday, May 19, 2026 8:30 PM EAT\nThe Environment and Land Court in Nakuru has ruled that a 40-acre parcel on which the Ngatamu Gospel Fellowship Church built its headquarters belongs to a breakaway faction led by Bishop Samuel Kipsamoei-Kogo, ending a dispute that has split the church for seven years.\nIn a 38-page judgment delivered on Tuesday, Lady Justice Miriam Olweny-Waweru found that the land had been registered in 1998 to the Ngatamu Gospel Fellowship Trust, whose trustees now sit with the breakaway group.\nThe judge said the church's national council had “no legal capacity” to transfer the land in 2019 because it was not the registered owner.\nShe ordered the Nakuru county land registrar to cancel the 2019 transfer within 30 days.\n“A church is free to govern its faith as it wishes,” the judgment reads. “It is not free to govern land it does not own.”",
     ["Published: Tuesday, May 19, 2026 8:30 PM EAT", "The Environment and Land Court in Nakuru has ruled that a 40-acre parcel on which the Ngatamu Gospel Fellowship Church built its headquarters belongs to a breakaway faction led by Bishop Samuel Kipsamoei-Kogo, ending a dispute that has split the church for seven years.", "In a 38-page judgment delivered on Tuesday, Lady Justice Miriam Olweny-Waweru found that the land had been registered in 1998 to the Ngatamu Gospel Fellowship Trust, whose trustees now sit with the breakaway group.", "The judge said the church's national council had “no legal capacity” to transfer the land in 2019 because it was not the registered owner.", "She ordered the Nakuru county land registrar to cancel the 2019 transfer within 30 days.", "“A church is free to govern its faith as it wishes,” the judgment reads.", "“It is not free to govern land it does not own.”"]),
    ("n54-archbishop-denied-rt-rev", "He said his faction would not evict the school. “The children will stay. Nobody is chasing children,” he said.\nHe said the archbishop had been invited to talks three times since 2022 and had not come.\nThe archbishop denied that. He said he had attended a meeting at a Nakuru hotel in November 2023, at which the two sides agreed to share the sanctuary, an agreement he said the faction broke within a month.\nThe split began in 2019, when the national council removed Kipsamoei-Kogo as bishop of the Rift diocese over what it called “financial irregularities.”\nHe has always denied any wrongdoing, and no charges were brought.\nThe Rt Rev Grace Chepkurgat-Sambu, who was appointed bishop of the diocese in his place, declined to comment on the ruling.",
     ["He said his faction would not evict the school.", "“The children will stay.", "Nobody is chasing children,” he said.", "He said the archbishop had been invited to talks three times since 2022 and had not come.", "The archbishop denied that.", "He said he had attended a meeting at a Nakuru hotel in November 2023, at which the two sides agreed to share the sanctuary, an agreement he said the faction broke within a month.", "The split began in 2019, when the national council removed Kipsamoei-Kogo as bishop of the Rift diocese over what it called “financial irregularities.”", "He has always denied any wrongdoing, and no charges were brought.", "The Rt Rev Grace Chepkurgat-Sambu, who was appointed bishop of the diocese in his place, declined to comment on the ruling."]),
    ("n54-mr-chief-mrs-sp", "Asked about that, Adetomiwa-Falore laughed. “He has my number,” he said.\nIn a statement signed by its secretary, Mr. Kolawole Adegbite-Oyinkansola, the Adetomiwa ruling house described the approval as “a slap on the face of tradition.”\n“Kabiyesi ruled this town for 33 years without a single crisis. He would not recognise what is happening now,” said Chief (Mrs.) Morenike Afolaranmi-Ekunsanmi, the Iyalode of Ikorelu.\nThe state police command said it had deployed officers to the palace. Its spokesperson, SP Funmilayo Odunbaku-Alaran, urged residents to remain calm.",
     ["Asked about that, Adetomiwa-Falore laughed.", "“He has my number,” he said.", "In a statement signed by its secretary, Mr. Kolawole Adegbite-Oyinkansola, the Adetomiwa ruling house described the approval as “a slap on the face of tradition.”", "“Kabiyesi ruled this town for 33 years without a single crisis.", "He would not recognise what is happening now,” said Chief (Mrs.) Morenike Afolaranmi-Ekunsanmi, the Iyalode of Ikorelu.", "The state police command said it had deployed officers to the palace.", "Its spokesperson, SP Funmilayo Odunbaku-Alaran, urged residents to remain calm."]),
    ("n54-qa-a-no-kabiyesi", "Q&A: ‘We will not crown a man we did not choose’\nHigh Chief Olorunnisola-Igbekoyi spoke to Dawnpost at his residence in Ikorelu. The interview has been edited for length.\nQ: The government says your meeting was irregular. Was it?\nA: No. All six kingmakers were installed between 2009 and 2017, and the government's own gazette lists them.\nQ: Will you crown Prince Okeowo-Agboluaje if the government insists?\nA: We will not crown a man we did not choose. Kabiyesi would never have allowed it.\nQ: What happens now?\nA: We have written to the governor asking for a meeting. Our lawyers are studying the matter.",
     ["Q&A: ‘We will not crown a man we did not choose’", "High Chief Olorunnisola-Igbekoyi spoke to Dawnpost at his residence in Ikorelu.", "The interview has been edited for length.", "Q: The government says your meeting was irregular.", "Was it?", "A: No.", "All six kingmakers were installed between 2009 and 2017, and the government's own gazette lists them.", "Q: Will you crown Prince Okeowo-Agboluaje if the government insists?", "A: We will not crown a man we did not choose.", "Kabiyesi would never have allowed it.", "Q: What happens now?", "A: We have written to the governor asking for a meeting.", "Our lawyers are studying the matter."]),
    ("n54-am-times-fssupt-peso", "Burned-out stalls at the Sampaguita Public Market on Sunday. (Photo courtesy of BFP Region 6)\nILOILO CITY — A fire that broke out before dawn on Sunday destroyed about 320 stalls at the Sampaguita Public Market, leaving some 600 vendors without a livelihood, according to the Bureau of Fire Protection (BFP).\nThe fire started at about 3:20 a.m. and was declared under control at 7:05 a.m., FSSupt. Ramil Dagumboy-Alcantaran, the BFP's regional director, said. He put the damage at ₱48 million.\nInvestigators had not ruled out arson, he said, because witnesses saw two fires start at almost the same time at opposite ends of the building.\nA BFP investigator, who was not authorized to speak to the media, said the two points of origin were “about 40 meters apart.”\nPCol. Jerome Paglinawan-Yusingco, the city police director, said a special team had been formed and that CCTV footage from nearby shops was being reviewed.",
     ["Burned-out stalls at the Sampaguita Public Market on Sunday.", "(Photo courtesy of BFP Region 6)", "ILOILO CITY — A fire that broke out before dawn on Sunday destroyed about 320 stalls at the Sampaguita Public Market, leaving some 600 vendors without a livelihood, according to the Bureau of Fire Protection (BFP).", "The fire started at about 3:20 a.m. and was declared under control at 7:05 a.m., FSSupt. Ramil Dagumboy-Alcantaran, the BFP's regional director, said.", "He put the damage at ₱48 million.", "Investigators had not ruled out arson, he said, because witnesses saw two fires start at almost the same time at opposite ends of the building.", "A BFP investigator, who was not authorized to speak to the media, said the two points of origin were “about 40 meters apart.”", "PCol. Jerome Paglinawan-Yusingco, the city police director, said a special team had been formed and that CCTV footage from nearby shops was being reviewed."]),
    ("n54-ma-rep-oct-ends", "Mayor Ma. Corazon Villareal-Tanchingco, who visited the site on Sunday morning, said the city would give each affected vendor ₱10,000 in cash aid and set up a temporary market on the plaza within a week.\n“Our vendors lost everything overnight. We will not leave them,” she said.\nBut Rep. Leonora Abaya-Sinamban, who represents the city in Congress, said the city had been warned about the market's wiring in 2024.\nShe posted on Facebook a copy of a BFP inspection report dated Oct. 2, 2024. The report listed 17 violations, among them overloaded circuits and blocked fire exits.\n“The warnings were there. Nobody acted,” she wrote.\nVillareal-Tanchingco said the city had fixed 12 of the 17 violations by early 2025 and that the rest of the work was part of a ₱95-million renovation due to start in July. She accused the congresswoman of “playing politics with the ashes.”",
     ["Mayor Ma. Corazon Villareal-Tanchingco, who visited the site on Sunday morning, said the city would give each affected vendor ₱10,000 in cash aid and set up a temporary market on the plaza within a week.", "“Our vendors lost everything overnight.", "We will not leave them,” she said.", "But Rep. Leonora Abaya-Sinamban, who represents the city in Congress, said the city had been warned about the market's wiring in 2024.", "She posted on Facebook a copy of a BFP inspection report dated Oct. 2, 2024.", "The report listed 17 violations, among them overloaded circuits and blocked fire exits.", "“The warnings were there.", "Nobody acted,” she wrote.", "Villareal-Tanchingco said the city had fixed 12 of the 17 violations by early 2025 and that the rest of the work was part of a ₱95-million renovation due to start in July.", "She accused the congresswoman of “playing politics with the ashes.”"]),
    ("n54-eight-months-asked-replied", "Independent senator Callum Ferrabane-Quistwell, who farms near the base, asked why.\n“Eight months. You had the results in September and these families were drinking that water until May?” he asked.\nHallorann-Vesk replied that the results had to be checked by a second laboratory before they could be released, which took until January. He said a further delay came while Defence and the state health department agreed on what advice to give.\n“That is not good enough, and I accept that,” he told the committee.\nFerrabane-Quistwell said at least 23 households drank bore water, according to a survey by the Carrowdene Water Action Group. He asked whether Defence would pay to connect them to town water.\nThe air vice-marshal said a decision would be made “within weeks.”",
     ["Independent senator Callum Ferrabane-Quistwell, who farms near the base, asked why.", "“Eight months.", "You had the results in September and these families were drinking that water until May?” he asked.", "Hallorann-Vesk replied that the results had to be checked by a second laboratory before they could be released, which took until January.", "He said a further delay came while Defence and the state health department agreed on what advice to give.", "“That is not good enough, and I accept that,” he told the committee.", "Ferrabane-Quistwell said at least 23 households drank bore water, according to a survey by the Carrowdene Water Action Group.", "He asked whether Defence would pay to connect them to town water.", "The air vice-marshal said a decision would be made “within weeks.”"]),
    ("n54-taken-on-notice-may-ends", "Dr Philippa Ormesby-Saycliffe, a deputy secretary of the department, told senators Defence had spent $212 million on PFAS investigations and clean-up at 28 bases since 2016. She said bottled water had been delivered to 19 homes near Carrowdene since May 4.\nIn an answer taken on notice and tabled on Thursday, the department said the highest reading, from a bore 2.3 kilometres east of the runway, was 1.12 micrograms per litre. Its screening level for drinking water is 0.08 micrograms per litre, it said.",
     ["Dr Philippa Ormesby-Saycliffe, a deputy secretary of the department, told senators Defence had spent $212 million on PFAS investigations and clean-up at 28 bases since 2016.", "She said bottled water had been delivered to 19 homes near Carrowdene since May 4.", "In an answer taken on notice and tabled on Thursday, the department said the highest reading, from a bore 2.3 kilometres east of the runway, was 1.12 micrograms per litre.", "Its screening level for drinking water is 0.08 micrograms per litre, it said."]),
    ("n54-e-coli-twice-disputed", "In a decision released on Thursday, Judge Alasdair Penhaligan-Ruatara said a five-year term would not give the council time to fund and build a land-based system, which it estimates will cost $86 million.\n“A short consent that cannot be met is no protection for the river,” the decision said.\nThe court imposed tighter limits on nitrogen and E. coli from 2028 and ordered the council to report on its progress every two years.\nThe Waitapu Iwi Trust, which opposed the appeal, said it was “deeply disappointed.”\nIts chair, Tā Hemi Rongokura-Waakahu, told Local Democracy Reporting the trust was considering an appeal to the High Court on points of law.\n“For 42 years our people have been told to wait. Fifteen more years is another generation,” he said.\nThe council's three waters manager, Rohan Achtervoort-Nui, said the plant had met its current consent limits in 22 of the past 24 months. He said the council would start buying land for the new system next year.\nRongokura-Waakahu disputed that. The limits themselves were too loose, he said, and the council's own monitoring showed E. coli readings downstream of the plant had doubled since 2015.",
     ["In a decision released on Thursday, Judge Alasdair Penhaligan-Ruatara said a five-year term would not give the council time to fund and build a land-based system, which it estimates will cost $86 million.", "“A short consent that cannot be met is no protection for the river,” the decision said.", "The court imposed tighter limits on nitrogen and E. coli from 2028 and ordered the council to report on its progress every two years.", "The Waitapu Iwi Trust, which opposed the appeal, said it was “deeply disappointed.”", "Its chair, Tā Hemi Rongokura-Waakahu, told Local Democracy Reporting the trust was considering an appeal to the High Court on points of law.", "“For 42 years our people have been told to wait.", "Fifteen more years is another generation,” he said.", "The council's three waters manager, Rohan Achtervoort-Nui, said the plant had met its current consent limits in 22 of the past 24 months.", "He said the council would start buying land for the new system next year.", "Rongokura-Waakahu disputed that.", "The limits themselves were too loose, he said, and the council's own monitoring showed E. coli readings downstream of the plant had doubled since 2015."]),
    ("n54-kaumatua-told-the-court", "Kaumātua Matiu Pakaiwai-Horomanga, 84, opened the hearing in March with a karakia.\n“When I was a boy we swam there every summer. My mother washed our clothes in that river.\n“Now I tell my mokopuna not to put their feet in it.”\nPakaiwai-Horomanga told the court that on its first day, and the judge quoted him in full in the decision.\nMayor Diane Strathallan-Pikeworth said ratepayers could not afford a faster timetable. She said the new system would add about $640 a year to the average household's rates.\nFormer MP Dame Pania Ratahi-Kempthorne, who grew up in Motuhika, wrote on Facebook that the decision was “a licence to keep polluting.”\n“Kua roa rawa te tatari (We have waited too long),” she wrote.",
     ["Kaumātua Matiu Pakaiwai-Horomanga, 84, opened the hearing in March with a karakia.", "“When I was a boy we swam there every summer.", "My mother washed our clothes in that river.", "“Now I tell my mokopuna not to put their feet in it.”", "Pakaiwai-Horomanga told the court that on its first day, and the judge quoted him in full in the decision.", "Mayor Diane Strathallan-Pikeworth said ratepayers could not afford a faster timetable.", "She said the new system would add about $640 a year to the average household's rates.", "Former MP Dame Pania Ratahi-Kempthorne, who grew up in Motuhika, wrote on Facebook that the decision was “a licence to keep polluting.”", "“Kua roa rawa te tatari (We have waited too long),” she wrote."]),
    ("n54-mr-grc-dr-two-kwahs", "SINGAPORE – Fires involving personal mobility devices and power-assisted bicycles rose to 97 in 2025, the highest in five years, Senior Minister of State for Home Affairs Kwah Kok Hwee told Parliament on May 8.\nOf these, 71 broke out in Housing Board flats, and three people died, he said.\nMr Kwah said the Singapore Civil Defence Force (SCDF) would be given powers to seize batteries that do not carry a recognised safety mark, under amendments to the Fire Safety Act to be tabled later this year.\nHe was replying to Mr Kwah Jun Kiat (Bukit Serunai GRC), who asked whether the current rules went far enough.\nThe MP, who is no relation to the senior minister of state, said residents in his ward had reported three fires in the same block in Serunai Crescent since 2024.\n“Each time, the family says the same thing: we bought it online, it was cheap, we didn't know,” he said.\nMr Kwah Kok Hwee said about half of the batteries in last year's fires had been bought from online platforms, according to SCDF investigations. He said SCDF officers had removed 1,140 non-compliant devices from homes during checks in 2025.\nNominated MP Dr Priya Venkatasubban-Leowong asked if the Government would consider a trade-in scheme for older batteries. The senior minister of state said the Land Transport Authority was studying one.",
     ["SINGAPORE – Fires involving personal mobility devices and power-assisted bicycles rose to 97 in 2025, the highest in five years, Senior Minister of State for Home Affairs Kwah Kok Hwee told Parliament on May 8.", "Of these, 71 broke out in Housing Board flats, and three people died, he said.", "Mr Kwah said the Singapore Civil Defence Force (SCDF) would be given powers to seize batteries that do not carry a recognised safety mark, under amendments to the Fire Safety Act to be tabled later this year.", "He was replying to Mr Kwah Jun Kiat (Bukit Serunai GRC), who asked whether the current rules went far enough.", "The MP, who is no relation to the senior minister of state, said residents in his ward had reported three fires in the same block in Serunai Crescent since 2024.", "“Each time, the family says the same thing: we bought it online, it was cheap, we didn't know,” he said.", "Mr Kwah Kok Hwee said about half of the batteries in last year's fires had been bought from online platforms, according to SCDF investigations.", "He said SCDF officers had removed 1,140 non-compliant devices from homes during checks in 2025.", "Nominated MP Dr Priya Venkatasubban-Leowong asked if the Government would consider a trade-in scheme for older batteries.", "The senior minister of state said the Land Transport Authority was studying one."]),
    ("n54-pte-ltd-co-regn-no", "The SCDF said in a Facebook post on May 9 that it had attended two more such fires since Parliament sat. It urged the public to buy only devices that carry a recognised safety mark.\nJoin The Lionport Daily's Telegram channel for the latest news.\nRead next\nParliament: Fines for e-scooters on footpaths to double\nLionport Press Holdings Pte. Ltd. Co. Regn. No. 201533917N. All rights reserved.",
     ["The SCDF said in a Facebook post on May 9 that it had attended two more such fires since Parliament sat.", "It urged the public to buy only devices that carry a recognised safety mark.", "Join The Lionport Daily's Telegram channel for the latest news.", "Read next", "Parliament: Fines for e-scooters on footpaths to double", "Lionport Press Holdings Pte. Ltd.", "Co. Regn. No. 201533917N.", "All rights reserved."]),
    ("n54-qa-dr-feb", "Sandreach Public Media spoke with Castelbrand-Lonsett after the board vote. This interview has been edited for length and clarity.\nQ: Why close now?\nA: We can't staff it safely. We have two obstetric nurses where we need four.\nQ: Dr. Solhaugen-Batts says the doctors were never asked. What do you say to that?\nA: I understand why she feels that way. But we met with the medical staff on Feb. 11 and told them the unit was under review.\nQ: Could the unit reopen?\nA: If the finances change, yes. I'm not going to promise it.",
     ["Sandreach Public Media spoke with Castelbrand-Lonsett after the board vote.", "This interview has been edited for length and clarity.", "Q: Why close now?", "A: We can't staff it safely.", "We have two obstetric nurses where we need four.", "Q: Dr. Solhaugen-Batts says the doctors were never asked.", "What do you say to that?", "A: I understand why she feels that way.", "But we met with the medical staff on Feb. 11 and told them the unit was under review.", "Q: Could the unit reopen?", "A: If the finances change, yes.", "I'm not going to promise it."]),
]  # fmt: skip
