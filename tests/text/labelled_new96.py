"""Ninety-sixth set of new hand-labelled pages for the hint engines (tuning set, round forty-one):
twelve WHOLE pages, head to tail, of news from twelve countries (Kenya, Chile, England, Pakistan,
Canada (Nova Scotia), Jamaica, the Philippines, Australia (New South Wales), the United States
(Texas), South Africa, Wales and India) in the genres issue 13 names, where CHECK-WORTHINESS and
SENTENCE SPLITS are hard together: a LIVE BLOG (Kenya: key points, a pinned entry, time stamps,
entry headlines and entry bylines, newest first), a WIRE STORY with its credits line (Chile), a
local COUNCIL story (England), a cricket SPORTS REPORT with a scorecard (Pakistan), a SCIENCE/HEALTH
STUDY story with a journal reference (Canada), a Q&A INTERVIEW with name prefixes (Jamaica), a
WEATHER AND DISASTER UPDATE with update labels (the Philippines), an EXPLAINER with numbered points
(Australia), a TRANSPORT story with a state bill (Texas), a FACT-CHECK article with claims and
ratings (South Africa), an OBITUARY (Wales) and a COURT story (India). Statements of record,
figures, dates, comparisons and causal claims by those in charge are "W"; hedges, forecasts, hopes,
feelings, opinions, advice, questions and scene-setting are "". The splits are hard on every page:
abbreviations that end a sentence before a capital ("Rd.", "Inc.", "S.A.", "N.S.", "U.S.", "lb.",
"St.", "Corp.", "Cyf.", "Nov. 9.", "the Rev. ...", "Mon.–Fri.") and ones that do not ("Dr.", "Dr",
"Cllr", "Jr. said", "Lt. Col. (retd.)", "Supt.", "Engr.", "Gov.", "P/Col.", "Insp.", "Sen.", "Rep.",
"Prof.", "Ph.D.,", "N.B.,", "Co.,", "Ltd.,", "approx.", "vs.", "e.g.", "i.e.", "c.", "p.", "pp.",
"Vol.", "& Ors.", "Brgy.", "Ma.", initials "M.", "S.R.", "I." and "G."), numbered designations
("Circular No. 4 of 2026", "Art. 41", "Union No. 2", "Item 7", "No. 3 batter", "Signal No. 3",
"Bulletin No. 17", "s. 45", "cl. 12(3)", "Route No. 7", "S.B. 114", "Level No. 7", "s. 321", "Art.
14", "W.P. No. 18734 of 2026"), decimals, times ("3.30pm", "10 a.m.", "9 a.m.", "7 p.m. to", "5 p.m.
Sunday", "1530 GMT"), ellipses before lower case, questions and exclamations inside quotes followed
by their attribution, brackets and lists. Each page carries its site's own furniture at the head, in
the middle and at the tail, each worded its own way. The pages hold 520 sentences: 215 "B", 167 "W"
and 138 ""; 169 sentences carry a speaker. `STYLES` describes each page, its story, its speakers and
its furniture in order.

Written from scratch for issue 13 in round forty-one, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened or
listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no `hint_scores.py` was
opened, nothing under `tests/benchmarks/` was opened or listed, and no README of the project was
read; `claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The search
and fetch tools were not used, and nothing was copied from anywhere. What was read: the brief
(`/tmp/brief` was listed; it held only the brief); `/tmp/sets` was listed at the start (empty) and
again at the end, when it also held other helpers' `labelled_new94.py`, `labelled_new95.py`,
`labelled_heldout67.py` and `labelled_heldout68.py`, seen as names only and never opened; the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`);
from `labelled_new93.py` and `labelled_new92.py`, the output of a script of my own using `ast` that
prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight
`CASES`, saved to files in a scratch folder -- for `labelled_new93.py` printed with `sed` in ranges,
one of them printed again because the tool had cut it, so that all of it was seen; for
`labelled_new92.py` only its first 200 lines (the docstring, `STYLES` and the head of its first
page) and, through a `grep -A8` for its case lines, its eight `CASES`, so most of its two pages were
not seen; `def build` in `tests/text/labelled_articles.py` (a `sed` range); and the `[tool.ruff]`
tables of `pyproject.toml` (a `grep -n -A25`). No other page, case or docstring of any file under
`tests/` was read. What was run: a Python one-liner printing the calendars of November and December
2026 to check weekdays; `which ruff`, a listing of the project's `.venv/bin` filtered for ruff, and
`pip config list`; scripts of my own in a scratch folder that turn a small line format
(flag|speaker|cue|text, blank lines between paragraphs) into the literals below, apply renames, cut
the split cases out of the pages, and count sentences, flags and speakers while checking that every
speaker has a cue and every cue a speaker, no "B" line has a speaker, and each cue occurs in its
sentence or in the quote it continues; an import of this file with `build` on every page and a check
of four string fields, flags, 30 distinct case ids, every case text in a built page and equal to its
sentences joined by single spaces, each expected sentence one labelled sentence, and the counts
above; per-word, whole-word, case-insensitive file counts (`grep -rilwF --include='*.py' ... | wc
-l`) over `tests/` for every capitalised word of these pages (each part of a hyphenated name on its
own) and for every candidate replacement (a first pass put the `--include` after `--`, so it counted
files of every kind; it was run again correctly). Only counts were read from these searches, with
two exceptions, both file NAMES and never lines: a `grep -l` for three coined words that hit once
(they were in `labelled_new16.py`, `labelled_new75.py` and `labelled_heldout42.py`) and for two
replacements that newly hit once (both in `labelled_new94.py`) and for three that hit in a last pass
(in `labelled_heldout68.py` and `labelled_new95.py`), after which `ls -la` of `tests/text` sorted by
time showed the five newest entries (`test_hints.py`, `labelled_heldout67.py`, the folder itself,
`labelled_new94.py`, `hint_scores.py`), names only, none of them opened. The first draft's coined
people, outlets, firms and places hit about a hundred and seventy words of other files (given names
and surnames of every country, even odd ones such as Ambersley, Nyakwaka, Zarnigar, Ruddlesworth,
Featherby, Tanglaw, Mahoe, Mwangaza, Khanyisa, Harbourlight, Halverton and Rhydwen); each was
renamed, about two hundred candidate replacements hit as well over six rounds, and only replacements
with no hit were kept; a last pass over every capitalised word, run after other helpers' files had
been added to `tests/text`, found three more (a given name, a surname and a surname part), which
were renamed. The whole-word counts over `tests/` required by the brief ran through every file
there, including ones this set must not open; only their counts were read. What still hits is real
places, regions and parishes (Eldoret, Kisumu, Uasin Gishu, Antofagasta, Atacama, Faisalabad,
Dartmouth, Bedford, Saint John, Truro, Mountainside, Santa Cruz, Maitland, Merewether, Porthmadog
and the like), common words (Academies, Choir, Circular, Householders, Footpaths, Imagine,
Printable, Maritime, Minera, Employers, Corporations and the like), outlet words (Mercury, Clarion,
Advertiser, Gazette, Chronicle, Courier, Ledger, Dispatch), and titles and abbreviations kept or
dropped on purpose (Dr, Cllr, Lt, Col, Supt, Engr, Gov, Insp, Sen, Rep, Rev, Prof, Jr, Ph, Ma, Brgy,
Art, Ors, Vol, Cyf, Con, Lib, Dem, Ind).

Every person, outlet, wire service, union, board, association, co-operative, alliance, council,
authority, firm, bank, trading house, university, institute, hospital, research trust, gas supplier,
electric cooperative, shop, tournament, team, ground, choir, chapel, quarry, lake, welfare
association, street, road, transit center, circular, regulation, bill number, case number, typhoon,
bulletin and figure is invented. Real countries, regions, cities and laws appear only as settings:
Kenya, Nairobi, Kisumu, Nyalenda, Eldoret, Uasin Gishu County, Mombasa, the Treasury and the
Constitution; Chile, Santiago, Antofagasta, the Atacama, Denver, New York, Japan and Peru; England,
Norfolk towns (Swaffham, Thetford, Dereham, Watton, Gressenhall) and the East of England; Pakistan,
Lahore, Shahdara, Faisalabad and Peshawar; Canada, Nova Scotia, Halifax, Dartmouth, Bedford, Truro,
Saint John, New Brunswick, the U.S. and Europe; Jamaica, St. Elizabeth, Southfield, Elim, Santa
Cruz, Mountainside, Kingston and Manchester; the Philippines, Tacloban, Eastern Visayas, Samar,
Northern Samar, Catarman, Leyte and Ormoc; Australia, New South Wales, Newcastle, Lake Macquarie,
Port Stephens, Maitland, Merewether and Hunter St; the United States, Texas, San Antonio, Helotes,
Austin and its Medical Center; South Africa, Durban, eThekwini, Umlazi and Pietermaritzburg; Wales,
Blaenau Ffestiniog, Porthmadog, Meirionnydd, the Dwyryd, Patagonia, Japan and Lesotho; India,
Karnataka, Bengaluru and the Karnataka Municipal Corporations Act, 1976 (only its name and a section
number). WhatsApp, Facebook, X, Messenger and Viber appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". The points the recent sets state hold too: furniture "B" line by line, whatever it says; a
caption by its content and its credit "B"; headlines and standfirsts never split; a dateline belongs
to its lead sentence; a pronoun, a later surname, a role or a title resolved to the full name as
first given, without titles; an organisation's later generic noun kept as written ("The company",
"The union", "The report", "the authority") and a group without a proper name kept as written
("Analysts at Banco Pehuenche", then "They said" and "they said", "Legal experts", "Researchers",
"The mining ministry"); "according to X" with X as written; a quote over several sentences or
paragraphs carrying its speaker and cue; a named person acting without a verb of saying carries no
speaker; sport data lines "" and a box's title "B"; a journal reference line one "B" sentence; Q&A
answers carrying the interviewee with the name prefix as cue and the interviewer's turns no speaker
unless they cite a source.

Conventions this set had to settle, in the same spirit:

* Live blog: "LIVE", "Key points", "Pinned", each time stamp, each "— Reporting by ..." line and
  "Load earlier updates" are "B"; each key point is its own paragraph, labelled by content ("W"); an
  entry's headline is labelled like any headline (a question ""; "Board says ... offer is “final
  ...”" carries the body as first named, "the Public Schools Service Board", cue "says", and is ""
  as a position, not a figure); the welcome entry is "".
* Wire story: the dateline "SANTIAGO, Nov 25 (Andeswire) -" belongs to the lead, which carries the
  operator as first given ("Minera Altoquenco S.A."); the wire's own dates without a full stop ("Nov
  25", "Oct 21", "Nov 3") are data inside sentences; the credits line "(Reporting by ...; Additional
  reporting by ...; Editing by ...)" is ONE "B" sentence, and so are the editorial-code and
  licensing links.
* Fact-check: each "CLAIM: ..." line is "W" without a speaker (the claim as a claim of fact, which
  the body then attributes); each "VERDICT: ..." line is "" (the checker's rating, a judgement); the
  summary under a verdict is "W" when it states the figure; "CLAIM 1"/"CLAIM 2", "Sources", the
  source citations (with "pp.", "Vol." and "Prof.") and the rating scale are "B"; the checker's own
  questions and conclusions ("We asked ...", "we cannot say ...", "We will update ...") are ""; a
  spokesperson who "sent us" a report acts without a verb of saying ("W", no speaker), while "did
  not reply" is labelled like "declined to comment" (speaker "Mncube’s office", "").
* Interview: the first answer's prefix is the full name in capitals ("NOVELETTE COORE-WETHERILL:")
  and later ones the surname ("COORE-WETHERILL:"); every sentence of an answer carries the full name
  and the prefix of its answer as cue; "GAZETTE: The police say ..." carries "The police" (cue
  "say", "W", a figure) and "GAZETTE: Supt. ... told this newspaper ..." carries the superintendent
  (cue "told this newspaper", "" as a forecast); a co-operative head's account of a member's loss
  and a shooting are "W" (an official's claim of fact), her advice and feelings "".
* Explainer: a numbered subhead ("1. Where can I ride?") is ONE sentence with its number, "" as a
  question; the answers' rules, limits and fines in the writer's voice are "W"; the one-word answer
  "Yes." is its own sentence and "" (the next sentence carries the rule), while "No, the regulation
  does not require it." is "W"; a shop owner's claim about the scooters he sells is a business's
  record ("W").
* Weather update: "UPDATE (6:40 p.m.)" and "EARLIER (12:05 p.m.)" are "B" like time stamps; the
  hotlines line is "B"; a forecaster's landfall window and rainfall with "could"/"possible" are "",
  her count of cyclones "W"; "Residents should charge phones ..." is "" advice.
* Obituary: the facts of a life (birth, work, founding, prizes, tours, offices, honours, marriage,
  survivors, the funeral's date and hour) are "W" in the writer's voice, and so is the closing life
  line ("..., born 3 March 1934; died 21 November 2026"); anecdotes, tributes and the
  flowers-and-donations line are ""; "(c. 1961; ...)" never splits.
* Court: a judge's holding and observation in a judgment are "W" (cues "held" and "observed");
  counsel's "argued", "told the court" and "submitted" are cues, their statements of fact "W"; the
  case title "... vs. The Commissioner & Ors. (W.P. No. 18734 of 2026)" never splits; directions,
  costs and a listing date are "W" without a speaker.
* Sports report: the scorecard's title and match line are "B"; innings lines, "Toss:", "Umpires:"
  and "Player of the match:" are "" data (the last three one paragraph, three sentences); a captain
  named after his quote carries his name.
* Council: "According to a report presented under Item 7 of the agenda" carries that phrase as
  written; "The report says" carries "The report"; the call-in rule is "W"; sign-up hours are ""
  service information.
* Titles dropped from speakers: Dr., Dr, Cllr with party and ward in brackets, Lt. Col. (retd.),
  Supt., Engr., Gov., P/Col., Insp., Transport Minister, State Sen. with D-San Antonio, State Rep.
  with R-Helotes, Prof., Mayor, Justice, Senior advocate, Additional Advocate General, Corporation
  commissioner, and roles before names; kept: Jr. ("Gaudencio Lagrosa-Tabangcura Jr.") and initials
  ("S.R. Mallikarjunappa").

Splits, as a reviewer wants them: "on Wairegi Rd." before "She said", "little... but" and "strike...
the company" and "waited... and we knew" and "start... but" and "20 minutes... now" and "suppose...
what" and "calm... we knew" and "March... and" and "day... but" never split; "Circular No. 4 of
2026, issued on Nov. 20," and "Art. 41"; "Inc." before "A Japanese" and "Sumiwara Tsusho Co.,
holds"; "Union No. 2,"; "S.A." before "All rights reserved."; "Cllr ... e.g. a sofa"; "Ltd 2026."
before "Registered ... No. 04418236."; "18.4 overs." and "No. 3 batter M. Uzair"; "!” he said.";
"Lt. Col. (retd.)" and "7 p.m. to draw"; "Umpires: I. ... and G. ..." and "Player of the match: S.
..."; "Bedford, N.S." before "Each"; "Ph.D., an"; "vs. 9 ppb"; "?” he asked."; "Dr. Torin ..., N.B.,
who" and "the U.S. and Europe." before "He said"; "over 100 lb." before "Last year"; "GAZETTE: Supt.
..." before "Do you believe him?"; "Engr. ... Jr. said." before "He said"; "Brgy. Dapdap" and "9
a.m. with"; "Corp." before "All Rights Reserved."; "Yes." before "Under cl. 12(3),"; "25 km/h, i.e.
a scooter"; "State Sen. ..., D-San Antonio, prefiled S.B. 114 on Nov. 9." before "It would"; "the
Rev. Anastacio Dubose-Cantu." before a surname; "7 a.m. on a Sunday?” she asked."; "2215 Cortavista
St." before "The meeting"; "i.e. water" and "(p. 34)."; "the U.S." before "It later sang"; "said:
“Hefin never raised his voice." before "He just lowered"; "vs. The Commissioner & Ors. (W.P. No.
18734 of 2026)," and "Additional Advocate General S.R. Mallikarjunappa, for the corporation,".
`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of consecutive
sentences of one paragraph of these pages joined by single spaces: what a reviewer wants, not what
the engine does.
"""

