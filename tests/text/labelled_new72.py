"""Seventy-second set of new hand-labelled pages for the hint engines (tuning set, round thirty-one): twelve pages of everyday news from twelve countries where ATTRIBUTION and CHECK-WORTHINESS are hard together: who is speaking, sentence by sentence, and which of the sentences a reviewer would send to be checked.

Written from scratch for issue 13 in round thirty-one, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/`, no README and no benchmark was read, `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The format and the conventions were read from the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole), the module docstrings of
`labelled_new69.py` and `labelled_new70.py` (printed whole; the terminal cut the first listing in
the middle, so both were saved to /tmp and the missing part printed with `sed`), the `STYLES` of
those two files (each line cut to 400 characters), their first two pages and their split cases (all
thirty of each, each line cut to 400 characters), `build` in `labelled_articles.py` (a `grep -n "def
build" -A15` listing) and the ruff settings in `pyproject.toml` (a `sed` listing of the
`[tool.ruff]` tables). No other page, case or docstring of any file under `tests/` was read. What
was run: `ls` of `tests/text/` and of `tests/` (file names only; it showed that `labelled_new71.py`,
`labelled_heldout47.py` and `labelled_heldout48.py` did not exist yet), `grep -n` for the line
numbers of `STYLES`, `ARTICLES`, `CASES` and the page brackets in the two recent files, two
read-only `git status --short` runs (one before anything was written, which printed nothing, and one
at the end, which listed only the untracked new set files), `du -sh tests/`, a Python one-liner
printing the calendar of 2026 to check weekdays, scripts of my own in /tmp that turn a small line
format into the literals below and cut the split cases out of the pages, renaming scripts, an import
of this file with `build` on every page, a checking script of my own (four fields, flags, a cue for
every speaker and a speaker for every cue, no speaker on furniture, the sentence count, every split
case occurring in a built page and joining back to its text), whole-word case-insensitive searches
of every capitalised word of these pages and styles (each part of a hyphenated name on its own) over
`tests/` that printed file counts only (with `grep -rilw ... | wc -l`, and a Python counter of my
own that does the same over a word index of `tests/`), two `grep -rliw` runs that listed only the
names of the files holding eight coined names (to see why so many of them hit; no line was printed),
and `ruff format` / `ruff check` on this file.

Every person, small place, street, estate, subdivision, river, bus stand, school, hospital,
saleyard, ground, club, league, union, forum, association, outlet, consultancy, company and number
is invented (a first draft hit about eighty invented surnames, towns, streets, outlets and companies
of other files under `tests/`, and some sixty of the replacements tried next hit too; only
replacements with no hit were used, and the whole list was searched again). Real countries, regions,
big cities and public bodies appear only as settings, with invented figures: the United States,
Indiana, Illinois, the Indiana State Board of Accounts and Indiana's Level 5 felonies; England, NHS
England, the health secretary and an MP; Ireland, Co. Offaly, Offaly County Council, the Residential
Tenancies Board, the Department of Housing and the Minister for Housing; Canada, New Brunswick, the
New Brunswick Emergency Measures Organization, the RCMP and Environment Canada (the route number is
invented); Australia, New South Wales, Queensland, Victoria, the Central West, the Bureau of
Meteorology and the Australian Bureau of Agricultural and Resource Economics and Sciences; New
Zealand, a District Court judge and NZ On Air's Local Democracy Reporting (in a funding line);
India, Karnataka, Tumakuru, Bengaluru, Kannada and the Karnataka School Examination and Assessment
Board; Pakistan, Punjab, Lahore, Multan, Rawalpindi, Faisalabad and the federal government; Kenya,
Nakuru County, Nairobi, the National Treasury and the Ministry of Health; South Africa, Gauteng,
Ekurhuleni and the City of Ekurhuleni, the South African Police Service's quarterly crime
statistics, the Minister of Police, the National Prosecuting Authority and Mozambique; the
Philippines, Nueva Ecija, the Commission on Audit (COA), the Office of the Ombudsman and the Local
Government Code; Jamaica (only in `STYLES`). X, Facebook, WhatsApp, Telegram and Viber appear only
as channels. No surname, town, street, outlet, company, school, club or union of any file under
`tests/` is reused (given names, titles, real settings and common words such as "Clarion", "Echo",
"Herald", "Dispatch", "Leader", "Post", "Chronicle", "Times", "Riverside" and "Civic Centre" recur).
The three files written at the same time (`labelled_new71.py`, `labelled_heldout47.py`,
`labelled_heldout48.py`) had appeared by the end; they were never opened, and the last count-only
search over them found none of this set's invented names.

Each page is a page as a new user pastes it after selecting all in a browser, so every furniture
line (masthead, tagline or date strip, account strip, menu, crumb, section label, byline, date line,
share strip, caption credit, related and read-more lists, newsletter and tip lines, bio, funding
line, footer) is a paragraph of its own and "B". The furniture is light; the stories carry the
weight. In each, statements of record by officials, figures with and without a source, comparisons
and causal claims ("W") sit beside opinions, feelings, forecasts, pledges, advice, questions and
scene-setting ("" even inside quotes); speakers come through "said", "says", "told <outlet>",
"according to", "said in a statement", "wrote on X" and "wrote on Facebook", "wrote in a letter",
"said in court documents", "A report by X found", "Data from X show", placed at the start, in the
middle and at the end of sentences; pronoun chains run over paragraphs while two people of the same
gender speak in turn; spokespeople and groups are unnamed ("several residents said", "Agents said");
quotes run over two paragraphs; some named people do NOT speak; speech is reported ("She said the
town had ..."); there are questions, a short Q&A block (page 2) and a short live-update block (page
4). The stories are a sentencing, a hospital waiting list, housing, a flood, farm prices, an
election count, school results, transport fares, a strike, crime figures, a budget and a match
report; `STYLES` names the site, the story and the stresses of each page, in order.

(1) A US local daily in Indiana: a former clerk-treasurer is sentenced for taking $412,316 from the
town's water utility. The semicolon standfirst's "prosecutor says" carries "Alanna Varnholtz-Keats",
through whom the body gives it (its first half, the judge's order, rides on the same sentence); the
caption is scene, "", and its slash credit "B"; "MERRITTSBURG, Ind. — ..." is the sentence as an act
of record, "W", without a speaker, and the judge is first named in a sentence where she only orders
restitution (no speaker, "W"), then "the judge ruled" carries her by name with the cue "ruled";
"prosecutors said in court documents" keeps "Prosecutors" with that cue and "according to the
documents" keeps "the documents". The deputy prosecutor ("Deputy Prosecutor" dropped) and the
defense attorney ("Defense attorney" dropped) are two women who speak in turn: "told the court",
"she said", a quote sentence without a verb ("It was 143 decisions, ..." a figure of record, "W"),
"She asked" (a request in court, "W", cue "asked"), "Varnholtz-Keats said", "She said" (a rate rise
and its cause, "W"), "Lashbrook said", "she said"; the defendant is first described in an act
("unfolded a sheet of paper", "") and then quoted with "he said" (a confession and an apology, "").
"Ray Farrantine, the town council president, wrote in a letter to the court" carries him with "wrote
in a letter" (the audit cost "W") and "he wrote" with "wrote"; "A report by the Indiana State Board
of Accounts, released in May 2025, found" keeps "A report by the Indiana State Board of Accounts"
and "The report said" keeps "The report". The current clerk-treasurer is named in a sentence of
record and does not speak. "Quillcarrick said" and "“The people of this town,” she said, looking at
..., “are not a bank.”" (one sentence, the attribution in the middle) carry the judge; "several
residents said" keeps "Several residents"; a salon owner's own water bill is private, "", and "“Who
was checking?” she said." is one sentence; "Varnholtz-Keats said she did not expect an appeal" is a
forecast, ""; "did not respond to a request for comment" carries the attorney with that cue, "";
"Inc. publication." ends a sentence before "All rights reserved.".

(2) An English regional daily: a hospital trust's waiting list hits a record 71,412. The headline's
"trust blames" carries "Wexhaven and Ashlingbury Hospitals NHS Foundation Trust", the name as the
body first gives it, with the cue "blames"; the standfirst's first half is an unsourced figure and
its "Wexhaven MP calls figures “a disgrace”" carries the MP ("calls", "W"). "according to NHS
England figures", then "The figures were published on Thursday." and the year-on-year comparison
without a source ("W"); "In a statement, the trust said" keeps "the trust" (a causal claim, "W") and
"It said" resolves to the trust's full name. The MP "wrote on X" (cue "wrote"; the "disgrace" rides
on a meeting he asked for, "W") and the chief executive ("Dr" dropped) are two men who speak in
turn: "He said", "he said", a quote sentence without a verb, "Grennock said", "“Every one of those
emails ...,” he said" and "A new 28-bed surgical hub ..., Ravelston-Ajibolawe said, would open in
September ..." (a plan of record, "W", the attribution in the middle), then "He said he expected the
list to be “well below 70,000” by Christmas" (a forecast, ""). The medical director is named in a
sentence of record and does not speak. The Q&A block: "Five questions for ..." and "Her answers have
been edited for length." are "B"; each question begins "Q:" and carries no speaker, except "Q: NHS
England says no one should be waiting more than 65 weeks by now." (the source cited, "NHS England",
"says", a target of record, "W"), whose "Will you meet that?" has none; each answer begins "A:" and
every sentence of it carries the chief operating officer with the cue "A:" (bed figures and posts
filled "W", the pledge "We won't get to zero by September, ..." and the advice ""). A patient's
quote opens "“...,” said ..." and runs over two paragraphs, with a nested quote ("“Then it was
‘after the winter’." ends a sentence) and a question; "Members of a patients' group in Ashlingbury
said" is kept as written (their account, ""); "A spokesperson for the trust said" (81% of calls,
"W"); "And the other 19%?" is the paper's question, ""; "Data from NHS England also show" keeps
"Data from NHS England" with "show"; "Grennock said he had written to the health secretary on
Thursday ..." is an act of record, "W".

(3) An Irish regional weekly in Co. Offaly: a municipal district's housing list tops 1,100. The
standfirst's "council officials say" carries the council's director of housing services, through
whom the body gives it; "according to a report presented to councillors on Monday" keeps the report
as written, "That is 94 more than a year earlier." and the average wait are "W" without a source,
and "The report said" keeps "The report". The director (her role after the name, dropped; "said at
the meeting") and a councillor ("Cllr" and "(Ind)" dropped) are two women who speak in turn: "She
said" (a forecast, ""), "she said", "Mulcahern said", "She said" (the refusals, "W"),
"Cassiday-Foylan said" (an opinion, "") and "“Would any of us in this room take it?” she asked."
(one sentence, cue "asked"); the councillor's 24 years is arithmetic on the report's figures, "W".
"Data from the Residential Tenancies Board show" ("Co. Offaly" and "€1,344" do not split); "Local
TD" is dropped with "wrote in a letter to the Minister for Housing last month" (shares of list and
budget, "W") and "he wrote"; "In a statement, the Department of Housing said" keeps the department.
A couple on the list are named and described and do not speak (""); a woman "told the Clarion" she
had had one offer (private, "") and her quote runs over two paragraphs to a question, every sentence
carrying her with "told the Clarion"; "A council spokesperson said" the refusal rule ("W"); "Tenants
in the older council houses on Ardcarrig Road said" is kept as written (their account, ""), and "The
council said" keeps "The council" (surveys and a start date, "W"); "So where do 1,106 households go
in the meantime?" has no speaker; the next meeting's date is "W"; "Have a story?" ends a "B"
sentence.

(4) A Canadian regional site in New Brunswick: live updates as a river flood widens an evacuation
order. "LIVE" is "B"; the standfirst's "Emergency Measures Organization says" carries "the New
Brunswick Emergency Measures Organization" as the body names it ("W" for the 340 homes); the "WHAT
WE KNOW" box has its title "B", its three bullets of fact "W" ("22 Sawyer St." ends one) and its
forecast bullet "". In the live block the time stamps ("4:55 p.m.", "11:10 a.m.") are "B" and each
entry's headline is labelled like a headline: "Mayor says 61 people spent the night at shelter"
carries the mayor ("W"), "Crest now expected Tuesday, province says" carries the organization (a
forecast, ""), the resident's "‘I've never seen it come up this fast,’ says Riverside Drive
resident" carries her (""), and "Neighbours helping neighbours" is "". "The town wrote on X" keeps
"The town" with "wrote" (the order's extent, "W"), and "the town wrote" after its advice keeps "the
town"; "The RCMP said" keeps "The RCMP" ("at 3 p.m. after" does not split) and "Police asked people
not to ..." keeps "Police" with "asked" (advice, ""). "Mayor" is dropped with "said at a news
conference"; the fire chief ("Fire Chief" dropped) and the mayor are two men who speak in turn
across the entries: "he said", a quote sentence without a verb, "He said" after the chief
(door-to-door visits, "W"), "Robichard-Thibaudier said" (a comparison with 2008, "W"), "He added" (a
forecast, ""), "Petitpas-Garneau said" and "he said"; "at 10 a.m." ends a sentence before "He said".
The resident is first described ("has lived on Riverside Drive for 31 years", no speaker, "") and
then quoted over two paragraphs to a question, and the neighbour she names does not speak. "said in
its morning update" carries the organization (a forecast, ""), "The organization said" keeps "The
organization" (flood stage, "W"); "according to Environment Canada"; a volunteer driving evacuees is
named in an act and does not speak, ""; "Residents on higher ground in the Spruceholm subdivision
said" is kept as written.

(5) An Australian regional daily's rural page in New South Wales: store cattle prices slide 18 per
cent. The standfirst's "Agent says" carries the agent ("W" for the 89 cents; the producers' fear
rides on it); the sale's prices and its yarding are "W" without a source; the agent (named with his
firm) and a producer are two men who speak in turn: "he said" (a cause as his view, ""), "said" (the
producer's own sale, private, ""), "he said" with a hay price of $380 a tonne inside the quote
("W"), a quote sentence without a verb, "Mallaby-Rhoads said" (interstate buyers, "W"), "He said
they were betting on a wet spring" (""), "Penrudduck-Birt said he hoped" ("") and "he said" (a
hypothetical, ""). "according to the Bureau of Meteorology"; "Data from the Australian Bureau of
Agricultural and Resource Economics and Sciences show" keeps the data as written; "A report by
Paddockline Analytics released last week found" keeps "A report by Paddockline Analytics" and "The
report said" keeps "The report"; "Mayor Cr" is dropped and "She said the council had voted in June
to freeze the fees for 2026-27." is a vote of record, "W". The producer's daughter is named in an
act and does not speak; "Agents said" keeps "Agents" (their account, ""); "How long can producers
keep feeding stock?" has no speaker and the outlook after it keeps "the Bureau's latest three-month
outlook" (a published probability, "W"); the agent's expectation and quote are "" and the next
sale's date "W"; "Pty Ltd." ends a sentence before "All rights reserved.".

(6) A New Zealand regional site: special votes reverse the lead in a district mayoral by-election.
The standfirst's "Runner-up says" carries the runner-up (the turnout rides on it, "W"); "official
results show" at the end of the lead keeps "official results"; "She received 4,912 votes to ..." is
a sentence of record with a pronoun and no verb of saying, no speaker; the provisional count and the
special votes are "W" without a source; "Electoral officer" is dropped with "said" and "He said"
(counts of record, "W"). The winner and the runner-up are two women who speak in turn: "told the
Herald" (a feeling, ""), "she said", a pledge in a quote sentence without a verb (""), "McQuilkin
wrote on Facebook" ("wrote", ""), "She said" (a recount and its $750 deposit, "W"), "McQuilkin told
the Herald" (""), "she said" (a quote naming the winner, who does not speak in it), "Paratene said"
(a partial quote, "") and "She said" (a swearing-in date of record, "W"); between them
"Merrow-Dunbrake confirmed" the recount rule ("W") and "He said" the 2016 recount ("W"). The former
mayor is named in two sentences of record and does not speak, nor does the third candidate;
"according to a council report"; "Several voters said" keeps "Several voters"; "Would a 38-vote
margin survive a recount?" has no speaker and "Merrow-Dunbrake said he would not speculate." is "";
the funding line is "B".

(7) An Indian daily's Karnataka page: a district climbs the Class 10 (SSLC) table and a village girl
scores 624 out of 625. The standfirst's "officials say" carries the Deputy Director of Public
Instruction, through whom the body gives it; "TUMAKURU:" opens a lead that ends "according to
results released by the Karnataka School Examination and Assessment Board"; the ranks and the pass
counts are "W" without a source. "Deputy Director of Public Instruction" is dropped and the initials
kept ("H.N. Nagarajappa", which does not split); he and the headmaster (named with his role after
the name) are two men who speak in turn: "said" (a cause, "W"), "he said", a quote sentence without
a verb, "He said" (schools with full results, "W"), "said" (the years without a mathematics teacher,
"W"), "he said" (""), "Nagarajappa said", "He added" (posts sanctioned, "W"), "Kodlikere said" (his
results, "W") and "He said" (""); "That, Nagarajappa said, would depend on funds ..." carries him in
the middle of the sentence (""). The topper is named in a sentence of record (no speaker, "W") and
then quoted: "she said" and a quote running over two paragraphs, with "My parents say ..." inside it
still hers. Her father is named and described and does not speak, and "..., neighbours said." after
a sentence about him carries "Neighbours" (private, ""). "The district administration said in a
press release" and "It said" resolve to "The district administration"; "Parents outside a private
school in Tumakuru town said" is kept as written, and their complaint carries the official fee of Rs
410, "W"; "Rs. 530." ends a sentence; "Pvt. Ltd." ends one before "All rights reserved.".

(8) A Pakistani daily's Lahore page: intercity bus fares rise by up to 12pc after a diesel price
rise. The standfirst's "passengers say" carries "Several passengers at Bhattipura Lari Adda" as the
body names them; "LAHORE:" opens a lead that ends "according to a notification from the Regional
Transport Authority (RTA)" (kept as written, initials and all); "Rs2,350", "Rs14.82" and "12pc" do
not split; "The notification said" keeps "The notification". The RTA secretary ("RTA Secretary"
dropped) and the transporters' president ("Haji" dropped) are two men who speak in turn: "Diesel,
... told Naqsh, makes up about 45pc ..." (the attribution in the middle, "W"), "he said" (""), a
quote sentence without a verb ("They wanted 20pc.", "W"), "said" (a partial quote, ""), "He said"
(costs and their cause, "W"), "Kalwarwi said" (a rule of record, "W"), "He said" (a past fare cut,
"W"), "Dholanwali said he did not remember ..." ("") and "he said"; straight quotation marks
throughout. "Several passengers at Bhattipura Lari Adda said" (their account, ""); a passenger's
Rs2,500 against the notified fare is an allegation of overcharging, "W"; her quote with a
conductor's words nested in it ("..., he said, 'Then take another bus,'" she said.) carries HER, and
"Where is the other bus?" too; a conductor is named and described and does not speak; "The RTA said"
keeps "The RTA" (fines, "W"); "Kalwarwi said passengers could report ..." is advice, ""; "The Lahore
Commuters' Forum said in a statement" (31pc against 8pc, "W") and "It said" (""); "Who checks the
fares at night?" has no speaker and "Kalwarwi admitted" carries him with "admitted" ("after 10pm."
ends the sentence, "W").

(9) A Kenyan daily's counties page: a nurses' strike shuts outpatient services at 11 sub-county
hospitals. The standfirst's "Union says" carries the union's branch secretary, through whom the body
gives it (the county's reply rides on it); the closures are "W" without a source. The branch
secretary (named with her role after the name) and the county health executive ("County Executive
Committee Member for Health Dr" dropped) are two women who speak in turn: "said", "The arrears, she
said, were Sh212 million ..." (in the middle, "W"), "In a letter to Governor ... dated August 24,
Torokwe wrote" (cue "wrote"; the governor does not speak), "said", "she said" (""), a quote sentence
without a verb that states money not yet received ("W"), "Torokwe said" (""), "she said" (""),
"Gichohi-Kibe confirmed" (nurses hired, "W"), "She said" (births, "W"), "Gichohi-Kibe said" (a
partial quote that contradicts the ministry on a date, "W") and "Torokwe warned" (""). "Data from
the county health department show" keeps the data; a husband's quote opens "“...,” said ..." and
runs over two paragraphs to a question; "Relatives at the hospital said" is kept as written (their
account, ""); a nursing officer on duty is named in a sentence of record and does not speak ("W");
"In a statement, the Ministry of Health said" and "It said" keep "the Ministry of Health"; the
union's meeting date is "W" and "Can the county find the other Sh106 million before then?" has no
speaker.

(10) A South African community site in Gauteng: a police station's quarterly figures show murders
down and carjackings up. The headline's "latest crime stats show" carries "the South African Police
Service's quarterly crime statistics" as the body names them with "according to"; the standfirst's
"Station commander says" carries him; "The figures, released by the Minister of Police on Friday,
show" keeps "The figures" (the clause between dropped); the carjackings are "W" without a source.
"Station commander Brigadier" is dropped; he and the community policing forum's chairperson (named
with his role after the name) are two men who speak in turn: "said" (a cause, "W"), "He said" (the
taverns, "W"), "“We are not celebrating,” Mokoenane-Mazibukwe said." (""), a quote sentence without
a verb with a figure of record ("Twenty-nine families ...", "W"), "said" (patrollers' count, "W"),
"He said" (a fear, ""), "Mokoenane-Mazibukwe said" (a method of the carjackers, "W"), "He said"
(arrests, "W"), "Ramotlhale-Zondeka said" (""), "he said" and "“Who is giving them bail?”" (""), and
last "Mokoenane-Mazibukwe said" (an extension of record, "W"). "A spokesperson for the National
Prosecuting Authority in Gauteng said" is kept as written; a sister's quote opens "“...,” said ..."
and runs over two paragraphs, and her brother is named and described and does not speak; "Residents
said" keeps "Residents" (their account, ""); "The City of Ekurhuleni said in a statement" ("W") and
"It said" (a pledge, ""); "the quarterly statistics showed" keeps them as written; "Will the extra
officers stay?" has no speaker; "Got a news tip?" ends a "B" sentence and "(Pty) Ltd." one before
"All rights reserved.".

(11) A Philippine provincial site in Nueva Ecija: a town council passes a P486.2-million budget. The
standfirst's "Councilor says" carries the councilor (the mayor's reply rides on it); "SANTA
MALIGAYA, Nueva Ecija — The Sangguniang Bayan (SB) here on Monday approved ..." is an act of record
without a speaker, and the vice mayor is named in the vote sentence and does not speak; "Municipal
Budget Officer" is dropped and "He said" carries him ("Brgy. Bantogan." ends a sentence). The mayor
("Mayor" dropped) "wrote on Facebook" a Filipino phrase with its translation in brackets inside the
same sentence ("", cue "wrote"), and "She said" carries her (the hall's rent, "W"). "A report by the
Commission on Audit (COA) released in June found" keeps "A report by the Commission on Audit (COA)"
and "The report said" keeps "The report". The councilor ("Councilor" dropped) and the mayor are two
women who speak in turn: "said" (an opinion, ""), then a sentence of record naming her with no verb
of saying ("W"), "she said" with a Filipino quote and its bracketed translation (both carrying her,
""), a quote sentence without a verb that is a question (""), "Dimatatac-Siocho said" ("W"), "She
said" (complaints filed, "W"), "Solivenco said" (her request, "W") and "she asked" (""). The budget
officer "told reporters" the bidding schedule ("W"); "Farmers who attended the session said" is kept
as written; a rice farmer with a sign in Filipino and English is described and does not speak (the
sign is not speech); the Local Government Code's 90 days are "W"; the paper's question has no
speaker; "Inc." ends a sentence before "All rights reserved.".

(12) A Jamaican daily's sports page: a league leader wins 2-1 with a late header. The match header
("FT   Bellrose United 2 – 1 Cordley Park" and "Faulknor 14', Gaylard 88'   ·   Hibberdine 52'
(pen)") is "B"; the headline and the caption state the winning goal, "W"; goals, the penalty and the
red card are "W" without a speaker. The home coach is first named in an act ("spent most of the
second half on his feet", "") and then quoted: "McKenley said" and a quote running over two
paragraphs, its "Four points is nothing with nine games left." a figure of record inside an opinion
("W"). He and the away coach ("Cordley Park coach" dropped) are two men who speak in turn: "said" (a
penalty claim, ""), "he said", "He said" (""), "McKenley said" (the top scorer's 16 goals, "W") and
"He added" (a scan, ""). The scorer "said" it was his first league goal ("W") and "he said" a
feeling (""). "Data from the league show" keeps the data; "Cordley Park wrote on X" carries the club
(a formal complaint announced, "W") and "the club wrote" keeps "the club" (""); the league's
competitions manager is named after her role ("W"); "Can anyone catch Bellrose?" has no speaker and
the rival's position is "W"; "Referee:" and "Attendance:" lines are data, "".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py`, `labelled_new69.py` and `labelled_new70.py` hold too, as their
docstrings state them (furniture "B" line by line; captions by content and credits "B"; standfirsts
labelled like headlines, never split at a semicolon, a verb of saying in them carrying the source as
the body names it or the person through whom the body gives it; titles, ranks, honorifics and roles
dropped from speakers; a pronoun, a later surname or a role resolved to the full name as first
given; organisations, documents and data kept as written, "according to X" -> X, "It" for an
organisation resolved to its name as first given, a later generic noun ("the trust", "The council",
"The report") kept as written; a quote over several sentences or paragraphs carrying its speaker and
cue, a question inside it too; "did not respond" like speech with flags ""; plans, votes, decisions
and figures of record "W"; forecasts, hopes, pledges, opinions, feelings, scene, private
circumstances, questions and advice ""; a figure of record inside an opinion or a quote "W"; a named
person acting or described, with no verb of saying, carries no speaker; two speakers of the same
gender in turn, a pronoun going to the person named as subject just before; a bracketed translation
carrying the quote's speaker and cue; live-blog time stamps "B" and entry headlines labelled like
headlines; Q&A answers carrying the interviewee with "A:" and questions no speaker unless they cite
a source; boxes with their titles "B"; match headers "B" and referee and attendance lines "").

Conventions this set had to settle, in the same spirit:

* Written channels. "wrote on X" and "wrote on Facebook" take the cue "wrote", as "wrote on
  Instagram" and "In an email ..., X wrote" did in `labelled_new69.py`, and so does "In a letter to
  ..., X wrote"; "X wrote in a letter to <someone>" takes "wrote in a letter" (the addressee
  dropped, like a date), as "said in a statement" keeps its channel; "said in court documents",
  "said in a press release", "said in its morning update", "said at a news conference", "said at the
  meeting", "told the court", "told reporters" and "told <outlet>" are cues as written; "he wrote" /
  "the club wrote" after them take "wrote".
* Documents, data and results. "according to X" keeps X whole as written, however long ("a report
  presented to councillors on Monday", "a notification from the Regional Transport Authority
  (RTA)"); a document or data set that is the subject of its own verb is named by its head as
  written ("A report by the Commission on Audit (COA)", "Data from the county health department",
  "official results", "The figures", "the quarterly statistics"), without a participle or a clause
  that only dates it ("released in June", "released by the Minister of Police on Friday"), as a
  spokesperson was named without the clause set off by commas; the cue is the verb ("found", "show",
  "showed", "said").
* Verbs of record. "the judge ruled" carries the judge by name with the cue "ruled"; "She asked for
  a sentence of four years" is a request made in court, reported speech, with the cue "asked" and
  "W"; "Police asked people not to ..." keeps "Police" with "asked" (advice, ""); "admitted",
  "confirmed", "warned" and "blames" / "calls" in a headline are cues as written.
* Nested quotes. A quote that carries someone else's words inside it ("..., he said, 'Then take
  another bus,'" she said.) belongs to the person quoting; the nested "he said" makes nobody a
  speaker. A sign's words quoted in a description are not speech.
* A named person who does not speak, with a group that does: "Mallesh Hulikatti was out on a trip
  ..., neighbours said." carries "Neighbours", never the person named.
* Private figures against figures of record. One person's own bill, sale or earnings is private, "";
  a fare paid set against the notified fare is an allegation a reviewer would check, "W"; an
  official fee inside a complaint is a figure of record, "W"; a price charged by private clinics in
  relatives' account stays "".
* Boxes and live blocks. A what-we-know box has its title "B", its bullets of fact "W" and its
  forecast bullet ""; a live entry's headline that carries a verb of saying ("Mayor says ...", "...,
  province says") carries the source as the entry's body names it.

Splits. "Feb. 17, 2026", "5:48 p.m. ET", "Ind. —", "Glenn A. Hollisworth-Prynne", "LLC, had", "Dr
Simeon", "A&E", "06:00, Fri 15 May 2026", "Co. Offaly", "(Ind) said", "€1,344", "30km/h", "4:55 p.m.
ADT,", "at 3 p.m. after", "7.14 metres", "7.3 and 7.5 metres", "1:15pm, first published 11:00am",
"405c/kg", "4:20pm Thursday", "H.N. Nagarajappa", "Rs 410", "09:12 pm IST", "Rs2,350", "Rs14.82",
"12pc", "Sh212 million", "Sh1.9 billion", "8.1%", "P486.2-million", "Brgy. Bantogan, sat", "14'",
"52' (pen)" and a quote with its attribution in the middle ("“The people of this town,” she said,
looking at ..., “are not a bank.”") never split a sentence; nor does a "?" inside a quote before a
lower-case attribution ("“Who was checking?” she said.", "“Would any of us in this room take it?”
she asked.") or a bracketed translation inside a sentence. "22 Sawyer St." at the end of a line, "at
10 a.m." before "He said", "‘after the winter’." before "Now", "Rs. 530.", "2024-25." / "2026-27.",
"after 10pm.", "Brgy. Bantogan." at the end of a paragraph, "Inc. publication." / "Ltd." / "Pty
Ltd." / "Pvt. Ltd." / "(Pty) Ltd." / "Inc." before "All rights reserved.", a Filipino quote before
its bracketed translation, and "?" in furniture before a capital ("Have a story?" / "Email ...",
"Got a news tip?" / "WhatsApp ...") end one; "Q:" and "A:" open their sentences and never stand
alone.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written
the same way as in `labelled_new69.py` and `labelled_new70.py`: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US local daily's site in Indiana, a former small-town clerk-treasurer is sentenced for stealing from the town's water utility (masthead, account strip, menu, section label in capitals, headline with a figure, semicolon standfirst carrying the prosecutor through says, byline with a pipe, published and updated line with p.m. and ET, share strip, caption and credit with a slash, Ind. in the dateline, the sentence as an act of record, the judge named in an act and then through the judge ruled, prosecutors said in court documents, according to the documents, a deputy prosecutor and a defense attorney (two women) in turn through told the court, she said, She asked, surnames alone and She said, a quote sentence without a verb, the defendant named in an act and then quoted, a letter to the court through wrote in a letter and he wrote, a report by the State Board of Accounts through found and The report said, a clerk-treasurer named in an act who does not speak, the judge's quote with the attribution in the middle, several residents said, a salon owner's private bill and a question in a quote, did not respond to a request for comment, related list, bio with a phone number, footer with Inc.)",
    "English regional daily's site, a hospital trust's waiting list reaches a record with a short Q&A with its chief operating officer (masthead, account strip, menu, crumb, headline carrying the trust through blames, standfirst with a fact and the MP through calls, byline with role, date line with a 24-hour time and an updated time, share strip, caption and credit in brackets, according to NHS England figures, an unsourced comparison with a year earlier, In a statement the trust said then It said, the MP wrote on X, the chief executive and the MP (two men) in turn through said, he said, surnames alone and He said, the attribution in the middle of a sentence, a quote sentence without a verb, a medical director named in an act who does not speak, a Q&A introduced by a furniture line, Q: and A: prefixes, a question that cites NHS England through says, a forecast and advice in the answers, a patient's quote with a nested quote running over two paragraphs to a question, members of a patients' group said, A spokesperson for the trust said, the paper's question, Data from NHS England show, read-more and most-read lists, newsletter line, footer with Ltd.)",
    "Irish regional weekly's site in Co. Offaly, a municipal district's social housing list tops 1,100 (masthead, founding tagline, menu with pipes, section label, headline, semicolon standfirst carrying the director of housing through council officials say, byline, date line, share strip with a comment count, caption and credit, according to a report presented to councillors, an unsourced comparison, The report said, the director of housing and a councillor (two women) in turn through said at the meeting, She said, surnames alone, she said and she asked, Cllr and (Ind) dropped, Data from the Residential Tenancies Board show, Co. in mid-sentence, a TD wrote in a letter to the minister and he wrote, In a statement the Department of Housing said, a family named and described who do not speak, a woman's quote told the Clarion running over two paragraphs to a question, A council spokesperson said, tenants kept as written, The council said, the paper's question, a meeting date, related list, tip line with a question, footer)",
    "Canadian regional news site in New Brunswick, live updates as a river flood forces evacuations in a small town (masthead, account strip, menu with a flooding item, LIVE label, headline with metres, semicolon standfirst carrying the Emergency Measures Organization through says, two-name byline, last-updated line with ADT, share strip, a what-we-know box with its title and four bullets, St. ending a bullet, a live block with time stamps newest first and entry headlines, the town wrote on X and the town wrote, The RCMP said and Police asked, a headline carrying the mayor through says, said at a news conference, a resident described and then quoted with a quote running over two paragraphs to a question, a neighbour named in a quote, the fire chief and the mayor (two men) in turn through said, He said, surnames alone and He added, a.m. ending a sentence, a forecast headline carrying the province through says, said in its morning update and The organization said, according to Environment Canada, a volunteer named in an act who does not speak, residents said, related list, contact line, footer with Ltd.)",
    "Australian regional daily's rural page in New South Wales, store cattle prices slide at a saleyard as a dry winter forces selling (masthead, date and weather strip, menu, section label in capitals, headline with per cent, semicolon standfirst carrying the agent through says, Words by byline, updated line with pm and am, share strip, caption with Picture by credit, unsourced sale figures, c/kg and per cent, the agent and a producer (two men) in turn through said, he said, surnames alone and He said, a causal claim inside a quote, according to the Bureau of Meteorology, a hay price inside a private quote, a hope, Data from ABARES show, A report by a consultancy found and The report said, Mayor and Cr dropped, a council vote of record through She said, a producer's daughter named in an act who does not speak, agents said, a question without a speaker, according to the Bureau's outlook, a sale date of record, more-rural list, newsletter line, footer with Pty Ltd.)",
    "New Zealand regional news site, official results of a district mayoral by-election after special votes reverse the lead (masthead, search and log-in strip, menu with pipes, section label, headline with a margin, semicolon standfirst carrying the runner-up through says, byline with a middle dot and role, date line with pm, share strip, caption with a slash credit, official results show at the end of the lead, a pronoun in a sentence of record with no verb of saying, unsourced provisional and special-vote counts, Electoral officer dropped with said and He said, the winner and the runner-up (two women) in turn through told the Herald, she said, wrote on Facebook, surnames alone and She said, confirmed, a recount deposit and a swearing-in date of record, a pledge and feelings in quotes, a former mayor named in sentences of record who does not speak, according to a council report, a third candidate named in a sentence of record, several voters said, the paper's question, a refusal to speculate, funding line, related list, footer)",
    "Indian English daily's Karnataka page, a district climbs the table in the Class 10 (SSLC) results and a village girl tops it (masthead in capitals, e-paper strip, menu with pipes, crumb, headline with a pass percentage, semicolon standfirst carrying the Deputy Director of Public Instruction through officials say, byline with place, updated line with IST, follow and share strip, caption and Special Arrangement credit, TUMAKURU: dateline with according to results released by the board, the State capitalised, unsourced counts, initials kept in a name and the role dropped, a causal claim of record, the DDPI and a headmaster (two men) in turn through said, he said, surnames alone, He added and He said, a quote sentence without a verb, the attribution in the middle of a sentence, a topper named in a sentence of record and then quoted with a quote running over two paragraphs and reported speech inside it, her father named and described who does not speak, neighbours said about him, said in a press release and It said, parents kept as written with a fee inside a complaint, Rs. and Rs, a question, tags, published line, footer with Pvt. Ltd.)",
    "Pakistani English daily's Lahore page, intercity bus fares rise by up to 12pc after a diesel price increase (masthead in capitals, e-paper and Urdu strip, menu, section label, headline with pc, semicolon standfirst carrying passengers through say, staff-reporter byline, published line with a relative update, share strip with comments, caption and credit with a dash, LAHORE: dateline with according to a notification from the RTA, Rs with no space and pc, The notification said, the RTA secretary and the transporters' president (two men) in turn through told Naqsh, he said, surnames alone and He said, straight quotes, a quote sentence without a verb, a partial quote, Haji dropped, the attribution in the middle of a sentence, passengers kept as written, a passenger's fare against the notified fare and a nested quote, a question in a quote, a conductor named in a description who does not speak, The RTA said, a commuters' forum said in a statement and It said, the paper's question, admitted, published-in line, read-more list, comments notice, footer)",
    "Kenyan daily's counties page, a nurses' strike over unpaid allowances shuts outpatient services at a county's sub-county hospitals (masthead in capitals, date strip, menu with pipes, section label, headline, semicolon standfirst with two speakers carrying the union's branch secretary through Union says, byline, date line with EAT, share strip, caption and credit in capitals with pipes, unsourced closures of record, the branch secretary and the county health executive (two women) in turn through said, she said, In a letter ... wrote, surnames alone, She said and confirmed, the governor named in a letter who does not speak, Dr dropped with a long role, a claim of record inside a quote, the attribution in the middle of a sentence, Data from the county health department show, a husband's quote running over two paragraphs to a question, relatives kept as written, a nursing officer named in a sentence of record who does not speak, In a statement the Ministry of Health said and It said, a partial quote contradicting it, warned, the paper's question, a meeting date of record, related list, footer with Ltd.)",
    "South African community news site in Gauteng, a police station's quarterly crime figures show murders down and carjackings up (masthead, menu with pipes, section label, headline carrying the statistics through show, semicolon standfirst carrying the station commander through says, byline with a pipe and date, share strip, caption and Picture credit, according to the SAPS quarterly crime statistics at the end of the lead, an unsourced comparison, The figures show with a clause between, Brigadier dropped with a role before the name, the station commander and the policing forum chairperson (two men) in turn through said, He said, surnames alone and he said, a figure of record inside a quote, a question inside a quote, a spokesperson for the NPA kept as written, a sister's quote running over two paragraphs, her brother named and described who does not speak, residents said, The City of Ekurhuleni said in a statement and It said, the quarterly statistics showed, the paper's question, related list, tip line with a question, footer with (Pty) Ltd.)",
    "Philippine provincial news site in Nueva Ecija, a town council passes a bigger budget over a dispute about a hall annex and audit findings (masthead, date strip, menu with pipes, section label in capitals, headline with P and million, semicolon standfirst with two speakers carrying the councilor through says, byline, date line with pm, share strip with Viber, caption and credit in capitals with slashes, SANTA MALIGAYA, Nueva Ecija — dateline with the vote as an act of record, a vice mayor named in a sentence of record who does not speak, the budget officer through said and He said, Brgy. in mid-sentence, the mayor wrote on Facebook with a Filipino phrase and its translation in brackets inside the sentence, She said, A report by the Commission on Audit found and The report said, the mayor and a councilor (two women) in turn through said, a Filipino quote and its bracketed translation, a question in a quote, surnames alone, she asked, told reporters, farmers kept as written, a farmer named in a description who does not speak, a rule of record, the paper's question, related list, follow line, footer with Inc.)",
    "Jamaican daily's sports page, a football match report as the league leaders win with a late header (masthead, section strip, sports menu with pipes, competition label in capitals, a match header with FT and the score, scorers with minutes and a pen, headline, byline with a slash and role, date line, share strip, a caption stating the winning goal and a credit, goals, a penalty and a red card of record without a speaker, the home coach named in an act and then quoted with a quote running over two paragraphs, a figure of record inside his quote, the two coaches (two men) in turn through said, he said, He said, surnames alone and He added, the scorer's first league goal through said and a feeling in a quote, Data from the league show, the away club wrote on X and the club wrote, the league's competitions manager said, the paper's question, a rival club named in a sentence of record, referee and attendance lines as data, more-sports list, footer with Ltd.)",
]

ARTICLES = [
    [  # 1. US local daily's site in Indiana, a former small-town clerk-treasurer is sentenced for stealing from the town's water utility
        [("The Merrittsburg Courier-Sentinel", "", "", "B")],
        [("Subscribe   Sign In   e-Edition   Obituaries", "", "", "B")],
        [("News   Courts & Crime   Schools   Sports   Opinion   Classifieds", "", "", "B")],
        [("COURTS & CRIME", "", "", "B")],
        [("Ex-Merrittsburg clerk-treasurer gets 6 years for taking $412,000 from town utility", "", "", "W")],
        [("Judge orders full restitution; prosecutor says thefts ran for nearly five years", "Alanna Varnholtz-Keats", "says", "W")],
        [("By Dwight Pellacourt | Courier-Sentinel", "", "", "B")],
        [("Published 5:48 p.m. ET Feb. 17, 2026 | Updated 7:10 p.m. ET Feb. 17, 2026", "", "", "B")],
        [("Share   Facebook   X   Email   Print", "", "", "B")],
        [("Glenn A. Hollisworth-Prynne leaves the Varnell County Courthouse after his sentencing Tuesday.", "", "", ""),
         ("Renata Whitlawson/Courier-Sentinel", "", "", "B")],
        [("MERRITTSBURG, Ind. — A former Merrittsburg clerk-treasurer was sentenced Tuesday to six years in prison for stealing $412,316 from the town's water and sewer utility over nearly five years.", "", "", "W"),
         ("Varnell Circuit Judge Theresa Quillcarrick also ordered Glenn A. Hollisworth-Prynne, 58, to repay the full amount.", "", "", "W")],
        [("Hollisworth-Prynne pleaded guilty in December to one count of theft and one count of official misconduct, both Level 5 felonies.", "", "", "W"),
         ("Two years of the sentence will be served on home detention, the judge ruled.", "Theresa Quillcarrick", "ruled", "W")],
        [("Between March 2020 and January 2025, Hollisworth-Prynne wrote 143 checks from the utility's account to a company he controlled, prosecutors said in court documents.", "Prosecutors", "said in court documents", "W"),
         ("The company, Ridgebarrow Consulting LLC, had no employees, no office and no customers other than the town, according to the documents.", "the documents", "according to", "W")],
        [("Deputy Prosecutor Alanna Varnholtz-Keats told the court the money paid for a lake cottage, two boats and at least 40 trips to casinos in Indiana and Illinois.", "Alanna Varnholtz-Keats", "told the court", "W"),
         ("“This was not one bad decision,” she said.", "Alanna Varnholtz-Keats", "said", ""),
         ("“It was 143 decisions, made one at a time, and he signed every one of them himself.”", "Alanna Varnholtz-Keats", "said", "W")],
        [("Defense attorney Marisa Lashbrook said her client had repaid $61,000 before he was charged and had sold the cottage to raise more.", "Marisa Lashbrook", "said", "W"),
         ("She asked for a sentence of four years, all of it on home detention.", "Marisa Lashbrook", "asked", "W")],
        [("Varnholtz-Keats said that still left more than $350,000 unpaid.", "Alanna Varnholtz-Keats", "said", "W"),
         ("She said the town had raised water rates 9% in 2024 partly to cover losses its auditors could not explain at the time.", "Alanna Varnholtz-Keats", "said", "W")],
        [("Lashbrook said the rate increase had been planned since 2022 to pay for a new well.", "Marisa Lashbrook", "said", "W"),
         ("“My client has not asked anyone to feel sorry for him,” she said.", "Marisa Lashbrook", "said", ""),
         ("“He has asked for the chance to keep working so he can pay this town back.”", "Marisa Lashbrook", "said", "")],
        [("Hollisworth-Prynne, in a gray suit, unfolded a sheet of paper and read from it with his hands shaking.", "", "", ""),
         ("“I was trusted with this town's money, and I took it,” he said.", "Glenn A. Hollisworth-Prynne", "said", ""),
         ("“I am sorry to every person in Merrittsburg who ever paid a water bill.”", "Glenn A. Hollisworth-Prynne", "said", "")],
        [("Ray Farrantine, the town council president, wrote in a letter to the court that the town had spent $87,500 on a forensic audit and legal fees since the thefts came to light.", "Ray Farrantine", "wrote in a letter", "W"),
         ("“Our residents need to see that this is taken seriously,” he wrote.", "Ray Farrantine", "wrote", "")],
        [("A report by the Indiana State Board of Accounts, released in May 2025, found the utility had not required a second signature on checks over $5,000 for at least six years.", "A report by the Indiana State Board of Accounts", "found", "W"),
         ("The report said the utility's bank statements had not been reconciled since 2019.", "The report", "said", "W")],
        [("The current clerk-treasurer, Joanne Pennywell, found the first of the checks in February 2025 while preparing the utility's annual report for the state.", "", "", "W"),
         ("The council hired an outside accounting firm in April to review the books every quarter.", "", "", "W")],
        [("Before passing sentence, Quillcarrick said she had read 38 letters from residents, four of them asking for leniency.", "Theresa Quillcarrick", "said", "W"),
         ("“The people of this town,” she said, looking at Hollisworth-Prynne, “are not a bank.”", "Theresa Quillcarrick", "said", ""),
         ("“They are your neighbors.”", "Theresa Quillcarrick", "said", "")],
        [("Outside the courthouse, several residents said they still could not understand how the thefts went unnoticed for so long.", "Several residents", "said", "")],
        [("Carla Wenstrom-Nwokedimma, who runs a hair salon on Cobbler Street, said her water bill had gone up by about $14 a month since 2023.", "Carla Wenstrom-Nwokedimma", "said", ""),
         ("“Who was checking?” she said.", "Carla Wenstrom-Nwokedimma", "said", ""),
         ("“That's all I want to know.”", "Carla Wenstrom-Nwokedimma", "said", "")],
        [("Hollisworth-Prynne was taken into custody at the end of the hearing.", "", "", "W"),
         ("Varnholtz-Keats said she did not expect an appeal.", "Alanna Varnholtz-Keats", "said", ""),
         ("Lashbrook did not respond to a request for comment Tuesday evening.", "Marisa Lashbrook", "did not respond to a request for comment", "")],
        [("Related", "", "", "B")],
        [("Merrittsburg water rates to rise 9% as council cites 'unexplained losses'", "", "", "B")],
        [("State audit of Merrittsburg utility finds missing controls", "", "", "B")],
        [("Dwight Pellacourt covers courts and public safety for the Courier-Sentinel.", "", "", "B"),
         ("Reach him at dpellacourt@mcsentinel.com or 765-555-0142.", "", "", "B")],
        [("© 2026 The Merrittsburg Courier-Sentinel, a Tallowvale Media Inc. publication.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. English regional daily's site, a hospital trust's waiting list reaches a record with a short Q&A with its chief operating officer
        [("The Wexhaven Echo", "", "", "B")],
        [("Sign in   Subscribe   Notices   Jobs", "", "", "B")],
        [("News   Health   Politics   Sport   What's On   Property", "", "", "B")],
        [("News › Health", "", "", "B")],
        [("Hospital waiting list hits record 71,412 as trust blames winter bed crisis", "Wexhaven and Ashlingbury Hospitals NHS Foundation Trust", "blames", "W")],
        [("More than 9,000 patients have waited over a year; Wexhaven MP calls figures “a disgrace”", "Tobias Grennock", "calls", "W")],
        [("By Farah Quenbridge-Dobbs, Health Reporter", "", "", "B")],
        [("06:00, Fri 15 May 2026   Updated 11:32, Fri 15 May 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("The main entrance of Wexhaven General Hospital on Thursday.", "", "", ""),
         ("(Photo: Farah Quenbridge-Dobbs)", "", "", "B")],
        [("The number of people waiting for planned treatment at Wexhaven and Ashlingbury Hospitals NHS Foundation Trust rose to 71,412 at the end of March, according to NHS England figures.", "NHS England figures", "according to", "W"),
         ("The figures were published on Thursday.", "", "", "W")],
        [("That is up from 64,980 a year earlier and is the highest total since the trust was formed in 2011.", "", "", "W"),
         ("About 9,300 of those patients have been waiting for more than a year, nearly twice as many as in March 2025.", "", "", "W")],
        [("In a statement, the trust said the rise was caused by a winter in which it cancelled 1,870 planned operations because there were no beds for patients to recover in.", "the trust", "said", "W"),
         ("It said trauma and orthopaedics and ear, nose and throat had the longest waits, with a median of 31 weeks in orthopaedics.", "Wexhaven and Ashlingbury Hospitals NHS Foundation Trust", "said", "W")],
        [("Tobias Grennock, the MP for Wexhaven, wrote on X that the figures were “a disgrace” and that he had asked for a meeting with the trust's board.", "Tobias Grennock", "wrote", "W"),
         ("He said the trust had told him in January that the list would start to fall by the spring.", "Tobias Grennock", "said", "W")],
        [("The trust's chief executive, Dr Simeon Ravelston-Ajibolawe, said the list had in fact fallen in February, by 410 patients, before rising again in March.", "Simeon Ravelston-Ajibolawe", "said", "W"),
         ("“I understand why people are angry,” he said.", "Simeon Ravelston-Ajibolawe", "said", ""),
         ("“I would be angry too if my mother was one of the 71,000.”", "Simeon Ravelston-Ajibolawe", "said", "")],
        [("Grennock said 212 constituents had contacted his office about waiting times since January.", "Tobias Grennock", "said", "W"),
         ("“Every one of those emails is somebody in pain,” he said.", "Tobias Grennock", "said", "")],
        [("A new 28-bed surgical hub at Ashlingbury Community Hospital, Ravelston-Ajibolawe said, would open in September and take about 4,000 operations a year away from the two main sites.", "Simeon Ravelston-Ajibolawe", "said", "W"),
         ("He said he expected the list to be “well below 70,000” by Christmas.", "Simeon Ravelston-Ajibolawe", "said", "")],
        [("The trust's medical director, Dr Priya Venkatachalam, ran 14 weekend cataract lists herself between January and March to bring down the wait for eye surgery.", "", "", "W")],
        [("Five questions for the trust's chief operating officer, Helen Marchbridge.", "", "", "B"),
         ("Her answers have been edited for length.", "", "", "B")],
        [("Q: Why is your list still growing when the list across England is shrinking?", "", "", "")],
        [("A: In January our beds were more than 95% full on 27 days out of 31.", "Helen Marchbridge", "A:", "W"),
         ("When that happens, planned surgery is the first thing to go, and it's the right call.", "Helen Marchbridge", "A:", "")],
        [("Q: NHS England says no one should be waiting more than 65 weeks by now.", "NHS England", "says", "W"),
         ("Will you meet that?", "", "", "")],
        [("A: We had 212 patients over 65 weeks at the end of March, down from 540 in December.", "Helen Marchbridge", "A:", "W"),
         ("We won't get to zero by September, but we will by the end of the year.", "Helen Marchbridge", "A:", "")],
        [("Q: What should patients do if they get worse while they wait?", "", "", "")],
        [("A: Go back to your GP or ring the number on your appointment letter.", "Helen Marchbridge", "A:", ""),
         ("A clinician will look at whether you need to be seen sooner.", "Helen Marchbridge", "A:", "")],
        [("Q: Won't the new hub just move the queue from one building to another?", "", "", "")],
        [("A: It shouldn't, because the hub has its own theatres and its own staff.", "Helen Marchbridge", "A:", ""),
         ("We have filled 46 of its 58 theatre posts since October.", "Helen Marchbridge", "A:", "W")],
        [("“I was told in October 2024 it would be about a year,” said Dennis Loxmere-Idachaba, 67, a retired bus driver from Ashlingbury who is waiting for a knee replacement.", "Dennis Loxmere-Idachaba", "said", ""),
         ("“Then it was ‘after the winter’.", "Dennis Loxmere-Idachaba", "said", ""),
         ("Now nobody will give me a date at all.", "Dennis Loxmere-Idachaba", "said", "")],
        [("“I'm not blaming the nurses, they've been marvellous.", "Dennis Loxmere-Idachaba", "said", ""),
         ("But how long is long enough?”", "Dennis Loxmere-Idachaba", "said", "")],
        [("Members of a patients' group in Ashlingbury said many of them had stopped ringing the trust for updates because calls went unanswered.", "Members of a patients' group in Ashlingbury", "said", ""),
         ("A spokesperson for the trust said its booking line had answered 81% of calls within five minutes in April.", "A spokesperson for the trust", "said", "W")],
        [("And the other 19%?", "", "", "")],
        [("Data from NHS England also show the trust's A&E departments saw 61.2% of patients within four hours in April, against 74.9% across England.", "Data from NHS England", "show", "W")],
        [("Grennock said he had written to the health secretary on Thursday asking for an independent review of the trust's recovery plan.", "Tobias Grennock", "said", "W")],
        [("Read more: Ashlingbury surgical hub to open in September after £18m refit", "", "", "B")],
        [("Most read", "", "", "B")],
        [("Two hurt in crash on Wexhaven ring road", "", "", "B")],
        [("Ashlingbury market to move to Saturdays from June", "", "", "B")],
        [("Get the Echo's health newsletter every Tuesday – sign up here", "", "", "B")],
        [("© 2026 Wexhaven Echo Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. Irish regional weekly's site in Co. Offaly, a municipal district's social housing list tops 1,100
        [("Kilbranagh & District Clarion", "", "", "B")],
        [("Serving Kilbranagh, Rathmoylan and the south Offaly parishes since 1911", "", "", "B")],
        [("News | Sport | Farming | Community Notes | Death Notices | Contact", "", "", "B")],
        [("News", "", "", "B")],
        [("Housing list in Kilbranagh district tops 1,100 as council delivers 46 homes", "", "", "W")],
        [("Households wait more than seven years on average; council officials say new schemes will ease pressure from 2027", "Gráinne Mulcahern", "say", "W")],
        [("By Siobhán Treanor-Mulvany", "", "", "B")],
        [("Thursday, 12 March 2026", "", "", "B")],
        [("Share   Facebook   X   Email   Comments (7)", "", "", "B")],
        [("Houses under construction on Ardcarrig Road, Kilbranagh, last week.", "", "", ""),
         ("Photo: Clarion", "", "", "B")],
        [("There were 1,106 households on the social housing waiting list for the Kilbranagh municipal district at the end of February, according to a report presented to councillors on Monday.", "a report presented to councillors on Monday", "according to", "W"),
         ("That is 94 more than a year earlier.", "", "", "W")],
        [("The report said Offaly County Council had delivered 46 new social homes in the district in 2025, 31 of them built by the council and 15 bought or leased from private owners.", "The report", "said", "W"),
         ("The average time on the list was seven years and two months.", "", "", "W")],
        [("Gráinne Mulcahern, the council's director of housing services, said at the meeting that 212 more homes were under construction or had planning permission in the district.", "Gráinne Mulcahern", "said at the meeting", "W"),
         ("She said the list would “start to come down properly” once the first of those were finished in 2027.", "Gráinne Mulcahern", "said", "")],
        [("Cllr Niamh Cassiday-Foylan (Ind) said that at the rate the council built last year it would take 24 years to house everyone now on the list.", "Niamh Cassiday-Foylan", "said", "W"),
         ("“And that's if nobody else joins it,” she said.", "Niamh Cassiday-Foylan", "said", "")],
        [("Mulcahern said that figure ignored 58 households who had been offered homes in the past year and turned them down.", "Gráinne Mulcahern", "said", "W"),
         ("She said most of the refusals were for homes outside the area the household had chosen.", "Gráinne Mulcahern", "said", "W")],
        [("Cassiday-Foylan said nobody should be penalised for refusing a house 30 kilometres from their children's school.", "Niamh Cassiday-Foylan", "said", ""),
         ("“Would any of us in this room take it?” she asked.", "Niamh Cassiday-Foylan", "asked", "")],
        [("Data from the Residential Tenancies Board show the average rent for a new tenancy in Co. Offaly rose by 7.8 per cent in 2025, to €1,344 a month.", "Data from the Residential Tenancies Board", "show", "W")],
        [("Local TD Gearóid Fenlon-Rourkagh wrote in a letter to the Minister for Housing last month that the district, with 26 per cent of the county's housing list, had received 14 per cent of its social housing budget since 2020.", "Gearóid Fenlon-Rourkagh", "wrote in a letter", "W"),
         ("“This is not a complaint about any one official,” he wrote.", "Gearóid Fenlon-Rourkagh", "wrote", "")],
        [("In a statement, the Department of Housing said it had approved funding for 118 homes in the Kilbranagh district since 2022 and that further schemes would be considered “on the basis of need”.", "the Department of Housing", "said", "W")],
        [("Brenda Gorsthwaite and her partner, Liam, have been on the list since 2017.", "", "", ""),
         ("They live with their three children in a two-bedroom flat over a shop on Main Street.", "", "", "")],
        [("Aoife Delargy-Cullenagh, who has been on the list since 2019, told the Clarion she had been offered one house in seven years.", "Aoife Delargy-Cullenagh", "told the Clarion", ""),
         ("“It was in Clonmaskill, and I don't drive.", "Aoife Delargy-Cullenagh", "told the Clarion", ""),
         ("The only bus leaves at ten past seven in the morning.", "Aoife Delargy-Cullenagh", "told the Clarion", "")],
        [("“I said no, and now I'm told I could lose my place.", "Aoife Delargy-Cullenagh", "told the Clarion", ""),
         ("What was I supposed to do?”", "Aoife Delargy-Cullenagh", "told the Clarion", "")],
        [("A council spokesperson said no household lost its place on the list for refusing one offer, but two refusals within a year could lead to a suspension of up to 12 months.", "A council spokesperson", "said", "W")],
        [("Tenants in the older council houses on Ardcarrig Road said they had been waiting since last winter for damp repairs.", "Tenants in the older council houses on Ardcarrig Road", "said", ""),
         ("The council said 37 of the 52 houses on the road had been surveyed and that works would start in April.", "The council", "said", "W")],
        [("So where do 1,106 households go in the meantime?", "", "", "")],
        [("The council's housing committee meets again on April 13.", "", "", "W")],
        [("Related stories", "", "", "B")],
        [("Rathmoylan group water scheme to be upgraded by 2027", "", "", "B")],
        [("Councillors back 30km/h limit outside Kilbranagh schools", "", "", "B")],
        [("Have a story?", "", "", "B"),
         ("Email news@kilbranaghclarion.ie or call 057 555 0193.", "", "", "B")],
        [("© Kilbranagh & District Clarion 2026", "", "", "B")],
    ],
    [  # 4. Canadian regional news site in New Brunswick, live updates as a river flood forces evacuations in a small town
        [("The River Valley Dispatch", "", "", "B")],
        [("Subscribe   Log in   Newsletters", "", "", "B")],
        [("News   Flooding 2026   Politics   Business   Sports   Obituaries", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Astermoor River flooding: Tessick Falls widens evacuation order as water tops 7.1 metres", "", "", "W")],
        [("Emergency Measures Organization says river could crest Tuesday; about 340 homes now under evacuation order", "the New Brunswick Emergency Measures Organization", "says", "W")],
        [("By Mathieu Lebrasseur and Kendra Bowerleigh", "", "", "B")],
        [("Last updated: 4:55 p.m. ADT, April 27, 2026", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("WHAT WE KNOW", "", "", "B")],
        [("• About 340 homes in Tessick Falls and Lower Astermoor are under an evacuation order.", "", "", "W")],
        [("• Route 118 is closed between Tessick Falls and Quarleston Mills.", "", "", "W")],
        [("• An emergency shelter is open at the Tessick Falls Civic Centre, 22 Sawyer St.", "", "", "W")],
        [("• The river is forecast to crest on Tuesday.", "", "", "")],
        [("4:55 p.m.", "", "", "B")],
        [("Evacuation order extended to Lower Astermoor", "", "", "W")],
        [("The town wrote on X that the order now covers every home on the east side of the river south of the Station Street bridge.", "The town", "wrote", "W"),
         ("“If you are in the area shown on the map, leave now,” the town wrote.", "the town", "wrote", "")],
        [("3:20 p.m.", "", "", "B")],
        [("RCMP close Station Street bridge", "", "", "W")],
        [("The RCMP said the Station Street bridge was closed to all traffic at 3 p.m. after water reached the underside of the deck.", "The RCMP", "said", "W"),
         ("Police asked people not to drive around barricades to look at the river.", "Police", "asked", "")],
        [("1:45 p.m.", "", "", "B")],
        [("Mayor says 61 people spent the night at shelter", "Dale Robichard-Thibaudier", "says", "W")],
        [("Mayor Dale Robichard-Thibaudier said at a news conference that 61 people slept at the civic centre on Sunday night and that volunteers had registered 212 evacuees.", "Dale Robichard-Thibaudier", "said at a news conference", "W"),
         ("“People have been incredibly patient,” he said.", "Dale Robichard-Thibaudier", "said", ""),
         ("“Please keep checking on your neighbours, especially the older ones.”", "Dale Robichard-Thibaudier", "said", "")],
        [("12:05 p.m.", "", "", "B")],
        [("‘I've never seen it come up this fast,’ says Riverside Drive resident", "Yvette Landryette", "says", "")],
        [("Yvette Landryette has lived on Riverside Drive for 31 years.", "", "", ""),
         ("“We moved everything upstairs on Saturday, and by Sunday night there was water on the stairs,” she said.", "Yvette Landryette", "said", ""),
         ("“My neighbour Gérald had to be taken out by boat.", "Yvette Landryette", "said", ""),
         ("He's 88.", "Yvette Landryette", "said", "")],
        [("“He didn't want to go.", "Yvette Landryette", "said", ""),
         ("Would you?”", "Yvette Landryette", "said", "")],
        [("11:10 a.m.", "", "", "B")],
        [("Water rose 40 cm overnight at Tessick Falls gauge", "", "", "W")],
        [("Fire Chief Roland Petitpas-Garneau said the river rose about 40 centimetres overnight and stood at 7.14 metres at the Tessick Falls gauge at 10 a.m.", "Roland Petitpas-Garneau", "said", "W"),
         ("He said crews had gone door to door on Riverside Drive twice since midnight.", "Roland Petitpas-Garneau", "said", "W")],
        [("Robichard-Thibaudier said the town had not seen water this high since 2008, when the river reached 7.6 metres at the same gauge.", "Dale Robichard-Thibaudier", "said", "W"),
         ("He added that he did not expect it to reach that level this time.", "Dale Robichard-Thibaudier", "added", "")],
        [("Petitpas-Garneau said two people who refused to leave on Sunday had been taken out by boat overnight.", "Roland Petitpas-Garneau", "said", "W"),
         ("“Nobody was hurt, and that's the main thing,” he said.", "Roland Petitpas-Garneau", "said", "")],
        [("8:30 a.m.", "", "", "B")],
        [("Crest now expected Tuesday, province says", "the New Brunswick Emergency Measures Organization", "says", "")],
        [("The Astermoor River is expected to crest at Tessick Falls on Tuesday at between 7.3 and 7.5 metres, the New Brunswick Emergency Measures Organization said in its morning update.", "the New Brunswick Emergency Measures Organization", "said in its morning update", ""),
         ("The organization said flood stage at the Tessick Falls gauge is 6.2 metres.", "The organization", "said", "W"),
         ("Parts of the upper valley received 68 millimetres of rain between Friday and Sunday, according to Environment Canada.", "Environment Canada", "according to", "W")],
        [("7:15 a.m.", "", "", "B")],
        [("Neighbours helping neighbours", "", "", "")],
        [("Hank Vermeersch, a retired school-bus driver, has been driving evacuees between the shelter and the edge of the flooded area since Sunday in his own pickup.", "", "", ""),
         ("Residents on higher ground in the Spruceholm subdivision said they had taken in neighbours and their pets.", "Residents on higher ground in the Spruceholm subdivision", "said", "")],
        [("Related", "", "", "B")],
        [("How to check whether your home is in the evacuation zone", "", "", "B")],
        [("What your home insurance covers in a flood: an explainer", "", "", "B")],
        [("Contact the newsroom: tips@rivervalleydispatch.ca", "", "", "B")],
        [("© 2026 The River Valley Dispatch, a division of Corbrell Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Australian regional daily's rural page in New South Wales, store cattle prices slide at a saleyard as a dry winter forces selling
        [("The Kerrimbal Leader", "", "", "B")],
        [("Wednesday, 8 July 2026   |   Kerrimbal  12°", "", "", "B")],
        [("News   Rural   Sport   Community   Classifieds   Digital Edition", "", "", "B")],
        [("RURAL", "", "", "B")],
        [("Store cattle prices slide 18 per cent at Kerrimbal as dry winter forces sellers' hand", "", "", "W")],
        [("Agent says young steers are making 89 cents a kilogram less than in March; producers fear worse to come", "Corbin Mallaby-Rhoads", "says", "W")],
        [("Words by Tamsin Ellerwick-Ngatapu", "", "", "B")],
        [("Updated July 8 2026 - 1:15pm, first published 11:00am", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Cattle in the pens before Tuesday's store sale at Kerrimbal.", "", "", ""),
         ("Picture by Tamsin Ellerwick-Ngatapu", "", "", "B")],
        [("Prices for young cattle at Tuesday's store sale at the Kerrimbal Regional Livestock Exchange were about 18 per cent lower than at the same sale in March.", "", "", "W"),
         ("The yarding of 4,120 head was the largest since November 2019.", "", "", "W")],
        [("Corbin Mallaby-Rhoads, a livestock agent with Mallaby & Struanmore, said steers weighing 200 to 280 kilograms sold for an average of 405c/kg, down from 494c/kg in March.", "Corbin Mallaby-Rhoads", "said", "W"),
         ("“People are selling because they've got no feed, not because they want to,” he said.", "Corbin Mallaby-Rhoads", "said", "")],
        [("Kerrimbal has had 61 millimetres of rain since the start of April, less than half the average for the period, according to the Bureau of Meteorology.", "the Bureau of Meteorology", "according to", "W")],
        [("Lachie Penrudduck-Birt, who runs about 600 breeders on his family's property north of town, said he sold 140 weaners on Tuesday that he would normally have kept until spring.", "Lachie Penrudduck-Birt", "said", ""),
         ("“I've been feeding hay since May, and hay's gone to $380 a tonne,” he said.", "Lachie Penrudduck-Birt", "said", "W"),
         ("“You do the sums and there's only one answer.”", "Lachie Penrudduck-Birt", "said", "")],
        [("Mallaby-Rhoads said buyers from Queensland and Victoria had bought more than half the yarding.", "Corbin Mallaby-Rhoads", "said", "W"),
         ("He said they were betting on a wet spring.", "Corbin Mallaby-Rhoads", "said", "")],
        [("Penrudduck-Birt said he hoped they were right.", "Lachie Penrudduck-Birt", "said", ""),
         ("“If it rains in September, I'll be buying those same calves back off them at twice the price,” he said.", "Lachie Penrudduck-Birt", "said", "")],
        [("Data from the Australian Bureau of Agricultural and Resource Economics and Sciences show the national herd reached 30.4 million head in June 2025, the largest since 1977.", "Data from the Australian Bureau of Agricultural and Resource Economics and Sciences", "show", "W")],
        [("A report by Paddockline Analytics released last week found that 38 per cent of 412 producers it surveyed in the Central West planned to cut stock numbers before October.", "A report by Paddockline Analytics", "found", "W"),
         ("The report said that was the highest share in the survey's six-year history.", "The report", "said", "W")],
        [("Kerrimbal Shire Mayor Cr Joan Pendergrist said throughput fees from the exchange had brought the council $1.26 million in 2024-25.", "Joan Pendergrist", "said", "W"),
         ("She said the council had voted in June to freeze the fees for 2026-27.", "Joan Pendergrist", "said", "W")],
        [("Ruby Penrudduck-Birt, 17, drafted the family's weaners into lots before the sale and counted each pen through the gate.", "", "", "")],
        [("Agents said heifers had been harder to sell than steers, and a handful of pens were passed in.", "Agents", "said", "")],
        [("How long can producers keep feeding stock?", "", "", ""),
         ("The district has a 35 per cent chance of above-median rain between July and September, according to the Bureau's latest three-month outlook.", "the Bureau's latest three-month outlook", "according to", "W")],
        [("Mallaby-Rhoads said he expected fewer cattle at the next sale.", "Corbin Mallaby-Rhoads", "said", ""),
         ("“Nobody's going to have much left to sell,” he said.", "Corbin Mallaby-Rhoads", "said", ""),
         ("The next store sale is on Tuesday, July 21.", "", "", "W")],
        [("More rural news", "", "", "B")],
        [("Wool market lifts for third week as fine microns firm", "", "", "B")],
        [("Kerrimbal show drops cattle classes after entries fall", "", "", "B")],
        [("Get the Leader's rural newsletter every Thursday", "", "", "B")],
        [("© 2026 Kerrimbal Leader Pty Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. New Zealand regional news site, official results of a district mayoral by-election after special votes reverse the lead
        [("Tūrangaroa Herald", "", "", "B")],
        [("Search   Log in   Subscribe", "", "", "B")],
        [("News | Local Democracy | Sport | Rural | Opinion | Notices", "", "", "B")],
        [("Local Democracy", "", "", "B")],
        [("Tūrangaroa mayoral by-election: Paratene wins by 38 votes after special votes counted", "", "", "W")],
        [("Runner-up says she is weighing a recount; turnout was 41.7 per cent", "Sandra McQuilkin", "says", "W")],
        [("Ruaridh Ferncaster · Local Democracy Reporter", "", "", "B")],
        [("4:20pm Thursday, 14 May 2026", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Ngaire Paratene with supporters outside the council building on Thursday.", "", "", ""),
         ("Photo / Ruaridh Ferncaster", "", "", "B")],
        [("Ngaire Paratene has won the Tūrangaroa mayoral by-election by 38 votes, official results show.", "official results", "show", "W"),
         ("She received 4,912 votes to Sandra McQuilkin's 4,874.", "", "", "W")],
        [("On the provisional count released on Saturday night, McQuilkin had led by 61 votes.", "", "", "W"),
         ("The lead changed hands when 1,137 special votes were counted on Wednesday and Thursday.", "", "", "W")],
        [("Electoral officer Warwick Merrow-Dunbrake said 9,841 valid votes had been cast, a turnout of 41.7 per cent of the 23,602 people on the roll.", "Warwick Merrow-Dunbrake", "said", "W"),
         ("He said 23 votes had been declared informal and 14 special votes disallowed because the voter was not on the roll.", "Warwick Merrow-Dunbrake", "said", "W")],
        [("Paratene, a former deputy mayor, told the Herald she had not slept much since Saturday.", "Ngaire Paratene", "told the Herald", ""),
         ("“Thirty-eight votes is a lot of door-knocking, and every one of them mattered,” she said.", "Ngaire Paratene", "said", ""),
         ("“I'll be the mayor for the whole district, not just for the people who voted for me.”", "Ngaire Paratene", "said", "")],
        [("McQuilkin wrote on Facebook on Thursday afternoon that she was “gutted but proud” of her campaign.", "Sandra McQuilkin", "wrote", ""),
         ("She said she was considering applying for a judicial recount, which would require a deposit of $750.", "Sandra McQuilkin", "said", "W")],
        [("Merrow-Dunbrake confirmed that a candidate had three working days after the public declaration to apply to a District Court judge for a recount.", "Warwick Merrow-Dunbrake", "confirmed", "W"),
         ("He said the last recount in the district, in 2016, had changed the result of a ward race by two votes.", "Warwick Merrow-Dunbrake", "said", "W")],
        [("McQuilkin told the Herald she wanted to see how the 14 disallowed votes had been decided before making up her mind.", "Sandra McQuilkin", "told the Herald", ""),
         ("“If it was 38 the other way, I think Ngaire would be asking the same questions,” she said.", "Sandra McQuilkin", "said", "")],
        [("Paratene said a recount was “every candidate's right”.", "Ngaire Paratene", "said", ""),
         ("She said she would be sworn in at a council meeting on May 27 if no application was made.", "Ngaire Paratene", "said", "W")],
        [("The by-election was called after the previous mayor, Bryce Kinnerbrook, resigned in February to become chief executive of a regional economic development agency.", "", "", "W"),
         ("Kinnerbrook did not endorse a candidate.", "", "", "W")],
        [("The by-election cost the council about $186,000, according to a council report.", "a council report", "according to", "W")],
        [("Tom Horotiu-Blakeslow, who stood on a promise to scrap the district's fluoridation programme, received 55 votes.", "", "", "W")],
        [("Several voters said rates and the state of rural roads had decided their vote.", "Several voters", "said", "")],
        [("Would a 38-vote margin survive a recount?", "", "", ""),
         ("Merrow-Dunbrake said he would not speculate.", "Warwick Merrow-Dunbrake", "said", "")],
        [("Local Democracy Reporting is public interest journalism funded through NZ On Air.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Tūrangaroa candidates clash over rates at packed Ōmahuri meeting", "", "", "B")],
        [("Special votes could decide tight mayoral race", "", "", "B")],
        [("© 2026 Tūrangaroa Herald", "", "", "B")],
    ],
    [  # 7. Indian English daily's Karnataka page, a district climbs the table in the Class 10
        [("THE KARNATAKA DISPATCH", "", "", "B")],
        [("e-Paper | Subscribe | Sign in", "", "", "B")],
        [("Home | Karnataka | Bengaluru | India | Education | Sport | Business", "", "", "B")],
        [("Education › Karnataka", "", "", "B")],
        [("SSLC results: Tumakuru climbs to ninth place with 86.4 per cent pass rate", "", "", "W")],
        [("Koravanahalli girl scores 624 out of 625; officials say Saturday classes closed the gap for weaker students", "H.N. Nagarajappa", "say", "W")],
        [("Ramesh Gowdanakatte | Tumakuru", "", "", "B")],
        [("Updated - May 08, 2026 09:12 pm IST", "", "", "B")],
        [("Follow Us   Share   WhatsApp   Print", "", "", "B")],
        [("Keerthana Hulikatti with her mother at their home in Koravanahalli on Friday.", "", "", ""),
         ("Photo: Special Arrangement", "", "", "B")],
        [("TUMAKURU: Tumakuru district recorded a pass percentage of 86.4 in the Class 10 (SSLC) examination this year, up from 79.1 in 2025, according to results released by the Karnataka School Examination and Assessment Board.", "results released by the Karnataka School Examination and Assessment Board", "according to", "W"),
         ("The results were announced in Bengaluru on Friday.", "", "", "W")],
        [("The district rose from 17th to ninth place among the State's 35 educational districts.", "", "", "W"),
         ("Of the 31,482 students who appeared from the district, 27,200 passed.", "", "", "W"),
         ("Girls recorded a pass percentage of 90.2, against 82.7 for boys.", "", "", "W")],
        [("Deputy Director of Public Instruction H.N. Nagarajappa said the improvement was due to special classes held every Saturday from October for students who had scored below 35 per cent in the preparatory examinations.", "H.N. Nagarajappa", "said", "W"),
         ("“The teachers gave up their weekends,” he said.", "H.N. Nagarajappa", "said", ""),
         ("“This result belongs to them.”", "H.N. Nagarajappa", "said", "")],
        [("He said 212 of the district's 684 high schools had recorded a 100 per cent result, 71 of them government schools.", "H.N. Nagarajappa", "said", "W")],
        [("Basavaraj Kodlikere, headmaster of the Government High School in Koravanahalli, said the school had gone without a permanent mathematics teacher from June 2023 until August 2025.", "Basavaraj Kodlikere", "said", "W"),
         ("“The Saturday classes helped, but you cannot teach mathematics with a guest lecturer who comes twice a week,” he said.", "Basavaraj Kodlikere", "said", "")],
        [("Nagarajappa said 43 vacant mathematics and science posts in the district had been filled through the guest teacher scheme last year.", "H.N. Nagarajappa", "said", "W"),
         ("He added that 19 permanent posts had been sanctioned for the district in March.", "H.N. Nagarajappa", "added", "W")],
        [("Kodlikere said 58 of his 61 students had passed, the school's best result since it opened in 1987.", "Basavaraj Kodlikere", "said", "W"),
         ("He said he had stopped counting the parents who had come to the school with sweets.", "Basavaraj Kodlikere", "said", "")],
        [("Keerthana Hulikatti, a student of the school, scored 624 out of 625, the highest in the district and one mark short of the State's top score.", "", "", "W"),
         ("“I was sure I had lost marks in Kannada,” she said.", "Keerthana Hulikatti", "said", ""),
         ("“When my teacher called, I thought she was calling to say sorry.", "Keerthana Hulikatti", "said", "")],
        [("“I want to study science and become a doctor.", "Keerthana Hulikatti", "said", ""),
         ("My parents say we will manage the fees somehow.”", "Keerthana Hulikatti", "said", "")],
        [("Her father, Mallesh Hulikatti, drives an autorickshaw in Tumakuru town, and her mother works at a garment unit.", "", "", ""),
         ("Mallesh Hulikatti was out on a trip when the results were announced and heard the news from his passengers, neighbours said.", "Neighbours", "said", "")],
        [("The district administration said in a press release that students who failed could take the supplementary examination from June 15, and that coaching would be offered free at 24 centres.", "The district administration", "said in a press release", "W"),
         ("It said applications for the supplementary examination would close on May 20.", "The district administration", "said", "W")],
        [("Parents outside a private school in Tumakuru town said the revaluation fee of Rs 410 per subject was too high for families with more than one child in Class 10.", "Parents outside a private school in Tumakuru town", "said", "W"),
         ("The fee for a photocopy of an answer script is Rs. 530.", "", "", "W")],
        [("Will the Saturday classes continue next year?", "", "", ""),
         ("That, Nagarajappa said, would depend on funds from the State government.", "H.N. Nagarajappa", "said", "")],
        [("Tumakuru   Karnataka   education   examination results", "", "", "B")],
        [("Published - May 08, 2026 08:40 pm IST", "", "", "B")],
        [("Copyright © 2026, Kaveripatna Publishing Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. Pakistani English daily's Lahore page, intercity bus fares rise by up to 12pc after a diesel price increase
        [("DAILY NAQSH", "", "", "B")],
        [("E-Paper   Urdu   Sign in", "", "", "B")],
        [("Home   Pakistan   Lahore   Business   World   Sport   Opinion", "", "", "B")],
        [("LAHORE", "", "", "B")],
        [("Intercity bus fares up by as much as 12pc after diesel price hike", "", "", "W")],
        [("RTA sets Lahore-Multan fare at Rs2,350; passengers say conductors already charging more", "Several passengers at Bhattipura Lari Adda", "say", "W")],
        [("Staff Reporter", "", "", "B")],
        [("Published June 17, 2026 · Updated about 2 hours ago", "", "", "B")],
        [("Facebook   X   WhatsApp   Email   Comments", "", "", "B")],
        [("Passengers board a Multan-bound bus at Bhattipura Lari Adda on Tuesday.", "", "", ""),
         ("— Naqsh photo", "", "", "B")],
        [("LAHORE: Fares for air-conditioned intercity buses from Lahore went up by between 9pc and 12pc on Tuesday, according to a notification from the Regional Transport Authority (RTA).", "a notification from the Regional Transport Authority (RTA)", "according to", "W"),
         ("The fare from Lahore to Multan rose from Rs2,100 to Rs2,350, to Rawalpindi from Rs2,600 to Rs2,900 and to Faisalabad from Rs1,100 to Rs1,200.", "", "", "W")],
        [("The notification said the increase followed a rise of Rs14.82 per litre in the price of high-speed diesel announced by the federal government on June 15.", "The notification", "said", "W")],
        [("Diesel, RTA Secretary Tariq Mehmood Kalwarwi told Naqsh, makes up about 45pc of an operator's running costs.", "Tariq Mehmood Kalwarwi", "told Naqsh", "W"),
         ("\"We have not given them everything they asked for,\" he said.", "Tariq Mehmood Kalwarwi", "said", ""),
         ("\"They wanted 20pc.\"", "Tariq Mehmood Kalwarwi", "said", "W")],
        [("Haji Nazir Ahmed Dholanwali, president of the Punjab Intercity Transporters Association, said the new fares \"barely cover the diesel\".", "Nazir Ahmed Dholanwali", "said", ""),
         ("He said operators had also paid 18pc more for tyres and spare parts since January because of the fall in the rupee.", "Nazir Ahmed Dholanwali", "said", "W")],
        [("Kalwarwi said spare parts were \"not the RTA's concern\" and that the authority took only fuel prices into account when setting fares.", "Tariq Mehmood Kalwarwi", "said", "W"),
         ("He said the last revision, in February, had cut fares by 4pc when diesel prices fell.", "Tariq Mehmood Kalwarwi", "said", "W")],
        [("Dholanwali said he did not remember any operator cutting fares in February.", "Nazir Ahmed Dholanwali", "said", ""),
         ("\"Ask the passengers if they paid less,\" he said.", "Nazir Ahmed Dholanwali", "said", "")],
        [("Several passengers at Bhattipura Lari Adda said conductors were already charging more than the notified fares.", "Several passengers at Bhattipura Lari Adda", "said", ""),
         ("Saima Noreen Pasrurwi, a schoolteacher travelling to Multan with her two children, said she had been charged Rs2,500 a seat.", "Saima Noreen Pasrurwi", "said", "W"),
         ("\"When I showed him the new fare list on my phone, he said, 'Then take another bus,'\" she said.", "Saima Noreen Pasrurwi", "said", ""),
         ("\"Where is the other bus?\"", "Saima Noreen Pasrurwi", "said", "")],
        [("Conductor Muhammad Rafiq Sheikhupurwi, who has worked the Multan route for 16 years, was collecting fares at the door with the old fare list still pasted beside him.", "", "", "")],
        [("The RTA said its inspectors had fined 23 buses a total of Rs115,000 for overcharging on Tuesday.", "The RTA", "said", "W"),
         ("Kalwarwi said passengers could report overcharging by calling the number printed on their ticket.", "Tariq Mehmood Kalwarwi", "said", "")],
        [("The Lahore Commuters' Forum said in a statement that intercity fares had risen by 31pc since June 2025, while the minimum wage in Punjab had gone up by 8pc.", "The Lahore Commuters' Forum", "said in a statement", "W"),
         ("It said the government should \"stop treating every fuel price rise as the passengers' problem\".", "The Lahore Commuters' Forum", "said", "")],
        [("Who checks the fares at night?", "", "", ""),
         ("Kalwarwi admitted that the RTA had no inspectors on duty at the city's bus stands after 10pm.", "Tariq Mehmood Kalwarwi", "admitted", "W")],
        [("Published in Daily Naqsh, June 17th, 2026", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Diesel up Rs14.82 per litre, petrol unchanged in fortnightly review", "", "", "B")],
        [("Metro bus fare to stay at Rs30, says transport minister", "", "", "B")],
        [("Comments are moderated and will be approved if they are on-topic and not abusive.", "", "", "B")],
        [("Copyright © 2026, Daily Naqsh", "", "", "B")],
    ],
    [  # 9. Kenyan daily's counties page, a nurses' strike over unpaid allowances shuts outpatient services at a county's sub-county hospitals
        [("BONDE TIMES", "", "", "B")],
        [("Wednesday, September 9, 2026", "", "", "B")],
        [("News | Counties | Business | Health | Sports | Opinion | E-Paper", "", "", "B")],
        [("COUNTIES", "", "", "B")],
        [("Patients turned away as Nakuru nurses' strike enters third day", "", "", "W")],
        [("Union says 1,140 nurses have downed tools over Sh212 million in unpaid allowances; county says it has paid half", "Mercy Chepngetich Torokwe", "says", "W")],
        [("By Brian Oloitipitip-Ngeno", "", "", "B")],
        [("Sep 9, 2026 6:30 PM EAT", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Telegram   Email", "", "", "B")],
        [("Relatives wait outside the maternity wing of Kiptangwet Sub-County Hospital in Nakuru on Tuesday.", "", "", ""),
         ("PHOTO | BRIAN OLOITIPITIP-NGENO | BONDE TIMES", "", "", "B")],
        [("Outpatient services at Nakuru County's 11 sub-county hospitals were shut for a third day on Wednesday as nurses continued a strike over unpaid allowances.", "", "", "W"),
         ("Only emergency and maternity cases were being admitted.", "", "", "W")],
        [("Mercy Chepngetich Torokwe, the Nakuru branch secretary of the Rift Valley Nurses and Midwives Union, said 1,140 of the county's 1,310 nurses had joined the strike.", "Mercy Chepngetich Torokwe", "said", "W"),
         ("The arrears, she said, were Sh212 million in risk and uniform allowances going back to July 2025.", "Mercy Chepngetich Torokwe", "said", "W")],
        [("In a letter to Governor Samuel Kipkoskei Arusei dated August 24, Torokwe wrote that nurses had been promised the allowances at three separate meetings since January.", "Mercy Chepngetich Torokwe", "wrote", "W")],
        [("County Executive Committee Member for Health Dr Faith Wambui Gichohi-Kibe said the county had paid Sh106 million of the arrears on Monday and would clear the rest by the end of October.", "Faith Wambui Gichohi-Kibe", "said", "W"),
         ("“We are not running away from this debt,” she said.", "Faith Wambui Gichohi-Kibe", "said", ""),
         ("“But we cannot pay money we have not yet received from the National Treasury.”", "Faith Wambui Gichohi-Kibe", "said", "W")],
        [("Torokwe said nurses had heard “by the end of the month” too many times to go back to work on a promise.", "Mercy Chepngetich Torokwe", "said", ""),
         ("“Show us the payslips,” she said.", "Mercy Chepngetich Torokwe", "said", "")],
        [("Gichohi-Kibe confirmed that the county had hired 64 nurses on short-term contracts to keep the maternity wards open.", "Faith Wambui Gichohi-Kibe", "confirmed", "W"),
         ("She said 19 babies had been delivered at county facilities since the strike began.", "Faith Wambui Gichohi-Kibe", "said", "W")],
        [("Data from the county health department show the 11 hospitals see about 4,800 outpatients on a normal weekday.", "Data from the county health department", "show", "W")],
        [("“We came at six in the morning and the gate was already locked,” said Joseph Omwengo Nyakerario, whose wife was admitted to the maternity wing at Kiptangwet on Monday night.", "Joseph Omwengo Nyakerario", "said", ""),
         ("“They told us only emergencies.", "Joseph Omwengo Nyakerario", "said", "")],
        [("“My wife was in labour.", "Joseph Omwengo Nyakerario", "said", ""),
         ("If that is not an emergency, what is?”", "Joseph Omwengo Nyakerario", "said", "")],
        [("Relatives at the hospital said some patients had been sent to private clinics charging Sh1,500 for a consultation.", "Relatives at the hospital", "said", "")],
        [("At Kiptangwet on Tuesday night, one nursing officer, Rahab Cheptoo Kiplimoi, was on duty in the maternity ward with two student nurses.", "", "", "W")],
        [("In a statement, the Ministry of Health said it had released Sh1.9 billion to counties for health workers' allowances in August.", "the Ministry of Health", "said", "W"),
         ("It said Nakuru County's share was Sh98 million.", "the Ministry of Health", "said", "W")],
        [("Gichohi-Kibe said that money had reached the county's account “last Friday, not in August”.", "Faith Wambui Gichohi-Kibe", "said", "W")],
        [("Torokwe warned that nurses in two neighbouring counties were “watching Nakuru closely”.", "Mercy Chepngetich Torokwe", "warned", ""),
         ("The union's national executive meets in Nairobi on September 14.", "", "", "W"),
         ("Can the county find the other Sh106 million before then?", "", "", "")],
        [("RELATED", "", "", "B")],
        [("Nakuru MCAs summon health CEC over nurses' arrears", "", "", "B")],
        [("Kiptangwet hospital gets new maternity theatre", "", "", "B")],
        [("© 2026 Bonde Media Group Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. South African community news site in Gauteng, a police station's quarterly crime figures show murders down and carjackings up
        [("Kwelandla News", "", "", "B")],
        [("Home | News | Crime | Municipal | Sport | Lifestyle | Jobs", "", "", "B")],
        [("Crime", "", "", "B")],
        [("Murders down, carjackings up at Mabuyeni police station, latest crime stats show", "the South African Police Service's quarterly crime statistics", "show", "W")],
        [("Station commander says extra patrols are working; community forum says residents are still afraid to drive home at night", "Themba Mokoenane-Mazibukwe", "says", "W")],
        [("Lwazi Dlakavu-Pietersz | 23 May 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp", "", "", "B")],
        [("Police vehicles outside the Mabuyeni police station on Friday.", "", "", ""),
         ("Picture: Lwazi Dlakavu-Pietersz", "", "", "B")],
        [("Murders reported at the Mabuyeni police station fell from 41 to 29 between January and March compared with the same months last year, according to the South African Police Service's quarterly crime statistics.", "the South African Police Service's quarterly crime statistics", "according to", "W"),
         ("Carjackings rose from 38 to 57 over the same period.", "", "", "W")],
        [("The figures, released by the Minister of Police on Friday, show that Mabuyeni recorded the second-highest number of carjackings of the 48 police stations in Ekurhuleni.", "The figures", "show", "W")],
        [("Station commander Brigadier Themba Mokoenane-Mazibukwe said the drop in murders followed the deployment of 40 extra officers to the area in November.", "Themba Mokoenane-Mazibukwe", "said", "W"),
         ("He said most of the murders had happened within 500 metres of three taverns, two of which had since lost their liquor licences.", "Themba Mokoenane-Mazibukwe", "said", "W")],
        [("“We are not celebrating,” Mokoenane-Mazibukwe said.", "Themba Mokoenane-Mazibukwe", "said", ""),
         ("“Twenty-nine families buried someone this quarter.”", "Themba Mokoenane-Mazibukwe", "said", "W")],
        [("Sibusiso Ramotlhale-Zondeka, chairperson of the Mabuyeni Community Policing Forum, said the forum's patrollers had recorded 14 attempted hijackings in Extension 6 alone since April.", "Sibusiso Ramotlhale-Zondeka", "said", "W"),
         ("He said people were now afraid to drive home after dark.", "Sibusiso Ramotlhale-Zondeka", "said", "")],
        [("Mokoenane-Mazibukwe said carjackers were targeting e-hailing drivers who were lured into the area with fake bookings.", "Themba Mokoenane-Mazibukwe", "said", "W"),
         ("He said police had arrested 11 suspects in connection with carjackings since January and recovered 19 vehicles.", "Themba Mokoenane-Mazibukwe", "said", "W")],
        [("Ramotlhale-Zondeka said arrests were not the problem.", "Sibusiso Ramotlhale-Zondeka", "said", ""),
         ("“They are arrested on Monday and back at the taxi rank on Friday,” he said.", "Sibusiso Ramotlhale-Zondeka", "said", ""),
         ("“Who is giving them bail?”", "Sibusiso Ramotlhale-Zondeka", "said", "")],
        [("A spokesperson for the National Prosecuting Authority in Gauteng said bail was decided by the courts, and that the state had opposed bail in eight of the 11 cases.", "A spokesperson for the National Prosecuting Authority in Gauteng", "said", "W")],
        [("“My brother was shot for his car in his own driveway in February,” said Nomvula Sekhukhwane, who lives in Extension 6.", "Nomvula Sekhukhwane", "said", ""),
         ("“The car was found in Mozambique two weeks later.", "Nomvula Sekhukhwane", "said", "")],
        [("“The people who did it, nobody has arrested them.", "Nomvula Sekhukhwane", "said", ""),
         ("They know where we live.”", "Nomvula Sekhukhwane", "said", "")],
        [("Her brother, Kabelo Sekhukhwane, was 34, drove for a delivery company and had two children.", "", "", "")],
        [("Residents said the street lights on the main road through Extension 6 had not worked since December.", "Residents", "said", ""),
         ("The City of Ekurhuleni said in a statement that cable theft had damaged 38 kilometres of street-light cabling in the ward since October.", "The City of Ekurhuleni", "said in a statement", "W"),
         ("It said repairs would be finished “within the next financial year”.", "The City of Ekurhuleni", "said", "")],
        [("Across Gauteng, the quarterly statistics showed 1,244 murders, down 8.1% on a year earlier.", "the quarterly statistics", "showed", "W")],
        [("Will the extra officers stay?", "", "", ""),
         ("Mokoenane-Mazibukwe said the deployment had been extended until the end of September.", "Themba Mokoenane-Mazibukwe", "said", "W")],
        [("Related articles", "", "", "B")],
        [("Two arrested after e-hailing driver hijacked in Extension 6", "", "", "B")],
        [("CPF patrollers get new radios from local businesses", "", "", "B")],
        [("Got a news tip?", "", "", "B"),
         ("WhatsApp us on 060 555 0188.", "", "", "B")],
        [("© 2026 Kwelandla News (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Philippine provincial news site in Nueva Ecija, a town council passes a bigger budget over a dispute about a hall annex and audit findings
        [("The Central Plains Chronicle", "", "", "B")],
        [("Tuesday, November 24, 2026", "", "", "B")],
        [("Home | Provincial | Metro | Business | Agri | Opinion | Sports", "", "", "B")],
        [("PROVINCIAL", "", "", "B")],
        [("Santa Maligaya council passes P486.2-million budget for 2027", "", "", "W")],
        [("Councilor says P38-million hall annex should wait until COA findings are settled; mayor says project long overdue", "Anna Liza Solivenco", "says", "W")],
        [("By Jerome Pagsanjan-Alvior", "", "", "B")],
        [("November 24, 2026, 6:05 pm", "", "", "B")],
        [("Share   Facebook   X   Viber   Email", "", "", "B")],
        [("Members of the Sangguniang Bayan of Santa Maligaya during Monday's session.", "", "", ""),
         ("CHRONICLE PHOTO / JEROME PAGSANJAN-ALVIOR", "", "", "B")],
        [("SANTA MALIGAYA, Nueva Ecija — The Sangguniang Bayan (SB) here on Monday approved a P486.2-million budget for 2027, 14 percent higher than this year's P426.5 million.", "", "", "W"),
         ("The vote was 7-3, with Vice Mayor Ernesto Lacandola, who presided, not voting.", "", "", "W")],
        [("Municipal Budget Officer Rodel Santiaguel said the increase would be covered mainly by a P41.3-million rise in the town's National Tax Allotment.", "Rodel Santiaguel", "said", "W"),
         ("He said the budget included P38 million for a two-storey annex to the municipal hall, P22.5 million for farm-to-market roads and P9.6 million for a new rural health unit in Brgy. Bantogan.", "Rodel Santiaguel", "said", "W")],
        [("Mayor Rosario Dimatatac-Siocho wrote on Facebook after the session that the budget was “para sa bawat pamilya ng Santa Maligaya” (for every family in Santa Maligaya).", "Rosario Dimatatac-Siocho", "wrote", ""),
         ("She said the municipal hall, built in 1958, had no room for the treasurer's office, which rents space in a private building for P45,000 a month.", "Rosario Dimatatac-Siocho", "said", "W")],
        [("A report by the Commission on Audit (COA) released in June found P11.4 million in cash advances to municipal officials that had not been liquidated for more than a year.", "A report by the Commission on Audit (COA)", "found", "W"),
         ("The report said 14 of the 31 projects its auditors inspected had been paid for in full before they were finished.", "The report", "said", "W")],
        [("Councilor Anna Liza Solivenco said the annex should wait until the town had settled the COA findings.", "Anna Liza Solivenco", "said", ""),
         ("Solivenco was one of the three councilors who voted against the budget.", "", "", "W")],
        [("“Hindi kami kontra sa bagong munisipyo,” she said.", "Anna Liza Solivenco", "said", ""),
         ("(We are not against a new town hall.)", "Anna Liza Solivenco", "said", ""),
         ("“But how do we ask people to trust a P38-million building when P11.4 million is still unexplained?”", "Anna Liza Solivenco", "said", "")],
        [("Dimatatac-Siocho said P8.9 million of the cash advances had been liquidated since the report came out.", "Rosario Dimatatac-Siocho", "said", "W"),
         ("She said the rest involved three former employees, and that the town had filed complaints against two of them with the Office of the Ombudsman in September.", "Rosario Dimatatac-Siocho", "said", "W")],
        [("Solivenco said she had asked for the list of the 14 projects in August and was still waiting for it.", "Anna Liza Solivenco", "said", "W"),
         ("“If everything is in order, why can't we see it?” she asked.", "Anna Liza Solivenco", "asked", "")],
        [("Santiaguel told reporters the annex would be bid out in February and was due to be finished by mid-2028.", "Rodel Santiaguel", "told reporters", "W")],
        [("Farmers who attended the session said they had hoped for more than P22.5 million for roads.", "Farmers who attended the session", "said", ""),
         ("Danilo Ocaya-Tiangson, 61, a rice farmer from Brgy. Bantogan, sat through the four-hour session in the gallery holding a cardboard sign that read “KALSADA MUNA” (Roads first).", "", "", "")],
        [("Under the Local Government Code, the provincial board has 90 days to review the budget.", "", "", "W")],
        [("Will the annex be finished before the next local elections, in May 2028?", "", "", "")],
        [("RELATED STORIES", "", "", "B")],
        [("COA flags P11.4-M unliquidated cash advances in Santa Maligaya", "", "", "B")],
        [("Santa Maligaya rice farmers get 120 new hand tractors", "", "", "B")],
        [("Follow The Central Plains Chronicle on Facebook for updates.", "", "", "B")],
        [("© 2026 Central Plains Chronicle Publishing Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Jamaican daily's sports page, a football match report as the league leaders win with a late header
        [("Kingsharbour Post", "", "", "B")],
        [("SPORTS", "", "", "B")],
        [("Football | Cricket | Athletics | Netball | Racing | Schoolboy", "", "", "B")],
        [("KESTRELWOOD PREMIER LEAGUE", "", "", "B")],
        [("FT   Bellrose United 2 – 1 Cordley Park", "", "", "B")],
        [("Faulknor 14', Gaylard 88'   ·   Hibberdine 52' (pen)", "", "", "B")],
        [("Gaylard header sends Bellrose four points clear at the top", "", "", "W")],
        [("Raymond Aikenhead-Lynford/Staff Reporter", "", "", "B")],
        [("Monday, March 16, 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp", "", "", "B")],
        [("Bellrose United's Kemar Gaylard (right) heads the winner past Cordley Park's defence at Lindhurst Park on Sunday.", "", "", "W"),
         ("Photo by Nadine Fotheringale", "", "", "B")],
        [("Kemar Gaylard headed in an 88th-minute winner as Bellrose United beat Cordley Park 2-1 at Lindhurst Park on Sunday to go four points clear at the top of the Kestrelwood Premier League.", "", "", "W")],
        [("Bellrose took the lead in the 14th minute when Omari Faulknor beat two defenders and shot low past goalkeeper Andre McPhail-Dunkerleigh.", "", "", "W"),
         ("Cordley Park equalised from the penalty spot seven minutes after the break through Jermaine Hibberdine, after Faulknor was ruled to have handled in the area.", "", "", "W")],
        [("Cordley Park's Shamar Edgerley-Buckeridge was sent off in the 79th minute for a second yellow card.", "", "", "W"),
         ("Bellrose coach Garfield McKenley spent most of the second half on his feet at the edge of his technical area, arms folded.", "", "", "")],
        [("“We didn't play well for 80 minutes, and I told them that at half-time,” McKenley said.", "Garfield McKenley", "said", ""),
         ("“But this is what champions do.", "Garfield McKenley", "said", ""),
         ("You find a way when you're not at your best.", "Garfield McKenley", "said", "")],
        [("“Four points is nothing with nine games left.", "Garfield McKenley", "said", "W"),
         ("Ask anybody who was top in March last year.”", "Garfield McKenley", "said", "")],
        [("Cordley Park coach Desmond Ashenheim said his side should have had a second penalty in the 70th minute when Hibberdine went down in the area.", "Desmond Ashenheim", "said", ""),
         ("“Everybody in the stadium saw it except one man,” he said.", "Desmond Ashenheim", "said", ""),
         ("He said he would not comment on the red card until he had seen the video.", "Desmond Ashenheim", "said", "")],
        [("McKenley said Faulknor, the league's top scorer with 16 goals, had played with a strapped ankle.", "Garfield McKenley", "said", "W"),
         ("He added that the striker would have a scan on Tuesday.", "Garfield McKenley", "added", "")],
        [("Gaylard, 19, who came on as a substitute in the 71st minute, said it was his first goal in the league.", "Kemar Gaylard", "said", "W"),
         ("“My mother was in the stand, so I'm going to hear about this one the whole week,” he said.", "Kemar Gaylard", "said", "")],
        [("Data from the league show Bellrose have not lost at Lindhurst Park since October 2024, a run of 27 matches.", "Data from the league", "show", "W")],
        [("Cordley Park wrote on X after the match that the club would formally complain to the league about the refereeing.", "Cordley Park", "wrote", "W"),
         ("“We ask only for consistency,” the club wrote.", "the club", "wrote", "")],
        [("The league's competitions manager, Paula Grizzard, said any complaint would be reviewed by the referees' committee within 14 days.", "Paula Grizzard", "said", "W")],
        [("Can anyone catch Bellrose?", "", "", ""),
         ("Second-placed Pencarrow FC, who visit Cordley Park on Saturday, are four points behind with a game in hand.", "", "", "W")],
        [("Referee: Oneil Lainsworth", "", "", "")],
        [("Attendance: 3,206", "", "", "")],
        [("MORE SPORTS", "", "", "B")],
        [("Schoolboy football: Halsworth College hit six in derby", "", "", "B")],
        [("Athletics: Tolleston Games entries close Friday", "", "", "B")],
        [("© 2026 Kingsharbour Post Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n72-us-standfirst-byline-pm-et", "Judge orders full restitution; prosecutor says thefts ran for nearly five years\nBy Dwight Pellacourt | Courier-Sentinel\nPublished 5:48 p.m. ET Feb. 17, 2026 | Updated 7:10 p.m. ET Feb. 17, 2026\nShare   Facebook   X   Email   Print\nGlenn A. Hollisworth-Prynne leaves the Varnell County Courthouse after his sentencing Tuesday. Renata Whitlawson/Courier-Sentinel",
     ["Judge orders full restitution; prosecutor says thefts ran for nearly five years", "By Dwight Pellacourt | Courier-Sentinel", "Published 5:48 p.m. ET Feb. 17, 2026 | Updated 7:10 p.m. ET Feb. 17, 2026", "Share   Facebook   X   Email   Print", "Glenn A. Hollisworth-Prynne leaves the Varnell County Courthouse after his sentencing Tuesday.", "Renata Whitlawson/Courier-Sentinel"]),
    ("n72-us-ind-dateline-judge-ruled", "MERRITTSBURG, Ind. — A former Merrittsburg clerk-treasurer was sentenced Tuesday to six years in prison for stealing $412,316 from the town's water and sewer utility over nearly five years. Varnell Circuit Judge Theresa Quillcarrick also ordered Glenn A. Hollisworth-Prynne, 58, to repay the full amount.\nHollisworth-Prynne pleaded guilty in December to one count of theft and one count of official misconduct, both Level 5 felonies. Two years of the sentence will be served on home detention, the judge ruled.",
     ["MERRITTSBURG, Ind. — A former Merrittsburg clerk-treasurer was sentenced Tuesday to six years in prison for stealing $412,316 from the town's water and sewer utility over nearly five years.", "Varnell Circuit Judge Theresa Quillcarrick also ordered Glenn A. Hollisworth-Prynne, 58, to repay the full amount.", "Hollisworth-Prynne pleaded guilty in December to one count of theft and one count of official misconduct, both Level 5 felonies.", "Two years of the sentence will be served on home detention, the judge ruled."]),
    ("n72-us-mid-attribution-question", "Before passing sentence, Quillcarrick said she had read 38 letters from residents, four of them asking for leniency. “The people of this town,” she said, looking at Hollisworth-Prynne, “are not a bank.” “They are your neighbors.”\nOutside the courthouse, several residents said they still could not understand how the thefts went unnoticed for so long.\nCarla Wenstrom-Nwokedimma, who runs a hair salon on Cobbler Street, said her water bill had gone up by about $14 a month since 2023. “Who was checking?” she said. “That's all I want to know.”",
     ["Before passing sentence, Quillcarrick said she had read 38 letters from residents, four of them asking for leniency.", "“The people of this town,” she said, looking at Hollisworth-Prynne, “are not a bank.”", "“They are your neighbors.”", "Outside the courthouse, several residents said they still could not understand how the thefts went unnoticed for so long.", "Carla Wenstrom-Nwokedimma, who runs a hair salon on Cobbler Street, said her water bill had gone up by about $14 a month since 2023.", "“Who was checking?” she said.", "“That's all I want to know.”"]),
    ("n72-uk-date-24h-caption-brackets", "06:00, Fri 15 May 2026   Updated 11:32, Fri 15 May 2026\nShare   Facebook   X   WhatsApp   Email\nThe main entrance of Wexhaven General Hospital on Thursday. (Photo: Farah Quenbridge-Dobbs)",
     ["06:00, Fri 15 May 2026   Updated 11:32, Fri 15 May 2026", "Share   Facebook   X   WhatsApp   Email", "The main entrance of Wexhaven General Hospital on Thursday.", "(Photo: Farah Quenbridge-Dobbs)"]),
    ("n72-uk-qa-prefixes-source-question", "Five questions for the trust's chief operating officer, Helen Marchbridge. Her answers have been edited for length.\nQ: Why is your list still growing when the list across England is shrinking?\nA: In January our beds were more than 95% full on 27 days out of 31. When that happens, planned surgery is the first thing to go, and it's the right call.\nQ: NHS England says no one should be waiting more than 65 weeks by now. Will you meet that?\nA: We had 212 patients over 65 weeks at the end of March, down from 540 in December. We won't get to zero by September, but we will by the end of the year.",
     ["Five questions for the trust's chief operating officer, Helen Marchbridge.", "Her answers have been edited for length.", "Q: Why is your list still growing when the list across England is shrinking?", "A: In January our beds were more than 95% full on 27 days out of 31.", "When that happens, planned surgery is the first thing to go, and it's the right call.", "Q: NHS England says no one should be waiting more than 65 weeks by now.", "Will you meet that?", "A: We had 212 patients over 65 weeks at the end of March, down from 540 in December.", "We won't get to zero by September, but we will by the end of the year."]),
    ("n72-uk-nested-quote-two-paragraphs", "“I was told in October 2024 it would be about a year,” said Dennis Loxmere-Idachaba, 67, a retired bus driver from Ashlingbury who is waiting for a knee replacement. “Then it was ‘after the winter’. Now nobody will give me a date at all.\n“I'm not blaming the nurses, they've been marvellous. But how long is long enough?”",
     ["“I was told in October 2024 it would be about a year,” said Dennis Loxmere-Idachaba, 67, a retired bus driver from Ashlingbury who is waiting for a knee replacement.", "“Then it was ‘after the winter’.", "Now nobody will give me a date at all.", "“I'm not blaming the nurses, they've been marvellous.", "But how long is long enough?”"]),
    ("n72-ie-cllr-ind-she-asked", "Cllr Niamh Cassiday-Foylan (Ind) said that at the rate the council built last year it would take 24 years to house everyone now on the list. “And that's if nobody else joins it,” she said.\nMulcahern said that figure ignored 58 households who had been offered homes in the past year and turned them down. She said most of the refusals were for homes outside the area the household had chosen.\nCassiday-Foylan said nobody should be penalised for refusing a house 30 kilometres from their children's school. “Would any of us in this room take it?” she asked.",
     ["Cllr Niamh Cassiday-Foylan (Ind) said that at the rate the council built last year it would take 24 years to house everyone now on the list.", "“And that's if nobody else joins it,” she said.", "Mulcahern said that figure ignored 58 households who had been offered homes in the past year and turned them down.", "She said most of the refusals were for homes outside the area the household had chosen.", "Cassiday-Foylan said nobody should be penalised for refusing a house 30 kilometres from their children's school.", "“Would any of us in this room take it?” she asked."]),
    ("n72-ie-co-offaly-letter-wrote", "Data from the Residential Tenancies Board show the average rent for a new tenancy in Co. Offaly rose by 7.8 per cent in 2025, to €1,344 a month.\nLocal TD Gearóid Fenlon-Rourkagh wrote in a letter to the Minister for Housing last month that the district, with 26 per cent of the county's housing list, had received 14 per cent of its social housing budget since 2020. “This is not a complaint about any one official,” he wrote.",
     ["Data from the Residential Tenancies Board show the average rent for a new tenancy in Co. Offaly rose by 7.8 per cent in 2025, to €1,344 a month.", "Local TD Gearóid Fenlon-Rourkagh wrote in a letter to the Minister for Housing last month that the district, with 26 per cent of the county's housing list, had received 14 per cent of its social housing budget since 2020.", "“This is not a complaint about any one official,” he wrote."]),
    ("n72-ie-clarion-quote-two-paragraphs", "Aoife Delargy-Cullenagh, who has been on the list since 2019, told the Clarion she had been offered one house in seven years. “It was in Clonmaskill, and I don't drive. The only bus leaves at ten past seven in the morning.\n“I said no, and now I'm told I could lose my place. What was I supposed to do?”",
     ["Aoife Delargy-Cullenagh, who has been on the list since 2019, told the Clarion she had been offered one house in seven years.", "“It was in Clonmaskill, and I don't drive.", "The only bus leaves at ten past seven in the morning.", "“I said no, and now I'm told I could lose my place.", "What was I supposed to do?”"]),
    ("n72-ca-box-bullets-st", "WHAT WE KNOW\n• About 340 homes in Tessick Falls and Lower Astermoor are under an evacuation order.\n• Route 118 is closed between Tessick Falls and Quarleston Mills.\n• An emergency shelter is open at the Tessick Falls Civic Centre, 22 Sawyer St.\n• The river is forecast to crest on Tuesday.",
     ["WHAT WE KNOW", "• About 340 homes in Tessick Falls and Lower Astermoor are under an evacuation order.", "• Route 118 is closed between Tessick Falls and Quarleston Mills.", "• An emergency shelter is open at the Tessick Falls Civic Centre, 22 Sawyer St.", "• The river is forecast to crest on Tuesday."]),
    ("n72-ca-live-stamps-wrote-rcmp", "4:55 p.m.\nEvacuation order extended to Lower Astermoor\nThe town wrote on X that the order now covers every home on the east side of the river south of the Station Street bridge. “If you are in the area shown on the map, leave now,” the town wrote.\n3:20 p.m.\nRCMP close Station Street bridge\nThe RCMP said the Station Street bridge was closed to all traffic at 3 p.m. after water reached the underside of the deck. Police asked people not to drive around barricades to look at the river.",
     ["4:55 p.m.", "Evacuation order extended to Lower Astermoor", "The town wrote on X that the order now covers every home on the east side of the river south of the Station Street bridge.", "“If you are in the area shown on the map, leave now,” the town wrote.", "3:20 p.m.", "RCMP close Station Street bridge", "The RCMP said the Station Street bridge was closed to all traffic at 3 p.m. after water reached the underside of the deck.", "Police asked people not to drive around barricades to look at the river."]),
    ("n72-ca-am-ends-sentence-he-said", "11:10 a.m.\nWater rose 40 cm overnight at Tessick Falls gauge\nFire Chief Roland Petitpas-Garneau said the river rose about 40 centimetres overnight and stood at 7.14 metres at the Tessick Falls gauge at 10 a.m. He said crews had gone door to door on Riverside Drive twice since midnight.",
     ["11:10 a.m.", "Water rose 40 cm overnight at Tessick Falls gauge", "Fire Chief Roland Petitpas-Garneau said the river rose about 40 centimetres overnight and stood at 7.14 metres at the Tessick Falls gauge at 10 a.m.", "He said crews had gone door to door on Riverside Drive twice since midnight."]),
    ("n72-ca-headline-quote-would-you", "‘I've never seen it come up this fast,’ says Riverside Drive resident\nYvette Landryette has lived on Riverside Drive for 31 years. “We moved everything upstairs on Saturday, and by Sunday night there was water on the stairs,” she said. “My neighbour Gérald had to be taken out by boat. He's 88.\n“He didn't want to go. Would you?”",
     ["‘I've never seen it come up this fast,’ says Riverside Drive resident", "Yvette Landryette has lived on Riverside Drive for 31 years.", "“We moved everything upstairs on Saturday, and by Sunday night there was water on the stairs,” she said.", "“My neighbour Gérald had to be taken out by boat.", "He's 88.", "“He didn't want to go.", "Would you?”"]),
    ("n72-au-c-kg-bom-hay-quote", "Corbin Mallaby-Rhoads, a livestock agent with Mallaby & Struanmore, said steers weighing 200 to 280 kilograms sold for an average of 405c/kg, down from 494c/kg in March. “People are selling because they've got no feed, not because they want to,” he said.\nKerrimbal has had 61 millimetres of rain since the start of April, less than half the average for the period, according to the Bureau of Meteorology.\nLachie Penrudduck-Birt, who runs about 600 breeders on his family's property north of town, said he sold 140 weaners on Tuesday that he would normally have kept until spring. “I've been feeding hay since May, and hay's gone to $380 a tonne,” he said. “You do the sums and there's only one answer.”",
     ["Corbin Mallaby-Rhoads, a livestock agent with Mallaby & Struanmore, said steers weighing 200 to 280 kilograms sold for an average of 405c/kg, down from 494c/kg in March.", "“People are selling because they've got no feed, not because they want to,” he said.", "Kerrimbal has had 61 millimetres of rain since the start of April, less than half the average for the period, according to the Bureau of Meteorology.", "Lachie Penrudduck-Birt, who runs about 600 breeders on his family's property north of town, said he sold 140 weaners on Tuesday that he would normally have kept until spring.", "“I've been feeding hay since May, and hay's gone to $380 a tonne,” he said.", "“You do the sums and there's only one answer.”"]),
    ("n72-au-question-outlook-sale-date", "How long can producers keep feeding stock? The district has a 35 per cent chance of above-median rain between July and September, according to the Bureau's latest three-month outlook.\nMallaby-Rhoads said he expected fewer cattle at the next sale. “Nobody's going to have much left to sell,” he said. The next store sale is on Tuesday, July 21.",
     ["How long can producers keep feeding stock?", "The district has a 35 per cent chance of above-median rain between July and September, according to the Bureau's latest three-month outlook.", "Mallaby-Rhoads said he expected fewer cattle at the next sale.", "“Nobody's going to have much left to sell,” he said.", "The next store sale is on Tuesday, July 21."]),
    ("n72-nz-pm-date-photo-slash", "Ruaridh Ferncaster · Local Democracy Reporter\n4:20pm Thursday, 14 May 2026\nShare   Facebook   X   Email\nNgaire Paratene with supporters outside the council building on Thursday. Photo / Ruaridh Ferncaster",
     ["Ruaridh Ferncaster · Local Democracy Reporter", "4:20pm Thursday, 14 May 2026", "Share   Facebook   X   Email", "Ngaire Paratene with supporters outside the council building on Thursday.", "Photo / Ruaridh Ferncaster"]),
    ("n72-nz-facebook-recount-confirmed", "McQuilkin wrote on Facebook on Thursday afternoon that she was “gutted but proud” of her campaign. She said she was considering applying for a judicial recount, which would require a deposit of $750.\nMerrow-Dunbrake confirmed that a candidate had three working days after the public declaration to apply to a District Court judge for a recount. He said the last recount in the district, in 2016, had changed the result of a ward race by two votes.",
     ["McQuilkin wrote on Facebook on Thursday afternoon that she was “gutted but proud” of her campaign.", "She said she was considering applying for a judicial recount, which would require a deposit of $750.", "Merrow-Dunbrake confirmed that a candidate had three working days after the public declaration to apply to a District Court judge for a recount.", "He said the last recount in the district, in 2016, had changed the result of a ward race by two votes."]),
    ("n72-in-dateline-initials-ddpi", "TUMAKURU: Tumakuru district recorded a pass percentage of 86.4 in the Class 10 (SSLC) examination this year, up from 79.1 in 2025, according to results released by the Karnataka School Examination and Assessment Board. The results were announced in Bengaluru on Friday.\nThe district rose from 17th to ninth place among the State's 35 educational districts. Of the 31,482 students who appeared from the district, 27,200 passed. Girls recorded a pass percentage of 90.2, against 82.7 for boys.\nDeputy Director of Public Instruction H.N. Nagarajappa said the improvement was due to special classes held every Saturday from October for students who had scored below 35 per cent in the preparatory examinations. “The teachers gave up their weekends,” he said. “This result belongs to them.”",
     ["TUMAKURU: Tumakuru district recorded a pass percentage of 86.4 in the Class 10 (SSLC) examination this year, up from 79.1 in 2025, according to results released by the Karnataka School Examination and Assessment Board.", "The results were announced in Bengaluru on Friday.", "The district rose from 17th to ninth place among the State's 35 educational districts.", "Of the 31,482 students who appeared from the district, 27,200 passed.", "Girls recorded a pass percentage of 90.2, against 82.7 for boys.", "Deputy Director of Public Instruction H.N. Nagarajappa said the improvement was due to special classes held every Saturday from October for students who had scored below 35 per cent in the preparatory examinations.", "“The teachers gave up their weekends,” he said.", "“This result belongs to them.”"]),
    ("n72-in-neighbours-press-release-rs", "Her father, Mallesh Hulikatti, drives an autorickshaw in Tumakuru town, and her mother works at a garment unit. Mallesh Hulikatti was out on a trip when the results were announced and heard the news from his passengers, neighbours said.\nThe district administration said in a press release that students who failed could take the supplementary examination from June 15, and that coaching would be offered free at 24 centres. It said applications for the supplementary examination would close on May 20.\nParents outside a private school in Tumakuru town said the revaluation fee of Rs 410 per subject was too high for families with more than one child in Class 10. The fee for a photocopy of an answer script is Rs. 530.",
     ["Her father, Mallesh Hulikatti, drives an autorickshaw in Tumakuru town, and her mother works at a garment unit.", "Mallesh Hulikatti was out on a trip when the results were announced and heard the news from his passengers, neighbours said.", "The district administration said in a press release that students who failed could take the supplementary examination from June 15, and that coaching would be offered free at 24 centres.", "It said applications for the supplementary examination would close on May 20.", "Parents outside a private school in Tumakuru town said the revaluation fee of Rs 410 per subject was too high for families with more than one child in Class 10.", "The fee for a photocopy of an answer script is Rs. 530."]),
    ("n72-in-ist-tags-pvt-ltd", "Tumakuru   Karnataka   education   examination results\nPublished - May 08, 2026 08:40 pm IST\nCopyright © 2026, Kaveripatna Publishing Pvt. Ltd. All rights reserved.",
     ["Tumakuru   Karnataka   education   examination results", "Published - May 08, 2026 08:40 pm IST", "Copyright © 2026, Kaveripatna Publishing Pvt. Ltd.", "All rights reserved."]),
    ("n72-pk-dateline-rs-mid-attribution", "LAHORE: Fares for air-conditioned intercity buses from Lahore went up by between 9pc and 12pc on Tuesday, according to a notification from the Regional Transport Authority (RTA). The fare from Lahore to Multan rose from Rs2,100 to Rs2,350, to Rawalpindi from Rs2,600 to Rs2,900 and to Faisalabad from Rs1,100 to Rs1,200.\nThe notification said the increase followed a rise of Rs14.82 per litre in the price of high-speed diesel announced by the federal government on June 15.\nDiesel, RTA Secretary Tariq Mehmood Kalwarwi told Naqsh, makes up about 45pc of an operator's running costs. \"We have not given them everything they asked for,\" he said. \"They wanted 20pc.\"",
     ["LAHORE: Fares for air-conditioned intercity buses from Lahore went up by between 9pc and 12pc on Tuesday, according to a notification from the Regional Transport Authority (RTA).", "The fare from Lahore to Multan rose from Rs2,100 to Rs2,350, to Rawalpindi from Rs2,600 to Rs2,900 and to Faisalabad from Rs1,100 to Rs1,200.", "The notification said the increase followed a rise of Rs14.82 per litre in the price of high-speed diesel announced by the federal government on June 15.", "Diesel, RTA Secretary Tariq Mehmood Kalwarwi told Naqsh, makes up about 45pc of an operator's running costs.", "\"We have not given them everything they asked for,\" he said.", "\"They wanted 20pc.\""]),
    ("n72-pk-straight-nested-quote", "Several passengers at Bhattipura Lari Adda said conductors were already charging more than the notified fares. Saima Noreen Pasrurwi, a schoolteacher travelling to Multan with her two children, said she had been charged Rs2,500 a seat. \"When I showed him the new fare list on my phone, he said, 'Then take another bus,'\" she said. \"Where is the other bus?\"\nConductor Muhammad Rafiq Sheikhupurwi, who has worked the Multan route for 16 years, was collecting fares at the door with the old fare list still pasted beside him.",
     ["Several passengers at Bhattipura Lari Adda said conductors were already charging more than the notified fares.", "Saima Noreen Pasrurwi, a schoolteacher travelling to Multan with her two children, said she had been charged Rs2,500 a seat.", "\"When I showed him the new fare list on my phone, he said, 'Then take another bus,'\" she said.", "\"Where is the other bus?\"", "Conductor Muhammad Rafiq Sheikhupurwi, who has worked the Multan route for 16 years, was collecting fares at the door with the old fare list still pasted beside him."]),
    ("n72-ke-mid-attribution-letter-dr", "Mercy Chepngetich Torokwe, the Nakuru branch secretary of the Rift Valley Nurses and Midwives Union, said 1,140 of the county's 1,310 nurses had joined the strike. The arrears, she said, were Sh212 million in risk and uniform allowances going back to July 2025.\nIn a letter to Governor Samuel Kipkoskei Arusei dated August 24, Torokwe wrote that nurses had been promised the allowances at three separate meetings since January.\nCounty Executive Committee Member for Health Dr Faith Wambui Gichohi-Kibe said the county had paid Sh106 million of the arrears on Monday and would clear the rest by the end of October. “We are not running away from this debt,” she said. “But we cannot pay money we have not yet received from the National Treasury.”",
     ["Mercy Chepngetich Torokwe, the Nakuru branch secretary of the Rift Valley Nurses and Midwives Union, said 1,140 of the county's 1,310 nurses had joined the strike.", "The arrears, she said, were Sh212 million in risk and uniform allowances going back to July 2025.", "In a letter to Governor Samuel Kipkoskei Arusei dated August 24, Torokwe wrote that nurses had been promised the allowances at three separate meetings since January.", "County Executive Committee Member for Health Dr Faith Wambui Gichohi-Kibe said the county had paid Sh106 million of the arrears on Monday and would clear the rest by the end of October.", "“We are not running away from this debt,” she said.", "“But we cannot pay money we have not yet received from the National Treasury.”"]),
    ("n72-ke-husband-quote-question", "“We came at six in the morning and the gate was already locked,” said Joseph Omwengo Nyakerario, whose wife was admitted to the maternity wing at Kiptangwet on Monday night. “They told us only emergencies.\n“My wife was in labour. If that is not an emergency, what is?”\nRelatives at the hospital said some patients had been sent to private clinics charging Sh1,500 for a consultation.",
     ["“We came at six in the morning and the gate was already locked,” said Joseph Omwengo Nyakerario, whose wife was admitted to the maternity wing at Kiptangwet on Monday night.", "“They told us only emergencies.", "“My wife was in labour.", "If that is not an emergency, what is?”", "Relatives at the hospital said some patients had been sent to private clinics charging Sh1,500 for a consultation."]),
    ("n72-za-bail-question-sister-quote", "Ramotlhale-Zondeka said arrests were not the problem. “They are arrested on Monday and back at the taxi rank on Friday,” he said. “Who is giving them bail?”\nA spokesperson for the National Prosecuting Authority in Gauteng said bail was decided by the courts, and that the state had opposed bail in eight of the 11 cases.\n“My brother was shot for his car in his own driveway in February,” said Nomvula Sekhukhwane, who lives in Extension 6. “The car was found in Mozambique two weeks later.\n“The people who did it, nobody has arrested them. They know where we live.”",
     ["Ramotlhale-Zondeka said arrests were not the problem.", "“They are arrested on Monday and back at the taxi rank on Friday,” he said.", "“Who is giving them bail?”", "A spokesperson for the National Prosecuting Authority in Gauteng said bail was decided by the courts, and that the state had opposed bail in eight of the 11 cases.", "“My brother was shot for his car in his own driveway in February,” said Nomvula Sekhukhwane, who lives in Extension 6.", "“The car was found in Mozambique two weeks later.", "“The people who did it, nobody has arrested them.", "They know where we live.”"]),
    ("n72-za-tip-question-pty-ltd", "Got a news tip? WhatsApp us on 060 555 0188.\n© 2026 Kwelandla News (Pty) Ltd. All rights reserved.",
     ["Got a news tip?", "WhatsApp us on 060 555 0188.", "© 2026 Kwelandla News (Pty) Ltd.", "All rights reserved."]),
    ("n72-ph-dateline-brgy-budget", "SANTA MALIGAYA, Nueva Ecija — The Sangguniang Bayan (SB) here on Monday approved a P486.2-million budget for 2027, 14 percent higher than this year's P426.5 million. The vote was 7-3, with Vice Mayor Ernesto Lacandola, who presided, not voting.\nMunicipal Budget Officer Rodel Santiaguel said the increase would be covered mainly by a P41.3-million rise in the town's National Tax Allotment. He said the budget included P38 million for a two-storey annex to the municipal hall, P22.5 million for farm-to-market roads and P9.6 million for a new rural health unit in Brgy. Bantogan.",
     ["SANTA MALIGAYA, Nueva Ecija — The Sangguniang Bayan (SB) here on Monday approved a P486.2-million budget for 2027, 14 percent higher than this year's P426.5 million.", "The vote was 7-3, with Vice Mayor Ernesto Lacandola, who presided, not voting.", "Municipal Budget Officer Rodel Santiaguel said the increase would be covered mainly by a P41.3-million rise in the town's National Tax Allotment.", "He said the budget included P38 million for a two-storey annex to the municipal hall, P22.5 million for farm-to-market roads and P9.6 million for a new rural health unit in Brgy. Bantogan."]),
    ("n72-ph-filipino-translation-question", "“Hindi kami kontra sa bagong munisipyo,” she said. (We are not against a new town hall.) “But how do we ask people to trust a P38-million building when P11.4 million is still unexplained?”\nDimatatac-Siocho said P8.9 million of the cash advances had been liquidated since the report came out. She said the rest involved three former employees, and that the town had filed complaints against two of them with the Office of the Ombudsman in September.",
     ["“Hindi kami kontra sa bagong munisipyo,” she said.", "(We are not against a new town hall.)", "“But how do we ask people to trust a P38-million building when P11.4 million is still unexplained?”", "Dimatatac-Siocho said P8.9 million of the cash advances had been liquidated since the report came out.", "She said the rest involved three former employees, and that the town had filed complaints against two of them with the Office of the Ombudsman in September."]),
    ("n72-jm-match-header-scorers", "FT   Bellrose United 2 – 1 Cordley Park\nFaulknor 14', Gaylard 88'   ·   Hibberdine 52' (pen)\nGaylard header sends Bellrose four points clear at the top\nRaymond Aikenhead-Lynford/Staff Reporter",
     ["FT   Bellrose United 2 – 1 Cordley Park", "Faulknor 14', Gaylard 88'   ·   Hibberdine 52' (pen)", "Gaylard header sends Bellrose four points clear at the top", "Raymond Aikenhead-Lynford/Staff Reporter"]),
    ("n72-jm-coach-quote-two-paragraphs", "Cordley Park's Shamar Edgerley-Buckeridge was sent off in the 79th minute for a second yellow card. Bellrose coach Garfield McKenley spent most of the second half on his feet at the edge of his technical area, arms folded.\n“We didn't play well for 80 minutes, and I told them that at half-time,” McKenley said. “But this is what champions do. You find a way when you're not at your best.\n“Four points is nothing with nine games left. Ask anybody who was top in March last year.”",
     ["Cordley Park's Shamar Edgerley-Buckeridge was sent off in the 79th minute for a second yellow card.", "Bellrose coach Garfield McKenley spent most of the second half on his feet at the edge of his technical area, arms folded.", "“We didn't play well for 80 minutes, and I told them that at half-time,” McKenley said.", "“But this is what champions do.", "You find a way when you're not at your best.", "“Four points is nothing with nine games left.", "Ask anybody who was top in March last year.”"]),
]  # fmt: skip
