"""Ninety-second held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-three):
twelve WHOLE pages from twelve countries, each pasted a different way and each with its own
furniture, head to tail as the paste gives them. The pages: a South African community news site,
desktop select-all (about 6,200 Chatsworth households without water for an 11th day after a
reservoir pump failed); a Nigerian daily's mobile site, phone share with the share sheet's title
line and URL on top (Lagos–Ibadan train fares up about 60% from March 16); a German English-language
city site through the browser's reader view (Freiburg's rent index: €11.42 per square metre, up 7.8%
in two years); a Canadian provincial news site's print view (Charlottetown council approves a
seven-storey Queen Street building 5-4); an Indian news app's copy-text output (Chennai fines 1,240
households and 86 building sites for mosquito breeding as dengue cases reach 412 in August); a
United States hyperlocal newsletter forwarded by a reader (Spokane staff recommend closing two
elementary schools over a $14.2 million gap, with two short items, a sponsor and a mailbag); an
Australian broadcaster's live blog (storms across south-east Queensland, more than 84,000 homes
without power); a Malaysian conservation foundation's press release on its own website (a record
2,146 green turtle nests on Pulau Redang); an English regional site's explainer with question
subheads (Bristol bus fares up on 1 September); a Mexican English-language magazine's long feature
with a pull quote (Oaxaca's small mezcal makers after the agave price crash); a New Zealand regional
paper's match report (Esk Valley 27 Puketapu 22 in a Hawke's Bay club rugby final); and a Jamaican
paper's results page (schools athletics championships, day two, with result and points tables).

What is hard is that every page is WHOLE and every paste brings its own furniture, worded its own
way: a date-and-weather strip, a ticker glued to its label ("BREAKINGN3 ..."), a share count glued to
its buttons ("37 SharesFacebookXWhatsAppEmail"), "Listen to this story03:12", "Tags:WaterChatsworth
Service delivery"; a share sheet's title line with the site's name appended and a bare URL; "Open in
app", a hamburger masthead, "3 hours ago · 2 min read"; a reader view's bare domain and "7–9
minutes"; a print stamp, "Print this page    Close window", the full URL, a personal-use note and
"Printed on ... 7:14 a.m."; an app's "Highlights" box, "Also Read |", reaction buttons, "Read more
at:" and "Shared via ... app."; a forwarder's own note above "---------- Forwarded message
---------", From/Date/Subject/To lines, "View this email in your browser", an issue line, sponsor
lines, a divider, a mailbag, sign-off, signature, forward/subscribe/unsubscribe lines and a postal
address; live-blog "Pinned", "Key event", time stamps and entry bylines, a "What we know so far" box
with bullets that have no full stops; "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "– END –", numbered
notes to editors, a media contact, previous/next links and a cookie banner with a glued "Accept";
"≡ Menu" and "Sign in"; a "LONG READ" kicker, "Words by ... · Photographs by ...", a pull quote, an
author bio, a funding note and a newsletter box; a match box with scoring, half-time and referee
lines; results tables with event titles, "Pos. | Athlete | School | Time" header rows, data rows, a
wind reading, a DNS line, a points table and a key to abbreviations; and captions glued to their
credits ("... on Thursday evening. Picture: ...", "... in Freiburg. Photo: ...", "(Submitted
image)", "(Supplied: ...)", "| Photo: ..."). Speakers are of ordinary kinds (a pensioner, a spaza
owner, a nurse, a fabric trader, a nursing student, a homemaker, a site supervisor, parents, a
neighborhood chair, a storm-hit resident, a volunteer coordinator, a mezcalero, a cooperative head, a
buyer, coaches, a captain, a try-scorer, an uncle in the stand, a sprinter, a meet director, as well
as councillors, spokespeople, managers and officers), named in the ways each country names them:
"Dr", "Dr.", "Prof. Dr.", "Coun.", "Encik" and "Ing." dropped; initials kept ("R. Meenakshi
Sundaram", "K. Dhanalakshmi", "A. Senthamizh Selvan", "M. Ilavarasan"); "binti" and "bin" kept
("Nurul Izzati binti Mohd Rashidi", later "Dr. Nurul Izzati said"; "Hafiz Azman bin Zulkifli"); a
Chinese name given surname first ("Chong Wei Ling", later "Chong said"); Spanish names with two
surnames ("Efraín Santiago Hernández", later "Santiago said", while "Santiago Matatlán" is a town and
"Back in Matatlán, Santiago has started ..." has no speaker; "Cruz has tried ..."; "Zurita said");
hyphenated surnames repeated whole as cues ("Bhagwandin-Singh said", "Subbiah-Raman said"); and an
uncle and nephew ("Wiremu Pohatu", "Dean Pohatu-Kerr", "the elder Pohatu said"). Check-worthy statements of record (fares, counts, rates,
dates, rulings, records, timetables, survey results, a legal rule, causal claims) sit beside
feelings, verdicts, advice, plans, forecasts, questions, guidance to readers and colour, in quotes
that run on across sentences ("What must we do?”", "That is N76,000 a week now, from N48,000,” she
said.", "We will know much more after three or four seasons.”"). And where sentences end: a
headline and two standfirsts of two sentences each kept whole; "7 a.m. and 4 p.m.,", "Feb. 18 at 6
p.m. in", "from 5 p.m. at", "after 10 p.m. during", "9 a.m., with", "Oct. 6 at", "Eschholzstr.
there", "Schwarzwaldstr. 78.", "Inc., will", "Ward No. 178", "No. 06118424.", "Rs. 500", "i.e. the",
"Coun.", "Prof. Dr.", "Ing.", "Dr. R.", "N. Division St. #212", "S.A. de C.V." inside sentences,
against "T. Nagar.", "St. Peters Road.", "(Pty) Ltd.", "Media Ltd.", "Courant Ltd.", "The Lagoon
Ledger.", "Yayasan Penyu Lestari.", "February." (a sponsor line) and "3:15 p.m." ending them; a
question or exclamation inside a quote with its attribution (one sentence: "“Is my salary going up
by 60%?” she asked.", "go, go, go!” Forbes-Lawson said.", "“If the plan means nothing, why did we
pay for it?” she asked.") against a question that ends a quote with no attribution ("What must we
do?”"); "“about time.”" with the full stop inside the quote; a colon quote; a slogan after a colon;
a pull quote ending "” — Efraín Santiago Hernández"; an email address and URLs ending lines.

The pages hold 533 sentences: 191 "B", 181 "W" and 161 ""; 180 sentences carry a speaker (86
distinct speakers). `STYLES` describes each page, its story, its labels and its furniture head to
tail; `HELDOUT_CASES` holds 30 sentence-split cases cut from the pages (id, text, expected
sentences), each one to three consecutive sentences of one paragraph joined by single spaces: what a
reviewer wants, not what the engine does.

Written from scratch for issue 13 in round fifty-three, before any rule was tuned on it and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff]`
tables of `pyproject.toml`; and, through `ast` only, the docstrings and entry counts of
`labelled_new139.py` and `labelled_new140.py`, with two `STYLES` strings (the first and the sixth),
the first page's first fifteen sentences and the first two cases of `labelled_new140.py` to see the
shape. Coined
names were checked for freshness with `grep -lF` file counts over `labelled_new*.py` and
`labelled_articles.py` only; the ones that hit (a heritage group, a school, an operator, a magazine
and about twenty surnames) were renamed before the pages were written out, and the file was grepped
for each coined surname and outlet so that none is reused across pages by accident.

Every person, outlet, firm, club, school, foundation, group, trophy, report, survey, notice,
statement and figure is invented. Real countries, regions, cities, towns, suburbs, streets,
stations, stadiums, rivers, islands and public bodies appear only as settings, with invented
statements and figures: Durban, Chatsworth, Umlazi, Phoenix, Germiston, Key Ridge, the N3 and
eThekwini Municipality; Lagos, Ibadan, Ebute Metta, Moniya, Ikeja, Apapa, the Nigerian Railway
Corporation and the National Bureau of Statistics; Freiburg, Vauban, Wiehre, Weingarten, Landwasser,
Emmendingen, Stuttgart, Karlsruhe and the Rathaus im Stühlinger; Charlottetown, Sherwood, Queen,
Fitzroy and Belvedere streets and the Island Regulatory and Appeals Commission; Chennai, Velachery,
Adyar, T. Nagar, Anna Nagar, the Pallikaranai marsh, the Greater Chennai Corporation and Tamil Nadu's
Directorate of Public Health and Preventive Medicine; Spokane, Francis Avenue, Crestline Street,
Country Homes, N. Division St. and Spokane Public Schools; Brisbane, Ipswich, Logan, Springfield
Lakes, Redbank Plains, Beaudesert, the Scenic Rim, the Gold Coast hinterland, Kingston Road, the
Bureau of Meteorology, the SES and Queensland Fire Department; Kuala Terengganu, Pulau Redang, Pasir
Panjang and the Department of Fisheries; Bristol, Bath, Weston-super-Mare, Temple Meads, the
Department for Transport and the West of England Combined Authority; Oaxaca, Santiago Matatlán, San
Dionisio Ocotepec, Tlacolula, Monterrey, Mexico City and Guadalajara; Hawke's Bay, McLean Park and
Waipukurau; Montego Bay and the Montego Bay Sports Complex.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` and of
the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, strip, crumb trail, byline, date line, share line, caption,
credit, header line, list item, table row, note and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B"
line by line, whatever it says, and never carries a speaker; headlines and standfirsts are never
split and are labelled by content, their "says", "urges" or "vows" carrying the source as the story
first gives it; a dateline belongs to its lead sentence; a person is named in full as first given,
without titles or roles, and a pronoun, surname or "the elder Pohatu" resolves to that name; "It
said"/"It says" resolves to the body as first given ("eThekwini Municipality", "Nigerian Railway
Corporation", "The electricity distributor"); generic nouns are kept as written ("the municipality",
"The municipality", "the corporation", "The corporation", "the department", "The department", "The
company", "The foundation", "staff", "officials", "the housing office", "the index", "the notice");
a person acting without a verb of saying carries no speaker ("He did not say ...", "moved the
resolution", "The Bureau of Meteorology has issued ...", "recorded 61mm").

Conventions this set had to settle, in the same spirit:

* A "the"/"The" before a body with a proper name is dropped from the speaker in every cue ("The
  Nigerian Railway Corporation (NRC)" and "NRC says" -> "Nigerian Railway Corporation"; "according to
  the National Bureau of Statistics" -> "National Bureau of Statistics"; "The Queen Square Heritage
  Guild said" -> "Queen Square Heritage Guild"), as is a possessive or descriptive phrase before it
  ("the state's Directorate of ...", "The tenants' group Mieterallianz Breisgau", "The passenger group
  Bristol Bus Users' Circle"); documents and data keep the phrase as written ("its latest annual
  report", "a schedule posted on the municipality's Facebook page", "corporation data", "figures from
  the industry's regulatory council").
* A phone share's title line (the headline with " - Site Name" appended) is labelled as the headline,
  by content and with its speaker; the URL line under it is "B". A forwarded email's forwarder's note
  is "" (a personal message, not page furniture); the forwarding header lines are "B". A newsletter's
  greeting, teaser, "My take:" line and sign-off are "" (the writer's own prose); its signature,
  sponsor lines, divider and mailbag label are "B"; a reader's question in the mailbag with "asked
  Gail" carries "Gail".
* An app's "Highlights" bullets are labelled like a standfirst, by content (the label "Highlights" is
  "B"); a live blog's "What we know so far" box title is "" and its bullets are labelled by content
  even without full stops.
* A pull quote is not furniture: it carries the speaker of its words with the cue "—" (the dash
  before the name that closes it) and is labelled by content, split where its sentences end, the
  last one keeping "— Name".
* Subheads inside a body are labelled by content: question subheads and topic subheads ("Where
  rents rose fastest", "What tenants can do", "The cooperative", "The buyers") are "", a statement
  subhead ("Third outage this year") is "W".
* Results-table rows, a points table's rows, a wind reading, a DNS line and a match box's scoring,
  half-time and referee lines are data ""; table titles, column-header rows and a key to
  abbreviations are "B". A press release's "FOR IMMEDIATE RELEASE", "– END –", numbered notes to
  editors and media contact are "B".
* A caption glued to its credit on one pasted line is two sentences, the caption by content and the
  credit "B"; a copyright, cookie or newsletter line with several sentences is split into "B"
  sentences, with a glued button ("Accept") a sentence of its own.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'South African COMMUNITY NEWS SITE (Durban), DESKTOP SELECT-ALL paste, a WATER OUTAGE: about 6,200 Chatsworth households without running water for an 11th day after a reservoir pump failed. Head: a date-and-weather strip with log-in links, masthead in capitals, a menu run together with double spaces, a breaking ticker glued to its label ("BREAKINGN3 ..."), crumbs with chevrons (all "B"); headline of record "W"; standfirst "..., eThekwini Municipality says" "W" carrying the municipality; byline, date and reading time, a share count glued to its buttons ("B"); a caption "" glued to "Picture: ..." "B" on one line. Body: lead of record with the municipality as written; "In a statement, the municipality said" (a plan, "", speaker kept as written) and "It said" resolving to eThekwini Municipality "W"; a pensioner\'s quote running over a question inside the quote ("What must we do?" its own sentence, ""); an ALSO READ link "B"; a ward councillor\'s complaint count and his accusation about a 2024 report "W", his "a date" line ""; the spokesperson\'s answer "W" and "Nobody is hiding anything." ""; an Advertisement line "B"; a tanker schedule "according to a schedule posted on the municipality\'s Facebook page" with "7 a.m. and 4 p.m.," mid-sentence; "several residents said"; a spaza owner\'s sales "W" and feelings ""; a health forum\'s worry and its chairperson\'s advice ("Dr" dropped) ""; a statement subhead "Third outage this year" "W"; earlier outages and water losses "according to its latest annual report" "W"; an opposition councillor\'s "called" and her plan ""; spending "W"; guidance and closing colour "". Tail: tags glued together, a more-from list, footer links, and a copyright line split at "(Pty) Ltd." / "All rights reserved." (all "B").',
    'Nigerian NATIONAL DAILY\'s MOBILE SITE, PHONE SHARE: the share sheet\'s title line (headline with " - The Lagoon Ledger" appended, labelled as the headline, "W" with "NRC says" carrying the Nigerian Railway Corporation) and its URL "B", then the page as long-press selected; the story: Lagos–Ibadan train fares rise about 60% from March 16. Head: Open in app, a hamburger-and-search masthead line, section label ("B"); the headline again "W"; byline and "3 hours ago · 2 min read" "B"; a caption "" glued to "| Photo: ..." "B". Body: lead "the corporation said" kept as written; fares "the notice said" and an unattributed first-class fare "W"; ADVERTISEMENT lines "B"; the district manager\'s diesel bill "W", "he told The Lagoon Ledger by phone" with a 26-month record "W" and a feeling ""; a READ ALSO link "B"; passenger numbers "W"; "He did not say ..." with no speaker ""; a nurse\'s quote over two sentences with naira sums "W" ("That is N76,000 a week now, from N48,000,” she said.") and a question with its attribution ""; a trader\'s plan "" and bus fare "W"; a passengers\' group "called" ""; food inflation "according to the National Bureau of Statistics" (article dropped) "W"; the group\'s coordinator, a plan and a two-sentence quote of advice ""; petrol prices "W"; "The corporation said" "W" and "It said" resolving to the Nigerian Railway Corporation, a plan "". Tail: share strip, a WhatsApp follow line, Next Article and its headline, comment count, copyright split at "The Lagoon Ledger." / "All rights reserved.", and footer links (all "B").',
    'German ENGLISH-LANGUAGE CITY NEWS SITE (Freiburg), READER VIEW paste: bare domain, title, author and "7–9 minutes" with no menus; the story: the 2026 rent index puts average net rent at €11.42 per square metre, up 7.8% in two years. Head: domain, author, reading time "B"; title "W"; the standfirst (excerpt) "..., the city\'s new rent index shows – and in Vauban, more than €13." "W" carrying the index. Body: the lead "according to the 2026 qualified rent index" "W"; the previous figure "W"; a colour line "" then the legal role of the index and the rent brake with "i.e. the index value" mid-sentence "W"; a caption of record "W" with "Photo: ..." "B"; the housing office head\'s sample size and a comparison "W", her feeling ""; a subhead "Where rents rose fastest" ""; district averages with "the index shows" "W"; a nursing student\'s record "W" with "Eschholzstr." mid-sentence, colour and a plan ""; "The tenants\' group Mieterallianz Breisgau said" (descriptor dropped) "W" and its chair named after his quote ""; the landlords\' association "" and its managing director\'s completions "W" and advice ""; "Prof. Dr." dropped from an economist, his population arithmetic "W", verdict and forecast ""; a plan "" and a committee date "W"; a subhead "What tenants can do" ""; advice "the housing office advises" ""; a service, an advice session "from 5 p.m. at its office in Schwarzwaldstr. 78." and the start date "W". Tail: the reader view keeps an author line and a membership appeal ("B").',
    'Canadian PROVINCIAL NEWS SITE (Charlottetown, P.E.I.), PRINT VIEW paste: the browser\'s print stamp, "Print this page    Close window", masthead, the full URL, section (all "B"); the story: council approves a seven-storey Queen Street building 5-4. Head: headline "W"; standfirst "Heritage group vows ..." (a plan "", carrying the Queen Square Heritage Guild as the story first gives it); byline with role and a published/updated line with "10:52 p.m." and a reading time "B"; a rendering caption "" and "(Submitted image)" "B". Body: a "CHARLOTTETOWN —" lead of record "W"; the building with "Developments Inc.," mid-sentence "W"; a hearing "on Oct. 6 at which" "W"; "Coun." before a name that moves the resolution (no speaker) "W" and his quote "told council" (vacancy rate "W", verdict ""); a councillor against, her record "W" and a question with attribution ""; the variance and the mayor\'s non-vote "W"; the heritage group\'s plan "", its president\'s signature count "W" and two quotes ""; an appeal window "W"; the developer\'s record "W" and forecast ""; two residents (feelings "", an application count "W"); a staff report "W"; other business "St. Peters Road." "W". Tail: copyright split at "Red Sands Media Ltd." / "All rights reserved.", a personal-use note with a reprints email ending the line, and a "Printed on ... 7:14 a.m." stamp (all "B").',
    'Indian NEWS APP, APP COPY paste (the app\'s copy-text output): headline first, a "Highlights" label "B" and three highlight bullets labelled like a standfirst (two of record "W" with "Rs. 500" mid-sentence, one advice line "" whose "urges" carries the health officer as the story first gives her), a one-line byline with city and "IST" time, "Listen to this story03:12" glued ("B"); the story: Greater Chennai Corporation fines 1,240 households and 86 building sites as dengue cases rise to 412 in August. Body: a "CHENNAI:" lead "officials said" and "they said" resolving to them "W"; the city health officer ("Dr." dropped, initial kept: "R. Meenakshi Sundaram") with cases, "No deaths had been reported", a quote of record and a colour line; an "Also Read |" link "B"; field visits, fever camps and drones "she said" "W"; "Ward No. 178" and "T. Nagar." ending a sentence "W"; state figures "according to the state\'s Directorate of Public Health and Preventive Medicine" (possessive descriptor dropped) "W"; an Advertisement line "B"; a homemaker (initial kept) "" then her "Rs. 500 challan" "W"; a site supervisor\'s fine "W" and practice ""; a physician\'s caseload "W", advice and "He advised" ""; a question line "" answered by "Subbiah-Raman said" "W"; a councillor\'s demands ""; seasonal pattern "according to corporation data" "W"; a plan and guidance "". Tail: follow line, reaction buttons, topics, a Read more URL, and "Shared via ... app." / "Get it on Android & iOS: https://..." (all "B").',
    'United States HYPERLOCAL EMAIL NEWSLETTER (Spokane, Wash.), FORWARDED NEWSLETTER paste: the forwarder\'s own note on top ("Mom, scroll down ..." and a question, both ""), the forwarding header line by line ("---------- Forwarded message ---------", From, Date, Subject, To: "B"), then the newsletter: View in browser, name, issue line, sponsor line ("B"); greeting and teaser "". Items: (1) school closures: item headline "W"; staff recommendation "W"; a $14.2 million gap "staff told the board"; enrolments with a semicolon, the proposal and the vote date "W"; a board member\'s doubts "" and her comparison "W"; a parent\'s record "W" and feeling ""; the editor\'s "My take:" ""; the hearing "Feb. 18 at 6 p.m. in ..." "W" and guidance ""; a "• • •" divider "B"; (2) a crosswalk: headline and approval "W", a neighborhood chair\'s "about time." (period inside the quote) and scepticism ""; (3) library Sunday hours "W" and advice ""; a sponsored line split after "February." ("B"); a mailbag label "B", a reader\'s question with its attribution "" carrying "Gail", and "the city\'s street department says" "W"; sign-off "". Tail: editor\'s signature, forward/subscribe lines ("Was this forwarded to you?" its own sentence), reason line, unsubscribe, a postal address with "N. Division St. #212" and a copyright line (all "B").',
    'Australian BROADCASTER\'s LIVE BLOG (Brisbane), desktop paste of a live page: severe storms across south-east Queensland, more than 84,000 homes without power. Head: masthead "B"; headline of record "W"; standfirst "W"; two-name byline and an Updated line with AEST "B"; "Pinned" "B" and a "What we know so far" box (its title "", three bullets of record without full stops "W", an emergency-numbers bullet ""). Entries newest first, each with a time stamp and an entry byline ("B") and an entry headline labelled by content: power restored ("The electricity distributor says" "W"; "It says" resolving to it, a forecast ""); a quoted entry headline in single curly quotes "" with no speaker, a resident "told MBB News" "W", her skylights "W" and "And the car, don\'t ask." ""; a rain record with a Bureau forecaster "says" "W" and his colour and forecast ""; "Key event" "B", a flood rescue "Queensland Fire Department says" and "the department says" "W", an urging with a slogan after a colon ""; readers\' photos "" and a caption "" glued to "(Supplied: ...)" "B"; a warning issued by the Bureau (no speaker) "W" and advice ""; the opening welcome "". Tail: an Acknowledgement of Traditional Custodians and a copyright line ("B").',
    'Malaysian CONSERVATION FOUNDATION\'s OWN WEBSITE, a PRESS RELEASE page pasted from a desktop browser: a record 2,146 green turtle nests on Pulau Redang. Head: skip link, the foundation\'s Malay name and English name on separate lines, menu, a BM | EN toggle, crumbs, "PRESS RELEASE", "FOR IMMEDIATE RELEASE" (all "B"); headline "W". Body: a "Kuala Terengganu, 3 October 2026 –" dateline belonging to its lead "W"; the previous record, nests moved to the hatchery and hatchlings with "78.4%" "W"; the executive director named after her quote ("Dr." dropped, "binti" kept: "Nurul Izzati binti Mohd Rashidi") "", the quote running on with a fact of biology "W" and a forecast ""; "Dr. Nurul Izzati said" resolving to the full name "W"; a fisheries officer ("Encik" dropped, "bin" kept) "W"; "The foundation said" kept as written "W"; sand temperatures "31.2°C" "W"; a shading step ""; a volunteer coordinator given surname first ("Chong Wei Ling", later "Chong said") "W" and colour ""; a request "after 10 p.m. during" "". Tail: "– END –", notes to editors numbered "1."–"3.", media contact lines, share strip, previous/next links, a cookie banner split into three with a glued "Accept", and a copyright split at "Yayasan Penyu Lestari." / "Hak cipta terpelihara." (all "B").',
    'English REGIONAL NEWS SITE\'s EXPLAINER (Bristol), MOBILE WEB paste: bus fares rise on 1 September. Head: "≡ Menu", masthead, Sign in, section ("B"); a headline of two sentences kept as ONE ("Bristol\'s bus fares go up on 1 September. Here\'s what you need to know") "W"; a two-sentence standfirst kept as one "W"; byline with role, published/updated line, Share ("B"). Body: an intro ""; the operator\'s announcement "W"; a signpost ""; question subheads "" ("How much are fares going up?", "Why now?", "What about the £3 cap?", "Who decides?", "Is anyone saying it\'s unfair?", "How can I pay less?"); fares in pounds and pence "W"; "The company said" kept as written "W"; a commercial director\'s recovery figure and her 20-month record "W", her preference ""; the national £3 cap and its effect (causal) "W"; who sets fares "W"; the combined authority\'s spokesperson named after his role ("disappointed" "", spending "W"); "The passenger group Bristol Bus Users\' Circle said" (descriptor dropped) ""; its secretary\'s colon quote "" and a survey "W"; reader guidance "" even with sums; concessionary pass rules "W". Tail: read-more links, comment count, a company line split at "Channel Ridge Media Ltd." / "Registered in England and Wales No. 06118424." and a copyright line (all "B").',
    'Mexican ENGLISH-LANGUAGE MAGAZINE\'s LONG FEATURE with a PULL QUOTE, desktop select-all paste: Oaxaca\'s small mezcal makers after the agave price crash. Head: masthead, menu, "LONG READ" kicker ("B"); a title headline ""; a two-sentence standfirst kept as one "W"; "Words by ... · Photographs by ...", month and reading time ("B"); a caption "" and its credit "B". Body: scene colour ""; a mezcalero with two surnames ("Efraín Santiago Hernández") and his record "W"; prices "according to prices collected by a growers\' association in the Tlacolula valley" and exports "according to figures from the industry\'s regulatory council" "W"; a causal maturity claim "W"; his quote with "Santiago said" (surname cue, while "Santiago Matatlán" is a place) ""; the PULL QUOTE repeating it, split into two sentences, the second ending "— Efraín Santiago Hernández" (speaker, cue "—", ""); a subhead "The cooperative" ""; a cooperative head\'s sales "W" and views ""; "Cruz has tried ..." colour; an agronomist with "Ing." dropped, his land-use figure "W", simile and forecast ("He expects") "", and "Zurita said" about the weevil "W"; a buyer\'s bio "", his order cut "W" and feelings ""; a closing scene with "Santiago" as subject and no speaker, then his last words "". Tail: a two-sentence author bio, a funding note, tags, a newsletter box split into two, and a footer with "S.A. de C.V." (all "B").',
    'New Zealand REGIONAL NEWSPAPER\'s MATCH REPORT (Hawke\'s Bay club rugby final), desktop select-all paste: Esk Valley 27 Puketapu 22. Head: masthead, menu, crumbs with slashes ("B"); headline "W"; a standfirst with the score before a colon "W"; byline and date ("B"); a caption "" with "Photo / ..." "B". Body: result and the winning try "W"; weather colour and "It was a final that swung three times." ""; the run of scores "W" (three sentences with tries, conversions and minutes); points tally "W"; the winning coach named after his quote, his 11-year record "W" and feeling ""; "Pohatu-Kerr said" about the try-scorer\'s promotion "W"; the try-scorer ""; the losing captain (first given in full earlier) ""; finals record and semifinal "W"; the losing coach "" and his injuries "W"; an unclear fitness line ""; the 2007 coach, an uncle with the same surname, "the elder Pohatu said" resolving to Wiremu Pohatu, not Dean Pohatu-Kerr ""; Advertisement "B". Box: its title "B", the two scoring lines, half-time and referee lines (data ""). Tail: Share, more-rugby label and headline, comments closed, copyright ("B").',
    'Jamaican NEWSPAPER\'s RESULTS PAGE (schools athletics championships, day two), desktop select-all paste. Head: masthead, menu with pipes, crumbs ("B"); headline of record "W"; "Compiled by the Sport Desk" and an Updated line ending "8:40 p.m." ("B"). Narrative: a record run "W" and the old mark "W"; an exclamation inside a quote followed by its attribution (one sentence) ""; the coach\'s race count "W"; points standings "W". Tables: event titles and column-header rows with "Pos." ("B"); result rows with pipes, "Westgate Comp.", "MR" and "m" marks, a wind reading and a DNS line (data ""). A rerun relay "W", the meet director\'s jury-of-appeal record "W" and his verdict ""; a points table (title and header "B", rows ""); a key to abbreviations "B"; day three\'s timetable with "9 a.m.," mid-sentence and "3:15 p.m." ending it "W". Tail: PDF link, related link and a copyright split at "Cornwall Courant Ltd." / "All Rights Reserved." (all "B").',
]

ARTICLES = [
    # 1. South Africa
    [
        [
            (
                "Friday, 14 August 2026   |   Durban 19°C   |   Log in   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE UMGENI COURIER", "", "", "B"),
        ],
        [
            (
                "Home  News  Sport  Business  Community  Opinion  Property  Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BREAKINGN3 northbound closed at Key Ridge after truck fire", "", "", "B"),
        ],
        [
            ("News › Local › Chatsworth", "", "", "B"),
        ],
        [
            (
                "Chatsworth homes without water for 11th day as reservoir pump repairs drag on",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 6,200 households have relied on tankers since August 3, eThekwini Municipality says",
                "eThekwini Municipality",
                "says",
                "W",
            ),
        ],
        [
            ("Thandeka Mhlongo-Radebe", "", "", "B"),
        ],
        [
            ("14 Aug 2026, 07:45 · 4 min read", "", "", "B"),
        ],
        [
            ("37 SharesFacebookXWhatsAppEmail", "", "", "B"),
        ],
        [
            (
                "Residents queue at a municipal water tanker in Unit 3, Chatsworth, on Thursday evening.",
                "",
                "",
                "",
            ),
            ("Picture: Sipho Mkhabela-Dube", "", "", "B"),
        ],
        [
            (
                "About 6,200 households in Chatsworth's units 2, 3 and 5 have had no running water since August 3, when the main pump at the Bayview Ridge reservoir failed, eThekwini Municipality said on Thursday.",
                "eThekwini Municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, the municipality said a replacement pump had been ordered from a supplier in Germiston and would be installed “by the middle of next week”.",
                "the municipality",
                "said",
                "",
            ),
            (
                "It said 14 water tankers were now serving the area, up from six in the first week.",
                "eThekwini Municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are carrying buckets up three flights of stairs every morning, and I am 68,” said Kogilam Naidoo-Pillay, who lives in a block of flats on Road 316.",
                "Kogilam Naidoo-Pillay",
                "said",
                "",
            ),
            (
                "“My grandson has missed school twice because there was no water to wash.",
                "Kogilam Naidoo-Pillay",
                "said",
                "W",
            ),
            ("What must we do?”", "Kogilam Naidoo-Pillay", "said", ""),
        ],
        [
            ("ALSO READ: Umlazi taxi rank upgrade pushed back to 2027", "", "", "B"),
        ],
        [
            (
                "Ward councillor Rakesh Bhagwandin-Singh said he had logged 312 complaints from residents since the outage began, most of them about tankers that did not arrive.",
                "Rakesh Bhagwandin-Singh",
                "said",
                "W",
            ),
            (
                "“People are not asking for miracles, they are asking for a date,” he said.",
                "Rakesh Bhagwandin-Singh",
                "said",
                "",
            ),
        ],
        [
            (
                "Bhagwandin-Singh said the same pump had failed in February 2025 and had been repaired rather than replaced.",
                "Rakesh Bhagwandin-Singh",
                "said",
                "W",
            ),
            (
                "He accused the municipality of ignoring a 2024 engineering report that recommended replacing both pumps at the reservoir.",
                "Rakesh Bhagwandin-Singh",
                "accused",
                "W",
            ),
        ],
        [
            (
                "Municipal spokesperson Nomvula Zikalala-Khumalo said the report had recommended replacement “within five years”, not immediately.",
                "Nomvula Zikalala-Khumalo",
                "said",
                "W",
            ),
            (
                "“The money for the new pumps was approved in May and the tender closed on 18 July,” she said.",
                "Nomvula Zikalala-Khumalo",
                "said",
                "W",
            ),
            ("“Nobody is hiding anything.”", "Nomvula Zikalala-Khumalo", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Tankers visit each unit twice a day, at about 7 a.m. and 4 p.m., according to a schedule posted on the municipality's Facebook page.",
                "a schedule posted on the municipality's Facebook page",
                "according to",
                "W",
            ),
            (
                "But several residents said the afternoon tanker often came after dark or not at all.",
                "several residents",
                "said",
                "W",
            ),
        ],
        [
            (
                "At a spaza shop on Road 322, owner Farouk Essop-Dawood said he had sold more than 900 five-litre bottles of water in the past week.",
                "Farouk Essop-Dawood",
                "said",
                "W",
            ),
            (
                "“Normally I sell maybe 40 in a week,” he said.",
                "Farouk Essop-Dawood",
                "said",
                "W",
            ),
            (
                "“I don't like making money this way.”",
                "Farouk Essop-Dawood",
                "said",
                "",
            ),
        ],
        [
            (
                "The Chatsworth Community Health Forum said it was worried about older residents and about people on home dialysis.",
                "Chatsworth Community Health Forum",
                "said",
                "",
            ),
            (
                "Its chairperson, Dr Lutho Mbatha-Grey, urged residents to boil any water collected from the stream near Unit 5 before drinking it.",
                "Lutho Mbatha-Grey",
                "urged",
                "",
            ),
        ],
        [
            ("Third outage this year", "", "", "W"),
        ],
        [
            (
                "This is the third long outage in Chatsworth in 2026, after a burst main in January left Unit 7 dry for five days and a power failure at a pump station in April cut supply for 60 hours.",
                "",
                "",
                "W",
            ),
            (
                "Across eThekwini, the municipality loses about 49% of the water it buys to leaks and illegal connections, according to its latest annual report.",
                "its latest annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Opposition councillor Marlene Coetzer-Venter called the figure “a disgrace for a metro of this size”.",
                "Marlene Coetzer-Venter",
                "called",
                "",
            ),
            (
                "She said she would table a motion at the full council meeting on 27 August calling for an independent audit of every reservoir in the city.",
                "Marlene Coetzer-Venter",
                "said",
                "",
            ),
        ],
        [
            (
                "The municipality said it had spent R38 million on reservoir maintenance in the 2025/26 financial year.",
                "The municipality",
                "said",
                "W",
            ),
            (
                "Residents can report a tanker that does not arrive through the municipal WhatsApp line listed on the city's website.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "On Thursday evening a queue of about 80 people, many with 25-litre drums, stretched along Road 316 as the tanker pulled in.",
                "",
                "",
                "",
            ),
            ("Naidoo-Pillay was near the front.", "", "", ""),
            (
                "“Eleven days, and still they tell us next week,” she said.",
                "Kogilam Naidoo-Pillay",
                "said",
                "",
            ),
        ],
        [
            ("Tags:WaterChatsworthService delivery", "", "", "B"),
        ],
        [
            ("More from Local", "", "", "B"),
        ],
        [
            ("Phoenix residents march over electricity cuts", "", "", "B"),
        ],
        [
            (
                "About Us  Contact Us  Advertise  Privacy Policy  PAIA Manual",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Umgeni Courier Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 2. Nigeria
    [
        [
            (
                "Lagos–Ibadan train fares to rise 60% from Monday, NRC says - The Lagoon Ledger",
                "Nigerian Railway Corporation",
                "says",
                "W",
            ),
        ],
        [
            (
                "https://lagoonledger.ng/metro/2026/03/12/lagos-ibadan-train-fares-to-rise-60-from-monday/",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Open in app", "", "", "B"),
        ],
        [
            ("☰   THE LAGOON LEDGER   🔍", "", "", "B"),
        ],
        [
            ("METRO", "", "", "B"),
        ],
        [
            (
                "Lagos–Ibadan train fares to rise 60% from Monday, NRC says",
                "Nigerian Railway Corporation",
                "says",
                "W",
            ),
        ],
        [
            ("By Chidinma Eze-Bello", "", "", "B"),
        ],
        [
            ("3 hours ago  ·  2 min read", "", "", "B"),
        ],
        [
            (
                "Passengers board a train at the Mobolaji Johnson station in Ebute Metta, Lagos.",
                "",
                "",
                "",
            ),
            ("| Photo: Lagoon Ledger", "", "", "B"),
        ],
        [
            (
                "The Nigerian Railway Corporation (NRC) will raise fares on the Lagos–Ibadan standard gauge line by about 60% from Monday, March 16, the corporation said on Thursday.",
                "the corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "An economy ticket between Lagos and Ibadan will go from N6,000 to N9,500, while business class rises from N10,000 to N16,000, the notice said.",
                "the notice",
                "said",
                "W",
            ),
            (
                "First class, which sells out on most weekends, goes from N15,000 to N24,000.",
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
                "The NRC's Lagos district manager, Adewale Akinsanya-Cole, said diesel for the locomotives now cost the corporation about N1.1 billion a month, more than three times what it paid in 2023.",
                "Adewale Akinsanya-Cole",
                "said",
                "W",
            ),
            (
                "“We held the old fares for 26 months,” he told The Lagoon Ledger by phone.",
                "Adewale Akinsanya-Cole",
                "told The Lagoon Ledger by phone",
                "W",
            ),
            (
                "“Nobody is happy about this, but the alternative is fewer trains.”",
                "Adewale Akinsanya-Cole",
                "told The Lagoon Ledger by phone",
                "",
            ),
        ],
        [
            (
                "READ ALSO: Apapa gridlock: truckers give port authority 7-day ultimatum",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "He said the line carried about 4,800 passengers a day in February, up from 3,100 a year earlier.",
                "Adewale Akinsanya-Cole",
                "said",
                "W",
            ),
            ("He did not say whether the timetable would change.", "", "", ""),
        ],
        [
            (
                "At the Moniya station in Ibadan on Thursday evening, Blessing Adeyemi-Oke, a 29-year-old nurse who works in Ikeja, said the new fare would “finish” her.",
                "Blessing Adeyemi-Oke",
                "said",
                "",
            ),
            (
                "“I take this train four days a week.",
                "Blessing Adeyemi-Oke",
                "said",
                "W",
            ),
            (
                "That is N76,000 a week now, from N48,000,” she said.",
                "Blessing Adeyemi-Oke",
                "said",
                "W",
            ),
            (
                "“Is my salary going up by 60%?” she asked.",
                "Blessing Adeyemi-Oke",
                "asked",
                "",
            ),
        ],
        [
            (
                "Musiliu Balogun-Ajayi, who sells fabric at Oje market and travels to Lagos twice a month for stock, said he would go back to the buses.",
                "Musiliu Balogun-Ajayi",
                "said",
                "",
            ),
            (
                "“The bus is N7,000 and it takes four hours if there is no hold-up, but at least I can afford it,” he said.",
                "Musiliu Balogun-Ajayi",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The Commuters' Welfare Forum, a Lagos-based passengers' group, called the increase “insensitive”.",
                "Commuters' Welfare Forum",
                "called",
                "",
            ),
            (
                "Food inflation stood at 32.4% in February, according to the National Bureau of Statistics.",
                "National Bureau of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The forum's coordinator, Ifeoluwa Bassey-Ekpo, said it would write to the transport minister to ask for the increase to be phased in.",
                "Ifeoluwa Bassey-Ekpo",
                "said",
                "",
            ),
            (
                "“Raise the fare over six months and people adjust.",
                "Ifeoluwa Bassey-Ekpo",
                "said",
                "",
            ),
            (
                "Raise it overnight and you push them back on to the expressway,” she said.",
                "Ifeoluwa Bassey-Ekpo",
                "said",
                "",
            ),
        ],
        [
            (
                "The price of petrol in Lagos has risen from about N620 a litre in mid-2023 to more than N1,000 since the removal of the fuel subsidy.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The corporation said children under five would still travel free, and that tickets bought before Monday would be honoured until March 31.",
                "The corporation",
                "said",
                "W",
            ),
            (
                "It said monthly passes for regular commuters would be introduced “in the second quarter”.",
                "Nigerian Railway Corporation",
                "said",
                "",
            ),
        ],
        [
            ("Share: WhatsApp  Facebook  X  Telegram", "", "", "B"),
        ],
        [
            ("Follow The Lagoon Ledger on WhatsApp for breaking news", "", "", "B"),
        ],
        [
            ("Next Article", "", "", "B"),
        ],
        [
            (
                "Apapa gridlock: truckers give port authority 7-day ultimatum",
                "",
                "",
                "B",
            ),
        ],
        [
            ("14 Comments", "", "", "B"),
        ],
        [
            ("© 2026 The Lagoon Ledger.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy · Terms · Contact Us", "", "", "B"),
        ],
    ],
    # 3. Germany
    [
        [
            ("breisgaudispatch.de", "", "", "B"),
        ],
        [
            (
                "Freiburg's new rent index: average rent up 7.8% in two years",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Jonas Kübler-Brenner", "", "", "B"),
        ],
        [
            ("7–9 minutes", "", "", "B"),
        ],
        [
            (
                "Tenants in Freiburg now pay an average net rent of €11.42 per square metre, the city's new rent index shows – and in Vauban, more than €13.",
                "the city's new rent index",
                "shows",
                "W",
            ),
        ],
        [
            (
                "The average net rent for a flat in Freiburg rose 7.8% in two years to €11.42 per square metre, according to the 2026 qualified rent index published by the city's housing office on Tuesday.",
                "the 2026 qualified rent index",
                "according to",
                "W",
            ),
            ("The previous index, from 2024, put the figure at €10.59.", "", "", "W"),
        ],
        [
            (
                "The index, known in German as the Mietspiegel, matters far beyond statistics.",
                "",
                "",
                "",
            ),
            (
                "Landlords may use it to justify rent increases, and courts refer to it when tenants challenge them.",
                "",
                "",
                "W",
            ),
            (
                "Under the rent brake that applies in Freiburg, a new tenancy may not start more than 10% above the local comparative rent, i.e. the index value for a similar flat.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vauban, the car-free district in the south of the city, now has the highest average rents in Freiburg.",
                "",
                "",
                "W",
            ),
            ("Photo: Anja Wiesmüller-Roth", "", "", "B"),
        ],
        [
            (
                "Katrin Oberle-Sauter, who heads the housing office, said 3,912 households had answered the survey behind the index, the largest sample since it was first compiled in 1998.",
                "Katrin Oberle-Sauter",
                "said",
                "W",
            ),
            (
                "“The rise is steeper than in Stuttgart or Karlsruhe over the same period,” she said.",
                "Katrin Oberle-Sauter",
                "said",
                "W",
            ),
            (
                "“It is not a surprise to anyone who has looked for a flat here recently.”",
                "Katrin Oberle-Sauter",
                "said",
                "",
            ),
        ],
        [
            ("Where rents rose fastest", "", "", ""),
        ],
        [
            (
                "Vauban is now the most expensive district, at €13.08 per square metre on average, the index shows, followed by Wiehre at €12.87.",
                "the index",
                "shows",
                "W",
            ),
            (
                "The lowest averages are in Weingarten and Landwasser, both below €9.50.",
                "",
                "",
                "W",
            ),
            (
                "Flats completed after 2020 average €15.20, about a third more than the city-wide figure.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Leonie Faßbender, a 27-year-old nursing student, said she and her partner had viewed 23 flats since January.",
                "Leonie Faßbender",
                "said",
                "W",
            ),
            (
                "“At one viewing on Eschholzstr. there were 41 people on the stairs,” she said.",
                "Leonie Faßbender",
                "said",
                "W",
            ),
            ("“We stopped counting after that.”", "Leonie Faßbender", "said", ""),
            (
                "She said they would probably move to Emmendingen, 15 km to the north, and commute by train.",
                "Leonie Faßbender",
                "said",
                "",
            ),
        ],
        [
            (
                "The tenants' group Mieterallianz Breisgau said the index understated the problem because it only counted leases signed or changed in the past six years.",
                "Mieterallianz Breisgau",
                "said",
                "W",
            ),
            (
                "“Anyone who has lived in the same flat since 2012 is invisible in these figures, and those are exactly the cheap flats,” said its chair, Bernd Kaltenbach-Ruf.",
                "Bernd Kaltenbach-Ruf",
                "said",
                "",
            ),
        ],
        [
            (
                "The landlords' association Eigentümerverein Dreisam said the index was “a mirror of the shortage, not of greed”.",
                "Eigentümerverein Dreisam",
                "said",
                "",
            ),
            (
                "Its managing director, Sabine Roßkopf, said only 1,140 new flats had been completed in Freiburg in 2025, against a target of 1,700 set by the council.",
                "Sabine Roßkopf",
                "said",
                "W",
            ),
            (
                "“Build more and the index will take care of itself,” she said.",
                "Sabine Roßkopf",
                "said",
                "",
            ),
        ],
        [
            (
                "Prof. Dr. Matthias Engelhorn-Vogt, an urban economist at a research institute in the city, said Freiburg's population had grown by about 9,000 since 2020, while the number of flats had grown by about 5,500.",
                "Matthias Engelhorn-Vogt",
                "said",
                "W",
            ),
            (
                "“You cannot regulate your way out of that arithmetic,” he said.",
                "Matthias Engelhorn-Vogt",
                "said",
                "",
            ),
            (
                "He said he expected the next index, due in 2028, to show a smaller rise, “perhaps 4 or 5%”.",
                "Matthias Engelhorn-Vogt",
                "said",
                "",
            ),
        ],
        [
            (
                "Oberle-Sauter said the city's housing company would build 600 more flats at regulated rents by 2030.",
                "Katrin Oberle-Sauter",
                "said",
                "",
            ),
            (
                "The council's housing committee will discuss the index on 19 March.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What tenants can do", "", "", ""),
        ],
        [
            (
                "Tenants who receive a rent increase should compare it with the index before agreeing to it, the housing office advises.",
                "the housing office",
                "advises",
                "",
            ),
            (
                "The index and an online calculator are free on the city's website, and printed copies cost €5 at the Rathaus im Stühlinger.",
                "",
                "",
                "W",
            ),
            (
                "Advice sessions run by Mieterallianz Breisgau are held every Tuesday from 5 p.m. at its office in Schwarzwaldstr. 78.",
                "",
                "",
                "W",
            ),
            ("The new index applies from 1 April.", "", "", "W"),
        ],
        [
            (
                "Jonas Kübler-Brenner covers housing and city hall for the Breisgau Dispatch.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Support independent local journalism in English: become a member from €4.50 a month.",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 4. Canada
    [
        [
            ("10/22/26, 7:14 AM", "", "", "B"),
        ],
        [
            ("Print this page    Close window", "", "", "B"),
        ],
        [
            ("HILLSBOROUGH HERALD", "", "", "B"),
        ],
        [
            (
                "https://www.hillsboroughherald.ca/news/local/charlottetown-council-approves-seven-storey-queen-street-building",
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
                "Charlottetown council approves seven-storey Queen Street building in 5-4 vote",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Heritage group vows to take the decision to the Island Regulatory and Appeals Commission",
                "Queen Square Heritage Guild",
                "vows",
                "",
            ),
        ],
        [
            ("Ruth Ann MacPhail-Doucette · Reporter", "", "", "B"),
        ],
        [
            (
                "Published Oct 21, 2026  •  Last updated Oct 21, 2026 10:52 p.m.  •  3 minute read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "An artist's rendering of the proposed building at the corner of Queen and Fitzroy streets.",
                "",
                "",
                "",
            ),
            ("(Submitted image)", "", "", "B"),
        ],
        [
            (
                "CHARLOTTETOWN — City council voted 5-4 on Tuesday night to approve a seven-storey apartment building on Queen Street, the tallest ever approved in Charlottetown's downtown heritage area.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The building, proposed by Fitzroy Landing Developments Inc., will have 84 units, 12 of them at below-market rents for at least 15 years, and a ground-floor commercial space.",
                "",
                "",
                "W",
            ),
            (
                "It will replace a one-storey former car dealership and a parking lot at the corner of Queen and Fitzroy streets.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The vote followed a public hearing on Oct. 6 at which 31 people spoke, 19 of them against the project.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Coun. Alan Buote-Mullins, who chairs the planning and heritage committee, moved the resolution.",
                "",
                "",
                "W",
            ),
            (
                "“We have a vacancy rate of 1.1 per cent in this city,” Buote-Mullins told council before the vote.",
                "Alan Buote-Mullins",
                "told council",
                "W",
            ),
            (
                "“We cannot keep saying no to housing because of what a building looks like from the sidewalk.”",
                "Alan Buote-Mullins",
                "told council",
                "",
            ),
        ],
        [
            (
                "Coun. Meaghan Coady-Reid, who voted against, said the building was “simply too tall” for a street of two- and three-storey buildings.",
                "Meaghan Coady-Reid",
                "said",
                "",
            ),
            (
                "She said the city's own 2019 downtown plan set a height limit of four storeys on that block.",
                "Meaghan Coady-Reid",
                "said",
                "W",
            ),
            (
                "“If the plan means nothing, why did we pay for it?” she asked.",
                "Meaghan Coady-Reid",
                "asked",
                "",
            ),
        ],
        [
            (
                "The approval required a variance from that plan, which council granted in the same vote.",
                "",
                "",
                "W",
            ),
            (
                "Mayor Kevin Lantz-Mayhew did not vote, as the mayor votes only to break a tie.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Queen Square Heritage Guild said it would appeal the decision to the Island Regulatory and Appeals Commission.",
                "Queen Square Heritage Guild",
                "said",
                "",
            ),
            (
                "Its president, Florence Bernard-Stewart, said the group had collected 1,322 signatures against the project since June.",
                "Florence Bernard-Stewart",
                "said",
                "W",
            ),
            (
                "“This is not about being against housing,” she said.",
                "Florence Bernard-Stewart",
                "said",
                "",
            ),
            (
                "“It is about whether the next developer gets eight storeys, and the one after that gets ten.”",
                "Florence Bernard-Stewart",
                "said",
                "",
            ),
        ],
        [
            (
                "Under provincial rules, an appeal must be filed within 21 days of the decision.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Derek O'Hanley, a partner in Fitzroy Landing Developments, said the company had cut the building from nine storeys to seven after two public meetings.",
                "Derek O'Hanley",
                "said",
                "W",
            ),
            (
                "He said construction could begin in the fall of 2027 if an appeal was dismissed, and would take about 20 months.",
                "Derek O'Hanley",
                "said",
                "",
            ),
        ],
        [
            (
                "Gordon Arbing-Pineau, 74, who has lived on Fitzroy Street since 1981, said he was “of two minds.”",
                "Gordon Arbing-Pineau",
                "said",
                "",
            ),
            (
                "“My granddaughter can't find a place to rent in this town, so who am I to complain about the view?” he said.",
                "Gordon Arbing-Pineau",
                "said",
                "",
            ),
        ],
        [
            (
                "Jasmine Okonkwo-Tilley, 31, a nurse who rents a basement apartment in Sherwood, said she had applied for 14 apartments since March.",
                "Jasmine Okonkwo-Tilley",
                "said",
                "W",
            ),
            (
                "“Seven storeys sounds great to me,” she said.",
                "Jasmine Okonkwo-Tilley",
                "said",
                "",
            ),
        ],
        [
            (
                "The city has approved 1,046 new housing units so far in 2026, compared with 712 in all of 2025, according to a staff report presented at the same meeting.",
                "a staff report presented at the same meeting",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Council also approved a $2.3-million contract to resurface Belvedere Avenue between University Avenue and St. Peters Road.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Copyright © 2026 Hillsborough Herald, a division of Red Sands Media Ltd.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("This copy is for your personal, non-commercial use only.", "", "", "B"),
            (
                "To order presentation-ready copies for distribution to colleagues or clients, contact reprints@hillsboroughherald.ca.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Printed on October 22, 2026 at 7:14 a.m.", "", "", "B"),
        ],
    ],
    # 5. India
    [
        [
            (
                "Chennai corporation fines 1,240 households, 86 building sites for mosquito breeding as dengue cases rise",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Highlights", "", "", "B"),
        ],
        [
            (
                "Dengue cases in Chennai rose to 412 in August from 251 in July",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fines range from Rs. 500 for households to Rs. 25,000 for construction sites",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Health officer urges residents to empty stored water every week",
                "R. Meenakshi Sundaram",
                "urges",
                "",
            ),
        ],
        [
            (
                "By Priya Venkatraman-Iyer | Chennai | Updated: Sep 12, 2026, 08:31 IST",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Listen to this story03:12", "", "", "B"),
        ],
        [
            (
                "CHENNAI: The Greater Chennai Corporation fined 1,240 households and 86 construction sites in August for allowing mosquitoes to breed in stagnant water, officials said on Thursday.",
                "officials",
                "said",
                "W",
            ),
            (
                "The fines, collected under the city's public health bye-laws, totalled Rs. 18.6 lakh, they said.",
                "officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "City health officer Dr. R. Meenakshi Sundaram said 412 dengue cases had been confirmed in the city in August, against 251 in July and 188 in August last year.",
                "R. Meenakshi Sundaram",
                "said",
                "W",
            ),
            (
                "No deaths had been reported this year, she said.",
                "R. Meenakshi Sundaram",
                "said",
                "W",
            ),
            (
                "“In 7 of every 10 houses where our teams found larvae, the source was a container inside the house – a flower pot tray, a fridge drip tray, an old grinder,” she said.",
                "R. Meenakshi Sundaram",
                "said",
                "W",
            ),
            (
                "“People think of drains and vacant plots, but the problem is in our kitchens.”",
                "R. Meenakshi Sundaram",
                "said",
                "",
            ),
        ],
        [
            (
                "Also Read | Metro Phase 2: Poonamallee–Porur stretch to open by December",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "She said 3,200 field workers had visited about 9.4 lakh houses in the past four weeks.",
                "R. Meenakshi Sundaram",
                "said",
                "W",
            ),
            (
                "The corporation had also set up fever camps in all 15 zones, and 108 of them were held last week, she said.",
                "R. Meenakshi Sundaram",
                "said",
                "W",
            ),
            (
                "Teams had used drones to spray larvicide over 62 water bodies, including parts of the Pallikaranai marsh, she said.",
                "R. Meenakshi Sundaram",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ward No. 178 in Velachery accounted for the largest number of household fines, 96, followed by wards in Adyar and T. Nagar.",
                "",
                "",
                "W",
            ),
            (
                "Across Tamil Nadu, 6,830 dengue cases were recorded between January and August, according to the state's Directorate of Public Health and Preventive Medicine.",
                "Directorate of Public Health and Preventive Medicine",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "K. Dhanalakshmi, a homemaker in Velachery, said she had not known that water collecting under a refrigerator could breed mosquitoes.",
                "K. Dhanalakshmi",
                "said",
                "",
            ),
            (
                "“The inspector found larvae in the tray and gave me a Rs. 500 challan on the spot,” she said.",
                "K. Dhanalakshmi",
                "said",
                "W",
            ),
            ("“I have cleaned it every Sunday since.”", "K. Dhanalakshmi", "said", ""),
        ],
        [
            (
                "At a residential project on 100 Feet Road, site supervisor A. Senthamizh Selvan said his company had paid a Rs. 25,000 fine after inspectors found larvae in a water tank on the seventh floor.",
                "A. Senthamizh Selvan",
                "said",
                "W",
            ),
            (
                "He said workers now drained and covered every tank on the site each evening.",
                "A. Senthamizh Selvan",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Arvind Subbiah-Raman, a physician at a private hospital in Anna Nagar, said his outpatient department had seen about 30 suspected dengue cases a day in the first week of September, roughly double the August average.",
                "Arvind Subbiah-Raman",
                "said",
                "W",
            ),
            (
                "“Most patients recover with rest and fluids, but anyone with bleeding gums, severe abdominal pain or persistent vomiting should come to a hospital immediately,” he said.",
                "Arvind Subbiah-Raman",
                "said",
                "",
            ),
            (
                "He advised against taking painkillers such as ibuprofen without a doctor's advice.",
                "Arvind Subbiah-Raman",
                "advised",
                "",
            ),
        ],
        [
            ("So does fogging help?", "", "", ""),
            (
                "Subbiah-Raman said fogging killed adult mosquitoes for a few hours at most and did little against larvae.",
                "Arvind Subbiah-Raman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ward councillor M. Ilavarasan said fining households was “the easy part” and that the corporation should clear the vacant plots in his ward where water stood for weeks after every rain.",
                "M. Ilavarasan",
                "said",
                "",
            ),
            (
                "“Fine the builders, fine the corporation's own contractors, fine everybody,” he said.",
                "M. Ilavarasan",
                "said",
                "",
            ),
        ],
        [
            (
                "The northeast monsoon usually reaches Chennai in mid-October, and dengue cases in the city have peaked in October or November in each of the past five years, according to corporation data.",
                "corporation data",
                "according to",
                "W",
            ),
            (
                "The corporation said its teams would continue door-to-door checks until the end of November.",
                "The corporation",
                "said",
                "",
            ),
            (
                "Residents can report mosquito breeding or ask for fogging through the corporation's helpline.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Follow The Coromandel Chronicle on WhatsApp", "", "", "B"),
        ],
        [
            ("👍 Like   💬 Comment   ↗ Share", "", "", "B"),
        ],
        [
            ("Topics: Dengue · Greater Chennai Corporation · Velachery", "", "", "B"),
        ],
        [
            (
                "Read more at: https://coromandelchronicle.in/city/chennai/dengue-fines-1240-households/articleshow/1184402.cms",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Shared via The Coromandel Chronicle app.", "", "", "B"),
            ("Get it on Android & iOS: https://cc.app.link/dl", "", "", "B"),
        ],
    ],
    # 6. United States
    [
        [
            (
                "Mom, scroll down to the school item, Nettleton Park is on the list.",
                "",
                "",
                "",
            ),
            ("Can you call me tonight?", "", "", ""),
        ],
        [
            ("---------- Forwarded message ---------", "", "", "B"),
        ],
        [
            ("From: The Lilac Line <hello@lilacline.news>", "", "", "B"),
        ],
        [
            ("Date: Thu, Feb 5, 2026 at 6:02 AM", "", "", "B"),
        ],
        [
            ("Subject: Two north-side schools on the closure list 🏫", "", "", "B"),
        ],
        [
            ("To: <dana@ruzickafamily.net>", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("THE LILAC LINE", "", "", "B"),
        ],
        [
            ("Issue #212 · North Spokane news, every Thursday", "", "", "B"),
        ],
        [
            ("Good morning, neighbors!", "", "", ""),
            (
                "This week: the school board's closure list, a new crosswalk on Francis, and Sunday hours at the library.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Today's issue is brought to you by Five Mile Tire & Lube.", "", "", "B"),
        ],
        [
            (
                "Board weighs closing Garland Heights and Nettleton Park elementaries",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Spokane Public Schools staff on Tuesday recommended that the school board close two north-side elementary schools, Garland Heights and Nettleton Park, at the end of this school year.",
                "",
                "",
                "W",
            ),
            (
                "The district faces a $14.2 million budget gap for 2026-27, staff told the board, mostly because enrollment has fallen by about 1,900 students since 2019.",
                "staff",
                "told the board",
                "W",
            ),
        ],
        [
            (
                "Garland Heights has 214 students in a building designed for 450; Nettleton Park has 188.",
                "",
                "",
                "W",
            ),
            (
                "Under the proposal, most students from both schools would move to Maple Crest Elementary, 1.3 miles from Nettleton Park.",
                "",
                "",
                "W",
            ),
            (
                "The board will vote on March 11, after two public hearings.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Board member Teresa Szabo-Lane said she had “real doubts” about closing two schools in the same part of town.",
                "Teresa Szabo-Lane",
                "said",
                "",
            ),
            (
                "“These two schools are less than a mile apart and both of them are Title I schools,” she said.",
                "Teresa Szabo-Lane",
                "said",
                "W",
            ),
        ],
        [
            (
                "Marcus Adebisi-Croft, whose two kids go to Nettleton Park, said he found out about the proposal from a Facebook post before the district emailed families.",
                "Marcus Adebisi-Croft",
                "said",
                "W",
            ),
            (
                "“That's not how you treat people,” he said.",
                "Marcus Adebisi-Croft",
                "said",
                "",
            ),
        ],
        [
            (
                "My take: the numbers are real, but so is a 1.3-mile walk for a six-year-old in January.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The first hearing is Feb. 18 at 6 p.m. in the Maple Crest gym.",
                "",
                "",
                "W",
            ),
            ("You can also email comments to the board before Feb. 25.", "", "", ""),
        ],
        [
            ("• • •", "", "", "B"),
        ],
        [
            ("City approves flashing crosswalk at Francis and Crestline", "", "", "W"),
        ],
        [
            (
                "The city council on Monday approved $186,000 for a crosswalk with flashing beacons at Francis Avenue and Crestline Street, where a pedestrian was struck in October.",
                "",
                "",
                "W",
            ),
            (
                "Neighborhood council chair Hal Ostrowski-Dean, who has asked for a crossing there since 2021, said it was “about time.”",
                "Hal Ostrowski-Dean",
                "said",
                "",
            ),
            (
                "He said he would believe it when he saw the lights flashing.",
                "Hal Ostrowski-Dean",
                "said",
                "",
            ),
        ],
        [
            ("• • •", "", "", "B"),
        ],
        [
            ("Library adds Sunday hours", "", "", "W"),
        ],
        [
            (
                "The north-side library branch will open on Sundays from noon to 5 p.m. starting Feb. 8.",
                "",
                "",
                "W",
            ),
            ("Bring the kids, there's a Lego club at 2.", "", "", ""),
        ],
        [
            (
                "Sponsored · Five Mile Tire & Lube: winter tire swap $59.99 through February.",
                "",
                "",
                "B",
            ),
            ("Mention The Lilac Line.", "", "", "B"),
        ],
        [
            ("📬 From the mailbag", "", "", "B"),
        ],
        [
            (
                "“Why do the plows always skip our cul-de-sac?” asked Gail, who lives in Country Homes.",
                "Gail",
                "asked",
                "",
            ),
            (
                "Short answer: the city's street department says cul-de-sacs are plowed only after 4 inches of snow, and only after arterials and bus routes are done.",
                "the city's street department",
                "says",
                "W",
            ),
        ],
        [
            ("That's it for this week.", "", "", ""),
            ("See you next Thursday!", "", "", ""),
        ],
        [
            ("— Rosa Delgado-Finch, editor", "", "", "B"),
        ],
        [
            ("Forward this to a neighbor who'd like it.", "", "", "B"),
            ("Was this forwarded to you?", "", "", "B"),
            ("Subscribe here.", "", "", "B"),
        ],
        [
            (
                "You're receiving this email because you signed up at lilacline.news.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe | Update your preferences", "", "", "B"),
        ],
        [
            (
                "The Lilac Line · 4100 N. Division St. #212 · Spokane, WA 99207",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 The Lilac Line LLC, All rights reserved.", "", "", "B"),
        ],
    ],
    # 7. Australia
    [
        [
            ("MBB NEWS", "", "", "B"),
        ],
        [
            (
                "Live: Severe storms lash south-east Queensland, more than 84,000 homes without power",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hail the size of golf balls hit Ipswich and Logan as a line of storms crossed the south-east on Sunday afternoon.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Kristen Vardy-Moss and Lachlan Teo", "", "", "B"),
        ],
        [
            ("Updated 7:42pm AEST Sun 16 Nov 2026", "", "", "B"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            ("What we know so far", "", "", ""),
        ],
        [
            (
                "More than 84,000 homes and businesses lost power, most of them in Logan, Ipswich and Brisbane's southern suburbs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Bureau of Meteorology recorded 61mm of rain in 30 minutes at Beaudesert",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A severe thunderstorm warning remains current for the Scenic Rim and the Gold Coast hinterland",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "If life is in danger call Triple Zero (000); for storm damage call the SES on 132 500",
                "",
                "",
                "",
            ),
        ],
        [
            ("7:40pm", "", "", "B"),
        ],
        [
            ("Kristen Vardy-Moss", "", "", "B"),
        ],
        [
            ("Power back on for 12,000 homes", "", "", "W"),
        ],
        [
            (
                "The electricity distributor says crews have restored power to about 12,000 homes since 6pm, but 72,000 are still without it.",
                "The electricity distributor",
                "says",
                "W",
            ),
            (
                "It says some customers in Logan and the Scenic Rim may not be reconnected until Tuesday.",
                "The electricity distributor",
                "says",
                "",
            ),
        ],
        [
            ("7:18pm", "", "", "B"),
        ],
        [
            ("Lachlan Teo", "", "", "B"),
        ],
        [
            ("‘It sounded like gravel on the roof’", "", "", ""),
        ],
        [
            (
                "Noeline Farrugia, from Springfield Lakes, told MBB News the hail lasted about 10 minutes.",
                "Noeline Farrugia",
                "told MBB News",
                "W",
            ),
            (
                "“We've got three broken skylights,” she said.",
                "Noeline Farrugia",
                "said",
                "W",
            ),
            ("“And the car, don't ask.”", "Noeline Farrugia", "said", ""),
        ],
        [
            ("6:55pm", "", "", "B"),
        ],
        [
            ("Kristen Vardy-Moss", "", "", "B"),
        ],
        [
            ("61mm in half an hour at Beaudesert", "", "", "W"),
        ],
        [
            (
                "Bureau of Meteorology senior forecaster Gareth Strickland-Oyama says the Beaudesert gauge recorded 61 millimetres between 4:10pm and 4:40pm.",
                "Gareth Strickland-Oyama",
                "says",
                "W",
            ),
            (
                "“That's the kind of rain that turns a street into a creek in minutes,” he says.",
                "Gareth Strickland-Oyama",
                "says",
                "",
            ),
            (
                "He says a second line of storms could reach the Gold Coast hinterland after 9pm, though it is expected to be weaker.",
                "Gareth Strickland-Oyama",
                "says",
                "",
            ),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("6:31pm", "", "", "B"),
        ],
        [
            ("Lachlan Teo", "", "", "B"),
        ],
        [
            ("Woman rescued from car in floodwater at Logan", "", "", "W"),
        ],
        [
            (
                "Swiftwater rescue crews pulled a woman from a car caught in floodwater on Kingston Road at Logan about 5:50pm, Queensland Fire Department says.",
                "Queensland Fire Department",
                "says",
                "W",
            ),
            (
                "She was checked by paramedics at the scene and was not injured, the department says.",
                "the department",
                "says",
                "W",
            ),
            (
                "The department is again urging drivers never to enter floodwater: if it's flooded, forget it.",
                "The department",
                "is urging",
                "",
            ),
        ],
        [
            ("5:20pm", "", "", "B"),
        ],
        [
            ("Lachlan Teo", "", "", "B"),
        ],
        [
            (
                "Readers have been sending us photos of hail from Ipswich, Springfield and Redbank Plains, some of it bigger than a 50-cent coin.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Hailstones in a backyard at Redbank Plains this afternoon.", "", "", ""),
            ("(Supplied: Paige Holloway-Tan)", "", "", "B"),
        ],
        [
            ("4:48pm", "", "", "B"),
        ],
        [
            ("Kristen Vardy-Moss", "", "", "B"),
        ],
        [
            ("Severe thunderstorm warning for Brisbane", "", "", "W"),
        ],
        [
            (
                "The Bureau of Meteorology has issued a severe thunderstorm warning for Brisbane, Ipswich, Logan and the Scenic Rim, with large hail and damaging winds likely in the next hour.",
                "",
                "",
                "W",
            ),
            (
                "Stay indoors and away from windows, and park your car under cover if you can.",
                "",
                "",
                "",
            ),
        ],
        [
            ("4:30pm", "", "", "B"),
        ],
        [
            ("Lachlan Teo", "", "", "B"),
        ],
        [
            (
                "Good afternoon and welcome to our live coverage as storms build across the south-east.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "MBB News acknowledges the Traditional Custodians of the lands on which we live and work, and pays respect to Elders past and present.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Moreton Bay Broadcasting Pty Ltd", "", "", "B"),
        ],
    ],
    # 8. Malaysia
    [
        [
            ("Skip to content", "", "", "B"),
        ],
        [
            ("YAYASAN PENYU LESTARI", "", "", "B"),
        ],
        [
            ("Lestari Turtle Foundation", "", "", "B"),
        ],
        [
            (
                "Home   About Us   Our Work   Get Involved   Media Centre   Donate",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BM | EN", "", "", "B"),
        ],
        [
            ("Home > Media Centre > Press Releases > 2026", "", "", "B"),
        ],
        [
            ("PRESS RELEASE", "", "", "B"),
        ],
        [
            ("FOR IMMEDIATE RELEASE", "", "", "B"),
        ],
        [
            (
                "Record 2,146 green turtle nests recorded on Pulau Redang in 2026 season",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kuala Terengganu, 3 October 2026 – Rangers and volunteers working with Yayasan Penyu Lestari recorded 2,146 green turtle nests on four beaches on Pulau Redang between March and September, the highest number since the foundation began monitoring the beaches in 2009.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The previous record, 1,802 nests, was set in 2022.", "", "", "W"),
            (
                "Of the 2,146 nests, 1,318 were left in place and protected with mesh, and 828 were moved to the foundation's hatchery at Pasir Panjang because they had been laid below the high-tide line.",
                "",
                "",
                "W",
            ),
            (
                "A total of 171,420 hatchlings were released, a hatching success rate of 78.4% for nests that have completed incubation.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“These numbers are good news, but one good season does not make a recovery,” said the foundation's executive director, Dr. Nurul Izzati binti Mohd Rashidi.",
                "Nurul Izzati binti Mohd Rashidi",
                "said",
                "",
            ),
            (
                "“Green turtles nest only every two to four years, so a record year often follows a poor one.",
                "Nurul Izzati binti Mohd Rashidi",
                "said",
                "W",
            ),
            (
                "We will know much more after three or four seasons.”",
                "Nurul Izzati binti Mohd Rashidi",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Nurul Izzati said the foundation's night patrols had recorded no confirmed egg poaching on the monitored beaches for the third year running.",
                "Nurul Izzati binti Mohd Rashidi",
                "said",
                "W",
            ),
            (
                "Encik Hafiz Azman bin Zulkifli, an officer with the Department of Fisheries in Terengganu, said the state's ban on the sale of turtle eggs, in force since 2022, had “removed the market” for poached eggs.",
                "Hafiz Azman bin Zulkifli",
                "said",
                "W",
            ),
        ],
        [
            (
                "The foundation said rising sand temperatures remained its main concern, because warmer nests produce more female hatchlings.",
                "The foundation",
                "said",
                "W",
            ),
            (
                "Temperature loggers in the hatchery recorded an average of 31.2°C in July, above the pivotal temperature of about 29°C at which equal numbers of males and females hatch.",
                "",
                "",
                "W",
            ),
            (
                "To cool the nests, volunteers shaded part of the hatchery with palm-frond screens from June.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Volunteer coordinator Chong Wei Ling said 436 volunteers from 19 countries had joined the night patrols this season, each for at least a week.",
                "Chong Wei Ling",
                "said",
                "W",
            ),
            (
                "“Some of them waited six nights to see one turtle, and they still came back the next year,” Chong said.",
                "Chong Wei Ling",
                "said",
                "",
            ),
        ],
        [
            (
                "The foundation is asking resorts on the island to switch off beachfront lights after 10 p.m. during next year's nesting season, which begins in March.",
                "The foundation",
                "is asking",
                "",
            ),
        ],
        [
            ("– END –", "", "", "B"),
        ],
        [
            ("Notes to editors", "", "", "B"),
        ],
        [
            (
                "1. Yayasan Penyu Lestari is a registered non-profit foundation (PPM-014-11-20092009) that has worked on sea turtle conservation in Terengganu since 2009.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "2. Nest figures are provisional until the end of the incubation season in November.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("3. High-resolution photographs are available on request.", "", "", "B"),
        ],
        [
            ("Media contact:", "", "", "B"),
        ],
        [
            ("Aisyah Zahirah Rosli, Communications Manager", "", "", "B"),
        ],
        [
            ("+60 9-622 4180 | media@penyulestari.org.my", "", "", "B"),
        ],
        [
            ("Share: Facebook   X   LinkedIn   WhatsApp", "", "", "B"),
        ],
        [
            (
                "« Previous: Hatchery open days for schools, July–August 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Next: Annual Report 2025 now available »", "", "", "B"),
        ],
        [
            ("We use cookies to improve your experience on our website.", "", "", "B"),
            ("By continuing to browse, you agree to our use of cookies.", "", "", "B"),
            ("Accept", "", "", "B"),
        ],
        [
            ("© 2026 Yayasan Penyu Lestari.", "", "", "B"),
            ("Hak cipta terpelihara.", "", "", "B"),
        ],
    ],
    # 9. England
    [
        [
            ("≡ Menu", "", "", "B"),
        ],
        [
            ("SEVERNSIDE POST", "", "", "B"),
        ],
        [
            ("Sign in", "", "", "B"),
        ],
        [
            ("Bristol", "", "", "B"),
        ],
        [
            (
                "Bristol's bus fares go up on 1 September. Here's what you need to know",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Single fares rise by up to 30p, but the £2 fare for under-22s stays. We explain who pays more, who doesn't, and why.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Imogen Ashworth-Pryce, Transport correspondent", "", "", "B"),
        ],
        [
            ("Published 12 August 2026 | Updated 13 August 2026", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "If you take the bus in Bristol, your journey is about to get more expensive.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Avonvale Buses, which runs most services in the city, said on Tuesday that it would raise fares from 1 September, the first increase since January 2025.",
                "Avonvale Buses",
                "said",
                "W",
            ),
            ("Here is what is changing, and what you can do about it.", "", "", ""),
        ],
        [
            ("How much are fares going up?", "", "", ""),
        ],
        [
            (
                "A single adult fare within the Bristol zone will rise from £2.50 to £2.80, and a day ticket from £5.20 to £5.60.",
                "",
                "",
                "W",
            ),
            (
                "Weekly tickets go from £19 to £21, and the four-week ticket from £70 to £78.",
                "",
                "",
                "W",
            ),
            ("Single fares for under-22s stay at £2.", "", "", "W"),
        ],
        [
            ("Why now?", "", "", ""),
        ],
        [
            (
                "The company said its costs had risen 11% in two years, mostly because of drivers' pay and fuel.",
                "The company",
                "said",
                "W",
            ),
            (
                "Eleanor Fitch-Dawson, Avonvale's commercial director, said passenger numbers had recovered to 91% of their 2019 level but that income per passenger had not kept up.",
                "Eleanor Fitch-Dawson",
                "said",
                "W",
            ),
            (
                "“Nobody likes putting fares up, and we've held them for 20 months,” she said.",
                "Eleanor Fitch-Dawson",
                "said",
                "W",
            ),
            (
                "“We'd rather do this than cut routes.”",
                "Eleanor Fitch-Dawson",
                "said",
                "",
            ),
        ],
        [
            ("What about the £3 cap?", "", "", ""),
        ],
        [
            (
                "Since January 2025, single fares on most buses in England outside London have been capped at £3 under a national scheme paid for by the Department for Transport.",
                "",
                "",
                "W",
            ),
            (
                "Because Bristol's new single fare of £2.80 is below that cap, the cap makes no difference for most journeys within the city.",
                "",
                "",
                "W",
            ),
            (
                "It matters mainly for longer trips, for example from Bristol to Bath or Weston-super-Mare, where a single would otherwise cost more than £3.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Who decides?", "", "", ""),
        ],
        [
            (
                "Buses in the region are run commercially, so operators set their own fares; the West of England Combined Authority pays for some routes that would not otherwise run, and for the under-22 fare.",
                "",
                "",
                "W",
            ),
            (
                "A spokesperson for the combined authority, Callum Mensah-Barratt, said it was “disappointed” by the size of the rise.",
                "Callum Mensah-Barratt",
                "said",
                "",
            ),
            (
                "He said the authority had spent £6.4m on the under-22 fare in the last financial year.",
                "Callum Mensah-Barratt",
                "said",
                "W",
            ),
        ],
        [
            ("Is anyone saying it's unfair?", "", "", ""),
        ],
        [
            (
                "The passenger group Bristol Bus Users' Circle said the rise would hit shift workers and carers hardest.",
                "Bristol Bus Users' Circle",
                "said",
                "",
            ),
            (
                "Its secretary, Hamid Farooqui-Lowe, who does not drive, said: “I'd happily pay 30p more if the 72 turned up when the app says it will.”",
                "Hamid Farooqui-Lowe",
                "said",
                "",
            ),
            (
                "He said the group's survey of 640 members found that 58% had waited more than 20 minutes for a bus at least once in the past month.",
                "Hamid Farooqui-Lowe",
                "said",
                "W",
            ),
        ],
        [
            ("How can I pay less?", "", "", ""),
        ],
        [
            (
                "Tap on and tap off with a contactless card and what you pay in a day is capped at the day-ticket price, so three or more trips will never cost more than £5.60.",
                "",
                "",
                "",
            ),
            (
                "If you travel most days, the four-week ticket works out cheaper than day tickets after 14 days of travel.",
                "",
                "",
                "",
            ),
            (
                "Under-22s need to show a photo ID, such as a student card, when they board.",
                "",
                "",
                "",
            ),
            (
                "People with an older person's or disabled person's bus pass still travel free after 9.30am on weekdays and all day at weekends.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Temple Meads bus interchange to close for six weeks", "", "", "B"),
        ],
        [
            ("Airport link ‘not viable without subsidy’, report finds", "", "", "B"),
        ],
        [
            ("Comments (112)", "", "", "B"),
        ],
        [
            ("Severnside Post is part of Channel Ridge Media Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 06118424.", "", "", "B"),
        ],
        [
            ("© Channel Ridge Media Ltd 2026", "", "", "B"),
        ],
    ],
    # 10. Mexico
    [
        [
            ("MESETA MAGAZINE", "", "", "B"),
        ],
        [
            (
                "Features   Culture   Food & Drink   Travel   Books   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LONG READ", "", "", "B"),
        ],
        [
            (
                "The agave glut: Oaxaca's small mezcal makers and the crash nobody planned for",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "After a boom that tripled prices, the plant behind mezcal now sells for less than it costs to harvest. In the valleys around Oaxaca, families who have made it for generations are waiting.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Words by Amaranta Lucero Vidal · Photographs by Joaquín Barragán Solís",
                "",
                "",
                "B",
            ),
        ],
        [
            ("November 2026 · 16 min read", "", "", "B"),
        ],
        [
            (
                "Efraín Santiago Hernández beside his earth oven in Santiago Matatlán, Oaxaca.",
                "",
                "",
                "",
            ),
            ("Joaquín Barragán Solís / Meseta Magazine", "", "", "B"),
        ],
        [
            (
                "The ovens in Santiago Matatlán are dug into the ground, and at dawn in October most of them are cold.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Efraín Santiago Hernández, 58, has made mezcal here for 41 years, as his father did, and his grandfather before him.",
                "",
                "",
                "W",
            ),
            ("This year he has fired his oven twice.", "", "", "W"),
            (
                "“In a good year it is twelve, fourteen times,” he said, pulling a tarp off a pile of roasted agave hearts that has sat in his yard since August.",
                "Efraín Santiago Hernández",
                "said",
                "W",
            ),
        ],
        [
            (
                "What changed is not the mezcal but the plant it is made from.",
                "",
                "",
                "",
            ),
            (
                "In 2019 and 2020, an export boom sent the price of espadín agave, the variety used in most mezcal, to as much as 35 pesos a kilo at the farm gate.",
                "",
                "",
                "W",
            ),
            (
                "This season, farmers around Matatlán are being offered between 3 and 5 pesos, according to prices collected by a growers' association in the Tlacolula valley.",
                "prices collected by a growers' association in the Tlacolula valley",
                "according to",
                "W",
            ),
        ],
        [
            ("The boom brought money, and then it brought too much agave.", "", "", ""),
            (
                "Espadín takes six to eight years to mature, so plants put in the ground when prices were high are only now being harvested, just as export demand has slowed.",
                "",
                "",
                "W",
            ),
            (
                "Certified mezcal exports fell 14% by volume in 2025, according to figures from the industry's regulatory council.",
                "figures from the industry's regulatory council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“When agave was expensive, the big brands bought everything,” Santiago said.",
                "Efraín Santiago Hernández",
                "said",
                "",
            ),
            (
                "“Now it is cheap, and nobody comes.”",
                "Efraín Santiago Hernández",
                "said",
                "",
            ),
        ],
        [
            (
                "“When agave was expensive, the big brands bought everything.",
                "Efraín Santiago Hernández",
                "—",
                "",
            ),
            (
                "Now it is cheap, and nobody comes.” — Efraín Santiago Hernández",
                "Efraín Santiago Hernández",
                "—",
                "",
            ),
        ],
        [
            ("The cooperative", "", "", ""),
        ],
        [
            (
                "Rosalinda Cruz Matías runs a cooperative of 23 families in San Dionisio Ocotepec, an hour's drive east, that bottles under a single label and sells mostly to bars in Mexico City and Guadalajara.",
                "",
                "",
                "W",
            ),
            (
                "She said the cooperative had sold 9,400 litres in 2023 and 5,100 in 2025.",
                "Rosalinda Cruz Matías",
                "said",
                "W",
            ),
            (
                "“The bars tell us the customers want something new every month,” she said.",
                "Rosalinda Cruz Matías",
                "said",
                "",
            ),
            (
                "“Mezcal became fashionable, and fashion moves on.”",
                "Rosalinda Cruz Matías",
                "said",
                "",
            ),
        ],
        [
            ("Cruz has tried to move on with it.", "", "", ""),
            (
                "Since last year the cooperative has sold agave syrup and roasted agave sweets at the Tlacolula Sunday market, and it has opened its palenque to paying visitors three days a week.",
                "",
                "",
                "W",
            ),
            (
                "Visitors now bring in about a fifth of its income, she said.",
                "Rosalinda Cruz Matías",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ing. Tomás Zurita Peña, an agronomist who advises growers in the valley, said about 40% of the espadín planted in the district between 2018 and 2021 went into fields that had grown maize or beans.",
                "Tomás Zurita Peña",
                "said",
                "W",
            ),
            (
                "“People planted agave the way people buy lottery tickets,” he said.",
                "Tomás Zurita Peña",
                "said",
                "",
            ),
            (
                "He expects prices to stay low until at least 2028, when the last of the boom plantings are harvested.",
                "Tomás Zurita Peña",
                "expects",
                "",
            ),
            (
                "Zurita said growers who leave mature plants in the field too long lose them to the agave snout weevil, which has spread through the valley since 2022.",
                "Tomás Zurita Peña",
                "said",
                "W",
            ),
        ],
        [
            ("The buyers", "", "", ""),
        ],
        [
            (
                "Darío Arreola Quiroz buys mezcal for a brand based in Monterrey that sells in the United States.",
                "",
                "",
                "",
            ),
            (
                "He said the brand had halved its orders from small producers since 2024, because its distributor in Texas was holding 18 months of stock.",
                "Darío Arreola Quiroz",
                "said",
                "W",
            ),
            (
                "“I don't like telling a man whose family has done this for a hundred years that I don't need his mezcal,” he said.",
                "Darío Arreola Quiroz",
                "said",
                "",
            ),
            ("“But I don't.”", "Darío Arreola Quiroz", "said", ""),
        ],
        [
            (
                "Back in Matatlán, Santiago has started cutting the agave that nobody bought and feeding the leaves to his goats.",
                "",
                "",
                "",
            ),
            ("“The hearts I keep,” he said.", "Efraín Santiago Hernández", "said", ""),
            (
                "“Maybe next year someone comes.”",
                "Efraín Santiago Hernández",
                "said",
                "",
            ),
        ],
        [
            (
                "Amaranta Lucero Vidal is a journalist based in Oaxaca City.",
                "",
                "",
                "B",
            ),
            (
                "Her reporting on water rights in the Central Valleys won a regional press award in 2024.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This story was produced with support from the Fondo Periodístico del Sur, which had no say over its content.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Oaxaca · Mezcal · Agriculture · Long read", "", "", "B"),
        ],
        [
            ("Get Meseta in your inbox.", "", "", "B"),
            ("One long read a week, no spam.", "", "", "B"),
        ],
        [
            (
                "Meseta Magazine · Ciudad de México · © 2026 Grupo Editorial Meseta S.A. de C.V.",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 11. New Zealand
    [
        [
            ("HERETAUNGA HERALD", "", "", "B"),
        ],
        [
            (
                "News   Sport   Business   Life   Opinion   Notices   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sport / Rugby / Club rugby", "", "", "B"),
        ],
        [
            (
                "Esk Valley end 19-year wait with late try in Maddison Trophy final",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Eels 27 Rams 22: replacement hooker Tane Whaanga-Parker scores with two minutes left at McLean Park",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Hemi Paewai-Grove", "", "", "B"),
        ],
        [
            ("Sunday 26 July 2026, 6:12pm", "", "", "B"),
        ],
        [
            (
                "Tane Whaanga-Parker is mobbed by team-mates after his late try.",
                "",
                "",
                "",
            ),
            ("Photo / Lauren Kiriona-Hale", "", "", "B"),
        ],
        [
            (
                "Esk Valley won their first Maddison Trophy in 19 years on Saturday, beating Puketapu 27-22 in front of about 4100 people at McLean Park.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Replacement hooker Tane Whaanga-Parker scored the winning try from a lineout drive in the 78th minute, and first five-eighth Cody Rangihuna-Marsh added the conversion from wide out.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rain had fallen for most of the morning, and the ball was greasy from the start.",
                "",
                "",
                "",
            ),
            ("It was a final that swung three times.", "", "", ""),
        ],
        [
            (
                "Puketapu led 15-3 after 25 minutes through tries to wing Sione Havili-Lolo and flanker Jarrod McKechnie.",
                "",
                "",
                "W",
            ),
            (
                "Esk Valley hit back either side of halftime with converted tries to centre Rawiri Toki and lock Ben Haretuku-Shaw, and a Rangihuna-Marsh penalty made it 20-15 with 15 minutes left.",
                "",
                "",
                "W",
            ),
            (
                "McKechnie's second try, converted by fullback Liam Ferris-Pike in the 71st minute, put Puketapu back in front.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Rangihuna-Marsh finished with 12 points.", "", "", "W"),
        ],
        [
            (
                "“Nineteen years is a long time to wait, and I've been here for 11 of them,” Esk Valley coach Dean Pohatu-Kerr said.",
                "Dean Pohatu-Kerr",
                "said",
                "W",
            ),
            (
                "“I'm just rapt for the old boys who kept this club going when we couldn't win a game.”",
                "Dean Pohatu-Kerr",
                "said",
                "",
            ),
        ],
        [
            (
                "Pohatu-Kerr said Whaanga-Parker, 20, had been promoted from the club's under-21 side only three weeks ago.",
                "Dean Pohatu-Kerr",
                "said",
                "W",
            ),
            (
                "“I just held on to the ball and the boys did the rest,” Whaanga-Parker said.",
                "Tane Whaanga-Parker",
                "said",
                "",
            ),
        ],
        [
            (
                "McKechnie, who captains Puketapu and was named player of the final, said his side had “switched off” in the last 10 minutes.",
                "Jarrod McKechnie",
                "said",
                "",
            ),
            (
                "“Two tries is nice, but I'd swap both of them for the trophy,” he said.",
                "Jarrod McKechnie",
                "said",
                "",
            ),
        ],
        [
            ("It was Puketapu's third final defeat in four seasons.", "", "", "W"),
            (
                "Esk Valley finished fourth in the round-robin and beat top qualifiers Waipātiki Wanderers 18-16 in the semifinal.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Puketapu coach Sam Tuhiwai-Reece said he had no complaints about the result.",
                "Sam Tuhiwai-Reece",
                "said",
                "",
            ),
            (
                "He said his side had lost three players to injury in the first half, including Havili-Lolo, who went off with a shoulder injury in the 33rd minute.",
                "Sam Tuhiwai-Reece",
                "said",
                "W",
            ),
            (
                "Whether the wing is fit for the Heartland trials next month is unclear.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The last Esk Valley side to win the trophy, in 2007, was coached by Pohatu-Kerr's uncle, Wiremu Pohatu.",
                "",
                "",
                "W",
            ),
            (
                "“I told him this morning they'd win by five,” the elder Pohatu said from the stand.",
                "Wiremu Pohatu",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("MADDISON TROPHY FINAL", "", "", "B"),
        ],
        [
            (
                "Esk Valley 27 (Rawiri Toki, Ben Haretuku-Shaw, Tane Whaanga-Parker tries; Cody Rangihuna-Marsh 3 con, 2 pen)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Puketapu 22 (Jarrod McKechnie 2, Sione Havili-Lolo tries; Liam Ferris-Pike 2 con, pen)",
                "",
                "",
                "",
            ),
        ],
        [
            ("HT: Esk Valley 10 Puketapu 15", "", "", ""),
        ],
        [
            ("Referee: Mere Karaitiana-Brooks", "", "", ""),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            ("More club rugby", "", "", "B"),
        ],
        [
            (
                "Division 2 final moved to Waipukurau after ground ruled unfit",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are closed on this story.", "", "", "B"),
        ],
        [
            ("© 2026 Heretaunga Media Ltd", "", "", "B"),
        ],
    ],
    # 12. Jamaica
    [
        [
            ("THE CORNWALL COURANT", "", "", "B"),
        ],
        [
            (
                "News | Sport | Entertainment | Business | Results | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sport › Athletics › Results", "", "", "B"),
        ],
        [
            (
                "Cornwall Champs: Bogue Hill's Shanique Forbes-Lawson breaks 20-year-old 400m record",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Compiled by the Sport Desk", "", "", "B"),
        ],
        [
            ("Updated: Saturday, March 7, 2026 — 8:40 p.m.", "", "", "B"),
        ],
        [
            (
                "Bogue Hill High's Shanique Forbes-Lawson broke the Class One girls' 400m record on day two of the Cornwall Inter-Secondary Schools Championships at the Montego Bay Sports Complex on Saturday, clocking 52.61 seconds.",
                "",
                "",
                "W",
            ),
            ("The previous mark, 52.94, had stood since 2006.", "", "", "W"),
        ],
        [
            (
                "“I saw the clock at the 300 and I just said, go, go, go!” Forbes-Lawson said.",
                "Shanique Forbes-Lawson",
                "said",
                "",
            ),
            (
                "Her coach, Garfield Wedderburn-Hylton, said it was her fourth race in two days.",
                "Garfield Wedderburn-Hylton",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lilliput Technical lead the boys' points standings with 201 points after two days, ahead of Westgate Comprehensive on 176.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("BOYS — Class One 100m Final", "", "", "B"),
        ],
        [
            ("Pos. | Athlete | School | Time", "", "", "B"),
        ],
        [
            ("1. Romario Spence-Gordon | Lilliput Tech | 10.41", "", "", ""),
        ],
        [
            ("2. Akeem Lindo-Chambers | Westgate Comp. | 10.48", "", "", ""),
        ],
        [
            ("3. Jevaughn Salmon-Reid | Mount Carey | 10.55", "", "", ""),
        ],
        [
            ("Wind: +1.2 m/s", "", "", ""),
        ],
        [
            ("GIRLS — Class One 400m Final", "", "", "B"),
        ],
        [
            ("Pos. | Athlete | School | Time", "", "", "B"),
        ],
        [
            ("1. Shanique Forbes-Lawson | Bogue Hill | 52.61 MR", "", "", ""),
        ],
        [
            ("2. Tashoya Bent | Reading Bay | 54.02", "", "", ""),
        ],
        [
            ("3. Crystal-Ann Myrie-Stone | Westgate Comp. | 54.37", "", "", ""),
        ],
        [
            ("GIRLS — Class Two High Jump Final", "", "", "B"),
        ],
        [
            ("Pos. | Athlete | School | Mark", "", "", "B"),
        ],
        [
            ("1. Kerian Lobban | Lilliput Tech | 1.71m", "", "", ""),
        ],
        [
            ("2. Tamara-Lee Grizzle | Mount Carey | 1.68m", "", "", ""),
        ],
        [
            ("DNS: Sheniece Walcott-Brown (Bogue Hill)", "", "", ""),
        ],
        [
            (
                "The girls' Class Two 4x100m final was rerun after officials ruled that Reading Bay had been impeded at the second exchange.",
                "",
                "",
                "W",
            ),
            (
                "Meet director Orville Daley-Campbell said the decision was made by the jury of appeal after it reviewed video of the race.",
                "Orville Daley-Campbell",
                "said",
                "W",
            ),
            (
                "“The rules are clear, and the video was clear,” he said.",
                "Orville Daley-Campbell",
                "said",
                "",
            ),
        ],
        [
            ("POINTS STANDINGS (after Day 2)", "", "", "B"),
        ],
        [
            ("School | Boys | Girls", "", "", "B"),
        ],
        [
            ("Lilliput Technical | 201 | 143", "", "", ""),
        ],
        [
            ("Westgate Comprehensive | 176 | 168", "", "", ""),
        ],
        [
            ("Bogue Hill High | 121 | 187", "", "", ""),
        ],
        [
            ("Mount Carey Academy | 98 | 112", "", "", ""),
        ],
        [
            ("MR – meet record; DNS – did not start; DQ – disqualified.", "", "", "B"),
        ],
        [
            (
                "Day three continues Sunday from 9 a.m., with the Class One boys' 400m final scheduled for 3:15 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Full results (PDF)", "", "", "B"),
        ],
        [
            ("Related: Day one results: Westgate sweep sprint hurdles", "", "", "B"),
        ],
        [
            ("© 2026 Cornwall Courant Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h92-za-caption-picture",
        "Residents queue at a municipal water tanker in Unit 3, Chatsworth, on Thursday evening. Picture: Sipho Mkhabela-Dube",
        [
            "Residents queue at a municipal water tanker in Unit 3, Chatsworth, on Thursday evening.",
            "Picture: Sipho Mkhabela-Dube",
        ],
    ),
    (
        "h92-za-am-pm-according",
        "Tankers visit each unit twice a day, at about 7 a.m. and 4 p.m., according to a schedule posted on the municipality's Facebook page. But several residents said the afternoon tanker often came after dark or not at all.",
        [
            "Tankers visit each unit twice a day, at about 7 a.m. and 4 p.m., according to a schedule posted on the municipality's Facebook page.",
            "But several residents said the afternoon tanker often came after dark or not at all.",
        ],
    ),
    (
        "h92-za-question-in-quote",
        "“We are carrying buckets up three flights of stairs every morning, and I am 68,” said Kogilam Naidoo-Pillay, who lives in a block of flats on Road 316. “My grandson has missed school twice because there was no water to wash. What must we do?”",
        [
            "“We are carrying buckets up three flights of stairs every morning, and I am 68,” said Kogilam Naidoo-Pillay, who lives in a block of flats on Road 316.",
            "“My grandson has missed school twice because there was no water to wash.",
            "What must we do?”",
        ],
    ),
    (
        "h92-ng-naira-quote-asked",
        "“I take this train four days a week. That is N76,000 a week now, from N48,000,” she said. “Is my salary going up by 60%?” she asked.",
        [
            "“I take this train four days a week.",
            "That is N76,000 a week now, from N48,000,” she said.",
            "“Is my salary going up by 60%?” she asked.",
        ],
    ),
    (
        "h92-ng-advice-quote-runs-on",
        "The forum's coordinator, Ifeoluwa Bassey-Ekpo, said it would write to the transport minister to ask for the increase to be phased in. “Raise the fare over six months and people adjust. Raise it overnight and you push them back on to the expressway,” she said.",
        [
            "The forum's coordinator, Ifeoluwa Bassey-Ekpo, said it would write to the transport minister to ask for the increase to be phased in.",
            "“Raise the fare over six months and people adjust.",
            "Raise it overnight and you push them back on to the expressway,” she said.",
        ],
    ),
    (
        "h92-ng-ledger-copyright",
        "© 2026 The Lagoon Ledger. All rights reserved.",
        ["© 2026 The Lagoon Ledger.", "All rights reserved."],
    ),
    (
        "h92-de-prof-dr-lead",
        "Prof. Dr. Matthias Engelhorn-Vogt, an urban economist at a research institute in the city, said Freiburg's population had grown by about 9,000 since 2020, while the number of flats had grown by about 5,500. “You cannot regulate your way out of that arithmetic,” he said.",
        [
            "Prof. Dr. Matthias Engelhorn-Vogt, an urban economist at a research institute in the city, said Freiburg's population had grown by about 9,000 since 2020, while the number of flats had grown by about 5,500.",
            "“You cannot regulate your way out of that arithmetic,” he said.",
        ],
    ),
    (
        "h92-de-str-mid-sentence",
        "“At one viewing on Eschholzstr. there were 41 people on the stairs,” she said. “We stopped counting after that.” She said they would probably move to Emmendingen, 15 km to the north, and commute by train.",
        [
            "“At one viewing on Eschholzstr. there were 41 people on the stairs,” she said.",
            "“We stopped counting after that.”",
            "She said they would probably move to Emmendingen, 15 km to the north, and commute by train.",
        ],
    ),
    (
        "h92-de-pm-str-number",
        "The index and an online calculator are free on the city's website, and printed copies cost €5 at the Rathaus im Stühlinger. Advice sessions run by Mieterallianz Breisgau are held every Tuesday from 5 p.m. at its office in Schwarzwaldstr. 78. The new index applies from 1 April.",
        [
            "The index and an online calculator are free on the city's website, and printed copies cost €5 at the Rathaus im Stühlinger.",
            "Advice sessions run by Mieterallianz Breisgau are held every Tuesday from 5 p.m. at its office in Schwarzwaldstr. 78.",
            "The new index applies from 1 April.",
        ],
    ),
    (
        "h92-ca-inc-mid-sentence",
        "The building, proposed by Fitzroy Landing Developments Inc., will have 84 units, 12 of them at below-market rents for at least 15 years, and a ground-floor commercial space. It will replace a one-storey former car dealership and a parking lot at the corner of Queen and Fitzroy streets.",
        [
            "The building, proposed by Fitzroy Landing Developments Inc., will have 84 units, 12 of them at below-market rents for at least 15 years, and a ground-floor commercial space.",
            "It will replace a one-storey former car dealership and a parking lot at the corner of Queen and Fitzroy streets.",
        ],
    ),
    (
        "h92-ca-coun-question-asked",
        "Coun. Meaghan Coady-Reid, who voted against, said the building was “simply too tall” for a street of two- and three-storey buildings. She said the city's own 2019 downtown plan set a height limit of four storeys on that block. “If the plan means nothing, why did we pay for it?” she asked.",
        [
            "Coun. Meaghan Coady-Reid, who voted against, said the building was “simply too tall” for a street of two- and three-storey buildings.",
            "She said the city's own 2019 downtown plan set a height limit of four storeys on that block.",
            "“If the plan means nothing, why did we pay for it?” she asked.",
        ],
    ),
    (
        "h92-ca-reprints-email",
        "This copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution to colleagues or clients, contact reprints@hillsboroughherald.ca.",
        [
            "This copy is for your personal, non-commercial use only.",
            "To order presentation-ready copies for distribution to colleagues or clients, contact reprints@hillsboroughherald.ca.",
        ],
    ),
    (
        "h92-in-dr-initial-no-deaths",
        "City health officer Dr. R. Meenakshi Sundaram said 412 dengue cases had been confirmed in the city in August, against 251 in July and 188 in August last year. No deaths had been reported this year, she said.",
        [
            "City health officer Dr. R. Meenakshi Sundaram said 412 dengue cases had been confirmed in the city in August, against 251 in July and 188 in August last year.",
            "No deaths had been reported this year, she said.",
        ],
    ),
    (
        "h92-in-ward-no-t-nagar",
        "Ward No. 178 in Velachery accounted for the largest number of household fines, 96, followed by wards in Adyar and T. Nagar. Across Tamil Nadu, 6,830 dengue cases were recorded between January and August, according to the state's Directorate of Public Health and Preventive Medicine.",
        [
            "Ward No. 178 in Velachery accounted for the largest number of household fines, 96, followed by wards in Adyar and T. Nagar.",
            "Across Tamil Nadu, 6,830 dengue cases were recorded between January and August, according to the state's Directorate of Public Health and Preventive Medicine.",
        ],
    ),
    (
        "h92-in-question-line",
        "So does fogging help? Subbiah-Raman said fogging killed adult mosquitoes for a few hours at most and did little against larvae.",
        [
            "So does fogging help?",
            "Subbiah-Raman said fogging killed adult mosquitoes for a few hours at most and did little against larvae.",
        ],
    ),
    (
        "h92-us-feb-pm-email",
        "The first hearing is Feb. 18 at 6 p.m. in the Maple Crest gym. You can also email comments to the board before Feb. 25.",
        [
            "The first hearing is Feb. 18 at 6 p.m. in the Maple Crest gym.",
            "You can also email comments to the board before Feb. 25.",
        ],
    ),
    (
        "h92-us-about-time-period-inside",
        "Neighborhood council chair Hal Ostrowski-Dean, who has asked for a crossing there since 2021, said it was “about time.” He said he would believe it when he saw the lights flashing.",
        [
            "Neighborhood council chair Hal Ostrowski-Dean, who has asked for a crossing there since 2021, said it was “about time.”",
            "He said he would believe it when he saw the lights flashing.",
        ],
    ),
    (
        "h92-us-forwarded-question",
        "Forward this to a neighbor who'd like it. Was this forwarded to you? Subscribe here.",
        [
            "Forward this to a neighbor who'd like it.",
            "Was this forwarded to you?",
            "Subscribe here.",
        ],
    ),
    (
        "h92-au-it-says",
        "The electricity distributor says crews have restored power to about 12,000 homes since 6pm, but 72,000 are still without it. It says some customers in Logan and the Scenic Rim may not be reconnected until Tuesday.",
        [
            "The electricity distributor says crews have restored power to about 12,000 homes since 6pm, but 72,000 are still without it.",
            "It says some customers in Logan and the Scenic Rim may not be reconnected until Tuesday.",
        ],
    ),
    (
        "h92-au-department-colon-slogan",
        "Swiftwater rescue crews pulled a woman from a car caught in floodwater on Kingston Road at Logan about 5:50pm, Queensland Fire Department says. She was checked by paramedics at the scene and was not injured, the department says. The department is again urging drivers never to enter floodwater: if it's flooded, forget it.",
        [
            "Swiftwater rescue crews pulled a woman from a car caught in floodwater on Kingston Road at Logan about 5:50pm, Queensland Fire Department says.",
            "She was checked by paramedics at the scene and was not injured, the department says.",
            "The department is again urging drivers never to enter floodwater: if it's flooded, forget it.",
        ],
    ),
    (
        "h92-my-quote-runs-on",
        "“These numbers are good news, but one good season does not make a recovery,” said the foundation's executive director, Dr. Nurul Izzati binti Mohd Rashidi. “Green turtles nest only every two to four years, so a record year often follows a poor one. We will know much more after three or four seasons.”",
        [
            "“These numbers are good news, but one good season does not make a recovery,” said the foundation's executive director, Dr. Nurul Izzati binti Mohd Rashidi.",
            "“Green turtles nest only every two to four years, so a record year often follows a poor one.",
            "We will know much more after three or four seasons.”",
        ],
    ),
    (
        "h92-my-cookies-accept",
        "We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. Accept",
        [
            "We use cookies to improve your experience on our website.",
            "By continuing to browse, you agree to our use of cookies.",
            "Accept",
        ],
    ),
    (
        "h92-gb-two-sentence-headline",
        "Bristol's bus fares go up on 1 September. Here's what you need to know",
        ["Bristol's bus fares go up on 1 September. Here's what you need to know"],
    ),
    (
        "h92-gb-ltd-registered-no",
        "Severnside Post is part of Channel Ridge Media Ltd. Registered in England and Wales No. 06118424.",
        [
            "Severnside Post is part of Channel Ridge Media Ltd.",
            "Registered in England and Wales No. 06118424.",
        ],
    ),
    (
        "h92-gb-colon-quote",
        "Its secretary, Hamid Farooqui-Lowe, who does not drive, said: “I'd happily pay 30p more if the 72 turned up when the app says it will.” He said the group's survey of 640 members found that 58% had waited more than 20 minutes for a bus at least once in the past month.",
        [
            "Its secretary, Hamid Farooqui-Lowe, who does not drive, said: “I'd happily pay 30p more if the 72 turned up when the app says it will.”",
            "He said the group's survey of 640 members found that 58% had waited more than 20 minutes for a bus at least once in the past month.",
        ],
    ),
    (
        "h92-mx-pull-quote-dash",
        "“When agave was expensive, the big brands bought everything. Now it is cheap, and nobody comes.” — Efraín Santiago Hernández",
        [
            "“When agave was expensive, the big brands bought everything.",
            "Now it is cheap, and nobody comes.” — Efraín Santiago Hernández",
        ],
    ),
    (
        "h92-mx-ing-title",
        "Ing. Tomás Zurita Peña, an agronomist who advises growers in the valley, said about 40% of the espadín planted in the district between 2018 and 2021 went into fields that had grown maize or beans. “People planted agave the way people buy lottery tickets,” he said.",
        [
            "Ing. Tomás Zurita Peña, an agronomist who advises growers in the valley, said about 40% of the espadín planted in the district between 2018 and 2021 went into fields that had grown maize or beans.",
            "“People planted agave the way people buy lottery tickets,” he said.",
        ],
    ),
    (
        "h92-nz-elder-same-surname",
        "The last Esk Valley side to win the trophy, in 2007, was coached by Pohatu-Kerr's uncle, Wiremu Pohatu. “I told him this morning they'd win by five,” the elder Pohatu said from the stand.",
        [
            "The last Esk Valley side to win the trophy, in 2007, was coached by Pohatu-Kerr's uncle, Wiremu Pohatu.",
            "“I told him this morning they'd win by five,” the elder Pohatu said from the stand.",
        ],
    ),
    (
        "h92-jm-exclamation-attribution",
        "“I saw the clock at the 300 and I just said, go, go, go!” Forbes-Lawson said. Her coach, Garfield Wedderburn-Hylton, said it was her fourth race in two days.",
        [
            "“I saw the clock at the 300 and I just said, go, go, go!” Forbes-Lawson said.",
            "Her coach, Garfield Wedderburn-Hylton, said it was her fourth race in two days.",
        ],
    ),
    (
        "h92-jm-ltd-all-rights",
        "© 2026 Cornwall Courant Ltd. All Rights Reserved.",
        ["© 2026 Cornwall Courant Ltd.", "All Rights Reserved."],
    ),
]