STYLES = [
    'Kenyan national daily\'s LIVE BLOG (Nairobi, Kisumu, Eldoret, Mombasa) on day three of a teachers\' strike, newest entry first: a key-points block of record ("W", the hearing at 9 a.m.), Pinned and time stamps in PM and AM ("B"), entry headlines labelled by content (a question "", one with Board says carrying the board as first named, ""), the union secretary-general (later she) whose adjournment with 3.30pm and 10 a.m. is "W" and whose quote with an ellipsis before lower case, said outside offices on a road ending in Rd. before She, and overnight plan are "", the board chief executive with Dr. in a statement (later He and he) whose cost figures and payroll are "W" and whose appeal is "", a county police commander (later He) whose tear gas and arrests with Sh are "W" and an address with St. mid-sentence, a union branch secretary\'s record "W", a mother\'s own tuition bill and quoted question with she asked "", an association\'s record, a circular designated No. 4 of 2026 issued on Nov. 20 "W" and The union says about Art. 41 "W", a county director whose closures are "W" and whose forecast is "", a welcome entry "" (masthead in capitals, date, weather and e-paper strip with middle dots, menu, LIVE label, headline with figures, byline of several reporters, Last updated line with EAT, share line, Key points label, entry bylines with a dash, ADVERTISEMENT, Load earlier updates, Related coverage list, a WhatsApp newsroom line, copyright with Ltd., a P.O. Box and a city, then All rights reserved.)',
    'Chilean WIRE STORY on an agency\'s own site (Santiago), copper output at an invented mine falls 12.4% after a 19-day strike, with a SANTIAGO, Nov 25 (Andeswire) - dateline lead carrying the operator ending in S.A. through said, The company said kept as written, ownership in the writer\'s voice ending in Inc. before a capital and a trading house with Co., mid-sentence, a union president\'s strike record with Union No. 2 told Andeswire "W", her quote with an ellipsis before lower case, her watchfulness and her warning "", national output through according to figures from the state copper commission, a price with decimals and GMT, analysts said in a note (a could-hedge "") and They said (a share "W") and they said (a hedge ""), the chief executive whose revenue loss and bonus with (approx. $5 million) are "W" and whose feeling and expectation are "", a guidance cut and share price of record, The mining ministry did not respond to a request for comment, a scene (wire masthead in capitals, menu, section label, headline with figures, two-name byline, read time, date and updated line with UTC, a mid-story newsletter sign-up, the credits line "(Reporting by ...; Additional reporting by ...; Editing by ...)", an editorial-code link, licensing link, Read next list, copyright split at S.A. before All rights reserved.)',
    'English local weekly\'s website, a COUNCIL story (Breckmere, Norfolk): a district cabinet votes 6-2 for a £49 garden-waste charge, with the vote in the writer\'s voice, the budget gap through According to a report presented under Item 7 of the agenda, the council leader with Cllr and party and ward in brackets (later he and He) whose costs and households are "W" and whose opinion and "probably" are "", The report says (a comparison "W"), the opposition leader with Cllr (later She and she asked) whose "bin tax" is "" and whose consultants and allowances figures are "W", an Independent\'s vote "W" and his intention and quoted question with he said "", the cabinet member with Cllr (later She and she) whose rates, bulky-waste prices with e.g. mid-sentence, consultation count and dropped closure are "W", a pensioner\'s own council tax "" and her quote with an ellipsis before lower case ending in a question with she said, A council spokesperson said (a permit rule "W"), service information ending in Mon.–Fri. "" and a call-in rule of record under rule 16.4 (masthead, menu with pipes, section label with ›, headline and standfirst of record, byline and role lines, published line with read time, share strip, caption of record and Picture: credit, Advertisement and a Read more link mid-story, a two-sentence funding note, comment count and sort line, Most read list, a complaints line, copyright with Ltd and a registration line with No.)',
    'Pakistani English daily\'s SPORTS REPORT (Lahore), a T20 cup final won by 27 runs: a LAHORE: dateline lead with the crowd and first title since 2019, the innings with 186-5, 74 off 49 balls and the fall of the wicket "W", the reporter\'s judgement "", the reply all out in 18.4 overs with a No. 3 batter named with the initial M. mid-sentence, 4-21 and the collapse "W", the winning captain named after his quote with an ellipsis ("") and his record of nine wins in 11 "W", the losing captain whose dropped catches are "W" and whose exclamation with he said and hope are "", the coach (later He) whose pride and selection plan are "", the tournament director with Lt. Col. (retd.) whose prize money with Rs and m and record ticket sales are "W" and whose hope to move the final to 7 p.m. (before lower case) is "", a previous final of record and a closing judgement "", a SCORECARD title and match line "B" and its data lines "" (innings with ov, b, 6x4, an asterisk and initials, then toss, umpires with initials I. and G., and player of the match in one paragraph) (masthead in capitals, date and weather strip, menu with pipes, section label with a slash, headline and standfirst of record, Our Staff Reporter byline, date and updated line, share strip, caption "" and Photo credit, ADVERTISEMENT and an Also read link mid-report, More from Sport list, copyright)',
    'Canadian regional daily\'s HEALTH STUDY story (Halifax, Nova Scotia), children in gas-stove homes made 24% more asthma ER visits, with a HALIFAX — dateline lead through according to a Nova Scotia study published Thursday, the lead author with Dr. named after her figures (later She and she) whose cohort and rate ratio with (95% CI, 1.09 to 1.41) are "W" and whose caution is "", recruitment ending at N.S. before Each, a subgroup with i.e. "W", the authors wrote (causation hedge with may ""), a co-author with Ph.D. (later he) whose measurements with vs. are "W" and whose quoted question with he asked is "", an outside respirologist with Dr. in Saint John, N.B., whose comparison with the U.S. is "W" and whose opinion and "small, but real" quote are "", a mother\'s own son\'s visits and her ellipsis quote "", a department spokesperson\'s figures "W" and his intention "", a gas supplier ending in Ltd., said in an email (a customer count "W") and The company said (advice ""), service information with a phone number "", funding and publication of record, the standfirst carrying Researchers through say (masthead in capitals, subscription strip, menu with middle dots, section label, headline, standfirst, byline name and role lines, published line with Nov. and read time, share strip, ADVERTISEMENT and a RELATED link mid-story, a journal reference line with et al. as one "B", a two-sentence bio with an email address, a comments-closed note, Trending list, copyright with Inc.)',
    'Jamaican daily\'s INTERVIEW (Southfield, St. Elizabeth) with the head of a growers\' co-operative on crop theft, in Q&A form with name prefixes: the headline carrying her through says with a figure "W", a standfirst "", a SOUTHFIELD, St. Elizabeth — dateline intro of record and the survey of record in the writer\'s voice, an edited-for-length note "B", interviewer turns with GAZETTE: and no speaker (questions "") except where they cite a source (The police say a fall of 9 per cent "W"; a superintendent with Supt. told this newspaper that patrols are coming ""), the answers carrying her full name with the cue "NOVELETTE COORE-WETHERILL:" then "COORE-WETHERILL:" in every sentence: average losses, a member\'s goats, a causal claim about falling reports, a survey share, the receipt rule ending in lb. before Last, vehicle checks, officers and vehicles, a shooting of record and a comparison with the ministry\'s money "W"; her exclamation, rhetorical question, advice, belief and an ellipsis before lower case and her sign-off "" (masthead in capitals, date strip with pipes, menu, section label with a pipe, byline in capitals with role, share line, caption "" and PHOTO credit in capitals in brackets, a letters line, Related list with lb. in a headline, copyright in two sentences)',
    'Philippine regional daily\'s WEATHER AND DISASTER UPDATE (Tacloban, Eastern Visayas), a typhoon nears Northern Samar: UPDATE and EARLIER time labels with p.m. "B", a TACLOBAN CITY — dateline lead raising Signal No. 3 at 5 p.m. with km/h figures "W", the eye\'s position through according to Severe Weather Bulletin No. 17, a forecaster whose landfall window between 1 a.m. and 4 a.m. and rainfall are could-hedges "" and whose count of cyclones is "W", the regional disaster office said (evacuees "W"), a provincial disaster officer with Engr. dropped and Jr. kept, named after his figures (later He and he), whose counts are "W" and whose quote is "", the coast guard district said in an advisory (stranded passengers "W"), an evacuee from Brgy. Dapdap whose departure at 9 a.m. is "" and whose quoted question with she asked is "", the governor with Gov. (later He) whose fund release with P and millions and suspensions are "W" and whose advice with urged is "", a police director with P/Col. whose deployment is "W", a scene "", flights through according to the airport\'s operator, a cooperative ending in Inc. said (a power cut of record "W") and advice "", the standfirst a could-hedge (masthead in capitals, date, city and weather strip, menu with middle dots, section label with a slash, headline with figures, byline with Ma., Last updated line, share strip, ADVERTISEMENT and a READ link mid-story, a Viber alert prompt, a hotlines line, tags, MORE STORIES list, copyright split at Corp. before All Rights Reserved.)',
    'Australian regional site\'s EXPLAINER with NUMBERED POINTS (Newcastle, NSW) on e-scooter rules in force from today: a headline of two sentences never split, numbered question subheads ("1. Where can I ride?" to "6. What about batteries?") each one "" sentence with its number, answers of record in the writer\'s voice ("W": s. 45 of an invented regulation, footpaths with e.g., limits with km/h and i.e., cl. 12(3), fines, police warnings through according to figures released under freedom of information, no insurance rule, a certification rule and fine), a one-word answer "Yes." "" before Under cl., a researcher with Dr whose advice is "" and whose injury figures are "W", a shop owner with a firm ending in Pty Ltd whose claim about his stock is "W" (a business\'s record) and whose ellipsis quote is "", the minister with a title dropped (later She) whose sales figure is "W" and whose phrase and review plan are "", a police inspector with Insp. whose plan and quoted question with he asked are "" (masthead in capitals, region and date strip, menu, section label, headline, standfirst, byline, updated and first-published line, share line, Advertisement and a Read more link mid-story, a questions email line, Related stories list, copyright with Pty Ltd. and an ABN line)',
    'US metro daily\'s TRANSPORTATION story (San Antonio, Texas), a transit board raises the bus fare and cuts weekend service on Route No. 7, with a SAN ANTONIO — dateline lead of record with Feb. 1, the route\'s cut "W", the agency\'s president and CEO (later She and she) whose shortfall, causal claim and ridership are "W" and whose feeling and could-hedge are "", the three no votes ending in the Rev. and a name before a surname-only speaker whose survey figure is "W" and whose quoted question with 7 a.m. and she asked is "", a state senator with Sen. and D-San Antonio who prefiled S.B. 114 on Nov. 9 ("W", no verb of saying) and its rule "W", her reason and expectation "", the effective date Sept. 1, 2027 "W", a state representative with Rep. and R-Helotes whose opinion is "" and whose grant figure is "W", a rider\'s own fare and her ellipsis quote ending in a question with she said "", a hospital employers\' council in a statement ("W"), the authority said (reduced fares "W"), service information "", a meeting of record ending at St. before a one-line sentence "", the standfirst a could-hedge (masthead in capitals, subscription strip, menu with middle dots, section label in capitals, headline, standfirst, byline with role, date and updated line, share strip, caption "" and a slash credit, Advertisement and a RELATED link mid-story, bio and email lines, newsletter line, Most Popular list, copyright with Co. and Inc., legal-links line)',
    'South African FACT-CHECK site\'s article (Durban, eThekwini) rating two claims: a headline question and standfirst "", CLAIM 1 and CLAIM 2 labels "B", each "CLAIM: ..." line "W" as a claim of fact, each "VERDICT: ..." rating "" (the checker\'s judgement) and a summary line of record "W", the opposition leader whose colon-introduced quote is "W" and whose second quote is "", his spokesperson\'s report sent to the checker in the writer\'s voice (no verb of saying) "W", his office did not reply "", the plan\'s figures through According to with i.e. and the plan says with (p. 34) "W", a trend "W", a professor with Prof. whose definition with e.g. and share are "W" and whose quote is "", a two-sentence funding appeal "B", the mayor whose colon-introduced claim is "W" and whose quote is "", the annual report with (Table 3.2, p. 112) "W", the checker\'s question and conclusions "", the mayor\'s spokesperson whose words and missing records are "W", a Sources label and citation lines with pp., Vol. and Prof. "B", a ratings scale line "B" (site name in capitals, menu with pipes, section label with ›, byline with researcher, published line, share line, a tip line, More fact-checks list, copyright with NPC and a republishing line)',
    'Welsh weekly\'s OBITUARY (Blaenau Ffestiniog, Gwynedd) of a quarryman who founded a male voice choir: the death, age, birth, quarry work, the choir\'s founding with (c. 1961; ...) mid-sentence, prizes, a tour ending at the U.S. before It, later tours, a quarry level designated No. 7, bus driving, a council seat and an MBE, marriage, survivors, a funeral fixed for Friday at 1pm led by the Rev., and a closing life line with born and died, all "W" in the writer\'s voice; his own remembered saying "", his daughter (later she and She) whose memories and quote are "", his successor as conductor whose colon-introduced quote runs over two paragraphs with an ellipsis before lower case ("", cue said in each) and whose record of 52 members is "W", a former colleague\'s tribute "", a flowers-and-donations line "" (masthead in capitals, bilingual menu with pipes, Obituaries label, headline, standfirst, byline, date and time line, share line, caption "" and Photo credit, Advertisement mid-story, a memories prompt with an email, Read more list, copyright split at Cyf. before All rights reserved.)',
    'Indian English daily\'s COURT story (Bengaluru), the High Court quashes demolition notices to 214 homes near a lake: the order in the writer\'s voice, the judge with Justice (later the judge) whose holding under s. 321 of a state act of 1976 is "W" (cue held) and whose observation citing Art. 14 and Art. 21 is "W" (cue observed), directions and costs with Rs "W", the case title with vs., & Ors. and (W.P. No. 18734 of 2026) "W", the residents\' senior advocate (later He and he) whose argument and figures are "W" (cues argued and told the court) and whose intention is "", the Additional Advocate General with initials S.R. whose submission is "W" and whose intention outside court is "", a resident\'s own loan in lakh "" and her quoted question with she asked, a scene "", the association secretary whose count of families is "W" and whose ellipsis quote is "", the commissioner with Dr. who said in a statement (a record of 27 lakes "W") and her compliance "", Legal experts say with could "", a listing date of record (masthead in capitals, city and date strip, menu with middle dots, section label with ›, headline with HC, standfirst of record, Staff Reporter byline, date line with IST, share line, caption "" and File photo credit, ADVERTISEMENT and an Also Read link mid-story, Related Topics line, a two-sentence comments note, a printable-version line with a URL, copyright with Pvt. Ltd.)',
]

