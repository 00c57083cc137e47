"""Seventy-first held-out set of hand-labelled pages for the hint engines (held out, round forty-three): never tuned on.

Twelve ORDINARY WHOLE pages, head to tail, as a newsroom reviewer would paste them from the
browser, from mainstream news sites in twelve countries, one everyday beat each: POLITICS (New
Zealand, Wellington: the voting age for council elections), HEALTH (Kenya, Nairobi and Kajiado: a
measles outbreak and a vaccination campaign), CRIME (Jamaica, Spanish Town: a shooting at a domino
game), COURTS (India, Mumbai: the High Court orders compensation for a pothole death), TRANSPORT
(Canada, Hamilton, Ontario: a light rail line delayed and over budget), BUSINESS (Nigeria: a cement
maker's nine-month results), WEATHER (the Philippines, Bicol: a typhoon live page), EDUCATION (South
Korea, Seoul: the college entrance exam), SPORT (Australia, Hobart: a first-class cricket report
with a scorecard), SCIENCE (the United States, Utah: a study of arsenic in lakebed dust), a LOCAL
COUNCIL story (Ireland, Castlebar, Co. Mayo: Sunday parking charges) and a PROFILE (Pakistan,
Rawalpindi: a second-hand bookseller). Each page carries its site's own furniture, worded its own
way: mastheads, date and weather strips, menus, section labels, bylines and roles, date and update
lines, share strips, captions and their credits (three on the caption's own line),
inline related links, newsletter, app, WhatsApp and Viber lines, paywall, premium, supporters and
subscription blocks, a cookie block with its button row, comment chrome, tags, "most read" lists,
bios, a disclaimer, a journal reference, a scorecard box, publisher lines and copyright lines. The
speakers are of every ordinary kind: named people with titles to drop, pronoun chains, later
surnames and a later given name, spokespeople and offices kept as written, organisations and their
later generic nouns, documents ("according to", "show", "proposes", "found"), groups in
standfirsts, an anonymous vendor, "declined to comment" and "did not respond to questions", a
profile in the present tense ("he says"), and quotes over two to four sentences, some continuing
after their attribution. The splits are hard throughout: abbreviations that end a sentence before
a capital ("6% p.a." before "The order", "Holdings Ltd." before "The holding company", "10 a.m."
before "It was", "6 p.m." before "Cars displaying", "by 7 a.m." before "The department", "in the
U.S." before "Its water level", "Oyeladunni-Pikethorne Jr." before "He said", "Dec. 2." before
"Council", "7 p.m." before "On Fridays", "Limited.", "PLC.", "Co. Ltd.", "Pvt. Ltd.", "Inc.",
"Corp.", "Co." and "(Pvt.) Ltd." before "All rights reserved.", "Jamaica W.I." at a line's end) and
ones that do not ("(No. 2) by", "Writ Petition No. 4127", "v. Municipal", "Art. 21 of", "Line No. 3
at", "Signal No. 4", "their No. 3,", "HAMILTON, Ont. —", "Nov. 13 that", "Jan. 4 to", "Dec. 15, it
said", "St. Catherine,", "St. Mary's", "Co. Mayo,", "Loita St., P.O. Box", "Brgy. Sto. Niño",
"Brgy. Capt.", "Gov.", "Prof.", "Coun.", "Supt.", "Sen. ..., R-Farmington,", "Engr.", "Ph.D.,",
"M.Sc. in", "Ltd., said", "Ma. Leonarda", "i.e. wherever", "i.e. not", "U.S. tariffs", "11 p.m. and",
"1:05 p.m. to 1:40 p.m. during", "10.42pm on", "Rs. 40", "7-301 dec." and "et al."), decimals
(42.3, 38.1 overs, 24.36 points, 4,188.5 feet, ₦311.6bn), questions and exclamations inside quotes
followed by their attribution ("...ratepayers?” she asked", "...domino?” she said.", "...it's
over!” said ...", "...supposed to do?” she asked."), a one-word question inside a quote
("Honestly?"), a nested single-quoted question before a new sentence ("...now?’" before "I tell
them"), an ellipsis before lower case, and brackets. The pages hold 521 sentences: 228 "B", 162
"W" and 131 ""; 196 sentences carry a speaker (98 distinct speakers). `STYLES` describes each
page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-three, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened
or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no `hint_scores.py` was
opened, nothing under `tests/benchmarks/` was opened or listed, and no README of the project was
read; `claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The search
and fetch tools were not used, and nothing was copied from anywhere. What was read: the brief
(`/tmp/brief` was listed; it held only the brief); `/tmp/sets` was listed at the start, when it was
empty; the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); from `labelled_new99.py` and `labelled_new100.py`, the output of a script of
my own using `ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and
the first eight `CASES`: printed once (the tool cut its middle), then saved to a file in a scratch
folder and printed with `sed` in ranges, the cut parts again, so that all of it was seen; `def
build` in `tests/text/labelled_articles.py` (its line number by `grep -n`, then a `sed` range); and
the `[tool.ruff]` tables of `pyproject.toml` (a `grep -n -A25`). No other page, case or docstring
of any file under `tests/` was read. What was run: a Python one-liner printing the calendars of
November and December 2026; `du -sh` of `tests/` and a count of its `.py` files (numbers only); a
listing of the project's `.venv/bin` filtered for ruff; scripts of my own in a scratch folder that
turn a small line format (flag|speaker|cue|text, one line a paragraph unless it starts with "+",
aliases for speakers, case marks) into the literals below, apply renames, cut the split cases out
of the pages, and count sentences, flags and speakers; whole-word, case-insensitive per-word file
counts (`grep -rilwF --include='*.py' -- WORD tests | wc -l`) over `tests/` for every capitalised
word of these pages and of `STYLES` (each part of a hyphenated name on its own), for every
candidate replacement, and (without `-w`) for the e-mail names and handle; an import of this file
with `build` (its lines copied into the check script) on every page and a check of four string
fields, flags, no "B" with a speaker, every speaker with a cue and every cue with a speaker, each
cue in its sentence or in the quote it continues, 30 distinct case ids, every case text in a built
page and equal to its sentences joined by single spaces, each expected sentence one labelled
sentence, and the counts above; and `ruff format` and `ruff check` on this file with `--config`
pointing at the project's `pyproject.toml` (the check also through `--stdin-filename
tests/text/labelled_heldout71.py` so the per-file ignores for `tests/**` apply). Only counts were
read from the word searches, never the matched lines or file names. The first draft's coined
people, outlets, streets and firms hit about a hundred and fifty words of other files (given names
and surnames of every country, such as Ngaire, Mereana, Kirigo, Nafula, Sharmaine, Pennycooke,
Sunanda, Bhalerao, Odalys, Maribeth, Olatokunbo, Iyabode, Gaudencio, Jovito, Seok, Pyo, Yeom,
Ronan, Fergus, Lachlan, Ingrid, Tomasz, Kwabena, Fionnbarr, Tadhg, Sinéad, Eimear, Rukhsar, and
outlet words such as Tāwhiri, Kipepeo, Mahoe, Margalla and Nephin); each was renamed, and the
replacements were counted in three rounds: of a hundred and sixty first choices forty-five hit as
well (Quenneth, Pelkingham, Rushane, Marlstone, Lucan, Tobiah, Marit and all six two-syllable
Korean surnames among them), then sixty-one more of which twenty-two hit (most of the short Korean
surnames tried), then fifteen of which three hit, and only replacements with no hit were kept. The renaming script missed one
surname after a hyphen (a photographer's), renamed by hand and recounted. What still hits is real
places (Wellington, Auckland, Christchurch, Porirua, Gisborne, Invercargill, Whanganui, Nairobi,
Kajiado, Kangemi, Kibera, Westlands, Garissa, Mandera, Wajir, Tana River, Kingston, Spanish Town,
St. Catherine, Old Harbour, Mumbai, Vikhroli, Pune, Hamilton, Ottawa Street, Eastgate Square,
Niagara, Lagos, Kano, Abuja, Niger, Togo, Ghana, Manila, Catanduanes, Virac, Albay, Sorsogon,
Camarines Sur, Legazpi, Naga, Bicol, Eastern Visayas, Seoul, Sejong, Gangnam, Hobart, Bellerive
Oval, Perth, the MCG, Salt Lake City, Ogden, Provo, Magna, Idaho, Farmington, the Great Salt Lake,
the Wasatch Front, Castlebar, Westport, Ballina, Claremorris, Ballinrobe, Mayo, Clew Bay, Áras an
Chontae, Rawalpindi, Islamabad, Lahore, Murree Road, Committee Chowk and the like), real
institutions and competitions named only as settings (Parliament, the Electoral Commission, the
Department of Internal Affairs, the Ministry of Health, the Treasury, the Ministry of National
Security, Crime Stop, the Bombay High Court, the BMC, the Supreme Court, the Nigerian Exchange and
NGX, the Federal Competition and Consumer Protection Commission, the Department of Education, the
Philippine Coast Guard, the National Police Agency, the College Scholastic Ability Test, the
Sheffield Shield, the Big Bash, the Hurricanes, McMaster University, the Utah Department of
Environmental Quality, the U.S. Geological Survey, the National Science Foundation, Mayo County
Council, the Garda, the Rawalpindi Cantonment Board, the Constitution), common and outlet words
(Escarpment, Courier, Ledger, Gazette, Tribune, Lantern, Tidings, Sentinel, Meridian, Rift,
Sixteen, Commute, Tigers, Dust, Measles, Cement and the like), market and currency labels (ASI,
NGX, Brent, Sh, Rs, PHT, MST, EST, AEDT, IST, ABN), patois and Irish particles (Mi, Ó, Ní) and
titles and abbreviations kept or dropped on purpose (Dr, Mr, Ms, Coun, Cllr, Supt, Gov, Brgy,
Capt, Sto, Prof, Sen, Engr, Alhaji, Jr, Ph, Sc, Ma, Ltd, Pvt, PLC, Plc, Inc, Corp, Co, Pty, St,
Ont, Art, No, Dec, Nov, Jan).

Every person, outlet, campaign group, association, consortium, firm, bank, securities firm,
advisory, dealers' branch, airline, academy chain, school, university, publisher, citizens' group,
street, lane, village, plant, typhoon name, e-mail address, handle and figure is invented; a few
roads and districts of real cities are real. Real countries, regions, cities and institutions
appear only as settings, as listed above.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, label, byline, role, date line, caption, credit, link,
list item, box line, button row and legal line is a paragraph of its own); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points the recent sets state hold
too: furniture "B" line by line, whatever it says; a caption by its content and its credit "B";
headlines and standfirsts never split and flagged by content; a dateline belongs to its lead
sentence; a speaker is the full name as first given without titles (a pronoun, a later surname, a
given name, a role or a title resolves to it); an organisation's later generic noun kept as written
("The company", "the bench", "The bench", "The court", "The group", "The department", "The
ministry"); "according to X" gives X as written; a quote over several sentences carries its speaker
and cue in each, and a quoted sentence standing after its attribution carries "said"; a named
person or body acting without a verb of saying carries no speaker; sport data lines "" and a box's
title "B"; a journal reference line one "B" sentence; "declined to comment" and "did not respond"
"".

Conventions this set had to settle, in the same spirit:

* A credit on the caption's own line ("(File photo)", "[KOREA MERIDIAN DAILY]", "(Photographer |
  The Wasatch Lantern)") is its own "B" sentence in the caption's paragraph.
* Standfirsts: a group without a proper name is kept as written ("Opposition says", "Police say",
  "Bench says", "Traders say", "Researchers say", "forecasters say"); a named body or person carries
  the body's name ("Ministry of Health says" = "The Ministry of Health", "Cement maker says" = the
  company, "transit director says" and "panel head says" = the person); a headline's "study finds"
  carries the study as the lead gives it ("a study published Monday").
* Documents as speakers: "A staff report to the committee" with "proposes", "The same figures" with
  "show", "its registry" and "an RTI reply from the BMC's roads department" with "according to".
* Court: the advocates' statements of fact with "argued" and "told the court" are "W"; the bench's
  general remark about rights ""; "The bench rejected that argument, noting that ..." carries "The
  bench" with the cue "noting" ("W"); the judges named in apposition are not speakers.
* Offices and spokespeople are kept as written, titles and all ("A spokesperson for Transportation
  Minister Laurien Abbernock-Crowleigh", "Mayor Verinda Hallowsett-Brandwyn's office", "The Prime
  Minister's office", "A BMC spokesperson"); an anonymous source is kept as written ("A fish
  vendor").
* A pronoun for a body without a verb of saying ("It will take objections ...") carries no speaker;
  "It said" after the body's statement carries the body.
* A profile in the present tense: "he says", "she says", "Irtaza says, laughing" are cues; "He
  estimates" carries the cue "estimates"; "Asked whether he will retire, he shakes his head." has no
  speaker, and the quote that follows carries "says".
* Check-worthiness as in the recent sets: figures, dates, votes, decisions, orders, findings and
  statements of record by those in charge "W" (a police commander's "This was not a robbery." too);
  hopes, plans, forecasts, hedges ("could", "likely", "expected", "would need help"), opinions,
  feelings, advice and questions ""; private people's own lives (a mother's son, a widow's plans, a
  fisherman's family, a student, a praying parent, a vendor) "", while a business's figures are "W"
  (the bookseller's rent and prices, a cement dealer's depot price).
* Titles and role words dropped from speakers: Local Government Minister, Dr, Mayor, Health Cabinet
  Secretary, Ms, Mr, Deputy Superintendent of Police, Advocate, Senior Advocate, Ward 3 Coun.,
  Group managing director Engr., Alhaji, Weather specialist, Gov., Brgy. Capt., Fisherman, Prof.,
  Education Minister, Tasmania captain, Queensland coach, Lead author, Co-author, Dr., State Sen.,
  Director of Services, Cllr, Supt.; a suffix that is part of the name stays ("Dellan
  Oyeladunni-Pikethorne Jr."), and so do Irish particles ("Tadhgeen Ó Maoilréana-Bourkeley").

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of one
to four consecutive sentences of one paragraph of these pages joined by single spaces: what a
reviewer wants, not what the engine does.
"""

