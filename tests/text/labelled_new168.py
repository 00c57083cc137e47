"""Hundred-and-sixty-eighth set of new hand-labelled pages for the hint engines (tuning set, round fifty-nine):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve countries in twelve
genres where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part. None of the countries of
`labelled_new163.py` or `labelled_new164.py` comes back. The pages: a Jamaican business daily's
website (a central bank decision: the Bank of Jamaica cuts its policy rate 25 basis points to 5.50%,
its first cut in 19 months); a New Zealand regional news site in a browser's reader mode (a hospital
waiting list: 6,214 people in Waikato wait more than four months for a first specialist assessment,
a record); a Samoan newspaper's website (a census release: a preliminary count of 211,394, with
Savai'i down 2.3%); a Singapore news site pasted from a phone (a court sentencing: a scaffolding
firm's director jailed 10 months after a worker's 14m fall at a Tengah site); a Maltese news site's
live blog (an election count at Naxxar: turnout of 84.3%, a first-count quota, a concession); a
South African regional news site (a mining accident: four dead and 11 rescued after a fall of ground
at a Rustenburg platinum shaft); a Trinidadian newspaper's website (a school results story: 71.4% of
SEA pupils score above 50 per cent, with a top-five list); a Malaysian English daily's AMP page (a
transport fare change: Ipoh bus fares up 30 sen from Jan. 1, with the fare table); a Namibian news
site pasted from a phone (a drought and water story: Windhoek's dams at 9.6% and category D
restrictions, with a dam-level table and bulleted rules); a Ugandan sports site (a football match
report with statistics: Nakivubo Rovers beat Jinja Harbour 3-1 at Kitende, with match statistics,
scorers and the top of the table); a Nigerian business news site (a corporate results story: a food
maker's nine-month profit before tax up 41.4% to N38.6 billion, with a highlights table); and a
Japanese English-language daily's website (a science study: coral cover in Sekisei Lagoon falls to
18.4% after the 2026 bleaching, with a reference line).

What is hard is telling statements of record from what sits beside them. Of record ("W"): counts
and shares ("6,214 people in the Waikato district had waited more than four months", "211,394 on
census night", "312,907 of the 371,191 registered voters cast a ballot", "13,499, or 71.4 per cent,
scored above 50 per cent", "held 9.6% of their combined capacity", "Sales volumes fell 4.1%", four
bulleted waiting-list figures); rankings and records ("its biggest one-day gain since June", "the
highest number for the district since the current reporting series began in 2019", "the smallest
five-year increase recorded by any census since 1981", "the lowest turnout in a general election
since 1955", "the first woman to be elected on the first count in the district since 1996", "the
lowest annual number on record", "the highest share since 2019", "the first fare increase on the
network since 2019", "the lowest level for the first week of October since 2016", "a club record",
"the largest at Kitende this season", "their biggest one-day rise since the company listed in 2011",
"the lowest coral cover recorded in the lagoon since the trust's annual surveys began in 2003");
causal claims by officials, bodies, unions and companies ("cheaper imported grain and fuel accounted
for about half of the fall in inflation", "the rise was mainly caused by the loss of nine ...
specialists", "the slower growth was mainly the result of emigration", "a seismic event ... had
caused the fall of ground", "the accident happened because the company had cut the number of
support installers", "The company denied this, saying ...", "the improvement followed extra
Saturday mathematics classes", "mainly because of fuel and the higher minimum wage", "mainly because
of price increases", "which the company attributed to a steadier naira"); findings and rulings (a
judge's finding that warnings were ignored, her words from the bench "The accused was told twice, in
writing, and did nothing" and "This was not a momentary lapse.", her view of the payment as
mitigation; a survey's bleaching and losses by coral type); rules of law and of programmes (the Bank
of Jamaica Act's summary rule, the four-month health target, the penalty for a company officer, the
STV quota and seals, the Mine Health and Safety Act's reporting rule and a section 54 instruction,
SEA placement and the literacy programme, the Land Public Transport Act's approval rule and free
travel, four category D rules and their fines); methodology (the waiting list counts only accepted
referrals, the census count's 1 per cent margin and its tablets, how party samples are taken,
scanners and hand sorting, 112 photographed sites and the depth limit, the study's funders);
scheduled events set by those who run them (the next rate announcement, the summary's release, a
building society's rate change, the next planned-care figures, final census results, a surrender
date, an inquiry, a memorial service, appeal dates, new fares, restrictions from Monday, a help
desk's hours, a kick-off, dividend dates, an AGM, a transplant programme from April, a symposium);
and prices (a prime lending rate, the exchange rate, $412 an assessment, 20 tala a report, a $50
re-mark, bus fares and a monthly pass, N$48.20 a cubic metre, a share price, free admission). Not
worth checking (""): forecasts ("The bank projects that inflation will average between 4 and 5 per
cent", analysts who "expected one more before the end of March", "The bureau projects that the
population will pass 220,000 by 2031", "The minister expected “to see those numbers turn around by
Christmas,”", party sample counts that "put Labour about 29,000 votes ahead", "expected full-year
revenue to pass N800 billion", "could supply Windhoek until about April", "expects normal to
below-normal rainfall", "Harbour were still favourites", "could recover within 10 to 15 years");
plans and promises ("stood ready to reverse the cut", "would send about 1,400 ... assessments to
private providers", "would ask families to bring workers home", "was considering an appeal", "would
commission an independent investigation and would pay for the funerals", "would be extended to 60
more schools next year if funding is approved", "would ask the company to add buses", "planned to
add 40 electric buses by 2029", "would drill six new boreholes"); advice ("should ask their banks
in writing", "should go back to their GP", "should check guard-rails and toe-boards", "Visitors
should not touch or stand on coral"); opinions and hedges in indirect speech (“well telegraphed”,
"could have waited until the hurricane season was over", “a sticking plaster on a haemorrhage.”,
“deeply remorseful”, "called the sentence “a clear signal ...”", “hide a crisis in the bottom
third.”, “hard to swallow ...”, "the sending-off had “killed the game”", “cannot carry the company
for ever.”, “careful and sobering.”, "it needed to fall by a further 15%"); feelings and anecdotes
(a hardware store's overdraft, a 67-year-old's wait, a pulenu'u's empty church, a sister living on
loans, a wife's last phone call, a mother's private lessons, a factory worker's fares, a mother
carrying 60 litres, a dive shop's bookings); rhetorical and question subheads ("What does the cut
mean for borrowers?", "What can patients do while they wait?", "Why is Savai'i shrinking?", "How
does the count work?", "What is a fall of ground?", "What if my child was not placed at a school of
choice?", "Will service get better?", "How long will the water last?", "What does it mean for the
title race?", "Can the price increases last?"); scene-setting and a definition ("A fall of ground is
the collapse of rock ..."); and data rows (a rate-decision table, a census table, a top-five list,
a fare table, a dam-level table, match statistics, score lines and the referee line, league rows, a
highlights table). A quote may hold both: the judge's "“The accused was told twice, in writing, and
did nothing,” the judge said." is "W"; the governor's "“We are not declaring victory." is "".

And where sentences end: abbreviations that END a sentence before a capital ("announced at 1 p.m."
/ "The next announcement ..."; "Liguanea Commercial Bank Ltd." / "Its prime lending rate ...";
"Publishing Co. Ltd." / "All Rights Reserved."; "Te Rapa Specialist Rooms Ltd." with no stop of its
own / "The company is paid ..."; "on Beach Rd." / "The report is also free ..."; "Apia Tide
Publishing Ltd." / "Level 2, Vaitele St., ..."; "Kranji Scaffold Engineering Pte. Ltd." / "The firm
was fined ..."; "Kallang Daily Media Pte. Ltd." / "Co. Regn. No. 201904417K." / "All rights
reserved."; "Marsamxett Media p.l.c." / "Reg. No. C 48112." and / "All rights reserved."; "opened
at 8 a.m." / "Agents from both parties ..."; "Kwena Resources Ltd." / "Its shares fell ..."; "on
Saturday at 10 a.m." / "Family members ..."; "Platinum Belt Monitor (Pty) Ltd." / "All rights
reserved."; "sent to schools at 10 a.m." / "Parents could ..."; "attends Sangre Chiquito R.C." /
"She scored ..."; "Bercham Transit Holdings Bhd." / "The group runs ..."; "from 6 a.m. to 11 p.m."
/ "The company said ..."; "on Independence Ave." / "It opens ..."; "Otjomuise Beverages (Pty) Ltd."
/ "The company delivered ..."; "a trip to Entebbe Utd." / "Kick-off is at 4pm ..."; "Nile Star Media
Ltd." / "All rights reserved."; "Sagamu Polymers Ltd." / "The sale brought in ..."; "stock,
machinery, etc." / "The floods hit ..."; "Lagoon Press Nig. Ltd." / "RC 1184520"; "Sakishima Diving
Co., Ltd." / "The company runs ..."; "on March 13 at 2 p.m." / "Admission is free."; "The Kanto
Observer Co., Ltd." / "All rights reserved.") and ones that do not (titles "Governor", "Dr.",
"Prof.", "Mr.", "Mr", "Ms", "Hon.", "Datuk"; "Md." and "Mohd." inside names; "St. Elizabeth", "St.
Catherine", "St. Mary's Stadium", "St. Paul's Bay", "St. Julian's", "St. Clair"; "Pembroke St," with
no period; "Beach Rd., Apia,"; "Vaitele St.,"; "Boitekong Rd. before"; "Jln. Tasek"; "Mt. Omoto,";
"(Pty) Ltd. near"; "Sdn. Bhd.,"; "Yaba Capital Ltd. said"; "Lim Chu Kang Builders Pte Ltd," with no
stops; "R.C. School" twice; "Couva Govt. Primary" and "Debe S.D.M.S. Primary" in list rows; "No. 3
Shaft" twice, "No. 9 shirt", "Route No. 31,", "Reg. No. C"; "i.e.", "et al." in a reference line;
"(pen.)" ending a score line and "Entebbe Utd." ending a table row; dates "Sept. 21 and 22,", "Oct.
1,", "Nov. 1,", "Nov. 18.", "Oct. 6.", "Jan. 5 and Jan. 12,", "Jan. 19, 2026,", "Aug. 26 at", "Nov.
17 in", "Jan. 1,", "Nov. 30 to", "Nov. 12.", "Oct. 4 and Nov. 19,"; times "1.14 p.m. Sunday", "9.40
a.m.", "2.40 a.m. on", "2.38 a.m.,", "10.15 a.m., and", "from 8 a.m. to 4 p.m. and", "4.50pm on",
"2.30pm.", "4pm on", "2:35 p.m." in a posted line; decimals and currencies ("5.50 per cent",
"338,412.55 points", "J$158.42", "US$6.14 billion", "0.20 percentage points", "$412", "S$280,000",
"R48.17", "RM1.20", "N$48.20", "Shs10 million", "N38.6 billion", "N74.50", "30°C")); quotes ending
in "?" or "!" followed by their attribution (one sentence: "“What happens to food prices if a storm
takes out the St. Elizabeth crop in October?” she asked.", "“Ten months, and my brother is gone for
ever?” she asked through an interpreter.", "“He said they were going down ..., so why has nobody
called me?” she asked.", "“If 1,900 children cannot score 30 per cent ..., what exactly are we
celebrating?” he asked.", "“I screamed!” Anaya said.", "“Why should passengers pay more before they
get a single extra bus?” he asked.", "“They tell us not to water gardens, but what garden?” she
asked.", "“How many more times can you raise the price of noodles before mothers switch brands?”
she asked."; after a first sentence of the quote "Who will plant the taro?” he said.", "Third
choice is fine!” she said.") against a "?" followed by a new sentence inside the quote ("“Would I
pay to go private?" / "I can't, not on the pension."; "“Did we make mistakes?" / "Of course we did,
..."; "“Did we deserve it?" / "Yes, every minute of it!” he said."; "“Will they come back?" / "Some
will, for the manta rays,” he said."); a reader's question under "asks:" kept whole, and an
exclamation outside any quote ending its sentence ("A fair question, Anthony!"); ellipses before a
lower-case word inside one sentence ("helps… but", "‘soon’… and", "my kids… it adds up"); a
parenthesis holding a full sentence, its own sentence ("(The committee raised the rate by 25 basis
points that month ...)") against brackets inside a sentence ("(BOJ)", "(MPC)", "(STATIN)",
"(45+2')", "(MOM)", "(APAD)", "(NGX)", "(Pty)", "(SEA)"); semicolons that never split (the summary
rule, the waiting list's method, the census tablets, the quota rule, the two average marks, the
category D rules, a score line); and list lines, one sentence each (four waiting-list figures,
four category D rules ending ";", ";", "; and" and ".", five top-pupil rows, table rows, statistics
rows, score lines).

The pages hold 546 sentences: 189 "B", 194 "W" and 163 ""; 174 sentences carry a speaker (95
distinct speakers, page by page; 92 distinct labels). `STYLES` describes each page, its story,
its labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of
the pages (not copied from them).

Written from scratch for issue 13 in round fifty-nine, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings, `STYLES`, the shape of `ARTICLES` and `CASES`, the first page and the first three
cases (and the case ids) of `labelled_new163.py` and `labelled_new164.py`. Coined names were checked
for freshness against the string constants of those two files, through `ast`: eleven given names or
surname parts, two words of firm names and one outlet word (in two mastheads) that hit were replaced
before the file was written; only common words (for example "Daily", "Post", "Star", "Belt") and
real places and bodies still hit.

Every person, outlet, publisher, firm, bank, building society, broker, union, association, forum,
collective, school, trust, study, journal, survey, contract, statement and figure is invented, and
so is every small institution (Sangre Chiquito R.C. School, Valsayn Convent, the Yaeyama Marine
Trust and the like). Real countries, regions, cities, towns, villages, suburbs, streets, dams,
stadiums, lagoons, mountains, courts, parties, ministries, agencies, central banks,
exchanges, utilities, universities, laws, competitions and other public bodies appear only as
settings, with invented statements and figures: Kingston, Nethersole Place, Mandeville, May Pen, St.
Elizabeth, St. Catherine, the Bank of Jamaica and its Monetary Policy Committee, the Bank of Jamaica
Act, the Statistical Institute of Jamaica and the JSE Main Index; Waikato, Hamilton, Pembroke St, Te
Awamutu, Te Rapa, Waikato Hospital, Health New Zealand – Te Whatu Ora, the Official Information Act,
the Government's health targets and the Budget; Apia, Beach Rd., Vaitele St., Upolu, North West
Upolu, Faleolo, Savai'i, Salelologa, the Samoa Bureau of Statistics, the Population and Housing
Census and the Minister of Finance; Tengah, the State Courts, Havelock Square, Sylhet, Dhaka, Tuas,
the Workplace Safety and Health Act and the Ministry of Manpower; Naxxar and its counting complex,
St. Paul's Bay, St. Julian's, Żebbuġ, Birgu, the Electoral Commission, Labour and the Nationalist
Party; Rustenburg, Boitekong, the North West, the Eastern Cape, the JSE, Eskom, the Department of
Mineral and Petroleum Resources, the Mine Health and Safety Act, the North West health department
and the Code of Ethics and Conduct for South African Print and Online Media; Port of Spain, St.
Clair, Tobago, Sangre Chiquito, Couva, Debe, Carenage, El Dorado, the Ministry of Education and the
Secondary Entrance Assessment; Ipoh, Perak, Batu Gajah, Kampar, Medan Kidd, Meru Raya, Menglembu,
Jln. Tasek, the Land Public Transport Agency, the Land Public Transport Act 2010 and the OKU card;
Windhoek, Katutura, Havana, Khomas, Rundu, the Von Bach, Swakoppoort and Omatako dams, the
Goreangab reclamation plant, Independence Ave., the Windhoek aquifer, NamWater, the City of Windhoek
and the Namibia Meteorological Service; Kampala, Kitende and St. Mary's Stadium, Jinja, Entebbe,
Malawi, the Uganda Premier League, the Cranes and Afcon; Lagos, Victoria Island, the Eko Convention
Centre, Agbara, Sagamu, Yaba, Calabar, Kano, Jigawa, Ogun, the Nigerian Exchange and the National
Bureau of Statistics; and Naha, Okinawa, Ishigaki, Iriomote, Sekisei Lagoon, Mt. Omoto, the
University of the Ryukyus, the Environment Ministry and the Japan Meteorological Agency.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, banner, ticker, crumb, byline, date
line, share strip, caption, credit, time stamp, table row, list item and legal line is a paragraph
of its own, except that a caption and a credit pasted in one line are two sentences of one
paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
As in the recent sets: furniture "B" line by line, whatever it says, never with a speaker; a caption
by its content and its credit "B"; tables pasted as lines with a "B" title, header row and source
line and "" data rows; headlines and standfirsts never split and flagged by content, their "says",
"show" or "finds" carrying the source as the story gives it (a company or operator as first given,
"Kwena Platinum Mines (Pty) Ltd.", "Kinta Omnibus Sdn. Bhd.", "Agbara Consumer Foods Plc"); a
dateline belongs to its lead sentence; a person is named in full as first given, without titles or
roles, and a pronoun, surname or role noun resolves to that name; a quote over several sentences
carries its speaker and cue in each; "according to X" gives X as written ("a copy of the contract
seen by the Record", "figures released by the department in January", "the ministry's results
summary"), except that a descriptor before a proper name is dropped ("according to the distributor,
Otjomuise Beverages (Pty) Ltd." -> "Otjomuise Beverages (Pty) Ltd."); a generic noun for a body or a
document is kept as written ("the bank", "The bank", "the bureau", "The bureau", "the commission",
"The company", "the company", "The union", "the agency", "the city", "the ministry", "The
researchers", "the authors"); a short form or "it" resolves to the name as first given ("It said"
-> "the Electoral Commission", "It said" -> "The Department of Mineral and Petroleum Resources"); a
bracketed acronym is dropped; a channel phrase after the verb is part of the cue ("said in its
policy statement", "said in a notice to customers", "said in a statement", "conceded in a post on
Facebook", "asked through an interpreter", "told a news conference") and a fronted one is not; a
body acting with no verb of saying carries no speaker (a declaration of a candidate elected, a fare
approval's effect, a board's dividend).

Conventions this set had to settle, in the same spirit:

* Samoan MATAI TITLES are part of the name the person is known by and stay in the label ("The
  Government Statistician, Lemalu Sefo Tauiliili-Brown," -> "Lemalu Sefo Tauiliili-Brown", and a
  later "Lemalu said" resolves to him, as a surname would; "Taulapapa Peni Aumua-Leavasa"), unlike
  the honorific "Hon." and the Malaysian "Datuk", which are dropped like "Ratu". Kept as parts of
  names: "Md." and the Malay "Mohd." ("Mohd. Faizal Osman-Lee"), and "Abd" in "Noraini Abd Rahman";
  a Malay given name used alone as the short reference ("Harun said") resolves to the full name.
  Dropped: "Governor", "District Judge", "Deputy Public Prosecutor", "Defence lawyer", "Ms", "Mr",
  "Mr.", "Dr.", "Prof.", "Hon.", "Datuk", "Managing director", "Chief executive", "Rovers chairman",
  "Former Cranes coach", "State public transport committee chairman".
* A firm's SUFFIX stays in its label as first given, stops and brackets included ("Kwena Platinum
  Mines (Pty) Ltd.", "Otjomuise Beverages (Pty) Ltd.", "Kinta Omnibus Sdn. Bhd.", "Lim Chu Kang
  Builders Pte Ltd" with none, "Agbara Consumer Foods Plc", "Analysts at Yaba Capital Ltd."); a
  group that speaks through analysts keeps them ("Analysts at Mona Heights Securities").
* A LIVE BLOG's key-point bullets and entry headlines are flagged by content ("Quota reached in the
  7th District" "W"; "Falzon-Sciberras concedes" "W", carrying the leader with cue "concedes"); a
  concession is a statement of record, the leader's quoted feelings are not. Party SAMPLE COUNTS
  ("put Labour about 29,000 votes ahead nationally, according to party sources") are a forecast of
  the result, ""; the sentence saying how samples are taken is methodology, "W". A reader's
  question ("Anthony, from St. Paul's Bay, asks: “...?”") is one sentence carrying the reader, cue
  "asks", ""; the blog's "A fair question, Anthony!" is "", and its answer stating the seals rule
  is "W".
* A lead-in without a verb of saying ("Under category D:") is "" and its bulleted rules are "W"
  with NO speaker, unlike a list after "The department says the following roads are closed:".
* In a SENTENCING report the judge's characterisation from the bench ("This was not a momentary
  lapse.") is part of the ruling, "W"; the prosecution's ask ("had asked for 12 to 14 months' jail,
  saying ...", cue "asked for") is of record, "W"; defence counsel's "deeply remorseful" is "" while
  his payment figure is "W"; "Mr Tan-Ferreira said his client was considering an appeal." is a
  plan, "".
* A DEFINITION under a question subhead ("A fall of ground is the collapse of rock ...") is "", a
  general explanation rather than a claim of record; the reporting rule stated after it is "W".
* A spokesperson who relays a minister's expectation carries the spokesperson as first given ("A
  spokesperson for Health Minister Carwyn Te Huia-Lockett"), "" for the expectation, "W" for the
  Budget figure.
* A ministry's DATED programme change ("would expand its coral transplant program ... from April")
  is a scheduled event set by those who run it, "W"; an undated or conditional one ("would be
  extended to 60 more schools next year if funding is approved", "planned to add 40 electric buses
  by 2029") is a plan, "".
* "Ltd" with no stop of its own in New Zealand style takes the sentence's full stop ("Te Rapa
  Specialist Rooms Ltd." / "The company ..."), like "Pty Ltd"; "Nig. Ltd." ends a publisher line
  before "RC 1184520" (two "B" sentences); "Co. Regn. No. 201904417K." is one sentence; "R.C."
  ends a sentence before "She" but not in "R.C. School"; "Utd." ends a sentence before "Kick-off"
  and a table row, not a sentence, in "3. Entebbe Utd. | 25 | 44"; "(pen.)" closes a score line.
* A market TICKER strip in the header ("NGX ASI ... | USD/NGN ... | Brent ...") and a reader-mode
  reading-time line ("6–8 minutes") are "B", like a weather strip.
"""

