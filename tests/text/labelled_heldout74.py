"""Seventy-fourth held-out set of hand-labelled pages for the hint engines (held out, round forty-four): never tuned on
twelve WHOLE pages, head to tail, from twelve countries (Scotland in the United Kingdom, Ghana,
Singapore, Uganda, Malaysia, the United States, Australia, India, South Africa, Canada, Ireland and
New Zealand), in the styles a fact-checking desk sees most: PASTED WEB PAGES with all their
furniture (a Scottish regional daily's islands page on a ferry breakdown, with its privacy block; a
New Zealand public broadcaster's health page on emergency-department waits), a Q&A INTERVIEW (a
Ugandan weekly and a coffee co-operative's chairperson, "Q:" and "A:"), a LIVE BLOG with time stamps
(a Malaysian daily on floods), WIRE COPY with a dateline and a credits line (a Ghanaian agency on the
cocoa price), LOCAL NEWS (an Ohio school board closing a school), SPORT (an Australian country
football grand final with a scoreboard), SCIENCE AND HEALTH (an Indian study of kidney injury in
salt-pan workers, with a journal reference), a COURT REPORT (a South African fraud trial), a
PRESS-CONFERENCE TRANSCRIPT (a Singapore rail operator after a nine-hour shutdown), an OPINION COLUMN
(a Canadian columnist against a bus-fare rise) and a NEWSLETTER POST (an Irish writer on a wind-farm
approval).

The speakers are hard on purpose: pronoun chains ("She said", "He put the gap", "it said"),
spokespeople and offices kept as written ("A spokeswoman for the company", "A spokesperson for the
Health Minister", then "The spokesperson said"), speakers named only after their quotes (a
postmistress, a union secretary, a coach, a parent, a sister, a nurse's delegate, a salt worker, a
bus rider, a councillor, a villager), later surnames and prefixes ("Mensahwaa-Aidoosem said",
"Ruckerfeld said", "MR CHIAW:", "DR TUAN:"), titles to drop ("Dr.", "Dr", "Prof.", "Adv.", "Coun.",
"Cllr", "Datuk", "Datuk Seri", "Magistrate", "Superintendent", "Prosecutor", "Lead author",
"Co-author", "League president") and name parts to keep ("Mohd", "Che", "Abdul", an initial "J.").
The splits are hard on purpose: abbreviations that END a sentence ("2 p.m." before "Buyers", "Buying
Co." before "A manager", "9:30 p.m." before "Of the 41", "Feb. 1." before "The district", "(Pty)
Ltd." before "The company's sole director", "Man." before "Email her", "Pte Ltd." before "Co. Regn.
No.", "Ltd 2026." before "Registered in Scotland No.", "Sdn. Bhd. (109437-X)." before "All Rights
Reserved.", "etc." before "Nobody", the one-word answer "MR CHIAW: No." before "The March incident")
and abbreviations that do not ("Dr. Efua", "Dr. Marisol", "Prof. Rameshwar", "Adv. Refilwe", "Coun.
Desmond", "Kg. Lubok Setol", "Burtonwick St. would", "Main St., which", "Main St. to", "No. 18",
"No. 9.", "Case No. SCCC", "R.J. Kettleborne", "Kieran J. Ardouch", "T. Ebbrington and L.
Sandercombe", initials in the goal and best lists, "Ltd., two people", "Ltd. and", "Ltd., have",
"U.S. firm", "i.e.", "e.g.", "vs.", "approx.", "et al." in the journal reference, "Dec. 31, 2020,",
"Dec. 4,", "5 a.m. and"), decimals and scores ("12.9 (81) to 10.14 (74)", "kicked 1.5 in the final
term.", "GH¢3,228.75", "S$148.6 million", "(95% CI 1.6–3.4)", "52.1% vs. 31.7%", "86.8 MW", "14.5
hours"), times ("5.42am", "2.51pm.", "1.50pm.", "6.30am.", "9.30am."), quotes with "?" or "!" before
their attribution ("...in Oban?” asked ...", "...two months late!” said ...", "...to my waist!” said
...", "...the tanks herself?” he asked.", "...walk to work in January?” asked ...") and quotes split
after their first sentence ("“Ministers promised two new ships by 2025." / "Where are they?” she
asked.", "“Did I think we'd get another shot?" / "Honestly, no,” he said.", "“We are not against wind
energy." / "We are against this site!” she said.", "“My sister has worked in that office for 19
years." / "She did nothing wrong!” said ..."). Each page carries its own furniture at the head, in
the middle and at the tail, worded its own way. The pages hold 520 sentences: 216 "B", 159 "W" and
145 ""; 190 sentences carry a speaker (73 distinct speakers). `STYLES` describes each page, its
story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-four as a held-out set, before any rule was tuned
on it and without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief); `/tmp/sets`
was listed at the start, when it was empty, and again at the end, when it also held other
helpers' `labelled_heldout73.py`, `labelled_new105.py`, `labelled_new106.py` and
`labelled_new108.py`, seen as names only and never opened; the module docstrings of `labelled_new.py` and
`labelled_new2.py` (printed whole with `ast.get_docstring`); from `labelled_new103.py` and
`labelled_new104.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each: the script cut each `STYLES`
list to its first 3,000 characters; the output was printed once (the tool cut its middle, so of the
two `STYLES` prefixes only the opening of `labelled_new103.py`'s and the end of
`labelled_new104.py`'s were seen, with the docstring of `labelled_new103.py` and the pages and cases
of `labelled_new104.py`), then saved to a scratch file whose section markers were listed with `grep
-n` (cut to 60 characters) and whose middle (the two pages and eight cases of `labelled_new103.py`
and the docstring of `labelled_new104.py`) was printed with `sed`; the rest of both `STYLES` lists
was never read;
`def build` in `tests/text/labelled_articles.py` (its line number by `grep -n`, then a `sed` range); and
the `[tool.ruff]` tables of `pyproject.toml` (a `grep -n -A25`). No other page, case or docstring of
any file under `tests/` was read. What was run: Python one-liners printing the calendars of
September, November and December 2026 to check weekdays; `du -sh` of `tests/` (the size only); a
listing of the project's `.venv/bin` filtered for ruff; scripts of my own in a scratch folder that
turn a small line format (flag, speaker, cue and text separated by a section sign, one line a
paragraph unless it starts with "+", aliases for speakers) into the literals below, apply renames,
cut the split cases out of the pages, and count sentences, flags and speakers; whole-word,
case-insensitive per-word file counts (`grep -rilwF --include='*.py' -- WORD tests | wc -l`) over
`tests/` for every capitalised word of these pages, of `STYLES` and of this docstring (each part of a
hyphenated name on its own) and for every candidate replacement; an import of this file with
`build` (its few lines copied into my script) on every page and a check of four string fields,
flags, no "B" with a speaker, a cue for every speaker and a speaker for every cue, each cue in its
sentence or in the quote it continues, 30 distinct case ids, every case text in a built page and
equal to its sentences joined by single spaces, each expected sentence one labelled sentence, and
the counts above; and `ruff format` and `ruff check` on this file with `--config` pointing at the
project's `pyproject.toml` (the check also through `--stdin-filename
tests/text/labelled_heldout74.py` so the per-file ignores for `tests/**` apply). Only counts were
read from the word searches, never the matched lines or file names; they ran through every file
under `tests/`, including ones this set must not open. The first draft's coined people, outlets,
firms, teams, places and streets hit about eighty words of other files (surnames and given names of
every country, such as Achterberg, Lyle, Antwiwaa, Nyarko, Sarpongmaa, Bekoe, Dodoo, Tetteh, Dube,
Mkhize, Vosloo, Tiernan, Kilbane, Brenchley, Whaanga, Whyte, Rennie, Mokgatlhe, Tormod,
Tavish, Marlee, Renske, Jignesh, Farzana, Nalubega, Norhafizah, Kirsteen, Sadhbh and Fiachra, and
coined outlet, place and firm words such as Semenanjung, Tanjong, Orchid, Kildonan, Algoa,
Murrindale, Ridgecombe, Ostrander, Kilbrannock, Pettibrook, Linwood and Struthan); each was renamed,
and well over a hundred candidate replacements hit as well and were dropped; only replacements with no hit
were kept. What still hits is real places and regions (Argyll, Oban, Glasgow, Tobermory, Rotterdam,
Accra, Abidjan, Togo, Côte d'Ivoire, Sefwi, Bishan, Paya Lebar, Woodlands, Jurong, Bidadari,
Kampala, Masaka, Brussels, Sudan, Morocco, Kelantan, Terengganu, Pahang, Kota Bharu, Pasir Mas,
Tanah Merah, Kuala Krai, Sungai Golok, Ohio, Victoria, Ahmedabad, Gujarat, Pune, Gqeberha, Walmer,
Winnipeg, St. Boniface, Clare, Plenty, Wellington and the like), common given names kept on purpose
(Iain, Morag, Eilidh, Efua, Kofi, Kojo, Adwoa, Yaw, Nii, Siti, Marisol, Anneliese, Darnell, Corinne,
Tobias, Bernadette, Fergus, Kieran, Ashby, Rhonda, Refilwe, Marguerite, Desmond, Tadhg, Glenys, Mei),
common words and outlet words (Record, Times, Herald, Courant, Courier, Express, Dispatch, Sentinel,
Examiner, Notes, Crest, Alder, Robusta, Ruckman, Medal and the like) and tokens, titles and
abbreviations kept or dropped on purpose (GH, CFA, RM, Shs, MW, MYT, GMT, IST, ET, KM, CI, NPA,
MSP, MP, ED, Datuk, Seri, Mohd, Che, Abdul, Kg, Dr, Prof, Adv, Coun, Cllr, Mr, Ltd, Pty, Pte, Sdn,
Bhd, Pvt, Co, Inc, Rd, St, Reg, Regn, No).

Every person, outlet, wire agency, ferry company, shop, union, co-operative, exporter, bank,
securities house, rail operator, station, line, school, district, association, team, league,
ground, medal, institute, journal, municipality, firm, residents' group, federation, newsletter,
hospital and figure is invented. Real countries, regions, cities and institutions appear only as
settings: those listed above, the European Union, Clare County Council, the Gqeberha Specialised
Commercial Crimes Court, the NPA, the Official Information Act, and a salt commissioner's office.
Facebook, X, WhatsApp, LinkedIn and Telegram appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, byline, date, share line, caption, credit, button row, list
item, scoreboard line, time stamp, comment line and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points the
recent sets state hold too: furniture "B" line by line, whatever it says; a caption by its content
and its credit "B"; headlines and standfirsts never split and flagged by content, a headline or
standfirst with "says"/"finds"/"show" carrying the source as the story first names it in full; a
dateline belongs to its lead sentence; a pronoun, a later surname or a prefix resolved to the full
name as first given, without titles; an organisation's later generic noun kept as written ("The
municipality", "the paper", "the figures"); "it said" resolved to the organisation as first given;
"according to X" with X as written; a quote over several sentences carrying its speaker and cue in
each; a named person acting without a verb of saying carries no speaker; sport data lines "" and a
box's title "B"; a journal reference line one "B" sentence; the wire credits line one "B" sentence;
live-blog time stamps, entry bylines and "Load more" "B".

Conventions this set had to settle, in the same spirit:

* Press-conference transcript: "MODERATOR:" turns carry no speaker and are ""; reporters' turns
  ("QUESTION (outlet):") carry no speaker unless they cite a source ("Commuters told us ...", "W";
  "The transport regulator said ... it would investigate", ""); answers carry the official with the
  prefix as written as cue ("MR CHIAW YIONG LIAP:" first, then "MR CHIAW:"; "DR TUAN MEI SHUEN:",
  then "DR TUAN:"), every sentence of the turn; a one-word denial ("MR CHIAW: No.") is a sentence
  of its own and "W", as it answers a checkable question; a rhetorical question in an answer ("Could
  we have done it faster?") is "" with the speaker; the introduction of record is "W" with no
  speaker and the "edited for length and clarity" note "B".
* Q&A interview with "Q:" and "A:": every answer sentence carries the interviewee with cue "A:";
  questions carry no speaker unless they cite a source ("Exporters say ...", a forecast "";
  "Government figures show ...", "W"); the closing "was speaking to" line is "B".
* Opinion column: the columnist's own sentences carry no speaker; her figures of record are "W"
  (a vote, fares, a count of increases in the standfirst), her commute, opinions, questions, a
  conditional and her call to council ""; "He told me" carries the councillor; "A 2025 report for
  ... found" carries the report as written; the disclaimer and author bio are "B".
* Newsletter post: the platform's furniture (Subscribe, Sign in, reaction rows, the subscribe block,
  e-mail field, Discover more, subscriber count, comment tabs and comments, the platform footer) is
  "B"; the writer's greeting and promises are ""; numbered points ("1. Noise: ...") are one sentence
  each, labelled by content ("W" for planning conditions); "despite the transport authority saying"
  carries "the transport authority" with cue "saying".
* Live blog: a "Key developments" box's points are labelled by content like story sentences; an
  entry headline with "says" carries the chairman the entry names; a video entry's title is "" and
  its player line "B"; "Datuk" and "Datuk Seri" are titles and go, "Mohd", "Che" and "Abdul" are
  parts of the name and stay.
* Court report: "the state told the ... court" carries "the state"; the prosecutor "told the court"
  and "said" (invoices, prices and a family tie "W"; her plan to call witnesses ""); the defence
  "argued" ("") and "asked" ("") and "said" (delivery notes "W"); the magistrate "remarked" (a count
  of postponements of record, "W") and "said" (""); "The municipality said in a statement" and "It
  said" are kept as "The municipality".
* Sport: the scoreboard title "B"; quarter-by-quarter lines, goals and best lists "" and never split
  at a decimal score or an initial; a medal winner named without a verb of saying has no speaker.
* Science: "a study by X has found" carries "a study by X" as written, as does the headline's "study
  finds"; "the paper says" and "the authors note" are kept as written; "He added" is a cue.
* Private people's own lives (a mother's missed appointments, a villager's years in her village, a
  salt worker's water tanker, a patient's night on a trolley, a rider's question) are "", while their
  checkable claims about public things are "W" (a distance to a school, a monthly pass price, a
  sister's years in a public office).
* A quote split after its first sentence carries, in that first sentence, the cue of the
  attribution that follows ("asked" or "said").

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two to
five consecutive sentences of one paragraph of these pages joined by single spaces: what a reviewer
wants, not what the engine does.
"""

