"""Seventy-second held-out set of hand-labelled pages for the hint engines (held out, round forty-three): never tuned on.

Twelve WHOLE pages, head to tail, pasted from the browser as a newsroom reviewer would paste them,
from twelve countries (New Zealand, Nigeria, Canada, Jamaica, Australia, India, Namibia, Ireland,
the United States, Kenya, Pakistan and the Philippines), one ordinary kind of page each, in the
styles issue 13 names: a NATIONAL NEWS SITE's health page with cookie, paywall and newsletter
blocks (New Zealand, Nelson), a WIRE story on the agency's own site with its bracketed credits line
(Nigeria, Lagos), a LOCAL WEEKLY's bridge-closure story (Canada, New Brunswick), a SPORTS report of
a schoolboy cup final with a match box (Jamaica, Kingston), a SCIENCE story on a heat study with a
journal reference (Australia, western Sydney), a LIVE BLOG of a municipal counting day with time
stamps (India, Nashik), a Q&A INTERVIEW with name prefixes (Namibia, Kunene Region), a corporate
PRESS RELEASE on a newswire site (Ireland, Galway), an OPINION COLUMN on bus cuts (the United
States, the Dayton area of Ohio), a COURT report of a graft sentence (Kenya, Nairobi), a BUSINESS
RESULTS story on a sugar mill (Pakistan, Karachi) and a WEATHER/EMERGENCY update on a typhoon (the
Philippines, Eastern Visayas). Each page carries its site's own furniture, worded its own way, at
the head, in the middle and at the tail: mastheads, menus, section labels, bylines, date and update
lines, share strips, captions' credits, cookie notices, paywalls, newsletter and app lines, related
links, bios, footers and legal lines, every one its own paragraph. The speakers are of every kind:
ministers, officials, a regulator, a returning officer, a magistrate, a prosecutor and a defence
lawyer, police and a governor, chief executives, analysts, unions and associations, a council, a
school district, an airline and a cooperative kept as written, documents through "according to"
("the order", "the accounts", a rider survey, an annual report, a journal study), interviewees in a
Q&A, farmers, riders, a fisherman and a retiree, groups as written ("Senior doctors",
"Researchers", "Forecasters", "Some farmers", "A coalition of consumer groups"), and those that
declined or did not respond. The figures come in eleven currencies (New Zealand, Canadian,
Jamaican, Australian, Namibian and US dollars, naira, euros, Indian and Pakistani rupees and Kenyan
shillings), with decimals, percentages, tonnes, km/h, degrees and seat counts.

The pages hold 533 sentences: 238 "B", 171 "W" and 124 ""; 171 sentences carry a speaker (89
distinct speakers). `STYLES` describes each page, its story, its speakers and its furniture in
order.

The splits are hard on every page. Abbreviations that end a sentence before a capital: "Ltd."
before "Registered office", "6:55 a.m." before "Parents", "N.B. E7M 1K5." before "© 2026 Upper
Valley Press Inc." before "All rights reserved.", "Co. Ltd.", "Plc.", "DAC.", "Co." and "Corp."
before "All rights reserved.", "Pvt. Ltd." before "All Rights Reserved.", "(Pty) Ltd." before
"Reproduction", "Kilcornan Build Ltd." before "Work", "in the U.S." before "That", "600 Longworth
St." before "Riders", "(Pvt.) Ltd." before "It exported", "around 5 p.m." before "Then",
"Cooperative Inc." before "The cooperative", "(Fig. 3)." before "The paper", "Media Group." before
"P.O. Box"; and at a paragraph's end "(p < 0.001).", "as of 3 p.m." and "ABN 38 612 004 719.".
Abbreviations that do not end one: "Devices Ltd., a maker", "Co. 200 million", "Co., said", "Jan.
1", "U.S. dollar", "Nov. 18,", "No. 4417", "Main St. to", "2-1 a.e.t. in", "St. Elfric's", "5:30
a.m. every", "vs. about", "(i.e. for", "et al.", "Dr. S.V. Kharkhanis-Pillaimuthu", "Ward No. 31,",
"Ranvijay A. Jadhav-Fereirinha", "Dec. 1, 2026 /Brightquay/ --", "Surgical, Inc. (NYSE: TASG)",
"Surgical, Inc. is", "St. Paul, Minn., with", "U.S. Private", "the No. 7 at 5:40 a.m. don't", "Jr.,
a retired", "Sen. Hallward", "4 p.m. Dec. 10", "Dec. 2, 2019,", "Case No. E019 of 2023,", "Rs.
19.62 from Rs. 14.31.", "(Pvt.) Ltd. said", "approx. 410,000", "Ma. Threzel", "Signal No. 4", "11
a.m. on", "5 a.m. Thursday", "Gov. Aurelito", "Brgy. Sto. Niño,". Questions and exclamations inside
quotes followed by their attribution ("...this?” she asked.", "...more?" she asked.", "“Eleven
years!” said ...", "“Nashik has spoken!” he said, ...", "...six years?” she asked."), quoted
sentences standing after their attribution, short quoted sentences ("“The nurses were wonderful.
The building isn't,” she said." as two), ellipses before lower case, brackets, a one-word answer
"No." and turns such as "Already a member? Log in", "Print subscriber? Activate your digital
access", "Have a story? Email ..." and "Want to respond? Send ..." as two sentences each.

Written from scratch for issue 13 in round forty-three, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened
or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no `hint_scores.py` was
opened, nothing under `tests/benchmarks/` was opened or listed, and no README was read;
`claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The search and
fetch tools were not used, and nothing was copied from anywhere. What was read: the brief
(`/tmp/brief` was listed; it held only the brief); `/tmp/sets` was listed once at the start, when
it was empty; the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); from `labelled_new99.py` and `labelled_new100.py`, the output of a script of
my own using `ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES`
and the first eight `CASES`: printed once (the tool cut its middle), then saved to a file in a
scratch folder and printed with `sed` in ranges, one range of long lines through `cut -c1-3000`, so
that all of it was seen; `def build` in `tests/text/labelled_articles.py` (its line number by `grep
-n`, then a `sed` range); and the `[tool.ruff]` tables of `pyproject.toml` (their line numbers by
`grep -n`, then a `sed` range). No other page, case or docstring of any file under `tests/` was
read. What was run: a Python one-liner printing the calendars of November and December 2026; `ruff
--version` from the project's `.venv`; scripts of my own in a scratch folder that turn a small line
format (flag, speaker alias and cue, text; a leading "+" continues a paragraph) into the literals
below, apply renames, cut the split cases out of the pages, and count sentences, flags and speakers
while checking that every speaker has a cue and every cue a speaker and no "B" line has a speaker;
a scan of every sentence for a stop followed by a capital, read by eye to make sure no line held
two sentences by mistake; whole-word, case-insensitive per-word file counts (`grep -rilwF
--include='*.py' -- WORD tests | wc -l`) over `tests/` for every capitalised word of these pages
and of `STYLES` (each part of a hyphenated name on its own), for every candidate replacement and
for the lower-case e-mail names and handles; an import of this file with `build` (its few lines
copied into the script) on every page and a check of four string fields, flags, 30 distinct case
ids, every case text in a built page and equal to its sentences joined by single spaces, each
expected sentence one labelled sentence, and the counts above; and `ruff format` and `ruff check`
on this file with `--config` pointing at the project's `pyproject.toml`, the check also through
`--stdin-filename tests/text/labelled_heldout72.py` so the per-file ignores for `tests/**` apply.
Only counts were read from the word searches, never the matched lines or file names; they ran
through every file under `tests/`, including ones this set must not open. The first draft's coined
people, outlets, firms, schools, parties and places hit about 180 words of other files (given names
and surnames of every country, such as Rosalind, Tobias, Marguerite, Colleen, Darnell, Fenella,
Mereana, Hinemoa, Folasade, Aurelio, Whitmore, Okafor, Osei, Lindqvist, Ferreira, and coinages such
as Kahurangi, Corella, Ferncliff, Carradine, Coolabah, Kurrajine, Mwangaza and Okpanam); each was
renamed, about 190 first candidate replacements were counted (62 of them hit, most in a single
file), then 66 more (21 hit) and 40 more (14 hit), and only replacements with no hit were kept; a
last full recount found one more (Tsafe, renamed) and one e-mail name (renamed). What still hits is
real places and regions (Aotearoa, Te Ao Māori, Nelson, Tasman, Wellington, Lagos, Abuja, Ikeja,
Saint John, New Brunswick, Kingston, Montego Bay, Manchester, Sydney, Mount Druitt, Nashik,
Maharashtra, Deccan, Kalahari, Windhoek, Frankfurt, Galway, Athlone, St. Paul, Minn., Ohio, Dayton,
Kettering, Salem Avenue, Nairobi, Kajiado, Mombasa, Karachi, Punjab, Rahim Yar Khan, Tacloban,
Samar, Leyte, Catarman, Sibuyan, Visayas and Visayan), common words (Build, Cane, Canopy, Cement,
Distillery, Hydro, Estates, Marina, Specialists, Heat, Habitat, Gazette, Ledger, Lantern, Monitor,
Sentinel and the like), currency, market and unit tokens (Rs, Sh84m and the other shilling figures,
KSE, USD, NYSE, FY26, FY27, K5 of a postcode), and titles and abbreviations kept or dropped on
purpose (Dr, Sen, Gov, Jr, TD, MLA, MP, CEO, CFO, Ma, Brgy, Sto, St, Minn, Ltd, Pty, Pvt, Plc, Inc,
Co, Corp, DAC, ABN).

Every person, outlet, wire agency, newswire, site, firm, brokerage, distributor, cooperative,
airline, school, cup, shield, board, association, forum, party, university, institute, journal,
council, conservancy, village, road, bridge, typhoon, case number and figure is invented. Real
countries, regions, cities and institutions appear only as settings: New Zealand, Nelson, Tasman,
Richmond, Wellington, Tory St and Parliament; Nigeria, Lagos, Abuja, Ikeja, Benue, Ghana, Kenya and
the Federal High Court; Canada, New Brunswick, the Saint John River, Woodstock and Connell St.;
Jamaica, Kingston, the National Stadium, Montego Bay and Manchester; Australia, Sydney, Mount
Druitt and the Australian Research Council; India, Maharashtra, Nashik, Panchavati, Satpur, College
Road, the BNSS and the State Reserve Police Force; Namibia, the Kunene Region, Opuwo, Windhoek,
Germany and Frankfurt; Ireland, Galway, Parkmore West, Athlone, the United States, St. Paul, Minn.,
the NYSE, the FDA and the U.S. Private Securities Litigation Reform Act of 1995; the United States,
Ohio, the Miami Valley, Salem Avenue, Trotwood and Kettering; Kenya, Nairobi, Kajiado County,
Kitengela, Mombasa, the Milimani Law Courts and the Act's name; Pakistan, Karachi, Punjab, Rahim
Yar Khan, the Pakistan Stock Exchange and the KSE-100; the Philippines, Eastern Visayas, Eastern
Samar, Samar, Leyte, Biliran, the Dinagat Islands, Tacloban, Borongan, Guiuan, Catarman, the
Sibuyan Sea, the Philippine Area of Responsibility, the Office of Civil Defense, the Coast Guard
district and the Department of Education's regional office. Facebook, X, WhatsApp and Telegram
appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines, so every masthead, strip, menu, label, byline, date line, caption, credit,
button row, link, list item, box line and legal line is a paragraph of its own, and a line without
a final stop is a paragraph of its own: a button line such as "Already a member? Log in" is one
line, so one paragraph of two sentences); each paragraph a list of sentences `(text, speaker, cue,
flags)`, flags "W", "B" or "". The points the recent sets state hold too: furniture "B" line by
line, whatever it says (paywall prices, a bio's years, a disclosure); a caption by its content and
its credit "B"; headlines and standfirsts never split and flagged by content, a standfirst's group
kept as written ("Senior doctors say", "Researchers say", "Forecasters say"); a dateline belongs to
its lead sentence; a speaker is the full name as first given without titles (a pronoun, later
surname, role or title resolves to it); an organisation's later generic noun kept as written ("The
agency", "The department", "The board", "The authority", "The company", "The cooperative"); "X ...,
the airline said" keeps "the airline" as written; "according to X" gives X as written; a quote over
several sentences or paragraphs carries its speaker and cue in each, and a quoted sentence standing
after its attribution carries "said"; a named person acting without a verb of saying has no
speaker; "B" lines never have a speaker; match-box data lines "" and the box's title "B"; a journal
reference line one "B" sentence; "declined to comment" and "did not respond to a request for
comment" "".

Conventions this set had to settle, in the same spirit:

* Wire credits in brackets, "(Reporting by ...; Writing by ...; Editing by ...)", are ONE "B"
  sentence, like the dash form of the recent sets; "Our Standards: The Zariba Trust Principles."
  and "Purchase Licensing Rights" are "B"; a headline ending "regulator says" carries the regulator
  as the lead names it ("Nigeria's power sector regulator", kept as written since it has no proper
  name).
* Q&A with name prefixes: the interviewer's turns ("SENTINEL: ...") carry no speaker unless they
  cite a source ("The environment ministry says" "W"; "Some farmers have said" ""); the first
  answer opens with the full name in capitals and later ones with the surname, and every sentence
  of an answer carries the interviewee with the prefix as written as cue; "No." is its own ""
  sentence.
* Press release on a newswire site: "NEWS PROVIDED BY", the company line, the release date line,
  the "About ..." boilerplate (even with years and staff counts), "Forward-looking statements", the
  media contact lines, the "SOURCE ..." line and the site's promotion are "B"; the release's own
  body is story text: the company's announcement in the dateline lead carries the company
  ("announced", "W"), decisions and figures of record "W", recruitment and trial plans "".
* Opinion column: the columnist's own voice carries no speaker; her checkable statements (a plan
  before the board, budget shares, survey figures, a fare unchanged since 2014) are "W", her
  scenes, opinions, questions and advice ""; a rider's account to her carries "told me".
* Live blog: time stamps ("7:42 PM IST"), "LIVE", "Key Highlights", "Edited by" and "Load More" are
  "B"; highlights and entry headlines are labelled by content, an entry headline with "says"
  carrying the person its entry names.
* Court: the magistrate finding, sentencing and ordering without a verb of saying has no speaker
  ("W"); "The court heard that ..." has no speaker ("W"); the magistrate's quoted findings are "W";
  the defence's plea ("pleaded") and an appeal plan are "".
* Emergency page: the update label with its time, an EMERGENCY HOTLINES box (title and every line),
  a donation line and a "With reports from" line are "B"; an order by a governor acting without a
  verb of saying has no speaker ("W"); forecasts of landfall and track are "".
* Titles dropped from speakers: Health Minister, Dr, emergency physician, Nelson MP, Power
  Minister, director-general, Department spokesperson, Mayor, Fire Chief, Area MLA, coach, Captain,
  Lead author, Co-author Associate Professor, Professor, Returning officer Dr., city president,
  unit chief, Deputy Commissioner of Police (Zone 1), chief executive, Minister for Enterprise,
  Tourism and Employment, TD (after the name), head of life sciences, CEO, Board chairman, State
  Sen. (and "R-Kettering"), Chief Magistrate, Prosecution counsel, Defence lawyer, Chief financial
  officer, president, Weather specialist, Gov. and fisherman; "Jr." and the particle "arap" stay,
  and so do initials ("S.V.", "A.").

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of one
to four consecutive sentences of one paragraph of these pages joined by single spaces: what a
reviewer wants, not what the engine does.
"""

