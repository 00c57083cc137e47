"""Hundred-and-ninety-second set of new hand-labelled pages for the hint engines (tuning set, round sixty-five):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from English-language
outlets in twelve small countries (Barbados, the Bahamas, Guyana, Belize, Malta, Cyprus, Mauritius, Seychelles,
Namibia, Malawi, Sierra Leone, Samoa), in twelve GENRES where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part,
one page per country and per genre, each pasted in a different way. The pages:

* Barbados: a daily's website on the DESKTOP; a PARLIAMENT'S BILL DEBATE (the House of Assembly passes a road
  traffic bill 24-3, with a $2,500 fine for a handheld phone and penalty points from April 1, with a fines table).
* The Bahamas: a daily's AMP page; a TOURISM-ARRIVALS STATISTICS RELEASE (a record 2,141,870 stopover visitors in
  2026, up 6.8 per cent, with an arrivals table).
* Guyana: a daily's website in READER MODE; an ELECTION-COMMISSION RELEASE (GECOM adds 8,412 names after claims and
  objections and upholds 1,907 objections, with a by-region list).
* Belize: a weekly's website pasted from a PHONE; a FISHERIES QUOTA (the conch quota cut to 640,000 lbs. for a
  season opening Oct. 1).
* Malta: a daily's website in PRINT VIEW; a COURT RULING SUMMARY (the Court of Criminal Appeal upholds a contractor's
  conviction over a collapsed house in Gżira but suspends his jail term).
* Cyprus: a business EMAIL NEWSLETTER pasted from WEBMAIL; a BANK'S ANNUAL RESULTS (profit up 22% to €418.6m and a
  first dividend since 2011, with key-figure and markets boxes).
* Mauritius: a news site's LIVE-UPDATES page, newest first; a CYCLONE BULLETIN (a class 3 warning for Cyclone Ondine
  closes schools, offices and the port).
* Seychelles: a daily's APP, its text SHARED; an ELECTRICITY TARIFF DECISION (a 7.5% rise in the household tariff
  from April 1, with a what-changes box).
* Namibia: a daily's E-PAPER, text copied from the PDF across a PAGE JUMP; a HOSPITAL WAITING-LIST REPORT (23,186
  patients waiting for planned surgery, with a table).
* Malawi: a daily's story read in a NEWS-AGGREGATOR APP; a SCHOOL EXAM RESULTS RELEASE (the MSCE pass rate rises to
  56.7% and 1,412 results are withheld over cheating).
* Sierra Leone: a daily's TEXT-ONLY edition; an INQUEST (a water-taxi death ruled accidental, the boat carrying 61
  people on a licence for 40, with a findings list).
* Samoa: a news site on the DESKTOP with its COMMENTS; a SPORTS FEDERATION'S DISCIPLINARY DECISION (a club prop
  banned for 12 weeks for a tackle to the head and the other club fined WS$5,000).

What is hard is telling statements of record from what sits beside them, sentence by sentence and often inside one
paragraph. Of record ("W"): figures given by bodies, officials, firms and documents (tickets, road deaths, arrivals,
spending, occupancy, names added and removed, a commission's budget, a quota and landings, exports, stop orders, a
bank's profit, interest income, a CET1 ratio and a dividend, rain and gusts, power cuts and cancelled flights,
tariff blocks in rupees, a utility's loss, patients waiting and idle theatres, a pass rate and withheld results,
passengers against a licence, gate takings); causal claims ("driven mainly by new non-stop flights", "caused mainly
by heavy harvesting of juvenile conch", "mainly because of higher rates on its loan book", "mainly because the cost
of the heavy fuel oil ... rose 18 per cent", "mainly because there were not enough anaesthetists", "mainly the result
of more qualified science teachers"); findings, acts, rulings and votes (a bill passed, an amendment defeated, a
Speaker's rulings, a commission's 4-3 vote, a court's "held" and "found", a fine and fees ordered, a coroner's
verdict and "found", a judicial committee's "ruled" and "found", a dividend proposed, warnings issued); RULES,
including CONDITIONAL ones (fines for a second offence, penalty points, the hotel guest tax after the 30th night,
registration at 14 and listing at 18, objections heard within seven days, the conch season closing "or earlier if the
quota is reached", size limits, article 28A and a suspended sentence's breach, a dividend bar below 11.5% CET1, class
3 and class 4 warnings, a pensioners' rate "provided they apply", waiting-list referrals, a cheating bar, re-marking,
the carrying limit, the entry point "rising to 12 if"); PAST ESTIMATES reported as fact ("spent an estimated B$4.1
billion", a bulletin that "put" the storm 290 km north); and scheduled events set by those who run them (a Senate
debate, a publication date, hearing dates, a civil case's next sitting, an AGM, pay talks, a public hearing, a court
appearance, trials). Not worth checking (""): forecasts and expectations ("the ministry expects 2.3 million", a class
4 warning "not excluded", a track that "could still shift", "expects net interest income to fall", 0.4 points on
inflation, a coach's "he will be in the mix"); plans and intentions, even official ones ("the ministry would spend
$1.2 million on 40 roadside cameras", "The government plans", "Akamas plans", weekend theatre lists, 3,000 teachers,
a fence before next season); what a bill WOULD do ("it would take effect on April 1" if the Senate passes it) and
CONDITIONAL plans and forecasts ("unless an independent tribunal was created", "if the commission did not order a
house-to-house verification", "could raise the quota if the numbers recovered", "would review the tariff in October
if fuel prices fell", "if the government does not post more science teachers ..., the gap will keep growing");
requests, advice and recommendations ("Police are urging", "should check their names", "should check with their
airline", "It advised", "The administration urged", a coroner's "recommended"); stances and characterisations (a
"licence to harass", "suspiciously low", "as good as it gets", "a scandal we have stopped noticing", "floating
coffins"); a brokerage's target price; feelings, anecdotes and a private person's own figures (a vendor's third, a
diver's BZ$900, a shopkeeper's SR2,400, a student's nine points, a pensioner's three cancelled dates); questions in
quotes and question subheads; a newsletter's and a live blog's own voice; scenes and captions that only describe; and
data lines (table rows, region lines, key figures, markets, what-changes bullets). A quote may hold a figure used as
rhetoric ("“Ten years, no ticket,”", "“How can 600 names be challenged ...?”", "“Sixty-one people in a boat for
forty?”", "“Twelve weeks for one tackle?”"), "".

And where sentences end: abbreviations, suffixes and times that END one before a capital ("ended at 9:47 p.m." /
"Three members were absent."; "resumed at 7 p.m." / "Debate then turned ..."; "A lobster tail must weigh at least 4
oz." / "Berried females ..."; "Judgment was read at 10.15 a.m." / "Camenzuli-Pace, who was present, ..."; "Marsamxett
Post p.l.c." / "All rights reserved."; "Midweek Monitor Co. Ltd." / "All rights reserved."; "from outside the E.U." /
"It blamed ..."; "Nicosia." after "Ltd.," and "Arch." / "Nothing in this newsletter ..."; "at 4.30 p.m." / "It takes
effect ..."; "Auas Surgical (Pty) Ltd." / "The firm was paid ..."; "must end by 4 p.m." / "The ministry said ...";
"shortly after 2 p.m." / "It was back up ..."; "at about 7.05 p.m." / "The boat turned over ..."; "on Siaka Stevens
St." / "It heard 14 witnesses."; "Lion Mountain Crier." / "Text edition."; "ended at 9.20 p.m." / "The decision was
released ..."; "Savai'i Messenger Ltd." / "All rights reserved.") and abbreviations, titles, initials, citations and
designations that do NOT ("s. 12 of the principal Act", "Dacosta St. Clair" and "Mr. St. Clair", "St. Michael
North-West", "Hon. Neville T. Maycock-Bynoe", "at 2 p.m. Tuesday.", "on Bay St. that", "Feb. 17", "Cap. 19:08,",
"Cap. 1:03,", "on High St. in Kingston", "Ramdial v. The Chief Election Officer, No. 114 of 2022,", "640,000 lbs. of",
"Oct. 1", "Statutory Instrument No. 7 of 2026,", "Sept. 18,", "3 oz. and", "7 in. long", "Princess Margaret Dr. by 4
p.m. every Friday", "Feb. 15,", "at about 5.40 a.m. on", "The Police v. Kurt Camenzuli-Pace (Appeal No. 214/2025)",
"Criminal Code, Cap. 9,", "Sliema Crest Builders Ltd., is", "CKP Excavations Ltd., was", "Akamas Bank Public Company
Ltd. said", "by 1 p.m. Wednesday.", "Troodos Securities Ltd. in Nicosia", "Limassol Seaways Ltd. said", "(2026 vs.
2025)", "16:00 hrs on Monday", "at 6 a.m. and", "on Oct. 12 at", "by 5 p.m. on Sept. 30", "(VAT incl.)", "Dr.
Matheus K. Shikongo-Amutenya", "Johannes !Nanuseb" and "!Nanuseb said" opening a sentence, "Over 2 yrs.", "Dr. Ivy T.
Mlenga-Chisale", "St. Mathias Girls' Secondary School", "at 2 p.m. Friday.", "Isatu B. Conteh-Williams", "at 6.40
p.m., although", "Under s. 112 of", "Ms. Conteh-Williams", "Tagrin Boat Taxis Ltd., told", "Hon. Momoh S.
Kanu-Bangura", "Under s. 7.3 of", "the Lotopa v. Vailele final", "at 5 p.m. Monday", "on Dec. 5"); times in several
styles ("9:47 p.m.", "12:41 a.m.", "6:05 p.m. EST", "5.40 a.m.", "16:40", "07:02", "13:00", "16:00 hrs", "9.30am",
"7.30 a.m.", "4:12 p.m."); decimals, units and currencies ("$2,500", "B$4.1 billion", "G$6.8 billion", "BZ$10,000",
"€3,420.50", "€418.6m", "SR2.86 per kWh", "N$8.6 million", "MK15,000", "NLe 50,000", "WS$5,000", "km/h", "mm",
"lbs.", "oz."); quotes ending in "?" or "!" before their attribution, one sentence each (twelve questions and ten
exclamations, three of them with the attribution inverted: "“Who knew ...?” said Vikram Seeburrun-Lai, ...", "“How
many more patients must die ...?” asked opposition MP ...", "“We were only celebrating!” said Vailele supporter
..."), against a question or exclamation in a quote with NO
attribution after it, a sentence of its own carrying the quote's speaker and cue ("“Somebody must answer for my
brother!”", "“None!”"); quotes running over sentences; PARENTHESES HOLDING A FULL SENTENCE (the old licence law,
what a stopover is, the qualifying date, what house-to-house means, when a conch is adult, the building authority,
the bail-in, class 4 and class 2 warnings, fuel oil, anaesthetists, the pass rule, the crossing's fare, training
during a ban) against brackets inside a sentence ("(GECOM)", "(MMS)", "(SEC)", "(PUC)", "(NDRRMC)", "(MANEB)",
"(MSCE)", "(Pty)", "(Appeal No. 214/2025)"); semicolons that never split (standfirsts, rules, a grading scale, a
findings line, a newsletter's take); and list lines, one sentence each (key points, a findings list, table rows,
region lines, key figures, markets, box bullets, comments).

The pages hold 531 sentences: 152 "B", 227 "W" and 152 ""; 215 sentences carry a speaker (94 distinct speakers, page
by page; 93 distinct labels). `STYLES` describes each page, its story, its labels and its furniture in order;
`CASES` holds 30 split cases written fresh in the manner of the pages (not copied from them): 20 that must split
where a sentence ends at an abbreviation, a suffix, a time or a unit ("p.m.", "Bay St.", "Inc.", "oz.", "lbs.",
"p.l.c.", "a.m.", "E.U.", "Ltd.", "hrs.", "(Pty) Ltd.", "Sam Nujoma Dr.", "Siaka Stevens St.", "Jr."), after a
question's or an exclamation's attribution, after an exclamation in a quote with no attribution, or around a
parenthesis holding a full sentence; and 10 where a title, an initial, "v.", "No.", "Cap.", "s.", "in.", "oz.",
"p.m." before a weekday, "a.m. on", a click letter inside a name or a semicolon sits inside a sentence that must not
be split there (six of them single sentences, four with a second sentence elsewhere).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see their
docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines, so every masthead, menu, crumb, byline, date line, share line, caption, credit, time stamp,
bullet, table row, box line, page-jump line, comment and legal line is a paragraph of its own, except that a caption
and a credit pasted in one line are two sentences of one paragraph); each paragraph a list of sentences `(text,
speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by line, whatever it says,
never with a speaker; a caption by its content and its credit "B"; tables pasted as lines with a "B" title, header
row and source line and "" data rows; headlines and standfirsts never split and flagged by content, a "says" or
"finds" carrying the source as the body first gives it ("Dacosta St. Clair", "the Ministry of Tourism, Investments
and Aviation", "the Guyana Elections Commission", "The Belize Fisheries Department", "Rosanne Xerri Debono", "The
Seychelles Energy Commission", "a Ministry of Health and Social Services report tabled in the National Assembly on
Tuesday", "the Samoa Rugby Union's judicial committee"), and one with no verb of saying carrying none; a person named
in full as first given, without titles or roles ("Minister of Transport and Works", "The Member for St. Michael
North-West", "Mr.", "Director General of Tourism", "Chief Election Officer", "Commissioner", "Public Relations
Officer", "Fisheries Administrator", "Diver", "Madam Justice", "Dr", "Dr.", "Chief executive", "Straw vendor", "Duty
forecaster", "fisherman", "PUC chief executive", "Health executive director", "Pensioner", "opposition MP", "MANEB
executive director", "Ministry of Education spokesperson", "Coroner", "Ms.", "Hon.", "Lotopa club president",
"Vailele supporter", "Manu Samoa sevens coach", "Union chief executive"), a pronoun, surname or role noun tied to a
named person resolving to that name ("the minister", "the judge", "Camenzuli-Pace"), initials and a click letter
that are part of the name kept ("Matheus K. Shikongo-Amutenya", "Ivy T. Mlenga-Chisale", "Isatu B. Conteh-Williams", "Momoh S. Kanu-Bangura", "Johannes
!Nanuseb"), Maltese double surnames kept unhyphenated as the page writes them ("Rosanne Xerri Debono", "Etienne Galea
Farrugia", "Doris Spiteri Tabone", "Marlon Attard Bonello"); a quote over several sentences carrying its speaker and
cue in each; "according to X" giving X as written ("the ministry's annual arrivals report", "the Bahamas Hotel and
Tourism Association", "the estimates approved by the National Assembly in February", "a summary posted on its
Facebook page", "the Statistical Institute of Belize", "the SEC's decision paper", "the National Bureau of
Statistics", "the report"); a bracketed acronym dropped and an acronym, a short name or "It" resolving to the name as
first given ("GECOM", "the MMS", "MANEB", "Akamas", "It said"), while a single generic noun is kept as written ("the
report", "The report", "the department", "The bank", "the bank", "the commission", "The committee", "the
committee", "the union", "The ministry", "The administration", "The government", "The airport operator", "the port's
operator", "Police", "Witnesses"); a descriptor before a proper name dropped ("Shipping manager Limassol Seaways Ltd."
-> "Limassol Seaways Ltd.", "Property developer Kourion Crest Ltd." -> "Kourion Crest Ltd."); a point that belongs to
a firm's name kept in the label ("Akamas Bank Public Company Ltd."); a channel phrase after the verb part of the cue
("told reporters", "told a press conference", "told analysts on a call", "told the Tide", "told the Examiner", "told a
press briefing in Zomba", "told the court", "said outside court"); a body acting with no verb of saying carrying no
speaker (a vote, a Speaker's rulings, a court confirming a conviction and ordering fees, a board proposing a dividend,
the MMS recording rain and issuing warnings, a committee fining a club, MANEB releasing results).

Conventions this set had to settle, in the same spirit:

* JUDICIAL VERBS as cues: a judge's "held" and "found", a coroner's "found", a judicial committee's "ruled" and
  "found" are findings of record ("W") with their subject as speaker, like an audit's "found"; a coroner's
  "recommended" is advice ("", cue "recommended"), and so is a body's "urged" or "advised".
* A SAMOAN MATAI TITLE before the given name is part of the name as Samoan papers write it and is kept ("Lemalu
  Tavita Faleolo-Schuster", "Taulapapa Mose Aiono-Kerslake"), and the title alone later ("Lemalu said") resolves to
  the full name; English titles and roles before it ("The committee's chairman", "Lotopa club president") are dropped.
* A CLICK LETTER in a Namibian name ("!Nanuseb") is part of the name: no sentence ends before it, and a sentence may
  open with it ("!Nanuseb said ..."). "St." in a surname ("St. Clair") is part of the name and never ends a sentence.
* LEGAL CITATIONS ("s. 12", "s. 112", "s. 7.3", "Cap. 19:08", "Cap. 1:03", "Cap. 9", "No. 7 of 2026", "No. 114 of
  2022", "Appeal No. 214/2025", "v.") never end a sentence inside it; a case name is part of the sentence that cites it
  ("W" when it states a holding or an act).
* UNITS WITH A POINT ("lbs.", "oz.", "in.", "yrs.", "hrs.") end a sentence only when the sentence ends there ("at least
  4 oz." / "Berried females ..."); "p.m." before a weekday ("at 2 p.m. Tuesday.", "by 1 p.m. Wednesday.", "at 5 p.m.
  Monday") does not end one.
* A QUESTION OR EXCLAMATION IN A QUOTE WITH NO ATTRIBUTION AFTER IT, following an attributed question, carries that
  attribution's cue ("“Somebody must answer for my brother!”" and "“Our boy is not a dirty player.”" carry "asked");
  one following "Lemalu said." carries "said" ("“None!”").
* A BODY'S OWN FIGURES (a van owners' guild's members ticketed, a cooperative's landings, a reef group's counts, a
  nurses' association's resignations, a builders' chamber's members trained, a teachers' group's count of schools)
  are of record ("W"), while a private person's are "".
* A role noun in a speaker slot that names no one ("A spokesman for the Chamber of Small Builders") is kept as written,
  and "He said" after it resolves to it.

Written from scratch for issue 13 in round sixty-five, before any rule was tuned on them and without looking at the
engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no engine, scorer or test
was run (only the brief's structural check and ruff). What was read: the brief; the module docstrings and first
articles of `labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]` tables
of `pyproject.toml`; and the module docstrings, `STYLES`, a few pages and the `CASES` of `labelled_new187.py` and
`labelled_new188.py`. Coined names were checked for freshness against the capitalised words (and the parts of
hyphenated ones) of those two files: seven outlet and firm words chosen first ("Wire", "Briefing", "Island",
"Reporter", "Sun", "Valley", "Water") were dropped before the pages were written, and after writing, eleven words
that hit were replaced ("Desmond" twice, "Marisol", "Moss", "Priya", "Zahra", "Hill", "Heights" twice, "Watch", "Ah",
"Capital", "Holdings"), and a candidate replacement that hit again ("Ridge") was passed over; the split cases'
coined names did not hit. Only common words ("Bank", "Public", "Company", "Association", "Guild", "Route", "Small", "Market",
"Park", "Gate", "Nurses", and "Reporter" in a byline's role), firm suffixes ("Ltd", "Inc", "Pty", "Co"), titles ("Hon", "Dr", "Mr", "Ms", "Madam"), months,
weekdays, a demonym ("Namibian") and real places and bodies ("Kingston", "Linden", "Island" of Paradise Island, "Marsh" of Marsh Harbour, "Point"
of Tagrin Point, "Margaret" of Princess Margaret Drive, "Gazette" of the Official Gazette) still hit.

Every person, outlet, newsletter, aggregator, publisher, firm, bank, brokerage, developer, shipping manager,
contractor, boat operator, union, guild, cooperative, chamber, association, circle, group, club, statement, quote and
figure is invented, and so are the small institutions and names (The Midweek Monitor, Midweek Monitor Co. Ltd., the
Barbados Route Van Owners' Guild, The Lucayan Courier, The Demerara Star, The Reef Bugle, the Sarteneja Free Divers'
Cooperative, the Toledo Reef Keepers, The Marsamxett Post, the Chamber of Small Builders, Sliema Crest Builders Ltd.,
CKP Excavations Ltd., The Kypros Digest, Akamas Bank Public Company Ltd., Troodos Securities Ltd., the Union of Bank
Clerks of Cyprus, Limassol Seaways Ltd., Kourion Crest Ltd., The Port Louis Tide, Cyclone Ondine, The Victoria
Bulletin, the Praslin Guesthouse Owners' Circle, The Erongo Examiner, Auas Surgical (Pty) Ltd., the Namibian Theatre
Nurses' Association, Newsdrift, The Zomba Sentry, the Rural Teachers' Circle, St. Mathias Girls' Secondary School,
Chipasula Secondary School, the Lion Mountain Crier, Tagrin Boat Taxis Ltd., the Wan Fambul, The Savai'i Messenger,
the Lotopa Hawks and the Vailele Sharks, and the case Ramdial v. The Chief Election Officer). Real countries, islands,
regions, cities, towns, villages, streets, reefs, hospitals, airports, ports, courts, parliaments, ministries,
commissions, regulators, utilities, police forces, statistics offices, central banks, exchanges, universities,
federations, laws and other public bodies appear only as settings, with invented statements and figures: Barbados,
Bridgetown, Speightstown, St. Michael North-West, the House of Assembly, the Senate, the Royal Barbados Police Force,
the Attorney General's office and the Official Gazette; the Bahamas, Nassau, New Providence, Paradise Island, Grand
Bahama, the Out Islands, Exuma, Eleuthera, Governor's Harbour, Marsh Harbour, Bay Street, the Straw Market, Grand
Bahama International Airport, the Ministry of Tourism, Investments and Aviation and the Bahamas Hotel and Tourism
Association; Guyana, Georgetown, Kingston, High Street, Linden, Wismar, Regions Three, Four, Six and Ten, the Guyana
Elections Commission, the High Court, the National Assembly, the University of Guyana, the National Registration Act
and the Representation of the People Act; Belize, Sarteneja, Ambergris Caye, the Sapodilla Cayes, Glover's Reef,
Turneffe, Princess Margaret Drive, the Fisheries Department, the Statistical Institute of Belize and the Fisheries
Resources Act; Malta, Gżira, Naxxar, Triq il-Kbira, the Court of Criminal Appeal, the Magistrates' Court, the First
Hall of the Civil Court, the Building and Construction Authority, the Attorney General, the Criminal Code and the
Avoidance of Damage to Third Party Property Regulations; Cyprus, Nicosia, Larnaca, Paphos, Archbishop Makarios III
Avenue, the Central Bank of Cyprus, the Cyprus Stock Exchange, the European Central Bank and the E.U.; Mauritius, Port
Louis, Vacoas, Plaisance, Grand Port, Savanne, Roche Bois, Cité La Cure, Mahébourg, Curepipe, Quatre Bornes,
Rodrigues, the Mauritius Meteorological Services, the National Land Transport Authority, the Central Electricity
Board, Sir Seewoosagur Ramgoolam International Airport, the Ministry of Education and the National Disaster Risk
Reduction and Management Centre; Seychelles, Victoria, Mont Fleuri, Anse Aux Pins, Praslin, La Digue, Roche Caiman,
the International Conference Centre, the Seychelles Energy Commission, the Public Utilities Corporation, the
University of Seychelles, the National Bureau of Statistics and the Energy Act; Namibia, Windhoek, Khomasdal, Hosea
Kutako Drive, Windhoek Central Hospital, Katutura and Oshakati Intermediate Hospitals, the Ministry of Health and
Social Services and the National Assembly; Malawi, Zomba, Lilongwe, Mangochi, Chikwawa, Blantyre, Mzuzu, the Malawi
National Examinations Board, the Ministry of Education, the Kamuzu University of Health Sciences, the National
Council for Higher Education and the Education Act; Sierra Leone, Freetown, Tagrin, Tagrin Point, Kissy, Siaka
Stevens Street, the Law Courts Building, the Sierra Leone Maritime Administration, the High Court, Parliament and the
Merchant Shipping Act; and Samoa, Apia, Savai'i, Apia Park, Tuanaimato, Lotopa, Vailele, the Faleata Sports Complex,
Tupua Tamasese Meaole Hospital, the Samoa Rugby Union and Manu Samoa.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Barbadian DAILY\'S WEBSITE (Bridgetown), DESKTOP browser paste, a PARLIAMENT\'S BILL DEBATE: the House of Assembly passes the Road Traffic (Amendment) Bill, 2027, 24-3, with a $2,500 fine for a handheld phone and penalty points from April 1. Head: skip link, masthead, menu, crumb (all "B"); headline of record ("W") and a standfirst "Minister says ...; amendment ... defeated 23-4" ("W", carrying "Dacosta St. Clair" as the body first names him); byline, a published/updated line with "a.m." and a share line ("B"); a caption "" and its bracketed credit ("B"). Body: the vote, "began at 10 a.m. and ended at 9:47 p.m." ENDING a sentence before "Three members were absent." (both "W"); the fines "under s. 12 of the principal Act" (no split) and a second-offence rule with a semicolon ("W"); the points system and a PARENTHESIS HOLDING A FULL SENTENCE on the old law ("W"); the minister ("Minister of Transport and Works" dropped, "St. Clair" kept whole) with ticket and death figures ("W") and a quote over two sentences (""); "Mr. St. Clair said the ministry would spend $1.2 million ..." (a plan, ""); the points rules ("W"); an MP ("The Member for St. Michael North-West" dropped) with a characterisation ("", "called"), a QUESTION before "he asked." ("") and a CONDITIONAL PLAN (""); the defeated amendment and "The Speaker, Hon. Neville T. Maycock-Bynoe, twice ruled ..." (acts, no speaker, "W"); "resumed at 7 p.m." ENDING a sentence ("W"); "Police figures tabled during the debate showed" ("W", cue "showed") against "Police are urging ..." (advice, "", cue "are urging"); a van owners\' guild\'s figures ("W") and its president\'s EXCLAMATION before "he said." (""); a driver\'s habit and "“Ten years, no ticket,”" (a private figure, ""); a question subhead ""; the Senate date ("W") against what the bill "would" do if passed ("", "the minister" resolving to the minister) and the Attorney General\'s office\'s plan (""). A fines table (title, header and a source line with "Sch." "B"; three rows "", one with "yrs."). Tail: a related line, a comment count, a log-in line, and a copyright line split at "Co. Ltd." before "All rights reserved." (all "B").',
    'Bahamian DAILY\'S AMP page (Nassau), a TOURISM-ARRIVALS STATISTICS RELEASE: stopover arrivals hit a record 2,141,870 in 2026, up 6.8 per cent. Head: AMP domain, masthead, crumb (all "B"); headline ("W") and a standfirst "..., ministry says; ..." ("W", carrying "the Ministry of Tourism, Investments and Aviation" as the lead gives it); byline and a published line with "Feb." and "p.m. EST" ("B"); a caption "" and its credit ("B"). Body: the record "in figures released at 2 p.m. Tuesday." (no split at "p.m." before a capital, "W") and "it said" (resolving to the ministry, "W"); a PARENTHESIS HOLDING A FULL SENTENCE with a semicolon defining stopovers ("W"); island totals "according to the ministry\'s annual arrivals report" and "the report said" (generic kept, "W"); the cause ("It said ... driven mainly by", "W"); the director general (title dropped) with a characterisation ("", "told a press conference", "on Bay St. that" no split), a past ESTIMATE of spending ("W") and a forecast ("", "expects" inside "She said"); occupancy "according to the Bahamas Hotel and Tourism Association" ("W"), its president\'s characterisation and plan (""); the hotel guest tax, a CONDITIONAL RULE ("W"); the port\'s operator ("W", generic as written); a straw vendor\'s own sales and her EXCLAMATION before "she said." (""); source markets and Exuma ("W", "the report said"); a guest-house owner\'s anecdote and QUESTION before "he asked." (""); a question subhead ""; "The government plans ..." ("", cue "plans") against the next release date (a schedule, "W"). A table (title, header and source "B", three rows ""). Tail: a read-more line, an ad label, a copyright line and a full-site link (all "B").',
    'Guyanese DAILY\'S WEBSITE (Georgetown) in READER MODE, an ELECTION-COMMISSION RELEASE: GECOM adds 8,412 names after claims and objections and upholds 1,907 objections. Head as reader mode leaves it: domain ("B"), headline ("W"), a standfirst "..., commission says; ..." ("W", carrying "the Guyana Elections Commission"), byline, staff line, date and reading time ("B"). Body: the release "The Guyana Elections Commission (GECOM) said" (acronym dropped, "W") and "it said" ("W"); the National Registration Act, "Cap. 19:08," a CONDITIONAL RULE (no split at "Cap.", "W") and a PARENTHESIS HOLDING A FULL SENTENCE on the qualifying date ("W"); the Representation of the People Act, "Cap. 1:03," with a semicolon and a conditional ("W"); the Chief Election Officer (title dropped) "told reporters ... on High St. in Kingston, Georgetown," (no split, "W"), claims outstanding and a publication date (a schedule, "W") and a characterisation (""); an Opposition commissioner ("Commissioner" dropped) with a characterisation (""), a QUESTION with figures before "he asked." (rhetoric, "") and a CONDITIONAL PLAN (""); a question subhead "" and a PARENTHESIS HOLDING A FULL SENTENCE defining house-to-house verification ("W"); the commission\'s 4-3 vote and "Ramdial v. The Chief Election Officer, No. 114 of 2022," (no split at "v." or "No.", an act and a holding, "W"); the PRO (title dropped) with staff numbers ("W"), advice ("") and opening hours "from 8 a.m. to 4 p.m. on weekdays" ("W"). A by-region list (label and source "B", four data lines ""). A pensioner\'s anecdote, her EXCLAMATION before "she said." and her own account (""); the budget "according to the estimates approved by the National Assembly in February" ("W"); an academic with a characterisation and an expectation ("") and a past fact ("W"); the next meeting ("W"). Tail: an originally-published line and a copyright line ending "Inc." (both "B").',
    'Belizean WEEKLY\'S WEBSITE, PHONE BROWSER paste, a FISHERIES QUOTA: the conch quota is cut to 640,000 lbs. for a season opening Oct. 1. Head: a menu/masthead line, an open-in-app line and a section label ("B"); headline with "lbs." and "Oct." mid-sentence ("W") and a standfirst "..., Fisheries Department says; ..." ("W", carrying "The Belize Fisheries Department"); byline, a date/reading-time line and a share line ("B"); a caption "" and its credit ("B"). Body: the quota "lbs. of market-clean meat, down from 780,000 lbs. last season, it announced" (no split at "lbs.", "W", cue "announced"); the season, a CONDITIONAL RULE ("W"); "Statutory Instrument No. 7 of 2026, signed on Sept. 18," (no split, "W"); the survey "according to a summary posted on its Facebook page" ("W") and a PARENTHESIS HOLDING A FULL SENTENCE on what counts as adult ("W"); the Fisheries Resources Act with a semicolon ("W") and the size rules "at least 3 oz. and ... 7 in. long" (no split, "W"); the administrator (title dropped) with a cause ("W"), a quote ("") and a CONDITIONAL PLAN (""); the closing rule ("W"); landings reports "on Princess Margaret Dr. by 4 p.m. every Friday" (no split, "W") and a late fine ("W"); a cooperative\'s figures ("W"), its chairman\'s characterisation ("", "called") and EXCLAMATION before "he said." (""); exports "according to the Statistical Institute of Belize" ("W"); a diver\'s own earnings and a QUESTION before "he asked." (""); a question subhead ""; the lobster season and "A lobster tail must weigh at least 4 oz." ENDING a sentence before "Berried females may not be taken at any time." (all "W"); landings "the department said" (generic kept, "W") and "It said fishers should expect more patrols" ("", "It" resolving to the department as first given); a reef group\'s biologist with a characterisation (""), the group\'s counts ("W") and a wish (""). Tail: a related label and headline, a comment count, an app line and a copyright line (all "B").',
    'Maltese DAILY\'S WEBSITE in PRINT VIEW (Valletta), a COURT RULING SUMMARY: the Court of Criminal Appeal upholds a contractor\'s conviction over a collapsed house in Gżira but suspends his 18-month jail term. Head: the printed URL, masthead and a print/close line ("B"); headline ("W") and a standfirst with a semicolon "...; judge says ..." ("W", carrying "Rosanne Xerri Debono"); byline, date line and section label ("B"). Body: the ruling (the court acting, no speaker, "W") and the collapse "at about 5.40 a.m. on 14 June 2024" (no split, "W"); the first conviction and fine ("W"); "In The Police v. Kurt Camenzuli-Pace (Appeal No. 214/2025), Madam Justice Rosanne Xerri Debono held" (no split at "v." or "No.", "Madam Justice" dropped, cue "held", "W") and "She found" ("W", cue "found"); the judge on compensation ("W") and her quote over two sentences (""); article 28A "of the Criminal Code, Cap. 9," (no split, a rule, "W") and a CONDITIONAL RULE ("W"); the fine and fees ordered (no speaker, "W"); "Judgment was read at 10.15 a.m." ENDING a sentence before "Camenzuli-Pace, who was present, did not comment." ("W", then "" with cue "did not comment"); the lawyer ("Dr" dropped, cue "said outside court") with a feeling and a plan (""); the regulations and a PARENTHESIS HOLDING A FULL SENTENCE on the authority ("W"); the authority\'s stop orders and inspections ("W"); the owner\'s anecdote and QUESTION before "she asked." (""); "A spokesman for the Chamber of Small Builders" (kept as written) with a characterisation ("") and members\' figures ("W"); a neighbour\'s EXCLAMATION before "he said." (""); the civil case with "Sliema Crest Builders Ltd., is pending" (no split, "W"), its next date ("W"), a struck-off firm with "Ltd., was" (no split, "W") and no appeal ("W"). Tail: a printed-from line and a copyright line split at "p.l.c." before "All rights reserved." (all "B").',
    'Cypriot BUSINESS NEWSLETTER pasted from WEBMAIL (Nicosia), a BANK\'S ANNUAL RESULTS: a bank\'s 2026 profit rises 22% to €418.6m and it proposes its first dividend since 2011. Head: inbox label, sender, "to me", date line, a viewing line split at "?" before "View it in your browser." and a masthead (all "B"); the newsletter\'s greeting and teaser (its own voice, ""). The item: an upper-case headline with a cause ("W"); "Akamas Bank Public Company Ltd. said" (no split, the point kept in the label, "W"); "The bank said" with "mainly because of" ("W", generic kept); "it said" (resolving to the firm, "W"); the dividend proposed and the AGM date (no speaker, "W") and a PARENTHESIS HOLDING A FULL SENTENCE on the bail-in ("W"); the chief executive (role dropped) with a characterisation ("", "told analysts on a call"), a forecast ("" inside "He said"), job cuts ("W") and a QUESTION before "he asked." (""); the share price "by 1 p.m. Wednesday." (no split at "p.m.", "W"); the central bank\'s CONDITIONAL RULE and the CET1 ratio ("W"); an analyst at "Troodos Securities Ltd. in Nicosia" (no split) with a characterisation and her firm\'s target price ("") and a comparison ("W"); "Akamas plans ..." ("", cue "plans", the short name resolving); pay talks due (a schedule, "W", "the bank said") against the union\'s plan (""); "Our take:" (""). A key-figures box (label with "vs." "B", four rows ""); an also-on-the-board label ("B"), two firms with descriptors dropped ("Shipping manager", "Property developer"), "outside the E.U." ENDING a sentence before "It blamed ..." (both "W", cue "blamed") and a share move ("W"); a markets box (label "B", three rows ""). Tail: a subscription line, an unsubscribe line and an address line with "Ltd.," and "Arch." split at "Nicosia." before "Nothing in this newsletter is investment advice." (all "B").',
    'Mauritian NEWS SITE\'S LIVE-UPDATES page (Port Louis), DESKTOP paste, newest first, a CYCLONE BULLETIN: a class 3 warning for Cyclone Ondine closes schools, offices and the port. Head: masthead, menu, "● LIVE" (all "B"); headline ("W"); a last-updated line and a "Key points" label ("B"); three key-point bullets of record ("W"). Entries under "B" time stamps ("14:20" to "09:00"): "The Mauritius Meteorological Services (MMS) said" (acronym dropped, "W"), "The MMS said" a class 4 warning was "not excluded" (a forecast, "") and a PARENTHESIS HOLDING A FULL SENTENCE on when class 4 is issued (a rule, "W"); the class 3 rules ("W") and the last buses ("W", the transport authority); rain and gusts the MMS "recorded" (acts, no speaker, "W"); a duty forecaster (title dropped, "told the Tide") with a forecast and a quote over two sentences (""); the electricity board\'s outage count and its crews\' rule ("W"); the airport operator\'s cancellations ("W") and its advice (""); school closures and a moved exam ("W"); refugee centres ("W", acronym dropped) against "It advised ..." ("", cue "advised"); a fisherman "at 6 a.m. and" (no split), his EXCLAMATION before "he said." and a quote (anecdote, ""); a scene with "by 9.30am" ("") and a shop manager\'s QUESTION before "said ..." (one sentence, ""); the class 3 and class 2 warnings with "16:00 hrs on Monday" ("W") and a PARENTHESIS HOLDING A FULL SENTENCE on class 2 ("W"); the blog\'s own "Good morning" ("") and the 07:00 bulletin that "put" the storm (no speaker, "W"). Tail: a load-earlier line, a follow line and a copyright line (all "B").',
    'Seychellois DAILY\'S APP, its article text SHARED, an ELECTRICITY TARIFF DECISION: the Seychelles Energy Commission approves a 7.5% rise in the household tariff from April 1. Head: a shared-from line and a section label ("B"); headline "..., Energy Commission says" ("W", carrying "The Seychelles Energy Commission" as the lead gives it) and a standfirst with a semicolon (an act, no speaker, "W"); byline and date lines ("B"); a caption "" and its credit ("B"). Body: "The Seychelles Energy Commission (SEC) said" (acronym dropped, "W") and "the commission said" (generic kept, "W"); the tariff blocks in rupees ("W") and a bill "according to the SEC\'s decision paper" ("W"); the cause (generic kept, "W") and a PARENTHESIS HOLDING A FULL SENTENCE on fuel oil ("W"); the pensioners\' CONDITIONAL RULE, the commercial and hotel tariffs and the solar export rate ("W"); the utility\'s chief executive (role dropped) with a loss and customer numbers ("W"), a characterisation ("") and a plan (""); "posted ... at 4.30 p.m." ENDING a sentence before "It takes effect on April 1." (both "W"); an economist\'s forecast ("") against inflation "according to the National Bureau of Statistics" ("W"); a shopkeeper\'s own bill and a QUESTION before "she asked." (""); a guesthouse group\'s secretary with a forecast and an EXCLAMATION before "he said." (""); a question subhead ""; the Energy Act rule ("W") against the commission\'s CONDITIONAL PLAN ("", "The commission said"); a hearing "on Oct. 12" and submissions "by 5 p.m. on Sept. 30" (schedules, no split, "W"). A what-changes box (label "B", four bullet data lines ""). Tail: a read-more line and an app-store line (both "B").',
    'Namibian DAILY\'S E-PAPER, text copied from the PDF across a PAGE JUMP (Windhoek), a HOSPITAL WAITING-LIST REPORT: 23,186 patients wait for planned surgery at state hospitals. Head: a folio line with the price and "(VAT incl.)", a section/page line ("B"); headline ("W") and a standfirst "..., report says" ("W", carrying "a Ministry of Health and Social Services report tabled in the National Assembly on Tuesday" as the lead gives it); an upper-case byline and a dateline ("B"). Body: the total "according to a Ministry of Health and Social Services report ..." ("W"); the longest lists ("W", "the report said", generic kept); idle theatres with a cause ("W", "The report said") and a PARENTHESIS HOLDING A FULL SENTENCE with "according to the report" ("W"); the executive director ("Dr." and the role dropped, the initial kept: "Matheus K. Shikongo-Amutenya", "told the Examiner") with recruits ("W"), a plan ("") and a quote (""); the referral policy, a CONDITIONAL RULE ("W"), "The report found" ("W", cue "found") and "Auas Surgical (Pty) Ltd." ENDING a sentence before "The firm was paid ..." (both "W"). A PAGE JUMP: "Continued on page 4", the next folio and "From page 3" ("B"). A pensioner with a click letter in his name ("Johannes !Nanuseb", no split before "!"), his EXCLAMATION before "he said." and a sentence OPENING with "!Nanuseb said" (anecdote, ""); a nurses\' association\'s resignations ("W") and its secretary-general\'s characterisation and quote over two sentences (""); an MP\'s QUESTION before "asked opposition MP ..." (one sentence, ""); theatre hours "start at 7.30 a.m. and must end by 4 p.m." ENDING a sentence before "The ministry said ..." (both "W"); the debate date ("W"). A table (title with "Jan.", header with "yrs." and source "B", four rows ""). Tail: an ad label and an imprint split at "Windhoek." before "Registered as a newspaper at the GPO." (with "(Pty) Ltd.," and "Dr.," inside, all "B").',
    'Malawian DAILY\'S STORY read in a NEWS-AGGREGATOR APP, an EXAM RESULTS RELEASE: MANEB\'s MSCE pass rate rises to 56.7% and 1,412 results are withheld over cheating. Head: the app\'s name, a topic crumb, a source/age line, a follow button and a reading-time line ("B"); headline ("W"). Body: the release (an act, no speaker, acronyms in brackets, "W"); "MANEB said" and "It said" (resolving to "The Malawi National Examinations Board", "W"); a PARENTHESIS HOLDING A FULL SENTENCE on the pass rule ("W"); candidate numbers and the pass rates of girls and boys ("W"); the grading rule with a semicolon ("W"); the executive director ("Dr." dropped, the initial kept, cue "told a press briefing in Zomba") with a cause ("W"), a characterisation (""), withheld results and hearing dates (a schedule, "W"); the Education Act and the re-marking rule in kwacha ("W"); "St. Mathias Girls\' Secondary School" (no split, "W") and the day schools\' rate ("W"); "at 2 p.m. Friday." (no split at "p.m."), "shortly after 2 p.m." ENDING a sentence before "It was back up by 5 p.m., MANEB said." (all "W"); a teachers\' group coordinator with a characterisation ("", "called"), a CONDITIONAL forecast (""), a QUESTION before "she asked." ("") and her group\'s count ("W"); a ministry spokesperson\'s plan (""); a student\'s own aggregate, her EXCLAMATION before "she said." and her plans (""); university selection by a named council in May (a schedule, "W"). Tail: the aggregator\'s read-full line, a more-from label, two headlines, a reactions line, a sponsored label and a terms line (all "B").',
    'Sierra Leonean DAILY\'S TEXT-ONLY edition (Freetown), an INQUEST: a coroner rules a water-taxi death accidental and finds the boat carried 61 people on a licence for 40. Head: masthead, a text menu and a section label ("B"); headline ("W", no verb of saying); byline and date ("B"). Body: the verdict (no speaker, "W"); the coroner ("Coroner" dropped, the initial kept: "Isatu B. Conteh-Williams") with findings "at 6.40 p.m., although" (no split, "W", cue "found") and an inspection record ("W", "She said"); "Witnesses told the court ... at about 7.05 p.m." ENDING a sentence before "The boat turned over within minutes." (both "W"); "on Siaka Stevens St." ENDING a sentence before "It heard 14 witnesses." (both "W"). A findings list (label "B", three numbered lines of record, one with a semicolon, "W"). The Merchant Shipping Act rule "Under s. 112" (no split, "W") and the coroner\'s powers ("W"); "Ms. Conteh-Williams recommended ..." (a recommendation is advice, "", cue "recommended"); the owner\'s managing director with "Tagrin Boat Taxis Ltd., told the court" (no split, "W") and life jackets bought ("W"); the master charged and due in court (a schedule, "W"); the maritime administration\'s inspections and its sailing-hours rule "between 7 a.m. and 7 p.m." ("W") against "The administration urged ..." ("", generic kept); a PARENTHESIS HOLDING A FULL SENTENCE on the crossing in leones ("W"); the sister\'s account (""), her rhetorical QUESTION before "she asked." and an EXCLAMATION in a quote with no attribution after it (its own sentence, carrying "asked", "") and a plan (""); an MP ("Hon." and the role dropped, the initial kept) with a plan and a characterisation (""); a fish seller\'s habit and quote (""); the third inquest on the crossing ("W"). Tail: a back-to-top line and a copyright line split at "Crier." before "Text edition." (all "B").',
    'Samoan NEWS SITE (Apia), DESKTOP paste with COMMENTS, a SPORTS FEDERATION\'S DISCIPLINARY DECISION: the Samoa Rugby Union\'s judicial committee bans a club prop for 12 weeks and fines the other club WS$5,000. Head: masthead, menu, crumb (all "B"); headline (no verb of saying, no speaker, "W") and a standfirst "Judicial committee finds ..." ("W", carrying "the Samoa Rugby Union\'s judicial committee", cue "finds"); byline, a posted line with "p.m." and a share line ("B"); a caption "" and its credit ("B"). Body: the ban, "the Samoa Rugby Union\'s judicial committee ruled" ("W", cue "ruled"), "The committee found" (generic kept) with "the Lotopa v. Vailele final" (no split, "W") and "It found" (resolving, "W"); "Under s. 7.3 of the union\'s disciplinary regulations" a CONDITIONAL RULE (no split, "W"), a previous ban ("W") and a PARENTHESIS HOLDING A FULL SENTENCE on training ("W"); the club\'s fine (no speaker) and the time to pay ("W"); the chairman, a MATAI TITLE kept as part of his name ("Lemalu Tavita Faleolo-Schuster", later "Lemalu said"), with evidence ("W"), a quote ("") and an EXCLAMATION in a quote with no attribution after it (its own sentence, ""); the hearing "began at 5 p.m. Monday ... and ended at 9.20 p.m." ENDING a sentence before "The decision was released the next morning." (both "W"); the appeal rule ("W") and the club president (a matai title kept) with a plan, a rhetorical QUESTION before "he asked." and a quote running on (""); the injured player ("W"); a supporter\'s EXCLAMATION before "said ..." (one sentence, ""); the ban\'s end "on Dec. 5" and the trials "on Dec. 6 and 7" ("W"); the sevens coach\'s CONDITIONAL forecast ("", named after the quote); gate takings ("W", "the union said") and the chief executive\'s plan and quote (""). Tail: a comment count, two comments with their handles and reply links (a two-sentence comment in one paragraph), and a copyright line split at "Ltd." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("Skip to content", "", "", "B"),
        ],
        [
            ("THE MIDWEEK MONITOR", "", "", "B"),
        ],
        [
            (
                "Home   News   Parliament   Business   Sport   Entertainment   Columns   E-Paper   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Parliament", "", "", "B"),
        ],
        [
            (
                "House passes road traffic bill: $2,500 fine for phone at the wheel, penalty points from April 1",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Minister says police ticketed 1,146 drivers for handheld phones last year; amendment for an appeals tribunal defeated 23-4",
                "Dacosta St. Clair",
                "says",
                "W",
            ),
        ],
        [
            ("By Rosalind Thorne-Applewhaite, Parliamentary Reporter", "", "", "B"),
        ],
        [
            ("Published Wednesday, March 10, 2027 at 12:41 a.m. | Updated 6:20 a.m.", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "Members of the House of Assembly during Tuesday's debate on the Road Traffic (Amendment) Bill, 2027.",
                "",
                "",
                "",
            ),
            ("(Photo: Everton Kellman-Yearwood/Midweek Monitor)", "", "", "B"),
        ],
        [
            (
                "The House of Assembly last night passed the Road Traffic (Amendment) Bill, 2027, by 24 votes to three, after a debate that began at 10 a.m. and ended at 9:47 p.m.",
                "",
                "",
                "W",
            ),
            ("Three members were absent.", "", "", "W"),
        ],
        [
            (
                "Under the bill, a driver who holds or uses a mobile phone while the vehicle is in motion commits an offence and is liable to a fine of $2,500, up from $400 under s. 12 of the principal Act.",
                "",
                "",
                "W",
            ),
            (
                "A second offence within three years carries a fine of $5,000 or six months in prison; a third brings a mandatory disqualification of 12 months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bill also creates a system of penalty points, which starts on April 1.",
                "",
                "",
                "W",
            ),
            (
                "(Until now, Barbados has had no points system, and only a magistrate could suspend a driving licence.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Piloting the bill, Minister of Transport and Works Dacosta St. Clair said the Royal Barbados Police Force issued 1,146 tickets for handheld phone use in 2026, up from 712 in 2025.",
                "Dacosta St. Clair",
                "said",
                "W",
            ),
            (
                "He said 31 people died on the island's roads last year, and that police believed a phone was in use in at least seven of those crashes.",
                "Dacosta St. Clair",
                "said",
                "W",
            ),
            ("“A text message can wait,” he said.", "Dacosta St. Clair", "said", ""),
            ("“A funeral cannot.”", "Dacosta St. Clair", "said", ""),
        ],
        [
            (
                "Mr. St. Clair said the ministry would spend $1.2 million on 40 roadside cameras, which he expected to be working by December.",
                "Dacosta St. Clair",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the schedule of points, a driver who collects 12 points within three years is disqualified for six months, and a driver in the first two years after passing the test is disqualified at six.",
                "",
                "",
                "W",
            ),
            ("Points are removed three years after the date of the offence.", "", "", "W"),
        ],
        [
            (
                "The Member for St. Michael North-West, Ezra Prescod-Gittens, called the points system “a licence to harass young men in Bridgetown.”",
                "Ezra Prescod-Gittens",
                "called",
                "",
            ),
            (
                "“Who is going to check that the officer's radar gun was even calibrated?” he asked.",
                "Ezra Prescod-Gittens",
                "asked",
                "",
            ),
            (
                "He said he would vote against the bill unless an independent tribunal was created to hear appeals against points.",
                "Ezra Prescod-Gittens",
                "said",
                "",
            ),
        ],
        [
            ("His amendment to create such a tribunal was defeated 23-4.", "", "", "W"),
            (
                "The Speaker, Hon. Neville T. Maycock-Bynoe, twice ruled members out of order during the afternoon.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The sitting was suspended at 6:15 p.m. and resumed at 7 p.m.", "", "", "W"),
            ("Debate then turned to the tribunal amendment.", "", "", "W"),
        ],
        [
            (
                "Police figures tabled during the debate showed 14,902 traffic tickets issued in 2026, of which 3,211 were for speeding.",
                "Police figures tabled during the debate",
                "showed",
                "W",
            ),
            (
                "Police are urging drivers to use hands-free kits or switch their phones off before setting out.",
                "Police",
                "are urging",
                "",
            ),
        ],
        [
            (
                "Lorenzo Cumberbatch-Hoyte, president of the Barbados Route Van Owners' Guild, said 60 of its 410 members were ticketed for phone use last year.",
                "Lorenzo Cumberbatch-Hoyte",
                "said",
                "W",
            ),
            (
                "“If you lose your licence, you lose your bread!” he said.",
                "Lorenzo Cumberbatch-Hoyte",
                "said",
                "",
            ),
        ],
        [
            (
                "Shamar Babb-Greenidge, 29, who drives a van on the Speightstown route, said he keeps his phone in the glove box.",
                "Shamar Babb-Greenidge",
                "said",
                "",
            ),
            ("“Ten years, no ticket,” he said.", "Shamar Babb-Greenidge", "said", ""),
        ],
        [
            ("What happens next?", "", "", ""),
        ],
        [
            (
                "The bill now goes to the Senate, which is scheduled to debate it on March 24.",
                "",
                "",
                "W",
            ),
            (
                "If the Senate passes it without amendment, it would take effect on April 1, the minister said.",
                "Dacosta St. Clair",
                "said",
                "",
            ),
            (
                "The Attorney General's office said the full schedule of points would be published in the Official Gazette before then.",
                "The Attorney General's office",
                "said",
                "",
            ),
        ],
        [
            ("HOW THE FINES CHANGE", "", "", "B"),
        ],
        [
            ("Offence | Now | Under the bill", "", "", "B"),
        ],
        [
            ("Handheld phone, first offence | $400 | $2,500", "", "", ""),
        ],
        [
            ("Handheld phone, second offence (within 3 yrs.) | $400 | $5,000", "", "", ""),
        ],
        [
            ("No seat belt | $200 | $500", "", "", ""),
        ],
        [
            ("Source: Road Traffic (Amendment) Bill, 2027, Sch. 2", "", "", "B"),
        ],
        [
            ("Related: Senate to sit on March 24 as budget debate looms", "", "", "B"),
        ],
        [
            ("Comments (37)", "", "", "B"),
        ],
        [
            ("Log in to join the conversation.", "", "", "B"),
        ],
        [
            ("© 2027 Midweek Monitor Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("lucayancourier.com", "", "", "B"),
        ],
        [
            ("THE LUCAYAN COURIER", "", "", "B"),
        ],
        [
            ("Business › Tourism", "", "", "B"),
        ],
        [
            ("Stopover arrivals hit record 2.14 million in 2026, up 6.8%", "", "", "W"),
        ],
        [
            (
                "Cruise passengers up 3.1% to 9.62 million, ministry says; Grand Bahama still 12% below 2019",
                "the Ministry of Tourism, Investments and Aviation",
                "says",
                "W",
            ),
        ],
        [
            ("By Tremaine Rolle-Saunders", "", "", "B"),
        ],
        [
            ("Published Feb. 17, 2027, 6:05 p.m. EST", "", "", "B"),
        ],
        [
            (
                "Passengers walk along the waterfront in downtown Nassau after a cruise ship docked on Tuesday morning.",
                "",
                "",
                "",
            ),
            ("Lucayan Courier photo/Kendra Moxey-Pratt", "", "", "B"),
        ],
        [
            (
                "The Bahamas welcomed 2,141,870 stopover visitors in 2026, up 6.8 per cent from 2,005,500 in 2025 and the most in any year on record, the Ministry of Tourism, Investments and Aviation said in figures released at 2 p.m. Tuesday.",
                "the Ministry of Tourism, Investments and Aviation",
                "said",
                "W",
            ),
            (
                "Cruise passengers rose 3.1 per cent to 9.62 million, it said.",
                "the Ministry of Tourism, Investments and Aviation",
                "said",
                "W",
            ),
        ],
        [
            (
                "(Stopover visitors are those who spend at least one night in the country; cruise passengers are counted each time their ship calls.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "New Providence and Paradise Island drew 1,310,200 stopover visitors, the Out Islands 548,300 and Grand Bahama 283,370, according to the ministry's annual arrivals report.",
                "the ministry's annual arrivals report",
                "according to",
                "W",
            ),
            (
                "Grand Bahama's total was still 12 per cent below its 2019 level, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said the rise was driven mainly by new non-stop flights from Dallas, Denver and Toronto, which added about 3,400 airline seats a week.",
                "the Ministry of Tourism, Investments and Aviation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Director General of Tourism Latrice McKinney-Storr told a press conference at the ministry's offices on Bay St. that the islands had “not just recovered, but broken the record.”",
                "Latrice McKinney-Storr",
                "told a press conference",
                "",
            ),
            (
                "Stopover visitors spent an estimated B$4.1 billion in 2026, against B$3.7 billion the year before, she said.",
                "Latrice McKinney-Storr",
                "said",
                "W",
            ),
            (
                "She said the ministry expects 2.3 million stopover visitors this year.",
                "Latrice McKinney-Storr",
                "said",
                "",
            ),
        ],
        [
            (
                "Hotel occupancy across the islands averaged 71.4 per cent and the average daily room rate was B$412, according to the Bahamas Hotel and Tourism Association.",
                "the Bahamas Hotel and Tourism Association",
                "according to",
                "W",
            ),
            (
                "Its president, Dorian Knowles-Pinder, said occupancy in Grand Bahama, at 52.6 per cent, was “simply not good enough for an island with two international airports.”",
                "Dorian Knowles-Pinder",
                "said",
                "",
            ),
            (
                "He said the association would ask the government for a separate marketing fund for Grand Bahama.",
                "Dorian Knowles-Pinder",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the hotel guest tax rules, every guest pays a tax of 10 per cent on the room rate, and a guest who stays more than 30 nights in one property pays no tax after the 30th night.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The cruise port in Nassau handled a record 5.81 million passengers, the port's operator said.",
                "the port's operator",
                "said",
                "W",
            ),
            (
                "It said ships called 1,236 times in 2026, and eight ships were berthed at once on a record day in March.",
                "the port's operator",
                "said",
                "W",
            ),
        ],
        [
            (
                "Straw vendor Ethelyn Bain-Bethel, 62, said her sales at the Straw Market were up “maybe a third” on last year.",
                "Ethelyn Bain-Bethel",
                "said",
                "",
            ),
            (
                "“The ships come, but the people don't buy straw bags like before!” she said.",
                "Ethelyn Bain-Bethel",
                "said",
                "",
            ),
        ],
        [
            (
                "Visitors from the United States made up 81 per cent of stopover arrivals and Canadians 9 per cent, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Exuma alone drew 121,400 stopover visitors, up 14 per cent, the report said.",
                "the report",
                "said",
                "W",
            ),
            (
                "In Governor's Harbour, Eleuthera, Cordell Sweeting-Adderley, who runs a four-room guest house, said he had been full every weekend since November.",
                "Cordell Sweeting-Adderley",
                "said",
                "",
            ),
            (
                "“Where are we going to put them all?” he asked.",
                "Cordell Sweeting-Adderley",
                "asked",
                "",
            ),
        ],
        [
            ("What comes next?", "", "", ""),
        ],
        [
            (
                "The government plans to open a new terminal at Grand Bahama International Airport in 2028.",
                "The government",
                "plans",
                "",
            ),
            ("The ministry will publish January's arrivals figures on March 16.", "", "", "W"),
        ],
        [
            ("STOPOVER ARRIVALS BY ISLAND, 2026", "", "", "B"),
        ],
        [
            ("Island | 2026 | Change", "", "", "B"),
        ],
        [
            ("New Providence/Paradise Island | 1,310,200 | +5.9%", "", "", ""),
        ],
        [
            ("Out Islands | 548,300 | +9.4%", "", "", ""),
        ],
        [
            ("Grand Bahama | 283,370 | +4.2%", "", "", ""),
        ],
        [
            ("Source: Ministry of Tourism, Investments and Aviation", "", "", "B"),
        ],
        [
            ("Read more: Airlift deal brings daily flights to Marsh Harbour", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("© 2027 Lucayan Courier Ltd.", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
    ],
    [
        [
            ("demerarastar.gy", "", "", "B"),
        ],
        [
            (
                "GECOM adds 8,412 names in claims and objections period; 1,907 objections upheld",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Revised list now holds 748,330 electors, commission says; Opposition commissioner wants house-to-house checks",
                "the Guyana Elections Commission",
                "says",
                "W",
            ),
        ],
        [
            ("Tricia Ramcharran-Lowe", "", "", "B"),
        ],
        [
            ("Demerara Star staff reporter", "", "", "B"),
        ],
        [
            ("March 4, 2027", "", "", "B"),
        ],
        [
            ("6 min read", "", "", "B"),
        ],
        [
            (
                "The Guyana Elections Commission (GECOM) said on Wednesday that 8,412 new registrants were added to the voters list during the claims and objections period that ended on February 27, and that 1,907 objections to names on the Preliminary List of Electors were upheld.",
                "the Guyana Elections Commission",
                "said",
                "W",
            ),
            (
                "The Revised List of Electors now holds 748,330 names, it said.",
                "the Guyana Elections Commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the National Registration Act, Cap. 19:08, anyone aged 14 or older may apply to be registered, but only a person who will be 18 by the qualifying date is placed on the list of electors.",
                "",
                "",
                "W",
            ),
            ("(The qualifying date for this cycle was January 31.)", "", "", "W"),
        ],
        [
            (
                "Under the Representation of the People Act, Cap. 1:03, an objection must be heard by a revising officer within seven days; if the person objected to does not appear, the name may be removed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief Election Officer Rajendra Persaud-Bacchus told reporters at GECOM's headquarters on High St. in Kingston, Georgetown, that 1,312 of the names removed were of people who had died.",
                "Rajendra Persaud-Bacchus",
                "told reporters",
                "W",
            ),
            (
                "He said 312 claims were still being processed when the period closed.",
                "Rajendra Persaud-Bacchus",
                "said",
                "W",
            ),
            (
                "The Official List of Electors is due to be published on April 15, he said.",
                "Rajendra Persaud-Bacchus",
                "said",
                "W",
            ),
            (
                "“This is the cleanest list this commission has ever produced,” he said.",
                "Rajendra Persaud-Bacchus",
                "said",
                "",
            ),
        ],
        [
            (
                "Commissioner Clement Fraser-Hinds, one of three commissioners nominated by the Opposition, said the number of objections upheld in Region Four was “suspiciously low.”",
                "Clement Fraser-Hinds",
                "said",
                "",
            ),
            (
                "“How can 600 names be challenged in one region and only 41 come off?” he asked.",
                "Clement Fraser-Hinds",
                "asked",
                "",
            ),
            (
                "He said the Opposition would go to the High Court if the commission did not order a house-to-house verification before the list is made final.",
                "Clement Fraser-Hinds",
                "said",
                "",
            ),
        ],
        [
            ("What is house-to-house verification?", "", "", ""),
        ],
        [
            (
                "(In a house-to-house exercise, registration staff visit every address on the list to confirm who lives there.)",
                "",
                "",
                "W",
            ),
            (
                "The seven-member commission voted 4-3 on Tuesday against a motion for house-to-house verification.",
                "",
                "",
                "W",
            ),
            (
                "The majority relied on Ramdial v. The Chief Election Officer, No. 114 of 2022, in which the High Court held that a name may be removed from the list only after its holder has had a hearing.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "GECOM's Public Relations Officer, Yolanda Greene-Ramsammy, said the commission had 420 registration staff in the field during the period.",
                "Yolanda Greene-Ramsammy",
                "said",
                "W",
            ),
            (
                "She said electors who had moved house should check their names at any of the 51 registration offices before April 15.",
                "Yolanda Greene-Ramsammy",
                "said",
                "",
            ),
            (
                "Offices are open from 8 a.m. to 4 p.m. on weekdays, she said.",
                "Yolanda Greene-Ramsammy",
                "said",
                "W",
            ),
        ],
        [
            ("Names added, by region (selected)", "", "", "B"),
        ],
        [
            ("Region Three: 1,214", "", "", ""),
        ],
        [
            ("Region Four: 3,008", "", "", ""),
        ],
        [
            ("Region Six: 1,131", "", "", ""),
        ],
        [
            ("Region Ten: 467", "", "", ""),
        ],
        [
            ("Source: GECOM release, March 3, 2027", "", "", "B"),
        ],
        [
            (
                "At a registration office in Linden, pensioner Hyacinth Waddell-Jordan, 71, said she had found her name struck off because a woman with the same name in Wismar had died.",
                "Hyacinth Waddell-Jordan",
                "said",
                "",
            ),
            (
                "“I had to bring my own birth certificate to prove I am alive!” she said.",
                "Hyacinth Waddell-Jordan",
                "said",
                "",
            ),
            (
                "She said the office restored her name in 20 minutes.",
                "Hyacinth Waddell-Jordan",
                "said",
                "",
            ),
        ],
        [
            (
                "GECOM's budget for 2027 is G$6.8 billion, according to the estimates approved by the National Assembly in February.",
                "the estimates approved by the National Assembly in February",
                "according to",
                "W",
            ),
            (
                "The list will be used for local government elections, for which no date has yet been named.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Oneka Hinds-DeFreitas, a lecturer in political science at the University of Guyana, said the dispute over verification was “less about the list than about trust.”",
                "Oneka Hinds-DeFreitas",
                "said",
                "",
            ),
            (
                "She said she expected the matter to end up in court.",
                "Oneka Hinds-DeFreitas",
                "said",
                "",
            ),
            (
                "She said challenges to the voters list had been filed in the High Court after each of the last three general elections.",
                "Oneka Hinds-DeFreitas",
                "said",
                "W",
            ),
        ],
        [
            ("The commission next meets on March 9.", "", "", "W"),
        ],
        [
            ("Originally published at demerarastar.gy on March 4, 2027.", "", "", "B"),
        ],
        [
            ("© 2027 Demerara Star Inc.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   THE REEF BUGLE   🔍", "", "", "B"),
        ],
        [
            ("Open in app", "", "", "B"),
        ],
        [
            ("NATIONAL", "", "", "B"),
        ],
        [
            ("Conch quota cut to 640,000 lbs. as season opens Oct. 1", "", "", "W"),
        ],
        [
            (
                "Survey found the fewest adult conch since 2011, Fisheries Department says; divers call the cut ‘a death sentence’",
                "The Belize Fisheries Department",
                "says",
                "W",
            ),
        ],
        [
            ("By Yesenia Cawich-Tillett", "", "", "B"),
        ],
        [
            ("Sep 28, 2026 · 4 min read", "", "", "B"),
        ],
        [
            ("Share   f   X   WhatsApp", "", "", "B"),
        ],
        [
            (
                "Divers clean queen conch on the dock at Sarteneja at the end of last season.",
                "",
                "",
                "",
            ),
            ("Photo: Reef Bugle/Arlen Ysaguirre-Pott", "", "", "B"),
        ],
        [
            (
                "The Belize Fisheries Department has set the 2026-27 quota for queen conch at 640,000 lbs. of market-clean meat, down from 780,000 lbs. last season, it announced on Monday.",
                "The Belize Fisheries Department",
                "announced",
                "W",
            ),
            (
                "The season opens on Oct. 1 and closes on June 30, or earlier if the quota is reached.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Statutory Instrument No. 7 of 2026, signed on Sept. 18, sets the new quota.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The department's annual underwater survey, carried out in May at 54 sites from Ambergris Caye to the Sapodilla Cayes, found an average of 31 adult conch per hectare, the lowest since 2011, according to a summary posted on its Facebook page.",
                "a summary posted on its Facebook page",
                "according to",
                "W",
            ),
            (
                "(A conch is counted as adult once the lip of its shell is at least 10 millimetres thick.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the Fisheries Resources Act, conch may be taken only by free diving; using scuba or hookah gear to take conch is an offence punishable by a fine of up to BZ$10,000.",
                "",
                "",
                "W",
            ),
            (
                "Cleaned conch meat must weigh at least 3 oz. and the shell must be at least 7 in. long.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fisheries Administrator Augustine Cal-Westby said the decline was caused mainly by heavy harvesting of juvenile conch in the last two seasons and by warmer water on the southern reef.",
                "Augustine Cal-Westby",
                "said",
                "W",
            ),
            (
                "“We are taking less today so that there is something left to take in five years,” he said.",
                "Augustine Cal-Westby",
                "said",
                "",
            ),
            (
                "He said the department would survey again in January and could raise the quota if the numbers recovered.",
                "Augustine Cal-Westby",
                "said",
                "",
            ),
        ],
        [
            (
                "Once the quota is reached, the department closes the season by notice, and any conch found on a vessel after that date is seized.",
                "",
                "",
                "W",
            ),
            (
                "Cooperatives must report their landings to the department's office on Princess Margaret Dr. by 4 p.m. every Friday.",
                "",
                "",
                "W",
            ),
            ("A cooperative that reports late is fined BZ$250.", "", "", "W"),
        ],
        [
            (
                "Wilfredo Cruz-Tzul, chairman of the Sarteneja Free Divers' Cooperative, said its 212 members landed 118,000 lbs. of conch last season.",
                "Wilfredo Cruz-Tzul",
                "said",
                "W",
            ),
            (
                "He called the cut “a death sentence for Sarteneja.”",
                "Wilfredo Cruz-Tzul",
                "called",
                "",
            ),
            (
                "“Our young men will have to go and cut cane!” he said.",
                "Wilfredo Cruz-Tzul",
                "said",
                "",
            ),
        ],
        [
            (
                "Conch exports earned BZ$14.6 million in 2025, according to the Statistical Institute of Belize.",
                "the Statistical Institute of Belize",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Diver Aurelio Ack-Reneau, 47, said he makes about BZ$900 in a good week of the conch season.",
                "Aurelio Ack-Reneau",
                "said",
                "",
            ),
            (
                "“If they cut the quota again next year, what will we sell?” he asked.",
                "Aurelio Ack-Reneau",
                "asked",
                "",
            ),
        ],
        [
            ("What about lobster?", "", "", ""),
        ],
        [
            ("The lobster season, which closed on Feb. 15, reopened on June 15.", "", "", "W"),
            ("A lobster tail must weigh at least 4 oz.", "", "", "W"),
            ("Berried females may not be taken at any time.", "", "", "W"),
        ],
        [
            (
                "Lobster landings from June 15 to Sept. 15 totalled 402,600 lbs. of tail, the department said.",
                "the department",
                "said",
                "W",
            ),
            (
                "It said fishers should expect more patrols at the Sapodilla Cayes this season.",
                "The Belize Fisheries Department",
                "said",
                "",
            ),
        ],
        [
            (
                "Graciela Pech-Usher, a marine biologist with the Toledo Reef Keepers group, said the quota was “a brave call.”",
                "Graciela Pech-Usher",
                "said",
                "",
            ),
            (
                "She said the group's own counts at Glover's Reef had fallen by half since 2019.",
                "Graciela Pech-Usher",
                "said",
                "W",
            ),
            (
                "She said she would like to see a two-year closure in the south.",
                "Graciela Pech-Usher",
                "said",
                "",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Lionfish tournament pulls 4,100 fish from Turneffe", "", "", "B"),
        ],
        [
            ("Comments (12)", "", "", "B"),
        ],
        [
            ("Download the Reef Bugle app for breaking news alerts.", "", "", "B"),
        ],
        [
            ("© 2026 Reef Bugle Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://www.marsamxettpost.com.mt/court/appeal-court-suspends-jail-term-gzira-collapse",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE MARSAMXETT POST", "", "", "B"),
        ],
        [
            ("Print   |   Close window", "", "", "B"),
        ],
        [
            (
                "Appeal court upholds contractor's conviction over Gżira collapse but suspends jail term",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Contractor must pay €12,000 fine and €3,420.50 in expert fees; judge says compensation is ‘no ticket out of prison’",
                "Rosanne Xerri Debono",
                "says",
                "W",
            ),
        ],
        [
            ("Tamsin Grech Sultana", "", "", "B"),
        ],
        [
            ("Friday, 12 March 2027, 16:40", "", "", "B"),
        ],
        [
            ("Court & Police", "", "", "B"),
        ],
        [
            (
                "The Court of Criminal Appeal on Thursday confirmed the conviction of a contractor whose excavation caused a three-storey house in Gżira to collapse in 2024, but replaced his 18-month prison sentence with a two-year suspended sentence.",
                "",
                "",
                "W",
            ),
            (
                "Nobody was injured in the collapse, which happened at about 5.40 a.m. on 14 June 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kurt Camenzuli-Pace, 46, of Naxxar, had been found guilty by the Magistrates' Court in 2025 of involuntarily causing damage to property and of breaching the Avoidance of Damage to Third Party Property Regulations.",
                "",
                "",
                "W",
            ),
            ("The magistrate had also fined him €12,000.", "", "", "W"),
        ],
        [
            (
                "In The Police v. Kurt Camenzuli-Pace (Appeal No. 214/2025), Madam Justice Rosanne Xerri Debono held that the first court had been right to find that the contractor failed to shore up the party wall before digging below its foundations.",
                "Rosanne Xerri Debono",
                "held",
                "W",
            ),
            (
                "She found that a method statement filed with the Building and Construction Authority on 2 May 2024 had not been followed.",
                "Rosanne Xerri Debono",
                "found",
                "W",
            ),
        ],
        [
            (
                "But the judge said the first court had given too little weight to the €61,500 Camenzuli-Pace paid the owners of the house in compensation before the trial.",
                "Rosanne Xerri Debono",
                "said",
                "W",
            ),
            (
                "“The criminal law is not a tool for recovering damages,” the judge said.",
                "Rosanne Xerri Debono",
                "said",
                "",
            ),
            (
                "“But neither is compensation a ticket out of prison.”",
                "Rosanne Xerri Debono",
                "said",
                "",
            ),
        ],
        [
            (
                "Under article 28A of the Criminal Code, Cap. 9, a prison sentence of not more than two years may be suspended for between one and four years.",
                "",
                "",
                "W",
            ),
            (
                "If the offender commits another offence during that period, the court may order the original sentence to be served.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The court confirmed the €12,000 fine and ordered Camenzuli-Pace to pay €3,420.50 in court experts' fees within three months.",
                "",
                "",
                "W",
            ),
            ("Judgment was read at 10.15 a.m.", "", "", "W"),
            (
                "Camenzuli-Pace, who was present, did not comment.",
                "Kurt Camenzuli-Pace",
                "did not comment",
                "",
            ),
        ],
        [
            (
                "His lawyer, Dr Etienne Galea Farrugia, said outside court that his client was “relieved and deeply sorry.”",
                "Etienne Galea Farrugia",
                "said outside court",
                "",
            ),
            (
                "He said his client would not take the case further.",
                "Etienne Galea Farrugia",
                "said outside court",
                "",
            ),
        ],
        [
            (
                "The regulations require a contractor to appoint a site technical officer and to file a condition report on every neighbouring building before any excavation starts.",
                "",
                "",
                "W",
            ),
            (
                "(The Building and Construction Authority took over the enforcement of building regulations in 2021.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Building and Construction Authority said it issued 41 stop orders for unsafe excavations in 2026, up from 29 in 2025.",
                "The Building and Construction Authority",
                "said",
                "W",
            ),
            (
                "It said it now inspects every excavation site within 48 hours of works starting.",
                "The Building and Construction Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Doris Spiteri Tabone, who owned the house with her late husband, said she had lived in rented flats for almost three years.",
                "Doris Spiteri Tabone",
                "said",
                "",
            ),
            (
                "“Does a suspended sentence give me back my home?” she asked.",
                "Doris Spiteri Tabone",
                "asked",
                "",
            ),
            (
                "She said she was still waiting for a permit to rebuild.",
                "Doris Spiteri Tabone",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesman for the Chamber of Small Builders said the ruling was “balanced” and showed that “the courts understand the difference between negligence and bad luck.”",
                "A spokesman for the Chamber of Small Builders",
                "said",
                "",
            ),
            (
                "He said 96 of the chamber's 310 members had sent staff on the authority's shoring course since 2024.",
                "A spokesman for the Chamber of Small Builders",
                "said",
                "W",
            ),
        ],
        [
            (
                "Marlon Attard Bonello, who lives two doors from the collapsed house on Triq il-Kbira, said he had stopped sleeping in his front room.",
                "Marlon Attard Bonello",
                "said",
                "",
            ),
            (
                "“Every time a lorry passes, I check the cracks!” he said.",
                "Marlon Attard Bonello",
                "said",
                "",
            ),
        ],
        [
            (
                "A separate civil case for damages against Camenzuli-Pace and the developer, Sliema Crest Builders Ltd., is pending before the First Hall of the Civil Court.",
                "",
                "",
                "W",
            ),
            ("It is next due to be heard on 28 April.", "", "", "W"),
        ],
        [
            (
                "Camenzuli-Pace's former company, CKP Excavations Ltd., was struck off the register of companies in 2025.",
                "",
                "",
                "W",
            ),
            ("The Attorney General had not appealed against the sentence.", "", "", "W"),
        ],
        [
            ("This article was printed from marsamxettpost.com.mt", "", "", "B"),
        ],
        [
            ("© 2027 Marsamxett Post p.l.c.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Inbox", "", "", "B"),
        ],
        [
            ("The Kypros Digest <hello@kyprosdigest.cy>", "", "", "B"),
        ],
        [
            ("to me", "", "", "B"),
        ],
        [
            ("Thu, 25 Feb 2027, 07:02", "", "", "B"),
        ],
        [
            ("Trouble reading this email?", "", "", "B"),
            ("View it in your browser.", "", "", "B"),
        ],
        [
            ("THE KYPROS DIGEST · Business edition", "", "", "B"),
        ],
        [
            ("Good morning.", "", "", ""),
            (
                "Today: a bank's best year, its first dividend since 2011, and a developer that blames Brussels.",
                "",
                "",
                "",
            ),
        ],
        [
            ("AKAMAS BANK PROFIT UP 22% TO €418.6M ON HIGHER INTEREST INCOME", "", "", "W"),
        ],
        [
            (
                "Akamas Bank Public Company Ltd. said on Wednesday that its profit after tax for 2026 rose 22% to €418.6m, from €343.1m in 2025.",
                "Akamas Bank Public Company Ltd.",
                "said",
                "W",
            ),
            (
                "The bank said net interest income rose 9.4% to €861.2m, mainly because of higher rates on its loan book and a 6.1% rise in new lending.",
                "The bank",
                "said",
                "W",
            ),
            (
                "Its ratio of non-performing exposures fell to 2.9% from 3.8%, it said.",
                "Akamas Bank Public Company Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The board proposed a final dividend of €0.21 a share, the first since 2011, subject to approval at the annual general meeting on May 14.",
                "",
                "",
                "W",
            ),
            (
                "(The bank stopped paying dividends after the 2013 bail-in, in which large depositors' money was turned into shares.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Andreas Kyprianou-Hadjis told analysts on a call that 2026 had been “the best year in the bank's history, by some distance.”",
                "Andreas Kyprianou-Hadjis",
                "told analysts on a call",
                "",
            ),
            (
                "He said the bank expects net interest income to fall by about 5% this year as rate cuts by the European Central Bank feed through.",
                "Andreas Kyprianou-Hadjis",
                "said",
                "",
            ),
            (
                "He said 140 staff left under a voluntary exit scheme that cost €38m.",
                "Andreas Kyprianou-Hadjis",
                "said",
                "W",
            ),
            (
                "“Why would we hoard capital we do not need?” he asked.",
                "Andreas Kyprianou-Hadjis",
                "asked",
                "",
            ),
        ],
        [
            (
                "Shares in the bank rose 3.2% to €6.84 on the Cyprus Stock Exchange by 1 p.m. Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the Central Bank of Cyprus's capital rules, a bank whose CET1 ratio falls below 11.5% may not pay a dividend without the regulator's approval.",
                "",
                "",
                "W",
            ),
            ("Akamas's CET1 ratio was 18.3% at the end of December.", "", "", "W"),
        ],
        [
            (
                "Elena Papadopoulou-Stylianou, an analyst at Troodos Securities Ltd. in Nicosia, said the result was “as good as it gets.”",
                "Elena Papadopoulou-Stylianou",
                "said",
                "",
            ),
            (
                "She said her firm had raised its target price for the shares to €7.50.",
                "Elena Papadopoulou-Stylianou",
                "said",
                "",
            ),
            (
                "She said the bank's cost-to-income ratio, at 34.1%, was the lowest among listed Cypriot lenders.",
                "Elena Papadopoulou-Stylianou",
                "said",
                "W",
            ),
        ],
        [
            (
                "Akamas plans to open four branches in Larnaca and Paphos this year.",
                "Akamas Bank Public Company Ltd.",
                "plans",
                "",
            ),
            (
                "Pay talks with staff are due to begin on March 9, the bank said.",
                "the bank",
                "said",
                "W",
            ),
            (
                "The Union of Bank Clerks of Cyprus said it would seek a rise of 4%.",
                "The Union of Bank Clerks of Cyprus",
                "said",
                "",
            ),
        ],
        [
            (
                "Our take: the easy money from high rates is over, so watch the cost line.",
                "",
                "",
                "",
            ),
        ],
        [
            ("KEY FIGURES (2026 vs. 2025)", "", "", "B"),
        ],
        [
            ("Profit after tax: €418.6m vs. €343.1m", "", "", ""),
        ],
        [
            ("Net interest income: €861.2m vs. €787.2m", "", "", ""),
        ],
        [
            ("NPE ratio: 2.9% vs. 3.8%", "", "", ""),
        ],
        [
            ("Cost-to-income ratio: 34.1% vs. 36.9%", "", "", ""),
        ],
        [
            ("ALSO ON THE BOARD", "", "", "B"),
        ],
        [
            (
                "Shipping manager Limassol Seaways Ltd. said its fleet grew to 62 vessels after it took over the management of nine bulk carriers in December.",
                "Limassol Seaways Ltd.",
                "said",
                "W",
            ),
            (
                "Property developer Kourion Crest Ltd. said its sales to buyers from outside the E.U. fell 17% in 2026.",
                "Kourion Crest Ltd.",
                "said",
                "W",
            ),
            (
                "It blamed tighter rules on residence permits for buyers from outside the E.U.",
                "Kourion Crest Ltd.",
                "blamed",
                "W",
            ),
            ("Its shares fell 4.1% to €1.18.", "", "", "W"),
        ],
        [
            ("MARKETS", "", "", "B"),
        ],
        [
            ("CSE General Index: 98.42 (+1.1%)", "", "", ""),
        ],
        [
            ("EUR/USD: 1.0874", "", "", ""),
        ],
        [
            ("Brent: $71.36", "", "", ""),
        ],
        [
            ("You are receiving this because you subscribed at kyprosdigest.cy.", "", "", "B"),
        ],
        [
            ("Unsubscribe · Preferences", "", "", "B"),
        ],
        [
            ("Kypros Digest Ltd., 14 Arch. Makariou III Ave., Nicosia.", "", "", "B"),
            ("Nothing in this newsletter is investment advice.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE PORT LOUIS TIDE", "", "", "B"),
        ],
        [
            ("News   Weather   Business   Sport   Rodrigues   Français   e-Paper", "", "", "B"),
        ],
        [
            ("● LIVE", "", "", "B"),
        ],
        [
            ("Cyclone Ondine: class 3 warning in force, schools and offices closed", "", "", "W"),
        ],
        [
            ("Last updated 14:20, Tuesday 16 February 2027", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "• A class 3 cyclone warning has been in force in Mauritius since 10:00 on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• At 13:00 Ondine was 190 km north-west of Port Louis, moving south-east at 14 km/h.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• Government schools, most offices and the port are closed.", "", "", "W"),
        ],
        [
            ("14:20", "", "", "B"),
        ],
        [
            (
                "The Mauritius Meteorological Services (MMS) said in its 13:00 bulletin that Ondine had become a severe tropical storm, with gusts of up to 150 km/h near its centre.",
                "The Mauritius Meteorological Services",
                "said",
                "W",
            ),
            (
                "The MMS said a class 4 warning was “not excluded” tonight.",
                "The Mauritius Meteorological Services",
                "said",
                "",
            ),
            (
                "(A class 4 warning is issued once gusts of 120 km/h have been recorded somewhere in Mauritius and are expected to continue.)",
                "",
                "",
                "W",
            ),
        ],
        [
            ("14:05", "", "", "B"),
        ],
        [
            (
                "Under a class 3 warning, all workers except those in essential services are released, and buses stop running two hours after the warning is issued.",
                "",
                "",
                "W",
            ),
            (
                "The National Land Transport Authority said the last buses left the Victoria station in Port Louis at 12:10.",
                "The National Land Transport Authority",
                "said",
                "W",
            ),
        ],
        [
            ("13:40", "", "", "B"),
        ],
        [
            (
                "The MMS recorded 212 mm of rain at Vacoas in the 24 hours to 13:00, the most of any station.",
                "",
                "",
                "W",
            ),
            ("The station at Plaisance recorded a gust of 118 km/h at 12:30.", "", "", "W"),
        ],
        [
            ("13:15", "", "", "B"),
        ],
        [
            (
                "Duty forecaster Anjali Ramdenee-Boolell told the Tide that Ondine's track could still shift east, away from the island.",
                "Anjali Ramdenee-Boolell",
                "told the Tide",
                "",
            ),
            (
                "“We will know much more after the 16:00 bulletin,” she said.",
                "Anjali Ramdenee-Boolell",
                "said",
                "",
            ),
            ("“Until then, nobody should be on the roads.”", "Anjali Ramdenee-Boolell", "said", ""),
        ],
        [
            ("12:50", "", "", "B"),
        ],
        [
            (
                "The Central Electricity Board said 14,300 customers were without power, most of them in Grand Port and Savanne.",
                "The Central Electricity Board",
                "said",
                "W",
            ),
            (
                "It said its crews are not sent out while gusts exceed 100 km/h.",
                "The Central Electricity Board",
                "said",
                "W",
            ),
        ],
        [
            ("12:30", "", "", "B"),
        ],
        [
            (
                "The airport operator said 11 departures and nine arrivals at Sir Seewoosagur Ramgoolam International Airport had been cancelled.",
                "The airport operator",
                "said",
                "W",
            ),
            (
                "Passengers should check with their airline before leaving home, it said.",
                "The airport operator",
                "said",
                "",
            ),
        ],
        [
            ("12:00", "", "", "B"),
        ],
        [
            (
                "The Ministry of Education said all schools would stay closed on Wednesday.",
                "The Ministry of Education",
                "said",
                "W",
            ),
            (
                "School Certificate papers set for Wednesday are moved to March 3, it said.",
                "The Ministry of Education",
                "said",
                "W",
            ),
        ],
        [
            ("11:30", "", "", "B"),
        ],
        [
            (
                "The National Disaster Risk Reduction and Management Centre (NDRRMC) said 64 refugee centres were open and 312 people had moved into them.",
                "The National Disaster Risk Reduction and Management Centre",
                "said",
                "W",
            ),
            (
                "It advised residents of low-lying areas of Port Louis, including Roche Bois and Cité La Cure, to move to a centre before nightfall.",
                "The National Disaster Risk Reduction and Management Centre",
                "advised",
                "",
            ),
        ],
        [
            ("11:05", "", "", "B"),
        ],
        [
            (
                "In Mahébourg, fisherman Ludovic Perrine-Lam Hing, 58, said he had pulled his pirogue onto the road at 6 a.m. and tied it to a lamp post.",
                "Ludovic Perrine-Lam Hing",
                "said",
                "",
            ),
            ("“The lagoon was already white!” he said.", "Ludovic Perrine-Lam Hing", "said", ""),
            (
                "“In 1994 I lost a boat, and I will not lose another.”",
                "Ludovic Perrine-Lam Hing",
                "said",
                "",
            ),
        ],
        [
            ("10:45", "", "", "B"),
        ],
        [
            (
                "Queues formed outside supermarkets in Curepipe and Quatre Bornes from early morning, and several had run out of bread by 9.30am.",
                "",
                "",
                "",
            ),
            (
                "“Who knew the whole island wanted baguettes today?” said Vikram Seeburrun-Lai, who manages a supermarket in Curepipe.",
                "Vikram Seeburrun-Lai",
                "said",
                "",
            ),
        ],
        [
            ("10:15", "", "", "B"),
        ],
        [
            ("The MMS issued a class 3 warning at 10:00.", "", "", "W"),
            ("A class 2 warning had been in force since 16:00 hrs on Monday.", "", "", "W"),
            (
                "(Under a class 2 warning, schools close but offices and buses work normally.)",
                "",
                "",
                "W",
            ),
        ],
        [
            ("09:00", "", "", "B"),
        ],
        [
            ("Good morning and welcome to our live coverage of Cyclone Ondine.", "", "", ""),
            ("The MMS's 07:00 bulletin put the storm 290 km north of Port Louis.", "", "", "W"),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            ("Follow @PortLouisTide for alerts", "", "", "B"),
        ],
        [
            ("© 2027 Port Louis Tide Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from The Victoria Bulletin app", "", "", "B"),
        ],
        [
            ("BUSINESS", "", "", "B"),
        ],
        [
            (
                "Household electricity tariff to rise 7.5% from April 1, Energy Commission says",
                "The Seychelles Energy Commission",
                "says",
                "W",
            ),
        ],
        [
            ("First increase since 2022; PUC had asked for 12%", "", "", "W"),
        ],
        [
            ("Noëline Hoareau-Fanchette", "", "", "B"),
        ],
        [
            ("10 March 2027 · 3 min read", "", "", "B"),
        ],
        [
            (
                "A technician from the Public Utilities Corporation reads a meter at a house in Mont Fleuri.",
                "",
                "",
                "",
            ),
            ("Photo: Victoria Bulletin/Gervais Labonté-Raguin", "", "", "B"),
        ],
        [
            (
                "The Seychelles Energy Commission (SEC) said on Monday that it had approved a 7.5 per cent increase in the domestic electricity tariff from April 1, the first rise since 2022.",
                "The Seychelles Energy Commission",
                "said",
                "W",
            ),
            (
                "The Public Utilities Corporation (PUC) had asked for 12 per cent, the commission said.",
                "the commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the new tariff, households pay SR2.86 per kWh for the first 200 kWh a month, SR3.74 for the next 300 kWh and SR4.95 for every kWh above 500.",
                "",
                "",
                "W",
            ),
            (
                "A household that uses 350 kWh a month will pay SR1,133 instead of SR1,054, according to the SEC's decision paper.",
                "the SEC's decision paper",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The commission said the rise was needed mainly because the cost of the heavy fuel oil burnt at the Roche Caiman power station rose 18 per cent in 2026.",
                "the commission",
                "said",
                "W",
            ),
            (
                "(About 88 per cent of the country's electricity is generated from imported fuel oil.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Households headed by a pensioner whose only income is the state pension keep the old rate for the first 200 kWh, provided they apply to the PUC by March 31.",
                "",
                "",
                "W",
            ),
            (
                "The commercial tariff rises by 5 per cent, and the tariff for hotels with more than 50 rooms by 9 per cent.",
                "",
                "",
                "W",
            ),
            (
                "Households with rooftop solar panels are paid SR2.10 per kWh for the power they export to the grid, a rate the commission left unchanged.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "PUC chief executive Terence Labiche-Morel said the corporation lost SR96.4 million on electricity in 2026.",
                "Terence Labiche-Morel",
                "said",
                "W",
            ),
            (
                "“We sell every unit for less than it costs us to make,” he said.",
                "Terence Labiche-Morel",
                "said",
                "",
            ),
            (
                "He said the corporation had 31,870 electricity customers at the end of December, 1,140 more than a year earlier.",
                "Terence Labiche-Morel",
                "said",
                "W",
            ),
            (
                "He said PUC would install 4,000 prepaid meters on Praslin and La Digue this year.",
                "Terence Labiche-Morel",
                "said",
                "",
            ),
        ],
        [
            ("The decision was posted on the commission's website at 4.30 p.m.", "", "", "W"),
            ("It takes effect on April 1.", "", "", "W"),
        ],
        [
            (
                "Bernard Payet-Ernesta, who lectures in economics at the University of Seychelles, said the increase would add about 0.4 percentage points to inflation.",
                "Bernard Payet-Ernesta",
                "said",
                "",
            ),
            (
                "Inflation was 1.9 per cent in January, according to the National Bureau of Statistics.",
                "the National Bureau of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Gisèle Barbé-Quatre, who runs a small shop at Anse Aux Pins, said her last bill came to SR2,400.",
                "Gisèle Barbé-Quatre",
                "said",
                "",
            ),
            (
                "“Who in this country can pay more for light?” she asked.",
                "Gisèle Barbé-Quatre",
                "asked",
                "",
            ),
        ],
        [
            (
                "Jean-Claude Dubignon-Valmont, secretary of the Praslin Guesthouse Owners' Circle, said small guesthouses would have to put up their room rates by next season.",
                "Jean-Claude Dubignon-Valmont",
                "said",
                "",
            ),
            (
                "“It is always the little man who pays!” he said.",
                "Jean-Claude Dubignon-Valmont",
                "said",
                "",
            ),
        ],
        [
            ("Will it go up again?", "", "", ""),
        ],
        [
            (
                "Under the Energy Act, the PUC may not change its tariffs without the commission's approval.",
                "",
                "",
                "W",
            ),
            (
                "The commission said it would review the tariff in October if fuel prices fell by more than 10 per cent.",
                "the commission",
                "said",
                "",
            ),
        ],
        [
            (
                "The commission will hold a public hearing on the 2028 tariff on Oct. 12 at the International Conference Centre in Victoria.",
                "",
                "",
                "W",
            ),
            ("Written submissions must reach it by 5 p.m. on Sept. 30.", "", "", "W"),
        ],
        [
            ("WHAT CHANGES ON APRIL 1", "", "", "B"),
        ],
        [
            ("• First 200 kWh: SR2.66 → SR2.86", "", "", ""),
        ],
        [
            ("• Next 300 kWh: SR3.48 → SR3.74", "", "", ""),
        ],
        [
            ("• Above 500 kWh: SR4.60 → SR4.95", "", "", ""),
        ],
        [
            ("• Solar export rate: SR2.10 (unchanged)", "", "", ""),
        ],
        [
            ("Read more at victoriabulletin.sc", "", "", "B"),
        ],
        [
            ("Get the Victoria Bulletin app: App Store | Google Play", "", "", "B"),
        ],
    ],
    [
        [
            (
                "THE ERONGO EXAMINER   |   Thursday 18 February 2027   |   N$12.00 (VAT incl.)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NATIONAL NEWS   3", "", "", "B"),
        ],
        [
            ("23,186 patients wait for surgery at state hospitals", "", "", "W"),
        ],
        [
            (
                "Orthopaedic list at Windhoek Central longest at 4,870; 14 theatres idle for lack of anaesthetists, report says",
                "a Ministry of Health and Social Services report tabled in the National Assembly on Tuesday",
                "says",
                "W",
            ),
        ],
        [
            ("LEONIE HAUFIKU-VAN WYK", "", "", "B"),
        ],
        [
            ("WINDHOEK", "", "", "B"),
        ],
        [
            (
                "A total of 23,186 patients were waiting for planned surgery at state hospitals at the end of January, according to a Ministry of Health and Social Services report tabled in the National Assembly on Tuesday.",
                "a Ministry of Health and Social Services report tabled in the National Assembly on Tuesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The longest list was for orthopaedic surgery at Windhoek Central Hospital, where 4,870 patients were waiting, 1,912 of them for more than two years, the report said.",
                "the report",
                "said",
                "W",
            ),
            (
                "Katutura Intermediate Hospital had 3,405 patients waiting and Oshakati Intermediate Hospital 2,988.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The report said 14 of the 41 operating theatres at state hospitals stood idle on an average weekday in January, mainly because there were not enough anaesthetists and theatre nurses.",
                "The report",
                "said",
                "W",
            ),
            (
                "(State hospitals employed 38 anaesthetists in January, against 71 posts on the establishment, according to the report.)",
                "the report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Health executive director Dr. Matheus K. Shikongo-Amutenya told the Examiner the ministry had recruited 11 anaesthetists from abroad since October.",
                "Matheus K. Shikongo-Amutenya",
                "told the Examiner",
                "W",
            ),
            (
                "He said the ministry planned to run weekend theatre lists at Windhoek Central from April.",
                "Matheus K. Shikongo-Amutenya",
                "said",
                "",
            ),
            (
                "“Nobody should wait two years for a hip,” he said.",
                "Matheus K. Shikongo-Amutenya",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the ministry's 2025 waiting-list policy, a patient who has waited more than 18 months for a category B operation must be offered a referral to another state hospital, and if none can operate within three months, to a private hospital at the state's cost.",
                "",
                "",
                "W",
            ),
            (
                "The report found that only 212 such referrals were made in 2026.",
                "The report",
                "found",
                "W",
            ),
        ],
        [
            ("Most of them went to Auas Surgical (Pty) Ltd.", "", "", "W"),
            ("The firm was paid N$8.6 million in 2026 for 340 operations.", "", "", "W"),
        ],
        [
            ("Continued on page 4", "", "", "B"),
        ],
        [
            ("4   NATIONAL NEWS   THE ERONGO EXAMINER   Thursday 18 February 2027", "", "", "B"),
        ],
        [
            ("WAITING LIST   From page 3", "", "", "B"),
        ],
        [
            (
                "Pensioner Johannes !Nanuseb, 67, of Khomasdal, said he had been on the list for a knee replacement since March 2024.",
                "Johannes !Nanuseb",
                "said",
                "",
            ),
            (
                "“I walk with two sticks and they tell me to wait!” he said.",
                "Johannes !Nanuseb",
                "said",
                "",
            ),
            (
                "!Nanuseb said he had been given three dates for the operation, and each was cancelled the day before.",
                "Johannes !Nanuseb",
                "said",
                "",
            ),
        ],
        [
            (
                "Aina Shipanga-Goagoses, secretary-general of the Namibian Theatre Nurses' Association, said 46 of its members resigned from state hospitals in 2026.",
                "Aina Shipanga-Goagoses",
                "said",
                "W",
            ),
            (
                "She said most had gone to private hospitals or to jobs in Britain, “where a theatre nurse is treated like a professional.”",
                "Aina Shipanga-Goagoses",
                "said",
                "",
            ),
            ("“We train them here,” she said.", "Aina Shipanga-Goagoses", "said", ""),
            (
                "“Then the private hospitals and the British hospitals harvest them.”",
                "Aina Shipanga-Goagoses",
                "said",
                "",
            ),
        ],
        [
            (
                "“How many more patients must die on this list before the ministry acts?” asked opposition MP Erastus Kamati-Beukes when the report was tabled.",
                "Erastus Kamati-Beukes",
                "asked",
                "",
            ),
        ],
        [
            (
                "Theatre lists at Windhoek Central start at 7.30 a.m. and must end by 4 p.m.",
                "",
                "",
                "W",
            ),
            (
                "The ministry said theatre staff have been paid overtime at 1.5 times their hourly rate since January.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            ("The National Assembly is due to debate the report on March 2.", "", "", "W"),
        ],
        [
            ("LONGEST WAITS BY SPECIALTY (Windhoek Central, Jan. 31)", "", "", "B"),
        ],
        [
            ("Specialty | Waiting | Over 2 yrs.", "", "", "B"),
        ],
        [
            ("Orthopaedics | 4,870 | 1,912", "", "", ""),
        ],
        [
            ("General surgery | 2,114 | 388", "", "", ""),
        ],
        [
            ("Ophthalmology | 1,760 | 502", "", "", ""),
        ],
        [
            ("Ear, nose and throat | 903 | 97", "", "", ""),
        ],
        [
            ("Source: MoHSS report to the National Assembly", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Printed and published by Erongo Examiner (Pty) Ltd., 12 Hosea Kutako Dr., Windhoek.",
                "",
                "",
                "B",
            ),
            ("Registered as a newspaper at the GPO.", "", "", "B"),
        ],
    ],
    [
        [
            ("Newsdrift", "", "", "B"),
        ],
        [
            ("Top stories › Malawi", "", "", "B"),
        ],
        [
            ("The Zomba Sentry · 2h", "", "", "B"),
        ],
        [
            ("Follow", "", "", "B"),
        ],
        [
            ("2 min read", "", "", "B"),
        ],
        [
            (
                "MSCE pass rate rises to 56.7% as MANEB withholds 1,412 results over cheating",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Malawi National Examinations Board (MANEB) has released the 2026 Malawi School Certificate of Education (MSCE) results, with 56.7 per cent of candidates passing, up from 52.1 per cent in 2025.",
                "",
                "",
                "W",
            ),
            (
                "Of the 171,420 candidates who sat the examinations, 97,195 passed, MANEB said in a statement on Friday.",
                "The Malawi National Examinations Board",
                "said",
                "W",
            ),
            (
                "It said 3,214 candidates missed at least one paper.",
                "The Malawi National Examinations Board",
                "said",
                "W",
            ),
            (
                "(To pass, a candidate must get at least a credit in English and passes in five other subjects.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The number of candidates was 6.2 per cent higher than in 2025, it said.",
                "The Malawi National Examinations Board",
                "said",
                "W",
            ),
            (
                "The pass rate was 53.9 per cent for girls and 59.4 per cent for boys, it said.",
                "The Malawi National Examinations Board",
                "said",
                "W",
            ),
            (
                "Grades run from 1, the highest, to 9, a fail; a candidate's best six subjects count towards the aggregate.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "MANEB executive director Dr. Ivy T. Mlenga-Chisale told a press briefing in Zomba that the rise was mainly the result of more qualified science teachers in government secondary schools.",
                "Ivy T. Mlenga-Chisale",
                "told a press briefing in Zomba",
                "W",
            ),
            (
                "“Our candidates are getting better, and so are our teachers,” she said.",
                "Ivy T. Mlenga-Chisale",
                "said",
                "",
            ),
            (
                "She said the results of 1,412 candidates at 23 centres had been withheld over suspected cheating.",
                "Ivy T. Mlenga-Chisale",
                "said",
                "W",
            ),
            (
                "She said their hearings would be held in Zomba from March 8 to March 19.",
                "Ivy T. Mlenga-Chisale",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the Education Act, a candidate found to have cheated may be barred from sitting MANEB examinations for up to three years.",
                "",
                "",
                "W",
            ),
            (
                "Candidates who want a script re-marked must apply by March 12 and pay MK15,000 per subject.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "St. Mathias Girls' Secondary School in Mangochi had a 100 per cent pass rate for the fourth year running, MANEB said.",
                "The Malawi National Examinations Board",
                "said",
                "W",
            ),
            (
                "Community day secondary schools, which take most rural pupils, had a pass rate of 41.3 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Results were posted on MANEB's website at 2 p.m. Friday.", "", "", "W"),
            ("The site went down shortly after 2 p.m.", "", "", "W"),
            (
                "It was back up by 5 p.m., MANEB said.",
                "The Malawi National Examinations Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Madalitso Banda-Nkhoma, coordinator of the Rural Teachers' Circle, called the gap between community day schools and the rest “a scandal we have stopped noticing.”",
                "Madalitso Banda-Nkhoma",
                "called",
                "",
            ),
            (
                "She said that if the government does not post more science teachers to the day schools, the gap will keep growing.",
                "Madalitso Banda-Nkhoma",
                "said",
                "",
            ),
            (
                "“Are children in Chikwawa less clever than children in Blantyre?” she asked.",
                "Madalitso Banda-Nkhoma",
                "asked",
                "",
            ),
            (
                "She said 212 of the 780 community day secondary schools had no qualified physics teacher last year.",
                "Madalitso Banda-Nkhoma",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ministry of Education spokesperson Chikondi Mponda-Lungu said the ministry planned to recruit 3,000 secondary school teachers in July.",
                "Chikondi Mponda-Lungu",
                "said",
                "",
            ),
        ],
        [
            (
                "At Chipasula Secondary School in Lilongwe, Chimwemwe Kaunda-Mwale, 18, said she had scored nine points, the best aggregate in her class.",
                "Chimwemwe Kaunda-Mwale",
                "said",
                "",
            ),
            (
                "“My mother cried when I showed her the SMS!” she said.",
                "Chimwemwe Kaunda-Mwale",
                "said",
                "",
            ),
            (
                "She said she wants to study pharmacy at the Kamuzu University of Health Sciences.",
                "Chimwemwe Kaunda-Mwale",
                "said",
                "",
            ),
        ],
        [
            (
                "Selection to public universities will be announced by the National Council for Higher Education in May.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read full article at zombasentry.mw", "", "", "B"),
        ],
        [
            ("More from The Zomba Sentry", "", "", "B"),
        ],
        [
            ("JCE results to be released next week, MANEB says", "", "", "B"),
        ],
        [
            ("Students queue for bursary forms in Mzuzu", "", "", "B"),
        ],
        [
            ("👍 214   💬 38   ↗ Share", "", "", "B"),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            ("Newsdrift · Terms · Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("LION MOUNTAIN CRIER - TEXT EDITION", "", "", "B"),
        ],
        [
            ("Home | News | Politics | Business | Sport | Full site", "", "", "B"),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            (
                "Coroner rules Tagrin boat death accidental, finds water taxi carried 61 people on licence for 40",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Fatmata Koroma-Sesay", "", "", "B"),
        ],
        [
            ("Wednesday, 9 June 2027", "", "", "B"),
        ],
        [
            (
                "A Freetown coroner on Tuesday returned a verdict of accidental death at the inquest into the death of Abdulai Turay-Kamara, 34, a trader who drowned when a water taxi capsized off Tagrin Point on April 2.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Coroner Isatu B. Conteh-Williams found that the boat, the Wan Fambul, was carrying 61 passengers when it left Tagrin at 6.40 p.m., although its licence from the Sierra Leone Maritime Administration allowed no more than 40.",
                "Isatu B. Conteh-Williams",
                "found",
                "W",
            ),
            (
                "She found that only 12 life jackets were on board.",
                "Isatu B. Conteh-Williams",
                "found",
                "W",
            ),
            (
                "She said there was no record that the boat had been inspected since its licence was renewed in January.",
                "Isatu B. Conteh-Williams",
                "said",
                "W",
            ),
        ],
        [
            (
                "Witnesses told the court that the engine stalled at about 7.05 p.m.",
                "Witnesses",
                "told the court",
                "W",
            ),
            ("The boat turned over within minutes.", "", "", "W"),
        ],
        [
            (
                "The inquest sat for four days at the Law Courts Building on Siaka Stevens St.",
                "",
                "",
                "W",
            ),
            ("It heard 14 witnesses.", "", "", "W"),
        ],
        [
            ("THE CORONER'S FINDINGS", "", "", "B"),
        ],
        [
            ("1. The boat carried 61 passengers; its licence allowed 40.", "", "", "W"),
        ],
        [
            ("2. Only 12 life jackets were on board.", "", "", "W"),
        ],
        [
            ("3. The master held no valid certificate of competency.", "", "", "W"),
        ],
        [
            (
                "Under s. 112 of the Merchant Shipping Act, a passenger vessel may not carry more people than its licence allows, and its owner and its master are each liable to a fine of up to NLe 50,000.",
                "",
                "",
                "W",
            ),
            (
                "A coroner may not decide civil or criminal liability, but may make recommendations to any public body.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ms. Conteh-Williams recommended that the maritime administration keep an inspector at the Kissy and Tagrin terminals whenever boats are running.",
                "Isatu B. Conteh-Williams",
                "recommended",
                "",
            ),
        ],
        [
            (
                "Sahr Bockarie-Lansana, managing director of the boat's owner, Tagrin Boat Taxis Ltd., told the court the master had been instructed to carry no more than 40 passengers.",
                "Sahr Bockarie-Lansana",
                "told the court",
                "W",
            ),
            (
                "He said the firm had since bought 300 life jackets.",
                "Sahr Bockarie-Lansana",
                "said",
                "W",
            ),
        ],
        [
            (
                "The master, Ibrahim Sorie Kargbo-Mansaray, was charged with manslaughter in May and is due to appear at the High Court on July 14.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Sierra Leone Maritime Administration said it had inspected 214 passenger boats since April and impounded 19 of them.",
                "The Sierra Leone Maritime Administration",
                "said",
                "W",
            ),
            (
                "It said boats may leave the Kissy terminal only between 7 a.m. and 7 p.m. under a rule introduced in May.",
                "The Sierra Leone Maritime Administration",
                "said",
                "W",
            ),
            (
                "The administration urged passengers not to board any boat that has no life jackets.",
                "The administration",
                "urged",
                "",
            ),
            (
                "(The crossing from Tagrin to Kissy takes about 35 minutes and costs NLe 40.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The dead man's sister, Aminata Turay-Kamara, said the family had received no compensation.",
                "Aminata Turay-Kamara",
                "said",
                "",
            ),
            (
                "“Sixty-one people in a boat for forty?” she asked.",
                "Aminata Turay-Kamara",
                "asked",
                "",
            ),
            ("“Somebody must answer for my brother!”", "Aminata Turay-Kamara", "asked", ""),
            ("She said the family would sue the owners.", "Aminata Turay-Kamara", "said", ""),
        ],
        [
            (
                "Hon. Momoh S. Kanu-Bangura, who chairs Parliament's transport committee, said the committee would summon the maritime administration before the end of the month.",
                "Momoh S. Kanu-Bangura",
                "said",
                "",
            ),
            ("“These boats are floating coffins,” he said.", "Momoh S. Kanu-Bangura", "said", ""),
        ],
        [
            (
                "Kadiatu Sankoh-Renner, who sells fish at Kissy and crosses twice a week, said she now counts the passengers before she gets on.",
                "Kadiatu Sankoh-Renner",
                "said",
                "",
            ),
            (
                "“If I count more than 40, I wait for the next one,” she said.",
                "Kadiatu Sankoh-Renner",
                "said",
                "",
            ),
        ],
        [
            (
                "The inquest was the third into a death on the Tagrin crossing since 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Back to top | Full site", "", "", "B"),
        ],
        [
            ("© 2027 Lion Mountain Crier.", "", "", "B"),
            ("Text edition.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SAVAI'I MESSENGER", "", "", "B"),
        ],
        [
            (
                "Home   Samoa   Pacific   Business   Sport   Faith   Opinion   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sport › Rugby", "", "", "B"),
        ],
        [
            (
                "Lotopa prop banned for 12 weeks over head-high tackle in club final; Vailele fined WS$5,000",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Judicial committee finds tackle reckless but not intentional; ban ends in time for national sevens trials",
                "the Samoa Rugby Union's judicial committee",
                "finds",
                "W",
            ),
        ],
        [
            ("By Lagi Tuimavave-Ripley", "", "", "B"),
        ],
        [
            ("Posted: 15/09/2027 4:12 p.m.", "", "", "B"),
        ],
        [
            ("Share this story   f   X   ✉", "", "", "B"),
        ],
        [
            (
                "Supporters run onto Apia Park at the final whistle of Saturday's club final.",
                "",
                "",
                "",
            ),
            ("Picture: Faamanu Levi-Stowers", "", "", "B"),
        ],
        [
            (
                "Lotopa Hawks prop Ioane Leiataua-Brown has been suspended for 12 weeks for a dangerous tackle in the club final at Apia Park on Saturday, the Samoa Rugby Union's judicial committee ruled on Tuesday.",
                "the Samoa Rugby Union's judicial committee",
                "ruled",
                "W",
            ),
            (
                "The committee found that his shoulder made direct contact with the head of Vailele Sharks flanker Fetu Soliai-Masoe in the 63rd minute of the Lotopa v. Vailele final, which Lotopa won 19-17.",
                "The committee",
                "found",
                "W",
            ),
            (
                "It found the tackle reckless but not intentional.",
                "the Samoa Rugby Union's judicial committee",
                "found",
                "W",
            ),
        ],
        [
            (
                "Under s. 7.3 of the union's disciplinary regulations, foul play involving contact with the head carries an entry point of eight weeks, rising to 12 if the player has committed a similar offence within the previous two years.",
                "",
                "",
                "W",
            ),
            (
                "Leiataua-Brown was suspended for four weeks in 2026 for a similar tackle, the committee said.",
                "the committee",
                "said",
                "W",
            ),
            ("(He may not train with his club during the first half of the ban.)", "", "", "W"),
        ],
        [
            (
                "The committee also fined Vailele Sharks WS$5,000 after about 40 of its supporters ran onto the pitch at the final whistle.",
                "",
                "",
                "W",
            ),
            ("The club has 14 days to pay.", "", "", "W"),
        ],
        [
            (
                "The committee's chairman, Lemalu Tavita Faleolo-Schuster, said the panel had watched the tackle from five camera angles.",
                "Lemalu Tavita Faleolo-Schuster",
                "said",
                "W",
            ),
            (
                "“There is no place in Samoan rugby for a shoulder to the head,” Lemalu said.",
                "Lemalu Tavita Faleolo-Schuster",
                "said",
                "",
            ),
            ("“None!”", "Lemalu Tavita Faleolo-Schuster", "said", ""),
            (
                "Lemalu said the committee heard from the referee, the citing commissioner and both players.",
                "Lemalu Tavita Faleolo-Schuster",
                "said",
                "W",
            ),
        ],
        [
            (
                "The hearing began at 5 p.m. Monday at the union's offices at Tuanaimato and ended at 9.20 p.m.",
                "",
                "",
                "W",
            ),
            ("The decision was released the next morning.", "", "", "W"),
        ],
        [
            (
                "Leiataua-Brown may appeal to the union's appeals board within seven days.",
                "",
                "",
                "W",
            ),
            (
                "Lotopa club president Taulapapa Mose Aiono-Kerslake said the club would lodge an appeal.",
                "Taulapapa Mose Aiono-Kerslake",
                "said",
                "",
            ),
            (
                "“Twelve weeks for one tackle?” he asked.",
                "Taulapapa Mose Aiono-Kerslake",
                "asked",
                "",
            ),
            ("“Our boy is not a dirty player.”", "Taulapapa Mose Aiono-Kerslake", "asked", ""),
        ],
        [
            (
                "Soliai-Masoe was taken to Tupua Tamasese Meaole Hospital with concussion and discharged on Sunday.",
                "",
                "",
                "W",
            ),
            (
                "“We were only celebrating!” said Vailele supporter Mele Tuala-Hunkin, who was among those on the pitch.",
                "Mele Tuala-Hunkin",
                "said",
                "",
            ),
        ],
        [
            ("The ban ends on Dec. 5, the committee said.", "the committee", "said", "W"),
            (
                "Trials for the national sevens squad are scheduled for Dec. 6 and 7 at the Faleata Sports Complex.",
                "",
                "",
                "W",
            ),
            (
                "“If he is fit and he has learned his lesson, he will be in the mix,” said Manu Samoa sevens coach Sefo Lauina-Tafuna.",
                "Sefo Lauina-Tafuna",
                "said",
                "",
            ),
        ],
        [
            (
                "Gate takings for the final were WS$38,600, the union said.",
                "the union",
                "said",
                "W",
            ),
            (
                "Union chief executive Ropati Aumua-Grey said the union would put up a fence in front of the main stand at Apia Park before next season.",
                "Ropati Aumua-Grey",
                "said",
                "",
            ),
            (
                "“Our fans are passionate, and we love that, but the pitch is for the players,” he said.",
                "Ropati Aumua-Grey",
                "said",
                "",
            ),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("Tavita_L · 2 hours ago", "", "", "B"),
        ],
        [
            ("Twelve weeks is fair.", "", "", "B"),
            ("Should have been more.", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("SamoaProud685 · 1 hour ago", "", "", "B"),
        ],
        [
            ("Where was the security?", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("© 2027 Savai'i Messenger Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n192-bb-pm-ends",
        "The House rose at 10:52 p.m. Hon. Cyrilene Boxill-Weekes had moved the adjournment.",
        ["The House rose at 10:52 p.m.", "Hon. Cyrilene Boxill-Weekes had moved the adjournment."],
    ),
    (
        "n192-bb-exclaim-attrib",
        "“Order!” the Speaker called twice. Members sat down.",
        ["“Order!” the Speaker called twice.", "Members sat down."],
    ),
    (
        "n192-bs-st-ends",
        "The ministry's offices are on Bay St. They open at 9 a.m. on weekdays.",
        ["The ministry's offices are on Bay St.", "They open at 9 a.m. on weekdays."],
    ),
    (
        "n192-bs-question-attrib",
        "“Who will fill the rooms in September?” she asked. Nobody on the panel answered.",
        ["“Who will fill the rooms in September?” she asked.", "Nobody on the panel answered."],
    ),
    (
        "n192-gy-inc-ends",
        "The ballot boxes were made by Berbice Timberworks Inc. The firm delivered 2,400 of them.",
        [
            "The ballot boxes were made by Berbice Timberworks Inc.",
            "The firm delivered 2,400 of them.",
        ],
    ),
    (
        "n192-bz-oz-ends",
        "A lobster tail must weigh at least 4 oz. Smaller tails are seized.",
        ["A lobster tail must weigh at least 4 oz.", "Smaller tails are seized."],
    ),
    (
        "n192-bz-lbs-ends",
        "Last season's landings came to 702,000 lbs. The quota was not reached.",
        ["Last season's landings came to 702,000 lbs.", "The quota was not reached."],
    ),
    (
        "n192-mt-plc-ends",
        "The site was owned by Marfa Bluff Estates p.l.c. The company was fined €4,000.",
        ["The site was owned by Marfa Bluff Estates p.l.c.", "The company was fined €4,000."],
    ),
    (
        "n192-mt-am-ends",
        "Judgment was delivered at 9.45 a.m. The accused was not present.",
        ["Judgment was delivered at 9.45 a.m.", "The accused was not present."],
    ),
    (
        "n192-cy-eu-ends",
        "Most of its buyers come from outside the E.U. Their share fell to 38%.",
        ["Most of its buyers come from outside the E.U.", "Their share fell to 38%."],
    ),
    (
        "n192-cy-ltd-ends",
        "The bonds were arranged by Pafos Debt Advisers Ltd. It charged a fee of 0.4%.",
        ["The bonds were arranged by Pafos Debt Advisers Ltd.", "It charged a fee of 0.4%."],
    ),
    (
        "n192-mu-hrs-ends",
        "The warning was lifted at 18:00 hrs. Buses were running again an hour later.",
        ["The warning was lifted at 18:00 hrs.", "Buses were running again an hour later."],
    ),
    (
        "n192-mu-exclaim-no-attrib",
        "“Stay indoors!” That was the advice the forecasters gave at noon.",
        ["“Stay indoors!”", "That was the advice the forecasters gave at noon."],
    ),
    (
        "n192-sc-pm-ends",
        "The decision was posted at 4.45 p.m. It takes effect on May 1.",
        ["The decision was posted at 4.45 p.m.", "It takes effect on May 1."],
    ),
    (
        "n192-na-pty-ltd-ends",
        "Scans are done by Kuiseb Imaging (Pty) Ltd. The firm has two machines.",
        ["Scans are done by Kuiseb Imaging (Pty) Ltd.", "The firm has two machines."],
    ),
    (
        "n192-na-dr-street-ends",
        "The clinic moved to Sam Nujoma Dr. Its old building stands empty.",
        ["The clinic moved to Sam Nujoma Dr.", "Its old building stands empty."],
    ),
    (
        "n192-sl-st-ends",
        "The coroner's court sits on Siaka Stevens St. Hearings start at 10 a.m.",
        ["The coroner's court sits on Siaka Stevens St.", "Hearings start at 10 a.m."],
    ),
    (
        "n192-sl-question-attrib",
        "“Why were there no life jackets?” the coroner asked. The owner did not reply.",
        ["“Why were there no life jackets?” the coroner asked.", "The owner did not reply."],
    ),
    (
        "n192-ws-jr-ends",
        "The citing was lodged by Tavita Sopoaga Jr. He is the union's citing commissioner.",
        ["The citing was lodged by Tavita Sopoaga Jr.", "He is the union's citing commissioner."],
    ),
    (
        "n192-ws-paren-full",
        "The player was banned for eight weeks. (He has 48 hours to appeal.) His club was fined WS$2,000.",
        [
            "The player was banned for eight weeks.",
            "(He has 48 hours to appeal.)",
            "His club was fined WS$2,000.",
        ],
    ),
    (
        "n192-mw-dr-initial-mid",
        "Dr. Tiyamike J. Chirwa-Mbewe signed the results notice. It was dated March 1.",
        ["Dr. Tiyamike J. Chirwa-Mbewe signed the results notice.", "It was dated March 1."],
    ),
    (
        "n192-ws-v-mid",
        "The Apia v. Savai'i match was abandoned at half-time. Both teams were fined.",
        ["The Apia v. Savai'i match was abandoned at half-time.", "Both teams were fined."],
    ),
    (
        "n192-gy-v-no-mid",
        "In Lall v. The Returning Officer, No. 31 of 2021, the High Court ordered a recount.",
        ["In Lall v. The Returning Officer, No. 31 of 2021, the High Court ordered a recount."],
    ),
    (
        "n192-bz-in-oz-mid",
        "A conch shell must be at least 7 in. long and the meat 3 oz. after cleaning.",
        ["A conch shell must be at least 7 in. long and the meat 3 oz. after cleaning."],
    ),
    (
        "n192-mt-cap-mid",
        "Article 28A of the Criminal Code, Cap. 9, allows a sentence of up to two years to be suspended.",
        [
            "Article 28A of the Criminal Code, Cap. 9, allows a sentence of up to two years to be suspended."
        ],
    ),
    (
        "n192-cy-pm-weekday-mid",
        "Shares closed at €6.91 at 1 p.m. Wednesday, up 1%.",
        ["Shares closed at €6.91 at 1 p.m. Wednesday, up 1%."],
    ),
    (
        "n192-sc-s-mid",
        "Under s. 14 of the Energy Act, the PUC needs the commission's approval. It was given on Monday.",
        [
            "Under s. 14 of the Energy Act, the PUC needs the commission's approval.",
            "It was given on Monday.",
        ],
    ),
    (
        "n192-na-bang-name-mid",
        "Patient Hilma !Uises-Nakale waited three years for her hip. She had the operation in May.",
        [
            "Patient Hilma !Uises-Nakale waited three years for her hip.",
            "She had the operation in May.",
        ],
    ),
    (
        "n192-mu-am-mid",
        "The warning was issued at 5 a.m. on Tuesday and lifted at 6 p.m. on Wednesday.",
        ["The warning was issued at 5 a.m. on Tuesday and lifted at 6 p.m. on Wednesday."],
    ),
    (
        "n192-bs-semicolon",
        "Stopover arrivals rose 6.8%; cruise calls fell 2% and hotel rates rose 4%.",
        ["Stopover arrivals rose 6.8%; cruise calls fell 2% and hotel rates rose 4%."],
    ),
]
