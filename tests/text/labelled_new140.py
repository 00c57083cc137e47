"""Hundred-and-fortieth set of new hand-labelled pages for the hint engines (tuning set, round fifty-two):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve countries in twelve
genres, where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part. The pages: a Kenyan business
news site (the central bank cuts its benchmark rate 25 basis points to 9.25%); an Irish regional
news site (hourly Galway–Dublin trains from December 13, the 6.05am moved to 6.40am); an Indian
legal news portal (a Pune sessions court acquits three men of a 2021 murder, seven of 19 witnesses
hostile); a Scottish regional daily (58.4% of A&E patients at Aberdeen Royal Infirmary seen within
four hours, 412 waiting more than 12 hours); a Ghanaian news website (61.8% of WASSCE candidates
pass core maths, 1,124 results withheld); a Canadian local radio station's news site (a Shuswap
wildfire grows to 3,860 hectares, 412 properties under evacuation order); a Sri Lankan sport site (a
club cricket final won by 13 runs); an Australian music magazine (a review of a Fremantle
songwriter's third album); a United States city newspaper (Tulsa's annual crime report, homicides
down from 71 to 58, car thefts up 14%); a Philippine daily's business page (a contact-center firm
serves notices to 1,350 workers); an English local newspaper (a Durham County Council by-election
won by 61 votes after a recount); and a Singaporean daily's explainer (core inflation at 0.9% while
hawker food rises 3.4%).

What is hard is telling statements of record (figures, dates, rulings, findings, comparisons, causal
claims by officials, statutory windows, first-person records with a figure, timetables and release
dates fixed by the body that sets them) from what sits beside them: forecasts and plans with numbers
("could fall to 9% by March", "a half-hourly service ... by 2029", "about 110,000 jobs this year",
"between 0.5 and 1.5 per cent"), hedges ("is believed to have been sparked by lightning", "may
ease early next week", "probably double the official one"), feelings, advice (NHS 24 on 111, a
steering wheel lock, headphones late at night), rhetorical questions and question subheads, colour,
a critic's verdicts and fragments ("It works.", "No.", "Almost certainly.", "Then came Nuwan
Kaluhetti."). And where sentences end: abbreviations that END a sentence before a capital ("Kilima
Capital Ltd." / "She said ..."; "by 5 p.m." / "Yields ..."; "at 7 a.m." / "Sign up free."; "shortly
after 7 p.m." / "Their families ..."; "as of 7 p.m." / "Crews ..."; "began at 11 p.m." / "That call
..."; "producer Marcus Tye Jr." / "The difference ..."; "across the U.K." / "Find out more ...";
"Pvt. Ltd." / "All Rights Reserved."; "Broadcasting Inc." / "Privacy Policy ..."; "Press Ltd." /
"Co. Regn. No. 199401234K." / "All rights reserved."; "Pty Ltd." / "ABN ...") and ones that do not
("Sec. 302", "Sec. 120B", "Sessions Case No. 611 of 2021", "Art. 114", "Art. 298", "the No. 3",
"Ballot box No. 14", "No. 4 on the ARIA Albums Chart", "St. Andrew's Church", "St. Kilda", "approx.
40 seconds", "built ca. 1890", "e.g. medication", "e.g. hawker meals", "(i.e. more than a third)",
"i.e. the change", "vs. a year earlier", "vs. an authorized strength", "vs. ‘Tidewater’", "Hwy. 1",
"10 Ave. S.E.", "S. Memorial Dr.", "Lt.", "Mr.", "Dr.", "Rs. 5 million", "Sept. 2023", "Oct. 3",
"Dale Hrushowy Jr., 66,", "Cimarron Tracking Inc. said", "Banyan Ridge Securities Inc. said",
"U.S. dollar", "U.S. cities", "U.S. accounts", "3:40 p.m. Tuesday", "5.30 a.m. in the final
term", "4.10 p.m. but"); initials ("Kamande R.", "S. V.", "Sagar M.", "Victor K.", "H.M.D.", "K.P.",
"R. Premadasa Stadium", "Renata V.", "Ramon G."); decimals (48.3 overs, 9.3 overs, €21.49, P12.56,
$4.50) and times ("6.05am", "9.02am", "5:15 p.m.", "2.14am"); questions and exclamations inside
quotes followed by their attribution (one sentence: "“What am I supposed to do now, drive?” she
asked.", "The girls earned every grade!” she said.", "Eighteen wickets in seven games!” he said.",
"Go ahead, ask her!” Pruitt-Haskins said.") against a "?" followed by a new sentence ("“Did we
panic?" / "A little, yes,” ... admitted.", "“Was I scared?" / "Constantly.”", "“Are we done?" /
"Not even close.”", "“Nine minutes to end a career?" / "That's not how ..."); ellipses before a
lower-case word inside one sentence ("we wait… and then", "Sixty-one votes… we'll be back", "low…
for now") and before a capital (two sentences: "about them…" / "I'm complaining ..."); websites and
emails in the text and in furniture; a results box, a scorecard, an at-a-glance box and case-title
lines.

The pages hold 522 sentences: 187 "B", 162 "W" and 173 ""; 170 sentences carry a speaker (85
distinct speakers). `STYLES` describes each page, its story, its labels and its furniture in order;
`CASES` holds 30 split cases cut from the pages.

Written from scratch for issue 13 in round fifty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief, the module docstrings of
`labelled_new.py` and `labelled_new2.py`, `def build` in `labelled_articles.py`, the `[tool.ruff]`
tables of `pyproject.toml`, and through `ast` only the docstrings, `STYLES`, page and sentence
counts, the first page's first fifteen sentences and the first two cases of `labelled_new135.py`
and `labelled_new136.py`. Coined names were checked with file counts of `grep -rl` over
`tests/text`, and the ones that hit (two outlets, three bylines, a singer, a fire information
officer, a lieutenant, a bowler and two photographers) were renamed.

Every person, outlet, firm, club, band, album, school, lobby group, labor group, think tank and
figure is invented. Real countries, regions, cities, towns, roads, stations, hospitals, stadiums,
prisons, courts, parties and institutions appear only as settings, with invented statements and
figures: Nairobi, Githurai, Haile Selassie Avenue and the Central Bank of Kenya; Galway, Athenry,
Oranmore, Woodlawn, Salthill, Dublin Heuston, Ceannt Station, Irish Rail, the National Transport
Authority, Galway County Council and the Press Council of Ireland; Pune, Hadapsar, Mundhwa,
Magarpatta Road, Yerwada Central Prison, the Bombay High Court, Kalyan, Nagpur and the National
Crime Records Bureau; Aberdeen, Inverurie, Westhill, Torry, Aberdeen Royal Infirmary, NHS Grampian,
NHS 24, Public Health Scotland and the Scottish Government; Accra, Kumasi, the Northern Region, the
West African Examinations Council, GES and the University of Ghana; Sorrento, Squilax, Salmon Arm,
Blind Bay Road, Shuswap Lake, the North Okanagan, Kamloops, the BC Wildfire Service, the Columbia
Shuswap Regional District, DriveBC, the RCMP and Environment Canada; Colombo, Negombo, Kelaniya,
Kandy and the R. Premadasa Stadium; Fremantle, St. Kilda, the Corner Hotel and the ARIA Albums
Chart; Tulsa, Broken Arrow, S. Memorial Dr., the Arkansas River, the Tulsa Police Department, the
University of Tulsa and the FBI; Cebu City, Quezon City, Cebu IT Park, the Philippine Stock
Exchange, the Department of Labor and Employment and the IT and Business Process Association of
the Philippines; Spennymoor, Durham County Council, County Hall, Westminster, the BBC and the
parties; Toa Payoh, HDB flats, the Monetary Authority of Singapore, the Department of Statistics
and the Ministry of Finance.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, ticker, section path, byline, date line, share line, caption,
credit, list item, box row, note and legal line is a paragraph of its own); each paragraph a list
of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture
"B" line by line, whatever it says, never with a speaker; a caption by its content and its credit
"B"; headlines and standfirsts never split and flagged by content (a standfirst's "says" or "warns"
carries its source as the story first gives it: "Victor K. Adjei-Boateng", "the BC Wildfire
Service"); a dateline belongs to its lead sentence; a person is named in full as first given,
without titles or roles ("Governor", "Dr", "Dr.", "Mr.", "Mrs.", "Ms", "Mr", "Lt.", "Police Chief",
"Additional Sessions Judge", "Special Public Prosecutor", "Deputy Minister" dropped; "Jr." and
initials kept), and a pronoun, surname or "the judge" resolves to that name; "according to X"
gives X as written; a generic noun for a body is kept as written ("the bank", "The committee", "The
operator", "the group", "the council", "the service", "the report", "the company", "Police"), while
"It said"/"It noted"/"it said" resolves to the body as first given ("Irish Rail", "The Monetary
Policy Committee", "Luzonix Contact Solutions Inc."); a quote over several sentences carries its
speaker and cue in each; a person acting without a verb of saying carries no speaker ("It hopes to
run ...", "He did not say how much ...", the judge's acquittal).

Conventions this set had to settle, in the same spirit:

* A timetable, a release date, a meeting or an election date fixed by the body that sets it is "W"
  ("Its next meeting is scheduled for Dec. 9.", "The next weekly figures are due on June 16.", the
  winter timetable from December 13); an intention or hope with a number or a date ("would hold a
  job fair ... later this month", "hopes to run ... by 2029", "could graduate as early as August")
  is "".
* Guidance to readers is "" even with a time, a number or a hotline ("Candidates can check their
  results ... from 6 a.m. on Thursday.", "Passengers can check ...", "may file a complaint ... or
  call the department's hotline, 1349."), while a statement that a service exists ("An emergency
  support services reception centre is open at ... until 10 p.m. daily.") is "W".
* An exclamation can be a record: "Eighteen wickets in seven games!” he said." is one sentence and
  "W"; a quote's first sentence that is a first-person record with a figure is "W" even when a
  question follows it ("“Four and a half years he was inside." / "Who will give him those years
  back?” she asked.").
* "credited ... for" and "attributed ... to" are cues for causal claims ("W"); "found", "held",
  "observed", "argued", "admitted", "urged", "warned", "confirmed" and "showed" are cues too
  ("Quarterly figures also published on Tuesday showed", "official data released on May 22
  showed" carry the data as written).
* A body first given with an article and an acronym keeps the article as written and drops the
  acronym in brackets ("The Monetary Authority of Singapore (MAS) said" -> "The Monetary Authority
  of Singapore", and "MAS said" resolves to it); a person first given by a given name only keeps it
  ("Gaikwad-Sathe's mother, Sunanda," -> "Sunanda").
* A legal page's case-title and case-number lines ("State of Maharashtra vs. ... & Ors.") are data
  lines "", like an info box; an Acknowledgement of Country, a press-council note and a
  reporting-scheme note are "B".
* A company line with a registration number is split at each full stop that ends a designation:
  "Tanjong Tribune Press Ltd." / "Co. Regn. No. 199401234K." / "All rights reserved."
* `CASES` holds 30 sentence-split cases (id, text, expected sentences), each two to four
  consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
  wants, not what the engine does.
"""

