"""Held-out set fifty-two (round thirty-three): twelve whole pages in the styles a fact-checking desk meets most, each pasted head to tail from its own kind of site, with its furniture worded that site's way, sentences that are hard to split, hard speakers and a mix of check-worthy and not.

HELD-OUT: written at the start of round thirty-three, before any rule of that round was tuned, and not to be tuned on. Its split cases are named `HELDOUT_CASES`, not `CASES`.

Written from scratch for issue 13 without looking at the engine's code or output: nothing under
`claimreview/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py`, nothing under `docs/`, no README and no benchmark was read, `claimreview` was
never imported, and no test, scorer, engine or `pytest` was run (the brief's folder also held a
review note and a scoring script; neither was opened). The format and the conventions were read from
the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with a Python
one-liner), the module docstrings of `labelled_new73.py` and `labelled_new74.py` (printed together,
which the terminal cut in the middle, then saved to files in /tmp and printed again with `sed` in
parts), the `STYLES` of those two files (each line cut to 300 or 400 characters), their first two
pages (lines cut to 400 or 500 characters) and the split cases of `labelled_new73.py` (lines cut to
400 characters; those of `labelled_new74.py` were not listed), `build` in `labelled_articles.py` (a
`grep -n "def build" -A15` listing) and the `[tool.ruff]` tables of `pyproject.toml` (a `grep -A12`
listing). No other page, case or docstring of any file under `tests/` was read. What was run: `ls`
of `tests/text/` and of `tests/`, and `ls` filtered to the names of the files being written at the
same time (names only); `grep -n` for the line numbers of `STYLES`, `ARTICLES`, `CASES` and the page
brackets in the two recent files; read-only `git status --short` (the first run printed nothing; a
later run, with a `git diff --stat` that printed file names and line counts only, listed files under
`claimreview/` as modified by someone else (two, and three at the last run), none of them opened,
and this file and three sibling set files as untracked); Python one-liners printing the calendars of
2026 and of March and April 2027 to check weekdays; scripts of my own in /tmp that turn a small line
format into the literals below, rename coined names, and cut the split cases out of the pages; an
import of this file with `build` on every page; a checking script of my own (four fields, flags, a
cue for every speaker and a speaker for every cue, no speaker on furniture, the sentence count,
every split case occurring in a built page and joining back to its text); whole-word,
case-insensitive searches over `tests/` of every capitalised word of these pages (each part of a
hyphenated name on its own), of the mail and web domains and of every candidate replacement, and
fixed-string searches of outlet and place phrases, all printing file counts only (`grep -rilw ... |
wc -l`, `grep -rilF ... | wc -l`); one `grep -rliw` run over five coined names piped into `sort |
uniq -c`, which printed only file names and counts (to see whether the hits sat in one file; they
did not); and `ruff format` / `ruff check` on this file. The files the other writers are drafting at
the same time were never opened; the last count-only pass over `tests/`, when they existed, found
one of this set's coined company names in one of them, and it was renamed here.

Every person, town, village, street, lane, road, park-and-ride, campus, hospital, medical centre,
health centre, school, college, university, orchestra, club, ground, league-table rival, outlet,
newswire, wire agency, company, brand, securities firm, data firm, industry forum, coalition,
alliance, parent council, community council, transit agency, journal and number is invented (a
first draft hit about a hundred and ten invented surnames, towns, streets, outlets and companies
of other files under `tests/`, and about a hundred and ten of the replacements tried next hit too; only
replacements with no hit were used, and the whole list was searched again). Real countries,
regions, big cities, districts of a big city and public bodies appear only as settings, with
invented figures: the United States, Colorado, the Colorado Department of Transportation and the
state Capitol; Indonesia, Jakarta, Morowali and Central Sulawesi (in a caption), the Energy and
Mineral Resources Ministry, the Philippines, China, Europe, Singapore and the London Metal Exchange;
Scotland, Aberdeenshire Council, Buchan and the Garioch, the SNP, the 2022 census and GP practices;
League Two; the Netherlands, Belgium, Germany, Australia, Denmark (Danish orchestras) and Ohio (in a
bio), and Mahler; India, Mumbai, Thane, Palghar, the Konkan coast, the India Meteorological
Department (IMD) with its Santacruz and Colaba observatories, the Brihanmumbai Municipal
Corporation (BMC), Central Railway, Western Railway, CSMT, Sion, Kurla, Kalyan, Dadar, Lower Parel,
Andheri Subway, Hindmata, King's Circle, Marine Drive, Juhu and Dadar Chowpatty, Ahmedabad and
Hyderabad; New Mexico (as the setting only) and West Texas; Kansas, Topeka, Las Vegas (as a
destination), the U.S. District Court and the U.S. Attorney's Office for the District of Kansas, the
FBI, IRS Criminal Investigation, the Bureau of Prisons and Texas; New York, the S&P 500, the Dow
Jones Industrial Average, the Nasdaq composite, the Food and Drug Administration, the Federal
Reserve, the Treasury, the New York Stock Exchange, Brent crude, the DAX, the CAC 40, the Nikkei
225 and the Hang Seng; Minnesota, Minneapolis, Iowa, Canada, Nasdaq, the Minnesota Job Creation
Fund, the Minnesota Department of Employment and Economic Development, the Private Securities
Litigation Reform Act of 1995 and the Securities and Exchange Commission; Manitoba and 911; Nevada,
its Senate, Assembly and state engineer, Storey and Washoe counties, Las Vegas, Reno and Henderson
(in party-and-district tags) and Creative Commons. Facebook, X and WhatsApp appear only as channels.
No surname, town, street, outlet, company, school, club or brand of any file under `tests/` is
reused (given names, titles, real settings and common words such as "Post", "Journal", "Echo",
"Sun", "Tribune", "Examiner", "Dispatch", "Wire", "Athletic", "United", "Rovers", "Town", "Nikel",
"Pantry" and "Millers" recur).

Each page is a WHOLE page as a new user pastes it after selecting all in a browser, so every
furniture line is a paragraph of its own and "B", worded in that site's way. `STYLES` names the
site, the story and the stresses of each page, in order.

(1) A US metro daily's site in Colorado, pasted with its cookie banner (two sentences and its
buttons), a free-article meter ("Already a subscriber?" ends a "B" sentence before "Log in") and a
paywall block in the middle of the story (three "B" sentences and a button): a transit board cuts
11 bus routes. The standfirst's "Agency says" carries "Yarrowgate Area Transit" as the body names it
with "said in a statement", and "It said" resolves to it; "Sept. 1." and "Merriwell Ave." end
sentences before capitals; "General manager" is dropped with "told the board"; a rider's “Who's
going to drive me to dialysis?” asked ... is one sentence carrying her with "asked"; "Board
member", "Board chair" dropped; a question continuing a quote after "he said" carries him;
"according to agency ridership data", "according to board minutes"; "The Colorado Department of
Transportation did not respond to a request for comment"; "Aug. 30." ends a sentence before a
service tip ("") and the customer-line hours ("7 a.m. to 7 p.m. on weekdays.") are a tip too;
"Have a tip?" ends a "B" sentence; "LLC." ends one before "All rights reserved.".

(2) An international wire service's own site: Indonesia cuts its nickel ore quota. The dateline
lead carries "a senior official at the Energy and Mineral Resources Ministry" as the lead describes
him; the director general, named next, "told reporters" and his quote runs over two sentences;
"the U.S." ends a sentence before "Benchmark"; a forum named in the middle of a sentence ("the Nickel
Processing Industry Forum (FORPIN), which represents 41 smelter operators, said in a statement")
drops its clause, and "It said" resolves to it (a forecast, ""); its chairman "told Brixaro" and
the question that continues his quote carries him; "Co. Ltd." ends a sentence before "Sembrani
said in a filing", which resolves to "PT Sembrani Nikel Tbk"; "Analysts at ... said in a note"
(an estimate, ""); "according to ministry data"; an unnamed trader carries the description as
written without the clause; the bracketed reporting, writing and editing line is one "B" sentence,
and "Our Standards: The Brixaro Trust Principles." another.

(3) A Scottish local weekly's site: a council committee votes to mothball a village primary. The
standfirst's "Parent council says" carries "Auchterglass Primary Parent Council" as the body names
it with "said in a statement"; the caption states a fact ("W") and "Picture: ..." is "B";
"according to a report by officers to the committee", then "The report said" and "The report also
said" keep the report; the parent council's chair is named after her quote ("said the parent
council's chair, ...") and the question that follows carries her; the committee chair ("Cllr"
dropped) and the parent chair are two women who speak in turn ("she said", "Mealmaker said", "she
said"); "A council spokesperson said" and "The spokesperson said" as written; the ward councillor
("(SNP)" dropped) "told the meeting", and “Would any of us put a five-year-old on a bus at 7.45am
in January?” Cllr Balcraig asked. is one sentence carrying him with "asked"; "according to the 2022
census"; the public meeting is a meeting of record ("W"); "Do you have a story for the Journal?"
ends a "B" sentence; "Ltd." ends one before "Registered in Scotland No. SC412763.", which does not
split at "No.".

(4) An English regional evening paper's sport section: a League Two match report. Match facts are
"W" without a speaker; the home manager is named after his quote, and “Did we deserve it?” Loyd
said. is one sentence; the visiting manager "told Echo Sport"; the two men speak in turn ("said",
"he said", "he told Echo Sport", "He said"); "F.C." ends a sentence before "He said afterwards",
which carries the young scorer; line-ups, subs, referee and attendance are data (""), the table's
title and header "B" and its rows ""; the next-match and ticket strip is "B".

(5) A popular-science site: orchestra musicians and hearing loss. The caption's first sentence is
scene (""), its second a fact ("W"), its credit "B"; "according to a study published Monday in
..." keeps the study whole and "They found" carries "The researchers"; "vs." and "e.g." never
split; "lead author Dr." and "Prof." are dropped; "Fig. 2" opens a sentence; "by Thorsager et al."
ends a sentence before "That study"; "the authors wrote" (a caveat, ""); "They adjusted" is an act
without a speaker; a trombonist is named after his quote (private, ""); "A spokesperson for the
Vlietmond Philharmonic"; the journal reference is one "B" sentence.

(6) An Indian news site's live page: heavy rain in Mumbai. The key-highlights list, time stamps,
share lines, the also-read link, the welcome entry and the WhatsApp line are "B"; entry headlines
are labelled like headlines, and "‘Water was up to my knees inside the station,’ says commuter"
and "‘The system is moving slowly,’ says IMD scientist" carry the people the entries name; "a BMC
spokesperson said" and "the spokesperson said" as written; "the IMD said" and "The IMD has
forecast" keep the initials; "Central Railway said" and "it said"; "an officer at the local police
station" and "the officer"; "according to the BMC's disaster management cell"; "The civic body
has asked" (advice, ""); "The BMC said" keeps the initials and "it said" after it resolves to "the
Brihanmumbai Municipal Corporation (BMC)" as first given; times such as "10.30 am", "2.30 pm" and
"4.12 pm" never split; "Pvt. Ltd." ends a sentence before "All rights reserved.".

(7) A US local daily's Q&A with a community college's new president. The two-sentence
introduction is story ("W"); "The Sun spoke with her ..." and the edited-for-length line are "B";
each question opens with "Q." and each answer with "A.", the prefix never standing alone; every
sentence of an answer carries the president with the cue "A." (figures of record "W", opinions and
goals ""); the questions carry no speaker and are labelled by content (a question turn that states
a figure of record is "W"), except "Q. The college's budget office says ..." which carries "The
college's budget office" with "says"; "according to a survey we did last spring" inside an answer
stays with the president; "in the U.S." ends an answer's sentence before "It's"; a student's
question quoted inside an answer ("asked me, “Are you going to close the Ruidera campus?”") ends
that sentence and belongs to the president.

(8) A US regional daily's court report in Kansas: a former hospital finance chief is sentenced. The
standfirst's "Judge asks" carries the judge; "U.S. District Judge" opens a sentence of record
without a speaker; "United States v. Rieckhoff, No. 5:25-cr-40061," never splits; "according to
the plea agreement", "prosecutors said", "according to court filings", "according to court
records"; “How do you steal from a hospital that was already on its knees?” Vanderhaegen asked
before announcing the sentence. is one sentence, and the quote's next sentence carries "asked" too
(a fact of record, "W"); "Assistant U.S. Attorney" is dropped with "told the court"; the defence
lawyer is named after the quote, "Raymond Tollackson Jr." keeps its suffix and ends the sentence
before "He said"; the defendant, described in an act, then "told the court"; "In a victim impact
statement, hospital chief executive ... said" (cue "said"); "The U.S. Attorney's Office for the
District of Kansas said in a news release"; "Dec. 7." ends a sentence before "The judge".

(9) A US financial news site's daily markets report. "according to a survey by Quorvel Data"; "It
blamed" resolves to "Vantellis Semiconductor Corp." with the cue "blamed" ("W"); "Corp." ends a
sentence before "Both" and "Inc." one before "Its"; "Co." inside a sentence does not end one;
"according to minutes of the central bank's June meeting released at 2 p.m." is kept whole; a
strategist is named after her quote (""); the market snapshot widget is "B" line by line, with its
title, its delay note and its source.

(10) A US company's press release on a newswire's site: a frozen-food maker will build a plant in
Minnesota. The release's own voice carries no speaker unless it has a verb of saying: "Thistlemark
Foods Inc. (NASDAQ: THMK), ..., today announced" carries the company with "announced" ("W") and
"The company expects" is a forecast (""); "Inc." ends a sentence before "Tarnholm will employ";
the chief executive's quote runs over three sentences, the last opening with "St. Arvid" inside the
quote; the mayor is named after his quote; the "About" title is "B", its facts "W" and its pointer
line "B"; the forward-looking statements, their title, the contacts and the SOURCE line are "B".

(11) A Canadian daily's opinion column in Manitoba: a rural emergency department closed 71 nights.
The standfirst's "the province calls" carries "the provincial health department" as the body
names it with "called"; a door sign quoted in two sentences has no speaker (a notice, ""); "Sept.
30." and "Jan. 1." end sentences; the columnist's own counts carry no speaker and are "W", her
opinions, advice and rhetorical questions ""; "It said" resolves to "the provincial health
department"; "according to the health authority's own vacancy report"; "Dr." is dropped with "told
me"; "St. Bérenger" never splits; "A spokesperson for the health minister said" (a forecast, "");
the bio, the two-sentence opinion disclaimer and "Have something to say?" are "B".

(12) A nonprofit state-politics newsroom's site in Nevada: the Senate passes S.B. 114. The
standfirst's "industry group says" carries "the Nevada Data Infrastructure Coalition" as the body
names it ("In written testimony, the ... Coalition, which represents ..., said", the clause
dropped, cue "said"), and "It said" resolves to it; "S.B. 114", "A.B. 302" and "Sec. 4" never
split; "Sen." and "D-Las Vegas" are dropped; “Why should a warehouse full of servers get a pass
...?” Ocañas asked during Tuesday's floor debate. is one sentence; "R-Reno." ends a sentence before
"He said", which carries the senator; the group director's analysis is "W"; "according to the
state engineer's office"; "A spokesperson for the governor, Kiara Bettenhausen, said" carries her
(""); "Assemblywoman" and "D-Henderson" are dropped (a plan, ""); "Jan. 31, 2028" never splits;
the donation box is "B" in three sentences.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py`, `labelled_new73.py` and `labelled_new74.py` (and, as their
docstrings state them, in earlier sets) hold too: furniture "B" line by line (cookie banners,
meters, paywall blocks, widgets, key-event lists, time stamps, share strips, credits, bios, related
lists, contact lines, footers); captions by content and credits "B"; standfirsts labelled like
headlines, never split at a semicolon, a verb of saying in them carrying the source as the body
names it; titles, ranks, honorifics, roles and party-and-district tags dropped from speakers, a
suffix that is part of the name kept; a pronoun, a later surname or a role resolved to the full name
as first given; organisations, documents and data kept as written, "according to X" -> X whole,
"It" for an organisation resolved to its name as first given with a lower-case article, initials
and later generic nouns as the subject kept as written; a quote over several sentences carrying its
speaker and cue, a question inside it too; "did not respond to a request for comment" labelled
like speech with flags ""; figures, votes, decisions, rules and statements of record "W";
forecasts, estimates, pledges, opinions, feelings, advice, service tips, scene, private
circumstances and questions ""; a named person acting or described, with no verb of saying, carries
no speaker; Q&A answers carry the interviewee with the prefix as the cue.

Conventions this set had to settle, in the same spirit:

* "asked" after a quote. A question inside a quote followed by its attribution ("“...?” asked X",
  "“...?” X asked", "“...?” Cllr X asked") is one sentence carrying X with the cue "asked", and the
  quote's next sentences carry "asked" too; a question that continues a quote after "he said"
  carries the cue of that quote.
* "Q." and "A." with full stops. They open their sentences and never stand alone; the cue of every
  answer sentence is "A."; a question turn is labelled by content.
* Press releases. The release's own voice is the company's: "today announced" is a cue ("announced")
  with the company as written, "The company expects" a forecast (""); the "About" block is labelled
  like notes to editors (title "B", facts "W", pointer "B"); forward-looking statements, contacts
  and "SOURCE ..." are "B".
* Market widgets. A snapshot box is "B" line by line, even though the story repeats its figures.
* Paywall and cookie blocks. A meter, a paywall block in the middle of the story and a cookie
  banner are "B" sentence by sentence, their questions included ("Already a subscriber?").
* Notices quoted without attribution (a sign on a door) carry no speaker and are labelled by
  content.
* "blamed", "asked", "has asked", "has forecast", "told the board", "told the court", "told the
  meeting", "told me", "told Brixaro", "told Echo Sport", "told Nakshatra News", "said in a
  filing", "said in a note", "said in a news release" and "called" are cues as written; "In a
  victim impact statement, X said" and "In written testimony, X said" take "said".

Splits. "Sept. 1." before "The vote", "Merriwell Ave." before "More than", "Aug. 30." before "A
full list", "LLC." before "All rights reserved.", "the U.S." before "Benchmark", "Co. Ltd." before
"Sembrani", "Ltd." before "Registered", "F.C." before "He", "et al." before "That study", "Jr."
before "He said", "Dec. 7." before "The judge", "Corp." before "Both", "Inc." before "Its" and
before "Tarnholm", "in the U.S." before "It's", "Sept. 30." before "By my count", "R-Reno." before
"He said", "Pvt. Ltd." before "All rights reserved.", "Already a subscriber?" before "Log in", "Have
a tip?" and "Do you have a story for the Journal?" before "Email ...", "“Emergency department closed
tonight." before "Please go", "quarters." before "St. Arvid" inside a quote, and "Q." and "A."
opening their sentences end or begin one. "5:58 a.m.", "GMT+7", "0830 GMT", "PT Sembrani Nikel
Tbk,", "Co. Ltd." inside a sentence, "6.00am", "7.45am", "No. SC412763", "(SNP)", "4-4-2", "dB(A)",
"vs.", "e.g.", "Dr.", "Prof.", "Fig. 2", "J Occup Hear Res. 2026;11(2):87-99", "10.30 am", "Fri.,
Oct. 9, 2026, 6:05 a.m.", "U.S. District Judge", "United States v. Rieckhoff, No. 5:25-cr-40061,",
"Assistant U.S. Attorney", "Halsey & Drubb Co. rose", "2 p.m.", "(NASDAQ: THMK)", "/Newsgate
Wire/ --", "St. Arvid, Minn.,", "Jan. 1 and Oct. 15,", "St. Bérenger", "S.B. 114",
"A.B. 302", "Sec. 4", "D-Las Vegas," and "Jan. 31, 2028" never split a sentence; nor does a question
inside a quote before its attribution, whether the attribution opens with a lower-case verb or
with a capitalised name or title.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for
word from these pages (consecutive lines joined by a newline, sentences of one line by a space) and
written the same way as the `CASES` of the tuning sets: what a reviewer wants, not what the engine
does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US metro daily's site in Colorado pasted whole, a regional transit board cuts 11 bus routes and raises the base fare to $3 (a cookie banner in two sentences with its buttons, masthead in capitals, account strip with pipes, menu, a free-article meter with a price and a question, section label, headline with a figure, semicolon standfirst carrying the agency through says, byline with an email address, published and updated line with a.m., caption and credit in brackets, a lead with Sept. 1. and Ave. ending sentences, a statement and It said, a RELATED link, told the board and a quote over two sentences, a mid-story paywall block in three sentences and a button, according to agency data, a question in a quote before asked and a name, a board member's quote running on into a question, board minutes, did not respond to a request for comment, Aug. 30. before a service tip, a bio with a question, a most-popular list, LLC. before All rights reserved., footer links)",
    "international wire service's own site, Indonesia cuts its 2027 nickel ore quota by a fifth and smelters warn of a shortfall (brand in capitals, menu, section label, headline with a semicolon, byline with two names, date line with GMT+7 and an updated note, a caption with place and date and the photo credit with a licensing link, a dateline lead carrying an unnamed senior official as the lead describes him, told reporters and a quote over two sentences, the U.S. ending a sentence before Benchmark, 0830 GMT, a forum named in the middle of a sentence with said in a statement and It said, told Brixaro with a question continuing the quote, PT and Tbk, Co. Ltd. ending a sentence before the company's short name with said in a filing, an advertisement line, an analysts' note, ministry data, an unnamed trader with a clause dropped, Aug. 15, a bracketed reporting, writing and editing line, the wire's standards line, a read-next list and a newsletter sign-up in two sentences)",
    "Scottish local weekly's site in Aberdeenshire, councillors vote to mothball a village primary school with 11 pupils on the roll (masthead, tagline, menu, crumb with ›, headline, standfirst carrying the parent council through says, byline, date line with 6.00am, share strip, a caption stating a fact with its Picture: credit, a committee's vote, according to a report by officers and The report said twice, a parent council's statement, a chair named after her quote with a question continuing it, a council spokesperson and The spokesperson, Cllr dropped, two women in turn through she said, a councillor with (SNP) who told the meeting and a question in a quote before Cllr ... asked, the 2022 census, a community council chair, a public meeting of record, a story-tip line with a question, comments closed, a more-from list, Ltd. before Registered in Scotland No. SC412763.)",
    "English regional evening paper's sport section, a League Two match report in which a teenager's late header ends a nine-game winless run (section brand in capitals, sport menu, club label, headline with a score and a colon, standfirst with the club's nickname, byline with a role, 24-hour date line, share strip, match narrative with minutes and no speaker, two managers who speak in turn with a question inside a quote before the surname and said, told Echo Sport, figures of record, F.C. ending a sentence before He, line-ups with formations and substitutions, subs not used, referee and attendance lines as data, a bottom-four table with its title and header, a next-match and ticket strip, a more-on-this-story link, footer in two sentences)",
    "popular-science site, a study finds orchestra musicians are nearly three times as likely to have noise-induced hearing loss (brand in capitals, topic menu, section label, headline and dek with figures, byline, date line with a.m. ET, a two-sentence caption and its credit, according to a study published in a journal, They found carrying The researchers, vs., Dr. and Prof. dropped, dB(A), e.g. inside a sentence, an advertisement line, Fig. 2 opening a sentence, et al. ending a sentence before That, the authors wrote, an act of the authors without a speaker, an outside expert, a questionnaire, a player named after his quote, an orchestra spokesperson, a Journal reference: title and the citation as one sentence, related stories, an about-the-author bio and a footer)",
    "Indian news site's live page, heavy rain in Mumbai brings a red alert, halted suburban trains and school closures (brand, menu, city label, LIVE label, headline with mm and a semicolon, a written-by and updated line with IST, an auto-refresh switch, a Key Highlights list line by line, time stamps with (IST) and the date, entry headlines labelled like headlines, a spokesperson and the spokesperson, headline quotes in single quotes with says commuter and says IMD scientist carrying the people the entries name, a commuter's quote with a question, the IMD said and The IMD has forecast, it said resolved to Central Railway, an also-read link, an officer at the local police station and the officer, an airport spokesperson, advice without a source, according to the BMC's disaster management cell, The civic body has asked, Dr dropped and told Nakshatra News, The BMC said and it said resolved to the full name, times with am and pm, the welcome entry, a WhatsApp line, Pvt. Ltd. before All rights reserved.)",
    "US local daily's site in New Mexico, a Q&A with a community college's new president on enrollment, a deficit and the nursing waitlist (masthead in capitals, menu with pipes, section label, headline with Q&A: and a figure, byline with an email address, published line with the weekday, two sentences of introduction, the transcript note and the edited-for-length line, questions opening with Q. and answers opening with A., every answer sentence carrying the president with the cue A., question turns that state figures of record, a question citing the college's budget office with says, according to inside an answer, the U.S. ending an answer's sentence before It's, a student's question quoted inside an answer, a bio, a contact line, a newsletter line, Co. before All rights reserved.)",
    "US regional daily's court report in Kansas, a former hospital finance chief gets 46 months for wire fraud (masthead, account strip, menu, section label, headline with figures, standfirst carrying the judge through asks, byline with a role, date line with Fri., Oct. and a.m., a listen line, TOPEKA — dateline, U.S. District Judge opening a sentence, United States v. ... No. 5:25-cr-40061, according to the plea agreement, prosecutors said, court filings, a question inside a quote before the surname and asked with the quote's next sentence carrying asked, Assistant U.S. Attorney dropped with told the court, a defence lawyer named after the quote with Jr. ending the sentence before He, the defendant's own statement with told the court, a victim impact statement, the U.S. Attorney's Office with said in a news release, Dec. 7. before The judge, court records, a contact line, a related link and the footer)",
    "US financial news site's daily markets report, Wall Street slips as chipmakers slide and Treasury yields climb (brand in capitals, menu, section label, headline with Stock market today:, byline, updated line with EDT, NEW YORK (Tickerwell) — dateline, index levels and changes, according to a survey by a data firm, It blamed resolved to the company, Corp. ending a sentence before Both, Inc. ending a sentence before Its, Co. inside a sentence, an advertisement line, Treasury yields and an auction, according to minutes released at 2 p.m. kept whole, a strategist named after her quote, oil, gold, European and Asian indexes, a market snapshot widget line by line with its delay and source notes, an independence note and a three-sentence copyright notice)",
    "US company's press release on a newswire's site, a frozen-food maker will build a $185 million plant in Minnesota and hire 320 people (wire brand, menu, category strip with pipes, headline, subheadline with a semicolon, News provided by and the company line, date line with ET, share line, MINNEAPOLIS, March 3, 2026 /Newsgate Wire/ -- dateline with NASDAQ: and today announced, The company expects, Inc. ending a sentence before the company's short name, a chief executive's quote over three sentences with a sentence opening with St. inside the quote, a mayor named after his quote, a grant and a tax abatement of record, an About block with its title, facts and a pointer line, forward-looking statements in three sentences with their title, media and investor contacts and the SOURCE line)",
    "Canadian daily's opinion column in Manitoba, a rural emergency department has closed 71 nights this year (masthead in capitals, menu, crumb with ›, headline, semicolon standfirst carrying the provincial health department through calls, author line, published line with Oct., share strip with a comment count, a door sign quoted in two sentences without a speaker, Sept. 30. and Jan. 1. ending sentences, the columnist's own counts with no speaker, an emailed statement with called and It said, the health authority's vacancy report, told me, Dr. dropped, St. Bérenger inside a sentence, a spokesperson for the minister, rhetorical questions and advice, a two-sentence bio, a two-sentence opinion disclaimer, a letters line with a question, comments and sign-in lines)",
    "nonprofit state-politics newsroom's site in Nevada, the state Senate passes S.B. 114 requiring data centers to report water use (brand in capitals, tagline, donate and newsletter strip, menu, section label, headline with S.B. 114 and a vote, semicolon standfirst carrying an industry group through says, author line, date line with pipes, a republish link, A.B. 302, Sen. and D-Las Vegas dropped, a question inside a quote before the surname and asked, Sec. 4 opening a sentence, R-Reno. ending a sentence before He, In written testimony with said and It said, a donation box in three sentences, a group director's analysis, according to the state engineer's office, a governor's spokesperson named after her role, Assemblywoman and D-Henderson dropped, Jan. 31, 2028, a bio, a republishing note and the footer)",
]

ARTICLES = [
    [  # 1. US metro daily's site in Colorado pasted whole, a regional transit board cuts 11 bus routes and raises the base fare to $3
        [("We value your privacy", "", "", "B")],
        [("We and our 214 partners use cookies and similar tools to personalize content, measure ads and understand how you use this site.", "", "", "B"),
         ("You can change your choices at any time under “Privacy choices” at the bottom of every page.", "", "", "B")],
        [("Accept all   Reject all   Manage choices", "", "", "B")],
        [("THE STANNERTON POST", "", "", "B")],
        [("Subscribe   |   Log in   |   e-Paper   |   Newsletters", "", "", "B")],
        [("News   Politics   Business   Sports   Things To Do   Opinion   Obituaries   Real Estate", "", "", "B")],
        [("You have 2 free articles remaining this month.", "", "", "B"),
         ("Subscribe for 99¢ and get unlimited access.", "", "", "B"),
         ("Already a subscriber?", "", "", "B"),
         ("Log in", "", "", "B")],
        [("TRANSPORTATION", "", "", "B")],
        [("Yarrowgate transit board cuts 11 bus routes, raises base fare to $3", "", "", "W")],
        [("Agency says the changes close a $14.6 million gap; riders on Route 22 lose their only bus to the hospital", "Yarrowgate Area Transit", "says", "W")],
        [("By Renata Arbery-Weddle | rarbery@stannertonpost.com | The Stannerton Post", "", "", "B")],
        [("PUBLISHED: July 15, 2026 at 5:58 a.m. | UPDATED: July 15, 2026 at 9:12 a.m.", "", "", "B")],
        [("A Route 22 bus pulls away from the stop outside Yarrowgate Regional Medical Center on Monday.", "", "", ""),
         ("(Hyun-woo Cardwick / The Stannerton Post)", "", "", "B")],
        [("The board of Yarrowgate Area Transit voted 8-3 late Tuesday to eliminate 11 of its 38 bus routes and raise the base fare from $2.25 to $3 starting Sept. 1.", "", "", "W"),
         ("The vote followed nearly four hours of public comment at the agency's headquarters on Merriwell Ave.", "", "", "W"),
         ("More than 90 people had signed up to speak.", "", "", "W")],
        [("Yarrowgate Area Transit said in a statement Wednesday that the route cuts and the higher fare would close a $14.6 million gap in its 2027 budget.", "Yarrowgate Area Transit", "said in a statement", "W"),
         ("It said weekday ridership was still 31% below 2019 levels, while fuel and labor costs had risen by about a fifth.", "Yarrowgate Area Transit", "said", "W")],
        [("RELATED: Yarrowgate transit warns of “painful” cuts without new revenue", "", "", "B")],
        [("General manager Felicity Adeoti-Haske told the board the agency had already left 46 driver positions unfilled and sold two of its four park-and-ride lots.", "Felicity Adeoti-Haske", "told the board", "W"),
         ("“We have cut everything we can cut without touching service,” she said.", "Felicity Adeoti-Haske", "said", ""),
         ("“This is what's left.”", "Felicity Adeoti-Haske", "said", "")],
        [("Keep reading with unlimited digital access.", "", "", "B"),
         ("Only 99¢ for your first month.", "", "", "B"),
         ("Cancel anytime.", "", "", "B")],
        [("SUBSCRIBE NOW", "", "", "B")],
        [("Route 22, which runs from the Sagecliff park-and-ride to the medical center, is one of the 11.", "", "", "W"),
         ("It carried an average of 410 riders a weekday in June, according to agency ridership data.", "agency ridership data", "according to", "W"),
         ("“Who's going to drive me to dialysis?” asked Dolores Zamarripa, 67, who rides the route three mornings a week.", "Dolores Zamarripa", "asked", ""),
         ("She said her daughter lives in Parrish Hill, more than an hour away, and works days.", "Dolores Zamarripa", "said", "")],
        [("Adeoti-Haske said Route 22 riders could instead book YAT Flex, the agency's on-demand van service, which will start serving the medical center Aug. 31.", "Felicity Adeoti-Haske", "said", "W"),
         ("She said a van ride would cost the same as a bus fare.", "Felicity Adeoti-Haske", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Board member Curtis Odubanjo-Crump, one of the three no votes, said the agency had not asked the state for emergency operating money this year.", "Curtis Odubanjo-Crump", "said", "W"),
         ("“We're cutting first and asking questions later,” he said.", "Curtis Odubanjo-Crump", "said", ""),
         ("“Did anyone call the Capitol before tonight?”", "Curtis Odubanjo-Crump", "said", "")],
        [("Board chair Annaliese Brodbeck-Pruss said state law does not allow the agency to adopt a budget that spends more than it takes in.", "Annaliese Brodbeck-Pruss", "said", "W"),
         ("“Nobody up here wanted to do this,” Brodbeck-Pruss said.", "Annaliese Brodbeck-Pruss", "said", "")],
        [("The fare increase is the agency's first since 2017.", "", "", "W"),
         ("Reduced fares for seniors, students and riders with disabilities will rise from $1 to $1.50, and children under 6 will still ride free.", "", "", "W"),
         ("The agency last cut service in 2021, when it dropped six routes, according to board minutes.", "board minutes", "according to", "W")],
        [("The Colorado Department of Transportation did not respond to a request for comment Wednesday on whether any state money was available.", "The Colorado Department of Transportation", "did not respond to a request for comment", "")],
        [("The new schedules take effect Aug. 30.", "", "", "W"),
         ("A full list of the routes being cut, with maps, is posted at yarrowgatetransit.org/changes.", "", "", ""),
         ("Riders can also call the agency's customer line at 303-555-0172 from 7 a.m. to 7 p.m. on weekdays.", "", "", "")],
        [("Renata Arbery-Weddle covers transportation and growth for The Stannerton Post.", "", "", "B"),
         ("Have a tip?", "", "", "B"),
         ("Email her or call 720-555-0148.", "", "", "B")],
        [("Most Popular", "", "", "B")],
        [("Grocery chain to close two Stannerton stores by end of year", "", "", "B")],
        [("Heat warning extended through Friday for metro area", "", "", "B")],
        [("Copyright © 2026 The Stannerton Post, a division of Corbellane Media Group LLC.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Use   |   Privacy Policy   |   Cookie Preferences   |   Do Not Sell or Share My Personal Information", "", "", "B")],
    ],
    [  # 2. international wire service's own site, Indonesia cuts its 2027 nickel ore quota by a fifth and smelters warn of a shortfall
        [("BRIXARO", "", "", "B")],
        [("World   Business   Markets   Sustainability   Legal   Commentary   More", "", "", "B")],
        [("Commodities", "", "", "B")],
        [("Indonesia to cut 2027 nickel ore quota by a fifth; smelters warn of shortfall", "", "", "W")],
        [("By Dewi Kartikasari Pusponegoro and Lukas Orrelane", "", "", "B")],
        [("July 22, 2026 4:31 PM GMT+7   Updated 3 hours ago", "", "", "B")],
        [("A worker walks past piles of nickel ore at a stockpile in Morowali, Central Sulawesi, Indonesia, March 4, 2026.", "", "", ""),
         ("BRIXARO/Ahmad Fauzan Sitompul/File Photo   Purchase Licensing Rights", "", "", "B")],
        [("JAKARTA, July 22 (Brixaro) - Indonesia will cut the amount of nickel ore miners are allowed to dig next year by about a fifth, a senior official at the Energy and Mineral Resources Ministry said on Wednesday, as the government tries to slow the depletion of the country's high-grade reserves.", "a senior official at the Energy and Mineral Resources Ministry", "said", "W")],
        [("Tri Haryanto Sembiring, the ministry's director general of minerals and coal, told reporters the ministry had approved mining quotas totalling 192 million metric tons of ore for 2027, down from 240 million tons for this year.", "Tri Haryanto Sembiring", "told reporters", "W"),
         ("“At the current pace, our reserves of high-grade ore will not last beyond 2035,” he said.", "Tri Haryanto Sembiring", "said", ""),
         ("“We have to slow down now, not later.”", "Tri Haryanto Sembiring", "said", "")],
        [("Indonesia, the world's biggest nickel producer, supplies more than half of the metal used by battery and stainless steel makers in China, Europe and the U.S.", "", "", "W"),
         ("Benchmark three-month nickel on the London Metal Exchange rose 3.1% to $16,840 a metric ton by 0830 GMT, its biggest daily gain since March.", "", "", "W")],
        [("Smelters in the country would be about 35 million tons of ore short next year under the new quotas, the Nickel Processing Industry Forum (FORPIN), which represents 41 smelter operators, said in a statement.", "the Nickel Processing Industry Forum (FORPIN)", "said in a statement", "W"),
         ("It said its members would have to import ore from the Philippines or run their furnaces below capacity.", "the Nickel Processing Industry Forum (FORPIN)", "said", "")],
        [("FORPIN chairman Agus Setiadarma Wiranata said the group would ask the ministry to raise the quotas when it reviews them in the middle of next year.", "Agus Setiadarma Wiranata", "said", ""),
         ("“We built the smelters, and now we are told to share the ore,” Wiranata told Brixaro.", "Agus Setiadarma Wiranata", "told Brixaro", ""),
         ("“Where is it supposed to come from?”", "Agus Setiadarma Wiranata", "told Brixaro", "")],
        [("Shares of PT Sembrani Nikel Tbk, the country's biggest listed nickel miner, rose 9.2% in Jakarta, while the main stock index gained 0.4%.", "", "", "W"),
         ("Last month the miner signed a 10-year deal to supply ore to a battery materials plant run by Qingrun New Energy Co. Ltd.", "", "", "W"),
         ("Sembrani said in a filing to the stock exchange on Wednesday that its quota for 2027 had been cut to 11.5 million tons from 14 million tons.", "PT Sembrani Nikel Tbk", "said in a filing", "W")],
        [("Advertisement · Scroll to continue", "", "", "B")],
        [("Analysts at Samudra Biru Securities said in a note that the cut could push the global nickel market into a deficit of about 40,000 tons in 2027, from a surplus of roughly 120,000 tons this year.", "Analysts at Samudra Biru Securities", "said in a note", ""),
         ("Indonesia stopped exports of unprocessed nickel ore several years ago to push companies to build smelters at home, and the number of operating smelters has since risen to 58, according to ministry data.", "ministry data", "according to", "W")],
        [("A Singapore-based trader, who asked not to be named because he was not authorised to speak to media, said Chinese buyers had already begun booking cargoes of Philippine ore for the first quarter of 2027.", "A Singapore-based trader", "said", "W"),
         ("“Everybody saw this coming except the smelters,” he said.", "A Singapore-based trader", "said", "")],
        [("The ministry will publish each company's quota on its website by Aug. 15, Sembiring said.", "Tri Haryanto Sembiring", "said", "W"),
         ("Companies can appeal their allocations within 30 days.", "", "", "W")],
        [("(Reporting by Dewi Kartikasari Pusponegoro; Additional reporting by Weng Shiqi in Singapore; Writing by Lukas Orrelane; Editing by Marguerite Calderan and Colm Tiernachan)", "", "", "B")],
        [("Our Standards: The Brixaro Trust Principles.", "", "", "B")],
        [("Purchase Licensing Rights, opens new tab", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("Philippine nickel ore shipments to China hit record in June", "", "", "B")],
        [("Battery makers scramble for supply as cobalt prices jump", "", "", "B")],
        [("Get a daily digest of the biggest commodities news.", "", "", "B"),
         ("Sign up here.", "", "", "B")],
    ],
    [  # 3. Scottish local weekly's site in Aberdeenshire, councillors vote to mothball a village primary school with 11 pupils on the roll
        [("The Glenbrannoch Journal", "", "", "B")],
        [("Your local paper for Buchan and the Garioch since 1884", "", "", "B")],
        [("News   Sport   Farming   Community   What's On   Announcements   Contact Us", "", "", "B")],
        [("News  ›  Education", "", "", "B")],
        [("Councillors vote to mothball Auchterglass Primary with 11 pupils on the roll", "", "", "W")],
        [("Parent council says officials' roll forecast leaves out seven children due to start school by 2028", "Auchterglass Primary Parent Council", "says", "W")],
        [("By Morag Cruickshaw-Benzie", "", "", "B")],
        [("Thursday 12 March 2026, 6.00am", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Auchterglass Primary School, which opened in 1876, has one classroom and two teachers.", "", "", "W"),
         ("Picture: Iain Macquattie", "", "", "B")],
        [("Aberdeenshire Council's education and children's services committee voted 9-4 on Tuesday to mothball Auchterglass Primary School at the end of the summer term.", "", "", "W"),
         ("Its 11 pupils will move to Kinbrathie Primary, 6.2 miles away, from August.", "", "", "W")],
        [("Mothballing shuts a school without the statutory consultation needed for a closure, but the council must review the decision every year, according to a report by officers to the committee.", "a report by officers to the committee", "according to", "W"),
         ("The report said the school's roll had fallen from 34 in 2016 and was forecast to drop to eight by 2028.", "The report", "said", "W"),
         ("The report also said each pupil at Auchterglass cost the council £21,400 a year, against an average of £6,900 across its primary schools.", "The report", "said", "W")],
        [("Auchterglass Primary Parent Council said in a statement that the forecast left out seven children who live in the school's catchment and are due to start primary one by 2028.", "Auchterglass Primary Parent Council", "said in a statement", "W"),
         ("“Officers counted the children already in the school and forgot about the ones who are coming,” said the parent council's chair, Shona Mealmaker.", "Shona Mealmaker", "said", ""),
         ("“Where are they supposed to go when Kinbrathie is full?”", "Shona Mealmaker", "said", ""),
         ("She said Kinbrathie Primary already had 96 pupils in a building designed for 100.", "Shona Mealmaker", "said", "W")],
        [("A council spokesperson said the forecast was based on the number of pre-school children registered with GP practices in the catchment, not on the number likely to enrol.", "A council spokesperson", "said", "W"),
         ("The spokesperson said Kinbrathie's capacity would rise to 118 once a second modular classroom was installed in June.", "The spokesperson", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Committee chair Cllr Lorna Bruntfield said the decision was “not a closure by the back door”.", "Lorna Bruntfield", "said", ""),
         ("“If families move into the area and the numbers go back up, the school can reopen,” she said.", "Lorna Bruntfield", "said", ""),
         ("Mealmaker said none of the three other rural primaries the council had mothballed since 2019 had reopened.", "Shona Mealmaker", "said", "W"),
         ("“That's not a pause,” she said.", "Shona Mealmaker", "said", ""),
         ("“That's a closure with extra steps.”", "Shona Mealmaker", "said", "")],
        [("Ward councillor Ewan Balcraig (SNP), who voted against, told the meeting that the youngest pupils would face a 40-minute bus journey each way.", "Ewan Balcraig", "told the meeting", "W"),
         ("“Would any of us put a five-year-old on a bus at 7.45am in January?” Cllr Balcraig asked.", "Ewan Balcraig", "asked", ""),
         ("He said the council had spent £86,000 on a new roof for the school in 2023.", "Ewan Balcraig", "said", "W")],
        [("Auchterglass has a population of about 310, according to the 2022 census.", "the 2022 census", "according to", "W"),
         ("The village shop, the hall and the church share the school's car park, and the hall is heated by the school's boiler.", "", "", "W")],
        [("Robbie Gaskin, who chairs Auchterglass and District Community Council, said he feared the hall would be next.", "Robbie Gaskin", "said", ""),
         ("“Once the school goes, young families stop looking at houses here,” he said.", "Robbie Gaskin", "said", "")],
        [("The decision can be referred to the full council if at least 12 councillors sign a request within five working days.", "", "", "W"),
         ("The parent council will hold a public meeting in Auchterglass Village Hall at 7pm on Monday 16 March.", "", "", "W")],
        [("Do you have a story for the Journal?", "", "", "B"),
         ("Email newsdesk@glenbrannochjournal.co.uk or call 01467 555 210.", "", "", "B")],
        [("Comments are closed on this article.", "", "", "B")],
        [("More from News", "", "", "B")],
        [("Farmers warned over rise in sheep worrying on Garioch hill farms", "", "", "B")],
        [("Drumlassie road to close overnight for resurfacing", "", "", "B")],
        [("© Glenbrannoch Journal Ltd.", "", "", "B"),
         ("Registered in Scotland No. SC412763.", "", "", "B")],
    ],
    [  # 4. English regional evening paper's sport section, a League Two match report in which a teenager's late header ends a nine-game winless run
        [("ECHO SPORT", "", "", "B")],
        [("Football   Rugby   Cricket   Racing   Non-League   Fixtures & Results   Tables", "", "", "B")],
        [("Ingleborough Athletic", "", "", "B")],
        [("Ingleborough 2-1 Cressbrook: teenager's late header ends nine-game winless run", "", "", "W")],
        [("Kofi Pendlebright's first senior goal lifts the Millers out of League Two's bottom two", "", "", "W")],
        [("By Darren Grimsdyke, Chief Football Writer", "", "", "B")],
        [("17:52, Sat 14 Nov 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Copy link", "", "", "B")],
        [("Kofi Pendlebright headed in an 88th-minute winner as Ingleborough Athletic came from behind to beat Cressbrook United at Sawpit Lane and win a League Two match for the first time since September.", "", "", "W"),
         ("The 18-year-old, on his third senior appearance, met Jordan Paddison's corner at the near post six minutes after coming off the bench.", "", "", "W")],
        [("Cressbrook took the lead on 34 minutes when Aaron Catterall scored from the penalty spot after Ingleborough goalkeeper Tom Mackerras brought down Dominic Cottingham.", "", "", "W"),
         ("Captain Reece Dransfield equalised four minutes after half-time, turning in from close range after Cressbrook failed to clear a free-kick.", "", "", "W"),
         ("Cressbrook defender Callum Nwaokolo limped off with a hamstring injury on the hour.", "", "", "W")],
        [("“I've been in this game a long time and I don't think I've ever wanted a ball to go in more,” said Ingleborough manager Gareth Loyd.", "Gareth Loyd", "said", ""),
         ("“Did we deserve it?” Loyd said.", "Gareth Loyd", "said", ""),
         ("“Over 90 minutes, I think we did.”", "Gareth Loyd", "said", "")],
        [("Loyd said Pendlebright had signed his first professional contract only on Thursday.", "Gareth Loyd", "said", "W"),
         ("“He's been the best player in training for a month, so it wasn't a gamble,” he said.", "Gareth Loyd", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Cressbrook manager Stuart Thurlby said his side had “stopped playing” after going ahead.", "Stuart Thurlby", "said", ""),
         ("“The penalty was a penalty and their second goal was a good goal, and in between we went missing,” he told Echo Sport.", "Stuart Thurlby", "told Echo Sport", ""),
         ("He said Nwaokolo would have a scan on Monday.", "Stuart Thurlby", "said", "W")],
        [("The win was Ingleborough's first at Sawpit Lane since a 1-0 victory over Pellmouth Town on 22 August.", "", "", "W"),
         ("It lifts them to 22nd, a point above the relegation places, while Cressbrook stay 15th.", "", "", "W"),
         ("The crowd of 4,812 was Sawpit Lane's biggest of the season.", "", "", "W")],
        [("Pendlebright, who grew up two streets from the ground, joined the club's academy at 11 from Alderfold Juniors F.C.", "", "", "W"),
         ("He said afterwards that his mum had been in the Main Stand.", "Kofi Pendlebright", "said", ""),
         ("“I couldn't see her, but I could hear her,” he said.", "Kofi Pendlebright", "said", "")],
        [("Line-ups", "", "", "B")],
        [("Ingleborough Athletic (4-4-2): Mackerras; Bottomley, Dransfield, Ogbeide, Attwooll; Paddison, Burtonshaw, Brimacombe, Hemsworth (Pendlebright 82); Ferrington, Horrocks (Nkemjika 70).", "", "", ""),
         ("Subs not used: Sumbler, Bickerdike, Bassong.", "", "", "")],
        [("Cressbrook United (4-2-3-1): Pilkenton; Cottingham, Nwaokolo (Mwita 60), Toller, Wedgbury; Shufflebotham, Tregoning; Catterall, Feldmeyer, Yewdale; Lockerby.", "", "", ""),
         ("Subs not used: Glaisdale, Wintergill, Stainrod, Whitgrove.", "", "", "")],
        [("Referee: Martin Kestlewick.", "", "", "")],
        [("Attendance: 4,812 (307 away).", "", "", "")],
        [("League Two: bottom four", "", "", "B")],
        [("Pos   Team   P   GD   Pts", "", "", "B")],
        [("21   Pellmouth Town   17   -8   17", "", "", "")],
        [("22   Ingleborough Athletic   17   -11   16", "", "", "")],
        [("23   Marlingford Rovers   17   -12   15", "", "", "")],
        [("24   Gorsthorpe United   17   -19   11", "", "", "")],
        [("Next up: Ingleborough v Ulverby Town, Tuesday 17 November, KO 7.45pm   |   Buy tickets", "", "", "B")],
        [("More on this story", "", "", "B")],
        [("Loyd: “We've got a group that won't lie down”", "", "", "B")],
        [("Echo Sport is part of the Wyrleston Echo.", "", "", "B"),
         ("© 2026 Wyrleston Echo Ltd.", "", "", "B")],
    ],
    [  # 5. popular-science site, a study finds orchestra musicians are nearly three times as likely to have noise-induced hearing loss
        [("FIELDGLASS SCIENCE", "", "", "B")],
        [("Health   Environment   Space   Physics   Animals   Archaeology   Newsletters   Subscribe", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [("Orchestra musicians are nearly three times as likely to have noise-induced hearing loss, study finds", "", "", "W")],
        [("A study of 1,146 players in 14 Dutch and Belgian orchestras found the highest risk in the brass section and among percussionists", "", "", "W")],
        [("By Priyanka Sethupathi", "", "", "B")],
        [("March 24, 2026 at 10:00 a.m. ET", "", "", "B")],
        [("A horn player rehearses with foam earplugs in.", "", "", ""),
         ("Musicians in the study wore noise dosimeters clipped near each ear.", "", "", "W"),
         ("Photograph: Vlietmond University Medical Center", "", "", "B")],
        [("Professional orchestra musicians are nearly three times as likely as other working adults to have noise-induced hearing loss, according to a study published Monday in the Journal of Occupational Hearing Research.", "a study published Monday in the Journal of Occupational Hearing Research", "according to", "W")],
        [("The researchers tested the hearing of 1,146 musicians in 14 orchestras in the Netherlands and Belgium between 2022 and 2025 and compared the results with those of 2,310 adults of the same ages from a national health survey.", "", "", "W"),
         ("They found noise-induced hearing loss in 14.2% of the musicians vs. 5.1% of the comparison group.", "The researchers", "found", "W"),
         ("The rate was highest among trumpet, trombone and horn players (22%) and percussionists (19%) and lowest among double bass players (8%).", "", "", "W")],
        [("“Orchestra musicians are exposed at work to sound levels that would require hearing protection in a factory,” said lead author Dr. Maartje Vinkeboer, an audiologist at Vlietmond University Medical Center in the Netherlands.", "Maartje Vinkeboer", "said", "W"),
         ("“The difference is that nobody makes them wear it.”", "Maartje Vinkeboer", "said", "")],
        [("Vinkeboer said sound levels measured at players' ears during rehearsals averaged 88 dB(A) and peaked above 130 dB(A) in the brass section.", "Maartje Vinkeboer", "said", "W"),
         ("Players seated directly in front of the brass, e.g. violas and second violins, had more hearing loss in the ear nearer the trumpets, she said.", "Maartje Vinkeboer", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Fig. 2 of the paper shows the gap growing with years of service: musicians with more than 20 years in an orchestra had on average 9 dB worse hearing at 4 kHz than those with fewer than five.", "", "", "W"),
         ("The design follows a smaller 2019 study of Danish orchestras by Thorsager et al.", "", "", "W"),
         ("That study, of 212 players, found a rate of 11%.", "", "", "W")],
        [("Because the study is observational, it cannot show that orchestral work caused the hearing loss, the authors wrote.", "the authors", "wrote", ""),
         ("They adjusted for age, sex, smoking and noisy hobbies such as motorcycling and shooting.", "", "", "W")],
        [("Prof. Henrietta Oestreich, who studies occupational noise at the University of Gresholme and was not involved in the research, said the results matched those of smaller studies in Germany and Australia.", "Henrietta Oestreich", "said", "W"),
         ("“What's new here is the size of it,” she said.", "Henrietta Oestreich", "said", ""),
         ("“Fourteen orchestras is not a fluke.”", "Henrietta Oestreich", "said", "")],
        [("Only 23% of the musicians said they wore earplugs at every rehearsal, according to a questionnaire that was part of the study.", "a questionnaire that was part of the study", "according to", "W"),
         ("“You notice it first at parties, when you can't follow the conversation at the end of the table,” said Joost Hamelinck, 52, a trombonist with the Vlietmond Philharmonic who took part in the study.", "Joost Hamelinck", "said", ""),
         ("He said he had started wearing custom-fitted earplugs three years ago.", "Joost Hamelinck", "said", "")],
        [("A spokesperson for the Vlietmond Philharmonic said the orchestra had installed acoustic screens in front of its brass section in 2024 and now gives every new player a hearing test.", "A spokesperson for the Vlietmond Philharmonic", "said", "W"),
         ("Vinkeboer said her team is now testing custom-fitted earplugs in two of the 14 orchestras.", "Maartje Vinkeboer", "said", "W"),
         ("“If they are comfortable enough that people keep them in for a whole Mahler symphony, we will have won,” she said.", "Maartje Vinkeboer", "said", "")],
        [("Journal reference:", "", "", "B")],
        [("Vinkeboer M, de Ruyter-Blom J, Lenting P, et al. Noise-induced hearing loss in professional orchestra musicians: a cross-sectional study of 14 orchestras. J Occup Hear Res. 2026;11(2):87-99. doi:10.4417/johr.2026.0211", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Why your earbuds may be louder than a jackhammer", "", "", "B")],
        [("Tinnitus affects one in seven adults, global review finds", "", "", "B")],
        [("About the author", "", "", "B")],
        [("Priyanka Sethupathi is a health reporter at Fieldglass Science.", "", "", "B"),
         ("She previously covered medicine for a regional newspaper in Ohio.", "", "", "B")],
        [("© 2026 Fieldglass Science.", "", "", "B"),
         ("Privacy   Terms   Contact", "", "", "B")],
    ],
    [  # 6. Indian news site's live page, heavy rain in Mumbai brings a red alert, halted suburban trains and school closures
        [("Nakshatra News", "", "", "B")],
        [("Home   India   Mumbai   Cities   Business   Cricket   Entertainment   Videos   E-Paper", "", "", "B")],
        [("Mumbai", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Mumbai Rains LIVE Updates: Red alert as city gets 204 mm in 12 hours; suburban trains halted between Sion and Kurla", "", "", "W")],
        [("Written by Nakshatra News Desk   |   Mumbai   |   Updated: July 8, 2026 16:42 IST", "", "", "B")],
        [("Auto-refresh   ON", "", "", "B")],
        [("Key Highlights", "", "", "B")],
        [("• IMD issues red alert for Mumbai and Thane till Thursday morning", "", "", "B")],
        [("• Central Railway suspends suburban services between Sion and Kurla", "", "", "B")],
        [("• Schools and colleges in the city to stay shut on Thursday", "", "", "B")],
        [("16:42 (IST)   Jul 08", "", "", "B")],
        [("Schools, colleges in Mumbai shut on Thursday", "", "", "W")],
        [("The Brihanmumbai Municipal Corporation (BMC) has declared a holiday on Thursday for all schools and colleges in the city because of the red alert, a BMC spokesperson said.", "a BMC spokesperson", "said", "W"),
         ("Government and private offices have been asked to let staff work from home where possible, the spokesperson said.", "the spokesperson", "said", "")],
        [("Share   ·   Copy link", "", "", "B")],
        [("16:20 (IST)   Jul 08", "", "", "B")],
        [("‘Water was up to my knees inside the station,’ says commuter", "Sanjana Kolambkar", "says", "")],
        [("Sanjana Kolambkar, who works at a bank in Lower Parel, said she had been stuck at Kurla station since 10.30 am.", "Sanjana Kolambkar", "said", ""),
         ("“Water was up to my knees inside the station, and there were no announcements for two hours,” she said.", "Sanjana Kolambkar", "said", ""),
         ("“How are we supposed to get home?”", "Sanjana Kolambkar", "said", "")],
        [("15:55 (IST)   Jul 08", "", "", "B")],
        [("Santacruz records 204 mm in 12 hours", "", "", "W")],
        [("The India Meteorological Department's Santacruz observatory recorded 204 mm of rain in the 12 hours to 2.30 pm, while the Colaba observatory recorded 118.6 mm, the IMD said.", "the IMD", "said", "W"),
         ("The IMD has forecast “heavy to very heavy rainfall at isolated places” over Mumbai, Thane and Palghar until 8.30 am on Thursday.", "The IMD", "has forecast", "")],
        [("15:30 (IST)   Jul 08", "", "", "B")],
        [("Central Railway halts suburban trains between Sion and Kurla", "", "", "W")],
        [("Central Railway said suburban services between Sion and Kurla had been suspended since 11.15 am after water rose above the tracks.", "Central Railway", "said", "W"),
         ("Trains are running between CSMT and Sion and between Kurla and Kalyan, it said.", "Central Railway", "said", "W"),
         ("Western Railway said its suburban trains were running with delays of 15 to 20 minutes.", "Western Railway", "said", "W")],
        [("Also read: Why Sion and Kurla flood first, every monsoon", "", "", "B")],
        [("15:05 (IST)   Jul 08", "", "", "B")],
        [("Tree falls on car in Dadar, driver injured", "", "", "W")],
        [("A gulmohar tree fell on a moving car on a road in Dadar at about 1.40 pm, an officer at the local police station said.", "an officer at the local police station", "said", "W"),
         ("The driver, 44, was taken to a civic hospital with head injuries and is stable, the officer said.", "the officer", "said", "W")],
        [("14:40 (IST)   Jul 08", "", "", "B")],
        [("14 flights diverted since noon", "", "", "W")],
        [("Fourteen flights bound for Mumbai have been diverted to Ahmedabad and Hyderabad since noon because of poor visibility, an airport spokesperson said.", "an airport spokesperson", "said", "W"),
         ("Passengers have been asked to check their flight status with airlines before leaving for the airport.", "", "", "")],
        [("14:15 (IST)   Jul 08", "", "", "B")],
        [("High tide of 4.6 metres at 4.12 pm", "", "", "W")],
        [("A high tide of 4.6 metres is expected at 4.12 pm, according to the BMC's disaster management cell.", "the BMC's disaster management cell", "according to", "W"),
         ("The civic body has asked residents to stay away from the sea front at Marine Drive, Juhu and Dadar Chowpatty until the evening.", "The civic body", "has asked", "")],
        [("13:50 (IST)   Jul 08", "", "", "B")],
        [("‘The system is moving slowly,’ says IMD scientist", "Sushma Kharwade", "says", "")],
        [("IMD Mumbai scientist Dr Sushma Kharwade said the low-pressure system over the north Konkan coast was moving slowly.", "Sushma Kharwade", "said", "W"),
         ("“Because it is moving slowly, the rain will stay over the city through the night, and the intensity may increase after midnight,” she told Nakshatra News.", "Sushma Kharwade", "told Nakshatra News", ""),
         ("She said Mumbai had already received 61% of its July average rainfall in the first eight days of the month.", "Sushma Kharwade", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("13:20 (IST)   Jul 08", "", "", "B")],
        [("Waterlogging at 37 spots; Andheri Subway shut", "", "", "W")],
        [("The BMC said it had received complaints of waterlogging from 37 locations by 1 pm, including Hindmata, Andheri Subway and King's Circle, and had deployed 480 dewatering pumps across the city.", "The BMC", "said", "W"),
         ("Andheri Subway has been closed to traffic, it said.", "the Brihanmumbai Municipal Corporation (BMC)", "said", "W")],
        [("12:45 (IST)   Jul 08", "", "", "B")],
        [("Red alert for Mumbai, Thane till Thursday morning", "", "", "W")],
        [("The IMD upgraded its warning for Mumbai and Thane from orange to red at 12.30 pm, meaning extremely heavy rain is likely at some places.", "", "", "W")],
        [("12:30 (IST)   Jul 08", "", "", "B")],
        [("Good afternoon and welcome to our live coverage of the heavy rain in Mumbai.", "", "", "B"),
         ("Follow this page for updates on trains, roads, flights and school closures.", "", "", "B")],
        [("Follow Nakshatra News on WhatsApp for the latest Mumbai updates", "", "", "B")],
        [("© 2026 Nakshatra Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. US local daily's site in New Mexico, a Q&A with a community college's new president on enrollment, a deficit and the nursing waitlist
        [("THE LOMACITA SUN", "", "", "B")],
        [("News   |   Education   |   Business   |   Sports   |   Opinion   |   Obituaries   |   Classifieds", "", "", "B")],
        [("EDUCATION", "", "", "B")],
        [("Q&A: Caliche Valley's new president on falling enrollment, a $4.1 million deficit and the nursing waitlist", "", "", "W")],
        [("By Gabriel Archuleta   garchuleta@lomacitasun.com", "", "", "B")],
        [("Published Sunday, August 16, 2026", "", "", "B")],
        [("Lucinda Trujillo-Banerjee became president of Caliche Valley Community College on July 1, taking over a college whose enrollment has fallen by nearly a third since 2016.", "", "", "W"),
         ("She came from Pennwright Ridge College in West Texas, where she was vice president for academic affairs.", "", "", "W"),
         ("She grew up in Ruidera, where the college has a branch campus, and took her first classes there in 1992.", "", "", "W")],
        [("The Sun spoke with her in her office on the college's Gallina Road campus on Thursday.", "", "", "B"),
         ("This interview has been edited for length and clarity.", "", "", "B")],
        [("Q. You've been here six weeks.", "", "", ""),
         ("What has surprised you?", "", "", "")],
        [("A. How many of our students work full time.", "Lucinda Trujillo-Banerjee", "A.", ""),
         ("About 58% of our credit students work 30 hours a week or more, according to a survey we did last spring.", "Lucinda Trujillo-Banerjee", "A.", "W"),
         ("That changes everything about how you schedule classes.", "Lucinda Trujillo-Banerjee", "A.", "")],
        [("Q. Enrollment has fallen from 6,940 students in fall 2016 to 4,780 last fall.", "", "", "W"),
         ("Why?", "", "", "")],
        [("A. Some of it is the oil field.", "Lucinda Trujillo-Banerjee", "A.", ""),
         ("When the rigs are hiring, a 19-year-old is not going to sit in a welding class.", "Lucinda Trujillo-Banerjee", "A.", ""),
         ("Some of it is us.", "Lucinda Trujillo-Banerjee", "A.", ""),
         ("We cut 40 evening sections in 2020 and never brought them back.", "Lucinda Trujillo-Banerjee", "A.", "W")],
        [("Q. The college's budget office says you'll end this fiscal year with a $4.1 million deficit.", "The college's budget office", "says", "W"),
         ("How do you close that?", "", "", "")],
        [("A. Not by raising tuition.", "Lucinda Trujillo-Banerjee", "A.", ""),
         ("In-district tuition is $62 a credit hour, and the board voted in June to keep it there for this academic year.", "Lucinda Trujillo-Banerjee", "A.", "W"),
         ("We'll use about $2.5 million from reserves and leave 18 vacant positions unfilled.", "Lucinda Trujillo-Banerjee", "A.", "W"),
         ("We're also asking voters for a 1.5-mill levy increase on the November ballot.", "Lucinda Trujillo-Banerjee", "A.", "W")],
        [("Q. There are 212 people on the waitlist for the nursing program.", "", "", "W"),
         ("Why not just take more students?", "", "", "")],
        [("A. Because I can't hire nursing faculty.", "Lucinda Trujillo-Banerjee", "A.", ""),
         ("A nurse with a master's degree can make about $40,000 a year more at the hospital across the road than we can pay her to teach.", "Lucinda Trujillo-Banerjee", "A.", "W"),
         ("So we have 48 seats a year, and we fill every one.", "Lucinda Trujillo-Banerjee", "A.", "W")],
        [("Q. The college's three-year graduation rate is 27%.", "", "", "W"),
         ("Is that good enough?", "", "", "")],
        [("A. It's about the median for community colleges in the U.S.", "Lucinda Trujillo-Banerjee", "A.", "W"),
         ("It's not good enough.", "Lucinda Trujillo-Banerjee", "A.", ""),
         ("Half of the students who leave us do it in their first semester, so that's where the money goes first: we hired four advisers this summer just for first-year students.", "Lucinda Trujillo-Banerjee", "A.", "W")],
        [("Q. The faculty senate voted no confidence in your predecessor in 2024.", "", "", "W"),
         ("Do you worry about that?", "", "", "")],
        [("A. I've met with the senate twice already.", "Lucinda Trujillo-Banerjee", "A.", "W"),
         ("I'd rather they tell me what's wrong to my face than in a resolution.", "Lucinda Trujillo-Banerjee", "A.", ""),
         ("A student stopped me in the hallway last week and asked me, “Are you going to close the Ruidera campus?”", "Lucinda Trujillo-Banerjee", "A.", ""),
         ("I told her no, and I meant it.", "Lucinda Trujillo-Banerjee", "A.", "")],
        [("Q. What does success look like in three years?", "", "", "")],
        [("A. Enrollment back above 5,000, a nursing waitlist under a year, and nobody asking me whether we're closing a campus.", "Lucinda Trujillo-Banerjee", "A.", "")],
        [("Gabriel Archuleta covers education for the Sun.", "", "", "B"),
         ("Reach him at 575-555-0129.", "", "", "B")],
        [("Sign up for Sun Headlines, our free morning newsletter.", "", "", "B")],
        [("© 2026 Lomacita Sun Publishing Co.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. US regional daily's court report in Kansas, a former hospital finance chief gets 46 months for wire fraud
        [("The Harlanview Tribune", "", "", "B")],
        [("SUBSCRIBE   |   SIGN IN", "", "", "B")],
        [("News   Crime & Courts   Politics   Agriculture   Sports   Opinion   Obituaries", "", "", "B")],
        [("CRIME & COURTS", "", "", "B")],
        [("Former Pryorsburg hospital finance chief gets 46 months for stealing $1.37 million", "", "", "W")],
        [("Judge asks how anyone could “steal from a hospital that was already on its knees”", "Harriet Vanderhaegen", "asks", "")],
        [("By Wendell Pflughoeft   Tribune staff writer", "", "", "B")],
        [("Fri., Oct. 9, 2026, 6:05 a.m.", "", "", "B")],
        [("Listen to this article   ▶ 4 min", "", "", "B")],
        [("TOPEKA — A former chief financial officer of Pryorsburg Memorial Hospital was sentenced Thursday to 46 months in federal prison for diverting $1.37 million of the hospital's money into an account she controlled.", "", "", "W"),
         ("Deborah Rieckhoff, 58, of Pryorsburg, pleaded guilty in May to one count of wire fraud and one count of filing a false tax return.", "", "", "W"),
         ("U.S. District Judge Harriet Vanderhaegen also ordered her to repay the full amount and to serve three years of supervised release.", "", "", "W")],
        [("The case is United States v. Rieckhoff, No. 5:25-cr-40061, in the U.S. District Court for the District of Kansas.", "", "", "W")],
        [("From 2019 to 2024, Rieckhoff wrote 212 checks from the hospital's operating account to a company she had registered in her sister's name, Sweetclover Billing Services LLC, according to the plea agreement.", "the plea agreement", "according to", "W"),
         ("She used the money to pay off her mortgage, buy a pickup truck and pay for 14 trips to Las Vegas, prosecutors said.", "prosecutors", "said", "W")],
        [("The thefts came while the 25-bed hospital was losing money and had closed its labor and delivery unit, according to court filings.", "court filings", "according to", "W")],
        [("“How do you steal from a hospital that was already on its knees?” Vanderhaegen asked before announcing the sentence.", "Harriet Vanderhaegen", "asked", ""),
         ("“Women in that county drove an hour to have their babies because there was no money to keep the unit open.”", "Harriet Vanderhaegen", "asked", "W")],
        [("Assistant U.S. Attorney Marcus Odell told the court that Rieckhoff had hidden the payments by recording them as software licensing fees.", "Marcus Odell", "told the court", "W"),
         ("He said the government had asked for 57 months, the top of the range under federal sentencing guidelines.", "Marcus Odell", "said", "W")],
        [("Rieckhoff had spent years caring for her husband, who has multiple sclerosis, and “made a terrible decision under terrible pressure,” said her attorney, Raymond Tollackson Jr.", "Raymond Tollackson Jr.", "said", ""),
         ("He said she had already repaid $214,000 by selling her house.", "Raymond Tollackson Jr.", "said", "W"),
         ("“She is not asking for sympathy,” Tollackson said.", "Raymond Tollackson Jr.", "said", ""),
         ("“She is asking you to see the whole person.”", "Raymond Tollackson Jr.", "said", "")],
        [("Rieckhoff, wearing a gray cardigan, read from a sheet of paper and turned twice to face the hospital employees in the gallery.", "", "", ""),
         ("“I betrayed people who trusted me, and I will spend the rest of my life trying to make it right,” she told the court.", "Deborah Rieckhoff", "told the court", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("In a victim impact statement, hospital chief executive Glenna Kleinsasser said the theft had forced the hospital to put off replacing its 1998 CT scanner for three years.", "Glenna Kleinsasser", "said", "W"),
         ("She said the hospital's insurer had covered $400,000 of the loss.", "Glenna Kleinsasser", "said", "W")],
        [("The U.S. Attorney's Office for the District of Kansas said in a news release that the case was investigated by the FBI and IRS Criminal Investigation.", "The U.S. Attorney's Office for the District of Kansas", "said in a news release", "W"),
         ("Rieckhoff must report to the Bureau of Prisons by Dec. 7.", "", "", "W"),
         ("The judge recommended that she serve her sentence at a federal prison camp in Texas.", "", "", "W")],
        [("A separate state case, accusing Rieckhoff of taking $62,000 from the hospital's charitable foundation, is pending in Tessany County District Court, according to court records.", "court records", "according to", "W")],
        [("Wendell Pflughoeft: 785-555-0114, wpflughoeft@harlanviewtribune.com", "", "", "B")],
        [("Related: Ex-Pryorsburg hospital CFO pleads guilty to wire fraud", "", "", "B")],
        [("© 2026 The Harlanview Tribune.", "", "", "B"),
         ("Terms of Service   |   Privacy Policy", "", "", "B")],
    ],
    [  # 9. US financial news site's daily markets report, Wall Street slips as chipmakers slide and Treasury yields climb
        [("TICKERWELL", "", "", "B")],
        [("Markets   Economy   Companies   Tech   Personal Finance   Video   Watchlist", "", "", "B")],
        [("MARKETS", "", "", "B")],
        [("Stock market today: Wall Street slips as chipmakers slide and Treasury yields climb", "", "", "W")],
        [("By Adaeze Wiegmann and Soren Iveragh, Tickerwell", "", "", "B")],
        [("Updated 4:27 PM EDT, June 24, 2026", "", "", "B")],
        [("NEW YORK (Tickerwell) — U.S. stocks slipped Wednesday as a sell-off in chipmakers outweighed gains for health care companies, and Treasury yields rose after weak demand at an auction of government debt.", "", "", "W")],
        [("The S&P 500 fell 0.6% to 6,412.38, its third loss in four days.", "", "", "W"),
         ("The Dow Jones Industrial Average lost 141 points, or 0.3%, to 44,870.15, and the Nasdaq composite dropped 1.1% to 20,934.67.", "", "", "W")],
        [("Vantellis Semiconductor Corp. fell 8.4% after cutting its revenue forecast for the current quarter to between $3.1 billion and $3.3 billion, below the $3.6 billion analysts had expected, according to a survey by Quorvel Data.", "a survey by Quorvel Data", "according to", "W"),
         ("It blamed weaker orders from makers of factory equipment in Europe.", "Vantellis Semiconductor Corp.", "blamed", "W"),
         ("The drop pulled down other chipmakers, including Pellucine Devices Inc. and Arkenholt Micro Corp.", "", "", "W"),
         ("Both fell more than 3%.", "", "", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("The biggest gainer in the S&P 500 was Helvarde Pharmaceuticals Inc.", "", "", "W"),
         ("Its shares jumped 12.7% after the Food and Drug Administration approved its treatment for a rare liver disease about a month earlier than the company had expected.", "", "", "W"),
         ("Halsey & Drubb Co. rose 2.1% after agreeing to buy Brunswig Climate Systems, a maker of commercial heat pumps, for $1.9 billion.", "", "", "W")],
        [("The yield on the 10-year Treasury rose to 4.38% from 4.31% late Tuesday.", "", "", "W"),
         ("An auction of $44 billion in five-year notes drew the weakest demand since February, a sign that buyers want higher interest rates before they lend to the U.S. government.", "", "", "W"),
         ("Most Fed policymakers wanted to see more evidence that inflation was slowing before cutting rates, according to minutes of the central bank's June meeting released at 2 p.m.", "minutes of the central bank's June meeting released at 2 p.m.", "according to", "W")],
        [("“The market is still priced for two rate cuts this year, and the Fed keeps telling it not to count on them,” said Imelda Kreutzfeldt, chief investment strategist at Weybourne Wealth Partners.", "Imelda Kreutzfeldt", "said", ""),
         ("“Something has to give.”", "Imelda Kreutzfeldt", "said", "")],
        [("Benchmark U.S. crude fell 62 cents to settle at $71.18 a barrel.", "", "", "W"),
         ("Brent crude, the international standard, fell 55 cents to $74.02 a barrel.", "", "", "W"),
         ("Gold rose 0.8% to $3,412.60 an ounce.", "", "", "W")],
        [("In Europe, Germany's DAX fell 0.4% and France's CAC 40 lost 0.2%.", "", "", "W"),
         ("In Asia, Japan's Nikkei 225 closed 0.9% higher, helped by exporters, while Hong Kong's Hang Seng slipped 0.3%.", "", "", "W")],
        [("On the New York Stock Exchange, about two stocks fell for every one that rose.", "", "", "W"),
         ("Investors are waiting for Friday's report on consumer spending, which includes the inflation measure the Fed prefers.", "", "", "W")],
        [("MARKET SNAPSHOT   ·   Close, June 24", "", "", "B")],
        [("S&P 500   6,412.38   −38.71   −0.60%", "", "", "B")],
        [("Dow   44,870.15   −141.02   −0.31%", "", "", "B")],
        [("Nasdaq   20,934.67   −232.88   −1.10%", "", "", "B")],
        [("10-yr Treasury   4.38%   +0.07", "", "", "B")],
        [("Data delayed 15 minutes.", "", "", "B"),
         ("Source: Quorvel Data", "", "", "B")],
        [("Tickerwell's markets coverage is produced independently of its advertising business.", "", "", "B")],
        [("Copyright 2026 Tickerwell.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("This material may not be published, broadcast, rewritten or redistributed without permission.", "", "", "B")],
    ],
    [  # 10. US company's press release on a newswire's site, a frozen-food maker will build a $185 million plant in Minnesota and hire 320 people
        [("Newsgate Wire", "", "", "B")],
        [("News   Photos   Multimedia   For Journalists   Send a Release   Contact   Log in", "", "", "B")],
        [("Food & Beverage   |   Manufacturing   |   Plant Openings", "", "", "B")],
        [("Thistlemark Foods to build $185 million frozen-meals plant in St. Arvid, Minnesota, creating 320 jobs", "", "", "W")],
        [("New plant will double the company's frozen-meal capacity; production expected to begin in late 2027", "", "", "W")],
        [("News provided by", "", "", "B")],
        [("Thistlemark Foods Inc.", "", "", "B")],
        [("Mar 03, 2026, 08:00 ET", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("MINNEAPOLIS, March 3, 2026 /Newsgate Wire/ -- Thistlemark Foods Inc. (NASDAQ: THMK), a maker of frozen meals and soups, today announced that it will build a 410,000-square-foot production plant in St. Arvid, Minn., its first new plant in 14 years.", "Thistlemark Foods Inc.", "announced", "W"),
         ("The company expects to invest about $185 million in the plant and to employ 320 people there by the end of 2028.", "The company", "expects", ""),
         ("Construction is scheduled to begin in May on a 38-acre site in the St. Arvid Business Park, off County Road 117.", "", "", "W"),
         ("The plant's packaging line will be built and operated by Tarnholm Packaging Inc.", "", "", "W"),
         ("Tarnholm will employ about 40 of the 320 workers.", "", "", "W")],
        [("“Demand for our frozen meals has outgrown the two plants we have,” said Marit Eklundsen, president and chief executive officer of Thistlemark Foods.", "Marit Eklundsen", "said", ""),
         ("“Our Vikmo Falls plant has run at more than 95% of capacity for six straight quarters.", "Marit Eklundsen", "said", "W"),
         ("St. Arvid gives us room to grow for the next decade.”", "Marit Eklundsen", "said", "")],
        [("“This is the largest private investment in St. Arvid's history,” said Mayor Joel Haugstvedt.", "Joel Haugstvedt", "said", "W"),
         ("“We are proud to welcome Thistlemark and 320 new jobs to our community.”", "Joel Haugstvedt", "said", "")],
        [("The project will receive a $3.2 million grant from the Minnesota Job Creation Fund, administered by the Minnesota Department of Employment and Economic Development.", "", "", "W"),
         ("The City of St. Arvid has approved a 10-year tax abatement for the site worth an estimated $6.1 million.", "", "", "W")],
        [("The plant will make frozen meals under the Thistlemark and Hearthmoor brands, with capacity for about 210 million meals a year.", "", "", "W"),
         ("Thistlemark's net sales were $1.12 billion in fiscal 2025, up 9% from the prior year.", "", "", "W")],
        [("About Thistlemark Foods", "", "", "B")],
        [("Thistlemark Foods Inc. is a Minneapolis-based maker of frozen meals, soups and sides sold under the Thistlemark, Hearthmoor and Little Pantry brands in more than 14,000 stores in the U.S. and Canada.", "", "", "W"),
         ("Founded in 1962, the company employs about 2,400 people at plants in Vikmo Falls, Minn., and Oskamp, Iowa.", "", "", "W"),
         ("For more information, visit www.thistlemark.com.", "", "", "B")],
        [("Forward-Looking Statements", "", "", "B")],
        [("This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the expected cost, timing and employment of the St. Arvid plant.", "", "", "B"),
         ("Actual results may differ materially because of risks and uncertainties described in the company's filings with the Securities and Exchange Commission.", "", "", "B"),
         ("Thistlemark undertakes no obligation to update these statements.", "", "", "B")],
        [("Media Contact:", "", "", "B")],
        [("Tova Lindberget, Thistlemark Foods Inc., 612-555-0186, media@thistlemark.com", "", "", "B")],
        [("Investor Contact:", "", "", "B")],
        [("Amos Ndour, 612-555-0193, investors@thistlemark.com", "", "", "B")],
        [("SOURCE Thistlemark Foods Inc.", "", "", "B")],
    ],
    [  # 11. Canadian daily's opinion column in Manitoba, a rural emergency department has closed 71 nights this year
        [("THE ELMCOULEE EXAMINER", "", "", "B")],
        [("News   Opinion   Sports   Arts & Life   Business   Obituaries   e-Edition", "", "", "B")],
        [("Opinion  ›  Columnists", "", "", "B")],
        [("A rural ER that's closed one night in four is not an ER", "", "", "")],
        [("Dunskelly's emergency department has shut 71 nights this year; the province calls it a staffing “challenge”", "the provincial health department", "calls", "W")],
        [("Colette Vandersluys", "", "", "B")],
        [("Published Oct. 17, 2026", "", "", "B")],
        [("Share   Email   Print   Comments (48)", "", "", "B")],
        [("“Emergency department closed tonight.", "", "", ""),
         ("Please go to the nearest open emergency department or call 911.”", "", "", "")],
        [("That sign went up on the door of the Dunskelly Health Centre at 7 p.m. on Sept. 30.", "", "", "W"),
         ("By my count, it has gone up 71 times since Jan. 1.", "", "", "W")],
        [("I counted using the daily closure notices the regional health authority posts on its website, which it deletes after a week.", "", "", "W"),
         ("The Dunskelly ER was closed 71 nights between Jan. 1 and Oct. 15, and on 19 of those nights the ER at Sturgeonford, the next closest, was closed too.", "", "", "W"),
         ("On those 19 nights, the nearest open emergency department was at Kelvington Plains, 64 km away, on a highway the province has not repaved since 2009.", "", "", "W"),
         ("Think about what that means if you live on a farm north of town and your husband's chest starts to hurt at midnight.", "", "", "")],
        [("The provincial health department, in an emailed statement, called the closures a “staffing challenge” that it is “working hard to address.”", "The provincial health department", "called", ""),
         ("It said it had hired 11 nurses for the region's rural sites since April and is offering a $15,000 signing bonus to nurses who commit to two years.", "the provincial health department", "said", "W"),
         ("The region had 64 vacant nursing positions in August, according to the health authority's own vacancy report.", "the health authority's own vacancy report", "according to", "W"),
         ("Eleven is a start.", "", "", ""),
         ("It is not a plan.", "", "", "")],
        [("Advertisement", "", "", "B")],
        [("Dr. Amadou Sauvé, one of three family physicians left in Dunskelly, told me the town had five in 2019.", "Amadou Sauvé", "told me", "W"),
         ("“Every time the ER closes, the people who would have come in that night come to the clinic in the morning, sicker,” he said.", "Amadou Sauvé", "said", ""),
         ("“Or they don't come at all.”", "Amadou Sauvé", "said", "")],
        [("Patients from St. Bérenger and Oakmere already drive past Dunskelly to the ER at Sturgeonford on nights when both are open, because Sturgeonford has a CT scanner and Dunskelly does not.", "", "", "W")],
        [("A spokesperson for the health minister said the minister would visit Dunskelly “in the coming weeks.”", "A spokesperson for the health minister", "said", ""),
         ("I'll believe it when the sign comes down.", "", "", "")],
        [("So what would a plan look like?", "", "", ""),
         ("Start by publishing every closure in one place, every day, and keeping the list up, so nobody has to count them by hand the way I did.", "", "", ""),
         ("Then put the signing bonuses where the closures are, not where the vacancies are easiest to fill.", "", "", ""),
         ("And tell the people of Dunskelly, in writing, how many closed nights a year the province thinks is acceptable.", "", "", ""),
         ("Is it 71?", "", "", "")],
        [("Colette Vandersluys writes about rural Manitoba for the Examiner.", "", "", "B"),
         ("She lives on a grain farm near Oakmere.", "", "", "B")],
        [("This column is the opinion of the writer.", "", "", "B"),
         ("It does not necessarily reflect the views of the Elmcoulee Examiner.", "", "", "B")],
        [("Have something to say?", "", "", "B"),
         ("Send a letter to the editor at letters@elmcouleeexaminer.ca.", "", "", "B")],
        [("Comments (48)", "", "", "B")],
        [("Sign in or register to join the conversation.", "", "", "B")],
    ],
    [  # 12. nonprofit state-politics newsroom's site in Nevada, the state Senate passes S.B. 114 requiring data centers to report water use
        [("BASIN & RANGE DISPATCH", "", "", "B")],
        [("Nonprofit, nonpartisan news for Nevada", "", "", "B")],
        [("Donate   Newsletters   Events   Search", "", "", "B")],
        [("Politics   Water   Education   Health   Tribal Affairs   Courts   Opinion", "", "", "B")],
        [("2027 Legislature", "", "", "B")],
        [("Senate passes S.B. 114, requiring data centers to report water use, on 13-8 party-line vote", "", "", "W")],
        [("Bill heads to the Assembly; industry group says monthly reports would expose trade secrets", "the Nevada Data Infrastructure Coalition", "says", "W")],
        [("Rosalind Vasconez", "", "", "B")],
        [("April 13, 2027   |   5:47 pm", "", "", "B")],
        [("Republish this story", "", "", "B")],
        [("The Nevada Senate voted 13-8 on Tuesday to pass S.B. 114, which would require data centers that use more than 50 acre-feet of water a year to report their monthly use to the state engineer.", "", "", "W"),
         ("All 13 Democrats voted for the bill and all eight Republicans against it.", "", "", "W"),
         ("The bill now goes to the Assembly, where a similar measure, A.B. 302, cleared the Committee on Natural Resources last week.", "", "", "W")],
        [("The bill's sponsor, Sen. Mariela Ocañas, D-Las Vegas, said at least nine data centers were operating or under construction in Storey and Washoe counties and that none of them had to disclose how much water it used.", "Mariela Ocañas", "said", "W"),
         ("“Why should a warehouse full of servers get a pass when a family farm has to report every acre-foot it pumps?” Ocañas asked during Tuesday's floor debate.", "Mariela Ocañas", "asked", "")],
        [("Under Sec. 4 of the bill, a company that fails to report could be fined up to $10,000 a month.", "", "", "W"),
         ("An amendment adopted in committee would let companies ask the state engineer to keep individual reports confidential for up to two years.", "", "", "W"),
         ("Ocañas said she had accepted the amendment to win votes in committee, but none of the committee's three Republicans voted for the bill.", "Mariela Ocañas", "said", "W"),
         ("A similar bill passed the Senate in 2025 but died in the Assembly without a hearing.", "", "", "W")],
        [("“This bill treats the fastest-growing employers in northern Nevada like suspects,” said Sen. Travis Duerksen, R-Reno.", "Travis Duerksen", "said", ""),
         ("He said the state engineer's office already had the power under existing law to demand records of use from any holder of water rights.", "Travis Duerksen", "said", "W"),
         ("“If there's a problem, use the tools you have,” he said.", "Travis Duerksen", "said", "")],
        [("In written testimony, the Nevada Data Infrastructure Coalition, which represents 14 companies that own or operate data centers in the state, said monthly reports would let competitors work out how much computing a site was doing.", "the Nevada Data Infrastructure Coalition", "said", ""),
         ("It said most of its members' sites use air cooling and consume far less water than critics claim.", "the Nevada Data Infrastructure Coalition", "said", "W")],
        [("SUPPORT NONPROFIT NEWS", "", "", "B")],
        [("Our reporting is free for everyone because readers like you chip in.", "", "", "B"),
         ("Donate today.", "", "", "B")],
        [("Oren Bialecki, director of the Dry Lakes Alliance, said the group's analysis of county permits found that the nine data centers hold rights to about 4,100 acre-feet of water a year, roughly what a town of 30,000 people uses.", "Oren Bialecki", "said", "W"),
         ("Eleven of the 14 groundwater basins in the two counties are fully appropriated or over-appropriated, according to the state engineer's office.", "the state engineer's office", "according to", "W")],
        [("A spokesperson for the governor, Kiara Bettenhausen, said the governor had “concerns about the bill as written” but would not say whether it would be vetoed.", "Kiara Bettenhausen", "said", "")],
        [("The chair of the Assembly Natural Resources Committee, Assemblywoman Delphine Rubalcava, D-Henderson, said she expected to hold a hearing on S.B. 114 next week.", "Delphine Rubalcava", "said", ""),
         ("If the bill becomes law, the first reports would be due Jan. 31, 2028.", "", "", "W"),
         ("The session is scheduled to end June 7.", "", "", "W")],
        [("Rosalind Vasconez covers the Legislature and water for the Dispatch.", "", "", "B"),
         ("Contact her at rvasconez@basinrangedispatch.org.", "", "", "B")],
        [("Republish our articles for free, online or in print, under a Creative Commons license.", "", "", "B")],
        [("© 2027 Basin & Range Dispatch.", "", "", "B"),
         ("Privacy   |   Terms   |   Ethics policy", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h52-web-sept-ave-lead", "The board of Yarrowgate Area Transit voted 8-3 late Tuesday to eliminate 11 of its 38 bus routes and raise the base fare from $2.25 to $3 starting Sept. 1. The vote followed nearly four hours of public comment at the agency's headquarters on Merriwell Ave. More than 90 people had signed up to speak.",
     ["The board of Yarrowgate Area Transit voted 8-3 late Tuesday to eliminate 11 of its 38 bus routes and raise the base fare from $2.25 to $3 starting Sept. 1.", "The vote followed nearly four hours of public comment at the agency's headquarters on Merriwell Ave.", "More than 90 people had signed up to speak."]),
    ("h52-web-paywall-asked-question", "“This is what's left.”\nKeep reading with unlimited digital access. Only 99¢ for your first month. Cancel anytime.\nSUBSCRIBE NOW\nRoute 22, which runs from the Sagecliff park-and-ride to the medical center, is one of the 11. It carried an average of 410 riders a weekday in June, according to agency ridership data. “Who's going to drive me to dialysis?” asked Dolores Zamarripa, 67, who rides the route three mornings a week. She said her daughter lives in Parrish Hill, more than an hour away, and works days.",
     ["“This is what's left.”", "Keep reading with unlimited digital access.", "Only 99¢ for your first month.", "Cancel anytime.", "SUBSCRIBE NOW", "Route 22, which runs from the Sagecliff park-and-ride to the medical center, is one of the 11.", "It carried an average of 410 riders a weekday in June, according to agency ridership data.", "“Who's going to drive me to dialysis?” asked Dolores Zamarripa, 67, who rides the route three mornings a week.", "She said her daughter lives in Parrish Hill, more than an hour away, and works days."]),
    ("h52-web-aug-tip-bio", "The new schedules take effect Aug. 30. A full list of the routes being cut, with maps, is posted at yarrowgatetransit.org/changes. Riders can also call the agency's customer line at 303-555-0172 from 7 a.m. to 7 p.m. on weekdays.\nRenata Arbery-Weddle covers transportation and growth for The Stannerton Post. Have a tip? Email her or call 720-555-0148.",
     ["The new schedules take effect Aug. 30.", "A full list of the routes being cut, with maps, is posted at yarrowgatetransit.org/changes.", "Riders can also call the agency's customer line at 303-555-0172 from 7 a.m. to 7 p.m. on weekdays.", "Renata Arbery-Weddle covers transportation and growth for The Stannerton Post.", "Have a tip?", "Email her or call 720-555-0148."]),
    ("h52-wire-us-end-benchmark", "Indonesia, the world's biggest nickel producer, supplies more than half of the metal used by battery and stainless steel makers in China, Europe and the U.S. Benchmark three-month nickel on the London Metal Exchange rose 3.1% to $16,840 a metric ton by 0830 GMT, its biggest daily gain since March.\nSmelters in the country would be about 35 million tons of ore short next year under the new quotas, the Nickel Processing Industry Forum (FORPIN), which represents 41 smelter operators, said in a statement.",
     ["Indonesia, the world's biggest nickel producer, supplies more than half of the metal used by battery and stainless steel makers in China, Europe and the U.S.", "Benchmark three-month nickel on the London Metal Exchange rose 3.1% to $16,840 a metric ton by 0830 GMT, its biggest daily gain since March.", "Smelters in the country would be about 35 million tons of ore short next year under the new quotas, the Nickel Processing Industry Forum (FORPIN), which represents 41 smelter operators, said in a statement."]),
    ("h52-wire-co-ltd-filing", "Shares of PT Sembrani Nikel Tbk, the country's biggest listed nickel miner, rose 9.2% in Jakarta, while the main stock index gained 0.4%. Last month the miner signed a 10-year deal to supply ore to a battery materials plant run by Qingrun New Energy Co. Ltd. Sembrani said in a filing to the stock exchange on Wednesday that its quota for 2027 had been cut to 11.5 million tons from 14 million tons.\nAdvertisement · Scroll to continue",
     ["Shares of PT Sembrani Nikel Tbk, the country's biggest listed nickel miner, rose 9.2% in Jakarta, while the main stock index gained 0.4%.", "Last month the miner signed a 10-year deal to supply ore to a battery materials plant run by Qingrun New Energy Co. Ltd.", "Sembrani said in a filing to the stock exchange on Wednesday that its quota for 2027 had been cut to 11.5 million tons from 14 million tons.", "Advertisement · Scroll to continue"]),
    ("h52-wire-credits-standards", "The ministry will publish each company's quota on its website by Aug. 15, Sembiring said. Companies can appeal their allocations within 30 days.\n(Reporting by Dewi Kartikasari Pusponegoro; Additional reporting by Weng Shiqi in Singapore; Writing by Lukas Orrelane; Editing by Marguerite Calderan and Colm Tiernachan)\nOur Standards: The Brixaro Trust Principles.\nPurchase Licensing Rights, opens new tab",
     ["The ministry will publish each company's quota on its website by Aug. 15, Sembiring said.", "Companies can appeal their allocations within 30 days.", "(Reporting by Dewi Kartikasari Pusponegoro; Additional reporting by Weng Shiqi in Singapore; Writing by Lukas Orrelane; Editing by Marguerite Calderan and Colm Tiernachan)", "Our Standards: The Brixaro Trust Principles.", "Purchase Licensing Rights, opens new tab"]),
    ("h52-local-caption-picture-lead", "Share   Facebook   X   WhatsApp   Email\nAuchterglass Primary School, which opened in 1876, has one classroom and two teachers. Picture: Iain Macquattie\nAberdeenshire Council's education and children's services committee voted 9-4 on Tuesday to mothball Auchterglass Primary School at the end of the summer term. Its 11 pupils will move to Kinbrathie Primary, 6.2 miles away, from August.",
     ["Share   Facebook   X   WhatsApp   Email", "Auchterglass Primary School, which opened in 1876, has one classroom and two teachers.", "Picture: Iain Macquattie", "Aberdeenshire Council's education and children's services committee voted 9-4 on Tuesday to mothball Auchterglass Primary School at the end of the summer term.", "Its 11 pupils will move to Kinbrathie Primary, 6.2 miles away, from August."]),
    ("h52-local-question-cllr-asked", "Ward councillor Ewan Balcraig (SNP), who voted against, told the meeting that the youngest pupils would face a 40-minute bus journey each way. “Would any of us put a five-year-old on a bus at 7.45am in January?” Cllr Balcraig asked. He said the council had spent £86,000 on a new roof for the school in 2023.\nAuchterglass has a population of about 310, according to the 2022 census.",
     ["Ward councillor Ewan Balcraig (SNP), who voted against, told the meeting that the youngest pupils would face a 40-minute bus journey each way.", "“Would any of us put a five-year-old on a bus at 7.45am in January?” Cllr Balcraig asked.", "He said the council had spent £86,000 on a new roof for the school in 2023.", "Auchterglass has a population of about 310, according to the 2022 census."]),
    ("h52-local-ltd-registered-no", "Comments are closed on this article.\nMore from News\nFarmers warned over rise in sheep worrying on Garioch hill farms\nDrumlassie road to close overnight for resurfacing\n© Glenbrannoch Journal Ltd. Registered in Scotland No. SC412763.",
     ["Comments are closed on this article.", "More from News", "Farmers warned over rise in sheep worrying on Garioch hill farms", "Drumlassie road to close overnight for resurfacing", "© Glenbrannoch Journal Ltd.", "Registered in Scotland No. SC412763."]),
    ("h52-sport-did-we-deserve-it", "“I've been in this game a long time and I don't think I've ever wanted a ball to go in more,” said Ingleborough manager Gareth Loyd. “Did we deserve it?” Loyd said. “Over 90 minutes, I think we did.”\nLoyd said Pendlebright had signed his first professional contract only on Thursday. “He's been the best player in training for a month, so it wasn't a gamble,” he said.",
     ["“I've been in this game a long time and I don't think I've ever wanted a ball to go in more,” said Ingleborough manager Gareth Loyd.", "“Did we deserve it?” Loyd said.", "“Over 90 minutes, I think we did.”", "Loyd said Pendlebright had signed his first professional contract only on Thursday.", "“He's been the best player in training for a month, so it wasn't a gamble,” he said."]),
    ("h52-sport-fc-he-said", "The crowd of 4,812 was Sawpit Lane's biggest of the season.\nPendlebright, who grew up two streets from the ground, joined the club's academy at 11 from Alderfold Juniors F.C. He said afterwards that his mum had been in the Main Stand. “I couldn't see her, but I could hear her,” he said.\nLine-ups",
     ["The crowd of 4,812 was Sawpit Lane's biggest of the season.", "Pendlebright, who grew up two streets from the ground, joined the club's academy at 11 from Alderfold Juniors F.C.", "He said afterwards that his mum had been in the Main Stand.", "“I couldn't see her, but I could hear her,” he said.", "Line-ups"]),
    ("h52-sport-lineups-table", "Ingleborough Athletic (4-4-2): Mackerras; Bottomley, Dransfield, Ogbeide, Attwooll; Paddison, Burtonshaw, Brimacombe, Hemsworth (Pendlebright 82); Ferrington, Horrocks (Nkemjika 70). Subs not used: Sumbler, Bickerdike, Bassong.\nCressbrook United (4-2-3-1): Pilkenton; Cottingham, Nwaokolo (Mwita 60), Toller, Wedgbury; Shufflebotham, Tregoning; Catterall, Feldmeyer, Yewdale; Lockerby. Subs not used: Glaisdale, Wintergill, Stainrod, Whitgrove.\nReferee: Martin Kestlewick.\nAttendance: 4,812 (307 away).\nLeague Two: bottom four\nPos   Team   P   GD   Pts\n21   Pellmouth Town   17   -8   17\n22   Ingleborough Athletic   17   -11   16",
     ["Ingleborough Athletic (4-4-2): Mackerras; Bottomley, Dransfield, Ogbeide, Attwooll; Paddison, Burtonshaw, Brimacombe, Hemsworth (Pendlebright 82); Ferrington, Horrocks (Nkemjika 70).", "Subs not used: Sumbler, Bickerdike, Bassong.", "Cressbrook United (4-2-3-1): Pilkenton; Cottingham, Nwaokolo (Mwita 60), Toller, Wedgbury; Shufflebotham, Tregoning; Catterall, Feldmeyer, Yewdale; Lockerby.", "Subs not used: Glaisdale, Wintergill, Stainrod, Whitgrove.", "Referee: Martin Kestlewick.", "Attendance: 4,812 (307 away).", "League Two: bottom four", "Pos   Team   P   GD   Pts", "21   Pellmouth Town   17   -8   17", "22   Ingleborough Athletic   17   -11   16"]),
    ("h52-sci-researchers-vs-quote", "The researchers tested the hearing of 1,146 musicians in 14 orchestras in the Netherlands and Belgium between 2022 and 2025 and compared the results with those of 2,310 adults of the same ages from a national health survey. They found noise-induced hearing loss in 14.2% of the musicians vs. 5.1% of the comparison group. The rate was highest among trumpet, trombone and horn players (22%) and percussionists (19%) and lowest among double bass players (8%).\n“Orchestra musicians are exposed at work to sound levels that would require hearing protection in a factory,” said lead author Dr. Maartje Vinkeboer, an audiologist at Vlietmond University Medical Center in the Netherlands. “The difference is that nobody makes them wear it.”",
     ["The researchers tested the hearing of 1,146 musicians in 14 orchestras in the Netherlands and Belgium between 2022 and 2025 and compared the results with those of 2,310 adults of the same ages from a national health survey.", "They found noise-induced hearing loss in 14.2% of the musicians vs. 5.1% of the comparison group.", "The rate was highest among trumpet, trombone and horn players (22%) and percussionists (19%) and lowest among double bass players (8%).", "“Orchestra musicians are exposed at work to sound levels that would require hearing protection in a factory,” said lead author Dr. Maartje Vinkeboer, an audiologist at Vlietmond University Medical Center in the Netherlands.", "“The difference is that nobody makes them wear it.”"]),
    ("h52-sci-fig-et-al-end", "Fig. 2 of the paper shows the gap growing with years of service: musicians with more than 20 years in an orchestra had on average 9 dB worse hearing at 4 kHz than those with fewer than five. The design follows a smaller 2019 study of Danish orchestras by Thorsager et al. That study, of 212 players, found a rate of 11%.\nBecause the study is observational, it cannot show that orchestral work caused the hearing loss, the authors wrote. They adjusted for age, sex, smoking and noisy hobbies such as motorcycling and shooting.",
     ["Fig. 2 of the paper shows the gap growing with years of service: musicians with more than 20 years in an orchestra had on average 9 dB worse hearing at 4 kHz than those with fewer than five.", "The design follows a smaller 2019 study of Danish orchestras by Thorsager et al.", "That study, of 212 players, found a rate of 11%.", "Because the study is observational, it cannot show that orchestral work caused the hearing loss, the authors wrote.", "They adjusted for age, sex, smoking and noisy hobbies such as motorcycling and shooting."]),
    ("h52-sci-journal-reference", "“If they are comfortable enough that people keep them in for a whole Mahler symphony, we will have won,” she said.\nJournal reference:\nVinkeboer M, de Ruyter-Blom J, Lenting P, et al. Noise-induced hearing loss in professional orchestra musicians: a cross-sectional study of 14 orchestras. J Occup Hear Res. 2026;11(2):87-99. doi:10.4417/johr.2026.0211\nRelated stories",
     ["“If they are comfortable enough that people keep them in for a whole Mahler symphony, we will have won,” she said.", "Journal reference:", "Vinkeboer M, de Ruyter-Blom J, Lenting P, et al. Noise-induced hearing loss in professional orchestra musicians: a cross-sectional study of 14 orchestras. J Occup Hear Res. 2026;11(2):87-99. doi:10.4417/johr.2026.0211", "Related stories"]),
    ("h52-live-highlights-first-entry", "Auto-refresh   ON\nKey Highlights\n• IMD issues red alert for Mumbai and Thane till Thursday morning\n• Central Railway suspends suburban services between Sion and Kurla\n• Schools and colleges in the city to stay shut on Thursday\n16:42 (IST)   Jul 08\nSchools, colleges in Mumbai shut on Thursday\nThe Brihanmumbai Municipal Corporation (BMC) has declared a holiday on Thursday for all schools and colleges in the city because of the red alert, a BMC spokesperson said.",
     ["Auto-refresh   ON", "Key Highlights", "• IMD issues red alert for Mumbai and Thane till Thursday morning", "• Central Railway suspends suburban services between Sion and Kurla", "• Schools and colleges in the city to stay shut on Thursday", "16:42 (IST)   Jul 08", "Schools, colleges in Mumbai shut on Thursday", "The Brihanmumbai Municipal Corporation (BMC) has declared a holiday on Thursday for all schools and colleges in the city because of the red alert, a BMC spokesperson said."]),
    ("h52-live-stamp-says-commuter", "Share   ·   Copy link\n16:20 (IST)   Jul 08\n‘Water was up to my knees inside the station,’ says commuter\nSanjana Kolambkar, who works at a bank in Lower Parel, said she had been stuck at Kurla station since 10.30 am. “Water was up to my knees inside the station, and there were no announcements for two hours,” she said. “How are we supposed to get home?”\n15:55 (IST)   Jul 08",
     ["Share   ·   Copy link", "16:20 (IST)   Jul 08", "‘Water was up to my knees inside the station,’ says commuter", "Sanjana Kolambkar, who works at a bank in Lower Parel, said she had been stuck at Kurla station since 10.30 am.", "“Water was up to my knees inside the station, and there were no announcements for two hours,” she said.", "“How are we supposed to get home?”", "15:55 (IST)   Jul 08"]),
    ("h52-qa-intro-q-a-prefixes", "The Sun spoke with her in her office on the college's Gallina Road campus on Thursday. This interview has been edited for length and clarity.\nQ. You've been here six weeks. What has surprised you?\nA. How many of our students work full time. About 58% of our credit students work 30 hours a week or more, according to a survey we did last spring. That changes everything about how you schedule classes.",
     ["The Sun spoke with her in her office on the college's Gallina Road campus on Thursday.", "This interview has been edited for length and clarity.", "Q. You've been here six weeks.", "What has surprised you?", "A. How many of our students work full time.", "About 58% of our credit students work 30 hours a week or more, according to a survey we did last spring.", "That changes everything about how you schedule classes."]),
    ("h52-qa-us-end-nested-question", "Q. The college's three-year graduation rate is 27%. Is that good enough?\nA. It's about the median for community colleges in the U.S. It's not good enough. Half of the students who leave us do it in their first semester, so that's where the money goes first: we hired four advisers this summer just for first-year students.\nQ. The faculty senate voted no confidence in your predecessor in 2024. Do you worry about that?\nA. I've met with the senate twice already. I'd rather they tell me what's wrong to my face than in a resolution. A student stopped me in the hallway last week and asked me, “Are you going to close the Ruidera campus?” I told her no, and I meant it.",
     ["Q. The college's three-year graduation rate is 27%.", "Is that good enough?", "A. It's about the median for community colleges in the U.S.", "It's not good enough.", "Half of the students who leave us do it in their first semester, so that's where the money goes first: we hired four advisers this summer just for first-year students.", "Q. The faculty senate voted no confidence in your predecessor in 2024.", "Do you worry about that?", "A. I've met with the senate twice already.", "I'd rather they tell me what's wrong to my face than in a resolution.", "A student stopped me in the hallway last week and asked me, “Are you going to close the Ruidera campus?”", "I told her no, and I meant it."]),
    ("h52-court-judge-v-no", "TOPEKA — A former chief financial officer of Pryorsburg Memorial Hospital was sentenced Thursday to 46 months in federal prison for diverting $1.37 million of the hospital's money into an account she controlled. Deborah Rieckhoff, 58, of Pryorsburg, pleaded guilty in May to one count of wire fraud and one count of filing a false tax return. U.S. District Judge Harriet Vanderhaegen also ordered her to repay the full amount and to serve three years of supervised release.\nThe case is United States v. Rieckhoff, No. 5:25-cr-40061, in the U.S. District Court for the District of Kansas.\nFrom 2019 to 2024, Rieckhoff wrote 212 checks from the hospital's operating account to a company she had registered in her sister's name, Sweetclover Billing Services LLC, according to the plea agreement.",
     ["TOPEKA — A former chief financial officer of Pryorsburg Memorial Hospital was sentenced Thursday to 46 months in federal prison for diverting $1.37 million of the hospital's money into an account she controlled.", "Deborah Rieckhoff, 58, of Pryorsburg, pleaded guilty in May to one count of wire fraud and one count of filing a false tax return.", "U.S. District Judge Harriet Vanderhaegen also ordered her to repay the full amount and to serve three years of supervised release.", "The case is United States v. Rieckhoff, No. 5:25-cr-40061, in the U.S. District Court for the District of Kansas.", "From 2019 to 2024, Rieckhoff wrote 212 checks from the hospital's operating account to a company she had registered in her sister's name, Sweetclover Billing Services LLC, according to the plea agreement."]),
    ("h52-court-question-asked", "The thefts came while the 25-bed hospital was losing money and had closed its labor and delivery unit, according to court filings.\n“How do you steal from a hospital that was already on its knees?” Vanderhaegen asked before announcing the sentence. “Women in that county drove an hour to have their babies because there was no money to keep the unit open.”\nAssistant U.S. Attorney Marcus Odell told the court that Rieckhoff had hidden the payments by recording them as software licensing fees.",
     ["The thefts came while the 25-bed hospital was losing money and had closed its labor and delivery unit, according to court filings.", "“How do you steal from a hospital that was already on its knees?” Vanderhaegen asked before announcing the sentence.", "“Women in that county drove an hour to have their babies because there was no money to keep the unit open.”", "Assistant U.S. Attorney Marcus Odell told the court that Rieckhoff had hidden the payments by recording them as software licensing fees."]),
    ("h52-court-jr-end", "He said the government had asked for 57 months, the top of the range under federal sentencing guidelines.\nRieckhoff had spent years caring for her husband, who has multiple sclerosis, and “made a terrible decision under terrible pressure,” said her attorney, Raymond Tollackson Jr. He said she had already repaid $214,000 by selling her house. “She is not asking for sympathy,” Tollackson said.",
     ["He said the government had asked for 57 months, the top of the range under federal sentencing guidelines.", "Rieckhoff had spent years caring for her husband, who has multiple sclerosis, and “made a terrible decision under terrible pressure,” said her attorney, Raymond Tollackson Jr.", "He said she had already repaid $214,000 by selling her house.", "“She is not asking for sympathy,” Tollackson said."]),
    ("h52-court-dec-judge", "She said the hospital's insurer had covered $400,000 of the loss.\nThe U.S. Attorney's Office for the District of Kansas said in a news release that the case was investigated by the FBI and IRS Criminal Investigation. Rieckhoff must report to the Bureau of Prisons by Dec. 7. The judge recommended that she serve her sentence at a federal prison camp in Texas.\nA separate state case, accusing Rieckhoff of taking $62,000 from the hospital's charitable foundation, is pending in Tessany County District Court, according to court records.",
     ["She said the hospital's insurer had covered $400,000 of the loss.", "The U.S. Attorney's Office for the District of Kansas said in a news release that the case was investigated by the FBI and IRS Criminal Investigation.", "Rieckhoff must report to the Bureau of Prisons by Dec. 7.", "The judge recommended that she serve her sentence at a federal prison camp in Texas.", "A separate state case, accusing Rieckhoff of taking $62,000 from the hospital's charitable foundation, is pending in Tessany County District Court, according to court records."]),
    ("h52-markets-corp-inc-ends", "It blamed weaker orders from makers of factory equipment in Europe. The drop pulled down other chipmakers, including Pellucine Devices Inc. and Arkenholt Micro Corp. Both fell more than 3%.\nADVERTISEMENT\nThe biggest gainer in the S&P 500 was Helvarde Pharmaceuticals Inc. Its shares jumped 12.7% after the Food and Drug Administration approved its treatment for a rare liver disease about a month earlier than the company had expected.",
     ["It blamed weaker orders from makers of factory equipment in Europe.", "The drop pulled down other chipmakers, including Pellucine Devices Inc. and Arkenholt Micro Corp.", "Both fell more than 3%.", "ADVERTISEMENT", "The biggest gainer in the S&P 500 was Helvarde Pharmaceuticals Inc.", "Its shares jumped 12.7% after the Food and Drug Administration approved its treatment for a rare liver disease about a month earlier than the company had expected."]),
    ("h52-markets-snapshot-rights", "MARKET SNAPSHOT   ·   Close, June 24\nS&P 500   6,412.38   −38.71   −0.60%\nDow   44,870.15   −141.02   −0.31%\nNasdaq   20,934.67   −232.88   −1.10%\n10-yr Treasury   4.38%   +0.07\nData delayed 15 minutes. Source: Quorvel Data\nTickerwell's markets coverage is produced independently of its advertising business.\nCopyright 2026 Tickerwell. All rights reserved.",
     ["MARKET SNAPSHOT   ·   Close, June 24", "S&P 500   6,412.38   −38.71   −0.60%", "Dow   44,870.15   −141.02   −0.31%", "Nasdaq   20,934.67   −232.88   −1.10%", "10-yr Treasury   4.38%   +0.07", "Data delayed 15 minutes.", "Source: Quorvel Data", "Tickerwell's markets coverage is produced independently of its advertising business.", "Copyright 2026 Tickerwell.", "All rights reserved."]),
    ("h52-pr-dateline-inc-end", "Share this article\nMINNEAPOLIS, March 3, 2026 /Newsgate Wire/ -- Thistlemark Foods Inc. (NASDAQ: THMK), a maker of frozen meals and soups, today announced that it will build a 410,000-square-foot production plant in St. Arvid, Minn., its first new plant in 14 years. The company expects to invest about $185 million in the plant and to employ 320 people there by the end of 2028. Construction is scheduled to begin in May on a 38-acre site in the St. Arvid Business Park, off County Road 117. The plant's packaging line will be built and operated by Tarnholm Packaging Inc. Tarnholm will employ about 40 of the 320 workers.",
     ["Share this article", "MINNEAPOLIS, March 3, 2026 /Newsgate Wire/ -- Thistlemark Foods Inc. (NASDAQ: THMK), a maker of frozen meals and soups, today announced that it will build a 410,000-square-foot production plant in St. Arvid, Minn., its first new plant in 14 years.", "The company expects to invest about $185 million in the plant and to employ 320 people there by the end of 2028.", "Construction is scheduled to begin in May on a 38-acre site in the St. Arvid Business Park, off County Road 117.", "The plant's packaging line will be built and operated by Tarnholm Packaging Inc.", "Tarnholm will employ about 40 of the 320 workers."]),
    ("h52-pr-quote-st-about", "“Demand for our frozen meals has outgrown the two plants we have,” said Marit Eklundsen, president and chief executive officer of Thistlemark Foods. “Our Vikmo Falls plant has run at more than 95% of capacity for six straight quarters. St. Arvid gives us room to grow for the next decade.”\n“This is the largest private investment in St. Arvid's history,” said Mayor Joel Haugstvedt.",
     ["“Demand for our frozen meals has outgrown the two plants we have,” said Marit Eklundsen, president and chief executive officer of Thistlemark Foods.", "“Our Vikmo Falls plant has run at more than 95% of capacity for six straight quarters.", "St. Arvid gives us room to grow for the next decade.”", "“This is the largest private investment in St. Arvid's history,” said Mayor Joel Haugstvedt."]),
    ("h52-col-sign-sept-jan", "Share   Email   Print   Comments (48)\n“Emergency department closed tonight. Please go to the nearest open emergency department or call 911.”\nThat sign went up on the door of the Dunskelly Health Centre at 7 p.m. on Sept. 30. By my count, it has gone up 71 times since Jan. 1.\nI counted using the daily closure notices the regional health authority posts on its website, which it deletes after a week.",
     ["Share   Email   Print   Comments (48)", "“Emergency department closed tonight.", "Please go to the nearest open emergency department or call 911.”", "That sign went up on the door of the Dunskelly Health Centre at 7 p.m. on Sept. 30.", "By my count, it has gone up 71 times since Jan. 1.", "I counted using the daily closure notices the regional health authority posts on its website, which it deletes after a week."]),
    ("h52-pol-headline-sb-standfirst", "2027 Legislature\nSenate passes S.B. 114, requiring data centers to report water use, on 13-8 party-line vote\nBill heads to the Assembly; industry group says monthly reports would expose trade secrets\nRosalind Vasconez\nApril 13, 2027   |   5:47 pm\nRepublish this story",
     ["2027 Legislature", "Senate passes S.B. 114, requiring data centers to report water use, on 13-8 party-line vote", "Bill heads to the Assembly; industry group says monthly reports would expose trade secrets", "Rosalind Vasconez", "April 13, 2027   |   5:47 pm", "Republish this story"]),
    ("h52-pol-question-sec-r-reno", "“Why should a warehouse full of servers get a pass when a family farm has to report every acre-foot it pumps?” Ocañas asked during Tuesday's floor debate.\nUnder Sec. 4 of the bill, a company that fails to report could be fined up to $10,000 a month. An amendment adopted in committee would let companies ask the state engineer to keep individual reports confidential for up to two years. Ocañas said she had accepted the amendment to win votes in committee, but none of the committee's three Republicans voted for the bill. A similar bill passed the Senate in 2025 but died in the Assembly without a hearing.\n“This bill treats the fastest-growing employers in northern Nevada like suspects,” said Sen. Travis Duerksen, R-Reno. He said the state engineer's office already had the power under existing law to demand records of use from any holder of water rights.",
     ["“Why should a warehouse full of servers get a pass when a family farm has to report every acre-foot it pumps?” Ocañas asked during Tuesday's floor debate.", "Under Sec. 4 of the bill, a company that fails to report could be fined up to $10,000 a month.", "An amendment adopted in committee would let companies ask the state engineer to keep individual reports confidential for up to two years.", "Ocañas said she had accepted the amendment to win votes in committee, but none of the committee's three Republicans voted for the bill.", "A similar bill passed the Senate in 2025 but died in the Assembly without a hearing.", "“This bill treats the fastest-growing employers in northern Nevada like suspects,” said Sen. Travis Duerksen, R-Reno.", "He said the state engineer's office already had the power under existing law to demand records of use from any holder of water rights."]),
]  # fmt: skip
