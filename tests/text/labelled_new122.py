"""Hundred-and-twenty-second set of new hand-labelled pages for the hint engines (tuning set, round forty-eight):
twelve WHOLE pages of ordinary news from twelve countries and regions thin in the sets (Kenya, Ghana,
Malaysia, Singapore, Pakistan, Bangladesh, Fiji, Barbados, Wales, Northern Ireland, Prince Edward
Island in Canada's Atlantic provinces, and Alaska), each pasted the way a reader gets it from a PHONE
(a mobile site), from a browser's READER VIEW, from an AMP page or from a browser's PRINT VIEW, three
pages of each, and each of a different kind: a water utility's rationing (Kenya, phone), market
prices (Ghana, reader view), public transport (Malaysia, AMP), a court report (Singapore, print
view), farm prices (Pakistan, phone), public health (Bangladesh, reader view), a flood (Fiji, AMP),
tourism figures (Barbados, print view), council cuts (Wales, phone), a GP practice closing (Northern
Ireland, reader view), fisheries (Prince Edward Island, AMP) and a fishing closure (Alaska, print
view). What is hard is the furniture these pastes carry into the text and how it sits against
stories full of figures and speakers: app banners and their buttons ("OPEN", "INSTALL", "Not now
Open"), hamburger masthead lines with icons, language toggles, "Listen to this article" lines with a
player's time or speed, "Tap to listen", read-time lines ("5 min read") and reader view's reading-time
lines ("7–9 minutes"), reader view's source URL line at the head and the original page's date line
and "Listen" label left inside it, print view's header (date, time, title and outlet on one line)
repeated after every page break and its footer (the URL and "1/3", "2/3", "3/3") at each break,
"Printed from" lines, AMP bars and "View full site" links, image counters ("1/3"), truncated captions
and standfirsts ending in "…" with their toggle on the same line ("more", "Show more", "Read more",
"Expand"), toggles on their own line ("Read the full story ⌄", "Show more ⌄", "Continue reading ⌄",
"Show full story ▾", "Expand to read more ⌄"), sticky share bars ("Share   Save   💬 23", "🔗 Share
🔖 Save   Aa Text size"), "Story continues below" and "Story continues below advertisement", bottom
tab bars, contributor lines, a correction note, newsletter, WhatsApp, donation and republish lines.
The stories around them carry speakers with titles from many house styles ("Eng.", "Hon.", "Madam",
"Dr", "Prof Dr", "Datuk Seri", "YB", "Ir.", "Mr", "Ms", "District Judge", "Defence lawyer", "Provincial
Food Minister", "Mian", "Sheikh", "Commissioner Western Ratu", "NDMO director", "Minister of Tourism
Senator the Hon.", "Cllr", "... MS", "Local MLA", "Fisheries Minister"), speakers named after their
quotes, quotes running over sentences and paragraphs, organisations, groups, documents and data as
sources, unnamed officials and spokespeople, and check-worthy figures beside opinions, plans,
forecasts and questions. The pages hold 521 sentences: 196 "B", 197 "W" and 128 ""; 268 sentences carry
a speaker (134 distinct speakers). `STYLES` describes each page, its story, its speakers and its
furniture in order.

Written from scratch for issue 13 in round forty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief (printed whole, in the same command that listed
`/tmp/brief`, which held the brief and a task list that was not opened); the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`); `def build` in
`tests/text/labelled_articles.py` (its source segment printed by an `ast` script of my own, that
function only); the `[tool.ruff]` tables of `pyproject.toml` (a `sed` address range from `[tool.ruff`
to the next other `[tool.` table), all in one command; and, from `labelled_new119.py` and
`labelled_new120.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each. It was printed once
(the tool cut its middle, so that most of the docstring of `labelled_new119.py`, and the end of the
first page, the second page and the cases of `labelled_new120.py` were seen), then saved to a scratch
file, of which `grep -n` showed the section markers and `sed` showed three ranges: the rest of the
docstring and the `STYLES` of `labelled_new119.py` (lines cut at 2,500 characters); the docstring
and `STYLES` of `labelled_new120.py` (lines cut at 3,000 characters; the tool cut about twenty lines
of the docstring, which a narrower range then showed, together with the first lines of the cases
section); so the pages and cases of `labelled_new119.py` and most of the first page of
`labelled_new120.py` were never seen. The same command as the narrower range listed `/tmp/sets`,
which held other writers' scratch folders; none was opened. No other page, case or docstring of any
file under `tests/` was read. What was run: a Python one-liner printing the calendars of February to
April 2027 (to check weekdays); scripts of my own in a scratch folder that turn a small line format
(flag, speaker, cue and text separated by a tilde, one line a paragraph unless it starts with "+",
case marks naming a first sentence and a length) into the literals below, insert and fix lines,
apply renames, and count sentences, flags and speakers; substring, case-insensitive per-word file
counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`) for every capitalised word of three
letters or more and every part of a hyphenated word of the pages and `STYLES` (734 words in the first
draft and 715 in the last, run three times, then a pass
over every word of the final literals not yet counted), and for about 130 candidate replacements; an import of this file with
`labelled_articles.build` on every page and a check of four string fields, the flags, the text at
each label's offsets, no "B" with a speaker, a cue for every speaker and a speaker for every cue, 30
distinct case ids, every case text in a built page and equal to its sentences joined by single
spaces, each expected sentence one labelled sentence of one paragraph, in order, and the counts
above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's
`pyproject.toml` as config, the check through `--stdin-filename tests/text/labelled_new122.py` so
that the per-file ignores for `tests/**` apply. Only counts were read from the word searches, never
the matched lines or file names. Of the first draft's coined words, about forty hit other files and
were renamed: surnames and parts of hyphenated surnames (Asiedu, Ntiamoah, Mumuni, Lagatwo,
Bhattiwala, Chowdhurani, Akhter, Alamgir, Halimah, Sulaimi, Selvarajoo, Vakaloloma, Raikadroka,
Seruvatu, Boyce, Pryce, Lloyd, Tregaron, Corrigall, Fennimore, Keaney, Doiron, Pettipasse,
Arsenault, Beaulac, Igkurak, Ocheltree, and the Chinese surnames and given names of the Singapore
and Penang pages, Quek, Sng, Chua, Teoh, Ong, Keong, Tan and Lim, whose people were renamed), a
market (Adumanya), a town (Glanwern), a terminal and two streets (Seroja, Kemboja, Kerling), outlets
(Tanjong, Bajan, Tywi), a brokerage (Coralstone) and a cruise line (Tidewater); candidate
replacements that hit as well (Sultana, Sarkarbari, Bhuiyanpara, Seow, Phua, Kwek and the like) were
not used, and only replacements with no hit were kept. Before the word searches, real streets and
landmarks of the first draft (a quay, a mall, a mosque road, a national highway, a junction, a
factory, a river in an outlet's name, a point in a firm's name) were replaced by invented ones. What
still hits is real countries, regions, cities, towns, rivers and seas (Kenya, Nakuru, Njoro, Ghana,
Kumasi, Ashanti, Bono East, Paga, Burkina Faso, Penang, George Town, Teluk Bahang, Batu Maung, Bayan
Lepas, Perak, Singapore, Tampines, Little India, Sylhet, Lahore, Punjab, Bahawalpur, Chattogram,
Dhaka, Fiji, Ba, Tavua, Lautoka, Barbados, Bridgetown, Wales, Ceredigion, Cardiff Bay, Stormont, the
Bann, Ottawa, the Gulf of St. Lawrence, Alaska, Bethel, the Bering Sea and the like), common given
names kept on purpose (Wanjiku, Grace, Beatrice, Joseph, Samuel, Daniel, Akosua, Comfort, Adjoa,
Abena, Efua, Yaw, Issaka, Abdulai, Kwabena, Faridah, Arumugam, Kamarul, Ariffin, Aminah, Jeyakumar,
Selvakumar, Kavitha, Kelvin, Eunice, Vanessa, Ghulam, Tariq, Nusrat, Nazmul, Shahnaz, Farzana,
Semisi, Josaia, Losana, Anil, Kerri-Ann, Everton, Marcia, Natalie, Dylan, Catrin, Gareth, Aled,
Megan, Niamh, Siobhan, Pauline, Orla, Declan, Wendell, Rachelle, Terrence, Robbie, Marlys, Darcy,
Walter, Anna, Peter and the like), titles and tokens (Datuk, Seri, Eng, Hon, Prof, Ratu, Turaga,
Koro, Mian, Rana, Sheikh, Cllr, MCA, MLA, MOM, NDMO, DFO, HDB, PLC, Sdn, Bhd, Pte, Pvt, Regn, Inc,
Ltd, MYT, FJT, BST, ADT) and common, Malay, Welsh and Swahili words (Jalan, Pengkalan, Teluk,
Canolfan, Hamdden, Cymraeg, Soko, Chak, Ledger, Sentinel, Tidings, Tribune, Chronicle, Current and
the like).

Every person, outlet, utility, firm, brokerage, cruise line, association, union, club, town and
tribal council, hospital, market, arcade, terminal, street, dam, village, estate, the Tullikak
River and every figure is invented. Real countries, regions, cities and institutions appear
only as settings: those listed above, the Water Resources Authority and the Kenya Meteorological
Department (an invented statement and outlook), the Customs Division of the Ghana Revenue
Authority, the Ministry of Food and Agriculture and the Ghana Statistical Service (invented
figures), the Workplace Safety and Health Act, the Ministry of Manpower and the State Courts
(an invented case), the Pakistan Bureau of Statistics (a price), the Directorate General of Health
Services (invented counts), the National Disaster Management Office, the Fiji Meteorological
Service and the Fiji Roads Authority (invented statements), the Barbados Statistical Service and
Ministry of Finance (invented figures), the Welsh Government, the Senedd, the BBC and the Local
Democracy Reporting Service (a statement and a funding line), the Department of Health and its
minister at Stormont, Fisheries and Oceans Canada, the Canadian Ice Service and Environment Canada
(invented statements and figures), the Alaska Department of Fish and Game (an invented closure),
and Facebook, X, WhatsApp, Telegram, Viber, Google News, iOS and Android (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every banner, button row, masthead, toggle, section path, byline, role, date,
read-time and player line, source URL line, print header and footer, caption, credit, share bar,
link, list item, note and legal line is a paragraph of its own); each paragraph a list of sentences
`(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by
line, whatever it says; a caption by its content and its credit "B"; headlines and standfirsts never
split and flagged by content, a headline's or standfirst's "says", "say" or "fear" carrying the
speaker the story names as first given ("Water company says" -> the utility; "state says" -> the
state committee chairman) or the group as written ("Farmers say", "Fishers fear", "Biologists say");
a dateline belongs to its lead sentence; a speaker is the full name as first given without titles, a
pronoun, a later surname or a title with a surname resolving to it; a generic noun for an
organisation, a document or a group is kept as written ("the company", "the association", "The
report", "the statement of facts", "the letter", "the department", "The department", "the service",
"The service", "the council", "the figures"), while "it said" resolves to the organisation as first
given; "according to X" gives X as written; a quote over several sentences or paragraphs carries its
speaker and cue in each; "X declined to comment" and "X did not respond to ..." carry X, "".

Conventions this set had to settle, in the same spirit:

* Reader view: the source URL line, the reading-time line ("7–9 minutes"), the original page's
  date line and a leftover "Listen" or "Advertisement" label are "B", each a paragraph.
* Print view: the print header (date, time, headline and outlet on one line) is "B" every time it
  recurs, though it repeats the headline, and so is the footer with the URL and the page count;
  a page break never splits a paragraph, and the paragraph after it is labelled as if the break
  were not there ("She asked for a fine of at least $100,000." still carries the prosecutor).
* A truncated caption or standfirst pasted with its toggle on the same line is one paragraph of two
  sentences: the visible text, labelled by what it says ("" for a cut-off figure), and the toggle
  ("more", "Show more", "Read more", "Expand") as a "B" sentence; a toggle on its own line is a "B"
  paragraph.
* App and AMP furniture (install and open banners and buttons, "Not now     Open", "English |
  Cymraeg", hamburger masthead lines with icons, player time lines, image counters, sticky share,
  save and text-size bars, "Back to top", bottom tab bars) is "B" line by line.
* A correction note at the foot of a story is an editor's note, "B" sentence by sentence ("It is
  nine." too), like a contributor line.
* Bracketed initials after an organisation's first mention are not part of its speaker ("the
  Directorate General of Health Services (DGHS)" -> "the Directorate General of Health Services",
  "the National Disaster Management Office (NDMO)", "Fisheries and Oceans Canada (DFO)"); a later
  "the NDMO said" or "according to the DGHS" resolves to that name, while "DGHS data show" is kept
  as written as a document.
* Names of many traditions: "Rana" is kept as part of a Punjabi name, "Mian" and "Sheikh" dropped
  as honorifics; "Madam", "Prof Dr", "Eng.", "Ir.", "YB", "Datuk Seri", "Commissioner Western Ratu",
  "Minister of Tourism Senator the Hon." and a trailing "MS" are dropped; "the Turaga ni Koro of
  Nasivitu village" after a name is a role; a Malay name without a surname is resolved from its
  short form ("Kamarul Ariffin said" -> "Kamarul Ariffin Selasihan"); "Md" is kept as written in a
  Bangladeshi name; a man who gave only his first name is carried by it ("Abdulai").
* A role with no name is kept as written as the speaker ("The Ashanti Regional Minister", "the Health
  Minister"), but "The Ashanti Regional Minister visited ..." alone carries no speaker.
* A plain sentence (not a quote) that follows an attributed one carries no speaker ("That is 1.3
  metres above ...", "Dhaka accounted for 2,310 of them.", "Nearly 400 live in ...", "The sockeye run
  was ...", "That was down from 32,100 in 2021."), unlike a quote's continuation.
* "said through an interpreter" is the elder's own cue; a prosecutor who "asked for" a fine is the
  speaker with that cue and "W" (a submission of record); "She noted" and "noted" are cues.
* A question nested in a quote with an inner quotation mark (“My customers ask me, ‘Auntie, ...?’”
  she said.) is one sentence.

Check-worthiness as in the recent sets: statements of record by officials, courts, documents and
data, figures, dates and first-person records ("Last week I spent Sh1,400 on water alone.", "On a
three-ship day I sold 40 sandwiches", "My daughter learnt to swim there, and so did I, in 1984")
are "W"; opinions, feelings, questions, pleas, promises, plans
with dates and figures (boreholes by June, a complaints cell, a consultation from March 31, a review
on April 30), forecasts and likely or could statements ("Prices could fall ...", "shore prices would
likely open above $8 a pound", a weather outlook) and refusals to comment are "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or three
consecutive sentences of one paragraph of these pages joined by single spaces: truncated captions
and a standfirst ending in "…" before their toggles ("more", "Expand", "Show more", "Read more");
"Eng." before a name and quotes continued after their attribution; a county executive's long title
before a plan and a record; "Madam" and a long relative clause before a quote; a farmer named after
his quote; a nested question with an inner quotation mark; "Datuk Seri" before a fare quote; "Sdn
Bhd." and "(Pvt.) Ltd." before "All rights reserved."; "Pte Ltd" and "Mr" mid-sentence; a
prosecutor's quote; "Pte. Ltd. (Co. Regn. No. 202011284Z)." before "All rights reserved."; "Rana" and
a continued quote; "?” asked ..." as one sentence; "Prof Dr" and a plea; a correction note in two
sentences; "9am" mid-sentence before an unattributed comparison; "Commissioner Western Ratu" before
two "He said"; "Senator the Hon." with "US$96" and "US$103"; a tip question before an email line;
"Cllr" before a question inside a quote; "Dr" before a long relative clause; "7am every weekday";
"SOURIS, P.E.I. —" before "26A"; "Ltd. in Souris" mid-sentence; a biologist's long relative clause
before a question; and "the department said" before an unattributed record and "It said": what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Kenyan DAILY\'s MOBILE SITE pasted from a PHONE (Nakuru), piped water cut to three days a week as a dam falls to 31 per cent: an app banner and its OPEN button, a hamburger masthead line, section label; headline "W" and a standfirst "Water company says ..." carrying the company as the lead names it ""; byline and role on two lines, a date line with "5 min read", a "Listen to this article" line and a player time line; a TRUNCATED caption ending in "…" with its "more" toggle split off as a "B" sentence, a photo credit with pipes; lead with "the Kisaruni Water and Sanitation Company said" "W"; a zone schedule through according to "W"; the managing director with "Eng." dropped ("told the Post" "W", a figure quote "W", a forecast quote ""); a sticky share bar; county planning figures through according to "W"; the county executive with her long title dropped (boreholes as a plan "", drilled boreholes of record "W"); "Water vendors in Githiora estate said" "W" and a mother named after her quote (a prediction "", her spending "W"); an unattributed count of connections "W"; a hoteliers\' chairman named before a relative clause ("W", a quote and a question ""); ADVERTISEMENT and a "Read the full story ⌄" toggle; "The Water Resources Authority ... said in a statement" "W"; the ward MCA with "Hon." dropped ("W", "he said" ""); "Mr Mutaiwe said" leaks of record "W" and "He said" a plan "" with a quote of record "W"; a weather outlook that "says" ""; "Ms Kiplagatwo said" car washes closed "W" and a quote ""; a review date "" carried by "the company" (share/save/comments bar, a "Tap to read 2 more stories" line, Related list, a WhatsApp line in two sentences, copyright split at "PLC." before "All rights reserved.", bottom tab bar)',
    'Ghanaian NEWS SITE in a browser\'s READER VIEW (Kumasi), tomato prices double in three weeks as trucks stall at the northern border: the reader view\'s source URL line, the title as a headline "W", the author line and a reading-time line "7–9 minutes", the site\'s menus gone; caption "" and a credit with a slash; a lead through according to "the market\'s tomato sellers\' association" "W" and "the association said" "W"; the association\'s leader with "Madam" dropped, named before a long relative clause ("told the Okyeredu Times" "W"), then "she said" a figure "W" and a quote that runs into the next paragraph with no attribution, a question and its answers in three sentences ("Water." / "Only water.”"), all carrying her and "said" ""; "She said" a fund of record "W" and a feeling ""; an "Also read:" link left in the text; the Customs Division spokesperson kept as written ("did not respond to calls" ""); ministry figures through according to "W"; a farmer named after his quote ("W", a continuation ""); the statistics service "said on March 10" "W"; an economist with "Dr" dropped ("said" an opinion "", "She said" a record "W", "she said" a could-forecast ""); a bowl seller named before her apposition ("W"), a nested question in quotes ‘...?’” she said. and its continuation ""; "its managers said" kept as written "W"; a leftover "Advertisement" line, "the statistics service said" as written "W" and an empty "Listen" label; a truck driver with "Mr" dropped who "told this reporter by phone" "W" and "He said" "W"; a union branch chairman who gave only his first name carried by that name ("W", a quote ""); "The Ashanti Regional Minister visited ..." with no speaker and "He said" a meeting carried by him as first given ""; tags line, an author bio in two sentences and an email line',
    'Malaysian NEWS SITE\'s AMP PAGE (Penang), 45 electric buses for six routes from April 1: an AMP bar with the masthead, a "View full site" link, section label; headline "..., state says" carrying the state committee chairman the story names, as first given, "W"; a standfirst cut short with an "Expand" toggle split off as a "B" sentence; byline, a date line with "MYT" and "4 min read", a "Listen to this article" line with its speed button; caption "" and credit; a "GEORGE TOWN:" lead with "the state-owned operator Bayusentral Bus Sdn Bhd said yesterday" (descriptor dropped) "W"; the state committee chairman with "Datuk Seri" dropped, named before a long relative clause ("told a press conference" "W", "he said" a fare "W", a promise ""), later "Kamarul Ariffin said" (Malay style, no surname) resolved to the full name; the operator\'s chief executive with "Ir." dropped ("W", a quote "" and its continuation of record "W"); ridership figures through according to "W"; an unattributed route fact "W"; an Advertisement line and a "Share this article" row; the drivers\' union secretary named after her quote ("", then training "W"); "Commuters at the Pengkalan Merbuk terminal said" with the time adverb dropped ""; a commuter named after his quote with "7.15am" and "8.02am" mid-sentence "W" and a question ""; breakdowns with no speaker "W"; a researcher with "Dr" dropped ("W", "She said" ""); a "Continue reading ⌄" toggle; the opposition assemblyman with "YB" dropped ("W", "He said" ""); the chairman again (a study "", subsidies "W"); chargers and the fleet "the company said" ("W" then ""); fare rules with no speaker "W" (Related Articles list, "Back to top", copyright split at "Sdn Bhd." before "All rights reserved.", AMP footer)',
    'Singaporean daily\'s COURT REPORT in a browser\'s PRINT VIEW, a renovation firm fined $84,000 after a worker\'s nine-storey fall: the print header (date, time, title and outlet on one line) at the head and again after each page break, the print footer (the page\'s URL and "1/3", "2/3", "3/3") at each break, all "B"; a section path with a pipe; headline "W"; byline, a Published/Updated line, a "Listen to this article" residue; lead with "SINGAPORE –" and no speaker "W"; "Pte Ltd" mid-sentence in the guilty plea and the director\'s fine "W"; "According to the statement of facts" and "the statement of facts said" kept as written "W"; the ministry\'s prosecutor with her role dropped ("told the court" "W", a two-sentence quote ""), across a page break "She asked for" a fine "W"; the defence lawyer ("said in mitigation" "W", "He said" compensation "W"); the judge with "District Judge" dropped ("said" "", "She noted" a statistic "W", "she said" a quote ""); "The company\'s lawyers said" as written "W"; an Advertisement residue; the worker\'s brother with "Mr" dropped named before a relative clause ("said outside court" "W", "he said" remittances "W", a feeling ""); the law\'s maximum penalties with no speaker "W"; "In a statement after the hearing, the Ministry of Manpower said" "W"; a migrant workers\' centre head with "Mr" dropped ("W", two quotes ""); "the ministry\'s figures" through according to "W"; "Ms Ramalingeswari said" an appeal "" and the director "declined to comment when approached" ""; a WhatsApp channel line in two sentences ("Tap here."), topics line, copyright with "Pte. Ltd. (Co. Regn. No. ...)." before "All rights reserved."',
    'Pakistani DAILY\'s MOBILE SITE pasted from a PHONE (south Punjab), the province sets the wheat support price at Rs3,900 per 40kg: an install banner and its button, a masthead line with icons, section path with ›; headline "W"; standfirst "Farmers say ..." carrying them as written "W"; a byline "Our Correspondent" with the place, a date line and "Tap to listen" with a running time; a "BAHAWALNAGAR:" lead with "The provincial food department announced" "W"; a target "according to a notification issued on Friday" "W"; the food minister with his post dropped and "Rana" kept as part of the name ("told the Kasid" "W", "he said" an opinion "", a continued quote of record "W"); the farmers\' council president with "Mian" dropped, named after a long apposition ("W", "He said" a plan ""); a farmer named after "?” asked ..." (one sentence, "") and "He said" a sale of record "W"; an unattributed crop estimate "W"; the president again ("Mian Sukheranwala said" an opinion "", "He said" traders "W"); a sticky share/save/text-size bar and "Story continues below"; "the Pakistan Bureau of Statistics" through according to "W"; the millers\' group chairman with "Sheikh" dropped ("W", a forecast ""); a food department spokesman who asked not to be named, kept as "A food department spokesman" ("W", "He said" a plan ""); a widow named after her quote (a bribe of record "W", "“I paid.”" and a question ""); "The minister said" a plan ""; a "Show more ⌄" toggle; "Farmers in Haroonabad tehsil said" "W"; the sack app and its outage with no speaker "W"; a record year "W"; a start date "" carried by "the food department" (comments count, Next story, a WhatsApp follow line, copyright split at "(Pvt.) Ltd." before "All rights reserved.", bottom tab bar)',
    'Bangladeshi DAILY\'s HEALTH story in a browser\'s READER VIEW (Chattogram), dengue cases in the first quarter triple before the season begins: the source URL line, title "W", an author line with a desk and a name, a reading-time line; the original page\'s Published/Updated line and a "Listen" label left in; caption "" and credit; a lead through according to "the Directorate General of Health Services (DGHS)", carried by the directorate without the bracketed initials "W", and "DGHS data show" kept as written "W"; the hospital director with "Prof Dr" dropped ("told the Sonarekha Tribune" "W", a quote with a figure "W", a plea ""); a mother named after her quote at a ward ("" then "W"); an "Also Read" line; the city corporation\'s chief health officer with "Dr" dropped ("said" a drive "", "He said" a larval survey "W"); an Advertisement residue; an entomologist named before a long relative clause (a could-forecast with figures "", "She said" a record "W"); "according to the DGHS" resolved to the directorate as first given "W" and an unattributed follow-up "W"; a rickshaw puller named after his quote (lost days and money "W", a question ""); "Residents of Bakalia said" "W"; "A city corporation official, who spoke on condition of anonymity, said" with the clause dropped "W" and "The official said" carried by that official ""; "the hospital\'s deputy director said" kept as written "W"; beds with no speaker "W"; a contributor line, a "Follow ... on Google News" line and a correction note in two sentences, all "B"',
    'Fijian NEWS SITE\'s AMP PAGE (Ba, Western Division), flash floods force 640 people into evacuation centres: an AMP bar, a live-updates banner, section path with a slash; headline "W"; byline, a date line with "FJT", a "Listen to this article" line; a TRUNCATED caption with its "Show more" toggle split off, credit in capitals; a "BA:" lead with "the National Disaster Management Office (NDMO) said" carried without the bracketed initials "W"; the Fiji Meteorological Service\'s figures through according to with "9am" mid-sentence "W" and an unattributed comparison "W"; a village headman named after his quote with "the Turaga ni Koro of" after the name ("W", a feeling ""); the town council\'s special administrator named before a relative clause ("W", "He said" a waiver ""); the divisional commissioner with "Commissioner Western Ratu" dropped ("told reporters" "W", "He said" a warning with a quoted tail "", "He said" closures "W"); the NDMO director ("W", two quotes ""); "the NDMO said" resolved to the office as first given "W"; evacuation centres with no speaker "W"; an Advertisement and a share row; "Market vendors in Ba said" "W"; a vendor named after her quoted question ("" then "W"); "The Fiji Roads Authority said on its Facebook page" "W" and "It said" a plan ""; "the service said" a forecast kept as written ""; a cane grower named before a relative clause ("W", a quote ""); a "Show full story ▾" toggle; an earlier flood with no speaker "W"; "The service said" rainfall "W" and a warning in force "W" (Related list, an app line in two sentences, copyright split at "Pte Limited." before "All rights reserved.", AMP footer)',
    'Barbadian DAILY\'s BUSINESS story in a browser\'s PRINT VIEW, cruise passenger arrivals up 18 per cent in the winter season: the print header (date, time, title and outlet) at the head and again after the page break, the print footer with the URL and "1/2", "2/2"; a section label, headline "W", byline with "Business Reporter", a date line; caption "" and a bracketed credit ending in "."; the lead through according to "figures released by the port on Monday" "W"; ship calls "the figures show" "W"; the tourism minister with "Minister of Tourism Senator the Hon." dropped ("told the Sentinel" "W", a quote "" and its continuation of record "W"); the taxi association president named after his quote ("" then "He said" "W"); the vendors\' arcade chairwoman with "Ms" dropped and a long relative clause ("told the Sentinel" "W", "she said" a feeling ""); a rum-shop owner ("said" "", a first-person record in a quote "W", colour ""); a season total with no speaker "W"; "the Barbados Statistical Service" through according to "W"; an analyst who "wrote in a note to clients" an opinion "" and "She noted" a record "W"; an Advertisement residue; a cruise line that "did not respond to emailed questions" ""; a head tax with no speaker "W" and its yield through according to "W"; a berth project with no speaker "W" and the port\'s chief executive ("said" a plan "", "He said" dredging "W"); "Ms Marshallby said" a meeting ""; a print-only "Printed from" line, a tip line in two sentences, copyright split at "Co. Ltd." before "All rights reserved."',
    'Welsh REGIONAL NEWS SITE pasted from a PHONE (Ceredigion), the county council proposes closing a town\'s leisure centre and pool to save £412,000 a year: an app banner and a "Not now / Open" row, a language toggle with "Cymraeg", a masthead line with icons, section path with ›; headline "..., council says" carrying "the county council" as the lead names it "W"; byline and "Local Democracy Reporter" on two lines, a time/date line with "BST" and a read time; an image counter "1/3", a TRUNCATED caption (the centre\'s Welsh name) with its "Read more" toggle split off, credit; lead with no speaker "W"; "the council\'s cabinet report" through according to "W" and "The report says" "W" (twice); the cabinet member with "Cllr" dropped ("said" savings "W", "he said" a view "", a question inside a quote ""); a sticky share bar; the swimming club secretary with "Ms" dropped, named before a long relative clause ("told the Tidings" "W", "She said" medals "W", a feeling ""); a petition and a population with no speaker "W"; a "Show more ⌄" toggle; the Member of the Senedd with "MS" after the name ("said" "", "She said" a promise ""); a father named after his quote with a first-person record ("W") and two questions ""; "A Welsh Government spokesperson said" "W"; the opposition group leader with "Cllr" dropped (spending "W", a quote "", an amendment "W", a quote ""); a consultation "" carried by "the council"; two closures with no speaker "W"; "it said" resolved to "the county council" ""; a Local Democracy Reporting Service note, More stories list, comments count, copyright, bottom tab bar',
    'Northern Irish REGIONAL DAILY\'s HEALTH story in a browser\'s READER VIEW (County Fermanagh), a GP practice with 4,800 patients hands back its contract: the source URL line, title "W", author line, reading-time line "5–6 minutes"; the site\'s own date line left in; caption "" and a bracketed credit; a lead with "the practice confirmed" "W"; "In a letter to patients, the partners said" "W" and "the letter said" a quoted line carried by "the letter" as written ""; the senior partner with "Dr" dropped, named before a long relative clause ("told the Chronicle" "W", "she said" a figure "W", a feeling ""); a "Read More:" line left inline; a patient named after her quoted question ("", "She said" a wait "W"); "The Department of Health said in a statement" "W" and "It said" a promise ""; "the Health Minister" as written, with no name ("said" a scheme "", "He said" trainees "W", a quote ""); "the Department\'s own figures" through according to "W"; the MLA with "Local MLA" dropped ("said" "", "She said" letters "W"); a newsletter block in two sentences; a practice survey through according to "W" and an unattributed follow-up "W"; an explanation with no speaker "W"; "A spokesperson for the local health trust said" a plan ""; "the practice said" a closing time "W"; a distance with no speaker "W"; a pharmacist named before a relative clause ("W", a feeling ""); "Dr McCorvaley said" a hope "" and an offer of record "W"; a second "Read More:" line and a comments line',
    'Canadian NEWS SITE\'s AMP PAGE (Prince Edward Island), sea ice threatens to delay the spring lobster season\'s setting day: an AMP bar with the masthead and "Sign in", a province label; headline "..., fishers fear" carrying "Fishers" as written ""; a byline with a middle dot, a date line with "a.m. ADT" and an "Updated" time; a "Listen to this article" line with a running time; caption with "P.E.I., on" mid-sentence "" and a credit in capitals with a slash; a "SOURIS, P.E.I. —" lead with no speaker "W" and the season\'s opening date "W"; "Fisheries and Oceans Canada (DFO) said in a statement" carried without the initials "W" and "The department said" a could-decision kept as written ""; the association president with no title, named before a long relative clause ("told the Gulf Star" "W", "he said" "", a continued quote of record "W"); "Story continues below advertisement"; a fisher named after her quoted question with "P.E.I.," mid-sentence ("" then "W"); "the Canadian Ice Service" through according to with "St. Lawrence" mid-sentence "W"; a plant manager with "Ltd." mid-sentence ("W", "He said" a likely price ""); the provincial fisheries minister with "Fisheries Minister" dropped ("said" a plan "", "He said" landings "W"); "Environment Canada said" a forecast of record "W" and "it said" a causal fact "W"; the fisher again by surname ("" and a quote ""); "Fishers on the wharf at Souris said" "W"; "provincial figures" through according to "W"; "Gaudetmore said" a meeting "" and bait "W"; a share row, an "Expand to read more ⌄" toggle, Comments, Trending list, a tip line in two sentences, copyright split at "Inc." before "All rights reserved.", AMP footer',
    'United States (Alaska) NONPROFIT NEWSROOM\'s ENVIRONMENT story in a browser\'s PRINT VIEW, king salmon fishing closed for a third summer on a Kuskokwim tributary: the print header (date, time, title and outlet) at the head and after each page break, the print footer with the URL and "1/3", "2/3", "3/3"; a section label, headline "W", a deck "Biologists say ..." carrying "Biologists" as written ""; byline, a date line with "AKDT", a "nonprofit newsroom" line and a "Listen to this article" residue; caption "" and a bracketed credit; a "BETHEL —" lead with "the Alaska Department of Fish and Game announced" "W"; the escapement goal through according to "W" and "the department\'s weir counts show" "W"; the area management biologist named before a long relative clause ("said" "W", "she said" a forecast "", a question inside a quote ""); the tribal council\'s president named after his quote ("" then "He said" "W"); an elder who "said through an interpreter" ("" and "She said" a record "W"); a scientist ("said" temperatures "W", "he said" an uncertainty ""); "the department said" chum returns "W", an unattributed sockeye record "W" and "It said" a forecast resolved to the department as first given ""; the tribal council president by surname (a request "W", a quote ""); "In an email, a spokesperson for the department said" a plan ""; "federal fisheries data show" bycatch "W" and an unattributed comparison "W"; "Vornholt said" fish camps "W" and a quote ""; a geography line "W"; a donation appeal in two sentences, a republish line, copyright split at "Inc." before "All rights reserved."',
]

ARTICLES = [
    [
        [
            ("Read this story in the Mwenzara Post app for a faster experience", "", "", "B"),
        ],
        [
            ("OPEN", "", "", "B"),
        ],
        [
            ("☰   MWENZARA POST   🔍", "", "", "B"),
        ],
        [
            ("Counties", "", "", "B"),
        ],
        [
            (
                "Nakuru residents to get piped water only three days a week as Ruteyo Dam drops to 31pc",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Water company says rationing will last until the long rains set in; vendors double jerrycan prices",
                "Kisaruni Water and Sanitation Company",
                "says",
                "",
            ),
        ],
        [
            ("By Wanjiku Ndirangwe", "", "", "B"),
        ],
        [
            ("Nakuru Correspondent", "", "", "B"),
        ],
        [
            ("Tuesday, March 16, 2027 · 5 min read", "", "", "B"),
        ],
        [
            ("🎧 Listen to this article", "", "", "B"),
        ],
        [
            ("00:00 / 04:52", "", "", "B"),
        ],
        [
            (
                "Women queue to fill jerrycans at a water kiosk in Nakuru's Githiora estate on Monday, where a 20-litre can now costs…",
                "",
                "",
                "",
            ),
            ("more", "", "", "B"),
        ],
        [
            ("Photo | Omondi Achiengwa | Mwenzara Post", "", "", "B"),
        ],
        [
            (
                "Households in Nakuru town will receive piped water on only three days a week from Monday, March 22, after the level of the Ruteyo Dam fell to 31 per cent of capacity, the Kisaruni Water and Sanitation Company said yesterday.",
                "Kisaruni Water and Sanitation Company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Zone A, which covers the town centre and the estates east of the railway, will be supplied on Mondays, Wednesdays and Fridays and Zone B on Tuesdays, Thursdays and Saturdays, according to a schedule posted on the company's website.",
                "a schedule posted on the company's website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Managing director Eng. Daniel Kiprono Mutaiwe told the Post the dam, which supplies about 62 per cent of the town's water, received 40 per cent less rain between October and December than in the same months of 2025.",
                "Daniel Kiprono Mutaiwe",
                "told the Post",
                "W",
            ),
            (
                "“We are pumping 18,000 cubic metres a day against a demand of 41,000,” he said.",
                "Daniel Kiprono Mutaiwe",
                "said",
                "W",
            ),
            (
                "“Nobody likes rationing, but the alternative is that the dam runs dry by May.”",
                "Daniel Kiprono Mutaiwe",
                "said",
                "",
            ),
        ],
        [
            ("Share   WhatsApp   X   Facebook   Copy link", "", "", "B"),
        ],
        [
            (
                "Nakuru's population rose from 588,310 in 2019 to an estimated 703,900 last year, according to county planning figures.",
                "county planning figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "County Executive Committee Member for Water, Environment and Natural Resources Grace Chebet Kiplagatwo said the county would sink 14 boreholes in the town by the end of June at a cost of Sh96 million.",
                "Grace Chebet Kiplagatwo",
                "said",
                "",
            ),
            (
                "She said eight of the 14 had been drilled in 2026 but were yet to be connected to the power grid.",
                "Grace Chebet Kiplagatwo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Water vendors in Githiora estate said the price of a 20-litre jerrycan had risen from Sh20 to Sh35 since January.",
                "Water vendors in Githiora estate",
                "said",
                "W",
            ),
        ],
        [
            (
                "“When the taps are dry on Saturday, I will pay Sh50 for one can, you will see,” said Beatrice Nyaboke Omwengaro, a mother of three who sells vegetables at the Githiora market.",
                "Beatrice Nyaboke Omwengaro",
                "said",
                "",
            ),
            (
                "“Last week I spent Sh1,400 on water alone.”",
                "Beatrice Nyaboke Omwengaro",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company supplies about 118,000 metered connections in Nakuru town and the neighbouring Njoro sub-county.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Joseph Mwangi Karuriga, who chairs the Nakuru branch of a hoteliers' association, said its 46 member hotels had spent about Sh3.2 million on bowsers in February.",
                "Joseph Mwangi Karuriga",
                "said",
                "W",
            ),
            (
                "“A guest will not stay in a room where the shower does not work,” he said.",
                "Joseph Mwangi Karuriga",
                "said",
                "",
            ),
            (
                "“What do we tell the conference organisers who booked for April?”",
                "Joseph Mwangi Karuriga",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Read the full story ⌄", "", "", "B"),
        ],
        [
            (
                "The Water Resources Authority, which licenses abstraction from rivers and dams, said in a statement on Monday that the dam's catchment had lost 1,900 hectares of forest cover since 2015.",
                "The Water Resources Authority",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Githiora Ward MCA Hon. Samuel Kipkorir Kimoranga said parts of his ward had gone without piped water for 11 straight days in February.",
                "Samuel Kipkorir Kimoranga",
                "said",
                "W",
            ),
            (
                "“They are telling us three days, but in my ward three days means one,” he said.",
                "Samuel Kipkorir Kimoranga",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Mutaiwe said the company had repaired 214 leaks since January and that non-revenue water had fallen from 47 per cent to 39 per cent over the same period.",
                "Daniel Kiprono Mutaiwe",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said tankers would deliver free water to the Nakuru Level Five Hospital and to 23 public schools on dry days.",
                "Daniel Kiprono Mutaiwe",
                "said",
                "",
            ),
            (
                "“The hospital alone uses 600 cubic metres a day.”",
                "Daniel Kiprono Mutaiwe",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Kenya Meteorological Department's outlook for March to May, released on March 2, says the long rains are likely to start late over the central Rift Valley.",
                "The Kenya Meteorological Department's outlook for March to May",
                "says",
                "",
            ),
        ],
        [
            (
                "Ms Kiplagatwo said the county had stopped issuing permits for car washes that draw piped water and had closed 37 of them since January.",
                "Grace Chebet Kiplagatwo",
                "said",
                "W",
            ),
            (
                "“Washing a car with drinking water in a drought is a crime against your neighbours,” she said.",
                "Grace Chebet Kiplagatwo",
                "said",
                "",
            ),
        ],
        [
            (
                "The rationing schedule will be reviewed on April 30, the company said.",
                "the company",
                "said",
                "",
            ),
        ],
        [
            ("Share   Save   💬 23", "", "", "B"),
        ],
        [
            ("Tap to read 2 more stories from Counties", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Traders count losses after night fire at Nakuru's Soko Pembeni market", "", "", "B"),
        ],
        [
            ("County suspends 12 borehole permits over unpaid fees", "", "", "B"),
        ],
        [
            ("Get breaking news on WhatsApp.", "", "", "B"),
            ("Join our channel ›", "", "", "B"),
        ],
        [
            ("© 2027 Mwenzara Media Group PLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Home     Counties     Business     Sport     ePaper", "", "", "B"),
        ],
    ],
    [
        [
            ("okyeredutimes.com.gh", "", "", "B"),
        ],
        [
            (
                "Tomato prices in Kumasi double in three weeks as trucks stall at Paga border",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Akosua Boatemaa Frimpongwah", "", "", "B"),
        ],
        [
            ("7–9 minutes", "", "", "B"),
        ],
        [
            ("Traders sort tomatoes at Kumasi's Nsuomkrom market on Monday.", "", "", ""),
        ],
        [
            ("Photo: Kwabena Tarkwo / Okyeredu Times", "", "", "B"),
        ],
        [
            (
                "A 52-kilogramme crate of tomatoes sold for GH₵2,400 at Kumasi's Nsuomkrom market on Monday, up from GH₵1,150 on February 22, according to the market's tomato sellers' association.",
                "the market's tomato sellers' association",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The rise follows a dispute at the Paga crossing on the border with Burkina Faso, where about 140 trucks loaded with tomatoes have been held since March 1, the association said.",
                "the association",
                "said",
                "W",
            ),
        ],
        [
            (
                "The association's leader, Madam Comfort Adjoa Nsiahwaa, who has sold tomatoes at Nsuomkrom for 31 years and is known to traders as the Tomato Queen, told the Okyeredu Times that 17 of her members had lost whole truckloads to rot.",
                "Comfort Adjoa Nsiahwaa",
                "told the Okyeredu Times",
                "W",
            ),
            ("“One truck carries 600 crates,” she said.", "Comfort Adjoa Nsiahwaa", "said", "W"),
        ],
        [
            (
                "“If it stays at the border for two weeks in this heat, what do you think reaches Kumasi?",
                "Comfort Adjoa Nsiahwaa",
                "said",
                "",
            ),
            ("Water.", "Comfort Adjoa Nsiahwaa", "said", ""),
            ("Only water.”", "Comfort Adjoa Nsiahwaa", "said", ""),
        ],
        [
            (
                "She said her members had raised GH₵18,000 among themselves to pay for two trucks to bring tomatoes from farms in the Bono East Region instead.",
                "Comfort Adjoa Nsiahwaa",
                "said",
                "W",
            ),
            (
                "“Those tomatoes are small and the farmers know we are desperate,” she said.",
                "Comfort Adjoa Nsiahwaa",
                "said",
                "",
            ),
        ],
        [
            (
                "Also read: Cedi slips to 15.8 against the dollar as importers scramble for cash",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A spokesperson for the Customs Division of the Ghana Revenue Authority did not respond to calls on Monday and Tuesday.",
                "A spokesperson for the Customs Division of the Ghana Revenue Authority",
                "did not respond to calls",
                "",
            ),
        ],
        [
            (
                "Ghana bought about 38 per cent of its fresh tomatoes from Burkina Faso in 2026, according to figures from the Ministry of Food and Agriculture.",
                "figures from the Ministry of Food and Agriculture",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“I planted four acres in November and lost three to the armyworm before Christmas,” said Yaw Boakye Owusuakyi, who farms near Akumadan in the Ashanti Region.",
                "Yaw Boakye Owusuakyi",
                "said",
                "W",
            ),
            (
                "“The local tomato cannot feed Kumasi alone, not this season.”",
                "Yaw Boakye Owusuakyi",
                "said",
                "",
            ),
        ],
        [
            (
                "Food inflation rose to 19.4 per cent in February from 17.8 per cent in January, the Ghana Statistical Service said on March 10.",
                "the Ghana Statistical Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Efua Mansaawah, an economist at the Kumasi-based Institute for Market Studies, said the tomato shock showed how exposed the city's food supply was to a single border post.",
                "Efua Mansaawah",
                "said",
                "",
            ),
            (
                "She said the price of a crate had also doubled during a 12-day closure of the same crossing in 2024.",
                "Efua Mansaawah",
                "said",
                "W",
            ),
            (
                "Prices could fall as quickly as they rose once the trucks move, she said.",
                "Efua Mansaawah",
                "said",
                "",
            ),
        ],
        [
            (
                "Abena Serwaa Kyeremateng, who sells tomatoes by the bowl at a lorry station in Suame, said a bowl that cost GH₵30 in February now cost GH₵65.",
                "Abena Serwaa Kyeremateng",
                "said",
                "W",
            ),
            (
                "“My customers ask me, ‘Auntie, are you the one who made the price?’” she said.",
                "Abena Serwaa Kyeremateng",
                "said",
                "",
            ),
            ("“I tell them to go to Paga and ask.”", "Abena Serwaa Kyeremateng", "said", ""),
        ],
        [
            (
                "A tomato processing factory at Asuboakrom, which reopened in 2024, has been idle since January for lack of local tomatoes, its managers said last month.",
                "its managers",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Tomatoes carry a weight of 2.1 per cent in the consumer price index basket, the statistics service said.",
                "the statistics service",
                "said",
                "W",
            ),
        ],
        [
            ("Listen", "", "", "B"),
        ],
        [
            (
                "A truck driver at Paga, Mr Issaka Dagbanso, told this reporter by phone on Tuesday that drivers had been asked for new health certificates that they were not told about before they loaded.",
                "Issaka Dagbanso",
                "told this reporter by phone",
                "W",
            ),
            (
                "He said his own truck had been waiting for nine days.",
                "Issaka Dagbanso",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Paga branch chairman of a truck drivers' union, who gave only his first name, Abdulai, said 23 drivers had slept in their cabs at the crossing for more than a week.",
                "Abdulai",
                "said",
                "W",
            ),
            ("“We are not smugglers,” he said.", "Abdulai", "said", ""),
        ],
        [
            (
                "The Ashanti Regional Minister visited the Nsuomkrom market on Tuesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "He said the regional coordinating council would meet the traders' leaders on Friday.",
                "The Ashanti Regional Minister",
                "said",
                "",
            ),
        ],
        [
            ("Tags: Tomatoes, Kumasi, Paga, Food prices", "", "", "B"),
        ],
        [
            (
                "Akosua Boatemaa Frimpongwah is the Okyeredu Times' business correspondent in Kumasi.",
                "",
                "",
                "B",
            ),
            ("She has covered markets in the Ashanti Region since 2019.", "", "", "B"),
        ],
        [
            ("akosua.frimpongwah@okyeredutimes.com.gh", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ AMP   LEMBAYAN POST", "", "", "B"),
        ],
        [
            ("View full site ›", "", "", "B"),
        ],
        [
            ("Metro / Penang", "", "", "B"),
        ],
        [
            (
                "Penang to put 45 electric buses on six routes from April 1, state says",
                "Kamarul Ariffin Selasihan",
                "says",
                "W",
            ),
        ],
        [
            (
                "Operator to retire its oldest diesel buses, some of which date to 2009; drivers' union asks for more training before the…",
                "",
                "",
                "",
            ),
            ("Expand", "", "", "B"),
        ],
        [
            ("By Nuraini Bendahari", "", "", "B"),
        ],
        [
            ("Friday, 19 Mar 2027, 8:41 AM MYT · 4 min read", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article   1x", "", "", "B"),
        ],
        [
            (
                "One of the new electric buses on a test run along Jalan Kinrara in George Town on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: LEMBAYAN POST / Khairul Anuar Samsuri", "", "", "B"),
        ],
        [
            (
                "GEORGE TOWN: Forty-five electric buses will enter service on six routes across Penang island from April 1, replacing 38 diesel buses that have run for more than 15 years, the state-owned operator Bayusentral Bus Sdn Bhd said yesterday.",
                "Bayusentral Bus Sdn Bhd",
                "said",
                "W",
            ),
        ],
        [
            (
                "State Transport and Infrastructure Committee chairman Datuk Seri Kamarul Ariffin Selasihan, who oversaw the RM134 million purchase after the state assembly approved it in a supplementary budget last August, told a press conference at the state secretariat that the buses had been built in Perak.",
                "Kamarul Ariffin Selasihan",
                "told a press conference",
                "W",
            ),
            (
                "“The fare stays at RM1.40 for a single trip within the island,” he said.",
                "Kamarul Ariffin Selasihan",
                "said",
                "W",
            ),
            (
                "“We will not pass the cost of these buses to the people.”",
                "Kamarul Ariffin Selasihan",
                "said",
                "",
            ),
        ],
        [
            (
                "Bayusentral chief executive Ir. Rosnani Abdul Wahidah said each bus could run 320km on a single charge, enough for a full day's shift on the longest route.",
                "Rosnani Abdul Wahidah",
                "said",
                "W",
            ),
            ("“The drivers will love them,” she said.", "Rosnani Abdul Wahidah", "said", ""),
            (
                "“We ran two on route 101 for three months last year and there was not one breakdown.”",
                "Rosnani Abdul Wahidah",
                "said",
                "W",
            ),
        ],
        [
            (
                "Daily ridership on the operator's island routes averaged 61,200 in 2026, up from 48,900 in 2023, according to the state transport committee's figures.",
                "the state transport committee's figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kamarul Ariffin said the state hoped to order another 60 electric buses in 2028 if federal funds were approved.",
                "Kamarul Ariffin Selasihan",
                "said",
                "",
            ),
        ],
        [
            (
                "Route 101 runs 27km between the ferry terminal and Teluk Bahang and carries about 9,400 riders a day.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Share this article   Facebook   WhatsApp   Telegram   X   Copy link", "", "", "B"),
        ],
        [
            (
                "“Electric or diesel, the road is still jammed at Jalan Cenderawasih,” said Faridah Mohd Yasinah, secretary of the Penang bus drivers' union, Kesatuan Pemandu Bas Pulau.",
                "Faridah Mohd Yasinah",
                "said",
                "",
            ),
            (
                "She said only 52 of the operator's 410 drivers had been trained on the new buses so far.",
                "Faridah Mohd Yasinah",
                "said",
                "W",
            ),
        ],
        [
            (
                "Commuters at the Pengkalan Merbuk terminal on Thursday said they hoped the new buses would come more often rather than just run more quietly.",
                "Commuters at the Pengkalan Merbuk terminal",
                "said",
                "",
            ),
        ],
        [
            (
                "“My 7.15am bus came at 8.02am twice this week,” said Arumugam Velayuthamoo, 58, a security guard who takes route 203 to work in Bayan Lepas.",
                "Arumugam Velayuthamoo",
                "said",
                "W",
            ),
            ("“Does a new bus fix that?”", "Arumugam Velayuthamoo", "said", ""),
        ],
        [
            (
                "The operator's diesel fleet broke down 1,216 times in 2026, an average of more than three breakdowns a day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr Aminah Kelapamas, a transport researcher at a university in Nibong Tebal, said bus speeds on the island's busiest corridor had fallen to an average of 14km/h at peak hours.",
                "Aminah Kelapamas",
                "said",
                "W",
            ),
            (
                "She said bus lanes would do more for riders than new buses.",
                "Aminah Kelapamas",
                "said",
                "",
            ),
        ],
        [
            ("Continue reading ⌄", "", "", "B"),
        ],
        [
            (
                "Opposition assemblyman YB Jeyakumar Nagappan said the state had spent RM22 million on a bus depot in Batu Maung that had stood empty since it was completed in 2025.",
                "Jeyakumar Nagappan",
                "said",
                "W",
            ),
            (
                "He said the chargers should have gone there first.",
                "Jeyakumar Nagappan",
                "said",
                "",
            ),
        ],
        [
            (
                "Kamarul Ariffin said the state would study bus lanes on two roads this year.",
                "Kamarul Ariffin Selasihan",
                "said",
                "",
            ),
            (
                "He said the state had paid Bayusentral RM58 million in operating subsidies in 2026.",
                "Kamarul Ariffin Selasihan",
                "said",
                "W",
            ),
        ],
        [
            (
                "The depot will get 24 fast chargers by June and the first 12 have been delivered, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Riders who pay with the operator's prepaid card get a 20 per cent discount on each trip.",
                "",
                "",
                "W",
            ),
            (
                "Senior citizens, students and people with disabilities have travelled free on the island's buses since 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The rest of the diesel fleet will be replaced by 2030, the company said.",
                "the company",
                "said",
                "",
            ),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Penang ferry service to add weekend sailings from May", "", "", "B"),
        ],
        [
            ("Island bus hub to close for six weeks of repairs", "", "", "B"),
        ],
        [
            ("↑ Back to top", "", "", "B"),
        ],
        [
            ("© 2027 Lembayan Media Sdn Bhd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("AMP · Privacy · Terms", "", "", "B"),
        ],
    ],
    [
        [
            (
                "19/03/2027, 10:22     Renovation firm fined $84,000 after worker falls nine storeys from HDB block | Kelana Ledger",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Singapore | Courts & Crime", "", "", "B"),
        ],
        [
            (
                "Renovation firm fined $84,000 after worker falls nine storeys from HDB block in Tampines",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Vanessa Rozariovel", "", "", "B"),
        ],
        [
            ("Published Mar 19, 2027, 05:00 AM · Updated Mar 19, 2027, 11:38 AM", "", "", "B"),
        ],
        [
            ("🎧 Listen to this article · 4 min", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – A renovation company was fined $84,000 on March 18 over the death of a worker who fell from the ninth storey of a Housing Board block in Tampines in 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Veltrimo Renovation Pte Ltd pleaded guilty to one charge under the Workplace Safety and Health Act of failing to take reasonably practicable measures to ensure the safety of its workers.",
                "",
                "",
                "W",
            ),
            (
                "Its director, Mr Selvakumar Ramakrishnoo, 56, was fined $18,000 on a separate charge.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the statement of facts, the worker, Mr Mohammad Shahidul Beparipara, 34, was fixing a window frame on March 3, 2025, when the bracket holding his plank gave way.",
                "the statement of facts",
                "according to",
                "W",
            ),
        ],
        [
            (
                "He was not wearing a safety harness, and no lifeline had been installed on that side of the block, the statement of facts said.",
                "the statement of facts",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ministry of Manpower prosecutor Kavitha Ramalingeswari told the court the company had been warned twice by MOM inspectors in 2024 about unsafe work at height.",
                "Kavitha Ramalingeswari",
                "told the court",
                "W",
            ),
            ("“This was not a freak accident,” she said.", "Kavitha Ramalingeswari", "said", ""),
            (
                "“The risk was known, it was flagged, and nothing was done.”",
                "Kavitha Ramalingeswari",
                "said",
                "",
            ),
        ],
        [
            (
                "https://www.kelanaledger.sg/singapore/courts-crime/renovation-firm-fined-84000-after-worker-falls-nine-storeys     1/3",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "19/03/2027, 10:22     Renovation firm fined $84,000 after worker falls nine storeys from HDB block | Kelana Ledger",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "She asked for a fine of at least $100,000.",
                "Kavitha Ramalingeswari",
                "asked for",
                "W",
            ),
        ],
        [
            (
                "Defence lawyer Kelvin Devadasson said in mitigation that the firm had since bought 40 harnesses and sent all 23 of its workers on a height-safety course.",
                "Kelvin Devadasson",
                "said in mitigation",
                "W",
            ),
            (
                "He said the company had paid the worker's family $45,000 in compensation through its insurer.",
                "Kelvin Devadasson",
                "said",
                "W",
            ),
        ],
        [
            (
                "District Judge Eunice Pestanavel said the company had fallen “far short” of what the law required and that the fine had to deter other contractors.",
                "Eunice Pestanavel",
                "said",
                "",
            ),
            (
                "She noted that 14 workers died in falls from height in Singapore in 2026, citing the ministry's annual statistics.",
                "Eunice Pestanavel",
                "noted",
                "W",
            ),
            (
                "“Work at height is not new, and the measures needed are not complicated or expensive,” she said.",
                "Eunice Pestanavel",
                "said",
                "",
            ),
        ],
        [
            (
                "The company's lawyers said it had no previous convictions.",
                "The company's lawyers",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The worker's brother, Mr Mohammad Nurul Beparipara, who flew in from Sylhet for the hearing, said outside court that the family had used the compensation to repay a loan the worker took to come to Singapore in 2019.",
                "Mohammad Nurul Beparipara",
                "said outside court",
                "W",
            ),
            ("“He sent home $600 every month,” he said.", "Mohammad Nurul Beparipara", "said", "W"),
            (
                "“Now his two daughters ask me when their father is coming back.”",
                "Mohammad Nurul Beparipara",
                "said",
                "",
            ),
        ],
        [
            (
                "https://www.kelanaledger.sg/singapore/courts-crime/renovation-firm-fined-84000-after-worker-falls-nine-storeys     2/3",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "19/03/2027, 10:22     Renovation firm fined $84,000 after worker falls nine storeys from HDB block | Kelana Ledger",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "For failing to ensure workplace safety, a company can be fined up to $500,000 under the Act.",
                "",
                "",
                "W",
            ),
            (
                "A director can be fined up to $200,000, jailed for up to two years, or both.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a statement after the hearing, the Ministry of Manpower said it had carried out 1,120 inspections of work at height in 2026 and issued 318 stop-work orders.",
                "the Ministry of Manpower",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Rahmat Johari Sulaimanwah, who heads a migrant workers' centre in Little India, said the centre had handled 212 injury claims from renovation workers in 2026.",
                "Rahmat Johari Sulaimanwah",
                "said",
                "W",
            ),
            (
                "“Most of these men are on short contracts and are afraid to say no to unsafe work,” he said.",
                "Rahmat Johari Sulaimanwah",
                "said",
                "",
            ),
            (
                "“Who will speak up if it means going home?”",
                "Rahmat Johari Sulaimanwah",
                "said",
                "",
            ),
        ],
        [
            (
                "Falls from height caused 31 per cent of workplace deaths in Singapore last year, according to the ministry's figures.",
                "the ministry's figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ms Ramalingeswari said the ministry would appeal if it found the sentence too low.",
                "Kavitha Ramalingeswari",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Ramakrishnoo declined to comment when approached outside the State Courts.",
                "Selvakumar Ramakrishnoo",
                "declined to comment when approached",
                "",
            ),
        ],
        [
            (
                "Join Kelana Ledger's WhatsApp channel and get the latest news and must-reads.",
                "",
                "",
                "B",
            ),
            ("Tap here.", "", "", "B"),
        ],
        [
            ("Topics: Courts & Crime, Workplace safety, Migrant workers", "", "", "B"),
        ],
        [
            (
                "Copyright 2027 Kelana Ledger Media Pte. Ltd. (Co. Regn. No. 202011284Z).",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "https://www.kelanaledger.sg/singapore/courts-crime/renovation-firm-fined-84000-after-worker-falls-nine-storeys     3/3",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Install the Indus Kasid app — faster, lighter, offline.", "", "", "B"),
        ],
        [
            ("INSTALL", "", "", "B"),
        ],
        [
            ("☰  THE INDUS KASID  🔔  👤", "", "", "B"),
        ],
        [
            ("Pakistan › Punjab", "", "", "B"),
        ],
        [
            (
                "Punjab fixes wheat support price at Rs3,900 per 40kg, Rs100 less than last year",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Farmers say a 40kg bag now costs them Rs4,350 to grow as diesel and urea prices climb",
                "Farmers",
                "say",
                "W",
            ),
        ],
        [
            ("Our Correspondent | Bahawalnagar", "", "", "B"),
        ],
        [
            ("March 20, 2027", "", "", "B"),
        ],
        [
            ("▶ Tap to listen · 3:41", "", "", "B"),
        ],
        [
            (
                "BAHAWALNAGAR: The provincial food department announced on Friday that it will buy wheat from growers this season at Rs3,900 per 40 kilogrammes, down from Rs4,000 in 2026.",
                "the provincial food department",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The department aims to procure 2.8 million tonnes across Punjab, of which 410,000 tonnes are to come from Bahawalnagar district, according to a notification issued on Friday.",
                "a notification issued on Friday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Provincial Food Minister Rana Shahid Iqbal Arshadwal told the Kasid by phone from Lahore that the government's wheat stocks stood at 1.3 million tonnes on March 1, against 0.6 million a year earlier.",
                "Rana Shahid Iqbal Arshadwal",
                "told the Kasid",
                "W",
            ),
            (
                "“We cannot keep buying at any price while the godowns are full,” he said.",
                "Rana Shahid Iqbal Arshadwal",
                "said",
                "",
            ),
            (
                "“Last year we paid Rs11 billion just to store and fumigate the surplus.”",
                "Rana Shahid Iqbal Arshadwal",
                "said",
                "W",
            ),
        ],
        [
            (
                "The president of the Punjab Kashtkar Council, a growers' body with about 23,000 members in the province's southern districts, Mian Ghulam Fareed Sukheranwala, said the price of a 50kg bag of urea had gone from Rs3,650 to Rs4,720 in a year.",
                "Ghulam Fareed Sukheranwala",
                "said",
                "W",
            ),
            (
                "He said the council would decide on Tuesday whether to hold sit-ins outside the district procurement centres.",
                "Ghulam Fareed Sukheranwala",
                "said",
                "",
            ),
        ],
        [
            (
                "“Who will sow wheat next year at a loss of Rs450 on every bag?” asked Allah Ditta Nonariwala, who grows wheat on 12 acres near Minchinabad.",
                "Allah Ditta Nonariwala",
                "asked",
                "",
            ),
            (
                "He said he had sold his crop to a private trader at Rs3,700 last April after waiting nine days for bags at the government centre.",
                "Allah Ditta Nonariwala",
                "said",
                "W",
            ),
        ],
        [
            (
                "Punjab's wheat crop was estimated at 22.6 million tonnes in 2026, against a target of 23.5 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The government buys from the mills' friends first and from us last,” Mian Sukheranwala said.",
                "Ghulam Fareed Sukheranwala",
                "said",
                "",
            ),
            (
                "He said 14 private traders had registered at the Bahawalnagar grain market in March, against 31 a year earlier.",
                "Ghulam Fareed Sukheranwala",
                "said",
                "W",
            ),
        ],
        [
            ("🔗 Share   🔖 Save   Aa Text size", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "The retail price of diesel rose 18 per cent between March 2026 and February 2027, according to the Pakistan Bureau of Statistics.",
                "the Pakistan Bureau of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Sheikh Tariq Mehmood Rajbana, who chairs the Bahawalpur Flour Millers' Group, said mills in the division had bought 62,000 tonnes of imported wheat in January at Rs3,560 per 40kg.",
                "Tariq Mehmood Rajbana",
                "said",
                "W",
            ),
            (
                "“Flour will get cheaper in the cities by May, I am sure of that,” he said.",
                "Tariq Mehmood Rajbana",
                "said",
                "",
            ),
        ],
        [
            (
                "A food department spokesman, who asked not to be named because he was not authorised to speak to the media, said 1,840 tonnes of wheat had been bought at 96 centres in the district in the first week of last year's campaign.",
                "A food department spokesman",
                "said",
                "W",
            ),
            (
                "He said the department would add 14 centres this year.",
                "A food department spokesman",
                "said",
                "",
            ),
        ],
        [
            (
                "“Last season the agent at the centre asked me for Rs50 a bag to weigh my wheat,” said Nusrat Bibi Jatoiwal, a widow who farms eight acres in Chak 147.",
                "Nusrat Bibi Jatoiwal",
                "said",
                "W",
            ),
            ("“I paid.”", "Nusrat Bibi Jatoiwal", "said", ""),
            ("“What else could I do?”", "Nusrat Bibi Jatoiwal", "said", ""),
        ],
        [
            (
                "The minister said a complaints cell would be set up at every procurement centre this year.",
                "Rana Shahid Iqbal Arshadwal",
                "said",
                "",
            ),
        ],
        [
            ("Show more ⌄", "", "", "B"),
        ],
        [
            (
                "Farmers in Haroonabad tehsil said on Saturday that they had not yet received the empty sacks, known as bardana, that the department issues to registered growers.",
                "Farmers in Haroonabad tehsil",
                "said",
                "W",
            ),
        ],
        [
            ("Growers must apply for bardana through a mobile app launched in 2025.", "", "", "W"),
            ("The app was down for most of the first week of April last year.", "", "", "W"),
        ],
        [
            (
                "The government did not buy wheat from farmers at all in 2025, the first year without a procurement campaign since 1998.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Procurement will begin in Bahawalnagar on April 10, the food department said.",
                "the food department",
                "said",
                "",
            ),
        ],
        [
            ("Comments (8)", "", "", "B"),
        ],
        [
            ("Next story ›  Cotton growers in Vehari await seed subsidy", "", "", "B"),
        ],
        [
            ("Follow The Indus Kasid on WhatsApp for breaking news.", "", "", "B"),
        ],
        [
            ("© 2027 Kasid Publications (Pvt.) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Home    Latest    E-paper    Video    More", "", "", "B"),
        ],
    ],
    [
        [
            ("sonarekhatribune.com.bd", "", "", "B"),
        ],
        [
            (
                "Dengue cases in Chattogram triple in first quarter, before the season has even begun",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Staff Correspondent, Chattogram, and Tasnim Rahmanara, Dhaka", "", "", "B"),
        ],
        [
            ("6–8 minutes", "", "", "B"),
        ],
        [
            ("Published: 21 Mar 2027, 09:15 PM | Updated: 22 Mar 2027, 10:02 AM", "", "", "B"),
        ],
        [
            ("Listen", "", "", "B"),
        ],
        [
            (
                "A child receives treatment for dengue at the paediatric ward of Mirzarkhal Memorial Hospital in Chattogram on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Saiful Bari Talukdarpur", "", "", "B"),
        ],
        [
            (
                "Chattogram district recorded 1,284 dengue patients between January 1 and March 20, against 407 in the same period of 2026, according to the Directorate General of Health Services (DGHS).",
                "the Directorate General of Health Services",
                "according to",
                "W",
            ),
        ],
        [
            ("Nine of them have died, DGHS data show.", "DGHS data", "show", "W"),
        ],
        [
            (
                "Prof Dr Nazmul Hasan Miahpara, director of Mirzarkhal Memorial Hospital, told the Sonarekha Tribune that 112 dengue patients were admitted to the hospital on Sunday, 31 of them children under 12.",
                "Nazmul Hasan Miahpara",
                "told the Sonarekha Tribune",
                "W",
            ),
            (
                "“In March last year we had 12 or 13 on a busy day,” he said.",
                "Nazmul Hasan Miahpara",
                "said",
                "W",
            ),
            (
                "“We are asking the ministry for more beds and more platelet kits, please.”",
                "Nazmul Hasan Miahpara",
                "said",
                "",
            ),
        ],
        [
            (
                "“My son has had fever for five days and he will not eat anything,” said Shahnaz Parvin Majumdarkhil, sitting beside a bed in the children's ward.",
                "Shahnaz Parvin Majumdarkhil",
                "said",
                "",
            ),
            (
                "She said the family had spent Tk 14,600 on tests and medicine before the boy was admitted.",
                "Shahnaz Parvin Majumdarkhil",
                "said",
                "W",
            ),
        ],
        [
            (
                "Also Read: Chattogram WASA to cut supply in four wards for pipeline repairs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The city corporation's chief health officer, Dr Ashraful Kabir Sikdarpara, said a 10-day drive to clear standing water at construction sites would begin on Wednesday.",
                "Ashraful Kabir Sikdarpara",
                "said",
                "",
            ),
            (
                "He said a larval survey in January had found Aedes larvae in 38 of the 100 sites inspected, most of them in water tanks on building sites and in discarded tyres.",
                "Ashraful Kabir Sikdarpara",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Farzana Yesmin Mollahat, an entomologist at the public health institute in Chattogram who has tracked the city's mosquito numbers since 2014, said cases could pass 20,000 in the district this year if the rains come early.",
                "Farzana Yesmin Mollahat",
                "said",
                "",
            ),
            (
                "She said the district had recorded 16,920 cases and 71 deaths in 2023, its worst year.",
                "Farzana Yesmin Mollahat",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nationally, 4,920 dengue patients were admitted to hospitals in the first quarter, according to the DGHS.",
                "the Directorate General of Health Services",
                "according to",
                "W",
            ),
            ("Dhaka accounted for 2,310 of them.", "", "", "W"),
        ],
        [
            (
                "“I lost 11 days of work when I had dengue in October,” said Md Abdul Motaleb Howladerpur, 44, a rickshaw puller who lives in Bakalia.",
                "Md Abdul Motaleb Howladerpur",
                "said",
                "W",
            ),
            ("“That is Tk 9,000 gone.”", "Md Abdul Motaleb Howladerpur", "said", "W"),
            ("“Who will give it back?”", "Md Abdul Motaleb Howladerpur", "said", ""),
        ],
        [
            (
                "Residents of Bakalia said garbage had not been collected from their lanes for more than two weeks in early March.",
                "Residents of Bakalia",
                "said",
                "W",
            ),
        ],
        [
            (
                "A city corporation official, who spoke on condition of anonymity, said 46 of the corporation's 160 fogging machines were out of order.",
                "A city corporation official",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The official said the corporation had ordered 60 new machines but did not know when they would arrive.",
                "A city corporation official",
                "said",
                "",
            ),
        ],
        [
            (
                "The hospital's blood bank had run out of platelet kits twice in March, the hospital's deputy director said.",
                "the hospital's deputy director",
                "said",
                "W",
            ),
        ],
        [
            (
                "The district's four public hospitals have set aside 310 beds for dengue patients.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tasnim Rahmanara contributed reporting from Dhaka.", "", "", "B"),
        ],
        [
            ("Follow the Sonarekha Tribune on Google News for the latest updates.", "", "", "B"),
        ],
        [
            (
                "Correction: An earlier version of this report gave the number of deaths as 11.",
                "",
                "",
                "B",
            ),
            ("It is nine.", "", "", "B"),
        ],
    ],
    [
        [
            ("AMP  ☰  NADRAU SUN", "", "", "B"),
        ],
        [
            ("🔴 LIVE UPDATES: Western Division flooding", "", "", "B"),
        ],
        [
            ("News / Western", "", "", "B"),
        ],
        [
            (
                "Flash floods force 640 into evacuation centres in Ba as river breaks its banks overnight",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Losana Tuiwainikai", "", "", "B"),
        ],
        [
            ("Monday 22 March 2027 10:47 FJT", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article", "", "", "B"),
        ],
        [
            (
                "Residents wade through floodwater along Ba's main street on Monday morning after the river rose by…",
                "",
                "",
                "",
            ),
            ("Show more", "", "", "B"),
        ],
        [
            ("PHOTO: Josefa Rokowaqavuka", "", "", "B"),
        ],
        [
            (
                "BA: Six hundred and forty people spent Sunday night in 11 evacuation centres in the Ba district after the Ba River burst its banks shortly before midnight, the National Disaster Management Office (NDMO) said this morning.",
                "the National Disaster Management Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "The river gauge at the Ba bridge read 4.1 metres at 9am on Monday, according to figures from the Fiji Meteorological Service.",
                "figures from the Fiji Meteorological Service",
                "according to",
                "W",
            ),
            (
                "That is 1.3 metres above the level at which the service issues a flood warning.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The water came into the houses at two in the morning, and by three it was up to the windows,” said Semisi Raiwalui, the Turaga ni Koro of Nasivitu village, where 37 homes were flooded.",
                "Semisi Raiwalui",
                "said",
                "W",
            ),
            ("“The old people were crying.”", "Semisi Raiwalui", "said", ""),
        ],
        [
            (
                "Ba Town Council special administrator Ravinesh Chandra Pillaiwal, who took office in January after the council's previous administrator resigned, said 212 shops in the town centre had taken water.",
                "Ravinesh Chandra Pillaiwal",
                "said",
                "W",
            ),
            (
                "He said the council would waive market stall fees for March.",
                "Ravinesh Chandra Pillaiwal",
                "said",
                "",
            ),
        ],
        [
            (
                "Commissioner Western Ratu Josaia Naiqamuvuda told reporters at the Lautoka divisional office that two people had been rescued from the roof of a car near the Ba bridge at about 1am.",
                "Josaia Naiqamuvuda",
                "told reporters",
                "W",
            ),
            (
                "He said no one should try to cross flooded roads or creeks, “not even in a four-wheel drive.”",
                "Josaia Naiqamuvuda",
                "said",
                "",
            ),
            (
                "He said 18 roads in the Western Division were closed as of 8am.",
                "Josaia Naiqamuvuda",
                "said",
                "W",
            ),
        ],
        [
            (
                "NDMO director Vasiti Rakauvuna said 214 of the evacuees were children and that rations for three days had been sent to every centre.",
                "Vasiti Rakauvuna",
                "said",
                "W",
            ),
            (
                "“Please stay in the centres until the water goes down,” she said.",
                "Vasiti Rakauvuna",
                "said",
                "",
            ),
            (
                "“A house can be cleaned later, a life cannot be replaced.”",
                "Vasiti Rakauvuna",
                "said",
                "",
            ),
        ],
        [
            (
                "Power was cut to about 3,800 homes in Ba and Tavua as a precaution at 2am, the NDMO said.",
                "the National Disaster Management Office",
                "said",
                "W",
            ),
        ],
        [
            ("Most of the evacuees are staying in schools and church halls.", "", "", "W"),
            (
                "The largest centre, a primary school on Varoko Street, held 160 people on Monday morning.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Share:  Facebook  Viber  WhatsApp  Email", "", "", "B"),
        ],
        [
            (
                "Market vendors in Ba said they had lost most of their produce when water entered the municipal market before dawn.",
                "Market vendors in Ba",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Who pays me back for 40 bundles of dalo?” said Mereseini Tawakeseni, who sells root crops at the market.",
                "Mereseini Tawakeseni",
                "said",
                "",
            ),
            (
                "She said she had paid $180 for the dalo at the farm gate on Saturday.",
                "Mereseini Tawakeseni",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Fiji Roads Authority said on its Facebook page that the main highway was closed between Ba and Tavua after a slip near the Vunisoso junction.",
                "The Fiji Roads Authority",
                "said on its Facebook page",
                "W",
            ),
            (
                "It said crews would try to reopen one lane by Tuesday afternoon.",
                "The Fiji Roads Authority",
                "said",
                "",
            ),
        ],
        [
            (
                "More heavy rain is expected over the Western Division until Wednesday, the service said.",
                "the service",
                "said",
                "",
            ),
        ],
        [
            (
                "Anil Kumar Narayanswami, who grows cane on 11 hectares at Votua, said the water had flattened about a third of his crop two months before the start of the crushing season.",
                "Anil Kumar Narayanswami",
                "said",
                "W",
            ),
            (
                "“We will know in a week if it stands up again,” he said.",
                "Anil Kumar Narayanswami",
                "said",
                "",
            ),
        ],
        [
            ("Show full story ▾", "", "", "B"),
        ],
        [
            (
                "In the last major flood in the district, in February 2024, water entered more than 1,300 homes in Ba and Tavua.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The service said 187 millimetres of rain fell at Ba in the 24 hours to 9am on Monday.",
                "The service",
                "said",
                "W",
            ),
            (
                "A flood warning remains in force for all low-lying areas of the Western Division.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Slip closes inland road above Ba", "", "", "B"),
        ],
        [
            ("Schools in Ba, Tavua to stay closed on Tuesday", "", "", "B"),
        ],
        [
            ("Get the Nadrau Sun app.", "", "", "B"),
            ("Available on iOS and Android.", "", "", "B"),
        ],
        [
            ("© 2027 Nadrau Media Pte Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy   Terms   Back to full site", "", "", "B"),
        ],
    ],
    [
        [
            (
                "3/23/27, 2:14 PM     Cruise arrivals up 18 per cent as winter season nears end | The Garrisonvale Sentinel",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BUSINESS", "", "", "B"),
        ],
        [
            ("Cruise arrivals up 18 per cent as winter season nears end", "", "", "W"),
        ],
        [
            ("By Shontelle Greenidgeworth, Business Reporter", "", "", "B"),
        ],
        [
            ("Tuesday, March 23, 2027", "", "", "B"),
        ],
        [
            (
                "Passengers leave a cruise ship at the Bridgetown cruise terminal on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Picture by Dwayne Haynesley.)", "", "", "B"),
        ],
        [
            (
                "Cruise ships brought 418,600 passengers to Bridgetown between November 1 and March 15, up 18 per cent from 354,700 in the same period a year earlier, according to figures released by the port on Monday.",
                "figures released by the port on Monday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The 212 ship calls in the period were up from 187, the figures show.",
                "the figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "Minister of Tourism Senator the Hon. Kerri-Ann Marshallby told the Sentinel that each passenger spent an average of US$96 on shore, according to an exit survey carried out by her ministry in January.",
                "Kerri-Ann Marshallby",
                "told the Sentinel",
                "W",
            ),
            (
                "“The numbers are good, but the spend is where we have to grow,” she said.",
                "Kerri-Ann Marshallby",
                "said",
                "",
            ),
            (
                "“In 2019 the average was US$103, so we are still below where we were.”",
                "Kerri-Ann Marshallby",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Some days you wait four hours in the rank for one fare,” said Everton Clarkemoor, president of the Bridgetown Tour Taxi Association.",
                "Everton Clarkemoor",
                "said",
                "",
            ),
            (
                "He said the association's 146 members had carried 31 per cent fewer cruise passengers in February than in February 2026, as more passengers booked excursions on board.",
                "Everton Clarkemoor",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Sonia Babbwell, who chairs the Pelican Lane vendors' arcade, where 58 stalls sell craft, rum cake and clothing to visitors, told the Sentinel that nine stalls had closed since December.",
                "Sonia Babbwell",
                "told the Sentinel",
                "W",
            ),
            (
                "“It hurts to see the ships full and the arcade empty,” she said.",
                "Sonia Babbwell",
                "said",
                "",
            ),
        ],
        [
            (
                "Marcia Yvonne Bradshawley, who runs a rum shop two streets from the terminal, said she had not noticed any more customers this winter than last.",
                "Marcia Yvonne Bradshawley",
                "said",
                "",
            ),
            (
                "“On a three-ship day I sold 40 sandwiches,” she said.",
                "Marcia Yvonne Bradshawley",
                "said",
                "W",
            ),
            (
                "“Forty, with 9,000 people walking past my door.”",
                "Marcia Yvonne Bradshawley",
                "said",
                "",
            ),
        ],
        [
            (
                "https://www.garrisonvalesentinel.com.bb/business/cruise-arrivals-up-18-per-cent-as-winter-season-nears-end     1/2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "3/23/27, 2:14 PM     Cruise arrivals up 18 per cent as winter season nears end | The Garrisonvale Sentinel",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Barbados received 742,300 cruise passengers in the whole of the 2025-26 season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Long-stay visitor arrivals rose 6.2 per cent in the same period, according to the Barbados Statistical Service.",
                "the Barbados Statistical Service",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Natalie Grazettely, head of research at Saltcay Securities, wrote in a note to clients that the cruise numbers were “flattering” because four ships had been diverted to Bridgetown from other islands in January.",
                "Natalie Grazettely",
                "wrote in a note",
                "",
            ),
            (
                "She noted that cruise passengers had accounted for 11 per cent of visitor spending in 2026.",
                "Natalie Grazettely",
                "noted",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Harbourfleet Cruise Line, which made 34 of the season's calls, did not respond to emailed questions about its on-board excursion sales.",
                "Harbourfleet Cruise Line",
                "did not respond to emailed questions",
                "",
            ),
        ],
        [
            (
                "Cruise passengers pay a head tax of US$8.50 each, which the port collects on the government's behalf.",
                "",
                "",
                "W",
            ),
            (
                "The tax raised about US$3.6 million in the 2025-26 fiscal year, according to the Ministry of Finance.",
                "the Ministry of Finance",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Work on a fourth cruise berth began in September 2026 and is due to finish in 2029.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The port's chief executive, Adrian Holderly, said the new berth would let Bridgetown handle four of the largest ships at once.",
                "Adrian Holderly",
                "said",
                "",
            ),
            (
                "He said dredging had removed 1.2 million cubic metres of sand from the harbour since October.",
                "Adrian Holderly",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Marshallby said the ministry would meet taxi and vendors' groups before the summer to discuss a booking desk inside the terminal.",
                "Kerri-Ann Marshallby",
                "said",
                "",
            ),
        ],
        [
            ("Printed from garrisonvalesentinel.com.bb", "", "", "B"),
        ],
        [
            ("Have a business story?", "", "", "B"),
            ("Email business@garrisonvalesentinel.com.bb.", "", "", "B"),
        ],
        [
            ("© 2027 Sentinel Publishing Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "https://www.garrisonvalesentinel.com.bb/business/cruise-arrivals-up-18-per-cent-as-winter-season-nears-end     2/2",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Get the Teifiside Tidings app for local news as it happens", "", "", "B"),
        ],
        [
            ("Not now     Open", "", "", "B"),
        ],
        [
            ("English | Cymraeg", "", "", "B"),
        ],
        [
            ("☰  TEIFISIDE TIDINGS  🔍  👤", "", "", "B"),
        ],
        [
            ("News › Ceredigion", "", "", "B"),
        ],
        [
            (
                "Town's only pool and leisure centre could close in September to save £412,000 a year, council says",
                "the county council",
                "says",
                "W",
            ),
        ],
        [
            ("By Rhodri Morganwy", "", "", "B"),
        ],
        [
            ("Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("16:20 BST, Wednesday 24 March 2027 · 4 min read", "", "", "B"),
        ],
        [
            ("1/3", "", "", "B"),
        ],
        [
            (
                "Canolfan Hamdden Cwmhiraeth, which opened in 1978 and has a 25-metre pool that…",
                "",
                "",
                "",
            ),
            ("Read more", "", "", "B"),
        ],
        [
            ("Image: Teifiside Tidings", "", "", "B"),
        ],
        [
            (
                "Cwmhiraeth's leisure centre and swimming pool would close on September 30 under plans to be discussed by the county council's cabinet next Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The centre cost the council £412,000 to run in 2025-26 and recorded 61,300 visits, down from 84,900 in 2018-19, according to the council's cabinet report.",
                "the council's cabinet report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The report says the pool's boiler and filtration plant need £2.3 million of work within three years.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Cabinet member for leisure Cllr Dylan Rhys Maddoxwen said the council had to find £14.8 million of savings in 2027-28.",
                "Dylan Rhys Maddoxwen",
                "said",
                "W",
            ),
            (
                "“Nobody came into politics to close a swimming pool,” he said.",
                "Dylan Rhys Maddoxwen",
                "said",
                "",
            ),
            (
                "“But do we close a pool, or do we cut the care workers who visit people in their homes?”",
                "Dylan Rhys Maddoxwen",
                "said",
                "",
            ),
        ],
        [
            ("Share   Comment   Save", "", "", "B"),
        ],
        [
            (
                "Ms Catrin Elinor Hopkinswy, secretary of Cwmhiraeth Otters Swimming Club, which has 142 members aged from five to 81 and has trained at the centre since it opened, told the Tidings the nearest other pool was 23 miles away.",
                "Catrin Elinor Hopkinswy",
                "told the Tidings",
                "W",
            ),
            (
                "She said the club's under-12 squad had won four medals at the Welsh junior championships in 2026.",
                "Catrin Elinor Hopkinswy",
                "said",
                "W",
            ),
            (
                "“To lose this now would break the town's heart,” she said.",
                "Catrin Elinor Hopkinswy",
                "said",
                "",
            ),
        ],
        [
            (
                "A petition against the closure had 4,870 signatures on Wednesday afternoon.",
                "",
                "",
                "W",
            ),
            ("Cwmhiraeth has a population of about 6,100.", "", "", "W"),
        ],
        [
            ("Show more ⌄", "", "", "B"),
        ],
        [
            (
                "The area's Member of the Senedd, Megan Bryneithin MS, said she had asked for an urgent meeting with the council's leader.",
                "Megan Bryneithin",
                "said",
                "",
            ),
            (
                "She said she would raise the closure with ministers in Cardiff Bay.",
                "Megan Bryneithin",
                "said",
                "",
            ),
        ],
        [
            (
                "“My daughter learnt to swim there, and so did I, in 1984,” said Gareth Huw Bevanlow, who was waiting outside the centre on Wednesday to collect her from a lesson.",
                "Gareth Huw Bevanlow",
                "said",
                "W",
            ),
            ("“What happens to the school lessons?”", "Gareth Huw Bevanlow", "said", ""),
            ("“Do the kids go on a bus for an hour each way?”", "Gareth Huw Bevanlow", "said", ""),
        ],
        [
            (
                "The report says 1,950 primary school pupils had swimming lessons at the centre in 2025-26.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            (
                "A Welsh Government spokesperson said councils in Wales would receive a 3.8 per cent increase in their core funding in 2027-28.",
                "A Welsh Government spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Aled Wyn Pughesby, who leads the council's opposition group, said the cabinet had spent £640,000 on consultants for a new leisure strategy in 2024.",
                "Aled Wyn Pughesby",
                "said",
                "W",
            ),
            (
                "“That money would have kept the pool open for a year and a half.”",
                "Aled Wyn Pughesby",
                "said",
                "",
            ),
        ],
        [
            (
                "A public consultation will run from March 31 to May 12 if the cabinet agrees, the council said.",
                "the council",
                "said",
                "",
            ),
        ],
        [
            (
                "He said his group would table an amendment to keep the pool open until March 2028 while a community trust was set up.",
                "Aled Wyn Pughesby",
                "said",
                "W",
            ),
            (
                "“Give the town a year and it will find a way,” he said.",
                "Aled Wyn Pughesby",
                "said",
                "",
            ),
        ],
        [
            ("Two other leisure centres in the county closed in 2024.", "", "", "W"),
        ],
        [
            (
                "Staff at the centre would be offered jobs elsewhere in the council, it said.",
                "the county council",
                "said",
                "",
            ),
        ],
        [
            (
                "This story was written by a Local Democracy Reporter, funded by the BBC and published by the Teifiside Tidings.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More stories", "", "", "B"),
        ],
        [
            ("Bus route 552 to run on Sundays again from May", "", "", "B"),
        ],
        [
            ("Teachers at Cwmhiraeth secondary vote on strike action", "", "", "B"),
        ],
        [
            ("💬 37 comments", "", "", "B"),
        ],
        [
            ("© Teifiside Tidings 2027", "", "", "B"),
        ],
        [
            ("Home     Latest     Sport     What's On     Menu", "", "", "B"),
        ],
    ],
    [
        [
            ("ernevalechronicle.co.uk", "", "", "B"),
        ],
        [
            (
                "Fermanagh GP practice with 4,800 patients to hand back its contract in June",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Niamh Quigleyford", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            ("Thursday 25 March 2027, 7:00am", "", "", "B"),
        ],
        [
            (
                "The surgery on Quarry Row in Lisnaskea, where three GPs see patients from six surrounding townlands.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Photo: Ernevale Chronicle)", "", "", "B"),
        ],
        [
            (
                "A GP practice in Lisnaskea that serves about 4,800 patients will hand its contract back to the health service on June 30, the practice confirmed on Wednesday.",
                "the practice",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "In a letter to patients, the partners said two of the practice's five GPs had retired since 2025 and that adverts for replacements had drawn no applicants in 14 months.",
                "the partners",
                "said",
                "W",
            ),
            (
                "“We have not taken this decision lightly,” the letter said.",
                "the letter",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Siobhan Teresa McCorvaley, the senior partner, who has worked at the practice since 1998 and was its only full-time GP for most of last winter, told the Chronicle that each remaining doctor had about 1,600 patients on the list.",
                "Siobhan Teresa McCorvaley",
                "told the Chronicle",
                "W",
            ),
            (
                "“The recommended number is closer to 1,100,” she said.",
                "Siobhan Teresa McCorvaley",
                "said",
                "W",
            ),
            (
                "“I love this town, but I cannot keep working 70-hour weeks.”",
                "Siobhan Teresa McCorvaley",
                "said",
                "",
            ),
        ],
        [
            (
                "Read More: Enniskillen hospital's emergency department on ‘black alert’ for third day",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "“Where are 4,800 people supposed to go?” said Pauline Maguirevale, 67, who has been a patient at the surgery for 40 years.",
                "Pauline Maguirevale",
                "said",
                "",
            ),
            (
                "She said she had waited three weeks for an appointment in February.",
                "Pauline Maguirevale",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Department of Health said in a statement that 41 GP practices in Northern Ireland had handed back their contracts since 2022.",
                "The Department of Health",
                "said in a statement",
                "W",
            ),
            (
                "It said it would work with the local health trust to make sure patients at the Lisnaskea practice “continue to receive care.”",
                "The Department of Health",
                "said",
                "",
            ),
        ],
        [
            (
                "Speaking at Stormont on Tuesday, the Health Minister said a new scheme to pay GPs to work in rural areas would open in the autumn.",
                "the Health Minister",
                "said",
                "",
            ),
            (
                "He said 27 trainee GPs had been placed in practices west of the Bann in 2026, up from 19.",
                "the Health Minister",
                "said",
                "W",
            ),
            (
                "“It is not enough, and I know it is not enough,” he said.",
                "the Health Minister",
                "said",
                "",
            ),
        ],
        [
            (
                "The number of GPs per 100,000 people in Fermanagh fell from 63 in 2019 to 51 in 2026, according to the Department's own figures.",
                "the Department's own figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Local MLA Orla Dornamoy said the closure was “a warning light for every rural practice in the county.”",
                "Orla Dornamoy",
                "said",
                "",
            ),
            (
                "She said she had written to the Health Minister about GP vacancies in Fermanagh in September and again in January.",
                "Orla Dornamoy",
                "said",
                "W",
            ),
        ],
        [
            ("Sign up to the Ernevale Chronicle's morning newsletter.", "", "", "B"),
            ("It's free and lands at 7am every weekday.", "", "", "B"),
        ],
        [
            (
                "About one in five of the practice's patients are over 75, according to a survey by the practice in 2026.",
                "a survey by the practice",
                "according to",
                "W",
            ),
            ("Nearly 400 live in townlands with no bus service.", "", "", "W"),
        ],
        [
            (
                "Patients at practices that hand back contracts are usually moved to a neighbouring practice or to one run directly by the trust.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the local health trust said it would write to every patient on the list by the end of April.",
                "A spokesperson for the local health trust",
                "said",
                "",
            ),
        ],
        [
            (
                "The surgery will stay open until 6pm on June 30, the practice said.",
                "the practice",
                "said",
                "W",
            ),
        ],
        [
            (
                "The nearest other practice, in Enniskillen, is 11 miles away and closed its list to new patients in November 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Declan Francis Murrowby, who runs the pharmacy next door to the surgery, said his shop filled about 5,200 prescriptions a month, most of them written at the practice.",
                "Declan Francis Murrowby",
                "said",
                "W",
            ),
            (
                "“If the doctors go, I don't know how long we last,” he said.",
                "Declan Francis Murrowby",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr McCorvaley said she hoped a younger doctor would take over the building and the list.",
                "Siobhan Teresa McCorvaley",
                "said",
                "",
            ),
            (
                "“We have offered it for £1 a year,” she said.",
                "Siobhan Teresa McCorvaley",
                "said",
                "W",
            ),
        ],
        [
            ("Read More: Lisnaskea councillor calls for late-night pharmacy rota", "", "", "B"),
        ],
        [
            ("Comments are open to subscribers.", "", "", "B"),
        ],
    ],
    [
        [
            ("AMP   THE GULF STAR   Sign in", "", "", "B"),
        ],
        [
            ("Prince Edward Island", "", "", "B"),
        ],
        [
            (
                "Sea ice could push back lobster setting day on P.E.I.'s east end, fishers fear",
                "Fishers",
                "fear",
                "",
            ),
        ],
        [
            ("Colleen MacInnisfield · The Gulf Star", "", "", "B"),
        ],
        [
            ("Published Mar 26, 2027 · 6:04 a.m. ADT · Updated 9:31 a.m.", "", "", "B"),
        ],
        [
            ("▶ Listen to this article   4:12", "", "", "B"),
        ],
        [
            (
                "Lobster traps stacked on the wharf at Kettle Harbour, P.E.I., on Thursday, with the harbour still locked in ice behind them.",
                "",
                "",
                "",
            ),
        ],
        [
            ("COLLEEN MACINNISFIELD/THE GULF STAR", "", "", "B"),
        ],
        [
            (
                "SOURIS, P.E.I. — Drift ice covered 80 per cent of the waters off the eastern tip of Prince Edward Island on Thursday, five weeks before the spring lobster season is due to open.",
                "",
                "",
                "W",
            ),
            (
                "The season in Lobster Fishing Area 26A is scheduled to open on April 30, with setting day moved only if ice makes it unsafe.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fisheries and Oceans Canada (DFO) said in a statement that it delayed the opening in the area by 11 days in 2015 and by six days in 2022 because of ice.",
                "Fisheries and Oceans Canada",
                "said in a statement",
                "W",
            ),
            (
                "The department said it could decide on a delay as late as April 26.",
                "The department",
                "said",
                "",
            ),
        ],
        [
            (
                "Wendell Ambrose Gaudetmore, who has fished out of Kettle Harbour since 1979 and has been president of the Eastern Kings Fishermen's Association for the past eight years, told the Gulf Star that each week of delay cost a boat about $9,000 in lost landings.",
                "Wendell Ambrose Gaudetmore",
                "told the Gulf Star",
                "W",
            ),
            (
                "“We are not asking for the moon,” he said.",
                "Wendell Ambrose Gaudetmore",
                "said",
                "",
            ),
            (
                "“In 2015 we lost 11 days and half the fleet never caught up.”",
                "Wendell Ambrose Gaudetmore",
                "said",
                "W",
            ),
        ],
        [
            ("Story continues below advertisement", "", "", "B"),
        ],
        [
            (
                "“My crew's been paid to paint buoys for a month already, and now we wait on the ice?” said Rachelle Tobinwade, who fishes out of Naufrage, P.E.I., with her two sons.",
                "Rachelle Tobinwade",
                "said",
                "",
            ),
            (
                "She said she had spent $31,000 on new traps and rope over the winter.",
                "Rachelle Tobinwade",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ice cover in the southern Gulf of St. Lawrence was 18 per cent above the 1991–2020 average for the last week of March, according to the Canadian Ice Service.",
                "the Canadian Ice Service",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Terrence Poirelle, plant manager at Pettawick Shellfish Ltd. in Souris, said the plant had 210 seasonal workers lined up for May.",
                "Terrence Poirelle",
                "said",
                "W",
            ),
            (
                "He said shore prices would likely open above $8 a pound.",
                "Terrence Poirelle",
                "said",
                "",
            ),
        ],
        [
            (
                "Fisheries Minister Robbie Coffinwell said the province would ask Ottawa for help for crews if the season is delayed.",
                "Robbie Coffinwell",
                "said",
                "",
            ),
            (
                "He said the spring fishery landed $214 million worth of lobster on P.E.I. in 2026.",
                "Robbie Coffinwell",
                "said",
                "W",
            ),
        ],
        [
            (
                "Environment Canada said northeasterly winds of 40 to 60 km/h were forecast for the eastern end of the Island from Sunday to Tuesday.",
                "Environment Canada",
                "said",
                "W",
            ),
            (
                "Winds from that direction pack ice against the north and east shores, it said.",
                "Environment Canada",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If the wind turns, the ice can go in a day,” Tobinwade said.",
                "Rachelle Tobinwade",
                "said",
                "",
            ),
            ("“We've all seen it happen.”", "Rachelle Tobinwade", "said", ""),
        ],
        [
            (
                "Fishers on the wharf at Souris said the ice had come back twice since the start of March after strong northeasterly winds.",
                "Fishers on the wharf at Souris",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 620 licence holders fish lobster in the spring season on the Island, according to provincial figures.",
                "provincial figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Gaudetmore said the association would meet DFO officials in Charlottetown on April 8.",
                "Wendell Ambrose Gaudetmore",
                "said",
                "",
            ),
            (
                "He said 42 of its 96 members had already bought bait for the first week.",
                "Wendell Ambrose Gaudetmore",
                "said",
                "W",
            ),
        ],
        [
            ("Share this article   Facebook   X   Email", "", "", "B"),
        ],
        [
            ("Expand to read more ⌄", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Charlottetown council approves 14-storey apartment tower", "", "", "B"),
        ],
        [
            ("Island ferry to start season a week early", "", "", "B"),
        ],
        [
            ("Got a news tip?", "", "", "B"),
            ("Email tips@gulfstar.ca.", "", "", "B"),
        ],
        [
            ("© 2027 Gulf Star Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("AMP · View full site", "", "", "B"),
        ],
    ],
    [
        [
            (
                "3/27/27, 8:05 AM     King salmon fishing closed for third summer on Tullikak River | Tundra Current",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ENVIRONMENT", "", "", "B"),
        ],
        [
            (
                "King salmon fishing closed for third summer on Tullikak River as run stays below goal",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Biologists say warmer water in the Bering Sea may be starving young salmon before they return",
                "Biologists",
                "say",
                "",
            ),
        ],
        [
            ("By Marlys Cheloskey", "", "", "B"),
        ],
        [
            ("March 27, 2027 · 6:00 AM AKDT", "", "", "B"),
        ],
        [
            ("Tundra Current is an independent, nonprofit newsroom.", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
        ],
        [
            (
                "Drying racks stand empty at a fish camp on the Tullikak River, about 40 miles upriver from Bethel, last July.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Photo by Jonas Apaqtuk / Tundra Current)", "", "", "B"),
        ],
        [
            (
                "BETHEL — Subsistence and sport fishing for king salmon on the Tullikak River will stay closed from June 1 to July 31 this year, the Alaska Department of Fish and Game announced on Friday, the third summer in a row.",
                "the Alaska Department of Fish and Game",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The river's escapement goal is 4,100 to 8,400 kings, according to the department's management plan.",
                "the department's management plan",
                "according to",
                "W",
            ),
            (
                "Only 1,870 passed the weir in 2026 and 2,240 in 2025, the department's weir counts show.",
                "the department's weir counts",
                "show",
                "W",
            ),
        ],
        [
            (
                "https://www.tundracurrent.org/2027/03/27/king-salmon-fishing-closed-third-summer-tullikak-river/     1/3",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "3/27/27, 8:05 AM     King salmon fishing closed for third summer on Tullikak River | Tundra Current",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Darcy Lynn Vornholt, the department's area management biologist in Bethel, who has run the Tullikak weir since 2017 and grew up fishing the river's lower reaches, said the run had not met its goal since 2020.",
                "Darcy Lynn Vornholt",
                "said",
                "W",
            ),
            ("“I don't expect 2027 to be different,” she said.", "Darcy Lynn Vornholt", "said", ""),
            (
                "“But how do you tell a family it can't put up one king for the winter?”",
                "Darcy Lynn Vornholt",
                "said",
                "",
            ),
        ],
        [
            (
                "“This is the fish our grandparents lived on, and now we buy chicken from the store,” said Walter Yawkalik Mosesby, president of the Kwigillik Tribal Council.",
                "Walter Yawkalik Mosesby",
                "said",
                "",
            ),
            (
                "He said the council had given out 6,400 pounds of chum and sockeye to 112 households last August to make up for the closure.",
                "Walter Yawkalik Mosesby",
                "said",
                "W",
            ),
        ],
        [
            (
                "Anna Qavlunaq Oscarby, 84, an elder in Kwigillik, said through an interpreter that the closures were hard on the young people who had never learned to cut fish.",
                "Anna Qavlunaq Oscarby",
                "said through an interpreter",
                "",
            ),
            (
                "She said her family had put up 60 kings every summer when she was a girl.",
                "Anna Qavlunaq Oscarby",
                "said",
                "W",
            ),
        ],
        [
            (
                "Peter Hollisgard, a fisheries scientist at a university research station in Juneau, said surface waters in the eastern Bering Sea had been 1.5 to 2 degrees Celsius above average in four of the past six summers.",
                "Peter Hollisgard",
                "said",
                "W",
            ),
            (
                "“We don't yet know which year of a king's life is the one that fails,” he said.",
                "Peter Hollisgard",
                "said",
                "",
            ),
        ],
        [
            (
                "https://www.tundracurrent.org/2027/03/27/king-salmon-fishing-closed-third-summer-tullikak-river/     2/3",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "3/27/27, 8:05 AM     King salmon fishing closed for third summer on Tullikak River | Tundra Current",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Chum salmon returns to the Kuskokwim were also below average in 2026, the department said.",
                "the department",
                "said",
                "W",
            ),
            ("The sockeye run was the fourth largest on record.", "", "", "W"),
            (
                "It said it expected the sockeye run to be above average again in 2027.",
                "the Alaska Department of Fish and Game",
                "said",
                "",
            ),
        ],
        [
            (
                "Mosesby said the council had asked the state for $240,000 to buy fish for households this summer and had received no answer.",
                "Walter Yawkalik Mosesby",
                "said",
                "W",
            ),
            (
                "“We will share what we have, like we always have.”",
                "Walter Yawkalik Mosesby",
                "said",
                "",
            ),
        ],
        [
            (
                "In an email, a spokesperson for the department said it would review the closure if the weir counted more than 3,000 kings by July 4.",
                "a spokesperson for the department",
                "said",
                "",
            ),
        ],
        [
            (
                "Pollock trawlers in the Bering Sea caught 9,870 king salmon as bycatch in 2026, federal fisheries data show.",
                "federal fisheries data",
                "show",
                "W",
            ),
            ("That was down from 32,100 in 2021.", "", "", "W"),
        ],
        [
            (
                "Vornholt said 86 households had used the river's fish camps each summer before the closures began.",
                "Darcy Lynn Vornholt",
                "said",
                "W",
            ),
            (
                "“Some of those camps are falling down now,” she said.",
                "Darcy Lynn Vornholt",
                "said",
                "",
            ),
        ],
        [
            ("The Tullikak joins the Kuskokwim about 25 miles below Bethel.", "", "", "W"),
        ],
        [
            ("Tundra Current is a nonprofit newsroom supported by readers like you.", "", "", "B"),
            ("Donate today.", "", "", "B"),
        ],
        [
            ("Republish this story for free under our Creative Commons license.", "", "", "B"),
        ],
        [
            ("© 2027 Tundra Current Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "https://www.tundracurrent.org/2027/03/27/king-salmon-fishing-closed-third-summer-tullikak-river/     3/3",
                "",
                "",
                "B",
            ),
        ],
    ],
]

CASES = [
    (
        "n122-ke-caption-more",
        "Women queue to fill jerrycans at a water kiosk in Nakuru's Githiora estate on Monday, where a 20-litre can now costs… more",
        [
            "Women queue to fill jerrycans at a water kiosk in Nakuru's Githiora estate on Monday, where a 20-litre can now costs…",
            "more",
        ],
    ),
    (
        "n122-ke-eng-quote",
        "Managing director Eng. Daniel Kiprono Mutaiwe told the Post the dam, which supplies about 62 per cent of the town's water, received 40 per cent less rain between October and December than in the same months of 2025. “We are pumping 18,000 cubic metres a day against a demand of 41,000,” he said.",
        [
            "Managing director Eng. Daniel Kiprono Mutaiwe told the Post the dam, which supplies about 62 per cent of the town's water, received 40 per cent less rain between October and December than in the same months of 2025.",
            "“We are pumping 18,000 cubic metres a day against a demand of 41,000,” he said.",
        ],
    ),
    (
        "n122-ke-cec-drilled",
        "County Executive Committee Member for Water, Environment and Natural Resources Grace Chebet Kiplagatwo said the county would sink 14 boreholes in the town by the end of June at a cost of Sh96 million. She said eight of the 14 had been drilled in 2026 but were yet to be connected to the power grid.",
        [
            "County Executive Committee Member for Water, Environment and Natural Resources Grace Chebet Kiplagatwo said the county would sink 14 boreholes in the town by the end of June at a cost of Sh96 million.",
            "She said eight of the 14 had been drilled in 2026 but were yet to be connected to the power grid.",
        ],
    ),
    (
        "n122-gh-madam-quote",
        "The association's leader, Madam Comfort Adjoa Nsiahwaa, who has sold tomatoes at Nsuomkrom for 31 years and is known to traders as the Tomato Queen, told the Okyeredu Times that 17 of her members had lost whole truckloads to rot. “One truck carries 600 crates,” she said.",
        [
            "The association's leader, Madam Comfort Adjoa Nsiahwaa, who has sold tomatoes at Nsuomkrom for 31 years and is known to traders as the Tomato Queen, told the Okyeredu Times that 17 of her members had lost whole truckloads to rot.",
            "“One truck carries 600 crates,” she said.",
        ],
    ),
    (
        "n122-gh-farmer-after",
        "“I planted four acres in November and lost three to the armyworm before Christmas,” said Yaw Boakye Owusuakyi, who farms near Akumadan in the Ashanti Region. “The local tomato cannot feed Kumasi alone, not this season.”",
        [
            "“I planted four acres in November and lost three to the armyworm before Christmas,” said Yaw Boakye Owusuakyi, who farms near Akumadan in the Ashanti Region.",
            "“The local tomato cannot feed Kumasi alone, not this season.”",
        ],
    ),
    (
        "n122-gh-buyer",
        "Abena Serwaa Kyeremateng, who sells tomatoes by the bowl at a lorry station in Suame, said a bowl that cost GH₵30 in February now cost GH₵65. “My customers ask me, ‘Auntie, are you the one who made the price?’” she said. “I tell them to go to Paga and ask.”",
        [
            "Abena Serwaa Kyeremateng, who sells tomatoes by the bowl at a lorry station in Suame, said a bowl that cost GH₵30 in February now cost GH₵65.",
            "“My customers ask me, ‘Auntie, are you the one who made the price?’” she said.",
            "“I tell them to go to Paga and ask.”",
        ],
    ),
    (
        "n122-my-expand",
        "Operator to retire its oldest diesel buses, some of which date to 2009; drivers' union asks for more training before the… Expand",
        [
            "Operator to retire its oldest diesel buses, some of which date to 2009; drivers' union asks for more training before the…",
            "Expand",
        ],
    ),
    (
        "n122-my-exco-fare",
        "State Transport and Infrastructure Committee chairman Datuk Seri Kamarul Ariffin Selasihan, who oversaw the RM134 million purchase after the state assembly approved it in a supplementary budget last August, told a press conference at the state secretariat that the buses had been built in Perak. “The fare stays at RM1.40 for a single trip within the island,” he said. “We will not pass the cost of these buses to the people.”",
        [
            "State Transport and Infrastructure Committee chairman Datuk Seri Kamarul Ariffin Selasihan, who oversaw the RM134 million purchase after the state assembly approved it in a supplementary budget last August, told a press conference at the state secretariat that the buses had been built in Perak.",
            "“The fare stays at RM1.40 for a single trip within the island,” he said.",
            "“We will not pass the cost of these buses to the people.”",
        ],
    ),
    (
        "n122-my-sdnbhd",
        "© 2027 Lembayan Media Sdn Bhd. All rights reserved.",
        ["© 2027 Lembayan Media Sdn Bhd.", "All rights reserved."],
    ),
    (
        "n122-sg-pteltd-director",
        "Veltrimo Renovation Pte Ltd pleaded guilty to one charge under the Workplace Safety and Health Act of failing to take reasonably practicable measures to ensure the safety of its workers. Its director, Mr Selvakumar Ramakrishnoo, 56, was fined $18,000 on a separate charge.",
        [
            "Veltrimo Renovation Pte Ltd pleaded guilty to one charge under the Workplace Safety and Health Act of failing to take reasonably practicable measures to ensure the safety of its workers.",
            "Its director, Mr Selvakumar Ramakrishnoo, 56, was fined $18,000 on a separate charge.",
        ],
    ),
    (
        "n122-sg-mom-quote",
        "Ministry of Manpower prosecutor Kavitha Ramalingeswari told the court the company had been warned twice by MOM inspectors in 2024 about unsafe work at height. “This was not a freak accident,” she said. “The risk was known, it was flagged, and nothing was done.”",
        [
            "Ministry of Manpower prosecutor Kavitha Ramalingeswari told the court the company had been warned twice by MOM inspectors in 2024 about unsafe work at height.",
            "“This was not a freak accident,” she said.",
            "“The risk was known, it was flagged, and nothing was done.”",
        ],
    ),
    (
        "n122-sg-coregn",
        "Copyright 2027 Kelana Ledger Media Pte. Ltd. (Co. Regn. No. 202011284Z). All rights reserved.",
        [
            "Copyright 2027 Kelana Ledger Media Pte. Ltd. (Co. Regn. No. 202011284Z).",
            "All rights reserved.",
        ],
    ),
    (
        "n122-pk-rana-quote",
        "Provincial Food Minister Rana Shahid Iqbal Arshadwal told the Kasid by phone from Lahore that the government's wheat stocks stood at 1.3 million tonnes on March 1, against 0.6 million a year earlier. “We cannot keep buying at any price while the godowns are full,” he said. “Last year we paid Rs11 billion just to store and fumigate the surplus.”",
        [
            "Provincial Food Minister Rana Shahid Iqbal Arshadwal told the Kasid by phone from Lahore that the government's wheat stocks stood at 1.3 million tonnes on March 1, against 0.6 million a year earlier.",
            "“We cannot keep buying at any price while the godowns are full,” he said.",
            "“Last year we paid Rs11 billion just to store and fumigate the surplus.”",
        ],
    ),
    (
        "n122-pk-asked-after",
        "“Who will sow wheat next year at a loss of Rs450 on every bag?” asked Allah Ditta Nonariwala, who grows wheat on 12 acres near Minchinabad. He said he had sold his crop to a private trader at Rs3,700 last April after waiting nine days for bags at the government centre.",
        [
            "“Who will sow wheat next year at a loss of Rs450 on every bag?” asked Allah Ditta Nonariwala, who grows wheat on 12 acres near Minchinabad.",
            "He said he had sold his crop to a private trader at Rs3,700 last April after waiting nine days for bags at the government centre.",
        ],
    ),
    (
        "n122-pk-pvtltd",
        "© 2027 Kasid Publications (Pvt.) Ltd. All rights reserved.",
        ["© 2027 Kasid Publications (Pvt.) Ltd.", "All rights reserved."],
    ),
    (
        "n122-bd-profdr",
        "Prof Dr Nazmul Hasan Miahpara, director of Mirzarkhal Memorial Hospital, told the Sonarekha Tribune that 112 dengue patients were admitted to the hospital on Sunday, 31 of them children under 12. “In March last year we had 12 or 13 on a busy day,” he said. “We are asking the ministry for more beds and more platelet kits, please.”",
        [
            "Prof Dr Nazmul Hasan Miahpara, director of Mirzarkhal Memorial Hospital, told the Sonarekha Tribune that 112 dengue patients were admitted to the hospital on Sunday, 31 of them children under 12.",
            "“In March last year we had 12 or 13 on a busy day,” he said.",
            "“We are asking the ministry for more beds and more platelet kits, please.”",
        ],
    ),
    (
        "n122-bd-correction",
        "Correction: An earlier version of this report gave the number of deaths as 11. It is nine.",
        [
            "Correction: An earlier version of this report gave the number of deaths as 11.",
            "It is nine.",
        ],
    ),
    (
        "n122-fj-caption-show",
        "Residents wade through floodwater along Ba's main street on Monday morning after the river rose by… Show more",
        [
            "Residents wade through floodwater along Ba's main street on Monday morning after the river rose by…",
            "Show more",
        ],
    ),
    (
        "n122-fj-9am",
        "The river gauge at the Ba bridge read 4.1 metres at 9am on Monday, according to figures from the Fiji Meteorological Service. That is 1.3 metres above the level at which the service issues a flood warning.",
        [
            "The river gauge at the Ba bridge read 4.1 metres at 9am on Monday, according to figures from the Fiji Meteorological Service.",
            "That is 1.3 metres above the level at which the service issues a flood warning.",
        ],
    ),
    (
        "n122-fj-ratu-reporters",
        "Commissioner Western Ratu Josaia Naiqamuvuda told reporters at the Lautoka divisional office that two people had been rescued from the roof of a car near the Ba bridge at about 1am. He said no one should try to cross flooded roads or creeks, “not even in a four-wheel drive.” He said 18 roads in the Western Division were closed as of 8am.",
        [
            "Commissioner Western Ratu Josaia Naiqamuvuda told reporters at the Lautoka divisional office that two people had been rescued from the roof of a car near the Ba bridge at about 1am.",
            "He said no one should try to cross flooded roads or creeks, “not even in a four-wheel drive.”",
            "He said 18 roads in the Western Division were closed as of 8am.",
        ],
    ),
    (
        "n122-bb-senator",
        "Minister of Tourism Senator the Hon. Kerri-Ann Marshallby told the Sentinel that each passenger spent an average of US$96 on shore, according to an exit survey carried out by her ministry in January. “The numbers are good, but the spend is where we have to grow,” she said. “In 2019 the average was US$103, so we are still below where we were.”",
        [
            "Minister of Tourism Senator the Hon. Kerri-Ann Marshallby told the Sentinel that each passenger spent an average of US$96 on shore, according to an exit survey carried out by her ministry in January.",
            "“The numbers are good, but the spend is where we have to grow,” she said.",
            "“In 2019 the average was US$103, so we are still below where we were.”",
        ],
    ),
    (
        "n122-bb-tip",
        "Have a business story? Email business@garrisonvalesentinel.com.bb.",
        ["Have a business story?", "Email business@garrisonvalesentinel.com.bb."],
    ),
    (
        "n122-wal-caption-read",
        "Canolfan Hamdden Cwmhiraeth, which opened in 1978 and has a 25-metre pool that… Read more",
        [
            "Canolfan Hamdden Cwmhiraeth, which opened in 1978 and has a 25-metre pool that…",
            "Read more",
        ],
    ),
    (
        "n122-wal-cllr-question",
        "Cabinet member for leisure Cllr Dylan Rhys Maddoxwen said the council had to find £14.8 million of savings in 2027-28. “Nobody came into politics to close a swimming pool,” he said. “But do we close a pool, or do we cut the care workers who visit people in their homes?”",
        [
            "Cabinet member for leisure Cllr Dylan Rhys Maddoxwen said the council had to find £14.8 million of savings in 2027-28.",
            "“Nobody came into politics to close a swimming pool,” he said.",
            "“But do we close a pool, or do we cut the care workers who visit people in their homes?”",
        ],
    ),
    (
        "n122-ni-partner",
        "Dr Siobhan Teresa McCorvaley, the senior partner, who has worked at the practice since 1998 and was its only full-time GP for most of last winter, told the Chronicle that each remaining doctor had about 1,600 patients on the list. “The recommended number is closer to 1,100,” she said. “I love this town, but I cannot keep working 70-hour weeks.”",
        [
            "Dr Siobhan Teresa McCorvaley, the senior partner, who has worked at the practice since 1998 and was its only full-time GP for most of last winter, told the Chronicle that each remaining doctor had about 1,600 patients on the list.",
            "“The recommended number is closer to 1,100,” she said.",
            "“I love this town, but I cannot keep working 70-hour weeks.”",
        ],
    ),
    (
        "n122-ni-newsletter",
        "Sign up to the Ernevale Chronicle's morning newsletter. It's free and lands at 7am every weekday.",
        [
            "Sign up to the Ernevale Chronicle's morning newsletter.",
            "It's free and lands at 7am every weekday.",
        ],
    ),
    (
        "n122-pei-lead",
        "SOURIS, P.E.I. — Drift ice covered 80 per cent of the waters off the eastern tip of Prince Edward Island on Thursday, five weeks before the spring lobster season is due to open. The season in Lobster Fishing Area 26A is scheduled to open on April 30, with setting day moved only if ice makes it unsafe.",
        [
            "SOURIS, P.E.I. — Drift ice covered 80 per cent of the waters off the eastern tip of Prince Edward Island on Thursday, five weeks before the spring lobster season is due to open.",
            "The season in Lobster Fishing Area 26A is scheduled to open on April 30, with setting day moved only if ice makes it unsafe.",
        ],
    ),
    (
        "n122-pei-buyer",
        "Terrence Poirelle, plant manager at Pettawick Shellfish Ltd. in Souris, said the plant had 210 seasonal workers lined up for May. He said shore prices would likely open above $8 a pound.",
        [
            "Terrence Poirelle, plant manager at Pettawick Shellfish Ltd. in Souris, said the plant had 210 seasonal workers lined up for May.",
            "He said shore prices would likely open above $8 a pound.",
        ],
    ),
    (
        "n122-ak-biologist",
        "Darcy Lynn Vornholt, the department's area management biologist in Bethel, who has run the Tullikak weir since 2017 and grew up fishing the river's lower reaches, said the run had not met its goal since 2020. “I don't expect 2027 to be different,” she said. “But how do you tell a family it can't put up one king for the winter?”",
        [
            "Darcy Lynn Vornholt, the department's area management biologist in Bethel, who has run the Tullikak weir since 2017 and grew up fishing the river's lower reaches, said the run had not met its goal since 2020.",
            "“I don't expect 2027 to be different,” she said.",
            "“But how do you tell a family it can't put up one king for the winter?”",
        ],
    ),
    (
        "n122-ak-chum",
        "Chum salmon returns to the Kuskokwim were also below average in 2026, the department said. The sockeye run was the fourth largest on record. It said it expected the sockeye run to be above average again in 2027.",
        [
            "Chum salmon returns to the Kuskokwim were also below average in 2026, the department said.",
            "The sockeye run was the fourth largest on record.",
            "It said it expected the sockeye run to be above average again in 2027.",
        ],
    ),
]