STYLES = [
    'New Zealand national news SITE\'s POLITICS story (Wellington): Parliament lowers the voting age for local elections to 16 by 63 votes to 60; the lead in the writer\'s voice with a bill title holding "(No. 2)" and "10.42pm on Wednesday." before an "according to Electoral Commission estimates" sentence "W"; the local government minister who told the House (a hope "") and his two-sentence quote (the legal ages "W", the vote ""), then "Mr" and his surname said (council submissions "W") and a bare "he said." tail; the opposition spokesperson with Dr dropped (a repeal plan "", a quoted question with she asked "", a cost of record "W"); a 17-year-old campaigner (gallery count "W") and her three-sentence quote with a one-word "Honestly?" in the middle; a mayor with Mayor dropped (a need "", turnout figures "W"); A spokesperson for the Electoral Commission said (an enrolment date "W"); The Prime Minister\'s office declined to comment; background of record "W" (masthead in capitals, a city-weather strip with middle dots, a two-sentence cookie block and its button row, menu, section label, headline "W", standfirst "Opposition says" kept as written "", byline and role on two lines, a date line with am, share strip, caption "" and Photo: credit with a slash, a Read more link with a figure, a newsletter line and its button, a supporters block of two sentences and its button, More from list, footer links and copyright split at "Limited." before "All rights reserved.")',
    'Kenyan national daily\'s HEALTH story (Nairobi, Kajiado): a measles outbreak of 312 cases and a catch-up campaign for 1.2 million children; a Summary box (label "B", The Ministry of Health has confirmed "W", an instruction ""), a lead naming the Health Cabinet Secretary last with said on Friday "W", then "Ms" and her surname said (a share of unvaccinated cases "W"), a two-sentence quote "" and She said (cost in Sh "W"); According to ministry data "W"; the county health executive with Dr dropped (cases and admissions "W") and her quote with "i.e." mid-sentence ""; a mother\'s own child and her three-sentence quote ""; a paediatrician with Dr dropped (a medical fact "W", He urged ""); The ministry said twice (teams and free vaccine "W"); an association said in a statement (refrigerators "W"); a county department did not respond to questions; background "W" (masthead in capitals, date and sign-in strip with pipes, menu, section label, headline "W", standfirst "Ministry of Health says" carrying the ministry, byline and role on two lines, Updated line, listen-to-this-article line, caption "" and a Photo credit line with pipes, READ link, ADVERTISEMENT, a PREMIUM block of a label and two sentences, a WhatsApp line, Related list, a publisher line with "Loita St., P.O. Box" as one sentence, copyright split at "PLC." before "All rights reserved.")',
    'Jamaican daily\'s CRIME story (Spanish Town, St. Catherine): three men shot dead at a domino game; the lead with "St. Catherine," and "11:40 p.m. on Saturday." "W"; the police had not named the dead "W" and Residents said (who they were "W"); the divisional commander with Deputy Superintendent of Police dropped (rounds fired "W"; a two-sentence quote whose first sentence is a police finding "W" and second ""; She said on a gang feud "W"; later surname said on a curfew "W"); the police said at the end of a sentence (hospital "W"); police statistics through according to and The same figures show "W"; the MP in apposition (a letter of record "W", a two-sentence quote ""); The Ministry of National Security declined to comment; an unnamed fish vendor (kept as written, "A fish vendor") and her three-sentence patois quote ending in a question before she said ""; an appeal for information "" (masthead in capitals, date strip with pipes, menu with pipes, section label, headline "W", standfirst "Police say" kept as written "W", byline with a slash and role, an email line, caption "" and Photo by credit, ADVERTISEMENT, RELATED link, a news-tip line split at "tip?", comment count and two-sentence log-in note, MOST POPULAR list, a publisher address ending "Jamaica W.I.", copyright split at "Co. Ltd." before "All rights reserved.")',
    'Indian English daily\'s COURT story (Mumbai): the High Court orders the civic body to pay ₹25 lakh to the family of a delivery rider killed in a pothole crash; the lead of record with the court acting (no speaker); the bench\'s names in apposition and "6% p.a." ending a sentence before "The order" "W"; a case title with "v." and "(Writ Petition No. 4127 of 2025)" through according to its registry "W"; the bench\'s two-sentence quote with "Art. 21" ("", "the bench" kept as written); The court observed (complaint dates "W"); the widow\'s advocate argued "W"; the civic body\'s Senior Advocate told the court (potholes filled "W") and He argued with "i.e." "W"; The bench ... noting (a finding "W"); the widow\'s own plans and a two-sentence quote opening with a question ""; A BMC spokesperson said (a could-appeal ""); a citizens\' group said (complaints "W") and The group said (a plan ""); an RTI reply through according to "W"; the compliance date "W" (masthead in capitals, city and date strip with IST, menu, section label, headline "W", standfirst "Bench says" kept as written "W", byline, dateline-style date line, Follow us line, caption "" with "(File photo)" "B" on the same line and a Photo: credit, Also Read link with a pipe, ADVERTISEMENT, tags, a newsletter line and button, Top Stories list, copyright split at "Pvt. Ltd." before "All Rights Reserved.")',
    'Canadian regional daily\'s TRANSPORT story (Hamilton, Ontario): the city\'s light rail opening slips to 2029 and the budget rises $240 million; a "HAMILTON, Ont. —" dateline lead naming the transit director last with said Tuesday "W"; her surname told councillors (costs "W"), She said (a consortium letter dated "Nov. 13" "W") and her quote ""; the consortium said in a statement (tariffs "W") and It said (a commitment ""); the funding split "W"; a ward councillor with Coun. dropped and "Jr." kept (an opinion "", a three-sentence quote with a question in the middle ending "said Oyeladunni-Pikethorne Jr." before "He said" on bus trips "W"); A staff report to the committee proposes (cuts "W"); a riders\' group chair (an opinion "", a quoted question with "11 p.m. and" before she asked "", a survey "W"); A spokesperson for the minister said in an email (a quoted expectation ""); the mayor\'s office declined to comment; ridership and construction background "W"; "Dec. 2." ending a sentence before "Council" (masthead, date-city-weather strip with "Ont.", menu, section label with a slash, headline "W", standfirst with "transit director says" carrying the director "W", byline and role, Published line with "a.m. EST", share strip, caption "" and credit with a slash, a newsletter line, RELATED link, a two-sentence bio with email, a links strip, a two-sentence comments note, copyright split at "Inc." before "All rights reserved.")',
    'Nigerian business daily\'s EARNINGS story (Nigeria): a listed cement maker\'s nine-month profit rises 61%; the lead with the company ending "Plc" said "W", revenue through according to the unaudited results "W", The company said (volumes "W"); a shareholder line ending "Holdings Ltd." before "The holding company" "W"; the group managing director with Engr. dropped who told analysts (cost shares "W"), his two-sentence quote "" and He said with "Line No. 3" (a start date ""), later his surname said (exports "W"); Analysts at a securities firm said in a note (a judgement "") and They said (net debt "W"); the share price "W"; an economist at a firm ending "Ltd.," mid-sentence (a likely-hedge "") and her two-sentence quote of figures "W"; a dealers\' chairman with Alhaji dropped (bag prices "W", a quote ""); a regulator\'s spokesperson declined to comment; industry estimates through according to "W"; a results presentation date "W" (masthead in capitals, a market strip with index, currency and oil prices, menu with pipes, section label, headline "W", standfirst "Cement maker says" carrying the company "W", byline, date and read-time line, share strip, ALSO READ link, a WhatsApp channel line with "3 p.m.", a two-sentence disclaimer, tags, Latest list, copyright split at "Ltd." before a reproduction line, footer links)',
    'Philippine daily\'s WEATHER live page (Bicol): a typhoon with Signal No. 4 nears landfall; updates newest first under time stamps "11:20 a.m.", "9:05 a.m.", "6:40 a.m." and "Tuesday, Dec. 1, 11 p.m." ("B"); winds "as of 10 a.m." ending a sentence before "It was ..., the state weather bureau said" "W"; signals with "Signal No. 4" and "No. 3" "W"; a weather specialist (a could-landfall "", surge possibility with "from 6 p.m." ending a sentence "", advice with he said ""); The national disaster council said (evacuees "W"); a governor with Gov. dropped (forced evacuation "W", a two-sentence quote ""); a village chief in "Brgy. Sto. Niño" with "Brgy. Capt." dropped (boats "W"); a fisherman\'s own family and his two-sentence quote ""; The Department of Education said and The Philippine Coast Guard said (suspensions "W"); an airline said (cancellations "W") and it said with "Dec. 15," (a rebooking rule ""); the province\'s electric cooperative said (a planned cut ""); the typhoon\'s entry "at 11 p.m. Tuesday" "W" (masthead in capitals, date-weather strip, menu with pipes, section label in capitals, headline "W", standfirst with forecasters say kept as written "", LIVE UPDATES label, a two-name byline with "Ma.", Last updated line with PHT, share strip, caption "" and Photo by credit, ADVERTISEMENT, READ link, a two-sentence reader-photos line, tags, More in Nation list, copyright split at "Corp." before "All rights reserved.")',
    'South Korean English daily\'s EDUCATION story (Seoul): the college entrance exam; the total through the exam board said "W" and the no-show share "W"; flights halted "from 1:05 p.m. to 1:40 p.m." "W" and The transport ministry said "W"; late office hours and subway trips "W"; police escorts through according to "W"; the question-setting panel head with Prof. dropped who told a news conference at "8:40 a.m." (no killer questions "W"), her quote "" and She said (a share "W"); the education minister said in a statement (admissions "W") and his quote ""; a cram-school analyst (a judgement "", repeat takers "W"); scene ""; a student\'s quote with a question and then an exclamation before "said" and her name, and She said ""; parents praying "" and a mother\'s quote ""; the exam hours "W", the exam board\'s voided results "W", objections "until 6 p.m. Monday" and dates "Dec. 1." and "Dec. 4." "W" (masthead in capitals, date-weather-dust strip, menu with pipes, section label with >, headline "W", standfirst with "panel head says" carrying her "W", byline, Published/Updated line, font and share strip, caption "" with the bracketed credit "B" on the same line, Related Article label and link, a reporter email line, Most Viewed list, a two-sentence copyright line)',
    'Australian SPORTS SITE\'s CRICKET report (Hobart): Tasmania chase 412 to beat Queensland; headline and standfirst of record; the chase "at 6.19pm." before "It was their first ..." "W"; the opener\'s century and partnership "W"; Queensland\'s declaration with "their No. 3," "W"; the Tasmanian captain named after a two-sentence quote (a match fact "W", a feeling "") and He said ""; the off-spinner\'s "38.1 overs" "W"; the Queensland coach who told reporters (a fast bowler\'s scans "W") and a quote that continues after he said ""; the opener by surname (not looking at the board "") and his two-sentence quote ""; ladder points with decimals "W"; The state\'s cricket body said (crowd "W"); a SCORECARD box (title and match line "B", innings rows with initials and "dec." as "" data lines, result, player of the match and next-fixture lines "") (site name in capitals, menu, section label with a slash, byline and role, date line with AEDT, share strip, caption "" and Picture: credit, ADVERTISEMENT, app line, More cricket list, comments-closed line, copyright and ABN split as two sentences, footer links)',
    'American regional daily\'s SCIENCE story (Salt Lake City, Utah): lakebed dust from the Great Salt Lake carries more arsenic than thought; a headline with study finds and a standfirst with Researchers say "W"; the lead through "a study published Monday found" "W"; the study\'s design "W"; the lake\'s shrinking, "the largest saline lake in the U.S." before "Its water level" "W"; the lead author with "Ph.D.," between commas (a finding "W", a two-sentence quote "", She said with concentrations "W"); a co-author (particles "W", a quote ""); an outside pulmonologist with Dr. dropped (a judgement "" and advice with He said ""); a state senator with Sen. dropped and "R-Farmington," (a plan "", a quoted question with she asked ""); a state agency spokesperson (monitors and "by 7 a.m." ending a sentence before "The department declined to comment" "W"); gauges through according to and funding "W"; a plan "" (masthead in capitals, city-date strip, menu, section label, byline with a pipe, Published/Updated line with MST, caption "" with the bracketed credit "B" on the same line, a newsletter line and button, a journal reference line with "et al." as one "B" sentence, a two-sentence subscription block, RELATED list, a bio, copyright split at "Co." before "All rights reserved.")',
    'Irish regional weekly\'s LOCAL COUNCIL story (Castlebar, Co. Mayo): councillors vote 16-12 for Sunday parking charges; the decision and vote in the writer\'s voice "W"; hours "from 10 a.m. to 6 p.m." ending a sentence before "Cars displaying" and an exemption near "St. Mary\'s Church until 1 p.m." "W"; the Director of Services with his role dropped who told the meeting (comparison "W") and He said (an expected revenue ""); a councillor with Cllr and "(Ind)" (a quoted phrase "" and a two-sentence quote ""); another councillor (a survey "W", a quote ""); an amendment defeated 15-13 (named acting, "W") and its mover\'s He said (a plan ""); the chamber president (a letter count "W", a quote ""); "Claremorris, Co. Mayo," mid-sentence "W"; a Garda superintendent with Supt. dropped who told the council\'s roads committee (notices "W") and He said (complaints "W"); the display period "W" (masthead in capitals, date line, menu, section label with ›, headline "W", standfirst "Traders say" kept as written "", byline, date-time line, share strip, caption "" and Picture: credit, Read More link, a subscription line, a newsletter line, More in this section list, a publisher line with "Ltd., The Mall, Castlebar, Co. Mayo." and copyright with "Ltd." as two sentences, footer links)',
    'Pakistani English daily\'s Sunday Magazine PROFILE (Rawalpindi): a 71-year-old second-hand bookseller at Committee Chowk; headline "" and a standfirst of record "W"; scene-setting ""; his rent since 1981 with "Rs. 40" and "Rs. 3,500." "W" (a business\'s figures); his quote with a nested single-quoted question ("…now?’" before "I tell them") with he says ""; He estimates (a stock estimate "") and an ellipsis quote before lower case ""; prices with "Rs. 150" and "Rs. 300 to Rs. 600." and a record sale "W"; his son with "M.Sc." mid-sentence says (his attempts ""), a quote with the son\'s given name says, laughing, and a quoted sentence after its attribution ""; students and his discount through He says and a quote ""; a professor with Prof. dropped (her own purchases "" and a quote ""); a publisher says (print runs "W"); A spokesperson for the Cantonment Board said (a licence "W"); the chowk\'s change ""; "He closes at 7 p.m." before "On Fridays" "W"; a question on retiring, a scene with no speaker and a two-sentence quote opening with a question "" (masthead in capitals, date-weather strip, menu with pipes, section label with ›, byline, Published line, caption "" and Photo by credit, Also read link, a two-sentence bio with a handle, comment count, moderation note, copyright split at "(Pvt.) Ltd." before "All rights reserved.")',
]

