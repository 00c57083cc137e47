"""Hundred-and-eighth set of new hand-labelled pages for the hint engines (tuning set, round forty-four):
twelve WHOLE pages, head to tail, from twelve countries (the United States, Ghana, England, Canada,
Scotland, India, Australia, Malaysia, South Africa, Ireland, the Philippines and New Zealand), in
the genres issue 13 names, where CHECK-WORTHINESS and SENTENCE SPLITS are hard together: WIRE COPY
with its credits line (a US insulin-pump recall, Ghanaian cocoa purchases), LOCAL NEWS (library
closures in an English borough, an overnight fire-hall closure in Manitoba), SPORT (a Scottish
league football match with line-ups, an Indian women's hockey final won in a shootout), SCIENCE
(Australian turtle nests turning female, with a journal reference; microplastics in Malaysian
cockles), a LIVE BLOG (a Johannesburg water shutdown), a Q&A INTERVIEW (an Irish island-ferry chief,
"Q:" and "A:" turns), a COURT REPORT (a Philippine graft conviction) and a PASTED WEB PAGE with a
cookie block (a New Zealand council's boil-water notice). On every page figures, dates, votes,
decisions, findings, counts and causal claims stand beside opinions and feelings in quotes, hedged
findings ("may", "could", "suggest", "likely", "might"), intentions and plans with and without
numbers ("will start shipping on Oct. 26", "would lay two more synthetic turfs ... by March 2028",
"she'll be in service by June 2028", "would bring a motion"), statements of record in the first
person ("I started on these boats in 1998 as a deckhand", "We carried 412,000 passengers in 2025"),
sports results beside colour, and predictions. The splits are hard on every page: abbreviations that
END a sentence before a capital ("the U.S." before "The rest", "Inc." before "The Ohio firm" and
"The firm's owner", "Sr." before "The elder", "10:30 a.m." before "The stock", "7 a.m." before
"Calls", "8 a.m." before "The last boat", "4.40 p.m." before "Heavy rain", "Ltd." before "The
company bought", "Sdn. Bhd." before "The firm said", "Jr." before "The court's Fourth Division",
"Qld." before "The team", "Man." before "It last closed", "etc." before "None of that", "Now we
find", "Tankers are parked" and "We know it's been hard", "Co.", "Ltd.", "Pvt. Ltd." and "(Pty)
Ltd." in footers) and abbreviations that do NOT end one ("No. 4" four times, "No. 2", "No. 3 main",
"Hall No. 2", "Republic Act No. 3019", "Crim. Case Nos.", "Registered in Scotland No.", "St. Mary's
Rd.", "St. Paul", "St. Cloud", "Dr." and "Dr", "Assoc. Prof. Dr.", "Prof.", "Sen.", "Coun.", "Cllr",
"Atty.", "vs." in prose and in brackets, "approx." eight times, "Art. 217", "Sec. 3(e)", "p. 44"
twice (once ending a sentence), "(para. 6.3)", "(Fig. 2).", "i.e." and "e.g.", "Oct. 26", "Sept.
30", "Nov. 9", "Nov. 16", "Jan. and June", "5 min. 40 sec.", "Cres.", "Ave.", "Rd.", "Minn.,"
"D-Minn.,", "Ltd. said", "Ltd.,", "Teo.,", "U.S. dollar", "3 a.m.?”", "2 a.m.?”", "6 a.m. Eastern",
"5 p.m., Mon.–Fri.", initials in "D. R. Auchterbrack", "M. Kujurvanshi" and "E. coli", "et al." in a
journal reference), decimals (GH¢3,228.75, 4.2 particles, 41.6 seconds, 6.4 km, 98.6%, 1.3°C, 11.5
posts), times (10:30 a.m., 4.40 p.m., 18:42, 15:30, 11am, 5pm), scores (2-1, 2-2, 4-2 on penalties,
6-2 and 7-4 votes), quotes with "?" or "!" then their attribution ("...at 3 a.m.?” asked ...",
"...is not a glitch!” she wrote on X.", "...this morning?” Penmuirscobe said.", "...in front of this
crowd!” said ...", "“Shame on you!” shouted ...", "...the stumps?” he asked."), quotes split after a
question before its answer ("“Should people stop eating cockles?" / "No, ...", "A: Worried?" /
"No.", "A: Honestly?" / "I'd say ..."), ellipses before lower case, lists in running text ("(i) ...,
(ii) ..., and (iii) ...", "e.g. buckets, bottles, jerry cans, etc.") and numbered items on their own
lines ("1. The decision can be called in ...", "2. Naledi: ...", "3. Throw away any ice ..."). Each
page carries its site's own furniture at the head, in the middle and at the tail, each worded its
own way. The pages hold 515 sentences: 212 "B", 147 "W" and 156 ""; 174 sentences carry a speaker
(82 distinct speakers). `STYLES` describes each page, its story, its speakers and its furniture in
order.

Written from scratch for issue 13 in round forty-four, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief); `/tmp/sets`
was listed at the start, when it was empty, and again at the end, when it also held another helper's
`labelled_new105.py`, seen as a name only and never opened; the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`); from
`labelled_new103.py` and `labelled_new104.py`, the output of a script of my own using `ast` that
prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES`
of each: printed once (the tool cut its middle, so the end of the `STYLES` of `labelled_new103.py`,
its pages, and the start of `labelled_new104.py` were not seen then), then printed again, one line
per paragraph, into a scratch file of which only some ranges were shown with `sed` (the first page
of `labelled_new103.py` through `cut -c1-400`, and most of the docstring of `labelled_new104.py`)
and `grep -n` of its section markers and case lines; so the later `STYLES` and the second page of
`labelled_new103.py`, and the tail of the docstring, the `STYLES` and most of the first page of
`labelled_new104.py` were never seen; `def build` in `tests/text/labelled_articles.py` (a `sed`
address range from its `def` line); and the `[tool.ruff]` tables of `pyproject.toml` (a `sed`
address range). No other page, case or docstring of any file under `tests/` was read. What was run:
a Python one-liner printing the calendars of October to December 2026 to check weekdays; scripts of
my own in a scratch folder that turn a small line format (flag, speaker, cue and text separated by a
tilde, one line a paragraph unless it starts with "+", aliases for speakers, case marks) into the
literals below, apply renames, cut the split cases out of the pages, and count sentences, flags and
speakers; per-word, whole-word, case-insensitive file counts (`grep -rilwF --include='*.py' -- WORD
tests | wc -l`) over `tests/` for every capitalised word of these pages and of `STYLES` and for
every candidate replacement; an import of this file with `build` (its few lines copied into my
script) on every page and a check of four string fields, flags, no "B" with a speaker, a cue for
every speaker and a speaker for every cue, every cue in its sentence or in the quote it continues,
30 distinct case ids, every case text in a built page and equal to its sentences joined by single
spaces, each expected sentence one labelled sentence, and the counts above; and `ruff format` and
`ruff check` (the project's `.venv`) on this file with the project's `pyproject.toml` as config, the
check also through `--stdin-filename tests/text/labelled_new108.py` so that the per-file ignores for
`tests/**` apply. Only counts were read from the word searches, never the matched lines or file
names; they ran through every file there, including ones this set must not open. The first draft's
coined people, outlets, towns, firms and streets hit about seventy words of other files (such as
Harlowe, Marisabel, Peverell, Wenna, Jessamy, Tobiah, Okerlund, Prewitt, Haskard, Ingrith, Leontyne,
Warrigal, Wendeline, Ouimet, Doucette, Lacasse, Whitford, Ballantrae, Ashgrove, Tunney, Oyelaran,
Fernbrake, Pellingford, Coldharrow, Ardgowrie, Auldhame, Auchterlonie, Eckersall, Faulds,
Gillanders, Lindores, Ogston, Pettycur, Scobie, Corstorphan, Serambi, Tanglawan, Kapuluan, Kōtare,
Tsikata, Bempong, Dorkenoo and Quaye); each was renamed, and the few replacements that hit as well
(such as Ferrand, Ferrandis, Ashmorrow, Tolliver, Brinkhorst, Corlissa, Tormod, Fearchar, Lindoresk,
Tobrin and Brennock) were renamed again; only replacements with no hit were kept. What still hits is
real places and regions (Minneapolis, Duluth, Rochester, St. Paul, St. Cloud, Ohio, Washington,
Accra, Kumasi, Sefwi, the Western North, Côte d'Ivoire, England, Wales, Portage la Prairie, Selkirk,
Scotland, Bhubaneswar, Odisha, Sundargarh, Bengaluru, Queensland, Bundaberg, the Mary River, Penang,
George Town, Batu Maung, Teluk, Kedah, Perak, Selangor, Kuala, Langkawi, Johannesburg, Soweto,
Naledi, Protea Glen, Zondi, Hillbrow, Durban, Galway, Rossaveel, Oranmore, the Corrib, Manila,
Iloilo, Capiz, Rangitoto and the like), common given names kept on purpose (Ansel, Kofi, Yaw,
Kwadwo, Alasdair, Gavin, Eilidh, Garnet, Farid, Bronwyn, Lindiwe, Precious, Thandolwethu,
Consolacion, Teodorico, Manaia, Chong), common and outlet words (Advertiser, Examiner, Lantern,
Sentinel, Standard, Post, Rovers, Athletic, Steel, Ports, Ladies, Bulk, Water, Quayside and the
like), currency, unit and market tokens (GH, RM, IST, GMT, EDT, ABN, DAC, PAIA, CRM, SC) and titles
and abbreviations kept or dropped on purpose (Dr, Prof, Assoc, Sen, Coun, Cllr, Atty, Jr, Sr, III,
Inc, Co, Ltd, Pty, Pvt, Sdn, Bhd, Teo, St, Rd, Ave, Cres, Sec, Art, No, Nos, Fig, Minn, Qld, Man).

Every person, outlet, wire service, firm, bank, broker, union local, council, library, school, club,
ground, team, stadium, university, institute, journal, utility, pump station, reservoir, road,
estate, town and figure is invented. Real countries, regions, cities and institutions appear only as
settings: those listed above, and the Nasdaq, X, WhatsApp, Facebook, Viber, Google Play and the App
Store (as channels), Ghana Statistical Service and the central bank (as sources of figures), the
Higher Education Ministry (as a funder), the Sandiganbayan, the Office of the Ombudsman, the
Commission on Audit, the Office of the Special Prosecutor, Republic Act No. 3019 and the Revised
Penal Code (only their names and a section or article number), Healthline and the Local Democracy
Reporting Service (only their names).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, byline, date, share line, caption, credit, button row, link,
list item, line-up line, time stamp and legal line is a paragraph of its own); each paragraph a list
of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B" line by line,
whatever it says; a caption by its content and its credit "B"; headlines and standfirsts are never
split and are flagged by content; a dateline belongs to its lead sentence; a speaker is the full
name as first given without titles (a pronoun or later surname resolves to it); an organisation's
later generic noun is kept as written ("the company", "The board", "the report", "The report", "The
authors", "the paper"); "it said" after an organisation resolves to it as first given; "according to
X" gives X as written; a quote over several sentences carries its speaker and cue in each; a named
person acting without a verb of saying carries no speaker; sport data lines are "" and a box's title
"B"; a journal reference line is one "B" sentence; the wire credits line is one "B" sentence;
live-blog time stamps and entry bylines are "B".

Conventions this set had to settle, in the same spirit:

* "Sr." is part of a name and ends a sentence before a capital, like "Jr." ("... his father,
  Ordwelle Penstemmer Sr." / "The elder Penstemmer ..."); "Sdn. Bhd." and "Teo." are treated like
  "Ltd."; "E. coli" is never split; "(para. 6.3)" and "on p. 44" are designations ("... the report
  said on p. 44." ends its sentence at "44.").
* Q&A with "Q:" and "A:" prefixes: every answer sentence carries the interviewee with cue "A:"
  (including "A: Worried?" and "No."); the interviewer's turns carry no speaker unless they cite a
  source ("Islanders say", "A local councillor said"), and a statement of record in a question turn
  is "W" ("Q: The company has just raised fares for the second time in two years.").
* Numbered items on their own lines are one sentence each, labelled by content: a rule or date of
  record "W" ("1. The decision can be called in ...", "3. If not, the three branches close on 3
  April 2027."), steps, locations and a meeting date given as a plan "".
* A live-blog entry headline "Mathekga says ..." carries the utility as first given; an entry
  headline naming nobody ("Opposition councillor calls for compensation") carries no speaker.
* Plans, schedules and intentions are "" even with a date or figure (replacement shipping from "Oct.
  26", a motion at the "Nov. 9" meeting, two turfs "by March 2028", a vessel "by June 2028", station
  closures "at 5pm on Wednesday"); a figure an official gives as the cost of a decision ("would save
  approx. $1.9 million a year, the cost of 12 firefighter positions") and a staff report's projected
  response times are "W", as checkable against the record.
* A personal account of record by a member of the public is "W" (a patient's two pump failures, a
  farmer's 400 felled trees); a complainant's feelings are "".
* "The court ordered ..." has no speaker; "the court noted" (a finding "W") and "the court wrote" (a
  quoted remark "") carry "the court".
* Titles and role words dropped from speakers: Chief Executive, Dr., Dr, Sen., Cllr, Coun., Fire
  Chief, Mayor, Lead author, Co-author, Assoc. Prof., Assoc. Prof. Dr., Prof., Atty., State sports
  minister, the managers', coaches', goalkeeper's and clerk's roles.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or three
consecutive sentences of one paragraph of these pages joined by single spaces: what a reviewer
wants, not what the engine does.
"""

