"""Hundred-and-third set of new hand-labelled pages for the hint engines (tuning set, round forty-three):
twelve WHOLE pages, head to tail, from twelve countries (the United States, Canada, New Zealand,
India, Kenya, Ireland, the Philippines, Australia, Nigeria, Jamaica, South Africa and Pakistan), in
the genres issue 13 names, where CHECK-WORTHINESS and SENTENCE SPLITS are hard together: WIRE COPY
with its credits line (a US wire on a plant closure, a Nigerian wire on flour prices), LOCAL NEWS (a
town council in Ontario, a shire council on the Murray, a Lahore court hearing), SPORT (a New
Zealand one-day cricket final with a scorecard, a Jamaican schoolboy football final with line-ups),
SCIENCE (an Indian tree-ring study, a South African shark-tagging study, each with a journal
reference), a LIVE BLOG (a Kenyan fuel price review), an INTERVIEW transcript (an Irish port chief,
with "CLARION:" and name prefixes) and a PASTED PAGE with a cookie block (a Philippine bridge
closure). On every page statements of record -- figures, dates, votes, decisions, findings, counts,
comparisons and causal claims by those in charge -- stand beside opinions and feelings in quotes,
hedged claims ("could", "may", "likely"), intentions and forecasts ("would", "will", "expected",
"due to"), figures used for scene-setting, advice and questions. The splits are hard on every page:
abbreviations that END a sentence before a capital ("Ore." before "Neither", "Co." before "The
seller's" and before "Its flour", "Jr." before "The city council", "The retrofit" and "He had been",
"6 p.m." before "Kyrby said", "10:40 p.m." before "By then", "7 a.m. ET." before "Free", "U.K."
before "Quillmarten", "B.C." before "The firm's", "etc." before "This council", "None of that" and
"It was filed", "Ltd." before "The firm has held", "It carries" and "The company raised", "Teo."
before "The company", "Inc." before "Its operations manager", "Pty Ltd." before "The firm", "Vic."
before "It beat", "Plc." before "The rest", "(Pvt.) Ltd." before "Its manager", "Moi Ave." before
"He said", "Inc.", "Co.", "Corp.", "Ltd." and "(Pty) Ltd." in footers) and abbreviations that do NOT
end one (titles "Dr.", "Prof.", "Coun.", "Eng.", "Engr.", "Atty.", "Justice", "Mayor", "Cr"; "No.
1147", "No. 3", "No. 2026-118", "W.P. No. 71842/2026", "Sec. 144", "Art. 199", "Art. 18", "approx.
46", "approx. 30", "vs. Otago", "vs. 1,590", "vs. Province", "ca. 1550", "ca. 2015", "(Fig. 1).",
"(Fig. 2).", a sentence opening "Fig. 3", "e.g.", "i.e.", "Rd. is", "Main St., told", "Brgy.", "Sta.
Ysidra", "St. Ealdric's" at a sentence's start, "Jr. said", "Jr. 77)", "U.S.," and "Wash., and",
"Qld., and", "Ltd. of Kelowna", "Oyinkanola Securities Ltd., said", "6 a.m. Monday", "5 a.m.
because", "e.g. 11 p.m. on", "10 p.m. until", "Jan. 2024", "Sept. 30,", "Nov. 18 under", initials in
scorecards and line-ups, "et al." in journal references), designations, decimals (48.3 overs, 0.71,
Sh196.04, 4.5 mm, 21.4%), times (10:40 p.m., 3.15pm, 12.01am, 9.50pm, 9.45), scores (4-38, 312-7,
1-1, 4-3 on penalties, 7-2 and 6-3 votes), quotes with "?" or "!" then their attribution ("After 31
years on that line?” she said.", "...woke up!” he said.", "“I just went with my gut!” ... said.",
"“I filled up today because I knew this was coming!” said ...", "...in one go?” he asked.", "“What
more could the boys do?” asked ...", "...at 9.45?” he asked.") and quotes split after an opening
question ("“Honestly?" / "I thought ...", "“Did we deserve to win it?" / "No, not today,” ...
said."), ellipses before lower case (three dots and the typographic one), brackets, and lists (key
points, scorecards, line-ups, related lists). Each page carries its site's own furniture at the
head, in the middle and at the tail, each worded its own way. The pages hold 531 sentences: 238 "B",
166 "W" and 127 ""; 182 sentences carry a speaker (83 distinct speakers). `STYLES` describes each
page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-three, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief);
`/tmp/sets` was listed at the start, when it was empty; the module docstrings of `labelled_new.py`
and `labelled_new2.py` (printed whole with `ast.get_docstring`); from `labelled_new99.py` and
`labelled_new100.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each: printed once (the
tool cut its middle), then saved to a scratch file, of which only some ranges were printed with
`sed`, `grep -n` of its section markers and `awk` (so not all of it was seen: the second half of the
first page of `labelled_new99.py`, its second page and its cases, and the last six `STYLES` and the
first half of the first page of `labelled_new100.py` were never printed); `def build` in
`tests/text/labelled_articles.py` (its line number by `grep -n`, then a `sed` range); and the
`[tool.ruff]` tables of `pyproject.toml` (a `grep -n -A25`). No other page, case or docstring of any
file under `tests/` was read. What was run: a Python one-liner printing the calendars of November
and December 2026 to check weekdays; `du -sh` of `tests/` and a count of its `.py` files (numbers
only); a listing of the project's `.venv/bin` filtered for ruff; scripts of my own in a scratch
folder that turn a small line format (flag~speaker~cue~text, one paragraph a line unless it starts
with "+", aliases for speakers) into the literals below, apply renames, cut the split cases out of
the pages, list sentences with an inner full stop, question mark or exclamation mark before a
capital or a digit (to catch lines that hold two sentences by mistake), and count sentences, flags
and speakers; per-word, whole-word, case-insensitive file counts (`grep -rilwF --include='*.py' --
WORD tests | wc -l`) over `tests/` for every capitalised word of these pages and of `STYLES` (each
part of a hyphenated name on its own) and for every candidate replacement; an import of this file
with `build` (its few lines copied into the script) on every page and a check of four string fields,
flags, no "B" with a speaker, a cue for every speaker and a speaker for every cue, every cue in its
sentence or in the quote it continues, 30 distinct case ids, every case text in a built page and
equal to its sentences joined by single spaces, each expected sentence one labelled sentence, and
the counts above; and `ruff format` and `ruff check` (the project's `.venv`) on this file with the
project's `pyproject.toml` as config, the check also through `--stdin-filename
tests/text/labelled_new103.py` so that the per-file ignores for `tests/**` apply. Only counts were
read from the word searches, never the matched lines or file names; they ran through every file
there, including ones this set must not open. The first draft's coined people, outlets, firms,
teams, schools and streets hit well over a hundred words of other files (given names and surnames of
every country, even odd ones such as Fenwright, Vantreight, Tarrowby, Pettigrove, Giollarua,
Dagohoy, Lacsamana, Corrabool, Brindlecombe, Marrowfield and Lakehaven, and nearly every surname of
the Jamaican line-ups); each was renamed, about five hundred candidate replacements were counted in
five rounds, many of which hit as well (Quarnwick, Quarnstrom, Marrowgate, Pettimore, Ottilie,
Ysolde, Sadhbhín, Líadan and the like), and only replacements with no hit were kept. What still hits
is real places and regions (Walla Walla, Boise, Idaho, Twin Falls, Hermiston, Pasco, Touchet, Moses
Lake, Mill Creek, Lincolnshire, Kelowna, Owen Sound, Otago, Tasman, Wellington, Bengaluru, Kodagu,
Madikeri, Mysuru, Mangaluru, Karnataka, Kerala, the Western Ghats, Nairobi, Mombasa Rd., Thika Rd.,
Moi Ave., Belmullet, Blacksod, Co. Mayo, Killybegs, Foynes, Glenamoy, Iloilo City, Jaro, La Paz,
Panay, Wodonga, Toowoomba, Mildura, Lagos, Ogun, Ikeja, Kano, Jigawa, Clarendon, Caymanas, Hermanus,
False Bay, Gansbaai, Mossel Bay, Fish Hoek, Lahore, Karachi, Islamabad and the like), common words
(Allied, Builders, Civils, Fen, Sunrise, Makers, Milling, Pier, Shield, Smog, Teak, Twin, Wrap and
the like), outlet words (Beacon, Chronicle, Clarion, Courier, Gazette, Lantern, Ledger, Post, Times,
Tribune, Newswire), currency, unit and market tokens (Sh, KES, USD, Rs, PST, EAT, WAT, ET, SES, LHC,
ABN, DAC), journal abbreviations (Afr, Ecol) and titles and abbreviations kept or dropped on purpose
(Dr, Prof, Coun, Cr, Eng, Engr, Atty, Alhaji, Chief, Barrister, Justice, Mayor, TD, Jr, Inc, Co,
Corp, Ltd, Plc, Pty, Pvt, Teo, Brgy, Sta, St, Rd, Ave, Sec, Art, No, Fig, Ont, Ore, Wash, Qld, Vic).

Every person, outlet, wire service, union, league, co-operative, firm, bank, securities house,
school, team, club, ground, bridge, competition, journal, fund, institute, observatory, association,
council body and figure is invented. Real countries, regions, cities and institutions appear only as
settings: those listed above, and the state Employment Security Department, the Government of
Canada's Local Journalism Initiative, the Karnataka Forest Department, Parliament and the Dáil, Mayo
County Council, the Lahore High Court, the Code of Criminal Procedure and the Constitution of
Pakistan (only their names and a section or article number), the Nigerian Exchange, and the Press
Code of South Africa. Facebook, X, WhatsApp, Telegram, Viber, Google Play and the App Store appear
only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, byline, date, share line, caption, credit, button row, link,
list item, scorecard or line-up line and legal line is a paragraph of its own); each paragraph a
list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B" line by
line, whatever it says; a caption by its content and its credit "B"; headlines and standfirsts are
never split and are flagged by content; a dateline belongs to its lead sentence; a speaker is the
full name as first given without titles (a pronoun, later surname or role resolves to it); an
organisation's later generic noun is kept as written ("the company" in a lead that names the firm,
"The importer", "the report", "the study"); "it said" after an organisation resolves to it as first
given; "according to X" gives X as written; a quote over several sentences carries its speaker and
cue in each; a named person acting without a verb of saying carries no speaker; sport data lines are
"" and a box's title "B"; a journal reference line is one "B" sentence; the wire credits line is one
"B" sentence; live-blog time stamps and entry bylines are "B".

Conventions this set had to settle, in the same spirit:

* "Jr." is part of a name ("Corwell Vostreck Jr.", "Ramoncito Dagohoyan-Lacsamanal Jr.") and ends a
  sentence when the next word starts one ("... said Mayor Hallward Kyrby Jr." / "The city council
  ..."; "... Anselmito Tabuyanon Jr." / "The retrofit ..."; "... Tajaun Morrisette-Gaylewood Jr." /
  "He had been ..."), but not in "Jr. said" or "Jr. 77)".
* "etc." ends a sentence before a capital in a quote ("... the fire hall, etc." / "This council
  ..."), an answer ("... fuel at cost, etc." / "None of that ...") and a Pakistani case title ("...
  vs. Province of Punjab, etc." / "It was filed ..."); "Teo." (Teoranta) is treated like "Ltd.".
* A sentence may open with "Fig. 3 of the paper ..."; "(Fig. 1)." and "(Fig. 2)." end sentences.
* Interview transcript: the interviewer's turns open "CLARION:" and carry no speaker; a statement of
  record in them is "W" ("CLARION: The quay was meant to take its first ship this autumn.",
  "CLARION: The original business case promised 180 jobs."), a cited source carries that source (a
  co-op "says", a TD "said in the Dáil"), the plain questions are ""; every answer sentence carries
  the interviewee with the prefix as written as cue ("ÉABHNAIT MAC GIOLLARUADH:" first, then "MAC
  GIOLLARUADH:"), including a rhetorical question in an answer ("Could they?", "").
* A live-blog entry headline "Matatu owners say ..." carries the federation the entry names;
  "Regulator says ..." carries the director-general the entry quotes; "..., energy regulator says"
  carries "The energy regulator" as the entry writes it.
* Court: counsel "argued" (a legal argument "") and "said" (notice and bookings of record "W"); the
  government lawyer "told the court" (figures "W") and "said" (a causal claim "W"); the judge
  "observed" (a finding "W") and "remarked" (a general remark ""); "The court directed ..." has no
  speaker.
* Scorecards and line-ups: "Toss: ...", innings lines, "Result: ..." and "Player of the match: ..."
  are "" data sentences ("Result: Karearea won by 27 runs." and "Player of the match: T.
  Rākaumanga." are two); the SCORECARD and TEAMS labels and the fixture line with "vs." are "B".
* Check-worthiness as in the recent sets: figures, dates, votes, decisions, findings, comparisons
  and causal claims "W" (a laundromat's water bill, a cage-diving operator's bookings and a baker's
  staff count too, as a business's figures; a mayor's quoted count of sandbagged homes); plans,
  expectations, forecasts, hedges, opinions, feelings, advice, questions and scene-setting "" (a
  farmer's plan for his crop, a coach's account of 5 a.m. training, a vendor's customers).
* Titles and role words dropped from speakers: Chief Executive, Mayor, Coun., Cr, Treasurer, Dr.,
  Dr, Prof., Eng., Engr., Atty., City engineer, Councilor, Chief, Alhaji, Managing director, General
  manager, SES unit controller, Dairy farmer, Fish vendor, Cage-diving operator, Lead author,
  Co-author, Barrister, Assistant Advocate General, Justice, TD and the coaches' and captains'
  roles.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two to four
consecutive sentences of one paragraph of these pages joined by single spaces: what a reviewer
wants, not what the engine does.
"""