STYLES = [
    'New Zealand national news site\'s health page (Nelson), pasted whole: a new acute hospital building delayed to 2031 and its cost up to $1.14b; a three-sentence cookie block and a button row, menu, section label with ›, headline of record, a standfirst with Senior doctors say (""), byline with role, a date-and-Updated strip, share row, a caption of record and Photo: credit with a slash; the lead naming the health minister last with said, his surname later with told reporters ("W") and a two-sentence quote (""); the project\'s budget history in the writer\'s voice; a members\' paywall block mid-story (label, two sentences with prices, "Already a member? Log in" as two "B" sentences); a doctors\' association said ("W") and its delegate after her role and Dr (a report of corridor care "W", a question with she asked and an ellipsis quote ""); a Related link; according to the health agency\'s annual report; the opposition MP said in a statement ("") and She said ("W"); A spokesperson for the health agency said ("W") and The agency declined to comment; a newsletter line and a Sign up button; a retiree\'s own night on a trolley and a quote of two short sentences (""); census growth "W"; the minister\'s visit plan ""; tags, a two-sentence bio, a comments-closed line, a links strip and a trading-name line split at "Ltd." before "Registered office".',
    'Nigerian story on a WIRE agency\'s own site (Lagos and Abuja): the power regulator raises the top-band tariff by 18%; agency name, menu, section label with ›, headline with regulator says carrying the regulator as the lead names it, two-name byline, date line with GMT+1 and Updated, caption "" and agency/photographer credit, Purchase Licensing Rights; a "LAGOS, Dec 2 (Zariba) -" dateline lead whose speaker is "Nigeria\'s power sector regulator" through it said, according to the order with "Jan. 1", band figures in the writer\'s voice, the regulator\'s chairman after his role with told reporters ("W") and a straight-quoted quote (""), the power minister said ("W"), a manufacturers\' association said ("W") and its director-general (a plan "" and a question with she asked ""); a newsletter line with "Sign up here."; analysts said in a note (a could-hedge ""), the statistics bureau said ("W"), "U.S. dollar" mid-sentence; a fine on a distributor ending "Co." before a figure (no split) and the biggest distributor ending "Co.," with said, its spokesman named after the claim; A coalition of consumer groups said (a plan "") and The power ministry did not respond; the credits in brackets "(Reporting by ...; Writing by ...; Editing by ...)" as one "B" sentence, a standards line, licensing link, Read Next list, a two-sentence quotes-delay note and a copyright split at "Plc.".',
    'Canadian LOCAL WEEKLY\'s page (a village in the upper Saint John River valley, New Brunswick): the province closes a 1958 truss bridge and leaves a 27-km detour; masthead, tagline, account strip with pipes, a three-sentence cookie notice and its button, menu, section label with a slash, headline of record, byline name alone, Published line with "Nov. 25," and read time, caption "" and Photo by credit; the lead through the province\'s transportation department said, "structure No. 4417" mid-sentence, the department spokesperson said in an email ("W"; then a could-plan "" and a capital plan of record "W"), the detour in the writer\'s voice, the mayor told council ("W") and a quote followed by a second quoted sentence AFTER its attribution (both ""); Advertisement; The regional school district said with "6:55 a.m." ending a sentence before "Parents" ("W"), the fire chief with Fire Chief dropped and "Main St." mid-sentence ("W" twice); a paywall block with a price and "Print subscriber? Activate your digital access" as two "B" sentences; a dairy farmer on a weight limit ("W") and his two-sentence quote (""), The department said ("W"), the area MLA said ("W"), a council vote "W"; a Related link, a funding note, a two-sentence bio with phone and email, a sign-in line and a publisher line with "Inc., 88 Connell St., Woodstock, N.B. E7M 1K5." before a copyright split at "Inc." and "All rights reserved."',
    'Jamaican daily\'s SPORTS page (Kingston): a schoolboy football cup final won in extra time; masthead, date-and-weather strip in capitals, menu in capitals, section label with a pipe, headline and standfirst of record, byline with a slash, Posted line with "a.m.,", a caption of record and PHOTO credit in brackets; the result with "2-1 a.e.t. in front of" (no split), scorers and minutes "W"; the winning coach named after his exclamation (“Eleven years!” said ...) and a second quoted sentence after the attribution with "5:30 a.m." (both "", a coach\'s account of his squad\'s routine), He said (a title count "W"); the losing coach ("robbed" ""), his question with he asked and a plan ""; the competitions board said in a statement (receipts "W") and The board said ("W"); ADVERTISEMENT and ALSO READ mid-report; the captain\'s ellipsis quote with surname said ("") and The 18-year-old said (goals "W"); a goalkeeper\'s injury with the school named as the speaker and "it said" resolved to it; the next fixture ""; a MATCH DETAILS box (title "B", two score lines with minutes and "pen.)", referee and attendance lines "" data); a data-page line, "Have a story? Email ..." as two "B" sentences and a copyright split at "Co. Ltd." before "All rights reserved."',
    'Australian SCIENCE news site (western Sydney): a study links low tree canopy to hotter suburbs and more heat-related ambulance call-outs; site name, tagline, menu, section label with a slash, headline of record, a standfirst with Researchers say (""), byline, date with read time, a Key points box (label "B", two points "W", one carrying The authors say as a forecast ""), caption "" and Supplied: credit; the lead through according to a study published in a journal, the team\'s method "W", the lead author with Dr dropped (a comparison with "vs." mid-sentence "W", an ellipsis quote ""), a finding with "(i.e. ...)" and "(Fig. 3)." and The paper says with "(p < 0.001)." ("W"), the co-author with Associate Professor dropped (a caution and a quote ""), The authors write ("W"); Advertisement and a Related link; an outside epidemiologist not involved in the study (praise "" and a question with he asked ""); a city council said ("W") and A council spokesperson said (a plan ""); a resident\'s own power bill and quote (""); a journal reference line with "et al." as one "B" sentence; a Disclosure label with a funding line and an interest line, a republishing block, a newsletter line, a charity line with "ABN ...", copyright and a links strip.',
    'Indian English daily\'s LIVE BLOG of a municipal corporation\'s counting day (Nashik, Maharashtra), newest entry first: masthead, edition strip with a caret, menu, section label with ›, LIVE label, headline of record, Edited by line, Updated line with IST, a WhatsApp line, Key Highlights label and three highlights "W"; time stamps in the "7:42 PM IST" style "B"; entry headlines by content (a final tally "W", "Water first, says ..." carrying the party\'s city president ""); the returning officer with "Dr. S.V." (title dropped, initials kept) and "Ward No. 31" ("W") followed by a sign-off ""; the city president told supporters (a promise ""), his exclamation with he said ("") and He said (seats "W"); the losing party\'s chief said in a statement ("W"), her question with she asked in the statement ("") and She said (complaints "W"); the police deputy commissioner with a middle initial "A." and a section of the BNSS ("W" twice); tallies and the corporation\'s budget in crore "W"; the first winner after "Ward No. 4 (Panchavati)," and her quote ""; the district administration said with "8 am" ("W"), a scene ""; Advertisement, Load More, a catch-all line and a copyright split at "Pvt. Ltd." before "All Rights Reserved."',
    'Namibian weekly\'s Q&A INTERVIEW (Kunene Region) with a conservancy chair on elephants, drought and compensation, with name prefixes: masthead, two-town weather and exchange-rate strip, menu with pipes, section label, headline with says carrying the chair ("W"), standfirst "", Interview by byline, date, caption "" and Photo: credit, an intro of record in the writer\'s voice, an edited-for-clarity note "B"; the interviewer\'s turns open "SENTINEL:" and are "" except one citing a source (The environment ministry says, "W") and one citing Some farmers have said (""); the first answer opens with the full name in capitals and later ones with the surname ("KASUTO-HENGARI:"), and every sentence of an answer carries the chair with the prefix as cue: "No." as its own "" sentence, damage, prices in N$ with commas, losses, a request in May, tourism income and bookings, walls and game guards "W"; ellipses before lower case, "5 p.m." ending a sentence before "Then", demands and hopes ""; Advertisement and an Also read link mid-interview; the editor\'s bio, an e-paper price line and a copyright split at "(Pty) Ltd." before the reproduction line.',
    'Irish corporate PRESS RELEASE on a newswire distribution site (Galway): a medtech maker adds 240 jobs in a €68 million expansion; site name, menu with pipes, a two-sentence cookie notice and buttons, NEWS PROVIDED BY with the company line and a date line "B"; headline of record and a subhead plan "" with "U.S. markets"; a "GALWAY, Ireland, Dec. 1, 2026 /Brightquay/ --" dateline lead whose speaker is the company ending "Ltd.," through announced ("W"); the investment, roles and staff numbers in the release\'s own voice "W"; "Kilcornan Build Ltd." ending a sentence before "Work on site"; the chief executive named after her quote (opinion "") and a continuing quote paragraph (a CE-mark fact "W" and "U.S. clinical trials" plan ""); the minister with TD after the name and a colon-introduced quote (praise "", employment figure "W"); the investment agency\'s head named after a quote ("W") and a continuing quote (""); recruitment plan ""; "About" boilerplate of both companies with "Surgical, Inc. (NYSE: TASG)" and "Surgical, Inc. is ... St. Paul, Minn., with", forward-looking statements with "U.S. Private Securities Litigation Reform Act of 1995.", media contact lines, SOURCE line, a promotional line, links and a copyright split at "DAC.".',
    'American regional newspaper\'s OPINION COLUMN (Dayton area, Ohio): a columnist argues against cutting 11 bus routes; masthead, subscription strip, menu, OPINION and COLUMN labels, headline and subhead "" (with "No. 7 at 5:40 a.m." mid-sentence), byline with a pipe, Published line with "a.m. ET Nov. 29," and an opinions note "B"; the columnist\'s scene-setting and opinions "" and her checkable statements (the plan, shares of the budget, survey figures, the fare since 2014) "W" with no speaker; The authority says and The authority estimates ("W"); the transit CEO told the board ("W") and her quote (""); the board chairman with "Jr.," mid-sentence (a quoted phrase ending inside the quote, ""); according to the authority\'s own 2025 rider survey; "in the U.S." ending a sentence before "That is"; a paywall count and price; a rider told me (her own walk "") and a second quoted sentence after its attribution; a state senator with "Sen." and "R-Kettering," ("W"); A spokesperson for the authority said ("W"); "600 Longworth St." ending a sentence before "Riders"; a bio with email and X handle, "Want to respond?" and its instruction, a copyright split at "Co." before "All rights reserved." and a links strip.',
    'Kenyan daily\'s COURT story (Nairobi, Kajiado County): a former county water chief officer jailed for seven years over undelivered tanks; masthead, date strip with pipes, menu, section label, headline and standfirst of record, byline, Published on line with EAT, share line, caption "" and bracketed credit; the lead and the magistrate\'s findings with Chief Magistrate dropped and no verb of saying ("W"), The court heard (no speaker, "W"), the prosecution counsel told the court ("W" with "Dec. 2, 2019,"), the magistrate\'s two-sentence quote ending "the magistrate said" and She said (all "W", findings), the directors\' sentences "W"; the defence lawyer with "arap" kept in his name (a plea with pleaded and an appeal plan ""); RELATED link; "Anti-Corruption Case No. E019 of 2023," mid-sentence "W"; the anti-graft commission said ("W") and It said (a plan ""); the law\'s bar "W"; ADVERTISEMENT; The Kajiado County government said ("W"); X bail and appeal period "W"; an app line, a bio, a links strip and a copyright line split before "P.O. Box 30412-00100, Nairobi."',
    'Pakistani business daily\'s RESULTS story (Karachi): a sugar mill\'s annual profit up 37%; masthead, a market strip with KSE-100, USD/PKR and gold in "Rs.", menu with pipes, section label with ›, headline and standfirst of record with "Rs. 2.84bn" and "Rs. 6", byline Our Correspondent, Published line, a listen line; a "KARACHI:" dateline lead naming the firm ending "Ltd." mid-sentence with the company said ("W"), EPS with "Rs. 19.62 from Rs. 14.31." and The board announced ("W"), according to the accounts, a subsidiary ending "(Pvt.) Ltd." before "It exported" ("W"), the CFO told analysts ("W") and his ellipsis quote (""), crushing figures "W"; analysts at a brokerage ending "(Pvt.) Ltd." with said in a note ("W") and They said (a could-hedge ""); Story continues below; a support price of record, the millers\' association said (a condition ""), a growers\' forum president said (dues "W") and his question with he asked (""), The company said ("W"); the share price and volume with "vs." and "approx." "W"; a disclaimer, a WhatsApp line, a More in Corporate list and a copyright line with "(Pvt.) Ltd. 2026".',
    'Philippine regional daily\'s WEATHER/EMERGENCY update (Eastern Visayas): a typhoon brings Signal No. 4 and 148,000 evacuees; masthead, date-and-weather strip, menu with pipes, section label with a slash, an UPDATE 3 label with "5:10 p.m." "B", headline of record with "Signal No. 4", a standfirst with Forecasters say (""), a two-name byline with "Ma." (Maria) "B", Posted line with PHT, share line, caption "" and a courtesy credit in brackets; a "TACLOBAN CITY —" dateline lead whose speaker is the state weather bureau (the bureau said, "W") with "11 a.m." and "5 p.m." mid-sentence, the eye\'s position "W", the weather specialist (landfall "between 2 a.m. and 5 a.m. Thursday" a could-hedge, an ellipsis warning ""), signals "W", the regional civil defence office said ("W"), the governor with "Gov." acting (an order, no speaker, "W") and He told the Monitor ("W"), his two-sentence quote (a feeling "" and a death toll "W"); the Coast Guard district said, an airline kept as "the airline", a power cooperative ending "Inc." before "The cooperative said" (a plan ""), the education department\'s regional office said ("W"); a READ link; "Brgy. Sto. Niño," scene "", a fisherman named after his ellipsis quote and He said (his family ""); the season count "W" and the track forecast ""; an EMERGENCY HOTLINES box (title and three lines "B"), a donation line, a With reports from line, tags with "Signal No. 4" and a copyright split at "Corp." before "All rights reserved."',
]

