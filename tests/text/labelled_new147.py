"""Hundred-and-forty-seventh set of new hand-labelled pages for the hint engines (tuning set, round fifty-four):
twelve WHOLE pages of ordinary news from twelve countries, head to tail as a reader's paste gives
them, with ordinary head and tail furniture on each, where ATTRIBUTION and SPEAKERS are the hard
part. The pages: a Kenyan county news site (112 schools closed in Kisumu after the Nyando River
bursts its banks); an Irish regional weekly (an interview whose Q&A turns have no prefix: a
Gaelscoil principal eleven years in prefabs); a Dutch English-language news site in translated copy
(a Rotterdam bridge shut to cars after corroded bearings are found); a Malaysian English-language
daily (off-season paddy planting in Kedah pushed back a month as the Muda dam falls to 31%); a
Philippine regional news site in translated copy (1,204 dengue cases and nine deaths in Iloilo
province); a United States city newspaper (a court hearing: Spokane asks for a receiver for a
96-unit complex with 412 code violations); a Scottish business news site (a whisky maker's shares
jump 27% on a takeover approach, with pull quotes); a Ghanaian news website (the Birim turns brown,
a treatment plant shuts, a chief's ultimatum read by his linguist); a Pakistani English-language
daily in translated copy (Lahore schools shut for a week as the AQI passes 600); a Canadian regional
news site (a rural emergency department closed overnight on 61 of 92 nights, with a pull quote and a
Q&A box with no prefix); an Australian regional news site (a council votes 6-5 for a levee, argued
over on X and Facebook, two brothers on either side); and an Indian city news site (the Bombay High
Court orders three unauthorised floors of a Pune tower pulled down).

What is hard is who says what. Interviews whose questions are lines of their own and whose answers
are plain paragraphs with no "Q:"/"A:" and no name prefix, with a question that cites a source ("The
Department says ...") and an interviewer's own preamble that does not, and reported speech inside an
answer ("two of them told me", "One mother said", "A paramedic told me"). "According to X, A Name
said ..." three times, where X is a radio station, a newspaper or a TV channel that carried the
remark and A Name is the speaker. "X has confirmed 112 schools are closed" and its kin ("has
confirmed 1,204 dengue cases", "has confirmed that all ... schools ... will stay closed"), a
headline's "confirms" and a clause's "after the Speyside whisky maker confirmed". Pull quotes: a
quote line with no full stop followed by a "— A Name, role" line, once before the body has named the
speaker. Translated copy with no comma between the office and the name ("the deputy mayor of
Rotterdam Marloes van der Hulst-Brink said", "the vice mayor of Dulangan Ma. Cristina de la Merced
said in Hiligaynon", "the deputy commissioner of Lahore Usman Iqbal Virk-Sahi said in Urdu").
Spokespeople for bodies ("a spokesperson for the ministry", "A spokesperson for the Department", "A
spokesperson for the department", "A spokesperson for the health authority", "A spokesperson for the
governor's office", "A spokesperson for Local Government Minister Brett Osterfield-Vane", and "The
spokesperson said" later). Unnamed sources ("A person familiar with the talks", "Two people briefed
on the matter", "according to a person familiar with the negotiations" and "the person said", "A
county official, who asked not to be named ...", "A nurse at the Dulangan District Hospital, who
asked not to be named ...", "An official at the Environmental Protection Department" and "The
official said", "Another analyst", "A PMC official", "Two council officials said privately"). Quotes
carried over two and three paragraphs with no new cue, and a quote carried on in a second pair of
quote marks. Pronouns after two people of the same gender in turn, where the story makes clear who
(a head teacher and a deputy county commissioner; an inspector and a deputy mayor; a health officer
and a vice mayor; a district chief executive and an assembly member; two brothers). People sharing a
surname (two unrelated Lims; a married couple who issue a joint statement and are then named singly;
two sisters told apart by given names; two brothers told apart by given names; a director and his
wife). Titles and particles: "van der", "de", "bin", "binti", "de la", "dela", "Ma.", "Nic", "Ó",
"Ní", "Mac", "III"; "Datuk", "Ir.", "Dr.", "Cr", "Mayor", "Nana", "Okyeame", "Senior advocate",
"Assistant city attorney", "Council member", "Local councillor", "Opposition councillor" dropped
with the role words; "Van der Hulst-Brink said", "De Waard-Pijnacker declined", "De la Merced said"
and "Dela Llana said" capitalised at a sentence start. Statements read out by someone else (a state
exco member's speech read by the state agriculture director; a couple's statement read by their
lawyer outside court; a paramount chief's statement read by his linguist; a municipal commissioner's
statement read in court by the corporation's advocate), each reader then speaking in their own
right. Written channels in the cue ("said in a statement", "said in a statement to the London Stock
Exchange", "said in a filing", "argued in the same filing", "said in a deposition", "said in an
affidavit", "said in its judgment", "said in the speech", "said in the statement", "said in a letter
to residents", "wrote on X", "wrote on Facebook", "posted on Facebook", "wrote"), and court cues
("told the court", "tells court", "ruled", "rules"). And look-alikes that are NOT attribution: "The
said property" inside a bench's quote, "the said kilns" inside an order, "the so-called backflow",
"a so-called bascule design", "the so-called nuclear option", "the so-called put up or shut up
deadline", "the so-called Q100 line", "so-called amenity spaces", reports "titled ..." four times,
"is said to be" three times, "is said to have run clear", "is said to be considering", "she is said
to be abroad" (in the wording "His wife, ..., is said to be abroad"), and "has not said whether".

The pages hold 519 sentences: 182 "B", 219 "W" and 118 ""; 261 sentences carry a speaker (116
distinct speakers, page by page; 115 distinct labels, as "The board" names two bodies). `STYLES`
describes each page, its story, its speakers and its furniture in order; `CASES` holds 30 split
cases cut from the pages (titles and abbreviations inside a name or a company: "Ir.", "Dr.", "Ma.",
"Co.", "Pvt. Ltd." mid-sentence; "Ltd.", "Sdn Bhd (...)." and "Pvt. Ltd." ending a line before "All
rights reserved."; "Ltd." before a registration line where "No." does not end a sentence; "8 p.m.
and" mid-sentence; a quote ending "cover.”" before "He said"; questions in an interview with no
prefix; a one-word answer "No."; quotes carried over with no cue; two-sentence furniture lines).

Written from scratch for issue 13 in round fifty-four, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py`, `labelled_new2.py`, `labelled_new143.py` and `labelled_new144.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; through `ast` only, the first
and eighth `STYLES` entries, the first page's first fourteen and last ten paragraphs, the eighth
page's Q&A paragraphs, the page sizes and the first three cases of `labelled_new143.py`; and the
first lines of `labelled_new144.py`'s `STYLES`, `ARTICLES` and `CASES` (for their shape). Coined
names were checked for freshness with file counts of `grep -rlF` over `tests/text` (counts only, no
text shown); the twenty-nine that hit (three outlets, two firms, a housing complex, an association,
four small places and eighteen surnames and given names) were replaced before the file was written,
and every speaker label was then counted the same way (only generic nouns and phrases and real
public bodies hit).

Every person, outlet, firm, charity, school, hospital, association, forum, alliance, institute,
bridge name, plant, statement, filing, post and figure is invented, and so is every small place
(Osiri, Kochiel, Kogweno, Baile na gCorrán, the Kreekrijplein, Kampung Padang Lalang, Dulangan,
Lanag Norte, Nkyenoa Nkwanta, Carrow Lake, Bottlebrush Flat and the like). Real countries, regions,
cities, big towns and districts, rivers, roads, courts, ministries, agencies, councils and other
public bodies appear only as settings, with invented statements and figures: Kisumu, the Nyando
River, the Kano plains, Nyando, Muhoroni, Nyakach, Homa Bay, Migori, Lake Victoria, the Ministry of
Education and the Kenya Meteorological Department; Connemara, Galway and the Department of
Education; Rotterdam, Hoogvliet, the A15, Dordrecht, Delft, Schiedam and the Ministry of
Infrastructure and Water Management; Alor Setar, Kedah, Perlis, Jitra, Kota Setar, the Muda dam,
MADA, the Malaysian Meteorological Department and the Agriculture and Food Security Ministry;
Iloilo, Iloilo City, Western Visayas, Capiz, Roxas City and the Department of Health; Spokane, East
Central, Seattle and the Spokane County Courthouse; Speyside, Louisville, Aberdeen, the London Stock
Exchange and the Takeover Code; the Birim River, Koforidua, the Pra and the Ministry of Lands and
Natural Resources; Lahore, Gulberg, Johar Town, Ferozepur Road, the Lahore High Court, the Punjab
School Education Department, the Punjab Environmental Protection Department and the Ministry of
Climate Change; Manitoba, Steinbach, Brandon, Southern Health-Santé Sud and Manitoba Health;
Bundaberg, the Burnett River and Bundaberg Regional Council; Pune, Kothrud, Wakad, Mumbai, the
Bombay High Court, the Supreme Court and the Pune Municipal Corporation.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, crumb, byline, date line,
share strip, caption, credit, dash line, list item, box line and legal line is a paragraph of its
own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
Furniture is "B" line by line and never carries a speaker; headlines and standfirsts are never "B",
and their "says", "confirms", "tells court", "rules", "gives" or "report" carries the speaker as the
story first gives it. A person is named in full as first given, without titles or roles; a pronoun,
a surname, a given name or a given name with a particle resolves to that name; a quote over several
sentences or paragraphs carries its speaker and cue in each. As in `labelled_new143.py`, a generic
noun for a body is kept as written ("The Department", "The board", "The company", "The city", "The
council", "the bench", "The order", "Residents", "doctors"), a body first given in full with an
article drops the article and a bracketed acronym ("The Iloilo Provincial Health Office (PHO) has
confirmed" -> "Iloilo Provincial Health Office"), and a short form resolves to the name as first
given ("Glenaverick said" -> "Glenaverick Distillers", "Harrow & Stiles ... declined to comment" ->
"Harrow & Stiles Beverage Co.", "Alderhollow Holdings said" -> "Alderhollow Holdings LLC", "MADA
says" -> "Muda Agricultural Development Authority"); "according to X" keeps X as written.

Conventions this set had to settle, in the same spirit:

* Q&A with NO prefix: a question is a line of its own with no speaker, flagged "" (a question); a
  question line that cites a source carries it as written ("The Department says the project is at
  stage 2b." -> "The Department", "says", "W"), and an interviewer's own statement before a question
  ("Some families have moved their children ...") carries none. Every sentence of an answer, in
  every paragraph of it, carries the interviewee's full name with the cue "interview", standing
  where a prefixed Q&A would put its prefix as written ("A:" or "NAME:", as the earlier sets do).
  Reported speech inside an answer ("two of them told me ...", "One mother said ...", "A paramedic
  told me ...") stays with the interviewee and "interview": the page's source for it is the
  interviewee. The reporter's "We sat down with ..." is "" with no speaker; the edited-for-length
  lines introducing a Q&A are "B"; a Q&A box's own title ("Three questions for Dr. ...") is "", as
  in `labelled_new144.py`.
* "According to X, A Name said ...": speaker A Name, cue "said"; X (a station, a paper, a channel
  that carried the remark) is the conduit, not the speaker. "according to X" with no other speaker
  keeps X as written, including "according to which" resolved to the document it names ("the
  council's own flood study").
* "X has confirmed 112 schools are closed": X with cue "has confirmed" (a body by its name as first
  given, a person by name), "W"; a headline's "confirms" and a clause's "after the Speyside whisky
  maker confirmed" likewise, the clause keeping its generic noun.
* Pull quotes: the quote line (a line with no full stop) carries the person named on the "— A Name,
  role" line that follows it, in full, with the cue "—", even when the body has not yet named that
  person, and is flagged by its content like a headline; the dash line itself is "B" (a credit). The
  same words in the body carry their own cue there.
* Translated copy: "the deputy mayor of Rotterdam Marloes van der Hulst-Brink said" gives the name
  alone, the office and the place dropped as role words. Phrases of language, venue or time after a
  verb are not part of the cue ("said in Hiligaynon", "said in Urdu at a news conference", "said at
  a press conference", "said on a call with analysts", "told reporters in Alor Setar" -> "said",
  "told reporters"); the written channel is ("said in a statement", "said in a filing", "said in an
  affidavit", "said in its judgment", "said in a letter to residents", "said in a statement to the
  London Stock Exchange"), and so is a manner adverb that changes what kind of statement it is
  ("said privately").
* Spokespeople: "a spokesperson for the ministry said" -> "a spokesperson for the ministry", kept as
  written with its case and any name inside it ("A spokesperson for the Ministry of Lands and
  Natural Resources", "A spokesperson for Local Government Minister Brett Osterfield-Vane"); a later
  "The spokesperson said" resolves to that phrase as first given, as "the person said" resolves to
  "a person familiar with the negotiations" and "The official said" to "An official at the
  Environmental Protection Department".
* Unnamed sources keep their noun phrase as written with its defining words ("A person familiar with
  the talks", "Two people briefed on the matter", "A nurse at the Dulangan District Hospital", "A
  county official", "Another analyst", "A PMC official"), without the relative clause about why they
  are not named ("who asked not to be named because ..." dropped).
* Statements read out by someone else: the statement's sentences carry its author with the cue of
  their own frame ("said in the speech", "said in the statement", "the Vikhammers said in the
  statement"), including paragraphs of it with no new cue; a sentence that only narrates the reading
  carries no speaker ("a speech by Kamal Ariffin was read on his behalf by ...", "Hartigan-Vose read
  a statement ...", "Advocate ... read out a statement ..."), while one that reports what the author
  did through it carries the author ("the paramount chief ... gave illegal miners seven days ... in
  a statement read on his behalf by his linguist" -> the chief, cue "in a statement read on his
  behalf"). The reader carries himself or herself once answering in their own right ("Asked by
  reporters afterwards, Hairul Nizam said", "Taking questions afterwards, Boadu-Nsiah said",
  "Dharap-Mulay told the court").
* A joint statement by a couple named together carries them as first given ("the Vikhammers said in
  the statement" -> "Garrett and Loreen Vikhammer"); each named singly carries their own full name.
  People sharing a surname are named by the writer in full or by given name, and a given name
  resolves to the full name ("Trudy said" -> "Trudy Rempel", "Dean said" -> "Dean Hazelgrove"); "Lim
  Boon Hock said" after "Lim Siew Ling ... said" is the miller, and "She said" after the economist
  is the economist.
* A pronoun after two people of the same gender resolves to the person the story makes clear: the
  subject of the sentence before, or the person whose claim the sentence continues ("Ager disputed
  that." / "He said ..." -> the head teacher).
* A bench of two judges is a group without a proper name: "the bench said in its judgment", "The
  bench ruled" and "the bench said" keep "the bench" as written; the court or bench acting
  ("ordered", "gave the builder 12 weeks", "It also directed") carries no speaker, like the judge's
  orders in the earlier sets; a standfirst's "court rules" carries the court as the story first
  gives it ("Bombay High Court").
* Look-alikes carry no speaker of their own: "The said property" inside the bench's quote is a
  reference (the sentence carries the bench); "the said kilns" inside "The order ... directs" is a
  reference (the order carries its own verb, "directs", kept as written); "the so-called ..." and
  "so-called ..." with no cue in the sentence carry none and are flagged by what the rest of the
  sentence says, while one inside a sentence with a real cue ("Residents blame the so-called chanfan
  machines", "Dela Llana urged ... the so-called 4S routine") carries that cue's subject; "A county
  report, titled ...", "The 2021 report, titled ...", "A provincial report, titled ..." and "A 2024
  report ..., titled ..." name a document without quoting it and carry none; "is said to be", "is
  said to have" and "is said to be considering" are hedges with no speaker (""); "has not said
  whether" carries none (""), like "did not say" in the earlier sets.
* "disputed", "declined to respond", "did not respond to calls and messages", "urged", "blame", "has
  forecast", "added", "wrote", "argued in the same filing", "directs" and a standfirst's "gives" and
  "report" are cues like "said", kept as written; "declined to respond" and "did not respond to
  calls and messages" are labelled like "declined to comment" (the person, "").
* A date or a step a body has set for itself is "W" as in `labelled_new144.py` ("will go to tender
  in the second quarter of 2027", "would deliver water by tanker ... from Wednesday", "the first
  payments would be made on Sept 1"); a plan or promise without one, a forecast, a hedge and a
  threat are "".
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Kenyan COUNTY NEWS SITE (Kisumu), desktop paste, a FLOOD story: 112 schools closed after the Nyando River bursts its banks. Head: masthead, menu with pipes, a LATEST ticker, section path (all "B"); headline of record "W"; standfirst "County education director says ..." carrying her as the story first gives her; byline, published line, share strip "B"; a caption "" and its photo credit "B". Body: "KISUMU —" lead where the director "has confirmed 112 schools are closed" (cue "has confirmed"); "She said" and a sentence-final "she said"; her quote running into a second paragraph with no new cue (both carry "said"); "According to Sauti ya Ziwa FM, ... Josphat Kiprono Langat said" (the deputy county commissioner, not the station); two men in turn (a head teacher and the deputy commissioner) with "He said" after each resolving to the right man, "Ager disputed that." (cue "disputed") and "Langat\'s office" inside a sentence that is not his; the Ministry of Education "said in a statement", then "a spokesperson for the ministry said" kept as written; an unnamed "A county official, who asked not to be named ..." (the relative clause dropped); "according to the Kenya Meteorological Department"; look-alikes with no speaker: "the so-called backflow", "A county report, titled ..." and "is said to be"; a parent named after her quote; a relief charity; a forecast "has forecast" (""). Tail: related list, tags, newsletter line and button, copyright split at "Ltd." (all "B").',
    'Irish REGIONAL WEEKLY\'s website (Connemara), desktop paste, an INTERVIEW whose Q&A turns have NO "Q:"/"A:" prefix: the principal of an Irish-medium primary school in prefabs for eleven years. Head: masthead, menu, section path, INTERVIEW label (all "B"); headline "..., says ..." carrying the principal "Nic Eochagáin" ("W", it states the eleven years); standfirst "The Department of Education says ..." (date set by the body, "W"); byline with "Mac", date line ("B"); a caption "W" and its credit with "Ní" ("B"). Body: intro of record with no speaker; "The Department of Education said in a statement" (the name without its article), then "The Department said" kept as written; a councillor "Ó" ("Local councillor" dropped; "Ó Conghaile-Breslin said" a plan ""); the reporter\'s "We sat down with ..." (no speaker) and an edited-for-length note "B"; the Q&A: each question its own line with no prefix and no speaker (a question that cites "The Department says ..." carries "The Department"; an interviewer\'s own preamble "Some families have moved ..." carries none); every answer sentence carries the principal with cue "interview", including an answer running over two paragraphs and reported speech inside an answer ("two of them told me", "One mother said" stay with the principal). After the Q&A: "A spokesperson for the Department said" kept as written and "Nic Eochagáin said". Tail: two read-more lines, subscribe line, copyright (all "B").',
    'Dutch ENGLISH-LANGUAGE NEWS SITE (Rotterdam), desktop paste, TRANSLATED COPY, a BRIDGE CLOSURE: the Vaartdijk bridge in Hoogvliet shut to cars after inspectors find corroded bearings. Head: masthead, edition label, menu with middle dots, section label (all "B"); headline of record "W"; standfirst "..., deputy mayor says" carrying her; byline with two names, date and updated line, translation note (all "B"). Body: lead of record with no speaker; "the deputy mayor of Rotterdam Marloes van der Hulst-Brink said" (role and place dropped), then "Van der Hulst-Brink said" capitalised at the start and "she said" twice; two women in turn (an inspector "de Waard-Pijnacker" and the deputy mayor) with "She said" after each resolving to the right woman, and "De Waard-Pijnacker declined to respond to that." (cue as written, ""); "The 2021 report, titled ..." (no speaker); "A spokesperson for the Ministry of Infrastructure and Water Management said" kept as written; an opposition councillor who "wrote on X", then "She said"; "A person familiar with the inspection"; a baker\'s quote carried into a second paragraph with no new cue; "a so-called bascule design" (no speaker); "The city said" and "the city\'s bus operator said" kept as written. Tail: read-more list, a tip line split after its question, company line (all "B").',
    'Malaysian ENGLISH-LANGUAGE DAILY\'s website (Kedah), desktop paste, a DROUGHT and FARMING story: off-season paddy planting pushed back a month as the Muda dam falls to 31%. Head: masthead, menu, section path (all "B"); headline of record "W"; standfirst "MADA says ..." carrying the authority by its full name as the body first gives it (article and bracketed acronym dropped); byline, published line, share strip (all "B"). Body: "ALOR SETAR:" lead where the authority acts (no speaker); its general manager "binti" ("Ir." dropped) and "She said"; "According to Suara Utara, ... Datuk Kamal Ariffin bin Sulaiman said" (the exco member, not the paper; "Datuk" dropped); a speech by him READ OUT by the state agriculture director: the reading is narration with no speaker, the speech\'s sentences carry the author with "said in the speech", including a second paragraph of it with no new cue; the reader answering in his own right ("Asked by reporters afterwards, Hairul Nizam said"); a farmers\' association chairman "bin" ("Mat Isa said" resolves to the full name); a farmer "binti" named after her quote; two people sharing the surname Lim (a rice miller and an economist "who is not related to him"), with "She said" and "Lim Boon Hock said" resolving to the right person; "according to MADA data"; "is said to be" (no speaker); "A spokesperson for the Agriculture and Food Security Ministry" kept as written. Tail: tags, related list with section-and-age lines, company line split at the bracketed number (all "B").',
    'Philippine REGIONAL NEWS SITE (Iloilo), desktop paste, TRANSLATED COPY, a DENGUE OUTBREAK: 1,204 cases and nine deaths in Iloilo province, a town declares an outbreak. Head: masthead, menu, section path (all "B"); headline "... as PHO confirms nine deaths" carrying the office by its full name as the body first gives it (cue "confirms"); standfirst of record with no speaker; byline, date line, share strip (all "B"). Body: "ILOILO CITY —" lead where the office "has confirmed" the count (article and bracketed acronym dropped); its head "dela Llana" ("PHO head Dr." dropped; "Dela Llana said" capitalised at the start, "urged" with "the so-called 4S routine" inside his sentence); "the vice mayor of Dulangan Ma. Cristina de la Merced said in Hiligaynon" ("Ma." kept as part of the name, "De la Merced said" at the start); two women in turn (the municipal health officer and the vice mayor) with "She said" resolving to the health officer and "she had asked" inside the vice mayor\'s sentence; the health officer\'s quote carried into a second paragraph with no new cue; "A nurse at the Dulangan District Hospital, who asked not to be named ..." (relative clause dropped); a mother named after her quote, then "She said"; "according to the Department of Health\'s regional office"; "is said to be" (no speaker); "A spokesperson for the governor\'s office" kept as written. Tail: related list, follow line, copyright split after the outlet\'s name (all "B").',
    'United States CITY NEWSPAPER\'s website (Spokane), desktop paste, a COURT REPORT: the city asks a judge to put a 96-unit apartment complex in receivership over 412 code violations. Head: masthead, menu run together with double spaces, section label (all "B"); headline of record "W"; standfirst "Owners\' lawyer tells court ..." carrying the lawyer as the story first gives him; byline with staff line, date line ending "p.m." (all "B"); a caption "" and its credit "B". Body: the city acting (no speaker); an assistant city attorney who "told the court", then "she said" over a two-sentence quote; the owners\' lawyer who "told the court", "He said"; the company that "said in a filing" (the LLC as first given) and "The company argued in the same filing" kept as written; the judge acting (no speaker); a statement by the owners READ OUT by their lawyer: the reading is narration, the statement carries "Garrett and Loreen Vikhammer" with "said in the statement", its second pair of quotes with no new cue; the couple SHARING A SURNAME named by full names ("said in a deposition", "did not respond to a request for comment"); a tenant who "told the court" and "she said"; a council member who "wrote on X", then "He said"; "according to a person familiar with the negotiations" and "the person said" resolving to it; "the so-called nuclear option" (no speaker); "according to the city\'s petition". Tail: related list, two-sentence subscribe line, copyright with "Co." mid-sentence (all "B").',
    'Scottish BUSINESS NEWS SITE (Glasgow), desktop paste, a TAKEOVER APPROACH: a Speyside whisky maker\'s shares jump 27% after it confirms talks with a US spirits group. Head: masthead, menu with pipes, a markets ticker, section path (all "B"); headline "... after it confirms takeover approach" carrying the company by its name as first given (cue "confirms"); standfirst of record with no speaker; byline with role, date line, share strip (all "B"). Body: a clause speaker "after the Speyside whisky maker confirmed" kept as written (cue "confirmed"), with "Co." mid-sentence; "Glenaverick said in a statement to the London Stock Exchange" (the short form resolving to "Glenaverick Distillers"); "The board said" kept as written; "the so-called put up or shut up deadline" (no speaker, a rule of record "W"); UNNAMED SOURCES "A person familiar with the talks" and "Two people briefed on the matter"; "Harrow & Stiles ... declined to comment" (the short form resolving to "Harrow & Stiles Beverage Co."); two PULL QUOTES, each a line with no full stop followed by a "— Name, role" line: the quote carries the person named on the dash line with cue "—", the dash line is "B"; the first pull quote comes before its speaker appears in the body; an analyst "said", then "Drummond-Achebe said" and "She said"; the chief executive\'s quote running into a second paragraph with no new cue; "A spokesperson for the Distillery and Allied Workers\' Union" kept as written; closing price and flotation of record. Tail: more-from list, newsletter line, company line split at "Ltd." before a registration line where "No." does not end a sentence (all "B").',
    'Ghanaian NEWS WEBSITE (Eastern Region), desktop paste, a RIVER POLLUTION story: the Birim turns brown again, a water treatment plant shuts, a paramount chief gives illegal miners seven days. Head: masthead, menu with middle dots, section label (all "B"); headline of record "W"; standfirst "Chief gives ... in statement read by his linguist" carrying the chief as the story first gives him ("Nana" dropped, "III" kept); reporter line and date line (all "B"). Body: lead of record with no speaker; "The Birim Valley Water Board said in a statement" (article dropped), "The board said" kept as written (a date the board set for itself, "W"); the plant manager; the chief\'s statement READ OUT by his linguist: the reading sentence carries the chief with "in a statement read on his behalf", the statement\'s sentences carry him with "said in the statement", including a second paragraph with no new cue; the linguist ("Okyeame" dropped) answering in his own right ("Taking questions afterwards, Boadu-Nsiah said", "He said"); two men in turn (the district chief executive and an assembly member) with "He said" after each resolving to the right man; "A spokesperson for the Ministry of Lands and Natural Resources" kept as written; an MP who "wrote on Facebook"; "Residents blame the so-called chanfan machines" (a causal claim by "Residents", cue "blame"); a trader named after her quote, then "She said"; "is said to have" (no speaker). Tail: two related lines, WhatsApp line, copyright split after the outlet\'s name (all "B").',
    'Pakistani ENGLISH-LANGUAGE DAILY\'s website (Lahore), desktop paste, TRANSLATED COPY, a SMOG story: Lahore schools shut for a week as the AQI passes 600. Head: masthead, menu with pipes, section label (all "B"); headline of record "W"; standfirst whose "doctors report" carries "doctors" as written; correspondent line, published line with "pm", share strip with a comment count (all "B"). Body: "LAHORE:" lead where the department "has confirmed" the closure (cue "has confirmed", its date a decision of record "W"); "A spokesperson for the department said" kept as written; "the deputy commissioner of Lahore Usman Iqbal Virk-Sahi said in Urdu" (role and place dropped), then "Virk-Sahi said"; "According to Awaz-e-Punjab TV, provincial environment minister Faiza Noor Kasuri said" (the minister, not the channel; "considering" a plan ""), then "Kasuri said"; "according to the Punjab Environmental Protection Department"; an unnamed "An official at the Environmental Protection Department, who asked not to be named ..." (relative clause dropped); a doctor "bin" ("Dr." dropped) with "he said" and "Qureshi said" resolving to the full name; "A provincial report, titled ..." (no speaker); a mother with "she said" over a two-sentence quote; "A spokesperson for the Ministry of Climate Change" kept as written; a schools\' alliance that "said" and "Its president, ..., said"; "The order ... directs that the said kilns remain closed" ("the said kilns" is a reference, the order carries its own verb "directs", kept as written). Tail: print line, comments count and moderation note, read-more line, copyright (all "B").',
    'Canadian REGIONAL NEWS SITE (Manitoba), desktop paste, a HEALTH FEATURE with PULL QUOTES and a short Q&A BOX with no "Q:"/"A:" prefix: a rural emergency department closed overnight on 61 of the last 92 nights. Head: masthead, menu, section path (all "B"); headline of record "W"; standfirst "A nurse who has worked there since 1998 says ..." carrying her as the story first gives her (""); byline, date line, share strip (all "B"); a caption "W" and its credit "B". Body: lead of record with no speaker; "Southern Health-Santé Sud said in a statement" (real health region as setting), then "A spokesperson for the health authority said" kept as written; two SISTERS SHARING A SURNAME, both nurses ("Trudy Rempel" and "Lorna Rempel"), introduced in a sentence of narration with no speaker and told apart by given names ("Trudy said", "Lorna said") and a pronoun that the story makes clear; a PULL QUOTE line with no full stop followed by "— Lorna Rempel, registered nurse" (the quote carries her with cue "—", the dash line "B"), before her quote appears in the body; a quote carried into a second paragraph with no new cue; "Manitoba Health said in a statement"; a reeve ("Reeve" dropped) with "he said"; the Q&A box: its title is "" (as in the earlier sets), its two-line introduction "B", the questions are lines of their own with no speaker, every answer sentence carries the physician ("Dr." dropped, "Bélanger-Thiessen") with cue "interview", reported speech inside an answer ("A paramedic told me ..." stays with her). Tail: a correction line, related list, newsletter line, copyright (all "B").',
    'Australian REGIONAL NEWS SITE (Wide Bay, Queensland), desktop paste, a COUNCIL VOTE argued over on SOCIAL MEDIA: a regional council votes 6-5 for a $14.2 million levee that protects a town and sends floodwater onto one of two brothers\' cane farms. Head: masthead, menu, weather strip, section label (all "B"); headline of record "W"; standfirst of record with no speaker; byline, date line, share strip (all "B"); a caption "" and its credit "B". Body: the council acting (no speaker); a mayor ("Mayor" dropped) who "wrote on X" and "she wrote"; a councillor ("Cr" dropped) who "posted on Facebook" and "In a second post, she said"; "is said to be considering" (no speaker); two BROTHERS SHARING A SURNAME ("Ray Hazelgrove" and "Dean Hazelgrove") in turn, each named in full, with "He said" after Dean resolving to Dean ("his brother" inside), "Dean said" and "Ray said" by given names, and a quote carried into a second paragraph with no new cue; the council\'s engineer named after his quote; "the council said in a statement" and "The council said" kept as written; "A spokesperson for Local Government Minister ..." kept as written with the minister\'s name inside it; "according to which" resolving to "the council\'s own flood study"; "the so-called Q100 line" (no speaker). Tail: more-news list, comments closed line, acknowledgement of country, copyright (all "B").',
    'Indian CITY NEWS SITE (Pune), desktop paste, a COURT ORDER: the Bombay High Court orders three unauthorised floors of an 11-storey Kothrud building pulled down within 12 weeks. Head: masthead, menu with pipes, section label (all "B"); headline of record "W"; standfirst "..., court rules" carrying the court by its name as the story first gives it; byline, updated line, share strip (all "B"). Body: "PUNE:" lead with the court acting (no speaker); a bench of two judges acting ("gave", "directed": no speaker) with "Pvt. Ltd." mid-sentence; "“The said property ...,” the bench said in its judgment" ("The said property" is a reference, not a speaker; "the bench" kept as written) and "The bench ruled"; the builder\'s senior advocate who "told the court", "He said"; a statement by the municipal commissioner READ OUT in court by the corporation\'s advocate: the reading is narration, the statement\'s sentences carry the commissioner with "said in the statement", including a second paragraph with no new cue; the reader then carrying herself ("Dharap-Mulay told the court"); a director who "said in an affidavit"; his wife, who SHARES HIS SURNAME, "is said to be abroad" (no speaker); "Sushant Jagtap-Borate did not respond to calls and messages" (cue as written, ""); a buyer and "she said"; "so-called amenity spaces" and "A 2024 report ..., titled ..." (no speaker); the petitioner\'s quote; "Limaye-Sathe said" (a plan ""); "The building\'s housing society said in a letter to residents" kept as written. Tail: app line, read-more line, copyright split at "Pvt. Ltd." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("NYANZA LEDGER", "", "", "B"),
        ],
        [
            (
                "Home | News | Counties | Business | Sports | Opinion | Lifestyle | Video | ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "LATEST: Kisumu–Busia highway reopened to light vehicles at Kochiel bridge",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Counties › Kisumu", "", "", "B"),
        ],
        [
            ("112 schools closed in Kisumu after Nyando River bursts its banks", "", "", "W"),
        ],
        [
            (
                "County education director says floodwater entered 37 classrooms in Nyando sub-county",
                "Everlyne Odhiambo-Rakewa",
                "says",
                "W",
            ),
        ],
        [
            ("By BRIAN OKOTH AMUGUNE", "", "", "B"),
        ],
        [
            ("Published on Tuesday, April 14, 2026 at 18:20 EAT", "", "", "B"),
        ],
        [
            ("Share on: Facebook | X | WhatsApp | LinkedIn | Email", "", "", "B"),
        ],
        [
            (
                "Learners at a flooded primary school in Osiri wade across the compound to collect their books on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo | Kevin Oduor Mbithi | Nyanza Ledger", "", "", "B"),
        ],
        [
            (
                "KISUMU — Kisumu County director of education Everlyne Odhiambo-Rakewa has confirmed 112 schools are closed after the Nyando River burst its banks late on Sunday, flooding villages across the Kano plains.",
                "Everlyne Odhiambo-Rakewa",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "She said 91 of the closed schools were primary schools and 21 were secondary schools, with about 38,400 learners affected.",
                "Everlyne Odhiambo-Rakewa",
                "said",
                "W",
            ),
            (
                "Floodwater had entered 37 classrooms in Nyando sub-county alone, she said.",
                "Everlyne Odhiambo-Rakewa",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Where the water has been inside a classroom, that school will not reopen until a public health officer has inspected it,” Odhiambo-Rakewa said.",
                "Everlyne Odhiambo-Rakewa",
                "said",
                "",
            ),
        ],
        [
            (
                "“We are not going to put children back behind a wet mud wall.",
                "Everlyne Odhiambo-Rakewa",
                "said",
                "",
            ),
            (
                "We lost a classroom at Ong'ielo Primary that way in 2020.”",
                "Everlyne Odhiambo-Rakewa",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to Sauti ya Ziwa FM, Nyando deputy county commissioner Josphat Kiprono Langat said on Monday night that 1,140 households had been displaced and were sheltering in six schools and two churches.",
                "Josphat Kiprono Langat",
                "said",
                "W",
            ),
            (
                "“We cannot reopen a school that has 300 people sleeping in it,” he said.",
                "Josphat Kiprono Langat",
                "said",
                "W",
            ),
        ],
        [
            (
                "Barnabas Ouma Ager, head teacher of Kadel Primary School in Osiri, said the water reached the windows of his classrooms by 3am on Monday.",
                "Barnabas Ouma Ager",
                "said",
                "W",
            ),
            (
                "He said he had moved the school's examination papers to the assistant chief's office on Saturday, a day before the river rose, after a warning from Langat's office.",
                "Barnabas Ouma Ager",
                "said",
                "W",
            ),
        ],
        [
            (
                "Langat said the warning had gone out on Friday to every school within 500 metres of the river.",
                "Josphat Kiprono Langat",
                "said",
                "W",
            ),
            (
                "He said only three head teachers had acted on it.",
                "Josphat Kiprono Langat",
                "said",
                "W",
            ),
        ],
        [
            ("Ager disputed that.", "Barnabas Ouma Ager", "disputed", ""),
            (
                "He said most schools on the plains received the warning by text message only on Saturday evening, when many head teachers were at a funeral in Kogweno.",
                "Barnabas Ouma Ager",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Education said in a statement on Tuesday that it had released Sh48 million for emergency repairs to flood-damaged schools in Kisumu, Homa Bay and Migori counties.",
                "Ministry of Education",
                "said in a statement",
                "W",
            ),
            (
                "Learners in the closed schools will sit this month's end-of-term assessments at 14 host schools, a spokesperson for the ministry said.",
                "a spokesperson for the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "A county official, who asked not to be named because he is not authorised to speak to the press, said two of the county's four flood pumps had been sent to Muhoroni the week before and had not been returned.",
                "A county official",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Nyando is prone to the so-called backflow, when a high lake pushes water back up the river's mouth.",
                "",
                "",
                "",
            ),
            (
                "Rainfall at Kochiel reached 96mm in the 24 hours to 6am on Monday, according to the Kenya Meteorological Department.",
                "the Kenya Meteorological Department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A county report, titled “Rivers Without Banks: Flood Risk on the Kano Plains”, was completed in 2023 but has never been tabled in the county assembly.",
                "",
                "",
                "W",
            ),
            ("Kadel Primary is said to be the oldest school in the sub-county.", "", "", ""),
        ],
        [
            (
                "“My daughter sits her exams in October and she has already lost a week,” said Pamela Akinyi Oluoch, whose two children attend Kadel Primary.",
                "Pamela Akinyi Oluoch",
                "said",
                "",
            ),
            (
                "Oluoch said the family had moved to her sister's house in Kochiel on Monday morning.",
                "Pamela Akinyi Oluoch",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lake Basin Relief Network, a Kisumu-based charity, said it had distributed 2,300 food packs and 900 mosquito nets in the three sub-counties since Monday.",
                "Lake Basin Relief Network",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Kenya Meteorological Department has forecast more heavy rain over the Lake Victoria basin until Friday.",
                "Kenya Meteorological Department",
                "has forecast",
                "",
            ),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Homa Bay: 400 families displaced as lake level rises", "", "", "B"),
        ],
        [
            ("Muhoroni sugar belt counts losses after night of floods", "", "", "B"),
        ],
        [
            ("Tags: Kisumu | Floods | Nyando River | Education", "", "", "B"),
        ],
        [
            ("Get the Nyanza Ledger morning brief in your inbox every weekday.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("© 2026 Nyanza Ledger Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("CONNEMARA SENTINEL", "", "", "B"),
        ],
        [
            (
                "News | Sport | Community | Nuacht | Property | Death Notices | Digital Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Education", "", "", "B"),
        ],
        [
            ("INTERVIEW", "", "", "B"),
        ],
        [
            (
                "Eleven years in prefabs: Gaelscoil principal Róisín Nic Eochagáin says her pupils have waited long enough",
                "Róisín Nic Eochagáin",
                "says",
                "W",
            ),
        ],
        [
            (
                "The Department of Education says the new school building will go to tender in the second quarter of 2027",
                "Department of Education",
                "says",
                "W",
            ),
        ],
        [
            ("By Eoghan Mac Suibhne-Rourke", "", "", "B"),
        ],
        [
            ("Tuesday, 10 March 2026, 07:00", "", "", "B"),
        ],
        [
            (
                "Róisín Nic Eochagáin outside one of the nine prefabricated classrooms at Gaelscoil an Chnoic.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Picture: Nuala Ní Chualáin-Keady", "", "", "B"),
        ],
        [
            (
                "Gaelscoil an Chnoic opened in September 2015 with 23 pupils in two prefabricated classrooms on a rented field outside Baile na gCorrán.",
                "",
                "",
                "W",
            ),
            (
                "Eleven years later it has 214 pupils in nine prefabs, and no date for the permanent building it was promised when it opened.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Department of Education said in a statement that the project had reached stage 2b of its design process and was expected to go to tender in the second quarter of 2027.",
                "Department of Education",
                "said in a statement",
                "W",
            ),
            (
                "The Department said it had bought a 2.4-hectare site for the school in 2019.",
                "The Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Local councillor Ciarán Ó Conghaile-Breslin said the site had been “sitting behind a fence for seven years”.",
                "Ciarán Ó Conghaile-Breslin",
                "said",
                "W",
            ),
            (
                "Ó Conghaile-Breslin said he would put a motion on the school to the next meeting of the Conamara municipal district.",
                "Ciarán Ó Conghaile-Breslin",
                "said",
                "",
            ),
        ],
        [
            (
                "We sat down with Nic Eochagáin in her office, which is also a prefab, on Monday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("How does a school of 23 pupils end up with nine prefabs?", "", "", ""),
        ],
        [
            (
                "Every September we had more children than the year before, and every September the answer was another prefab.",
                "Róisín Nic Eochagáin",
                "interview",
                "",
            ),
            ("The ninth one arrived in August 2023.", "Róisín Nic Eochagáin", "interview", "W"),
            (
                "The rent on all nine comes to about €96,000 a year, and the Department pays it.",
                "Róisín Nic Eochagáin",
                "interview",
                "W",
            ),
        ],
        [
            ("The Department says the project is at stage 2b.", "The Department", "says", "W"),
            ("What does that mean in practice?", "", "", ""),
        ],
        [
            ("It means the drawings are done.", "Róisín Nic Eochagáin", "interview", ""),
            (
                "We were told we were at stage 2b in May 2022 as well.",
                "Róisín Nic Eochagáin",
                "interview",
                "W",
            ),
        ],
        [
            ("I have the letter on the wall behind you.", "Róisín Nic Eochagáin", "interview", ""),
            (
                "So when parents ask me what stage 2b means, I tell them it means we are waiting.",
                "Róisín Nic Eochagáin",
                "interview",
                "",
            ),
        ],
        [
            ("You have written to the Department about the toilets.", "", "", ""),
            ("What is the problem?", "", "", ""),
        ],
        [
            (
                "There are four toilets for 214 children, in a separate unit across the yard.",
                "Róisín Nic Eochagáin",
                "interview",
                "W",
            ),
            (
                "When the pipes freeze, we have to close it.",
                "Róisín Nic Eochagáin",
                "interview",
                "",
            ),
            (
                "We closed it for 11 school days last January and sent the children home at lunchtime.",
                "Róisín Nic Eochagáin",
                "interview",
                "W",
            ),
        ],
        [
            (
                "Some families have moved their children to English-medium schools in Galway city.",
                "",
                "",
                "",
            ),
            ("Do you blame them?", "", "", ""),
        ],
        [
            ("No.", "Róisín Nic Eochagáin", "interview", ""),
            (
                "Seven families left last year, and two of them told me the toilets were the reason.",
                "Róisín Nic Eochagáin",
                "interview",
                "W",
            ),
            (
                "One mother said she could not watch her son cross that yard in the rain again.",
                "Róisín Nic Eochagáin",
                "interview",
                "",
            ),
        ],
        [
            ("What would you say to the Minister for Education?", "", "", ""),
        ],
        [
            ("Come and see it.", "Róisín Nic Eochagáin", "interview", ""),
            ("Come in January, and bring a coat.", "Róisín Nic Eochagáin", "interview", ""),
        ],
        [
            (
                "A spokesperson for the Department said the rental of the prefabs was “kept under review” and that a replacement toilet unit for the school had been approved under the emergency works scheme in February.",
                "A spokesperson for the Department",
                "said",
                "W",
            ),
            (
                "Nic Eochagáin said the school had not been told of that approval.",
                "Róisín Nic Eochagáin",
                "said",
                "W",
            ),
        ],
        [
            ("Read more: Clifden hotel plan refused for a second time", "", "", "B"),
        ],
        [
            ("Read more: Gaeltacht population falls in four of seven districts", "", "", "B"),
        ],
        [
            (
                "Support local journalism: subscribe to the Connemara Sentinel from €1.50 a week",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Connemara Sentinel Ltd 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("MAASLAND EXPRESS", "", "", "B"),
        ],
        [
            ("English edition", "", "", "B"),
        ],
        [
            ("Rotterdam · The Hague · Delft · Dordrecht · Region · Economy · Culture", "", "", "B"),
        ],
        [
            ("Rotterdam", "", "", "B"),
        ],
        [
            (
                "Rotterdam shuts Hoogvliet bridge to cars after inspectors find corroded bearings",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 21,000 vehicles a day face a detour via the A15, deputy mayor says",
                "Marloes van der Hulst-Brink",
                "says",
                "W",
            ),
        ],
        [
            ("By Lieke Vermaat-Olde and Tom Gerritsen-Ode", "", "", "B"),
        ],
        [
            ("19 May 2026, 16:45 · Updated 19 May 2026, 18:10", "", "", "B"),
        ],
        [
            ("Quotes in this article have been translated from Dutch.", "", "", "B"),
        ],
        [
            (
                "The city of Rotterdam closed the Vaartdijk bridge in Hoogvliet to cars, vans and buses on Tuesday morning after an inspection found corrosion on four of its eight bearings.",
                "",
                "",
                "W",
            ),
            (
                "Cyclists and pedestrians can still cross the bridge, which carries about 21,000 motor vehicles on a weekday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We cannot take the risk that one of those bearings fails under a full bus,” the deputy mayor of Rotterdam Marloes van der Hulst-Brink said at a press conference at the city hall.",
                "Marloes van der Hulst-Brink",
                "said",
                "",
            ),
        ],
        [
            (
                "Van der Hulst-Brink said repairs would take at least 14 months and cost an estimated €31 million, which the city would pay from its infrastructure reserve.",
                "Marloes van der Hulst-Brink",
                "said",
                "W",
            ),
            (
                "“I understand that people are angry,” she said.",
                "Marloes van der Hulst-Brink",
                "said",
                "",
            ),
            ("“I would be angry too.”", "Marloes van der Hulst-Brink", "said", ""),
        ],
        [
            (
                "The inspection was carried out in April by the engineering firm Tolbrug Advies, whose lead inspector, Annelot de Waard-Pijnacker, said the corrosion was “further advanced than anything in the 2021 report”.",
                "Annelot de Waard-Pijnacker",
                "said",
                "W",
            ),
            (
                "She said water had been getting into the bearing housings through a failed expansion joint for “years, not months”.",
                "Annelot de Waard-Pijnacker",
                "said",
                "W",
            ),
        ],
        [
            (
                "Van der Hulst-Brink said the city had been told about the failed joint in 2021 and had scheduled it for repair in 2027.",
                "Marloes van der Hulst-Brink",
                "said",
                "W",
            ),
            (
                "She said the 2021 report had not described the joint as urgent.",
                "Marloes van der Hulst-Brink",
                "said",
                "W",
            ),
            (
                "De Waard-Pijnacker declined to respond to that.",
                "Annelot de Waard-Pijnacker",
                "declined to respond",
                "",
            ),
        ],
        [
            (
                "The 2021 report, titled “Bruggen in beeld: staat van onderhoud 2021”, was published on the city's website in November 2021.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Drivers are being directed onto the A15 motorway, where the speed limit has been cut to 80km/h between two junctions to ease merging.",
                "",
                "",
                "W",
            ),
            (
                "A spokesperson for the Ministry of Infrastructure and Water Management said the ministry had not been asked to contribute to the cost of the repair.",
                "A spokesperson for the Ministry of Infrastructure and Water Management",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition councillor Fenna Bosman-Akkerman wrote on X that the city had “known for five years and done nothing”.",
                "Fenna Bosman-Akkerman",
                "wrote on X",
                "W",
            ),
            (
                "She said she would ask for an emergency debate in the council on Thursday.",
                "Fenna Bosman-Akkerman",
                "said",
                "",
            ),
        ],
        [
            (
                "A person familiar with the inspection said one of the four bearings had lost more than a third of its steel section.",
                "A person familiar with the inspection",
                "said",
                "W",
            ),
            (
                "Two council officials said privately that the 2027 repair had already been postponed once, from 2024.",
                "Two council officials",
                "said privately",
                "W",
            ),
        ],
        [
            (
                "“Half my customers come over that bridge in the morning,” said Hatice Demirbaş-Koç, who has run a bakery on the Kreekrijplein since 2009.",
                "Hatice Demirbaş-Koç",
                "said",
                "",
            ),
        ],
        [
            (
                "“Now they have to go round by the motorway, and they will not bother.",
                "Hatice Demirbaş-Koç",
                "said",
                "",
            ),
            ("Fourteen months is a long time for a bakery.”", "Hatice Demirbaş-Koç", "said", ""),
        ],
        [
            (
                "The bridge, a so-called bascule design that lifts to let ships through, was built in 1968 and last renovated in 1997.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The city said a free pedestrian and cycle ferry would start on June 1, running every 15 minutes at peak times.",
                "The city",
                "said",
                "W",
            ),
            (
                "Two bus lines will be diverted over the A15 from Wednesday, adding about 12 minutes to journeys, the city's bus operator said.",
                "the city's bus operator",
                "said",
                "W",
            ),
            (
                "The city said ambulances and fire engines would still be allowed over the bridge at walking pace.",
                "The city",
                "said",
                "W",
            ),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("Schiedam market moves to Saturdays from July", "", "", "B"),
        ],
        [
            ("Port strike: tugboat crews vote on new offer", "", "", "B"),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Dordrecht to test car-free Saturdays in old town", "", "", "B"),
        ],
        [
            ("Delft council approves 600 student rooms on former tram depot", "", "", "B"),
        ],
        [
            ("Do you have a tip?", "", "", "B"),
            ("Mail our newsroom.", "", "", "B"),
        ],
        [
            ("© 2026 Maasland Media B.V.", "", "", "B"),
        ],
    ],
    [
        [
            ("PENINSULAR TRIBUNE", "", "", "B"),
        ],
        [
            ("Nation   Business   Sport   Opinion   Lifestyle   Videos   Podcasts", "", "", "B"),
        ],
        [
            ("Nation › Kedah", "", "", "B"),
        ],
        [
            (
                "Off-season paddy planting in Kedah pushed back a month as Muda dam falls to 31%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "MADA says irrigation water will reach 48,000 hectares from Sept 15 instead of Aug 15",
                "Muda Agricultural Development Authority",
                "says",
                "W",
            ),
        ],
        [
            ("By AIMAN HAKIMI ROSLAN", "", "", "B"),
        ],
        [
            ("Published: Wednesday, 12 Aug 2026 8:05 PM MYT", "", "", "B"),
        ],
        [
            ("Share: WhatsApp · Facebook · X · Telegram · Copy link", "", "", "B"),
        ],
        [
            (
                "ALOR SETAR: The Muda Agricultural Development Authority (MADA) will delay the release of irrigation water for the off-season paddy crop by a month after the level at the Muda dam fell to 31% of capacity.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "MADA general manager Ir. Siti Khatijah binti Abdul Wahab said water would now be released to 48,000 hectares in Kedah and Perlis from Sept 15, instead of Aug 15.",
                "Siti Khatijah binti Abdul Wahab",
                "said",
                "W",
            ),
            (
                "She said the dam's catchment had received 41% less rain than average between May and July.",
                "Siti Khatijah binti Abdul Wahab",
                "said",
                "W",
            ),
            (
                "“We cannot release water we do not have,” she told reporters in Alor Setar.",
                "Siti Khatijah binti Abdul Wahab",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Rainfall in the Muda catchment was 212mm between May and July, against an average of 359mm, according to the Malaysian Meteorological Department.",
                "the Malaysian Meteorological Department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "According to Suara Utara, state agriculture committee chairman Datuk Kamal Ariffin bin Sulaiman said on Tuesday that the state had asked the federal government for RM12mil in aid for farmers whose planting is delayed.",
                "Kamal Ariffin bin Sulaiman",
                "said",
                "W",
            ),
        ],
        [
            (
                "At a gathering of about 600 farmers in Kampung Padang Lalang on Wednesday, a speech by Kamal Ariffin was read on his behalf by state agriculture director Hairul Nizam bin Osman.",
                "",
                "",
                "W",
            ),
            (
                "“The state will not let any farmer lose a season because of the weather,” Kamal Ariffin said in the speech.",
                "Kamal Ariffin bin Sulaiman",
                "said in the speech",
                "",
            ),
        ],
        [
            (
                "“Every affected farmer who is registered with a farmers' association will receive RM300 a month until the water comes.",
                "Kamal Ariffin bin Sulaiman",
                "said in the speech",
                "",
            ),
            (
                "I ask for your patience for one more month.”",
                "Kamal Ariffin bin Sulaiman",
                "said in the speech",
                "",
            ),
        ],
        [
            (
                "Kamal Ariffin later wrote on Facebook that the first payments would be made on Sept 1.",
                "Kamal Ariffin bin Sulaiman",
                "wrote on Facebook",
                "W",
            ),
        ],
        [
            (
                "Asked by reporters afterwards, Hairul Nizam said the payments would be made through the farmers' associations, and that 31,200 farmers had registered by Tuesday.",
                "Hairul Nizam bin Osman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mat Isa bin Che Lah, chairman of the Jerlun Lama Farmers' Association, said RM300 would not cover the monthly instalment on a tractor, which he said cost members about RM1,100.",
                "Mat Isa bin Che Lah",
                "said",
                "W",
            ),
            (
                "Mat Isa said a month's delay would push the harvest into the start of the monsoon.",
                "Mat Isa bin Che Lah",
                "said",
                "",
            ),
            (
                "He said 2,870 of the association's 3,040 members had registered for the payments.",
                "Mat Isa bin Che Lah",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We already bought the seed in July,” said Norlia binti Saad, 52, who farms 3ha with her husband near Jitra.",
                "Norlia binti Saad",
                "said",
                "",
            ),
            (
                "She said the seed would keep for about two months in a dry store.",
                "Norlia binti Saad",
                "said",
                "W",
            ),
            (
                "“If the water comes in October, we will plant in October,” she said.",
                "Norlia binti Saad",
                "said",
                "",
            ),
        ],
        [
            (
                "Rice miller Lim Boon Hock, whose mill outside Jitra processes about 9,000 tonnes of padi a season, said the delay would leave the mill idle for most of October.",
                "Lim Boon Hock",
                "said",
                "W",
            ),
            (
                "Lim Siew Ling, an agricultural economist at Kolej Pertanian Utara who is not related to him, said a one-month delay usually cut off-season yields by 8% to 12%.",
                "Lim Siew Ling",
                "said",
                "W",
            ),
            (
                "She said the bigger risk was a second delay in the main season.",
                "Lim Siew Ling",
                "said",
                "",
            ),
            (
                "Lim Boon Hock said he had seen a month's delay twice before, in 2014 and 2019, and had laid off workers both times.",
                "Lim Boon Hock",
                "said",
                "W",
            ),
        ],
        [
            (
                "The dam held 31.4% of its capacity on Tuesday, compared with 58.9% on the same day last year, according to MADA data.",
                "MADA data",
                "according to",
                "W",
            ),
            ("The dam is said to be at its lowest August level since 2016.", "", "", ""),
        ],
        [
            (
                "A spokesperson for the Agriculture and Food Security Ministry said the ministry had received the state's request on Monday and was studying it.",
                "A spokesperson for the Agriculture and Food Security Ministry",
                "said",
                "W",
            ),
        ],
        [
            ("Tags / Keywords: Kedah , MADA , Padi , Drought , Muda Dam", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Nation  3h ago", "", "", "B"),
        ],
        [
            ("Perlis farmers to get subsidised seed for off-season planting", "", "", "B"),
        ],
        [
            ("Nation  1d ago", "", "", "B"),
        ],
        [
            ("Heatwave: 11 districts on level one alert", "", "", "B"),
        ],
        [
            ("Nation  2d ago", "", "", "B"),
        ],
        [
            ("MADA to line 40km of canals in Kota Setar with concrete", "", "", "B"),
        ],
        [
            ("© 2026 Peninsular Tribune Sdn Bhd (198701008899).", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("WESTERN VISAYAS COURIER", "", "", "B"),
        ],
        [
            (
                "Home | Iloilo | Bacolod | Capiz | Antique | Aklan | Business | Opinion | Sports",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Iloilo › Health", "", "", "B"),
        ],
        [
            (
                "Dengue cases in Iloilo province up 64% as PHO confirms nine deaths",
                "Iloilo Provincial Health Office",
                "confirms",
                "W",
            ),
        ],
        [
            ("Dulangan declares outbreak after 87 cases in a single barangay", "", "", "W"),
        ],
        [
            ("By Rhea Mae Cabarles-Dioquino", "", "", "B"),
        ],
        [
            ("July 21, 2026 | 5:48 PM", "", "", "B"),
        ],
        [
            ("Share | Tweet | Messenger | Email", "", "", "B"),
        ],
        [
            ("Quotes in Hiligaynon have been translated into English.", "", "", "B"),
        ],
        [
            (
                "Health workers spray insecticide along a street in Barangay Lanag Norte, Dulangan, on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo courtesy of the Dulangan municipal information office", "", "", "B"),
        ],
        [
            (
                "ILOILO CITY — The Iloilo Provincial Health Office (PHO) has confirmed 1,204 dengue cases and nine deaths in the province from January 1 to July 18, up 64% from the same period last year.",
                "Iloilo Provincial Health Office",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "PHO head Dr. Arnel dela Llana said seven of the nine people who died were children under 15.",
                "Arnel dela Llana",
                "said",
                "W",
            ),
            (
                "Dela Llana said the rise began in the last week of May, about two weeks after the first heavy rains.",
                "Arnel dela Llana",
                "said",
                "W",
            ),
            (
                "He said the PHO had sent misting teams to 14 towns since July 1.",
                "Arnel dela Llana",
                "said",
                "W",
            ),
        ],
        [
            (
                "In the municipality of Dulangan, where 87 cases have been recorded in Barangay Lanag Norte alone, the municipal council declared a dengue outbreak on Monday.",
                "",
                "",
                "W",
            ),
            (
                "“We have never had this many cases in one barangay,” the vice mayor of Dulangan Ma. Cristina de la Merced said in Hiligaynon.",
                "Ma. Cristina de la Merced",
                "said",
                "W",
            ),
            (
                "De la Merced said the declaration allowed the town to release ₱2.5 million from its quick response fund for misting, test kits and hospital bills.",
                "Ma. Cristina de la Merced",
                "said",
                "W",
            ),
            (
                "“The fund is meant for typhoons, but this is our typhoon this year,” she added.",
                "Ma. Cristina de la Merced",
                "added",
                "",
            ),
        ],
        [
            (
                "The municipal health officer, Dr. Joanna Bantigue-Tan, said the Dulangan rural health unit had run out of rapid dengue test kits on July 9.",
                "Joanna Bantigue-Tan",
                "said",
                "W",
            ),
            (
                "She said a delivery of 500 kits from the province arrived only on Friday.",
                "Joanna Bantigue-Tan",
                "said",
                "W",
            ),
            (
                "De la Merced said she had asked the governor's office for the kits on July 10 and again on July 14.",
                "Ma. Cristina de la Merced",
                "said",
                "W",
            ),
        ],
        [
            (
                "“For ten days we were sending patients to Iloilo City just to get tested,” Bantigue-Tan said.",
                "Joanna Bantigue-Tan",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Some of them did not come back to us until they were already bleeding.",
                "Joanna Bantigue-Tan",
                "said",
                "",
            ),
            ("That is how we lost two of the children.”", "Joanna Bantigue-Tan", "said", "W"),
        ],
        [
            (
                "A nurse at the Dulangan District Hospital, who asked not to be named because she was not authorised to speak to reporters, said the hospital's 25 beds had been full since July 12 and that patients were being treated on cots in a corridor.",
                "A nurse at the Dulangan District Hospital",
                "said",
                "W",
            ),
        ],
        [
            (
                "“My son was on a cot in the corridor for two nights,” said Ligaya Pedrosa, 38, a vegetable vendor from Lanag Norte.",
                "Ligaya Pedrosa",
                "said",
                "W",
            ),
            ("She said he was discharged on Sunday.", "Ligaya Pedrosa", "said", "W"),
            (
                "“The nurses were kind, but there were three children to one electric fan,” she said.",
                "Ligaya Pedrosa",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Across Western Visayas, dengue cases reached 6,118 as of July 18, according to the Department of Health's regional office.",
                "the Department of Health's regional office",
                "according to",
                "W",
            ),
        ],
        [
            ("Lanag Norte is said to be the lowest-lying barangay in Dulangan.", "", "", ""),
            ("Several of its streets flooded twice in June.", "", "", "W"),
        ],
        [
            (
                "Dela Llana urged households to follow the so-called 4S routine: search and destroy breeding sites, seek early consultation, self-protection and support for fogging in hotspots.",
                "Arnel dela Llana",
                "urged",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the governor's office said it had delivered 3,000 test kits to 11 towns since July 10.",
                "A spokesperson for the governor's office",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: dengue, Iloilo, Dulangan, PHO", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Capiz hospitals open dengue fast lanes", "", "", "B"),
        ],
        [
            ("Roxas City suspends classes as floodwaters rise", "", "", "B"),
        ],
        [
            (
                "Follow us on Facebook and Viber for the latest news from Western Visayas.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 Western Visayas Courier.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("INLAND COURIER-DISPATCH", "", "", "B"),
        ],
        [
            (
                "News  Local  Business  Sports  Opinion  Obituaries  e-Edition  Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            (
                "City asks judge to put East Central apartment complex in receivership over 412 code violations",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Owners' lawyer tells court the city's count includes “burned-out light bulbs”",
                "Tobias Hartigan-Vose",
                "tells court",
                "W",
            ),
        ],
        [
            ("By Maren Tjelmeland-Ruiz Staff writer", "", "", "B"),
        ],
        [
            ("Jun 3, 2026 Updated 6:12 p.m.", "", "", "B"),
        ],
        [
            (
                "Tenants of the Alderhollow Court apartments wait outside a courtroom at the Spokane County Courthouse on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Deshawn Mbeki-Lindholm / Inland Courier-Dispatch", "", "", "B"),
        ],
        [
            (
                "The city of Spokane asked a judge on Tuesday to appoint a receiver to take control of Alderhollow Court, a 96-unit apartment complex where inspectors have recorded 412 code violations since January 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Assistant city attorney Priya Sundaresan-Boyd told the court that 19 units had no working heat for at least part of the winter and that two had been without running water for more than a month.",
                "Priya Sundaresan-Boyd",
                "told the court",
                "W",
            ),
            (
                "“The owners have had sixteen months and four compliance orders,” she said.",
                "Priya Sundaresan-Boyd",
                "said",
                "W",
            ),
            ("“The city is not asking for this lightly.”", "Priya Sundaresan-Boyd", "said", ""),
        ],
        [
            (
                "Tobias Hartigan-Vose, a lawyer for Alderhollow Holdings LLC, the company that owns the complex, told the court the city's count included “burned-out light bulbs and a missing smoke detector cover.”",
                "Tobias Hartigan-Vose",
                "told the court",
                "W",
            ),
            (
                "He said the owners had spent $1.3 million on repairs since 2024.",
                "Tobias Hartigan-Vose",
                "said",
                "W",
            ),
            (
                "“My clients are not slumlords,” Hartigan-Vose said.",
                "Tobias Hartigan-Vose",
                "said",
                "",
            ),
        ],
        [
            (
                "Alderhollow Holdings said in a filing last week that tenants in 11 units had caused damage accounting for about a third of the violations.",
                "Alderhollow Holdings LLC",
                "said in a filing",
                "W",
            ),
            (
                "The company argued in the same filing that a receiver would cost more than the repairs.",
                "The company",
                "argued in the same filing",
                "",
            ),
        ],
        [
            (
                "Judge Helena Marchetti-Osei did not rule on Tuesday and set a further hearing for June 17.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Outside the courthouse, Hartigan-Vose read a statement from the company's owners, Garrett and Loreen Vikhammer, who did not attend the hearing.",
                "",
                "",
                "W",
            ),
            (
                "“We bought Alderhollow in 2022 because we believed in this neighborhood, and we still do,” the Vikhammers said in the statement.",
                "Garrett and Loreen Vikhammer",
                "said in the statement",
                "W",
            ),
            (
                "“We will keep fixing what needs fixing.”",
                "Garrett and Loreen Vikhammer",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                "Loreen Vikhammer, who keeps the company's books, said in a deposition filed with the court that the complex had lost money in every month of 2025.",
                "Loreen Vikhammer",
                "said in a deposition",
                "W",
            ),
            (
                "In the same deposition, Loreen Vikhammer said her husband had wanted to sell the property in 2024.",
                "Loreen Vikhammer",
                "said",
                "W",
            ),
            (
                "Garrett Vikhammer did not respond to a request for comment on Tuesday.",
                "Garrett Vikhammer",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Kaylee Dorsch-Manning, 29, who has lived in a ground-floor unit with her two children since 2021, told the court that black mold had come back in her bathroom three times after it was painted over.",
                "Kaylee Dorsch-Manning",
                "told the court",
                "W",
            ),
            (
                "“I am not the one who keeps painting over it,” she said.",
                "Kaylee Dorsch-Manning",
                "said",
                "",
            ),
        ],
        [
            (
                "Council member Abdirahman Yusuf-Calloway, whose district includes the complex, wrote on X that the city should “never have let it get to 412.”",
                "Abdirahman Yusuf-Calloway",
                "wrote on X",
                "",
            ),
            (
                "He said he would propose a rental registry ordinance on Monday.",
                "Abdirahman Yusuf-Calloway",
                "said",
                "",
            ),
        ],
        [
            (
                "The city and the owners discussed selling the complex to a nonprofit housing group earlier this year, according to a person familiar with the negotiations.",
                "a person familiar with the negotiations",
                "according to",
                "W",
            ),
            (
                "The talks ended in April, the person said.",
                "a person familiar with the negotiations",
                "said",
                "W",
            ),
        ],
        [
            (
                "Receivership, the so-called nuclear option of housing enforcement, has been used by the city twice since 2018.",
                "",
                "",
                "W",
            ),
            (
                "The East Central Tenants Alliance said it had helped 31 households at Alderhollow file complaints with the city since 2025.",
                "East Central Tenants Alliance",
                "said",
                "W",
            ),
            (
                "Sundaresan-Boyd said after the hearing that the city would ask for an emergency order if any unit lost heat again before June 17.",
                "Priya Sundaresan-Boyd",
                "said",
                "",
            ),
        ],
        [
            (
                "The city has proposed Basalt Ridge Receivership Services, a Seattle firm, which would need about $4.8 million to bring the complex up to code, according to the city's petition.",
                "the city's petition",
                "according to",
                "W",
            ),
        ],
        [
            ("Sign in to comment", "", "", "B"),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Spokane council to weigh rental registry after Alderhollow inspections", "", "", "B"),
        ],
        [
            ("Tenants' group sues second East Central landlord", "", "", "B"),
        ],
        [
            ("Support local journalism.", "", "", "B"),
            ("Subscribe today for $1 a week.", "", "", "B"),
        ],
        [
            ("© 2026 Inland Courier-Dispatch, a Palouse Media Co. company", "", "", "B"),
        ],
    ],
    [
        [
            ("BROOMIELAW BUSINESS JOURNAL", "", "", "B"),
        ],
        [
            (
                "Markets | Companies | Economy | Energy | Food & Drink | Property | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FTSE 100 8,912.4 ▲0.6%  |  FTSE 250 21,307.9 ▲0.3%  |  GBP/USD 1.2817", "", "", "B"),
        ],
        [
            ("Companies › Food & Drink", "", "", "B"),
        ],
        [
            (
                "Glenaverick Distillers shares jump 27% after it confirms takeover approach",
                "Glenaverick Distillers",
                "confirms",
                "W",
            ),
        ],
        [
            (
                "US spirits group Harrow & Stiles has until 13 October to make a firm offer for the Speyside whisky maker",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Callum Ferrier-Nakamura, Business Correspondent", "", "", "B"),
        ],
        [
            ("Tuesday 15 September 2026, 5:12pm", "", "", "B"),
        ],
        [
            ("Share this article   X   Facebook   LinkedIn   Email", "", "", "B"),
        ],
        [
            (
                "Shares in Glenaverick Distillers rose 27% on Tuesday after the Speyside whisky maker confirmed it was in talks with Harrow & Stiles Beverage Co. about a possible cash offer.",
                "the Speyside whisky maker",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "Glenaverick said in a statement to the London Stock Exchange that it had received an approach on 2 September at 410p a share, valuing the company at about £682 million.",
                "Glenaverick Distillers",
                "said in a statement to the London Stock Exchange",
                "W",
            ),
            (
                "The board said it was “minded to engage” but had not decided whether to recommend an offer at that level.",
                "The board",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Takeover Code, Harrow & Stiles must announce a firm intention to make an offer by 5pm on 13 October or walk away, the so-called put up or shut up deadline.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A person familiar with the talks said the approach was Harrow & Stiles's third since March, and that two earlier proposals, at 355p and 380p, had been rejected.",
                "A person familiar with the talks",
                "said",
                "W",
            ),
            (
                "Two people briefed on the matter said Harrow & Stiles had hired advisers in London in July.",
                "Two people briefed on the matter",
                "said",
                "W",
            ),
            (
                "Harrow & Stiles, which is based in Louisville, Kentucky, declined to comment.",
                "Harrow & Stiles Beverage Co.",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "“If Harrow & Stiles wants the casks, it is going to have to pay for eighteen years of patience”",
                "Isla Drummond-Achebe",
                "—",
                "",
            ),
        ],
        [
            ("— Isla Drummond-Achebe, Merchant Quay Securities", "", "", "B"),
        ],
        [
            (
                "“If Harrow & Stiles wants the casks, it is going to have to pay for eighteen years of patience,” said Isla Drummond-Achebe, an analyst at Merchant Quay Securities.",
                "Isla Drummond-Achebe",
                "said",
                "",
            ),
            (
                "Drummond-Achebe said Glenaverick held about 61 million litres of maturing whisky in its warehouses at Balnacorrie and Inverduich.",
                "Isla Drummond-Achebe",
                "said",
                "W",
            ),
            (
                "She said the company had not made a large acquisition since buying its cooperage in 2011.",
                "Isla Drummond-Achebe",
                "said",
                "W",
            ),
            (
                "She said the whisky stocks were carried on the balance sheet at £412 million.",
                "Isla Drummond-Achebe",
                "said",
                "W",
            ),
        ],
        [
            (
                "Another analyst, who asked not to be named because his firm advises a rival distiller, said a counter-bid was “not impossible”.",
                "Another analyst",
                "said",
                "",
            ),
        ],
        [
            (
                "“We are not a company that needs to be sold, but we are a company that will listen,” chief executive Morag Eadie-Fontaine said on a call with analysts.",
                "Morag Eadie-Fontaine",
                "said",
                "",
            ),
            (
                "“We employ 344 people between the distillery, the cooperage and the bottling hall.",
                "Morag Eadie-Fontaine",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Any buyer will be asked how many of them it intends to keep.",
                "Morag Eadie-Fontaine",
                "said",
                "",
            ),
            (
                "That is not a negotiating position, it is a condition.”",
                "Morag Eadie-Fontaine",
                "said",
                "",
            ),
        ],
        [
            (
                "“We are not a company that needs to be sold, but we are a company that will listen”",
                "Morag Eadie-Fontaine",
                "—",
                "",
            ),
        ],
        [
            ("— Morag Eadie-Fontaine, chief executive, Glenaverick Distillers", "", "", "B"),
        ],
        [
            (
                "Chairman Sir Alasdair Crombie-Lyle has not said whether he would accept an offer at 410p.",
                "",
                "",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "A spokesperson for the Distillery and Allied Workers' Union said members had been told of the approach by email at 7am on Tuesday, an hour before the market opened.",
                "A spokesperson for the Distillery and Allied Workers' Union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Glenaverick's shares closed at 388p, up 83p, still below the 410p proposal.",
                "",
                "",
                "W",
            ),
            (
                "About 9.4 million shares changed hands, more than 12 times the daily average.",
                "",
                "",
                "W",
            ),
            ("The company floated in 2008 at 150p a share.", "", "", "W"),
        ],
        [
            ("Topics: Whisky, Takeovers, Speyside", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            ("More from Companies", "", "", "B"),
        ],
        [
            ("Aberdeen engineering group wins £94m decommissioning contract", "", "", "B"),
        ],
        [
            ("Scottish salmon exports rise 9% in first half", "", "", "B"),
        ],
        [
            ("Sign up for the Broomielaw Business Journal morning briefing", "", "", "B"),
        ],
        [
            ("Broomielaw Business Journal is published by Kelvinhaugh Media Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC614209.", "", "", "B"),
        ],
    ],
    [
        [
            ("AKYEM TIMES ONLINE", "", "", "B"),
        ],
        [
            (
                "Home · News · Politics · Business · Regional · Sports · Entertainment · Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Regional News", "", "", "B"),
        ],
        [
            (
                "Birim turns brown again as treatment plant shuts, leaving 42,000 without piped water",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief gives illegal miners seven days to leave the riverbanks in statement read by his linguist",
                "Kwabena Asante-Birikorang III",
                "gives",
                "W",
            ),
        ],
        [
            ("Akyem Times Reporter", "", "", "B"),
        ],
        [
            ("10 November 2026 · 3 min read", "", "", "B"),
        ],
        [
            ("The Birim River at Nkyenoa Nkwanta on Monday.", "", "", ""),
        ],
        [
            ("Photo: Akyem Times", "", "", "B"),
        ],
        [
            (
                "The Nsutaman water treatment plant on the Birim River has been shut since Friday after the river's turbidity rose beyond what the plant can treat, cutting piped water to about 42,000 people in four communities.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Birim Valley Water Board said in a statement on Monday that turbidity at the plant's intake reached 4,800 NTU on Friday, against a treatment limit of 1,500 NTU.",
                "Birim Valley Water Board",
                "said in a statement",
                "W",
            ),
            (
                "The board said it would deliver water by tanker to the four communities from Wednesday.",
                "The board",
                "said",
                "W",
            ),
        ],
        [
            (
                "The plant's manager, Kwesi Ampem-Darko, said the plant had been shut for a total of 41 days in 2025 because of turbidity, against six days in 2019.",
                "Kwesi Ampem-Darko",
                "said",
                "W",
            ),
            (
                "“Our plant was built for a river, not for mud,” Ampem-Darko said.",
                "Kwesi Ampem-Darko",
                "said",
                "",
            ),
        ],
        [
            (
                "At a press conference at his palace in Nkyenoa Nkwanta on Monday, the paramount chief of the Nkyenoa traditional area, Nana Kwabena Asante-Birikorang III, gave illegal miners seven days to leave the riverbanks in a statement read on his behalf by his linguist, Okyeame Kofi Boadu-Nsiah.",
                "Kwabena Asante-Birikorang III",
                "in a statement read on his behalf",
                "W",
            ),
            (
                "“The Birim is the life of this land, and it is dying in front of our eyes,” the chief said in the statement.",
                "Kwabena Asante-Birikorang III",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                "“From today, any person found digging within 100 metres of the river will be handed over to the police.",
                "Kwabena Asante-Birikorang III",
                "said in the statement",
                "",
            ),
            (
                "Any chief or elder who has taken money from these miners should return it now.",
                "Kwabena Asante-Birikorang III",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                "“I have asked the youth of every town to report any excavator they see on the river.”",
                "Kwabena Asante-Birikorang III",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                "Taking questions afterwards, Boadu-Nsiah said the traditional council had counted 27 mining pits within 100 metres of the river in the Nkyenoa area alone.",
                "Kofi Boadu-Nsiah",
                "said",
                "W",
            ),
            ("He said most of the miners were not from the area.", "Kofi Boadu-Nsiah", "said", "W"),
            (
                "“Nana has spoken, and the traditional council stands behind him,” he said.",
                "Kofi Boadu-Nsiah",
                "said",
                "",
            ),
        ],
        [
            (
                "District chief executive Yaw Nkansah-Obeng said a joint task force of police and soldiers had arrested 31 people and seized 14 excavators along the river since August.",
                "Yaw Nkansah-Obeng",
                "said",
                "W",
            ),
            (
                "Emmanuel Tetteh-Larbi, the assembly member for Nkyenoa, said the excavators had been released within weeks.",
                "Emmanuel Tetteh-Larbi",
                "said",
                "W",
            ),
            (
                "He said he had seen two of them working on the riverbank again in October.",
                "Emmanuel Tetteh-Larbi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nkansah-Obeng said he was not aware of any release.",
                "Yaw Nkansah-Obeng",
                "said",
                "",
            ),
            (
                "He said all seized equipment was being held at the regional police headquarters in Koforidua.",
                "Yaw Nkansah-Obeng",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Ministry of Lands and Natural Resources said the ministry had suspended nine small-scale mining licences in the Birim basin since January.",
                "A spokesperson for the Ministry of Lands and Natural Resources",
                "said",
                "W",
            ),
            (
                "The spokesperson said the ministry would send a team to the area next week.",
                "A spokesperson for the Ministry of Lands and Natural Resources",
                "said",
                "",
            ),
        ],
        [
            (
                "The MP for the area, Akua Sarpong-Duodu, wrote on Facebook that she had raised the Birim in Parliament three times this year and had “received three answers and no action”.",
                "Akua Sarpong-Duodu",
                "wrote on Facebook",
                "W",
            ),
            (
                "In a later post, she shared photographs of what she said was an excavator working near the plant's intake on Sunday.",
                "Akua Sarpong-Duodu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Residents blame the so-called chanfan machines, floating dredges that suck up the riverbed, for most of the silt.",
                "Residents",
                "blame",
                "W",
            ),
            (
                "The river is said to have run clear in the dry season as recently as 2015.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“We cook with sachet water now,” said Abena Owusua-Kyei, a trader in Nkyenoa Nkwanta.",
                "Abena Owusua-Kyei",
                "said",
                "",
            ),
            (
                "She said a bag of 30 sachets had gone up from GH₵12 to GH₵18 since Friday.",
                "Abena Owusua-Kyei",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: Galamsey · Birim River · Water · Eastern Region", "", "", "B"),
        ],
        [
            ("Comments (4)", "", "", "B"),
        ],
        [
            ("Related: Task force arrests 14 along Pra tributary", "", "", "B"),
        ],
        [
            ("Related: Koforidua traders protest new market tolls", "", "", "B"),
        ],
        [
            ("Join our WhatsApp channel for breaking news.", "", "", "B"),
        ],
        [
            ("© 2026 Akyem Times Online.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("PUNJAB DISPATCH", "", "", "B"),
        ],
        [
            (
                "Home | Pakistan | Lahore | Business | World | Sport | Opinion | Magazine | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Lahore", "", "", "B"),
        ],
        [
            ("Lahore schools shut for a week as AQI passes 600", "", "", "W"),
        ],
        [
            (
                "Brick kilns within 30km of the city ordered to halt as doctors report a surge in respiratory cases",
                "doctors",
                "report",
                "W",
            ),
        ],
        [
            ("Our Correspondent", "", "", "B"),
        ],
        [
            ("Published November 17, 2026 08:14pm", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Comments (23)", "", "", "B"),
        ],
        [
            (
                "Motorists drive through thick smog on Ferozepur Road in Lahore on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("— Photo by Zeeshan Akhtar Bhatti / Punjab Dispatch", "", "", "B"),
        ],
        [
            (
                "LAHORE: The Punjab School Education Department has confirmed that all public and private schools in Lahore will stay closed from Wednesday until November 24 after the city's air quality index passed 600 for a second day.",
                "Punjab School Education Department",
                "has confirmed",
                "W",
            ),
            (
                "A spokesperson for the department said the order covered about 4,100 schools and 1.9 million pupils.",
                "A spokesperson for the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The air is not safe for children to travel in, let alone sit in a classroom,” the deputy commissioner of Lahore Usman Iqbal Virk-Sahi said in Urdu at a news conference.",
                "Usman Iqbal Virk-Sahi",
                "said",
                "",
            ),
            (
                "Virk-Sahi said 212 brick kilns within 30 kilometres of the city had been ordered to stop firing until further notice, and that 38 had been sealed for ignoring an earlier order.",
                "Usman Iqbal Virk-Sahi",
                "said",
                "W",
            ),
            (
                "He said government and private offices had been told to let half their staff work from home until Sunday.",
                "Usman Iqbal Virk-Sahi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The order, a copy of which was seen by the Dispatch, directs that the said kilns remain closed until the AQI stays below 300 for three consecutive days.",
                "The order",
                "directs",
                "W",
            ),
        ],
        [
            (
                "According to Awaz-e-Punjab TV, provincial environment minister Faiza Noor Kasuri said on Tuesday evening that the government was considering a ban on heavy vehicles entering Lahore in daylight hours.",
                "Faiza Noor Kasuri",
                "said",
                "",
            ),
            (
                "“Every option is on the table, including odd-even number plates,” she said.",
                "Faiza Noor Kasuri",
                "said",
                "",
            ),
            (
                "Kasuri said the average AQI in Lahore from November 1 to 16 was 438, compared with 391 over the same days last year.",
                "Faiza Noor Kasuri",
                "said",
                "W",
            ),
        ],
        [
            (
                "The AQI at the Gulberg monitoring station reached 647 at 9am on Tuesday, according to the Punjab Environmental Protection Department.",
                "the Punjab Environmental Protection Department",
                "according to",
                "W",
            ),
            (
                "An official at the Environmental Protection Department, who asked not to be named because he was not authorised to speak to the media, said four of the city's 11 monitoring stations had been offline since October.",
                "An official at the Environmental Protection Department",
                "said",
                "W",
            ),
            (
                "The official said the stations were waiting for spare parts from abroad.",
                "An official at the Environmental Protection Department",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Dr. Hammad bin Arshad Qureshi, who heads the chest unit at the Ravi Valley Teaching Hospital, said the unit had treated 1,380 patients for respiratory complaints in the past week, about three times its usual number.",
                "Hammad bin Arshad Qureshi",
                "said",
                "W",
            ),
            (
                "“Most of them are children and people over 60,” he said.",
                "Hammad bin Arshad Qureshi",
                "said",
                "W",
            ),
            (
                "He said the hospital had opened a second smog ward with 40 beds on Monday.",
                "Hammad bin Arshad Qureshi",
                "said",
                "W",
            ),
            (
                "Qureshi said people should stay indoors and wear N95 masks if they had to go out.",
                "Hammad bin Arshad Qureshi",
                "said",
                "",
            ),
        ],
        [
            (
                "A provincial report, titled “Breathing Season: Sources of Lahore's Winter Smog”, was presented to the cabinet in March 2025 and has not been made public.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sadia Mehboob Ranjha, whose two sons attend a private school in Johar Town, said the school had cancelled its online classes for the week because six of its teachers were ill.",
                "Sadia Mehboob Ranjha",
                "said",
                "W",
            ),
            (
                "“We closed the windows and put wet towels under the doors,” she said.",
                "Sadia Mehboob Ranjha",
                "said",
                "",
            ),
            ("“It still smells of burning inside.”", "Sadia Mehboob Ranjha", "said", ""),
            (
                "She said her younger son, who has asthma, had used his inhaler four times on Monday.",
                "Sadia Mehboob Ranjha",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Ministry of Climate Change said the ministry had sent 20 air-quality monitors to Punjab in October.",
                "A spokesperson for the Ministry of Climate Change",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Punjab Private Schools Forum said it would challenge the closure order in the Lahore High Court.",
                "Punjab Private Schools Forum",
                "said",
                "",
            ),
            (
                "Its president, Kashif Rehman Gill, said members had already lost 23 school days to smog and heat closures this year.",
                "Kashif Rehman Gill",
                "said",
                "W",
            ),
        ],
        [
            ("Published in Punjab Dispatch, November 18th, 2026", "", "", "B"),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            (
                "Comments are moderated and generally will be approved if they are on-topic and not abusive.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow Punjab Dispatch on WhatsApp", "", "", "B"),
        ],
        [
            (
                "Read more: Motorway sections closed as fog cuts visibility to 50 metres",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read more: Traffic police fine 1,900 smoke-emitting vehicles in a week", "", "", "B"),
        ],
        [
            ("© Punjab Dispatch 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("RED RIVER LANTERN", "", "", "B"),
        ],
        [
            (
                "News | Southeast | Westman | Interlake | Farm | Sports | Opinion | Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Health", "", "", "B"),
        ],
        [
            (
                "Carrow Lake emergency department closed overnight on 61 of the last 92 nights",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A nurse who has worked there since 1998 says the closures have become the rule, not the exception",
                "Trudy Rempel",
                "says",
                "",
            ),
        ],
        [
            ("By Devin Adeyemo-Friesen", "", "", "B"),
        ],
        [
            ("Posted: Oct 06, 2026 6:00 AM CT | Last Updated: 2 hours ago", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   Email", "", "", "B"),
        ],
        [
            (
                "The Carrow Lake Health Centre, where the emergency department has been closed from 8 p.m. to 8 a.m. on 61 nights since July 6.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("(Devin Adeyemo-Friesen/Red River Lantern)", "", "", "B"),
        ],
        [
            (
                "The emergency department at the Carrow Lake Health Centre has been closed overnight on 61 of the last 92 nights, up from 19 over the same period last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Southern Health-Santé Sud said in a statement that the closures were caused by a shortage of physicians and that it had filled one of the centre's three vacant doctor positions in September.",
                "Southern Health-Santé Sud",
                "said in a statement",
                "W",
            ),
            (
                "A spokesperson for the health authority said patients could still call 911 and would be taken by ambulance to Steinbach, 74 kilometres away.",
                "A spokesperson for the health authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Trudy Rempel has worked at the centre as a registered nurse since 1998, and her younger sister, Lorna Rempel, joined her there in 2004.",
                "",
                "",
                "W",
            ),
            (
                "Trudy said the department had closed overnight only a handful of times a year before 2023.",
                "Trudy Rempel",
                "said",
                "W",
            ),
            (
                "“Now we put up the sign more often than we take it down,” she said.",
                "Trudy Rempel",
                "said",
                "",
            ),
        ],
        [
            (
                "“I have driven a patient to Steinbach in my own car because the ambulance was two hours out”",
                "Lorna Rempel",
                "—",
                "",
            ),
        ],
        [
            ("— Lorna Rempel, registered nurse", "", "", "B"),
        ],
        [
            (
                "Lorna said she had driven a patient to Steinbach in her own car in August because the nearest ambulance was two hours away.",
                "Lorna Rempel",
                "said",
                "W",
            ),
        ],
        [
            ("“I would do it again,” she said.", "Lorna Rempel", "said", ""),
            ("“But it should never be a nurse's car.”", "Lorna Rempel", "said", ""),
        ],
        [
            (
                "Manitoba Health said in a statement that it had added 14 paramedic positions in the Southern Health region this year.",
                "Manitoba Health",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Glen Harder-Szabo, the reeve of the surrounding rural municipality, said the municipality would offer a signing bonus to any doctor who agreed to work in Carrow Lake.",
                "Glen Harder-Szabo",
                "said",
                "",
            ),
            (
                "“We have put $60,000 on the table and nobody has called,” he said.",
                "Glen Harder-Szabo",
                "said",
                "W",
            ),
        ],
        [
            ("Three questions for Dr. Océane Bélanger-Thiessen", "", "", ""),
        ],
        [
            ("We put three questions to the centre's physician.", "", "", "B"),
            ("Her answers have been edited for length.", "", "", "B"),
        ],
        [
            ("How many doctors does Carrow Lake need?", "", "", ""),
        ],
        [
            (
                "Three full-time doctors would keep the emergency department open every night.",
                "Océane Bélanger-Thiessen",
                "interview",
                "W",
            ),
            (
                "We have had one since March, and that is me.",
                "Océane Bélanger-Thiessen",
                "interview",
                "W",
            ),
        ],
        [
            ("What happens on a closed night?", "", "", ""),
        ],
        [
            (
                "The doors are locked at 8 p.m. and a sign tells people to call 911.",
                "Océane Bélanger-Thiessen",
                "interview",
                "W",
            ),
            (
                "A paramedic told me last month that he had waited outside our locked doors with a patient while dispatch found him a bed.",
                "Océane Bélanger-Thiessen",
                "interview",
                "",
            ),
        ],
        [
            ("Would you leave?", "", "", ""),
        ],
        [
            ("Not this year.", "Océane Bélanger-Thiessen", "interview", ""),
            ("Ask me again next summer.", "Océane Bélanger-Thiessen", "interview", ""),
        ],
        [
            (
                "Correction: An earlier version of this story gave the wrong distance to Steinbach.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Southern Health to reopen two rural ERs on weekends", "", "", "B"),
        ],
        [
            ("Province announces 50 new nursing seats in Brandon", "", "", "B"),
        ],
        [
            ("Get the Red River Lantern newsletter, delivered every morning.", "", "", "B"),
        ],
        [
            ("Comments (38)", "", "", "B"),
        ],
        [
            ("Report a typo or error", "", "", "B"),
        ],
        [
            ("© 2026 Red River Lantern Media Inc.", "", "", "B"),
        ],
    ],
    [
        [
            ("WIDE BAY WITNESS", "", "", "B"),
        ],
        [
            (
                "News | Sport | Community | Rural | Property | Lifestyle | Puzzles | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bundaberg 24°  Partly cloudy", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Council votes 6-5 for $14.2 million Bottlebrush Flat levee", "", "", "W"),
        ],
        [
            (
                "The 2.8km bank will protect the town's 214 homes but push floodwater onto farmland downstream",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kirra Beaumont-Nguyen", "", "", "B"),
        ],
        [
            ("June 23, 2026 - 4:30PM", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   Email   Copy link", "", "", "B"),
        ],
        [
            (
                "Cane farmer Dean Hazelgrove on the low block that modelling says will flood more often once the levee is built.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Kirra Beaumont-Nguyen", "", "", "B"),
        ],
        [
            (
                "Bundaberg Regional Council voted 6-5 at a special meeting on Monday to build a 2.8km levee along the Burnett River at Bottlebrush Flat, at a cost of $14.2 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Jodie Tuhiwai-Strand, who had the casting vote after a 5-5 tie, wrote on X after the meeting that the levee would protect “214 homes and the town's only bridge”.",
                "Jodie Tuhiwai-Strand",
                "wrote on X",
                "W",
            ),
            (
                "“Nobody on this council wanted to choose between neighbours,” she wrote.",
                "Jodie Tuhiwai-Strand",
                "wrote",
                "",
            ),
            (
                "Tuhiwai-Strand said the levee had been recommended by council engineers in every flood study since 2014.",
                "Jodie Tuhiwai-Strand",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cr Vanessa Olander-Pike, who voted against, posted on Facebook that the council had “moved the flood, not stopped it”.",
                "Vanessa Olander-Pike",
                "posted on Facebook",
                "W",
            ),
            (
                "In a second post, she said the levee would raise flood levels on about 640 hectares of farmland downstream by up to 40 centimetres in a one-in-100-year flood.",
                "Vanessa Olander-Pike",
                "said",
                "W",
            ),
            (
                "Her first post had been shared more than 1,900 times by Tuesday afternoon.",
                "",
                "",
                "W",
            ),
            (
                "Olander-Pike is said to be considering a run for state parliament in 2028.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The 40-centimetre figure comes from the council's own flood study, according to which 11 farms would sit inside the so-called Q100 line for the first time.",
                "the council's own flood study",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Two of those farms belong to brothers Ray Hazelgrove and Dean Hazelgrove, who split their father's cane farm between them in 2012.",
                "",
                "",
                "W",
            ),
            ("Ray's block is upstream of the levee; Dean's is downstream.", "", "", "W"),
        ],
        [
            (
                "Ray Hazelgrove said he signed a petition supporting the levee in February because the 2013 flood put a metre of water through his house.",
                "Ray Hazelgrove",
                "said",
                "W",
            ),
            (
                "Dean Hazelgrove said he had not been told about the petition until it was tabled.",
                "Dean Hazelgrove",
                "said",
                "W",
            ),
            (
                "He said his brother had not mentioned it to him once, although they share a shed.",
                "Dean Hazelgrove",
                "said",
                "W",
            ),
        ],
        [
            (
                "“It is the first time in 14 years we haven't had a beer on a Friday,” Dean said.",
                "Dean Hazelgrove",
                "said",
                "",
            ),
        ],
        [
            ("“I understand why he did it.", "Dean Hazelgrove", "said", ""),
            ("I just wish he'd told me before the council did.”", "Dean Hazelgrove", "said", ""),
        ],
        [
            (
                "Ray said he had “tried to raise it three times” and that he still hoped the council would buy an easement over his brother's low block.",
                "Ray Hazelgrove",
                "said",
                "",
            ),
            (
                "“Dean's my brother, and I'd still sign it tomorrow,” Ray said.",
                "Ray Hazelgrove",
                "said",
                "",
            ),
        ],
        [
            (
                "“The levee does exactly what it is designed to do, and the modelling is honest about the cost downstream,” said Nikhil Ferrante-Doyle, the council's principal flood engineer.",
                "Nikhil Ferrante-Doyle",
                "said",
                "",
            ),
            (
                "Ferrante-Doyle said the study found the levee would cut flood levels in the town by up to 1.1 metres.",
                "Nikhil Ferrante-Doyle",
                "said",
                "W",
            ),
        ],
        [
            (
                "Landholders downstream would be offered independent valuations and could apply for a voluntary purchase scheme, the council said in a statement.",
                "the council",
                "said in a statement",
                "W",
            ),
            (
                "The council said construction was due to start in April 2027.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for Local Government Minister Brett Osterfield-Vane said the state had committed $7.1 million of the levee's cost in 2025.",
                "A spokesperson for Local Government Minister Brett Osterfield-Vane",
                "said",
                "W",
            ),
        ],
        [
            ("Trending now", "", "", "B"),
        ],
        [
            ("Hospital car park fees scrapped after petition", "", "", "B"),
        ],
        [
            ("More news", "", "", "B"),
        ],
        [
            ("Pandanus Point boat ramp to close for three weeks", "", "", "B"),
        ],
        [
            ("Currawong Creek fruit pickers' hostel sold for $2.4m", "", "", "B"),
        ],
        [
            ("Comments are closed on this article.", "", "", "B"),
        ],
        [
            (
                "We acknowledge the Traditional Custodians of the land on which we work and live.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Wide Bay Witness Pty Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("THE PARVATI POST", "", "", "B"),
        ],
        [
            (
                "Pune | Mumbai | Maharashtra | India | Business | Sports | Entertainment | Opinion | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Pune News", "", "", "B"),
        ],
        [
            (
                "HC orders demolition of three unauthorised floors of Kothrud tower within 12 weeks",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Builder must refund 18 families who bought flats on the top floors with 9% interest, court rules",
                "Bombay High Court",
                "rules",
                "W",
            ),
        ],
        [
            ("By Sneha Pathak-Deodhar", "", "", "B"),
        ],
        [
            ("Updated: Dec 2, 2026, 22:15 IST", "", "", "B"),
        ],
        [
            ("Share   WhatsApp   Facebook   X   Email", "", "", "B"),
        ],
        [
            (
                "The 11-storey building in Kothrud whose top three floors the court has ordered pulled down.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: The Parvati Post", "", "", "B"),
        ],
        [
            (
                "PUNE: The Bombay High Court on Wednesday ordered the demolition of the top three floors of an 11-storey residential building in Kothrud that were built without permission on land reserved for a public garden.",
                "",
                "",
                "W",
            ),
            (
                "A division bench of Justices Anirudh Sapre-Vaidya and Meghna Rao-Inamdar gave the builder, Borate Realty Infra Pvt. Ltd., 12 weeks to carry out the demolition at its own cost.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The said property was never available for construction, and no later regularisation can cure that,” the bench said in its judgment.",
                "the bench",
                "said in its judgment",
                "W",
            ),
            (
                "The bench ruled that the 18 families who bought flats on the three floors must be refunded the full price with 9% annual interest within eight weeks.",
                "The bench",
                "ruled",
                "W",
            ),
            (
                "“Those who build first and seek permission later cannot expect this court to be a party to it,” the bench said.",
                "the bench",
                "said",
                "",
            ),
            (
                "It also directed the Pune Municipal Corporation (PMC) to carry out the demolition and recover the cost from the builder if the company did not act within the 12 weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senior advocate Harshvardhan Limaye-Sathe, appearing for the builder, told the court that the PMC had approved revised plans for 11 floors in 2019.",
                "Harshvardhan Limaye-Sathe",
                "told the court",
                "W",
            ),
            (
                "He said the company had paid ₹2.3 crore in premium and fees for the extra floors.",
                "Harshvardhan Limaye-Sathe",
                "said",
                "W",
            ),
            (
                "Limaye-Sathe told the court that demolishing the floors would put the structure of the eight floors below at risk.",
                "Harshvardhan Limaye-Sathe",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "Advocate Ketaki Dharap-Mulay, appearing for the PMC, read out a statement from municipal commissioner Rajendra Kamble-Ketkar in court.",
                "",
                "",
                "",
            ),
            (
                "“The 2019 approval was obtained by suppressing the garden reservation, and it was revoked by the corporation on March 14, 2022,” Kamble-Ketkar said in the statement.",
                "Rajendra Kamble-Ketkar",
                "said in the statement",
                "W",
            ),
        ],
        [
            (
                "“The corporation has since issued three stop-work notices.",
                "Rajendra Kamble-Ketkar",
                "said in the statement",
                "W",
            ),
            ("All three were ignored.”", "Rajendra Kamble-Ketkar", "said in the statement", "W"),
        ],
        [
            (
                "Dharap-Mulay told the court that the builder had continued to sell flats on the three floors until October 2023.",
                "Ketaki Dharap-Mulay",
                "told the court",
                "W",
            ),
            (
                "She told the court that a PMC structural audit had found the floors could be taken down safely one at a time.",
                "Ketaki Dharap-Mulay",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "Company director Sushant Jagtap-Borate said in an affidavit filed in August that the flats had been sold in good faith on the strength of the 2019 approval.",
                "Sushant Jagtap-Borate",
                "said in an affidavit",
                "W",
            ),
            (
                "His wife, Pallavi Jagtap-Borate, a co-director of the company, is said to be abroad and did not appear.",
                "",
                "",
                "",
            ),
            (
                "Sushant Jagtap-Borate did not respond to calls and messages on Wednesday.",
                "Sushant Jagtap-Borate",
                "did not respond to calls and messages",
                "",
            ),
        ],
        [
            (
                "Aparna Vaze-Kulkarni, whose family moved into a 10th-floor flat in 2023, said they had paid ₹1.42 crore for it, most of it through a home loan.",
                "Aparna Vaze-Kulkarni",
                "said",
                "W",
            ),
            (
                "She said the family had not been told of the stop-work notices when they bought the flat.",
                "Aparna Vaze-Kulkarni",
                "said",
                "W",
            ),
            (
                "“The bank will not stop the EMI because the court has ordered a refund,” she said.",
                "Aparna Vaze-Kulkarni",
                "said",
                "",
            ),
        ],
        [
            (
                "A PMC official, who asked not to be named, said the corporation had identified 23 other buildings on reserved plots in the city.",
                "A PMC official",
                "said",
                "W",
            ),
        ],
        [
            (
                "The plot was one of 41 so-called amenity spaces marked for public use in the 1987 development plan for the area.",
                "",
                "",
                "W",
            ),
            (
                "A 2024 report by the civic group Pune Open Spaces Watch, titled “Gardens on Paper”, was filed with the petition.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The petition was filed in 2022 by Madhukar Bhide-Athavale, 71, a retired engineer who lives opposite the building.",
                "",
                "",
                "W",
            ),
            (
                "“I walked past that plot every morning for 30 years waiting for a garden,” Bhide-Athavale said.",
                "Madhukar Bhide-Athavale",
                "said",
                "",
            ),
        ],
        [
            (
                "Limaye-Sathe said the company would appeal to the Supreme Court.",
                "Harshvardhan Limaye-Sathe",
                "said",
                "",
            ),
        ],
        [
            (
                "The building's housing society said in a letter to residents on Wednesday that it would hold an emergency general meeting on Sunday.",
                "The building's housing society",
                "said in a letter to residents",
                "W",
            ),
        ],
        [
            ("Tags: Bombay High Court, Pune, PMC, Kothrud, Illegal construction", "", "", "B"),
        ],
        [
            ("Download The Parvati Post app for the latest Pune news", "", "", "B"),
        ],
        [
            ("Read more: Two held for forging building approvals in Wakad", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Parvati Post Publications Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n147-ke-she-said-end",
        "She said 91 of the closed schools were primary schools and 21 were secondary schools, with about 38,400 learners affected. Floodwater had entered 37 classrooms in Nyando sub-county alone, she said.",
        [
            "She said 91 of the closed schools were primary schools and 21 were secondary schools, with about 38,400 learners affected.",
            "Floodwater had entered 37 classrooms in Nyando sub-county alone, she said.",
        ],
    ),
    (
        "n147-ke-quote-carried",
        "“We are not going to put children back behind a wet mud wall. We lost a classroom at Ong'ielo Primary that way in 2020.”",
        [
            "“We are not going to put children back behind a wet mud wall.",
            "We lost a classroom at Ong'ielo Primary that way in 2020.”",
        ],
    ),
    (
        "n147-ke-disputed-he",
        "Ager disputed that. He said most schools on the plains received the warning by text message only on Saturday evening, when many head teachers were at a funeral in Kogweno.",
        [
            "Ager disputed that.",
            "He said most schools on the plains received the warning by text message only on Saturday evening, when many head teachers were at a funeral in Kogweno.",
        ],
    ),
    (
        "n147-ke-ltd-rights",
        "© 2026 Nyanza Ledger Media Ltd. All rights reserved.",
        ["© 2026 Nyanza Ledger Media Ltd.", "All rights reserved."],
    ),
    (
        "n147-ie-question-pair",
        "You have written to the Department about the toilets. What is the problem?",
        ["You have written to the Department about the toilets.", "What is the problem?"],
    ),
    (
        "n147-ie-source-question",
        "The Department says the project is at stage 2b. What does that mean in practice?",
        ["The Department says the project is at stage 2b.", "What does that mean in practice?"],
    ),
    (
        "n147-ie-no-answer",
        "No. Seven families left last year, and two of them told me the toilets were the reason. One mother said she could not watch her son cross that yard in the rain again.",
        [
            "No.",
            "Seven families left last year, and two of them told me the toilets were the reason.",
            "One mother said she could not watch her son cross that yard in the rain again.",
        ],
    ),
    (
        "n147-nl-she-said-quotes",
        "Van der Hulst-Brink said repairs would take at least 14 months and cost an estimated €31 million, which the city would pay from its infrastructure reserve. “I understand that people are angry,” she said. “I would be angry too.”",
        [
            "Van der Hulst-Brink said repairs would take at least 14 months and cost an estimated €31 million, which the city would pay from its infrastructure reserve.",
            "“I understand that people are angry,” she said.",
            "“I would be angry too.”",
        ],
    ),
    (
        "n147-nl-two-women",
        "Van der Hulst-Brink said the city had been told about the failed joint in 2021 and had scheduled it for repair in 2027. She said the 2021 report had not described the joint as urgent. De Waard-Pijnacker declined to respond to that.",
        [
            "Van der Hulst-Brink said the city had been told about the failed joint in 2021 and had scheduled it for repair in 2027.",
            "She said the 2021 report had not described the joint as urgent.",
            "De Waard-Pijnacker declined to respond to that.",
        ],
    ),
    (
        "n147-nl-tip-question",
        "Do you have a tip? Mail our newsroom.",
        ["Do you have a tip?", "Mail our newsroom."],
    ),
    (
        "n147-my-ir-aug",
        "MADA general manager Ir. Siti Khatijah binti Abdul Wahab said water would now be released to 48,000 hectares in Kedah and Perlis from Sept 15, instead of Aug 15. She said the dam's catchment had received 41% less rain than average between May and July.",
        [
            "MADA general manager Ir. Siti Khatijah binti Abdul Wahab said water would now be released to 48,000 hectares in Kedah and Perlis from Sept 15, instead of Aug 15.",
            "She said the dam's catchment had received 41% less rain than average between May and July.",
        ],
    ),
    (
        "n147-my-two-lims",
        "Lim Siew Ling, an agricultural economist at Kolej Pertanian Utara who is not related to him, said a one-month delay usually cut off-season yields by 8% to 12%. She said the bigger risk was a second delay in the main season. Lim Boon Hock said he had seen a month's delay twice before, in 2014 and 2019, and had laid off workers both times.",
        [
            "Lim Siew Ling, an agricultural economist at Kolej Pertanian Utara who is not related to him, said a one-month delay usually cut off-season yields by 8% to 12%.",
            "She said the bigger risk was a second delay in the main season.",
            "Lim Boon Hock said he had seen a month's delay twice before, in 2014 and 2019, and had laid off workers both times.",
        ],
    ),
    (
        "n147-my-company-number",
        "© 2026 Peninsular Tribune Sdn Bhd (198701008899). All Rights Reserved.",
        ["© 2026 Peninsular Tribune Sdn Bhd (198701008899).", "All Rights Reserved."],
    ),
    (
        "n147-ph-dr-dela",
        "PHO head Dr. Arnel dela Llana said seven of the nine people who died were children under 15. Dela Llana said the rise began in the last week of May, about two weeks after the first heavy rains.",
        [
            "PHO head Dr. Arnel dela Llana said seven of the nine people who died were children under 15.",
            "Dela Llana said the rise began in the last week of May, about two weeks after the first heavy rains.",
        ],
    ),
    (
        "n147-ph-ma-de-la",
        "“We have never had this many cases in one barangay,” the vice mayor of Dulangan Ma. Cristina de la Merced said in Hiligaynon. De la Merced said the declaration allowed the town to release ₱2.5 million from its quick response fund for misting, test kits and hospital bills.",
        [
            "“We have never had this many cases in one barangay,” the vice mayor of Dulangan Ma. Cristina de la Merced said in Hiligaynon.",
            "De la Merced said the declaration allowed the town to release ₱2.5 million from its quick response fund for misting, test kits and hospital bills.",
        ],
    ),
    (
        "n147-ph-quote-no-cue",
        "“Some of them did not come back to us until they were already bleeding. That is how we lost two of the children.”",
        [
            "“Some of them did not come back to us until they were already bleeding.",
            "That is how we lost two of the children.”",
        ],
    ),
    (
        "n147-us-she-said-quote",
        "“The owners have had sixteen months and four compliance orders,” she said. “The city is not asking for this lightly.”",
        [
            "“The owners have had sixteen months and four compliance orders,” she said.",
            "“The city is not asking for this lightly.”",
        ],
    ),
    (
        "n147-us-quote-full-stop",
        "Tobias Hartigan-Vose, a lawyer for Alderhollow Holdings LLC, the company that owns the complex, told the court the city's count included “burned-out light bulbs and a missing smoke detector cover.” He said the owners had spent $1.3 million on repairs since 2024.",
        [
            "Tobias Hartigan-Vose, a lawyer for Alderhollow Holdings LLC, the company that owns the complex, told the court the city's count included “burned-out light bulbs and a missing smoke detector cover.”",
            "He said the owners had spent $1.3 million on repairs since 2024.",
        ],
    ),
    (
        "n147-us-subscribe",
        "Support local journalism. Subscribe today for $1 a week.",
        ["Support local journalism.", "Subscribe today for $1 a week."],
    ),
    (
        "n147-sc-unnamed-sources",
        "A person familiar with the talks said the approach was Harrow & Stiles's third since March, and that two earlier proposals, at 355p and 380p, had been rejected. Two people briefed on the matter said Harrow & Stiles had hired advisers in London in July. Harrow & Stiles, which is based in Louisville, Kentucky, declined to comment.",
        [
            "A person familiar with the talks said the approach was Harrow & Stiles's third since March, and that two earlier proposals, at 355p and 380p, had been rejected.",
            "Two people briefed on the matter said Harrow & Stiles had hired advisers in London in July.",
            "Harrow & Stiles, which is based in Louisville, Kentucky, declined to comment.",
        ],
    ),
    (
        "n147-sc-ltd-no",
        "Broomielaw Business Journal is published by Kelvinhaugh Media Ltd. Registered in Scotland No. SC614209.",
        [
            "Broomielaw Business Journal is published by Kelvinhaugh Media Ltd.",
            "Registered in Scotland No. SC614209.",
        ],
    ),
    (
        "n147-sc-quote-carried",
        "“Any buyer will be asked how many of them it intends to keep. That is not a negotiating position, it is a condition.”",
        [
            "“Any buyer will be asked how many of them it intends to keep.",
            "That is not a negotiating position, it is a condition.”",
        ],
    ),
    (
        "n147-gh-reader-own-right",
        "Taking questions afterwards, Boadu-Nsiah said the traditional council had counted 27 mining pits within 100 metres of the river in the Nkyenoa area alone. He said most of the miners were not from the area. “Nana has spoken, and the traditional council stands behind him,” he said.",
        [
            "Taking questions afterwards, Boadu-Nsiah said the traditional council had counted 27 mining pits within 100 metres of the river in the Nkyenoa area alone.",
            "He said most of the miners were not from the area.",
            "“Nana has spoken, and the traditional council stands behind him,” he said.",
        ],
    ),
    (
        "n147-pk-dr-bin",
        "Dr. Hammad bin Arshad Qureshi, who heads the chest unit at the Ravi Valley Teaching Hospital, said the unit had treated 1,380 patients for respiratory complaints in the past week, about three times its usual number. “Most of them are children and people over 60,” he said.",
        [
            "Dr. Hammad bin Arshad Qureshi, who heads the chest unit at the Ravi Valley Teaching Hospital, said the unit had treated 1,380 patients for respiratory complaints in the past week, about three times its usual number.",
            "“Most of them are children and people over 60,” he said.",
        ],
    ),
    (
        "n147-ca-qa-intro",
        "We put three questions to the centre's physician. Her answers have been edited for length.",
        [
            "We put three questions to the centre's physician.",
            "Her answers have been edited for length.",
        ],
    ),
    (
        "n147-ca-pm-answer",
        "The doors are locked at 8 p.m. and a sign tells people to call 911. A paramedic told me last month that he had waited outside our locked doors with a patient while dispatch found him a bed.",
        [
            "The doors are locked at 8 p.m. and a sign tells people to call 911.",
            "A paramedic told me last month that he had waited outside our locked doors with a patient while dispatch found him a bed.",
        ],
    ),
    (
        "n147-au-brothers",
        "Ray Hazelgrove said he signed a petition supporting the levee in February because the 2013 flood put a metre of water through his house. Dean Hazelgrove said he had not been told about the petition until it was tabled. He said his brother had not mentioned it to him once, although they share a shed.",
        [
            "Ray Hazelgrove said he signed a petition supporting the levee in February because the 2013 flood put a metre of water through his house.",
            "Dean Hazelgrove said he had not been told about the petition until it was tabled.",
            "He said his brother had not mentioned it to him once, although they share a shed.",
        ],
    ),
    (
        "n147-in-pvt-ltd-mid",
        "PUNE: The Bombay High Court on Wednesday ordered the demolition of the top three floors of an 11-storey residential building in Kothrud that were built without permission on land reserved for a public garden. A division bench of Justices Anirudh Sapre-Vaidya and Meghna Rao-Inamdar gave the builder, Borate Realty Infra Pvt. Ltd., 12 weeks to carry out the demolition at its own cost.",
        [
            "PUNE: The Bombay High Court on Wednesday ordered the demolition of the top three floors of an 11-storey residential building in Kothrud that were built without permission on land reserved for a public garden.",
            "A division bench of Justices Anirudh Sapre-Vaidya and Meghna Rao-Inamdar gave the builder, Borate Realty Infra Pvt. Ltd., 12 weeks to carry out the demolition at its own cost.",
        ],
    ),
    (
        "n147-in-statement-no-cue",
        "“The corporation has since issued three stop-work notices. All three were ignored.”",
        ["“The corporation has since issued three stop-work notices.", "All three were ignored.”"],
    ),
    (
        "n147-in-pvt-ltd-rights",
        "Copyright © 2026 Parvati Post Publications Pvt. Ltd. All rights reserved.",
        ["Copyright © 2026 Parvati Post Publications Pvt. Ltd.", "All rights reserved."],
    ),
]