STYLES = [
    'Kenyan BUSINESS NEWS SITE (Nairobi), desktop browser paste, a CENTRAL BANK RATE DECISION: the benchmark rate cut 25 basis points to 9.25%. Head: masthead in capitals, menu with pipes, a markets ticker, section label (all "B"); headline and standfirst of record "W"; byline, weekday date line with time, share strip "B"; a scene caption "" and its credit "B". Body: "NAIROBI —" lead of record "W" with no speaker; "The Monetary Policy Committee said" and "It noted" resolving to it, with "U.S. dollar" mid-sentence "W"; the governor with an initial ("Kamande R.") "told a news conference" "W", his first-person record with a figure "W" and his "space, not licence" line ""; a colon quote "Let\'s see the data first." ""; a topic sentence "" before "according to central bank data" "W" with "Sept. 2023" mid-sentence; "the bank said" kept as written "W"; the outlet\'s analyst poll "W"; an analyst named after her quote ending in "Kilima Capital Ltd." before "She said" (a forecast ""); a mid-story Related link "B"; a shopkeeper\'s loan record "W", his "KSh 38,500" "W" then "Every month the same," "" and an ellipsis before a lower-case word (one sentence) ""; a lobby group\'s plan ""; "The committee said" kept as written with a forecast and hedge ""; the next meeting "Dec. 9." "W"; "by 5 p.m." ending a sentence before "Yields" (both "W"); a rhetorical question and a fragment "". Tail: tags, newsletter box with "7 a.m." ending a sentence before "Sign up free.", email field, more-in list, copyright split at "Ltd." (all "B").',
    'Irish REGIONAL NEWS SITE (Galway), desktop browser paste, a RAIL TIMETABLE CHANGE: hourly Galway–Dublin trains from December 13, with the 6.05am moved to 6.40am. Head: masthead in capitals, menu with wide spaces, section path with ›, byline name alone, date line, updated line (all "B"); headline and standfirst of record "W"; a caption "" and its credit "B". Body: the timetable taking effect on a fixed date "W"; "The operator said" kept as written and "It said" resolving to Irish Rail "W" (a 2.4km loop, €31.5 million); a colour line ""; "according to the operator\'s own counts" in mid-sentence "W" with decimal times ("6.05am", "9.02am"); a commuter\'s record named after her quote ("Mac" kept in the name) "W" and her question with attribution (one sentence) ""; her forecast of the consequence ""; a spokeswoman\'s record "W" and her two-sentence quote of regret and advice ""; fares with cents "W"; the transport authority\'s figures "W" and its hope for 2029 (no speaker) ""; a users\' group\'s verdict "" and "the group said" as written "W"; a councillor\'s plan "", his comparison "W" and his question with attribution (one sentence) ""; advice to passengers ""; an at-a-glance box (title "B", rows ""). Tail: a reader call-out split before an email "B", a read-more list, a press council note in two sentences and a company line "B".',
    'Indian LEGAL NEWS PORTAL (Pune), desktop browser paste, a COURT ACQUITTAL: three men acquitted of a 2021 murder. Head: masthead in capitals, menu with pipes, breadcrumb with slashes, byline, date line, read time (all "B"); headline in title case and standfirst of record "W". Body: the acquittal of record "W" with no speaker ("holding that" is part of the act); a paragraph with the judge\'s initials "S. V.", an accused\'s "Sagar M.", "Sec. 302" and "Sec. 120B" mid-sentence and "Sessions Case No. 611 of 2021" "W"; "the judge found" and "She held" carrying the judge with "approx. 40 seconds" mid-sentence "W"; the judge\'s two-sentence quote ""; hostile witnesses with "(i.e. more than a third)" "W"; the defence\'s argument and the prosecutor\'s causal claim at trial "W"; a mid "Advertisement" "B"; the prosecutor\'s appeal plan "" and the 90-day window under "Art. 114" "W"; "shortly after 7 p.m." ending a sentence before "Their families" ("W" then colour ""); custody record "W"; the mother named by her given name only ("Sunanda"), her first-person record with a figure "W" and her question with attribution (one sentence) ""; the defence\'s and the victim\'s brother\'s plans "", his rhetorical question ""; a police officer "declined to comment" ""; "According to National Crime Records Bureau data" "W"; case title with "vs." and "& Ors." and the case number as data lines "". Tail: judgment link, tags, read-also list, a newsletter line with "9 p.m.", copyright split at "Pvt. Ltd." (all "B").',
    'Scottish REGIONAL DAILY\'s site (Aberdeen), desktop browser paste, a HOSPITAL WAITING-TIMES RELEASE: 58.4% of A&E patients at one hospital seen within four hours. Head: masthead in capitals, menu with pipes, section path with ›, byline and role on two lines, date line (all "B"); headline and standfirst of record "W"; a caption "" and its credit "B". Body: "according to figures published by Public Health Scotland on Tuesday" "W"; target, board-wide and 12-hour figures "W" with no speaker; "NHS Grampian said" "W"; its officer with "Dr" dropped ("working flat out" ""), his causal claim and bed count "W" and his advice with a phone number ""; a government spokesperson\'s funding record "W" and hope ""; an MSP\'s colon quote that is a question (one sentence) "" and her "94th week" record "W"; a mid "Advertisement" "B"; a pensioner\'s trolley record "W", his exclamation with attribution (one sentence) "" and an ellipsis before a capital (two sentences) ""; "Quarterly figures also published on Tuesday showed" carrying the figures "W"; a mental-health figure "W"; a rhetorical question and hedged answer ""; the next release date "W". Tail: a call-out question split before "Email ...", comments prompt, most-read list, copyright split before "Registered in Scotland No. SC118224." (all "B").',
    'Ghanaian NEWS WEBSITE (Accra), phone browser paste, SCHOOL EXAM RESULTS: 61.8% pass core maths in the WASSCE and 1,124 results withheld. Head: masthead in capitals, menu with wide spaces, section label, "Written by" byline, date line, share line (all "B"); headline of record "W"; standfirst "..., says WAEC\'s Head of National Office" carrying the head of the office by name "W". Body: "ACCRA —" lead of record "W"; candidates and dates with ordinals "W"; "the council said" as written "W"; the head of office with "Mr." dropped and an initial ("Victor K.") "told journalists" and "He said" "W", his record "W" and verdict "" in one quote; "The council warned" advice "" and his quote ""; reader guidance with "6 a.m." mid-sentence ""; a headmistress named after her record "W", her "5.30 a.m." record "W" and exclamation with attribution (one sentence) ""; a top candidate\'s record with no speaker "W", her "Is it real?" followed by a new sentence (two sentences) "" and her plan ""; an ALSO READ link "B"; an analyst\'s claim "", her regional figure "W" and question with attribution (one sentence) ""; a deputy minister\'s plan with a number "" and "He did not say ..." ""; "according to WAEC figures" "W". Tail: share and related lines, comment form notes in two sentences, copyright in two sentences (all "B").',
    'Canadian LOCAL RADIO STATION\'s news site (B.C. Interior), desktop browser paste, a WILDFIRE UPDATE: a fire grows to 3,860 hectares and the evacuation order covers 412 properties. Head: masthead in capitals, menu with middle dots, section label in capitals, staff byline, posted and updated lines (all "B"); headline of record "W"; standfirst "..., BC Wildfire Service warns" carrying the service as the story first gives it, a forecast ""; a caption "" and a "(Submitted by ...)" credit "B". Body: "the BC Wildfire Service said" "W"; "3:40 p.m. Tuesday." "W" and a hedge on the cause ""; a fire information officer\'s resources "as of 7 p.m." ending a sentence before "Crews" (both "W"); her forecast in two quotes ""; the regional district\'s order at "5:15 p.m." and the alert count "W" with no speaker; "Hwy. 1" and "Hwy. 97" with "according to DriveBC" "W"; a reception centre with "10 Ave. S.E." and "10 p.m." "W"; an evacuee with "Jr." in his name, his record "W", his list and question with attribution ""; colour ""; a board chair\'s advice with "e.g." "" and his warning ""; an air quality statement "W"; a hedged forecast ""; season comparison with "vs." and "the service said" as written "W"; "Across B.C.," "W". Tail: a tip line split after its question with a phone and an email, related list, "Monashee Broadcasting Inc." ending a sentence before "Privacy Policy", copyright (all "B").',
    'Sri Lankan SPORT SITE (Colombo), phone browser paste, a CRICKET MATCH REPORT: a club wins a 50-over final by 13 runs. Head: masthead in capitals, menu with pipes, section path, byline, date line, share line (all "B"); headline and standfirst of record "W". Body: "COLOMBO —" lead "W" with "R. Premadasa Stadium" mid-sentence; scores, balls and partnership "W" with "No. 3" and "H.M.D." initials; colour ""; a chase equation "W" and "Then came ..." ""; wickets with "K.P." and "48.3 overs." "W"; a rain delay "from 4.10 p.m." mid-sentence "W"; the captain\'s "Did we panic?" followed by a new sentence with "admitted" (two sentences) "", his verdict "" and an exclamation with attribution that is a record ("Eighteen wickets in seven games!" he said: one sentence "W"); the bowler\'s figures "W" and feeling ""; the losing coach with lower-case "de" ("de Alwis-Mendis asked") "" and the dropped catches "W"; his question with attribution (one sentence) ""; "according to the tournament organisers" "W"; prize money with "Rs." mid-sentence "W"; a selector\'s opinion ""; a rhetorical question and answer ""; SCORES IN BRIEF (title "B", score line with "vs.", result, player of the match and umpires with initials as data ""). Tail: more-cricket list, follow line, company line ending in "(Pvt) Ltd." (all "B").',
    'Australian MUSIC MAGAZINE SITE (Melbourne), desktop browser paste, an ALBUM REVIEW: a Fremantle songwriter\'s third album. Head: masthead in capitals, menu with wide spaces, section path with ›, byline, date line (all "B"); the "Review: ..." headline and the standfirst verdicts ""; a star rating ""; a caption of record "W" with "St. Kilda" and its credit "B". Body: the critic\'s own text carries no speaker: records ("No. 4" on a chart, 40 million streams, release date, 10 tracks and 41 minutes, "built ca. 1890", 30 seconds, musicians, a running time) "W"; "producer Marcus Tye Jr." ending a sentence before "The difference is immediate."; verdicts, colour and fragments ("It works.", "No.", "Almost certainly.") ""; the artist\'s quote "told Static & Hum" "" then "Was I scared?" followed by a new sentence "Constantly." (two sentences) ""; "vs." and "i.e." mid-sentence ""; a rhetorical question ""; an ellipsis before a lower-case word (one sentence) ""; advice ""; info lines "" with a website ending a sentence. Tail: tags, you-might-also-like list, an Acknowledgement of Country, copyright split at "Pty Ltd." before an ABN (all "B").',
    'United States CITY NEWSPAPER site (Oklahoma), desktop browser paste, a CRIME-STATISTICS RELEASE: homicides fall from 71 to 58 while car thefts rise 14%. Head: masthead in capitals, sign-in and subscribe strip, menu, section label, byline name alone, dated and updated line, share line (all "B"); headline and standfirst of record "W". Body: "according to the Tulsa Police Department\'s annual crime report" "W"; "the report shows" "W"; shootings "W"; the chief with an initial "credited" the patrols (a causal claim by an official) "W", her causal quote "W" and "Are we done?" followed by a new sentence ""; a criminologist\'s opinion "", her national comparison with "U.S." mid-sentence "W" and interpretation ""; "Story continues below advertisement" "B"; "Police attributed" kept as written "W"; a lieutenant with "Jr." in his name "W" and his advice ""; a victim\'s record with "S. Memorial Dr.", "2 a.m." and "Oct. 3" mid-sentence "W", her feeling and question with attribution ""; "Cimarron Tracking Inc. said" "W"; a councilor\'s feeling "" and "according to the report" "W"; his exclamation with attribution (one sentence) ""; officers "vs." authorized strength "W"; a budget record "W" and a hedged plan ""; a methodology note "W". Tail: author bio with an email and phone in two sentences, most-popular list, copyright split at "Inc.", legal links (all "B").',
    'Philippine NATIONAL DAILY\'s business page, desktop browser paste, a COMPANY LAYOFFS story: a contact-center firm serves notices to 1,350 workers. Head: masthead in capitals, menu with pipes, section label, byline, date line (all "B"); headline and standfirst of record "W"; a caption "" and credit in capitals "B". Body: "Luzonix Contact Solutions Inc. has served" with "the company confirmed" kept as written "W"; "it said" resolving to the company as first named "W"; "The company said" with "U.S." mid-sentence "W"; the chief executive with an initial "W" and his "hardest decision" ""; separation pay above the minimum under "Art. 298" "W"; a labor group\'s record ending "at 11 p.m." before "That call ..." with "according to two agents who were on it" "W"; its coordinator\'s "Nine minutes to end a career?" followed by a new sentence (two sentences) ""; "according to the labor group\'s tally" "W"; a team leader\'s pay and loan in pesos "W", her first-person record "W" and uncertainty ""; a mid "ADVERTISEMENT" "B"; a labor office\'s record "W" and plan ""; an industry group\'s forecast ""; an analyst "of Banyan Ridge Securities Inc. said" (one sentence) "" and his question followed by a new sentence ""; share price "W"; "according to its annual report" "W"; advice with a hotline "". Tail: comments count, related list, newsletter line in two sentences, follow line, copyright in two sentences (all "B").',
    'English LOCAL NEWSPAPER site (County Durham), phone browser paste, a BY-ELECTION COUNT: a council seat won by 61 votes after a recount. Head: masthead in capitals, menu with pipes, section label, byline and role on two lines, published line, share (all "B"); headline and standfirst of record "W". Body: the result, votes, declaration time "2.14am" and the vacancy "W" with no speaker; the deputy returning officer\'s rejected papers and "Ballot box No. 14" at "St. Andrew\'s Church" "W"; the winner\'s message "", his exclamation with attribution (one sentence) after a first sentence "" and his priority ""; the runner-up\'s feeling "" and an ellipsis before a lower-case word (one sentence) ""; Labour\'s lowest share "W"; the Labour candidate\'s report of feelings "" and question with attribution (one sentence) ""; a party spokesperson ""; seat totals and the next scheduled election "W"; a result box (title "B", candidate rows, majority and turnout ""). Tail: a reporting-scheme note with "across the U.K." ending a sentence before "Find out more ...", comments closed, more-from list, copyright split at "Ltd." before "Registered in England No. 01739462." (all "B").',
    'Singaporean NATIONAL DAILY\'s EXPLAINER, desktop browser paste, CONSUMER PRICES: core inflation at 0.9% while hawker food rises 3.4%. Head: masthead in capitals, menu with wide spaces, section path with ›, byline, published and updated lines, a gift-article line (all "B"); headline of record "W"; standfirst "" (a promise). Body: "SINGAPORE –" lead with "official data released on May 22 showed" "W"; "i.e." mid-sentence "W"; "many households say" carrying the plural generic source ""; question subheads ""; basket facts "W" with "e.g." mid-sentence and hawker prices "vs. a year earlier" "according to the Department of Statistics" "W"; an economist with "Dr" dropped and a Chinese name order, her hedge "" and later "Dr Ong said" resolving to her forecast ""; a stallholder\'s price record "W" and his fragment and question with attribution ""; "The Monetary Authority of Singapore (MAS) said" a causal claim "W" and "MAS said" resolving to it with a forecast ""; private transport "W"; an ellipsis before a lower-case word (one sentence) ""; advice ""; rebates "according to the Ministry of Finance" and vouchers "W"; a rhetorical question, "No." and an answer ""; a key-numbers box (title "B", rows ""). Tail: read-more list, WhatsApp line, company line split into "... Ltd.", "Co. Regn. No. 199401234K." and "All rights reserved." (all "B").',
]