STYLES = [
    'Scottish REGIONAL DAILY\'s islands page pasted whole from a desktop browser (Tornsay, Argyll): a cracked gearbox casing stops the island\'s only ferry for at least 11 days and the relief ship fails a safety check: a standfirst with "Operator says" carrying the ferry company as first named in the lead; the company\'s spokeswoman (davits "W", an apology and a quote line "", delivery dates "W") through a "she said" chain; census figures through according to; the company\'s own figures "show"; a postmistress named after her quoted question; the islands\' councillor (charter boats "W", an exclamation ""); the island shop as a firm with "it said" (a forecast ""); the area\'s MSP (an opinion "", a fleet age "W", a quote ending in a question) (privacy notice with button row, masthead, date and account line, menu, section label with ">", headline, standfirst, byline and role, Published/Updated line, share strip, caption "" and picture credit, ADVERTISEMENT, a Read more link, a newsletter block and button, comments chrome with a comment, a numbered Most Read list, copyright split before "Registered in Scotland No.", footer links)',
    'Ghanaian WIRE COPY on a news agency\'s own site (Accra), the cocoa regulator raises the farmgate price 18%: a headline with "GH¢3,228.75"; an "ACCRA, Nov 30 (KPA) —" dateline lead carrying the authority as first named; a later "the authority" sentence with no speaker; the deputy chief executive with "Dr." (the price share "W", a quote "", a smuggling estimate "W", a forecast ""); a buying-rules notice ending "2 p.m." before a rule "W" with a surname cue; two unnamed sources who "told KPA" and a bank that "declined to comment"; "Asamankwa Produce Buying Co." ending a sentence before a depot manager (depots "W", a quote ""); a growers\' union secretary named after an exclamation quote, then "He said" (credit sales "W") and a quote ""; an analyst in Accra (a hedge "" and a gap "W"); futures prices; authority data through according to; a neighbour\'s price (agency masthead in capitals, menu with middle dots, section label, headline, two-name byline, read-time and date line with "AM GMT", share line, the credits line in brackets as one "B" sentence, a standards line, Related coverage list, copyright split at "Ltd." before "All rights reserved.", footer links)',
    'Singaporean NEWS SITE\'s PRESS-CONFERENCE TRANSCRIPT (Bishan), a rail operator\'s chief and engineering head after a nine-hour shutdown of 11 stations: an intro paragraph of record with no speaker and an "edited for length and clarity" note "B"; "MODERATOR:" turns with no speaker; questions prefixed "QUESTION (outlet):" with no speaker, one citing what commuters "told us" and one what the transport regulator "said"; the chief executive\'s answers with the prefix as cue ("MR CHIAW YIONG LIAP:" then "MR CHIAW:"), times with "am/pm" ending sentences ("2.51pm." before an apology), a one-word "No." answer before a sentence with "i.e.", a rhetorical question ""; the engineering head\'s answers ("DR TUAN MEI SHUEN:" then "DR TUAN:"), bus contract "W", a plan "" (masthead, menu with pipes, section label, headline, Updated line, gift button, two Read more links, a WhatsApp line, copyright with "Pte Ltd." and a "Co. Regn. No." line, footer links)',
    'Ugandan WEEKLY\'s Q&A INTERVIEW (Masaka), a coffee co-operative\'s chairperson on new European rules that demand maps of every farm: a headline quote with "says" carrying her; an intro of record (export earnings, the rules\' date, the union\'s size) with no speaker and a scene sentence ""; an "edited for length" note "B"; "Q:" turns with no speaker, one citing what exporters "say" (a forecast "") and one what government figures "show" ("W"); answers carrying the chairperson with cue "A:" (purchases, prices, mapped farms, phones and a ministry promise "W"; opinions, a rhetorical question, a hope and advice ""), with "i.e." and "Dec. 31, 2020," mid-sentence, "etc." ending a sentence before "Nobody", two "Ltd." inside one sentence, "U.S. firm" and "Dec. 12?" ending a question (masthead, menu, section label, byline, date line, Listen line, the closing "was speaking to" line, RELATED list, an e-paper prompt and button, a publisher line with "Ltd.," and "Rd," inside it)',
    'Malaysian ENGLISH DAILY\'s LIVE BLOG (Kelantan), floods with 41,200 evacuees: a "Key developments" box whose points are labelled by content (counts "W", an alert "W", advice ""); time stamps "5.48pm" to "11.40am" and entry bylines "B"; entry headlines labelled by content, one with "says" carrying the committee chairman; a police chief with "Datuk" dropped (a boy\'s death with "Kg." mid-sentence "W", a "He said" follow-up "W"); the state committee chairman with "Datuk" dropped and "Mohd" kept (relief centres "W", a request "", an allocation "W"); a video entry with player chrome; the weather service (an extension "W" and a could-hedge "" with "it said"); the state public works department with two "it said" sentences (a closure "W" ending "1.50pm.", advice ""); a villager named after her exclamation quote, then "She said" and a question ""; a minister with "Datuk Seri" dropped (aid of record "W", a quote ""); a dashboard through according to (masthead, menu with pipes, LIVE label, headline, two-name byline, Last updated line, auto-refresh line, Key developments label, Load more, a Telegram prompt, copyright with "Sdn. Bhd. (109437-X)." before "All Rights Reserved.")',
    'United States LOCAL NEWS on a county daily\'s site (Harlanford, Ohio), a school board votes 3-2 to close an elementary school: a standfirst with "district says" carrying the district as first named; a "HARLANFORD, Ohio —" dateline lead; the superintendent with "Dr." and "Burtonwick St. would" mid-sentence (savings "W", repairs "W" through her and a study, a surname-cued quote split after "closed." ""); the vote roll with "R.J." initials and no speaker; "9:30 p.m." ending a sentence before "Of the 41"; a parent named after her quoted question, then "She said" (a distance "W"); the teachers\' union president (reassignments "W", an exclamation ""); a board member cued by surname (a sale never priced with "Main St., which" "W", a quote ""); the building\'s capacity "W" and a boundary vote ""; the district spokeswoman (plans "" with "Feb. 1." before "The district"); state enrollment data through according to (masthead, subscribe line, menu with pipes, section label, headline, standfirst, byline and outlet lines, Published/Updated line with "p.m. ET" and "a.m. ET", share strip, caption "" and photo credit with a slash, Advertisement, a newsletter line, a contact line with an e-mail and a phone number, a follow line, a copyright line with "Inc. company." and a reproduction line, footer links)',
    'Australian SPORT report on a country weekly\'s site (northern Victoria), a football league grand final won by seven points: a lead with "12.9 (81) to 10.14 (74)" and a crowd figure "W"; "1.5 in the final term." ending a sentence; the winning coach named after an exclamation quote, then "She said" (a training account "") and a surname-cued quote; the captain (past grand finals "W", a quote split after an opening question ""); a best-on-ground medal with "Kieran J. Ardouch" "W"; the losing coach (an opinion, a quote "", injured defenders with the initials "T." and "L." "W"); the league president (gate takings "W"); the netball and reserves results; a SCOREBOARD box (its title "B", quarter-by-quarter lines with decimals, goals and best lines with initials, all "") (masthead, menu, section label with "›", headline, byline, date line with "Updated", share line, caption "" and picture credit, a More sport list, a subscription line, copyright with "Pty Ltd" and an "ACN" line, footer links)',
    'Indian English DAILY\'s HEALTH page (Ahmedabad), a SCIENCE AND HEALTH study of kidney injury in salt-pan workers of the Little Rann of Kutch: a headline with "study finds" and a standfirst ""; a lead through "a study by ... has found"; the researchers acting with no speaker; the lead author with "Dr." (shares "W", a quote "" continued by a median age "W", a "She said" finding "W"); "the paper says" with "(95% CI 1.6–3.4)" and again for the funding; a comparison with "vs." and no speaker; "the authors note" with "approx." and "i.e."; a co-author with "Prof." (follow-up "W", a causal claim "W", an "added" hedge ""); an outside researcher with "Dr." (an opinion "" and a continued quote ""); the state labour department\'s spokesperson who did not respond; an estimate through according to; a worker named after his exclamation quote with "5 a.m." mid-quote, then "He said" ""; the journal reference as one "B" sentence with "et al." (masthead, e-paper line, menu, section label, headline, standfirst, byline, dateline and Updated line with IST, follow line, caption "" and photo credit, an Also Read list, a newsletter line, copyright line and footer links)',
    'South African COURT REPORT on a regional daily\'s site (Gqeberha), a former municipal supply chain manager\'s fraud trial over R18.4m for water tanks never delivered: a headline quoting the charge with no cue; a lead with "the state told the ... court" carrying "the state"; the charges with "Case No. SCCC 14/418/2025." and a plea of record; the prosecutor with "Adv." dropped (invoices with "(Pty) Ltd. between" mid-sentence "W", a unit price "W"); "(Pty) Ltd." ending a sentence before "The company\'s sole director", cued by her surname, and her plan to call witnesses ""; the defence attorney who "argued" ("") and "asked" a question (""), then "He said" (delivery notes "W"); the magistrate who "remarked" (postponements of record "W") and "said" (""); the regional NPA spokesperson (a preservation order "W", values "W"); the accused\'s sister named after a two-sentence quote (tenure "W", a plea ""); "The municipality said in a statement" and "It said" kept as written; bail of record and a trial date "" ending "9.30am." (masthead, trending strip with pipes, section label, headline, byline and role, date line, share line, caption "" and image credit in capitals, Related articles list, newsletter line, copyright with "(Pty) Ltd." and a "Reg. No." line, footer links)',
    'Canadian OPINION COLUMN on a city daily\'s site (Winnipeg), a columnist against a third bus-fare increase: a headline "" and a standfirst with a count "W"; the columnist\'s own experience with "No. 18" and "Main St. to" (""); a committee vote with "$3.15 to $3.45 on Feb. 1," "W"; a conditional "" and a past fare "W"; ridership reports that "show"; opinions ""; the committee chair named after his quote ("Coun." dropped, ""), then "He told me" (a revenue projection ""); a report that "found" ("W"); "e.g." mid-sentence; a rider named after her quoted question; a question and a fragment ""; a closing call ""; an author bio ending "Man." before "Email her" (masthead, account line, menu, OPINION label, byline and role, Published line, a two-sentence disclaimer, a letters prompt, comments-closed line, a Related list, copyright with "Inc." mid-line and a reproduction line, footer links)',
    'Irish NEWSLETTER POST on a subscription platform (north Clare), a local writer on a planning board\'s approval of 14 wind turbines against the county council\'s refusal: a headline "W" and a subtitle ""; a greeting ""; the decision, its length and the board\'s 5-2 vote "W" with no speaker; the developer\'s claim with "Ltd. says" mid-sentence ("W"), its spokesperson who "told me" (a quote "") and then "She said" (a could-hedge ""); a benefit fund of record "W"; the residents\' group spokeswoman (a plan "", money raised "W", a two-sentence quote split after "energy." ""); a councillor named after his quote ("Cllr" dropped, ""); the writer\'s own reading of the decision with three numbered points ("1." to "3.", conditions "W"), "approx. 640 metres" and "turbine No. 9." ending a sentence; a bus item citing what the transport authority said ("W") and a library vote "" (newsletter name, Subscribe and Sign in lines, author and date lines, a reaction row, a subscribe block of two sentences, an e-mail field and button, a second reaction row, Discover more block, comment chrome with a comment, a platform footer)',
    'New Zealand public BROADCASTER\'s HEALTH story (Tauranga), emergency department waits: a headline "figures show" carrying the figures as the lead writes them; the lead through "figures released under the Official Information Act show", then "the figures show"; a national target "W"; the regional director with "Dr" (beds "W", a quote "W", a plan "", a question quote "" and a continued quote ""); a nurses\' union delegate named after her exclamation quote, then "She said" (vacancies "W"); a patient (private life "") with a two-sentence quote ending "6.30am." before "Nobody" and a letter to her MP ""; the minister\'s office through "A spokesperson for the Health Minister" and "The spokesperson said" (funding "W", an expectation ""); an annual report through according to; a population change "W" (masthead, menu, section label, headline, byline and role, date line, share line, listen line and duration, caption "" and photo credit, a Related stories list, an app prompt, an address footer with "Ltd," and a links row)',
]

