"""Sixty-ninth set of new hand-labelled pages for the hint engines (tuning set, round thirty): twelve whole pages from twelve kinds of site whose furniture the sets are thin on, each site's furniture worded its own way and placed in the head, inside the story and in the tail.

Written from scratch for issue 13 in round thirty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/`,
no README and no benchmark was read, `claimreview` was never imported, and no test, scorer, engine or
`pytest` was run. The format and the conventions were read from the module docstrings of
`labelled_new.py` and `labelled_new2.py` (in full), the module docstrings of `labelled_new66.py`
(its first two thirds; the listing cut the rest), `labelled_new67.py` (all but a stretch in the
middle) and `labelled_new68.py` (whole),
the `STYLES` of `labelled_new66.py` (cut to 400 characters each) and `labelled_new68.py`, the first
page of `labelled_new66.py`, the first two pages and first fifteen split cases of
`labelled_new68.py`, `build` in `labelled_articles.py` and the ruff settings in `pyproject.toml`; a
listing of `tests/text/` and `tests/` showed file names only, and `grep -n` gave the line numbers of
`STYLES`, `ARTICLES` and `CASES` in those three files. What was run: a Python one-liner printing the
weekdays of the 2026 dates used, a converter of my own in /tmp that turns a small line format into
the literals below and cuts the split cases out of the pages, an import of this file with `build` on
every page, a small checking script of my own in /tmp (four fields, flags, a cue for every speaker
and a speaker for every cue, the sentence count, every split case joining back to its text and
occurring in a built page), whole-word case-insensitive greps of every capitalised word (each part of
a hyphenated name apart) over `tests/` that printed file counts only, and `ruff format` / `ruff
check`. The files the other writers are drafting at the same time (`labelled_new70.py`,
`labelled_heldout45.py`, `labelled_heldout46.py`) were never opened; the same greps covered them as
far as they existed when this set was finished (only `labelled_new70.py` did; it shared one invented
surname with this set, renamed here).

Every person, small place, street, road, hall, chapel, ground, school, university, hospital,
practice, diner, bakery, cinema, co-operative, club, league, cup, guild, alliance, forum, union,
association, organisation, outlet, station, broadcaster, portal, newswire, firm, company, ship,
product, song and number is invented (a first draft reused about ninety invented surnames, towns,
outlets, teams and companies of earlier sets and some thirty of their first replacements hit again;
all were renamed and grepped once more). Real countries, regions, islands and big cities appear only
as settings: the United States, Kentucky, U.S. 25, Arkansas, the Ozarks, Fort Smith, Oregon and
Medford; England, Yorkshire, Doncaster, Goole and Felixstowe; Greece, Athens, Piraeus, Rafina,
Lavrio, Naxos, the Cyclades and Hamburg; Canada, Nova Scotia and Shelburne County; the Philippines,
Manila, Metro Manila, Central Luzon, Calabarzon, España Boulevard, Caloocan, Makati and Quezon City;
Nigeria, Lagos, Apapa, Ikeja and Surulere; Denmark, Aarhus, Silkeborg and Copenhagen; Norway,
Northern Norway, Troms and Tromsø; Wales, mid Wales and Powys. Real public bodies, offices and
schemes appear only as settings, with invented figures: the Kentucky Division of Water; Companies
House, the office of the Traffic Commissioner for the North East of England and the Redundancy
Payments Service; the Ministry of Maritime Affairs and the coast guard; Fisheries and Oceans Canada,
Lobster Fishing Areas 33 and 34 and the CRTC (in a footer); the Land Transportation Franchising and
Regulatory Board (LTFRB), the Department of Energy (DOE), the Senate and the MMDA (in teasers); the
Nigerian Exchange (NGX), the Central Bank of Nigeria (CBN, in a teaser) and the National Bureau of
Statistics (NBS); the Danish Environmental Protection Agency; the Ministry of Trade, Industry and
Fisheries, the Storting and Norway's parties; Powys County Council, Transport for Wales and the FCA.
Facebook, X, Instagram, WhatsApp, LinkedIn, Viber and Reddit appear only as channels. No surname,
town, street, outlet, company, school, club or union of any file under `tests/` is reused (given
names, titles, real settings, Welsh, Filipino and Norwegian common nouns such as "Neuadd", "Mam",
"Drayber", "Tinig" and "Sámegiella", and common words such as "Daily", "Weekly", "Live", "Athletic",
"Rovers", "Wanderers", "Town", "Vale", "Guild" and "Alliance" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own and "B", worded in that site's way:
call signs and station slogans, on-air and now-playing strips, weather and alert strips, a market
ticker, a live-scores strip, a match header with scorers and a tab strip, language switches, member
strips, mastheads and taglines, menus, crumbs, section labels, bylines, date lines, read and listen
lines, share strips, caption credits. Inside the stories sit ad lines, a free-article gate, a
sponsored banner, a jobs-board ad, "RELATED:", "READ:", "ALSO READ:" and editor's-pick teasers,
newsletter sign-ups, donate and member appeals, pull quotes, embedded posts with their handles, time
stamps and counts, a poll, a contest, key-findings and fact boxes, an if-you-go box, a stock
snapshot, corrections banners at the top and the foot, an update line and an editor's note. The
tails hold tags, bios, comment counts, comment rules and comments with user lines, most-read,
more-from and related lists, tip lines, app prompts, funding, how-we-reported and press-code notes,
journal and source lines, AGM notices and footers. The stories are everyday news with ordinary
speakers; `STYLES` names the site, the story and the stresses of each page, in order.

(1) A Kentucky regional TV station: a main break puts 11,400 customers under a boil-water advisory.
The call sign, "ON AIR NOW", the StormTeam strip, the alert banner and "Posted: ... / 06:48 AM EDT"
are "B"; the video caption without a full stop states a fact, "W", and "▶ 1:42" is "B";
"CORBINSVILLE, Ky. (WBVN) — ..., Corbinsville Water Works said in a news release Tuesday." carries the
utility with that cue; "near the U.S. 25 overpass." ends a sentence; "the utility said" and "the
release said" are kept as written (the boiling advice ""); the general manager keeps his middle
initial ("Harlan T. Quisenberry") and "Quisenberry said" resolves to it; "in 1962" inside his quote
is a figure of record, "W"; "That means it will last until at least Thursday morning" is a forecast,
""; "Advertisement · Story continues below" is "B"; "The city said in a post on X" keeps "The city",
and the embedded post's own two sentences carry it with the same cue (the hand-out "W", the request
""), while its handle line, "9:02 AM · May 19, 2026" and the counts are "B"; a diner owner pouring
out tea is an act, "", and her question ""; "See a problem in your neighborhood?" ends a "B" sentence;
"Inc." ends one before "All rights reserved.".

(2) An Arkansas monthly magazine: a small town's cinema reopens as a co-op. The headline "The Lights
Come Back On in Tessamoor" states nothing checkable, ""; the dek with 612 owners is "W"; "Written by",
"Photography by" and "From the June 2026 issue  ·  9-minute read" are "B"; the opening scene is "",
the closure, the co-op's founding and its money "W" without a speaker; "according to an October 2025
count by the Independent Screens Alliance" keeps the count as written; the board president's seats
at $10 apiece are "W" inside a quote, and her "We didn't save a movie theater." splits from the quote's
last sentence; the pull quote repeating it is "B", and "RELATED: ..." is "B"; the former owner in the
back row is scene, "", his 67 years "W", and "he said of the co-op's founders" carries him; "Ferrin
Ave. open at 10 a.m." and "by 9:30" do not split; the treasurer's ticket count is "W", his break-even
"He says" a projection, ""; the editor's note ("... gave the year the Starlite opened as 1946." / "It
opened in 1948.") and the print note are "B"; the if-you-go box has its title "B" and its rows "",
with "Ave., Tessamoor", "Wed. 7 p.m.; Fri. and Sat. 4 p.m." unsplit; "LLC." ends a sentence.

(3) An English road-haulage trade-press site: a haulier goes into administration. The sponsored
banner is "B"; the standfirst's "administrators say" carries "The administrators" as the body names
them; the appointment is "W" without a speaker; "The administrators said in a statement" and "They
said" keep "The administrators"; the free-article gate ("You have read 2 of your 3 free articles this
month." / "Register now ...", "REGISTER FREE") is "B" and the story goes on after it; "according to
accounts filed at Companies House" carries the accounts as written and "The accounts blamed" keeps
"The accounts" with "blamed", "It had made a profit ..." nobody ("W"); "Managing director Piers ... did not respond to requests for
comment." is "" with that cue; the jobs-board ad is "B"; "the office of the Traffic Commissioner for
the North East of England confirmed" is kept as written; the alliance's chief executive "told
MotorFreight", and her quote's figure is "W", its end ""; a driver's WhatsApp message "at 6.45am" and
his question are ""; "Hardacre & Strelley, a building-supplies wholesaler ..., said" carries the firm
without its description; tags, the bio, "14 comments", the two-sentence moderation note, user lines
and comments ("Rates haven't moved since 2019." / "Who's surprised?") are "B"; "Ltd." ends a sentence
before "Registered in England and Wales No. 04418832.".

(4) A wire story on a web portal: a seamen's strike keeps Greek ferries in port. The portal's brand,
trending strip, "Carrowline Press Agency  ·  + Follow", the byline with "9:14 am  ·  3 min read" and
"In this article:  ATHL.AT  −1.84%" are "B"; "ATHENS, May 12 (CPA) - ..." is "W" without a speaker;
the union named with its initials "said" ("6 a.m. local time (0300 GMT)" unsplit), then "The union
said" kept as written; "The Ministry of Maritime Affairs said in a statement" then "It said" (its
"open to dialogue" ""); "according to port authority figures"; "Athlemar Lines Plc, the largest
operator ..., said" carries the company, and "Its shares fell 1.8%" nobody ("W"); straight quotes
throughout: a tourist's quote splits at "already." and "Who pays for that?" said Martina ..." is one
sentence; a café owner's takings are private, ""; the minister's spokeswoman's pledge is ""; the
strike history is "W"; "(Reporting by ...; Additional reporting by ...; Editing by ...)" is one "B"
sentence; sponsored and more-from lists, "86 comments" / "Sign in to join the conversation." and the
footer are "B".

(5) A Nova Scotia local radio station: a gale delays the opening of the lobster season. "🎧 LISTEN
LIVE", "Now Playing: “Lantern Weather” – Cody Greavesley", the on-air strip, "Posted by SouthShore News
Desk  ·  Yesterday at 5:52 PM" and the audio line with "3:12" are "B"; the delay is "W" without a
speaker; "Fisheries and Oceans Canada had set the opening ... for 6 a.m. Monday, Nov. 30, ..., but the
department said in a notice to harvesters" carries "the department" as written; "The department
said" with "90 km/h" is "W"; the decision "by 2 p.m. Monday" is a plan told as future, ""; "Capt." is
dropped with "told SouthShore News", her opinion "", "375 traps" "W" and the rest of her quote "";
"Spurlock said" 64 boats "W"; the trap limit and the wharf price of canners are "W" without a
speaker; the association president's 2016 capsizing is "W" and his quotes ""; a deckhand's plans and
"at 5 a.m." quote are ""; the interview prompt, the contest ("CONTEST" / "Win ... Bakery!" / "Enter
by Nov. 29 at 11:59 p.m."), "Got a news tip?" / "Call ...", recent news, the group line and the footer
are "B".

(6) An Oregon student newspaper: trustees raise residence hall rates 6.5%. The masthead, the
independence line, "Donate   |   Print Edition ..." and the menu with "Crossword" are "B"; the
correction banner at the top ("CORRECTION: ..." / "It is $10,118, not $10,811." / "The Daily
Larkwhistle regrets the error.") is three "B" sentences, since the story states $10,118 itself; the
standfirst's "student association says" carries the association's president, through whom the body
gives it; the vote "9-3 on Thursday" is "W"; "according to documents presented to the board" and
"Meal plans will rise 4%." carried without a verb; "Ph.D." is dropped from the vice president and does
not split; the student government's resolution is "W"; the association's president "told The Daily
Larkwhistle", and his quote splits after "3,400 students who live in these buildings." ("");
"The association wrote on Instagram" keeps "The association", and the embedded post's "6.5%." and "Ask
us how many of you we asked first." carry it with "wrote"; the handle line is "B"; the donate box is
three "B" sentences; a sophomore's hours, rent and question are ""; "In an email to students Friday,
Okwuchukwu-Bramthorne wrote" carries the vice president; the named no votes are "W"; "Update, April 3,
4:15 p.m.: ..." is one "B" sentence; the bio, "4 Comments", the moderation line, "Kelsey M. · April 3,
2026 at 2:07 pm" and the comment are "B".

(7) A Philippine English-language national daily: a provisional jeepney fare increase. "Thursday,
April 2, 2026  |  Manila", the trending hashtags and "By Ma. Cristina Dacaymat-Oyco  |  ..." are "B"
("Ma." does not split); the caption's credit in capitals is "B"; "MANILA, Philippines — The Land
Transportation Franchising and Regulatory Board (LTFRB) on Wednesday approved ..." is an act, "W",
without a speaker; "P13 to P15", "P2.20, up from P1.80" do not split; "LTFRB Chairman Atty." is dropped
with "said at a press briefing", and "..., he said, adding that the board would review the fare again
in 90 days." carries him with "said" ("W" for the review of record); "according to the Department of
Energy (DOE)"; "READ: ..." teasers and "ADVERTISEMENT" are "B"; the drivers' group president "told
The Daily Lingkod" (the group's name is not a speaker), and his quote splits after "P2 is better than
nothing." (""), the diesel a driver buys each day "W"; "The commuter group Tinig ng Pasahero said in
a statement" keeps the group without its descriptor, then "It said"; "Ma. Luisa Tumbokon" keeps "Ma."
in her name, and "“Saan pa kukunin? Where else will I get the money?” she asked." is one sentence;
"the board said" is kept as written; the subscribe block, READ NEXT, the comments disclaimer and the
feedback line are "B".

(8) An English sports site's football match page: a county cup semi-final won in stoppage time. The
live-scores strip ("LIVE ... HT   |   FT ...   |   19:45 ..."), "FT", the score line, "Pilkerton 31',
Adusei-Fray 90+3'   ·   Garvellan 58' (pen)" and "Summary   Report   Line-ups   Stats   Table" are
"B"; the headline and the standfirst state checkable facts, "W"; "Tue 17 Mar 2026  22:04" is "B";
goals, minutes and the red card are "W" without a speaker, "Replays suggested ..." is "" (no source);
the manager "told Terrace Live" the player's signing ("W"), and his quote with a nested quote splits
after "don't move.’" and ends "!”" (""); the opposing manager's complaints are ""; "Lowenby Town said
in a statement" carries the club; the crowd record and the final's date are "W"; the poll ("POLL: Who
will lift the Wealdmarch Senior Cup?" and its options) is "B"; line-ups with "(Adusei-Fray 90+2)",
"Referee: ..." and "Att: 1,614." are data, ""; the stats box has its title and header "B" and its rows
""; the player-ratings teaser, more-from list, the betting notice ("18+ only." / "Need help with
gambling?" / "Visit begambleaware.org.") and the footer are "B".

(9) A Nigerian business daily with a market ticker: a flour miller's half-year profit rises 38%. The
ticker ("NGX ASI  104,322.18  ▲ 0.42%   |   USD/NGN ...") and "Published: July 29, 2026  |  7:35 am WAT"
are "B"; the standfirst's "Company cites" carries "Osunbridge Flour Mills Plc" as first given;
"Osunbridge Flour Mills Plc. reported ..., the company said in a filing with the Nigerian Exchange
(NGX) on Tuesday." is one sentence ("Plc. reported" does not split) carrying the company with "said
in a filing"; "according to the filing" and "The filing said" keep the filing; "N1.12trn", "N684.3bn"
and "N41.6bn" do not split; the finance costs are "W" without a speaker; "Mr." is dropped from the
managing director who "told analysts on a call", and his two-sentence quote is ""; the inline sign-up
is "B"; "Analysts at Kinglet Capital Securities wrote in a note to clients" is "W" and its head of
research who "estimates" ""; the share price is "W"; "according to the National Bureau of
Statistics (NBS)"; "ALSO READ:" lines are "B"; a bakers' guild chairman "warned" (""), then the loaf's
N1,200 and N1,800 inside his quote "W" and his question ""; "Osunbridge did not respond to
questions" keeps the short name; the stock snapshot has its title "B" and rows ""; the disclaimer's
two sentences and the footer are "B".

(10) A science-news site: a citizen survey of Danish garden ponds. The headline's "study ... finds"
and the summary's "a study of 1,240 garden ponds in Denmark has found" carry "a study by researchers
at the Vestjylland Institute of Freshwater Ecology", as the body names it with "according to" (its
publication details dropped), and the summary's second sentence is carried without a verb; "Summary:",
"Date:", "Source:", the share strip and the listen line are "B"; the key-findings box has its title
"B" and its three bullets "W" without a speaker (findings stated as facts, not a table's rows); the
caption is "" and its credit "B"; the method is "W"; "The study found" keeps "The study", and the
sentence with a colon inside ("... mattered more than the pond's size: 80% ...") is one sentence;
"“...,” says Dr. Henrik ..." drops "Dr." and is an opinion, "", while "He says the smallest pond ...
about 60 cm across" is "W"; "approx. 120,000" does not split, "according to the authors' estimate"
keeps the estimate; the co-author "cautions" (""), then "She said" the 96 check ponds ("W"); a
volunteer's toad count is private, ""; the agency "said in a statement" and "It said" (advice, "");
the editor's pick, the funding note, the journal reference with "et al." as one "B" sentence, the
story-source line with its edited-for-length note, "Cite This Page" and the lists are "B".

(11) A Norwegian public broadcaster's English service: a town votes to charge cruise passengers.
"Norsk   |   Sámegiella   |   English", "NKRT News in English", the byline with "Translated by",
"Published 12.03.2026, 14:05   Updated 12.03.2026, 16:40" (no split at the dot dates), the synthetic
voice line and "Les saken på norsk" are "B"; the caption is "" and "Photo: ... / NKRT" "B"; the vote
"19–8" is "W" without a speaker; "according to figures from the Lyngsvær Port Authority"; the approval
rule is "W"; "Mayor" and "(Centre Party)" are dropped with "told NKRT", her NOK 4.7 million "W" and her
quote (""); "The industry group Nordic Cruise Ports Forum said in an email to NKRT" keeps the forum
without its descriptor (its "sends the wrong signal" "") and "It said" its spending figure ("W"); a
café owner's takings and her question are ""; the no votes are "W"; "Arve Strømsholt
(Conservatives) said" the collection cost, "W"; the fact box has its title "B" and its bullets "";
the correction at the foot ("... said the vote was 18–9." / "The correct figure is 19–8."), the tip
line with a question, the editor line and the press-code line are "B".

(12) A Welsh community news co-operative: a county council cuts a valley bus route to three days.
"Cymraeg   |   English" and "Owned by 1,480 readers  ·  Join the co-op from £2 a month  ·  Log in"
are "B"; the standfirst's fear is ""; "By ..., member-reporter" is "B"; "Photo: Llais Tawelan / ..."
is "B"; the cabinet's decision is "W" without a speaker; "according to a report to the cabinet" and
"The report said" (kept as written); "Cllr" is dropped with "said at the meeting", and "she said"
after it carries her; "Rhodri Penwerris, managing director of Cambrian Highroad Coaches, which runs
the route, said" carries him; "Transport for Wales said in a statement"; the member appeal in three
sentences is "B"; the petition is "W"; a pensioner's trips and her question ending "?” she said." are
""; "Dr." is dropped from a GP whose patient figures are "W"; a schoolboy's "7.25am" bus and six
students "W", his quote ""; the scrutiny meeting "at 10.30am on March 24" is "W"; the how-we-reported
note, the funding line, "Members' comments (3)", the user line, the comment, the AGM notice ("2pm,
Neuadd Goffa, Llanfaelon." / "All members welcome.") and the footer with "No. 8124." are "B".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new68.py` hold too, as their docstrings state them (furniture "B"
line by line; captions by content and credits "B"; standfirsts labelled like headlines, a verb of
saying in them carrying the source as the body names it; titles, ranks and roles dropped from
speakers; a pronoun or a later surname resolved to the full name as first given; organisations,
documents and data kept as written, "according to X" -> X, "It" for an organisation resolved to its
name as first given, a later generic noun ("the utility", "The union", "the board", "The report",
"The association") kept as written; a quote over several sentences or paragraphs carrying its speaker
and cue; reported speech carried into a following sentence without a verb; "did not respond" like
speech with flags ""; plans, votes, decisions, filings and figures of record "W"; forecasts,
estimates, hopes, pledges, opinions, feelings, scene, private circumstances, questions and advice "";
a figure of record inside an opinion or a quote "W"; data rows of a box "", its title "B"; pull
quotes, teasers, sign-ups, appeals, polls, contests, comments and corrections "B").

Conventions this set had to settle, in the same spirit:

* Embedded posts. The card's handle line, time stamp and counts are "B"; the post's own sentences
  carry the poster with the cue of the body sentence that introduces it ("said in a post on X",
  "wrote"), flags by content.
* Corrections. A banner or a foot note that corrects a figure is "B" even where it states the figure,
  because the story states it itself; so is an "Update, ...:" line and an editor's note on the print
  edition.
* Boxes of findings and facts. A key-findings box whose bullets state the study's results is "W" line
  by line without a speaker; a fact box of general rules and a stock snapshot, like a stats box or an
  if-you-go box, has its title "B" and its rows "".
* Match pages. The header (score line, scorers with minutes, tab strip, "FT") is "B" like a scores
  strip; line-ups, "Referee:" and "Att:" are data, ""; the report's goals and cards are "W".

Splits. "U.S. 25 overpass." ends a sentence; "Ky. (WBVN) —", "Harlan T. Quisenberry", "2:10 a.m. on",
"7:30 a.m. and", "Maple Ave. from 10 a.m. until 7 p.m. Tuesday.", "410 Maple Ave., 10 a.m.–7 p.m.",
"Ferrin Ave. open at 10 a.m.", "by 9:30", "Wed. 7 p.m.; Fri. and Sat. 4 p.m.", "Services Ltd entered",
"LLP were", "6.45am", "No. 04418832.", "May 12 (CPA) -", "6 a.m. local time (0300 GMT)", "Plc, the
largest", "Nov. 30,", "Capt. Glenna", "90 km/h", "by 2 p.m. Monday", "Ph.D., vice president",
"2026-27", "Update, April 3, 4:15 p.m.:", "Ma. Cristina", "Ma. Luisa", "Atty. Reynaldo", "P2.20",
"P1,700", "90+3'", "Plc. reported", "N1.12trn", "Mr. Babatunde", "approx. 120,000", "Dr. Henrik",
"60 cm", "et al. Colonization", "J Appl Pond Ecol. 2026;9(1):14–29.", "12.03.2026, 14:05", "NOK 4.7
million", "Dr. Anwen", "7.25am" and "10.30am" never split a sentence; nor does a "?" inside a quote
before a lower-case attribution ("cheaper?” she said.") or before more of the same quote in another
language ("“Saan pa kukunin? Where else ...?” she asked."), nor a "?" or "!" that closes a quote
before "said" ("Who pays for that?" said Martina ..."). "already." inside a quote before "Who", "“We
didn't save a movie theater." before "We saved", "don't move.’" before "He did", "Inc." / "LLC." /
"Ltd." before "All rights reserved." or "Registered ...", "6.5%." before "Ask us", and "?" in
furniture before a capital ("See a problem in your neighborhood?" / "Send ...", "Got a news tip?" /
"Call ...", "Need help with gambling?" / "Visit ...", "Do you have a tip for us?" / "Send ...") end
one.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written the
same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Kentucky regional TV station's news page, a water main break puts a small city under a boil-water advisory (call sign and slogan, on-air-now strip with a watch button, a weather strip with degrees, an active-alert banner, menu, section label, headline, byline with a slash and the call sign, posted and updated line with AM and EDT, share strip with Text, a video caption with a checkable fact and its play time, a dateline with Ky. and the call sign in brackets, said in a news release at the end, U.S. before a route number, the utility said, a.m. times, a general manager with a middle initial, a figure of record inside a quote, according to the state Division of Water, a forecast carried by a surname, an ad line inside the story, a city post on X and its embedded card with handle, time stamp and counts, a school district spokesperson, a diner owner's act and her question, according to city records, related-video list, tip line with a question, app prompt, copyright with Inc. and a redistribution line)",
    "Arkansas monthly magazine's site, a small town's shuttered single-screen cinema reopens as a co-op (masthead, subscribe and gift strip, menu, section label in capitals, a headline that states nothing checkable, a dek with a figure, written-by and photography-by lines, issue and reading-time line, pin and share strip, caption and photo credit, a scene-setting opening, history of record without a speaker, according to a trade group's count, a board president with figures then a quote, a pull quote repeating a quoted sentence, an inline related teaser, a former owner's age and years of record, his quotes with of the co-op's founders, Ave. and a.m. inside the story, a treasurer's ticket figures and a break-even projection with says, prices of record, an editor's correction note, a print-issue note, an if-you-go box with title and rows, more-from list, newsletter, footer with LLC.)",
    "English road-haulage trade-press site, a haulier goes into administration with the loss of 214 jobs (masthead with a strapline, register and sign-in strip, menu, crumb, a sponsored banner, headline, standfirst carrying the administrators through say, posted-by line with role and relative time, a free-article gate with a register button inside the story, Ltd. and LLP in mid-sentence, the appointment of record, the administrators said in a statement then They said, according to accounts filed at Companies House, a managing director who did not respond, an inline jobs-board ad, the Traffic Commissioner's office confirmed, a trade body's chief executive who told MotorFreight, a figure of record inside her warning, a driver's private hours and his question, a customer's statement, tags, a reporter bio, comment count, comment rules and two comments with user lines, events line, most-commented list, footer with Ltd. and Registered in England and Wales)",
    "wire story on a web portal, a 48-hour seamen's strike keeps Greek ferries in port (portal brand, mail and sign-in strip, portal menu, a trending strip, the wire's name as source line with a follow button, headline, wire byline and relative time with read time, an in-this-article ticker chip with a minus, a dateline with the wire in brackets and a dash, the stoppage as an act without a speaker, a union named with its initials then the union said, the ministry said in a statement and It said, according to port authority figures, an operator's statement with Plc, a tourist's question inside a quote before her attribution, a café owner's private losses, a minister's spokesperson named, a strike history of record, reporting and editing credits in brackets, a portal's sponsored block and more-from list, comment count and sign-in prompt, portal footer)",
    "Nova Scotia local radio station's news page, the opening of the lobster season is pushed back a day by a gale (station brand with frequency, listen-live button, now-playing strip with song and artist, on-air show strip, menu with a marine forecast item, section label, headline, posted-by-newsroom line with a relative date, an audio player with running time, the delay as an act, Fisheries and Oceans Canada named, the department said in a notice, a.m. and p.m. and km/h, LFA numbers, Capt. dropped, told SouthShore News then a quote paragraph, the harbour authority with a figure of record, a buyer's price of record without a speaker, a deckhand's private plans, listen-to-the-interview prompt, a contest block, tip line with a question, recent-news list, sister-station line, footer with Inc.)",
    "Oregon student newspaper's site, trustees raise residence hall rates 6.5 per cent (masthead with founding line and independence line, donate and print-edition strip, menu with crossword, crumb, a correction banner at the top in three sentences, headline, semicolon standfirst carrying the residence hall association through says, byline with role, date and updated line with a.m., share strip, caption with a student photographer's credit, the vote of record, according to documents presented to the board, Ph.D. and Dr. dropped from a vice president, a student government resolution, told The Daily Larkwhistle then a quote paragraph, a sophomore's private budget and her question, an embedded post intro from the association's Instagram, a donate box inside the story, an email to students, an update line at the end, contributor bio, comment count and moderation note, a comment with user line, more-in list, newsletter, footer)",
    "Philippine English-language national daily's site, a provisional jeepney fare increase in Metro Manila (masthead, date and place line, subscribe and log-in strip, menu, trending hashtags, section label, headline with P, byline with an email, date line with a pipe, share strip with a comment count, caption with a credit in capitals, the board's order as an act, P13 and P15 fares, the board named with its initials, Atty. dropped with said at a press briefing, Ma. in a given name, according to the Department of Energy (DOE), a transport group's president who told the paper then a quote paragraph, a commuter group's statement then it said, a commuter's private fares and her question in Filipino and English, READ inline teasers, an ad slot, a subscribe block, READ NEXT list, a comments disclaimer, a feedback line, footer)",
    "English sports site's football match page, a non-league side wins a county cup semi-final with a late goal (site brand, live-scores strip with FT and HT and a kick-off time, sign-in, menu, crumb with the competition, a match header with score, scorers and minutes, a match-centre tab strip, headline, standfirst, byline with a pipe, date line with 24-hour time, share strip, caption and agency credit, goals of record with minutes and 90+3, a manager who told Terrace Live then a quote paragraph, a player's record, a referee's decision as an act, the club said in a statement, an injured keeper's hospital news from the club, attendance of record, an inline poll with a question and its options, lineups and subs as data rows, a stats box with its title and rows, a player-ratings teaser, related list, betting notice ending in a question, footer)",
    "Nigerian business daily's site with a market ticker, a listed flour miller's half-year profit rises 38% (masthead with a tagline, market ticker with index, currency, oil and gold, e-paper and sign-in strip, menu, section label, headline with N and bn, standfirst carrying the company through cites, byline with a bureau, date line with WAT, share strip, caption and credit, results of record in a filing with the Nigerian Exchange, Plc. ending a name before a verb, H1 and N-denominated figures with bn and trn, according to the filing and the filing said, a managing director with Mr. dropped who told analysts on a call then a quote paragraph, an analyst who estimates, Analysts at a brokerage wrote in a note, according to the National Bureau of Statistics (NBS), a bakers' guild chairman who warned and a baker's private prices, an inline newsletter sign-up, also-read lines, stock snapshot box with title and rows, disclaimer, footer)",
    "science-news site, a citizen-science survey of Danish garden ponds finds frogs and newts arrive within two years (site brand with a tagline, search and newsletter strip, topic menu, crumb, headline, summary label and a summary carrying the study, date line, source line, share strip, listen button, a key-findings box with its title and three points, caption with an illustration credit, The study found, Dr. dropped with says, a quote paragraph carried by the lead author, et al. inside the text, according to the authors' estimate, approx. and cm, a co-author who cautions, a pond owner's private garden, the Danish environment agency's advice with it said, an ad slot, an editor's pick teaser, a funding note, a journal reference with et al., a story-source line with an edited-for-length note, cite-this-page strip, related stories, newsletter, footer)",
    "Norwegian public broadcaster's English-language page, a northern municipality votes to charge cruise passengers a visitor fee (broadcaster's name, language switch, menu, English-service label, headline, standfirst, byline with a translation credit, published and updated line with a 24-hour time and a dot, listen line with a synthetic voice note, read-in-Norwegian link, caption with a broadcaster credit after a slash, the council's vote of record, NOK and kroner figures, according to figures from the port, the mayor who told the broadcaster then a quote paragraph, a cruise industry group that said in an email, a harbour café owner's private takings and her question, an ordinance-style rule without a speaker, a fact box with its title and rows, a correction at the foot, tip line, the broadcaster's editor line and press-code line, footer)",
    "Welsh community news co-operative's site, a county council cuts a valley bus route to three days a week (co-op name and bilingual switch, members strip with a member count and a join price, menu, section label, headline, standfirst, byline with a member-reporter note, date line, share strip, caption and credit, the council's decision of record, the council's report with according to, Cllr dropped with said at the meeting, a bus operator's managing director who said, Transport for Wales said in a statement, a mid-story members' appeal, a petition of record, a pensioner's private trips and her question, a GP surgery's figures of record, a schoolboy's quote, the meeting date with a.m., a how-we-reported-this note, a funding line, members' comments with user lines, an AGM notice, newsletter, footer with registered society number)",
]

ARTICLES = [
    [  # 1. Kentucky regional TV station's news page, a water main break puts a small city under a boil-water advisory
        [("WBVN 9  ·  The Bluegrass Valley's News Leader", "", "", "B")],
        [("ON AIR NOW: 9 News at Noon   ▶ Watch", "", "", "B")],
        [("StormTeam 9   71°   Partly cloudy   Tonight 54°", "", "", "B")],
        [("⚠ 1 active alert: Boil water advisory – Corbinsville Water Works customers", "", "", "B")],
        [("News   Weather   Traffic   Sports   9 Investigates   Community Calendar   Contests", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Boil-water advisory issued for 11,400 Corbinsville customers after overnight main break", "", "", "W")],
        [("By Dacey Rutterwick and Jolon Ruddlestoke / WBVN 9", "", "", "B")],
        [("Posted: May 19, 2026 / 06:48 AM EDT  |  Updated: May 19, 2026 / 12:15 PM EDT", "", "", "B")],
        [("Share   Facebook   X   Text   Email", "", "", "B")],
        [("VIDEO: Crews dig out a broken 16-inch water main on Pikestaff Road in Corbinsville early Tuesday", "", "", "W"),
         ("▶ 1:42", "", "", "B")],
        [("CORBINSVILLE, Ky. (WBVN) — About 11,400 homes and businesses in Corbinsville and northern Lattenbury County are under a boil-water advisory after a 16-inch water main broke overnight, Corbinsville Water Works said in a news release Tuesday.", "Corbinsville Water Works", "said in a news release", "W"),
         ("The break was reported at 2:10 a.m. on Pikestaff Road near the U.S. 25 overpass.", "", "", "W")],
        [("Water pressure dropped across most of the system within an hour, the utility said.", "the utility", "said", "W"),
         ("Customers should bring tap water to a rolling boil for at least one minute before drinking it, cooking with it or making ice, the release said.", "the release", "said", "")],
        [("General manager Harlan T. Quisenberry said crews had isolated the broken section by 7:30 a.m. and were replacing about 20 feet of pipe.", "Harlan T. Quisenberry", "said", "W"),
         ("“That main went in the ground in 1962, and it picked the worst possible night to give up,” he said.", "Harlan T. Quisenberry", "said", "W")],
        [("The advisory will stay in place until two rounds of water samples taken 24 hours apart come back clean, according to the Kentucky Division of Water.", "the Kentucky Division of Water", "according to", "W"),
         ("That means it will last until at least Thursday morning, Quisenberry said.", "Harlan T. Quisenberry", "said", "")],
        [("Advertisement · Story continues below", "", "", "B")],
        [("The city said in a post on X that it would hand out bottled water at Fire Station 2 on Maple Ave. from 10 a.m. until 7 p.m. Tuesday.", "The city", "said in a post on X", "W")],
        [("City of Corbinsville, Ky. @CorbinsvilleKY · Follow", "", "", "B")],
        [("Free bottled water today at Fire Station 2, 410 Maple Ave., 10 a.m.–7 p.m.", "The city", "said in a post on X", "W"),
         ("Please bring proof of a Corbinsville address and limit one case per household.", "The city", "said in a post on X", "")],
        [("9:02 AM · May 19, 2026", "", "", "B")],
        [("♡ 212   ↻ 96   Reply   Copy link", "", "", "B")],
        [("Lattenbury County Schools closed its five Corbinsville buildings for the day, district spokesperson Wren Abbotsley-Dunkerly said.", "Wren Abbotsley-Dunkerly", "said", "W"),
         ("She said classes would resume Wednesday with bottled water and hand sanitizer in every classroom.", "Wren Abbotsley-Dunkerly", "said", "W")],
        [("Lattenbury Regional Medical Center switched its kitchens and drinking fountains to bottled water, but patient care was not affected, a hospital spokesman said.", "a hospital spokesman", "said", "W")],
        [("At the Little Fork Diner on Main Street, owner Tessaly Brimhall poured out six gallons of sweet tea and taped a handwritten sign to the door.", "", "", ""),
         ("“We opened at 6 and closed at 6:20,” she said.", "Tessaly Brimhall", "said", ""),
         ("“What am I supposed to do, make coffee with bottled water all day?”", "Tessaly Brimhall", "said", "")],
        [("It is the third break on the Pikestaff Road main since 2023, according to city records.", "city records", "according to", "W"),
         ("The city council approved a $4.6 million bond last year to replace the line, but work is not scheduled to begin until 2027.", "", "", "W")],
        [("Quisenberry said customers would get a text alert and a call when the advisory is lifted.", "Harlan T. Quisenberry", "said", "")],
        [("RELATED VIDEO", "", "", "B")],
        [("Corbinsville council votes to borrow $4.6 million for water line work  2:10", "", "", "B")],
        [("StormTeam 9: Storms possible late Wednesday  3:04", "", "", "B")],
        [("See a problem in your neighborhood?", "", "", "B"),
         ("Send tips, photos and video to news@wbvn9.com.", "", "", "B")],
        [("Get breaking news alerts: download the WBVN 9 News app.", "", "", "B")],
        [("Copyright 2026 Nexmoor Broadcasting Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("This material may not be published, broadcast, rewritten or redistributed.", "", "", "B")],
    ],
    [  # 2. Arkansas monthly magazine's site, a small town's shuttered single-screen cinema reopens as a co-op
        [("HOLLOWMAST", "", "", "B")],
        [("The Magazine of the Ozarks", "", "", "B")],
        [("Subscribe — 12 issues for $24   |   Give a Gift   |   Sign In", "", "", "B")],
        [("Travel   Food & Drink   Outdoors   People & Places   Home   The Calendar   Shop", "", "", "B")],
        [("PEOPLE & PLACES", "", "", "B")],
        [("The Lights Come Back On in Tessamoor", "", "", "")],
        [("After three dark years, the Starlite on Ferrin Avenue is showing films again — owned this time by 612 of its neighbors.", "", "", "W")],
        [("Written by Marisol Uckfield-Braam", "", "", "B")],
        [("Photography by Teague Ollendorf", "", "", "B")],
        [("From the June 2026 issue  ·  9-minute read", "", "", "B")],
        [("Pin   Share   Email", "", "", "B")],
        [("Volunteers rebuilt the Starlite's marquee letter by letter over the winter.", "", "", ""),
         ("Photo: Teague Ollendorf", "", "", "B")],
        [("On a Friday night in April, the line outside the Starlite ran past the hardware store and around the corner onto Turnlathe Street.", "", "", ""),
         ("It was the first time in three years that the 1948 theater had sold a ticket.", "", "", "W")],
        [("The Starlite closed in March 2023, when its owner, Verlin Oostermeer, retired at 81 and could not find a buyer.", "", "", "W"),
         ("A group of residents formed the Tessamoor Picture House Cooperative that summer and sold memberships at $150 apiece.", "", "", "W"),
         ("By January 2026 the co-op had 612 member-owners and had raised $418,000, including a $95,000 state historic preservation grant.", "", "", "W")],
        [("Of the 88 single-screen theaters operating in Arkansas in 2000, 41 have closed for good, according to an October 2025 count by the Independent Screens Alliance.", "an October 2025 count by the Independent Screens Alliance", "according to", "W")],
        [("Junie Wickmoor-Stearns, the co-op's board president, said the money paid for a digital projector, a new roof and 212 seats salvaged from a theater in Fort Smith that was being torn down.", "Junie Wickmoor-Stearns", "said", "W"),
         ("“We bought the seats for $10 apiece and a case of doughnuts for the crew that loaded them,” she said.", "Junie Wickmoor-Stearns", "said", "W")],
        [("“People keep telling me we saved a movie theater,” Wickmoor-Stearns said.", "Junie Wickmoor-Stearns", "said", ""),
         ("“We didn't save a movie theater.", "Junie Wickmoor-Stearns", "said", ""),
         ("We saved the one room in town where everybody sits in the dark together.”", "Junie Wickmoor-Stearns", "said", "")],
        [("“We saved the one room in town where everybody sits in the dark together.”", "", "", "B")],
        [("RELATED: Arkansas's last drive-ins, and how far you'll drive for them", "", "", "B")],
        [("Oostermeer, now 84, sat in the back row on opening night, in the seat he always liked best.", "", "", ""),
         ("He worked at the Starlite for 67 years, first as an usher in 1956 and from 1979 as its owner.", "", "", "W")],
        [("“I told them they were out of their minds,” he said of the co-op's founders.", "Verlin Oostermeer", "said", ""),
         ("“Then I bought two memberships.”", "Verlin Oostermeer", "said", "")],
        [("Most weeks now, the doors on Ferrin Ave. open at 10 a.m. on Saturdays for a free children's matinee, and by 9:30 there are strollers parked along the curb.", "", "", "")],
        [("Treasurer Rollo Dimmesdale said the theater sold 9,870 tickets in its first ten weeks, about 80 percent of what the co-op's business plan projected.", "Rollo Dimmesdale", "said", "W"),
         ("He says the Starlite can break even at 1,100 tickets a week, as long as the concession stand keeps doing what it's doing.", "Rollo Dimmesdale", "says", "")],
        [("Tickets cost $7, or $5 for members, and popcorn is $3 a bag.", "", "", "W"),
         ("“The popcorn is the business,” Dimmesdale said.", "Rollo Dimmesdale", "said", ""),
         ("“The movies are how we get you to the popcorn.”", "Rollo Dimmesdale", "said", "")],
        [("On the Wednesday I visited, 63 people came to a 7 p.m. showing of a 1952 musical, and a woman in the second row sang along to every song.", "", "", "")],
        [("Editor's note: The print edition of this story gave the year the Starlite opened as 1946.", "", "", "B"),
         ("It opened in 1948.", "", "", "B")],
        [("This story appears in the June 2026 issue of Hollowmast.", "", "", "B"),
         ("Subscribe to the print edition.", "", "", "B")],
        [("IF YOU GO", "", "", "B")],
        [("Starlite Picture House, 118 Ferrin Ave., Tessamoor", "", "", "")],
        [("Shows Wed. 7 p.m.; Fri. and Sat. 4 p.m. and 7:30 p.m.", "", "", "")],
        [("Tickets $7; co-op members $5", "", "", "")],
        [("More From People & Places", "", "", "B")],
        [("The fiddle maker of Quarry Hollow", "", "", "B")],
        [("Why a town of 900 still runs its own telephone company", "", "", "B")],
        [("The Hollowmast Dispatch: our favorite weekend trips, in your inbox every Thursday.", "", "", "B"),
         ("Sign up.", "", "", "B")],
        [("About   Advertise   Contact   Masthead   Privacy Policy", "", "", "B")],
        [("© 2026 Hollowmast Media LLC.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. English road-haulage trade-press site, a haulier goes into administration with the loss of 214 jobs
        [("MotorFreight Weekly", "", "", "B")],
        [("The business of moving goods by road", "", "", "B")],
        [("Register free   |   Sign in   |   Subscribe to print", "", "", "B")],
        [("News   Operations   Vehicles   Fuel & Energy   People   Jobs   Events   Haulage 500", "", "", "B")],
        [("News › Insolvency", "", "", "B")],
        [("Sponsored by Tallenmoor Telematics – fleet tracking from £9 a vehicle a month", "", "", "B")],
        [("Brackhythe Freight Services collapses into administration with 214 jobs lost", "", "", "W")],
        [("Yorkshire haulier ran 118 trucks from two depots; administrators say sale of the business failed in final week", "The administrators", "say", "W")],
        [("Posted by Kenrick Valdane, news editor  ·  3 hours ago", "", "", "B")],
        [("Doncaster-based Brackhythe Freight Services Ltd entered administration on Monday, and Ilsa Marzolini-Howlett and Gideon Fernthwaite of the restructuring firm Quennowe Ardale LLP were appointed joint administrators.", "", "", "W"),
         ("The administrators said in a statement that 214 of the company's 296 staff had been made redundant with immediate effect.", "The administrators", "said in a statement", "W")],
        [("They said the remaining 82 staff, most of them at the depot in Goole, had been kept on to help return customers' goods and wind down the fleet.", "The administrators", "said", "W")],
        [("You have read 2 of your 3 free articles this month.", "", "", "B"),
         ("Register now for unlimited access to news, analysis and the Haulage 500 league table.", "", "", "B")],
        [("REGISTER FREE", "", "", "B")],
        [("Marzolini-Howlett said the directors had been in talks with two possible buyers since February, but the last of them withdrew on May 28.", "Ilsa Marzolini-Howlett", "said", "W"),
         ("“The business had good customers and good people, but it had run out of road on cash,” she said.", "Ilsa Marzolini-Howlett", "said", "")],
        [("Brackhythe made a pre-tax loss of £2.9m on turnover of £41.2m in the year to March 31, 2025, according to accounts filed at Companies House.", "accounts filed at Companies House", "according to", "W"),
         ("It had made a profit of £1.1m two years earlier.", "", "", "W"),
         ("The accounts blamed diesel prices, higher driver wages and the loss of a supermarket contract worth about £6m a year.", "The accounts", "blamed", "W")],
        [("Managing director Piers Brackhythe-Lowndale, whose grandfather founded the company in 1958, did not respond to requests for comment.", "Piers Brackhythe-Lowndale", "did not respond to requests for comment", "")],
        [("JOBS  Transport Manager – Goole – £46,000 + car  ›  View all jobs", "", "", "B")],
        [("The company's operator's licence, which covered 125 vehicles, had been surrendered, the office of the Traffic Commissioner for the North East of England confirmed.", "the office of the Traffic Commissioner for the North East of England", "confirmed", "W")],
        [("Nadia Felthorpe-Agyemfra, chief executive of the Road Freight Employers' Alliance, told MotorFreight that 37 haulage firms with more than 50 vehicles had gone into administration in the past 12 months, against 19 the year before.", "Nadia Felthorpe-Agyemfra", "told MotorFreight", "W"),
         ("“Margins in general haulage are about 2 per cent on a good year.", "Nadia Felthorpe-Agyemfra", "told MotorFreight", "W"),
         ("One lost contract and you're finished.”", "Nadia Felthorpe-Agyemfra", "told MotorFreight", "")],
        [("Dwayne Tatterhall, who drove for Brackhythe for nine years, said he learned he had lost his job from a message in the drivers' WhatsApp group at 6.45am on Monday.", "Dwayne Tatterhall", "said", ""),
         ("“I was already loaded up for Felixstowe,” he said.", "Dwayne Tatterhall", "said", ""),
         ("“Who's paying for the diesel I put in that truck?”", "Dwayne Tatterhall", "said", "")],
        [("Hardacre & Strelley, a building-supplies wholesaler that used Brackhythe for deliveries to 60 branches, said it had moved the work to two other hauliers and expected no disruption for its customers.", "Hardacre & Strelley", "said", "W")],
        [("Staff owed wages and redundancy pay can claim up to set limits from the government's Redundancy Payments Service.", "", "", "W")],
        [("Tags: Administration   Insolvency   Yorkshire   General haulage", "", "", "B")],
        [("Kenrick Valdane has covered road haulage for MotorFreight Weekly since 2014.", "", "", "B"),
         ("Send news to kvaldane@motorfreightweekly.co.uk.", "", "", "B")],
        [("14 comments", "", "", "B")],
        [("Comments are moderated and may take up to an hour to appear.", "", "", "B"),
         ("Please keep it civil.", "", "", "B")],
        [("Roadrunner_74 · 2 hours ago", "", "", "B")],
        [("Another one gone.", "", "", "B"),
         ("Feel for the drivers, they'll be snapped up by Friday though.", "", "", "B")],
        [("OldTrampHauler · 1 hour ago", "", "", "B")],
        [("Rates haven't moved since 2019.", "", "", "B"),
         ("Who's surprised?", "", "", "B")],
        [("EVENTS  Freight Operator Awards 2026 – shortlist out now – book your table", "", "", "B")],
        [("Most commented", "", "", "B")],
        [("Drivers' hours rules: what changes in October", "", "", "B")],
        [("Fuel duty freeze to end, hauliers warned", "", "", "B")],
        [("© 2026 Meadowvane Business Media Ltd.", "", "", "B"),
         ("Registered in England and Wales No. 04418832.", "", "", "B")],
    ],
    [  # 4. wire story on a web portal, a 48-hour seamen's strike keeps Greek ferries in port
        [("Vantrix", "", "", "B")],
        [("Mail   Sign in", "", "", "B")],
        [("Home   News   Finance   Sport   Weather   Lifestyle   Video", "", "", "B")],
        [("Trending: Champions League final   Heatwave warning   Mortgage rates", "", "", "B")],
        [("Carrowline Press Agency  ·  + Follow", "", "", "B")],
        [("Greek ferries stay in port as seamen begin 48-hour strike over pay", "", "", "W")],
        [("By Katerina Voulgaridou-Pennard  ·  Tue, 12 May 2026, 9:14 am  ·  3 min read", "", "", "B")],
        [("In this article:  ATHL.AT  −1.84%", "", "", "B")],
        [("ATHENS, May 12 (CPA) - Ferries to most Greek islands stayed in port on Tuesday as seamen began a 48-hour strike over pay and crew sizes, leaving thousands of passengers stranded at Piraeus and the ports of Rafina and Lavrio at the start of the tourist season.", "", "", "W")],
        [("The Union of Coastal Shipping Crews (ENAP) said the stoppage began at 6 a.m. local time (0300 GMT) and would last until 6 a.m. on Thursday.", "The Union of Coastal Shipping Crews (ENAP)", "said", "W"),
         ("The union said wages on coastal ferries had risen by 4% since 2022 while prices in Greece had risen by about 14% over the same period.", "The union", "said", "W")],
        [("The Ministry of Maritime Affairs said in a statement that 212 sailings had been cancelled on Tuesday and that coast guard officers would check that minimum-service crews were on board the ships allowed to sail.", "The Ministry of Maritime Affairs", "said in a statement", "W"),
         ("It said it remained \"open to dialogue\" with the union.", "The Ministry of Maritime Affairs", "said", "")],
        [("About 21,000 passengers a day travel through Piraeus in mid-May, according to port authority figures.", "port authority figures", "according to", "W")],
        [("Athlemar Lines Plc, the largest operator on routes to the Cyclades, said it would refund tickets in full or move passengers to a later sailing free of charge.", "Athlemar Lines Plc", "said", "W"),
         ("Its shares fell 1.8% in early trading in Athens.", "", "", "W")],
        [("\"We have a hotel booked on Naxos tonight and we paid for it already.", "Martina Völkerling", "said", ""),
         ("Who pays for that?\" said Martina Völkerling, a 34-year-old teacher from Hamburg, who was sitting on her suitcase at Gate E7.", "Martina Völkerling", "said", "")],
        [("Stavros Mellidakis, who runs a café opposite the Rafina ferry terminal, said he had sold about a third of his usual number of coffees by noon.", "Stavros Mellidakis", "said", ""),
         ("\"When the boats don't go, nobody comes,\" he said.", "Stavros Mellidakis", "said", "")],
        [("Dimitra Kalogerakou-Stein, a spokeswoman for the minister, said the government would not \"negotiate under pressure\" but would meet union leaders next week.", "Dimitra Kalogerakou-Stein", "said", "")],
        [("Greek seamen last held a 48-hour strike in September 2024, when about 300 sailings were cancelled.", "", "", "W")],
        [("(Reporting by Katerina Voulgaridou-Pennard; Additional reporting by Nikos Ferrantou; Editing by Hugh Calvertsen)", "", "", "B")],
        [("Sponsored Stories", "", "", "B")],
        [("This one trick helps homeowners cut their energy bills — Brightvane Solar", "", "", "B")],
        [("More from Vantrix News", "", "", "B")],
        [("Dutch cyclists face new helmet rules from July", "", "", "B")],
        [("Heatwave warning issued for southern Spain", "", "", "B")],
        [("86 comments", "", "", "B"),
         ("Sign in to join the conversation.", "", "", "B")],
        [("Terms   Privacy   Cookie settings   About our ads   Help", "", "", "B")],
        [("© 2026 Vantrix Media.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Nova Scotia local radio station's news page, the opening of the lobster season is pushed back a day by a gale
        [("Surfside 101.7", "", "", "B")],
        [("South Shore's Hit Music & Local News", "", "", "B")],
        [("🎧 LISTEN LIVE", "", "", "B")],
        [("Now Playing: “Lantern Weather” – Cody Greavesley", "", "", "B")],
        [("On Air: The Morning Catch with Del & Rhonda", "", "", "B")],
        [("Home   News   Weather   Marine Forecast   Contests   Events   Obituaries   Advertise", "", "", "B")],
        [("SouthShore News", "", "", "B")],
        [("Lobster season opening pushed back 24 hours as gale moves in", "", "", "W")],
        [("Posted by SouthShore News Desk  ·  Yesterday at 5:52 PM", "", "", "B")],
        [("▶ Listen: Harbour Master Glenna Spurlock on the delay   3:12", "", "", "B")],
        [("The start of the fall lobster season in southwestern Nova Scotia has been delayed by at least a day because of a gale forecast for Monday.", "", "", "W")],
        [("Fisheries and Oceans Canada had set the opening, known as Dumping Day, for 6 a.m. Monday, Nov. 30, in Lobster Fishing Areas 33 and 34, but the department said in a notice to harvesters on Saturday evening that boats would not be allowed to leave before 6 a.m. Tuesday.", "the department", "said in a notice to harvesters", "W"),
         ("The department said winds of up to 90 km/h and waves of five to seven metres were forecast off the coast through Monday night.", "The department", "said", "W")],
        [("A decision on Tuesday's opening will be made by 2 p.m. Monday after a call with port representatives, the department said.", "the department", "said", "")],
        [("Capt. Glenna Spurlock, harbour master at Pellowick Cove, told SouthShore News the delay was the right call.", "Glenna Spurlock", "told SouthShore News", ""),
         ("“Every boat leaves here with 375 traps stacked on the deck.", "Glenna Spurlock", "told SouthShore News", "W"),
         ("Nobody wants to go out in that with a load like that.”", "Glenna Spurlock", "told SouthShore News", "")],
        [("Spurlock said 64 boats are registered to fish out of the cove this season, three more than last year.", "Glenna Spurlock", "said", "W")],
        [("Boats in LFA 34 may fish up to 400 traps each, and the season runs until May 31.", "", "", "W")],
        [("On Friday, buyers on the wharf were offering $7.50 a pound for canners, down from $8.25 on opening day last year.", "", "", "W")],
        [("Ambrose Dunnivan, president of the Shelburne County Inshore Fishermen's Association, said two crew members were lost when a boat overturned on opening day in 2016, and nobody in the fleet has forgotten it.", "Ambrose Dunnivan", "said", "W"),
         ("“You get one chance at that first week, and everybody feels it,” he said.", "Ambrose Dunnivan", "said", ""),
         ("“But a day's wait never killed anybody.”", "Ambrose Dunnivan", "said", "")],
        [("Tanner Kilbreth, 19, who will go out for his second season as a deckhand, said he had spent Sunday tying bait bags with his uncle.", "Tanner Kilbreth", "said", ""),
         ("“We'll be ready at 5 a.m. either way,” he said.", "Tanner Kilbreth", "said", "")],
        [("Hear the full interview with Glenna Spurlock on The Morning Catch, Monday from 6 a.m.", "", "", "B")],
        [("CONTEST", "", "", "B"),
         ("Win a Dumping Day breakfast for your crew, courtesy of Saltbarrel Bakery!", "", "", "B"),
         ("Enter by Nov. 29 at 11:59 p.m.", "", "", "B")],
        [("Got a news tip?", "", "", "B"),
         ("Call the newsroom at 902-555-0147 or email news@surfside1017.ca.", "", "", "B")],
        [("Recent News", "", "", "B")],
        [("Bridgeford council approves 3% tax increase", "", "", "B")],
        [("Ferry to Cape Pellowick back in service after repairs", "", "", "B")],
        [("Surfside 101.7 is part of the Capewrack Radio Group.", "", "", "B")],
        [("© 2026 Capewrack Radio Group Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("Privacy   |   Contest Rules   |   Accessibility   |   CRTC Public File", "", "", "B")],
    ],
    [  # 6. Oregon student newspaper's site, trustees raise residence hall rates 6.5 per cent
        [("The Daily Larkwhistle", "", "", "B")],
        [("Cascadine University's independent student newspaper since 1911", "", "", "B")],
        [("Donate   |   Print Edition   |   Advertise   |   Join Our Staff", "", "", "B")],
        [("News   Sports   Arts & Culture   Opinion   Science   Multimedia   Crossword", "", "", "B")],
        [("News › Campus", "", "", "B")],
        [("CORRECTION: An earlier version of this article misstated the price of a single room for 2026-27.", "", "", "B"),
         ("It is $10,118, not $10,811.", "", "", "B"),
         ("The Daily Larkwhistle regrets the error.", "", "", "B")],
        [("Trustees approve 6.5% increase in residence hall rates for fall", "", "", "W")],
        [("Double rooms will cost $8,412 for the year; student association says it was not consulted", "Mateo Quintanal-Birks", "says", "W")],
        [("By Anjali Threlmore-Dhar, Campus News Editor", "", "", "B")],
        [("April 3, 2026  ·  Updated 11:40 a.m.", "", "", "B")],
        [("Share   Facebook   X   Reddit   Email", "", "", "B")],
        [("Students walk past Quarringford Hall, the university's largest residence hall, on Thursday afternoon.", "", "", ""),
         ("Photo by Callum Orestes-Wraxall | The Daily Larkwhistle", "", "", "B")],
        [("The Cascadine University Board of Trustees voted 9-3 on Thursday to raise residence hall rates by 6.5% for the 2026-27 school year, the largest increase since 2011.", "", "", "W")],
        [("A standard double room will cost $8,412 for the academic year, up from $7,899, and a single room will cost $10,118, according to documents presented to the board.", "documents presented to the board", "according to", "W"),
         ("Meal plans will rise 4%.", "documents presented to the board", "according to", "W")],
        [("Lorraine Okwuchukwu-Bramthorne, Ph.D., vice president for student affairs, said at the meeting that the increase would pay for new boilers in three halls built in the 1960s and for a 3.5% raise for dining and custodial staff.", "Lorraine Okwuchukwu-Bramthorne", "said", "W"),
         ("“Nobody on this board wanted to vote for a number this large,” she said.", "Lorraine Okwuchukwu-Bramthorne", "said", "")],
        [("The Associated Students of Cascadine passed a resolution on March 19 asking the board to cap the increase at 3%.", "", "", "W")],
        [("Mateo Quintanal-Birks, president of the Residence Hall Association, told The Daily Larkwhistle that the association had learned of the proposal from a board agenda posted online eight days before the vote.", "Mateo Quintanal-Birks", "told The Daily Larkwhistle", "W"),
         ("“We represent 3,400 students who live in these buildings.", "Mateo Quintanal-Birks", "told The Daily Larkwhistle", ""),
         ("A heads-up would have been nice.”", "Mateo Quintanal-Birks", "told The Daily Larkwhistle", "")],
        [("The association wrote on Instagram an hour after the vote that it would hold a town hall for residents on April 9.", "The association", "wrote on Instagram", "W")],
        [("The Residence Hall Association (@cascadinerha) · Instagram", "", "", "B")],
        [("6.5%.", "The association", "wrote", ""),
         ("Ask us how many of you we asked first.", "The association", "wrote", "")],
        [("Student journalism isn't free.", "", "", "B"),
         ("The Daily Larkwhistle is run entirely by students.", "", "", "B"),
         ("Support us →", "", "", "B")],
        [("Brynn Ashcrindle, a sophomore from Medford studying nursing, said she works 18 hours a week at the campus library to cover her rent and was already planning to move off campus.", "Brynn Ashcrindle", "said", ""),
         ("“Is an apartment with four roommates in Edgeley really cheaper?” she said.", "Brynn Ashcrindle", "said", ""),
         ("“Probably.”", "Brynn Ashcrindle", "said", "")],
        [("In an email to students Friday, Okwuchukwu-Bramthorne wrote that the university would add $400,000 to its housing grant fund, which helps about 600 students a year.", "Lorraine Okwuchukwu-Bramthorne", "wrote", "W")],
        [("Trustees Nadine Fallowbeck and Oscar Lindhagel-Amador and student trustee Ruth Ebbinghurst voted no.", "", "", "W")],
        [("Update, April 3, 4:15 p.m.: This story has been updated with details from the vice president's email.", "", "", "B")],
        [("Anjali Threlmore-Dhar is a junior studying journalism and political science.", "", "", "B"),
         ("Contact her at athrelmoredhar@dailylarkwhistle.com.", "", "", "B")],
        [("4 Comments", "", "", "B")],
        [("Comments are reviewed by an editor before they are posted.", "", "", "B")],
        [("Kelsey M. · April 3, 2026 at 2:07 pm", "", "", "B")],
        [("Every year it goes up and the showers in Quarringford still don't work.", "", "", "B"),
         ("Incredible.", "", "", "B")],
        [("More in Campus", "", "", "B")],
        [("ASC elections: meet the four presidential tickets", "", "", "B")],
        [("Library to stay open 24 hours during finals week", "", "", "B")],
        [("Get The Larkwhistle Weekly every Sunday.", "", "", "B"),
         ("Sign up here.", "", "", "B")],
        [("© 2026 The Daily Larkwhistle  ·  Privacy Policy  ·  Log in", "", "", "B")],
    ],
    [  # 7. Philippine English-language national daily's site, a provisional jeepney fare increase in Metro Manila
        [("The Daily Lingkod", "", "", "B")],
        [("Thursday, April 2, 2026  |  Manila", "", "", "B")],
        [("Subscribe   |   Digital Edition   |   Log in", "", "", "B")],
        [("News   Nation   Metro   Business   Sports   Opinion   Lifestyle   Entertainment   Global", "", "", "B")],
        [("Trending:  #JeepneyFare   #HolyWeek2026   #PBAFinals", "", "", "B")],
        [("METRO", "", "", "B")],
        [("LTFRB approves P2 provisional jeepney fare hike starting April 7", "", "", "W")],
        [("By Ma. Cristina Dacaymat-Oyco  |  mcdacaymat@dailylingkod.ph", "", "", "B")],
        [("April 2, 2026  |  5:10 AM", "", "", "B")],
        [("Share   Facebook   X   Viber   (112) comments", "", "", "B")],
        [("Passengers ride a modern jeepney along España Boulevard in Manila on Wednesday.", "", "", ""),
         ("PHOTO BY RENZ VILLAMOREL-DAGANDAN / THE DAILY LINGKOD", "", "", "B")],
        [("MANILA, Philippines — The Land Transportation Franchising and Regulatory Board (LTFRB) on Wednesday approved a provisional increase of P2 in the minimum fare for jeepneys in Metro Manila, Central Luzon and Calabarzon, effective April 7.", "", "", "W")],
        [("The minimum fare for traditional jeepneys will rise from P13 to P15 for the first four kilometers, and for modern jeepneys from P15 to P17.", "", "", "W"),
         ("Each additional kilometer will cost P2.20, up from P1.80.", "", "", "W")],
        [("LTFRB Chairman Atty. Reynaldo Casimpan said at a press briefing that the board approved the increase because diesel prices had gone up for 11 straight weeks.", "Reynaldo Casimpan", "said at a press briefing", "W"),
         ("“We cannot ask our drivers to keep absorbing this,” he said, adding that the board would review the fare again in 90 days.", "Reynaldo Casimpan", "said", "W")],
        [("Pump prices of diesel have risen by a total of P8.40 a liter since January 6, according to the Department of Energy (DOE).", "the Department of Energy (DOE)", "according to", "W")],
        [("READ: Diesel up for 11th straight week; gasoline prices steady", "", "", "B")],
        [("Eduardo Pamulaklakin, president of the drivers' group Pinagsamang Drayber ng Kamaynilaan, told The Daily Lingkod that his members had asked for a P5 increase in a petition filed in February.", "Eduardo Pamulaklakin", "told The Daily Lingkod", "W"),
         ("“P2 is better than nothing.", "Eduardo Pamulaklakin", "told The Daily Lingkod", ""),
         ("But a driver spends P1,700 to P2,000 on diesel every day before he takes home a single peso.”", "Eduardo Pamulaklakin", "told The Daily Lingkod", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("The commuter group Tinig ng Pasahero said in a statement that a worker who takes four jeepney rides a day will pay about P200 more each month.", "Tinig ng Pasahero", "said in a statement", "W"),
         ("It said the government should restore fuel subsidies for drivers instead of passing the cost on to passengers.", "Tinig ng Pasahero", "said", "")],
        [("Ma. Luisa Tumbokon, a call center agent who travels from Caloocan to Makati five nights a week, said she already spends about P1,100 a week on fares.", "Ma. Luisa Tumbokon", "said", ""),
         ("“Saan pa kukunin? Where else will I get the money?” she asked.", "Ma. Luisa Tumbokon", "asked", "")],
        [("The LTFRB last raised jeepney fares in October 2023, by P1.", "", "", "W")],
        [("READ: Senate bill seeks fuel vouchers for jeepney, tricycle drivers", "", "", "B")],
        [("Drivers must post the new fare matrix inside their vehicles before charging the higher fare, the board said.", "the board", "said", "")],
        [("Subscribe to The Daily Lingkod Plus to get the e-paper and read the best of our reporting on any device.", "", "", "B"),
         ("Subscribe now.", "", "", "B")],
        [("READ NEXT", "", "", "B")],
        [("MMDA extends number coding hours during Holy Week", "", "", "B")],
        [("Tricycle drivers in Quezon City seek P5 increase", "", "", "B")],
        [("Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the views of the management and owner of The Daily Lingkod.", "", "", "B")],
        [("For feedback, complaints or inquiries, contact us.", "", "", "B")],
        [("© 2026 Lingkod Publishing Corp.  |  All rights reserved  |  Privacy Policy  |  Terms of Use", "", "", "B")],
    ],
    [  # 8. English sports site's football match page, a non-league side wins a county cup semi-final with a late goal
        [("TERRACE LIVE", "", "", "B")],
        [("Scores   Fixtures   Tables   Transfers   Non-League   Women's   Podcasts", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("LIVE  Ashpellow Town 0–0 Pennalick Rovers  HT   |   FT  Moorcliffe Wanderers 3–1 Strettleby United   |   19:45  Hexworthy Vale v Kelsford", "", "", "B")],
        [("Football › Non-League › Wealdmarch Senior Cup", "", "", "B")],
        [("FT", "", "", "B")],
        [("Corvensholm Athletic 2–1 Lowenby Town", "", "", "B")],
        [("Pilkerton 31', Adusei-Fray 90+3'   ·   Garvellan 58' (pen)", "", "", "B")],
        [("Summary   Report   Line-ups   Stats   Table", "", "", "B")],
        [("Adusei-Fray's stoppage-time header sends Corvensholm into first county cup final since 1987", "", "", "W")],
        [("Substitute wins it with his first touch after Lowenby had fought back from a goal down at a packed Mill Meadow", "", "", "W")],
        [("By Ciaran Hallowdrum | Non-League Correspondent", "", "", "B")],
        [("Tue 17 Mar 2026  22:04", "", "", "B")],
        [("Share   X   Facebook   WhatsApp", "", "", "B")],
        [("Kofi Adusei-Fray celebrates his winning goal in front of the Corvensholm fans.", "", "", ""),
         ("Photo: Wealdmarch Sports Pictures", "", "", "B")],
        [("Kofi Adusei-Fray's header three minutes into stoppage time gave Corvensholm Athletic a 2–1 win over Lowenby Town in the Wealdmarch Senior Cup semi-final on Tuesday night and a place in their first county cup final for 39 years.", "", "", "W")],
        [("Adusei-Fray, 19, had been on the pitch for 40 seconds when he met Dale Pilkerton's corner at the near post.", "", "", "W")],
        [("Pilkerton had given Corvensholm the lead in the 31st minute with a low shot from 20 yards, and Ellis Garvellan equalised from the penalty spot after 58 minutes when Tom Wretherley was judged to have fouled him.", "", "", "W"),
         ("Replays suggested the contact started outside the area.", "", "", "")],
        [("Referee Gavin Stodmarsh-Hulmecote showed Lowenby's captain, Marcus Treloan-Hartigill, a second yellow card in the 83rd minute for dissent.", "", "", "W")],
        [("Corvensholm manager Shaun Mackellow told Terrace Live that Adusei-Fray had only signed from the club's under-21 side in January.", "Shaun Mackellow", "told Terrace Live", "W"),
         ("“I said to him, ‘Go and stand at the near post and don't move.’", "Shaun Mackellow", "told Terrace Live", ""),
         ("He did exactly what he was told, which is more than I can say for the rest of them!”", "Shaun Mackellow", "told Terrace Live", "")],
        [("Lowenby manager Nolan Brightmere said the penalty “should never have been in doubt” and that his side had been “the better team for 60 minutes”.", "Nolan Brightmere", "said", ""),
         ("“Cup football is cruel,” he said.", "Nolan Brightmere", "said", "")],
        [("Lowenby Town said in a statement on Wednesday morning that goalkeeper Jonah Perreault-Sykehouse had been released from hospital after an X-ray on his shoulder showed no break.", "Lowenby Town", "said in a statement", "W")],
        [("The crowd of 1,614 was Mill Meadow's largest since it was redeveloped in 2019.", "", "", "W")],
        [("Corvensholm will play Moorcliffe Wanderers in the final at Bransdyke Park on Monday, May 4 (3pm kick-off).", "", "", "W")],
        [("POLL: Who will lift the Wealdmarch Senior Cup?", "", "", "B"),
         ("Corvensholm Athletic   ·   Moorcliffe Wanderers   ·   Vote", "", "", "B")],
        [("LINE-UPS", "", "", "B")],
        [("Corvensholm: Dunwiddie; Wretherley, Oseni-Marlby, Keddleston, Fanshaw; Pilkerton, Horrabin (Adusei-Fray 90+2), Ludcote; Tanselwood, Wickett, Brannagle.", "", "", "")],
        [("Lowenby: Perreault-Sykehouse (Coylton 71); Dimmery, Treloan-Hartigill, Fazackton, Oduyemi-Penrudd; Garvellan, Streeton, Hollinshed; Bassindale, Mcquarrie, Ferrands.", "", "", "")],
        [("Referee: Gavin Stodmarsh-Hulmecote.", "", "", ""),
         ("Att: 1,614.", "", "", "")],
        [("MATCH STATS", "", "", "B")],
        [("Corvensholm   ·   Lowenby", "", "", "B")],
        [("Possession   46%   54%", "", "", "")],
        [("Shots on target   5   4", "", "", "")],
        [("Corners   7   3", "", "", "")],
        [("Player ratings: who starred at Mill Meadow? ›", "", "", "B")],
        [("More Wealdmarch Senior Cup", "", "", "B")],
        [("Moorcliffe sweep past Strettleby to reach final", "", "", "B")],
        [("18+ only.", "", "", "B"),
         ("Need help with gambling?", "", "", "B"),
         ("Visit begambleaware.org.", "", "", "B")],
        [("© 2026 Terrace Live Media Ltd.  ·  Contact  ·  Privacy  ·  Cookies", "", "", "B")],
    ],
    [  # 9. Nigerian business daily's site with a market ticker, a listed flour miller's half-year profit rises 38%
        [("THE LAGOS TALLYBOOK", "", "", "B")],
        [("Business intelligence for a changing Nigeria", "", "", "B")],
        [("NGX ASI  104,322.18  ▲ 0.42%   |   USD/NGN  1,538.20  ▼ 0.11%   |   Brent  $71.84  ▲ 0.6%   |   Gold  $3,212.40  ▼ 0.2%", "", "", "B")],
        [("E-Paper   |   Subscribe   |   Sign In", "", "", "B")],
        [("Markets   Companies   Economy   Energy   Banking & Finance   Agribusiness   Opinion   Events", "", "", "B")],
        [("COMPANIES & MARKETS", "", "", "B")],
        [("Osunbridge Flour Mills' H1 profit jumps 38% to N27.4bn on higher bread, pasta prices", "", "", "W")],
        [("Company cites price increases and lower finance costs; wheat import bill rises 52%", "Osunbridge Flour Mills Plc", "cites", "W")],
        [("By Adaeze Onwudiwe-Bellingdon, Lagos Bureau", "", "", "B")],
        [("Published: July 29, 2026  |  7:35 am WAT", "", "", "B")],
        [("Share   LinkedIn   X   WhatsApp   Email", "", "", "B")],
        [("A worker checks bags of flour at an Osunbridge mill in Apapa, Lagos.", "", "", ""),
         ("Photo: The Lagos Tallybook", "", "", "B")],
        [("Osunbridge Flour Mills Plc. reported a 38% rise in profit after tax to N27.4bn for the six months to June 30, 2026, the company said in a filing with the Nigerian Exchange (NGX) on Tuesday.", "Osunbridge Flour Mills Plc", "said in a filing", "W")],
        [("Revenue rose 61% to N1.12trn in the half, according to the filing, as the miller raised the price of a 50kg bag of flour three times between January and May.", "the filing", "according to", "W"),
         ("The filing said the company's wheat import bill rose 52% to N684.3bn, mainly because of the weaker naira.", "the filing", "said", "W")],
        [("Finance costs fell 23% to N41.6bn after the company repaid a N150bn bond in March.", "", "", "W")],
        [("Managing director Mr. Babatunde Oyesanmi-Dorling told analysts on a call on Tuesday afternoon that Osunbridge had cut its short-term dollar borrowing by about $90m since December.", "Babatunde Oyesanmi-Dorling", "told analysts on a call", "W"),
         ("“We are not out of the woods on wheat.", "Babatunde Oyesanmi-Dorling", "told analysts on a call", ""),
         ("But we are no longer borrowing in dollars to pay for it, and that changes everything for our margins.”", "Babatunde Oyesanmi-Dorling", "told analysts on a call", "")],
        [("Get our Markets Morning brief in your inbox before the opening bell.", "", "", "B"),
         ("Enter your email   Subscribe", "", "", "B")],
        [("Analysts at Kinglet Capital Securities wrote in a note to clients that the result was about N3bn ahead of their forecast.", "Analysts at Kinglet Capital Securities", "wrote in a note to clients", "W"),
         ("Ifeoluwa Olayinka-Mardenby, head of research at the firm, estimates that full-year profit could reach N60bn if the naira holds near current levels.", "Ifeoluwa Olayinka-Mardenby", "estimates", "")],
        [("The stock closed at N84.50 on Tuesday, up 4.3% on the day and 71% since January.", "", "", "W")],
        [("Food inflation in Nigeria stood at 21.8% in June, according to the National Bureau of Statistics (NBS).", "the National Bureau of Statistics (NBS)", "according to", "W")],
        [("ALSO READ: CBN holds rate at 26.5% for third meeting", "", "", "B")],
        [("Ganiyu Olayiwola-Pendrill, chairman of the Ikeja Bakers' Guild, warned that another flour price increase would force small bakeries to shrink their loaves again.", "Ganiyu Olayiwola-Pendrill", "warned", ""),
         ("“A loaf that sold for N1,200 last year is N1,800 today, and it is smaller,” he said.", "Ganiyu Olayiwola-Pendrill", "said", "W"),
         ("“How many more times can we cut it?”", "Ganiyu Olayiwola-Pendrill", "said", "")],
        [("Blessing Ezennaya-Nashwood, who runs a bakery in Surulere, said she now buys flour a week at a time because prices change too fast.", "Blessing Ezennaya-Nashwood", "said", "")],
        [("Osunbridge did not respond to questions about further price increases.", "Osunbridge", "did not respond to questions", "")],
        [("ALSO READ: Wheat imports fall 9% as millers turn to cassava blends", "", "", "B")],
        [("STOCK SNAPSHOT: OSUNBRIDGE", "", "", "B")],
        [("Last price   N84.50", "", "", "")],
        [("Change   +N3.50 (+4.3%)", "", "", "")],
        [("52-week range   N44.10 – N86.00", "", "", "")],
        [("Disclaimer: This article is for information only and is not investment advice.", "", "", "B"),
         ("Prices are delayed by at least 15 minutes.", "", "", "B")],
        [("© 2026 Tallybook Media Nigeria Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. science-news site, a citizen-science survey of Danish garden ponds finds frogs and newts arrive within two years
        [("Marrowleaf Science", "", "", "B")],
        [("Research news you can use", "", "", "B")],
        [("Search   |   Free Newsletters   |   About", "", "", "B")],
        [("Health   Environment   Space   Earth   Tech   Mind & Brain   Fossils", "", "", "B")],
        [("Environment › Ecology › Amphibians", "", "", "B")],
        [("Garden ponds draw frogs and newts within two years, study of 1,240 Danish ponds finds", "a study by researchers at the Vestjylland Institute of Freshwater Ecology", "finds", "W")],
        [("Summary:", "", "", "B")],
        [("Homeowners who dig a pond as small as one square metre are likely to see frogs or newts move in within two years, a study of 1,240 garden ponds in Denmark has found.", "a study by researchers at the Vestjylland Institute of Freshwater Ecology", "found", "W"),
         ("Ponds without fish were colonized almost three times as often.", "a study by researchers at the Vestjylland Institute of Freshwater Ecology", "found", "W")],
        [("Date:  March 11, 2026", "", "", "B")],
        [("Source:  Vestjylland Institute of Freshwater Ecology", "", "", "B")],
        [("Share:   Facebook   X   LinkedIn   Email", "", "", "B")],
        [("🔊 Listen to this story   6 min", "", "", "B")],
        [("KEY FINDINGS", "", "", "B")],
        [("• 71% of new ponds had frogs, toads or newts within 24 months", "", "", "W")],
        [("• Ponds with fish were colonized in 27% of cases, fishless ponds in 78%", "", "", "W")],
        [("• Distance to the nearest existing pond mattered more than pond size", "", "", "W")],
        [("A common frog in a garden pond near Aarhus, one of the 1,240 ponds volunteers checked each spring.", "", "", ""),
         ("Illustration photo: Vestjylland Institute of Freshwater Ecology", "", "", "B")],
        [("Frogs, toads and newts found a new garden pond within two years in 71% of cases, according to a study by researchers at the Vestjylland Institute of Freshwater Ecology, published on Wednesday in the Journal of Applied Pond Ecology.", "a study by researchers at the Vestjylland Institute of Freshwater Ecology", "according to", "W")],
        [("Volunteers in 612 Danish households recorded the animals in their ponds every April and May from 2019 to 2025, using a standard counting sheet and photographs checked by the institute's staff.", "", "", "W")],
        [("The study found that ponds without fish were colonized almost three times as often as ponds stocked with goldfish or carp, which eat the eggs and tadpoles.", "The study", "found", "W"),
         ("The distance to the nearest existing pond mattered more than the pond's size: 80% of ponds less than 200 metres from another pond were colonized, against 39% of those more than 500 m away.", "The study", "found", "W")],
        [("“A pond the size of a bathtub works, as long as there are no fish in it,” says Dr. Henrik Vestergaard-Lindholt, an ecologist at the institute and the study's lead author.", "Henrik Vestergaard-Lindholt", "says", ""),
         ("He says the smallest pond in the survey, a sunken sink about 60 cm across, had common frogs breeding in it by its second spring.", "Henrik Vestergaard-Lindholt", "says", "W")],
        [("“People think wildlife needs a nature reserve.", "Henrik Vestergaard-Lindholt", "says", ""),
         ("Sometimes it only needs a hole in the lawn and a bit of patience.”", "Henrik Vestergaard-Lindholt", "says", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Denmark has approx. 120,000 garden ponds, according to the authors' estimate, which is based on aerial photos of 14 municipalities.", "the authors' estimate", "according to", "W")],
        [("Co-author Mette Saltgaard-Hovmand cautions that the volunteers who took part were probably keener than most pond owners, and that ponds in the study may have been better kept as a result.", "Mette Saltgaard-Hovmand", "cautions", ""),
         ("She said the team had tried to account for this by comparing its results with 96 ponds checked by staff, which gave similar colonization rates.", "Mette Saltgaard-Hovmand", "said", "W")],
        [("Birgit Fallesen, a retired teacher in Silkeborg whose pond was one of the first in the survey, said she counted 212 toads crossing her lawn one evening in April 2023.", "Birgit Fallesen", "said", ""),
         ("“My grandchildren call it the toad motorway,” she said.", "Birgit Fallesen", "said", "")],
        [("The Danish Environmental Protection Agency said in a statement that it welcomed the study.", "The Danish Environmental Protection Agency", "said in a statement", ""),
         ("It said pond owners should never move frogspawn or fish between ponds, because this can spread disease.", "The Danish Environmental Protection Agency", "said", "")],
        [("Editor's pick: How a lost species of beetle turned up in a Copenhagen cemetery", "", "", "B")],
        [("Funding: The study was funded by the Hedebo Nature Foundation and the institute's own research budget.", "", "", "B")],
        [("Journal Reference: Vestergaard-Lindholt H, Saltgaard-Hovmand M, et al. Colonization of new garden ponds by amphibians: a seven-year citizen survey. J Appl Pond Ecol. 2026;9(1):14–29.", "", "", "B")],
        [("Story Source: Materials provided by Vestjylland Institute of Freshwater Ecology.", "", "", "B"),
         ("Note: Content may be edited for style and length.", "", "", "B")],
        [("Cite This Page:   MLA   APA   Chicago", "", "", "B")],
        [("RELATED STORIES", "", "", "B")],
        [("Hedgehogs use garden gaps more at night, tracking shows", "", "", "B")],
        [("Urban ponds warm faster than rural ones", "", "", "B")],
        [("Get the latest environment news with Marrowleaf Science's free email newsletters, updated daily and weekly.", "", "", "B")],
        [("© 2026 Marrowleaf Science.", "", "", "B"),
         ("Content on this site is for information only.", "", "", "B")],
    ],
    [  # 11. Norwegian public broadcaster's English-language page, a northern municipality votes to charge cruise passengers a visitor fee
        [("NKRT", "", "", "B")],
        [("Norsk   |   Sámegiella   |   English", "", "", "B")],
        [("Front page   News   Sport   Culture   TV   Radio   Podcasts", "", "", "B")],
        [("NKRT News in English", "", "", "B")],
        [("Arctic town votes to charge cruise passengers 40 kroner each", "", "", "W")],
        [("Lyngsvær will be the first municipality in Troms to ask the cruise lines for a fee per passenger, if the government approves", "", "", "W")],
        [("Kjersti Hallingby-Rød, Tromsø  ·  Translated by Owen Gildenholt", "", "", "B")],
        [("Published 12.03.2026, 14:05   Updated 12.03.2026, 16:40", "", "", "B")],
        [("🎧 Listen to the article (read by a synthetic voice)   4 min", "", "", "B")],
        [("Les saken på norsk", "", "", "B")],
        [("The cruise ship “Polar Celesta” alongside the quay in Lyngsvær last June.", "", "", ""),
         ("Photo: Aslak Vennesland-Bø / NKRT", "", "", "B")],
        [("The municipal council in Lyngsvær voted 19–8 on Wednesday evening to charge a fee of 40 Norwegian kroner (NOK), about 3.40 euros, for every cruise passenger who comes ashore from the 2027 season.", "", "", "W")],
        [("The town of about 2,300 people received 94 cruise calls and 118,000 passengers last year, according to figures from the Lyngsvær Port Authority.", "figures from the Lyngsvær Port Authority", "according to", "W")],
        [("The fee needs approval from the Ministry of Trade, Industry and Fisheries under the visitor levy rules passed by the Storting in 2025.", "", "", "W")],
        [("Mayor Torunn Eidsmarka-Hellem (Centre Party) told NKRT that the money, about NOK 4.7 million a year at last year's numbers, would pay for public toilets, bins and a second ambulance crew in the summer months.", "Torunn Eidsmarka-Hellem", "told NKRT", "W"),
         ("“On a day with three ships in port, there are more tourists in the town centre than there are people living in the whole municipality.", "Torunn Eidsmarka-Hellem", "told NKRT", ""),
         ("We love having them, but somebody has to clean up.”", "Torunn Eidsmarka-Hellem", "told NKRT", "")],
        [("The industry group Nordic Cruise Ports Forum said in an email to NKRT that a fee “sends the wrong signal” at a time when lines are deciding their 2027 routes.", "Nordic Cruise Ports Forum", "said in an email", ""),
         ("It said cruise passengers spent an average of NOK 1,150 each ashore in Northern Norway in 2024.", "Nordic Cruise Ports Forum", "said", "W")],
        [("Sigrid Hammervoll, who runs a café on the quay, said she earns about half of her year's takings between June and August.", "Sigrid Hammervoll", "said", ""),
         ("“Forty kroner is less than a cup of coffee here,” she said.", "Sigrid Hammervoll", "said", ""),
         ("“Will anyone really change their holiday for that?”", "Sigrid Hammervoll", "said", "")],
        [("Eight councillors from the Progress Party and the Conservatives voted against.", "", "", "W")],
        [("Arve Strømsholt (Conservatives) said the fee would cost the municipality about NOK 600,000 a year to collect.", "Arve Strømsholt", "said", "W")],
        [("FACTS: VISITOR FEES IN NORWAY", "", "", "B")],
        [("• Municipalities can apply to charge a fee of up to 3% of a night's accommodation.", "", "", "")],
        [("• Cruise passengers can be charged a fixed sum per person who comes ashore.", "", "", "")],
        [("• The government must approve each scheme.", "", "", "")],
        [("Correction: An earlier version of this article said the vote was 18–9.", "", "", "B"),
         ("The correct figure is 19–8.", "", "", "B")],
        [("Do you have a tip for us?", "", "", "B"),
         ("Send an email to tips@nkrt.no.", "", "", "B")],
        [("Editor-in-chief: Hallvard Brenne-Sæther", "", "", "B")],
        [("NKRT follows the Norwegian press code of ethics.", "", "", "B")],
        [("© NKRT 2026  ·  Privacy  ·  Cookies  ·  Accessibility statement", "", "", "B")],
    ],
    [  # 12. Welsh community news co-operative's site, a county council cuts a valley bus route to three days a week
        [("Llais Tawelan", "", "", "B")],
        [("Cymraeg   |   English", "", "", "B")],
        [("Owned by 1,480 readers  ·  Join the co-op from £2 a month  ·  Log in", "", "", "B")],
        [("News   Council   Health   Schools   Sport   Events   Members' Noticeboard", "", "", "B")],
        [("COUNCIL", "", "", "B")],
        [("Route 562 buses to run only three days a week from September", "", "", "W")],
        [("Villagers in the upper Tawelan valley fear they will be cut off from the doctor, the market and the sixth form", "", "", "")],
        [("By Gwenllian Pryswen-Hawkyard, member-reporter", "", "", "B")],
        [("Friday 13 March 2026", "", "", "B")],
        [("Share   Facebook   WhatsApp   Email", "", "", "B")],
        [("The 562 waits at the stop outside Capel Bryndewi in Llanfaelon.", "", "", ""),
         ("Photo: Llais Tawelan / Idris Mortlake-Huws", "", "", "B")],
        [("Powys County Council's cabinet agreed on Tuesday to cut the 562 bus service between Llanfaelon and Pentrewern from six days a week to three from September 1, as part of £1.3m of savings on subsidised bus routes.", "", "", "W")],
        [("The 562 costs the council £186,000 a year to subsidise and carried an average of 41 passengers a day last year, according to a report to the cabinet.", "a report to the cabinet", "according to", "W"),
         ("The report said the service would run on Tuesdays, Thursdays and Saturdays, the days with the most passengers.", "The report", "said", "W")],
        [("Cllr Heledd Castellyn-Rhydwen, the cabinet member for transport, said at the meeting that the council's bus budget had fallen by 18% in real terms since 2022.", "Heledd Castellyn-Rhydwen", "said at the meeting", "W"),
         ("“These are decisions nobody in this room wanted to make,” she said.", "Heledd Castellyn-Rhydwen", "said at the meeting", "")],
        [("Rhodri Penwerris, managing director of Cambrian Highroad Coaches, which runs the route, said two of its six drivers on the 562 would move to school contracts and none would lose their jobs.", "Rhodri Penwerris", "said", "W")],
        [("Transport for Wales said in a statement that the 562 was not part of its planned franchised network for mid Wales, which is due to start in 2028.", "Transport for Wales", "said in a statement", "W")],
        [("Llais Tawelan is owned by its readers.", "", "", "B"),
         ("Stories like this one take days to report.", "", "", "B"),
         ("Become a member today.", "", "", "B")],
        [("A petition to keep the daily service, started by the Llanfaelon community council, had 1,063 signatures by Thursday.", "", "", "W")],
        [("Morfudd Talcoed, 81, who does not drive, said she takes the 562 to the surgery in Pentrewern and to the Thursday market.", "Morfudd Talcoed", "said", ""),
         ("“If I'm poorly on a Monday, what do I do, wait until Tuesday?” she said.", "Morfudd Talcoed", "said", "")],
        [("Dr. Anwen Llanwarne-Garnett, a partner at Pentrewern Medical Practice, said 212 of its patients live in the upper valley and about a third of them are over 75.", "Anwen Llanwarne-Garnett", "said", "W")],
        [("Aled Brynmor-Jukes, 16, who catches the 7.25am bus to the sixth form in Pentrewern, said six students from Llanfaelon use it every school day.", "Aled Brynmor-Jukes", "said", "W"),
         ("“Mam will have to drive me, and she starts work at 7,” he said.", "Aled Brynmor-Jukes", "said", "")],
        [("The council's scrutiny committee will look at the decision at 10.30am on March 24 in the council chamber.", "", "", "W")],
        [("How we reported this story: our member-reporter attended Tuesday's cabinet meeting and spoke to passengers on the 562 on Wednesday and Thursday.", "", "", "B")],
        [("This story was funded by members' subscriptions and a grant from the Tawelan Community Fund.", "", "", "B")],
        [("Members' comments (3)", "", "", "B")],
        [("Glenys W. · Llanfaelon", "", "", "B")],
        [("Three days is better than none.", "", "", "B"),
         ("But who chose Tuesday?", "", "", "B")],
        [("Annual General Meeting: Saturday 28 March, 2pm, Neuadd Goffa, Llanfaelon.", "", "", "B"),
         ("All members welcome.", "", "", "B")],
        [("Get our weekly email every Saturday morning.", "", "", "B")],
        [("© 2026 Llais Tawelan Community Media Ltd, a community benefit society registered with the FCA, No. 8124.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n69-tv-caption-play-time-dateline", "VIDEO: Crews dig out a broken 16-inch water main on Pikestaff Road in Corbinsville early Tuesday ▶ 1:42\nCORBINSVILLE, Ky. (WBVN) — About 11,400 homes and businesses in Corbinsville and northern Lattenbury County are under a boil-water advisory after a 16-inch water main broke overnight, Corbinsville Water Works said in a news release Tuesday. The break was reported at 2:10 a.m. on Pikestaff Road near the U.S. 25 overpass.",
     ["VIDEO: Crews dig out a broken 16-inch water main on Pikestaff Road in Corbinsville early Tuesday", "▶ 1:42", "CORBINSVILLE, Ky. (WBVN) — About 11,400 homes and businesses in Corbinsville and northern Lattenbury County are under a boil-water advisory after a 16-inch water main broke overnight, Corbinsville Water Works said in a news release Tuesday.", "The break was reported at 2:10 a.m. on Pikestaff Road near the U.S. 25 overpass."]),
    ("n69-tv-post-embed-handle-times", "The city said in a post on X that it would hand out bottled water at Fire Station 2 on Maple Ave. from 10 a.m. until 7 p.m. Tuesday.\nCity of Corbinsville, Ky. @CorbinsvilleKY · Follow\nFree bottled water today at Fire Station 2, 410 Maple Ave., 10 a.m.–7 p.m. Please bring proof of a Corbinsville address and limit one case per household.\n9:02 AM · May 19, 2026\n♡ 212   ↻ 96   Reply   Copy link",
     ["The city said in a post on X that it would hand out bottled water at Fire Station 2 on Maple Ave. from 10 a.m. until 7 p.m. Tuesday.", "City of Corbinsville, Ky. @CorbinsvilleKY · Follow", "Free bottled water today at Fire Station 2, 410 Maple Ave., 10 a.m.–7 p.m.", "Please bring proof of a Corbinsville address and limit one case per household.", "9:02 AM · May 19, 2026", "♡ 212   ↻ 96   Reply   Copy link"]),
    ("n69-tv-tip-question-inc-rights", "See a problem in your neighborhood? Send tips, photos and video to news@wbvn9.com.\nGet breaking news alerts: download the WBVN 9 News app.\nCopyright 2026 Nexmoor Broadcasting Inc. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
     ["See a problem in your neighborhood?", "Send tips, photos and video to news@wbvn9.com.", "Get breaking news alerts: download the WBVN 9 News app.", "Copyright 2026 Nexmoor Broadcasting Inc.", "All rights reserved.", "This material may not be published, broadcast, rewritten or redistributed."]),
    ("n69-mag-quote-split-pull-quote", "“People keep telling me we saved a movie theater,” Wickmoor-Stearns said. “We didn't save a movie theater. We saved the one room in town where everybody sits in the dark together.”\n“We saved the one room in town where everybody sits in the dark together.”\nRELATED: Arkansas's last drive-ins, and how far you'll drive for them",
     ["“People keep telling me we saved a movie theater,” Wickmoor-Stearns said.", "“We didn't save a movie theater.", "We saved the one room in town where everybody sits in the dark together.”", "“We saved the one room in town where everybody sits in the dark together.”", "RELATED: Arkansas's last drive-ins, and how far you'll drive for them"]),
    ("n69-mag-ave-am-says", "Most weeks now, the doors on Ferrin Ave. open at 10 a.m. on Saturdays for a free children's matinee, and by 9:30 there are strollers parked along the curb.\nTreasurer Rollo Dimmesdale said the theater sold 9,870 tickets in its first ten weeks, about 80 percent of what the co-op's business plan projected. He says the Starlite can break even at 1,100 tickets a week, as long as the concession stand keeps doing what it's doing.",
     ["Most weeks now, the doors on Ferrin Ave. open at 10 a.m. on Saturdays for a free children's matinee, and by 9:30 there are strollers parked along the curb.", "Treasurer Rollo Dimmesdale said the theater sold 9,870 tickets in its first ten weeks, about 80 percent of what the co-op's business plan projected.", "He says the Starlite can break even at 1,100 tickets a week, as long as the concession stand keeps doing what it's doing."]),
    ("n69-trade-standfirst-posted-llp", "Yorkshire haulier ran 118 trucks from two depots; administrators say sale of the business failed in final week\nPosted by Kenrick Valdane, news editor  ·  3 hours ago\nDoncaster-based Brackhythe Freight Services Ltd entered administration on Monday, and Ilsa Marzolini-Howlett and Gideon Fernthwaite of the restructuring firm Quennowe Ardale LLP were appointed joint administrators. The administrators said in a statement that 214 of the company's 296 staff had been made redundant with immediate effect.\nThey said the remaining 82 staff, most of them at the depot in Goole, had been kept on to help return customers' goods and wind down the fleet.",
     ["Yorkshire haulier ran 118 trucks from two depots; administrators say sale of the business failed in final week", "Posted by Kenrick Valdane, news editor  ·  3 hours ago", "Doncaster-based Brackhythe Freight Services Ltd entered administration on Monday, and Ilsa Marzolini-Howlett and Gideon Fernthwaite of the restructuring firm Quennowe Ardale LLP were appointed joint administrators.", "The administrators said in a statement that 214 of the company's 296 staff had been made redundant with immediate effect.", "They said the remaining 82 staff, most of them at the depot in Goole, had been kept on to help return customers' goods and wind down the fleet."]),
    ("n69-trade-gate-may-quote", "You have read 2 of your 3 free articles this month. Register now for unlimited access to news, analysis and the Haulage 500 league table.\nREGISTER FREE\nMarzolini-Howlett said the directors had been in talks with two possible buyers since February, but the last of them withdrew on May 28. “The business had good customers and good people, but it had run out of road on cash,” she said.",
     ["You have read 2 of your 3 free articles this month.", "Register now for unlimited access to news, analysis and the Haulage 500 league table.", "REGISTER FREE", "Marzolini-Howlett said the directors had been in talks with two possible buyers since February, but the last of them withdrew on May 28.", "“The business had good customers and good people, but it had run out of road on cash,” she said."]),
    ("n69-trade-am-question-comments", "Dwayne Tatterhall, who drove for Brackhythe for nine years, said he learned he had lost his job from a message in the drivers' WhatsApp group at 6.45am on Monday. “I was already loaded up for Felixstowe,” he said. “Who's paying for the diesel I put in that truck?”\nHardacre & Strelley, a building-supplies wholesaler that used Brackhythe for deliveries to 60 branches, said it had moved the work to two other hauliers and expected no disruption for its customers.\nStaff owed wages and redundancy pay can claim up to set limits from the government's Redundancy Payments Service.\nTags: Administration   Insolvency   Yorkshire   General haulage\nKenrick Valdane has covered road haulage for MotorFreight Weekly since 2014. Send news to kvaldane@motorfreightweekly.co.uk.\n14 comments\nComments are moderated and may take up to an hour to appear. Please keep it civil.\nRoadrunner_74 · 2 hours ago\nAnother one gone. Feel for the drivers, they'll be snapped up by Friday though.\nOldTrampHauler · 1 hour ago\nRates haven't moved since 2019. Who's surprised?",
     ["Dwayne Tatterhall, who drove for Brackhythe for nine years, said he learned he had lost his job from a message in the drivers' WhatsApp group at 6.45am on Monday.", "“I was already loaded up for Felixstowe,” he said.", "“Who's paying for the diesel I put in that truck?”", "Hardacre & Strelley, a building-supplies wholesaler that used Brackhythe for deliveries to 60 branches, said it had moved the work to two other hauliers and expected no disruption for its customers.", "Staff owed wages and redundancy pay can claim up to set limits from the government's Redundancy Payments Service.", "Tags: Administration   Insolvency   Yorkshire   General haulage", "Kenrick Valdane has covered road haulage for MotorFreight Weekly since 2014.", "Send news to kvaldane@motorfreightweekly.co.uk.", "14 comments", "Comments are moderated and may take up to an hour to appear.", "Please keep it civil.", "Roadrunner_74 · 2 hours ago", "Another one gone.", "Feel for the drivers, they'll be snapped up by Friday though.", "OldTrampHauler · 1 hour ago", "Rates haven't moved since 2019.", "Who's surprised?"]),
    ("n69-wire-chip-dateline-am-gmt", "In this article:  ATHL.AT  −1.84%\nATHENS, May 12 (CPA) - Ferries to most Greek islands stayed in port on Tuesday as seamen began a 48-hour strike over pay and crew sizes, leaving thousands of passengers stranded at Piraeus and the ports of Rafina and Lavrio at the start of the tourist season.\nThe Union of Coastal Shipping Crews (ENAP) said the stoppage began at 6 a.m. local time (0300 GMT) and would last until 6 a.m. on Thursday. The union said wages on coastal ferries had risen by 4% since 2022 while prices in Greece had risen by about 14% over the same period.",
     ["In this article:  ATHL.AT  −1.84%", "ATHENS, May 12 (CPA) - Ferries to most Greek islands stayed in port on Tuesday as seamen began a 48-hour strike over pay and crew sizes, leaving thousands of passengers stranded at Piraeus and the ports of Rafina and Lavrio at the start of the tourist season.", "The Union of Coastal Shipping Crews (ENAP) said the stoppage began at 6 a.m. local time (0300 GMT) and would last until 6 a.m. on Thursday.", "The union said wages on coastal ferries had risen by 4% since 2022 while prices in Greece had risen by about 14% over the same period."]),
    ("n69-wire-plc-question-said", "Athlemar Lines Plc, the largest operator on routes to the Cyclades, said it would refund tickets in full or move passengers to a later sailing free of charge. Its shares fell 1.8% in early trading in Athens.\n\"We have a hotel booked on Naxos tonight and we paid for it already. Who pays for that?\" said Martina Völkerling, a 34-year-old teacher from Hamburg, who was sitting on her suitcase at Gate E7.\nStavros Mellidakis, who runs a café opposite the Rafina ferry terminal, said he had sold about a third of his usual number of coffees by noon. \"When the boats don't go, nobody comes,\" he said.",
     ["Athlemar Lines Plc, the largest operator on routes to the Cyclades, said it would refund tickets in full or move passengers to a later sailing free of charge.", "Its shares fell 1.8% in early trading in Athens.", "\"We have a hotel booked on Naxos tonight and we paid for it already.", "Who pays for that?\" said Martina Völkerling, a 34-year-old teacher from Hamburg, who was sitting on her suitcase at Gate E7.", "Stavros Mellidakis, who runs a café opposite the Rafina ferry terminal, said he had sold about a third of his usual number of coffees by noon.", "\"When the boats don't go, nobody comes,\" he said."]),
    ("n69-radio-listen-audio-nov-am", "▶ Listen: Harbour Master Glenna Spurlock on the delay   3:12\nThe start of the fall lobster season in southwestern Nova Scotia has been delayed by at least a day because of a gale forecast for Monday.\nFisheries and Oceans Canada had set the opening, known as Dumping Day, for 6 a.m. Monday, Nov. 30, in Lobster Fishing Areas 33 and 34, but the department said in a notice to harvesters on Saturday evening that boats would not be allowed to leave before 6 a.m. Tuesday. The department said winds of up to 90 km/h and waves of five to seven metres were forecast off the coast through Monday night.\nA decision on Tuesday's opening will be made by 2 p.m. Monday after a call with port representatives, the department said.",
     ["▶ Listen: Harbour Master Glenna Spurlock on the delay   3:12", "The start of the fall lobster season in southwestern Nova Scotia has been delayed by at least a day because of a gale forecast for Monday.", "Fisheries and Oceans Canada had set the opening, known as Dumping Day, for 6 a.m. Monday, Nov. 30, in Lobster Fishing Areas 33 and 34, but the department said in a notice to harvesters on Saturday evening that boats would not be allowed to leave before 6 a.m. Tuesday.", "The department said winds of up to 90 km/h and waves of five to seven metres were forecast off the coast through Monday night.", "A decision on Tuesday's opening will be made by 2 p.m. Monday after a call with port representatives, the department said."]),
    ("n69-radio-capt-told-quote-split", "Capt. Glenna Spurlock, harbour master at Pellowick Cove, told SouthShore News the delay was the right call. “Every boat leaves here with 375 traps stacked on the deck. Nobody wants to go out in that with a load like that.”\nSpurlock said 64 boats are registered to fish out of the cove this season, three more than last year.",
     ["Capt. Glenna Spurlock, harbour master at Pellowick Cove, told SouthShore News the delay was the right call.", "“Every boat leaves here with 375 traps stacked on the deck.", "Nobody wants to go out in that with a load like that.”", "Spurlock said 64 boats are registered to fish out of the cove this season, three more than last year."]),
    ("n69-student-correction-headline-standfirst", "CORRECTION: An earlier version of this article misstated the price of a single room for 2026-27. It is $10,118, not $10,811. The Daily Larkwhistle regrets the error.\nTrustees approve 6.5% increase in residence hall rates for fall\nDouble rooms will cost $8,412 for the year; student association says it was not consulted",
     ["CORRECTION: An earlier version of this article misstated the price of a single room for 2026-27.", "It is $10,118, not $10,811.", "The Daily Larkwhistle regrets the error.", "Trustees approve 6.5% increase in residence hall rates for fall", "Double rooms will cost $8,412 for the year; student association says it was not consulted"]),
    ("n69-student-phd-vote-quote", "Lorraine Okwuchukwu-Bramthorne, Ph.D., vice president for student affairs, said at the meeting that the increase would pay for new boilers in three halls built in the 1960s and for a 3.5% raise for dining and custodial staff. “Nobody on this board wanted to vote for a number this large,” she said.\nThe Associated Students of Cascadine passed a resolution on March 19 asking the board to cap the increase at 3%.",
     ["Lorraine Okwuchukwu-Bramthorne, Ph.D., vice president for student affairs, said at the meeting that the increase would pay for new boilers in three halls built in the 1960s and for a 3.5% raise for dining and custodial staff.", "“Nobody on this board wanted to vote for a number this large,” she said.", "The Associated Students of Cascadine passed a resolution on March 19 asking the board to cap the increase at 3%."]),
    ("n69-student-instagram-donate-question", "The association wrote on Instagram an hour after the vote that it would hold a town hall for residents on April 9.\nThe Residence Hall Association (@cascadinerha) · Instagram\n6.5%. Ask us how many of you we asked first.\nStudent journalism isn't free. The Daily Larkwhistle is run entirely by students. Support us →\nBrynn Ashcrindle, a sophomore from Medford studying nursing, said she works 18 hours a week at the campus library to cover her rent and was already planning to move off campus. “Is an apartment with four roommates in Edgeley really cheaper?” she said. “Probably.”",
     ["The association wrote on Instagram an hour after the vote that it would hold a town hall for residents on April 9.", "The Residence Hall Association (@cascadinerha) · Instagram", "6.5%.", "Ask us how many of you we asked first.", "Student journalism isn't free.", "The Daily Larkwhistle is run entirely by students.", "Support us →", "Brynn Ashcrindle, a sophomore from Medford studying nursing, said she works 18 hours a week at the campus library to cover her rent and was already planning to move off campus.", "“Is an apartment with four roommates in Edgeley really cheaper?” she said.", "“Probably.”"]),
    ("n69-ph-atty-adding-doe-read", "LTFRB Chairman Atty. Reynaldo Casimpan said at a press briefing that the board approved the increase because diesel prices had gone up for 11 straight weeks. “We cannot ask our drivers to keep absorbing this,” he said, adding that the board would review the fare again in 90 days.\nPump prices of diesel have risen by a total of P8.40 a liter since January 6, according to the Department of Energy (DOE).\nREAD: Diesel up for 11th straight week; gasoline prices steady",
     ["LTFRB Chairman Atty. Reynaldo Casimpan said at a press briefing that the board approved the increase because diesel prices had gone up for 11 straight weeks.", "“We cannot ask our drivers to keep absorbing this,” he said, adding that the board would review the fare again in 90 days.", "Pump prices of diesel have risen by a total of P8.40 a liter since January 6, according to the Department of Energy (DOE).", "READ: Diesel up for 11th straight week; gasoline prices steady"]),
    ("n69-ph-ma-filipino-question", "Ma. Luisa Tumbokon, a call center agent who travels from Caloocan to Makati five nights a week, said she already spends about P1,100 a week on fares. “Saan pa kukunin? Where else will I get the money?” she asked.\nThe LTFRB last raised jeepney fares in October 2023, by P1.",
     ["Ma. Luisa Tumbokon, a call center agent who travels from Caloocan to Makati five nights a week, said she already spends about P1,100 a week on fares.", "“Saan pa kukunin? Where else will I get the money?” she asked.", "The LTFRB last raised jeepney fares in October 2023, by P1."]),
    ("n69-sport-pen-replays-referee", "Pilkerton had given Corvensholm the lead in the 31st minute with a low shot from 20 yards, and Ellis Garvellan equalised from the penalty spot after 58 minutes when Tom Wretherley was judged to have fouled him. Replays suggested the contact started outside the area.\nReferee Gavin Stodmarsh-Hulmecote showed Lowenby's captain, Marcus Treloan-Hartigill, a second yellow card in the 83rd minute for dissent.",
     ["Pilkerton had given Corvensholm the lead in the 31st minute with a low shot from 20 yards, and Ellis Garvellan equalised from the penalty spot after 58 minutes when Tom Wretherley was judged to have fouled him.", "Replays suggested the contact started outside the area.", "Referee Gavin Stodmarsh-Hulmecote showed Lowenby's captain, Marcus Treloan-Hartigill, a second yellow card in the 83rd minute for dissent."]),
    ("n69-sport-quote-exclaim-said", "Corvensholm manager Shaun Mackellow told Terrace Live that Adusei-Fray had only signed from the club's under-21 side in January. “I said to him, ‘Go and stand at the near post and don't move.’ He did exactly what he was told, which is more than I can say for the rest of them!”\nLowenby manager Nolan Brightmere said the penalty “should never have been in doubt” and that his side had been “the better team for 60 minutes”. “Cup football is cruel,” he said.",
     ["Corvensholm manager Shaun Mackellow told Terrace Live that Adusei-Fray had only signed from the club's under-21 side in January.", "“I said to him, ‘Go and stand at the near post and don't move.’", "He did exactly what he was told, which is more than I can say for the rest of them!”", "Lowenby manager Nolan Brightmere said the penalty “should never have been in doubt” and that his side had been “the better team for 60 minutes”.", "“Cup football is cruel,” he said."]),
    ("n69-ng-plc-filing-trn", "Osunbridge Flour Mills Plc. reported a 38% rise in profit after tax to N27.4bn for the six months to June 30, 2026, the company said in a filing with the Nigerian Exchange (NGX) on Tuesday.\nRevenue rose 61% to N1.12trn in the half, according to the filing, as the miller raised the price of a 50kg bag of flour three times between January and May. The filing said the company's wheat import bill rose 52% to N684.3bn, mainly because of the weaker naira.\nFinance costs fell 23% to N41.6bn after the company repaid a N150bn bond in March.",
     ["Osunbridge Flour Mills Plc. reported a 38% rise in profit after tax to N27.4bn for the six months to June 30, 2026, the company said in a filing with the Nigerian Exchange (NGX) on Tuesday.", "Revenue rose 61% to N1.12trn in the half, according to the filing, as the miller raised the price of a 50kg bag of flour three times between January and May.", "The filing said the company's wheat import bill rose 52% to N684.3bn, mainly because of the weaker naira.", "Finance costs fell 23% to N41.6bn after the company repaid a N150bn bond in March."]),
    ("n69-ng-note-estimates-ngx", "Analysts at Kinglet Capital Securities wrote in a note to clients that the result was about N3bn ahead of their forecast. Ifeoluwa Olayinka-Mardenby, head of research at the firm, estimates that full-year profit could reach N60bn if the naira holds near current levels.\nThe stock closed at N84.50 on Tuesday, up 4.3% on the day and 71% since January.\nFood inflation in Nigeria stood at 21.8% in June, according to the National Bureau of Statistics (NBS).\nALSO READ: CBN holds rate at 26.5% for third meeting",
     ["Analysts at Kinglet Capital Securities wrote in a note to clients that the result was about N3bn ahead of their forecast.", "Ifeoluwa Olayinka-Mardenby, head of research at the firm, estimates that full-year profit could reach N60bn if the naira holds near current levels.", "The stock closed at N84.50 on Tuesday, up 4.3% on the day and 71% since January.", "Food inflation in Nigeria stood at 21.8% in June, according to the National Bureau of Statistics (NBS).", "ALSO READ: CBN holds rate at 26.5% for third meeting"]),
    ("n69-sci-key-findings-caption", "KEY FINDINGS\n• 71% of new ponds had frogs, toads or newts within 24 months\n• Ponds with fish were colonized in 27% of cases, fishless ponds in 78%\n• Distance to the nearest existing pond mattered more than pond size\nA common frog in a garden pond near Aarhus, one of the 1,240 ponds volunteers checked each spring. Illustration photo: Vestjylland Institute of Freshwater Ecology",
     ["KEY FINDINGS", "• 71% of new ponds had frogs, toads or newts within 24 months", "• Ponds with fish were colonized in 27% of cases, fishless ponds in 78%", "• Distance to the nearest existing pond mattered more than pond size", "A common frog in a garden pond near Aarhus, one of the 1,240 ponds volunteers checked each spring.", "Illustration photo: Vestjylland Institute of Freshwater Ecology"]),
    ("n69-sci-colon-dr-says-cm", "The study found that ponds without fish were colonized almost three times as often as ponds stocked with goldfish or carp, which eat the eggs and tadpoles. The distance to the nearest existing pond mattered more than the pond's size: 80% of ponds less than 200 metres from another pond were colonized, against 39% of those more than 500 m away.\n“A pond the size of a bathtub works, as long as there are no fish in it,” says Dr. Henrik Vestergaard-Lindholt, an ecologist at the institute and the study's lead author. He says the smallest pond in the survey, a sunken sink about 60 cm across, had common frogs breeding in it by its second spring.\n“People think wildlife needs a nature reserve. Sometimes it only needs a hole in the lawn and a bit of patience.”",
     ["The study found that ponds without fish were colonized almost three times as often as ponds stocked with goldfish or carp, which eat the eggs and tadpoles.", "The distance to the nearest existing pond mattered more than the pond's size: 80% of ponds less than 200 metres from another pond were colonized, against 39% of those more than 500 m away.", "“A pond the size of a bathtub works, as long as there are no fish in it,” says Dr. Henrik Vestergaard-Lindholt, an ecologist at the institute and the study's lead author.", "He says the smallest pond in the survey, a sunken sink about 60 cm across, had common frogs breeding in it by its second spring.", "“People think wildlife needs a nature reserve.", "Sometimes it only needs a hole in the lawn and a bit of patience.”"]),
    ("n69-sci-approx-cautions-funding-ref", "Denmark has approx. 120,000 garden ponds, according to the authors' estimate, which is based on aerial photos of 14 municipalities.\nCo-author Mette Saltgaard-Hovmand cautions that the volunteers who took part were probably keener than most pond owners, and that ponds in the study may have been better kept as a result. She said the team had tried to account for this by comparing its results with 96 ponds checked by staff, which gave similar colonization rates.\nBirgit Fallesen, a retired teacher in Silkeborg whose pond was one of the first in the survey, said she counted 212 toads crossing her lawn one evening in April 2023. “My grandchildren call it the toad motorway,” she said.\nThe Danish Environmental Protection Agency said in a statement that it welcomed the study. It said pond owners should never move frogspawn or fish between ponds, because this can spread disease.\nEditor's pick: How a lost species of beetle turned up in a Copenhagen cemetery\nFunding: The study was funded by the Hedebo Nature Foundation and the institute's own research budget.\nJournal Reference: Vestergaard-Lindholt H, Saltgaard-Hovmand M, et al. Colonization of new garden ponds by amphibians: a seven-year citizen survey. J Appl Pond Ecol. 2026;9(1):14–29.",
     ["Denmark has approx. 120,000 garden ponds, according to the authors' estimate, which is based on aerial photos of 14 municipalities.", "Co-author Mette Saltgaard-Hovmand cautions that the volunteers who took part were probably keener than most pond owners, and that ponds in the study may have been better kept as a result.", "She said the team had tried to account for this by comparing its results with 96 ponds checked by staff, which gave similar colonization rates.", "Birgit Fallesen, a retired teacher in Silkeborg whose pond was one of the first in the survey, said she counted 212 toads crossing her lawn one evening in April 2023.", "“My grandchildren call it the toad motorway,” she said.", "The Danish Environmental Protection Agency said in a statement that it welcomed the study.", "It said pond owners should never move frogspawn or fish between ponds, because this can spread disease.", "Editor's pick: How a lost species of beetle turned up in a Copenhagen cemetery", "Funding: The study was funded by the Hedebo Nature Foundation and the institute's own research budget.", "Journal Reference: Vestergaard-Lindholt H, Saltgaard-Hovmand M, et al. Colonization of new garden ponds by amphibians: a seven-year citizen survey. J Appl Pond Ecol. 2026;9(1):14–29."]),
    ("n69-pb-caption-slash-vote-nok", "The cruise ship “Polar Celesta” alongside the quay in Lyngsvær last June. Photo: Aslak Vennesland-Bø / NKRT\nThe municipal council in Lyngsvær voted 19–8 on Wednesday evening to charge a fee of 40 Norwegian kroner (NOK), about 3.40 euros, for every cruise passenger who comes ashore from the 2027 season.\nThe town of about 2,300 people received 94 cruise calls and 118,000 passengers last year, according to figures from the Lyngsvær Port Authority.",
     ["The cruise ship “Polar Celesta” alongside the quay in Lyngsvær last June.", "Photo: Aslak Vennesland-Bø / NKRT", "The municipal council in Lyngsvær voted 19–8 on Wednesday evening to charge a fee of 40 Norwegian kroner (NOK), about 3.40 euros, for every cruise passenger who comes ashore from the 2027 season.", "The town of about 2,300 people received 94 cruise calls and 118,000 passengers last year, according to figures from the Lyngsvær Port Authority."]),
    ("n69-pb-email-question-vote", "The industry group Nordic Cruise Ports Forum said in an email to NKRT that a fee “sends the wrong signal” at a time when lines are deciding their 2027 routes. It said cruise passengers spent an average of NOK 1,150 each ashore in Northern Norway in 2024.\nSigrid Hammervoll, who runs a café on the quay, said she earns about half of her year's takings between June and August. “Forty kroner is less than a cup of coffee here,” she said. “Will anyone really change their holiday for that?”\nEight councillors from the Progress Party and the Conservatives voted against.",
     ["The industry group Nordic Cruise Ports Forum said in an email to NKRT that a fee “sends the wrong signal” at a time when lines are deciding their 2027 routes.", "It said cruise passengers spent an average of NOK 1,150 each ashore in Northern Norway in 2024.", "Sigrid Hammervoll, who runs a café on the quay, said she earns about half of her year's takings between June and August.", "“Forty kroner is less than a cup of coffee here,” she said.", "“Will anyone really change their holiday for that?”", "Eight councillors from the Progress Party and the Conservatives voted against."]),
    ("n69-pb-facts-correction-tip", "FACTS: VISITOR FEES IN NORWAY\n• Municipalities can apply to charge a fee of up to 3% of a night's accommodation.\n• Cruise passengers can be charged a fixed sum per person who comes ashore.\n• The government must approve each scheme.\nCorrection: An earlier version of this article said the vote was 18–9. The correct figure is 19–8.\nDo you have a tip for us? Send an email to tips@nkrt.no.",
     ["FACTS: VISITOR FEES IN NORWAY", "• Municipalities can apply to charge a fee of up to 3% of a night's accommodation.", "• Cruise passengers can be charged a fixed sum per person who comes ashore.", "• The government must approve each scheme.", "Correction: An earlier version of this article said the vote was 18–9.", "The correct figure is 19–8.", "Do you have a tip for us?", "Send an email to tips@nkrt.no."]),
    ("n69-coop-report-cllr-quote", "The 562 costs the council £186,000 a year to subsidise and carried an average of 41 passengers a day last year, according to a report to the cabinet. The report said the service would run on Tuesdays, Thursdays and Saturdays, the days with the most passengers.\nCllr Heledd Castellyn-Rhydwen, the cabinet member for transport, said at the meeting that the council's bus budget had fallen by 18% in real terms since 2022. “These are decisions nobody in this room wanted to make,” she said.",
     ["The 562 costs the council £186,000 a year to subsidise and carried an average of 41 passengers a day last year, according to a report to the cabinet.", "The report said the service would run on Tuesdays, Thursdays and Saturdays, the days with the most passengers.", "Cllr Heledd Castellyn-Rhydwen, the cabinet member for transport, said at the meeting that the council's bus budget had fallen by 18% in real terms since 2022.", "“These are decisions nobody in this room wanted to make,” she said."]),
    ("n69-coop-members-petition-question", "Llais Tawelan is owned by its readers. Stories like this one take days to report. Become a member today.\nA petition to keep the daily service, started by the Llanfaelon community council, had 1,063 signatures by Thursday.\nMorfudd Talcoed, 81, who does not drive, said she takes the 562 to the surgery in Pentrewern and to the Thursday market. “If I'm poorly on a Monday, what do I do, wait until Tuesday?” she said.\nDr. Anwen Llanwarne-Garnett, a partner at Pentrewern Medical Practice, said 212 of its patients live in the upper valley and about a third of them are over 75.",
     ["Llais Tawelan is owned by its readers.", "Stories like this one take days to report.", "Become a member today.", "A petition to keep the daily service, started by the Llanfaelon community council, had 1,063 signatures by Thursday.", "Morfudd Talcoed, 81, who does not drive, said she takes the 562 to the surgery in Pentrewern and to the Thursday market.", "“If I'm poorly on a Monday, what do I do, wait until Tuesday?” she said.", "Dr. Anwen Llanwarne-Garnett, a partner at Pentrewern Medical Practice, said 212 of its patients live in the upper valley and about a third of them are over 75."]),
    ("n69-coop-am-report-note-comments", "Aled Brynmor-Jukes, 16, who catches the 7.25am bus to the sixth form in Pentrewern, said six students from Llanfaelon use it every school day. “Mam will have to drive me, and she starts work at 7,” he said.\nThe council's scrutiny committee will look at the decision at 10.30am on March 24 in the council chamber.\nHow we reported this story: our member-reporter attended Tuesday's cabinet meeting and spoke to passengers on the 562 on Wednesday and Thursday.\nThis story was funded by members' subscriptions and a grant from the Tawelan Community Fund.\nMembers' comments (3)\nGlenys W. · Llanfaelon\nThree days is better than none. But who chose Tuesday?\nAnnual General Meeting: Saturday 28 March, 2pm, Neuadd Goffa, Llanfaelon. All members welcome.",
     ["Aled Brynmor-Jukes, 16, who catches the 7.25am bus to the sixth form in Pentrewern, said six students from Llanfaelon use it every school day.", "“Mam will have to drive me, and she starts work at 7,” he said.", "The council's scrutiny committee will look at the decision at 10.30am on March 24 in the council chamber.", "How we reported this story: our member-reporter attended Tuesday's cabinet meeting and spoke to passengers on the 562 on Wednesday and Thursday.", "This story was funded by members' subscriptions and a grant from the Tawelan Community Fund.", "Members' comments (3)", "Glenys W. · Llanfaelon", "Three days is better than none.", "But who chose Tuesday?", "Annual General Meeting: Saturday 28 March, 2pm, Neuadd Goffa, Llanfaelon.", "All members welcome."]),
]  # fmt: skip
