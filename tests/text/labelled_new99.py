"""Ninety-ninth set of new hand-labelled pages for the hint engines (tuning set, round forty-two):
twelve WHOLE pages, head to tail, of news from twelve countries (Malaysia, Indonesia, Scotland,
Trinidad and Tobago, Sri Lanka, Malta, Fiji, Hong Kong, Botswana, Ghana, Singapore and Zimbabwe),
one genre each, where CHECK-WORTHINESS and SENTENCE SPLITS are hard together: a LIVE BLOG of a state
budget (Malaysia), a WIRE STORY with its credits line (Indonesia), a local COUNCIL story (Scotland),
a swimming SPORTS REPORT with a RESULTS TABLE (Trinidad and Tobago), a SCIENCE/HEALTH STUDY story
with a journal reference (Sri Lanka), a Q&A INTERVIEW with "Q." and "A." (Malta), a WEATHER/DISASTER
UPDATE on a cyclone (Fiji), an EXPLAINER with NUMBERED POINTS (Hong Kong), a BUSINESS EARNINGS story
(Botswana), a FACT-CHECK with claims and ratings (Ghana), a COURT story (Singapore) and an ELECTION
RESULTS story with a results box (Zimbabwe). Statements of record -- figures, dates, counts, votes,
decisions, findings, comparisons and causal claims by those in charge -- are "W"; hedges, forecasts,
plans, hopes, feelings, opinions, advice, questions and scene-setting are "". The splits are hard on
every page, and this set uses abbreviations and forms the recent sets did not list, in other
countries' styles: abbreviations that end a sentence before a capital ("Sdn. Bhd." before "The
firm", "Bhd.", "Tbk." before "Its shares" and before "Unauthorised", "p.a." before "Their report",
"Ltd." before "Registered", "p.l.c." before "It" and before "All rights", "(Pvt.) Ltd.", "(Pty)
Ltd.", "Pte Limited.", "(Pvt) Ltd.", "5 a.m." before "Residents", "0415hrs." before "CRM", "© 2026."
before "All rights reserved.") and ones that do not ("Q." and "A." as one-letter labels before a
capital, "Datuk Ir.", "Datuk Dr.", "Datuk Seri", "Bkt.", "Sg.", "Kg.", "Jln.", "Jan.,", "Sept. 14",
"Sdn. Bhd., had", "Tbk., said", "c.i.f. Rotterdam", "Dec. 2 —", "Oct. 14", "para. 5.3", "App. C",
"inc. VAT", "Terr. in", "Thurs. 11 Feb. 2027", "Mt. Hope", "Pt. Fortin", "4.45 a.m. six", "5 p.m.
at", "Sat., Dec. 5", "Pos.", "Snr. Prof.", "Feb. 2024 and Mar. 2025.", "(Fig. 2).", "Dr. (Ms.)",
"(cf. Table 4)", "Rs. 4.8 million", "MBBS (Col.), MD,", "et al.", "Ing.", "Dr", "Perit", "43c",
"Oct. and", "Cat. 4", "14 kts (26 km/h).", "ACP", "Ratu", "Adi", "10 p.m. tonight", "(Fiji) Ltd
said", "Cap. 652", "L.N. 212 of 2026", "Sch. 1", "reg. 5", "Dec. 31, 2029,", "Jan. 1, 2027,", "Ir
Dr", "(Pty) Ltd said", "y/y", "Oct. to", "Kgosi", "Hon.", "Aug. 27,", "pg. 37).", "Ibid.,", "Hajia",
"Nov. 14.", "Sept. 30.", "Pte Ltd's", "Blk 407", "#05-12,", "Madam", "Cde", "Asst. Insp.", "1900hrs
and", "P. Bag"), decimals (21.47s, 0.21s, 2:17.40, RM1.34bil, RM96.4mil, 12.4 per cent, 1.65%),
times (5.58pm, 10am, 6.12pm, 4pm, 4.45 a.m., 1am and 5am, 10 p.m., 5.30pm, 8:00am, 1900hrs,
0415hrs), ellipses before lower case (three dots and one typographic ellipsis), questions and
exclamations inside quotes followed by their attribution ("“Finally!” said its president, ...",
"...!” Gellizeau-Boochoon said.", "Not once!” he said.", "...?” he asked.", "...!” she said, to
applause."), brackets, and lists (a Highlights block, numbered subheads, results rows, sources
lines). Each page carries its site's own furniture at the head, in the middle and at the tail, each
worded its own way. The pages hold 540 sentences: 227 "B", 190 "W" and 123 ""; 167 sentences carry a
speaker (91 distinct speakers). `STYLES` describes each page, its story, its speakers and its
furniture in order.

Written from scratch for issue 13 in round forty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened or
listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no `hint_scores.py` was
opened, nothing under `tests/benchmarks/` was opened or listed, and no README of the project was
read; `claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The search
and fetch tools were not used, and nothing was copied from anywhere. What was read: the brief
(`/tmp/brief/common.md`); `/tmp/sets` was listed at the start (empty) and again at the end, when it
also held other helpers' `labelled_heldout69.py`, `labelled_heldout70.py`, `labelled_new97.py` and
`labelled_new98.py`, seen as names only and never opened; the scratch folder held, from an earlier
attempt, a file `listing.txt` (the allowed listings of `labelled_new95.py` and `labelled_new96.py`),
of which only its first 1,500 characters and its section-marker lines were printed before the
listings were regenerated with a script of my own using `ast`, which prints the module docstrings of
`labelled_new.py` and `labelled_new2.py` whole, and for `labelled_new95.py` and `labelled_new96.py`
the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES`, plus
`def build` from `tests/text/labelled_articles.py`; that output was saved in the scratch folder and
printed in ranges with `sed` and a small Python slice (the tool cut two ranges, and both cut parts
were printed again, so all of it was seen); and the `[tool.ruff]` tables of `pyproject.toml` (a
`sed` range). No other page, case or docstring of any file under `tests/` was read. What was run: a
Python one-liner printing the calendars of November and December 2026 to check weekdays; `du -sh` of
`tests/` and a count of its `.py` files (`find ... | wc -l`, a number only); scripts of my own in
the scratch folder that turn a small line format (flag~speaker~cue~text, blank lines between
paragraphs, aliases for speakers, case marks) into the literals below, apply renames, cut the split
cases out of the pages, and count sentences, flags and speakers while checking that every speaker
has a cue and every cue a speaker, no "B" line has a speaker, each cue occurs in its sentence or in
the quote it continues, and no line holds two sentences by mistake; per-word, whole-word,
case-insensitive file counts (`grep -rilwF --include='*.py' -- WORD tests | wc -l`) over `tests/`
for every capitalised word of these pages and of `STYLES` (each part of a hyphenated name on its
own) and for every candidate replacement; an import of this file with `build` on every page and a
check of four string fields, flags, 30 distinct case ids, every case text in a built page and equal
to its sentences joined by single spaces, each expected sentence one labelled sentence, and the
counts above; and `ruff format` and `ruff check` (the project's `.venv`) on this file with the
project's `pyproject.toml` as config, the check also through `--stdin-filename
tests/text/labelled_new99.py` so that the per-file ignores for `tests/**` apply. Only counts were
read from the word searches, with one exception, file NAMES only: a `grep -l` for three coined words
that hit once each (they were in `labelled_new62.py`, `labelled_new5.py` and `labelled_new88.py`,
none of them opened), run to see whether the hits came from one earlier copy of this set (they did
not). The first draft's coined people, outlets, firms, clubs and streets hit about a hundred and
thirty words of other files (given names and surnames of every country, even odd ones such as
Tullochgorm, Lindoresk, Soogrim, Kusumawardhani, Kodituwakku, Naqelevuki, Onalenna, Kelebogile, and
club names such as Barracudas and Stingrays); each was renamed, about four hundred candidate
replacements were counted in six rounds, many of them hitting too, and only replacements with no hit
were kept. The whole-word counts over `tests/` required by the brief ran through every file there,
including ones this set must not open; only their counts were read. What still hits is real places
and regions (George Town, Penang, Seberang Perai, Sg. Ara, Kuala Lumpur, Jakarta, Pekanbaru, Riau,
Rotterdam, Crieff, Pitlochry, Aberfeldy, Loch Earn, Glasgow, Couva, Mt. Hope, Pt. Fortin, Marabella,
St. Augustine, Scarborough, Tobago, Colombo, Medawachchiya, Padaviya, Anuradhapura, Luqa, Gozo,
Mġarr, Ħamrun, Sliema, Valletta, Nadi, Lautoka, Ba, Tavua, Suva, Viseisei, Kowloon, Mong Kok, Tai
Kok Tsui, Lion Rock, Gaborone, Jwaneng, Orapa, Letlhakane, Palapye, Accra, Ho, Tamale, Kumasi,
Kallang, Tampines, Punggol, Gweru, Mkoba, Senga, Nehosho and the like), common words (Accommodation,
Aquatics, Chloride, Diamond, Guild, Hawkers, Petty, Rainwater, Renovation, Smallholders, Stores and
the like), outlet words (Times, Bugle, Sentinel, Tribune, Daily, Echo, Herald, Mirror), currency and
unit tokens (RM, Rs, HK, GH, ZiG, P, NR, CR, DQ, IM, VAT), and titles and abbreviations kept or
dropped on purpose (Datuk, Seri, Ir, Dr, Prof, Snr, Ing, Perit, Hon, Ratu, Adi, Turaga, ACP, Asst,
Insp, Kgosi, Hajia, Cde, Madam, Mrs, DPP, Bhd, Sdn, Tbk, PT, Pte, Pty, Pvt, Ltd, Co, Kg, Sg, Jln,
Mt, Pt, St, Sch, Cap, Fig, Ibid, Blk, Thurs, Sept, Feb, Mar, Oct, Dec, Jan, Aug, Nov).

Every person, outlet, wire service, council, association, alliance, union, co-operative,
corporation, utility, airline, power firm, supermarket chain, securities firm, bank, planter,
contractor, guild, league, trust, party, university, journal, fund, club, street, village,
ordinance number, regulation, cyclone and figure is invented. Real countries, regions, cities and
institutions appear only as settings: Malaysia, Penang, George Town, Seberang Perai, Bkt.
Mertajam, Sg. Ara and the state assembly; Indonesia, Jakarta, Pekanbaru, Riau, Singapore,
Kuala Lumpur, India, Pakistan, Rotterdam, the Philippines and Thailand; Scotland, Highland
Perthshire, Crieff, Pitlochry, Aberfeldy, Loch Earn, Glasgow and Germany; Trinidad and Tobago,
Port of Spain, Couva, Calcutta Settlement, Mt. Hope, Pt. Fortin, Marabella, St. Augustine,
Scarborough and Fyzabad; Sri Lanka, Colombo, the North Central Province, Medawachchiya, Padaviya
and Anuradhapura; Malta, Valletta, Luqa, Gozo, Mġarr, Ħamrun, Sliema and Parliament; Fiji, Nadi,
Lautoka, Ba, Tavua, Suva, Viseisei and the Yasawa and Mamanuca groups; Hong Kong, Kowloon, Mong
Kok, Tai Kok Tsui and its lawmakers; Botswana, Gaborone, Jwaneng, Orapa,
Letlhakane and Palapye; Ghana, Accra, Ho, Tamale, Savelugu, Kumasi and the Northern Region;
Singapore, Tampines, Punggol, the Housing Board and the Penal Code (only its name and a section
number); Zimbabwe, Gweru, Mkoba, Senga, Nehosho, Parliament and the Electoral Court. Facebook,
WhatsApp, X, Telegram, Viber, LinkedIn and Tweet appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state hold too: furniture "B" line by line, whatever it says;
a caption by its content and its credit "B"; headlines and standfirsts never split and flagged by
content; a dateline belongs to its lead sentence; a speaker is the full name as first given without
titles (a pronoun, later surname, given name, role or title resolves to it); an organisation's
later generic noun kept as written ("the company", "the group", "The company", "the airline", "the
office", "The utility", "The union", "the paper", "the authors", "Their report"); "according to X"
gives X as written ("a copy seen by Merapati Wire", "the Annual Basic Schools Census 2025/26",
"figures from the national statistics office"); a quote over several sentences carries its speaker
and cue in each; a named person acting without a verb of saying has no speaker; "B" lines never have
a speaker; sport data lines "" and a box's title and column-header row "B"; a journal reference
line one "B" sentence; Q&A answers carry the interviewee with the answer label as cue; "did not
respond" like "declined to comment".

Conventions this set had to settle, in the same spirit:

* Q&A with "Q." and "A.": the label and its full stop belong to the first sentence of the turn
  ("Q. Malta used a record ...", "A. Mostly into homes and hotels.") and never make a sentence of
  their own; every sentence of an answer carries the interviewee with the cue "A."; an
  interviewer's statement of record is "W" without a speaker, a cited source carries that source
  ("The Northern Cultivators' Co-operative" with "says", the MP with "said"), and the plain
  question that follows is "".
* Live blog: time stamps ("6.12pm"), "— Reported by ..." entry bylines, "Highlights", "LIVE |
  ...", "Load more updates" are "B"; each highlight is its own paragraph, labelled by content; an
  entry headline with "says" carries the person the entry names.
* Wire story: the dateline "JAKARTA, Dec. 2 —" belongs to the lead; a minister later called by his
  given name alone ("Kuswantoro told reporters") is the full name as first given; the credits line
  "— Reporting by ...; additional reporting by ...; writing by ...; editing by ..." is ONE "B"
  sentence.
* Results tables (sport and election): the title, the column-header row, event subtitles, the key
  line and the "Source:" line are "B"; every row, including the totals and turnout rows of the
  election box, is a "" data line (the body states the same figures as "W" sentences).
* Fact-check: as in labelled_new96 (CLAIM lines "W", VERDICT lines "", summaries "W", the
  checker's conclusions ""); source lines with "pg.", "Ibid." and "Annex" are "B", one sentence
  each; "His office sent KenteFact a ... report" has no verb of saying ("W", no speaker); "That
  report found", "The health ministry's 2026 mid-year review shows" and "the ministry's own 2013
  annual report records" carry those documents as written.
* Explainer: a numbered subhead ("1) Which car parks are covered?") is ONE "" sentence with its
  number; the one-word answer "Yes." is its own "" sentence.
* Court: the prosecutor's account of the offence ("knew by then ...", "took the money anyway") is
  "W" as a statement of record in court; the defence's request ("asked for a sentence of no more
  than 24 months") is ""; the judge's findings "W", her general remark ""; a victim's account of
  her own savings "".
* Election: the winner, the officer announcing the result and the late MP act without a verb of
  saying (no speaker); the loser's allegation of fact ("alleged that about 1,100 voters had been
  turned away") is "W".
* Titles dropped from speakers: Datuk, Datuk Seri, Datuk Ir., Datuk Dr., Chief Minister, Trade
  Minister, Council leader, Councillor, Bailie, Snr. Prof., Dr. (Ms.), Dr., Dr, Consultant
  nephrologist, Ing., Opposition MP, Senior forecaster, Ratu, ACP, Turaga ni koro, Adi, Lawmaker Ir
  Dr, Chief executive, Kgosi, Hon., Hajia, Deputy Public Prosecutor, Madam, Defence lawyer,
  District Judge, Cde, Asst. Insp., Mrs and Independent candidate; degrees after a name ("MBBS
  (Col.), MD,") are not part of it.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two to
four consecutive sentences of one paragraph of these pages joined by single spaces: what a reviewer
wants, not what the engine does.
"""

