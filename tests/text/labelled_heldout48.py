"""Forty-eighth held-out set of hand-labelled pages for the hint engines (a forty-eighth held-out set, written at the start of round thirty-one): twelve whole pages in the styles issue 13 names, from eleven countries, pasted as a new user pastes them, with speakers of every ordinary kind and sentence splits that are hard in ordinary ways.

Written blind, for measuring only: it is never to be tuned on. Nothing under `claimreview/` was
opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing
under `docs/`, no README and no benchmark was read, `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The format and the conventions were read from the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole), the module docstrings of
`labelled_new69.py` and `labelled_new70.py` (printed whole; the first listing was cut in the middle
by the terminal, so both were written to files in /tmp and the rest was read with `sed`), the
`STYLES`, the first two pages and the thirty split cases of those two files (each line cut to 400
characters), the first two lines and the closing lines of the docstring of `labelled_new69.py` with
its import line, `build` in `labelled_articles.py` (a `grep -A15` listing) and the ruff settings in
`pyproject.toml` (a `grep -A25` listing that also showed some dependency and pytest lines); `ls` of
`tests/text/` showed file names only, and `grep -n` gave the line numbers of `STYLES`, `ARTICLES`,
`CASES` and the page openings in the two files and their line counts. What was run: a Python
one-liner printing the calendar of January to July 2026 to check weekdays, a converter of my own in
/tmp that turns a small line format into the literals below and cuts the split cases out of the
pages, a renaming script, an import of this file with `build` on every page, a checking script of my
own in /tmp (four fields, flags, a cue for every speaker and a speaker for every cue, no speaker on
furniture, the sentence count, every split case occurring in a built page and joining back to its
text), whole-word case-insensitive greps of every capitalised word of these pages and styles (each
part of a hyphenated name on its own) over `tests/` that printed file counts only, and `ruff format`
/ `ruff check` on this file. The files being written at the same time (`labelled_new71.py`,
`labelled_new72.py`, `labelled_heldout47.py`) were never opened; they did not exist when the first
greps were run and appeared while this set was being finished; the last greps, run after all three
existed, covered them by file counts only, and the one street name and one surname they shared with
this set were renamed here. A `git status --short` listing was also run once (it showed only the
untracked new files); nothing in git was changed.

Every person, small place, street, road, creek, lake, library, club, league, tournament, school,
cooperative, outlet, agency, company, brokerage, journal, bill number and figure is invented (a
first draft reused about eighty invented surnames, towns, roads, outlets and companies of other
files under `tests/`; all were renamed and grepped again). Real countries, regions, big cities and
public bodies appear only as settings, with invented figures: England, Lincoln and Nottingham, and
the Local Democracy Reporting Service (in a byline); Brazil, Sao Paulo, Brasilia, Santos, London,
Colombia and West Africa (in teasers), the Agriculture Ministry and the port authority; the United
States, Vermont and Town Meeting Day; Spain and Valencia; Sweden, Dalarna, Örebro and Skåne, Finland
and the Baltic (in teasers), the Swedish Meteorological and Hydrological Institute and the Swedish
Research Council; Canada, British Columbia, the BC Wildfire Service and the province's
transportation ministry; Ghana, the Western North and Bono regions, Kumasi, the Cocoa Board and the
Finance Minister; Australia, Melbourne, the County Court and Gambler's Help; Japan, Tokyo, Aichi and
Gunma prefectures, China, the Ministry of Finance and the Topix index; Germany, Bremen,
Saxony-Anhalt and its Minister for Economic Affairs, the Prime Standard of the Frankfurt Stock
Exchange, Poland and Portugal; India, Karnataka, Bengaluru and the India Meteorological Department;
the US Senate and its Health, Education, Labor and Pensions Committee, the House, the Senate
Majority Leader's office, the Congressional Budget Office and the White House, with New Mexico,
Montana, Kansas, Alaska, Mississippi, West Virginia and Minnesota in party-and-state tags. Facebook,
X, WhatsApp and email appear only as channels. No surname, town, street, outlet, company, school,
club or union of any file under `tests/` is reused (given names, titles, real settings and common
words such as "Journal", "Observer", "Standard", "Leisure", "Electric", "Securities", "Parade",
"Lane", "Creek" and "Ravens" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all
in a browser, so every furniture line is a paragraph of its own and "B"; `STYLES` names the site,
the story and the stresses of each page, in order.

(1) An English regional daily pasted with its cookie banner and a metered paywall: a district
council agrees to sell a seafront car park. "We value your privacy", the two-sentence notice and
"ACCEPT ALL" / "REJECT ALL" / "MORE OPTIONS" are "B"; so are the masthead, its tagline, "Sign in
Subscribe from £1", the menu, the crumb, the byline with the reporting service, "06:00, 14 MAY 2026"
and the updated line; the headline is "W" and the standfirst's "Leader says" carries the council
leader as the body names him; the caption states the car park's 212 spaces, "W", and "(Image: ...)"
is "B". The vote "24-17" is "W" without a speaker; "according to papers published ahead of the
meeting" is kept as written; "Council leader Cllr" is dropped with "told the meeting", then "he
said" and a quote sentence without a verb carry him (""), and "He said" the sea-wall survey ("W").
The meter ("You have read 3 of your 5 free articles this month." / "Subscribe ...", "SUBSCRIBE NOW",
"Already a subscriber?" / "Sign in") is "B" and the story goes on after it. The opposition leader
("Cllr" dropped) gives 212 of 538 spaces and no consultation ("W"), then her opinion and a quote
sentence without a verb (""); "The council's own figures show" keeps them as written; "In a
statement, Brinewell Leisure said" keeps the short name ("") and "It said" resolves to "Brinewell
Leisure Ltd", the name as first given (its submitted plans, "W"); a beach-hut man's customers are
private, "", and "“Where are they supposed to park, on the sand?” asked Mr Rumbelow." is one
sentence; the nine speakers at the meeting are "W"; the call-in deadline "until 5pm on May 21." is
"W" and the pledge after it "". Read-more, comments, most-read, newsletter, footer links and "Ltd."
/ "All rights reserved." are "B".

(2) A wire story on the agency's own site: Brazil's coffee exports fall 18% as ships queue at
Santos. The brand, menus, section label, byline, "3 min read", "June 9, 2026 4:27 PM GMT-3 Updated 2
hours ago", the writethru note "(Adds exporters' group comment in paragraphs 4-7, ...)", "Summary",
"TALLWATER/Felipe Arruda-Pessanha/File Photo" and "Purchase Licensing Rights" are "B"; the summary's
three bullets are "W" without a speaker; "FILE PHOTO: Workers stack sacks ..." describes a picture,
"". "SAO PAULO, June 9 (Tallwater) - ..., exporters' group CBEC said on Tuesday, ..." carries "CBEC"
without its descriptor; "the group's monthly report showed" keeps the report; "settled 2.3% higher
at $3.4120 per lb." ends a sentence; "The group said" is kept as written; the director general after
his quote "told Tallwater" (""), "He said" the demurrage ("W"), and the straight-quoted "Who pays
that in the end? The farmer," he said. is two sentences, both his with "said"; "The port authority
said in a statement" and "It said" ("W"); "Advertisement · Scroll to continue" is "B"; "Brokerage
Tressel Corretora said in a note" drops the descriptor (a forecast, ""); "A Santos-based exporter,
who asked not to be named ..., said" keeps the exporter without the clause ("W"); "The Agriculture
Ministry said in a statement" ("W") and "A ministry spokesperson declined to comment further." ("");
the world's largest producer and the May 2025 record are "W" without a speaker; "(Reporting by ...;
additional reporting by ...; Editing by ...)" is one "B" sentence, and so is "Our Standards: The
Tallwater Editorial Code."; read-next, "All quotes delayed ..." and the copyright are "B".

(3) A Vermont nonprofit local news site: town meeting results. The masthead, tagline, "DONATE   |
...", menu, section label, byline and date are "B"; the headline with "OK" is "W"; the caption is ""
and its credit "B". "WEDGEWORTH — Voters on Tuesday approved ..., 412-197, ..." and "failed 288-321"
are "W" without a speaker; "Town Clerk" is dropped and "She said" carries her (the turnout, "W");
"The polls at Town Hall on Pockington St. closed at 7 p.m." ends before "Ballots ..."; "according to
the town report"; "Fire Chief Everett J. Postlethwick" keeps his middle initial, and "“When it's 10
below at 3 a.m. ... start?” Postlethwick asked at the informational meeting Monday night." is one
sentence (""); "He said the new engine would take about 14 months to build." is a spoken estimate,
""; the Select Board chair's tax figure is "W" and her quote ""; the library article's $14,600 and
"1 to 5 p.m. on Sundays" are "W" without a speaker; the library director's sign-ups "W", then "she
said" and a quote sentence without a verb (""); a farmer's reasons are ""; the budget and the
election are "W"; the winner's "said Wednesday he would push ..." is a pledge, ""; "Merriwold did
not return a call seeking comment." carries "Alan Merriwold" with that cue; "according to results
posted by the district". The results link, the two-sentence donate appeal, the bio with its email,
"Related" with "Rudgard St. after" unsplit, and "© 2026 Pemsbury Valley Observer Inc." / "P.O. Box
208, Wedgeworth, Vt." are "B".

(4) An English-language tennis site: a Spanish player wins a clay-court final at home. The brand,
the live-scores strip ("F: Carrasquedo d. Hlavinková 1-6 6-3 7-6(4)   |   ..."), menu, crumb, byline
("· April 19, 2026 · 8:52 PM CEST") and "Share" are "B"; the headline and the standfirst with "No. 4
seed" are "W"; the caption is "" and its credit "B". The result with "7-6 (4)", "2 hours, 41
minutes." and "is ranked No. 37." / "was seeded No. 4." are "W" without a speaker (the designations
end the sentences); the match points and the medical timeout are "W" as acts; the winner "told
reporters" over two quote sentences (""), then "“Did I believe I could win after the first set?” she
said." is one sentence and "“Honestly?" / "No.”" two more, all hers with "said"; "She said it was
her first title on the main tour." is "W"; the points and prize money "W"; the loser's pain and
quote are ""; the tournament director's 8,412 spectators and second show court are "W", his hope "";
the quarter-final and the wildcard are "W"; her father and coach, who shares her surname, is
described and does not speak, "". The stats box has "MATCH STATS" and its header row "B" and five
rows ""; "Advertisement", "MORE TENNIS NEWS" and two teasers, "18+ | Play responsibly | T&Cs apply"
and "© 2026 CourtPulse Media S.L." / "All rights reserved." are "B".

(5) A science-news site: three centuries of parish ice records show Swedish lakes freeze for 19
fewer days. The headline has no speaker ("W"); the standfirst's "Study ... finds" carries "a study
by researchers at the Mälarbotten Institute for Lake Research", as the body names it with "according
to"; "the researchers found" keeps "the researchers"; the publication, the method and the oldest
series are "W" without a speaker; "“...,” says Dr. Karin Hedlund-Nwabuisi, the study's lead author."
drops "Dr." and the quote sentence after it has no verb (both ""); "She says the team checked ... in
91% of cases." is "W"; "the paper says" and "It found" keep "the paper"; the sentence with a colon
is one sentence ("W"); "Prof." is dropped from an outside hydrologist who "says" ("") and "cautions"
(""); "according to the Swedish Meteorological and Hydrological Institute" with "2.1°C"; an
ice-fishing guide's 31 cancelled trips are private, "", and his quote ""; the lead author's forecast
for Skåne is ""; "the researchers write" a causal claim, "W". The funding note with "(grant
2022-04417)" is one "B" sentence, and so is "Journal reference: Hedlund-Nwabuisi K, Morenius P.-A.,
Lysholm-Varndell T, et al. Three centuries .... Limnol Septent. 2026;41(1):55–71."; the related
list, the newsletter prompt and "Quarkline is published by Brightlobe Media AB." / "© 2026
Brightlobe Media AB." / "All rights reserved." are "B".

(6) A Canadian regional site's live blog: a wildfire forces evacuations in British Columbia. "LIVE",
"Last updated: July 25, 2026 at 11:48 p.m. PT", the staff byline, "Key events" and its three timed
headlines (links, "B"), "Pinned" and "What we know so far:" are "B"; the blog's headline and the
four bullets are "W". Each entry has its time stamp and byline "B" and its headline labelled like a
headline: "Highway 41 closed ..." and "Evacuation order expanded" "W"; "Evacuee describes “a wall of
orange” behind his house" carries the evacuee with "describes" (""); "‘This fire is not behaving
like a normal fire,’ officials say" carries the fire information officer through whom the body gives
it (""). "the province's transportation ministry said" and "It said" ("11 p.m. because" does not
split); the evacuee "told Kettleview News" ("8 p.m., told" does not split), then "he said" and a
quote question without a verb ("") and "They are staying with their daughter ..." without a speaker,
""; "the Glaister Valley Regional District said in a news release" and "It said" ("W"), "the release
said" kept as written (advice, ""); the alert defined without a source "W"; "BC Wildfire Service
fire information officer" dropped with "told a news conference" ("W"), a two-sentence quote (""),
"She said" ("W") and "Asked whether ..., Lafreniere said" ("W"); the lightning cause "W" without a
source. The morning entry's welcome and promise are the blog's own words, "", and "... its first
evacuation order at 5:30 a.m." ends a sentence ("W"); "Advertisement", "Load more updates",
"Kettleview News is part of Pinecourt Media Group." / "© 2026 Pinecourt Media Group Inc." are "B".

(7) A Ghanaian agriculture site's Q&A interview: a cocoa cooperative's chair on prices, smuggling
and old trees. "Interview: A cocoa co-op chief on ..." states nothing checkable, ""; the
standfirst's 4,180 farmers are "W" and "We asked her ..." ""; "By K.B. Dorkenoo", "Friday, March 13,
2026", the share strip and "Photo: AgroPost/..." are "B", the caption ""; the introduction (58, 11
acres since 1991, chair in 2019 with 2,600 members, the GH¢3,625 farmgate price) is "W" without a
speaker, "She became chair ..." a subject and not a speaker; "This interview has been edited for
length and clarity." is "B". The "Q:" turns carry no speaker, except "Q: Some farmers say smugglers
are paying a third more ..." ("Some farmers", "say", "W") and "Q: The Cocoa Board says it will
rehabilitate 150,000 hectares ..." ("The Cocoa Board", "says", "W", a plan of record); "Is that
true?" and "Are you seeing that?" are "". Every sentence of an answer carries "Adwoa Serwaa
Obuobisa" with "A:", the prefix as the cue, whether or not it starts the answer: tonnes, GH¢4,400,
310 bags, "By our own count, about 40% ...", 212 farmers, two of 14 communities and four months'
wait are "W"; opinions, a question inside an answer and her children's lives are "". "Related: ...",
"More Interviews", its teaser, the brief and "Ltd." / "All rights reserved." are "B".

(8) An Australian regional daily's court page: a former club treasurer is jailed. The standfirst's
"Judge says" carries the judge; "Updated May 29 2026 - 4:35pm, first published 1:10pm" and "Picture
by ..." are "B"; the caption is "". The sentence and the plea are "W" without a speaker; "Judge" is
dropped and "She said" carries her; "He must serve 20 months ..." is "W"; her remarks in a quote are
"", her reasons and "Without the plea, she said, she would have jailed him for five years." "W";
"according to an agreed summary of facts" and "the summary said" are kept as written; the prosecutor
"told the court" and "He said" ("W"); the defence barrister's diagnosis "W" and her two-sentence
quote ""; the club president's victim impact statement "said" $86,000 ("W") and "“How do you tell a
nine-year-old ...?” she said." is one sentence (""); the repayment and the compensation order are
acts, "W"; "Outside court, the club's president declined to comment." resolves the role to "Michelle
Maddever"; the man looking at the floor is scene, ""; "the club said" on Facebook keeps "the club"
(a partial quote, "") and "It said" resolves to "the Wirradale Football Netball Club" (its teams,
"W"); the premiership is "W". The gambling-help line, "Related: ...", "Comments have been disabled
on this story for legal reasons.", "Most Read" with two teasers and "Pty Ltd." / "All rights
reserved." are "B".

(9) An English-language Japanese business site: a robot maker's profit falls and it cuts its
dividend. The ticker ("TOPIX 2,714.38 ▼0.62%   USD/JPY 154.32   10Y JGB 1.412%"), "May 14, 2026
16:42 JST" and the handout credit are "B"; the headline and the standfirst with "the No. 3
industrial robot maker" are "W". "TOKYO — Kagesawa Electric Co., Japan's No. 3 maker of industrial
robots, said ..." is one sentence carrying "Kagesawa Electric Co."; "the company said" is kept as
written; "according to the company's results presentation"; the dividend cut, the share and index
moves and the yen are "W" without a speaker; the president "told a news conference" ("W") and his
two-sentence quote is ""; "The company's forecast of ¥53 billion ... was below the average estimate
... of 11 analysts" has no verb of saying and is "W"; "Analysts at Hartcliffe Securities wrote in a
note" (""); "“...,” said Haruka Inomata, an analyst at ..." and the quote sentence after it ("");
the CFO ("Chief Financial Officer" dropped) and "She said" ("W"); "An official at the Ministry of
Finance, who asked not to be named ..., said" keeps the official without the clause (""); "Among the
day's biggest gainers was Tsurumine Chemical Co." ends a sentence, and "Its shares rose 9.8% after
it said ..." carries the company with "said"; "A Kagesawa spokesperson declined to comment ..."
(""). The stock snapshot has its title "B" and three rows ""; the related list, the disclaimer and
"Co., Ltd." / "All rights reserved." are "B".

(10) A German manufacturer's newsroom page with a press release: a heat pump plant opens in
Saxony-Anhalt. The company name, the menu with "DE | EN", the crumb, "PRESS RELEASE" and "Bremen, 16
June 2026" are "B"; the headline and the three highlights are "W" without a speaker. Sentences of
the release without a verb of saying carry no speaker, although the whole page is the company's: the
opening ("BREMEN/GREVENSTEDT – ... today opened ..."), "approx. €210 million", "The general
contractor was Hanseatische Elbbau GmbH & Co. KG." (which ends a sentence), the state's €28.5
million, the 180 trained staff with "incl. 64", the 2025 sales and the September start are "W"; the
promotional "ideally positioned" sentence is ""; "The company also announced" keeps "The company"
with "announced" ("W"). "Dr." is dropped from the chief executive after her quote and the quote
sentence after it has no verb (""); "Prof. Dr." and the office are dropped from the minister who
"said at the opening ceremony" (""); "Dipl.-Ing." is dropped from the chief operating officer ("")
and his quote sentence "There is already room for a second assembly line on the site." is checkable,
"W". The photo line, "About Brakewald Thermotechnik AG" and its three sentences, "Forward-looking
statements" and its three sentences, the press contact block with "Tel. +49 421 7739-2210", the
download line, footer links and the copyright are "B".

(11) An Indian English daily's opinion page: a columnist on Bengaluru building over its lakes. The
masthead, strips, "OPINION", the column name "CITY LIMITS", the author line, "Updated: June 22,
2026, 07:15 IST" and the share line are "B"; the headline is an opinion, ""; the standfirst's "the
same 19 wards" is "W" and "The city's own records explain why." "". The columnist's own sentences
carry no speaker: her scene, the fragments "Heavy rain, certainly." / "But not unheard of.", "None
of this was secret.", the rhetorical question, the opinions and the prescriptions are ""; the tank
bed's history, "approved on Survey No. 62 in 1998", "A 30x40 site, i.e. 1,200 sq. ft., sold for
about Rs 1.1 crore ..." and the 2019 state order are "W". "according to the India Meteorological
Department", "Revenue department maps from 1973 show", "according to an audit commissioned by the
state legislature in 2018" and "according to the corporation's budget documents" are kept as
written; "a retired engineer of the minor irrigation department told me" carries him as written
(""), and "He had walked the ... tank bed ..." describes him, "". "The writer is ...", "Views
expressed are personal.", "ALSO READ" with two teasers, "Be the first to comment" and "Pvt. Ltd." /
"All rights reserved." are "B".

(12) A US politics site's Congress page: a Senate committee advances a rural maternity care bill.
The brand, tagline, menu, "CONGRESS", the two-name byline, "04/29/2026 05:31 PM EDT" and the updated
line are "B"; the headline's "15-7" and the semicolon standfirst are "W" without a speaker; the
caption "Sen. Carla Zubiría, D-N.M., speaks during Wednesday's markup." reports no words, "", and
its credit is "B". The committee vote and "..., S. 2318." are "W"; "The bill's lead sponsor, Sen.
Carla Zubiría, D-N.M., said" carries her ("W"), then "she said" (""); the bill's terms and "It
would cost $4.8 billion over 10 years, according to the Congressional Budget Office." are "W" (a
public body's figure of record); "... was offered by Sen. Wade Halverscheid, R-Mont." ends a
sentence before "It failed 10-12." ("W", no speaker); "Halverscheid said" and a quote sentence
without a verb (""); "“Who is going to staff these units, ...?” asked Sen. Russ Ouellard, R-Kan.,
who voted against the bill." is one sentence ("") and "He said" 340 positions ("W"); "Sens. ...,
R-Alaska, ..., R-Miss., and ..., R-W.Va." ends a sentence before "Yarborough said in a statement"
("W"); "S.B. 12," and "H.R. 4471," do not split ("W"); "Asked whether ..., Zubiría said, “Not
yet.”" (""); "A spokesperson for Senate Majority Leader Gordon Eastabrook said" is kept as written
(""); "A White House spokesperson did not respond to a request for comment." (""); "The Rural
Hospital Coalition, a trade group ..., said in a statement" drops the description (a pledge, "").
The newsletter prompt, "Sign up", "Filed under: ..." and the copyright are "B".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py`, `labelled_new69.py` and `labelled_new70.py`, as their docstrings
state them, hold too (furniture "B" line by line; captions by content and credits "B"; standfirsts
labelled like headlines, a verb of saying in them carrying the source as the body names it or the
person through whom the body gives it; titles, ranks, honorifics and roles dropped from speakers; a
pronoun, a later surname or a role resolved to the full name as first given; organisations,
documents and data kept as written, "according to X" -> X, "It" for an organisation resolved to its
name as first given, a later generic noun kept as written; a quote over several sentences carrying
its speaker and cue, a quote sentence with no verb staying with the sentence before; "declined to
comment" and "did not respond" labelled like speech with flags ""; votes, decisions, plans and
figures of record "W"; spoken forecasts, estimates, hopes, pledges, opinions, feelings, scene,
private circumstances, questions and advice ""; a named person acting or described carries no
speaker; Q&A answers carry the interviewee with the prefix as the cue; live-blog time stamps and
entry bylines "B"; the reporting credit and a journal reference one "B" sentence each; data rows of
a box "", its title "B").

Conventions this set had to settle, in the same spirit:

* Cookie banners and paywall meters are "B" line by line, buttons included; a question in them
  before a capital ("Already a subscriber?" / "Sign in") ends a sentence. The story after a meter
  goes on as story.
* Wire furniture. A writethru note in brackets, "Summary", "Purchase Licensing Rights", the agency
  credit of a photo and "Our Standards: ..." are "B"; the summary's bullets state the story's facts
  and are "W" without a speaker, like a key-findings box; a "FILE PHOTO:" caption is labelled by
  content.
* Live blogs. The "Key events" list of timed headlines is a list of links, "B" line by line, and so
  is a "What we know so far:" heading, whose bullets are "W"; an entry's own words of welcome or
  promise are "", not furniture.
* Press releases. A sentence without a verb of saying carries no speaker even on the company's own
  page; "announced" is a cue; the highlights are "W"; the "About" boilerplate, the forward-looking
  statements and the press contact are "B" line by line, like an author bio, even where they state
  figures.
* Opinion columns. The columnist is not labelled as a speaker of her own sentences; "told me" is a
  cue and the unnamed person is kept as written; the writer line and "Views expressed are personal."
  are "B".
* Interviewers' questions that cite a source ("Some farmers say", "The Cocoa Board says") carry that
  source with the verb as the cue and are flagged by content; the "Q:" and "A:" prefixes stay in the
  sentence text.
* A company's published forecast set against a poll of analysts, with no verb of saying, is "W"; an
  official cost figure given with "according to the Congressional Budget Office" is "W"; a person's
  spoken forecast or estimate stays "".
* "Its shares rose ... after it said ..." carries the company whose words the clause reports.
* A caption describing someone speaking ("speaks during Wednesday's markup") reports no words and
  carries no speaker.
* A judge's sentencing reasons and the sentence she would otherwise have passed are statements of
  record by an official, "W"; her moral remarks in a quote are "".

Splits. "Cllr Raymond", "Mr Rumbelow", "£2.35m", "06:00, 14 MAY 2026", "(Tallwater) -", "60-kg",
"2.61 mln", "$3.4120", "9.5 days", "Pockington St. closed", "Everett J. Postlethwick", "3 a.m. and",
"4.1 cents", "1 to 5 p.m. on", "Rudgard St. after", "Carrasquedo d. Hlavinková", "7-6 (4)", "No. 4
seed", "8:52 PM CEST", "Dr. Karin", "1961-1970", "Prof. Mikael", "2.1°C", "(grant 2022-04417)",
"P.-A.", "et al.", "Limnol Septent. 2026;41(1):55–71.", "11:48 p.m. PT", "11 p.m. because", "8 p.m.,
told", "K.B. Dorkenoo", "GH¢3,625", "64kg", "2025/26", "4:35pm", "Co., Japan's No. 3", "($312
million)", "Dr. Annegret", "approx. €210 million", "GmbH & Co. KG", "Prof. Dr. Holger", "incl. 64",
"Dipl.-Ing. Matthias", "Tel. +49", "Survey No. 62", "i.e. 1,200 sq. ft., sold", "Rs 1.1 crore",
"D-N.M., said", "R-Kan., who", "R-Alaska,", "R-Miss., and", "Sens. Lorna", "S.B. 12,", "H.R. 4471,"
and "D-Minn., has" never split a sentence; nor does a "?" inside a quote before its attribution ("on
the sand?” asked Mr Rumbelow.", "start?” Postlethwick asked ...", "first set?” she said.", "gone?”
she said.", "lights on?” asked Sen. Russ ..."). "per lb." before "Robusta", "7 p.m." before
"Ballots", "No. 37." before "Hlavinková", "S. 2318." at the end of a paragraph, "R-Mont." before "It
failed", "R-W.Va." before "Yarborough", "5:30 a.m." before "We'll", "Co." before "Its shares", "Co.
KG." before "The state", "Inc." before "P.O. Box", "AB." before "©" and "All rights reserved.",
"Group." before "©", "Ltd.", "Pty Ltd.", "Pvt. Ltd." and "S.L." before "All rights reserved." end
one; so do a question before a capital inside a quote ("Who pays that in the end?" / "The farmer,"
he said.", "“Honestly?" / "No.”") and a question before a capital in furniture or a turn ("Already a
subscriber?" / "Sign in", "Is that true?" after a Q: sentence).

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for
word from these pages (consecutive lines joined by a newline, sentences of one line by a space) and
written the same way as in the recent sets: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "English regional daily's site pasted whole with its cookie banner and a metered paywall, a district council agrees to sell a seafront car park to a hotel developer (cookie consent block with a two-sentence notice and three buttons, masthead with a founding tagline, sign-in strip with a price, menu, crumb, headline, semicolon standfirst carrying the council leader through says, byline with the reporting service, date and updated lines in capitals, share strip with a comment count, caption with a checkable fact and an image credit in brackets, a council vote of record without a speaker, according to papers published ahead of the meeting, Cllr dropped with told the meeting, a quote sentence without a verb, a free-article meter with a subscribe button and a question before Sign in, two councillors of different groups, the council's own figures with show, In a statement with a short company name and It resolved to the full name, a question in a quote with asked after it, a pledge, 5pm on a date, read-more line, comments block, most-read list, newsletter prompt, footer links and copyright)",
    "wire story on the agency's own site, Brazil's coffee exports fall as ships queue at Santos (agency brand, menu, account strip, section label, headline, two-name byline, read time, date line with GMT-3 and a relative update, a writethru note in brackets, a summary box with its label and three bullets, a FILE PHOTO caption with an agency credit in capitals and slashes, licensing line, a dateline with the agency in brackets and a hyphen carrying an exporters' group with its descriptor dropped, the group's monthly report with showed, futures with per lb. ending a sentence, The group said kept as written, straight quotes, a director general after his quote with told, a quote question before a capital and its attribution after the next sentence, the port authority in a statement and It resolved, an advertisement line, a brokerage's forecast, a ministry statement and a spokesperson who declined to comment, an unnamed exporter, a record of the year before, the reporting and editing credit as one sentence, a standards line, read-next teasers, a quotes-delayed line and the copyright)",
    "Vermont nonprofit local news site, town meeting day results in a small town (masthead with a nonprofit tagline, donate and newsletter strip with pipes, menu, section label, headline with OK, byline, date line, caption and photo credit with a slash, a dateline in capitals with two votes of record, a town clerk named with her role dropped and a turnout of record, a pronoun carrying her, Pockington St. in mid-sentence and p.m. ending a sentence, according to the town report, a fire chief with a middle initial, a question in a quote with asked and a place after it, a spoken build time, a select board chair with a tax figure and her opinion, a petitioned article of record, a library director and a quote sentence without a verb, a farmer's reasoning, a budget and an election of record, a winner's pledge, a loser who did not return a call, a school district's results kept as written, a results link, a donate appeal, reporter's bio, related list, and a footer where Inc. ends a sentence before P.O. Box)",
    "English-language tennis site, a home player wins a clay-court final in Valencia (site brand, live-scores strip with d. and a tiebreak score, menu, crumb in capitals, headline, standfirst with No. 4 seed in mid-sentence, byline with a middle dot, date and CEST time, share line, caption and photo credit with a slash, a dateline with the result and a tiebreak in brackets, a running time, No. 37. and No. 4. ending sentences, match points as record, the winner's quote over two sentences with told reporters, a quote question with she said after it followed by Honestly? and No., her first title, ranking points and prize money, the loser's account and quote, a medical timeout as record, a tournament director's attendance record and a plan, a quarter-final of record, the winner's father who is described and does not speak, a match-stats box with its title, header and rows, an ad line, more-news teasers, a betting line with pipes and a footer where S.L. ends a sentence)",
    "science-news site, a study of three centuries of parish ice records finds Swedish lakes freeze for 19 fewer days a winter (site brand and tagline, topic menu, crumb, headline without a speaker, standfirst carrying the study through finds as the body names it with according to, byline, date line, read time, share and save strip, caption and photo credit, the researchers found, publication as record, the method, a quote with says and Dr. dropped and a quote sentence without a verb, She says with a check against satellite data, the paper says and It found resolved to it, a colon inside a sentence, an outside expert with Prof. dropped who says and cautions, according to a national weather institute, an ice-fishing guide's private losses and quote, a spoken forecast, the researchers write, a funding note with a grant number, a journal reference with initials, et al. and an abbreviated journal title as one sentence, related list, newsletter prompt and a publisher line where AB. ends a sentence twice)",
    "Canadian regional news site's live blog, a wildfire forces evacuations in British Columbia's interior (site brand, menu, LIVE label, headline, last-updated line with PT, staff byline, share strip, key-events label and a list of timed headlines, pinned label, what-we-know heading and four bullets of fact, entries in reverse order each with a time stamp, an entry headline labelled like a headline and an entry byline, the province's transportation ministry said and It said, an evacuee's headline through describes carrying him, his partial quote with told, a quote question without a verb, an act without a speaker, the regional district said in a news release at the end and It resolved to it, the release said kept as written, an alert defined without a source, a headline through officials say carrying the fire information officer, told a news conference, two-sentence quote, Asked whether, a lightning cause without a source, a welcome entry where a.m. ends a sentence, an ad line, load-more line and a footer where Group. and Inc. end sentences)",
    "Ghanaian agriculture news site's Q&A interview, the head of a cocoa farmers' cooperative on prices, smuggling and old trees (site brand, menu, section label, headline without a claim, a two-sentence standfirst with a figure, byline with initials, date line with the weekday, share strip, caption and photo credit with a slash, an introduction of record with her age, acreage and membership, a pronoun that is a subject and not a speaker, the season's farmgate price in cedis, the edited-for-length note, Q: questions with no speaker, one of them citing some farmers through say and another the Cocoa Board through says, A: answers whose every sentence carries her with the prefix as the cue, tonnes and cedi figures of record beside opinions, a question inside an answer, her private family circumstances, related and more-interviews lists, a newsletter prompt and a footer where Ltd. ends a sentence)",
    "Australian regional daily's court page, a former football-netball club treasurer is jailed for stealing from the club (masthead, account strip, menu, section label, headline with footy and a dollar figure, standfirst carrying the judge through says, byline, updated line with pm and first published, share strip, caption and Picture by credit, a sentence of record without a speaker, a plea of record, Judge dropped with said on Friday and a pronoun carrying her, a non-parole period, the judge's remarks as a quote, according to an agreed summary of facts and the summary said kept as written, the prosecutor who told the court and He said, the defence barrister's claims and two-sentence quote, a victim impact statement with a figure and a question with she said after it, repayment and a compensation order as acts of record, the judge's reasons, the club's president resolved from her role where she declined to comment, a scene in court, the club's Facebook statement with a partial quote and It resolved to the full name, a premiership of record, a gambling-help line, related line, comments-disabled note, most-read list and a footer where Pty Ltd. ends a sentence)",
    "English-language Japanese business site's companies page, a robot maker's annual profit falls and it cuts its dividend (site brand, market ticker with an index, the yen and a bond yield, menu, crumb with a chevron, headline with a percentage, standfirst with No. 3 in mid-sentence, byline, date line with JST, share strip, caption and handout credit, a TOKYO dateline where the company said with its name and Co. in the sentence, the company said kept as written, according to the company's results presentation, a dividend cut as an act, share and index moves of record, a president who told a news conference and a two-sentence quote, a company forecast compared with an analysts' poll without a verb of saying, analysts who wrote in a note with a partial quote, an analyst named after her quote in two sentences, a CFO's plan and the weak yen's effect, the yen rate of record, a ministry official who asked not to be named, Co. ending a sentence before Its and after it said in mid-sentence, a spokesperson who declined to comment, a stock snapshot with its title and rows, related list, a disclaimer and a footer where Ltd. ends a sentence)",
    "German manufacturer's newsroom page with a press release, a heat pump maker opens a plant in Saxony-Anhalt (company name, product menu with a language switch, crumb, press-release label, place and date line, headline with euros and jobs, three bullet highlights of record, a double dateline with a slash, an opening as an act without a speaker, approx. in mid-sentence, GmbH & Co. KG. ending a sentence, state funding of record, the chief executive after her quote with Dr. dropped and a quote sentence without a verb, a state minister with Prof. Dr. dropped who said at the opening ceremony, incl. in mid-sentence, The company announced kept as written, sales of record, promotional copy, a production start of record, a chief operating officer with Dipl.-Ing. dropped and a checkable quote sentence, a photo download line, the About boilerplate with its title and three sentences, the forward-looking statements with their title and three sentences, the press contact block with Tel., a download line, footer links and copyright)",
    "Indian English daily's opinion page, a columnist on Bengaluru building over its lakes (masthead, e-paper and sign-in strip with pipes, menu, section label, column name, opinion headline without a claim, a two-sentence standfirst with a count and an opinion, author line, updated line with IST, follow-and-share line, the columnist's own scene, according to the India Meteorological Department, two fragments of opinion, a layout's history of record, revenue maps with show, Survey No. in mid-sentence, according to an audit commissioned by the state legislature, a retired engineer quoted with told me and described with a pronoun that does not speak, according to the corporation's budget documents with Rs and crore, opinions, a rhetorical question, a site price with i.e. and sq. ft. in mid-sentence, prescriptions, a state order of record, the writer's line, the views-are-personal line, also-read teasers, comments prompt and a footer where Pvt. Ltd. ends a sentence)",
    "US politics news site's Congress page, a Senate committee advances a rural maternity care bill (site brand with tagline, menu, section label in capitals, headline with a vote, semicolon standfirst without a speaker, two-name byline, published and updated lines with slashed dates and EDT, share strip, caption with party and state tags and a credit with a slash, a committee vote of record, S. 2318. ending a sentence, the sponsor named after her role with D-N.M. and a quote, the bill's terms and a CBO figure with according to, R-Mont. ending a sentence before It failed, a senator's two-sentence quote, a quote question with asked and R-Kan. after it and He said, Sens. with three party tags where R-W.Va. ends a sentence, said in a statement, S.B. 12 in mid-sentence, Asked whether with a comma quote, a spokesperson for the majority leader kept as written, H.R. 4471 and D-Minn. in mid-sentence, a White House spokesperson who did not respond to a request for comment, a trade group in a statement with its description dropped, a newsletter prompt, filed-under tags and a footer)",
]

ARTICLES = [
    [  # 1. English regional daily's site pasted whole with its cookie banner and a metered paywall, a district council agrees to sell a seafront car park to a hotel developer
        [("We value your privacy", "", "", "B")],
        [("We and our 147 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.", "", "", "B"),
         ("You can accept or manage your choices below, including your right to object where legitimate interest is used, at any time by clicking “Privacy settings” at the bottom of any page.", "", "", "B")],
        [("ACCEPT ALL", "", "", "B")],
        [("REJECT ALL", "", "", "B")],
        [("MORE OPTIONS", "", "", "B")],
        [("Holmsey Journal", "", "", "B")],
        [("Serving Wrayholme, Saltcombe and the Holmsey coast since 1871", "", "", "B")],
        [("Sign in   Subscribe from £1", "", "", "B")],
        [("Home   News   Sport   What's On   Property   Jobs   Notices   Puzzles", "", "", "B")],
        [("News › Wrayholme", "", "", "B")],
        [("Council agrees £2.35m sale of seafront car park to hotel developer", "", "", "W")],
        [("Leader says Beachfield car park lost £41,000 last year; opposition warns 212 spaces will go", "Raymond Pashford", "says", "W")],
        [("By Harriet Gillingrove, Local Democracy Reporting Service", "", "", "B")],
        [("06:00, 14 MAY 2026", "", "", "B")],
        [("Updated 09:12, 14 MAY 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Comments (31)", "", "", "B")],
        [("Beachfield car park on Sandgate Parade, Wrayholme, which has 212 spaces.", "", "", "W"),
         ("(Image: Holmsey Journal)", "", "", "B")],
        [("Holmsey District Council voted 24-17 on Wednesday night to sell the Beachfield car park on Sandgate Parade in Wrayholme to Brinewell Leisure Ltd for £2.35 million.", "", "", "W"),
         ("The company plans a 64-bedroom hotel on the site with a ground-floor restaurant and a rooftop terrace open to the public, according to papers published ahead of the meeting.", "papers published ahead of the meeting", "according to", "W")],
        [("Council leader Cllr Raymond Pashford told the meeting the car park had lost £41,000 in 2025 once staffing, repairs and business rates were paid.", "Raymond Pashford", "told the meeting", "W"),
         ("“We are not in the business of running car parks at a loss,” he said.", "Raymond Pashford", "said", ""),
         ("“This is about giving people a reason to come to Wrayholme in November, not just in August.”", "Raymond Pashford", "said", "")],
        [("He said the money would go towards repairing the Sandgate Parade sea wall, 300 metres of which was rated “poor” in a survey for the council in 2024.", "Raymond Pashford", "said", "W")],
        [("You have read 3 of your 5 free articles this month.", "", "", "B"),
         ("Subscribe for unlimited access to the Holmsey Journal from £1 for your first three months.", "", "", "B")],
        [("SUBSCRIBE NOW", "", "", "B")],
        [("Already a subscriber?", "", "", "B"),
         ("Sign in", "", "", "B")],
        [("Cllr Wendy Crudgington, who leads the Independent group, said the sale would take away 212 of the 538 public parking spaces on the seafront.", "Wendy Crudgington", "said", "W"),
         ("She said the council had not held a public consultation before the vote.", "Wendy Crudgington", "said", "W")],
        [("“The car park is empty in winter because the town is empty in winter,” she said.", "Wendy Crudgington", "said", ""),
         ("“Sell it, and in August the traffic will be backed up to the level crossing.”", "Wendy Crudgington", "said", "")],
        [("The council's own figures show the car park took £188,000 in fees in 2025, four-fifths of it between June and September.", "The council's own figures", "show", "W")],
        [("In a statement, Brinewell Leisure said the hotel would “bring Wrayholme's seafront into the 21st century”.", "Brinewell Leisure", "said", ""),
         ("It said its plans, submitted to the council in March, included 40 underground parking spaces that would be open to the public.", "Brinewell Leisure Ltd", "said", "W")],
        [("Dennis Rumbelow, 74, who has rented out beach huts on Sandgate Parade since 1989, said most of his customers came by car from Lincoln and Nottingham.", "Dennis Rumbelow", "said", ""),
         ("“Where are they supposed to park, on the sand?” asked Mr Rumbelow.", "Dennis Rumbelow", "asked", "")],
        [("Nine members of the public spoke against the sale during the meeting and none spoke in favour.", "", "", "W")],
        [("Pashford said the council would also spend £260,000 resurfacing the 86-space Sheepwash Lane car park, 400 metres from the beach.", "Raymond Pashford", "said", "W")],
        [("The decision can be called in for review by the council's overview and scrutiny committee until 5pm on May 21.", "", "", "W"),
         ("Crudgington said her group would ask for a call-in.", "Wendy Crudgington", "said", "")],
        [("Read more: Wrayholme beach hut fees to rise by £40 a season", "", "", "B")],
        [("Comments (31)", "", "", "B")],
        [("Have your say.", "", "", "B"),
         ("Comments are moderated in line with our community guidelines.", "", "", "B")],
        [("MOST READ", "", "", "B")],
        [("Lorry stuck under Saltcombe railway bridge for three hours", "", "", "B")],
        [("Wrayholme's oldest fish and chip shop up for sale after 96 years", "", "", "B")],
        [("Sign up to the Holmsey Journal's morning newsletter", "", "", "B")],
        [("Privacy settings   Cookie policy   Terms   Contact us", "", "", "B")],
        [("© 2026 Holmsey Journal Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. wire story on the agency's own site, Brazil's coffee exports fall as ships queue at Santos
        [("Tallwater News", "", "", "B")],
        [("World   Business   Markets   Commodities   Tech   Investigations   More", "", "", "B")],
        [("My News   Sign In   Register", "", "", "B")],
        [("Commodities", "", "", "B")],
        [("Brazil coffee exports fall 18% in May as Santos ship queue grows", "", "", "W")],
        [("By Renata Bezerril-Sayão and Otávio Brenneck", "", "", "B")],
        [("3 min read", "", "", "B")],
        [("June 9, 2026 4:27 PM GMT-3 Updated 2 hours ago", "", "", "B")],
        [("(Adds exporters' group comment in paragraphs 4-7, port authority figures in paragraph 8)", "", "", "B")],
        [("Summary", "", "", "B")],
        [("• Green coffee exports at 2.61 mln bags, lowest for May since 2021", "", "", "W")],
        [("• 41 ships waiting to berth at Santos on June 5 vs 17 a year earlier", "", "", "W")],
        [("• Arabica futures up 2.3%", "", "", "W")],
        [("FILE PHOTO: Workers stack sacks of coffee beans at a warehouse in Santos, Brazil, March 12, 2025.", "", "", ""),
         ("TALLWATER/Felipe Arruda-Pessanha/File Photo", "", "", "B")],
        [("Purchase Licensing Rights", "", "", "B")],
        [("SAO PAULO, June 9 (Tallwater) - Brazil's green coffee exports fell 18.4% in May from a year earlier to 2.61 million 60-kg bags, exporters' group CBEC said on Tuesday, as a queue of ships at the port of Santos held up loadings.", "CBEC", "said", "W")],
        [("Arabica shipments fell 14.9% to 2.30 million bags, the group's monthly report showed, while exports of robusta, known in Brazil as conilon, dropped 37.4% to 312,000 bags.", "the group's monthly report", "showed", "W")],
        [("Benchmark arabica futures settled 2.3% higher at $3.4120 per lb.", "", "", "W"),
         ("Robusta futures in London rose 1.1% to $4,856 a tonne.", "", "", "W")],
        [("The group said 41 ships were waiting to berth at Santos on June 5, against 17 a year earlier.", "The group", "said", "W")],
        [("\"The coffee is sold, the contracts are signed, and the ships are sitting outside the bay,\" Marcos Vellozo-Aranha, CBEC's director general, told Tallwater.", "Marcos Vellozo-Aranha", "told Tallwater", "")],
        [("He said exporters had paid about $14 million in extra storage and demurrage charges in May alone.", "Marcos Vellozo-Aranha", "said", "W")],
        [("\"Who pays that in the end?", "Marcos Vellozo-Aranha", "said", ""),
         ("The farmer,\" he said.", "Marcos Vellozo-Aranha", "said", "")],
        [("The port authority said in a statement that it had added two night shifts at its bulk and container terminals on May 25 and that the average wait for a berth had fallen to 9.5 days from 13 days in mid-May.", "the port authority", "said in a statement", "W"),
         ("It said dredging work that had closed one of the two lanes of the access channel would be finished by June 20.", "the port authority", "said", "W")],
        [("Advertisement · Scroll to continue", "", "", "B")],
        [("Brokerage Tressel Corretora said in a note to clients on Monday that the queue was likely to shorten in July once the dredging is finished, but that June shipments would stay \"well below normal.\"", "Tressel Corretora", "said in a note", "")],
        [("A Santos-based exporter, who asked not to be named because he was not authorized to speak to the press, said his company had shipped 40% less coffee in May than it had planned.", "A Santos-based exporter", "said", "W")],
        [("The Agriculture Ministry said in a statement on Monday that it had met port operators and exporters to discuss ways to speed up loadings.", "The Agriculture Ministry", "said in a statement", "W"),
         ("A ministry spokesperson declined to comment further.", "A ministry spokesperson", "declined to comment", "")],
        [("Brazil is the world's largest producer and exporter of coffee.", "", "", "W"),
         ("In May 2025, it shipped a record 3.20 million bags of green coffee.", "", "", "W")],
        [("(Reporting by Renata Bezerril-Sayão in Sao Paulo; additional reporting by Otávio Brenneck in Brasilia; Editing by Alistair Dorn and Tomasz Wierzbanek)", "", "", "B")],
        [("Our Standards: The Tallwater Editorial Code.", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("Colombia's coffee output rises 9% in May, growers' federation says", "", "", "B")],
        [("Cocoa grinders cut demand outlook as West African crop disappoints", "", "", "B")],
        [("All quotes delayed a minimum of 15 minutes.", "", "", "B")],
        [("© 2026 Tallwater.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. Vermont nonprofit local news site, town meeting day results in a small town
        [("The Pemsbury Valley Observer", "", "", "B")],
        [("Independent, nonprofit news for Wedgeworth, Castlebury Falls and the Pemsbury Valley", "", "", "B")],
        [("DONATE   |   Get our free newsletter", "", "", "B")],
        [("News   Town Meeting 2026   Schools   Obituaries   Letters   Calendar   About", "", "", "B")],
        [("TOWN MEETING 2026", "", "", "B")],
        [("Wedgeworth voters OK $1.18 million for new fire engine, turn down Sunday library hours", "", "", "W")],
        [("By Noreen Oyler", "", "", "B")],
        [("March 5, 2026", "", "", "B")],
        [("Voters line up to cast paper ballots at Wedgeworth Town Hall on Tuesday, March 3.", "", "", ""),
         ("Photo by Cal Tuttlebee / Pemsbury Valley Observer", "", "", "B")],
        [("WEDGEWORTH — Voters on Tuesday approved borrowing $1.18 million for a new fire engine, 412-197, but turned down a petitioned article to open the town library on Sunday afternoons.", "", "", "W"),
         ("The library article failed 288-321.", "", "", "W")],
        [("Town Clerk Darlene Fitchwood said 611 of the town's 1,742 registered voters cast ballots, a turnout of about 35%.", "Darlene Fitchwood", "said", "W"),
         ("She said that was the highest turnout at a Town Meeting Day vote since 2016.", "Darlene Fitchwood", "said", "W")],
        [("The polls at Town Hall on Pockington St. closed at 7 p.m.", "", "", "W"),
         ("Ballots were counted by hand by 11 volunteers, and the results were posted on the Town Hall door just before 10 p.m.", "", "", "W")],
        [("The new engine will replace a 1998 pumper that failed its annual pump test last fall, according to the town report.", "the town report", "according to", "W")],
        [("Fire Chief Everett J. Postlethwick said the department had spent $23,400 on repairs to the old engine over the past two years.", "Everett J. Postlethwick", "said", "W")],
        [("“When it's 10 below at 3 a.m. and somebody's chimney is on fire up on the Notchview Road, do you want to be wondering whether the truck will start?” Postlethwick asked at the informational meeting Monday night.", "Everett J. Postlethwick", "asked", "")],
        [("He said the new engine would take about 14 months to build.", "Everett J. Postlethwick", "said", "")],
        [("Select Board Chair Patrice Seckington said the bond would add about 4.1 cents to the town tax rate, or about $82 a year on a home assessed at $200,000.", "Patrice Seckington", "said", "W"),
         ("“Nobody on the board loves that number, but we looked at used engines, and we'd just be buying somebody else's problem,” she said.", "Patrice Seckington", "said", "")],
        [("The library article asked for $14,600 a year to open the Shovelton-Brayton Memorial Library from 1 to 5 p.m. on Sundays.", "", "", "W")],
        [("Library Director Marguerite Vanslyke said about 60 families had signed up for a Sunday story hour the library ran as a trial last winter.", "Marguerite Vanslyke", "said", "W"),
         ("“We'll try again next year,” she said.", "Marguerite Vanslyke", "said", ""),
         ("“Maybe with a smaller number.”", "Marguerite Vanslyke", "said", "")],
        [("Gordon Pettishaw, who has farmed on the Sugarbush Road for 40 years, said he voted for the fire engine and against the library hours.", "Gordon Pettishaw", "said", ""),
         ("“One of those you need, and one of those would be nice,” he said.", "Gordon Pettishaw", "said", "")],
        [("Voters also approved the town's $2.46 million operating budget, 402-205, and elected Tobias Gadbois to a three-year Select Board seat over incumbent Alan Merriwold, 331-274.", "", "", "W")],
        [("Gadbois, who owns a small-engine repair shop on the Kettlebank Road, said Wednesday he would push the town to apply for more state and federal grants for road work.", "Tobias Gadbois", "said", ""),
         ("Merriwold did not return a call seeking comment.", "Alan Merriwold", "did not return a call seeking comment", "")],
        [("The Pemsbury Valley Unified Union School District budget passed 1,904-1,377 across its five member towns, according to results posted by the district.", "results posted by the district", "according to", "W")],
        [("Town Meeting 2026: Results from every Pemsbury Valley town", "", "", "B")],
        [("The Observer is a nonprofit newsroom supported by readers like you.", "", "", "B"),
         ("Make a gift today.", "", "", "B")],
        [("Noreen Oyler covers Wedgeworth and Castlebury Falls.", "", "", "B"),
         ("Email her at noreen@pemsburyobserver.org.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Castlebury Falls keeps its town garage on Rudgard St. after a four-hour floor debate", "", "", "B")],
        [("Letter: Why I'm voting yes on the fire engine", "", "", "B")],
        [("© 2026 Pemsbury Valley Observer Inc.", "", "", "B"),
         ("P.O. Box 208, Wedgeworth, Vt.", "", "", "B")],
    ],
    [  # 4. English-language tennis site, a home player wins a clay-court final in Valencia
        [("CourtPulse", "", "", "B")],
        [("LIVE   Valtierra Open F: Carrasquedo d. Hlavinková 1-6 6-3 7-6(4)   |   Castellvell Challenger SF: Brekkestø v Lebrecque-Tanguy 6-4 3-4*", "", "", "B")],
        [("News   Scores   Draws   Rankings   Video   Shop", "", "", "B")],
        [("TOURNAMENTS › VALTIERRA OPEN", "", "", "B")],
        [("Carrasquedo saves two match points to win Valtierra Open at home", "", "", "W")],
        [("Spaniard comes from a set down to beat No. 4 seed Hlavinková in a final-set tiebreak", "", "", "W")],
        [("By Fionn Tarrawick · April 19, 2026 · 8:52 PM CEST", "", "", "B")],
        [("Share", "", "", "B")],
        [("Ines Carrasquedo holds up the trophy after winning the Valtierra Open final in Valencia on Sunday.", "", "", ""),
         ("Photo: Lucía Ferrandis-Quiles / CourtPulse", "", "", "B")],
        [("VALENCIA, Spain — Ines Carrasquedo saved two match points on her way to a 1-6, 6-3, 7-6 (4) win over Kateřina Hlavinková in the Valtierra Open final on Sunday, becoming the first Spanish woman to win the clay-court event in its 23-year history.", "", "", "W"),
         ("The match lasted 2 hours, 41 minutes.", "", "", "W")],
        [("Carrasquedo, 22, is ranked No. 37.", "", "", "W"),
         ("Hlavinková, the Czech left-hander who won the title in 2024, was seeded No. 4.", "", "", "W")],
        [("Hlavinková served for the match at 5-4 in the third set and had two match points at 40-15, but Carrasquedo saved the first with a forehand winner down the line and the second when Hlavinková double-faulted.", "", "", "W")],
        [("“I was already thinking about what I would say in the runner-up speech,” Carrasquedo told reporters.", "Ines Carrasquedo", "told reporters", ""),
         ("“Then she missed one ball and I thought, OK, maybe not yet.”", "Ines Carrasquedo", "told reporters", "")],
        [("“Did I believe I could win after the first set?” she said.", "Ines Carrasquedo", "said", ""),
         ("“Honestly?", "Ines Carrasquedo", "said", ""),
         ("No.”", "Ines Carrasquedo", "said", "")],
        [("She said it was her first title on the main tour.", "Ines Carrasquedo", "said", "W")],
        [("The win is worth 280 ranking points and €142,000 in prize money, and will lift her into the top 30 when the new rankings are published on Monday.", "", "", "W")],
        [("Hlavinková said she had felt pain in her left wrist from the middle of the second set but did not want to make excuses.", "Kateřina Hlavinková", "said", ""),
         ("“She played the big points better than me, that's all,” she said.", "Kateřina Hlavinková", "said", "")],
        [("Hlavinková called for the trainer at 3-3 in the third set and had her wrist taped during a medical timeout.", "", "", "W")],
        [("Tournament director Álvaro Mendizábal-Roure said 8,412 spectators had watched the final, a record for the event.", "Álvaro Mendizábal-Roure", "said", "W"),
         ("He said the tournament would add a second show court with 2,500 seats in 2027.", "Álvaro Mendizábal-Roure", "said", "W"),
         ("“After today, I think we will need it,” he said.", "Álvaro Mendizábal-Roure", "said", "")],
        [("Carrasquedo beat the top seed, Yelena Sarkisova, 7-5, 6-4 in the quarter-finals on Friday.", "", "", "W"),
         ("A year ago she needed a wildcard to get into qualifying.", "", "", "W")],
        [("Her coach, Jordi Carrasquedo, who is also her father, watched the final from the last row of the stand and left before the trophy ceremony to move the car.", "", "", "")],
        [("MATCH STATS", "", "", "B")],
        [("Carrasquedo   Hlavinková", "", "", "B")],
        [("Aces   2   7", "", "", "")],
        [("Double faults   3   6", "", "", "")],
        [("Break points won   5/11   4/9", "", "", "")],
        [("Winners   31   38", "", "", "")],
        [("Unforced errors   27   44", "", "", "")],
        [("Advertisement", "", "", "B")],
        [("MORE TENNIS NEWS", "", "", "B")],
        [("Hlavinková to have wrist scan before next week's event", "", "", "B")],
        [("Sarkisova pulls out of Castellvell with back injury", "", "", "B")],
        [("18+ | Play responsibly | T&Cs apply", "", "", "B")],
        [("© 2026 CourtPulse Media S.L.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. science-news site, a study of three centuries of parish ice records finds Swedish lakes freeze for 19 fewer days a winter
        [("Quarkline", "", "", "B")],
        [("Science news without the hype", "", "", "B")],
        [("Climate   Space   Health   Animals   Physics   Newsletter", "", "", "B")],
        [("Climate › Lakes", "", "", "B")],
        [("Swedish lakes now freeze for 19 fewer days a winter than in the 1960s", "", "", "W")],
        [("Study of ice records kept by clergy, farmers and teachers since 1712 finds the freeze now comes 11 days later and the thaw 8 days earlier", "a study by researchers at the Mälarbotten Institute for Lake Research", "finds", "W")],
        [("By Signe Tallvik-Brunn", "", "", "B")],
        [("11 February 2026", "", "", "B")],
        [("5 min read", "", "", "B")],
        [("Share   Save", "", "", "B")],
        [("Ice fishers on a frozen lake in Dalarna in January.", "", "", ""),
         ("Photo: Anders Kölnberg-Sande / Quarkline", "", "", "B")],
        [("Lakes in Sweden now spend an average of 19 fewer days under ice each winter than they did in the 1960s, according to a study by researchers at the Mälarbotten Institute for Lake Research.", "a study by researchers at the Mälarbotten Institute for Lake Research", "according to", "W"),
         ("Across the 38 lakes studied, the freeze now begins 11 days later and the thaw comes 8 days earlier than in 1961-1970, the researchers found.", "the researchers", "found", "W")],
        [("The study was published on Tuesday in the journal Limnologia Septentrionalis.", "", "", "W")],
        [("The team used ice records kept by parish priests, farmers, schoolteachers and, from the 1880s, railway staff, who noted the day each lake froze over and the day the ice went out.", "", "", "W"),
         ("The oldest series, from Lake Tjärnbo, south of Örebro, begins in 1712.", "", "", "W")],
        [("“These were people with very practical reasons to know when the ice would hold a horse and sledge,” says Dr. Karin Hedlund-Nwabuisi, the study's lead author.", "Karin Hedlund-Nwabuisi", "says", ""),
         ("“That makes them surprisingly good observers.”", "Karin Hedlund-Nwabuisi", "says", "")],
        [("She says the team checked the old records against satellite images for the years 2000 to 2024 and found they agreed to within two days in 91% of cases.", "Karin Hedlund-Nwabuisi", "says", "W")],
        [("Most of the change has happened since 1990, the paper says.", "the paper", "says", "W"),
         ("It found that before 1900 the ice season varied widely from year to year but showed no clear trend.", "the paper", "found", "W")],
        [("Lakes in the south lost their ice fastest: Lake Tjärnbo froze over completely in only four of the last ten winters.", "", "", "W")],
        [("“It is a beautiful dataset, and a very patient one,” says Prof. Mikael Strandqvist, a hydrologist at the Norrbacka University of Technology who was not involved in the study.", "Mikael Strandqvist", "says", ""),
         ("He cautions that many early observers recorded only when the ice would bear a person, not when the lake was fully covered, so the first century of records is less precise.", "Mikael Strandqvist", "cautions", "")],
        [("Sweden's average winter temperature has risen by about 2.1°C since 1961, according to the Swedish Meteorological and Hydrological Institute.", "the Swedish Meteorological and Hydrological Institute", "according to", "W")],
        [("Per-Olof Grannemark, who has run ice-fishing trips on Lake Tjärnbo since 1994, says he cancelled 31 trips last winter.", "Per-Olof Grannemark", "says", ""),
         ("“In January it was black ice one week and open water the next,” he says.", "Per-Olof Grannemark", "says", "")],
        [("“If warming continues at the same rate, most lakes in Skåne will stop freezing over in most winters by the 2050s,” Hedlund-Nwabuisi says.", "Karin Hedlund-Nwabuisi", "says", "")],
        [("The shorter ice season matters for more than winter sports.", "", "", ""),
         ("Lakes that lose their ice earlier warm up sooner in spring, which can bring forward algal blooms by several weeks, the researchers write.", "the researchers", "write", "W")],
        [("This research was funded by the Swedish Research Council (grant 2022-04417) and the Lindgrenska Foundation.", "", "", "B")],
        [("Journal reference: Hedlund-Nwabuisi K, Morenius P.-A., Lysholm-Varndell T, et al. Three centuries of lake ice phenology from Swedish parish records. Limnol Septent. 2026;41(1):55–71.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Why Baltic herring are getting smaller", "", "", "B")],
        [("The ice roads of northern Finland are opening later every year", "", "", "B")],
        [("Get Quarkline in your inbox every Friday.", "", "", "B"),
         ("Sign up", "", "", "B")],
        [("Quarkline is published by Brightlobe Media AB.", "", "", "B"),
         ("© 2026 Brightlobe Media AB.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Canadian regional news site's live blog, a wildfire forces evacuations in British Columbia's interior
        [("Kettleview News", "", "", "B")],
        [("News   Wildfires   Weather   Traffic   Opinion   Obituaries", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Wildfire live updates: Evacuation order expanded to 3,400 properties near Ingoldby", "", "", "W")],
        [("Last updated: July 25, 2026 at 11:48 p.m. PT", "", "", "B")],
        [("By Kettleview News staff", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Key events", "", "", "B")],
        [("11:20 p.m. Highway 41 closed between Ingoldby and Pashley Junction", "", "", "B")],
        [("7:05 p.m. Evacuation order expanded", "", "", "B")],
        [("4:30 p.m. Fire now about 9,800 hectares", "", "", "B")],
        [("Pinned", "", "", "B")],
        [("What we know so far:", "", "", "B")],
        [("• The Mallinthorpe Creek wildfire is about 9,800 hectares in size.", "", "", "W")],
        [("• Evacuation orders cover about 3,400 properties, and alerts another 2,100.", "", "", "W")],
        [("• Highway 41 is closed between Ingoldby and Pashley Junction.", "", "", "W")],
        [("• An emergency support centre is open at the Ingoldby Curling Club on Whiteknight Ave.", "", "", "W")],
        [("11:20 p.m.", "", "", "B")],
        [("Highway 41 closed between Ingoldby and Pashley Junction", "", "", "W")],
        [("By Priya Skjerdal", "", "", "B")],
        [("The highway was closed at about 11 p.m. because of smoke and fire activity close to the road, the province's transportation ministry said.", "the province's transportation ministry", "said", "W"),
         ("It said there was no estimated time for reopening.", "the province's transportation ministry", "said", "W")],
        [("9:45 p.m.", "", "", "B")],
        [("Evacuee describes “a wall of orange” behind his house", "Lorne Nordegaard", "describes", "")],
        [("By Marc-André Tousignant", "", "", "B")],
        [("Lorne Nordegaard, who left his home on Cougarback Road with his wife and two dogs at about 8 p.m., told Kettleview News the sky behind the house was “a wall of orange.”", "Lorne Nordegaard", "told Kettleview News", ""),
         ("“We took the dogs, the pills and the photo albums,” he said.", "Lorne Nordegaard", "said", ""),
         ("“Everything else is just stuff, right?”", "Lorne Nordegaard", "said", "")],
        [("They are staying with their daughter in Pashley Junction.", "", "", "")],
        [("7:05 p.m.", "", "", "B")],
        [("Evacuation order expanded", "", "", "W")],
        [("By Kettleview News staff", "", "", "B")],
        [("The evacuation order now covers about 3,400 properties, up from 1,150 on Saturday morning, the Glaister Valley Regional District said in a news release.", "the Glaister Valley Regional District", "said in a news release", "W"),
         ("It said the order covers everything west of Gullmere Lake Road and north of the Glaister River.", "the Glaister Valley Regional District", "said", "W")],
        [("Residents under an order must leave immediately and register at the support centre, the release said.", "the release", "said", "")],
        [("An evacuation alert, which means residents must be ready to leave on short notice, covers another 2,100 properties.", "", "", "W")],
        [("4:30 p.m.", "", "", "B")],
        [("‘This fire is not behaving like a normal fire,’ officials say", "Shauna Lafreniere", "say", "")],
        [("By Priya Skjerdal", "", "", "B")],
        [("BC Wildfire Service fire information officer Shauna Lafreniere told a news conference in Ingoldby that the fire had grown to about 9,800 hectares, from 6,200 hectares on Friday night.", "Shauna Lafreniere", "told a news conference", "W"),
         ("“This fire is not behaving like a normal fire,” she said.", "Shauna Lafreniere", "said", ""),
         ("“It is making runs at night, when we would usually expect it to lie down.”", "Shauna Lafreniere", "said", "")],
        [("She said 142 firefighters, 11 helicopters and 23 pieces of heavy equipment were assigned to the fire.", "Shauna Lafreniere", "said", "W")],
        [("Asked whether Ingoldby itself was at risk, Lafreniere said crews had finished a fuel break along the town's western edge on Friday.", "Shauna Lafreniere", "said", "W")],
        [("The fire was first reported on July 19 and is believed to have been caused by lightning.", "", "", "W")],
        [("10:05 a.m.", "", "", "B")],
        [("Good morning and welcome to our live coverage of the Mallinthorpe Creek wildfire.", "", "", ""),
         ("Overnight the fire crossed the Glaister River at two points, and the regional district issued its first evacuation order at 5:30 a.m.", "", "", "W"),
         ("We'll bring you updates here throughout the day.", "", "", "")],
        [("Advertisement", "", "", "B")],
        [("Load more updates", "", "", "B")],
        [("Kettleview News is part of Pinecourt Media Group.", "", "", "B"),
         ("© 2026 Pinecourt Media Group Inc.", "", "", "B")],
    ],
    [  # 7. Ghanaian agriculture news site's Q&A interview, the head of a cocoa farmers' cooperative on prices, smuggling and old trees
        [("AgroPost Ghana", "", "", "B")],
        [("Home   News   Cocoa   Markets   Interviews   Opinion   Jobs", "", "", "B")],
        [("INTERVIEWS", "", "", "B")],
        [("Interview: A cocoa co-op chief on prices, smuggling and ageing trees", "", "", "")],
        [("Adwoa Serwaa Obuobisa heads a cooperative of 4,180 cocoa farmers in the Western North Region.", "", "", "W"),
         ("We asked her whether this season's price rise will keep Ghana's cocoa in Ghana.", "", "", "")],
        [("By K.B. Dorkenoo", "", "", "B")],
        [("Friday, March 13, 2026", "", "", "B")],
        [("Share   WhatsApp   Facebook   X", "", "", "B")],
        [("Adwoa Serwaa Obuobisa at the cooperative's drying yard in Asuofrenu.", "", "", ""),
         ("Photo: AgroPost/Yaw Adjeikwei", "", "", "B")],
        [("Obuobisa, 58, has grown cocoa on her family's 11-acre farm near Asuofrenu since 1991.", "", "", "W"),
         ("She became chair of the Asuofrenu Cocoa Farmers' Cooperative Union in 2019, when it had 2,600 members.", "", "", "W")],
        [("In October, the government raised the farmgate price of cocoa for the 2025/26 season to GH¢3,625 per 64kg bag.", "", "", "W")],
        [("This interview has been edited for length and clarity.", "", "", "B")],
        [("Q: How has the new price changed things for your members?", "", "", "")],
        [("A: Between October and February the co-op sold 1,920 tonnes of beans through licensed buyers, up from 1,310 tonnes in the same months a year earlier.", "Adwoa Serwaa Obuobisa", "A:", "W"),
         ("That is the price talking.", "Adwoa Serwaa Obuobisa", "A:", ""),
         ("People who had stopped weeding their farms have started again.", "Adwoa Serwaa Obuobisa", "A:", "")],
        [("Q: Some farmers say smugglers are paying a third more than the official price across the border.", "Some farmers", "say", "W"),
         ("Is that true?", "", "", "")],
        [("A: In December a buyer from across the border was offering the equivalent of GH¢4,400 a bag at Asuofrenu junction.", "Adwoa Serwaa Obuobisa", "A:", "W"),
         ("I know because he offered it to me.", "Adwoa Serwaa Obuobisa", "A:", ""),
         ("In January the police stopped two trucks carrying 310 bags on the road to the border.", "Adwoa Serwaa Obuobisa", "A:", "W")],
        [("Q: Did your members sell to him?", "", "", "")],
        [("A: Not through the co-op.", "Adwoa Serwaa Obuobisa", "A:", ""),
         ("What people do at night, I cannot see.", "Adwoa Serwaa Obuobisa", "A:", "")],
        [("Q: What is the biggest problem on the farms now, apart from price?", "", "", "")],
        [("A: Old trees and swollen shoot.", "Adwoa Serwaa Obuobisa", "A:", ""),
         ("By our own count, about 40% of our members' trees are more than 30 years old.", "Adwoa Serwaa Obuobisa", "A:", "W"),
         ("Swollen shoot has forced 212 of our farmers to cut down part of their farms since 2022.", "Adwoa Serwaa Obuobisa", "A:", "W"),
         ("When you cut, you wait three years before the new trees bear, and in those three years, what do you eat?", "Adwoa Serwaa Obuobisa", "A:", "")],
        [("Q: The Cocoa Board says it will rehabilitate 150,000 hectares of diseased farms this year.", "The Cocoa Board", "says", "W"),
         ("Are you seeing that?", "", "", "")],
        [("A: We have seen the teams in two of our 14 communities.", "Adwoa Serwaa Obuobisa", "A:", "W"),
         ("They came, they cut, they planted seedlings.", "Adwoa Serwaa Obuobisa", "A:", ""),
         ("In the other 12, we are still waiting.", "Adwoa Serwaa Obuobisa", "A:", "")],
        [("Q: If you had five minutes with the Finance Minister, what would you tell him?", "", "", "")],
        [("A: Pay farmers on time.", "Adwoa Serwaa Obuobisa", "A:", ""),
         ("Last season some of our members waited four months for their money from the licensed buying companies.", "Adwoa Serwaa Obuobisa", "A:", "W"),
         ("A farmer who waits four months for his money will sell to anybody who pays cash today.", "Adwoa Serwaa Obuobisa", "A:", "")],
        [("Q: Will your children grow cocoa?", "", "", "")],
        [("A: My son is an engineer in Kumasi.", "Adwoa Serwaa Obuobisa", "A:", ""),
         ("My daughter has 3 acres next to mine, and she has just planted 600 seedlings.", "Adwoa Serwaa Obuobisa", "A:", ""),
         ("So, one out of two.", "Adwoa Serwaa Obuobisa", "A:", "")],
        [("Related: Police seize 310 bags of cocoa headed for the border", "", "", "B")],
        [("More Interviews", "", "", "B")],
        [("‘The rains are no longer our calendar’: a Bono Region yam farmer on a changing climate", "", "", "B")],
        [("Get the AgroPost Cocoa & Markets brief every Monday", "", "", "B")],
        [("© 2026 AgroPost Ghana Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. Australian regional daily's court page, a former football-netball club treasurer is jailed for stealing from the club
        [("The Wirradale Standard", "", "", "B")],
        [("Subscribe   Log in   Today's Paper", "", "", "B")],
        [("News   Court   Sport   Community   Farming   Obituaries   Puzzles", "", "", "B")],
        [("Court", "", "", "B")],
        [("Former footy club treasurer jailed for stealing $312,000 from Wirradale Ravens", "", "", "W")],
        [("Judge says Gavin Ockwell spent almost all of the money on online betting over six years", "Rosalind Oxenbould", "says", "W")],
        [("By Aisling Merrett", "", "", "B")],
        [("Updated May 29 2026 - 4:35pm, first published 1:10pm", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Gavin Ockwell leaves the County Court in Melbourne after an earlier hearing in March.", "", "", ""),
         ("Picture by Owen Sallisford", "", "", "B")],
        [("A former treasurer of the Wirradale Football Netball Club who stole more than $312,000 from the club over six years has been jailed for three years and four months.", "", "", "W")],
        [("Gavin Ockwell, 51, had pleaded guilty in the County Court in Melbourne to 64 charges of obtaining property by deception.", "", "", "W")],
        [("Judge Rosalind Oxenbould said on Friday that he had moved $312,240 from the club's accounts to his own in 417 separate transfers between April 2019 and March 2025.", "Rosalind Oxenbould", "said", "W"),
         ("She said he had spent almost all of it on online betting.", "Rosalind Oxenbould", "said", "W")],
        [("He must serve 20 months before he is eligible for parole.", "", "", "W")],
        [("“You were trusted by people who had known you since you were a boy, and you used that trust to feed an addiction for six years,” Judge Oxenbould said.", "Rosalind Oxenbould", "said", "")],
        [("She said she had taken into account his early guilty plea, which spared the club's volunteers from giving evidence, and the fact that he had no prior convictions.", "Rosalind Oxenbould", "said", "W"),
         ("Without the plea, she said, she would have jailed him for five years.", "Rosalind Oxenbould", "said", "W")],
        [("The thefts came to light in April 2025, when the club's new president asked the bank for statements after Ockwell was slow to provide them, according to an agreed summary of facts.", "an agreed summary of facts", "according to", "W"),
         ("The club's accounts for 2019 to 2024 had been signed off each year by an accountant who was a friend of Ockwell's, the summary said.", "the summary", "said", "W")],
        [("Prosecutor Stuart Parfitt told the court the club had been forced to drop its under-12 and under-14 football teams in 2025 because it could not pay its league fees.", "Stuart Parfitt", "told the court", "W"),
         ("He said Ockwell had emailed the club's committee altered bank statements on at least 23 occasions.", "Stuart Parfitt", "said", "W")],
        [("Defence barrister Imogen Staverley said her client had been diagnosed with a gambling disorder and had gone to weekly counselling since his arrest.", "Imogen Staverley", "said", "W"),
         ("“He does not ask for sympathy,” she said.", "Imogen Staverley", "said", ""),
         ("“He asks the court to see a man who has already lost his job, his marriage and his place in this town.”", "Imogen Staverley", "said", "")],
        [("In a victim impact statement read to the court, club president Michelle Maddever said volunteers had raised $86,000 from raffles, barbecues and sponsors since 2025 to keep the netball courts lit.", "Michelle Maddever", "said", "W"),
         ("“How do you tell a nine-year-old there's no team for her this year because the money's gone?” she said.", "Michelle Maddever", "said", "")],
        [("Ockwell has repaid $18,500 from the sale of his car.", "", "", "W"),
         ("Judge Oxenbould ordered him to pay the club compensation of $293,740.", "", "", "W")],
        [("Outside court, the club's president declined to comment.", "Michelle Maddever", "declined to comment", "")],
        [("Ockwell, in a grey suit, looked at the floor as the sentence was read.", "", "", "")],
        [("In a statement on its Facebook page on Friday afternoon, the club said it was “relieved this chapter is closed” and thanked its sponsors for “sticking with us”.", "the club", "said", ""),
         ("It said it would field under-12 and under-14 teams again this season.", "the Wirradale Football Netball Club", "said", "W")],
        [("The Ravens play in the Tarrangil Football Netball League and won the senior premiership in 2017.", "", "", "W")],
        [("If gambling is causing problems for you or someone you know, free and confidential support is available 24 hours a day through Gambler's Help.", "", "", "B")],
        [("Related: Wirradale Ravens treasurer charged after club audit", "", "", "B")],
        [("Comments have been disabled on this story for legal reasons.", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Wirradale pool to open two weeks early after record November heat", "", "", "B")],
        [("Truck rollover closes the Wirradale-Moorangil road for five hours", "", "", "B")],
        [("© 2026 Riverplain Regional Media Pty Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. English-language Japanese business site's companies page, a robot maker's annual profit falls and it cuts its dividend
        [("Sakuragawa Business", "", "", "B")],
        [("TOPIX 2,714.38 ▼0.62%   USD/JPY 154.32   10Y JGB 1.412%", "", "", "B")],
        [("Markets   Companies   Economy   Tech   Opinion   Data", "", "", "B")],
        [("Companies › Industrials", "", "", "B")],
        [("Kagesawa Electric's annual profit falls 12% as China robot orders slump", "", "", "W")],
        [("Shares fall 6.8% after the No. 3 industrial robot maker cuts its dividend for the first time since 2009", "", "", "W")],
        [("By Aya Nishikubo", "", "", "B")],
        [("May 14, 2026 16:42 JST", "", "", "B")],
        [("Share   Save   Print", "", "", "B")],
        [("Industrial robots on the assembly line at a Kagesawa Electric plant in Aichi Prefecture.", "", "", ""),
         ("Photo: Kagesawa Electric handout", "", "", "B")],
        [("TOKYO — Kagesawa Electric Co., Japan's No. 3 maker of industrial robots, said on Thursday its net profit fell 12.4% to ¥48.2 billion ($312 million) in the year to March 31, as orders from Chinese carmakers and electronics makers dropped for a second year.", "Kagesawa Electric Co.", "said", "W"),
         ("Revenue fell 4.1% to ¥611.5 billion, the company said.", "the company", "said", "W")],
        [("Orders from China, its largest market outside Japan, fell 27% to ¥98.6 billion, according to the company's results presentation.", "the company's results presentation", "according to", "W")],
        [("Kagesawa cut its annual dividend to ¥42 a share from ¥58, its first cut since the year to March 2009.", "", "", "W")],
        [("Its shares fell 6.8% to ¥3,915 in Tokyo on Thursday afternoon, their biggest one-day drop since August 2024.", "", "", "W"),
         ("The broader Topix index ended 0.6% lower.", "", "", "W")],
        [("President Ryoji Sagisaka told a news conference that monthly orders from China had risen in February and March after falling for 14 straight months.", "Ryoji Sagisaka", "told a news conference", "W"),
         ("“We are not yet in a position to call it a recovery,” he said.", "Ryoji Sagisaka", "said", ""),
         ("“But the customers who stopped calling us last year are calling again.”", "Ryoji Sagisaka", "said", "")],
        [("The company's forecast of ¥53 billion in net profit for the current year was below the average estimate of ¥57.4 billion from 11 analysts polled by Hanaya Research.", "", "", "W")],
        [("Analysts at Hartcliffe Securities wrote in a note to clients that the dividend cut was “a bigger signal than the profit miss.”", "Analysts at Hartcliffe Securities", "wrote in a note", "")],
        [("“Investors can live with one bad year,” said Haruka Inomata, an analyst at Koyodai Securities in Tokyo.", "Haruka Inomata", "said", ""),
         ("“What they cannot live with is a company that stops paying them.”", "Haruka Inomata", "said", "")],
        [("Chief Financial Officer Yumiko Terahashi said the company would still spend ¥35 billion on a new plant in Gunma Prefecture that is due to start production in April 2027.", "Yumiko Terahashi", "said", "W"),
         ("She said the weaker yen had added about ¥6.1 billion to operating profit in the year.", "Yumiko Terahashi", "said", "W")],
        [("The yen traded at 154.32 per dollar late on Thursday, near its weakest level since July 2024.", "", "", "W")],
        [("An official at the Ministry of Finance, who asked not to be named because he was not authorized to speak to the media, said the ministry was watching currency moves “with a sense of urgency.”", "An official at the Ministry of Finance", "said", "")],
        [("Among the day's biggest gainers was Tsurumine Chemical Co.", "", "", "W"),
         ("Its shares rose 9.8% after it said operating profit jumped 31% in the year on demand for materials used to make chips.", "Tsurumine Chemical Co.", "said", "W")],
        [("A Kagesawa spokesperson declined to comment on whether the company would cut jobs.", "A Kagesawa spokesperson", "declined to comment", "")],
        [("STOCK DATA: Kagesawa Electric Co. (6481)", "", "", "B")],
        [("Close   ¥3,915   −6.8%", "", "", "")],
        [("52-week range   ¥3,702 – ¥5,480", "", "", "")],
        [("Market value   ¥1.12 trillion", "", "", "")],
        [("Related", "", "", "B")],
        [("Japan's machine tool orders fall for a third month in April", "", "", "B")],
        [("Chinese carmakers slow factory automation as price war drags on", "", "", "B")],
        [("This article is for information only and does not constitute investment advice.", "", "", "B")],
        [("© 2026 Sakuragawa Business Co., Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. German manufacturer's newsroom page with a press release, a heat pump maker opens a plant in Saxony-Anhalt
        [("Brakewald Thermotechnik", "", "", "B")],
        [("Products   Installers   Careers   Investors   Newsroom   DE | EN", "", "", "B")],
        [("Newsroom › Press releases", "", "", "B")],
        [("PRESS RELEASE", "", "", "B")],
        [("Bremen, 16 June 2026", "", "", "B")],
        [("Brakewald opens €210 million heat pump plant in Saxony-Anhalt, creating 640 jobs", "", "", "W")],
        [("• Annual capacity of up to 120,000 heat pumps from 2028", "", "", "W")],
        [("• 640 new jobs, 410 of them already filled", "", "", "W")],
        [("• Production of the new R290 series starts in September", "", "", "W")],
        [("BREMEN/GREVENSTEDT – Brakewald Thermotechnik AG (“Brakewald”) today opened its new heat pump plant in Grevenstedt, Saxony-Anhalt, the largest single investment in the company's history.", "", "", "W")],
        [("The plant, built in 22 months at a cost of approx. €210 million, will have an annual capacity of up to 120,000 units once it reaches full output in 2028.", "", "", "W"),
         ("The general contractor was Hanseatische Elbbau GmbH & Co. KG.", "", "", "W"),
         ("The state of Saxony-Anhalt contributed €28.5 million in regional development funding.", "", "", "W")],
        [("“Grevenstedt is our answer to the question of whether heat pumps for Europe can still be built in Europe,” said Dr. Annegret Vollbrecht-Sayin, Chief Executive Officer of Brakewald Thermotechnik AG.", "Annegret Vollbrecht-Sayin", "said", ""),
         ("“The answer is yes, if we automate intelligently and train our people ourselves.”", "Annegret Vollbrecht-Sayin", "said", "")],
        [("Saxony-Anhalt's Minister for Economic Affairs, Prof. Dr. Holger Wendisch, said at the opening ceremony that the plant was “a signal that the energy transition creates industrial jobs here, not only elsewhere.”", "Holger Wendisch", "said at the opening ceremony", "")],
        [("Brakewald has trained 180 of the new employees at its own training centre in Bremen since October 2025, incl. 64 former employees of a car parts supplier in the region that closed last year.", "", "", "W")],
        [("The company also announced that it will open a training academy for heating installers on the site in spring 2027.", "The company", "announced", "W")],
        [("In 2025, Brakewald sold 212,000 heat pumps, an increase of 14% on the previous year, and generated revenue of €1.46 billion.", "", "", "W"),
         ("With the new plant, Brakewald is ideally positioned to benefit from the continued growth of the European heat pump market.", "", "", "")],
        [("Production of the R290 series, which uses propane as a refrigerant, will start in September.", "", "", "W")],
        [("“We designed every hall so that it can be extended,” said Dipl.-Ing. Matthias Ohlendiek-Sassen, Chief Operating Officer.", "Matthias Ohlendiek-Sassen", "said", ""),
         ("“There is already room for a second assembly line on the site.”", "Matthias Ohlendiek-Sassen", "said", "W")],
        [("Photos of the opening are available for download at www.brakewald.com/press.", "", "", "B")],
        [("About Brakewald Thermotechnik AG", "", "", "B")],
        [("Brakewald Thermotechnik AG, headquartered in Bremen, is one of Europe's leading manufacturers of heat pumps, ventilation and hot water systems for residential buildings.", "", "", "B"),
         ("Founded in 1952 as a family business, the company today employs around 4,900 people at six production sites in Germany, Poland and Portugal.", "", "", "B"),
         ("Brakewald shares are listed in the Prime Standard of the Frankfurt Stock Exchange (ISIN DE000BKW7715).", "", "", "B")],
        [("Forward-looking statements", "", "", "B")],
        [("This press release contains forward-looking statements based on current assumptions and forecasts of the management of Brakewald Thermotechnik AG.", "", "", "B"),
         ("Various known and unknown risks, uncertainties and other factors could lead to material differences between actual future results and the estimates given here.", "", "", "B"),
         ("The company assumes no obligation to update these forward-looking statements.", "", "", "B")],
        [("Press contact", "", "", "B")],
        [("Jana Pfefferkorn-Leistikow", "", "", "B")],
        [("Corporate Communications", "", "", "B")],
        [("Tel. +49 421 7739-2210", "", "", "B")],
        [("presse@brakewald.com", "", "", "B")],
        [("Download press release (PDF, 214 KB)", "", "", "B")],
        [("Imprint   Privacy   Cookie settings   Terms of use", "", "", "B")],
        [("© Brakewald Thermotechnik AG 2026", "", "", "B")],
    ],
    [  # 11. Indian English daily's opinion page, a columnist on Bengaluru building over its lakes
        [("The Bengaluru Vantage", "", "", "B")],
        [("e-Paper   |   Subscribe   |   Sign in", "", "", "B")],
        [("India   Karnataka   Bengaluru   Opinion   Business   Sports   Entertainment", "", "", "B")],
        [("OPINION", "", "", "B")],
        [("CITY LIMITS", "", "", "B")],
        [("Bengaluru keeps building on its lakes, then acts surprised when it floods", "", "", "")],
        [("Every monsoon, the same 19 wards go under water.", "", "", "W"),
         ("The city's own records explain why.", "", "", "")],
        [("Vasudha Hosamane", "", "", "B")],
        [("Updated: June 22, 2026, 07:15 IST", "", "", "B")],
        [("Follow Us   |   Share", "", "", "B")],
        [("On the morning of June 16, I waded through knee-deep water on the service road outside my building in Sanjeevappa Layout, holding my shoes above my head.", "", "", ""),
         ("The city had received 131 mm of rain in the previous 24 hours, the heaviest single day of June rain since 2017, according to the India Meteorological Department.", "the India Meteorological Department", "according to", "W")],
        [("Heavy rain, certainly.", "", "", ""),
         ("But not unheard of.", "", "", "")],
        [("Sanjeevappa Layout sits on what was, until 1998, the bed of the Malligekere tank.", "", "", "W"),
         ("Revenue department maps from 1973 show the tank spread over 41 acres.", "Revenue department maps from 1973", "show", "W"),
         ("A residential layout was approved on Survey No. 62 in 1998, and by 2004 the last of the water was gone.", "", "", "W")],
        [("None of this was secret.", "", "", ""),
         ("It was done with approvals, stamps and signatures.", "", "", "")],
        [("Of the 251 lakes Bengaluru had in 1962, 74 had disappeared by 2016, according to an audit commissioned by the state legislature in 2018.", "an audit commissioned by the state legislature in 2018", "according to", "W")],
        [("“Water remembers where it used to live,” a retired engineer of the minor irrigation department told me last month.", "a retired engineer of the minor irrigation department", "told me", ""),
         ("He had walked the Malligekere tank bed with a measuring chain for the 1973 survey.", "", "", "")],
        [("The city corporation has spent Rs 1,240 crore widening and desilting storm-water drains since 2019, according to the corporation's budget documents.", "the corporation's budget documents", "according to", "W"),
         ("That is money well spent on the wrong problem.", "", "", "")],
        [("A drain can only carry water away if there is somewhere for it to go.", "", "", ""),
         ("In Sanjeevappa Layout, there is not.", "", "", "")],
        [("Why, then, does the city keep approving layouts on tank beds?", "", "", ""),
         ("The honest answer is that land is worth more dry than wet.", "", "", "")],
        [("A 30x40 site, i.e. 1,200 sq. ft., sold for about Rs 1.1 crore in the layout last year.", "", "", "W")],
        [("The fix is not complicated.", "", "", ""),
         ("Stop approving layouts in the buffer zones of the lakes that remain.", "", "", ""),
         ("Publish the old tank maps online, ward by ward, so that buyers know what they are buying.", "", "", "")],
        [("A state government order of 2019 already bars new construction within 30 metres of a lake's edge.", "", "", "W"),
         ("It is ignored as a matter of routine.", "", "", "")],
        [("Until it is enforced, I will keep my shoes on the top shelf.", "", "", "")],
        [("The writer is an urban planner based in Bengaluru.", "", "", "B")],
        [("Views expressed are personal.", "", "", "B")],
        [("ALSO READ", "", "", "B")],
        [("Why Bengaluru's tanker water costs more every summer", "", "", "B")],
        [("The metro reached the airport. The buses didn't.", "", "", "B")],
        [("Be the first to comment", "", "", "B")],
        [("Copyright © 2026 Vantage Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. US politics news site's Congress page, a Senate committee advances a rural maternity care bill
        [("Beltline", "", "", "B")],
        [("Politics, policy and the people who make it", "", "", "B")],
        [("Congress   White House   States   Courts   Campaigns   Newsletters", "", "", "B")],
        [("CONGRESS", "", "", "B")],
        [("Senate panel advances rural maternity care bill 15-7", "", "", "W")],
        [("The bill would pay small hospitals to keep their labor and delivery units open; it now goes to the full Senate", "", "", "W")],
        [("By Theo Roark and Lucinda Grabowsky-Mehra", "", "", "B")],
        [("04/29/2026 05:31 PM EDT", "", "", "B")],
        [("Updated: 04/29/2026 07:02 PM EDT", "", "", "B")],
        [("Share   Link   Email", "", "", "B")],
        [("Sen. Carla Zubiría, D-N.M., speaks during Wednesday's markup.", "", "", ""),
         ("Tom Rix/Beltline", "", "", "B")],
        [("The Senate Health, Education, Labor and Pensions Committee voted 15-7 on Wednesday to advance a bill that would pay rural hospitals to keep their labor and delivery units open, sending it to the full Senate.", "", "", "W"),
         ("Three Republicans joined the committee's 12 Democrats in voting for the bill, S. 2318.", "", "", "W")],
        [("The bill's lead sponsor, Sen. Carla Zubiría, D-N.M., said 217 rural hospitals had closed their maternity units since 2015.", "Carla Zubiría", "said", "W"),
         ("“If you are pregnant in one of those counties, the nearest place to have your baby might be two hours away on a two-lane road in January,” she said.", "Carla Zubiría", "said", "")],
        [("The bill would give hospitals with fewer than 200 births a year grants of up to $1.5 million a year for five years to keep a unit open.", "", "", "W"),
         ("It would cost $4.8 billion over 10 years, according to the Congressional Budget Office.", "the Congressional Budget Office", "according to", "W")],
        [("An amendment to cut the grants to $900,000 a year was offered by Sen. Wade Halverscheid, R-Mont.", "", "", "W"),
         ("It failed 10-12.", "", "", "W")],
        [("“Nobody on this side wants to see a single maternity ward close,” Halverscheid said.", "Wade Halverscheid", "said", ""),
         ("“But we are writing a check with no end date and no way of knowing whether it works.”", "Wade Halverscheid", "said", "")],
        [("“Who is going to staff these units, even if we pay to keep the lights on?” asked Sen. Russ Ouellard, R-Kan., who voted against the bill.", "Russ Ouellard", "asked", ""),
         ("He said hospitals in his state had 340 open nursing positions in labor and delivery.", "Russ Ouellard", "said", "W")],
        [("The three Republicans who voted for the bill were Sens. Lorna Yarborough, R-Alaska, Daniel Trivett, R-Miss., and Pete Dunnow, R-W.Va.", "", "", "W"),
         ("Yarborough said in a statement that women in 11 Alaska communities must fly to give birth.", "Lorna Yarborough", "said in a statement", "W")],
        [("Montana passed a state version of the program, S.B. 12, in 2025, but funded it for only two years.", "", "", "W")],
        [("Asked whether she had the 60 votes needed to pass the bill in the full Senate, Zubiría said, “Not yet.”", "Carla Zubiría", "said", "")],
        [("A spokesperson for Senate Majority Leader Gordon Eastabrook said he had not decided when to bring the bill to the floor.", "A spokesperson for Senate Majority Leader Gordon Eastabrook", "said", "")],
        [("A companion bill in the House, H.R. 4471, introduced by Rep. Maya Tveteraas, D-Minn., has 86 co-sponsors, including 14 Republicans.", "", "", "W")],
        [("A White House spokesperson did not respond to a request for comment.", "A White House spokesperson", "did not respond to a request for comment", "")],
        [("The Rural Hospital Coalition, a trade group representing about 1,100 small hospitals, said in a statement that it would push for a floor vote before the August recess.", "The Rural Hospital Coalition", "said in a statement", "")],
        [("Get the Hill Memo in your inbox every weekday morning.", "", "", "B"),
         ("Sign up", "", "", "B")],
        [("Filed under: Congress, Health Care, Rural America, Senate", "", "", "B")],
        [("© 2026 Beltline Media LLC", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h48-uk-cookie-notice-buttons", "We value your privacy\nWe and our 147 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development. You can accept or manage your choices below, including your right to object where legitimate interest is used, at any time by clicking “Privacy settings” at the bottom of any page.\nACCEPT ALL\nREJECT ALL\nMORE OPTIONS",
     ["We value your privacy", "We and our 147 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.", "You can accept or manage your choices below, including your right to object where legitimate interest is used, at any time by clicking “Privacy settings” at the bottom of any page.", "ACCEPT ALL", "REJECT ALL", "MORE OPTIONS"]),
    ("h48-uk-leader-quote-meter-question", "Council leader Cllr Raymond Pashford told the meeting the car park had lost £41,000 in 2025 once staffing, repairs and business rates were paid. “We are not in the business of running car parks at a loss,” he said. “This is about giving people a reason to come to Wrayholme in November, not just in August.”\nHe said the money would go towards repairing the Sandgate Parade sea wall, 300 metres of which was rated “poor” in a survey for the council in 2024.\nYou have read 3 of your 5 free articles this month. Subscribe for unlimited access to the Holmsey Journal from £1 for your first three months.\nSUBSCRIBE NOW\nAlready a subscriber? Sign in",
     ["Council leader Cllr Raymond Pashford told the meeting the car park had lost £41,000 in 2025 once staffing, repairs and business rates were paid.", "“We are not in the business of running car parks at a loss,” he said.", "“This is about giving people a reason to come to Wrayholme in November, not just in August.”", "He said the money would go towards repairing the Sandgate Parade sea wall, 300 metres of which was rated “poor” in a survey for the council in 2024.", "You have read 3 of your 5 free articles this month.", "Subscribe for unlimited access to the Holmsey Journal from £1 for your first three months.", "SUBSCRIBE NOW", "Already a subscriber?", "Sign in"]),
    ("h48-uk-asked-question-5pm-pledge", "Dennis Rumbelow, 74, who has rented out beach huts on Sandgate Parade since 1989, said most of his customers came by car from Lincoln and Nottingham. “Where are they supposed to park, on the sand?” asked Mr Rumbelow.\nNine members of the public spoke against the sale during the meeting and none spoke in favour.\nPashford said the council would also spend £260,000 resurfacing the 86-space Sheepwash Lane car park, 400 metres from the beach.\nThe decision can be called in for review by the council's overview and scrutiny committee until 5pm on May 21. Crudgington said her group would ask for a call-in.",
     ["Dennis Rumbelow, 74, who has rented out beach huts on Sandgate Parade since 1989, said most of his customers came by car from Lincoln and Nottingham.", "“Where are they supposed to park, on the sand?” asked Mr Rumbelow.", "Nine members of the public spoke against the sale during the meeting and none spoke in favour.", "Pashford said the council would also spend £260,000 resurfacing the 86-space Sheepwash Lane car park, 400 metres from the beach.", "The decision can be called in for review by the council's overview and scrutiny committee until 5pm on May 21.", "Crudgington said her group would ask for a call-in."]),
    ("h48-wire-writethru-summary-file-photo", "(Adds exporters' group comment in paragraphs 4-7, port authority figures in paragraph 8)\nSummary\n• Green coffee exports at 2.61 mln bags, lowest for May since 2021\n• 41 ships waiting to berth at Santos on June 5 vs 17 a year earlier\n• Arabica futures up 2.3%\nFILE PHOTO: Workers stack sacks of coffee beans at a warehouse in Santos, Brazil, March 12, 2025. TALLWATER/Felipe Arruda-Pessanha/File Photo\nPurchase Licensing Rights",
     ["(Adds exporters' group comment in paragraphs 4-7, port authority figures in paragraph 8)", "Summary", "• Green coffee exports at 2.61 mln bags, lowest for May since 2021", "• 41 ships waiting to berth at Santos on June 5 vs 17 a year earlier", "• Arabica futures up 2.3%", "FILE PHOTO: Workers stack sacks of coffee beans at a warehouse in Santos, Brazil, March 12, 2025.", "TALLWATER/Felipe Arruda-Pessanha/File Photo", "Purchase Licensing Rights"]),
    ("h48-wire-dateline-report-lb-ends", "SAO PAULO, June 9 (Tallwater) - Brazil's green coffee exports fell 18.4% in May from a year earlier to 2.61 million 60-kg bags, exporters' group CBEC said on Tuesday, as a queue of ships at the port of Santos held up loadings.\nArabica shipments fell 14.9% to 2.30 million bags, the group's monthly report showed, while exports of robusta, known in Brazil as conilon, dropped 37.4% to 312,000 bags.\nBenchmark arabica futures settled 2.3% higher at $3.4120 per lb. Robusta futures in London rose 1.1% to $4,856 a tonne.",
     ["SAO PAULO, June 9 (Tallwater) - Brazil's green coffee exports fell 18.4% in May from a year earlier to 2.61 million 60-kg bags, exporters' group CBEC said on Tuesday, as a queue of ships at the port of Santos held up loadings.", "Arabica shipments fell 14.9% to 2.30 million bags, the group's monthly report showed, while exports of robusta, known in Brazil as conilon, dropped 37.4% to 312,000 bags.", "Benchmark arabica futures settled 2.3% higher at $3.4120 per lb.", "Robusta futures in London rose 1.1% to $4,856 a tonne."]),
    ("h48-wire-told-quote-question-farmer", "\"The coffee is sold, the contracts are signed, and the ships are sitting outside the bay,\" Marcos Vellozo-Aranha, CBEC's director general, told Tallwater.\nHe said exporters had paid about $14 million in extra storage and demurrage charges in May alone.\n\"Who pays that in the end? The farmer,\" he said.",
     ["\"The coffee is sold, the contracts are signed, and the ships are sitting outside the bay,\" Marcos Vellozo-Aranha, CBEC's director general, told Tallwater.", "He said exporters had paid about $14 million in extra storage and demurrage charges in May alone.", "\"Who pays that in the end?", "The farmer,\" he said."]),
    ("h48-wire-record-reporting-credit", "Brazil is the world's largest producer and exporter of coffee. In May 2025, it shipped a record 3.20 million bags of green coffee.\n(Reporting by Renata Bezerril-Sayão in Sao Paulo; additional reporting by Otávio Brenneck in Brasilia; Editing by Alistair Dorn and Tomasz Wierzbanek)\nOur Standards: The Tallwater Editorial Code.",
     ["Brazil is the world's largest producer and exporter of coffee.", "In May 2025, it shipped a record 3.20 million bags of green coffee.", "(Reporting by Renata Bezerril-Sayão in Sao Paulo; additional reporting by Otávio Brenneck in Brasilia; Editing by Alistair Dorn and Tomasz Wierzbanek)", "Our Standards: The Tallwater Editorial Code."]),
    ("h48-vt-clerk-st-pm-ends", "Town Clerk Darlene Fitchwood said 611 of the town's 1,742 registered voters cast ballots, a turnout of about 35%. She said that was the highest turnout at a Town Meeting Day vote since 2016.\nThe polls at Town Hall on Pockington St. closed at 7 p.m. Ballots were counted by hand by 11 volunteers, and the results were posted on the Town Hall door just before 10 p.m.",
     ["Town Clerk Darlene Fitchwood said 611 of the town's 1,742 registered voters cast ballots, a turnout of about 35%.", "She said that was the highest turnout at a Town Meeting Day vote since 2016.", "The polls at Town Hall on Pockington St. closed at 7 p.m.", "Ballots were counted by hand by 11 volunteers, and the results were posted on the Town Hall door just before 10 p.m."]),
    ("h48-vt-initial-question-asked", "Fire Chief Everett J. Postlethwick said the department had spent $23,400 on repairs to the old engine over the past two years.\n“When it's 10 below at 3 a.m. and somebody's chimney is on fire up on the Notchview Road, do you want to be wondering whether the truck will start?” Postlethwick asked at the informational meeting Monday night.\nHe said the new engine would take about 14 months to build.",
     ["Fire Chief Everett J. Postlethwick said the department had spent $23,400 on repairs to the old engine over the past two years.", "“When it's 10 below at 3 a.m. and somebody's chimney is on fire up on the Notchview Road, do you want to be wondering whether the truck will start?” Postlethwick asked at the informational meeting Monday night.", "He said the new engine would take about 14 months to build."]),
    ("h48-vt-related-st-inc-po-box", "Related\nCastlebury Falls keeps its town garage on Rudgard St. after a four-hour floor debate\nLetter: Why I'm voting yes on the fire engine\n© 2026 Pemsbury Valley Observer Inc. P.O. Box 208, Wedgeworth, Vt.",
     ["Related", "Castlebury Falls keeps its town garage on Rudgard St. after a four-hour floor debate", "Letter: Why I'm voting yes on the fire engine", "© 2026 Pemsbury Valley Observer Inc.", "P.O. Box 208, Wedgeworth, Vt."]),
    ("h48-tennis-dateline-no-ends-sentence", "VALENCIA, Spain — Ines Carrasquedo saved two match points on her way to a 1-6, 6-3, 7-6 (4) win over Kateřina Hlavinková in the Valtierra Open final on Sunday, becoming the first Spanish woman to win the clay-court event in its 23-year history. The match lasted 2 hours, 41 minutes.\nCarrasquedo, 22, is ranked No. 37. Hlavinková, the Czech left-hander who won the title in 2024, was seeded No. 4.",
     ["VALENCIA, Spain — Ines Carrasquedo saved two match points on her way to a 1-6, 6-3, 7-6 (4) win over Kateřina Hlavinková in the Valtierra Open final on Sunday, becoming the first Spanish woman to win the clay-court event in its 23-year history.", "The match lasted 2 hours, 41 minutes.", "Carrasquedo, 22, is ranked No. 37.", "Hlavinková, the Czech left-hander who won the title in 2024, was seeded No. 4."]),
    ("h48-tennis-question-said-honestly-no", "“I was already thinking about what I would say in the runner-up speech,” Carrasquedo told reporters. “Then she missed one ball and I thought, OK, maybe not yet.”\n“Did I believe I could win after the first set?” she said. “Honestly? No.”\nShe said it was her first title on the main tour.",
     ["“I was already thinking about what I would say in the runner-up speech,” Carrasquedo told reporters.", "“Then she missed one ball and I thought, OK, maybe not yet.”", "“Did I believe I could win after the first set?” she said.", "“Honestly?", "No.”", "She said it was her first title on the main tour."]),
    ("h48-sci-says-dr-quote-no-verb", "“These were people with very practical reasons to know when the ice would hold a horse and sledge,” says Dr. Karin Hedlund-Nwabuisi, the study's lead author. “That makes them surprisingly good observers.”\nShe says the team checked the old records against satellite images for the years 2000 to 2024 and found they agreed to within two days in 91% of cases.",
     ["“These were people with very practical reasons to know when the ice would hold a horse and sledge,” says Dr. Karin Hedlund-Nwabuisi, the study's lead author.", "“That makes them surprisingly good observers.”", "She says the team checked the old records against satellite images for the years 2000 to 2024 and found they agreed to within two days in 91% of cases."]),
    ("h48-sci-funding-grant-journal-ref", "This research was funded by the Swedish Research Council (grant 2022-04417) and the Lindgrenska Foundation.\nJournal reference: Hedlund-Nwabuisi K, Morenius P.-A., Lysholm-Varndell T, et al. Three centuries of lake ice phenology from Swedish parish records. Limnol Septent. 2026;41(1):55–71.\nRelated",
     ["This research was funded by the Swedish Research Council (grant 2022-04417) and the Lindgrenska Foundation.", "Journal reference: Hedlund-Nwabuisi K, Morenius P.-A., Lysholm-Varndell T, et al. Three centuries of lake ice phenology from Swedish parish records. Limnol Septent. 2026;41(1):55–71.", "Related"]),
    ("h48-live-key-events-pinned-ave", "Key events\n11:20 p.m. Highway 41 closed between Ingoldby and Pashley Junction\n7:05 p.m. Evacuation order expanded\n4:30 p.m. Fire now about 9,800 hectares\nPinned\nWhat we know so far:\n• The Mallinthorpe Creek wildfire is about 9,800 hectares in size.\n• Evacuation orders cover about 3,400 properties, and alerts another 2,100.\n• Highway 41 is closed between Ingoldby and Pashley Junction.\n• An emergency support centre is open at the Ingoldby Curling Club on Whiteknight Ave.",
     ["Key events", "11:20 p.m. Highway 41 closed between Ingoldby and Pashley Junction", "7:05 p.m. Evacuation order expanded", "4:30 p.m. Fire now about 9,800 hectares", "Pinned", "What we know so far:", "• The Mallinthorpe Creek wildfire is about 9,800 hectares in size.", "• Evacuation orders cover about 3,400 properties, and alerts another 2,100.", "• Highway 41 is closed between Ingoldby and Pashley Junction.", "• An emergency support centre is open at the Ingoldby Curling Club on Whiteknight Ave."]),
    ("h48-live-entry-describes-question", "9:45 p.m.\nEvacuee describes “a wall of orange” behind his house\nBy Marc-André Tousignant\nLorne Nordegaard, who left his home on Cougarback Road with his wife and two dogs at about 8 p.m., told Kettleview News the sky behind the house was “a wall of orange.” “We took the dogs, the pills and the photo albums,” he said. “Everything else is just stuff, right?”\nThey are staying with their daughter in Pashley Junction.",
     ["9:45 p.m.", "Evacuee describes “a wall of orange” behind his house", "By Marc-André Tousignant", "Lorne Nordegaard, who left his home on Cougarback Road with his wife and two dogs at about 8 p.m., told Kettleview News the sky behind the house was “a wall of orange.”", "“We took the dogs, the pills and the photo albums,” he said.", "“Everything else is just stuff, right?”", "They are staying with their daughter in Pashley Junction."]),
    ("h48-live-welcome-am-ends-load", "10:05 a.m.\nGood morning and welcome to our live coverage of the Mallinthorpe Creek wildfire. Overnight the fire crossed the Glaister River at two points, and the regional district issued its first evacuation order at 5:30 a.m. We'll bring you updates here throughout the day.\nAdvertisement\nLoad more updates",
     ["10:05 a.m.", "Good morning and welcome to our live coverage of the Mallinthorpe Creek wildfire.", "Overnight the fire crossed the Glaister River at two points, and the regional district issued its first evacuation order at 5:30 a.m.", "We'll bring you updates here throughout the day.", "Advertisement", "Load more updates"]),
    ("h48-qa-initials-byline-caption", "By K.B. Dorkenoo\nFriday, March 13, 2026\nShare   WhatsApp   Facebook   X\nAdwoa Serwaa Obuobisa at the cooperative's drying yard in Asuofrenu. Photo: AgroPost/Yaw Adjeikwei",
     ["By K.B. Dorkenoo", "Friday, March 13, 2026", "Share   WhatsApp   Facebook   X", "Adwoa Serwaa Obuobisa at the cooperative's drying yard in Asuofrenu.", "Photo: AgroPost/Yaw Adjeikwei"]),
    ("h48-qa-cited-question-answers", "Q: Some farmers say smugglers are paying a third more than the official price across the border. Is that true?\nA: In December a buyer from across the border was offering the equivalent of GH¢4,400 a bag at Asuofrenu junction. I know because he offered it to me. In January the police stopped two trucks carrying 310 bags on the road to the border.\nQ: Did your members sell to him?",
     ["Q: Some farmers say smugglers are paying a third more than the official price across the border.", "Is that true?", "A: In December a buyer from across the border was offering the equivalent of GH¢4,400 a bag at Asuofrenu junction.", "I know because he offered it to me.", "In January the police stopped two trucks carrying 310 bags on the road to the border.", "Q: Did your members sell to him?"]),
    ("h48-court-judge-pronoun-plea", "Judge Rosalind Oxenbould said on Friday that he had moved $312,240 from the club's accounts to his own in 417 separate transfers between April 2019 and March 2025. She said he had spent almost all of it on online betting.\nHe must serve 20 months before he is eligible for parole.\n“You were trusted by people who had known you since you were a boy, and you used that trust to feed an addiction for six years,” Judge Oxenbould said.\nShe said she had taken into account his early guilty plea, which spared the club's volunteers from giving evidence, and the fact that he had no prior convictions. Without the plea, she said, she would have jailed him for five years.",
     ["Judge Rosalind Oxenbould said on Friday that he had moved $312,240 from the club's accounts to his own in 417 separate transfers between April 2019 and March 2025.", "She said he had spent almost all of it on online betting.", "He must serve 20 months before he is eligible for parole.", "“You were trusted by people who had known you since you were a boy, and you used that trust to feed an addiction for six years,” Judge Oxenbould said.", "She said she had taken into account his early guilty plea, which spared the club's volunteers from giving evidence, and the fact that he had no prior convictions.", "Without the plea, she said, she would have jailed him for five years."]),
    ("h48-court-most-read-pty-ltd", "Most Read\nWirradale pool to open two weeks early after record November heat\nTruck rollover closes the Wirradale-Moorangil road for five hours\n© 2026 Riverplain Regional Media Pty Ltd. All rights reserved.",
     ["Most Read", "Wirradale pool to open two weeks early after record November heat", "Truck rollover closes the Wirradale-Moorangil road for five hours", "© 2026 Riverplain Regional Media Pty Ltd.", "All rights reserved."]),
    ("h48-biz-dateline-co-no-company-said", "TOKYO — Kagesawa Electric Co., Japan's No. 3 maker of industrial robots, said on Thursday its net profit fell 12.4% to ¥48.2 billion ($312 million) in the year to March 31, as orders from Chinese carmakers and electronics makers dropped for a second year. Revenue fell 4.1% to ¥611.5 billion, the company said.\nOrders from China, its largest market outside Japan, fell 27% to ¥98.6 billion, according to the company's results presentation.",
     ["TOKYO — Kagesawa Electric Co., Japan's No. 3 maker of industrial robots, said on Thursday its net profit fell 12.4% to ¥48.2 billion ($312 million) in the year to March 31, as orders from Chinese carmakers and electronics makers dropped for a second year.", "Revenue fell 4.1% to ¥611.5 billion, the company said.", "Orders from China, its largest market outside Japan, fell 27% to ¥98.6 billion, according to the company's results presentation."]),
    ("h48-biz-co-ends-sentence-its", "Among the day's biggest gainers was Tsurumine Chemical Co. Its shares rose 9.8% after it said operating profit jumped 31% in the year on demand for materials used to make chips.\nA Kagesawa spokesperson declined to comment on whether the company would cut jobs.\nSTOCK DATA: Kagesawa Electric Co. (6481)",
     ["Among the day's biggest gainers was Tsurumine Chemical Co.", "Its shares rose 9.8% after it said operating profit jumped 31% in the year on demand for materials used to make chips.", "A Kagesawa spokesperson declined to comment on whether the company would cut jobs.", "STOCK DATA: Kagesawa Electric Co. (6481)"]),
    ("h48-pr-approx-co-kg-dr-quote", "The plant, built in 22 months at a cost of approx. €210 million, will have an annual capacity of up to 120,000 units once it reaches full output in 2028. The general contractor was Hanseatische Elbbau GmbH & Co. KG. The state of Saxony-Anhalt contributed €28.5 million in regional development funding.\n“Grevenstedt is our answer to the question of whether heat pumps for Europe can still be built in Europe,” said Dr. Annegret Vollbrecht-Sayin, Chief Executive Officer of Brakewald Thermotechnik AG. “The answer is yes, if we automate intelligently and train our people ourselves.”",
     ["The plant, built in 22 months at a cost of approx. €210 million, will have an annual capacity of up to 120,000 units once it reaches full output in 2028.", "The general contractor was Hanseatische Elbbau GmbH & Co. KG.", "The state of Saxony-Anhalt contributed €28.5 million in regional development funding.", "“Grevenstedt is our answer to the question of whether heat pumps for Europe can still be built in Europe,” said Dr. Annegret Vollbrecht-Sayin, Chief Executive Officer of Brakewald Thermotechnik AG.", "“The answer is yes, if we automate intelligently and train our people ourselves.”"]),
    ("h48-pr-dipl-ing-photos-about", "“We designed every hall so that it can be extended,” said Dipl.-Ing. Matthias Ohlendiek-Sassen, Chief Operating Officer. “There is already room for a second assembly line on the site.”\nPhotos of the opening are available for download at www.brakewald.com/press.\nAbout Brakewald Thermotechnik AG",
     ["“We designed every hall so that it can be extended,” said Dipl.-Ing. Matthias Ohlendiek-Sassen, Chief Operating Officer.", "“There is already room for a second assembly line on the site.”", "Photos of the opening are available for download at www.brakewald.com/press.", "About Brakewald Thermotechnik AG"]),
    ("h48-op-maps-survey-no-fragments", "Sanjeevappa Layout sits on what was, until 1998, the bed of the Malligekere tank. Revenue department maps from 1973 show the tank spread over 41 acres. A residential layout was approved on Survey No. 62 in 1998, and by 2004 the last of the water was gone.\nNone of this was secret. It was done with approvals, stamps and signatures.",
     ["Sanjeevappa Layout sits on what was, until 1998, the bed of the Malligekere tank.", "Revenue department maps from 1973 show the tank spread over 41 acres.", "A residential layout was approved on Survey No. 62 in 1998, and by 2004 the last of the water was gone.", "None of this was secret.", "It was done with approvals, stamps and signatures."]),
    ("h48-op-ie-sq-ft-prescriptions", "A 30x40 site, i.e. 1,200 sq. ft., sold for about Rs 1.1 crore in the layout last year.\nThe fix is not complicated. Stop approving layouts in the buffer zones of the lakes that remain. Publish the old tank maps online, ward by ward, so that buyers know what they are buying.",
     ["A 30x40 site, i.e. 1,200 sq. ft., sold for about Rs 1.1 crore in the layout last year.", "The fix is not complicated.", "Stop approving layouts in the buffer zones of the lakes that remain.", "Publish the old tank maps online, ward by ward, so that buyers know what they are buying."]),
    ("h48-pol-s-number-ends-party-tag", "The Senate Health, Education, Labor and Pensions Committee voted 15-7 on Wednesday to advance a bill that would pay rural hospitals to keep their labor and delivery units open, sending it to the full Senate. Three Republicans joined the committee's 12 Democrats in voting for the bill, S. 2318.\nThe bill's lead sponsor, Sen. Carla Zubiría, D-N.M., said 217 rural hospitals had closed their maternity units since 2015. “If you are pregnant in one of those counties, the nearest place to have your baby might be two hours away on a two-lane road in January,” she said.",
     ["The Senate Health, Education, Labor and Pensions Committee voted 15-7 on Wednesday to advance a bill that would pay rural hospitals to keep their labor and delivery units open, sending it to the full Senate.", "Three Republicans joined the committee's 12 Democrats in voting for the bill, S. 2318.", "The bill's lead sponsor, Sen. Carla Zubiría, D-N.M., said 217 rural hospitals had closed their maternity units since 2015.", "“If you are pregnant in one of those counties, the nearest place to have your baby might be two hours away on a two-lane road in January,” she said."]),
    ("h48-pol-mont-ends-asked-kan", "An amendment to cut the grants to $900,000 a year was offered by Sen. Wade Halverscheid, R-Mont. It failed 10-12.\n“Nobody on this side wants to see a single maternity ward close,” Halverscheid said. “But we are writing a check with no end date and no way of knowing whether it works.”\n“Who is going to staff these units, even if we pay to keep the lights on?” asked Sen. Russ Ouellard, R-Kan., who voted against the bill. He said hospitals in his state had 340 open nursing positions in labor and delivery.",
     ["An amendment to cut the grants to $900,000 a year was offered by Sen. Wade Halverscheid, R-Mont.", "It failed 10-12.", "“Nobody on this side wants to see a single maternity ward close,” Halverscheid said.", "“But we are writing a check with no end date and no way of knowing whether it works.”", "“Who is going to staff these units, even if we pay to keep the lights on?” asked Sen. Russ Ouellard, R-Kan., who voted against the bill.", "He said hospitals in his state had 340 open nursing positions in labor and delivery."]),
    ("h48-pol-sens-wva-sb-hr", "The three Republicans who voted for the bill were Sens. Lorna Yarborough, R-Alaska, Daniel Trivett, R-Miss., and Pete Dunnow, R-W.Va. Yarborough said in a statement that women in 11 Alaska communities must fly to give birth.\nMontana passed a state version of the program, S.B. 12, in 2025, but funded it for only two years.\nAsked whether she had the 60 votes needed to pass the bill in the full Senate, Zubiría said, “Not yet.”\nA spokesperson for Senate Majority Leader Gordon Eastabrook said he had not decided when to bring the bill to the floor.\nA companion bill in the House, H.R. 4471, introduced by Rep. Maya Tveteraas, D-Minn., has 86 co-sponsors, including 14 Republicans.",
     ["The three Republicans who voted for the bill were Sens. Lorna Yarborough, R-Alaska, Daniel Trivett, R-Miss., and Pete Dunnow, R-W.Va.", "Yarborough said in a statement that women in 11 Alaska communities must fly to give birth.", "Montana passed a state version of the program, S.B. 12, in 2025, but funded it for only two years.", "Asked whether she had the 60 votes needed to pass the bill in the full Senate, Zubiría said, “Not yet.”", "A spokesperson for Senate Majority Leader Gordon Eastabrook said he had not decided when to bring the bill to the floor.", "A companion bill in the House, H.R. 4471, introduced by Rep. Maya Tveteraas, D-Minn., has 86 co-sponsors, including 14 Republicans."]),
]  # fmt: skip