ARTICLES = [
    # nz
    [
        [
            ("KAHUWAIORA NEWS", "", "", "B"),
        ],
        [
            ("Your privacy, your choice", "", "", "B"),
        ],
        [
            (
                "We and 38 advertising partners store and read small files on your device.",
                "",
                "",
                "B",
            ),
            (
                "Some are essential; others help us count readers and pay for our journalism through ads that fit your interests.",
                "",
                "",
                "B",
            ),
            (
                'Pick "Accept all" or set your own preferences, and change your mind any time under Privacy settings.',
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept all    Set preferences    Essential only", "", "", "B"),
        ],
        [
            (
                "Home   Aotearoa   World   Politics   Business   Health   Climate   Sport   Te Ao Māori   Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Health › Nelson Tasman", "", "", "B"),
        ],
        [
            (
                "Nelson Hospital's acute wing pushed back to 2031 as cost climbs to $1.14b",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senior doctors say the delay means two more winters of patients waiting in corridors",
                "Senior doctors",
                "say",
                "",
            ),
        ],
        [
            ("Ngāhuirangi Terekau-Whitcombery, Health Reporter", "", "", "B"),
        ],
        [
            ("12:48pm Thursday 26 November 2026 · Updated 3:05pm", "", "", "B"),
        ],
        [
            ("Share on Facebook    Share on X    Email this story    Copy link", "", "", "B"),
        ],
        [
            (
                "Nelson Hospital's main ward block opened in 1968 and was declared earthquake-prone in 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo: Kahuwaiora News / Lisiate Fonohema-Rainford", "", "", "B"),
        ],
        [
            (
                "A new acute services building at Nelson Hospital will not open until mid-2031, two years later than promised, and will now cost $1.14b, up from $716m, Health Minister Tūhoromai Hautapu-Kelsmore said on Thursday.",
                "Tūhoromai Hautapu-Kelsmore",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hautapu-Kelsmore told reporters at Parliament that about two-thirds of the increase came from construction inflation and the rest from a redesign to meet seismic rules tightened in 2024.",
                "Tūhoromai Hautapu-Kelsmore",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "“I'm not going to stand here and pretend that's good news for Nelson.",
                "Tūhoromai Hautapu-Kelsmore",
                "said",
                "",
            ),
            (
                "But the alternative was a building that would need strengthening again before it was even paid off,” he said.",
                "Tūhoromai Hautapu-Kelsmore",
                "said",
                "",
            ),
        ],
        [
            (
                "The project was first approved in 2021 at $487m; its budget was raised in 2023 and again in March 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It is meant to hold 158 beds, four operating theatres and a 32-bay emergency department.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("KAHUWAIORA+ MEMBERS", "", "", "B"),
        ],
        [
            (
                "This story is free to read, but our health desk is paid for by readers like you.",
                "",
                "",
                "B",
            ),
            ("Join from $2.50 a week for your first 12 weeks, then $6.99 a week.", "", "", "B"),
        ],
        [
            ("Already a member?", "", "", "B"),
            ("Log in", "", "", "B"),
        ],
        [
            (
                "The Hospital Specialists' Association, which represents about 5,200 senior doctors, said Nelson's emergency department had run above 95 per cent bed occupancy on 211 days in the past year.",
                "The Hospital Specialists' Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its Nelson delegate, emergency physician Dr Mereahine Paikea-Sorvald, said patients had been treated on trolleys in corridors on most nights in July and August.",
                "Mereahine Paikea-Sorvald",
                "said",
                "W",
            ),
            (
                "“How many more winters are we supposed to do this?” she asked.",
                "Mereahine Paikea-Sorvald",
                "asked",
                "",
            ),
            (
                "“We examine people behind a curtain on wheels... that's not a hospital, that's a waiting room,” she said.",
                "Mereahine Paikea-Sorvald",
                "said",
                "",
            ),
        ],
        [
            ("Related: Richmond after-hours clinic to close on Sundays from December", "", "", "B"),
        ],
        [
            (
                "The emergency department saw 61,470 patients in the year to June 30, up 9 per cent on 2023, according to the health agency's annual report.",
                "the health agency's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Nelson MP Hinekōwhai Strathvarrie-Quensel, whose party is in opposition, said in a statement that the region had been “strung along for five years”.",
                "Hinekōwhai Strathvarrie-Quensel",
                "said in a statement",
                "",
            ),
            (
                "She said $73m had been set aside for early works in 2023 and that only $19m of it had been spent.",
                "Hinekōwhai Strathvarrie-Quensel",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the health agency said early works, including a 240-space car park, had begun in September and had cost $21.6m so far.",
                "A spokesperson for the health agency",
                "said",
                "W",
            ),
            (
                "The agency declined to comment on which parts of the design had changed.",
                "The agency",
                "declined to comment",
                "",
            ),
        ],
        [
            ("The 6am Brief: what you need to know before the kettle's boiled.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "Richmond retiree Norelle Masterby-Ngāwhaoa, 74, said she spent 19 hours on a trolley in a corridor in August after breaking her wrist in a fall.",
                "Norelle Masterby-Ngāwhaoa",
                "said",
                "",
            ),
            ("“The nurses were wonderful.", "Norelle Masterby-Ngāwhaoa", "said", ""),
            ("The building isn't,” she said.", "Norelle Masterby-Ngāwhaoa", "said", ""),
        ],
        [
            (
                "Nelson Tasman's population grew by 11.2 per cent between the 2018 and 2023 censuses, against 6.3 per cent nationally.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hautapu-Kelsmore said he would visit Nelson next week to meet clinicians and the hospital's community advisory group.",
                "Tūhoromai Hautapu-Kelsmore",
                "said",
                "",
            ),
        ],
        [
            ("Tags: Health · Nelson Tasman · Hospitals · Infrastructure", "", "", "B"),
        ],
        [
            (
                "Ngāhuirangi Terekau-Whitcombery covers health for Kahuwaiora News from Wellington.",
                "",
                "",
                "B",
            ),
            ("She spent six years in our Nelson bureau before that.", "", "", "B"),
        ],
        [
            ("Comments are closed on this story.", "", "", "B"),
        ],
        [
            (
                "About us | Contact the newsroom | Complaints | Advertise | Privacy | Terms of use",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Kahuwaiora News is a trading name of Kahuwaiora Media Group Ltd.", "", "", "B"),
            ("Registered office: Level 4, 22 Tory St, Wellington 6011.", "", "", "B"),
        ],
    ],
    # ng
    [
        [
            ("ZARIBA", "", "", "B"),
        ],
        [
            (
                "World   Business   Markets   Energy   Commodities   Africa   Technology   Video",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Energy › Power", "", "", "B"),
        ],
        [
            (
                "Nigeria raises top-band power tariff 18% as subsidy arrears mount, regulator says",
                "Nigeria's power sector regulator",
                "says",
                "W",
            ),
        ],
        [
            ("By Chinonyelum Abiodunmi-Kayodele and Terhemba Ugwunneka-Dasilva", "", "", "B"),
        ],
        [
            ("December 2, 2026 5:12 PM GMT+1 · Updated 3 hours ago", "", "", "B"),
        ],
        [
            (
                "A technician repairs a distribution line in Ikeja, Lagos, Nigeria, November 18, 2026.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Zariba/Oluwadarasimi Fashakindu-Obioranu", "", "", "B"),
        ],
        [
            ("Purchase Licensing Rights", "", "", "B"),
        ],
        [
            (
                "LAGOS, Dec 2 (Zariba) - Nigeria's power sector regulator raised the tariff for its top band of electricity customers by 18% on Wednesday, to 247.20 naira ($0.16) per kilowatt-hour from 209.50 naira, it said in an order posted on its website.",
                "Nigeria's power sector regulator",
                "said",
                "W",
            ),
        ],
        [
            (
                "The new rate takes effect on Jan. 1 and applies to about 2.1 million Band A customers, who are promised at least 20 hours of supply a day, according to the order.",
                "the order",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Band A makes up roughly 15% of metered customers but about 40% of the energy sold by the country's distribution companies.",
                "",
                "",
                "W",
            ),
            (
                "Band A customers were moved to cost-reflective tariffs in April 2024, when their rate more than tripled.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The regulator's chairman, Olumuyide Danjumoke-Eleshin, told reporters in Abuja that the federal government owed generation companies about 4.1 trillion naira in unpaid subsidies at the end of October.",
                "Olumuyide Danjumoke-Eleshin",
                "told reporters",
                "W",
            ),
            (
                '"We cannot keep asking the treasury to pay for the electricity that the richest households consume," he said.',
                "Olumuyide Danjumoke-Eleshin",
                "said",
                "",
            ),
        ],
        [
            (
                "Power Minister Abdulmumuni Yakubaje-Tsafiru said in November that the government had paid 1.2 trillion naira of the arrears this year and would issue bonds to cover the rest.",
                "Abdulmumuni Yakubaje-Tsafiru",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ikeja Industrial Estates Association, which represents about 380 manufacturers in Lagos, said power and diesel now made up 38% of its members' production costs, up from 24% in 2023.",
                "The Ikeja Industrial Estates Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its director-general, Folasewa Ibekweru-Ransford, said some factories would move night shifts to weekends to cut their bills.",
                "Folasewa Ibekweru-Ransford",
                "said",
                "",
            ),
            (
                '"Who will buy a carton of noodles that costs 30% more?" she asked.',
                "Folasewa Ibekweru-Ransford",
                "asked",
                "",
            ),
        ],
        [
            ("Get the Africa Briefing newsletter every weekday.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            (
                "Analysts at Lagos-based Okpanuwe Securities said in a note that the increase could add about 0.4 percentage point to headline inflation in the first quarter of 2027.",
                "Analysts at Lagos-based Okpanuwe Securities",
                "said in a note",
                "",
            ),
            (
                "Headline inflation eased to 23.4% in October from 24.1% in September, the statistics bureau said last month.",
                "the statistics bureau",
                "said",
                "W",
            ),
            ("The naira has lost about 9% against the U.S. dollar since January.", "", "", "W"),
        ],
        [
            (
                "In October the regulator fined Benue Valley Electricity Distribution Co. 200 million naira for billing customers as Band A when they had received less than 20 hours of power a day.",
                "",
                "",
                "W",
            ),
            ("The fine was the largest since the sector was privatised in 2013.", "", "", "W"),
        ],
        [
            (
                "The biggest distributor in the commercial capital, Lagos Marina Power Distribution Co., said it had installed 46,000 prepaid meters for Band A customers since July.",
                "Lagos Marina Power Distribution Co.",
                "said",
                "W",
            ),
            (
                "About 31% of Band A customers on its network still receive estimated bills, said Adewuyibo Olatokunbosi-Reisman, a spokesman for the company.",
                "Adewuyibo Olatokunbosi-Reisman",
                "said",
                "W",
            ),
        ],
        [
            (
                "A coalition of consumer groups said it would ask the Federal High Court in Lagos to suspend the order.",
                "A coalition of consumer groups",
                "said",
                "",
            ),
            (
                "The power ministry did not respond to a request for comment.",
                "The power ministry",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "(Reporting by Chinonyelum Abiodunmi-Kayodele in Lagos and Terhemba Ugwunneka-Dasilva in Abuja; Writing by Terhemba Ugwunneka-Dasilva; Editing by Ifeyinwachi Okorocha-Mbadiweze and Rutendoishe Gwenzira-Hallsmere)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Standards: The Zariba Trust Principles.", "", "", "B"),
        ],
        [
            ("Acquire Licensing Rights, opens new tab", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            (
                "Ghana's cedi steadies after central bank sells $200 million to importers",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Kenyan tea auction prices slip for third week on weak demand", "", "", "B"),
        ],
        [
            ("All quotes delayed a minimum of 15 minutes.", "", "", "B"),
            ("See here for a full list of exchanges and delays.", "", "", "B"),
        ],
        [
            ("© 2026 Zariba News Agency Plc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # ca
    [
        [
            ("THE TIMBERLOCH WEEKLY", "", "", "B"),
        ],
        [
            ("Local news for the upper Saint John River valley since 1923", "", "", "B"),
        ],
        [
            ("Subscribe  |  e-Edition  |  Sign in", "", "", "B"),
        ],
        [
            ("We use cookies to run this site and to understand how readers use it.", "", "", "B"),
            ("By continuing, you agree to our use of cookies.", "", "", "B"),
            ("Details are in our privacy policy.", "", "", "B"),
        ],
        [
            ("Got it", "", "", "B"),
        ],
        [
            ("News  Community  Sports  Obituaries  Opinion  Classifieds  Contact", "", "", "B"),
        ],
        [
            ("News / Local", "", "", "B"),
        ],
        [
            (
                "Province closes 68-year-old Arvillard Brook bridge, leaving Corbinvale with 27-km detour",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Gaëtane Aucquelin-Thibaudeaux", "", "", "B"),
        ],
        [
            ("Published Nov. 25, 2026 • Last updated 9 hours ago • 3 minute read", "", "", "B"),
        ],
        [
            (
                "Concrete barriers block the east end of the Arvillard Brook bridge on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo by Gaëtane Aucquelin-Thibaudeaux/Timberloch Weekly", "", "", "B"),
        ],
        [
            (
                "The steel truss bridge that carries Arvillard Brook Road over the brook has been closed indefinitely after an inspection found corrosion in two of its main floor beams, the province's transportation department said Friday.",
                "the province's transportation department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The bridge, listed as structure No. 4417 in the provincial inventory, was built in 1958 and carries about 640 vehicles a day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Department spokesperson Lucienne Bourquelot-Kelsted said in an email that the inspection, done Nov. 18, found section loss of up to 40 per cent in the beams.",
                "Lucienne Bourquelot-Kelsted",
                "said in an email",
                "W",
            ),
            (
                "She said engineers were looking at whether a temporary modular bridge could be put in by spring.",
                "Lucienne Bourquelot-Kelsted",
                "said",
                "",
            ),
            (
                "A replacement is not in the department's five-year capital plan, she said.",
                "Lucienne Bourquelot-Kelsted",
                "said",
                "W",
            ),
        ],
        [
            (
                "Without the bridge, drivers on the east side of the brook have to go around by Route 105 and the Lisgarvie Road, a detour of 27 kilometres.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Corbinvale Mayor Ysaure Gallantin-Brissonnet told council Monday that 212 households and two dairy farms are on the far side.",
                "Ysaure Gallantin-Brissonnet",
                "told council",
                "W",
            ),
            (
                '"We found out the same way everyone else did, from a sign on the barrier," she said.',
                "Ysaure Gallantin-Brissonnet",
                "said",
                "",
            ),
            (
                '"Nobody from the department picked up a phone."',
                "Ysaure Gallantin-Brissonnet",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The regional school district said buses for 46 students now use the detour, with the morning pickup on Arvillard Brook Road moved to 6:55 a.m.",
                "The regional school district",
                "said",
                "W",
            ),
            ("Parents were told in a letter sent home Monday.", "", "", "W"),
        ],
        [
            (
                "Fire Chief Dorval Ouellardin-Briskett said the detour adds about 14 minutes for a truck leaving the station on Main St. to reach homes east of the brook.",
                "Dorval Ouellardin-Briskett",
                "said",
                "W",
            ),
            (
                "He said he had asked the neighbouring Lisgarvie fire department to answer calls on that side until the bridge reopens.",
                "Dorval Ouellardin-Briskett",
                "said",
                "W",
            ),
        ],
        [
            ("Subscribers only", "", "", "B"),
        ],
        [
            ("You've used up your free stories for November.", "", "", "B"),
            (
                "Subscribe for $3.99 a month and get the e-Edition, the puzzles and every local story.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe now", "", "", "B"),
        ],
        [
            ("Print subscriber?", "", "", "B"),
            ("Activate your digital access", "", "", "B"),
        ],
        [
            (
                "Dairy farmer Anselme Thibodard-MacAskiel, who milks 140 cows on the east side, said the milk truck cannot use the detour because of a 10-tonne limit on the Lisgarvie Road bridge.",
                "Anselme Thibodard-MacAskiel",
                "said",
                "W",
            ),
            (
                "\"If the truck can't get in every second day, I'm dumping milk.",
                "Anselme Thibodard-MacAskiel",
                "said",
                "",
            ),
            ('Simple as that," he said.', "Anselme Thibodard-MacAskiel", "said", ""),
        ],
        [
            (
                "The department said it had given the milk hauler a one-time permit to cross the Lisgarvie Road bridge while the weight limit is reviewed.",
                "The department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Area MLA Wendall Dufresneau-Oakmarsh said he had written to the transportation minister asking for a temporary crossing before the spring runoff.",
                "Wendall Dufresneau-Oakmarsh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Council voted 4-1 on Monday to ask the province for a meeting before Dec. 15.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related: Corbinvale council holds tax rate for 2027", "", "", "B"),
        ],
        [
            (
                "This reporter's position is funded in part by the federal government's local news program.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Gaëtane Aucquelin-Thibaudeaux covers Corbinvale, Lisgarvie and the upper valley.",
                "",
                "",
                "B",
            ),
            ("Reach her at 506-555-0193 or gaucquelin@timberlochweekly.ca.", "", "", "B"),
        ],
        [
            ("Sign in to join the conversation.", "", "", "B"),
        ],
        [
            (
                "The Timberloch Weekly is published by Upper Valley Press Inc., 88 Connell St., Woodstock, N.B. E7M 1K5.",
                "",
                "",
                "B",
            ),
            ("© 2026 Upper Valley Press Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # jm
    [
        [
            ("THE CAVALEY GAZETTE", "", "", "B"),
        ],
        [
            ("SUNDAY, DECEMBER 6, 2026 | Kingston 29°C", "", "", "B"),
        ],
        [
            ("HOME  NEWS  SPORTS  BUSINESS  ENTERTAINMENT  LETTERS  E-PAPER", "", "", "B"),
        ],
        [
            ("SPORTS | SCHOOLBOY FOOTBALL", "", "", "B"),
        ],
        [
            ("Fernholme end 11-year wait with Carrabyne Cup win in extra time", "", "", "W"),
        ],
        [
            (
                "Rattigale-Blackburne's 112th-minute header settles final as St. Elfric's lose their third final in four years",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Oraine Puseyton-Maclaren/Sports Writer", "", "", "B"),
        ],
        [
            ("Posted 12:14 a.m., Dec 6", "", "", "B"),
        ],
        [
            (
                "Fernholme College captain Kemarley Rattigale-Blackburne (centre) celebrates his winning goal in the 112th minute at the National Stadium on Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("(PHOTO: KERRIANNE LAWESBY-ABERNELL)", "", "", "B"),
        ],
        [
            (
                "Fernholme College won the Carrabyne Cup for the first time since 2015, beating St. Elfric's High 2-1 a.e.t. in front of 22,640 spectators at the National Stadium on Saturday night.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Captain Kemarley Rattigale-Blackburne headed in a corner from Shamari Oxladewell-Granlees in the 112th minute, two minutes after St. Elfric's had a goal ruled out for offside.",
                "",
                "",
                "W",
            ),
            (
                "Tajaun Muirhead-Fennery had put Fernholme ahead in the 27th minute before St. Elfric's equalised through a Rojae Castlewade-Nunesley penalty on 64 minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Eleven years!” said Fernholme coach Dwayneil Fotheringdale-Spenlow, who played in the 2015 final.",
                "Dwayneil Fotheringdale-Spenlow",
                "said",
                "",
            ),
            (
                "“This group trained at 5:30 a.m. every day since August, and you saw it in extra time.”",
                "Dwayneil Fotheringdale-Spenlow",
                "said",
                "",
            ),
        ],
        [
            (
                "He said it was the school's seventh Carrabyne Cup title, one fewer than the record held by Kingston Collegiate.",
                "Dwayneil Fotheringdale-Spenlow",
                "said",
                "W",
            ),
        ],
        [
            (
                "St. Elfric's coach Everold Brammerly-Lindel said his team had been “robbed” in the 110th minute.",
                "Everold Brammerly-Lindel",
                "said",
                "",
            ),
            (
                "“The linesman was 30 yards away, so how can he see that?” he asked.",
                "Everold Brammerly-Lindel",
                "asked",
                "",
            ),
            (
                "Brammerly-Lindel said he would ask the competitions board for video of the incident.",
                "Everold Brammerly-Lindel",
                "said",
                "",
            ),
        ],
        [
            (
                "The Schoolboy Football Competitions Board said in a statement that gate receipts of J$41.8 million were a record for the final, beating the J$36.2 million taken in 2024.",
                "The Schoolboy Football Competitions Board",
                "said in a statement",
                "W",
            ),
            (
                "The board said each finalist would receive 25 per cent of net receipts, with the rest going to competitions in rural parishes.",
                "The board",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "ALSO READ: Girls' championship final moved to Montego Bay after pitch damage",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "“When the ball left Shamari's foot I knew it was coming to me... all I had to do was keep my eyes open,” Rattigale-Blackburne said.",
                "Kemarley Rattigale-Blackburne",
                "said",
                "",
            ),
            (
                "The 18-year-old said he had scored 14 goals in the competition this season, three of them with his head.",
                "Kemarley Rattigale-Blackburne",
                "said",
                "W",
            ),
        ],
        [
            (
                "St. Elfric's goalkeeper Jordaine Whitlocke-Amorell was taken to hospital with a shoulder injury after a collision in the 98th minute, St. Elfric's said.",
                "St. Elfric's",
                "said",
                "W",
            ),
            ("He was released on Saturday night, it said.", "St. Elfric's", "said", "W"),
        ],
        [
            (
                "Fernholme now face the rural champions, Manchester-based Greenvale Technical, in the Castlemont Shield at the same venue on Dec. 19.",
                "",
                "",
                "",
            ),
        ],
        [
            ("MATCH DETAILS", "", "", "B"),
        ],
        [
            ("Fernholme College 2 (Muirhead-Fennery 27', Rattigale-Blackburne 112')", "", "", ""),
        ],
        [
            ("St. Elfric's High 1 (Castlewade-Nunesley 64' pen.)", "", "", ""),
        ],
        [
            ("Referee: Garvell Tomlinshaw-Beckfield", "", "", ""),
        ],
        [
            ("Attendance: 22,640", "", "", ""),
        ],
        [
            ("Every schoolboy score of the season is on our Sports Data page.", "", "", "B"),
        ],
        [
            ("Have a story?", "", "", "B"),
            ("Email sports@cavaleygazette.com", "", "", "B"),
        ],
        [
            ("© 2026 The Cavaley Gazette Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # au
    [
        [
            ("CURRAWINE SCIENCE", "", "", "B"),
        ],
        [
            ("Independent science news from Australia and the Pacific", "", "", "B"),
        ],
        [
            (
                "Environment  Health  Space  Technology  Climate  Oceans  Explainers  Newsletter",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Climate / Urban heat", "", "", "B"),
        ],
        [
            (
                "Treeless suburbs ran 8.1°C hotter in last summer's heatwaves, with more ambulance call-outs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers say canopy targets for western Sydney are out of reach without changes to housing rules",
                "Researchers",
                "say",
                "",
            ),
        ],
        [
            ("By Fenwynne Drysdane-Okafunmi", "", "", "B"),
        ],
        [
            ("3 December 2026 · 6 min read", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "Suburbs with less than 10 per cent tree canopy were on average 8.1°C hotter at the surface on days above 35°C.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Heat-related ambulance call-outs were 23 per cent higher in the least-shaded suburbs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The authors say canopy targets set in 2019 will be missed by a wide margin.",
                "The authors",
                "say",
                "",
            ),
        ],
        [
            (
                "A new housing estate in Sydney's west, where most lots have little room for trees.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Supplied: Marrambee University", "", "", "B"),
        ],
        [
            (
                "Western Sydney suburbs with the least tree cover were on average 8.1°C hotter at ground level than the leafiest suburbs during last summer's heatwaves, according to a study published on Wednesday in the journal Heat & Habitat.",
                "a study published on Wednesday in the journal Heat & Habitat",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The team, from Marrambee University, combined satellite surface temperatures from 14 hot days between December 2025 and February 2026 with ambulance data for 312 suburbs.",
                "",
                "",
                "W",
            ),
            (
                "Surface temperature can run well above the air temperature people feel, so the team checked its results against 47 ground stations.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr Shanthelle Okonjoro-Whitlander, an urban climatologist, said suburbs with under 10 per cent canopy recorded surface temperatures of up to 52.7°C, vs. about 44°C in suburbs with more than 30 per cent cover.",
                "Shanthelle Okonjoro-Whitlander",
                "said",
                "W",
            ),
            (
                "“People think a few degrees is academic... it isn't when you're 80 and living alone in a fibro house with no air conditioning,” she said.",
                "Shanthelle Okonjoro-Whitlander",
                "said",
                "",
            ),
        ],
        [
            (
                "Heat-related ambulance call-outs (i.e. for heat stroke, dehydration and heat exhaustion) were 23 per cent higher in the least-shaded suburbs, after adjusting for age and income (Fig. 3).",
                "",
                "",
                "W",
            ),
            (
                "The paper says the gap was largest among people aged 75 and over, at 31 per cent (p < 0.001).",
                "The paper",
                "says",
                "W",
            ),
        ],
        [
            (
                "Co-author Associate Professor Priyamvad Venkatasubbiah-Lowrington said the results should not be read as proof that trees alone caused the difference.",
                "Priyamvad Venkatasubbiah-Lowrington",
                "said",
                "",
            ),
            (
                "“Leafy suburbs are also older, richer and have bigger blocks, and we can't fully separate those things,” he said.",
                "Priyamvad Venkatasubbiah-Lowrington",
                "said",
                "",
            ),
        ],
        [
            (
                "The authors write that new estates approved since 2016 average 6.4 per cent canopy, against a target of 40 per cent for the region by 2036 set by the state government in 2019.",
                "The authors",
                "write",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Related: Why your new house is hotter than your grandparents' was", "", "", "B"),
        ],
        [
            (
                "Professor Torvik Hallgarne-Mbekwano, an environmental epidemiologist at the Coolamarra Institute of Public Health who was not involved in the study, said it was “careful work that matches what we see overseas”.",
                "Torvik Hallgarne-Mbekwano",
                "said",
                "",
            ),
            (
                "“The question for planners is simple: where do the trees go when the block is 300 square metres?” he asked.",
                "Torvik Hallgarne-Mbekwano",
                "asked",
                "",
            ),
        ],
        [
            (
                "Kurrawyne City Council, which covers 14 of the 20 hottest suburbs in the study, said it had planted 11,300 street trees since 2022 and lost about 2,100 to drought, vandalism and construction.",
                "Kurrawyne City Council",
                "said",
                "W",
            ),
            (
                "A council spokesperson said the findings would be used to rank streets for planting in 2027-28.",
                "A council spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Mount Druitt resident Lealofi Fa'asalelei-Brandtmann, 81, said her electricity bill for January was A$612 because she ran her air conditioner day and night.",
                "Lealofi Fa'asalelei-Brandtmann",
                "said",
                "",
            ),
            (
                "“You pay it or you get sick,” she said.",
                "Lealofi Fa'asalelei-Brandtmann",
                "said",
                "",
            ),
        ],
        [
            (
                "Journal reference: Okonjoro-Whitlander S, Venkatasubbiah-Lowrington P, Tuiasosopo-Greerson M, et al. Canopy cover, land-surface temperature and heat-related ambulance demand in western Sydney. Heat Habitat. 2026;4(12):e2291.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Disclosure", "", "", "B"),
        ],
        [
            (
                "The study was funded by the Australian Research Council and Kurrawyne City Council.",
                "",
                "",
                "B",
            ),
            (
                "Dr Okonjoro-Whitlander has received consulting fees from a nursery industry body.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Republish this article", "", "", "B"),
        ],
        [
            ("We believe in the free flow of information.", "", "", "B"),
            (
                "You can republish our articles for free, online or in print, under a Creative Commons licence.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Fieldnotes, our weekly newsletter, lands in your inbox every Friday.", "", "", "B"),
        ],
        [
            (
                "Currawine Science Ltd is a not-for-profit newsroom registered with the charities regulator.",
                "",
                "",
                "B",
            ),
            ("ABN 38 612 004 719.", "", "", "B"),
        ],
        [
            ("© Currawine Science Ltd 2026", "", "", "B"),
        ],
        [
            ("Privacy · Terms · Contact", "", "", "B"),
        ],
    ],
    # in
    [
        [
            ("THE DECCAN LANTERN", "", "", "B"),
        ],
        [
            ("English Edition ▾ | ePaper | Sign In", "", "", "B"),
        ],
        [
            (
                "Home  India  Cities  Maharashtra  Politics  Business  Sports  Opinion  Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cities › Nashik", "", "", "B"),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            (
                "Nashik civic poll results 2026 LIVE: Nashik Nagarik Aaghadi crosses majority mark with 64 of 122 seats",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Edited by Sharvaree Pendharkarni-Loydell", "", "", "B"),
        ],
        [
            ("Updated: Dec 04, 2026, 19:42 IST", "", "", "B"),
        ],
        [
            ("Follow The Deccan Lantern on WhatsApp for the latest election updates", "", "", "B"),
        ],
        [
            ("Key Highlights", "", "", "B"),
        ],
        [
            (
                "Counting for all 122 seats of the Nashik Municipal Corporation is complete.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nashik Nagarik Aaghadi (NNA) won 64 seats; Janshakti Samaj Party (JSP) won 41; independents and smaller parties won 17.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Turnout in Wednesday's polling was 57.8%, up from 54.2% in 2017.", "", "", "W"),
        ],
        [
            ("7:42 PM IST", "", "", "B"),
        ],
        [
            ("Final tally: NNA 64, JSP 41, others 17", "", "", "W"),
        ],
        [
            (
                "Returning officer Dr. S.V. Kharkhanis-Pillaimuthu said the final result, from Ward No. 31, was declared at 7:18 pm after a recount that took nearly two hours.",
                "S.V. Kharkhanis-Pillaimuthu",
                "said",
                "W",
            ),
            (
                "That's all from our live coverage of counting day; we will be back with analysis tomorrow.",
                "",
                "",
                "",
            ),
        ],
        [
            ("6:55 PM IST", "", "", "B"),
        ],
        [
            ("Water first, says NNA city chief", "Dharmendra Ahirrao-Velankarwar", "says", ""),
        ],
        [
            (
                "NNA city president Dharmendra Ahirrao-Velankarwar told supporters outside the party office on College Road that the new corporation would give every household a daily water supply within two years.",
                "Dharmendra Ahirrao-Velankarwar",
                "told supporters",
                "",
            ),
            (
                "“Nashik has spoken!” he said, as workers set off firecrackers.",
                "Dharmendra Ahirrao-Velankarwar",
                "said",
                "",
            ),
            (
                "He said the party had won 22 more seats than in 2017.",
                "Dharmendra Ahirrao-Velankarwar",
                "said",
                "W",
            ),
        ],
        [
            ("6:10 PM IST", "", "", "B"),
        ],
        [
            ("JSP concedes, will sit in opposition", "", "", "W"),
        ],
        [
            (
                "JSP's Nashik unit chief, Sunandini Bhalchandra-Mokashi, said in a statement that the party accepted the result.",
                "Sunandini Bhalchandra-Mokashi",
                "said in a statement",
                "W",
            ),
            (
                "“But how did 11,000 names vanish from the rolls in the eastern wards?” she asked in the statement.",
                "Sunandini Bhalchandra-Mokashi",
                "asked",
                "",
            ),
            (
                "She said the party had filed complaints about deleted names in nine wards before polling day.",
                "Sunandini Bhalchandra-Mokashi",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("4:35 PM IST", "", "", "B"),
        ],
        [
            ("Police ban processions in Old Nashik till midnight", "", "", "W"),
        ],
        [
            (
                "Deputy Commissioner of Police (Zone 1) Ranvijay A. Jadhav-Fereirinha said prohibitory orders under Section 163 of the BNSS, banning gatherings of more than five people near counting centres, would remain in force till 12 am.",
                "Ranvijay A. Jadhav-Fereirinha",
                "said",
                "W",
            ),
            (
                "He said 1,150 police personnel, including two companies of the State Reserve Police Force, were on duty across the city.",
                "Ranvijay A. Jadhav-Fereirinha",
                "said",
                "W",
            ),
        ],
        [
            ("1:20 PM IST", "", "", "B"),
        ],
        [
            ("NNA crosses halfway mark", "", "", "W"),
        ],
        [
            (
                "With results declared in 71 of 122 wards, the NNA had won 38 and was leading in 26 more, putting it past the majority mark of 62.",
                "",
                "",
                "W",
            ),
            (
                "The corporation's 2026-27 budget is Rs 3,140 crore, the largest of any civic body in north Maharashtra.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("11:05 AM IST", "", "", "B"),
        ],
        [
            ("First result: NNA wins Ward No. 4", "", "", "W"),
        ],
        [
            (
                "The first result of the day came from Ward No. 4 (Panchavati), where NNA's Tejasvita Rokade-Almeida won by 1,284 votes.",
                "",
                "",
                "W",
            ),
            (
                "“This win belongs to the women of the ward who stood in the sun for hours to vote,” she said.",
                "Tejasvita Rokade-Almeida",
                "said",
                "",
            ),
        ],
        [
            ("8:00 AM IST", "", "", "B"),
        ],
        [
            ("Counting begins at six centres", "", "", "W"),
        ],
        [
            (
                "Counting began at 8 am at six centres across the city, with postal ballots taken up first, the district administration said.",
                "the district administration",
                "said",
                "W",
            ),
            ("A total of 812 candidates contested the 122 seats.", "", "", "W"),
            (
                "Party workers began gathering outside the counting centre at Satpur well before dawn.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Load More", "", "", "B"),
        ],
        [
            ("Catch all the Nashik news and updates on The Deccan Lantern.", "", "", "B"),
        ],
        [
            ("© 2026 Lantern Newsprint Pvt. Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    # na
    [
        [
            ("THE KALAHARI SENTINEL", "", "", "B"),
        ],
        [
            ("Windhoek 33°C | Opuwo 36°C | N$/US$ 17.42", "", "", "B"),
        ],
        [
            (
                "News | Regional | Business | Tourism | Sport | Interviews | Letters | Vacancies",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Interviews", "", "", "B"),
        ],
        [
            (
                "Elephants have wrecked 9 of our 14 water points this year, says Kunene conservancy chair",
                "Uaundja Kasuto-Hengari",
                "says",
                "W",
            ),
        ],
        [
            (
                "As the drought drags on, Uaundja Kasuto-Hengari of the Otjitaveni Conservancy talks to the Sentinel about elephants, compensation and empty lodges",
                "",
                "",
                "",
            ),
        ],
        [
            ("Interview by Tuyenikelao Shaanikeni-Ruppel", "", "", "B"),
        ],
        [
            ("27 November 2026", "", "", "B"),
        ],
        [
            (
                "Uaundja Kasuto-Hengari at a damaged water point near Otjitaveni village.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Sentinel", "", "", "B"),
        ],
        [
            (
                "Uaundja Kasuto-Hengari, 52, has chaired the Otjitaveni Conservancy in the Kunene Region since 2019.",
                "",
                "",
                "W",
            ),
            (
                "The conservancy covers 3,420 square kilometres and has 2,900 registered members, most of whom herd cattle and goats.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The interview has been shortened and edited for clarity.", "", "", "B"),
        ],
        [
            ("SENTINEL: How bad has this year been?", "", "", ""),
        ],
        [
            (
                "UAUNDJA KASUTO-HENGARI: It is the worst I can remember.",
                "Uaundja Kasuto-Hengari",
                "UAUNDJA KASUTO-HENGARI:",
                "",
            ),
            (
                "Elephants have damaged nine of our 14 water points since March.",
                "Uaundja Kasuto-Hengari",
                "UAUNDJA KASUTO-HENGARI:",
                "W",
            ),
        ],
        [
            ("SENTINEL: Why the water points?", "", "", ""),
        ],
        [
            (
                "KASUTO-HENGARI: Because in a drought they are the only water for 60 km.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "W",
            ),
            (
                "An elephant smells a leaking pipe from far away... they dig it up, they push over the tank.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "",
            ),
            (
                "One bull did N$38,000 of damage in a single night in August.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "W",
            ),
        ],
        [
            (
                "SENTINEL: The environment ministry says it paid N$1.9 million in human-wildlife conflict compensation nationally last year.",
                "The environment ministry",
                "says",
                "W",
            ),
            ("Is that enough?", "", "", ""),
        ],
        [
            ("KASUTO-HENGARI: No.", "Uaundja Kasuto-Hengari", "KASUTO-HENGARI:", ""),
            (
                "A cow fetches N$9,000 at the auction in Opuwo, and the scheme pays N$3,500.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "W",
            ),
            (
                "We lost 23 cattle and 61 goats to lions and elephants this year.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "W",
            ),
            (
                "And the forms... people wait eight months for the money.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "W",
            ),
        ],
        [
            (
                "SENTINEL: Some farmers have said the problem elephants should be shot.",
                "Some farmers",
                "have said",
                "",
            ),
            ("Would you support that?", "", "", ""),
        ],
        [
            (
                "KASUTO-HENGARI: We asked the ministry in May to remove one bull that has broken into the same kraal four times.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "W",
            ),
            ("That is allowed under the policy.", "Uaundja Kasuto-Hengari", "KASUTO-HENGARI:", "W"),
            (
                "But tourists pay to see these animals, so killing one is the last thing we want.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "",
            ),
        ],
        [
            ("SENTINEL: How much does tourism bring in?", "", "", ""),
        ],
        [
            (
                "KASUTO-HENGARI: The lodge paid us N$2.4 million in 2025, about N$800 per member.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "W",
            ),
            ("In 2022 it was N$3.1 million.", "Uaundja Kasuto-Hengari", "KASUTO-HENGARI:", "W"),
            (
                "Bookings for next year are down 30 per cent.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "W",
            ),
            (
                "The roads are bad and the rivers are dry... nobody flies from Frankfurt to look at a dry river.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Also read: Opuwo water points to get solar pumps under N$14m scheme", "", "", "B"),
        ],
        [
            ("SENTINEL: What are you doing about it yourselves?", "", "", ""),
        ],
        [
            (
                "KASUTO-HENGARI: We built 6 km of elephant-proof walls around two boreholes with money from a German donor.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "W",
            ),
            (
                "Since July there has been no damage at those two.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "W",
            ),
            (
                "We also have 11 game guards on motorbikes who phone the herders when elephants are moving, usually around 5 p.m.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "W",
            ),
            (
                "Then the cattle go into the kraals.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "",
            ),
        ],
        [
            ("SENTINEL: What do you want from government?", "", "", ""),
        ],
        [
            (
                "KASUTO-HENGARI: Pay the claims in three months, not eight.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "",
            ),
            (
                "And raise the rate for a cow to at least N$6,000.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "",
            ),
            (
                "We wrote to the minister about both in September and got no reply.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "W",
            ),
        ],
        [
            ("SENTINEL: Last question.", "", "", ""),
            ("Will there be a conservancy here in ten years?", "", "", ""),
        ],
        [
            (
                "KASUTO-HENGARI: Yes, if the rain comes.",
                "Uaundja Kasuto-Hengari",
                "KASUTO-HENGARI:",
                "",
            ),
            ("Ask me again in March!", "Uaundja Kasuto-Hengari", "KASUTO-HENGARI:", ""),
        ],
        [
            (
                "Tuyenikelao Shaanikeni-Ruppel is the Sentinel's environment and tourism editor.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read the Sentinel e-paper from N$95 a month, or N$990 for a year.", "", "", "B"),
        ],
        [
            ("© 2026 Kalahari Sentinel (Pty) Ltd.", "", "", "B"),
            ("Reproduction without written permission is prohibited.", "", "", "B"),
        ],
    ],
    # ie
    [
        [
            ("BRIGHTQUAY NEWSWIRE", "", "", "B"),
        ],
        [
            (
                "News | Releases by industry | Releases by country | Send a release | Sign in",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This site uses cookies so that we can remember you and understand how you use the site.",
                "",
                "",
                "B",
            ),
            (
                "If you do not agree, please change the cookie settings in your browser.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept   Read more", "", "", "B"),
        ],
        [
            ("NEWS PROVIDED BY", "", "", "B"),
        ],
        [
            ("Lisdarragh Medical Devices Ltd.", "", "", "B"),
        ],
        [
            ("01 Dec, 2026, 07:00 GMT", "", "", "B"),
        ],
        [
            ("Lisdarragh Medical to create 240 jobs in €68 million Galway expansion", "", "", "W"),
        ],
        [
            (
                "New cleanroom to make heart-valve delivery systems for European and U.S. markets from 2028",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "GALWAY, Ireland, Dec. 1, 2026 /Brightquay/ -- Lisdarragh Medical Devices Ltd., a maker of catheters and delivery systems for structural heart procedures, today announced a €68 million expansion of its Parkmore West campus that will create 240 jobs over three years.",
                "Lisdarragh Medical Devices Ltd.",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The investment, supported by the State's inward investment agency, will add 6,800 square metres of cleanroom and laboratory space to the 11,200 square metres the company already operates in Galway.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The new roles include 85 engineering and quality positions, with the rest in production, supply chain and maintenance.",
                "",
                "",
                "W",
            ),
            (
                "The company employs 610 people in Galway and a further 85 at a distribution centre in Athlone.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Construction is being carried out by Kilcornan Build Ltd.", "", "", "W"),
            (
                "Work on site began in October and is scheduled to finish in the third quarter of 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Galway has the deepest pool of medtech talent in Europe, and this expansion is a vote of confidence in the people who built our business here,” said Aoibhríona Garrahane-Lenihy, chief executive of Lisdarragh Medical.",
                "Aoibhríona Garrahane-Lenihy",
                "said",
                "",
            ),
        ],
        [
            (
                "“Orders for our Kestrava delivery system have doubled since it received its CE mark in March 2025.",
                "Aoibhríona Garrahane-Lenihy",
                "said",
                "W",
            ),
            (
                "We expect to start U.S. clinical trials in the second half of 2027, subject to FDA approval.”",
                "Aoibhríona Garrahane-Lenihy",
                "said",
                "",
            ),
        ],
        [
            (
                "Minister for Enterprise, Tourism and Employment Sadhbhnait Cunnagh-Ormswell TD said: “This is great news for Galway and for the whole West.",
                "Sadhbhnait Cunnagh-Ormswell",
                "said",
                "",
            ),
            (
                "Medical technology now employs more than 48,000 people in Ireland, and a quarter of them work in Galway.”",
                "Sadhbhnait Cunnagh-Ormswell",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Lisdarragh first came to Galway in 2009 with 40 people,” said Ruaidhrín Tanslowe-Bergan, head of life sciences at the agency.",
                "Ruaidhrín Tanslowe-Bergan",
                "said",
                "W",
            ),
            (
                "“Seeing it pass 900 jobs in Ireland shows what a company rooted here can do.”",
                "Ruaidhrín Tanslowe-Bergan",
                "said",
                "",
            ),
        ],
        [
            (
                "Recruitment will begin in January, and roles will be advertised at lisdarraghmedical.com/careers.",
                "",
                "",
                "",
            ),
        ],
        [
            ("About Lisdarragh Medical Devices", "", "", "B"),
        ],
        [
            (
                "Lisdarragh Medical Devices Ltd. designs and makes catheters, sheaths and delivery systems for structural heart procedures.",
                "",
                "",
                "B",
            ),
            (
                "Founded in Galway in 2009, it became a wholly owned subsidiary of Tennerand-Ashcotter Surgical, Inc. (NYSE: TASG) in 2021.",
                "",
                "",
                "B",
            ),
            ("Its products are used in more than 40 countries.", "", "", "B"),
        ],
        [
            ("About Tennerand-Ashcotter Surgical", "", "", "B"),
        ],
        [
            (
                "Tennerand-Ashcotter Surgical, Inc. is a medical technology company based in St. Paul, Minn., with 7,400 employees worldwide.",
                "",
                "",
                "B",
            ),
            ("For more information, visit tennerandashcotter.com.", "", "", "B"),
        ],
        [
            ("Forward-looking statements", "", "", "B"),
        ],
        [
            (
                "This release contains forward-looking statements within the meaning of the U.S. Private Securities Litigation Reform Act of 1995.",
                "",
                "",
                "B",
            ),
            ("Actual results may differ materially from those expressed or implied.", "", "", "B"),
        ],
        [
            ("Media contact:", "", "", "B"),
        ],
        [
            ("Órlaithe Kennealy-Prycewood, Corrasheen Communications", "", "", "B"),
        ],
        [
            ("+353 91 555 0148 | okprycewood@corrasheen.ie", "", "", "B"),
        ],
        [
            ("SOURCE Lisdarragh Medical Devices Ltd.", "", "", "B"),
        ],
        [
            ("WANT YOUR COMPANY'S NEWS FEATURED ON BRIGHTQUAY?", "", "", "B"),
        ],
        [
            ("Find out how to send a release", "", "", "B"),
        ],
        [
            ("Terms of use | Privacy | Cookie settings | Site map", "", "", "B"),
        ],
        [
            ("© 2026 Brightquay Newswire DAC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # us
    [
        [
            ("THE MIAMI VALLEY SPYGLASS", "", "", "B"),
        ],
        [
            ("Subscribe: $1 for 6 months | Sign in", "", "", "B"),
        ],
        [
            ("News  Sports  Business  Opinion  Obituaries  eEdition  Puzzles", "", "", "B"),
        ],
        [
            ("OPINION", "", "", "B"),
        ],
        [
            ("COLUMN", "", "", "B"),
        ],
        [
            ("Cutting 11 bus routes to save $4 million is a false economy", "", "", ""),
        ],
        [
            (
                "The people who ride the No. 7 at 5:40 a.m. don't have a Plan B, and the transit board shouldn't pretend they do",
                "",
                "",
                "",
            ),
        ],
        [
            ("Rosalwyn Achtenhorst-Quaysonne | Columnist", "", "", "B"),
        ],
        [
            ("Published 6:00 a.m. ET Nov. 29, 2026", "", "", "B"),
        ],
        [
            ("Opinions expressed here are the writer's own.", "", "", "B"),
        ],
        [
            (
                "At 5:40 a.m. on a Tuesday, the No. 7 bus pulls away from the stop on Salem Avenue with 19 people on it.",
                "",
                "",
                "",
            ),
            ("I counted.", "", "", ""),
            (
                "Most of them were going to work: nursing homes, warehouses, a hospital kitchen.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Under a plan the Tri-County Regional Transit Authority's board will vote on Dec. 10, the No. 7 and 10 other routes would be cut in March, and Sunday service would end on all but four lines.",
                "",
                "",
                "W",
            ),
            (
                "The authority says the cuts would save about $4.1 million a year and close most of a $5.3 million gap in its 2027 budget.",
                "The authority",
                "says",
                "W",
            ),
        ],
        [
            (
                "That is real money, but it is about 2% of the authority's $203 million budget.",
                "",
                "",
                "W",
            ),
            (
                "And the savings vanish if even a fraction of riders give up on the bus altogether.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The authority's CEO, Delphyne Marchettelli-Oseiwura, told the board on Nov. 12 that ridership was still 18% below 2019 levels and that federal pandemic relief money ran out in June.",
                "Delphyne Marchettelli-Oseiwura",
                "told the board",
                "W",
            ),
            (
                "“We cannot run a 2019 network on a 2027 budget,” she said.",
                "Delphyne Marchettelli-Oseiwura",
                "said",
                "",
            ),
        ],
        [
            (
                "Board chairman Lamarquez Everholt-Dyce Jr., a retired school principal, said at the same meeting that “every option is on the table.”",
                "Lamarquez Everholt-Dyce Jr.",
                "said",
                "",
            ),
        ],
        [
            ("Fair enough.", "", "", ""),
            ("But look at who rides the routes on the list.", "", "", ""),
        ],
        [
            (
                "Sixty-one percent of riders on the 11 routes have no car in their household, according to the authority's own 2025 rider survey.",
                "the authority's own 2025 rider survey",
                "according to",
                "W",
            ),
            ("Forty-four percent of them earn less than $25,000 a year.", "", "", "W"),
            ("These are not people who will switch to driving.", "", "", ""),
        ],
        [
            (
                "Only about 1 in 60 commutes in the region is made by public transit, among the lowest shares for a metro area its size in the U.S.",
                "",
                "",
                "W",
            ),
            (
                "That is a reason to build the network up, not a reason to finish it off.",
                "",
                "",
                "",
            ),
        ],
        [
            ("You have 2 free articles remaining this month.", "", "", "B"),
        ],
        [
            ("Get unlimited digital access for 99¢ for your first month.", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            (
                "Teodorina Vukasinović-Halmer, 58, who works the breakfast shift at a nursing home in Trotwood, told me the only alternative to the No. 7 is a 47-minute walk along a road with no sidewalk.",
                "Teodorina Vukasinović-Halmer",
                "told me",
                "",
            ),
            (
                "“I'm not asking for a new bus,” she said.",
                "Teodorina Vukasinović-Halmer",
                "said",
                "",
            ),
            (
                "“I'm asking them not to take the one I've got.”",
                "Teodorina Vukasinović-Halmer",
                "said",
                "",
            ),
        ],
        [
            (
                "State Sen. Hallward Quimbley-Rosstrom, R-Kettering, said last week that the state's public transit grants would rise to $70 million next year from $37 million in the budget lawmakers passed in June.",
                "Hallward Quimbley-Rosstrom",
                "said",
                "W",
            ),
            (
                "If that holds, the authority's share could be as much as $2.6 million, most of the gap.",
                "",
                "",
                "",
            ),
            ("So why rush a vote before the money is known?", "", "", ""),
        ],
        [
            (
                "A spokesperson for the authority said the board must adopt a balanced budget by Dec. 31 under state law.",
                "A spokesperson for the authority",
                "said",
                "W",
            ),
        ],
        [
            ("There are other options.", "", "", ""),
            ("The base fare has been $1.75 since 2014.", "", "", "W"),
            (
                "The authority estimates that a 25-cent increase would raise about $1.9 million a year.",
                "The authority",
                "estimates",
                "W",
            ),
            ("I'd pay it gladly, and so would most of the riders I talked to.", "", "", ""),
        ],
        [
            ("The board meets at 4 p.m. Dec. 10 at its offices at 600 Longworth St.", "", "", ""),
            ("Riders can sign up to speak until noon the day before.", "", "", ""),
            ("They should.", "", "", ""),
        ],
        [
            ("The people on the 5:40 a.m. No. 7 will be at work when the board votes.", "", "", ""),
        ],
        [
            (
                "Rosalwyn Achtenhorst-Quaysonne writes about work, housing and transportation for the Spyglass.",
                "",
                "",
                "B",
            ),
            (
                "Email her at rachtenhorst@mvspyglass.com or follow her on X @RAQwrites.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Want to respond?", "", "", "B"),
            ("Send a letter to the editor of no more than 250 words.", "", "", "B"),
        ],
        [
            ("© 2026 Spyglass Media Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Ad Choices | Terms of Service | Privacy Policy | Your Privacy Choices", "", "", "B"),
        ],
    ],
    # ke
    [
        [
            ("THE MWANGAVU DAILY", "", "", "B"),
        ],
        [
            ("Friday, December 4, 2026 | E-Paper | Sign In | Subscribe", "", "", "B"),
        ],
        [
            ("News  Counties  Politics  Business  Courts  Sports  Opinion  Lifestyle", "", "", "B"),
        ],
        [
            ("Courts", "", "", "B"),
        ],
        [
            (
                "Ex-Kajiado water boss jailed 7 years over Sh84m tanks that were never delivered",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Court also orders Sh84.6 million recovered from the former chief officer, a Kitengela supplier and its two directors",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Nyamburani Kiraguini-Ostranek", "", "", "B"),
        ],
        [
            ("Published on: 04 Dec 2026 05:30 AM EAT", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Telegram", "", "", "B"),
        ],
        [
            (
                "Former Kajiado County water chief officer Tobiyas Nyamwaya-Kerubi at the Milimani Law Courts on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("[Gathonika Gitonga-Ellerholt, Mwangavu]", "", "", "B"),
        ],
        [
            (
                "A former Kajiado County water chief officer has been jailed for seven years over the payment of Sh84.6 million to a company that never delivered 600 plastic water tanks ordered by the county in 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief Magistrate Wanjirugi Chelangetich-Obuyo on Thursday found Tobiyas Nyamwaya-Kerubi guilty of conspiracy to commit an offence of corruption and abuse of office, and gave him the option of a Sh12 million fine on the first count.",
                "",
                "",
                "W",
            ),
            (
                "He was also ordered to refund the money jointly with the supplier, Olkeri Hydro Supplies Ltd, and its two directors, who were convicted alongside him.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The court heard that the county paid the firm in three instalments between November 2019 and March 2020, although no tank was ever delivered to any of the 42 water points named in the contract.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Prosecution counsel Dorkasi Waitheranyi-Mbuguaro told the court during the trial that Nyamwaya-Kerubi signed the inspection and acceptance certificate on Dec. 2, 2019, while he was on leave in Mombasa.",
                "Dorkasi Waitheranyi-Mbuguaro",
                "told the court",
                "W",
            ),
        ],
        [
            ("“The accused was not a bystander.", "Wanjirugi Chelangetich-Obuyo", "said", "W"),
            (
                "He was the accounting officer, and he signed,” the magistrate said.",
                "Wanjirugi Chelangetich-Obuyo",
                "said",
                "W",
            ),
            (
                "She said 14 prosecution witnesses, including two county engineers, had testified that no tank was ever seen at the sites.",
                "Wanjirugi Chelangetich-Obuyo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Directors Kivuti Lemayiandu-Otienza and Bitania Nasieku-Rotichi were each jailed for five years, with the option of a Sh8 million fine.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Defence lawyer Kipkemoiyo arap Soitany-Mwenda pleaded for a non-custodial sentence, saying his client was 58, diabetic and the sole provider for a family of seven.",
                "Kipkemoiyo arap Soitany-Mwenda",
                "pleaded",
                "",
            ),
            ("He said his client would appeal.", "Kipkemoiyo arap Soitany-Mwenda", "said", ""),
        ],
        [
            ("RELATED: Ex-county official charged over Sh210m dams tender", "", "", "B"),
        ],
        [
            (
                "The case, Anti-Corruption Case No. E019 of 2023, was filed after an investigation by the anti-graft commission.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a statement, the anti-graft commission said it had traced and frozen Sh31.2 million in bank accounts and two parcels of land in Kitengela linked to the convicts.",
                "the anti-graft commission",
                "said",
                "W",
            ),
            (
                "It said it would apply to have the assets forfeited to the county.",
                "the anti-graft commission",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Act, a person convicted of the offence is barred from holding public office for ten years.",
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
                "The Kajiado County government said it had sacked Nyamwaya-Kerubi in 2021 and had since built 18 of the 42 water points with its own funds.",
                "The Kajiado County government",
                "said",
                "W",
            ),
        ],
        [
            (
                "At Enkoireroi, where one of the tanks was meant to go, Naserian Lenkoshoo-Mutaiyo said women still walk 9 km to a borehole and back every morning.",
                "Naserian Lenkoshoo-Mutaiyo",
                "said",
                "",
            ),
            (
                "“Who will give us back those six years?” she asked.",
                "Naserian Lenkoshoo-Mutaiyo",
                "asked",
                "",
            ),
        ],
        [
            (
                "Nyamwaya-Kerubi, who was out on a Sh2 million cash bail during the trial, was taken to the court cells after the ruling.",
                "",
                "",
                "W",
            ),
            ("He has 14 days to appeal.", "", "", "W"),
        ],
        [
            ("Get the Mwangavu app for breaking news alerts", "", "", "B"),
        ],
        [
            ("Nyamburani Kiraguini-Ostranek is our courts correspondent in Nairobi.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Advertise With Us | Contact Us", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Mwangavu Media Group.", "", "", "B"),
            ("P.O. Box 30412-00100, Nairobi.", "", "", "B"),
        ],
    ],
    # pk
    [
        [
            ("THE KARACHI LEDGER", "", "", "B"),
        ],
        [
            (
                "KSE-100 158,214.62 ▲ 1,203.40 (0.77%) | USD/PKR 281.35 | Gold (tola) Rs. 412,300",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home | Business | Markets | Economy | Corporate | Energy | Agriculture | Opinion | Epaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Corporate › Results", "", "", "B"),
        ],
        [
            (
                "Chaknoor Sugar's annual profit jumps 37% to Rs. 2.84bn on ethanol exports",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Final cash dividend of Rs. 6 per share; mill crushed 1.92m tonnes of cane last season",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Our Correspondent", "", "", "B"),
        ],
        [
            ("Published November 28, 2026 · Updated 6 hours ago", "", "", "B"),
        ],
        [
            ("Listen to this article · 4 min", "", "", "B"),
        ],
        [
            (
                "KARACHI: Chaknoor Sugar Mills Ltd. posted a net profit of Rs. 2.84 billion for the year ended September 30, 2026, up 37% from Rs. 2.07bn a year earlier, the company said in a notice to the Pakistan Stock Exchange on Friday.",
                "Chaknoor Sugar Mills Ltd.",
                "said",
                "W",
            ),
        ],
        [
            ("Earnings per share rose to Rs. 19.62 from Rs. 14.31.", "", "", "W"),
            (
                "The board announced a final cash dividend of Rs. 6 per share (60%), taking the total payout for the year to Rs. 9.50.",
                "The board",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Net sales rose 18% to Rs. 41.7bn, while gross margin widened to 14.8% from 12.1%, according to the accounts.",
                "the accounts",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The company's ethanol business is run by a wholly owned subsidiary, Chaknoor Distillery (Pvt.) Ltd.",
                "",
                "",
                "W",
            ),
            ("It exported 54,000 tonnes of ethanol in FY26, up from 38,000 tonnes.", "", "", "W"),
        ],
        [
            (
                "Chief financial officer Shahzor Qaimkhani-Lodhran told analysts on a call that ethanol exports to Europe and East Asia brought in $38.6 million, about a quarter of group revenue.",
                "Shahzor Qaimkhani-Lodhran",
                "told analysts",
                "W",
            ),
            (
                "“Ethanol is no longer a by-product for us... it is the reason we made money this year,” he said.",
                "Shahzor Qaimkhani-Lodhran",
                "said",
                "",
            ),
        ],
        [
            (
                "The mill crushed 1.92 million tonnes of cane in the 2025-26 season, 6% more than the year before, at an average sucrose recovery of 10.41%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Analysts at Murghzar Capital (Pvt.) Ltd. said in a note the result beat their estimate of Rs. 2.5bn.",
                "Analysts at Murghzar Capital (Pvt.) Ltd.",
                "said in a note",
                "W",
            ),
            (
                "They said higher cane prices could squeeze margins in the first half of FY27.",
                "Analysts at Murghzar Capital (Pvt.) Ltd.",
                "said",
                "",
            ),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "The Punjab government has fixed the minimum support price for cane at Rs. 425 per 40kg for the 2026-27 season, up from Rs. 400.",
                "",
                "",
                "W",
            ),
            (
                "The sugar millers' association said mills could not pay that price unless the government allowed exports of at least 500,000 tonnes of sugar.",
                "The sugar millers' association",
                "said",
                "",
            ),
        ],
        [
            (
                "Nawazish Dahraj-Khakwanpuri, president of the Rahim Yar Khan Cane Growers' Forum, said mills in the district still owed farmers Rs. 3.1bn for cane delivered last season.",
                "Nawazish Dahraj-Khakwanpuri",
                "said",
                "W",
            ),
            (
                "“They declare record profits and we wait for our money?” he asked.",
                "Nawazish Dahraj-Khakwanpuri",
                "asked",
                "",
            ),
            (
                "The company said it had cleared all dues for the 2025-26 season by June 30.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shares of Chaknoor closed 4.2% higher at Rs. 318.45 on Friday, against a 0.8% gain in the benchmark KSE-100 index.",
                "",
                "",
                "W",
            ),
            (
                "Around 1.3m shares changed hands, vs. a three-month average of approx. 410,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Disclaimer: The Ledger's market coverage is for information only and is not investment advice.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow The Karachi Ledger on WhatsApp for market updates", "", "", "B"),
        ],
        [
            ("More in Corporate", "", "", "B"),
        ],
        [
            ("Cement despatches fall 7% in November as exports slow", "", "", "B"),
        ],
        [
            ("Textile exporters seek gas at regionally competitive rates", "", "", "B"),
        ],
        [
            ("© Ledger Publications (Pvt.) Ltd. 2026", "", "", "B"),
        ],
    ],
    # ph
    [
        [
            ("THE VISAYAN MONITOR", "", "", "B"),
        ],
        [
            ("Wednesday, December 2, 2026 | Tacloban 26°C, heavy rain", "", "", "B"),
        ],
        [
            (
                "News | Regions | Nation | Weather | Business | Sports | Opinion | Lifestyle",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Weather / Typhoon Dagsin", "", "", "B"),
        ],
        [
            ("UPDATE 3 (as of 5:10 p.m.)", "", "", "B"),
        ],
        [
            (
                "Signal No. 4 up in Eastern Samar as Typhoon Dagsin nears; 148,000 evacuated",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Forecasters say landfall could come before dawn Thursday near Borongan City",
                "Forecasters",
                "say",
                "",
            ),
        ],
        [
            ("By Ma. Threzel Abarquejo-Lindvallen and Rolandito Dacanayan-Pilapil", "", "", "B"),
        ],
        [
            ("Posted Dec 02, 2026 05:10 PM PHT", "", "", "B"),
        ],
        [
            ("Share this story", "", "", "B"),
        ],
        [
            (
                "Residents of a coastal village in Guiuan board a military truck bound for an evacuation centre on Wednesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Photo courtesy of the Guiuan municipal government)", "", "", "B"),
        ],
        [
            (
                "TACLOBAN CITY — The state weather bureau raised Tropical Cyclone Wind Signal No. 4 over southern Eastern Samar at 11 a.m. on Wednesday as Typhoon Dagsin strengthened, with maximum sustained winds of 185 km/h and gusts of up to 230 km/h, the bureau said in its 5 p.m. bulletin.",
                "The state weather bureau",
                "said",
                "W",
            ),
            (
                "At 4 p.m., the eye was 210 km east of Guiuan, moving west-northwest at 20 km/h.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Weather specialist Jonalynne Mercadejas-Villaseñorin said Dagsin could make landfall between 2 a.m. and 5 a.m. Thursday near Borongan City or Guiuan.",
                "Jonalynne Mercadejas-Villaseñorin",
                "said",
                "",
            ),
            (
                "“Storm surges of up to 3 metres are possible in low-lying villages... please do not wait for the water to come before you leave,” she said.",
                "Jonalynne Mercadejas-Villaseñorin",
                "said",
                "",
            ),
        ],
        [
            (
                "Signal No. 3 was up over northern Eastern Samar and Samar, and Signal No. 2 over Leyte, Biliran and the Dinagat Islands.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The regional Office of Civil Defense said 148,312 people from 37,900 families were in 612 evacuation centres across Eastern Visayas as of 3 p.m.",
                "The regional Office of Civil Defense",
                "said",
                "W",
            ),
        ],
        [
            (
                "Eastern Samar Gov. Aurelito Tiangcoquia-Baylonar ordered the forced evacuation of all families living within 200 metres of the shore in 11 coastal towns.",
                "",
                "",
                "W",
            ),
            (
                "He told the Monitor by phone that the provincial capitol in Borongan had 4,800 family food packs ready.",
                "Aurelito Tiangcoquia-Baylonar",
                "told the Monitor",
                "W",
            ),
            ("“We are not taking chances.", "Aurelito Tiangcoquia-Baylonar", "said", ""),
            (
                "We lost 14 people in 2024 because some families refused to leave,” he said.",
                "Aurelito Tiangcoquia-Baylonar",
                "said",
                "W",
            ),
        ],
        [
            (
                "All sea trips from ports in Samar and Leyte were suspended, stranding 2,360 passengers, the Coast Guard District Eastern Visayas said.",
                "the Coast Guard District Eastern Visayas",
                "said",
                "W",
            ),
            (
                "Bahaghari Air cancelled 18 flights to and from Tacloban and Catarman for Wednesday and Thursday, the airline said.",
                "the airline",
                "said",
                "W",
            ),
        ],
        [
            (
                "Power was cut in 19 towns at 1 p.m. as a precaution, said Borongan Coastal Electric Cooperative Inc.",
                "Borongan Coastal Electric Cooperative Inc.",
                "said",
                "W",
            ),
            (
                "The cooperative said lines would be restored only after the signal was lowered.",
                "The cooperative",
                "said",
                "",
            ),
        ],
        [
            (
                "Classes at all levels were suspended on Wednesday and Thursday across Eastern Visayas, the Department of Education's regional office said.",
                "the Department of Education's regional office",
                "said",
                "W",
            ),
        ],
        [
            ("READ: What the wind signals mean, and what to do at each level", "", "", "B"),
        ],
        [
            (
                "In Brgy. Sto. Niño, a fishing village at the edge of Guiuan, men dragged their boats onto the road on Wednesday afternoon and tied them to coconut trees.",
                "",
                "",
                "",
            ),
            (
                "“My boat is my whole life... if the sea takes it, I start from zero,” said fisherman Jomarie Pagulayanon-Estoquia, 47.",
                "Jomarie Pagulayanon-Estoquia",
                "said",
                "",
            ),
            (
                "He said his wife and three children had gone to the evacuation centre at the central school at noon.",
                "Jomarie Pagulayanon-Estoquia",
                "said",
                "",
            ),
        ],
        [
            (
                "Dagsin is the 19th tropical cyclone to enter the Philippine Area of Responsibility this year and the fourth to hit Eastern Visayas since September.",
                "",
                "",
                "W",
            ),
            (
                "It is expected to cross the Sibuyan Sea on Thursday night and leave the area by Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("EMERGENCY HOTLINES", "", "", "B"),
        ],
        [
            (
                "Provincial Disaster Risk Reduction and Management Office: (055) 555 0140",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Coast Guard District Eastern Visayas: 0917 555 0121", "", "", "B"),
        ],
        [
            ("Borongan Coastal Electric Cooperative: 0998 555 0166", "", "", "B"),
        ],
        [
            (
                "Help families hit by Dagsin: our partner relief fund takes donations at visayanmonitor.ph/help.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("With reports from Rolandito Dacanayan-Pilapil in Borongan", "", "", "B"),
        ],
        [
            ("Tags: Typhoon Dagsin, Eastern Samar, Signal No. 4, evacuation", "", "", "B"),
        ],
        [
            ("© 2026 Visayan Monitor Publishing Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h72-nz-member-login",
        "Already a member? Log in",
        ["Already a member?", "Log in"],
    ),
    (
        "h72-nz-ltd-registered-office",
        "Kahuwaiora News is a trading name of Kahuwaiora Media Group Ltd. Registered office: Level 4, 22 Tory St, Wellington 6011.",
        [
            "Kahuwaiora News is a trading name of Kahuwaiora Media Group Ltd.",
            "Registered office: Level 4, 22 Tory St, Wellington 6011.",
        ],
    ),
    (
        "h72-nz-nurses-two-short",
        "Richmond retiree Norelle Masterby-Ngāwhaoa, 74, said she spent 19 hours on a trolley in a corridor in August after breaking her wrist in a fall. “The nurses were wonderful. The building isn't,” she said.",
        [
            "Richmond retiree Norelle Masterby-Ngāwhaoa, 74, said she spent 19 hours on a trolley in a corridor in August after breaking her wrist in a fall.",
            "“The nurses were wonderful.",
            "The building isn't,” she said.",
        ],
    ),
    (
        "h72-ng-co-before-figure",
        "In October the regulator fined Benue Valley Electricity Distribution Co. 200 million naira for billing customers as Band A when they had received less than 20 hours of power a day. The fine was the largest since the sector was privatised in 2013.",
        [
            "In October the regulator fined Benue Valley Electricity Distribution Co. 200 million naira for billing customers as Band A when they had received less than 20 hours of power a day.",
            "The fine was the largest since the sector was privatised in 2013.",
        ],
    ),
    (
        "h72-ng-us-dollar-mid",
        "Analysts at Lagos-based Okpanuwe Securities said in a note that the increase could add about 0.4 percentage point to headline inflation in the first quarter of 2027. Headline inflation eased to 23.4% in October from 24.1% in September, the statistics bureau said last month. The naira has lost about 9% against the U.S. dollar since January.",
        [
            "Analysts at Lagos-based Okpanuwe Securities said in a note that the increase could add about 0.4 percentage point to headline inflation in the first quarter of 2027.",
            "Headline inflation eased to 23.4% in October from 24.1% in September, the statistics bureau said last month.",
            "The naira has lost about 9% against the U.S. dollar since January.",
        ],
    ),
    (
        "h72-ng-question-she-asked",
        'Its director-general, Folasewa Ibekweru-Ransford, said some factories would move night shifts to weekends to cut their bills. "Who will buy a carton of noodles that costs 30% more?" she asked.',
        [
            "Its director-general, Folasewa Ibekweru-Ransford, said some factories would move night shifts to weekends to cut their bills.",
            '"Who will buy a carton of noodles that costs 30% more?" she asked.',
        ],
    ),
    (
        "h72-ca-am-before-parents",
        "The regional school district said buses for 46 students now use the detour, with the morning pickup on Arvillard Brook Road moved to 6:55 a.m. Parents were told in a letter sent home Monday.",
        [
            "The regional school district said buses for 46 students now use the detour, with the morning pickup on Arvillard Brook Road moved to 6:55 a.m.",
            "Parents were told in a letter sent home Monday.",
        ],
    ),
    (
        "h72-ca-nb-postcode-inc",
        "The Timberloch Weekly is published by Upper Valley Press Inc., 88 Connell St., Woodstock, N.B. E7M 1K5. © 2026 Upper Valley Press Inc. All rights reserved.",
        [
            "The Timberloch Weekly is published by Upper Valley Press Inc., 88 Connell St., Woodstock, N.B. E7M 1K5.",
            "© 2026 Upper Valley Press Inc.",
            "All rights reserved.",
        ],
    ),
    (
        "h72-ph-am-thursday-quote",
        "Weather specialist Jonalynne Mercadejas-Villaseñorin said Dagsin could make landfall between 2 a.m. and 5 a.m. Thursday near Borongan City or Guiuan. “Storm surges of up to 3 metres are possible in low-lying villages... please do not wait for the water to come before you leave,” she said.",
        [
            "Weather specialist Jonalynne Mercadejas-Villaseñorin said Dagsin could make landfall between 2 a.m. and 5 a.m. Thursday near Borongan City or Guiuan.",
            "“Storm surges of up to 3 metres are possible in low-lying villages... please do not wait for the water to come before you leave,” she said.",
        ],
    ),
    (
        "h72-jm-aet-mid",
        "Fernholme College won the Carrabyne Cup for the first time since 2015, beating St. Elfric's High 2-1 a.e.t. in front of 22,640 spectators at the National Stadium on Saturday night.",
        [
            "Fernholme College won the Carrabyne Cup for the first time since 2015, beating St. Elfric's High 2-1 a.e.t. in front of 22,640 spectators at the National Stadium on Saturday night."
        ],
    ),
    (
        "h72-jm-exclaim-said-then-quote",
        "“Eleven years!” said Fernholme coach Dwayneil Fotheringdale-Spenlow, who played in the 2015 final. “This group trained at 5:30 a.m. every day since August, and you saw it in extra time.”",
        [
            "“Eleven years!” said Fernholme coach Dwayneil Fotheringdale-Spenlow, who played in the 2015 final.",
            "“This group trained at 5:30 a.m. every day since August, and you saw it in extra time.”",
        ],
    ),
    (
        "h72-jm-co-ltd-rights",
        "© 2026 The Cavaley Gazette Co. Ltd. All rights reserved.",
        ["© 2026 The Cavaley Gazette Co. Ltd.", "All rights reserved."],
    ),
    (
        "h72-au-vs-ellipsis",
        "Lead author Dr Shanthelle Okonjoro-Whitlander, an urban climatologist, said suburbs with under 10 per cent canopy recorded surface temperatures of up to 52.7°C, vs. about 44°C in suburbs with more than 30 per cent cover. “People think a few degrees is academic... it isn't when you're 80 and living alone in a fibro house with no air conditioning,” she said.",
        [
            "Lead author Dr Shanthelle Okonjoro-Whitlander, an urban climatologist, said suburbs with under 10 per cent canopy recorded surface temperatures of up to 52.7°C, vs. about 44°C in suburbs with more than 30 per cent cover.",
            "“People think a few degrees is academic... it isn't when you're 80 and living alone in a fibro house with no air conditioning,” she said.",
        ],
    ),
    (
        "h72-au-ie-fig-p",
        "Heat-related ambulance call-outs (i.e. for heat stroke, dehydration and heat exhaustion) were 23 per cent higher in the least-shaded suburbs, after adjusting for age and income (Fig. 3). The paper says the gap was largest among people aged 75 and over, at 31 per cent (p < 0.001).",
        [
            "Heat-related ambulance call-outs (i.e. for heat stroke, dehydration and heat exhaustion) were 23 per cent higher in the least-shaded suburbs, after adjusting for age and income (Fig. 3).",
            "The paper says the gap was largest among people aged 75 and over, at 31 per cent (p < 0.001).",
        ],
    ),
    (
        "h72-in-dr-initials-ward",
        "Returning officer Dr. S.V. Kharkhanis-Pillaimuthu said the final result, from Ward No. 31, was declared at 7:18 pm after a recount that took nearly two hours. That's all from our live coverage of counting day; we will be back with analysis tomorrow.",
        [
            "Returning officer Dr. S.V. Kharkhanis-Pillaimuthu said the final result, from Ward No. 31, was declared at 7:18 pm after a recount that took nearly two hours.",
            "That's all from our live coverage of counting day; we will be back with analysis tomorrow.",
        ],
    ),
    (
        "h72-in-exclaim-he-said-comma",
        "NNA city president Dharmendra Ahirrao-Velankarwar told supporters outside the party office on College Road that the new corporation would give every household a daily water supply within two years. “Nashik has spoken!” he said, as workers set off firecrackers. He said the party had won 22 more seats than in 2017.",
        [
            "NNA city president Dharmendra Ahirrao-Velankarwar told supporters outside the party office on College Road that the new corporation would give every household a daily water supply within two years.",
            "“Nashik has spoken!” he said, as workers set off firecrackers.",
            "He said the party had won 22 more seats than in 2017.",
        ],
    ),
    (
        "h72-in-initial-a-bnss",
        "Deputy Commissioner of Police (Zone 1) Ranvijay A. Jadhav-Fereirinha said prohibitory orders under Section 163 of the BNSS, banning gatherings of more than five people near counting centres, would remain in force till 12 am. He said 1,150 police personnel, including two companies of the State Reserve Police Force, were on duty across the city.",
        [
            "Deputy Commissioner of Police (Zone 1) Ranvijay A. Jadhav-Fereirinha said prohibitory orders under Section 163 of the BNSS, banning gatherings of more than five people near counting centres, would remain in force till 12 am.",
            "He said 1,150 police personnel, including two companies of the State Reserve Police Force, were on duty across the city.",
        ],
    ),
    (
        "h72-na-no-then-figures",
        "KASUTO-HENGARI: No. A cow fetches N$9,000 at the auction in Opuwo, and the scheme pays N$3,500. We lost 23 cattle and 61 goats to lions and elephants this year. And the forms... people wait eight months for the money.",
        [
            "KASUTO-HENGARI: No.",
            "A cow fetches N$9,000 at the auction in Opuwo, and the scheme pays N$3,500.",
            "We lost 23 cattle and 61 goats to lions and elephants this year.",
            "And the forms... people wait eight months for the money.",
        ],
    ),
    (
        "h72-na-pm-before-then",
        "KASUTO-HENGARI: We built 6 km of elephant-proof walls around two boreholes with money from a German donor. Since July there has been no damage at those two. We also have 11 game guards on motorbikes who phone the herders when elephants are moving, usually around 5 p.m. Then the cattle go into the kraals.",
        [
            "KASUTO-HENGARI: We built 6 km of elephant-proof walls around two boreholes with money from a German donor.",
            "Since July there has been no damage at those two.",
            "We also have 11 game guards on motorbikes who phone the herders when elephants are moving, usually around 5 p.m.",
            "Then the cattle go into the kraals.",
        ],
    ),
    (
        "h72-ie-ltd-before-work",
        "Construction is being carried out by Kilcornan Build Ltd. Work on site began in October and is scheduled to finish in the third quarter of 2027.",
        [
            "Construction is being carried out by Kilcornan Build Ltd.",
            "Work on site began in October and is scheduled to finish in the third quarter of 2027.",
        ],
    ),
    (
        "h72-ie-inc-is-minn",
        "Tennerand-Ashcotter Surgical, Inc. is a medical technology company based in St. Paul, Minn., with 7,400 employees worldwide. For more information, visit tennerandashcotter.com.",
        [
            "Tennerand-Ashcotter Surgical, Inc. is a medical technology company based in St. Paul, Minn., with 7,400 employees worldwide.",
            "For more information, visit tennerandashcotter.com.",
        ],
    ),
    (
        "h72-us-us-before-that",
        "Only about 1 in 60 commutes in the region is made by public transit, among the lowest shares for a metro area its size in the U.S. That is a reason to build the network up, not a reason to finish it off.",
        [
            "Only about 1 in 60 commutes in the region is made by public transit, among the lowest shares for a metro area its size in the U.S.",
            "That is a reason to build the network up, not a reason to finish it off.",
        ],
    ),
    (
        "h72-us-st-before-riders",
        "The board meets at 4 p.m. Dec. 10 at its offices at 600 Longworth St. Riders can sign up to speak until noon the day before. They should.",
        [
            "The board meets at 4 p.m. Dec. 10 at its offices at 600 Longworth St.",
            "Riders can sign up to speak until noon the day before.",
            "They should.",
        ],
    ),
    (
        "h72-us-co-rights",
        "© 2026 Spyglass Media Co. All rights reserved.",
        ["© 2026 Spyglass Media Co.", "All rights reserved."],
    ),
    (
        "h72-ke-magistrate-quote",
        "“The accused was not a bystander. He was the accounting officer, and he signed,” the magistrate said. She said 14 prosecution witnesses, including two county engineers, had testified that no tank was ever seen at the sites.",
        [
            "“The accused was not a bystander.",
            "He was the accounting officer, and he signed,” the magistrate said.",
            "She said 14 prosecution witnesses, including two county engineers, had testified that no tank was ever seen at the sites.",
        ],
    ),
    (
        "h72-ke-po-box",
        "Copyright © 2026 Mwangavu Media Group. P.O. Box 30412-00100, Nairobi.",
        ["Copyright © 2026 Mwangavu Media Group.", "P.O. Box 30412-00100, Nairobi."],
    ),
    (
        "h72-pk-pvt-ltd-before-it",
        "The company's ethanol business is run by a wholly owned subsidiary, Chaknoor Distillery (Pvt.) Ltd. It exported 54,000 tonnes of ethanol in FY26, up from 38,000 tonnes.",
        [
            "The company's ethanol business is run by a wholly owned subsidiary, Chaknoor Distillery (Pvt.) Ltd.",
            "It exported 54,000 tonnes of ethanol in FY26, up from 38,000 tonnes.",
        ],
    ),
    (
        "h72-pk-vs-approx",
        "Shares of Chaknoor closed 4.2% higher at Rs. 318.45 on Friday, against a 0.8% gain in the benchmark KSE-100 index. Around 1.3m shares changed hands, vs. a three-month average of approx. 410,000.",
        [
            "Shares of Chaknoor closed 4.2% higher at Rs. 318.45 on Friday, against a 0.8% gain in the benchmark KSE-100 index.",
            "Around 1.3m shares changed hands, vs. a three-month average of approx. 410,000.",
        ],
    ),
    (
        "h72-ph-inc-before-cooperative",
        "Power was cut in 19 towns at 1 p.m. as a precaution, said Borongan Coastal Electric Cooperative Inc. The cooperative said lines would be restored only after the signal was lowered.",
        [
            "Power was cut in 19 towns at 1 p.m. as a precaution, said Borongan Coastal Electric Cooperative Inc.",
            "The cooperative said lines would be restored only after the signal was lowered.",
        ],
    ),
    (
        "h72-ph-brgy-sto-ellipsis",
        "In Brgy. Sto. Niño, a fishing village at the edge of Guiuan, men dragged their boats onto the road on Wednesday afternoon and tied them to coconut trees. “My boat is my whole life... if the sea takes it, I start from zero,” said fisherman Jomarie Pagulayanon-Estoquia, 47.",
        [
            "In Brgy. Sto. Niño, a fishing village at the edge of Guiuan, men dragged their boats onto the road on Wednesday afternoon and tied them to coconut trees.",
            "“My boat is my whole life... if the sea takes it, I start from zero,” said fisherman Jomarie Pagulayanon-Estoquia, 47.",
        ],
    ),
]