STYLES = [
    'United States WIRE COPY on a wire service\'s own site (Minneapolis), an insulin-pump maker recalls 212,000 devices: a "MINNEAPOLIS (KNW) —" lead whose "the company said" is kept as written; "the U.S." ending a sentence before "The rest went to Canada, it said." (the firm as first given); a recall notice through according to and "the notice said" "W"; the chief executive with "Jr." (said in a statement "W", his quote ""); "Inc." ending a sentence before an Ohio firm that did not respond to a request for comment; advice and a replacement plan with "Oct. 26" ""; a patient\'s question quote with "3 a.m.?”" then asked "", her two pump failures "W"; a doctor with "Dr." (a hedge and a quote with an ellipsis before lower case ""); a senator with "Sen." and "D-Minn." (a request "", a quote ending "!” she wrote on X." ""); analysts said in a note (a could-hedge "") and They said with "approx." "W"; shares "at 10:30 a.m." ending a sentence before "The stock"; "Sr." ending a sentence before "The elder Penstemmer"; an earlier recall with "St. Cloud, Minn.," mid-sentence (agency name in capitals, menu with middle dots and "U.S.", section label with ›, headline, byline, date line with "a.m. EDT", share strip, caption "" and photo credit with a slash, a newsletter line with "6 a.m. Eastern." and "No spam, ever.", Subscribe button, credits line as one "B" sentence, standards line, Read next list, copyright split at "Inc." before the redistribution line, footer links)',
    'Ghanaian WIRE COPY on a news agency\'s site (Accra, Kumasi), cocoa purchases fall 19%: an "ACCRA, Oct 20 (KNA) -" dateline lead with "Sept. 30" carrying the cocoa board; "The board blamed" a list in running text with "(i)", "(ii)", "(iii)" "W" and its plan ""; the deputy chief executive with "Dr." (a may-hedge, a quote with an ellipsis before lower case and a forecast, all ""); the farmgate price with decimals and "approx." "W"; "Ltd." ending a sentence before "The company bought ..., it said in a statement." (the firm as first given); a farmer (trees cut "W", a quote with an ellipsis and "?” he asked." ""); analysts at a firm with "Ltd. said" (a could-hedge "") and the record "W"; the board\'s plan with "i.e." through according to its annual report "" and "the report said on p. 44." "W"; traders said (a price "W") and several buyers said ""; a farmers\' alliance chairman and a depot clerk (quotes with "!” he said." ""); statistics service figures show and central bank data with "U.S. dollar" "W" (agency name in capitals, menu with pipes, section label with a slash, headline, date line with GMT, byline, ADVERTISEMENT, a WhatsApp line, the credits line in brackets, Related list, copyright split at "Ltd.", footer links)',
    'English LOCAL NEWS on a town weekly\'s site (Wenderby, a local democracy reporter), cabinet votes 6-2 to close three branch libraries: a two-sentence cookie block and button row at the head; headline "W" and a standfirst with Campaigners say ""; caption "" and a bracketed image credit; the vote and the branches with "St Brannoquil\'s Road" "W"; the council leader with "Cllr" and "(Con)" (a budget gap "W", a quote over two sentences with an ellipsis ""); a cabinet report through according to and "The report says (para. 6.3)" "W"; the opposition leader (a judgement and "?” she asked." ""); a shout from the gallery ending "!” shouted ..." ""; a friends group\'s petition "W"; its chair (an offer "", a quote split at "etc." before "None of that fits in a van,” she said."); a council spokesperson said and added (plans ""); a "What happens next" box of numbered items ("1." and "3." of record "W", "2." ""); earlier closures and the council\'s own figures show "W" (masthead, menu with wide spaces, section label with ›, byline, reporting service line, date line in capitals, newsletter line, sign-up button, comment chrome with a handle and a two-sentence comment ending in "!", a numbered Most Read list, copyright split at "Ltd." before the registration line, footer links)',
    'Canadian LOCAL NEWS on a city paper\'s site (Lorrindale, Manitoba), council votes 7-4 to leave Fire Hall No. 4 unstaffed overnight: headline with "No. 4" and "$1.9M" "W"; caption with "St. Mary\'s Rd." "" and photo credit; the vote with "Jan. 4" "W"; "7 a.m." ending a sentence before "Calls in the north end ..." with "Portage Ave." "W"; the fire chief (savings with "approx.", overnight calls "W", a feeling quote ""); a staff report through according to with "5 min. 40 sec." "W"; a councillor with "Coun." who voted against "W" (no speaker), her quote with "Cres." and "2 a.m.?” she asked." and her plan with "Nov. 9" ""; the mayor (a savings target "W", a quote ""); a union local president (growth "W", "!” he said." ""); the department\'s annual report through according to "W"; a second councillor (an opinion "", a crew of record "W"); a resident ("" and a question quote ""); "Man." ending a sentence before "It last closed a fire hall ..." with "Selkirk Ave." "W"; a meeting notice "" (masthead in capitals, menu with middle dots, section label, byline name and role on two lines, Published line with "p.m.", ADVERTISEMENT and "Continue reading below", newsletter line with "5 p.m., Mon.–Fri.", comments line, Trending list, copyright split at "Co." before "All rights reserved.", footer links)',
    'Scottish SPORT report on a regional daily\'s site, a league football match Inverbrack Rovers 2 Cairnlauder Athletic 1: headline of record, caption "" and picture credit; the result and the winner\'s record "W"; the opening goal with "Rovers\' No. 4," and the red card "W"; the equaliser "W"; two sentences of colour ""; the winner and a scoring record "W"; the home manager (an opinion, a quote with "?” Penmuirscobe said." and a continuing sentence, a plan, all ""); the away manager (first defeat since 15 August "W", a quote with an ellipsis and a continuing sentence ending "!" ""); the scorer\'s quote ""; a prediction ""; a title drought and the crowd "W"; a TEAMS label "B" and two line-up lines, "Referee: D. R. Auchterbrack." and "Att: 2,814." as "" data sentences (masthead in capitals, menu with wide spaces, section label with a slash, byline, date line with "pm", Advertisement, a newsletter line with "6pm", More football list, copyright split at "Ltd." before "Registered in Scotland No. SC418277.", footer links)',
    'Indian SPORT report on a regional English daily\'s site (Bhubaneswar), a women\'s hockey final won in a shootout: headline "W"; the result "W"; "4.40 p.m." ending a sentence before "Heavy rain ..."; the first half with "i.e." and the goals "W"; the late equaliser with "41.6 seconds" "W"; the goalkeeper\'s quote ending "!” said Steel goalkeeper ..." "" before her saves "W" (no speaker); the winning coach (an opinion, a quote with an ellipsis and "?” she asked." and a continuing sentence, all ""); the losing forward ""; the captain\'s third title "W" and a dedication ""; the losing coach (opinion and a quote with an ellipsis ""); the federation said (crowd "W") and it said (prize with "approx." "W"); the state minister with "Dr." (a plan with "March 2028" and a quote ""); an expectation with "Nov. 16" ""; a past final with "vs." "W"; a RESULTS box title "B" and three result lines "" data (masthead in capitals, menu with pipes, section label with ›, a place, date and Updated line with IST, byline, share strip, Advertisement, an Also Read link, app prompt, Most Popular list, copyright split at "Pvt. Ltd." before "All rights reserved.")',
    'Australian SCIENCE story on a regional news site, a study of flatback turtle nests turning almost all female: a skip link; headline "W" and a standfirst with Researchers say (a could-hedge ""); caption "" and a bracketed supplied credit; the lead through according to a study "W"; "Qld." ending a sentence before "The team then ..." and "(Fig. 2)." "W"; findings with "vs." and "approx." "W"; the lead author with "Dr" (a judgement, a quote with an ellipsis, a question quote split before its answer, all ""); The authors write and warn (may- and could-hedges with "e.g." ""); hatching success "W"; a co-author with "Assoc. Prof." (trial cooling "W", a quote ending in "!" ""); an outside ecologist with "Dr" (opinion and a might-hedge ""); the state department said (funding "W") and It said (a plan ""); a fact "W"; a journal reference with "et al." as one "B" sentence (masthead in capitals, menu with wide spaces, section label with ›, byline and role lines, Posted/updated line, Advertisement, newsletter line, Related list, an acknowledgement of country line, copyright line with ABN)',
    'Malaysian SCIENCE story on an English daily\'s site (George Town, Penang), microplastics in cockles: headline "W" with says; a listen line; caption "" and a file-picture credit; a "GEORGE TOWN:" dateline lead through according to a study "W"; the lead researcher with "Assoc. Prof. Dr." (sample with "Jan. and June" "W", a quote with "i.e." and "4.2" "W", a suggest-hedge "", opinion and a question quote split before its answer ""); a comparison "(6.1 vs. 2.9 per cockle)." "W"; "Sdn. Bhd." ending a sentence before "The firm said ..." (harvest "W", plan ""); an outside toxicologist with "Prof." (opinion and a quote with an ellipsis ""); "the paper says" with a hedge "" and a plan ""; publication and a RM grant "W"; a farmer (a quote split at "etc." before "Now we find ...,” he said.", all ""); fisheries statistics through according to "W" (masthead in capitals, menu with pipes, section label, byline, date line with "@", listen line, ADVERTISEMENT, a Read more link, a WhatsApp line ending "!", tags line, Related News list, copyright split at "Sdn. Bhd. (174502-K)" before "All rights reserved.")',
    'South African LIVE BLOG on a regional daily\'s site (Johannesburg), a bulk-water pump station shutdown leaves 14 suburbs dry, newest entry first: LIVE label, headline "W", compiled-by line, Last updated and Refresh lines; a Summary box ("W" of record, advice ""); 24-hour time stamps ("18:42") and "— Name" entry bylines "B"; a crèche owner ("" and a "?” she asked." quote); an entry headline "Mathekga says ..." carrying the utility; its operations officer with "No. 3 main", "approx. 2.4 tonnes" and "15:30" "W", a forecast quote and an apology ""; a tankers entry with "e.g." and "etc." ending a sentence before "Tankers are parked at 23 points ..., the city said." "W" and three numbered locations "" with "Mahlangu St."; a health department spokesperson (clinics and a hospital "W"); an opposition councillor with "Cllr" (a demand "", "!” he said." "", a count of outages "W"); the utility said in a statement (a second crack "W") and It said (a delay estimate ""); (masthead in capitals, menu with pipes, Load more updates, a newsletter line with "06:00", an app line, copyright split at "(Pty) Ltd.", footer links)',
    'Irish Q&A INTERVIEW on a regional weekly\'s site (Galway Bay), the chief executive of an island ferry company: a headline quote of record "W"; a "Conversation with" byline, date line and Premium label; an intro with "Teo.," mid-sentence "W" and a scene sentence ""; an "edited for length" note "B"; the interviewer\'s turns open "Q:" (a statement of record before "Why?" "W", Islanders say "", a councillor said with a subsidy figure "W", a rival with "Ltd.," mid-sentence "W", plain questions ""); every answer sentence carries the interviewee with cue "A:": first-person statements of record "W" (fuel prices, fares from "1 December", passenger numbers, "I started on these boats in 1998", the subsidy, the 8 a.m. and 5 p.m. sailings with "8 a.m." ending a sentence), feelings, hopes and plans with figures ("240 passengers vs. 180", "i.e.", "June 2028") "", an answer split after "Honestly?", and "Worried?" / "No." (subscriber block in two sentences, More from Business list, registered office line with "DAC", copyright line)',
    'Philippine COURT REPORT on a news site (Manila, Iloilo), the anti-graft court convicts a former mayor over a ₱18.6-million dump-truck deal: headline "W"; byline, Published/Updated line and a share strip; a "MANILA —" lead carrying the court; "Jr." ending a sentence before "The court\'s Fourth Division sentenced him ..."; "Sec. 3(e) of Republic Act No. 3019" and "Art. 217" mid-sentence "W"; "Inc." ending a sentence before "The firm\'s owner ..."; the decision said (valuation with "approx." "W"); "On p. 44 of the 61-page decision, the court noted" "W" and "the court wrote" quote ""; the justice who wrote the decision "W" (no speaker); defence counsel with "Atty." (a plan "", a question quote with "?” she asked." "", a claim of record "W"); the co-accused declined to comment; prosecutors\' opinion ""; orders, bail and docket with "Crim. Case Nos." "W"; a "III" suffix; a complainant\'s feelings and "!” she said." "" (masthead in capitals, menu with pipes, section label, ADVERTISEMENT, Read Next and RELATED STORIES lists, a newsletter line, a consent line, copyright split before "All rights reserved.")',
    'New Zealand PASTED WEB PAGE of a district council\'s news notice, a boil water notice lifted after 14 days: skip link, a two-sentence cookie block and buttons, council name, service links and breadcrumbs; headline "W" and a Published line; the lifting with "11am on Tuesday 10 November" "W"; "E. coli" twice mid-sentence (the council said "W"); "No. 2 reservoir on Kōtarenui Rd." "W"; "approx. 5,600 people" and the cause "W"; the infrastructure manager (an apology "", a quote split at "etc." before "We know it\'s been hard,” she said.", repairs "W", a plan with a number ""); the medical officer of health with "Dr" (cases "W", advice quote ""); a "What you need to do now" label "B" and four numbered steps with "e.g." ""; station closures (a plan "") and bottled water handed out "W"; advice to businesses "" (feedback widget, Related pages list, contact block with phone, email and address, copyright line, footer links)',
]

