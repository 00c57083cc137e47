"""Fifty-sixth held-out set of hand-labelled pages for the hint engines (held-out set, round thirty-five):
twelve WHOLE pages, head to tail, in the styles a newsroom pastes most: a pasted US web page with its
cookie banner, subscription strip and a metered paywall block in the middle of the story (Ohio, a
state Senate bill S.B. 114); wire copy on the wire's own site with its "(Reporting by ...; Editing by
...)" credits (Chile); local news (Scotland); sport, a match report under its score line (England); a
science story on a study with hedged findings (Canada); a live blog with time-stamped entries (the
United Kingdom); a Q&A interview (Kenya); a company press release on a newswire (Georgia, US); an
obituary (New South Wales, Australia); a court report (England); a business results story (India);
and a wildfire emergency update (Oregon, US). Speakers, check-worthiness and hard splits
(abbreviations ending sentences, numbered designations such as "S.B. 114", "H.B. 87" and "Union No.
2", questions inside quotes followed by their attribution) are labelled as in the older sets.

HELD-OUT: its split cases are `HELDOUT_CASES` (renamed from `CASES` when the set was registered,
so no test collects them), not `CASES`.

This is a HELD-OUT set: it is never looked at while tuning rules. It only measures how the engines
do on copy nobody tuned for; nothing in it should be read to decide what a rule does.

Written from scratch for issue 13 in round thirty-five, before any rule was tuned on it and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/`
or `tests/benchmarks/`, no README of the project; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The brief's folder was listed (it held the brief, a second note
and a scoring script); only the brief was read, and neither the note nor the scoring script was
opened. What was read for the format: the module docstrings of `labelled_new.py` and
`labelled_new2.py` (printed whole with `ast.get_docstring`); a listing of `labelled_new77.py` and
`labelled_new78.py` printed by a script of my own (their module docstrings, their import lines, their
`STYLES`, their first two pages and their first eight `CASES`). The terminal cut that listing in the
middle, so it was saved to a file in /tmp and two parts of it were printed again with `sed` (the end
of the docstring of `labelled_new77.py` with its `STYLES` and the start of its first page, and the
docstring, `STYLES`, first page and start of the second page of `labelled_new78.py`); the rest of
those pages and cases was seen only as far as the first printing showed it. Also read: `build` in
`labelled_articles.py` (a `grep -n "def build" -A15` listing) and the `[tool.ruff]` tables of
`pyproject.toml` (a `grep -A12` listing). No other page, case or docstring of any file under `tests/`
was read. What was run: read-only `git status --short` (it listed two files under `claimreview/` and
`tests/text/test_hints.py` as modified by someone else, names only, none opened) and `git log
--oneline -3`; `ls tests/text` (a count, and the names matching `labelled_heldout5*`,
`labelled_new7*` and `labelled_new8*`); a Python one-liner printing the calendar of 2026 to check
weekdays; scripts of my own in /tmp that turn a small line format into the literals below, rename
coined names, cut the split cases out of the pages and count sentences; an import of this file with
`build` on every page; a checking script of my own (four fields, flags, a cue for every speaker and a
speaker for every cue, no speaker on furniture, the sentence count, every split case occurring in a
built page and joining back to its sentences); whole-word case-insensitive counts over `tests/` of
every capitalised word of these pages, styles and speakers (each part of a hyphenated name on its
own) and of every candidate replacement, printing file counts only (`grep -rilw ... | wc -l`); one
`grep -rilw` run that listed only the names of the files holding five coined names of the first draft
(to see whether the hits sat in one file being drafted at the same time; they did not, they sat in
committed files under `tests/text`, and no line was printed); an `ls` of the session's library folder
and of the ruff binary (names only); and `ruff format` / `ruff check` on this file. (The first count
run had its `--exclude` option misplaced, so grep complained about a missing file; the counts were
unaffected, as this file did not exist yet.) A first draft hit about a hundred and forty coined
surnames, given names, towns, streets, outlets,
companies, clubs and a league of other files under `tests/` (many of the replacements tried next hit
too); each was renamed, and only replacements with no hit were kept. The last count-only pass found
none of this set's coined surnames, places, outlets or companies elsewhere; what still hits is common
given names (Tony, Duncan, Alison, Kirsty, Naomi, Rupert, Kwame and the like), titles, common words
and the real settings listed below.

Every person, town, village, neighbourhood, street, road, subdivision, school, hospital, church,
club, ground, league, company, bank, brokerage, union, university, institute, journal, outlet, wire,
newswire, TV station and number is invented. Real countries, states, provinces, regions, big cities
and public bodies appear only as settings, with invented figures and invented people in their
offices: the United States, Ohio, Columbus, Franklin County, the Ohio Senate and House, the
Legislative Service Commission and the governor's office; Chile, Santiago, Antofagasta, the Chilean
Copper Commission (Cochilco), the Labor Ministry and the national statistics institute, Canada and
Toronto (a listing), the London Metal Exchange, Peru and Norway (in related headlines); Scotland,
Aberdeenshire Council, Education Scotland, the Schools (Consultation) (Scotland) Act 2010 and the BBC
(in a funding note); England (a registration line); Canada, British Columbia, Winnipeg and Manitoba,
the BC Centre for Disease Control, the B.C. Ministry of Health, the Interior, the provincial wildfire
service, the Canadian Institutes of Health Research (a funding line), California (an earlier study)
and COVID-19; the United Kingdom, Swansea, the Financial Conduct Authority, the Commons Treasury
Committee, the Financial Ombudsman Service and X; Kenya, Nakuru, Kisumu, the county government, the
national government and the Water Services Regulatory Board (WASREB); the United States, Georgia, the
Southeast, Ohio and Cleveland, the Georgia Department of Economic Development, Nasdaq, the Private
Securities Litigation Reform Act of 1995 and the U.S. Securities and Exchange Commission; Australia,
New South Wales, Adelaide, Sydney, the state government, the Medal of the Order of Australia and the
Royal Flying Doctor Service; England, Leeds Crown Court, Yorkshire, Great Britain, the Health and
Safety Executive (HSE) and the Health and Safety at Work etc. Act 1974; India, Mumbai, Andhra Pradesh,
the BSE, the Sensex and the Nifty; the United States, Oregon, Bend, U.S. Highway 26, the Oregon
Department of Forestry, the Oregon State Fire Marshal's office, the governor, the Emergency
Conflagration Act, the National Weather Service in Pendleton, the Oregon Department of
Transportation, the American Red Cross, and the EEO and the FCC (in a station footer). Social networks
and apps (Facebook, X, WhatsApp) appear only in share strips.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
Furniture is "B" line by line; captions are labelled by content and their credits are "B"; headlines
and standfirsts are never split at a semicolon, and a verb of saying in them carries the source as
the body names it; titles, ranks and post-nominals are dropped from speakers ("Sen.", "Gov.", "Speaker
Pro Tempore", "Cllr", "Dr.", "Dr", "Eng.", "Cr", "Judge", "Sheriff", "KC"); a pronoun, a later surname
or a role ("the 24-year-old") resolves to the full name as first given; organisations, documents and
data are kept as written, with "It" resolved to the organisation's name as first given.

Conventions this set had to settle, in the spirit of the older sets:

* Cookie banners and paywall blocks. Every line of a cookie banner, a metered-paywall block ("You've
  read 3 of 4 free articles this month.") and a privacy footer is "B"; "Already a subscriber? Log in"
  on one line is two "B" sentences. The story sentences after the paywall block are labelled as usual.
* US legislators. "Sen. Ruth Ambersleigh-Quarne, R-Kellenvale, who sponsored the bill, said" keeps
  the name only (the party-and-town tag is dropped like a title); "Gov. ... has not said whether he
  would sign the bill" takes "has not said" as cue with flags "", like "did not say"; "The group,
  which says it represents ..., said 38% ..." takes the main verb "said" and keeps "The group" as
  written; "A commission analysis of the bill, published May 4, found" keeps the document as written.
  A sponsor's promise of a hearing "before the summer break" is a plan, not a date of record ("").
* Wire copy. The dateline "SANTIAGO, May 12 (Brenvane) -" belongs to the first sentence; "the company
  said" at the end of a lead that has not yet named the company is kept as written; "Union No. 2" is
  a speaker with its designation; "told Brenvane by phone" is a cue as written; "The union disputed
  that." takes "disputed" as cue, flags "". The credits line "(Reporting by ... in Santiago and ...;
  Additional reporting by ...; Editing by ... and ...)" is ONE "B" sentence, never split at its
  semicolons; the standards, licensing and quotes-delayed lines are "B".
* Press release. "... Inc. (Nasdaq: TLWM), ..., today announced plans to build ..." carries the
  company with the cue "announced"; the release's own sentences without a verb of saying carry no
  speaker, though the company issued them; "that it expects will create 850 jobs" inside an
  announcement of record stays "W". "News provided by", the company line under it, the "About ..."
  block, the forward-looking statements block, the media and investor contact lines and the SOURCE
  line are "B" even where they state checkable facts (boilerplate repeated under every release).
* Obituary. Dates, career facts, offices held, an honour and a building named after the dead man are
  "W", a hedge inside a fact ("is believed to have delivered more than 3,000 babies") included; family
  facts (marriage, survivors) and the funeral and donation arrangements are "" (private circumstances
  and notices, not claims a reviewer checks); "He meant to stay six weeks." is ""; an archive quote of
  the dead man ("Asked by the Leader on his retirement in 2008 ..., he said: “The babies." / "Never the
  paperwork.”") carries him.
* Court report. "Leeds Crown Court heard that ..." keeps the court as written with the cue "heard";
  reported speech with the prosecutor named at its end carries her; "The colleague, who was 19 at the
  time, told Health and Safety Executive investigators that ..." keeps "The colleague" and the cue as
  written, the nested quote inside it included; the judge's characterisation is "" but a figure or a
  fact of record in her quote is "W", and her sentence, the reduction and the disqualification are
  "W"; a victim personal statement is labelled like speech, with feelings and private circumstances "".
* Business results. "Suvarnika Paints Ltd. on Friday reported ..." carries the company with the cue
  "reported"; "the Mumbai-based company said in a regulatory filing" is kept as written; a poll of
  analysts reported by the paper carries no speaker; "Brokerage Meridane Capital ..., saying" drops the
  descriptor; "according to industry estimates" keeps "industry estimates"; a guidance sentence that
  also reports a checkable fact ("rural demand had picked up in March") is "W"; a target-price cut in
  an analyst's quote is "W" and his forecast "".
* Science. A headline "..., study finds" carries the study as the body first names it ("a study by
  researchers at Mallardine University"); "the authors cautioned" and "they wrote" with a hedge are "";
  a limitation stated by the lead author is ""; "a gap the authors said needed further study" carries
  the authors on the whole sentence, "W" for its figures; a provincial body that "advises" is "".
* Live blog. As the older sets: time stamps, reporter lines, the key-events list, the sign-off, the
  summary line ending in a colon and the greeting are "B"; the recap is "W"; entry headlines are
  labelled like headlines, one with no verb of saying carrying no speaker; "We've had dozens of
  messages from readers" is ""; "In a post on X at 1.40pm, the bank said: “...” keeps "the bank" as
  written over the whole quote.
* Sport. The score box under the headline ("Harthwaite United 3 (Ossai 23, 90+2; Pellerton 58)"), the
  attendance line, the line-ups with initials ("D. Askerton, T. Askerton"), subs, referee, bookings and
  man of the match are data lines (""); "Rovers boss says" in the standfirst carries the manager the
  body names; "insisted" is a cue; "the 24-year-old told the Post" resolves to the goalkeeper.
* Emergency update. "UPDATE, 6 p.m.:" lines are "B" like live-page time stamps; orders, closures,
  shelters and warnings of record are "W" with or without a speaker; "Forecasters said winds could
  ease" is ""; the evacuation-level header is "B" and the three level definitions are advice ("").
* Q&A with colon prefixes. "Q:" and "A:" open their sentences and never stand alone; answers carry the
  interviewee with the cue "A:"; a question opening with a bare statement of fact ("Q: You have been in
  office for two months.") is "W" without a speaker; a question citing a source carries it ("Q:
  Residents' associations say ..." and "Some of your former staff say ...", "W"); "A: No, it isn't." is
  a sentence; the line introducing the interview, "Excerpts:" and the edited-for-length line are "B".
* Local news. The Local Democracy Reporting funding note, "Have your say:" and a most-read list whose
  numbers stand on their own lines are "B" line by line; "A final decision is not expected before
  December." is a hedge ("").

Splits. "S.B. 114", "H.B. 87", "Union No. 2", "Sen. Ruth", "R-Kellenvale,", "Gov. Alphonse", "6:42
p.m. ET May 13", "(Brenvane) -", "($6,580)", "1540 GMT", "B.C., on Aug. 19, 2025.", "Dr. Priyanka",
"Winnipeg, Man., who", "i.e. not", "vs. 14 per cent", "et al. Wildfire ... Res. 2026;9(2):114-126.",
"1.40pm", "9.15am", "Eng. Sylvanus", "Sh200", "Ksh4.8 billion", "0800 720 444", "Inc. (Nasdaq:
TLWM), a U.S. maker", "Pellhaven, Ga., that", "Dr. Annetta", "Dr Harold", "etc. Act 1974", "section
2(1)", "Rs. 412.6 crore", "Rs. 1,386.45", "Coatings Ltd. reports", "Q3 FY28", "5 p.m. Tuesday and",
"N.E. Alder Ave., and", "U.S. Highway 26" and "90+2" never split a sentence wrongly; "4:52 p.m."
before "It", "7 a.m." before "Altazul", "5:30 p.m." before "Large animals", "S. Fair St." before
"Pets", "Media Co." before "All rights reserved.", "Media Inc." before "All rights reserved.",
"Broadcasting, Inc." before "All rights reserved.", "Newswire LLC." before "All Rights Reserved.",
"Pvt. Ltd." before "All Rights Reserved.", "Examiner Ltd." before "Registered", "Ltd 2026." before
"Registered in England No. 02214476.", "Rs. 11 a share." before "The record date", "Already a
subscriber?" before "Log in", "Got a story?" before "Email", "Q: You have been in office for two
months." before "Why are taps", "“How many more times?”" after "he said.", a quote of two sentences
split at its inner full stop ("“That's not a penalty for paying late." / "That's a business model.”")
and a quote ending inside its marks ("... “before the summer break.”" before "Gov.") end one; a quoted
question followed by its attribution ("“Why stop at late fees ...?” asked Blankenship-Muzondo.",
""What did they expect?" Huenchual-Sotomil said.", "“Where are five-year-olds meant to wait ...?” she
asked.", "“How many chances do you need to win a semi-final?” said Sedgwick-Halewood, whose side
...", "“The ref's given it, so what can you do?” the 24-year-old told the Post.", "“Is it the smoke,
...?” asked Dr. ...", "“Who else would drive 80 kilometres ...?” asked Dr Wendell ...", "“How many
times does a man have to ask for a harness before somebody listens?” she said.", "“Are we worried about
margins?” she asked analysts.", "“Do we take the horses or the photo albums?” said Wynona Etxeberri,
...") is one sentence, and so is a question inside a quote that runs on to its attribution ("...the
same question: how fast can you deliver?" said Desmond Okafuru-Lindqvar, ...").

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US metropolitan daily's site in Ohio, pasted whole with its cookie banner, subscription strip and a metered paywall block in the middle of the story: the state Senate passes S.B. 114 capping late fees on apartment rent (cookie banner in four lines, masthead in capitals, offer and sign-in strip with pipes, menu, section label in capitals, headline with S.B. 114 and $50, dek carrying the sponsor through says, byline, published and updated line with p.m. ET and a.m. ET and a pipe, share strip, caption with Sen. and R-Kellenvale and its Photo: credit, a COLUMBUS, Ohio — dateline, a sponsor with Sen. and a party-and-town tag and a survey by her office, a quote of two sentences, Sen. ... D-Columbus with a question in a quote followed by asked and his surname, an amendment that failed, Advertisement, a landlords' group said in a statement, The group with which says inside and said, its director, paywall block with a question and Log in on one line, according to the Legislative Service Commission, an analysis that found, H.B. 87, a quote ending inside its marks before Gov., the governor's office did not respond, a tenant, 4:52 p.m. ending a sentence before It, reporter bio and contact, newsletter box, more-from list, copyright with Co. before All rights reserved., privacy footer)",
    "International news wire's own site, a commodities story from Chile: a strike halts a copper mine after wage talks collapse, with the wire's credits line at the foot (wire brand in capitals, menu, section label, headline, byline of two, date line with PM UTC and Updated, caption with a date and its wire credit with a slash, a SANTIAGO, May 12 (Brenvane) - dateline carrying the company said, said in a statement with a peso figure and a dollar figure in brackets, a company quote, Union No. 2 as a speaker, told Brenvane by phone, a question in a quote followed by the surname and said, according to data from the Chilean Copper Commission (Cochilco), metal prices with 1540 GMT, an analyst named after her quote with a two-sentence quote, a spokesperson who declined to comment, a ministry said, a legal note, The union disputed that, 7 a.m. ending a sentence before the company's name, the credits line in brackets with Reporting by, Additional reporting by and Editing by and two semicolons, standards line, licensing line, newsletter prompt in two sentences, read-next list, copyright, quotes-delayed line)",
    "Scottish local weekly's site in Aberdeenshire, councillors vote to consult on closing an 11-pupil village primary school (masthead in capitals, weather and traffic strip with a pipe, menu with Family Notices, section label, headline, standfirst carrying the action group through says, byline with the Local Democracy Reporting Service, weekday date with pm, share line, caption that states a fact and (Image: ...) credit, a vote of record without a speaker, according to a report to a committee and The report says, Committee chair Cllr ... said with a quote over two sentences, a parent with a question in a quote followed by she asked and a second sentence of the quote, an action group named after a descriptor, a ward councillor who told the meeting, an Aberdeenshire Council spokesperson then The spokesperson, a hedged date, Read More link, history sentences, a head teacher who declined to comment, a grandfather with said: before a quote, a plan of record, the reporting scheme's funding note, Have your say line, most-read list with numbers on their own lines, copyright, footer)",
    "English regional evening paper's sport page, a non-league play-off semi-final match report with its score line, settled by a stoppage-time header (masthead in capitals, menu with Rugby League and Racing, crumb with ›, headline opening with the score line and a colon, standfirst carrying the beaten manager through says, byline with a role, a 24-hour time and short weekday date, share and comments count, score box as data lines with minutes and 90+2 and pen, attendance line, match facts in sentences, the home manager with said and he said and a figure of record inside his quote, the beaten manager with a question in a quote followed by said and his surname and a who clause, a goalkeeper with insisted and a quoted question with the 24-year-old told the Post, a referee described without a verb of saying, a league spokesman, ticket details, The club said, line-ups with initials such as D. Askerton and T. Askerton and (c), subs, referee and bookings as data lines, man of the match, Read more link, reporter bio, newsletter prompt, comments note, copyright with Ltd 2026. before Registered in England No.)",
    "Canadian national daily's health page, a British Columbia study links heavy wildfire-smoke days with more children's asthma emergency visits, with hedged findings, the authors' cautions and an outside expert (masthead in capitals, sign-in strip, menu, section label, headline with B.C. carrying the study through finds, standfirst as a plain line, byline with a role, published line with a.m. PT, share strip, caption with Aug. and B.C. and its credit with a slash, a study by researchers ... has found, a description of the study without a cue, It compared, the researchers reported, the authors cautioned and they wrote with a hedge, Lead author Dr. ... with a two-part quote and a figure, the surname with said and a study limitation, an outside expert with Dr. named after a question in his quote with a who-was-not-involved clause and Man., He said with a 2023 analysis, Still, he said, advice from a provincial body, according to the provincial wildfire service, i.e. in the middle of a sentence, vs. in the middle of a sentence with the authors said, a plan, the ministry said in an email, It did not say, journal reference with et al., funding line, Read more link, newsletter line, copyright with Inc. before All rights reserved.)",
    "British national news site's live blog on a payday outage at a high-street bank, entries newest first from two reporters, read after the blog closed (masthead, sign-in and support strip, menu, section label, LIVE, headline with millions, three summary points with says and according to, byline of two, updated line with BST, share strip, key events list with 24-hour times, a time stamp and a reporter line over every entry, a sign-off with a summary line ending in a colon, a recap without a speaker and with The bank says, It says resolving to the bank, entry headlines with says, an MP who sits on a committee with a quote and a question alone in its marks, A Haldenmoor spokesperson, readers' messages with a named reader and Another reader, a bank post on X with said: and a quote over two sentences, a question as an entry headline, rules without a speaker, a consumer lawyer's advice, a regulator's spokesperson with said: before a quote, an entry with it said: before a three-sentence quote, The bank ... did not say, the opening entry with a greeting, customers say, according to an outage tracker, newsletter lines, topics, copyright)",
    "Kenyan national daily's counties page, a Q&A interview with the new managing director of a county water company during rationing (masthead, e-paper and log-in strip, menu, crumb with ›, INTERVIEW label, headline with a quote and says, dek without a verb of saying, byline, date and read-time line with a pipe, share strip, caption with Eng. and its Photo | credit, the outlet's own introduction with a rationing figure and according to the Water Services Regulatory Board (WASREB) with 2024/25, the line introducing the interview, Excerpts:, questions opening Q: and answers opening A: over several sentences, a question opening with a bare statement of fact, a question citing residents' associations and one citing former staff, A: No, it isn't., Sh and Ksh figures, a hedged date, an answer that refers the reporter elsewhere, a toll-free number with spaces, the edited-for-length line, related list, copyright with Group. before All rights reserved.)",
    "US newswire's page carrying a company press release, a battery maker announces a plant in Georgia with state incentives and a college partnership (newswire brand, menu, industry label with a pipe, headline in title case with $ and jobs, subhead of record, News provided by with the company's name with Inc., date line with ET, share line, a PELLHAVEN, Ga., May 19, 2026 /BizLine/ -- dateline with Inc. (Nasdaq: TLWM) and U.S. and today announced, plan figures without a speaker, a chief executive named after a quote whose question sits inside it with said, a three-sentence quote, a state deputy commissioner named after her quote, incentives and a vote of record, a city's agreement, a mayor named after his quote with Mayor before the name, a power contract with Tallowvane said at the end, Tallowvane said, a college president with Dr. named after her quote with a figure, company figures, the About block, the forward-looking statements block with U.S. Securities, media and investor contact lines, SOURCE line, newswire prompts, copyright with LLC. before All Rights Reserved.)",
    "Australian regional daily's site in New South Wales, a news obituary of a country doctor who practised in the town for 47 years (masthead, subscribe strip, menu with Obituaries and Classifieds, section label, headline with a quoted phrase and an age, standfirst of record with Dr, byline, updated and first-published line with a dash and pm, share line, caption with a year and Picture: credit, a lead with a hedge inside a fact, He was 91., career facts with dates, a daughter with a quote over two sentences, council service and an honour with OAM, a flying-doctor fact, a farmer with said and he said, a colleague with Dr named after a question in his quote with asked, He said with a figure and a two-sentence quote, the mayor with Cr, a ward named after him, family facts, funeral and donation lines, an old quote of the doctor with he said: and two fragments, comments prompt, death-notice line with a phone number, most-read list, copyright with Pty Ltd.)",
    "English regional daily's courts page, a company director is jailed after a worker's fatal fall from warehouse racking, with the prosecutor, the widow's statement, the defence, the judge and the safety inspector (masthead, menu, section label, headline with a sentence length, standfirst carrying the judge through says with a quoted phrase, byline with a role, published line with a 24-hour time, share line, caption and (Image: ...) credit, a lead of record, the Health and Safety at Work etc. Act 1974 in the middle of a sentence, section 2(1), Leeds Crown Court heard that, a prosecutor named after what she said, She said with a quoted phrase, a young colleague who told investigators with a quote inside, a victim personal statement with a question in a quote followed by she said and a second quote sentence, defending with KC after the name, He said, the judge with Sentencing and a quote over four sentences, a reduction and a disqualification of record, an inspector with After the hearing, she said, a brother outside court, Read more link, reporter bio, a tip line with a question, comments note, copyright with Ltd. before Registered in England and Wales No., footer)",
    "Indian business daily's site, a listed paint maker's fourth-quarter results story with an earnings call, analysts and the share price (masthead in capitals, menu with ePaper, market ticker strip with a pipe, crumb with ›, headline with Q4 and percentages, standfirst carrying the managing director through says with a semicolon and Rs., byline, a place and updated line with a pipe and PM IST, listen and share strip, a lead with Ltd. and reported, Rs. before crore figures in the middle of sentences, the Mumbai-based company said in a regulatory filing, Ebitda and basis points, a poll of analysts, ALSO READ link, a managing director on a call with analysts, a quoted question followed by she asked analysts, a mixed sentence of fact and forecast, a dividend and a record date, BSE and Sensex, an analyst named after his quote with a target price, a brokerage with saying, according to industry estimates, a rival's name with Ltd. in the middle of a sentence, the company said and It did not say, full-year figures, a capex plan with Q3 FY28, disclaimer in two sentences, topics with pipes, app line, copyright with Pvt. Ltd. before All Rights Reserved.)",
    "US local TV station's website in Oregon, a wildfire emergency update page with timed UPDATE blocks, newest first, evacuation levels, shelters, road closures and a red flag warning (station brand, watch and sign-in strip with pipes, weather strip, menu, section label in capitals, headline with a semicolon and a quoted level, staff byline, updated line with PDT and an ordinal date, share line, video caption, credit and running time, UPDATE, 6 p.m.: blocks, according to the Oregon Department of Forestry with 5 p.m. Tuesday in the middle of a sentence, an order of record without a speaker, the sheriff's office said with U.S. Highway, Sheriff ... said at a briefing with a quote over three sentences, the American Red Cross said with N.E. and Ave., in the middle of a sentence and 5:30 p.m. ending one, an address ending in S. Fair St. before a new sentence, fire officials said, a state fire marshal's office said, a spokesperson with crews and aircraft, the National Weather Service in Pendleton, Forecasters said with a hedge, a resident named after a question in her quote with a who clause, U.S. 26 opening a sentence, the Oregon Department of Transportation said, advice, an alert line, evacuation levels as a header and data lines, copyright with Inc. before All rights reserved., station footer with EEO and FCC)",
]

ARTICLES = [
    [  # 1. US metropolitan daily's site in Ohio with cookie banner and paywall block, the state Senate passes S.B. 114 capping late fees
        [("We value your privacy", "", "", "B")],
        [
            (
                "We and our 214 partners use cookies and similar technologies to personalize content, measure ads and understand how you use our site.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "You can change your choices at any time under Privacy Settings at the bottom of any page.",
                "",
                "",
                "B",
            )
        ],
        [("Accept All   Reject All   Manage Options", "", "", "B")],
        [("THE COLUMBUS LANTERNLIGHT", "", "", "B")],
        [("Subscribe: 6 months for $1   |   Sign In   |   e-Edition", "", "", "B")],
        [
            (
                "News   Politics   Ohio Statehouse   Business   Sports   Opinion   Obituaries   Weather",
                "",
                "",
                "B",
            )
        ],
        [("OHIO STATEHOUSE", "", "", "B")],
        [("Ohio Senate passes S.B. 114, capping late fees on apartment rent at $50", "", "", "W")],
        [
            (
                "Bill's sponsor says Franklin County tenants paid an average of $212 in late fees last year",
                "Ruth Ambersleigh-Quarne",
                "says",
                "W",
            )
        ],
        [("By Desmond Achtenhagen-Loweth", "", "", "B")],
        [
            (
                "Published 6:42 p.m. ET May 13, 2026   |   Updated 8:10 a.m. ET May 14, 2026",
                "",
                "",
                "B",
            )
        ],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [
            (
                "Sen. Ruth Ambersleigh-Quarne, R-Kellenvale, speaks on the Senate floor before Wednesday's vote on S.B. 114.",
                "",
                "",
                "",
            ),
            ("Photo: Tamsin Okonedu-Bechstine / Lanternlight", "", "", "B"),
        ],
        [
            (
                "COLUMBUS, Ohio — The Ohio Senate voted 24-8 on Wednesday to cap the late fee a landlord can charge on a month's rent at $50 or 5% of the rent, whichever is less.",
                "",
                "",
                "W",
            ),
            (
                "The bill, S.B. 114, would also bar landlords from charging a late fee before the fifth day after rent is due, and from charging a fee on an earlier unpaid fee.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sen. Ruth Ambersleigh-Quarne, R-Kellenvale, who sponsored the bill, said tenants in Franklin County paid an average of $212 in late fees in 2025, according to a survey by her office of 1,400 leases.",
                "Ruth Ambersleigh-Quarne",
                "said",
                "W",
            ),
            (
                "“A $15 late fee turns into $90 by the end of the month at some of these complexes,” she said.",
                "Ruth Ambersleigh-Quarne",
                "said",
                "W",
            ),
            ("“That's not a penalty for paying late.", "Ruth Ambersleigh-Quarne", "said", ""),
            ("That's a business model.”", "Ruth Ambersleigh-Quarne", "said", ""),
        ],
        [
            (
                "An amendment that would have raised the cap to $75 failed 11-21 after nearly two hours of debate.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Sen. Everett Blankenship-Muzondo, D-Columbus, said the bill did not go far enough.",
                "Everett Blankenship-Muzondo",
                "said",
                "",
            ),
            (
                "“Why stop at late fees when the application fees and the ‘convenience’ fees for paying online are still there?” asked Blankenship-Muzondo.",
                "Everett Blankenship-Muzondo",
                "asked",
                "",
            ),
            (
                "He said he would file a separate bill on application fees in the fall.",
                "Everett Blankenship-Muzondo",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The Ohio Apartment Owners Alliance said in a statement that the cap would hurt small landlords who rely on fees to cover the cost of chasing late payments.",
                "The Ohio Apartment Owners Alliance",
                "said in a statement",
                "",
            ),
            (
                "The group, which says it represents about 1,100 property owners, said 38% of its members own fewer than 20 units.",
                "The group",
                "said",
                "W",
            ),
            (
                "Its executive director, Colleen Vandrusse-Hollum, said rents could rise by $10 to $20 a month to make up the difference.",
                "Colleen Vandrusse-Hollum",
                "said",
                "",
            ),
            (
                "“Every cost a landlord can't recover ends up in the rent,” Vandrusse-Hollum said.",
                "Colleen Vandrusse-Hollum",
                "said",
                "",
            ),
        ],
        [("You've read 3 of 4 free articles this month.", "", "", "B")],
        [
            (
                "Subscribe now for unlimited digital access to the Lanternlight for just $1 for your first six months.",
                "",
                "",
                "B",
            )
        ],
        [("Already a subscriber?", "", "", "B"), ("Log in", "", "", "B")],
        [
            (
                "Ohio law sets no limit on residential late fees, though courts have struck down fees they found unreasonable, according to the Legislative Service Commission.",
                "the Legislative Service Commission",
                "according to",
                "W",
            ),
            (
                "A commission analysis of the bill, published May 4, found that at least 19 other states cap late fees in some form.",
                "A commission analysis of the bill",
                "found",
                "W",
            ),
        ],
        [
            (
                "A similar bill, H.B. 87, passed the Ohio House in 2024 but never got a vote in the Senate.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The bill now goes to the House, where Speaker Pro Tempore Jerome Castelvecchio-Danecroft, R-Tullivar, said it would get a committee hearing “before the summer break.”",
                "Jerome Castelvecchio-Danecroft",
                "said",
                "",
            ),
            (
                "Gov. Alphonse Stolberg-Haasenfeld has not said whether he would sign the bill.",
                "Alphonse Stolberg-Haasenfeld",
                "has not said",
                "",
            ),
            (
                "The governor's office did not respond to a request for comment on Wednesday.",
                "The governor's office",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Latrice Pirkle-Obianwu, who rents a two-bedroom apartment in the Hartsgrove Park neighborhood, said she paid $340 in late fees over three months last year after her hours at a warehouse were cut.",
                "Latrice Pirkle-Obianwu",
                "said",
                "",
            ),
            ("“I paid the rent every month,” she said.", "Latrice Pirkle-Obianwu", "said", ""),
            (
                "“I was just paying it on the 9th instead of the 1st.”",
                "Latrice Pirkle-Obianwu",
                "said",
                "",
            ),
        ],
        [
            ("The Senate adjourned at 4:52 p.m.", "", "", "W"),
            ("It next meets on May 20.", "", "", "W"),
        ],
        [
            (
                "Desmond Achtenhagen-Loweth covers the Ohio Statehouse for the Lanternlight.",
                "",
                "",
                "B",
            ),
            ("Reach him at dachtenhagen@lanternlight.com or 614-555-0148.", "", "", "B"),
        ],
        [("Statehouse Briefing", "", "", "B")],
        [("Get the week's votes, bills and hearings in your inbox every Friday.", "", "", "B")],
        [("Enter your email   Sign up", "", "", "B")],
        [("More from Ohio Statehouse", "", "", "B")],
        [("House panel hears testimony on school bus camera bill", "", "", "B")],
        [("Lawmakers weigh $40 million for county jail repairs", "", "", "B")],
        [("© 2026 Lanternlight Media Co.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [
            (
                "Terms of Use   Privacy Policy   Your Privacy Choices   Do Not Sell or Share My Personal Information   Cookie Settings",
                "",
                "",
                "B",
            )
        ],
    ],
    [  # 2. International news wire's own site, a strike halts a Chilean copper mine, with its credits line
        [("BRENVANE", "", "", "B")],
        [
            (
                "World   Business   Markets   Commodities   Energy   Legal   Technology   Investigations",
                "",
                "",
                "B",
            )
        ],
        [("Commodities", "", "", "B")],
        [
            (
                "Strike halts output at Chile's Altazul copper mine as wage talks collapse",
                "",
                "",
                "W",
            )
        ],
        [("By Maite Quiñelaf and Tomás Echeverz", "", "", "B")],
        [("May 12, 2026 4:37 PM UTC   Updated 2 hours ago", "", "", "B")],
        [
            (
                "Workers gather outside the entrance to the Altazul copper mine near Antofagasta, Chile, May 12, 2026.",
                "",
                "",
                "",
            ),
            ("Brenvane/Nibaldo Parraguez", "", "", "B"),
        ],
        [
            (
                "SANTIAGO, May 12 (Brenvane) - Workers at the Altazul copper mine in northern Chile walked off the job on Tuesday after wage talks broke down, halting a mine that produced 312,000 metric tons of copper last year, the company said.",
                "the company",
                "said",
                "W",
            )
        ],
        [
            (
                "Sociedad Altazul, which is 60% owned by Canada's Norrvik Resources, said in a statement that the union had rejected a final offer that included a 4.5% real wage increase and a one-off bonus of 6.2 million pesos ($6,580) per worker.",
                "Sociedad Altazul",
                "said in a statement",
                "W",
            ),
            (
                '"We remain open to dialogue and hope to return to the table as soon as possible," the company said.',
                "the company",
                "said",
                "",
            ),
        ],
        [
            (
                "Union No. 2, which represents 1,840 of the mine's roughly 2,600 workers, said the offer did not make up for inflation over the last contract.",
                "Union No. 2",
                "said",
                "W",
            ),
            (
                'Its president, Wenceslao Huenchual-Sotomil, told Brenvane by phone that the strike would continue "indefinitely" unless the company raised the bonus.',
                "Wenceslao Huenchual-Sotomil",
                "told Brenvane by phone",
                "",
            ),
            (
                '"What did they expect?" Huenchual-Sotomil said.',
                "Wenceslao Huenchual-Sotomil",
                "said",
                "",
            ),
            (
                '"They made record profits last year and offered us less than last time."',
                "Wenceslao Huenchual-Sotomil",
                "said",
                "W",
            ),
        ],
        [
            (
                "The stoppage is the first at Altazul since a 19-day strike in 2021, which cut Chile's copper output by about 1.2% that month, according to data from the Chilean Copper Commission (Cochilco).",
                "data from the Chilean Copper Commission (Cochilco)",
                "according to",
                "W",
            ),
            (
                "Chile is the world's largest copper producer, accounting for about a quarter of global mine supply.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Benchmark three-month copper on the London Metal Exchange rose 1.3% to $10,486 a metric ton by 1540 GMT, its highest in five weeks.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                '"Altazul alone is not going to move the market for long, but supply is already tight," said Annelise Borgwardt, a metals analyst at Frenstead Capital in London.',
                "Annelise Borgwardt",
                "said",
                "",
            ),
            (
                '"If this runs past two weeks, people will start to pay attention."',
                "Annelise Borgwardt",
                "said",
                "",
            ),
        ],
        [
            ("Shares of Norrvik Resources fell 3.1% in Toronto in early trading.", "", "", "W"),
            (
                "A Norrvik spokesperson declined to comment beyond the Altazul statement.",
                "A Norrvik spokesperson",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Chile's Labor Ministry said it had offered to mediate, and that both sides had agreed to meet a state mediator in Antofagasta on Thursday.",
                "Chile's Labor Ministry",
                "said",
                "W",
            ),
            (
                "Under Chilean law, a company may hire replacement workers during a legal strike only in limited cases.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company said it had put in place a contingency plan to keep the mine's concentrator running with supervisory staff, and that shipments from the port of Punta Garrida would continue from stockpiles.",
                "The company",
                "said",
                "W",
            ),
            ("The union disputed that.", "The union", "disputed", ""),
            (
                "Huenchual-Sotomil said no trucks had left the site since the morning shift change at 7 a.m.",
                "Wenceslao Huenchual-Sotomil",
                "said",
                "W",
            ),
            (
                "Altazul produced 78,400 tons of copper in the first quarter, down 6% from a year earlier, because of lower ore grades.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The previous three-year contract, signed in May 2023, gave workers a 2.8% real wage increase and a bonus of 5.1 million pesos.",
                "",
                "",
                "W",
            ),
            (
                "Consumer prices rose 4.2% in the 12 months to April, Chile's national statistics institute said last week.",
                "Chile's national statistics institute",
                "said",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Maite Quiñelaf in Santiago and Tomás Echeverz in Antofagasta; Additional reporting by Hedwig Marchesani-Lundqvar in London; Editing by Howard Feenstra and Lisbet Kwartemaa-Boydell)",
                "",
                "",
                "B",
            )
        ],
        [("Our Standards: The Brenvane Editorial Code.", "", "", "B")],
        [("Purchase Licensing Rights", "", "", "B")],
        [
            (
                "Get a daily digest of the biggest moves in metals, oil and crops, sent to your inbox.",
                "",
                "",
                "B",
            ),
            ("Sign up here.", "", "", "B"),
        ],
        [("Read Next", "", "", "B")],
        [("Peru's copper exports rise 8% in April on new mine output", "", "", "B")],
        [("Zinc smelter in Norway to cut output as power costs climb", "", "", "B")],
        [("© 2026 Brenvane.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("All quotes delayed a minimum of 15 minutes.", "", "", "B")],
    ],
    [  # 3. Scottish local weekly's site, councillors vote to consult on closing an 11-pupil village primary school
        [("THE STRATHLENNOCK HERALD", "", "", "B")],
        [
            (
                "Weather: Light rain, 11°C   |   Traffic: roadworks at Drumquharrie Bridge until Friday",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "News   Sport   What's On   Farming   Community   Family Notices   Jobs   Contact",
                "",
                "",
                "B",
            )
        ],
        [("Local News", "", "", "B")],
        [
            (
                "Consultation on closing 11-pupil Kinbrannoch Primary approved by councillors",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Action group says nine-mile trip to Balquharn would mean a 7.50am bus for five-year-olds",
                "Keep Kinbrannoch Learning",
                "says",
                "",
            )
        ],
        [("By Fiona MacIlwraith-Rennet, Local Democracy Reporting Service", "", "", "B")],
        [("Thursday, 14 May 2026, 5:12pm", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [
            ("Kinbrannoch Primary, which opened in 1874, has 11 pupils this year.", "", "", "W"),
            ("(Image: Strathlennock Herald)", "", "", "B"),
        ],
        [
            (
                "Aberdeenshire Council is to hold a public consultation on closing Kinbrannoch Primary School, after councillors voted 9-4 on Wednesday to begin the statutory process.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The school has 11 pupils this year, down from 27 in 2016, and is forecast to have seven by 2029, according to a report to the council's education and children's services committee.",
                "a report to the council's education and children's services committee",
                "according to",
                "W",
            ),
            (
                "The report says closing the school would save £184,000 a year, mostly in staffing and heating costs, and that pupils would transfer to Balquharn Primary, nine miles away.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Committee chair Cllr Morag Ettrick-Balmenach said no decision on the school's future had been made.",
                "Morag Ettrick-Balmenach",
                "said",
                "W",
            ),
            (
                "“This is a consultation, not a closure,” she said.",
                "Morag Ettrick-Balmenach",
                "said",
                "",
            ),
            (
                "“Every family in Kinbrannoch will have their say, and we will listen.”",
                "Morag Ettrick-Balmenach",
                "said",
                "",
            ),
        ],
        [
            (
                "But parent Kirsty Auchenleck, who has two children at the school, said the council had already made up its mind.",
                "Kirsty Auchenleck",
                "said",
                "",
            ),
            (
                "“Where are five-year-olds meant to wait for a bus at ten to eight on a January morning?” she asked.",
                "Kirsty Auchenleck",
                "asked",
                "",
            ),
            (
                "“There's no shelter, no pavement and no streetlight at the end of our road.”",
                "Kirsty Auchenleck",
                "asked",
                "W",
            ),
        ],
        [
            (
                "The action group Keep Kinbrannoch Learning said it had collected 1,216 signatures on a petition against closure, more than the village's population of about 700.",
                "Keep Kinbrannoch Learning",
                "said",
                "W",
            )
        ],
        [
            (
                "Ward councillor Duncan Strachlan-Mowbraith, who voted against, told the meeting the school was “the last public building in the village” since the post office closed in 2019.",
                "Duncan Strachlan-Mowbraith",
                "told the meeting",
                "W",
            ),
            (
                "He said parents had not been shown the cost of school transport, which he put at £38,000 a year.",
                "Duncan Strachlan-Mowbraith",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, an Aberdeenshire Council spokesperson said the consultation would open on 1 June and run for six weeks, with a public meeting in Kinbrannoch village hall.",
                "an Aberdeenshire Council spokesperson",
                "said",
                "W",
            ),
            (
                "The spokesperson said Education Scotland would publish a report on the proposal before councillors made a final decision, as the Schools (Consultation) (Scotland) Act 2010 requires.",
                "The spokesperson",
                "said",
                "W",
            ),
            ("A final decision is not expected before December.", "", "", ""),
        ],
        [("Read More: Balquharn Primary extension opens after 18-month delay", "", "", "B")],
        [
            (
                "Kinbrannoch Primary opened in 1874 and was rebuilt after a fire in 1952.",
                "",
                "",
                "W",
            ),
            (
                "Its roll peaked at 64 in the early 1960s, when the village still had a working quarry.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Head teacher Alison Rudderway-Keirvale, who teaches the school's P1 to P4 class herself, declined to comment, citing council guidance during the consultation.",
                "Alison Rudderway-Keirvale",
                "declined to comment",
                "",
            )
        ],
        [
            (
                "Ewan Tullochvenn, 71, who was a pupil at the school in the 1960s, said: “If the school goes, the young families go, and then the village goes.”",
                "Ewan Tullochvenn",
                "said",
                "",
            )
        ],
        [
            (
                "Consultation papers will be available online and at Balquharn library from 1 June.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "This article was written by a Local Democracy Reporter, a post funded by the BBC and filled by regional publishers under the Local News Partnerships scheme.",
                "",
                "",
                "B",
            )
        ],
        [("Have your say: email letters@strathlennockherald.co.uk", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1", "", "", "B")],
        [("Village hall roof appeal passes £20,000 target", "", "", "B")],
        [("2", "", "", "B")],
        [("Lorry sheds load of turnips on Balquharn brae", "", "", "B")],
        [("© Strathlennock Herald Ltd 2026", "", "", "B")],
        [("Contact us   Advertise   Privacy   Terms   Cookie preferences", "", "", "B")],
    ],
    [  # 4. English regional evening paper's sport page, a play-off semi-final match report with its score line
        [("SCARTHWAITE EVENING POST", "", "", "B")],
        [
            (
                "News   Sport   Football   Rugby League   Cricket   Racing   What's On   Jobs",
                "",
                "",
                "B",
            )
        ],
        [("Sport › Football › Harthwaite United", "", "", "B")],
        [
            (
                "Harthwaite United 3 Selbourne Rovers 2: Ossai double sends United into play-off final",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Rovers boss says his side “gifted” the hosts two goals in a semi-final settled in stoppage time",
                "Tony Sedgwick-Halewood",
                "says",
                "",
            )
        ],
        [("By Gareth Mellerby, Sports Reporter", "", "", "B")],
        [("18:02, Sat 16 May 2026", "", "", "B")],
        [("Share   Comments (48)", "", "", "B")],
        [("Harthwaite United 3 (Ossai 23, 90+2; Pellerton 58)", "", "", "")],
        [("Selbourne Rovers 2 (Fairweatherby-Dunnington 41, 77 pen)", "", "", "")],
        [("Attendance: 3,108", "", "", "")],
        [
            (
                "Kwame Ossai headed a stoppage-time winner as Harthwaite United twice surrendered the lead but still beat Selbourne Rovers 3-2 at Mill Lane to reach the Ribblemoor League play-off final.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "United will play Ashwendon Town in the final at Mill Lane on Saturday, 23 May, kick-off 3pm.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Ossai, the league's top scorer with 27 goals, put the hosts ahead in the 23rd minute when he turned in Lewis Pellerton's low cross from six yards.",
                "",
                "",
                "W",
            ),
            (
                "Rovers levelled four minutes before half-time through Callum Fairweatherby-Dunnington, who curled a free kick over the wall from 20 yards.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pellerton restored the lead in the 58th minute, and Fairweatherby-Dunnington made it 2-2 from the spot with 13 minutes left after United goalkeeper Sam Kettlesby brought down Rovers substitute Jordan Amankona.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "With extra time looming, Ossai rose at the back post to meet a corner from captain Dean Hollingrave, and the crowd of 3,108 spilled on to the pitch at the final whistle.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "United manager Paul Brennickson said he had never doubted his side would find a winner.",
                "Paul Brennickson",
                "said",
                "",
            ),
            (
                "“We've got the best centre-forward in this league and I'll say that to anyone,” he said.",
                "Paul Brennickson",
                "said",
                "",
            ),
            (
                "“Kwame's scored in every round of these play-offs, and he'll want one more.”",
                "Paul Brennickson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rovers manager Tony Sedgwick-Halewood said his side had “gifted” United two goals.",
                "Tony Sedgwick-Halewood",
                "said",
                "",
            ),
            (
                "“How many chances do you need to win a semi-final?” said Sedgwick-Halewood, whose side missed three clear openings in the first half.",
                "Tony Sedgwick-Halewood",
                "said",
                "",
            ),
            (
                "“We had them on the ropes at 2-2 and we switched off for one corner.",
                "Tony Sedgwick-Halewood",
                "said",
                "",
            ),
            ("That's on me.”", "Tony Sedgwick-Halewood", "said", ""),
        ],
        [
            (
                "Kettlesby insisted he had got a touch on the ball before he caught Amankona.",
                "Sam Kettlesby",
                "insisted",
                "W",
            ),
            (
                "“The ref's given it, so what can you do?” the 24-year-old told the Post.",
                "Sam Kettlesby",
                "told the Post",
                "",
            ),
        ],
        [
            (
                "Referee Martin Obuyama-Cleghorn, who was taking charge of his last game before retiring, was given a guard of honour by both teams before kick-off.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A Ribblemoor League spokesman said the crowd was a record for a play-off semi-final in the league's 42-year history.",
                "A Ribblemoor League spokesman",
                "said",
                "W",
            )
        ],
        [
            (
                "Tickets for the final go on sale at 10am on Monday from the club shop and online, priced £12 for adults and £5 for under-16s.",
                "",
                "",
                "W",
            ),
            (
                "The club said season-ticket holders would have priority until 5pm on Tuesday.",
                "The club",
                "said",
                "W",
            ),
        ],
        [
            (
                "Harthwaite United: Kettlesby; Marrison, Tennecott, Oduneye, Bracknellby; Hollingrave (c), Stanegate; Pellerton, Dobbing (Wyresdale 81), Lunnigan; Ossai.",
                "",
                "",
                "",
            )
        ],
        [("Subs not used: Grailsby, Hebdenhurst, Oyetola-Fincham.", "", "", "")],
        [
            (
                "Selbourne Rovers: Penwortham; Gatesworth, Moyes-Clarebrough, D. Askerton, T. Askerton; Fairweatherby-Dunnington, Ruddington; Thirkettle (Amankona 64), Priestwood, Yardholme; Cottingwith.",
                "",
                "",
                "",
            )
        ],
        [("Referee: Martin Obuyama-Cleghorn.", "", "", "")],
        [("Booked: Hollingrave, Stanegate, Priestwood, Cottingwith.", "", "", "")],
        [("Man of the match: Kwame Ossai.", "", "", "")],
        [
            (
                "Read more: Sedgwick-Halewood to stay at Selbourne Rovers for next season, club confirms",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Gareth Mellerby covers Harthwaite United and non-league football for the Evening Post.",
                "",
                "",
                "B",
            )
        ],
        [("Get the latest Harthwaite United news sent to your inbox", "", "", "B")],
        [("Sign up", "", "", "B")],
        [
            (
                "Comments are subject to our community guidelines, which can be viewed here.",
                "",
                "",
                "B",
            )
        ],
        [
            ("© Scarthwaite Evening Post Ltd 2026.", "", "", "B"),
            ("Registered in England No. 02214476.", "", "", "B"),
        ],
    ],
    [  # 5. Canadian national daily's health page, a study links wildfire-smoke days with children's asthma emergency visits
        [("THE WESTMARK STANDARD", "", "", "B")],
        [("Sign in   Subscribe   Newsletters", "", "", "B")],
        [
            (
                "Canada   Politics   Business   Health   Science   Climate   Opinion   Arts   Sports",
                "",
                "",
                "B",
            )
        ],
        [("HEALTH", "", "", "B")],
        [
            (
                "Children's asthma visits jumped on heavy wildfire-smoke days in B.C., study finds",
                "a study by researchers at Mallardine University",
                "finds",
                "W",
            )
        ],
        [
            (
                "What parents can do on smoky days, and what the researchers still don't know",
                "",
                "",
                "",
            )
        ],
        [("By Marguerite Lalanneau-Vickers, Health Reporter", "", "", "B")],
        [("Published May 13, 2026 at 6:00 a.m. PT", "", "", "B")],
        [("Share   Save   Gift article", "", "", "B")],
        [
            (
                "Smoke from wildfires hangs over a playground in Tillicum Falls, B.C., on Aug. 19, 2025.",
                "",
                "",
                "",
            ),
            ("Darnell Quiverton/The Westmark Standard", "", "", "B"),
        ],
        [
            (
                "Children in British Columbia were about 21 per cent more likely to be taken to an emergency department for asthma on days of heavy wildfire smoke than on clear days, a study by researchers at Mallardine University has found.",
                "a study by researchers at Mallardine University",
                "has found",
                "W",
            )
        ],
        [
            (
                "The study, published Wednesday in the journal Paediatric Airway Research, looked at 48,612 emergency visits by children under 12 at 31 hospitals between 2017 and 2024.",
                "",
                "",
                "W",
            ),
            (
                "It compared visits on days when fine-particle pollution, known as PM2.5, topped 35 micrograms per cubic metre with visits on the same weekday in weeks without smoke.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The effect was strongest among children aged five to nine, the researchers reported, and lasted for up to three days after the smoke cleared.",
                "the researchers",
                "reported",
                "W",
            )
        ],
        [
            (
                "But the authors cautioned that the study could not show that smoke itself caused the extra visits.",
                "the authors",
                "cautioned",
                "",
            ),
            (
                "Families may keep children indoors on smoky days, where they can be exposed to other triggers such as dust mites and mould, they wrote.",
                "the authors",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Lead author Dr. Priyanka Tenneti-Raoji, a respirologist at Mallardine University, said the size of the jump surprised her team.",
                "Priyanka Tenneti-Raoji",
                "said",
                "",
            ),
            (
                "“We expected an effect, but not one this large in kids who already had a diagnosis and a puffer at home,” she said.",
                "Priyanka Tenneti-Raoji",
                "said",
                "",
            ),
            (
                "“Roughly three in five of the children we saw had a prescription for a controller inhaler.”",
                "Priyanka Tenneti-Raoji",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tenneti-Raoji said the team had not been able to measure whether children were using their inhalers as prescribed.",
                "Priyanka Tenneti-Raoji",
                "said",
                "",
            )
        ],
        [
            (
                "“Is it the smoke, or is it that these kids are shut inside for a week with the windows closed?” asked Dr. Olusegun Farrington-Bedeau, an epidemiologist at the Red River Institute for Population Health in Winnipeg, Man., who was not involved in the study.",
                "Olusegun Farrington-Bedeau",
                "asked",
                "",
            ),
            (
                "“This study can't separate those two, and it doesn't claim to.”",
                "Olusegun Farrington-Bedeau",
                "asked",
                "",
            ),
        ],
        [
            (
                "He said the results were in line with a 2023 analysis from California that found a similar rise in children's visits during smoke events.",
                "Olusegun Farrington-Bedeau",
                "said",
                "W",
            ),
            (
                "Still, he said, the message for parents was clear.",
                "Olusegun Farrington-Bedeau",
                "said",
                "",
            ),
            (
                "“Keep the air inside as clean as you can, and have the reliever puffer where you can find it.”",
                "Olusegun Farrington-Bedeau",
                "said",
                "",
            ),
        ],
        [
            (
                "The BC Centre for Disease Control advises keeping windows closed on smoky days and running a portable air cleaner with a HEPA filter in at least one room.",
                "The BC Centre for Disease Control",
                "advises",
                "",
            )
        ],
        [
            (
                "The study period included four of the five smokiest summers since 2003, according to the provincial wildfire service.",
                "the provincial wildfire service",
                "according to",
                "W",
            )
        ],
        [
            (
                "Days were classed as smoky using satellite data and readings from 62 air-quality monitors, i.e. not just the station nearest each hospital.",
                "",
                "",
                "W",
            ),
            (
                "The researchers adjusted for temperature, humidity, holidays and flu season, and left out visits in the first three months of the COVID-19 pandemic, when emergency visits fell sharply.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The rise was 27 per cent for children from the lowest-income neighbourhoods vs. 14 per cent for those from the highest, a gap the authors said needed further study.",
                "the authors",
                "said",
                "W",
            )
        ],
        [
            (
                "Tenneti-Raoji said the team had applied for funding to fit low-cost air sensors in 200 homes next summer.",
                "Priyanka Tenneti-Raoji",
                "said",
                "",
            )
        ],
        [
            (
                "The B.C. Ministry of Health said in an email that it had handed out 11,400 portable air cleaners to schools and child-care centres since 2024.",
                "The B.C. Ministry of Health",
                "said in an email",
                "W",
            ),
            (
                "It did not say how many had gone to the Interior, where smoke is usually heaviest.",
                "The B.C. Ministry of Health",
                "did not say",
                "",
            ),
        ],
        [
            (
                "Journal reference: Tenneti-Raoji P, Duchesneau-Mbekweni A, Wraysbury K, et al. Wildfire smoke and paediatric asthma emergency visits in British Columbia, 2017-2024. Paediatr Airway Res. 2026;9(2):114-126.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Funding: Canadian Institutes of Health Research; Mallardine University Children's Lung Fund.",
                "",
                "",
                "B",
            )
        ],
        [("Read more: Smoke-day school closures: what the research says", "", "", "B")],
        [("Sign up for the Standard's weekly Health newsletter.", "", "", "B")],
        [
            ("© 2026 The Westmark Standard, a division of Cascara Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 6. British national news site's live blog on a payday outage at a high-street bank, entries newest first
        [("The Daywatch", "", "", "B")],
        [("Sign in   Support us   Print subscriptions", "", "", "B")],
        [
            (
                "News   UK   World   Business   Money   Sport   Opinion   Culture   Lifestyle",
                "",
                "",
                "B",
            )
        ],
        [("Money", "", "", "B")],
        [("LIVE", "", "", "B")],
        [
            (
                "Haldenmoor Bank outage: millions unable to pay or log in on payday as app and cards fail",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Haldenmoor Bank says card payments were restored at 1.40pm but its app and online banking remain down",
                "Haldenmoor Bank",
                "says",
                "W",
            )
        ],
        [
            (
                "Reports of problems peaked at more than 41,000 at about 9.15am, according to FaultLine, an outage-tracking site",
                "FaultLine",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Financial Conduct Authority says it is “in close contact” with the bank",
                "The Financial Conduct Authority",
                "says",
                "W",
            )
        ],
        [("By Rhiannon Gethwyn-Oyedele and Matthew Scorrow", "", "", "B")],
        [("Updated 16:05 BST, Fri 29 May 2026", "", "", "B")],
        [("Share   Save", "", "", "B")],
        [("Key events", "", "", "B")],
        [("15:48   MP says customers must be compensated in full", "", "", "B")],
        [("13:41   Card payments back, bank says", "", "", "B")],
        [("10:02   Software update to blame, bank says", "", "", "B")],
        [("Show key events only", "", "", "B")],
        [("16:05 BST", "", "", "B")],
        [("Matthew Scorrow", "", "", "B")],
        [
            ("That's all from us for today.", "", "", "B"),
            ("Here's a summary of where things stand:", "", "", "B"),
        ],
        [
            (
                "Haldenmoor Bank's card payments and cash machines have worked since 1.40pm, but its app and online banking were still down at 4pm.",
                "",
                "",
                "W",
            ),
            (
                "The bank says a software update installed overnight caused the fault, and that no customer data was affected.",
                "The bank",
                "says",
                "W",
            ),
            (
                "It says it will refund any late fees or charges that customers can show were caused by the outage.",
                "Haldenmoor Bank",
                "says",
                "W",
            ),
        ],
        [("15:48 BST", "", "", "B")],
        [("Rhiannon Gethwyn-Oyedele", "", "", "B")],
        [("MP says customers must be compensated in full", "Torcuil Penvorran", "says", "")],
        [
            (
                "Torcuil Penvorran, who sits on the Commons Treasury Committee, said customers who missed rent or bill payments should be compensated “in full and without having to fight for it”.",
                "Torcuil Penvorran",
                "said",
                "",
            ),
            (
                "He said he had written to the bank's chief executive, Annika Sollevik, asking her to appear before the committee.",
                "Torcuil Penvorran",
                "said",
                "W",
            ),
            (
                "“This is the third serious outage at Haldenmoor in 18 months,” he said.",
                "Torcuil Penvorran",
                "said",
                "W",
            ),
            ("“How many more times?”", "Torcuil Penvorran", "said", ""),
        ],
        [
            (
                "A Haldenmoor spokesperson said Sollevik would “of course” reply to the letter.",
                "A Haldenmoor spokesperson",
                "said",
                "",
            )
        ],
        [("14:30 BST", "", "", "B")],
        [("Matthew Scorrow", "", "", "B")],
        [("We've had dozens of messages from readers caught up in the outage.", "", "", "")],
        [
            (
                "Blodwen Wroxham, 67, from Swansea, said her card was declined at a supermarket checkout at about 9am.",
                "Blodwen Wroxham",
                "said",
                "",
            ),
            (
                "“I had a full trolley and a queue behind me,” she said.",
                "Blodwen Wroxham",
                "said",
                "",
            ),
            (
                "“Nobody at the bank answered the phone for an hour and ten minutes.”",
                "Blodwen Wroxham",
                "said",
                "",
            ),
        ],
        [
            (
                "Another reader, who asked not to be named, said her salary had still not shown up in her account by lunchtime.",
                "Another reader",
                "said",
                "",
            )
        ],
        [("13:41 BST", "", "", "B")],
        [("Rhiannon Gethwyn-Oyedele", "", "", "B")],
        [("Card payments back, bank says", "Haldenmoor Bank", "says", "W")],
        [
            (
                "Haldenmoor Bank says card payments and cash withdrawals are working again.",
                "Haldenmoor Bank",
                "says",
                "W",
            ),
            (
                "In a post on X at 1.40pm, the bank said: “Card payments and ATMs are now working as normal.",
                "the bank",
                "said",
                "W",
            ),
            (
                "We're still working to restore the app and online banking, and we're sorry for the disruption this has caused.”",
                "the bank",
                "said",
                "",
            ),
        ],
        [("12:15 BST", "", "", "B")],
        [("Matthew Scorrow", "", "", "B")],
        [("What are my rights if a bank outage leaves me out of pocket?", "", "", "")],
        [
            (
                "Under the Financial Conduct Authority's rules, banks must treat customers fairly and put things right when something goes wrong, but there is no automatic compensation for an outage.",
                "",
                "",
                "W",
            ),
            (
                "Consumer lawyer Tobias Grennell-Ashelford said customers charged late fees by other firms because a payment failed should keep the evidence and ask Haldenmoor to cover them.",
                "Tobias Grennell-Ashelford",
                "said",
                "",
            ),
            (
                "“Write down the time, take screenshots, and don't accept a goodwill gesture of £10 if you've lost £60,” he said.",
                "Tobias Grennell-Ashelford",
                "said",
                "",
            ),
            (
                "If the bank rejects a complaint, customers can take it to the Financial Ombudsman Service, which is free to use.",
                "",
                "",
                "W",
            ),
        ],
        [("10:58 BST", "", "", "B")],
        [("Rhiannon Gethwyn-Oyedele", "", "", "B")],
        [("Regulator “in close contact” with Haldenmoor", "", "", "")],
        [
            (
                "A Financial Conduct Authority spokesperson said: “We are in close contact with Haldenmoor Bank and are monitoring the situation closely.”",
                "A Financial Conduct Authority spokesperson",
                "said",
                "W",
            ),
            (
                "The regulator can fine firms that fail to keep important services running.",
                "",
                "",
                "W",
            ),
        ],
        [("10:02 BST", "", "", "B")],
        [("Matthew Scorrow", "", "", "B")],
        [("Software update to blame, bank says", "Haldenmoor Bank", "says", "W")],
        [
            (
                "Haldenmoor Bank has said a software update carried out overnight is behind the problems.",
                "Haldenmoor Bank",
                "has said",
                "W",
            ),
            (
                "In a statement, it said: “We're really sorry that some customers can't get into their accounts this morning.",
                "Haldenmoor Bank",
                "said",
                "",
            ),
            (
                "This was caused by an update to our systems overnight, not a cyber-attack.",
                "Haldenmoor Bank",
                "said",
                "W",
            ),
            ("Customers' money is safe.”", "Haldenmoor Bank", "said", ""),
            ("The bank has about 4.6 million current account customers.", "", "", "W"),
            ("It did not say how many had been affected.", "Haldenmoor Bank", "did not say", ""),
        ],
        [("08:47 BST", "", "", "B")],
        [("Rhiannon Gethwyn-Oyedele", "", "", "B")],
        [("Good morning and welcome to our live coverage.", "", "", "B")],
        [
            (
                "Customers of Haldenmoor Bank say they have been unable to log in to its app or pay by card since about 7am, on the day many people are paid.",
                "Customers of Haldenmoor Bank",
                "say",
                "W",
            ),
            (
                "Reports began rising at 6.50am, according to FaultLine, an outage-tracking site.",
                "FaultLine",
                "according to",
                "W",
            ),
        ],
        [("Sign up to Money Morning", "", "", "B")],
        [("Our free newsletter with the day's money news, every weekday at 7am.", "", "", "B")],
        [("Topics   Banking   Consumer rights   Technology", "", "", "B")],
        [("© 2026 Daywatch Media Ltd.", "", "", "B")],
    ],
    [  # 7. Kenyan national daily's counties page, a Q&A with the new managing director of a county water company
        [("The Tazama Post", "", "", "B")],
        [("ePaper   Subscribe   Log in", "", "", "B")],
        [
            (
                "Home   News   Counties   Business   Opinion   Sports   Lifestyle   Videos",
                "",
                "",
                "B",
            )
        ],
        [("Counties › Nakuru", "", "", "B")],
        [("INTERVIEW", "", "", "B")],
        [
            (
                "‘We lose half our water before it reaches a tap,’ says Nakuru water boss",
                "Sylvanus Obondo-Mwathi",
                "says",
                "W",
            )
        ],
        [
            (
                "Ngorika Valley Water Company's new managing director on leaks, illegal connections and a three-days-on, four-days-off rationing schedule",
                "",
                "",
                "W",
            )
        ],
        [("By Waithera Kanyoro-Owiti", "", "", "B")],
        [("May 17, 2026 | 4 min read", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [
            (
                "Ngorika Valley Water Company managing director Eng. Sylvanus Obondo-Mwathi at the company's offices in Nakuru on May 14.",
                "",
                "",
                "",
            ),
            ("Photo | Mbithi Kyalo", "", "", "B"),
        ],
        [
            (
                "Nakuru residents have lived with water rationing since January, when the county's main supply dam fell to 31 per cent of its capacity.",
                "",
                "",
                "W",
            ),
            (
                "According to the Water Services Regulatory Board (WASREB), Ngorika Valley Water Company lost 52 per cent of the water it produced in the 2024/25 financial year to leaks, theft and faulty meters.",
                "the Water Services Regulatory Board (WASREB)",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Tazama Post spoke to the company's managing director, Eng. Sylvanus Obondo-Mwathi, who took over in March.",
                "",
                "",
                "B",
            )
        ],
        [("Excerpts:", "", "", "B")],
        [
            ("Q: You have been in office for two months.", "", "", "W"),
            ("Why are taps in Githioro estate still dry four days a week?", "", "", ""),
        ],
        [
            (
                "A: Because we simply don't have enough water to supply everyone every day.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "",
            ),
            (
                "We produce about 68,000 cubic metres a day, and demand is closer to 95,000.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "W",
            ),
            (
                "Half of what we produce never reaches a paying customer.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "W",
            ),
            (
                "So we ration, and Githioro is on a schedule of three days on, four days off until the dam recovers.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "W",
            ),
        ],
        [("Q: Where does that water go?", "", "", "")],
        [
            ("A: Some of it leaks out of old pipes.", "Sylvanus Obondo-Mwathi", "A:", ""),
            (
                "About 40 per cent of our network was laid before 1980, and we had 1,130 reported bursts last year.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "W",
            ),
            (
                "The rest is illegal connections and meters that don't work.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: Residents' associations say they are paying for water they never receive.",
                "Residents' associations",
                "say",
                "W",
            ),
            ("Is that fair?", "", "", ""),
        ],
        [
            ("A: No, it isn't.", "Sylvanus Obondo-Mwathi", "A:", ""),
            (
                "If a meter reads zero for a month, the customer should pay only the standing charge of Sh200, and I have told our billing team to enforce that.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "W",
            ),
            (
                "Anyone who was billed wrongly since January can bring their bills to any of our five customer centres.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: The county government promised a new dam at Nyanjoro in 2022.", "", "", "W"),
            ("What happened?", "", "", ""),
        ],
        [
            (
                "A: The Nyanjoro dam is a county government project, so I'd refer you to them.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "",
            ),
            (
                "What I can tell you is that the feasibility study was finished in October, and the county has applied to the national government for Ksh4.8 billion to build it.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "W",
            ),
        ],
        [("Q: When will rationing end?", "", "", "")],
        [
            (
                "A: If the long rains are normal, we expect to lift rationing in most estates by the end of July.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "",
            ),
            ("But I won't promise a date.", "Sylvanus Obondo-Mwathi", "A:", ""),
        ],
        [
            ("Q: You used to run a water company in Kisumu.", "", "", "W"),
            (
                "Some of your former staff say you cut jobs there.",
                "Some of your former staff",
                "say",
                "W",
            ),
        ],
        [
            (
                "A: We reduced staff from 410 to 360 over three years, through retirements, not sackings.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "W",
            ),
            ("Nobody was fired.", "Sylvanus Obondo-Mwathi", "A:", "W"),
            (
                "And we did it because salaries were eating 61 per cent of revenue.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "W",
            ),
        ],
        [("Q: Will you do the same in Nakuru?", "", "", "")],
        [
            ("A: Not before I've fixed the leaks.", "Sylvanus Obondo-Mwathi", "A:", ""),
            (
                "Cutting jobs doesn't put a single litre back into the pipes.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "",
            ),
        ],
        [("Q: What should residents do in the meantime?", "", "", "")],
        [
            ("A: Report leaks.", "Sylvanus Obondo-Mwathi", "A:", ""),
            (
                "Our toll-free line, 0800 720 444, is open 24 hours, and we aim to fix a reported burst within 48 hours.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "W",
            ),
            (
                "Last month we fixed 71 per cent of bursts within that time.",
                "Sylvanus Obondo-Mwathi",
                "A:",
                "W",
            ),
        ],
        [("This interview has been edited for length and clarity.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Nakuru extends water rationing to estates along Ngorika Road", "", "", "B")],
        [("Water vendors double prices as taps run dry in Githioro", "", "", "B")],
        [("© 2026 Tazama Post Media Group.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. US newswire's page carrying a company press release, a battery maker announces a plant in Georgia
        [("BizLine", "", "", "B")],
        [
            (
                "News   Industries   Regions   Multimedia   For Journalists   Send a Release",
                "",
                "",
                "B",
            )
        ],
        [("Energy & Utilities   |   Manufacturing", "", "", "B")],
        [
            (
                "Tallowvane Energy Storage to Build $640 Million Battery Plant in Georgia, Creating 850 Jobs",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Plant in Pellhaven will make lithium iron phosphate cells for grid storage, with production set to begin in 2028",
                "",
                "",
                "W",
            )
        ],
        [("News provided by", "", "", "B")],
        [("Tallowvane Energy Storage Inc.", "", "", "B")],
        [("May 19, 2026, 08:00 ET", "", "", "B")],
        [("Share this article", "", "", "B")],
        [
            (
                "PELLHAVEN, Ga., May 19, 2026 /BizLine/ -- Tallowvane Energy Storage Inc. (Nasdaq: TLWM), a U.S. maker of batteries for power grids, today announced plans to build a $640 million cell manufacturing plant in Pellhaven, Ga., that it expects will create 850 jobs by 2030.",
                "Tallowvane Energy Storage Inc.",
                "announced",
                "W",
            )
        ],
        [
            (
                "The 1.1 million-square-foot plant, on a 212-acre site in the Branxholme Creek Industrial Park, will be able to produce up to 8 gigawatt-hours of cells a year when fully running.",
                "",
                "",
                "W",
            ),
            (
                "Construction is scheduled to start in the fourth quarter of 2026, with first production in mid-2028.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"Utilities across the Southeast keep asking us the same question: how fast can you deliver?" said Desmond Okafuru-Lindqvar, president and chief executive officer of Tallowvane.',
                "Desmond Okafuru-Lindqvar",
                "said",
                "",
            ),
            (
                '"Pellhaven gives us the workforce, the rail access and the partners to answer that question.',
                "Desmond Okafuru-Lindqvar",
                "said",
                "",
            ),
            (
                "This is the largest single investment in our company's history.\"",
                "Desmond Okafuru-Lindqvar",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Tallowvane\'s decision shows that Georgia remains the place to build the energy economy," said Marisol Pettimore-Wardlington, deputy commissioner of the Georgia Department of Economic Development.',
                "Marisol Pettimore-Wardlington",
                "said",
                "",
            )
        ],
        [
            (
                "The company will receive a state job tax credit of up to $5,250 per job over five years and a 20-year property tax abatement from the Pellhaven-Wexbourne County Development Authority, subject to final approval.",
                "",
                "",
                "W",
            ),
            ("The development authority will vote on the abatement on June 2.", "", "", "W"),
            (
                "The City of Pellhaven has agreed to extend a water and sewer line to the site at a cost of $14.2 million.",
                "",
                "",
                "W",
            ),
            (
                '"We\'ve been waiting a long time for a phone call like this one," said Pellhaven Mayor Clement Ashdene-Reyburn.',
                "Clement Ashdene-Reyburn",
                "said",
                "",
            ),
        ],
        [
            (
                "Positions will include production technicians, engineers and maintenance staff, with an average annual salary of $68,400 before benefits.",
                "",
                "",
                "W",
            ),
            (
                "The plant will run on electricity bought under a 15-year contract with a solar farm in neighboring Dunvarra County, Tallowvane said.",
                "Tallowvane",
                "said",
                "W",
            ),
            (
                "Tallowvane said it had signed an agreement with Wexbourne Technical College for a 12-week training program, the first class of which is expected to start in January 2028.",
                "Tallowvane",
                "said",
                "W",
            ),
        ],
        [
            (
                '"For a county of 41,000 people, 850 jobs at this wage level changes everything," said Dr. Annetta Breathnagh-Colbourne, president of Wexbourne Technical College.',
                "Annetta Breathnagh-Colbourne",
                "said",
                "W",
            )
        ],
        [
            (
                "Tallowvane operates one plant, in Ashlingford, Ohio, which employs 1,240 people and began production in 2023.",
                "",
                "",
                "W",
            ),
            (
                "The company reported revenue of $412.6 million for fiscal 2025, up 38% from the year before.",
                "",
                "",
                "W",
            ),
        ],
        [("About Tallowvane Energy Storage Inc.", "", "", "B")],
        [
            (
                "Tallowvane Energy Storage Inc. designs and manufactures battery cells and systems for utilities and large energy users.",
                "",
                "",
                "B",
            ),
            (
                "Founded in 2017 and based in Cleveland, Ohio, the company has delivered more than 6 GWh of storage to customers in 14 states.",
                "",
                "",
                "B",
            ),
            ("For more information, visit www.tallowvane.com.", "", "", "B"),
        ],
        [("Forward-Looking Statements", "", "", "B")],
        [
            (
                "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the timing of construction, production capacity and job creation.",
                "",
                "",
                "B",
            ),
            (
                "Actual results may differ materially because of risks described in the company's filings with the U.S. Securities and Exchange Commission.",
                "",
                "",
                "B",
            ),
            ("Tallowvane undertakes no obligation to update these statements.", "", "", "B"),
        ],
        [
            (
                "Media Contact: Priya Venkatesulu-Holtwhistle, press@tallowvane.com, +1 216-555-0173",
                "",
                "",
                "B",
            )
        ],
        [("Investor Contact: Gideon Farqueson-Leesworth, ir@tallowvane.com", "", "", "B")],
        [("SOURCE Tallowvane Energy Storage Inc.", "", "", "B")],
        [("Want your company's news featured on BizLine?", "", "", "B")],
        [("Get Started", "", "", "B")],
        [("© 2026 BizLine Newswire LLC.", "", "", "B"), ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 9. Australian regional daily's site in New South Wales, a news obituary of a country doctor
        [("The Koorinda Leader", "", "", "B")],
        [("Subscribe   Log in   Today's Paper", "", "", "B")],
        [("News   Sport   Community   Obituaries   Rural   Opinion   Classifieds", "", "", "B")],
        [("Obituaries", "", "", "B")],
        [("Country doctor who delivered ‘half of Koorinda’ dies at 91", "", "", "W")],
        [
            (
                "Dr Harold Vennicott-Ashkirk practised in the town for 47 years and served two terms as shire president",
                "",
                "",
                "W",
            )
        ],
        [("By Lachlan Thwaitehouse-Murrayfield", "", "", "B")],
        [("Updated May 20 2026 - 3:45pm, first published 11:30am", "", "", "B")],
        [("Share   Email", "", "", "B")],
        [
            ("Dr Harold Vennicott-Ashkirk outside his Kendrie Street surgery in 1987.", "", "", ""),
            ("Picture: Koorinda Leader archive", "", "", "B"),
        ],
        [
            (
                "Harold Vennicott-Ashkirk, who was Koorinda's only doctor for much of his 47 years in practice and is believed to have delivered more than 3,000 babies, died at Koorinda Hospital on Monday.",
                "",
                "",
                "W",
            ),
            ("He was 91.", "", "", "W"),
        ],
        [
            (
                "Born in Adelaide in 1934, he graduated in medicine in Sydney in 1958 and came to Koorinda as a locum in February 1961.",
                "",
                "",
                "W",
            ),
            ("He meant to stay six weeks.", "", "", ""),
            (
                "Instead he bought the practice on Kendrie Street in 1963 and ran it until he retired in 2008, aged 74.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "His daughter, Elspeth Vennicott-Ashkirk, said her father had never taken more than a fortnight's holiday in a year.",
                "Elspeth Vennicott-Ashkirk",
                "said",
                "",
            ),
            (
                "“Dad's bag sat by the back door every night of my childhood,” she said.",
                "Elspeth Vennicott-Ashkirk",
                "said",
                "",
            ),
            (
                "“If the phone rang at two in the morning, he was in the car before Mum had found the light switch.”",
                "Elspeth Vennicott-Ashkirk",
                "said",
                "",
            ),
        ],
        [
            (
                "He served on Koorinda Shire Council from 1974 to 1986, including two terms as shire president, and led the campaign that kept the town's hospital open when the state government planned to downgrade it in 1983.",
                "",
                "",
                "W",
            ),
            (
                "He was awarded the Medal of the Order of Australia (OAM) in 1998 for service to rural medicine.",
                "",
                "",
                "W",
            ),
            (
                "From 1965 he also flew with the Royal Flying Doctor Service to outlying stations once a month, until a heart operation grounded him in 1990.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Koorinda farmer Neville Cottrell-Haygarth, 63, said Dr Vennicott-Ashkirk had delivered him, his three children and two of his grandchildren.",
                "Neville Cottrell-Haygarth",
                "said",
                "",
            ),
            (
                "“I don't think he ever sent my parents a bill,” he said.",
                "Neville Cottrell-Haygarth",
                "said",
                "",
            ),
        ],
        [
            (
                "“Who else would drive 80 kilometres on a dirt road at midnight to stitch up a shearer and then open the surgery at eight?” asked Dr Wendell Obiri-Strandlund, who joined the practice in 1994 and runs it today.",
                "Wendell Obiri-Strandlund",
                "asked",
                "",
            ),
            (
                "He said Dr Vennicott-Ashkirk had trained 19 young doctors who went on to work in country towns.",
                "Wendell Obiri-Strandlund",
                "said",
                "W",
            ),
            ("“He didn't lecture you.", "Wendell Obiri-Strandlund", "said", ""),
            ("He just took you with him on his rounds.”", "Wendell Obiri-Strandlund", "said", ""),
        ],
        [
            (
                "Koorinda Shire mayor Cr Bernadette Luskwood-Penhalligon said flags at the council chambers would fly at half-mast until the funeral.",
                "Bernadette Luskwood-Penhalligon",
                "said",
                "W",
            ),
            (
                "“Most families in this district have a story about Dr Harold,” she said.",
                "Bernadette Luskwood-Penhalligon",
                "said",
                "",
            ),
        ],
        [
            (
                "The hospital's maternity ward, which he helped pay for by starting the Koorinda Show charity auction in 1972, was named the Vennicott-Ashkirk Wing in 2010.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "His wife of 58 years, Margaret, a nurse he met at the hospital in 1962, died in 2020.",
                "",
                "",
                "",
            ),
            (
                "He is survived by his daughters Elspeth and Rosalind, his son Tom, nine grandchildren and four great-grandchildren.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A funeral service will be held at St Swithun's Anglican Church, Koorinda, at 11am on Monday, May 25, followed by a wake at the Koorinda Bowling Club.",
                "",
                "",
                "",
            ),
            (
                "Donations to the Koorinda Hospital Auxiliary are welcome in place of flowers.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Asked by the Leader on his retirement in 2008 what he would miss most, he said: “The babies.",
                "Harold Vennicott-Ashkirk",
                "said",
                "",
            ),
            ("Never the paperwork.”", "Harold Vennicott-Ashkirk", "said", ""),
        ],
        [("Share your memories of Dr Vennicott-Ashkirk in the comments below.", "", "", "B")],
        [("To place a death notice, call 02 6555 0192 or visit our Tributes page.", "", "", "B")],
        [("Most read", "", "", "B")],
        [("Koorinda Show cancelled for second year after heavy rain", "", "", "B")],
        [("Bypass works to close Kendrie Street for three nights", "", "", "B")],
        [("© 2026 Koorinda Leader Pty Ltd.", "", "", "B")],
    ],
    [  # 10. English regional daily's courts page, a company director is jailed after a worker's fatal fall
        [("The Wharfebridge Examiner", "", "", "B")],
        [("News   Courts   Crime   Business   Sport   Lifestyle   Announcements", "", "", "B")],
        [("Courts", "", "", "B")],
        [
            (
                "Racking firm boss jailed for 14 months after worker's fall from warehouse shelving",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Judge says director “chose speed over safety” in the fortnight before father-of-three's death",
                "Cordelia Hawksby-Nunnerley",
                "says",
                "",
            )
        ],
        [("By Naomi Felsted-Grangemoor, Court Reporter", "", "", "B")],
        [("Published: 17:40, Thursday 21 May 2026", "", "", "B")],
        [("Share   Comments", "", "", "B")],
        [
            ("Leeds Crown Court, where Gareth Raistrick was sentenced on Thursday.", "", "", ""),
            ("(Image: Wharfebridge Examiner)", "", "", "B"),
        ],
        [
            (
                "A company director whose employee fell nine metres to his death while fitting warehouse shelving has been jailed for 14 months.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Gareth Raistrick, 52, of Sowerthorpe Lane, Hebdenroyd, the sole director of Skelbreck Racking Ltd, admitted an offence under section 37 of the Health and Safety at Work etc. Act 1974 at an earlier hearing.",
                "",
                "",
                "W",
            ),
            (
                "The company, which went into liquidation last year, admitted a charge under section 2(1) of the same Act and was fined £1 because it has no assets.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Leeds Crown Court heard that Darren Kettlestone-Obichukwu, 38, a racking installer from Hebdenroyd, fell from the top beam of a pallet racking unit at a distribution centre in Thornhollow on 9 March 2024.",
                "Leeds Crown Court",
                "heard",
                "W",
            ),
            (
                "He was not wearing a harness and there was no edge protection or mobile platform on site, prosecutor Imogen Saltburn-Reeveley said.",
                "Imogen Saltburn-Reeveley",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said Mr Kettlestone-Obichukwu and a colleague had asked Raistrick for a scissor lift twice in the fortnight before the fall, but were told there was “no budget” and the job had to be finished by the end of the week.",
                "Imogen Saltburn-Reeveley",
                "said",
                "W",
            ),
            (
                "The colleague, who was 19 at the time, told Health and Safety Executive investigators that Raistrick had said: “Just get it done, lads.”",
                "The colleague",
                "told Health and Safety Executive investigators",
                "W",
            ),
        ],
        [
            (
                "In a victim personal statement read to the court, his widow, Shannon Kettlestone-Obichukwu, said she had been left to bring up their three children, aged 11, eight and four, on her own.",
                "Shannon Kettlestone-Obichukwu",
                "said",
                "",
            ),
            (
                "“How many times does a man have to ask for a harness before somebody listens?” she said.",
                "Shannon Kettlestone-Obichukwu",
                "said",
                "",
            ),
            (
                "“He went to work to pay for the kids' school shoes and he never came home.”",
                "Shannon Kettlestone-Obichukwu",
                "said",
                "",
            ),
        ],
        [
            (
                "Defending, Rupert Vassall-Lindley KC said Raistrick had “lived with this every day since” and had written to the family to apologise.",
                "Rupert Vassall-Lindley",
                "said",
                "W",
            ),
            (
                "He said his client had run the firm for 22 years without a reportable accident before the fall.",
                "Rupert Vassall-Lindley",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sentencing, Judge Cordelia Hawksby-Nunnerley said Raistrick “chose speed over safety” when two experienced men told him the job could not be done safely from ladders.",
                "Cordelia Hawksby-Nunnerley",
                "said",
                "",
            ),
            (
                "“A scissor lift could have been hired for £180 a week,” she said.",
                "Cordelia Hawksby-Nunnerley",
                "said",
                "W",
            ),
            (
                "“You told two men who asked for one that there was no money.",
                "Cordelia Hawksby-Nunnerley",
                "said",
                "W",
            ),
            ("That was not an oversight.", "Cordelia Hawksby-Nunnerley", "said", ""),
            ("It was a decision.”", "Cordelia Hawksby-Nunnerley", "said", ""),
        ],
        [
            (
                "She said she had reduced the sentence by a third because of his guilty plea.",
                "Cordelia Hawksby-Nunnerley",
                "said",
                "W",
            ),
            (
                "Raistrick was also disqualified from acting as a company director for six years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "After the hearing, HSE inspector Shaheena Moncreath-Adejuwon said falls from height remained the biggest single cause of deaths at work in Great Britain.",
                "Shaheena Moncreath-Adejuwon",
                "said",
                "W",
            ),
            (
                "“This death was entirely preventable,” she said.",
                "Shaheena Moncreath-Adejuwon",
                "said",
                "",
            ),
            (
                "She said the HSE had brought 14 prosecutions in Yorkshire over falls from height in the last two years.",
                "Shaheena Moncreath-Adejuwon",
                "said",
                "W",
            ),
        ],
        [
            (
                "Outside court, his brother Lewis Kettlestone-Obichukwu said the family would campaign for longer sentences for directors who ignore requests for safety equipment.",
                "Lewis Kettlestone-Obichukwu",
                "said",
                "",
            )
        ],
        [
            (
                "Read more: Hebdenroyd scaffolder fined after pedestrian hit by falling pole",
                "",
                "",
                "B",
            )
        ],
        [("Naomi Felsted-Grangemoor is the Examiner's court reporter.", "", "", "B")],
        [("Got a story?", "", "", "B"), ("Email newsdesk@wharfebridgeexaminer.co.uk", "", "", "B")],
        [("Comments are closed on this article for legal reasons.", "", "", "B")],
        [
            ("© 2026 Wharfebridge Examiner Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 06671802.", "", "", "B"),
        ],
        [("Contact   Privacy   Cookie settings   Terms", "", "", "B")],
    ],
    [  # 11. Indian business daily's site, a listed paint maker's fourth-quarter results story
        [("THE DALAL CHRONICLE", "", "", "B")],
        [
            (
                "Markets   Companies   Economy   Tech   Personal Finance   Opinion   ePaper",
                "",
                "",
                "B",
            )
        ],
        [("Sensex 81,204.66 ▲ 0.41%   |   Nifty 24,712.30 ▲ 0.38%", "", "", "B")],
        [("Companies › Results", "", "", "B")],
        [("Suvarnika Paints Q4 profit falls 18% on price cuts, shares slide 6%", "", "", "W")],
        [
            (
                "MD says rural demand picked up in March; board recommends final dividend of Rs. 6.50 a share",
                "Kavitha Rajagopalan-Mehrotri",
                "says",
                "W",
            )
        ],
        [("By Sharang Pallavoor-Iyyappan", "", "", "B")],
        [("Mumbai | Updated: May 15, 2026 7:48 PM IST", "", "", "B")],
        [("Listen   Share   Save", "", "", "B")],
        [
            (
                "Suvarnika Paints Ltd. on Friday reported an 18% fall in consolidated net profit for the January-March quarter, as price cuts to defend market share ate into the gains from higher sales volumes.",
                "Suvarnika Paints Ltd.",
                "reported",
                "W",
            ),
            (
                "Net profit fell to Rs. 412.6 crore from Rs. 503.2 crore a year earlier, the Mumbai-based company said in a regulatory filing.",
                "the Mumbai-based company",
                "said in a regulatory filing",
                "W",
            ),
        ],
        [
            (
                "Revenue from operations rose 4.1% to Rs. 3,118 crore, while volumes grew 9.6%.",
                "",
                "",
                "W",
            ),
            ("Ebitda margin narrowed by 310 basis points to 16.2%.", "", "", "W"),
            (
                "The results were below the average estimate of 14 analysts polled by the Chronicle, who had expected a profit of Rs. 455 crore.",
                "",
                "",
                "W",
            ),
        ],
        [("ALSO READ: Paint makers brace for a slower summer as crude prices climb", "", "", "B")],
        [
            (
                "On a call with analysts, managing director Kavitha Rajagopalan-Mehrotri said the company had cut prices on its economy emulsions by 5-7% in January after two new rivals entered the market.",
                "Kavitha Rajagopalan-Mehrotri",
                "said",
                "W",
            ),
            (
                "“We chose to protect volumes, and the volumes came,” she said.",
                "Kavitha Rajagopalan-Mehrotri",
                "said",
                "",
            ),
            (
                "“Are we worried about margins?” she asked analysts.",
                "Kavitha Rajagopalan-Mehrotri",
                "asked analysts",
                "",
            ),
            (
                "“Yes, but we'd rather worry about margins than about market share.”",
                "Kavitha Rajagopalan-Mehrotri",
                "asked analysts",
                "",
            ),
        ],
        [
            (
                "She said rural demand had picked up in March and that the company expected volume growth of 8-10% in the current financial year.",
                "Kavitha Rajagopalan-Mehrotri",
                "said",
                "W",
            )
        ],
        [
            (
                "The board recommended a final dividend of Rs. 6.50 per share, taking the total for FY26 to Rs. 11 a share.",
                "",
                "",
                "W",
            ),
            ("The record date is July 24.", "", "", "W"),
        ],
        [
            (
                "Shares of Suvarnika closed 6.2% lower at Rs. 1,386.45 on the BSE, while the benchmark Sensex rose 0.4%.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“The price cuts are not done,” said Rohan Devasahayam, an analyst at Kavachan Securities, who cut his target price to Rs. 1,420 from Rs. 1,610.",
                "Rohan Devasahayam",
                "said",
                "W",
            ),
            (
                "“Two well-funded entrants will keep pricing tight for at least three more quarters.”",
                "Rohan Devasahayam",
                "said",
                "",
            ),
        ],
        [
            (
                "Brokerage Meridane Capital kept its ‘buy’ rating, saying Suvarnika's network of about 61,000 dealers gave it an edge no new entrant could match quickly.",
                "Meridane Capital",
                "saying",
                "W",
            ),
            (
                "India's decorative paints market is worth about Rs. 74,000 crore a year, according to industry estimates.",
                "industry estimates",
                "according to",
                "W",
            ),
            ("Rival Tejomaya Coatings Ltd. reports its results on May 22.", "", "", "W"),
        ],
        [
            (
                "Raw material costs, about 55% of sales, fell 3% in the quarter as prices of titanium dioxide eased, the company said.",
                "the company",
                "said",
                "W",
            ),
            (
                "It did not say when margins would return to their level before the price cuts.",
                "Suvarnika Paints Ltd.",
                "did not say",
                "",
            ),
        ],
        [
            (
                "For the full financial year ended March 31, net profit fell 9% to Rs. 1,752 crore on revenue of Rs. 12,940 crore, up 5.3%.",
                "",
                "",
                "W",
            ),
            (
                "The company said it would spend Rs. 900 crore on a new plant in Andhra Pradesh, with commercial production expected by Q3 FY28.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Disclaimer: The views and recommendations of analysts are their own and not those of The Dalal Chronicle.",
                "",
                "",
                "B",
            ),
            (
                "Investors should consult a certified expert before making any investment decision.",
                "",
                "",
                "B",
            ),
        ],
        [("Topics: Suvarnika Paints | Q4 results | Paint stocks | Dividend", "", "", "B")],
        [
            (
                "Catch all the business news and market updates on the Dalal Chronicle app.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Copyright © 2026 Dalal Chronicle Publications Pvt. Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [  # 12. US local TV station's website in Oregon, a wildfire emergency update page with timed UPDATE blocks
        [("KQMB 7 Central Oregon", "", "", "B")],
        [("Watch Live   |   Weather   |   Closings   |   Sign In", "", "", "B")],
        [("Bend   91°F   Sunny", "", "", "B")],
        [
            (
                "News   Weather   Wildfire Updates   Traffic   Sports   Contests   Contact Us",
                "",
                "",
                "B",
            )
        ],
        [("WILDFIRE UPDATES", "", "", "B")],
        [
            (
                "Pennoyer Ridge Fire grows to 8,900 acres; Level 3 ‘GO NOW’ evacuations ordered for Skellig Creek",
                "",
                "",
                "W",
            )
        ],
        [("by KQMB Staff", "", "", "B")],
        [("Updated Tue, June 23rd 2026, 6:12 PM PDT", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [
            (
                "Crews work to hold the fire along Forest Road 2710 on Tuesday afternoon.",
                "",
                "",
                "",
            ),
            ("(KQMB)", "", "", "B"),
            ("1:48", "", "", "B"),
        ],
        [("UPDATE, 6 p.m.:", "", "", "B")],
        [
            (
                "The Pennoyer Ridge Fire had burned about 8,900 acres by 5 p.m. Tuesday and was 0% contained, according to the Oregon Department of Forestry.",
                "the Oregon Department of Forestry",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Crestwick County Sheriff's Office raised evacuation orders for the Skellig Creek area to Level 3, “GO NOW,” at 4:40 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Residents east of Forest Road 2710 and north of U.S. Highway 26 must leave immediately, the sheriff's office said.",
                "the sheriff's office",
                "said",
                "W",
            ),
            (
                "Level 2 “BE SET” notices remain in place for Pennoyer and the Sageholm subdivision.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“If you are told to go, go,” Sheriff Dale Ostrowka-Quigg said at a briefing at the fairgrounds.",
                "Dale Ostrowka-Quigg",
                "said",
                "",
            ),
            ("“Do not wait to see flames.", "Dale Ostrowka-Quigg", "said", ""),
            (
                "We had deputies knocking on doors in Skellig Creek at 4:45, and some people told them they'd think about it.”",
                "Dale Ostrowka-Quigg",
                "said",
                "W",
            ),
        ],
        [
            (
                "The American Red Cross has opened an evacuation shelter at Pennoyer High School, 410 N.E. Alder Ave., and said 63 people had registered there by 5:30 p.m.",
                "The American Red Cross",
                "said",
                "W",
            ),
            (
                "Large animals can be taken to the Crestwick County Fairgrounds, 1800 S. Fair St.",
                "",
                "",
                "W",
            ),
            ("Pets are allowed at the shelter if they are in a crate.", "", "", "W"),
        ],
        [("UPDATE, 1:15 p.m.:", "", "", "B")],
        [
            (
                "The fire crossed Forest Road 2710 shortly after noon, pushed by gusts of up to 35 mph, fire officials said.",
                "fire officials",
                "said",
                "W",
            ),
            (
                "An incident management team from the Oregon State Fire Marshal's office is due to take command at 6 a.m. Wednesday.",
                "",
                "",
                "W",
            ),
            (
                "The state fire marshal's office said the governor had invoked the Emergency Conflagration Act, which lets the state send structural fire crews from other counties.",
                "The state fire marshal's office",
                "said",
                "W",
            ),
        ],
        [("UPDATE, 9:30 a.m.:", "", "", "B")],
        [
            (
                "The fire was first reported at 2:12 p.m. Monday near Pennoyer Ridge, about 6 miles east of Pennoyer.",
                "",
                "",
                "W",
            ),
            ("Its cause is under investigation.", "", "", "W"),
        ],
        [
            (
                "Fire spokesperson Kendra Wilhoite-Bairdwell said crews had been unable to fly overnight because of smoke, and that 14 engines, four hand crews and two helicopters were assigned as of Tuesday morning.",
                "Kendra Wilhoite-Bairdwell",
                "said",
                "W",
            )
        ],
        [
            (
                "The National Weather Service in Pendleton has issued a red flag warning until 11 p.m. Wednesday for gusty winds and humidity as low as 8%.",
                "",
                "",
                "W",
            ),
            (
                "Forecasters said winds could ease on Thursday, but that no rain was expected before the weekend.",
                "Forecasters",
                "said",
                "",
            ),
        ],
        [
            (
                "“Do we take the horses or the photo albums?” said Wynona Etxeberri, who loaded three horses into a trailer at her home on Skellig Creek Road on Monday evening.",
                "Wynona Etxeberri",
                "said",
                "",
            ),
            ("“We took the horses.”", "Wynona Etxeberri", "said", ""),
        ],
        [
            (
                "U.S. 26 is closed between milepost 41 and milepost 58, the Oregon Department of Transportation said.",
                "the Oregon Department of Transportation",
                "said",
                "W",
            ),
            (
                "Drivers should check the state's road conditions website before travelling.",
                "",
                "",
                "",
            ),
        ],
        [("Get KQMB emergency alerts on your phone: text FIRE to 555-0176.", "", "", "B")],
        [("Evacuation levels:", "", "", "B")],
        [
            (
                "Level 1 – BE READY: Be aware of the danger in your area and get ready to leave.",
                "",
                "",
                "",
            )
        ],
        [("Level 2 – BE SET: Be ready to leave at a moment's notice.", "", "", "")],
        [("Level 3 – GO NOW: Leave immediately.", "", "", "")],
        [
            ("Copyright 2026 Quarry Peak Broadcasting, Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Report a typo   |   EEO Report   |   FCC Public File   |   Closed Captioning",
                "",
                "",
                "B",
            )
        ],
    ],
]

HELDOUT_CASES = [
    (
        "n56-us-caption-credit-dateline-sb",
        "Sen. Ruth Ambersleigh-Quarne, R-Kellenvale, speaks on the Senate floor before Wednesday's vote on S.B. 114. Photo: Tamsin Okonedu-Bechstine / Lanternlight\nCOLUMBUS, Ohio — The Ohio Senate voted 24-8 on Wednesday to cap the late fee a landlord can charge on a month's rent at $50 or 5% of the rent, whichever is less. The bill, S.B. 114, would also bar landlords from charging a late fee before the fifth day after rent is due, and from charging a fee on an earlier unpaid fee.",
        [
            "Sen. Ruth Ambersleigh-Quarne, R-Kellenvale, speaks on the Senate floor before Wednesday's vote on S.B. 114.",
            "Photo: Tamsin Okonedu-Bechstine / Lanternlight",
            "COLUMBUS, Ohio — The Ohio Senate voted 24-8 on Wednesday to cap the late fee a landlord can charge on a month's rent at $50 or 5% of the rent, whichever is less.",
            "The bill, S.B. 114, would also bar landlords from charging a late fee before the fifth day after rent is due, and from charging a fee on an earlier unpaid fee.",
        ],
    ),
    (
        "n56-us-question-asked-surname",
        "Sen. Everett Blankenship-Muzondo, D-Columbus, said the bill did not go far enough. “Why stop at late fees when the application fees and the ‘convenience’ fees for paying online are still there?” asked Blankenship-Muzondo. He said he would file a separate bill on application fees in the fall.",
        [
            "Sen. Everett Blankenship-Muzondo, D-Columbus, said the bill did not go far enough.",
            "“Why stop at late fees when the application fees and the ‘convenience’ fees for paying online are still there?” asked Blankenship-Muzondo.",
            "He said he would file a separate bill on application fees in the fall.",
        ],
    ),
    (
        "n56-us-paywall-question-login",
        "You've read 3 of 4 free articles this month.\nSubscribe now for unlimited digital access to the Lanternlight for just $1 for your first six months.\nAlready a subscriber? Log in\nOhio law sets no limit on residential late fees, though courts have struck down fees they found unreasonable, according to the Legislative Service Commission.",
        [
            "You've read 3 of 4 free articles this month.",
            "Subscribe now for unlimited digital access to the Lanternlight for just $1 for your first six months.",
            "Already a subscriber?",
            "Log in",
            "Ohio law sets no limit on residential late fees, though courts have struck down fees they found unreasonable, according to the Legislative Service Commission.",
        ],
    ),
    (
        "n56-us-hb87-quote-end-gov",
        "A similar bill, H.B. 87, passed the Ohio House in 2024 but never got a vote in the Senate.\nThe bill now goes to the House, where Speaker Pro Tempore Jerome Castelvecchio-Danecroft, R-Tullivar, said it would get a committee hearing “before the summer break.” Gov. Alphonse Stolberg-Haasenfeld has not said whether he would sign the bill. The governor's office did not respond to a request for comment on Wednesday.",
        [
            "A similar bill, H.B. 87, passed the Ohio House in 2024 but never got a vote in the Senate.",
            "The bill now goes to the House, where Speaker Pro Tempore Jerome Castelvecchio-Danecroft, R-Tullivar, said it would get a committee hearing “before the summer break.”",
            "Gov. Alphonse Stolberg-Haasenfeld has not said whether he would sign the bill.",
            "The governor's office did not respond to a request for comment on Wednesday.",
        ],
    ),
    (
        "n56-us-pm-before-it-bio",
        "The Senate adjourned at 4:52 p.m. It next meets on May 20.\nDesmond Achtenhagen-Loweth covers the Ohio Statehouse for the Lanternlight. Reach him at dachtenhagen@lanternlight.com or 614-555-0148.",
        [
            "The Senate adjourned at 4:52 p.m.",
            "It next meets on May 20.",
            "Desmond Achtenhagen-Loweth covers the Ohio Statehouse for the Lanternlight.",
            "Reach him at dachtenhagen@lanternlight.com or 614-555-0148.",
        ],
    ),
    (
        "n56-us-co-all-rights-footer",
        "© 2026 Lanternlight Media Co. All rights reserved.\nTerms of Use   Privacy Policy   Your Privacy Choices   Do Not Sell or Share My Personal Information   Cookie Settings",
        [
            "© 2026 Lanternlight Media Co.",
            "All rights reserved.",
            "Terms of Use   Privacy Policy   Your Privacy Choices   Do Not Sell or Share My Personal Information   Cookie Settings",
        ],
    ),
    (
        "n56-cl-union-no2-question-said",
        'Union No. 2, which represents 1,840 of the mine\'s roughly 2,600 workers, said the offer did not make up for inflation over the last contract. Its president, Wenceslao Huenchual-Sotomil, told Brenvane by phone that the strike would continue "indefinitely" unless the company raised the bonus. "What did they expect?" Huenchual-Sotomil said. "They made record profits last year and offered us less than last time."',
        [
            "Union No. 2, which represents 1,840 of the mine's roughly 2,600 workers, said the offer did not make up for inflation over the last contract.",
            'Its president, Wenceslao Huenchual-Sotomil, told Brenvane by phone that the strike would continue "indefinitely" unless the company raised the bonus.',
            '"What did they expect?" Huenchual-Sotomil said.',
            '"They made record profits last year and offered us less than last time."',
        ],
    ),
    (
        "n56-cl-7am-before-name",
        "The union disputed that. Huenchual-Sotomil said no trucks had left the site since the morning shift change at 7 a.m. Altazul produced 78,400 tons of copper in the first quarter, down 6% from a year earlier, because of lower ore grades.",
        [
            "The union disputed that.",
            "Huenchual-Sotomil said no trucks had left the site since the morning shift change at 7 a.m.",
            "Altazul produced 78,400 tons of copper in the first quarter, down 6% from a year earlier, because of lower ore grades.",
        ],
    ),
    (
        "n56-cl-credits-semicolons",
        "The previous three-year contract, signed in May 2023, gave workers a 2.8% real wage increase and a bonus of 5.1 million pesos. Consumer prices rose 4.2% in the 12 months to April, Chile's national statistics institute said last week.\n(Reporting by Maite Quiñelaf in Santiago and Tomás Echeverz in Antofagasta; Additional reporting by Hedwig Marchesani-Lundqvar in London; Editing by Howard Feenstra and Lisbet Kwartemaa-Boydell)\nOur Standards: The Brenvane Editorial Code.\nPurchase Licensing Rights",
        [
            "The previous three-year contract, signed in May 2023, gave workers a 2.8% real wage increase and a bonus of 5.1 million pesos.",
            "Consumer prices rose 4.2% in the 12 months to April, Chile's national statistics institute said last week.",
            "(Reporting by Maite Quiñelaf in Santiago and Tomás Echeverz in Antofagasta; Additional reporting by Hedwig Marchesani-Lundqvar in London; Editing by Howard Feenstra and Lisbet Kwartemaa-Boydell)",
            "Our Standards: The Brenvane Editorial Code.",
            "Purchase Licensing Rights",
        ],
    ),
    (
        "n56-sc-question-she-asked",
        "But parent Kirsty Auchenleck, who has two children at the school, said the council had already made up its mind. “Where are five-year-olds meant to wait for a bus at ten to eight on a January morning?” she asked. “There's no shelter, no pavement and no streetlight at the end of our road.”",
        [
            "But parent Kirsty Auchenleck, who has two children at the school, said the council had already made up its mind.",
            "“Where are five-year-olds meant to wait for a bus at ten to eight on a January morning?” she asked.",
            "“There's no shelter, no pavement and no streetlight at the end of our road.”",
        ],
    ),
    (
        "n56-sc-most-read-numbers",
        "Most Read\n1\nVillage hall roof appeal passes £20,000 target\n2\nLorry sheds load of turnips on Balquharn brae\n© Strathlennock Herald Ltd 2026",
        [
            "Most Read",
            "1",
            "Village hall roof appeal passes £20,000 target",
            "2",
            "Lorry sheds load of turnips on Balquharn brae",
            "© Strathlennock Herald Ltd 2026",
        ],
    ),
    (
        "n56-en-score-line-box",
        "Harthwaite United 3 Selbourne Rovers 2: Ossai double sends United into play-off final\nRovers boss says his side “gifted” the hosts two goals in a semi-final settled in stoppage time\nBy Gareth Mellerby, Sports Reporter\n18:02, Sat 16 May 2026\nShare   Comments (48)\nHarthwaite United 3 (Ossai 23, 90+2; Pellerton 58)\nSelbourne Rovers 2 (Fairweatherby-Dunnington 41, 77 pen)\nAttendance: 3,108\nKwame Ossai headed a stoppage-time winner as Harthwaite United twice surrendered the lead but still beat Selbourne Rovers 3-2 at Mill Lane to reach the Ribblemoor League play-off final.",
        [
            "Harthwaite United 3 Selbourne Rovers 2: Ossai double sends United into play-off final",
            "Rovers boss says his side “gifted” the hosts two goals in a semi-final settled in stoppage time",
            "By Gareth Mellerby, Sports Reporter",
            "18:02, Sat 16 May 2026",
            "Share   Comments (48)",
            "Harthwaite United 3 (Ossai 23, 90+2; Pellerton 58)",
            "Selbourne Rovers 2 (Fairweatherby-Dunnington 41, 77 pen)",
            "Attendance: 3,108",
            "Kwame Ossai headed a stoppage-time winner as Harthwaite United twice surrendered the lead but still beat Selbourne Rovers 3-2 at Mill Lane to reach the Ribblemoor League play-off final.",
        ],
    ),
    (
        "n56-en-question-said-surname-quote",
        "“How many chances do you need to win a semi-final?” said Sedgwick-Halewood, whose side missed three clear openings in the first half. “We had them on the ropes at 2-2 and we switched off for one corner. That's on me.”\nKettlesby insisted he had got a touch on the ball before he caught Amankona.",
        [
            "“How many chances do you need to win a semi-final?” said Sedgwick-Halewood, whose side missed three clear openings in the first half.",
            "“We had them on the ropes at 2-2 and we switched off for one corner.",
            "That's on me.”",
            "Kettlesby insisted he had got a touch on the ball before he caught Amankona.",
        ],
    ),
    (
        "n56-en-lineups-initials",
        "Selbourne Rovers: Penwortham; Gatesworth, Moyes-Clarebrough, D. Askerton, T. Askerton; Fairweatherby-Dunnington, Ruddington; Thirkettle (Amankona 64), Priestwood, Yardholme; Cottingwith.\nReferee: Martin Obuyama-Cleghorn.\nBooked: Hollingrave, Stanegate, Priestwood, Cottingwith.\nMan of the match: Kwame Ossai.",
        [
            "Selbourne Rovers: Penwortham; Gatesworth, Moyes-Clarebrough, D. Askerton, T. Askerton; Fairweatherby-Dunnington, Ruddington; Thirkettle (Amankona 64), Priestwood, Yardholme; Cottingwith.",
            "Referee: Martin Obuyama-Cleghorn.",
            "Booked: Hollingrave, Stanegate, Priestwood, Cottingwith.",
            "Man of the match: Kwame Ossai.",
        ],
    ),
    (
        "n56-ca-caption-aug-bc-lead",
        "Smoke from wildfires hangs over a playground in Tillicum Falls, B.C., on Aug. 19, 2025. Darnell Quiverton/The Westmark Standard\nChildren in British Columbia were about 21 per cent more likely to be taken to an emergency department for asthma on days of heavy wildfire smoke than on clear days, a study by researchers at Mallardine University has found.",
        [
            "Smoke from wildfires hangs over a playground in Tillicum Falls, B.C., on Aug. 19, 2025.",
            "Darnell Quiverton/The Westmark Standard",
            "Children in British Columbia were about 21 per cent more likely to be taken to an emergency department for asthma on days of heavy wildfire smoke than on clear days, a study by researchers at Mallardine University has found.",
        ],
    ),
    (
        "n56-ca-dr-question-man",
        "Tenneti-Raoji said the team had not been able to measure whether children were using their inhalers as prescribed.\n“Is it the smoke, or is it that these kids are shut inside for a week with the windows closed?” asked Dr. Olusegun Farrington-Bedeau, an epidemiologist at the Red River Institute for Population Health in Winnipeg, Man., who was not involved in the study. “This study can't separate those two, and it doesn't claim to.”\nHe said the results were in line with a 2023 analysis from California that found a similar rise in children's visits during smoke events.",
        [
            "Tenneti-Raoji said the team had not been able to measure whether children were using their inhalers as prescribed.",
            "“Is it the smoke, or is it that these kids are shut inside for a week with the windows closed?” asked Dr. Olusegun Farrington-Bedeau, an epidemiologist at the Red River Institute for Population Health in Winnipeg, Man., who was not involved in the study.",
            "“This study can't separate those two, and it doesn't claim to.”",
            "He said the results were in line with a 2023 analysis from California that found a similar rise in children's visits during smoke events.",
        ],
    ),
    (
        "n56-ca-ie-vs",
        "Days were classed as smoky using satellite data and readings from 62 air-quality monitors, i.e. not just the station nearest each hospital. The researchers adjusted for temperature, humidity, holidays and flu season, and left out visits in the first three months of the COVID-19 pandemic, when emergency visits fell sharply.\nThe rise was 27 per cent for children from the lowest-income neighbourhoods vs. 14 per cent for those from the highest, a gap the authors said needed further study.",
        [
            "Days were classed as smoky using satellite data and readings from 62 air-quality monitors, i.e. not just the station nearest each hospital.",
            "The researchers adjusted for temperature, humidity, holidays and flu season, and left out visits in the first three months of the COVID-19 pandemic, when emergency visits fell sharply.",
            "The rise was 27 per cent for children from the lowest-income neighbourhoods vs. 14 per cent for those from the highest, a gap the authors said needed further study.",
        ],
    ),
    (
        "n56-uk-live-key-events-signoff",
        "Show key events only\n16:05 BST\nMatthew Scorrow\nThat's all from us for today. Here's a summary of where things stand:\nHaldenmoor Bank's card payments and cash machines have worked since 1.40pm, but its app and online banking were still down at 4pm.",
        [
            "Show key events only",
            "16:05 BST",
            "Matthew Scorrow",
            "That's all from us for today.",
            "Here's a summary of where things stand:",
            "Haldenmoor Bank's card payments and cash machines have worked since 1.40pm, but its app and online banking were still down at 4pm.",
        ],
    ),
    (
        "n56-uk-live-post-on-x-quote",
        "Card payments back, bank says\nHaldenmoor Bank says card payments and cash withdrawals are working again. In a post on X at 1.40pm, the bank said: “Card payments and ATMs are now working as normal. We're still working to restore the app and online banking, and we're sorry for the disruption this has caused.”",
        [
            "Card payments back, bank says",
            "Haldenmoor Bank says card payments and cash withdrawals are working again.",
            "In a post on X at 1.40pm, the bank said: “Card payments and ATMs are now working as normal.",
            "We're still working to restore the app and online banking, and we're sorry for the disruption this has caused.”",
        ],
    ),
    (
        "n56-ke-qa-fact-question-answer",
        "Q: You have been in office for two months. Why are taps in Githioro estate still dry four days a week?\nA: Because we simply don't have enough water to supply everyone every day. We produce about 68,000 cubic metres a day, and demand is closer to 95,000.",
        [
            "Q: You have been in office for two months.",
            "Why are taps in Githioro estate still dry four days a week?",
            "A: Because we simply don't have enough water to supply everyone every day.",
            "We produce about 68,000 cubic metres a day, and demand is closer to 95,000.",
        ],
    ),
    (
        "n56-ke-qa-source-question-no",
        "Q: Residents' associations say they are paying for water they never receive. Is that fair?\nA: No, it isn't. If a meter reads zero for a month, the customer should pay only the standing charge of Sh200, and I have told our billing team to enforce that.",
        [
            "Q: Residents' associations say they are paying for water they never receive.",
            "Is that fair?",
            "A: No, it isn't.",
            "If a meter reads zero for a month, the customer should pay only the standing charge of Sh200, and I have told our billing team to enforce that.",
        ],
    ),
    (
        "n56-us-pr-dateline-nasdaq",
        "Share this article\nPELLHAVEN, Ga., May 19, 2026 /BizLine/ -- Tallowvane Energy Storage Inc. (Nasdaq: TLWM), a U.S. maker of batteries for power grids, today announced plans to build a $640 million cell manufacturing plant in Pellhaven, Ga., that it expects will create 850 jobs by 2030.\nThe 1.1 million-square-foot plant, on a 212-acre site in the Branxholme Creek Industrial Park, will be able to produce up to 8 gigawatt-hours of cells a year when fully running.",
        [
            "Share this article",
            "PELLHAVEN, Ga., May 19, 2026 /BizLine/ -- Tallowvane Energy Storage Inc. (Nasdaq: TLWM), a U.S. maker of batteries for power grids, today announced plans to build a $640 million cell manufacturing plant in Pellhaven, Ga., that it expects will create 850 jobs by 2030.",
            "The 1.1 million-square-foot plant, on a 212-acre site in the Branxholme Creek Industrial Park, will be able to produce up to 8 gigawatt-hours of cells a year when fully running.",
        ],
    ),
    (
        "n56-us-pr-question-inside-quote",
        'Construction is scheduled to start in the fourth quarter of 2026, with first production in mid-2028.\n"Utilities across the Southeast keep asking us the same question: how fast can you deliver?" said Desmond Okafuru-Lindqvar, president and chief executive officer of Tallowvane. "Pellhaven gives us the workforce, the rail access and the partners to answer that question. This is the largest single investment in our company\'s history."',
        [
            "Construction is scheduled to start in the fourth quarter of 2026, with first production in mid-2028.",
            '"Utilities across the Southeast keep asking us the same question: how fast can you deliver?" said Desmond Okafuru-Lindqvar, president and chief executive officer of Tallowvane.',
            '"Pellhaven gives us the workforce, the rail access and the partners to answer that question.',
            "This is the largest single investment in our company's history.\"",
        ],
    ),
    (
        "n56-au-obit-asked-two-fragments",
        "Donations to the Koorinda Hospital Auxiliary are welcome in place of flowers.\nAsked by the Leader on his retirement in 2008 what he would miss most, he said: “The babies. Never the paperwork.”\nShare your memories of Dr Vennicott-Ashkirk in the comments below.",
        [
            "Donations to the Koorinda Hospital Auxiliary are welcome in place of flowers.",
            "Asked by the Leader on his retirement in 2008 what he would miss most, he said: “The babies.",
            "Never the paperwork.”",
            "Share your memories of Dr Vennicott-Ashkirk in the comments below.",
        ],
    ),
    (
        "n56-en-court-etc-act-section",
        "A company director whose employee fell nine metres to his death while fitting warehouse shelving has been jailed for 14 months.\nGareth Raistrick, 52, of Sowerthorpe Lane, Hebdenroyd, the sole director of Skelbreck Racking Ltd, admitted an offence under section 37 of the Health and Safety at Work etc. Act 1974 at an earlier hearing. The company, which went into liquidation last year, admitted a charge under section 2(1) of the same Act and was fined £1 because it has no assets.",
        [
            "A company director whose employee fell nine metres to his death while fitting warehouse shelving has been jailed for 14 months.",
            "Gareth Raistrick, 52, of Sowerthorpe Lane, Hebdenroyd, the sole director of Skelbreck Racking Ltd, admitted an offence under section 37 of the Health and Safety at Work etc. Act 1974 at an earlier hearing.",
            "The company, which went into liquidation last year, admitted a charge under section 2(1) of the same Act and was fined £1 because it has no assets.",
        ],
    ),
    (
        "n56-en-court-got-a-story-ltd",
        "Naomi Felsted-Grangemoor is the Examiner's court reporter.\nGot a story? Email newsdesk@wharfebridgeexaminer.co.uk\nComments are closed on this article for legal reasons.\n© 2026 Wharfebridge Examiner Ltd. Registered in England and Wales No. 06671802.",
        [
            "Naomi Felsted-Grangemoor is the Examiner's court reporter.",
            "Got a story?",
            "Email newsdesk@wharfebridgeexaminer.co.uk",
            "Comments are closed on this article for legal reasons.",
            "© 2026 Wharfebridge Examiner Ltd.",
            "Registered in England and Wales No. 06671802.",
        ],
    ),
    (
        "n56-in-rs-ltd-lead",
        "Listen   Share   Save\nSuvarnika Paints Ltd. on Friday reported an 18% fall in consolidated net profit for the January-March quarter, as price cuts to defend market share ate into the gains from higher sales volumes. Net profit fell to Rs. 412.6 crore from Rs. 503.2 crore a year earlier, the Mumbai-based company said in a regulatory filing.\nRevenue from operations rose 4.1% to Rs. 3,118 crore, while volumes grew 9.6%.",
        [
            "Listen   Share   Save",
            "Suvarnika Paints Ltd. on Friday reported an 18% fall in consolidated net profit for the January-March quarter, as price cuts to defend market share ate into the gains from higher sales volumes.",
            "Net profit fell to Rs. 412.6 crore from Rs. 503.2 crore a year earlier, the Mumbai-based company said in a regulatory filing.",
            "Revenue from operations rose 4.1% to Rs. 3,118 crore, while volumes grew 9.6%.",
        ],
    ),
    (
        "n56-in-question-asked-analysts",
        "“We chose to protect volumes, and the volumes came,” she said. “Are we worried about margins?” she asked analysts. “Yes, but we'd rather worry about margins than about market share.”\nShe said rural demand had picked up in March and that the company expected volume growth of 8-10% in the current financial year.",
        [
            "“We chose to protect volumes, and the volumes came,” she said.",
            "“Are we worried about margins?” she asked analysts.",
            "“Yes, but we'd rather worry about margins than about market share.”",
            "She said rural demand had picked up in March and that the company expected volume growth of 8-10% in the current financial year.",
        ],
    ),
    (
        "n56-us-fire-ave-pm-st",
        "The American Red Cross has opened an evacuation shelter at Pennoyer High School, 410 N.E. Alder Ave., and said 63 people had registered there by 5:30 p.m. Large animals can be taken to the Crestwick County Fairgrounds, 1800 S. Fair St. Pets are allowed at the shelter if they are in a crate.",
        [
            "The American Red Cross has opened an evacuation shelter at Pennoyer High School, 410 N.E. Alder Ave., and said 63 people had registered there by 5:30 p.m.",
            "Large animals can be taken to the Crestwick County Fairgrounds, 1800 S. Fair St.",
            "Pets are allowed at the shelter if they are in a crate.",
        ],
    ),
    (
        "n56-us-fire-question-said-us26",
        "“Do we take the horses or the photo albums?” said Wynona Etxeberri, who loaded three horses into a trailer at her home on Skellig Creek Road on Monday evening. “We took the horses.”\nU.S. 26 is closed between milepost 41 and milepost 58, the Oregon Department of Transportation said. Drivers should check the state's road conditions website before travelling.",
        [
            "“Do we take the horses or the photo albums?” said Wynona Etxeberri, who loaded three horses into a trailer at her home on Skellig Creek Road on Monday evening.",
            "“We took the horses.”",
            "U.S. 26 is closed between milepost 41 and milepost 58, the Oregon Department of Transportation said.",
            "Drivers should check the state's road conditions website before travelling.",
        ],
    ),
]