# ruff: noqa: E501, RUF100

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Jamaican BUSINESS DAILY\'S WEBSITE (Kingston), desktop browser paste, a CENTRAL BANK DECISION: the Bank of Jamaica cuts its policy rate 25 basis points to 5.50%, its first cut in 19 months. Head: masthead, menu, a log-in/subscribe line with a price, crumb (all "B"); headline of record "W"; standfirst "Governor says inflation has been inside the 4–6% target for 11 straight months" ("W", carrying the governor named in the body); byline with role, published line, share line (all "B"); a scene caption "" and its photographer credit "B". Body: the lead "... and said the decision ... was unanimous" (the bank as written, acronyms dropped, "W"); the rate\'s history and a PARENTHESIS HOLDING A FULL SENTENCE ("(The committee raised the rate ...)", its own sentence, "W"); the meeting dates with "Sept. 21 and 22," mid-sentence and "at 1 p.m." ENDING a sentence before "The next announcement ..." (both "W"); the governor (title dropped) with inflation "according to the Statistical Institute of Jamaica" inside his own sentence (his, "W") and a causal claim ("W"), a two-sentence quote and a readiness to reverse the cut (""); reserves "the bank said in its policy statement" (channel in the cue, "W") and "The bank projects" (a forecast, ""); the stock index\'s biggest gain since June and the exchange rate "according to the central bank\'s daily trading summary" ("W"); "Liguanea Commercial Bank Ltd." ENDING a sentence before "Its prime lending rate ... on Oct. 1, the bank said in a notice to customers." (both "W"); a building society\'s dated rate change ("W"); analysts\' and an economist\'s opinions and forecast, with "St. Elizabeth" inside a quoted question followed by "she asked." (one sentence, ""); the summary rule with a semicolon ("W"); a question subhead, a planner\'s advice and a store owner\'s anecdote with an ELLIPSIS BEFORE A LOWER-CASE WORD (all ""); a rate-decision table (title, header and source "B", rows ""). Tail: related label and one headline with "St. Catherine", copyright split at "Co. Ltd." before "All Rights Reserved.", legal links (all "B").',
    'New Zealand REGIONAL NEWS SITE (Hamilton), READER-MODE paste, a HOSPITAL WAITING-LIST STORY: 6,214 people in Waikato wait more than four months for a first specialist assessment, a record. Head, as reader mode leaves it: the domain, the headline (a record, "W"), byline with role, a date line with "5:00am", a reading-time line "6–8 minutes" ("B" apart from the headline); a standfirst of record "W". Body: figures released under the Official Information Act "show" (the document as written, "W"); the highest since 2019 and the full list ("W"); a caption with "Pembroke St," (no period) "" and a "Photo /" credit "B"; a "By the numbers" label "B" and FOUR LIST LINES of figures (each one sentence, "W"); the district\'s director of operations with a causal claim ("W"), a quote over two sentences and a plan (""); "Te Rapa Specialist Rooms Ltd." ("Ltd" with no stop of its own, taking the sentence\'s full stop) ENDING a sentence before "The company is paid $412 ..., according to a copy of the contract seen by the Record." (both "W"); the health target and the national rate "Health NZ\'s quarterly target report shows" ("W"); a patient\'s wait narrated with no verb of saying (no speaker, ""), her quote with an ellipsis before "and" and a quote of a QUESTION FOLLOWED BY NEW SENTENCES (all ""); a surgeon\'s opinion "" and his staffing figures with a causal clause "W"; a minister\'s spokesperson (label as written) with Budget money "W" and the minister\'s expectation ""; a question subhead and two lines of advice (""); the list\'s methodology with a semicolon and the next release date ("W"). Tail: the reporter\'s bio and contact line, a funding line (all "B").',
    'Samoan NEWSPAPER\'S WEBSITE (Apia), desktop browser paste, a CENSUS RELEASE: the preliminary count of the 2026 census puts the population at 211,394. Head: masthead, menu, a date-and-weather strip, crumb (all "B"); headline of record "W"; standfirst "Preliminary figures show ..." ("W", carrying the figures as written); byline, date line, share line (all "B"). Body: the lead "the Samoa Bureau of Statistics said on Monday" ("W"); the smallest increase since 1981 ("W"); the Government Statistician, named with his MATAI TITLE ("Lemalu Sefo Tauiliili-Brown", kept whole; later "Lemalu said" resolves to him) with a causal claim ("W") and a two-sentence quote (""); a caption with "Beach Rd., Apia," mid-sentence "" and a credit "B"; regional counts ("W") and households with a colon "the bureau said" ("W"); a census table (title, header and source "B", five rows ""); a question subhead ""; district figures ("W"); a pulenu\'u (his matai title kept) with a characterisation, a quote whose QUESTION "Who will plant the taro?” he said." follows a first sentence (one sentence each, "") and a plan (""); the tablet collection with a semicolon and the preliminary count\'s margin (methodology, "W"); the final results\' date ("W"); the finance minister ("Hon." dropped) with an opinion and a quote (""); "The bureau projects" (a forecast, ""); the report\'s price ENDING "on Beach Rd." before "The report is also free ..." (both "W"). Tail: a related line, a comments count, copyright split at "Ltd." before an address line with "Vaitele St.,", links (all "B").',
    'Singapore NEWS SITE, PHONE BROWSER paste, a COURT SENTENCING: a scaffolding firm\'s director is jailed 10 months after a worker\'s 14m fall at a Tengah site. Head: a menu/masthead/search line, an open-in-app banner, section label (all "B"); headline of record "W"; a listen line, byline, published and updated lines (in one paragraph), all "B"; a scene caption "" and a capitalised credit "B". Body: the lead ("W", no speaker); "Kranji Scaffold Engineering Pte. Ltd." ENDING a sentence before "The firm was fined S$280,000 ..." (both "W"); the plea under the Workplace Safety and Health Act ("W"); the worker with "Md." inside his name, "4.50pm on Jan. 19, 2026," mid-sentence ("W"); the judge ("District Judge" dropped) with her finding, "Jan. 5 and Jan. 12," mid-sentence, and her words from the bench over two sentences, "This was not a momentary lapse." included (all "W", a ruling); the prosecutor (title dropped) "had asked for ... saying" ("W"); defence counsel\'s remorse "" and his payment figure "W"; the judge on mitigation ("W"); the penalty rule ("W"); bail and surrender "on Aug. 26 at 2.30pm." ("W") and "Mr Tan-Ferreira said his client was considering an appeal." (a plan, ""); the worker\'s sister ("Ms" dropped) with an anecdote and a question "she asked through an interpreter." (channel in the cue, one sentence, ""); a scene and an advocate\'s "called" (""); the main contractor (descriptor dropped, "Lim Chu Kang Builders Pte Ltd" with no stops) with its actions ("W"); deaths "according to the Ministry of Manpower (MOM)" (acronym dropped) and a spokesman\'s stop-work orders ("W"); his advice (""). Tail: a WhatsApp-channel line, read-next label and one headline, copyright split at "Pte. Ltd." before "Co. Regn. No. 201904417K." and "All rights reserved.", links (all "B").',
    'Maltese NEWS SITE, desktop browser paste, a LIVE BLOG OF AN ELECTION COUNT at the Naxxar counting complex: turnout of 84.3%, the lowest since 1955, a first-count quota and a concession. Head: masthead, menu, "LIVE" tag (all "B"); headline of record "W"; a last-updated line, a two-name byline, share line (all "B"); a "Key points" label "B" and three bullets by content (turnout "the Electoral Commission says" "W"; party sample counts "according to party sources" "", a forecast; a concession "concedes in a Facebook post" "W"). Entries newest first, each with a TIME STAMP and an ENTRY BYLINE ("B"), two "Key event" tags and a "Pinned" tag ("B"): a first-count election with its quota and a record since 1996 (headline and two sentences, "W"); turnout "commission says" (headline) and "said" / "It said" ("W"); the sample counts ("") and how samples are taken (methodology, "W"); the concession "at 1.14 p.m. Sunday" ("W") and his quote, including a QUESTION FOLLOWED BY A NEW SENTENCE inside it ("", cue "wrote"); an explainer with a question subhead "", the STV rules with a semicolon and the commission\'s "says" on scanners ("W"); a READER\'S QUESTION "Anthony, from St. Paul\'s Bay, asks: “...?”" (one sentence, "", speaker "Anthony"), the blog\'s exclamation "A fair question, Anthony!" ("") and the seals rule ("W"); "opened at 8 a.m." ENDING a sentence before "Agents ..." (both "W", with "9.40 a.m." mid-sentence); a welcome with "St. Julian\'s" (""). Tail: a load-earlier line, a publisher line split at "p.l.c." before "Reg. No. C 48112.", copyright split at "p.l.c." before "All rights reserved.", links (all "B").',
    'South African REGIONAL NEWS SITE (Rustenburg), desktop browser paste, a MINING ACCIDENT: four dead and 11 rescued after a fall of ground at a platinum mine\'s No. 3 Shaft. Head: masthead, menu, sign-in line, crumb (all "B"); headline of record "W"; standfirst "... as company says seismic event caused the collapse" (a causal claim, "W", carrying the company as first given with its suffix, "Kwena Platinum Mines (Pty) Ltd."); byline, a date line with an update, share line (all "B"); a caption with "No. 3 Shaft" "" and an "Image:" credit "B". Body: the lead with "2.40 a.m. on", "No. 3 Shaft" and "(Pty) Ltd. near" mid-sentence ("W"); "The company said in a statement" a seismic event caused it (as written, "W") and the crew "the company said" ("W"); rescue times "10.15 a.m.," and "1.30 p.m." and hospital figures "according to the North West health department" ("W"); the unreleased names (""); "Kwena Resources Ltd." ENDING a sentence before "Its shares fell ..." (both "W"); the department\'s section 54 instruction and inquiry date ("W", "It said" resolving to the department); the national death toll "according to figures released by the department in January" and falls of ground ("W"); the union\'s general secretary with a causal claim ("W") and "The company denied this, saying ..." ("W"); his two-sentence quote (""); the memorial service "on Saturday at 10 a.m." ENDING a sentence before "Family members ..." ("W", then ""); relatives at the gate with "Boitekong Rd. before" mid-sentence ("", two); a wife\'s anecdote and a quote ending in a question with "she asked." (""); the chief executive\'s promises and quote (""); a question subhead and a definition (""); the reporting rule ("W"). Tail: a tip-off line, more-on label and one headline, copyright split at "(Pty) Ltd." before "All rights reserved.", a press-code line (all "B").',
    'Trinidadian NEWSPAPER\'S WEBSITE (Port of Spain), desktop browser paste, a SCHOOL RESULTS STORY: 71.4% of SEA pupils score above 50 per cent, the best since 2019. Head: masthead, menu, date line, crumb (all "B"); headline of record "W"; standfirst "Minister says extra Saturday maths classes ... lifted scores" (a causal claim, "W", carrying the minister in full); byline, a posted line with "2:35 p.m.", share line (all "B"); a caption with "R.C. School" "" and a capitalised credit "B". Body: the lead "the Ministry of Education said" (acronym dropped, "W"); the highest share since 2019 ("W"); the minister ("Dr." dropped) "told a news conference" at the "St. Clair" office with his causal claim ("W") and a two-sentence quote (""); average marks with a semicolon ("W"); "at 10 a.m." ENDING a sentence before "Parents could ..." (both "W"); the top pupil ENDING "attends Sangre Chiquito R.C." before "She scored ..." (both "W") and her exclamation with attribution "“I screamed!” Anaya said." and its continuation (""); a top-five list (label and source "B", five rows with "R.C.", "Govt." and "S.D.M.S." mid-line, ""); Tobago "the ministry said" and boys "according to the ministry\'s results summary" ("W"); placement rules and the literacy programme ("W"); a principals\' group leader\'s opinion and question with "he asked." (""); a scene; a mother\'s anecdote and a quote ending "Third choice is fine!” she said." (""); a question subhead ""; appeal dates "the ministry said" and the re-mark fee ("W"); the minister\'s conditional plan (""). Tail: related label and one headline, comments-closed line, copyright, links (all "B").',
    'Malaysian ENGLISH DAILY\'S AMP PAGE (Ipoh, Perak), AMP paste, a TRANSPORT FARE CHANGE: Ipoh bus fares rise 30 sen from Jan. 1, the first increase since 2019. Head: the AMP domain bar, masthead, crumb (all "B"); headline of record with "Jan. 1," ("W"); standfirst "Operator says its costs have risen 27% ..." (a causal claim, "W", carrying the operator as first given, "Kinta Omnibus Sdn. Bhd."); byline in capitals, a date line, share line, an advertisement slot (all "B"); a caption and its "— Filepic" credit pasted in one line (two sentences, "" and "B"). Body: "IPOH:" lead with "Sdn. Bhd.," mid-sentence, "the agency said" ("W", acronym dropped); fares and the first increase since 2019 ("W"); the Act\'s approval rule ("W"); "Bercham Transit Holdings Bhd." ENDING a sentence before "The group runs ..." (both "W"); the managing director ("Datuk" dropped) with a causal claim ("W") and a two-sentence quote (""); free-travel concessions "the agency said" ("W"); a fare table (title with "JAN. 1", header and source "B", four rows ""); the monthly pass ("W"); ridership "according to the company\'s annual report" and "Route No. 31," ("W"); "from 6 a.m. to 11 p.m." ENDING a sentence before "The company said it would consider ..." ("W", then a plan ""); the state committee chairman with "Mohd." kept in his name (a plan, ""); a commuters\' group\'s "called" and question with "he asked." (""); a factory worker with "Abd" in her name and "Jln. Tasek" mid-sentence, and a quote with an ELLIPSIS before "it adds up" (""); a question subhead and the operator\'s plans, "Harun said" resolving to the full name (""). Tail: related label and one headline, copyright with a registration number in brackets before "All Rights Reserved." (all "B").',
    'Namibian NEWS SITE (Windhoek), PHONE BROWSER paste, a DROUGHT AND WATER STORY: the capital\'s three supply dams fall to 9.6% and category D water restrictions begin. Head: a menu/masthead/subscribe line, a WhatsApp prompt, section label (all "B"); headline and standfirst of record ("W"); byline and a relative-time/read-time line ("B"); a scene caption "" and its credit "B". Body: dam levels "according to NamWater\'s weekly dam bulletin" ("W"); the lowest since 2016 ("W"); the water utility\'s spokesperson with rainfall and inflow figures ("W"); a dam-level table (title, header and source "B", three rows ""); "The City of Windhoek said" the start date ("W"); a lead-in "Under category D:" ("") and FOUR LIST LINES ending ";", ";", "; and" and "." (each one sentence, "W", no speaker); fines "the city said" ("W"); the strategic executive with a consumption figure ("W"), a target quoted as need (""), the reclamation plant\'s share "he said" ("W") and a borehole plan (""); a help desk "on Independence Ave." ENDING a sentence before "It opens ... from 8 a.m. to 4 p.m. and ..." (both "W"); bottled-water sales "according to the distributor, Otjomuise Beverages (Pty) Ltd." (descriptor dropped) ENDING before "The company delivered ..." (both "W"); a scene and a mother\'s anecdote with a question "she asked." (""); a farmers\' association\'s count ("W"); a question subhead, the utility\'s supply forecast and the weather service\'s "expects" (""). Tail: comments count and guidelines, also-like label and one headline, copyright with "(Pty) Ltd" and links in one line (all "B").',
    'Ugandan SPORTS SITE (Kampala), desktop browser paste, a FOOTBALL MATCH REPORT WITH STATISTICS: Nakivubo Rovers end Jinja Harbour\'s 14-match unbeaten run 3-1 at Kitende. Head: masthead, menu, crumb (all "B"); headline and standfirst of record ("W"); byline, date line, share line ("B"); a caption "" and a "PHOTO |" credit "B". Body: "KAMPALA –" lead with "St. Mary\'s Stadium, Kitende" ("W"); the scorer\'s goals, tally, "No. 9 shirt" and a club record ("W"); the penalty in "(45+2\')" and the winner ("W"); the referee\'s cards ("W"); the winning coach\'s opinion and a quote of a QUESTION FOLLOWED BY A NEW SENTENCE ending "Yes, every minute of it!” he said." (""); the losing coach\'s excuses (""); the table position ("W") and "a trip to Entebbe Utd." ENDING a sentence before "Kick-off is at 4pm on Wednesday." (both "W"); the crowd "according to the league\'s match report" ("W"); a chairman\'s win bonus ("W"); a question subhead and a former coach\'s forecast (""); MATCH STATISTICS (label and team header "B", seven rows ""); SCORERS (label "B", score lines with a semicolon and "(pen.)" ending a line, and a "Referee:" line, all ""); TOP OF THE TABLE (label and header "B", three rows with "Entebbe Utd." ending one, ""). Tail: more-sport label and one headline, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Nigerian BUSINESS NEWS SITE (Lagos), desktop browser paste, a CORPORATE RESULTS STORY: a listed food maker\'s nine-month profit before tax rises 41.4% to N38.6 billion. Head: masthead, menu, a market TICKER strip, crumb (all "B"); headline of record "W"; standfirst "Company says a steadier naira cut its foreign exchange losses by N21.4bn" ("W", carrying the company as first given, "Agbara Consumer Foods Plc"); byline, date line, share line (all "B"). Body: the lead "reported ... in unaudited results filed with the Nigerian Exchange (NGX)" ("W"); revenue with a causal clause "the company said" and volumes ("W"); FX losses "which the company attributed" ("W"); a highlights table (title and header "B", four rows "", source "B"); the managing director ("Mr." dropped) with wheat shares ("W"), a quote and a revenue forecast (""); "Sagamu Polymers Ltd." ENDING a sentence before "The sale brought in ..." (both "W"); "stock, machinery, etc." ENDING a sentence before "The floods hit ..." (both "W"); value packs with "i.e." mid-sentence ("W"); the dividend with "Nov. 30" mid-sentence and "Nov. 12." ending it ("W"); the share price\'s biggest rise since listing ("W"); "Analysts at Yaba Capital Ltd. said" an estimate ("W"); a research head\'s opinion and a question with "she asked." (""); food inflation "according to the National Bureau of Statistics" ("W"); a question subhead and the company\'s pricing plan, "Bankole-Eze said" (""); the AGM date and shareholding ("W"). Tail: related label and one headline, a disclaimer, a publisher line ending "Nig. Ltd." before "RC 1184520" (two sentences; all "B").',
    'Japanese ENGLISH-LANGUAGE DAILY\'S WEBSITE, desktop browser paste, a SCIENCE STUDY: coral cover in Sekisei Lagoon, Okinawa, falls to 18.4% after the 2026 bleaching. Head: masthead, menu, crumb (all "B"); headline "..., survey finds" ("W", carrying the survey as the body gives it) and a standfirst "Researchers say ..." (a forecast, ""); byline, date line, share line ("B"); a caption "" and a capitalised courtesy credit "B". Body: "NAHA –" lead "according to a survey by researchers from ... published on Tuesday" (the document as written, "W"); the lowest since 2003 ("W"); methodology with "Oct. 4 and Nov. 19," mid-sentence and its limits "The researchers note" ("W"); sea temperatures "according to the Japan Meteorological Agency" ("W"); the lead author ("Prof." dropped) with a finding ("W") and a two-sentence quote (""); losses by coral type ("W"); funding ENDING "Sakishima Diving Co., Ltd." before "The company runs dive tours ..., the authors said." (both "W"); the lead author\'s hedged forecast (""); bleaching years "according to the ministry\'s monitoring records" ("W"); a ministry official\'s dated programme expansion ("W"); an outside ecologist\'s "called" (""); a dive-shop owner\'s anecdote and a quote of a QUESTION FOLLOWED BY A NEW SENTENCE (""); a scene with "Mt. Omoto," (""); the ministry\'s advice "says" (""); a symposium "at 2 p.m." ENDING a sentence before "Admission is free." (both "W"). Tail: a journal reference line kept whole at "et al." and the title\'s full stops, related label and one headline, copyright split at "Co., Ltd." before "All rights reserved." (all "B").',
]