STYLES = [
    'Malaysian English daily\'s LIVE BLOG (George Town, Penang) of a state budget tabling, newest entry first: a Highlights block of record ("W", with Bkt. and Sg. mid-sentence), time stamps in the 6.12pm style and "— Reported by" entry bylines "B", entry headlines labelled by content (one carrying the opposition leader through says, one carrying the chief minister through says); the Speaker with Datuk Ir. adjourning the sitting at 5.58pm (no speaker) and then He said; the opposition leader with Datuk Dr. who told the assembly (land-sale share "W"), a quoted question with he asked and a plan ""; the chief minister with Datuk Seri whose tariff freeze, reserves and civil-servant payment with Jan., mid-sentence are "W" and whose pledge with a bracketed gloss (rakyat) is ""; the water utility ending in Sdn. Bhd., mid-sentence and a contractor ending in Sdn. Bhd. before The firm (a forecast ""); Kg. and Sg. with a 6.2km stretch; a hawkers\' association said in a statement (rent figure "W") and its president named after a one-word exclamation ("Finally!" said ...) with a stall on Jln. ...; the tabling entry with a GEORGE TOWN: dateline and the budget\'s figures in RM...bil and RM...mil "W"; applause ""; (masthead in capitals, date, weather and subscription strip with RM9.90/mth, menu with pipes, LIVE label with a pipe, headline, team byline, Last updated line with MYT, share line, Highlights label, ADVERTISEMENT, Load more updates, Related stories list, a WhatsApp line, copyright split at Bhd. before All rights reserved.)',
    'Indonesian WIRE STORY on an agency\'s own site (Jakarta), the palm oil export levy rises to 10% from Jan. 1: a JAKARTA, Dec. 2 — dateline lead with the trade minister said "W", a regulation through according to a copy seen by the wire, the minister later by his given name alone (Kuswantoro told reporters, "W" revenue and payouts in rupiah with a dollar conversion in brackets) and his quote ""; a smallholders\' association with its acronym in brackets said in a statement (a forecast "") and It said (land share "W"); a farmer named after his exclamation (said X, who farms ...) and his plan ""; Traders in Singapore said (purchases "W"), a price with c.i.f. Rotterdam mid-sentence with dealers said "W", futures with Oct. 14 "W"; the biggest faller ending in Tbk. before Its shares "W"; an economist at a bank ending in Tbk., mid-sentence (a could-hedge ""), her ellipsis before lower case "" and She said (exports "W"); the customs directorate did not respond; background of record and Officials have said (a wish "") (wire masthead in capitals, menu with middle dots, section label with ›, headline, two-name byline, date line with GMT+7 and Updated, read time, a mid-story newsletter sign-up, the credits line "— Reporting by ...; additional reporting by ...; writing by ...; editing by ..." as one "B" sentence, standards and licensing lines, More from list, copyright split at Tbk. before Unauthorised reproduction is prohibited.)',
    'Scottish local paper\'s website, a COUNCIL story (Glenardoch, Perthshire): a council votes for a 5% visitor levy from April 2028, the vote 21-14 in the writer\'s voice "W"; Council officers estimate with p.a. ending a sentence before Their report warns with para. 5.3 (both "", a forecast and a hedge); the council leader (allocation "W", a quote over two sentences whose first sentence on toilets closing at 4pm is "W" and whose second is "" with she said at the end); the opposition leader with Councillor and a relative clause (occupancy "W", a quoted question with he asked, a plan ""); a hospitality alliance said in a written submission "W" and its chair in apposition with a relative clause (a fear ""); exemptions ending in a bracket (see App. C of the report). "W"; an amendment from a Bailie passed 19-17 (named acting, no speaker) and his quote with Bailie and surname said ""; costs with inc. VAT, mid-sentence and officers said "W"; a B&B owner on a street ending in Terr. mid-sentence and her ellipsis quote ""; the notice rule and a date with Thurs. and Feb. "W" (masthead, menu with pipes, section label with ›, headline, standfirst with Hotel owners say "", byline with role, published and updated line with ordinals, share line, caption "" and Image: credit with a slash, Advertisement and a Read more link mid-story, comment count and moderation line, Most read list, a regulator line, copyright with Ltd. and a registration line with company no.)',
    'Trinidad and Tobago daily\'s SPORTS REPORT with a RESULTS TABLE (Couva), the national short-course swimming championships: two headlines of record, a COUVA — dateline lead with a national record in 21.47s, a club from Mt. Hope mid-sentence, placings with times in brackets and a club from Pt. Fortin; the record-breaker\'s exclamation quote with surname said and his target ""; a teenager\'s championship record in the 200m IM "W"; her coach in apposition with 4.45 a.m. six mid-sentence and a two-sentence quote ending Not once!” he said. (all "", a coach\'s account of a private athlete\'s routine); the swimming union named after its figures (said, "W") and its president (entries "W"); the meet referee named after a delay of 45 mins (said) and She said "W"; a disqualification "W" and the swimmer\'s ellipsis quote ""; service information with 5 p.m. ""; a RESULTS title with (Sat., Dec. 5) and the column-header row with Pos. "B", event subtitles "B" and each row with initials and club names (Mt., Pt., St.) a "" data line, a key line "B" (masthead in capitals, date and weather strip, menu in capitals with wide spaces, section label with a slash, byline, Posted line, share line, caption "W" and PHOTO: credit in capitals, ADVERTISEMENT and ALSO READ mid-report, More from Sport list, publisher line ending in Co. of Trinidad Ltd., copyright split as "© 2026." and "All rights reserved.")',
    'Sri Lankan English daily\'s SCIENCE/HEALTH STUDY story (Colombo, North Central Province), shallow-well water and chronic kidney disease of unknown cause: headline "W" and a standfirst with Researchers say (a hedge ""), caption "" and Pic by credit, a COLOMBO: dateline lead carrying a study published on Thursday with has found; screening figures with Feb. and Mar. "W" and the paper says (a figure with per cent in brackets); the lead author with Snr. Prof. (finding "W", an ellipsis quote before lower case "W", She cautioned ""); hardness with (Fig. 2). "W"; a co-author with Dr. (Ms.) (fluoride "W", a quoted question with she asked ""); a comparison with (cf. Table 4) "W" and the authors wrote (a may-hedge ""); A Health Ministry spokesman said (plants "W", cost with Rs. mid-sentence "W", a plan with subject to funds ""); a farmer\'s own dialysis journey and his quoted question ""; an outside nephrologist with Dr. and MBBS (Col.), MD, before who and said (opinion "") and her quote ""; funding with Rs. 18 million "W" (masthead in capitals, date and weather strip, menu with pipes, section label, byline, date line with pm, share line, Advertisement and an Also Read link mid-story, a journal reference line with et al. as one "B" sentence, a two-sentence comments note, Most Viewed list, copyright split at (Pvt.) Ltd. before All Rights Reserved.)',
    'Maltese English weekly\'s Q&A INTERVIEW with the head of a water corporation (Ing. dropped), questions opening "Q." and answers opening "A." (a one-letter abbreviation with a full stop before a capital, never split): the headline carrying her through says "W", a standfirst "", the intro in the writer\'s voice (her post and the share of water "W", a planned plant ""), an edited note "B"; questions "" except the interviewer\'s statements of record ("Q. Malta used a record ...", "Q. The new Gozo plant was meant to open this year.") and cited sources (a farmers\' co-operative says "W", an Opposition MP with Dr said in Parliament "W"); every answer sentence carries the interviewee with the cue "A.", including sentences after the first: her figures, costs with € and 43c, a supplier ending in p.l.c. before It, boreholes, leaks, mains, a tariff with Oct. and mid-sentence, a tender and a design change by a Perit (named acting) "W"; her quoted "Just build another plant!" inside a sentence, her caution, advice and an ellipsis before lower case "" (masthead in capitals, date, time and weather strip, menu with pipes, section label, byline Interview by, share strip, caption "" and Photo: credit, Advertisement and a Read also link mid-interview, editor bio, comments-closed note, Most Read list, copyright split at p.l.c. before All rights reserved.)',
    'Fijian daily\'s WEATHER/DISASTER UPDATE (Nadi, Western Division), a tropical cyclone upgraded to Category 4: headline "W", a standfirst with Forecasters say (a could-hedge ""), UPDATE 4 and EARLIER time labels "B"; a NADI — dateline lead with Cat. 4 and km/h figures carrying the national weather office through said, position with 14 kts (26 km/h). and warnings "W"; the senior forecaster (landfall could-hedge "" and an advice quote with a typographic ellipsis ""); the Disaster Management Office said (evacuees "W"); the divisional commissioner with Ratu (an expectation "", then He said on generators "W"); the police commander with ACP and an apposition whose curfew ends at 5 a.m. before Residents ("W"), his advice with he said "" and deployment "W"; an airline named in the claim with the airline said in a statement "W" and It said (a plan ""); a power firm ending in (Fiji) Ltd said (a power cut "W") and The company said (a promise ""); the Ministry of Education said (closures "W"); a village scene "", the turaga ni koro (village headman) whose claim is "", an assistant minister with Adi acting without saying ""; the earlier entries\' Cat. 3, 950 hPa and a storm warning "W" (masthead in capitals, date and two-city weather strip, menu with middle dots, section label with a slash, two-name byline, Last updated line, share line, ADVERTISEMENT, a Viber alert line, an emergency contacts line, tags, MORE STORIES list, copyright split at Pte Limited.)',
    'Hong Kong English daily\'s EXPLAINER with NUMBERED POINTS on a new electric-vehicle charging law: headline and standfirst of record, an intro with (Cap. 652) and a regulation gazetted as L.N. 212 of 2026 on Oct. 9 "W", numbered question subheads "1)" to "6)" each one "" sentence with its number; answers of record in the writer\'s voice ("W": Sch. 1, the government exception, deadlines with Dec. 31, 2029, and Jan. 1, 2027, mid-sentence, reg. 5, subsidy with HK$ and Feb. 2, a level 5 fine); According to the Energy Transition Office and the office estimates (a later generic noun as written) "W"; a contractors\' guild through according to with a 7kW charger "W"; the one-word answer "Yes." "" before Under reg. 5; a power company ending in Ltd says (a could-hedge "") and The utility says (connections "W"); a lawmaker with Ir Dr (both dropped) whose worry is "" and quoted question with he asked ""; an owners\' corporation chair whose worry and quote are "" (masthead in capitals, date and weather strip with a Chinese-character language link, menu with pipes, section label in capitals with a slash, byline, Published line, a trust link, share line, Advertisement and a Read more link mid-story, a two-sentence questions line with an email address, Related list, copyright split at Ltd.)',
    'Botswana weekly\'s BUSINESS EARNINGS story (Gaborone), a supermarket chain\'s half-year profit falls 14%: headline and standfirst of record, a GABORONE — dateline lead naming the firm ending in Ltd, and then the company said (kept as written) with P118.6 million and Sept. 30, the group said (revenue and margin "W"), the dividend in thebe "W"; the chief executive (mining-town sales "W", a quote "", store closures approved by the board "W"); Analysts at a securities firm ending in (Pty) Ltd said in a note (a judgement "") and They said (valuation "W"); an equity analyst named only after her ellipsis quote and She said (an expectation ""); the share price "W"; a chief with Kgosi (a village losing its only supermarket "W", his quote ""); a workers\' union said (not consulted "W") and The union said (a plan ""); exports with y/y through according to figures from the national statistics office and a rate cut in Oct. to support growth "W"; a rival\'s results "W" (masthead in capitals, date, currency and index strip, menu with pipes, section label with ›, byline, Published line, share line, ADVERTISEMENT and a RELATED link mid-story, an investment disclaimer, tags with pipes, Latest Business list, copyright split at (Pty) Ltd.)',
    'Ghanaian FACT-CHECK site\'s article rating two claims: a headline and standfirst "" (the checker\'s framing), CLAIM 1 and CLAIM 2 labels "B", each "CLAIM: ..." line "W" with no speaker, each "VERDICT: ..." "" and a summary of record "W"; the opposition MP with Hon. whose colon-introduced quote runs over two sentences (the figure "W", the feeling "") with Aug. 27 before it; His office sent KenteFact a report (no verb of saying, "W") and That report found "W"; the census through According to, (Table 14, pg. 37). and a trend "W"; a professor with Prof. whose caveat and ellipsis quote are ""; the checker\'s conclusions ""; a two-sentence funding appeal "B"; the deputy minister with Hajia who made the claim at a ceremony on Nov. 14 (named acting, "W") and her exclamation with she said, to applause ""; the mid-year review shows with Sept. 30 and the 2013 annual report records "W"; her spokesperson in apposition after a possessive with the minister\'s surname (said, "W"); a nurses\' league said (a backlog "W"); Sources label and source lines with pg., Ibid. and Annex "B", a ratings scale line "B" (site name in capitals, menu with pipes, section label with ›, byline with researcher, Published line with Dec. and read time, share line, a two-sentence tip line, More fact-checks list, a company-limited-by-guarantee line and a republishing line)',
    'Singaporean English daily\'s COURT story, a renovation firm\'s director jailed for 32 months for cheating homeowners: headline and standfirst of record, caption "" and PHOTO: credit in capitals, a SINGAPORE — dateline lead with Dec 3 (Singapore style, no full stops in month abbreviations), the plea with Section 420 of the Penal Code "W", court documents show (Jan 2023 and Aug 2024) "W"; the Deputy Public Prosecutor who told the court (with a firm ending in Pte Ltd\'s) "W", She said "W" and a two-sentence quote ending the DPP said "W"; a victim\'s flat at Blk 407 ... Walk, #05-12, "W"; a victim with Madam in a victim impact statement (her savings "", a two-sentence quote ending in an exclamation with she said ""); the defence lawyer (repayments "W", his request with asked ""); the District Judge (findings "W", the judge said ""); compensation, default jail and maximum penalty "W"; a contractors\' guild said in a statement (expulsion and complaints "W") and It urged (advice ""); bail and start date with Jan 5 "W" (masthead in capitals, date strip, menu with pipes, section label with >, byline name and role on two lines, Published and Updated line, gift and share line, ADVERTISEMENT and READ MORE mid-story, an app line, topics, More from list, copyright split at Ltd. before Permission required for reproduction.)',
    'Zimbabwean weekly\'s ELECTION RESULTS story (Gweru), a parliamentary by-election: headline and standfirst of record; a GWERU — dateline lead with the winner with Cde and her party\'s acronym in brackets "W", polls closing at 1900hrs and the result announced at 0415hrs. before CRM (the elections officer named acting, no speaker) "W", the runner-up\'s votes "W", the vacancy with Hon. and the 2023 result "W"; the winner\'s ellipsis quote with Cde and surname told supporters "" and her plan ""; the runner-up by surname alleged (turned-away voters "W"), his quoted question with he asked "" and a plan ""; the electoral commission said "W" and an observers\' trust said in a preliminary statement "W"; the police spokesperson with Asst. Insp. (arrests "W"); a RESULT box whose title with (5 Dec. 2026) and column-header row are "B" and whose candidate rows and totals rows are "" data lines, a Source line "B"; the fall in turnout "W" and the independent with Mrs whose pride is "" (masthead in capitals, date, weather and currency strip with ZiG, menu with pipes, section label with ›, byline with role, date and time line, share line, ADVERTISEMENT, a letters address with P. Bag, Most read list, copyright split at (Pvt) Ltd.)',
]