ARTICLES = [
    [
        [
            ("KESTRAVEN NEWS WIRE", "", "", "B"),
        ],
        [
            ("Latest · U.S. · World · Business · Health · Tech · Sports · Video", "", "", "B"),
        ],
        [
            ("Health › Medical Devices", "", "", "B"),
        ],
        [
            (
                "Insulin-pump maker Torvelline recalls 212,000 devices after battery faults linked to 38 injuries",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Marisabeth Quenneford", "", "", "B"),
        ],
        [
            ("Oct. 14, 2026 · 9:52 a.m. EDT · Updated 1:17 p.m. EDT", "", "", "B"),
        ],
        [
            ("Share · Email · Print · Save for later", "", "", "B"),
        ],
        [
            (
                "A patient shows her Torvelline pump at a diabetes clinic in St. Paul, Minn., on Tuesday, Oct. 13, 2026.",
                "",
                "",
                "",
            ),
        ],
        [
            ("KNW Photo/Ansel Drocourtel", "", "", "B"),
        ],
        [
            (
                "MINNEAPOLIS (KNW) — Torvelline Medical Inc. is recalling about 212,000 insulin pumps because their batteries can fail without warning, the company said on Wednesday.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            ("About 190,000 of the pumps were sold in the U.S.", "", "", "W"),
            ("The rest went to Canada, it said.", "Torvelline Medical Inc.", "said", "W"),
        ],
        [
            (
                "The recall covers the Model 4 and Model 4X pumps made between March 2024 and June 2026, according to a notice the company filed with federal regulators.",
                "a notice the company filed with federal regulators",
                "according to",
                "W",
            ),
            (
                "The faults have been linked to 38 injuries, including 11 hospital admissions for dangerously high blood sugar, the notice said.",
                "a notice the company filed with federal regulators",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief Executive Ordwelle Penstemmer Jr. said in a statement that the company had traced the fault to battery cells from a single supplier.",
                "Ordwelle Penstemmer Jr.",
                "said in a statement",
                "W",
            ),
            (
                "“Patients trust us with something they cannot live without, and we let some of them down,” Penstemmer said.",
                "Ordwelle Penstemmer Jr.",
                "said",
                "",
            ),
        ],
        [
            ("The cells were made by Vandrosse Energy Inc.", "", "", "W"),
            (
                "The Ohio firm did not respond to a request for comment on Wednesday.",
                "The Ohio firm",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Patients should keep using their pumps unless the screen shows a battery warning, the company said.",
                "the company",
                "said",
                "",
            ),
            (
                "Replacement pumps will start shipping on Oct. 26, and every affected pump should be swapped by the end of February, it said.",
                "Torvelline Medical Inc.",
                "said",
                "",
            ),
        ],
        [
            (
                "“How do you plan your life around a pump that might quit at 3 a.m.?” asked Delphinne Ruscarro, 44, of Duluth, who has used a Model 4 since 2025.",
                "Delphinne Ruscarro",
                "asked",
                "",
            ),
            (
                "She said hers had shut down twice in September, once while she was driving.",
                "Delphinne Ruscarro",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Ingridella Vassabeau, an endocrinologist in Rochester, Minn., said most patients would be safe if they checked their blood sugar more often until the swap.",
                "Ingridella Vassabeau",
                "said",
                "",
            ),
            (
                "“The ones who live alone... those are the ones I'm calling first,” she said.",
                "Ingridella Vassabeau",
                "said",
                "",
            ),
        ],
        [
            (
                "Sen. Solvejga Prewhaskard, D-Minn., said she had asked Torvelline to brief her staff by Friday.",
                "Solvejga Prewhaskard",
                "said",
                "",
            ),
            (
                "“Thirty-eight injuries is not a glitch!” she wrote on X.",
                "Solvejga Prewhaskard",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Analysts at Hobbelwright & Quennoch said in a note that the recall could cost Torvelline $90 million to $120 million.",
                "Analysts at Hobbelwright & Quennoch",
                "said in a note",
                "",
            ),
            (
                "They said the Model 4 line made up approx. 31% of the company's $2.6 billion in sales last year.",
                "Analysts at Hobbelwright & Quennoch",
                "said",
                "W",
            ),
        ],
        [
            ("Torvelline shares were down 6.8% at $54.12 on the Nasdaq at 10:30 a.m.", "", "", "W"),
            ("The stock had gained 22% this year before the recall.", "", "", "W"),
        ],
        [
            (
                "Health Brief: the week's medical news, in your inbox Tuesdays and Fridays by 6 a.m. Eastern.",
                "",
                "",
                "B",
            ),
            ("No spam, ever.", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            (
                "Penstemmer, 51, took over as chief executive in 2019 from his father, Ordwelle Penstemmer Sr.",
                "",
                "",
                "W",
            ),
            (
                "The elder Penstemmer founded the company in 1994 as a maker of hospital drip counters.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It is the company's second recall since 2023, when it pulled about 40,000 infusion sets made at its plant in St. Cloud, Minn., over a labeling error.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Reporting by Marisabeth Quenneford in Minneapolis and Tobrick Wrenstall in Washington; editing by Corlisande Abernaymoor",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The KNW Trust Principles", "", "", "B"),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Dialysis chain to pay $41 million to settle billing case", "", "", "B"),
        ],
        [
            ("Hospital staffing rules stall in three states", "", "", "B"),
        ],
        [
            ("© 2026 Kestraven News Wire Inc.", "", "", "B"),
            ("Redistribution without written consent is prohibited.", "", "", "B"),
        ],
        [
            ("Contact · Terms of Use · Privacy · Cookie Settings", "", "", "B"),
        ],
    ],
    [
        [
            ("KPODZI NEWS AGENCY", "", "", "B"),
        ],
        [
            ("Home | Business | Politics | Regions | Sports | Features | Photos", "", "", "B"),
        ],
        [
            ("BUSINESS / COMMODITIES", "", "", "B"),
        ],
        [
            ("Ghana cocoa purchases fall 19% as smuggling and swollen shoot bite", "", "", "W"),
        ],
        [
            ("Tuesday, 20 October 2026 | 14:05 GMT", "", "", "B"),
        ],
        [
            ("By Esiamah Dorkenoowah", "", "", "B"),
        ],
        [
            (
                "ACCRA, Oct 20 (KNA) - Licensed buyers purchased 388,400 tonnes of cocoa in the season that ended on Sept. 30, down 19% from a year earlier, the National Cocoa Trading Board said on Tuesday.",
                "the National Cocoa Trading Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "The board blamed three things: (i) smuggling into neighbouring countries, where farmgate prices are higher, (ii) the cocoa swollen shoot virus, and (iii) ageing trees.",
                "The board",
                "blamed",
                "W",
            ),
            (
                "It gave no estimate of how much each had cost, and said it would publish a fuller breakdown in December.",
                "The board",
                "said",
                "",
            ),
        ],
        [
            (
                "Its deputy chief executive, Dr. Akosuabena Nkansabour, said in an interview that as much as 120,000 tonnes may have left the country illegally.",
                "Akosuabena Nkansabour",
                "said in an interview",
                "",
            ),
            (
                "“We cannot guard every footpath in the Western North... and the smugglers know it,” she said.",
                "Akosuabena Nkansabour",
                "said",
                "",
            ),
            (
                "She said the board expected purchases to reach 450,000 tonnes next season.",
                "Akosuabena Nkansabour",
                "said",
                "",
            ),
        ],
        [
            (
                "The government raised the farmgate price to GH¢3,228.75 per 64kg bag in August, or approx. GH¢50,450 a tonne.",
                "",
                "",
                "W",
            ),
            ("Ghana is the world's second-largest cocoa grower after Côte d'Ivoire.", "", "", "W"),
        ],
        [
            ("The biggest private buyer last season was Nsuobra Commodities Ltd.", "", "", "W"),
            (
                "The company bought 61,200 tonnes, down from 74,900 a year earlier, it said in a statement.",
                "Nsuobra Commodities Ltd.",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Kwadwo Ampofuaah, who farms 6 acres near Sefwi Wiawso, said he had cut out about 400 diseased trees since March.",
                "Kwadwo Ampofuaah",
                "said",
                "W",
            ),
            (
                "“If I cut the rest, what do I sell next year... the stumps?” he asked.",
                "Kwadwo Ampofuaah",
                "asked",
                "",
            ),
        ],
        [
            (
                "Analysts at Ofankor Capital Ltd. said purchases could recover to about 500,000 tonnes next season if prices hold and the rains are normal.",
                "Analysts at Ofankor Capital Ltd.",
                "said",
                "",
            ),
            (
                "That would still be well below the record 1.05 million tonnes bought in the 2020/21 season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The board plans to replant 40,000 hectares of diseased farms by 2028, i.e. about an eighth of the infected area, according to its annual report.",
                "its annual report",
                "according to",
                "",
            ),
            (
                "The virus had infected about 315,000 hectares by the end of 2025, the report said on p. 44.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Traders said buyers across the border in Côte d'Ivoire were paying the equivalent of about GH¢58,900 a tonne.",
                "Traders",
                "said",
                "W",
            ),
            (
                "The gap has narrowed since August, but not by enough, several buyers said.",
                "several buyers",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Kofi Anyinsah-Bremang, chairman of the Ahafo Cocoa Farmers' Alliance, said the price rise had come too late.",
                "Kofi Anyinsah-Bremang",
                "said",
                "",
            ),
            (
                "“By August, the beans had already gone,” he said.",
                "Kofi Anyinsah-Bremang",
                "said",
                "",
            ),
        ],
        [
            ("Follow KNA on WhatsApp for market prices every morning.", "", "", "B"),
        ],
        [
            (
                "At a licensed buyer's depot in Kumasi, purchasing clerk Yaw Boadzemfo said the warehouse had been half empty since July.",
                "Yaw Boadzemfo",
                "said",
                "",
            ),
            ("“Some days we just sit and play draughts!” he said.", "Yaw Boadzemfo", "said", ""),
        ],
        [
            (
                "Cocoa beans and products earned about 11% of Ghana's export receipts in 2025, Ghana Statistical Service figures show.",
                "Ghana Statistical Service figures",
                "show",
                "W",
            ),
            (
                "The cedi has gained 11.4% against the U.S. dollar this year, according to central bank data.",
                "central bank data",
                "according to",
                "W",
            ),
        ],
        [
            ("(Reporting by Esiamah Dorkenoowah; Editing by Mawuenya Tsikadzor)", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Gold exports hit record on higher prices", "", "", "B"),
        ],
        [
            ("Fuel marketers cut pump prices for second time in a month", "", "", "B"),
        ],
        [
            ("© 2026 Kpodzi News Agency Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About KNA | Advertise | Subscriptions | Contact", "", "", "B"),
        ],
    ],
    [
        [
            (
                "We use cookies to make this site work and to show you adverts that suit you.",
                "",
                "",
                "B",
            ),
            ("You can change your choices at any time.", "", "", "B"),
        ],
        [
            ("Accept all   Reject non-essential   Manage preferences", "", "", "B"),
        ],
        [
            ("The Wenderby Advertiser", "", "", "B"),
        ],
        [
            (
                "News   Sport   What's On   Property   Jobs   Family Notices   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Council", "", "", "B"),
        ],
        [
            (
                "Three Wenderby branch libraries to close next spring after cabinet vote",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Campaigners say the cuts will hit the town's poorest estates hardest",
                "Campaigners",
                "say",
                "",
            ),
        ],
        [
            ("By Jessaminda Crouchfield-Pennow", "", "", "B"),
        ],
        [
            ("Local Democracy Reporting Service", "", "", "B"),
        ],
        [
            ("12:41, 22 OCT 2026", "", "", "B"),
        ],
        [
            ("Campaigners outside Wenderby Town Hall before Wednesday's meeting", "", "", ""),
        ],
        [
            ("(Image: Jessaminda Crouchfield-Pennow/LDRS)", "", "", "B"),
        ],
        [
            (
                "Three branch libraries in Wenderby will close next April after the council's cabinet voted 6-2 on Wednesday evening to cut £410,000 from the service.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The branches at Holtwistle, Quarlemby Vale and St Brannoquil's Road will shut on 3 April, leaving the central library on Market Row and one mobile van.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cllr Peverith Ashmorrick-Tunnicrest (Con), the council's leader, said the authority faced a £14.7m gap in next year's budget.",
                "Peverith Ashmorrick-Tunnicrest",
                "said",
                "W",
            ),
            (
                "“Nobody comes into politics to close libraries,” he said.",
                "Peverith Ashmorrick-Tunnicrest",
                "said",
                "",
            ),
            (
                "“But I would rather shut three buildings than cut care for elderly people... and those are the choices in front of us.”",
                "Peverith Ashmorrick-Tunnicrest",
                "said",
                "",
            ),
        ],
        [
            (
                "Visits to the three branches fell from 61,300 in 2019 to 38,900 last year, according to a report to the cabinet.",
                "a report to the cabinet",
                "according to",
                "W",
            ),
            (
                "The report says (para. 6.3) that closing them would save £410,000 a year, mostly in staff costs, and that 11.5 full-time posts would go.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Labour group leader Cllr Ysmay Trenholt-Oyelarandu said the saving was “small change” next to the harm the closures would do.",
                "Ysmay Trenholt-Oyelarandu",
                "said",
                "",
            ),
            (
                "“Where does a seven-year-old on the Fernquiddle estate go to do her homework now?” she asked.",
                "Ysmay Trenholt-Oyelarandu",
                "asked",
                "",
            ),
        ],
        [
            (
                "“Shame on you!” shouted a woman in the public gallery as the vote was taken.",
                "a woman in the public gallery",
                "shouted",
                "",
            ),
        ],
        [
            (
                "Friends of Holtwistle Library said its petition against the closures had 4,212 signatures.",
                "Friends of Holtwistle Library",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its chair, Wennamae Pollexfield, 71, said volunteers had offered to run the branch without pay.",
                "Wennamae Pollexfield",
                "said",
                "",
            ),
            (
                "“We run the knit-and-natter, the homework club, the job club, rhyme time, etc.",
                "Wennamae Pollexfield",
                "said",
                "",
            ),
            ("None of that fits in a van,” she said.", "Wennamae Pollexfield", "said", ""),
        ],
        [
            (
                "A council spokesperson said the mobile library would stop in each of the three villages for four hours a week.",
                "A council spokesperson",
                "said",
                "",
            ),
            (
                "The council would look at the volunteers' offer before the branches closed, the spokesperson added.",
                "A council spokesperson",
                "added",
                "",
            ),
        ],
        [
            ("What happens next", "", "", "B"),
        ],
        [
            (
                "1. The decision can be called in by five councillors who do not sit on the cabinet, within five working days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "2. If it is called in, the scrutiny committee will meet on 5 November to review it.",
                "",
                "",
                "",
            ),
        ],
        [
            ("3. If not, the three branches close on 3 April 2027.", "", "", "W"),
        ],
        [
            (
                "Get the Advertiser's morning briefing in your inbox by 7am, Monday to Saturday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign me up", "", "", "B"),
        ],
        [
            (
                "Wenderby closed two other branches, at Pellinquarth and Coldquharrow, in 2018.",
                "",
                "",
                "W",
            ),
            (
                "Library visits across the borough have fallen by 29% since then, the council's own figures show.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Have your say", "", "", "B"),
        ],
        [
            ("37 comments", "", "", "B"),
        ],
        [
            ("WenderbyLass58 · 3h ago", "", "", "B"),
        ],
        [
            ("Typical.", "", "", "B"),
            ("They'll find the money for the new roundabout though!", "", "", "B"),
        ],
        [
            ("Reply · Report", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("1. Man charged after crash on the Wenderby bypass", "", "", "B"),
        ],
        [
            ("2. Beloved corner bakery to shut after 62 years", "", "", "B"),
        ],
        [
            ("3. Fireworks display cancelled over safety fears", "", "", "B"),
        ],
        [
            ("© 2026 Wenderby Advertiser Ltd.", "", "", "B"),
            ("Registered in England and Wales.", "", "", "B"),
        ],
        [
            ("Privacy Notice | Terms | Complaints | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LORRINDALE SENTINEL", "", "", "B"),
        ],
        [
            (
                "News · Opinion · Sports · Obituaries · Community · Classifieds · ePaper",
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
                "Fire Hall No. 4 to go dark overnight as council trims $1.9M from fire budget",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tolliverne Oakhulme", "", "", "B"),
        ],
        [
            ("Reporter", "", "", "B"),
        ],
        [
            ("Published Oct. 27, 2026 at 6:10 p.m. · 4 minute read", "", "", "B"),
        ],
        [
            ("Fire Hall No. 4 on St. Mary's Rd. in Lorrindale's north end.", "", "", ""),
        ],
        [
            ("Photo by Tolliverne Oakhulme /Lorrindale Sentinel", "", "", "B"),
        ],
        [
            (
                "Lorrindale city council voted 7-4 on Monday night to stop staffing Fire Hall No. 4 overnight from Jan. 4.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The St. Mary's Rd. hall will be empty from 7 p.m. to 7 a.m.", "", "", "W"),
            (
                "Calls in the north end during those hours will be answered from Fire Hall No. 2 on Portage Ave., about 6.4 km away.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fire Chief Dumont Lacassoine-Whitfell said the change would save approx. $1.9 million a year, the cost of 12 firefighter positions.",
                "Dumont Lacassoine-Whitfell",
                "said",
                "W",
            ),
            (
                "He said the hall answered 412 calls between 7 p.m. and 7 a.m. last year, or about 1.1 a night, and that most were medical calls.",
                "Dumont Lacassoine-Whitfell",
                "said",
                "W",
            ),
            (
                "“I don't love this decision, but I can live with it,” Lacassoine-Whitfell said.",
                "Dumont Lacassoine-Whitfell",
                "said",
                "",
            ),
        ],
        [
            (
                "Average overnight response times in the north end will rise from 5 min. 40 sec. to about 8 min. 55 sec., according to a staff report.",
                "a staff report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Coun. Ophira Ballenquist, who represents the north end, voted against the change.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“What do I tell the family on Duquellet Cres. whose kid stops breathing at 2 a.m.?” she asked.",
                "Ophira Ballenquist",
                "asked",
                "",
            ),
            (
                "She said she would bring a motion to reverse the decision at the Nov. 9 meeting.",
                "Ophira Ballenquist",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Garnet Steinhauerby said the city had to find $6.2 million in savings before it passes its 2027 budget in December.",
                "Garnet Steinhauerby",
                "said",
                "W",
            ),
            (
                "“Every department is giving something up,” he said.",
                "Garnet Steinhauerby",
                "said",
                "",
            ),
        ],
        [
            (
                "Quelmond Dousquelle, president of Local 1879 of the firefighters' union, said the north end had grown by about 3,100 residents since 2021.",
                "Quelmond Dousquelle",
                "said",
                "W",
            ),
            (
                "“People moved there because there was a fire hall down the street!” he said.",
                "Quelmond Dousquelle",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            (
                "The fire department has 11 halls and 164 full-time firefighters, according to its 2025 annual report.",
                "its 2025 annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Coun. Wendolyse Forsgrave-Ouimettre, who voted for the change, said the north end would still be “well covered”.",
                "Wendolyse Forsgrave-Ouimettre",
                "said",
                "",
            ),
            (
                "She said Hall No. 2 had run a second crew on nights since 2024.",
                "Wendolyse Forsgrave-Ouimettre",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lucette Pranjivan, who lives two blocks from the hall, said she had not heard about the vote until Monday afternoon.",
                "Lucette Pranjivan",
                "said",
                "",
            ),
            (
                "“You'd think they'd knock on a few doors first, eh?” she said.",
                "Lucette Pranjivan",
                "said",
                "",
            ),
        ],
        [
            (
                "Lorrindale, a city of about 48,000 people, is 30 km west of Portage la Prairie, Man.",
                "",
                "",
                "W",
            ),
            (
                "It last closed a fire hall in 1996, when the old downtown station on Selkirk Ave. was sold.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council meets again on Monday, Nov. 9, at 7 p.m. in the council chambers at City Hall.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Get the Sentinel's Evening Edition in your inbox at 5 p.m., Mon.–Fri.", "", "", "B"),
        ],
        [
            ("Join the discussion (18)", "", "", "B"),
        ],
        [
            ("Trending in Lorrindale", "", "", "B"),
        ],
        [
            ("Curling club roof repairs to cost $380K", "", "", "B"),
        ],
        [
            ("Man, 29, charged after stolen truck found in ditch", "", "", "B"),
        ],
        [
            ("© 2026 Lorrindale Sentinel, a division of Prairiewood Media Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact Us | Advertise | Privacy Policy | Terms of Use", "", "", "B"),
        ],
    ],
    [
        [
            ("THE NORTHERN CLAYMORE", "", "", "B"),
        ],
        [
            ("Home   News   Sport   Football   Rugby   Shinty   Opinion   Puzzles", "", "", "B"),
        ],
        [
            ("Sport / Football", "", "", "B"),
        ],
        [
            (
                "Inverbrack Rovers 2 Cairnlauder Athletic 1: Maccrindle header sends ten-man Rovers top",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Eilidh Corstorvane-Mairlaw", "", "", "B"),
        ],
        [
            ("Sunday, 1 November 2026, 10:45 pm", "", "", "B"),
        ],
        [
            (
                "Struanach Maccrindle wheels away after his late winner at Tullochbank Park.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Duncraig Sports Images", "", "", "B"),
        ],
        [
            (
                "Struanach Maccrindle's 88th-minute header gave Inverbrack Rovers a 2-1 win over Cairnlauder Athletic at Tullochbank Park on Saturday and sent them top of the table for the first time since 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Athletic led through a Rhodriach Eckerslaw penalty on 23 minutes after Rovers' No. 4, Fearcharan Fauldstraith, handled on the line.",
                "",
                "",
                "W",
            ),
            (
                "Fauldstraith was shown a straight red card, and Rovers played the last 67 minutes with 10 men.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "They were level three minutes after the break, when Tormodh Toshquhillan curled a free kick from 22 yards into the top corner.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The rain stopped at half-time, and the pitch cut up badly in the second half.",
                "",
                "",
                "",
            ),
            (
                "For long spells after that, Athletic passed the ball around the edge of the Rovers box without finding a way through.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Then, with two minutes left, Maccrindle rose above two defenders to meet a corner from the left.",
                "",
                "",
                "W",
            ),
            ("He has now scored nine goals in 11 league games.", "", "", "W"),
        ],
        [
            (
                "Rovers manager Alasdair Penmuirscobe said his players had “earned every blade of grass”.",
                "Alasdair Penmuirscobe",
                "said",
                "",
            ),
            (
                "“Ten men for an hour, against the side that were top this morning?” Penmuirscobe said.",
                "Alasdair Penmuirscobe",
                "said",
                "",
            ),
            (
                "“I'm not sure I've ever been prouder of a group.”",
                "Alasdair Penmuirscobe",
                "said",
                "",
            ),
        ],
        [
            (
                "He said he would not get carried away with 23 games still to play.",
                "Alasdair Penmuirscobe",
                "said",
                "",
            ),
        ],
        [
            (
                "Athletic manager Gavin Hebburnside said it was his side's first league defeat since 15 August.",
                "Gavin Hebburnside",
                "said",
                "W",
            ),
            (
                "“The penalty was soft, if anything, and we switched off for the winner... you can't do that at this level,” he said.",
                "Gavin Hebburnside",
                "said",
                "",
            ),
            ("“We'll be back, don't you worry about that!”", "Gavin Hebburnside", "said", ""),
        ],
        [
            (
                "Maccrindle, 19, said he had “just shut my eyes and gone for it”.",
                "Struanach Maccrindle",
                "said",
                "",
            ),
        ],
        [
            (
                "Rovers travel to Ardquharrie on Saturday, where another win would put them four points clear.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Rovers last won the league title in 1987-88.", "", "", "W"),
            ("The crowd of 2,814 was the biggest at Tullochbank Park this season.", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("TEAMS", "", "", "B"),
        ],
        [
            (
                "Inverbrack Rovers: Ogstonvale; Fauldstraith, Brachie, Tullomore, McVarish; Toshquhillan, Drummelzie, Keltney; Aikenshaw (Lindquhar 70), Maccrindle, Strathkin.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Cairnlauder Athletic: Pettyquhar; Auldquhair, Eckerslaw, Cromalt, Glendoick; Ballindean, Finlarig (Muckhart 75), Kinkell; Craigend, Dalvenie, Rossend.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: D. R. Auchterbrack.", "", "", ""),
            ("Att: 2,814.", "", "", ""),
        ],
        [
            (
                "Sign up for Full Time, our Saturday football newsletter, and get every result by 6pm.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More football", "", "", "B"),
        ],
        [
            ("Ardquharrie boss backs young keeper after cup exit", "", "", "B"),
        ],
        [
            ("Women's game: Cairnlauder Ladies hit seven", "", "", "B"),
        ],
        [
            ("© 2026 Northern Claymore Newspapers Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC418277.", "", "", "B"),
        ],
        [
            ("Terms | Privacy | Cookie Policy | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE UTKAL EVENING POST", "", "", "B"),
        ],
        [
            ("Home | India | Odisha | Sports | Business | Opinion | E-Paper", "", "", "B"),
        ],
        [
            ("Sports › Hockey", "", "", "B"),
        ],
        [
            (
                "Vindhyavar Steel win women's hockey title in shootout as goalkeeper saves twice",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Bhubaneswar | Monday, November 2, 2026 | Updated 11:20 am IST", "", "", "B"),
        ],
        [
            ("By Ishanvi Pattanayakula", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Copy link", "", "", "B"),
        ],
        [
            (
                "Vindhyavar Steel beat Purvanchal Ports 4-2 in a penalty shootout to win the national women's hockey championship after the final ended 2-2 in regulation time at the Kalyanmoy Stadium on Sunday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The final started 40 minutes late, at 4.40 p.m.", "", "", "W"),
            ("Heavy rain in the afternoon had flooded one corner of the turf.", "", "", "W"),
        ],
        [
            (
                "Ports had the better of the first half, i.e. the first two quarters, with nine circle entries to Steel's four, and led 2-0 through goals from Mithila Kujurvanshi in the 11th and 27th minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Steel levelled with two penalty corners in the last six minutes, the second converted by drag-flicker Anugrahi Soyreng with 41.6 seconds left on the clock.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I just thought: not today, not in front of this crowd!” said Steel goalkeeper Sumitrani Kerketteya.",
                "Sumitrani Kerketteya",
                "said",
                "",
            ),
            ("She saved two of Ports' four attempts in the shootout.", "", "", "W"),
        ],
        [
            (
                "Steel coach Rajbala Ohdarwal said the players had never stopped believing.",
                "Rajbala Ohdarwal",
                "said",
                "",
            ),
            (
                "“Two goals down with eight minutes left, in a final... who comes back from that?” she asked.",
                "Rajbala Ohdarwal",
                "asked",
                "",
            ),
            ("“These girls do.”", "Rajbala Ohdarwal", "said", ""),
        ],
        [
            (
                "Kujurvanshi, who finished the tournament as its top scorer with 11 goals, said Ports would “come back stronger”.",
                "Mithila Kujurvanshi",
                "said",
                "",
            ),
        ],
        [
            (
                "Steel captain Jharnamoni Minjholia lifted the trophy for the third time in five years.",
                "",
                "",
                "W",
            ),
            (
                "She dedicated the win to her late father, who had coached her at a village academy in Sundargarh.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ports coach Dilnawaz Ekkamurti said her side had “run out of legs”.",
                "Dilnawaz Ekkamurti",
                "said",
                "",
            ),
            (
                "“We defended for ten minutes with ten players after a green card... it told in the end,” she said.",
                "Dilnawaz Ekkamurti",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The national hockey federation said 14,600 spectators attended the final, a record for a domestic women's match.",
                "The national hockey federation",
                "said",
                "W",
            ),
            (
                "The winners receive ₹25 lakh, approx. double last year's prize money, it said.",
                "The national hockey federation",
                "said",
                "W",
            ),
        ],
        [
            (
                "State sports minister Dr. Hemaprabha Dalbehera, who presented the trophy, said the government would lay two more synthetic turfs in the district by March 2028.",
                "Hemaprabha Dalbehera",
                "said",
                "",
            ),
            (
                "“Every village here has a hockey stick in the corner of the house,” she said.",
                "Hemaprabha Dalbehera",
                "said",
                "",
            ),
        ],
        [
            (
                "Both finalists are expected to send at least five players to the national camp that opens in Bengaluru on Nov. 16.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Steel had lost the 2024 final vs. the same opponents, 1-3, in the same stadium.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Also Read: Odisha to host junior men's nationals in January", "", "", "B"),
        ],
        [
            ("RESULTS", "", "", "B"),
        ],
        [
            (
                "Final: Vindhyavar Steel 2 Purvanchal Ports 2 (Steel won 4-2 on penalties).",
                "",
                "",
                "",
            ),
        ],
        [
            ("Bronze medal: Narmadanchal Police 5 Kaveripattam Academy 0.", "", "", ""),
        ],
        [
            ("Top scorer: M. Kujurvanshi (Purvanchal Ports), 11 goals.", "", "", ""),
        ],
        [
            ("Download the Evening Post app for live scores.", "", "", "B"),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("Inter-district cricket: hosts bowled out for 94 on rain-hit day", "", "", "B"),
        ],
        [
            ("City marathon route changed after bridge repairs", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Utkal Evening Post Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Skip to content", "", "", "B"),
        ],
        [
            ("COASTWATCH DAILY", "", "", "B"),
        ],
        [
            ("News  Environment  Science  Business  Regional  Weather", "", "", "B"),
        ],
        [
            ("Environment › Wildlife", "", "", "B"),
        ],
        [
            (
                "Hotter sand is turning flatback hatchlings almost all female, study finds",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers say shading nests could help, but warn it is no long-term fix",
                "Researchers",
                "say",
                "",
            ),
        ],
        [
            ("By Kellamy Dorrigo", "", "", "B"),
        ],
        [
            ("Science reporter", "", "", "B"),
        ],
        [
            ("Posted Thu 5 Nov 2026 at 5:30am, updated Thu 5 Nov 2026 at 9:14am", "", "", "B"),
        ],
        [
            ("A flatback turtle hatchling heads for the water at dawn.", "", "", ""),
        ],
        [
            ("(Supplied: Wunnamurra Institute of Marine Science)", "", "", "B"),
        ],
        [
            (
                "Nearly all flatback turtle hatchlings emerging on one Queensland beach are female because the sand has grown hotter, according to a study published on Wednesday.",
                "a study published on Wednesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The researchers buried temperature loggers in 118 nests over three summers at Moonbirra Beach, north of Bundaberg, Qld.",
                "",
                "",
                "W",
            ),
            (
                "The team then estimated each clutch's sex ratio from the temperature in the middle third of incubation (Fig. 2).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "They found that 98.6% of hatchlings in the 2024-25 season were likely to be female, vs. 71% in comparable data collected at the same beach in 1996-97.",
                "",
                "",
                "W",
            ),
            (
                "Mean sand temperature at nest depth rose by approx. 1.3°C over that period.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr Leontyna Warrigallow said the change was faster than the team had expected.",
                "Leontyna Warrigallow",
                "said",
                "",
            ),
            (
                "“We went in thinking we'd see a drift... we didn't expect a cliff,” she said.",
                "Leontyna Warrigallow",
                "said",
                "",
            ),
            ("“Is a population of nearly all females doomed?", "Leontyna Warrigallow", "said", ""),
            ("Not tomorrow, no.”", "Leontyna Warrigallow", "said", ""),
        ],
        [
            (
                "The authors write that the shift may not yet have reduced the number of breeding turtles, because males mate with many females.",
                "The authors",
                "write",
                "",
            ),
            (
                "But they warn that heat could also kill more eggs outright, e.g. in nests laid close to the dunes.",
                "The authors",
                "warn",
                "",
            ),
        ],
        [
            ("Hatching success fell from 81% to 64% across the study period.", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Co-author Assoc. Prof. Taavi Quinnerly said shading trials on 30 nests last summer had cooled them by up to 2.1°C.",
                "Taavi Quinnerly",
                "said",
                "W",
            ),
            ("“Shade cloth is a band-aid, though,” he said.", "Taavi Quinnerly", "said", ""),
            ("“You can't put a sunshade over a whole coastline!”", "Taavi Quinnerly", "said", ""),
        ],
        [
            (
                "Dr Bronwyn Saltmarshe-Odhrany, a marine ecologist who was not involved in the study, said the results were “plausible but not the whole story”.",
                "Bronwyn Saltmarshe-Odhrany",
                "said",
                "",
            ),
            (
                "She said beaches further south might produce more males as they warmed, and that those needed surveying too.",
                "Bronwyn Saltmarshe-Odhrany",
                "said",
                "",
            ),
        ],
        [
            (
                "The state environment department said it had funded the study with $640,000 over four years.",
                "The state environment department",
                "said",
                "W",
            ),
            (
                "It said it would decide by March whether to expand the shading program to three more beaches.",
                "The state environment department",
                "said",
                "",
            ),
        ],
        [
            (
                "Flatback turtles nest only on Australian beaches, and the species is listed as vulnerable.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Journal reference: Warrigallow L, Quinnerly T, Anbarrow J, et al. Warming sand and the feminisation of an eastern flatback rookery. Glob Chang Reptile Ecol. 2026;9(4):411-427.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get our science newsletter every Friday.", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Reef survey finds bleaching eased in the far north", "", "", "B"),
        ],
        [
            ("Why dugongs are turning up in the Mary River estuary", "", "", "B"),
        ],
        [
            (
                "Acknowledgement of Country: Coastwatch Daily acknowledges the Traditional Owners of the lands on which we work.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Coastwatch Media Pty Ltd (ABN 41 602 118 930)", "", "", "B"),
        ],
    ],
    [
        [
            ("THE PENINSULAR STANDARD-BEARER", "", "", "B"),
        ],
        [
            ("Nation | World | Business | Sport | Lifestyle | Tech | Education", "", "", "B"),
        ],
        [
            ("NATION", "", "", "B"),
        ],
        [
            ("Microplastics found in 9 of 10 cockle samples off Penang, study says", "", "", "W"),
        ],
        [
            ("By Sharmella Anbuvaneshan", "", "", "B"),
        ],
        [
            ("November 4, 2026 @ 3:02pm", "", "", "B"),
        ],
        [
            ("Listen to this article (3 min)", "", "", "B"),
        ],
        [
            ("Cockle farmers at work on the mudflats near Batu Maung.", "", "", ""),
        ],
        [
            ("- Filepic", "", "", "B"),
        ],
        [
            (
                "GEORGE TOWN: Microplastics were found in 89% of cockles sampled from farms off the south coast of Penang, according to a study by researchers at Universiti Serambitu Tanjung.",
                "a study",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Lead researcher Assoc. Prof. Dr. Nurhaziqah Lembingsari said her team tested 240 cockles bought from farms and wet markets between Jan. and June this year.",
                "Nurhaziqah Lembingsari",
                "said",
                "W",
            ),
            (
                "“On average we found 4.2 particles per cockle, mostly fibres, i.e. bits of fishing line, nets and clothing,” she said.",
                "Nurhaziqah Lembingsari",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cockles from farms near river mouths held more particles than those from open mudflats (6.1 vs. 2.9 per cockle).",
                "",
                "",
                "W",
            ),
            (
                "The findings suggest that rivers carry much of the plastic to the farms, but the study cannot prove it, Nurhaziqah said.",
                "Nurhaziqah Lembingsari",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the levels found were “not a reason to panic”.",
                "Nurhaziqah Lembingsari",
                "said",
                "",
            ),
            ("“Should people stop eating cockles?", "Nurhaziqah Lembingsari", "said", ""),
            ("No, and I still eat them myself,” she said.", "Nurhaziqah Lembingsari", "said", ""),
        ],
        [
            (
                "Most of the farmed samples came from beds leased to Kuala Selirik Cockle Farms Sdn. Bhd.",
                "",
                "",
                "W",
            ),
            (
                "The firm said it harvested about 1,150 tonnes last year and sells mostly to wholesalers in Penang and Kedah.",
                "Kuala Selirik Cockle Farms Sdn. Bhd.",
                "said",
                "W",
            ),
            (
                "It said it would ask the state fisheries office to test its beds independently.",
                "Kuala Selirik Cockle Farms Sdn. Bhd.",
                "said",
                "",
            ),
        ],
        [
            (
                "Prof. Chong Weiyuen, a food toxicologist who was not involved in the work, said the study was careful but small.",
                "Chong Weiyuen",
                "said",
                "",
            ),
            (
                "“Two hundred and forty cockles from one coast... that's a start, not a verdict,” he said.",
                "Chong Weiyuen",
                "said",
                "",
            ),
        ],
        [
            (
                "Particles smaller than 20 micrometres were not counted, so the true figure is likely to be higher, the paper says.",
                "the paper",
                "says",
                "",
            ),
            (
                "The researchers plan to sample cockles from Perak and Selangor next year.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The study was published on Monday in an international journal and was funded by a RM180,000 grant from the Higher Education Ministry.",
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
                "Farid Sulaimantara, 52, who has farmed cockles at Teluk Tempoyak for 30 years, said the beds had changed.",
                "Farid Sulaimantara",
                "said",
                "",
            ),
            (
                "“Last time we found shells, crabs, small fish, etc.",
                "Farid Sulaimantara",
                "said",
                "",
            ),
            (
                "Now we find plastic bags and rope every morning,” he said.",
                "Farid Sulaimantara",
                "said",
                "",
            ),
        ],
        [
            (
                "Malaysia produced about 19,800 tonnes of cockles in 2024, down from more than 60,000 tonnes a decade earlier, according to official fisheries statistics.",
                "official fisheries statistics",
                "according to",
                "W",
            ),
        ],
        [
            ("Read more: Seagrass meadows off Langkawi shrinking, say scientists", "", "", "B"),
        ],
        [
            (
                "Follow us on our official WhatsApp channel for breaking news alerts and key updates!",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags / Keywords: Microplastics, Cockles, Penang, Environment", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Haze: air quality improves in 11 areas", "", "", "B"),
        ],
        [
            ("Fishermen get RM300 aid after monsoon", "", "", "B"),
        ],
        [
            ("Copyright © 1995-2026 Peninsular Standard-Bearer Sdn. Bhd. (174502-K)", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE HIGHVELD EXAMINER", "", "", "B"),
        ],
        [
            ("News | Politics | Business | Sport | Lifestyle | Opinion | Newsletters", "", "", "B"),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            (
                "Joburg water outage: 14 suburbs dry as Mathekga pump station shutdown enters third day",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Compiled by Thandolwethu Maselwane-Brinkvolde and Reinier Vosloorus", "", "", "B"),
        ],
        [
            ("Last updated: 4 November 2026, 18:42", "", "", "B"),
        ],
        [
            ("Refresh", "", "", "B"),
        ],
        [
            ("Summary", "", "", "B"),
        ],
        [
            (
                "Mathekga Bulk Water shut its Zuurbron pump station at 22:00 on Sunday for planned repairs to a 1.2m-diameter main.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fourteen suburbs in the south and west of Johannesburg have had little or no water since Monday morning.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The utility had said supply would return by Tuesday night, but the work is now expected to finish on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Residents are asked to use water sparingly once it returns, as reservoirs will take up to 48 hours to refill.",
                "",
                "",
                "",
            ),
        ],
        [
            ("18:42", "", "", "B"),
        ],
        [
            (
                "Vuyokazi Ntshontshi, who runs a crèche in Protea Glen, said she had been sending the 31 children home at noon since Monday.",
                "Vuyokazi Ntshontshi",
                "said",
                "",
            ),
            (
                "“How must I wash little hands with two buckets a day?” she asked.",
                "Vuyokazi Ntshontshi",
                "asked",
                "",
            ),
        ],
        [
            ("— Reinier Vosloorus", "", "", "B"),
        ],
        [
            ("17:15", "", "", "B"),
        ],
        [
            ("Mathekga says repairs 70% complete", "Mathekga Bulk Water", "says", "W"),
        ],
        [
            (
                "Mathekga's chief operations officer, Lindiwe Thabaneng-Mokoka, told a media briefing that crews had replaced three of the four damaged valves on the No. 3 main.",
                "Lindiwe Thabaneng-Mokoka",
                "told",
                "W",
            ),
            (
                "The fourth valve, which weighs approx. 2.4 tonnes, arrived from a supplier in Durban at 15:30, she said.",
                "Lindiwe Thabaneng-Mokoka",
                "said",
                "W",
            ),
            (
                "“If nothing else goes wrong, we should start pumping on Thursday morning,” Thabaneng-Mokoka said.",
                "Lindiwe Thabaneng-Mokoka",
                "said",
                "",
            ),
        ],
        [
            (
                "She apologised, but said the shutdown could not have been avoided.",
                "Lindiwe Thabaneng-Mokoka",
                "said",
                "",
            ),
        ],
        [
            ("— Thandolwethu Maselwane-Brinkvolde", "", "", "B"),
        ],
        [
            ("15:50", "", "", "B"),
        ],
        [
            ("Tankers: where to find them", "", "", ""),
        ],
        [
            ("Bring your own containers, e.g. buckets, bottles, jerry cans, etc.", "", "", ""),
            (
                "Tankers are parked at 23 points across the affected suburbs, the city said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            ("1. Protea Glen: corner of Ndlovu and Moroka streets (two tankers)", "", "", ""),
        ],
        [
            ("2. Naledi: outside the community hall on Mahlangu St.", "", "", ""),
        ],
        [
            ("3. Zondi: at the taxi rank near the clinic", "", "", ""),
        ],
        [
            ("The full list is on the city's website.", "", "", "B"),
        ],
        [
            ("— Reinier Vosloorus", "", "", "B"),
        ],
        [
            ("14:05", "", "", "B"),
        ],
        [
            ("Two clinics and a hospital affected", "", "", "W"),
        ],
        [
            (
                "The provincial health department's spokesperson, Precious Dlaminkosi, said two clinics in Soweto had moved patients who need dialysis to the Hillbrow area since Monday.",
                "Precious Dlaminkosi",
                "said",
                "W",
            ),
            (
                "The hospital in Zondi had been receiving water from tankers twice a day, she said.",
                "Precious Dlaminkosi",
                "said",
                "W",
            ),
        ],
        [
            ("— Thandolwethu Maselwane-Brinkvolde", "", "", "B"),
        ],
        [
            ("12:30", "", "", "B"),
        ],
        [
            ("Opposition councillor calls for compensation", "", "", ""),
        ],
        [
            (
                "Cllr Kagisho Ramokgopane, whose ward includes Naledi, said residents should get a rebate on their November water bills.",
                "Kagisho Ramokgopane",
                "said",
                "",
            ),
            (
                "“People are paying for water they do not get!” he said.",
                "Kagisho Ramokgopane",
                "said",
                "",
            ),
            (
                "He said it was the fourth major outage in his ward this year.",
                "Kagisho Ramokgopane",
                "said",
                "W",
            ),
        ],
        [
            ("— Reinier Vosloorus", "", "", "B"),
        ],
        [
            ("09:10", "", "", "B"),
        ],
        [
            ("Utility confirms Tuesday deadline missed", "", "", "W"),
        ],
        [
            (
                "Mathekga Bulk Water said in a statement that workers had found a second cracked section of pipe on Tuesday afternoon, about 40m from the first.",
                "Mathekga Bulk Water",
                "said in a statement",
                "W",
            ),
            (
                "It said the extra work would add about 36 hours to the shutdown.",
                "Mathekga Bulk Water",
                "said",
                "",
            ),
        ],
        [
            ("— Thandolwethu Maselwane-Brinkvolde", "", "", "B"),
        ],
        [
            ("Load more updates", "", "", "B"),
        ],
        [
            (
                "Sign up for the Examiner's Joburg Today newsletter, delivered every weekday at 06:00.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get alerts in our app: download it on Google Play or the App Store.", "", "", "B"),
        ],
        [
            ("© 2026 Highveld Examiner (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Press Code | Privacy Policy | PAIA Manual | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CORRIB LANTERN", "", "", "B"),
        ],
        [
            (
                "News | Sport | Business | Community | Opinion | Death Notices | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business › Interview", "", "", "B"),
        ],
        [
            (
                "‘We carried 412,000 people last year and turned away hundreds more’: ferry chief on fares, a new boat and the winter timetable",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Conversation with Sinéadra Naughtonagh", "", "", "B"),
        ],
        [
            ("Saturday, 7 November 2026", "", "", "B"),
        ],
        [
            ("Premium", "", "", "B"),
        ],
        [
            (
                "Órlagh Brisceanáin has run Cuanbeg Island Ferries Teo., which links Rossaveel with three islands in Galway Bay, since 2019.",
                "",
                "",
                "W",
            ),
            (
                "She spoke to the Lantern in the company's office on the pier on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("Q: The company has just raised fares for the second time in two years.", "", "", "W"),
            ("Why?", "", "", ""),
        ],
        [
            ("A: Fuel, mostly.", "Órlagh Brisceanáin", "A:", ""),
            (
                "We paid €1.14 a litre for marine diesel in 2024 and €1.52 last month.",
                "Órlagh Brisceanáin",
                "A:",
                "W",
            ),
            (
                "An adult return goes from €32 to €35 on 1 December, and island residents' fares don't change at all.",
                "Órlagh Brisceanáin",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: Islanders say the winter timetable leaves them stranded.", "Islanders", "say", ""),
            ("Is that fair?", "", "", ""),
        ],
        [
            ("A: Honestly?", "Órlagh Brisceanáin", "A:", ""),
            ("I'd say the same if I lived out there.", "Órlagh Brisceanáin", "A:", ""),
            (
                "We cut from four sailings a day to two between November and March because, on some winter days, we were sailing with fewer than ten passengers.",
                "Órlagh Brisceanáin",
                "A:",
                "W",
            ),
            ("That's not a choice I enjoy making.", "Órlagh Brisceanáin", "A:", ""),
        ],
        [
            ("Q: How many people did you carry last year?", "", "", ""),
        ],
        [
            (
                "A: We carried 412,000 passengers in 2025, up 9% on 2024, and we turned away about 700 on bank holiday weekends because the boats were full.",
                "Órlagh Brisceanáin",
                "A:",
                "W",
            ),
            (
                "I started on these boats in 1998 as a deckhand, and back then it was about 150,000 a year.",
                "Órlagh Brisceanáin",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: A local councillor said last month that the company received €2.3m in State subsidy last year.",
                "A local councillor",
                "said",
                "W",
            ),
            ("Is that right?", "", "", ""),
        ],
        [
            (
                "A: It's €2.1m, under a five-year contract with the Department that runs to 2028.",
                "Órlagh Brisceanáin",
                "A:",
                "W",
            ),
            (
                "People hear a number like that and think we're swimming in it... we're not.",
                "Órlagh Brisceanáin",
                "A:",
                "",
            ),
        ],
        [
            ("Q: What about the new vessel?", "", "", ""),
        ],
        [
            (
                "A: We hope to sign the contract with a yard in the Netherlands in spring.",
                "Órlagh Brisceanáin",
                "A:",
                "",
            ),
            (
                "She'd carry 240 passengers vs. 180 on our biggest boat now, and she'd be a hybrid, i.e. battery power in the harbour and diesel at sea.",
                "Órlagh Brisceanáin",
                "A:",
                "",
            ),
            (
                "If all goes well, she'll be in service by June 2028.",
                "Órlagh Brisceanáin",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: A rival operator, Fánaí Sea Taxis Ltd., has applied for a licence on the same route.",
                "",
                "",
                "W",
            ),
            ("Are you worried?", "", "", ""),
        ],
        [
            ("A: Worried?", "Órlagh Brisceanáin", "A:", ""),
            ("No.", "Órlagh Brisceanáin", "A:", ""),
            (
                "Competition keeps us honest, and there's room for two boats on that route in July and August.",
                "Órlagh Brisceanáin",
                "A:",
                "",
            ),
        ],
        [
            ("Q: And the winter sailing times?", "", "", ""),
        ],
        [
            ("A: The first sailing leaves Rossaveel at 8 a.m.", "Órlagh Brisceanáin", "A:", "W"),
            (
                "The last boat back from the big island goes at 5 p.m. in winter.",
                "Órlagh Brisceanáin",
                "A:",
                "W",
            ),
            (
                "I know that's early for people who work on the mainland, and I'd like to change it.",
                "Órlagh Brisceanáin",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Last one: what would you tell someone planning a trip out this winter?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A: Book ahead, check the forecast, and bring a proper coat!",
                "Órlagh Brisceanáin",
                "A:",
                "",
            ),
        ],
        [
            ("This article is for subscribers.", "", "", "B"),
            ("Subscribe from €1 a week for the first three months.", "", "", "B"),
        ],
        [
            ("More from Business", "", "", "B"),
        ],
        [
            ("Galway tech firm to add 60 jobs at Oranmore base", "", "", "B"),
        ],
        [
            ("Hotel occupancy in the west holds steady over the summer", "", "", "B"),
        ],
        [
            ("Corrib Lantern Media DAC, Registered Office: 4 Quayside Row, Galway.", "", "", "B"),
        ],
        [
            ("© 2026 All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("BALITANG KAPULONGAN ONLINE", "", "", "B"),
        ],
        [
            ("Nation | Regions | Metro | Business | Sports | Opinion | Lifestyle", "", "", "B"),
        ],
        [
            ("NATION", "", "", "B"),
        ],
        [
            (
                "Ex-mayor of Sibunag-Dapit convicted of graft over ₱18.6-million dump truck deal",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Rommelito Dagsangan", "", "", "B"),
        ],
        [
            ("Published November 9, 2026 4:37 PM | Updated November 9, 2026 7:05 PM", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Send via Viber", "", "", "B"),
        ],
        [
            (
                "MANILA — The Sandiganbayan has convicted a former mayor of Sibunag-Dapit, Iloilo, of graft over the town's purchase of four dump trucks in 2019, the anti-graft court said on Monday.",
                "the Sandiganbayan",
                "said",
                "W",
            ),
        ],
        [
            ("Found guilty was former mayor Teodorico Balangibog Jr.", "", "", "W"),
            (
                "The court's Fourth Division sentenced him to six to 10 years in prison on each of two counts and barred him for life from holding public office.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He was convicted of violating Sec. 3(e) of Republic Act No. 3019, the Anti-Graft and Corrupt Practices Act.",
                "",
                "",
                "W",
            ),
            (
                "The court acquitted him of a third charge, malversation under Art. 217 of the Revised Penal Code, for lack of evidence.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The trucks were bought for ₱18.6 million without public bidding from Tanglawayan Heavy Equipment Trading Inc.",
                "",
                "",
                "W",
            ),
            (
                "The firm's owner, Norberto Panganduyon, was convicted on the same two counts.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The trucks were worth about ₱9.2 million at the time, or approx. half the price paid, the decision said, citing a valuation by the Commission on Audit.",
                "the decision",
                "said",
                "W",
            ),
        ],
        [
            (
                "On p. 44 of the 61-page decision, the court noted that two of the trucks were delivered with odometers reading more than 80,000 km.",
                "the court",
                "noted",
                "W",
            ),
            (
                "“New equipment does not come with eighty thousand kilometres on the clock,” the court wrote.",
                "the court",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Associate Justice Amparito Gumabalingon wrote the decision, with two other justices concurring.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Atty. Ligaya Orbetasing, counsel for Balangibog, said they would file a motion for reconsideration within 15 days.",
                "Ligaya Orbetasing",
                "said",
                "",
            ),
            (
                "“Where in the record is there a single peso that went to my client?” she asked.",
                "Ligaya Orbetasing",
                "asked",
                "",
            ),
            (
                "She said the price had been set by the municipal council, not by the mayor alone.",
                "Ligaya Orbetasing",
                "said",
                "W",
            ),
        ],
        [
            (
                "Panganduyon declined to comment through his lawyer.",
                "Norberto Panganduyon",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Prosecutors from the Office of the Special Prosecutor said the verdict would “send a message to every town hall”.",
                "Prosecutors from the Office of the Special Prosecutor",
                "said",
                "",
            ),
        ],
        [
            (
                "The court ordered Balangibog and Panganduyon to jointly return ₱9.4 million to the town, with interest of 6% a year until paid.",
                "",
                "",
                "W",
            ),
            (
                "Balangibog remains free on bail of ₱90,000 while his motion is pending.",
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
                "The case, docketed as Crim. Case Nos. SB-21-CRM-0412 to 0414, was filed by the Office of the Ombudsman in March 2021.",
                "",
                "",
                "W",
            ),
            (
                "The complaint was brought by a group of 11 town residents, led by retired schoolteacher Consolacion Abarquezada, who had noticed that one truck broke down in its first week.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Balangibog served three terms as mayor, from 2013 to 2022.", "", "", "W"),
            ("His son, Teodorico Balangibog III, is the town's incumbent vice mayor.", "", "", "W"),
        ],
        [
            (
                "Reached by phone, Abarquezada said she had cried when she heard the verdict.",
                "Consolacion Abarquezada",
                "said",
                "",
            ),
            ("“Seven years!” she said.", "Consolacion Abarquezada", "said", ""),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Town treasurer suspended over missing ₱3.1M in cash advances", "", "", "B"),
        ],
        [
            ("Ombudsman orders dismissal of 4 Capiz officials", "", "", "B"),
        ],
        [
            ("Subscribe to our daily newsletter", "", "", "B"),
        ],
        [
            (
                "By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Copyright 2026, Balitang Kapulongan Online", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("We use cookies to give you the best experience on our website.", "", "", "B"),
            ("By continuing to browse, you agree to our use of cookies.", "", "", "B"),
        ],
        [
            ("Accept   Cookie settings", "", "", "B"),
        ],
        [
            ("Tāwharau District Council", "", "", "B"),
        ],
        [
            ("Pay rates   Report a problem   Apply for a consent   Search", "", "", "B"),
        ],
        [
            ("Home > News and notices > Water", "", "", "B"),
        ],
        [
            ("Boil water notice lifted for Ōrewaiti and Pūkahu Flat", "", "", "W"),
        ],
        [
            ("Published: 10 November 2026", "", "", "B"),
        ],
        [
            (
                "The boil water notice for Ōrewaiti and Pūkahu Flat was lifted at 11am on Tuesday 10 November, after 14 days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tests on samples taken from the water supply on 6, 7 and 8 November found no E. coli, the council said.",
                "the council",
                "said",
                "W",
            ),
            (
                "The notice was issued on 27 October after routine testing found E. coli in water leaving the No. 2 reservoir on Kōtarenui Rd.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("About 2,300 homes and businesses, approx. 5,600 people, were affected.", "", "", "W"),
            (
                "Contractors later found a cracked hatch on the reservoir roof, which let in rainwater and bird droppings.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council's infrastructure manager, Manaia Tūwhakarau, said she was sorry for the disruption.",
                "Manaia Tūwhakarau",
                "said",
                "",
            ),
            (
                "“Two weeks of boiling every drop is a big ask, especially for families with babies, kaumātua in their homes, cafés, etc.",
                "Manaia Tūwhakarau",
                "said",
                "",
            ),
            ("We know it's been hard,” she said.", "Manaia Tūwhakarau", "said", ""),
        ],
        [
            (
                "She said the hatch had been replaced and the reservoir had been drained, cleaned and inspected by 4 November.",
                "Manaia Tūwhakarau",
                "said",
                "W",
            ),
            (
                "The council planned to inspect all 11 of its reservoirs before Christmas, she said.",
                "Manaia Tūwhakarau",
                "said",
                "",
            ),
        ],
        [
            (
                "The medical officer of health, Dr Hokimai Ruatapukino, said three people had been treated for gastroenteritis during the notice, but none had been linked to the water supply.",
                "Hokimai Ruatapukino",
                "said",
                "W",
            ),
            (
                "“If you're still unwell, please see your GP or call Healthline,” she said.",
                "Hokimai Ruatapukino",
                "said",
                "",
            ),
        ],
        [
            ("What you need to do now", "", "", "B"),
        ],
        [
            (
                "1. Run each cold tap in your home for two minutes before using the water.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "2. Empty and clean any jugs, ice trays and water filters, e.g. those fitted under the sink.",
                "",
                "",
                "",
            ),
        ],
        [
            ("3. Throw away any ice made before 10 November.", "", "", ""),
        ],
        [
            (
                "4. If you have a water tank connected to the town supply, call us for advice.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Bottled water stations at the Ōrewaiti Hall and the Pūkahu Flat School will close at 5pm on Wednesday.",
                "",
                "",
                "",
            ),
            (
                "The council handed out about 41,000 litres of bottled water during the notice.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Businesses that prepare food should follow the advice sent to them by email on Tuesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Was this page helpful?", "", "", "B"),
        ],
        [
            ("Yes   No", "", "", "B"),
        ],
        [
            ("Related pages", "", "", "B"),
        ],
        [
            ("Water quality results", "", "", "B"),
        ],
        [
            ("Reservoir upgrade programme", "", "", "B"),
        ],
        [
            ("Contact us", "", "", "B"),
        ],
        [
            ("Phone 0800 629 4270 (24 hours)", "", "", "B"),
        ],
        [
            ("Email info@tawharau.govt.nz", "", "", "B"),
        ],
        [
            ("Tāwharau District Council, 18 Rangitoto St, Ōrewaiti 4193", "", "", "B"),
        ],
        [
            ("Copyright © Tāwharau District Council 2026", "", "", "B"),
        ],
        [
            ("Privacy   Accessibility   Sitemap   Terms of use", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n108-us-us-rest",
        "About 190,000 of the pumps were sold in the U.S. The rest went to Canada, it said.",
        ["About 190,000 of the pumps were sold in the U.S.", "The rest went to Canada, it said."],
    ),
    (
        "n108-us-inc-ohio",
        "The cells were made by Vandrosse Energy Inc. The Ohio firm did not respond to a request for comment on Wednesday.",
        [
            "The cells were made by Vandrosse Energy Inc.",
            "The Ohio firm did not respond to a request for comment on Wednesday.",
        ],
    ),
    (
        "n108-us-am-question",
        "“How do you plan your life around a pump that might quit at 3 a.m.?” asked Delphinne Ruscarro, 44, of Duluth, who has used a Model 4 since 2025. She said hers had shut down twice in September, once while she was driving.",
        [
            "“How do you plan your life around a pump that might quit at 3 a.m.?” asked Delphinne Ruscarro, 44, of Duluth, who has used a Model 4 since 2025.",
            "She said hers had shut down twice in September, once while she was driving.",
        ],
    ),
    (
        "n108-us-am-shares",
        "Torvelline shares were down 6.8% at $54.12 on the Nasdaq at 10:30 a.m. The stock had gained 22% this year before the recall.",
        [
            "Torvelline shares were down 6.8% at $54.12 on the Nasdaq at 10:30 a.m.",
            "The stock had gained 22% this year before the recall.",
        ],
    ),
    (
        "n108-us-sr-elder",
        "Penstemmer, 51, took over as chief executive in 2019 from his father, Ordwelle Penstemmer Sr. The elder Penstemmer founded the company in 1994 as a maker of hospital drip counters.",
        [
            "Penstemmer, 51, took over as chief executive in 2019 from his father, Ordwelle Penstemmer Sr.",
            "The elder Penstemmer founded the company in 1994 as a maker of hospital drip counters.",
        ],
    ),
    (
        "n108-gh-dr-ellipsis",
        "Its deputy chief executive, Dr. Akosuabena Nkansabour, said in an interview that as much as 120,000 tonnes may have left the country illegally. “We cannot guard every footpath in the Western North... and the smugglers know it,” she said. She said the board expected purchases to reach 450,000 tonnes next season.",
        [
            "Its deputy chief executive, Dr. Akosuabena Nkansabour, said in an interview that as much as 120,000 tonnes may have left the country illegally.",
            "“We cannot guard every footpath in the Western North... and the smugglers know it,” she said.",
            "She said the board expected purchases to reach 450,000 tonnes next season.",
        ],
    ),
    (
        "n108-gh-ltd-company",
        "The biggest private buyer last season was Nsuobra Commodities Ltd. The company bought 61,200 tonnes, down from 74,900 a year earlier, it said in a statement.",
        [
            "The biggest private buyer last season was Nsuobra Commodities Ltd.",
            "The company bought 61,200 tonnes, down from 74,900 a year earlier, it said in a statement.",
        ],
    ),
    (
        "n108-gh-ltd-said",
        "Analysts at Ofankor Capital Ltd. said purchases could recover to about 500,000 tonnes next season if prices hold and the rains are normal. That would still be well below the record 1.05 million tonnes bought in the 2020/21 season.",
        [
            "Analysts at Ofankor Capital Ltd. said purchases could recover to about 500,000 tonnes next season if prices hold and the rains are normal.",
            "That would still be well below the record 1.05 million tonnes bought in the 2020/21 season.",
        ],
    ),
    (
        "n108-en-para-report",
        "Visits to the three branches fell from 61,300 in 2019 to 38,900 last year, according to a report to the cabinet. The report says (para. 6.3) that closing them would save £410,000 a year, mostly in staff costs, and that 11.5 full-time posts would go.",
        [
            "Visits to the three branches fell from 61,300 in 2019 to 38,900 last year, according to a report to the cabinet.",
            "The report says (para. 6.3) that closing them would save £410,000 a year, mostly in staff costs, and that 11.5 full-time posts would go.",
        ],
    ),
    (
        "n108-en-etc-none",
        "Its chair, Wennamae Pollexfield, 71, said volunteers had offered to run the branch without pay. “We run the knit-and-natter, the homework club, the job club, rhyme time, etc. None of that fits in a van,” she said.",
        [
            "Its chair, Wennamae Pollexfield, 71, said volunteers had offered to run the branch without pay.",
            "“We run the knit-and-natter, the homework club, the job club, rhyme time, etc.",
            "None of that fits in a van,” she said.",
        ],
    ),
    (
        "n108-ca-am-calls",
        "The St. Mary's Rd. hall will be empty from 7 p.m. to 7 a.m. Calls in the north end during those hours will be answered from Fire Hall No. 2 on Portage Ave., about 6.4 km away.",
        [
            "The St. Mary's Rd. hall will be empty from 7 p.m. to 7 a.m.",
            "Calls in the north end during those hours will be answered from Fire Hall No. 2 on Portage Ave., about 6.4 km away.",
        ],
    ),
    (
        "n108-ca-man-last",
        "Lorrindale, a city of about 48,000 people, is 30 km west of Portage la Prairie, Man. It last closed a fire hall in 1996, when the old downtown station on Selkirk Ave. was sold.",
        [
            "Lorrindale, a city of about 48,000 people, is 30 km west of Portage la Prairie, Man.",
            "It last closed a fire hall in 1996, when the old downtown station on Selkirk Ave. was sold.",
        ],
    ),
    (
        "n108-sc-no4-red",
        "Athletic led through a Rhodriach Eckerslaw penalty on 23 minutes after Rovers' No. 4, Fearcharan Fauldstraith, handled on the line. Fauldstraith was shown a straight red card, and Rovers played the last 67 minutes with 10 men.",
        [
            "Athletic led through a Rhodriach Eckerslaw penalty on 23 minutes after Rovers' No. 4, Fearcharan Fauldstraith, handled on the line.",
            "Fauldstraith was shown a straight red card, and Rovers played the last 67 minutes with 10 men.",
        ],
    ),
    (
        "n108-sc-question-said",
        "Rovers manager Alasdair Penmuirscobe said his players had “earned every blade of grass”. “Ten men for an hour, against the side that were top this morning?” Penmuirscobe said. “I'm not sure I've ever been prouder of a group.”",
        [
            "Rovers manager Alasdair Penmuirscobe said his players had “earned every blade of grass”.",
            "“Ten men for an hour, against the side that were top this morning?” Penmuirscobe said.",
            "“I'm not sure I've ever been prouder of a group.”",
        ],
    ),
    (
        "n108-in-pm-rain",
        "The final started 40 minutes late, at 4.40 p.m. Heavy rain in the afternoon had flooded one corner of the turf.",
        [
            "The final started 40 minutes late, at 4.40 p.m.",
            "Heavy rain in the afternoon had flooded one corner of the turf.",
        ],
    ),
    (
        "n108-in-exclaim-said",
        "“I just thought: not today, not in front of this crowd!” said Steel goalkeeper Sumitrani Kerketteya. She saved two of Ports' four attempts in the shootout.",
        [
            "“I just thought: not today, not in front of this crowd!” said Steel goalkeeper Sumitrani Kerketteya.",
            "She saved two of Ports' four attempts in the shootout.",
        ],
    ),
    (
        "n108-au-qld-team",
        "The researchers buried temperature loggers in 118 nests over three summers at Moonbirra Beach, north of Bundaberg, Qld. The team then estimated each clutch's sex ratio from the temperature in the middle third of incubation (Fig. 2).",
        [
            "The researchers buried temperature loggers in 118 nests over three summers at Moonbirra Beach, north of Bundaberg, Qld.",
            "The team then estimated each clutch's sex ratio from the temperature in the middle third of incubation (Fig. 2).",
        ],
    ),
    (
        "n108-au-vs-approx",
        "They found that 98.6% of hatchlings in the 2024-25 season were likely to be female, vs. 71% in comparable data collected at the same beach in 1996-97. Mean sand temperature at nest depth rose by approx. 1.3°C over that period.",
        [
            "They found that 98.6% of hatchlings in the 2024-25 season were likely to be female, vs. 71% in comparable data collected at the same beach in 1996-97.",
            "Mean sand temperature at nest depth rose by approx. 1.3°C over that period.",
        ],
    ),
    (
        "n108-au-may-hedge",
        "The authors write that the shift may not yet have reduced the number of breeding turtles, because males mate with many females. But they warn that heat could also kill more eggs outright, e.g. in nests laid close to the dunes.",
        [
            "The authors write that the shift may not yet have reduced the number of breeding turtles, because males mate with many females.",
            "But they warn that heat could also kill more eggs outright, e.g. in nests laid close to the dunes.",
        ],
    ),
    (
        "n108-my-sdn-bhd",
        "Most of the farmed samples came from beds leased to Kuala Selirik Cockle Farms Sdn. Bhd. The firm said it harvested about 1,150 tonnes last year and sells mostly to wholesalers in Penang and Kedah.",
        [
            "Most of the farmed samples came from beds leased to Kuala Selirik Cockle Farms Sdn. Bhd.",
            "The firm said it harvested about 1,150 tonnes last year and sells mostly to wholesalers in Penang and Kedah.",
        ],
    ),
    (
        "n108-my-etc-he",
        "Farid Sulaimantara, 52, who has farmed cockles at Teluk Tempoyak for 30 years, said the beds had changed. “Last time we found shells, crabs, small fish, etc. Now we find plastic bags and rope every morning,” he said.",
        [
            "Farid Sulaimantara, 52, who has farmed cockles at Teluk Tempoyak for 30 years, said the beds had changed.",
            "“Last time we found shells, crabs, small fish, etc.",
            "Now we find plastic bags and rope every morning,” he said.",
        ],
    ),
    (
        "n108-za-etc-tankers",
        "Bring your own containers, e.g. buckets, bottles, jerry cans, etc. Tankers are parked at 23 points across the affected suburbs, the city said.",
        [
            "Bring your own containers, e.g. buckets, bottles, jerry cans, etc.",
            "Tankers are parked at 23 points across the affected suburbs, the city said.",
        ],
    ),
    (
        "n108-ie-ltd-q",
        "Q: A rival operator, Fánaí Sea Taxis Ltd., has applied for a licence on the same route. Are you worried?",
        [
            "Q: A rival operator, Fánaí Sea Taxis Ltd., has applied for a licence on the same route.",
            "Are you worried?",
        ],
    ),
    (
        "n108-ie-am-sailing",
        "A: The first sailing leaves Rossaveel at 8 a.m. The last boat back from the big island goes at 5 p.m. in winter. I know that's early for people who work on the mainland, and I'd like to change it.",
        [
            "A: The first sailing leaves Rossaveel at 8 a.m.",
            "The last boat back from the big island goes at 5 p.m. in winter.",
            "I know that's early for people who work on the mainland, and I'd like to change it.",
        ],
    ),
    (
        "n108-ph-jr-court",
        "Found guilty was former mayor Teodorico Balangibog Jr. The court's Fourth Division sentenced him to six to 10 years in prison on each of two counts and barred him for life from holding public office.",
        [
            "Found guilty was former mayor Teodorico Balangibog Jr.",
            "The court's Fourth Division sentenced him to six to 10 years in prison on each of two counts and barred him for life from holding public office.",
        ],
    ),
    (
        "n108-ph-sec-ra-no",
        "He was convicted of violating Sec. 3(e) of Republic Act No. 3019, the Anti-Graft and Corrupt Practices Act. The court acquitted him of a third charge, malversation under Art. 217 of the Revised Penal Code, for lack of evidence.",
        [
            "He was convicted of violating Sec. 3(e) of Republic Act No. 3019, the Anti-Graft and Corrupt Practices Act.",
            "The court acquitted him of a third charge, malversation under Art. 217 of the Revised Penal Code, for lack of evidence.",
        ],
    ),
    (
        "n108-ph-inc-firm",
        "The trucks were bought for ₱18.6 million without public bidding from Tanglawayan Heavy Equipment Trading Inc. The firm's owner, Norberto Panganduyon, was convicted on the same two counts.",
        [
            "The trucks were bought for ₱18.6 million without public bidding from Tanglawayan Heavy Equipment Trading Inc.",
            "The firm's owner, Norberto Panganduyon, was convicted on the same two counts.",
        ],
    ),
    (
        "n108-ph-p44-wrote",
        "On p. 44 of the 61-page decision, the court noted that two of the trucks were delivered with odometers reading more than 80,000 km. “New equipment does not come with eighty thousand kilometres on the clock,” the court wrote.",
        [
            "On p. 44 of the 61-page decision, the court noted that two of the trucks were delivered with odometers reading more than 80,000 km.",
            "“New equipment does not come with eighty thousand kilometres on the clock,” the court wrote.",
        ],
    ),
    (
        "n108-nz-e-coli",
        "Tests on samples taken from the water supply on 6, 7 and 8 November found no E. coli, the council said. The notice was issued on 27 October after routine testing found E. coli in water leaving the No. 2 reservoir on Kōtarenui Rd.",
        [
            "Tests on samples taken from the water supply on 6, 7 and 8 November found no E. coli, the council said.",
            "The notice was issued on 27 October after routine testing found E. coli in water leaving the No. 2 reservoir on Kōtarenui Rd.",
        ],
    ),
    (
        "n108-nz-etc-hard",
        "Council's infrastructure manager, Manaia Tūwhakarau, said she was sorry for the disruption. “Two weeks of boiling every drop is a big ask, especially for families with babies, kaumātua in their homes, cafés, etc. We know it's been hard,” she said.",
        [
            "Council's infrastructure manager, Manaia Tūwhakarau, said she was sorry for the disruption.",
            "“Two weeks of boiling every drop is a big ask, especially for families with babies, kaumātua in their homes, cafés, etc.",
            "We know it's been hard,” she said.",
        ],
    ),
]
