"""Hundred-and-thirty-second set of new hand-labelled pages for the hint engines (tuning set, round fifty):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve countries (Canada,
England, Ireland, Ghana, Greece, Wales, Scotland, New Zealand, Kenya, Singapore, the Philippines and
the United States), one for each of twelve genres: an election count (Nova Scotia, a judicial
recount confirms a by-election win by 14 votes); a rail timetable change (Yorkshire, a town loses 38
of its 112 weekday trains); a hospital inspection (Connacht, a general hospital falls short on six
of 11 national standards); trade figures (Ghana, a US$1.84 billion quarterly surplus as gold offsets
a cocoa slump); a wildfire (Evia, 3,100 hectares burned and five villages evacuated); a tribunal
ruling (Cardiff, a care worker with epilepsy wins £48,312.50 from her employer); a theatre review
(Glasgow, a new family play); a rugby match report (Manawatū beat Hawke's Bay 31-27 with a try after
the hooter); a minister's interview Q&A (Kenya, the water Cabinet Secretary on dams and rationing);
a scientific study (Singapore, time outdoors and children's myopia); fuel prices (Manila, a third
straight weekly increase); and university rankings (Indiana, a state university falls 19 places).

What is hard is CHECK-WORTHINESS and SENTENCE SPLITS. Statements of record (a recount's tally and
rejected ballots, a turnout, a vacancy, a cut in trains, passenger counts, an inspection's findings,
trolley counts, trade and price figures, a hectare count and a deployment, a grid switch-off, a
tribunal's findings and award, a running time, a commission, a score and a sin-binning, debts and
payments, a budget cut, a study's results and funding, a fare and a subsidy, a ranking and a tuition
rise, and causal claims of officials such as "the gap at Poll 37 was caused by 16 voters who
registered on the day", "attributed the cocoa decline to a 28% drop in bean purchases" and "the
increases followed a 4.2% rise in regional gasoline prices") stand beside opinions that carry
numbers ("It is also, for its first 40 minutes, the funniest thing I have seen on a Glasgow stage
this year", "a fall of US$200 an ounce ... would wipe out roughly a third of it", "inflation could
rise to 4.5%"), predictions and hedges ("the most likely cause was a spark from a power line", "We
may see a rollback by the first week of October", "would “transform” conditions"), plans ("would not
take the result to a higher court", "will debate an emergency motion", "The rest will be done by
2029"), feelings, rhetorical questions ("Who can blame them?", "Why is he there at all?", "How many
more summers like this?"), advice ("Take tissues.", "Store water safely ..."), colour, metaphors and
superlatives of taste ("a small marvel", "all elbows and grievance", "Gold giveth, and gold taketh
away") and one-word fragments ("Loudly.", "Devastating.", "Go.", "Pandemonium.", "No.",
"Honestly?"). The splits fall around abbreviations that END a sentence before a capital ("4:20 p.m."
/ "Election-night results ...", "an X." / "The rest ...", "Sept. 30." / "He said ...", "2 hr. 25
min." / "Nobody I spoke to ...", "per fine oz." / "Cocoa earnings ...", "to the U.S." /
"Non-traditional exports ...", "in the U.S." / "The list is published ...", "staff etc." / "None of
them ...", "the football etc." / "None of it ...", "Dec. 2027." / "He said ...", "Jan. 2025." ending
a paragraph, "from 9 a.m." / "Please be patient ...", "2 p.m." / "Only 8 per cent ...", "at 6 a.m."
/ "Other firms ...", "loads etc." / "Every 45 kg ...", "Media Inc.", "Group Ltd." / "Registered in
England and Wales No. ...", "Herald S.A.", "Cymru Cyf.", "Media Ltd." / "Registered office: ...",
"Pte. Ltd." / "Co. Regn. No. ...", "Publishing Corp.", "Publishing Co.") and ones that do NOT
("Justice Moira E. Langille", "Poll No. 37", "St. Ninian's", "Everett J. Nickerson Jr. resigned",
"Oct. 2025", "Thomas R. Bezanson", "31 min. from next month, vs. 24 min. today", "Mon.–Fri.:",
"approx. 190,000", "Co. Mayo, Co. Roscommon ... Co. Galway, i.e. about", "Nov. 2025", "Oct. 2024,",
"Dr. Efua", "e.g. shea butter", "Mt. Kandili", "Ltd. from 2015", "v. Hafod Care Group Ltd. (Case No.
1601187/2026)", "Mrs. Cairncross", "Jean T. Barrowfield", "Sept. 2024,", "Sat. 3 July.", "Sione T.
Faleafa", "No. 8 Isaia", "K. Wihongi", "P. R. Dunnage", "Q. Nairobi ...", "A. By December ...", "30
min. a day", "Jan. 2023 and Dec. 2025,", "9 a.m. on a cloudy day", "vs. minus 0.78", "et al." in a
journal reference, "Ma. Theresa C. Dimalanta", "Sept. 21,", "incl. Kalayaan Petroleum Corp. and",
"Atty. Rodolfo C. Salvacion", "Sept. 14.", "Sen. Marites R. Buenaflor", "WEXTON, Ind. —", "U.S.
public", "Ltd., a London-based firm", "Carolyn J.", "Tomasz R.", "Jonah P.", "a Ph.D. economist",
"vs. $38,000", "3:30 p.m. Thursday" with a capital after "p.m."), decimals ("41.3 per cent",
"US$1.84 billion", "£48,312.50", "28.1C", "minus 0.41 dioptres", "P1.35", "6.2%"), times ("4:20
p.m.", "07.42", "22.40", "13:40", "12:55", "12:01 a.m.", "7pm"), ellipses (mid-sentence " … if I
can", " … they said", "drifts… then"; ending a sentence: "in an hour…" / "We had to pull crews back
twice,” she said."), quotes whose "?" or "!" is followed by an attribution ("?” asked Declan
Fitzmaurice, ...", "?” he asked." twice, "?” she said.", "?” Netta asks Rose ...", "!” said Turbos
coach ...", "!” said Tomasz R. Wierzbowski, ...", "!” she said, laughing.", "Fourteen!” he said.")
and questions and exclamations inside quotes with no attribution after them ("“Do I think the system
let voters down?" / "Yes, I do,” she said.", "“Is it perfect?" / "No.”", "“Ninety-four days!”",
"“Who can blame them?”", "“Forty years of work!" / "Gone in an afternoon.”", "“Is the climate
changing?" / "Look around you,” he said.", "“Was it a penalty at halfway?" / "I don't think so,” she
said.", "“I tell them: open the door!”", "“Do you want to know why we fell?", "“Honestly?"). Each
page carries its site's furniture at the head (mastheads, subscribe and sign-in strips, a markets
strip, date strips, menus, section paths and labels, bylines with and without "By", roles,
Published/Updated and date lines, share strips, captions and credits), in the middle (Advertisement
and ADVERTISEMENT, a table title and header row, a "Scoring" title, a rankings box title, a
price-table title, an edited-for-length note) and at the tail (reporter bios, tip lines, tags,
related, read-more, more-from and you-may-also-like lists, a source line, newsletter asks, a journal
reference, registration and registered-office lines, copyright lines, footers). The pages hold 522
sentences: 184 "B", 152 "W" and 186 ""; 198 sentences carry a speaker (82 distinct speakers).
`STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round fifty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief `/tmp/brief/common.md` (printed whole with `cat`, in the same
command as a listing of `/tmp/brief`, which held only that file, and of `/tmp/sets`, which was
empty); in one command, the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed
whole with `ast.get_docstring`), `def build` in `tests/text/labelled_articles.py` (its source
segment printed by an `ast` script of my own, that function only) and the `tool.ruff` tables of
`pyproject.toml` (loaded with `tomllib` and printed as a dictionary); and, from `labelled_new127.py`
and `labelled_new128.py`, the output of a script of my own using `ast` that prints the import line,
the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of
each. It was printed once (the tool cut its middle, so that the start of the docstring of
`labelled_new127.py` and the end of the first page, the second page and the cases of
`labelled_new128.py` were seen), then saved to a scratch file of 1,491 lines, of which `grep -n`
showed the section markers and `sed -n` showed the line ranges 160-230 (the end of the docstring of
`labelled_new127.py`, its `STYLES` and the first lines of its first page), 785-1030 (the docstring
and `STYLES` of `labelled_new128.py` and the start of its first page; the tool cut a part of that
docstring, shown again with the range 940-1005), 718-784 (the cases of `labelled_new127.py`) and
1030-1143 (the middle of the first page of `labelled_new128.py`). So the two pages of
`labelled_new127.py` (lines 231-717 of the scratch file) were never seen. No other page, case or
docstring of any file under `tests/` was read. What was run: a Python one-liner printing the
calendars of March to September 2027 and another printing the weekdays of 12 dates of 2027 (to check
weekdays); `ls` of the ruff binary in the project's `.venv`; `du -sh` of `tests/text` and `ls
tests/text | wc -l` (a size and a count only, before the word searches; no file name was shown);
scripts of my own in a scratch folder that turn a small line format (flag, speaker, cue and text
separated by a tilde, one line a paragraph unless it starts with "+", case marks naming a first
sentence and a length) into the literals below, apply renames, print every page with its labels for
review, count sentences, flags and speakers and cut the split cases out of the pages;
case-insensitive substring file counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`) for
every capitalised word of three letters or more and every capitalised part of a hyphenated word of
the first draft (753 words), for about 115 candidate replacements in five batches, for the 51 new
words after the first renames and for every such word of the final pages; an import of this file by
path with `labelled_articles.build` on every page and a check of the four string fields, the flags,
the text at each label's offsets, no "B" with a speaker, a cue for every speaker and a speaker for
every cue, 30 distinct case ids with the `n132-` prefix, every case text in a built page and equal
to its sentences joined by single spaces, each expected sentence one labelled sentence of one
paragraph, in order, and the counts above; and `ruff format` and `ruff check` from the project's
virtual environment with the project's `pyproject.toml` as config, the check through
`--stdin-filename tests/text/labelled_new132.py` so that the per-file ignores for `tests/**` apply;
and `ls -la /tmp/sets`, which listed other writers' files and a `.ruff_cache` folder there, none of
which was opened. Only counts were read from the word searches, never the matched lines or file
names. Of the first draft's coined words, 60 hit more than two files and were renamed: outlets
(Tidewater, Lantern, Lamp, Courant, Savannah, Kallang), a rail operator's word (Vale), a hall
(Ashcombe), the abbreviation of a coined university (WSU, now written out), surnames and parts of
double-barrelled surnames (Marchbanks, Haddad, Tassel, Firth, Dowe, Kaur, Threlkeld, Brophy, Corr,
Fearghail, Tighe, Addo, Sarpong, Asamoah, Manso, Ofori, Kwarteng, Ampofo, Darko, Rees, Vaughan,
Lloyd, Penhallow, Voss, Baird, Ochil, Ferrier, Rennison, Rae, Lusk, Ruddle, Till, Ashgrove, Grant,
Koech, Abuya, Sika, Tan, Ong, Goh, Osman, Selvakumar, Pascua, Lim, Lacsamana, Ouma, Mora, Tarrant,
Drummond, Vance) and a given name (Kerrigan); only replacements that hit at most two files were
kept. What still hits is real countries, provinces, regions, cities, towns, districts, islands,
mountains, rivers and roads (Canada, Nova Scotia, Cape Breton, Yorkshire, Leeds, Manchester, York,
Mayo, Roscommon, Galway, Ghana, Accra, Takoradi, Vietnam, Greece, Evia, Athens, Limni, Wales,
Cardiff, Caerphilly, Glasgow, Paisley, Dundee, Inverness, Ayr, Palmerston North, Hawke's Bay, Otago,
Wellington, Whangārei, Northland, Nairobi, Embakasi, Singapore, Punggol, Tampines, Novena, Manila,
Quezon City, Indiana, Fort Wayne, Dubai and the like), real team nicknames (Turbos, Magpies), common
given names kept on purpose (Genevieve, Ahmed, Colleen, Raj, Thomas, Everett, Moira, Ian, Harriet,
Sunita, Joanna, Oliver, Malcolm, Aisling, Brendan, Ursula, Declan, Paddy, Caoimhe, Fionnuala,
Kwabena, Efua, Yaw, Adwoa, Kwesi, Vassiliki, Stamatis, Evangelos, Giorgos, Rhodri, Bethan, Catrin,
Siân, Owain, Eilidh, Kirsty, Callum, Jean, Lorna, Fergus, Sandy, Anushka, Netta, Ishbel, Rose, Tane,
Warren, Sione, Lachie, Isaia, Jack, Moana, Reuben, Hamish, Tony, Mere, Grace, Judith, Benard, Hui,
Min, Wei, Ling, Ravindran, Haslinda, Theresa, Rodolfo, Rodel, Marites, Jerome, Marisol, Carolyn,
Tomasz, Kaylee, Jonah) and ordinary, outlet and institutional words and tokens (Herald, Record,
Ledger, Courier, Observer, Journal, Times, Playhouse, Fuels, Ridge, Osu, Kato, Cyf, Atty, DOE, HSE,
HIQA, ERT, NDP, MLA, LLP, Pte, Regn, GSE, LED and the like).

Every person, outlet, firm, riding, town, hospital, care home, theatre, play, dam, bank,
association, group, institute, university, hall and figure is invented. Real countries, regions,
cities and institutions appear only as settings, all with invented figures, statements and people:
those listed above, Elections Nova Scotia, the Supreme Court of Nova Scotia, Province House and Cape
Breton University, Network Rail, the Office of Rail and Road and St James's University Hospital (as
a place), the Health Information and Quality Authority, the HSE, the Department of Health, the Dáil
and a Minister for Health, the Bank of Ghana, the Ghana Cocoa Board, the Ministry of Finance and the
Minority in Parliament, the fire service, the National Observatory of Athens and state broadcaster
ERT, the Employment Appeal Tribunal and the Ministry of Justice, the Saltmarket (as a street), the
Central Energy Trust Arena, the Treasury and the Auditor-General, the Health Promotion Board and the
National Medical Research Council, the Department of Energy, the Department of Transportation, the
Land Transportation Franchising and Regulatory Board and the Philippine Statistics Authority, EDSA,
the American Association of University Professors (an invented campus chapter), and Facebook, X,
WhatsApp, Viber, LinkedIn and Google News as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, label, byline, role, date, share line, caption,
credit, list item, data line, bio line, appeal and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says; a caption by its content ("" for a scene, "W"
for a caption stating a fact) and its credit "B"; headlines and standfirsts never split and flagged
by content, a headline's or standfirst's "says", "say", "warns", "warn" or "find" carrying the
speaker the story names as first given; a dateline belongs to its lead sentence; a speaker is the
full name as first given without titles, roles or post-nominals ("Justice", "Chief electoral
officer", "PC MLA", "Dr", "Dr.", "Mr", "Ms", "Madam", "Prof", "Employment Judge", "Independent TD",
"Fire service spokeswoman", "Deputy Civil Protection Minister", "Local mayor", "Turbos coach",
"Magpies coach", "Water CS", "Lead author", "Atty.", "Sen.", "Economist", "Provost" dropped;
initials and "Jr." kept); a pronoun or a later surname or title with a surname resolves to it ("Prof
Chionh said", "Mr Fitzmaurice said", "Ms Llewellyn-Harries said"); "according to X" gives X as
written; a descriptor before a proper name is dropped ("The drivers' group Lakas-Tsuper" ->
"Lakas-Tsuper"); an anonymous source keeps a restrictive clause ("A senior fire service official who
spoke on condition of anonymity"); a generic noun for a body is kept as written ("The operator",
"The group", "The report", "the report", "the department", "the researchers", "the observatory",
"the data", "the rankings"), while "It said" and "it says" resolve to the body as first given and an
abbreviation to the body's full name ("HIQA said" -> "the Health Information and Quality Authority",
"The DOE" kept as written because the story never spells it out before); a quote over several
sentences carries its speaker and cue in each; a named person acting without a verb of saying
carries no speaker ("Magpies coach Mere Hohaia-Tautari was less happy.", "Sen. Marites R. Buenaflor
on Monday filed a bill ...").

Conventions this set had to settle, in the same spirit:

* "the tribunal heard" and a passive record ("The rest had been spoiled or left blank.") carry no
  speaker: the tribunal is the listener, not the source; such sentences are "W" as statements of
  record. "the tribunal found", "Inspectors found" and "She found" (a judge) carry the finder with
  "found" as cue, like "The judge found" in `labelled_new128.py`; "attributed ... to ..." is a cue
  ("attributed"), and a causal claim so attributed is "W".
* "provisional figures released by the Bank of Ghana on Tuesday showed", "the data showed" and "the
  rankings show" carry the source as written with the verb as cue, like "the figures show".
* The addressee stays in the cue when it follows the verb ("told state broadcaster ERT", "told this
  paper"), like "told reporters"; a fronted medium ("In a statement issued through her union, Ms ...
  said") leaves the verb alone as cue, as in `labelled_new127.py`; "said in a report" keeps its
  medium; "the judge said" keeps its subject in the cue, like "the statement said".
* A standfirst with a plural generic source nobody in the story stands for ("Commuters say ...")
  keeps it as written; one whose line the story gives to a named person ("Hospital management says
  ... will ‘transform’ conditions") carries that person.
* Q&A with "Q." and "A." prefixes: the prefix belongs to the first sentence of its turn and never
  ends a sentence ("A. By December, ...", "Q. The Auditor-General says ..."); every sentence of an
  answer carries the interviewee with "A." as cue; "Q." turns carry no speaker unless they cite a
  source ("Q. The Auditor-General says ..." -> "The Auditor-General", "says"; "Q. Your critics say
  ..." -> "Your critics"), and a question turn that states a checkable fact is "W"; a bracketed
  stage note inside an answer ("(Laughs.)") is "" with no speaker; a headline "..., says Water CS"
  carries the interviewee.
* A theatre review: the critic's own text carries no speaker, its records (opening, commission,
  running time, an earlier production) "W" and its verdicts, metaphors, advice and fragments ""; a
  line a character speaks in the play ("“Is that a question or a threat?” Netta asks Rose ...")
  carries the character as named, with the cue as written, ""; the "Review: title, venue, city"
  headline and the star rating are "" (a title and a verdict, not furniture), and the info-box lines
  under the review (dates, tour) are "" schedules.
* A quoted first-person record with a figure is "W" ("A full tank used to cost me P2,800, now it's
  P3,400", "We had to pull crews back twice"), a quoted feeling, forecast or plan with a figure ""
  ("“Ninety-four days!”" is a cry, not a new claim, after the union's count was given as "W").
* Times of trains, firms' effective hours, meetings and tours are "" schedules; counts of trains,
  the minimum fare and statutory windows ("Either side has 42 days to appeal ...") are "W".
* Tables and boxes: a title and a header row are "B", their rows "" data, as in
  `labelled_new128.py`; a source line under a table is "B".
* Ellipses: " … " before a lower-case word is inside a sentence; "…" before a capital ends the
  sentence ("in an hour…" / "We had to pull crews back twice,” she said."), as in
  `labelled_new128.py`.
* A colon quote with no verb of saying ("Prof Chionh's advice is simple: “After school, before
  dinner, outside." / "Rain or shine.”") carries the person with the noun as cue ("advice"), as in
  `labelled_new127.py`.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a paragraph or a stretch
of one to four consecutive sentences of one paragraph of these pages, joined by single spaces:
"Justice Moira E." and "4:20 p.m." before "Election-night"; "an X." before "The rest"; "“Fourteen
votes." before "Fourteen!” he said."; "Everett J. Nickerson Jr. resigned"; "Sept. 30." before "He
said" and "Oct. 2025"; "31 min. from next month, vs. 24 min. today."; "Ltd." before "Registered in
England and Wales No. ..."; "approx.", three "Co." and "i.e." in one sentence; "?” asked Declan
Fitzmaurice, ..." before "Mr Fitzmaurice said"; a crisis quote ending "“Ninety-four days!”"; "per
fine oz." before "Cocoa earnings"; "in an hour…" before "We had to pull crews back twice,” she
said."; "from 9 a.m." before "Please be patient,” he wrote."; "v." and "Ltd. (Case No. ...)"; "Cyf."
before "All rights reserved."; "etc." before "None of it"; "Mrs. Cairncross", "Jean T." and
"Devastating."; "2 hr. 25 min." before "Nobody"; "drifts… then"; "No. 8" mid-sentence; "“Was it a
penalty at halfway?" before "I don't think so,” she said."; "A. By December, ..." with two more
sentences of the answer; "2 p.m." before "Only 8 per cent"; a colon quote of two sentences; "Pte.
Ltd." before "Co. Regn. No. ..."; "6 a.m." before "Other firms, incl. ... Corp. and"; "Atty. Rodolfo
C." and "Dec. 2027." before "He said"; "in the U.S." before "The list is published by ... Ltd., a
London-based firm."; "“Do you want to know why we fell?" before "...!” said ..."; and "3:30 p.m.
Thursday": what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Canadian LOCAL NEWS SITE (Nova Scotia), an ELECTION COUNT, a judicial recount confirms a by-election win by 14 votes: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; headline of record "W"; standfirst "PC candidate says ..." carrying the candidate ""; byline, a Published/Updated line with "p.m." and "a.m.", share line; caption "" and a photo credit with a slash; "PORT AVERILL, N.S. —" lead "W", then "Justice Moira E. Langille" mid-sentence and "4:20 p.m." ending a sentence before "Election-night results ..." "W"; the count "W" and rejected ballots with "an X." ending a sentence before "The rest ..." "W"; the winner (colour "", "“Fourteen votes." and "Fourteen!” he said." ""); the runner-up with "Poll No. 37" and "St. Ninian\'s" mid-sentence "W", a refusal to appeal "", "“Do I think ...?" and "Yes, I do,” she said." ""; the electoral agency\'s causal finding "W" and its chief officer "said in a statement" a review ""; Advertisement; turnout through "according to Elections Nova Scotia" "W"; the vacancy with "Everett J. Nickerson Jr. resigned" mid-sentence "W" and his majority "W"; the premier\'s office on the majority "W"; colour and the fragment "Loudly." ""; a political scientist (a simile "", a record of recounts "W"); a swearing-in "" and "Sept. 30." ending a sentence before "He said ..." with "Oct. 2025" mid-sentence "W" (reporter bio, newsletter ask in two sentences, copyright split at "Inc." before "All rights reserved.", footer)',
    'English REGIONAL EVENING PAPER\'s site (Yorkshire), a RAIL TIMETABLE CHANGE, a town loses 38 of its 112 weekday trains: masthead in capitals, sign-in strip, menu with wide spaces, section path with ›; headline of record "W"; standfirst "Commuters say ..." carrying "Commuters" ""; byline, role, date line; caption "" and image credit; the cut of record "W"; "The operator said" kept as written, a causal claim "W"; "31 min. from next month, vs. 24 min. today" "W" and a last-train time ""; the managing director with "Dr" dropped (passengers "W", a quote "", "“Is it perfect?" and "No.”" "", a hedged review ""); a nurse named after her quote with a mid-sentence ellipsis "" and her late trains "W"; the MP (a letter "W", "?” he asked." "", no consultation "W"); Network Rail\'s sign-off "W"; station usage through "according to the Office of Rail and Road" "W"; Advertisement; a box title and two data lines with "Mon.–Fri." ""; a users\' group chairman named after his quote ("", a count ending "etc." before "None of them was asked, he said." "W", "W"); "The group said" a plan "" and "It said" signatures "W"; a council debate "" (Read more link, newsletter ask, copyright split at "Ltd." before "Registered in England and Wales No. ...", footer)',
    'Irish REGIONAL WEEKLY\'s site (Connacht), a HOSPITAL INSPECTION report, a general hospital falls short on six of 11 standards: masthead in capitals, subscribe/death-notices strip, menu with wide spaces, section path with ›; headline of record "W"; standfirst "Hospital management says ..." carrying the general manager as the story names her ""; byline with no "By", date line, share line; caption "" and credit; the authority "said in a report" "W"; "Inspectors found" "W" twice; "approx.", three "Co." and "i.e." in one sentence through "according to the report" "W"; "The report said" hand hygiene "W" and praise ""; the general manager (recruitment "W", a two-sentence quote "", a forecast ""); "A spokeswoman for the HSE" "W"; a patient\'s son named after "?” asked ..." "", a chair for 11 hours "W", "run off their feet … they" with a mid-sentence ellipsis ""; ADVERTISEMENT; a union representative (trolley days "W", "“It\'s not a winter crisis any more." and "It\'s a 12-month crisis,” she said." "", "“Ninety-four days!”" ""); a TD (a plan "", a letter "in Nov. 2025" "W"); the department\'s "study the report carefully" ""; an earlier inspection with "Oct. 2024," mid-sentence "W"; "HIQA said" resolving to the authority "" and a question "" (Read more list, newsletter ask, copyright with "Ltd., 2027", footer)',
    'Ghanaian BUSINESS NEWS SITE (Accra), TRADE FIGURES, a US$1.84bn quarterly surplus as gold offsets cocoa: masthead in capitals, a markets strip, menu with pipes, section label; headline of record "W"; standfirst "..., economist says" carrying the economist ""; byline, date line, share line; caption "" and credit; "provisional figures released by the Bank of Ghana on Tuesday showed" "W" and exports and imports "W"; "per fine oz." ending a sentence before "Cocoa earnings ..." "W"; the bank\'s research director with "Dr." dropped "attributed" the fall to disease and smuggling "W" and a forecast ""; a farmers\' leader named after his quote (a causal view "", members\' sales "W", "“Who can blame them?”" ""); "to the U.S." ending a sentence before "Non-traditional exports, e.g. ..." "W"; "the data showed" "W"; the economist ("built on one metal" "", a hypothetical with a figure "", a saying ""); ADVERTISEMENT; the finance ministry "said in a statement" an opinion "" and "It said" reserves "W"; an opposition MP\'s record of a promise "W" and "?” he asked." ""; a table whose title and header row are "B" and whose rows are "" (source line, Related list, a subscribe line, copyright split at "Ltd." before "All rights reserved.", footer)',
    'Greek ENGLISH-EDITION NEWS SITE, a WILDFIRE on Evia, 3,100 hectares burned and five villages evacuated: masthead, date strip, menu with pipes, section label in capitals; headline of record "W"; standfirst "..., meteorologists warn" carrying the meteorologists as the story names them ""; "Newsroom" byline, share line; caption "" and © credit; "the fire service said" "W" and "It said" with "13:40" and "Mt. Kandili" mid-sentence "W"; alerts by 17:00 "W"; the fire service spokeswoman (deployment "W", injuries "W", "three times in an hour…" ending a sentence "" before "We had to pull crews back twice,” she said." "W"); "The cause of the fire is under investigation." "W" beside an anonymous official\'s likely cause ""; the grid operator\'s switch-off "W"; a beekeeper named after his quote ("", hives "W", "“Forty years of work!" and "Gone in an afternoon.”" ""); evacuees through "according to the regional authority" "W"; the deputy minister "told state broadcaster ERT" "W", compensation "", "“Is the climate changing?" and "Look around you,” he said." ""; ADVERTISEMENT; the meteorologists\' forecast "" and a June record through "according to the observatory" "W"; a count of fires "W"; the mayor "wrote on Facebook" "W", "from 9 a.m." ending a sentence before "Please be patient,” he wrote." ""; a rhetorical question "" (tags, Read also list, copyright split at "S.A." before "All rights reserved.", footer)',
    'Welsh NEWS SITE\'s courts page (Cardiff), an EMPLOYMENT TRIBUNAL RULING, a care worker with epilepsy wins £48,312.50: masthead in capitals, sign-in strip, menu with wide spaces, section path with ›; headline of record "W"; standfirst "Employment judge says ..." carrying the judge "W"; byline, a time-and-date line, share line; caption "" and credit; the award "W"; "Ltd. from 2015" mid-sentence and "the tribunal heard" with no speaker "W"; "v.", "Ltd. (Case No. ...)" and "the tribunal found" "W"; the judge with "Employment Judge" dropped ("said" "W", "the judge said" a quote "", "She found" "W"); the award\'s parts "W"; the claimant ("In a statement issued through her union, Ms ... said" "", a two-sentence quote "", "had not worked since" "W"); her union organiser "W"; the company ("disappointed" "", "It said" staff and homes "W", "It declined to say" ""); Advertisement; an employment lawyer (a ranking of awards "W", a two-sentence quote ""); the 42-day appeal window "W"; claims through "according to Ministry of Justice figures" "W"; a question "" and "“Ask me in a year,” she said." "" (a tip line in two sentences, More from list, copyright split at "Cyf." before "All rights reserved.", footer)',
    'Scottish NEWSPAPER SITE\'s THEATRE REVIEW (Glasgow), a new family play: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; the review headline "Review: title, venue, city" "", a star rating "" and a standfirst ""; "Reviewed by" byline, date line, share line; caption "" and credit; the critic\'s own text carries no speaker: a fragment "", the opening and the commission of record "W", a superlative of taste with a number "", "Then it isn\'t." ""; a set list ending "etc." before "None of it ..." ""; plot ""; a character\'s line "“Is that a question or a threat?” Netta asks Rose ..." carrying the character ""; performances with "Mrs. Cairncross" and "Jean T. Barrowfield" mid-sentence, "When she does, it is devastating." and "Devastating." ""; the running time "2 hr. 25 min." ending a sentence "W" before "Nobody I spoke to ..." ""; the director "told this paper" of rewrites "W"; faults, a rhetorical question and "drifts… then" with a mid-sentence ellipsis ""; design ""; "since Sept. 2024," mid-sentence "W"; "Go." and "Take tissues." ""; an info box with "until Sat. 3 July." and "Sept. and Oct." "" (More reviews list, newsletter ask, copyright split at "Ltd." before "Registered office: 14 Wellmeadow St., Glasgow ...", footer)',
    'New Zealand REGIONAL NEWS SITE\'s RUGBY MATCH REPORT, a provincial game won 31-27 with a try after the hooter: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; headline and standfirst of record "W"; byline with no "By", date line with "7:00am", share line; a caption stating a fact with "Sione T." "W" and a "Photo /" credit; the result and the table "W"; half-time with "No. 8" mid-sentence "W"; the reporter\'s colour "" beside scores and a sin-binning "W"; "Game over?", "Not quite." and "Pandemonium." ""; the winning coach "“...!” said ..." "" and a further quote "", his replacement\'s record "W"; the losing coach "was less happy" with no speaker "", then "“Was it a penalty at halfway?" and "I don\'t think so,” she said." "", lineouts "W"; tackles through "according to competition statistics" "W" and the crowd "W"; Advertisement; a "Scoring" title "B", two score lines with initials and "Referee: P. R. Dunnage (Wellington)." "" data; next week "" (newsletter ask in two sentences, More from list, copyright split at "Ltd." before "All rights reserved.", footer)',
    'Kenyan DAILY\'s interviews page, a MINISTER\'S INTERVIEW Q&A with the water Cabinet Secretary: masthead in capitals, e-paper strip, menu with wide spaces, section label; headline "..., says Water CS" carrying her "W"; standfirst ""; byline in capitals, date line, share line; caption "" and a photo credit with a pipe; her appointment of record "W"; an edited-for-length note "B"; "Q." turns with no speaker unless they cite a source ("Q. Nairobi residents have had water only three days a week ..." "W", "Q. The Auditor-General says ..." "W", "Q. Some contractors say ..." "W", "Q. Your critics say ..." "W"), questions ""; "A." answers carrying the Cabinet Secretary with "A." as cue: "A. By December, ..." a forecast "", dam levels "W", a feeling "", debts and payments "W", "Is it enough?" and "No." "", "A. Cancel and then what?" and a rhetorical question "", cancelled contracts "W", a budget cut "W", advice "" and illegal connections "W", "A. Ask the President." "" and "(Laughs.)" with no speaker "" (You may also like list, copyright split at "Ltd." before "All rights reserved.", footer)',
    'Singaporean NEWS SITE\'s health page, a SCIENTIFIC STUDY, two hours outdoors a day and children\'s myopia: masthead in capitals, log-in strip, menu with pipes, section path with ›; headline "..., researchers find" carrying the researchers as the lead names them "W"; standfirst "..., lead author warns" carrying her ""; byline with no "By", date line with "AM", share line; caption "" and a credit in capitals; the finding with "30 min. a day" mid-sentence "W"; the sample with "Jan. 2023" and "Dec. 2025" mid-sentence "W" and the publication "W"; the lead author with "an associate professor" after her name and a Chinese name order (a subgroup "W", quotes ""), "Prof Chionh said" light levels with "9 a.m. on" mid-sentence "W"; "2 p.m." ending a sentence before "Only 8 per cent ..." "W"; "vs." mid-sentence "W"; "the researchers noted" a limitation ""; ADVERTISEMENT; an ophthalmologist with "Dr" dropped ("", his patients "W", "“I tell them: open the door!”" ""); the Health Promotion Board "W"; a mother with "Madam" dropped (walking to school "W", "!” she said, laughing." ""); a question subhead ""; a colon quote "Prof Chionh\'s advice is simple: “...." with "advice" as cue ""; funding "W"; a journal reference with "et al." as one "B" sentence (Related list, newsletter ask, copyright split at "Pte. Ltd." before "Co. Regn. No. ...", footer)',
    'Philippine DAILY\'s business page, FUEL PRICES, a third straight weekly increase: masthead in capitals, sign-in strip, menu with pipes, section label; headline and standfirst of record "W"; byline with "Ma." and an initial, date-and-time line, share line; caption "" and a bracketed credit in capitals; "MANILA —" lead with "Sept. 21," mid-sentence through "according to advisories issued on Monday" "W"; a firm\'s "6 a.m." ending a sentence before "Other firms, incl. ... Corp. and ..." ""; the energy bureau director with "Atty." dropped and "Rodolfo C." kept (a causal claim with "Dec. 2027." ending a sentence "W", the peso "W", a hedged rollback ""); "according to DOE data" "W" and "the department said" kept as written "W"; a jeepney driver named after his quote (costs "W", "?” he asked." "", "“They are poor too.”" ""); a drivers\' group\'s plan "" and the minimum fare "W"; the transport department\'s subsidies "W"; a senator filing a bill with no verb of saying "W" and "?” she said." ""; ADVERTISEMENT; an economist\'s forecast "" and inflation through "according to the Philippine Statistics Authority" "W"; a price table title "B" and its rows ""; "The DOE advises" a list ending "etc." "" before "Every 45 kg ..., it says." "W"; "Small savings?" and "Yes, ..." "" (RELATED STORIES list, copyright split at "Corp." before "All rights reserved.", footer)',
    'United States COLLEGE-TOWN DAILY\'s campus page (Indiana), UNIVERSITY RANKINGS, a state university falls 19 places: masthead in capitals, subscribe strip, menu with pipes, section label in capitals; headline of record with "No. 143" "W"; standfirst "Provost says ..." carrying the provost ""; byline with no "By", a Published line with "a.m. ET Sept. 14", share strip; caption "" and a file-photo credit; "WEXTON, Ind. —" lead "W" and "U.S. public universities" "W"; "in the U.S." ending a sentence before "The list is published by ... Ltd., a London-based firm." "W"; methodology "W"; the provost with "Carolyn J." "said in an email to faculty" "", "She wrote" spending "W" and a two-sentence quote ""; the campus AAUP chapter\'s cuts with "Jan. 2025." "W"; a professor named after "“Do you want to know why we fell?" and "...!” said ..." "" and his department\'s numbers "W"; a student\'s "“Honestly?" and "..., said ..." "" and her tuition with "vs." "W"; a tuition rise "W"; ADVERTISEMENT; an analyst with "Jonah P." and "a Ph.D. economist" mid-sentence ("", applications "W", a quote ""); "the rankings show" "W"; a box title "B" and rows "" data; a senate meeting "at 3:30 p.m. Thursday" with no split before the capital "" (reporter bio, Related list, copyright split at "Co." before "All rights reserved.", footer)',
]

ARTICLES = [
    [
        [("THE PORT AVERILL QUAYSIDER", "", "", "B")],
        [("Subscribe | Log in | e-Edition", "", "", "B")],
        [
            (
                "News     Politics     Business     Sports     Arts     Opinion     Obituaries",
                "",
                "",
                "B",
            )
        ],
        [("News › Politics", "", "", "B")],
        [
            (
                "Recount confirms Liberal win in Averill-Brookvale by 14 votes",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "PC candidate says she will not go to court, but ‘the system let voters down’",
                "Colleen Van Amburgh-Hiltz",
                "says",
                "",
            )
        ],
        [("By Genevieve Ketteridge", "", "", "B")],
        [
            (
                "Published June 17, 2027 at 6:42 p.m. | Updated June 18, 2027 at 9:05 a.m.",
                "",
                "",
                "B",
            )
        ],
        [("Share     Facebook     X     Email", "", "", "B")],
        [
            (
                "Returning officer Donalda Corkill-MacPhee, left, and a court clerk sort ballots at the Averill County courthouse on Thursday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Ian MacAskill / The Quaysider", "", "", "B")],
        [
            (
                "PORT AVERILL, N.S. — A judicial recount has confirmed Liberal candidate Ahmed Corkum-Saadeh as the winner of the Averill-Brookvale by-election, by 14 votes out of 9,118 cast.",
                "",
                "",
                "W",
            ),
            (
                "The recount, before Justice Moira E. Langille of the Supreme Court of Nova Scotia, ended at 4:20 p.m.",
                "",
                "",
                "W",
            ),
            ("Election-night results on June 8 had put the margin at 17.", "", "", "W"),
        ],
        [
            (
                "The final count gave Corkum-Saadeh 3,902 votes to 3,888 for Progressive Conservative Colleen Van Amburgh-Hiltz and 1,201 for the NDP's Raj Surette.",
                "",
                "",
                "W",
            ),
            (
                "Another 127 ballots were rejected, up from 119 on election night, after the judge set aside eight that had been marked with a tick instead of an X.",
                "",
                "",
                "W",
            ),
            ("The rest had been spoiled or left blank.", "", "", "W"),
        ],
        [
            (
                "Corkum-Saadeh, a 41-year-old pharmacist, said he had spent the two days in the courtroom “counting along on my fingers.”",
                "Ahmed Corkum-Saadeh",
                "said",
                "",
            ),
            ("“Fourteen votes.", "Ahmed Corkum-Saadeh", "said", ""),
            ("Fourteen!” he said.", "Ahmed Corkum-Saadeh", "said", ""),
        ],
        [
            (
                "Van Amburgh-Hiltz said her campaign had asked for the recount after scrutineers found that Poll No. 37, at St. Ninian's Parish Hall in Brookvale, had reported 212 ballots cast on a list of 198 electors.",
                "Colleen Van Amburgh-Hiltz",
                "said",
                "W",
            ),
            (
                "She said she would not take the result to a higher court.",
                "Colleen Van Amburgh-Hiltz",
                "said",
                "",
            ),
        ],
        [
            (
                "“Do I think the system let voters down?",
                "Colleen Van Amburgh-Hiltz",
                "said",
                "",
            ),
            ("Yes, I do,” she said.", "Colleen Van Amburgh-Hiltz", "said", ""),
            (
                "“But I'm not going to put this riding through another six months of it.”",
                "Colleen Van Amburgh-Hiltz",
                "said",
                "",
            ),
        ],
        [
            (
                "Elections Nova Scotia said the gap at Poll 37 was caused by 16 voters who registered on the day and were added to the list by hand, and that no ballot had been counted twice.",
                "Elections Nova Scotia",
                "said",
                "W",
            )
        ],
        [
            (
                "Chief electoral officer Thomas R. Bezanson said in a statement that the agency would review how names added at a poll are recorded.",
                "Thomas R. Bezanson",
                "said in a statement",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Turnout was 41.3 per cent, according to Elections Nova Scotia, down from 58.9 per cent in the riding at the 2024 general election.",
                "Elections Nova Scotia",
                "according to",
                "W",
            )
        ],
        [
            (
                "The seat fell vacant in March, when PC MLA Everett J. Nickerson Jr. resigned to run for warden of Averill County.",
                "",
                "",
                "W",
            ),
            (
                "He had held it since 2013 and won it in 2024 by 2,140 votes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the premier's office said the result would not change the government's majority, which stands at 34 of the legislature's 55 seats.",
                "A spokesperson for the premier's office",
                "said",
                "W",
            )
        ],
        [
            (
                "Outside the courthouse, about a dozen Liberal volunteers cheered when the clerk read out the final tally.",
                "",
                "",
                "",
            ),
            ("Loudly.", "", "", ""),
        ],
        [
            (
                "Political scientist Graydon Meisner of Cape Breton University said recounts in Canada overturn a result “about as often as it snows in July.”",
                "Graydon Meisner",
                "said",
                "",
            ),
            (
                "He said only two of the 31 judicial recounts held in Nova Scotia since 1993 had changed the winner, the last in 2011.",
                "Graydon Meisner",
                "said",
                "W",
            ),
        ],
        [
            (
                "Corkum-Saadeh is to be sworn in at Province House on June 29.",
                "",
                "",
                "",
            ),
            ("The legislature's fall sitting opens Sept. 30.", "", "", ""),
            (
                "He said his first question in the house would be about the Brookvale ferry, which has been out of service since Oct. 2025.",
                "Ahmed Corkum-Saadeh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Genevieve Ketteridge covers provincial politics for the Quaysider.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Get the Quaysider Morning in your inbox.", "", "", "B"),
            ("Sign up now.", "", "", "B"),
        ],
        [
            ("© 2027 Quaysider Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About Us | Contact | Privacy Policy | Terms of Use", "", "", "B")],
    ],
    [
        [("YORKSHIRE EVENING CRESSET", "", "", "B")],
        [("Sign in | Subscribe | Jobs | Family notices", "", "", "B")],
        [
            (
                "News     Sport     Business     What's On     Opinion     Weather",
                "",
                "",
                "B",
            )
        ],
        [("News › Transport", "", "", "B")],
        [
            (
                "Kirkwhitton to lose 38 trains a day in May timetable shake-up",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Commuters say new 07.42 to Leeds will be ‘standing room only’ before it reaches the city",
                "Commuters",
                "say",
                "",
            )
        ],
        [("By Harriet Quennell", "", "", "B")],
        [("Transport Correspondent", "", "", "B")],
        [("Thursday, 29 April 2027, 5:00 am", "", "", "B")],
        [("A Calderdene Trains service pulls into Kirkwhitton station.", "", "", "")],
        [("Image: Cresset archive", "", "", "B")],
        [
            (
                "Kirkwhitton will lose 38 of its 112 weekday trains when the new national timetable starts on Sunday 16 May, under plans published by Calderdene Trains on Wednesday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The operator said the cut was needed to free up paths for a new half-hourly fast service between Leeds and Manchester Piccadilly, which will run through the town without stopping.",
                "The operator",
                "said",
                "W",
            )
        ],
        [
            (
                "The quickest journey from Kirkwhitton to Leeds will take 31 min. from next month, vs. 24 min. today.",
                "",
                "",
                "W",
            ),
            (
                "The last train home from Leeds will leave at 22.40 rather than 23.55.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Calderdene's managing director, Dr Sunita Mawdsley, said the Leeds–Manchester corridor now carried 61,000 passengers a day, 14% more than in 2019.",
                "Sunita Mawdsley",
                "said",
                "W",
            ),
            (
                "“We have to run the railway for the journeys people make now, not the ones they made in 1995,” she said.",
                "Sunita Mawdsley",
                "said",
                "",
            ),
            ("“Is it perfect?", "Sunita Mawdsley", "said", ""),
            ("No.”", "Sunita Mawdsley", "said", ""),
        ],
        [
            (
                "She said the company would look again at the evening timetable “if the numbers are there” before the December change.",
                "Sunita Mawdsley",
                "said",
                "",
            )
        ],
        [
            (
                "“I'll be standing from here to Leeds every morning … if I can get on at all,” said Joanna Pilbeam-Grewal, 34, a theatre nurse at St James's University Hospital.",
                "Joanna Pilbeam-Grewal",
                "said",
                "",
            ),
            (
                "She said the 07.42 she catches had been more than 10 minutes late on 11 days in March.",
                "Joanna Pilbeam-Grewal",
                "said",
                "W",
            ),
        ],
        [
            (
                "The town's MP, Oliver Pendlebury, said he had written to the rail minister on Wednesday night asking for the 17.15 and 17.45 evening stops to be restored.",
                "Oliver Pendlebury",
                "said",
                "W",
            ),
            (
                "“Who decided that a town of 48,000 people can manage without an evening train after ten?” he asked.",
                "Oliver Pendlebury",
                "asked",
                "",
            ),
            (
                "He said the town council had not been consulted.",
                "Oliver Pendlebury",
                "said",
                "W",
            ),
        ],
        [
            (
                "Network Rail said the new timetable had been signed off by the industry's national timetable panel in February, after a consultation that drew 2,311 responses.",
                "Network Rail",
                "said",
                "W",
            )
        ],
        [
            (
                "Kirkwhitton had 1.42 million entries and exits in 2025-26, according to the Office of Rail and Road, up from 1.19 million five years earlier.",
                "the Office of Rail and Road",
                "according to",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [("What changes at Kirkwhitton from 16 May", "", "", "")],
        [("Weekday trains: 74 (now 112)", "", "", "")],
        [("First train to Leeds, Mon.–Fri.: 06.12 (now 05.48)", "", "", "")],
        [
            (
                "“They've taken a station people use and turned it into a place trains go past,” said Malcolm Ebdon, a retired signaller who chairs the Kirkwhitton Rail Users' Group.",
                "Malcolm Ebdon",
                "said",
                "",
            ),
            (
                "He said the group had counted 212 passengers on the two latest evening trains on one Friday in April: shift workers, students, hospital staff etc.",
                "Malcolm Ebdon",
                "said",
                "W",
            ),
            ("None of them was asked, he said.", "Malcolm Ebdon", "said", "W"),
        ],
        [
            (
                "The group said it would hand a petition to the operator's York office on Friday.",
                "The group",
                "said",
                "",
            ),
            (
                "It said the petition had 4,870 signatures by Wednesday evening.",
                "The group",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kirkwhitton Town Council will debate an emergency motion on the timetable at 7pm on Monday.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Read more: Leeds station roof repairs to close two platforms for six weeks",
                "",
                "",
                "B",
            )
        ],
        [("Sign up to the free Cresset Today newsletter.", "", "", "B")],
        [
            ("© 2027 Cresset Media Group Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 04471823.", "", "", "B"),
        ],
        [("Privacy | Cookies | Terms | Contact us", "", "", "B")],
    ],
    [
        [("THE WESTERN TORCHBEARER", "", "", "B")],
        [("Subscribe | Death notices | Sign in", "", "", "B")],
        [
            (
                "News     Sport     Farming     Business     Community     Property",
                "",
                "",
                "B",
            )
        ],
        [("News › Health", "", "", "B")],
        [
            (
                "HIQA finds Drumcashel hospital fell short on six of 11 standards",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Hospital management says new emergency department will ‘transform’ conditions by 2029",
                "Ursula Kenneally-Gahagan",
                "says",
                "",
            )
        ],
        [("Aisling Mulhern-Madigan", "", "", "B")],
        [("Tuesday, 13 July, 2027", "", "", "B")],
        [("Share", "", "", "B")],
        [
            (
                "The emergency department at St Fechin's General Hospital, Drumcashel.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Brendan Ó Maoilriain", "", "", "B")],
        [
            (
                "St Fechin's General Hospital in Drumcashel failed to comply fully with six of the 11 national standards assessed during an unannounced two-day inspection in March, the Health Information and Quality Authority said in a report published on Tuesday.",
                "the Health Information and Quality Authority",
                "said in a report",
                "W",
            )
        ],
        [
            (
                "Inspectors found 41 patients on trolleys in the emergency department at 8am on 8 March, against 14 cubicles, and one man aged over 80 had waited 29 hours for a bed.",
                "Inspectors",
                "found",
                "W",
            )
        ],
        [
            (
                "The hospital, which serves approx. 190,000 people in Co. Mayo, Co. Roscommon and parts of Co. Galway, i.e. about one in 27 people in the State, had 312 inpatient beds on the days of the inspection, according to the report.",
                "the report",
                "according to",
                "W",
            )
        ],
        [
            (
                "The report said hand hygiene was correct in 71% of 96 opportunities audited, against a national target of 90%.",
                "The report",
                "said",
                "W",
            ),
            (
                "Inspectors also found two of the hospital's four isolation rooms in use for patients who did not need isolation.",
                "Inspectors",
                "found",
                "W",
            ),
        ],
        [
            (
                "The report praised staff for “kind and respectful” care and said patients who spoke to inspectors were positive about nurses and doctors.",
                "The report",
                "said",
                "",
            )
        ],
        [
            (
                "The hospital's general manager, Ursula Kenneally-Gahagan, said the hospital had recruited 46 nurses since the inspection and had opened an 18-bed modular ward in May.",
                "Ursula Kenneally-Gahagan",
                "said",
                "W",
            ),
            (
                "“Nobody here is happy with what the inspectors saw,” she said.",
                "Ursula Kenneally-Gahagan",
                "said",
                "",
            ),
            (
                "“Our staff deserve better, and so do our patients.”",
                "Ursula Kenneally-Gahagan",
                "said",
                "",
            ),
        ],
        [
            (
                "She said a new 60-bay emergency department, due to open in 2029, would “transform” conditions.",
                "Ursula Kenneally-Gahagan",
                "said",
                "",
            )
        ],
        [
            (
                "A spokeswoman for the HSE said planning permission for the new department had been granted in January and that the contract, worth €86.4 million, would go to tender in the autumn.",
                "A spokeswoman for the HSE",
                "said",
                "W",
            )
        ],
        [
            (
                "“How is a man of 84 supposed to lie on a trolley for a day and a night?” asked Declan Fitzmaurice, whose father, Paddy, was treated at the hospital in February.",
                "Declan Fitzmaurice",
                "asked",
                "",
            ),
            (
                "Mr Fitzmaurice said his father had been given a chair, not a trolley, for the first 11 hours.",
                "Declan Fitzmaurice",
                "said",
                "W",
            ),
            (
                "“The nurses were run off their feet … they said sorry to us more than once,” he said.",
                "Declan Fitzmaurice",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Nurses' union representative Caoimhe Ní Dhubhghaill said more than 30 patients had been on trolleys at the hospital on 94 days so far this year, according to the union's own daily count.",
                "Caoimhe Ní Dhubhghaill",
                "said",
                "W",
            ),
            (
                "“It's not a winter crisis any more.",
                "Caoimhe Ní Dhubhghaill",
                "said",
                "",
            ),
            (
                "It's a 12-month crisis,” she said.",
                "Caoimhe Ní Dhubhghaill",
                "said",
                "",
            ),
            ("“Ninety-four days!”", "Caoimhe Ní Dhubhghaill", "said", ""),
        ],
        [
            (
                "Independent TD Fionnuala Cuffe said she would raise the report in the Dáil on Wednesday.",
                "Fionnuala Cuffe",
                "said",
                "",
            ),
            (
                "She said she had first written to the Minister for Health about trolley numbers at the hospital in Nov. 2025 and had received “a two-line reply”.",
                "Fionnuala Cuffe",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Department of Health said it would “study the report carefully”.",
                "The Department of Health",
                "said",
                "",
            )
        ],
        [
            (
                "A previous HIQA inspection, in Oct. 2024, found the hospital compliant with eight of 11 standards.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "HIQA said it would return to the hospital within six months.",
                "the Health Information and Quality Authority",
                "said",
                "",
            ),
            ("Will anything have changed?", "", "", ""),
        ],
        [("Read more", "", "", "B")],
        [("Drumcashel GP practice to close its list to new patients", "", "", "B")],
        [("Trolley numbers at record high in the west, union says", "", "", "B")],
        [("Get the Western Torchbearer newsletter.", "", "", "B")],
        [("© Western Torchbearer Newspapers Ltd., 2027", "", "", "B")],
        [("Contact | Advertise | Privacy | Terms", "", "", "B")],
    ],
    [
        [("GOLDCOAST BUSINESS JOURNAL", "", "", "B")],
        [
            (
                "GSE-CI 5,412.06 ▲0.4%   |   GH¢/US$ 14.62   |   Brent US$78.40   |   Gold US$2,641/oz",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Home | Economy | Markets | Banking | Energy | Agribusiness | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("Economy", "", "", "B")],
        [
            (
                "Ghana posts US$1.84bn trade surplus in Q2 as gold offsets cocoa slump",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Surplus is ‘built on one metal’, economist says",
                "Adwoa Frimpong-Nyarkoaa",
                "says",
                "",
            )
        ],
        [("By Kwabena Akrofi-Twumasi", "", "", "B")],
        [("August 4, 2027 | 7:15 am", "", "", "B")],
        [("Share: Facebook | X | LinkedIn | WhatsApp", "", "", "B")],
        [("Workers load bags of cocoa beans at Takoradi Port.", "", "", "")],
        [("Photo: File", "", "", "B")],
        [
            (
                "Ghana recorded a trade surplus of US$1.84 billion in the second quarter of 2027, up from US$1.19 billion a year earlier, provisional figures released by the Bank of Ghana on Tuesday showed.",
                "provisional figures released by the Bank of Ghana on Tuesday",
                "showed",
                "W",
            ),
            (
                "Merchandise exports rose 9.7% to US$6.21 billion, while imports fell 2.3% to US$4.37 billion.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Gold exports were worth US$3.42 billion, or 55.1% of the total, at an average realised price of US$2,618 per fine oz.",
                "",
                "",
                "W",
            ),
            (
                "Cocoa earnings, by contrast, fell 21.6% to US$712 million, the fourth quarterly fall in a row.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr. Efua Ankomaah, the bank's director of research, attributed the cocoa decline to a 28% drop in bean purchases by the Ghana Cocoa Board, which she said was caused by swollen shoot disease and smuggling to neighbouring countries.",
                "Efua Ankomaah",
                "attributed",
                "W",
            ),
            (
                "“We expect purchases to recover in the 2027/28 season, but not to 2023 levels,” she said.",
                "Efua Ankomaah",
                "said",
                "",
            ),
        ],
        [
            (
                "“Swollen shoot is a factor, yes, but farmers are selling across the border because the price there is better,” said Yaw Baffour-Awuah, who chairs the Western North Cocoa Farmers' Association.",
                "Yaw Baffour-Awuah",
                "said",
                "",
            ),
            (
                "He said the association's 6,400 members had sold 31% fewer bags through licensed buyers this season.",
                "Yaw Baffour-Awuah",
                "said",
                "W",
            ),
            ("“Who can blame them?”", "Yaw Baffour-Awuah", "said", ""),
        ],
        [
            (
                "Cashew exports, mostly to Vietnam, rose 14% to US$188 million, while shipments of cocoa butter and paste to the U.S. fell by almost half.",
                "",
                "",
                "W",
            ),
            (
                "Non-traditional exports, e.g. shea butter, canned tuna and processed cassava, reached US$904 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Imports of refined petroleum products, the largest single import item, fell 11.4% to US$1.09 billion, the data showed.",
                "the data",
                "showed",
                "W",
            )
        ],
        [
            (
                "Adwoa Frimpong-Nyarkoaa, chief economist at Osu Ridge Capital in Accra, said the surplus was “built on one metal”.",
                "Adwoa Frimpong-Nyarkoaa",
                "said",
                "",
            ),
            (
                "She said a fall of US$200 an ounce in the gold price would wipe out roughly a third of it.",
                "Adwoa Frimpong-Nyarkoaa",
                "said",
                "",
            ),
            (
                "“Gold giveth, and gold taketh away,” she said.",
                "Adwoa Frimpong-Nyarkoaa",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The Ministry of Finance said in a statement that the figures showed the economy was “firmly on the path of recovery”.",
                "The Ministry of Finance",
                "said in a statement",
                "",
            ),
            (
                "It said gross international reserves stood at US$9.6 billion at the end of June, enough to cover 4.1 months of imports.",
                "The Ministry of Finance",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Minority's ranking member on Parliament's finance committee, Kwesi Atuahene-Gyimah, said the government had promised in its 2025 budget to lift cocoa output to one million tonnes a year by 2027.",
                "Kwesi Atuahene-Gyimah",
                "said",
                "W",
            ),
            ("“Where are the tonnes?” he asked.", "Kwesi Atuahene-Gyimah", "asked", ""),
        ],
        [("Q2 2027 trade at a glance (US$ million)", "", "", "B")],
        [("Item | Q2 2027 | Q2 2026 | Change", "", "", "B")],
        [("Gold | 3,421 | 2,874 | +19.0%", "", "", "")],
        [("Cocoa beans and products | 712 | 908 | -21.6%", "", "", "")],
        [("Total exports | 6,208 | 5,659 | +9.7%", "", "", "")],
        [("Total imports | 4,368 | 4,471 | -2.3%", "", "", "")],
        [
            (
                "Source: Bank of Ghana, Summary of Economic and Financial Data",
                "",
                "",
                "B",
            )
        ],
        [("Related Articles", "", "", "B")],
        [("Cedi posts best quarter since 2019 as gold inflows rise", "", "", "B")],
        [("Subscribe to our daily market brief.", "", "", "B")],
        [
            ("© 2027 Goldcoast Business Journal Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About | Advertise | Contact | Privacy", "", "", "B")],
    ],
    [
        [("AEGEAN HERALD · ENGLISH EDITION", "", "", "B")],
        [("Sunday, July 25, 2027", "", "", "B")],
        [
            (
                "Greece | World | Economy | Politics | Culture | Sports | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("GREECE", "", "", "B")],
        [
            (
                "Wildfire on Evia forces evacuation of five villages as 3,100 hectares burn",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Winds to strengthen again on Monday, meteorologists warn",
                "Meteorologists at the National Observatory of Athens",
                "warn",
                "",
            )
        ],
        [("Newsroom", "", "", "B")],
        [("Share   Tweet   Email", "", "", "B")],
        [
            (
                "A firefighting aircraft drops water near the village of Kato Pyrgaki on Saturday.",
                "",
                "",
                "",
            )
        ],
        [("© Ilias Kontaxis", "", "", "B")],
        [
            (
                "A wildfire that broke out on Saturday afternoon in northern Evia had burned about 3,100 hectares of pine forest and farmland by Sunday morning, the fire service said.",
                "the fire service",
                "said",
                "W",
            ),
            (
                "It said the blaze started at 13:40 near Mt. Kandili and spread south within three hours, driven by winds of up to 8 Beaufort.",
                "the fire service",
                "said",
                "W",
            ),
            (
                "By 17:00, residents of five villages had received alerts from the 112 emergency number telling them to leave.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fire service spokeswoman Vassiliki Tsamadou said 412 firefighters, 96 engines, 14 aircraft and 11 helicopters were deployed on Sunday, along with volunteers and army units.",
                "Vassiliki Tsamadou",
                "said",
                "W",
            ),
            (
                "She said two firefighters had been treated for smoke inhalation and a volunteer for burns to his hands.",
                "Vassiliki Tsamadou",
                "said",
                "W",
            ),
            (
                "“The wind changed direction three times in an hour…",
                "Vassiliki Tsamadou",
                "said",
                "",
            ),
            (
                "We had to pull crews back twice,” she said.",
                "Vassiliki Tsamadou",
                "said",
                "W",
            ),
        ],
        [
            ("The cause of the fire is under investigation.", "", "", "W"),
            (
                "A senior fire service official who spoke on condition of anonymity said the most likely cause was a spark from a power line brought down by the wind, but that nothing had been ruled out.",
                "A senior fire service official who spoke on condition of anonymity",
                "said",
                "",
            ),
        ],
        [
            (
                "The electricity distribution operator said its network in the area had been switched off as a precaution at 12:55, 45 minutes before the fire was reported.",
                "The electricity distribution operator",
                "said",
                "W",
            )
        ],
        [
            (
                "“We left with the clothes we had on and the dog,” said Stamatis Lioumbas, 67, a beekeeper from Kato Pyrgaki.",
                "Stamatis Lioumbas",
                "said",
                "",
            ),
            (
                "He said he had lost about 140 of his 180 hives.",
                "Stamatis Lioumbas",
                "said",
                "W",
            ),
            ("“Forty years of work!", "Stamatis Lioumbas", "said", ""),
            ("Gone in an afternoon.”", "Stamatis Lioumbas", "said", ""),
        ],
        [
            (
                "About 1,200 residents and 300 tourists spent Saturday night in hotels in Limni and on two ferries moored at Rovies, according to the regional authority.",
                "the regional authority",
                "according to",
                "W",
            )
        ],
        [
            (
                "Deputy Civil Protection Minister Evangelos Drakoulis told state broadcaster ERT on Sunday that 38 wildfires had broken out across the country in the previous 24 hours, and that all but two had been contained.",
                "Evangelos Drakoulis",
                "told state broadcaster ERT",
                "W",
            ),
            (
                "He said the government would compensate beekeepers and farmers “quickly and fairly”.",
                "Evangelos Drakoulis",
                "said",
                "",
            ),
            ("“Is the climate changing?", "Evangelos Drakoulis", "said", ""),
            ("Look around you,” he said.", "Evangelos Drakoulis", "said", ""),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Meteorologists at the National Observatory of Athens said winds were expected to ease on Sunday evening but to pick up again on Monday, with gusts of up to 7 Beaufort.",
                "Meteorologists at the National Observatory of Athens",
                "said",
                "",
            ),
            (
                "Last month was the hottest June on record in Athens, with an average temperature of 28.1C, according to the observatory.",
                "the observatory",
                "according to",
                "W",
            ),
        ],
        [("It is the third large fire in northern Evia since June 1.", "", "", "W")],
        [
            (
                "Local mayor Giorgos Patsalidis wrote on Facebook that the water network in two villages had been damaged.",
                "Giorgos Patsalidis",
                "wrote on Facebook",
                "W",
            ),
            (
                "“Bottled water will be handed out at the school in Kato Pyrgaki from 9 a.m.",
                "Giorgos Patsalidis",
                "wrote",
                "",
            ),
            ("Please be patient,” he wrote.", "Giorgos Patsalidis", "wrote", ""),
        ],
        [("How many more summers like this?", "", "", "")],
        [("TAGS: Wildfire | Evia | Civil Protection", "", "", "B")],
        [("Read also", "", "", "B")],
        [
            (
                "Heatwave: archaeological sites to close from 12:00 to 17:00 on Monday and Tuesday",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 Aegean Herald S.A.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms of use | Privacy | Contact", "", "", "B")],
    ],
    [
        [("SOUTH WALES DISPATCH", "", "", "B")],
        [("Sign in | Subscribe | Newsletters", "", "", "B")],
        [
            (
                "News     Sport     Politics     Business     Wales     Cymraeg     Opinion",
                "",
                "",
                "B",
            )
        ],
        [("News › Courts", "", "", "B")],
        [
            (
                "Care worker sacked after asking to come off night shifts wins £48,312 in disability claim",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Employment judge says care company ‘made no real attempt’ to change her hours",
                "Catrin Maddocks",
                "says",
                "W",
            )
        ],
        [("By Rhodri Trefgarne", "", "", "B")],
        [("10:30, Friday 10 September 2027", "", "", "B")],
        [("Share", "", "", "B")],
        [("The employment tribunal in Cardiff.", "", "", "")],
        [("Image: Dispatch", "", "", "B")],
        [
            (
                "A care worker who was dismissed after asking to stop working nights because of her epilepsy has been awarded £48,312.50 after an employment tribunal found she had been unfairly dismissed and discriminated against.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Bethan Llewellyn-Harries, 46, from Caerphilly, worked as a senior carer at Ty Gwernen care home in Ystrad Mynach for Hafod Care Group Ltd. from 2015 until March 2026, the tribunal heard.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In its judgment in Llewellyn-Harries v. Hafod Care Group Ltd. (Case No. 1601187/2026), sent to the parties on Tuesday, the tribunal found that the company had failed to make reasonable adjustments and had dismissed her for a reason connected with her disability.",
                "the tribunal",
                "found",
                "W",
            )
        ],
        [
            (
                "Employment Judge Catrin Maddocks said the company had “made no real attempt” to move Ms Llewellyn-Harries to day shifts, although 14 day-shift vacancies had been advertised in the six months before her dismissal.",
                "Catrin Maddocks",
                "said",
                "W",
            ),
            (
                "“The respondent treated a request for help as a problem of conduct,” the judge said.",
                "Catrin Maddocks",
                "the judge said",
                "",
            ),
        ],
        [
            (
                "She found that the dismissal meeting, on 4 March 2026, had been called at 48 hours' notice and held without the union representative Ms Llewellyn-Harries had asked for.",
                "Catrin Maddocks",
                "found",
                "W",
            )
        ],
        [
            (
                "The award is made up of £22,500 for injury to feelings, £19,877.40 for loss of earnings and a basic award of £5,935.10.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In a statement issued through her union, Ms Llewellyn-Harries said she was “relieved it's over”.",
                "Bethan Llewellyn-Harries",
                "said",
                "",
            ),
            (
                "“I asked for days so I could keep working.",
                "Bethan Llewellyn-Harries",
                "said",
                "",
            ),
            (
                "I never asked for special treatment,” she said.",
                "Bethan Llewellyn-Harries",
                "said",
                "",
            ),
            (
                "She said she had not worked since her dismissal.",
                "Bethan Llewellyn-Harries",
                "said",
                "W",
            ),
        ],
        [
            (
                "Her union organiser, Siân Prothero of the Care Workers' Alliance, said the union was supporting four similar claims against care employers in the Caerphilly area this year.",
                "Siân Prothero",
                "said",
                "W",
            )
        ],
        [
            (
                "Hafod Care Group said it was “disappointed” by the judgment and was considering an appeal.",
                "Hafod Care Group",
                "said",
                "",
            ),
            (
                "It said it employed 1,140 staff across 23 homes in south Wales and had updated its shift policy in May.",
                "Hafod Care Group",
                "said",
                "W",
            ),
            (
                "It declined to say whether Ms Llewellyn-Harries's former manager still worked for the company.",
                "Hafod Care Group",
                "declined to say",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Owain Tregarth, an employment lawyer and partner at Tregarth & Bisset LLP in Cardiff, said it was one of the three largest disability discrimination awards made by a tribunal in Wales this year.",
                "Owain Tregarth",
                "said",
                "W",
            ),
            (
                "“Employers think nights are a rota question.",
                "Owain Tregarth",
                "said",
                "",
            ),
            ("Sometimes they're a legal one,” he said.", "Owain Tregarth", "said", ""),
        ],
        [
            (
                "Either side has 42 days to appeal to the Employment Appeal Tribunal.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Employment tribunals in England and Wales received 7,312 disability discrimination claims in 2026-27, according to Ministry of Justice figures, up 9% on the year before.",
                "Ministry of Justice figures",
                "according to",
                "W",
            )
        ],
        [
            ("Was it worth two years of her life?", "", "", ""),
            ("“Ask me in a year,” she said.", "Bethan Llewellyn-Harries", "said", ""),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Email newsdesk@southwalesdispatch.co.uk.", "", "", "B"),
        ],
        [("More from Courts", "", "", "B")],
        [("Pontypridd man jailed for 18 months over fake roofing firm", "", "", "B")],
        [
            ("© 2027 Dispatch Cymru Cyf.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Privacy | Cookies | Accessibility | Contact", "", "", "B")],
    ],
    [
        [("THE KELVINSIDER", "", "", "B")],
        [("Subscribe | Sign in | Puzzles | Newsletters", "", "", "B")],
        [
            (
                "News     Sport     Culture     Food & Drink     Opinion     Travel",
                "",
                "",
                "B",
            )
        ],
        [("Culture › Theatre", "", "", "B")],
        [
            (
                "Review: The Ironing Board Parliament, Saltmarket Playhouse, Glasgow",
                "",
                "",
                "",
            )
        ],
        [("★★★★☆", "", "", "")],
        [
            (
                "A family comedy that turns, without warning, into something much sadder — and much better",
                "",
                "",
                "",
            )
        ],
        [("Reviewed by Eilidh Carmichael-Dunphail", "", "", "B")],
        [("Friday 11 June 2027, 6:00 am", "", "", "B")],
        [("Share     Save     Comment", "", "", "B")],
        [
            (
                "Kirsty Dunnachie as Netta and Callum Strathdee as her son, Dougie, in The Ironing Board Parliament.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Sandy Gilzean", "", "", "B")],
        [
            (
                "Three sisters, one kettle and a mother who will not die quietly.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Lorna Achmore's new play, which opened at the Saltmarket Playhouse on Wednesday, is the first commission of the theatre's artistic director, Fergus Tolmie, since he took over in 2025.",
                "",
                "",
                "W",
            ),
            (
                "It is also, for its first 40 minutes, the funniest thing I have seen on a Glasgow stage this year.",
                "",
                "",
                "",
            ),
            ("Then it isn't.", "", "", ""),
        ],
        [
            (
                "Achmore sets it all in the back kitchen of a Paisley tenement in 1987: the pulley, the twin-tub, the radio tuned to the football etc.",
                "",
                "",
                "",
            ),
            ("None of it is there for nostalgia.", "", "", ""),
        ],
        [
            (
                "The sisters, bossy Netta, dreamy Ishbel and the youngest, Rose, who has come home from London with a secret, meet every Sunday to do their mother's ironing and argue about which of them should take her in.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“Is that a question or a threat?” Netta asks Rose in the first scene, and the audience roared.",
                "Netta",
                "asks",
                "",
            )
        ],
        [
            (
                "Kirsty Dunnachie is magnificent as Netta, all elbows and grievance.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "As their mother, Mrs. Cairncross, the veteran actor Jean T. Barrowfield barely speaks until the second act.",
                "",
                "",
                "",
            ),
            ("When she does, it is devastating.", "", "", ""),
            ("Devastating.", "", "", ""),
        ],
        [
            ("The evening runs 2 hr. 25 min.", "", "", "W"),
            ("Nobody I spoke to at the interval wanted it shorter.", "", "", ""),
        ],
        [
            (
                "Tolmie told this paper in March that the play had been rewritten three times in rehearsal, after the original final scene ran to 40 minutes.",
                "Fergus Tolmie",
                "told this paper",
                "W",
            )
        ],
        [
            ("Not everything works.", "", "", ""),
            (
                "A subplot about a stolen Volvo goes nowhere, and Callum Strathdee, as Netta's son, is given little to do but eat toast and look sheepish.",
                "",
                "",
                "",
            ),
            ("Why is he there at all?", "", "", ""),
        ],
        [
            (
                "The second act drifts… then, in one long scene at the ironing board, it finds its nerve again.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Anushka Pendreigh's set is a small marvel, the whole kitchen turning by degrees across the evening until we are looking at it from the landing.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "It is the Saltmarket's first new Scottish play since Sept. 2024, when Dolina Sheach's The Salt Tax ran for three weeks.",
                "",
                "",
                "W",
            )
        ],
        [("Go.", "", "", ""), ("Take tissues.", "", "", "")],
        [
            (
                "The Ironing Board Parliament is at the Saltmarket Playhouse, Glasgow, until Sat. 3 July.",
                "",
                "",
                "",
            )
        ],
        [("It tours to Dundee, Inverness and Dumfries in Sept. and Oct.", "", "", "")],
        [("More reviews", "", "", "B")],
        [("Review: Four Weddings and a Ceilidh, Pavilion Studio, Ayr", "", "", "B")],
        [("Sign up for our weekly culture newsletter.", "", "", "B")],
        [
            ("© 2027 Kelvinsider Media Ltd.", "", "", "B"),
            ("Registered office: 14 Wellmeadow St., Glasgow G2 1AA.", "", "", "B"),
        ],
        [("Contact | Privacy | Terms | Complaints", "", "", "B")],
    ],
    [
        [("THE RUAHINE RECORD", "", "", "B")],
        [("Subscribe | Log in", "", "", "B")],
        [
            (
                "News     Sport     Rural     Business     Opinion     Life     Puzzles",
                "",
                "",
                "B",
            )
        ],
        [("Sport › Rugby", "", "", "B")],
        [
            (
                "Turbos edge Magpies 31-27 with try after the hooter to keep play-off hopes alive",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Replacement hooker's maul try caps wild finish in Palmerston North",
                "",
                "",
                "W",
            )
        ],
        [("Tane Whatuira", "", "", "B")],
        [("Sunday 29 August 2027, 7:00am", "", "", "B")],
        [("Share", "", "", "B")],
        [
            (
                "Turbos replacement hooker Sione T. Faleafa is mobbed after scoring the winning try.",
                "",
                "",
                "W",
            )
        ],
        [("Photo / Warren Tipoki", "", "", "B")],
        [
            (
                "Manawatū beat Hawke's Bay 31-27 at Central Energy Trust Arena on Saturday night, with replacement hooker Sione T. Faleafa scoring from a driving maul after the hooter.",
                "",
                "",
                "W",
            ),
            (
                "The win lifts the Turbos to fourth in the Championship, two points clear of Otago with one round left.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hawke's Bay led 17-13 at half-time after tries by wing Lachie Pomare-Haddrell and No. 8 Isaia Leaupepe, both converted by first five Jack Tervitt-Haines, and a Tervitt-Haines penalty.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "For 20 minutes after the break it looked like the Magpies' night.",
                "",
                "",
                "",
            ),
            (
                "Pomare-Haddrell's second try, in the 54th minute, made it 24-13.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Centre Moana Kereopa-Wihapi's try in the 58th minute, converted by Reuben Kettlestone, and two Kettlestone penalties put the Turbos ahead 26-24 with nine minutes left.",
                "",
                "",
                "W",
            ),
            (
                "Magpies lock Hamish O'Dowd-Reihana had been sin-binned in the 66th minute for a deliberate knock-on.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tervitt-Haines then kicked a penalty from 40m in the 77th minute to make it 27-26.",
                "",
                "",
                "W",
            ),
            ("Game over?", "", "", ""),
            ("Not quite.", "", "", ""),
        ],
        [
            (
                "From the restart, Manawatū won a penalty near halfway, kicked to the corner and drove Faleafa over after the hooter.",
                "",
                "",
                "W",
            ),
            ("Pandemonium.", "", "", ""),
        ],
        [
            (
                "“I've got no fingernails left!” said Turbos coach Tony Matagi-Ellison.",
                "Tony Matagi-Ellison",
                "said",
                "",
            ),
            (
                "“The boys never gave up, and that's the difference between this team and last year's.”",
                "Tony Matagi-Ellison",
                "said",
                "",
            ),
        ],
        [
            (
                "He said Faleafa had been on the field for 11 minutes and had not trained with the forwards until Thursday because of a hamstring strain.",
                "Tony Matagi-Ellison",
                "said",
                "W",
            )
        ],
        [
            ("Magpies coach Mere Hohaia-Tautari was less happy.", "", "", ""),
            ("“Was it a penalty at halfway?", "Mere Hohaia-Tautari", "said", ""),
            ("I don't think so,” she said.", "Mere Hohaia-Tautari", "said", ""),
            (
                "“But we lost it ourselves, with the yellow card and the lineout.”",
                "Mere Hohaia-Tautari",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the Magpies had lost five of their own throws at the lineout in the second half.",
                "Mere Hohaia-Tautari",
                "said",
                "W",
            )
        ],
        [
            (
                "Manawatū made 142 tackles to Hawke's Bay's 118 and conceded 14 penalties to eight, according to competition statistics.",
                "competition statistics",
                "according to",
                "W",
            ),
            (
                "The crowd of 8,412 was the biggest at the ground for a provincial game since 2019.",
                "",
                "",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("Scoring", "", "", "B")],
        [
            (
                "Manawatū 31 (K. Wihongi, M. Kereopa-Wihapi, S. T. Faleafa tries; R. Kettlestone 2 cons, 4 pens).",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Hawke's Bay 27 (L. Pomare-Haddrell 2, I. Leaupepe tries; J. Tervitt-Haines 3 cons, 2 pens).",
                "",
                "",
                "",
            )
        ],
        [("Referee: P. R. Dunnage (Wellington).", "", "", "")],
        [
            (
                "Manawatū travel to Whangārei to play Northland next Saturday, needing a bonus-point win to be sure of a home quarter-final.",
                "",
                "",
                "",
            )
        ],
        [
            ("Get the latest sport news delivered to your inbox.", "", "", "B"),
            ("Sign up now.", "", "", "B"),
        ],
        [("More from Sport", "", "", "B")],
        [
            (
                "Hockey: Palmerston North club wins national title on penalties",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 Ruahine Record Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Contact us | Privacy | Terms & Conditions", "", "", "B")],
    ],
    [
        [("THE ACACIA LEDGER", "", "", "B")],
        [("E-Paper | Subscribe | Sign In", "", "", "B")],
        [
            (
                "Home     News     Counties     Business     Interviews     Sports     Opinion",
                "",
                "",
                "B",
            )
        ],
        [("Interviews", "", "", "B")],
        [
            (
                "Fourteen of 22 dams done, Nairobi rationing to end by December, says Water CS",
                "Grace Wanyonyi-Chepngetich",
                "says",
                "W",
            )
        ],
        [
            (
                "Grace Wanyonyi-Chepngetich on the drought, stalled dams and why Nairobi's taps run dry four days a week",
                "",
                "",
                "",
            )
        ],
        [("BY JUDITH KEMUNTO-ORWENJO", "", "", "B")],
        [("Sunday, March 14, 2027", "", "", "B")],
        [("Share on: Facebook X WhatsApp", "", "", "B")],
        [
            (
                "Water CS Grace Wanyonyi-Chepngetich during the interview at her office in Nairobi on Thursday.",
                "",
                "",
                "",
            )
        ],
        [("PHOTO | BENARD NANJALA", "", "", "B")],
        [
            (
                "Water, Sanitation and Irrigation Cabinet Secretary Grace Wanyonyi-Chepngetich, a former county water engineer, was appointed in October 2025, a month before rationing began in 41 Nairobi estates.",
                "",
                "",
                "W",
            )
        ],
        [("The interview has been edited for length and clarity.", "", "", "B")],
        [
            (
                "Q. Nairobi residents have had water only three days a week since November.",
                "",
                "",
                "W",
            ),
            ("When will that end?", "", "", ""),
        ],
        [
            (
                "A. By December, if the long rains are normal.",
                "Grace Wanyonyi-Chepngetich",
                "A.",
                "",
            ),
            (
                "Gatura Dam is at 38 per cent of capacity today, against 71 per cent this time last year.",
                "Grace Wanyonyi-Chepngetich",
                "A.",
                "W",
            ),
            (
                "We cannot pump water that is not there.",
                "Grace Wanyonyi-Chepngetich",
                "A.",
                "",
            ),
        ],
        [
            (
                "Q. The Auditor-General says 22 dams started since 2019 have cost Sh64.2 billion and none is complete.",
                "The Auditor-General",
                "says",
                "W",
            ),
            ("Is that fair?", "", "", ""),
        ],
        [
            ("A. It was fair in 2025.", "Grace Wanyonyi-Chepngetich", "A.", ""),
            (
                "Today 14 of the 22 are complete, and three of them, Gatura, Kibwezi East and Masinga South, are supplying water.",
                "Grace Wanyonyi-Chepngetich",
                "A.",
                "W",
            ),
            ("The rest will be done by 2029.", "Grace Wanyonyi-Chepngetich", "A.", ""),
        ],
        [
            (
                "Q. Some contractors say they have not been paid for 18 months.",
                "Some contractors",
                "say",
                "W",
            )
        ],
        [
            (
                "A. We owed contractors Sh11.8 billion in July.",
                "Grace Wanyonyi-Chepngetich",
                "A.",
                "W",
            ),
            (
                "We have paid Sh7.3 billion since then, and the Treasury released another Sh2 billion on Monday.",
                "Grace Wanyonyi-Chepngetich",
                "A.",
                "W",
            ),
            ("Is it enough?", "Grace Wanyonyi-Chepngetich", "A.", ""),
            ("No.", "Grace Wanyonyi-Chepngetich", "A.", ""),
        ],
        [("Q. Why not simply cancel the stalled contracts?", "", "", "")],
        [
            ("A. Cancel and then what?", "Grace Wanyonyi-Chepngetich", "A.", ""),
            (
                "Start again with a new contractor, new lawyers, new delays?",
                "Grace Wanyonyi-Chepngetich",
                "A.",
                "",
            ),
            (
                "We cancelled two contracts in 2024, and both are still in court.",
                "Grace Wanyonyi-Chepngetich",
                "A.",
                "W",
            ),
        ],
        [
            (
                "Q. Your critics say the ministry's budget was cut by a quarter.",
                "Your critics",
                "say",
                "W",
            )
        ],
        [
            (
                "A. It was cut by 18 per cent, from Sh68 billion to Sh55.8 billion.",
                "Grace Wanyonyi-Chepngetich",
                "A.",
                "W",
            ),
            (
                "That is painful, but it is not a quarter.",
                "Grace Wanyonyi-Chepngetich",
                "A.",
                "",
            ),
        ],
        [("Q. What should a family in Embakasi do today?", "", "", "")],
        [
            (
                "A. Store water safely, fix the leaking tap and report illegal connections to the water company.",
                "Grace Wanyonyi-Chepngetich",
                "A.",
                "",
            ),
            (
                "Illegal connections take about 30 per cent of Nairobi's water before it reaches a meter.",
                "Grace Wanyonyi-Chepngetich",
                "A.",
                "W",
            ),
        ],
        [("Q. Will you still be CS in a year?", "", "", "")],
        [
            ("A. Ask the President.", "Grace Wanyonyi-Chepngetich", "A.", ""),
            ("(Laughs.)", "", "", ""),
        ],
        [("YOU MAY ALSO LIKE", "", "", "B")],
        [("Treasury releases Sh2bn to pay dam contractors", "", "", "B")],
        [
            ("© 2027 Acacia Ledger Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About Us | Contact | Privacy Policy", "", "", "B")],
    ],
    [
        [("THE ANGSANA OBSERVER", "", "", "B")],
        [("Subscribe | Log in | E-paper", "", "", "B")],
        [
            (
                "Singapore | Asia | World | Opinion | Life | Business | Sport | Tech",
                "",
                "",
                "B",
            )
        ],
        [("Singapore › Health", "", "", "B")],
        [
            (
                "Two hours outdoors a day cuts children's myopia risk by 37%, researchers find",
                "researchers at the Tampines Institute of Vision Science",
                "find",
                "W",
            )
        ],
        [
            (
                "But the light must be daylight, not a void deck's, lead author warns",
                "Chionh Wei Ling",
                "warns",
                "",
            )
        ],
        [("Cheah Hui Min", "", "", "B")],
        [("May 20, 2027, 05:00 AM", "", "", "B")],
        [("Share     Gift this article", "", "", "B")],
        [("Children playing at a park in Punggol on a weekday evening.", "", "", "")],
        [("PHOTO: ANGSANA OBSERVER FILE", "", "", "B")],
        [
            (
                "Primary school children who spent at least two hours a day outdoors were 37 per cent less likely to become short-sighted over three years than those who spent under 30 min. a day outside, researchers at the Tampines Institute of Vision Science found.",
                "researchers at the Tampines Institute of Vision Science",
                "found",
                "W",
            )
        ],
        [
            (
                "They followed 2,914 children aged seven to nine from 24 schools between Jan. 2023 and Dec. 2025, using light sensors worn on the wrist to measure time outdoors.",
                "",
                "",
                "W",
            ),
            (
                "The findings were published on May 18 in the Asia-Pacific Journal of Paediatric Ophthalmology.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Chionh Wei Ling, an associate professor at the institute, said the effect was strongest in children with no short-sighted parent, whose risk fell by 46 per cent.",
                "Chionh Wei Ling",
                "said",
                "W",
            ),
            (
                "“Light, not exercise, seems to be what matters,” she said.",
                "Chionh Wei Ling",
                "said",
                "",
            ),
            (
                "“A child reading under a tree gets the benefit.",
                "Chionh Wei Ling",
                "said",
                "",
            ),
            (
                "A child running around a sports hall under LED lights gets much less of it.”",
                "Chionh Wei Ling",
                "said",
                "",
            ),
        ],
        [
            (
                "Prof Chionh said outdoor light at 9 a.m. on a cloudy day was still about 10 times brighter than a well-lit classroom, according to the sensor data.",
                "Chionh Wei Ling",
                "said",
                "W",
            )
        ],
        [
            (
                "Children in the study spent a median of 61 minutes a day outdoors on school days, mostly between noon and 2 p.m.",
                "",
                "",
                "W",
            ),
            ("Only 8 per cent reached two hours.", "", "", "W"),
        ],
        [
            (
                "Those who did had an average shift in refraction of minus 0.41 dioptres over three years, vs. minus 0.78 dioptres in the group that spent the least time outside.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The study was observational and cannot prove that time outdoors prevents myopia, the researchers noted.",
                "the researchers",
                "noted",
                "",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Dr Ravindran Thirunavukkarasu, a paediatric ophthalmologist in private practice in Novena who was not involved in the study, said the results were “convincing and practical”.",
                "Ravindran Thirunavukkarasu",
                "said",
                "",
            ),
            (
                "He said about two in three of the Primary 6 pupils he now sees have some myopia, up from one in two when he started practising in 2008.",
                "Ravindran Thirunavukkarasu",
                "said",
                "W",
            ),
            (
                "“Parents ask me for eye drops,” he said.",
                "Ravindran Thirunavukkarasu",
                "said",
                "",
            ),
            ("“I tell them: open the door!”", "Ravindran Thirunavukkarasu", "said", ""),
        ],
        [
            (
                "The Health Promotion Board said it would review its guidance, which recommends at least one hour of outdoor activity a day for children.",
                "The Health Promotion Board",
                "said",
                "W",
            )
        ],
        [
            (
                "Madam Haslinda Jumaat, 41, whose two sons took part in the study, said the family began walking the 1.2 km to school every day after the first year's results.",
                "Haslinda Jumaat",
                "said",
                "W",
            ),
            (
                "“My younger one complains every single morning!” she said, laughing.",
                "Haslinda Jumaat",
                "said",
                "",
            ),
            ("“But I think it is working.”", "Haslinda Jumaat", "said", ""),
        ],
        [("So what should parents do?", "", "", "")],
        [
            (
                "Prof Chionh's advice is simple: “After school, before dinner, outside.",
                "Chionh Wei Ling",
                "advice",
                "",
            ),
            ("Rain or shine.”", "Chionh Wei Ling", "advice", ""),
        ],
        [
            (
                "The study was funded by a S$2.4 million grant from the National Medical Research Council.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Journal reference: Chionh WL, Selvarajah K, Ngiam JH, et al. Daily outdoor light exposure and incident myopia in Singaporean schoolchildren. Asia Pac J Paediatr Ophthalmol. 2027;9(2):114-123.",
                "",
                "",
                "B",
            )
        ],
        [("Related", "", "", "B")],
        [("Waiting times at myopia clinics double in two years", "", "", "B")],
        [("Get the Health Check newsletter.", "", "", "B")],
        [
            ("© 2027 Angsana Observer Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 201934512K.", "", "", "B"),
        ],
        [("Terms & Conditions | Data Protection Policy | Contact", "", "", "B")],
    ],
    [
        [("THE MABUHAY COURIER", "", "", "B")],
        [("Subscribe | Sign in", "", "", "B")],
        [
            (
                "News | Nation | Metro | Business | Entertainment | Sports | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("Business", "", "", "B")],
        [
            (
                "Oil firms to raise gasoline prices by P1.35/L, diesel by P0.90/L on Tuesday",
                "",
                "",
                "W",
            )
        ],
        [("Third straight week of increases for gasoline", "", "", "W")],
        [("By Ma. Theresa C. Dimalanta", "", "", "B")],
        [("September 20, 2027 | 3:41 PM", "", "", "B")],
        [("Share: Facebook | X | Viber", "", "", "B")],
        [
            (
                "A fuel attendant fills up a jeepney at a gasoline station along EDSA in Quezon City.",
                "",
                "",
                "",
            )
        ],
        [("(MC PHOTO / JUN-JUN TALAMAYAN)", "", "", "B")],
        [
            (
                "MANILA — Oil companies will raise pump prices for the third straight week on Tuesday, Sept. 21, with gasoline going up by P1.35 per liter, diesel by P0.90 and kerosene by P0.55, according to advisories issued on Monday.",
                "advisories issued on Monday",
                "according to",
                "W",
            )
        ],
        [
            (
                "Petrolyn Philippines Inc. said its new prices would take effect at 6 a.m.",
                "Petrolyn Philippines Inc.",
                "said",
                "",
            ),
            (
                "Other firms, incl. Kalayaan Petroleum Corp. and Bagwis Fuels, will follow at 12:01 a.m. on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Department of Energy Oil Industry Management Bureau director Atty. Rodolfo C. Salvacion said the increases followed a 4.2% rise in regional gasoline prices last week, after major producers agreed to extend output cuts until Dec. 2027.",
                "Rodolfo C. Salvacion",
                "said",
                "W",
            ),
            (
                "He said the peso's fall to P58.90 against the US dollar on Friday had added about 20 centavos per liter.",
                "Rodolfo C. Salvacion",
                "said",
                "W",
            ),
            (
                "“We may see a rollback by the first week of October, but I cannot promise that,” he said.",
                "Rodolfo C. Salvacion",
                "said",
                "",
            ),
        ],
        [
            (
                "Year-to-date, gasoline prices have risen by a net P6.85 per liter, diesel by P4.10 and kerosene by P2.30, according to DOE data.",
                "DOE data",
                "according to",
                "W",
            ),
            (
                "In Metro Manila, gasoline sold for P62.40 to P71.15 per liter as of last Tuesday, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A full tank used to cost me P2,800, now it's P3,400,” said Rodel Panganiban, 52, a jeepney driver on the Cubao-Divisoria route.",
                "Rodel Panganiban",
                "said",
                "W",
            ),
            (
                "“Who will pay the difference, the passengers?” he asked.",
                "Rodel Panganiban",
                "asked",
                "",
            ),
            ("“They are poor too.”", "Rodel Panganiban", "asked", ""),
        ],
        [
            (
                "The drivers' group Lakas-Tsuper said it would ask the Land Transportation Franchising and Regulatory Board for a provisional P1 increase in the minimum jeepney fare.",
                "Lakas-Tsuper",
                "said",
                "",
            ),
            ("The minimum fare for traditional jeepneys is P14.", "", "", "W"),
        ],
        [
            (
                "The Department of Transportation said it had released a first P6,500 tranche of fuel subsidies to 148,000 jeepney drivers on Sept. 14.",
                "The Department of Transportation",
                "said",
                "W",
            )
        ],
        [
            (
                "Sen. Marites R. Buenaflor on Monday filed a bill to suspend the excise tax on diesel whenever Dubai crude averages above US$80 a barrel for three months.",
                "",
                "",
                "W",
            ),
            (
                "“Why should the government profit from every peso of increase?” she said.",
                "Marites R. Buenaflor",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Economist Jerome Sunico-Tiamzon of Bantayan Bank said inflation could rise to 4.5% in October if prices keep climbing.",
                "Jerome Sunico-Tiamzon",
                "said",
                "",
            ),
            (
                "Inflation was 3.8% in August, according to the Philippine Statistics Authority.",
                "the Philippine Statistics Authority",
                "according to",
                "W",
            ),
        ],
        [("PUMP PRICE CHANGES EFFECTIVE SEPT. 21 (per liter)", "", "", "B")],
        [("Gasoline: +P1.35", "", "", "")],
        [("Diesel: +P0.90", "", "", "")],
        [("Kerosene: +P0.55", "", "", "")],
        [
            (
                "The DOE advises motorists to check tire pressure, avoid idling, remove unneeded loads etc.",
                "The DOE",
                "advises",
                "",
            ),
            (
                "Every 45 kg of extra weight cuts fuel efficiency by about 1 per cent, it says.",
                "The DOE",
                "says",
                "W",
            ),
        ],
        [
            ("Small savings?", "", "", ""),
            ("Yes, but every centavo counts.", "", "", ""),
        ],
        [("RELATED STORIES", "", "", "B")],
        [("Power rates to go down by 18 centavos per kWh this month", "", "", "B")],
        [
            ("Copyright © 2027 Mabuhay Courier Publishing Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About | Contact Us | Privacy Policy | Terms", "", "", "B")],
    ],
    [
        [("THE WEXTON HERALD-TIMES", "", "", "B")],
        [("Subscribe | e-Edition | Sign In", "", "", "B")],
        [
            (
                "News | Campus | Sports | Business | Opinion | Obituaries | Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("CAMPUS", "", "", "B")],
        [
            (
                "Wexton State falls 19 spots to No. 143 in global university rankings",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Provost says methodology is ‘a moving target’",
                "Carolyn J. Stieglitz-Keirnan",
                "says",
                "",
            )
        ],
        [("Marisol Feeney-Mulligan", "", "", "B")],
        [("Published 6:05 a.m. ET Sept. 14, 2027", "", "", "B")],
        [("Facebook     X     Email     Print     Comments", "", "", "B")],
        [
            (
                "Students walk past Herrold Hall on the Wexton State University campus.",
                "",
                "",
                "",
            )
        ],
        [("Herald-Times file photo", "", "", "B")],
        [
            (
                "WEXTON, Ind. — Wexton State University fell 19 places to No. 143 in this year's Halworth Global University Rankings, released Monday, its lowest position since the table began in 2011.",
                "",
                "",
                "W",
            ),
            (
                "Among U.S. public universities, it dropped from 41st to 48th.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Halworth ranked 1,500 universities this year, 212 of them in the U.S.",
                "",
                "",
                "W",
            ),
            (
                "The list is published by Halworth Education Data Ltd., a London-based firm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "This year it gave 20% of each score to “research income per faculty member,” up from 10%, and cut the weight of reputation surveys from 40% to 30%.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Provost Carolyn J. Stieglitz-Keirnan said in an email to faculty Monday that the methodology was “a moving target” and that Wexton State would not “chase a formula.”",
                "Carolyn J. Stieglitz-Keirnan",
                "said in an email to faculty",
                "",
            ),
            (
                "She wrote that Wexton State's research spending had risen 6.2% last year to $287 million.",
                "Carolyn J. Stieglitz-Keirnan",
                "wrote",
                "W",
            ),
            ("“We did not get worse.", "Carolyn J. Stieglitz-Keirnan", "wrote", ""),
            (
                "The ruler changed,” she wrote.",
                "Carolyn J. Stieglitz-Keirnan",
                "wrote",
                "",
            ),
        ],
        [
            (
                "The campus chapter of the American Association of University Professors said the university had cut 61 tenure-track lines since a hiring freeze began in Jan. 2025.",
                "The campus chapter of the American Association of University Professors",
                "said",
                "W",
            )
        ],
        [
            ("“Do you want to know why we fell?", "Tomasz R. Wierzbowski", "said", ""),
            (
                "Look at the empty offices in Carraway Hall!” said Tomasz R. Wierzbowski, a chemistry professor who leads the chapter.",
                "Tomasz R. Wierzbowski",
                "said",
                "",
            ),
            (
                "He said the chemistry department had 23 faculty members, down from 31 in 2024.",
                "Tomasz R. Wierzbowski",
                "said",
                "W",
            ),
        ],
        [
            ("“Honestly?", "Kaylee Heidtbrink", "said", ""),
            (
                "I didn't know we were ranked,” said Kaylee Heidtbrink, a nursing junior from Fort Wayne.",
                "Kaylee Heidtbrink",
                "said",
                "",
            ),
            (
                "She said she picked Wexton State because it cost her family about $11,400 a year in tuition, vs. $38,000 at a private college that admitted her.",
                "Kaylee Heidtbrink",
                "said",
                "W",
            ),
        ],
        [
            (
                "The university's board of trustees approved a 2.9% tuition increase in June, the first since 2021.",
                "",
                "",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Jonah P. Merriweather, a Ph.D. economist at the Cardinal Policy Institute in Indianapolis, said rankings moved applications to regional public universities “at the margins, if at all.”",
                "Jonah P. Merriweather",
                "said",
                "",
            ),
            (
                "He said Wexton State's applications had risen 8% this fall to a record 21,640.",
                "Jonah P. Merriweather",
                "said",
                "W",
            ),
            (
                "“Students in Indiana care about price, distance and whether their friends are going,” he said.",
                "Jonah P. Merriweather",
                "said",
                "",
            ),
        ],
        [
            (
                "Two other Indiana public universities in the table also fell, while one private university in the state rose 11 places, the rankings show.",
                "the rankings",
                "show",
                "W",
            )
        ],
        [("How Wexton State has ranked", "", "", "B")],
        [("2025: No. 117", "", "", "")],
        [("2026: No. 124", "", "", "")],
        [("2027: No. 143", "", "", "")],
        [
            (
                "The faculty senate will discuss the rankings at 3:30 p.m. Thursday in Herrold Hall.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Marisol Feeney-Mulligan covers higher education for the Herald-Times.",
                "",
                "",
                "B",
            )
        ],
        [("Related", "", "", "B")],
        [("Wexton State enrollment hits record for third straight year", "", "", "B")],
        [
            ("© 2027 Wexton Herald-Times Publishing Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms of Service | Privacy Policy | Your Privacy Choices", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    (
        "n132-ca-pm-election",
        "The recount, before Justice Moira E. Langille of the Supreme Court of Nova Scotia, ended at 4:20 p.m. Election-night results on June 8 had put the margin at 17.",
        [
            "The recount, before Justice Moira E. Langille of the Supreme Court of Nova Scotia, ended at 4:20 p.m.",
            "Election-night results on June 8 had put the margin at 17.",
        ],
    ),
    (
        "n132-ca-an-x",
        "Another 127 ballots were rejected, up from 119 on election night, after the judge set aside eight that had been marked with a tick instead of an X. The rest had been spoiled or left blank.",
        [
            "Another 127 ballots were rejected, up from 119 on election night, after the judge set aside eight that had been marked with a tick instead of an X.",
            "The rest had been spoiled or left blank.",
        ],
    ),
    (
        "n132-ca-fourteen",
        "“Fourteen votes. Fourteen!” he said.",
        ["“Fourteen votes.", "Fourteen!” he said."],
    ),
    (
        "n132-ca-jr-initial",
        "The seat fell vacant in March, when PC MLA Everett J. Nickerson Jr. resigned to run for warden of Averill County. He had held it since 2013 and won it in 2024 by 2,140 votes.",
        [
            "The seat fell vacant in March, when PC MLA Everett J. Nickerson Jr. resigned to run for warden of Averill County.",
            "He had held it since 2013 and won it in 2024 by 2,140 votes.",
        ],
    ),
    (
        "n132-ca-sept-he",
        "The legislature's fall sitting opens Sept. 30. He said his first question in the house would be about the Brookvale ferry, which has been out of service since Oct. 2025.",
        [
            "The legislature's fall sitting opens Sept. 30.",
            "He said his first question in the house would be about the Brookvale ferry, which has been out of service since Oct. 2025.",
        ],
    ),
    (
        "n132-en-min-vs",
        "The quickest journey from Kirkwhitton to Leeds will take 31 min. from next month, vs. 24 min. today. The last train home from Leeds will leave at 22.40 rather than 23.55.",
        [
            "The quickest journey from Kirkwhitton to Leeds will take 31 min. from next month, vs. 24 min. today.",
            "The last train home from Leeds will leave at 22.40 rather than 23.55.",
        ],
    ),
    (
        "n132-en-ltd-reg",
        "© 2027 Cresset Media Group Ltd. Registered in England and Wales No. 04471823.",
        [
            "© 2027 Cresset Media Group Ltd.",
            "Registered in England and Wales No. 04471823.",
        ],
    ),
    (
        "n132-ie-approx-co-ie",
        "The hospital, which serves approx. 190,000 people in Co. Mayo, Co. Roscommon and parts of Co. Galway, i.e. about one in 27 people in the State, had 312 inpatient beds on the days of the inspection, according to the report.",
        [
            "The hospital, which serves approx. 190,000 people in Co. Mayo, Co. Roscommon and parts of Co. Galway, i.e. about one in 27 people in the State, had 312 inpatient beds on the days of the inspection, according to the report."
        ],
    ),
    (
        "n132-ie-q-asked",
        "“How is a man of 84 supposed to lie on a trolley for a day and a night?” asked Declan Fitzmaurice, whose father, Paddy, was treated at the hospital in February. Mr Fitzmaurice said his father had been given a chair, not a trolley, for the first 11 hours.",
        [
            "“How is a man of 84 supposed to lie on a trolley for a day and a night?” asked Declan Fitzmaurice, whose father, Paddy, was treated at the hospital in February.",
            "Mr Fitzmaurice said his father had been given a chair, not a trolley, for the first 11 hours.",
        ],
    ),
    (
        "n132-ie-crisis-ninety",
        "“It's not a winter crisis any more. It's a 12-month crisis,” she said. “Ninety-four days!”",
        [
            "“It's not a winter crisis any more.",
            "It's a 12-month crisis,” she said.",
            "“Ninety-four days!”",
        ],
    ),
    (
        "n132-gh-oz-cocoa",
        "Gold exports were worth US$3.42 billion, or 55.1% of the total, at an average realised price of US$2,618 per fine oz. Cocoa earnings, by contrast, fell 21.6% to US$712 million, the fourth quarterly fall in a row.",
        [
            "Gold exports were worth US$3.42 billion, or 55.1% of the total, at an average realised price of US$2,618 per fine oz.",
            "Cocoa earnings, by contrast, fell 21.6% to US$712 million, the fourth quarterly fall in a row.",
        ],
    ),
    (
        "n132-gr-ellipsis-we",
        "“The wind changed direction three times in an hour… We had to pull crews back twice,” she said.",
        [
            "“The wind changed direction three times in an hour…",
            "We had to pull crews back twice,” she said.",
        ],
    ),
    (
        "n132-gr-am-please",
        "“Bottled water will be handed out at the school in Kato Pyrgaki from 9 a.m. Please be patient,” he wrote.",
        [
            "“Bottled water will be handed out at the school in Kato Pyrgaki from 9 a.m.",
            "Please be patient,” he wrote.",
        ],
    ),
    (
        "n132-cy-v-no",
        "In its judgment in Llewellyn-Harries v. Hafod Care Group Ltd. (Case No. 1601187/2026), sent to the parties on Tuesday, the tribunal found that the company had failed to make reasonable adjustments and had dismissed her for a reason connected with her disability.",
        [
            "In its judgment in Llewellyn-Harries v. Hafod Care Group Ltd. (Case No. 1601187/2026), sent to the parties on Tuesday, the tribunal found that the company had failed to make reasonable adjustments and had dismissed her for a reason connected with her disability."
        ],
    ),
    (
        "n132-cy-cyf-all",
        "© 2027 Dispatch Cymru Cyf. All rights reserved.",
        ["© 2027 Dispatch Cymru Cyf.", "All rights reserved."],
    ),
    (
        "n132-sc-etc-none",
        "Achmore sets it all in the back kitchen of a Paisley tenement in 1987: the pulley, the twin-tub, the radio tuned to the football etc. None of it is there for nostalgia.",
        [
            "Achmore sets it all in the back kitchen of a Paisley tenement in 1987: the pulley, the twin-tub, the radio tuned to the football etc.",
            "None of it is there for nostalgia.",
        ],
    ),
    (
        "n132-sc-mrs-initial",
        "As their mother, Mrs. Cairncross, the veteran actor Jean T. Barrowfield barely speaks until the second act. When she does, it is devastating. Devastating.",
        [
            "As their mother, Mrs. Cairncross, the veteran actor Jean T. Barrowfield barely speaks until the second act.",
            "When she does, it is devastating.",
            "Devastating.",
        ],
    ),
    (
        "n132-sc-min-nobody",
        "The evening runs 2 hr. 25 min. Nobody I spoke to at the interval wanted it shorter.",
        [
            "The evening runs 2 hr. 25 min.",
            "Nobody I spoke to at the interval wanted it shorter.",
        ],
    ),
    (
        "n132-sc-ellipsis-then",
        "The second act drifts… then, in one long scene at the ironing board, it finds its nerve again.",
        [
            "The second act drifts… then, in one long scene at the ironing board, it finds its nerve again."
        ],
    ),
    (
        "n132-nz-no8",
        "Hawke's Bay led 17-13 at half-time after tries by wing Lachie Pomare-Haddrell and No. 8 Isaia Leaupepe, both converted by first five Jack Tervitt-Haines, and a Tervitt-Haines penalty.",
        [
            "Hawke's Bay led 17-13 at half-time after tries by wing Lachie Pomare-Haddrell and No. 8 Isaia Leaupepe, both converted by first five Jack Tervitt-Haines, and a Tervitt-Haines penalty."
        ],
    ),
    (
        "n132-nz-q-think",
        "“Was it a penalty at halfway? I don't think so,” she said. “But we lost it ourselves, with the yellow card and the lineout.”",
        [
            "“Was it a penalty at halfway?",
            "I don't think so,” she said.",
            "“But we lost it ourselves, with the yellow card and the lineout.”",
        ],
    ),
    (
        "n132-ke-a-by",
        "A. By December, if the long rains are normal. Gatura Dam is at 38 per cent of capacity today, against 71 per cent this time last year. We cannot pump water that is not there.",
        [
            "A. By December, if the long rains are normal.",
            "Gatura Dam is at 38 per cent of capacity today, against 71 per cent this time last year.",
            "We cannot pump water that is not there.",
        ],
    ),
    (
        "n132-sg-pm-only",
        "Children in the study spent a median of 61 minutes a day outdoors on school days, mostly between noon and 2 p.m. Only 8 per cent reached two hours.",
        [
            "Children in the study spent a median of 61 minutes a day outdoors on school days, mostly between noon and 2 p.m.",
            "Only 8 per cent reached two hours.",
        ],
    ),
    (
        "n132-sg-colon-advice",
        "Prof Chionh's advice is simple: “After school, before dinner, outside. Rain or shine.”",
        [
            "Prof Chionh's advice is simple: “After school, before dinner, outside.",
            "Rain or shine.”",
        ],
    ),
    (
        "n132-sg-pte-co",
        "© 2027 Angsana Observer Pte. Ltd. Co. Regn. No. 201934512K.",
        ["© 2027 Angsana Observer Pte. Ltd.", "Co. Regn. No. 201934512K."],
    ),
    (
        "n132-ph-am-other",
        "Petrolyn Philippines Inc. said its new prices would take effect at 6 a.m. Other firms, incl. Kalayaan Petroleum Corp. and Bagwis Fuels, will follow at 12:01 a.m. on Wednesday.",
        [
            "Petrolyn Philippines Inc. said its new prices would take effect at 6 a.m.",
            "Other firms, incl. Kalayaan Petroleum Corp. and Bagwis Fuels, will follow at 12:01 a.m. on Wednesday.",
        ],
    ),
    (
        "n132-ph-atty-dec",
        "Department of Energy Oil Industry Management Bureau director Atty. Rodolfo C. Salvacion said the increases followed a 4.2% rise in regional gasoline prices last week, after major producers agreed to extend output cuts until Dec. 2027. He said the peso's fall to P58.90 against the US dollar on Friday had added about 20 centavos per liter.",
        [
            "Department of Energy Oil Industry Management Bureau director Atty. Rodolfo C. Salvacion said the increases followed a 4.2% rise in regional gasoline prices last week, after major producers agreed to extend output cuts until Dec. 2027.",
            "He said the peso's fall to P58.90 against the US dollar on Friday had added about 20 centavos per liter.",
        ],
    ),
    (
        "n132-us-us-ltd",
        "Halworth ranked 1,500 universities this year, 212 of them in the U.S. The list is published by Halworth Education Data Ltd., a London-based firm.",
        [
            "Halworth ranked 1,500 universities this year, 212 of them in the U.S.",
            "The list is published by Halworth Education Data Ltd., a London-based firm.",
        ],
    ),
    (
        "n132-us-q-excl-said",
        "“Do you want to know why we fell? Look at the empty offices in Carraway Hall!” said Tomasz R. Wierzbowski, a chemistry professor who leads the chapter.",
        [
            "“Do you want to know why we fell?",
            "Look at the empty offices in Carraway Hall!” said Tomasz R. Wierzbowski, a chemistry professor who leads the chapter.",
        ],
    ),
    (
        "n132-us-pm-thursday",
        "The faculty senate will discuss the rankings at 3:30 p.m. Thursday in Herrold Hall.",
        ["The faculty senate will discuss the rankings at 3:30 p.m. Thursday in Herrold Hall."],
    ),
]