STYLES = [
    'United States WIRE COPY on a wire service\'s own site (Walla Walla, Washington), a potato processor closes a plant with 640 jobs: a "WALLA WALLA, Wash. (NPS) —" dateline lead whose "the company said" is kept as written, the plant\'s output "W"; the chief executive with a "Jr." suffix said in a statement (upgrade cost "W"), his quote "" and a quoted sentence after its attribution; "Hermiston, Ore." ending a sentence before "Neither is affected, it said." (the firm as first given); "Pardovan Growers Co." ending a sentence before county property records show; a union local president with "Local No. 1147" (notice "W"), her two-question quote ending she said "" and a plan ""; the mayor named after his quote ("said Mayor ... Jr.") before a special session "at 6 p.m." and his figures "W"; a growers\' league through according to; a farmer\'s plan and quote ""; Analysts at a securities firm said in a note (a could-hedge "") and They said (capacity with Sept. 30 "W"); "the U.S.," mid-sentence and "the U.K." ending a sentence before the share price; state permit records show; a state department spokesperson\'s plan ""; an earlier closure with "Inc." mid-sentence (agency name in capitals, menu with middle dots, section label with ›, headline, two-name byline, date line with "p.m. PST", share strip, caption "" and photo credit with a slash, a newsletter block split at "7 a.m. ET." before "Free for registered readers.", a Sign up button, the credits line as one "B" sentence with "Wash., and", standards and licensing lines, More from list, copyright split at "Inc." before the republication line, footer links)',
    'Canadian LOCAL NEWS on a town paper\'s site (Port Essonby, Ontario), council raises water rates 7.9 per cent for a $14.2-million plant upgrade: headline and a standfirst with "Jan. 1" of record, caption "" ending "Ont." and photo credit; the 6-3 vote and "The vote came at 10:40 p.m." before scene-setting ""; a staff report through according to and "the report says" with "Rd." and "approx." mid-sentence; "Ltd. of Kelowna, B.C." ending a sentence before the firm\'s estimate "W"; the treasurer (funding "W"); the mayor (an opinion and a four-sentence quote, "etc." ending a sentence before "This council ...", all ""); a councillor with "Coun." (a wish "", a quoted question with he asked "", a census share "W"); a laundromat owner on "Main St.," who told council (her business\'s bill "W", her quote ""); the medical officer with "Dr." (advisories "W"); a bylaw with "No. 2026-118" "W"; an expectation and a meeting notice with "Dec. 7, at 7 p.m." "" (masthead in capitals, menu with pipes, section label, byline name and role on two lines, Published line with bullets, Join the conversation, ADVERTISEMENT and "Story continues below", a newsletter line with "6 a.m. Monday" mid-sentence, a two-sentence funding bio, comment chrome, Trending list, copyright split at "Co." before a printing line ending "Ont.", footer links)',
    'New Zealand SPORT report on a regional daily\'s site, a one-day cricket final: two headlines of record, a caption of record "W" and credit; the result, the innings with "No. 3", "48.3 overs" and the collapse "W"; the centurion\'s quote split after "Honestly?" and a second quote ending in "!” he said." (all ""); a bowler\'s 4-38 "W"; a rain delay with "40 mins at 3.15pm" "W"; the winning captain (a title drought "W", a plan ""); the losing coach (opinion, a three-sentence quote with "Cruising!", and a question quote split before "No, not today,” ... said.", all ""); the provincial body said (crowd "W") and It said (a bid ""); a SCORECARD title and a fixture line with "vs." "B"; the toss, two innings lines with initials, the result and player-of-the-match lines "" data (masthead in capitals, date line, menu with wide spaces, section label with a slash, byline, time line, share strip, Advertisement, RELATED link, a newsletter line, a bio, a comments-closed line, More sport list, copyright split at "Ltd." before the group line)',
    'Indian SCIENCE story on a regional English daily\'s site (Bengaluru, Kodagu), a tree-ring record of monsoon droughts: headline "W" and a standfirst with Researchers say (a could-hedge ""); caption "" and a bracketed photo credit; a "BENGALURU:" dateline lead carrying "a study published on Wednesday" through according to, with "(i.e. ...)" and "ca. 1550" mid-sentence; the team with "Prof." and "(Fig. 1)." "W"; the authors write with "(e.g. ...)" (a causal claim "W"), then a sentence opening "Fig. 3 of the paper" and a correlation with "(p < 0.001)" "W"; the lead author\'s two-sentence quote (a judgement "", then a count "W") and She cautioned ""; a co-author with "Dr." (borer and beams with "approx. 30" "W", a question-and-answer quote ""); the forest department said (a permit with "Jan. 2024" "W"); an outside scientist with "Dr." (opinion and a quote with a typographic ellipsis before lower case ""); funding with ₹ crore "W" (masthead in capitals, date and weather strip, menu with pipes, section label, byline with a pipe, Updated line with an ordinal, share strip, Advertisement and an Also Read link, a journal reference line with "et al." as one "B" sentence, a WhatsApp line, a two-sentence moderation note, Most Read list, copyright split at "2026." before "All rights reserved.")',
    'Kenyan LIVE BLOG on a national daily\'s site (Nairobi) of the monthly fuel price review, newest entry first: headline "W", a Key points block of record ("W", prices with decimals, "12.01am"); time stamps ("10.05pm") and "— Name" entry bylines "B"; a sign-off ""; a matatu federation\'s entry (headline "Matatu owners say" carrying the federation, its fare plan "", its chairman\'s two-sentence quote ending told reporters on "Moi Ave." before "He said" with membership "W"); the regulator\'s director-general with "Eng." (entry headline with says, landed cost, a fund drawdown "W", a counterfactual quote ""); an entry on cargo imported by a firm ending "Ltd." before "The firm has held ..." "W" and The importer did not respond ""; motorists\' queues on "Mombasa Rd. and Thika Rd." "", a taxi driver named after his exclamation (said ...) and his quoted question ""; The energy regulator says/said (a schedule change "W") and background of record "W" (masthead in capitals, date-weather-currency strip, menu with pipes, LIVE label, byline desk, Updated line with EAT, share strip, Key points label, ADVERTISEMENT, Load more updates, a WhatsApp line, Related list, copyright split at "Ltd." before the reproduction line)',
    'Irish INTERVIEW in a local weekly (Belmullet, Co. Mayo) with the managing director of a port company building a wind-turbine quay, transcript with "CLARION:" and name prefixes: headline with says (a forecast "") and a standfirst with insists ""; caption with "Co. Mayo," "" and credit; intro of record ending "Teo." before "The company was set up ..." "W" and a forecast ""; an edited note "B"; the interviewer\'s statements of record "W" and questions ""; cited sources (a fishermen\'s co-op says "W", a TD said in the Dáil "W", both with their own speaker) followed by plain questions ""; every answer sentence carries the interviewee with the prefix as cue ("ÉABHNAIT MAC GIOLLARUADH:" then "MAC GIOLLARUADH:"): piles and steel, costs in €, a contractor ending "Ltd." before "It carries ...", landings, quota, offers ending "etc." before "None of that ...", distances, a booking and jobs "W"; her hedges, a rhetorical question, a typographic ellipsis before lower case, an exclamation and advice "" (masthead in capitals, date and weather strip with a middle dot, menu with pipes, section label, byline Interview by, share strip, a Read also link mid-transcript, editor bio, comments-closed line, Most read list, an address line with "Chapel St.," and "Co. Mayo", copyright split at "Teo. 2026." before a registration line with "No.")',
    'Philippine PASTED PAGE of regional news from a Visayas daily\'s site (Iloilo City), a bridge shut after divers find cracks: a two-sentence cookie block and its button row, date and weather strip, menu, section label with ›, headline "W", byline, date line, share strip, caption with "Brgy." "" and credit in capitals; an "ILOILO CITY —" dateline lead with "at 4 p.m." and the mayor with a "Jr." suffix named last (said, "W"); traffic figures through according to; the mayor\'s two-sentence quote with told reporters ""; pedestrian hours "from 5 a.m. to 9 p.m., the mayor said." "W"; the city engineer with "Engr." dropped (cracks with "4.5 mm" and "Nov. 27." "W", scouring "W"); a builder with "Sta." mid-sentence and a late councilor whose "Jr." ends a sentence before city records show "W"; a councilor with "Atty." who asked "" and his plan ""; a bus company ending "Inc." before "Its operations manager ..." (a forecast ""); a fish vendor and her quoted question ""; the public works district office said (budget request "W"); traffic advice "" (ADVERTISEMENT, READ link, newsletter line, tags, app line, comment count and a two-sentence comment rule, More from Regions list, copyright split at "Corp." before a place line, footer links)',
    'Australian LOCAL NEWS on a regional masthead\'s site (Kellambri, on the Murray in New South Wales), the shire council awards a $38.6m levee contract: headline and standfirst of record; caption "" and Picture by credit; the award to a firm ending "Pty Ltd." before "The firm is based in Wodonga, Vic." before "It beat ..." with "Qld., and" and the council\'s tender report through according to "W"; the 7-2 vote and "9.50pm" "W"; the general manager (cost rise, grant and loan "W"); the mayor with "Cr" dropped (a judgement "", a flood figure quote "W", a quoted sentence after its attribution ""); a councillor with "Cr" (a complaint "" and a quoted question with he asked ""), a second councillor named acting; the SES unit controller (sandbag counts "W", advice with "e.g." ""); a dairy farmer\'s fear and quoted question ""; the council\'s flood study and the study shows "W"; the minister\'s spokesperson (grant "W"); a construction plan "" (masthead in capitals, date line, menu with wide spaces, section label, byline, Updated line with "first published", share strip, Advertisement, a Read more link, a newsletter line, a two-sentence bio, comment chrome, Latest local news list, copyright line and ABN line)',
    'Nigerian WIRE COPY on a news agency\'s own site (Lagos, Kano), a flour miller raises prices 12%: a "LAGOS, Nov 27 (SMNW) -" dateline lead whose "the company said in a letter to distributors" is kept as written; a letter with "Nov. 26" and "Nov. 1" through according to a copy seen by the wire "W"; the miller\'s size ending "Co." before "Its flour ..." with industry estimates "W"; the managing director told the wire (wheat costs "W"), her two-sentence quote (a price record "W", a feeling ""); ownership ending "Plc." before "The rest trades ..." "W"; a bakers\' guild said (a plan "") and its president with "Chief" dropped (closures "W") and his quoted question with he asked ""; a Kano baker with "Alhaji" dropped (staff cut "W") and his exclamation ""; an analyst at a firm ending "Ltd.," said in a note (a likely-hedge "") and She said (a calculation "W"); inflation through according to; shares "W"; The finance ministry has said (a plan "") and A ministry spokesman did not respond "" (agency name in capitals, menu with middle dots, section label, headline, two-name byline, date line with WAT, a newsletter line, the bracketed credits line as one "B" sentence, standards line, Related coverage list, copyright split at "Ltd." before the redistribution line)',
    'Jamaican SPORT report on a daily\'s site, a schoolboy football final decided on penalties: headline and standfirst of record; caption of record "W" and credit; the result, the scorers, "St. Ealdric\'s" with "St." at a sentence\'s start again and again, a substitute whose "Jr." ends a sentence before "He had been ..." "W"; the shoot-out "W"; the goalkeeper\'s exclamation before his surname and said and a quoted sentence after its attribution with "wait... and" (both ""); the winning coach (a title year "W", a quote with "5 a.m. because" mid-sentence ""); the losing coach (opinion with a quoted phrase, a question "?” asked ..." ""); a group-stage result with "Oct. 3." "W"; the schools\' council said and It said (receipts and rules "W"); a sponsor ending "Ltd." before "The company raised ..." "W"; the police said (arrests "W"); a TEAMS label "B", two line-ups with initials and "Jr. 77)" and a referee line "" data (masthead in capitals, date strip with pipes, menu in capitals, section label, byline with a slash, date and time line, share strip, ADVERTISEMENT, RELATED link, a two-sentence bio with an email address, comment chrome in two lines, More Sports list with "1:30 p.m.", copyright split at "Co. Ltd." before the reproduction line)',
    'South African SCIENCE story on a regional paper\'s site (Hermanus, the Cape south coast), a 14-year tagging study finds white sharks have moved east: headline "W", a standfirst with Researchers say (a likeliest-cause hedge ""); caption "" and Image credit with a slash; a "HERMANUS -" dateline lead with "a 14-year tagging study" that has found "W"; tags with "(Fig. 2)." "W", sightings with "i.e." and detections with "vs." in brackets "W"; the lead author with "Dr" (a "ca. 2015" timing "W", a two-sentence quote "", carcasses "W"); a co-author with "Prof." (a may-hedge "", a question ending "?” he said." and a quoted sentence after it, both ""); a shark-spotting group said (sightings "W") and It said (a plan with "e.g." ""); a cage-diving operator (bookings and boats "W", a quote ""); the department\'s spokesperson (funding "W") (masthead in capitals, date-weather strip, menu with pipes, section label with ›, byline, Published line, share line, ADVERTISING, a journal reference with "et al." and journal abbreviations as one "B" sentence, an Also read link, a newsletter line, a bio, comment chrome, copyright split at "(Pty) Ltd." before a press-code line, footer links)',
    'Pakistani LOCAL NEWS from a Lahore English daily\'s site, the High Court suspends a 10 p.m. closure order for wedding halls: headline with "10 p.m." "W"; a "LAHORE:" dateline lead with "10 p.m. until" mid-sentence and the order "under Sec. 144" "W"; the judge with "Justice" dropped named acting, a petition "W.P. No. 71842/2026" filed "under Art. 199", a case title with "vs." ending ", etc." before "It was filed ..." (all "W"); counsel with "Barrister" dropped who argued (Art. 18, "") and said (notice and bookings "W") and his quote ending in a question with "9.45?” he asked." (both ""); the Assistant Advocate General told the court (AQI days "W") and She said (a causal claim "W"); the judge observed "W" and remarked ""; the court\'s direction with "Dec. 10." "W"; the owners\' association president (halls and jobs "W", a proposal with "e.g. 11 p.m." ""); a firm ending "(Pvt.) Ltd." before "Its manager ..." with "Rs. 4.6 million" "W"; an environment department spokesperson\'s appeal plan ""; AQI through according to and school closures "W" (masthead in capitals, date and AQI strip, menu with pipes, section label, byline, Published line, share strip, ADVERTISEMENT, a Read more link, a print-edition line, comment chrome, Most Popular list with "Rs. 3,900", copyright split at "(Pvt.) Ltd." before the unauthorised-use line)',
]