ARTICLES = [
    [
        [
            ("THE MERCU TIMES", "", "", "B"),
        ],
        [
            (
                "Friday, 27 Nov 2026 | George Town 31°C | Sign in | Subscribe from RM9.90/mth",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News | Nation | Penang | Business | Sport | Lifestyle | Videos | E-paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LIVE | PENANG BUDGET 2027", "", "", "B"),
        ],
        [
            (
                "Penang Budget 2027: RM1.34bil spending plan tabled, flood works get RM210mil",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Mercu Times reporters in George Town", "", "", "B"),
        ],
        [
            ("Last updated: 27 Nov 2026, 6.12pm MYT", "", "", "B"),
        ],
        [
            ("Share this live blog: WhatsApp · Telegram · Facebook · X", "", "", "B"),
        ],
        [
            ("Highlights", "", "", "B"),
        ],
        [
            (
                "The state government tabled a RM1.34bil budget for 2027, up 6.8% from RM1.255bil this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Flood mitigation gets RM210mil, the largest single allocation, after September's floods in Bkt. Mertajam and Sg. Ara.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The budget projects a deficit of RM96.4mil, the state's third deficit in a row.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("6.12pm", "", "", "B"),
        ],
        [
            ("Sitting adjourned; debate opens Monday", "", "", "W"),
        ],
        [
            (
                "State assembly Speaker Datuk Ir. Rozaidi Kamarwan adjourned the sitting at 5.58pm.",
                "",
                "",
                "W",
            ),
            (
                "He said debate on the budget would open on Monday at 10am and run for six sitting days.",
                "Rozaidi Kamarwan",
                "said",
                "W",
            ),
            ("That's all from us today; thank you for following.", "", "", ""),
        ],
        [
            ("— Reported by Khoh Sheue Ern", "", "", "B"),
        ],
        [
            ("5.40pm", "", "", "B"),
        ],
        [
            (
                "Opposition leader says almost a third of revenue will come from land sales",
                "Zulhelmi Rithaudeen Mansor",
                "says",
                "W",
            ),
        ],
        [
            (
                "Opposition leader Datuk Dr. Zulhelmi Rithaudeen Mansor told the assembly that RM388mil, almost a third of next year's projected revenue of RM1.24bil, would come from the sale of state land, up from 17% of revenue in 2024.",
                "Zulhelmi Rithaudeen Mansor",
                "told the assembly",
                "W",
            ),
            (
                "“And what happens in 2029, when there is no more land left to sell?” he asked reporters in the assembly lobby.",
                "Zulhelmi Rithaudeen Mansor",
                "asked",
                "",
            ),
            (
                "He said the opposition would move to cut the RM46mil set aside for festivals and state events.",
                "Zulhelmi Rithaudeen Mansor",
                "said",
                "",
            ),
        ],
        [
            ("— Reported by Nazrul Shahrom Sallehuddin", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("4.55pm", "", "", "B"),
        ],
        [
            (
                "Water tariff frozen until end-2027, says Chief Minister",
                "Sneah Theam Eong",
                "says",
                "W",
            ),
        ],
        [
            (
                "Chief Minister Datuk Seri Sneah Theam Eong said domestic water tariffs would stay at 22 sen per cubic metre for the first 20 cubic metres a month until at least December 2027.",
                "Sneah Theam Eong",
                "said",
                "W",
            ),
            (
                "“We will not burden the rakyat (people) with higher bills in a difficult year,” he said.",
                "Sneah Theam Eong",
                "said",
                "",
            ),
            (
                "The state water utility, Perbadanan Bekalan Air Pulau Sdn. Bhd., had sought a 15% increase in August.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("— Reported by Khoh Sheue Ern", "", "", "B"),
        ],
        [
            ("4.20pm", "", "", "B"),
        ],
        [
            ("RM210mil for flood works in Seberang Perai", "", "", "W"),
        ],
        [
            (
                "Flood mitigation gets RM210mil, most of it for Seberang Perai, where 3,146 people were evacuated during floods on Sept. 14 and 15.",
                "",
                "",
                "W",
            ),
            (
                "The money will pay for a retention pond in Kg. Tembikai Getah and the deepening of a 6.2km stretch of Sg. Lembu Tua.",
                "",
                "",
                "W",
            ),
            (
                "The pond contract, worth RM38mil, was awarded in October to Pengairan Alur Sdn. Bhd.",
                "",
                "",
                "W",
            ),
            ("The firm is expected to finish the works by mid-2028.", "", "", ""),
        ],
        [
            ("— Reported by Tharshini Velappan", "", "", "B"),
        ],
        [
            ("3.30pm", "", "", "B"),
        ],
        [
            ("Hawkers get two-year freeze on stall rentals", "", "", "W"),
        ],
        [
            (
                "The budget freezes rentals for two years at the 42 food courts run by the state government.",
                "",
                "",
                "W",
            ),
            (
                "The Penang Island Hawkers and Petty Traders Association said in a statement that its 3,900 members paid a total of RM1.1mil in rent at those courts last year.",
                "The Penang Island Hawkers and Petty Traders Association",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "“Finally!” said its president, Tneoh Boay Saik, who sells char koay teow at a food court on Jln. Perigi Tujuh.",
                "Tneoh Boay Saik",
                "said",
                "",
            ),
            ("“We have been asking for this since 2023,” he said.", "Tneoh Boay Saik", "said", "W"),
        ],
        [
            ("— Reported by Tharshini Velappan", "", "", "B"),
        ],
        [
            ("2.50pm", "", "", "B"),
        ],
        [
            ("Budget tabled: RM1.34bil, up 6.8%", "", "", "W"),
        ],
        [
            (
                "GEORGE TOWN: Chief Minister Datuk Seri Sneah Theam Eong tabled a RM1.34bil budget for 2027 in the state assembly at 2.34pm.",
                "",
                "",
                "W",
            ),
            (
                "Operating expenditure makes up RM902mil and development expenditure RM438mil.",
                "",
                "",
                "W",
            ),
            (
                "He said the state's reserves stood at RM1.07bil at the end of October, up from RM982mil a year earlier.",
                "Sneah Theam Eong",
                "said",
                "W",
            ),
            (
                "All 6,480 state civil servants in grades 1 to 54 will receive a one-off payment of RM600 in Jan., at a cost of about RM3.9mil, he said.",
                "Sneah Theam Eong",
                "said",
                "W",
            ),
            ("The announcement drew loud applause from the public gallery.", "", "", ""),
        ],
        [
            ("— Reported by Nazrul Shahrom Sallehuddin", "", "", "B"),
        ],
        [
            ("Load more updates", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            (
                "Seberang Perai flood victims still waiting for RM1,000 aid, say residents",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Penang ferry service to run till 1am during year-end festival", "", "", "B"),
        ],
        [
            ("Get breaking Penang news on our WhatsApp channel.", "", "", "B"),
        ],
        [
            ("© 2026 Mercu Media Bhd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("MERAPATI WIRE", "", "", "B"),
        ],
        [
            (
                "World · Asia · Markets · Commodities · Energy · Politics · Pictures · Video",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Commodities › Agriculture", "", "", "B"),
        ],
        [
            (
                "Indonesia to raise palm oil export levy to 10% from Jan. 1 as biodiesel fund runs short",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dyah Pramesthi Kusumadewi and Kheor Ghim Liat", "", "", "B"),
        ],
        [
            ("December 2, 2026 · 8:04 PM GMT+7 · Updated 1 hour ago", "", "", "B"),
        ],
        [
            ("3 min read", "", "", "B"),
        ],
        [
            (
                "JAKARTA, Dec. 2 — Indonesia will raise its export levy on crude palm oil to 10% of the government's reference price from 7.5% on Jan. 1, Trade Minister Kuswantoro Sastrowidagdo said on Wednesday, the second increase this year.",
                "Kuswantoro Sastrowidagdo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The new rate is set out in a ministerial regulation signed on Nov. 30, according to a copy seen by Merapati Wire.",
                "a copy seen by Merapati Wire",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kuswantoro told reporters at the ministry that the levy had raised 14.6 trillion rupiah ($912 million) in the first 10 months of 2026, against payouts of 19.2 trillion rupiah from the fund that subsidises biodiesel blending.",
                "Kuswantoro Sastrowidagdo",
                "told reporters",
                "W",
            ),
            (
                "“The B45 programme must be paid for, and it will be paid for by the industry that benefits from it,” he said.",
                "Kuswantoro Sastrowidagdo",
                "said",
                "",
            ),
        ],
        [
            (
                "The Association of Kepulauan Oil Palm Smallholders (APKS) said in a statement that the increase would cut farmgate prices for fresh fruit bunches by about 300 rupiah a kg.",
                "The Association of Kepulauan Oil Palm Smallholders (APKS)",
                "said in a statement",
                "",
            ),
            (
                "It said smallholders own about 41% of Indonesia's 16.8 million hectares of oil palm.",
                "The Association of Kepulauan Oil Palm Smallholders (APKS)",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Ten per cent is a tax on us, not on the big groups!” said Marihot Sinambela, who farms 4 hectares near Pekanbaru in Riau province.",
                "Marihot Sinambela",
                "said",
                "",
            ),
            (
                "He said he would hold back his fruit until prices recovered.",
                "Marihot Sinambela",
                "said",
                "",
            ),
        ],
        [
            (
                "Sign up for The Palm & Grains Brief, our Thursday newsletter on soft commodities.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Traders in Singapore said buyers in India and Pakistan had brought forward purchases for December and January shipment since Monday, when reports of the increase first circulated.",
                "Traders in Singapore",
                "said",
                "W",
            ),
            (
                "Crude palm oil was offered at $1,015 a ton c.i.f. Rotterdam for January shipment, up $20 from Tuesday, dealers said.",
                "dealers",
                "said",
                "W",
            ),
            (
                "Benchmark palm oil futures in Kuala Lumpur rose 1.9% to 4,412 ringgit ($988) a ton, their highest close since Oct. 14.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The biggest faller among Jakarta-listed planters was PT Tandan Tiga Serangkai Tbk.",
                "",
                "",
                "W",
            ),
            ("Its shares closed 4.1% lower at 1,215 rupiah.", "", "", "W"),
            ("The company exports about 60% of its crude palm oil, mostly to India.", "", "", "W"),
        ],
        [
            (
                "Liana Pusparini Wirjosoedarmo, an economist at PT Bank Cakrawala Serasi Tbk., said export volumes could fall by 3% to 5% in the first quarter.",
                "Liana Pusparini Wirjosoedarmo",
                "said",
                "",
            ),
            (
                "“Buyers will not disappear... they will just look harder at Malaysian oil,” she said.",
                "Liana Pusparini Wirjosoedarmo",
                "said",
                "",
            ),
            (
                "She said Indonesia shipped 22.4 million tons of palm oil products in the first nine months of the year, 3.6% more than a year earlier.",
                "Liana Pusparini Wirjosoedarmo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The finance ministry's customs directorate did not respond to a request for comment.",
                "The finance ministry's customs directorate",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "The levy was first imposed in 2015 to fund replanting and biodiesel subsidies, and it has been changed 11 times since.",
                "",
                "",
                "W",
            ),
            (
                "Officials have said they want a single, simpler rate by 2028.",
                "Officials",
                "have said",
                "",
            ),
        ],
        [
            (
                "— Reporting by Dyah Pramesthi Kusumadewi in Jakarta; additional reporting by Kheor Ghim Liat in Singapore and Faizul Muhaimin Mazlan in Kuala Lumpur; writing by Dyah Pramesthi Kusumadewi; editing by Tjahjanto Wirasetya",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our standards: the Merapati Wire trust principles", "", "", "B"),
        ],
        [
            ("Licensing & reprints", "", "", "B"),
        ],
        [
            ("More from Merapati Wire", "", "", "B"),
        ],
        [
            (
                "Indonesia's nickel ore imports from the Philippines hit record in October",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Rubber growers in south Thailand cut tapping as prices slide", "", "", "B"),
        ],
        [
            ("© 2026 Merapati Wire, a division of PT Rajawali Pewarta Tbk.", "", "", "B"),
            ("Unauthorised reproduction is prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Earnside Bugle", "", "", "B"),
        ],
        [
            (
                "Menu | News | Sport | What's On | Farming | Property | Jobs | Notices | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Council", "", "", "B"),
        ],
        [
            ("Councillors back 5% visitor levy for Glenardoch from April 2028", "", "", "W"),
        ],
        [
            (
                "Hotel owners say the charge will send families further north",
                "Hotel owners",
                "say",
                "",
            ),
        ],
        [
            ("By Ailig Munlochy, Council Reporter", "", "", "B"),
        ],
        [
            ("Published 3rd December 2026, 18:47 · Updated 4th December 2026, 09:12", "", "", "B"),
        ],
        [
            ("Share · Email · Facebook · X · WhatsApp", "", "", "B"),
        ],
        [
            ("Pitlochry's main street on a busy afternoon in August.", "", "", ""),
            ("Image: Padruig Dalguise / Earnside Bugle", "", "", "B"),
        ],
        [
            (
                "Glenardoch Council has voted to charge visitors 5% on top of the cost of overnight stays from 1 April 2028, making it the fourth Scottish council to approve a levy.",
                "",
                "",
                "W",
            ),
            (
                "The motion was carried by 21 votes to 14, with three abstentions, at a full council meeting in Crieff on Thursday that lasted almost five hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council officers estimate the levy would raise between £2.2m and £2.6m p.a.",
                "Council officers",
                "estimate",
                "",
            ),
            (
                "Their report warns, at para. 5.3, that the figure assumes visitor numbers stay at 2025 levels.",
                "Their report",
                "warns",
                "",
            ),
        ],
        [
            (
                "Council leader Gormelia Balnagowrie said 60% of the money would go to roads, paths and public toilets, and the rest to a fund for events and marketing run with local businesses.",
                "Gormelia Balnagowrie",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Every summer our roads take a battering, and three of our public toilets close at 4pm because we cannot afford to staff them.",
                "Gormelia Balnagowrie",
                "said",
                "W",
            ),
            (
                "Visitors are welcome here; we are simply asking them to chip in,” she said.",
                "Gormelia Balnagowrie",
                "said",
                "",
            ),
        ],
        [
            (
                "Councillor Eòghann Lindorsay, who leads the opposition group, said hotel occupancy in Highland Perthshire had fallen to 71% in 2025 from 78% in 2019.",
                "Eòghann Lindorsay",
                "said",
                "W",
            ),
            (
                "“Why would a family from Glasgow pay £40 more for a week in Pitlochry when they could drive another hour north and pay nothing?” he asked.",
                "Eòghann Lindorsay",
                "asked",
                "",
            ),
            (
                "He said his group would try to have the decision called in for review.",
                "Eòghann Lindorsay",
                "said",
                "",
            ),
        ],
        [
            (
                "The Highland Perthshire Hospitality Alliance said in a written submission that 63 of its 88 member businesses opposed the levy.",
                "The Highland Perthshire Hospitality Alliance",
                "said in a written submission",
                "W",
            ),
            (
                "Its chair, Mòrag Achallader, who runs an 11-room hotel in Aberfeldy, said she feared guests would “shorten their stays rather than pay”.",
                "Mòrag Achallader",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Read more: Plans for 40 holiday lodges near Loch Earn go out to consultation",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Under the scheme, children under 16, disabled visitors and their carers, and people placed in temporary accommodation by the council are exempt (see App. C of the report).",
                "",
                "",
                "W",
            ),
            ("The charge will apply to no more than seven consecutive nights.", "", "", "W"),
        ],
        [
            (
                "An amendment from Bailie Tearlach Glenbervie to bring campsites and motorhome pitches into the scheme was passed by 19 votes to 17.",
                "",
                "",
                "W",
            ),
            (
                "“If a motorhome is using our single-track roads, it should pay like everyone else,” Bailie Glenbervie said.",
                "Tearlach Glenbervie",
                "said",
                "",
            ),
        ],
        [
            (
                "Setting the scheme up will cost about £310,000 inc. VAT, and running it about £145,000 a year, officers said.",
                "officers",
                "said",
                "W",
            ),
            (
                "Accommodation providers will collect the levy and pay it to the council every quarter.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Catrìona Drumquharn, who runs a four-room B&B on Inchbraoch Terr. in Crieff, said the paperwork worried her more than the charge itself.",
                "Catrìona Drumquharn",
                "said",
                "",
            ),
            (
                "“I'll have to explain a new tax to guests from Germany and the States... and most of them already think Scotland is dear,” she said.",
                "Catrìona Drumquharn",
                "said",
                "",
            ),
        ],
        [
            (
                "Councils must give at least 18 months' notice before a levy takes effect, which is why the earliest possible start is April 2028.",
                "",
                "",
                "W",
            ),
            ("A final scheme will go to full council on Thurs. 11 Feb. 2027.", "", "", "W"),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            (
                "Join the conversation: comments are checked by a moderator before they appear.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("Aberfeldy bridge to close for six weeks of repairs", "", "", "B"),
        ],
        [
            ("Crieff man, 81, completes his 100th hill race", "", "", "B"),
        ],
        [
            ("Farmers warned over sheep worrying at lambing time", "", "", "B"),
        ],
        [
            (
                "The Earnside Bugle is regulated by the Independent Press Complaints Panel.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Earnside Publishing Ltd.", "", "", "B"),
            ("Registered in Scotland, company no. SC481207.", "", "", "B"),
        ],
    ],
    [
        [
            ("CARONI SENTINEL", "", "", "B"),
        ],
        [
            ("Sunday 6 December 2026 · Port of Spain 30°C · e-Paper · Sign in", "", "", "B"),
        ],
        [
            ("NEWS   SPORT   BUSINESS   LIVING   COMMENTARY   CLASSIFIEDS", "", "", "B"),
        ],
        [
            ("SPORT / Swimming", "", "", "B"),
        ],
        [
            ("Gellizeau-Boochoon lowers 50 free national record to 21.47", "", "", "W"),
        ],
        [
            (
                "Fifteen-year-old Boodhai-Whiteman dethrones Paponette-Denny in women's 200 IM at short-course nationals",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Darrion Ramsumair", "", "", "B"),
        ],
        [
            ("Posted: Dec 6, 2026, 12:01 AM", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            (
                "Trevon Gellizeau-Boochoon celebrates after winning the men's 50m freestyle final at the Calcutta Settlement Aquatic Centre in Couva on Saturday night.",
                "",
                "",
                "W",
            ),
            ("PHOTO: RAWLSTON GANNESS", "", "", "B"),
        ],
        [
            (
                "COUVA — Trevon Gellizeau-Boochoon lowered his own national short-course record in the men's 50m freestyle to 21.47s on Saturday night, the fastest time by a Trinidad and Tobago swimmer in any pool this year.",
                "",
                "",
                "W",
            ),
            (
                "The 19-year-old, who swims for Mt. Hope Tarpons, took 0.21s off the mark he set at the same championships in 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He finished ahead of clubmate Jabari Harricharan (21.93) and Shivan Maingot of Pt. Fortin Flying Fish (22.08).",
                "",
                "",
                "W",
            ),
            (
                "“I touched the wall, looked up at the board and just screamed!” Gellizeau-Boochoon said.",
                "Trevon Gellizeau-Boochoon",
                "said",
                "",
            ),
            (
                "He said he would now chase the 21.20 qualifying time for next year's world championships.",
                "Trevon Gellizeau-Boochoon",
                "said",
                "",
            ),
        ],
        [
            (
                "In the women's 200m individual medley, 15-year-old Tenille Boodhai-Whiteman of Marabella Stingers beat defending champion Kaydeen Paponette-Denny by 1.08s in 2:17.40, a championship record.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Her coach, Kervin Sambrano-Lequay, said the teenager trains at 4.45 a.m. six days a week before school.",
                "Kervin Sambrano-Lequay",
                "said",
                "",
            ),
            ("“She never misses a session.", "Kervin Sambrano-Lequay", "said", ""),
            ("Not once!” he said.", "Kervin Sambrano-Lequay", "said", ""),
        ],
        [
            (
                "More than 410 swimmers from 27 clubs are competing over the four days, the National Aquatics Union of Trinidad and Tobago (NAUTT) said.",
                "the National Aquatics Union of Trinidad and Tobago (NAUTT)",
                "said",
                "W",
            ),
            (
                "Its president, Gweneth Jaggessar-Moonan, said entries were the highest since 2019, when 436 swimmers took part.",
                "Gweneth Jaggessar-Moonan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Saturday's morning session started 45 mins late because of a fault in the electronic timing system, meet referee Cherise Ramsingh-Elcock said.",
                "Cherise Ramsingh-Elcock",
                "said",
                "W",
            ),
            (
                "She said hand-held stopwatch times were used for two heats of the 100m backstroke.",
                "Cherise Ramsingh-Elcock",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tobago's Kelvon Culzac-Arneaud, the champion in 2024 and 2025, was disqualified in the 100m breaststroke heats for a false start.",
                "",
                "",
                "W",
            ),
            (
                "“I'm gutted... but there's always next year,” he said.",
                "Kelvon Culzac-Arneaud",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "ALSO READ: Boodhai-Whiteman, Gellizeau-Boochoon named in national squad for regional age-group meet",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The championships end today with finals from 5 p.m. at the same venue, and entry is free.",
                "",
                "",
                "",
            ),
        ],
        [
            ("RESULTS — DAY 3 FINALS (Sat., Dec. 5)", "", "", "B"),
        ],
        [
            ("Pos. | Swimmer | Club | Time", "", "", "B"),
        ],
        [
            ("Men's 50m freestyle", "", "", "B"),
        ],
        [
            ("1 | T. Gellizeau-Boochoon | Mt. Hope Tarpons | 21.47 NR", "", "", ""),
        ],
        [
            ("2 | J. Harricharan | Mt. Hope Tarpons | 21.93", "", "", ""),
        ],
        [
            ("3 | S. Maingot | Pt. Fortin Flying Fish | 22.08", "", "", ""),
        ],
        [
            ("Women's 200m IM", "", "", "B"),
        ],
        [
            ("1 | T. Boodhai-Whiteman | Marabella Stingers | 2:17.40 CR", "", "", ""),
        ],
        [
            ("2 | K. Paponette-Denny | St. Augustine Groupers | 2:18.48", "", "", ""),
        ],
        [
            ("3 | N. Cordner-Bobb | Scarborough Snappers | 2:21.06", "", "", ""),
        ],
        [
            ("Men's 100m breaststroke", "", "", "B"),
        ],
        [
            ("1 | R. Tardieu | Marabella Stingers | 1:01.37", "", "", ""),
        ],
        [
            ("DQ | K. Culzac-Arneaud | Scarborough Snappers | (heats, false start)", "", "", ""),
        ],
        [
            ("NR – national record; CR – championship record; DQ – disqualified", "", "", "B"),
        ],
        [
            ("More from Sport", "", "", "B"),
        ],
        [
            ("Netball: Fyzabad Firebirds clinch first national league title", "", "", "B"),
        ],
        [
            ("Cycling: Jattansingh wins Tobago hill climb for third year", "", "", "B"),
        ],
        [
            (
                "Caroni Sentinel is published by Sentinel Printing and Publishing Co. of Trinidad Ltd.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LANKAWATCH", "", "", "B"),
        ],
        [
            ("Friday, December 4, 2026 | Colombo 29°C | E-Paper | Subscribe", "", "", "B"),
        ],
        [
            (
                "Home | News | Business | Health | Features | Sports | Opinion | Provincial",
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
                "Study links shallow-well water to kidney disease in North Central Province",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers say the findings strengthen the case for piped water but do not prove the wells cause the disease",
                "Researchers",
                "say",
                "",
            ),
        ],
        [
            ("By Nayomi Dissanayakage", "", "", "B"),
        ],
        [
            ("December 4, 2026, 8:10 pm", "", "", "B"),
        ],
        [
            ("Share: Facebook | WhatsApp | Viber | X", "", "", "B"),
        ],
        [
            (
                "A woman draws water from a shallow well in a village near Medawachchiya.",
                "",
                "",
                "",
            ),
            ("Pic by Lakmal Gunathilakage", "", "", "B"),
        ],
        [
            (
                "COLOMBO: Adults in the North Central Province who drank water from shallow wells for more than 10 years were 2.3 times as likely to have chronic kidney disease of unknown cause (CKDu) as those who drank treated pipe-borne water, a study published on Thursday has found.",
                "a study published on Thursday",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The researchers screened 4,812 adults aged 18 to 70 in 36 villages of the Medawachchiya and Padaviya DS divisions between Feb. 2024 and Mar. 2025.",
                "",
                "",
                "W",
            ),
            ("Of those, 611 (12.7 per cent) had CKDu, the paper says.", "the paper", "says", "W"),
        ],
        [
            (
                "Snr. Prof. Iresha Wanasinghearachchi, a nephrologist at the Faculty of Medicine of Kelaniwatte University and the study's lead author, said the risk rose with every five years of well use.",
                "Iresha Wanasinghearachchi",
                "said",
                "W",
            ),
            (
                "“The longer the exposure, the higher the risk... and we saw that in every age group,” she said.",
                "Iresha Wanasinghearachchi",
                "said",
                "W",
            ),
            (
                "She cautioned that a study of this kind could not show that the water itself caused the disease.",
                "Iresha Wanasinghearachchi",
                "cautioned",
                "",
            ),
        ],
        [
            (
                "Wells in the villages with the most cases had a median hardness of 412 mg/L, against 186 mg/L in the other villages (Fig. 2).",
                "",
                "",
                "W",
            ),
            (
                "Dr. (Ms.) Thamarasi Weerakoon, a geochemist at the university and a co-author, said fluoride in 38 per cent of the wells tested was above the 1.0 mg/L limit in the national drinking-water standard.",
                "Thamarasi Weerakoon",
                "said",
                "W",
            ),
            (
                "“If people have drunk this water for 20 years, what else can we expect?” she asked.",
                "Thamarasi Weerakoon",
                "asked",
                "",
            ),
        ],
        [
            (
                "The authors compared their results with a 2019 survey in the same two divisions (cf. Table 4), which found CKDu in 9.8 per cent of adults.",
                "",
                "",
                "W",
            ),
            (
                "The rise may reflect better screening rather than more disease, the authors wrote.",
                "the authors",
                "wrote",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Also Read: New dialysis unit for dry-zone patients to open in Medawachchiya in March",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A Health Ministry spokesman said the ministry had installed 1,240 reverse osmosis (RO) plants in the province since 2015.",
                "A Health Ministry spokesman",
                "said",
                "W",
            ),
            (
                "Each plant costs about Rs. 4.8 million to set up, he said.",
                "A Health Ministry spokesman",
                "said",
                "W",
            ),
            (
                "He said 150 more would be installed next year “subject to funds”.",
                "A Health Ministry spokesman",
                "said",
                "",
            ),
        ],
        [
            (
                "Wimalasiri Herathmudiyanselage, a 52-year-old paddy farmer from Padaviya who has been on dialysis since 2022, travels 38 km to Anuradhapura twice a week for treatment.",
                "",
                "",
                "",
            ),
            (
                "“Who will pay for my medicines when I can no longer work?” he asked.",
                "Wimalasiri Herathmudiyanselage",
                "asked",
                "",
            ),
        ],
        [
            (
                "Consultant nephrologist Dr. Ruwangi Jayamannage, MBBS (Col.), MD, who was not involved in the study, said it was “careful work” but that the authors had not measured heavy metals.",
                "Ruwangi Jayamannage",
                "said",
                "",
            ),
            (
                "“Hardness and fluoride are part of the story, not all of it,” she said.",
                "Ruwangi Jayamannage",
                "said",
                "",
            ),
        ],
        [
            (
                "The study was funded by the Rajakaruna Kidney Research Trust and a Rs. 18 million grant from the Ceylon Science Fund.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Journal reference: Wanasinghearachchi I, Weerakoon T, et al. Shallow-well use and chronic kidney disease of uncertain aetiology in two dry-zone divisions of Sri Lanka. Lanka J Renal Med. 2026;9(4):211-24.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
            ("Please keep them civil and on topic.", "", "", "B"),
        ],
        [
            ("Most Viewed", "", "", "B"),
        ],
        [
            ("Fuel prices unchanged for December, says state fuel corporation", "", "", "B"),
        ],
        [
            ("A/L results to be released before Christmas", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Lankawatch Newspapers (Pvt.) Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KALKARA TRIBUNE", "", "", "B"),
        ],
        [
            ("Sunday, 6 December 2026 | 08:15 | Valletta 17°C", "", "", "B"),
        ],
        [
            (
                "Local | Business | Politics | Environment | Gozo | Sport | Comment | Interviews",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Interviews", "", "", "B"),
        ],
        [
            (
                "Water chief says leaks are down to 19.6% as demand hits a record",
                "Rodianne Xiberras-Borda",
                "says",
                "W",
            ),
        ],
        [
            (
                "Ing. Rodianne Xiberras-Borda on desalination costs, salty boreholes and why your bill will not change next year",
                "",
                "",
                "",
            ),
        ],
        [
            ("Interview by Etienne Galdes", "", "", "B"),
        ],
        [
            ("Share | Tweet | Email | Print", "", "", "B"),
        ],
        [
            ("Rodianne Xiberras-Borda at the corporation's offices in Luqa.", "", "", ""),
            ("Photo: Lorianne Zrinzo", "", "", "B"),
        ],
        [
            (
                "Ing. Rodianne Xiberras-Borda has led the Ilma Malta Corporation since 2021.",
                "",
                "",
                "W",
            ),
            (
                "The corporation produces about 64% of Malta's drinking water by reverse osmosis at three coastal plants; the rest is pumped from the aquifers.",
                "",
                "",
                "W",
            ),
            ("A fourth plant, in Gozo, is due to open in 2028.", "", "", ""),
        ],
        [
            ("This interview has been condensed and lightly edited.", "", "", "B"),
        ],
        [
            ("Q. Malta used a record 41.8 million cubic metres of water in 2025.", "", "", "W"),
            ("Where is it all going?", "", "", ""),
        ],
        [
            ("A. Mostly into homes and hotels.", "Rodianne Xiberras-Borda", "A.", "W"),
            (
                "In August, tourism alone accounts for about 11% of demand.",
                "Rodianne Xiberras-Borda",
                "A.",
                "W",
            ),
            (
                "Household use per person has actually fallen, from 112 litres a day in 2015 to 104 litres now.",
                "Rodianne Xiberras-Borda",
                "A.",
                "W",
            ),
        ],
        [
            ("Q. What does a cubic metre cost you to make?", "", "", ""),
        ],
        [
            ("A. €1.08, of which 43c is electricity.", "Rodianne Xiberras-Borda", "A.", "W"),
            (
                "We buy that electricity from Qawwa Energy p.l.c.",
                "Rodianne Xiberras-Borda",
                "A.",
                "W",
            ),
            ("It is our single biggest cost.", "Rodianne Xiberras-Borda", "A.", "W"),
        ],
        [
            (
                "Q. The Northern Cultivators' Co-operative says farmers near Mġarr have seen their borehole water turn salty within five years.",
                "The Northern Cultivators' Co-operative",
                "says",
                "W",
            ),
            ("Is the aquifer dying?", "", "", ""),
        ],
        [
            ("A. It is not dying, but it is tired.", "Rodianne Xiberras-Borda", "A.", "W"),
            (
                "Chloride at 14 of our 92 monitoring boreholes is now above 1,000 milligrams a litre.",
                "Rodianne Xiberras-Borda",
                "A.",
                "W",
            ),
            ("Ten years ago it was four.", "Rodianne Xiberras-Borda", "A.", "W"),
        ],
        [
            (
                "People tell me, “Just build another plant!” and I understand why.",
                "Rodianne Xiberras-Borda",
                "A.",
                "",
            ),
            (
                "But every new plant means more electricity, and more brine going back into the sea.",
                "Rodianne Xiberras-Borda",
                "A.",
                "",
            ),
        ],
        [
            (
                "Q. Opposition MP Dr Josette Cachia-Debono said in Parliament last week that leaks waste a quarter of the water you produce.",
                "Josette Cachia-Debono",
                "said",
                "W",
            ),
            ("Is she right?", "", "", ""),
        ],
        [
            ("A. She is quoting a figure from 2018.", "Rodianne Xiberras-Borda", "A.", "W"),
            (
                "Non-revenue water, which is mostly leaks, is now 19.6%, down from 26% then.",
                "Rodianne Xiberras-Borda",
                "A.",
                "W",
            ),
            (
                "We replaced 87 kilometres of mains in the last three years.",
                "Rodianne Xiberras-Borda",
                "A.",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Read also: Gozo farmers to get free treated sewage water for irrigation from spring",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Q. Will bills go up?", "", "", ""),
        ],
        [
            ("A. Not next year.", "Rodianne Xiberras-Borda", "A.", "W"),
            (
                "The regulator approved our tariff in Oct. and it stays the same until the end of 2027.",
                "Rodianne Xiberras-Borda",
                "A.",
                "W",
            ),
            ("After that, I cannot promise anything.", "Rodianne Xiberras-Borda", "A.", ""),
        ],
        [
            ("Q. The new Gozo plant was meant to open this year.", "", "", "W"),
            ("What happened?", "", "", ""),
        ],
        [
            (
                "A. The first tender, in 2024, drew only one bid, and it was 40% over budget.",
                "Rodianne Xiberras-Borda",
                "A.",
                "W",
            ),
            ("We cancelled it and tendered again.", "Rodianne Xiberras-Borda", "A.", "W"),
            (
                "The design was then changed by Perit Doriette Tabuni to cut the plant's energy use by about a fifth.",
                "Rodianne Xiberras-Borda",
                "A.",
                "W",
            ),
        ],
        [
            ("Q. What can households do?", "", "", ""),
        ],
        [
            (
                "A. Fix the dripping tap, use the second flush button and, if you have a well or a cistern, use it.",
                "Rodianne Xiberras-Borda",
                "A.",
                "",
            ),
            (
                "Rainwater is free... we just let it run into the sea.",
                "Rodianne Xiberras-Borda",
                "A.",
                "",
            ),
        ],
        [
            ("Etienne Galdes is the Tribune's environment editor.", "", "", "B"),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Ħamrun shop owners say roadworks have halved their trade", "", "", "B"),
        ],
        [
            ("Man, 34, charged over Sliema stabbing", "", "", "B"),
        ],
        [
            ("© 2026 Tribune Media Kalkara p.l.c.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("NACOLAWA DAILY", "", "", "B"),
        ],
        [
            ("Sunday, December 6, 2026 · Suva 27°C · Nadi 31°C · ePaper", "", "", "B"),
        ],
        [
            ("News · Fiji · Pacific · Business · Sport · Weather · Opinion", "", "", "B"),
        ],
        [
            ("Weather / Cyclone Sereima", "", "", "B"),
        ],
        [
            (
                "TC Sereima strengthens to Category 4; hurricane warning for Yasawa and Mamanuca groups",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Forecasters say the eye could pass close to Nadi in the early hours of Monday",
                "Forecasters",
                "say",
                "",
            ),
        ],
        [
            ("By Ulamila Delaibatiki-Vuli and Ravneel Shalendra", "", "", "B"),
        ],
        [
            ("Last updated 7.24pm, December 6, 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook | WhatsApp | Viber", "", "", "B"),
        ],
        [
            ("UPDATE 4 — 7.15pm", "", "", "B"),
        ],
        [
            (
                "NADI — Tropical Cyclone Sereima was upgraded to a Cat. 4 system at 6pm, with average winds near its centre of 165 km/h and momentary gusts of up to 230 km/h, the national weather office said.",
                "the national weather office",
                "said",
                "W",
            ),
            (
                "At 6pm the cyclone was about 210 km north-west of Nadi and moving south-east at 14 kts (26 km/h).",
                "",
                "",
                "W",
            ),
            (
                "A hurricane warning is in force for the Yasawa and Mamanuca groups, and a storm warning for Nadi, Lautoka, Ba and Tavua.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senior forecaster Kelera Ravulolo said the eye could pass within 40 km of Nadi between 1am and 5am.",
                "Kelera Ravulolo",
                "said",
                "",
            ),
            (
                "“If you live in a low-lying area near the coast, move now… do not wait for the wind to pick up,” she said.",
                "Kelera Ravulolo",
                "said",
                "",
            ),
        ],
        [
            (
                "The Disaster Management Office said 2,318 people were in 41 evacuation centres across the Western Division at 7pm.",
                "The Disaster Management Office",
                "said",
                "W",
            ),
            (
                "Western Divisional Commissioner Ratu Emosi Waqanisau-Bolatagici said he expected that number to double overnight.",
                "Emosi Waqanisau-Bolatagici",
                "said",
                "",
            ),
            (
                "He said 14 of the centres in Ba had no generator.",
                "Emosi Waqanisau-Bolatagici",
                "said",
                "W",
            ),
        ],
        [
            (
                "ACP Kitione Raqeqe-Toganivalu, the Western Division police commander, said a curfew is in force from 10 p.m. tonight to 5 a.m.",
                "Kitione Raqeqe-Toganivalu",
                "said",
                "W",
            ),
            (
                "Residents should stay indoors unless they are moving to an evacuation centre, he said.",
                "Kitione Raqeqe-Toganivalu",
                "said",
                "",
            ),
            (
                "He said 320 officers had been deployed in the division.",
                "Kitione Raqeqe-Toganivalu",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Qaravi Airways cancelled all 23 domestic flights scheduled after 2pm and two international departures from Nadi, the airline said in a statement.",
                "the airline",
                "said in a statement",
                "W",
            ),
            (
                "It said services would resume once the airport reopened.",
                "Qaravi Airways",
                "said",
                "",
            ),
        ],
        [
            (
                "Solevu Energy (Fiji) Ltd said it had switched off power to 6,140 customers in Nadi and Lautoka at 5.30pm as a precaution.",
                "Solevu Energy (Fiji) Ltd",
                "said",
                "W",
            ),
            (
                "The company said supply would be restored “as soon as it is safe”.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "All schools in the Western Division will be closed on Monday and Tuesday, the Ministry of Education said.",
                "the Ministry of Education",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Viseisei village, families carried mats and water containers into the Methodist church hall as the first heavy bands of rain arrived.",
                "",
                "",
                "",
            ),
            (
                "Turaga ni koro Sailosi Lagilagi-Lewaravu said the village had been through “many cyclones” and knew what to do.",
                "Sailosi Lagilagi-Lewaravu",
                "said",
                "",
            ),
            (
                "Assistant Minister for Rural Development Adi Atelaite Vunivalu-Sokiveta visited evacuation centres in Lautoka in the afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Get cyclone alerts: message ALERT to our Viber community.", "", "", "B"),
        ],
        [
            ("EARLIER — 1.40pm", "", "", "B"),
        ],
        [
            ("Sereima was upgraded to Cat. 3 at noon.", "", "", "W"),
            ("Its central pressure was estimated at 950 hPa.", "", "", "W"),
            (
                "It is the second severe cyclone to threaten Fiji this season, after Tropical Cyclone Tavaiqia in November.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("EARLIER — 9.05am", "", "", "B"),
        ],
        [
            (
                "A storm warning was issued for the Yasawa Group at 8am, and ferry services to the outer islands were suspended.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Emergency contacts: Police 917 | Fire and ambulance 910 | Disaster hotline 157 | Nacolawa Daily newsroom 999 3310",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Cyclone Sereima | Western Division | Weather", "", "", "B"),
        ],
        [
            ("MORE STORIES", "", "", "B"),
        ],
        [
            ("Ba River rises 2 metres in 12 hours", "", "", "B"),
        ],
        [
            ("Sugarcane harvest halted as mills shut ahead of storm", "", "", "B"),
        ],
        [
            ("© 2026 Nacolawa Daily Media Pte Limited.", "", "", "B"),
        ],
        [
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("LION ROCK DAILY", "", "", "B"),
        ],
        [
            ("Monday, December 7, 2026 | Hong Kong 21°C | 繁 | Sign in", "", "", "B"),
        ],
        [
            (
                "Hong Kong | China | Asia | World | Business | Tech | Lifestyle | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("HONG KONG / EXPLAINER", "", "", "B"),
        ],
        [
            (
                "Six things to know about Hong Kong's new EV charging law, which takes effect on January 1",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Car park owners face a 2029 deadline and fines; flat owners win the right to install their own chargers",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Tsoi Yik-hang", "", "", "B"),
        ],
        [
            ("Published: 8:00am, 7 Dec, 2026", "", "", "B"),
        ],
        [
            ("Why you can trust Lion Rock Daily", "", "", "B"),
        ],
        [
            ("Share: Facebook | WhatsApp | LinkedIn | Email", "", "", "B"),
        ],
        [
            (
                "From January 1, the Electric Vehicle Charging Facilities Ordinance (Cap. 652) requires owners of private car parks with 20 or more spaces to provide chargers for electric vehicles.",
                "",
                "",
                "W",
            ),
            ("Its main regulation was gazetted as L.N. 212 of 2026 on Oct. 9.", "", "", "W"),
            (
                "Here is what the law means for drivers, flat owners and building managers.",
                "",
                "",
                "",
            ),
        ],
        [
            ("1) Which car parks are covered?", "", "", ""),
        ],
        [
            (
                "Car parks with 20 or more spaces in housing estates, shopping centres and office buildings are covered; the full list is in Sch. 1 of the ordinance.",
                "",
                "",
                "W",
            ),
            (
                "Car parks run by the government are not covered, because they fall under a separate programme.",
                "",
                "",
                "W",
            ),
            (
                "According to the Energy Transition Office, about 3,900 private car parks with some 412,000 spaces are affected.",
                "the Energy Transition Office",
                "According to",
                "W",
            ),
        ],
        [
            ("2) What must owners do, and by when?", "", "", ""),
        ],
        [
            (
                "Owners must run wiring to every space by Dec. 31, 2029, and at least 30 per cent of spaces must have a working charger by the same date.",
                "",
                "",
                "W",
            ),
            (
                "Car parks in buildings completed after Jan. 1, 2027, must be fully equipped from the day they open.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("3) Can I put a charger in my own space?", "", "", ""),
        ],
        [
            ("Yes.", "", "", ""),
            (
                "Under reg. 5 of the installation regulation, an owners' corporation can no longer refuse a request to install a charger at a space the owner holds, except on safety grounds.",
                "",
                "",
                "W",
            ),
            ("The owner pays for the charger and the electricity it uses.", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Taxi trade asks for more fast chargers at airport", "", "", "B"),
        ],
        [
            ("4) How much will it cost?", "", "", ""),
        ],
        [
            (
                "A 7kW wall charger costs between HK$8,000 and HK$15,000 to install, according to the Kowloon Electrical Contractors' Guild.",
                "the Kowloon Electrical Contractors' Guild",
                "according to",
                "W",
            ),
            (
                "Wiring a whole car park costs much more: the office estimates HK$35,000 to HK$60,000 a space in older buildings.",
                "the office",
                "estimates",
                "W",
            ),
            (
                "A government subsidy will cover up to half of the wiring cost in residential car parks, capped at HK$20,000 a space, and applications open on Feb. 2.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("5) What if an owner misses the deadline?", "", "", ""),
        ],
        [
            ("The office can serve an improvement notice.", "", "", "W"),
            (
                "An owner who fails to comply within 90 days is liable to a fine at level 5, currently HK$50,000, and to a further HK$1,000 for every day the offence continues.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("6) Is the power grid ready?", "", "", ""),
        ],
        [
            (
                "Kowloon-Lantau Light & Power Holdings Ltd says its network could take 200,000 more chargers by 2030 without new substations.",
                "Kowloon-Lantau Light & Power Holdings Ltd",
                "says",
                "",
            ),
            (
                "The utility says it connected 31,400 home and car park chargers in the first 10 months of 2026, up from 18,900 in the same period of 2025.",
                "The utility",
                "says",
                "W",
            ),
        ],
        [
            ("Not everyone is convinced.", "", "", ""),
            (
                "Lawmaker Ir Dr Yuen Wun-lam, an engineer, said many older buildings would need new transformer rooms.",
                "Yuen Wun-lam",
                "said",
                "",
            ),
            (
                "“Who pays when a 40-year-old building in Mong Kok needs one?” he asked.",
                "Yuen Wun-lam",
                "asked",
                "",
            ),
        ],
        [
            (
                "Chim Shuk-sze, who chairs the owners' corporation of a 1983 estate in Tai Kok Tsui with 160 parking spaces, said owners there had not yet agreed how to share the cost.",
                "Chim Shuk-sze",
                "said",
                "",
            ),
            (
                "“We have three years, and we will need every day of them,” she said.",
                "Chim Shuk-sze",
                "said",
                "",
            ),
        ],
        [
            ("Have a question about the new rules?", "", "", "B"),
            ("Email explainers@lionrockdaily.hk.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("EV sales pass half of new private cars for the first time", "", "", "B"),
        ],
        [
            ("Owners' corporations: your rights and duties, explained", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Lion Rock Daily Publishers Ltd.", "", "", "B"),
        ],
        [
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KGALAGADI ECHO", "", "", "B"),
        ],
        [
            (
                "Thursday 3 December 2026 | BWP/USD 13.62 | Domestic index 9,214.7 ▲0.3%",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home | News | Business | Mining | Agriculture | Sport | Opinion | Tenders",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business › Companies", "", "", "B"),
        ],
        [
            (
                "Tlhabologo half-year profit falls 14% as diamond slump squeezes shoppers",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Supermarket chain cuts interim dividend to 18 thebe and will shut four stores by March",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Keabetswe Ditshwanelo", "", "", "B"),
        ],
        [
            ("Published 3 Dec 2026, 07:05", "", "", "B"),
        ],
        [
            ("Share: Facebook | WhatsApp | LinkedIn | X", "", "", "B"),
        ],
        [
            (
                "GABORONE — Profit after tax at Tlhabologo Retail Group Ltd, the country's second-largest supermarket chain, fell 14% to P118.6 million in the six months to Sept. 30, the company said on Wednesday.",
                "the company",
                "said",
                "W",
            ),
            (
                "Revenue rose 2.1% to P3.41 billion, but gross margin narrowed to 21.4% from 22.9%, the group said.",
                "the group",
                "said",
                "W",
            ),
            (
                "The board declared an interim dividend of 18 thebe a share, down from 24 thebe a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Gofaone Sebele-Kgafela said sales in Jwaneng, Orapa and Letlhakane, where the diamond mines are, fell 9% in the half, while sales in Gaborone rose 4%.",
                "Gofaone Sebele-Kgafela",
                "said",
                "W",
            ),
            (
                "“When the mines cut shifts, our customers cut their baskets,” she said.",
                "Gofaone Sebele-Kgafela",
                "said",
                "",
            ),
            (
                "She said the board had approved the closure of four loss-making stores, which will shut by March with the loss of about 160 jobs.",
                "Gofaone Sebele-Kgafela",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("RELATED: Diamond exports slump for fifth straight month", "", "", "B"),
        ],
        [
            (
                "Analysts at Khumonyane Securities (Pty) Ltd said in a note that the results were “better than feared”.",
                "Analysts at Khumonyane Securities (Pty) Ltd",
                "said in a note",
                "",
            ),
            (
                "They said the shares trade at 9.8 times earnings, against an average of 12.5 times for listed retailers in the region.",
                "Analysts at Khumonyane Securities (Pty) Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The dividend cut was the right call... the balance sheet needed it,” said Lesego Ntshekisang-Rakgwasi, an equity analyst at the firm.",
                "Lesego Ntshekisang-Rakgwasi",
                "said",
                "",
            ),
            (
                "She said she expected margins to recover “only slowly” in 2027.",
                "Lesego Ntshekisang-Rakgwasi",
                "said",
                "",
            ),
        ],
        [
            (
                "Shares in Tlhabologo fell 3.3% to P4.12 on Wednesday, valuing the group at about P1.9 billion.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In Letlhakane, where one of the four stores will close, Kgosi Oarabile Rapedi-Mosweu said the village would lose its only supermarket.",
                "Oarabile Rapedi-Mosweu",
                "said",
                "W",
            ),
            (
                "“Our elders will have to take a combi to Orapa to buy mealie meal,” he said.",
                "Oarabile Rapedi-Mosweu",
                "said",
                "",
            ),
        ],
        [
            (
                "The Commercial and Allied Workers' Union of Botswana said it had not been consulted about the job cuts.",
                "The Commercial and Allied Workers' Union of Botswana",
                "said",
                "W",
            ),
            ("The union said it would meet management next week.", "The union", "said", ""),
        ],
        [
            (
                "Diamond exports fell 31% y/y in the first nine months of the year, according to figures from the national statistics office.",
                "figures from the national statistics office",
                "according to",
                "W",
            ),
            (
                "The central bank cut its policy rate by 50 basis points to 1.65% in Oct. to support growth.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rival Pelokgale Stores, the market leader, reported a 6% rise in half-year profit last month.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "This article is for information only and does not constitute investment advice.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Retail | Results | Diamonds | Jwaneng", "", "", "B"),
        ],
        [
            ("Latest Business", "", "", "B"),
        ],
        [
            ("Cattle exports to resume from northern zone in January", "", "", "B"),
        ],
        [
            ("Solar plant near Palapye begins feeding the grid", "", "", "B"),
        ],
        [
            ("© 2026 Kgalagadi Echo (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("KENTEFACT", "", "", "B"),
        ],
        [
            (
                "Home | Fact-checks | Explainers | Elections | Health | Economy | About us | Donate",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Fact-checks › Education & Health", "", "", "B"),
        ],
        [
            (
                "Toilets in Northern schools and a nurse-recruitment “record”: we checked two claims",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "One claim overstates the problem; the other leaves out an earlier, bigger year",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Aba Kumi-Hammond, KenteFact researcher", "", "", "B"),
        ],
        [
            ("Published 5 Dec. 2026 | 6 min read", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Email", "", "", "B"),
        ],
        [
            ("CLAIM 1", "", "", "B"),
        ],
        [
            (
                "CLAIM: “More than 60 per cent of basic schools in the Northern Region have no toilets.”",
                "",
                "",
                "W",
            ),
        ],
        [
            ("VERDICT: MOSTLY FALSE", "", "", ""),
        ],
        [
            ("The latest schools census puts the figure at 38.2 per cent.", "", "", "W"),
        ],
        [
            (
                "Speaking on an Accra radio station on Aug. 27, the Minority spokesperson on education, Hon. Sumaila Dakurah-Nantogma, said: “More than 60 per cent of basic schools in the Northern Region have no toilets.",
                "Sumaila Dakurah-Nantogma",
                "said",
                "W",
            ),
            ("Our children are learning in shame.”", "Sumaila Dakurah-Nantogma", "said", ""),
        ],
        [
            (
                "His office sent KenteFact a 2019 report by an NGO, which surveyed 312 schools in six of the region's 16 districts.",
                "",
                "",
                "W",
            ),
            (
                "That report found 61 per cent of the schools it visited had no working toilet.",
                "That report",
                "found",
                "W",
            ),
        ],
        [
            (
                "According to the Annual Basic Schools Census 2025/26, the region had 2,914 public and private basic schools, and 1,113 of them reported no toilet facility of any kind.",
                "the Annual Basic Schools Census 2025/26",
                "According to",
                "W",
            ),
            ("That is 38.2 per cent (Table 14, pg. 37).", "", "", "W"),
            ("The share fell from 51.6 per cent in the 2019/20 census.", "", "", "W"),
        ],
        [
            (
                "Prof. Mansa Hammondson, a public health specialist at the University of Tamale-Savelugu, said the census counts a pit latrine as a toilet even when it is full or unsafe.",
                "Mansa Hammondson",
                "said",
                "",
            ),
            (
                "“Many of those latrines are there on paper... the children still go into the bush,” she said.",
                "Mansa Hammondson",
                "said",
                "",
            ),
        ],
        [
            (
                "So the MP's figure reflects a small, older survey, not the region as a whole.",
                "",
                "",
                "",
            ),
        ],
        [
            ("KenteFact is independent and reader-funded.", "", "", "B"),
            ("Support our work from GH¢20 a month.", "", "", "B"),
        ],
        [
            ("CLAIM 2", "", "", "B"),
        ],
        [
            (
                "CLAIM: “This year we have recruited 11,000 nurses and midwives, the highest number in the history of this country.”",
                "",
                "",
                "W",
            ),
        ],
        [
            ("VERDICT: HALF TRUE", "", "", ""),
        ],
        [
            (
                "The ministry did clear 11,000 nurses and midwives for posting in 2026, but more were recruited in 2012.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy Health Minister Hajia Fuseina Abdulai-Tindana made the claim at a graduation ceremony in Ho on Nov. 14.",
                "",
                "",
                "W",
            ),
            (
                "“No government has done this before!” she said, to applause.",
                "Fuseina Abdulai-Tindana",
                "said",
                "",
            ),
        ],
        [
            (
                "The health ministry's 2026 mid-year review shows financial clearance was granted for 11,000 nurses and midwives, and 9,846 of them had been posted by Sept. 30.",
                "The health ministry's 2026 mid-year review",
                "shows",
                "W",
            ),
            (
                "But the ministry's own 2013 annual report records 12,400 nurses and midwives recruited in 2012.",
                "the ministry's own 2013 annual report",
                "records",
                "W",
            ),
        ],
        [
            (
                "Asked about the 2012 figure, Hajia Abdulai-Tindana's spokesperson, Kekeli Atsu-Dzogbefia, said the minister was referring to “recruitment through the new single-spine process”, which began in 2014.",
                "Kekeli Atsu-Dzogbefia",
                "said",
                "W",
            ),
            (
                "The Nurses' and Midwives' Welfare League said about 23,000 trained nurses and midwives were still waiting to be posted at the end of October.",
                "The Nurses' and Midwives' Welfare League",
                "said",
                "W",
            ),
        ],
        [
            ("So 11,000 is correct, but it is not a record.", "", "", ""),
        ],
        [
            ("Sources", "", "", "B"),
        ],
        [
            (
                "Schools Census Unit, Annual Basic Schools Census 2025/26, Table 14, pg. 37.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Ibid., 2019/20 edition, Table 12.", "", "", "B"),
        ],
        [
            (
                "Ministry of Health, 2026 Mid-Year Performance Review, pg. 9; 2013 Annual Report, Annex 3.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ratings: TRUE | MOSTLY TRUE | HALF TRUE | MISLEADING | MOSTLY FALSE | FALSE",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Spotted a claim we should check?", "", "", "B"),
            ("WhatsApp us on +233 20 555 0178.", "", "", "B"),
        ],
        [
            ("More fact-checks", "", "", "B"),
        ],
        [
            ("No, the new cedi notes are not being withdrawn in January", "", "", "B"),
        ],
        [
            ("Viral video of flooded Kumasi market is from 2021", "", "", "B"),
        ],
        [
            ("© 2026 KenteFact Media Ltd by Guarantee.", "", "", "B"),
        ],
        [
            ("Republish our fact-checks free of charge with credit and a link.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KALLANG HERALD", "", "", "B"),
        ],
        [
            ("Thursday, Dec 3, 2026 | Subscribe | Log in", "", "", "B"),
        ],
        [
            ("Singapore | Asia | World | Business | Opinion | Life | Tech | Sport", "", "", "B"),
        ],
        [
            ("Singapore > Courts & Crime", "", "", "B"),
        ],
        [
            (
                "Renovation firm boss jailed 32 months for cheating 19 homeowners of $412,000",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He kept taking deposits for work he never started even after his company's bank account was frozen",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Dulani Gunaratnam", "", "", "B"),
            ("Court Correspondent", "", "", "B"),
        ],
        [
            ("Published Dec 3, 2026, 05:12 PM · Updated Dec 3, 2026, 09:40 PM", "", "", "B"),
        ],
        [
            ("Gift this article | Share", "", "", "B"),
        ],
        [
            ("Phor Jiunn Shiong arriving at court in August.", "", "", ""),
            ("PHOTO: KALLANG HERALD FILE", "", "", "B"),
        ],
        [
            (
                "SINGAPORE — The director of a renovation firm who collected deposits from 19 homeowners for work that was never done was sentenced to 32 months' jail on Dec 3.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Phor Jiunn Shiong, 44, pleaded guilty in September to 11 charges of cheating under Section 420 of the Penal Code, with 23 similar charges taken into consideration for sentencing.",
                "",
                "",
                "W",
            ),
            (
                "Between Jan 2023 and Aug 2024, he collected deposits totalling $412,370 for renovations at Housing Board flats and condominiums, court documents show.",
                "court documents",
                "show",
                "W",
            ),
        ],
        [
            (
                "Deputy Public Prosecutor Rachelle Valliappan told the court that Phor kept taking deposits even after Rumah Kemas Renovation Pte Ltd's bank account was frozen in March 2024.",
                "Rachelle Valliappan",
                "told the court",
                "W",
            ),
            (
                "She said he used about $96,000 of the money to pay his own gambling debts.",
                "Rachelle Valliappan",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The accused knew by then that the company could not do the work.",
                "Rachelle Valliappan",
                "said",
                "W",
            ),
            ("He took the money anyway,” the DPP said.", "Rachelle Valliappan", "said", "W"),
        ],
        [
            (
                "One of the victims, who lives in a four-room flat at Blk 407 Kelapa Tiga Walk, #05-12, in Tampines, paid $18,600 in Feb 2024 and never saw a worker.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a victim impact statement read out in court, Madam Pushpavalli Sinnadurai, 71, said she had used most of her savings to pay Phor.",
                "Pushpavalli Sinnadurai",
                "said",
                "",
            ),
            (
                "“I trusted him because he had a nice showroom.",
                "Pushpavalli Sinnadurai",
                "said",
                "",
            ),
            ("Now I am cooking on a hot plate!” she said.", "Pushpavalli Sinnadurai", "said", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "READ MORE: Couple charged with cheating 40 people in concert-ticket scam",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Defence lawyer Mervyn Rozells said his client had repaid $61,500 to eight of the homeowners and was “deeply remorseful”.",
                "Mervyn Rozells",
                "said",
                "W",
            ),
            ("He asked for a sentence of no more than 24 months.", "Mervyn Rozells", "asked", ""),
        ],
        [
            (
                "District Judge Amrita Chelliah said the offences were “calculated and sustained”, and that the victims included five people over 65 who had lost their savings.",
                "Amrita Chelliah",
                "said",
                "W",
            ),
            (
                "“Homeowners who pay a deposit are entitled to expect that their contractor is not already insolvent,” the judge said.",
                "Amrita Chelliah",
                "said",
                "",
            ),
        ],
        [
            (
                "The judge also ordered Phor to pay $48,000 in compensation to four of the victims, or serve an extra 60 days' jail in default.",
                "",
                "",
                "W",
            ),
            (
                "For each charge of cheating, he could have been jailed for up to 10 years and fined.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Renovation Contractors Guild of Singapore said in a statement that it expelled Rumah Kemas in May 2024 and received 1,184 complaints about renovation firms in the first 10 months of 2026.",
                "The Renovation Contractors Guild of Singapore",
                "said in a statement",
                "W",
            ),
            (
                "It urged homeowners to pay deposits of no more than 20 per cent of the contract sum.",
                "The Renovation Contractors Guild of Singapore",
                "urged",
                "",
            ),
        ],
        [
            ("Phor, who was out on $60,000 bail, will begin his sentence on Jan 5.", "", "", "W"),
        ],
        [
            ("Download the Kallang Herald app for breaking news alerts.", "", "", "B"),
        ],
        [
            ("Topics: Courts & Crime | Renovation | Scams", "", "", "B"),
        ],
        [
            ("More from Courts & Crime", "", "", "B"),
        ],
        [
            ("Private-hire driver jailed for molesting passenger in Punggol", "", "", "B"),
        ],
        [
            ("Ex-bank officer fined $9,000 for leaking customer data", "", "", "B"),
        ],
        [
            ("© 2026 Kallang Herald Press Ltd.", "", "", "B"),
        ],
        [
            ("Permission required for reproduction.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MUKOMBE MIRROR", "", "", "B"),
        ],
        [
            ("Sunday, 6 December 2026 · Gweru 26°C · ZiG 26.41/US$", "", "", "B"),
        ],
        [
            ("News | Politics | Business | Farming | Sport | Opinion | Classifieds", "", "", "B"),
        ],
        [
            ("Politics › Elections", "", "", "B"),
        ],
        [
            ("ZIPA takes Mkoba North from CRM in by-election on 38.8% turnout", "", "", "W"),
        ],
        [
            (
                "Mutembwa-Gondo wins with 54.5% of the vote; loser alleges 1,100 voters were turned away",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Shingirai Madzivanyika, Political Editor", "", "", "B"),
        ],
        [
            ("6 Dec 2026 · 11:20", "", "", "B"),
        ],
        [
            ("Share · WhatsApp · Facebook · X", "", "", "B"),
        ],
        [
            (
                "GWERU — Cde Rudo Mutembwa-Gondo of the Zimbabwe Patriotic Alliance (ZIPA) won Saturday's Mkoba North by-election with 8,011 votes, taking the seat from the Citizens' Renewal Movement (CRM).",
                "",
                "",
                "W",
            ),
            (
                "Polling stations closed at 1900hrs and constituency elections officer Lovemore Gwenzi announced the result at 0415hrs.",
                "",
                "",
                "W",
            ),
            ("CRM candidate Kudakwashe Chivhinge came second with 5,934 votes.", "", "", "W"),
        ],
        [
            (
                "The seat fell vacant in August when the sitting MP, Hon. Hlanganiso Ganyani-Tshuma of the CRM, died after a short illness.",
                "",
                "",
                "W",
            ),
            ("He had won it in 2023 with 61% of the vote.", "", "", "W"),
        ],
        [
            (
                "“This victory belongs to the people of Mkoba... not to any one person,” Cde Mutembwa-Gondo told supporters outside the counting centre at Senga Primary School.",
                "Rudo Mutembwa-Gondo",
                "told supporters",
                "",
            ),
            (
                "She said her first task in Parliament would be to push for the completion of the Mkoba clinic, which has been under construction since 2019.",
                "Rudo Mutembwa-Gondo",
                "said",
                "",
            ),
        ],
        [
            (
                "Chivhinge alleged that about 1,100 voters had been turned away at six polling stations because their names were not on the roll.",
                "Kudakwashe Chivhinge",
                "alleged",
                "W",
            ),
            (
                "“Is this what a free election looks like?” he asked.",
                "Kudakwashe Chivhinge",
                "asked",
                "",
            ),
            (
                "He said the CRM would challenge the result in the Electoral Court.",
                "Kudakwashe Chivhinge",
                "said",
                "",
            ),
        ],
        [
            (
                "The electoral commission said 612 people were assisted to vote and that polling was peaceful.",
                "the electoral commission",
                "said",
                "W",
            ),
            (
                "The Midlands Election Watch Trust said in a preliminary statement that 9 of its 41 observers saw voters turned away for lack of proof of residence.",
                "The Midlands Election Watch Trust",
                "said in a preliminary statement",
                "W",
            ),
        ],
        [
            (
                "Midlands police spokesperson Asst. Insp. Vimbai Gumbochuma-Nyathi said no arrests were made on polling day.",
                "Vimbai Gumbochuma-Nyathi",
                "said",
                "W",
            ),
            (
                "She said two people were arrested on Friday for putting up posters within 100 metres of a polling station.",
                "Vimbai Gumbochuma-Nyathi",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("RESULT: MKOBA NORTH BY-ELECTION (5 Dec. 2026)", "", "", "B"),
        ],
        [
            ("Candidate | Party | Votes | %", "", "", "B"),
        ],
        [
            ("Rudo Mutembwa-Gondo | ZIPA | 8,011 | 54.5", "", "", ""),
        ],
        [
            ("Kudakwashe Chivhinge | CRM | 5,934 | 40.4", "", "", ""),
        ],
        [
            ("Sithabile Nkiwane | Independent | 749 | 5.1", "", "", ""),
        ],
        [
            ("Valid votes: 14,694 · Rejected: 212 · Total cast: 14,906", "", "", ""),
        ],
        [
            ("Registered voters: 38,412 · Turnout: 38.8%", "", "", ""),
        ],
        [
            ("Source: constituency elections officer", "", "", "B"),
        ],
        [
            ("Turnout was down from 67.2% in the 2023 general election.", "", "", "W"),
            (
                "Independent candidate Mrs Sithabile Nkiwane, a retired nurse, said she was “proud of every one of the 749”.",
                "Sithabile Nkiwane",
                "said",
                "",
            ),
        ],
        [
            ("Letters: The Editor, The Mukombe Mirror, P. Bag 9120, Gweru.", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("Gweru council water rationing extended to Senga and Nehosho", "", "", "B"),
        ],
        [
            ("Maize farmers still owed for October deliveries", "", "", "B"),
        ],
        [
            ("© 2026 Mukombe Mirror Newspapers (Pvt) Ltd.", "", "", "B"),
        ],
        [
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n99-my-ir-pm-he-said",
        "State assembly Speaker Datuk Ir. Rozaidi Kamarwan adjourned the sitting at 5.58pm. He said debate on the budget would open on Monday at 10am and run for six sitting days.",
        [
            "State assembly Speaker Datuk Ir. Rozaidi Kamarwan adjourned the sitting at 5.58pm.",
            "He said debate on the budget would open on Monday at 10am and run for six sitting days.",
        ],
    ),
    (
        "n99-my-sdn-bhd-the-firm",
        "The pond contract, worth RM38mil, was awarded in October to Pengairan Alur Sdn. Bhd. The firm is expected to finish the works by mid-2028.",
        [
            "The pond contract, worth RM38mil, was awarded in October to Pengairan Alur Sdn. Bhd.",
            "The firm is expected to finish the works by mid-2028.",
        ],
    ),
    (
        "n99-my-bhd-copyright",
        "© 2026 Mercu Media Bhd. All rights reserved.",
        ["© 2026 Mercu Media Bhd.", "All rights reserved."],
    ),
    (
        "n99-id-cif-rotterdam",
        "Crude palm oil was offered at $1,015 a ton c.i.f. Rotterdam for January shipment, up $20 from Tuesday, dealers said. Benchmark palm oil futures in Kuala Lumpur rose 1.9% to 4,412 ringgit ($988) a ton, their highest close since Oct. 14.",
        [
            "Crude palm oil was offered at $1,015 a ton c.i.f. Rotterdam for January shipment, up $20 from Tuesday, dealers said.",
            "Benchmark palm oil futures in Kuala Lumpur rose 1.9% to 4,412 ringgit ($988) a ton, their highest close since Oct. 14.",
        ],
    ),
    (
        "n99-id-tbk-its-shares",
        "The biggest faller among Jakarta-listed planters was PT Tandan Tiga Serangkai Tbk. Its shares closed 4.1% lower at 1,215 rupiah. The company exports about 60% of its crude palm oil, mostly to India.",
        [
            "The biggest faller among Jakarta-listed planters was PT Tandan Tiga Serangkai Tbk.",
            "Its shares closed 4.1% lower at 1,215 rupiah.",
            "The company exports about 60% of its crude palm oil, mostly to India.",
        ],
    ),
    (
        "n99-id-tbk-comma-ellipsis",
        "Liana Pusparini Wirjosoedarmo, an economist at PT Bank Cakrawala Serasi Tbk., said export volumes could fall by 3% to 5% in the first quarter. “Buyers will not disappear... they will just look harder at Malaysian oil,” she said. She said Indonesia shipped 22.4 million tons of palm oil products in the first nine months of the year, 3.6% more than a year earlier.",
        [
            "Liana Pusparini Wirjosoedarmo, an economist at PT Bank Cakrawala Serasi Tbk., said export volumes could fall by 3% to 5% in the first quarter.",
            "“Buyers will not disappear... they will just look harder at Malaysian oil,” she said.",
            "She said Indonesia shipped 22.4 million tons of palm oil products in the first nine months of the year, 3.6% more than a year earlier.",
        ],
    ),
    (
        "n99-sc-pa-para",
        "Council officers estimate the levy would raise between £2.2m and £2.6m p.a. Their report warns, at para. 5.3, that the figure assumes visitor numbers stay at 2025 levels.",
        [
            "Council officers estimate the levy would raise between £2.2m and £2.6m p.a.",
            "Their report warns, at para. 5.3, that the figure assumes visitor numbers stay at 2025 levels.",
        ],
    ),
    (
        "n99-sc-question-he-asked",
        "Councillor Eòghann Lindorsay, who leads the opposition group, said hotel occupancy in Highland Perthshire had fallen to 71% in 2025 from 78% in 2019. “Why would a family from Glasgow pay £40 more for a week in Pitlochry when they could drive another hour north and pay nothing?” he asked. He said his group would try to have the decision called in for review.",
        [
            "Councillor Eòghann Lindorsay, who leads the opposition group, said hotel occupancy in Highland Perthshire had fallen to 71% in 2025 from 78% in 2019.",
            "“Why would a family from Glasgow pay £40 more for a week in Pitlochry when they could drive another hour north and pay nothing?” he asked.",
            "He said his group would try to have the decision called in for review.",
        ],
    ),
    (
        "n99-sc-thurs-feb",
        "Councils must give at least 18 months' notice before a levy takes effect, which is why the earliest possible start is April 2028. A final scheme will go to full council on Thurs. 11 Feb. 2027.",
        [
            "Councils must give at least 18 months' notice before a levy takes effect, which is why the earliest possible start is April 2028.",
            "A final scheme will go to full council on Thurs. 11 Feb. 2027.",
        ],
    ),
    (
        "n99-tt-pt-fortin-screamed",
        "He finished ahead of clubmate Jabari Harricharan (21.93) and Shivan Maingot of Pt. Fortin Flying Fish (22.08). “I touched the wall, looked up at the board and just screamed!” Gellizeau-Boochoon said. He said he would now chase the 21.20 qualifying time for next year's world championships.",
        [
            "He finished ahead of clubmate Jabari Harricharan (21.93) and Shivan Maingot of Pt. Fortin Flying Fish (22.08).",
            "“I touched the wall, looked up at the board and just screamed!” Gellizeau-Boochoon said.",
            "He said he would now chase the 21.20 qualifying time for next year's world championships.",
        ],
    ),
    (
        "n99-tt-am-not-once",
        "Her coach, Kervin Sambrano-Lequay, said the teenager trains at 4.45 a.m. six days a week before school. “She never misses a session. Not once!” he said.",
        [
            "Her coach, Kervin Sambrano-Lequay, said the teenager trains at 4.45 a.m. six days a week before school.",
            "“She never misses a session.",
            "Not once!” he said.",
        ],
    ),
    ("n99-tt-year-rights", "© 2026. All rights reserved.", ["© 2026.", "All rights reserved."]),
    (
        "n99-lk-feb-mar-paper-says",
        "The researchers screened 4,812 adults aged 18 to 70 in 36 villages of the Medawachchiya and Padaviya DS divisions between Feb. 2024 and Mar. 2025. Of those, 611 (12.7 per cent) had CKDu, the paper says.",
        [
            "The researchers screened 4,812 adults aged 18 to 70 in 36 villages of the Medawachchiya and Padaviya DS divisions between Feb. 2024 and Mar. 2025.",
            "Of those, 611 (12.7 per cent) had CKDu, the paper says.",
        ],
    ),
    (
        "n99-lk-fig-bracket-ms",
        "Wells in the villages with the most cases had a median hardness of 412 mg/L, against 186 mg/L in the other villages (Fig. 2). Dr. (Ms.) Thamarasi Weerakoon, a geochemist at the university and a co-author, said fluoride in 38 per cent of the wells tested was above the 1.0 mg/L limit in the national drinking-water standard. “If people have drunk this water for 20 years, what else can we expect?” she asked.",
        [
            "Wells in the villages with the most cases had a median hardness of 412 mg/L, against 186 mg/L in the other villages (Fig. 2).",
            "Dr. (Ms.) Thamarasi Weerakoon, a geochemist at the university and a co-author, said fluoride in 38 per cent of the wells tested was above the 1.0 mg/L limit in the national drinking-water standard.",
            "“If people have drunk this water for 20 years, what else can we expect?” she asked.",
        ],
    ),
    (
        "n99-lk-col-md-said",
        "Consultant nephrologist Dr. Ruwangi Jayamannage, MBBS (Col.), MD, who was not involved in the study, said it was “careful work” but that the authors had not measured heavy metals. “Hardness and fluoride are part of the story, not all of it,” she said.",
        [
            "Consultant nephrologist Dr. Ruwangi Jayamannage, MBBS (Col.), MD, who was not involved in the study, said it was “careful work” but that the authors had not measured heavy metals.",
            "“Hardness and fluoride are part of the story, not all of it,” she said.",
        ],
    ),
    (
        "n99-mt-q-dot-record",
        "Q. Malta used a record 41.8 million cubic metres of water in 2025. Where is it all going?",
        [
            "Q. Malta used a record 41.8 million cubic metres of water in 2025.",
            "Where is it all going?",
        ],
    ),
    (
        "n99-mt-plc-it",
        "A. €1.08, of which 43c is electricity. We buy that electricity from Qawwa Energy p.l.c. It is our single biggest cost.",
        [
            "A. €1.08, of which 43c is electricity.",
            "We buy that electricity from Qawwa Energy p.l.c.",
            "It is our single biggest cost.",
        ],
    ),
    (
        "n99-mt-oct-and-end",
        "A. Not next year. The regulator approved our tariff in Oct. and it stays the same until the end of 2027. After that, I cannot promise anything.",
        [
            "A. Not next year.",
            "The regulator approved our tariff in Oct. and it stays the same until the end of 2027.",
            "After that, I cannot promise anything.",
        ],
    ),
    (
        "n99-fj-kts-bracket",
        "At 6pm the cyclone was about 210 km north-west of Nadi and moving south-east at 14 kts (26 km/h). A hurricane warning is in force for the Yasawa and Mamanuca groups, and a storm warning for Nadi, Lautoka, Ba and Tavua.",
        [
            "At 6pm the cyclone was about 210 km north-west of Nadi and moving south-east at 14 kts (26 km/h).",
            "A hurricane warning is in force for the Yasawa and Mamanuca groups, and a storm warning for Nadi, Lautoka, Ba and Tavua.",
        ],
    ),
    (
        "n99-fj-am-curfew",
        "ACP Kitione Raqeqe-Toganivalu, the Western Division police commander, said a curfew is in force from 10 p.m. tonight to 5 a.m. Residents should stay indoors unless they are moving to an evacuation centre, he said. He said 320 officers had been deployed in the division.",
        [
            "ACP Kitione Raqeqe-Toganivalu, the Western Division police commander, said a curfew is in force from 10 p.m. tonight to 5 a.m.",
            "Residents should stay indoors unless they are moving to an evacuation centre, he said.",
            "He said 320 officers had been deployed in the division.",
        ],
    ),
    (
        "n99-hk-cap-ln",
        "From January 1, the Electric Vehicle Charging Facilities Ordinance (Cap. 652) requires owners of private car parks with 20 or more spaces to provide chargers for electric vehicles. Its main regulation was gazetted as L.N. 212 of 2026 on Oct. 9. Here is what the law means for drivers, flat owners and building managers.",
        [
            "From January 1, the Electric Vehicle Charging Facilities Ordinance (Cap. 652) requires owners of private car parks with 20 or more spaces to provide chargers for electric vehicles.",
            "Its main regulation was gazetted as L.N. 212 of 2026 on Oct. 9.",
            "Here is what the law means for drivers, flat owners and building managers.",
        ],
    ),
    (
        "n99-hk-yes-reg",
        "Yes. Under reg. 5 of the installation regulation, an owners' corporation can no longer refuse a request to install a charger at a space the owner holds, except on safety grounds. The owner pays for the charger and the electricity it uses.",
        [
            "Yes.",
            "Under reg. 5 of the installation regulation, an owners' corporation can no longer refuse a request to install a charger at a space the owner holds, except on safety grounds.",
            "The owner pays for the charger and the electricity it uses.",
        ],
    ),
    (
        "n99-bw-pty-ltd-note",
        "Analysts at Khumonyane Securities (Pty) Ltd said in a note that the results were “better than feared”. They said the shares trade at 9.8 times earnings, against an average of 12.5 times for listed retailers in the region.",
        [
            "Analysts at Khumonyane Securities (Pty) Ltd said in a note that the results were “better than feared”.",
            "They said the shares trade at 9.8 times earnings, against an average of 12.5 times for listed retailers in the region.",
        ],
    ),
    (
        "n99-bw-yy-oct",
        "Diamond exports fell 31% y/y in the first nine months of the year, according to figures from the national statistics office. The central bank cut its policy rate by 50 basis points to 1.65% in Oct. to support growth.",
        [
            "Diamond exports fell 31% y/y in the first nine months of the year, according to figures from the national statistics office.",
            "The central bank cut its policy rate by 50 basis points to 1.65% in Oct. to support growth.",
        ],
    ),
    (
        "n99-gh-hon-colon-quote",
        "Speaking on an Accra radio station on Aug. 27, the Minority spokesperson on education, Hon. Sumaila Dakurah-Nantogma, said: “More than 60 per cent of basic schools in the Northern Region have no toilets. Our children are learning in shame.”",
        [
            "Speaking on an Accra radio station on Aug. 27, the Minority spokesperson on education, Hon. Sumaila Dakurah-Nantogma, said: “More than 60 per cent of basic schools in the Northern Region have no toilets.",
            "Our children are learning in shame.”",
        ],
    ),
    (
        "n99-gh-table-pg-bracket",
        "That is 38.2 per cent (Table 14, pg. 37). The share fell from 51.6 per cent in the 2019/20 census.",
        [
            "That is 38.2 per cent (Table 14, pg. 37).",
            "The share fell from 51.6 per cent in the 2019/20 census.",
        ],
    ),
    (
        "n99-sg-dpp-quote",
        "“The accused knew by then that the company could not do the work. He took the money anyway,” the DPP said.",
        [
            "“The accused knew by then that the company could not do the work.",
            "He took the money anyway,” the DPP said.",
        ],
    ),
    (
        "n99-sg-mdm-exclaim",
        "In a victim impact statement read out in court, Madam Pushpavalli Sinnadurai, 71, said she had used most of her savings to pay Phor. “I trusted him because he had a nice showroom. Now I am cooking on a hot plate!” she said.",
        [
            "In a victim impact statement read out in court, Madam Pushpavalli Sinnadurai, 71, said she had used most of her savings to pay Phor.",
            "“I trusted him because he had a nice showroom.",
            "Now I am cooking on a hot plate!” she said.",
        ],
    ),
    (
        "n99-zw-hrs-results",
        "GWERU — Cde Rudo Mutembwa-Gondo of the Zimbabwe Patriotic Alliance (ZIPA) won Saturday's Mkoba North by-election with 8,011 votes, taking the seat from the Citizens' Renewal Movement (CRM). Polling stations closed at 1900hrs and constituency elections officer Lovemore Gwenzi announced the result at 0415hrs. CRM candidate Kudakwashe Chivhinge came second with 5,934 votes.",
        [
            "GWERU — Cde Rudo Mutembwa-Gondo of the Zimbabwe Patriotic Alliance (ZIPA) won Saturday's Mkoba North by-election with 8,011 votes, taking the seat from the Citizens' Renewal Movement (CRM).",
            "Polling stations closed at 1900hrs and constituency elections officer Lovemore Gwenzi announced the result at 0415hrs.",
            "CRM candidate Kudakwashe Chivhinge came second with 5,934 votes.",
        ],
    ),
    (
        "n99-zw-asst-insp",
        "Midlands police spokesperson Asst. Insp. Vimbai Gumbochuma-Nyathi said no arrests were made on polling day. She said two people were arrested on Friday for putting up posters within 100 metres of a polling station.",
        [
            "Midlands police spokesperson Asst. Insp. Vimbai Gumbochuma-Nyathi said no arrests were made on polling day.",
            "She said two people were arrested on Friday for putting up posters within 100 metres of a polling station.",
        ],
    ),
]
