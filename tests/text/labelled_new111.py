"""Hundred-and-eleventh set of new hand-labelled pages for the hint engines (tuning set, round forty-five):
twelve WHOLE pages, head to tail, from twelve countries (England, Ghana, the Philippines, Canada,
New Zealand, South Africa, Malaysia, the United States, Pakistan, Ireland, Trinidad and Tobago and
Australia), pasted from everyday English-language news sites whose FURNITURE is long and messy at
the head, in the middle and at the tail: cookie and consent banners of several sentences with button
rows (England, South Africa, Ireland), paywalls and login walls worded each its own way (the
Philippines, Canada, Ireland, Australia), an app-install prompt (Malaysia) and notification prompts
(Ghana, the United States), "Most read", "Trending", "TRENDING", "MOST READ", "Editor's picks" and
"MORE IN SPORT" lists whose items are full headline sentences with figures, video-player chrome with
titles, running times and an "Up next" line beside video captions, live score tickers (New Zealand,
Trinidad and Tobago), weather, tide, currency and market strips, a weather-warning banner, comment
sections with handles, time stamps, comments of two sentences and like and reply rows, an author box
with follow and email buttons, print and e-paper promos, a comments-closed note, and footers with
publisher, registration, address, phone and legal lines split at "Ltd.", "Inc.", "DAC.", "Limited."
and "Sdn. Bhd.". The stories are ordinary news: a council's bin collections (England) and a refused
housing scheme (Ireland), a roofing firm's fine (Canada) and a cheating charge (Malaysia), a cholera
outbreak (Ghana) and dengue (Pakistan), a dairy plant closure (South Africa) and an airline route
cut (Australia), a storm (the Philippines) and an ice storm (the United States), a club rugby final
(New Zealand) and a T20 cricket final (Trinidad and Tobago), with figures, quotes, hedges and plans.
What is hard: telling a furniture sentence that states a figure ("Town's ... fined £3,400 ...",
"Petrol price cut by Rs4.20 ...", a market strip, a score ticker) from a story sentence that states
one; furniture blocks of several sentences that read like prose (consent and paywall text, promos,
bios, reader comments, legal lines); video captions beside video chrome; and splits at "Ltd.",
"Inc.", "Co.", "Sdn. Bhd.", "Pty Ltd.", "Jr.", "a.m.", "p.m.", "etc.", "No.", "Sto.", "Cres.",
"Aug.", "Mt.", "Dr.", "Mr.", "Rev.", initials ("J. T."), decimals, times and quotes ending in "?" or
"!" before their attribution. The pages hold 537 sentences: 316 "B", 119 "W" and 102 ""; 160
sentences carry a speaker (83 distinct speakers). `STYLES` describes each page, its story, its
speakers and its furniture in order.

Written from scratch for issue 13 in round forty-five, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief); `/tmp/sets`
was listed at the start, when it was empty, and again at the end, when it also held other helpers'
`labelled_heldout75.py`, `labelled_heldout76.py`, `labelled_new110.py` and `labelled_new112.py`,
seen as names only and never opened; the module docstrings of `labelled_new.py` and
`labelled_new2.py` (printed whole with `ast.get_docstring`); `def build` in
`tests/text/labelled_articles.py` (its source segment printed by an `ast` script of my own); the
`[tool.ruff]` tables of `pyproject.toml` (a `sed` address range); and from `labelled_new107.py` and
`labelled_new108.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each: printed once (the
tool cut its middle, so that only the docstring of `labelled_new107.py` and the first entry of its
`STYLES`, and the end of the first page, the second page and the cases of `labelled_new108.py` were
seen then), then saved to a scratch file of which, after a `grep -n` of its section markers, three
ranges were printed with `sed`: the docstring and `STYLES` of `labelled_new108.py` (each line cut at
3,000 characters), the `STYLES` of `labelled_new107.py` (each line cut at 1,800 characters) and
about the first two thirds of the first page of `labelled_new107.py` (bracket-only lines dropped,
each line cut at 250 characters); so the second page and the cases of `labelled_new107.py` and the
start of the first page of `labelled_new108.py` were never seen. No other page, case or docstring of
any file under `tests/` was read. What was run: a Python one-liner printing the calendars of
November and December 2026 to check weekdays; scripts of my own in a scratch folder that turn a
small line format (flag, speaker, cue and text separated by a tilde, one line a paragraph unless it
starts with "+", case marks) into the literals below, cut lines, apply renames, and count sentences,
flags and speakers; per-word, case-insensitive file counts (`grep -rliF -- WORD
/work/main/tests/text | wc -l`) for every capitalised word and hyphenated compound of these pages
and for every candidate replacement; an import of this file with `build` on every page and a check
of four string fields, flags, no "B" with a speaker, a cue for every speaker and a speaker for every
cue, 30 distinct case ids, every case text in a built page and equal to its sentences joined by
single spaces, each expected sentence one labelled sentence of one paragraph, and the counts above;
and `ruff format` and `ruff check` (the project's `.venv`) with the project's `pyproject.toml` as
config, the check also through `--stdin-filename tests/text/labelled_new111.py` so that the per-file
ignores for `tests/**` apply. Only counts were read from the word searches, never the matched lines
or file names; they ran through every file under `tests/text`, including ones this set must not
open. The first draft's coined people, outlets, firms, streets, towns and teams hit about ninety
words of other files (surnames and parts of hyphenated surnames, outlet names, towns, streets, teams
and a few given names); each was renamed, the replacements that hit as well were renamed again, and
only replacements with no hit were kept. What still hits is real places and regions (Albay, Legazpi,
Catanduanes, Sorsogon, Camarines Sur, Davao, Quezon City, Metro Manila, Taranaki, New Plymouth,
Auckland, Manawatū, KwaZulu-Natal, Durban, Seremban, Klang, Petaling Jaya, Selangor, Shah Alam,
Missouri, Springfield, Arkansas, Oklahoma, Rawalpindi, Islamabad, Kildare, Port of Spain, Trinidad,
Queensland, Brisbane, Cairns and the like), common given names kept on purpose (Rosamund, Sabine,
Glenys, Halvard, Osric, Leopold, Dunstan, Orville, Lorena, Graeme, Ollie, Senan, Aoibheann,
Perpetua, Tamsin, Danilo, Leonora, Jonas, Kwesi, Araba, Hendrik, Thandeka, Sipho, Ayesha, Muhammad,
Ahmed, Rawiri, Tipene, Callum, Alden, Jerome, Delphine, Wilhelmina, Nurul, Syazwani), common and
outlet words (Gazette, Courier, Clarion, Mirror, Meridian, Dispatch, Foghorn, Digital, Titans,
Swifts, Tamarind, Morne, Creamery, Amalgamated and the like) and currency, market and unit tokens
(GHS, GBP, JSE, KSE, PKR, QLD, LRT, PDPA, PAIA, R-IV, R-II).

Every person, outlet, firm, union, council body, hospital, school, college, club, team, ground,
street, building, town, village, barangay, handle and figure is invented. Real countries, regions,
cities and institutions appear only as settings: those listed above, the Ghana Health Service (as
the source of a bulletin), the Office of Civil Defense (a regional office), the Sessions Court in
Shah Alam, the Penal Code (a section number only), the National Weather Service (its Springfield
office), the Missouri State Highway Patrol, the Central Statistics Office, the Occupational Health
and Safety Act, the Protection of Personal Information Act, the Editors' Code of Practice, the Press
Code, the Press Council of Ireland, the Australian Press Council, the FCC (a public file line), the
JSE and the KSE-100 (strips), Windies A (a list item), Facebook, X, WhatsApp, Telegram, Android and
iPhone (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, ticker line, menu, byline, date, share line, caption,
credit, button row, list item, comment line and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says; a caption by its content and its credit "B";
headlines and standfirsts never split and flagged by content; a dateline belongs to its lead
sentence; a speaker is the full name as first given without titles ("Cllr", "Dr.", "Dr", "Mayor",
"Judge", "Counsel", "Deputy Commissioner", "Crown attorney", "Defence lawyer", "Co-op spokeswoman",
"Chief executive" and party tags such as "(Lab)", "(Con)" and "(FF)" dropped; "Jr." kept); a pronoun
or later surname resolves to it; an organisation's later generic noun is kept as written ("the
bureau", "The weather bureau", "the directorate", "The department", "the council", "The company",
"the report", "The figures"), while "it said" and "It said" resolve to the organisation as first
given; "according to X" gives X as written; a quote over several sentences carries its speaker and
cue in each; a named person acting without a verb of saying carries no speaker (a judge ordering, an
owner apologising).

Conventions this set had to settle, in the same spirit:

* Consent and cookie banners, paywalls, login walls, app-install and notification prompts, promos
  for print and the e-paper, author bios and comments-closed notes are split into their sentences,
  each "B"; each button row ("Accept all", "Reject all" and "Choose settings" spaced out on one line,
  likewise "Allow" / "Not now" and "Sign in" / "See passes") is one "B" line.
* Reader comments are "B" line by line: the handle, the time stamp, every sentence of the comment,
  and the like/reply row, whatever the comment claims ("We already pay ...", "Power's been out since
  3 a.m. ...").
* Items of "Most read", "Trending", "Editor's picks" and "MORE IN SPORT" lists are one "B" sentence
  each, even when they are full headline sentences with figures and carry a "says" or "warns"; a
  number before the item ("1. Driver, 23, ...") stays in it.
* Live score tickers, weather, tide, currency and market strips and a weather-warning banner are one
  "B" line each, whatever they state.
* Video players: the title line with "▶" (even when it describes the pictures), the running time,
  the "Up next" line with its duration, "LIVE" and captioning controls are "B"; the caption under
  the player is labelled like a photo caption (by content, "" here) and its credit "B".
* A headline "..., council says" carries the council as the story names it ("Mullindarra Regional
  Council"); a standfirst "Worker's mother says ..." carries the mother the story names later; a
  standfirst "Opposition councillors say ..." carries "Opposition councillors" as written.
* "the company said" in a lead is kept as written ("the company"), as in `labelled_new108.py`;
  "utilities said", "health officials said", "local governments announced", "Health officials urge"
  and "Health officials advised" likewise.
* "asked for bail ..., saying ..." and "asked the court to lower the amount, saying ..." carry the
  prosecutor and defence counsel with cue "saying" ("W": claims of record made in court).
* A victim impact statement read out by the Crown attorney is carried by its author, the mother
  ("wrote"), the sentence saying who read it included.
* A personal account of record by a member of the public is "W" when it is a checkable fact (a
  fisherman's three boats lost in 2020); plans, hopes, feelings and questions "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or three
consecutive sentences of one paragraph of these pages joined by single spaces: quotes ending in "?"
or "!" before their attribution and continued after it, abbreviations ending a sentence before a
capital ("Ltd.", "Co.", "Sdn. Bhd.", "Pty Ltd.", "Jr.", "a.m.", "p.m.", "etc.") and not ending one
("No. 2", "No. 8,", "Sto.", "Cres.", "Aug. 14,", "Dr.", "Co. Kildare,", "i.e."), initials, an
ellipsis before lower case, and footer lines split at "Ltd." before "Registered in England and Wales
No. 07718264.": what a reviewer wants, not what the engine does.
"""