ARTICLES = [
    # us
    [
        [
            ("NORVANCE PRESS SERVICE", "", "", "B"),
        ],
        [
            (
                "Top Stories · U.S. · World · Business · Markets · Science · Sports · Photos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business › Agriculture", "", "", "B"),
        ],
        [
            (
                "Potato processor Quillmarten to shut Walla Walla plant, cutting 640 jobs",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dellamae Strouthwick and Ocran Pellisandre", "", "", "B"),
        ],
        [
            ("Dec. 2, 2026 · 4:18 p.m. PST · Updated 6:05 p.m. PST", "", "", "B"),
        ],
        [
            ("Share · Post · Email · Print · Listen (4 min)", "", "", "B"),
        ],
        [
            (
                "Trucks wait to unload outside the Quillmarten Foods plant in Walla Walla, Wash., on Wednesday, Dec. 2, 2026.",
                "",
                "",
                "",
            ),
        ],
        [
            ("NPS Photo/Tedrian Vanhallam", "", "", "B"),
        ],
        [
            (
                "WALLA WALLA, Wash. (NPS) — Quillmarten Foods Inc. will close its potato-processing plant here by March 31, eliminating 640 jobs, the company said on Wednesday.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The plant, which opened in 1971, turns about 410 million pounds of potatoes a year into frozen fries and hash browns.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief Executive Corwell Vostreck Jr. said in a statement that the site needed about $190 million of upgrades to meet wastewater limits the state set in 2025.",
                "Corwell Vostreck Jr.",
                "said in a statement",
                "W",
            ),
            (
                "“We looked hard at every option, and none of them added up,” Vostreck said.",
                "Corwell Vostreck Jr.",
                "said",
                "",
            ),
            (
                "“This is not a reflection on the people who work there.”",
                "Corwell Vostreck Jr.",
                "said",
                "",
            ),
        ],
        [
            ("The company also runs plants in Twin Falls, Idaho, and Hermiston, Ore.", "", "", "W"),
            ("Neither is affected, it said.", "Quillmarten Foods Inc.", "said", "W"),
        ],
        [
            (
                "Quillmarten, which is based in Boise, Idaho, bought the Walla Walla site in 2009 from Pardovan Growers Co.",
                "",
                "",
                "W",
            ),
            (
                "The seller's founding family still owns 38 acres next to the plant, county property records show.",
                "county property records",
                "show",
                "W",
            ),
        ],
        [
            (
                "Maritxell Quentaya-Brimmage, president of Local No. 1147 of the Wallowinch Food and Allied Workers, said the company had given workers 60 days' notice, the minimum that federal law requires for a closure of this size.",
                "Maritxell Quentaya-Brimmage",
                "said",
                "W",
            ),
            ("“Sixty days?", "Maritxell Quentaya-Brimmage", "said", ""),
            ("After 31 years on that line?” she said.", "Maritxell Quentaya-Brimmage", "said", ""),
        ],
        [
            (
                "She said the local would ask the company for six months' pay for every worker with more than 10 years of service.",
                "Maritxell Quentaya-Brimmage",
                "said",
                "",
            ),
        ],
        [
            (
                "“It's a gut punch for this whole valley,” said Mayor Hallward Kyrby Jr.",
                "Hallward Kyrby Jr.",
                "said",
                "",
            ),
            ("The city council called a special session for Monday at 6 p.m.", "", "", "W"),
            (
                "Kyrby said the plant paid about $2.3 million a year in city water and sewer fees, roughly 9% of the utility's revenue.",
                "Hallward Kyrby Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Morning Ledger from NPS: markets, deals and the day's top stories before 7 a.m. ET.",
                "",
                "",
                "B",
            ),
            ("Free for registered readers.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "Farmers had contracts to supply the plant from about 18,000 acres next year, according to the Ferrowick Growers' League.",
                "the Ferrowick Growers' League",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Alpheus Amsbury-Trowe, 58, who grows potatoes and wheat near Touchet, said he would try to sell his crop to a processor in Pasco, about 45 miles (72 km) away.",
                "Alpheus Amsbury-Trowe",
                "said",
                "",
            ),
            (
                "“If they won't take it, I honestly don't know what we do,” he said.",
                "Alpheus Amsbury-Trowe",
                "said",
                "",
            ),
        ],
        [
            (
                "Analysts at Brindlemarsh Securities said in a note that the closure could save Quillmarten about $48 million a year from 2028.",
                "Analysts at Brindlemarsh Securities",
                "said in a note",
                "",
            ),
            (
                "They said the company's North American plants ran at 71% of capacity in the quarter to Sept. 30, down from 83% a year earlier.",
                "Analysts at Brindlemarsh Securities",
                "said",
                "W",
            ),
        ],
        [
            (
                "Outside the U.S., the company has one plant, a frozen-vegetable factory in Lincolnshire, England, and it sells about a fifth of its fries in the U.K.",
                "",
                "",
                "W",
            ),
            ("Quillmarten shares fell 4.2% to $31.07 in New York on Wednesday.", "", "", "W"),
        ],
        [
            (
                "The wastewater limits, which took effect in July 2025, cut the phosphorus the plant may release into Mill Creek by about two-thirds, state permit records show.",
                "state permit records",
                "show",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the state Employment Security Department said a rapid-response team would hold sessions for workers at the plant from Dec. 14.",
                "A spokesperson for the state Employment Security Department",
                "said",
                "",
            ),
        ],
        [
            (
                "The closure is the second in the region this year, after Lomberg & Tyrrold Inc. shut a fry plant in Moses Lake, Wash., in April with the loss of 380 jobs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Reporting by Dellamae Strouthwick in Walla Walla, Wash., and Ocran Pellisandre in Boise, Idaho; additional reporting by Yusrah Kettlebrin-Aumont in New York; editing by Corbinet Tesselin and Lioba Farquenstein",
                "",
                "",
                "B",
            ),
        ],
        [
            ("How we work: the NPS Editorial Code", "", "", "B"),
        ],
        [
            ("Licensing: republish this story", "", "", "B"),
        ],
        [
            ("More from NPS", "", "", "B"),
        ],
        [
            ("Grain shippers warn of lock closures on the Snake River", "", "", "B"),
        ],
        [
            ("Idaho dairy co-op votes to merge with Utah rival", "", "", "B"),
        ],
        [
            ("© 2026 Norvance Press Service Inc.", "", "", "B"),
            ("Stories may not be republished without a written license.", "", "", "B"),
        ],
        [
            ("Terms · Privacy · Accessibility · Contact NPS", "", "", "B"),
        ],
    ],
    # ca
    [
        [
            ("THE ESSONBY BEACON", "", "", "B"),
        ],
        [
            (
                "Home | News | Sports | Obituaries | Opinion | Classifieds | e-Edition | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Port Essonby water bills to rise 7.9 per cent as council backs $14.2M plant upgrade",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vote passes 6-3 after a three-hour debate; increase takes effect Jan. 1",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tirzah Abercassidy", "", "", "B"),
        ],
        [
            ("Local Journalism Initiative Reporter", "", "", "B"),
        ],
        [
            ("Published Nov 24, 2026  •  Last updated 2 hours ago  •  4 minute read", "", "", "B"),
        ],
        [
            ("Join the conversation", "", "", "B"),
        ],
        [
            ("The water treatment plant on Shoremead Rd. in Port Essonby, Ont.", "", "", ""),
        ],
        [
            ("Photo by Tirzah Abercassidy /The Essonby Beacon", "", "", "B"),
        ],
        [
            (
                "Port Essonby council voted 6-3 on Monday night to raise water and wastewater rates by 7.9 per cent, the largest increase in at least 15 years.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The vote came at 10:40 p.m.", "", "", "W"),
            ("By then, barely a dozen residents were left in the gallery.", "", "", ""),
        ],
        [
            (
                "The increase will add about $96 a year to a typical household bill of $1,215, according to a staff report.",
                "a staff report",
                "according to",
                "W",
            ),
            (
                "The plant on Shoremead Rd. is approx. 46 years old and failed to meet provincial limits for turbidity on 11 days last summer, the report says.",
                "the report",
                "says",
                "W",
            ),
        ],
        [
            (
                "The design was prepared by Okanagrove Engineering Ltd. of Kelowna, B.C.",
                "",
                "",
                "W",
            ),
            (
                "The firm's estimate for the upgrade rose from $11.8 million in 2024 to $14.2 million this fall, mostly because of steel and pump prices.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Treasurer Aldemar Fennwhistle said the town had secured $5.1 million from a federal-provincial infrastructure fund and would borrow the remaining $9.1 million over 20 years.",
                "Aldemar Fennwhistle",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "Mayor Gislaine Harnoy-Decarrie said the town had put off the work for too long.",
                "Gislaine Harnoy-Decarrie",
                "said",
                "",
            ),
            ("“Every year we wait, the price goes up.", "Gislaine Harnoy-Decarrie", "said", ""),
            (
                "We've seen it with the arena, the roads, the fire hall, etc.",
                "Gislaine Harnoy-Decarrie",
                "said",
                "",
            ),
            (
                "This council isn't going to hand the next one a bigger bill,” she said.",
                "Gislaine Harnoy-Decarrie",
                "said",
                "",
            ),
        ],
        [
            (
                "Coun. Brodric Strathmere, who voted against, said he supported the upgrade but wanted the increase phased in over three years.",
                "Brodric Strathmere",
                "said",
                "",
            ),
            (
                "“Why are we asking seniors on fixed incomes to absorb this in one go?” he asked.",
                "Brodric Strathmere",
                "asked",
                "",
            ),
        ],
        [
            (
                "He said 31 per cent of Port Essonby households were headed by someone aged 65 or older at the 2021 census.",
                "Brodric Strathmere",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sign up for Beacon Briefing, our local news email, delivered at 6 a.m. Monday to Saturday.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ragnhilde Talcastle, who runs a laundromat on Main St., told council her water and sewer bill was already $640 a month.",
                "Ragnhilde Talcastle",
                "told council",
                "W",
            ),
            ("“I'll have to raise my prices.", "Ragnhilde Talcastle", "said", ""),
            ("I don't see any other way,” she said.", "Ragnhilde Talcastle", "said", ""),
        ],
        [
            (
                "Dr. Ostmund Vantrieste, the region's medical officer of health, said the plant had issued two boil-water advisories since 2022, and both were lifted within 48 hours.",
                "Ostmund Vantrieste",
                "said",
                "W",
            ),
        ],
        [
            (
                "The rate bylaw, By-law No. 2026-118, also raises the fee for a new water connection to $4,850 from $3,900.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Construction is expected to start in April and finish by the end of 2028.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Council's next meeting is Monday, Dec. 7, at 7 p.m. in the council chambers at 21 Ashmole St. W.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Tirzah Abercassidy is a Local Journalism Initiative reporter at the Beacon.",
                "",
                "",
                "B",
            ),
            ("The initiative is funded by the Government of Canada.", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Comments are reviewed before they appear and may take up to an hour.", "", "", "B"),
            ("Please keep it civil.", "", "", "B"),
        ],
        [
            ("Trending in Essonby", "", "", "B"),
        ],
        [
            ("Pirates fall 4-2 to Dunsarrow in overtime", "", "", "B"),
        ],
        [
            ("Obituary: Myrtle Aldeane Caskey, 1938–2026", "", "", "B"),
        ],
        [
            ("© 2026 Lakeharrow Community Media Co.", "", "", "B"),
            ("The Essonby Beacon is printed in Owen Sound, Ont.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Use | Accessibility | Contact Us", "", "", "B"),
        ],
    ],
    # nz
    [
        [
            ("THE WAITARERE POST", "", "", "B"),
        ],
        [
            ("Sunday, 29 November 2026", "", "", "B"),
        ],
        [
            ("News   Sport   Business   Rural   Opinion   Puzzles   Subscribe", "", "", "B"),
        ],
        [
            ("Sport / Cricket", "", "", "B"),
        ],
        [
            ("Rākaumanga ton leads Karearea to first one-day title since 2011", "", "", "W"),
        ],
        [
            ("Tasman post 312-7, then bowl Otago out for 285 in the 49th over", "", "", "W"),
        ],
        [
            ("Pitaroa Rangikoepa", "", "", "B"),
        ],
        [
            ("6:48pm Nov 29 2026", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Email this story", "", "", "B"),
        ],
        [
            (
                "Tamahou Rākaumanga raises his bat after reaching 100 from 92 balls at Hamurana Oval on Sunday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo: Linnethe Hautapu/Photowaka Aotearoa", "", "", "B"),
        ],
        [
            (
                "The Tasman Karearea won the Twin Rivers One-Day Cup final at Hamurana Oval on Sunday, beating the Otago Stormbirds by 27 runs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Batting first, the Karearea made 312 for 7 from their 50 overs, with No. 3 Tamahou Rākaumanga scoring 104 from 97 balls.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The Stormbirds were bowled out for 285 in 48.3 overs.", "", "", "W"),
            (
                "They had been 201 for 3 in the 36th over before losing their last seven wickets for 84 runs.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“Honestly?", "Tamahou Rākaumanga", "said", ""),
            (
                "I thought we'd blown it at 201 for 3,” Rākaumanga said.",
                "Tamahou Rākaumanga",
                "said",
                "",
            ),
            (
                "“Then Fen took two in an over and the whole ground woke up!” he said.",
                "Tamahou Rākaumanga",
                "said",
                "",
            ),
        ],
        [
            (
                "Left-arm spinner Fendall Ohuraki-Dalmaine took 4-38, including two wickets in the 37th over.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Play was held up for 40 mins at 3.15pm by a light shower, but no overs were lost.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Karearea captain Angusby Tarrowbeck-Lusgrave said the win was the province's first one-day title since 2011 and its first home final since 2003.",
                "Angusby Tarrowbeck-Lusgrave",
                "said",
                "W",
            ),
            (
                "He said the side would now turn to the four-day competition, which resumes on December 8.",
                "Angusby Tarrowbeck-Lusgrave",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("RELATED: Stormbirds squeeze into final on net run rate", "", "", "B"),
        ],
        [
            (
                "Stormbirds coach Brenwyn Solway-Pikemere said her batters had lost their heads.",
                "Brenwyn Solway-Pikemere",
                "said",
                "",
            ),
            ("“We were cruising.", "Brenwyn Solway-Pikemere", "said", ""),
            ("Cruising!", "Brenwyn Solway-Pikemere", "said", ""),
            ("Then we panicked,” she said.", "Brenwyn Solway-Pikemere", "said", ""),
        ],
        [
            ("“Did we deserve to win it?", "Brenwyn Solway-Pikemere", "said", ""),
            ("No, not today,” Solway-Pikemere said.", "Brenwyn Solway-Pikemere", "said", ""),
        ],
        [
            (
                "The crowd of 3,412 was the biggest at the ground since a women's international in 2019, Cricket Tasman said.",
                "Cricket Tasman",
                "said",
                "W",
            ),
            (
                "It said it would bid to host next season's final as well.",
                "Cricket Tasman",
                "said",
                "",
            ),
        ],
        [
            ("The Sports Wrap: every result from the regions, in your inbox at 8pm.", "", "", "B"),
        ],
        [
            ("SCORECARD", "", "", "B"),
        ],
        [
            (
                "Twin Rivers One-Day Cup final, Hamurana Oval: Tasman Karearea vs. Otago Stormbirds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Toss: Karearea, chose to bat.", "", "", ""),
        ],
        [
            (
                "Karearea 312-7 (50 ov): T. Rākaumanga 104 (97b, 9x4, 3x6), A. Tarrowbeck-Lusgrave 61, J. Whakaroa 38*; M. Orsoni 3-59.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Stormbirds 285 (48.3 ov): P. Vanderhoekstra 88, S. Kalseyhurst 47; F. Ohuraki-Dalmaine 4-38, R. Te Awhiraki 2-51.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Result: Karearea won by 27 runs.", "", "", ""),
            ("Player of the match: T. Rākaumanga.", "", "", ""),
        ],
        [
            ("Pitaroa Rangikoepa covers cricket and rugby for the Post.", "", "", "B"),
        ],
        [
            ("Commenting on this story has now closed.", "", "", "B"),
        ],
        [
            ("More sport", "", "", "B"),
        ],
        [
            ("Netball: Harbour club names 18-year-old Marewa Tipuhia as captain", "", "", "B"),
        ],
        [
            ("Rugby: Ōhāriu club appoints Wellington assistant as head coach", "", "", "B"),
        ],
        [
            ("© 2026 Waitarere Post Ltd.", "", "", "B"),
            ("Part of the Matipo Regional Media group.", "", "", "B"),
        ],
    ],
    # in
    [
        [
            ("THE KAVERIMALA CHRONICLE", "", "", "B"),
        ],
        [
            ("Thursday, November 26, 2026 | Bengaluru 27°C | e-Paper | Subscribe", "", "", "B"),
        ],
        [
            (
                "Home | India | Karnataka | Science | Environment | Business | Sport | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SCIENCE", "", "", "B"),
        ],
        [
            ("Teak rings trace nearly 480 years of monsoon droughts in Kodagu", "", "", "W"),
        ],
        [
            (
                "Researchers say the record could help planners prepare for long dry spells, but caution that teak also responds to heat",
                "Researchers",
                "say",
                "",
            ),
        ],
        [
            ("Nalinaksha Pattadar | Bengaluru", "", "", "B"),
        ],
        [
            ("Updated: 26th November 2026 07:42 AM", "", "", "B"),
        ],
        [
            ("Share via: WhatsApp | X | Facebook | Email", "", "", "B"),
        ],
        [
            ("A researcher takes a core sample from a teak tree near Madikeri.", "", "", ""),
        ],
        [
            ("(Photo | Special arrangement)", "", "", "B"),
        ],
        [
            (
                "BENGALURU: Rings in old teak trees from Kodagu district show that the southwest monsoon (i.e. the June–September rains) failed badly in 41 years between ca. 1550 and 1900, more than twice as often as in the 20th century, according to a study published on Wednesday.",
                "a study published on Wednesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The team, led by Prof. Vaidehini Kammarahalli of the Kodachadri Institute of Earth Sciences in Mysuru, measured the rings in 212 cores from 96 living trees and from beams in three old temple halls (Fig. 1).",
                "",
                "",
                "W",
            ),
            ("The oldest ring they could date was laid down in 1543.", "", "", "W"),
        ],
        [
            (
                "Dry years show up as narrow rings (e.g. 1790–92 and 1876–78) because teak grows less when the rains fail, the authors write.",
                "the authors",
                "write",
                "W",
            ),
            (
                "Fig. 3 of the paper sets the tree-ring record against rain-gauge data for 1871–2021.",
                "",
                "",
                "W",
            ),
            ("The two agree closely, with a correlation of 0.71 (p < 0.001).", "", "", "W"),
        ],
        [
            ("“The 1876 drought was not a freak.", "Vaidehini Kammarahalli", "said", ""),
            (
                "In the 1700s alone we count at least nine years that were as bad or worse,” Kammarahalli said.",
                "Vaidehini Kammarahalli",
                "said",
                "W",
            ),
        ],
        [
            (
                "She cautioned that teak responds to temperature as well as rainfall, so a few hot years may look drier in the record than they were.",
                "Vaidehini Kammarahalli",
                "cautioned",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Also Read: Kabini reservoir at 38% of capacity as north-east monsoon falters",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dr. Irfanullah Mollakatte, a co-author and dendrochronologist at the institute, said the cores were taken with a 5 mm borer, which does not harm the tree.",
                "Irfanullah Mollakatte",
                "said",
                "W",
            ),
            (
                "He said the team also sampled approx. 30 beams from temples built between the 16th and 18th centuries, with permission from their trustees.",
                "Irfanullah Mollakatte",
                "said",
                "W",
            ),
            ("“Why does that matter now?", "Irfanullah Mollakatte", "said", ""),
            (
                "Because the rains of 2023 looked a lot like 1790,” he said.",
                "Irfanullah Mollakatte",
                "said",
                "",
            ),
        ],
        [
            (
                "The Karnataka Forest Department said it had allowed the cores to be taken under a permit issued in Jan. 2024.",
                "the Karnataka Forest Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Sunandini Perumbavoor-Iyengarmath, a climate scientist at the Coastal Climate Observatory in Mangaluru who was not involved in the study, said the work was careful but covered only one district.",
                "Sunandini Perumbavoor-Iyengarmath",
                "said",
                "",
            ),
            (
                "“It's a careful piece of work… but one district is not the whole of the Western Ghats,” she said.",
                "Sunandini Perumbavoor-Iyengarmath",
                "said",
                "",
            ),
        ],
        [
            (
                "The study was funded by a ₹1.8 crore grant from the National Earth Sciences Fund.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Journal reference: Kammarahalli V, Mollakatte I, Bettadapura S, et al. A 478-year monsoon record from Kodagu teak. J. Peninsular Climatol. Stud. 2026;19(4):311–29.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Follow The Kaverimala Chronicle on WhatsApp for the day's top science and environment stories.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
            ("Abusive or off-topic posts will be removed without notice.", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Bengaluru metro's Pink Line to open in phases from January", "", "", "B"),
        ],
        [
            (
                "Mysuru Dasara drew record 31 lakh visitors, says district administration",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Kerala, Karnataka to share data on elephant corridors", "", "", "B"),
        ],
        [
            ("Copyright - kaverimalachronicle.com 2026.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # ke
    [
        [
            ("THE MSAFIRI TRIBUNE", "", "", "B"),
        ],
        [
            (
                "Saturday, November 14, 2026 | Nairobi 22°C | USD/KES 129.40 | ePaper | Sign in",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home | News | Counties | Business | Sports | Opinion | Lifestyle | Videos",
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
                "Fuel prices: Petrol up Sh6.20, diesel up Sh4.85 in latest monthly review",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Tribune Business Desk", "", "", "B"),
        ],
        [
            ("Updated 10.05pm EAT", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Telegram | Copy link", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "Petrol in Nairobi rises to Sh196.04 a litre from Sh189.84, the highest since December 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Diesel goes up to Sh181.10 and kerosene to Sh168.02.", "", "", "W"),
        ],
        [
            ("The new prices apply from 12.01am on Sunday until December 14.", "", "", "W"),
        ],
        [
            ("10.05pm", "", "", "B"),
        ],
        [
            (
                "That is where we end tonight's live coverage; thank you for following, and drive safely.",
                "",
                "",
                "",
            ),
        ],
        [
            ("9.40pm", "", "", "B"),
        ],
        [
            (
                "Matatu owners say fares will go up by as much as Sh20 from Monday",
                "The Abiria Matatu Owners' Federation",
                "say",
                "",
            ),
        ],
        [
            (
                "The Abiria Matatu Owners' Federation said its members would raise fares on most Nairobi routes by between Sh10 and Sh20 from Monday morning.",
                "The Abiria Matatu Owners' Federation",
                "said",
                "",
            ),
            ("“We have no choice.", "Simiyuel Wanjohere-Kerubosi", "told reporters", ""),
            (
                "Diesel is now 58 per cent of what an operator spends in a day,” chairman Simiyuel Wanjohere-Kerubosi told reporters outside the federation's offices on Moi Ave.",
                "Simiyuel Wanjohere-Kerubosi",
                "told reporters",
                "W",
            ),
            (
                "He said the federation had 4,100 members running about 9,800 vehicles.",
                "Simiyuel Wanjohere-Kerubosi",
                "said",
                "W",
            ),
        ],
        [
            ("— Wanjikumbe Chepkoeche-Nderitumo", "", "", "B"),
        ],
        [
            ("8.55pm", "", "", "B"),
        ],
        [
            (
                "Regulator says landed cost of petrol rose 7.4% in October",
                "Oduori Lempaka-Owuorsi",
                "says",
                "W",
            ),
        ],
        [
            (
                "Energy regulator director-general Eng. Oduori Lempaka-Owuorsi said the average landed cost of imported petrol rose 7.4% in October to $712.35 per cubic metre.",
                "Oduori Lempaka-Owuorsi",
                "said",
                "W",
            ),
            (
                "He said the government had drawn Sh2.1 billion from the fuel stabilisation fund to hold down the price of diesel.",
                "Oduori Lempaka-Owuorsi",
                "said",
                "W",
            ),
            (
                "“Without that support, diesel would have gone up by about Sh9 a litre,” he said.",
                "Oduori Lempaka-Owuorsi",
                "said",
                "",
            ),
        ],
        [
            ("— Wanjikumbe Chepkoeche-Nderitumo", "", "", "B"),
        ],
        [
            ("8.20pm", "", "", "B"),
        ],
        [
            ("Most October cargo came in under government-to-government deal", "", "", "W"),
        ],
        [
            (
                "Eng. Lempaka-Owuorsi said 86% of the petrol sold in October was imported under the government-to-government deal by Pwanimafuta Ltd.",
                "Oduori Lempaka-Owuorsi",
                "said",
                "W",
            ),
            ("The firm has held the import contract since April 2023.", "", "", "W"),
            (
                "The importer did not respond to a request for comment.",
                "The importer",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("— Kiprotoo Jemutaiwo-Lagatsi", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("7.30pm", "", "", "B"),
        ],
        [
            ("Motorists rush to fill up before midnight", "", "", ""),
        ],
        [
            (
                "Queues stretched onto the road at several stations along Mombasa Rd. and Thika Rd. this evening.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“I filled up today because I knew this was coming!” said Obuyale Kirimbiri-Wasikemba, a taxi driver waiting at a station near the airport.",
                "Obuyale Kirimbiri-Wasikemba",
                "said",
                "",
            ),
            (
                "“Who is this stabilisation fund protecting, honestly?” he asked.",
                "Obuyale Kirimbiri-Wasikemba",
                "asked",
                "",
            ),
        ],
        [
            ("— Kiprotoo Jemutaiwo-Lagatsi", "", "", "B"),
        ],
        [
            ("5.30pm", "", "", "B"),
        ],
        [
            ("Review moved to 9pm, energy regulator says", "The energy regulator", "says", "W"),
        ],
        [
            (
                "The energy regulator said it had moved the release of the monthly review to 9pm from 8pm because of a board meeting.",
                "The energy regulator",
                "said",
                "W",
            ),
            ("In October, petrol rose by Sh3.10 a litre and diesel was unchanged.", "", "", "W"),
            ("Petrol has now risen in four of the last six reviews.", "", "", "W"),
        ],
        [
            ("— Wanjikumbe Chepkoeche-Nderitumo", "", "", "B"),
        ],
        [
            ("Load more updates", "", "", "B"),
        ],
        [
            ("Get the Tribune on WhatsApp: breaking business news as it happens.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Electricity tariff review: what households will pay from January", "", "", "B"),
        ],
        [
            ("© 2026 Msafiri Tribune Media Ltd.", "", "", "B"),
            ("Reproduction in whole or in part without permission is prohibited.", "", "", "B"),
        ],
    ],
    # ie
    [
        [
            ("THE ERRIS CLARION", "", "", "B"),
        ],
        [
            ("Friday, 20 November 2026 · Béal an Mhuirthead 9°C, showers", "", "", "B"),
        ],
        [
            (
                "News | Sport | Community Notes | Farming | Property | Death Notices | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Interview", "", "", "B"),
        ],
        [
            (
                "Port chief says first turbine ship will now berth at Blacksod in September 2027",
                "Éabhnait Mac Giollaruadh",
                "says",
                "",
            ),
        ],
        [
            (
                "A year late and €11 million over budget, the new wind quay is still the peninsula's best bet, its managing director insists",
                "Éabhnait Mac Giollaruadh",
                "insists",
                "",
            ),
        ],
        [
            ("Interview by Ciarmhac Ó Dubhlainn-Riadáin", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                "Éabhnait Mac Giollaruadh on the unfinished quay at Blacksod, Co. Mayo, last week.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Fionnghuala Breathnaigh-Sweenagh", "", "", "B"),
        ],
        [
            (
                "Since 2022 Éabhnait Mac Giollaruadh, a civil engineer from Belmullet, has been managing director of Cuan Iorrais Teo.",
                "",
                "",
                "W",
            ),
            (
                "The company was set up in 2021 by Mayo County Council and two local co-operatives to build and run a quay for offshore wind turbines at Blacksod.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The quay was budgeted at €64 million and was due to take its first turbine ship this autumn.",
                "",
                "",
                "W",
            ),
            ("It will not now be finished until next summer.", "", "", ""),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("CLARION: The quay was meant to take its first ship this autumn.", "", "", "W"),
            ("What went wrong?", "", "", ""),
        ],
        [
            (
                "ÉABHNAIT MAC GIOLLARUADH: Two things.",
                "Éabhnait Mac Giollaruadh",
                "ÉABHNAIT MAC GIOLLARUADH:",
                "",
            ),
            (
                "The rock under the eastern end of the quay was softer than the 2022 site survey showed, so we had to drive 140 more piles.",
                "Éabhnait Mac Giollaruadh",
                "ÉABHNAIT MAC GIOLLARUADH:",
                "W",
            ),
            (
                "And the steel came late: 2,300 tonnes from a mill in Spain, about 11 weeks behind schedule.",
                "Éabhnait Mac Giollaruadh",
                "ÉABHNAIT MAC GIOLLARUADH:",
                "W",
            ),
        ],
        [
            ("CLARION: How much more has that cost?", "", "", ""),
        ],
        [
            (
                "MAC GIOLLARUADH: About €11 million so far, which takes the total to €75 million.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "W",
            ),
            (
                "The contractor is Tullaghmurra Marine Civils Ltd.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "W",
            ),
            (
                "It carries the cost of the late steel under its contract, not us.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "W",
            ),
            (
                "We're still talking to them about the piles, and I won't go further than that.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "",
            ),
        ],
        [
            (
                "CLARION: The Inver Head Fishermen's Co-op says the works have cut its members' landings at Blacksod by a third this year.",
                "The Inver Head Fishermen's Co-op",
                "says",
                "W",
            ),
            ("Is that fair?", "", "", ""),
        ],
        [
            (
                "MAC GIOLLARUADH: Landings at the pier were down, yes: 1,140 tonnes to the end of October, against 1,690 tonnes for the same months last year.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "W",
            ),
            (
                "Some of that is us, and some of it is the mackerel quota, which was cut by 22% in January.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "W",
            ),
            (
                "We've offered the co-op free berths at the new quay until 2029, a new ice plant, fuel at cost, etc.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "W",
            ),
            (
                "None of that was in the original plan.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "W",
            ),
        ],
        [
            (
                "CLARION: Úrsula Ní Threasaighe-Bourkely TD said in the Dáil last month that Killybegs or Foynes could handle the turbines for half the money.",
                "Úrsula Ní Threasaighe-Bourkely",
                "said in the Dáil",
                "W",
            ),
            ("Is she wrong?", "", "", ""),
        ],
        [
            ("MAC GIOLLARUADH: Could they?", "Éabhnait Mac Giollaruadh", "MAC GIOLLARUADH:", ""),
            ("Maybe for one or two projects.", "Éabhnait Mac Giollaruadh", "MAC GIOLLARUADH:", ""),
            (
                "But the nearest wind farm sites are 30 to 45 kilometres off this coast, and a barge from Foynes would need two days each way.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "W",
            ),
            (
                "You'd spend the savings on tugs … and on weather days, frankly.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "",
            ),
        ],
        [
            ("CLARION: When will the first ship berth?", "", "", ""),
        ],
        [
            (
                "MAC GIOLLARUADH: The first developer, Iarthar Gaoithe DAC, has booked the quay from September 2027.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "W",
            ),
            (
                "If the last section of deck is poured by next May, and I think it will be, we'll be ready.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "",
            ),
        ],
        [
            ("Read also: Council approves 48 homes on Glenamoy road site", "", "", "B"),
        ],
        [
            ("CLARION: The original business case promised 180 jobs.", "", "", "W"),
            ("How many are there?", "", "", ""),
        ],
        [
            (
                "MAC GIOLLARUADH: We have 23 staff now, and 61 people are working on the site for the contractor, 44 of them from Erris.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "W",
            ),
            (
                "I'd rather promise fewer and deliver them.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "",
            ),
            (
                "People here have heard big numbers before!",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "",
            ),
        ],
        [
            (
                "CLARION: What would you say to someone in Belmullet who is sick of hearing about the quay?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "MAC GIOLLARUADH: Come down and look at it.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "",
            ),
            (
                "It's real, it's nearly there, and it's ours.",
                "Éabhnait Mac Giollaruadh",
                "MAC GIOLLARUADH:",
                "",
            ),
        ],
        [
            ("Ciarmhac Ó Dubhlainn-Riadáin is the Clarion's news editor.", "", "", "B"),
        ],
        [
            ("Comments are closed on this article.", "", "", "B"),
        ],
        [
            ("Most read this week", "", "", "B"),
        ],
        [
            ("Ferry to Inishkea islands to run year-round from 2027", "", "", "B"),
        ],
        [
            ("Minor football: Erris under-14s win county shield", "", "", "B"),
        ],
        [
            ("The Erris Clarion, Chapel St., Belmullet, Co. Mayo", "", "", "B"),
        ],
        [
            ("© Meáin Iorrais Teo. 2026.", "", "", "B"),
            ("Registered in Ireland, No. 604182.", "", "", "B"),
        ],
    ],
    # ph
    [
        [
            ("THE VISAYAN LANTERN", "", "", "B"),
        ],
        [
            (
                "We use cookies to improve your experience and to show you relevant ads.",
                "",
                "",
                "B",
            ),
            ("By continuing to browse, you agree to our use of cookies.", "", "", "B"),
        ],
        [
            ("Accept   Manage settings", "", "", "B"),
        ],
        [
            ("Tuesday, December 1, 2026 | ILOILO CITY 31°C", "", "", "B"),
        ],
        [
            ("Home  News  Regions  Business  Sports  Opinion  Lifestyle  Multimedia", "", "", "B"),
        ],
        [
            ("Regions › Western Visayas", "", "", "B"),
        ],
        [
            (
                "Iloilo City shuts 47-year-old Dinaanan Bridge after divers find cracks in two piers",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Jomarie Tacderan-Villaflorez", "", "", "B"),
        ],
        [
            ("December 1, 2026 - 5:22 PM", "", "", "B"),
        ],
        [
            ("Facebook   X   Viber   Copy link", "", "", "B"),
        ],
        [
            (
                "Barricades block the Dinaanan Bridge in Brgy. Tabuquilan Dako on Tuesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("LANTERN PHOTO / Ronjie Sumagpang-Abello", "", "", "B"),
        ],
        [
            (
                "ILOILO CITY — The city government closed the Dinaanan Bridge to all vehicles at 4 p.m. on Tuesday after divers found cracks in two of its piers, Mayor Ramoncito Dagohoyan-Lacsamanal Jr. said.",
                "Ramoncito Dagohoyan-Lacsamanal Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The bridge, which crosses the Iloilo River between the districts of Jaro and La Paz, carries about 22,000 vehicles a day, according to the city traffic office.",
                "the city traffic office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“We cannot gamble with lives.",
                "Ramoncito Dagohoyan-Lacsamanal Jr.",
                "told reporters",
                "",
            ),
            (
                "If it takes three months, then it takes three months,” Dagohoyan-Lacsamanal told reporters at City Hall.",
                "Ramoncito Dagohoyan-Lacsamanal Jr.",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Pedestrians may still cross on the eastern walkway from 5 a.m. to 9 p.m., the mayor said.",
                "Ramoncito Dagohoyan-Lacsamanal Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "City engineer Engr. Marivicel Sabanalan-Oquendiño said divers found cracks up to 4.5 mm wide on Piers 3 and 4 during a routine inspection on Nov. 27.",
                "Marivicel Sabanalan-Oquendiño",
                "said",
                "W",
            ),
            (
                "She said scouring had removed about 1.2 metres of riverbed around the base of Pier 3 since the last inspection in 2024.",
                "Marivicel Sabanalan-Oquendiño",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The bridge was built in 1979 and retrofitted in 2014 by Sta. Ysidra Builders, a firm owned by the late councilor Anselmito Tabuyanon Jr.",
                "",
                "",
                "W",
            ),
            ("The retrofit cost P86 million, city records show.", "city records", "show", "W"),
        ],
        [
            (
                "Councilor Atty. Jeromiel Villaruzon-Pangantihon asked on Tuesday why the 2014 retrofit had not dealt with the scouring.",
                "Jeromiel Villaruzon-Pangantihon",
                "asked",
                "",
            ),
            (
                "He said the city council would summon the firm's successors to a hearing next week.",
                "Jeromiel Villaruzon-Pangantihon",
                "said",
                "",
            ),
        ],
        [
            ("READ: Iloilo River dredging to resume in January after two-year pause", "", "", "B"),
        ],
        [
            (
                "Jeepneys on the route are run by about 140 operators, while the buses belong to Panay Sunrise Transit Inc.",
                "",
                "",
                "W",
            ),
            (
                "Its operations manager, Edralin Cabalfinez-Ybiernasco, said each trip would now take about 20 minutes longer.",
                "Edralin Cabalfinez-Ybiernasco",
                "said",
                "",
            ),
        ],
        [
            (
                "Fish vendor Lornalyn Bacsalan-Mijarescu, 52, said half her customers crossed the bridge on foot from La Paz every morning.",
                "Lornalyn Bacsalan-Mijarescu",
                "said",
                "",
            ),
            (
                "“Will they walk all the way around to buy one kilo of galunggong?” she asked.",
                "Lornalyn Bacsalan-Mijarescu",
                "asked",
                "",
            ),
        ],
        [
            (
                "The public works department's district office said a new four-lane bridge beside the old one was in its 2027 budget request at P1.4 billion.",
                "The public works department's district office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Motorists are advised to use the Calaparan and Lapuz routes and to expect heavy traffic at rush hour.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Subscribe to The Lantern Daily Brief and get Western Visayas news in your inbox every morning.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Iloilo City, Dinaanan Bridge, infrastructure, traffic", "", "", "B"),
        ],
        [
            ("Download the Lantern app on Google Play and the App Store.", "", "", "B"),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("Log in to comment.", "", "", "B"),
            ("Comments that are abusive or off-topic will be removed.", "", "", "B"),
        ],
        [
            ("More from Regions", "", "", "B"),
        ],
        [
            ("Antique farmers get P12,000 aid after rice pest outbreak", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Visayan Lantern Publishing Corp.", "", "", "B"),
            ("Iloilo City, Philippines.", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Privacy Policy | Terms of Service", "", "", "B"),
        ],
    ],
    # au
    [
        [
            ("THE MURRAY FLAT TIMES", "", "", "B"),
        ],
        [
            ("Thursday, November 19, 2026", "", "", "B"),
        ],
        [
            (
                "News   Sport   Rural   Community   Opinion   Classifieds   Digital edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Council awards $38.6m levee contract to Victorian firm in 7-2 vote", "", "", "W"),
        ],
        [
            ("Price up $9.1 million on the 2024 estimate; two councillors vote no", "", "", "W"),
        ],
        [
            ("By Jessalind Throsby-Kellhaven", "", "", "B"),
        ],
        [
            ("Updated November 19 2026 - 11:36am, first published 5:30am", "", "", "B"),
        ],
        [
            ("Share   Email   Print", "", "", "B"),
        ],
        [
            ("Sandbags still line parts of Murrabank Rd in Kellambri.", "", "", ""),
        ],
        [
            ("Picture by Fergalin Munnardy", "", "", "B"),
        ],
        [
            (
                "Murray Flat Shire Council has awarded a $38.6 million contract to build a 4.2km levee around Kellambri to Yarrawonga Civil Pty Ltd.",
                "",
                "",
                "W",
            ),
            ("The firm is based in Wodonga, Vic.", "", "", "W"),
            (
                "It beat four other tenderers, including firms from Toowoomba, Qld., and Mildura, according to the council's tender report.",
                "the council's tender report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Councillors voted 7-2 for the contract at Wednesday night's meeting, which ran until 9.50pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "General manager Oskvald Drennimore said the price was $9.1 million more than the estimate in the council's 2024 flood plan, mostly because of the cost of clay and rock.",
                "Oskvald Drennimore",
                "said",
                "W",
            ),
            (
                "He said the state and federal governments would pay $30 million under a flood-resilience grant signed in June, and the council would cover the remaining $8.6 million from reserves and a loan.",
                "Oskvald Drennimore",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Mayor Cr Tesselina Corraboolin-Vancourt said the town could not face another summer without protection.",
                "Tesselina Corraboolin-Vancourt",
                "said",
                "",
            ),
            (
                "“In 2022 we had 310 homes sandbagged and the water came within 40 centimetres of the main street,” she said.",
                "Tesselina Corraboolin-Vancourt",
                "said",
                "W",
            ),
            ("“I never want to see that again.”", "Tesselina Corraboolin-Vancourt", "said", ""),
        ],
        [
            (
                "Cr Lachrin Yeovalbrook, who voted against the contract with Cr Dympnalie Carrabeenah-Mossvale, said councillors had not been given enough time to read the 214-page tender report.",
                "Lachrin Yeovalbrook",
                "said",
                "",
            ),
            (
                "“We got it at 4pm on Monday — and we're meant to sign off on $38 million by Wednesday?” he asked.",
                "Lachrin Yeovalbrook",
                "asked",
                "",
            ),
        ],
        [
            (
                "Read more: Kellambri pool to open a fortnight early after heatwave forecast",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kellambri SES unit controller Bronawyn Kinchamurra said volunteers filled about 46,000 sandbags during the 2022 flood, including 9,000 in a single night.",
                "Bronawyn Kinchamurra",
                "said",
                "W",
            ),
            (
                "She said the levee would not replace a household flood plan, e.g. knowing where to move stock, cars and valuables.",
                "Bronawyn Kinchamurra",
                "said",
                "",
            ),
        ],
        [
            (
                "Dairy farmer Calvinus Pettigrewe-Nashmore, whose land sits just outside the levee line on Tuppal Rd, said he feared floodwater would be pushed onto his paddocks.",
                "Calvinus Pettigrewe-Nashmore",
                "said",
                "",
            ),
            (
                "“It protects the town, and I get that, but where does the water go?” he said.",
                "Calvinus Pettigrewe-Nashmore",
                "said",
                "",
            ),
        ],
        [
            (
                "The levee is designed to hold back a flood of 1-in-100-year size plus 600mm, according to the council's flood study.",
                "the council's flood study",
                "according to",
                "W",
            ),
            (
                "Modelling in the study shows water levels outside the levee would rise by up to 90mm in such a flood.",
                "the study",
                "shows",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the state's emergency services minister said the grant had been signed on June 12 and would be paid in four stages.",
                "A spokesperson for the state's emergency services minister",
                "said",
                "W",
            ),
        ],
        [
            ("Construction is due to begin in March and take about 20 months.", "", "", ""),
        ],
        [
            ("Get the Times' free morning email, Monday to Friday at 6am.", "", "", "B"),
        ],
        [
            ("Jessalind Throsby-Kellhaven is a journalist at The Murray Flat Times.", "", "", "B"),
            ("She covers council, courts and the river.", "", "", "B"),
        ],
        [
            ("Have your say", "", "", "B"),
        ],
        [
            ("Comments close 24 hours after publication.", "", "", "B"),
        ],
        [
            ("Latest local news", "", "", "B"),
        ],
        [
            ("Grain receivals at Kellambri silos pass 180,000 tonnes", "", "", "B"),
        ],
        [
            ("Twilight market returns to Murrabank Park on Friday", "", "", "B"),
        ],
        [
            ("© 2026 Riverlea Press Pty Ltd", "", "", "B"),
        ],
        [
            ("ABN 47 604 918 223 | Privacy | Terms | Contact", "", "", "B"),
        ],
    ],
    # ng
    [
        [
            ("SAHELMARCH NEWSWIRE", "", "", "B"),
        ],
        [
            (
                "Home · Nigeria · Africa · Business · Markets · Energy · Agriculture · Sport",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Markets", "", "", "B"),
        ],
        [
            (
                "Nigeria's Ogunmakin Flour raises bread flour price 12% as wheat costs climb",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Ifeoluwani Adegbenrotu-Kassimu and Musbahu Tsanyawa-Bellomo", "", "", "B"),
        ],
        [
            ("November 27, 2026 2:41 PM WAT · Updated an hour ago", "", "", "B"),
        ],
        [
            (
                "LAGOS, Nov 27 (SMNW) - Ogunmakin Flour Mills Plc will raise the price of a 50kg bag of bread flour by 12% to 74,500 naira from Monday, the company said in a letter to distributors on Friday.",
                "the company",
                "said in a letter to distributors",
                "W",
            ),
        ],
        [
            (
                "The letter, dated Nov. 26, blamed higher wheat import costs and a 5% levy on imported grain that took effect on Nov. 1, according to a copy seen by Sahelmarch Newswire.",
                "a copy seen by Sahelmarch Newswire",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ogunmakin, which mills about 1.9 million tonnes of wheat a year, is the country's second-largest flour miller after Zarewa Milling Co.",
                "",
                "",
                "W",
            ),
            (
                "Its flour goes into about a quarter of the bread sold in Lagos, according to industry estimates.",
                "industry estimates",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Managing director Adebisola Olaseindeoke-Fadugba told Sahelmarch Newswire the average landed cost of wheat had risen to $298 a tonne in October from $254 in July.",
                "Adebisola Olaseindeoke-Fadugba",
                "told Sahelmarch Newswire",
                "W",
            ),
            ("“We held our price for five months.", "Adebisola Olaseindeoke-Fadugba", "said", "W"),
            (
                "We simply cannot absorb any more,” she said.",
                "Adebisola Olaseindeoke-Fadugba",
                "said",
                "",
            ),
        ],
        [
            (
                "The founding Olaseindeoke family owns 51% of the company, and 24% is held by Harbourvale Foods Plc.",
                "",
                "",
                "W",
            ),
            ("The rest trades on the Nigerian Exchange.", "", "", "W"),
        ],
        [
            (
                "Sahelmarch Markets Daily: the day's prices, deals and policy moves, free every weekday.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The National Bread Makers' Guild said its members would raise the price of a standard 900g loaf by between 150 and 300 naira next week.",
                "The National Bread Makers' Guild",
                "said",
                "",
            ),
        ],
        [
            (
                "Its president, Chief Ikedinachi Obiageri-Nwosudike, said about 1,300 small bakeries in Lagos and Ogun states had shut since January 2025 because of flour and diesel costs.",
                "Ikedinachi Obiageri-Nwosudike",
                "said",
                "W",
            ),
            (
                "“What will people eat?” he asked at a news conference in Ikeja.",
                "Ikedinachi Obiageri-Nwosudike",
                "asked",
                "",
            ),
        ],
        [
            (
                "In Kano, baker Alhaji Saniru Gwammaja-Kurfiwa said he had cut his staff from 18 to 11 this year.",
                "Saniru Gwammaja-Kurfiwa",
                "said",
                "W",
            ),
            (
                "“If flour goes up again, I will close!” he said.",
                "Saniru Gwammaja-Kurfiwa",
                "said",
                "",
            ),
        ],
        [
            (
                "Folasayo Ijomanta-Oyebodunde, an analyst at Oyinkanola Securities Ltd., said in a note that other millers were likely to follow within weeks.",
                "Folasayo Ijomanta-Oyebodunde",
                "said in a note",
                "",
            ),
            (
                "She said bread and cereals carry a weight of about 11% in the consumer price index, so a 10% rise in their prices would add roughly 1.1 percentage points to headline inflation.",
                "Folasayo Ijomanta-Oyebodunde",
                "said",
                "W",
            ),
        ],
        [
            (
                "Food inflation eased to 21.4% in October from 22.9% in September, according to the national statistics bureau.",
                "the national statistics bureau",
                "according to",
                "W",
            ),
        ],
        [
            ("Ogunmakin shares rose 3.8% to 41.20 naira on Friday.", "", "", "W"),
        ],
        [
            (
                "The finance ministry has said the grain levy will pay for storage silos in the north.",
                "The finance ministry",
                "has said",
                "",
            ),
            (
                "A ministry spokesman did not respond to a request for comment on Friday.",
                "A ministry spokesman",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "(Reporting by Ifeoluwani Adegbenrotu-Kassimu in Lagos and Musbahu Tsanyawa-Bellomo in Kano; Editing by Obafemide Ladejobiola-Cranfield and Chinwendu Ezeuduoha)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our standards: the Sahelmarch Newswire editorial charter", "", "", "B"),
        ],
        [
            ("Related coverage", "", "", "B"),
        ],
        [
            ("Naira firms to 1,412 per dollar as central bank sells reserves", "", "", "B"),
        ],
        [
            ("Wheat farmers in Jigawa count losses after late rains", "", "", "B"),
        ],
        [
            ("© 2026 Sahelmarch Newswire Ltd.", "", "", "B"),
            (
                "Newswire content is for subscribers' use only and may not be redistributed.",
                "",
                "",
                "B",
            ),
        ],
    ],
    # jm
    [
        [
            ("THE LIGUANEA COURIER", "", "", "B"),
        ],
        [
            ("Sunday | November 29, 2026", "", "", "B"),
        ],
        [
            (
                "LEAD STORIES   NEWS   BUSINESS   SPORTS   ENTERTAINMENT   COMMENTARY   ePAPER",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SPORTS", "", "", "B"),
        ],
        [
            ("St. Ealdric's beat Bellemont 4-3 on penalties to lift Yacca Shield", "", "", "W"),
        ],
        [
            ("Goalkeeper saves two spot kicks after 1-1 draw at Rollington Oval", "", "", "W"),
        ],
        [
            ("Dervon Scarbrough-Bowe/Staff Reporter", "", "", "B"),
        ],
        [
            ("Saturday | November 28, 2026 | 9:12 PM", "", "", "B"),
        ],
        [
            ("Share   Post   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "St. Ealdric's High goalkeeper Kemardo Brissettine-Lazarini dives to save Bellemont College's fourth penalty at Rollington Oval on Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo by Anjanette Wolmers-Dacresby", "", "", "B"),
        ],
        [
            (
                "St. Ealdric's High won the Yacca Shield for the first time in 19 years on Saturday, beating Bellemont College 4-3 on penalties after a 1-1 draw in front of about 11,000 fans at Rollington Oval.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bellemont led from the 23rd minute through a header from captain Dushane Ewartson-Mclymont.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "St. Ealdric's equalised in the 81st minute through substitute Tajaun Morrisette-Gaylewood Jr.",
                "",
                "",
                "W",
            ),
            ("He had been on the field for four minutes.", "", "", "W"),
        ],
        [
            (
                "In the shoot-out, Brissettine-Lazarini saved Bellemont's second and fourth kicks, and defender Romaldo Faceyton-Delissard scored the winner.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I just went with my gut!” Brissettine-Lazarini said.",
                "Kemardo Brissettine-Lazarini",
                "said",
                "",
            ),
            (
                "“Coach told me to wait, wait, wait... and I waited.”",
                "Kemardo Brissettine-Lazarini",
                "said",
                "",
            ),
        ],
        [
            (
                "St. Ealdric's coach Garwood Maxwellton-Thorpedale said the school had last won the shield in 2007, when he was an assistant.",
                "Garwood Maxwellton-Thorpedale",
                "said",
                "W",
            ),
            (
                "“These boys trained at 5 a.m. because the field was booked after school.",
                "Garwood Maxwellton-Thorpedale",
                "said",
                "",
            ),
            (
                "Nobody can tell me they didn't earn it,” he said.",
                "Garwood Maxwellton-Thorpedale",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Bellemont coach Tavarion Mulgravine-Pinnocksley said penalties were “a lottery” but admitted his side had wasted chances.",
                "Tavarion Mulgravine-Pinnocksley",
                "said",
                "",
            ),
            (
                "“What more could the boys do?” asked Mulgravine-Pinnocksley.",
                "Tavarion Mulgravine-Pinnocksley",
                "asked",
                "",
            ),
        ],
        [
            ("Bellemont had beaten St. Ealdric's 2-0 in the group stage on Oct. 3.", "", "", "W"),
        ],
        [
            (
                "The Corporate Area Schools Football Council said gate receipts of J$14.6 million were a record for the competition.",
                "The Corporate Area Schools Football Council",
                "said",
                "W",
            ),
            (
                "It said 40% of the receipts would be shared equally between the two finalists under the competition rules.",
                "The Corporate Area Schools Football Council",
                "said",
                "W",
            ),
        ],
        [
            ("The shield is sponsored by Lluidas Bay Beverages Ltd.", "", "", "W"),
            ("The company raised the prize money to J$3 million this season.", "", "", "W"),
        ],
        [
            (
                "Two men were arrested outside the ground after the match for disorderly conduct, the police said.",
                "the police",
                "said",
                "W",
            ),
        ],
        [
            (
                "RELATED: Bellemont edge Clarendon rivals to reach first final since 2015",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TEAMS", "", "", "B"),
        ],
        [
            (
                "St. Ealdric's: K. Brissettine-Lazarini; R. Faceyton-Delissard, O. Wintergale, J. Blagrovine, D. Pennicottle; S. Thamesworth (T. Morrisette-Gaylewood Jr. 77), A. Vassellino, M. Glasspole; K. Lyttlemore, N. Ashmeadon, C. Ferroncliffe.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Bellemont: T. Cawleyson; D. Ewartson-Mclymont, J. Hibbertine, L. Sammsford, P. Dacostaine; R. Whytelock, O. Gordonsby, E. Kelsoway; S. Bogleton, T. Harriottine, J. Mairstead.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: Delvano Mcfarrow-Ebankston.", "", "", ""),
        ],
        [
            ("Dervon Scarbrough-Bowe is a sports reporter at The Liguanea Courier.", "", "", "B"),
            ("Email him at dervon.scarbrough-bowe@liguaneacourier.com.", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Be respectful.", "", "", "B"),
            ("Comments with links or abuse will not be published.", "", "", "B"),
        ],
        [
            ("More Sports", "", "", "B"),
        ],
        [
            ("Racing: Caymanas card moves to 1:30 p.m. post time for Boxing Day", "", "", "B"),
        ],
        [
            ("© 2026 Liguanea Courier Co. Ltd.", "", "", "B"),
            ("No part of this site may be reproduced without written permission.", "", "", "B"),
        ],
    ],
    # za
    [
        [
            ("THE OVERBERG LEDGER", "", "", "B"),
        ],
        [
            ("Monday, 30 November 2026 · Hermanus 21°C · Tides · Traffic", "", "", "B"),
        ],
        [
            (
                "News | Sport | Business | Environment | Property | Motoring | Jobs | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Environment › Science", "", "", "B"),
        ],
        [
            (
                "White sharks have moved east along the Cape coast, 14-year tagging study finds",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers say orcas are the likeliest cause but warn that the picture is far from complete",
                "Researchers",
                "say",
                "",
            ),
        ],
        [
            ("Thandokazi Mbewana-Lourens", "", "", "B"),
        ],
        [
            ("Published 30 Nov 2026, 06:00", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            ("A white shark off Mossel Bay in March.", "", "", ""),
        ],
        [
            ("Image: Ruhandré Steenbokvlei-Valentyn / Supplied", "", "", "B"),
        ],
        [
            (
                "HERMANUS - White sharks have all but left False Bay and Gansbaai and moved about 400 km east, a 14-year tagging study published on Friday has found.",
                "a 14-year tagging study",
                "has found",
                "W",
            ),
        ],
        [
            (
                "Researchers at the Cape South Coast Marine Institute followed 147 sharks fitted with acoustic tags between 2012 and 2025 (Fig. 2).",
                "",
                "",
                "W",
            ),
            (
                "Sightings at False Bay's seal island fell from 212 in 2011 to nine in 2021, i.e. by about 96%.",
                "",
                "",
                "W",
            ),
            (
                "Over the same years, detections near Mossel Bay and Plettenberg Bay roughly tripled (4,812 detections in 2023–25 vs. 1,590 in 2012–14).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr Lindiwekazi Matshekga-Roussouw said the sharks began leaving ca. 2015, about two years after a pair of orcas known to hunt sharks was first seen off Gansbaai.",
                "Lindiwekazi Matshekga-Roussouw",
                "said",
                "W",
            ),
            (
                "“We can't prove the orcas drove them out.",
                "Lindiwekazi Matshekga-Roussouw",
                "said",
                "",
            ),
            (
                "But the timing is very hard to ignore,” she said.",
                "Lindiwekazi Matshekga-Roussouw",
                "said",
                "",
            ),
            (
                "She said at least 11 shark carcasses with their livers removed had washed up between 2017 and 2023.",
                "Lindiwekazi Matshekga-Roussouw",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISING", "", "", "B"),
        ],
        [
            (
                "Co-author Prof. Pietrus-Jan Olifantsbosch said the sharks may also be following shoals of yellowtail and sardine, which have moved east as inshore water warmed.",
                "Pietrus-Jan Olifantsbosch",
                "said",
                "",
            ),
            (
                "“Is it the orcas, or the fish, or both?” he said.",
                "Pietrus-Jan Olifantsbosch",
                "said",
                "",
            ),
            (
                "“Honestly, we need another five years of tags.”",
                "Pietrus-Jan Olifantsbosch",
                "said",
                "",
            ),
        ],
        [
            (
                "The Fynbos Coast Shark Watch, which posts spotters above beaches in Muizenberg and Fish Hoek, said it logged two sightings last season against 174 in 2011/12.",
                "The Fynbos Coast Shark Watch",
                "said",
                "W",
            ),
            (
                "It said it would keep its spotters on duty because other species, e.g. bronze whalers and sevengills, still came close inshore.",
                "The Fynbos Coast Shark Watch",
                "said",
                "",
            ),
        ],
        [
            (
                "Cage-diving operator Wesselius Grootbraak-Mentz said his bookings at Gansbaai were down 60% since 2019 and he had moved two of his four boats to Mossel Bay.",
                "Wesselius Grootbraak-Mentz",
                "said",
                "W",
            ),
            ("“We go where the sharks go,” he said.", "Wesselius Grootbraak-Mentz", "said", ""),
        ],
        [
            (
                "A spokesperson for the national environment department said it had contributed R2.4 million to the study.",
                "A spokesperson for the national environment department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Journal reference: Matshekga-Roussouw L, Olifantsbosch P-J, Ngcukanase-Ferrazmonte T, et al. Fourteen years of white shark movements on the South African south coast. Afr. J. Mar. Ecol. 2026;41(3):201–19.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Also read: Hermanus whale season ends with 1,140 sightings from the cliff path",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sea & Shore, the Ledger's coastal newsletter, lands every Friday morning.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Thandokazi Mbewana-Lourens is the Ledger's environment reporter.", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Comments are switched off for this article.", "", "", "B"),
        ],
        [
            ("© 2026 Overberg Ledger (Pty) Ltd.", "", "", "B"),
            ("We subscribe to the Press Code of South Africa.", "", "", "B"),
        ],
        [
            ("Privacy | Terms | Advertise with us | Contact", "", "", "B"),
        ],
    ],
    # pk
    [
        [
            ("THE RAVI GAZETTE", "", "", "B"),
        ],
        [
            ("Thursday, December 3, 2026 | Lahore AQI 318 (Hazardous) | ePaper", "", "", "B"),
        ],
        [
            (
                "Home | Pakistan | Lahore | Karachi | Islamabad | Business | Sport | Opinion | Magazine",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Lahore", "", "", "B"),
        ],
        [
            (
                "LHC suspends 10 p.m. closure order for Lahore marquees, seeks Punjab government's reply",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Faizanullah Thathi-Bhattiwalvi", "", "", "B"),
        ],
        [
            ("Published December 3, 2026 · Updated about 5 hours ago", "", "", "B"),
        ],
        [
            ("WhatsApp | Facebook | X | Copy link", "", "", "B"),
        ],
        [
            (
                "LAHORE: The Lahore High Court on Wednesday suspended a government order that required marquees and wedding halls in the provincial capital to shut by 10 p.m. until the end of February.",
                "",
                "",
                "W",
            ),
            (
                "The order was issued on Nov. 18 under Sec. 144 of the Code of Criminal Procedure to curb smog.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Justice Ayeshabano Qizilbash-Rehmanzai issued the stay on a petition, W.P. No. 71842/2026, filed under Art. 199 of the Constitution.",
                "",
                "",
                "W",
            ),
            (
                "The petition is titled Sarfrazuddin Kamalia-Gondaliwal vs. Province of Punjab, etc.",
                "",
                "",
                "W",
            ),
            ("It was filed on Nov. 24 by 63 marquee owners.", "", "", "W"),
        ],
        [
            (
                "Counsel for the petitioners, Barrister Harisuddin Lodhran-Wattooki, argued that the order violated Art. 18 of the Constitution, which protects the right to lawful trade and business.",
                "Harisuddin Lodhran-Wattooki",
                "argued",
                "",
            ),
            (
                "He said the halls had been given less than 12 hours' notice, and about 41,000 bookings had already been made for December and January.",
                "Harisuddin Lodhran-Wattooki",
                "said",
                "W",
            ),
            ("“Weddings were booked a year ago.", "Harisuddin Lodhran-Wattooki", "asked", ""),
            (
                "What are families supposed to do, hold the rukhsati at 9.45?” he asked.",
                "Harisuddin Lodhran-Wattooki",
                "asked",
                "",
            ),
        ],
        [
            (
                "Assistant Advocate General Naheedah Chiniotwala-Bukharvi told the court that the air quality index in Lahore had crossed 400 on 11 days in November.",
                "Naheedah Chiniotwala-Bukharvi",
                "told the court",
                "W",
            ),
            (
                "She said generators and traffic at late-night functions added to the smog.",
                "Naheedah Chiniotwala-Bukharvi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The judge observed that the government had not produced any study linking marquees to smog levels.",
                "Ayeshabano Qizilbash-Rehmanzai",
                "observed",
                "W",
            ),
            (
                "“Smog is a serious matter, but an order must rest on evidence,” she remarked.",
                "Ayeshabano Qizilbash-Rehmanzai",
                "remarked",
                "",
            ),
        ],
        [
            (
                "The court directed the Punjab government to submit its reply by Dec. 10.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Sarfrazuddin Kamalia-Gondaliwal, president of the Lahore Marquee Owners Association and the lead petitioner, said the city's 1,140 registered halls employed about 90,000 people.",
                "Sarfrazuddin Kamalia-Gondaliwal",
                "said",
                "W",
            ),
            (
                "He said owners would follow any “reasonable” timing, e.g. 11 p.m. on weekdays.",
                "Sarfrazuddin Kamalia-Gondaliwal",
                "said",
                "",
            ),
        ],
        [
            ("Among the petitioners is Gulmehar Banquets (Pvt.) Ltd.", "", "", "W"),
            (
                "Its manager, Qasimuddin Nankanvi-Awanzai, said the firm had refunded Rs. 4.6 million for 27 cancelled functions since Nov. 18.",
                "Qasimuddin Nankanvi-Awanzai",
                "said",
                "W",
            ),
        ],
        [
            ("Read more: Smog: Punjab extends ‘green lockdown’ in six districts", "", "", "B"),
        ],
        [
            (
                "A spokesperson for the provincial Environment Protection Department said it would challenge the stay before a division bench.",
                "A spokesperson for the provincial Environment Protection Department",
                "said",
                "",
            ),
        ],
        [
            (
                "On Tuesday, Lahore's average AQI was 318, according to the provincial air monitoring network.",
                "the provincial air monitoring network",
                "according to",
                "W",
            ),
            ("Schools in the city have been closed since Nov. 25.", "", "", "W"),
        ],
        [
            (
                "This story appeared in the print edition of The Ravi Gazette on December 3, 2026.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            ("Comments are closed.", "", "", "B"),
            ("The views of readers do not necessarily reflect those of the Gazette.", "", "", "B"),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("Orange Line to run till midnight on weekends from January", "", "", "B"),
        ],
        [
            ("Wheat support price fixed at Rs. 3,900 per maund", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Ravi Gazette (Pvt.) Ltd.", "", "", "B"),
            ("Unauthorised use of content is prohibited.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n103-us-ore-neither",
        "The company also runs plants in Twin Falls, Idaho, and Hermiston, Ore. Neither is affected, it said.",
        [
            "The company also runs plants in Twin Falls, Idaho, and Hermiston, Ore.",
            "Neither is affected, it said.",
        ],
    ),
    (
        "n103-us-co-seller-records",
        "Quillmarten, which is based in Boise, Idaho, bought the Walla Walla site in 2009 from Pardovan Growers Co. The seller's founding family still owns 38 acres next to the plant, county property records show.",
        [
            "Quillmarten, which is based in Boise, Idaho, bought the Walla Walla site in 2009 from Pardovan Growers Co.",
            "The seller's founding family still owns 38 acres next to the plant, county property records show.",
        ],
    ),
    (
        "n103-us-local-no-questions",
        "Maritxell Quentaya-Brimmage, president of Local No. 1147 of the Wallowinch Food and Allied Workers, said the company had given workers 60 days' notice, the minimum that federal law requires for a closure of this size. “Sixty days? After 31 years on that line?” she said.",
        [
            "Maritxell Quentaya-Brimmage, president of Local No. 1147 of the Wallowinch Food and Allied Workers, said the company had given workers 60 days' notice, the minimum that federal law requires for a closure of this size.",
            "“Sixty days?",
            "After 31 years on that line?” she said.",
        ],
    ),
    (
        "n103-us-jr-then-pm",
        "“It's a gut punch for this whole valley,” said Mayor Hallward Kyrby Jr. The city council called a special session for Monday at 6 p.m. Kyrby said the plant paid about $2.3 million a year in city water and sewer fees, roughly 9% of the utility's revenue.",
        [
            "“It's a gut punch for this whole valley,” said Mayor Hallward Kyrby Jr.",
            "The city council called a special session for Monday at 6 p.m.",
            "Kyrby said the plant paid about $2.3 million a year in city water and sewer fees, roughly 9% of the utility's revenue.",
        ],
    ),
    (
        "n103-us-uk-shares",
        "Outside the U.S., the company has one plant, a frozen-vegetable factory in Lincolnshire, England, and it sells about a fifth of its fries in the U.K. Quillmarten shares fell 4.2% to $31.07 in New York on Wednesday.",
        [
            "Outside the U.S., the company has one plant, a frozen-vegetable factory in Lincolnshire, England, and it sells about a fifth of its fries in the U.K.",
            "Quillmarten shares fell 4.2% to $31.07 in New York on Wednesday.",
        ],
    ),
    (
        "n103-us-et-free",
        "The Morning Ledger from NPS: markets, deals and the day's top stories before 7 a.m. ET. Free for registered readers.",
        [
            "The Morning Ledger from NPS: markets, deals and the day's top stories before 7 a.m. ET.",
            "Free for registered readers.",
        ],
    ),
    (
        "n103-ca-pm-by-then",
        "The vote came at 10:40 p.m. By then, barely a dozen residents were left in the gallery.",
        [
            "The vote came at 10:40 p.m.",
            "By then, barely a dozen residents were left in the gallery.",
        ],
    ),
    (
        "n103-ca-rd-approx",
        "The increase will add about $96 a year to a typical household bill of $1,215, according to a staff report. The plant on Shoremead Rd. is approx. 46 years old and failed to meet provincial limits for turbidity on 11 days last summer, the report says.",
        [
            "The increase will add about $96 a year to a typical household bill of $1,215, according to a staff report.",
            "The plant on Shoremead Rd. is approx. 46 years old and failed to meet provincial limits for turbidity on 11 days last summer, the report says.",
        ],
    ),
    (
        "n103-ca-bc-firm",
        "The design was prepared by Okanagrove Engineering Ltd. of Kelowna, B.C. The firm's estimate for the upgrade rose from $11.8 million in 2024 to $14.2 million this fall, mostly because of steel and pump prices.",
        [
            "The design was prepared by Okanagrove Engineering Ltd. of Kelowna, B.C.",
            "The firm's estimate for the upgrade rose from $11.8 million in 2024 to $14.2 million this fall, mostly because of steel and pump prices.",
        ],
    ),
    (
        "n103-ca-etc-this-council",
        "Mayor Gislaine Harnoy-Decarrie said the town had put off the work for too long. “Every year we wait, the price goes up. We've seen it with the arena, the roads, the fire hall, etc. This council isn't going to hand the next one a bigger bill,” she said.",
        [
            "Mayor Gislaine Harnoy-Decarrie said the town had put off the work for too long.",
            "“Every year we wait, the price goes up.",
            "We've seen it with the arena, the roads, the fire hall, etc.",
            "This council isn't going to hand the next one a bigger bill,” she said.",
        ],
    ),
    (
        "n103-nz-decimal-overs",
        "The Stormbirds were bowled out for 285 in 48.3 overs. They had been 201 for 3 in the 36th over before losing their last seven wickets for 84 runs.",
        [
            "The Stormbirds were bowled out for 285 in 48.3 overs.",
            "They had been 201 for 3 in the 36th over before losing their last seven wickets for 84 runs.",
        ],
    ),
    (
        "n103-nz-honestly-exclaim",
        "“Honestly? I thought we'd blown it at 201 for 3,” Rākaumanga said. “Then Fen took two in an over and the whole ground woke up!” he said.",
        [
            "“Honestly?",
            "I thought we'd blown it at 201 for 3,” Rākaumanga said.",
            "“Then Fen took two in an over and the whole ground woke up!” he said.",
        ],
    ),
    (
        "n103-nz-cruising",
        "Stormbirds coach Brenwyn Solway-Pikemere said her batters had lost their heads. “We were cruising. Cruising! Then we panicked,” she said.",
        [
            "Stormbirds coach Brenwyn Solway-Pikemere said her batters had lost their heads.",
            "“We were cruising.",
            "Cruising!",
            "Then we panicked,” she said.",
        ],
    ),
    (
        "n103-in-eg-fig-start",
        "Dry years show up as narrow rings (e.g. 1790–92 and 1876–78) because teak grows less when the rains fail, the authors write. Fig. 3 of the paper sets the tree-ring record against rain-gauge data for 1871–2021. The two agree closely, with a correlation of 0.71 (p < 0.001).",
        [
            "Dry years show up as narrow rings (e.g. 1790–92 and 1876–78) because teak grows less when the rains fail, the authors write.",
            "Fig. 3 of the paper sets the tree-ring record against rain-gauge data for 1871–2021.",
            "The two agree closely, with a correlation of 0.71 (p < 0.001).",
        ],
    ),
    (
        "n103-in-approx-why",
        "Dr. Irfanullah Mollakatte, a co-author and dendrochronologist at the institute, said the cores were taken with a 5 mm borer, which does not harm the tree. He said the team also sampled approx. 30 beams from temples built between the 16th and 18th centuries, with permission from their trustees. “Why does that matter now? Because the rains of 2023 looked a lot like 1790,” he said.",
        [
            "Dr. Irfanullah Mollakatte, a co-author and dendrochronologist at the institute, said the cores were taken with a 5 mm borer, which does not harm the tree.",
            "He said the team also sampled approx. 30 beams from temples built between the 16th and 18th centuries, with permission from their trustees.",
            "“Why does that matter now?",
            "Because the rains of 2023 looked a lot like 1790,” he said.",
        ],
    ),
    (
        "n103-ke-moi-ave-he",
        "“We have no choice. Diesel is now 58 per cent of what an operator spends in a day,” chairman Simiyuel Wanjohere-Kerubosi told reporters outside the federation's offices on Moi Ave. He said the federation had 4,100 members running about 9,800 vehicles.",
        [
            "“We have no choice.",
            "Diesel is now 58 per cent of what an operator spends in a day,” chairman Simiyuel Wanjohere-Kerubosi told reporters outside the federation's offices on Moi Ave.",
            "He said the federation had 4,100 members running about 9,800 vehicles.",
        ],
    ),
    (
        "n103-ke-ltd-firm",
        "Eng. Lempaka-Owuorsi said 86% of the petrol sold in October was imported under the government-to-government deal by Pwanimafuta Ltd. The firm has held the import contract since April 2023. The importer did not respond to a request for comment.",
        [
            "Eng. Lempaka-Owuorsi said 86% of the petrol sold in October was imported under the government-to-government deal by Pwanimafuta Ltd.",
            "The firm has held the import contract since April 2023.",
            "The importer did not respond to a request for comment.",
        ],
    ),
    (
        "n103-ie-teo-company",
        "Since 2022 Éabhnait Mac Giollaruadh, a civil engineer from Belmullet, has been managing director of Cuan Iorrais Teo. The company was set up in 2021 by Mayo County Council and two local co-operatives to build and run a quay for offshore wind turbines at Blacksod.",
        [
            "Since 2022 Éabhnait Mac Giollaruadh, a civil engineer from Belmullet, has been managing director of Cuan Iorrais Teo.",
            "The company was set up in 2021 by Mayo County Council and two local co-operatives to build and run a quay for offshore wind turbines at Blacksod.",
        ],
    ),
    (
        "n103-ie-ltd-it-carries",
        "MAC GIOLLARUADH: About €11 million so far, which takes the total to €75 million. The contractor is Tullaghmurra Marine Civils Ltd. It carries the cost of the late steel under its contract, not us. We're still talking to them about the piles, and I won't go further than that.",
        [
            "MAC GIOLLARUADH: About €11 million so far, which takes the total to €75 million.",
            "The contractor is Tullaghmurra Marine Civils Ltd.",
            "It carries the cost of the late steel under its contract, not us.",
            "We're still talking to them about the piles, and I won't go further than that.",
        ],
    ),
    (
        "n103-ph-jr-city-records",
        "The bridge was built in 1979 and retrofitted in 2014 by Sta. Ysidra Builders, a firm owned by the late councilor Anselmito Tabuyanon Jr. The retrofit cost P86 million, city records show.",
        [
            "The bridge was built in 1979 and retrofitted in 2014 by Sta. Ysidra Builders, a firm owned by the late councilor Anselmito Tabuyanon Jr.",
            "The retrofit cost P86 million, city records show.",
        ],
    ),
    (
        "n103-ph-inc-its-manager",
        "Jeepneys on the route are run by about 140 operators, while the buses belong to Panay Sunrise Transit Inc. Its operations manager, Edralin Cabalfinez-Ybiernasco, said each trip would now take about 20 minutes longer.",
        [
            "Jeepneys on the route are run by about 140 operators, while the buses belong to Panay Sunrise Transit Inc.",
            "Its operations manager, Edralin Cabalfinez-Ybiernasco, said each trip would now take about 20 minutes longer.",
        ],
    ),
    (
        "n103-au-pty-vic-qld",
        "Murray Flat Shire Council has awarded a $38.6 million contract to build a 4.2km levee around Kellambri to Yarrawonga Civil Pty Ltd. The firm is based in Wodonga, Vic. It beat four other tenderers, including firms from Toowoomba, Qld., and Mildura, according to the council's tender report.",
        [
            "Murray Flat Shire Council has awarded a $38.6 million contract to build a 4.2km levee around Kellambri to Yarrawonga Civil Pty Ltd.",
            "The firm is based in Wodonga, Vic.",
            "It beat four other tenderers, including firms from Toowoomba, Qld., and Mildura, according to the council's tender report.",
        ],
    ),
    (
        "n103-ng-co-its-flour",
        "Ogunmakin, which mills about 1.9 million tonnes of wheat a year, is the country's second-largest flour miller after Zarewa Milling Co. Its flour goes into about a quarter of the bread sold in Lagos, according to industry estimates.",
        [
            "Ogunmakin, which mills about 1.9 million tonnes of wheat a year, is the country's second-largest flour miller after Zarewa Milling Co.",
            "Its flour goes into about a quarter of the bread sold in Lagos, according to industry estimates.",
        ],
    ),
    (
        "n103-jm-jr-he-had",
        "St. Ealdric's equalised in the 81st minute through substitute Tajaun Morrisette-Gaylewood Jr. He had been on the field for four minutes.",
        [
            "St. Ealdric's equalised in the 81st minute through substitute Tajaun Morrisette-Gaylewood Jr.",
            "He had been on the field for four minutes.",
        ],
    ),
    (
        "n103-jm-exclaim-ellipsis",
        "“I just went with my gut!” Brissettine-Lazarini said. “Coach told me to wait, wait, wait... and I waited.”",
        [
            "“I just went with my gut!” Brissettine-Lazarini said.",
            "“Coach told me to wait, wait, wait... and I waited.”",
        ],
    ),
    (
        "n103-za-fig-ie-vs",
        "Researchers at the Cape South Coast Marine Institute followed 147 sharks fitted with acoustic tags between 2012 and 2025 (Fig. 2). Sightings at False Bay's seal island fell from 212 in 2011 to nine in 2021, i.e. by about 96%. Over the same years, detections near Mossel Bay and Plettenberg Bay roughly tripled (4,812 detections in 2023–25 vs. 1,590 in 2012–14).",
        [
            "Researchers at the Cape South Coast Marine Institute followed 147 sharks fitted with acoustic tags between 2012 and 2025 (Fig. 2).",
            "Sightings at False Bay's seal island fell from 212 in 2011 to nine in 2021, i.e. by about 96%.",
            "Over the same years, detections near Mossel Bay and Plettenberg Bay roughly tripled (4,812 detections in 2023–25 vs. 1,590 in 2012–14).",
        ],
    ),
    (
        "n103-za-question-said",
        "Co-author Prof. Pietrus-Jan Olifantsbosch said the sharks may also be following shoals of yellowtail and sardine, which have moved east as inshore water warmed. “Is it the orcas, or the fish, or both?” he said. “Honestly, we need another five years of tags.”",
        [
            "Co-author Prof. Pietrus-Jan Olifantsbosch said the sharks may also be following shoals of yellowtail and sardine, which have moved east as inshore water warmed.",
            "“Is it the orcas, or the fish, or both?” he said.",
            "“Honestly, we need another five years of tags.”",
        ],
    ),
    (
        "n103-pk-etc-it-was",
        "Justice Ayeshabano Qizilbash-Rehmanzai issued the stay on a petition, W.P. No. 71842/2026, filed under Art. 199 of the Constitution. The petition is titled Sarfrazuddin Kamalia-Gondaliwal vs. Province of Punjab, etc. It was filed on Nov. 24 by 63 marquee owners.",
        [
            "Justice Ayeshabano Qizilbash-Rehmanzai issued the stay on a petition, W.P. No. 71842/2026, filed under Art. 199 of the Constitution.",
            "The petition is titled Sarfrazuddin Kamalia-Gondaliwal vs. Province of Punjab, etc.",
            "It was filed on Nov. 24 by 63 marquee owners.",
        ],
    ),
    (
        "n103-pk-pvt-ltd-its",
        "Among the petitioners is Gulmehar Banquets (Pvt.) Ltd. Its manager, Qasimuddin Nankanvi-Awanzai, said the firm had refunded Rs. 4.6 million for 27 cancelled functions since Nov. 18.",
        [
            "Among the petitioners is Gulmehar Banquets (Pvt.) Ltd.",
            "Its manager, Qasimuddin Nankanvi-Awanzai, said the firm had refunded Rs. 4.6 million for 27 cancelled functions since Nov. 18.",
        ],
    ),
    (
        "n103-pk-pm-sec",
        "LAHORE: The Lahore High Court on Wednesday suspended a government order that required marquees and wedding halls in the provincial capital to shut by 10 p.m. until the end of February. The order was issued on Nov. 18 under Sec. 144 of the Code of Criminal Procedure to curb smog.",
        [
            "LAHORE: The Lahore High Court on Wednesday suspended a government order that required marquees and wedding halls in the provincial capital to shut by 10 p.m. until the end of February.",
            "The order was issued on Nov. 18 under Sec. 144 of the Code of Criminal Procedure to curb smog.",
        ],
    ),
]
