"""Eighty-second held-out set of hand-labelled pages for the hint engines (never tuned on, round forty-eight):
twelve WHOLE pages of WIRE AND SYNDICATED COPY AND LIVE COVERAGE from twelve countries, as a reader
pastes them from partner sites, aggregators and phones. This set is HELD OUT: it measures the engine
and must never be tuned on; no rule, threshold or word list may be changed to fit it.

The pages, head to tail: an Indian agency story republished on a Pune city site with both sites'
furniture (state bus fares up 14.9% from Friday midnight); a United States local paper's breaking
story pasted from a phone with "Update, 11:45 a.m.:" entries and a "This story has been updated"
line (a chemical plant fire in Ohio injures four and homes shelter in place); an English regional
daily's live blog with time stamps and entry bylines (a storm in the North East cuts power to
38,000 homes); a Kenyan daily's write-up of a health minister's press conference (cholera kills
nine and infects 214 in three counties); a South African markets wrap supplied by a wire to a
business site (the JSE up 0.84%, gold miners up 4.3%, the rand at 17.62); a New Zealand regional
daily's live text of a provincial rugby final (won 27-24 with a drop goal after the hooter); a
Canadian wire story republished on a Manitoba town site with a correction note and local paragraphs
(the power utility asks for a 4.5 per cent rate rise); an Australian story on a news aggregator's
page with an automatic summary (a Tasmanian salmon company fined $1.26m after 52,000 fish escape);
a Ghanaian content-partner story on a regional site (the cocoa farmgate price raised 22%); a
Singaporean breaking story pasted from a phone with "UPDATE 2.10pm:" entries (a five-hour power
fault on an MRT line); an Irish weekly's live text of a hurling semi-final (Kilkenny 2-21
Waterford 1-22); and a Japanese agency's press-conference write-up on an English-language site (a
rice cooker maker recalls 412,000 units after 37 fires).

What is hard: two layers of furniture on one page (the local site's masthead, menu, disclaimers and
lists around the agency's byline, dateline, slug line, "(Reporting by ...; Editing by ...)" line,
"(With inputs from ...)", "— With files from ... staff", "This report by ... was first published
...", content-partner and licence notes); update, correction and "developing story" lines at the
head and tail; entries that open with "Update, 9:05 a.m.:" or "UPDATE 11.30am:" and still carry a
checkable sentence and its speaker; live-blog and live-text stamps ("17:05", "80+2'", "68 mins",
"FULL TIME", "HALF-TIME", "PRE-MATCH", "Key event", "Pinned") between short entries, running score
lines and team lists; exclamations that state a result ("Taranaki are champions!", "GOAL FOR
KILKENNY!") beside ones that do not ("That's it!"); an aggregator's automatic summary whose bullets
are sentences of the story; a markets wrap's figures with no speaker beside strategists' hedges;
press-conference attribution ("told a press conference", "Asked by journalists whether ..., Dr.
... said", "Pressed on why ..., the CS said", "told a news conference", "He did not name the
supplier."); and splits around "Rs. 1,284 crore", "a.m." and "p.m." inside and at the end of
sentences, "Co." and "Pty Ltd" mid-sentence, "Pvt. Ltd.", "(Pty) Ltd.", "Pte Ltd." and "Co. Regn.
No." before the next line's sentence, "Dr." before a surname, and "9.8 billion yen ($64 million)."
before "He". The pages hold 532 sentences: 285 "B", 150 "W" and 97 ""; 149 sentences carry a
speaker (81 distinct speakers). `STYLES` describes each page, its story, its speakers and its
furniture in order.

Written from scratch for issue 13 in round forty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief in `/tmp/brief` (listed once; it held the brief and a task
list, whose first fifty lines were printed: they name this set and the other sets of the round);
`/tmp/sets` was listed once and held other writers' scratch folders, none of which was opened; the
module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (its source segment printed by
an `ast` script of my own, that function only); the `[tool.ruff]` tables of `pyproject.toml` (a
`sed` range from `[tool.ruff` to the next other `[tool.` table); and, from `labelled_new119.py` and
`labelled_new120.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each. It was printed once
(the tool cut its middle, so that the first part of the docstring of `labelled_new119.py`, and the
end of the first page, the second page and the cases of `labelled_new120.py` were seen), then saved
to a scratch file, of which `grep -n` showed the section markers and `sed` showed four ranges: the
rest of the docstring and the `STYLES` of `labelled_new119.py` (lines cut at 2,500 characters), the
docstring and `STYLES` of `labelled_new120.py` (the tool cut about twenty lines of its docstring,
which a narrower range then showed), and the first lines of its cases; so neither page of
`labelled_new119.py`, none of its cases, and most of the first page of `labelled_new120.py` were
ever seen. No other page, case or docstring of any file under `tests/` was read. What was run:
Python one-liners printing the calendars of March, April, May, July, August and October 2027 (to
check weekdays); scripts of my own in a scratch folder that turn a small line format (flag, speaker,
cue and text separated by a tilde, one line a paragraph unless it starts with "+", case marks naming
a first sentence and a length) into the literals below, apply renames, cut the split cases out of
the pages and count sentences, flags and speakers; substring, case-insensitive per-word file counts
(`grep -rliF -- WORD /work/main/tests/text | wc -l`) for every capitalised word of three letters or
more and every part of a hyphenated word of the pages (about 790 words), and for every replacement;
an import of this file (with `tests.text.labelled_articles` replaced by a stub holding a copy
of the printed `build`, so that nothing else was imported), `build` on every page and a check of four string
fields, the flags, the text at each label's offsets, no "B" with a speaker, a cue for every speaker
and a speaker for every cue, 30 distinct case ids, every case text in a built page and equal to its
sentences joined by single spaces, each expected sentence one labelled sentence of one paragraph, in
order, and the counts above; and `ruff format` and `ruff check` (the project's `.venv`) with the
project's `pyproject.toml` as config, the check through `--stdin-filename
tests/text/labelled_heldout82.py` so that the per-file ignores for `tests/**` apply. Only counts
were read from the word searches, never the matched lines or file names. Of the first draft's
coined words, twenty-eight hit other files and were renamed: surnames and parts of hyphenated
surnames (Antwi, Ofosu, Serwaa, Brennagh, Dlaminkosi, Frimpomaa, Kettlewick, Lindqvast, Mokgethwa,
Quellby, Ong), outlets, agencies and their tags (Kisaragi, Kanda, Kwahu, Laurentide, VNS, SKD), firms
and bodies (Marrowdene, Marula, Mbokodo, Northvale, Redwillow, Rietvlei, Umhlanga, Pravasi, Sangh,
Kallang as an institute's name) and a storm's name (Perrine); the hyphenated surnames were cut to
one coined word, and two replacements that hit as well (Kettleborne, Prairieline) were replaced again; only replacements with no
hit were kept. What still hits is real countries, regions, cities, towns, districts, stations,
rivers, roads, grounds and buildings (Pune, Mumbai, Maharashtra, Swargate, Satara,
Hinjewadi, Katraj, Zanesville, Columbus, Newcastle, Berwick-upon-Tweed,
Ashington, Seaton Sluice, Northumberland, Tyne, Nairobi, Afya House, Ngong Road, Tana
River, Garissa, Kisumu, Johannesburg, Nelson, Taranaki, Tasman, Winnipeg, Selkirk, Portage Avenue,
Hobart, Storm Bay, Macquarie Harbour, Accra, Kumasi, Côte d'Ivoire, Jurong East,
Tanah Merah, Clementi, Walsh Park, Kilkenny, Waterford, Galway,
Limerick, Tokyo, Niigata, Taiwan and the like), common given names kept on purpose (Anupama,
Shubhangi, Rohan, Corinna, Marcus, Dwayne, Tamsin, Lorenzo, Hollie, Aidan, Maureen, Darren,
Rosemary, Otieno, Fatuma, Wesley, Wairimu, Timothy, Thandiwe, Zanele, Pieter, Lerato, Jurgen,
Kereama, Manaia, Hoani, Liam, Brodie, Sione, Rawiri, Josh, Rangi, Kauri, Jayden, Corey, Nikau,
Fraser, Ben, Harrison, Aperahama, Nadia, Erin, Gordon, Darlene, Harvey, Brianna, Hamish, Lachlan,
Fiona, Yaw, Ebenezer, Abena, Kofi, Akosua, Cheryl, Priyanka, Wendell, Gavin, Ciarán, Dara,
Tomás, Seánie, Niall, Eoin, Cillian, Pádraig, Dónal, Yumiko), common, outlet and trade words
(Bugle, Examiner, Clarion, Standard-Bearer, Crier, Gazette, Herald, Ledger, Journal, Dispatch,
Tidemark, Wire, Polymers, Aquaculture, Anglers, Cats, Galamsey and the like) and tokens (IST,
GMT, JST, ALSI, USD, ZAR, JSE, LTA, MRT, EPA, GAA, PAIA, Pvt, Pty, Pte, Ltd, Inc, Cllr).

Every person, outlet, agency, firm, association, union, forum, institute, network, utility, lease,
plant, road named for a plant, team line-up and figure is invented. Real countries, regions,
cities and institutions appear only as settings: those listed above, Maharashtra's Legislative
Council and a state road transport corporation (an invented fare rise), the state and federal
environmental and workplace safety agencies of Ohio and the United States (invented inspectors and
records), the Met Office (invented provisional figures), Kenya's Ministry of Health (an invented
press conference and figures), the Johannesburg Stock Exchange, Statistics South Africa, the
Reserve Bank and the Fed (invented prices and figures), Sky Sport (as a channel), Manitoba's
utilities regulator and finance minister's office (an invented request and statement), Tasmania's
Environment Protection Authority (an invented fine), the Ghana Cocoa Board and Ghana's Minister for
Finance (an invented price), Singapore's Land Transport Authority and a transport minister (an
invented disruption), the GAA and the All-Ireland championship (an invented match), Japan's
industry ministry and the Tokyo Stock Exchange (an invented recall), and Facebook, X, WhatsApp,
Telegram and Google News (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every app banner, strip, masthead, menu, label, byline, date, update note, share
line, caption, credit, time stamp, entry byline, minute marker, list item, button and legal line is
a paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags
"W", "B" or "". As in the recent sets: furniture "B" line by line, whatever it says; a caption by
its content and its credit "B"; headlines never split and flagged by content, a headline's "says"
carrying the speaker the story names as first given; a dateline, with the agency's name in
parentheses, belongs to its lead sentence; a speaker is the full name as first given without
titles or roles ("Transport Minister", "Fire Chief", "City Council member", "Cllr", "Health Cabinet
Secretary", "Dr.", "Dr", "Mayor", "EPA director", "Ms", "Acting Transport Minister", "Transport
researcher", "Former Kilkenny goalkeeper", "Kilkenny manager", "President" dropped); a pronoun, a
later surname or a role ("the CS") resolves to it; a generic noun for an organisation or a document
is kept as written ("the corporation", "the agency", "The company", "the authority", "the ministry",
"the utility", "The operator", "The union", "the district"), while a later short name or "It"
resolves to the organisation as first given ("In a statement, Saltcrannock said" -> "Saltcrannock
Aquaculture Pty Ltd"; "It said" -> "the Environment Protection Authority", "the industry ministry");
a descriptor before a proper name is dropped ("the network operator Northrigg Power Networks");
"according to X" gives X as written ("its filing with the regulator", "the GAA"); "the statement
said" is carried by the statement's author; a quote over several sentences carries its speaker and
cue in each; a named person acting without a verb of saying carries no speaker.

Conventions this set had to settle, in the same spirit:

* Update, correction and developing-story notes ("This story has been updated with ...", "CORRECTION:
  An earlier version of this story gave the wrong date ...", "This is a developing story.", "Check
  back for updates.") are "B" line by line; a sentence inside such a note that states the corrected
  fact ("The hearings begin May 10.") is flagged by content, "W", with no speaker.
* An update entry's prefix ("Update, 11:45 a.m.:", "Update, 9:05 a.m.:", "UPDATE 2.10pm:", "UPDATE
  11.30am:") belongs to the sentence it opens, which is labelled by its content and speaker like any
  sentence; only a bare "UPDATED" or "BREAKING" label is "B".
* Syndication furniture of either site is "B": the agency as byline ("By QVNA", "TSUKIMARO PRESS"), "Supplied by ...", "Content partner: ...", feed and partner
  disclaimers, the agency's slug line ("QVNA ZDX PTQ"), "(With inputs from ...)", "— With files
  from Crier staff", "This report by ... was first published ...", "(Tsukimaro Press)", licence and
  responsibility notes; paragraphs a local site added below them are labelled like the rest.
* An aggregator's automatic summary: the "Summary" label and the note that it was generated
  automatically are "B"; its bullets are sentences of the story, labelled by content and speaker
  ("The state's environment regulator found ...", "The company says ..."); the source's name, its
  age ("2h ago · Tasmania"), "Story from ...", follow and read-original lines and lists with source
  and age are "B".
* Live text: minute markers and phase labels ("80+2'", "68 mins", "FULL TIME", "HALF TIME",
  "PRE-MATCH", "Key moment") are "B"; running score lines and team lists are "" (data, as in
  `labelled_new2.py`); a scoring event, card or result is "W" even as an exclamation ("DROP GOAL!
  ..." one sentence, "Taranaki are champions!", "Tasman level it!", "GOAL FOR KILKENNY!"), while an
  exclamation with no fact is "" ("That's it!"); a headline with no claim ("Live: Taranaki v
  Tasman, ...") is "".
* Live blog: a pinned summary's heading "Summary: what we know so far" is "" and each bullet a
  paragraph flagged by content; the opening "Good afternoon and welcome ..." entry is ""; a reader
  who "has been in touch" carries no speaker, and the next "He says ...: “...”" is his, one
  sentence.
* A pundit's or commentator's line with "in our commentary box, says: “...”" carries him with the
  cue "says" in each sentence of the quote; "told Sky Sport on his way to the sheds: “...”" likewise
  with "told Sky Sport".
* Press conference: "Asked by journalists whether ..., Dr. X said" and "Pressed on why ..., the CS
  said" carry the minister with the cue "said"; "X told a press conference" / "told a news
  conference" take those words as cue; "He did not name the supplier." carries no speaker.
* An outlet's own question ("The Crier asked the utility how many ...") carries the outlet with the
  cue "asked", "", and the answer "A spokesperson said ..." carries "A spokesperson" as written.
* A markets wrap's index, price, yield and currency figures with no cue are "W" with no speaker;
  "Statistics South Africa said, ahead of the 2.1% rise economists polled by Kloofnek Wire had
  expected" is the statistics body's; "Traders said investors would now watch ..." is "".
* "The company did not respond to a question about ..." carries "The company" as written with that
  cue, "".

Check-worthiness as in the recent sets: figures, dates, counts, records, officials' and bodies'
statements of record, published warnings and first-person records ("I have 4 acres, and swollen
shoot disease has killed almost half of my trees") are "W"; opinions, feelings, apologies,
rhetorical questions, plans, promises, schedules, expectations and hedges with or without figures
(a protest, a meeting, a vaccination start, a report deadline, a pay cut offered, "we could see
R17.20", "Kick-off is at 7.05pm.") are "".

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two
or three consecutive sentences of one paragraph of these pages joined by single spaces: "Rs. 1,284
crore in 2025-26." before a quote and "Rs. 11 crore a day,” he said."; a minister and "She said"
with a promise in a quote; a group's "said" before a quote with "Rs. 84"; "Pvt. Ltd." before "All
rights reserved."; "Update, 11:45 a.m.:" with "11:30 a.m.," and "the agency said."; "5:12 a.m."
and "7:40 a.m." ending a sentence before a quote; "It said" and "It warned" after a descriptor;
"Cllr" and a quote continued without attribution; "Police said" before "13:40"; "Dr." before a
surname, "She said" and "the CS said."; latrines and a quote; a wire dateline with the agency in
parentheses; "16:30 GMT" before a quote over two sentences; a statistics body's "said, ahead of"
before a revision; a drop goal with "!" inside a sentence; a try with a colon and "converts."; a
correction note before its corrected date; a chief executive and "Moltkeby said."; a lawyer and
a quote with a figure; "Pty Ltd was fined" and "It said" and "it said."; "In a statement,
Saltcrannock said" and "said in the statement."; "GH¢3,840 per 64-kilogramme bag" before two short
records; smugglers and a quote; "UPDATE 2.10pm:" with "1.52pm" and "It apologised"; "8.51am"
before a sentence with no cue; "Ms" mid-sentence before a question in a quote; "That's it!" before
a fixture and "Heartbreak ..."; "GOAL FOR KILKENNY!" before a scorer and a score line; "Co. said
Tuesday" before two short records; and "9.8 billion yen ($64 million)." before "He did not name":
what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Indian AGENCY STORY REPUBLISHED on a Pune city site (Maharashtra), state bus fares up 14.9% from Friday midnight: the local site\'s masthead, sign-in strip, menu with wide spaces, breadcrumb with ›; headline "W"; the agency as byline "By QVNA", an Updated line with IST, a follow line and the local site\'s syndicated-feed disclaimer in parentheses "B"; caption "" and local photo credit; the agency\'s "Mumbai, Apr 14 (QVNA)" dateline inside its lead with "the corporation said" kept as written "W"; the minister "told reporters" "W" with "Rs. 1,284 crore" ending a sentence before a quote over two sentences (a feeling "", "Rs. 11 crore a day" "W"); "He said" fares "W"; "according to its annual report for 2025-26" "W"; Advertisement; the managing director (concessions "W", "She said" deliveries "W", a promise ""); a fares rule "the corporation said" ""; ALSO READ link; the opposition leader "called ... and said" a protest ""; a commuters\' association president (cut trips "W", a two-sentence quote ""); fuel figures through according to "W"; the agency\'s slug line "B"; the local desk\'s "(With inputs from ...)" line "B" and its added paragraphs ("commuters at the Swargate depot said" "", a nurse named after an opinion with a number "", "the depot manager said" "W"); the local site\'s note on what it added, Also read list, a WhatsApp line and button, copyright split at "Pvt. Ltd." before "All rights reserved.", footer links',
    'United States BREAKING-NEWS UPDATE pasted from a PHONE (Ohio), a chemical plant fire injures four and homes within a mile shelter in place: app banner and button, masthead in capitals, BREAKING label; headline "W"; two-name byline and outlet on their own lines, a Published/Updated line with "a.m. ET", "This story has been updated with ..." "B", a listen line; two update entries opening with "Update, 11:45 a.m.:" and "Update, 9:05 a.m.:" labelled by content with their speakers ("the county emergency management agency", "the agency" as written, "a spokesperson for the company", all "W"); the original lead "the city fire department said" "W"; caption "" and credit; the fire chief with "Fire Chief" dropped ("5:12 a.m." mid-sentence and "7:40 a.m." ending a sentence before a quote "W", the quote "", "he said" "W"); Advertisement and "Story continues below advertisement"; the company\'s statement ("In a statement, Tristwell Polymers said" "W", "the statement said" carried by the company ""); "Federal workplace safety records show" "W"; "The company did not respond to a question ..." ""; a notifications prompt in two sentences and a button; a resident named after her quote ("", "She said" ""); a council member (a plan "", complaints "W"); "the district said on Facebook" "W"; "a spokesperson for the agency said" "W"; "The cause of the fire is under investigation." ""; a developing-story line in two sentences, a reporter bio and contact in two sentences, Related list, copyright split before "All rights reserved.", footer links',
    'English regional daily\'s LIVE BLOG (North East England), a storm cuts power to 38,000 homes and stops trains: masthead, menu with pipes, LIVE label; headline "W"; two-name byline, an Updated line, share; an intro in two sentences (a warning "W", a follow line ""); "Key events" and "Show key events only"; entries newest first, each with a time stamp and an entry byline "B" ("Key event" and "Pinned" too): "the network operator Northrigg Power Networks said" with the descriptor dropped "W", "It said" "W" and "It warned" ""; an entry headline "W" and "the rail operator said" ("W", "Passengers are being told not to travel." ""); "according to provisional figures from the Met Office" "W" and a record "W"; a pinned summary with its heading "" and bullets each a paragraph ("W"); the council leader with "Cllr" dropped ("told the Clarion" "W", a two-sentence quote ""); Advertisement; "Police said" "W" and an account with no speaker "W"; a reader who "has been in touch" (no speaker "") and "He says ...: “...”" carried by him "W"; a newsletter box; the opening welcome entry ""; a newsdesk line, copyright, footer links',
    'Kenyan daily\'s PRESS-CONFERENCE WRITE-UP (Nairobi), cholera kills nine and infects 214 in three counties: masthead in capitals, menu with wide spaces, section path with »; headline "..., Health CS says" carrying the Cabinet Secretary "W"; byline, place and date on their own lines, share line; caption "" and a credit in capitals; a lead naming her after the claim ("W"), "Dr. Nyakundiwa told a press conference" "W", "She said" "W" and "“...,” the CS said." resolved to her ""; two camps and latrines "W" and a quote ""; ADVERTISEMENT; the director of public health with "Dr." dropped and a relative clause before the verb ("W", a plan "", a fatality rate "W"); "Asked by journalists whether ..., Dr. Nyakundiwa said" ""; "She said" money released "W"; "Pressed on why ..., the CS said" "W"; READ ALSO link; the county health executive "said in a telephone interview" "W" and a quote ""; "Ministry of Health figures show" "W"; a think-tank economist ("W", a quote ""); "Residents of the camps near Garsen told the Standard-Bearer" "W"; "The ministry advised" ""; tags, Related Stories list, publisher line, copyright, footer links',
    'South African MARKETS WRAP supplied by a wire to a business site (Johannesburg): a market strip with decimals and a data-delay line at the head; masthead, menu with pipes, section path with a slash; headline "W"; byline and "Supplied by Kloofnek Wire" on their own lines, a date line, share line; a "JOHANNESBURG, May 5 (Kloofnek Wire) -" lead with no speaker "W"; index, sector and share moves with decimals and no speaker "W"; the rand at "16:30 GMT" "W" and a strategist named after her quote over two sentences (a hedge and an if-forecast ""); "Statistics South Africa said, ahead of ... economists polled by Kloofnek Wire had expected" carried by the statistics body "W" and a revision "W"; Advertisement; a faller "W" and "The company said in a trading update" kept as written "W"; a portfolio manager and his quote ""; the bond yield and Brent "W"; "Traders said" what investors will watch ""; an economist (an expectation "", "She said" inflation in a target range "W"); the "(Reporting by ...; Editing by ...)" line, a syndication note, a disclaimer and a not-advice line "B"; MORE ON MARKETS list, newsletter line and button, copyright split at "(Pty) Ltd." before "All rights reserved.", footer links',
    'New Zealand regional daily\'s SPORTS LIVE TEXT (Taranaki), a provincial rugby final won with a drop goal after the hooter: masthead in capitals, menu with wide spaces, section path with ›, LIVE label; headline with no claim ""; byline and role, an Updated line, share line; an intro ("" and a record "W"); newest first: "FULL TIME", "HALF TIME", "PRE-MATCH" and minute markers ("80+2\'", "78\'", ...) "B"; running score lines and team lines "" (data); "Taranaki are champions!" "W"; "DROP GOAL! ..." one sentence "W" with a points tally "W" and colour ""; "Tasman level it!" and a conversion "W"; a yellow card, a penalty goal, tries and a conversion "W"; Advertisement; the captain "told Sky Sport on his way to the sheds: “..." over two sentences ""; the coach\'s "nothing to lose" ""; a record of finals "W"; "The union said" kept as written "W"; the kick-off time ""; "Teams" label; newsletter line and button, copyright, footer links',
    'Canadian WIRE STORY REPUBLISHED on a Manitoba town site, the provincial power utility asks for a 4.5 per cent rate increase: the local masthead, sign-in strip, menu with middle dots, section label; headline "W"; byline with the agency, Posted and Last Updated lines, share line; a "CORRECTION: ..." note "B" and its corrected date "The hearings begin May 10." "W"; a "WINNIPEG —" lead with "the utility said" kept as written "W"; the utility\'s chief executive (output and purchases "W", "“...,” Moltkeby said." "", "She told reporters" an opinion ""); an if-approved record "W"; Advertisement and "Article continues below"; "according to its filing with the regulator" "W"; a consumer groups\' lawyer (an opinion "", a payroll figure in a quote "W"); "the office of Finance Minister ..." kept as written with a promise ""; inflation "W"; the agency\'s first-published line and "— With files from Crier staff" "B"; the local paragraphs: a greenhouse owner (a bill "W", a quote over two sentences ""), the mayor with "Mayor" dropped (a plan ""), "according to its 2026 financial statements" "W", "The Crier asked the utility ..." carried by the outlet with the cue "asked" "" and "A spokesperson said" "W"; "Story continues after the ad", Related list, a tip line, a comments note in two sentences, copyright with "Inc." split before "All rights reserved.", footer links',
    'Australian story on a NEWS AGGREGATOR\'s page (Tasmania), a salmon company fined $1.26m after 52,000 fish escape: the aggregator\'s name, menu with wide spaces, search line; the source\'s name and "2h ago · Tasmania" "B"; headline "W"; an automatic summary: its label "B", three bullets labelled as sentences of the story ("W", "The state\'s environment regulator found" "W", "The company says" "W"), its note in two sentences and a read-the-full-story line "B"; a "Story from" line, byline, an Updated/first published line; the lead "W"; "Saltcrannock Aquaculture Pty Ltd was fined ..., the authority said" kept as written "W", then "It said" and "..., it said." resolved to "the Environment Protection Authority" as first given "W"; caption "" and credit; the EPA director with "EPA director Dr" dropped ("" and a quote ""); "In a statement, Saltcrannock said" carried by the company as first given "W" and its chief executive "said in the statement" ""; an anglers\' spokeswoman (catches "W", an opinion ""); a profit "W"; the aggregator\'s licence note, read-original and follow lines, More from and Similar stories lists with source and age, an about line in two sentences, footer links',
    'Ghanaian CONTENT-PARTNER STORY republished on a regional news site, the cocoa farmgate price raised by 22%: masthead in capitals, menu with pipes, section path with ›; headline "W"; a "Content partner:" line, byline, date, reading time and a first-published-by note "B"; caption "" and credit; an "ACCRA —" lead with "the Minister for Finance, ..., announced" "W", then two sentences with no speaker "W"; "Speaking at a ceremony in Kumasi, Mr Kwaterbah said" "W" and a quote ""; world prices "W"; the cocoa board\'s deputy chief executive named after a long role ("W", a payment plan ""); ADVERTISEMENT; a farmers\' union secretary (a comparison "W", smuggling "W", a quote ""); "Industry data show" "W"; a farmer named after a first-person record "W", a question "" and "She said" a wait since 2024 "W"; READ ALSO link; the partner\'s description in two sentences and a views disclaimer "B"; More from Partners list, a comment count, copyright split before "All Rights Reserved.", footer links',
    'Singaporean BREAKING-NEWS UPDATE pasted from a PHONE, a five-hour power fault on an MRT line: app banner and button, a menu icon, masthead in capitals, menu with pipes, section label, UPDATED label; headline "W"; byline and role, Updated and Published lines, "This story has been updated ..." "B", listen and expand toggles; "UPDATE 2.10pm:" entry "the rail operator said in a post on Facebook" "W" and "It apologised ... and said" a schedule ""; a "SINGAPORE –" lead "the Land Transport Authority said" "W", "it said" resolved to it "W", and a sentence with no cue "W"; caption "" and credit in capitals; the acting minister "said in a Facebook post at 12.40pm" "W" and "he wrote" ""; "UPDATE 11.30am: The operator said" kept as written "W"; Advertisement and a scroll line; "Commuters at Jurong East said" "W"; a nurse named after her quote with "Ms" dropped "" and a question ""; an earlier fault "W"; "LTA data show" "W"; a researcher with "Transport researcher Dr" dropped ("", a quote ""); a WhatsApp line and a Follow button, Read next list, copyright split at "Pte Ltd." before "Co. Regn. No. 199402183K." before "All rights reserved.", footer links',
    'Irish regional weekly\'s SPORTS LIVE TEXT (hurling, Croke Park), Kilkenny beat Waterford by two points with a late goal: masthead in capitals, menu with pipes, section path with ›, AS IT HAPPENED label; headline with the score "W"; "Live updates by ... at Croke Park", date line, share line; "FULL TIME", "HALF-TIME", "PRE-MATCH", minute markers ("70+3 mins", "68 mins", ...) and "Team news" "B"; score lines and team lines "" (data); "That\'s it!" "", a final fixture "W", "Heartbreak for Waterford, who led for 51 of the 70 minutes." ""; a blocked free ""; "GOAL FOR KILKENNY!" and its scorer "W" (twice); a point from play "W"; Advertisement; a former goalkeeper "in our commentary box, says: “..." over two sentences ""; a yellow card "W"; "according to the GAA" a crowd "W"; team news "W"; the manager "told the Journal" "" and "He said" a full panel "W"; a past meeting "W"; the throw-in time ""; a registration line, copyright split before "All rights reserved.", footer links',
    'Japanese PRESS-CONFERENCE WRITE-UP from an agency on an English-language site (Tokyo), a rice cooker maker recalls 412,000 units after 37 fires: masthead in capitals, menu with pipes, section path with a slash; headline "W"; the agency as byline, a date line with "p.m. JST", a print/share line; caption "" and agency credit; "Tsurumaki Electric Co. said Tuesday" with "Co." mid-sentence "W" and two sentences with no speaker "W"; the president "told a news conference" an apology and a bow ""; "Amagasuka said" a cause "W", "He said" a cost "W" and "He did not name the supplier." with no speaker ""; "the ministry said" kept as written "W" and "It said" resolved to "the industry ministry" as first given (a deadline ""); Advertisement; "Asked why ..., Amagasuka said" "" and a quote ""; a pay cut ""; a share move "W"; "according to its annual report" "W"; a consumer group\'s researcher (an opinion "", complaints "W"); a check-your-serial-number line "" and a free replacement "W"; "(Tsukimaro Press)", an agency content note in two sentences, Related articles list, a keywords label and line, a cookie notice in two sentences with a button, copyright split before "All rights reserved."',
]

ARTICLES = [
    [
        [("THE PUNERI BUGLE", "", "", "B")],
        [("Sign in | Subscribe | E-paper", "", "", "B")],
        [
            (
                "Pune     Pimpri-Chinchwad     Maharashtra     India     Business     Sports     Videos",
                "",
                "",
                "B",
            )
        ],
        [("Home › Maharashtra › Transport", "", "", "B")],
        [
            (
                "State bus fares to rise 14.9% from Friday midnight, first hike since 2024",
                "",
                "",
                "W",
            )
        ],
        [("By QVNA", "", "", "B")],
        [("Updated: Apr 14, 2027, 19:12 IST", "", "", "B")],
        [("Follow us on Google News | WhatsApp | X", "", "", "B")],
        [
            (
                "(This story has not been edited by Puneri Bugle staff and is published from a syndicated news agency feed.)",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Passengers wait for buses at the Swargate depot in Pune on Wednesday evening.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Bugle Photo/Rohan Ghatkulwar", "", "", "B")],
        [
            (
                "Mumbai, Apr 14 (QVNA) Fares on ordinary, semi-luxury and sleeper buses run by the state road transport corporation will rise by 14.9 per cent from midnight on Friday, the corporation said on Wednesday.",
                "the corporation",
                "said",
                "W",
            )
        ],
        [
            (
                "It is the first increase since October 2024, when fares went up by 11 per cent.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Transport Minister Pratapsinh Dhavalmode told reporters at Mantralaya that the cabinet had approved the revision on Tuesday after the corporation reported a loss of Rs. 1,284 crore in 2025-26.",
                "Pratapsinh Dhavalmode",
                "told reporters",
                "W",
            ),
            ("“Nobody likes to raise fares.", "Pratapsinh Dhavalmode", "said", ""),
            (
                "But diesel alone now costs us Rs. 11 crore a day,” he said.",
                "Pratapsinh Dhavalmode",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the minimum fare on an ordinary bus would go from Rs. 10 to Rs. 12, and a semi-luxury seat from Pune to Mumbai from Rs. 545 to Rs. 626.",
                "Pratapsinh Dhavalmode",
                "said",
                "W",
            )
        ],
        [
            (
                "The corporation runs about 14,300 buses and carries some 5.6 million passengers a day, according to its annual report for 2025-26.",
                "its annual report for 2025-26",
                "according to",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The corporation's vice-chairman and managing director, Anupama Kelvadkar, said concession fares for students, women and senior citizens would not change.",
                "Anupama Kelvadkar",
                "said",
                "W",
            ),
            (
                "She said 640 of the 2,150 electric buses ordered in 2025 had been delivered so far.",
                "Anupama Kelvadkar",
                "said",
                "W",
            ),
            (
                "“Once the electric fleet is on the road, our costs will come down, and we will pass that on,” she said.",
                "Anupama Kelvadkar",
                "said",
                "",
            ),
        ],
        [
            (
                "Tickets booked online before midnight on Friday will be honoured at the old fares, the corporation said.",
                "the corporation",
                "said",
                "",
            )
        ],
        [("ALSO READ: Pune city buses to add 40 trips on Hinjewadi routes from May", "", "", "B")],
        [
            (
                "Rajashree Mundhekar, the leader of the opposition in the Legislative Council, called the increase “a tax on the poor” and said her party would hold protests at bus depots across the state on Saturday.",
                "Rajashree Mundhekar",
                "said",
                "",
            )
        ],
        [
            (
                "Vithal Gorpadkar, president of the Rahdari Commuters' Association, a passengers' group, said the corporation had cut 1,900 daily trips on rural routes since 2023.",
                "Vithal Gorpadkar",
                "said",
                "W",
            ),
            ("“Villages are already losing their buses.", "Vithal Gorpadkar", "said", ""),
            ("Now the ones that remain will cost more,” he said.", "Vithal Gorpadkar", "said", ""),
        ],
        [
            (
                "Diesel prices in the state have risen 9 per cent since January, according to figures from state-run fuel retailers.",
                "figures from state-run fuel retailers",
                "according to",
                "W",
            )
        ],
        [("QVNA ZDX PTQ", "", "", "B")],
        [("(With inputs from Bugle City Desk)", "", "", "B")],
        [
            (
                "In Pune, commuters at the Swargate depot said they had heard of the increase only on Wednesday evening.",
                "commuters at the Swargate depot",
                "said",
                "",
            ),
            (
                "“Rs. 84 more for every trip to Satara is too much for people like us,” said Shubhangi Tarawadekar, 36, a nurse who visits her mother there twice a month.",
                "Shubhangi Tarawadekar",
                "said",
                "",
            ),
        ],
        [
            (
                "The Swargate depot handles about 1,400 bus departures a day, the depot manager said.",
                "the depot manager",
                "said",
                "W",
            )
        ],
        [
            (
                "(Only the headline, picture and the last two paragraphs of this report have been added by Puneri Bugle staff; the rest of the content is from a syndicated feed.)",
                "",
                "",
                "B",
            )
        ],
        [("Also read", "", "", "B")],
        [("Pune Metro's Swargate-Katraj line misses another deadline", "", "", "B")],
        [("Water supply to be cut in 14 wards on Thursday", "", "", "B")],
        [("Get the Bugle morning brief on WhatsApp.", "", "", "B")],
        [("Join now", "", "", "B")],
        [
            ("© 2027 Puneri Bugle Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About us | Contact | Grievance redressal | Privacy policy", "", "", "B")],
    ],
    [
        [("Open in the Examiner app", "", "", "B")],
        [("OPEN", "", "", "B")],
        [("Y-BRIDGE EXAMINER", "", "", "B")],
        [("BREAKING", "", "", "B")],
        [
            (
                "Fire at Zanesville chemical plant injures 4; homes within 1 mile told to shelter in place",
                "",
                "",
                "W",
            )
        ],
        [("Corinna Halvestad and Marcus Tiedeborn", "", "", "B")],
        [("Y-Bridge Examiner", "", "", "B")],
        [
            (
                "Published 6:41 a.m. ET April 20, 2027 | Updated 11:58 a.m. ET April 20, 2027",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "This story has been updated with new information from county officials and the company.",
                "",
                "",
                "B",
            )
        ],
        [("Listen to this article · 4 min", "", "", "B")],
        [
            (
                "Update, 11:45 a.m.: The shelter-in-place order for homes within a mile of the plant was lifted at 11:30 a.m., the county emergency management agency said.",
                "the county emergency management agency",
                "said",
                "W",
            ),
            (
                "Air monitors found no harmful levels of hydrogen chloride beyond the plant's fence, the agency said.",
                "the agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Update, 9:05 a.m.: Two of the four injured workers were flown to a hospital in Columbus with burns, a spokesperson for the company said.",
                "a spokesperson for the company",
                "said",
                "W",
            )
        ],
        [
            (
                "Four workers were hurt and about 1,100 residents were told to stay indoors after a fire broke out at a chemical plant on Zanesville's north side early Tuesday, the city fire department said.",
                "the city fire department",
                "said",
                "W",
            )
        ],
        [
            (
                "Smoke rises over the Tristwell Polymers plant on Linden Spur Road early Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("Marcus Tiedeborn/Y-Bridge Examiner", "", "", "B")],
        [
            (
                "Fire Chief Dwayne Pelkestrom said crews were called at 5:12 a.m. to a reactor building at Tristwell Polymers, which makes coatings for steel pipe.",
                "Dwayne Pelkestrom",
                "said",
                "W",
            ),
            ("He said the fire was out by 7:40 a.m.", "Dwayne Pelkestrom", "said", "W"),
            (
                "“Our people did a great job keeping it in that one building,” Pelkestrom said.",
                "Dwayne Pelkestrom",
                "said",
                "",
            ),
        ],
        [
            (
                "The two other workers were treated at the scene and released, he said.",
                "Dwayne Pelkestrom",
                "said",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [("Story continues below advertisement", "", "", "B")],
        [
            (
                "In a statement, Tristwell Polymers said the fire started while a mixing vessel was being cleaned and that all 46 workers on the night shift had been accounted for.",
                "Tristwell Polymers",
                "said",
                "W",
            ),
            (
                "“We are cooperating fully with investigators and will share what we learn,” the statement said.",
                "Tristwell Polymers",
                "said",
                "",
            ),
        ],
        [
            (
                "Federal workplace safety records show the plant was cited for three serious violations in 2024 and paid a $38,600 penalty.",
                "Federal workplace safety records",
                "show",
                "W",
            )
        ],
        [
            (
                "The company did not respond to a question about whether those violations had been fixed.",
                "The company",
                "did not respond to a question",
                "",
            )
        ],
        [("Get breaking news alerts.", "", "", "B")],
        [("Tap to turn on notifications.", "", "", "B")],
        [("Turn on", "", "", "B")],
        [
            (
                "“I woke up to sirens and a smell like bleach,” said Tamsin Rudgeworth, 58, who lives on Orchardvale Avenue, about half a mile from the plant.",
                "Tamsin Rudgeworth",
                "said",
                "",
            ),
            (
                "She said she kept her windows shut and her grandchildren inside all morning.",
                "Tamsin Rudgeworth",
                "said",
                "",
            ),
        ],
        [
            (
                "City Council member Lorenzo Quaddersby, whose ward includes the plant, said he would ask the company to a public meeting next week.",
                "Lorenzo Quaddersby",
                "said",
                "",
            ),
            (
                "He said residents had complained to the city about odors from the plant at least six times since January.",
                "Lorenzo Quaddersby",
                "said",
                "W",
            ),
        ],
        [
            (
                "Schools in the Zanesville City district opened two hours late on Tuesday because of the order, the district said on Facebook.",
                "the district",
                "said on Facebook",
                "W",
            )
        ],
        [
            (
                "The state Environmental Protection Agency sent two inspectors to the site, a spokesperson for the agency said.",
                "a spokesperson for the agency",
                "said",
                "W",
            )
        ],
        [("The cause of the fire is under investigation.", "", "", "")],
        [("This is a developing story.", "", "", "B")],
        [("Check back for updates.", "", "", "B")],
        [("Corinna Halvestad covers public safety for the Y-Bridge Examiner.", "", "", "B")],
        [("Reach her at chalvestad@ybexaminer.com or 740-555-0182.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Tristwell Polymers plans $22 million expansion on north side", "", "", "B")],
        [("County tests sirens after complaints that residents could not hear them", "", "", "B")],
        [("© 2027 Y-Bridge Examiner.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Terms of Service | Privacy Policy | Your Privacy Choices", "", "", "B")],
    ],
    [
        [("WEARMOUTH CLARION", "", "", "B")],
        [("News | Sport | What's On | Business | Weather | Jobs | Announcements", "", "", "B")],
        [("LIVE", "", "", "B")],
        [
            (
                "Storm Marvonne live: 38,000 homes without power and trains halted as 94mph gust recorded",
                "",
                "",
                "W",
            )
        ],
        [("Hollie Brantwood and Aidan Strothergill", "", "", "B")],
        [("Updated 17:06, 8 May 2027", "", "", "B")],
        [("Share", "", "", "B")],
        [
            (
                "Storm Marvonne is battering the North East on Saturday, with an amber wind warning in place until 6am on Sunday.",
                "",
                "",
                "W",
            ),
            (
                "Follow our live coverage below for the latest on power cuts, travel and road closures.",
                "",
                "",
                "",
            ),
        ],
        [("Key events", "", "", "B")],
        [("Show key events only", "", "", "B")],
        [("17:05", "", "", "B")],
        [("Hollie Brantwood", "", "", "B")],
        [
            (
                "About 38,000 homes are still without power across the region, the network operator Northrigg Power Networks said a few minutes ago.",
                "Northrigg Power Networks",
                "said",
                "W",
            ),
            (
                "It said engineers had reconnected 21,400 customers since midday.",
                "Northrigg Power Networks",
                "said",
                "W",
            ),
            (
                "It warned that some homes in rural Northumberland might not be back on until Monday.",
                "Northrigg Power Networks",
                "warned",
                "",
            ),
        ],
        [("16:48", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Aidan Strothergill", "", "", "B")],
        [("No trains between Newcastle and Berwick until at least 8pm", "", "", "W")],
        [
            (
                "A tree has fallen on the overhead wires near Alnmouth, and no trains will run between Newcastle and Berwick-upon-Tweed until at least 8pm, the rail operator said.",
                "the rail operator",
                "said",
                "W",
            ),
            ("Passengers are being told not to travel.", "the rail operator", "said", ""),
        ],
        [("16:30", "", "", "B")],
        [("Hollie Brantwood", "", "", "B")],
        [
            (
                "A gust of 94mph was recorded at Boulmer at 14:20, according to provisional figures from the Met Office.",
                "provisional figures from the Met Office",
                "according to",
                "W",
            ),
            ("That is the strongest gust in England since February 2022.", "", "", "W"),
        ],
        [("15:54", "", "", "B")],
        [("Pinned", "", "", "B")],
        [("Aidan Strothergill", "", "", "B")],
        [("Summary: what we know so far", "", "", "")],
        [("About 38,000 homes are without power across the North East.", "", "", "W")],
        [("The Tyne Bridge was closed to high-sided vehicles from 11am.", "", "", "W")],
        [("No trains are running between Newcastle and Berwick.", "", "", "W")],
        [("The amber warning stays in place until 6am on Sunday.", "", "", "W")],
        [("15:31", "", "", "B")],
        [("Aidan Strothergill", "", "", "B")],
        [
            (
                "Cllr Maureen Tallackson, the leader of the county council, told the Clarion that 64 trees had come down on the county's roads since 9am.",
                "Maureen Tallackson",
                "told the Clarion",
                "W",
            ),
            (
                "“Please, if you don't need to drive tonight, don't,” she said.",
                "Maureen Tallackson",
                "said",
                "",
            ),
            ("“Our crews can't be everywhere at once.”", "Maureen Tallackson", "said", ""),
        ],
        [("Advertisement", "", "", "B")],
        [("15:02", "", "", "B")],
        [("Hollie Brantwood", "", "", "B")],
        [
            (
                "Police said a woman in her 70s was taken to hospital after a garden wall collapsed in Ashington, but her injuries were not thought to be serious.",
                "Police",
                "said",
                "W",
            ),
            (
                "The wall fell at about 13:40, and she was treated at the scene before being taken to Wansbeck hospital.",
                "",
                "",
                "W",
            ),
        ],
        [("14:37", "", "", "B")],
        [("Aidan Strothergill", "", "", "B")],
        [
            (
                "Darren Ewbotham, who runs a café on the front at Seaton Sluice, has been in touch.",
                "",
                "",
                "",
            ),
            (
                "He says he closed at 10am after the wind blew in two of his windows: “Thirty years here and I've never seen the sea like it.”",
                "Darren Ewbotham",
                "said",
                "W",
            ),
        ],
        [("Sign up to our daily newsletter", "", "", "B")],
        [
            (
                "Get the biggest stories from across the region sent straight to your inbox.",
                "",
                "",
                "B",
            )
        ],
        [("Sign up", "", "", "B")],
        [("14:05", "", "", "B")],
        [("Hollie Brantwood", "", "", "B")],
        [("Good afternoon and welcome to our live coverage of Storm Marvonne.", "", "", "")],
        [("Reach out to our newsdesk at news@wearmouthclarion.co.uk.", "", "", "B")],
        [("© 2027 Wearmouth Clarion Ltd", "", "", "B")],
        [("Privacy | Cookies | Terms | Contact us", "", "", "B")],
    ],
    [
        [("THE KIPANDE STANDARD-BEARER", "", "", "B")],
        [
            (
                "Home     News     Counties     Business     Health     Opinion     Sports     Video",
                "",
                "",
                "B",
            )
        ],
        [("News » Health", "", "", "B")],
        [
            (
                "Cholera cases rise to 214 in three counties, nine dead, Health CS says",
                "Rosemary Nyakundiwa",
                "says",
                "W",
            )
        ],
        [("By Wairimu Kathengeya", "", "", "B")],
        [("Nairobi", "", "", "B")],
        [("Published on: 27 April 2027 - 3:48 PM", "", "", "B")],
        [("Share on: Facebook | X | WhatsApp | Telegram", "", "", "B")],
        [
            (
                "Health Cabinet Secretary Rosemary Nyakundiwa addresses journalists at Afya House, Nairobi, on April 27, 2027.",
                "",
                "",
                "",
            )
        ],
        [("PHOTO | TIMOTHY GACHERUNDI | STANDARD-BEARER", "", "", "B")],
        [
            (
                "Cholera has killed nine people and infected 214 others in Tana River, Garissa and Kisumu counties since March 29, Health Cabinet Secretary Rosemary Nyakundiwa said on Tuesday.",
                "Rosemary Nyakundiwa",
                "said",
                "W",
            )
        ],
        [
            (
                "Dr. Nyakundiwa told a press conference at Afya House in Nairobi that 61 of the cases had been confirmed by laboratory tests.",
                "Rosemary Nyakundiwa",
                "told a press conference",
                "W",
            ),
            (
                "She said Tana River accounted for 132 cases and six of the deaths.",
                "Rosemary Nyakundiwa",
                "said",
                "W",
            ),
            ("“We are not yet at the peak,” the CS said.", "Rosemary Nyakundiwa", "said", ""),
        ],
        [
            (
                "She said most of the cases had been traced to two camps for families displaced by floods along the Tana River, where 4,800 people share 22 latrines.",
                "Rosemary Nyakundiwa",
                "said",
                "W",
            ),
            (
                "“These are conditions in which cholera thrives, and we must fix them this week, not next month,” she said.",
                "Rosemary Nyakundiwa",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The ministry's director of public health, Dr. Otieno Mbalukira, who also addressed the briefing, said 38,000 doses of oral cholera vaccine had arrived in Garissa on Monday.",
                "Otieno Mbalukira",
                "said",
                "W",
            ),
            (
                "He said vaccination would start in the two camps on Thursday.",
                "Otieno Mbalukira",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Mbalukira said the case fatality rate stood at 4.2 per cent, well above the 1 per cent the ministry aims for.",
                "Otieno Mbalukira",
                "said",
                "W",
            )
        ],
        [
            (
                "Asked by journalists whether schools in the affected sub-counties would be closed, Dr. Nyakundiwa said there was “no need for that at this stage.”",
                "Rosemary Nyakundiwa",
                "said",
                "",
            )
        ],
        [
            (
                "She said the ministry had released Sh48 million to the three counties for water treatment tablets and rapid-response teams.",
                "Rosemary Nyakundiwa",
                "said",
                "W",
            )
        ],
        [
            (
                "Pressed on why the money had been released only three weeks after the first case, the CS said the counties had first to submit their response plans, and the last of them arrived on April 19.",
                "Rosemary Nyakundiwa",
                "said",
                "W",
            )
        ],
        [
            (
                "READ ALSO: Floods: 23,000 families displaced along Tana River, says Red Cross",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Tana River's county executive for health, Fatuma Haretiqo, said in a telephone interview after the briefing that the county had recorded three more cases on Tuesday morning.",
                "Fatuma Haretiqo",
                "said",
                "W",
            ),
            (
                "“We need clean water in the camps, and we need it now,” she said.",
                "Fatuma Haretiqo",
                "said",
                "",
            ),
        ],
        [
            (
                "Kenya recorded 11,400 cholera cases and 198 deaths in the outbreak of 2022 and 2023, Ministry of Health figures show.",
                "Ministry of Health figures",
                "show",
                "W",
            )
        ],
        [
            (
                "Wesley Kiprotowich, a health economist at the Ngong Road Policy Forum, a think tank in Nairobi, said counties had spent less than half of their budgets for water and sanitation in the 2025/26 financial year.",
                "Wesley Kiprotowich",
                "said",
                "W",
            )
        ],
        [
            (
                "“Every outbreak, we hold a press conference, and every outbreak, we are surprised,” he said.",
                "Wesley Kiprotowich",
                "said",
                "",
            )
        ],
        [
            (
                "Residents of the camps near Garsen told the Standard-Bearer last week that they had been drinking water straight from the river.",
                "Residents of the camps near Garsen",
                "told the Standard-Bearer",
                "W",
            )
        ],
        [
            (
                "The ministry advised the public to boil drinking water, wash hands with soap and seek treatment at the nearest health facility for any case of watery diarrhoea.",
                "The ministry",
                "advised",
                "",
            )
        ],
        [("Tags:", "", "", "B")],
        [("Cholera", "", "", "B")],
        [("Ministry of Health", "", "", "B")],
        [("Tana River County", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Doctors in Garissa call off strike after county pays March salaries", "", "", "B")],
        [("Kisumu fish traders count losses as lake levels rise", "", "", "B")],
        [("Kipande Standard-Bearer is a publication of Kipande Media Group Ltd.", "", "", "B")],
        [("© 2027. All Rights Reserved.", "", "", "B")],
        [("About us | Advertise | Privacy Policy | Contact", "", "", "B")],
    ],
    [
        [
            (
                "JSE ALSI 91,482.6 ▲ 0.84%   USD/ZAR 17.62 ▼ 0.41%   Brent $83.17 ▲ 0.22%   Gold $2,611.40 ▲ 1.06%",
                "",
                "",
                "B",
            )
        ],
        [("Market data delayed by at least 15 minutes.", "", "", "B")],
        [("RAND & RANDS", "", "", "B")],
        [("Markets | Companies | Economy | Opinion | Personal Finance | Podcasts", "", "", "B")],
        [("Markets / JSE", "", "", "B")],
        [("JSE closes higher as gold miners rally and rand firms below R17.70/$", "", "", "W")],
        [("By Thandiwe Mokgoshwane", "", "", "B")],
        [("Supplied by Kloofnek Wire", "", "", "B")],
        [("05 May 2027 - 17:41", "", "", "B")],
        [("Share | Save | Print", "", "", "B")],
        [
            (
                "JOHANNESBURG, May 5 (Kloofnek Wire) - South African stocks closed higher on Wednesday, led by gold miners, as the rand firmed after softer-than-expected US jobs data, while local retail sales figures beat forecasts.",
                "",
                "",
                "W",
            ),
            (
                "The Johannesburg Stock Exchange's all-share index rose 0.84% to 91,482.6 points, and the blue-chip Top-40 index gained 0.91% to 83,905.2.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The gold mining index jumped 4.3%, its biggest one-day gain since January, as spot gold climbed above $2,600 an ounce for the first time in three weeks.",
                "",
                "",
                "W",
            )
        ],
        [("Goldspruit Mining rose 6.2% to R412.80, and Ngwenyathi Gold added 5.1%.", "", "", "W")],
        [
            (
                "At 16:30 GMT, the rand traded at 17.62 against the dollar, 0.41% stronger than its previous close.",
                "",
                "",
                "W",
            ),
            (
                "“The rand is trading on the dollar's mood, not on anything at home,” said Zanele Dlathinkosi, a currency strategist at Siyazenza Securities.",
                "Zanele Dlathinkosi",
                "said",
                "",
            ),
            (
                "“If the Fed cuts in June, we could see R17.20 before the end of the quarter.”",
                "Zanele Dlathinkosi",
                "said",
                "",
            ),
        ],
        [
            (
                "Retail sales rose 3.6% year on year in March, Statistics South Africa said, ahead of the 2.1% rise economists polled by Kloofnek Wire had expected.",
                "Statistics South Africa",
                "said",
                "W",
            ),
            ("In February, sales grew a revised 1.9%.", "", "", "W"),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Among the day's biggest fallers, the cement maker Vaalhoek Holdings lost 7.8% to R26.15 after it cut its full-year dividend by 40%.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The company said in a trading update that cement volumes had fallen 12% in the six months to March because of delays on public infrastructure projects.",
                "The company",
                "said in a trading update",
                "W",
            )
        ],
        [
            (
                "Pieter Oosthuyser, a portfolio manager at Modderkuil Asset Managers, said the market had been too slow to price in the slowdown in construction.",
                "Pieter Oosthuyser",
                "said",
                "",
            ),
            (
                "“Nobody wanted to believe the volume numbers until they saw the dividend,” he said.",
                "Pieter Oosthuyser",
                "said",
                "",
            ),
        ],
        [
            (
                "The yield on the benchmark 2035 government bond fell 6 basis points to 9.84%.",
                "",
                "",
                "W",
            )
        ],
        [("Brent crude was up 0.22% at $83.17 a barrel by 16:30 GMT.", "", "", "W")],
        [
            (
                "Traders said investors would now watch Thursday's mining production figures and the central bank's policy decision on May 27.",
                "Traders",
                "said",
                "",
            )
        ],
        [
            (
                "Lerato Phakoenyane, chief economist at Umnqwasi Capital, said she expected the Reserve Bank to keep its repo rate at 7.25% this month.",
                "Lerato Phakoenyane",
                "said",
                "",
            ),
            (
                "She said consumer inflation of 4.1% in March was “comfortably” inside the bank's 3% to 6% target range.",
                "Lerato Phakoenyane",
                "said",
                "W",
            ),
        ],
        [("(Reporting by Thandiwe Mokgoshwane; Editing by Jurgen Vorsterlaan)", "", "", "B")],
        [
            (
                "This article was supplied by Kloofnek Wire and is published under a syndication agreement.",
                "",
                "",
                "B",
            )
        ],
        [("Rand & Rands does not accept responsibility for its content.", "", "", "B")],
        [("Nothing in this article is investment advice.", "", "", "B")],
        [("MORE ON MARKETS", "", "", "B")],
        [("Vaalhoek Holdings slashes dividend as cement volumes slump", "", "", "B")],
        [("Rand steadies ahead of US jobs data", "", "", "B")],
        [("Top-40 ends April 2.6% higher", "", "", "B")],
        [("Get the Markets at Five newsletter every weekday.", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("© 2027 Rand & Rands (Pty) Ltd.", "", "", "B")],
        [("All rights reserved.", "", "", "B")],
        [("Terms & Conditions | Privacy | PAIA Manual | Contact", "", "", "B")],
    ],
    [
        [("THE TARANAKI TIDEMARK", "", "", "B")],
        [("News   Sport   Rural   Business   Life   Opinion   Puzzles", "", "", "B")],
        [("Sport › Rugby", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Live: Taranaki v Tasman, provincial championship final at Ngāmotu Park", "", "", "")],
        [("Kereama Pouwhenuiti", "", "", "B")],
        [("Sport reporter", "", "", "B")],
        [("Updated 9:14pm Saturday, 16 October 2027", "", "", "B")],
        [("Share this article", "", "", "B")],
        [
            ("Welcome to live text of the provincial championship final.", "", "", ""),
            (
                "Taranaki are chasing their first title since 2014; Tasman won the last meeting 31-17 in round six.",
                "",
                "",
                "W",
            ),
        ],
        [("FULL TIME", "", "", "B")],
        [("Taranaki 27 Tasman 24", "", "", "")],
        [("Taranaki are champions!", "", "", "W")],
        [("80+2'", "", "", "B")],
        [
            (
                "DROP GOAL! Manaia Whakarewaiti drops a goal from 35 metres with the clock in the red, and the crowd of 14,600 is on its feet.",
                "",
                "",
                "W",
            ),
            ("That is his 17th point of the night.", "", "", "W"),
            ("What a way to finish a season.", "", "", ""),
        ],
        [("78'", "", "", "B")],
        [
            ("Tasman level it!", "", "", "W"),
            (
                "Hoani Petrakovich converts Liam Dunsterfield's try from the touchline, and it is 24-24.",
                "",
                "",
                "W",
            ),
        ],
        [("74'", "", "", "B")],
        [
            (
                "Yellow card for Taranaki lock Brodie Kaimoanaroa for a deliberate knock-on five metres from his own line.",
                "",
                "",
                "W",
            )
        ],
        [("69'", "", "", "B")],
        [("Penalty goal, Whakarewaiti.", "", "", "W"), ("Taranaki 24 Tasman 17", "", "", "")],
        [("Advertisement", "", "", "B")],
        [("HALF TIME", "", "", "B")],
        [("Taranaki 13 Tasman 10", "", "", "")],
        [
            (
                "Taranaki captain Sione Latukefuvai told Sky Sport on his way to the sheds: “We've been sloppy at the breakdown.",
                "Sione Latukefuvai",
                "told Sky Sport",
                "",
            ),
            ("We need to hold the ball for longer.”", "Sione Latukefuvai", "told Sky Sport", ""),
        ],
        [("38'", "", "", "B")],
        [
            (
                "Try to Taranaki, and it's a beauty from their own half: Whakarewaiti runs from deep, and wing Rawiri Tamahokoi finishes in the left corner.",
                "",
                "",
                "W",
            ),
            ("Whakarewaiti converts.", "", "", "W"),
        ],
        [("21'", "", "", "B")],
        [
            (
                "Try, Tasman: flanker Josh Ellerbrough barges over from a lineout drive after three minutes camped on the Taranaki line.",
                "",
                "",
                "W",
            )
        ],
        [("5'", "", "", "B")],
        [
            (
                "First points of the night to Taranaki: a penalty from 40 metres by Whakarewaiti.",
                "",
                "",
                "W",
            )
        ],
        [("PRE-MATCH", "", "", "B")],
        [
            (
                "Taranaki coach Rangi Teowhairoa said on Thursday that his side had “nothing to lose” against the defending champions.",
                "Rangi Teowhairoa",
                "said",
                "",
            )
        ],
        [
            (
                "Tasman have won four of the last six finals and beat Taranaki 31-17 at Nelson in round six.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The union said 14,600 tickets had been sold, a record for a provincial final at the ground.",
                "The union",
                "said",
                "W",
            )
        ],
        [("Kick-off is at 7.05pm.", "", "", "")],
        [("Teams", "", "", "B")],
        [
            (
                "Taranaki: 15 Kauri Ellwoodson, 14 Rawiri Tamahokoi, 13 Jayden Purcival, 12 Sione Latukefuvai (c), 11 Tyson Heremaiti, 10 Manaia Whakarewaiti, 9 Corey Hapakuku.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Tasman: 15 Hoani Petrakovich, 14 Liam Dunsterfield, 13 Fraser McTavington, 12 Nikau Pirihiwa, 11 Ben Oldroydson, 10 Harrison Quellbridge, 9 Aperahama Tuwhakarere.",
                "",
                "",
                "",
            )
        ],
        [("Get the Tidemark Sport newsletter", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("© 2027 Tidemark Media Ltd", "", "", "B")],
        [("Privacy policy | Terms of use | Contact us", "", "", "B")],
    ],
    [
        [("THE PEMBINA CRIER", "", "", "B")],
        [("Subscribe | Sign In", "", "", "B")],
        [
            (
                "Local News · Provincial · Agriculture · Sports · Obituaries · Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("PROVINCIAL NEWS", "", "", "B")],
        [
            (
                "Manitoba power utility asks regulator for 4.5 per cent rate increase, its third in three years",
                "",
                "",
                "W",
            )
        ],
        [("By Nadia Quillbrecht, The Muskegwin Press", "", "", "B")],
        [("Posted March 17, 2027 3:22 pm", "", "", "B")],
        [("Last Updated March 17, 2027 6:05 pm", "", "", "B")],
        [("Share on Facebook | Share on X | Email", "", "", "B")],
        [
            (
                "CORRECTION: An earlier version of this story gave the wrong date for the start of the regulator's hearings.",
                "",
                "",
                "B",
            ),
            ("The hearings begin May 10.", "", "", "W"),
        ],
        [
            (
                "WINNIPEG — The provincial power utility is asking Manitoba's utilities regulator to let it raise electricity rates by 4.5 per cent on Sept. 1, which would add about $6.40 a month to the average household bill, the utility said Wednesday.",
                "the utility",
                "said",
                "W",
            )
        ],
        [
            (
                "Erin Moltkeby, the utility's president and chief executive, said low water levels on northern rivers had cut its hydroelectric output by 18 per cent in 2026.",
                "Erin Moltkeby",
                "said",
                "W",
            ),
            (
                "She said the utility had to buy $312 million of power from neighbouring grids to meet demand, about three times what it spent in a normal year.",
                "Erin Moltkeby",
                "said",
                "W",
            ),
            ("“We don't control the rain,” Moltkeby said.", "Erin Moltkeby", "said", ""),
        ],
        [
            (
                "She told reporters at the utility's headquarters on Portage Avenue that the increase was “the smallest one that keeps us out of a deficit.”",
                "Erin Moltkeby",
                "told reporters",
                "",
            )
        ],
        [
            (
                "If approved, it would be the third increase in three years, after rises of 3.5 per cent in 2025 and 4 per cent in 2026.",
                "",
                "",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [("Article continues below", "", "", "B")],
        [
            (
                "The utility's debt stood at $25.9 billion at the end of 2026, according to its filing with the regulator.",
                "its filing with the regulator",
                "according to",
                "W",
            )
        ],
        [
            (
                "Gordon Vasquellan, a lawyer for a coalition of consumer groups that will take part in the hearings, said the utility should cut its own costs before it asks customers for more.",
                "Gordon Vasquellan",
                "said",
                "",
            ),
            (
                "“Their head office payroll went up 11 per cent last year,” he said.",
                "Gordon Vasquellan",
                "said",
                "W",
            ),
        ],
        [
            (
                "In an emailed statement, the office of Finance Minister Adrienne Tchorzewsky said the province would “look closely” at the request and would not let rates rise faster than inflation in an election year.",
                "the office of Finance Minister Adrienne Tchorzewsky",
                "said",
                "",
            )
        ],
        [("Manitoba's inflation rate was 2.6 per cent in February.", "", "", "W")],
        [("This report by The Muskegwin Press was first published March 17, 2027.", "", "", "B")],
        [("— With files from Crier staff", "", "", "B")],
        [
            (
                "In Selkirk, Darlene Opryshenko, who runs a greenhouse on Highway 9, said her power bill had already gone from about $1,900 a month in 2024 to $2,450.",
                "Darlene Opryshenko",
                "said",
                "W",
            ),
            ("“I grow tomatoes, not money,” she said.", "Darlene Opryshenko", "said", ""),
            ("“Something has to give.”", "Darlene Opryshenko", "said", ""),
        ],
        [
            (
                "Selkirk Mayor Harvey Lindqwarth said council would send a letter to the regulator before the hearings begin.",
                "Harvey Lindqwarth",
                "said",
                "",
            )
        ],
        [
            (
                "The town's own street-lighting bill rose by $41,000 last year, according to its 2026 financial statements.",
                "its 2026 financial statements",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Crier asked the utility how many customers in the Interlake region are behind on their bills.",
                "The Crier",
                "asked",
                "",
            ),
            (
                "A spokesperson said the figures were not broken down by region.",
                "A spokesperson",
                "said",
                "W",
            ),
        ],
        [("Story continues after the ad", "", "", "B")],
        [("Related", "", "", "B")],
        [("Selkirk council approves 2.9 per cent property tax hike", "", "", "B")],
        [("Interlake farmers brace for another dry spring", "", "", "B")],
        [("Have a news tip? Email news@pembinacrier.ca.", "", "", "B")],
        [("Comments are moderated.", "", "", "B")],
        [("Please keep them civil.", "", "", "B")],
        [("© 2027 Pembina Crier, a division of Redwhistle Community Media Inc.", "", "", "B")],
        [("All rights reserved.", "", "", "B")],
        [("About | Advertise | Privacy | Terms", "", "", "B")],
    ],
    [
        [("Skimvane", "", "", "B")],
        [("For you   Following   Local   Australia   World   Business   Sport", "", "", "B")],
        [("Search stories and sources", "", "", "B")],
        [("Huon Valley Gazette", "", "", "B")],
        [("2h ago · Tasmania", "", "", "B")],
        [("Salmon company fined $1.26m after 52,000 fish escape from pens in storm", "", "", "W")],
        [("Summary", "", "", "B")],
        [
            (
                "A salmon farmer has been fined $1.26 million over the escape of about 52,000 fish from its pens in Storm Bay in 2025.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The state's environment regulator found nets had not been inspected for 11 weeks before the storm.",
                "The state's environment regulator",
                "found",
                "W",
            )
        ],
        [
            (
                "The company says it has since replaced all its pen moorings.",
                "The company",
                "says",
                "W",
            )
        ],
        [("This summary was generated automatically from the original story.", "", "", "B")],
        [("It may contain errors.", "", "", "B")],
        [("Read the full story at Huon Valley Gazette.", "", "", "B")],
        [("Story from Huon Valley Gazette", "", "", "B")],
        [("By Brianna Kettlethwaite", "", "", "B")],
        [("Updated May 12, 2027 — 4.47pm, first published at 1.15pm", "", "", "B")],
        [
            (
                "A Tasmanian salmon company has been fined $1.26 million after about 52,000 fish escaped from its pens in Storm Bay during a storm in August 2025, the largest penalty of its kind in the state.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Saltcrannock Aquaculture Pty Ltd was fined after an investigation by the Environment Protection Authority found that nets at its Pelican Reach lease had not been inspected for 11 weeks before the storm, the authority said on Wednesday.",
                "the authority",
                "said",
                "W",
            ),
            (
                "It said the company's own procedures required an inspection every four weeks.",
                "the Environment Protection Authority",
                "said",
                "W",
            ),
            (
                "The escape was reported to the authority two days after it happened, not within 24 hours as the licence requires, it said.",
                "the Environment Protection Authority",
                "said",
                "W",
            ),
        ],
        [("Salmon pens in Storm Bay, south-east of Hobart.", "", "", "")],
        [("Picture: Supplied", "", "", "B")],
        [
            (
                "EPA director Dr Hamish Coultervane said the fine reflected “a serious and avoidable failure.”",
                "Hamish Coultervane",
                "said",
                "",
            )
        ],
        [
            (
                "“Escaped salmon compete with native fish for food, and we don't yet know what the long-term effect on the bay will be,” Dr Coultervane said.",
                "Hamish Coultervane",
                "said",
                "",
            )
        ],
        [
            (
                "In a statement, Saltcrannock said it had accepted the penalty and had spent $8.7 million since 2025 replacing the moorings on all 64 of its pens.",
                "Saltcrannock Aquaculture Pty Ltd",
                "said",
                "W",
            ),
            (
                "“We let the community down, and we are sorry,” chief executive Lachlan Fyvemore said in the statement.",
                "Lachlan Fyvemore",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                "Fiona Treddinick, a spokeswoman for the Storm Bay Anglers' Association, said recreational fishers had caught more than 9,000 of the escaped fish in the six months after the storm.",
                "Fiona Treddinick",
                "said",
                "W",
            ),
            (
                "She said the fine was “a good start” but should have been higher.",
                "Fiona Treddinick",
                "said",
                "",
            ),
        ],
        [
            (
                "The company recorded a net profit of $46.2 million in the 2025-26 financial year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "This story first appeared on Huon Valley Gazette and is shown on Skimvane under a content licence.",
                "",
                "",
                "B",
            )
        ],
        [("Read the original", "", "", "B")],
        [("Follow Huon Valley Gazette", "", "", "B")],
        [("More from Huon Valley Gazette", "", "", "B")],
        [("Kingston bypass upgrade delayed to 2029", "", "", "B")],
        [("Hobart ferry trial extended for another year", "", "", "B")],
        [("Similar stories", "", "", "B")],
        [
            (
                "Fish farm expansion plan for Macquarie Harbour goes to public comment · The Western Lantern · 1d ago",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Anglers report escaped salmon in Derwent estuary · Eastshore Chronicle · 3d ago",
                "",
                "",
                "B",
            )
        ],
        [("Skimvane shows stories from hundreds of publishers.", "", "", "B")],
        [("We do not write or edit them.", "", "", "B")],
        [("About · Publishers · Privacy · Terms · Help", "", "", "B")],
    ],
    [
        [("ODUMASEH HERALD ONLINE", "", "", "B")],
        [
            (
                "Home | News | Regions | Business | Politics | Sports | Entertainment | Partners",
                "",
                "",
                "B",
            )
        ],
        [("Partners › Business", "", "", "B")],
        [
            (
                "Cocoa farmers to get GH¢3,840 per bag as government raises farmgate price by 22%",
                "",
                "",
                "W",
            )
        ],
        [("Content partner: Cocoa Belt Reporter", "", "", "B")],
        [("By Yaw Dankwaboah", "", "", "B")],
        [("Thursday, 01 April 2027", "", "", "B")],
        [("Reading time: 3 mins", "", "", "B")],
        [
            (
                "This article was first published by the Cocoa Belt Reporter and is republished here as part of our content partnership.",
                "",
                "",
                "B",
            )
        ],
        [("A farmer dries cocoa beans at Asankragwa in the Western North Region.", "", "", "")],
        [("Credit: Cocoa Belt Reporter", "", "", "B")],
        [
            (
                "ACCRA — The government has raised the price paid to cocoa farmers for the 2026/27 light crop season to GH¢3,840 per 64-kilogramme bag, up from GH¢3,148, the Minister for Finance, Ebenezer Kwaterbah, announced on Wednesday.",
                "Ebenezer Kwaterbah",
                "announced",
                "W",
            ),
            ("The new price takes effect on April 5.", "", "", "W"),
            ("It works out to GH¢60,000 a tonne.", "", "", "W"),
        ],
        [
            (
                "Speaking at a ceremony in Kumasi, Mr Kwaterbah said the increase of 22 per cent would cost the cocoa regulator about GH¢1.9 billion over the season.",
                "Ebenezer Kwaterbah",
                "said",
                "W",
            ),
            (
                "“Our farmers deserve a fair share of what the world is paying for our beans,” he said.",
                "Ebenezer Kwaterbah",
                "said",
                "",
            ),
        ],
        [
            (
                "World cocoa prices have fallen by about a third since their peak in 2024 but remain well above the levels of 2023.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The deputy chief executive of the Ghana Cocoa Board in charge of operations, Abena Nkrumoah, said the board had secured a syndicated loan of US$1.4 billion to buy the crop.",
                "Abena Nkrumoah",
                "said",
                "W",
            )
        ],
        [
            (
                "She said licensed buying companies would be paid within 14 days of delivering beans to the board's warehouses.",
                "Abena Nkrumoah",
                "said",
                "",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Kofi Bredukromah, general secretary of the Ashanti Cocoa Farmers' Union, said the price was “a step in the right direction” but still less than what farmers in neighbouring Côte d'Ivoire are paid.",
                "Kofi Bredukromah",
                "said",
                "W",
            )
        ],
        [
            (
                "He said smugglers had taken an estimated 150,000 tonnes of Ghanaian beans across the border in the 2025/26 season.",
                "Kofi Bredukromah",
                "said",
                "W",
            ),
            (
                "“If the price here is not right, the beans will walk,” he said.",
                "Kofi Bredukromah",
                "said",
                "",
            ),
        ],
        [
            (
                "Industry data show Ghana produced about 531,000 tonnes of cocoa in the 2025/26 main crop, its lowest output in more than a decade.",
                "Industry data",
                "show",
                "W",
            )
        ],
        [
            (
                "“I have 4 acres, and swollen shoot disease has killed almost half of my trees,” said Akosua Frimboakye, 52, a farmer at Bogoso.",
                "Akosua Frimboakye",
                "said",
                "W",
            ),
            (
                "“What will a better price do for trees that are dead?”",
                "Akosua Frimboakye",
                "said",
                "",
            ),
        ],
        [
            (
                "She said she had been waiting since 2024 for the board's rehabilitation programme to replant her farm.",
                "Akosua Frimboakye",
                "said",
                "W",
            )
        ],
        [
            (
                "READ ALSO: Galamsey: 1,200 cocoa farms destroyed in Western North, report says",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "This story is brought to you by the Cocoa Belt Reporter, an independent newsroom covering Ghana's cocoa economy.",
                "",
                "",
                "B",
            )
        ],
        [("Visit cocoabeltreporter.com for more.", "", "", "B")],
        [
            (
                "Partner content does not necessarily reflect the views of Odumaseh Herald Online.",
                "",
                "",
                "B",
            )
        ],
        [("More from Partners", "", "", "B")],
        [("Cashew exporters welcome new port fees", "", "", "B")],
        [("Shea butter cooperative opens processing plant at Walewale", "", "", "B")],
        [("Comments (12)", "", "", "B")],
        [("Copyright © 2027 Odumaseh Herald Online.", "", "", "B")],
        [("All Rights Reserved.", "", "", "B")],
        [("About Us | Contact Us | Advertise | Privacy Policy", "", "", "B")],
    ],
    [
        [("Get the Lion City Ledger app for the latest updates", "", "", "B")],
        [("Open", "", "", "B")],
        [("☰", "", "", "B")],
        [("LION CITY LEDGER", "", "", "B")],
        [("Singapore | Asia | World | Business | Sport | Life", "", "", "B")],
        [("Singapore", "", "", "B")],
        [("UPDATED", "", "", "B")],
        [
            (
                "East-West Line: Train service between Jurong East and Tanah Merah resumes after 5-hour disruption",
                "",
                "",
                "W",
            )
        ],
        [("Cheryl Quekwen", "", "", "B")],
        [("Senior Transport Correspondent", "", "", "B")],
        [("Updated Apr 22, 2027, 02:17 PM", "", "", "B")],
        [("Published Apr 22, 2027, 09:46 AM", "", "", "B")],
        [
            (
                "This story has been updated with the latest information from the operator and LTA.",
                "",
                "",
                "B",
            )
        ],
        [("Listen to this article", "", "", "B")],
        [("Tap to expand", "", "", "B")],
        [
            (
                "UPDATE 2.10pm: Full train service on the East-West Line resumed at 1.52pm, the rail operator said in a post on Facebook.",
                "the rail operator",
                "said",
                "W",
            ),
            (
                "It apologised to commuters and said free bridging buses would keep running until 3pm.",
                "the rail operator",
                "said",
                "",
            ),
        ],
        [
            (
                "SINGAPORE – A power fault disrupted train services on a 21-station stretch of the East-West Line during the morning rush hour on April 22, affecting about 180,000 commuters, the Land Transport Authority said.",
                "the Land Transport Authority",
                "said",
                "W",
            ),
            (
                "The fault was detected at 8.51am near Buona Vista station, it said.",
                "the Land Transport Authority",
                "said",
                "W",
            ),
            (
                "Trains were stalled for up to 40 minutes before passengers were walked to the nearest platforms.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Commuters queue for bridging buses outside Clementi MRT station on April 22.",
                "",
                "",
                "",
            )
        ],
        [("LION CITY LEDGER PHOTO: GAVIN LIMTHORNE", "", "", "B")],
        [
            (
                "Acting Transport Minister Jeffrey Tanwelloh said in a Facebook post at 12.40pm that engineers had found a damaged cable on the third rail near Buona Vista.",
                "Jeffrey Tanwelloh",
                "said",
                "W",
            ),
            (
                "“I know many of you were late for work and school today, and I am sorry,” he wrote.",
                "Jeffrey Tanwelloh",
                "wrote",
                "",
            ),
        ],
        [
            (
                "UPDATE 11.30am: The operator said 96 bridging buses had been deployed between Jurong East and Tanah Merah.",
                "The operator",
                "said",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [("Scroll to continue reading", "", "", "B")],
        [
            (
                "Commuters at Jurong East said the queue for bridging buses stretched beyond the bus interchange at about 9.30am.",
                "Commuters at Jurong East",
                "said",
                "W",
            )
        ],
        [
            (
                "“I have been standing here for 45 minutes, and I have not seen a single bus,” said Ms Priyanka Seltharamoo, 29, a nurse who works at a hospital in Outram.",
                "Priyanka Seltharamoo",
                "said",
                "",
            ),
            (
                "“Why can't they send the buses before the crowd builds up?”",
                "Priyanka Seltharamoo",
                "said",
                "",
            ),
        ],
        [
            (
                "It is the second major disruption on the line this year, after a signal fault on Feb 9 affected 11 stations for three hours.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "LTA data show the mean distance travelled between delays of more than five minutes on the East-West Line fell to 1.2 million train-km in 2026, from 1.8 million in 2025.",
                "LTA data",
                "show",
                "W",
            )
        ],
        [
            (
                "Transport researcher Dr Wendell Kohsarong of the Pasirvale Institute of Urban Studies said the line's power system was one of the oldest on the network.",
                "Wendell Kohsarong",
                "said",
                "",
            ),
            (
                "“Renewal takes years, and the trains cannot stop while it is done,” he said.",
                "Wendell Kohsarong",
                "said",
                "",
            ),
        ],
        [("Join the Ledger's WhatsApp channel and get the latest news.", "", "", "B")],
        [("Follow", "", "", "B")],
        [("Read next", "", "", "B")],
        [("Thomson-East Coast Line stage 5 to open in 2028", "", "", "B")],
        [("Fare hike of up to 6 cents kicks in from December", "", "", "B")],
        [("Copyright © 2027 Lion City Ledger Pte Ltd.", "", "", "B")],
        [("Co. Regn. No. 199402183K.", "", "", "B")],
        [("All rights reserved.", "", "", "B")],
        [("Terms & Conditions | Data Protection Policy | Contact Us", "", "", "B")],
    ],
    [
        [("THE NORESIDE JOURNAL", "", "", "B")],
        [("News | Sport | GAA | Farming | Property | Notices | E-Edition", "", "", "B")],
        [("GAA › Hurling", "", "", "B")],
        [("AS IT HAPPENED", "", "", "B")],
        [
            (
                "Kilkenny 2-21 Waterford 1-22: Cats into All-Ireland final after Brennoughy goal in the 68th minute",
                "",
                "",
                "W",
            )
        ],
        [("Live updates by Ciarán Mulhallagh at Croke Park", "", "", "B")],
        [("Sun 25 Jul 2027 at 17:28", "", "", "B")],
        [("Share: Facebook | X | WhatsApp | Email", "", "", "B")],
        [("FULL TIME", "", "", "B")],
        [("Kilkenny 2-21 Waterford 1-22", "", "", "")],
        [
            ("That's it!", "", "", ""),
            (
                "Kilkenny are into their first All-Ireland final since 2023, and they will meet Limerick on August 8.",
                "",
                "",
                "W",
            ),
            ("Heartbreak for Waterford, who led for 51 of the 70 minutes.", "", "", ""),
        ],
        [("70+3 mins", "", "", "B")],
        [
            (
                "Waterford need a goal and they get a free 25 metres out, but Dara Keoghanby's shot is blocked on the line by three Kilkenny defenders.",
                "",
                "",
                "",
            )
        ],
        [("68 mins", "", "", "B")],
        [
            ("GOAL FOR KILKENNY!", "", "", "W"),
            (
                "Substitute Tomás Brennoughy flicks the ball past the keeper after a long puck-out breaks in front of the square.",
                "",
                "",
                "W",
            ),
            ("Kilkenny 2-20 Waterford 1-21", "", "", ""),
        ],
        [("61 mins", "", "", "B")],
        [
            (
                "Waterford's Seánie Ó Cuilleagáin lands his sixth point from play, and the lead is back to two.",
                "",
                "",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [("HALF-TIME", "", "", "B")],
        [("Kilkenny 1-10 Waterford 0-14", "", "", "")],
        [
            (
                "Former Kilkenny goalkeeper Niall Dorrenstown, in our commentary box, says: “Waterford are winning the puck-outs, and that's the whole game so far.",
                "Niall Dorrenstown",
                "says",
                "",
            ),
            ("If Kilkenny don't fix that, they're going home.”", "Niall Dorrenstown", "says", ""),
        ],
        [("34 mins", "", "", "B")],
        [
            (
                "Yellow card for Kilkenny full-back Eoin Ruttledgeby for a late challenge on Ó Cuilleagáin.",
                "",
                "",
                "W",
            )
        ],
        [("22 mins", "", "", "B")],
        [
            ("GOAL FOR KILKENNY!", "", "", "W"),
            (
                "Cillian Maherbridge finishes low to the corner of the net from 14 metres after a pass from Pádraig Fennessybrook.",
                "",
                "",
                "W",
            ),
        ],
        [("1 min", "", "", "B")],
        [
            (
                "We're under way in front of 61,400 at Croke Park, according to the GAA.",
                "the GAA",
                "according to",
                "W",
            )
        ],
        [("PRE-MATCH", "", "", "B")],
        [
            (
                "Waterford are unchanged from the side that beat Galway in the quarter-final.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Kilkenny make one change: Maherbridge comes in at corner-forward for Brennoughy, who starts on the bench.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Kilkenny manager Dónal Ferncourtney told the Journal on Thursday that his side had “trained the house down” for three weeks.",
                "Dónal Ferncourtney",
                "told the Journal",
                "",
            ),
            (
                "He said all 26 players in the panel were available.",
                "Dónal Ferncourtney",
                "said",
                "W",
            ),
        ],
        [
            (
                "The sides last met in the championship in 2025, when Waterford won by four points at Walsh Park.",
                "",
                "",
                "W",
            )
        ],
        [("Throw-in is at 4pm.", "", "", "")],
        [("Team news", "", "", "B")],
        [
            (
                "KILKENNY: R Foleyhaugh; E Ruttledgeby, C Dunphyville, P Tierneyhall; J Loughanby, M Brophyhurst, K Walshmeade; D Carrollstown, S Purcellby; P Fennessybrook, T Cleerestown, A Murphyvane; C Maherbridge, J Keherby, L Hoganstown.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "WATERFORD: S O'Brienhall; D Fanningby, C Gleesonmore, B Powerstown; T Ó Ceallacháinby, K Bennettford, M Kielyhurst; J Dalystown, D Keoghanby; S Ó Cuilleagáin, P Curranby, R Mahonyford; N Quirkeville, F Lyonsby, G Donnellymore.",
                "",
                "",
                "",
            )
        ],
        [("Noreside Media Ltd, Registered in Ireland No. 421983.", "", "", "B")],
        [("© 2027 The Noreside Journal.", "", "", "B")],
        [("All rights reserved.", "", "", "B")],
        [("Privacy Statement | Cookie Policy | Terms and Conditions", "", "", "B")],
    ],
    [
        [("THE HARUMIZA DISPATCH", "", "", "B")],
        [("National | Business | Asia Pacific | Culture | Sports | Opinion", "", "", "B")],
        [("Business / Corporate", "", "", "B")],
        [("Rice cooker maker Tsurumaki recalls 412,000 units after 37 fires", "", "", "W")],
        [("TSUKIMARO PRESS", "", "", "B")],
        [("Mar 30, 2027 (Updated 9:05 p.m. JST)", "", "", "B")],
        [("Print | Share | Save", "", "", "B")],
        [
            (
                "Tsurumaki Electric President Kenjiro Amagasuka (center) and two other executives bow at the start of a news conference in Tokyo on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("Tsukimaro Press", "", "", "B")],
        [
            (
                "Tsurumaki Electric Co. said Tuesday it will recall about 412,000 rice cookers sold in Japan and Taiwan since 2022 after 37 reports of fires, two of which caused minor burns.",
                "Tsurumaki Electric Co.",
                "said",
                "W",
            ),
            (
                "The recall covers seven models of its induction-heating cookers made at a plant in Niigata Prefecture.",
                "",
                "",
                "W",
            ),
            ("No one has died.", "", "", "W"),
        ],
        [
            (
                "“We have betrayed the trust of our customers, and I apologize from the bottom of my heart,” President Kenjiro Amagasuka told a news conference in Tokyo, after he and two other executives bowed for about 10 seconds.",
                "Kenjiro Amagasuka",
                "told a news conference",
                "",
            )
        ],
        [
            (
                "Amagasuka said a part in the lid's heating coil, supplied by an outside maker, could overheat if the cooker was used for more than 2 hours in keep-warm mode.",
                "Kenjiro Amagasuka",
                "said",
                "W",
            ),
            (
                "He said the company expected the recall to cost about 9.8 billion yen ($64 million).",
                "Kenjiro Amagasuka",
                "said",
                "W",
            ),
            ("He did not name the supplier.", "", "", ""),
        ],
        [
            (
                "The company first learned of a fire in August 2025 but did not report it to the industry ministry until February this year, the ministry said.",
                "the ministry",
                "said",
                "W",
            )
        ],
        [
            (
                "It said it would instruct the company to submit a report on why the delay occurred by April 30.",
                "the industry ministry",
                "said",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Asked why it had taken so long, Amagasuka said the company had first believed the fire was caused by how the cooker was used.",
                "Kenjiro Amagasuka",
                "said",
                "",
            ),
            (
                "“That was a mistake, and I take responsibility for it,” he said.",
                "Kenjiro Amagasuka",
                "said",
                "",
            ),
        ],
        [
            (
                "He said he would return 50 percent of his pay for three months.",
                "Kenjiro Amagasuka",
                "said",
                "",
            )
        ],
        [
            (
                "Shares of Tsurumaki Electric fell 6.4 percent to 1,832 yen on the Tokyo Stock Exchange on Tuesday, before the news conference began.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The company sold about 1.1 million rice cookers in the year to March 2026, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            )
        ],
        [
            (
                "Yumiko Serizawara of the Japan Consumers' Safety Network, a private group, said the company should have told the public as soon as it saw a pattern.",
                "Yumiko Serizawara",
                "said",
                "",
            ),
            (
                "She said the group had received 14 complaints about overheating Tsurumaki lids in 2025.",
                "Yumiko Serizawara",
                "said",
                "W",
            ),
        ],
        [
            (
                "Customers can check whether their cooker is covered by entering its serial number on the company's website.",
                "",
                "",
                "",
            )
        ],
        [("The company will replace the lids free of charge.", "", "", "W")],
        [("(Tsukimaro Press)", "", "", "B")],
        [("This article is provided by Tsukimaro Press under a content agreement.", "", "", "B")],
        [("The Harumiza Dispatch is not responsible for its content.", "", "", "B")],
        [("Related articles", "", "", "B")],
        [("Home appliance makers brace for weaker yen to squeeze profits", "", "", "B")],
        [("Survey: 1 in 4 households replaced a rice cooker in last three years", "", "", "B")],
        [("KEYWORDS", "", "", "B")],
        [("recall, Tsurumaki Electric, appliances", "", "", "B")],
        [("Your Privacy", "", "", "B")],
        [("We use cookies to provide you with a better experience.", "", "", "B")],
        [("Accept", "", "", "B")],
        [("© 2027 The Harumiza Dispatch K.K.", "", "", "B")],
        [("All rights reserved.", "", "", "B")],
    ],
]

HELDOUT_CASES = [
    (
        "h82-in-rs-crore",
        "Transport Minister Pratapsinh Dhavalmode told reporters at Mantralaya that the cabinet had approved the revision on Tuesday after the corporation reported a loss of Rs. 1,284 crore in 2025-26. “Nobody likes to raise fares. But diesel alone now costs us Rs. 11 crore a day,” he said.",
        [
            "Transport Minister Pratapsinh Dhavalmode told reporters at Mantralaya that the cabinet had approved the revision on Tuesday after the corporation reported a loss of Rs. 1,284 crore in 2025-26.",
            "“Nobody likes to raise fares.",
            "But diesel alone now costs us Rs. 11 crore a day,” he said.",
        ],
    ),
    (
        "h82-in-md-she",
        "The corporation's vice-chairman and managing director, Anupama Kelvadkar, said concession fares for students, women and senior citizens would not change. She said 640 of the 2,150 electric buses ordered in 2025 had been delivered so far. “Once the electric fleet is on the road, our costs will come down, and we will pass that on,” she said.",
        [
            "The corporation's vice-chairman and managing director, Anupama Kelvadkar, said concession fares for students, women and senior citizens would not change.",
            "She said 640 of the 2,150 electric buses ordered in 2025 had been delivered so far.",
            "“Once the electric fleet is on the road, our costs will come down, and we will pass that on,” she said.",
        ],
    ),
    (
        "h82-in-commuters",
        "In Pune, commuters at the Swargate depot said they had heard of the increase only on Wednesday evening. “Rs. 84 more for every trip to Satara is too much for people like us,” said Shubhangi Tarawadekar, 36, a nurse who visits her mother there twice a month.",
        [
            "In Pune, commuters at the Swargate depot said they had heard of the increase only on Wednesday evening.",
            "“Rs. 84 more for every trip to Satara is too much for people like us,” said Shubhangi Tarawadekar, 36, a nurse who visits her mother there twice a month.",
        ],
    ),
    (
        "h82-in-pvt-ltd",
        "© 2027 Puneri Bugle Media Pvt. Ltd. All rights reserved.",
        ["© 2027 Puneri Bugle Media Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "h82-us-update-am",
        "Update, 11:45 a.m.: The shelter-in-place order for homes within a mile of the plant was lifted at 11:30 a.m., the county emergency management agency said. Air monitors found no harmful levels of hydrogen chloride beyond the plant's fence, the agency said.",
        [
            "Update, 11:45 a.m.: The shelter-in-place order for homes within a mile of the plant was lifted at 11:30 a.m., the county emergency management agency said.",
            "Air monitors found no harmful levels of hydrogen chloride beyond the plant's fence, the agency said.",
        ],
    ),
    (
        "h82-us-chief-am",
        "Fire Chief Dwayne Pelkestrom said crews were called at 5:12 a.m. to a reactor building at Tristwell Polymers, which makes coatings for steel pipe. He said the fire was out by 7:40 a.m. “Our people did a great job keeping it in that one building,” Pelkestrom said.",
        [
            "Fire Chief Dwayne Pelkestrom said crews were called at 5:12 a.m. to a reactor building at Tristwell Polymers, which makes coatings for steel pipe.",
            "He said the fire was out by 7:40 a.m.",
            "“Our people did a great job keeping it in that one building,” Pelkestrom said.",
        ],
    ),
    (
        "h82-uk-network",
        "About 38,000 homes are still without power across the region, the network operator Northrigg Power Networks said a few minutes ago. It said engineers had reconnected 21,400 customers since midday. It warned that some homes in rural Northumberland might not be back on until Monday.",
        [
            "About 38,000 homes are still without power across the region, the network operator Northrigg Power Networks said a few minutes ago.",
            "It said engineers had reconnected 21,400 customers since midday.",
            "It warned that some homes in rural Northumberland might not be back on until Monday.",
        ],
    ),
    (
        "h82-uk-cllr",
        "Cllr Maureen Tallackson, the leader of the county council, told the Clarion that 64 trees had come down on the county's roads since 9am. “Please, if you don't need to drive tonight, don't,” she said. “Our crews can't be everywhere at once.”",
        [
            "Cllr Maureen Tallackson, the leader of the county council, told the Clarion that 64 trees had come down on the county's roads since 9am.",
            "“Please, if you don't need to drive tonight, don't,” she said.",
            "“Our crews can't be everywhere at once.”",
        ],
    ),
    (
        "h82-uk-police",
        "Police said a woman in her 70s was taken to hospital after a garden wall collapsed in Ashington, but her injuries were not thought to be serious. The wall fell at about 13:40, and she was treated at the scene before being taken to Wansbeck hospital.",
        [
            "Police said a woman in her 70s was taken to hospital after a garden wall collapsed in Ashington, but her injuries were not thought to be serious.",
            "The wall fell at about 13:40, and she was treated at the scene before being taken to Wansbeck hospital.",
        ],
    ),
    (
        "h82-ke-dr-cs",
        "Dr. Nyakundiwa told a press conference at Afya House in Nairobi that 61 of the cases had been confirmed by laboratory tests. She said Tana River accounted for 132 cases and six of the deaths. “We are not yet at the peak,” the CS said.",
        [
            "Dr. Nyakundiwa told a press conference at Afya House in Nairobi that 61 of the cases had been confirmed by laboratory tests.",
            "She said Tana River accounted for 132 cases and six of the deaths.",
            "“We are not yet at the peak,” the CS said.",
        ],
    ),
    (
        "h82-ke-flood-camps",
        "She said most of the cases had been traced to two camps for families displaced by floods along the Tana River, where 4,800 people share 22 latrines. “These are conditions in which cholera thrives, and we must fix them this week, not next month,” she said.",
        [
            "She said most of the cases had been traced to two camps for families displaced by floods along the Tana River, where 4,800 people share 22 latrines.",
            "“These are conditions in which cholera thrives, and we must fix them this week, not next month,” she said.",
        ],
    ),
    (
        "h82-za-lead",
        "JOHANNESBURG, May 5 (Kloofnek Wire) - South African stocks closed higher on Wednesday, led by gold miners, as the rand firmed after softer-than-expected US jobs data, while local retail sales figures beat forecasts. The Johannesburg Stock Exchange's all-share index rose 0.84% to 91,482.6 points, and the blue-chip Top-40 index gained 0.91% to 83,905.2.",
        [
            "JOHANNESBURG, May 5 (Kloofnek Wire) - South African stocks closed higher on Wednesday, led by gold miners, as the rand firmed after softer-than-expected US jobs data, while local retail sales figures beat forecasts.",
            "The Johannesburg Stock Exchange's all-share index rose 0.84% to 91,482.6 points, and the blue-chip Top-40 index gained 0.91% to 83,905.2.",
        ],
    ),
    (
        "h82-za-rand",
        "At 16:30 GMT, the rand traded at 17.62 against the dollar, 0.41% stronger than its previous close. “The rand is trading on the dollar's mood, not on anything at home,” said Zanele Dlathinkosi, a currency strategist at Siyazenza Securities. “If the Fed cuts in June, we could see R17.20 before the end of the quarter.”",
        [
            "At 16:30 GMT, the rand traded at 17.62 against the dollar, 0.41% stronger than its previous close.",
            "“The rand is trading on the dollar's mood, not on anything at home,” said Zanele Dlathinkosi, a currency strategist at Siyazenza Securities.",
            "“If the Fed cuts in June, we could see R17.20 before the end of the quarter.”",
        ],
    ),
    (
        "h82-za-retail",
        "Retail sales rose 3.6% year on year in March, Statistics South Africa said, ahead of the 2.1% rise economists polled by Kloofnek Wire had expected. In February, sales grew a revised 1.9%.",
        [
            "Retail sales rose 3.6% year on year in March, Statistics South Africa said, ahead of the 2.1% rise economists polled by Kloofnek Wire had expected.",
            "In February, sales grew a revised 1.9%.",
        ],
    ),
    (
        "h82-nz-dropgoal",
        "DROP GOAL! Manaia Whakarewaiti drops a goal from 35 metres with the clock in the red, and the crowd of 14,600 is on its feet. That is his 17th point of the night. What a way to finish a season.",
        [
            "DROP GOAL! Manaia Whakarewaiti drops a goal from 35 metres with the clock in the red, and the crowd of 14,600 is on its feet.",
            "That is his 17th point of the night.",
            "What a way to finish a season.",
        ],
    ),
    (
        "h82-nz-try",
        "Try to Taranaki, and it's a beauty from their own half: Whakarewaiti runs from deep, and wing Rawiri Tamahokoi finishes in the left corner. Whakarewaiti converts.",
        [
            "Try to Taranaki, and it's a beauty from their own half: Whakarewaiti runs from deep, and wing Rawiri Tamahokoi finishes in the left corner.",
            "Whakarewaiti converts.",
        ],
    ),
    (
        "h82-ca-correction",
        "CORRECTION: An earlier version of this story gave the wrong date for the start of the regulator's hearings. The hearings begin May 10.",
        [
            "CORRECTION: An earlier version of this story gave the wrong date for the start of the regulator's hearings.",
            "The hearings begin May 10.",
        ],
    ),
    (
        "h82-ca-drought",
        "Erin Moltkeby, the utility's president and chief executive, said low water levels on northern rivers had cut its hydroelectric output by 18 per cent in 2026. She said the utility had to buy $312 million of power from neighbouring grids to meet demand, about three times what it spent in a normal year. “We don't control the rain,” Moltkeby said.",
        [
            "Erin Moltkeby, the utility's president and chief executive, said low water levels on northern rivers had cut its hydroelectric output by 18 per cent in 2026.",
            "She said the utility had to buy $312 million of power from neighbouring grids to meet demand, about three times what it spent in a normal year.",
            "“We don't control the rain,” Moltkeby said.",
        ],
    ),
    (
        "h82-ca-lawyer",
        "Gordon Vasquellan, a lawyer for a coalition of consumer groups that will take part in the hearings, said the utility should cut its own costs before it asks customers for more. “Their head office payroll went up 11 per cent last year,” he said.",
        [
            "Gordon Vasquellan, a lawyer for a coalition of consumer groups that will take part in the hearings, said the utility should cut its own costs before it asks customers for more.",
            "“Their head office payroll went up 11 per cent last year,” he said.",
        ],
    ),
    (
        "h82-au-epa",
        "Saltcrannock Aquaculture Pty Ltd was fined after an investigation by the Environment Protection Authority found that nets at its Pelican Reach lease had not been inspected for 11 weeks before the storm, the authority said on Wednesday. It said the company's own procedures required an inspection every four weeks. The escape was reported to the authority two days after it happened, not within 24 hours as the licence requires, it said.",
        [
            "Saltcrannock Aquaculture Pty Ltd was fined after an investigation by the Environment Protection Authority found that nets at its Pelican Reach lease had not been inspected for 11 weeks before the storm, the authority said on Wednesday.",
            "It said the company's own procedures required an inspection every four weeks.",
            "The escape was reported to the authority two days after it happened, not within 24 hours as the licence requires, it said.",
        ],
    ),
    (
        "h82-au-statement",
        "In a statement, Saltcrannock said it had accepted the penalty and had spent $8.7 million since 2025 replacing the moorings on all 64 of its pens. “We let the community down, and we are sorry,” chief executive Lachlan Fyvemore said in the statement.",
        [
            "In a statement, Saltcrannock said it had accepted the penalty and had spent $8.7 million since 2025 replacing the moorings on all 64 of its pens.",
            "“We let the community down, and we are sorry,” chief executive Lachlan Fyvemore said in the statement.",
        ],
    ),
    (
        "h82-gh-bag",
        "ACCRA — The government has raised the price paid to cocoa farmers for the 2026/27 light crop season to GH¢3,840 per 64-kilogramme bag, up from GH¢3,148, the Minister for Finance, Ebenezer Kwaterbah, announced on Wednesday. The new price takes effect on April 5. It works out to GH¢60,000 a tonne.",
        [
            "ACCRA — The government has raised the price paid to cocoa farmers for the 2026/27 light crop season to GH¢3,840 per 64-kilogramme bag, up from GH¢3,148, the Minister for Finance, Ebenezer Kwaterbah, announced on Wednesday.",
            "The new price takes effect on April 5.",
            "It works out to GH¢60,000 a tonne.",
        ],
    ),
    (
        "h82-gh-smuggle",
        "He said smugglers had taken an estimated 150,000 tonnes of Ghanaian beans across the border in the 2025/26 season. “If the price here is not right, the beans will walk,” he said.",
        [
            "He said smugglers had taken an estimated 150,000 tonnes of Ghanaian beans across the border in the 2025/26 season.",
            "“If the price here is not right, the beans will walk,” he said.",
        ],
    ),
    (
        "h82-sg-update-pm",
        "UPDATE 2.10pm: Full train service on the East-West Line resumed at 1.52pm, the rail operator said in a post on Facebook. It apologised to commuters and said free bridging buses would keep running until 3pm.",
        [
            "UPDATE 2.10pm: Full train service on the East-West Line resumed at 1.52pm, the rail operator said in a post on Facebook.",
            "It apologised to commuters and said free bridging buses would keep running until 3pm.",
        ],
    ),
    (
        "h82-sg-ops",
        "SINGAPORE – A power fault disrupted train services on a 21-station stretch of the East-West Line during the morning rush hour on April 22, affecting about 180,000 commuters, the Land Transport Authority said. The fault was detected at 8.51am near Buona Vista station, it said. Trains were stalled for up to 40 minutes before passengers were walked to the nearest platforms.",
        [
            "SINGAPORE – A power fault disrupted train services on a 21-station stretch of the East-West Line during the morning rush hour on April 22, affecting about 180,000 commuters, the Land Transport Authority said.",
            "The fault was detected at 8.51am near Buona Vista station, it said.",
            "Trains were stalled for up to 40 minutes before passengers were walked to the nearest platforms.",
        ],
    ),
    (
        "h82-sg-nurse",
        "“I have been standing here for 45 minutes, and I have not seen a single bus,” said Ms Priyanka Seltharamoo, 29, a nurse who works at a hospital in Outram. “Why can't they send the buses before the crowd builds up?”",
        [
            "“I have been standing here for 45 minutes, and I have not seen a single bus,” said Ms Priyanka Seltharamoo, 29, a nurse who works at a hospital in Outram.",
            "“Why can't they send the buses before the crowd builds up?”",
        ],
    ),
    (
        "h82-ie-final",
        "That's it! Kilkenny are into their first All-Ireland final since 2023, and they will meet Limerick on August 8. Heartbreak for Waterford, who led for 51 of the 70 minutes.",
        [
            "That's it!",
            "Kilkenny are into their first All-Ireland final since 2023, and they will meet Limerick on August 8.",
            "Heartbreak for Waterford, who led for 51 of the 70 minutes.",
        ],
    ),
    (
        "h82-ie-goal",
        "GOAL FOR KILKENNY! Substitute Tomás Brennoughy flicks the ball past the keeper after a long puck-out breaks in front of the square. Kilkenny 2-20 Waterford 1-21",
        [
            "GOAL FOR KILKENNY!",
            "Substitute Tomás Brennoughy flicks the ball past the keeper after a long puck-out breaks in front of the square.",
            "Kilkenny 2-20 Waterford 1-21",
        ],
    ),
    (
        "h82-jp-co-said",
        "Tsurumaki Electric Co. said Tuesday it will recall about 412,000 rice cookers sold in Japan and Taiwan since 2022 after 37 reports of fires, two of which caused minor burns. The recall covers seven models of its induction-heating cookers made at a plant in Niigata Prefecture. No one has died.",
        [
            "Tsurumaki Electric Co. said Tuesday it will recall about 412,000 rice cookers sold in Japan and Taiwan since 2022 after 37 reports of fires, two of which caused minor burns.",
            "The recall covers seven models of its induction-heating cookers made at a plant in Niigata Prefecture.",
            "No one has died.",
        ],
    ),
    (
        "h82-jp-yen",
        "Amagasuka said a part in the lid's heating coil, supplied by an outside maker, could overheat if the cooker was used for more than 2 hours in keep-warm mode. He said the company expected the recall to cost about 9.8 billion yen ($64 million). He did not name the supplier.",
        [
            "Amagasuka said a part in the lid's heating coil, supplied by an outside maker, could overheat if the cooker was used for more than 2 hours in keep-warm mode.",
            "He said the company expected the recall to cost about 9.8 billion yen ($64 million).",
            "He did not name the supplier.",
        ],
    ),
]