STYLES = [
    'English LOCAL NEWS on a borough weekly\'s site (Quarrendby), the council cabinet votes 7-2 for three-weekly black-bin collections: a cookie banner of a title line and three sentences and a button row at the head; headline "W" and a standfirst with Opposition councillors say ""; caption "" and photo credit; the vote "W"; a cabinet report through according to and "the report says" "W"; the council leader with "Cllr" and "(Lab)" dropped (a budget gap "W", a quote over two sentences and a plan ""); the opposition leader with "Cllr" and "(Con)" (a claim of record "W", a question quote with "?” he asked." and its continuation ""); "its own figures show" "W"; council officers told the meeting (a rule "W") and they said (a plan ""); a residents\' group\'s petition "W" (no speaker); its chair (a plan and a quote split after "she said." ""); a call-in deadline "" (masthead in capitals, menu with wide spaces, byline with "+ Follow", date line, share strip, ADVERTISEMENT, a Most read list numbered with full headline sentences with figures, a comment section with handle, time, a two-sentence comment and a reply/like row, publisher and registration lines split at "Ltd." before "Registered in England and Wales No. 07718264.", phone line, copyright split at "Ltd.", footer links)',
    'Ghanaian NEWS SITE story (Central Region), a cholera outbreak with 214 cases and three deaths: a notification prompt of two sentences and an Allow / Not now row at the head; masthead; a market strip with cedi rates, gold and cocoa; headline "W"; byline and date line with "am"; caption "" and credit; the municipal health directorate said "W"; the municipal health director with "Dr." dropped (cases and sealed wells "W", a quote with an ellipsis before lower case "", an expectation "", a treatment centre "W"); "according to the directorate" as written and "it said" resolved to the directorate as first given; the municipal chief executive (funds "W", a quote and a plan with "6 a.m. and" mid-sentence ""); a fish seller (a scene with "she said" and a question quote "?” she said." with its continuation ""); a bulletin through according to "W"; Health officials urge "" (share line, ADVERTISEMENT, a TRENDING list of full headline sentences, a comment count, a reader\'s handle, time, two-sentence comment and reply row, an owner line split at "Ltd." before the P.O. Box and the newsroom number, copyright split before "All rights reserved.", footer links)',
    'Philippine NEWS SITE weather story (Albay, Bicol), a tropical storm forces 3,800 families from their homes: masthead; a weather strip with "Signal No. 2"; menu; headline "W"; byline and Published/Updated lines split at "PM" before "Updated"; a share strip of symbols; a login wall of three sentences and a button row; a "LEGAZPI CITY —" lead carrying the provincial disaster office; the state weather bureau said with "4 p.m.," mid-sentence "W"; "Signal No. 2 was raised ..., the bureau said." "W" and "It said" a could-forecast ""; the provincial disaster office chief (counts "W", a quote ""); video-player chrome with a title, a running time and an Up next line with a duration "B", the video caption "" and its credit; class suspensions "local governments announced" "W"; a mayor after "In Sto. Benigno," (food packs "W", "“Are we ready?” she asked." and "Ask me on Friday." ""); a civil defense office (stranded passengers "W"); a fisherman (a scene "" and a quote ending "!” he said." of record "W"); "The weather bureau said" as written with "Mt." mid-sentence (a could-hedge "") (Editor\'s picks list of full headline sentences with figures, publisher line split at "Inc." before an address with "7/F" and "Sgt. ... Ave.,", hotline, a permissions line, copyright split at "Inc.", footer links)',
    'Canadian COURT REPORT on a town paper\'s site (Nova Scotia), a roofing firm fined $84,000 after a worker\'s fall: masthead in capitals, menu and section label; headline "W" and a standfirst "Worker\'s mother says ..." carrying the mother the story names later ("W", her son\'s condition of record); byline, Follow and a Published line with "p.m."; a paywall of three sentences and a button row; a "PORT ARDWELLICK, N.S. —" lead "W"; the plea with "Ltd." mid-sentence and withdrawn counts "W"; the Crown attorney (told the court with "Cres." and "Aug. 14," mid-sentence "W", she said "W", a two-sentence quote ""); the fine "W"; the judge ordering (no speaker, "W") and his quote with "Mr." mid-sentence ""; the mother\'s victim impact statement read by the Crown attorney, carried by the mother (wrote "W", a quote "W" and its continuation ""); defence counsel (purchases "W", a quote ""); the owner apologizing (no speaker) and his quote ""; "Co." ending a sentence before "It has 30 days ..."; compensation figures through according to "W" (ADVERTISEMENT, a Trending list of full headline sentences with figures, an e-edition promo of two sentences with "6 a.m.," and a button, a comments-closed note in two sentences, owner line split at "Inc." before an address ending "N.S. B0J 2K0.", phone line, copyright split at "Inc.", footer links)',
    'New Zealand SPORT report on a regional daily\'s site (Taranaki), a club rugby final won 27-19: a live score ticker of three lines (cricket with overs, netball, rugby) at the head; masthead; a weather and tide strip; menu and section label; headline "W"; byline and date lines; share line; the result, the half-time score and the tries with "No. 8," and the initials "J. T." mid-sentence, a scoring record, a sin-binning "W"; a colour sentence of record "W"; video chrome (title, running time "4:12") "B", the video caption "" and its credit; the winning coach (his "run out of excuses" paraphrase, a quote ending "!” he said." and its continuation ""); the No. 8 (milking at "4.30am" and "?” he said." ""); the losing coach (penalties "W", a question quote ""); the provincial union\'s crowd figures through according to "W"; a challenge match with "Dec. 5" "" (Most read list of full headline sentences with figures, publisher line with PO Box, phone line, a press council line split in two, copyright, footer links)',
    'South African BUSINESS story on a regional daily\'s site (KwaZulu-Natal, Durban), a dairy processor closes a plant with 340 jobs at risk: a consent banner of three sentences and a button row at the head; masthead; a market strip with the JSE, the rand, Brent and gold; menu and section label with ›; headline "W" and a standfirst "Umvotane Dairies says ..." ""; byline, Follow and date line; a lead with "(Pty) Ltd" whose "the company said" is kept as written "W"; the chief executive (throughput and costs "W", a two-sentence quote ""); a production move with "Ltd." ending a sentence before "The company said ..." (plans ""); a union organiser (the meeting "at 8 a.m. on Thursday" "W", a question quote "?” she asked." and a plan and a quote ""); the municipality\'s profile through according to "W"; the municipal development manager (a plan ""); a worker (a scene and a two-sentence quote ""); industry figures through according to "W" (ADVERTISEMENT, MOST READ list of full headline sentences with figures, a comment count, a reader\'s handle, time, two-sentence comment and like/reply/report row, publisher line ending "(Pty) Ltd.", an address, phone and email line, copyright split at "Ltd.", footer links with a PAIA manual)',
    'Malaysian COURT REPORT on an English daily\'s site (Shah Alam, Selangor), a company director charged with cheating 48 investors of RM1.2mil: an app-install prompt of two sentences and a button row at the head; masthead; menu; headline "W"; byline, date line with MYT, share line; caption "" and picture credit; a "SHAH ALAM:" lead "W"; "Sdn. Bhd." ending a sentence before "He is accused ..." "W"; the charge and its penalty "W"; the deputy public prosecutor and defence counsel, both asking with "saying" as the cue ("W"), counsel\'s quote with "Yang Arif" and a question ""; the judge allowing bail and fixing "Jan. 14" (no speaker, "W"); a video title with its running time "B"; a scene with "8 a.m.," mid-sentence ""; a retiree (her savings "" and a quote ending "!” she said." ""); the state police department through according to "W" and "The department said" as written ""; national police figures through according to "W" (TRENDING list of full headline sentences with figures, a comment count, a handle, time, a two-sentence comment and like/reply row, a print and e-paper promo of two sentences with "7 a.m." and a button row, a company line with "Sdn. Bhd." and its number, an address, phone and fax line, copyright split at "Sdn. Bhd.", footer links)',
    'United States WEATHER story on a local TV station\'s site (southwest Missouri), an ice storm cuts power to 41,000: a weather-warning banner; the station name; a weather strip; menu; a notification prompt of two sentences and a button row; section label; headline "W"; Author and Published/Updated lines split at "November 19, 2026" before "Updated:"; a live-video line; a "BRENLOWE, Mo. —" lead carrying "utilities"; the electric cooperative with "10 a.m." ending a sentence before "The rest of the outages ..., it said." "W"; its spokeswoman (poles "W", a quote and a plan ""); the weather service office in Springfield (a forecast ""); a video title with its running time, the video caption "" and its credit; the county emergency management director with "Jr." (warming centers "W", advice and a quote ""); "the Rev. Alden Brassingwell Jr." ending a sentence before "He said it had 120 cots ..." "W"; the highway patrol said "W"; school closures "W" and a college said "W"; a retiree (a scene and a question quote ending "?” he said." and its continuation "") (Trending list of full headline sentences with figures, a comment count, a handle, time, a two-sentence comment and like/reply row, owner line ending "Inc.", address and phone line, FCC file line, copyright split at "KQDW-TV." before "All Rights Reserved.")',
    'Pakistani HEALTH story on an English daily\'s site (Rawalpindi, Islamabad), dengue cases pass 1,200: an e-paper promo of two sentences with "5 a.m." and a button at the head; masthead; a market strip with the KSE-100, the rupee, gold and petrol; menu and section label; headline "W"; "Our Correspondent" and a date line; share line; a "RAWALPINDI:" lead with "health officials said" "W"; a daily report through according to "W"; the district health officer with "Dr." (beds "W", a hedged quote "", larvae sites with "etc." ending a sentence before "About 60% ..., he said." "W"); the deputy commissioner (sealings and cases "W", a quote ""); "the report shows" as written "W"; a father (a scene, a question quote "?” he asked." and his son\'s count ""); an entomologist with "Dr." (a causal claim "W" and a may-hedge quote with "i.e." ""); official figures through according to "W"; Health officials advised "" (Advertisement, MOST READ list of full headline sentences with figures, a comment count, a reader name with an initial "R.", time, a two-sentence comment and reply button, a moderation line, publisher line with "(Pvt.) Ltd.," mid-sentence, phone and email line, copyright split at "(Pvt.) Ltd.", footer links)',
    'Irish LOCAL NEWS on a regional weekly\'s site (Co. Kildare), planners refuse 96 homes over traffic and sewage: a cookie banner of a title line, three sentences and a button row; masthead; menu and section label; headline "W"; byline, Follow, date line and share line; a login wall of two sentences and a button row; the refusal with "Co. Kildare," mid-sentence "W"; "Ltd." mid-sentence in "Drumsheelin Developments Ltd. had applied ..." and a zoning fact "W"; "the planners\' report says" and "It says" "W"; "according to the report" "W"; submissions "W"; a local councillor with "(FF)" (her view and a two-sentence quote ""); the developer "said in a statement" (a plan "") and "the statement said" (an offer of record "W", "Those offers stand." ""); the appeal period "W"; a residents\' association chairman (a quote-in-paraphrase with "i.e." ""); the statistics office through according to "W" (ADVERTISEMENT, Editor\'s picks list of full headline sentences with figures, an author box with a one-sentence bio and a follow/email row, publisher line split at "DAC." before "Registered in Ireland No. 418836." and the registered office, phone line, copyright split at "DAC.", footer links)',
    'Trinidad and Tobago SPORT report on a daily\'s site, a T20 cricket final won by 13 runs: a live scores ticker (cricket and football with a minute mark) at the head; masthead; a weather and currency strip; menu and section label; headline "W"; byline and date line; share line; a lead in capitals "W"; the opener\'s innings "W" and his question quote in dialect "?” ... asked afterwards." with its continuation ""; the bowling spell and the score at 12 overs "W"; the losing captain (a paraphrase with a quoted word and a two-sentence quote ""); a video title with its running time "B"; a photo caption "" and its credit in capitals; the winning coach (players from the programme "W", a quote ending "!” he said." and its continuation ""); the zone council (prize money "W", "It said" a plan ""); "11 p.m." ending a sentence before "Gate receipts ..., the council said." "W" (ADVERTISEMENT, MORE IN SPORT list of full headline sentences with figures, a comment count, a handle, time, a two-sentence comment and reply row, publisher line split at "Limited." before the registered office, phone and email line, copyright split at "Limited.", footer links)',
    'Australian BUSINESS story on a regional news site (Queensland), an airline drops its only route to Brisbane: masthead; a weather strip with fire danger; menu and section label; headline "..., council says" carrying the regional council "W"; byline, "+ Follow" and an Updated/first published line; share line; a paywall of three sentences and a button row; the council said "W"; the mayor (losses "W", a two-sentence quote ""); council figures through according to and "The figures show" as written "W"; the airline with "Pty Ltd" (a causal claim "W", "It said" a refund plan ""); "Pty Ltd." ending a sentence before "Its contract ends in March, the council said." "W"; video chrome with a running time, the video caption "" and its credit; an oncologist with "Dr" dropped (patients "W", a question quote and "I honestly don\'t know." ""); "The mayor said" (a plan ""); federal statistics through according to "W"; the chamber of commerce president (an opinion "") (ADVERTISEMENT, Trending list of full headline sentences with figures, an acknowledgement of country, publisher line with ABN, address and phone line, copyright, footer links)',
]