ARTICLES = [
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Your privacy choices", "", "", "B"),
        ],
        [
            (
                "We and our 143 partners store and read information on your device, such as cookies, to measure audiences and to personalise ads and content.",
                "",
                "",
                "B",
            ),
            (
                "You can change your mind at any time through the Privacy link at the foot of every page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ACCEPT ALL    REJECT ALL    MANAGE OPTIONS", "", "", "B"),
        ],
        [
            ("THE SKERRIVOE RECORD", "", "", "B"),
        ],
        [
            ("Sunday 29 November 2026 | Subscribe | Sign in", "", "", "B"),
        ],
        [
            (
                "News  Islands  Highlands  Business  Sport  Farming  Opinion  Jobs  Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Islands > Argyll", "", "", "B"),
        ],
        [
            (
                "Tornsay cut off for at least 11 days after ferry gearbox cracks and relief ship fails inspection",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operator says the MV Glenrossach cannot sail before December 9 while a new casing is cast in Rotterdam",
                "Hebrivane Ferry Services Ltd",
                "says",
                "W",
            ),
        ],
        [
            ("By Eilidh Marrachan", "", "", "B"),
        ],
        [
            ("Islands Correspondent", "", "", "B"),
        ],
        [
            ("Published: 07:12, 29 Nov 2026 | Updated: 09:40, 29 Nov 2026", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  Email", "", "", "B"),
        ],
        [
            (
                "The MV Glenrossach tied up at Kilbreacan pier on Saturday morning, her car deck closed.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Torcail Vaskill / Skerrivoe Record", "", "", "B"),
        ],
        [
            (
                "Tornsay's only ferry link with the mainland has been suspended until at least December 9 after engineers found a crack in the gearbox casing of the MV Glenrossach, Hebrivane Ferry Services Ltd said on Saturday.",
                "Hebrivane Ferry Services Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "The 38-year-old vessel is the only ship in the company's fleet that can berth at Kilbreacan, where the pier was lengthened for her in 1994.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A spokeswoman for the company said the relief ferry, the MV Sulaval, had failed a safety inspection in Oban on Friday because two of her four lifeboat davits were corroded.",
                "A spokeswoman for the company",
                "said",
                "W",
            ),
            (
                "“We know how hard this is for islanders, and we are sorry,” she said.",
                "A spokeswoman for the company",
                "said",
                "",
            ),
            (
                "“Our engineers are working round the clock.”",
                "A spokeswoman for the company",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the new casing would be flown from Rotterdam to Glasgow on December 7 and fitted over the following two days.",
                "A spokeswoman for the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tornsay, 14 miles off the Argyll coast, had 1,906 residents in 2022, according to census figures.",
                "census figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“How am I supposed to get my mother to her chemotherapy in Oban?” asked Morag Cullaveen, who runs the post office at Baile Ghreusaich.",
                "Morag Cullaveen",
                "asked",
                "",
            ),
            (
                "She said her mother, who is 81, had already missed two appointments.",
                "Morag Cullaveen",
                "said",
                "",
            ),
        ],
        [
            (
                "The Glenrossach missed 71 of her 1,404 scheduled sailings in the year to the end of March, or 5.1 per cent, the company's own figures show.",
                "the company's own figures",
                "show",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Read more: Tornsay school roll falls to 62 as young families move to the mainland",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The islands' councillor, Iain Drummask, said the council had chartered two fishing boats to carry up to 12 passengers each on Tuesdays and Fridays, starting on December 1.",
                "Iain Drummask",
                "said",
                "W",
            ),
            ("“It's a sticking plaster, nothing more!” he said.", "Iain Drummask", "said", ""),
            ("“People have a right to a ferry that turns up.”", "Iain Drummask", "said", ""),
        ],
        [
            (
                "Tornsay Community Stores, the island's only shop, said fresh milk and bread had run out on Friday afternoon.",
                "Tornsay Community Stores",
                "said",
                "W",
            ),
            (
                "A delivery by fishing boat was expected on Tuesday, it said.",
                "Tornsay Community Stores",
                "said",
                "",
            ),
        ],
        [
            (
                "It is the third time since 2023 that the island has gone more than a week without a scheduled sailing.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lileas Vallachie, the MSP for the area, said the breakdown showed the fleet was too old to be relied on.",
                "Lileas Vallachie",
                "said",
                "",
            ),
            (
                "She said the average age of the company's nine ships was 31 years.",
                "Lileas Vallachie",
                "said",
                "W",
            ),
            ("“Ministers promised two new ships by 2025.", "Lileas Vallachie", "asked", "W"),
            ("Where are they?” she asked.", "Lileas Vallachie", "asked", ""),
        ],
        [
            (
                "Get the Islands Bulletin every Friday: ferry news, council decisions and what's on, straight to your inbox.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign me up", "", "", "B"),
        ],
        [
            ("Comments (48)", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take a while to appear.", "", "", "B"),
            ("Please read our house rules before posting.", "", "", "B"),
        ],
        [
            ("calum_on_the_hill · 3 hours ago", "", "", "B"),
        ],
        [
            ("Same story every winter.", "", "", "B"),
            ("Who signs these ships off as fit to sail?", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Police appeal after car found in harbour at Tobermory", "", "", "B"),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            ("Distillery plan for old creamery approved", "", "", "B"),
        ],
        [
            ("3", "", "", "B"),
        ],
        [
            ("Weather warning for snow on the A82", "", "", "B"),
        ],
        [
            ("© Skerrivoe Media Ltd 2026.", "", "", "B"),
            ("Registered in Scotland No. SC417702.", "", "", "B"),
        ],
        [
            ("About us | Contact | Advertise | Terms | Privacy | Cookie settings", "", "", "B"),
        ],
    ],
    [
        [
            ("KWAHUMAN PRESS AGENCY", "", "", "B"),
        ],
        [
            (
                "Home · Africa · Ghana · Markets · Commodities · Politics · Sport · Pictures",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Commodities", "", "", "B"),
        ],
        [
            (
                "Ghana raises cocoa farmgate price 18% to GH¢3,228.75 a bag for 2026/27 main crop",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Adwoa Agyapomaa-Owusuwaa and Kojo Ansahwiredu", "", "", "B"),
        ],
        [
            ("4 MIN READ · Nov 30, 2026 · 11:24 AM GMT", "", "", "B"),
        ],
        [
            ("Share this story: Facebook · X · LinkedIn · Email", "", "", "B"),
        ],
        [
            (
                "ACCRA, Nov 30 (KPA) — Ghana will pay cocoa farmers GH¢3,228.75 per 64-kg bag for the 2026/27 main crop, up 18% from last season, the Cocoa Marketing Authority said on Monday.",
                "the Cocoa Marketing Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The new price takes effect on Dec. 4, two months later than usual, after the authority held back the announcement while it negotiated a loan to buy the crop.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy Chief Executive Dr. Efua Mensahwaa-Aidoosem told reporters in Accra that the price equalled 72.4% of the expected net export price, above the 70% floor the authority had promised growers.",
                "Efua Mensahwaa-Aidoosem",
                "told reporters",
                "W",
            ),
            (
                "“We want every farmer to know that smuggling is no longer worth the risk,” she said.",
                "Efua Mensahwaa-Aidoosem",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the authority believed about 60,000 tonnes of beans had been smuggled into Côte d'Ivoire and Togo last season.",
                "Efua Mensahwaa-Aidoosem",
                "said",
                "W",
            ),
            (
                "The authority expects to buy 610,000 tonnes this season, she said.",
                "Efua Mensahwaa-Aidoosem",
                "said",
                "",
            ),
        ],
        [
            (
                "The authority will publish new buying rules for licensed companies on Thursday at 2 p.m.",
                "",
                "",
                "",
            ),
            (
                "Buyers who pay farmers less than the official price will lose their licences, Mensahwaa-Aidoosem said.",
                "Efua Mensahwaa-Aidoosem",
                "said",
                "W",
            ),
        ],
        [
            (
                "The $1.4 billion loan was arranged by 11 banks led by Abrantie Merchant Bank Ltd., two people with knowledge of the deal told KPA.",
                "two people with knowledge of the deal",
                "told KPA",
                "W",
            ),
            (
                "Abrantie declined to comment.",
                "Abrantie Merchant Bank Ltd.",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "About 30 licensed companies buy beans from farmers on the authority's behalf, the largest of them Asamankwa Produce Buying Co.",
                "",
                "",
                "W",
            ),
            (
                "A manager at the company, Kofi Asiedubea-Nkansahene, said its 412 depots would pay the new price from Dec. 4.",
                "Kofi Asiedubea-Nkansahene",
                "said",
                "W",
            ),
            (
                "“Farmers will be paid on the spot, in cash or by mobile money,” he said.",
                "Kofi Asiedubea-Nkansahene",
                "said",
                "",
            ),
        ],
        [
            (
                "“It is a good price, but it has come two months late!” said Yaw Boakyewaa-Osafohene, general secretary of the Sefwi-Bibiani Cocoa Growers' Union.",
                "Yaw Boakyewaa-Osafohene",
                "said",
                "",
            ),
        ],
        [
            (
                "He said many of the union's 14,000 members had sold beans on credit to middlemen since October at about GH¢2,400 a bag.",
                "Yaw Boakyewaa-Osafohene",
                "said",
                "W",
            ),
            (
                "“Those farmers will not see a pesewa of this increase,” he said.",
                "Yaw Boakyewaa-Osafohene",
                "said",
                "",
            ),
        ],
        [
            (
                "Nii Armah Quaynorley, head of research at Osekrom Capital in Accra, said the higher price could slow smuggling but would widen the authority's funding gap.",
                "Nii Armah Quaynorley",
                "said",
                "",
            ),
            (
                "He put the gap at about GH¢5.2 billion for the season.",
                "Nii Armah Quaynorley",
                "put",
                "W",
            ),
        ],
        [
            (
                "New York cocoa futures for March delivery settled at $6,812 a tonne on Friday, down 3.1% for the week.",
                "",
                "",
                "W",
            ),
            ("London futures fell 2.6% to £4,905 a tonne.", "", "", "W"),
        ],
        [
            (
                "Ghana's output fell to about 540,000 tonnes in 2025/26, its lowest in more than 20 years, because of swollen shoot disease, illegal gold mining on farmland and dry weather, according to authority data.",
                "authority data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Neighbouring Côte d'Ivoire, the world's biggest grower, raised its farmgate price to 2,950 CFA francs a kilogram in October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Adwoa Agyapomaa-Owusuwaa and Kojo Ansahwiredu in Accra; additional reporting by Selikem Quansahfio in Abidjan; editing by Ofeibea Dzikunoo)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Standards: The KPA Trust Principles.", "", "", "B"),
        ],
        [
            ("Related coverage", "", "", "B"),
        ],
        [
            (
                "Ivory Coast cocoa arrivals down 14% so far this season, exporters estimate",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Gold miners face drone patrols on cocoa land in Western North", "", "", "B"),
        ],
        [
            ("© 2026 Kwahuman Press Agency Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use · Privacy · Corrections · Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MEIYUN COURANT", "", "", "B"),
        ],
        [
            ("Singapore | Asia | World | Business | Tech | Opinion | Life | Podcasts", "", "", "B"),
        ],
        [
            ("SINGAPORE", "", "", "B"),
        ],
        [
            (
                "Transcript: Rail operator's chief on the nine-hour Serimbun Line shutdown",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Updated Dec 4, 2026, 08:15 PM", "", "", "B"),
        ],
        [
            ("Gift this article", "", "", "B"),
        ],
        [
            (
                "The Tembiran Rapid Transit Corporation (TRTC) held a press conference at its Bishan depot on Friday afternoon, a day after a signalling fault shut 11 stations on the Serimbun Line for nine hours.",
                "",
                "",
                "W",
            ),
            ("The transcript below has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("MODERATOR: Good afternoon, and thank you for coming at short notice.", "", "", ""),
            ("Mr Chiaw will make a statement and then we will take questions.", "", "", ""),
        ],
        [
            (
                "MR CHIAW YIONG LIAP: At 5.42am on Thursday, a power supply unit in the signalling equipment room at Calladine station failed.",
                "Chiaw Yiong Liap",
                "MR CHIAW YIONG LIAP:",
                "W",
            ),
            (
                "The backup unit did not switch on, and every train on the line stopped where it was.",
                "Chiaw Yiong Liap",
                "MR CHIAW YIONG LIAP:",
                "W",
            ),
            (
                "We walked 2,300 passengers out of 14 trains along the tunnel walkways, and service resumed at 2.51pm.",
                "Chiaw Yiong Liap",
                "MR CHIAW YIONG LIAP:",
                "W",
            ),
            (
                "I apologise to every commuter who was affected.",
                "Chiaw Yiong Liap",
                "MR CHIAW YIONG LIAP:",
                "",
            ),
            (
                "About 186,000 journeys were disrupted, and we ran 240 bridging buses at the peak.",
                "Chiaw Yiong Liap",
                "MR CHIAW YIONG LIAP:",
                "W",
            ),
        ],
        [
            (
                "QUESTION (Meiyun Courant): Why did it take nine hours to fix one power unit?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "MR CHIAW: The unit itself was replaced by 9.10am.",
                "Chiaw Yiong Liap",
                "MR CHIAW:",
                "W",
            ),
            (
                "After that, the system had to be reset station by station, and each reset takes about 25 minutes.",
                "Chiaw Yiong Liap",
                "MR CHIAW:",
                "W",
            ),
            ("Could we have done it faster?", "Chiaw Yiong Liap", "MR CHIAW:", ""),
            (
                "I believe so, and the review will tell us why we did not.",
                "Chiaw Yiong Liap",
                "MR CHIAW:",
                "",
            ),
        ],
        [
            (
                "QUESTION (Radio Layar): Commuters told us they waited up to 50 minutes for a bridging bus at Paya Lebar.",
                "Commuters",
                "told us",
                "W",
            ),
            ("Is that acceptable?", "", "", ""),
        ],
        [
            (
                "DR TUAN MEI SHUEN: It is not, and I want to be clear about that.",
                "Tuan Mei Shuen",
                "DR TUAN MEI SHUEN:",
                "",
            ),
            (
                "The first 60 buses reached the stations by 6.40am, but the rest came from depots in Woodlands and Jurong and were caught in the morning traffic.",
                "Tuan Mei Shuen",
                "DR TUAN MEI SHUEN:",
                "W",
            ),
            (
                "Our contract with the bus operators requires them to be at a station within 45 minutes of a call.",
                "Tuan Mei Shuen",
                "DR TUAN MEI SHUEN:",
                "W",
            ),
        ],
        [
            (
                "QUESTION (Meiyun Courant): Is this the same fault that stopped the line in March?",
                "",
                "",
                "",
            ),
        ],
        [
            ("MR CHIAW: No.", "Chiaw Yiong Liap", "MR CHIAW:", "W"),
            (
                "The March incident was caused by a broken track circuit near Bidadari, i.e. a different system altogether.",
                "Chiaw Yiong Liap",
                "MR CHIAW:",
                "W",
            ),
            (
                "This unit was installed in 2019 and passed its last inspection on Nov 12.",
                "Chiaw Yiong Liap",
                "MR CHIAW:",
                "W",
            ),
        ],
        [
            ("QUESTION (Suara Tirrima): Will commuters be compensated?", "", "", ""),
        ],
        [
            (
                "MR CHIAW: Everyone who tapped in at an affected station between 5.42am and 2.51pm will have the fare refunded automatically.",
                "Chiaw Yiong Liap",
                "MR CHIAW:",
                "W",
            ),
            ("That comes to about S$310,000.", "Chiaw Yiong Liap", "MR CHIAW:", "W"),
        ],
        [
            (
                "QUESTION (Suara Tirrima): The transport regulator said on Thursday that it would investigate.",
                "the transport regulator",
                "said",
                "",
            ),
            ("Could TRTC be fined?", "", "", ""),
        ],
        [
            ("MR CHIAW: That is for the regulator to decide.", "Chiaw Yiong Liap", "MR CHIAW:", ""),
            (
                "The maximum penalty under our licence is 10 per cent of the line's annual fare revenue, which was S$148.6 million last year.",
                "Chiaw Yiong Liap",
                "MR CHIAW:",
                "W",
            ),
        ],
        [
            ("MODERATOR: We have time for one more question.", "", "", ""),
        ],
        [
            (
                "QUESTION (Radio Layar): Dr Tuan, how old is the signalling system on the Serimbun Line?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "DR TUAN: It was commissioned in 2011, so it is 15 years old.",
                "Tuan Mei Shuen",
                "DR TUAN:",
                "W",
            ),
            (
                "We had planned to replace it from 2029, and we are now looking at whether that can be brought forward.",
                "Tuan Mei Shuen",
                "DR TUAN:",
                "",
            ),
            (
                "The replacement contract was valued at S$1.2 billion when it was tendered in 2024.",
                "Tuan Mei Shuen",
                "DR TUAN:",
                "W",
            ),
        ],
        [
            ("MODERATOR: Thank you, everyone.", "", "", ""),
        ],
        [
            ("Read more: Serimbun Line breakdown: what commuters can claim and how", "", "", "B"),
        ],
        [
            ("Read more: A timeline of major rail disruptions since 2011", "", "", "B"),
        ],
        [
            ("Join our WhatsApp channel for breaking news alerts.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Meiyun Courant Media Pte Ltd.", "", "", "B"),
            ("Co. Regn. No. 201904417K.", "", "", "B"),
        ],
        [
            ("Terms & Conditions | Data Protection Policy | Advertise | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KIGOWA TIMES", "", "", "B"),
        ],
        [
            ("Home   News   Business   Farming   Health   Sports   Opinion   E-Paper", "", "", "B"),
        ],
        [
            ("BUSINESS | INTERVIEW", "", "", "B"),
        ],
        [
            (
                "'We cannot map 8,400 farms in five weeks,' coffee union chief says",
                "Kizzabe Ssentamu-Kigozi",
                "says",
                "",
            ),
        ],
        [
            ("By Kasujja Mwesigwa-Ssewagudde", "", "", "B"),
        ],
        [
            ("Monday, November 23, 2026", "", "", "B"),
        ],
        [
            ("Listen · 6 min", "", "", "B"),
        ],
        [
            (
                "Coffee earned Uganda a record $2.2 billion in the year to September, but from December 30 every bag sold into the European Union must come with proof that it was not grown on land cleared of forest after 2020.",
                "",
                "",
                "W",
            ),
            (
                "The Bukomansimbi-Kalungu Growers' Cooperative Union, chaired by Kizzabe Ssentamu-Kigozi, has 8,400 members.",
                "",
                "",
                "W",
            ),
            ("She spoke to the Times at the union's store in Kyabakuza.", "", "", ""),
        ],
        [
            ("The interview has been edited for length.", "", "", "B"),
        ],
        [
            ("Q: How is the season going so far?", "", "", ""),
        ],
        [
            (
                "A: The beans are good this year, better than last year.",
                "Kizzabe Ssentamu-Kigozi",
                "A:",
                "",
            ),
            (
                "We bought 1,140 tonnes of kiboko between October and mid-November, compared with 860 tonnes over the same weeks last year.",
                "Kizzabe Ssentamu-Kigozi",
                "A:",
                "W",
            ),
            (
                "Farmers are getting Shs8,900 a kilo for kiboko at our store, the most I have seen in 22 years with the union.",
                "Kizzabe Ssentamu-Kigozi",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: What worries you about the new European rules?", "", "", ""),
        ],
        [
            (
                "A: Every plot must have its GPS coordinates, i.e. a map showing where the trees stand, and the buyer must be able to prove that no forest was cleared there after Dec. 31, 2020.",
                "Kizzabe Ssentamu-Kigozi",
                "A:",
                "W",
            ),
            ("So far we have mapped 3,050 farms.", "Kizzabe Ssentamu-Kigozi", "A:", "W"),
            ("We cannot map the other 5,350 in five weeks.", "Kizzabe Ssentamu-Kigozi", "A:", ""),
        ],
        [
            ("Q: Why not?", "", "", ""),
        ],
        [
            (
                "A: We have four phones with the mapping app and two field officers.",
                "Kizzabe Ssentamu-Kigozi",
                "A:",
                "W",
            ),
            (
                "Some farms are up on the hills, two hours' walk from the nearest road, with no network, etc.",
                "Kizzabe Ssentamu-Kigozi",
                "A:",
                "",
            ),
            ("Nobody in Brussels budgeted for that.", "Kizzabe Ssentamu-Kigozi", "A:", ""),
        ],
        [
            (
                "Q: Exporters say they will stop buying from farms that have not been mapped.",
                "Exporters",
                "say",
                "",
            ),
            ("Is that true?", "", "", ""),
        ],
        [
            (
                "A: Two of the three exporters we sell to, Nile Crest Coffee Ltd. and Kabirizi Traders Ltd., have written to us saying so.",
                "Kizzabe Ssentamu-Kigozi",
                "A:",
                "W",
            ),
            (
                "The third, a U.S. firm, buys only about 9% of our coffee.",
                "Kizzabe Ssentamu-Kigozi",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: Government figures show the European Union took 61% of Uganda's coffee exports last year.",
                "Government figures",
                "show",
                "W",
            ),
            ("Can your farmers sell elsewhere?", "", "", ""),
        ],
        [
            ("A: Yes, to Sudan, to India, to Morocco.", "Kizzabe Ssentamu-Kigozi", "A:", ""),
            (
                "But those buyers pay less, maybe Shs1,000 less a kilo.",
                "Kizzabe Ssentamu-Kigozi",
                "A:",
                "",
            ),
            (
                "Why should a farmer who has never cut a tree lose that money?",
                "Kizzabe Ssentamu-Kigozi",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Has the government helped?", "", "", ""),
        ],
        [
            (
                "A: The ministry promised us 40 tablets in August.",
                "Kizzabe Ssentamu-Kigozi",
                "A:",
                "W",
            ),
            ("We have received none.", "Kizzabe Ssentamu-Kigozi", "A:", "W"),
            ("I hope they arrive before Christmas!", "Kizzabe Ssentamu-Kigozi", "A:", ""),
        ],
        [
            ("Q: What will you tell members at the general meeting on Dec. 12?", "", "", ""),
        ],
        [
            (
                "A: Bring your land papers, bring your phone if you have one, and come early.",
                "Kizzabe Ssentamu-Kigozi",
                "A:",
                "",
            ),
            ("We will map as many farms as we can that day.", "Kizzabe Ssentamu-Kigozi", "A:", ""),
        ],
        [
            ("Kizzabe Ssentamu-Kigozi was speaking to Kasujja Mwesigwa-Ssewagudde.", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Robusta prices ease after a record run", "", "", "B"),
        ],
        [
            ("Masaka farmers turn to vanilla as old coffee trees fail", "", "", "B"),
        ],
        [
            ("Read the Kigowa Times e-paper on your phone from Shs500 a day.", "", "", "B"),
        ],
        [
            ("Subscribe now", "", "", "B"),
        ],
        [
            (
                "The Kigowa Times is published by Kigowa Publications Ltd., Plot 14, Nsamizi Rd, Kampala.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE PANTAIMAS HERALD", "", "", "B"),
        ],
        [
            ("Nation | World | Business | Sport | Lifestyle | Opinion | Videos | BM", "", "", "B"),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            (
                "Kelantan floods: 41,200 evacuees in 312 relief centres as Sungai Golok bursts its banks",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Nurfazlina Ismailuddin and Jeevan Ramanathapillai", "", "", "B"),
        ],
        [
            ("Last updated: Tuesday, 01 Dec 2026 5:48 PM MYT", "", "", "B"),
        ],
        [
            ("Auto-refresh is ON", "", "", "B"),
        ],
        [
            ("Key developments", "", "", "B"),
        ],
        [
            (
                "41,200 people from 11,630 families are in 312 relief centres in Kelantan, Terengganu and Pahang.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Five people have died, all of them in Kelantan.", "", "", "W"),
        ],
        [
            (
                "A red alert for continuous rain in Kelantan has been extended to Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Motorists should avoid the Kuala Krai–Gua Musang road.", "", "", ""),
        ],
        [
            ("5.48pm", "", "", "B"),
        ],
        [
            ("Death toll rises to five as boy, 9, found in Pasir Mas", "", "", "W"),
        ],
        [
            (
                "Kelantan police chief Datuk Azrulnizam Hamdanizam said the body of a nine-year-old boy was found at 4.20pm in a drain at Kg. Lubok Setol, Pasir Mas, about 300m from his family's home.",
                "Azrulnizam Hamdanizam",
                "said",
                "W",
            ),
            (
                "He said the boy had been swept away on Monday evening while playing near the drain with two friends, who managed to climb out.",
                "Azrulnizam Hamdanizam",
                "said",
                "W",
            ),
        ],
        [
            ("— Nurfazlina Ismailuddin", "", "", "B"),
        ],
        [
            ("4.55pm", "", "", "B"),
        ],
        [
            (
                "Every relief centre in Kota Bharu is full, says state committee chief",
                "Mohd Faizalruddin Che Hassanal",
                "says",
                "W",
            ),
        ],
        [
            (
                "State disaster management committee chairman Datuk Mohd Faizalruddin Che Hassanal told reporters in Kota Bharu that all 64 relief centres in the city were full and two more schools would open as shelters tonight.",
                "Mohd Faizalruddin Che Hassanal",
                "told reporters",
                "W",
            ),
            (
                "“We are asking families who can stay with relatives to do so,” he said.",
                "Mohd Faizalruddin Che Hassanal",
                "said",
                "",
            ),
            (
                "He said the state had received RM2.5 million from the federal government for food and bedding.",
                "Mohd Faizalruddin Che Hassanal",
                "said",
                "W",
            ),
        ],
        [
            ("— Jeevan Ramanathapillai", "", "", "B"),
        ],
        [
            ("4.10pm", "", "", "B"),
        ],
        [
            ("WATCH: Water reaches the roof of a surau in Kg. Lubok Setol", "", "", ""),
        ],
        [
            ("▶ 1:12", "", "", "B"),
        ],
        [
            ("3.30pm", "", "", "B"),
        ],
        [
            ("Red alert extended to Thursday", "", "", "W"),
        ],
        [
            (
                "The weather service said it had extended its red alert for continuous rain in Kelantan to Thursday.",
                "The weather service",
                "said",
                "W",
            ),
            (
                "Up to 250mm of rain could fall on Jeli and Tanah Merah on Wednesday alone, it said.",
                "The weather service",
                "said",
                "",
            ),
        ],
        [
            ("— Nurfazlina Ismailuddin", "", "", "B"),
        ],
        [
            ("2.45pm", "", "", "B"),
        ],
        [
            ("Landslip closes Kuala Krai–Gua Musang road", "", "", "W"),
        ],
        [
            (
                "The state public works department said the road was closed at KM38 after a landslip at 1.50pm.",
                "The state public works department",
                "said",
                "W",
            ),
            ("No one was hurt, it said.", "The state public works department", "said", "W"),
            (
                "Motorists should use the Jeli route instead, it said.",
                "The state public works department",
                "said",
                "",
            ),
        ],
        [
            ("1.20pm", "", "", "B"),
        ],
        [
            ("‘We left with only the clothes on our backs’", "", "", ""),
        ],
        [
            (
                "“The water came up to my knees in 10 minutes, and then to my waist!” said Siti Rohayatun Abdul Khalidan, 54, at a relief centre in Pasir Mas.",
                "Siti Rohayatun Abdul Khalidan",
                "said",
                "",
            ),
            (
                "She said she had lived in the village for 31 years and had never seen the water rise so fast.",
                "Siti Rohayatun Abdul Khalidan",
                "said",
                "",
            ),
            (
                "“Where do we go when the centre is full?” she asked.",
                "Siti Rohayatun Abdul Khalidan",
                "asked",
                "",
            ),
        ],
        [
            ("— Jeevan Ramanathapillai", "", "", "B"),
        ],
        [
            ("12.05pm", "", "", "B"),
        ],
        [
            ("Minister pledges RM1,000 for every flood-hit household", "", "", "W"),
        ],
        [
            (
                "Rural Development Minister Datuk Seri Hasnulrizal Jamaluddinsyah said every household registered at a relief centre would receive RM1,000 under the federal disaster aid scheme, paid into bank accounts within 14 days.",
                "Hasnulrizal Jamaluddinsyah",
                "said",
                "W",
            ),
            (
                "“No one should have to queue twice for this money,” he said at the Pasir Mas district office.",
                "Hasnulrizal Jamaluddinsyah",
                "said",
                "",
            ),
        ],
        [
            ("11.40am", "", "", "B"),
        ],
        [
            ("Evacuees in Kelantan pass 38,000", "", "", "W"),
        ],
        [
            (
                "The number of evacuees in Kelantan rose to 38,650 at 11am, from 29,410 at 8am, according to the social welfare department's online dashboard.",
                "the social welfare department's online dashboard",
                "according to",
                "W",
            ),
            ("Terengganu had 1,920 evacuees and Pahang 630.", "", "", "W"),
        ],
        [
            ("— Nurfazlina Ismailuddin", "", "", "B"),
        ],
        [
            ("Load more updates", "", "", "B"),
        ],
        [
            ("Follow The Pantaimas Herald on Telegram for flood alerts.", "", "", "B"),
        ],
        [
            ("Copyright © 1996–2026 Pantaimas Herald Sdn. Bhd. (109437-X).", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE HARLANFORD COURIER-PRESS", "", "", "B"),
        ],
        [
            ("Subscribe for $1 | e-Edition | Sign In", "", "", "B"),
        ],
        [
            (
                "News | Sports | Obituaries | Opinion | Business | Things to Do | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Education", "", "", "B"),
        ],
        [
            (
                "Harlanford school board votes 3-2 to close Sorrelwick Elementary in June",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Parents pack meeting as district says closure will save $1.16 million a year",
                "Harlanford City Schools",
                "says",
                "W",
            ),
        ],
        [
            ("Ottaline Rawnsley", "", "", "B"),
        ],
        [
            ("Harlanford Courier-Press", "", "", "B"),
        ],
        [
            (
                "Published 10:52 p.m. ET Dec. 8, 2026 | Updated 7:30 a.m. ET Dec. 9, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Facebook  X  Email  Print", "", "", "B"),
        ],
        [
            (
                "Parents hold signs outside the district's board office on Tuesday evening before the vote.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Ottaline Rawnsley/Courier-Press", "", "", "B"),
        ],
        [
            (
                "HARLANFORD, Ohio — The Harlanford City Schools board voted 3-2 on Tuesday night to close Sorrelwick Elementary at the end of the school year and move its 214 students to two other buildings in the fall.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Superintendent Dr. Marisol Brisseaux-Ortt said closing the 1958 building on Burtonwick St. would save about $1.16 million a year in staffing, heating and maintenance.",
                "Marisol Brisseaux-Ortt",
                "said",
                "W",
            ),
            (
                "She said the roof and boiler alone needed $3.4 million in repairs, according to a 2025 facilities study.",
                "Marisol Brisseaux-Ortt",
                "said",
                "W",
            ),
            (
                "“I don't take this lightly,” Brisseaux-Ortt said.",
                "Marisol Brisseaux-Ortt",
                "said",
                "",
            ),
            ("“I went to a school that closed.", "Marisol Brisseaux-Ortt", "said", ""),
            ("I know what it means.”", "Marisol Brisseaux-Ortt", "said", ""),
        ],
        [
            (
                "Board President R.J. Kettleborne, Vice President Anneliese Fordwater and member Darnell Whitlingham voted for the closure; members Corinne Haldermann and Tobias Ruckerfeld voted against.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Public comment ran from 6 p.m. until almost 9:30 p.m.", "", "", "W"),
            ("Of the 41 people who spoke, 39 opposed the closure.", "", "", "W"),
        ],
        [
            (
                "“Did anyone on this board actually walk through Sorrelwick before tonight?” asked Kelbie Throckbury, whose two children attend the school.",
                "Kelbie Throckbury",
                "asked",
                "",
            ),
            (
                "She said Alder Run Elementary, where most of the students will go, was 2.6 miles from her home.",
                "Kelbie Throckbury",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Cheyenne Mulvarney, president of the Harlanford Education Association, said no teachers would be laid off but 11 would be moved to other buildings.",
                "Cheyenne Mulvarney",
                "said",
                "W",
            ),
            (
                "“We have that in writing, and we'll hold them to it!” she said.",
                "Cheyenne Mulvarney",
                "said",
                "",
            ),
        ],
        [
            (
                "Ruckerfeld said the district had never priced a sale of its administration building on Main St., which a 2024 appraisal valued at $2.05 million.",
                "Tobias Ruckerfeld",
                "said",
                "W",
            ),
            (
                "“We are closing a school to save money we could find somewhere else,” he said.",
                "Tobias Ruckerfeld",
                "said",
                "",
            ),
        ],
        [
            (
                "District spokeswoman Halley Menzell said buses would run from the Sorrelwick neighborhood to both receiving schools.",
                "Halley Menzell",
                "said",
                "",
            ),
            (
                "She said families would get letters about routes by Feb. 1.",
                "Halley Menzell",
                "said",
                "",
            ),
            ("The district plans an open house at Alder Run on Jan. 14.", "", "", ""),
        ],
        [
            (
                "Sorrelwick was built for 420 students and has not been more than 60 percent full since 2016.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The board will vote on new attendance boundaries for the two receiving schools on Jan. 12.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Enrollment in the district fell from 4,870 in 2015 to 3,612 this fall, according to state enrollment data.",
                "state enrollment data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Get the Morning Briefing from the Courier-Press in your inbox every weekday.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Contact Ottaline Rawnsley at orawnsley@harlanfordcp.com or 740-555-0148.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow her on X @ORawnsleyCP.", "", "", "B"),
        ],
        [
            ("© 2026 Harlanford Courier-Press, a Harrowcliff Media Inc. company.", "", "", "B"),
            ("Content may not be reproduced without permission.", "", "", "B"),
        ],
        [
            ("Terms of Service | Privacy Policy | Your Privacy Choices | Site Map", "", "", "B"),
        ],
    ],
    [
        [
            ("GUNDAWARRA EXPRESS", "", "", "B"),
        ],
        [
            ("Home   News   Sport   Community   Rural   Obituaries   Puzzles", "", "", "B"),
        ],
        [
            ("Sport › Local football", "", "", "B"),
        ],
        [
            (
                "Yallunga end 19-year wait with seven-point grand final win over Corrimbar",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Brodhi Brummelow", "", "", "B"),
        ],
        [
            ("September 19, 2026 — 6:15pm · Updated September 20, 2026 — 7:02am", "", "", "B"),
        ],
        [
            ("Share  ·  Facebook  ·  Email", "", "", "B"),
        ],
        [
            (
                "Yallunga captain Fergus Larksbury lifts the premiership cup after the final siren at Lake Mallick Reserve.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Jorja Strathdow", "", "", "B"),
        ],
        [
            (
                "Yallunga won its first senior premiership since 2007 on Saturday, beating Corrimbar 12.9 (81) to 10.14 (74) in the Gundawarra Football Netball League grand final in front of 4,320 people at Lake Mallick Reserve.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Corrimbar led by 11 points at three-quarter time but kicked 1.5 in the final term.",
                "",
                "",
                "W",
            ),
            (
                "Yallunga kicked four goals in the first 14 minutes of the quarter to hit the front.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I told them at the last break: nobody remembers the three-quarter-time score!” said Yallunga coach Bernadette Quarrelly.",
                "Bernadette Quarrelly",
                "said",
                "",
            ),
            (
                "She said the side had trained at 6am twice a week through winter because half the players worked on farms.",
                "Bernadette Quarrelly",
                "said",
                "",
            ),
            (
                "“These boys earned every bit of it,” Quarrelly said.",
                "Bernadette Quarrelly",
                "said",
                "",
            ),
        ],
        [
            (
                "Captain Fergus Larksbury, who kicked three goals, said he had played in two losing grand finals for the club, in 2016 and 2021.",
                "Fergus Larksbury",
                "said",
                "W",
            ),
            ("“Did I think we'd get another shot?", "Fergus Larksbury", "said", ""),
            ("Honestly, no,” he said.", "Fergus Larksbury", "said", ""),
        ],
        [
            (
                "Ruckman Kieran J. Ardouch won the Pettendale Medal as best on ground with 31 hitouts, 19 disposals and two goals.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Corrimbar coach Ashby Colquell-Hattersfield said his side's kicking had let it down.",
                "Ashby Colquell-Hattersfield",
                "said",
                "",
            ),
            (
                "“You kick 1.5 in the last quarter of a grand final, you don't deserve to win it,” he said.",
                "Ashby Colquell-Hattersfield",
                "said",
                "",
            ),
            (
                "He said Corrimbar had lost two key defenders, T. Ebbrington and L. Sandercombe, to injuries in the first quarter.",
                "Ashby Colquell-Hattersfield",
                "said",
                "W",
            ),
        ],
        [
            (
                "League president Rhonda Galbrook-Jaunsley said gate takings of $61,480 were a record for the league.",
                "Rhonda Galbrook-Jaunsley",
                "said",
                "W",
            ),
        ],
        [
            ("In the A-grade netball grand final, Corrimbar beat Yallunga 54-49.", "", "", "W"),
            ("Corrimbar won the reserves premiership, 9.6 (60) to 7.11 (53).", "", "", "W"),
        ],
        [
            ("SCOREBOARD", "", "", "B"),
        ],
        [
            ("YALLUNGA 3.2 5.3 8.4 12.9 (81)", "", "", ""),
        ],
        [
            ("CORRIMBAR 2.5 6.6 9.9 10.14 (74)", "", "", ""),
        ],
        [
            (
                "Yallunga goals: F. Larksbury 3, K. Ardouch 2, P. Ochterlaine 2, M. Vanstrijen 2, J. Qualtrough, S. Bellavere, D. Tepuia-Blewden.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Corrimbar goals: A. Pemblecott 4, C. Tarwinford 2, R. Hollisfeld, T. Hilmerson, W. Skellerby, N. Karadimitrou.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Yallunga best: K. Ardouch, F. Larksbury, M. Vanstrijen, H. Okwemba, P. Ochterlaine.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Corrimbar best: A. Pemblecott, B. Lisgarvey, C. Tarwinford, W. Skellerby.",
                "",
                "",
                "",
            ),
        ],
        [
            ("More sport", "", "", "B"),
        ],
        [
            ("Netball: Corrimbar's A-grade side completes perfect season", "", "", "B"),
        ],
        [
            ("Cricket: Yallunga seconds lose opener to Kerangdale", "", "", "B"),
        ],
        [
            ("Subscribe to the Express from $2 a week for unlimited local news.", "", "", "B"),
        ],
        [
            ("© 2026 Gundawarra Express Pty Ltd.", "", "", "B"),
            ("ACN 612 448 905.", "", "", "B"),
        ],
        [
            ("Contact · Advertise · Terms · Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SAURASHTRA DISPATCH", "", "", "B"),
        ],
        [
            ("E-Paper | Subscribe | Sign In", "", "", "B"),
        ],
        [
            (
                "Home  Gujarat  India  World  Business  Science  Health  Sports  Entertainment",
                "",
                "",
                "B",
            ),
        ],
        [
            ("HEALTH", "", "", "B"),
        ],
        [
            (
                "Two in five salt-pan workers in the Rann show signs of kidney injury after one summer, study finds",
                "a study by the Sabarvati Institute of Public Health",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Researchers call for shaded rest breaks and free drinking water at every pan",
                "",
                "",
                "",
            ),
        ],
        [
            ("Written by Hardikbhai Parmarvala", "", "", "B"),
        ],
        [
            ("Ahmedabad | Updated: December 3, 2026 10:41 IST", "", "", "B"),
        ],
        [
            ("Follow Us", "", "", "B"),
        ],
        [
            (
                "A worker rakes salt crystals at a pan near Kharaghoda in the Little Rann of Kutch.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(File photo)", "", "", "B"),
        ],
        [
            (
                "About 41% of salt-pan workers tested in the Little Rann of Kutch had signs of acute kidney injury at the end of the summer season, a study by the Sabarvati Institute of Public Health has found.",
                "a study by the Sabarvati Institute of Public Health",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The researchers tested blood and urine samples from 612 workers, aged 18 to 60, in March and again in late May, when daytime temperatures in the Rann often pass 45°C.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr. Hetalben Vaghasiya-Raval said the share of workers with raised serum creatinine rose from 9.6% in March to 40.8% in May.",
                "Hetalben Vaghasiya-Raval",
                "said",
                "W",
            ),
            (
                "“These are not old men with diabetes,” she said.",
                "Hetalben Vaghasiya-Raval",
                "said",
                "",
            ),
            ("“The median age in our sample was 34.”", "Hetalben Vaghasiya-Raval", "said", "W"),
        ],
        [
            (
                "Workers who drank less than 3 litres of water during a shift were 2.3 times as likely to develop kidney injury as those who drank more (95% CI 1.6–3.4), the paper says.",
                "the paper",
                "says",
                "W",
            ),
            (
                "The risk was highest among workers who raked the pans in the afternoon (52.1% vs. 31.7% among those who stopped at noon).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The study was paid for by the institute and a charitable trust in Gandhinagar, the paper says.",
                "the paper",
                "says",
                "W",
            ),
        ],
        [
            (
                "Most pans are approx. 8 km from the nearest hand pump, and the workers drink brine-tainted water from shallow wells, i.e. water with far more salt than is safe, the authors note.",
                "the authors",
                "note",
                "W",
            ),
        ],
        [
            (
                "She said the team found no link with painkiller use, which earlier studies elsewhere had suspected.",
                "Hetalben Vaghasiya-Raval",
                "said",
                "W",
            ),
        ],
        [
            (
                "Co-author Prof. Rameshwar Dholakiya-Trivedi, a nephrologist, said follow-up tests in September showed that about one in four of the affected workers had not fully recovered.",
                "Rameshwar Dholakiya-Trivedi",
                "said",
                "W",
            ),
            (
                "“Repeated injury, season after season, is how chronic kidney disease starts,” he said.",
                "Rameshwar Dholakiya-Trivedi",
                "said",
                "W",
            ),
            (
                "He added that the study could not show that heat alone caused the injuries.",
                "Rameshwar Dholakiya-Trivedi",
                "added",
                "",
            ),
        ],
        [
            (
                "Dr. Ruksaar Kothariwala, a public health researcher in Pune who was not involved in the study, said the findings matched what clinics in the area had seen for years.",
                "Ruksaar Kothariwala",
                "said",
                "",
            ),
            (
                "“The question is whether anyone will act on them.”",
                "Ruksaar Kothariwala",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the state labour department did not respond to a request for comment.",
                "A spokesperson for the state labour department",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "There are about 40,000 salt-pan workers, known as agariyas, in the Little Rann, according to a 2024 estimate by the salt commissioner's office.",
                "a 2024 estimate by the salt commissioner's office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“We start at 5 a.m. and stop when the sun gets too hot, but the salt does not wait!” said Lakhubhai Koliyana, 42, who has worked the pans near Kharaghoda for 25 years.",
                "Lakhubhai Koliyana",
                "said",
                "",
            ),
            (
                "He said he drinks water from a tanker that comes every four days.",
                "Lakhubhai Koliyana",
                "said",
                "",
            ),
            (
                "“Where would a shade even stand out there?” he asked.",
                "Lakhubhai Koliyana",
                "asked",
                "",
            ),
        ],
        [
            (
                "Journal reference: Vaghasiya-Raval H, Dholakiya-Trivedi R, Sumrabhai K, et al. Acute kidney injury among salt-pan workers in a hot arid region of western India: a cohort study. J Arid Occup Health. 2026;7(4):211-219.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Also Read", "", "", "B"),
        ],
        [
            ("Heat action plan: Ahmedabad to open 120 cooling shelters next summer", "", "", "B"),
        ],
        [
            ("Why dialysis centres in north Gujarat are running out of slots", "", "", "B"),
        ],
        [
            ("Sign up for our weekly Health newsletter", "", "", "B"),
        ],
        [
            ("© 2026 Saurashtra Dispatch Publications Pvt. Ltd.", "", "", "B"),
            ("No part of this site may be copied without written consent.", "", "", "B"),
        ],
        [
            ("About Us | Contact | Careers | Privacy Policy | Terms of Use", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KOUVLEI SENTINEL", "", "", "B"),
        ],
        [
            (
                "Trending: Load-shedding schedule | Matric results | Water outages | Petrol price",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS | COURTS", "", "", "B"),
        ],
        [
            (
                "Ex-municipal official 'signed off R18.4m for water tanks that never arrived'",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Athenkosi Gxarhu-Mlonyeni", "", "", "B"),
        ],
        [
            ("Court Reporter", "", "", "B"),
        ],
        [
            ("04 December 2026 - 17:32", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | LinkedIn", "", "", "B"),
        ],
        [
            (
                "Former supply chain manager Lwazikazi Ngqolweni-Tshezi in the dock on Friday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Image: ATHENKOSI GXARHU-MLONYENI", "", "", "B"),
        ],
        [
            (
                "A former supply chain manager at the Mtholeni Bay Municipality signed off payments of R18.4m for 96 water tanks that were never delivered, the state told the Gqeberha Specialised Commercial Crimes Court on Friday.",
                "the state",
                "told",
                "W",
            ),
        ],
        [
            (
                "Lwazikazi Ngqolweni-Tshezi, 47, faces 12 counts of fraud and one of money laundering in Case No. SCCC 14/418/2025.",
                "",
                "",
                "W",
            ),
            ("She has pleaded not guilty.", "", "", "W"),
        ],
        [
            (
                "Prosecutor Adv. Refilwe Mokgethwa-Odendaal told the court that Ngqolweni-Tshezi had approved 14 invoices from Qhamani Water Solutions (Pty) Ltd. between March and October 2024.",
                "Refilwe Mokgethwa-Odendaal",
                "told the court",
                "W",
            ),
            (
                "She said each 10,000-litre tank had been billed at about R191,700, more than five times the price the municipality paid for the same tanks in 2022.",
                "Refilwe Mokgethwa-Odendaal",
                "said",
                "W",
            ),
        ],
        [
            ("All of the money went to Qhamani Water Solutions (Pty) Ltd.", "", "", "W"),
            (
                "The company's sole director, Bhekizitha Mqolweni-Kwatsha, is the accused's brother-in-law, Mokgethwa-Odendaal said.",
                "Refilwe Mokgethwa-Odendaal",
                "said",
                "W",
            ),
            (
                "The state intends to call 23 witnesses, Mokgethwa-Odendaal said.",
                "Refilwe Mokgethwa-Odendaal",
                "said",
                "",
            ),
        ],
        [
            (
                "Defence attorney Thembelani Waspe-Sotshongaye argued that his client had signed the invoices only after the municipality's engineer confirmed delivery in writing.",
                "Thembelani Waspe-Sotshongaye",
                "argued",
                "",
            ),
            (
                "“Was she supposed to drive to every village and count the tanks herself?” he asked.",
                "Thembelani Waspe-Sotshongaye",
                "asked",
                "",
            ),
            (
                "He said the engineer, who has since retired, had signed 11 of the 14 delivery notes.",
                "Thembelani Waspe-Sotshongaye",
                "said",
                "W",
            ),
        ],
        [
            ("The engineer is expected to testify next week.", "", "", ""),
        ],
        [
            (
                "Magistrate Anri Spangenthal remarked that the trial had already been postponed four times since June 2025.",
                "Anri Spangenthal",
                "remarked",
                "W",
            ),
            (
                "“This court will not grant a fifth postponement lightly,” she said.",
                "Anri Spangenthal",
                "said",
                "",
            ),
        ],
        [
            (
                "Regional NPA spokesperson Lungisile Ntlokwana-Bele said the state had obtained a preservation order in August over two houses in Walmer and a vehicle linked to the accused.",
                "Lungisile Ntlokwana-Bele",
                "said",
                "W",
            ),
            (
                "He said the houses were valued at about R6.2m together.",
                "Lungisile Ntlokwana-Bele",
                "said",
                "W",
            ),
        ],
        [
            (
                "“My sister has worked in that office for 19 years.",
                "Zintlanathi Ngqolweni",
                "said",
                "W",
            ),
            (
                "She did nothing wrong!” said Zintlanathi Ngqolweni outside court.",
                "Zintlanathi Ngqolweni",
                "said",
                "",
            ),
        ],
        [
            (
                "The municipality said in a statement that it had suspended Ngqolweni-Tshezi in November 2024 and dismissed her in April 2025.",
                "The municipality",
                "said in a statement",
                "W",
            ),
            (
                "It said residents of four villages still relied on water trucked in twice a week.",
                "The municipality",
                "said",
                "W",
            ),
        ],
        [
            ("Ngqolweni-Tshezi is out on R20,000 bail.", "", "", "W"),
            ("The trial resumes on Monday at 9.30am.", "", "", ""),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Councillor arrested over RDP housing list", "", "", "B"),
        ],
        [
            ("Metro's water tanker bill tops R40m, auditor finds", "", "", "B"),
        ],
        [
            ("Get the Sentinel's morning newsletter: sign up here.", "", "", "B"),
        ],
        [
            ("© 2026 Kouvlei Sentinel (Pty) Ltd.", "", "", "B"),
            ("Reg. No. 2009/014472/07.", "", "", "B"),
        ],
        [
            ("Privacy | Terms | Complaints | Advertise", "", "", "B"),
        ],
    ],
    [
        [
            ("THE WOLSELEIGH EXAMINER", "", "", "B"),
        ],
        [
            ("Subscribe | Log in", "", "", "B"),
        ],
        [
            (
                "News   Politics   Business   Sports   Arts   Life   Opinion   Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("OPINION", "", "", "B"),
        ],
        [
            ("Raising bus fares again won't fix Winnipeg's buses — it will empty them", "", "", ""),
        ],
        [
            (
                "City hall is about to make the same mistake for the third time in five years",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Marguerite Quenvaux-Drosky", "", "", "B"),
        ],
        [
            ("Columnist", "", "", "B"),
        ],
        [
            ("Published Dec. 10, 2026", "", "", "B"),
        ],
        [
            ("This is an opinion column.", "", "", "B"),
            ("The views expressed are the author's own.", "", "", "B"),
        ],
        [
            ("I have taken the No. 18 bus along Main St. to work for 14 years.", "", "", ""),
            (
                "In that time I have watched it get slower, less frequent and more expensive.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "On Wednesday, council's finance committee voted 4-1 to recommend raising the adult fare from $3.15 to $3.45 on Feb. 1, an increase of 9.5 per cent.",
                "",
                "",
                "W",
            ),
            (
                "If full council approves it on Dec. 17, it will be the third increase since 2022.",
                "",
                "",
                "",
            ),
            ("The adult fare then was $2.85.", "", "", "W"),
        ],
        [
            (
                "Ridership fell 6 per cent after the 2023 increase and had not recovered by the end of 2025, the city's own ridership reports show.",
                "The city's own ridership reports",
                "show",
                "W",
            ),
            ("You do not need an economics degree to see where this goes.", "", "", ""),
        ],
        [
            (
                "“We either raise fares or we cut routes, and I won't cut routes,” said Coun. Desmond Ashdell-Pimm, who chairs the committee.",
                "Desmond Ashdell-Pimm",
                "said",
                "",
            ),
            (
                "He told me the increase would bring in about $4.6 million next year.",
                "Desmond Ashdell-Pimm",
                "told me",
                "",
            ),
        ],
        [
            ("That is a false choice.", "", "", ""),
            (
                "A 2025 report for the Federation of Prairie Transit Riders found that every 10 per cent rise in fares had cost Winnipeg about 4 per cent of its riders.",
                "A 2025 report for the Federation of Prairie Transit Riders",
                "found",
                "W",
            ),
            ("Lose enough riders and the $4.6 million never shows up.", "", "", ""),
        ],
        [
            (
                "There are other ways to pay for buses, e.g. a levy on downtown parking, which council has refused even to study.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“What am I supposed to do, walk to work in January?” asked Shehnaz Faudel-Kimbril, a hospital cleaner I met at a bus shelter on Portage Avenue last week.",
                "Shehnaz Faudel-Kimbril",
                "asked",
                "",
            ),
            (
                "She said her monthly pass had gone from $98 to $117 since 2022.",
                "Shehnaz Faudel-Kimbril",
                "said",
                "W",
            ),
        ],
        [
            ("Who rides the bus at 6 a.m.?", "", "", ""),
            ("Nurses' aides, cleaners, students, people who cannot afford a car.", "", "", ""),
            ("They are the people this increase will hit hardest.", "", "", ""),
        ],
        [
            ("Council should vote no on Dec. 17.", "", "", ""),
        ],
        [
            (
                "Marguerite Quenvaux-Drosky writes about city life for the Examiner and lives in St. Boniface, Man.",
                "",
                "",
                "B",
            ),
            ("Email her at mqdrosky@wolseleighexaminer.ca.", "", "", "B"),
        ],
        [
            (
                "Have your say: send a letter to the editor at letters@wolseleighexaminer.ca.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are closed on this story.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("City to review snow-clearing contracts after January complaints", "", "", "B"),
        ],
        [
            ("Transit union warns of driver shortage on night routes", "", "", "B"),
        ],
        [
            (
                "© 2026 Wolseleigh Examiner, a division of Thornicroft Prairie Media Inc.",
                "",
                "",
                "B",
            ),
            ("Reproduction without permission is prohibited.", "", "", "B"),
        ],
        [
            ("Privacy · Terms · Accessibility · Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("Inchvara Notes", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("Sign in", "", "", "B"),
        ],
        [
            (
                "Board approves 14 turbines on the Knockeevan ridge, overruling the county council",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Plus: the bus that still won't stop at Ballycurrig, and a date for the library vote",
                "",
                "",
                "",
            ),
        ],
        [
            ("Órlaith Tuohymore", "", "", "B"),
        ],
        [
            ("Dec 11, 2026", "", "", "B"),
        ],
        [
            ("♡ 214   💬 37   ↻ Share", "", "", "B"),
        ],
        [
            (
                "Hello again, and a special welcome to the 38 of you who signed up since last Friday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "On Tuesday, the planning appeals board granted permission for 14 turbines on the Knockeevan ridge, between Inchvara and Ballycurrig, reversing Clare County Council's refusal of March 2025.",
                "",
                "",
                "W",
            ),
            ("The decision runs to 61 pages.", "", "", "W"),
            (
                "The board's own inspector had recommended refusal because of the turbines' impact on views of the Burren, but the board overruled her by a vote of 5-2.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ardnagreine Renewables Ltd. says the wind farm will produce 86.8 MW, enough for about 61,000 homes.",
                "Ardnagreine Renewables Ltd.",
                "says",
                "W",
            ),
            (
                "“This is a good day for Clare and for the climate,” a spokesperson for the company told me.",
                "a spokesperson for the company",
                "told me",
                "",
            ),
            (
                "She said construction could start in the autumn of 2027, depending on a grid connection.",
                "a spokesperson for the company",
                "said",
                "",
            ),
        ],
        [
            (
                "The company has committed to a community benefit fund of €2 per megawatt-hour, about €410,000 a year at its own estimate of output.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ciannait Tuathcliffe of the Save Knockeevan group said it would decide by Christmas whether to seek a judicial review.",
                "Ciannait Tuathcliffe",
                "said",
                "",
            ),
            (
                "She said the group had raised €23,600 towards legal costs since June.",
                "Ciannait Tuathcliffe",
                "said",
                "W",
            ),
            ("“We are not against wind energy.", "Ciannait Tuathcliffe", "said", ""),
            ("We are against this site!” she said.", "Ciannait Tuathcliffe", "said", ""),
        ],
        [
            (
                "“The board has driven a coach and four through our county development plan,” said Cllr Tadhg Morrisroe-Drumcoyle, who proposed the original refusal.",
                "Tadhg Morrisroe-Drumcoyle",
                "said",
                "",
            ),
        ],
        [
            (
                "I have read all 61 pages so you don't have to, and three things stood out.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "1. Noise: the turbines must not exceed 43 dB(A) at night outside any house.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "2. Shadow flicker: any turbine that casts flicker on a house for more than 30 hours a year must be switched off automatically.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "3. Haul route: the blades will come in through Ballycurrig, not Inchvara, and only between 10pm and 6am.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The nearest house is approx. 640 metres from turbine No. 9.", "", "", "W"),
            ("Nobody from the board has visited that house, as far as I can tell.", "", "", ""),
        ],
        [
            (
                "The 350A bus still does not stop at Ballycurrig, despite the transport authority saying in September that a stop would be added by November.",
                "the transport authority",
                "saying",
                "W",
            ),
        ],
        [
            (
                "Councillors will vote on Saturday opening at the library at the December 14 meeting.",
                "",
                "",
                "",
            ),
            ("I'll be there, and I'll report back.", "", "", ""),
        ],
        [
            ("Thanks for reading Inchvara Notes!", "", "", "B"),
            ("Subscribe for free to receive new posts and support my work.", "", "", "B"),
        ],
        [
            ("Type your email...", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("♡ 214 Likes ∙ 💬 37 Comments ∙ ↻ 12 Restacks", "", "", "B"),
        ],
        [
            ("Discover more from Inchvara Notes", "", "", "B"),
        ],
        [
            ("Local news and notes from north Clare, every Friday.", "", "", "B"),
        ],
        [
            ("Over 2,000 subscribers", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Top   Latest   Discussions", "", "", "B"),
        ],
        [
            ("F. Dolmerty · Dec 11", "", "", "B"),
        ],
        [
            ("Great summary as always.", "", "", "B"),
            ("Will you be at the library meeting?", "", "", "B"),
        ],
        [
            ("© 2026 Órlaith Tuohymore · Privacy ∙ Terms ∙ Collection notice", "", "", "B"),
        ],
    ],
    [
        [
            ("PUKEWHAO BROADCASTING", "", "", "B"),
        ],
        [
            (
                "News   Te Ao Māori   Pacific   Business   Sport   Podcasts   Live Radio",
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
                "Rangitāwhai Hospital ED: only 58 percent of patients through within six hours, figures show",
                "figures released under the Official Information Act",
                "show",
                "W",
            ),
        ],
        [
            ("Tereora Whakaumu-Pātene", "", "", "B"),
        ],
        [
            ("Health Reporter", "", "", "B"),
        ],
        [
            ("4:12 pm on 2 December 2026", "", "", "B"),
        ],
        [
            ("Share this", "", "", "B"),
        ],
        [
            ("Listen to this story", "", "", "B"),
        ],
        [
            ("3′52″", "", "", "B"),
        ],
        [
            ("The emergency department at Rangitāwhai Hospital in Tauranga.", "", "", ""),
        ],
        [
            ("Photo: Pukewhao / Tereora Whakaumu-Pātene", "", "", "B"),
        ],
        [
            (
                "Only 58 percent of patients at Rangitāwhai Hospital's emergency department were admitted, discharged or transferred within six hours in the three months to September, figures released under the Official Information Act show.",
                "figures released under the Official Information Act",
                "show",
                "W",
            ),
            ("The national target is 95 percent.", "", "", "W"),
        ],
        [
            (
                "The median wait for patients who were admitted was 9.4 hours, and 1,312 people waited more than 12 hours, the figures show.",
                "the figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "The health authority's regional hospitals director, Dr Hineāwhina Tumatahi-Pōwhiri, said the hospital had 38 fewer beds than it needed on an average weekday.",
                "Hineāwhina Tumatahi-Pōwhiri",
                "said",
                "W",
            ),
            (
                "“We are full most days by 10am,” she said.",
                "Hineāwhina Tumatahi-Pōwhiri",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said a 24-bed medical assessment unit would open in March.",
                "Hineāwhina Tumatahi-Pōwhiri",
                "said",
                "",
            ),
            ("“Will that fix everything?” she asked.", "Hineāwhina Tumatahi-Pōwhiri", "asked", ""),
            (
                "“No, but it will take pressure off the corridors.”",
                "Hineāwhina Tumatahi-Pōwhiri",
                "asked",
                "",
            ),
        ],
        [
            (
                "“Nurses are treating people in corridors and in the ambulance bay, every single shift!” said Rāhera Tāmuera-Ngāwhika, a delegate for the nurses' union at the hospital.",
                "Rāhera Tāmuera-Ngāwhika",
                "said",
                "",
            ),
            (
                "She said 31 of the department's 112 nursing positions were vacant at the end of October.",
                "Rāhera Tāmuera-Ngāwhika",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tauranga resident Glenys Sommerhalt-Cusworth, 77, said she waited on a trolley for 14.5 hours after a fall at home in August.",
                "Glenys Sommerhalt-Cusworth",
                "said",
                "",
            ),
            (
                "“I got there at 4pm and reached a ward at 6.30am.",
                "Glenys Sommerhalt-Cusworth",
                "said",
                "",
            ),
            (
                "Nobody could tell me when I'd be seen,” she said.",
                "Glenys Sommerhalt-Cusworth",
                "said",
                "",
            ),
            ("She said she had since written to her MP.", "Glenys Sommerhalt-Cusworth", "said", ""),
        ],
        [
            (
                "A spokesperson for the Health Minister said the government had funded 14 extra emergency doctors for the region in the May budget.",
                "A spokesperson for the Health Minister",
                "said",
                "W",
            ),
            (
                "The spokesperson said the minister expected waiting times to improve by mid-2027.",
                "A spokesperson for the Health Minister",
                "said",
                "",
            ),
        ],
        [
            (
                "The emergency department saw 61,840 patients in the year to June, up from 54,300 five years earlier, according to the health authority's annual report.",
                "the health authority's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Tauranga's population grew 11.2 percent between the 2018 and 2023 censuses, the fastest of any New Zealand city.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Bay of Plenty surgery waiting list passes 4,000", "", "", "B"),
        ],
        [
            ("Why nurses are leaving for Australia, in their own words", "", "", "B"),
        ],
        [
            ("Get the Pukewhao News app for breaking news alerts.", "", "", "B"),
        ],
        [
            ("Pukewhao Broadcasting Ltd, PO Box 4471, Wellington 6140", "", "", "B"),
        ],
        [
            ("Terms of use | Privacy | Complaints | Contact", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h74-sc-spokeswoman-quote",
        "A spokeswoman for the company said the relief ferry, the MV Sulaval, had failed a safety inspection in Oban on Friday because two of her four lifeboat davits were corroded. “We know how hard this is for islanders, and we are sorry,” she said. “Our engineers are working round the clock.”",
        [
            "A spokeswoman for the company said the relief ferry, the MV Sulaval, had failed a safety inspection in Oban on Friday because two of her four lifeboat davits were corroded.",
            "“We know how hard this is for islanders, and we are sorry,” she said.",
            "“Our engineers are working round the clock.”",
        ],
    ),
    (
        "h74-sc-asked-after-quote",
        "“How am I supposed to get my mother to her chemotherapy in Oban?” asked Morag Cullaveen, who runs the post office at Baile Ghreusaich. She said her mother, who is 81, had already missed two appointments.",
        [
            "“How am I supposed to get my mother to her chemotherapy in Oban?” asked Morag Cullaveen, who runs the post office at Baile Ghreusaich.",
            "She said her mother, who is 81, had already missed two appointments.",
        ],
    ),
    (
        "h74-sc-msp-where-asked",
        "Lileas Vallachie, the MSP for the area, said the breakdown showed the fleet was too old to be relied on. She said the average age of the company's nine ships was 31 years. “Ministers promised two new ships by 2025. Where are they?” she asked.",
        [
            "Lileas Vallachie, the MSP for the area, said the breakdown showed the fleet was too old to be relied on.",
            "She said the average age of the company's nine ships was 31 years.",
            "“Ministers promised two new ships by 2025.",
            "Where are they?” she asked.",
        ],
    ),
    (
        "h74-sc-ltd-registered-no",
        "© Skerrivoe Media Ltd 2026. Registered in Scotland No. SC417702.",
        ["© Skerrivoe Media Ltd 2026.", "Registered in Scotland No. SC417702."],
    ),
    (
        "h74-gh-pm-buyers",
        "The authority will publish new buying rules for licensed companies on Thursday at 2 p.m. Buyers who pay farmers less than the official price will lose their licences, Mensahwaa-Aidoosem said.",
        [
            "The authority will publish new buying rules for licensed companies on Thursday at 2 p.m.",
            "Buyers who pay farmers less than the official price will lose their licences, Mensahwaa-Aidoosem said.",
        ],
    ),
    (
        "h74-gh-ltd-declined",
        "The $1.4 billion loan was arranged by 11 banks led by Abrantie Merchant Bank Ltd., two people with knowledge of the deal told KPA. Abrantie declined to comment.",
        [
            "The $1.4 billion loan was arranged by 11 banks led by Abrantie Merchant Bank Ltd., two people with knowledge of the deal told KPA.",
            "Abrantie declined to comment.",
        ],
    ),
    (
        "h74-gh-co-manager",
        "About 30 licensed companies buy beans from farmers on the authority's behalf, the largest of them Asamankwa Produce Buying Co. A manager at the company, Kofi Asiedubea-Nkansahene, said its 412 depots would pay the new price from Dec. 4. “Farmers will be paid on the spot, in cash or by mobile money,” he said.",
        [
            "About 30 licensed companies buy beans from farmers on the authority's behalf, the largest of them Asamankwa Produce Buying Co.",
            "A manager at the company, Kofi Asiedubea-Nkansahene, said its 412 depots would pay the new price from Dec. 4.",
            "“Farmers will be paid on the spot, in cash or by mobile money,” he said.",
        ],
    ),
    (
        "h74-sg-prefix-pm-apology",
        "MR CHIAW YIONG LIAP: At 5.42am on Thursday, a power supply unit in the signalling equipment room at Calladine station failed. The backup unit did not switch on, and every train on the line stopped where it was. We walked 2,300 passengers out of 14 trains along the tunnel walkways, and service resumed at 2.51pm. I apologise to every commuter who was affected.",
        [
            "MR CHIAW YIONG LIAP: At 5.42am on Thursday, a power supply unit in the signalling equipment room at Calladine station failed.",
            "The backup unit did not switch on, and every train on the line stopped where it was.",
            "We walked 2,300 passengers out of 14 trains along the tunnel walkways, and service resumed at 2.51pm.",
            "I apologise to every commuter who was affected.",
        ],
    ),
    (
        "h74-sg-no-ie",
        "MR CHIAW: No. The March incident was caused by a broken track circuit near Bidadari, i.e. a different system altogether. This unit was installed in 2019 and passed its last inspection on Nov 12.",
        [
            "MR CHIAW: No.",
            "The March incident was caused by a broken track circuit near Bidadari, i.e. a different system altogether.",
            "This unit was installed in 2019 and passed its last inspection on Nov 12.",
        ],
    ),
    (
        "h74-sg-rhetorical-question",
        "MR CHIAW: The unit itself was replaced by 9.10am. After that, the system had to be reset station by station, and each reset takes about 25 minutes. Could we have done it faster? I believe so, and the review will tell us why we did not.",
        [
            "MR CHIAW: The unit itself was replaced by 9.10am.",
            "After that, the system had to be reset station by station, and each reset takes about 25 minutes.",
            "Could we have done it faster?",
            "I believe so, and the review will tell us why we did not.",
        ],
    ),
    (
        "h74-sg-pte-regn-no",
        "Copyright © 2026 Meiyun Courant Media Pte Ltd. Co. Regn. No. 201904417K.",
        ["Copyright © 2026 Meiyun Courant Media Pte Ltd.", "Co. Regn. No. 201904417K."],
    ),
    (
        "h74-ug-etc-nobody",
        "A: We have four phones with the mapping app and two field officers. Some farms are up on the hills, two hours' walk from the nearest road, with no network, etc. Nobody in Brussels budgeted for that.",
        [
            "A: We have four phones with the mapping app and two field officers.",
            "Some farms are up on the hills, two hours' walk from the nearest road, with no network, etc.",
            "Nobody in Brussels budgeted for that.",
        ],
    ),
    (
        "h74-ug-ltd-us-firm",
        "A: Two of the three exporters we sell to, Nile Crest Coffee Ltd. and Kabirizi Traders Ltd., have written to us saying so. The third, a U.S. firm, buys only about 9% of our coffee.",
        [
            "A: Two of the three exporters we sell to, Nile Crest Coffee Ltd. and Kabirizi Traders Ltd., have written to us saying so.",
            "The third, a U.S. firm, buys only about 9% of our coffee.",
        ],
    ),
    (
        "h74-ug-exclamation-answer",
        "A: The ministry promised us 40 tablets in August. We have received none. I hope they arrive before Christmas!",
        [
            "A: The ministry promised us 40 tablets in August.",
            "We have received none.",
            "I hope they arrive before Christmas!",
        ],
    ),
    (
        "h74-my-kg-datuk",
        "Kelantan police chief Datuk Azrulnizam Hamdanizam said the body of a nine-year-old boy was found at 4.20pm in a drain at Kg. Lubok Setol, Pasir Mas, about 300m from his family's home. He said the boy had been swept away on Monday evening while playing near the drain with two friends, who managed to climb out.",
        [
            "Kelantan police chief Datuk Azrulnizam Hamdanizam said the body of a nine-year-old boy was found at 4.20pm in a drain at Kg. Lubok Setol, Pasir Mas, about 300m from his family's home.",
            "He said the boy had been swept away on Monday evening while playing near the drain with two friends, who managed to climb out.",
        ],
    ),
    (
        "h74-my-pm-it-said",
        "The state public works department said the road was closed at KM38 after a landslip at 1.50pm. No one was hurt, it said. Motorists should use the Jeli route instead, it said.",
        [
            "The state public works department said the road was closed at KM38 after a landslip at 1.50pm.",
            "No one was hurt, it said.",
            "Motorists should use the Jeli route instead, it said.",
        ],
    ),
    (
        "h74-my-sdn-bhd",
        "Copyright © 1996–2026 Pantaimas Herald Sdn. Bhd. (109437-X). All Rights Reserved.",
        ["Copyright © 1996–2026 Pantaimas Herald Sdn. Bhd. (109437-X).", "All Rights Reserved."],
    ),
    (
        "h74-us-dr-st-quote-split",
        "Superintendent Dr. Marisol Brisseaux-Ortt said closing the 1958 building on Burtonwick St. would save about $1.16 million a year in staffing, heating and maintenance. She said the roof and boiler alone needed $3.4 million in repairs, according to a 2025 facilities study. “I don't take this lightly,” Brisseaux-Ortt said. “I went to a school that closed. I know what it means.”",
        [
            "Superintendent Dr. Marisol Brisseaux-Ortt said closing the 1958 building on Burtonwick St. would save about $1.16 million a year in staffing, heating and maintenance.",
            "She said the roof and boiler alone needed $3.4 million in repairs, according to a 2025 facilities study.",
            "“I don't take this lightly,” Brisseaux-Ortt said.",
            "“I went to a school that closed.",
            "I know what it means.”",
        ],
    ),
    (
        "h74-us-pm-of-the",
        "Public comment ran from 6 p.m. until almost 9:30 p.m. Of the 41 people who spoke, 39 opposed the closure.",
        [
            "Public comment ran from 6 p.m. until almost 9:30 p.m.",
            "Of the 41 people who spoke, 39 opposed the closure.",
        ],
    ),
    (
        "h74-us-feb-district",
        "District spokeswoman Halley Menzell said buses would run from the Sorrelwick neighborhood to both receiving schools. She said families would get letters about routes by Feb. 1. The district plans an open house at Alder Run on Jan. 14.",
        [
            "District spokeswoman Halley Menzell said buses would run from the Sorrelwick neighborhood to both receiving schools.",
            "She said families would get letters about routes by Feb. 1.",
            "The district plans an open house at Alder Run on Jan. 14.",
        ],
    ),
    (
        "h74-au-score-decimals",
        "Corrimbar led by 11 points at three-quarter time but kicked 1.5 in the final term. Yallunga kicked four goals in the first 14 minutes of the quarter to hit the front.",
        [
            "Corrimbar led by 11 points at three-quarter time but kicked 1.5 in the final term.",
            "Yallunga kicked four goals in the first 14 minutes of the quarter to hit the front.",
        ],
    ),
    (
        "h74-au-question-split",
        "Captain Fergus Larksbury, who kicked three goals, said he had played in two losing grand finals for the club, in 2016 and 2021. “Did I think we'd get another shot? Honestly, no,” he said.",
        [
            "Captain Fergus Larksbury, who kicked three goals, said he had played in two losing grand finals for the club, in 2016 and 2021.",
            "“Did I think we'd get another shot?",
            "Honestly, no,” he said.",
        ],
    ),
    (
        "h74-in-dr-continued-quote",
        "Lead author Dr. Hetalben Vaghasiya-Raval said the share of workers with raised serum creatinine rose from 9.6% in March to 40.8% in May. “These are not old men with diabetes,” she said. “The median age in our sample was 34.”",
        [
            "Lead author Dr. Hetalben Vaghasiya-Raval said the share of workers with raised serum creatinine rose from 9.6% in March to 40.8% in May.",
            "“These are not old men with diabetes,” she said.",
            "“The median age in our sample was 34.”",
        ],
    ),
    (
        "h74-in-ci-vs",
        "Workers who drank less than 3 litres of water during a shift were 2.3 times as likely to develop kidney injury as those who drank more (95% CI 1.6–3.4), the paper says. The risk was highest among workers who raked the pans in the afternoon (52.1% vs. 31.7% among those who stopped at noon).",
        [
            "Workers who drank less than 3 litres of water during a shift were 2.3 times as likely to develop kidney injury as those who drank more (95% CI 1.6–3.4), the paper says.",
            "The risk was highest among workers who raked the pans in the afternoon (52.1% vs. 31.7% among those who stopped at noon).",
        ],
    ),
    (
        "h74-za-pty-ltd-director",
        "All of the money went to Qhamani Water Solutions (Pty) Ltd. The company's sole director, Bhekizitha Mqolweni-Kwatsha, is the accused's brother-in-law, Mokgethwa-Odendaal said. The state intends to call 23 witnesses, Mokgethwa-Odendaal said.",
        [
            "All of the money went to Qhamani Water Solutions (Pty) Ltd.",
            "The company's sole director, Bhekizitha Mqolweni-Kwatsha, is the accused's brother-in-law, Mokgethwa-Odendaal said.",
            "The state intends to call 23 witnesses, Mokgethwa-Odendaal said.",
        ],
    ),
    (
        "h74-za-named-after-exclaim",
        "“My sister has worked in that office for 19 years. She did nothing wrong!” said Zintlanathi Ngqolweni outside court.",
        [
            "“My sister has worked in that office for 19 years.",
            "She did nothing wrong!” said Zintlanathi Ngqolweni outside court.",
        ],
    ),
    (
        "h74-ca-man-email",
        "Marguerite Quenvaux-Drosky writes about city life for the Examiner and lives in St. Boniface, Man. Email her at mqdrosky@wolseleighexaminer.ca.",
        [
            "Marguerite Quenvaux-Drosky writes about city life for the Examiner and lives in St. Boniface, Man.",
            "Email her at mqdrosky@wolseleighexaminer.ca.",
        ],
    ),
    (
        "h74-ca-am-question",
        "Who rides the bus at 6 a.m.? Nurses' aides, cleaners, students, people who cannot afford a car. They are the people this increase will hit hardest.",
        [
            "Who rides the bus at 6 a.m.?",
            "Nurses' aides, cleaners, students, people who cannot afford a car.",
            "They are the people this increase will hit hardest.",
        ],
    ),
    (
        "h74-ie-quote-exclaim-split",
        "She said the group had raised €23,600 towards legal costs since June. “We are not against wind energy. We are against this site!” she said.",
        [
            "She said the group had raised €23,600 towards legal costs since June.",
            "“We are not against wind energy.",
            "We are against this site!” she said.",
        ],
    ),
    (
        "h74-nz-am-nobody",
        "Tauranga resident Glenys Sommerhalt-Cusworth, 77, said she waited on a trolley for 14.5 hours after a fall at home in August. “I got there at 4pm and reached a ward at 6.30am. Nobody could tell me when I'd be seen,” she said. She said she had since written to her MP.",
        [
            "Tauranga resident Glenys Sommerhalt-Cusworth, 77, said she waited on a trolley for 14.5 hours after a fall at home in August.",
            "“I got there at 4pm and reached a ward at 6.30am.",
            "Nobody could tell me when I'd be seen,” she said.",
            "She said she had since written to her MP.",
        ],
    ),
]