ARTICLES = [
    [
        [
            ("THE HARBOUR STREET JOURNAL", "", "", "B"),
        ],
        [
            (
                "Home  News  Business  Sport  Entertainment  Lifestyle  Opinion  E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Log in | Subscribe from J$1,500 a month", "", "", "B"),
        ],
        [
            ("Business › Economy", "", "", "B"),
        ],
        [
            ("BOJ cuts policy rate to 5.50%, first reduction in 19 months", "", "", "W"),
        ],
        [
            (
                "Governor says inflation has been inside the 4–6% target for 11 straight months",
                "Lascelles Blackwood-Lyn",
                "says",
                "W",
            ),
        ],
        [
            ("Tamika Rhoden-Ferguson/Senior Business Reporter", "", "", "B"),
        ],
        [
            ("Published: Thursday | September 23, 2027 | 12:07 AM", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  LinkedIn  Email", "", "", "B"),
        ],
        [
            (
                "Governor Lascelles Blackwood-Lyn takes questions at the Bank of Jamaica's quarterly press briefing at Nethersole Place, downtown Kingston, on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Rudolph Ashmeade-Grant/Photographer", "", "", "B"),
        ],
        [
            (
                "The Bank of Jamaica (BOJ) on Wednesday cut its policy interest rate by 25 basis points to 5.50 per cent, its first reduction since February 2026, and said the decision of its Monetary Policy Committee (MPC) was unanimous.",
                "the Bank of Jamaica",
                "said",
                "W",
            ),
        ],
        [
            (
                "The rate, which the central bank pays commercial banks on overnight deposits, is back where it stood before an increase in February 2026.",
                "",
                "",
                "W",
            ),
            (
                "(The committee raised the rate by 25 basis points that month after a jump in the price of imported rice and cooking oil.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The MPC met on Sept. 21 and 22, and the decision was announced at 1 p.m.",
                "",
                "",
                "W",
            ),
            ("The next announcement is scheduled for Nov. 18.", "", "", "W"),
        ],
        [
            (
                "Governor Lascelles Blackwood-Lyn told journalists that annual inflation stood at 4.3 per cent in August, according to the Statistical Institute of Jamaica (STATIN), and had been inside the bank's target range of 4 to 6 per cent for 11 consecutive months.",
                "Lascelles Blackwood-Lyn",
                "told journalists",
                "W",
            ),
        ],
        [
            (
                "He said cheaper imported grain and fuel accounted for about half of the fall in inflation since March, when it was 5.6 per cent.",
                "Lascelles Blackwood-Lyn",
                "said",
                "W",
            ),
        ],
        [
            ("“We are not declaring victory.", "Lascelles Blackwood-Lyn", "said", ""),
            (
                "We are saying the ground is firm enough to take one careful step,” he said.",
                "Lascelles Blackwood-Lyn",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the committee stood ready to reverse the cut “if the data turn against us.”",
                "Lascelles Blackwood-Lyn",
                "said",
                "",
            ),
        ],
        [
            (
                "Net international reserves were US$6.14 billion at the end of August, equal to 27 weeks of imports of goods and services, the bank said in its policy statement.",
                "the bank",
                "said in its policy statement",
                "W",
            ),
        ],
        [
            (
                "The bank projects that inflation will average between 4 and 5 per cent over the next eight quarters.",
                "The bank",
                "projects",
                "",
            ),
        ],
        [
            (
                "The JSE Main Index rose 1.2 per cent to 338,412.55 points on Wednesday, its biggest one-day gain since June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Jamaican dollar closed at J$158.42 to the US dollar, according to the central bank's daily trading summary, little changed from J$158.37 on Tuesday.",
                "the central bank's daily trading summary",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Within three hours of the announcement, two lenders had announced cuts of their own, starting with Liguanea Commercial Bank Ltd.",
                "",
                "",
                "W",
            ),
            (
                "Its prime lending rate falls from 13.25 per cent to 13.00 per cent on Oct. 1, the bank said in a notice to customers.",
                "the bank",
                "said in a notice to customers",
                "W",
            ),
        ],
        [
            (
                "Blue Mahoe Building Society said its variable mortgage rate would fall by 0.20 percentage points from Nov. 1, affecting about 9,800 borrowers.",
                "Blue Mahoe Building Society",
                "said",
                "W",
            ),
        ],
        [
            (
                "Analysts at Mona Heights Securities said the cut was “well telegraphed” and expected one more before the end of March.",
                "Analysts at Mona Heights Securities",
                "said",
                "",
            ),
        ],
        [
            (
                "Sharlene Gayle-Ebanks, chief economist at Palisadoes Investment Group, said the bank could have waited until the hurricane season was over.",
                "Sharlene Gayle-Ebanks",
                "said",
                "",
            ),
            (
                "“What happens to food prices if a storm takes out the St. Elizabeth crop in October?” she asked.",
                "Sharlene Gayle-Ebanks",
                "asked",
                "",
            ),
        ],
        [
            (
                "Under the Bank of Jamaica Act, the MPC must publish a summary of its deliberations after each decision; the summary of this week's meeting is due on Oct. 6.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What does the cut mean for borrowers?", "", "", ""),
        ],
        [
            (
                "Kimone Latibeaudiere-Small, a financial planner in Mandeville, said borrowers with variable-rate loans should ask their banks in writing when the cut will reach their statements.",
                "Kimone Latibeaudiere-Small",
                "said",
                "",
            ),
        ],
        [
            (
                "Delroy Whyte-Henriques, who runs a hardware store in May Pen, said his business overdraft had cost him J$41,000 in interest last month.",
                "Delroy Whyte-Henriques",
                "said",
                "",
            ),
            (
                "“Every little bit helps… but a quarter of a point is not going to buy me a new truck,” he said.",
                "Delroy Whyte-Henriques",
                "said",
                "",
            ),
        ],
        [
            ("POLICY RATE DECISIONS, 2026–2027", "", "", "B"),
        ],
        [
            ("Date | Decision | Rate", "", "", "B"),
        ],
        [
            ("Feb. 18, 2026 | Raised 25 bp | 5.75%", "", "", ""),
        ],
        [
            ("March 31, 2026 – Aug. 17, 2027 | Held at 11 meetings | 5.75%", "", "", ""),
        ],
        [
            ("Sept. 22, 2027 | Cut 25 bp | 5.50%", "", "", ""),
        ],
        [
            ("Source: Bank of Jamaica", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Mortgage lenders brace for slower home sales in St. Catherine", "", "", "B"),
        ],
        [
            ("Copyright 2027 Harbour Street Publishing Co. Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Use | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("awarecord.co.nz", "", "", "B"),
        ],
        [
            ("Waikato's wait for a first specialist appointment hits record 6,214", "", "", "W"),
        ],
        [
            ("Hinewai Potae-Whitcombe, Health Reporter", "", "", "B"),
        ],
        [
            ("Tuesday 14 September 2027, 5:00am", "", "", "B"),
        ],
        [
            ("6–8 minutes", "", "", "B"),
        ],
        [
            (
                "More than 6,200 people in Waikato have waited longer than four months for a first specialist appointment, up 38% in a year, and ear, nose and throat patients are waiting longest.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Figures released by Health New Zealand – Te Whatu Ora under the Official Information Act show 6,214 people in the Waikato district had waited more than four months for a first specialist assessment at the end of July, up from 4,503 a year earlier.",
                "Figures released by Health New Zealand – Te Whatu Ora under the Official Information Act",
                "show",
                "W",
            ),
        ],
        [
            (
                "It is the highest number for the district since the current reporting series began in 2019.",
                "",
                "",
                "W",
            ),
            (
                "The full list, including people who have waited less than four months, stood at 19,870.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The outpatient entrance at Waikato Hospital on Pembroke St, Hamilton.", "", "", ""),
        ],
        [
            ("Photo / Tama Waerea-Quinn", "", "", "B"),
        ],
        [
            ("By the numbers", "", "", "B"),
        ],
        [
            ("6,214 waiting more than four months for a first specialist assessment", "", "", "W"),
        ],
        [
            (
                "2,941 waiting more than four months for surgery after being accepted for it",
                "",
                "",
                "W",
            ),
        ],
        [
            ("1,137 ENT patients waiting more than a year, the most of any specialty", "", "", "W"),
        ],
        [
            ("41% of gynaecology patients seen within four months, down from 63%", "", "", "W"),
        ],
        [
            (
                "Rangi Tūhoe-Marsden, Health NZ's group director of operations for Waikato, said the rise was mainly caused by the loss of nine ear, nose and throat and gynaecology specialists since March, three of whom had moved to Australia.",
                "Rangi Tūhoe-Marsden",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I'm not going to pretend these numbers are anything other than bad,” she said.",
                "Rangi Tūhoe-Marsden",
                "said",
                "",
            ),
            (
                "“People are waiting in pain, and some of them are getting sicker while they wait.”",
                "Rangi Tūhoe-Marsden",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the district would send about 1,400 ENT and gynaecology assessments to private providers over the next six months.",
                "Rangi Tūhoe-Marsden",
                "said",
                "",
            ),
        ],
        [
            (
                "The first 310 were done in July and August by Te Rapa Specialist Rooms Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The company is paid $412 for each assessment, according to a copy of the contract seen by the Record.",
                "a copy of the contract seen by the Record",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Under the Government's health targets, 95% of patients should wait less than four months for a first specialist assessment.",
                "",
                "",
                "W",
            ),
            (
                "Nationally, 61.4% were seen within that time in the year to June, Health NZ's quarterly target report shows.",
                "Health NZ's quarterly target report",
                "shows",
                "W",
            ),
        ],
        [
            (
                "Glenys Arapeta-Kwok, 67, of Te Awamutu, was referred for a hearing assessment in March 2026 and is still waiting.",
                "",
                "",
                "",
            ),
            (
                "“I got a letter in May that said ‘soon’… and that was last year,” she said.",
                "Glenys Arapeta-Kwok",
                "said",
                "",
            ),
            ("“Would I pay to go private?", "Glenys Arapeta-Kwok", "said", ""),
            ("I can't, not on the pension.", "Glenys Arapeta-Kwok", "said", ""),
            ("My daughter has offered, and I've said no.”", "Glenys Arapeta-Kwok", "said", ""),
        ],
        [
            (
                "Matiu Brennan-Hōhaia, a senior ENT surgeon at Waikato Hospital, said outsourcing was “a sticking plaster on a haemorrhage.”",
                "Matiu Brennan-Hōhaia",
                "said",
                "",
            ),
            (
                "He said the hospital had 11 ENT surgeons on its roster in 2024 and has six now, and that its two ENT theatres ran on four days a week instead of five from June because of a shortage of anaesthetic technicians.",
                "Matiu Brennan-Hōhaia",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for Health Minister Carwyn Te Huia-Lockett said the Government had added $38 million for planned care in Waikato in the 2027 Budget.",
                "A spokesperson for Health Minister Carwyn Te Huia-Lockett",
                "said",
                "W",
            ),
            (
                "The minister expected “to see those numbers turn around by Christmas,” the spokesperson said.",
                "A spokesperson for Health Minister Carwyn Te Huia-Lockett",
                "said",
                "",
            ),
        ],
        [
            ("What can patients do while they wait?", "", "", ""),
        ],
        [
            (
                "Patients whose symptoms get worse should go back to their GP, who can ask for the referral to be looked at again.",
                "",
                "",
                "",
            ),
            (
                "Anyone with sudden hearing loss should go to an emergency department the same day.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The figures count only patients whose referrals were accepted; people whose referrals were declined, about 2,300 in Waikato in the past year, do not appear on the list.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Health NZ publishes its next quarterly planned-care figures on 28 October.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Hinewai Potae-Whitcombe is the Awa Record's health reporter.", "", "", "B"),
            ("She can be reached at hinewai.pw@awarecord.co.nz.", "", "", "B"),
        ],
        [
            (
                "This story was produced with support from the Kōtuku Health Reporting Fund.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE APIA TIDE", "", "", "B"),
        ],
        [
            ("News  Politics  Business  Pacific  Sports  Faith  Opinion  Classifieds", "", "", "B"),
        ],
        [
            ("Tuesday, March 9, 2027 | Apia 29°C", "", "", "B"),
        ],
        [
            ("Home / News / Local", "", "", "B"),
        ],
        [
            ("Census count puts Samoa's population at 211,394", "", "", "W"),
        ],
        [
            (
                "Preliminary figures show Apia growing while Savai'i loses people for a second census in a row",
                "Preliminary figures",
                "show",
                "W",
            ),
        ],
        [
            ("By Talalelei Fa'asavalu-Hunkin", "", "", "B"),
        ],
        [
            ("09 March 2027, 6:30 am", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Copy link", "", "", "B"),
        ],
        [
            (
                "Samoa's population was 211,394 on census night, 6 November 2026, up 2.8 per cent from the 2021 count, the Samoa Bureau of Statistics said on Monday as it released the preliminary results of the 2026 Population and Housing Census.",
                "the Samoa Bureau of Statistics",
                "said",
                "W",
            ),
        ],
        [
            (
                "The count is 5,714 higher than five years ago, the smallest five-year increase recorded by any census since 1981.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Government Statistician, Lemalu Sefo Tauiliili-Brown, said the slower growth was mainly the result of emigration, with about 9,300 people leaving on seasonal work schemes to New Zealand and Australia in the year before the census.",
                "Lemalu Sefo Tauiliili-Brown",
                "said",
                "W",
            ),
            (
                "“Every family in this country knows someone who is away picking fruit or working in a meat plant,” he said.",
                "Lemalu Sefo Tauiliili-Brown",
                "said",
                "",
            ),
            ("“The census simply puts a number on it.”", "Lemalu Sefo Tauiliili-Brown", "said", ""),
        ],
        [
            (
                "Enumerators with their tablets before setting out from the bureau's office on Beach Rd., Apia, in November.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Samoa Bureau of Statistics", "", "", "B"),
        ],
        [
            (
                "The Apia Urban Area grew 6.1 per cent to 39,812 people, and North West Upolu, which includes the villages along the road to Faleolo, grew 7.4 per cent to 61,205.",
                "",
                "",
                "W",
            ),
            ("Savai'i fell 2.3 per cent to 42,117, its second fall in a row.", "", "", "W"),
        ],
        [
            (
                "Households rose faster than people: the count found 36,944 private households, up 6.5 per cent, and the average household shrank from 5.9 people to 5.7, the bureau said.",
                "the bureau",
                "said",
                "W",
            ),
        ],
        [
            ("PRELIMINARY COUNT BY REGION", "", "", "B"),
        ],
        [
            ("Region | 2021 | 2026 | Change", "", "", "B"),
        ],
        [
            ("Apia Urban Area | 37,524 | 39,812 | +6.1%", "", "", ""),
        ],
        [
            ("North West Upolu | 56,985 | 61,205 | +7.4%", "", "", ""),
        ],
        [
            ("Rest of Upolu | 68,061 | 68,260 | +0.3%", "", "", ""),
        ],
        [
            ("Savai'i | 43,110 | 42,117 | –2.3%", "", "", ""),
        ],
        [
            ("Samoa | 205,680 | 211,394 | +2.8%", "", "", ""),
        ],
        [
            ("Source: Samoa Bureau of Statistics, 2026 Census preliminary results", "", "", "B"),
        ],
        [
            ("Why is Savai'i shrinking?", "", "", ""),
        ],
        [
            (
                "Lemalu said that of the 11 districts on Savai'i, nine recorded fewer people than in 2021, and that young adults aged 20 to 34 accounted for most of the fall.",
                "Lemalu Sefo Tauiliili-Brown",
                "said",
                "W",
            ),
            (
                "He said many had moved to Upolu for work and school rather than overseas.",
                "Lemalu Sefo Tauiliili-Brown",
                "said",
                "W",
            ),
        ],
        [
            (
                "Taulapapa Peni Aumua-Leavasa, the pulenu'u of a village near Salelologa, said his village had lost “its best young men” to the schemes.",
                "Taulapapa Peni Aumua-Leavasa",
                "said",
                "",
            ),
            (
                "“On Sunday the church is full of grandparents and little children.",
                "Taulapapa Peni Aumua-Leavasa",
                "said",
                "",
            ),
            ("Who will plant the taro?” he said.", "Taulapapa Peni Aumua-Leavasa", "said", ""),
        ],
        [
            (
                "He said the village council would ask families to bring workers home for the planting season in September.",
                "Taulapapa Peni Aumua-Leavasa",
                "said",
                "",
            ),
        ],
        [
            (
                "The census was the first in Samoa to be collected entirely on tablets; the bureau hired 612 enumerators and 68 supervisors, who visited every household between 6 and 27 November.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The preliminary count is based on enumerators' summary sheets, and the final figures may differ from it by up to 1 per cent, the bureau said.",
                "the bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "Final results, including figures on age, religion, language and education, are scheduled for release in September.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Minister of Finance, Hon. Malia Lauina-Schmidt, said the figures would shape the next budget.",
                "Malia Lauina-Schmidt",
                "said",
                "",
            ),
            (
                "“We plan schools, clinics and roads for the people we have, not the people we had,” she said.",
                "Malia Lauina-Schmidt",
                "said",
                "",
            ),
        ],
        [
            (
                "The bureau projects that the population will pass 220,000 by 2031 if emigration stays at its current level.",
                "The bureau",
                "projects",
                "",
            ),
        ],
        [
            (
                "Printed copies of the preliminary report cost 20 tala and can be bought at the bureau's office on Beach Rd.",
                "",
                "",
                "W",
            ),
            ("The report is also free to download from the bureau's website.", "", "", "W"),
        ],
        [
            ("Related: Seasonal workers sent home $118m last year, central bank says", "", "", "B"),
        ],
        [
            ("Comments (6)", "", "", "B"),
        ],
        [
            ("© 2027 Apia Tide Publishing Ltd.", "", "", "B"),
            ("Level 2, Vaitele St., Apia, Samoa.", "", "", "B"),
        ],
        [
            ("Contact | Advertise | Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("Menu  KALLANG DAILY  Search", "", "", "B"),
        ],
        [
            ("Read in the app for a better experience  OPEN", "", "", "B"),
        ],
        [
            ("Singapore  Courts & Crime", "", "", "B"),
        ],
        [
            (
                "Scaffolding firm director jailed 10 months after worker's 14m fall at Tengah site",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Listen to this article · 4 min", "", "", "B"),
        ],
        [
            ("Farhan Iskandar-Lim", "", "", "B"),
        ],
        [
            ("Published Aug 12, 2027, 05:40 PM", "", "", "B"),
            ("Updated Aug 12, 2027, 09:15 PM", "", "", "B"),
        ],
        [
            ("Ong Wee Kiat leaving the State Courts with his lawyer on Thursday.", "", "", ""),
        ],
        [
            ("PHOTO: KALLANG DAILY FILE", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – The director of a scaffolding firm was jailed for 10 months on Thursday after a worker fell 14m to his death from scaffolding that had been put up without guard-rails at a Tengah housing site.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ong Wee Kiat, 52, is the sole director of Kranji Scaffold Engineering Pte. Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The firm was fined S$280,000 in May after it pleaded guilty to failing to ensure the safety of its workers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ong pleaded guilty in July to one charge under the Workplace Safety and Health Act of failing, as an officer of the company, to take reasonable care that it met its safety duties.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The worker, Bangladeshi national Md. Rashedul Karim-Hossain, 31, fell from the fifth level of the scaffold at about 4.50pm on Jan. 19, 2026, while taking down boards, and died in hospital the same night.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "District Judge Sharmila Veerappan-Koh said Ong had ignored two written warnings from the main contractor's safety officer, on Jan. 5 and Jan. 12, that the guard-rails on the west face of the scaffold were missing.",
                "Sharmila Veerappan-Koh",
                "said",
                "W",
            ),
            (
                "“The accused was told twice, in writing, and did nothing,” the judge said.",
                "Sharmila Veerappan-Koh",
                "said",
                "W",
            ),
            ("“This was not a momentary lapse.”", "Sharmila Veerappan-Koh", "said", "W"),
        ],
        [
            (
                "Deputy Public Prosecutor Nur Hidayah Rahmat-Seow had asked for 12 to 14 months' jail, saying the firm had saved about S$9,000 by not hiring a scaffold supervisor for the site.",
                "Nur Hidayah Rahmat-Seow",
                "asked for",
                "W",
            ),
        ],
        [
            (
                "Defence lawyer Raphael Tan-Ferreira said his client was “deeply remorseful” and had not slept properly since the accident.",
                "Raphael Tan-Ferreira",
                "said",
                "",
            ),
            (
                "He said Ong had paid S$60,000 of his own money to the worker's family in Sylhet.",
                "Raphael Tan-Ferreira",
                "said",
                "W",
            ),
        ],
        [
            (
                "The judge said the payment was a mitigating factor but could not outweigh “a deliberate choice to save money on the one thing that keeps men alive at height.”",
                "Sharmila Veerappan-Koh",
                "said",
                "W",
            ),
        ],
        [
            (
                "An officer of a company convicted of the offence can be fined up to S$200,000, jailed for up to two years, or both.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ong, who is out on bail of S$30,000, is to surrender himself at the State Courts on Aug. 26 at 2.30pm.",
                "",
                "",
                "W",
            ),
            (
                "Mr Tan-Ferreira said his client was considering an appeal.",
                "Raphael Tan-Ferreira",
                "said",
                "",
            ),
        ],
        [
            (
                "The worker's elder sister, Ms Shirin Akter-Karim, who flew in from Dhaka for the hearing, said the family had been living on loans since January.",
                "Shirin Akter-Karim",
                "said",
                "",
            ),
            (
                "“Ten months, and my brother is gone for ever?” she asked through an interpreter.",
                "Shirin Akter-Karim",
                "asked through an interpreter",
                "",
            ),
        ],
        [
            (
                "Outside the State Courts in Havelock Square, about a dozen of his former co-workers waited in the rain for the family.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Aaron Devaraj-Pang, who heads the migrant workers' group Safe Hands Collective, called the sentence “a clear signal to every subcontractor who thinks a fine is just a cost of doing business.”",
                "Aaron Devaraj-Pang",
                "called",
                "",
            ),
        ],
        [
            (
                "The main contractor, Lim Chu Kang Builders Pte Ltd, said it had ended its contract with Kranji Scaffold in February and had since hired two more safety officers for the site.",
                "Lim Chu Kang Builders Pte Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "There were 36 workplace deaths in Singapore last year, nine of them from falls from height, according to the Ministry of Manpower (MOM).",
                "the Ministry of Manpower",
                "according to",
                "W",
            ),
            (
                "A MOM spokesman said it had issued 214 stop-work orders in the first half of this year, up from 171 in the same period last year.",
                "A MOM spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said employers should check guard-rails and toe-boards at the start of every shift, and that workers could report unsafe sites to the ministry anonymously.",
                "A MOM spokesman",
                "said",
                "",
            ),
        ],
        [
            (
                "Join Kallang Daily's WhatsApp channel and get the latest news and must-reads.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("READ NEXT", "", "", "B"),
        ],
        [
            ("Two firms fined $410,000 over worker's death in Tuas shipyard", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Kallang Daily Media Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 201904417K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms & Conditions  Privacy Policy  Back to top", "", "", "B"),
        ],
    ],
    [
        [
            ("MARSAMXETT POST", "", "", "B"),
        ],
        [
            (
                "Local  Politics  Business  World  Sport  Comment  Obituaries  Newsletters",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            (
                "Election 2027 live: turnout drops to 84.3% as counting gets under way at Naxxar",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Last updated: Sunday 27 June 2027, 15:42", "", "", "B"),
        ],
        [
            ("Live coverage by Maria Azzopardi-Grech and Kurt Mifsud-Bonello", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  Copy link", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "Turnout was 84.3 per cent, the lowest since 1955, the Electoral Commission says",
                "the Electoral Commission",
                "says",
                "W",
            ),
        ],
        [
            (
                "Party sample counts put Labour about 29,000 votes ahead nationally, according to party sources",
                "party sources",
                "according to",
                "",
            ),
        ],
        [
            (
                "Nationalist leader Adrian Falzon-Sciberras concedes in a Facebook post",
                "Adrian Falzon-Sciberras",
                "concedes in a Facebook post",
                "W",
            ),
        ],
        [
            ("15:42", "", "", "B"),
        ],
        [
            ("Kurt Mifsud-Bonello", "", "", "B"),
        ],
        [
            ("Quota reached in the 7th District", "", "", "W"),
        ],
        [
            (
                "Yvette Borg-Camilleri has been declared elected on the first count in the 7th District with 6,204 first-preference votes, 418 above the quota of 5,786.",
                "",
                "",
                "W",
            ),
            (
                "She is the first woman to be elected on the first count in the district since 1996.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("14:35", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("Kurt Mifsud-Bonello", "", "", "B"),
        ],
        [
            ("Turnout lowest since 1955, commission says", "the Electoral Commission", "says", "W"),
        ],
        [
            (
                "The Electoral Commission said 312,907 of the 371,191 registered voters cast a ballot on Saturday, a turnout of 84.3 per cent.",
                "the Electoral Commission",
                "said",
                "W",
            ),
            (
                "It said that was the lowest turnout in a general election since 1955, and 1.3 points below the last election.",
                "the Electoral Commission",
                "said",
                "W",
            ),
        ],
        [
            ("13:50", "", "", "B"),
        ],
        [
            ("Maria Azzopardi-Grech", "", "", "B"),
        ],
        [
            (
                "Both parties' sample counts put Labour ahead by about 29,000 votes nationally, according to party sources.",
                "party sources",
                "according to",
                "",
            ),
            (
                "Samples are taken from a share of ballot papers in every district before the official count and are not an official result.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("13:20", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("Maria Azzopardi-Grech", "", "", "B"),
        ],
        [
            ("Falzon-Sciberras concedes", "Adrian Falzon-Sciberras", "concedes", "W"),
        ],
        [
            (
                "Nationalist Party leader Adrian Falzon-Sciberras conceded in a post on Facebook at 1.14 p.m. Sunday.",
                "Adrian Falzon-Sciberras",
                "conceded in a post on Facebook",
                "W",
            ),
            (
                "“The people have spoken, and we accept their verdict with humility,” he wrote.",
                "Adrian Falzon-Sciberras",
                "wrote",
                "",
            ),
            ("“Did we make mistakes?", "Adrian Falzon-Sciberras", "wrote", ""),
            (
                "Of course we did, and we will own every one of them.”",
                "Adrian Falzon-Sciberras",
                "wrote",
                "",
            ),
        ],
        [
            ("12:45", "", "", "B"),
        ],
        [
            ("Kurt Mifsud-Bonello", "", "", "B"),
        ],
        [
            ("How does the count work?", "", "", ""),
        ],
        [
            (
                "Each of the 13 districts elects five MPs under the single transferable vote.",
                "",
                "",
                "W",
            ),
            (
                "The quota is the number of valid votes in a district divided by six, plus one; a candidate who reaches it is elected, and any surplus is passed on to the voters' next preferences.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ballot papers are read by scanners, but each district's ballots must first be sorted and checked by hand, the commission says.",
                "the commission",
                "says",
                "W",
            ),
        ],
        [
            ("11:58", "", "", "B"),
        ],
        [
            ("Maria Azzopardi-Grech", "", "", "B"),
        ],
        [
            (
                "Anthony, from St. Paul's Bay, asks: “Why do we still wait until Sunday afternoon for a result when other countries know by midnight?”",
                "Anthony",
                "asks",
                "",
            ),
        ],
        [
            ("A fair question, Anthony!", "", "", ""),
            (
                "Ballot boxes from all 13 districts are brought to Naxxar overnight, and none can be opened until the commission has checked its seals.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("11:15", "", "", "B"),
        ],
        [
            ("Kurt Mifsud-Bonello", "", "", "B"),
        ],
        [
            ("The first ballot boxes were opened at 8 a.m.", "", "", "W"),
            (
                "Agents from both parties watched each seal being broken, and the sorting of ballot papers by candidate began at 9.40 a.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("10:30", "", "", "B"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            ("Maria Azzopardi-Grech", "", "", "B"),
        ],
        [
            (
                "Good morning, and welcome to our live coverage of the general election count.",
                "",
                "",
                "",
            ),
            (
                "We'll bring you every first-count result, the reactions from both camps and the numbers that matter, from the counting complex at Naxxar and from party clubs in St. Julian's, Żebbuġ and Birgu.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            ("Marsamxett Post is published by Marsamxett Media p.l.c.", "", "", "B"),
            ("Reg. No. C 48112.", "", "", "B"),
        ],
        [
            ("© 2027 Marsamxett Media p.l.c.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy  Cookie settings  Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("PLATINUM BELT MONITOR", "", "", "B"),
        ],
        [
            ("News  Mining  Business  Sport  Lifestyle  Opinion  Jobs  Notices", "", "", "B"),
        ],
        [
            ("Sign in | Register", "", "", "B"),
        ],
        [
            ("News › North West", "", "", "B"),
        ],
        [
            (
                "Four miners killed, 11 rescued after fall of ground at Rustenburg platinum shaft",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Work halted at No. 3 Shaft as company says seismic event caused the collapse",
                "Kwena Platinum Mines (Pty) Ltd.",
                "says",
                "W",
            ),
        ],
        [
            ("Lesego Molefe-Harding", "", "", "B"),
        ],
        [
            ("03 November 2027 - 14:20 | Updated 03 November 2027 - 18:05", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  Email", "", "", "B"),
        ],
        [
            (
                "Relatives wait at the main gate of the No. 3 Shaft on Wednesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Image: Kabelo Tsatsi-Venter", "", "", "B"),
        ],
        [
            (
                "RUSTENBURG – Four mineworkers were killed and 11 others were brought to the surface alive after a fall of ground at about 2.40 a.m. on Wednesday at the No. 3 Shaft of Kwena Platinum Mines (Pty) Ltd. near Rustenburg.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company said in a statement that a seismic event of magnitude 2.1, recorded by its own monitoring network at 2.38 a.m., had caused the fall of ground in a stope about 1,120m below surface.",
                "The company",
                "said in a statement",
                "W",
            ),
            (
                "The 15 workers were part of a night-shift crew of 62 on 24 level, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rescue teams reached the trapped workers at 10.15 a.m., and the last of the 11 survivors was brought to the surface at 1.30 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Seven of them were taken to hospital in Rustenburg, two with serious injuries, according to the North West health department.",
                "the North West health department",
                "according to",
                "W",
            ),
        ],
        [
            ("The names of the dead have not yet been released.", "", "", ""),
        ],
        [
            ("The mine is owned by Kwena Resources Ltd.", "", "", "W"),
            (
                "Its shares fell 6.2% to R48.17 on the JSE on Wednesday, their biggest one-day fall since March 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Department of Mineral and Petroleum Resources said its inspectors had issued an instruction under section 54 of the Mine Health and Safety Act halting all work at the shaft, which employs about 2,300 people.",
                "The Department of Mineral and Petroleum Resources",
                "said",
                "W",
            ),
            (
                "It said an inquiry into the accident would open on Nov. 17 in Rustenburg.",
                "The Department of Mineral and Petroleum Resources",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deaths in South Africa's mines fell to 39 last year, the lowest annual number on record, according to figures released by the department in January.",
                "figures released by the department in January",
                "according to",
                "W",
            ),
            (
                "Falls of ground caused 14 of those deaths, more than any other single cause.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tumelo Dikgale-Brand, general secretary of the Bojanala Mineworkers' Alliance, which represents about 1,900 workers at the shaft, said the accident happened because the company had cut the number of support installers on the night shift from six to three in August.",
                "Tumelo Dikgale-Brand",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company denied this, saying night-shift support crews had been reorganised in August but not reduced.",
                "The company",
                "denied",
                "W",
            ),
        ],
        [
            ("“They can call it a seismic event if they like.", "Tumelo Dikgale-Brand", "said", ""),
            (
                "We call it four men who should be home with their children,” Dikgale-Brand said.",
                "Tumelo Dikgale-Brand",
                "said",
                "",
            ),
        ],
        [
            (
                "The union said it would hold a memorial service at the Boitekong community hall on Saturday at 10 a.m.",
                "The union",
                "said",
                "W",
            ),
            (
                "Family members have been told they will be allowed to see the stope once it is declared safe.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Relatives gathered at the mine's main gate on Boitekong Rd. before sunrise.",
                "",
                "",
                "",
            ),
            (
                "Some had driven through the night from the Eastern Cape after hearing the news from colleagues.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Nomvula Mthethwa-Pieterse said her husband, a rock-drill operator, had phoned her at midnight from the shaft's waiting place.",
                "Nomvula Mthethwa-Pieterse",
                "said",
                "",
            ),
            (
                "“He said they were going down and he would call again after the shift, so why has nobody called me?” she asked.",
                "Nomvula Mthethwa-Pieterse",
                "asked",
                "",
            ),
        ],
        [
            (
                "Chief executive Reinhardt Oosthuizen-Mabaso said the company would commission an independent investigation and would pay for the funerals.",
                "Reinhardt Oosthuizen-Mabaso",
                "said",
                "",
            ),
            (
                "“Our hearts are with the families, and we will not rest until we know exactly what happened on 24 level,” he said.",
                "Reinhardt Oosthuizen-Mabaso",
                "said",
                "",
            ),
        ],
        [
            ("What is a fall of ground?", "", "", ""),
        ],
        [
            (
                "A fall of ground is the collapse of rock from the roof or sides of an underground working, often set off by a seismic event deep in the rock mass.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Under the Mine Health and Safety Act, a mine must report any accident that causes a death to the department's inspectorate immediately, and the scene may not be disturbed until an inspector has released it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Got a tip-off? Email news@platinumbeltmonitor.co.za or WhatsApp 082 555 0143.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("MORE ON THIS STORY", "", "", "B"),
        ],
        [
            ("Rustenburg shafts face power cuts as Eskom load reduction widens", "", "", "B"),
        ],
        [
            ("© 2027 Platinum Belt Monitor (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "The Monitor subscribes to the Code of Ethics and Conduct for South African Print and Online Media.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE CARONI BULLETIN", "", "", "B"),
        ],
        [
            ("News  Business  Sport  Entertainment  Letters  Columnists  Classifieds", "", "", "B"),
        ],
        [
            ("Thursday 1 July 2027", "", "", "B"),
        ],
        [
            ("Home › News › Education", "", "", "B"),
        ],
        [
            (
                "SEA 2027: 71.4% of pupils score above 50 per cent, the best result since 2019",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Minister says extra Saturday maths classes in 104 schools lifted scores",
                "Avinash Ramsaran-Lezama",
                "says",
                "W",
            ),
        ],
        [
            ("Shivanie Maharaj-Bissoon", "", "", "B"),
        ],
        [
            ("Posted 1 July 2027, 2:35 p.m.", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  Print", "", "", "B"),
        ],
        [
            (
                "Pupils of Sangre Chiquito R.C. School cheer after hearing their results on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: DEXTER BALDEO-PIERRE", "", "", "B"),
        ],
        [
            (
                "PORT OF SPAIN – Of the 18,906 pupils who wrote the Secondary Entrance Assessment (SEA) on May 20, 13,499, or 71.4 per cent, scored above 50 per cent, the Ministry of Education said on Thursday as it released the results.",
                "the Ministry of Education",
                "said",
                "W",
            ),
        ],
        [
            (
                "That is up from 66.2 per cent last year and the highest share since 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Education Minister Dr. Avinash Ramsaran-Lezama told a news conference at the ministry's St. Clair office that the improvement followed extra Saturday mathematics classes in 104 low-performing primary schools, which began in October.",
                "Avinash Ramsaran-Lezama",
                "told a news conference",
                "W",
            ),
            (
                "“Our children did not get smarter overnight,” he said.",
                "Avinash Ramsaran-Lezama",
                "said",
                "",
            ),
            ("“They got more time with a teacher.”", "Avinash Ramsaran-Lezama", "said", ""),
        ],
        [
            (
                "The average mathematics mark rose 7.8 points to 61.3 per cent; the average in English language arts rose 2.1 points to 64.9 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Results were sent to schools at 10 a.m.", "", "", "W"),
            (
                "Parents could also check them online from noon using the pupil's candidate number.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The top pupil in the country, Anaya Baptiste-Mohammed, 11, attends Sangre Chiquito R.C.",
                "",
                "",
                "W",
            ),
            (
                "She scored 99.6 per cent and was placed at Valsayn Convent, her first choice.",
                "",
                "",
                "W",
            ),
            ("“I screamed!” Anaya said.", "Anaya Baptiste-Mohammed", "said", ""),
            (
                "“Then Miss made me sit down and drink some water.”",
                "Anaya Baptiste-Mohammed",
                "said",
                "",
            ),
        ],
        [
            ("TOP FIVE PUPILS", "", "", "B"),
        ],
        [
            ("1. Anaya Baptiste-Mohammed – Sangre Chiquito R.C. – 99.6%", "", "", ""),
        ],
        [
            ("2. Aaron Lalla-Chen – Couva Govt. Primary – 99.4%", "", "", ""),
        ],
        [
            ("3. Kavita Deonarine-Cudjoe – Debe S.D.M.S. Primary – 99.3%", "", "", ""),
        ],
        [
            ("4. Malachi Noel-Harripersad – Carenage Anglican – 99.1%", "", "", ""),
        ],
        [
            ("5. Zara Hosein-Fortune – El Dorado Presbyterian – 99.1%", "", "", ""),
        ],
        [
            ("Source: Ministry of Education", "", "", "B"),
        ],
        [
            (
                "Tobago's share of pupils scoring above 50 per cent rose to 68.8 per cent from 61.0 per cent, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Of the 1,912 pupils who scored below 30 per cent, 1,204 were boys, according to the ministry's results summary.",
                "the ministry's results summary",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Pupils are placed in secondary schools according to their scores and the four schools they chose, and a share of the places at denominational schools is filled by the school boards.",
                "",
                "",
                "W",
            ),
            (
                "Pupils who scored below 30 per cent will join a literacy and numeracy programme at their secondary schools from September.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Carlyle Roopnarine-Thomas, president of the Primary Principals' Forum, said the results “hide a crisis in the bottom third.”",
                "Carlyle Roopnarine-Thomas",
                "said",
                "",
            ),
            (
                "“If 1,900 children cannot score 30 per cent after seven years of primary school, what exactly are we celebrating?” he asked.",
                "Carlyle Roopnarine-Thomas",
                "asked",
                "",
            ),
        ],
        [
            (
                "Outside Sangre Chiquito R.C. School, parents hugged teachers and sold doubles and sweet drinks from the backs of cars.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Marcia Jaggernauth-Ferreira, whose son was placed at his third choice, said she had paid $1,800 for private lessons since January.",
                "Marcia Jaggernauth-Ferreira",
                "said",
                "",
            ),
            ("“He did his best.", "Marcia Jaggernauth-Ferreira", "said", ""),
            ("Third choice is fine!” she said.", "Marcia Jaggernauth-Ferreira", "said", ""),
        ],
        [
            ("What if my child was not placed at a school of choice?", "", "", ""),
        ],
        [
            (
                "Parents may appeal a placement in writing until July 16, and appeals will be heard from July 19, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
            (
                "A re-mark of a paper costs $50 and must be requested through the pupil's primary school.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ramsaran-Lezama said the Saturday classes would be extended to 60 more schools next year if funding is approved in the October budget.",
                "Avinash Ramsaran-Lezama",
                "said",
                "",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Teachers to get laptops before new term, ministry promises", "", "", "B"),
        ],
        [
            ("Comments are closed for this story.", "", "", "B"),
        ],
        [
            ("© Caroni Bulletin Newspapers Ltd. 2027", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Privacy Policy | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("kintadailynews.com.my", "", "", "B"),
        ],
        [
            ("KINTA DAILY NEWS", "", "", "B"),
        ],
        [
            ("Nation › Perak", "", "", "B"),
        ],
        [
            (
                "Ipoh bus fares to rise 30 sen from Jan. 1, the first increase since 2019",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operator says its costs have risen 27% since the diesel subsidy was targeted",
                "Kinta Omnibus Sdn. Bhd.",
                "says",
                "W",
            ),
        ],
        [
            ("By NUR AMALINA ZULKIFLI-TAN", "", "", "B"),
        ],
        [
            ("Wednesday, 27 Oct 2027 9:14 PM MYT", "", "", "B"),
        ],
        [
            ("Share  WhatsApp  Facebook  Telegram  Copy link", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("A Kinta Omnibus bus leaves the Medan Kidd terminal in Ipoh.", "", "", ""),
            ("— Filepic", "", "", "B"),
        ],
        [
            (
                "IPOH: Fares on the city's stage buses will go up by 30 sen a trip from Jan. 1, after the Land Public Transport Agency (APAD) approved an application by the operator, Kinta Omnibus Sdn. Bhd., the agency said on Wednesday.",
                "the Land Public Transport Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "The minimum fare rises from RM1.20 to RM1.50, and the fare for trips of more than 20km from RM3.80 to RM4.10.",
                "",
                "",
                "W",
            ),
            ("It is the first fare increase on the network since 2019.", "", "", "W"),
        ],
        [
            (
                "Under the Land Public Transport Act 2010, stage bus operators may not change their fares without the agency's approval.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kinta Omnibus is a unit of Bercham Transit Holdings Bhd.", "", "", "W"),
            ("The group runs 214 buses on 31 routes in Ipoh, Batu Gajah and Kampar.", "", "", "W"),
        ],
        [
            (
                "Its managing director, Datuk Harun Iskandar-Wee, said the company's operating cost per kilometre had risen 27 per cent since diesel subsidies were targeted in June 2024, mainly because of fuel and the higher minimum wage.",
                "Harun Iskandar-Wee",
                "said",
                "W",
            ),
            ("“We held our fares through all of it.", "Harun Iskandar-Wee", "said", ""),
            ("We cannot hold them for ever,” he said.", "Harun Iskandar-Wee", "said", ""),
        ],
        [
            (
                "Students in school uniform, senior citizens aged 60 and above and holders of an OKU card will continue to ride free, the agency said.",
                "the agency",
                "said",
                "W",
            ),
        ],
        [
            ("NEW FARES FROM JAN. 1", "", "", "B"),
        ],
        [
            ("Distance | Now | From Jan. 1", "", "", "B"),
        ],
        [
            ("Up to 5km | RM1.20 | RM1.50", "", "", ""),
        ],
        [
            ("5km to 10km | RM2.00 | RM2.30", "", "", ""),
        ],
        [
            ("10km to 20km | RM2.90 | RM3.20", "", "", ""),
        ],
        [
            ("More than 20km | RM3.80 | RM4.10", "", "", ""),
        ],
        [
            ("Source: APAD", "", "", "B"),
        ],
        [
            (
                "The monthly unlimited pass, introduced in 2022, rises from RM50 to RM60.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The network carried 9.2 million passenger trips last year, down from 11.6 million in 2019, according to the company's annual report.",
                "the company's annual report",
                "according to",
                "W",
            ),
            (
                "Route No. 31, between Medan Kidd and Batu Gajah, was the busiest, with 1.4 million trips.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Buses on the network run from 6 a.m. to 11 p.m.", "", "", "W"),
            (
                "The company said it would consider later services on the busiest routes once the new fares were in place.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "State public transport committee chairman Mohd. Faizal Osman-Lee said the state government would ask the company to add buses to the Meru Raya industrial area before the new fares take effect.",
                "Mohd. Faizal Osman-Lee",
                "said",
                "",
            ),
        ],
        [
            (
                "Chandra Sekaran-Low of the Kinta Commuters' Association called the increase “hard to swallow for a service that still runs late.”",
                "Chandra Sekaran-Low",
                "called",
                "",
            ),
            (
                "“Why should passengers pay more before they get a single extra bus?” he asked.",
                "Chandra Sekaran-Low",
                "asked",
                "",
            ),
        ],
        [
            (
                "Factory worker Noraini Abd Rahman, 34, who takes two buses from Jln. Tasek to Menglembu, said the change would add about RM18 a month to her fares.",
                "Noraini Abd Rahman",
                "said",
                "",
            ),
            (
                "“RM18 is two days of lunch for my kids… it adds up,” she said.",
                "Noraini Abd Rahman",
                "said",
                "",
            ),
        ],
        [
            ("Will service get better?", "", "", ""),
        ],
        [
            (
                "Harun said the company planned to add 40 electric buses by 2029 and to put live arrival times on all 31 routes next year.",
                "Harun Iskandar-Wee",
                "said",
                "",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Perak to study bus rapid transit link between Ipoh and Batu Gajah", "", "", "B"),
        ],
        [
            ("Copyright © 1998-2027 Kinta Media Group Bhd (198701006543).", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Menu  NAMIB POST  Subscribe", "", "", "B"),
        ],
        [
            ("Tap here to get breaking news on WhatsApp", "", "", "B"),
        ],
        [
            ("NATIONAL", "", "", "B"),
        ],
        [
            ("Windhoek's dams fall to 9.6%, the lowest October level in 11 years", "", "", "W"),
        ],
        [
            (
                "City moves to category D water restrictions from Monday, banning all garden watering",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Ndapewa Shikongo-Meyer", "", "", "B"),
        ],
        [
            ("2 hours ago · 3 min read", "", "", "B"),
        ],
        [
            ("Cracked mud on the bed of the Swakoppoort Dam last week.", "", "", ""),
        ],
        [
            ("Photo: Tjipee Hoveka-Muller", "", "", "B"),
        ],
        [
            (
                "The three dams that supply central Namibia, Von Bach, Swakoppoort and Omatako, held 9.6% of their combined capacity on Monday, according to NamWater's weekly dam bulletin.",
                "NamWater's weekly dam bulletin",
                "according to",
                "W",
            ),
        ],
        [
            (
                "That is down from 21.4% a year ago and the lowest level for the first week of October since 2016.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "NamWater spokesperson Johanna Kaulinge-Smit said the catchment had received 41% of its average rainfall in the 2026/27 rainy season, and that inflows into Von Bach were the smallest in 30 years.",
                "Johanna Kaulinge-Smit",
                "said",
                "W",
            ),
        ],
        [
            ("DAM LEVELS ON 4 OCTOBER", "", "", "B"),
        ],
        [
            ("Dam | Now | A year ago", "", "", "B"),
        ],
        [
            ("Von Bach | 14.2% | 31.8%", "", "", ""),
        ],
        [
            ("Swakoppoort | 8.1% | 19.6%", "", "", ""),
        ],
        [
            ("Omatako | 0.0% | 3.2%", "", "", ""),
        ],
        [
            ("Source: NamWater", "", "", "B"),
        ],
        [
            (
                "The City of Windhoek said category D restrictions would take effect on Monday, 11 October.",
                "The City of Windhoek",
                "said",
                "W",
            ),
        ],
        [
            ("Under category D:", "", "", ""),
        ],
        [
            ("gardens may not be watered with municipal water at any time;", "", "", "W"),
        ],
        [
            ("swimming pools may not be filled or topped up;", "", "", "W"),
        ],
        [
            ("car washes must use recycled water; and", "", "", "W"),
        ],
        [
            (
                "households that use more than 15 cubic metres a month pay N$48.20 for each extra cubic metre, up from N$31.75.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fines start at N$500 for a first offence and rise to N$3,000 for a third, the city said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city's strategic executive for infrastructure, Petrus Nangolo-Bezuidenhout, said consumption had fallen 11% since category C was introduced in June.",
                "Petrus Nangolo-Bezuidenhout",
                "said",
                "W",
            ),
            (
                "He said it needed to fall by a further 15% “for the city to reach the rains without running dry.”",
                "Petrus Nangolo-Bezuidenhout",
                "said",
                "",
            ),
        ],
        [
            (
                "The Goreangab reclamation plant, which turns treated sewage into drinking water, supplied 27% of the city's water in September, he said.",
                "Petrus Nangolo-Bezuidenhout",
                "said",
                "W",
            ),
            (
                "He said the city would drill six new boreholes into the Windhoek aquifer by March.",
                "Petrus Nangolo-Bezuidenhout",
                "said",
                "",
            ),
        ],
        [
            (
                "The city will run a water-saving help desk at its main offices on Independence Ave.",
                "",
                "",
                "W",
            ),
            (
                "It opens on weekdays from 8 a.m. to 4 p.m. and takes reports of leaks and burst pipes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sales of bottled water to shops in Katutura doubled between July and September, according to the distributor, Otjomuise Beverages (Pty) Ltd.",
                "Otjomuise Beverages (Pty) Ltd.",
                "according to",
                "W",
            ),
            ("The company delivered 1.8 million litres in September.", "", "", "W"),
        ],
        [
            (
                "In Havana, on the city's north-western edge, residents queue at prepaid communal taps that now run only in the mornings.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Selma Ndeutapo-Cloete, a mother of three, said she carries 60 litres home every day in two buckets and a wheelbarrow.",
                "Selma Ndeutapo-Cloete",
                "said",
                "",
            ),
            (
                "“They tell us not to water gardens, but what garden?” she asked.",
                "Selma Ndeutapo-Cloete",
                "asked",
                "",
            ),
        ],
        [
            (
                "Farmers in the Khomas region have sold about 30% of their cattle since May, the Khomas Farmers' Association said.",
                "the Khomas Farmers' Association",
                "said",
                "W",
            ),
        ],
        [
            ("How long will the water last?", "", "", ""),
        ],
        [
            (
                "NamWater said that at current use the three dams could supply Windhoek until about April, if no rain falls.",
                "NamWater",
                "said",
                "",
            ),
            (
                "The Namibia Meteorological Service expects normal to below-normal rainfall in the central regions between November and January.",
                "The Namibia Meteorological Service",
                "expects",
                "",
            ),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("Read our community guidelines before commenting.", "", "", "B"),
        ],
        [
            ("YOU MAY ALSO LIKE", "", "", "B"),
        ],
        [
            ("Rundu residents go three days without tap water after pipe burst", "", "", "B"),
        ],
        [
            ("© 2027 Namib Post Media (Pty) Ltd | Privacy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("NILE STAR SPORT", "", "", "B"),
        ],
        [
            ("Football  Boxing  Rugby  Athletics  Cricket  Motorsport  Cranes", "", "", "B"),
        ],
        [
            ("Football › Uganda Premier League", "", "", "B"),
        ],
        [
            (
                "Nakivubo Rovers end Jinja Harbour's 14-match unbeaten run with 3-1 win at Kitende",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Okello-Mwesigwa scores twice and leads the scoring chart with 15 goals", "", "", "W"),
        ],
        [
            ("By Ronald Ssewankambo-Odeke", "", "", "B"),
        ],
        [
            ("Sunday, April 18, 2027", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp", "", "", "B"),
        ],
        [
            (
                "Brian Okello-Mwesigwa celebrates his second goal in front of the main stand.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | JOSEPH KIGGUNDU-AMPAIRE", "", "", "B"),
        ],
        [
            (
                "KAMPALA – Nakivubo Rovers ended Jinja Harbour's 14-match unbeaten run in the Uganda Premier League with a 3-1 win at St. Mary's Stadium, Kitende on Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Brian Okello-Mwesigwa scored in the 23rd and 67th minutes, taking his league tally to 15, two more than anyone else this season.",
                "",
                "",
                "W",
            ),
            (
                "The striker, who wears the No. 9 shirt, has now scored in seven league matches in a row, a club record.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Harbour had drawn level through a penalty by captain Ivan Ssemakula-Odongo in first-half stoppage time (45+2') after Rovers defender Henry Lubega-Achan handled on the line.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Substitute Ronald Kato-Byaruhanga sealed the win in the 88th minute with a shot from 25 metres.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Referee Patrick Wasswa-Nalubega showed five yellow cards and sent off Harbour defender Julius Mugisha-Otim in the 74th minute for a second booking.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rovers coach Moses Tumwine-Ochieng said his side had “won the midfield battle from the first whistle.”",
                "Moses Tumwine-Ochieng",
                "said",
                "",
            ),
            ("“Did we deserve it?", "Moses Tumwine-Ochieng", "said", ""),
            ("Yes, every minute of it!” he said.", "Moses Tumwine-Ochieng", "said", ""),
        ],
        [
            (
                "Harbour coach Abdallah Mutebi-Nsubuga said the sending-off had “killed the game” and that his players were tired after travelling from Jinja on the morning of the match.",
                "Abdallah Mutebi-Nsubuga",
                "said",
                "",
            ),
        ],
        [
            (
                "The result lifts Rovers to second place on 47 points, three behind Harbour with five matches left.",
                "",
                "",
                "W",
            ),
            ("Next up for Rovers is a trip to Entebbe Utd.", "", "", "W"),
            ("Kick-off is at 4pm on Wednesday.", "", "", "W"),
        ],
        [
            (
                "The crowd of 4,812 was the largest at Kitende this season, according to the league's match report.",
                "the league's match report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Rovers chairman Godfrey Nsereko-Baguma said the players would share a win bonus of Shs10 million.",
                "Godfrey Nsereko-Baguma",
                "said",
                "W",
            ),
        ],
        [
            ("What does it mean for the title race?", "", "", ""),
        ],
        [
            (
                "Former Cranes coach Denis Acaye-Walusimbi said Harbour were still favourites because three of their last five matches are at home.",
                "Denis Acaye-Walusimbi",
                "said",
                "",
            ),
        ],
        [
            ("MATCH STATISTICS", "", "", "B"),
        ],
        [
            ("Rovers | Harbour", "", "", "B"),
        ],
        [
            ("Possession: 54% – 46%", "", "", ""),
        ],
        [
            ("Shots: 14 – 9", "", "", ""),
        ],
        [
            ("Shots on target: 7 – 3", "", "", ""),
        ],
        [
            ("Corners: 6 – 4", "", "", ""),
        ],
        [
            ("Fouls: 12 – 17", "", "", ""),
        ],
        [
            ("Yellow cards: 2 – 3", "", "", ""),
        ],
        [
            ("Red cards: 0 – 1", "", "", ""),
        ],
        [
            ("SCORERS", "", "", "B"),
        ],
        [
            ("Rovers: Okello-Mwesigwa 23', 67'; Kato-Byaruhanga 88'", "", "", ""),
        ],
        [
            ("Harbour: Ssemakula-Odongo 45+2' (pen.)", "", "", ""),
        ],
        [
            ("Referee: Patrick Wasswa-Nalubega", "", "", ""),
        ],
        [
            ("TOP OF THE TABLE", "", "", "B"),
        ],
        [
            ("Pos | Team | P | Pts", "", "", "B"),
        ],
        [
            ("1. Jinja Harbour | 25 | 50", "", "", ""),
        ],
        [
            ("2. Nakivubo Rovers | 25 | 47", "", "", ""),
        ],
        [
            ("3. Entebbe Utd. | 25 | 44", "", "", ""),
        ],
        [
            ("MORE SPORT", "", "", "B"),
        ],
        [
            ("Cranes name 26-man squad for Afcon qualifier against Malawi", "", "", "B"),
        ],
        [
            ("© 2027 Nile Star Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BROAD STREET EXAMINER", "", "", "B"),
        ],
        [
            ("Markets  Companies  Economy  Energy  Banking  Tech  Opinion  Data", "", "", "B"),
        ],
        [
            ("NGX ASI 112,408.55 ▲0.42%  |  USD/NGN 1,512.40  |  Brent $78.10", "", "", "B"),
        ],
        [
            ("Companies › Consumer Goods", "", "", "B"),
        ],
        [
            (
                "Agbara Consumer Foods' nine-month profit jumps 41% to N38.6bn on price increases",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Company says a steadier naira cut its foreign exchange losses by N21.4bn",
                "Agbara Consumer Foods Plc",
                "says",
                "W",
            ),
        ],
        [
            ("Chiamaka Okonkwo-Adeyemi", "", "", "B"),
        ],
        [
            ("October 28, 2027 | 7:45 am", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  LinkedIn  WhatsApp", "", "", "B"),
        ],
        [
            (
                "Agbara Consumer Foods Plc reported a 41.4% rise in profit before tax to N38.6 billion for the nine months to September 30, 2027, in unaudited results filed with the Nigerian Exchange (NGX) on Wednesday.",
                "Agbara Consumer Foods Plc",
                "reported",
                "W",
            ),
        ],
        [
            (
                "Revenue rose 33.7% to N612.4 billion, the company said, mainly because of price increases of between 18% and 25% across its flour, pasta and noodle brands in January and May.",
                "the company",
                "said",
                "W",
            ),
            ("Sales volumes fell 4.1% over the period.", "", "", "W"),
        ],
        [
            (
                "Net foreign exchange losses fell to N6.8 billion from N28.2 billion a year earlier, which the company attributed to a steadier naira.",
                "the company",
                "attributed",
                "W",
            ),
        ],
        [
            ("FINANCIAL HIGHLIGHTS (N'bn)", "", "", "B"),
        ],
        [
            ("Item | 9M 2027 | 9M 2026 | Change", "", "", "B"),
        ],
        [
            ("Revenue | 612.4 | 458.0 | +33.7%", "", "", ""),
        ],
        [
            ("Gross profit | 131.7 | 95.2 | +38.3%", "", "", ""),
        ],
        [
            ("Profit before tax | 38.6 | 27.3 | +41.4%", "", "", ""),
        ],
        [
            ("Profit after tax | 26.1 | 18.0 | +45.0%", "", "", ""),
        ],
        [
            ("Source: company filings", "", "", "B"),
        ],
        [
            (
                "Managing director Mr. Olumide Bankole-Eze said the company had cut imported wheat from 94% of its needs to 81% by buying more from farmers in Kano and Jigawa states.",
                "Olumide Bankole-Eze",
                "said",
                "W",
            ),
            (
                "“Every tonne we buy at home is a tonne we do not have to find dollars for,” he said.",
                "Olumide Bankole-Eze",
                "said",
                "",
            ),
            (
                "He said the company expected full-year revenue to pass N800 billion.",
                "Olumide Bankole-Eze",
                "said",
                "",
            ),
        ],
        [
            (
                "In July the company sold its 60% stake in a packaging subsidiary to Sagamu Polymers Ltd.",
                "",
                "",
                "W",
            ),
            ("The sale brought in N4.2 billion, which is included in other income.", "", "", "W"),
        ],
        [
            (
                "Other income also included a N1.1 billion insurance payout for flood damage to stock, machinery, etc.",
                "",
                "",
                "W",
            ),
            ("The floods hit its Calabar mill in August 2026.", "", "", "W"),
        ],
        [
            (
                "The company's value packs, i.e. noodle sachets of 70g and smaller, made up 38% of volumes, up from 31%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The board declared an interim dividend of N1.20 per share, payable on Nov. 30 to shareholders on the register at the close of business on Nov. 12.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Shares in the company rose 9.8% to N74.50 on the NGX on Wednesday, their biggest one-day rise since the company listed in 2011.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Analysts at Yaba Capital Ltd. said the profit beat their estimate of N34.1 billion.",
                "Analysts at Yaba Capital Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Folasade Ige-Martins, head of research at Yaba Capital, said price increases “cannot carry the company for ever.”",
                "Folasade Ige-Martins",
                "said",
                "",
            ),
            (
                "“How many more times can you raise the price of noodles before mothers switch brands?” she asked.",
                "Folasade Ige-Martins",
                "asked",
                "",
            ),
        ],
        [
            (
                "Food inflation was 21.6% in September, according to the National Bureau of Statistics.",
                "the National Bureau of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            ("Can the price increases last?", "", "", ""),
        ],
        [
            (
                "Bankole-Eze said the company had “no plans” for another increase this year but would review prices in January.",
                "Olumide Bankole-Eze",
                "said",
                "",
            ),
        ],
        [
            (
                "The company's annual general meeting will hold on May 14, 2028, at the Eko Convention Centre, Victoria Island, Lagos.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Agbara Consumer Foods has 4.1 billion shares in issue, and Ogun Basin Holdings Ltd owns 57% of them.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Flour millers raise bread flour price for third time this year", "", "", "B"),
        ],
        [
            (
                "Disclaimer: This article is for information only and is not investment advice.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The Broad Street Examiner is a publication of Lagoon Press Nig. Ltd.", "", "", "B"),
            ("RC 1184520", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KANTO OBSERVER", "", "", "B"),
        ],
        [
            ("Japan  World  Business  Science  Sports  Opinion  Life  Podcasts", "", "", "B"),
        ],
        [
            ("Science › Environment", "", "", "B"),
        ],
        [
            (
                "Coral cover in Japan's largest reef lagoon falls to 18% after 2026 bleaching, survey finds",
                "a survey by researchers from the University of the Ryukyus and the Yaeyama Marine Trust published on Tuesday",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Researchers say the reef could take 10 to 15 years to recover, if the sea lets it",
                "Researchers",
                "say",
                "",
            ),
        ],
        [
            ("By Mio Takarabe-Quint, Staff writer", "", "", "B"),
        ],
        [
            ("Feb 24, 2027", "", "", "B"),
        ],
        [
            ("Share  X  Facebook  LINE  Email", "", "", "B"),
        ],
        [
            (
                "Bleached table corals in Sekisei Lagoon, between Ishigaki and Iriomote islands, in September 2026.",
                "",
                "",
                "",
            ),
        ],
        [
            ("COURTESY OF YAEYAMA MARINE TRUST", "", "", "B"),
        ],
        [
            (
                "NAHA – Live coral covered 18.4% of the seabed in Sekisei Lagoon, Japan's largest coral reef, last autumn, down from 31.2% in 2024, according to a survey by researchers from the University of the Ryukyus and the Yaeyama Marine Trust published on Tuesday.",
                "a survey by researchers from the University of the Ryukyus and the Yaeyama Marine Trust published on Tuesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "It is the lowest coral cover recorded in the lagoon since the trust's annual surveys began in 2003.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Divers photographed 50-meter stretches of seabed at 112 sites between Oct. 4 and Nov. 19, and two researchers scored each image separately.",
                "",
                "",
                "W",
            ),
            (
                "The researchers note that the survey did not cover sites deeper than 15 meters, where the water stays cooler.",
                "The researchers",
                "note",
                "W",
            ),
        ],
        [
            (
                "Sea surface temperatures in the lagoon stayed above 30°C for 41 days last summer, the longest such spell on record, according to the Japan Meteorological Agency.",
                "the Japan Meteorological Agency",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The lead author, Prof. Haruka Tamashiro of the University of the Ryukyus, said about 80% of the coral colonies at the survey sites had bleached by the end of August, and most of those had died by October.",
                "Haruka Tamashiro",
                "said",
                "W",
            ),
            (
                "“We watched table corals the size of a car turn white in two weeks,” she said.",
                "Haruka Tamashiro",
                "said",
                "",
            ),
            ("“Some of them were older than I am.”", "Haruka Tamashiro", "said", ""),
        ],
        [
            (
                "Branching Acropora corals were worst hit, losing 71% of their cover, while massive Porites corals lost 12%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The study was funded by the Environment Ministry and by Sakishima Diving Co., Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The company runs dive tours in the lagoon but had no role in the analysis, the authors said.",
                "the authors",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tamashiro said the lagoon could recover within 10 to 15 years if there is no severe bleaching in that time, but that she was “not optimistic.”",
                "Haruka Tamashiro",
                "said",
                "",
            ),
        ],
        [
            (
                "Severe bleaching has hit the lagoon in four of the past 12 summers, according to the ministry's monitoring records.",
                "the ministry's monitoring records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "An Environment Ministry official said the ministry would expand its coral transplant program at Sekisei from 4,000 to 10,000 fragments a year from April.",
                "An Environment Ministry official",
                "said",
                "W",
            ),
        ],
        [
            (
                "Takeshi Oyadomari-Hale, a marine ecologist who was not involved in the study, called it “careful and sobering.”",
                "Takeshi Oyadomari-Hale",
                "called",
                "",
            ),
        ],
        [
            (
                "Yuki Higa-Brandt, who has run a dive shop on Ishigaki since 2009, said bookings for snorkel tours fell by about a third in the autumn.",
                "Yuki Higa-Brandt",
                "said",
                "",
            ),
            ("“Will they come back?", "Yuki Higa-Brandt", "said", ""),
            ("Some will, for the manta rays,” he said.", "Yuki Higa-Brandt", "said", ""),
        ],
        [
            (
                "On a clear day the lagoon can be seen from the top of Mt. Omoto, Ishigaki's highest peak.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Visitors should not touch or stand on coral and should use reef-safe sunscreen, the ministry says.",
                "the ministry",
                "says",
                "",
            ),
        ],
        [
            (
                "The research team will present its findings at a symposium in Naha on March 13 at 2 p.m.",
                "",
                "",
                "W",
            ),
            ("Admission is free.", "", "", "W"),
        ],
        [
            (
                "Reference: Tamashiro H, Kuniyoshi R, Ota M, et al. Coral loss after the 2026 marine heatwave in Sekisei Lagoon, Okinawa. Coral Reef Ecol Lett. 2027;9(2):114–127.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Okinawa's sea turtles nesting earlier as sand warms", "", "", "B"),
        ],
        [
            ("Copyright © The Kanto Observer Co., Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]


CASES = [
    (
        "n168-jm-pm-ends",
        "The committee's decision was posted at 1 p.m. Trading in government bonds picked up within the hour.",
        [
            "The committee's decision was posted at 1 p.m.",
            "Trading in government bonds picked up within the hour.",
        ],
    ),
    (
        "n168-jm-st-parish-mid",
        "Farmers in St. Elizabeth lost about 30% of their onion crop to the September rains.",
        ["Farmers in St. Elizabeth lost about 30% of their onion crop to the September rains."],
    ),
    (
        "n168-jm-ltd-ends",
        "The new savings account is offered by Spanish Town Credit Union Ltd. Members can open one with J$2,000.",
        [
            "The new savings account is offered by Spanish Town Credit Union Ltd.",
            "Members can open one with J$2,000.",
        ],
    ),
    (
        "n168-nz-ltd-own-stop",
        "The theatre is leased from Hillcrest Day Surgery Ltd. It has two operating rooms and a recovery bay.",
        [
            "The theatre is leased from Hillcrest Day Surgery Ltd.",
            "It has two operating rooms and a recovery bay.",
        ],
    ),
    (
        "n168-nz-question-new-sentence",
        "“Is four months too long? For a child who can't hear, it's a lifetime,” she said.",
        ["“Is four months too long?", "For a child who can't hear, it's a lifetime,” she said."],
    ),
    (
        "n168-nz-am-no-periods",
        "The clinic opens at 7.30am. Patients are seen in order of urgency, not arrival.",
        ["The clinic opens at 7.30am.", "Patients are seen in order of urgency, not arrival."],
    ),
    (
        "n168-ws-rd-ends",
        "Forms can be collected from the district office on Main Beach Rd. Staff will help anyone who cannot fill them in.",
        [
            "Forms can be collected from the district office on Main Beach Rd.",
            "Staff will help anyone who cannot fill them in.",
        ],
    ),
    (
        "n168-ws-hon-matai-mid",
        "Hon. Tuala Ioane Leiataua-Kerslake opened the census office in Salelologa. He thanked the enumerators by name.",
        [
            "Hon. Tuala Ioane Leiataua-Kerslake opened the census office in Salelologa.",
            "He thanked the enumerators by name.",
        ],
    ),
    (
        "n168-sg-pte-ltd-ends",
        "The painting contract went to Tuas Marine Coatings Pte. Ltd. The firm had no safety officer on site that week.",
        [
            "The painting contract went to Tuas Marine Coatings Pte. Ltd.",
            "The firm had no safety officer on site that week.",
        ],
    ),
    (
        "n168-sg-regn-no",
        "Printed by Bukit Batok Press Pte. Ltd. Co. Regn. No. 200811209M.",
        ["Printed by Bukit Batok Press Pte. Ltd.", "Co. Regn. No. 200811209M."],
    ),
    (
        "n168-sg-question-attribution",
        "“Who checks the checker?” the judge asked. Nobody in court answered.",
        ["“Who checks the checker?” the judge asked.", "Nobody in court answered."],
    ),
    (
        "n168-mt-plc-ends",
        "The scanners were supplied by Għargħur Systems p.l.c. The commission tested them twice in May.",
        [
            "The scanners were supplied by Għargħur Systems p.l.c.",
            "The commission tested them twice in May.",
        ],
    ),
    (
        "n168-mt-st-julians-am-mid",
        "Supporters stayed at the party club in St. Julian's until 3 a.m. on Monday.",
        ["Supporters stayed at the party club in St. Julian's until 3 a.m. on Monday."],
    ),
    (
        "n168-mt-exclamation-attribution",
        "“It's the 10th District again!” one agent shouted across the hall.",
        ["“It's the 10th District again!” one agent shouted across the hall."],
    ),
    (
        "n168-za-no-shaft-mid",
        "Work at No. 4 Shaft resumed on Tuesday after inspectors lifted the instruction.",
        ["Work at No. 4 Shaft resumed on Tuesday after inspectors lifted the instruction."],
    ),
    (
        "n168-za-pty-ltd-ends",
        "The shaft is run by Brits Chrome Mining (Pty) Ltd. Its owners bought it from the state in 2019.",
        [
            "The shaft is run by Brits Chrome Mining (Pty) Ltd.",
            "Its owners bought it from the state in 2019.",
        ],
    ),
    (
        "n168-tt-rc-ends",
        "The second-placed pupil attends Moruga R.C. She wants to be a vet.",
        ["The second-placed pupil attends Moruga R.C.", "She wants to be a vet."],
    ),
    (
        "n168-tt-govt-mid",
        "Results at Penal Govt. Primary improved for a third year in a row.",
        ["Results at Penal Govt. Primary improved for a third year in a row."],
    ),
    (
        "n168-tt-semicolon",
        "Mathematics rose four points; English language arts was flat.",
        ["Mathematics rose four points; English language arts was flat."],
    ),
    (
        "n168-my-bhd-ends",
        "The depot belongs to Lahat Transit Holdings Bhd. It can park 60 buses overnight.",
        ["The depot belongs to Lahat Transit Holdings Bhd.", "It can park 60 buses overnight."],
    ),
    (
        "n168-my-datuk-mohd-mid",
        "Datuk Mohd. Rizal Hamzah-Goh said the new fares were fair. Commuters disagreed.",
        ["Datuk Mohd. Rizal Hamzah-Goh said the new fares were fair.", "Commuters disagreed."],
    ),
    (
        "n168-my-ellipsis-lower",
        "“First the toll, now the bus… everything goes up except my pay,” he said.",
        ["“First the toll, now the bus… everything goes up except my pay,” he said."],
    ),
    (
        "n168-na-ave-ends",
        "Tankers will park outside the clinic on Mandume Ndemufayo Ave. Each household may fill two 20-litre containers.",
        [
            "Tankers will park outside the clinic on Mandume Ndemufayo Ave.",
            "Each household may fill two 20-litre containers.",
        ],
    ),
    (
        "n168-na-currency-decimals",
        "The tariff is now N$41.75 a cubic metre. It was N$36.20 a year ago.",
        ["The tariff is now N$41.75 a cubic metre.", "It was N$36.20 a year ago."],
    ),
    (
        "n168-ug-utd-ends",
        "Their next match is at home to Mbarara Utd. The kick-off has been moved to 7pm.",
        ["Their next match is at home to Mbarara Utd.", "The kick-off has been moved to 7pm."],
    ),
    (
        "n168-ug-no-shirt-mid",
        "The No. 10 shirt has gone to a 17-year-old from Masaka.",
        ["The No. 10 shirt has gone to a 17-year-old from Masaka."],
    ),
    (
        "n168-ng-nig-ltd-ends",
        "The stake was sold to Ikeja Packaging Nig. Ltd. The buyer paid N2.9 billion in cash.",
        ["The stake was sold to Ikeja Packaging Nig. Ltd.", "The buyer paid N2.9 billion in cash."],
    ),
    (
        "n168-jp-co-ltd-ends",
        "The survey boat was chartered from Amami Survey Co., Ltd. Its crew of six stayed at sea for nine days.",
        [
            "The survey boat was chartered from Amami Survey Co., Ltd.",
            "Its crew of six stayed at sea for nine days.",
        ],
    ),
    (
        "n168-jp-mt-am-mid",
        "Divers left the harbour below Mt. Nosoko at 6:30 a.m. on Tuesday.",
        ["Divers left the harbour below Mt. Nosoko at 6:30 a.m. on Tuesday."],
    ),
    (
        "n168-jp-parenthesis-sentence",
        "The survey ran for six weeks. (Two sites were dropped after a typhoon tore away their markers.) The rest were visited twice.",
        [
            "The survey ran for six weeks.",
            "(Two sites were dropped after a typhoon tore away their markers.)",
            "The rest were visited twice.",
        ],
    ),
]