ARTICLES = [
    [
        [
            ("Cookies on the Quarrendby Gazette", "", "", "B"),
        ],
        [
            (
                "We and about 140 partners store small files on your device to keep this site working, to count how many people read each story and to choose which adverts you see.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Some of those partners rely on legitimate interest rather than your consent, and you can object to that from the settings screen.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nothing you choose here stops you reading the news, and you can change your mind later from the Privacy link at the bottom of every page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept all     Reject all     Choose settings", "", "", "B"),
        ],
        [
            ("THE QUARRENDBY GAZETTE", "", "", "B"),
        ],
        [
            ("News   Sport   Business   Property   Notices   Puzzles   Subscribe", "", "", "B"),
        ],
        [
            (
                "Black bins to be emptied every three weeks from April as council chases £1.4m saving",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opposition councillors say the change was rushed and that big families will struggle",
                "Opposition councillors",
                "say",
                "",
            ),
        ],
        [
            ("By Perpetua Cloudesleigh", "", "", "B"),
        ],
        [
            ("+ Follow", "", "", "B"),
        ],
        [
            ("Wednesday 18 November 2026, 9:47pm", "", "", "B"),
        ],
        [
            ("Share   Post   Email   Copy link", "", "", "B"),
        ],
        [
            (
                "Recycling crates stacked outside homes on Smithymoor Road on Wednesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Gazette / Aurelio Quimbersley", "", "", "B"),
        ],
        [
            (
                "Households in Quarrendby will have their black general-waste bins emptied once every three weeks from April 2027, after the borough council's cabinet voted 7-2 on Wednesday night to cut collections.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The change covers about 61,400 homes and is expected to save £1.4 million a year, according to a report to cabinet.",
                "a report to cabinet",
                "according to",
                "W",
            ),
            (
                "Food waste will still be collected every week and recycling every fortnight, the report says.",
                "the report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Cllr Imelda Sparrowhithe (Lab), the council's leader, said the authority faced a gap of £9.2m in next year's budget.",
                "Imelda Sparrowhithe",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody went into politics to empty bins less often,” she said.",
                "Imelda Sparrowhithe",
                "said",
                "",
            ),
            (
                "“But every pound we don't spend on diesel is a pound we can spend on home care, and I'd rather make that choice than shut another day centre.”",
                "Imelda Sparrowhithe",
                "said",
                "",
            ),
        ],
        [
            (
                "She said larger bins would be offered to households of six or more and to families with two children in nappies.",
                "Imelda Sparrowhithe",
                "said",
                "",
            ),
        ],
        [
            (
                "The opposition leader, Cllr Dunstan Gillyflower (Con), said fly-tipping had risen in four of the six councils in the region that had already made the same switch.",
                "Dunstan Gillyflower",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Has anybody on that side of the chamber actually walked down a back alley in August?” he asked.",
                "Dunstan Gillyflower",
                "asked",
                "",
            ),
            (
                "“Because I have, and I wouldn't wish it on them.”",
                "Dunstan Gillyflower",
                "asked",
                "",
            ),
        ],
        [
            (
                "The council recorded 2,318 fly-tipping incidents in 2025/26, up from 1,977 the year before, its own figures show.",
                "its own figures",
                "show",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Bins left out with the lid more than 5cm open will not be emptied, council officers told the meeting.",
                "council officers",
                "told the meeting",
                "W",
            ),
            (
                "Every household will be sent a new calendar in February and a helpline will open on 1 March, they said.",
                "council officers",
                "said",
                "",
            ),
        ],
        [
            (
                "The residents' group Quarrendby Streets Alive collected 3,150 signatures against the plan in five weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Its chair, Rosamund Sheepwashby, said the group would ask the scrutiny committee to call the decision in.",
                "Rosamund Sheepwashby",
                "said",
                "",
            ),
            ("“We're not against recycling,” she said.", "Rosamund Sheepwashby", "said", ""),
            ("“We're against being told after the fact.”", "Rosamund Sheepwashby", "said", ""),
        ],
        [
            ("The decision can be called in until 5pm on Wednesday 25 November.", "", "", ""),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            (
                "1. Driver, 23, jailed for 14 months after crash that left cyclist with broken pelvis on Whinmoorby Lane",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "2. Quarrendby Market to shut for six weeks from 4 January while £780,000 roof repair is carried out",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (3)", "", "", "B"),
        ],
        [
            ("wheeliebin_warrior", "", "", "B"),
        ],
        [
            ("2 hours ago", "", "", "B"),
        ],
        [
            ("Three weeks with two teenagers in the house.", "", "", "B"),
            ("Good luck to whoever opens my bin in July.", "", "", "B"),
        ],
        [
            ("Reply   Like 41", "", "", "B"),
        ],
        [
            ("The Quarrendby Gazette is published by Whinmoorby Media Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 07718264.", "", "", "B"),
        ],
        [
            ("Newsroom: 01632 960418  |  Adverts: 01632 960552", "", "", "B"),
        ],
        [
            ("© 2026 Whinmoorby Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy   Cookies   Terms   Contact us   Advertise with us", "", "", "B"),
        ],
    ],
    [
        [
            ("Ntoboase News would like to send you notifications.", "", "", "B"),
            (
                "We will only alert you to breaking stories, never more than five a day, and you can switch them off in your browser whenever you like.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Allow     Not now", "", "", "B"),
        ],
        [
            ("NTOBOASE NEWS", "", "", "B"),
        ],
        [
            (
                "USD/GHS 11.46 ▲0.2%   GBP/GHS 14.81 ▼0.1%   Gold $2,714/oz ▲0.6%   Cocoa $6,920/t ▼1.3%",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home   News   Politics   Business   Health   Sports   Entertainment   Opinion   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Cholera: 214 cases, three deaths recorded in Abronkwa as health officials close two wells",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kwesi Dampteh", "", "", "B"),
        ],
        [
            ("Thursday, 19 November 2026 at 8:41 am", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Share on WhatsApp", "", "", "B"),
        ],
        [
            ("A health worker tests water drawn from a well at Sraha Beach, Abronkwa.", "", "", ""),
        ],
        [
            ("Photo credit: Ntoboase News", "", "", "B"),
        ],
        [
            (
                "At least 214 people have been treated for cholera in the Abronkwa Municipality of the Central Region since 2 November, and three of them have died, the Abronkwa Municipal Health Directorate said on Wednesday.",
                "the Abronkwa Municipal Health Directorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "The municipal director of health services, Dr. Araba Ekyemfowa, said 131 of the cases had come from three fishing communities, Sraha Beach, Kokodomase and Asekyerem Aboano.",
                "Araba Ekyemfowa",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said two wells at Sraha Beach had tested positive for the bacterium and had been sealed on Tuesday.",
                "Araba Ekyemfowa",
                "said",
                "W",
            ),
            (
                "“People are still fetching from the lagoon side... we are pleading with them to stop,” she said.",
                "Araba Ekyemfowa",
                "said",
                "",
            ),
        ],
        [
            (
                "Of the 214 patients, 187 have been discharged, 24 are still on admission and three died, according to the directorate.",
                "the directorate",
                "according to",
                "W",
            ),
            (
                "Two of those who died were children under five, it said.",
                "the Abronkwa Municipal Health Directorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Ekyemfowa said her team expected more cases over the weekend because the results of 40 samples were still pending.",
                "Araba Ekyemfowa",
                "said",
                "",
            ),
            (
                "A treatment centre with 30 beds has been set up at the Abronkwa Municipal Hospital, she said.",
                "Araba Ekyemfowa",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Municipal Chief Executive, Jonas Afenyo-Tetteyfio, said the assembly had released GH¢180,000 for chlorine, oral rehydration salts and two water tankers.",
                "Jonas Afenyo-Tetteyfio",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We will not allow this to become a repeat of 2014,” he said.",
                "Jonas Afenyo-Tetteyfio",
                "said",
                "",
            ),
        ],
        [
            (
                "He said a clean-up exercise would begin on Saturday at 6 a.m. and that traders who sold food near open drains would be moved.",
                "Jonas Afenyo-Tetteyfio",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "At Sraha Beach on Wednesday, fish seller Ernestina Assifuah-Brew sat beside a bucket of smoked herring that she said nobody would buy.",
                "Ernestina Assifuah-Brew",
                "said",
                "",
            ),
        ],
        [
            ("“Where else will we get water?” she said.", "Ernestina Assifuah-Brew", "said", ""),
            (
                "“The tanker came once, on Monday, and it was finished by 10 o'clock.”",
                "Ernestina Assifuah-Brew",
                "said",
                "",
            ),
        ],
        [
            (
                "The Central Region recorded 1,406 cholera cases and 19 deaths between January and October, according to the Ghana Health Service's weekly bulletin.",
                "the Ghana Health Service's weekly bulletin",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Health officials urge residents to wash their hands with soap, drink only boiled or treated water and report to a health facility at the first sign of watery diarrhoea.",
                "Health officials",
                "urge",
                "",
            ),
        ],
        [
            ("TRENDING", "", "", "B"),
        ],
        [
            (
                "Police arrest 17 suspects after clash over land at Gomoa Atwedzikrom that left two people injured",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Cocoa farmers in Western North to receive GH¢1,200 bonus per tonne, board confirms",
                "",
                "",
                "B",
            ),
        ],
        [
            ("28 Comments", "", "", "B"),
        ],
        [
            ("kofi_bright_gh", "", "", "B"),
        ],
        [
            ("Nov 19, 2026 at 9:12 am", "", "", "B"),
        ],
        [
            ("Every year the same story for the same beaches.", "", "", "B"),
            ("Where is the money for toilets they promised in 2023?", "", "", "B"),
        ],
        [
            ("Reply    👍 63", "", "", "B"),
        ],
        [
            ("Ntoboase News is owned and run by Ahenkwa Digital Media Ltd.", "", "", "B"),
            ("P.O. Box AN 7714, Accra-North.", "", "", "B"),
            ("Newsroom: +233 30 290 4471.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Ntoboase News.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us  |  Advertise  |  Privacy Policy  |  Terms  |  Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("BALITANAW DIGITAL", "", "", "B"),
        ],
        [
            (
                "Metro Manila 29°C  Rain  |  Signal No. 2 up in 11 areas  |  Tap for the storm tracker",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Regions   Weather   Business   Sports   Showbiz   Lifestyle   Opinion   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Storm Ambuyog forces 3,800 families from homes in Albay; classes suspended in 9 towns",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Rowelyn Pacatang-Ybiernas", "", "", "B"),
        ],
        [
            ("Published November 17, 2026 5:10 PM", "", "", "B"),
            ("Updated November 17, 2026 9:32 PM", "", "", "B"),
        ],
        [
            ("🔗  f  𝕏  ✉", "", "", "B"),
        ],
        [
            ("You have read all four of this week's free stories.", "", "", "B"),
            (
                "Sign in with your email and we will open four more for you, no card needed.",
                "",
                "",
                "B",
            ),
            ("Or take a Balitanaw pass and read as much as you like for ₱99 a month.", "", "", "B"),
        ],
        [
            ("Sign in     See passes", "", "", "B"),
        ],
        [
            (
                "LEGAZPI CITY — Some 3,800 families in low-lying villages of Albay were moved to evacuation centres on Tuesday as Tropical Storm Ambuyog neared the Bicol coast, the provincial disaster office said.",
                "the provincial disaster office",
                "said",
                "W",
            ),
        ],
        [
            (
                "The state weather bureau said the storm was 210 kilometers east of Catanduanes at 4 p.m., moving west at 15 km/h with maximum sustained winds of 75 km/h and gusts of up to 90 km/h.",
                "the state weather bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tropical Cyclone Wind Signal No. 2 was raised over 11 areas, including Albay, Sorsogon and Catanduanes, the bureau said.",
                "the bureau",
                "said",
                "W",
            ),
            (
                "It said the storm could make landfall over Catanduanes or the northern tip of Albay late Wednesday or early Thursday.",
                "the state weather bureau",
                "said",
                "",
            ),
        ],
        [
            (
                "Albay disaster office chief Emerito Casipagan said 14 of the province's 18 towns and cities had opened evacuation centres, and that 1,240 families were still being moved by truck from villages along the Kalibunan river.",
                "Emerito Casipagan",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We would rather move them today and send them home on Friday than pull them off their roofs on Thursday,” he said.",
                "Emerito Casipagan",
                "said",
                "",
            ),
        ],
        [
            ("▶  WATCH: Waves hit the seawall in Legazpi as Signal No. 2 is raised", "", "", "B"),
        ],
        [
            ("1:47", "", "", "B"),
        ],
        [
            (
                "Waves break over the seawall along the Legazpi boulevard on Tuesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Video: Balitanaw Digital / Rhandel Pabalate", "", "", "B"),
        ],
        [
            ("Up next: Farmers rush to harvest rice ahead of storm (0:58)", "", "", "B"),
        ],
        [
            (
                "Classes at all levels were suspended on Wednesday in nine towns and in the cities of Legazpi, Matibagon and Pinaglambo, local governments announced.",
                "local governments",
                "announced",
                "W",
            ),
        ],
        [
            (
                "In Sto. Benigno, Mayor Leonora Tumbagahan-Ricaforte said the town had pre-positioned 2,600 food packs and 40 sacks of rice.",
                "Leonora Tumbagahan-Ricaforte",
                "said",
                "W",
            ),
            ("“Are we ready?” she asked.", "Leonora Tumbagahan-Ricaforte", "asked", ""),
            ("“Ask me on Friday.”", "Leonora Tumbagahan-Ricaforte", "asked", ""),
        ],
        [
            (
                "Sea travel from Matibagon port and Panlumbay wharf was suspended from noon, stranding 612 passengers, the Office of Civil Defense regional office said.",
                "the Office of Civil Defense regional office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fisherman Danilo Pagsibigan, 52, pulled his banca up onto the road in Barangay Pinagtalaban on Tuesday morning, tying it to an electric post.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Last time, in 2020, we lost three boats on this beach, mine was one of them!” he said.",
                "Danilo Pagsibigan",
                "said",
                "W",
            ),
        ],
        [
            (
                "The weather bureau said rainfall of 100 to 200 millimeters was possible in Albay and Camarines Sur through Thursday, which could cause flooding and landslides near Mt. Mayon's gullies.",
                "The weather bureau",
                "said",
                "",
            ),
        ],
        [
            ("Editor's picks", "", "", "B"),
        ],
        [
            (
                "Rice prices in Metro Manila markets rose ₱3 a kilo in two weeks, agriculture department monitoring shows",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Davao council approves 8% rise in garbage fees after 3-hour debate", "", "", "B"),
        ],
        [
            ("Bicol Karagatans beat Iloilo 88-81 to stay unbeaten in regional league", "", "", "B"),
        ],
        [
            ("Balitanaw Digital is a publication of Balitanaw Media Group, Inc.", "", "", "B"),
            ("7/F Kisapmata Tower, 112 Sgt. Lumabras Ave., Quezon City 1103.", "", "", "B"),
        ],
        [
            ("Hotline: (02) 8841 7305", "", "", "B"),
        ],
        [
            (
                "The use of any content from this site without written permission is not allowed.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Balitanaw Media Group, Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About   Careers   Advertise   Privacy   Terms of Use", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ARDWELLICK FOGHORN", "", "", "B"),
        ],
        [
            ("Local   Courts   Business   Sports   Opinion   Obituaries   E-Edition", "", "", "B"),
        ],
        [
            ("Local / Courts", "", "", "B"),
        ],
        [
            (
                "Roofing firm fined $84,000 after worker's six-metre fall in Port Ardwellick",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Worker's mother says he still can't climb the stairs at home without help",
                "Glenys Brumbelow",
                "says",
                "W",
            ),
        ],
        [
            ("Corran Weddlestone", "", "", "B"),
        ],
        [
            ("Follow", "", "", "B"),
        ],
        [
            ("Published Nov. 20, 2026 at 4:55 p.m.", "", "", "B"),
        ],
        [
            ("This story is one of the ones our subscribers pay for.", "", "", "B"),
            (
                "For about the price of a coffee a month you get every court story, council vote and high school game we cover, plus the e-edition.",
                "",
                "",
                "B",
            ),
            (
                "It's $1 a week for the first 12 weeks, then $4.99 a week, and you can stop from your account page whenever you want.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Start my subscription     I already subscribe", "", "", "B"),
        ],
        [
            (
                "PORT ARDWELLICK, N.S. — A roofing company has been fined $84,000 after one of its workers fell more than six metres from a house roof in Port Ardwellick in 2024 and broke his back.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Brackenfeld Roofing Ltd. pleaded guilty in provincial court on Friday to one count under the Occupational Health and Safety Act of failing to make sure a worker used fall protection.",
                "",
                "",
                "W",
            ),
            ("Two other counts were withdrawn by the Crown.", "", "", "W"),
        ],
        [
            (
                "Crown attorney Sabine Ollerwick told the court that Tavish Brumbelow, then 25, was working on the roof of a two-storey house on Winsomeleigh Cres. on Aug. 14, 2024, without a harness or a guardrail.",
                "Sabine Ollerwick",
                "told the court",
                "W",
            ),
            (
                "She said the company had harnesses in its truck that day, but nobody had been told to put them on.",
                "Sabine Ollerwick",
                "said",
                "W",
            ),
        ],
        [
            ("“This was not bad luck,” she said.", "Sabine Ollerwick", "said", ""),
            ("“It was a choice made every morning on that site.”", "Sabine Ollerwick", "said", ""),
        ],
        [
            (
                "The fine is made up of a $73,000 penalty and an $11,000 victim surcharge.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Judge Halvard Pennycastle also ordered the company to put all 19 of its employees through a fall-protection course by March 31.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The court cannot give Mr. Brumbelow his back,” Pennycastle said.",
                "Halvard Pennycastle",
                "said",
                "",
            ),
            (
                "“What it can do is make sure the next roofer goes home at the end of the day.”",
                "Halvard Pennycastle",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "In a victim impact statement read to the court by Ollerwick, Brumbelow's mother, Glenys Brumbelow, wrote that her son had spent 11 weeks in hospital in Halifax.",
                "Glenys Brumbelow",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "“He still can't get up the stairs in our house without help,” she wrote.",
                "Glenys Brumbelow",
                "wrote",
                "W",
            ),
            (
                "“He was going to take over his uncle's boat next spring.”",
                "Glenys Brumbelow",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Defence lawyer Osric Pelladine-Crosse said the company had since bought a new roof-anchor system and hired a part-time safety officer.",
                "Osric Pelladine-Crosse",
                "said",
                "W",
            ),
            (
                "“My client runs a small family business, and this has shaken all of them,” he said.",
                "Osric Pelladine-Crosse",
                "said",
                "",
            ),
        ],
        [
            (
                "Company owner Leopold Vantassell-Orr, 61, stood and apologized to the Brumbelow family, who sat in the front row.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“I should have been up on that roof checking, and I wasn't,” he said.",
                "Leopold Vantassell-Orr",
                "said",
                "",
            ),
        ],
        [
            ("The company was founded in 1998 as Brackenfeld & Sons Roofing Co.", "", "", "W"),
            ("It has 30 days to pay the fine.", "", "", "W"),
        ],
        [
            (
                "Falls from height caused 212 of the 1,089 lost-time injuries in the province's construction sector in 2025, according to provincial workers' compensation figures.",
                "provincial workers' compensation figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            (
                "Ferry between Port Ardwellick and Scallop Neck cancelled for a third day as winds reach 90 km/h",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Two-vehicle crash closes the highway near exit 14 for five hours", "", "", "B"),
        ],
        [
            ("Saturday's paper, on your tablet.", "", "", "B"),
            (
                "The full e-edition is ready by 6 a.m., flip-page and all, with a crossword you can fill in on the screen.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Open the e-edition", "", "", "B"),
        ],
        [
            (
                "Comments are switched off on this story because it deals with a case before the courts.",
                "",
                "",
                "B",
            ),
            ("We may turn them on once the 30-day appeal period has run out.", "", "", "B"),
        ],
        [
            ("The Ardwellick Foghorn is owned by Brinestow Publishing Inc.", "", "", "B"),
            ("88 Skerrimoor Row, Port Ardwellick, N.S. B0J 2K0.", "", "", "B"),
        ],
        [
            ("Newsroom: 902-555-0147   |   Delivery: 902-555-0163", "", "", "B"),
        ],
        [
            ("© 2026 Brinestow Publishing Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Contact   Advertise   Privacy Policy   Terms of Service   Accessibility",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "LIVE   Cricket  Pūtōrino Hawks 146/4 (17.2 ov) v Pukeatua Rams 176/8 — Hawks need 31 from 16 balls",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Netball  Rangiroa Swifts 48–51 Matawhero Blues  FT", "", "", "B"),
        ],
        [
            ("Rugby  Whetūmoana Ridge 27–19 Pukemahoe Old Boys  FT", "", "", "B"),
        ],
        [
            ("THE TARANAKI WAIRERE COURIER", "", "", "B"),
        ],
        [
            ("New Plymouth 17°  Fine, westerlies  |  High tide 4.51pm", "", "", "B"),
        ],
        [
            ("News   Sport   Rural   Business   Opinion   Death notices   Puzzles", "", "", "B"),
        ],
        [
            ("Sport  ›  Rugby", "", "", "B"),
        ],
        [
            (
                "Whetūmoana Ridge end 17-year wait with 27-19 win over Pukemahoe in club final",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Mereana Ruarangikohu", "", "", "B"),
        ],
        [
            ("5:40pm Sat, Nov 21, 2026", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share by email", "", "", "B"),
        ],
        [
            (
                "Whetūmoana Ridge won the Hemi Vosseler Shield for the first time since 2009 on Saturday, beating Pukemahoe Old Boys 27-19 in the Taranaki club rugby final at Ngārongo Park.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The home side trailed 13-12 at half-time but scored two tries in nine minutes after the break, both from driving mauls.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Whetūmoana's No. 8, Tipene Raukawhero, scored the first of them in the 46th minute and set up the second for hooker J. T. Marumaru-Ferne.",
                "",
                "",
                "W",
            ),
            (
                "Marumaru-Ferne added another in the 71st minute, his 14th try of the season, a club record for a forward.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pukemahoe had lock Ollie Scarrowdene sent to the sin bin for 10 minutes after 58 minutes, and first five Kaea Tahuparae kicked four penalties.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It was not enough to hold back a side that had lost only once since June.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("▶  Highlights: Whetūmoana Ridge v Pukemahoe Old Boys", "", "", "B"),
        ],
        [
            ("4:12", "", "", "B"),
        ],
        [
            (
                "Whetūmoana Ridge players lift the Hemi Vosseler Shield in front of their supporters at Ngārongo Park.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Video: Courier Sport", "", "", "B"),
        ],
        [
            (
                "Whetūmoana coach Rawiri Mokaraka said his players had “run out of excuses” at half-time.",
                "Rawiri Mokaraka",
                "said",
                "",
            ),
        ],
        [
            (
                "“I told them, you've waited your whole lives for this, don't you dare wait another 40 minutes!” he said.",
                "Rawiri Mokaraka",
                "said",
                "",
            ),
            ("“They listened, which doesn't happen often.”", "Rawiri Mokaraka", "said", ""),
        ],
        [
            (
                "Raukawhero, who works on his family's dairy farm outside the town, said he had been milking at 4.30am.",
                "Tipene Raukawhero",
                "said",
                "",
            ),
            (
                "“The cows don't care if it's a final, eh?” he said.",
                "Tipene Raukawhero",
                "said",
                "",
            ),
        ],
        [
            (
                "Pukemahoe coach Graeme Totterdale-Iti said his side had given away 14 penalties, eight of them at the breakdown.",
                "Graeme Totterdale-Iti",
                "said",
                "W",
            ),
        ],
        [
            (
                "“How do you win a final when you're giving them the ball every second minute?” he asked.",
                "Graeme Totterdale-Iti",
                "asked",
                "",
            ),
        ],
        [
            (
                "A crowd of about 4,200 watched the game, the biggest for a club final in the province since 2016, according to the provincial union's figures.",
                "the provincial union's figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Whetūmoana Ridge will play the Manawatū club champions in a challenge match on Dec. 5, if the ground is fit.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            (
                "Man, 34, charged after $60,000 of milking equipment stolen from three farms near Pūrangiwhero",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "District council to spend $4.8m on coastal walkway repairs after October storm",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Petrol in Taranaki now 11 cents a litre dearer than in Auckland, survey finds",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Taranaki Wairere Courier is published by Tuakiri Media Ltd, PO Box 3390, New Plymouth 4340.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Newsroom 06 555 0192   Advertising 06 555 0177", "", "", "B"),
        ],
        [
            (
                "We are a member of the regional press council and follow its principles.",
                "",
                "",
                "B",
            ),
            ("Complaints should go to the editor first, in writing.", "", "", "B"),
        ],
        [
            ("© Tuakiri Media Ltd 2026", "", "", "B"),
        ],
        [
            ("Privacy   Terms   Contact   Subscribe to the print edition", "", "", "B"),
        ],
    ],
    [
        [
            ("Your privacy matters to us.", "", "", "B"),
            (
                "We collect and process personal information in line with the Protection of Personal Information Act, and we use cookies to remember your settings, to measure traffic and to pay for our journalism with advertising.",
                "",
                "",
                "B",
            ),
            (
                "If you carry on browsing without choosing, only the cookies we need to run the site will be set.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept all cookies     Only necessary     Manage", "", "", "B"),
        ],
        [
            ("THE IZINYONI DISPATCH", "", "", "B"),
        ],
        [
            (
                "JSE All Share 91,204.6 ▲0.6%   R/$ 17.84 ▼0.3%   R/€ 19.36   Brent $73.10   Gold $2,714",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News   Business   Politics   Sport   Lifestyle   Opinion   Jobs", "", "", "B"),
        ],
        [
            ("Business › Companies", "", "", "B"),
        ],
        [
            (
                "Dairy processor to close Esiphumulweni plant in March, putting 340 jobs at risk",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Umvotane Dairies says falling milk volumes leave it no choice; union vows to fight",
                "Umvotane Dairies",
                "says",
                "",
            ),
        ],
        [
            ("Lwandisa Gxabhashe", "", "", "B"),
        ],
        [
            ("Follow", "", "", "B"),
        ],
        [
            ("19 November 2026 | 14:26", "", "", "B"),
        ],
        [
            (
                "Umvotane Dairies (Pty) Ltd will close its milk and yoghurt plant at Esiphumulweni in KwaZulu-Natal at the end of March 2027, with the loss of up to 340 jobs, the company said on Thursday.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief executive Hendrik Brandvleier said the plant had processed 212,000 litres a day in 2022 but was down to about 118,000 litres a day this year, as farmers in the area sold their herds or switched to beef.",
                "Hendrik Brandvleier",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have looked at this from every side for 18 months,” he said.",
                "Hendrik Brandvleier",
                "said",
                "",
            ),
            (
                "“A plant built for 250,000 litres cannot stay open on half of that.”",
                "Hendrik Brandvleier",
                "said",
                "",
            ),
        ],
        [
            (
                "He said load-shedding and diesel for the plant's generators had added R31 million to costs over two years.",
                "Hendrik Brandvleier",
                "said",
                "W",
            ),
        ],
        [
            (
                "Production will move to the company's larger plant at Mooihoek Drift, 140km away, which is owned through Umvotane Dairy Holdings Ltd.",
                "",
                "",
                "",
            ),
            (
                "The company said it would offer about 90 workers jobs there and would pay severance to the rest.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Thandeka Mphahlwezi, regional organiser for the Amalgamated Creamery Workers' Union, said the union had only learnt of the closure at a meeting at 8 a.m. on Thursday.",
                "Thandeka Mphahlwezi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“How do you tell 340 families on a Thursday morning that Christmas is the last one with a pay cheque?” she asked.",
                "Thandeka Mphahlwezi",
                "asked",
                "",
            ),
            (
                "She said the union would ask the company to open its books and would refer the matter to the labour court if it had to.",
                "Thandeka Mphahlwezi",
                "said",
                "",
            ),
            ("“We are not going to sign anything this week.”", "Thandeka Mphahlwezi", "said", ""),
        ],
        [
            (
                "The plant is the largest private employer in the uMzinyathi-area town of Esiphumulweni, where about 41% of adults are without work, according to the municipality's latest economic profile.",
                "the municipality's latest economic profile",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The municipality's local economic development manager, Sipho Ngcobondwane, said the council would meet the company next week to ask whether the site could be leased to another processor.",
                "Sipho Ngcobondwane",
                "said",
                "",
            ),
        ],
        [
            (
                "Busisiwe Hlathuza-Mqwebu, 46, who has worked on the yoghurt line for 19 years, sat on a bench outside the gate with her lunch untouched.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“My daughter starts at university next year,” she said.",
                "Busisiwe Hlathuza-Mqwebu",
                "said",
                "",
            ),
            ("“What do I tell her now?”", "Busisiwe Hlathuza-Mqwebu", "said", ""),
        ],
        [
            (
                "Milk production in the province fell 7.4% in the year to September, according to industry figures.",
                "industry figures",
                "according to",
                "W",
            ),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            (
                "Municipality cuts water to 11 suburbs for 36 hours while main pipe is replaced",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Midlands Rhinos beat Highveld Jackals 31-24 to go second on the log", "", "", "B"),
        ],
        [
            ("Comments (41)", "", "", "B"),
        ],
        [
            ("Mfana_wase_Esiphumulweni", "", "", "B"),
        ],
        [
            ("2 hrs ago", "", "", "B"),
        ],
        [
            ("My father worked there when it opened in 1987.", "", "", "B"),
            ("This town is finished without that plant.", "", "", "B"),
        ],
        [
            ("Like (58)   Reply   Report", "", "", "B"),
        ],
        [
            ("The Izinyoni Dispatch is published by Indlovukazi Media (Pty) Ltd.", "", "", "B"),
        ],
        [
            ("4th Floor, Silverleaf House, 19 Nyathela Road, Durban, 4001", "", "", "B"),
        ],
        [
            ("Tel: 031 555 0182   |   Email: newsdesk@izinyoni.example", "", "", "B"),
        ],
        [
            ("© 2026 Indlovukazi Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About   PAIA Manual   Privacy Policy   Terms   Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("Read this in the Suarapadu app", "", "", "B"),
            (
                "Our app opens stories twice as fast, keeps working in the LRT tunnels and lets you pick which alerts you get.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Open the app     Stay on the website", "", "", "B"),
        ],
        [
            ("SUARAPADU", "", "", "B"),
        ],
        [
            (
                "Home   Nation   Courts & Crime   Business   World   Sport   Lifestyle   Videos   Print",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Company director charged with cheating 48 investors of RM1.2mil", "", "", "W"),
        ],
        [
            ("By Puvaneswary Thevakandan", "", "", "B"),
        ],
        [
            ("Thursday, 19 Nov 2026 6:05 PM MYT", "", "", "B"),
        ],
        [
            ("Share   WhatsApp   Telegram   Copy link", "", "", "B"),
        ],
        [
            (
                "Lhoong Boon Liat being led out of the Sessions Court in Shah Alam by police on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture by Suarapadu / Azfar Redzwanshah", "", "", "B"),
        ],
        [
            (
                "SHAH ALAM: A company director pleaded not guilty in the Sessions Court here on Thursday to 12 counts of cheating 48 people of a total of RM1.2mil in a gold investment scheme.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lhoong Boon Liat, 44, is a director of Tembakul Capital Sdn. Bhd.", "", "", "W"),
            (
                "He is accused of persuading the investors to hand over between RM8,000 and RM95,000 each between March 2023 and August 2024, on the promise of monthly returns of 4%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The charges were framed under Section 420 of the Penal Code, which carries a jail term of up to 10 years, whipping and a fine on conviction.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy public prosecutor Nurul Syazwani Rozaidin asked for bail of RM80,000 with two sureties, saying the accused had travelled to Thailand twice since police opened their investigation.",
                "Nurul Syazwani Rozaidin",
                "saying",
                "W",
            ),
        ],
        [
            (
                "Counsel Manvir Singh Mandhalwar, for Lhoong, asked the court to lower the amount, saying his client had surrendered his passport voluntarily and was the sole earner for his wife and three children.",
                "Manvir Singh Mandhalwar",
                "saying",
                "W",
            ),
        ],
        [
            (
                "“He has attended every time the police called him, Yang Arif,” he said.",
                "Manvir Singh Mandhalwar",
                "said",
                "",
            ),
            ("“Where would he run to?”", "Manvir Singh Mandhalwar", "said", ""),
        ],
        [
            (
                "Judge Wan Nurhafizah Wan Tajulariffin allowed bail of RM30,000 with one surety and ordered Lhoong to report to the nearest police station once a month.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("She fixed Jan. 14 for mention.", "", "", "W"),
        ],
        [
            ("▶  Watch: Investors gather outside court as director is charged (1:58)", "", "", "B"),
        ],
        [
            (
                "About 20 people who said they had lost money in the scheme waited outside the courtroom from 8 a.m., some holding copies of their receipts.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Thoon Chwee Hong, 67, a retired lorry driver from Klang, said she had put RM62,000 of her savings into the scheme in 2023.",
                "Thoon Chwee Hong",
                "said",
                "",
            ),
            (
                "“My son told me not to, I didn't listen, and now I am 67 years old with nothing!” she said.",
                "Thoon Chwee Hong",
                "said",
                "",
            ),
        ],
        [
            (
                "Police received 61 reports about the company between September 2024 and June this year, according to the Selangor police commercial crime investigation department.",
                "the Selangor police commercial crime investigation department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The department said it was still tracing about RM400,000 that had been moved to accounts overseas.",
                "The department",
                "said",
                "",
            ),
        ],
        [
            (
                "Malaysians lost RM1.57bil to investment scams last year, according to national police figures.",
                "national police figures",
                "according to",
                "W",
            ),
        ],
        [
            ("TRENDING", "", "", "B"),
        ],
        [
            ("Ringgit ends at 4.4125 against US dollar, strongest close in 11 weeks", "", "", "B"),
        ],
        [
            ("Three killed, five hurt as lorry hits cars at toll plaza near Seremban", "", "", "B"),
        ],
        [
            ("21 comments", "", "", "B"),
        ],
        [
            ("@kakwandi", "", "", "B"),
        ],
        [
            ("4h ago", "", "", "B"),
        ],
        [
            ("4% a month and nobody asked how?", "", "", "B"),
            ("Aiyo, every year same story.", "", "", "B"),
        ],
        [
            ("👍 112   Reply", "", "", "B"),
        ],
        [
            ("Prefer the paper?", "", "", "B"),
            (
                "Get Suarapadu delivered to your door before 7 a.m. for RM35 a month in the Klang Valley, or read every page on your phone in the e-paper from RM12.90.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe to print     Get the e-paper", "", "", "B"),
        ],
        [
            ("Suarapadu Media Sdn. Bhd. (201501024417)", "", "", "B"),
        ],
        [
            (
                "Level 9, Menara Cahaya Kerinci, Jalan Gelugor Tempayan, 46350 Petaling Jaya, Selangor.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tel: 03-7955 0182   Fax: 03-7955 0199", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Suarapadu Media Sdn. Bhd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("About Us   Advertise   Privacy   Terms   PDPA Notice", "", "", "B"),
        ],
    ],
    [
        [
            (
                "ICE STORM WARNING until 6 PM Thursday for Lindhollow, Vantrease and Ashbrim counties",
                "",
                "",
                "B",
            ),
        ],
        [
            ("KQDW 5 NEWS", "", "", "B"),
        ],
        [
            ("Now 29°  Freezing rain  |  Hi 31° Lo 24°  |  5 Alerts", "", "", "B"),
        ],
        [
            (
                "News   Weather   Traffic   Sports   Investigates   Community   Watch Live",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Turn on alerts from KQDW 5?", "", "", "B"),
            (
                "We'll tell you when roads close, schools call off class or a warning is issued for your county.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Yes, turn on     Maybe later", "", "", "B"),
        ],
        [
            ("Weather", "", "", "B"),
        ],
        [
            (
                "Ice storm knocks out power to 41,000 in southwest Missouri; some could be dark until weekend",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Author: Delphine Quagliardo", "", "", "B"),
        ],
        [
            ("Published: 6:52 AM CST November 19, 2026", "", "", "B"),
            ("Updated: 11:18 AM CST November 19, 2026", "", "", "B"),
        ],
        [
            ("▶  WATCH LIVE: KQDW 5 News at 11", "", "", "B"),
        ],
        [
            (
                "BRENLOWE, Mo. — More than 41,000 homes and businesses in southwest Missouri were without power Thursday morning after up to half an inch of ice brought down trees and lines overnight, utilities said.",
                "utilities",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tallowcreek Electric Cooperative said 26,300 of its 58,000 members had no power as of 10 a.m.",
                "Tallowcreek Electric Cooperative",
                "said",
                "W",
            ),
            (
                "The rest of the outages were in the city of Brenlowe and among customers of two smaller co-ops, it said.",
                "Tallowcreek Electric Cooperative",
                "said",
                "W",
            ),
        ],
        [
            (
                "Co-op spokeswoman Lorena Quibbleton-Pryce said crews had found 412 broken poles so far, more than in the whole of the 2021 ice storm.",
                "Lorena Quibbleton-Pryce",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Some of these members are going to be without power into Saturday, and I want to be honest with people about that,” she said.",
                "Lorena Quibbleton-Pryce",
                "said",
                "",
            ),
            (
                "She said 160 line workers from Arkansas and Oklahoma were on their way.",
                "Lorena Quibbleton-Pryce",
                "said",
                "",
            ),
        ],
        [
            (
                "The National Weather Service office in Springfield said another 0.1 to 0.2 inches of ice was possible in the afternoon before temperatures climb above freezing Friday.",
                "The National Weather Service office in Springfield",
                "said",
                "",
            ),
        ],
        [
            ("▶  Video: Trees and lines down across Brenlowe (2:31)", "", "", "B"),
        ],
        [
            (
                "A cedar split by the weight of ice lies across a car on Brushy Fork Road in Brenlowe on Thursday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Video: KQDW 5 / Tobias Renquist-Hale", "", "", "B"),
        ],
        [
            (
                "Lindhollow County Emergency Management Director Jerome Pludderidge Jr. said two warming centers had opened, at the Brenlowe Civic Center and at Ashbrim First Baptist Church, and that 83 people had spent the night at them.",
                "Jerome Pludderidge Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If you're running a generator, keep it outside and at least 20 feet from the house,” he said.",
                "Jerome Pludderidge Jr.",
                "said",
                "",
            ),
            (
                "“We had three families go to the ER with carbon monoxide in 2021.”",
                "Jerome Pludderidge Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "The warming center at the church is being run by volunteers under its pastor, the Rev. Alden Brassingwell Jr.",
                "",
                "",
                "W",
            ),
            (
                "He said it had 120 cots and enough food for three days.",
                "Alden Brassingwell Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Missouri State Highway Patrol said troopers had worked 57 crashes in the region since midnight, none of them fatal.",
                "the Missouri State Highway Patrol",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sixteen school districts canceled classes, including Brenlowe R-IV and Lindhollow County R-II.",
                "",
                "",
                "W",
            ),
            (
                "Brenlowe Technical College said its campus would stay closed through Friday.",
                "Brenlowe Technical College",
                "said",
                "W",
            ),
        ],
        [
            (
                "On Ploverdale Lane, retiree Orville Pennifeather, 78, was sweeping ice off his porch steps by the light of a camping lantern.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Eighty years in these hills and you'd think I'd have bought a generator by now, wouldn't you?” he said.",
                "Orville Pennifeather",
                "said",
                "",
            ),
            ("“My daughter's coming to get me at noon.”", "Orville Pennifeather", "said", ""),
        ],
        [
            ("Trending on KQDW 5", "", "", "B"),
        ],
        [
            (
                "School board votes 4-3 to move Brenlowe High start time to 8:45 a.m. next fall",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Man, 31, arrested after chase that reached 110 mph on Route JJ", "", "", "B"),
        ],
        [
            ("Conversation   47 Comments", "", "", "B"),
        ],
        [
            ("Bev_in_Ashbrim", "", "", "B"),
        ],
        [
            ("52m", "", "", "B"),
        ],
        [
            ("Power's been out since 3 a.m. on our road.", "", "", "B"),
            ("Thank you to the lineman who came by at 7.", "", "", "B"),
        ],
        [
            ("Like 19   Reply", "", "", "B"),
        ],
        [
            ("KQDW 5 is owned by Oakvarrow Broadcasting Group, Inc.", "", "", "B"),
        ],
        [
            ("1900 Lenhardt Ave., Brenlowe, MO 65899   |   Newsroom: (417) 555-0138", "", "", "B"),
        ],
        [
            (
                "FCC Public Inspection File   |   EEO Report   |   Closed Captioning Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 KQDW-TV.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Today's paper, page by page.", "", "", "B"),
            (
                "The e-paper of Daily Taskeen is ready at 5 a.m. with every city edition, and subscribers can download it as a PDF for offline reading.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read today's e-paper", "", "", "B"),
        ],
        [
            ("DAILY TASKEEN", "", "", "B"),
        ],
        [
            (
                "KSE-100 118,402.55 ▲612.30 (0.52%)   USD/PKR 281.40   Gold (10g) Rs372,100   Petrol Rs259.86/ltr",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home   Pakistan   Islamabad   Rawalpindi   Business   Sport   World   Opinion   E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Rawalpindi", "", "", "B"),
        ],
        [
            ("Dengue cases in Rawalpindi cross 1,200 as hospitals open extra wards", "", "", "W"),
        ],
        [
            ("Our Correspondent", "", "", "B"),
        ],
        [
            ("November 18, 2026", "", "", "B"),
        ],
        [
            ("Share   Tweet   WhatsApp", "", "", "B"),
        ],
        [
            (
                "RAWALPINDI: The number of confirmed dengue cases in Rawalpindi district this season rose to 1,214 on Tuesday, with 386 of them reported in the past seven days, health officials said.",
                "health officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "Seven patients have died since August, and 211 are being treated in the city's three teaching hospitals and two district hospitals, according to the district health authority's daily report.",
                "the district health authority's daily report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "District health officer Dr. Mudassir Hamdaniwala said 64 extra beds had been set aside in dengue wards since Friday.",
                "Mudassir Hamdaniwala",
                "said",
                "W",
            ),
            (
                "“The numbers should start to fall once night temperatures drop below 15 degrees, but we are not there yet,” he said.",
                "Mudassir Hamdaniwala",
                "said",
                "",
            ),
        ],
        [
            (
                "He said larvae had been found at 2,980 sites in the district this month, most of them in water tanks, old tyres, flower pots, etc.",
                "Mudassir Hamdaniwala",
                "said",
                "W",
            ),
            (
                "About 60% of the sites were inside homes, he said.",
                "Mudassir Hamdaniwala",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deputy Commissioner Zohaib Kharalzai said the administration had sealed 37 tyre shops and 12 construction sites over standing water and that police had registered 142 cases against property owners.",
                "Zohaib Kharalzai",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody will be spared, whether it is a government office or a private house,” he said.",
                "Zohaib Kharalzai",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Of the confirmed cases, 41% came from five union councils along the city's main nullah, the report shows.",
                "the report",
                "shows",
                "W",
            ),
        ],
        [
            (
                "At a teaching hospital's dengue ward on Tuesday, Muhammad Shakeel Qalandrani sat beside his 11-year-old son, who had been admitted two days earlier with a platelet count of 38,000.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“The spray van came to our street once in September, and after that nobody came, so who do I complain to?” he asked.",
                "Muhammad Shakeel Qalandrani",
                "asked",
                "",
            ),
            (
                "He said his son's count had climbed to 71,000 by the morning.",
                "Muhammad Shakeel Qalandrani",
                "said",
                "",
            ),
        ],
        [
            (
                "Entomologist Dr. Ayesha Tarnawazi of the city's public health institute said the season had started about three weeks later than usual because of the late monsoon.",
                "Ayesha Tarnawazi",
                "said",
                "W",
            ),
            (
                "“That means the tail may also run later, i.e. into the first week of December,” she said.",
                "Ayesha Tarnawazi",
                "said",
                "",
            ),
        ],
        [
            (
                "The district recorded 3,412 dengue cases and 19 deaths in 2025, according to official figures.",
                "official figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Health officials advised residents to empty water containers once a week, use nets and repellents, and go to a hospital if a fever lasts more than two days.",
                "Health officials",
                "advised",
                "",
            ),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("Petrol price cut by Rs4.20 per litre for next fortnight", "", "", "B"),
        ],
        [
            ("Feeder bus fares in Rawalpindi to rise from Rs30 to Rs40 on December 1", "", "", "B"),
        ],
        [
            ("Comments (9)", "", "", "B"),
        ],
        [
            ("Ahmed R.", "", "", "B"),
        ],
        [
            ("Nov 18, 2026 10:42am", "", "", "B"),
        ],
        [
            ("Same story every year.", "", "", "B"),
            ("Where was the spraying in July and August?", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("Comments are moderated and do not reflect the views of Daily Taskeen.", "", "", "B"),
        ],
        [
            (
                "Daily Taskeen is published by Taskeen Publications (Pvt.) Ltd., 14-C Zarafshan Plaza, Noorbagh Road, Islamabad.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Phone: +92 51 555 0147   Email: letters@taskeen.example", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Taskeen Publications (Pvt.) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us   Contact   Advertise   Privacy Policy   Terms of Use", "", "", "B"),
        ],
    ],
    [
        [
            ("We value your privacy", "", "", "B"),
        ],
        [
            (
                "The Ballyquirke Clarion and 212 of its partners use cookies and similar technologies to store and read information on your device.",
                "",
                "",
                "B",
            ),
            (
                "We do this to show you personalised ads and content, to measure how ads and content perform, and to understand our audiences.",
                "",
                "",
                "B",
            ),
            (
                "You can accept, refuse, or pick which purposes you allow, and you can come back and change your choice through the Privacy Settings link in the footer at any time.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("I Accept     I Do Not Accept     More Options", "", "", "B"),
        ],
        [
            ("THE BALLYQUIRKE CLARION", "", "", "B"),
        ],
        [
            (
                "News   Sport   Property   Farming   Notices   Community   Opinion   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Planning", "", "", "B"),
        ],
        [
            (
                "Council refuses plan for 96 homes on Ballyquirke's Mossbawn Road over traffic and sewage fears",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Aoibheann Clonrushe", "", "", "B"),
        ],
        [
            ("Follow", "", "", "B"),
        ],
        [
            ("Tue, 17 Nov 2026 at 07:00", "", "", "B"),
        ],
        [
            ("Share   Save   Comment", "", "", "B"),
        ],
        [
            ("Keep reading with a free Clarion account.", "", "", "B"),
            (
                "It takes under a minute, it costs nothing, and it lets you read up to ten local stories a month and comment on them.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up with email     Log in", "", "", "B"),
        ],
        [
            (
                "Planners at the county council have refused permission for 96 homes on the edge of Ballyquirke, Co. Kildare, finding that the town's wastewater plant could not take the extra load.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Drumsheelin Developments Ltd. had applied in June to build 58 houses and 38 apartments on a 4.1-hectare field off Mossbawn Road, beside St. Cuanna's GAA grounds.",
                "",
                "",
                "W",
            ),
            ("The field is zoned for housing in the county development plan.", "", "", "W"),
        ],
        [
            (
                "The wastewater plant, run by a state water utility, is operating at 97% of its capacity, the planners' report says.",
                "the planners' report",
                "says",
                "W",
            ),
            (
                "It says an upgrade is not expected before 2029.",
                "the planners' report",
                "says",
                "W",
            ),
        ],
        [
            (
                "The planners also found that the junction of Mossbawn Road and the R4127 would need a signal-controlled crossing before any homes could be occupied, according to the report.",
                "the report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Some 184 submissions were lodged against the scheme, most of them from residents of Ardnagreer Park and Bawnlea Close.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Local councillor Gráinne Cloonbrannagh (FF) said she welcomed the decision but that the town still needed homes.",
                "Gráinne Cloonbrannagh",
                "said",
                "",
            ),
        ],
        [
            (
                "“My own two lads are 27 and 30 and they're still in the box room,” she said.",
                "Gráinne Cloonbrannagh",
                "said",
                "",
            ),
            (
                "“So I'm not going to cheer a refusal, but you can't put 96 families on a sewage plant that's already full.”",
                "Gráinne Cloonbrannagh",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Drumsheelin Developments said in a statement that it was “disappointed” and would study the decision before deciding whether to appeal to the planning appeals board.",
                "Drumsheelin Developments Ltd.",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "“We offered to pay €640,000 towards the water upgrade and a new footpath to the school,” the statement said.",
                "Drumsheelin Developments Ltd.",
                "the statement said",
                "W",
            ),
            ("“Those offers stand.”", "Drumsheelin Developments Ltd.", "the statement said", ""),
        ],
        [
            ("The company has four weeks to lodge an appeal.", "", "", "W"),
        ],
        [
            (
                "Senan Tarrashee, chairman of Ardnagreer Park Residents' Association, said the group was not opposed to housing on the site “in the right order, i.e. pipes first, then houses”.",
                "Senan Tarrashee",
                "said",
                "",
            ),
        ],
        [
            (
                "Ballyquirke's population grew by 18% between 2016 and 2022, to 9,870, according to the Central Statistics Office.",
                "the Central Statistics Office",
                "according to",
                "W",
            ),
        ],
        [
            ("Editor's picks", "", "", "B"),
        ],
        [
            (
                "Gardaí seize €210,000 of cannabis in search of house near Ballyquirke railway station",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kildare farmers face 40% rise in fertiliser bill as spring prices set, co-op warns",
                "",
                "",
                "B",
            ),
        ],
        [
            ("About the author", "", "", "B"),
        ],
        [
            (
                "Aoibheann Clonrushe is the Clarion's planning and local authority correspondent.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow Aoibheann   ✉ Email Aoibheann", "", "", "B"),
        ],
        [
            (
                "The Ballyquirke Clarion is published by Clarion Regional Newspapers DAC.",
                "",
                "",
                "B",
            ),
            ("Registered in Ireland No. 418836.", "", "", "B"),
            (
                "Registered office: Unit 6, Tobarnalee Business Park, Ballyquirke, Co. Kildare, W91 X4T2.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Newsroom: (045) 555 0194   |   Advertising: (045) 555 0177", "", "", "B"),
        ],
        [
            ("© 2026 Clarion Regional Newspapers DAC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Settings   Cookie Policy   Terms   Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            (
                "LIVE SCORES   T20 Final: Morne Tamarind Titans 171/6 (20) beat Bois Tirite Jaguars 158/9 (20) by 13 runs   |   Football: Pepperwood Rangers 1–1 Pitchwood Vale Heights (78')",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE MORIVALE MIRROR", "", "", "B"),
        ],
        [
            ("Port of Spain 31°C  Partly cloudy  |  TT$1 = US$0.147", "", "", "B"),
        ],
        [
            ("News   Sport   Business   Entertainment   Letters   Columns   E-Paper", "", "", "B"),
        ],
        [
            ("Sport / Cricket", "", "", "B"),
        ],
        [
            (
                "Titans lift Central T20 crown as Boodlalsingh-Crewe hits 74 off 41 balls",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Shervon Pasquall-Bhagwansingh", "", "", "B"),
        ],
        [
            ("Sunday, November 22, 2026", "", "", "B"),
        ],
        [
            ("Share this:   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "MORNE TAMARIND Titans won the Central Zone T20 title for the second time in three years last night, beating Bois Tirite Jaguars by 13 runs in front of a full house at the Kasdeo Memorial Ground in Morne Tamarind.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opener Vishan Boodlalsingh-Crewe made 74 off 41 balls, with six sixes and five fours, as the Titans posted 171 for six after being sent in.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“You know how long I waiting to bat in a final under lights?” Boodlalsingh-Crewe asked afterwards.",
                "Vishan Boodlalsingh-Crewe",
                "asked",
                "",
            ),
            (
                "“Since I was 12 years old, watching my father play on this same ground.”",
                "Vishan Boodlalsingh-Crewe",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Jaguars were well placed at 102 for two after 12 overs, but leg-spinner Kemuel Bissoondyal-Frank took four for 22, including the wicket of captain Tevaughn Ramgoolie-Brathwick for 48.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ramgoolie-Brathwick said his side had “panicked” once the required rate climbed past 11 an over.",
                "Tevaughn Ramgoolie-Brathwick",
                "said",
                "",
            ),
            (
                "“We had the game and we give it away,” he said.",
                "Tevaughn Ramgoolie-Brathwick",
                "said",
                "",
            ),
            ("“That is on me.”", "Tevaughn Ramgoolie-Brathwick", "said", ""),
        ],
        [
            ("▶  Watch: Boodlalsingh-Crewe's six sixes   3:05", "", "", "B"),
        ],
        [
            (
                "Kemuel Bissoondyal-Frank celebrates the wicket of Tevaughn Ramgoolie-Brathwick at the Kasdeo Memorial Ground last night.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: SHANE PERSADIE-LOUBON", "", "", "B"),
        ],
        [
            (
                "Titans coach Anslem Boissierre-Lutchman said 11 of his 15 players had come through the club's under-17 programme.",
                "Anslem Boissierre-Lutchman",
                "said",
                "W",
            ),
        ],
        [
            (
                "“People laughed at us when we started that programme in 2019!” he said.",
                "Anslem Boissierre-Lutchman",
                "said",
                "",
            ),
            ("“Look who laughing now.”", "Anslem Boissierre-Lutchman", "said", ""),
        ],
        [
            (
                "The winners take home TT$150,000 and the runners-up TT$75,000, the Central Zone Cricket Council said.",
                "the Central Zone Cricket Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said the two finalists would play the South Zone champions in a three-match series starting on Dec. 5, weather permitting.",
                "the Central Zone Cricket Council",
                "said",
                "",
            ),
        ],
        [
            (
                "About 6,500 spectators, many waving Titans flags made from old bedsheets, stayed until the trophy was handed over shortly after 11 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Gate receipts of TT$212,400 were a record for the competition, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("MORE IN SPORT", "", "", "B"),
        ],
        [
            (
                "Windies A squad for Sri Lanka tour includes three uncapped players from Trinidad",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Pitchwood Vale Heights coach fined TT$5,000 after touchline row with referee",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (27)", "", "", "B"),
        ],
        [
            ("Tamarind_Tabanca", "", "", "B"),
        ],
        [
            ("1 hour ago", "", "", "B"),
        ],
        [
            ("What a knock by Boodlalsingh-Crewe!", "", "", "B"),
            ("Selectors, all yuh watching?", "", "", "B"),
        ],
        [
            ("Reply   👍 44", "", "", "B"),
        ],
        [
            ("The Morivale Mirror is published by Morivale Newspapers Limited.", "", "", "B"),
            ("Registered office: 17–19 Bhagmatti Street, Port of Spain.", "", "", "B"),
        ],
        [
            ("Tel: (868) 555-0142   |   Email: sports@morivale.example", "", "", "B"),
        ],
        [
            ("© 2026 Morivale Newspapers Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About   Contact   Advertise   Privacy   Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MULLINDARRA MERIDIAN", "", "", "B"),
        ],
        [
            ("Mullindarra 33°  Sunny, fire danger HIGH   |   Tomorrow 35°", "", "", "B"),
        ],
        [
            ("News   Sport   Business   Rural   Property   Opinion   Puzzles   Video", "", "", "B"),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            (
                "Sunwattle Air to drop Mullindarra–Brisbane flights from February 2, council says",
                "Mullindarra Regional Council",
                "says",
                "W",
            ),
        ],
        [
            ("Tamsin Orchardleigh-Pike", "", "", "B"),
        ],
        [
            ("+ Follow", "", "", "B"),
        ],
        [
            ("Updated November 19 2026 - 3:12pm, first published 11:45am", "", "", "B"),
        ],
        [
            ("Share   Print   A A", "", "", "B"),
        ],
        [
            ("Thanks for reading the Meridian.", "", "", "B"),
            (
                "You've opened your last free story for this month, and we'd love you to keep going.",
                "",
                "",
                "B",
            ),
            (
                "Join now for $2 a week for the first three months and back the only newsroom that covers Mullindarra full time.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Join now     Log in", "", "", "B"),
        ],
        [
            (
                "Regional airline Sunwattle Air will stop flying between Mullindarra and Brisbane from February 2, ending a route it has run since 2008, Mullindarra Regional Council said on Thursday.",
                "Mullindarra Regional Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Wilhelmina Trevasken-Lowe said the airline had told the council by letter on Monday that the route had lost $3.1 million in the 2025-26 financial year.",
                "Wilhelmina Trevasken-Lowe",
                "said",
                "W",
            ),
        ],
        [
            (
                "“It's a kick in the guts for a town this size,” she said.",
                "Wilhelmina Trevasken-Lowe",
                "said",
                "",
            ),
            (
                "“People fly out of here for chemo, for court, for the specialist, and now they'll be driving five and a half hours each way.”",
                "Wilhelmina Trevasken-Lowe",
                "said",
                "",
            ),
        ],
        [
            (
                "The route carried 41,200 passengers in 2025-26, down from 58,900 in 2018-19, according to council figures.",
                "council figures",
                "according to",
                "W",
            ),
            (
                "The figures show the airport earns about $1.4 million a year in landing and passenger fees, nearly two-thirds of it from Sunwattle.",
                "The figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "In a statement, Sunwattle Air Pty Ltd said fewer business travellers, higher fuel costs and a shortage of pilots had made the route “unsustainable”.",
                "Sunwattle Air Pty Ltd",
                "said",
                "W",
            ),
            (
                "It said passengers booked on flights after February 1 would get a full refund, and that the 72-seat turboprop used on the route would move to its Cairns base.",
                "Sunwattle Air Pty Ltd",
                "said",
                "",
            ),
        ],
        [
            (
                "Ground handling at the airport is done under contract by Kalbarrow Aviation Services Pty Ltd.",
                "",
                "",
                "W",
            ),
            ("Its contract ends in March, the council said.", "the council", "said", "W"),
        ],
        [
            ("▶  Video: Passengers react at Mullindarra airport", "", "", "B"),
        ],
        [
            ("2:08", "", "", "B"),
        ],
        [
            (
                "Passengers check in for the afternoon Sunwattle flight to Brisbane at Mullindarra airport on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Video: Meridian / Callum Yeldhamby", "", "", "B"),
        ],
        [
            (
                "Dr Rosalind Achterwyke, who runs the oncology clinic at Mullindarra Base Hospital, said 312 patients had flown to Brisbane for treatment through the state's travel subsidy scheme in the past year.",
                "Rosalind Achterwyke",
                "said",
                "W",
            ),
            (
                "“What do I say to a 70-year-old on chemo who now has to spend 11 hours in a car?” she asked.",
                "Rosalind Achterwyke",
                "asked",
                "",
            ),
            ("“I honestly don't know.”", "Rosalind Achterwyke", "asked", ""),
        ],
        [
            (
                "The mayor said the council would ask two other airlines whether they would take over the route and would write to the state transport minister about a subsidy.",
                "Wilhelmina Trevasken-Lowe",
                "said",
                "",
            ),
        ],
        [
            (
                "Regional airports in Queensland handled 4.2% fewer passengers in 2025 than in 2019, according to federal aviation statistics.",
                "federal aviation statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mullindarra Chamber of Commerce president Yseult McIlwraith-Vane said the loss of the route would hurt the town's mining contractors most, as many fly in on Monday mornings and out on Friday afternoons.",
                "Yseult McIlwraith-Vane",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            (
                "Mullindarra water restrictions move to level 3 as dam falls to 31% capacity",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Mullindarra Quandongs win first grand final in 14 years with 2-point thriller",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "We acknowledge the traditional custodians of the lands on which we work, and pay our respects to Elders past and present.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Mullindarra Meridian is published by Wirrabelah Plains Media Pty Ltd, ABN 41 555 019 882.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("41 Quondong Lane, Mullindarra QLD 4833   |   Newsroom (07) 5555 0186", "", "", "B"),
        ],
        [
            ("© 2026 Wirrabelah Plains Media Pty Ltd", "", "", "B"),
        ],
        [
            ("About us   Contact   Advertise   Privacy   Terms and conditions   Help", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n111-en-question-asked",
        "“Has anybody on that side of the chamber actually walked down a back alley in August?” he asked. “Because I have, and I wouldn't wish it on them.”",
        [
            "“Has anybody on that side of the chamber actually walked down a back alley in August?” he asked.",
            "“Because I have, and I wouldn't wish it on them.”",
        ],
    ),
    (
        "n111-en-said-quote",
        "Its chair, Rosamund Sheepwashby, said the group would ask the scrutiny committee to call the decision in. “We're not against recycling,” she said. “We're against being told after the fact.”",
        [
            "Its chair, Rosamund Sheepwashby, said the group would ask the scrutiny committee to call the decision in.",
            "“We're not against recycling,” she said.",
            "“We're against being told after the fact.”",
        ],
    ),
    (
        "n111-en-ltd-registered",
        "The Quarrendby Gazette is published by Whinmoorby Media Ltd. Registered in England and Wales No. 07718264.",
        [
            "The Quarrendby Gazette is published by Whinmoorby Media Ltd.",
            "Registered in England and Wales No. 07718264.",
        ],
    ),
    (
        "n111-gh-dr-ellipsis",
        "She said two wells at Sraha Beach had tested positive for the bacterium and had been sealed on Tuesday. “People are still fetching from the lagoon side... we are pleading with them to stop,” she said.",
        [
            "She said two wells at Sraha Beach had tested positive for the bacterium and had been sealed on Tuesday.",
            "“People are still fetching from the lagoon side... we are pleading with them to stop,” she said.",
        ],
    ),
    (
        "n111-gh-question-said",
        "“Where else will we get water?” she said. “The tanker came once, on Monday, and it was finished by 10 o'clock.”",
        [
            "“Where else will we get water?” she said.",
            "“The tanker came once, on Monday, and it was finished by 10 o'clock.”",
        ],
    ),
    (
        "n111-ph-no-raised",
        "Tropical Cyclone Wind Signal No. 2 was raised over 11 areas, including Albay, Sorsogon and Catanduanes, the bureau said. It said the storm could make landfall over Catanduanes or the northern tip of Albay late Wednesday or early Thursday.",
        [
            "Tropical Cyclone Wind Signal No. 2 was raised over 11 areas, including Albay, Sorsogon and Catanduanes, the bureau said.",
            "It said the storm could make landfall over Catanduanes or the northern tip of Albay late Wednesday or early Thursday.",
        ],
    ),
    (
        "n111-ph-sto-mayor",
        "In Sto. Benigno, Mayor Leonora Tumbagahan-Ricaforte said the town had pre-positioned 2,600 food packs and 40 sacks of rice. “Are we ready?” she asked. “Ask me on Friday.”",
        [
            "In Sto. Benigno, Mayor Leonora Tumbagahan-Ricaforte said the town had pre-positioned 2,600 food packs and 40 sacks of rice.",
            "“Are we ready?” she asked.",
            "“Ask me on Friday.”",
        ],
    ),
    (
        "n111-ca-cres-aug",
        "Crown attorney Sabine Ollerwick told the court that Tavish Brumbelow, then 25, was working on the roof of a two-storey house on Winsomeleigh Cres. on Aug. 14, 2024, without a harness or a guardrail. She said the company had harnesses in its truck that day, but nobody had been told to put them on.",
        [
            "Crown attorney Sabine Ollerwick told the court that Tavish Brumbelow, then 25, was working on the roof of a two-storey house on Winsomeleigh Cres. on Aug. 14, 2024, without a harness or a guardrail.",
            "She said the company had harnesses in its truck that day, but nobody had been told to put them on.",
        ],
    ),
    (
        "n111-ca-wrote-quote",
        "“He still can't get up the stairs in our house without help,” she wrote. “He was going to take over his uncle's boat next spring.”",
        [
            "“He still can't get up the stairs in our house without help,” she wrote.",
            "“He was going to take over his uncle's boat next spring.”",
        ],
    ),
    (
        "n111-ca-co-it",
        "The company was founded in 1998 as Brackenfeld & Sons Roofing Co. It has 30 days to pay the fine.",
        [
            "The company was founded in 1998 as Brackenfeld & Sons Roofing Co.",
            "It has 30 days to pay the fine.",
        ],
    ),
    (
        "n111-nz-no-initials",
        "Whetūmoana's No. 8, Tipene Raukawhero, scored the first of them in the 46th minute and set up the second for hooker J. T. Marumaru-Ferne. Marumaru-Ferne added another in the 71st minute, his 14th try of the season, a club record for a forward.",
        [
            "Whetūmoana's No. 8, Tipene Raukawhero, scored the first of them in the 46th minute and set up the second for hooker J. T. Marumaru-Ferne.",
            "Marumaru-Ferne added another in the 71st minute, his 14th try of the season, a club record for a forward.",
        ],
    ),
    (
        "n111-nz-excl-said",
        "“I told them, you've waited your whole lives for this, don't you dare wait another 40 minutes!” he said. “They listened, which doesn't happen often.”",
        [
            "“I told them, you've waited your whole lives for this, don't you dare wait another 40 minutes!” he said.",
            "“They listened, which doesn't happen often.”",
        ],
    ),
    (
        "n111-za-ltd-the",
        "Production will move to the company's larger plant at Mooihoek Drift, 140km away, which is owned through Umvotane Dairy Holdings Ltd. The company said it would offer about 90 workers jobs there and would pay severance to the rest.",
        [
            "Production will move to the company's larger plant at Mooihoek Drift, 140km away, which is owned through Umvotane Dairy Holdings Ltd.",
            "The company said it would offer about 90 workers jobs there and would pay severance to the rest.",
        ],
    ),
    (
        "n111-za-question-she",
        "“How do you tell 340 families on a Thursday morning that Christmas is the last one with a pay cheque?” she asked. She said the union would ask the company to open its books and would refer the matter to the labour court if it had to. “We are not going to sign anything this week.”",
        [
            "“How do you tell 340 families on a Thursday morning that Christmas is the last one with a pay cheque?” she asked.",
            "She said the union would ask the company to open its books and would refer the matter to the labour court if it had to.",
            "“We are not going to sign anything this week.”",
        ],
    ),
    (
        "n111-my-sdnbhd-he",
        "Lhoong Boon Liat, 44, is a director of Tembakul Capital Sdn. Bhd. He is accused of persuading the investors to hand over between RM8,000 and RM95,000 each between March 2023 and August 2024, on the promise of monthly returns of 4%.",
        [
            "Lhoong Boon Liat, 44, is a director of Tembakul Capital Sdn. Bhd.",
            "He is accused of persuading the investors to hand over between RM8,000 and RM95,000 each between March 2023 and August 2024, on the promise of monthly returns of 4%.",
        ],
    ),
    (
        "n111-my-retiree-excl",
        "Thoon Chwee Hong, 67, a retired lorry driver from Klang, said she had put RM62,000 of her savings into the scheme in 2023. “My son told me not to, I didn't listen, and now I am 67 years old with nothing!” she said.",
        [
            "Thoon Chwee Hong, 67, a retired lorry driver from Klang, said she had put RM62,000 of her savings into the scheme in 2023.",
            "“My son told me not to, I didn't listen, and now I am 67 years old with nothing!” she said.",
        ],
    ),
    (
        "n111-us-coop-am",
        "Tallowcreek Electric Cooperative said 26,300 of its 58,000 members had no power as of 10 a.m. The rest of the outages were in the city of Brenlowe and among customers of two smaller co-ops, it said.",
        [
            "Tallowcreek Electric Cooperative said 26,300 of its 58,000 members had no power as of 10 a.m.",
            "The rest of the outages were in the city of Brenlowe and among customers of two smaller co-ops, it said.",
        ],
    ),
    (
        "n111-us-jr-he",
        "The warming center at the church is being run by volunteers under its pastor, the Rev. Alden Brassingwell Jr. He said it had 120 cots and enough food for three days.",
        [
            "The warming center at the church is being run by volunteers under its pastor, the Rev. Alden Brassingwell Jr.",
            "He said it had 120 cots and enough food for three days.",
        ],
    ),
    (
        "n111-us-question-said",
        "“Eighty years in these hills and you'd think I'd have bought a generator by now, wouldn't you?” he said. “My daughter's coming to get me at noon.”",
        [
            "“Eighty years in these hills and you'd think I'd have bought a generator by now, wouldn't you?” he said.",
            "“My daughter's coming to get me at noon.”",
        ],
    ),
    (
        "n111-pk-dr-hospitals",
        "District health officer Dr. Mudassir Hamdaniwala said 64 extra beds had been set aside in dengue wards since Friday. “The numbers should start to fall once night temperatures drop below 15 degrees, but we are not there yet,” he said.",
        [
            "District health officer Dr. Mudassir Hamdaniwala said 64 extra beds had been set aside in dengue wards since Friday.",
            "“The numbers should start to fall once night temperatures drop below 15 degrees, but we are not there yet,” he said.",
        ],
    ),
    (
        "n111-pk-etc-about",
        "He said larvae had been found at 2,980 sites in the district this month, most of them in water tanks, old tyres, flower pots, etc. About 60% of the sites were inside homes, he said.",
        [
            "He said larvae had been found at 2,980 sites in the district this month, most of them in water tanks, old tyres, flower pots, etc.",
            "About 60% of the sites were inside homes, he said.",
        ],
    ),
    (
        "n111-pk-question-asked",
        "“The spray van came to our street once in September, and after that nobody came, so who do I complain to?” he asked. He said his son's count had climbed to 71,000 by the morning.",
        [
            "“The spray van came to our street once in September, and after that nobody came, so who do I complain to?” he asked.",
            "He said his son's count had climbed to 71,000 by the morning.",
        ],
    ),
    (
        "n111-ie-ltd-had",
        "Drumsheelin Developments Ltd. had applied in June to build 58 houses and 38 apartments on a 4.1-hectare field off Mossbawn Road, beside St. Cuanna's GAA grounds. The field is zoned for housing in the county development plan.",
        [
            "Drumsheelin Developments Ltd. had applied in June to build 58 houses and 38 apartments on a 4.1-hectare field off Mossbawn Road, beside St. Cuanna's GAA grounds.",
            "The field is zoned for housing in the county development plan.",
        ],
    ),
    (
        "n111-ie-report-it",
        "The wastewater plant, run by a state water utility, is operating at 97% of its capacity, the planners' report says. It says an upgrade is not expected before 2029.",
        [
            "The wastewater plant, run by a state water utility, is operating at 97% of its capacity, the planners' report says.",
            "It says an upgrade is not expected before 2029.",
        ],
    ),
    (
        "n111-ie-statement-said",
        "“We offered to pay €640,000 towards the water upgrade and a new footpath to the school,” the statement said. “Those offers stand.”",
        [
            "“We offered to pay €640,000 towards the water upgrade and a new footpath to the school,” the statement said.",
            "“Those offers stand.”",
        ],
    ),
    (
        "n111-tt-question-asked",
        "“You know how long I waiting to bat in a final under lights?” Boodlalsingh-Crewe asked afterwards. “Since I was 12 years old, watching my father play on this same ground.”",
        [
            "“You know how long I waiting to bat in a final under lights?” Boodlalsingh-Crewe asked afterwards.",
            "“Since I was 12 years old, watching my father play on this same ground.”",
        ],
    ),
    (
        "n111-tt-pm-gate",
        "About 6,500 spectators, many waving Titans flags made from old bedsheets, stayed until the trophy was handed over shortly after 11 p.m. Gate receipts of TT$212,400 were a record for the competition, the council said.",
        [
            "About 6,500 spectators, many waving Titans flags made from old bedsheets, stayed until the trophy was handed over shortly after 11 p.m.",
            "Gate receipts of TT$212,400 were a record for the competition, the council said.",
        ],
    ),
    (
        "n111-au-figures-show",
        "The route carried 41,200 passengers in 2025-26, down from 58,900 in 2018-19, according to council figures. The figures show the airport earns about $1.4 million a year in landing and passenger fees, nearly two-thirds of it from Sunwattle.",
        [
            "The route carried 41,200 passengers in 2025-26, down from 58,900 in 2018-19, according to council figures.",
            "The figures show the airport earns about $1.4 million a year in landing and passenger fees, nearly two-thirds of it from Sunwattle.",
        ],
    ),
    (
        "n111-au-ltd-its",
        "Ground handling at the airport is done under contract by Kalbarrow Aviation Services Pty Ltd. Its contract ends in March, the council said.",
        [
            "Ground handling at the airport is done under contract by Kalbarrow Aviation Services Pty Ltd.",
            "Its contract ends in March, the council said.",
        ],
    ),
    (
        "n111-au-dr-question",
        "Dr Rosalind Achterwyke, who runs the oncology clinic at Mullindarra Base Hospital, said 312 patients had flown to Brisbane for treatment through the state's travel subsidy scheme in the past year. “What do I say to a 70-year-old on chemo who now has to spend 11 hours in a car?” she asked. “I honestly don't know.”",
        [
            "Dr Rosalind Achterwyke, who runs the oncology clinic at Mullindarra Base Hospital, said 312 patients had flown to Brisbane for treatment through the state's travel subsidy scheme in the past year.",
            "“What do I say to a 70-year-old on chemo who now has to spend 11 hours in a car?” she asked.",
            "“I honestly don't know.”",
        ],
    ),
]
