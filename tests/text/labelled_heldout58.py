"""Held-out hand-labelled pages for the hint engines (round thirty-six): a fifty-eighth held-out
set, never tuned on. Twelve WHOLE pages, head to tail, in the styles issue 13 names, each pasted
from a named kind of site with that site's own furniture in its own wording: three pages pasted
with their navigation, cookie or consent block and paywall (a US metro daily in Oregon with a
metered wall, an English regional daily with a consent wall and a premium wall, a New Zealand
news site with a cookie notice and a premium lock); wire copy on the agency's own site with its
credits ("Reporting by ...; ... Editing by ...", Ghana); local news (a Wisconsin weekly); sport
(an English local paper's football match report); science (a Danish streetlight study on a
science news site); a live blog with time stamps (a wildfire in British Columbia); an interview
in Q&A form (a Philippine regional daily); a press release (a US newswire distribution site,
Kentucky); an opinion column (an Irish regional weekly); and a business story with figures (a
Malaysian business daily). The pages hold 545 sentences: 282 "B", 149 "W" and 114 "", with 148
sentences carrying a speaker (67 distinct speakers). `STYLES` names the site, the story, the
speakers and the furniture in order for each page.

Written from scratch for issue 13 in round thirty-six, before any rule was tuned on it and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The brief's folder was listed (it held
the brief, a second note and a scoring script); the brief was read, and the other two files were
never opened. One listing printed by mistake the name of the one file in the search tool's folder
(a README, not opened); no search, look-up or fetch was made. What was read for the format: the
module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); a listing, printed by a script of my own, of the module docstring, the import
line, `STYLES`, the first two pages and the first eight `CASES` of `labelled_new79.py` and
`labelled_new80.py`. The terminal cut the first printing of the `labelled_new79.py` listing in the
middle, so both listings were saved to files in /tmp and printed in parts with `sed`: of
`labelled_new79.py`, its docstring, `STYLES` and the start of its first page (its first printing
had shown the tail of its second page and its eight cases; the rest of its two pages was never
seen); of `labelled_new80.py`, its docstring, `STYLES` and eight cases (its two pages were never
printed). Also read: `build` in `labelled_articles.py` (a `grep -n "def build" -A15` listing) and
the `[tool.ruff]` tables of `pyproject.toml` (a `grep -A12` listing). No other page, case or
docstring of any file under `tests/` was read, and nothing was copied from anywhere. What was run:
read-only `git status --short` runs (the first listed one file under `claimreview/text/` as
modified by someone else, name only, not opened; the last listed only this file, untracked); `ls tests/text` counted and filtered to the names `labelled_new8*`
and `labelled_heldout5*`; `ls -la tests/` and a listing of its folders (names only); a Python
one-liner printing the calendar of 2026 to check weekdays; scripts of my own in /tmp that turn a
small line format into the literals below, rename coined names, cut the split cases out of the
pages and count sentences, flags, speakers and cues; an import of this file with `build` on every
page (with an import hook that would refuse any `claimreview` import; none was attempted); a checking script of my own (four fields, flags, a cue for every speaker and a speaker for
every cue, no speaker on furniture, the sentence count, every split case occurring in a built page
and joining back to its sentences); whole-word case-insensitive counts over `tests/` of every
capitalised word of these pages and speakers (each part of a hyphenated name on its own) and of
every candidate replacement (`grep -rilw ... | wc -l`, file counts only), counts of the outlet
names as phrases (`grep -rilF ... | wc -l`), and two runs that listed only the NAMES of the files
holding a few hit words, to see whether the hits sat in one file (they did not: they were spread
over nine labelled files, held-out ones among them; none was opened and no line was printed); and
`ruff format` / `ruff check` on this file. A first draft hit about a hundred and thirty coined
surnames, places, outlets, firms, brands and teams of other files under `tests/` (some only once);
each was renamed, and only replacements with no hit were kept. What still hits is given names
(Ethan, Jamie, Oskar, Rogelio, Mette, Efua, Kofi, Priyanka and the like), the name part Mohd,
titles, outlet words (Sentinel, Courant, Argus, Pioneer, Chronicle, Standard, Daily), common words
used in coined street, district and brand names (Orchard, Flats, Cattle, Wood, Pocket, Harvest,
Heights and the like) and the real settings listed below.

Every person, town, village, neighbourhood, street, ground, hospital, club, school district,
transit agency, measure number, company, brand, firm, union name, institute, journal, outlet,
wire, distributor, photographer and number is invented. Real countries, states, provinces,
regions, big cities, roads and public bodies appear only as settings, with invented figures and
invented people in their offices: the United States, Oregon and the Oregon Department of
Transportation; England and Wales (in a company line) and the Liberal Democrats (a group on a
council); New Zealand, Dunedin, State Highway 1 and Health New Zealand; Ghana, Accra, Kumasi,
Sefwi, the Ghana Cocoa Board (Cocobod), Ivory Coast, Abidjan, Togo, New York and London (cocoa
futures) and the CFA franc; Wisconsin, Milwaukee and the U.S. Census Bureau; Denmark, Jutland,
Aarhus, Copenhagen and the Norwegian University of Life Sciences; British Columbia, Kelowna,
Highway 97, the BC Wildfire Service, DriveBC, the RCMP and Alberta; the Philippines, Albay,
Legazpi City, Mayon Volcano, PAGASA and the province's disaster office; Kentucky, Bowling Green,
Dayton, Ohio, Fort Wayne, Ind., Chattanooga, Tenn. and the Kentucky Economic Development Finance
Authority; Ireland and Tidy Towns (in a bio); Malaysia, Kuala Lumpur, Sabah, Indonesia, Bursa
Malaysia, the FBM KLCI and the Malaysian Palm Oil Board. Facebook, X, WhatsApp and Telegram
appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state hold too: furniture "B" line by line; a caption by its
content and its credit "B"; a headline never split at a comma or a colon; titles and roles
dropped from speakers ("Cllr", "Engr.", "Mayor", "General manager"); pronouns and later surnames
resolved to the full name as first given; organisations, documents and data kept as written;
decisions, votes, dates fixed, figures of record and an institution's expected date "W"; hedges,
hopes, intentions, forecasts, opinions, feelings, scene and advice ""; sport data lines "".

Judgement calls this set had to make, in the same spirit:

* Walls and banners. Every sentence of a cookie notice or consent wall is "B", the one that counts
  partners too, and so is each line of its buttons. A metered or premium wall pasted in the middle
  of the story is "B" line by line; "Current subscriber? Sign in to keep reading.", "Already a
  member? Log in" and "Already subscribed? Log in to continue." are two "B" sentences each, split
  after the question mark, and a price line with "Cancel anytime." is two.
* Captions. A caption describing the scene is ""; a caption stating checkable figures ("...
  maternity unit has six beds and delivered 212 babies last year.") is "W"; the credit is "B"
  whether it sits in the caption's paragraph ("Ruben Osterwick-Vill / The Sentinel", "(Image:
  ...)") or on a line of its own.
* Wire page. The summary heading is "B" and the summary lines are story, labelled by content;
  "Growers' union says ..." carries the union as the body names it ("the Cocoa Growers' Union of
  Ghana"). The dateline belongs to the lead. "Cocobod said" is resolved to the board as first
  given ("the Ghana Cocoa Board"). The credits line with its semicolons is one "B" sentence; "Our
  Standards: ..." and the licensing link are "B".
* Live blog. Time stamps, "Pinned", entry bylines ("— Nadia Feltwick-Odukoyo"), the "What we know"
  heading, the greeting and the stay-with-us line are "B"; the points under "What we know" and the
  entry headlines are story, labelled by content ("Residents describe rushed departure ..." is "").
  The help box at the end (a registration line, a phone line) is "B" like a contact line.
* Q&A. Answers carry the interviewee with the cue "A:", the prefix kept at the head of the first
  sentence. The interviewer's statement before a question is a sentence of its own: "W" without a
  speaker when it states a checkable fact ("Q: Your office's budget this year is ₱186 million."),
  and "Q: Some residents told the Sentinel ..." carries "Some residents" with the cue "told the
  Sentinel". A sentence with a colon ("But I will say it plainly: a television can be replaced, a
  child cannot.") is one sentence.
* Press release. The release's own voice carries no speaker, except its dateline lead "... today
  announced plans ..." (the company, cue "announced"), and the quoted people. The "About ..."
  heading is "B" and its sentences are story ("W", like the numbered notes to editors of earlier
  sets); the web-address line, the forward-looking statements (heading and every sentence), the
  media contact lines, "SOURCE ..." and the distributor's own promo are "B".
* Opinion column. The columnist's own lines carry no speaker: her scene, opinions and proposals
  are "", her figures and dates "W". The standfirst "..., writes Nuala Cregan" carries her with the
  cue "writes" (flags "", an opinion). The headline "Parking meters won't save the Square. People
  will" is two sentences, split at the full stop. The views-are-the-writer's note is "B".
* Business story. A ticker strip is "B"; the key-figures heading is a story subhead ("") and its
  lines are "W" sentences without stops, like the at-a-glance box of earlier sets. The analyst's
  "We are keeping our hold call." and the broker's target-price cut are decisions of record ("W");
  the company's prospects and the analysts' labour-shortage note are forecasts (""). "Kenneth Hii
  Ding Sieng" is given family name in the middle, and "Hii said" resolves to the full name.
* Science story. A scientist's explanation of a mechanism ("Moths are drawn to short wavelengths
  ...") is a checkable claim ("W"); her caveat (cue "cautioned") and the outside expert's view (cue
  "called", then "said") are ""; "The researchers also found" carries "The researchers". The
  study-details line with "et al." and a DOI is one "B" sentence.
* Sport. Goals, minutes, an injury and the league position are "W"; play described is "";
  "Dewsbridge-Laneham confirmed" is a cue as written. "Teams" is a title ("B"); line-ups, subs,
  bookings, referee and attendance are sport data ("").
* People and documents. "Another trader, who sells fabric and asked not to be named" is labelled
  "Another trader"; "A survey commissioned by the council found" keeps the survey as written, "The
  same survey found" too. A private person's own circumstances (a shop owner's falling sales, a
  pregnant woman's first labour) are ""; her account of what an institution did ("after an RCMP
  officer knocked on the door just after noon") is "W". Generic nouns are kept as written ("the
  agency", "the council", "The council", "the district", "The district", "the regional district",
  "the planter", "The group", "the municipality"); "it said" resolves to the name as first given.
  Channels after the verb stay in the cue ("said in a news release", "said in a filing with Bursa
  Malaysia", "said in a note to clients", "told the Standard", "told Monday's meeting").

Splits. "No. 14", "Sept. 6", "26-241", "0.62%", "6 p.m. at", "a.m. PT |", "12:04, 10 JUN 2026",
"£6.8m,", "5:00am,", "Photo / ...", "(Calvane) -", "($3,520)", "3,379.20", "64-kg", "1415 GMT,",
"2024/25", "W. Mill St., Pinehollow, WI 54488", "Harlan E. Stuebe", "Aug. 4,", "2-1", "5:48 pm",
"(Ossaikwe 87)", "et al.,", "DOI: 10.4402/jane.2026.0193", "B.C.", "6:52 p.m. PT,", "410 Larchwater
Dr., from 9 a.m. to 10 p.m. daily", "*5599", "Engr. Rogelio", "(APDRRMO)", "₱186 million",
"₱48-million", "Sto. Niño", "Ky., June 9, 2026 /ReleaseLine/ --", "Ind.;", "Tenn.,", "€1.50",
"5-3", "Ltd. 2026", "KUALA LUMPUR:", "RM312.6 million", "13.8 sen", "(-11.1%)", "Sdn Bhd
(198701004412)." never split a sentence wrongly; "“I would have loved to hand it on." before
"Nobody wanted it.”", "She said: “I know ... three generations." before "We have not taken",
"said: “That's what this club is about." before "We don't know", "Got a story tip?" before "Email
news@ferngate.co.nz", "Parking meters won't save the Square." before "People will", the
imperatives of the column ("... enforce it." / "Put a bus ..." / "Let the empty units ..."), and
lines without a stop (menus, strips, list lines, team lines, key-figure lines) each end one; a
straight-quoted sentence followed by "said Kofi Badusei, the union's general secretary." is one
sentence.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word
from these pages (consecutive lines joined by a newline, sentences of one line by a space): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US metro daily's site in Oregon pasted whole with its cookie banner and a metered paywall in the middle of the story, a transit agency cuts six bus routes after voters reject a payroll tax (cookie heading, a consent paragraph with a quoted link name, Accept all / Reject all / Customize settings buttons, masthead, date and e-Paper strip with pipes and a $ offer, menu, section label in capitals, headline, dek with a vote and a semicolon, byline with a pipe, published and updated line with a.m. PT and p.m. PT, share strip with a comment count, caption with No. 14 and a credit with a slash, a lead with Sept. 6 and a 5-2 vote, according to a staff report, a general manager who told the board then said after her quote, according to the county elections division with Measure 26-241 and percentages, a rider named with her age whose quote runs on, a meter notice in two sentences, an access pitch, a price line and Cancel anytime, Get started, Current subscriber? and Sign in to keep reading, a dissenting board member whose figure of record sits beside his opinion, a vote of record without a speaker, ADVERTISEMENT, a spokesperson with a date and 6 p.m. then Macrennie said and he said, according to a ridership report, the rider's closing quote, a reporter's bio with an email and a phone number, a subscription plea in two sentences, a more-from list, footer links, copyright in two sentences)",
    "English regional daily's site with a consent wall and a premium paywall, a Victorian market hall is to close for 18 months for roof repairs (consent heading, a consent paragraph in two sentences, buttons in capitals, masthead in capitals, skip link, menu, breadcrumb with ›, PREMIUM label, headline with £6.8m, standfirst, byline with a role, a time-first date line in capitals with Updated, bookmark and share strip, a scene caption and an (Image: ...) credit in one paragraph, the borough council has confirmed, A survey commissioned by the council found, according to a cabinet report, a cabinet member with Cllr and a quote fragment, a quote opening She said: and running over two paragraphs in the British way, a premium notice, an access pitch with 6am, a price line, Subscribe, Already a member? and Log in, the council said and it said, a butcher with a year of record and his quotes, an unnamed trader who asked not to be named, a hall history line, Article continues below, an opposition leader's claim with a quote fragment, a council spokesperson's answer, a reopening date, newsletter heading, strapline, email box and a sign-up note in two sentences, comment count, most-read list, footer links, copyright and a company-number line)",
    "New Zealand national news site with a cookie notice and a premium lock, a small-town hospital stops births for 10 weeks because it cannot staff its maternity unit (cookie notice in two sentences, Got it / Manage cookies, brand in capitals, log-in strip, menu, Premium label, section label, headline, standfirst with a distance, byline name, role line and a time-first date line on three lines, share line, a caption that states checkable figures and a Photo / credit, Health New Zealand said yesterday then the agency said, according to the district with 9.5 and 4.2 midwives, a group director's dates and her two quotes, Unlock this story, an access pitch with $2 a week, Subscribe now, Already subscribed? and Log in to continue., a pregnant woman's feelings and private circumstances, the agency's arrangements of record, a local MP's record and quotes, In a statement, Health New Zealand said and It said with a review date, according to Health New Zealand data, a reporter's bio, a tip line with a question and an email, more-from list, footer links, copyright)",
    "Wire agency's own site carrying its copy from Ghana with its credits, a cocoa board raises the farmgate price 14% to fight smuggling (brand, menu, sign-in strip, section label, headline, byline of two reporters, date line with middle dots and GMT+1 and a relative update time, share strip, a caption with a date and a slash credit, a licensing link, Summary heading and three summary lines that are story, one of them with union says, an ACCRA, June 11 (Calvane) - dateline carrying the board said on Thursday, a conversion in brackets, a chief executive who told a news conference with a decimal cedi figure, she said, a straight-quoted quote, Cocobod said resolved to the board, a comparison with Ivory Coast in CFA francs, the union said in a statement, its general secretary named after his quote, futures with 1415 GMT, an analyst named after her quote, according to board figures, the board's expected crop, a reporting, writing and editing line with semicolons, an Our Standards line, the licensing link again, a reporter's bio in two sentences, Read Next list, footer links, a market-data note, copyright in two sentences)",
    "Wisconsin weekly's local news site, a village's only grocery store will close after 71 years (top strip with pipes, masthead, weather widget with a degree sign, menu with Legals, section label, headline, byline with a staff line, short date, share strip, caption and a credit with a pipe, a lead of record without a speaker, the owner's attempt to sell, her quote split inside the marks, the nearest store without a speaker, the owner's own sales figures, staff numbers, a pharmacy closing date, a village board president's meeting date with 7 p.m., his idea and his quote, according to the U.S. Census Bureau, an 81-year-old resident's quotes, a county centre's bus trips with Aug. 4 and director ... said at the end, his hedge, reporter's email line, tags, most-popular list with an obituary headline with an initial, comments heading and a log-in note in two sentences, address line with W. Mill St., and WI, copyright with Co.)",
    "English local paper's sport section, a football match report in which a substitute heads a stoppage-time winner (masthead in capitals, sign-in strip, menu with Rugby League and Motors, breadcrumb with ›, headline with a score and a colon, byline, role line, date line with pm, share, caption and Picture: credit, goals, minutes and an injury of record without a speaker, play described without a claim, a manager's quote opening said: and running over two paragraphs in the British way, Dewsbridge-Laneham confirmed, the away manager's quote fragment, league position and what Town must do, Teams title and line-up, subs, bookings, referee and attendance lines that are data, more-on list, newsletter line with a colon, footer links, copyright in two sentences)",
    "Science news site's environment story on a Danish study of amber streetlights and moths (brand in capitals, menu, section path with a slash, headline with a comparison, dek with a figure, byline, date, read time, an editorial-process note in two sentences, caption and Credit: line, researchers at an institute report in a journal, method lines without a speaker, a lead author named after her figures, her explanations of mechanism as checkable claims, Advertisement, The researchers found, a consequence without a speaker, a caveat with cautioned, a correction of method, a Related: headline mid-story, an outside entomologist who called the results a phrase and his quotes, according to the municipality with kroner, the team's hope, newsletter pitch and Sign up, a study-details line with et al. and a DOI, an editor's bio in two sentences, topics line, you-might-also-like list, footer links, copyright with ApS)",
    "Canadian regional daily's live blog of a wildfire in British Columbia with time stamps in reverse order (masthead in capitals, subscribe strip, menu with B.C., LIVE label, headline with a colon and figures, last-updated line with p.m. PT, staff byline, share strip, a What we know heading and four points that are story with according to, Pinned, time stamps with a.m. and p.m., entry headlines stating facts, the regional district named in full and then the district said in a news release, advice without a speaker, entry bylines with a dash, DriveBC says, a fire information officer who told reporters and said with figures, he said at the end, an address with Dr. and opening hours with a.m. and p.m., the regional district said and The district said, a resident's account of when police came and her quotes told the Standard, an evacuation alert of record, a greeting, a fact line and a stay-with-us line in the first entry, help box with a phone number and a star code, related list, footer with pipes and B.C.)",
    "Philippine regional daily's interview in Q&A form with a provincial disaster officer before the typhoon season (masthead in capitals, tagline, menu, INTERVIEW label, headline and standfirst without a claim, byline, date line with a pipe and AM, share strip, an intro with Engr. and an office's acronym in brackets, the province's 2024 evacuation of record, a scene line and an edited-for-length note, questions with Q: whose own statements before the question are checkable or not, one citing residents who told the Sentinel, answers with A: over several sentences with centres, barangays, sirens and millimetres, a sentence with a colon that is one claim, a budget in pesos with ₱, advice in the answers, a death toll of record, a reporter's bio, RELATED with ₱48-million and Sto. Niño, footer, copyright in two sentences)",
    "Press release on a US newswire distribution site, a biscuit company announces an $84 million bakery and 240 jobs in Kentucky (distributor brand, menu, category strip with pipes, headline in title case with figures, subheadline, NEWS PROVIDED BY and the company, date line with EDT, share label, a BOWLING GREEN, Ky., June 9, 2026 /ReleaseLine/ -- dateline carrying the company that today announced, the release's own voice without a speaker, a chief executive named after her quote and her second quote, wages and a hiring date, a state finance authority's approval of record, a mayor named after her quote, bakeries listed with semicolons and Ind. and Tenn., an About heading and two sentences of record, a web address line, forward-looking statements heading and three sentences, media contact lines, SOURCE line, the distributor's promo in two lines, more-news list with dates, footer with copyright and LLC)",
    "Irish regional weekly's opinion column against pay parking on a town square (masthead, an est. strapline, menu with Community Notes and Deaths, OPINION label, a headline with a full stop inside, a standfirst ending writes and the columnist's name, author line, date line with at, share strip, the columnist's own scene, opinions and questions without a speaker, a 5-3 vote with a date and €1.50, according to the council's own retail survey, a councillor with Cllr who told the meeting and his hypothetical, The same survey found, a nearby town's meters and its chamber of commerce says, a director of services who told Monday's meeting a figure, the columnist's proposals as imperatives, consultation and vote dates, her intention and hope, an author bio, a views-are-the-writer's note, letters line with an email, moderation note, more-opinion list, footer links, copyright with Ltd.)",
    "Malaysian business daily's corporate page, a palm oil planter's quarterly profit falls 23% (masthead in capitals, date line, market ticker strip with pipes, plus and minus signs and brackets, menu, section label, headline with Q1 and a percentage, byline with Mohd, date line with pm, text-size and share strip, a KUALA LUMPUR: dateline with the planter said in a filing with Bursa Malaysia, RM, billion and sen figures, The group said and it said, a dividend of record, ADVERTISEMENT, the company's prospects as a forecast, the share price of record, an analyst given family name in the middle and then Hii said, the house's figures and its hold call, a target price cut of record, analysts' note with a hedge, a Read also: link, according to data from the Malaysian Palm Oil Board, a key-figures heading and four fact lines without stops that are story, tags, an investment disclaimer, a WhatsApp and Telegram prompt in two sentences, related stories, footer links, copyright with Sdn Bhd and a registration number)",
]

ARTICLES = [
    [
        [
            ("We care about your privacy", "", "", "B"),
        ],
        [
            (
                "We and 143 partners store and read information on your device, such as cookies and device identifiers, to show you personalized ads and content, measure how they perform and learn about our audience.",
                "",
                "",
                "B",
            ),
            (
                'You can change your choices at any time by clicking "Your privacy choices" at the bottom of any page.',
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept all   Reject all   Customize settings", "", "", "B"),
        ],
        [
            ("The Lanebridge Sentinel", "", "", "B"),
        ],
        [
            (
                "Sunday, June 7, 2026   |   Today's e-Paper   |   Sign in   |   Subscribe: $1 for 3 months",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home   Local   Oregon   Business   Sports   Opinion   Obituaries   Weather   Puzzles",
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
                "Lanebridge Transit to cut six bus routes in September after voters reject payroll tax",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Board votes 5-2 to close a $14.2 million gap; three neighborhoods will lose all-day service",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Delphine Arkenwright-Breyer | The Lanebridge Sentinel", "", "", "B"),
        ],
        [
            (
                "Published June 5, 2026, 6:02 a.m. PT | Updated June 5, 2026, 7:18 p.m. PT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share   Email   Print   Comments (38)", "", "", "B"),
        ],
        [
            (
                "A rider waits for the No. 14 bus at the Ashenhollow Transit Center on Thursday morning.",
                "",
                "",
                "",
            ),
            ("Ruben Osterwick-Vill / The Sentinel", "", "", "B"),
        ],
        [
            (
                "Lanebridge Transit will eliminate six bus routes and reduce service on nine others starting Sept. 6, after the agency's board voted 5-2 late Thursday to close a $14.2 million budget gap left by the failure of a payroll tax measure in May.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The cuts will leave the Orchard Flats, Kessimer Park and Dunmeade Heights neighborhoods without all-day bus service for the first time since 1994, according to a staff report presented to the board.",
                "a staff report presented to the board",
                "according to",
                "W",
            ),
        ],
        [
            (
                "General manager Priya Castellar-Haynsworth told the board that the agency's reserves would run out by February if it kept service at current levels.",
                "Priya Castellar-Haynsworth",
                "told the board",
                "W",
            ),
            (
                "“We looked at every other option, and there just wasn't one that didn't end with us running out of money in the middle of winter,” Castellar-Haynsworth said.",
                "Priya Castellar-Haynsworth",
                "said",
                "",
            ),
        ],
        [
            (
                "Measure 26-241, which would have raised the district's payroll tax rate from 0.62% to 0.79%, failed on May 19 with 51.8% of voters against it, according to the Tallisfield County Elections Division.",
                "the Tallisfield County Elections Division",
                "according to",
                "W",
            ),
            (
                "It was the second time since 2022 that voters in the district had turned down a transit tax increase.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Marisol Quintanares, 67, who rides the No. 14 to dialysis three times a week, said she did not know how she would get to her appointments after September.",
                "Marisol Quintanares",
                "said",
                "",
            ),
            ("“The bus is my car,” she said.", "Marisol Quintanares", "said", ""),
            (
                "“They keep telling me there's paratransit, but you have to book that two days ahead, and I don't always know two days ahead how I'm going to feel.”",
                "Marisol Quintanares",
                "said",
                "",
            ),
        ],
        [
            ("Thanks for reading The Sentinel.", "", "", "B"),
            ("You've used your last free article for June.", "", "", "B"),
        ],
        [
            (
                "Subscribe today for unlimited access to local news, the e-Paper and all of our newsletters.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Just $1 for your first 3 months, then $15.99 a month.", "", "", "B"),
            ("Cancel anytime.", "", "", "B"),
        ],
        [
            ("Get started", "", "", "B"),
        ],
        [
            ("Current subscriber?", "", "", "B"),
            ("Sign in to keep reading.", "", "", "B"),
        ],
        [
            (
                "Board member Jubal Halvardstad-Tighlin, one of the two no votes, said the agency should have put off the cuts until January.",
                "Jubal Halvardstad-Tighlin",
                "said",
                "",
            ),
            (
                "He said Lanebridge Transit has $9.1 million in reserves, enough to keep the six routes running for about 11 months.",
                "Jubal Halvardstad-Tighlin",
                "said",
                "W",
            ),
            (
                "“We're balancing this budget on the backs of the people with the fewest choices,” Halvardstad-Tighlin said.",
                "Jubal Halvardstad-Tighlin",
                "said",
                "",
            ),
        ],
        [
            ("Board member Sunniva Okonjerre-Reinholtz cast the other no vote.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The agency will hold three open houses on the new schedules in July, the first on July 9 at 6 p.m. at the Ashenhollow Branch Library, spokesperson Teodor Macrennie said.",
                "Teodor Macrennie",
                "said",
                "W",
            ),
            (
                "Macrennie said the agency applied Wednesday for a $2.4 million emergency grant from the Oregon Department of Transportation.",
                "Teodor Macrennie",
                "said",
                "W",
            ),
            ("A decision is not expected before August, he said.", "Teodor Macrennie", "said", "W"),
        ],
        [
            (
                "Lanebridge Transit provided 11.6 million rides in 2025, down from 14.3 million in 2019, according to the agency's annual ridership report.",
                "the agency's annual ridership report",
                "according to",
                "W",
            ),
            (
                "Fares cover about 9% of its operating costs, with the rest coming from the payroll tax, state grants and federal money.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Quintanares said she planned to speak at the first open house.",
                "Marisol Quintanares",
                "said",
                "",
            ),
            ("“I'll be there if I have to walk,” she said.", "Marisol Quintanares", "said", ""),
        ],
        [
            (
                "Delphine Arkenwright-Breyer covers transportation and growth for The Sentinel.",
                "",
                "",
                "B",
            ),
            (
                "Reach her at darkenwrightbreyer@lanebridgesentinel.com or 503-555-0187.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local journalism takes time and money.", "", "", "B"),
            ("If this story helped you, please consider a subscription.", "", "", "B"),
        ],
        [
            ("MORE FROM LOCAL", "", "", "B"),
        ],
        [
            ("Ashenhollow library branch reopens after roof repairs", "", "", "B"),
        ],
        [
            ("Kessimer Park neighbors push for a crosswalk on 82nd Avenue", "", "", "B"),
        ],
        [
            ("Tallisfield County fair returns with free admission on opening day", "", "", "B"),
        ],
        [
            (
                "About Us   Contact   Careers   Advertise   Terms of Use   Privacy Policy   Your privacy choices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 The Lanebridge Sentinel, a Calderstow Media company.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Your privacy matters to us", "", "", "B"),
        ],
        [
            (
                "This site and 212 of our advertising partners set cookies and read data from your device to tailor the adverts you see, to count visits and to improve our journalism.",
                "",
                "",
                "B",
            ),
            (
                "Some partners rely on legitimate interest rather than your consent, and you can object to that on the next screen.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("I ACCEPT   SHOW PURPOSES   NO THANKS", "", "", "B"),
        ],
        [
            ("STANNERFOLD COURANT", "", "", "B"),
        ],
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            (
                "News   Sport   What's On   Property   Jobs   Announcements   Puzzles   Courant Premium",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Stannerfold › Town Centre", "", "", "B"),
        ],
        [
            ("PREMIUM", "", "", "B"),
        ],
        [
            (
                "Stannerfold Market Hall to shut for 18 months as council confirms £6.8m repair bill",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Traders will move to a temporary marquee on the Cattle Street car park from January, but some fear they will not survive the move",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Imogen Fairbrassey-Dukes, Council Reporter", "", "", "B"),
        ],
        [
            ("12:04, 10 JUN 2026   Updated 16:41, 10 JUN 2026", "", "", "B"),
        ],
        [
            ("Bookmark   Share   Comments", "", "", "B"),
        ],
        [
            (
                "Scaffolding already covers part of the market hall's Wood Street entrance.",
                "",
                "",
                "",
            ),
            ("(Image: Jolyon Pasmore-Varnhough/Stannerfold Courant)", "", "", "B"),
        ],
        [
            (
                "Stannerfold's Victorian market hall will close for at least 18 months from January 11 so that its roof and iron frame can be repaired, Stannerfold Borough Council has confirmed.",
                "Stannerfold Borough Council",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "A survey commissioned by the council found that 31 of the roof's 140 cast-iron trusses were cracked or badly corroded and that rainwater had been getting into the building for at least a decade.",
                "A survey commissioned by the council",
                "found",
                "W",
            ),
        ],
        [
            (
                "The work is expected to cost £6.8m, with £4.1m coming from the council's capital reserves and the rest from a heritage grant awarded in March, according to a cabinet report published on Tuesday.",
                "a cabinet report published on Tuesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Cllr Nadiya Pembrose-Achikwe, the council's cabinet member for regeneration, said the hall had been “patched up for far too long”.",
                "Nadiya Pembrose-Achikwe",
                "said",
                "",
            ),
        ],
        [
            (
                "She said: “I know this is hard news for traders, some of whom have been in this building for three generations.",
                "Nadiya Pembrose-Achikwe",
                "said",
                "",
            ),
            ("We have not taken this decision lightly.", "Nadiya Pembrose-Achikwe", "said", ""),
        ],
        [
            (
                "“But if we don't do the work now, we will be having a very different conversation in five years' time, about whether the hall can be saved at all.”",
                "Nadiya Pembrose-Achikwe",
                "said",
                "",
            ),
        ],
        [
            ("This is a Courant Premium article", "", "", "B"),
        ],
        [
            (
                "Keep reading with Courant Premium: fewer adverts, unlimited articles and the digital edition on your phone by 6am.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("£1 for your first month, then £6.99 a month", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("Already a member?", "", "", "B"),
            ("Log in", "", "", "B"),
        ],
        [
            (
                "Temporary stalls for the hall's 46 traders will be set up in a marquee on the Cattle Street car park, which will lose 120 of its 310 spaces while the market is there, the council said.",
                "the council",
                "said",
                "W",
            ),
            (
                "Traders will pay no rent for their first three months in the marquee and half rent after that, it said.",
                "Stannerfold Borough Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gordon Ashplatt-Reevesholm, whose family has run a butcher's stall in the hall since 1958, said he doubted he could sell fresh meat from a tent.",
                "Gordon Ashplatt-Reevesholm",
                "said",
                "",
            ),
            (
                "“You can't keep a cold counter going in a marquee in February,” he said.",
                "Gordon Ashplatt-Reevesholm",
                "said",
                "",
            ),
            (
                "“I'll give it a go, but I'd be lying if I said I hadn't thought about packing it in.”",
                "Gordon Ashplatt-Reevesholm",
                "said",
                "",
            ),
        ],
        [
            (
                "Another trader, who sells fabric and asked not to be named, said the number of shoppers coming through the hall had already dropped by about a third since car park charges went up last April.",
                "Another trader",
                "said",
                "",
            ),
        ],
        [
            (
                "The Grade II-listed hall opened in 1887 and was last refurbished in 1979.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Article continues below", "", "", "B"),
        ],
        [
            (
                "Liberal Democrat group leader Cllr Hamish Trevelloe said the council had been warned about the roof in a 2019 survey and had “sat on it for six years”.",
                "Hamish Trevelloe",
                "said",
                "W",
            ),
            (
                "A council spokesperson said the 2019 survey had recommended a further inspection, not closure, and that the inspection had been carried out in 2021.",
                "A council spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council said the hall was due to reopen in the summer of 2028, with new toilets, a lift to the upper gallery and room for six more stalls.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            ("Get the Courant Morning Briefing", "", "", "B"),
        ],
        [
            ("The day's top Stannerfold stories, in your inbox before breakfast", "", "", "B"),
        ],
        [
            ("Enter your email   SIGN UP", "", "", "B"),
        ],
        [
            (
                "We'll only use your email address to send you this newsletter and the occasional offer from the Courant.",
                "",
                "",
                "B",
            ),
            ("You can unsubscribe at any time.", "", "", "B"),
        ],
        [
            ("Comments (112)", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("Man charged after Cattle Street shop break-in", "", "", "B"),
        ],
        [
            ("Stannerfold bypass roadworks to run into September", "", "", "B"),
        ],
        [
            ("Landlord marks 40 years behind the bar at the Tup and Fleece", "", "", "B"),
        ],
        [
            (
                "Contact us   Advertise with us   Complaints   Corrections   Cookie settings   Terms and conditions",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Stannerfold Courant Ltd 2026.", "", "", "B"),
            ("Registered in England and Wales, company number 01839574.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "We use cookies to make Ferngate work, to understand what you read and to show you ads that suit you.",
                "",
                "",
                "B",
            ),
            (
                "By carrying on, you agree to our use of cookies, or you can change them in your settings.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Got it   Manage cookies", "", "", "B"),
        ],
        [
            ("FERNGATE", "", "", "B"),
        ],
        [
            ("Log in   Subscribe", "", "", "B"),
        ],
        [
            (
                "Latest   New Zealand   World   Business   Sport   Entertainment   Lifestyle   Premium   Quizzes",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Premium", "", "", "B"),
        ],
        [
            ("HEALTH", "", "", "B"),
        ],
        [
            (
                "Dunraskin maternity unit to stop births for 10 weeks as midwife shortage bites",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Women due to give birth from June 22 will be sent to Dunedin, two hours' drive away",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kerewhai Tamahiki", "", "", "B"),
        ],
        [
            ("Health reporter", "", "", "B"),
        ],
        [
            ("5:00am, 16 Jun 2026", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            (
                "Dunraskin Hospital's maternity unit has six beds and delivered 212 babies last year.",
                "",
                "",
                "W",
            ),
            ("Photo / Maioha Bracklin-Humbleby", "", "", "B"),
        ],
        [
            (
                "Dunraskin Hospital will stop planned births at its maternity unit for 10 weeks from June 22 because it does not have enough midwives to run it safely, Health New Zealand said yesterday.",
                "Health New Zealand",
                "said",
                "W",
            ),
            (
                "Women due to give birth during that time will be booked into Dunedin Hospital instead, about two hours' drive from Dunraskin, the agency said.",
                "the agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "The unit needs 9.5 full-time midwives but has had 4.2 since April, according to Health New Zealand's Southern district.",
                "Health New Zealand's Southern district",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Southern district group director of operations Rosalind Mackessock said the district had advertised the roles since February and had filled two of them, but neither of the new midwives would start before September.",
                "Rosalind Mackessock",
                "said",
                "W",
            ),
            (
                "“This is not a decision anyone wanted to make, and it is not a decision about the future of the unit,” she said.",
                "Rosalind Mackessock",
                "said",
                "",
            ),
            (
                "“We want births back in Dunraskin as soon as we can do that safely.”",
                "Rosalind Mackessock",
                "said",
                "",
            ),
        ],
        [
            ("Unlock this story", "", "", "B"),
        ],
        [
            (
                "Subscribe to Ferngate Premium for $2 a week and read our best journalism without limits.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe now", "", "", "B"),
        ],
        [
            ("Already subscribed?", "", "", "B"),
            ("Log in to continue.", "", "", "B"),
        ],
        [
            (
                "Anahera Marlevant, who is 34 weeks pregnant with her second child and lives in Dunraskin, said she was anxious about the drive.",
                "Anahera Marlevant",
                "said",
                "",
            ),
            (
                "She said her first labour had lasted less than three hours.",
                "Anahera Marlevant",
                "said",
                "",
            ),
            (
                "“If this one's any quicker, I'm having it on the side of State Highway 1,” she said.",
                "Anahera Marlevant",
                "said",
                "",
            ),
        ],
        [
            (
                "Antenatal and postnatal appointments will carry on at Dunraskin as normal, and a midwife will be on call at the hospital around the clock for women who arrive in labour, the agency said.",
                "the agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Local MP Hemi Parataki-Wallbridge said it was the third time the unit had stopped births since 2023, and each closure had been longer than the last.",
                "Hemi Parataki-Wallbridge",
                "said",
                "W",
            ),
            (
                "“Every time, they tell us it's temporary,” he said.",
                "Hemi Parataki-Wallbridge",
                "said",
                "",
            ),
            (
                "“Women here are entitled to ask how many temporaries make a permanent.”",
                "Hemi Parataki-Wallbridge",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, Health New Zealand said the unit had paused births for four weeks in 2023 and for six weeks in 2025.",
                "Health New Zealand",
                "said",
                "W",
            ),
            (
                "It said a review of maternity services across the Southern district would be finished by the end of October.",
                "Health New Zealand",
                "said",
                "W",
            ),
        ],
        [
            (
                "There were 212 births at Dunraskin last year, down from 268 in 2019, according to Health New Zealand data.",
                "Health New Zealand data",
                "according to",
                "W",
            ),
        ],
        [
            ("Kerewhai Tamahiki is Ferngate's health reporter, based in Dunedin.", "", "", "B"),
        ],
        [
            ("Got a story tip?", "", "", "B"),
            ("Email news@ferngate.co.nz", "", "", "B"),
        ],
        [
            ("More from Health", "", "", "B"),
        ],
        [
            ("Hospital parking fees to rise at three Southern sites", "", "", "B"),
        ],
        [
            ("GP fees: what you'll pay from July 1", "", "", "B"),
        ],
        [
            (
                "Terms of use   Privacy policy   Cookie settings   Contact us   Advertise with Ferngate",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Ferngate Media Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("Calvane", "", "", "B"),
        ],
        [
            (
                "World   Business   Markets   Commodities   Energy   Legal   Technology   Investigations",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign In   Register", "", "", "B"),
        ],
        [
            ("Commodities", "", "", "B"),
        ],
        [
            ("Ghana raises cocoa farmgate price 14% as it fights smuggling", "", "", "W"),
        ],
        [
            ("By Kwabla Adomfeh and Akissi Kouassi-Brunel", "", "", "B"),
        ],
        [
            ("June 11, 2026 · 4:07 PM GMT+1 · Updated 26 mins ago", "", "", "B"),
        ],
        [
            ("Share   Save", "", "", "B"),
        ],
        [
            (
                "A farmer spreads cocoa beans to dry on a raised mat in a village near Kumasi, Ghana, November 14, 2025.",
                "",
                "",
                "",
            ),
            ("Calvane/Yaw Brempah/File Photo", "", "", "B"),
        ],
        [
            ("Buy licensing rights, opens new tab", "", "", "B"),
        ],
        [
            ("Summary", "", "", "B"),
        ],
        [
            ("Main crop price set at 52,800 cedis a tonne for 2026/27", "", "", "W"),
        ],
        [
            (
                "Growers' union says price still trails Ivory Coast",
                "the Cocoa Growers' Union of Ghana",
                "says",
                "W",
            ),
        ],
        [
            ("New York futures fall 1.8%", "", "", "W"),
        ],
        [
            (
                "ACCRA, June 11 (Calvane) - Ghana will pay cocoa farmers 52,800 cedis ($3,520) per tonne for the 2026/27 main crop season, up 14% from this season, the Ghana Cocoa Board said on Thursday, as the world's second-largest grower tries to stop beans being smuggled across its borders.",
                "the Ghana Cocoa Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "The new price works out at 3,379.20 cedis for a 64-kg bag, Cocobod chief executive Efua Dorkwei told a news conference in Accra.",
                "Efua Dorkwei",
                "told a news conference",
                "W",
            ),
            (
                "She said the board would also raise the bonus it pays farmers who deliver beans to licensed buyers within 14 days of harvest, to 600 cedis a tonne from 350 cedis.",
                "Efua Dorkwei",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Every bag that leaves Ghana through the bush is a bag our farmers have sold too cheaply and our country has lost," she said.',
                "Efua Dorkwei",
                "said",
                "",
            ),
        ],
        [
            (
                "Cocobod said in March that about 160,000 tonnes of Ghanaian beans had been smuggled into Ivory Coast and Togo in the 2024/25 season, when prices across the border were higher.",
                "the Ghana Cocoa Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ivory Coast, the top grower, raised its own farmgate price to 2,950 CFA francs ($5.25) per kg for the April-September mid-crop.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Cocoa Growers' Union of Ghana said in a statement that the new price was still about a third below what farmers across the border were paid.",
                "The Cocoa Growers' Union of Ghana",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                '"The farmer in Sefwi can see the price in Ivory Coast on his phone," said Kofi Badusei, the union\'s general secretary.',
                "Kofi Badusei",
                "said",
                "",
            ),
            ('"You cannot tell him 14% is a victory."', "Kofi Badusei", "said", ""),
        ],
        [
            (
                "New York cocoa futures for September delivery were down 1.8% at $6,412 a tonne at 1415 GMT, while London futures fell 1.3%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"It narrows the gap with Ivory Coast, but it doesn\'t close it," said Priyanka Odueme, a soft commodities analyst at Vanstead Commodities in London.',
                "Priyanka Odueme",
                "said",
                "",
            ),
            ('"Smuggling will slow, not stop."', "Priyanka Odueme", "said", ""),
        ],
        [
            (
                "Ghana's cocoa output fell to about 530,000 tonnes in the 2024/25 season, roughly half its level a decade earlier, as swollen shoot disease and illegal gold mining destroyed farms, according to board figures.",
                "board figures",
                "according to",
                "W",
            ),
            (
                "Dorkwei said the board expected a main crop of 610,000 tonnes in 2026/27.",
                "Efua Dorkwei",
                "said",
                "W",
            ),
        ],
        [
            (
                "Reporting by Kwabla Adomfeh in Accra and Akissi Kouassi-Brunel in Abidjan; Additional reporting by Harriet Lyndwood in London; Writing by Edric Lenderfield; Editing by Fenella Oakhurne and Mirek Sobczynski-Hallorick",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Standards: The Calvane Editorial Code.", "", "", "B"),
        ],
        [
            ("Buy licensing rights, opens new tab", "", "", "B"),
        ],
        [
            ("Kwabla Adomfeh", "", "", "B"),
        ],
        [
            ("Kwabla covers cocoa, gold and the economy of Ghana from Accra.", "", "", "B"),
            (
                "He joined Calvane in 2019 after eight years at a Ghanaian business weekly.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Ivory Coast mid-crop arrivals up 6% so far, exporters estimate", "", "", "B"),
        ],
        [
            ("Chocolate makers warn of higher prices as cocoa stocks thin", "", "", "B"),
        ],
        [
            ("Ghana gold output hits record as small-scale mining licences rise", "", "", "B"),
        ],
        [
            (
                "Sitemap   Terms of Use   Privacy   Cookies   Accessibility   Corrections",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Market prices shown are at least 20 minutes old.", "", "", "B"),
        ],
        [
            ("© 2026 Calvane.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Subscribe   |   e-Edition   |   Place an Ad   |   Submit an Obituary", "", "", "B"),
        ],
        [
            ("The Pinehollow Pioneer", "", "", "B"),
        ],
        [
            ("64° Partly cloudy", "", "", "B"),
        ],
        [
            (
                "News   Sports   Obituaries   Community   Opinion   Legals   Classifieds   Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Orvelle's only grocery store to close July 31 after 71 years", "", "", "W"),
        ],
        [
            ("By Ferdie Rasmarken-Voight, Pioneer staff", "", "", "B"),
        ],
        [
            ("Jun 11, 2026", "", "", "B"),
        ],
        [
            ("Facebook   Email   Print   Save", "", "", "B"),
        ],
        [
            (
                "Gretchen Hallstrom-Pikeland restocks the dairy case at Hallstrom's Market in Orvelle on Tuesday.",
                "",
                "",
                "",
            ),
            ("Ferdie Rasmarken-Voight | Pinehollow Pioneer", "", "", "B"),
        ],
        [
            (
                "Hallstrom's Market, the only grocery store in the village of Orvelle, will close for good on July 31, ending 71 years of business on Main Street.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Owner Gretchen Hallstrom-Pikeland, whose grandparents opened the store in 1955, said she had tried for two years to find a buyer and had no serious offers.",
                "Gretchen Hallstrom-Pikeland",
                "said",
                "",
            ),
            (
                "“I'm 66, and I've been stocking these shelves since I was tall enough to reach them,” she said.",
                "Gretchen Hallstrom-Pikeland",
                "said",
                "",
            ),
            ("“I would have loved to hand it on.", "Gretchen Hallstrom-Pikeland", "said", ""),
            ("Nobody wanted it.”", "Gretchen Hallstrom-Pikeland", "said", ""),
        ],
        [
            (
                "The nearest other full-service grocery store is a discount supermarket in Pelshaw, 23 miles away, which opened in 2023.",
                "",
                "",
                "W",
            ),
            (
                "Hallstrom-Pikeland said her sales had dropped by about 18% since then, and her electricity bill for the coolers and freezers had nearly doubled since 2021.",
                "Gretchen Hallstrom-Pikeland",
                "said",
                "",
            ),
        ],
        [
            ("The store employs nine people, four of them full time.", "", "", "W"),
            (
                "Hallstrom-Pikeland said the pharmacy counter at the back of the store would close on July 17, and its prescriptions would be transferred to a pharmacy in Pelshaw.",
                "Gretchen Hallstrom-Pikeland",
                "said",
                "W",
            ),
        ],
        [
            (
                "Village board president Doug Vanderslice said the board would hold a special meeting on June 23 at 7 p.m. at the village hall to talk about what comes next.",
                "Doug Vanderslice",
                "said",
                "W",
            ),
            (
                "He said one idea was a community-owned cooperative, like those that have reopened grocery stores in several small towns in the state.",
                "Doug Vanderslice",
                "said",
                "",
            ),
            (
                "“We're not going to let this be the end of groceries in Orvelle without a fight,” Vanderslice said.",
                "Doug Vanderslice",
                "said",
                "",
            ),
        ],
        [
            (
                "Orvelle has 1,184 residents, according to the U.S. Census Bureau, and about a quarter of them are 65 or older.",
                "the U.S. Census Bureau",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Lorraine Dusek-Arneson, 81, who lives two blocks from the store, said she gave up driving last winter.",
                "Lorraine Dusek-Arneson",
                "said",
                "",
            ),
            (
                "“I walk down there for milk and bread and whatever else I can carry,” she said.",
                "Lorraine Dusek-Arneson",
                "said",
                "",
            ),
            ("“Pelshaw might as well be Milwaukee.”", "Lorraine Dusek-Arneson", "said", ""),
        ],
        [
            (
                "The Amsden County Aging and Disability Resource Center runs a grocery bus to Pelshaw every other Tuesday, and it will add a weekly trip starting Aug. 4, director Tobias Rennquist said.",
                "Tobias Rennquist",
                "said",
                "W",
            ),
            (
                "He said the center would also look at a delivery service if enough residents signed up.",
                "Tobias Rennquist",
                "said",
                "",
            ),
        ],
        [
            (
                "Ferdie Rasmarken-Voight can be reached at ferdie@pinehollowpioneer.com.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tags: Orvelle   Hallstrom's Market   Grocery   Village Board   Small Business",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("Pinehollow High graduates 112 at Sunday ceremony", "", "", "B"),
        ],
        [
            ("Road work on County Highway M to start June 15", "", "", "B"),
        ],
        [
            ("Obituary: Harlan E. Stuebe, 88", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("You must be a subscriber to comment.", "", "", "B"),
            ("Log in or create an account.", "", "", "B"),
        ],
        [
            (
                "The Pinehollow Pioneer   |   211 W. Mill St., Pinehollow, WI 54488   |   715-555-0110",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Pinehollow Pioneer Publishing Co.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SKELHURST ARGUS", "", "", "B"),
        ],
        [
            ("Sign in   Subscribe", "", "", "B"),
        ],
        [
            (
                "News   Sport   Football   Cricket   Rugby League   What's On   Jobs   Motors",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sport › Football › Skelhurst Town", "", "", "B"),
        ],
        [
            (
                "Skelhurst Town 2 Kelsmarden Athletic 1: late Ossaikwe header keeps play-off hopes alive",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Rhys Penhalligan-Grantleigh", "", "", "B"),
        ],
        [
            ("Sports Reporter", "", "", "B"),
        ],
        [
            ("Saturday 25 April 2026 5:48 pm", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "Chinedum Ossaikwe wheels away after heading Town's stoppage-time winner at Rookfield Lane.",
                "",
                "",
                "",
            ),
            ("Picture: Bryluen Casterwell-Ambrey", "", "", "B"),
        ],
        [
            (
                "Substitute Chinedum Ossaikwe headed a stoppage-time winner as Skelhurst Town came from behind to beat Kelsmarden Athletic 2-1 at Rookfield Lane and move to within two points of the play-offs with one game left.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kelsmarden went ahead in the 27th minute when Liam Dorsley-Kayes turned in Aaron Pembleworth's low cross at the near post.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Town had the better of the first half but lacked a cutting edge, with Jamie Fairclover-Ndoye twice shooting over from the edge of the box.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Town also lost top scorer Josh Keeble to a hamstring injury in the 36th minute.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Skelhurst drew level eight minutes after the break, when captain Sam Holtbury-Cranwell met a Fairclover-Ndoye corner and his header went in off the underside of the bar.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Both sides had chances in a frantic last 20 minutes, and Kelsmarden goalkeeper Ethan Madderley-Sykeston made a fine save to keep out Fairclover-Ndoye's curling free-kick.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Then, in the third minute of stoppage time, Ossaikwe, on for only six minutes, rose above two defenders to meet Lenox Whitlinge's cross from the right.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Town manager Paul Dewsbridge-Laneham said: “That's what this club is about.",
                "Paul Dewsbridge-Laneham",
                "said",
                "",
            ),
            ("We don't know when we're beaten.", "Paul Dewsbridge-Laneham", "said", ""),
        ],
        [
            (
                "“Chinedum has been patient all season, he's not played as much as he'd like, and he's come on and won us the game.",
                "Paul Dewsbridge-Laneham",
                "said",
                "",
            ),
            ("I couldn't be happier for him.”", "Paul Dewsbridge-Laneham", "said", ""),
        ],
        [
            (
                "Dewsbridge-Laneham confirmed that Keeble would miss the final game at Fenwater United and was due to have a scan on Monday.",
                "Paul Dewsbridge-Laneham",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "Kelsmarden boss Marcus Ilsforth said his side had “switched off for one second and paid for it”.",
                "Marcus Ilsforth",
                "said",
                "",
            ),
        ],
        [
            (
                "The result leaves Skelhurst seventh on 71 points, two behind sixth-placed Redhurst Borough, who drew 0-0 at home to Tadley Common.",
                "",
                "",
                "W",
            ),
            (
                "Town must win at Fenwater next Saturday and hope Redhurst fail to beat Oxcliffe to finish in the top six.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Teams", "", "", "B"),
        ],
        [
            (
                "Skelhurst Town: Ollerdale-Biggin; Pemberthwaite, Holtbury-Cranwell, Nwachineke-Dalbury, Ashwellby; Fairclover-Ndoye, Rudge, Tennickson (Whitlinge 70); Keeble (Sillavan 36), Marrwick (Ossaikwe 87), Quaylan.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Subs not used: Dyerson, Okoneme-Prattwell, Kettner.", "", "", ""),
        ],
        [
            (
                "Kelsmarden Athletic: Madderley-Sykeston; Pembleworth, Grainton, Lutterworth, Abaraneke; Dorsley-Kayes, Penroyd (Millsop 77), Kitwood; Tunstall, Brightwen, Ferrantino-Coleby.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Booked: Rudge, Grainton, Kitwood.", "", "", ""),
        ],
        [
            ("Referee: Owain Trehennick.", "", "", ""),
        ],
        [
            ("Attendance: 3,412.", "", "", ""),
        ],
        [
            ("More on Skelhurst Town", "", "", "B"),
        ],
        [
            ("Town fans urged to travel early for Fenwater finale", "", "", "B"),
        ],
        [
            ("Fairclover-Ndoye named in league's team of the season", "", "", "B"),
        ],
        [
            ("Get Argus Sport in your inbox every Monday: sign up here", "", "", "B"),
        ],
        [
            ("Contact   Advertise   Terms   Privacy   Cookie policy", "", "", "B"),
        ],
        [
            ("© 2026 Skelhurst Argus.", "", "", "B"),
            ("Part of Northwold Newsmedia.", "", "", "B"),
        ],
    ],
    [
        [
            ("QUARKWELL", "", "", "B"),
        ],
        [
            ("Space   Earth   Health   Physics   Tech   Environment   Newsletters", "", "", "B"),
        ],
        [
            ("Environment / Ecology", "", "", "B"),
        ],
        [
            ("Amber streetlights cut moth deaths by more than a third in Danish town", "", "", "W"),
        ],
        [
            (
                "Researchers counted insects at 120 lamps before and after Tornholm replaced its white LEDs",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Lorcan Wethersett", "", "", "B"),
        ],
        [
            ("June 3, 2026", "", "", "B"),
        ],
        [
            ("7 min read", "", "", "B"),
        ],
        [
            ("This article was checked by a second editor before publication.", "", "", "B"),
            ("Read about our process.", "", "", "B"),
        ],
        [
            (
                "A light trap hangs beneath an amber streetlight in Tornholm during the 2025 survey.",
                "",
                "",
                "",
            ),
            ("Credit: Mette Kjærholm/Skovhede Institute", "", "", "B"),
        ],
        [
            (
                "Replacing white LED streetlights with amber ones cut the number of moths killed around the lamps by 37% in a small Danish town, researchers at the Skovhede Institute for Landscape Ecology report in the Journal of Applied Night Ecology.",
                "researchers at the Skovhede Institute for Landscape Ecology",
                "report",
                "W",
            ),
        ],
        [
            (
                "The team counted insects in light traps at 120 streetlights in Tornholm, a town of about 9,000 people in central Jutland, over two summers: 2024, when the lamps were white, and 2025, after the municipality had switched all 1,460 of its streetlights to amber.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Traps under white lamps caught an average of 41 moths a night in July, compared with 26 under amber ones, said Mette Kjærholm, an ecologist at the institute and the study's lead author.",
                "Mette Kjærholm",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Moths are drawn to short wavelengths, the blue end of the spectrum,” she said.",
                "Mette Kjærholm",
                "said",
                "W",
            ),
            (
                "“Amber light has much less of that, so fewer of them circle the lamp until they're exhausted or eaten.”",
                "Mette Kjærholm",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The researchers also found that night-time visits by moths to red clover flowers on verges near the lamps rose by 22% after the switch.",
                "The researchers",
                "found",
                "W",
            ),
            (
                "That could matter for the plants and the bees that share those verges, because some wild plants rely on moths to carry pollen at night.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Kjærholm cautioned that two summers was a short time, and that 2025 had been warmer than 2024, which may have changed how many moths were flying.",
                "Mette Kjærholm",
                "cautioned",
                "",
            ),
            (
                "She said the team had corrected for nightly temperature and rainfall, and the difference held.",
                "Mette Kjærholm",
                "said",
                "W",
            ),
        ],
        [
            (
                "Related: Night skies over Europe grew 9% brighter a year, satellite data suggest",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Oskar Brenneland, an entomologist at the Norwegian University of Life Sciences who was not involved in the study, called the results “encouraging but local”.",
                "Oskar Brenneland",
                "called",
                "",
            ),
            (
                "“One town, one mix of species, one kind of lamp,” he said.",
                "Oskar Brenneland",
                "said",
                "",
            ),
            (
                "“I'd want to see the same thing in a city, and over five years rather than two, before anyone rewrites lighting standards on the strength of it.”",
                "Oskar Brenneland",
                "said",
                "",
            ),
        ],
        [
            (
                "Tornholm's switch cost 4.6 million kroner, and the amber lamps use about 8% more electricity than the white LEDs they replaced, according to the municipality.",
                "the municipality",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kjærholm said the team hoped to repeat the survey in Aarhus, where the city plans to change the lights along two parks next year.",
                "Mette Kjærholm",
                "said",
                "",
            ),
        ],
        [
            ("Get the week's best science in your inbox every Friday.", "", "", "B"),
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "Study details: Mette Kjærholm et al., Amber street lighting reduces moth mortality and restores nocturnal flower visits in a Danish town, Journal of Applied Night Ecology (2026). DOI: 10.4402/jane.2026.0193",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Lorcan Wethersett is Quarkwell's environment editor.", "", "", "B"),
            ("He has written about ecology since 2011 and lives in Copenhagen.", "", "", "B"),
        ],
        [
            ("Topics: moths   light pollution   insects   Denmark   street lighting", "", "", "B"),
        ],
        [
            ("You might also like", "", "", "B"),
        ],
        [
            ("Bumblebees take shorter routes in cities, tracking study shows", "", "", "B"),
        ],
        [
            ("The hidden cost of a bright night sky", "", "", "B"),
        ],
        [
            ("About   Editorial standards   Contact   Privacy   Terms", "", "", "B"),
        ],
        [
            ("© 2026 Quarkwell Media ApS", "", "", "B"),
        ],
    ],
    [
        [
            ("THE INTERIOR STANDARD", "", "", "B"),
        ],
        [
            ("Subscribe   Sign In", "", "", "B"),
        ],
        [
            (
                "News   B.C.   Canada   Wildfires   Sports   Opinion   Life   Obituaries",
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
                "Ashcarrow Lake wildfire live updates: evacuation order expanded to 1,240 properties, Highway 97 closed",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Last updated: 6:52 p.m. PT, July 18, 2026", "", "", "B"),
        ],
        [
            ("By Standard staff", "", "", "B"),
        ],
        [
            ("Share   Comments", "", "", "B"),
        ],
        [
            ("What we know", "", "", "B"),
        ],
        [
            (
                "The Mount Tilson wildfire has grown to an estimated 3,800 hectares and is burning out of control, according to the BC Wildfire Service.",
                "the BC Wildfire Service",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Evacuation orders now cover 1,240 properties in and around Ashcarrow Lake.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Highway 97 is closed between Ashcarrow Lake and Corrin Junction, with no detour for heavy trucks.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("An emergency reception centre is open at the Vernholt Curling Club.", "", "", "W"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            ("6:52 p.m.", "", "", "B"),
        ],
        [
            ("Evacuation order expanded north of Ashcarrow Lake", "", "", "W"),
        ],
        [
            (
                "The Regional District of Kettlewhin has expanded its evacuation order to cover another 380 properties along Bayliss Road and the north shore of the lake, bringing the total to 1,240, the district said in a news release at 6:40 p.m.",
                "the district",
                "said in a news release",
                "W",
            ),
            (
                "Residents in the new area are asked to leave immediately and register at the reception centre in Vernholt.",
                "",
                "",
                "",
            ),
        ],
        [
            ("— Nadia Feltwick-Odukoyo", "", "", "B"),
        ],
        [
            ("5:31 p.m.", "", "", "B"),
        ],
        [
            ("Highway 97 closed in both directions", "", "", "W"),
        ],
        [
            (
                "DriveBC says Highway 97 is now closed between Ashcarrow Lake and Corrin Junction because of fire activity close to the road.",
                "DriveBC",
                "says",
                "W",
            ),
            (
                "There is no estimated time for reopening, and there is no detour for commercial vehicles.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("— Nadia Feltwick-Odukoyo", "", "", "B"),
        ],
        [
            ("4:15 p.m.", "", "", "B"),
        ],
        [
            ("Fire now estimated at 3,800 hectares", "", "", "W"),
        ],
        [
            (
                "BC Wildfire Service information officer Torsten Bellingtree told reporters on Saturday afternoon that the fire had more than doubled in size since Friday morning, driven by gusts of up to 50 km/h.",
                "Torsten Bellingtree",
                "told reporters",
                "W",
            ),
            (
                "“We are seeing aggressive fire behaviour, with spot fires starting up to 500 metres ahead of the main front,” Bellingtree said.",
                "Torsten Bellingtree",
                "said",
                "W",
            ),
            (
                "He said 94 firefighters, 11 helicopters and four air tankers were working on the fire, and a crew of 20 from Alberta was due to arrive on Sunday.",
                "Torsten Bellingtree",
                "said",
                "W",
            ),
            ("The cause is under investigation, he said.", "Torsten Bellingtree", "said", "W"),
        ],
        [
            ("— Owen Drumlargie-Kealeigh", "", "", "B"),
        ],
        [
            ("2:47 p.m.", "", "", "B"),
        ],
        [
            ("Reception centre opens at Vernholt Curling Club", "", "", "W"),
        ],
        [
            (
                "Evacuees can register at the Vernholt Curling Club, 410 Larchwater Dr., from 9 a.m. to 10 p.m. daily, the regional district said.",
                "the regional district",
                "said",
                "W",
            ),
            (
                "The district said 212 people had registered by 2 p.m., and hotel rooms in Vernholt were filling quickly.",
                "The district",
                "said",
                "W",
            ),
        ],
        [
            ("— Nadia Feltwick-Odukoyo", "", "", "B"),
        ],
        [
            ("1:05 p.m.", "", "", "B"),
        ],
        [
            ("Residents describe rushed departure from the north shore", "", "", ""),
        ],
        [
            (
                "Brigitte Soames-Hardy and her husband had about 20 minutes to leave their home on Bayliss Road after an RCMP officer knocked on the door just after noon, she said.",
                "Brigitte Soames-Hardy",
                "said",
                "W",
            ),
            (
                "“We just grabbed the dog and the photo albums and went,” she told the Standard in the parking lot of the curling club.",
                "Brigitte Soames-Hardy",
                "told the Standard",
                "",
            ),
            (
                "“You could see the smoke coming over the ridge like a wall.”",
                "Brigitte Soames-Hardy",
                "told the Standard",
                "",
            ),
        ],
        [
            ("— Owen Drumlargie-Kealeigh", "", "", "B"),
        ],
        [
            ("10:20 a.m.", "", "", "B"),
        ],
        [
            ("Evacuation alert for Corrin Junction", "", "", "W"),
        ],
        [
            (
                "The regional district has put 540 properties in Corrin Junction on evacuation alert, which means residents should be ready to leave at short notice.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("— Owen Drumlargie-Kealeigh", "", "", "B"),
        ],
        [
            ("8:02 a.m.", "", "", "B"),
        ],
        [
            (
                "Good morning, and welcome to our live coverage of the Mount Tilson wildfire.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The fire was discovered on Thursday afternoon about 14 km west of Ashcarrow Lake.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Stay with us through the day for updates on evacuations, road closures and where to find help.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("— Nadia Feltwick-Odukoyo", "", "", "B"),
        ],
        [
            ("Where to get help", "", "", "B"),
        ],
        [
            (
                "Emergency Support Services: register online or in person at the Vernholt Curling Club",
                "",
                "",
                "B",
            ),
        ],
        [
            ("To report a wildfire, call 1-800-555-0199 or *5599 from a cellphone.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("How to pack a grab-and-go bag before an evacuation order", "", "", "B"),
        ],
        [
            ("Air quality warning issued for the southern Interior", "", "", "B"),
        ],
        [
            (
                "The Interior Standard   |   Kelowna, B.C.   |   © 2026 Interior Standard Media Inc.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("BICOL SENTINEL", "", "", "B"),
        ],
        [
            ("Your news, your region", "", "", "B"),
        ],
        [
            (
                "Home   News   Regions   Business   Opinion   Sports   Lifestyle   Interviews",
                "",
                "",
                "B",
            ),
        ],
        [
            ("INTERVIEW", "", "", "B"),
        ],
        [
            (
                "Albay's disaster chief on evacuation centres, lahar and the typhoon season ahead",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "As the rainy season begins, the man in charge of Albay's disaster response talks about shelters, sirens and what the province learned in 2024.",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Marivic Dagdag", "", "", "B"),
        ],
        [
            ("June 1, 2026 | 6:00 AM", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Copy link", "", "", "B"),
        ],
        [
            (
                "Engr. Rogelio Banzuela has headed the Albay Provincial Disaster Risk Reduction and Management Office (APDRRMO) since 2019.",
                "",
                "",
                "W",
            ),
            (
                "In late October 2024, back-to-back storms forced the province to move more than 110,000 people into evacuation centres and schools in four days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Sentinel spoke with him at the provincial command centre in Legazpi City last week.",
                "",
                "",
                "",
            ),
            ("The interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("Q: The rainy season has started.", "", "", ""),
            ("Is Albay ready?", "", "", ""),
        ],
        [
            (
                "A: We are more ready than we were two years ago, and less ready than I would like.",
                "Rogelio Banzuela",
                "A:",
                "",
            ),
            (
                "We now have 162 evacuation centres, up from 131 in 2024, and 40 of them are purpose-built, with kitchens, toilets and a separate area for mothers and babies.",
                "Rogelio Banzuela",
                "A:",
                "W",
            ),
            (
                "But 70 of our centres are still school classrooms, and every day a school is a shelter is a day the children are not in class.",
                "Rogelio Banzuela",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: In 2024 some centres were so full that families slept in the corridors.",
                "",
                "",
                "W",
            ),
            ("Has that been fixed?", "", "", ""),
        ],
        [
            ("A: Partly.", "Rogelio Banzuela", "A:", ""),
            (
                "The real problem in 2024 was that everybody went to the same five centres in Legazpi, because those were the ones people knew.",
                "Rogelio Banzuela",
                "A:",
                "W",
            ),
            (
                "Now every barangay has an assigned centre, and it is painted on a sign outside the barangay hall.",
                "Rogelio Banzuela",
                "A:",
                "W",
            ),
            (
                "We ran drills in all 720 barangays in March and April.",
                "Rogelio Banzuela",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: Some residents told the Sentinel they refused to leave last time because they were afraid their houses would be looted.",
                "Some residents",
                "told the Sentinel",
                "",
            ),
            ("What do you say to them?", "", "", ""),
        ],
        [
            ("A: I understand the fear, I really do.", "Rogelio Banzuela", "A:", ""),
            (
                "This year the provincial police have agreed to keep at least two officers in every evacuated barangay, and we have 300 more tanod, the village watchmen, on standby.",
                "Rogelio Banzuela",
                "A:",
                "W",
            ),
            (
                "But I will say it plainly: a television can be replaced, a child cannot.",
                "Rogelio Banzuela",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Mayon has been at Alert Level 2 since February.", "", "", "W"),
            ("Are you worried about lahar this season?", "", "", ""),
        ],
        [
            ("A: Always.", "Rogelio Banzuela", "A:", ""),
            (
                "Heavy rain on the old deposits can send lahar down the river channels in less than an hour.",
                "Rogelio Banzuela",
                "A:",
                "W",
            ),
            (
                "We watch 14 channels, and since last year six of them have rain gauges with sirens.",
                "Rogelio Banzuela",
                "A:",
                "W",
            ),
            (
                "If a gauge records more than 30 mm of rain in an hour, the siren sounds in the barangays downstream automatically.",
                "Rogelio Banzuela",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: Your office's budget this year is ₱186 million.", "", "", "W"),
            ("Is that enough?", "", "", ""),
        ],
        [
            (
                "A: No disaster officer in the world will tell you his budget is enough.",
                "Rogelio Banzuela",
                "A:",
                "",
            ),
            (
                "But it is more than double what we had in 2019, and most of the increase has gone into the centres and the warning system.",
                "Rogelio Banzuela",
                "A:",
                "W",
            ),
            ("What I need more of is trained people.", "Rogelio Banzuela", "A:", ""),
        ],
        [
            (
                "Q: What is the one thing you want families to do before the first typhoon arrives?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A: Know where your centre is, and go when you are told.",
                "Rogelio Banzuela",
                "A:",
                "",
            ),
            ("Do not wait for the water to reach the door.", "Rogelio Banzuela", "A:", ""),
            (
                "In 2024, nine of the 11 people who died in Albay had stayed behind in their homes.",
                "Rogelio Banzuela",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Marivic Dagdag covers the provincial government and disaster response for the Bicol Sentinel.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Legazpi opens ₱48-million evacuation centre in Barangay Sto. Niño", "", "", "B"),
        ],
        [
            ("PAGASA declares start of rainy season", "", "", "B"),
        ],
        [
            ("About   Contact   Advertise   Privacy Policy", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Bicol Sentinel Publishing Corp.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("ReleaseLine", "", "", "B"),
        ],
        [
            (
                "News   Releases by Industry   Multimedia   For Journalists   Send a Release",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Food & Beverages   |   Manufacturing   |   Kentucky", "", "", "B"),
        ],
        [
            (
                "Hollisworthy Biscuit Company to Build $84 Million Bakery in Bowling Green, Creating 240 Jobs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "New plant will make about 110 million packs of crackers and cookies a year when it opens in 2028",
                "",
                "",
                "W",
            ),
        ],
        [
            ("NEWS PROVIDED BY", "", "", "B"),
        ],
        [
            ("Hollisworthy Biscuit Company", "", "", "B"),
        ],
        [
            ("Tuesday, June 9, 2026 8:30 AM EDT", "", "", "B"),
        ],
        [
            ("SHARE THIS RELEASE", "", "", "B"),
        ],
        [
            (
                "BOWLING GREEN, Ky., June 9, 2026 /ReleaseLine/ -- Hollisworthy Biscuit Company, the family-owned maker of Tillerbrook crackers and Bramblewick cookies, today announced plans to build an $84 million bakery in Bowling Green, creating 240 full-time jobs.",
                "Hollisworthy Biscuit Company",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The 310,000-square-foot plant, on a 42-acre site in the Chalkbrook industrial park, is expected to begin production in the spring of 2028.",
                "",
                "",
                "W",
            ),
            (
                "It will have four production lines and make about 110 million packs a year, raising the company's total capacity by 35%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"My great-grandparents started this company with one oven in a garage in Dayton, and every new bakery we open is a reminder of how far a good cracker can take you," said Marjorie Hollisworthy, president and chief executive officer of Hollisworthy Biscuit Company.',
                "Marjorie Hollisworthy",
                "said",
                "",
            ),
            (
                '"Bowling Green gives us a skilled workforce, room to grow and a day\'s drive to most of our customers."',
                "Marjorie Hollisworthy",
                "said",
                "",
            ),
        ],
        [
            (
                "Positions will include machine operators, maintenance technicians, quality assurance staff and warehouse workers, with an average starting wage of $24.60 an hour plus benefits.",
                "",
                "",
                "W",
            ),
            ("Hiring is expected to begin in the fall of 2027.", "", "", "W"),
        ],
        [
            (
                "The Kentucky Economic Development Finance Authority last week gave preliminary approval to up to $3.1 million in tax incentives for the project, tied to the company meeting its hiring and investment targets.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"Two hundred and forty jobs at a family company that has been baking for almost a century is exactly the kind of growth we want in Bowling Green," said Mayor Arlene Whitcastleby.',
                "Arlene Whitcastleby",
                "said",
                "",
            ),
        ],
        [
            (
                "Hollisworthy currently operates bakeries in Dayton, Ohio; Fort Wayne, Ind.; and Chattanooga, Tenn., and employs about 1,900 people.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("About Hollisworthy Biscuit Company", "", "", "B"),
        ],
        [
            (
                "Founded in 1928 in Dayton, Ohio, Hollisworthy Biscuit Company makes crackers, cookies and snack bars sold under the Tillerbrook, Bramblewick and Pocket Harvest brands and under retailers' own labels.",
                "",
                "",
                "W",
            ),
            (
                "The company is owned by the fourth generation of the Hollisworthy family.",
                "",
                "",
                "W",
            ),
            ("For more information, visit www.hollisworthybiscuit.com.", "", "", "B"),
        ],
        [
            ("Forward-Looking Statements", "", "", "B"),
        ],
        [
            (
                "This release contains statements about future events, including the expected timing, cost and employment of the Bowling Green bakery, that involve risks and uncertainties.",
                "",
                "",
                "B",
            ),
            (
                "Actual results could be materially different because of construction delays, changes in costs or market conditions, or other factors.",
                "",
                "",
                "B",
            ),
            (
                "Hollisworthy Biscuit Company does not undertake to update these statements.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Media Contact:", "", "", "B"),
        ],
        [
            ("Dana Ruellan-Whitbury", "", "", "B"),
        ],
        [
            ("Director of Communications", "", "", "B"),
        ],
        [
            ("937-555-0164", "", "", "B"),
        ],
        [
            ("media@hollisworthybiscuit.com", "", "", "B"),
        ],
        [
            ("SOURCE Hollisworthy Biscuit Company", "", "", "B"),
        ],
        [
            ("WANT YOUR COMPANY'S NEWS ON RELEASELINE?", "", "", "B"),
        ],
        [
            (
                "More than 40,000 newsrooms, websites and journalists receive our releases every day.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More news from this source", "", "", "B"),
        ],
        [
            (
                "Hollisworthy Biscuit Company names new chief financial officer   Mar 17, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bramblewick launches oat and honey cookie bites   Jan 06, 2026", "", "", "B"),
        ],
        [
            (
                "Contact   Terms of Use   Privacy   Site Map   © 2026 ReleaseLine Communications, LLC",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("The Carrigmoyle Chronicle", "", "", "B"),
        ],
        [
            ("Serving Carrigmoyle and the surrounding parishes since 1911", "", "", "B"),
        ],
        [
            (
                "Home   News   Sport   Opinion   Community Notes   Deaths   Property   Digital Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("OPINION", "", "", "B"),
        ],
        [
            ("Parking meters won't save the Square.", "", "", ""),
            ("People will", "", "", ""),
        ],
        [
            (
                "Charging €1.50 an hour to park in a town where a third of the shops are empty is a strange way to bring shoppers back, writes Nuala Cregan",
                "Nuala Cregan",
                "writes",
                "",
            ),
        ],
        [
            ("Nuala Cregan", "", "", "B"),
        ],
        [
            ("Fri 12 Jun 2026 at 07:00", "", "", "B"),
        ],
        [
            ("Share   Post   Email", "", "", "B"),
        ],
        [
            (
                "I have bought my bread in the same shop on the Square for 31 years, and for most of those years I have parked outside it for nothing.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "At their meeting on Monday, councillors in the Carrigmoyle Municipal District voted 5-3 to bring in pay parking on the Square and Main Street from September 1, at €1.50 an hour.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the council's own retail survey, 23 of the 68 shop units on the Square and Main Street were vacant last December, up from 14 in 2019.",
                "the council's own retail survey",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The argument for the meters, as I heard it on Monday, is that free parking lets people who work in the town take the best spaces all day, so shoppers can't find anywhere to stop.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Turnover is what we want,” Cllr Declan Reddane told the meeting.",
                "Declan Reddane",
                "told the meeting",
                "",
            ),
            (
                "“If a space changes hands eight times a day instead of once, that's eight customers instead of one.”",
                "Declan Reddane",
                "told the meeting",
                "",
            ),
        ],
        [
            ("It sounds tidy.", "", "", ""),
            ("I'm not convinced it survives contact with Carrigmoyle.", "", "", ""),
        ],
        [
            (
                "The same survey found that 64% of people who shop on the Square live within three kilometres of it, and that most of them drive because there is no bus into town on Saturdays.",
                "The same survey",
                "found",
                "W",
            ),
        ],
        [
            ("These are not commuters hogging spaces.", "", "", ""),
            ("They are our neighbours, many of them elderly, doing the messages.", "", "", ""),
        ],
        [
            ("Ennisford, 30 kilometres down the road, brought in meters in 2022.", "", "", "W"),
            (
                "The Ennisford Chamber of Commerce says footfall on its main street fell by 12% in the first year and has not recovered.",
                "The Ennisford Chamber of Commerce",
                "says",
                "W",
            ),
        ],
        [
            (
                "The council's director of services, Fergal Tunnery, told Monday's meeting that the €265,000 a year the meters are expected to raise would be spent on footpaths and lighting on the Square.",
                "Fergal Tunnery",
                "told Monday's meeting",
                "W",
            ),
        ],
        [
            ("That is a fair aim.", "", "", ""),
            (
                "But it is a tax on the people who still come, collected to make the place nicer for the people who have stopped coming.",
                "",
                "",
                "",
            ),
        ],
        [
            ("There are better ideas, and they are not expensive.", "", "", ""),
            ("Give the Square a two-hour free limit and enforce it.", "", "", ""),
            ("Put a bus on Saturday mornings.", "", "", ""),
            (
                "Let the empty units for a euro a year to anyone who will open a door and keep it open.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The by-laws cannot take effect until a public consultation closes on July 24, and councillors will take a final vote at their August meeting.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("I'll be making a submission.", "", "", ""),
            ("I hope I won't be the only one.", "", "", ""),
        ],
        [
            (
                "Nuala Cregan is a retired secondary school teacher and a former chair of Carrigmoyle Tidy Towns.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The views expressed in this column are the writer's own and not necessarily those of the Chronicle.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Have your say: letters@carrigmoylechronicle.ie", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take up to 24 hours to appear.", "", "", "B"),
        ],
        [
            ("MORE OPINION", "", "", "B"),
        ],
        [
            ("Editorial: The county deserves a straight answer on the landfill", "", "", "B"),
        ],
        [
            ("Letters: Thank you to everyone who searched for Bran", "", "", "B"),
        ],
        [
            ("Contact Us   Advertise   Terms & Conditions   Privacy   Cookie Policy", "", "", "B"),
        ],
        [
            ("© Carrigmoyle Chronicle Ltd. 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("DAGANG DAILY", "", "", "B"),
        ],
        [
            ("Thursday, 28 May 2026", "", "", "B"),
        ],
        [
            (
                "FBM KLCI 1,608.72 +4.31 (+0.27%)   |   USD/MYR 4.3125   |   CPO 3rd month RM3,962 -38",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home   Corporate   Economy   Markets   Property   Plantation   Tech   Personal Finance",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Corporate", "", "", "B"),
        ],
        [
            (
                "Sendaya Plantations' Q1 profit falls 23% as lower output and prices weigh",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Farah Aziela Mohd Radzi", "", "", "B"),
        ],
        [
            ("28 May 2026, 07:15 pm", "", "", "B"),
        ],
        [
            ("A-   A+   Print   Share", "", "", "B"),
        ],
        [
            (
                "KUALA LUMPUR: Sendaya Plantations Bhd's net profit fell 23.4% to RM312.6 million in the first quarter ended March 31, 2026 from RM408.1 million a year earlier, the planter said in a filing with Bursa Malaysia on Thursday.",
                "the planter",
                "said in a filing with Bursa Malaysia",
                "W",
            ),
        ],
        [
            (
                "Revenue dropped 11.1% to RM2.71 billion from RM3.05 billion, while earnings per share came in at 13.8 sen against 18.0 sen.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The group said fresh fruit bunch (FFB) production fell 9.6% year-on-year to 1.18 million tonnes, mainly because heavy rain in Sabah in January and February disrupted harvesting.",
                "The group",
                "said",
                "W",
            ),
            (
                "Its average realised crude palm oil (CPO) price was RM3,884 per tonne, down from RM4,212 a year earlier, it said.",
                "Sendaya Plantations Bhd",
                "said",
                "W",
            ),
        ],
        [
            (
                "The board declared a first interim dividend of 5 sen per share, payable on June 26 to shareholders on record as of June 11.",
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
                "In its prospects statement, Sendaya said it expected FFB output to recover in the second half as trees planted in 2019 reach peak yield, though CPO prices could stay volatile because of uncertainty over Indonesia's biodiesel policy.",
                "Sendaya Plantations Bhd",
                "said",
                "",
            ),
        ],
        [
            (
                "Sendaya shares closed 14 sen, or 2.94%, lower at RM4.62 on Thursday before the results were released, valuing the company at about RM10.5 billion.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kenneth Hii Ding Sieng, head of plantation research at Maybridge Securities, said the results were “below expectations but not alarming”.",
                "Kenneth Hii Ding Sieng",
                "said",
                "",
            ),
            (
                "He said the first quarter made up 19% of the house's full-year net profit forecast of RM1.64 billion, compared with an average of 22% over the past five years.",
                "Kenneth Hii Ding Sieng",
                "said",
                "W",
            ),
            (
                "“The first quarter is always the weakest for Malaysian planters because of the monsoon, and this year the rain was worse than usual,” Hii said.",
                "Kenneth Hii Ding Sieng",
                "said",
                "W",
            ),
            ("“We are keeping our hold call.”", "Kenneth Hii Ding Sieng", "said", "W"),
        ],
        [
            ("Maybridge cut its target price for Sendaya to RM4.85 from RM5.10.", "", "", "W"),
        ],
        [
            (
                "Analysts at Permata Mutiara Research said in a note to clients that labour shortages, which eased in 2025, could return if the government tightens foreign worker quotas later this year.",
                "Analysts at Permata Mutiara Research",
                "said in a note to clients",
                "",
            ),
        ],
        [
            ("Read also: Plantation stocks slip as CPO futures fall for third day", "", "", "B"),
        ],
        [
            (
                "Malaysia's palm oil stocks rose 4.8% in April from March to 1.92 million tonnes, according to data from the Malaysian Palm Oil Board.",
                "data from the Malaysian Palm Oil Board",
                "according to",
                "W",
            ),
        ],
        [
            ("Key figures, Q1 2026", "", "", ""),
        ],
        [
            ("Revenue: RM2.71 billion (-11.1%)", "", "", "W"),
        ],
        [
            ("Net profit: RM312.6 million (-23.4%)", "", "", "W"),
        ],
        [
            ("FFB output: 1.18 million tonnes (-9.6%)", "", "", "W"),
        ],
        [
            ("First interim dividend: 5 sen per share", "", "", "W"),
        ],
        [
            (
                "Tags: Sendaya Plantations   palm oil   CPO   plantation   quarterly results   Bursa Malaysia",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Disclaimer: This article is for information only and is not advice to buy or sell any security.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Dagang Daily is on WhatsApp and Telegram.", "", "", "B"),
            ("Follow us for the day's market-moving news.", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Malaysian palm oil exports up 7% in May 1-25, cargo surveyors say", "", "", "B"),
        ],
        [
            ("Planters face higher windfall levy as CPO holds above RM3,800", "", "", "B"),
        ],
        [
            ("About Us   Advertise   Subscribe   Contact   PDPA Notice", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Dagang Media Sdn Bhd (198701004412).", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h58-us-cookie-quoted-choice",
        'We care about your privacy\nWe and 143 partners store and read information on your device, such as cookies and device identifiers, to show you personalized ads and content, measure how they perform and learn about our audience. You can change your choices at any time by clicking "Your privacy choices" at the bottom of any page.\nAccept all   Reject all   Customize settings',
        [
            "We care about your privacy",
            "We and 143 partners store and read information on your device, such as cookies and device identifiers, to show you personalized ads and content, measure how they perform and learn about our audience.",
            'You can change your choices at any time by clicking "Your privacy choices" at the bottom of any page.',
            "Accept all   Reject all   Customize settings",
        ],
    ),
    (
        "h58-us-dek-byline-am-pt",
        "Board votes 5-2 to close a $14.2 million gap; three neighborhoods will lose all-day service\nBy Delphine Arkenwright-Breyer | The Lanebridge Sentinel\nPublished June 5, 2026, 6:02 a.m. PT | Updated June 5, 2026, 7:18 p.m. PT\nShare   Email   Print   Comments (38)",
        [
            "Board votes 5-2 to close a $14.2 million gap; three neighborhoods will lose all-day service",
            "By Delphine Arkenwright-Breyer | The Lanebridge Sentinel",
            "Published June 5, 2026, 6:02 a.m. PT | Updated June 5, 2026, 7:18 p.m. PT",
            "Share   Email   Print   Comments (38)",
        ],
    ),
    (
        "h58-us-no-caption-credit-sept",
        "A rider waits for the No. 14 bus at the Ashenhollow Transit Center on Thursday morning. Ruben Osterwick-Vill / The Sentinel\nLanebridge Transit will eliminate six bus routes and reduce service on nine others starting Sept. 6, after the agency's board voted 5-2 late Thursday to close a $14.2 million budget gap left by the failure of a payroll tax measure in May.",
        [
            "A rider waits for the No. 14 bus at the Ashenhollow Transit Center on Thursday morning.",
            "Ruben Osterwick-Vill / The Sentinel",
            "Lanebridge Transit will eliminate six bus routes and reduce service on nine others starting Sept. 6, after the agency's board voted 5-2 late Thursday to close a $14.2 million budget gap left by the failure of a payroll tax measure in May.",
        ],
    ),
    (
        "h58-us-measure-percent",
        "Measure 26-241, which would have raised the district's payroll tax rate from 0.62% to 0.79%, failed on May 19 with 51.8% of voters against it, according to the Tallisfield County Elections Division. It was the second time since 2022 that voters in the district had turned down a transit tax increase.",
        [
            "Measure 26-241, which would have raised the district's payroll tax rate from 0.62% to 0.79%, failed on May 19 with 51.8% of voters against it, according to the Tallisfield County Elections Division.",
            "It was the second time since 2022 that voters in the district had turned down a transit tax increase.",
        ],
    ),
    (
        "h58-us-meter-wall",
        "Thanks for reading The Sentinel. You've used your last free article for June.\nSubscribe today for unlimited access to local news, the e-Paper and all of our newsletters.\nJust $1 for your first 3 months, then $15.99 a month. Cancel anytime.\nGet started\nCurrent subscriber? Sign in to keep reading.",
        [
            "Thanks for reading The Sentinel.",
            "You've used your last free article for June.",
            "Subscribe today for unlimited access to local news, the e-Paper and all of our newsletters.",
            "Just $1 for your first 3 months, then $15.99 a month.",
            "Cancel anytime.",
            "Get started",
            "Current subscriber?",
            "Sign in to keep reading.",
        ],
    ),
    (
        "h58-us-pm-library-he-said",
        "The agency will hold three open houses on the new schedules in July, the first on July 9 at 6 p.m. at the Ashenhollow Branch Library, spokesperson Teodor Macrennie said. Macrennie said the agency applied Wednesday for a $2.4 million emergency grant from the Oregon Department of Transportation. A decision is not expected before August, he said.",
        [
            "The agency will hold three open houses on the new schedules in July, the first on July 9 at 6 p.m. at the Ashenhollow Branch Library, spokesperson Teodor Macrennie said.",
            "Macrennie said the agency applied Wednesday for a $2.4 million emergency grant from the Oregon Department of Transportation.",
            "A decision is not expected before August, he said.",
        ],
    ),
    (
        "h58-uk-consent-crumb",
        "I ACCEPT   SHOW PURPOSES   NO THANKS\nSTANNERFOLD COURANT\nSkip to main content\nNews   Sport   What's On   Property   Jobs   Announcements   Puzzles   Courant Premium\nNews › Stannerfold › Town Centre\nPREMIUM",
        [
            "I ACCEPT   SHOW PURPOSES   NO THANKS",
            "STANNERFOLD COURANT",
            "Skip to main content",
            "News   Sport   What's On   Property   Jobs   Announcements   Puzzles   Courant Premium",
            "News › Stannerfold › Town Centre",
            "PREMIUM",
        ],
    ),
    (
        "h58-uk-byline-clock-image",
        "By Imogen Fairbrassey-Dukes, Council Reporter\n12:04, 10 JUN 2026   Updated 16:41, 10 JUN 2026\nBookmark   Share   Comments\nScaffolding already covers part of the market hall's Wood Street entrance. (Image: Jolyon Pasmore-Varnhough/Stannerfold Courant)",
        [
            "By Imogen Fairbrassey-Dukes, Council Reporter",
            "12:04, 10 JUN 2026   Updated 16:41, 10 JUN 2026",
            "Bookmark   Share   Comments",
            "Scaffolding already covers part of the market hall's Wood Street entrance.",
            "(Image: Jolyon Pasmore-Varnhough/Stannerfold Courant)",
        ],
    ),
    (
        "h58-uk-said-colon-two-paras",
        "She said: “I know this is hard news for traders, some of whom have been in this building for three generations. We have not taken this decision lightly.\n“But if we don't do the work now, we will be having a very different conversation in five years' time, about whether the hall can be saved at all.”",
        [
            "She said: “I know this is hard news for traders, some of whom have been in this building for three generations.",
            "We have not taken this decision lightly.",
            "“But if we don't do the work now, we will be having a very different conversation in five years' time, about whether the hall can be saved at all.”",
        ],
    ),
    (
        "h58-uk-premium-member",
        "This is a Courant Premium article\nKeep reading with Courant Premium: fewer adverts, unlimited articles and the digital edition on your phone by 6am.\n£1 for your first month, then £6.99 a month\nSubscribe\nAlready a member? Log in",
        [
            "This is a Courant Premium article",
            "Keep reading with Courant Premium: fewer adverts, unlimited articles and the digital edition on your phone by 6am.",
            "£1 for your first month, then £6.99 a month",
            "Subscribe",
            "Already a member?",
            "Log in",
        ],
    ),
    (
        "h58-nz-label-byline-am",
        "HEALTH\nDunraskin maternity unit to stop births for 10 weeks as midwife shortage bites\nWomen due to give birth from June 22 will be sent to Dunedin, two hours' drive away\nKerewhai Tamahiki\nHealth reporter\n5:00am, 16 Jun 2026\nShare this article",
        [
            "HEALTH",
            "Dunraskin maternity unit to stop births for 10 weeks as midwife shortage bites",
            "Women due to give birth from June 22 will be sent to Dunedin, two hours' drive away",
            "Kerewhai Tamahiki",
            "Health reporter",
            "5:00am, 16 Jun 2026",
            "Share this article",
        ],
    ),
    (
        "h58-nz-caption-fact-photo",
        "Dunraskin Hospital's maternity unit has six beds and delivered 212 babies last year. Photo / Maioha Bracklin-Humbleby\nDunraskin Hospital will stop planned births at its maternity unit for 10 weeks from June 22 because it does not have enough midwives to run it safely, Health New Zealand said yesterday.",
        [
            "Dunraskin Hospital's maternity unit has six beds and delivered 212 babies last year.",
            "Photo / Maioha Bracklin-Humbleby",
            "Dunraskin Hospital will stop planned births at its maternity unit for 10 weeks from June 22 because it does not have enough midwives to run it safely, Health New Zealand said yesterday.",
        ],
    ),
    (
        "h58-nz-statement-tip",
        "In a statement, Health New Zealand said the unit had paused births for four weeks in 2023 and for six weeks in 2025. It said a review of maternity services across the Southern district would be finished by the end of October.\nThere were 212 births at Dunraskin last year, down from 268 in 2019, according to Health New Zealand data.\nKerewhai Tamahiki is Ferngate's health reporter, based in Dunedin.\nGot a story tip? Email news@ferngate.co.nz",
        [
            "In a statement, Health New Zealand said the unit had paused births for four weeks in 2023 and for six weeks in 2025.",
            "It said a review of maternity services across the Southern district would be finished by the end of October.",
            "There were 212 births at Dunraskin last year, down from 268 in 2019, according to Health New Zealand data.",
            "Kerewhai Tamahiki is Ferngate's health reporter, based in Dunedin.",
            "Got a story tip?",
            "Email news@ferngate.co.nz",
        ],
    ),
    (
        "h58-gh-dateline-dollars",
        "ACCRA, June 11 (Calvane) - Ghana will pay cocoa farmers 52,800 cedis ($3,520) per tonne for the 2026/27 main crop season, up 14% from this season, the Ghana Cocoa Board said on Thursday, as the world's second-largest grower tries to stop beans being smuggled across its borders.\nThe new price works out at 3,379.20 cedis for a 64-kg bag, Cocobod chief executive Efua Dorkwei told a news conference in Accra.",
        [
            "ACCRA, June 11 (Calvane) - Ghana will pay cocoa farmers 52,800 cedis ($3,520) per tonne for the 2026/27 main crop season, up 14% from this season, the Ghana Cocoa Board said on Thursday, as the world's second-largest grower tries to stop beans being smuggled across its borders.",
            "The new price works out at 3,379.20 cedis for a 64-kg bag, Cocobod chief executive Efua Dorkwei told a news conference in Accra.",
        ],
    ),
    (
        "h58-gh-straight-quote-said-after",
        '"The farmer in Sefwi can see the price in Ivory Coast on his phone," said Kofi Badusei, the union\'s general secretary. "You cannot tell him 14% is a victory."',
        [
            '"The farmer in Sefwi can see the price in Ivory Coast on his phone," said Kofi Badusei, the union\'s general secretary.',
            '"You cannot tell him 14% is a victory."',
        ],
    ),
    (
        "h58-gh-credits-standards-bio",
        "Reporting by Kwabla Adomfeh in Accra and Akissi Kouassi-Brunel in Abidjan; Additional reporting by Harriet Lyndwood in London; Writing by Edric Lenderfield; Editing by Fenella Oakhurne and Mirek Sobczynski-Hallorick\nOur Standards: The Calvane Editorial Code.\nBuy licensing rights, opens new tab\nKwabla Adomfeh\nKwabla covers cocoa, gold and the economy of Ghana from Accra. He joined Calvane in 2019 after eight years at a Ghanaian business weekly.",
        [
            "Reporting by Kwabla Adomfeh in Accra and Akissi Kouassi-Brunel in Abidjan; Additional reporting by Harriet Lyndwood in London; Writing by Edric Lenderfield; Editing by Fenella Oakhurne and Mirek Sobczynski-Hallorick",
            "Our Standards: The Calvane Editorial Code.",
            "Buy licensing rights, opens new tab",
            "Kwabla Adomfeh",
            "Kwabla covers cocoa, gold and the economy of Ghana from Accra.",
            "He joined Calvane in 2019 after eight years at a Ghanaian business weekly.",
        ],
    ),
    (
        "h58-wi-quote-split-inside",
        "Owner Gretchen Hallstrom-Pikeland, whose grandparents opened the store in 1955, said she had tried for two years to find a buyer and had no serious offers. “I'm 66, and I've been stocking these shelves since I was tall enough to reach them,” she said. “I would have loved to hand it on. Nobody wanted it.”",
        [
            "Owner Gretchen Hallstrom-Pikeland, whose grandparents opened the store in 1955, said she had tried for two years to find a buyer and had no serious offers.",
            "“I'm 66, and I've been stocking these shelves since I was tall enough to reach them,” she said.",
            "“I would have loved to hand it on.",
            "Nobody wanted it.”",
        ],
    ),
    (
        "h58-wi-obit-initial-address",
        "Obituary: Harlan E. Stuebe, 88\nComments\nYou must be a subscriber to comment. Log in or create an account.\nThe Pinehollow Pioneer   |   211 W. Mill St., Pinehollow, WI 54488   |   715-555-0110\n© 2026 Pinehollow Pioneer Publishing Co.",
        [
            "Obituary: Harlan E. Stuebe, 88",
            "Comments",
            "You must be a subscriber to comment.",
            "Log in or create an account.",
            "The Pinehollow Pioneer   |   211 W. Mill St., Pinehollow, WI 54488   |   715-555-0110",
            "© 2026 Pinehollow Pioneer Publishing Co.",
        ],
    ),
    (
        "h58-en-headline-colon-byline",
        "Skelhurst Town 2 Kelsmarden Athletic 1: late Ossaikwe header keeps play-off hopes alive\nBy Rhys Penhalligan-Grantleigh\nSports Reporter\nSaturday 25 April 2026 5:48 pm\nShare",
        [
            "Skelhurst Town 2 Kelsmarden Athletic 1: late Ossaikwe header keeps play-off hopes alive",
            "By Rhys Penhalligan-Grantleigh",
            "Sports Reporter",
            "Saturday 25 April 2026 5:48 pm",
            "Share",
        ],
    ),
    (
        "h58-en-manager-said-colon",
        "Town manager Paul Dewsbridge-Laneham said: “That's what this club is about. We don't know when we're beaten.\n“Chinedum has been patient all season, he's not played as much as he'd like, and he's come on and won us the game. I couldn't be happier for him.”",
        [
            "Town manager Paul Dewsbridge-Laneham said: “That's what this club is about.",
            "We don't know when we're beaten.",
            "“Chinedum has been patient all season, he's not played as much as he'd like, and he's come on and won us the game.",
            "I couldn't be happier for him.”",
        ],
    ),
    (
        "h58-en-teams-referee",
        "Teams\nSkelhurst Town: Ollerdale-Biggin; Pemberthwaite, Holtbury-Cranwell, Nwachineke-Dalbury, Ashwellby; Fairclover-Ndoye, Rudge, Tennickson (Whitlinge 70); Keeble (Sillavan 36), Marrwick (Ossaikwe 87), Quaylan.\nSubs not used: Dyerson, Okoneme-Prattwell, Kettner.\nKelsmarden Athletic: Madderley-Sykeston; Pembleworth, Grainton, Lutterworth, Abaraneke; Dorsley-Kayes, Penroyd (Millsop 77), Kitwood; Tunstall, Brightwen, Ferrantino-Coleby.\nBooked: Rudge, Grainton, Kitwood.\nReferee: Owain Trehennick.\nAttendance: 3,412.",
        [
            "Teams",
            "Skelhurst Town: Ollerdale-Biggin; Pemberthwaite, Holtbury-Cranwell, Nwachineke-Dalbury, Ashwellby; Fairclover-Ndoye, Rudge, Tennickson (Whitlinge 70); Keeble (Sillavan 36), Marrwick (Ossaikwe 87), Quaylan.",
            "Subs not used: Dyerson, Okoneme-Prattwell, Kettner.",
            "Kelsmarden Athletic: Madderley-Sykeston; Pembleworth, Grainton, Lutterworth, Abaraneke; Dorsley-Kayes, Penroyd (Millsop 77), Kitwood; Tunstall, Brightwen, Ferrantino-Coleby.",
            "Booked: Rudge, Grainton, Kitwood.",
            "Referee: Owain Trehennick.",
            "Attendance: 3,412.",
        ],
    ),
    (
        "h58-dk-study-details-bio",
        "Study details: Mette Kjærholm et al., Amber street lighting reduces moth mortality and restores nocturnal flower visits in a Danish town, Journal of Applied Night Ecology (2026). DOI: 10.4402/jane.2026.0193\nLorcan Wethersett is Quarkwell's environment editor. He has written about ecology since 2011 and lives in Copenhagen.",
        [
            "Study details: Mette Kjærholm et al., Amber street lighting reduces moth mortality and restores nocturnal flower visits in a Danish town, Journal of Applied Night Ecology (2026). DOI: 10.4402/jane.2026.0193",
            "Lorcan Wethersett is Quarkwell's environment editor.",
            "He has written about ecology since 2011 and lives in Copenhagen.",
        ],
    ),
    (
        "h58-dk-quote-she-said",
        "“Moths are drawn to short wavelengths, the blue end of the spectrum,” she said. “Amber light has much less of that, so fewer of them circle the lamp until they're exhausted or eaten.”",
        [
            "“Moths are drawn to short wavelengths, the blue end of the spectrum,” she said.",
            "“Amber light has much less of that, so fewer of them circle the lamp until they're exhausted or eaten.”",
        ],
    ),
    (
        "h58-bc-menu-live-updated",
        "News   B.C.   Canada   Wildfires   Sports   Opinion   Life   Obituaries\nLIVE\nAshcarrow Lake wildfire live updates: evacuation order expanded to 1,240 properties, Highway 97 closed\nLast updated: 6:52 p.m. PT, July 18, 2026",
        [
            "News   B.C.   Canada   Wildfires   Sports   Opinion   Life   Obituaries",
            "LIVE",
            "Ashcarrow Lake wildfire live updates: evacuation order expanded to 1,240 properties, Highway 97 closed",
            "Last updated: 6:52 p.m. PT, July 18, 2026",
        ],
    ),
    (
        "h58-bc-address-am-pm",
        "2:47 p.m.\nReception centre opens at Vernholt Curling Club\nEvacuees can register at the Vernholt Curling Club, 410 Larchwater Dr., from 9 a.m. to 10 p.m. daily, the regional district said. The district said 212 people had registered by 2 p.m., and hotel rooms in Vernholt were filling quickly.\n— Nadia Feltwick-Odukoyo",
        [
            "2:47 p.m.",
            "Reception centre opens at Vernholt Curling Club",
            "Evacuees can register at the Vernholt Curling Club, 410 Larchwater Dr., from 9 a.m. to 10 p.m. daily, the regional district said.",
            "The district said 212 people had registered by 2 p.m., and hotel rooms in Vernholt were filling quickly.",
            "— Nadia Feltwick-Odukoyo",
        ],
    ),
    (
        "h58-ph-engr-intro-edited",
        "Engr. Rogelio Banzuela has headed the Albay Provincial Disaster Risk Reduction and Management Office (APDRRMO) since 2019. In late October 2024, back-to-back storms forced the province to move more than 110,000 people into evacuation centres and schools in four days.\nThe Sentinel spoke with him at the provincial command centre in Legazpi City last week. The interview has been edited for length and clarity.",
        [
            "Engr. Rogelio Banzuela has headed the Albay Provincial Disaster Risk Reduction and Management Office (APDRRMO) since 2019.",
            "In late October 2024, back-to-back storms forced the province to move more than 110,000 people into evacuation centres and schools in four days.",
            "The Sentinel spoke with him at the provincial command centre in Legazpi City last week.",
            "The interview has been edited for length and clarity.",
        ],
    ),
    (
        "h58-ph-answer-colon-plainly",
        "A: I understand the fear, I really do. This year the provincial police have agreed to keep at least two officers in every evacuated barangay, and we have 300 more tanod, the village watchmen, on standby. But I will say it plainly: a television can be replaced, a child cannot.",
        [
            "A: I understand the fear, I really do.",
            "This year the provincial police have agreed to keep at least two officers in every evacuated barangay, and we have 300 more tanod, the village watchmen, on standby.",
            "But I will say it plainly: a television can be replaced, a child cannot.",
        ],
    ),
    (
        "h58-ky-dateline-slash-dashes",
        "BOWLING GREEN, Ky., June 9, 2026 /ReleaseLine/ -- Hollisworthy Biscuit Company, the family-owned maker of Tillerbrook crackers and Bramblewick cookies, today announced plans to build an $84 million bakery in Bowling Green, creating 240 full-time jobs.\nThe 310,000-square-foot plant, on a 42-acre site in the Chalkbrook industrial park, is expected to begin production in the spring of 2028. It will have four production lines and make about 110 million packs a year, raising the company's total capacity by 35%.",
        [
            "BOWLING GREEN, Ky., June 9, 2026 /ReleaseLine/ -- Hollisworthy Biscuit Company, the family-owned maker of Tillerbrook crackers and Bramblewick cookies, today announced plans to build an $84 million bakery in Bowling Green, creating 240 full-time jobs.",
            "The 310,000-square-foot plant, on a 42-acre site in the Chalkbrook industrial park, is expected to begin production in the spring of 2028.",
            "It will have four production lines and make about 110 million packs a year, raising the company's total capacity by 35%.",
        ],
    ),
    (
        "h58-ie-headline-stop-standfirst",
        "Parking meters won't save the Square. People will\nCharging €1.50 an hour to park in a town where a third of the shops are empty is a strange way to bring shoppers back, writes Nuala Cregan\nNuala Cregan\nFri 12 Jun 2026 at 07:00",
        [
            "Parking meters won't save the Square.",
            "People will",
            "Charging €1.50 an hour to park in a town where a third of the shops are empty is a strange way to bring shoppers back, writes Nuala Cregan",
            "Nuala Cregan",
            "Fri 12 Jun 2026 at 07:00",
        ],
    ),
    (
        "h58-my-lead-colon-sen",
        "KUALA LUMPUR: Sendaya Plantations Bhd's net profit fell 23.4% to RM312.6 million in the first quarter ended March 31, 2026 from RM408.1 million a year earlier, the planter said in a filing with Bursa Malaysia on Thursday.\nRevenue dropped 11.1% to RM2.71 billion from RM3.05 billion, while earnings per share came in at 13.8 sen against 18.0 sen.",
        [
            "KUALA LUMPUR: Sendaya Plantations Bhd's net profit fell 23.4% to RM312.6 million in the first quarter ended March 31, 2026 from RM408.1 million a year earlier, the planter said in a filing with Bursa Malaysia on Thursday.",
            "Revenue dropped 11.1% to RM2.71 billion from RM3.05 billion, while earnings per share came in at 13.8 sen against 18.0 sen.",
        ],
    ),
]
