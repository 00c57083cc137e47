"""Hundred-and-twenty-fourth set of new hand-labelled pages for the hint engines (tuning set, round forty-eight):
twelve WHOLE pages, head to tail, from twelve countries (Wales, India, Kenya, the United States,
New Zealand, Malaysia, Canada, Australia, Ireland, South Africa, England and Trinidad and Tobago),
one for each of twelve genres: an obituary (Wales, a male voice choir conductor dies aged 91); a film
review (India, a Hindi thriller about a municipal accountant); a fact-check article (Kenya, a
governor's claim of 1,200 km of tarmac roads); a story carrying correction notices (the United
States, a school board budget that cuts 23 teaching jobs); letters to the editor with editor's notes
(New Zealand, a cycleway, rates, church bells and a ferry time); health advice (Malaysia, dengue
cases up 48.2%); an election results page (Canada, a Newfoundland and Labrador town elects a new
mayor by 112 votes); a sports preview with odds (Australia, a country rugby league grand final); a
property/market report (Ireland, Cork asking prices up 7.4%); a court sentencing (South Africa, a
municipal finance chief jailed for 15 years over R18.4m tender fraud); a school inspection report
story (England, a primary school rated inadequate); and a transport timetable change (Trinidad and
Tobago, a water taxi cut from eight sailings a day to five). What is hard is CHECK-WORTHINESS and
SENTENCE SPLITS in genres whose pages mix the two: statements of record (a life's dates, a runtime, a
sum of two road figures, corrected facts, a rates bill, a case count, vote totals, bookmaker odds, an
asking price, a sentence, an inspection rating, a sailing time) stand beside opinions with numbers
("The first 40 minutes are as good as anything in Hindi cinema this year", "On form, those odds look
generous", "I'd call $2.9m cheap", "every one of us will be a semitone sharp"), predictions and
hedges ("may well reach 1,500 km", "slow to between 4% and 5% by the end of the year", "Stingers by
8.", "perhaps sooner", "in all likelihood"), feelings, rhetorical questions ("Did a film this
disciplined really need a 12-minute wedding song?", "Who on the council is going to admit this was a
mistake?", "Is that too much to ask?") and advice; and the splits fall around abbreviations that END
a sentence before a capital ("Co.", "Pvt. Ltd.", "(Pty) Ltd.", "Ltd.", "Inc.", "Pty Ltd.", "Co.
Kerry.", "a.m.", "p.m.") and ones that do NOT ("Dr. Shalini", "Dr. Zulkarnain", "Mr. Tuohane", "Mr.
St. Rosanville", "Kwame St. Rosanville", "St. John's", "St. Augustine", "St. Kentigal's", "Wis. —",
"N.L. —", "Jr.", "v.", "e.g.", "i.e.", "approx.", "sq. m", "Sdn. Bhd.,", "Pvt. Ltd.,", "Harbour
Rd.", "Victoria Ave.", "Rev. Dr.", "Eng.", "Adv.", "Cllr.", "Mrs."), decimals ("214.6 km", "$1.55",
"4.5-point", "38.2%", "5.45 a.m.", "3.10pm"), initials ("Huw T. Gelliwen", "Alun R. Trefoyle",
"Desmond J. Fitzharnon", "T.J. Marrabelle", "P.J. TAWHERAU", "D.A. MACPHERSTON"), times ("at 11
a.m." and "at 7 a.m." ending sentences, "shortly before 11 p.m." before a quote, "6:30 p.m." and
"10:05 p.m.", "8 p.m. on Thursday.", timetable lines with "a.m., " and "p.m., " inside), and quotes
whose "?" or "!" is followed by the attribution ("?” Velankarin asked at a press screening ...",
"“Which 1,200 km?” asked ...", "“Shame on you!” shouted ...", "?” she asked.", "“We did it!”
Gosselbury told ...", "?” asked Drovers captain ...", "“Fifteen years?” said ...", "?” she asked the
court ...", "“Why did nobody tell us?” said ...", "“Five boats for two thousand people!” said ...",
"?” she said."), beside questions and exclamations inside quotes with no attribution after them
("“Did he ever say well done?" / "Not once in six years!", "Four!", "“Not me." / "I'm happy where
we are.”"). Each page carries its site's furniture at the head (mastheads, subscribe and sign-in
strips, menus, section paths, labels, bylines with roles, date and Updated lines, share strips,
captions and credits, an info box, live-results lines), in the middle (ADVERTISEMENT, Read more and
Also read links, a correction label, editor's-note labels, results-table titles and header rows, a
Teams title, a timetable title) and at the tail (condolence lines, related, more-from and most-read
lists, a critic's bio, a rating key, an update note, tip lines, a funding note, a contact line, a
subscription appeal, a letters policy, a disclaimer, an odds notice and a gambling-help line,
newsletter lines, publisher, company and registration lines, copyright lines, footers). The pages
hold 534 sentences: 211 "B", 153 "W" and 170 ""; 147 sentences carry a speaker (68 distinct
speakers). `STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief `/tmp/brief/common.md` (printed whole, with a listing of
`/tmp/brief`, which also held a task list, of which the first 50 lines were printed: the lines of
this set and of five other sets); `/tmp/sets` was listed once, and held other writers' scratch
folders, none of which was opened; the module docstrings of `labelled_new.py` and `labelled_new2.py`
(printed whole with `ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (its source
segment printed by an `ast` script of my own, that function only); the `[tool.ruff]` tables of
`pyproject.toml` (printed by a regular-expression script of my own); and, from `labelled_new119.py`
and `labelled_new120.py`, the output of a script of my own using `ast` that prints the module
docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each. It was
printed once (the tool cut its middle, so that the first part of the docstring of
`labelled_new119.py`, and the end of the first page, the second page and the cases of
`labelled_new120.py` were seen), then saved to a scratch file, of which `grep -n` showed the section
markers and `sed` showed three ranges: the rest of the docstring and most of the `STYLES` of
`labelled_new119.py` (lines cut at 1,500 characters; the tool cut the last of its styles and the
first of those of `labelled_new120.py`), the last styles of `labelled_new120.py`, and the whole
docstring of `labelled_new120.py` (lines cut at 400 characters); so no page and no case of
`labelled_new119.py` and not the start of the first page of `labelled_new120.py` were seen. No other
page, case or docstring of any file under `tests/` was read. What was run: a Python one-liner
printing the calendars of February to May 2027 (to check weekdays); scripts of my own in a scratch
folder that turn a small line format (flag, speaker, cue and text separated by a tilde, one line a
paragraph unless it starts with "+", case marks naming a first sentence and a length) into the
literals below, apply renames, count sentences, flags and speakers and cut the split cases out of the
pages; substring, case-insensitive per-word file counts (`grep -rliF -- WORD /work/main/tests/text |
wc -l`) for every capitalised word of three letters or more and every part of a hyphenated word of
the pages (692 words, then the 44 new words after the renames), and for every candidate replacement; a
scan of the labelled sentences for a full stop, question or exclamation mark followed by a capital
inside one sentence (it found two furniture lines holding two sentences each, which were split); an import of this file with
`labelled_articles.build` on every page and a check of four string fields, the flags, the text at
each label's offsets, no "B" with a speaker, a cue for every speaker and a speaker for every cue, 30
distinct case ids, every case text in a built page and equal to its sentences joined by single
spaces, each expected sentence one labelled sentence of one paragraph, in order, and the counts
above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's
`pyproject.toml` as config, the check through `--stdin-filename tests/text/labelled_new124.py` so
that the per-file ignores for `tests/**` apply. Only counts were read from the word searches, never
the matched lines or file names. Of the first draft's coined words, about forty-five hit other files
and were renamed: surnames and parts of hyphenated surnames (Achurra, Apte, Baptistine, Bhavsarkar,
Brennigan, Brightmore, Dunwoodie, Echavarre, Gorrindale, Haverfield, Hicks, Kelkar, Lindqvist,
Lyle, Maart, Marchwell, Marrabee, Marrowbone, Mbekweni, Mwaurah, Okafor, Otienyo, Oyelaran, Pike,
Penhallow, Pettingale, Rosaire, Sorrensby, Tallisford, Tawhero, Thornquist, Treharne, Tshabalira,
Tuohig, Vessington, Yusri; hyphenated names were cut to one coined word), and places, saints' names,
firms and titles (Botolph, Columba, Kaiwhenua, Pōhatu, Gulfline, Qhama, Tregarn, a film title
Kesari); replacements that hit as well (Wendrith, Brightcombe, Columbine, Haverbrook, Marrowdene,
Marrowick, Ndabankulu, Penhallick, Tallowmere, Tallowbrook, Trelawdy) were dropped for others; only
replacements with no hit were kept. What still hits is real countries, regions, cities, towns,
suburbs, valleys and roads (Wales, Llanelli, Carmarthen, Carmarthenshire, Llandeilo, Ammanford,
Swansea, Cardiff, the Gwendraeth, Mumbai, Thane, Kalwa, Andheri, Nairobi, Nakuru, Naivasha, Gilgil,
Selangor, Shah Alam, Subang Jaya, Petaling Jaya, Klang, Boston, Lincolnshire, the Fens and the
Wolds, Cork, Kerry, Dingle, Douglas, Dublin, Makhanda, Gqeberha, Kenton-on-Sea, Amathole, San
Fernando, Marabella, St. Augustine, Tobago, the Solomon Hochoy Highway and the like), common given
names kept on purpose (Gwilym, Rhodri, Huw, Alun, Dafydd, Catrin, Eluned, Sioned, Mererid, Beti,
Kiran, Meher, Anant, Madhav, Shalini, Vasant, Nandita, Brian, Wanjiru, Josphat, Dana, Megan,
Patricia, Luis, Gary, Mike, Ruth, Ann, Margaret, Farah, Nadhirah, Norhayati, Zulkarnain, Theresa,
Desmond, Linda, Colleen, Brendan, Sheila, Kevin, Peg, Rajiv, Glen, Carla, Aldous, Vince, Josh, Liam,
Corey, Ryan, Kane, Jayden, Brodie, Sione, Jack, Tom, Ethan, Nathan, Gavin, Kylie, Wes, Declan,
Niamh, Fergal, Sipho, Lindiwe, Lwazi, Xola, Nokuthula, Marcia, Jade, Trevor, Peter, Owen, Anjali,
Kwame, Vindra, Roshan, Dylan), Welsh, Hindi and Māori common words (Côr, Meibion, Capel, Bethel,
Heol, Fawr, Ysgol, Prakashan, Dhaba, Awa) and English and outlet words (Argus, Beacon, Chronicle,
Courier, Echo, Guardian, Herald, Lantern, Ledger, Sentinel, Seaward, Coastline, Drovers, Stingers,
Pelican, Tinplate, Talkies, Tiffin, Auctioneers, Estates, Maritime, Orchard, Drove, Hollow, Canon)
and tokens (MBE, DAC, PAIA, MYT, IST, KSh, Sdn, Bhd, Pvt, Pty, Ltd, Inc, Adv, Eng, Cllr, Datuk,
Mohd).

Every person, outlet, firm, studio, publisher, bookmaker, estate agency, auctioneer, fact-checking
desk, trust, choir, chapel, church, school, hospital, club, league, oval, park, district, town,
street, vessel, film, novel and figure is invented. Real countries, regions, cities and
institutions appear only as settings: those listed above, the National Eisteddfod and the New Year
Honours (an invented career), Covent Garden (a debut), the National Film Award (an invented award),
Nakuru County and its assembly and a national roads agency (invented records), the Malaysian Health
Ministry (invented figures), the Royal Canadian Legion's halls (as a place), the Central Statistics
Office and the Department of Housing (invented figures), the Eastern Cape high court in Makhanda,
the National Prosecuting Authority and the Auditor-General (invented statements), Ofsted, the
Department for Education and Lincolnshire County Council (invented statements and figures), a
Ministry of Works and Transport (an invented approval), and Facebook, X, WhatsApp, Telegram and
LinkedIn (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, label, byline, role, date, share line, caption, credit,
info-box line, table row, list item, signature, button row and legal line is a paragraph of its
own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in
the recent sets: furniture "B" line by line, whatever it says; a caption by its content and its
credit "B"; headlines and standfirsts never split and flagged by content, a headline's or
standfirst's "says", "finds" or "expect" carrying the speaker the story names as first given; a
dateline belongs to its lead sentence; a speaker is the full name as first given without titles
("Governor", "Eng.", "Supt.", "Datuk Dr.", "Dr.", "Mrs.", "Mr.", "the Rev. Canon", "Cllr.", "Adv.",
"State advocate", "Defence advocate", "Judge", "returning officer" dropped; initials and "Jr." kept);
a pronoun or a later surname resolves to it; a generic noun for an organisation or a document is kept
as written ("The company", "the company", "The ministry", "the estate agency", "the report", "The
same report", "The council", "Church trustees", "Inspectors"), while "It said" resolves to the
organisation as first given; "according to X" gives X as written, a named person in X by the name
alone ("according to the choir's secretary, Alun R. Trefoyle" -> "Alun R. Trefoyle"); a descriptor
before a proper name is dropped ("The producers, Sahyadri Talkies Pvt. Ltd.," -> "Sahyadri Talkies
Pvt. Ltd."); a quote over several sentences carries its speaker and cue in each.

Conventions this set had to settle, in the same spirit:

* Obituary: the life of record (births, jobs, dates, honours, survivors) carries no speaker and is
  "W"; tributes and colour are ""; funeral arrangements and a donations line are "" (a schedule, not
  a claim).
* Review: the critic's own judgments carry no speaker and are "", numbers or not ("The first 40
  minutes ...", "I counted three endings"); facts about the film (the source novel, a runtime
  comparison, an award) are "W"; the info box at the head (rating, cast, director, runtime) is ""
  data line by line, like a scorecard.
* Fact-check: the CLAIM line carries the claimant and is "W"; the VERDICT line and the verdict
  sentence are ""; the summary and reasons that state figures are "W"; the checker's method ("We
  checked the figure ...") is ""; the rating key is "B".
* Corrections: a "Correction:" or "Editor's note:" label on its own line is "B"; "An earlier version
  of this story misstated ..." is ""; the corrected facts ("The district will cut 23 positions, not
  32.") and a bracketed "[This paragraph has been corrected to show ...]" are "W"; a note that
  corrects the paper itself ("We apologise for the error; ...") carries no speaker and is "W" for
  its fact.
* Letters: each letter's title is a headline, flagged by content (""); the signature line ("P.J.
  TAWHERAU, Mangawera") is "B", like a byline; the writer's own text carries no speaker, like a
  columnist's: figures and records "W", opinions, exclamations and questions "".
* Health advice: list items and instructions of advice ("Empty, scrub and turn over containers
  ...") and the subheads over them are ""; factual medical statements attributed to a physician
  (when the mosquito bites, a bleeding risk) are "W"; the disclaimer is "B".
* Results page: table titles, column-header rows, "Polls reporting", "Live results · Last updated"
  and "Unofficial results" lines are "B"; each row is "" data, like a scorecard line.
* Sports preview: bookmaker odds and the line stated as a fact are "W", the paper's view of them and
  its tip ("Stingers by 8.") are ""; subheads ("Key match-up", "Our tip") are "", the "Teams" title
  "B", the team lists and the referee "" data; ticket, odds and gambling-help notices are "B".
* Market report: "the report estimated" a building cost is "W"; forecasts and "most agents believe"
  are ""; a methodology note at the foot stating the report's sample is "W".
* Court: "had argued for 20 years" has the cue "had argued" and is "W"; a judge's remark on remorse
  is "".
* Timetable: the timetable's title is "B"; its departure, journey-time and fare lines are "" data
  (a schedule); a customer-line hours note in the story is "".
* "inspectors found" and "Inspectors also found" carry "inspectors" / "Inspectors" with the cue
  "found"; "confirmed" is a cue ("Stingers coach ... confirmed ..." "W").

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or three
consecutive sentences of one paragraph of these pages joined by single spaces: "Co." before "He
sang"; "“Did he ever say well done?" before "Not once in six years!"; "11 a.m." before "Donations";
"Pvt. Ltd." before "Its author"; "Dr. Shalini" mid-sentence; "?” Velankarin asked" as one sentence;
"“Which 1,200 km?” asked"; "Wis. —" in a dateline; "10:05 p.m." before "More than"; "“Shame on you!”
shouted"; "Four!" before "For $3.4m" with "Rd." mid-sentence; "(e.g. from ...)"; "7 a.m." before "So
is the library."; "5.30 p.m." before "It leaves at 5.15 p.m."; "approx." and "Dr. Zulkarnain said"
before "It can breed"; "?” she said." before "“I do now.”"; "“We did it!” Gosselbury told"; "11
p.m." before a quote; "St. John's" mid-sentence; "$1.55" and "4.5-point"; "?” asked Drovers captain
T.J. ..." before "“Not me." and "I'm happy ...”"; "Co. Kerry." before "There"; "sq. m" before
"Nearly every agent"; "(Pty) Ltd." before "The company"; "Adv." before "?” she asked the court";
"“Fifteen years?” said"; "9 a.m." before "During"; "?” said Jade ..." with "8 p.m. on Thursday." and
"I'm furious.”"; "5.30 a.m." before "The last left"; "!” said Anjali ..." before a question: what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Welsh REGIONAL WEEKLY\'s OBITUARY (Carmarthenshire), a male voice choir conductor dies aged 91: masthead in capitals, subscribe/notice strip, menu with wide spaces, section path with ›; headline and standfirst of record "W"; byline, role and date on three lines, share strip; caption "" and archive credit; the life of record with no speaker "W" ("his family said" "W"; "the Penfoel Tinplate Co." ending a sentence before "He sang ..."); the son named after his quote (colour "", a continued quote ""); a former pupil with initials "Huw T." (a debut "W", gratitude "", "“Did he ever say well done?" / "Not once in six years!" / "He said it with his eyebrows.”" ""); Advertisement; the present conductor (a cancelled concert "W", a feeling with a number ""); an honour "W"; "according to the choir\'s secretary, Alun R. ..." carrying the secretary "W" and his hedged boast ""; survivors "W"; the funeral "at 11 a.m." ending a sentence before "Donations ..." ""; Read more link, condolence lines, More obituaries list, publisher line split at "Ltd." before "Company No. ...", registered office, copyright, footer links',
    'Indian DAILY\'s FILM REVIEW (Mumbai), a Hindi thriller about a municipal accountant: masthead in capitals, ePaper/subscribe strip, menu with pipes, section path with slashes; headline an opinion with a number ""; byline, an Updated line with IST, share line; an info box (rating, cast, director, runtime) as "" data lines; caption "" and studio credit; the plot and the source novel of record "W" ("Pvt. Ltd." ending a sentence before "Its author ..."); the critic\'s judgments with numbers ("The first 40 minutes ...", "a 12-minute wedding song?", "I counted three endings") ""; "Dr. Shalini ..." mid-sentence in a cast line ""; a runtime comparison and an award "W"; ADVERTISEMENT; the director\'s question "?” Velankarin asked at a press screening ..." as one sentence "" and her answer ""; a shooting schedule "W"; a budget through "according to trade analysts" "W"; the producers with "Pvt. Ltd.," mid-sentence "W"; a hedge, a doubt and a two-sentence verdict ""; a release date ""; Also Read list, critic bio, copyright, footer links',
    'Kenyan FACT-CHECK SITE, a governor\'s claim of 1,200 km of tarmac roads: masthead in capitals, tagline, menu with pipes, FACT-CHECK label; headline of record "W"; byline, a Published/read-time line, share line; a CLAIM line carrying the governor "W", a VERDICT line "" and a summary "The county\'s own records show ..." "W"; the rally quote "told supporters" "W" and a view count "W"; the checker\'s method ""; the roads department\'s annual report through according to "W" and "The same report shows" with "i.e." mid-sentence "W"; a sum "W" and a hedge ""; national roads data "W"; the governor\'s communications director with "Eng." dropped "W" and his quote ""; "The speech did not say ..." "W"; a rider named after "“Which 1,200 km?” asked ..." "" and his road "W"; ADVERTISEMENT; an earlier speech "W" and her prediction ""; a budget figure through according to "W"; the verdict "" and its reason "W"; a rating key, an update note, a tip line, a funding note, Related list and a copyright line, all "B"',
    'United States LOCAL NEWSPAPER\'s site (Wisconsin), a school board budget that cuts 23 teaching jobs, with CORRECTIONS: masthead in capitals, subscribe strip, menu with pipes, section label; headline "W"; byline and role, a Published/Updated line with "p.m. CT", share line; a "Correction:" label "B", "An earlier version ... misstated ..." "" and two corrected facts "W"; caption "" and credit; a "MARLOWE FALLS, Wis. —" lead "W"; the superintendent (enrollment "W", a two-sentence quote ""); "6:30 p.m." mid-sentence and "10:05 p.m." ending a sentence before "More than 200 ..." "W"; "“Shame on you!” shouted a parent ..." carrying "a parent at the back of the room" "" and a recess ""; capacity through according to "W", a move ""; a bracketed "[This paragraph has been corrected ...]" "W"; a mother\'s petition "W", "?” she asked." and "“I don\'t think so.”" ""; two dissenting members with "Jr." "W" and "Echavornez said" the reserve "W", "he said" ""; the union president (retirements "W", a hedged expectation ""); ADVERTISEMENT; a forum and a could-referendum ""; contact line, Related list, subscription appeal, copyright and footer',
    'New Zealand REGIONAL DAILY\'s LETTERS page: masthead in capitals, sign-in strip, menu with wide spaces, section path with ›; headline ""; date line, share line; five letters, each with its own title "" and a signature line in capitals "B" (initials "P.J.", "D.A." and "Rev. Dr. ALISON M. ..."); the writers\' own text carries no speaker: figures and records "W" (a count of cyclists "between 7 and 8 a.m.", a rates bill, a ferry time), opinions, "Four!", "(e.g. from the university ...)", rhetorical questions and a feeling ""; "Harbour Rd." and "Ngaruakai Rd." mid-sentence, "7 a.m." ending a sentence before "So is the library." and "5.30 p.m." before "It leaves ..."; an "Editor\'s note:" label "B" with "The council says" and "according to council figures" "W"; "Church trustees say" "W"; a second editor\'s note correcting the paper "W"; a letters policy, More Opinion list, copyright and footer links "B"',
    'Malaysian DAILY\'s HEALTH ADVICE (dengue): masthead in capitals, log-in/language strip, menu with wide spaces, section path with >; headline "..., says doctor" carrying the physician "W"; byline, date line with MYT, a listen line; caption "" and "— Filepic"; a "PETALING JAYA:" lead through "according to the Health Ministry" "W" and deaths "W"; a physician with "Datuk Dr." dropped and "Sdn. Bhd.," mid-sentence "W", a two-sentence quote "", the critical phase "W"; subheads "" and symptom and warning lists, each item "" (advice); "approx. two hours after sunrise" and "Dr. Zulkarnain said" "W" and a breeding claim "W"; drug advice with a bleeding risk "W" and a two-sentence quote ""; Advertisement; hotspots through the bulletin "W" and "The ministry said" a likely-forecast ""; a mother named with her son\'s admission "W", a feeling "", "?” she said." and "“I do now.”" ""; home advice items "" ("4 to 6 hrs."); a fine under the law "W"; Also read link, a disclaimer, Related list, copyright with "Sdn. Bhd." and a registration line, footer links',
    'Canadian ELECTION RESULTS PAGE (Newfoundland and Labrador), a town elects a new mayor by 112 votes: masthead in capitals, sign-in strip, menu with pipes, a MUNICIPAL ELECTION label; headline "W"; "Live results · Last updated 11:42 p.m. NT" and "Unofficial results" lines "B"; results tables whose titles, header rows and "Polls reporting" lines are "B" and whose rows are "" data; byline; a "KELLMONT, N.L. —" lead "W"; turnout through "said" "W"; "“We did it!” Gosselbury told ..." as one sentence "" and "“Now the hard part starts.”" ""; a plant cost "W", a feeling and a question ""; "shortly before 11 p.m." ending a sentence before a quote "W" and his post ""; his causal defence "W" and an expectation ""; ADVERTISEMENT; poll toppers and a first "W"; a political scientist with "St. John\'s" mid-sentence ("the norm now" "") and a hedge beside a count of record "W"; a swearing-in date ""; results link, More coverage list, copyright split at "Inc." before "All rights reserved.", footer',
    'Australian REGIONAL PAPER\'s SPORTS PREVIEW WITH ODDS (New South Wales), a country rugby league grand final: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; headline an opinion ""; byline, an Updated/first published line, share line; caption "" and picture credit; the fixture "at 3.10pm" and a 2009 result "W"; season records "W"; bookmaker odds "$1.55" and "4.5-point favourites" "W" beside "those odds look generous" ""; form "W"; the coach "confirmed" an injury "W", a try tally "W", a two-sentence quote ""; the captain with initials "T.J." named after "“Who wants to ...?” asked ..." "" and "“Not me." / "I\'m happy where we are.”" ""; ADVERTISEMENT; a "Key match-up" subhead "", "Marrabelle v. Stingers five-eighth ..." with tackle breaks "W" and a probably ""; a "Teams" title "B" and team lists and the referee "" data; an "Our tip" subhead "", "Stingers by 8." and "who knows?" ""; tickets, an odds notice, a gambling-help line, More sport list, copyright split at "Pty Ltd." before "All rights reserved.", footer',
    'Irish NATIONAL DAILY\'s PROPERTY/MARKET REPORT (Cork): masthead in capitals, sign-in strip, menu with wide spaces, section path with ›; headline "..., Corrawn Estates report finds" carrying the report as the lead names it "W" and a standfirst "Agents expect ..." ""; byline, role, date line, share line; caption with "Co. Cork." "" and photograph credit; the asking price through according to "W" and "the estate agency said" "W"; a record low "W"; "Co. Kerry." ending a sentence before "There, ..., the report said." "W"; the chief economist (selling times "W", "“Is the market cooling?” she said." and "“Not yet, ...”" "", "Dr. Ó Ceallacháinn said" a forecast with figures "" and a hedge ""); Advertisement; CSO completions "W"; "€3,240 per sq. m" with "the report estimated" "W" and "Nearly every agent the Ledger spoke to said" ""; an auctioneer named after his quote with "Ltd." ending it "", "Mr. Tuohane said" a sale "W", "He said" an opinion ""; Department of Housing figures "W"; colour ""; rents through the paper\'s own analysis "W"; a rhetorical question "" and "most agents believe" ""; a methodology note "W"; Related list, newsletter lines, copyright with "DAC", footer',
    'South African NEWS SITE\'s COURT SENTENCING (Eastern Cape), a municipal finance chief jailed for 15 years: masthead in capitals, subscribe strip, menu with pipes, section path with a slash; headline "W" and a standfirst "Judge says ..." carrying the judge ""; byline, role, date line, share line; caption "" and a credit in capitals; "(Pty) Ltd." ending a sentence before "The company was paid ..." "W"; conviction and sentence of record "W"; the judge\'s remarks "" and a forfeiture "W"; concurrency and the brother-in-law\'s sentence "W"; the state advocate with "Adv." dropped ("had argued for 20 years" "W", "?” she asked the court during argument on Monday." "", recoveries "W"); ADVERTISEMENT; defence counsel (no previous convictions "W", a likely appeal ""); the prosecuting authority\'s spokesperson (a count "W", a message ""); a resident named after "“Fifteen years?” said ..." "" with taps of record "W" and a feeling ""; administration through gazette notices "W" and an audit outcome "W"; Related list, WhatsApp line, publisher line with "(Pty) Ltd.", copyright, footer',
    'English LOCAL NEWS SITE\'s SCHOOL INSPECTION REPORT story (Lincolnshire), a primary school rated inadequate: masthead in capitals, sign-in strip, menu with wide spaces, section path with ›; headline "W" and a standfirst "Head says ..." carrying the headteacher "W"; byline, role, date line, share line; caption "" and image credit; "inspectors found" a lapse "at about 9 a.m." ending a sentence before "During the same visit ..." "W"; ratings of record "W"; "the report says" "W" with "i.e." mid-sentence; outcomes "W" and "well below the national average" ""; the headteacher with "Mrs." dropped ("W", a two-sentence quote ""); Advertisement; the chair of governors with "the Rev. Canon" dropped (a review "W", "special measures within two years, perhaps sooner" ""); "the Department for Education said" "W"; a parent named after "“Why did nobody tell us?” said ..." "" with "8 p.m. on Thursday." and "I\'m furious.”" "", her applications "W"; the county council\'s figures "W"; a cabinet member with "Cllr." dropped ""; Read more link, newsletter lines, Most read list, publisher line, copyright split at "Ltd." before "All rights reserved.", footer',
    'Trinidad and Tobago DAILY\'s TRANSPORT TIMETABLE CHANGE, a water taxi cuts San Fernando sailings from eight to five: masthead in capitals, e-paper strip, menu with pipes, section path with ›; headline "W" and a standfirst "Commuters say ..." ""; byline, Published line, share line; caption "" and "—Photo:" credit; the operator with "Ltd.," as first given "W", unchanged weekend sailings "W", "The company said" faults "W", "It said it expected" a return ""; a timetable title "B" and timetable lines with "a.m., " and "p.m." inside, "approx. 50 mins." and fares, all "" data; "5.30 a.m." ending a sentence before "The last left ..." "W"; ridership through "according to the company" "W"; a commuter named after "“Five boats for two thousand people!” said ..." "" and her question "", a drive of record "W", a fear ""; ADVERTISEMENT; the ministry\'s communications manager "Kwame St. ..." (an approval "W", "in discussions" ""), the reporter\'s question "" and "Mr. St. Rosanville said" ""; a transport economist with "Dr." dropped and "St. Augustine" mid-sentence (losses and a subsidy "W", a two-sentence quote ""); a customer line ""; Related list, tip line, copyright, footer',
]

ARTICLES = [
    [
        [("GLANMORFA COURIER", "", "", "B")],
        [("Subscribe | Sign in | Place a notice", "", "", "B")],
        [
            (
                "News     Sport     What's On     Family Notices     Obituaries     Cymraeg",
                "",
                "",
                "B",
            )
        ],
        [("Home › Family Notices › Obituaries", "", "", "B")],
        [("Gwilym Pryswerth, who led Pantyrhos choir for 38 years, dies aged 91", "", "", "W")],
        [
            (
                "The former tinplate worker turned music teacher took the choir to 11 National Eisteddfod wins",
                "",
                "",
                "W",
            )
        ],
        [("By Sioned Marchgrove", "", "", "B")],
        [("Chief reporter", "", "", "B")],
        [("09:40, 6 APR 2027", "", "", "B")],
        [("Share     Facebook     X     WhatsApp     Email", "", "", "B")],
        [
            (
                "Gwilym Pryswerth conducting Côr Meibion Pantyrhos at a concert in Llanelli.",
                "",
                "",
                "",
            )
        ],
        [("Picture: Courier archive / Dafydd Penhallwyn", "", "", "B")],
        [
            (
                "Gwilym Pryswerth, who conducted Côr Meibion Pantyrhos for 38 years and taught music to two generations of children in the Gwendraeth valley, has died aged 91.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "He died at a hospital in Carmarthen on Saturday, April 3, his family said.",
                "his family",
                "said",
                "W",
            )
        ],
        [
            (
                "Born in 1935 in Pontyberem, the son of a collier, he left school at 14 to work in the rolling mill of the Penfoel Tinplate Co.",
                "",
                "",
                "W",
            ),
            (
                "He sang his first solo at 16, in the chapel where his father was a deacon.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He joined the choir as a second tenor in 1953 and became its conductor in 1979, when it had 31 members.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "By the time he stepped down in 2017 it had 74, and had won the male voice competition at the National Eisteddfod 11 times.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“He could hear a flat baritone from the back of a car park,” said his son, Rhodri Pryswerth, a GP in Cardiff.",
                "Rhodri Pryswerth",
                "said",
                "",
            ),
            ("“He wasn't an easy man to sing for.", "Rhodri Pryswerth", "said", ""),
            ("But nobody ever wanted to sing for anyone else.”", "Rhodri Pryswerth", "said", ""),
        ],
        [
            (
                "After night classes in Swansea, he qualified as a teacher in 1964 and taught music at Ysgol Glanmorfa for 29 years, retiring as head of department in 1993.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Among his pupils was the bass-baritone Huw T. Gelliwen, who made his debut at Covent Garden in 1988.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Mr Gelliwen said on Monday that he owed his career “to one man and one upright piano”.",
                "Huw T. Gelliwen",
                "said",
                "",
            )
        ],
        [
            ("“Did he ever say well done?", "Huw T. Gelliwen", "said", ""),
            ("Not once in six years!", "Huw T. Gelliwen", "said", ""),
            ("He said it with his eyebrows.”", "Huw T. Gelliwen", "said", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The choir's present conductor, Mererid Dolwyn, said it had cancelled a concert in Llandeilo planned for Saturday and would sing at the funeral instead.",
                "Mererid Dolwyn",
                "said",
                "W",
            )
        ],
        [
            (
                "“There will be 80 of us in that chapel, and I suspect every one of us will be a semitone sharp from nerves,” she said.",
                "Mererid Dolwyn",
                "said",
                "",
            )
        ],
        [
            (
                "He was appointed MBE in the 2004 New Year Honours for services to music in Carmarthenshire.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In 2011 he recorded an album of hymns with the choir, Emyn yr Hwyr, which sold 4,200 copies in its first month, according to the choir's secretary, Alun R. Trefoyle.",
                "Alun R. Trefoyle",
                "according to",
                "W",
            )
        ],
        [
            (
                "“It probably outsold everything else in Wales that month, except possibly the Christmas number one,” Mr Trefoyle said.",
                "Alun R. Trefoyle",
                "said",
                "",
            )
        ],
        [
            (
                "He never learned to drive, and walked the two miles to rehearsals until he was 88.",
                "",
                "",
                "W",
            )
        ],
        [("His wife, Eluned, a nurse whom he married in 1961, died in 2015.", "", "", "W")],
        [
            (
                "He is survived by his son, his daughter Catrin, five grandchildren and two great-grandchildren.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The funeral will be held at Capel Bethel, Pontyberem, on Friday, April 16, at 11 a.m.",
                "",
                "",
                "",
            ),
            ("Donations in his memory may be made to the Pantyrhos Youth Choir fund.", "", "", ""),
        ],
        [
            (
                "Read more: Carmarthenshire choirs have lost a third of their members in ten years",
                "",
                "",
                "B",
            )
        ],
        [("Share your memories of Gwilym in our online book of condolence.", "", "", "B")],
        [("More obituaries", "", "", "B")],
        [("Beti Llwydarian, Ammanford's first woman mayor, dies at 88", "", "", "B")],
        [
            ("Glanmorfa Courier is published by Pendrevan Media Ltd.", "", "", "B"),
            ("Company No. 08812467.", "", "", "B"),
            ("Registered office: 12 Heol Fawr, Llanelli SA15 3PW.", "", "", "B"),
        ],
        [("© 2027 Pendrevan Media", "", "", "B")],
        [("About us | Contact | Complaints | Privacy | Cookies", "", "", "B")],
    ],
    [
        [("THE SEAWARD CHRONICLE", "", "", "B")],
        [("ePaper | Subscribe | Sign In", "", "", "B")],
        [("Home | India | Mumbai | Business | Sport | Entertainment | Opinion", "", "", "B")],
        [("Entertainment / Movies / Reviews", "", "", "B")],
        [
            (
                "‘Monsoon Ledger’ review: Kiran Bhavsarvan is superb in a slow, clever thriller that runs 20 minutes too long",
                "",
                "",
                "",
            )
        ],
        [("By Nandita Rauthmal", "", "", "B")],
        [("Mumbai, Updated: Apr 9, 2027 11:05 IST", "", "", "B")],
        [("Share     Tweet     WhatsApp     Copy link", "", "", "B")],
        [("Critic's rating: 3.5/5", "", "", "")],
        [("Cast: Kiran Bhavsarvan, Meher Dalvankar, Anant Kolhatkiri", "", "", "")],
        [("Director: Aparna Velankarin", "", "", "")],
        [("Runtime: 2 hrs 38 mins", "", "", "")],
        [
            (
                "Kiran Bhavsarvan as the accountant Madhav Kelkarni in a still from ‘Monsoon Ledger’.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Sahyadri Talkies", "", "", "B")],
        [
            (
                "Aparna Velankarin's third feature follows a municipal accountant in Thane who finds 14 crore rupees missing from a flood-relief fund in the summer of 2005.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "It is adapted from Vasant Ghodkere's Marathi novel of the same name, first published in 1998 by Padmarekha Prakashan Pvt. Ltd.",
                "",
                "",
                "W",
            ),
            ("Its author, now 81, co-wrote the screenplay with the director.", "", "", "W"),
        ],
        [("The first 40 minutes are as good as anything in Hindi cinema this year.", "", "", "")],
        [
            (
                "Velankarin builds dread out of ledgers, rubber stamps and one flickering tube light, and she trusts us to keep up.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Bhavsarvan, who has spent a decade playing the hero's friend, is a revelation: watch what he does with his hands when the deputy commissioner asks him to sign.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Meher Dalvankar, as Dr. Shalini Aptevarin, the only doctor at a relief camp in Kalwa, has less to do.",
                "",
                "",
                "",
            ),
            (
                "That is the film's real weakness: the women are there to be worried about.",
                "",
                "",
                "",
            ),
        ],
        [("And then there is the second half.", "", "", "")],
        [("Did a film this disciplined really need a 12-minute wedding song?", "", "", "")],
        [("I counted three endings, and the film seems unsure which one it believes.", "", "", "")],
        [
            (
                "At 2 hrs 38 mins, it is 31 minutes longer than Velankarin's previous film, ‘Chawl No. 9’, which won the National Film Award for best Marathi film in 2022.",
                "",
                "",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "“Why would anyone make a two-and-a-half-hour film about an accountant?” Velankarin asked at a press screening in Andheri on Wednesday.",
                "Aparna Velankarin",
                "asked",
                "",
            ),
            (
                "She answered her own question: “Because the accountant is the only one who knows where the money went.”",
                "Aparna Velankarin",
                "answered",
                "",
            ),
        ],
        [
            (
                "She said the film was shot over 52 days in Thane and Kalwa, with 400 residents as extras.",
                "Aparna Velankarin",
                "said",
                "W",
            )
        ],
        [
            (
                "The film was made for about ₹38 crore, according to trade analysts.",
                "trade analysts",
                "according to",
                "W",
            )
        ],
        [
            (
                "The producers, Sahyadri Talkies Pvt. Ltd., said advance bookings had crossed 1.2 lakh tickets by Thursday evening.",
                "Sahyadri Talkies Pvt. Ltd.",
                "said",
                "W",
            )
        ],
        [
            (
                "It may well be the sleeper hit of the summer; it deserves to be, flaws and all.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Whether audiences raised on three-minute reels will sit still for the long audit scene is another matter.",
                "",
                "",
                "",
            )
        ],
        [("Go for Bhavsarvan.", "", "", ""), ("Stay for the tube light.", "", "", "")],
        [("‘Monsoon Ledger’ is in cinemas from Friday, April 9.", "", "", "")],
        [("Also Read", "", "", "B")],
        [("‘Tiffin Wars’ box office day 7: comedy crosses ₹100 crore", "", "", "B")],
        [
            (
                "Meher Dalvankar on playing a doctor: ‘I shadowed two at a civic hospital’",
                "",
                "",
                "B",
            )
        ],
        [("Nandita Rauthmal is the Chronicle's film critic.", "", "", "B")],
        [("She has reviewed Hindi and Marathi cinema since 2011.", "", "", "B")],
        [
            ("Copyright © 2027 Seaward Publications Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "About Us | Contact Us | Terms of Use | Privacy Policy | Grievance Redressal",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("UKWELI DESK", "", "", "B")],
        [("Kenya's independent fact-checking newsroom", "", "", "B")],
        [("Home | Fact-checks | Explainers | Elections 2027 | How we work | Donate", "", "", "B")],
        [("FACT-CHECK", "", "", "B")],
        [
            (
                "No, Nakuru County has not tarmacked 1,200 km of roads since 2022 – its records show about 215 km",
                "",
                "",
                "W",
            )
        ],
        [("By Brian Otienzo", "", "", "B")],
        [("Published 8 April 2027 · 6 min read", "", "", "B")],
        [("Share this fact-check: Facebook | X | WhatsApp | Telegram", "", "", "B")],
        [
            (
                "CLAIM: Nakuru County has tarmacked 1,200 km of roads since 2022, Governor Wanjiru Kabeerah said at a rally in Naivasha.",
                "Wanjiru Kabeerah",
                "said",
                "W",
            )
        ],
        [("VERDICT: MISLEADING", "", "", "")],
        [
            (
                "The county's own records show 214.6 km of new tarmac; most of the rest was graded or gravelled.",
                "The county's own records",
                "show",
                "W",
            )
        ],
        [
            (
                "At a rally at a Naivasha stadium on March 27, Nakuru Governor Wanjiru Kabeerah told supporters that her administration had “tarmacked 1,200 kilometres of roads since 2022, more than the last two governments combined”.",
                "Wanjiru Kabeerah",
                "told",
                "W",
            )
        ],
        [
            (
                "A clip of the speech posted on the governor's official X account had been viewed 412,000 times by April 6.",
                "",
                "",
                "W",
            )
        ],
        [("We checked the figure against the county's records and national data.", "", "", "")],
        [
            (
                "The county tarmacked 214.6 km of roads between July 2022 and June 2026, according to the Nakuru County roads department's annual report for 2025/26.",
                "the Nakuru County roads department's annual report for 2025/26",
                "according to",
                "W",
            )
        ],
        [
            (
                "The same report shows 986.3 km of roads were graded or gravelled in the same period, i.e. given a murram or gravel surface but not tarmac.",
                "The same report",
                "shows",
                "W",
            )
        ],
        [
            ("Together, the two figures come to 1,200.9 km.", "", "", "W"),
            ("That is very likely where the governor's number came from.", "", "", ""),
        ],
        [
            (
                "Tarmacked county roads in Nakuru grew from 1,148 km in 2022 to 1,361 km in 2026, according to national roads agency data seen by Ukweli Desk.",
                "national roads agency data seen by Ukweli Desk",
                "according to",
                "W",
            )
        ],
        [("That is an increase of 213 km, close to the county's own figure.", "", "", "W")],
        [
            (
                "In a response sent on April 7, the governor's communications director, Eng. Peter Mwaurani, said the governor had meant “all-weather roads”, a category that includes gravel.",
                "Peter Mwaurani",
                "said",
                "W",
            )
        ],
        [
            (
                "“The governor spoke from the heart to her people, and the people know what they have seen,” he said.",
                "Peter Mwaurani",
                "said",
                "",
            )
        ],
        [("The speech did not say “all-weather”.", "", "", "W")],
        [("It said “tarmacked” twice.", "", "", "W")],
        [
            (
                "“Which 1,200 km?” asked Josphat Murungaru, a boda boda rider in Gilgil.",
                "Josphat Murungaru",
                "asked",
                "",
            ),
            (
                "He said the 9 km road from his stage to the Gilgil–Naivasha highway was graded in 2024 and “was dust again by Christmas”.",
                "Josphat Murungaru",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("The claim is not new.", "", "", "")],
        [
            (
                "In a budget speech to the county assembly on June 19, 2025, the governor gave the figure as 900 km, which was also the sum of tarmacked and gravelled roads at the time.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In that speech she said the county “may well reach 1,500 km by the end of this term”.",
                "Wanjiru Kabeerah",
                "said",
                "",
            )
        ],
        [("Whether it does depends on how one counts.", "", "", "")],
        [
            (
                "The county has set aside KSh 2.41 billion for roads in 2026/27, according to the county's 2026/27 budget.",
                "the county's 2026/27 budget",
                "according to",
                "W",
            ),
            (
                "That is 14.2% of its development budget, down from 17.8% a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [("Our verdict: the 1,200 km figure is misleading.", "", "", "")],
        [
            (
                "It is roughly the total of roads the county says it has improved, but fewer than one in five of those kilometres were tarmacked.",
                "",
                "",
                "W",
            )
        ],
        [("How we rate claims: TRUE, MOSTLY TRUE, MISLEADING, FALSE, UNPROVEN.", "", "", "B")],
        [
            (
                "This fact-check was updated on April 8 to add the governor's office response.",
                "",
                "",
                "B",
            )
        ],
        [("Seen a claim you want checked?", "", "", "B")],
        [("WhatsApp us on +254 711 480 295 or email tips@ukwelidesk.co.ke.", "", "", "B")],
        [
            (
                "Ukweli Desk receives funding from readers and from the Msingi Media Trust.",
                "",
                "",
                "B",
            )
        ],
        [("Related fact-checks", "", "", "B")],
        [("No, Kenya's maize imports did not double in 2026", "", "", "B")],
        [("Did the Nairobi water company really lose half its water? Mostly true", "", "", "B")],
        [("© 2027 Ukweli Desk Ltd. | Privacy | Corrections policy", "", "", "B")],
    ],
    [
        [("THE MARLOWE FALLS SENTINEL", "", "", "B")],
        [("Subscribe for $1 | Log in | e-Edition", "", "", "B")],
        [("News | Schools | Sports | Obituaries | Opinion | Classifieds", "", "", "B")],
        [("SCHOOLS", "", "", "B")],
        [("School board approves $84.6 million budget, cutting 23 teaching jobs", "", "", "W")],
        [("Ruth Ann Kovalchek", "", "", "B")],
        [("Education reporter", "", "", "B")],
        [
            (
                "Published 10:12 p.m. CT April 13, 2027 | Updated 4:48 p.m. CT April 14, 2027",
                "",
                "",
                "B",
            )
        ],
        [("Share: Facebook | X | Email | Print", "", "", "B")],
        [("Correction:", "", "", "B")],
        [
            (
                "An earlier version of this story misstated the number of teaching positions to be cut and the vote.",
                "",
                "",
                "",
            )
        ],
        [
            ("The district will cut 23 positions, not 32.", "", "", "W"),
            ("The board voted 5-2, not 4-3.", "", "", "W"),
        ],
        [
            (
                "Parents and teachers fill the board room at Lindhavn Middle School on Monday.",
                "",
                "",
                "",
            )
        ],
        [("Ruth Ann Kovalchek / Sentinel", "", "", "B")],
        [
            (
                "MARLOWE FALLS, Wis. — The Marlowe Falls Area School District board voted 5-2 on Monday night to approve an $84.6 million budget for 2027-28 that eliminates 23 teaching positions and closes Orchard Street Elementary School in June.",
                "",
                "",
                "W",
            ),
            ("The budget is $3.9 million smaller than this year's.", "", "", "W"),
        ],
        [
            (
                "Supt. Dana Whitcrane said enrollment had fallen by 612 students, or 11.4%, since the fall of 2019, while state aid per pupil had risen by less than inflation in four of the past five years.",
                "Dana Whitcrane",
                "said",
                "W",
            )
        ],
        [
            (
                "“Nobody on this board ran for office to close a school,” she said.",
                "Dana Whitcrane",
                "said",
                "",
            ),
            (
                "“But we can't keep heating buildings for children who aren't there.”",
                "Dana Whitcrane",
                "said",
                "",
            ),
        ],
        [
            ("The meeting, which began at 6:30 p.m., ran until 10:05 p.m.", "", "", "W"),
            ("More than 200 people attended, and 41 spoke during public comment.", "", "", "W"),
        ],
        [
            (
                "“Shame on you!” shouted a parent at the back of the room as the vote was taken.",
                "a parent at the back of the room",
                "shouted",
                "",
            ),
            ("Board President Gary L. Thornsquire called a five-minute recess.", "", "", ""),
        ],
        [
            (
                "Orchard Street Elementary has 164 students in a building designed for 420, according to the district's enrollment projections.",
                "the district's enrollment projections",
                "according to",
                "W",
            )
        ],
        [
            (
                "Its pupils will move to Lindhavn Elementary and Pine Hollow Elementary in the fall.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "[This paragraph has been corrected to show that the building was designed for 420 students, not 240.]",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Megan Tarrasco, whose two children attend Orchard Street, said she had collected 1,318 signatures on a petition against the closure.",
                "Megan Tarrasco",
                "said",
                "W",
            )
        ],
        [
            (
                "“Did anyone on the board actually walk into that school before they voted?” she asked.",
                "Megan Tarrasco",
                "asked",
                "",
            ),
            ("“I don't think so.”", "Megan Tarrasco", "asked", ""),
        ],
        [
            (
                "The two board members who voted no, Luis Echavornez Jr. and Patricia Olmstedt, had proposed keeping the school open for one more year by drawing $1.2 million from the district's reserve fund.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Echavornez said the fund held $9.7 million, or about 11.5% of spending, at the end of June.",
                "Luis Echavornez Jr.",
                "said",
                "W",
            ),
            ("“That's what a rainy day fund is for,” he said.", "Luis Echavornez Jr.", "said", ""),
        ],
        [
            (
                "The teachers union president, Mike Dorsinger, said 17 of the 23 cuts would come through retirements and resignations.",
                "Mike Dorsinger",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the union would “probably” not challenge the layoffs but expected class sizes in third grade to reach 28 or more.",
                "Mike Dorsinger",
                "said",
                "",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The district will hold a public forum on the building's future at 6 p.m. on April 27.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "A referendum to raise the property tax levy could go to voters as early as November, Whitcrane said.",
                "Dana Whitcrane",
                "said",
                "",
            )
        ],
        [("Contact Ruth Ann Kovalchek at rkovalchek@mfsentinel.com or 920-555-0148.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Orchard Street parents rally outside district office", "", "", "B")],
        [("Subscribe today for just $1 for 6 months.", "", "", "B")],
        [
            (
                "Copyright 2027 The Marlowe Falls Sentinel | Terms of Service | Privacy Policy | Your Privacy Choices",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("THE RANGITĀTAHI CHRONICLE", "", "", "B")],
        [("Sign in | Subscribe", "", "", "B")],
        [("News   Sport   Business   Rural   Opinion   Letters   Puzzles", "", "", "B")],
        [("Opinion › Letters to the editor", "", "", "B")],
        [("Letters: Cycleway costs, rates rises and the road to Ngaruakai", "", "", "")],
        [("Saturday, April 17, 2027", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Cycleway not worth it", "", "", "")],
        [
            (
                "The district council spent $3.4m on the Harbour Rd. cycleway, which opened in 2025.",
                "",
                "",
                "W",
            ),
            (
                "I walk it most mornings between 7 and 8 a.m. and last Tuesday I counted four cyclists.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Four!", "", "", ""),
            (
                "For $3.4m the council could have resealed every pothole on Ngaruakai Rd. and had change left over.",
                "",
                "",
                "",
            ),
            ("Who on the council is going to admit this was a mistake?", "", "", ""),
        ],
        [("MARGARET HOLLOWAYNE, Ōtūmoana", "", "", "B")],
        [("Editor's note:", "", "", "B")],
        [
            (
                "The council says the cycleway cost $2.9m, of which $1.7m came from a central government grant.",
                "The council",
                "says",
                "W",
            ),
            (
                "An automatic counter recorded an average of 186 cyclists a day in March, according to council figures.",
                "council figures",
                "according to",
                "W",
            ),
        ],
        [("Rates rise is a tax on the old", "", "", "")],
        [
            ("My rates bill for 2027-28 is $4,312, up 14.6% on last year.", "", "", "W"),
            ("My pension went up 2.8%.", "", "", "W"),
        ],
        [
            (
                "I don't need a degree in economics (e.g. from the university the mayor keeps quoting) to do that sum.",
                "",
                "",
                "",
            ),
            (
                "Something will have to give, and it won't be the council's staff numbers.",
                "",
                "",
                "",
            ),
            ("Perhaps councillors could try living on $31,000 a year for a month?", "", "", ""),
        ],
        [("P.J. TAWHERAU, Mangawera", "", "", "B")],
        [("In defence of the cycleway", "", "", "")],
        [
            (
                "Margaret Hollowayne's letter last week got one thing right: the cycleway is quiet at 7 a.m.",
                "",
                "",
                "W",
            ),
            ("So is the library.", "", "", ""),
        ],
        [
            (
                "My daughter, who is 12, has ridden it to Ōtūmoana Intermediate every school day since it opened, and before that I drove her 4.5 km each way because Harbour Rd. had no footpath.",
                "",
                "",
                "W",
            ),
            (
                "Since 2018 there have been three crashes involving cyclists on that road, one of them fatal.",
                "",
                "",
                "W",
            ),
            ("I'd call $2.9m cheap if it keeps my daughter alive.", "", "", ""),
        ],
        [("SAM REWITERANGI, Kōpūwai", "", "", "B")],
        [("Save the St. Kentigal's bells", "", "", "")],
        [
            (
                "The bells of St. Kentigal's Church in Victoria Ave. were cast in 1911 and have rung every Sunday since 1923, except for the two years of repairs after the 1987 flood.",
                "",
                "",
                "W",
            ),
            (
                "Church trustees say the tower needs $640,000 of strengthening work by 2030 under the earthquake-prone building rules.",
                "Church trustees",
                "say",
                "W",
            ),
            (
                "Surely a town that can find millions for a cycleway can find a few hundred thousand for its oldest sound?",
                "",
                "",
                "",
            ),
        ],
        [("Rev. Dr. ALISON M. KERSWELLE, Ōtūmoana", "", "", "B")],
        [("Wrong about the ferry", "", "", "")],
        [
            (
                "Your report on the Ngaruakai ferry (“Ferry fares to rise 20%”, April 10) said the last sailing leaves at 5.30 p.m.",
                "",
                "",
                "W",
            ),
            (
                "It leaves at 5.15 p.m. on weekdays and 4 p.m. on Sundays, as it has since the timetable change in January.",
                "",
                "",
                "W",
            ),
            ("I know because I missed it on Sunday.", "", "", ""),
        ],
        [("D.A. MACPHERSTON, Ngaruakai", "", "", "B")],
        [("Editor's note:", "", "", "B")],
        [("We apologise for the error; the last weekday sailing leaves at 5.15 p.m.", "", "", "W")],
        [("Have your say", "", "", "B")],
        [
            (
                "Letters of up to 250 words may be emailed to letters@rangichronicle.co.nz.",
                "",
                "",
                "B",
            )
        ],
        [("More Opinion", "", "", "B")],
        [("Editorial: A ferry timetable is a promise", "", "", "B")],
        [("© 2027 Rangitātahi Media Ltd", "", "", "B")],
        [("About | Contact | Advertise | Privacy | Terms", "", "", "B")],
    ],
    [
        [("THE MALAYAN EVENING LANTERN", "", "", "B")],
        [("Log in | Subscribe | BM | 中文", "", "", "B")],
        [("Nation   World   Business   Sport   Lifestyle   Health   Opinion", "", "", "B")],
        [("Lifestyle > Health", "", "", "B")],
        [
            (
                "Dengue cases up 48% this year; fever in the first three days is the time to act, says doctor",
                "Zulkarnain Abdul Halimi",
                "says",
                "W",
            )
        ],
        [("By Farah Nadhirah Iskandri", "", "", "B")],
        [("Thursday, 15 Apr 2027 7:30 AM MYT", "", "", "B")],
        [("Listen to this article · 5 min", "", "", "B")],
        [("A health worker fogs a drain in a housing area in Shah Alam.", "", "", "")],
        [("— Filepic", "", "", "B")],
        [
            (
                "PETALING JAYA: Malaysia recorded 31,406 dengue cases in the first 14 weeks of the year, up 48.2% from 21,191 in the same period of 2026, according to the Health Ministry.",
                "the Health Ministry",
                "according to",
                "W",
            ),
            ("Forty-one people have died, against 19 a year earlier.", "", "", "W"),
        ],
        [("Selangor accounted for 53% of the cases.", "", "", "W")],
        [
            (
                "Datuk Dr. Zulkarnain Abdul Halimi, an infectious diseases physician at Kelanasari Specialist Hospital Sdn. Bhd., said most patients he saw had waited too long.",
                "Zulkarnain Abdul Halimi",
                "said",
                "W",
            )
        ],
        [
            (
                "“People think, it's just a fever, let me take paracetamol and sleep,” he said.",
                "Zulkarnain Abdul Halimi",
                "said",
                "",
            ),
            (
                "“Day four or five is when things can go very wrong very quickly.”",
                "Zulkarnain Abdul Halimi",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the critical phase usually began as the fever dropped, around the third to seventh day of illness, when blood vessels could start to leak plasma.",
                "Zulkarnain Abdul Halimi",
                "said",
                "W",
            )
        ],
        [("What to look out for", "", "", "")],
        [("Seek medical attention if you have:", "", "", "")],
        [("a sudden high fever, often 39°C to 40°C;", "", "", "")],
        [("severe headache or pain behind the eyes;", "", "", "")],
        [("muscle and joint pains, nausea or a rash.", "", "", "")],
        [("Go to a hospital immediately if you notice:", "", "", "")],
        [("persistent vomiting, bleeding gums or nosebleeds, or black stools;", "", "", "")],
        [("severe abdominal pain, or feeling cold and clammy.", "", "", "")],
        [
            (
                "The Aedes mosquito bites mostly in the early morning and late afternoon, approx. two hours after sunrise and before sunset, Dr. Zulkarnain said.",
                "Zulkarnain Abdul Halimi",
                "said",
                "W",
            ),
            (
                "It can breed in as little as a bottle cap of clean water, he said.",
                "Zulkarnain Abdul Halimi",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said paracetamol could be taken for fever, but painkillers such as ibuprofen and aspirin should be avoided because they raise the risk of bleeding.",
                "Zulkarnain Abdul Halimi",
                "said",
                "W",
            )
        ],
        [
            ("“If you're not sure, ask the pharmacist.", "Zulkarnain Abdul Halimi", "said", ""),
            ("Better still, get a blood test.”", "Zulkarnain Abdul Halimi", "said", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Hotspots rose to 142 localities in the week to April 10, from 96 a week earlier, according to the ministry's weekly bulletin.",
                "the ministry's weekly bulletin",
                "according to",
                "W",
            )
        ],
        [
            (
                "The ministry said cases were likely to keep rising until the end of the inter-monsoon season in May.",
                "The ministry",
                "said",
                "",
            )
        ],
        [
            (
                "A Subang Jaya resident, Norhayati Mohd Ruslani, 44, said her son, 9, was admitted to hospital for six days in March with a platelet count of 18,000.",
                "Norhayati Mohd Ruslani",
                "said",
                "W",
            )
        ],
        [("“I thought I was a careful mother,” she said.", "Norhayati Mohd Ruslani", "said", "")],
        [
            (
                "“Who checks the plant pots every week?” she said.",
                "Norhayati Mohd Ruslani",
                "said",
                "",
            ),
            ("“I do now.”", "Norhayati Mohd Ruslani", "said", ""),
        ],
        [("What you can do at home", "", "", "")],
        [
            (
                "Empty, scrub and turn over containers that hold water at least once a week.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Use repellent containing DEET, picaridin or IR3535, and reapply after 4 to 6 hrs.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Under the law, owners of premises found with Aedes larvae can be fined up to RM10,000 for a first offence.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Also read: Dengue vaccine now offered at 20 private clinics in Klang Valley",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "This article is for general information only and is not a substitute for medical advice.",
                "",
                "",
                "B",
            )
        ],
        [("Related stories", "", "", "B")],
        [("Heatwave: drink at least 2L of water a day, urges ministry", "", "", "B")],
        [
            ("Copyright © 1996-2027 Lantern Media Sdn. Bhd.", "", "", "B"),
            ("(Registration No. 199601012345)", "", "", "B"),
        ],
        [("Terms of Use | Privacy Policy | Advertise With Us | Contact Us", "", "", "B")],
    ],
    [
        [("THE NARROWS BEACON", "", "", "B")],
        [("Sign in | Subscribe", "", "", "B")],
        [("News | Politics | Business | Sports | Opinion | Obituaries", "", "", "B")],
        [("MUNICIPAL ELECTION 2027", "", "", "B")],
        [
            (
                "Kellmont elects Theresa Gosselbury mayor by 112 votes; turnout falls to 38.2%",
                "",
                "",
                "W",
            )
        ],
        [("Live results · Last updated 11:42 p.m. NT, April 20, 2027", "", "", "B")],
        [
            ("Unofficial results.", "", "", "B"),
            ("Final results will be declared by the returning officer.", "", "", "B"),
        ],
        [("Mayor", "", "", "B")],
        [("Candidate | Votes | %", "", "", "B")],
        [("Theresa Gosselbury | 2,418 | 51.2% | ELECTED", "", "", "")],
        [("Desmond J. Fitzharnon (incumbent) | 2,306 | 48.8%", "", "", "")],
        [("Polls reporting: 14 of 14", "", "", "B")],
        [("Council (six seats)", "", "", "B")],
        [("Candidate | Votes", "", "", "B")],
        [("Colleen Marrowdyne | 3,102 | ELECTED", "", "", "")],
        [("Brendan O'Rourkin | 2,877 | ELECTED", "", "", "")],
        [("Sheila Pardybrook | 2,640 | ELECTED", "", "", "")],
        [("Kevin Tobinshaw | 2,511 | ELECTED", "", "", "")],
        [("Margaret (Peg) Wadlander | 2,398 | ELECTED", "", "", "")],
        [("Rajiv Sethumadhan | 2,204 | ELECTED", "", "", "")],
        [("Glen Kavanaghy | 1,987", "", "", "")],
        [("By Carla Mulrenny", "", "", "B")],
        [
            (
                "KELLMONT, N.L. — Theresa Gosselbury, a retired nurse who first ran for council in 2015, unseated two-term mayor Desmond J. Fitzharnon on Tuesday in the Conception Bay town of 9,100 people.",
                "",
                "",
                "W",
            ),
            ("The margin was 112 votes out of 4,724 cast.", "", "", "W"),
        ],
        [
            (
                "Turnout was 38.2%, down from 44.7% in 2023 and the lowest since the town was incorporated in 1974, returning officer Linda Cossarbie said.",
                "Linda Cossarbie",
                "said",
                "W",
            )
        ],
        [
            (
                "She said 1,096 people voted in advance polls or by mail, nearly double the number four years ago.",
                "Linda Cossarbie",
                "said",
                "W",
            )
        ],
        [
            (
                "“We did it!” Gosselbury told about 60 supporters at the Legion hall on Route 60 shortly after 10:30 p.m.",
                "Theresa Gosselbury",
                "told",
                "",
            ),
            ("“Now the hard part starts.”", "Theresa Gosselbury", "told", ""),
        ],
        [
            (
                "She said her first act would be to publish the full cost of the town's new water treatment plant, which she put at $27.9 million, $8.2 million over its 2022 estimate.",
                "Theresa Gosselbury",
                "said",
                "W",
            )
        ],
        [
            (
                "“I think people just wanted to know where their money was going,” she said.",
                "Theresa Gosselbury",
                "said",
                "",
            )
        ],
        [("“Is that too much to ask?”", "Theresa Gosselbury", "said", "")],
        [
            (
                "Fitzharnon, who was first elected in 2019, conceded shortly before 11 p.m.",
                "",
                "",
                "W",
            ),
            (
                "“Congratulations to Theresa and to everyone who put their name forward,” he wrote in a post on the town's community Facebook group.",
                "Desmond J. Fitzharnon",
                "wrote",
                "",
            ),
        ],
        [
            (
                "In an interview, he said the plant's costs had risen because of inflation and a change in federal drinking water guidelines in 2023, not because of mismanagement.",
                "Desmond J. Fitzharnon",
                "said",
                "W",
            )
        ],
        [
            (
                "“I expect people will see that in time,” he said.",
                "Desmond J. Fitzharnon",
                "said",
                "",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Colleen Marrowdyne topped the council poll with 3,102 votes.", "", "", "W")],
        [
            (
                "Rajiv Sethumadhan, a pharmacist, became the first council member in the town's history born outside Canada.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Aldous Brenmorrow, a political scientist at a university in St. John's, said low turnout in municipal races was “the norm now, not the exception” across the province.",
                "Aldous Brenmorrow",
                "said",
                "",
            ),
            (
                "He said Kellmont's result was “probably more about one water plant than about any wider mood”, though he added that 11 of the 19 towns voting Tuesday had changed mayors.",
                "Aldous Brenmorrow",
                "said",
                "W",
            ),
        ],
        [("Council will be sworn in on May 3.", "", "", "")],
        [("Full results for all 19 towns", "", "", "B")],
        [("More election coverage", "", "", "B")],
        [("Seven new mayors in Avalon towns as turnout slides", "", "", "B")],
        [("© 2027 Narrows Beacon Media Inc.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Privacy | Terms | Accessibility | Contact", "", "", "B")],
    ],
    [
        [("THE MACLEAY VALLEY ARGUS", "", "", "B")],
        [("Subscribe | Log in", "", "", "B")],
        [("News   Sport   Community   Rural   Property   Obituaries   Puzzles", "", "", "B")],
        [("Sport › Rugby League", "", "", "B")],
        [
            (
                "Grand final preview: Stingers the favourites, but don't write off the Drovers",
                "",
                "",
                "",
            )
        ],
        [("Wes Hallorandt", "", "", "B")],
        [("Updated September 10 2027 - 6:15pm, first published 5:00pm", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Drovers captain T.J. Marrabelle trains at Coolenbar Oval on Wednesday.", "", "", "")],
        [("Picture by Kylie Dunmallick", "", "", "B")],
        [
            (
                "The Wollomba Stingers and the Coolenbar Drovers meet in the Tri-Rivers Rugby League grand final at Pelican Park, Wollomba, on Sunday at 3.10pm.",
                "",
                "",
                "W",
            ),
            (
                "It is the first grand final between the clubs since 2009, when the Drovers won 22-18.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Stingers finished the regular season as minor premiers with 15 wins from 16 games and beat the Drovers 30-12 in the major semi-final a fortnight ago.",
                "",
                "",
                "W",
            )
        ],
        [("They have won their past 11 games at Pelican Park.", "", "", "W")],
        [
            (
                "BetHollow has the Stingers at $1.55 and the Drovers at $2.45, with the Stingers 4.5-point favourites at the line.",
                "",
                "",
                "W",
            ),
            ("On form, those odds look generous to the Drovers.", "", "", ""),
        ],
        [
            (
                "The Drovers have lost only one of their past six games, and that by two points.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Stingers coach Vince Tamburrelli confirmed on Wednesday that fullback Josh Kealiher will miss the game with a torn hamstring.",
                "Vince Tamburrelli",
                "confirmed",
                "W",
            )
        ],
        [
            (
                "Kealiher has scored 19 tries this season, more than any other player in the competition.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“You don't replace a kid like Josh,” Tamburrelli said.",
                "Vince Tamburrelli",
                "said",
                "",
            ),
            ("“You just ask 17 blokes to do a little bit more.”", "Vince Tamburrelli", "said", ""),
        ],
        [
            (
                "“Who wants to play the favourite in a grand final?” asked Drovers captain T.J. Marrabelle, who will play his 200th first-grade game.",
                "T.J. Marrabelle",
                "asked",
                "",
            ),
            ("“Not me.", "T.J. Marrabelle", "asked", ""),
            ("I'm happy where we are.”", "T.J. Marrabelle", "asked", ""),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Key match-up", "", "", "")],
        [
            (
                "Marrabelle v. Stingers five-eighth Liam Ostergaardt: Marrabelle has made 41 tackle breaks this season, Ostergaardt 38.",
                "",
                "",
                "W",
            )
        ],
        [("Whoever wins that battle probably wins the game.", "", "", "")],
        [("Teams", "", "", "B")],
        [
            (
                "Stingers: 1 Ryan Pettingrove, 2 Dylan Achurrand, 3 Matt Sorrenthal, 4 Kane Wolfendahl, 5 Jayden Brightwaver, 6 Liam Ostergaardt, 7 Corey Nanangee (c).",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Drovers: 1 Brodie Vessingham, 2 Sione Latuselu, 3 Jack McIlwraithe, 4 Tom Dawlishcombe, 5 Ethan Rallingham, 6 T.J. Marrabelle (c), 7 Nathan Gorrindaw.",
                "",
                "",
                "",
            )
        ],
        [("Referee: Gavin Pellowdrane.", "", "", "")],
        [("Our tip", "", "", "")],
        [("Stingers by 8.", "", "", "")],
        [("But if the Drovers are within a converted try at half-time, who knows?", "", "", "")],
        [
            (
                "Tickets for the grand final are on sale at the Wollomba Leagues Club and at the gate.",
                "",
                "",
                "B",
            )
        ],
        [("Odds correct at time of publication.", "", "", "B")],
        [("Gamble responsibly.", "", "", "B")],
        [
            (
                "For free and confidential support call the national gambling helpline on 1800 555 017.",
                "",
                "",
                "B",
            )
        ],
        [("More sport", "", "", "B")],
        [("Coolenbar women's side books first grand final berth", "", "", "B")],
        [
            ("© 2027 Coastline Regional Media Pty Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms | Privacy | Contact Us | Advertise", "", "", "B")],
    ],
    [
        [("THE IRISH LEDGER", "", "", "B")],
        [("Subscribe | Sign In", "", "", "B")],
        [("News   Business   Property   Sport   Opinion   Life & Style   Podcasts", "", "", "B")],
        [("Business › Property", "", "", "B")],
        [
            (
                "Cork house prices up 7.4% in a year as supply hits record low, Corrawn Estates report finds",
                "the latest quarterly report from Corrawn Estates",
                "finds",
                "W",
            )
        ],
        [
            (
                "Agents expect the pace to ease by autumn, but few see prices falling",
                "Agents",
                "expect",
                "",
            )
        ],
        [("Declan Haverlode", "", "", "B")],
        [("Property Correspondent", "", "", "B")],
        [("Tue Apr 13 2027 - 05:00", "", "", "B")],
        [("Share   Email   Facebook   X   LinkedIn", "", "", "B")],
        [("New homes under construction in Ballincollig, Co. Cork.", "", "", "")],
        [("Photograph: Daragh Mac Fionnlaoich", "", "", "B")],
        [
            (
                "The average asking price of a home in Cork city rose 7.4% in the year to the end of March, to €412,500, according to the latest quarterly report from Corrawn Estates.",
                "the latest quarterly report from Corrawn Estates",
                "according to",
                "W",
            ),
            (
                "Nationally, prices rose 5.9%, to €338,200, the estate agency said.",
                "the estate agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Only 1,212 homes were listed for sale in Co. Cork on March 1, the lowest number for that date since the agency's index began in 2007.",
                "",
                "",
                "W",
            )
        ],
        [
            ("Prices rose fastest in Co. Kerry.", "", "", "W"),
            (
                "There, the average asking price climbed 11.3% to €296,000, driven by demand for holiday homes around Kenmare and Dingle, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Niamh Ó Ceallacháinn, the agency's chief economist, said the average three-bed semi in Cork now took 4.1 weeks to sell, against 6.8 weeks in March 2024.",
                "Niamh Ó Ceallacháinn",
                "said",
                "W",
            )
        ],
        [
            ("“Is the market cooling?” she said.", "Niamh Ó Ceallacháinn", "said", ""),
            ("“Not yet, but it's running out of breath.”", "Niamh Ó Ceallacháinn", "said", ""),
        ],
        [
            (
                "Dr. Ó Ceallacháinn said she expected price growth in Cork to slow to between 4% and 5% by the end of the year as mortgage rates edged up.",
                "Niamh Ó Ceallacháinn",
                "said",
                "",
            ),
            (
                "“I'd be surprised to see prices fall, though, unless we get a real shock.”",
                "Niamh Ó Ceallacháinn",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Completions of new homes in Cork city and county fell 9% last year to 3,870, according to Central Statistics Office figures.",
                "Central Statistics Office figures",
                "according to",
                "W",
            )
        ],
        [
            (
                "Building costs averaged €3,240 per sq. m for a three-bed semi in the first quarter, the report estimated, up 4.2% on a year earlier.",
                "the report",
                "estimated",
                "W",
            ),
            (
                "Nearly every agent the Ledger spoke to said the gap between what buyers want and what is being built is getting wider, not narrower.",
                "Nearly every agent the Ledger spoke to",
                "said",
                "",
            ),
        ],
        [
            (
                "“I had 31 viewings on a two-bed in Douglas last Saturday, and 31 people went home disappointed,” said Fergal Tuohane, of Tuohane & Barrymount Auctioneers Ltd.",
                "Fergal Tuohane",
                "said",
                "",
            )
        ],
        [
            (
                "Mr. Tuohane said the house sold for €361,000, €46,000 over its asking price.",
                "Fergal Tuohane",
                "said",
                "W",
            )
        ],
        [
            (
                "He said first-time buyers were “getting squeezed out by investors and by each other”.",
                "Fergal Tuohane",
                "said",
                "",
            )
        ],
        [
            (
                "Department of Housing figures show 2,104 first-time buyers in Co. Cork drew down mortgages in 2026, up 6% on 2025.",
                "Department of Housing figures",
                "show",
                "W",
            )
        ],
        [("Rents, meanwhile, show no sign of easing.", "", "", "")],
        [
            (
                "The average advertised rent for a two-bed apartment in Cork city was €2,145 a month in March, according to the Ledger's analysis of 840 listings.",
                "the Ledger's analysis of 840 listings",
                "according to",
                "W",
            )
        ],
        [
            ("Will the new apartment schemes planned for the docklands change that?", "", "", ""),
            ("Not before 2029 at the earliest, most agents believe.", "most agents", "believe", ""),
        ],
        [
            (
                "Corrawn Estates' quarterly report is based on asking prices for 6,930 properties listed between January 1 and March 31.",
                "",
                "",
                "W",
            )
        ],
        [("Related", "", "", "B")],
        [("Dublin rents rise for 14th consecutive quarter", "", "", "B")],
        [("Sign up for the Ledger's weekly Property newsletter.", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("© 2027 The Irish Ledger DAC", "", "", "B")],
        [("Our journalism | Terms & Conditions | Privacy | Cookie Settings", "", "", "B")],
    ],
    [
        [("THE BORDER HERALD", "", "", "B")],
        [("Subscribe | Sign in | Newsletters", "", "", "B")],
        [("News | Courts | Politics | Business | Sport | Lifestyle | Opinion", "", "", "B")],
        [("News / Courts", "", "", "B")],
        [
            (
                "Former municipal finance chief jailed for 15 years over R18.4m tender fraud",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Judge says Vusumzi Ndlamboyi showed “not a flicker of remorse” for money meant for water pipes",
                "Nomalanga Tshabangwe",
                "says",
                "",
            )
        ],
        [("Sipho Magwentshe", "", "", "B")],
        [("Court reporter", "", "", "B")],
        [("14 April 2027 - 16:22", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [
            (
                "Vusumzi Ndlamboyi leaves the Makhanda high court after sentencing on Wednesday.",
                "",
                "",
                "",
            )
        ],
        [("Image: SIPHO MAGWENTSHE", "", "", "B")],
        [
            (
                "A former chief financial officer of the Nxubaza local municipality has been sentenced to 15 years in prison for steering R18.4m in water tenders to a company owned by his brother-in-law, Zinzile Waters (Pty) Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The company was paid for 37 km of pipeline between 2019 and 2022, but investigators found that only 9.6 km had been laid.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vusumzi Ndlamboyi, 52, was convicted in January on 14 counts of fraud, two of corruption and one of money laundering.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Judge Nomalanga Tshabangwe sentenced him on Wednesday in the Eastern Cape high court in Makhanda.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“The accused showed not a flicker of remorse,” the judge said.",
                "Nomalanga Tshabangwe",
                "said",
                "",
            ),
            (
                "“Children in Nxubaza walked 2 km to fetch water while he bought a house in Gqeberha for cash.”",
                "Nomalanga Tshabangwe",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the house, bought for R3.2m in 2021, would be forfeited to the state.",
                "Nomalanga Tshabangwe",
                "said",
                "W",
            )
        ],
        [
            (
                "The sentences on the 17 counts will run concurrently, giving an effective 15 years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "His brother-in-law, Lwazi Mbekwanele, 47, the sole director of Zinzile Waters, was sentenced to 10 years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "State advocate Adv. Lindiwe Sokhumalo had argued for 20 years.",
                "Lindiwe Sokhumalo",
                "had argued",
                "W",
            ),
            (
                "“How many more families must carry water in buckets before we take this seriously?” she asked the court during argument on Monday.",
                "Lindiwe Sokhumalo",
                "asked",
                "",
            ),
        ],
        [
            (
                "She said the municipality had recovered R4.1m of the money so far, mostly from the sale of two vehicles and a holiday flat in Kenton-on-Sea.",
                "Lindiwe Sokhumalo",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Defence advocate Xola Nqayiyane said his client had no previous convictions and had cared for his mother, who is 81, since 2018.",
                "Xola Nqayiyane",
                "said",
                "W",
            )
        ],
        [
            (
                "He said Ndlamboyi would “in all likelihood” appeal against both conviction and sentence.",
                "Xola Nqayiyane",
                "said",
                "",
            )
        ],
        [
            (
                "National Prosecuting Authority regional spokesperson Mbuyiselo Ganyile said the case was one of 23 municipal fraud cases finalised in the province in the 2026/27 financial year.",
                "Mbuyiselo Ganyile",
                "said",
                "W",
            )
        ],
        [("“This sentence sends a strong message,” he said.", "Mbuyiselo Ganyile", "said", "")],
        [
            (
                "“Fifteen years?” said Nokuthula Mhlontane, 63, who sat in the public gallery with five other residents of Nxubaza's Zone 4.",
                "Nokuthula Mhlontane",
                "said",
                "",
            ),
            (
                "“We have had taps since 2020, and water came out of them for three weeks.”",
                "Nokuthula Mhlontane",
                "said",
                "W",
            ),
        ],
        [("She said she felt the sentence was “a start”.", "Nokuthula Mhlontane", "said", "")],
        [
            (
                "The municipality has been under administration since March 2024, according to notices in the provincial gazette.",
                "notices in the provincial gazette",
                "according to",
                "W",
            )
        ],
        [
            (
                "It received a disclaimer of opinion, the worst audit outcome, for the fourth year in a row, according to the Auditor-General's latest report.",
                "the Auditor-General's latest report",
                "according to",
                "W",
            )
        ],
        [("Related", "", "", "B")],
        [("Nxubaza residents march over dry taps for a third year", "", "", "B")],
        [("Makhanda court hears of R3.2m cash house deal", "", "", "B")],
        [("Get the news sent straight to your phone: join our WhatsApp channel.", "", "", "B")],
        [("Border Herald is published by Amathole Coast Media (Pty) Ltd.", "", "", "B")],
        [("© 2027 All rights reserved.", "", "", "B")],
        [("Terms and Conditions | Privacy Policy | PAIA Manual | Contact Us", "", "", "B")],
    ],
    [
        [("FENLAND & WOLDS ECHO", "", "", "B")],
        [("Sign in   |   Newsletters   |   Jobs", "", "", "B")],
        [
            (
                "News     Education     Sport     What's On     Property     Announcements",
                "",
                "",
                "B",
            )
        ],
        [("News › Education", "", "", "B")],
        [
            (
                "Ofsted rates Boston primary school ‘inadequate’ after finding pupils left unsupervised",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Head says she is “deeply disappointed” and a new safeguarding lead started on Monday",
                "Marcia Pennithorne",
                "says",
                "W",
            )
        ],
        [("By Owen Tallowmire", "", "", "B")],
        [("Local Democracy Reporter", "", "", "B")],
        [("12:06, Fri 16 Apr 2027", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("St Cuthmere's Fen Primary School on Wyberton Drove.", "", "", "")],
        [("Image: Owen Tallowmire", "", "", "B")],
        [
            (
                "A primary school in Boston has been rated inadequate by Ofsted after inspectors found that children in Year 1 were left without an adult in a classroom for 12 minutes at about 9 a.m.",
                "inspectors",
                "found",
                "W",
            ),
            ("During the same visit, a gate to the car park was found propped open.", "", "", "W"),
        ],
        [
            (
                "St Cuthmere's Fen Primary School, which has 287 pupils, was rated good at its last full inspection in 2019.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The report, published on Thursday, rates the school inadequate for leadership and management and for behaviour and attitudes, and requires improvement in the other three areas.",
                "",
                "",
                "W",
            )
        ],
        [("Safeguarding is “not effective”, the report says.", "the report", "says", "W")],
        [
            (
                "Inspectors visited on March 2 and 3, and the report says leaders had not acted on two concerns raised by staff in the autumn term, i.e. before the inspection was announced.",
                "the report",
                "says",
                "W",
            )
        ],
        [
            (
                "Inspectors also found that the proportion of pupils reaching the expected standard in reading, writing and maths at the end of Year 6 fell from 64% in 2024 to 47% in 2026.",
                "Inspectors",
                "found",
                "W",
            ),
            ("That is well below the national average.", "", "", ""),
        ],
        [
            (
                "Headteacher Mrs. Marcia Pennithorne, who joined the school in September 2025, said she was “deeply disappointed” and that a new safeguarding lead had started on Monday.",
                "Marcia Pennithorne",
                "said",
                "W",
            )
        ],
        [
            (
                "“The report doesn't reflect the school our families know,” she said.",
                "Marcia Pennithorne",
                "said",
                "",
            ),
            (
                "“But I accept every word of the safeguarding section, and we have already acted on it.”",
                "Marcia Pennithorne",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The chair of governors, the Rev. Canon Peter Aldhamwick, said the governing body had commissioned an independent review of safeguarding, which would report by June.",
                "Peter Aldhamwick",
                "said",
                "W",
            )
        ],
        [
            (
                "He said he expected the school to be “out of special measures within two years, perhaps sooner”.",
                "Peter Aldhamwick",
                "said",
                "",
            )
        ],
        [
            (
                "Schools rated inadequate are usually required to become academies, the Department for Education said.",
                "the Department for Education",
                "said",
                "W",
            )
        ],
        [
            (
                "“Why did nobody tell us?” said Jade Whitlesey, whose six-year-old is in Year 1.",
                "Jade Whitlesey",
                "said",
                "",
            ),
            (
                "“I found out from a Facebook group at 8 p.m. on Thursday.",
                "Jade Whitlesey",
                "said",
                "",
            ),
            ("I'm furious.”", "Jade Whitlesey", "said", ""),
        ],
        [
            (
                "She said she had now applied for places at two other schools in the town.",
                "Jade Whitlesey",
                "said",
                "W",
            )
        ],
        [
            (
                "Lincolnshire County Council said 3,118 pupils in the county attended schools rated inadequate, up from 2,450 a year earlier.",
                "Lincolnshire County Council",
                "said",
                "W",
            )
        ],
        [
            (
                "Cllr. Trevor Yardlethorpe, executive member for children's services, said the council would “work with the school, whatever its future”.",
                "Trevor Yardlethorpe",
                "said",
                "",
            )
        ],
        [("Read more: Three Boston schools to share one headteacher from September", "", "", "B")],
        [
            (
                "Sign up to our education newsletter for the latest from schools across Lincolnshire.",
                "",
                "",
                "B",
            )
        ],
        [("Sign up", "", "", "B")],
        [("Most read", "", "", "B")],
        [("Lorry sheds load of cabbages on the A17", "", "", "B")],
        [("Fenland & Wolds Echo is part of Wolds News Ltd.", "", "", "B")],
        [("© 2027 Wolds News Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Contact us | Privacy notice | Cookie notice | Terms", "", "", "B")],
    ],
    [
        [("THE GULF COAST GUARDIAN", "", "", "B")],
        [("E-paper | Subscribe | Sign in", "", "", "B")],
        [
            (
                "News | Business | Sport | Entertainment | Letters | Columnists | Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("News › Local", "", "", "B")],
        [
            (
                "Water taxi cuts San Fernando sailings from eight to five a day from Monday",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Commuters say the new timetable will add an hour to their journey; the operator blames engine repairs",
                "",
                "",
                "",
            )
        ],
        [("Kerry-Ann Bastimelle", "", "", "B")],
        [("Published: Saturday, April 17, 2027", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Passengers board a water taxi at the San Fernando terminal on Thursday.", "", "", "")],
        [("—Photo: Roshan Deonarinesingh", "", "", "B")],
        [
            (
                "The water taxi between San Fernando and Port of Spain will run five sailings each way on weekdays instead of eight from Monday, April 19, its operator, Tideglass Maritime Services Ltd., said on Friday.",
                "Tideglass Maritime Services Ltd.",
                "said",
                "W",
            ),
            (
                "Weekend sailings, which were cut to two a day in January, are unchanged.",
                "Tideglass Maritime Services Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company said two of its four vessels were out of service with engine faults and that parts ordered from Singapore in February had not arrived.",
                "The company",
                "said",
                "W",
            )
        ],
        [
            (
                "It said it expected “a return to the full timetable by the end of June, subject to delivery of parts”.",
                "Tideglass Maritime Services Ltd.",
                "said",
                "",
            )
        ],
        [("The new weekday timetable", "", "", "B")],
        [
            (
                "Departs San Fernando: 5.45 a.m., 6.30 a.m., 7.15 a.m., 12.30 p.m., 4.45 p.m.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Departs Port of Spain: 7.00 a.m., 11.15 a.m., 4.15 p.m., 5.00 p.m., 6.15 p.m.",
                "",
                "",
                "",
            )
        ],
        [("Journey time approx. 50 mins.", "", "", "")],
        [("Fares unchanged: $15 one way, $7.50 for senior citizens and students.", "", "", "")],
        [
            ("Under the old timetable, the first boat left San Fernando at 5.30 a.m.", "", "", "W"),
            (
                "The last left Port of Spain at 7.30 p.m., an hour and 15 minutes later than under the new one.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 2,300 passengers used the service each weekday in March, according to the company.",
                "the company",
                "according to",
                "W",
            )
        ],
        [
            (
                "“Five boats for two thousand people!” said Anjali Rampersadh, a bank clerk from Marabella who takes the 6.30 a.m. boat.",
                "Anjali Rampersadh",
                "said",
                "",
            ),
            ("“Where are the rest of us supposed to go?”", "Anjali Rampersadh", "said", ""),
        ],
        [
            (
                "She said the drive to Port of Spain took her two hours on Thursday because of roadworks on the Solomon Hochoy Highway.",
                "Anjali Rampersadh",
                "said",
                "W",
            )
        ],
        [("“If the boat goes, I don't know what I'll do.”", "Anjali Rampersadh", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Ministry of Works and Transport communications manager Kwame St. Rosanville said the ministry had approved TT$4.6 million for engine repairs in the 2026/27 budget.",
                "Kwame St. Rosanville",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the ministry was “in discussions” with the operator about chartering a vessel from Tobago.",
                "Kwame St. Rosanville",
                "said",
                "",
            )
        ],
        [("Would a chartered boat be ready before June?", "", "", "")],
        [("“That I can't promise,” Mr. St. Rosanville said.", "Kwame St. Rosanville", "said", "")],
        [
            (
                "Dr. Vindra Maharajhsingh, a transport economist at a university in St. Augustine, said the service had lost money in every year since it began in 2008 and received a subsidy of about $38 million in 2026.",
                "Vindra Maharajhsingh",
                "said",
                "W",
            )
        ],
        [
            (
                "“Every boat cut puts 300 more cars on the highway,” she said.",
                "Vindra Maharajhsingh",
                "said",
                "",
            ),
            ("“That's a cost too, we just don't count it.”", "Vindra Maharajhsingh", "said", ""),
        ],
        [("Tideglass's customer line is open from 6 a.m. to 8 p.m. on weekdays.", "", "", "")],
        [("Related", "", "", "B")],
        [("Commuters stranded as water taxi engine fails mid-gulf", "", "", "B")],
        [
            ("Have a news tip?", "", "", "B"),
            ("Call 868-555-0192 or email news@gulfguardian.tt.", "", "", "B"),
        ],
        [("Copyright © 2027 Gulf Coast Guardian Ltd.", "", "", "B")],
        [("Privacy Policy | Terms of Use | Contact", "", "", "B")],
    ],
]

CASES = [
    (
        "n124-cy-co-he",
        "Born in 1935 in Pontyberem, the son of a collier, he left school at 14 to work in the rolling mill of the Penfoel Tinplate Co. He sang his first solo at 16, in the chapel where his father was a deacon.",
        [
            "Born in 1935 in Pontyberem, the son of a collier, he left school at 14 to work in the rolling mill of the Penfoel Tinplate Co.",
            "He sang his first solo at 16, in the chapel where his father was a deacon.",
        ],
    ),
    (
        "n124-cy-quote-q-excl",
        "“Did he ever say well done? Not once in six years! He said it with his eyebrows.”",
        ["“Did he ever say well done?", "Not once in six years!", "He said it with his eyebrows.”"],
    ),
    (
        "n124-cy-am-donations",
        "The funeral will be held at Capel Bethel, Pontyberem, on Friday, April 16, at 11 a.m. Donations in his memory may be made to the Pantyrhos Youth Choir fund.",
        [
            "The funeral will be held at Capel Bethel, Pontyberem, on Friday, April 16, at 11 a.m.",
            "Donations in his memory may be made to the Pantyrhos Youth Choir fund.",
        ],
    ),
    (
        "n124-in-pvt-ltd-its",
        "It is adapted from Vasant Ghodkere's Marathi novel of the same name, first published in 1998 by Padmarekha Prakashan Pvt. Ltd. Its author, now 81, co-wrote the screenplay with the director.",
        [
            "It is adapted from Vasant Ghodkere's Marathi novel of the same name, first published in 1998 by Padmarekha Prakashan Pvt. Ltd.",
            "Its author, now 81, co-wrote the screenplay with the director.",
        ],
    ),
    (
        "n124-in-dr-vs",
        "Meher Dalvankar, as Dr. Shalini Aptevarin, the only doctor at a relief camp in Kalwa, has less to do. That is the film's real weakness: the women are there to be worried about.",
        [
            "Meher Dalvankar, as Dr. Shalini Aptevarin, the only doctor at a relief camp in Kalwa, has less to do.",
            "That is the film's real weakness: the women are there to be worried about.",
        ],
    ),
    (
        "n124-in-q-asked",
        "“Why would anyone make a two-and-a-half-hour film about an accountant?” Velankarin asked at a press screening in Andheri on Wednesday. She answered her own question: “Because the accountant is the only one who knows where the money went.”",
        [
            "“Why would anyone make a two-and-a-half-hour film about an accountant?” Velankarin asked at a press screening in Andheri on Wednesday.",
            "She answered her own question: “Because the accountant is the only one who knows where the money went.”",
        ],
    ),
    (
        "n124-ke-asked-murram",
        "“Which 1,200 km?” asked Josphat Murungaru, a boda boda rider in Gilgil. He said the 9 km road from his stage to the Gilgil–Naivasha highway was graded in 2024 and “was dust again by Christmas”.",
        [
            "“Which 1,200 km?” asked Josphat Murungaru, a boda boda rider in Gilgil.",
            "He said the 9 km road from his stage to the Gilgil–Naivasha highway was graded in 2024 and “was dust again by Christmas”.",
        ],
    ),
    (
        "n124-us-wis-budget",
        "MARLOWE FALLS, Wis. — The Marlowe Falls Area School District board voted 5-2 on Monday night to approve an $84.6 million budget for 2027-28 that eliminates 23 teaching positions and closes Orchard Street Elementary School in June. The budget is $3.9 million smaller than this year's.",
        [
            "MARLOWE FALLS, Wis. — The Marlowe Falls Area School District board voted 5-2 on Monday night to approve an $84.6 million budget for 2027-28 that eliminates 23 teaching positions and closes Orchard Street Elementary School in June.",
            "The budget is $3.9 million smaller than this year's.",
        ],
    ),
    (
        "n124-us-pm-more",
        "The meeting, which began at 6:30 p.m., ran until 10:05 p.m. More than 200 people attended, and 41 spoke during public comment.",
        [
            "The meeting, which began at 6:30 p.m., ran until 10:05 p.m.",
            "More than 200 people attended, and 41 spoke during public comment.",
        ],
    ),
    (
        "n124-us-shame-shouted",
        "“Shame on you!” shouted a parent at the back of the room as the vote was taken. Board President Gary L. Thornsquire called a five-minute recess.",
        [
            "“Shame on you!” shouted a parent at the back of the room as the vote was taken.",
            "Board President Gary L. Thornsquire called a five-minute recess.",
        ],
    ),
    (
        "n124-nz-four-excl",
        "Four! For $3.4m the council could have resealed every pothole on Ngaruakai Rd. and had change left over. Who on the council is going to admit this was a mistake?",
        [
            "Four!",
            "For $3.4m the council could have resealed every pothole on Ngaruakai Rd. and had change left over.",
            "Who on the council is going to admit this was a mistake?",
        ],
    ),
    (
        "n124-nz-eg-maths",
        "I don't need a degree in economics (e.g. from the university the mayor keeps quoting) to do that sum. Something will have to give, and it won't be the council's staff numbers. Perhaps councillors could try living on $31,000 a year for a month?",
        [
            "I don't need a degree in economics (e.g. from the university the mayor keeps quoting) to do that sum.",
            "Something will have to give, and it won't be the council's staff numbers.",
            "Perhaps councillors could try living on $31,000 a year for a month?",
        ],
    ),
    (
        "n124-nz-am-library",
        "Margaret Hollowayne's letter last week got one thing right: the cycleway is quiet at 7 a.m. So is the library.",
        [
            "Margaret Hollowayne's letter last week got one thing right: the cycleway is quiet at 7 a.m.",
            "So is the library.",
        ],
    ),
    (
        "n124-nz-pm-weekdays",
        "Your report on the Ngaruakai ferry (“Ferry fares to rise 20%”, April 10) said the last sailing leaves at 5.30 p.m. It leaves at 5.15 p.m. on weekdays and 4 p.m. on Sundays, as it has since the timetable change in January. I know because I missed it on Sunday.",
        [
            "Your report on the Ngaruakai ferry (“Ferry fares to rise 20%”, April 10) said the last sailing leaves at 5.30 p.m.",
            "It leaves at 5.15 p.m. on weekdays and 4 p.m. on Sundays, as it has since the timetable change in January.",
            "I know because I missed it on Sunday.",
        ],
    ),
    (
        "n124-my-approx-aedes",
        "The Aedes mosquito bites mostly in the early morning and late afternoon, approx. two hours after sunrise and before sunset, Dr. Zulkarnain said. It can breed in as little as a bottle cap of clean water, he said.",
        [
            "The Aedes mosquito bites mostly in the early morning and late afternoon, approx. two hours after sunrise and before sunset, Dr. Zulkarnain said.",
            "It can breed in as little as a bottle cap of clean water, he said.",
        ],
    ),
    (
        "n124-my-q-said",
        "“Who checks the plant pots every week?” she said. “I do now.”",
        ["“Who checks the plant pots every week?” she said.", "“I do now.”"],
    ),
    (
        "n124-ca-excl-told",
        "“We did it!” Gosselbury told about 60 supporters at the Legion hall on Route 60 shortly after 10:30 p.m. “Now the hard part starts.”",
        [
            "“We did it!” Gosselbury told about 60 supporters at the Legion hall on Route 60 shortly after 10:30 p.m.",
            "“Now the hard part starts.”",
        ],
    ),
    (
        "n124-ca-pm-wrote",
        "Fitzharnon, who was first elected in 2019, conceded shortly before 11 p.m. “Congratulations to Theresa and to everyone who put their name forward,” he wrote in a post on the town's community Facebook group.",
        [
            "Fitzharnon, who was first elected in 2019, conceded shortly before 11 p.m.",
            "“Congratulations to Theresa and to everyone who put their name forward,” he wrote in a post on the town's community Facebook group.",
        ],
    ),
    (
        "n124-ca-stjohns-probably",
        "Aldous Brenmorrow, a political scientist at a university in St. John's, said low turnout in municipal races was “the norm now, not the exception” across the province. He said Kellmont's result was “probably more about one water plant than about any wider mood”, though he added that 11 of the 19 towns voting Tuesday had changed mayors.",
        [
            "Aldous Brenmorrow, a political scientist at a university in St. John's, said low turnout in municipal races was “the norm now, not the exception” across the province.",
            "He said Kellmont's result was “probably more about one water plant than about any wider mood”, though he added that 11 of the 19 towns voting Tuesday had changed mayors.",
        ],
    ),
    (
        "n124-au-odds-tab",
        "BetHollow has the Stingers at $1.55 and the Drovers at $2.45, with the Stingers 4.5-point favourites at the line. On form, those odds look generous to the Drovers.",
        [
            "BetHollow has the Stingers at $1.55 and the Drovers at $2.45, with the Stingers 4.5-point favourites at the line.",
            "On form, those odds look generous to the Drovers.",
        ],
    ),
    (
        "n124-au-q-asked",
        "“Who wants to play the favourite in a grand final?” asked Drovers captain T.J. Marrabelle, who will play his 200th first-grade game. “Not me.",
        [
            "“Who wants to play the favourite in a grand final?” asked Drovers captain T.J. Marrabelle, who will play his 200th first-grade game.",
            "“Not me.",
        ],
    ),
    (
        "n124-ie-co-kerry",
        "Prices rose fastest in Co. Kerry. There, the average asking price climbed 11.3% to €296,000, driven by demand for holiday homes around Kenmare and Dingle, the report said.",
        [
            "Prices rose fastest in Co. Kerry.",
            "There, the average asking price climbed 11.3% to €296,000, driven by demand for holiday homes around Kenmare and Dingle, the report said.",
        ],
    ),
    (
        "n124-ie-sq-m-nearly",
        "Building costs averaged €3,240 per sq. m for a three-bed semi in the first quarter, the report estimated, up 4.2% on a year earlier. Nearly every agent the Ledger spoke to said the gap between what buyers want and what is being built is getting wider, not narrower.",
        [
            "Building costs averaged €3,240 per sq. m for a three-bed semi in the first quarter, the report estimated, up 4.2% on a year earlier.",
            "Nearly every agent the Ledger spoke to said the gap between what buyers want and what is being built is getting wider, not narrower.",
        ],
    ),
    (
        "n124-za-pty-ltd-the",
        "A former chief financial officer of the Nxubaza local municipality has been sentenced to 15 years in prison for steering R18.4m in water tenders to a company owned by his brother-in-law, Zinzile Waters (Pty) Ltd. The company was paid for 37 km of pipeline between 2019 and 2022, but investigators found that only 9.6 km had been laid.",
        [
            "A former chief financial officer of the Nxubaza local municipality has been sentenced to 15 years in prison for steering R18.4m in water tenders to a company owned by his brother-in-law, Zinzile Waters (Pty) Ltd.",
            "The company was paid for 37 km of pipeline between 2019 and 2022, but investigators found that only 9.6 km had been laid.",
        ],
    ),
    (
        "n124-za-adv-asked",
        "State advocate Adv. Lindiwe Sokhumalo had argued for 20 years. “How many more families must carry water in buckets before we take this seriously?” she asked the court during argument on Monday.",
        [
            "State advocate Adv. Lindiwe Sokhumalo had argued for 20 years.",
            "“How many more families must carry water in buckets before we take this seriously?” she asked the court during argument on Monday.",
        ],
    ),
    (
        "n124-za-q-said",
        "“Fifteen years?” said Nokuthula Mhlontane, 63, who sat in the public gallery with five other residents of Nxubaza's Zone 4. “We have had taps since 2020, and water came out of them for three weeks.”",
        [
            "“Fifteen years?” said Nokuthula Mhlontane, 63, who sat in the public gallery with five other residents of Nxubaza's Zone 4.",
            "“We have had taps since 2020, and water came out of them for three weeks.”",
        ],
    ),
    (
        "n124-en-am-during",
        "A primary school in Boston has been rated inadequate by Ofsted after inspectors found that children in Year 1 were left without an adult in a classroom for 12 minutes at about 9 a.m. During the same visit, a gate to the car park was found propped open.",
        [
            "A primary school in Boston has been rated inadequate by Ofsted after inspectors found that children in Year 1 were left without an adult in a classroom for 12 minutes at about 9 a.m.",
            "During the same visit, a gate to the car park was found propped open.",
        ],
    ),
    (
        "n124-en-q-said-pm",
        "“Why did nobody tell us?” said Jade Whitlesey, whose six-year-old is in Year 1. “I found out from a Facebook group at 8 p.m. on Thursday. I'm furious.”",
        [
            "“Why did nobody tell us?” said Jade Whitlesey, whose six-year-old is in Year 1.",
            "“I found out from a Facebook group at 8 p.m. on Thursday.",
            "I'm furious.”",
        ],
    ),
    (
        "n124-tt-am-the",
        "Under the old timetable, the first boat left San Fernando at 5.30 a.m. The last left Port of Spain at 7.30 p.m., an hour and 15 minutes later than under the new one.",
        [
            "Under the old timetable, the first boat left San Fernando at 5.30 a.m.",
            "The last left Port of Spain at 7.30 p.m., an hour and 15 minutes later than under the new one.",
        ],
    ),
    (
        "n124-tt-excl-said",
        "“Five boats for two thousand people!” said Anjali Rampersadh, a bank clerk from Marabella who takes the 6.30 a.m. boat. “Where are the rest of us supposed to go?”",
        [
            "“Five boats for two thousand people!” said Anjali Rampersadh, a bank clerk from Marabella who takes the 6.30 a.m. boat.",
            "“Where are the rest of us supposed to go?”",
        ],
    ),
]