ARTICLES = [
    # nz
    [
        [
            ("THE RĒREWAI POST", "", "", "B"),
        ],
        [
            ("Wellington 13°C · Auckland 19°C · Christchurch 11°C · Today's paper", "", "", "B"),
        ],
        [
            (
                "We and our advertising partners use cookies to count visits and to stop the same advert following you from page to page.",
                "",
                "",
                "B",
            ),
            ("You can change your mind at any time under Privacy settings.", "", "", "B"),
        ],
        [
            ("Accept all    Reject non-essential    Privacy settings", "", "", "B"),
        ],
        [
            (
                "Home   New Zealand   World   Politics   Business   Climate   Sport   Opinion   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Politics", "", "", "B"),
        ],
        [
            (
                "Sixteen-year-olds to vote in council elections from 2028 after bill squeaks through 63-60",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opposition says it will repeal the law within 100 days if it wins next year's election",
                "Opposition",
                "says",
                "",
            ),
        ],
        [
            ("Kahuwaiora Elsbrook-Maunsell", "", "", "B"),
        ],
        [
            ("Political reporter", "", "", "B"),
        ],
        [
            ("5:48am Thursday 19 November 2026", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Email this story   Copy link", "", "", "B"),
        ],
        [
            (
                "Members of the campaign group Sixteen Counts in the public gallery as the result of the third reading was read out on Wednesday night.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Anaru Pelkwistle-Hoeft / Rērewai Post", "", "", "B"),
        ],
        [
            (
                "Sixteen- and 17-year-olds will be able to vote for mayors, councillors and local boards from October 2028 after Parliament passed the Local Electoral (Voting Age) Amendment Bill (No. 2) by 63 votes to 60 at 10.42pm on Wednesday.",
                "",
                "",
                "W",
            ),
            (
                "About 121,000 young people will be added to the roll of eligible voters, according to Electoral Commission estimates.",
                "Electoral Commission estimates",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Local Government Minister Wheturoa Tohikura-Wenmouth told the House the change would make councils answer to the people who would live longest with their decisions.",
                "Wheturoa Tohikura-Wenmouth",
                "told the House",
                "",
            ),
        ],
        [
            (
                "“A 16-year-old in Porirua can drive a car, leave school and pay tax on her wages.",
                "Wheturoa Tohikura-Wenmouth",
                "said",
                "W",
            ),
            (
                "She can't vote for the people who decide whether the bus still stops outside her house,” he said.",
                "Wheturoa Tohikura-Wenmouth",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Tohikura-Wenmouth said 14 of the country's 78 councils had backed the bill in submissions to the select committee, and four had opposed it.",
                "Wheturoa Tohikura-Wenmouth",
                "said",
                "W",
            ),
            ("The rest made no submission, he said.", "Wheturoa Tohikura-Wenmouth", "said", "W"),
        ],
        [
            (
                "Read more: Voting age bill splits select committee after 3,412 submissions",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Opposition local government spokesperson Dr Ngāwaiata Pelhurst-Amoroa said her party would repeal the law within its first 100 days if it won next year's election.",
                "Ngāwaiata Pelhurst-Amoroa",
                "said",
                "",
            ),
            (
                "“Did anyone ask the ratepayers?” she asked during the debate.",
                "Ngāwaiata Pelhurst-Amoroa",
                "asked",
                "",
            ),
            (
                "She said the Department of Internal Affairs' own regulatory impact statement had put the cost of extra enrolment work and voter education at $4.8 million over three years.",
                "Ngāwaiata Pelhurst-Amoroa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Get The Week in Politics, our Friday wrap from Parliament, in your inbox.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "Hinerākau Kaiwhatu-Tarrenby, 17, a co-ordinator of Sixteen Counts, said about 40 members had stayed in the gallery until the vote, some of them after travelling from Gisborne and Invercargill by bus.",
                "Hinerākau Kaiwhatu-Tarrenby",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We've been told for four years that we're too young to understand rates.",
                "Hinerākau Kaiwhatu-Tarrenby",
                "said",
                "",
            ),
            ("Honestly?", "Hinerākau Kaiwhatu-Tarrenby", "said", ""),
            (
                "Most adults don't understand rates either,” she said.",
                "Hinerākau Kaiwhatu-Tarrenby",
                "said",
                "",
            ),
        ],
        [
            (
                "Whanganui Mayor Thorvane Foxmantle-Tāpapa, who chairs the regional mayors' forum, said councils would need help to pay for civics lessons in schools before 2028.",
                "Thorvane Foxmantle-Tāpapa",
                "said",
                "",
            ),
            (
                "He said turnout at the 2025 local elections was 42.3 per cent, down from 44.9 per cent in 2022.",
                "Thorvane Foxmantle-Tāpapa",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Electoral Commission said enrolment for 16- and 17-year-olds would open on 1 July 2028.",
                "A spokesperson for the Electoral Commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Prime Minister's office declined to comment on whether the coalition would campaign on the change.",
                "The Prime Minister's office",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "One government MP crossed the floor to vote against the bill, and one opposition MP voted for it.",
                "",
                "",
                "W",
            ),
            (
                "The bill's first version lapsed in 2023 when Parliament was dissolved for the general election.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lowering the voting age for general elections would need the votes of 75 per cent of MPs or a majority in a referendum, because the voting age is one of the Electoral Act's entrenched provisions.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Independent journalism takes time, and time costs money.", "", "", "B"),
            (
                "Rērewai Post supporters keep every story free to read for everyone, from $5 a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Become a supporter", "", "", "B"),
        ],
        [
            ("More from Politics", "", "", "B"),
        ],
        [
            ("Councils brace for rates rises of up to 14% as water costs bite", "", "", "B"),
        ],
        [
            ("Explainer: What happens to a bill after its third reading?", "", "", "B"),
        ],
        [
            ("About us   Contact   Complaints   Advertise   Privacy   Terms of use", "", "", "B"),
        ],
        [
            ("© 2026 Rērewai Media Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # ke
    [
        [
            ("DAILY MWEZIKALI", "", "", "B"),
        ],
        [
            ("Saturday, November 28, 2026 | E-Paper | Subscribe | Sign In", "", "", "B"),
        ],
        [
            (
                "News   Counties   Business   Health   Sports   Opinion   Video   Podcasts",
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
                "Measles cases reach 312 in Nairobi and Kajiado as 1.2 million children line up for jabs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ministry of Health says four children have died since September; vaccination starts on Monday in 11 counties",
                "The Ministry of Health",
                "says",
                "W",
            ),
        ],
        [
            ("By Njambikio Wairimbugu-Ombese", "", "", "B"),
        ],
        [
            ("Health Reporter", "", "", "B"),
        ],
        [
            ("Updated Saturday, November 28, 2026 — 9:15 pm", "", "", "B"),
        ],
        [
            ("Summary", "", "", "B"),
        ],
        [
            (
                "The Ministry of Health has confirmed 312 measles cases and four deaths in Nairobi and Kajiado since September 14.",
                "The Ministry of Health",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "Parents are asked to take children aged nine months to five years to any public health facility from Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Listen to this article   4 min", "", "", "B"),
        ],
        [
            (
                "A nurse vaccinates a child at Kangemi Health Centre in Nairobi on Friday, three days before the national campaign begins.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo credit | Kiokomu Mbuthirai-Nyangweso | Mwezikali", "", "", "B"),
        ],
        [
            (
                "The government will vaccinate about 1.2 million children against measles and rubella in 11 counties over two weeks from Monday, Health Cabinet Secretary Awuorine Kisaakaru-Obwonyo said on Friday.",
                "Awuorine Kisaakaru-Obwonyo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Speaking at Kangemi Health Centre, Ms Kisaakaru-Obwonyo said 71 per cent of the confirmed cases were in children who had never received a single dose of the vaccine.",
                "Awuorine Kisaakaru-Obwonyo",
                "said",
                "W",
            ),
        ],
        [
            ("“This outbreak is not bad luck.", "Awuorine Kisaakaru-Obwonyo", "said", ""),
            (
                "It is the bill for every clinic day that was missed in the last two years,” she said.",
                "Awuorine Kisaakaru-Obwonyo",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the campaign, which runs until December 11, would cost Sh412 million, of which Sh300 million would come from the Treasury.",
                "Awuorine Kisaakaru-Obwonyo",
                "said",
                "W",
            ),
        ],
        [
            ("READ: Why measles has come back to Nairobi's informal settlements", "", "", "B"),
        ],
        [
            (
                "According to ministry data, national coverage for the second dose of the measles vaccine fell to 58 per cent in 2025, against a target of 95 per cent.",
                "ministry data",
                "According to",
                "W",
            ),
        ],
        [
            (
                "Nairobi County's health executive, Dr Wangechiru Ngurithimu-Esiani, said 196 of the county's cases were in Kibera, Mathare and Mukuru, and that 41 children were still in hospital on Friday.",
                "Wangechiru Ngurithimu-Esiani",
                "said",
                "W",
            ),
            (
                "“We are taking vaccination teams to chiefs' barazas, markets and churches, i.e. wherever mothers already are on a normal day,” she said.",
                "Wangechiru Ngurithimu-Esiani",
                "said",
                "",
            ),
        ],
        [
            (
                "At the Kangemi clinic, Nekesiya Anyangotu-Sereti, a 27-year-old mother of two, said her younger son had spent nine days at Mbagathi Hospital in October.",
                "Nekesiya Anyangotu-Sereti",
                "said",
                "",
            ),
            (
                "“The fever was so high he could not open his eyes.",
                "Nekesiya Anyangotu-Sereti",
                "said",
                "",
            ),
            ("I thought I had lost him.", "Nekesiya Anyangotu-Sereti", "said", ""),
            (
                "Now I am here early so the small one gets his dose first,” she said.",
                "Nekesiya Anyangotu-Sereti",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Kibiwotu Lemiso-Wangara, a paediatrician at a private hospital in Westlands, said measles could weaken a child's immune system for up to three years after infection.",
                "Kibiwotu Lemiso-Wangara",
                "said",
                "W",
            ),
            (
                "He urged parents not to wait for the campaign if their child had missed a routine dose.",
                "Kibiwotu Lemiso-Wangara",
                "urged",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The ministry said 2,140 vaccination teams, each with two nurses and a community health promoter, would be deployed during the campaign.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Rift Health Workers' Association said in a statement that 14 of Kajiado's 27 public dispensaries had no working refrigerator for vaccines.",
                "The Rift Health Workers' Association",
                "said in a statement",
                "W",
            ),
            (
                "Kajiado County's health department did not respond to questions about the refrigerators.",
                "Kajiado County's health department",
                "did not respond to questions",
                "",
            ),
        ],
        [
            ("MWEZIKALI PREMIUM", "", "", "B"),
        ],
        [
            (
                "Enjoy every Premium story, the E-Paper and our weekly health newsletter for Sh99 a week.",
                "",
                "",
                "B",
            ),
            ("Cancel anytime.", "", "", "B"),
        ],
        [
            (
                "The ministry said the vaccine would be free and that no child would be turned away for lacking a birth certificate or a clinic card.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kenya's last large outbreak, in 2023, infected more than 1,300 people, most of them in Garissa, Mandera and Wajir counties.",
                "",
                "",
                "W",
            ),
            (
                "Measles is among the most contagious diseases known, and one infected child can pass it to 12 to 18 others who are not immune.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Follow Daily Mwezikali on WhatsApp for health alerts and county news.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Kajiado nurses down tools over three months of unpaid allowances", "", "", "B"),
        ],
        [
            ("Cholera cases fall in Tana River as rains ease", "", "", "B"),
        ],
        [
            (
                "Mwezikali Media Group PLC, Mwezikali House, Loita St., P.O. Box 40291-00100, Nairobi.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Mwezikali Media Group PLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # jm
    [
        [
            ("THE CUDJOEVALE GAZETTE", "", "", "B"),
        ],
        [
            ("Monday | November 30, 2026 | Kingston 30°C | ePaper | Log In", "", "", "B"),
        ],
        [
            (
                "News | Lead Stories | Business | Entertainment | Sports | Letters | Columns | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Lead Stories", "", "", "B"),
        ],
        [
            ("Three killed, two injured in Spanish Town gun attack on domino players", "", "", "W"),
        ],
        [
            (
                "Police say gunmen on a motorcycle fired at least 20 rounds; murders in St. Catherine North up 11 per cent this year",
                "Police",
                "say",
                "W",
            ),
        ],
        [
            ("Kirvane Cargwell-Mapletoft/Staff Reporter", "", "", "B"),
        ],
        [
            ("kirvane.cargwell-mapletoft@cudjoevalegazette.com", "", "", "B"),
        ],
        [
            (
                "Police tape stretched across Pennicutt Lane on Sunday morning, hours after the shooting.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo by Dorrell Maxfield-Oyelayo", "", "", "B"),
        ],
        [
            (
                "Three men were killed and two others injured when gunmen opened fire on a group playing dominoes outside a shop on Pennicutt Lane in Spanish Town, St. Catherine, at about 11:40 p.m. on Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The police had not named the dead men up to press time.", "", "", "W"),
            (
                "Residents said they were a taxi operator, a mason and the shop's 51-year-old owner, all from the community.",
                "Residents",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deputy Superintendent of Police Aldeane Whitlander-Branford, who heads the St. Catherine North Police Division, said two gunmen on a motorcycle fired at least 20 rounds before escaping along Old Harbour Road.",
                "Aldeane Whitlander-Branford",
                "said",
                "W",
            ),
        ],
        [
            ("“This was not a robbery.", "Aldeane Whitlander-Branford", "said", "W"),
            (
                "They came for somebody, and they did not care who else was sitting at that table,” she said.",
                "Aldeane Whitlander-Branford",
                "said",
                "",
            ),
        ],
        [
            (
                "She said detectives believed the attack was linked to a feud between two gangs in the area that had claimed five lives since August.",
                "Aldeane Whitlander-Branford",
                "said",
                "W",
            ),
        ],
        [
            (
                "The injured men were taken to Spanish Town Hospital, where one was in serious condition on Sunday afternoon, the police said.",
                "the police",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("RELATED: Curfew lifted in Old Harbour Bay after 72 hours", "", "", "B"),
        ],
        [
            (
                "Up to November 28, 814 murders had been recorded islandwide, 19 per cent fewer than the 1,005 in the same period last year, according to police statistics.",
                "police statistics",
                "according to",
                "W",
            ),
            (
                "The same figures show murders in the St. Catherine North division up 11 per cent, to 92, the only division in the parish with an increase.",
                "The same figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "The area's Member of Parliament, Lurlene Dellapenna-Rowsby, said she had written to the minister of national security on Sunday to ask for a zone of special operations in the community.",
                "Lurlene Dellapenna-Rowsby",
                "said",
                "W",
            ),
            (
                "“People on Pennicutt Lane are afraid to sit outside their own gate.",
                "Lurlene Dellapenna-Rowsby",
                "said",
                "",
            ),
            (
                "That is not living, that is hiding,” she said.",
                "Lurlene Dellapenna-Rowsby",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ministry of National Security declined to comment on her request.",
                "The Ministry of National Security",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "A fish vendor, who asked not to be named, said she heard more than a dozen shots and then “pure bawling”.",
                "A fish vendor",
                "said",
                "",
            ),
            ("“Mi lock up the pan and drop flat pon the ground.", "A fish vendor", "said", ""),
            ("Mi never get up till mi hear the police siren.", "A fish vendor", "said", ""),
            ("Who fi do that to people playing domino?” she said.", "A fish vendor", "said", ""),
        ],
        [
            ("Two men were shot dead on the same lane on November 8.", "", "", "W"),
            ("A 17-year-old was charged with one of those killings on November 20.", "", "", "W"),
            (
                "Anyone with information is asked to call the police at 119 or Crime Stop at 311.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Whitlander-Branford said a curfew would be imposed on Pennicutt Lane and three nearby streets from 6 p.m. on Monday.",
                "Aldeane Whitlander-Branford",
                "said",
                "W",
            ),
        ],
        [
            ("Got a news tip?", "", "", "B"),
            ("WhatsApp our newsroom at 876-555-0142.", "", "", "B"),
        ],
        [
            ("0 Comments", "", "", "B"),
        ],
        [
            ("Log in to comment.", "", "", "B"),
            ("Comments are moderated and may take up to an hour to appear.", "", "", "B"),
        ],
        [
            ("MOST POPULAR", "", "", "B"),
        ],
        [
            ("Gas prices to fall $2.40 a litre on Thursday", "", "", "B"),
        ],
        [
            ("Hospital porter wins $40m in Saturday draw", "", "", "B"),
        ],
        [
            (
                "The Cudjoevale Gazette Co. Ltd., 40–42 Harbour St., Kingston, Jamaica W.I.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 The Cudjoevale Gazette Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # in
    [
        [
            ("THE KONKAN LEDGER", "", "", "B"),
        ],
        [
            ("Mumbai | Tuesday, Dec 1, 2026 | Updated: 07:48 IST", "", "", "B"),
        ],
        [
            (
                "Home   India   Mumbai   Pune   World   Business   Sports   Entertainment   Explained   ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Mumbai News", "", "", "B"),
        ],
        [
            (
                "HC orders civic body to pay ₹25 lakh to family of delivery rider killed in pothole crash",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bench says roads ‘cannot be traps’; BMC given eight weeks to pay, with interest at 6% p.a. after that",
                "Bench",
                "says",
                "W",
            ),
        ],
        [
            ("Rehmatunnisa Patharwat-Mendonsa", "", "", "B"),
        ],
        [
            ("Mumbai, December 1, 2026 07:48 IST", "", "", "B"),
        ],
        [
            ("Follow us on Google News", "", "", "B"),
        ],
        [
            (
                "The stretch of the Eastern Express Highway at Vikhroli where the rider's motorcycle hit a pothole last July.",
                "",
                "",
                "",
            ),
            ("(File photo)", "", "", "B"),
        ],
        [
            ("Photo: Sayeeduz Karbhari-Dmello", "", "", "B"),
        ],
        [
            (
                "A division bench of the Bombay High Court on Monday ordered the Brihanmumbai Municipal Corporation (BMC) to pay ₹25 lakh to the family of a 41-year-old delivery rider who died after his motorcycle hit a pothole on the Eastern Express Highway at Vikhroli on July 19, 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bench, comprising Justices Meherzad Kalambkar-Dastoor and Ashwini Rangolkar-Pendsekar, gave the civic body eight weeks to pay, failing which the amount will carry interest at 6% p.a.",
                "",
                "",
                "W",
            ),
            (
                "The order was passed on a writ petition filed in March by the rider's widow, Suvarnalekha Bhavsarkar.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The case, Suvarnalekha Dattopant Bhavsarkar v. Municipal Corporation of Greater Mumbai (Writ Petition No. 4127 of 2025), is one of 19 pothole-related petitions pending before the high court, according to its registry.",
                "its registry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“The right to life under Art. 21 of the Constitution is not suspended during the monsoon.",
                "the bench",
                "said",
                "",
            ),
            (
                "A citizen who pays road tax is entitled to a road, not a trap,” the bench said.",
                "the bench",
                "said",
                "",
            ),
        ],
        [
            (
                "The court observed that the pothole, about 14 inches across and 6 inches deep, had been reported on the civic body's own complaints app on July 11, eight days before the crash, and marked “resolved” on July 14 without any repair.",
                "The court",
                "observed",
                "W",
            ),
        ],
        [
            (
                "Advocate Farhaan Kalsekar-Wadgirkar, appearing for the widow, argued that the civic body's contractor had been paid ₹3.8 crore for monsoon pothole repairs in the ward that year.",
                "Farhaan Kalsekar-Wadgirkar",
                "argued",
                "W",
            ),
        ],
        [
            (
                "Senior Advocate Dinanath Pawaskar-Sidhwani, for the BMC, told the court the corporation had filled 48,200 potholes across the city between June and September 2025.",
                "Dinanath Pawaskar-Sidhwani",
                "told the court",
                "W",
            ),
            (
                "He argued that the stretch was under the control of a state agency at the time, i.e. not the corporation's responsibility.",
                "Dinanath Pawaskar-Sidhwani",
                "argued",
                "W",
            ),
        ],
        [
            (
                "The bench rejected that argument, noting that the highway had been handed over to the BMC by a government resolution in 2022.",
                "The bench",
                "noting",
                "W",
            ),
        ],
        [
            ("Also Read | Pothole deaths: Mumbai logged 11 in 2025, RTI reply shows", "", "", "B"),
        ],
        [
            (
                "Speaking to this newspaper outside the court, Suvarnalekha Bhavsarkar, 36, said she would use the money for her two daughters' school fees.",
                "Suvarnalekha Bhavsarkar",
                "said",
                "",
            ),
            ("“What use is money now?", "Suvarnalekha Bhavsarkar", "said", ""),
            (
                "But at least the court has said it was not his fault,” she said.",
                "Suvarnalekha Bhavsarkar",
                "said",
                "",
            ),
        ],
        [
            (
                "A BMC spokesperson said the civic body would study the order before deciding whether to appeal to the Supreme Court.",
                "A BMC spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Mumbai Road Watch, a citizens' group that tracks pothole complaints, said it had logged 6,914 complaints on the civic app between June 1 and September 30 this year, of which 2,210 were closed without repair.",
                "Mumbai Road Watch",
                "said",
                "W",
            ),
            (
                "The group said it would file an intervention in two of the pending petitions.",
                "Mumbai Road Watch",
                "said",
                "",
            ),
        ],
        [
            (
                "The city recorded 11 pothole-related deaths in 2025, according to an RTI reply from the BMC's roads department.",
                "an RTI reply from the BMC's roads department",
                "according to",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("The court has listed the matter for compliance on February 9, 2027.", "", "", "W"),
        ],
        [
            ("Tags: Bombay High Court | BMC | potholes | Mumbai roads", "", "", "B"),
        ],
        [
            ("Get the day's top Mumbai stories in your inbox every morning.", "", "", "B"),
        ],
        [
            ("Subscribe now", "", "", "B"),
        ],
        [
            ("Top Stories", "", "", "B"),
        ],
        [
            ("Twelve more AC local trains from December 15, says railway", "", "", "B"),
        ],
        [
            ("Air quality in Mumbai slips to ‘poor’ for third straight day", "", "", "B"),
        ],
        [
            ("© 2026 Konkan Ledger Publications Pvt. Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    # ca
    [
        [
            ("The Escarpment Courier", "", "", "B"),
        ],
        [
            ("Wednesday, November 25, 2026  |  Hamilton, Ont.  |  2°C Cloudy", "", "", "B"),
        ],
        [
            (
                "Local   Canada   World   Business   Sports   Opinion   Life   Obituaries   Flyers",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local / Transportation", "", "", "B"),
        ],
        [
            ("Hamilton LRT opening pushed to 2029 as budget climbs $240 million", "", "", "W"),
        ],
        [
            (
                "Riders will wait at least 15 more months, transit director says; councillors want an independent review",
                "Odaline Fenwhittle-Marrickvale",
                "says",
                "W",
            ),
        ],
        [
            ("Prithika Dellacombe-Osgoode", "", "", "B"),
        ],
        [
            ("Reporter", "", "", "B"),
        ],
        [
            ("Published Nov. 25, 2026 at 6:02 a.m. EST  |  Updated 9 hours ago", "", "", "B"),
        ],
        [
            ("Share   Post   Email   Print", "", "", "B"),
        ],
        [
            (
                "A test train on the line's eastern section near Ottawa Street in October.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Cathmore Vinnislow/The Escarpment Courier", "", "", "B"),
        ],
        [
            (
                "HAMILTON, Ont. — The city's light rail line will not carry passengers until the spring of 2029, more than a year later than promised, and will cost $240 million more than budgeted, the city's director of transit, Odaline Fenwhittle-Marrickvale, said Tuesday.",
                "Odaline Fenwhittle-Marrickvale",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fenwhittle-Marrickvale told councillors at the general issues committee that the line's total cost had risen to $3.64 billion, from $3.4 billion in the 2024 estimate.",
                "Odaline Fenwhittle-Marrickvale",
                "told councillors",
                "W",
            ),
            (
                "She said the consortium building the line, Niagara Ridge Transit Partners, had told the city in writing on Nov. 13 that testing of the signal software would take until September 2028.",
                "Odaline Fenwhittle-Marrickvale",
                "said",
                "W",
            ),
            (
                "“Nobody in this room is happy about it, least of all the people in my department,” she said.",
                "Odaline Fenwhittle-Marrickvale",
                "said",
                "",
            ),
        ],
        [
            (
                "Niagara Ridge Transit Partners said in a statement that U.S. tariffs on steel had added $61 million to the cost of rails and overhead wire supports since March.",
                "Niagara Ridge Transit Partners",
                "said in a statement",
                "W",
            ),
            (
                "It said it remained “fully committed” to the project.",
                "Niagara Ridge Transit Partners",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the 2019 funding agreement, the overrun will be split between the city and the province, with Hamilton's share capped at $72 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ward 3 Coun. Dellan Oyeladunni-Pikethorne Jr. said the committee should hire an independent engineer to check the schedule before any more money is approved.",
                "Dellan Oyeladunni-Pikethorne Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "“We were told 2026, then 2027, then ‘early 2028.’",
                "Dellan Oyeladunni-Pikethorne Jr.",
                "said",
                "",
            ),
            ("Now it's 2029?", "Dellan Oyeladunni-Pikethorne Jr.", "said", ""),
            (
                "I'll believe it when I ride it,” said Oyeladunni-Pikethorne Jr.",
                "Dellan Oyeladunni-Pikethorne Jr.",
                "said",
                "",
            ),
            (
                "He said his ward would lose 11 of its 24 late-evening bus trips under the cuts proposed for January.",
                "Dellan Oyeladunni-Pikethorne Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "A staff report to the committee proposes cutting 2,100 weekly bus trips from Jan. 4 to save $9.8 million, money needed to keep the line's 140 operators and maintenance workers employed until it opens.",
                "A staff report to the committee",
                "proposes",
                "W",
            ),
        ],
        [
            (
                "Sign up for Commute, our weekday morning newsletter on roads, trains and buses in the Hamilton area.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Marybelle Quintavelle-Sowerton, who chairs the riders' group Hamilton Transit Users, said the cuts would hit shift workers hardest.",
                "Marybelle Quintavelle-Sowerton",
                "said",
                "",
            ),
            (
                "“If you finish at the hospital at 11 p.m. and the last bus left at 10:40, what are you supposed to do?” she asked.",
                "Marybelle Quintavelle-Sowerton",
                "asked",
                "",
            ),
        ],
        [
            (
                "She said the group's survey of 1,180 riders in October found 37 per cent already waited more than 20 minutes for a bus at night.",
                "Marybelle Quintavelle-Sowerton",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for Transportation Minister Laurien Abbernock-Crowleigh said in an email that the province “expects the City of Hamilton and its partners to deliver this project on time and on budget.”",
                "A spokesperson for Transportation Minister Laurien Abbernock-Crowleigh",
                "said in an email",
                "",
            ),
        ],
        [
            (
                "Mayor Verinda Hallowsett-Brandwyn's office declined to comment ahead of the committee's vote.",
                "Mayor Verinda Hallowsett-Brandwyn's office",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Ridership on the city's buses reached 24.1 million trips in 2025, still 6 per cent below 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "RELATED: Hamilton's bus network redesign: what changes on your route in January",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Construction of the 14-kilometre line from McMaster University to Eastgate Square began in 2021.",
                "",
                "",
                "W",
            ),
            ("The line has 17 stops and was originally due to open in 2026.", "", "", "W"),
        ],
        [
            ("The committee votes on the staff report on Dec. 2.", "", "", "W"),
            ("Council meets to ratify its decisions on Dec. 9.", "", "", "W"),
        ],
        [
            (
                "Prithika Dellacombe-Osgoode covers transportation and city hall for The Escarpment Courier.",
                "",
                "",
                "B",
            ),
            ("Reach her at pdellacombe@escarpmentcourier.ca.", "", "", "B"),
        ],
        [
            (
                "Report an error   Journalistic standards   About The Escarpment Courier",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Conversations are moderated.", "", "", "B"),
            ("Please keep comments respectful and on topic.", "", "", "B"),
        ],
        [
            ("© Copyright 2026 Escarpment Courier Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # ng
    [
        [
            ("OKUTA BUSINESS JOURNAL", "", "", "B"),
        ],
        [
            (
                "Friday, 27 November 2026 | NGX ASI 112,408.61 ▲0.42% | $/₦1,482.30 | Brent $71.18",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home | Markets | Companies | Economy | Banking | Energy | Tech | Opinion | Events",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Companies", "", "", "B"),
        ],
        [
            (
                "Arakanga Cement's nine-month profit jumps 61% to ₦311.6bn as prices rise",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cement maker says sales volumes fell 4% even as revenue rose 38% to ₦1.42tn",
                "Arakanga Cement Plc",
                "says",
                "W",
            ),
        ],
        [
            ("By Temiloreoluwa Adesinmi-Ikwuegbunam", "", "", "B"),
        ],
        [
            ("November 27, 2026 · 4 min read", "", "", "B"),
        ],
        [
            ("LinkedIn   X   Facebook   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "Arakanga Cement Plc said on Thursday that its profit before tax rose 61% year-on-year to ₦311.6bn in the nine months to September 30, helped by higher prices and lower finance costs.",
                "Arakanga Cement Plc",
                "said",
                "W",
            ),
        ],
        [
            (
                "Revenue rose 38% to ₦1.42tn, according to the unaudited results, which were filed with the Nigerian Exchange after the market closed.",
                "the unaudited results",
                "according to",
                "W",
            ),
            (
                "The company said sales volumes fell 4% to 9.2 million tonnes, as buyers cut back after it raised the ex-factory price of a 50kg bag three times this year.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            ("Its biggest shareholder is Arakanga Holdings Ltd.", "", "", "W"),
            ("The holding company owns 72.4% of the shares.", "", "", "W"),
        ],
        [
            (
                "Group managing director Engr. Olatokunrin Eferakeya-Basseyowo told analysts on a call that diesel and gas made up 44% of production costs, down from 52% a year earlier, after the company switched two of its five kiln lines to gas.",
                "Olatokunrin Eferakeya-Basseyowo",
                "told analysts",
                "W",
            ),
        ],
        [
            ("“We are not raising prices for fun.", "Olatokunrin Eferakeya-Basseyowo", "said", ""),
            (
                "Every naira we charge goes back into gas, spares and the third line,” he said.",
                "Olatokunrin Eferakeya-Basseyowo",
                "said",
                "",
            ),
            (
                "He said Line No. 3 at the Ileduro plant, which will add 3 million tonnes of annual capacity, would start production in March.",
                "Olatokunrin Eferakeya-Basseyowo",
                "said",
                "",
            ),
        ],
        [
            (
                "ALSO READ: Dealers say cement now sells for ₦10,500 a bag in Abuja as haulage costs bite",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Analysts at Cowryline Securities Limited said in a note to clients that the results were “strong but not surprising”, and kept their buy rating on the stock.",
                "Analysts at Cowryline Securities Limited",
                "said in a note",
                "",
            ),
            (
                "They said the company's net debt had fallen to ₦208.4bn from ₦389.7bn at the end of 2025.",
                "Analysts at Cowryline Securities Limited",
                "said",
                "W",
            ),
        ],
        [
            (
                "Arakanga's shares closed 2.3% higher at ₦612.50 on Friday, giving it a market value of about ₦10.4tn.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ibiyinka Oyenubi-Ekpoudom, chief economist at Kwaracross Advisory Ltd., said cement prices were likely to stay high until the naira stabilised and gas supply to factories improved.",
                "Ibiyinka Oyenubi-Ekpoudom",
                "said",
                "",
            ),
            (
                "“A two-bedroom bungalow needs about 600 bags of cement.",
                "Ibiyinka Oyenubi-Ekpoudom",
                "said",
                "W",
            ),
            (
                "At today's depot prices, that is ₦5.9 million for the cement alone,” she said.",
                "Ibiyinka Oyenubi-Ekpoudom",
                "said",
                "W",
            ),
        ],
        [
            (
                "Alhaji Garbadeen Yakasawa-Danmaliki, chairman of the Kano branch of the Northern Cement Dealers' Association, said a 50kg bag sold for ₦9,800 at depots in Kano on Thursday, up from ₦6,200 in January.",
                "Garbadeen Yakasawa-Danmaliki",
                "said",
                "W",
            ),
            (
                "“Customers think we are the ones cheating them, but we buy at the factory price like everybody else,” he said.",
                "Garbadeen Yakasawa-Danmaliki",
                "said",
                "",
            ),
        ],
        [
            (
                "Join the Okuta Markets channel on WhatsApp for closing prices every weekday at 3 p.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A spokesperson for the Federal Competition and Consumer Protection Commission declined to comment on whether it was reviewing cement prices.",
                "A spokesperson for the Federal Competition and Consumer Protection Commission",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Nigeria produced about 27 million tonnes of cement in 2025, and three companies accounted for roughly 90% of local capacity, according to industry estimates.",
                "industry estimates",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Eferakeya-Basseyowo said the company exported 412,000 tonnes of cement to Niger, Togo and Ghana in the period, 18% more than a year earlier.",
                "Olatokunrin Eferakeya-Basseyowo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Arakanga will hold a facts-behind-the-figures presentation on the exchange on December 3.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Disclaimer: This article is for information only and is not investment advice.",
                "",
                "",
                "B",
            ),
            (
                "Okuta Business Journal does not recommend the purchase or sale of any security.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Arakanga Cement | cement prices | NGX | earnings", "", "", "B"),
        ],
        [
            ("Latest", "", "", "B"),
        ],
        [
            ("Banks' Q3 loan books grow 29% as lending to manufacturers picks up", "", "", "B"),
        ],
        [
            ("Diesel falls to ₦1,210 a litre at Lagos depots", "", "", "B"),
        ],
        [
            ("© 2026 Okuta Business Journal Ltd.", "", "", "B"),
            (
                "Reproduction in whole or in part without written permission is prohibited.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Privacy | Terms | Advertise | Contact", "", "", "B"),
        ],
    ],
    # ph
    [
        [
            ("ARKIPELAGO TRIBUNE", "", "", "B"),
        ],
        [
            ("Thursday, December 3, 2026 | Manila 28°C | Today's Paper", "", "", "B"),
        ],
        [
            (
                "News | Nation | Metro | Regions | Business | Sports | Lifestyle | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NATION", "", "", "B"),
        ],
        [
            ("Signal No. 4 raised over Catanduanes as Typhoon Maliyag nears landfall", "", "", "W"),
        ],
        [
            (
                "Typhoon could hit land late Thursday or early Friday, forecasters say; classes and sea trips suspended across Bicol",
                "forecasters",
                "say",
                "",
            ),
        ],
        [
            ("LIVE UPDATES", "", "", "B"),
        ],
        [
            ("By Ma. Leonarda Dagohoyen-Ybiosa and Rafaelito Tinio-Macaspagal", "", "", "B"),
        ],
        [
            ("Last updated 11:20 a.m. PHT", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   Viber   Email", "", "", "B"),
        ],
        [
            ("11:20 a.m.", "", "", "B"),
        ],
        [
            (
                "Typhoon Maliyag had maximum sustained winds of 185 km/h near its centre and gusts of up to 230 km/h as of 10 a.m.",
                "",
                "",
                "W",
            ),
            (
                "It was 160 kilometres east of Virac, Catanduanes, moving west at 15 km/h, the state weather bureau said in its 11 a.m. bulletin.",
                "the state weather bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tropical Cyclone Wind Signal No. 4 was raised over Catanduanes and the eastern part of Camarines Sur, and Signal No. 3 over Albay, Sorsogon and the rest of Camarines Sur.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Weather specialist Gaudioso Tabirao-Lacuestra said the typhoon could make landfall over Catanduanes between 10 p.m. Thursday and 2 a.m. Friday.",
                "Gaudioso Tabirao-Lacuestra",
                "said",
                "",
            ),
            (
                "He said storm surges of up to 3 metres were possible along the coasts of Catanduanes and northern Albay from 6 p.m.",
                "Gaudioso Tabirao-Lacuestra",
                "said",
                "",
            ),
            (
                "Residents of low-lying villages should leave before dark, he said.",
                "Gaudioso Tabirao-Lacuestra",
                "said",
                "",
            ),
        ],
        [
            (
                "Residents of Virac boarding up windows along the town's seawall on Thursday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo by Efrenito Cuyugan-Barredez", "", "", "B"),
        ],
        [
            ("9:05 a.m.", "", "", "B"),
        ],
        [
            (
                "The national disaster council said 41,260 people had been moved to 312 evacuation centres in the Bicol region as of 8 a.m.",
                "The national disaster council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Catanduanes Gov. Remediana Sabalburo-Ilaganes said in a radio interview that all 11 towns of the province were under forced evacuation.",
                "Remediana Sabalburo-Ilaganes",
                "said",
                "W",
            ),
            ("“We have done this before.", "Remediana Sabalburo-Ilaganes", "said", ""),
            (
                "We know what a Signal No. 4 does to a nipa house,” she said.",
                "Remediana Sabalburo-Ilaganes",
                "said",
                "",
            ),
        ],
        [
            (
                "In Brgy. Sto. Niño, a fishing village in Virac, Brgy. Capt. Dionelito Oclarit-Manalang said 64 boats had been hauled up onto the main road and tied to the seawall railings.",
                "Dionelito Oclarit-Manalang",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fisherman Jovenal Bagasbasin-Redoña, 58, said he had moved his wife and three grandchildren to his cousin's house in a hill village on Wednesday night.",
                "Jovenal Bagasbasin-Redoña",
                "said",
                "",
            ),
            ("“The boat I can replace.", "Jovenal Bagasbasin-Redoña", "said", ""),
            ("My grandchildren I cannot,” he said.", "Jovenal Bagasbasin-Redoña", "said", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "READ: What the five tropical cyclone wind signals mean, and what to do under each",
                "",
                "",
                "B",
            ),
        ],
        [
            ("6:40 a.m.", "", "", "B"),
        ],
        [
            (
                "The Department of Education said classes at all levels were suspended on Thursday and Friday in 1,412 public schools in the Bicol region.",
                "The Department of Education",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Philippine Coast Guard said 2,318 passengers and 96 rolling cargoes were stranded at ports in Bicol and Eastern Visayas after sea trips were suspended at midnight.",
                "The Philippine Coast Guard",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kalapati Air said it had cancelled 26 domestic flights for Thursday and Friday, most of them to and from Virac, Legazpi and Naga.",
                "Kalapati Air",
                "said",
                "W",
            ),
            (
                "Passengers may rebook or ask for a refund without charge until Dec. 15, it said.",
                "Kalapati Air",
                "said",
                "",
            ),
        ],
        [
            (
                "In Catanduanes, the province's electric cooperative said it would switch off power across the island at 6 p.m. to protect its lines and substations.",
                "the province's electric cooperative",
                "said",
                "",
            ),
        ],
        [
            (
                "Flights to and from Virac airport were also suspended until noon on Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tuesday, Dec. 1, 11 p.m.", "", "", "B"),
        ],
        [
            (
                "The typhoon entered the Philippine area of responsibility at 11 p.m. Tuesday and was given the local name Maliyag.",
                "",
                "",
                "W",
            ),
            ("It was the 19th tropical cyclone to enter the country this year.", "", "", "W"),
        ],
        [
            ("Have photos or videos from your area?", "", "", "B"),
            ("Send them to our Viber community, and stay safe.", "", "", "B"),
        ],
        [
            ("Tags: Typhoon Maliyag | Catanduanes | Bicol | weather", "", "", "B"),
        ],
        [
            ("More in Nation", "", "", "B"),
        ],
        [
            ("Farm damage from last month's floods reaches ₱2.1 billion", "", "", "B"),
        ],
        [
            ("Senate panel approves ₱18-billion rice subsidy for 2027", "", "", "B"),
        ],
        [
            ("© 2026 Arkipelago Tribune Publishing Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # kr
    [
        [
            ("KOREA MERIDIAN DAILY", "", "", "B"),
        ],
        [
            ("Thursday, November 19, 2026 | Seoul 3°C | Fine dust: Moderate", "", "", "B"),
        ],
        [
            (
                "National | Politics | North Korea | Business | Culture | Sports | Opinion | Korean Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("National > Education", "", "", "B"),
        ],
        [
            (
                "522,130 sit college entrance exam as flights are halted for English listening test",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "No ‘killer questions’ this year, panel head says; medical school places stay at 3,058",
                "Gam Haeryun",
                "says",
                "W",
            ),
        ],
        [
            ("By Jeup Danul", "", "", "B"),
        ],
        [
            ("Published: 2026-11-19 18:22   Updated: 2026-11-19 21:05", "", "", "B"),
        ],
        [
            ("A-   A+   Share   Print", "", "", "B"),
        ],
        [
            (
                "Students hug their teachers before entering an exam site at Hwaam Girls' High School in Seoul's Gangnam District on Thursday morning.",
                "",
                "",
                "",
            ),
            ("[KOREA MERIDIAN DAILY]", "", "", "B"),
        ],
        [
            (
                "A total of 522,130 students sat the College Scholastic Ability Test at 1,282 sites across the country on Thursday, the exam board said, about 2,400 more than last year.",
                "the exam board",
                "said",
                "W",
            ),
            (
                "With 554,174 registered applicants, that means 5.8 percent did not turn up.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "All takeoffs and landings at the country's airports were halted from 1:05 p.m. to 1:40 p.m. during the English listening section.",
                "",
                "",
                "W",
            ),
            (
                "The transport ministry said 84 flights were rescheduled as a result.",
                "The transport ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Public offices and large companies opened an hour later than usual, at 10 a.m., and Seoul's subway operator added 362 trips during the morning rush.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Police drove or escorted 214 students who were running late to their exam sites by motorcycle or patrol car, according to the National Police Agency.",
                "the National Police Agency",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Prof. Gam Haeryun, who led the panel that set the questions, told a news conference in Sejong at 8:40 a.m. that the panel had left out the extremely difficult questions that go beyond the school curriculum, known as “killer questions.”",
                "Gam Haeryun",
                "told a news conference",
                "W",
            ),
            (
                "“Students who studied their school textbooks faithfully should be able to solve every question,” she said.",
                "Gam Haeryun",
                "said",
                "",
            ),
        ],
        [
            (
                "She said 51 percent of the questions in each section were linked to the state broadcaster's official preparation books, as in previous years.",
                "Gam Haeryun",
                "said",
                "W",
            ),
        ],
        [
            (
                "Education Minister Myeong Dongbaek said in a statement that medical schools would admit 3,058 students in 2027, the same number as this year.",
                "Myeong Dongbaek",
                "said in a statement",
                "W",
            ),
            (
                "“Our schools, not cram schools, should decide who is ready for university,” he said.",
                "Myeong Dongbaek",
                "said",
                "",
            ),
        ],
        [
            ("Related Article", "", "", "B"),
        ],
        [
            ("Medical students' return: One year on, lecture halls still half empty", "", "", "B"),
        ],
        [
            (
                "Yang Jaegeon, head of research at the private academy chain Seolbong Academy, said the Korean language section appeared slightly harder than last year's, based on students' answers collected after the exam.",
                "Yang Jaegeon",
                "said",
                "",
            ),
            (
                "He said about 31 percent of this year's applicants were repeat takers, the highest share since 2004.",
                "Yang Jaegeon",
                "said",
                "W",
            ),
        ],
        [
            (
                "Outside Hwaam Girls' High School, younger students banged drums and handed out hot citron tea as the test-takers left at 5:45 p.m.",
                "",
                "",
                "",
            ),
        ],
        [
            ("“Was that really the last question?", "Sakong Saebyeol", "said", ""),
            (
                "I can't believe it's over!” said Sakong Saebyeol, 18, hugging her mother at the school gate.",
                "Sakong Saebyeol",
                "said",
                "",
            ),
            (
                "She said she planned to sleep for two days before starting interviews.",
                "Sakong Saebyeol",
                "said",
                "",
            ),
        ],
        [
            (
                "At Jogyesa temple in central Seoul, hundreds of parents had prayed through the day.",
                "",
                "",
                "",
            ),
            (
                "“I've done 100 days of prayers for this one day,” said Gwok Kyungae, 49, whose son took the exam for the second time.",
                "Gwok Kyungae",
                "said",
                "",
            ),
        ],
        [
            (
                "The exam ran from 8:40 a.m. to 5:45 p.m. for students who also took the second foreign language section.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The exam board said 27 students had their results voided on Thursday, most of them for bringing electronic devices into the room or writing after the final bell.",
                "The exam board",
                "said",
                "W",
            ),
            (
                "It will take objections to questions until 6 p.m. Monday and publish the final answers on Dec. 1.",
                "",
                "",
                "W",
            ),
            ("Scores will be sent to students on Dec. 4.", "", "", "W"),
        ],
        [
            ("jeupdanul@meridiandaily.co.kr", "", "", "B"),
        ],
        [
            ("Most Viewed", "", "", "B"),
        ],
        [
            ("Bank of Korea holds base rate at 2.25% for third straight meeting", "", "", "B"),
        ],
        [
            ("Subway fares in Seoul to rise by 150 won in March", "", "", "B"),
        ],
        [
            ("Copyright (c) Korea Meridian Daily.", "", "", "B"),
            ("Reproduction and redistribution prohibited.", "", "", "B"),
        ],
    ],
    # au
    [
        [
            ("BOUNDARYLINE", "", "", "B"),
        ],
        [
            (
                "Sport   Cricket   AFL   NRL   A-League   Racing   Tennis   Netball   Live scores",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cricket / Sheffield Shield", "", "", "B"),
        ],
        [
            (
                "Tasmania chase down 412 at Bellerive to stun Queensland by four wickets",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opener Roswyn Kestigan-Braystock carries Tigers home with unbeaten 137 as visitors' quick limps off",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Hamwell Quarrellton-Denby", "", "", "B"),
        ],
        [
            ("Cricket writer", "", "", "B"),
        ],
        [
            ("Sunday 29 November 2026, 7:48pm AEDT", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   Email", "", "", "B"),
        ],
        [
            (
                "Roswyn Kestigan-Braystock raises his bat after reaching his century on the final afternoon in Hobart.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Stellard Mowbrick-Quisby", "", "", "B"),
        ],
        [
            (
                "Tasmania completed the highest successful fourth-innings chase ever made at Bellerive Oval on Sunday, reaching 6-412 with 11 balls to spare at 6.19pm.",
                "",
                "",
                "W",
            ),
            ("It was their first Shield win over Queensland in Hobart since 2019.", "", "", "W"),
        ],
        [
            (
                "Opener Roswyn Kestigan-Braystock made an unbeaten 137 from 251 balls, his fourth first-class century, and shared a fifth-wicket stand of 148 with wicketkeeper Tobryn Ashcrove-Leckford, who made 71.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Queensland had declared their second innings at 7-301 on Saturday evening, after their No. 3, Eward Trethellan-Ngatapa, followed his first-innings 112 with 88.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“At lunch we needed 240 with seven wickets in hand.",
                "Fergan Pellegrove-Wattling",
                "said",
                "W",
            ),
            (
                "Nobody in our rooms said the word ‘draw’ once,” Tasmania captain Fergan Pellegrove-Wattling said.",
                "Fergan Pellegrove-Wattling",
                "said",
                "",
            ),
            (
                "He said the side had chosen to bat out the first hour before going after Queensland's spinners.",
                "Fergan Pellegrove-Wattling",
                "said",
                "",
            ),
        ],
        [
            (
                "Queensland off-spinner Lachmore Brisbarrow-Aikens took 4-127 from 38.1 overs but was targeted after tea, when Tasmania scored 164 runs in 31 overs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Queensland coach Darrow Mulholland-Tepe told reporters that fast bowler Corvil Talgarth, 23, would have scans on Monday after hurting his side in the 64th over.",
                "Darrow Mulholland-Tepe",
                "told reporters",
                "W",
            ),
            (
                "“We gave them too many balls to hit, simple as that,” he said.",
                "Darrow Mulholland-Tepe",
                "said",
                "",
            ),
            ("“It's on us, not on the pitch.”", "Darrow Mulholland-Tepe", "said", ""),
        ],
        [
            (
                "Kestigan-Braystock, 24, who was left out of the side for the opening round, said he had not looked at the scoreboard after tea.",
                "Roswyn Kestigan-Braystock",
                "said",
                "",
            ),
            ("“I was batting for my spot, honestly.", "Roswyn Kestigan-Braystock", "said", ""),
            (
                "Once you stop counting, it gets a lot easier,” he said.",
                "Roswyn Kestigan-Braystock",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The win lifts Tasmania to second on the ladder with 24.36 points, 3.29 behind Victoria, with four rounds left before the Big Bash break.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The state's cricket body said 3,104 people attended on the final day after it opened the gates free of charge at lunch.",
                "The state's cricket body",
                "said",
                "W",
            ),
        ],
        [
            ("Get live scores and ball-by-ball alerts in the BoundaryLine app.", "", "", "B"),
        ],
        [
            ("SCORECARD", "", "", "B"),
        ],
        [
            ("Sheffield Shield, Round 5, Bellerive Oval, Hobart, Nov. 26–29", "", "", "B"),
        ],
        [
            (
                "Queensland 387 (E Trethellan-Ngatapa 112, J Vellaquint 74; B Fennistow-Roake 4-81) & 7-301 dec. (Trethellan-Ngatapa 88; S Pardloe 3-66)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Tasmania 277 (F Pellegrove-Wattling 93; C Talgarth 5-59) & 6-412 (R Kestigan-Braystock 137 no, T Ashcrove-Leckford 71; L Brisbarrow-Aikens 4-127)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Result: Tasmania won by four wickets", "", "", ""),
        ],
        [
            ("Player of the match: Roswyn Kestigan-Braystock", "", "", ""),
        ],
        [
            ("Next: Tasmania v Victoria, MCG, Dec. 8–11", "", "", ""),
        ],
        [
            ("More cricket", "", "", "B"),
        ],
        [
            (
                "Women's Big Bash: Hurricanes keep finals hopes alive with last-ball win",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Test squad named: two uncapped quicks for first Test in Perth", "", "", "B"),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            ("© BoundaryLine Media Pty Ltd 2026.", "", "", "B"),
            ("ABN 63 148 220 917.", "", "", "B"),
        ],
        [
            ("Privacy   Terms of use   Contact us   Advertise", "", "", "B"),
        ],
    ],
    # us
    [
        [
            ("THE WASATCH LANTERN", "", "", "B"),
        ],
        [
            ("Salt Lake City, Utah  |  Tuesday, November 17, 2026  |  e-Edition", "", "", "B"),
        ],
        [
            (
                "News   Politics   Outdoors   Science   Business   Sports   Opinion   Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Science", "", "", "B"),
        ],
        [
            (
                "Dust from drying Great Salt Lake carries more arsenic than thought, study finds",
                "a study published Monday",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Researchers say dust from the lakebed reached neighborhoods from Ogden to Provo on 31 days last year",
                "Researchers",
                "say",
                "W",
            ),
        ],
        [
            ("By Marenza Lindgarde-Ocambra  |  The Wasatch Lantern", "", "", "B"),
        ],
        [
            ("Published Nov. 17, 2026, 5:00 a.m. MST  |  Updated 11:42 a.m. MST", "", "", "B"),
        ],
        [
            ("Dust blows off the exposed lakebed west of Magna in September.", "", "", ""),
            ("(Jovanny Rellbrook-Vascuel  |  The Wasatch Lantern)", "", "", "B"),
        ],
        [
            (
                "Dust blown off the exposed bed of the Great Salt Lake carries about 40% more arsenic than earlier estimates suggested, a study published Monday found.",
                "a study published Monday",
                "found",
                "W",
            ),
        ],
        [
            (
                "The study, by a team from Bonneville State University and two federal laboratories, analyzed 1,846 dust samples collected at 22 sites between April 2024 and October 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The lake's surface area has shrunk by about half since the 1980s, leaving some 800 square miles of lakebed exposed.",
                "",
                "",
                "W",
            ),
            ("It is the largest saline lake in the U.S.", "", "", "W"),
            (
                "Its water level hit a record low of 4,188.5 feet above sea level in November 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Ingvilde Sotoverde-Halvorwick, Ph.D., an atmospheric chemist at Bonneville State, said the arsenic comes mostly from natural minerals in the lakebed, not from mining waste.",
                "Ingvilde Sotoverde-Halvorwick",
                "said",
                "W",
            ),
            (
                "“The good news is that on most days the dust never reaches anyone's lungs in any meaningful amount.",
                "Ingvilde Sotoverde-Halvorwick",
                "said",
                "",
            ),
            (
                "The bad news is that on the worst days, it reaches a lot of them,” she said.",
                "Ingvilde Sotoverde-Halvorwick",
                "said",
                "",
            ),
        ],
        [
            (
                "She said concentrations on the 31 worst dust days of 2025 averaged 11 nanograms of arsenic per cubic meter of air in Magna, against a state screening level of 6 nanograms.",
                "Ingvilde Sotoverde-Halvorwick",
                "said",
                "W",
            ),
        ],
        [
            (
                "Get Outdoors & Environment, The Lantern's Thursday newsletter on land, air and water in Utah.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up free", "", "", "B"),
        ],
        [
            (
                "Co-author Tomislaw Rykielski-Aldanova, a soil scientist at a federal laboratory in Idaho, said the finest particles, those smaller than 2.5 micrometers, held the highest share of arsenic.",
                "Tomislaw Rykielski-Aldanova",
                "said",
                "W",
            ),
            (
                "“Those are exactly the particles that get deepest into the lungs,” he said.",
                "Tomislaw Rykielski-Aldanova",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Kobinaaye Ellerwhite-Stroudmere, a pulmonologist in Salt Lake City who was not involved in the study, said the findings were worrying but should not cause panic.",
                "Kobinaaye Ellerwhite-Stroudmere",
                "said",
                "",
            ),
            (
                "He said people with asthma should check dust forecasts and stay indoors on alert days.",
                "Kobinaaye Ellerwhite-Stroudmere",
                "said",
                "",
            ),
        ],
        [
            (
                "State Sen. Cordalie Haddlestowe-Muirgarth, R-Farmington, said she would ask for $4 million in the 2027 session to add 10 air monitors along the lake's southern and eastern shores.",
                "Cordalie Haddlestowe-Muirgarth",
                "said",
                "",
            ),
            (
                "“How can we warn people about dust we aren't measuring?” she asked.",
                "Cordalie Haddlestowe-Muirgarth",
                "asked",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Utah Department of Environmental Quality said the state runs 14 monitors that measure dust along the Wasatch Front and posts dust forecasts each day by 7 a.m.",
                "A spokesperson for the Utah Department of Environmental Quality",
                "said",
                "W",
            ),
            (
                "The department declined to comment on the study's arsenic figures.",
                "The department",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "As of Nov. 15, the lake stood at 4,191.2 feet, according to U.S. Geological Survey gauges.",
                "U.S. Geological Survey gauges",
                "according to",
                "W",
            ),
            (
                "The research was funded by a $2.1 million grant from the National Science Foundation.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The team plans to publish a second paper next year on lead and other metals in the same samples.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Journal reference: Sotoverde-Halvorwick I, Rykielski-Aldanova T, et al. Arsenic enrichment in playa dust from a shrinking saline lake. Environ. Sci. Atmos. Lett. 2026;9(11):1412-1425.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Support local journalism.", "", "", "B"),
            ("Subscribe for $1 a week for your first six months.", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            (
                "Legislature's lake trust has spent $11 million of $40 million, audit finds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Brine shrimp harvest falls for second year", "", "", "B"),
        ],
        [
            (
                "Marenza Lindgarde-Ocambra covers science and the environment for The Wasatch Lantern.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright 2026 The Wasatch Lantern Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # ie
    [
        [
            ("THE CLEW BAY TIDINGS", "", "", "B"),
        ],
        [
            ("Thursday, 26 November 2026", "", "", "B"),
        ],
        [
            (
                "News  Sport  Community  Farming  Business  Opinion  Death Notices  Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Castlebar", "", "", "B"),
        ],
        [
            (
                "Sunday parking charges approved for Castlebar as councillors split 16-12",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Traders say the change will push shoppers out to retail parks on the edge of town",
                "Traders",
                "say",
                "",
            ),
        ],
        [
            ("Brídóg Conneelagh-Maughan", "", "", "B"),
        ],
        [
            ("Thu, 26 Nov, 2026 - 06:00", "", "", "B"),
        ],
        [
            ("Share   Post   Email   WhatsApp", "", "", "B"),
        ],
        [
            (
                "Pay-and-display machines on Main Street, Castlebar, where drivers will have to pay on Sundays from February.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Evan Tigheford-Rudkinson", "", "", "B"),
        ],
        [
            (
                "Mayo County Council has voted to bring in pay parking on Sundays in Castlebar town centre from February 1, 2027, despite objections from traders.",
                "",
                "",
                "W",
            ),
            (
                "At Monday's monthly meeting in Áras an Chontae, councillors voted 16-12 in favour of the revised parking bye-laws, with three abstentions.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Charges of €1.50 an hour will apply from 10 a.m. to 6 p.m.", "", "", "W"),
            (
                "Cars displaying a disabled parking permit will be exempt, as will spaces within 100 metres of St. Mary's Church until 1 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Director of Services Fionnbrann Geraghtain-Luskway told the meeting that Sunday charges would bring Castlebar into line with Westport and Ballina, where drivers have paid on Sundays since 2019.",
                "Fionnbrann Geraghtain-Luskway",
                "told the meeting",
                "W",
            ),
            (
                "He said the council expected the change to raise about €180,000 a year, which would be spent on footpaths and pedestrian crossings in the town.",
                "Fionnbrann Geraghtain-Luskway",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Tadhgeen Ó Maoilréana-Bourkeley (Ind) said the council was “taxing people for going to Mass”.",
                "Tadhgeen Ó Maoilréana-Bourkeley",
                "said",
                "",
            ),
            (
                "“On a Sunday morning in Castlebar you have people going to Mass, going to the hospital, going to see their mother.",
                "Tadhgeen Ó Maoilréana-Bourkeley",
                "said",
                "",
            ),
            (
                "Now they'll be standing at a meter looking for coins,” he said.",
                "Tadhgeen Ó Maoilréana-Bourkeley",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Sadhbhóg Ní Bhraoinlaoich-Cushenbury said a council survey had found the town's 1,140 on-street spaces were more than 90% full by 11 a.m. on 38 of the last 52 Sundays.",
                "Sadhbhóg Ní Bhraoinlaoich-Cushenbury",
                "said",
                "W",
            ),
            (
                "“Free parking that you can never find isn't free,” she said.",
                "Sadhbhóg Ní Bhraoinlaoich-Cushenbury",
                "said",
                "",
            ),
        ],
        [
            (
                "An amendment from Cllr Colmagh Ó Ruanaidh-Kilgarvey to make the first hour free on Sundays was defeated 15-13.",
                "",
                "",
                "W",
            ),
            (
                "He said afterwards he would bring it back at the January meeting.",
                "Colmagh Ó Ruanaidh-Kilgarvey",
                "said",
                "",
            ),
        ],
        [
            (
                "Read More: Castlebar bypass: Consultants to report on route options by March",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Eimhirín Lavellery-Crehan, president of Castlebar Chamber, said 41 of its 96 members had signed a letter to councillors opposing the change.",
                "Eimhirín Lavellery-Crehan",
                "said",
                "W",
            ),
            (
                "“Sunday is the one day the town can compete with the retail parks, and we've just handed that away,” she said.",
                "Eimhirín Lavellery-Crehan",
                "said",
                "",
            ),
        ],
        [
            (
                "Traders in Claremorris, Co. Mayo, fought off a similar proposal in 2021.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Supt. Ruairín Feelagh-Mannerton told the council's roads committee in October that gardaí had issued 212 fixed charge notices for illegal parking in Castlebar since January.",
                "Ruairín Feelagh-Mannerton",
                "told the council's roads committee",
                "W",
            ),
            (
                "He said double parking outside the churches on Sunday mornings was the most common complaint to the Garda station.",
                "Ruairín Feelagh-Mannerton",
                "said",
                "W",
            ),
        ],
        [
            (
                "The bye-laws will now go on public display for 28 days, and submissions can be made until January 4.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Subscribe to The Clew Bay Tidings from €1 for your first month and read every story, every day.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up to our free weekly newsletter for news from across Mayo.", "", "", "B"),
        ],
        [
            ("More in this section", "", "", "B"),
        ],
        [
            ("Ballinrobe creamery site sold for €2.6m", "", "", "B"),
        ],
        [
            ("Westport Greenway extension gets planning go-ahead", "", "", "B"),
        ],
        [
            (
                "The Clew Bay Tidings is published by Croaghmoyle Print & Media Ltd., The Mall, Castlebar, Co. Mayo.",
                "",
                "",
                "B",
            ),
            ("© 2026 Croaghmoyle Print & Media Ltd.", "", "", "B"),
        ],
        [
            ("Privacy Policy   Cookie Policy   Terms & Conditions   Contact", "", "", "B"),
        ],
    ],
    # pk
    [
        [
            ("THE POTHOWAR SENTINEL", "", "", "B"),
        ],
        [
            ("Sunday, November 29, 2026 | Islamabad 19°C | E-Paper", "", "", "B"),
        ],
        [
            (
                "Home | Pakistan | World | Business | Sport | Sunday Magazine | Opinion | Archives",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sunday Magazine › Profile", "", "", "B"),
        ],
        [
            ("The last bookseller of Committee Chowk", "", "", ""),
        ],
        [
            (
                "For 45 years, a man known to every student in Rawalpindi as Chacha Kitabi has sold second-hand books from the same wooden stall",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Zarmeena Qaiserani-Toor", "", "", "B"),
        ],
        [
            ("Published November 29, 2026", "", "", "B"),
        ],
        [
            (
                "Muzaffaruddin Tarkhanwala at his stall on a Friday afternoon, when he closes early for prayers.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo by Hasnainul Durranzai-Khokharwal", "", "", "B"),
        ],
        [
            (
                "At half past nine every morning, Muzaffaruddin Tarkhanwala, 71, lifts the tin shutter of a wooden stall eight feet wide and six feet deep on the edge of Committee Chowk, and begins to sort the books that arrived the evening before.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "He has rented the stall since March 1981, when the rent was Rs. 40 a month.",
                "",
                "",
                "W",
            ),
            ("It is now Rs. 3,500.", "", "", "W"),
        ],
        [
            (
                "“People ask me, ‘Chacha, who buys Urdu poetry now?’",
                "Muzaffaruddin Tarkhanwala",
                "says",
                "",
            ),
            (
                "I tell them: the same people who always did, only fewer of them,” he says.",
                "Muzaffaruddin Tarkhanwala",
                "says",
                "",
            ),
        ],
        [
            (
                "He estimates there are about 12,000 books in the stall and on the shelves of the store room behind it, most of them bought from the families of the dead.",
                "Muzaffaruddin Tarkhanwala",
                "estimates",
                "",
            ),
            (
                "“Books come to me when people die... their children want the almirah, not what is inside it,” he says.",
                "Muzaffaruddin Tarkhanwala",
                "says",
                "",
            ),
        ],
        [
            (
                "Paperback novels sell for Rs. 150, and most poetry collections for Rs. 300 to Rs. 600.",
                "",
                "",
                "W",
            ),
            (
                "A first edition of a 1950s short-story collection sold last year for Rs. 18,000, the highest price he has ever been paid.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "His son, Irtaza Tarkhanwala, 38, who has an M.Sc. in chemistry and works at a pharmaceutical company in Islamabad, says he has tried to persuade his father to sell online.",
                "Irtaza Tarkhanwala",
                "says",
                "",
            ),
            (
                "“He says a book has to be held before it is bought,” Irtaza says, laughing.",
                "Irtaza Tarkhanwala",
                "says",
                "",
            ),
            (
                "“Last month I put 40 books on a website for him, and he took them all down.”",
                "Irtaza Tarkhanwala",
                "says",
                "",
            ),
        ],
        [
            (
                "Most mornings, the first customers are students from the colleges along Murree Road, looking for cheap copies of set texts.",
                "",
                "",
                "",
            ),
            (
                "He says he still gives a discount to any student who can recite a couplet from the book they want.",
                "Muzaffaruddin Tarkhanwala",
                "says",
                "",
            ),
            ("“Only one in ten can do it now,” he says.", "Muzaffaruddin Tarkhanwala", "says", ""),
        ],
        [
            ("Also read: Lahore's Urdu bazaar loses a third of its shops in a decade", "", "", "B"),
        ],
        [
            (
                "Prof. Rukhsarina Jhangvi-Balochzai, who teaches Persian at a government college in Rawalpindi, says she has bought books from the stall since she was a student in 1994.",
                "Rukhsarina Jhangvi-Balochzai",
                "says",
                "",
            ),
            (
                "“Half of my Persian library came from this man's floor,” she says.",
                "Rukhsarina Jhangvi-Balochzai",
                "says",
                "",
            ),
        ],
        [
            (
                "Qalamdaan Publications, a Lahore publisher of Urdu literature, says its first print runs of poetry collections have fallen from 1,100 copies in 2010 to 300 this year.",
                "Qalamdaan Publications",
                "says",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Rawalpindi Cantonment Board said the stall's licence was renewed in July and runs until June 30, 2028.",
                "A spokesperson for the Rawalpindi Cantonment Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "The chowk around the stall has changed beyond recognition: the cinema across the road is now a mobile phone market, and the tea shop next door sells bubble tea.",
                "",
                "",
                "",
            ),
        ],
        [
            ("He closes at 7 p.m.", "", "", "W"),
            (
                "On Fridays he shuts at one o'clock and walks to the mosque behind the market.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Asked whether he will retire, he shakes his head.", "", "", ""),
            ("“Where would I go?", "Muzaffaruddin Tarkhanwala", "says", ""),
            ("The books would miss me,” he says.", "Muzaffaruddin Tarkhanwala", "says", ""),
        ],
        [
            ("Zarmeena Qaiserani-Toor is a staff writer for the Sunday Magazine.", "", "", "B"),
            ("She tweets @zarmeenaqt.", "", "", "B"),
        ],
        [
            ("Comments (3)", "", "", "B"),
        ],
        [
            (
                "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 Pothowar Sentinel Publications (Pvt.) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h71-nz-no2-pm",
        "Sixteen- and 17-year-olds will be able to vote for mayors, councillors and local boards from October 2028 after Parliament passed the Local Electoral (Voting Age) Amendment Bill (No. 2) by 63 votes to 60 at 10.42pm on Wednesday. About 121,000 young people will be added to the roll of eligible voters, according to Electoral Commission estimates.",
        [
            "Sixteen- and 17-year-olds will be able to vote for mayors, councillors and local boards from October 2028 after Parliament passed the Local Electoral (Voting Age) Amendment Bill (No. 2) by 63 votes to 60 at 10.42pm on Wednesday.",
            "About 121,000 young people will be added to the roll of eligible voters, according to Electoral Commission estimates.",
        ],
    ),
    (
        "h71-nz-honestly",
        "“We've been told for four years that we're too young to understand rates. Honestly? Most adults don't understand rates either,” she said.",
        [
            "“We've been told for four years that we're too young to understand rates.",
            "Honestly?",
            "Most adults don't understand rates either,” she said.",
        ],
    ),
    (
        "h71-nz-cant-vote",
        "“A 16-year-old in Porirua can drive a car, leave school and pay tax on her wages. She can't vote for the people who decide whether the bus still stops outside her house,” he said.",
        [
            "“A 16-year-old in Porirua can drive a car, leave school and pay tax on her wages.",
            "She can't vote for the people who decide whether the bus still stops outside her house,” he said.",
        ],
    ),
    (
        "h71-ke-ie",
        "Nairobi County's health executive, Dr Wangechiru Ngurithimu-Esiani, said 196 of the county's cases were in Kibera, Mathare and Mukuru, and that 41 children were still in hospital on Friday. “We are taking vaccination teams to chiefs' barazas, markets and churches, i.e. wherever mothers already are on a normal day,” she said.",
        [
            "Nairobi County's health executive, Dr Wangechiru Ngurithimu-Esiani, said 196 of the county's cases were in Kibera, Mathare and Mukuru, and that 41 children were still in hospital on Friday.",
            "“We are taking vaccination teams to chiefs' barazas, markets and churches, i.e. wherever mothers already are on a normal day,” she said.",
        ],
    ),
    (
        "h71-jm-st-pm",
        "Three men were killed and two others injured when gunmen opened fire on a group playing dominoes outside a shop on Pennicutt Lane in Spanish Town, St. Catherine, at about 11:40 p.m. on Saturday.",
        [
            "Three men were killed and two others injured when gunmen opened fire on a group playing dominoes outside a shop on Pennicutt Lane in Spanish Town, St. Catherine, at about 11:40 p.m. on Saturday."
        ],
    ),
    (
        "h71-jm-patois-question",
        "“Mi lock up the pan and drop flat pon the ground. Mi never get up till mi hear the police siren. Who fi do that to people playing domino?” she said.",
        [
            "“Mi lock up the pan and drop flat pon the ground.",
            "Mi never get up till mi hear the police siren.",
            "Who fi do that to people playing domino?” she said.",
        ],
    ),
    (
        "h71-jm-wi",
        "The Cudjoevale Gazette Co. Ltd., 40–42 Harbour St., Kingston, Jamaica W.I.",
        ["The Cudjoevale Gazette Co. Ltd., 40–42 Harbour St., Kingston, Jamaica W.I."],
    ),
    (
        "h71-in-pa-the",
        "The bench, comprising Justices Meherzad Kalambkar-Dastoor and Ashwini Rangolkar-Pendsekar, gave the civic body eight weeks to pay, failing which the amount will carry interest at 6% p.a. The order was passed on a writ petition filed in March by the rider's widow, Suvarnalekha Bhavsarkar.",
        [
            "The bench, comprising Justices Meherzad Kalambkar-Dastoor and Ashwini Rangolkar-Pendsekar, gave the civic body eight weeks to pay, failing which the amount will carry interest at 6% p.a.",
            "The order was passed on a writ petition filed in March by the rider's widow, Suvarnalekha Bhavsarkar.",
        ],
    ),
    (
        "h71-in-v-no",
        "The case, Suvarnalekha Dattopant Bhavsarkar v. Municipal Corporation of Greater Mumbai (Writ Petition No. 4127 of 2025), is one of 19 pothole-related petitions pending before the high court, according to its registry.",
        [
            "The case, Suvarnalekha Dattopant Bhavsarkar v. Municipal Corporation of Greater Mumbai (Writ Petition No. 4127 of 2025), is one of 19 pothole-related petitions pending before the high court, according to its registry."
        ],
    ),
    (
        "h71-in-art21",
        "“The right to life under Art. 21 of the Constitution is not suspended during the monsoon. A citizen who pays road tax is entitled to a road, not a trap,” the bench said.",
        [
            "“The right to life under Art. 21 of the Constitution is not suspended during the monsoon.",
            "A citizen who pays road tax is entitled to a road, not a trap,” the bench said.",
        ],
    ),
    (
        "h71-ca-ont",
        "HAMILTON, Ont. — The city's light rail line will not carry passengers until the spring of 2029, more than a year later than promised, and will cost $240 million more than budgeted, the city's director of transit, Odaline Fenwhittle-Marrickvale, said Tuesday.",
        [
            "HAMILTON, Ont. — The city's light rail line will not carry passengers until the spring of 2029, more than a year later than promised, and will cost $240 million more than budgeted, the city's director of transit, Odaline Fenwhittle-Marrickvale, said Tuesday."
        ],
    ),
    (
        "h71-ca-jr-he",
        "“We were told 2026, then 2027, then ‘early 2028.’ Now it's 2029? I'll believe it when I ride it,” said Oyeladunni-Pikethorne Jr. He said his ward would lose 11 of its 24 late-evening bus trips under the cuts proposed for January.",
        [
            "“We were told 2026, then 2027, then ‘early 2028.’",
            "Now it's 2029?",
            "I'll believe it when I ride it,” said Oyeladunni-Pikethorne Jr.",
            "He said his ward would lose 11 of its 24 late-evening bus trips under the cuts proposed for January.",
        ],
    ),
    (
        "h71-ca-pm-asked",
        "Marybelle Quintavelle-Sowerton, who chairs the riders' group Hamilton Transit Users, said the cuts would hit shift workers hardest. “If you finish at the hospital at 11 p.m. and the last bus left at 10:40, what are you supposed to do?” she asked.",
        [
            "Marybelle Quintavelle-Sowerton, who chairs the riders' group Hamilton Transit Users, said the cuts would hit shift workers hardest.",
            "“If you finish at the hospital at 11 p.m. and the last bus left at 10:40, what are you supposed to do?” she asked.",
        ],
    ),
    (
        "h71-ca-dec2",
        "The committee votes on the staff report on Dec. 2. Council meets to ratify its decisions on Dec. 9.",
        [
            "The committee votes on the staff report on Dec. 2.",
            "Council meets to ratify its decisions on Dec. 9.",
        ],
    ),
    (
        "h71-ng-ltd-the",
        "Its biggest shareholder is Arakanga Holdings Ltd. The holding company owns 72.4% of the shares.",
        [
            "Its biggest shareholder is Arakanga Holdings Ltd.",
            "The holding company owns 72.4% of the shares.",
        ],
    ),
    (
        "h71-ng-line-no3",
        "“We are not raising prices for fun. Every naira we charge goes back into gas, spares and the third line,” he said. He said Line No. 3 at the Ileduro plant, which will add 3 million tonnes of annual capacity, would start production in March.",
        [
            "“We are not raising prices for fun.",
            "Every naira we charge goes back into gas, spares and the third line,” he said.",
            "He said Line No. 3 at the Ileduro plant, which will add 3 million tonnes of annual capacity, would start production in March.",
        ],
    ),
    (
        "h71-ph-am-it",
        "Typhoon Maliyag had maximum sustained winds of 185 km/h near its centre and gusts of up to 230 km/h as of 10 a.m. It was 160 kilometres east of Virac, Catanduanes, moving west at 15 km/h, the state weather bureau said in its 11 a.m. bulletin.",
        [
            "Typhoon Maliyag had maximum sustained winds of 185 km/h near its centre and gusts of up to 230 km/h as of 10 a.m.",
            "It was 160 kilometres east of Virac, Catanduanes, moving west at 15 km/h, the state weather bureau said in its 11 a.m. bulletin.",
        ],
    ),
    (
        "h71-ph-pm-residents",
        "Weather specialist Gaudioso Tabirao-Lacuestra said the typhoon could make landfall over Catanduanes between 10 p.m. Thursday and 2 a.m. Friday. He said storm surges of up to 3 metres were possible along the coasts of Catanduanes and northern Albay from 6 p.m. Residents of low-lying villages should leave before dark, he said.",
        [
            "Weather specialist Gaudioso Tabirao-Lacuestra said the typhoon could make landfall over Catanduanes between 10 p.m. Thursday and 2 a.m. Friday.",
            "He said storm surges of up to 3 metres were possible along the coasts of Catanduanes and northern Albay from 6 p.m.",
            "Residents of low-lying villages should leave before dark, he said.",
        ],
    ),
    (
        "h71-ph-brgy-sto",
        "In Brgy. Sto. Niño, a fishing village in Virac, Brgy. Capt. Dionelito Oclarit-Manalang said 64 boats had been hauled up onto the main road and tied to the seawall railings.",
        [
            "In Brgy. Sto. Niño, a fishing village in Virac, Brgy. Capt. Dionelito Oclarit-Manalang said 64 boats had been hauled up onto the main road and tied to the seawall railings."
        ],
    ),
    (
        "h71-kr-prof",
        "Prof. Gam Haeryun, who led the panel that set the questions, told a news conference in Sejong at 8:40 a.m. that the panel had left out the extremely difficult questions that go beyond the school curriculum, known as “killer questions.” “Students who studied their school textbooks faithfully should be able to solve every question,” she said.",
        [
            "Prof. Gam Haeryun, who led the panel that set the questions, told a news conference in Sejong at 8:40 a.m. that the panel had left out the extremely difficult questions that go beyond the school curriculum, known as “killer questions.”",
            "“Students who studied their school textbooks faithfully should be able to solve every question,” she said.",
        ],
    ),
    (
        "h71-kr-question-exclaim",
        "“Was that really the last question? I can't believe it's over!” said Sakong Saebyeol, 18, hugging her mother at the school gate. She said she planned to sleep for two days before starting interviews.",
        [
            "“Was that really the last question?",
            "I can't believe it's over!” said Sakong Saebyeol, 18, hugging her mother at the school gate.",
            "She said she planned to sleep for two days before starting interviews.",
        ],
    ),
    (
        "h71-kr-dec4",
        "The exam board said 27 students had their results voided on Thursday, most of them for bringing electronic devices into the room or writing after the final bell. It will take objections to questions until 6 p.m. Monday and publish the final answers on Dec. 1. Scores will be sent to students on Dec. 4.",
        [
            "The exam board said 27 students had their results voided on Thursday, most of them for bringing electronic devices into the room or writing after the final bell.",
            "It will take objections to questions until 6 p.m. Monday and publish the final answers on Dec. 1.",
            "Scores will be sent to students on Dec. 4.",
        ],
    ),
    (
        "h71-au-pm-it",
        "Tasmania completed the highest successful fourth-innings chase ever made at Bellerive Oval on Sunday, reaching 6-412 with 11 balls to spare at 6.19pm. It was their first Shield win over Queensland in Hobart since 2019.",
        [
            "Tasmania completed the highest successful fourth-innings chase ever made at Bellerive Oval on Sunday, reaching 6-412 with 11 balls to spare at 6.19pm.",
            "It was their first Shield win over Queensland in Hobart since 2019.",
        ],
    ),
    (
        "h71-us-us-its",
        "The lake's surface area has shrunk by about half since the 1980s, leaving some 800 square miles of lakebed exposed. It is the largest saline lake in the U.S. Its water level hit a record low of 4,188.5 feet above sea level in November 2022.",
        [
            "The lake's surface area has shrunk by about half since the 1980s, leaving some 800 square miles of lakebed exposed.",
            "It is the largest saline lake in the U.S.",
            "Its water level hit a record low of 4,188.5 feet above sea level in November 2022.",
        ],
    ),
    (
        "h71-us-phd",
        "Lead author Ingvilde Sotoverde-Halvorwick, Ph.D., an atmospheric chemist at Bonneville State, said the arsenic comes mostly from natural minerals in the lakebed, not from mining waste. “The good news is that on most days the dust never reaches anyone's lungs in any meaningful amount. The bad news is that on the worst days, it reaches a lot of them,” she said.",
        [
            "Lead author Ingvilde Sotoverde-Halvorwick, Ph.D., an atmospheric chemist at Bonneville State, said the arsenic comes mostly from natural minerals in the lakebed, not from mining waste.",
            "“The good news is that on most days the dust never reaches anyone's lungs in any meaningful amount.",
            "The bad news is that on the worst days, it reaches a lot of them,” she said.",
        ],
    ),
    (
        "h71-us-am-the",
        "A spokesperson for the Utah Department of Environmental Quality said the state runs 14 monitors that measure dust along the Wasatch Front and posts dust forecasts each day by 7 a.m. The department declined to comment on the study's arsenic figures.",
        [
            "A spokesperson for the Utah Department of Environmental Quality said the state runs 14 monitors that measure dust along the Wasatch Front and posts dust forecasts each day by 7 a.m.",
            "The department declined to comment on the study's arsenic figures.",
        ],
    ),
    (
        "h71-ie-pm-cars",
        "Charges of €1.50 an hour will apply from 10 a.m. to 6 p.m. Cars displaying a disabled parking permit will be exempt, as will spaces within 100 metres of St. Mary's Church until 1 p.m.",
        [
            "Charges of €1.50 an hour will apply from 10 a.m. to 6 p.m.",
            "Cars displaying a disabled parking permit will be exempt, as will spaces within 100 metres of St. Mary's Church until 1 p.m.",
        ],
    ),
    (
        "h71-ie-co-mayo",
        "Traders in Claremorris, Co. Mayo, fought off a similar proposal in 2021.",
        ["Traders in Claremorris, Co. Mayo, fought off a similar proposal in 2021."],
    ),
    (
        "h71-pk-nested-question",
        "“People ask me, ‘Chacha, who buys Urdu poetry now?’ I tell them: the same people who always did, only fewer of them,” he says.",
        [
            "“People ask me, ‘Chacha, who buys Urdu poetry now?’",
            "I tell them: the same people who always did, only fewer of them,” he says.",
        ],
    ),
    (
        "h71-pk-ellipsis",
        "“Books come to me when people die... their children want the almirah, not what is inside it,” he says.",
        [
            "“Books come to me when people die... their children want the almirah, not what is inside it,” he says."
        ],
    ),
]
