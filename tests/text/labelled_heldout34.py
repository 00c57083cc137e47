"""Thirty-fourth HELD-OUT set of hand-labelled pages for the hint engines (round twenty-four): twelve whole pages of the kinds a newsroom reviewer meets beyond the plain article, each from a different country's site and with its own furniture.

HELD OUT: this set is for measuring only and must never be tuned on; no rule, weight or threshold may
be changed because of a case in it. It was written blind, from scratch, for issue 13 in round
twenty-four: nothing under `claimreview/` was opened, no `labelled_heldout*.py` file was opened, and
no test, scorer or engine was run. What was read: the docstrings of `labelled_new.py`,
`labelled_new2.py` and `labelled_new40.py` to `labelled_new49.py`, the first page and the split
cases of `labelled_new49.py`, the first page of `labelled_new44.py`, the Q&A page of
`labelled_new2.py` and the press-conference and coroner exchanges of `labelled_new45.py` (for the
prefix format), and `build` in `labelled_articles.py`. What was run: an import of this file and
`build` on every page, a small script of my own that checks the split cases against the pages,
whole-word greps of the names over `tests/`, and `ruff format` / `ruff check` on this file.

Every person, small place, street, organisation, outlet, news agency, company, club, product and
number is invented (Canada, Ontario, Quebec, Manitoba and the Ottawa Valley; India, Tamil Nadu,
Ramanathapuram district and Chennai; the Netherlands, South Holland and The Hague; the United States,
Louisiana and Texas; Australia and its states and capitals, the Kimberley, Dubai and the NSW Mid North
Coast; New Zealand; the Philippines, Bulacan and Malolos; England; Ireland, Roscommon, the Shannon,
Galway, Sligo, London and Leeds; Kenya, Kwale County and Mombasa; South Africa and Polokwane; Ghana,
Accra, Ivory Coast, Abidjan, Togo and New York appear only as settings; real public bodies such as
"Environment Canada", "Ontario Provincial Police", the "Press Information Bureau", the "Ministry of Jal
Shakti", the "Tamil Nadu Water Supply and Drainage Board", the "KNMI", "the Reserve Bank", "the
Australian Bureau of Statistics", "the Bureau of Meteorology", "the DSWD", "the International
Fact-Checking Network", "the Department of Health", "Roscommon County Council", "the University of
Galway", "the Ethics and Anti-Corruption Commission", "the Office of the Auditor-General" and "the
Ghana Cocoa Board (COCOBOD)" only as settings, with invented figures). No surname, town, outlet,
company, club or product of any file under `tests/` is reused: every capitalised word of the pages,
the parts of double-barrelled and hyphenated names included, was grepped as a whole word (and again
case-blind) over the whole `tests/` tree, and every hit that was a name was changed (first names,
real settings and common words such as "Sentinel", "Times", "Post", "Royals" and "Rovers" recur).

Each page is a WHOLE page, head to tail, as a user pastes it as plain text after selecting all in a
browser, so every furniture line is a paragraph of its own, worded in that kind of site's own way.
The twelve pages, from twelve countries: (1) a Canadian city daily's live blog on an ice storm (LIVE
label, "Last updated ... p.m. EST", "Jump to:" strip, a key-points list, time stamps, entry headlines,
"— Name" entry bylines, a "Key update" label, a reader photo with "(Submitted by ...)", a photo call,
a correction entry, the opening greeting, the outage-report line); (2) an Indian government press
release on the national press-release portal (ministry line, headline with highlight lines, "Posted
On: 12 MAR 2026 5:42PM by PIB Chennai", "Shri", "Smt.", "Thiru", initials, lakh and crore, "(MLD)",
"said that", a features box, "***", the initials slug, "(Release ID: ...) Visitor Counter : ...",
the language line, the portal footer); (3) a Dutch English-language site's Q&A with a water-board
chair (a quoted headline attributed by a colon, "explains why" in the standfirst, a translation
note, questions pasted without prefixes and answers without prefixes, an interviewer's statements of
fact and a cited critic, "B.V. | KvK"); (4) a US cable network's transcript page (show and segment
title ending "Aired 8-9p ET", the rush-transcript notice, time codes, "NAME, MNN ANCHOR:" and
"NAME, ST. FAUSTIN PARISH PRESIDENT:" prefixes, surname prefixes and "(voice-over)", tape cues,
"(CROSSTALK)", "(COMMERCIAL BREAK)", the anchor's greeting, thanks and tease, a guest with "DR." in
the prefix); (5) an Australian morning email newsletter opened in webmail and pasted from the browser
(the webmail app's chrome: app name, search, compose, folder counts, subject, label chip, sender with
"Unsubscribe", time and icons, "to me ▾", the images notice, the reply-forward bar; inside it the
digest's sections, "Read the full story →", an advertisement, the weather strip, the sign-off and
footer); (6) a New Zealand site's explainer on a council-owned water company (kicker, question
subheads, a lead-in ending in a colon, charge bullets, the writer's arithmetic, a published price
path, "5pm to 7pm.", the submission line, the reporting-scheme line); (7) a Philippine site's fact
check of a viral cash-aid post (verdict headline, "CLAIM:" and "RATING:" lines, capitals subheads,
"Ma.", a Tagalog quote with its translation in brackets, the checkers' method, "BOTTOM LINE",
"SOURCES", the tip line, the rating key); (8) an English national paper's opinion column on rural bus
cuts (the columnist's figures and arithmetic against her judgements, rhetorical questions, "told me"
in and out of a relative clause, "Cllr", a verdict on an official's figures, a standfirst without a
final stop, a bio, "Registered in England No."); (9) an Irish paper's obituary of a nurse who founded
a hospice ("née", "May 9th, 1937", dates of a life, a partial quote, family, the closing born-died
line); (10) a Kenyan daily's court report on a payroll fraud ("Court finds" standfirst, "Sh84.3
million", "Mr" without a stop, a magistrate's orders and findings, "The court heard", counsel's asks,
an appeal announced, acquittals, "READ ALSO:", tags); (11) a South African sports site's football
match report with line-ups (score ticker, result line with scorers, "Half-time: 1-0", "(kick-off
19:30)", a stats box, "Line-ups" with formations and subs, referee, attendance, man of the match,
"(Pty) Ltd.", the gambling notice); and (12) a pan-African news agency's own page carrying a writethru
("UPDATE 2-" headline, the "(Adds ...)" note, "Summary" bullets in wire shorthand, "ACCRA, March 12
(Abusua) -", "by 1530 GMT.", the credits line, the standards and licensing lines, the price chip).
`STYLES` names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new49.py` hold too (mastheads, menus, crumbs, kickers,
bylines, role lines, date lines, share strips, related and most-viewed lists, newsletter and app
lines, tags, tip and service lines, comment furniture and footers "B" line by line; captions by
content and credits "B"; live-blog time stamps, entry bylines and key-event labels "B", an entry's
headline labelled like a headline; standfirsts labelled like headlines, a standfirst with a full stop
split; a feature's or column's headline "" as framing; topic and question subheads ""; fact-box
headings "B" with their bullets "W"; Q&A answers carrying the interviewee, the interviewer's turns no
speaker unless they cite a source; fact-check verdict headline "", "Claim:" line "W" with the
claimant and "says", the verdict sentence "" and the figures after it "W", rating key, sources and
verdict heading "B"; obituaries' summary line "W"; line-ups, "Subs:", "Referee:" and "Attendance:"
"", result lines and "Man of the match:" "W"; wire datelines inside the first sentence, credits and
standards lines "B"; titles, ranks and honorifics dropped from speakers, "Jr." kept; a pronoun, a
later surname or a role resolved to the full name as first given; organisations, documents and data
kept as written, "according to X" -> X; a quote over several sentences carrying its speaker and cue;
"did not respond" labelled like speech with flags ""; plans, decisions, orders, results and published
estimates "W", spoken forecasts, hopes, opinions, feelings, scene, advice and rhetorical questions "").

Conventions this set had to settle, in the same spirit:

* Live blogs: the opening greeting of the blog ("Good morning and welcome to our live coverage ...")
  is "B" like a newsletter greeting, while the facts in the same post are labelled by content; the
  "Jump to:" strip and "Key update" are "B"; "The key points" over bullets is a topic subhead, "",
  and a bullet naming its source ("• Norvalle Power reports ...") carries it; a reader photo's
  caption is labelled by content ("" for scene) and "(Submitted by ...)" is a credit, "B"; the photo
  call with its address is a service line, "B"; a correction post that states the right figure is
  two "W" sentences, the second with its source.
* Government press releases on a national portal: the portal's name, "Government of India" and the
  ministry line are mastheads, "B"; the headline and each highlight line under it are labelled like a
  headline and standfirst ("W" for a plan with a cost); "Posted On: ..." is a date line; the release's
  own sentences carry no speaker; "Shri", "Smt." and "Thiru" are dropped and initials kept ("R.K.
  Thiruvenkadasamy", "P. Senthamizhselvan"), "the Minister said" resolving to the name; "said that"
  has the cue "said"; "urged" and "thanked" are cues with flags ""; the attendance sentence is "";
  "***", the initials slug "SK/RM/PS", "(Release ID: 2104417) Visitor Counter : 1246" (ONE sentence,
  glued furniture), the language line and the portal footer are "B".
* Q&A without prefixes: when the bold questions and the answers are pasted with nothing to mark the
  turns, every sentence of an answer carries the interviewee with an EMPTY cue (nothing in the text is
  a reporting expression), and is labelled by content; the interviewer's questions are "", her
  statements of fact ("The national flood protection programme pays 90% ...", "Your new offices cost
  €23 million.") "W" without a speaker, her cited sources carried ("Critics say ..." -> "Critics",
  "One of them told me ..." -> "One of them"); a bare confirming answer ("... that's right.") is "W"
  as a bare factual answer is in `labelled_new45.py`. A quoted headline attributed by a colon without
  a verb ("‘We cannot pump our way out of this forever’: the dike-warden behind ...") carries the
  person the body names with an empty cue, like a headline attributed by a dash in
  `labelled_new48.py`; "Its chair, X, explains why." carries X with "explains" and is "".
* Broadcast transcripts: the segment-title line is an index of the programme, "B", split at its full
  stop ("... Stopgap Spending Bill." / "Aired 8-9p ET"); the air line, both sentences of the
  rush-transcript notice, every time code, "(BEGIN VIDEOTAPE)", "(END VIDEOTAPE)", "(CROSSTALK)" and
  "(COMMERCIAL BREAK)", the licensing line and the network's copyright are "B". The anchor's and the
  correspondent's turns ("NAME, MNN ANCHOR:", "ZAPIEN:", "ZAPIEN (voice-over):") are the
  broadcaster's own voice, like "REPORTER:" turns: no speaker, labelled by content ("W" for the fire's
  timeline, "" for the toss "Marisela, what are officials telling people there?" and "Desmond?"); the
  anchor's greeting, thanks ("Marisela, thank you.", "Dr. Vorsterman, thank you."), the guest's "Thank
  you.", the tease and "We'll be right back." are "B". Guests and people on tape carry their name
  with the prefix as written as the cue ("CLAUDETTE RIVET-BOUDREAUX, ST. FAUSTIN PARISH PRESIDENT:",
  later "VORSTERMAN:"), the title in the prefix dropped from the speaker ("DR." included), and every
  sentence of the turn carries them; "ST. FAUSTIN" and "DR." in a prefix never end a sentence. Inside
  a correspondent's turn, reported speech carries the person reported ("Loretta Thibeaux-Batiste says
  her eyes are still burning" -> her, "says"), "the parish says" in the anchor's question keeps "the
  parish", and the operator's statement carries the company.
* Email newsletters opened in webmail and pasted from the browser: the webmail chrome is "B" line by
  line (app name, "Search mail", "Compose", the folder line with its count, the subject line whatever
  it says, the label chip "Inbox ×", the sender line glued to "Unsubscribe" ONE sentence, the time
  line with its icons, "to me ▾", the images notice split into two sentences, the reply-forward bar);
  inside, the newsletter is labelled as in `labelled_new44.py`, and its capitals section labels ("THE
  BIG ONE", "IN OTHER NEWS", "SPORT", "WEATHER", "ONE MORE THING") are "B" like kickers, while each
  item's own heading is labelled like a headline ("" for the question "Rates: will the Reserve Bank
  move today?"); "Read the full story →" and "Read all today's news →" are "B"; the advertisement's
  label and its two sentences are "B"; "Our economics editor, X, thinks ..." carries X with "thinks",
  "".
* Explainers: "Here's what changes, and what doesn't." is "B" like "Here is what you need to know.";
  the writer's one-line answers are labelled by content ("The main reason is debt." a causal claim,
  "W"; "Almost certainly, yes." a hedge, ""); a fragment answer that states a fact ("A board of six
  directors, appointed by the council ...") is "W"; "The draft price path forecasts ..." is a
  published forecast, "W", with the document as written; "By about the amount ..., the council says,
  though ..." carries "the council"; the consultation dates and drop-in session are "W", the
  submission address "B" (a place to send something), "5pm to 7pm." ending its sentence.
* Fact checks: "WHY WE FACT-CHECKED THIS" and "THE FACTS" are topic subheads, "", and "BOTTOM LINE" is
  the verdict heading, "B"; the "CLAIM:" line names the page with "says" ("The Facebook page Ulat Agad
  PH says ..." -> "Ulat Agad PH"); "RATING: FALSE" and the "How we rate claims: ..." key are "B"; the
  checkers' method sentences ("Several readers sent the post ...", "We sent a message to the page's
  administrators ...") are "", their findings "W" ("which Tala Check traced through a reverse image
  search" inside the finding); "the agency said" keeps "the agency"; a Tagalog quote with its English
  translation in brackets before "said Name, 74, of Barangay ..., Bulacan." is ONE sentence.
* Columns: as in `labelled_new43.py`; besides, "He is right about the figures." is the columnist's
  verdict on an official's figures, "W" (as "That is true in raw dollars." in `labelled_new49.py`),
  and "He is wrong about what they mean." ""; a private passenger's habits ("He goes three times a
  week.") are "", the columnist's arithmetic from them "W"; a standfirst's second sentence without a
  final stop ("The real bill will be paid somewhere else") is its own "" sentence.
* Obituaries: the standfirst summarising the life and the closing "Name: born ...; died ..." line are
  "W" (ONE sentence each, the semicolon never splitting); the dates and facts of the life, the
  institution founded, the elections won and the survivors are "W"; anecdote, reputation and the
  "Colleagues recalled ..." story (kept as written, cue "recalled") are ""; "née" never ends a sentence.
* Court reports: "Court finds ..." in the standfirst carries the court as the body first names it
  ("the Anti-Corruption Court in Mombasa"), "finds", "W"; the magistrate's fine, repayment order and
  the counts are "W" without a speaker; "the magistrate said in her judgment" resolves to her with
  that cue, a finding "W" and its moral ""; "Prosecution counsel" and "Defence lawyer" are roles,
  dropped; "Mr Mutembei told journalists ... that they would appeal" is a stated decision, "W";
  "Investigators ... traced" is an act without a speaker, "W".
* Sport: the result line with scorers ("Kiaat Royals 2 (Ndabankulu 23, 67 pen) Sandrift Coastals 1
  (Mafokeng 81)") and "Half-time: 1-0" are "W" (results of record, no full stop needed); "Match
  stats" and "Line-ups" are headings, "B", each stats row "W" and each line-up and "Subs:" line ""
  (one sentence, the semicolons of the formation never splitting); "(kick-off 19:30)" never ends a
  sentence; "18+ only.", "Gamble responsibly." and the counselling line are three "B" sentences.
* Wire writethrus: "UPDATE 2-" is part of the headline sentence, labelled with it; the "(Adds ...
  in paragraphs 7-9, ...)" note is "B" (ONE sentence, like a bare update note); the "Summary" heading
  "B" with its shorthand bullets "W", a bullet's "Regulator says" and "Farmers' group says" carrying
  the body's names ("The Ghana Cocoa Board", abbreviation dropped; "The Cocoa Farmers' Alliance of
  Ghana"); "COCOBOD has forecast production of ..." is a regulator's published forecast, "W"; "by
  1530 GMT." ends its sentence; the credits line, "Editorial principles: ...", "Purchase Licensing
  Rights", "Read next" with its headlines, the price chip and the delay notice are "B".

`HELDOUT_CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a
newline, sentences of one line by a space) and written the same way: what a reviewer wants, not what
the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Canadian city daily's live blog, an ice storm knocks out power and the mayor declares an emergency (masthead, sign-in strip, menu, LIVE UPDATES label, headline with a figure, standfirst with a semicolon, staff byline, last-updated line with p.m. EST and Jan., Jump to: strip, key-points subhead with bullets one of which names its source, time stamps, entry headlines, the outage map via according to, a spokesperson's fact and advice, a utility's count with it said, reader photo and Submitted by credit, photo call, 10 p.m. ending a sentence before Pets, a city spokesperson, 6 a.m. Thursday mid-sentence, Key update label, the mayor declaring with saying, told reporters over two sentences, OPP Sgt. dropped with said in a post on X and wrote, 7 a.m. ending a sentence, a warning in effect against Forecasters expect, a correction entry with 9 a.m. mid-sentence, the opening greeting, entry bylines with a dash, outage-report line split at its question mark, related list, Inc. before All rights reserved)",
    "Indian government press release on the national press-release portal, a Union Minister opens a desalination plant (portal name, government and ministry lines, headline and two highlight lines, Posted On: with 5:42PM, Shri and R.K. initials, (MLD), lakh and crore, the release's own figures, said that, the Minister said, urged, Smt. and Thiru dropped, a relative clause carrying a figure, thanked, features heading with bullets, according to the implementing agency, Officials said with a plan, attendance sentence, ***, initials slug, Release ID and Visitor Counter glued, language line, social line, portal footer)",
    "Dutch English-language news site's Q&A interview with a water-board chair on a 14% levy rise (masthead with tagline, menu, crumb, quoted headline attributed by a colon, standfirst with a figure and explains why, byline, date line with 24-hour time and read time, share line with dots, caption with a plan and photo credit, the site's own introduction with figures and scene, translation note, bold questions and answers pasted without prefixes, the interviewer's statements of fact, a cited farmer and critics, answers mixing figures, decisions, forecasts and feelings, KNMI scenarios, a bare confirmation, the information evening at 19:30, read-more list, membership lines, B.V. and KvK footer)",
    "US cable network's transcript page, a chemical terminal fire and a lifted shelter-in-place order in Louisiana (network logo, transcripts crumb, show name, segment-title line ending Aired 8-9p ET, air line, rush-transcript notice in capitals, time codes, anchor and correspondent prefixes with titles, the broadcaster's own facts with 3:15 p.m. and 1 a.m. Tuesday, many residents say, tosses, tape cues, voice-over, a parish president's prefix with ST., a resident's prefix, reported speech inside a correspondent's turn, the operator's statement and the company said, state records show, did not respond to our questions, a guest with DR. in the prefix, surname prefixes, crosstalk, thanks, tease, commercial break, licensing line in capitals, copyright and footer)",
    "Australian news outlet's morning email newsletter opened in webmail and pasted from the browser (app name, search, compose, folder count, category line, subject line, label chip, sender with Unsubscribe, time with icons, to me, images notice, view-in-browser line, masthead, date line, greeting, capitals section labels, a question item heading, 2.30pm AEDT mid-sentence and a market-implied chance, a bank's forecast of record, an editor thinks, ABS figures via according to, Builders say, read-more arrows, advertisement with a disclaimer, news bullets with police said, a weather warning, cricket and tennis results with 6-3, 7-5, weather strip, a quirky item with the writer's aside, sign-off, forward and sign-up lines, receiving notice, preferences strip, Pty Ltd address and ABN, reply-forward bar)",
    "New Zealand news site's explainer on a council-owned water company and new water charges (masthead, Kia ora sign-in strip, menu with a te reo label, EXPLAINER kicker, framing headline, standfirst with a date and Here's what changes, byline, Local Democracy Reporter role line, 5:00am date line, read time, share line, caption with a figure and Photo / credit, question subheads, the council's vote and estimate, the writer's one-line answers, according to the consultation document, a lead-in ending in a colon, charge bullets with $ and cubic metres, the writer's arithmetic with $4.23, a published price path forecasts, the council says mid-sentence, a chief executive's date, a councillor's opinion with says, a ratepayers' group, consultation dates with 5pm to 7pm ending a sentence, submission line with a PO Box, reporting-scheme line, read-more list, newsletter line, Ltd footer without a stop)",
    "Philippine news site's fact check of a viral post promising cash aid to senior citizens (masthead in capitals, menu, FACT CHECK kicker, verdict headline, byline with Ma., published and updated lines with PM and AM, share line, CLAIM: line naming the page with says, RATING: line, capitals subheads, share and comment counts, the checkers' method, the agency's advisory with the agency said, a reverse image search, the pension rule and enrolment via according to, a may, a Tagalog quote with its translation in brackets before said Name, 74, of Barangay ..., Bulacan., a welfare officer's count and quote, the page's record, BOTTOM LINE, verdict sentence and restated figures, sources list, tip line split at its question mark, rating key, network line, Corp. before All rights reserved)",
    "English national paper's opinion column on a county council axing rural bus routes (masthead, log-in strip, menu, crumb, opinion headline, standfirst of a council's claimed saving and a final sentence without a stop, byline, date line with 06.00 GMT, share and comments line, 7.42 as a time, scene with counts, one of them said, the council's plan and figures, the columnist's figures and arithmetic against her judgements, told me inside a relative clause, Kellsworth College says, Some will ... forecasts, a rhetorical question, a study found, Cllr dropped with told me and figures, the columnist's verdict on them, a subsidy comparison, a neighbouring council's record, a relative clause carrying £1bn, the consultation date, advice, bio, letters line, most-viewed list, Ltd. before Registered in England No.)",
    "Irish national paper's obituary of a public health nurse who founded a rural hospice (masthead, sign-in strip, menu, section label, headline, summary standfirst without a stop, date line, gift and share line, caption with a year and Photograph: credit, the life's dates and facts, reputation, née, May 9th, 1937, a district in square miles, Colleagues recalled, told this newspaper, a raffle and a petition, opening and present size of the hospice, council elections, a councillor's partial quote and anecdote, an honorary doctorate, survivors, the closing born-died line with a semicolon, more-obituaries list, newsletter line, DAC footer)",
    "Kenyan daily's court report, a former county finance chief jailed over a ghost-worker payroll fraud (masthead in capitals, date and e-paper strip, menu, crumb, headline with Sh84m, Court finds standfirst, byline, date line with read time, share line, caption and bracketed photo credit, Sh84.3 million, the magistrate's sentence, fine and order without a speaker, Mr without a stop, the counts after a colon, The court heard, EACC investigators, the audit and the trial, the magistrate said in her judgment with a finding and its moral, prosecution and defence asks with roles dropped, an appeal announced and the lawyer's contention, scene in court, acquittals, the commission's statement, a civil suit and a hearing date, READ ALSO:, a county secretary's record and pledge, tags, newsletter lines, Ltd. before All rights reserved)",
    "South African sports site's football match report with line-ups (masthead in capitals, menu with betting tips, full-time score ticker, crumb, headline, coach says standfirst, byline, date line with 24-hour time, share line, caption and bracketed photo credit, result line with scorers and pen, Half-time: 1-0, the match's record, scene mixed with a stat, a disallowed goal, a penalty and Replays suggested, a coach's feelings over two sentences and his stated intention to act, the other coach's judgement and quotes, last week's result, the scorer's tally, (kick-off 19:30) mid-sentence, stats heading and rows, Line-ups heading, line-ups and subs with semicolons, referee, attendance, man of the match, related list, comments line, (Pty) Ltd. before All rights reserved, the three-sentence gambling notice)",
    "Pan-African news agency's own page carrying a writethru on Ghana raising the cocoa farmgate price (masthead, menu, crumb, UPDATE 2- headline, two-name byline, date line with PM GMT and updated age, read time, the (Adds ...) note, Summary heading with shorthand bullets two of which name their source, ACCRA, March 12 (Abusua) - dateline, the board said with cedis and dollars, a chief executive's rhetoric with told reporters and his regulator's estimate, causes of the fall, a published production forecast, a farmers' group welcomed and its general secretary's comparison, the finance ministry's funding, an analyst's forecast and quote with referring to, futures by 1530 GMT. ending a sentence, according to COCOBOD, credits line with semicolons, standards and licensing lines, read-next list, price chip, delay notice, copyright)",
]

ARTICLES = [
    [  # 1. Canadian city daily's live blog: an ice storm, outages and a state of emergency (time stamps, entry bylines, a correction entry)
        [("The Glenhardie Sentinel", "", "", "B")],
        [("Subscribe | Sign In", "", "", "B")],
        [("Local   Ottawa Valley   Canada   World   Opinion   Sports   Obituaries   ePaper", "", "", "B")],
        [("LIVE UPDATES", "", "", "B")],
        [("Ice storm live updates: More than 84,000 without power in eastern Ontario as freezing rain keeps falling", "", "", "W")],
        [("Glenhardie declares a state of emergency; line crews from Quebec and Manitoba due Thursday", "", "", "W")],
        [("Sentinel staff", "", "", "B")],
        [("Last updated 2:47 p.m. EST Wednesday, Jan. 21, 2026", "", "", "B")],
        [("Jump to:  Outages  |  Schools  |  Warming centres  |  Roads  |  Send us your photos", "", "", "B")],
        [("The key points", "", "", "")],
        [("• Norvalle Power reports 84,112 customers without power as of 2:30 p.m.", "Norvalle Power", "reports", "W")],
        [("• Glenhardie declared a state of emergency at 12:10 p.m., its first since the spring floods of 2019", "", "", "W")],
        [("• Environment Canada's freezing rain warning remains in effect until Thursday morning", "", "", "W")],
        [("2:41 p.m.", "", "", "B")],
        [("Outages top 84,000", "", "", "W")],
        [("The number of Norvalle Power customers without electricity has passed 84,000, according to the utility's outage map, up from about 61,000 at noon.", "the utility's outage map", "according to", "W")],
        [("Utility spokesperson Ysolde Bertrandeau said crews were dealing with “one broken pole after another” on rural lines west of the city and could not yet give restoration times.", "Ysolde Bertrandeau", "said", "W"),
         ("“If you're without power now, plan to be without it tonight,” she said.", "Ysolde Bertrandeau", "said", "")],
        [("— Aurelien Kovacevic-Straub", "", "", "B")],
        [("2:20 p.m.", "", "", "B")],
        [("Line crews from Quebec and Manitoba on the way", "", "", "W")],
        [("Norvalle Power says 160 line workers from utilities in Quebec and Manitoba are due in Glenhardie by Thursday morning.", "Norvalle Power", "says", "W"),
         ("The utility has about 240 of its own line workers and contractors in the field, it said.", "Norvalle Power", "said", "W")],
        [("— Aurelien Kovacevic-Straub", "", "", "B")],
        [("1:55 p.m.", "", "", "B")],
        [("Reader photo: A white birch bent to the ground under the weight of ice on Greyholt Lane in Ashburnie.", "", "", ""),
         ("(Submitted by Hana Szegvari)", "", "", "B")],
        [("Send your storm photos to photos@glenhardiesentinel.ca.", "", "", "B")],
        [("1:30 p.m.", "", "", "B")],
        [("Three warming centres open in the city", "", "", "W")],
        [("The city has opened warming centres at the Fenwarren Road Community Centre, the Kelvale branch library and Ashburnie Arena, all open until 10 p.m.", "", "", "W"),
         ("Pets on leashes are welcome at all three, a city spokesperson said.", "a city spokesperson", "said", "")],
        [("Anyone who needs a ride to a centre can call 311.", "", "", "B")],
        [("— Priyanka Wójcikowska", "", "", "B")],
        [("12:50 p.m.", "", "", "B")],
        [("Schools closed in two boards, buses cancelled in a third", "", "", "W")],
        [("All schools in the Upper Valley District School Board and the Glenhardie Catholic District School Board are closed today, and all buses are cancelled in the Quenneby Hills District School Board, where schools remain open.", "", "", "W"),
         ("The boards said they would announce by 6 a.m. Thursday whether classes will go ahead.", "The boards", "said", "W")],
        [("— Priyanka Wójcikowska", "", "", "B")],
        [("12:15 p.m.", "", "", "B")],
        [("Key update", "", "", "B")],
        [("Glenhardie declares state of emergency", "", "", "W")],
        [("Mayor Bernadette Kilbannon-Ruest declared a state of emergency at 12:10 p.m., saying the storm had overwhelmed the city's road and forestry crews.", "Bernadette Kilbannon-Ruest", "saying", "W"),
         ("The declaration lets the city spend money without a council vote and ask the province for help.", "", "", "W")],
        [("“This is not a one-day storm,” Kilbannon-Ruest told reporters at city hall.", "Bernadette Kilbannon-Ruest", "told reporters", ""),
         ("“We are planning for several days of cleanup, and I'm asking everyone to check on their neighbours.”", "Bernadette Kilbannon-Ruest", "told reporters", "")],
        [("The city's last state of emergency was declared during the spring floods of 2019 and lasted 41 days.", "", "", "W")],
        [("— Priyanka Wójcikowska", "", "", "B")],
        [("11:40 a.m.", "", "", "B")],
        [("County Road 12 closed west of Glenhardie", "", "", "W")],
        [("Ontario Provincial Police have closed County Road 12 between Glenhardie and Arnsworth after at least nine collisions since 7 a.m.", "", "", "W"),
         ("A tractor-trailer is still in the ditch near the Arnsworth turnoff, OPP Sgt. Dariusz Wolanczyk said in a post on X.", "Dariusz Wolanczyk", "said in a post on X", "W")],
        [("“Stay home if you can,” he wrote.", "Dariusz Wolanczyk", "wrote", "")],
        [("Environment Canada's freezing rain warning remains in effect for Glenhardie and the surrounding county.", "", "", "W"),
         ("Forecasters expect another 10 to 15 mm of ice before the rain changes to snow overnight.", "Forecasters", "expect", "")],
        [("— Aurelien Kovacevic-Straub", "", "", "B")],
        [("10:55 a.m.", "", "", "B")],
        [("Correction: An earlier post in this blog gave the number of customers without power at 9 a.m. as 48,000.", "", "", "W"),
         ("The correct figure was 41,800, according to Norvalle Power.", "Norvalle Power", "according to", "W")],
        [("10:20 a.m.", "", "", "B")],
        [("Good morning and welcome to our live coverage of the ice storm.", "", "", "B"),
         ("Freezing rain began falling across the Ottawa Valley at about 3 a.m. and has coated trees, power lines and roads with up to 20 mm of ice.", "", "", "W")],
        [("— Priyanka Wójcikowska", "", "", "B")],
        [("Power outage?", "", "", "B"),
         ("Report it to Norvalle Power at 1-888-555-0142 or online.", "", "", "B")],
        [("Related", "", "", "B")],
        [("What to do if your pipes freeze", "", "", "B")],
        [("© 2026 The Glenhardie Sentinel, a division of Corbray Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. Indian government press release on the national press-release portal: a desalination plant opened by a Union Minister (Shri, Smt., Thiru, initials, lakh and crore)
        [("Press Information Bureau", "", "", "B")],
        [("Government of India", "", "", "B")],
        [("Ministry of Jal Shakti", "", "", "B")],
        [("Union Minister of Jal Shakti inaugurates 312 MLD seawater desalination plant at Thirunelvayal in Tamil Nadu", "", "", "W")],
        [("Plant to supply drinking water to 9.4 lakh people in 46 villages and two towns of Ramanathapuram district", "", "", "W")],
        [("Built at a cost of ₹1,284 crore under the Coastal Drinking Water Security Mission", "", "", "W")],
        [("Posted On: 12 MAR 2026 5:42PM by PIB Chennai", "", "", "B")],
        [("The Union Minister of Jal Shakti, Shri R.K. Thiruvenkadasamy, today inaugurated a 312 million litres per day (MLD) seawater desalination plant at Thirunelvayal in Ramanathapuram district of Tamil Nadu.", "", "", "W"),
         ("The plant, built at a cost of ₹1,284 crore, will supply drinking water to about 9.4 lakh people in 46 villages and the towns of Keezhavalli and Periyakottai.", "", "", "W")],
        [("The project was sanctioned in March 2021 under the Coastal Drinking Water Security Mission, with the Centre bearing 60 per cent of the cost and the State Government 40 per cent.", "", "", "W"),
         ("Shri Thiruvenkadasamy also laid the foundation stone for a second plant of 150 MLD at Sembadaiyur, to be completed by March 2029.", "", "", "W")],
        [("Speaking on the occasion, Shri Thiruvenkadasamy said that the plant is the largest seawater desalination facility commissioned by the Government of India so far.", "R.K. Thiruvenkadasamy", "said", "W"),
         ("He said that groundwater in 31 of the 46 villages had become unfit for drinking because of salinity, and that women in the area walked an average of 2.6 km a day to fetch water.", "R.K. Thiruvenkadasamy", "said", "W"),
         ("“Today, that burden ends,” the Minister said.", "R.K. Thiruvenkadasamy", "said", "")],
        [("He said that under the National Rural Tap Water Mission, 14.6 crore rural households in the country now have tap water connections, up from 3.9 crore in 2019.", "R.K. Thiruvenkadasamy", "said", "W"),
         ("The Minister urged the State Government to ensure that water from the plant is supplied for at least six hours a day in every village.", "R.K. Thiruvenkadasamy", "urged", "")],
        [("The Minister of State for Jal Shakti, Smt. Kavitha Ramalingam-Desai, said that the plant would end the district's dependence on tanker supply, which cost the State ₹46 crore in 2024-25.", "Kavitha Ramalingam-Desai", "said", "W"),
         ("She said that 1,140 local workers had been employed during the construction phase.", "Kavitha Ramalingam-Desai", "said", "W")],
        [("Tamil Nadu's Minister for Rural Development, Thiru P. Senthamizhselvan, who joined the event virtually from Chennai, thanked the Union Government for its support.", "P. Senthamizhselvan", "thanked", ""),
         ("He said that the State would take over the operation of the plant after a five-year operation and maintenance period by the contractor.", "P. Senthamizhselvan", "said", "W")],
        [("Key features of the plant:", "", "", "B")],
        [("• Capacity of 312 MLD, in three units of 104 MLD each", "", "", "W")],
        [("• Reverse osmosis technology with energy recovery devices", "", "", "W")],
        [("• Seawater intake through a 1.9 km offshore pipeline", "", "", "W")],
        [("• Power requirement of 38 MW, of which 11 MW will come from a dedicated solar park", "", "", "W")],
        [("• Treated water stored in 14 overhead tanks and distributed through 612 km of pipelines", "", "", "W")],
        [("The treated water meets the IS 10500 standard for drinking water, with total dissolved solids below 500 mg per litre, according to the implementing agency, the Tamil Nadu Water Supply and Drainage Board.", "the Tamil Nadu Water Supply and Drainage Board", "according to", "W")],
        [("The brine from the plant will be diluted and released through a diffuser 1.2 km offshore, in line with the conditions of the Coastal Regulation Zone clearance granted in 2022.", "", "", "W"),
         ("Officials said that marine monitoring at six points around the outfall would be carried out every quarter and the results published.", "Officials", "said", "W")],
        [("Members of Parliament, Members of the Legislative Assembly, senior officers of the Ministry and the State Government and residents of the area were present on the occasion.", "", "", "")],
        [("***", "", "", "B")],
        [("SK/RM/PS", "", "", "B")],
        [("(Release ID: 2104417) Visitor Counter : 1246", "", "", "B")],
        [("Read this release in: Tamil , Hindi", "", "", "B")],
        [("Follow us on social media:   X   Facebook   Instagram   YouTube", "", "", "B")],
        [("About Us   Contact Us   Help   Website Policies   Sitemap", "", "", "B")],
        [("Content on this website is published and managed by the Press Information Bureau, Government of India.", "", "", "B"),
         ("For any query regarding this website, please contact the Web Information Manager.", "", "", "B")],
    ],
    [  # 3. Dutch English-language news site's Q&A interview with a water-board chair (questions in bold pasted without prefixes, answers without prefixes)
        [("POLDER DAILY · English news from the Netherlands", "", "", "B")],
        [("News   Politics   Housing   Climate   Expat life   Opinion   Jobs   Events", "", "", "B")],
        [("Climate › Interview", "", "", "B")],
        [("‘We cannot pump our way out of this forever’: the dike-warden behind a 14% water tax rise", "Wilhelmina Terpstra-Oudshoorn", "", "")],
        [("The Hoogmeer en Vliet water board will raise its levy by 14% next year, the biggest rise in its 82-year history.", "", "", "W"),
         ("Its chair, Wilhelmina Terpstra-Oudshoorn, explains why.", "Wilhelmina Terpstra-Oudshoorn", "explains", "")],
        [("By Femke Oldenzijl", "", "", "B")],
        [("12 March 2026 · 07:30 · 7 min read", "", "", "B")],
        [("Share: Facebook · LinkedIn · Bluesky · Email", "", "", "B")],
        [("Wilhelmina Terpstra-Oudshoorn on the dike at Vlietsloot, where work on a 3.2-kilometre section starts in May.", "", "", "W"),
         ("Photo: Daan Reijnierse / Polder Daily", "", "", "B")],
        [("The Hoogmeer en Vliet water board looks after 412 kilometres of dikes and 96 pumping stations in a part of South Holland where two-thirds of the land lies below sea level.", "", "", "W"),
         ("Its general assembly voted 19 to 11 last month to raise the water board tax by 14% in 2027, which for an average household means about €58 a year more.", "", "", "W")],
        [("Terpstra-Oudshoorn, 58, a former civil engineer, has chaired the board since 2019.", "", "", "W"),
         ("We spoke to her at the board's offices in Vlietsloot, upstairs from a meeting room where farmers had been complaining about the rise an hour earlier.", "", "", "")],
        [("This interview was conducted in Dutch and has been translated and edited for length and clarity.", "", "", "B")],
        [("Fourteen per cent is a lot.", "", "", ""),
         ("Why so much, and why now?", "", "", "")],
        [("Because the bill for 30 years of putting things off has arrived.", "Wilhelmina Terpstra-Oudshoorn", "", ""),
         ("Our pumping stations were built in the 1960s and 1970s, and 41 of them need to be replaced or rebuilt within ten years.", "Wilhelmina Terpstra-Oudshoorn", "", "W"),
         ("Each one costs between €2 million and €9 million.", "Wilhelmina Terpstra-Oudshoorn", "", "W"),
         ("Our energy bill for pumping doubled between 2021 and 2024, and it has not come back down.", "Wilhelmina Terpstra-Oudshoorn", "", "W")],
        [("The national flood protection programme pays 90% of the cost of reinforcing dikes.", "", "", "W"),
         ("So why do your residents pay so much?", "", "", "")],
        [("For the primary dikes, the big ones along the rivers, that's right.", "Wilhelmina Terpstra-Oudshoorn", "", "W"),
         ("But we also have 340 kilometres of regional dikes that are entirely our own responsibility, plus the pumps, plus the water quality work.", "Wilhelmina Terpstra-Oudshoorn", "", "W"),
         ("Nobody in The Hague pays for those.", "Wilhelmina Terpstra-Oudshoorn", "", "W")],
        [("Farmers in the assembly voted against the rise.", "", "", "W"),
         ("One of them told me the board is punishing the people who produce the country's food.", "One of them", "told me", ""),
         ("What do you say to that?", "", "", "")],
        [("I understand the anger.", "Wilhelmina Terpstra-Oudshoorn", "", ""),
         ("Farmers pay the levy on every hectare, and for a dairy farm of 80 hectares the rise comes to about €1,900 a year.", "Wilhelmina Terpstra-Oudshoorn", "", "W"),
         ("That is real money with milk prices where they are.", "Wilhelmina Terpstra-Oudshoorn", "", ""),
         ("But the alternative is that in 20 years their land is wet half the year.", "Wilhelmina Terpstra-Oudshoorn", "", "")],
        [("Could you not have spread the rise over several years?", "", "", "")],
        [("We looked at that.", "Wilhelmina Terpstra-Oudshoorn", "", ""),
         ("Spreading it over four years would have cost about €11 million extra in interest, because we would have had to borrow more in the meantime.", "Wilhelmina Terpstra-Oudshoorn", "", "W"),
         ("The assembly chose to do it in one go.", "Wilhelmina Terpstra-Oudshoorn", "", "W")],
        [("Critics say the board spends too much on itself.", "Critics", "say", ""),
         ("Your new offices cost €23 million.", "", "", "W")],
        [("They cost €23.4 million, and they replaced three buildings we were renting for €1.6 million a year.", "Wilhelmina Terpstra-Oudshoorn", "", "W"),
         ("By 2040 the building will have paid for itself.", "Wilhelmina Terpstra-Oudshoorn", "", "")],
        [("How much higher will the sea be by the end of the century?", "", "", "")],
        [("The KNMI scenarios give a range of about 30 centimetres to more than a metre by 2100, depending on emissions.", "Wilhelmina Terpstra-Oudshoorn", "", "W"),
         ("We plan for the high end.", "Wilhelmina Terpstra-Oudshoorn", "", "W"),
         ("I would rather explain to people why we spent too much than why their street is under water.", "Wilhelmina Terpstra-Oudshoorn", "", "")],
        [("Will there be another rise next year?", "", "", "")],
        [("I can't promise there won't be.", "Wilhelmina Terpstra-Oudshoorn", "", ""),
         ("The plan we adopted assumes increases of 3% a year after 2027, in line with inflation.", "Wilhelmina Terpstra-Oudshoorn", "", "W")],
        [("Do you ever worry that the dikes won't hold?", "", "", "")],
        [("Every winter.", "Wilhelmina Terpstra-Oudshoorn", "", ""),
         ("In January 2024 a stretch of dike near Kraaiendam became saturated, and we had 30 people on it day and night for five days.", "Wilhelmina Terpstra-Oudshoorn", "", "W"),
         ("It held.", "Wilhelmina Terpstra-Oudshoorn", "", "W"),
         ("That's the job.", "Wilhelmina Terpstra-Oudshoorn", "", "")],
        [("The water board will hold an information evening on the tax rise at the village hall in Vlietsloot on 2 April at 19:30.", "", "", "W")],
        [("Read more", "", "", "B")],
        [("Dutch water boards explained: who they are and why you pay them", "", "", "B")],
        [("Farmers block provincial road in protest at manure rules", "", "", "B")],
        [("Polder Daily is reader-funded.", "", "", "B"),
         ("Become a member from €5 a month.", "", "", "B")],
        [("© 2026 Polder Daily B.V. | KvK 81234567 | Privacy | Cookies", "", "", "B")],
    ],
    [  # 4. US cable network's transcript page: a chemical terminal fire in Louisiana (rush-transcript notice, time codes, name-and-title prefixes, tape cues, crosstalk, commercial break)
        [("MNN", "", "", "B")],
        [("Transcripts", "", "", "B")],
        [("Return to Transcripts main page", "", "", "B")],
        [("MNN TONIGHT WITH DESMOND ABERNATHE", "", "", "B")],
        [("Shelter-In-Place Order Lifted After 30-Hour Chemical Fire In Louisiana; Senate Passes Stopgap Spending Bill.", "", "", "B"),
         ("Aired 8-9p ET", "", "", "B")],
        [("Aired March 12, 2026 - 20:00   ET", "", "", "B")],
        [("THIS IS A RUSH TRANSCRIPT.", "", "", "B"),
         ("THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.", "", "", "B")],
        [("[20:00:08]", "", "", "B")],
        [("DESMOND ABERNATHE, MNN ANCHOR: Good evening, and thanks for joining us.", "", "", "B"),
         ("We begin tonight in Port Aubrelle, Louisiana, where a fire at a chemical storage terminal burned for more than 30 hours and forced about 6,000 people to stay indoors with their windows shut.", "", "", "W")],
        [("That order was lifted just a few hours ago.", "", "", "W"),
         ("But many residents say they are still not sure the air is safe.", "many residents", "say", "")],
        [("MNN's Marisela Zapien is in Port Aubrelle tonight.", "", "", ""),
         ("Marisela, what are officials telling people there?", "", "", "")],
        [("MARISELA ZAPIEN, MNN CORRESPONDENT: Desmond, the parish lifted the shelter-in-place order at 3:15 p.m. local time, after air monitors around the terminal showed no readings above federal screening levels for six straight hours.", "", "", "W")],
        [("The fire started just after 1 a.m. Tuesday in a tank holding about 2.1 million gallons of a solvent called toluene.", "", "", "W"),
         ("It spread to two neighboring tanks before firefighters, with help from an industrial foam team flown in from Texas, put it out at about 8:40 this morning.", "", "", "W")],
        [("(BEGIN VIDEOTAPE)", "", "", "B")],
        [("ZAPIEN (voice-over): At its height, the plume of black smoke could be seen from 40 miles away.", "", "", "W"),
         ("Schools across the parish closed.", "", "", "W"),
         ("So did a 12-mile stretch of the highway along the river.", "", "", "W")],
        [("CLAUDETTE RIVET-BOUDREAUX, ST. FAUSTIN PARISH PRESIDENT: The air monitoring data is clear.", "Claudette Rivet-Boudreaux", "CLAUDETTE RIVET-BOUDREAUX, ST. FAUSTIN PARISH PRESIDENT:", "W"),
         ("We would not have lifted the order if we had any doubt.", "Claudette Rivet-Boudreaux", "CLAUDETTE RIVET-BOUDREAUX, ST. FAUSTIN PARISH PRESIDENT:", "")],
        [("ZAPIEN (voice-over): But three blocks from the terminal fence, Loretta Thibeaux-Batiste says her eyes are still burning.", "Loretta Thibeaux-Batiste", "says", "")],
        [("LORETTA THIBEAUX-BATISTE, PORT AUBRELLE RESIDENT: I've lived here 44 years.", "Loretta Thibeaux-Batiste", "LORETTA THIBEAUX-BATISTE, PORT AUBRELLE RESIDENT:", ""),
         ("This is the third fire at that place since I've been here, and every time they tell us it's fine.", "Loretta Thibeaux-Batiste", "LORETTA THIBEAUX-BATISTE, PORT AUBRELLE RESIDENT:", "W"),
         ("How is it fine when my grandbaby is coughing all night?", "Loretta Thibeaux-Batiste", "LORETTA THIBEAUX-BATISTE, PORT AUBRELLE RESIDENT:", "")],
        [("(END VIDEOTAPE)", "", "", "B")],
        [("ZAPIEN: The terminal's operator, Gulfreach Storage Partners, said in a statement tonight that the cause of the fire is under investigation and that none of its employees were hurt.", "Gulfreach Storage Partners", "said in a statement", "W"),
         ("The company said it would pay for hotel rooms for residents living within a mile of the site through Sunday.", "The company", "said", "W")],
        [("State records show the terminal was cited for 14 air-permit violations between 2021 and 2025 and paid $312,000 in penalties.", "State records", "show", "W"),
         ("Gulfreach did not respond to our questions about those violations.", "Gulfreach", "did not respond to our questions", "")],
        [("Desmond?", "", "", "")],
        [("ABERNATHE: Marisela, thank you.", "", "", "B")],
        [("Joining me now is Dr. Anjali Vorsterman, an environmental toxicologist at Tennaway State University.", "", "", "")],
        [("Doctor, the parish says the air is safe.", "the parish", "says", "W"),
         ("Should people believe that?", "", "", "")],
        [("DR. ANJALI VORSTERMAN, ENVIRONMENTAL TOXICOLOGIST, TENNAWAY STATE UNIVERSITY: I think the monitoring they've described is reasonable, as far as it goes.", "Anjali Vorsterman", "DR. ANJALI VORSTERMAN, ENVIRONMENTAL TOXICOLOGIST, TENNAWAY STATE UNIVERSITY:", ""),
         ("Toluene breaks down fairly quickly in the air, usually within a few days.", "Anjali Vorsterman", "DR. ANJALI VORSTERMAN, ENVIRONMENTAL TOXICOLOGIST, TENNAWAY STATE UNIVERSITY:", "W"),
         ("What I would want to know is what else was in those tanks, and what came down on people's yards and gardens with the soot.", "Anjali Vorsterman", "DR. ANJALI VORSTERMAN, ENVIRONMENTAL TOXICOLOGIST, TENNAWAY STATE UNIVERSITY:", "")],
        [("ABERNATHE: The company hasn't released a full list of what was stored there.", "", "", "W")],
        [("VORSTERMAN: And until it does, I'd tell people not to eat vegetables from their gardens and to wipe down outdoor furniture with gloves on.", "Anjali Vorsterman", "VORSTERMAN:", "")],
        [("(CROSSTALK)", "", "", "B")],
        [("ABERNATHE: Sorry, go ahead.", "", "", "")],
        [("VORSTERMAN: I was only going to say that the people who live along that fence line have been through this before.", "Anjali Vorsterman", "VORSTERMAN:", "")],
        [("ABERNATHE: Dr. Vorsterman, thank you.", "", "", "B")],
        [("VORSTERMAN: Thank you.", "", "", "B")],
        [("ABERNATHE: Coming up, the Senate passes a stopgap spending bill just hours before a shutdown deadline.", "", "", "B"),
         ("We'll be right back.", "", "", "B")],
        [("(COMMERCIAL BREAK)", "", "", "B")],
        [("[20:14:37]", "", "", "B")],
        [("TO LICENSE VIDEO FROM THIS PROGRAM OR TO ORDER A COPY OF THIS TRANSCRIPT, CONTACT MNN RIGHTS AND CLEARANCES AT 1-800-555-0177.", "", "", "B")],
        [("© 2026 Merrowgate National News.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
        [("Terms of Use | Privacy Policy | Ad Choices | Accessibility", "", "", "B")],
    ],
    [  # 5. Australian news outlet's morning email newsletter opened in a webmail inbox and pasted from the browser (webmail chrome around the digest)
        [("Gmail", "", "", "B")],
        [("Search mail", "", "", "B")],
        [("Compose", "", "", "B")],
        [("Inbox   3,417", "", "", "B")],
        [("Starred   Snoozed   Sent   Drafts   Categories   More", "", "", "B")],
        [("Your Tuesday briefing: Rates call at 2.30pm, home approvals slump, and a rescue in the Kimberley", "", "", "B")],
        [("Inbox ×", "", "", "B")],
        [("The Paperbark Post <briefing@paperbarkpost.com.au>   Unsubscribe", "", "", "B")],
        [("6:04 AM (3 hours ago)   ☆   ↩   ⋮", "", "", "B")],
        [("to me ▾", "", "", "B")],
        [("Images are not displayed.", "", "", "B"),
         ("Display images below - Always display images from briefing@paperbarkpost.com.au", "", "", "B")],
        [("View this email in your browser", "", "", "B")],
        [("THE PAPERBARK POST", "", "", "B")],
        [("Morning Briefing  |  Tuesday 3 March 2026", "", "", "B")],
        [("Good morning.", "", "", "B"),
         ("Here's what you need to know to start your day.", "", "", "B")],
        [("THE BIG ONE", "", "", "B")],
        [("Rates: will the Reserve Bank move today?", "", "", "")],
        [("The Reserve Bank board hands down its decision at 2.30pm AEDT, and markets are pricing in about a one-in-three chance of a 25-basis-point cut.", "", "", "W"),
         ("The cash rate has been at 3.60 per cent since August.", "", "", "W")],
        [("Of the four major banks, only Kurrajong Bank is forecasting a cut today.", "", "", "W"),
         ("Our economics editor, Hamish Fergusson-Lale, thinks the board will wait for next month's jobs figures.", "Hamish Fergusson-Lale", "thinks", "")],
        [("Read the full story →", "", "", "B")],
        [("Home approvals slump to a 13-year low", "", "", "W")],
        [("The number of new homes approved for construction fell 9.4 per cent in January to 11,980, the lowest monthly figure since 2013, according to the Australian Bureau of Statistics.", "the Australian Bureau of Statistics", "according to", "W"),
         ("Approvals for apartments fell 21 per cent, while those for detached houses were flat.", "", "", "W")],
        [("Builders say the government's housing target is slipping further out of reach.", "Builders", "say", "")],
        [("Read the full story →", "", "", "B")],
        [("— ADVERTISEMENT —", "", "", "B")],
        [("Switch your super in five minutes with Bilbarra Super.", "", "", "B"),
         ("Past performance is not a reliable indicator of future performance.", "", "", "B")],
        [("IN OTHER NEWS", "", "", "B")],
        [("• A 71-year-old man from Perth was found alive on Monday after four days stranded on the Wanbarrin Track in the Kimberley, police said.", "police", "said", "W"),
         ("His car broke down 140km from the nearest town.", "", "", "W")],
        [("• Victoria's upper house passed a bill overnight capping levies on short-stay rentals at 7.5 per cent.", "", "", "W")],
        [("• Shares in miner Yellowgum Resources fell 18 per cent after it wrote down the value of its lithium project by $640 million.", "", "", "W")],
        [("• The Bureau of Meteorology has issued a severe weather warning for heavy rain on the NSW Mid North Coast.", "", "", "W")],
        [("Read all today's news →", "", "", "B")],
        [("SPORT", "", "", "B")],
        [("Cricket: Tasmania beat South Australia by 47 runs in Hobart to reach the one-day final.", "", "", "W")],
        [("Tennis: Adelaide's Jasmin Pellissard-Quach reached the quarter-finals in Dubai with a 6-3, 7-5 win over the fourth seed.", "", "", "W")],
        [("WEATHER", "", "", "B")],
        [("Sydney 28°   Melbourne 21°   Brisbane 31°   Perth 34°   Adelaide 26°   Hobart 18°   Darwin 33°   Canberra 27°", "", "", "B")],
        [("ONE MORE THING", "", "", "B")],
        [("A volunteer sorting donations at an op shop in Wattlegrove Flat found a silver racing trophy from 1926 in a box of old cutlery.", "", "", "W"),
         ("It sold at auction on Monday for $18,500, which will go to the shop's drought-relief fund.", "", "", "W"),
         ("We'd like to think it was donated on purpose.", "", "", "")],
        [("That's it for today.", "", "", "B"),
         ("See you tomorrow.", "", "", "B")],
        [("— Tamsin Adeyoola, Morning Briefing editor", "", "", "B")],
        [("Forwarded this email?", "", "", "B"),
         ("Sign up here.", "", "", "B")],
        [("You are receiving this email because you subscribed to the Paperbark Post Morning Briefing.", "", "", "B")],
        [("Update your preferences   |   Unsubscribe   |   Privacy", "", "", "B")],
        [("Paperbark Post Media Pty Ltd, Level 9, 44 Marden Street, Sydney NSW 2000", "", "", "B")],
        [("ABN 63 118 447 902", "", "", "B")],
        [("↩ Reply      ↪ Forward      ☺", "", "", "B")],
    ],
    [  # 6. New Zealand news site's explainer on a council-owned water company (question subheads, charge bullets, the writer's arithmetic, a consultation)
        [("Hoiho News", "", "", "B")],
        [("Kia ora   |   Sign in   |   Subscribe", "", "", "B")],
        [("News   Politics   Business   Rural   Climate   Sport   Opinion   Te Ao Māori", "", "", "B")],
        [("EXPLAINER", "", "", "B")],
        [("Your water bill is changing: what Pūwhero's new water company means for you", "", "", "")],
        [("From July 1, water will be billed by a council-owned company, not through your rates.", "", "", "W"),
         ("Here's what changes, and what doesn't.", "", "", "B")],
        [("Anahera Moananui-Lytton", "", "", "B")],
        [("Local Democracy Reporter", "", "", "B")],
        [("5:00am Mon 9 Mar, 2026", "", "", "B")],
        [("5 mins to read", "", "", "B")],
        [("Share this article   Facebook   X   Email   Copy link", "", "", "B")],
        [("The treatment plant at Kaimotu, which will pass to the new company along with 1,140km of pipes.", "", "", "W"),
         ("Photo / Supplied", "", "", "B")],
        [("What's happening?", "", "", "")],
        [("On July 1, Pūwhero District Council will hand its drinking water, wastewater and stormwater networks to a new company it owns outright, Pūwhero Water Ltd.", "", "", "W")],
        [("The change follows the Government's water services reforms, which require every council to show by 2028 that its water services can pay their own way.", "", "", "W"),
         ("The council voted 9-2 for the company model in September, after consulting on three options.", "", "", "W")],
        [("Why not leave it with the council?", "", "", "")],
        [("The main reason is debt.", "", "", "W"),
         ("The council estimates it needs to spend $486 million on pipes and plants over the next decade, and its borrowing is already close to the limit its lenders allow.", "The council", "estimates", "W")],
        [("A separate company can borrow up to five times its annual revenue, compared with about 2.8 times for the council, according to the council's consultation document.", "the council's consultation document", "according to", "W")],
        [("Will I pay more?", "", "", "")],
        [("Almost certainly, yes.", "", "", "")],
        [("The company's draft price path, published last week, sets these charges for 2026/27:", "", "", "")],
        [("• Fixed water supply charge: $742 a year (now $655 in rates)", "", "", "W")],
        [("• Volumetric charge: $2.31 per cubic metre above 200 cubic metres a year", "", "", "W")],
        [("• Wastewater: $968 a year per toilet pan, up to two pans", "", "", "W")],
        [("• Stormwater: stays in general rates for now", "", "", "W")],
        [("For a typical household using 180 cubic metres a year, that works out at about $1,710, up from $1,490 this year, or roughly $4.23 a week more.", "", "", "W"),
         ("The draft price path forecasts rises of 8 to 11 per cent a year until 2030.", "The draft price path", "forecasts", "W")],
        [("Will my rates go down?", "", "", "")],
        [("By about the amount of the current water charges, the council says, though the total rates bill will still rise 6.9 per cent for other reasons.", "the council", "says", "W")],
        [("What about people on tank water or septic tanks?", "", "", "")],
        [("They won't pay the water supply or wastewater charges, because they aren't connected to either network.", "", "", "W"),
         ("About 3,100 rural properties are in that position.", "", "", "W")],
        [("Who runs the company?", "", "", "")],
        [("A board of six directors, appointed by the council for their skills rather than elected.", "", "", "W"),
         ("The council's chief executive, Robyn Haereroa-Marden, says the board will be in place by May.", "Robyn Haereroa-Marden", "says", "W")],
        [("Councillors will set the company's priorities each year in a statement of expectations, but will not be able to set prices.", "", "", "W")],
        [("What do critics say?", "", "", "")],
        [("Councillor Mereana Pōhatu-Greenslade, who voted against the model, says it puts “a company between ratepayers and their own pipes.”", "Mereana Pōhatu-Greenslade", "says", ""),
         ("“Once it's out of the council's hands, you'll never get it back,” she says.", "Mereana Pōhatu-Greenslade", "says", "")],
        [("The ratepayers' group Pūwhero Watchdog says charging per toilet pan is unfair on large families.", "Pūwhero Watchdog", "says", "")],
        [("Can I have my say?", "", "", "")],
        [("The company is consulting on its draft prices until April 17, and will hold a drop-in session at the Kaimotu War Memorial Hall on April 2 from 5pm to 7pm.", "", "", "W"),
         ("Submissions can be made at puwherowater.co.nz/haveyoursay or posted to PO Box 412, Kaimotu 4120.", "", "", "B")],
        [("This story was produced under the Local Democracy Reporting scheme, which is paid for by a public media grant.", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Rates to rise 6.9% in Pūwhero after council adopts annual plan", "", "", "B")],
        [("Boil-water notice lifted in Kaimotu after 11 days", "", "", "B")],
        [("Get the Hoiho Daily newsletter in your inbox every morning.", "", "", "B"),
         ("Sign up", "", "", "B")],
        [("© 2026 Hoiho Media Ltd", "", "", "B")],
    ],
    [  # 7. Philippine news site's fact check of a viral cash-aid post (verdict headline, CLAIM and RATING lines, capitals subheads, a Tagalog quote with its translation, sources list)
        [("PANTALAN NEWS", "", "", "B")],
        [("Nation   Metro   Regions   Business   Fact Check   Sports   Lifestyle   Opinion", "", "", "B")],
        [("FACT CHECK", "", "", "B")],
        [("FALSE: DSWD is not giving ₱5,000 ‘ayuda’ to all senior citizens from April", "", "", "")],
        [("By Ma. Luningning Abellera-Bagsik", "", "", "B")],
        [("Published 4:18 PM, March 11, 2026", "", "", "B")],
        [("Updated 9:02 AM, March 12, 2026", "", "", "B")],
        [("Share:   Facebook   X   Viber   Copy link", "", "", "B")],
        [("CLAIM: The Facebook page Ulat Agad PH says the Department of Social Welfare and Development (DSWD) will give ₱5,000 in cash aid to every senior citizen starting April 1, 2026.", "Ulat Agad PH", "says", "W")],
        [("RATING: FALSE", "", "", "B")],
        [("WHY WE FACT-CHECKED THIS", "", "", "")],
        [("The post, uploaded on March 4, had been shared more than 18,400 times and had drawn 3,100 comments as of Wednesday, March 11.", "", "", "W"),
         ("Many commenters asked where they could register.", "", "", "")],
        [("Several readers sent the post to Tala Check through our tip line.", "", "", "")],
        [("THE FACTS", "", "", "")],
        [("The DSWD has no such program.", "", "", "W")],
        [("In an advisory posted on its official Facebook page on March 8, the agency said it “has not announced any new cash assistance for senior citizens” and urged the public not to share the post.", "the agency", "said", "W")],
        [("The photo used in the post was taken at a DSWD press briefing in 2024, which Tala Check traced through a reverse image search.", "", "", "W")],
        [("Under the social pension program, indigent senior citizens receive ₱1,200 a month, paid every quarter, according to the DSWD's website.", "the DSWD's website", "according to", "W"),
         ("Only about 4.1 million of the country's 9.8 million senior citizens are enrolled, according to agency data.", "agency data", "according to", "W")],
        [("The ₱5,000 figure may have been taken from the one-time birthday cash gift that some local governments give residents who turn 80.", "", "", "")],
        [("The post still caused confusion on the ground.", "", "", "")],
        [("“Akala ko totoo, kaya pumila ako sa munisipyo (I thought it was true, so I lined up at the municipal hall),” said Crisanta Ulanday-Ordoñez, 74, of Barangay Tibagan in Malolos, Bulacan.", "Crisanta Ulanday-Ordoñez", "said", ""),
         ("She said about 60 other senior citizens were in the line that morning.", "Crisanta Ulanday-Ordoñez", "said", "")],
        [("Municipal social welfare officer Rodelio Maglangit said his office turned away more than 200 people on March 9 and 10.", "Rodelio Maglangit", "said", "W"),
         ("“We had to put up a sign at the gate,” he said.", "Rodelio Maglangit", "said", "")],
        [("We sent a message to the page's administrators on March 10 asking where the information came from, but had not received a reply as of posting.", "", "", "")],
        [("The page, created in 2023, has about 212,000 followers and has shared at least three other posts rated false by Tala Check since January.", "", "", "W")],
        [("BOTTOM LINE", "", "", "B")],
        [("The claim is false.", "", "", ""),
         ("The DSWD has not announced any ₱5,000 cash aid for senior citizens, and the social pension remains at ₱1,200 a month for indigent seniors.", "", "", "W")],
        [("SOURCES", "", "", "B")],
        [("DSWD advisory, Facebook, March 8, 2026", "", "", "B")],
        [("DSWD, Social Pension for Indigent Senior Citizens, accessed March 10, 2026", "", "", "B")],
        [("Interview with Rodelio Maglangit, March 10, 2026", "", "", "B")],
        [("Have you seen a suspicious post?", "", "", "B"),
         ("Message Tala Check on Viber at 0917 555 0184 or email talacheck@pantalan.ph.", "", "", "B")],
        [("How we rate claims: FALSE means the claim is inaccurate and has no factual basis.", "", "", "B")],
        [("Tala Check is a verified signatory of the International Fact-Checking Network's Code of Principles.", "", "", "B")],
        [("© 2026 Pantalan Media Corp.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. UK national paper's opinion column on a county council cutting rural buses (the columnist's figures against her judgements, rhetorical questions, told me)
        [("The Lampwick", "", "", "B")],
        [("Subscribe   Log in", "", "", "B")],
        [("News   Politics   Opinion   Business   Money   Sport   Culture   Travel", "", "", "B")],
        [("Opinion › Columnists", "", "", "B")],
        [("Cutting the last bus out of Hollinthwaite is the most expensive saving a council can make", "", "", "")],
        [("Dunwerrick County Council says axing 14 rural routes will save £2.1m a year.", "Dunwerrick County Council", "says", "W"),
         ("The real bill will be paid somewhere else", "", "", "")],
        [("Philippa Marrenby", "", "", "B")],
        [("Tue 10 Mar 2026 06.00 GMT", "", "", "B")],
        [("Share   Comments (214)", "", "", "B")],
        [("The 7.42 from Hollinthwaite to Kellsworth is not much to look at.", "", "", ""),
         ("On a wet Thursday in February I rode it with nine other passengers: four teenagers going to college, a man on his way to a dialysis appointment, and four pensioners.", "", "", "")],
        [("“Anywhere that isn't my front room,” one of them said when I asked where she was going.", "one of them", "said", "")],
        [("Under plans published by Dunwerrick County Council last month, that bus will stop running in June, along with 13 other subsidised rural routes.", "", "", "W"),
         ("The council says the cuts will save £2.1m a year from a transport budget of £18.6m.", "The council", "says", "W")],
        [("It is not hard to see why it wants to.", "", "", ""),
         ("Its funding from central government has fallen by 38% in real terms since 2010, and adult social care now takes 61p of every pound it raises in council tax.", "", "", "W"),
         ("Nobody who has read its budget papers thinks this is a council that wastes money.", "", "", "")],
        [("But a saving is only a saving if the cost does not turn up somewhere else, and this one will.", "", "", "")],
        [("Take the man going to dialysis.", "", "", ""),
         ("Without the bus, he will be entitled to free hospital transport, which the local NHS trust told me costs an average of £74 per return journey.", "", "", "W"),
         ("He goes three times a week.", "", "", ""),
         ("That is more than £11,000 a year for one passenger, on one route, paid from a different budget.", "", "", "W")],
        [("Then there are the teenagers.", "", "", ""),
         ("Kellsworth College says 212 of its students live in villages served only by the routes that are due to be cut.", "Kellsworth College", "says", "W"),
         ("Some will get lifts.", "", "", ""),
         ("Some will drop out.", "", "", "")],
        [("And the pensioners?", "", "", ""),
         ("A 2023 study by the University of Kellingford found that older people who lost a regular bus service made 19% more GP appointments in the following year, mostly for conditions linked to loneliness and inactivity.", "A 2023 study by the University of Kellingford", "found", "W")],
        [("You can argue about the exact numbers.", "", "", ""),
         ("You cannot argue that they are zero.", "", "", "")],
        [("The council's cabinet member for highways, Cllr Rupert Askwell-Tennby, told me the 14 routes carried an average of 4.3 passengers per journey and cost £11.80 per passenger in subsidy.", "Rupert Askwell-Tennby", "told me", "W"),
         ("“We cannot justify that when we are struggling to pay for care,” he said.", "Rupert Askwell-Tennby", "said", "")],
        [("He is right about the figures.", "", "", "W"),
         ("He is wrong about what they mean.", "", "", ""),
         ("The subsidy per passenger on the county's park-and-ride service, which he does not propose to cut, is £6.40.", "", "", "W")],
        [("Is a pensioner in Hollinthwaite worth half as much as a commuter in Kellsworth?", "", "", ""),
         ("Nobody would say so out loud.", "", "", "")],
        [("There are better answers.", "", "", ""),
         ("Neighbouring Tessbury replaced six rural routes with a bookable minibus service in 2024 and cut its subsidy per passenger by a third.", "", "", "W"),
         ("Dunwerrick could try the same.", "", "", ""),
         ("It could also ask the Treasury, which found an extra £1bn for bus services in last autumn's budget, for a share.", "", "", "W")],
        [("What it should not do is pretend that a cost moved is a cost saved.", "", "", "")],
        [("The consultation on the cuts closes on 31 March.", "", "", "W"),
         ("If you live on one of the routes, it is worth five minutes of your time.", "", "", "")],
        [("Philippa Marrenby writes about public services and the places politics forgets.", "", "", "B"),
         ("She was a transport planner for 15 years.", "", "", "B")],
        [("Have your say: letters@thelampwick.co.uk", "", "", "B")],
        [("Most viewed in Opinion", "", "", "B")],
        [("The four-day week is coming whether bosses like it or not", "", "", "B")],
        [("Why I stopped apologising for my regional accent", "", "", "B")],
        [("© 2026 Lampwick Media Group Ltd.", "", "", "B"),
         ("Registered in England No. 04417218.", "", "", "B")],
    ],
    [  # 9. Irish national paper's obituary of a public health nurse who founded a hospice (life dates, née, anecdote, family, the closing born-died line)
        [("The Tullagheen Times", "", "", "B")],
        [("Subscribe   Sign In", "", "", "B")],
        [("News   Sport   Business   Opinion   Life & Style   Culture   Obituaries   Podcasts", "", "", "B")],
        [("Obituaries", "", "", "B")],
        [("Nurse who built a rural hospice from a raffle, a cattle shed and 11,000 signatures", "", "", "W")],
        [("Nóirín Keady was a public health nurse in north Roscommon for 34 years and founded the first hospice in the west outside a city", "", "", "W")],
        [("Sat Mar 7 2026 - 05:00", "", "", "B")],
        [("Gift this article   Share", "", "", "B")],
        [("Nóirín Keady at Cnoc Álainn Hospice in 2012, the year it marked its 25th anniversary.", "", "", "W"),
         ("Photograph: Ultan Mac Giobúin", "", "", "B")],
        [("Nóirín Keady, who has died aged 88, was a public health nurse in north Roscommon for 34 years and the founder of Cnoc Álainn Hospice, the first hospice in the west of Ireland outside a city.", "", "", "W")],
        [("For three decades there was hardly a kitchen between Kilcrevagh and the Shannon that she had not sat in, usually with her coat still on.", "", "", "")],
        [("Born in Drumlosh, near Kilcrevagh, on May 9th, 1937, she was the fourth of seven children of Patrick Ó Laoghóg, a blacksmith, and his wife Bridget (née Cuffaun).", "", "", "W"),
         ("She trained as a nurse at the Brenthollow Infirmary in London, qualified in 1958 and worked in London and Leeds before coming home in 1964 to take up a post as public health nurse based in Kilcrevagh.", "", "", "W")],
        [("Her district covered 260 square miles.", "", "", "W"),
         ("For her first three years she covered it on a motorcycle, until the health board gave her a car in 1967.", "", "", "W")],
        [("She married Tomás Keady, a creamery manager, in 1966.", "", "", "W")],
        [("Colleagues recalled that she kept a hot-water bottle, a bottle of holy water and a bottle of whiskey in the boot, “one for each kind of emergency.”", "Colleagues", "recalled", "")],
        [("The idea for the hospice came in 1983, when she nursed a neighbour, a young father with cancer, through his last weeks at home with no specialist help within 80 miles.", "", "", "W")],
        [("“He deserved better than what we had, and so did his wife,” she told this newspaper in 2012.", "Nóirín Keady", "told this newspaper", "")],
        [("She set up a committee in a parish hall in January 1984, ran a raffle that raised £38,000 and persuaded a local farmer, Michael Joe Clancarrig, to give a former cattle shed and three acres of land.", "", "", "W"),
         ("A petition with 11,000 signatures, delivered to the Department of Health in 1985, secured a grant towards the building.", "", "", "W")],
        [("Cnoc Álainn opened with six beds in October 1987.", "", "", "W"),
         ("It now has 20 beds and a home-care team that looks after about 450 patients a year.", "", "", "W"),
         ("She was its unpaid chairwoman until 2004.", "", "", "W")],
        [("She was elected to Roscommon County Council as an Independent in 1991 and held her seat at two further elections before stepping down in 2004.", "", "", "W"),
         ("In the council chamber she was known for bringing sandwiches to long meetings and for voting against her own supporters when she thought they were wrong.", "", "", "")],
        [("Pádraig Moraghan-Garvan, who sat beside her on the council for 13 years, said she was “the only councillor anyone was afraid of.”", "Pádraig Moraghan-Garvan", "said", ""),
         ("“She'd ask the question nobody wanted asked, and then she'd wait,” he said.", "Pádraig Moraghan-Garvan", "said", "")],
        [("She received an honorary doctorate from the University of Galway in 2009.", "", "", "W")],
        [("Tomás died in 2015.", "", "", "W"),
         ("She is survived by her sons Ciarán and Fergal, her daughter Máiréad, 11 grandchildren, three great-grandchildren, her sister Bríd and her brother Seán.", "", "", "W")],
        [("Nóirín Keady: born May 9th, 1937; died February 27th, 2026", "", "", "W")],
        [("More from Obituaries", "", "", "B")],
        [("Engineer who kept the Shannon ferries running through three recessions", "", "", "B")],
        [("Fiddler whose recordings of Sligo tunes travelled the world", "", "", "B")],
        [("Sign up for the Tullagheen Times morning newsletter.", "", "", "B")],
        [("© 2026 The Tullagheen Times DAC", "", "", "B")],
    ],
    [  # 10. Kenyan daily's court report: a former county finance chief jailed over a ghost-worker payroll fraud (magistrate, counsel, the court heard, Sh amounts, Mr without a stop)
        [("KIFARU DAILY", "", "", "B")],
        [("Sat, Mar 14, 2026   |   E-Paper   |   Subscribe", "", "", "B")],
        [("Home   News   Counties   Politics   Business   Sports   Opinion   Lifestyle   Video", "", "", "B")],
        [("Home › News › Courts", "", "", "B")],
        [("Ex-Kwale finance chief jailed seven years over Sh84m payroll fraud", "", "", "W")],
        [("Court finds Jeremiah Mose Nyamwaro added 312 ghost workers to the county payroll", "the Anti-Corruption Court in Mombasa", "finds", "W")],
        [("By Halima Jeptanui-Wakhisi", "", "", "B")],
        [("March 14th, 2026 · 3 min read", "", "", "B")],
        [("Share   WhatsApp   Facebook   X   Copy link", "", "", "B")],
        [("Former Kwale County finance chief officer Jeremiah Mose Nyamwaro at the Mombasa Law Courts on Friday.", "", "", ""),
         ("[Photo: Baraka Wesonga, Kifaru Daily]", "", "", "B")],
        [("A former finance chief officer of Kwale County has been jailed for seven years after the Anti-Corruption Court in Mombasa found him guilty of adding 312 ghost workers to the county payroll and pocketing Sh84.3 million in their salaries over three years.", "", "", "W")],
        [("Senior Principal Magistrate Grace Wanjeri-Adongo also fined Jeremiah Mose Nyamwaro Sh12 million, or a further two years in jail if he fails to pay.", "", "", "W"),
         ("She ordered him to repay the Sh84.3 million to the county government within 90 days.", "", "", "W")],
        [("Mr Nyamwaro, 51, was convicted on five counts: conspiracy to commit an offence of corruption, abuse of office, fraudulent acquisition of public property, money laundering and forgery.", "", "", "W")],
        [("The court heard that between July 2019 and June 2022, the names of 312 people who had never worked for the county were added to the payroll, and their salaries paid into 41 bank accounts.", "", "", "W"),
         ("Investigators from the Ethics and Anti-Corruption Commission (EACC) traced 29 of the accounts to Mr Nyamwaro's relatives, his driver and a hardware shop in Mwaboza registered in his wife's name.", "", "", "W")],
        [("The case was filed in 2023, after an audit by the Office of the Auditor-General flagged salary payments to 312 staff who had no personnel files.", "", "", "W"),
         ("The trial heard evidence from 27 prosecution witnesses over 19 months.", "", "", "W")],
        [("“The accused was the custodian of the county's payroll and he used that position to enrich himself and his family at the expense of the public,” the magistrate said in her judgment.", "Grace Wanjeri-Adongo", "said in her judgment", "W"),
         ("“The sentence must send a message that public office is a public trust.”", "Grace Wanjeri-Adongo", "said in her judgment", "")],
        [("She said the prosecution had proved its case beyond reasonable doubt, and dismissed the defence's claim that the payroll system had been manipulated by unknown IT staff.", "Grace Wanjeri-Adongo", "said", "W")],
        [("Prosecution counsel Abdallah Mwachiti-Bakari had asked for a custodial sentence without the option of a fine, noting that none of the money had been recovered.", "Abdallah Mwachiti-Bakari", "had asked for", "W")],
        [("Defence lawyer Cyrus Mutembei asked for a non-custodial sentence, telling the court that his client was the sole breadwinner for a family of nine and suffered from hypertension.", "Cyrus Mutembei", "asked for", "W")],
        [("Mr Mutembei told journalists outside court that they would appeal against both the conviction and the sentence.", "Cyrus Mutembei", "told journalists", "W"),
         ("“We believe the trial court erred in relying on bank records obtained without a warrant,” he said.", "Cyrus Mutembei", "said", "")],
        [("Mr Nyamwaro, in a grey suit, showed no emotion as the sentence was read.", "", "", "")],
        [("Two co-accused, a former payroll clerk, Fatuma Mwakazi, and a bank officer, Kennedy Otuoma-Abongo, were acquitted for lack of evidence.", "", "", "W")],
        [("In a statement after the ruling, the EACC said the conviction was its 37th in a case involving a county government since 2020.", "the EACC", "said", "W"),
         ("The commission has also filed a civil suit to recover a Sh46 million house in Mombasa and two plots near Mwaboza that it says were bought with the stolen money.", "", "", "W"),
         ("That case is due for hearing on May 12.", "", "", "W")],
        [("READ ALSO: EACC freezes Sh120m assets of former county officials", "", "", "B")],
        [("Kwale County Secretary Mwanaisha Dzombo-Kalama said the county had since moved its payroll to a biometric system and carried out a headcount that removed 1,104 names.", "Mwanaisha Dzombo-Kalama", "said", "W"),
         ("“What happened in those years will never happen again,” she said.", "Mwanaisha Dzombo-Kalama", "said", "")],
        [("Tags:   EACC   Kwale County   Corruption   Courts", "", "", "B")],
        [("Subscribe to our newsletter", "", "", "B")],
        [("Get the day's top stories delivered to your inbox every morning.", "", "", "B")],
        [("Copyright © 2026 Kifaru Media Group Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. South African sports site's football match report with line-ups (score ticker, result and half-time lines, stats box, line-ups and subs, referee, attendance, man of the match, gambling notice)
        [("SHIBOBO SPORT", "", "", "B")],
        [("Soccer   Rugby   Cricket   Boxing   Athletics   Betting Tips   Videos", "", "", "B")],
        [("FT  Kiaat Royals 2-1 Sandrift Coastals   |   FT  Letaba Rovers 0-0 Kei Valley Rangers   |   19:30  Magwala Bucks v Vaalkop Comets", "", "", "B")],
        [("Soccer › Premiership › Match report", "", "", "B")],
        [("Ndabankulu double lifts Royals into top three", "", "", "W")],
        [("Coastals coach Vusumuzi Khumbuza says his side were ‘robbed’ by a second-half penalty", "Vusumuzi Khumbuza", "says", "")],
        [("Lerato Mtshotshisa", "", "", "B")],
        [("15 March 2026 - 20:47", "", "", "B")],
        [("Share:   WhatsApp   Facebook   X   Telegram", "", "", "B")],
        [("Sizwe Ndabankulu of Kiaat Royals celebrates his first goal against Sandrift Coastals at Maroela Park on Saturday.", "", "", "W"),
         ("(Photo by Thulani Ngwenyama-Jephtha/Imbali Images)", "", "", "B")],
        [("Kiaat Royals 2 (Ndabankulu 23, 67 pen) Sandrift Coastals 1 (Mafokeng 81)", "", "", "W")],
        [("Half-time: 1-0", "", "", "W")],
        [("Sizwe Ndabankulu scored twice as Kiaat Royals beat Sandrift Coastals 2-1 at Maroela Park on Saturday night to move into third place in the Premiership, a point behind second-placed Vaalkop Comets.", "", "", "W"),
         ("Royals have now won five of their last six league games.", "", "", "W")],
        [("It was a scrappy, stop-start match on a heavy pitch after an afternoon of thunderstorms, and neither side managed a shot on target in the first 20 minutes.", "", "", "W")],
        [("Ndabankulu broke the deadlock in the 23rd minute, turning his marker on the edge of the box and curling a left-footed shot inside the far post.", "", "", "W")],
        [("Coastals thought they had equalised just before the break when Bongani Mafokeng headed in from a corner, but the goal was ruled out for a push on goalkeeper Tshepo Ramaboa.", "", "", "W")],
        [("The decision that everyone will be talking about came in the 67th minute.", "", "", ""),
         ("Referee Nokuthula Hlongwa pointed to the spot after Coastals defender Ricardo Pietersen-Abrahams went to ground with Royals winger Kagiso Letsholo, and Ndabankulu sent the keeper the wrong way.", "", "", "W"),
         ("Replays suggested there was little contact.", "", "", "")],
        [("Mafokeng pulled one back in the 81st minute with a header from Siyabonga Mdlankomo's cross, and Coastals pressed for an equaliser until the final whistle.", "", "", "W")],
        [("Coastals coach Vusumuzi Khumbuza was furious.", "", "", ""),
         ("“We were robbed,” he said.", "Vusumuzi Khumbuza", "said", ""),
         ("“Everyone in the stadium saw it was a dive, except the one person who matters.”", "Vusumuzi Khumbuza", "said", "")],
        [("He said he would ask the league to review the decision.", "Vusumuzi Khumbuza", "said", "W")],
        [("Royals coach Jaco Radingoana-Fick said the penalty was “a clear foul, 100 per cent.”", "Jaco Radingoana-Fick", "said", ""),
         ("“I'm proud of the boys,” he said.", "Jaco Radingoana-Fick", "said", ""),
         ("“After last week we needed a reaction, and we got one.”", "Jaco Radingoana-Fick", "said", "")],
        [("Royals lost 4-0 at home to Vaalkop Comets last weekend.", "", "", "W")],
        [("Ndabankulu, 24, now has 11 league goals this season, two behind the league's top scorer, Comets striker Tebogo Mashilwane.", "", "", "W"),
         ("Coastals, who have not won away since November, stay 12th.", "", "", "W")],
        [("Royals travel to Kei Valley Rangers on Wednesday (kick-off 19:30), while Coastals host Letaba Rovers on Saturday.", "", "", "W")],
        [("Match stats", "", "", "B")],
        [("Possession: Royals 47% – 53% Coastals", "", "", "W")],
        [("Shots (on target): 11 (5) – 9 (3)", "", "", "W")],
        [("Corners: 4 – 7", "", "", "W")],
        [("Fouls: 14 – 16", "", "", "W")],
        [("Line-ups", "", "", "B")],
        [("Kiaat Royals: Ramaboa; Mokgalaka, Sekgobela, Thwala-Hendrikse, Moodley; Letsholo, Mdlovini, Nkwanyana, Rapetswa; Ndabankulu, Mothabeng.", "", "", "")],
        [("Subs: Malulekane-Bothma, Sebothelo, Ngcongo-Adriaanse.", "", "", "")],
        [("Sandrift Coastals: Gumbi-Jacobs; Pietersen-Abrahams, Mabasa, Cele, Naidu; Mdlankomo, Mhlophe, Khathini; Mafokeng, Hadebe-Oliphant, Ntsodi-Cloete.", "", "", "")],
        [("Subs: Buthelezi-Arendse, Gxabela, Dlodlo.", "", "", "")],
        [("Referee: Nokuthula Hlongwa", "", "", "")],
        [("Attendance: 9,412", "", "", "")],
        [("Man of the match: Sizwe Ndabankulu", "", "", "W")],
        [("Related", "", "", "B")],
        [("Comets stay second after late winner in Polokwane", "", "", "B")],
        [("Premiership log: Royals climb, Coastals stuck in the bottom half", "", "", "B")],
        [("Comments (37)", "", "", "B")],
        [("Log in to join the conversation.", "", "", "B")],
        [("© 2026 Shibobo Sport (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("18+ only.", "", "", "B"),
         ("Gamble responsibly.", "", "", "B"),
         ("Toll-free counselling line 0800 555 018.", "", "", "B")],
    ],
    [  # 12. Pan-African news agency's own site: a writethru of a wire story on Ghana's cocoa price (UPDATE 2- headline, adds note, Summary bullets, dateline, credits, standards line, price chip)
        [("ABUSUA", "", "", "B")],
        [("World   Business   Markets   Africa   Commodities   Sustainability   Legal   More", "", "", "B")],
        [("Commodities › Softs", "", "", "B")],
        [("UPDATE 2-Ghana raises cocoa farmgate price by 23% as smuggling to neighbours surges", "", "", "W")],
        [("By Kwabena Nketsia-Darteh and Efua Twumasi-Yeboa", "", "", "B")],
        [("March 12, 2026 4:37 PM GMT · Updated 38 min ago", "", "", "B")],
        [("3 minute read", "", "", "B")],
        [("(Adds farmers' group reaction in paragraphs 7-9, analyst comment in paragraphs 11-12, futures prices)", "", "", "B")],
        [("Summary", "", "", "B")],
        [("• Price rises to 62,400 cedis per tonne from 50,700 cedis", "", "", "W")],
        [("• Regulator says move aims to curb smuggling to Ivory Coast, Togo", "The Ghana Cocoa Board", "says", "W")],
        [("• Farmers' group says new price still below neighbours'", "The Cocoa Farmers' Alliance of Ghana", "says", "W")],
        [("ACCRA, March 12 (Abusua) - Ghana raised the price it pays cocoa farmers by 23% on Thursday for the mid-crop season starting next month, as the world's second-biggest producer tries to stop beans being smuggled to neighbouring countries where farmers are paid more.", "", "", "W")],
        [("The Ghana Cocoa Board (COCOBOD) said the farmgate price would rise to 62,400 cedis ($3,980) per tonne from 50,700 cedis, effective April 1.", "The Ghana Cocoa Board", "said", "W")],
        [("It is the second increase this season, after a 45% rise in October.", "", "", "W")],
        [("“Every bag that crosses the border is revenue lost to Ghana and a loan we cannot repay,” COCOBOD chief executive Yaw Manso-Appiagyei told reporters in Accra.", "Yaw Manso-Appiagyei", "told reporters", "")],
        [("He said the regulator estimated that up to 160,000 tonnes of beans had been smuggled out in the 2024/25 season, about 18% of the crop.", "Yaw Manso-Appiagyei", "said", "W")],
        [("Ghana's cocoa output has fallen for four straight seasons because of disease, illegal gold mining on farmland and ageing trees.", "", "", "W"),
         ("COCOBOD has forecast production of 610,000 tonnes for the 2025/26 season, down from more than 800,000 tonnes three years ago.", "COCOBOD", "has forecast", "W")],
        [("The Cocoa Farmers' Alliance of Ghana welcomed the increase.", "The Cocoa Farmers' Alliance of Ghana", "welcomed", "")],
        [("But its general secretary, Abena Kyeremaa-Fosuhene, said the new price was still about 10% below what farmers across the border in Ivory Coast would receive for the mid-crop.", "Abena Kyeremaa-Fosuhene", "said", "W")],
        [("“Our farmers are not criminals,” she said.", "Abena Kyeremaa-Fosuhene", "said", ""),
         ("“They are selling to whoever pays them.”", "Abena Kyeremaa-Fosuhene", "said", "")],
        [("The finance ministry said in a separate statement that the increase would be funded from a $1.2 billion pre-export loan arranged in February.", "The finance ministry", "said in a separate statement", "W")],
        [("Tobias Hallgarten, a softs analyst at London-based broker Penge & Skeldrith, said the rise was unlikely to reverse the fall in output quickly.", "Tobias Hallgarten", "said", "")],
        [("“Price helps, but you cannot fix swollen shoot with a price,” he said, referring to the virus that has destroyed thousands of hectares of Ghanaian farms.", "Tobias Hallgarten", "said", "")],
        [("Benchmark cocoa futures in New York rose 2.1% to $8,140 a tonne by 1530 GMT.", "", "", "W"),
         ("Ghana's cocoa sector supports about 800,000 farming families, according to COCOBOD.", "COCOBOD", "according to", "W")],
        [("(Reporting by Kwabena Nketsia-Darteh in Accra; Additional reporting by Aya Konaté-Diabaté in Abidjan; Writing by Efua Twumasi-Yeboa; Editing by Miles Ferrandine)", "", "", "B")],
        [("Editorial principles: The Abusua Charter", "", "", "B")],
        [("Purchase Licensing Rights", "", "", "B")],
        [("Read next", "", "", "B")],
        [("Ivory Coast keeps mid-crop price unchanged, exporters say", "", "", "B")],
        [("Ghana's cedi steadies after central bank steps in", "", "", "B")],
        [("Cocoa (ICE NY)   8,140   ▲ +2.1%", "", "", "B")],
        [("All quotes delayed a minimum of 15 minutes.", "", "", "B")],
        [("© 2026 Abusua News Agency.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h34-live-pm-est-date-line", "Ice storm live updates: More than 84,000 without power in eastern Ontario as freezing rain keeps falling\nGlenhardie declares a state of emergency; line crews from Quebec and Manitoba due Thursday\nSentinel staff\nLast updated 2:47 p.m. EST Wednesday, Jan. 21, 2026\nJump to:  Outages  |  Schools  |  Warming centres  |  Roads  |  Send us your photos",
     ["Ice storm live updates: More than 84,000 without power in eastern Ontario as freezing rain keeps falling", "Glenhardie declares a state of emergency; line crews from Quebec and Manitoba due Thursday", "Sentinel staff", "Last updated 2:47 p.m. EST Wednesday, Jan. 21, 2026", "Jump to:  Outages  |  Schools  |  Warming centres  |  Roads  |  Send us your photos"]),
    ("h34-live-pm-ends-before-pets", "Three warming centres open in the city\nThe city has opened warming centres at the Fenwarren Road Community Centre, the Kelvale branch library and Ashburnie Arena, all open until 10 p.m. Pets on leashes are welcome at all three, a city spokesperson said.\nAnyone who needs a ride to a centre can call 311.\n— Priyanka Wójcikowska",
     ["Three warming centres open in the city", "The city has opened warming centres at the Fenwarren Road Community Centre, the Kelvale branch library and Ashburnie Arena, all open until 10 p.m.", "Pets on leashes are welcome at all three, a city spokesperson said.", "Anyone who needs a ride to a centre can call 311.", "— Priyanka Wójcikowska"]),
    ("h34-live-am-ends-sgt-post-on-x", "County Road 12 closed west of Glenhardie\nOntario Provincial Police have closed County Road 12 between Glenhardie and Arnsworth after at least nine collisions since 7 a.m. A tractor-trailer is still in the ditch near the Arnsworth turnoff, OPP Sgt. Dariusz Wolanczyk said in a post on X.\n“Stay home if you can,” he wrote.\nEnvironment Canada's freezing rain warning remains in effect for Glenhardie and the surrounding county. Forecasters expect another 10 to 15 mm of ice before the rain changes to snow overnight.",
     ["County Road 12 closed west of Glenhardie", "Ontario Provincial Police have closed County Road 12 between Glenhardie and Arnsworth after at least nine collisions since 7 a.m.", "A tractor-trailer is still in the ditch near the Arnsworth turnoff, OPP Sgt. Dariusz Wolanczyk said in a post on X.", "“Stay home if you can,” he wrote.", "Environment Canada's freezing rain warning remains in effect for Glenhardie and the surrounding county.", "Forecasters expect another 10 to 15 mm of ice before the rain changes to snow overnight."]),
    ("h34-live-correction-am-mid", "10:55 a.m.\nCorrection: An earlier post in this blog gave the number of customers without power at 9 a.m. as 48,000. The correct figure was 41,800, according to Norvalle Power.\n10:20 a.m.\nGood morning and welcome to our live coverage of the ice storm. Freezing rain began falling across the Ottawa Valley at about 3 a.m. and has coated trees, power lines and roads with up to 20 mm of ice.",
     ["10:55 a.m.", "Correction: An earlier post in this blog gave the number of customers without power at 9 a.m. as 48,000.", "The correct figure was 41,800, according to Norvalle Power.", "10:20 a.m.", "Good morning and welcome to our live coverage of the ice storm.", "Freezing rain began falling across the Ottawa Valley at about 3 a.m. and has coated trees, power lines and roads with up to 20 mm of ice."]),
    ("h34-live-service-question-inc", "Power outage? Report it to Norvalle Power at 1-888-555-0142 or online.\nRelated\nWhat to do if your pipes freeze\n© 2026 The Glenhardie Sentinel, a division of Corbray Media Inc. All rights reserved.",
     ["Power outage?", "Report it to Norvalle Power at 1-888-555-0142 or online.", "Related", "What to do if your pipes freeze", "© 2026 The Glenhardie Sentinel, a division of Corbray Media Inc.", "All rights reserved."]),
    ("h34-pib-posted-on-shri-initials", "Built at a cost of ₹1,284 crore under the Coastal Drinking Water Security Mission\nPosted On: 12 MAR 2026 5:42PM by PIB Chennai\nThe Union Minister of Jal Shakti, Shri R.K. Thiruvenkadasamy, today inaugurated a 312 million litres per day (MLD) seawater desalination plant at Thirunelvayal in Ramanathapuram district of Tamil Nadu. The plant, built at a cost of ₹1,284 crore, will supply drinking water to about 9.4 lakh people in 46 villages and the towns of Keezhavalli and Periyakottai.",
     ["Built at a cost of ₹1,284 crore under the Coastal Drinking Water Security Mission", "Posted On: 12 MAR 2026 5:42PM by PIB Chennai", "The Union Minister of Jal Shakti, Shri R.K. Thiruvenkadasamy, today inaugurated a 312 million litres per day (MLD) seawater desalination plant at Thirunelvayal in Ramanathapuram district of Tamil Nadu.", "The plant, built at a cost of ₹1,284 crore, will supply drinking water to about 9.4 lakh people in 46 villages and the towns of Keezhavalli and Periyakottai."]),
    ("h34-pib-slug-release-id", "Members of Parliament, Members of the Legislative Assembly, senior officers of the Ministry and the State Government and residents of the area were present on the occasion.\n***\nSK/RM/PS\n(Release ID: 2104417) Visitor Counter : 1246\nRead this release in: Tamil , Hindi",
     ["Members of Parliament, Members of the Legislative Assembly, senior officers of the Ministry and the State Government and residents of the area were present on the occasion.", "***", "SK/RM/PS", "(Release ID: 2104417) Visitor Counter : 1246", "Read this release in: Tamil , Hindi"]),
    ("h34-qa-quote-headline-standfirst", "‘We cannot pump our way out of this forever’: the dike-warden behind a 14% water tax rise\nThe Hoogmeer en Vliet water board will raise its levy by 14% next year, the biggest rise in its 82-year history. Its chair, Wilhelmina Terpstra-Oudshoorn, explains why.\nBy Femke Oldenzijl\n12 March 2026 · 07:30 · 7 min read\nShare: Facebook · LinkedIn · Bluesky · Email",
     ["‘We cannot pump our way out of this forever’: the dike-warden behind a 14% water tax rise", "The Hoogmeer en Vliet water board will raise its levy by 14% next year, the biggest rise in its 82-year history.", "Its chair, Wilhelmina Terpstra-Oudshoorn, explains why.", "By Femke Oldenzijl", "12 March 2026 · 07:30 · 7 min read", "Share: Facebook · LinkedIn · Bluesky · Email"]),
    ("h34-qa-unprefixed-turns", "Fourteen per cent is a lot. Why so much, and why now?\nBecause the bill for 30 years of putting things off has arrived. Our pumping stations were built in the 1960s and 1970s, and 41 of them need to be replaced or rebuilt within ten years. Each one costs between €2 million and €9 million. Our energy bill for pumping doubled between 2021 and 2024, and it has not come back down.\nThe national flood protection programme pays 90% of the cost of reinforcing dikes. So why do your residents pay so much?",
     ["Fourteen per cent is a lot.", "Why so much, and why now?", "Because the bill for 30 years of putting things off has arrived.", "Our pumping stations were built in the 1960s and 1970s, and 41 of them need to be replaced or rebuilt within ten years.", "Each one costs between €2 million and €9 million.", "Our energy bill for pumping doubled between 2021 and 2024, and it has not come back down.", "The national flood protection programme pays 90% of the cost of reinforcing dikes.", "So why do your residents pay so much?"]),
    ("h34-tx-title-aired-rush", "Shelter-In-Place Order Lifted After 30-Hour Chemical Fire In Louisiana; Senate Passes Stopgap Spending Bill. Aired 8-9p ET\nAired March 12, 2026 - 20:00   ET\nTHIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n[20:00:08]",
     ["Shelter-In-Place Order Lifted After 30-Hour Chemical Fire In Louisiana; Senate Passes Stopgap Spending Bill.", "Aired 8-9p ET", "Aired March 12, 2026 - 20:00   ET", "THIS IS A RUSH TRANSCRIPT.", "THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.", "[20:00:08]"]),
    ("h34-tx-anchor-greeting-toss", "DESMOND ABERNATHE, MNN ANCHOR: Good evening, and thanks for joining us. We begin tonight in Port Aubrelle, Louisiana, where a fire at a chemical storage terminal burned for more than 30 hours and forced about 6,000 people to stay indoors with their windows shut.\nThat order was lifted just a few hours ago. But many residents say they are still not sure the air is safe.\nMNN's Marisela Zapien is in Port Aubrelle tonight. Marisela, what are officials telling people there?",
     ["DESMOND ABERNATHE, MNN ANCHOR: Good evening, and thanks for joining us.", "We begin tonight in Port Aubrelle, Louisiana, where a fire at a chemical storage terminal burned for more than 30 hours and forced about 6,000 people to stay indoors with their windows shut.", "That order was lifted just a few hours ago.", "But many residents say they are still not sure the air is safe.", "MNN's Marisela Zapien is in Port Aubrelle tonight.", "Marisela, what are officials telling people there?"]),
    ("h34-tx-st-in-prefix", "ZAPIEN (voice-over): At its height, the plume of black smoke could be seen from 40 miles away. Schools across the parish closed. So did a 12-mile stretch of the highway along the river.\nCLAUDETTE RIVET-BOUDREAUX, ST. FAUSTIN PARISH PRESIDENT: The air monitoring data is clear. We would not have lifted the order if we had any doubt.\nZAPIEN (voice-over): But three blocks from the terminal fence, Loretta Thibeaux-Batiste says her eyes are still burning.",
     ["ZAPIEN (voice-over): At its height, the plume of black smoke could be seen from 40 miles away.", "Schools across the parish closed.", "So did a 12-mile stretch of the highway along the river.", "CLAUDETTE RIVET-BOUDREAUX, ST. FAUSTIN PARISH PRESIDENT: The air monitoring data is clear.", "We would not have lifted the order if we had any doubt.", "ZAPIEN (voice-over): But three blocks from the terminal fence, Loretta Thibeaux-Batiste says her eyes are still burning."]),
    ("h34-tx-dr-prefix-crosstalk", "Joining me now is Dr. Anjali Vorsterman, an environmental toxicologist at Tennaway State University.\nDoctor, the parish says the air is safe. Should people believe that?\nDR. ANJALI VORSTERMAN, ENVIRONMENTAL TOXICOLOGIST, TENNAWAY STATE UNIVERSITY: I think the monitoring they've described is reasonable, as far as it goes. Toluene breaks down fairly quickly in the air, usually within a few days. What I would want to know is what else was in those tanks, and what came down on people's yards and gardens with the soot.\nABERNATHE: The company hasn't released a full list of what was stored there.\nVORSTERMAN: And until it does, I'd tell people not to eat vegetables from their gardens and to wipe down outdoor furniture with gloves on.\n(CROSSTALK)",
     ["Joining me now is Dr. Anjali Vorsterman, an environmental toxicologist at Tennaway State University.", "Doctor, the parish says the air is safe.", "Should people believe that?", "DR. ANJALI VORSTERMAN, ENVIRONMENTAL TOXICOLOGIST, TENNAWAY STATE UNIVERSITY: I think the monitoring they've described is reasonable, as far as it goes.", "Toluene breaks down fairly quickly in the air, usually within a few days.", "What I would want to know is what else was in those tanks, and what came down on people's yards and gardens with the soot.", "ABERNATHE: The company hasn't released a full list of what was stored there.", "VORSTERMAN: And until it does, I'd tell people not to eat vegetables from their gardens and to wipe down outdoor furniture with gloves on.", "(CROSSTALK)"]),
    ("h34-mail-webmail-chrome", "Your Tuesday briefing: Rates call at 2.30pm, home approvals slump, and a rescue in the Kimberley\nInbox ×\nThe Paperbark Post <briefing@paperbarkpost.com.au>   Unsubscribe\n6:04 AM (3 hours ago)   ☆   ↩   ⋮\nto me ▾\nImages are not displayed. Display images below - Always display images from briefing@paperbarkpost.com.au",
     ["Your Tuesday briefing: Rates call at 2.30pm, home approvals slump, and a rescue in the Kimberley", "Inbox ×", "The Paperbark Post <briefing@paperbarkpost.com.au>   Unsubscribe", "6:04 AM (3 hours ago)   ☆   ↩   ⋮", "to me ▾", "Images are not displayed.", "Display images below - Always display images from briefing@paperbarkpost.com.au"]),
    ("h34-mail-pm-aedt-decimal", "Rates: will the Reserve Bank move today?\nThe Reserve Bank board hands down its decision at 2.30pm AEDT, and markets are pricing in about a one-in-three chance of a 25-basis-point cut. The cash rate has been at 3.60 per cent since August.\nOf the four major banks, only Kurrajong Bank is forecasting a cut today. Our economics editor, Hamish Fergusson-Lale, thinks the board will wait for next month's jobs figures.",
     ["Rates: will the Reserve Bank move today?", "The Reserve Bank board hands down its decision at 2.30pm AEDT, and markets are pricing in about a one-in-three chance of a 25-basis-point cut.", "The cash rate has been at 3.60 per cent since August.", "Of the four major banks, only Kurrajong Bank is forecasting a cut today.", "Our economics editor, Hamish Fergusson-Lale, thinks the board will wait for next month's jobs figures."]),
    ("h34-mail-tennis-score", "Cricket: Tasmania beat South Australia by 47 runs in Hobart to reach the one-day final.\nTennis: Adelaide's Jasmin Pellissard-Quach reached the quarter-finals in Dubai with a 6-3, 7-5 win over the fourth seed.",
     ["Cricket: Tasmania beat South Australia by 47 runs in Hobart to reach the one-day final.", "Tennis: Adelaide's Jasmin Pellissard-Quach reached the quarter-finals in Dubai with a 6-3, 7-5 win over the fourth seed."]),
    ("h34-exp-lead-in-bullets-sums", "The company's draft price path, published last week, sets these charges for 2026/27:\n• Fixed water supply charge: $742 a year (now $655 in rates)\n• Volumetric charge: $2.31 per cubic metre above 200 cubic metres a year\n• Wastewater: $968 a year per toilet pan, up to two pans\n• Stormwater: stays in general rates for now\nFor a typical household using 180 cubic metres a year, that works out at about $1,710, up from $1,490 this year, or roughly $4.23 a week more. The draft price path forecasts rises of 8 to 11 per cent a year until 2030.",
     ["The company's draft price path, published last week, sets these charges for 2026/27:", "• Fixed water supply charge: $742 a year (now $655 in rates)", "• Volumetric charge: $2.31 per cubic metre above 200 cubic metres a year", "• Wastewater: $968 a year per toilet pan, up to two pans", "• Stormwater: stays in general rates for now", "For a typical household using 180 cubic metres a year, that works out at about $1,710, up from $1,490 this year, or roughly $4.23 a week more.", "The draft price path forecasts rises of 8 to 11 per cent a year until 2030."]),
    ("h34-exp-pm-range-po-box", "Can I have my say?\nThe company is consulting on its draft prices until April 17, and will hold a drop-in session at the Kaimotu War Memorial Hall on April 2 from 5pm to 7pm. Submissions can be made at puwherowater.co.nz/haveyoursay or posted to PO Box 412, Kaimotu 4120.\nThis story was produced under the Local Democracy Reporting scheme, which is paid for by a public media grant.",
     ["Can I have my say?", "The company is consulting on its draft prices until April 17, and will hold a drop-in session at the Kaimotu War Memorial Hall on April 2 from 5pm to 7pm.", "Submissions can be made at puwherowater.co.nz/haveyoursay or posted to PO Box 412, Kaimotu 4120.", "This story was produced under the Local Democracy Reporting scheme, which is paid for by a public media grant."]),
    ("h34-fc-ma-claim-rating", "FALSE: DSWD is not giving ₱5,000 ‘ayuda’ to all senior citizens from April\nBy Ma. Luningning Abellera-Bagsik\nPublished 4:18 PM, March 11, 2026\nUpdated 9:02 AM, March 12, 2026\nShare:   Facebook   X   Viber   Copy link\nCLAIM: The Facebook page Ulat Agad PH says the Department of Social Welfare and Development (DSWD) will give ₱5,000 in cash aid to every senior citizen starting April 1, 2026.\nRATING: FALSE",
     ["FALSE: DSWD is not giving ₱5,000 ‘ayuda’ to all senior citizens from April", "By Ma. Luningning Abellera-Bagsik", "Published 4:18 PM, March 11, 2026", "Updated 9:02 AM, March 12, 2026", "Share:   Facebook   X   Viber   Copy link", "CLAIM: The Facebook page Ulat Agad PH says the Department of Social Welfare and Development (DSWD) will give ₱5,000 in cash aid to every senior citizen starting April 1, 2026.", "RATING: FALSE"]),
    ("h34-fc-tagalog-quote-bulacan", "The post still caused confusion on the ground.\n“Akala ko totoo, kaya pumila ako sa munisipyo (I thought it was true, so I lined up at the municipal hall),” said Crisanta Ulanday-Ordoñez, 74, of Barangay Tibagan in Malolos, Bulacan. She said about 60 other senior citizens were in the line that morning.\nMunicipal social welfare officer Rodelio Maglangit said his office turned away more than 200 people on March 9 and 10. “We had to put up a sign at the gate,” he said.",
     ["The post still caused confusion on the ground.", "“Akala ko totoo, kaya pumila ako sa munisipyo (I thought it was true, so I lined up at the municipal hall),” said Crisanta Ulanday-Ordoñez, 74, of Barangay Tibagan in Malolos, Bulacan.", "She said about 60 other senior citizens were in the line that morning.", "Municipal social welfare officer Rodelio Maglangit said his office turned away more than 200 people on March 9 and 10.", "“We had to put up a sign at the gate,” he said."]),
    ("h34-col-standfirst-no-stop", "Cutting the last bus out of Hollinthwaite is the most expensive saving a council can make\nDunwerrick County Council says axing 14 rural routes will save £2.1m a year. The real bill will be paid somewhere else\nPhilippa Marrenby\nTue 10 Mar 2026 06.00 GMT\nShare   Comments (214)",
     ["Cutting the last bus out of Hollinthwaite is the most expensive saving a council can make", "Dunwerrick County Council says axing 14 rural routes will save £2.1m a year.", "The real bill will be paid somewhere else", "Philippa Marrenby", "Tue 10 Mar 2026 06.00 GMT", "Share   Comments (214)"]),
    ("h34-col-told-me-figures", "The council's cabinet member for highways, Cllr Rupert Askwell-Tennby, told me the 14 routes carried an average of 4.3 passengers per journey and cost £11.80 per passenger in subsidy. “We cannot justify that when we are struggling to pay for care,” he said.\nHe is right about the figures. He is wrong about what they mean. The subsidy per passenger on the county's park-and-ride service, which he does not propose to cut, is £6.40.",
     ["The council's cabinet member for highways, Cllr Rupert Askwell-Tennby, told me the 14 routes carried an average of 4.3 passengers per journey and cost £11.80 per passenger in subsidy.", "“We cannot justify that when we are struggling to pay for care,” he said.", "He is right about the figures.", "He is wrong about what they mean.", "The subsidy per passenger on the county's park-and-ride service, which he does not propose to cut, is £6.40."]),
    ("h34-obit-nee-dates", "For three decades there was hardly a kitchen between Kilcrevagh and the Shannon that she had not sat in, usually with her coat still on.\nBorn in Drumlosh, near Kilcrevagh, on May 9th, 1937, she was the fourth of seven children of Patrick Ó Laoghóg, a blacksmith, and his wife Bridget (née Cuffaun). She trained as a nurse at the Brenthollow Infirmary in London, qualified in 1958 and worked in London and Leeds before coming home in 1964 to take up a post as public health nurse based in Kilcrevagh.",
     ["For three decades there was hardly a kitchen between Kilcrevagh and the Shannon that she had not sat in, usually with her coat still on.", "Born in Drumlosh, near Kilcrevagh, on May 9th, 1937, she was the fourth of seven children of Patrick Ó Laoghóg, a blacksmith, and his wife Bridget (née Cuffaun).", "She trained as a nurse at the Brenthollow Infirmary in London, qualified in 1958 and worked in London and Leeds before coming home in 1964 to take up a post as public health nurse based in Kilcrevagh."]),
    ("h34-obit-born-died-line", "Tomás died in 2015. She is survived by her sons Ciarán and Fergal, her daughter Máiréad, 11 grandchildren, three great-grandchildren, her sister Bríd and her brother Seán.\nNóirín Keady: born May 9th, 1937; died February 27th, 2026\nMore from Obituaries",
     ["Tomás died in 2015.", "She is survived by her sons Ciarán and Fergal, her daughter Máiréad, 11 grandchildren, three great-grandchildren, her sister Bríd and her brother Seán.", "Nóirín Keady: born May 9th, 1937; died February 27th, 2026", "More from Obituaries"]),
    ("h34-court-sh-mr", "A former finance chief officer of Kwale County has been jailed for seven years after the Anti-Corruption Court in Mombasa found him guilty of adding 312 ghost workers to the county payroll and pocketing Sh84.3 million in their salaries over three years.\nSenior Principal Magistrate Grace Wanjeri-Adongo also fined Jeremiah Mose Nyamwaro Sh12 million, or a further two years in jail if he fails to pay. She ordered him to repay the Sh84.3 million to the county government within 90 days.\nMr Nyamwaro, 51, was convicted on five counts: conspiracy to commit an offence of corruption, abuse of office, fraudulent acquisition of public property, money laundering and forgery.",
     ["A former finance chief officer of Kwale County has been jailed for seven years after the Anti-Corruption Court in Mombasa found him guilty of adding 312 ghost workers to the county payroll and pocketing Sh84.3 million in their salaries over three years.", "Senior Principal Magistrate Grace Wanjeri-Adongo also fined Jeremiah Mose Nyamwaro Sh12 million, or a further two years in jail if he fails to pay.", "She ordered him to repay the Sh84.3 million to the county government within 90 days.", "Mr Nyamwaro, 51, was convicted on five counts: conspiracy to commit an offence of corruption, abuse of office, fraudulent acquisition of public property, money laundering and forgery."]),
    ("h34-court-read-also-tags", "READ ALSO: EACC freezes Sh120m assets of former county officials\nKwale County Secretary Mwanaisha Dzombo-Kalama said the county had since moved its payroll to a biometric system and carried out a headcount that removed 1,104 names. “What happened in those years will never happen again,” she said.\nTags:   EACC   Kwale County   Corruption   Courts",
     ["READ ALSO: EACC freezes Sh120m assets of former county officials", "Kwale County Secretary Mwanaisha Dzombo-Kalama said the county had since moved its payroll to a biometric system and carried out a headcount that removed 1,104 names.", "“What happened in those years will never happen again,” she said.", "Tags:   EACC   Kwale County   Corruption   Courts"]),
    ("h34-sport-result-lines", "Sizwe Ndabankulu of Kiaat Royals celebrates his first goal against Sandrift Coastals at Maroela Park on Saturday. (Photo by Thulani Ngwenyama-Jephtha/Imbali Images)\nKiaat Royals 2 (Ndabankulu 23, 67 pen) Sandrift Coastals 1 (Mafokeng 81)\nHalf-time: 1-0\nSizwe Ndabankulu scored twice as Kiaat Royals beat Sandrift Coastals 2-1 at Maroela Park on Saturday night to move into third place in the Premiership, a point behind second-placed Vaalkop Comets. Royals have now won five of their last six league games.",
     ["Sizwe Ndabankulu of Kiaat Royals celebrates his first goal against Sandrift Coastals at Maroela Park on Saturday.", "(Photo by Thulani Ngwenyama-Jephtha/Imbali Images)", "Kiaat Royals 2 (Ndabankulu 23, 67 pen) Sandrift Coastals 1 (Mafokeng 81)", "Half-time: 1-0", "Sizwe Ndabankulu scored twice as Kiaat Royals beat Sandrift Coastals 2-1 at Maroela Park on Saturday night to move into third place in the Premiership, a point behind second-placed Vaalkop Comets.", "Royals have now won five of their last six league games."]),
    ("h34-sport-lineups", "Line-ups\nKiaat Royals: Ramaboa; Mokgalaka, Sekgobela, Thwala-Hendrikse, Moodley; Letsholo, Mdlovini, Nkwanyana, Rapetswa; Ndabankulu, Mothabeng.\nSubs: Malulekane-Bothma, Sebothelo, Ngcongo-Adriaanse.\nSandrift Coastals: Gumbi-Jacobs; Pietersen-Abrahams, Mabasa, Cele, Naidu; Mdlankomo, Mhlophe, Khathini; Mafokeng, Hadebe-Oliphant, Ntsodi-Cloete.\nSubs: Buthelezi-Arendse, Gxabela, Dlodlo.\nReferee: Nokuthula Hlongwa\nAttendance: 9,412",
     ["Line-ups", "Kiaat Royals: Ramaboa; Mokgalaka, Sekgobela, Thwala-Hendrikse, Moodley; Letsholo, Mdlovini, Nkwanyana, Rapetswa; Ndabankulu, Mothabeng.", "Subs: Malulekane-Bothma, Sebothelo, Ngcongo-Adriaanse.", "Sandrift Coastals: Gumbi-Jacobs; Pietersen-Abrahams, Mabasa, Cele, Naidu; Mdlankomo, Mhlophe, Khathini; Mafokeng, Hadebe-Oliphant, Ntsodi-Cloete.", "Subs: Buthelezi-Arendse, Gxabela, Dlodlo.", "Referee: Nokuthula Hlongwa", "Attendance: 9,412"]),
    ("h34-wire-update-adds-summary", "UPDATE 2-Ghana raises cocoa farmgate price by 23% as smuggling to neighbours surges\nBy Kwabena Nketsia-Darteh and Efua Twumasi-Yeboa\nMarch 12, 2026 4:37 PM GMT · Updated 38 min ago\n3 minute read\n(Adds farmers' group reaction in paragraphs 7-9, analyst comment in paragraphs 11-12, futures prices)\nSummary\n• Price rises to 62,400 cedis per tonne from 50,700 cedis\n• Regulator says move aims to curb smuggling to Ivory Coast, Togo\n• Farmers' group says new price still below neighbours'\nACCRA, March 12 (Abusua) - Ghana raised the price it pays cocoa farmers by 23% on Thursday for the mid-crop season starting next month, as the world's second-biggest producer tries to stop beans being smuggled to neighbouring countries where farmers are paid more.",
     ["UPDATE 2-Ghana raises cocoa farmgate price by 23% as smuggling to neighbours surges", "By Kwabena Nketsia-Darteh and Efua Twumasi-Yeboa", "March 12, 2026 4:37 PM GMT · Updated 38 min ago", "3 minute read", "(Adds farmers' group reaction in paragraphs 7-9, analyst comment in paragraphs 11-12, futures prices)", "Summary", "• Price rises to 62,400 cedis per tonne from 50,700 cedis", "• Regulator says move aims to curb smuggling to Ivory Coast, Togo", "• Farmers' group says new price still below neighbours'", "ACCRA, March 12 (Abusua) - Ghana raised the price it pays cocoa farmers by 23% on Thursday for the mid-crop season starting next month, as the world's second-biggest producer tries to stop beans being smuggled to neighbouring countries where farmers are paid more."]),
    ("h34-wire-gmt-credits", "Benchmark cocoa futures in New York rose 2.1% to $8,140 a tonne by 1530 GMT. Ghana's cocoa sector supports about 800,000 farming families, according to COCOBOD.\n(Reporting by Kwabena Nketsia-Darteh in Accra; Additional reporting by Aya Konaté-Diabaté in Abidjan; Writing by Efua Twumasi-Yeboa; Editing by Miles Ferrandine)",
     ["Benchmark cocoa futures in New York rose 2.1% to $8,140 a tonne by 1530 GMT.", "Ghana's cocoa sector supports about 800,000 farming families, according to COCOBOD.", "(Reporting by Kwabena Nketsia-Darteh in Accra; Additional reporting by Aya Konaté-Diabaté in Abidjan; Writing by Efua Twumasi-Yeboa; Editing by Miles Ferrandine)"]),
]  # fmt: skip