ARTICLES = [
    # Kenya
    [
        [
            ("THE SHILINGI POST", "", "", "B"),
        ],
        [
            ("Markets | Banking | Agribusiness | Tech | Opinion | ePaper", "", "", "B"),
        ],
        [
            ("NSE 20 2,014.6 ▼0.3%  ·  USD/KES 129.40  ·  91-day T-bill 8.71%", "", "", "B"),
        ],
        [
            ("Banking & Finance", "", "", "B"),
        ],
        [
            ("CBK cuts benchmark rate to 9.25%, its fourth cut in a row", "", "", "W"),
        ],
        [
            (
                "Private-sector credit grew just 1.8% in the year to September, the weakest pace in more than a decade",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Njeri Wambugu-Achieng", "", "", "B"),
        ],
        [
            ("Wednesday, October 7, 2026 · 5:12 PM", "", "", "B"),
        ],
        [
            ("Share this story: Facebook · X · LinkedIn · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                "The Central Bank of Kenya's headquarters on Haile Selassie Avenue, Nairobi.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo | File", "", "", "B"),
        ],
        [
            (
                "NAIROBI — The Central Bank of Kenya cut its benchmark lending rate by 25 basis points to 9.25% on Wednesday, the fourth straight reduction since February.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Monetary Policy Committee said inflation, at 4.1% in September, remained within the government's target range of 2.5% to 7.5%, and that the lower rate would support lending to households and small firms.",
                "The Monetary Policy Committee",
                "said",
                "W",
            ),
            (
                "It noted that the shilling had traded between KSh 129.1 and KSh 129.6 against the U.S. dollar since July.",
                "The Monetary Policy Committee",
                "noted",
                "W",
            ),
        ],
        [
            (
                "Governor Kamande R. Mwangi-Achola told a news conference in Nairobi that the committee's decision was unanimous and that no member had argued for a larger cut.",
                "Kamande R. Mwangi-Achola",
                "told a news conference",
                "W",
            ),
        ],
        [
            (
                "“We have now had inflation inside the band for 27 months,” he said.",
                "Kamande R. Mwangi-Achola",
                "said",
                "W",
            ),
            (
                "“That gives us space, but it does not give us licence,” he added.",
                "Kamande R. Mwangi-Achola",
                "added",
                "",
            ),
        ],
        [
            (
                "Asked whether the committee would move again at its December meeting, he said: “Let's see the data first.”",
                "Kamande R. Mwangi-Achola",
                "said",
                "",
            ),
        ],
        [
            ("Lending has been slow to respond.", "", "", ""),
            (
                "Private-sector credit grew 1.8% in the 12 months to September, compared with 13.2% in Sept. 2023, according to central bank data.",
                "central bank data",
                "according to",
                "W",
            ),
            ("Lending to manufacturers contracted for a fifth straight month.", "", "", "W"),
        ],
        [
            (
                "Commercial banks' average lending rate stood at 15.4% in August, down from 17.2% in January, the bank said.",
                "the bank",
                "said",
                "W",
            ),
        ],
        [
            (
                "Seven of nine analysts polled by The Shilingi Post last week had expected the rate to stay at 9.5%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The surprise is the timing, not the direction,” said Halima Odera-Nyamweya, head of research at Kilima Capital Ltd.",
                "Halima Odera-Nyamweya",
                "said",
                "",
            ),
            (
                "She said the rate could fall to 9% by March if the shilling stayed stable.",
                "Halima Odera-Nyamweya",
                "said",
                "",
            ),
        ],
        [
            ("Related: Why your bank loan still costs 15% (Sept. 30)", "", "", "B"),
        ],
        [
            (
                "At his hardware shop in Githurai, Peter Gichuru-Maina said his bank had not lowered the rate on his KSh 2.4 million business loan since he took it out in March 2024.",
                "Peter Gichuru-Maina",
                "said",
                "W",
            ),
        ],
        [
            ("“Every month I pay KSh 38,500.", "Peter Gichuru-Maina", "said", "W"),
            ("Every month the same,” he said.", "Peter Gichuru-Maina", "said", ""),
            ("“They cut, we wait… and then we wait some more.”", "Peter Gichuru-Maina", "said", ""),
        ],
        [
            (
                "Lenders' lobby group Benki Forum said in a statement that its members would review loan pricing “in the coming weeks”.",
                "Benki Forum",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "The committee said it expected inflation to stay close to 4% through the first half of next year, although higher electricity tariffs could push it up.",
                "The committee",
                "said",
                "",
            ),
            ("Its next meeting is scheduled for Dec. 9.", "", "", "W"),
        ],
        [
            ("The shilling was little changed at 129.40 to the dollar by 5 p.m.", "", "", "W"),
            (
                "Yields on the 91-day Treasury bill fell 6 basis points to 8.71% at last week's auction.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("So will borrowers notice?", "", "", ""),
            ("Not soon, if the past year is any guide.", "", "", ""),
        ],
        [
            ("Tags: CBK · Interest rates · Inflation · Banking", "", "", "B"),
        ],
        [
            ("The Markets Brief lands in your inbox every weekday at 7 a.m.", "", "", "B"),
            ("Sign up free.", "", "", "B"),
        ],
        [
            ("Enter your email address", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("MORE IN BANKING", "", "", "B"),
        ],
        [
            ("Two mid-tier lenders in merger talks, sources say", "", "", "B"),
        ],
        [
            ("Mobile loan defaults edge up in second quarter", "", "", "B"),
        ],
        [
            ("Treasury bill rates drop for sixth week running", "", "", "B"),
        ],
        [
            ("© 2026 Shilingi Media Group Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # Ireland
    [
        [
            ("CORRIB ECHO", "", "", "B"),
        ],
        [
            ("News   Sport   Business   Community   Death Notices   Jobs   Contact", "", "", "B"),
        ],
        [
            ("News › Transport", "", "", "B"),
        ],
        [
            (
                "Hourly Galway–Dublin trains from December 13 under new Irish Rail timetable",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "But the 6.05am from Galway, a lifeline for Athenry commuters, moves to 6.40am",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Ciarán Ó Tuathaláin-Keane", "", "", "B"),
        ],
        [
            ("Thu, 26 Nov 2026 at 11:20", "", "", "B"),
        ],
        [
            ("Updated: 14:05", "", "", "B"),
        ],
        [
            (
                "A Dublin-bound train leaves Ceannt Station in Galway city on Wednesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Síle Ní Bhriain-Lydon", "", "", "B"),
        ],
        [
            (
                "Galway will have an hourly train service to Dublin Heuston for the first time from Sunday, December 13, when Irish Rail's winter timetable takes effect.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The operator said 18 trains would run each way on weekdays, up from 11, with the fastest journey cut to two hours and 16 minutes.",
                "The operator",
                "said",
                "W",
            ),
            (
                "It said the extra services were possible because of a new 2.4km passing loop near Woodlawn, which opened in September at a cost of €31.5 million.",
                "Irish Rail",
                "said",
                "W",
            ),
        ],
        [
            ("Not everyone is pleased.", "", "", ""),
        ],
        [
            (
                "The 6.05am departure from Galway, which carries about 140 commuters a day according to the operator's own counts, will leave at 6.40am instead and reach Heuston at 9.02am.",
                "the operator's own counts",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“I've taken the 6.05 every weekday for eleven years,” said Aoife Mac Giolla-Breen, who commutes from Athenry to an office near Heuston.",
                "Aoife Mac Giolla-Breen",
                "said",
                "W",
            ),
            (
                "“What am I supposed to do now, drive?” she asked.",
                "Aoife Mac Giolla-Breen",
                "asked",
                "",
            ),
        ],
        [
            (
                "She said she would be at her desk 45 minutes later and expected to have to cut her hours.",
                "Aoife Mac Giolla-Breen",
                "said",
                "",
            ),
        ],
        [
            (
                "Irish Rail spokeswoman Aisling Cuddihy-Rooke said the 6.40am would be the first of three trains arriving at Heuston before 10am.",
                "Aisling Cuddihy-Rooke",
                "said",
                "W",
            ),
        ],
        [
            ("“We know some customers will be disappointed.", "Aisling Cuddihy-Rooke", "said", ""),
            (
                "We'd ask them to look at the full timetable, which adds far more than it takes away,” she said.",
                "Aisling Cuddihy-Rooke",
                "said",
                "",
            ),
        ],
        [
            (
                "Fares are unchanged, with a standard adult single at €21.49 and a Leap card single at €17.19.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The National Transport Authority, which funds the service, said journeys on the Galway line rose 23% in the year to October, to 2.1 million.",
                "The National Transport Authority",
                "said",
                "W",
            ),
            (
                "It hopes to run a half-hourly service as far as Athenry by 2029, subject to funding.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Commuter group Connacht Rail Users said the hourly service was “long overdue” but that Sunday evenings had been forgotten.",
                "Connacht Rail Users",
                "said",
                "",
            ),
            (
                "The last Sunday train from Heuston will still leave at 7.15pm, the group said.",
                "the group",
                "said",
                "W",
            ),
        ],
        [
            (
                "Independent councillor Donncha Ó Riain-Hession said he would raise the loss of the early train at the December meeting of Galway County Council.",
                "Donncha Ó Riain-Hession",
                "said",
                "",
            ),
        ],
        [
            (
                "“Athenry is growing faster than anywhere else in the county.",
                "Donncha Ó Riain-Hession",
                "said",
                "W",
            ),
            ("Why take a train off it?” he said.", "Donncha Ó Riain-Hession", "said", ""),
        ],
        [
            (
                "Passengers can check the new times online or at any station from Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("AT A GLANCE", "", "", "B"),
        ],
        [
            ("Weekday trains each way: 18 (was 11)", "", "", ""),
        ],
        [
            ("Fastest journey: 2hr 16min", "", "", ""),
        ],
        [
            ("First Galway departure: 6.40am (was 6.05am)", "", "", ""),
        ],
        [
            ("Takes effect: Sunday, December 13", "", "", ""),
        ],
        [
            ("Do you commute on the Galway line?", "", "", "B"),
            ("Tell us how the changes affect you: news@corribecho.ie", "", "", "B"),
        ],
        [
            ("READ MORE", "", "", "B"),
        ],
        [
            ("Oranmore station car park to double in size", "", "", "B"),
        ],
        [
            ("Late-night bus to Salthill gets the go-ahead", "", "", "B"),
        ],
        [
            ("Corrib Echo is a member of the Press Council of Ireland.", "", "", "B"),
            ("Complaints may be made to the editor or to the Press Ombudsman.", "", "", "B"),
        ],
        [
            ("© 2026 Corrib Echo Media Ltd", "", "", "B"),
        ],
    ],
    # India
    [
        [
            ("LEXWATCH BHARAT", "", "", "B"),
        ],
        [
            (
                "Supreme Court | High Courts | District Courts | Columns | Law School | Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / District Courts / Maharashtra", "", "", "B"),
        ],
        [
            ("Pune Court Acquits Three Accused In 2021 Hadapsar Murder Case", "", "", "W"),
        ],
        [
            (
                "Seven of 19 prosecution witnesses turned hostile; seized knife sent for forensic test 11 months late",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Ananya Joglekar-Bapat", "", "", "B"),
        ],
        [
            ("13 Mar 2026 7:45 PM", "", "", "B"),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            (
                "A Sessions Court in Pune on Friday acquitted three men accused of murdering a 34-year-old autorickshaw driver in Hadapsar in August 2021, holding that the prosecution had failed to prove its case beyond reasonable doubt.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Additional Sessions Judge S. V. Bhalerao-Kadam acquitted Rohit Gaikwad-Sathe (29), Imran Shaikh-Pathan (31) and Sagar M. Londhe-Patil (27) of charges under Sec. 302 (murder) and Sec. 120B (criminal conspiracy) of the Indian Penal Code.",
                "",
                "",
                "W",
            ),
            (
                "The case, Sessions Case No. 611 of 2021, arose from the death of Dattatray Jagtap-Mhaske, whose body was found near the Mundhwa railway crossing on the morning of 17 August 2021.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In her 58-page judgment, the judge found that the knife recovered from the accused was not sent for forensic examination until 11 months after it was seized.",
                "S. V. Bhalerao-Kadam",
                "found",
                "W",
            ),
            (
                "She held that the CCTV clip relied upon by the police, approx. 40 seconds long, did not show any of the accused at the spot.",
                "S. V. Bhalerao-Kadam",
                "held",
                "W",
            ),
        ],
        [
            (
                "“The chain of circumstances is not complete.",
                "S. V. Bhalerao-Kadam",
                "observed",
                "",
            ),
            (
                "It is, at best, a few loose links,” the judge observed.",
                "S. V. Bhalerao-Kadam",
                "observed",
                "",
            ),
        ],
        [
            (
                "Of the 19 prosecution witnesses, seven (i.e. more than a third) turned hostile during the trial, including the victim's neighbour and two shopkeepers from Magarpatta Road.",
                "",
                "",
                "W",
            ),
            ("None of the three accused gave evidence.", "", "", "W"),
        ],
        [
            (
                "Defence advocate Milind Rane-Sawant argued that his clients were picked up on the strength of an anonymous tip-off and that the panchnama of the recovery was signed by witnesses who were not present.",
                "Milind Rane-Sawant",
                "argued",
                "W",
            ),
        ],
        [
            (
                "Special Public Prosecutor Vaishali Thorat-Inamdar told the court the delay in forensic testing was caused by a backlog at the Regional Forensic Science Laboratory.",
                "Vaishali Thorat-Inamdar",
                "told the court",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Speaking to LexWatch Bharat after the verdict, she said the prosecution would study the judgment before deciding on an appeal.",
                "Vaishali Thorat-Inamdar",
                "said",
                "",
            ),
        ],
        [
            (
                "Under Art. 114 of the Limitation Act, the State has 90 days from the date of the judgment to file an appeal against acquittal.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The three walked out of Yerwada Central Prison shortly after 7 p.m.", "", "", "W"),
            ("Their families had waited at the gate since the afternoon.", "", "", ""),
        ],
        [
            (
                "All three had been in custody since their arrest on 22 August 2021; the Sessions Court rejected their bail pleas twice, in 2022 and 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Outside the prison, Gaikwad-Sathe's mother, Sunanda, hugged her son and wept.",
                "",
                "",
                "",
            ),
        ],
        [
            ("“Four and a half years he was inside.", "Sunanda", "asked", "W"),
            ("Who will give him those years back?” she asked.", "Sunanda", "asked", ""),
        ],
        [
            (
                "Rane-Sawant said his clients would seek compensation for wrongful detention.",
                "Milind Rane-Sawant",
                "said",
                "",
            ),
        ],
        [
            (
                "The victim's brother, Ganesh Jagtap-Mhaske, said the family would move the Bombay High Court on its own if the State did not.",
                "Ganesh Jagtap-Mhaske",
                "said",
                "",
            ),
        ],
        [
            ("“Someone killed my brother,” he said.", "Ganesh Jagtap-Mhaske", "said", ""),
            ("“If not these three, then who?”", "Ganesh Jagtap-Mhaske", "said", ""),
        ],
        [
            (
                "The senior inspector of Hadapsar police station, Ashok Pawar-Nimbalkar, declined to comment, saying he had not yet read the judgment.",
                "Ashok Pawar-Nimbalkar",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "According to National Crime Records Bureau data, the conviction rate in murder cases in Maharashtra was 44.2% in 2022.",
                "National Crime Records Bureau data",
                "according to",
                "W",
            ),
        ],
        [
            ("Case Title: State of Maharashtra vs. Rohit Gaikwad-Sathe & Ors.", "", "", ""),
        ],
        [
            ("Case No.: Sessions Case No. 611 of 2021", "", "", ""),
        ],
        [
            ("Click here to read/download the judgment", "", "", "B"),
        ],
        [
            ("Tags: Pune · Sessions Court · Acquittal · IPC 302 · Hostile Witnesses", "", "", "B"),
        ],
        [
            ("Read Also", "", "", "B"),
        ],
        [
            ("Bombay High Court grants bail to Kalyan builder in cheating case", "", "", "B"),
        ],
        [
            ("Nagpur court convicts two for 2019 ATM skimming fraud", "", "", "B"),
        ],
        [
            (
                "Subscribe to LexWatch Bharat Daily: the day's judgments in your inbox by 9 p.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 LexWatch Legal Media Pvt. Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    # Scotland
    [
        [
            ("THE BON ACCORD STANDARD", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Health | Sport | What's On | Obituaries | Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Health", "", "", "B"),
        ],
        [
            (
                "Fewer than six in ten A&E patients at Aberdeen Royal Infirmary seen within four hours",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Weekly figures show 412 people waited more than 12 hours in the week to Sunday",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Morag Lindsay-Farquhar", "", "", "B"),
        ],
        [
            ("Health Correspondent", "", "", "B"),
        ],
        [
            ("June 9 2026, 6.00am", "", "", "B"),
        ],
        [
            ("The entrance to the emergency department at Aberdeen Royal Infirmary.", "", "", ""),
        ],
        [
            ("Image: Kenny Ironside-Gall/Bon Accord Standard", "", "", "B"),
        ],
        [
            (
                "Just 58.4% of patients who attended the emergency department at Aberdeen Royal Infirmary (ARI) were seen within four hours in the week ending June 7, according to figures published by Public Health Scotland on Tuesday.",
                "figures published by Public Health Scotland on Tuesday",
                "according to",
                "W",
            ),
        ],
        [
            ("The Scottish Government's target is 95%.", "", "", "W"),
        ],
        [
            (
                "Across NHS Grampian as a whole, 66.1% of patients were seen within four hours, against a Scotland-wide figure of 65.3%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A total of 412 patients spent more than 12 hours in A&E at ARI, up from 297 the week before.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "NHS Grampian said the department had its busiest May on record, with 6,870 attendances.",
                "NHS Grampian",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its interim chief operating officer, Dr Alasdair McRitchie-Bain, said staff were “working flat out”.",
                "Alasdair McRitchie-Bain",
                "said",
                "",
            ),
        ],
        [
            (
                "“Delayed discharges are the biggest single reason people wait.",
                "Alasdair McRitchie-Bain",
                "said",
                "W",
            ),
            (
                "On Monday, 143 of our beds were occupied by patients who were medically fit to go home,” he said.",
                "Alasdair McRitchie-Bain",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I'd ask anyone whose condition isn't an emergency to call NHS 24 on 111 first.”",
                "Alasdair McRitchie-Bain",
                "said",
                "",
            ),
        ],
        [
            (
                "A Scottish Government spokesperson said £1.2 million had been given to NHS Grampian this year to open 40 additional beds.",
                "A Scottish Government spokesperson",
                "said",
                "W",
            ),
            (
                "“We expect to see improvement over the summer,” the spokesperson added.",
                "A Scottish Government spokesperson",
                "added",
                "",
            ),
        ],
        [
            (
                "North East Conservative MSP Fiona Dalgarno-Ross said: “How many more weeks like this before ministers admit their plan isn't working?”",
                "Fiona Dalgarno-Ross",
                "said",
                "",
            ),
        ],
        [
            (
                "“This is the 94th week in a row that the target has been missed at ARI.”",
                "Fiona Dalgarno-Ross",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Retired joiner Bill Strachan-Mowat, 81, from Inverurie, said he spent 19 hours on a trolley at ARI after a fall at home on June 2.",
                "Bill Strachan-Mowat",
                "said",
                "W",
            ),
        ],
        [
            ("“The nurses were brilliant.", "Bill Strachan-Mowat", "said", ""),
            ("The place was bursting at the seams!” he said.", "Bill Strachan-Mowat", "said", ""),
            ("“I'm not complaining about them…", "Bill Strachan-Mowat", "said", ""),
            (
                "I'm complaining about a system that leaves an old man in a corridor all night.”",
                "Bill Strachan-Mowat",
                "said",
                "",
            ),
        ],
        [
            (
                "Quarterly figures also published on Tuesday showed that 8,914 people in Grampian had been waiting more than 52 weeks for a first outpatient appointment at the end of March, compared with 7,260 a year earlier.",
                "Quarterly figures also published on Tuesday",
                "showed",
                "W",
            ),
        ],
        [
            (
                "Child and adolescent mental health services in Grampian saw 71.9% of young people within 18 weeks in the same quarter.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Could things get worse before they get better?", "", "", ""),
            ("Probably, with summer leave still to come.", "", "", ""),
        ],
        [
            ("The next weekly figures are due on June 16.", "", "", "W"),
        ],
        [
            ("Do you have a story about waiting times in the north-east?", "", "", "B"),
            ("Email health@bonaccordstandard.co.uk", "", "", "B"),
        ],
        [
            ("Join the conversation", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("Beach ballroom revamp to cost an extra £2.3m", "", "", "B"),
        ],
        [
            ("Bus firm scraps Westhill evening service", "", "", "B"),
        ],
        [
            ("Torry homeowners told RAAC repairs will take two years", "", "", "B"),
        ],
        [
            ("© Bon Accord Standard Ltd 2026.", "", "", "B"),
            ("Registered in Scotland No. SC118224.", "", "", "B"),
        ],
    ],
    # Ghana
    [
        [
            ("ADEHYE NEWS", "", "", "B"),
        ],
        [
            (
                "Home   News   Politics   Business   Education   Sports   Showbiz   Opinion",
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
                "WASSCE 2026: 61.8% of candidates pass core maths as WAEC withholds 1,124 results",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Malpractice cases down for a third straight year, says WAEC's Head of National Office",
                "Victor K. Adjei-Boateng",
                "says",
                "W",
            ),
        ],
        [
            ("Written by Kwabena Asante-Frimpong", "", "", "B"),
        ],
        [
            ("Tuesday, 11 August 2026 · 14:32 GMT", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Share on WhatsApp", "", "", "B"),
        ],
        [
            (
                "ACCRA — The West African Examinations Council (WAEC) has released the provisional results of the 2026 West African Senior School Certificate Examination for school candidates, with 61.8% of candidates obtaining A1 to C6 in Core Mathematics.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A total of 471,906 candidates from 1,031 schools sat the examination between 4th May and 19th June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In English Language, 54.2% obtained A1 to C6, down from 55.9% last year, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Head of the National Office, Mr. Victor K. Adjei-Boateng, told journalists in Accra on Monday that the results of 1,124 candidates had been withheld pending investigations into examination malpractice.",
                "Victor K. Adjei-Boateng",
                "told journalists",
                "W",
            ),
            (
                "He said the entire results of 86 candidates had been cancelled, compared with 211 in 2025.",
                "Victor K. Adjei-Boateng",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This is the third year in a row that the number has come down.",
                "Victor K. Adjei-Boateng",
                "said",
                "W",
            ),
            ("Our monitoring is working,” he said.", "Victor K. Adjei-Boateng", "said", ""),
        ],
        [
            (
                "The council warned parents not to pay anyone who promises to “upgrade” results.",
                "The council",
                "warned",
                "",
            ),
            (
                "“Nobody can change a grade for money,” Mr. Adjei-Boateng said.",
                "Victor K. Adjei-Boateng",
                "said",
                "",
            ),
        ],
        [
            (
                "Candidates can check their results online with a scratch card PIN from 6 a.m. on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "At Nana Akyiaa Girls' Senior High School in Kumasi, 97% of the 612 candidates obtained A1 to C6 in all four core subjects, the headmistress, Mrs. Comfort Owusu-Danquah, said.",
                "Comfort Owusu-Danquah",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We started extra classes at 5.30 a.m. in the final term.",
                "Comfort Owusu-Danquah",
                "said",
                "W",
            ),
            ("The girls earned every grade!” she said.", "Comfort Owusu-Danquah", "said", ""),
        ],
        [
            (
                "One of them, Abena Serwaa Mensah-Bonsu, 18, scored A1 in all eight of her subjects.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“Is it real?", "Abena Serwaa Mensah-Bonsu", "said", ""),
            (
                "Please, somebody tell me it's real,” she said, laughing.",
                "Abena Serwaa Mensah-Bonsu",
                "said",
                "",
            ),
        ],
        [
            (
                "She said she hopes to study medicine at the University of Ghana from next year.",
                "Abena Serwaa Mensah-Bonsu",
                "said",
                "",
            ),
        ],
        [
            (
                "ALSO READ: BECE placement: 14,000 students yet to report to their schools",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Education policy analyst Eyram Agbenyega-Klu of the think tank Edu-Watch Africa said the national maths figure hid wide gaps between regions.",
                "Eyram Agbenyega-Klu",
                "said",
                "",
            ),
        ],
        [
            (
                "In the Northern Region, only 38.2% of candidates passed core maths, she said, citing WAEC data.",
                "Eyram Agbenyega-Klu",
                "said",
                "W",
            ),
            (
                "“If a school goes two terms without a maths teacher, what did we expect?” she asked.",
                "Eyram Agbenyega-Klu",
                "asked",
                "",
            ),
        ],
        [
            (
                "Deputy Minister for Education Dr. Yaw Ofori-Nketiah said the government would pay the registration fees of about 12,000 candidates who re-sit the subject in the November/December private examination.",
                "Yaw Ofori-Nketiah",
                "said",
                "",
            ),
            ("He did not say how much the scheme would cost.", "", "", ""),
        ],
        [
            (
                "In 2024, 50.6% of school candidates passed core maths, according to WAEC figures.",
                "WAEC figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Share this:", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("GES releases 2026/27 academic calendar", "", "", "B"),
        ],
        [
            ("Free SHS: Government clears GH₵1.2bn arrears owed to food suppliers", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Adehye News.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # Canada
    [
        [
            ("VALLEYLINE NEWS", "", "", "B"),
        ],
        [
            ("News · Weather · Road Reports · Obituaries · Contests · Listen Live", "", "", "B"),
        ],
        [
            ("WILDFIRES", "", "", "B"),
        ],
        [
            (
                "Cedar Bluff Creek wildfire grows to 3,860 hectares; evacuation order expanded to 412 properties",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hot, gusty winds forecast for Saturday could push the fire toward Sorrento, BC Wildfire Service warns",
                "the BC Wildfire Service",
                "warns",
                "",
            ),
        ],
        [
            ("Valleyline News Staff", "", "", "B"),
        ],
        [
            ("Posted Aug 14, 2026 6:10 pm PDT", "", "", "B"),
        ],
        [
            ("Last Updated Aug 14, 2026 8:47 pm PDT", "", "", "B"),
        ],
        [
            (
                "Smoke from the Cedar Bluff Creek wildfire rises over Shuswap Lake on Friday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Submitted by Kirsten Dunfield-Orr)", "", "", "B"),
        ],
        [
            (
                "The Cedar Bluff Creek wildfire near Sorrento has grown to an estimated 3,860 hectares, more than double its size on Wednesday, the BC Wildfire Service said Friday evening.",
                "the BC Wildfire Service",
                "said",
                "W",
            ),
        ],
        [
            ("The fire was first reported at 3:40 p.m. Tuesday.", "", "", "W"),
            ("It is believed to have been sparked by lightning.", "", "", ""),
        ],
        [
            (
                "Fire information officer Marisol Threlkeld-Oyama said 146 firefighters, 11 helicopters and 18 pieces of heavy equipment were assigned to the fire as of 7 p.m.",
                "Marisol Threlkeld-Oyama",
                "said",
                "W",
            ),
            (
                "Crews built about four kilometres of guard on the western flank on Friday, she said.",
                "Marisol Threlkeld-Oyama",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Saturday is the day we're worried about,” Threlkeld-Oyama said.",
                "Marisol Threlkeld-Oyama",
                "said",
                "",
            ),
            (
                "“We're expecting gusts up to 50 km/h out of the southwest by mid-afternoon, and that pushes the fire right toward structures.”",
                "Marisol Threlkeld-Oyama",
                "said",
                "",
            ),
        ],
        [
            (
                "The Columbia Shuswap Regional District expanded its evacuation order at 5:15 p.m. to cover 412 properties, up from 236.",
                "",
                "",
                "W",
            ),
            (
                "Another 890 properties are on evacuation alert, meaning residents must be ready to leave on short notice.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hwy. 1 remains closed between Sorrento and Squilax, according to DriveBC, with the detour via Hwy. 97 adding about 90 minutes.",
                "DriveBC",
                "according to",
                "W",
            ),
        ],
        [
            (
                "An emergency support services reception centre is open at the Salmon Arm Recreation Centre, 2550 10 Ave. S.E., until 10 p.m. daily.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dale Hrushowy Jr., 66, said he had 20 minutes to load his truck after an RCMP officer knocked on his door on Blind Bay Road at about 5:30 p.m.",
                "Dale Hrushowy Jr.",
                "said",
                "W",
            ),
            ("“You grab the dog, the pills, the photos.", "Dale Hrushowy Jr.", "said", ""),
            ("What else matters?” he said.", "Dale Hrushowy Jr.", "said", ""),
        ],
        [
            ("He and his wife are staying with relatives in Kamloops.", "", "", ""),
        ],
        [
            (
                "Regional district board chair Rhys Abernethy-Lund urged residents on alert to keep vehicles fuelled and packed with essentials, e.g. medication, documents and phone chargers.",
                "Rhys Abernethy-Lund",
                "urged",
                "",
            ),
            (
                "“If you're on alert, act as if the order is coming tonight.",
                "Rhys Abernethy-Lund",
                "said",
                "",
            ),
            ("It may well be,” he said.", "Rhys Abernethy-Lund", "said", ""),
        ],
        [
            (
                "Environment Canada issued a special air quality statement for the Shuswap and North Okanagan on Friday morning.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Conditions may ease early next week, when a cooler system is forecast to bring showers.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The fire is the largest in the Kamloops Fire Centre this season.", "", "", "W"),
            (
                "The centre has recorded 164 fires so far in 2026, vs. 112 at this point last year, the service said.",
                "the service",
                "said",
                "W",
            ),
        ],
        [
            (
                "Across B.C., 287 wildfires were burning as of Friday afternoon, 31 of them classed as out of control.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Have a news tip?", "", "", "B"),
            ("Call 250-555-0142 or email newsroom@valleylinenews.ca.", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Campfire ban extended across Kamloops Fire Centre", "", "", "B"),
        ],
        [
            ("Shuswap houseboat rentals see cancellations as smoke lingers", "", "", "B"),
        ],
        [
            ("Valleyline News is owned and operated by Monashee Broadcasting Inc.", "", "", "B"),
            ("Privacy Policy | Terms of Use", "", "", "B"),
        ],
        [
            ("© 2026 Monashee Broadcasting Inc.", "", "", "B"),
        ],
    ],
    # Sri Lanka
    [
        [
            ("THE WICKET POST", "", "", "B"),
        ],
        [
            ("Cricket | Rugby | Athletics | Schools | Columns | Live Scores", "", "", "B"),
        ],
        [
            ("Cricket / Major Clubs", "", "", "B"),
        ],
        [
            ("Negombo Lagoon hold their nerve to beat Kelaniya by 13 runs in final", "", "", "W"),
        ],
        [
            (
                "Weerakoon-Pathirana's 104 and Kaluhetti's late burst seal a first title",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Sachith Gunawardena-Perera", "", "", "B"),
        ],
        [
            ("Sunday, 22 March 2026", "", "", "B"),
        ],
        [
            ("Share  |  Tweet  |  WhatsApp", "", "", "B"),
        ],
        [
            (
                "COLOMBO — Negombo Lagoon Cricket Club won the Major Clubs 50-over title for the first time on Saturday, beating Kelaniya Riverside Sports Club by 13 runs in a final at the R. Premadasa Stadium that turned on three wickets in 11 balls.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Put in to bat, Negombo made 284 for 7, built around a career-best 104 off 97 balls from their No. 3, Dilshara Weerakoon-Pathirana.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He hit 11 fours and three sixes and added 142 for the third wicket with captain H.M.D. Senanayake-Bandara, who made 71.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("It was an innings of patience and then, suddenly, of violence.", "", "", ""),
        ],
        [
            ("Kelaniya were 231 for 4 after 42 overs, needing 54 from 48 balls.", "", "", "W"),
            ("Then came Nuwan Kaluhetti.", "", "", ""),
        ],
        [
            (
                "The left-arm seamer removed Chamod Jayasekera-Liyanage for 88, then bowled K.P. Amunugama and Ishan Ratwatte-Dias in his next over.",
                "",
                "",
                "W",
            ),
            ("Kelaniya were all out for 271 in 48.3 overs.", "", "", "W"),
        ],
        [
            (
                "Rain held up the chase for 40 minutes from 4.10 p.m. but no overs were lost.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“Did we panic?", "H.M.D. Senanayake-Bandara", "admitted", ""),
            (
                "A little, yes,” Senanayake-Bandara admitted.",
                "H.M.D. Senanayake-Bandara",
                "admitted",
                "",
            ),
            (
                "“But Nuwan has done this for us all season.",
                "H.M.D. Senanayake-Bandara",
                "said",
                "",
            ),
            (
                "Eighteen wickets in seven games!” he said.",
                "H.M.D. Senanayake-Bandara",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kaluhetti, 23, finished with 4 for 38 from 9.3 overs and was named player of the match.",
                "",
                "",
                "W",
            ),
            ("“I just wanted the ball in my hand,” he said.", "Nuwan Kaluhetti", "said", ""),
        ],
        [
            (
                "Kelaniya coach Ruwan de Alwis-Mendis said his side had lost the final rather than been beaten in it.",
                "Ruwan de Alwis-Mendis",
                "said",
                "",
            ),
            ("Weerakoon-Pathirana was dropped twice, on 19 and 62.", "", "", "W"),
        ],
        [
            (
                "“You drop a centurion twice in a final, what do you think happens?” de Alwis-Mendis asked.",
                "Ruwan de Alwis-Mendis",
                "asked",
                "",
            ),
        ],
        [
            (
                "About 6,500 spectators attended, according to the tournament organisers, the largest crowd for a club final since 2019.",
                "the tournament organisers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The winners receive Rs. 5 million in prize money and the runners-up Rs. 2.5 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "National selector Lalith Samarakoon-Herath, who watched from the pavilion, said Weerakoon-Pathirana was “very much in our thinking” for the A-team tour of Ireland in June.",
                "Lalith Samarakoon-Herath",
                "said",
                "",
            ),
        ],
        [
            ("A fitting end to a long season?", "", "", ""),
            ("For Negombo, certainly.", "", "", ""),
        ],
        [
            ("SCORES IN BRIEF", "", "", "B"),
        ],
        [
            (
                "Negombo Lagoon CC 284/7 in 50 overs (D. Weerakoon-Pathirana 104, H.M.D. Senanayake-Bandara 71; S. Gunasinghe-Fonseka 3-52) vs. Kelaniya Riverside SC 271 all out in 48.3 overs (C. Jayasekera-Liyanage 88; N. Kaluhetti 4-38)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Result: Negombo Lagoon won by 13 runs", "", "", ""),
        ],
        [
            ("Player of the match: N. Kaluhetti", "", "", ""),
        ],
        [
            ("Umpires: R.A. Wickramaratne and M. Fazal-Hameed", "", "", ""),
        ],
        [
            ("MORE CRICKET", "", "", "B"),
        ],
        [
            ("Schools Big Match: Kandy rivals set for first day-night encounter", "", "", "B"),
        ],
        [
            ("Women's Super Provincial: Southern Sharks go top of the table", "", "", "B"),
        ],
        [
            ("Follow The Wicket Post on Facebook and YouTube for match highlights.", "", "", "B"),
        ],
        [
            ("© 2026 Wicket Post Publications (Pvt) Ltd.", "", "", "B"),
        ],
    ],
    # Australia
    [
        [
            ("STATIC & HUM", "", "", "B"),
        ],
        [
            ("News   Reviews   Features   Live   Podcasts   Gig Guide   Shop", "", "", "B"),
        ],
        [
            ("Reviews › Albums", "", "", "B"),
        ],
        [
            ("Review: Dara Kinsella-Voss's ‘Salt Roads’ is a slow-burning triumph", "", "", ""),
        ],
        [
            (
                "The Fremantle songwriter's third album trades big choruses for something stranger, and better",
                "",
                "",
                "",
            ),
        ],
        [
            ("Words by Jess Okonkwo-Hale", "", "", "B"),
        ],
        [
            ("6 March 2026", "", "", "B"),
        ],
        [
            ("★★★★½", "", "", ""),
        ],
        [
            (
                "Dara Kinsella-Voss recorded Salt Roads in a former church hall in St. Kilda.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo: Ruby Castellano-Fitt", "", "", "B"),
        ],
        [
            (
                "Three years ago Dara Kinsella-Voss seemed to be on every festival bill in the country.",
                "",
                "",
                "",
            ),
            (
                "Her second album, Lantern Season, debuted at No. 4 on the ARIA Albums Chart in 2023, and its single ‘Copper Wire’ has since passed 40 million streams.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Then she went quiet.", "", "", ""),
        ],
        [
            ("Salt Roads is out next Friday through Little Brumby Records.", "", "", "W"),
            ("It is the sound of what she did next.", "", "", ""),
        ],
        [
            (
                "The album runs to 10 tracks and 41 minutes, and was recorded over 18 days in a hall built ca. 1890 with producer Marcus Tye Jr.",
                "",
                "",
                "W",
            ),
            ("The difference is immediate.", "", "", ""),
        ],
        [
            (
                "Opener ‘Ferry Light’ lets a single piano chord ring for almost 30 seconds before her voice arrives.",
                "",
                "",
                "W",
            ),
            ("It's a bold move.", "", "", ""),
            ("It works.", "", "", ""),
        ],
        [
            (
                "“I didn't want another record that sounded like a bank ad,” Kinsella-Voss told Static & Hum in January.",
                "Dara Kinsella-Voss",
                "told Static & Hum",
                "",
            ),
            ("“Was I scared?", "Dara Kinsella-Voss", "told Static & Hum", ""),
            ("Constantly.”", "Dara Kinsella-Voss", "told Static & Hum", ""),
        ],
        [
            ("Not everything lands.", "", "", ""),
        ],
        [
            (
                "The middle of the record is built on a pairing, ‘Harbour Masters’ vs. ‘Tidewater’, that restates its central argument, i.e. the pull between staying and going.",
                "",
                "",
                "",
            ),
            ("The second song is the weaker by a distance.", "", "", ""),
        ],
        [
            ("Why does a song about leaving sound so stuck?", "", "", ""),
        ],
        [
            (
                "And then there's ‘Kite’… the one nobody will be able to stop humming by winter.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Bassist Paddy O'Rourke-Vance and drummer Lin Ha-eun, who toured with Kinsella-Voss in 2023, play on eight of the 10 songs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The title track closes the album at 7 minutes 12 seconds, its longest song by some way.",
                "",
                "",
                "W",
            ),
            ("It earns every second.", "", "", ""),
        ],
        [
            ("Is it as immediate as Lantern Season?", "", "", ""),
            ("No.", "", "", ""),
            ("Is it better?", "", "", ""),
            ("Almost certainly.", "", "", ""),
        ],
        [
            (
                "Listen to it on headphones, late at night, with your phone in another room.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Salt Roads (Little Brumby Records) is out March 13.", "", "", ""),
        ],
        [
            ("Dara Kinsella-Voss tours nationally from April 17.", "", "", ""),
            ("Dates and tickets at darakinsellavoss.com.au.", "", "", ""),
        ],
        [
            (
                "Tags: Dara Kinsella-Voss · Little Brumby Records · Album Reviews · Fremantle",
                "",
                "",
                "B",
            ),
        ],
        [
            ("YOU MIGHT ALSO LIKE", "", "", "B"),
        ],
        [
            ("Live review: The Undertow Choir at the Corner Hotel", "", "", "B"),
        ],
        [
            (
                "‘We wrote it in a shearing shed’: inside the new Bitter Quandong record",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Static & Hum acknowledges the Traditional Owners of the lands on which we live and work, and pays respect to Elders past and present.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Static & Hum Media Pty Ltd.", "", "", "B"),
            ("ABN 51 824 609 337", "", "", "B"),
        ],
    ],
    # United States
    [
        [
            ("THE GREEN COUNTRY COURIER", "", "", "B"),
        ],
        [
            ("Sign In  |  Subscribe: $1 for 3 months", "", "", "B"),
        ],
        [
            ("Local  News  Crime  Politics  Sports  Obituaries  e-Edition", "", "", "B"),
        ],
        [
            ("CRIME", "", "", "B"),
        ],
        [
            ("Tulsa homicides fell 18% in 2025 as car thefts hit five-year high", "", "", "W"),
        ],
        [
            (
                "Violent crime down 6.2%, property crime up 3.9% in department's annual report",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Garrett Wollenzien", "", "", "B"),
        ],
        [
            ("Feb 11, 2026 Updated Feb 12, 2026", "", "", "B"),
        ],
        [
            ("Share  Email  Print", "", "", "B"),
        ],
        [
            (
                "Tulsa recorded 58 homicides in 2025, down from 71 the year before, according to the Tulsa Police Department's annual crime report, released Tuesday.",
                "the Tulsa Police Department's annual crime report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Violent crime overall fell 6.2%, while property crime rose 3.9%, driven by a 14% jump in motor vehicle thefts to 4,912, the report shows.",
                "the report",
                "shows",
                "W",
            ),
        ],
        [
            ("Nonfatal shootings fell to 241 from 309.", "", "", "W"),
        ],
        [
            (
                "Police Chief Renata V. Okafor-Lindqvist credited the department's “hot spot” patrols in north and east Tulsa, which began in March 2025, for the drop in shootings.",
                "Renata V. Okafor-Lindqvist",
                "credited",
                "W",
            ),
        ],
        [
            (
                "“We put officers where the shootings were, and the shootings went down,” she said at a news conference Tuesday.",
                "Renata V. Okafor-Lindqvist",
                "said",
                "W",
            ),
            ("“Are we done?", "Renata V. Okafor-Lindqvist", "said", ""),
            ("Not even close.”", "Renata V. Okafor-Lindqvist", "said", ""),
        ],
        [
            (
                "Dana Whitcombe-Arroyo, a criminologist at the University of Tulsa, said one year of data was not enough to judge the patrols.",
                "Dana Whitcombe-Arroyo",
                "said",
                "",
            ),
        ],
        [
            (
                "“Homicides fell in most large U.S. cities in 2025.",
                "Dana Whitcombe-Arroyo",
                "said",
                "W",
            ),
            (
                "Tulsa looks like part of a national trend, not an exception to it,” she said.",
                "Dana Whitcombe-Arroyo",
                "said",
                "",
            ),
        ],
        [
            ("Story continues below advertisement", "", "", "B"),
        ],
        [
            (
                "Police attributed much of the rise in car thefts to social media videos showing how to start certain 2011-2021 models without a key.",
                "Police",
                "attributed",
                "W",
            ),
        ],
        [
            (
                "Lt. Marcus Ashgrove-Tillery Jr., who supervises the auto theft unit, said 38% of stolen vehicles were recovered within 48 hours.",
                "Marcus Ashgrove-Tillery Jr.",
                "said",
                "W",
            ),
            (
                "He urged owners of affected models to get a free software update at a dealer or use a steering wheel lock.",
                "Marcus Ashgrove-Tillery Jr.",
                "urged",
                "",
            ),
        ],
        [
            (
                "Emily Tran-Beaumont, 42, said her car was stolen from outside her apartment on S. Memorial Dr. at about 2 a.m. on Oct. 3 and found burned two days later near the Arkansas River.",
                "Emily Tran-Beaumont",
                "said",
                "W",
            ),
            (
                "“I'm still making payments on a car that doesn't exist.",
                "Emily Tran-Beaumont",
                "said",
                "",
            ),
            ("What am I supposed to do with that?” she said.", "Emily Tran-Beaumont", "said", ""),
        ],
        [
            (
                "Cimarron Tracking Inc. said sales of its GPS trackers in the Tulsa area doubled in 2025.",
                "Cimarron Tracking Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "City Councilor DeShawn Pruitt-Haskins, whose district includes the 36th Street North corridor, said residents there “still don't feel it.”",
                "DeShawn Pruitt-Haskins",
                "said",
                "",
            ),
            (
                "Of the 58 homicides, 19 occurred in his district, according to the report.",
                "the report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“Ask a grandmother on my street if she feels 18% safer.",
                "DeShawn Pruitt-Haskins",
                "said",
                "",
            ),
            ("Go ahead, ask her!” Pruitt-Haskins said.", "DeShawn Pruitt-Haskins", "said", ""),
        ],
        [
            (
                "The department had 798 sworn officers at the end of 2025, vs. an authorized strength of 950.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The 2026 city budget funds 40 additional officers.", "", "", "W"),
            ("The first academy class could graduate as early as August.", "", "", ""),
        ],
        [
            (
                "The report uses the FBI's National Incident-Based Reporting System, so some figures may not match totals published in earlier years.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Garrett Wollenzien covers public safety for the Courier.", "", "", "B"),
            ("Reach him at gwollenzien@greencountrycourier.com or 918-555-0187.", "", "", "B"),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("Broken Arrow council OKs $14 million splash pad and trail plan", "", "", "B"),
        ],
        [
            ("Tulsa school board votes to close two elementary schools", "", "", "B"),
        ],
        [
            ("© 2026 Green Country Courier Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Your Privacy Choices", "", "", "B"),
        ],
    ],
    # Philippines
    [
        [
            ("PASIG BULLETIN", "", "", "B"),
        ],
        [
            (
                "News | Nation | Business | Metro | Regions | Opinion | Lifestyle | Sports",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BUSINESS", "", "", "B"),
        ],
        [
            ("Luzonix serves layoff notices to 1,350 BPO workers in Cebu, QC", "", "", "W"),
        ],
        [
            (
                "The cuts, about a fifth of its local workforce, follow the loss of its biggest US account",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Patricia Dizon-Alcaraz", "", "", "B"),
        ],
        [
            ("March 3, 2026 | 5:21 PM", "", "", "B"),
        ],
        [
            (
                "Call center agents leave a building in Cebu IT Park during a shift change on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PASIG BULLETIN PHOTO / JUN ABELLERA-SY", "", "", "B"),
        ],
        [
            (
                "Contact center operator Luzonix Contact Solutions Inc. has served termination notices to 1,350 employees at its sites in Cebu City and Quezon City, the company confirmed on Tuesday.",
                "the company",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "In a disclosure to the Philippine Stock Exchange, it said the layoffs would take effect on April 3 and affect about 21% of its 6,400 workers in the country.",
                "Luzonix Contact Solutions Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company said the move followed the non-renewal of a contract with a U.S. wireless carrier that accounted for 34% of its revenue in 2025.",
                "The company",
                "said",
                "W",
            ),
            ("Luzonix opened its first Philippine site, in Quezon City, in 2012.", "", "", "W"),
        ],
        [
            (
                "Luzonix president and chief executive Ramon G. Villaseñor-Tan said the firm had tried to move staff to other accounts but could place only 210 of them.",
                "Ramon G. Villaseñor-Tan",
                "said",
                "W",
            ),
            (
                "“This is the hardest decision I have had to make here,” he said in a statement.",
                "Ramon G. Villaseñor-Tan",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "Affected employees will receive separation pay of one month's salary for every year of service, above the minimum required under Art. 298 of the Labor Code for retrenchment, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "BPO Workers Alliance Philippines, a labor group, said some agents in Cebu learned of the layoffs on a group video call that began at 11 p.m.",
                "BPO Workers Alliance Philippines",
                "said",
                "W",
            ),
            (
                "That call lasted nine minutes, according to two agents who were on it.",
                "two agents who were on it",
                "according to",
                "W",
            ),
        ],
        [
            ("“Nine minutes to end a career?", "Jomar Pacquing-Reyes", "said", ""),
            (
                "That's not how you treat people who gave you ten years,” said Jomar Pacquing-Reyes, the group's Visayas coordinator.",
                "Jomar Pacquing-Reyes",
                "said",
                "",
            ),
        ],
        [
            (
                "The retrenchment is the largest in the country's outsourcing industry so far this year, according to the labor group's tally.",
                "the labor group's tally",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Team leader Kristine Mae Buenaventura-Ocampo, 31, said she earned P32,500 a month and pays P9,800 a month on a housing loan.",
                "Kristine Mae Buenaventura-Ocampo",
                "said",
                "W",
            ),
        ],
        [
            ("“I have two children in school.", "Kristine Mae Buenaventura-Ocampo", "said", "W"),
            (
                "I don't know yet what I'll do,” she said.",
                "Kristine Mae Buenaventura-Ocampo",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The Department of Labor and Employment's Central Visayas office said it received the company's retrenchment notice on March 2.",
                "The Department of Labor and Employment's Central Visayas office",
                "said",
                "W",
            ),
            (
                "It said it would hold a job fair for the affected workers later this month.",
                "The Department of Labor and Employment's Central Visayas office",
                "said",
                "",
            ),
        ],
        [
            (
                "The IT and Business Process Association of the Philippines said it still expected the industry to add about 110,000 jobs this year, bringing total employment to roughly 1.9 million.",
                "The IT and Business Process Association of the Philippines",
                "said",
                "",
            ),
        ],
        [
            (
                "Analyst Miguel Santiago-Lim of Banyan Ridge Securities Inc. said the loss of a single client showed the risk of relying on a handful of U.S. accounts.",
                "Miguel Santiago-Lim",
                "said",
                "",
            ),
            (
                "“Are other mid-sized players exposed in the same way?",
                "Miguel Santiago-Lim",
                "said",
                "",
            ),
            ("Some of them, yes,” he said.", "Miguel Santiago-Lim", "said", ""),
        ],
        [
            (
                "Luzonix shares fell 7.4% to P12.56 on Tuesday, their lowest close since October 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company employed 7,900 people in the Philippines at its peak in 2023, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Workers who want to contest their dismissal may file a complaint at the nearest DOLE field office or call the department's hotline, 1349.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Comments (12)", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Peso closes at 57.9 to the dollar as investors await Fed", "", "", "B"),
        ],
        [
            ("Cebu IT parks see office vacancies rise to 14%", "", "", "B"),
        ],
        [
            ("Get the Pasig Bulletin Business Brief every weekday morning.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            ("Follow Pasig Bulletin on Facebook, X and Viber for breaking news.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Pasig Bulletin Publishing Corp.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    # England
    [
        [
            ("DALES & WEAR GAZETTE", "", "", "B"),
        ],
        [
            (
                "News  |  Politics  |  Sport  |  Business  |  Nostalgia  |  Jobs  |  Announcements",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Politics", "", "", "B"),
        ],
        [
            ("Reform UK take Spennymoor seat by 61 votes after recount", "", "", "W"),
        ],
        [
            ("Turnout was 27.4%, down from 38.9% at last year's county elections", "", "", "W"),
        ],
        [
            ("By Oliver Brankston-Reed", "", "", "B"),
        ],
        [
            ("Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Published 10th Jul 2026, 03:12 BST", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "Reform UK's Gary Tunstall-Hebb won the Spennymoor by-election for Durham County Council by 61 votes in the early hours of Friday, after a recount requested by the Liberal Democrats.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He polled 1,204 votes to Liberal Democrat Hannah Coxon-Pryce's 1,143, with Labour's Derek Mawson-Lyle third on 718.",
                "",
                "",
                "W",
            ),
            (
                "Conservative Amy Pettigrew-Loxley was fourth with 211 and the Green Party's Tom Haverley-Scott fifth with 96.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The result was declared at 2.14am at Spennymoor Leisure Centre, more than four hours after polls closed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The by-election was called after the death in May of independent councillor Raymond Hewitson-Gill, 79, who had represented the division since 2021.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy returning officer Sian Penhallow-Dodds said 14 ballot papers were rejected, nine of them for voting for more than one candidate.",
                "Sian Penhallow-Dodds",
                "said",
                "W",
            ),
            (
                "Ballot box No. 14, from the polling station at St. Andrew's Church, was counted twice at the Lib Dems' request, she said.",
                "Sian Penhallow-Dodds",
                "said",
                "W",
            ),
        ],
        [
            (
                "In his victory speech, Mr Tunstall-Hebb said the result sent “a message to County Hall and to Westminster”.",
                "Gary Tunstall-Hebb",
                "said",
                "",
            ),
        ],
        [
            (
                "“Spennymoor has been ignored for too long.",
                "Gary Tunstall-Hebb",
                "told supporters",
                "",
            ),
            ("Not any more!” he told supporters.", "Gary Tunstall-Hebb", "told supporters", ""),
        ],
        [
            (
                "He said his first priority would be to fight the planned closure of the town's recycling centre.",
                "Gary Tunstall-Hebb",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Coxon-Pryce, who also stood in the division in 2025, said she was “gutted”.",
                "Hannah Coxon-Pryce",
                "said",
                "",
            ),
            ("“Sixty-one votes… we'll be back,” she said.", "Hannah Coxon-Pryce", "said", ""),
        ],
        [
            (
                "Labour, which held the seat until 2021, took 21.7% of the vote, its lowest share in the division since it was created in 2013.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“People have told me on the doorstep they feel let down.",
                "Derek Mawson-Lyle",
                "said",
                "",
            ),
            ("Can you blame them?” Mr Mawson-Lyle said.", "Derek Mawson-Lyle", "said", ""),
        ],
        [
            (
                "A Labour spokesperson said the party would “reflect on the result”.",
                "A Labour spokesperson",
                "said",
                "",
            ),
        ],
        [
            ("The result takes Reform UK to 66 of the council's 98 seats.", "", "", "W"),
            ("The next full county council elections are due in May 2029.", "", "", "W"),
        ],
        [
            ("RESULT: SPENNYMOOR", "", "", "B"),
        ],
        [
            ("Gary Tunstall-Hebb (Reform UK) 1,204", "", "", ""),
        ],
        [
            ("Hannah Coxon-Pryce (Liberal Democrats) 1,143", "", "", ""),
        ],
        [
            ("Derek Mawson-Lyle (Labour) 718", "", "", ""),
        ],
        [
            ("Amy Pettigrew-Loxley (Conservative) 211", "", "", ""),
        ],
        [
            ("Tom Haverley-Scott (Green Party) 96", "", "", ""),
        ],
        [
            ("Majority: 61", "", "", ""),
        ],
        [
            ("Turnout: 27.4% (electorate 12,358)", "", "", ""),
        ],
        [
            (
                "Oliver Brankston-Reed is a Local Democracy Reporter, a post funded by the BBC and shared with news publishers across the U.K.",
                "",
                "",
                "B",
            ),
            ("Find out more on our About Us page.", "", "", "B"),
        ],
        [
            ("Comments are closed on this article.", "", "", "B"),
        ],
        [
            ("More from Politics", "", "", "B"),
        ],
        [
            ("Durham bus lane cameras to go live in September", "", "", "B"),
        ],
        [
            ("Market place revamp hit by £1.1m overspend", "", "", "B"),
        ],
        [
            ("© 2026 Dales & Wear Newspapers Ltd.", "", "", "B"),
            ("Registered in England No. 01739462.", "", "", "B"),
        ],
    ],
    # Singapore
    [
        [
            ("THE TANJONG TRIBUNE", "", "", "B"),
        ],
        [
            ("Singapore  Asia  World  Business  Opinion  Life  Tech  Podcasts", "", "", "B"),
        ],
        [
            ("Business › Explainers", "", "", "B"),
        ],
        [
            (
                "Explainer: Why your hawker bill is rising when core inflation is just 0.9%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "We break down what April's consumer price figures mean for household budgets",
                "",
                "",
                "",
            ),
        ],
        [
            ("Grace Seah Pei Ling", "", "", "B"),
        ],
        [
            ("Published May 25, 2026, 05:00 AM", "", "", "B"),
        ],
        [
            ("Updated May 25, 2026, 09:14 AM", "", "", "B"),
        ],
        [
            ("Gift this article", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – Core inflation, which excludes accommodation and private transport costs, eased to 0.9 per cent year on year in April from 1.2 per cent in March, official data released on May 22 showed.",
                "official data released on May 22",
                "showed",
                "W",
            ),
        ],
        [
            (
                "Headline inflation, i.e. the change in the all-items consumer price index, was 1.1 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Yet many households say it does not feel that way.", "many households", "say", ""),
        ],
        [
            ("What exactly is measured?", "", "", ""),
        ],
        [
            (
                "The consumer price index tracks the prices of about 6,800 goods and services, weighted by how much households spend on each.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Food makes up about 21 per cent of the basket, including things bought almost daily, e.g. hawker meals, bread and eggs.",
                "",
                "",
                "W",
            ),
            (
                "Hawker food prices rose 3.4 per cent in April vs. a year earlier, according to the Department of Statistics.",
                "the Department of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“If you eat out twice a day, your personal inflation rate is probably double the official one,” said Dr Rachel Ong Wei Ling, senior economist at Kallang Quay Bank.",
                "Rachel Ong Wei Ling",
                "said",
                "",
            ),
        ],
        [
            (
                "At a hawker centre in Toa Payoh, stallholder Koh Boon Hiap, 67, said he raised the price of a plate of chicken rice to $4.50 from $4 in January, his first increase since 2022.",
                "Koh Boon Hiap",
                "said",
                "W",
            ),
        ],
        [
            ("“Chicken up, rice up, gas up.", "Koh Boon Hiap", "said", ""),
            ("What to do?” he said.", "Koh Boon Hiap", "said", ""),
        ],
        [
            ("Why did core inflation fall?", "", "", ""),
        ],
        [
            (
                "The Monetary Authority of Singapore (MAS) said lower electricity and gas tariffs, which fell 6.1 per cent in the second quarter, and cheaper airfares pulled the core index down.",
                "The Monetary Authority of Singapore",
                "said",
                "W",
            ),
        ],
        [
            (
                "Private transport costs, which are excluded from the core measure, rose 4.8 per cent as certificate of entitlement premiums climbed.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Will prices keep rising?", "", "", ""),
        ],
        [
            (
                "MAS said it expects core inflation to average between 0.5 and 1.5 per cent this year.",
                "The Monetary Authority of Singapore",
                "said",
                "",
            ),
            (
                "Dr Ong said a weaker US dollar could push import prices down further in the second half.",
                "Rachel Ong Wei Ling",
                "said",
                "",
            ),
        ],
        [
            ("Inflation is low… for now.", "", "", ""),
        ],
        [
            ("What can households do?", "", "", ""),
        ],
        [
            (
                "Compare supermarket prices before a big shop, and check whether your household qualifies for utility rebates.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Households in one- and two-room HDB flats received up to $950 in U-Save rebates in the past year, according to the Ministry of Finance.",
                "the Ministry of Finance",
                "according to",
                "W",
            ),
            ("CDC vouchers worth $500 per household were given out in January.", "", "", "W"),
        ],
        [
            ("Does that mean prices will fall?", "", "", ""),
            ("No.", "", "", ""),
            ("It means they are rising more slowly.", "", "", ""),
        ],
        [
            ("KEY NUMBERS", "", "", "B"),
        ],
        [
            ("Core inflation, April: 0.9%", "", "", ""),
        ],
        [
            ("Headline inflation, April: 1.1%", "", "", ""),
        ],
        [
            ("Hawker food, year on year: +3.4%", "", "", ""),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Electricity tariffs to fall 2.3% for July to September", "", "", "B"),
        ],
        [
            ("Why COE premiums are climbing again", "", "", "B"),
        ],
        [
            (
                "Join The Tanjong Tribune's WhatsApp channel and get the latest news and must-reads.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tanjong Tribune Press Ltd.", "", "", "B"),
            ("Co. Regn. No. 199401234K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n140-ke-ltd-she",
        "“The surprise is the timing, not the direction,” said Halima Odera-Nyamweya, head of research at Kilima Capital Ltd. She said the rate could fall to 9% by March if the shilling stayed stable.",
        [
            "“The surprise is the timing, not the direction,” said Halima Odera-Nyamweya, head of research at Kilima Capital Ltd.",
            "She said the rate could fall to 9% by March if the shilling stayed stable.",
        ],
    ),
    (
        "n140-ke-ellipsis-lower",
        "“Every month I pay KSh 38,500. Every month the same,” he said. “They cut, we wait… and then we wait some more.”",
        [
            "“Every month I pay KSh 38,500.",
            "Every month the same,” he said.",
            "“They cut, we wait… and then we wait some more.”",
        ],
    ),
    (
        "n140-ke-am-signup",
        "The Markets Brief lands in your inbox every weekday at 7 a.m. Sign up free.",
        ["The Markets Brief lands in your inbox every weekday at 7 a.m.", "Sign up free."],
    ),
    (
        "n140-ie-question-asked",
        "“I've taken the 6.05 every weekday for eleven years,” said Aoife Mac Giolla-Breen, who commutes from Athenry to an office near Heuston. “What am I supposed to do now, drive?” she asked.",
        [
            "“I've taken the 6.05 every weekday for eleven years,” said Aoife Mac Giolla-Breen, who commutes from Athenry to an office near Heuston.",
            "“What am I supposed to do now, drive?” she asked.",
        ],
    ),
    (
        "n140-in-sec-no-initials",
        "Additional Sessions Judge S. V. Bhalerao-Kadam acquitted Rohit Gaikwad-Sathe (29), Imran Shaikh-Pathan (31) and Sagar M. Londhe-Patil (27) of charges under Sec. 302 (murder) and Sec. 120B (criminal conspiracy) of the Indian Penal Code. The case, Sessions Case No. 611 of 2021, arose from the death of Dattatray Jagtap-Mhaske, whose body was found near the Mundhwa railway crossing on the morning of 17 August 2021.",
        [
            "Additional Sessions Judge S. V. Bhalerao-Kadam acquitted Rohit Gaikwad-Sathe (29), Imran Shaikh-Pathan (31) and Sagar M. Londhe-Patil (27) of charges under Sec. 302 (murder) and Sec. 120B (criminal conspiracy) of the Indian Penal Code.",
            "The case, Sessions Case No. 611 of 2021, arose from the death of Dattatray Jagtap-Mhaske, whose body was found near the Mundhwa railway crossing on the morning of 17 August 2021.",
        ],
    ),
    (
        "n140-in-approx-held",
        "In her 58-page judgment, the judge found that the knife recovered from the accused was not sent for forensic examination until 11 months after it was seized. She held that the CCTV clip relied upon by the police, approx. 40 seconds long, did not show any of the accused at the spot.",
        [
            "In her 58-page judgment, the judge found that the knife recovered from the accused was not sent for forensic examination until 11 months after it was seized.",
            "She held that the CCTV clip relied upon by the police, approx. 40 seconds long, did not show any of the accused at the spot.",
        ],
    ),
    (
        "n140-in-ie-hostile",
        "Of the 19 prosecution witnesses, seven (i.e. more than a third) turned hostile during the trial, including the victim's neighbour and two shopkeepers from Magarpatta Road. None of the three accused gave evidence.",
        [
            "Of the 19 prosecution witnesses, seven (i.e. more than a third) turned hostile during the trial, including the victim's neighbour and two shopkeepers from Magarpatta Road.",
            "None of the three accused gave evidence.",
        ],
    ),
    (
        "n140-in-pvt-ltd",
        "© 2026 LexWatch Legal Media Pvt. Ltd. All Rights Reserved.",
        ["© 2026 LexWatch Legal Media Pvt. Ltd.", "All Rights Reserved."],
    ),
    (
        "n140-sc-exclaim-ellipsis",
        "“The nurses were brilliant. The place was bursting at the seams!” he said. “I'm not complaining about them… I'm complaining about a system that leaves an old man in a corridor all night.”",
        [
            "“The nurses were brilliant.",
            "The place was bursting at the seams!” he said.",
            "“I'm not complaining about them…",
            "I'm complaining about a system that leaves an old man in a corridor all night.”",
        ],
    ),
    (
        "n140-sc-question-email",
        "Do you have a story about waiting times in the north-east? Email health@bonaccordstandard.co.uk",
        [
            "Do you have a story about waiting times in the north-east?",
            "Email health@bonaccordstandard.co.uk",
        ],
    ),
    (
        "n140-gh-mr-initial",
        "Head of the National Office, Mr. Victor K. Adjei-Boateng, told journalists in Accra on Monday that the results of 1,124 candidates had been withheld pending investigations into examination malpractice. He said the entire results of 86 candidates had been cancelled, compared with 211 in 2025.",
        [
            "Head of the National Office, Mr. Victor K. Adjei-Boateng, told journalists in Accra on Monday that the results of 1,124 candidates had been withheld pending investigations into examination malpractice.",
            "He said the entire results of 86 candidates had been cancelled, compared with 211 in 2025.",
        ],
    ),
    (
        "n140-gh-am-exclaim",
        "“We started extra classes at 5.30 a.m. in the final term. The girls earned every grade!” she said.",
        [
            "“We started extra classes at 5.30 a.m. in the final term.",
            "The girls earned every grade!” she said.",
        ],
    ),
    (
        "n140-ca-pm-crews",
        "Fire information officer Marisol Threlkeld-Oyama said 146 firefighters, 11 helicopters and 18 pieces of heavy equipment were assigned to the fire as of 7 p.m. Crews built about four kilometres of guard on the western flank on Friday, she said.",
        [
            "Fire information officer Marisol Threlkeld-Oyama said 146 firefighters, 11 helicopters and 18 pieces of heavy equipment were assigned to the fire as of 7 p.m.",
            "Crews built about four kilometres of guard on the western flank on Friday, she said.",
        ],
    ),
    (
        "n140-ca-jr-matters",
        "Dale Hrushowy Jr., 66, said he had 20 minutes to load his truck after an RCMP officer knocked on his door on Blind Bay Road at about 5:30 p.m. “You grab the dog, the pills, the photos. What else matters?” he said.",
        [
            "Dale Hrushowy Jr., 66, said he had 20 minutes to load his truck after an RCMP officer knocked on his door on Blind Bay Road at about 5:30 p.m.",
            "“You grab the dog, the pills, the photos.",
            "What else matters?” he said.",
        ],
    ),
    (
        "n140-ca-eg-tonight",
        "Regional district board chair Rhys Abernethy-Lund urged residents on alert to keep vehicles fuelled and packed with essentials, e.g. medication, documents and phone chargers. “If you're on alert, act as if the order is coming tonight. It may well be,” he said.",
        [
            "Regional district board chair Rhys Abernethy-Lund urged residents on alert to keep vehicles fuelled and packed with essentials, e.g. medication, documents and phone chargers.",
            "“If you're on alert, act as if the order is coming tonight.",
            "It may well be,” he said.",
        ],
    ),
    (
        "n140-ca-inc-privacy",
        "Valleyline News is owned and operated by Monashee Broadcasting Inc. Privacy Policy | Terms of Use",
        [
            "Valleyline News is owned and operated by Monashee Broadcasting Inc.",
            "Privacy Policy | Terms of Use",
        ],
    ),
    (
        "n140-lk-panic-exclaim",
        "“Did we panic? A little, yes,” Senanayake-Bandara admitted. “But Nuwan has done this for us all season. Eighteen wickets in seven games!” he said.",
        [
            "“Did we panic?",
            "A little, yes,” Senanayake-Bandara admitted.",
            "“But Nuwan has done this for us all season.",
            "Eighteen wickets in seven games!” he said.",
        ],
    ),
    (
        "n140-lk-initials-overs",
        "The left-arm seamer removed Chamod Jayasekera-Liyanage for 88, then bowled K.P. Amunugama and Ishan Ratwatte-Dias in his next over. Kelaniya were all out for 271 in 48.3 overs.",
        [
            "The left-arm seamer removed Chamod Jayasekera-Liyanage for 88, then bowled K.P. Amunugama and Ishan Ratwatte-Dias in his next over.",
            "Kelaniya were all out for 271 in 48.3 overs.",
        ],
    ),
    (
        "n140-au-ca-jr",
        "The album runs to 10 tracks and 41 minutes, and was recorded over 18 days in a hall built ca. 1890 with producer Marcus Tye Jr. The difference is immediate.",
        [
            "The album runs to 10 tracks and 41 minutes, and was recorded over 18 days in a hall built ca. 1890 with producer Marcus Tye Jr.",
            "The difference is immediate.",
        ],
    ),
    (
        "n140-au-scared",
        "“I didn't want another record that sounded like a bank ad,” Kinsella-Voss told Static & Hum in January. “Was I scared? Constantly.”",
        [
            "“I didn't want another record that sounded like a bank ad,” Kinsella-Voss told Static & Hum in January.",
            "“Was I scared?",
            "Constantly.”",
        ],
    ),
    (
        "n140-au-website",
        "Dara Kinsella-Voss tours nationally from April 17. Dates and tickets at darakinsellavoss.com.au.",
        [
            "Dara Kinsella-Voss tours nationally from April 17.",
            "Dates and tickets at darakinsellavoss.com.au.",
        ],
    ),
    (
        "n140-us-dr-am-oct",
        "Emily Tran-Beaumont, 42, said her car was stolen from outside her apartment on S. Memorial Dr. at about 2 a.m. on Oct. 3 and found burned two days later near the Arkansas River. “I'm still making payments on a car that doesn't exist. What am I supposed to do with that?” she said.",
        [
            "Emily Tran-Beaumont, 42, said her car was stolen from outside her apartment on S. Memorial Dr. at about 2 a.m. on Oct. 3 and found burned two days later near the Arkansas River.",
            "“I'm still making payments on a car that doesn't exist.",
            "What am I supposed to do with that?” she said.",
        ],
    ),
    (
        "n140-us-are-we-done",
        "“We put officers where the shootings were, and the shootings went down,” she said at a news conference Tuesday. “Are we done? Not even close.”",
        [
            "“We put officers where the shootings were, and the shootings went down,” she said at a news conference Tuesday.",
            "“Are we done?",
            "Not even close.”",
        ],
    ),
    (
        "n140-ph-pm-call",
        "BPO Workers Alliance Philippines, a labor group, said some agents in Cebu learned of the layoffs on a group video call that began at 11 p.m. That call lasted nine minutes, according to two agents who were on it.",
        [
            "BPO Workers Alliance Philippines, a labor group, said some agents in Cebu learned of the layoffs on a group video call that began at 11 p.m.",
            "That call lasted nine minutes, according to two agents who were on it.",
        ],
    ),
    (
        "n140-ph-inc-exposed",
        "Analyst Miguel Santiago-Lim of Banyan Ridge Securities Inc. said the loss of a single client showed the risk of relying on a handful of U.S. accounts. “Are other mid-sized players exposed in the same way? Some of them, yes,” he said.",
        [
            "Analyst Miguel Santiago-Lim of Banyan Ridge Securities Inc. said the loss of a single client showed the risk of relying on a handful of U.S. accounts.",
            "“Are other mid-sized players exposed in the same way?",
            "Some of them, yes,” he said.",
        ],
    ),
    (
        "n140-gb-no-st",
        "Deputy returning officer Sian Penhallow-Dodds said 14 ballot papers were rejected, nine of them for voting for more than one candidate. Ballot box No. 14, from the polling station at St. Andrew's Church, was counted twice at the Lib Dems' request, she said.",
        [
            "Deputy returning officer Sian Penhallow-Dodds said 14 ballot papers were rejected, nine of them for voting for more than one candidate.",
            "Ballot box No. 14, from the polling station at St. Andrew's Church, was counted twice at the Lib Dems' request, she said.",
        ],
    ),
    (
        "n140-gb-ellipsis-lower",
        "Ms Coxon-Pryce, who also stood in the division in 2025, said she was “gutted”. “Sixty-one votes… we'll be back,” she said.",
        [
            "Ms Coxon-Pryce, who also stood in the division in 2025, said she was “gutted”.",
            "“Sixty-one votes… we'll be back,” she said.",
        ],
    ),
    (
        "n140-gb-uk-find",
        "Oliver Brankston-Reed is a Local Democracy Reporter, a post funded by the BBC and shared with news publishers across the U.K. Find out more on our About Us page.",
        [
            "Oliver Brankston-Reed is a Local Democracy Reporter, a post funded by the BBC and shared with news publishers across the U.K.",
            "Find out more on our About Us page.",
        ],
    ),
    (
        "n140-sg-eg-vs",
        "Food makes up about 21 per cent of the basket, including things bought almost daily, e.g. hawker meals, bread and eggs. Hawker food prices rose 3.4 per cent in April vs. a year earlier, according to the Department of Statistics.",
        [
            "Food makes up about 21 per cent of the basket, including things bought almost daily, e.g. hawker meals, bread and eggs.",
            "Hawker food prices rose 3.4 per cent in April vs. a year earlier, according to the Department of Statistics.",
        ],
    ),
    (
        "n140-sg-regn",
        "Tanjong Tribune Press Ltd. Co. Regn. No. 199401234K. All rights reserved.",
        ["Tanjong Tribune Press Ltd.", "Co. Regn. No. 199401234K.", "All rights reserved."],
    ),
]
