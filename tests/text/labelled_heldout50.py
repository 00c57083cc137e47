"""Fiftieth held-out set of new hand-labelled pages for the hint engines (held-out set, round thirty-two): twelve WHOLE pages, one in each of the styles the product's issue names -- a pasted web page with nav, paywall and cookie blocks, wire copy with its credit line, local news, sport, science, a live blog, an interview (Q&A), a court report, a business/markets story, a press release, a column and a politics story -- never to be looked at while tuning.

Written from scratch for issue 13 in round thirty-two, blind: without looking at the engine's code
or output. Nothing under `claimreview/` was opened, no `labelled_heldout*.py`, `train_*.py` or
`test_*.py` file, no `hint_scores.py`, nothing under `docs/`, no README and no benchmark was read,
`claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The format and
the conventions were read from the module docstrings of `labelled_new.py` and `labelled_new2.py`
(printed whole), the module docstrings of `labelled_new71.py` and `labelled_new72.py` (printed
with the `STYLES` of both in one listing that the terminal cut in the middle, then saved to /tmp
and printed again with `sed`, so both were read whole; the `STYLES` of `labelled_new72.py` were
seen whole, those of `labelled_new71.py` fell in the cut part and were not seen), the first two
pages of both files with the end of each docstring and the import line (`sed` listings cut to 400
characters a line), their split cases (`CASES`, every line cut to 400 characters; the terminal cut
the middle of that listing too, so the later cases of `labelled_new72.py` and the earlier ones of
`labelled_new71.py` were not seen), `build` in `labelled_articles.py` (a `grep -n "def build"
-A15` listing) and the `[tool.ruff]` tables of `pyproject.toml` (a `sed` range). No other page,
case or docstring of any file under `tests/` was read. What was run besides: `grep -n` for the line
numbers of `STYLES`, `ARTICLES`, `CASES`, the imports and the page brackets in those two files;
`du -sh tests/`, a count of the files in `tests/text/`, an `ls` showing this file did not exist
yet, and two `find` listings of file names under `tests/` (names only, to see whether a file had
just been written; nothing was opened); two read-only `git status --short` runs, which listed
modified files under `claimreview/` (and, the second time, one under `tests/`) that are not this
writer's and were not opened, and at the end the untracked new set files; a Python one-liner printing the calendar of 2026 to check weekdays; scripts of my
own in /tmp that turn a small line format into the literals below and cut the split cases out of
the pages, renaming scripts, an import of this file with `build` on every page, a checking script
of my own (four string fields, flags, a cue for every speaker and a speaker for every cue, no
speaker on furniture, the sentence count, every split case occurring in a built page and joining
back to its text, every expected sentence being a labelled one); whole-word case-insensitive
searches over `tests/` of every capitalised word of these pages (each part of a hyphenated name
on its own) and of every candidate replacement, and phrase searches of the multi-word names, all
printing file counts only (`grep -rilw WORD tests/ | wc -l`, `grep -ril PHRASE tests/ | wc -l`);
and `ruff format` / `ruff check` on this file. The sibling files written at the same time
(`labelled_new73.py`, `labelled_new74.py`, `labelled_heldout49.py`) were never opened; the
count-only searches covered whatever of them existed.

Every person, small place, street, school, club, team, league, company, bank, newsroom, outlet,
wire, campaign group, institute, university, journal, volcano, glacier, cyclone name and figure is
invented. A first draft hit more than a hundred invented surnames, towns, outlets and companies
of other files under `tests/` (most of them one file each), and more than half of a first list of
replacements hit too; only replacements with no hit were used, and the whole list was searched
again once `labelled_new73.py` and `labelled_heldout49.py` existed (given names,
titles, real settings and common words such as "Gazette", "Courier", "Beacon", "Ledger", "Press",
"Chronicle", "Lido", "Grange", "Parade", "Esplanade", "Depot St." and "Stryd Fawr" recur). Real
countries, regions, big cities and public bodies appear only as settings, with invented figures:
England, the High Court and a district council's cabinet; Indonesia, North Maluku, Jakarta, Manado,
Singapore, the Centre for Volcanology and Geological Hazard Mitigation (PVMBG), the National
Disaster Management Agency (BNPB), the London Metal Exchange, the Pacific "Ring of Fire", and the
Philippines and Sulawesi in teasers; Vermont and its town meeting (a paper ballot on the request of
seven voters, the Australian ballot); Nova Scotia; East Antarctica, Norway, Oslo and the Research
Council of Norway; Queensland, Brisbane, the Bureau of Meteorology, the State Emergency Service and
Triple Zero (000); Ireland, Leitrim, Galway, the Department of Education and Tidy Towns; Scotland,
Aberdeen Sheriff Court, the Health and Safety Executive and the Health and Safety at Work etc. Act
1974; South Africa, the JSE and its indices, Statistics South Africa, the South African Reserve Bank
and the rand; North Carolina and Durham; Wales, Britain, the Senedd and the Post Office; Minnesota,
St. Paul, the Minnesota Senate, the DFL and Republican parties, the Minnesota Department of
Education, Minnesota Management and Budget, the House Education Policy Committee and the
governor's office. Facebook, X, WhatsApp, LinkedIn and a Creative Commons license appear only as
channels and terms.

Each page is a WHOLE page as a new user pastes it after selecting all in a browser, so every
furniture line is a paragraph of its own and "B": cookie-consent blocks and settings strips,
mastheads and taglines, account and donate strips, menus, crumbs, section and LIVE labels, tickers,
score headers, bylines, date lines, share strips, caption credits and third-party photo notices,
paywall counters and buttons, newsletter lines, wire credit lines, standards lines, topic and
read-next lists, key-event labels, time stamps and entry bylines, edited-for-length lines,
provider lines, About boilerplate, forward-looking statements, contact blocks, bios, disclaimers,
corrections, letters deadlines, tip lines, comment notices, related and most-read lists and
footers. The stories carry ordinary speakers and a fair share of checkable facts; `STYLES` names the
site, the story and the stresses of each page, in order.

(1) An English regional daily's site pasted whole: a district council's cabinet votes 6-2 to close
a 1934 lido. The cookie block ("We value your privacy", three sentences, "Accept all   Reject all
Manage preferences") heads the page, "B"; the standfirst's "campaigners say" carries "Save
Pennistock Lido", the name the body gives after the descriptor "The campaign group"; "according to a
structural survey carried out for the council in March" is kept whole and "The survey found" keeps
"The survey"; "Council leader Cllr" is dropped and the four years in her second quote sentence are
arithmetic on figures of record, "W"; the paywall ("You've read 3 of your 4 free articles this
month." / "Subscribe for £1 ..." / "Already a subscriber?" / "Sign in" / "Subscribe now") is "B"
and the story goes on after it; two cabinet members are named in the vote, one then speaks by
surname and the other never does; "Its chair, Rosalind ..., said"; "according to council figures"
and "the council said" (kept as written); a swimmer is described (no speaker, "") and then quoted
to a question; the call-in rule and the committee date are "W" without a speaker; "Opposition
leader Cllr" is dropped; the paper's question has no speaker; "No. 04417832." ends the footer's
first sentence before "All rights reserved.".

(2) A wire service's own site: a volcano in North Maluku erupts and 11,000 people are evacuated.
The caption is scene, "", and its slash credit, "ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY
A THIRD PARTY.", "MANDATORY CREDIT." and "INDONESIA OUT." are four "B" sentences; "JAKARTA, March 4
(Kordavia) - ..., officials said." carries "officials"; "The Centre for Volcanology and Geological
Hazard Mitigation (PVMBG) raised ..., it said in a statement." carries the centre as written, and
"2:40 a.m. (1740 GMT on Tuesday)" does not split; "No deaths had been reported by midday, said
Teguh ..., a spokesperson for ..." carries him, then "he said" and "he told Kordavia by telephone"
(cue "told Kordavia"); "according to a notice to airmen"; "Domestic carrier" is dropped before
"AirNusa"; "a Kordavia witness said" is kept as written (scene, ""); the villager's straight-quoted
words run over two sentences; "PT Kelamora Logam Utama, which runs ..., said in a statement" keeps
the company's name; "according to data from consultancy Ferrovane Research"; the nickel price and
the Ring of Fire line are "W" without a speaker; the observation post's head forecasts (""), gives a
measurement ("W") and advice (""); the bracketed credit line "(Reporting by ... in Jakarta and ...
in Manado; Additional reporting by ...; Writing by ...; Editing by ...)" is ONE "B" sentence, and
"Our Standards: The Kordavia Editorial Code." another.

(3) A Vermont weekly's site: town meeting buys a $1.18 million fire engine and turns down a town
office renovation. "PELLSFORD — ..." is an act of record and "Depot St." ends it; "from 10 a.m. to
just after 4 p.m." ends the next; "Fire Chief" is dropped with "told voters" (the pump test and the
repairs, "W") and "she said" (""); "Select Board Chair" is dropped from "Ruth Ann Gagnebin" (two
given names kept); a farmer's reported question is "asked" with flags ""; the voice vote and the
142-171 paper ballot are "W" without a speaker; "Supporters said" (the building's faults, "W") and
"Opponents said" ("") keep the groups; "“...,” said Town Clerk Marguerite ..., who has held the job
since 2009." drops the title; "according to unofficial results posted by the town clerk on Tuesday
night" and "according to the clerk's office" are kept whole; the grange lunch's $1,140 is "W"; the
moderator is named in a scene sentence ("at 12:15 p.m. and resumed at 1 p.m. sharp") and does not
speak; "And the old engine?" has no speaker; the correction line and the letters deadline are "B";
"Have a news tip?" / "Call ..." are two "B" sentences.

(4) A Nova Scotia community paper's sports page: a junior hockey semifinal is won in overtime.
"FINAL/OT   Tarvick 3   Port Kellowick 4" and the series line are "B"; the headline, the standfirst
with the crowd and the caption stating the winning goal are "W"; "PORT KELLOWICK, N.S. — ..." and
the goals with their times are "W" without a speaker, and "Owen St. Croix-Maltby" does not split;
the two coaches (two men) speak in turn: "Shoalers head coach" and "Tarvick coach" dropped, "he
said", quote sentences without a verb ("We've scored with the goalie pulled four times this
season." a figure of record, "W"), the injured scorer named by his coach without speaking; "the club
said" and "the league said" are kept as written; the scorer's first overtime goal is "W" and his
feelings ""; the game times are "W"; "Can the Shoalers finish it on the road?" has no speaker and
"“Ask me Tuesday,” ... said." is ""; "SCORING SUMMARY" is "B" and each period line, shots,
goaltenders, power plays, referees and attendance are data, "".

(5) A science-news site: a satellite study finds an Antarctic glacier's floating tongue shrank by 11
km in four years. The headline's "satellite study finds" carries "a study published Wednesday in
Polar Geoscience Letters", as the lead names it with "according to"; the dek, a causal claim with no
verb of saying, has no speaker ("W"); "Dr." is dropped and the lead author is first named in a
sentence of method (no speaker, "W"); "± 0.4 km (Fig. 2 in the paper)." ends a sentence; "The
researchers wrote" keeps "The researchers" and "i.e. the point" does not split, nor does "ca. 4.1
km"; the "AT A GLANCE" box has its title "B" and three bullets of fact "W" (with "~", "≈" and "vs."
unsplit); "Prof." is dropped from the outside expert, "He cautioned" is "", a historical fact in his
quote is "W" and the rest of his words ""; "according to the study"; the writer's own "What happens
next depends on the ocean." has no speaker; "The team will return ..., Mertanen said." is a plan of
record, "W"; the funding note and the journal reference with "et al." are "B", the reference one
sentence.

(6) A Queensland regional daily's live blog: a tropical cyclone crosses the coast. "LIVE" and the
standfirst prompt "Follow our live coverage ..." are "B"; the "Key points:" title is "B" and its four
bullets "W"; "Pinned" is "B" and the pinned entry's headline and its advice are ""; each time stamp
("6.41pm", "11.20am"), "Key event" and entry byline ("By Jess Brandtner") is "B"; entry headlines
are labelled like headlines: "Power out for 38,000 homes, Capgrid says" carries "Capgrid Energy" as
the entry names it, "Evacuation centres hold 4,100 people, disaster coordinator says" carries her,
"Mayor says no injuries reported in Mulgarrie Heads" carries him, and "‘The roof just peeled off’,
says Port Corrinda mum" carries the mother (""), who is first described (no speaker) and then quoted
over three sentences; "Spokeswoman" is dropped (crews held back below 90km/h, a rule of record,
"W"); "The Bureau of Meteorology says" is kept as written and "It says" (a forecast, "") resolves to
"the Bureau of Meteorology"; "State disaster coordinator Deputy Commissioner" is dropped with "told a
media conference" ("W"), her advice "" and "She said" the 37 rescues ("W"); "Mulgarrie Shire Mayor
Cr" is dropped with "says", and "Cr Hennessy said" carries him; "according to Bureau records"; the
joining-us entry holds a fact ("W"), a forecast (""), closures of record ("W") and advice ("")
without a speaker.

(7) An Irish regional weekly's site: an interview (Q&A) with a rural school's principal as she
retires after 31 years. The introduction's facts are "W" without a speaker and the scene at the
interview ""; "This interview has been edited for length and clarity." is "B"; the questions have no
prefix and no speaker, except "The Department of Education says one primary school in five had an
unfilled teaching post last September." (the source cited, "says", "W", its "Is that your
experience?" without) and "..., according to a report by the Rural Schools Forum last year." (the
report as written, "W"); the first answer opens "BRÍD NÍ MHAOILCHIARÁIN:" and the later ones
"NÍ MHAOILCHIARÁIN:", and every sentence of an answer carries "Bríd Ní Mhaoilchiaráin" with the
prefix of its answer as written as the cue; one-word answers ("NÍ MHAOILCHIARÁIN: Worse.",
"NÍ MHAOILCHIARÁIN: Bees.") are sentences of their own, feelings, private circumstances and
opinions "" and figures and dates of record "W" inside them; her successor is named in an answer
and does not speak; the retirement evening "on Friday, August 28, at 8pm, ..., the board of
management said." is an event of record, "W"; "Do you have a story for the Ledger?" / "Email ..."
are two "B" sentences.

(8) A Scottish regional daily's site: a sheriff court fines a roofing firm £180,000 after an
apprentice fell through a skylight. The fine, the contract and the plea are "W" without a speaker;
"Dunvarrow Roofing Ltd. admitted" does not split and "Health and Safety at Work etc. Act 1974." ends
a sentence without splitting at "etc."; "Procurator fiscal depute" is dropped with "told the court",
then "she said" and "Mrs Rattrayne said" carry her (the injuries and the missing netting "W", her
quote ""); "An investigation by the Health and Safety Executive (HSE) found" keeps the
investigation; "Defence solicitor" is dropped, the managing director is named in the mitigation and
does not speak, and "Mr Bairdlaw said" carries the solicitor; "Sheriff" is dropped (the fine she
would have imposed and the discount, "W"; her quote over two sentences ""), and "She gave the firm 12
months to pay." is an order of record with no verb of saying, no speaker, "W"; "In a victim
statement read to the court, Mr Gilfilleen, now 21, said" carries him (private circumstances, "")
and "he said in the statement" takes that cue; "Speaking after the case, HSE inspector ... said"
drops the role (a figure of record, "W"); "did not respond to a request for comment" carries the
firm with flags ""; the mother's partial quote is "".

(9) A South African business site: the JSE slips as platinum miners slide and the rand weakens. The
ticker is "B" and does not split; index, metal and share moves are "W" without a speaker and
"Kgosimang Platinum Ltd. cut" does not split; "The miner said in a trading update" (new guidance, a
statement of record by the company, "W") keeps "The miner", and "It said" resolves to "Kgosimang
Platinum Ltd" (the name as first given, without the abbreviation's full stop); the analyst's opinion
is "", the ounces inside her quote "W" and "She said she had cut her rating ..." an act of record,
"W"; the economist quoted before "said" with his role after his name forecasts (""); Stats SA's
release date is "W" without a speaker; "Economists polled by MarketDesk expect" keeps the group with
the cue "expect" (a forecast, ""), and the February figures after it are "W"; "The group said" keeps
"The group"; the disclaimer in two sentences and "(Pty) Ltd." before "All rights reserved." are "B".

(10) A press release on a newswire's site: a food maker will build an $86 million plant. "News
provided by", the provider's name, the date and the share lines are "B"; the headline and the
subhead (a plan of record with a semicolon) are "W"; "DURHAM, N.C., Sept. 17, 2026 /PRWire/ --
Larkmire Foods, a family-owned maker ..., today announced ..." carries "Larkmire Foods" with the cue
"announced"; the release's own sentences without a verb of saying carry no speaker (the issuer is
not a speaker of every line), figures and plans of record "W"; the chief executive's quote runs over
three sentences after "said Caroline ..., chief executive officer of Larkmire Foods." with a figure
of record in the middle one ("W"); "Job seekers can sign up for hiring updates at ..." looks like
furniture but is the release's story, a service tip, ""; "approved on Sept. 8." ends a sentence; the
commission chair's record claim is "W" and his hope ""; "About Larkmire Foods" and its boilerplate,
the forward-looking statements, the media contact block, "SOURCE Larkmire Foods", the related links
and "Looking to send a press release?" / "Get started with PRWire today." are "B" sentence by
sentence, facts in the boilerplate included.

(11) A Welsh weekly's site: a column on the closure of a market town's last bank branch. The
headline and the standfirst are opinions, ""; the byline with "Columnist" is "B"; the columnist's own
sentences carry no speaker (her memories, opinions, aside and questions "", her unsourced figures
and dates of record "W"); "The bank says" and "The bank said" keep "The bank" ("W"); her neighbour is
named by her given name only ("Eirlys", cue "told me") and her words are ""; "according to figures
compiled by the campaign group Arian Lleol" is kept whole; "In a statement to this paper, Dyfnantog
Bank said" (10am to 2pm, "W"); the Post Office's opening hours ("until 5.30pm on weekdays and 12.30pm
on Saturdays") look like furniture but are story, "W"; "Our Member of the Senedd, Huw ..., told me"
drops the role (a letter of record, "W") and "He has not had a reply." has no verb of saying, no
speaker, "W"; the bio in two sentences and the views disclaimer are "B"; "No. 06612049." ends the
footer.

(12) A Minnesota nonprofit statehouse newsroom: the Senate passes later high school start times on
a 34-33 vote. The standfirst's "school boards say" carries "the Minnesota Rural School Boards
Coalition", the name as the body gives it; "ST. PAUL — ... no earlier than 8:30 a.m., beginning ..."
does not split at "ST." or "a.m.,"; "S.F. 1187" and "Sen. Curtis Vollmark" do not split (the crossover
senator named in the vote does not speak); "The bill's author, Sen. Maren Oyelindo,
DFL-Kettlewater, said" drops "Sen." and the party-town label, and "8:15 a.m." ends the sentence; "she
said on the Senate floor" takes that cue (""); "according to a 2025 survey by the Minnesota
Department of Education"; the opposing senator (R-Pomme Prairie dropped) forecasts (""), his "with
no money attached" is a checkable claim about the bill ("W") and his failed amendment "W"; "The
Minnesota Rural School Boards Coalition ... said in written testimony" ("W") and "It estimated"
(an estimate, "", resolved to "the Minnesota Rural School Boards Coalition"); "A fiscal note from
Minnesota Management and Budget said" keeps the note (an official figure, "W"); a student named in
the gallery does not speak until "she said afterward"; "H.F. 1342" does not split; the House author
(DFL-Vasby Falls dropped) forecasts (""); "The governor's office said in a statement" is kept as
written ("W"); the paper's question has no speaker and the waiver rule after it is "W".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py`, `labelled_new71.py` and `labelled_new72.py` hold too, as their
docstrings state them (furniture "B" line by line; captions by content and credits "B"; standfirsts
labelled like headlines, never split at a semicolon, a verb of saying in them carrying the source as
the body names it; titles, ranks, honorifics and roles dropped from speakers; a pronoun, a later
surname or "It" resolved to the full name as first given, a later generic noun kept as written;
"according to X" -> X whole; a document or data set that is the subject of its own verb named by its
head as written; a quote over several sentences carrying its speaker and cue; "did not respond"
like speech with flags ""; plans, votes, decisions, orders, filings and figures of record "W";
forecasts, estimates, hopes, pledges, opinions, feelings, scene, private circumstances, questions
and advice ""; a figure of record inside a quote "W"; a named person acting or described, with no
verb of saying, carries no speaker; gates, asks and boxes' titles "B"; live-blog stamps, key-event
labels and entry bylines "B" and entry headlines labelled like headlines; Q&A answers carrying the
interviewee with the prefix as written and questions no speaker unless they cite a source; match
headers "B" and data lines "").

Conventions this set had to settle, in the same spirit:

* Cookie-consent blocks are furniture like paywalls: the title, each sentence and the button row
  are "B", a figure in them included ("We and our 214 partners ..."); so is a cookie-settings strip
  in the footer.
* Wire copy. The bracketed credit line is ONE "B" sentence whatever its semicolons ("(Reporting by
  ...; Additional reporting by ...; Writing by ...; Editing by ...)"); a third-party photo notice in
  capitals is "B" sentence by sentence; "Our Standards: ..." is one "B" sentence; "told <wire> by
  telephone" takes the cue "told <wire>"; "a <wire> witness said" keeps the witness as written.
* Press releases. The issuer is the speaker only where a verb of saying names it ("today
  announced"); the release's other plain sentences carry no speaker and are labelled by content.
  The "About" boilerplate, the forward-looking statements, the contact block, the SOURCE line and
  the wire's own promotion are "B" sentence by sentence, like a bio or a disclaimer, even where
  they state facts about the company.
* Columns. The byline and bio are "B"; the columnist's own sentences carry no speaker and are
  labelled by content; a person named by a given name only keeps it ("Eirlys"); "told me" is a cue
  as written.
* Q&A with name prefixes. The first answer's prefix carries the full name in capitals, the later
  ones the surname; the cue of each sentence is the prefix of its answer as written; a one-word
  answer is a sentence; questions are plain lines without a prefix.
* Courts. "Procurator fiscal depute", "Defence solicitor", "Sheriff", "HSE inspector", "Mrs" and
  "Mr" are dropped; a sheriff's order told without a verb of saying ("She gave the firm 12 months to
  pay.") has no speaker and is "W"; a victim statement read to the court carries the victim ("said",
  "said in the statement"); "etc." inside the name of an Act never splits.
* Markets. A ticker strip is "B"; a company's new guidance in a trading update is a statement of
  record, "W", while "Economists polled by X expect" is a forecast, "", with the cue "expect"; an
  analyst's rating change is an act of record, "W".
* Sport. A score header ("FINAL/OT   ...") and its series line are "B"; the scoring summary's title
  is "B" and its period lines data, "".
* Politics. "Sen." and "Rep." and the party-town labels set off by commas ("DFL-Kettlewater",
  "R-Pomme Prairie") are dropped from speakers; "said on the Senate floor" and "said in written
  testimony" are cues as written; "A fiscal note from <agency> said" keeps the note; "It
  estimated" is an estimate, "", with the cue "estimated".
* Live blogs. A pinned help entry is story: its headline and advice are "", not furniture; a quote
  headline with "says" carries the person the entry then names.

Splits. "Home › News › Politics", "14:32, Wed 10 Jun 2026", "£4.6m", "No. 04417832", "March 4,
2026 9:12 AM GMT+7", "JAKARTA, March 4 (Kordavia) -", "7 km (4.3 miles)", "2:40 a.m. (1740 GMT on
Tuesday)", "at least 6 p.m. on Thursday", "1,640-metre (5,380-ft)", "Mar 4, 2026", "10 a.m. to just
after", "at 12:15 p.m. and resumed at 1 p.m. sharp", "Mar. 22, 2026 12:06 a.m.", "N.S. —", "Owen St.
Croix-Maltby", "2nd period — TAR: St. Croix-Maltby", "at 7 p.m. at the Tarvick Forum", "Dr. Kaija",
"1.1 °C", "i.e. the point", "ca. 4.1 km", "≈ 2.8 km/yr vs. ~0.7 km/yr", "Prof. Anselm", "et al.
Rapid", "Lett. 2026;9(2):114-127", "6.48pm AEST", "178km/h was recorded at Cape Tallowin at
12.52pm", "Sat, 27 Jun 2026, 07:00", "at 8pm, and", "4:12 pm", "Ltd. admitted", "Mrs Rattrayne", "Mr
Bairdlaw said", "91,482.3 ▼0.84%", "R17.80/$", "Ltd. cut", "R84.15", "3.4% y/y", "by 17:00, as",
"N.C., Sept. 17, 2026 /PRWire/ --", "larkmirefoods.com/careers", "from 10am to 2pm", "5.30pm on
weekdays and 12.30pm", "ST. PAUL —", "8:30 a.m., beginning", "S.F. 1187", "Sen. Curtis", "Sen. Maren
Oyelindo, DFL-Kettlewater,", "St. Paul with", "H.F. 1342" and "B-plus" never split a sentence.
"Depot St." at the end of a sentence, "4 p.m." at the end of a paragraph, "(Fig. 2 in the paper)."
before "“We expected", "8:15 a.m." before "“Teenagers'", "etc. Act 1974." before "Procurator",
"Sept. 8." before "“This is", "a.m." ending a date line, "Ltd." / "(Pty) Ltd." / "No. 04417832." /
"Kordavia." before "All rights reserved.", one-word answers after a prefix ("NÍ MHAOILCHIARÁIN:
Worse."), "MANDATORY CREDIT." / "INDONESIA OUT." in capitals, and a question in furniture before a
capital ("Already a subscriber?" / "Sign in", "Have a news tip?" / "Call ...", "Do you have a story
for the Ledger?" / "Email ...", "Looking to send a press release?" / "Get started ...") end one.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written
the same way as in `labelled_new71.py` and `labelled_new72.py`: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "English regional daily's site pasted whole, a district council's cabinet votes to close a 1930s lido (a cookie-consent block at the head with its title, three sentences and a button row, masthead, account strip, menu, crumb, headline with a figure, semicolon standfirst carrying the campaign group through say, byline with a pipe and role, date line with 24-hour times and an update, share strip with a comment count, caption and Picture credit, a vote of record without a speaker, according to a survey kept as written and The survey found, Council leader Cllr dropped, a figure of record inside a quote, a metered paywall of two sentences, Already a subscriber? and Sign in on one line and a Subscribe now button inside the story, two cabinet members named in a vote of record and one of them then quoted by surname, the campaign group named after its descriptor and Its chair, a newsletter line between paragraphs, according to council figures, the council said, a swimmer described and then quoted with a question, A council spokesperson said, a call-in rule of record, Opposition leader Cllr dropped, the paper's question and a refusal to rule anything out, read-more line, most-read list with numbers on their own lines, comments notice, footer with No. before All rights reserved, cookie-settings strip)",
    "International wire service's own site, an Indonesian volcano erupts and forces evacuations (wire brand, menu, region label, headline with a figure, two-name byline, date line with GMT+7 and a relative update, share strip, caption with a slash credit and a third-party notice in capitals of three sentences, licensing line, JAKARTA dateline with the wire's name in brackets and officials said at the end, a named agency carrying its own sentence through it said in a statement with a.m. and GMT in brackets, a spokesperson named after the fact through said and then he said and told <wire> by telephone, according to a notice to airmen with p.m. inside, a descriptor dropped before a carrier's name, a wire witness as speaker, a villager's straight-quoted words over two sentences, a company's statement, according to data from a consultancy, a metals-market move without a speaker, according to agency records, an observer's forecast, a measurement and advice in his quotes, straight quotes throughout, the bracketed credit line with Reporting, Additional reporting, Writing and Editing, standards line, topics, read-next list, quote-delay notice, footer)",
    "US small-town weekly's site in Vermont, town meeting buys a fire engine and turns down a town office renovation (masthead, founding tagline, menu, account strip with pipes, section label in capitals, headline with a figure, byline with a pipe, date-only line, PELLSFORD dateline without a state, St. ending a sentence, a.m. and p.m. inside and at the end of a sentence, Fire Chief dropped with told voters and she said, Select Board Chair dropped from a name with two given names, a farmer's reported question through asked, a surname alone, a voice vote and a paper ballot of record, Supporters and Opponents as speakers, a quote before said Town Clerk ... with a clause after the name, the farmer quoted by surname, according to unofficial results and according to the clerk's office, an election result and appropriations without a speaker, a grange lunch with a sum raised, a moderator named in a description who does not speak with p.m. before sharp, the paper's question, a partial quote after said, a correction line, a letters deadline, tip line with a question, related line, footer)",
    "Canadian community paper's sports page in Nova Scotia, a junior hockey playoff game won in overtime (masthead, menu, crumb with arrows, a score header with FINAL/OT and a series line, headline, standfirst with an attendance figure, byline with a middle dot, published and updated line with Mar. and a.m., share strip, caption stating the winning goal with a bracketed photo credit, N.S. dateline, goals and times of record without a speaker, St. inside a player's surname, two coaches (two men) in turn through said, he said and a surname alone, a figure of record inside a quote, the injured scorer named by his coach who does not speak, saves of record, the club said, the scorer quoted with a feeling, game times of record with p.m., the league said, the paper's question and a coach's refusal, a scoring summary with its title and one data line per period, shots, goaltenders, power plays, referees and attendance lines as data, more-sports list, footer with Ltd.)",
    "Science-news site, a satellite study finds an Antarctic glacier's floating tongue shrank fast (masthead, menu, crumb, headline carrying the study through finds, dek with a causal claim and no verb of saying, byline, date line with read time, share strip, caption and slash credit, according to a study published in a journal kept as written, an unsourced comparison of rates, Dr. before a lead author who is first named in a sentence of method without speaking, ± and Fig. in brackets at the end of a sentence, the lead author quoted by surname and in a quote sentence without a verb, The researchers wrote with i.e. inside, ca. before a figure, an at-a-glance box with its title and three bullets with ~, ≈ and vs., Prof. dropped from an outside expert who was not involved, He cautioned, a historical fact in his quote, an opinion and a wish after it, according to the study, a hypothetical and a measurement through said and She said, the writer's own line, a plan of record with the attribution at the end, funding note, journal reference with et al., related list, newsletter line, footer)",
    "Australian regional daily's live blog in Queensland, a tropical cyclone crosses the coast (masthead, account strip, menu, LIVE label, headline with a category and a figure, standfirst prompt, two-name byline, updated line with pm and AEST, share strip, a key-points box with its title and four bullets of fact with km/h and pm, a pinned help entry with its headline and advice, entries newest first with time stamps, Key event labels and entry bylines, entry headlines labelled like headlines and carrying the source through says, a power company through says and its spokeswoman named after her role with a rule of record, Category numbers, the Bureau of Meteorology through says and It says with a forecast, a quote headline with says carrying a mother who is first described and then quoted over three sentences, Deputy Commissioner dropped with told a media conference, advice in her quotes and a figure of record after She said, Shire Mayor Cr dropped with says and Cr before a surname with said, according to Bureau records with pm times, a joining-us summary with a fact, a forecast, closures of record and advice without a speaker, load-more and back-to-top lines, more-coverage list, footer with Pty Ltd and ABN)",
    "Irish regional weekly's site in Co. Leitrim, an interview (Q&A) with a rural national school's principal as she retires (masthead, menu, account strip, section label in capitals, headline with a figure, standfirst with figures, byline, date line with a 24-hour time, share strip, caption and Photo credit, an introduction of record without a speaker, the interviewee described at the interview, an edited-for-length line, questions without a prefix and without a speaker, answers with the full name in capitals as prefix and later the surname alone, every answer sentence carrying her with the prefix as written, private circumstances, figures and dates of record and feelings mixed inside answers, one-word answers, a question that cites the Department of Education through says, a question that cites a report through according to, her successor named in an answer who does not speak, a retirement evening of record through the board of management said, read-more line, more-from list, tip line with a question, footer)",
    "Scottish regional daily's site, a sheriff court report: a roofing firm is fined after an apprentice falls through a skylight (masthead, account strip, menu, crumb, headline with a fine, semicolon standfirst without a speaker, byline with role, date line with pm, share strip, caption and Picture credit, the fine, the contract and the plea as facts and acts of record without a speaker, Ltd. inside a sentence and etc. inside the name of an Act ending a sentence, Procurator fiscal depute dropped with told the court, she said and Mrs before a surname, An investigation by the HSE through found, Defence solicitor dropped, the firm's managing director named in mitigation who does not speak, Mr before a surname with said, Sheriff dropped with a discount of record and a quote over two sentences, a sentence of record with She and no verb of saying, a victim statement read to the court through said and said in the statement, Speaking after the case with a role before the name and a figure of record, the firm through did not respond to a request for comment, the victim's mother with a partial quote, court-reporting note, related list, comments notice, footer with Ltd.)",
    "South African business site, a markets report: the JSE slips as platinum miners slide and the rand weakens (masthead, ticker strip with arrows, menu, section label in capitals, headline with R and /$, semicolon standfirst without a speaker, byline with a pipe, date line with a dash and a 24-hour time, share strip, index and metal moves of record without a speaker, Ltd. inside a sentence before a verb, R with decimals and per cent, The miner said in a trading update with guidance of record and It said resolved to the name as first given, an analyst named with her firm through said, a figure of record inside her quote and a rating change through She said, a currency move of record with a 24-hour time, an economist quoted before said with his role after his name, a forecast through He said, a release date of record, economists polled through expect, y/y, a figure of record with percentage points, a retailer's move and The group said, the central bank's meeting date of record, market-data and disclaimer lines, related list, footer with (Pty) Ltd.)",
    "Press release on a US newswire's site, a family-owned food maker announces a plant and 240 jobs in North Carolina (provider lines, date line with ET, share prompt and strip, headline in title case with figures, subhead with a semicolon and a plan of record, N.C. and Sept. dateline with the wire's name between slashes and a double hyphen, the company through today announced with a descriptor after its name dropped, plant and construction figures of record without a speaker, a chief executive quoted over three sentences with her title after her name and a figure of record in the middle one, hiring and wage figures of record, a careers-page service tip that looks like furniture, a county grant approved on Sept. 8 ending a sentence, a county commission chair quoted with a figure of record and a hope, a training plan of record, About boilerplate, forward-looking statements, media contact block, SOURCE line, related links, a wire promotion with a question)",
    "Welsh weekly's site, an opinion column on the closure of a market town's last bank branch (masthead, menu, account strip, crumb, headline and standfirst as opinions, byline with a middle dot and role, date-only line, share strip, first-person private memories, a closure date and distance of record without a speaker, The bank says, short opinions, a neighbour named by her given name only through told me, according to figures compiled by a campaign group kept as written, an unsourced figure of record, In a statement to this paper the bank said with am and pm, Post Office opening hours that look like furniture but are story, an imperative aside, shared banking hubs of record, a rhetorical question, The bank said with a review of record, a question of the columnist's own, a Member of the Senedd named after his role through told me and an act of record without a verb of saying, the columnist's closing opinions, bio in two sentences, views disclaimer, comment strip, related list, footer with No.)",
    "US nonprofit statehouse newsroom in Minnesota, a politics story: the state Senate passes a bill for later high school start times (masthead, donate strip, menu, section label in capitals, headline with a vote, semicolon standfirst carrying a school boards coalition through say, byline, date line with PM, republish and share strip, caption naming a senator, ST. PAUL dateline, a.m. before a comma, a vote of record naming a crossover senator with Sen. and a bill designation S.F., Sen. and a party-town label dropped from the author, a.m. ending a sentence, said on the Senate floor with an opinion, districts named in a figure of record through She said, according to a survey by the state Department of Education, an opposing senator (a man) through said with a forecast, a checkable claim about funding in his quote and a failed amendment of record through He said, a coalition said in written testimony and It estimated, A fiscal note from a state agency through said, a student named in the gallery and then quoted, H.F. designation with a committee of record, a House author through said with a forecast, The governor's office said in a statement, the paper's question answered by a waiver rule of record, republish and funding lines, related list, bio with contact, footer)",
]

ARTICLES = [
    [  # 1. English regional daily's site pasted whole, a district council's cabinet votes to close a 1930s lido
        [("We value your privacy", "", "", "B")],
        [("We and our 214 partners use cookies and similar technologies to store and access information on your device.", "", "", "B"),
         ("Some are strictly necessary for the site to work; others help us measure audiences and show you personalised advertising.", "", "", "B"),
         ("You can change your choices at any time by clicking Privacy settings at the bottom of any page.", "", "", "B")],
        [("Accept all   Reject all   Manage preferences", "", "", "B")],
        [("The Wendlestow Gazette", "", "", "B")],
        [("Subscribe   Sign in   Register", "", "", "B")],
        [("Home   News   Sport   What's On   Property   Jobs   Announcements   Puzzles", "", "", "B")],
        [("Home › News › Politics", "", "", "B")],
        [("Councillors vote to close 1930s lido after £4.6m repair bill", "", "", "W")],
        [("Pool will shut on September 13; campaigners say they will ask the High Court to review the decision", "Save Pennistock Lido", "say", "W")],
        [("By Harriet Osehene  |  Chief Reporter", "", "", "B")],
        [("14:32, Wed 10 Jun 2026   Updated 16:05, Wed 10 Jun 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email   87 comments", "", "", "B")],
        [("Swimmers at Pennistock Lido on the first morning of the season in May.", "", "", ""),
         ("Picture: Gazette archive", "", "", "B")],
        [("Wendlestow District Council's cabinet voted 6-2 on Tuesday evening to close Pennistock Lido at the end of the summer season, on September 13.", "", "", "W"),
         ("The open-air pool on Sandlingate Parade opened in 1934 and has been run by the council ever since.", "", "", "W")],
        [("The pool's concrete tank is cracked in 41 places and loses up to 60,000 litres of water a day, according to a structural survey carried out for the council in March.", "a structural survey carried out for the council in March", "according to", "W"),
         ("The survey found that repairs would cost about £4.6 million.", "The survey", "found", "W")],
        [("Council leader Cllr Fenella Brockwelle said the council's budget for repairs at all of its leisure sites was £1.2 million a year.", "Fenella Brockwelle", "said", "W"),
         ("“Nobody in this room wanted to be the cabinet that closed the lido,” she said.", "Fenella Brockwelle", "said", ""),
         ("“But to pay for it we would have to stop repairing every other pool and sports hall in the district for four years.”", "Fenella Brockwelle", "said", "W")],
        [("You've read 3 of your 4 free articles this month.", "", "", "B"),
         ("Subscribe for £1 for your first three months and get unlimited access to the Gazette online.", "", "", "B")],
        [("Already a subscriber?", "", "", "B"),
         ("Sign in", "", "", "B")],
        [("Subscribe now", "", "", "B")],
        [("The two votes against came from Cllr Aurelio Penhalurrow and Cllr Bridget Fitchmore, the cabinet members for communities and for finance.", "", "", "W"),
         ("Penhalurrow said the council had spent £310,000 on consultants for its new civic offices in the past two years.", "Aurelio Penhalurrow", "said", "W"),
         ("“This is about priorities, and I think we've got them wrong,” he said.", "Aurelio Penhalurrow", "said", "")],
        [("The campaign group Save Pennistock Lido, which has 4,300 members, said it would apply to the High Court for a judicial review of the decision.", "Save Pennistock Lido", "said", "W"),
         ("Its chair, Rosalind Ekwuanda-Tarranock, said the group had raised £86,000 towards repairs since January.", "Rosalind Ekwuanda-Tarranock", "said", "W"),
         ("“We are not asking the council for a gold-plated pool,” she said.", "Rosalind Ekwuanda-Tarranock", "said", ""),
         ("“We are asking for time.”", "Rosalind Ekwuanda-Tarranock", "said", "")],
        [("Sign up to the Gazette's free daily newsletter for the day's top stories at 7am", "", "", "B")],
        [("The lido had 38,200 visits last season, down from 51,000 in 2019, according to council figures.", "council figures", "according to", "W"),
         ("Season tickets for 2026, which cost £95 for adults, will not be refunded, the council said.", "the council", "said", "W")],
        [("Maureen Dallimure, 79, who has swum at the lido on summer mornings since 1968, sat in the public gallery with a towel folded on her knees.", "", "", ""),
         ("“I learned to swim here, my children learned here and my grandchildren learned here,” she said.", "Maureen Dallimure", "said", ""),
         ("“Where are they supposed to go now, the sea?”", "Maureen Dallimure", "said", "")],
        [("A council spokesperson said the site would be fenced off after it closes and that no decision had been taken on what to do with it.", "A council spokesperson", "said", "W")],
        [("Under the council's constitution, a cabinet decision can be called in for review by five councillors who are not in the cabinet, within five working days.", "", "", "W"),
         ("Opposition leader Cllr Ifor Glanmorrow said he had collected seven signatures by Wednesday morning.", "Ifor Glanmorrow", "said", "W"),
         ("The scrutiny committee would then have to meet by June 24.", "", "", "W")],
        [("Will the pool open again next summer?", "", "", ""),
         ("Brockwelle said she would not rule anything out if the campaign could find the money.", "Fenella Brockwelle", "said", "")],
        [("Read more: Pennistock Lido opens for what could be its last summer", "", "", "B")],
        [("Most read", "", "", "B")],
        [("1", "", "", "B")],
        [("Roadworks to close Castle Hill for six weeks from Monday", "", "", "B")],
        [("2", "", "", "B")],
        [("Wendlestow bakery named best in the county", "", "", "B")],
        [("Comments are closed on this article.", "", "", "B")],
        [("© 2026 Pennarvon Media Group Ltd, registered in England and Wales No. 04417832.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Privacy settings   Cookie policy   Terms and conditions   Contact us", "", "", "B")],
    ],
    [  # 2. International wire service's own site, an Indonesian volcano erupts and forces evacuations
        [("Kordavia", "", "", "B")],
        [("World   Business   Markets   Climate   Legal   Technology   Investigations   More", "", "", "B")],
        [("Asia Pacific", "", "", "B")],
        [("Indonesia evacuates 11,000 as Mount Lerakatu erupts, ash shuts island airport", "", "", "W")],
        [("By Dewi Anggraeni-Sutopo and Rizal Hutapea-Marbun", "", "", "B")],
        [("March 4, 2026 9:12 AM GMT+7 Updated 3 hours ago", "", "", "B")],
        [("Share   X   Facebook   LinkedIn   Email   Link", "", "", "B")],
        [("Ash rises from Mount Lerakatu as seen from Tobaleo village in North Maluku province, Indonesia, March 4, 2026.", "", "", ""),
         ("Lintas Foto/Arief Tuasikal-Rumra via KORDAVIA", "", "", "B"),
         ("ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.", "", "", "B"),
         ("MANDATORY CREDIT.", "", "", "B"),
         ("INDONESIA OUT.", "", "", "B")],
        [("Purchase Licensing Rights, opens new tab", "", "", "B")],
        [("JAKARTA, March 4 (Kordavia) - Indonesia evacuated more than 11,000 people from villages around Mount Lerakatu in North Maluku province on Wednesday after the volcano erupted before dawn, sending a column of ash 7 km (4.3 miles) into the sky, officials said.", "officials", "said", "W")],
        [("The Centre for Volcanology and Geological Hazard Mitigation (PVMBG) raised the volcano's alert status to its highest level at 2:40 a.m. (1740 GMT on Tuesday) and widened the exclusion zone around the crater to 7 km, it said in a statement.", "The Centre for Volcanology and Geological Hazard Mitigation (PVMBG)", "said in a statement", "W")],
        [("No deaths had been reported by midday, said Teguh Wirananta-Sopacua, a spokesperson for the National Disaster Management Agency (BNPB).", "Teguh Wirananta-Sopacua", "said", "W"),
         ("Two people were taken to hospital with breathing problems, he said.", "Teguh Wirananta-Sopacua", "said", "W"),
         ("\"The biggest danger now is the ash and, if heavy rain comes, cold lava flows,\" he told Kordavia by telephone.", "Teguh Wirananta-Sopacua", "told Kordavia", "")],
        [("The airport on the neighbouring island of Kelamora will stay closed until at least 6 p.m. on Thursday, according to a notice to airmen.", "a notice to airmen", "according to", "W"),
         ("Domestic carrier AirNusa said it had cancelled 14 flights to and from the island and would rebook passengers free of charge.", "AirNusa", "said", "W")],
        [("In Tobaleo, the village closest to the crater, grey ash lay several centimetres deep on roofs and roads by mid-morning, a Kordavia witness said.", "a Kordavia witness", "said", ""),
         ("\"We heard a sound like thunder, and then stones were falling on the roof,\" said Siti Nurhalimah Gurabati, 44, who fled with her three children to a school being used as a shelter 15 km away.", "Siti Nurhalimah Gurabati", "said", ""),
         ("\"We left everything, even the goats.\"", "Siti Nurhalimah Gurabati", "said", "")],
        [("PT Kelamora Logam Utama, which runs a nickel processing plant about 25 km southwest of the volcano, said in a statement it had halted production as a precaution and moved 2,300 workers to a company camp outside the danger zone.", "PT Kelamora Logam Utama", "said in a statement", "W"),
         ("The plant accounts for about 4% of Indonesia's output of nickel pig iron, according to data from consultancy Ferrovane Research.", "data from consultancy Ferrovane Research", "according to", "W")],
        [("Benchmark three-month nickel on the London Metal Exchange rose as much as 1.9% to $17,480 a metric ton in early Asian trade, its biggest intraday gain in three weeks.", "", "", "W")],
        [("Lerakatu, a 1,640-metre (5,380-ft) volcano, last erupted in 2019, when about 4,000 people were evacuated for a month, according to PVMBG records.", "PVMBG records", "according to", "W"),
         ("Indonesia lies on the Pacific \"Ring of Fire\", a belt of volcanoes and fault lines that circles the Pacific basin.", "", "", "W")],
        [("Hendra Malawat-Ruhunlela, the head of the PVMBG observation post at Tobaleo, said further eruptions were likely in the coming days.", "Hendra Malawat-Ruhunlela", "said", ""),
         ("\"The volcanic earthquakes have not decreased since this morning,\" he said.", "Hendra Malawat-Ruhunlela", "said", "W"),
         ("\"People must not go back to their houses to check on them, even for a short time.\"", "Hendra Malawat-Ruhunlela", "said", "")],
        [("(Reporting by Dewi Anggraeni-Sutopo in Jakarta and Rizal Hutapea-Marbun in Manado; Additional reporting by Felix Tanudirdja in Singapore; Writing by Martin Pettifane; Editing by Sharmila Venkatachari)", "", "", "B")],
        [("Our Standards: The Kordavia Editorial Code.", "", "", "B")],
        [("Suggested Topics:", "", "", "B")],
        [("Asia Pacific   Disasters   Commodities   Metals", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("Philippine province declares state of calamity after week of floods", "", "", "B")],
        [("Nickel smelters in Sulawesi brace for tighter export rules", "", "", "B")],
        [("All quotes delayed a minimum of 15 minutes.", "", "", "B"),
         ("See here for a complete list of exchanges and delays.", "", "", "B")],
        [("© 2026 Kordavia.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. US small-town weekly's site in Vermont, town meeting buys a fire engine and turns down a town office renovation
        [("The Pellsford Valley Courier", "", "", "B")],
        [("Serving Pellsford, East Wyburnet and Hollinsgap since 1887", "", "", "B")],
        [("Home   News   Town Meeting 2026   Schools   Sports   Obituaries   Letters   Calendar", "", "", "B")],
        [("Subscribe   |   Log in   |   e-Edition", "", "", "B")],
        [("TOWN MEETING 2026", "", "", "B")],
        [("Pellsford voters OK $1.18 million fire engine, turn down town office makeover", "", "", "W")],
        [("By Lorna Tetreault | Courier Staff", "", "", "B")],
        [("Mar 4, 2026", "", "", "B")],
        [("PELLSFORD — Voters at Tuesday's town meeting agreed to buy a new fire engine for $1.18 million but turned down, by paper ballot, a $640,000 plan to renovate the town office on Depot St.", "", "", "W"),
         ("About 310 of the town's 1,947 registered voters filled the gym at Pellsford Elementary School for the meeting, which ran from 10 a.m. to just after 4 p.m.", "", "", "W")],
        [("Fire Chief Dana Whellock-Ngatahi told voters the department's current engine, bought used in 1998, failed its annual pump test in October and has cost the town $47,000 in repairs since 2022.", "Dana Whellock-Ngatahi", "told voters", "W"),
         ("“When that truck leaves the station, I'm never sure it's coming back on its own wheels,” she said.", "Dana Whellock-Ngatahi", "said", "")],
        [("Select Board Chair Ruth Ann Gagnebin said the engine would be paid for with a 10-year bond that would add about $38 a year to the tax bill on a home assessed at $250,000.", "Ruth Ann Gagnebin", "said", "W")],
        [("Harlan Pettengale, who milks 60 cows on the Ridge Road, asked why the town could not buy another used engine from a bigger department, as it did in 1998.", "Harlan Pettengale", "asked", ""),
         ("Whellock-Ngatahi said the department had looked at four used engines since last spring and none had passed a pump test.", "Dana Whellock-Ngatahi", "said", "W"),
         ("The article passed on a voice vote after about 40 minutes of debate.", "", "", "W")],
        [("The town office renovation failed 142-171 in a paper ballot requested by seven voters.", "", "", "W"),
         ("Supporters said the 1911 building has no elevator, no accessible bathroom and a septic system that failed twice last year.", "Supporters", "said", "W"),
         ("“We have people who can't manage the stairs wait in the parking lot while we carry the land records out to their cars,” said Town Clerk Marguerite Desrochette, who has held the job since 2009.", "Marguerite Desrochette", "said", ""),
         ("Opponents said the town should wait until the fire engine bond was paid down before taking on another loan.", "Opponents", "said", "")],
        [("“It's not that anybody's against the clerk,” Pettengale said.", "Harlan Pettengale", "said", ""),
         ("“It's that we only get to spend the money once.”", "Harlan Pettengale", "said", "")],
        [("The $6.2 million budget for Pellsford Elementary School, voted by Australian ballot, passed 402-288, according to unofficial results posted by the town clerk on Tuesday night.", "unofficial results posted by the town clerk on Tuesday night", "according to", "W"),
         ("Turnout for the Australian ballot was 694, or 36% of registered voters, according to the clerk's office.", "the clerk's office", "according to", "W"),
         ("Select Board member Wendell Lindmark was re-elected to a three-year term, beating challenger Cassie Mroczek 361-329.", "", "", "W"),
         ("Voters also approved $14,000 for the Pellsford Free Library and $2,500 for the Hollinsgap Cemetery Association.", "", "", "W")],
        [("Members of the Pellsford Grange served their usual lunch of baked beans, ham and pie, and raised $1,140 for the Pellsford Food Shelf.", "", "", "W"),
         ("The meeting broke for lunch at 12:15 p.m. and resumed at 1 p.m. sharp, when the moderator, Everett Slocumb, brought it back to order with a gavel made from a beam of the old covered bridge.", "", "", "")],
        [("And the old engine?", "", "", ""),
         ("Whellock-Ngatahi said the department would try to sell it, “probably to somebody who wants it for parades.”", "Dana Whellock-Ngatahi", "said", "")],
        [("Correction: An earlier version of this story gave the wrong vote count for the town office article.", "", "", "B")],
        [("Letters about town meeting must reach us by noon Monday, March 9, to run in next week's paper.", "", "", "B")],
        [("Have a news tip?", "", "", "B"),
         ("Call 802-555-0193 or email news@pellsfordcourier.com.", "", "", "B")],
        [("Related: What's on the 2026 town meeting warning", "", "", "B")],
        [("© 2026 Pellsford Valley Press.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Canadian community paper's sports page in Nova Scotia, a junior hockey playoff game won in overtime
        [("The Kellowick Shore Beacon", "", "", "B")],
        [("News   Sports   Business   Opinion   Obituaries   Classifieds   e-Paper", "", "", "B")],
        [("Sports › Hockey › AVJHL", "", "", "B")],
        [("FINAL/OT   Tarvick 3   Port Kellowick 4", "", "", "B")],
        [("Port Kellowick leads best-of-seven semifinal 3-2", "", "", "B")],
        [("Sauvagine-Doucet's overtime winner puts Shoalers one win from final", "", "", "W")],
        [("Port Kellowick comes back from two goals down in the third period in front of 1,412 at Memorial Arena", "", "", "W")],
        [("Colby Ferreirano  ·  Sports Reporter", "", "", "B")],
        [("Published Mar. 22, 2026 12:06 a.m.  ·  Last updated Mar. 22, 2026 9:30 a.m.", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Port Kellowick's Rémi Sauvagine-Doucet, centre, celebrates his overtime goal against the Tarvick Lumberjacks on Saturday night.", "", "", "W"),
         ("(Photo: Annika Tettemer / Beacon)", "", "", "B")],
        [("PORT KELLOWICK, N.S. — Rémi Sauvagine-Doucet scored 2:14 into overtime Saturday night as the Port Kellowick Shoalers came back from two goals down to beat the Tarvick Lumberjacks 4-3 in Game 5 of their Atlantic Valley Junior Hockey League semifinal.", "", "", "W"),
         ("The Shoalers lead the best-of-seven series 3-2 and can close it out Monday in Tarvick.", "", "", "W")],
        [("Tarvick led 3-1 after two periods on goals by Jacob Lindqvill, Owen St. Croix-Maltby and Tyler Nakamuro.", "", "", "W"),
         ("Lucas Fennimoor cut the lead to one on a power play at 4:51 of the third, and defenceman Mathis Archambelle tied it with 1:07 left, with the Shoalers' goalie on the bench for an extra attacker.", "", "", "W"),
         ("In overtime, Sauvagine-Doucet took a pass from Fennimoor at the blue line and beat Tarvick goalie Ethan MacSween over the glove.", "", "", "W")],
        [("Shoalers head coach Lionel Kwantock said he had thought about pulling his goalie even earlier.", "Lionel Kwantock", "said", ""),
         ("“Down two in the third, in the semis, you've got nothing left to lose,” he said.", "Lionel Kwantock", "said", ""),
         ("“We've scored with the goalie pulled four times this season.”", "Lionel Kwantock", "said", "W")],
        [("Tarvick coach Gord Vandermeulen said his team stopped skating after the second period.", "Gord Vandermeulen", "said", ""),
         ("“We played 40 good minutes,” he said.", "Gord Vandermeulen", "said", ""),
         ("“You don't win a playoff game with 40 minutes.”", "Gord Vandermeulen", "said", "")],
        [("Vandermeulen said forward Noah Lebrecquet, the league's leading scorer with 47 goals, would miss Game 6 with a shoulder injury.", "Gord Vandermeulen", "said", "W")],
        [("MacSween made 31 saves for Tarvick, while Port Kellowick's Daniel Ouellemont stopped 38 of 41 shots.", "", "", "W"),
         ("The crowd of 1,412 was the largest at the Kellowick Memorial Arena this season, the club said.", "the club", "said", "W")],
        [("Sauvagine-Doucet, 19, said it was his first overtime goal since minor hockey.", "Rémi Sauvagine-Doucet", "said", "W"),
         ("“I didn't even see it go in,” he said.", "Rémi Sauvagine-Doucet", "said", ""),
         ("“I just heard the horn and then everybody was on top of me.”", "Rémi Sauvagine-Doucet", "said", "")],
        [("Game 6 is Monday at 7 p.m. at the Tarvick Forum, and a Game 7, if needed, would be Wednesday at 7:30 p.m. in Port Kellowick.", "", "", "W"),
         ("The winner will play the Ardmillan Rangers, who swept the Saltmeade Islanders in the other semifinal, for the league title, the league said.", "the league", "said", "W")],
        [("Can the Shoalers finish it on the road?", "", "", ""),
         ("“Ask me Tuesday,” Kwantock said.", "Lionel Kwantock", "said", "")],
        [("SCORING SUMMARY", "", "", "B")],
        [("1st period — PK: Sauvagine-Doucet (Fennimoor, Archambelle), 6:32; TAR: Lindqvill (Nakamuro), 14:10 (PP)", "", "", "")],
        [("2nd period — TAR: St. Croix-Maltby (unassisted), 3:48; TAR: Nakamuro (Lindqvill, Lebrecquet), 17:55", "", "", "")],
        [("3rd period — PK: Fennimoor (Sauvagine-Doucet), 4:51 (PP); PK: Archambelle (Sauvagine-Doucet, Fennimoor), 18:53 (6x5)", "", "", "")],
        [("OT — PK: Sauvagine-Doucet (Fennimoor), 2:14", "", "", "")],
        [("Shots — TAR 14-13-12-2: 41; PK 8-9-14-4: 35", "", "", "")],
        [("Goaltenders — TAR: MacSween (L, 31 saves on 35 shots); PK: Ouellemont (W, 38 saves on 41 shots)", "", "", "")],
        [("Power plays — TAR 1-for-4; PK 1-for-3", "", "", "")],
        [("Referees — Martin Gaudrenne, Kyle Pembertine", "", "", "")],
        [("Attendance — 1,412", "", "", "")],
        [("MORE SPORTS", "", "", "B")],
        [("Ardmillan sweeps Saltmeade to reach AVJHL final", "", "", "B")],
        [("Port Kellowick curlers win provincial senior title", "", "", "B")],
        [("© 2026 Kellowick Shore Beacon, a division of Pintara Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Science-news site, a satellite study finds an Antarctic glacier's floating tongue shrank fast
        [("Fieldwright Science", "", "", "B")],
        [("Space   Earth   Climate   Health   Physics   Animals   Newsletters", "", "", "B")],
        [("Earth › Polar", "", "", "B")],
        [("Antarctic glacier's floating tongue shrank by 11 km in four years, satellite study finds", "a study published Wednesday in Polar Geoscience Letters", "finds", "W")],
        [("Warm ocean water reaching the underside of the ice is the most likely cause", "", "", "W")],
        [("By Ingrid Solvangen", "", "", "B")],
        [("April 15, 2026  ·  6 min read", "", "", "B")],
        [("Share   Save   Print", "", "", "B")],
        [("The front of the Brennholt ice tongue, photographed from a research flight in January 2025.", "", "", ""),
         ("Photo: Pål Haugsdal/Vestre Polar Institute", "", "", "B")],
        [("The floating tongue of Brennholt Glacier in East Antarctica lost about 11 km of its length between 2021 and 2025, according to a study published Wednesday in Polar Geoscience Letters.", "a study published Wednesday in Polar Geoscience Letters", "according to", "W"),
         ("That is roughly 2.8 km a year, about four times the rate measured between 2000 and 2020.", "", "", "W")],
        [("The team, led by glaciologist Dr. Kaija Mertanen of the Vestre Polar Institute in Oslo, combined radar images from four satellites with ice-thickness data from two research flights.", "", "", "W"),
         ("They mapped the position of the ice front every 12 days, to within ± 0.4 km (Fig. 2 in the paper).", "", "", "W")],
        [("“We expected to see some retreat,” Mertanen said.", "Kaija Mertanen", "said", ""),
         ("“We did not expect it to be this fast.”", "Kaija Mertanen", "said", "")],
        [("The researchers wrote that water up to 1.1 °C above the local freezing point had reached the glacier's grounding line, i.e. the point where the ice lifts off the seabed and begins to float.", "The researchers", "wrote", "W"),
         ("Mertanen said the retreat had been fastest in the austral summer of 2023–24, when the tongue lost ca. 4.1 km, most of it in a single calving event in February.", "Kaija Mertanen", "said", "W")],
        [("AT A GLANCE", "", "", "B")],
        [("• Ice front retreated ~11 km between 2021 and 2025", "", "", "W")],
        [("• Retreat rate ≈ 2.8 km/yr vs. ~0.7 km/yr in 2000–2020", "", "", "W")],
        [("• Ice thinned by up to 38 m near the grounding line", "", "", "W")],
        [("Prof. Anselm Kirchbaumer, a glaciologist at the University of Wendhaven who was not involved in the study, said the measurements were “careful and convincing.”", "Anselm Kirchbaumer", "said", ""),
         ("He cautioned that four years is a short record for a glacier that has advanced and retreated before.", "Anselm Kirchbaumer", "cautioned", ""),
         ("“Brennholt lost a similar piece of its tongue in the 1960s, and it grew back within 20 years,” he said.", "Anselm Kirchbaumer", "said", "W"),
         ("“So I would not call this a collapse yet.”", "Anselm Kirchbaumer", "said", ""),
         ("He said he would like to see the ocean measurements repeated next summer.", "Anselm Kirchbaumer", "said", "")],
        [("The glacier drains a basin holding enough ice to raise global sea level by about 0.9 m if it all melted, according to the study.", "the study", "according to", "W"),
         ("Mertanen said the tongue works like a cork, holding back the ice behind it, and that losing it could speed up the flow of the whole glacier into the sea.", "Kaija Mertanen", "said", ""),
         ("She said the team's GPS stations on the ice had recorded the flow speeding up by 9% since 2022.", "Kaija Mertanen", "said", "W")],
        [("What happens next depends on the ocean.", "", "", ""),
         ("The team will return to Brennholt in November to moor two instruments in the water in front of the ice, Mertanen said.", "Kaija Mertanen", "said", "W")],
        [("The study was funded by the Research Council of Norway and the Vestre Polar Institute.", "", "", "B")],
        [("Journal reference: Mertanen K, Haugsdal P, Obifuna T, et al. Rapid retreat of the Brennholt ice tongue, East Antarctica, 2021–2025. Polar Geosci Lett. 2026;9(2):114-127.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Sea ice around Antarctica hits a winter low for the third year running", "", "", "B")],
        [("How scientists weigh an ice sheet from space", "", "", "B")],
        [("Get Fieldwright's weekly science digest every Friday.", "", "", "B")],
        [("© 2026 Fieldwright Media, Inc.   Privacy   Terms   Contact", "", "", "B")],
    ],
    [  # 6. Australian regional daily's live blog in Queensland, a tropical cyclone crosses the coast
        [("The Mulgarrie Coast Daily", "", "", "B")],
        [("Subscribe   Log in", "", "", "B")],
        [("News   Weather   Sport   Business   Community   Obituaries   Puzzles", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Cyclone Ondessa live: Category 3 system crosses coast near Mulgarrie Heads, 38,000 homes without power", "", "", "W")],
        [("Follow our live coverage as the cyclone moves inland.", "", "", "B")],
        [("By Jess Brandtner and Tomasz Wrobleski", "", "", "B")],
        [("Updated 6.48pm AEST Thursday, 12 February 2026", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [("Key points:", "", "", "B")],
        [("• Ondessa crossed the coast about 20km north of Mulgarrie Heads at about 1.30pm as a Category 3 cyclone", "", "", "W")],
        [("• A gust of 178km/h was recorded at Cape Tallowin", "", "", "W")],
        [("• About 38,000 homes and businesses are without power", "", "", "W")],
        [("• Evacuation centres are open in Mulgarrie Heads and Port Corrinda", "", "", "W")],
        [("Pinned", "", "", "B")],
        [("Where to get help", "", "", "")],
        [("For help with storm damage, call the State Emergency Service.", "", "", ""),
         ("If your life is in danger, call Triple Zero (000).", "", "", "")],
        [("6.41pm", "", "", "B")],
        [("By Jess Brandtner", "", "", "B")],
        [("Power out for 38,000 homes, Capgrid says", "Capgrid Energy", "says", "W")],
        [("Capgrid Energy says 38,000 homes and businesses between Cape Tallowin and Port Corrinda are now without power, up from 21,000 at 4pm.", "Capgrid Energy", "says", "W"),
         ("Spokeswoman Karyn Petrakidou said crews would not be sent out until the wind dropped below 90km/h.", "Karyn Petrakidou", "said", "W"),
         ("“Some people are going to be without power for days, not hours,” she said.", "Karyn Petrakidou", "said", "")],
        [("5.55pm", "", "", "B")],
        [("Key event", "", "", "B")],
        [("By Tomasz Wrobleski", "", "", "B")],
        [("Ondessa weakens to Category 2", "", "", "W")],
        [("The Bureau of Meteorology says Ondessa has weakened to a Category 2 system about 60km west-south-west of Mulgarrie Heads and is moving inland at 15km/h.", "The Bureau of Meteorology", "says", "W"),
         ("It says damaging winds and heavy rain will continue overnight, with falls of up to 300mm possible in the ranges.", "the Bureau of Meteorology", "says", "")],
        [("5.10pm", "", "", "B")],
        [("By Jess Brandtner", "", "", "B")],
        [("‘The roof just peeled off’, says Port Corrinda mum", "Leanne Pittaway", "says", "")],
        [("Leanne Pittaway, her partner and their two children spent two hours in the bathroom of their home on Ternbury Street as Ondessa's core passed over Port Corrinda.", "", "", ""),
         ("“We heard a bang and then the roof just peeled off the back bedroom like the lid of a sardine tin,” she said.", "Leanne Pittaway", "said", ""),
         ("“The kids were amazing.”", "Leanne Pittaway", "said", ""),
         ("“My youngest kept asking if the dog could get in the bath too.”", "Leanne Pittaway", "said", "")],
        [("4.25pm", "", "", "B")],
        [("By Tomasz Wrobleski", "", "", "B")],
        [("Evacuation centres hold 4,100 people, disaster coordinator says", "Alison Threlwynd", "says", "W")],
        [("State disaster coordinator Deputy Commissioner Alison Threlwynd told a media conference in Brisbane that 4,100 people had registered at 11 evacuation centres across the region.", "Alison Threlwynd", "told a media conference", "W"),
         ("“If you are in a safe place, stay there,” she said.", "Alison Threlwynd", "said", ""),
         ("“Do not drive through floodwater, not tonight, not tomorrow.”", "Alison Threlwynd", "said", ""),
         ("She said police had carried out 37 rescues since midnight, most of them from cars caught on flooded roads.", "Alison Threlwynd", "said", "W")],
        [("3.02pm", "", "", "B")],
        [("By Jess Brandtner", "", "", "B")],
        [("Mayor says no injuries reported in Mulgarrie Heads", "Doug Hennessy", "says", "W")],
        [("Mulgarrie Shire Mayor Cr Doug Hennessy says no injuries have been reported in the town, although dozens of trees are down along the Esplanade and three streets are blocked.", "Doug Hennessy", "says", "W"),
         ("“We've lost trees, we've lost fences, we might have lost a few roofs,” Cr Hennessy said.", "Doug Hennessy", "said", ""),
         ("“We haven't lost anybody, and that's what matters.”", "Doug Hennessy", "said", "")],
        [("1.38pm", "", "", "B")],
        [("Key event", "", "", "B")],
        [("By Tomasz Wrobleski", "", "", "B")],
        [("Ondessa crosses the coast", "", "", "W")],
        [("The Bureau of Meteorology says Ondessa crossed the coast about 20km north of Mulgarrie Heads at about 1.30pm as a Category 3 cyclone.", "The Bureau of Meteorology", "says", "W"),
         ("A gust of 178km/h was recorded at Cape Tallowin at 12.52pm, the strongest on the Queensland coast since 2019, according to Bureau records.", "Bureau records", "according to", "W")],
        [("11.20am", "", "", "B")],
        [("By Jess Brandtner", "", "", "B")],
        [("What you need to know this morning", "", "", "")],
        [("If you're just joining us, Ondessa is about 30km north-east of Mulgarrie Heads and moving south-west at 12km/h.", "", "", "W"),
         ("It is expected to cross the coast early this afternoon.", "", "", ""),
         ("Schools in the Mulgarrie and Corrinda shires are closed today and tomorrow, and the coast road is closed between Tallowin Creek and Yallambrook Junction.", "", "", "W"),
         ("Check your council's website for sandbag locations.", "", "", "")],
        [("Load more updates", "", "", "B")],
        [("Back to top", "", "", "B")],
        [("More on Cyclone Ondessa", "", "", "B")],
        [("What the cyclone categories mean", "", "", "B")],
        [("How to claim disaster payments after Ondessa", "", "", "B")],
        [("© 2026 Mulgarrie Coast Media Pty Ltd", "", "", "B")],
        [("ABN 51 004 882 317", "", "", "B")],
    ],
    [  # 7. Irish regional weekly's site in Co. Leitrim, an interview
        [("The Breifne Ledger", "", "", "B")],
        [("News   Sport   Farming   Community   Opinion   Property   Death Notices", "", "", "B")],
        [("Sign in   Subscribe", "", "", "B")],
        [("INTERVIEW", "", "", "B")],
        [("Drumcahill principal bows out after 31 years with a warning about teacher shortages", "", "", "W")],
        [("Bríd Ní Mhaoilchiaráin took over a two-teacher school with 14 pupils in 1995, and leaves it with 38 and a waiting list", "", "", "W")],
        [("By Orla Tiernavan", "", "", "B")],
        [("Sat, 27 Jun 2026, 07:00", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Bríd Ní Mhaoilchiaráin in the yard of Scoil Chianáin, Drumcahill, on the last day of term.", "", "", ""),
         ("Photo: Declan Forkan", "", "", "B")],
        [("When Bríd Ní Mhaoilchiaráin arrived at Scoil Chianáin in September 1995, the Department of Education had already written to the board of management about amalgamating it with the school in Ballycashel, 9km away.", "", "", "W"),
         ("The school had 14 pupils that year.", "", "", "W"),
         ("It has 38 this year, three teachers, and a waiting list for junior infants for the first time in its 112-year history.", "", "", "W")],
        [("Ní Mhaoilchiaráin, who retires at the end of August, sat down with the Ledger in her classroom, with the chairs already up on the desks.", "", "", ""),
         ("This interview has been edited for length and clarity.", "", "", "B")],
        [("Why did the amalgamation never happen?", "", "", "")],
        [("BRÍD NÍ MHAOILCHIARÁIN: Because the parents wouldn't let it.", "Bríd Ní Mhaoilchiaráin", "BRÍD NÍ MHAOILCHIARÁIN:", ""),
         ("They held a public meeting in the hall in November 1995, and 212 people turned up to talk about a school with 14 children in it.", "Bríd Ní Mhaoilchiaráin", "BRÍD NÍ MHAOILCHIARÁIN:", "W"),
         ("The Department went very quiet after that.", "Bríd Ní Mhaoilchiaráin", "BRÍD NÍ MHAOILCHIARÁIN:", "")],
        [("The Department of Education says one primary school in five had an unfilled teaching post last September.", "The Department of Education", "says", "W"),
         ("Is that your experience?", "", "", "")],
        [("NÍ MHAOILCHIARÁIN: Worse.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", ""),
         ("I advertised a permanent post three times last year and got one application.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", "W"),
         ("She was from Galway and she stayed until Christmas, because she couldn't find anywhere to rent within 40 minutes of here.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", "")],
        [("What has changed for the children?", "", "", "")],
        [("NÍ MHAOILCHIARÁIN: Half of them now have a parent working from home, which nobody had in 1995.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", ""),
         ("We got broadband in 2019, after eleven years of asking for it.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", "W"),
         ("Before that, sixth class did their projects on my phone.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", "")],
        [("Is there anything you would do differently?", "", "", "")],
        [("NÍ MHAOILCHIARÁIN: I'd have asked for help sooner.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", ""),
         ("For 22 years I was a teaching principal, which means I taught a full class and ran the school in the gaps.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", "W"),
         ("Some weeks I did the accounts at two in the morning.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", "")],
        [("Teaching principals get one release day a fortnight on average, according to a report by the Rural Schools Forum last year.", "a report by the Rural Schools Forum last year", "according to", "W"),
         ("Should that change?", "", "", "")],
        [("NÍ MHAOILCHIARÁIN: Of course it should.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", ""),
         ("We got an administrative principal's post in 2017, when enrolment passed 33, and it was like being let out of a cage.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", "W")],
        [("Who takes over in September?", "", "", "")],
        [("NÍ MHAOILCHIARÁIN: Séamus Ó Coinnleach, who has taught fourth to sixth class here since 2014.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", "W"),
         ("The board appointed him in May.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", "W"),
         ("He's far better with the computers than I ever was, and the children already trust him.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", "")],
        [("And you?", "", "", "")],
        [("NÍ MHAOILCHIARÁIN: Bees.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", ""),
         ("My husband bought me two hives for my 60th and I've been too busy to open them.", "Bríd Ní Mhaoilchiaráin", "NÍ MHAOILCHIARÁIN:", "")],
        [("Scoil Chianáin will hold a retirement evening for Ní Mhaoilchiaráin in Drumcahill Community Hall on Friday, August 28, at 8pm, and all past pupils are welcome, the board of management said.", "the board of management", "said", "W")],
        [("Read more: Leitrim schools struggle to find substitute teachers", "", "", "B")],
        [("More from Community", "", "", "B")],
        [("Drumcahill Tidy Towns group wins county award", "", "", "B")],
        [("Do you have a story for the Ledger?", "", "", "B"),
         ("Email news@breifneledger.ie or call 071 555 0142.", "", "", "B")],
        [("© Breifne Ledger 2026", "", "", "B")],
    ],
    [  # 8. Scottish regional daily's site, a sheriff court report: a roofing firm is fined after an apprentice falls through a skylight
        [("The Northbrae Press", "", "", "B")],
        [("Subscribe   Sign in   Today's Paper", "", "", "B")],
        [("News   Sport   Business   Farming   Opinion   Lifestyle   Jobs", "", "", "B")],
        [("News › Courts", "", "", "B")],
        [("Roofing firm fined £180,000 after apprentice fell eight metres through skylight", "", "", "W")],
        [("Dunvarrow Roofing admitted failing to protect workers on a warehouse roof in Kirkhillock; the apprentice, then 19, spent five weeks in hospital", "", "", "W")],
        [("By Callum Strachandie, Court Reporter", "", "", "B")],
        [("Thursday, 19 November 2026, 4:12 pm", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Aberdeen Sheriff Court.", "", "", ""),
         ("Picture: Kenny Alderdice", "", "", "B")],
        [("A roofing company has been fined £180,000 after an apprentice fell eight metres through a skylight while working on a warehouse roof in Kirkhillock.", "", "", "W"),
         ("The roof light was one of 36 on the building, which the firm was re-roofing for its owner, a logistics company, under a £212,000 contract.", "", "", "W"),
         ("Dunvarrow Roofing Ltd. admitted at Aberdeen Sheriff Court on Thursday that it had failed to ensure the safety of its employees, in breach of the Health and Safety at Work etc. Act 1974.", "", "", "W")],
        [("Procurator fiscal depute Eilidh Rattrayne told the court that Jamie Gilfilleen, then 19, was removing old roof sheets on 14 March 2024 when he stepped back onto a fibreglass roof light that gave way beneath him.", "Eilidh Rattrayne", "told the court", "W"),
         ("He landed on a concrete floor and suffered a fractured pelvis, a broken wrist and a bleed on the brain, she said.", "Eilidh Rattrayne", "said", "W")],
        [("Mrs Rattrayne said there had been no netting under the roof lights and no covers over them, and that the firm's written plan for the job did not mention them at all.", "Eilidh Rattrayne", "said", "W"),
         ("“The risk was obvious, it was well known in the industry and it was easily prevented,” she said.", "Eilidh Rattrayne", "said", "")],
        [("An investigation by the Health and Safety Executive (HSE) found that the firm had carried out at least four other jobs on fragile roofs in 2023 and 2024 with no protection in place.", "An investigation by the Health and Safety Executive (HSE)", "found", "W")],
        [("Defence solicitor Neil Bairdlaw said the company, which employs 23 people, had since spent £46,000 on safety netting and training and had not had a reportable accident since.", "Neil Bairdlaw", "said", "W"),
         ("He said the firm's managing director, Alasdair Pirrieson, had visited Mr Gilfilleen in hospital and kept his job open for him.", "Neil Bairdlaw", "said", "W"),
         ("“My clients are deeply sorry for what happened to this young man,” Mr Bairdlaw said.", "Neil Bairdlaw", "said", "")],
        [("Sheriff Morven Caskie said she would have fined the company £270,000 but had reduced the fine by a third because of its early guilty plea.", "Morven Caskie", "said", "W"),
         ("“This was a fall that should never have been possible,” she said.", "Morven Caskie", "said", ""),
         ("“Netting is not something to be bought after somebody has fallen.”", "Morven Caskie", "said", ""),
         ("She gave the firm 12 months to pay.", "", "", "W")],
        [("In a victim statement read to the court, Mr Gilfilleen, now 21, said he had been unable to work for 14 months and still could not lift his young daughter.", "Jamie Gilfilleen", "said", ""),
         ("“I was told it was a two-day job and I'd be fine,” he said in the statement.", "Jamie Gilfilleen", "said in the statement", "")],
        [("Speaking after the case, HSE inspector Fraser Lindsaybank said 14 people had been killed or seriously injured in falls through fragile roofs in Scotland since 2021.", "Fraser Lindsaybank", "said", "W"),
         ("“Employers know how to stop these falls,” he said.", "Fraser Lindsaybank", "said", ""),
         ("“Covers, netting and a bit of planning cost a fraction of what this firm has now paid.”", "Fraser Lindsaybank", "said", "")],
        [("Dunvarrow Roofing did not respond to a request for comment after the hearing.", "Dunvarrow Roofing", "did not respond to a request for comment", ""),
         ("Mr Gilfilleen's mother, Shona Gilfilleen, said outside court that the family were “relieved it's over.”", "Shona Gilfilleen", "said", "")],
        [("Our court reports are published in line with our editorial code and the law on reporting legal proceedings.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Scaffolder fined after passer-by hurt by falling pole", "", "", "B")],
        [("Comments are switched off on court reports for legal reasons.", "", "", "B")],
        [("© 2026 Northbrae Press Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. South African business site, a markets report: the JSE slips as platinum miners slide and the rand weakens
        [("MarketDesk SA", "", "", "B")],
        [("JSE ALSI 91,482.3 ▼0.84%   Top 40 83,170.6 ▼0.90%   USD/ZAR 17.82 ▲0.30%   Gold $3,021 ▲0.6%   Brent $71.40 ▼1.2%", "", "", "B")],
        [("Markets   Companies   Economy   Mining   Personal Finance   Opinion", "", "", "B")],
        [("MARKETS", "", "", "B")],
        [("JSE slips as platinum miners slide; rand weakens past R17.80/$", "", "", "W")],
        [("Kgosimang Platinum falls 6.1% after cutting its output forecast; March inflation data due on Wednesday", "", "", "W")],
        [("Thabo Koekemoer  |  Markets Editor", "", "", "B")],
        [("14 April 2026 - 18:05", "", "", "B")],
        [("Share   X   LinkedIn   WhatsApp   Email", "", "", "B")],
        [("The JSE all share index closed 0.84% lower at 91,482.3 points on Tuesday, dragged down by platinum group metal (PGM) miners after Kgosimang Platinum Ltd. cut its production forecast for the year.", "", "", "W"),
         ("The top 40 index fell 0.9%, while the resources index lost 2.7%.", "", "", "W"),
         ("Platinum fell 1.4% to $968 an ounce and palladium slipped 0.8%.", "", "", "W"),
         ("Kgosimang Platinum's shares fell 6.1% to R84.15, their lowest close since November.", "", "", "W")],
        [("The miner said in a trading update that it now expected to produce between 610,000 and 640,000 ounces of PGMs in the year to June, down from its earlier forecast of 680,000 to 720,000 ounces, after flooding at its Tswelelo shaft in March.", "The miner", "said in a trading update", "W"),
         ("It said the shaft, which produced about a fifth of its ounces last year, would stay closed until at least August.", "Kgosimang Platinum Ltd", "said", "W")],
        [("Lerato Mokwenaba, a mining analyst at Umhlangeni Securities, said the market had been “too relaxed” about the flooding.", "Lerato Mokwenaba", "said", ""),
         ("“The update takes out about 75,000 ounces at the midpoint, at a time when the basket price is roughly 9% lower than a year ago,” she said.", "Lerato Mokwenaba", "said", "W"),
         ("She said she had cut her rating on the shares to “hold” from “buy”.", "Lerato Mokwenaba", "said", "W")],
        [("The rand weakened 0.3% to R17.82 against the US dollar by 17:00, as investors waited for US inflation data due later in the week.", "", "", "W"),
         ("“The rand is trading on the dollar at the moment, not on anything happening at home,” said Sipho Naidoosamy, chief economist at Baobab Asset Managers.", "Sipho Naidoosamy", "said", ""),
         ("He said a softer US print could pull the rand back below R17.50.", "Sipho Naidoosamy", "said", "")],
        [("Statistics South Africa (Stats SA) will publish March consumer inflation figures on Wednesday.", "", "", "W"),
         ("Economists polled by MarketDesk expect headline inflation to have risen to 3.4% y/y in March.", "Economists polled by MarketDesk", "expect", ""),
         ("It was 3.2% in February, when core inflation, which excludes food and energy, was 2.9%, 0.4 percentage points lower than a year earlier.", "", "", "W")],
        [("Retailer Kameelkop Stores rose 3.4% to R211.60.", "", "", "W"),
         ("The group said like-for-like sales grew 7.2% in the 13 weeks to March 29.", "The group", "said", "W"),
         ("Gold miner Marulaberg Gold gained 2.2% as the gold price rose 0.6% to $3,021 an ounce.", "", "", "W")],
        [("Banks were mixed, with Bankwela Capital Bank down 0.6% and Thornkloof Bank up 0.4%.", "", "", "W")],
        [("The South African Reserve Bank's monetary policy committee next meets on May 28.", "", "", "W"),
         ("Naidoosamy said he expected it to leave the repo rate unchanged.", "Sipho Naidoosamy", "said", "")],
        [("Market data: JSE, delayed by at least 15 minutes.", "", "", "B")],
        [("Disclaimer: This article is for information only and does not constitute financial advice.", "", "", "B"),
         ("Speak to a registered financial adviser before making investment decisions.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Platinum miners count the cost of a wet March", "", "", "B")],
        [("Rand outlook: what the week's data could mean for your money", "", "", "B")],
        [("© 2026 MarketDesk Media (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Press release on a US newswire's site, a family-owned food maker announces a plant and 240 jobs in North Carolina
        [("News provided by", "", "", "B")],
        [("Larkmire Foods", "", "", "B")],
        [("Sep 17, 2026, 08:00 ET", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("Share to X   Facebook   LinkedIn   Email", "", "", "B")],
        [("Larkmire Foods to Build $86 Million Plant in Pinckworth County, Creating 240 Jobs", "", "", "W")],
        [("New facility will roughly double the company's frozen biscuit capacity; production to begin in late 2027", "", "", "W")],
        [("DURHAM, N.C., Sept. 17, 2026 /PRWire/ -- Larkmire Foods, a family-owned maker of frozen biscuits and breakfast sandwiches, today announced plans to build an $86 million manufacturing plant in the Pollinghurst Industrial Park in Pinckworth County, N.C., creating 240 full-time jobs over five years.", "Larkmire Foods", "announced", "W"),
         ("The 210,000-square-foot plant will have three production lines and will be able to make up to 90 million biscuits a year.", "", "", "W"),
         ("Construction is scheduled to start in January, with the first production line running by November 2027.", "", "", "W")],
        [("“Demand for our biscuits has grown faster than we could bake them,” said Caroline Ashbywick, chief executive officer of Larkmire Foods.", "Caroline Ashbywick", "said", ""),
         ("“Our sales have risen 64% since 2021, and our plant in Durham has run three shifts a day, six days a week, since last spring.", "Caroline Ashbywick", "said", "W"),
         ("Pinckworth County gave us the land, the workforce and the partnership we were looking for.”", "Caroline Ashbywick", "said", "")],
        [("Hiring will begin in the spring of 2027 for production workers, maintenance technicians, quality assurance staff and supervisors.", "", "", "W"),
         ("The average annual wage for the new jobs will be $52,300, above the Pinckworth County average of $44,100.", "", "", "W"),
         ("Job seekers can sign up for hiring updates at larkmirefoods.com/careers.", "", "", "")],
        [("The project is supported by a performance-based grant of up to $2.4 million over 10 years from Pinckworth County, which the county's Board of Commissioners approved on Sept. 8.", "", "", "W"),
         ("“This is the largest private investment in Pinckworth County in more than 20 years,” said Dwayne Kittenbrook, chair of the Pinckworth County Board of Commissioners.", "Dwayne Kittenbrook", "said", "W"),
         ("“These are jobs that will let people stay in the county they grew up in.”", "Dwayne Kittenbrook", "said", "")],
        [("Larkmire Foods will also work with Pinckworth Community College on a food-manufacturing training program, with the first classes scheduled for January 2027.", "", "", "W")],
        [("About Larkmire Foods", "", "", "B")],
        [("Founded in 1962 as a family bakery in Durham, Larkmire Foods makes frozen biscuits, breakfast sandwiches and dinner rolls sold in more than 9,000 grocery stores in 31 states.", "", "", "B"),
         ("The company employs about 640 people and is owned by the Ashbywick family.", "", "", "B"),
         ("For more information, visit www.larkmirefoods.com.", "", "", "B")],
        [("Forward-Looking Statements", "", "", "B")],
        [("This release contains forward-looking statements, including statements about the timing of construction, hiring and production.", "", "", "B"),
         ("Actual results may differ materially because of factors including construction delays, changes in demand and the availability of workers.", "", "", "B")],
        [("Media Contact:", "", "", "B")],
        [("Jenna Ruizmont, Director of Communications", "", "", "B")],
        [("919-555-0178", "", "", "B")],
        [("media@larkmirefoods.com", "", "", "B")],
        [("SOURCE Larkmire Foods", "", "", "B")],
        [("Related Links", "", "", "B")],
        [("https://www.larkmirefoods.com", "", "", "B")],
        [("Looking to send a press release?", "", "", "B"),
         ("Get started with PRWire today.", "", "", "B")],
    ],
    [  # 11. Welsh weekly's site, an opinion column on the closure of a market town's last bank branch
        [("The Eirin Valley Chronicle", "", "", "B")],
        [("News   Sport   Opinion   Farming   Cymraeg   Notices   Jobs", "", "", "B")],
        [("Subscribe   Sign in", "", "", "B")],
        [("Opinion › Columnists", "", "", "B")],
        [("When the last bank leaves town, it takes more than cash with it", "", "", "")],
        [("Closing Llanfeuno's last branch is being sold to us as a sign of the times, but it is a choice", "", "", "")],
        [("By Gwenllian Prydderwyn  ·  Columnist", "", "", "B")],
        [("Saturday, 18 July 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("I opened my first bank account at the branch on Stryd Fawr in 1979, with a £5 note from my grandmother and a plastic money box shaped like a pig.", "", "", ""),
         ("On October 9, Dyfnantog Bank will close it, and the town's 6,400 people will be 14 miles from the nearest branch, in Aberhenfai.", "", "", "W")],
        [("The bank says 88% of its customers in Llanfeuno now do most of their banking online or on its app.", "The bank", "says", "W"),
         ("I don't doubt it.", "", "", ""),
         ("But the other 12% are not a rounding error.", "", "", ""),
         ("They are the farmers who are still paid by cheque, the shopkeepers who have to bank a week's takings, and people like my neighbour Eirlys, who is 83 and has never owned a smartphone.", "", "", "")],
        [("“I'm not going to learn now,” Eirlys told me last week, over a cup of tea that had gone cold while she explained why.", "Eirlys", "told me", ""),
         ("“And I don't want my nephew knowing what I spend.”", "Eirlys", "told me", "")],
        [("More than 6,000 bank branches have closed in Britain since 2015, according to figures compiled by the campaign group Arian Lleol.", "figures compiled by the campaign group Arian Lleol", "according to", "W"),
         ("In Wales, a quarter of the towns that had a branch in 2015 now have none.", "", "", "W")],
        [("In a statement to this paper, Dyfnantog Bank said it would send a “community banker” to the town library every Thursday from 10am to 2pm, and that customers could still pay in cash and take money out at the Post Office on Bridge Street.", "Dyfnantog Bank", "said", "W"),
         ("I have nothing against the Post Office, whose staff are saints.", "", "", ""),
         ("But the Post Office on Bridge Street is open until 5.30pm on weekdays and 12.30pm on Saturdays, and it has one counter.", "", "", "W"),
         ("Try paying in a farm's takings there on a Friday afternoon in December.", "", "", "")],
        [("Shared banking hubs, where customers of several banks use one counter, have opened in 11 Welsh towns since 2022.", "", "", "W"),
         ("Why not here?", "", "", ""),
         ("The bank said it had asked in May for a review of cash services in the town, and that the result was due in September.", "The bank", "said", "W")],
        [("Here is what I would like to know.", "", "", ""),
         ("If 88% of customers bank online, why has the queue outside the branch on a Monday morning gone out of the door every week I have walked past it since the closure was announced?", "", "", "")],
        [("Our Member of the Senedd, Huw Bassenthwyn, told me he had written to the bank's chief executive asking for the closure to be put off until a hub opens.", "Huw Bassenthwyn", "told me", "W"),
         ("He has not had a reply.", "", "", "W")],
        [("I will miss the branch.", "", "", ""),
         ("I will miss it less than Eirlys will.", "", "", ""),
         ("But we should stop pretending that this happens to towns like ours, rather than being done to them.", "", "", "")],
        [("Gwenllian Prydderwyn is a retired headteacher who lives in Llanfeuno.", "", "", "B"),
         ("Her column appears every other Saturday.", "", "", "B")],
        [("The views expressed in this column are the author's own and do not necessarily reflect those of the Chronicle.", "", "", "B")],
        [("Join the conversation   42 comments", "", "", "B")],
        [("Related", "", "", "B")],
        [("Dyfnantog Bank to close Llanfeuno branch in October", "", "", "B")],
        [("© 2026 Eirin Valley Chronicle Ltd, registered in Wales No. 06612049.", "", "", "B")],
    ],
    [  # 12. US nonprofit statehouse newsroom in Minnesota, a politics story: the state Senate passes a bill for later high school start times
        [("North Star Capitol Report", "", "", "B")],
        [("Donate   Newsletters   Events   About", "", "", "B")],
        [("Legislature   Elections   Budget   Education   Health   Environment   Tribal Nations", "", "", "B")],
        [("LEGISLATURE", "", "", "B")],
        [("Senate passes later school start times on 34-33 vote", "", "", "W")],
        [("High schools would have to start no earlier than 8:30 a.m. from fall 2029; school boards say the change will cost districts millions in busing", "the Minnesota Rural School Boards Coalition", "say", "W")],
        [("By Marit Halvorsmark", "", "", "B")],
        [("April 22, 2026 3:47 PM", "", "", "B")],
        [("Republish   Share   Email", "", "", "B")],
        [("Sen. Maren Oyelindo speaks on the Senate floor on Tuesday.", "", "", ""),
         ("Photo: Devin Rasmussby / North Star Capitol Report", "", "", "B")],
        [("ST. PAUL — The Minnesota Senate voted 34-33 on Tuesday to require public high schools to start classes no earlier than 8:30 a.m., beginning in the 2029-30 school year.", "", "", "W"),
         ("The bill, S.F. 1187, passed with the votes of 33 DFL senators and one Republican, Sen. Curtis Vollmark of Lake Emmaline.", "", "", "W"),
         ("Two DFL senators voted against it.", "", "", "W")],
        [("The bill's author, Sen. Maren Oyelindo, DFL-Kettlewater, said 71% of Minnesota high schools now start before 8:15 a.m.", "Maren Oyelindo", "said", "W"),
         ("“Teenagers' body clocks are not a character flaw,” she said on the Senate floor.", "Maren Oyelindo", "said on the Senate floor", ""),
         ("She said districts that had already moved their start times, including Bellwick and Osgarth, saw first-period attendance rise by 4 to 6 percentage points within two years.", "Maren Oyelindo", "said", "W")],
        [("The median start time for high schools in the state is 7:55 a.m., according to a 2025 survey by the Minnesota Department of Education.", "a 2025 survey by the Minnesota Department of Education", "according to", "W")],
        [("Sen. Dale Kjellmark, R-Pomme Prairie, said the change would force districts to buy more buses or run the same buses on more routes, because elementary schools would have to start earlier.", "Dale Kjellmark", "said", ""),
         ("“This is a mandate from St. Paul with no money attached,” he said.", "Dale Kjellmark", "said", "W"),
         ("He said an amendment he offered to push the start date back to 2031 failed 31-36.", "Dale Kjellmark", "said", "W")],
        [("The Minnesota Rural School Boards Coalition, which opposed the bill, said in written testimony that 212 of its 240 member districts use the same buses for their elementary and high schools.", "The Minnesota Rural School Boards Coalition", "said in written testimony", "W"),
         ("It estimated the change would cost those districts about $38 million a year.", "the Minnesota Rural School Boards Coalition", "estimated", "")],
        [("A fiscal note from Minnesota Management and Budget said the bill would cost the state $1.2 million over its first two years, to pay for a study of bus routes.", "A fiscal note from Minnesota Management and Budget", "said", "W")],
        [("Aisha Hirsi-Pedersen, a senior at Osgarth High School who testified for the bill in February, watched the vote from the gallery.", "", "", ""),
         ("“I used to fall asleep in chemistry every single day,” she said afterward.", "Aisha Hirsi-Pedersen", "said", ""),
         ("“Now I'm getting a B-plus.”", "Aisha Hirsi-Pedersen", "said", "")],
        [("A companion bill, H.F. 1342, has passed the House Education Policy Committee but has not had a floor vote.", "", "", "W"),
         ("Rep. Tomas Eberhold, DFL-Vasby Falls, the House author, said he expected a floor vote in the first week of May.", "Tomas Eberhold", "said", ""),
         ("The governor's office said in a statement that it supported “the goal of the bill” but wanted to see how districts would pay for it.", "The governor's office", "said in a statement", "W")],
        [("Will districts have to find the money themselves?", "", "", ""),
         ("Oyelindo said the bill lets a district apply for a waiver if its transportation costs would rise by more than 5%.", "Maren Oyelindo", "said", "W")],
        [("North Star Capitol Report is a nonprofit, nonpartisan newsroom.", "", "", "B"),
         ("You may republish our stories for free under a Creative Commons license.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Rural districts warn of bus driver shortage ahead of fall", "", "", "B")],
        [("What's left on the Legislature's to-do list before May 18", "", "", "B")],
        [("Marit Halvorsmark covers the Legislature for North Star Capitol Report.", "", "", "B"),
         ("Reach her at mhalvorsmark@northstarcapitol.org or 651-555-0113.", "", "", "B")],
        [("© 2026 North Star Capitol Report", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h50-uk-cookie-block-masthead", "We value your privacy\nWe and our 214 partners use cookies and similar technologies to store and access information on your device. Some are strictly necessary for the site to work; others help us measure audiences and show you personalised advertising. You can change your choices at any time by clicking Privacy settings at the bottom of any page.\nAccept all   Reject all   Manage preferences\nThe Wendlestow Gazette",
     ["We value your privacy", "We and our 214 partners use cookies and similar technologies to store and access information on your device.", "Some are strictly necessary for the site to work; others help us measure audiences and show you personalised advertising.", "You can change your choices at any time by clicking Privacy settings at the bottom of any page.", "Accept all   Reject all   Manage preferences", "The Wendlestow Gazette"]),
    ("h50-uk-cllr-quote-paywall", "Council leader Cllr Fenella Brockwelle said the council's budget for repairs at all of its leisure sites was £1.2 million a year. “Nobody in this room wanted to be the cabinet that closed the lido,” she said. “But to pay for it we would have to stop repairing every other pool and sports hall in the district for four years.”\nYou've read 3 of your 4 free articles this month. Subscribe for £1 for your first three months and get unlimited access to the Gazette online.\nAlready a subscriber? Sign in",
     ["Council leader Cllr Fenella Brockwelle said the council's budget for repairs at all of its leisure sites was £1.2 million a year.", "“Nobody in this room wanted to be the cabinet that closed the lido,” she said.", "“But to pay for it we would have to stop repairing every other pool and sports hall in the district for four years.”", "You've read 3 of your 4 free articles this month.", "Subscribe for £1 for your first three months and get unlimited access to the Gazette online.", "Already a subscriber?", "Sign in"]),
    ("h50-uk-most-read-footer-no", "Most read\n1\nRoadworks to close Castle Hill for six weeks from Monday\n2\nWendlestow bakery named best in the county\nComments are closed on this article.\n© 2026 Pennarvon Media Group Ltd, registered in England and Wales No. 04417832. All rights reserved.",
     ["Most read", "1", "Roadworks to close Castle Hill for six weeks from Monday", "2", "Wendlestow bakery named best in the county", "Comments are closed on this article.", "© 2026 Pennarvon Media Group Ltd, registered in England and Wales No. 04417832.", "All rights reserved."]),
    ("h50-wire-byline-caption-credit-block", "By Dewi Anggraeni-Sutopo and Rizal Hutapea-Marbun\nMarch 4, 2026 9:12 AM GMT+7 Updated 3 hours ago\nShare   X   Facebook   LinkedIn   Email   Link\nAsh rises from Mount Lerakatu as seen from Tobaleo village in North Maluku province, Indonesia, March 4, 2026. Lintas Foto/Arief Tuasikal-Rumra via KORDAVIA ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. MANDATORY CREDIT. INDONESIA OUT.\nPurchase Licensing Rights, opens new tab",
     ["By Dewi Anggraeni-Sutopo and Rizal Hutapea-Marbun", "March 4, 2026 9:12 AM GMT+7 Updated 3 hours ago", "Share   X   Facebook   LinkedIn   Email   Link", "Ash rises from Mount Lerakatu as seen from Tobaleo village in North Maluku province, Indonesia, March 4, 2026.", "Lintas Foto/Arief Tuasikal-Rumra via KORDAVIA", "ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.", "MANDATORY CREDIT.", "INDONESIA OUT.", "Purchase Licensing Rights, opens new tab"]),
    ("h50-wire-dateline-am-gmt-statement", "JAKARTA, March 4 (Kordavia) - Indonesia evacuated more than 11,000 people from villages around Mount Lerakatu in North Maluku province on Wednesday after the volcano erupted before dawn, sending a column of ash 7 km (4.3 miles) into the sky, officials said.\nThe Centre for Volcanology and Geological Hazard Mitigation (PVMBG) raised the volcano's alert status to its highest level at 2:40 a.m. (1740 GMT on Tuesday) and widened the exclusion zone around the crater to 7 km, it said in a statement.",
     ["JAKARTA, March 4 (Kordavia) - Indonesia evacuated more than 11,000 people from villages around Mount Lerakatu in North Maluku province on Wednesday after the volcano erupted before dawn, sending a column of ash 7 km (4.3 miles) into the sky, officials said.", "The Centre for Volcanology and Geological Hazard Mitigation (PVMBG) raised the volcano's alert status to its highest level at 2:40 a.m. (1740 GMT on Tuesday) and widened the exclusion zone around the crater to 7 km, it said in a statement."]),
    ("h50-wire-credit-line-standards", "(Reporting by Dewi Anggraeni-Sutopo in Jakarta and Rizal Hutapea-Marbun in Manado; Additional reporting by Felix Tanudirdja in Singapore; Writing by Martin Pettifane; Editing by Sharmila Venkatachari)\nOur Standards: The Kordavia Editorial Code.\nSuggested Topics:\nAsia Pacific   Disasters   Commodities   Metals",
     ["(Reporting by Dewi Anggraeni-Sutopo in Jakarta and Rizal Hutapea-Marbun in Manado; Additional reporting by Felix Tanudirdja in Singapore; Writing by Martin Pettifane; Editing by Sharmila Venkatachari)", "Our Standards: The Kordavia Editorial Code.", "Suggested Topics:", "Asia Pacific   Disasters   Commodities   Metals"]),
    ("h50-vt-headline-dateline-st", "Pellsford voters OK $1.18 million fire engine, turn down town office makeover\nBy Lorna Tetreault | Courier Staff\nMar 4, 2026\nPELLSFORD — Voters at Tuesday's town meeting agreed to buy a new fire engine for $1.18 million but turned down, by paper ballot, a $640,000 plan to renovate the town office on Depot St. About 310 of the town's 1,947 registered voters filled the gym at Pellsford Elementary School for the meeting, which ran from 10 a.m. to just after 4 p.m.",
     ["Pellsford voters OK $1.18 million fire engine, turn down town office makeover", "By Lorna Tetreault | Courier Staff", "Mar 4, 2026", "PELLSFORD — Voters at Tuesday's town meeting agreed to buy a new fire engine for $1.18 million but turned down, by paper ballot, a $640,000 plan to renovate the town office on Depot St.", "About 310 of the town's 1,947 registered voters filled the gym at Pellsford Elementary School for the meeting, which ran from 10 a.m. to just after 4 p.m."]),
    ("h50-vt-pm-sharp-moderator", "Members of the Pellsford Grange served their usual lunch of baked beans, ham and pie, and raised $1,140 for the Pellsford Food Shelf. The meeting broke for lunch at 12:15 p.m. and resumed at 1 p.m. sharp, when the moderator, Everett Slocumb, brought it back to order with a gavel made from a beam of the old covered bridge.",
     ["Members of the Pellsford Grange served their usual lunch of baked beans, ham and pie, and raised $1,140 for the Pellsford Food Shelf.", "The meeting broke for lunch at 12:15 p.m. and resumed at 1 p.m. sharp, when the moderator, Everett Slocumb, brought it back to order with a gavel made from a beam of the old covered bridge."]),
    ("h50-ns-score-header-byline-mar-am", "FINAL/OT   Tarvick 3   Port Kellowick 4\nPort Kellowick leads best-of-seven semifinal 3-2\nSauvagine-Doucet's overtime winner puts Shoalers one win from final\nPort Kellowick comes back from two goals down in the third period in front of 1,412 at Memorial Arena\nColby Ferreirano  ·  Sports Reporter\nPublished Mar. 22, 2026 12:06 a.m.  ·  Last updated Mar. 22, 2026 9:30 a.m.",
     ["FINAL/OT   Tarvick 3   Port Kellowick 4", "Port Kellowick leads best-of-seven semifinal 3-2", "Sauvagine-Doucet's overtime winner puts Shoalers one win from final", "Port Kellowick comes back from two goals down in the third period in front of 1,412 at Memorial Arena", "Colby Ferreirano  ·  Sports Reporter", "Published Mar. 22, 2026 12:06 a.m.  ·  Last updated Mar. 22, 2026 9:30 a.m."]),
    ("h50-ns-dateline-st-croix", "PORT KELLOWICK, N.S. — Rémi Sauvagine-Doucet scored 2:14 into overtime Saturday night as the Port Kellowick Shoalers came back from two goals down to beat the Tarvick Lumberjacks 4-3 in Game 5 of their Atlantic Valley Junior Hockey League semifinal. The Shoalers lead the best-of-seven series 3-2 and can close it out Monday in Tarvick.\nTarvick led 3-1 after two periods on goals by Jacob Lindqvill, Owen St. Croix-Maltby and Tyler Nakamuro. Lucas Fennimoor cut the lead to one on a power play at 4:51 of the third, and defenceman Mathis Archambelle tied it with 1:07 left, with the Shoalers' goalie on the bench for an extra attacker.",
     ["PORT KELLOWICK, N.S. — Rémi Sauvagine-Doucet scored 2:14 into overtime Saturday night as the Port Kellowick Shoalers came back from two goals down to beat the Tarvick Lumberjacks 4-3 in Game 5 of their Atlantic Valley Junior Hockey League semifinal.", "The Shoalers lead the best-of-seven series 3-2 and can close it out Monday in Tarvick.", "Tarvick led 3-1 after two periods on goals by Jacob Lindqvill, Owen St. Croix-Maltby and Tyler Nakamuro.", "Lucas Fennimoor cut the lead to one on a power play at 4:51 of the third, and defenceman Mathis Archambelle tied it with 1:07 left, with the Shoalers' goalie on the bench for an extra attacker."]),
    ("h50-ns-scoring-summary-data", "SCORING SUMMARY\n1st period — PK: Sauvagine-Doucet (Fennimoor, Archambelle), 6:32; TAR: Lindqvill (Nakamuro), 14:10 (PP)\n2nd period — TAR: St. Croix-Maltby (unassisted), 3:48; TAR: Nakamuro (Lindqvill, Lebrecquet), 17:55\n3rd period — PK: Fennimoor (Sauvagine-Doucet), 4:51 (PP); PK: Archambelle (Sauvagine-Doucet, Fennimoor), 18:53 (6x5)\nOT — PK: Sauvagine-Doucet (Fennimoor), 2:14",
     ["SCORING SUMMARY", "1st period — PK: Sauvagine-Doucet (Fennimoor, Archambelle), 6:32; TAR: Lindqvill (Nakamuro), 14:10 (PP)", "2nd period — TAR: St. Croix-Maltby (unassisted), 3:48; TAR: Nakamuro (Lindqvill, Lebrecquet), 17:55", "3rd period — PK: Fennimoor (Sauvagine-Doucet), 4:51 (PP); PK: Archambelle (Sauvagine-Doucet, Fennimoor), 18:53 (6x5)", "OT — PK: Sauvagine-Doucet (Fennimoor), 2:14"]),
    ("h50-sci-dr-fig-quote", "The team, led by glaciologist Dr. Kaija Mertanen of the Vestre Polar Institute in Oslo, combined radar images from four satellites with ice-thickness data from two research flights. They mapped the position of the ice front every 12 days, to within ± 0.4 km (Fig. 2 in the paper).\n“We expected to see some retreat,” Mertanen said. “We did not expect it to be this fast.”",
     ["The team, led by glaciologist Dr. Kaija Mertanen of the Vestre Polar Institute in Oslo, combined radar images from four satellites with ice-thickness data from two research flights.", "They mapped the position of the ice front every 12 days, to within ± 0.4 km (Fig. 2 in the paper).", "“We expected to see some retreat,” Mertanen said.", "“We did not expect it to be this fast.”"]),
    ("h50-sci-ie-ca", "The researchers wrote that water up to 1.1 °C above the local freezing point had reached the glacier's grounding line, i.e. the point where the ice lifts off the seabed and begins to float. Mertanen said the retreat had been fastest in the austral summer of 2023–24, when the tongue lost ca. 4.1 km, most of it in a single calving event in February.",
     ["The researchers wrote that water up to 1.1 °C above the local freezing point had reached the glacier's grounding line, i.e. the point where the ice lifts off the seabed and begins to float.", "Mertanen said the retreat had been fastest in the austral summer of 2023–24, when the tongue lost ca. 4.1 km, most of it in a single calving event in February."]),
    ("h50-sci-glance-box-prof", "AT A GLANCE\n• Ice front retreated ~11 km between 2021 and 2025\n• Retreat rate ≈ 2.8 km/yr vs. ~0.7 km/yr in 2000–2020\n• Ice thinned by up to 38 m near the grounding line\nProf. Anselm Kirchbaumer, a glaciologist at the University of Wendhaven who was not involved in the study, said the measurements were “careful and convincing.” He cautioned that four years is a short record for a glacier that has advanced and retreated before.",
     ["AT A GLANCE", "• Ice front retreated ~11 km between 2021 and 2025", "• Retreat rate ≈ 2.8 km/yr vs. ~0.7 km/yr in 2000–2020", "• Ice thinned by up to 38 m near the grounding line", "Prof. Anselm Kirchbaumer, a glaciologist at the University of Wendhaven who was not involved in the study, said the measurements were “careful and convincing.”", "He cautioned that four years is a short record for a glacier that has advanced and retreated before."]),
    ("h50-sci-funding-journal-ref", "The study was funded by the Research Council of Norway and the Vestre Polar Institute.\nJournal reference: Mertanen K, Haugsdal P, Obifuna T, et al. Rapid retreat of the Brennholt ice tongue, East Antarctica, 2021–2025. Polar Geosci Lett. 2026;9(2):114-127.",
     ["The study was funded by the Research Council of Norway and the Vestre Polar Institute.", "Journal reference: Mertanen K, Haugsdal P, Obifuna T, et al. Rapid retreat of the Brennholt ice tongue, East Antarctica, 2021–2025. Polar Geosci Lett. 2026;9(2):114-127."]),
    ("h50-au-stamp-byline-says-rule", "6.41pm\nBy Jess Brandtner\nPower out for 38,000 homes, Capgrid says\nCapgrid Energy says 38,000 homes and businesses between Cape Tallowin and Port Corrinda are now without power, up from 21,000 at 4pm. Spokeswoman Karyn Petrakidou said crews would not be sent out until the wind dropped below 90km/h. “Some people are going to be without power for days, not hours,” she said.",
     ["6.41pm", "By Jess Brandtner", "Power out for 38,000 homes, Capgrid says", "Capgrid Energy says 38,000 homes and businesses between Cape Tallowin and Port Corrinda are now without power, up from 21,000 at 4pm.", "Spokeswoman Karyn Petrakidou said crews would not be sent out until the wind dropped below 90km/h.", "“Some people are going to be without power for days, not hours,” she said."]),
    ("h50-au-bureau-records-am-pm", "The Bureau of Meteorology says Ondessa crossed the coast about 20km north of Mulgarrie Heads at about 1.30pm as a Category 3 cyclone. A gust of 178km/h was recorded at Cape Tallowin at 12.52pm, the strongest on the Queensland coast since 2019, according to Bureau records.\n11.20am\nBy Jess Brandtner\nWhat you need to know this morning\nIf you're just joining us, Ondessa is about 30km north-east of Mulgarrie Heads and moving south-west at 12km/h. It is expected to cross the coast early this afternoon.",
     ["The Bureau of Meteorology says Ondessa crossed the coast about 20km north of Mulgarrie Heads at about 1.30pm as a Category 3 cyclone.", "A gust of 178km/h was recorded at Cape Tallowin at 12.52pm, the strongest on the Queensland coast since 2019, according to Bureau records.", "11.20am", "By Jess Brandtner", "What you need to know this morning", "If you're just joining us, Ondessa is about 30km north-east of Mulgarrie Heads and moving south-west at 12km/h.", "It is expected to cross the coast early this afternoon."]),
    ("h50-ie-edited-first-prefix", "Ní Mhaoilchiaráin, who retires at the end of August, sat down with the Ledger in her classroom, with the chairs already up on the desks. This interview has been edited for length and clarity.\nWhy did the amalgamation never happen?\nBRÍD NÍ MHAOILCHIARÁIN: Because the parents wouldn't let it. They held a public meeting in the hall in November 1995, and 212 people turned up to talk about a school with 14 children in it. The Department went very quiet after that.",
     ["Ní Mhaoilchiaráin, who retires at the end of August, sat down with the Ledger in her classroom, with the chairs already up on the desks.", "This interview has been edited for length and clarity.", "Why did the amalgamation never happen?", "BRÍD NÍ MHAOILCHIARÁIN: Because the parents wouldn't let it.", "They held a public meeting in the hall in November 1995, and 212 people turned up to talk about a school with 14 children in it.", "The Department went very quiet after that."]),
    ("h50-ie-question-cites-department-one-word", "The Department of Education says one primary school in five had an unfilled teaching post last September. Is that your experience?\nNÍ MHAOILCHIARÁIN: Worse. I advertised a permanent post three times last year and got one application. She was from Galway and she stayed until Christmas, because she couldn't find anywhere to rent within 40 minutes of here.",
     ["The Department of Education says one primary school in five had an unfilled teaching post last September.", "Is that your experience?", "NÍ MHAOILCHIARÁIN: Worse.", "I advertised a permanent post three times last year and got one application.", "She was from Galway and she stayed until Christmas, because she couldn't find anywhere to rent within 40 minutes of here."]),
    ("h50-sc-ltd-etc-act", "A roofing company has been fined £180,000 after an apprentice fell eight metres through a skylight while working on a warehouse roof in Kirkhillock. The roof light was one of 36 on the building, which the firm was re-roofing for its owner, a logistics company, under a £212,000 contract. Dunvarrow Roofing Ltd. admitted at Aberdeen Sheriff Court on Thursday that it had failed to ensure the safety of its employees, in breach of the Health and Safety at Work etc. Act 1974.\nProcurator fiscal depute Eilidh Rattrayne told the court that Jamie Gilfilleen, then 19, was removing old roof sheets on 14 March 2024 when he stepped back onto a fibreglass roof light that gave way beneath him. He landed on a concrete floor and suffered a fractured pelvis, a broken wrist and a bleed on the brain, she said.",
     ["A roofing company has been fined £180,000 after an apprentice fell eight metres through a skylight while working on a warehouse roof in Kirkhillock.", "The roof light was one of 36 on the building, which the firm was re-roofing for its owner, a logistics company, under a £212,000 contract.", "Dunvarrow Roofing Ltd. admitted at Aberdeen Sheriff Court on Thursday that it had failed to ensure the safety of its employees, in breach of the Health and Safety at Work etc. Act 1974.", "Procurator fiscal depute Eilidh Rattrayne told the court that Jamie Gilfilleen, then 19, was removing old roof sheets on 14 March 2024 when he stepped back onto a fibreglass roof light that gave way beneath him.", "He landed on a concrete floor and suffered a fractured pelvis, a broken wrist and a bleed on the brain, she said."]),
    ("h50-sc-defence-md-mr", "Defence solicitor Neil Bairdlaw said the company, which employs 23 people, had since spent £46,000 on safety netting and training and had not had a reportable accident since. He said the firm's managing director, Alasdair Pirrieson, had visited Mr Gilfilleen in hospital and kept his job open for him. “My clients are deeply sorry for what happened to this young man,” Mr Bairdlaw said.",
     ["Defence solicitor Neil Bairdlaw said the company, which employs 23 people, had since spent £46,000 on safety netting and training and had not had a reportable accident since.", "He said the firm's managing director, Alasdair Pirrieson, had visited Mr Gilfilleen in hospital and kept his job open for him.", "“My clients are deeply sorry for what happened to this young man,” Mr Bairdlaw said."]),
    ("h50-za-ltd-cut-trading-update", "The JSE all share index closed 0.84% lower at 91,482.3 points on Tuesday, dragged down by platinum group metal (PGM) miners after Kgosimang Platinum Ltd. cut its production forecast for the year. The top 40 index fell 0.9%, while the resources index lost 2.7%. Platinum fell 1.4% to $968 an ounce and palladium slipped 0.8%. Kgosimang Platinum's shares fell 6.1% to R84.15, their lowest close since November.\nThe miner said in a trading update that it now expected to produce between 610,000 and 640,000 ounces of PGMs in the year to June, down from its earlier forecast of 680,000 to 720,000 ounces, after flooding at its Tswelelo shaft in March. It said the shaft, which produced about a fifth of its ounces last year, would stay closed until at least August.",
     ["The JSE all share index closed 0.84% lower at 91,482.3 points on Tuesday, dragged down by platinum group metal (PGM) miners after Kgosimang Platinum Ltd. cut its production forecast for the year.", "The top 40 index fell 0.9%, while the resources index lost 2.7%.", "Platinum fell 1.4% to $968 an ounce and palladium slipped 0.8%.", "Kgosimang Platinum's shares fell 6.1% to R84.15, their lowest close since November.", "The miner said in a trading update that it now expected to produce between 610,000 and 640,000 ounces of PGMs in the year to June, down from its earlier forecast of 680,000 to 720,000 ounces, after flooding at its Tswelelo shaft in March.", "It said the shaft, which produced about a fifth of its ounces last year, would stay closed until at least August."]),
    ("h50-za-statssa-polled-yy", "Statistics South Africa (Stats SA) will publish March consumer inflation figures on Wednesday. Economists polled by MarketDesk expect headline inflation to have risen to 3.4% y/y in March. It was 3.2% in February, when core inflation, which excludes food and energy, was 2.9%, 0.4 percentage points lower than a year earlier.",
     ["Statistics South Africa (Stats SA) will publish March consumer inflation figures on Wednesday.", "Economists polled by MarketDesk expect headline inflation to have risen to 3.4% y/y in March.", "It was 3.2% in February, when core inflation, which excludes food and energy, was 2.9%, 0.4 percentage points lower than a year earlier."]),
    ("h50-pr-dateline-wire-announced", "DURHAM, N.C., Sept. 17, 2026 /PRWire/ -- Larkmire Foods, a family-owned maker of frozen biscuits and breakfast sandwiches, today announced plans to build an $86 million manufacturing plant in the Pollinghurst Industrial Park in Pinckworth County, N.C., creating 240 full-time jobs over five years. The 210,000-square-foot plant will have three production lines and will be able to make up to 90 million biscuits a year. Construction is scheduled to start in January, with the first production line running by November 2027.",
     ["DURHAM, N.C., Sept. 17, 2026 /PRWire/ -- Larkmire Foods, a family-owned maker of frozen biscuits and breakfast sandwiches, today announced plans to build an $86 million manufacturing plant in the Pollinghurst Industrial Park in Pinckworth County, N.C., creating 240 full-time jobs over five years.", "The 210,000-square-foot plant will have three production lines and will be able to make up to 90 million biscuits a year.", "Construction is scheduled to start in January, with the first production line running by November 2027."]),
    ("h50-pr-hiring-careers-sept", "Hiring will begin in the spring of 2027 for production workers, maintenance technicians, quality assurance staff and supervisors. The average annual wage for the new jobs will be $52,300, above the Pinckworth County average of $44,100. Job seekers can sign up for hiring updates at larkmirefoods.com/careers.\nThe project is supported by a performance-based grant of up to $2.4 million over 10 years from Pinckworth County, which the county's Board of Commissioners approved on Sept. 8. “This is the largest private investment in Pinckworth County in more than 20 years,” said Dwayne Kittenbrook, chair of the Pinckworth County Board of Commissioners. “These are jobs that will let people stay in the county they grew up in.”",
     ["Hiring will begin in the spring of 2027 for production workers, maintenance technicians, quality assurance staff and supervisors.", "The average annual wage for the new jobs will be $52,300, above the Pinckworth County average of $44,100.", "Job seekers can sign up for hiring updates at larkmirefoods.com/careers.", "The project is supported by a performance-based grant of up to $2.4 million over 10 years from Pinckworth County, which the county's Board of Commissioners approved on Sept. 8.", "“This is the largest private investment in Pinckworth County in more than 20 years,” said Dwayne Kittenbrook, chair of the Pinckworth County Board of Commissioners.", "“These are jobs that will let people stay in the county they grew up in.”"]),
    ("h50-pr-contact-source-promo", "Media Contact:\nJenna Ruizmont, Director of Communications\n919-555-0178\nmedia@larkmirefoods.com\nSOURCE Larkmire Foods\nRelated Links\nhttps://www.larkmirefoods.com\nLooking to send a press release? Get started with PRWire today.",
     ["Media Contact:", "Jenna Ruizmont, Director of Communications", "919-555-0178", "media@larkmirefoods.com", "SOURCE Larkmire Foods", "Related Links", "https://www.larkmirefoods.com", "Looking to send a press release?", "Get started with PRWire today."]),
    ("h50-cy-statement-post-office-hours", "In a statement to this paper, Dyfnantog Bank said it would send a “community banker” to the town library every Thursday from 10am to 2pm, and that customers could still pay in cash and take money out at the Post Office on Bridge Street. I have nothing against the Post Office, whose staff are saints. But the Post Office on Bridge Street is open until 5.30pm on weekdays and 12.30pm on Saturdays, and it has one counter. Try paying in a farm's takings there on a Friday afternoon in December.",
     ["In a statement to this paper, Dyfnantog Bank said it would send a “community banker” to the town library every Thursday from 10am to 2pm, and that customers could still pay in cash and take money out at the Post Office on Bridge Street.", "I have nothing against the Post Office, whose staff are saints.", "But the Post Office on Bridge Street is open until 5.30pm on weekdays and 12.30pm on Saturdays, and it has one counter.", "Try paying in a farm's takings there on a Friday afternoon in December."]),
    ("h50-cy-ms-told-me-bio", "Our Member of the Senedd, Huw Bassenthwyn, told me he had written to the bank's chief executive asking for the closure to be put off until a hub opens. He has not had a reply.\nI will miss the branch. I will miss it less than Eirlys will. But we should stop pretending that this happens to towns like ours, rather than being done to them.\nGwenllian Prydderwyn is a retired headteacher who lives in Llanfeuno. Her column appears every other Saturday.\nThe views expressed in this column are the author's own and do not necessarily reflect those of the Chronicle.",
     ["Our Member of the Senedd, Huw Bassenthwyn, told me he had written to the bank's chief executive asking for the closure to be put off until a hub opens.", "He has not had a reply.", "I will miss the branch.", "I will miss it less than Eirlys will.", "But we should stop pretending that this happens to towns like ours, rather than being done to them.", "Gwenllian Prydderwyn is a retired headteacher who lives in Llanfeuno.", "Her column appears every other Saturday.", "The views expressed in this column are the author's own and do not necessarily reflect those of the Chronicle."]),
    ("h50-mn-byline-caption-st-paul", "By Marit Halvorsmark\nApril 22, 2026 3:47 PM\nRepublish   Share   Email\nSen. Maren Oyelindo speaks on the Senate floor on Tuesday. Photo: Devin Rasmussby / North Star Capitol Report\nST. PAUL — The Minnesota Senate voted 34-33 on Tuesday to require public high schools to start classes no earlier than 8:30 a.m., beginning in the 2029-30 school year. The bill, S.F. 1187, passed with the votes of 33 DFL senators and one Republican, Sen. Curtis Vollmark of Lake Emmaline. Two DFL senators voted against it.",
     ["By Marit Halvorsmark", "April 22, 2026 3:47 PM", "Republish   Share   Email", "Sen. Maren Oyelindo speaks on the Senate floor on Tuesday.", "Photo: Devin Rasmussby / North Star Capitol Report", "ST. PAUL — The Minnesota Senate voted 34-33 on Tuesday to require public high schools to start classes no earlier than 8:30 a.m., beginning in the 2029-30 school year.", "The bill, S.F. 1187, passed with the votes of 33 DFL senators and one Republican, Sen. Curtis Vollmark of Lake Emmaline.", "Two DFL senators voted against it."]),
    ("h50-mn-author-am-end", "The bill's author, Sen. Maren Oyelindo, DFL-Kettlewater, said 71% of Minnesota high schools now start before 8:15 a.m. “Teenagers' body clocks are not a character flaw,” she said on the Senate floor. She said districts that had already moved their start times, including Bellwick and Osgarth, saw first-period attendance rise by 4 to 6 percentage points within two years.",
     ["The bill's author, Sen. Maren Oyelindo, DFL-Kettlewater, said 71% of Minnesota high schools now start before 8:15 a.m.", "“Teenagers' body clocks are not a character flaw,” she said on the Senate floor.", "She said districts that had already moved their start times, including Bellwick and Osgarth, saw first-period attendance rise by 4 to 6 percentage points within two years."]),
]  # fmt: skip