ARTICLES = [
    [
        [
            ("THE KIANGAZA LEDGER", "", "", "B"),
        ],
        [
            ("Tuesday, November 24, 2026 · Nairobi 23°C · ePaper · Sign in", "", "", "B"),
        ],
        [
            (
                "Home  News  Counties  Politics  Business  Education  Sports  Opinion  Video",
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
                "Teachers’ strike, day 3: 41,200 public schools stay shut as union and employer return to talks",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Ledger reporters in Nairobi, Kisumu, Eldoret and Mombasa", "", "", "B"),
        ],
        [
            ("Last updated: 3:52 PM EAT", "", "", "B"),
        ],
        [
            ("Share on WhatsApp | Share on Facebook | Share on X | Copy link", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "The Walimu Pamoja Union called the strike on Sunday after talks on a Sh18.6 billion pay deal collapsed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The union wants a 14 per cent rise over two years; the Public Schools Service Board has offered 6.5 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A labour court will hear the board’s application to suspend the strike on Thursday at 9 a.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            ("3:52 PM", "", "", "B"),
        ],
        [
            ("Talks adjourned until 10 a.m. Wednesday", "", "", "W"),
        ],
        [
            (
                "Talks between the union and the board ended at 3.30pm without a deal and will resume at 10 a.m. tomorrow, union secretary-general Naliaka Kwamboke-Omariba said.",
                "Naliaka Kwamboke-Omariba",
                "said",
                "W",
            ),
            (
                "“We moved a little, they moved a little... but a little is not enough,” she told reporters outside the board’s offices on Wairegi Rd.",
                "Naliaka Kwamboke-Omariba",
                "told reporters",
                "",
            ),
            (
                "She said the union’s national executive would study a revised offer overnight.",
                "Naliaka Kwamboke-Omariba",
                "said",
                "",
            ),
        ],
        [
            ("— Reporting by Awinja Nalianya-Maragwa", "", "", "B"),
        ],
        [
            ("2:15 PM", "", "", "B"),
        ],
        [
            (
                "Board says 6.5 per cent offer is “final for this financial year”",
                "the Public Schools Service Board",
                "says",
                "",
            ),
        ],
        [
            (
                "In a statement, board chief executive Dr. Mwadime Chigamba-Seroney said the 6.5 per cent offer would cost Sh8.1 billion in the current financial year, and that the Treasury had approved no more than Sh8.4 billion.",
                "Mwadime Chigamba-Seroney",
                "said",
                "W",
            ),
            (
                "He said the board paid November salaries to all 338,000 teachers on its payroll on Friday, “including those now on strike.”",
                "Mwadime Chigamba-Seroney",
                "said",
                "W",
            ),
            (
                "“We are asking teachers to go back to class while we talk,” he said.",
                "Mwadime Chigamba-Seroney",
                "said",
                "",
            ),
        ],
        [
            ("— Reporting by Obegi Nyangau-Kimathi", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("1:40 PM", "", "", "B"),
        ],
        [
            ("Police fire tear gas at teachers’ march in Eldoret", "", "", "W"),
        ],
        [
            (
                "Police fired tear gas at about 400 teachers marching to the county education office on Kimoson St. in Eldoret, Uasin Gishu County police commander Tunje Khaemba-Sigei said.",
                "Tunje Khaemba-Sigei",
                "said",
                "W",
            ),
            (
                "He said three people were arrested and later released on cash bail of Sh5,000 each.",
                "Tunje Khaemba-Sigei",
                "said",
                "W",
            ),
            (
                "Union branch secretary Nasimiyu Ogwora-Mogaka said two teachers were treated for breathing problems at the county referral hospital and discharged.",
                "Nasimiyu Ogwora-Mogaka",
                "said",
                "W",
            ),
        ],
        [
            ("1:05 PM", "", "", "B"),
        ],
        [
            ("Kisumu parents pay for private lessons", "", "", ""),
        ],
        [
            (
                "Millicent Nyarangi-Gesora, a mother of three in Nyalenda, Kisumu, said she had paid Sh1,500 for a week of lessons at a tuition centre for her son, who sits his Grade 9 assessment next year.",
                "Millicent Nyarangi-Gesora",
                "said",
                "",
            ),
            (
                "“Who is going to refund me, the board or the union?” she asked.",
                "Millicent Nyarangi-Gesora",
                "asked",
                "",
            ),
        ],
        [
            ("12:20 PM", "", "", "B"),
        ],
        [
            ("Private schools open as normal", "", "", "W"),
        ],
        [
            (
                "The Association of Independent Academies, which represents 2,900 private schools, said its members were open as usual and were not part of the dispute.",
                "The Association of Independent Academies",
                "said",
                "W",
            ),
        ],
        [
            ("11:30 AM", "", "", "B"),
        ],
        [
            ("What is Circular No. 4 of 2026?", "", "", ""),
        ],
        [
            (
                "The board’s Circular No. 4 of 2026, issued on Nov. 20, told head teachers to record the names of striking teachers and send them to county offices by Friday.",
                "",
                "",
                "W",
            ),
            (
                "The union says the circular breaches Art. 41 of the Constitution, which protects the right to strike, and it has asked its lawyers to challenge it.",
                "The union",
                "says",
                "W",
            ),
        ],
        [
            ("10:45 AM", "", "", "B"),
        ],
        [
            (
                "In Mombasa, county director of education Mwanamisi Mbodze-Chitayi said 212 of the county’s 219 public primary and junior schools were closed.",
                "Mwanamisi Mbodze-Chitayi",
                "said",
                "W",
            ),
            (
                "The other seven are run by teachers who are not union members, she said.",
                "Mwanamisi Mbodze-Chitayi",
                "said",
                "W",
            ),
            (
                "She said she expected most schools to reopen “within days” if the court rules for the board.",
                "Mwanamisi Mbodze-Chitayi",
                "said",
                "",
            ),
        ],
        [
            ("— Reporting by Kalume Mwadzogo-Tsuma", "", "", "B"),
        ],
        [
            ("9:58 AM", "", "", "B"),
        ],
        [
            (
                "Good morning and welcome to our live coverage of the third day of the teachers’ strike.",
                "",
                "",
                "",
            ),
            (
                "We will bring you updates from the talks in Nairobi and from our reporters across the country.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            ("Related coverage", "", "", "B"),
        ],
        [
            ("Explained: how teachers’ pay is set, and who pays for it", "", "", "B"),
        ],
        [
            ("Parents’ guide: what the strike means for Grade 9 assessments", "", "", "B"),
        ],
        [
            ("Have a story? WhatsApp the newsroom on 0700 555 218.", "", "", "B"),
        ],
        [
            ("© 2026 Kiangaza Media Group Ltd., P.O. Box 40917-00100, Nairobi.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("ANDESWIRE", "", "", "B"),
        ],
        [
            ("World   Business   Markets   Commodities   Energy   Legal   Analysis", "", "", "B"),
        ],
        [
            ("Commodities", "", "", "B"),
        ],
        [
            ("Copper output at Chile’s Tolvaris mine falls 12% after 19-day strike", "", "", "W"),
        ],
        [
            ("By Cristóbal Arancibia-Quintrel and Javiera Sanhueza-Aucapán", "", "", "B"),
        ],
        [
            ("4 minute read", "", "", "B"),
        ],
        [
            ("November 25, 2026 6:14 PM UTC · Updated 41 mins ago", "", "", "B"),
        ],
        [
            (
                "SANTIAGO, Nov 25 (Andeswire) - Copper production at the Tolvaris mine in northern Chile fell 12.4% in October from a year earlier to 38,400 metric tons, its operator Minera Altoquenco S.A. said on Wednesday, after a 19-day strike by its largest union.",
                "Minera Altoquenco S.A.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company said output had recovered to about 1,310 tons a day by mid-November, close to the 1,360 tons a day it averaged before the stoppage.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            ("Altoquenco is 70% owned by Denver-based Harwenmoor Resources Inc.", "", "", "W"),
            ("A Japanese trading house, Sumiwara Tsusho Co., holds the other 30%.", "", "", "W"),
        ],
        [
            (
                "The strike by Union No. 2, which represents 1,140 of the mine’s 2,650 direct employees, ended on Oct 21 after the company agreed to a one-off bonus of 4.1 million pesos per worker, union president Constanza Huenchullán-Railaf told Andeswire.",
                "Constanza Huenchullán-Railaf",
                "told Andeswire",
                "W",
            ),
            (
                "“We did not want to strike... the company left us no choice,” she said by phone from Antofagasta.",
                "Constanza Huenchullán-Railaf",
                "said",
                "",
            ),
            (
                "She said the union would watch whether the company kept its promise to hire 120 more maintenance workers by March.",
                "Constanza Huenchullán-Railaf",
                "said",
                "",
            ),
            (
                "“If they do not keep it, we will be back at the gate,” she said.",
                "Constanza Huenchullán-Railaf",
                "said",
                "",
            ),
        ],
        [
            ("Sign up for The Copper Desk, our weekly metals briefing, here.", "", "", "B"),
        ],
        [
            (
                "National copper output fell 3.1% in October to 431,200 tons, according to figures from the state copper commission.",
                "figures from the state copper commission",
                "according to",
                "W",
            ),
            (
                "Benchmark three-month copper was up 0.6% at $9,812.50 a ton at 1530 GMT.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Analysts at Banco Pehuenche said in a note that the mine could lose a further 8,000 tons this year if a second union, Union No. 1, strikes in December as it has threatened to.",
                "Analysts at Banco Pehuenche",
                "said in a note",
                "",
            ),
            (
                "They said Tolvaris accounted for about 2.2% of Chile’s copper output in 2025.",
                "Analysts at Banco Pehuenche",
                "said",
                "W",
            ),
            (
                "A second stoppage would be harder to absorb because concentrate stocks at the port are low, they said.",
                "Analysts at Banco Pehuenche",
                "said",
                "",
            ),
        ],
        [
            (
                "Altoquenco chief executive Agustín Zañartu-Pilquimán said the company lost about $212 million in revenue during the strike, and that the bonus would cost it 4.7 billion pesos (approx. $5 million).",
                "Agustín Zañartu-Pilquimán",
                "said",
                "W",
            ),
            (
                "“It was a hard month for everyone, and I think both sides learned something,” he said.",
                "Agustín Zañartu-Pilquimán",
                "said",
                "",
            ),
            (
                "He said he still expected the mine to produce between 455,000 and 470,000 tons this year.",
                "Agustín Zañartu-Pilquimán",
                "said",
                "",
            ),
        ],
        [
            (
                "Harwenmoor cut its full-year guidance for Tolvaris to that range from 490,000 tons in a regulatory filing on Nov 3.",
                "",
                "",
                "W",
            ),
            ("Its shares were down 1.8% at $41.06 in afternoon trading in New York.", "", "", "W"),
        ],
        [
            (
                "The mining ministry did not respond to a request for comment.",
                "The mining ministry",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "The Tolvaris open pit, 3,900 metres above sea level in the Antofagasta region, has been in production since 1998.",
                "",
                "",
                "W",
            ),
            (
                "Its workers typically spend seven days at the mine and seven at home, many of them on the coast.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "(Reporting by Cristóbal Arancibia-Quintrel in Santiago and Javiera Sanhueza-Aucapán in Antofagasta; Additional reporting by Fabian Wendlinger-Okunola in New York; Editing by Francisca Retamal-Leiva and Georgiana Hobbday-Crickmay)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("How we work: the Andeswire editorial code", "", "", "B"),
        ],
        [
            ("Purchase licensing rights", "", "", "B"),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Peru’s southern copper corridor reopens after 11-day road blockade", "", "", "B"),
        ],
        [
            ("Lithium brine permits delayed again in Atacama salt flat", "", "", "B"),
        ],
        [
            ("Copyright 2026 Andeswire, a unit of Estrella Nahuelpán Medios S.A.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Brecklow Mercury", "", "", "B"),
        ],
        [
            (
                "News | Sport | What’s On | Property | Jobs | Family Notices | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Breckmere › Council", "", "", "B"),
        ],
        [
            ("Garden waste charge of £49 a year approved as council closes £3.8m gap", "", "", "W"),
        ],
        [
            (
                "Householders will also lose free bulky-waste collections from April, but cabinet drops plan to shut Dereham tip on Tuesdays",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Clementina Kirkhope-Cawood", "", "", "B"),
        ],
        [
            ("Council reporter", "", "", "B"),
        ],
        [
            ("Published 26 November 2026, 7:41pm · 5 min read", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                "Brown bins will be emptied fortnightly between March and November under the new scheme.",
                "",
                "",
                "W",
            ),
            ("Picture: Brecklow Mercury archive", "", "", "B"),
        ],
        [
            (
                "Breckmere District Council’s cabinet voted 6-2 on Wednesday night to charge householders £49 a year for fortnightly garden-waste collections from 1 April 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to a report presented under Item 7 of the agenda, the council faces a budget gap of £3.8m in 2027-28.",
                "a report presented under Item 7 of the agenda",
                "According to",
                "W",
            ),
        ],
        [
            (
                "Council leader Cllr Merryn Gosse-Lanercost (Con, Swaffham North) said the garden-waste service cost £2.3m a year to run and was used by fewer than half of the district’s 61,400 households.",
                "Merryn Gosse-Lanercost",
                "said",
                "W",
            ),
            (
                "“It isn’t fair to ask a flat-dweller in Thetford to pay for somebody else’s lawn clippings,” he said.",
                "Merryn Gosse-Lanercost",
                "said",
                "",
            ),
            (
                "He said the charge would “probably” lead some people to compost at home, “which is no bad thing.”",
                "Merryn Gosse-Lanercost",
                "said",
                "",
            ),
        ],
        [
            (
                "The report says 24 of the 27 councils in the East of England already charge for garden waste, at an average of £53.10 a year.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: New bus timetable for Breckmere villages from January", "", "", "B"),
        ],
        [
            (
                "Opposition leader Cllr Daljinder Mawby-Plumstead (Lib Dem, Dereham South) said the charge was “a bin tax by the back door”.",
                "Daljinder Mawby-Plumstead",
                "said",
                "",
            ),
            (
                "She said the council had spent £640,000 on consultants since May 2025, and had raised councillors’ allowances by 4.5% in the same budget round.",
                "Daljinder Mawby-Plumstead",
                "said",
                "W",
            ),
            (
                "“How can we look residents in the eye and say there is no money?” she asked.",
                "Daljinder Mawby-Plumstead",
                "asked",
                "",
            ),
        ],
        [
            (
                "The other vote against came from Cllr Ossian Tredgett-Lillywhite (Ind, Watton).",
                "",
                "",
                "W",
            ),
            (
                "He said he would ask the full council to think again when it meets on 10 December.",
                "Ossian Tredgett-Lillywhite",
                "said",
                "",
            ),
            (
                "“People in the villages will simply burn their hedge cuttings, and then what?” he said.",
                "Ossian Tredgett-Lillywhite",
                "said",
                "",
            ),
        ],
        [
            (
                "Cabinet member for environment Cllr Jenifer Quoin-Bramston said households that sign up before 31 January would pay an early-bird rate of £44, and those on council tax support would pay £24.50.",
                "Jenifer Quoin-Bramston",
                "said",
                "W",
            ),
            (
                "She said bulky-waste collections, now free for up to three items, would cost £28 for up to three items, e.g. a sofa, a fridge and a mattress, and £9 for each extra item.",
                "Jenifer Quoin-Bramston",
                "said",
                "W",
            ),
        ],
        [
            (
                "The consultation drew 2,140 responses, she said, and 58% of them opposed the charge.",
                "Jenifer Quoin-Bramston",
                "said",
                "W",
            ),
            (
                "A proposal to close the Dereham household waste recycling centre on Tuesdays, which would have saved £86,000 a year, was dropped after the consultation, she said.",
                "Jenifer Quoin-Bramston",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ellowyn Cabbell-Nuttridge, 71, of Gressenhall, said she already paid £2,061 a year in council tax for her bungalow and had used the garden-waste service since it began.",
                "Ellowyn Cabbell-Nuttridge",
                "said",
                "",
            ),
            (
                "“I’ll pay it, I suppose... what choice do I have?” she said.",
                "Ellowyn Cabbell-Nuttridge",
                "said",
                "",
            ),
        ],
        [
            (
                "A council spokesperson said the charge would be collected through a garden-waste permit, with a sticker for each bin, as in neighbouring districts.",
                "A council spokesperson",
                "said",
                "W",
            ),
            (
                "Residents can sign up online from 4 January, or by phoning 01362 555 480 between 9am and 5pm, Mon.–Fri.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The decision takes effect unless five councillors call it in by 4pm on 3 December, under rule 16.4 of the council’s constitution.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "This article was written by a reporter paid for by the Mercury’s community news fund.",
                "",
                "",
                "B",
            ),
            ("Readers’ donations keep it going.", "", "", "B"),
        ],
        [
            ("Comments (37)", "", "", "B"),
        ],
        [
            ("Sort by: Newest | Oldest | Most liked", "", "", "B"),
        ],
        [
            ("Most read in Breckmere", "", "", "B"),
        ],
        [
            ("Swaffham market traders win fight over pitch fees", "", "", "B"),
        ],
        [
            ("Watton man, 34, jailed for stealing catalytic converters", "", "", "B"),
        ],
        [
            ("Complaints about this article? Read our corrections policy.", "", "", "B"),
        ],
        [
            ("© Brecklow Media Ltd 2026.", "", "", "B"),
            ("Registered in England & Wales No. 04418236.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DAILY KOHISTAR", "", "", "B"),
        ],
        [
            ("Thursday, November 26, 2026 | Lahore 19°C | E-Paper", "", "", "B"),
        ],
        [
            (
                "Home | Pakistan | World | Business | Sport | Cricket | Opinion | Magazine",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sport / Cricket", "", "", "B"),
        ],
        [
            ("Sentinels beat Foundrymen by 27 runs to lift Gulnoor Cup", "", "", "W"),
        ],
        [
            (
                "Opener Zeeshan Goraya-Tatla’s 74 and leg-spinner Sufyan Mekan-Dasti’s four wickets give Shahdara their first title since 2019",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Our Staff Reporter", "", "", "B"),
        ],
        [
            ("November 26, 2026 · Updated 11:58pm", "", "", "B"),
        ],
        [
            ("Share | Tweet | WhatsApp", "", "", "B"),
        ],
        [
            (
                "Shahdara Sentinels players celebrate with the trophy at the Mughalpura Cricket Ground on Wednesday night.",
                "",
                "",
                "",
            ),
            ("— Photo by Kohistar", "", "", "B"),
        ],
        [
            (
                "LAHORE: Shahdara Sentinels won the Gulnoor Cup for the first time since 2019 on Wednesday night, beating Faisalabad Foundrymen by 27 runs in front of a crowd of 21,800 at the Mughalpura Cricket Ground.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Put in to bat, the Sentinels made 186-5 in their 20 overs, with opener Zeeshan Goraya-Tatla scoring 74 off 49 balls.",
                "",
                "",
                "W",
            ),
            (
                "He hit six fours and four sixes before he was caught at long-on in the 16th over.",
                "",
                "",
                "W",
            ),
            (
                "It was the kind of innings Lahore crowds come out to see: unhurried early, brutal late.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The Foundrymen were bowled out for 159 in 18.4 overs.", "", "", "W"),
            (
                "Leg-spinner Sufyan Mekan-Dasti took 4-21 in his four overs, including No. 3 batter M. Uzair Langah-Mahar for a duck.",
                "",
                "",
                "W",
            ),
            (
                "Faisalabad needed 51 off the last four overs with five wickets in hand, but lost their last five for 23.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We were calm... we knew one wicket would open the door,” Sentinels captain Sarmad Ghuman-Dahar said.",
                "Sarmad Ghuman-Dahar",
                "said",
                "",
            ),
            (
                "He said the side had won nine of its 11 matches this season, losing only to the Foundrymen in the group stage.",
                "Sarmad Ghuman-Dahar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Foundrymen captain Tayyab Kakar-Abro said his side dropped two catches, both off Goraya-Tatla.",
                "Tayyab Kakar-Abro",
                "said",
                "W",
            ),
            (
                "“We bowled too short, too often, and you don’t get away with that in a final!” he said.",
                "Tayyab Kakar-Abro",
                "said",
                "",
            ),
            (
                "He said he hoped his young bowlers would learn from the night.",
                "Tayyab Kakar-Abro",
                "said",
                "",
            ),
        ],
        [
            (
                "Sentinels coach Nauman Orakzai-Bangash said the win “belongs to every street in Shahdara.”",
                "Nauman Orakzai-Bangash",
                "said",
                "",
            ),
            (
                "He said he would keep the same eleven for the inter-city league next month if everyone was fit.",
                "Nauman Orakzai-Bangash",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Also read: Junior trials for Lahore region to start on December 5", "", "", "B"),
        ],
        [
            (
                "Tournament director Lt. Col. (retd.) Shaukat Achakzai-Gandapur said the winners would receive Rs5 million and the runners-up Rs2.5m, and that ticket sales had raised Rs14.2m, a record for the tournament.",
                "Shaukat Achakzai-Gandapur",
                "said",
                "W",
            ),
            (
                "He said he hoped to move next year’s final to 7 p.m. to draw a bigger television audience.",
                "Shaukat Achakzai-Gandapur",
                "said",
                "",
            ),
        ],
        [
            (
                "The Sentinels’ previous title, in 2019, also came against the Foundrymen, by six wickets.",
                "",
                "",
                "W",
            ),
            ("Few in the ground on Wednesday will have minded the wait.", "", "", ""),
        ],
        [
            ("SCORECARD", "", "", "B"),
        ],
        [
            (
                "Shahdara Sentinels v Faisalabad Foundrymen, Gulnoor Cup final, Mughalpura Cricket Ground",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sentinels 186-5 (20 ov): Z. Goraya-Tatla 74 (49b, 6x4, 4x6), S. Ghuman-Dahar 38*; K. Mudassar-Khosa 2-33.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Foundrymen 159 all out (18.4 ov): T. Kakar-Abro 52, M. Uzair Langah-Mahar 0; S. Mekan-Dasti 4-21, R. Javed-Mazari 2-30.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Toss: Foundrymen, chose to field.", "", "", ""),
            ("Umpires: I. Ammar-Kalyar and G. Mustafa-Rehan.", "", "", ""),
            ("Player of the match: S. Mekan-Dasti.", "", "", ""),
        ],
        [
            ("More from Sport", "", "", "B"),
        ],
        [
            ("Hockey: Lahore clubs to play Sunday league under lights", "", "", "B"),
        ],
        [
            ("Squash: Peshawar teenager wins junior open", "", "", "B"),
        ],
        [
            ("© The Daily Kohistar, 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LODEMERE CHRONICLE", "", "", "B"),
        ],
        [
            ("Subscribe | Sign in | Today’s paper", "", "", "B"),
        ],
        [
            (
                "Nova Scotia · Health · Science · Business · Sports · Opinion · Life · Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            (
                "Gas stoves linked to 24% more childhood asthma ER visits in Nova Scotia homes",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers say the finding does not prove stoves cause asthma attacks, but urge families to use range hoods",
                "Researchers",
                "say",
                "",
            ),
        ],
        [
            ("Grainne Fraserburn-Okafornwa", "", "", "B"),
        ],
        [
            ("Health reporter", "", "", "B"),
        ],
        [
            ("Published Nov. 27, 2026 · 5 min read", "", "", "B"),
        ],
        [
            ("Share · Email · Print · Save", "", "", "B"),
        ],
        [
            (
                "HALIFAX — Children who live in homes with natural gas stoves made 24 per cent more asthma-related visits to emergency departments than children in homes with electric stoves, according to a Nova Scotia study published Thursday.",
                "a Nova Scotia study published Thursday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The study followed 6,482 children aged two to 12 between 2019 and 2025, said lead author Dr. Finola Gillanvaugh-Gautreau, a pediatric respirologist at Brinecove Children’s Hospital.",
                "Finola Gillanvaugh-Gautreau",
                "said",
                "W",
            ),
            (
                "She said children in gas-stove homes made 1.24 times as many visits (95% CI, 1.09 to 1.41), after the team accounted for smoking in the home, income, mould and traffic.",
                "Finola Gillanvaugh-Gautreau",
                "said",
                "W",
            ),
            (
                "“That’s not a small number, but it’s not a reason to panic either,” she said.",
                "Finola Gillanvaugh-Gautreau",
                "said",
                "",
            ),
        ],
        [
            (
                "The team recruited families through 14 family practices in Halifax, Dartmouth and Bedford, N.S.",
                "",
                "",
                "W",
            ),
            ("Each home was visited once a year.", "", "", "W"),
        ],
        [
            (
                "The gap was wider in homes without a range hood vented outdoors, i.e. about 3,100 of the homes, where the rate was 1.41 times as high.",
                "",
                "",
                "W",
            ),
            (
                "The authors wrote that the study “cannot establish causation”, and that families who cook with gas may differ from others in ways the data did not capture.",
                "the authors",
                "wrote",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "RELATED: Brinecove hospital opens 12-bed short-stay unit for children with breathing problems",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Co-author Dermid Szymanowicz-Shearlaw, Ph.D., an environmental engineer at Ardmoray University, said his team measured nitrogen dioxide in 212 of the homes for two weeks each.",
                "Dermid Szymanowicz-Shearlaw",
                "said",
                "W",
            ),
            (
                "Kitchens with gas stoves averaged 31 parts per billion, vs. 9 ppb in kitchens with electric ones, he said.",
                "Dermid Szymanowicz-Shearlaw",
                "said",
                "W",
            ),
            (
                "“If you wouldn’t stand next to a running car for an hour, why would you do it over a pot of soup?” he asked.",
                "Dermid Szymanowicz-Shearlaw",
                "asked",
                "",
            ),
        ],
        [
            (
                "Dr. Torin Brodeur-Daigle, a respirologist in Saint John, N.B., who was not involved in the study, said the findings matched those of at least four earlier studies in the U.S. and Europe.",
                "Torin Brodeur-Daigle",
                "said",
                "W",
            ),
            (
                "He said the study was “careful,” but that only a trial could show whether switching stoves reduces attacks.",
                "Torin Brodeur-Daigle",
                "said",
                "",
            ),
            (
                "The risk for any one child is “small, but real,” he said.",
                "Torin Brodeur-Daigle",
                "said",
                "",
            ),
        ],
        [
            (
                "Meryl Greenough-Cyr, whose seven-year-old son Kester took part in the study, said he had been to the emergency department three times last winter.",
                "Meryl Greenough-Cyr",
                "said",
                "",
            ),
            (
                "“We switched to an induction plate in March... and he hasn’t had an attack since,” she said.",
                "Meryl Greenough-Cyr",
                "said",
                "",
            ),
        ],
        [
            (
                "Provincial health department spokesperson Gillon Lambeth-Stefaniuk said children made 8,912 asthma-related emergency visits in Nova Scotia in 2025, up from 7,430 in 2022.",
                "Gillon Lambeth-Stefaniuk",
                "said",
                "W",
            ),
            (
                "He said the department would “review the study with interest.”",
                "Gillon Lambeth-Stefaniuk",
                "said",
                "",
            ),
        ],
        [
            (
                "Maritime Hearth Gas Ltd., which supplies about 14,000 homes in the Halifax area, said in an email that fewer than 2,300 of them have gas stoves.",
                "Maritime Hearth Gas Ltd.",
                "said in an email",
                "W",
            ),
            (
                "The company said customers should run the range hood and open a window while cooking.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "Families can borrow an air purifier free of charge through Brinecove’s asthma clinic by calling 902-555-0147.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The study was funded by the Prokopchuk Family Research Trust and published in the Canadian Journal of Child Lung Health.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Journal reference: Gillanvaugh-Gautreau F, Szymanowicz-Shearlaw D, et al. Gas cooking and pediatric asthma emergency visits in Nova Scotia. Can J Child Lung Health. 2026;9(4):211-19.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Grainne Fraserburn-Okafornwa covers health for the Chronicle.", "", "", "B"),
            ("She can be reached at ofraserburn@lodemerechronicle.ca.", "", "", "B"),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Dartmouth ferry schedule trimmed for winter", "", "", "B"),
        ],
        [
            ("Province adds 40 long-term care beds in Truro", "", "", "B"),
        ],
        [
            ("© Copyright 2026 Lodemere Media Inc.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DUNNHILL GAZETTE", "", "", "B"),
        ],
        [
            ("Friday | November 27, 2026 | e-paper | subscribe", "", "", "B"),
        ],
        [
            (
                "Latest   News   Business   Sport   Entertainment   Letters   Columns   Farm & Country",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Farm & Country | Interview", "", "", "B"),
        ],
        [
            (
                "‘Thieves reap what we sow’: farm leader says crop theft cost St Elizabeth growers J$412m last year",
                "Novelette Coore-Wetherill",
                "says",
                "W",
            ),
        ],
        [
            (
                "The head of the parish’s largest growers’ co-operative on praedial larceny, police patrols and why she wants a receipt for every yam",
                "",
                "",
                "",
            ),
        ],
        [
            ("BY ORETTE MAYNEFORD-COXON", "", "", "B"),
        ],
        [
            ("Senior Staff Reporter", "", "", "B"),
        ],
        [
            ("Share this: | Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "Novelette Coore-Wetherill in her sweet-potato field in Southfield, St. Elizabeth, on Tuesday.",
                "",
                "",
                "",
            ),
            ("(PHOTO: KEVAUGHN RANSLEY-DAWES)", "", "", "B"),
        ],
        [
            (
                "SOUTHFIELD, St. Elizabeth — Novelette Coore-Wetherill has farmed 11 acres here for 34 years, and for the last three has led the Southfield Growers’ Co-operative, which has 2,360 members across the parish.",
                "",
                "",
                "W",
            ),
            (
                "This week the co-operative published a survey of 1,018 of its members that put their losses to theft at J$412 million in 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("GAZETTE: What does J$412 million mean for one farmer?", "", "", ""),
        ],
        [
            (
                "NOVELETTE COORE-WETHERILL: It means the average member lost J$405,000 last year, which for a small farmer is most of a year’s profit.",
                "Novelette Coore-Wetherill",
                "NOVELETTE COORE-WETHERILL:",
                "W",
            ),
            (
                "One man near Elim had his whole herd, 27 goats, taken in one night in August.",
                "Novelette Coore-Wetherill",
                "NOVELETTE COORE-WETHERILL:",
                "W",
            ),
            (
                "Imagine waking up to an empty pen!",
                "Novelette Coore-Wetherill",
                "NOVELETTE COORE-WETHERILL:",
                "",
            ),
        ],
        [
            (
                "GAZETTE: The police say reports of praedial larceny in the parish fell 9 per cent this year.",
                "The police",
                "say",
                "W",
            ),
            ("Are they wrong?", "", "", ""),
        ],
        [
            (
                "COORE-WETHERILL: Reports are down because people have stopped reporting.",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "W",
            ),
            (
                "Our survey found that only 38 per cent of members who lost crops or animals made a report.",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "W",
            ),
            (
                "Why would you spend a whole day at the station for a form that goes nowhere?",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "",
            ),
        ],
        [
            ("GAZETTE: What would help?", "", "", ""),
        ],
        [
            (
                "COORE-WETHERILL: Enforce the receipt book, that’s all we ask.",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "",
            ),
            (
                "Under the law, anyone transporting produce must carry a receipt from the farmer for loads over 100 lb.",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "W",
            ),
            (
                "Last year the parish police checked 2,900 vehicles and charged 41 people.",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "W",
            ),
        ],
        [
            (
                "GAZETTE: Supt. Tilden Hatherell told this newspaper last week that more patrols are coming.",
                "Tilden Hatherell",
                "told this newspaper",
                "",
            ),
            ("Do you believe him?", "", "", ""),
        ],
        [
            (
                "COORE-WETHERILL: I believe he means it.",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "",
            ),
            (
                "But the parish has 46 rural officers for 1,200 square kilometres, and two of the four vehicles at the Santa Cruz station have been off the road since June.",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "W",
            ),
        ],
        [
            ("GAZETTE: Some farmers have formed night patrols.", "", "", "W"),
            ("Is that safe?", "", "", ""),
        ],
        [
            (
                "COORE-WETHERILL: It worries me.",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "",
            ),
            (
                "A man was shot dead on a night patrol near Mountainside in March, and nobody has been charged.",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "W",
            ),
            (
                "I tell members: lock up, light up and call the police, don’t chase anybody.",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "",
            ),
        ],
        [
            (
                "GAZETTE: The agriculture ministry says it will spend J$60 million on cameras and lights at farm roads next year.",
                "The agriculture ministry",
                "says",
                "",
            ),
            ("Is that enough?", "", "", ""),
        ],
        [
            (
                "COORE-WETHERILL: It’s a start... but J$60 million is about 15 per cent of what we lost in one year.",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "W",
            ),
            (
                "Come back in a year and ask me again.",
                "Novelette Coore-Wetherill",
                "COORE-WETHERILL:",
                "",
            ),
        ],
        [
            ("Have your say: email letters@dunnhillgazette.com.jm", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Yam prices up 22% in Kingston markets as supply tightens", "", "", "B"),
        ],
        [
            ("Police seize 600 lb. of stolen ackee in Manchester", "", "", "B"),
        ],
        [
            ("© 2026 Dunnhill Gazette Company Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LINAWAG DISPATCH", "", "", "B"),
        ],
        [
            ("Sunday, November 29, 2026 | Tacloban City 26°C, heavy rain | Log in", "", "", "B"),
        ],
        [
            ("News · Regions · Nation · Business · Sports · Opinion · Weather", "", "", "B"),
        ],
        [
            ("Weather / Disasters", "", "", "B"),
        ],
        [
            (
                "Typhoon Dalisdis: Signal No. 3 up over Northern Samar; 48,310 evacuated in Eastern Visayas",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sea trips suspended at 14 ports as Dalisdis nears; landfall could come before dawn on Monday",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Ma. Florecita Cabacungan-Dacles", "", "", "B"),
        ],
        [
            ("Last updated: 6:40 p.m., November 29, 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook | Messenger | X | Viber", "", "", "B"),
        ],
        [
            ("UPDATE (6:40 p.m.)", "", "", "B"),
        ],
        [
            (
                "TACLOBAN CITY — The weather bureau raised Tropical Cyclone Wind Signal No. 3 over the northern half of Northern Samar at 5 p.m. Sunday as Typhoon Dalisdis, with maximum sustained winds of 150 km/h and gusts of up to 185 km/h, moved west-northwest at 20 km/h.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At 4 p.m., the eye of the typhoon was 210 km east of Catarman, Northern Samar, according to Severe Weather Bulletin No. 17.",
                "Severe Weather Bulletin No. 17",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Weather bureau forecaster Herminia Dumlao-Yapchiongco said the typhoon could make landfall in Northern Samar between 1 a.m. and 4 a.m. Monday.",
                "Herminia Dumlao-Yapchiongco",
                "said",
                "",
            ),
            (
                "She said 100 to 200 mm of rain was possible over Samar and Leyte, “enough to cause flooding and landslides in areas that were already soaked last week.”",
                "Herminia Dumlao-Yapchiongco",
                "said",
                "",
            ),
            (
                "She said Dalisdis was the 19th tropical cyclone to enter the country’s area of responsibility this year.",
                "Herminia Dumlao-Yapchiongco",
                "said",
                "W",
            ),
        ],
        [
            (
                "As of 3 p.m., 48,310 people from 12,904 families were staying in 312 evacuation centres across the region, the regional disaster office said.",
                "the regional disaster office",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Northern Samar alone, 21,460 people were moved from coastal and riverside villages, provincial disaster officer Engr. Gaudencio Lagrosa-Tabangcura Jr. said.",
                "Gaudencio Lagrosa-Tabangcura Jr.",
                "said",
                "W",
            ),
            (
                "He said 64 of the province’s 569 barangays had carried out forced evacuations.",
                "Gaudencio Lagrosa-Tabangcura Jr.",
                "said",
                "W",
            ),
            (
                "“We would rather feed people in a school for three days than dig them out of the mud,” he said.",
                "Gaudencio Lagrosa-Tabangcura Jr.",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "READ: Stranded passengers sleep on port floor as coast guard halts trips",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The coast guard suspended all sea trips from 14 ports in Samar and Leyte from noon, stranding 1,204 passengers, 88 trucks and 31 vessels, the coast guard district said in an advisory at 2 p.m.",
                "the coast guard district",
                "said in an advisory",
                "W",
            ),
        ],
        [
            (
                "Divina Sabornido-Capuyan, 56, a fish vendor from Brgy. Dapdap in Catarman, said she left her house with her three grandchildren at 9 a.m. with “only rice, water and our papers.”",
                "Divina Sabornido-Capuyan",
                "said",
                "",
            ),
            ("“Who will watch the house?” she asked.", "Divina Sabornido-Capuyan", "asked", ""),
        ],
        [
            (
                "Gov. Saturnino Diwata-Lumbao said the provincial government had released P12.5 million from its quick response fund and had pre-positioned 9,600 family food packs in the towns.",
                "Saturnino Diwata-Lumbao",
                "said",
                "W",
            ),
            (
                "He said classes at all levels, public and private, were suspended on Monday and Tuesday, as was government work on Monday except for disaster and health workers.",
                "Saturnino Diwata-Lumbao",
                "said",
                "W",
            ),
            (
                "He urged families in landslide-prone areas to leave before dark.",
                "Saturnino Diwata-Lumbao",
                "urged",
                "",
            ),
        ],
        [
            (
                "P/Col. Crisostomo Melchor-Dulay, the provincial police director, said 1,150 officers had been deployed to evacuation centres and checkpoints.",
                "Crisostomo Melchor-Dulay",
                "said",
                "W",
            ),
        ],
        [
            (
                "By late afternoon the streets of Catarman were empty except for police trucks and a few tricycles.",
                "",
                "",
                "",
            ),
        ],
        [
            ("EARLIER (12:05 p.m.)", "", "", "B"),
        ],
        [
            (
                "Eleven domestic flights to and from Tacloban were cancelled, according to the airport’s operator.",
                "the airport’s operator",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Samar Silaw Electric Cooperative Inc. said it would cut power in Catarman and three other towns from 8 p.m. as a precaution.",
                "Samar Silaw Electric Cooperative Inc.",
                "said",
                "W",
            ),
            ("Residents should charge phones and power banks before then.", "", "", ""),
        ],
        [
            ("Get typhoon alerts on Viber: join the Dispatch community.", "", "", "B"),
        ],
        [
            (
                "Emergency hotlines: 911 | Northern Samar disaster office 0917 555 0312 | Coast guard 0998 555 4121",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Typhoon Dalisdis, Northern Samar, Eastern Visayas, weather", "", "", "B"),
        ],
        [
            ("MORE STORIES", "", "", "B"),
        ],
        [
            ("Ormoc farmers rush to harvest rice ahead of typhoon", "", "", "B"),
        ],
        [
            ("Leyte schools used as shelters get generators", "", "", "B"),
        ],
        [
            ("© 2026 Linawag Publishing Corp.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KOORAGANG CLARION", "", "", "B"),
        ],
        [
            (
                "Newcastle · Lake Macquarie · Port Stephens · Maitland | Tuesday 1 December 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News  Local  Sport  Business  Explainers  Opinion  Puzzles  Subscribe", "", "", "B"),
        ],
        [
            ("Explainers", "", "", "B"),
        ],
        [
            (
                "E-scooters are legal on Newcastle streets from today. Here’s what the new rules say",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Speed limits, helmets, age limits and fines: six things riders, parents and drivers need to know",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Lowanna Beilby-Vlahos", "", "", "B"),
        ],
        [
            ("Updated December 1 2026 - 6:00am, first published 5:00am", "", "", "B"),
        ],
        [
            ("Share | Save | Gift", "", "", "B"),
        ],
        [
            (
                "Privately owned e-scooters can be ridden on some Newcastle roads and shared paths from Tuesday, after a new state regulation came into force at midnight.",
                "",
                "",
                "W",
            ),
            ("Here is what changes, and what does not.", "", "", ""),
        ],
        [
            ("1. Where can I ride?", "", "", ""),
        ],
        [
            (
                "Under s. 45 of the Road Transport (Personal Mobility Devices) Regulation 2026, riders may use shared paths, bicycle lanes and local roads with a speed limit of 50 km/h or less.",
                "",
                "",
                "W",
            ),
            (
                "Footpaths are off-limits unless a council signposts them, e.g. near a school, and none in Newcastle has done so yet.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("2. How fast can I go?", "", "", ""),
        ],
        [
            (
                "The limit is 20 km/h on roads and bike lanes and 10 km/h on shared paths.",
                "",
                "",
                "W",
            ),
            (
                "Scooters must not be capable of more than 25 km/h, i.e. a scooter sold with a higher top speed has to be limited by the seller.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("3. Do I need a helmet?", "", "", ""),
        ],
        [
            ("Yes.", "", "", ""),
            (
                "Under cl. 12(3), riders must wear a bicycle helmet that meets the national standard, and a rider under 16 must not ride at all.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("4. What are the fines?", "", "", ""),
        ],
        [
            (
                "Riding without a helmet carries a $138 fine, riding on a footpath $182, and riding after drinking the same penalties as for driving.",
                "",
                "",
                "W",
            ),
            (
                "Police issued 1,226 warnings to e-scooter riders in the Newcastle area in the six months before the new rules, according to figures released under freedom of information.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Council votes to add 14 km of separated bike lanes by 2028", "", "", "B"),
        ],
        [
            ("5. Do I need insurance?", "", "", ""),
        ],
        [
            ("No, the regulation does not require it.", "", "", "W"),
            (
                "But Dr Kallista Papadimitriou, a transport safety researcher at Hunterbrook University, said riders should check whether their home contents policy covers injury to others.",
                "Kallista Papadimitriou",
                "said",
                "",
            ),
            (
                "She said 61 people were treated at Kooraweena General Hospital for e-scooter injuries in 2025, 19 of them with head injuries.",
                "Kallista Papadimitriou",
                "said",
                "W",
            ),
        ],
        [
            ("6. What about batteries?", "", "", ""),
        ],
        [
            (
                "From 1 March, scooters and their batteries sold in NSW must carry a safety certification mark, and sellers who do not comply face fines of up to $82,500.",
                "",
                "",
                "W",
            ),
            (
                "Lockie Beddoes-Trimboli, who runs Wheelhaus Mobility Pty Ltd on Hunter St, said most scooters he sold already carried the mark.",
                "Lockie Beddoes-Trimboli",
                "said",
                "W",
            ),
            (
                "“Phones have been ringing all week... people want to know what they can ride,” he said.",
                "Lockie Beddoes-Trimboli",
                "said",
                "",
            ),
        ],
        [
            (
                "Transport Minister Briony Elphinstone said the rules would “bring riders out of the grey zone.”",
                "Briony Elphinstone",
                "said",
                "",
            ),
            (
                "She said more than 310,000 e-scooters had been sold in NSW since 2022, when they were legal only on private land.",
                "Briony Elphinstone",
                "said",
                "W",
            ),
            (
                "She said the government would review the rules after 12 months.",
                "Briony Elphinstone",
                "said",
                "",
            ),
        ],
        [
            (
                "Insp. Rowley Leadbeater of the Newcastle police district said officers would focus on education for the first month.",
                "Rowley Leadbeater",
                "said",
                "",
            ),
            (
                "“Would you let your 12-year-old drive a car?” he asked.",
                "Rowley Leadbeater",
                "asked",
                "",
            ),
        ],
        [
            (
                "Got a question we haven’t answered? Email explainers@kooragangclarion.com.au",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Merewether residents fight shared-path plan", "", "", "B"),
        ],
        [
            ("Light rail extension: what the business case says", "", "", "B"),
        ],
        [
            ("© 2026 Kooragang Clarion Pty Ltd.", "", "", "B"),
            ("ABN 48 602 555 117.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LOMAVERDE COURIER", "", "", "B"),
        ],
        [
            ("Subscribe now: $1 for 6 months | Sign in", "", "", "B"),
        ],
        [
            (
                "Local · Politics · Business · Sports · Food · Things to Do · Opinion · Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TRANSPORTATION", "", "", "B"),
        ],
        [
            (
                "Transit board raises bus fare to $1.75, cuts weekend service on Route No. 7",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A San Antonio state senator’s bill, S.B. 114, would cap such increases, but it could not take effect before next fall",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Leticia Olivarez-Pendergast, Staff writer", "", "", "B"),
        ],
        [
            ("Dec. 2, 2026 | Updated: Dec. 2, 2026 9:14 p.m.", "", "", "B"),
        ],
        [
            ("Share: Email | Facebook | X | Print", "", "", "B"),
        ],
        [
            (
                "Riders board a Route No. 7 bus at the Tamarisco Transit Center on the South Side on Tuesday.",
                "",
                "",
                "",
            ),
            ("Heriberto Alaniz-Prentiss / Staff photographer", "", "", "B"),
        ],
        [
            (
                "SAN ANTONIO — The Bexar Valley Transit Authority’s board voted 6-3 on Wednesday to raise the base bus fare to $1.75 from $1.30 on Feb. 1, the agency’s first increase since 2016.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The board also cut Saturday and Sunday service on Route No. 7, which runs 14 miles from the Tamarisco Transit Center to the Medical Center, to one bus an hour from one every 20 minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Agency President and CEO Maricela Gonzaba-Wickwire said the agency faces an $18.6 million shortfall in its 2027 budget, mostly because federal pandemic relief money ran out in September.",
                "Maricela Gonzaba-Wickwire",
                "said",
                "W",
            ),
            (
                "She said Route No. 7 carries an average of 4,100 riders a day on weekdays but 1,350 on weekends.",
                "Maricela Gonzaba-Wickwire",
                "said",
                "W",
            ),
            (
                "“Nobody on this board wanted to do this,” she said.",
                "Maricela Gonzaba-Wickwire",
                "said",
                "",
            ),
            (
                "She said weekend service could return if sales tax receipts beat the budget.",
                "Maricela Gonzaba-Wickwire",
                "said",
                "",
            ),
        ],
        [
            (
                "The three no votes came from trustees Porfirio Saenz-Kilgore, Shawnette Cantrell-Gallant and the Rev. Anastacio Dubose-Cantu.",
                "",
                "",
                "W",
            ),
            (
                "Cantrell-Gallant said a 2025 rider survey found 41% of weekend riders on the route were traveling to or from work at the Medical Center.",
                "Shawnette Cantrell-Gallant",
                "said",
                "W",
            ),
            (
                "“What do we tell a nurse whose shift starts at 7 a.m. on a Sunday?” she asked.",
                "Shawnette Cantrell-Gallant",
                "asked",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "RELATED: Bexar Valley Transit’s rapid bus line to open to riders in March",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "State Sen. Luzmaria Montemayor-Heald, D-San Antonio, prefiled S.B. 114 on Nov. 9.",
                "",
                "",
                "W",
            ),
            (
                "It would bar transit agencies that receive state grants from raising fares by more than 15% in any 12-month period.",
                "",
                "",
                "W",
            ),
            (
                "Montemayor-Heald said she filed the bill “because riders are the last people anyone asks.”",
                "Luzmaria Montemayor-Heald",
                "said",
                "",
            ),
            (
                "She said she expected a committee hearing in February or March.",
                "Luzmaria Montemayor-Heald",
                "said",
                "",
            ),
        ],
        [
            (
                "If passed, the bill would take effect Sept. 1, 2027, too late to affect the February fare change.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "State Rep. Garland Renfrow, R-Helotes, said the bill was “Austin telling local boards how to run a bus line.”",
                "Garland Renfrow",
                "said",
                "",
            ),
            (
                "He said the authority had received $42 million in state grants since 2021 and “has to live within its means like everybody else.”",
                "Garland Renfrow",
                "said",
                "W",
            ),
        ],
        [
            (
                "Refugio Escamilla-Haughtry, 58, who cleans offices at the Medical Center, said she takes Route No. 7 six days a week and will pay about $27 more a month under the new fare.",
                "Refugio Escamilla-Haughtry",
                "said",
                "",
            ),
            (
                "“On Sundays I already wait 20 minutes... now it will be an hour?” she said.",
                "Refugio Escamilla-Haughtry",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, the South Texas Hospital Employers Council said its members employ about 38,000 people at the Medical Center, and that it “regrets” the weekend cuts.",
                "the South Texas Hospital Employers Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Seniors 65 and older, riders with disabilities and students will continue to pay 60 cents, the authority said.",
                "the authority",
                "said",
                "W",
            ),
            (
                "Riders can load fares on the agency’s app or buy passes at 46 retail outlets.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The board meets next at 6 p.m. on Dec. 16 at its headquarters at 2215 Cortavista St.",
                "",
                "",
                "W",
            ),
            ("The meeting is open to the public.", "", "", ""),
        ],
        [
            ("Leticia Olivarez-Pendergast covers transportation for the Courier.", "", "", "B"),
            ("leticia.op@lomaverdecourier.com", "", "", "B"),
        ],
        [
            ("Sign up for the Morning Commute newsletter", "", "", "B"),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("Downtown parking garage to add 400 spaces", "", "", "B"),
        ],
        [
            ("Wastewater rates to rise 4.9% in January", "", "", "B"),
        ],
        [
            (
                "©2026 Lomaverde Courier Publishing Co., an affiliate of Pennacrest Media Inc.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Privacy Notice | Terms of Use | Your Privacy Choices", "", "", "B"),
        ],
    ],
    [
        [
            ("QAPHELA CHECK", "", "", "B"),
        ],
        [
            ("Fact-checks | Guides | How we work | About us | Donate", "", "", "B"),
        ],
        [
            ("Fact-check › Water", "", "", "B"),
        ],
        [
            (
                "Is half of Durban’s water really lost before it reaches a paying customer?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "We checked two claims from this month’s water debate in the eThekwini council, one by an opposition leader and one by the mayor",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Zinhle Shabalala-Harding | Research: Wandile Mothupi-Elands", "", "", "B"),
        ],
        [
            ("Published: 30 November 2026", "", "", "B"),
        ],
        [
            ("Share this fact-check: Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            ("CLAIM 1", "", "", "B"),
        ],
        [
            (
                "CLAIM: Half of the water eThekwini buys is lost before it reaches a paying customer.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("VERDICT: Mostly correct", "", "", ""),
        ],
        [
            (
                "The city’s own figures put the loss at 47.8%, but not all of that water leaks away.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Speaking at a rally in Umlazi on 14 November, Khulekani Mncube, leader of the opposition Qiniso Civic Alliance in the council, said: “Half of the water this city buys never reaches a paying customer.”",
                "Khulekani Mncube",
                "said",
                "W",
            ),
            (
                "“We are paying for water that runs into the sand,” he said.",
                "Khulekani Mncube",
                "said",
                "",
            ),
        ],
        [
            (
                "His spokesperson, Sanele Ngidi, sent us a 2025 report by the national water department as the source.",
                "",
                "",
                "W",
            ),
            (
                "Mncube’s office did not reply when we asked whether he meant leaks or all unpaid water.",
                "Mncube’s office",
                "did not reply",
                "",
            ),
        ],
        [
            (
                "According to the metro’s 2025-26 water services development plan, 47.8% of the water it bought or produced in 2024-25 was “non-revenue water”, i.e. water for which nobody paid.",
                "the metro’s 2025-26 water services development plan",
                "According to",
                "W",
            ),
            (
                "That was 412 megalitres a day (Ml/day) out of 862 Ml/day, the plan says (p. 34).",
                "the plan",
                "says",
                "W",
            ),
            ("The share has risen from 38.9% in 2016-17.", "", "", "W"),
        ],
        [
            (
                "But Prof. Minenhle Mbokavu, a water engineer at the Thukela Institute of Technology, said non-revenue water also covers water that is used but not billed, e.g. through illegal connections, faulty meters and free supply to informal settlements.",
                "Minenhle Mbokavu",
                "said",
                "W",
            ),
            (
                "She said physical leaks usually make up between half and two-thirds of non-revenue water in South African metros.",
                "Minenhle Mbokavu",
                "said",
                "W",
            ),
            (
                "“So ‘lost’ is fair, but ‘leaked’ would not be,” she said.",
                "Minenhle Mbokavu",
                "said",
                "",
            ),
        ],
        [
            ("Qaphela Check is funded by its readers.", "", "", "B"),
            ("Support our work.", "", "", "B"),
        ],
        [
            ("CLAIM 2", "", "", "B"),
        ],
        [
            (
                "CLAIM: The municipality repaired 21,000 leaks in the last financial year.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("VERDICT: Unproven", "", "", ""),
        ],
        [
            (
                "Mayor Nokwanda Ximba said in the council chamber on 19 November: “We repaired 21,000 leaks last year.”",
                "Nokwanda Ximba",
                "said",
                "W",
            ),
            (
                "“Our teams are out every day and every night,” she said.",
                "Nokwanda Ximba",
                "said",
                "",
            ),
        ],
        [
            (
                "The metro’s 2024-25 annual report, adopted by the council in January, lists 14,620 “repairs to mains and connections” (Table 3.2, p. 112).",
                "",
                "",
                "W",
            ),
            ("We asked the mayor’s office where the figure of 21,000 came from.", "", "", ""),
            (
                "Her spokesperson, Mfundo Ndimande, said the number “includes repairs by contractors”, but he did not provide records by our deadline of 26 November.",
                "Mfundo Ndimande",
                "said",
                "W",
            ),
        ],
        [
            (
                "Without those records, we cannot say whether the mayor’s figure is correct.",
                "",
                "",
                "",
            ),
            ("We will update this report if the metro provides them.", "", "", ""),
        ],
        [
            ("Sources", "", "", "B"),
        ],
        [
            ("eThekwini metro, Water Services Development Plan 2025-26, pp. 30-36.", "", "", "B"),
        ],
        [
            ("eThekwini metro, Annual Report 2024-25, Vol. 2, p. 112.", "", "", "B"),
        ],
        [
            ("Interview with Prof. Minenhle Mbokavu, 24 November 2026.", "", "", "B"),
        ],
        [
            (
                "How we rate claims: Correct | Mostly correct | Misleading | Incorrect | Unproven",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Spotted a claim we should check? WhatsApp us on 066 555 0182.", "", "", "B"),
        ],
        [
            ("More fact-checks", "", "", "B"),
        ],
        [
            ("No, a new prepaid meter does not double your electricity bill", "", "", "B"),
        ],
        [
            ("Did Pietermaritzburg really build 9,000 houses in a year?", "", "", "B"),
        ],
        [
            ("© 2026 Qaphela Check NPC.", "", "", "B"),
            ("Our fact-checks are free to republish with credit.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CWMDERYN ADVERTISER", "", "", "B"),
        ],
        [
            (
                "Newyddion | News | Sport | Chwaraeon | Community | Family Notices | Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Obituaries", "", "", "B"),
        ],
        [
            (
                "Hefin Maesmawr-Watcyn, quarryman who founded Côr Meibion Maenhirion, dies aged 92",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He swapped slate for song, took a valley choir to three continents and never missed a rehearsal he could walk to",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Llio Trefaldwyn", "", "", "B"),
        ],
        [
            ("Friday 4 December 2026, 10:15am", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "Hefin Maesmawr-Watcyn conducting the choir at its 50th anniversary concert.",
                "",
                "",
                "",
            ),
            ("Photo: Maenhirion choir archive", "", "", "B"),
        ],
        [
            (
                "Hefin Maesmawr-Watcyn, who founded the male voice choir Côr Meibion Maenhirion in 1961 and conducted it for 44 years, died at his home in Blaenau Ffestiniog on 21 November.",
                "",
                "",
                "W",
            ),
            ("He was 92.", "", "", "W"),
        ],
        [
            (
                "Born in 1934 in a terraced house below Chwarel Maenhir, he left school at 14 and followed his father into the quarry as a rockman.",
                "",
                "",
                "W",
            ),
            (
                "He once said he learned to read music in the caban, the quarrymen’s hut, from an older man who “sang tenor and swore in both languages.”",
                "Hefin Maesmawr-Watcyn",
                "said",
                "",
            ),
        ],
        [
            (
                "He started the choir with 11 men in the vestry of Tabernacl Maesgwyn (c. 1961; the choir’s own history gives no month) and by 1975 it had 86 members.",
                "",
                "",
                "W",
            ),
            (
                "Under him it won the male choir competition at the Dwyryd Valleys Eisteddfod four times, in 1968, 1974, 1983 and 1991.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The choir’s 1987 tour took it to 14 cities in the U.S.", "", "", "W"),
            ("It later sang in Patagonia, Japan and Lesotho.", "", "", "W"),
        ],
        [
            (
                "When the quarry’s last gallery, Level No. 7, closed in 1969, he retrained as a bus driver and drove the Blaenau to Porthmadog route for 23 years.",
                "",
                "",
                "W",
            ),
            (
                "He sat on the county council as an independent from 1981 to 2004, and was appointed MBE in 2009 for services to music in Meirionnydd.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "His daughter, Gwenno Maesmawr-Elis, said he kept every concert programme in shoeboxes under the stairs, “about 1,400 of them, all labelled.”",
                "Gwenno Maesmawr-Elis",
                "said",
                "",
            ),
            (
                "“He was strict at rehearsals and soft everywhere else,” she said.",
                "Gwenno Maesmawr-Elis",
                "said",
                "",
            ),
            (
                "She said he sang in the bath every morning “until the neighbours complained, and then louder.”",
                "Gwenno Maesmawr-Elis",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Cennydd Meredydd, who took over as conductor in 2005, said: “Hefin never raised his voice.",
                "Cennydd Meredydd",
                "said",
                "",
            ),
            (
                "He just lowered his baton and waited... and we knew.",
                "Cennydd Meredydd",
                "said",
                "",
            ),
        ],
        [
            (
                "“Half the men in this choir are here because he knocked on their door.”",
                "Cennydd Meredydd",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the choir, which now has 52 members, would sing at the funeral.",
                "Cennydd Meredydd",
                "said",
                "W",
            ),
        ],
        [
            (
                "Former council colleague Nanw Cadwallader said he was “the only councillor who read every page of every report, and told you so.”",
                "Nanw Cadwallader",
                "said",
                "",
            ),
        ],
        [
            (
                "He was married for 61 years to Elain, a primary school teacher, who died in 2019.",
                "",
                "",
                "W",
            ),
            (
                "He is survived by his daughter, his son, Dyfan, and five grandchildren.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The funeral will be held at Tabernacl Maesgwyn on Friday 11 December at 1pm, led by the Rev. Eirian Tudweiliog.",
                "",
                "",
                "W",
            ),
            ("Family flowers only; donations, if desired, to the choir’s youth fund.", "", "", ""),
        ],
        [
            (
                "Hefin Awstin Maesmawr-Watcyn, quarryman, bus driver and conductor, born 3 March 1934; died 21 November 2026",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Do you have memories of Hefin? Share them with us at newsdesk@cwmderynadvertiser.co.uk",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Ffestiniog slate trail gets £1.2m for new visitor centre", "", "", "B"),
        ],
        [
            ("Choir numbers rise for first time in a decade, survey finds", "", "", "B"),
        ],
        [
            ("© 2026 Cwmderyn Advertiser Cyf.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE NANDAVANA CHRONICLE", "", "", "B"),
        ],
        [
            ("Bengaluru | Thursday, December 3, 2026 | Today’s Paper", "", "", "B"),
        ],
        [
            (
                "Home · Karnataka · Bengaluru · India · Business · Sport · Opinion · Features",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bengaluru › Courts", "", "", "B"),
        ],
        [
            ("HC quashes demolition notices to 214 homes near Chikkasampige lake", "", "", "W"),
        ],
        [
            (
                "Residents were given seven days to reply instead of 30; corporation told to carry out fresh survey within 12 weeks",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Staff Reporter", "", "", "B"),
        ],
        [
            ("Bengaluru, December 3, 2026 08:42 pm IST", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Email | Print", "", "", "B"),
        ],
        [
            ("Houses on the northern edge of Chikkasampige lake.", "", "", ""),
            ("File photo", "", "", "B"),
        ],
        [
            (
                "The High Court on Thursday quashed demolition notices issued by the city corporation to 214 houses on the northern edge of Chikkasampige lake in east Bengaluru.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Justice Kiranmayi Kodandarama-Bhat held that the notices, issued on September 14 under s. 321 of the Karnataka Municipal Corporations Act, 1976, gave residents seven days to reply when the corporation’s own 2019 circular requires 30.",
                "Kiranmayi Kodandarama-Bhat",
                "held",
                "W",
            ),
            (
                "“A notice that cannot be answered is no notice at all,” the judge observed, adding that the right to be heard under Art. 14 and Art. 21 of the Constitution “is not a formality.”",
                "Kiranmayi Kodandarama-Bhat",
                "observed",
                "W",
            ),
        ],
        [
            (
                "The court directed the corporation to carry out a fresh survey of the lake’s boundary within 12 weeks and to pay costs of Rs 50,000 to the petitioners.",
                "",
                "",
                "W",
            ),
            (
                "The petition, Chikkasampige Lake Residents’ Welfare Association vs. The Commissioner & Ors. (W.P. No. 18734 of 2026), was filed in October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senior advocate Gurudatt Hiremagalur, for the residents, argued that 171 of the 214 houses had been assessed for property tax since 2004 or earlier.",
                "Gurudatt Hiremagalur",
                "argued",
                "W",
            ),
            (
                "He told the court the corporation had approved building plans for 38 of them between 2008 and 2015.",
                "Gurudatt Hiremagalur",
                "told the court",
                "W",
            ),
            (
                "After the hearing, he said the residents would now ask the corporation to regularise the houses.",
                "Gurudatt Hiremagalur",
                "said",
                "",
            ),
        ],
        [
            (
                "Additional Advocate General S.R. Mallikarjunappa, for the corporation, submitted that a 2022 survey by the revenue department found 9.6 acres of the lake bed encroached.",
                "S.R. Mallikarjunappa",
                "submitted",
                "W",
            ),
            (
                "Outside the court hall, he said the corporation would study the order before deciding whether to appeal.",
                "S.R. Mallikarjunappa",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Also Read | Corporation to spend Rs 38 crore reviving 11 lakes this year",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Puttathayamma Hulikal-Revanna, 67, said her husband built their house in 1998 with a loan of Rs 2.4 lakh from a cooperative bank.",
                "Puttathayamma Hulikal-Revanna",
                "said",
                "",
            ),
            (
                "“Where were these officials for 28 years?” she asked.",
                "Puttathayamma Hulikal-Revanna",
                "asked",
                "",
            ),
        ],
        [
            (
                "Several residents had waited outside the court hall through the afternoon, and some wept when the order was read out.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Association secretary Ananthram Dasappa-Thimmaiah said 43 families had moved out after the notices and were renting elsewhere.",
                "Ananthram Dasappa-Thimmaiah",
                "said",
                "W",
            ),
            (
                "“Today is a good day... but the survey is still hanging over us,” he said.",
                "Ananthram Dasappa-Thimmaiah",
                "said",
                "",
            ),
        ],
        [
            (
                "Corporation commissioner Dr. Tejaswini Srikantaiah said in a statement that the corporation had cleared encroachments from 27 lakes since 2021, “following due process in every case.”",
                "Tejaswini Srikantaiah",
                "said in a statement",
                "W",
            ),
            (
                "She said the corporation respected the court and would comply with the survey order.",
                "Tejaswini Srikantaiah",
                "said",
                "",
            ),
        ],
        [
            (
                "Legal experts say the order could affect similar notices issued around at least six other lakes in the city.",
                "Legal experts",
                "say",
                "",
            ),
        ],
        [
            ("The matter is listed for compliance on March 9, 2027.", "", "", "W"),
        ],
        [
            ("Related Topics: courts / lakes / housing / Bengaluru", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Keep comments civil and on topic.", "", "", "B"),
            ("We moderate all comments before they appear.", "", "", "B"),
        ],
        [
            (
                "Printable version | Dec 4, 2026 1:12:45 am | https://www.nandavanachronicle.in/bengaluru/hc-quashes-lake-demolition-notices/article71824.ece",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© The Nandavana Chronicle Pvt. Ltd.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n96-ke-rd-ellipsis-she",
        "Talks between the union and the board ended at 3.30pm without a deal and will resume at 10 a.m. tomorrow, union secretary-general Naliaka Kwamboke-Omariba said. “We moved a little, they moved a little... but a little is not enough,” she told reporters outside the board’s offices on Wairegi Rd. She said the union’s national executive would study a revised offer overnight.",
        [
            "Talks between the union and the board ended at 3.30pm without a deal and will resume at 10 a.m. tomorrow, union secretary-general Naliaka Kwamboke-Omariba said.",
            "“We moved a little, they moved a little... but a little is not enough,” she told reporters outside the board’s offices on Wairegi Rd.",
            "She said the union’s national executive would study a revised offer overnight.",
        ],
    ),
    (
        "n96-ke-circular-no-art",
        "The board’s Circular No. 4 of 2026, issued on Nov. 20, told head teachers to record the names of striking teachers and send them to county offices by Friday. The union says the circular breaches Art. 41 of the Constitution, which protects the right to strike, and it has asked its lawyers to challenge it.",
        [
            "The board’s Circular No. 4 of 2026, issued on Nov. 20, told head teachers to record the names of striking teachers and send them to county offices by Friday.",
            "The union says the circular breaches Art. 41 of the Constitution, which protects the right to strike, and it has asked its lawyers to challenge it.",
        ],
    ),
    (
        "n96-cl-inc-co-holds",
        "Altoquenco is 70% owned by Denver-based Harwenmoor Resources Inc. A Japanese trading house, Sumiwara Tsusho Co., holds the other 30%.",
        [
            "Altoquenco is 70% owned by Denver-based Harwenmoor Resources Inc.",
            "A Japanese trading house, Sumiwara Tsusho Co., holds the other 30%.",
        ],
    ),
    (
        "n96-cl-union-no-ellipsis",
        "The strike by Union No. 2, which represents 1,140 of the mine’s 2,650 direct employees, ended on Oct 21 after the company agreed to a one-off bonus of 4.1 million pesos per worker, union president Constanza Huenchullán-Railaf told Andeswire. “We did not want to strike... the company left us no choice,” she said by phone from Antofagasta. She said the union would watch whether the company kept its promise to hire 120 more maintenance workers by March.",
        [
            "The strike by Union No. 2, which represents 1,140 of the mine’s 2,650 direct employees, ended on Oct 21 after the company agreed to a one-off bonus of 4.1 million pesos per worker, union president Constanza Huenchullán-Railaf told Andeswire.",
            "“We did not want to strike... the company left us no choice,” she said by phone from Antofagasta.",
            "She said the union would watch whether the company kept its promise to hire 120 more maintenance workers by March.",
        ],
    ),
    (
        "n96-cl-sa-copyright",
        "Copyright 2026 Andeswire, a unit of Estrella Nahuelpán Medios S.A. All rights reserved.",
        [
            "Copyright 2026 Andeswire, a unit of Estrella Nahuelpán Medios S.A.",
            "All rights reserved.",
        ],
    ),
    (
        "n96-en-cllr-eg",
        "Cabinet member for environment Cllr Jenifer Quoin-Bramston said households that sign up before 31 January would pay an early-bird rate of £44, and those on council tax support would pay £24.50. She said bulky-waste collections, now free for up to three items, would cost £28 for up to three items, e.g. a sofa, a fridge and a mattress, and £9 for each extra item.",
        [
            "Cabinet member for environment Cllr Jenifer Quoin-Bramston said households that sign up before 31 January would pay an early-bird rate of £44, and those on council tax support would pay £24.50.",
            "She said bulky-waste collections, now free for up to three items, would cost £28 for up to three items, e.g. a sofa, a fridge and a mattress, and £9 for each extra item.",
        ],
    ),
    (
        "n96-en-ltd-registered-no",
        "© Brecklow Media Ltd 2026. Registered in England & Wales No. 04418236.",
        [
            "© Brecklow Media Ltd 2026.",
            "Registered in England & Wales No. 04418236.",
        ],
    ),
    (
        "n96-pk-decimal-no3-initial",
        "The Foundrymen were bowled out for 159 in 18.4 overs. Leg-spinner Sufyan Mekan-Dasti took 4-21 in his four overs, including No. 3 batter M. Uzair Langah-Mahar for a duck. Faisalabad needed 51 off the last four overs with five wickets in hand, but lost their last five for 23.",
        [
            "The Foundrymen were bowled out for 159 in 18.4 overs.",
            "Leg-spinner Sufyan Mekan-Dasti took 4-21 in his four overs, including No. 3 batter M. Uzair Langah-Mahar for a duck.",
            "Faisalabad needed 51 off the last four overs with five wickets in hand, but lost their last five for 23.",
        ],
    ),
    (
        "n96-pk-exclaim-said",
        "Foundrymen captain Tayyab Kakar-Abro said his side dropped two catches, both off Goraya-Tatla. “We bowled too short, too often, and you don’t get away with that in a final!” he said. He said he hoped his young bowlers would learn from the night.",
        [
            "Foundrymen captain Tayyab Kakar-Abro said his side dropped two catches, both off Goraya-Tatla.",
            "“We bowled too short, too often, and you don’t get away with that in a final!” he said.",
            "He said he hoped his young bowlers would learn from the night.",
        ],
    ),
    (
        "n96-pk-lt-col-retd-pm",
        "Tournament director Lt. Col. (retd.) Shaukat Achakzai-Gandapur said the winners would receive Rs5 million and the runners-up Rs2.5m, and that ticket sales had raised Rs14.2m, a record for the tournament. He said he hoped to move next year’s final to 7 p.m. to draw a bigger television audience.",
        [
            "Tournament director Lt. Col. (retd.) Shaukat Achakzai-Gandapur said the winners would receive Rs5 million and the runners-up Rs2.5m, and that ticket sales had raised Rs14.2m, a record for the tournament.",
            "He said he hoped to move next year’s final to 7 p.m. to draw a bigger television audience.",
        ],
    ),
    (
        "n96-pk-umpire-initials",
        "Toss: Foundrymen, chose to field. Umpires: I. Ammar-Kalyar and G. Mustafa-Rehan. Player of the match: S. Mekan-Dasti.",
        [
            "Toss: Foundrymen, chose to field.",
            "Umpires: I. Ammar-Kalyar and G. Mustafa-Rehan.",
            "Player of the match: S. Mekan-Dasti.",
        ],
    ),
    (
        "n96-ca-ns-each",
        "The team recruited families through 14 family practices in Halifax, Dartmouth and Bedford, N.S. Each home was visited once a year.",
        [
            "The team recruited families through 14 family practices in Halifax, Dartmouth and Bedford, N.S.",
            "Each home was visited once a year.",
        ],
    ),
    (
        "n96-ca-phd-vs-asked",
        "Co-author Dermid Szymanowicz-Shearlaw, Ph.D., an environmental engineer at Ardmoray University, said his team measured nitrogen dioxide in 212 of the homes for two weeks each. Kitchens with gas stoves averaged 31 parts per billion, vs. 9 ppb in kitchens with electric ones, he said. “If you wouldn’t stand next to a running car for an hour, why would you do it over a pot of soup?” he asked.",
        [
            "Co-author Dermid Szymanowicz-Shearlaw, Ph.D., an environmental engineer at Ardmoray University, said his team measured nitrogen dioxide in 212 of the homes for two weeks each.",
            "Kitchens with gas stoves averaged 31 parts per billion, vs. 9 ppb in kitchens with electric ones, he said.",
            "“If you wouldn’t stand next to a running car for an hour, why would you do it over a pot of soup?” he asked.",
        ],
    ),
    (
        "n96-ca-nb-us-he",
        "Dr. Torin Brodeur-Daigle, a respirologist in Saint John, N.B., who was not involved in the study, said the findings matched those of at least four earlier studies in the U.S. and Europe. He said the study was “careful,” but that only a trial could show whether switching stoves reduces attacks. The risk for any one child is “small, but real,” he said.",
        [
            "Dr. Torin Brodeur-Daigle, a respirologist in Saint John, N.B., who was not involved in the study, said the findings matched those of at least four earlier studies in the U.S. and Europe.",
            "He said the study was “careful,” but that only a trial could show whether switching stoves reduces attacks.",
            "The risk for any one child is “small, but real,” he said.",
        ],
    ),
    (
        "n96-jm-lb-last-year",
        "COORE-WETHERILL: Enforce the receipt book, that’s all we ask. Under the law, anyone transporting produce must carry a receipt from the farmer for loads over 100 lb. Last year the parish police checked 2,900 vehicles and charged 41 people.",
        [
            "COORE-WETHERILL: Enforce the receipt book, that’s all we ask.",
            "Under the law, anyone transporting produce must carry a receipt from the farmer for loads over 100 lb.",
            "Last year the parish police checked 2,900 vehicles and charged 41 people.",
        ],
    ),
    (
        "n96-jm-supt-question",
        "GAZETTE: Supt. Tilden Hatherell told this newspaper last week that more patrols are coming. Do you believe him?",
        [
            "GAZETTE: Supt. Tilden Hatherell told this newspaper last week that more patrols are coming.",
            "Do you believe him?",
        ],
    ),
    (
        "n96-jm-ellipsis-but",
        "COORE-WETHERILL: It’s a start... but J$60 million is about 15 per cent of what we lost in one year. Come back in a year and ask me again.",
        [
            "COORE-WETHERILL: It’s a start... but J$60 million is about 15 per cent of what we lost in one year.",
            "Come back in a year and ask me again.",
        ],
    ),
    (
        "n96-ph-engr-jr-said",
        "In Northern Samar alone, 21,460 people were moved from coastal and riverside villages, provincial disaster officer Engr. Gaudencio Lagrosa-Tabangcura Jr. said. He said 64 of the province’s 569 barangays had carried out forced evacuations. “We would rather feed people in a school for three days than dig them out of the mud,” he said.",
        [
            "In Northern Samar alone, 21,460 people were moved from coastal and riverside villages, provincial disaster officer Engr. Gaudencio Lagrosa-Tabangcura Jr. said.",
            "He said 64 of the province’s 569 barangays had carried out forced evacuations.",
            "“We would rather feed people in a school for three days than dig them out of the mud,” he said.",
        ],
    ),
    (
        "n96-ph-brgy-am-asked",
        "Divina Sabornido-Capuyan, 56, a fish vendor from Brgy. Dapdap in Catarman, said she left her house with her three grandchildren at 9 a.m. with “only rice, water and our papers.” “Who will watch the house?” she asked.",
        [
            "Divina Sabornido-Capuyan, 56, a fish vendor from Brgy. Dapdap in Catarman, said she left her house with her three grandchildren at 9 a.m. with “only rice, water and our papers.”",
            "“Who will watch the house?” she asked.",
        ],
    ),
    (
        "n96-ph-corp-rights",
        "© 2026 Linawag Publishing Corp. All Rights Reserved.",
        [
            "© 2026 Linawag Publishing Corp.",
            "All Rights Reserved.",
        ],
    ),
    (
        "n96-au-yes-cl",
        "Yes. Under cl. 12(3), riders must wear a bicycle helmet that meets the national standard, and a rider under 16 must not ride at all.",
        [
            "Yes.",
            "Under cl. 12(3), riders must wear a bicycle helmet that meets the national standard, and a rider under 16 must not ride at all.",
        ],
    ),
    (
        "n96-au-kmh-ie",
        "The limit is 20 km/h on roads and bike lanes and 10 km/h on shared paths. Scooters must not be capable of more than 25 km/h, i.e. a scooter sold with a higher top speed has to be limited by the seller.",
        [
            "The limit is 20 km/h on roads and bike lanes and 10 km/h on shared paths.",
            "Scooters must not be capable of more than 25 km/h, i.e. a scooter sold with a higher top speed has to be limited by the seller.",
        ],
    ),
    (
        "n96-us-sen-sb-nov",
        "State Sen. Luzmaria Montemayor-Heald, D-San Antonio, prefiled S.B. 114 on Nov. 9. It would bar transit agencies that receive state grants from raising fares by more than 15% in any 12-month period. Montemayor-Heald said she filed the bill “because riders are the last people anyone asks.” She said she expected a committee hearing in February or March.",
        [
            "State Sen. Luzmaria Montemayor-Heald, D-San Antonio, prefiled S.B. 114 on Nov. 9.",
            "It would bar transit agencies that receive state grants from raising fares by more than 15% in any 12-month period.",
            "Montemayor-Heald said she filed the bill “because riders are the last people anyone asks.”",
            "She said she expected a committee hearing in February or March.",
        ],
    ),
    (
        "n96-us-rev-am-asked",
        "The three no votes came from trustees Porfirio Saenz-Kilgore, Shawnette Cantrell-Gallant and the Rev. Anastacio Dubose-Cantu. Cantrell-Gallant said a 2025 rider survey found 41% of weekend riders on the route were traveling to or from work at the Medical Center. “What do we tell a nurse whose shift starts at 7 a.m. on a Sunday?” she asked.",
        [
            "The three no votes came from trustees Porfirio Saenz-Kilgore, Shawnette Cantrell-Gallant and the Rev. Anastacio Dubose-Cantu.",
            "Cantrell-Gallant said a 2025 rider survey found 41% of weekend riders on the route were traveling to or from work at the Medical Center.",
            "“What do we tell a nurse whose shift starts at 7 a.m. on a Sunday?” she asked.",
        ],
    ),
    (
        "n96-us-st-meeting",
        "The board meets next at 6 p.m. on Dec. 16 at its headquarters at 2215 Cortavista St. The meeting is open to the public.",
        [
            "The board meets next at 6 p.m. on Dec. 16 at its headquarters at 2215 Cortavista St.",
            "The meeting is open to the public.",
        ],
    ),
    (
        "n96-za-ie-page",
        "According to the metro’s 2025-26 water services development plan, 47.8% of the water it bought or produced in 2024-25 was “non-revenue water”, i.e. water for which nobody paid. That was 412 megalitres a day (Ml/day) out of 862 Ml/day, the plan says (p. 34). The share has risen from 38.9% in 2016-17.",
        [
            "According to the metro’s 2025-26 water services development plan, 47.8% of the water it bought or produced in 2024-25 was “non-revenue water”, i.e. water for which nobody paid.",
            "That was 412 megalitres a day (Ml/day) out of 862 Ml/day, the plan says (p. 34).",
            "The share has risen from 38.9% in 2016-17.",
        ],
    ),
    (
        "n96-cy-us-it",
        "The choir’s 1987 tour took it to 14 cities in the U.S. It later sang in Patagonia, Japan and Lesotho.",
        [
            "The choir’s 1987 tour took it to 14 cities in the U.S.",
            "It later sang in Patagonia, Japan and Lesotho.",
        ],
    ),
    (
        "n96-cy-colon-quote-ellipsis",
        "Cennydd Meredydd, who took over as conductor in 2005, said: “Hefin never raised his voice. He just lowered his baton and waited... and we knew.",
        [
            "Cennydd Meredydd, who took over as conductor in 2005, said: “Hefin never raised his voice.",
            "He just lowered his baton and waited... and we knew.",
        ],
    ),
    (
        "n96-in-vs-ors-wp",
        "The court directed the corporation to carry out a fresh survey of the lake’s boundary within 12 weeks and to pay costs of Rs 50,000 to the petitioners. The petition, Chikkasampige Lake Residents’ Welfare Association vs. The Commissioner & Ors. (W.P. No. 18734 of 2026), was filed in October.",
        [
            "The court directed the corporation to carry out a fresh survey of the lake’s boundary within 12 weeks and to pay costs of Rs 50,000 to the petitioners.",
            "The petition, Chikkasampige Lake Residents’ Welfare Association vs. The Commissioner & Ors. (W.P. No. 18734 of 2026), was filed in October.",
        ],
    ),
    (
        "n96-in-initials-aag",
        "Additional Advocate General S.R. Mallikarjunappa, for the corporation, submitted that a 2022 survey by the revenue department found 9.6 acres of the lake bed encroached. Outside the court hall, he said the corporation would study the order before deciding whether to appeal.",
        [
            "Additional Advocate General S.R. Mallikarjunappa, for the corporation, submitted that a 2022 survey by the revenue department found 9.6 acres of the lake bed encroached.",
            "Outside the court hall, he said the corporation would study the order before deciding whether to appeal.",
        ],
    ),
]
